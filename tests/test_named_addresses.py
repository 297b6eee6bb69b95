"""evidence-without-link in a security self-assessment: a channel named where the outline asks for
channels (Communication Channels, Security issue resolution), the OpenSSF Best Practices badge
claimed, the security policy cited, the security advisories and the maintainers' contact details
named, with nothing anywhere in the document that is them. One finding per thing, at its first
mention, naming the later lines (the channels of one list of channels: one finding naming each); every case asserts each finding (rule, severity, line) and that the
rest stays quiet."""

from __future__ import annotations

import pytest

from applint.engine import lint_text
from tests.companion_texts import GTR_OPENING, GTR_TITLE, SECURITY_LINKS_HEAD, SELF_ASSESSMENT_HEAD

Found = list[tuple[str, str, int | None]]

# Kestrel's answers after its Metadata table (lines 16-43), as authors write them: labelled list
# items, a paraphrased policy, the Appendix's items answered inline.
ANSWERS = """
## Self-assessment use

This self-assessment is created by the Kestrel team to perform an internal analysis of the
project's security. The team uses Slack for day-to-day discussion.

## Security functions and features

Kestrel signs every job spec; the scheduler checks each signature before a job runs.

## Secure development practices

Every pull request needs two approvals from maintainers, and CI runs the test suite on each.

### Communication Channels

- **Internal:** The maintainers talk through the Kestrel Slack channel and a private mailing list.
- **Inbound:** Users reach the team through GitHub issues and the Slack channel.
- **Outbound:** Release notes go out on the Kestrel blog.

## Security issue resolution

Our policy states that anyone who finds a vulnerability reports it privately to the maintainers.
Reporters use the maintainers' contact details to reach them.

## Appendix

- **Known Issues Over Time:** please refer to the Kestrel Security Advisories.
- **OpenSSF Best Practices:** Kestrel holds the passing level badge and is working towards silver.
"""
SSA = SELF_ASSESSMENT_HEAD + ANSWERS
CHANNELS, POLICY, CONTACTS, ADVISORIES, BADGE = 31, 37, 38, 42, 43


def found(text: str, issue_body: bool = False) -> Found:
    report = lint_text(text, "-" if issue_body else "self-assessment.md")
    return [(f.rule, f.severity.label, f.line) for f in report.findings if f.rule == "evidence-without-link"]


def messages_of(text: str, name: str = "gtr.md") -> list[str]:
    return [f.message for f in lint_text(text, name).findings if f.rule == "evidence-without-link"]


def messages(text: str) -> list[str]:
    report = lint_text(text, "self-assessment.md")
    return [f.message for f in report.findings if f.rule == "evidence-without-link"]


def info(line: int) -> tuple[str, str, int]:
    return ("evidence-without-link", "info", line)


def warning(line: int) -> tuple[str, str, int]:
    return ("evidence-without-link", "warning", line)


EVERY = [
    info(CHANNELS),  # Slack (31, 32), the mailing list (31) and the blog (33): one list of channels
    warning(POLICY),
    info(CONTACTS),
    info(ADVISORIES),
    warning(BADGE),
]


def test_each_thing_named_without_its_address_is_one_finding_at_its_first_mention() -> None:
    assert found(SSA) == EVERY
    channels = next(message for message in messages(SSA) if "Slack" in message)
    # the Communication Channels part names Slack (31, again at 32), a mailing list (31) and the blog
    # (33): one list of channels, one finding naming each, with the later lines; the Overview-like
    # "uses Slack for day-to-day discussion" (19) is no place a reader goes to reach them
    assert channels.startswith(
        "Slack, a mailing list and the blog are named as channels but nothing in the self-assessment "
        "links them or gives their address"
    )
    assert channels.endswith("(also at lines 32-33)")
    assert "add the link or address for each" in channels
    badge = next(message for message in messages(SSA) if "badge" in message)
    assert "link the OpenSSF Best Practices badge page" in badge


