"""Deciding between template revisions whose whole-document scores are close: by what tells them
apart (the criteria one revision added, removed, split or reworded, and the section titles only
some of them have) and which of those the document contains.

The whole-document score sums the similarity of every statement, so two revisions that share all
but a few criteria can trade places on a rewording elsewhere. Here only the distinguishing
features count, each present or absent: a feature of a revision that the document contains counts
for it, one that the document contains and the revision lacks counts against it, and one the
revision has and the document lacks counts against it once the document states more than half of
the criteria the revisions share (a sparse draft, or an export that lost its checklist, says
nothing by what it lacks). Where the features say nothing, the declared label and then the newest
revision decide; a document that states features of two revisions (a hybrid) is checked against
the newer.
"""

# No `from __future__ import annotations` here: typing.NamedTuple compiles every string annotation
# of its records when the class is made, at every start-up (as in model.py).

import functools
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Final

from applint.model import Record
from applint.templates.records import Template
from applint.text.normalize import content_words
from applint.text.precompiled import compile_pattern

# Revisions whose whole-document scores lie within this of the best are decided by their
# distinguishing features. Harmless edits of real drafts (tests/harmless_edits.py on the examples,
# every template text, filled in or not, and the fixtures) moved the score gap between the chosen
# revision and another by at most 3.02 (99th percentile 2.94); one distinguishing criterion the
# document contains is worth 2 (1 for the revision that has it, 1 against the one that lacks it).
CLOSE_MARGIN = 3.5
# What the document lacks counts only above this share of the criteria the close revisions share,
# rising to full weight when it states them all. On the drafts measured the share is 0.03 or less
# for exports and non-applications, 0.4-0.55 for heavily reworded or half-written drafts, 0.78-1.0
# for answered ones.
ABSENCE_FROM = 0.5
# A statement this similar to another revision's wording (and closer to it than to the chosen
# revision's) states that revision's criterion: the document borrows it.
BORROWED_SIMILARITY = 0.9
# The comment ``applint upgrade`` puts above a criterion the newer revision removed (fixing.upgrade
# MARKER): a statement under it is kept on purpose, and already explained.
KEPT_MARKER = compile_pattern(r"^applint: not in \S+; kept from \S+$")
# A section title taken as a distinguishing feature is written with this prefix.
TITLE = "§ "


class Side(Record):
    """What one revision has that the other does not, split by whether the document contains it."""

    __slots__ = ("evidence", "has", "lacks", "score", "template_id")

    def __init__(
        self, template_id: str, score: float, evidence: float, has: tuple[str, ...], lacks: tuple[str, ...]
    ) -> None:
        self.template_id: Final = template_id
        self.score: Final = score  # the whole-document score
        self.evidence: Final = evidence  # what the distinguishing features say for it (see ``evidence``)
        self.has: Final = has  # criteria texts (and "§ title"s) the document contains
        self.lacks: Final = lacks  # those the document does not contain

    def as_dict(self) -> dict[str, object]:
        return {
            "template": self.template_id,
            "score": self.score,
            "evidence": self.evidence,
            "contains": [_shown(feature) for feature in self.has],
            "lacks": [_shown(feature) for feature in self.lacks],
        }


class Decision(Record):
    """Why the chosen revision won over the runner-up: by score, or by distinguishing features."""

    __slots__ = ("chosen", "coverage", "decided_by", "pasted", "runner_up")

    def __init__(
        self,
        chosen: Side,
        runner_up: Side,
        decided_by: str,
        coverage: float,
        pasted: tuple[str, ...] = (),
    ) -> None:
        self.chosen: Final = chosen
        self.runner_up: Final = runner_up
        self.decided_by: Final = (
            decided_by  # "score" | "distinguishing criteria" | "label and date" | "hybrid"
        )
        self.coverage: Final = (
            coverage  # the share of the criteria the close revisions share that the document states
        )
        # Criteria the document states that were left out of the decision: kept from older text
        # pasted into it (see ``pasted_criteria``).
        self.pasted: Final = pasted

    @property
    def hybrid(self) -> bool:
        return self.decided_by == "hybrid"

    def as_dict(self) -> dict[str, object]:
        return {
            "decided_by": self.decided_by,
            "coverage": self.coverage,
            "chosen": self.chosen.as_dict(),
            "runner_up": self.runner_up.as_dict(),
            "pasted": list(self.pasted),
        }


