"""Documents that travel with an application but are not one: a General Technical Review (GTR), a
governance review, a security self-assessment. Each is recognised by content — its title, or the
section headings its own template gives it — so that `check` holds it to its own template (not
the application's) and `fix`/`upgrade`/`triage` leave it alone.

What recognises each kind is data of its shipped template (``schemas/companions/``, written by
``tools/companion_schemas.py``): the phrases its title uses (and those of look-alikes of another
kind, TAG Security's joint assessments), and the headings only its template has, of which a
document needs ``min_headings``. A title naming a kind wins over headings; of two kinds whose
headings a document has, the one with more.
"""

from __future__ import annotations

from typing import Final

from applint.model import Document
from applint.templates.companions import CompanionTemplate, companion_templates, latest_companion
from applint.text.normalize import normalize, normalize_title

GTR: Final = "general-technical-review"
GOVERNANCE_REVIEW: Final = "governance-review"
SELF_ASSESSMENT: Final = "security-self-assessment"
# How a sentence names each kind (a test holds these equal to the shipped schemas' names; reading
# the schemas here would cost every run that imports this module).
KIND_NAMES: Final = {
    GTR: "a General Technical Review",
    GOVERNANCE_REVIEW: "a governance review",
    SELF_ASSESSMENT: "a security self-assessment",
}


def companion_template(document: Document) -> CompanionTemplate | None:
    """The latest template of the companion kind the document is (recognised by that revision's
    data), or None when it is no companion document; ``companion_walk.read_best`` picks the revision."""
    titles = _title_texts(document)
    headings = {normalize_title(block.text) for block in document.headings()}
    best: tuple[int, int, CompanionTemplate] | None = None
    for template in dict.fromkeys(latest_companion(t.kind) for t in companion_templates()):
        recognition = template.recognition
        if any(_names(title, phrase) for phrase in recognition.not_titles for title in titles):
            continue
        by_title = any(_names(title, phrase) for phrase in recognition.titles for title in titles)
        found = sum(1 for heading in recognition.headings if normalize_title(heading) in headings)
        if not by_title and found < recognition.min_headings:
            continue
        rank = (int(by_title), found)
        if best is None or rank > best[:2]:
            best = (*rank, template)
    return best[2] if best else None


def companion_kind(document: Document) -> str | None:
    """The companion kind the document is written as, or None when it is none of them."""
    template = companion_template(document)
    return template.kind if template else None


def _title_texts(document: Document) -> list[str]:
    """The document's title, normalised: front matter's, its level-1 headings, its first heading."""
    texts = [normalize(document.front_matter.get(key, "")) for key in ("title", "name")]
    headings = document.headings()
    texts += [normalize(block.text) for block in [b for b in headings if b.level == 1] + headings[:1]]
    return [text for text in texts if text]


def _names(title: str, phrase: str) -> bool:
    """Whether a normalised title names the phrase as whole words."""
    return f" {normalize(phrase)} " in f" {title} "