def test_a_link_or_address_anywhere_in_the_document_is_the_thing() -> None:
    linked = SSA.replace(
        "Kestrel schedules batch jobs",
        "Kestrel ([Slack](https://kestrel.slack.com), [blog](https://kestrel.dev/blog), list: "
        "kestrel-dev@googlegroups.com, [MAINTAINERS.md](https://github.com/kestrel/kestrel/blob/main/MAINTAINERS.md), "
        "[advisories](https://github.com/kestrel/kestrel/security/advisories)) schedules batch jobs",
    ).replace(
        "- **OpenSSF Best Practices:**",
        "- [![OpenSSF Best Practices](https://www.bestpractices.dev/projects/1234/badge)]"
        "(https://www.bestpractices.dev/projects/1234) **OpenSSF Best Practices:**",
    )
    # the links stand at line 14, before every mention; only the policy (37) is still not linked
    assert found(linked) == [warning(POLICY)]


def test_a_security_links_row_naming_the_policy_covers_it() -> None:
    # SECURITY_LINKS_HEAD's "Security file" row gives SECURITY.md: the policy cited later is linked
    text = SECURITY_LINKS_HEAD + ANSWERS
    offset = len(SECURITY_LINKS_HEAD.splitlines()) - len(SELF_ASSESSMENT_HEAD.splitlines())
    expected = [(rule, severity, line + offset) for rule, severity, line in EVERY if line != POLICY]
    assert found(text) == expected


def test_a_channel_named_by_its_hash_name_anywhere_needs_no_link() -> None:
    text = SSA.replace(
        "Users reach the team through GitHub issues and the Slack channel.",
        "Users reach the team in the #kestrel channel on the Kubernetes Slack.",
    )
    # the channel is named at 32 itself: the mention at 31 needs nothing more; the mailing list (31)
    # and the blog (33) are still one list of channels without addresses
    assert found(text) == [
        info(CHANNELS),
        warning(POLICY),
        info(CONTACTS),
        info(ADVISORIES),
        warning(BADGE),
    ]


@pytest.mark.parametrize(
    "answer",
    [
        "Kestrel does not have an OpenSSF Best Practices badge yet.",
        "Kestrel holds the passing level badge ([PR #88](https://github.com/kestrel/kestrel/pull/88)).",
    ],
)
def test_a_badge_denied_or_claimed_with_a_link_beside_it_is_quiet(answer: str) -> None:
    text = SSA.replace("Kestrel holds the passing level badge and is working towards silver.", answer)
    assert found(text) == EVERY[:-1]


def test_the_badge_claimed_under_the_templates_link_to_the_badge_site_still_wants_the_project_page() -> None:
    text = SSA.replace(
        "## Appendix\n",
        "## Appendix\n\n### [Open SSF Best Practices](https://www.bestpractices.dev/en)\n\n"
        "Kestrel meets the CII Best Practices criteria at the passing level.\n",
    )
    # (a claim held: "working towards meeting the criteria" would be a plan, naming no page)
    # the site's front page (42) is no project's page: the claim at 44 is the first, the one at 47 later
    assert found(text) == [*EVERY[:3], warning(44), info(46)]
    assert "(also at line 47)" in messages(text)[3]


def test_a_channel_the_project_says_it_does_not_have_is_quiet() -> None:
    text = SSA.replace(
        "Release notes go out on the Kestrel blog.",
        "There is no announcement mailing list; release notes go out on the Kestrel blog.",
    )
    assert found(text) == EVERY


def test_channels_written_as_label_paragraphs_and_a_numbered_part() -> None:
    # etcd's way: a bold label paragraph, then the label's answer as a paragraph of its own
    paragraphs = SSA.replace(
        "### Communication Channels\n\n"
        "- **Internal:** The maintainers talk through the Kestrel Slack channel and a private mailing list.\n"
        "- **Inbound:** Users reach the team through GitHub issues and the Slack channel.\n"
        "- **Outbound:** Release notes go out on the Kestrel blog.\n",
        "**Communication Channels**\n\n**Internal Communication:**\n"
        "Maintainers primarily utilize Slack for real-time discussions.\n\n"
        "**Ecosystem**\n\nKestrel works with Argo and Flyte; their users post on the Flyte Slack.\n",
    )
    # Slack at 32 (the paragraph after the Internal label); the Ecosystem part (36) is not about channels
    assert found(paragraphs) == [info(32), warning(40), info(41), info(45), warning(46)]
    # CoreDNS's way: a numbered part, then plain bullets labelled by what they cover
    numbered = SSA.replace(
        "### Communication Channels\n\n- **Internal:**",
        "1. Development Pipeline\n2. Communication Channels\n* Internal Team Communication:",
    )
    assert found(numbered) == [
        info(31),  # Slack, the mailing list and the blog of one numbered part
        warning(POLICY),
        info(CONTACTS),
        info(ADVISORIES),
        warning(BADGE),
    ]


