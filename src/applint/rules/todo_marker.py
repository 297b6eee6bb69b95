"""todo-marker: a note to the author left in the application (TODO, TBD, FIXME, BLOCKED, "to be
added", an HTML comment asking for something to be done).

Why: a note tells the TOC the answer is not written yet; applications with open notes are sent
back. Under a ticked criterion a note also means the box claims more than the evidence shows.

Severity: warning, one finding per line holding notes, at the first one's column (a banner such
as ``WORK IN PROGRESS | WORK IN PROGRESS`` is one note; ``details.count`` says how many). A note in the evidence of a ticked criterion is
reported once, at the note, naming the criterion whose evidence it leaves unfinished.


Finds: ``TODO``/``TBD``/``TBC``/``FIXME``/``XXX`` standing alone, opening a note (``TODO: add date``,
``TBD - later``), bold or addressed to someone (``**TODO(alice)**:``, ``**TODO (Maintainers):**``) or in brackets; ``TODO`` or
``FIXME`` opening a line or list item, or set off by a dash after a sentence, followed by what to
do (``- TODO remove Syncer``, "… least privilege. - TODO remove Syncer"; not "TODO items are
tracked …"); any of them
inside an HTML comment (``<!-- TODO add date -->``); the upper-case flags ``BLOCKED``, ``WIP`` and
``PENDING``; a line that is only question marks (``??``, where an answer should be); "to be added" / "to be confirmed" / "to be extended" as a value ("Link to be added."), and "to be
identified" / "to be determined" / "to be decided" / "to be announced" where the value should be
("TOC sponsor (to be identified)", "Release date: to be determined"; "The sponsor is to be
identified by the TOC once …" says who does it and when, a statement of the process); a
generator's stand-in kept where the answer belongs ("(Placeholder)", "Placeholder text", a cell or
label's value "Placeholder") and a draft's note to itself ("It should be extended with …", "This
section needs to be extended"; not "the API should be extended to …"); "(pending)",
"Link: pending", "URL pending"; instructions to oneself such as "confirm the date before filing";
HTML comments the author wrote to themselves that ask for an action
(``<!-- link the design doc here once it is merged -->``, ``<!-- ask the TAG to schedule our
review -->``; the template's own comments are template-instructions' findings);
``WORK IN PROGRESS`` and "Do not file yet" anywhere; an inline code span whose whole text reads as
a note, set as code to stand out (```todo insert links```, ```TBD: add the audit report link```,
```insert image here```: a marker word in any case, or "insert", "add", "fill in", "link here"
asking for content such as a link, a diagram or an image, followed by words, not code), reported at
the span with what it asks for; instructions to oneself without a marker word
("Not applicable; remove this option", "(delete if not needed)"); HTML comments addressed to the
authors or to a person (``<!-- Authors: … -->``, ``<!-- @ana: … -->``); notes to the team about
the state of the document or the filing, with no marker word: a title "… Application — Working
Draft", "Working draft — status: internal review", "Draft for maintainers' review", "Current
filing decision: …", "Status of this document: …", "Open question for maintainers: …". A run
of such blocks (a "Working Draft" title and the preamble under it), or a section under such a
heading ("## Current filing decision"), is one note, reported at its first line. In a TOC
due-diligence document, work-in-progress banners and verdict placeholders the TOC member left
while drafting ("> **Status: In Progress - adopter interviews ongoing.**", "**Status:** WIP — …",
"Pending DD evaluation.", "This section is incomplete"; a state with the filing's next step,
"**Status:** Complete — ready for public comment PR"), each reported on its own, in the TOC
member's words.

Passes: ordinary prose that uses the word, such as "All TODO items from Incubation have been
addressed.", "New maintainers are to be added by a vote of the maintainers", "the audit is
pending" (a statement, reported by contradictory-assertion when its criterion is ticked), a flag
used as a word in a sentence ("the community is currently WIP in enforcing 2FA"), a flag in parentheses right after the name of a
component, product or feature in running text, which gives that thing's state ("keycloak-operator -
operator for kubernetes (WIP)", "release 1.3 (WIP)"; in a heading, opening the text or after "this
section" it is still a note), a BLOCKED or
PENDING flag followed by why ("**BLOCKED —** waiting for the TAG Security reviewer": a status for
the reader, whose criterion's box says whether it is met; under a ticked box contradictory-assertion
reports it), "The maintainers remove this section when a role is retired", anything inside a fenced code block,
a code span that is code (```TODO()```, ```// TODO: fix```, ```todo.txt```, ```kubectl … --todo```,
```add_header```, ```addUser```) and one that names a thing of the product (```Add Member```),
"to be …" in a clause that denies it ("these fields do not need to be completed"), "pending" as
the state of a process ("Sandbox application status: pending", "Governance review — pending",
in a due diligence "Pending the docs migration, …"),
and a marker quoted as a name ("issues labelled [TBD]", "the TBD-bot").
A reviewer's remark signed with a name (``**Suggestion by Kevin:** …``, "Comment from @ana:") is
reported too: the document speaks for the TOC (or the project), not for one reviewer.
Fails: ``TODO: need some work here.``, a bare ``**BLOCKED**``, "Not applicable; remove this option".

In a GTR, governance review or self-assessment the same notes are found (``- **Reviewers:** TBD``,
``| Languages | <!-- TODO --> Go |``, ``<!-- TODO Delete the following two paragraphs when
complete. -->``, ``**TODO (Maintainers):** describe …``), one finding per line; the template's own
comments (the governance review's reviewer notes, the outline kept as a hidden prompt) are not
notes. Notes that are a GTR question's whole answer are unanswered-question's ("not answered yet").
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

from applint.findings import Finding, Severity
from applint.matching.progress import Note, locate
from applint.model import Block, BlockKind
from applint.rules.context import CompanionContext, LintContext
from applint.rules.rule import ALL_FAMILIES, Rule, shorten
from applint.text.code_notes import asked_content
from applint.text.markers import is_signed_remark
from applint.text.status_notes import opens_note_section

ID = "todo-marker"


def check(ctx: LintContext | CompanionContext) -> Iterator[Finding]:
    if isinstance(ctx, CompanionContext):
        yield from _check_companion(ctx)
        return
    folded = Counter(
        id(head)
        for block in ctx.document.blocks
        if (head := ctx.progress.note_head(block)) is not None
        for _ in ctx.progress.notes(block)
    )
    for block in ctx.document.blocks:
        notes = ctx.progress.notes(block)
        if not notes or ctx.progress.note_head(block) is not None:
            continue  # a part of a note reported at its first block
        seen: set[tuple[int, int]] = set()
        status = all(note.status for note in notes)
        section = status and block.kind is BlockKind.HEADING and opens_note_section(block.text)
        unfinished = "" if section else _ticked_owner(ctx, block)
        by_line: dict[int, list[tuple[Note, str, int | None]]] = {}
        for note in notes:
            line, column = locate(ctx.document, block, _needle(note), seen)
            if column is None and note.status:
                # markup splits the opening words ("**Status:** Pending"): find the first one
                line, column = locate(ctx.document, block, note.text.split()[0].rstrip(":"), seen)
            by_line.setdefault(line, []).append((note, _shown(note), column))
        for number, (line, found) in enumerate(by_line.items()):
            note, shown, column = min(found, key=lambda item: item[2] or 0)
            marker = note.text
            if is_signed_remark(marker):
                message = (
                    f"a reviewer's signed remark '{shown}' is left in, but the document speaks with one "
                    "voice: reword it as a recommendation (no name) or delete it"
                )
            elif unfinished:
                message = (
                    f'the evidence of ticked criterion "{shorten(unfinished, 60)}" is unfinished: note to the '
                    f"author '{shown}' left in; finish the evidence and delete the note, or untick the criterion"
                )
            elif section:
                message = (
                    f"the section '{shown}' is a note to your own team about the filing, not part of the "
                    "application; delete the section before filing"
                )
            elif status and ctx.selection.due_diligence and " ready " in f" {marker.lower()} ":
                message = (
                    f"a note about the filing's next step ('{shown}') is left in the due diligence: "
                    "it speaks to the authors, not to the readers of the published document; delete it "
                    "before the document is merged"
                )
            elif status and ctx.selection.due_diligence:
                message = (
                    f"the due diligence still says this part is unfinished ('{shown}'): complete the "
                    "evaluation here and delete the note before the document is merged"
                )
            elif status:
                message = (
                    f"note to your own team about the state of the document ('{shown}') left in; the TOC "
                    "reads the application as filed: delete it before filing"
                )
            elif note.code:
                message = _code_note_message(shown, note.text)
            else:
                message = (
                    f"note to the author '{shown}' left in; finish the text it marks and delete the note"
                )
            finding = ctx.finding(ID, Severity.WARNING, message, line, column=column, marker=marker)
            count = len(found) + (folded[id(block)] if number == 0 else 0)
            yield finding if count == 1 else finding._replace(details={**finding.details, "count": count})


def _check_companion(ctx: CompanionContext) -> Iterator[Finding]:
    """Notes in a GTR, governance review or self-assessment: one finding per line holding notes."""
    name = ctx.template.short_name
    # A GTR question's whole answer left as notes is unanswered-question's finding ("not answered yet").
    answered_with_notes = {number for answer in ctx.note_answers for number in answer.blocks}
    for number, block in enumerate(ctx.document.blocks):
        notes = ctx.notes(block)
        if not notes or number in answered_with_notes:
            continue
        seen: set[tuple[int, int]] = set()
        by_line: dict[int, list[tuple[Note, str, int | None]]] = {}
        for note in notes:
            line, column = locate(ctx.document, block, _needle(note), seen)
            by_line.setdefault(line, []).append((note, _shown(note), column))
        for line, found in by_line.items():
            note, shown, column = min(found, key=lambda item: item[2] or 0)
            if note.status:
                message = (
                    f"note to your own team about the state of the document ('{shown}') left in; the TOC "
                    f"reads the {name} as submitted: delete it"
                )
            elif note.code:
                message = _code_note_message(shown, note.text)
            else:
                message = (
                    f"note to the author '{shown}' left in; finish the text it marks and delete the note"
                )
            finding = ctx.finding(ID, Severity.WARNING, message, line, column=column, marker=note.text)
            yield (
                finding
                if len(found) == 1
                else finding._replace(details={**finding.details, "count": len(found)})
            )


def _shown(note: Note) -> str:
    """The note as the message quotes it: a comment in its marks, a code span in backticks."""
    if note.comment:
        return f"<!-- {shorten(note.text, 50)} -->"
    return f"`{shorten(note.text, 60)}`" if note.code else shorten(note.text, 60)


def _code_note_message(shown: str, note: str) -> str:
    """A placeholder set as code to stand out: what to put in its place."""
    asked = asked_content(note)
    what = f"the {asked} it asks for" if asked else "the content it asks for"
    return (
        f"note to the author {shown} left in (set as code, it still shows in the document); "
        f"replace it with {what}"
    )


def _ticked_owner(ctx: LintContext, block: Block) -> str:
    """The text of the ticked criterion whose evidence the block is, or ""."""
    criterion = ctx.progress.owner(block)
    if criterion is None:
        return ""
    found = ctx.evidence.get(criterion.id)
    return criterion.text if found is not None and found.statement.checked else ""


def _needle(note: Note) -> str:
    """What to search the source for: the marker, or the first words of a comment or of a note
    about the state of the document (its markup, such as bold, may split the rest)."""
    return " ".join(note.text.split()[:3]) if note.comment or note.status else note.text


RULE = Rule(
    ID,
    Severity.WARNING,
    "A TODO or other note to the author is left in.",
    check,
    __doc__ or "",
    families=ALL_FAMILIES,
)
