"""The companion template's own text kept inside an HTML comment of a companion document (its
outline turned into hidden prompts: ``<!-- These are the steps that a project performs … -->``),
which GitHub does not show.

A comment holds a piece of the template when it contains that piece's opening words, or the
opening words after its bold-less label ("Communication Channels. Reference where you document
…" kept as ``<!-- Reference where you document … -->`` under a heading "Communication
Channels"). Comments hold the text joined on one line, so the test is a search for each opening
in the normalised comment, not a comparison of paragraphs.
"""

from __future__ import annotations

import functools
import re

from applint.templates.companions import (
    CompanionTemplate,
    Item,
    companion_revisions,
    companion_text_path,
)
from applint.text.normalize import normalize
from applint.text.precompiled import compile_pattern

# Words of an item's opening looked for; an item shorter than this is too common to recognise.
OPENING_WORDS = 6
# The label an outline item opens with ("Known Issues Over Time. List or summarize …").
_LABEL = compile_pattern(r"^\W*([A-Z][\w /&'’-]{2,40})\.\s+(?=\S)")
_ROLES = frozenset({"guidance", "boilerplate", "question", "criterion", "intro"})
_COMMENT = compile_pattern(r"<!--(.*?)-->", re.DOTALL)


@functools.lru_cache(maxsize=16)
def _openings(template: CompanionTemplate) -> tuple[tuple[str, Item], ...]:
    """Each item's openings (normalised, space-padded), with the item (once per template)."""
    found: list[tuple[str, Item]] = []
    for item in template.items:
        if item.role not in _ROLES:
            continue
        texts = [item.text]
        label = _LABEL.match(item.text)
        if label is not None:
            texts.append(item.text[label.end() :])
        for text in texts:
            words = _singular(normalize(text)).split()
            if len(words) >= OPENING_WORDS:
                found.append((f" {' '.join(words[:OPENING_WORDS])} ", item))
    return tuple(found)


def _singular(text: str) -> str:
    """Normalised words with a plural's "s" dropped, so that an opening copied as "The intended goals
    of the project" still reads as the template's "… of the projects"."""
    return " ".join(word[:-1] if len(word) > 3 and word[-1] == "s" else word for word in text.split())


def template_text_in(comment: str, template: CompanionTemplate) -> tuple[Item, ...]:
    """The template items an HTML comment's text holds (its plurals taken as singulars), in the
    order of the template."""
    padded = f" {_singular(normalize(comment))} "
    if len(padded) < 2 * OPENING_WORDS:
        return ()
    held = dict.fromkeys(item for opening, item in _openings(template) if opening in padded)
    return tuple(held)


_URL = compile_pattern(r"https?://[^\s)>\]\"']+")


@functools.lru_cache(maxsize=8)
def template_links(kind: str) -> frozenset[str]:
    """The web addresses the published texts of a companion kind hold (the self-assessment's
    training course, the GTR's TAG Security tenets): the template's links, not the project's."""
    found: set[str] = set()
    for revision in companion_revisions(kind):
        try:
            with open(companion_text_path(revision), encoding="utf-8") as handle:
                found.update(url.rstrip(".,;:/") for url in _URL.findall(handle.read()))
        except OSError:
            continue
    return frozenset(found)


@functools.lru_cache(maxsize=8)
def _template_comments(kind: str) -> tuple[str, ...]:
    """The openings (normalised, space-padded) of the comments in every published text of a
    companion kind: the governance review's reviewer notes ("Check that governance is documented
    to be vendor-neutral …"), the GTR's "Short project description"."""
    openings: set[str] = set()
    for revision in companion_revisions(kind):
        try:
            with open(companion_text_path(revision), encoding="utf-8") as handle:
                text = handle.read()
        except OSError:
            continue
        for comment in _COMMENT.findall(text):
            words = normalize(comment).split()
            if words:
                openings.add(f" {' '.join(words[:OPENING_WORDS])} ")
    return tuple(sorted(openings))


def is_published_comment(comment: str, kind: str) -> bool:
    """True when an HTML comment is one the published template of a companion kind holds as a
    comment (the GTR's "Short project description", the governance review's reviewer notes):
    kept in place, it is the template's as published, like an application's ``<!-- (Project
    assertion goes here) -->``."""
    padded = f" {normalize(comment)} "
    return any(padded.startswith(opening) for opening in _template_comments(kind))


def is_template_comment(comment: str, template: CompanionTemplate) -> bool:
    """True when an HTML comment is the template's own: one of its published comments, or its
    text (an outline item, a question) made a hidden prompt."""
    return is_published_comment(comment, template.kind) or bool(template_text_in(comment, template))