def test_an_issue_body_with_one_line_per_channel() -> None:
    body = SSA.replace(
        "### Communication Channels\n\n"
        "- **Internal:** The maintainers talk through the Kestrel Slack channel and a private mailing list.\n"
        "- **Inbound:** Users reach the team through GitHub issues and the Slack channel.\n",
        "### Communication Channels\n\nInternal: the Kestrel Slack channel\nInbound: GitHub issues and Slack\n",
    )
    # one paragraph of line breaks: Slack named on both lines, the blog after it in the same part:
    # one finding at the first, naming both and the later lines
    assert found(body, issue_body=True)[:2] == [info(31), warning(POLICY)]
    report = lint_text(body, "-")
    first = next(f.message for f in report.findings if f.rule == "evidence-without-link")
    assert first.startswith("Slack and the blog are named as channels")
    assert first.endswith("(also at lines 32-33)")


def test_the_templates_own_text_names_nothing() -> None:
    template = SSA.replace(
        "- **OpenSSF Best Practices:** Kestrel holds the passing level badge and is working towards silver.",
        "* [Open SSF Best Practices](https://www.bestpractices.dev/en).\n  Best Practices. A brief discussion of "
        "where the project is at\n  with respect to CII best practices and what it would need to\n  achieve the badge.",
    )
    assert found(template) == EVERY[:-1]


def test_a_gtr_naming_slack_is_not_checked_for_it_but_a_badge_held_is() -> None:
    # (a GTR is not read for channels; a badge it claims to hold wants its page, as a self-assessment's)
    gtr = (
        GTR_TITLE
        + GTR_OPENING
        + "\n### Community\n\nInbound: users reach the team on the Kestrel Slack channel. Kestrel holds the "
        "passing level badge.\n"
    )
    assert found(gtr) == [("evidence-without-link", "info", 20)]
    assert "badge" in messages_of(gtr)[0]
    assert found(gtr.replace(" Kestrel holds the passing level badge.", "")) == []
    # a badge held beside a further goal is still held; a badge only planned is none
    held = gtr.replace("passing level badge.", "passing level badge and is working towards the silver badge.")
    assert found(held) == [("evidence-without-link", "info", 20)]
    planned = gtr.replace(
        "Kestrel holds the passing level badge.", "Getting the passing level badge is on our roadmap."
    )
    assert found(planned) == []


@pytest.mark.parametrize(
    "answer",
    [
        "Whether the project intends to pursue OpenSSF Best Practices Badge certification.",
        "Is there a plan to apply for the OpenSSF Best Practices badge?",
        "Does Kestrel hold a passing level badge? The maintainers have not checked.",
    ],
)
def test_a_badge_asked_of_is_no_claim(answer: str) -> None:
    text = SSA.replace("Kestrel holds the passing level badge and is working towards silver.", answer)
    assert found(text) == EVERY[:-1]


def test_what_an_open_questions_section_lists_is_asked_not_claimed() -> None:
    # Hive's way: a closing "Open questions / not yet assessed" section listing what could not be
    # verified; its items name a channel and the badge without claiming either
    text = SSA + (
        "\n## Open questions / not yet assessed\n\n"
        "- Whether any external channel (mailing list, Slack, Matrix) exists for security reports.\n"
        "- The OpenSSF Best Practices badge level, which the maintainers did not confirm.\n"
    )
    assert found(text) == EVERY


