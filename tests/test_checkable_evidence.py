"""evidence-without-link and the evidence line a reviewer checks: a claim about what named
documents hold ("Linked from GOVERNANCE.md, community-membership.md, and individual repository
READMEs") needs its links at that line even when those documents were linked earlier; a lifecycle
outcome naming who was added or moved to emeritus is checkable at the maintainer list linked right
above it. Written as authors write (bullets under the criterion, paraphrases, an issue body's line
breaks); every case asserts each finding (rule, severity, line) and that the rest stays quiet."""

from __future__ import annotations

import pytest

from tests.test_named_without_link import evidence, lint, messages

GOVERNANCE = "[GOVERNANCE.md](https://github.com/examplo/community/blob/main/GOVERNANCE.md)"
MEMBERSHIP = (
    "[community-membership.md](https://github.com/examplo/community/blob/main/community-membership.md)"
)
# The governance criterion (line 84) and the maintainer lifecycle (line 108) link both documents
# long before the Code of Conduct cross-link criterion (its evidence at line 138).
LINKED_EARLIER = (
    (evidence(8), f"Our governance is in {GOVERNANCE}."),
    (evidence(14), f"The lifecycle is documented in {MEMBERSHIP}."),
)
EMERITUS = (
    "  - Emeritus status: documented and actively used (see "
    "[MAINTAINERS.md](https://github.com/examplo/community/blob/main/MAINTAINERS.md#emeritus))"
)
OUTCOMES = (
    "  - New maintainers have been added as the project grew (e.g., Xavier Chang from NVIDIA, Liang Tang "
    "from Baidu)\n"
    "  - Former maintainers (Quinton Hoole, Jun Gong) transitioned to Emeritus status"
)


@pytest.mark.parametrize(
    "written",
    [
        "  - Linked from GOVERNANCE.md, community-membership.md, and individual repository READMEs",
        "Cross-linked from GOVERNANCE.md and community-membership.md.",
        "GOVERNANCE.md and community-membership.md both link it.",
        "It is referenced from GOVERNANCE.md and from community-membership.md.",
    ],
)
def test_documents_said_to_link_it_need_their_links_here_though_linked_earlier(written: str) -> None:
    found = lint(*LINKED_EARLIER, (evidence(21), written))
    assert found == [("evidence-without-link", "warning", 138)]
    (message,) = messages(*LINKED_EARLIER, (evidence(21), written))
    assert message.startswith(
        'the evidence for "CNCF Code of Conduct is cross-linked from other governance…" says other documents '
        "link it but links none of them; link each where it is named"
    )


def test_in_an_issue_body_the_claim_on_the_second_line_is_reported_there() -> None:
    written = "We adopted it in 2021.\nLinked from GOVERNANCE.md and community-membership.md."
    assert lint(*LINKED_EARLIER, (evidence(21), written), issue_body=True) == [
        ("evidence-without-link", "warning", 139)
    ]


@pytest.mark.parametrize(
    "written",
    [
        # the links given where the claim is made
        f"Linked from {GOVERNANCE} and {MEMBERSHIP}.",
        f"  - Linked from {GOVERNANCE} (Code of Conduct section)",
        # no claim about what the documents hold: one link per document is enough
        "Our GOVERNANCE.md and community-membership.md describe how it is enforced.",
    ],
)
def test_quiet_when_the_claim_carries_its_links_or_makes_none(written: str) -> None:
    assert lint(*LINKED_EARLIER, (evidence(21), written)) == []


def test_a_claim_about_documents_never_linked_keeps_the_plain_finding_at_the_criterion() -> None:
    written = "Linked from GOVERNANCE.md and CONTRIBUTING.md."
    assert lint((evidence(21), written)) == [("evidence-without-link", "warning", 136)]
    assert messages((evidence(21), written))[0].endswith("has no link; link the document it refers to")


def test_outcomes_naming_people_are_checkable_at_the_maintainer_list_linked_just_above() -> None:
    assert lint((evidence(14), EMERITUS), (evidence(15), OUTCOMES)) == []
    # The same list linked in the outcome's own evidence.
    own = f"{OUTCOMES}\n  - See {EMERITUS.strip()[2:]}"
    assert lint((evidence(15), own)) == []


def test_outcomes_still_need_a_record_when_the_list_is_not_linked_just_above() -> None:
    # The maintainer list linked two criteria above (the role-based teams), not just above.
    assert lint((evidence(13), EMERITUS), (evidence(15), OUTCOMES)) == [
        ("evidence-without-link", "info", 112)
    ]
    # A link just above that is not the maintainer list.
    assert lint((evidence(15), OUTCOMES)) == [("evidence-without-link", "info", 112)]
    # A decision (not who holds a role) needs its own record whatever list is linked above.
    decided = "The emeritus policy was adopted via a vote of the maintainers."
    assert lint((evidence(14), EMERITUS), (evidence(15), decided)) == [("evidence-without-link", "info", 112)]
