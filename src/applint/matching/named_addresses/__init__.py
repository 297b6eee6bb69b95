"""What a security self-assessment names where its reader needs an address, with no link anywhere in
it that is the thing: a channel in its Communication Channels part or its Security issue resolution
("the Cortex Slack channel", "a dedicated mailing list", "the CoreDNS blog"), the OpenSSF Best
Practices badge it claims ("holds a passing level badge", "working towards the CII silver badge
(95% complete)": not one it only plans, "getting a badge is on the roadmap"), its security policy ("Our policy states that anyone who finds a vulnerability
…", "Disclosure Policy:"), its security advisories named as where to look ("please refer to the
Linkerd Security Advisories") and the maintainers' contact details ("Use maintainers' contact info").

Once anything in the document is the thing (a Slack link, an e-mail address or ``mailto:`` for a
mailing list, the project's page on the badge site, a SECURITY.md link or a Security links row
naming the policy, the advisories page, the MAINTAINERS file), no mention of it needs a link of its
own. Quiet where the
sentence gives the address itself (a ``#channel`` or a `channel` in code on a named Slack, an e-mail
address, a link in the sentence claiming the badge), denies the thing ("does not have a badge"),
asks of it ("Whether the project intends to pursue the OpenSSF badge", "Is there a Slack
channel?", see ``text/questions.py``), sets it out as an open item (under an "Open questions / not
yet assessed" heading, see ``open_items.py``), and in the template's own text. A badge is no claim
anywhere in a section that denies it ("The project has not pursued the OpenSSF Best Practices
badge"), whichever of the section's sentences comes first. A channel named elsewhere ("we use Slack for discussion" in the
Overview) is no place a reader goes to reach the team: only the parts that ask for channels count.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from applint.matching.companions import CompanionReading
from applint.matching.named_addresses.channel_parts import channel_part_blocks
from applint.matching.named_addresses.mentions import POLICY_CONTEXT, may_name_one, mentions
from applint.matching.named_addresses.present import things_present
from applint.matching.named_addresses.things import BADGE, CHANNELS, DENIED_BADGE, POLICY, PROSE, THINGS
from applint.matching.project_links import ProjectLinks
from applint.model import Block, BlockKind, Document
from applint.text.patterns import LazyPattern

# What names the channel itself in the block naming it, so that a reader finds it wherever else it is
# mentioned: a "#channel", a `channel` or `list-name`, an e-mail address.
# "the Contour channel in Kubernetes Slack" names one too.
_NAME_GIVEN = LazyPattern(
    r"(?:^|\s|\()#[\w-]{2,}|`[^`]+`|[\w.+-]+@[\w-]+\.[\w.-]+"
    r"|\b[\w-]+\s+channel\s+(?:in|on)\s+(?:the\s+)?(?:kubernetes|cncf|k8s)\s+slack\b",
    re.IGNORECASE,
)
# What points somewhere from the block naming a channel (the mention there needs nothing more): a
# host written out ("slack.buildpacks.io"), a link.
_ADDRESS_GIVEN = LazyPattern(r"\b[\w-]+\.[\w-]+\.(?:io|com|org|dev|net)\b|https?://|\]\(")


def addresses_named_unlinked(
    document: Document, reading: CompanionReading, links: ProjectLinks
) -> list[tuple[str, list[int]]]:
    """Each thing (one of ``THINGS``) the self-assessment names where a reader needs its address and
    nothing in it is, with the lines naming it, in the order of ``THINGS``."""
    hinted = [
        index
        for index, block in enumerate(document.blocks)
        if block.kind in PROSE and may_name_one(block.text.lower())
    ]
    if not hinted:
        return []
    skipped = _template_blocks(reading)
    channel_blocks: frozenset[int] | None = None  # worked out on first need
    named: dict[str, list[int]] = {}
    badge_sections: dict[int, int] = {}  # the line claiming a badge: the heading of its section
    denied_badge: set[int] = set()  # the headings of the sections denying a badge
    given: set[str] = set()  # channels a block names by their own name ("#kestrel"), wherever it stands
    open_items: frozenset[int] | None = None
    for index in hinted:
        if index in skipped:
            continue
        if open_items is None:
            from applint.matching.open_items import open_item_blocks  # only where something is named

            # (a heading's items only: "next steps are: * Working towards the CII silver badge (95%
            # complete)" claims the badge the project page would show)
            open_items = open_item_blocks(document, lead_ins=False)
        if index in open_items:
            continue  # "## Open questions / not yet assessed": what it lists is asked, not claimed
        block = document.blocks[index]
        # the block's own source: its links' addresses, its code spans and "#channel" names
        source = "\n".join(document.source_lines[block.line - 1 : block.end_line])
        named_here = _NAME_GIVEN.search(source) is not None
        addressed = named_here or bool(block.links) or _ADDRESS_GIVEN.search(source) is not None
        for thing, sentence, words, offset in mentions(block):
            if thing == DENIED_BADGE:
                denied_badge.add(_heading_before(document, index))
                continue
            if thing in CHANNELS:
                if addressed:
                    if named_here:
                        given.add(thing)
                    continue
                if channel_blocks is None:
                    channel_blocks = channel_part_blocks(document, reading)
                if index not in channel_blocks:
                    continue  # "we use Slack for discussion" in the Overview: no place to reach the team
            elif thing == POLICY and not any(word in sentence for word in POLICY_CONTEXT):
                if channel_blocks is None:
                    channel_blocks = channel_part_blocks(document, reading)
                if index not in channel_blocks:
                    continue  # "its policy" of something else than vulnerabilities
            lines = named.setdefault(thing, [])
            line = _line_at(block, offset, words, document.source_lines)
            if line not in lines:
                lines.append(line)
            if thing == BADGE:
                badge_sections[line] = _heading_before(document, index)
    if denied_badge and BADGE in named:
        named[BADGE] = [line for line in named[BADGE] if badge_sections[line] not in denied_badge]
        if not named[BADGE]:
            del named[BADGE]
    if not named:
        return []
    present = things_present(document, links) | given
    return [(thing, sorted(named[thing])) for thing in THINGS if thing in named and thing not in present]


def _heading_before(document: Document, index: int) -> int:
    """The index of the heading of the section holding a block (-1 before the first heading)."""
    for earlier in range(index, -1, -1):
        if document.blocks[earlier].kind is BlockKind.HEADING:
            return earlier
    return -1


def _line_at(block: Block, offset: int, words: str, source_lines: Sequence[str]) -> int:
    """The source line of the block where the words its text names at ``offset`` stand: the line of
    their same occurrence in its source (an issue body's paragraph names a channel on each of its
    lines), else its first line."""
    text = block.text.replace("\n", " ").lower()
    nth = text.count(words, 0, offset)
    needle = words.split()[0]  # (a name may break across two lines of the source)
    for number in range(block.line, min(block.end_line, len(source_lines)) + 1):
        seen = source_lines[number - 1].lower().count(needle)
        if seen > nth:
            return number
        nth -= seen
    return block.line


def _template_blocks(reading: CompanionReading) -> frozenset[int]:
    """The blocks holding the template's own text (its outline kept as guidance)."""
    found = {block for section in reading.sections for block, _, _ in section.guidance}
    found.update(reading.loose_guidance)
    return frozenset(found)
