"""The outline bullets of a companion template kept as prompts ("* Case Studies. Provide context
for reviewers …"), and which of them the author answered: something of the author's own written
after the prompt (on its line, nested under it, or in the paragraphs that follow) before the next
piece of the template or the next heading.

A prompt followed straight away by a prompt nested under it ("Communication Channels." over
"Internal.", "Inbound.", "Outbound.") groups those and is answered through them.
"""

from __future__ import annotations

from applint.model import Block, BlockKind


class PromptTracker:
    """Follows the prompts met while a companion document is read, one section at a time."""

    __slots__ = ("_open", "_unanswered")

    def __init__(self) -> None:
        self._open: tuple[int, Block] | None = None  # the prompt waiting for its answer
        self._unanswered: list[int] = []

    def prompt(self, number: int, block: Block, answered_inline: bool) -> None:
        """A prompt of the template met at block ``number`` (answered on its own line or not)."""
        waiting = self._open
        if waiting is not None and not _groups(waiting[1], block):
            self._unanswered.append(waiting[0])
        self._open = None if answered_inline else (number, block)

    def wrote(self) -> None:
        """The author wrote something of their own: the waiting prompt is answered."""
        self._open = None

    def template_text(self) -> None:
        """Another piece of the template (a question, outline text) or a heading: the waiting
        prompt got no answer."""
        if self._open is not None:
            self._unanswered.append(self._open[0])
            self._open = None

    def take(self) -> tuple[int, ...]:
        """The blocks of the prompts left unanswered since the last call (closing the section)."""
        self.template_text()
        taken = tuple(self._unanswered)
        self._unanswered.clear()
        return taken


def _groups(prompt: Block, following: Block) -> bool:
    """True when the next prompt is nested under the waiting one: the waiting one heads a group."""
    return (
        prompt.kind is BlockKind.LIST_ITEM
        and following.kind is BlockKind.LIST_ITEM
        and following.level > prompt.level
    )
