"""The parts of a self-assessment that ask for its channels: under a Communication Channels heading,
after a Communication Channels, Internal, Inbound or Outbound label, and in the Security issue
resolution section; and the place a reader sees each channel named in."""

from __future__ import annotations

from collections.abc import Sequence

from applint.matching.companions import CompanionReading
from applint.matching.named_addresses.things import PROSE
from applint.model import Block, BlockKind, Document
from applint.text.patterns import LazyPattern

_CHANNEL_SECTION = "security-issue-resolution"  # where the reporting channel is named


# The outline's labels for the part that asks for channels: "Communication Channels", "Inbound",
# "Internal Team Communication", "Outbound communication".
_CHANNELS_LABEL = LazyPattern(
    r"^(?:\d+[.)]\s*)?(?:communications?(?:\s+channels?)?|(?:internal|inbound|outbound)(?:\s+team)?"
    r"(?:\s+communications?)?)$"
)


# The blocks a Communication Channels label reaches at most (its Internal, Inbound, Outbound items).
_REGION_REACH = 20


def channel_part_blocks(document: Document, reading: CompanionReading) -> frozenset[int]:
    """The blocks of the parts that ask for channels, see ``_channel_parts``."""
    return frozenset(_channel_parts(document, reading))


def _channel_parts(document: Document, reading: CompanionReading) -> dict[int, int]:
    """The blocks of the parts that ask for channels, each with the block opening its part: under a
    Communication Channels heading, after a Communication Channels, Internal, Inbound or Outbound
    label (to the next heading or label of another part), and in the Security issue resolution
    section. Internal, Inbound and Outbound after a Communication Channels label are one part."""
    blocks = document.blocks
    found: dict[int, int] = {}
    part = -1  # the label opening the run of channel labels being read
    for index, block in enumerate(blocks):
        if block.kind is BlockKind.HEADING:
            part = -1
            if _CHANNELS_LABEL.match(_label(block.text)):
                for inside in range(index + 1, document.section_end(index)):
                    found.setdefault(inside, index)
            continue
        if block.kind not in PROSE or not _CHANNELS_LABEL.match(_label(block.text)):
            continue
        if part < 0 or found.get(index) != part:
            part = index  # a label no earlier label's reach holds opens a part of its own
        found.setdefault(index, part)
        for later in range(index + 1, min(index + 1 + _REGION_REACH, len(blocks))):
            after = blocks[later]
            if after.kind is BlockKind.HEADING or (
                _only_label(after) and not _CHANNELS_LABEL.match(_label(after.text))
            ):
                break
            found.setdefault(later, part)
    section = reading.section_found(_CHANNEL_SECTION)
    if section is not None:
        for inside in range(section.block + 1, document.section_end(section.block)):
            found.setdefault(inside, section.block)
    return found


def channel_places(document: Document, reading: CompanionReading, lines: Sequence[int]) -> list[int]:
    """For each line naming a channel, the place a reader sees it in, as a number: the part asking
    for channels that holds it (its Communication Channels label or heading with the Internal,
    Inbound and Outbound labels after it), else its paragraph or list. Channels named in one place
    are one list of channels."""
    parts = _channel_parts(document, reading)
    places = []
    for line in lines:
        index = document.block_at(line)
        if index is not None and index in parts:
            places.append(document.blocks[parts[index]].line)
        else:
            places.append(document.passage_of(line)[1])
    return places


def _label(text: str) -> str:
    """The label a block opens with: its words before a colon, or all of a short block's words."""
    head = text.split(":", 1)[0] if ":" in text[:60] else text
    return " ".join(head.strip(" *_").lower().split()) if len(head) <= 60 else ""


def _only_label(block: Block) -> bool:
    """True for a block that is only a label ("Ecosystem Integration", "**Ecosystem**"): another part."""
    text = block.text.strip().rstrip(":")
    return bool(text) and len(text.split()) <= 4 and not text.endswith(".")
