"""A companion template's sections by title and its items by their first words, for reading a
document against it: which template section a heading names, and which template item a block is
(or opens with), how many words the author added, and what of a question a cut-short wording
leaves out, and the sub-questions a parent question's paragraph holds whole.
"""

from __future__ import annotations

from applint.matching.partial_answers import cut_short
from applint.templates.companions import CompanionSection, CompanionTemplate, Item
from applint.text.normalize import content_words, normalize, normalize_title
from applint.text.similarity import dice

# A block that differs from the template's text only by this much is the template's text.
SAME_TEXT = 0.85
# A block that is the opening of an outline paragraph, this many words or more, with the rest (its
# example) dropped, is that paragraph ("The intended goals of the projects including the security
# guarantees the project is meant to provide" without "(e.g., Flibble …)").
OPENING_WORDS = 8


class ItemIndex:
    """The template's sections by title and its items by their first words, for one reading."""

    def __init__(self, template: CompanionTemplate) -> None:
        self.template = template
        self.by_title: dict[str, list[CompanionSection]] = {}
        for section in template.sections:
            self.by_title.setdefault(normalize_title(section.title), []).append(section)
        self.items: dict[str, list[tuple[str, Item]]] = {}
        # A criterion's level line ("Incubating: Suggested | Graduated: Required") on its line
        # is the template's too, not an answer.
        self.labels = frozenset(normalize(item.text) for item in template.items if item.role == "label")
        # A field still as the template wrote it ("Languages | Language(s) the project is written
        # in.") is the template's text, not the author's: unfilled-field reports it.
        fields = (
            Item(f"{field.label} | {field.template_value}", "label", field.section_id)
            for field in template.fields
            if field.template_value
        )
        # Each section's outline text by its words, for a block that rewords its opening (the
        # Appendix's "[CII Best Practices](…)." where the template now links "Open SSF Best Practices").
        self.outline: dict[str, list[tuple[frozenset[str], Item]]] = {}
        for item in (*template.items, *fields):
            norm = normalize(item.text)
            self.items.setdefault(" ".join(norm.split()[:2]), []).append((norm, item))
            if item.role == "guidance":
                self.outline.setdefault(item.section_id, []).append((content_words(item.text), item))

    def section(self, title: str, current: str | None) -> CompanionSection | None:
        """The template section a heading names; of equal titles, the one in the current day."""
        candidates = self.by_title.get(normalize_title(title))
        if not candidates:
            return None
        if current is not None and len(candidates) > 1:
            group = self.template.group_of(current).id
            for candidate in candidates:
                if self.template.group_of(candidate.id).id == group:
                    return candidate
        return candidates[-1] if current is not None and len(candidates) > 1 else candidates[0]

    def item(self, text: str, section_id: str | None) -> tuple[Item | None, int, str]:
        """The template item a text is (or starts with), how many words the author added, and
        what of a question the text leaves out when it is that question cut short."""
        norm = normalize(text)
        words = norm.split()
        candidates = self.items.get(" ".join(words[:2]), ())
        best: tuple[float, int, Item, str] | None = None
        for item_norm, item in candidates:
            cut = ""
            if norm == item_norm or norm.startswith(item_norm + " "):
                remainder = norm[len(item_norm) :].strip()
                score, rest = 1.0, 0 if remainder in self.labels else len(remainder.split())
                if rest and item.role == "boilerplate" and item.section_id != section_id:
                    # A table of contents' entry ("Non-goals") opening a sentence elsewhere: the
                    # weakest of matches, below any outline text the sentence is.
                    score = SAME_TEXT - 0.05
            else:
                score = dice(content_words(text), content_words(item.text))
                rest = 0
                # A question's opening is that question with the rest left out, however close its
                # words come to the whole ("Describe the project's resource requirements" without
                # ", including CPU, Network and Memory"): what it leaves out is known either way.
                shortened = cut_short(text, item.text) if item.role == "question" else None
                if score < SAME_TEXT and _opening(words, item_norm, item):
                    score = SAME_TEXT
                elif score < SAME_TEXT:
                    if shortened is None:
                        continue
                    score, cut = SAME_TEXT, shortened
                elif shortened:
                    cut = shortened
            # Of equal texts (a GTR's two "Security Hygiene"), the one of the current section.
            score += 0.01 if item.section_id == section_id else 0.0
            if best is None or score > best[0]:
                best = (score, rest, item, cut)
        if best is None and section_id in self.outline:
            return self._reworded_outline(text, section_id), 0, ""
        return (best[2], best[1], best[3]) if best else (None, 0, "")

    def merged(self, text: str, item: Item) -> tuple[Item, int] | None:
        """The template's question a text holds after ``item``'s words, joined to it ("Describe the
        SLOs … for this project. & What are the SLIs … ?"): two questions merged into one, with
        the words the author added after the second; or None."""
        norm = normalize(text)
        opening = normalize(item.text)
        if not norm.startswith(opening + " "):
            return None
        words = norm[len(opening) :].split()
        if words and words[0] in ("and", "or"):
            words = words[1:]
        rest = " ".join(words)
        for other_norm, other in self.items.get(" ".join(words[:2]), ()):
            if (
                other is not item
                and other.role == "question"
                and other.section_id == item.section_id
                and (rest == other_norm or rest.startswith(other_norm + " "))
            ):
                return other, len(rest.split()) - len(other_norm.split())
        return None

    def written_within(self, text: str, label: Item) -> list[tuple[Item, int]]:
        """The sub-questions of a question with sub-questions that a text opening with that
        question holds whole after it, each with how many words the author added after it:
        "**Please review the Cloud Native Security Tenets from TAG Security. How are you
        satisfying the tenets of cloud native security projects?** This is …", a parent's prompt
        and its first sub-question written as one paragraph, asks both."""
        norm = normalize(text)
        found = []
        for sub in self.template.sub_questions(label):
            asked = normalize(sub.text)
            at = norm.find(asked) if asked else -1
            if at >= 0:
                found.append((sub, len(norm[at + len(asked) :].split())))
        return found

    def _reworded_outline(self, text: str, section_id: str) -> Item | None:
        """The section's outline text a block is with its opening words changed, if any."""
        words: frozenset[str] | None = None
        for item_words, item in self.outline[section_id]:
            if words is None:
                words = content_words(text)
                if not words:
                    return None
            # Dice reaches SAME_TEXT only between sets of near equal size: most blocks stop here.
            if (
                abs(len(words) - len(item_words)) <= len(item_words) // 4
                and dice(words, item_words) >= SAME_TEXT
            ):
                return item
        return None


def _opening(words: list[str], item_norm: str, item: Item) -> bool:
    """Whether a text is an outline paragraph's own opening with its example dropped (what follows
    it opens "e.g."), or with no more than its last half dropped."""
    if item.role != "guidance" or len(words) < OPENING_WORDS:
        return False
    opening = " ".join(words) + " "
    if not item_norm.startswith(opening):
        return False
    rest = item_norm[len(opening) :]
    return rest.startswith(("e g ", "for example ")) or 2 * len(words) >= len(item_norm.split())
