"""A GTR's links to the project's documentation on a moving branch (unversioned-link, info): the
GTR template asks for the project's documentation linked at a commit or a release, so one note for
the document, at the first such link, names the others. Links pinned to a commit or a tag, into
other projects' repositories, and any link in a document whose template does not ask stay quiet."""

from __future__ import annotations

from applint.engine import lint_text
from tests.conftest import FIXTURES

GTR = (FIXTURES / "companions" / "gtr-incubation-draft.md").read_text(encoding="utf-8")
SSA = (FIXTURES / "companions" / "self-assessment-draft.md").read_text(encoding="utf-8")

ROADMAP = "    * The roadmap lives in ROADMAP.md and is reviewed by the maintainers every quarter."
LINKED_ROADMAP = (
    "    * The roadmap lives in [ROADMAP.md](https://github.com/kelpie-io/kelpie/blob/main/ROADMAP.md) and is\n"
    "      reviewed by the maintainers every quarter (see the\n"
    "      [process](https://github.com/kelpie-io/community/blob/8d1c2f0a9b7e/ROADMAP-PROCESS.md))."
)
DESIGN = "The design follows the operator pattern."
LINKED_DESIGN = (
    "The design follows the [operator pattern](https://github.com/kubernetes/community/blob/master/"
    "contributors/devel/operators.md), as laid out in our [design notes](https://github.com/kelpie-io/kelpie/"
    "tree/master/docs/design) and the [v0.9.0 architecture](https://github.com/kelpie-io/kelpie/blob/v0.9.0/"
    "docs/architecture.md); the [main-v2 branch](https://github.com/kelpie-io/kelpie/tree/main-v2) holds the rewrite."
)


def rows(text: str, path: str) -> list[tuple[str, str, int | None, int | None]]:
    report = lint_text(text, path)
    return [
        (f.rule, f.severity.label, f.line, f.column) for f in report.findings if f.rule == "unversioned-link"
    ]


def test_links_on_main_or_master_in_a_gtr_are_one_note_at_the_first() -> None:
    text = GTR.replace(ROADMAP, LINKED_ROADMAP).replace(DESIGN, LINKED_DESIGN)
    assert rows(text, "gtr.md") == [("unversioned-link", "info", 17, 28)]
    (message,) = [f.message for f in lint_text(text, "gtr.md").findings if f.rule == "unversioned-link"]
    assert message == (
        "the link to github.com/kelpie-io/kelpie/blob/main/ROADMAP.md opens the project's 'main' branch, which "
        "keeps changing; the GTR template asks for the project's documentation linked at a commit or a release, "
        "so that reviewers read what was reviewed: link it at a commit (press 'y' on GitHub for the permanent "
        "link) (also at line 35)"
    )


def test_pinned_links_and_other_projects_branches_stay_quiet() -> None:
    pinned = LINKED_ROADMAP.replace("blob/main/ROADMAP.md", "blob/3f2a1b9c/ROADMAP.md")
    design = LINKED_DESIGN.replace("tree/master/docs/design", "tree/release-0.9/docs/design")
    assert rows(GTR.replace(ROADMAP, pinned).replace(DESIGN, design), "gtr.md") == []


def test_a_self_assessment_linking_main_stays_quiet() -> None:
    text = SSA + "\n## Appendix\n\nOur [roadmap](https://github.com/kelpie/kelpie/blob/main/ROADMAP.md).\n"
    assert rows(text, "self-assessment.md") == []


def test_a_link_on_the_projects_own_main_is_not_a_link_outside_the_project() -> None:
    text = GTR.replace(ROADMAP, LINKED_ROADMAP).replace(DESIGN, LINKED_DESIGN)
    assert [f for f in lint_text(text, "gtr.md").findings if f.rule == "link-outside-project"] == []


DEEP = LINKED_ROADMAP.replace(
    "kelpie-io/kelpie/blob/main/ROADMAP.md",
    "kelpie-io/kelpie-scheduler-operator/blob/main/docs/community/planning/ROADMAP.md",
)


def test_a_long_address_is_shown_by_its_repository_and_its_last_segments() -> None:
    text = GTR.replace(ROADMAP, DEEP).replace(DESIGN, LINKED_DESIGN)
    assert rows(text, "gtr.md") == [("unversioned-link", "info", 17, 28)]
    (message,) = [f.message for f in lint_text(text, "gtr.md").findings if f.rule == "unversioned-link"]
    assert message.startswith(
        "the link to github.com/kelpie-io/kelpie-scheduler-operator/…/planning/ROADMAP.md opens the "
        "project's 'main' branch"
    )


def test_short_addresses_keep_the_repository_and_the_path_end() -> None:
    from applint.text.short_addresses import short_address

    assert short_address("https://github.com/a/b/blob/main/x.md") == "github.com/a/b/blob/main/x.md"
    assert (
        short_address("https://github.com/Project-HAMi/HAMi/blob/master/docs/develop/design.md", 60)
        == "github.com/Project-HAMi/HAMi/…/master/docs/develop/design.md"
    )
    # The query and anchor go first; the last segment is kept whole even past the limit.
    assert (
        short_address("https://github.com/o/r/blob/main/ROADMAP.md#a-very-long-anchor-name-that-goes-on", 40)
        == "github.com/o/r/blob/main/ROADMAP.md"
    )
    assert short_address("https://github.com/o/r/tree/main/a/b/c/a-very-long-folder-name-here", 30) == (
        "github.com/o/r/…/a-very-long-folder-name-here"
    )
