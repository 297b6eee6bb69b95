"""placeholder: a template placeholder left in the application.

Why: ``$PROJECT``, ``$URL``, ``$COMPANY/$INDUSTRY``, ``MONTH YEAR`` or ``DD-MMM-YYYY`` left in
shows the application is unfinished; reviewers send it back.

Severity: error. One finding per line holding placeholders, at the first one's column, naming
each (``details.placeholders``); ``$COMPANY/$INDUSTRY`` is one placeholder. The same placeholders
again on later lines of one paragraph, list or table are the same problem: one finding, at the
first, naming the other lines ("also at lines 100-101 of this paragraph"); in a companion
document, in the paragraphs and lists of one section ("[project]" through "Self-assessment use":
"also at … of this section"), and the template's different example addresses left in the rows of
one table are one finding naming each. A heading still the
template's (``##### Adopter 1 - $COMPANY/$INDUSTRY`` with nothing under it but the template's
guidance and placeholders such as ``MONTH YEAR``) is one finding for the whole block: what is
below it is named in it ("also: …") rather than reported again (``details.heading_end`` is the
block's last line).

Finds: every placeholder the template schema lists, ``MONTH YEAR``, ``DD-MMM-YYYY``,
``YYYYMMDD``, and any other ``$UPPER_CASE`` token, outside code blocks, inline code and HTML
comments; in YAML front matter too (the issue template's ``title: "[Graduation] $PROJECT …"``
becomes the filed issue's title).

In a GTR, governance review or security self-assessment, only its template's placeholders
(``[Project Name]``, ``[Level]``, ``YYYY-MM-DD``; ``$PROJECT``, ``$LINK``; ``[project]``), with
hints in its author's words: these documents quote shell commands (``cosign download sbom
$IMAGE``) and names such as NATS's ``$G`` account in plain text. The self-assessment's example security links (``https://my.security.file``) are reported
even in a section left as the template wrote it (unfilled-section reports the rest of it).

A bracketed placeholder written with its brackets escaped, as editors write them so that they show
(``\\[project\\]``, ``\\[has/has not\\]``), is the placeholder.

A companion field whose value is a pattern copied with generic placeholders (the metadata
table's SBOM row ``https://github.com/<username>/<repository>/…``, a CI expression ``${{ … }}``),
inside inline code or not, is one finding at the field, naming them.

In every kind of document the author's own placeholders are found too: a date left with letters
for its unknown parts (``2025-XX-XX``, ``YYYY-MM-DD``, ``XX/XX/2025``) or a quarter or year left open
("Q? 2026", "QX 2026", "20XX"); a count left as letters ("XX adopters", "XX%", "X,XXX downloads",
"XXX contributors"; a bare "XXX" is todo-marker's note); and a stand-in in angle brackets ("<add
link>", "<insert URL>", "<your company>"), which GitHub reads as an HTML tag and does not show at
all. A date in digits, or a year or quarter alone ("Q3 2025"), is not a placeholder.

A date the template asks for, filled in without a year, is a warning at the date: the DD
template's "Met during Project's application on DD-MMM-YYYY" written "Jan. 16th" or "16 January",
the level assertion's "accepted on YYYYMMDD" written "March 3rd", an Adopter block's ``MONTH YEAR``
written "March" (``matching.asked_dates``). Quiet where the field gives a year anywhere ("16
January (the 2026 kick-off)"), for a recurring date ("every January") and for dates the template
does not ask for.

Placeholders inside an HTML comment are reported only where the comment hides a companion
section's only content (the template's "Self-assessment use", ``[project]`` and all, commented
out): once for the section, at the first, with how many there are.

In a TOC due-diligence document the Evaluation Summary's placeholders (``$TOCMEMBER``,
``$LEVEL``, ``$NOTABLES``, ``$BLOCKERS``, ``$RECOMMENDATIONS``, ``$INTERVIEWSUMMARY``,
``$CONDITIONS``) and its either/or choices (``[has/has not]``, ``[in use/too early]``) are
found too, with hints that say what the TOC member writes there. (The template's empty link to
the application issue, ``[Incubation application issue]()``, is a broken-link finding.)

In every kind of document, a contact address no one can write to is a warning at its first mention
(the same address again folded into it): a pattern ("cncf-examplo-*@lists.cncf.io"), a stand-in
where the name goes ("<maintainers>@examplo.io", "{project}-security@lists.cncf.io",
"cncf-PROJECT-security@lists.cncf.io") or a domain reserved for examples ("security@example.com"),
on a line giving it as a contact (reach, report, write to, e-mail, mailing list, disclose); not a
sign-off line ("Signed-off-by: Jane <jane@example.com>"), nor code (``text/template_addresses.py``).

Passes: ``Project Repo(s): https://github.com/example/project``
Fails: ``Project Repo(s): $URL``
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from typing import Any

from applint.findings import Finding, Severity
from applint.matching.asked_dates import find_yearless_asked_dates
from applint.matching.progress import locate
from applint.model import BlockKind
from applint.rules.context import CompanionContext, LintContext
from applint.rules.folding import everywhere_fold, passage_fold, section_folds
from applint.rules.rule import APPLICATION_FAMILIES, COMPANION_FAMILY, Rule
from applint.text.markers import (
    ANGLE_PLACEHOLDER,
    ANGLE_PLACEHOLDER_ANCHORS,
    COUNT_PLACEHOLDER,
    COUNT_PLACEHOLDER_ANCHORS,
    DATE_PLACEHOLDER,
    DATE_PLACEHOLDER_ANCHORS,
    PLACEHOLDER,
    QUARTER_PLACEHOLDER,
    QUARTER_PLACEHOLDER_ANCHORS,
)
from applint.text.normalize import normalize
from applint.text.precompiled import cached_pattern, compile_pattern

ID = "placeholder"
GENERIC = PLACEHOLDER
_INLINE_CODE = compile_pattern(r"(`+)(?:(?!\1).)+?\1")
# Front matter is read too: the issue template's `title: "[Graduation] $PROJECT …"` becomes the
# issue's title when the draft is filed.
_SKIPPED = (BlockKind.CODE, BlockKind.COMMENT)
HINTS = {
    "$PROJECT": "the project's name",
    "$URL": "a link",
    "$LIST": "the list of sub-projects",
    "$SLACK": "the project's channels",
    "$NAME": "the contact's name",
    "$EMAIL": "the contact's e-mail address",
    "$LINK": "a link to the evidence",
    "$COMPANY": "the adopting organization (or leave only the industry if it must stay anonymous)",
    "$INDUSTRY": "the adopter's industry",
    "MONTH YEAR": "the month and year the adopter started using the project",
    "DD-MMM-YYYY": "the date, e.g. 05-MAR-2025",
    "YYYYMMDD": "the date, e.g. 20250305",
}


# What the TOC member writes in place of a due-diligence template's placeholders.
DD_HINTS = {
    **HINTS,
    "$TOCMEMBER": "the TOC member(s) who did the due diligence",
    "$LEVEL": "the level applied for (Incubation or Graduation)",
    "$NOTABLES": "the criteria implementations worth calling out",
    "$BLOCKERS": "the blocking actions the project has since resolved (or say there were none)",
    "$RECOMMENDATIONS": "the TOC's non-blocking recommendations (or say there are none)",
    "$INTERVIEWSUMMARY": "what the adopter interviews showed",
    "$CONDITIONS": "the conditions for reapplying (or keep only the 'satisfied the criteria' alternative)",
    "[has/has not]": "the TOC's verdict, 'has' or 'has not'",
    "[in use/too early]": "what the interviews showed, 'in use' or 'too early'",
    "$COMPANY": "the interviewed adopter (or only its industry if it must stay anonymous)",
    "$INDUSTRY": "the adopter's industry",
    "MONTH YEAR": "the month and year of the interview",
    "$LINK": "a link to what the TOC checked",
    "[Incubation application issue]()": "the link to the application issue",
    "[Graduation application issue]()": "the link to the application issue",
}

# What the author of a companion document (GTR, governance review, self-assessment) writes there.
COMPANION_HINTS = {
    **HINTS,
    "[Project Name]": "the project's name",
    "[Level]": "the level the GTR is for (Sandbox, Incubation or Graduation)",
    "YYYY-MM-DD": "the date it was last updated",
    "$LINK": "the link to the project's self-assessment (its application)",
    "[project]": "the project's name",
    "[project milestone or other requirement]": "the milestone the review is for (Incubation or Graduation)",
    "https://my.security.file": "the link to the project's own security file (SECURITY.md), or delete the row",
    "https://example.org/config": "the link to the project's own default and optional configuration, or delete the row",
}

# A compound placeholder said as one thing: "replace it with the adopting organization and its industry".
COMPOUND_HINTS = {
    "$COMPANY/$INDUSTRY": (
        "the adopting organization and its industry ('Acme Corp/Retail'), or the industry alone "
        "if the adopter must stay anonymous"
    ),
}
DD_COMPOUND_HINTS = {
    "$COMPANY/$INDUSTRY": (
        "the interviewed adopter and its industry, or the industry alone if it must stay anonymous"
    ),
}

_COMMENT = compile_pattern(r"<!--.*?-->")
# Text every generic placeholder contains: a line holding none of these (and none of the
# template's own placeholders) is skipped before any regular expression runs.
_GENERIC_ANCHORS = ("$", "MONTH YEAR", "YYYY")

# The placeholders authors make of their own, in every kind of document: a date or quarter left as
# letters, a count left as "XX", a stand-in in angle brackets.
_AUTHORS = (DATE_PLACEHOLDER, QUARTER_PLACEHOLDER, COUNT_PLACEHOLDER, ANGLE_PLACEHOLDER)
_AUTHORS_ANCHORS = (
    *DATE_PLACEHOLDER_ANCHORS,
    *QUARTER_PLACEHOLDER_ANCHORS,
    *COUNT_PLACEHOLDER_ANCHORS,
    *ANGLE_PLACEHOLDER_ANCHORS,
)


@functools.lru_cache(maxsize=64)
def _pattern(placeholders: tuple[str, ...]) -> tuple[re.Pattern[str], tuple[str, ...]]:
    """The template's own placeholders, then every generic one and a date left as letters; and
    the anchors of all."""
    extra = [p for p in placeholders if not cached_pattern(GENERIC).fullmatch(p)]
    pattern = compile_pattern("|".join([*map(_escapable, extra), GENERIC, *_AUTHORS]))
    return pattern, _fewest((*extra, *_escaped(extra), *_GENERIC_ANCHORS, *_AUTHORS_ANCHORS))


@functools.lru_cache(maxsize=8)
def _own_pattern(placeholders: tuple[str, ...]) -> tuple[re.Pattern[str], tuple[str, ...]]:
    """A companion template's own placeholders ($PROJECT, [Level], YYYY-MM-DD, …) and a date
    left as letters ("2025-XX-XX")."""
    pattern = compile_pattern("|".join([*map(_escapable, placeholders), *_AUTHORS]))
    return pattern, _fewest((*placeholders, *_escaped(placeholders), *_AUTHORS_ANCHORS))


def _fewest(anchors: tuple[str, ...]) -> tuple[str, ...]:
    """The anchors a line is tested for, without those holding another ("-XX" and "20XX" beside
    "XX"): a line holds one of them exactly when it holds one of all, with fewer tests a line."""
    unique = tuple(dict.fromkeys(anchors))
    return tuple(a for a in unique if not any(b != a and b in a for b in unique))


def _escapable(placeholder: str) -> str:
    """A placeholder as a pattern that also finds it with its brackets escaped, as an editor or a
    converter writes them so that they show ("\\[project\\]", "\\[Project Name\\]")."""
    return re.escape(placeholder).replace("\\[", "\\\\?\\[").replace("\\]", "\\\\?\\]")


def _escaped(placeholders: tuple[str, ...] | list[str]) -> tuple[str, ...]:
    """The bracketed placeholders as written with escaped brackets: anchors of the lines to read."""
    return tuple(p.replace("[", "\\[").replace("]", "\\]") for p in placeholders if "[" in p)


def _unescaped(token: str) -> str:
    """A placeholder found with escaped brackets, named as the template writes it."""
    return token.replace("\\[", "[").replace("\\]", "]") if "\\" in token else token


def _blanked(pattern: re.Pattern[str], text: str) -> str:
    return pattern.sub(lambda m: " " * len(m.group(0)), text)


def check(ctx: LintContext | CompanionContext) -> Iterator[Finding]:
    if isinstance(ctx, CompanionContext):  # a section, or a table's example links, is one leftover
        yield from section_folds(ctx.document, list(_check(ctx)), "placeholders")
    else:
        yield from _check(ctx)
        yield from _yearless_dates(ctx)
    yield from _template_addresses(ctx)


# Why an address is no one's, in a message's words.
_ADDRESS_WHY = {
    "a pattern": "is a pattern (its '*' stands for any name), not an address anyone can write to",
    "a stand-in": "is a stand-in left where the address goes, not an address anyone can write to",
    "an example domain": "is at a domain reserved for examples, so no one can write to it",
}


def _template_addresses(ctx: LintContext | CompanionContext) -> Iterator[Finding]:
    """A contact address no one can write to ("cncf-examplo-*@lists.cncf.io", "<maintainers>@…",
    "security@example.com"): a warning at its first mention, the later ones folded into it."""
    from applint.text.template_addresses import template_addresses  # (only where a line has an "@")

    due_diligence = isinstance(ctx, LintContext) and ctx.selection.due_diligence
    readers = "readers of the due diligence" if due_diligence else "reporters and reviewers"
    for number, line in ctx.document.lines_outside(_SKIPPED):
        if "@" not in line:
            continue
        for offset, address, why in template_addresses(line):
            yield ctx.finding(
                ID,
                Severity.WARNING,
                f"the contact address '{address}' {_ADDRESS_WHY[why]}; give the real address of the list or "
                f"person to contact, so that {readers} can reach them",
                number,
                column=offset + 1,
                placeholder=address,
                **everywhere_fold(f"address:{address.lower()}"),
            )


# What the template's date placeholders ask for, in the words a message names them.
_ASKED = {"DD-MMM-YYYY": "16-JAN-2026", "YYYYMMDD": "20260116", "MONTH YEAR": "January 2026"}


def _yearless_dates(ctx: LintContext) -> Iterator[Finding]:
    """A date the template asks for ("on DD-MMM-YYYY", "MONTH YEAR") filled in without a year
    (``matching.asked_dates``): a warning at the date."""
    for date in find_yearless_asked_dates(ctx.document, ctx.template, ctx.progress.lowered_texts()):
        line, column = locate(ctx.document, date.block, date.written, set())
        reader = "a reader of the due diligence" if ctx.selection.due_diligence else "the TOC"
        yield ctx.finding(
            ID,
            Severity.WARNING,
            f'the date "{date.written}" has no year, so {reader} cannot place it; write it with its year, '
            f"as the template's {date.asked} asks (e.g. {_ASKED[date.asked]})",
            line,
            column=column,
            placeholder=date.asked,
        )


def _check(ctx: LintContext | CompanionContext) -> Iterator[Finding]:
    if isinstance(ctx, CompanionContext):  # the template's own placeholders, no $UPPER_CASE guess:
        pattern, anchors = _own_pattern(ctx.template.placeholders)  # "$IMAGE" in a shell line is real
    else:
        pattern, anchors = _pattern(ctx.template.placeholders)
    due_diligence = isinstance(ctx, LintContext) and ctx.selection.due_diligence
    hint_of = COMPANION_HINTS if isinstance(ctx, CompanionContext) else DD_HINTS if due_diligence else HINTS
    heading_ends: dict[int, int] | None = None
    untouched: set[int] | None = None
    for number, line in ctx.document.lines_outside(_SKIPPED):
        if not any(anchor in line for anchor in anchors):
            continue
        addresses_only = False  # in a section left as the template wrote it: only its example links
        if isinstance(ctx, CompanionContext):  # (the rest is unfilled-section's)
            if untouched is None:
                blocks = ctx.document.blocks
                untouched = {
                    line_number
                    for index in ctx.reading.untouched_blocks()
                    for line_number in range(blocks[index].line, blocks[index].end_line + 1)
                }
            if number in untouched:
                if "http" not in line:
                    continue
                addresses_only = True
        text = _blanked(_INLINE_CODE, line) if "`" in line else line
        text = _blanked(_COMMENT, text) if "<!--" in text else text
        # An empty template link ("[Incubation application issue]()") is broken-link's finding.
        # A link reference definition ("[project milestone or other requirement]: https://…")
        # is the template's link target, invisible on the page.
        compounds = [
            (start, tokens)
            for start, tokens in _compounds(pattern, text)
            if not tokens[0].endswith("()")
            and not _reference_definition(text, start, tokens[-1])
            and (not addresses_only or tokens[0].startswith("http"))
        ]
        if not compounds:
            continue
        names = ["/".join(tokens) for _, tokens in compounds]
        compound_of = DD_COMPOUND_HINTS if due_diligence else COMPOUND_HINTS
        hints = list(
            dict.fromkeys(
                hint
                for name, (_, tokens) in zip(names, compounds, strict=True)
                for hint in (
                    [compound_of[name]] if name in compound_of else [_hint(hint_of, t) for t in tokens]
                )
            )
        )
        quoted = ", ".join(f"'{name}'" for name in names)
        # One placeholder, even a compound one ('$COMPANY/$INDUSTRY'), is "it".
        replace = f"replace {'them' if len(names) > 1 else 'it'} with {' and '.join(hints)}"
        # A due-diligence summary sentence holds many placeholders: say which is which.
        if due_diligence and len(hints) > 1:
            tokens = dict.fromkeys(t for _, group in compounds for t in group)
            replace = "replace " + "; ".join(f"'{t}' with {_hint(hint_of, t)}" for t in tokens)
        if heading_ends is None:  # (a companion document has no Adopter blocks)
            heading_ends = _unfilled_headings(ctx, pattern) if isinstance(ctx, LintContext) else {}
        extra: dict[str, Any] = (
            {"heading_end": heading_ends[number]}
            if number in heading_ends
            else passage_fold(ctx.document, number, names)
        )
        yield ctx.finding(
            ID,
            Severity.ERROR,
            f"{_noun(names)}{'s' if len(names) > 1 else ''} {quoted} left in; {replace}",
            number,
            column=compounds[0][0] + 1,
            placeholder=names[0],
            placeholders=names,
            facet=f"{quoted} left in ({ctx.document.unit.value} {number})",
            **extra,
        )
    if isinstance(ctx, CompanionContext) and ctx.template.placeholders:
        yield from _hidden_section_placeholders(ctx, pattern)
    if isinstance(ctx, CompanionContext):
        yield from _generic_field_placeholders(ctx)


def _generic_field_placeholders(ctx: CompanionContext) -> Iterator[Finding]:
    """A field whose value is a pattern copied with its placeholders (the SBOM row's
    ``https://github.com/<username>/<repository>/…``, in code or not): one finding at the field."""
    for field in ctx.reading.fields:
        names = field.placeholders()
        if not names:
            continue
        quoted = ", ".join(f"'{_shown(name)}'" for name in names)
        yield ctx.finding(
            ID,
            Severity.ERROR,
            f"the '{field.field.label}' value still holds placeholder{'s' if len(names) > 1 else ''} "
            f"{quoted}: it is a pattern copied from elsewhere, not a link a reader can open; "
            "replace it with the project's own",
            field.line,
            placeholder=names[0],
            placeholders=list(names),
            facet=f"{quoted} left in ({ctx.document.unit.value} {field.line})",
        )


def _shown(name: str) -> str:
    """A placeholder as a message names it: a CI expression by its brackets alone."""
    return name.partition("{{")[0] + "{{ … }}" if "{{" in name else name


def _hidden_section_placeholders(ctx: CompanionContext, pattern: re.Pattern[str]) -> Iterator[Finding]:
    """One finding per section whose only content is a comment holding the template's
    placeholders ("Self-assessment use" commented out with its "[project]"s): at the first, with
    how many there are; taken out of the comment, the text would show them all."""
    lines = ctx.document.source_lines
    blocks = ctx.document.blocks
    for bare in ctx.bare_headings:
        found = [
            (number, match.start(), match.group(0))
            for index in bare.comments
            for number in range(blocks[index].line, blocks[index].end_line + 1)
            for match in pattern.finditer(lines[number - 1])
        ]
        if not found:
            continue
        number, start, token = found[0]
        title = blocks[bare.block].text
        unit = ctx.document.unit.value
        times = f" ({len(found)} times, {unit}s {number}–{found[-1][0]})" if len(found) > 1 else ""
        hint = COMPANION_HINTS.get(token, "real content")
        yield ctx.finding(
            ID,
            Severity.ERROR,
            f"template placeholder '{token}' left in the text of '{title}', which is inside an HTML comment"
            f"{times}: take the text out of the comment and replace it with {hint}",
            number,
            column=start + 1,
            placeholder=token,
            placeholders=[token],
        )


def _unfilled_headings(ctx: LintContext, pattern: re.Pattern[str]) -> dict[int, int]:
    """Headings whose block is still the template's, by heading line: the last line of the block
    (up to the next heading), when everything under the heading is placeholders or template guidance
    ("If the Adopting organization needs to remain anonymous, …", "MONTH YEAR")."""
    guidance = [normalize(text) for text, is_comment in ctx.template.guidance if not is_comment]
    blocks = ctx.document.blocks
    found: dict[int, int] = {}
    for index, heading in enumerate(blocks):
        if heading.kind is not BlockKind.HEADING or not pattern.search(heading.text):
            continue
        end = index + 1
        while end < len(blocks) and blocks[end].kind is not BlockKind.HEADING:
            end += 1
        body = [b for b in blocks[index + 1 : end] if b.kind is not BlockKind.COMMENT]
        if body and all(
            not normalize(pattern.sub(" ", b.text)) or any(g and g in normalize(b.text) for g in guidance)
            for b in body
        ):
            found[heading.line] = body[-1].end_line
    return found


def _noun(names: list[str]) -> str:
    """What the placeholders are called: a date, a count or a stand-in the author left is not the
    template's."""
    kinds = {_own_kind(name) for name in names}
    if len(kinds) == 1:
        return {
            "date": "unfilled date",
            "count": "unfilled number",
            "angle": "stand-in",
            "": "template placeholder",
        }[kinds.pop()]
    return "template placeholder" if "" in kinds else "placeholder"  # (a mix of the author's own)


def _own_kind(token: str) -> str:
    """Which of the author's own placeholders a token is ("date", "count", "angle"), or "" for a
    template's."""
    if cached_pattern(DATE_PLACEHOLDER).fullmatch(token) or cached_pattern(QUARTER_PLACEHOLDER).fullmatch(
        token
    ):
        return "date"
    if cached_pattern(COUNT_PLACEHOLDER).fullmatch(token):
        return "count"
    if cached_pattern(ANGLE_PLACEHOLDER).fullmatch(token):
        return "angle"
    return ""


def _hint(hints: dict[str, str], token: str) -> str:
    """What the author writes in place of a placeholder (a date left as letters: the date itself)."""
    if token in hints:
        return hints[token]
    kind = _own_kind(token)
    if kind == "date":
        if token.startswith("Q"):
            return "the quarter itself (e.g. Q3 2026)"
        return "the date itself, in full (e.g. 2025-03-05)"
    if kind == "count":
        return "the number itself"
    if kind == "angle":
        wanted = (
            "the link" if any(word in token.lower() for word in ("link", "url")) else "what it stands for"
        )
        return f"{wanted} (GitHub shows nothing for {token}: it reads as an HTML tag)"
    return "real content"


def _reference_definition(text: str, start: int, token: str) -> bool:
    """True when a bracketed placeholder opens the line as a link reference definition."""
    after = text[start + len(token) :]
    return token.startswith("[") and not text[:start].strip() and after[:1] == ":" and not after[1:2].strip()


def _compounds(pattern: re.Pattern[str], text: str) -> list[tuple[int, list[str]]]:
    """(offset, tokens) of each placeholder, with ``$COMPANY/$INDUSTRY``-style pairs as one."""
    found: list[tuple[int, list[str]]] = []
    previous_end = -1
    for match in pattern.finditer(text):
        token = _unescaped(match.group(0))
        if found and text[previous_end : match.start()].strip() == "/":
            found[-1][1].append(token)
        else:
            found.append((match.start(), [token]))
        previous_end = match.end()
    return found


RULE = Rule(
    ID,
    Severity.ERROR,
    "A template placeholder is left in the document.",
    check,
    __doc__ or "",
    families=APPLICATION_FAMILIES | COMPANION_FAMILY,
)