class Borrowed(Record):
    """A criterion the document states in the wording of a revision other than the chosen one."""

    __slots__ = ("line", "newer", "replacement", "revision", "text")

    def __init__(self, text: str, revision: str, line: int, replacement: str | None, newer: bool) -> None:
        self.text: Final = text  # that wording
        self.revision: Final = revision  # the newest revision with that wording
        self.line: Final = line  # where the document states it (a paragraph number in a DOCX)
        self.replacement: Final = (
            replacement  # the chosen revision's wording of the same criterion; None: it has none
        )
        self.newer: Final = newer  # whether that revision is newer than the chosen one

    def as_dict(self) -> dict[str, object]:
        return {
            "text": self.text,
            "revision": self.revision,
            "line": self.line,
            "chosen_text": self.replacement,
        }


def borrowed_criteria(
    statements: Sequence[Mapping[str, float]],
    lines: Sequence[int | None],
    chosen: Template,
    revisions: Sequence[Template],
) -> tuple[Borrowed, ...]:
    """Criteria the document states (nearly word for word) as another revision of the kind words
    them and the chosen revision does not: what makes a draft a hybrid of two revisions. ``lines``
    gives where each statement is, None for one kept on purpose (under KEPT_MARKER)."""
    own = {criterion.text for criterion in chosen.criteria}
    chosen_by_id = {criterion.id: criterion.text for criterion in chosen.criteria}
    found: list[Borrowed] = []
    seen: set[str] = set()
    for scores, line in zip(statements, lines, strict=True):
        best = max(scores.values())
        if line is None or best < BORROWED_SIMILARITY:
            continue
        tops = sorted(text for text, score in scores.items() if score >= best - 1e-9)
        if tops[0] in seen or not own.isdisjoint(tops):
            continue
        seen.add(tops[0])
        holders = [r for r in revisions for c in r.criteria if c.text == tops[0]]
        criterion = next(c for c in holders[-1].criteria if c.text == tops[0])
        replacement = chosen_by_id.get(criterion.id)
        if replacement is not None and content_words(tops[0]) <= content_words(replacement):
            continue  # the chosen wording only adds a clause: the document dropped it, nothing older
        found.append(
            Borrowed(
                tops[0], holders[-1].id, line, replacement, holders[-1].revision_date > chosen.revision_date
            )
        )
    return tuple(found)


def features(template: Template, titles: Iterable[str]) -> frozenset[str]:
    """A revision's criteria texts and the titles of its sections that say which revision a
    document follows (one spelling per normalised title), as features."""
    return frozenset(criterion.text for criterion in template.criteria) | {TITLE + title for title in titles}


def contained(statements: Iterable[Mapping[str, float]]) -> frozenset[str]:
    """The criteria texts the document contains: each statement contains the text of the kind it
    is most similar to (all of them on a tie), so a statement that states a shared criterion is not
    also counted for a longer or shorter variant of it, nor for another revision's wording."""
    found: set[str] = set()
    for scores in statements:
        best = max(scores.values())
        found.update(text for text, score in scores.items() if score >= best - 1e-9)
    return frozenset(found)


