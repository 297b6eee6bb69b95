"""Which criterion each paragraph of an application or due-diligence document is evidence for, and
how well a paragraph's words fit a criterion: text repeated under two criteria is evidence for both
(deleting either copy would leave a criterion unevaluated), and the copy whose words belong to the
other criterion is the one that does not fit where it stands.
"""

from __future__ import annotations

from applint.rules.context import DocumentContext, LintContext
from applint.templates.records import Criterion
from applint.text.normalize import content_words

STEM = 6  # the letters two words share to be one word ("organizations", "organizational")
# A criterion the repeated text fits: at least this share of its meaningful words in the text ("meetings"
# and "calendar" of "Up-to-date public meeting schedulers and/or integration with CNCF calendar"), and
# this many times the share of the other criterion's.
FITS_SHARE = 0.25
FITS_MARGIN = 2.0
FITS_WORDS = 2  # the fewest of its words a text uses to fit a criterion
# Words every criterion and every evaluation use, which tell no criterion from another.
_COMMON = frozenset({"project", "projects", "document", "documented", "documentation"})


def evidence_for(ctx: DocumentContext) -> dict[int, Criterion]:
    """The criterion each block of an application or DD document is evidence for, by block index
    (read from the evidence the context collected once; nothing for a companion document)."""
    if not isinstance(ctx, LintContext):
        return {}
    index_of = {id(block): index for index, block in enumerate(ctx.document.blocks)}
    criteria = {criterion.id: criterion for criterion in ctx.template.criteria}
    found: dict[int, Criterion] = {}
    for criterion_id, evidence in ctx.evidence.items():
        criterion = criteria.get(criterion_id)
        if criterion is None:
            continue
        for block in evidence.blocks:
            index = index_of.get(id(block))
            if index is not None:
                found[index] = criterion
    return found


def _stems(text: str) -> frozenset[str]:
    return frozenset(word[:STEM] for word in content_words(text) - _COMMON if not word.isdigit())


def _shared(text: str, criterion: Criterion) -> tuple[int, float]:
    """How many of a criterion's meaningful words (by their stems) a text uses, and what share."""
    wanted = _stems(criterion.text)
    shared = len(wanted & _stems(text))
    return shared, shared / len(wanted) if wanted else 0.0


def adapted(copy: str, original: str, criterion: Criterion) -> bool:
    """Whether a near-copy was adapted to its own criterion: among the words it has and its
    original lacks is a word of that criterion (", which demonstrates organizational diversity"
    added under "… at least 2 organizations that demonstrates survivability")."""
    return bool((_stems(copy) - _stems(original)) & _stems(criterion.text))


def better_fit(text: str, first: Criterion, second: Criterion) -> Criterion | None:
    """The one of two criteria a text clearly belongs to, if either: it uses two or more of that
    one's words, a quarter or more of them, and at least twice the share
    of the other's ("contributor ladder" of "Contributor ladder with multiple roles"). One word in
    common ("roadmap") tells neither "Document and maintain a public roadmap" nor "Roadmap change
    process is documented" from the other."""
    (count_one, one), (count_two, two) = _shared(text, first), _shared(text, second)
    if count_one >= FITS_WORDS and one >= FITS_SHARE and one >= FITS_MARGIN * two:
        return first
    if count_two >= FITS_WORDS and two >= FITS_SHARE and two >= FITS_MARGIN * one:
        return second
    return None
