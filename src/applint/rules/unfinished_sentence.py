"""unfinished-sentence: a sentence that stops before it says what it started to say.

Why: "Meeting notes are available at" followed by nothing is an answer the author meant to
finish (usually with a link) and did not; the reviewer cannot tell where the notes are.

Severity: warning, at the line where the sentence stops.

Finds: a paragraph or list item whose text ends, with no closing punctuation, on a word that
cannot end a sentence (a preposition such as "at", "to", "from", "of", "via"; an article; "and"
or "or"; "is" or "are"; "see"; "including"; a verb that needs the thing it names, "includes",
"contains", "describes": "The SECURITY.md file includes"), or on a comma or an opening bracket. Criterion
statements, headings, table cells, code, and the template's own text are not read; a sentence
ending at a note to the author (todo-marker) or at a link with an empty target (broken-link) is
reported by that rule instead.

Finds too a sentence cut off inside a word: it ends, with no closing punctuation, on a
lower-case fragment used nowhere else in the document that has no vowel ("…the project is
actively zz") or is the beginning of a word the document uses elsewhere ("…actively maint",
with "maintained" elsewhere).

In a GitHub issue body (standard input, ``triage --github-event``), where each line of a
paragraph shows as a line of its own, every line is read so: a line inside a paragraph that
stops on an open word is reported at that line, unless the next line starts with the link or
address it promises ("Meeting notes are available at" then "https://…"). In a Markdown file a
line break inside a paragraph is a space, and only the paragraph's end is read.

A list item ending as one clause of the sentence its list makes ("…;", "…, and", "…; or"),
followed by the next item of the same list, is list grammar, not an unfinished sentence.

Passes: "Meeting notes are available at https://…", "Users can opt in", "Single sign-on", "The
chart is installed with helm" (a word the document uses again, or a whole word).
Fails: "Meeting notes are available at", "Our adopters include Northfold, Ostrava Telekom and",
"The maintainers review every change and the project is actively zz".
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from applint.findings import Finding, Severity
from applint.model import Block, BlockKind
from applint.rules.context import LintContext
from applint.rules.rule import Rule, shorten
from applint.templates.boilerplate import is_template_text
from applint.text.precompiled import compile_pattern
from applint.text.sentences import Vocabulary, cut_off_word, fragment_candidate, open_ending

ID = "unfinished-sentence"
# A next line that completes a line ending "available at": a link, an address, code.
_GIVES_WHAT_IS_PROMISED = ("http://", "https://", "[", "<", "`", "!", "www.")
# A list item ending as a clause of the sentence the list makes: "…;", "…,", "…; and", "…, or".
_CLAUSE_END = compile_pattern(r"[;,]\s*(?:and|or)?\s*$", re.IGNORECASE)


def check(ctx: LintContext) -> Iterator[Finding]:
    statements = set(ctx.mapping.criteria.values())
    words: Vocabulary | None = None
    for index, block in enumerate(ctx.document.blocks):
        if block.kind not in (BlockKind.PARAGRAPH, BlockKind.LIST_ITEM) or index in statements:
            continue
        if ctx.document.capabilities.line_breaks and block.end_line > block.line:
            yield from _broken_lines(ctx, block)
        ending = open_ending(block.text)
        if ending and _clause_of_a_list(ctx, index, block):
            continue
        if ending and not _reported_elsewhere(ctx, block):
            yield ctx.finding(
                ID,
                Severity.WARNING,
                f'"{shorten(block.text[-70:].lstrip(), 70)}" stops at "{ending}"; finish the sentence '
                "(often with the link it promises) or delete it",
                block.end_line,
                ending=ending,
            )
            continue
        fragment = "" if ending else fragment_candidate(block.text)
        if not fragment:
            continue
        if words is None:  # the document's words, counted once and only when a fragment is seen
            words = Vocabulary("\n".join(ctx.document.source_lines))
        if cut_off_word(fragment, words) and not _reported_elsewhere(ctx, block):
            yield ctx.finding(
                ID,
                Severity.WARNING,
                f'"{shorten(block.text[-70:].lstrip(), 70)}" stops in the middle of a word ("{fragment}"); '
                "finish the word and the sentence, or delete it",
                block.end_line,
                ending=fragment,
            )


def _clause_of_a_list(ctx: LintContext, index: int, block: Block) -> bool:
    """A list item written as one clause of a sentence the list makes ("…;", "…, and", "…; or")
    with the next item of the same list after it: the sentence goes on there."""
    if block.kind is not BlockKind.LIST_ITEM or not _CLAUSE_END.search(block.text):
        return False
    following = ctx.document.blocks[index + 1] if index + 1 < len(ctx.document.blocks) else None
    return following is not None and following.kind is BlockKind.LIST_ITEM and following.level == block.level


def _broken_lines(ctx: LintContext, block: Block) -> Iterator[Finding]:
    """In an issue body each line of a paragraph shows as a line of its own: one that stops on an
    open word is unfinished, unless the next line gives what it promises (a link, an address)."""
    lines = ctx.document.source_lines
    for number in range(block.line, min(block.end_line, len(lines))):
        line, following = lines[number - 1].rstrip(), lines[number].lstrip()
        ending = open_ending(line.rstrip("*_~` "))
        if not ending or following.startswith(_GIVES_WHAT_IS_PROMISED) or _reported_elsewhere(ctx, block):
            continue
        yield ctx.finding(
            ID,
            Severity.WARNING,
            f'"{shorten(line[-70:].lstrip(), 70)}" stops at "{ending}" (in an issue body this line '
            "shows on its own); finish the sentence (often with the link it promises) or delete it",
            number,
            ending=ending,
        )


def _reported_elsewhere(ctx: LintContext, block: Block) -> bool:
    """Template text, a note to the author, or an empty link target: another rule's finding."""
    if is_template_text(block.text, ctx.template.kind):
        return True
    if any(link.strip() in ("", "#") for link in block.links):
        return True
    return bool(ctx.progress.notes(block))


RULE = Rule(ID, Severity.WARNING, "A sentence stops before it is finished.", check, __doc__ or "")
