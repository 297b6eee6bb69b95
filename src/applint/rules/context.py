"""What a rule is given: the document, the chosen template, the mapping between them, options."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from collections.abc import Mapping as MappingABC
from typing import TYPE_CHECKING, Any, Final

from applint.findings import Finding, Severity
from applint.matching.adoption import Adoption, read_adoption
from applint.matching.checkout import find_checkout
from applint.matching.detection import Selection, close_revisions
from applint.matching.dropped_wording import DroppedWording, find_dropped_wording
from applint.matching.evidence import Evidence, collect_evidence
from applint.matching.fact_records import Fact
from applint.matching.facts import find_facts
from applint.matching.linked import LinkedCompanion, linked_companions
from applint.matching.mapping import Mapping
from applint.matching.progress import Note, Progress
from applint.matching.project_links import ProjectLinks
from applint.matching.restatement import Beyond, restatements
from applint.matching.stray_headings import stray_headings
from applint.matching.structure import Section
from applint.matching.sub_boxes import SubBoxes, find_sub_boxes
from applint.model import EMPTY_MAPPING, Block, BlockKind, Document, Unit
from applint.templates.records import Criterion, Template
from applint.text.joined import JoinedTexts
from applint.text.patterns import LazyPattern

if TYPE_CHECKING:
    # The companion documents' reading, imported by a companion check only (an application's check
    # never reads a companion template: ~10 M instructions of modules it would not use).
    from applint.matching.companion_headings import BareHeading
    from applint.matching.companions import CompanionReading, ItemFound
    from applint.matching.hidden_comments import HiddenComments
    from applint.matching.hidden_parts import HiddenPart
    from applint.matching.link_resolution import LinkResolution
    from applint.matching.note_answers import NoteAnswer
    from applint.matching.question_gaps import QuestionGaps
    from applint.templates.companions import CompanionTemplate

# An item the applicant marked as the TOC's to tick ("Due Diligence Review (to be done by TOC)").
_TOC_BOX = LazyPattern(
    r"\b(?:to be|will be)\s+(?:done|completed|filled(?:\s+in)?|ticked|checked|verified)\s+by\s+(?:the\s+)?TOC\b"
    r"|\(\s*(?:for\s+(?:the\s+)?)?TOC(?:\s+only|\s+use)?\s*\)|\bTOC\s+to\s+(?:complete|tick|verify)\b",
    re.IGNORECASE,
)


# A DOCX or text export says which criteria are ticked when at least this share of the criteria
# found carry a checkbox.
BOXED_SHARE = 0.5
# Fewer criteria than this found: too little of the template to say a DD's boxes were taken out.
_FEW_CRITERIA = 5


class DocumentContext:
    """What every rule reads of any document, whatever its family: the document, the options, and
    its links into the git checkout it sits in. Rules for every family (the link rules, the
    Markdown slips) take this; the families' own contexts below add their templates.

    A plain class (not a record) because what several rules derive is cached on the instance.
    """

    def __init__(
        self,
        document: Document,
        options: MappingABC[str, Any] = EMPTY_MAPPING,
        verbose: bool = False,
        check_links: bool = False,
    ) -> None:
        self.document: Final = document
        self.options: Final = options
        self.verbose: Final = verbose
        self.check_links: Final = check_links  # --check-links: dead-link may ask the network

    @functools.cached_property
    def link_resolution(self) -> LinkResolution | None:
        """The document's links into its own git checkout, resolved against the working tree
        (computed once); None for a document in no checkout, which then costs a few ``stat``s."""
        checkout = find_checkout(self.document.path)
        if checkout is None:
            return None
        from applint.matching.link_resolution import resolve_links

        return resolve_links(self.document, checkout)

    @functools.cached_property
    def links(self) -> ProjectLinks:
        """The project's own repositories and every link of the document, with labels and kinds."""
        return ProjectLinks(self.document)

    @functools.cached_property
    def facts(self) -> list[Fact]:
        """The dates, issue and pull request numbers and counts the document states, each with what
        it is of (matching.facts), in document order."""

        return find_facts(self.document, self.joined_text)

    @functools.cached_property
    def joined_text(self) -> JoinedTexts:
        """The blocks' texts joined, for rules that look for the few blocks naming something."""
        return JoinedTexts([block.text for block in self.document.blocks])

    def where(self, position: int) -> str:
        """'line 12' or 'paragraph 12', in the document's own unit."""
        return f"{self.document.unit.value} {position}"

    def finding(
        self,
        rule: str,
        severity: Severity,
        message: str,
        at: Block | int | None,
        column: int | None = None,
        section: str | None = None,
        **details: Any,
    ) -> Finding:
        """A finding located at a block (or a line/paragraph number) in the document's own unit."""
        position = at.line if isinstance(at, Block) else at
        if self.document.unit is Unit.PARAGRAPH:
            return Finding(rule, severity, message, None, column, position, section, details)
        return Finding(rule, severity, message, position, column, None, section, details)