def test_a_section_denying_the_badge_claims_none_in_its_other_sentences() -> None:
    text = SSA.replace(
        "- **OpenSSF Best Practices:** Kestrel holds the passing level badge and is working towards silver.",
        "### OpenSSF Best Practices\n\n"
        "The project has not pursued the OpenSSF Best Practices badge at the time of writing.\n\n"
        "- Best Practices badge criteria: tracked with the release checklist.\n\n"
        "## Case studies\n\n"
        "Kestrel holds the passing level badge.",
    )
    # the criteria named at 47, in the section denying the badge (45), claim none; 51, under another
    # heading, is a claim
    assert found(text) == [*EVERY[:-1], warning(51)]


def test_channels_in_separate_places_stay_separate_findings() -> None:
    text = SSA.replace(
        "Reporters use the maintainers' contact details to reach them.",
        "Reporters use the maintainers' contact details to reach them.\n\n"
        "Inbound: vulnerability reports arrive on the Kestrel Discord server.",
    )
    # the Communication Channels list (31) is one finding; the Discord under an Inbound label of
    # Security issue resolution (40) is another place, its own finding
    assert found(text) == [
        info(CHANNELS),
        warning(POLICY),
        info(CONTACTS),
        info(40),
        info(ADVISORIES + 2),
        warning(BADGE + 2),
    ]
    chat = [message for message in messages(text) if "chat" in message]
    assert chat and chat[0].startswith("the chat channel is named")


def test_a_channel_in_an_instruction_opening_with_if_is_still_named() -> None:
    text = SSA.replace(
        "Reporters use the maintainers' contact details to reach them.",
        "Reporters use the maintainers' contact details to reach them.\n\n"
        "Inbound: If you find a vulnerability, post in the Kestrel Discord server.",
    )
    # "If …, post …" states where to post: the chat at 40 is named (a place of its own)
    assert found(text) == [
        info(CHANNELS),
        warning(POLICY),
        info(CONTACTS),
        info(40),
        info(ADVISORIES + 2),
        warning(BADGE + 2),
    ]


def test_a_question_about_channels_in_the_channels_part_names_none() -> None:
    text = SSA.replace(
        "- **Outbound:** Release notes go out on the Kestrel blog.",
        "- **Outbound:** Is there a Kestrel blog for release notes? Not yet.",
    )
    # Slack and the mailing list (31, 32) are still named; the blog asked of (33) is not
    channels = next(message for message in messages(text) if "Slack" in message)
    assert found(text) == EVERY
    assert channels.startswith("Slack and a mailing list are named as channels")
    assert channels.endswith("(also at line 32)")


def test_a_badge_worked_towards_in_a_next_steps_list_is_still_claimed() -> None:
    # in-toto's way: a Roadmap paragraph introducing its next steps; "Working towards the CII silver
    # badge (currently 95% complete)" claims progress the project's badge page shows
    text = SSA.replace(
        "- **OpenSSF Best Practices:** Kestrel holds the passing level badge and is working towards silver.",
        "Next steps related to this security assessment are:\n\n"
        "* Working towards the CII silver badge (currently 95% complete)\n"
        "* Formalizing the library APIs",
    )
    assert found(text) == [*EVERY[:-1], warning(45)]


@pytest.mark.parametrize(
    "answer",
    [
        "Obtaining an OpenSSF Best Practices badge is also on the roadmap.",
        "We aim to apply for the OpenSSF Best Practices badge before the 2.0 release.",
        "The maintainers are working toward the passing level badge.",
        "Kestrel will apply for the OpenSSF Best Practices badge once the fuzzing work lands.",
    ],
)
def test_a_badge_only_planned_names_no_badge_page(answer: str) -> None:
    text = SSA.replace("Kestrel holds the passing level badge and is working towards silver.", answer)
    assert found(text) == EVERY[:-1]


def test_a_badge_planned_beside_one_held_leaves_the_held_one_claimed() -> None:
    # the gold badge "on our roadmap" (44) neither names a page nor quiets the passing badge held (43)
    text = SSA.replace(
        "Kestrel holds the passing level badge and is working towards silver.",
        "Kestrel holds the passing level badge.\n- The gold level badge is on our roadmap for next year.",
    )
    assert found(text) == EVERY
