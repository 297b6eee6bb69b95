"""``text.documents``: the pre-test of which project documents a link's address or a sentence names
is one search for any hint word, and it lets through exactly the texts a test per hint let through;
the kinds read from the texts it lets through are the same."""

from __future__ import annotations

import pytest

from applint.text import documents
from applint.text.documents import kinds_in_address, kinds_in_text

_TEXTS = [
    "Our governance is described in GOVERNANCE.md.",
    "The steering committee meets monthly.",
    "See the Code of Conduct and the CoC committee.",
    "A general technical review is planned; the technical review found nothing.",
    "The OpenSSF Best Practices badge is passing.",
    "We publish release notes and a CHANGELOG for every release.",
    "Kelpie schedules batch jobs across clusters.",
    "",
    "https://github.com/kelpie/kelpie/blob/main/MAINTAINERS.md",
    "https://github.com/kelpie/community/blob/main/contributor-ladder.md",
    "https://www.bestpractices.dev/projects/1234",
    "https://github.com/kelpie/kelpie/security/policy",
    "https://kelpie.io/docs/getting-started",
    "security-insights.yml",
    "gtr",
]


@pytest.mark.parametrize("text", _TEXTS)
def test_one_search_lets_through_what_a_test_per_hint_did(text: str) -> None:
    lower = text.lower()
    assert (documents._ANY_TEXT_HINT.search(lower) is not None) == any(
        hint in lower for hint in documents._TEXT_HINTS
    )
    assert (documents._ANY_NAME_HINT.search(lower) is not None) == any(
        hint in lower for hint in documents._NAME_HINTS
    )


def test_the_kinds_named_are_read_as_before() -> None:
    assert kinds_in_text("Our governance is described in GOVERNANCE.md.") == {"governance"}
    assert kinds_in_text("See the Code of Conduct.") == {"code of conduct"}
    assert kinds_in_text("Kelpie schedules batch jobs across clusters.") == frozenset()
    assert kinds_in_address("https://github.com/kelpie/kelpie/blob/main/MAINTAINERS.md") == {"maintainers"}
    assert kinds_in_address("https://github.com/kelpie/kelpie/security/policy") == {"security policy"}
    assert kinds_in_address("https://kelpie.io/docs/getting-started") == frozenset()
