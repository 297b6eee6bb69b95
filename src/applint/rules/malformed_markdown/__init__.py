"""malformed-markdown: Markdown that renders other than its author meant: an empty bullet, or
emphasis markers shown as written.

Why: the TOC reads the rendered page, on GitHub. A blank bullet in a list of actions, or
``**Note:**text`` showing its asterisks, reads as an unfinished or careless document, and the
reviewer asks for it to be fixed before reading further. Applications, DD documents and the
companion documents (GTR, governance review, self-assessment) alike.

Severity: warning (a rendering slip; nothing is lost). One finding per slip: per empty item, and
per paragraph or list item for emphasis (the markers of one broken pair share a finding).

Finds: a line of the template's project facts (``Communication: …``, ``Project Site: …``,
``Project points of contacts: …``) written right after a list (the Sub-Projects' repositories)
with no blank line between: GitHub joins it to the last item (a lazy continuation), so it reads
as part of that bullet; likewise, in any document, a short label line for the list that starts
right below it (``- Twitter: @rook_io`` / ``Mailing lists`` / ``* cncf-rook-security@…``); a line
opening with a label and its value written between list items that open so, without a marker of its
own (``* Best Programming Practices: …`` / ``Data Handling and Privacy: …`` / ``* Use of TLS: …``),
which renders as the end of the item above (one finding for the document, "also at" the others; not
after an item ending in a colon, whose detail it is, nor after the item's own prose); list items
written as a short title with their text on the very next line, neither indented nor after a blank
line (``1. Make security a design requirement`` / ``Security measures have been …``), which render as
one run-on paragraph, where a document writes two or more items so (one finding, "also at" the
others); a title-case label left after a list item's last sentence, right before a heading
(``Discard and log … fails.`` / ``Tampering`` / then ``##### Threat-03-T …``), which renders as the
end of that sentence (one finding, "also at" the others); a list item with nothing after its marker (``- `` alone on a line between items); a ``*``
or ``+`` alone on a line inside a paragraph, an empty item that shows as a stray ``*`` at the end
of the line above; ``**`` or ``__`` that do not pair up (``**text`` never closed, ``** text**``
with a space inside, ``**Note:**text`` closed against a word, ``__bold_``), or a single marker
left beside the emphasis that took the rest (``**text*``, ``**bold***``), or an italic opened and
never closed, at a paragraph's start (``_Emily Fox conducted …`` to the paragraph's end) or inside it
(``… agreed to *publish the roadmap …``, ``_"The easiest way …``, a Google Docs export's ``_Eg. _``),
and a lone ``*`` left at a line's end (not a footnote's mark or note: ``Examplo Corp*`` above
``*Joined in 2024``; not a glob, ``*.yaml``, a wildcard, ``*nix``, a product, ``2 * 3``, nor a name,
``_id``, ``_total``); a link
glued to the word before it with its space inside the brackets (``the[ VEX document](…)``); a
field's link in a second pair of brackets (``Website: [[Project Website](…)]``), shown as written
(not a reference cited so after a sentence, ``… in production [[adopters](…)].``); a
checkbox GitHub does not render (``[X]]``, ``[[ ]``, ``[ x]``); a sentence cut across two bullets
of one list (``- … are hosted on`` / ``- GitHub, making it …``); a one-line paragraph right under
a heading that only repeats it (``### Communication Channels`` / ``kcp Communication Channels``);
a fenced code block in a list item whose lines sit left of the item's text, which GitHub cuts off
there (at the block's opening fence); a bold label ("**SLSA 3 compliance**") or a list item's bold
question with no blank line after it, so it runs into its text (the answer glued to the question),
where the document's other labels of that kind (twice as many) stand alone;
a table GitHub shows as text with pipes: its rows run together on one line (``| | \\-- | \\-- | |
Stage | Incomplete | | Software | …``, as an export leaves it), rows with no separator row
(``| --- | --- |``) under the first, or a separator row with a different number of cells from the
row above; a link whose text opens with a heading's marks (``[## Security](#security)``); a
bullet with a stray character before its marker (``[*   Known issues: …``), which runs into the
item above; a command-line flag in a code span whose ``--`` an editor turned into a dash
(```—allow-resource-types```); a heading with no words whose title is the bold line under it
(``## `` then ``**Metadata**``, as Google Docs exports write them: one finding for the document,
the reader takes the bold line as the heading's title); a list item indented under the item above it but short of that
item's text (``1. Pre-installation`` then ``  * Set up NTP``), which renders as a list of its own
beside the number instead of nested; list items indented four spaces after a paragraph, which
render as a code block, and lines of text indented so (``        Deviation from expected
behavior: …`` pasted with its indentation), not a footnote's text; in an application or DD document, a table row holding nothing (``| | |``),
shown as a blank row: one finding per table (a companion's are unfilled-field's); a character
that does not show left in the prose (a zero-width space, a word joiner, a byte order mark inside
the text, a zero-width joiner or non-joiner between Latin letters), as pasted or generated text
leaves it: one finding for the document, "also at" its other lines (one in a link's address is
broken-link's); an advisory's title line ("[**CVE-2021-20206**](…) (CVSS 7.2) Arbitrary path
injection") with its description on the very next line, which renders as one paragraph (not in an
issue body, where the line ends break; not a title ending in punctuation or set in bold); two
paragraphs typed on consecutive lines (each a long line holding sentences of its own), which render
as one, and a sentence with no full stop whose next line opens a new one ("… review and discussion"
/ "The process involves …"), which runs into it, and, in a document writing each paragraph on one
line set apart by blank lines (never wrapping its prose), two lines typed with no blank line between,
the first without a full stop ("… for full use cases and details" / "Additional adopters …") or
either holding sentences of its own (not hard-wrapped prose, one sentence a line, a
line break, a label's line, an address, a name such as "The Update Framework", nor in an issue
body); a sentence cut in two by a blank line ("… (A total budget spent" / "" / "on the project
amounted to …"), whose first half renders as a paragraph stopping mid-sentence (in an application
or DD document a stop on "in", "to" … is unfinished-sentence's); a table at the margin between a list item's text and more of it (the item's
paragraph, the table, then a paragraph indented again or the list's next bullet), which ends the
list and renders outside the item; a numbered list written "1." throughout that a table at the margin cuts in two, the item after it
shown as 1 again (not a table indented into the item); a paragraph indented to the text of the
last of an item's plain sub-items, which renders inside that sub-item instead of as the item's text
(a DD evaluation taken into the last sub-point), where the document's other items set such text at
their own column, or the item's own text above leads into the sub-items as a list (not under
sub-items that are boxes or bold titles, whose answers sit under them); an ordered list whose numbers
GitHub shows other than written ("1." "2." "1.": a list counts on from its first number), not one
written "1." throughout, nor lists a heading or paragraph splits; each one finding per document,
"also at" the others; a long machine listing pasted as prose (twenty lines or more of YAML, such as a
bill of materials's ``- name: x`` / ``  version: y`` / ``  license: null``, of JSON, or of a
dependency list, ``github.com/foo/bar v1.2.3``), outside a code block, which GitHub runs together
into one list or paragraph: one finding at its first line naming its extent (not a list of a
person's labels, "- slack: #kelpie", whose keys do not repeat as records' do). Read from the Markdown parse, so only markers the renderer really shows count; a slip
of tables, heading marks, dashed flags or nesting found again elsewhere in the document is one finding, "also at"
the others.

Leaves alone: code spans and fenced code, HTML blocks, tables GitHub renders (a header row
without outer pipes, body rows with a cell more or less, a row the table goes on with), a lone row
of pipes, ``[#123](…)`` links, escaped markers (``\\*\\*``), markers
inside a word (``E__F__K``, ``snake__case``, ``2**10``), globs and paths (``**/*.md``), ``a ** b``,
emphasis spanning lines, task boxes (``[ ]``, ``[x]``), a name opening with ``_`` (``_config.yml``),
a list a sentence leads into (``It is recommended to`` then ``* Set up …``), a label item
(``- Built on``), an item's own text wrapped onto an unindented line (``- [ ]``); in an application or DD document, an empty
bullet under a heading where the template itself leaves one to fill (the Adoption Assertion's
``*``): the template's own, which ``adopters`` and ``empty-section`` report when unfilled. DOCX and plain text carry no Markdown.

Passes: ``**Governance:** see GOVERNANCE.md``. Fails: ``**Governance:**see GOVERNANCE.md``; a
``- `` left between two actions of a DD's list.
"""

from __future__ import annotations

from collections.abc import Iterator

from applint.findings import Finding, Severity
from applint.rules.context import DocumentContext
from applint.rules.rule import ALL_FAMILIES, Rule

ID = "malformed-markdown"


def check(ctx: DocumentContext) -> Iterator[Finding]:
    """The slips the Markdown parse recorded (``slips``), then, in a Markdown document, the shapes
    of its blocks that render other than meant (``shapes``). Each pass is imported only where it
    has something to read: a DOCX or text document has no slip and no shape of Markdown. (Each pass
    module takes ``ID`` from this one, so none is imported at its top.)"""
    if ctx.document.slips:
        from applint.rules.malformed_markdown.slips import slip_findings

        yield from slip_findings(ctx)
    if ctx.document.format == "markdown":
        from applint.rules.malformed_markdown.shapes import shape_findings

        yield from shape_findings(ctx)


RULE = Rule(
    ID,
    Severity.WARNING,
    "Markdown renders other than meant: an empty bullet, emphasis markers shown as written, a broken box.",
    check,
    __doc__ or "",
    families=ALL_FAMILIES,
)