class LintContext(DocumentContext):
    """Everything a rule for an application or a DD document reads. Rules never re-parse text:
    what they need belongs in the model."""

    def __init__(
        self,
        document: Document,
        selection: Selection,
        mapping: Mapping,
        follows_template: bool,
        options: MappingABC[str, Any] = EMPTY_MAPPING,
        verbose: bool = False,
        check_links: bool = False,
    ) -> None:
        super().__init__(document, options, verbose, check_links)
        self.selection: Final = selection
        self.mapping: Final = mapping
        self.follows_template: Final = follows_template

    @property
    def template(self) -> Template:
        return self.selection.template

    @functools.cached_property
    def evidence(self) -> dict[str, Evidence]:
        """The evidence under every matched criterion (computed once, for every rule that asks)."""
        return collect_evidence(self.document, self.template, self.mapping)

    @functools.cached_property
    def sub_boxes(self) -> dict[str, SubBoxes]:
        """The sub-boxes under every matched criterion that has any (computed once)."""
        statements = set(self.mapping.criteria.values())
        found: dict[str, SubBoxes] = {}
        for criterion in self.template.criteria:
            index = self.mapping.criteria.get(criterion.id)
            evidence = self.evidence.get(criterion.id)
            if index is None or evidence is None:
                continue
            answer = {id(block) for block in evidence.blocks}
            boxes = find_sub_boxes(self.document, index, statements, criterion, answer)
            if boxes.boxes:
                found[criterion.id] = boxes
        return found

    @functools.cached_property
    def dropped_wording(self) -> list[DroppedWording]:
        """The criteria an application copied with part of the template's words or sub-items left
        out (none for a due-diligence document, whose criteria are the TOC's to word)."""
        if self.selection.due_diligence or not self.follows_template:
            return []
        return find_dropped_wording(self.document, self.template, self.mapping)

    @functools.cached_property
    def restatements(self) -> dict[str, Beyond]:
        """The claimed criteria whose evidence only says the criterion again, nothing a reviewer can
        check (an application's: a due-diligence evaluation is the TOC member's judgement).
        Claimed: ticked, or, in an export that dropped the boxes, a Required criterion (as
        criterion-without-evidence holds an unanswered one there: a Suggested one may be left
        open)."""
        if self.selection.due_diligence:
            return {}
        claimed = [
            criterion
            for criterion in self.template.criteria
            if criterion.id in self.evidence
            and self._claimed(criterion, self.evidence[criterion.id].statement)
            and self.evidence[criterion.id].covered_by is None
            and self.asks_for_evidence(criterion)
        ]
        return restatements(self.document, self.template, self.evidence, claimed)

    def _claimed(self, criterion: Criterion, statement: Block) -> bool:
        if statement.checked is None and not self.ticks_known:
            return criterion.required
        return bool(statement.checked)

    @functools.cached_property
    def linked_companions(self) -> tuple[LinkedCompanion, ...]:
        """The GTR, governance review and self-assessment the document links that are in the
        checkout (an application's; a due-diligence document's companions are not followed)."""
        return () if self.selection.due_diligence else linked_companions(self.document)

    @functools.cached_property
    def ticks_known(self) -> bool:
        """Whether the document says which criteria are ticked. Markdown always can (a criterion
        without a box is unticked); a DOCX or text export only when at least half the criteria
        found carry a box: a writer that drops task-list boxes (LibreOffice) still leaves a
        stray ``[x]`` typed into a paragraph, and a document that says nothing about ticks
        must not have each present criterion called unticked."""
        capabilities = self.document.capabilities
        if not capabilities.checkboxes or not capabilities.checkboxes_droppable:
            return capabilities.checkboxes
        blocks = self.document.blocks
        found = list(self.mapping.criteria.values())
        boxed = sum(1 for index in found if blocks[index].is_checkbox)
        return boxed >= BOXED_SHARE * len(found)

    @functools.cached_property
    def criteria_without_boxes(self) -> list[Block]:
        """The criteria statements of a Markdown document whose criteria mostly carry no checkbox,
        in document order (empty when the boxes are there, or the format may have dropped them):
        a DD written "- **…**" where the template writes "- [ ] **…**" (unmet-criteria and
        contradictory-assertion both read it; computed once)."""
        capabilities = self.document.capabilities
        if not capabilities.checkboxes or capabilities.checkboxes_droppable or not self.follows_template:
            return []
        blocks = self.document.blocks
        found = list(self.mapping.criteria.values())
        if len(found) < _FEW_CRITERIA or sum(
            1 for index in found if blocks[index].is_checkbox
        ) >= BOXED_SHARE * len(found):
            return []
        return sorted(
            (blocks[index] for index in found if not blocks[index].is_checkbox), key=lambda block: block.line
        )

    def ticked_by_toc(self, criterion: Criterion) -> bool:
        """True for a box the TOC ticks itself: the template says so, or the applicant marked it."""
        if criterion.completed_by == "toc":
            return True
        index = self.mapping.criteria.get(criterion.id)
        text = self.document.blocks[index].text if index is not None else ""
        return "TOC" in text.upper() and _TOC_BOX.search(text) is not None

    def asks_for_evidence(self, criterion: Criterion) -> bool:
        """Whether the applicant must write evidence under a criterion (not assertions, not TOC boxes)."""
        return criterion.needs_evidence and not self.ticked_by_toc(criterion)

    @functools.cached_property
    def progress(self) -> Progress:
        """Which criterion owns each evidence block, and the notes and "not yet" in its evidence."""
        return Progress(self.document, self.template, self.evidence)

    @functools.cached_property
    def project_name(self) -> str:
        """The project's name as the document's title gives it, or ""."""
        from applint.matching.project_name import project_name  # few rules ask, on few documents

        return project_name(self.document)

    @functools.cached_property
    def adoption(self) -> Adoption | None:
        """The Adoption Assertion as written (None when the template or the document has none)."""
        return read_adoption(self.document, self.template, self.mapping)

    @functools.cached_property
    def criteria_in_doubt(self) -> frozenset[str]:
        """The chosen DD template's criteria that another DD revision scoring close to it lacks.

        DD revisions differ by little more than a criterion added or dropped, so the document's
        score often cannot tell them apart; a criterion one of them never asked for may not have
        been in the template the TOC member wrote from. Empty for an application."""
        if not self.selection.due_diligence:
            return frozenset()
        close = close_revisions(self.selection)
        if len(close) < 2:
            return frozenset()
        everywhere = frozenset.intersection(*(frozenset(c.id for c in each.criteria) for each in close))
        return frozenset(c.id for c in self.template.criteria) - everywhere

    def asks_for(self, criterion: Criterion) -> bool:
        """Whether the document is held to a criterion: every criterion it states, and every one its
        template surely asked for (not one in doubt between close DD revisions)."""
        return criterion.id in self.mapping.criteria or criterion.id not in self.criteria_in_doubt

    @functools.cached_property
    def links(self) -> ProjectLinks:
        """As for any document, but an application's repositories are its Project Repo line's alone."""
        return ProjectLinks(self.document, most_linked=self.selection.due_diligence)

    @functools.cached_property
    def stray_headings(self) -> dict[int, tuple[str, Section]]:
        """Headings of template sections written again where the mapping took them for no section."""
        return stray_headings(self.document, self.template, self.mapping)

    def expects(self, section_id: str) -> bool:
        """False for a section a TOC due-diligence document leaves out (and what lies inside it)."""
        if not self.selection.due_diligence:
            return True
        return not any(section.application_only for section in self.template.lineage(section_id))