def decide(
    ranked: Sequence[tuple[Template, float]],
    own: Mapping[str, frozenset[str]],
    stated: frozenset[str],
    titles: frozenset[str],
    preference: Callable[[Template], tuple[bool, str, int]],
    pasted: frozenset[str] = frozenset(),
) -> tuple[Template, Decision | None]:
    """The revision to check against among ``ranked`` (one kind's revisions with their
    whole-document scores, best first), given the criteria texts the document states
    (``contained``) and the section titles it has (as "§ title" features), and why.

    Only the revisions within CLOSE_MARGIN of the best take part; among them the score is noise
    (with none close, the best score wins). The distinguishing features decide; where they say
    nothing, ``preference`` (the declared label, then the newest) does. When the document states
    criteria only the winner has and criteria only a newer close revision has, it is a hybrid and
    is checked against that newer revision. Criteria in ``pasted`` (kept from older text pasted
    into the document) tell no revision apart: they count neither for nor against any.
    """
    if len(ranked) < 2:
        return ranked[0][0], None
    best_score = ranked[0][1]
    close = [(template, score) for template, score in ranked if score >= best_score - CLOSE_MARGIN]
    # A clear winner is kept; the features against its runner-up still show a hybrid.
    by_score = len(close) < 2
    if by_score:
        close = list(ranked[:2])
    sets = [own[template.id] for template, _ in close]
    common = frozenset.intersection(*sets)
    union = frozenset.union(*sets)
    distinguishing = union - common - pasted
    found = (stated | titles) & union - pasted
    shared = [feature for feature in common if not feature.startswith(TITLE)]
    coverage = sum(1 for feature in shared if feature in found) / len(shared) if shared else 0.0
    weights = {
        template.id: round(evidence(own[template.id], distinguishing, found, coverage), 6)
        for template, _ in close
    }
    order = (
        close
        if by_score
        else sorted(close, key=lambda item: (weights[item[0].id], preference(item[0])), reverse=True)
    )
    (winner, winner_score), (other, other_score) = order[0], order[1]
    if by_score:
        decided_by = "score"
    else:
        decided_by = "distinguishing criteria" if weights[winner.id] > weights[other.id] else "label and date"
    # A hybrid: the document states criteria only the winner has and criteria only a newer close
    # revision has. It is checked against the newer one (the best of them, if several).
    newer = [
        (template, score)
        for template, score in order
        if template.revision_date > winner.revision_date
        and _criteria((own[template.id] - own[winner.id]) & found)
        and _criteria((own[winner.id] - own[template.id]) & found)
    ]
    if newer:
        (winner, winner_score), (other, other_score) = newer[0], (winner, winner_score)
        decided_by = "hybrid"
    elif _criteria((own[winner.id] - own[other.id]) & found) and _criteria(
        (own[other.id] - own[winner.id]) & found
    ):
        decided_by = "hybrid"  # the runner-up is the older of the two
    chosen_side, other_side = _sides(
        (winner, winner_score), (other, other_score), own, found, weights, pasted
    )
    return winner, Decision(
        chosen_side, other_side, decided_by, round(coverage, 3), tuple(sorted(pasted & union))
    )


def evidence(
    own: frozenset[str], distinguishing: frozenset[str], found: frozenset[str], coverage: float
) -> float:
    """How well the document's distinguishing features fit one revision (higher is better): each
    of its own the document contains counts for it, each of another's the document contains
    against it, and each of its own the document lacks against it once the document states most of
    what the revisions share (ABSENCE_FROM of it; a sparse or unreadable draft says nothing by what
    it lacks)."""
    mine = own & distinguishing
    weight = max(0.0, (coverage - ABSENCE_FROM) / (1.0 - ABSENCE_FROM))
    return len(mine & found) - len((distinguishing - own) & found) - weight * len(mine - found)


def _sides(
    first: tuple[Template, float],
    second: tuple[Template, float],
    own: Mapping[str, frozenset[str]],
    found: frozenset[str],
    weights: Mapping[str, float],
    pasted: frozenset[str],
) -> tuple[Side, Side]:
    """Each revision's features the other lacks, split by what the document contains."""
    sides = []
    for (template, score), (other, _) in ((first, second), (second, first)):
        mine = own[template.id] - own[other.id] - pasted
        sides.append(
            Side(
                template.id,
                round(score, 3),
                weights[template.id],
                _ordered(mine & found, template),
                _ordered(mine - found, template),
            )
        )
    return sides[0], sides[1]


def _ordered(features_: frozenset[str], template: Template) -> tuple[str, ...]:
    """Features in the template's order: criteria first as they appear, then titles."""
    order = _criteria_order(template)
    return tuple(sorted(features_, key=lambda feature: (order.get(feature, len(order)), feature)))


@functools.lru_cache(maxsize=64)
def _criteria_order(template: Template) -> dict[str, int]:
    return {criterion.text: index for index, criterion in enumerate(template.criteria)}


def _criteria(features_: Iterable[str]) -> list[str]:
    return [feature for feature in features_ if not feature.startswith(TITLE)]


def _shown(feature: str) -> str:
    return f"section '{feature[len(TITLE) :]}'" if feature.startswith(TITLE) else feature
