"""Text every application of a kind repeats from its template, for rules that must not count it
as the applicant's own: boilerplate, guidance, criteria wording, and sub-bullets."""

from __future__ import annotations

import functools

from applint.templates.catalog import revisions_of
from applint.templates.published import EMPTY_BULLET_HEADINGS, FIELD_LABELS, TEMPLATE_LINKS, published_sets
from applint.text.markers import PLACEHOLDER_RE, has_placeholder
from applint.text.normalize import content_words, normalize
from applint.text.precompiled import cached_pattern
from applint.text.similarity import containment

# A text holding this share of a template sub-bullet's words is that sub-bullet, filled in.
SUB_ITEM_FILLED = 0.8


@functools.cache
def template_text(kind: str) -> frozenset[str]:
    """Normalised boilerplate, guidance, criteria and sub-bullets of every revision of a kind,
    each also with its placeholders removed (as an applicant leaves a line half-filled)."""
    raw: set[str] = set()  # the revisions share most of their text: each distinct text once
    for template in revisions_of(kind):
        raw.update(template.boilerplate)
        raw.update(text for text, _ in template.guidance)
        raw.update(criterion.text for criterion in template.criteria)
        raw.update(sub for criterion in template.criteria for sub in criterion.sub_items)
    texts = {normalize(text) for text in raw}
    texts.update(normalize(PLACEHOLDER_RE.sub(" ", text)) for text in raw if has_placeholder(text))
    texts.discard("")
    return frozenset(texts)


@functools.cache
def template_prose(kind: str) -> str:
    """``template_text`` joined with " | ", so that a sentence is the template's own when it is a
    substring of it (a criterion's second sentence, "This can also be satisfied by …")."""
    return " | ".join(sorted(template_text(kind)))


def is_template_text(text: str, kind: str) -> bool:
    """True when the text is the template's own (placeholders left in or removed)."""
    texts = template_text(kind)
    if normalize(text) in texts:
        return True
    return has_placeholder(text) and normalize(PLACEHOLDER_RE.sub(" ", text)) in texts


@functools.cache
def standing_evaluations(kind: str) -> frozenset[str]:
    """Normalised evaluations a due-diligence template writes out for the TOC under a criterion
    ("The project provided the TOC with a list of adopters for verification …", "Refer to the
    Adoption portion of this document."): a TOC member who keeps one has evaluated the criterion.
    They are the DD boilerplate that is a finished statement: no placeholder, no either/or
    choice, not a note ("Note: this section may be augmented …") or an instruction ("… must be
    available …"), not "N/A". None for an
    application kind, where the template's words are never the applicant's answer."""
    if not kind.startswith("dd-"):
        return frozenset()
    return frozenset(
        normalize(text)
        for template in revisions_of(kind)
        for text in template.boilerplate
        if not has_placeholder(text)
        and "[" not in text
        and not text.lower().startswith("note")
        and not cached_pattern(r"\b(?:must|should)\b").search(text)  # an instruction, not a verdict
        and text.rstrip().endswith(".")
        and len(text.split()) >= 4
    )


@functools.cache
def sub_item_words(kind: str) -> tuple[frozenset[str], ...]:
    """Word sets of the template's sub-bullets ("This occurred on DD-MMM-YYYY ... at $LINK")."""
    texts = {
        sub
        for template in revisions_of(kind)
        for criterion in template.criteria
        for sub in criterion.sub_items
    }
    return tuple(content_words(PLACEHOLDER_RE.sub(" ", text)) for text in sorted(texts))


def fills_sub_item(text: str, kind: str) -> bool:
    """True when the text is a template sub-bullet, filled in or not."""
    words = content_words(text)
    return any(containment(sub, words) >= SUB_ITEM_FILLED for sub in sub_item_words(kind) if sub)


def template_links() -> frozenset[str]:
    """Every link target the published template texts give (the vendor-neutrality guide, the GTR's
    folder ``../toc_subprojects/…``): copied into an application, they are the template's links,
    not the project's."""
    return published_sets()[TEMPLATE_LINKS]


@functools.cache
def template_relative_links() -> frozenset[str]:
    """The relative link targets the published template texts give (``../toc_subprojects/…``,
    relative to the template's folder in cncf/toc)."""
    return frozenset(
        target
        for target in template_links()
        if "://" not in target and not target.startswith(("#", "mailto:"))
    )


@functools.cache
def template_vocabulary(kind: str) -> frozenset[str]:
    """Every word (lower case) the templates of a kind use: written with a capital in an answer
    ("the CNCF Code of Conduct", "our GitHub organisation"), such a word names nothing of the
    project's own."""
    return frozenset(word for text in template_text(kind) for word in text.split())


def empty_bullet_headings() -> frozenset[str]:
    """The normalised titles of the headings under which a published template text leaves an empty
    bullet for the applicant to fill (the Adoption Assertion's ``*``): that bullet is the template's,
    reported by the rules of its section when it is left unfilled."""
    return published_sets()[EMPTY_BULLET_HEADINGS]


def field_labels() -> frozenset[str]:
    """The normalised labels of the lines a published template text gives a value of their own
    ("Project Repo(s)", "Sub-Projects", "Communication", "Project points of contacts"): each is
    written on its own line, so a list just above must not swallow it."""
    return published_sets()[FIELD_LABELS]