class CompanionContext(DocumentContext):
    """What a rule for a companion document (GTR, governance review, self-assessment) reads: the
    document, its template, and what the author answered of it (matching.companions)."""

    family: Final = "companion"

    def __init__(
        self,
        document: Document,
        reading: CompanionReading,
        options: MappingABC[str, Any] = EMPTY_MAPPING,
        verbose: bool = False,
        check_links: bool = False,
    ) -> None:
        super().__init__(document, options, verbose, check_links)
        self.reading: Final = reading
        self._notes: dict[int, list[Note]] = {}

    def notes(self, block: Block) -> list[Note]:
        """The notes to the author in a block (found once per block, whichever rule asks first)."""
        found = self._notes.get(id(block))
        if found is None:
            from applint.matching.companion_notes import companion_notes

            found = self._notes[id(block)] = companion_notes(block, self.template)
        return found

    @property
    def template(self) -> CompanionTemplate:
        return self.reading.template

    @property
    def bare_headings(self) -> tuple[BareHeading, ...]:
        """The headings that render with nothing under them."""
        return self.reading.bare_headings

    @functools.cached_property
    def hidden_parts(self) -> tuple[HiddenPart, ...]:
        """The outline parts left only as hidden prompts in written sections (computed once)."""
        from applint.matching.hidden_parts import hidden_parts

        bare = frozenset(heading.block for heading in self.reading.bare_headings)
        return hidden_parts(self.document, self.reading.hidden, bare)

    @functools.cached_property
    def note_answers(self) -> tuple[NoteAnswer, ...]:
        """The GTR questions of required days answered only with notes to the author (computed once)."""
        from applint.matching.note_answers import note_answers

        return note_answers(self.document, self.reading, self.notes)

    @functools.cached_property
    def question_gaps(self) -> QuestionGaps:
        """The GTR questions written sections leave out or keep only in a comment (computed once)."""
        from applint.matching.question_gaps import question_gaps

        return question_gaps(self.document, self.reading)

    @functools.cached_property
    def hidden_comments(self) -> HiddenComments:
        """The template's guidance and the author's drafts kept in HTML comments beside shown text,
        leaving out the comments other findings speak for (computed once)."""
        from applint.matching.hidden_comments import HiddenComments, hidden_comments
        from applint.matching.hidden_template import is_published_comment

        if self.document.format != "markdown":  # a comment in a DOCX or text export shows as text
            return HiddenComments((), ())
        blocks = self.document.blocks
        kind = self.template.kind
        published = frozenset(
            number
            for number, block in enumerate(blocks)
            if block.kind is BlockKind.COMMENT and is_published_comment(block.text, kind)
        )
        reported = {comment for bare in self.reading.bare_headings for comment in bare.comments}
        reported.update(part.comment for part in self.hidden_parts)
        reported.update(hidden.comment for hidden in self.question_gaps.hidden)
        return hidden_comments(self.document, kind, self.reading.hidden, published, frozenset(reported))

    def line_of(self, block: int) -> int:
        """The line (or paragraph) a block of the document starts at."""
        return self.document.blocks[block].line

    def unanswered(self, role: str) -> Iterator[tuple[ItemFound, str]]:
        """Each template item of ``role`` ("criterion", "intro", …) left unanswered, with the
        title of the section it stands in."""
        for found in self.reading.items:
            if found.item.role == role and not found.answered:
                yield found, self.template.sections_by_id[found.item.section_id].title
