"""A link whose text is an address other than the one it opens (broken-link): an e-mail address
linked to a mistyped ``mailto:``, a URL shown over another, a domain over a near-spelt one. Each
case asserts rule, severity, line and column of every finding, and the links that must stay quiet
(a shortened address, an ellipsis, a redirect, http for https, percent-encoding, badges)."""

from __future__ import annotations

from applint.engine import lint_text
from applint.text.shown_addresses import shown_address_mismatch
from tests.conftest import FIXTURES

SSA = (FIXTURES / "companions" / "self-assessment-draft.md").read_text(encoding="utf-8")
# An appendix written after the self-assessment fixture starts two lines after its last line.
FIRST = SSA.count("\n") + 2


def shown(appendix: str) -> list[tuple[str, str, int | None, int | None]]:
    """The broken-link findings about shown addresses: rule, severity, line, column."""
    report = lint_text(SSA + "\n" + appendix, "self-assessment.md")
    return [
        (f.rule, f.severity.label, f.line, f.column)
        for f in report.findings
        if f.rule == "broken-link" and "the link shows" in f.message
    ]


def messages(appendix: str) -> list[str]:
    report = lint_text(SSA + "\n" + appendix, "self-assessment.md")
    return [f.message for f in report.findings if f.rule == "broken-link" and "the link shows" in f.message]


def test_an_email_address_linked_to_a_truncated_mailto_is_an_error_at_the_link() -> None:
    appendix = (
        "## Security issue resolution\n\n"
        "Vulnerabilities are reported as the [security policy](https://github.com/kelpie/kelpie/blob/main/SECURITY.md)\n"
        "says, by e-mail to [kelpie-maintainers@lists.kelpie.io](mailto:kelpie-maintainers@lists.kelpie.i).\n"
    )
    assert shown(appendix) == [("broken-link", "error", FIRST + 3, 20)]
    assert messages(appendix) == [
        "the link shows 'kelpie-maintainers@lists.kelpie.io' but opens 'mailto:kelpie-maintainers@lists.kelpie.i': "
        "make them the same"
    ]


def test_a_url_shown_over_a_truncated_one_and_a_near_spelt_domain_are_errors() -> None:
    appendix = (
        "## Appendix\n\n"
        "- Source: [https://github.com/kelpie/kelpie](https://github.com/kelpie/kelpi)\n"
        "- Website: <[kelpie.org](https://kelpie.com)>\n"
        "- CI: [https://travis-ci.org/kelpie/kelpie](https://travis-ci.com/github/kelpie/kelpie)\n"
    )
    assert shown(appendix) == [
        ("broken-link", "error", FIRST + 2, 11),
        ("broken-link", "error", FIRST + 3, 13),
        ("broken-link", "error", FIRST + 4, 7),
    ]


def test_another_path_of_the_same_site_is_a_warning() -> None:
    appendix = (
        "## Appendix\n\n"
        "Dependents are listed at\n"
        "[https://github.com/kelpie/operator/network/dependents](https://github.com/kelpie/kelpie/network/dependents).\n"
        "The docs live at [kelpie.dev/docs/install](https://kelpie.dev/docs).\n"
    )
    assert shown(appendix) == [
        ("broken-link", "warning", FIRST + 3, 1),
        ("broken-link", "warning", FIRST + 4, 18),
    ]


def test_shortened_redirected_and_equivalent_addresses_stay_quiet() -> None:
    appendix = (
        "## Appendix\n\n"
        "- [github.com/kelpie/kelpie](https://github.com/kelpie/kelpie/tree/main/docs)\n"
        "- [https://github.com/kelpie/kelpie/…](https://github.com/kelpie/other/blob/main/README.md)\n"
        "- [kelpie.dev/...](https://docs.kelpie.io/)\n"
        "- [http://kelpie.dev](https://www.kelpie.dev/)\n"
        "- [https://kelpie.dev/café](https://kelpie.dev/caf%C3%A9)\n"
        "- [HTTPS://Kelpie.dev:443/](https://kelpie.dev#)\n"
        "- [https://kelpie.dev/blog](https://web.archive.org/web/2023/https://kelpie.dev/blog)\n"
        "- [bestpractices.dev/projects/1273](https://www.bestpractices.dev/en/projects/1273)\n"
        "- [github.com/kelpie/kelpie/SECURITY.md](https://github.com/kelpie/kelpie/blob/main/SECURITY.md)\n"
        "- [security@kelpie.io](https://groups.google.com/g/kelpie-security)\n"
        "- [`security@kelpie.io`](mailto:security@kelpie.io?subject=Vulnerability)\n"
        "- [open\\_cost](https://twitter.com/open_cost) and [https://twitter.com/open\\_cost](https://twitter.com/open_cost)\n"
        "- [Smart.iX](https://smart-ix.ai/), [Unimatrix.ai](https://gitlab.com/unimatrix)\n"
        "- [sigs.k8s.io/kind](https://github.com/kubernetes-sigs/kind)\n"
        "- [SECURITY.md](https://github.com/kelpie/kelpie/blob/main/docs/security.md), [v1.2.3](https://github.com/kelpie/kelpie/releases)\n"
        "- [![build](https://img.shields.io/badge/build-passing-green)](https://github.com/kelpie/kelpie/actions)\n"
        "- [bit.ly/kelpie](https://bit.ly/kelpie)\n"
        "- users may visit [status.kelpie](https://status.kelpie.io/) where active problems are listed\n"
    )
    assert shown(appendix) == []


def test_the_comparison_reads_text_as_an_address_only_when_it_is_one() -> None:
    assert shown_address_mismatch("the docs", "https://kelpie.dev") is None
    assert shown_address_mismatch("values.yaml", "https://example.com") is None
    assert shown_address_mismatch("a@b.io", "mailto:a@b.io,c@d.io") is None
    mismatch = shown_address_mismatch(
        "*https://github.com/kelpie/kelpie*", "https://github.com/kelpie/kelpie2"
    )
    assert mismatch is not None and not mismatch.serious
