"""repeated_claims matches its figure patterns ("^\\d{1,3}$", "^\\d{1,3}(?:st|nd|rd|th)$") only on
words whose first character passes ``str.isdigit``: a cheap pre-test that is exact only if every
character ``re``'s "\\d" matches is one ``str.isdigit`` holds for. Checked over all of Unicode, and
the claim words read with and without the pre-test agree."""

from __future__ import annotations

import re
import sys

from applint.matching import repeated_claims
from applint.text.normalize import normalized_words


def test_every_character_re_reads_as_a_digit_is_a_digit_to_str() -> None:
    every = (
        "".join(map(chr, range(sys.maxunicode + 1)))
        .encode("utf-8", "surrogatepass")
        .decode("utf-8", "replace")
    )
    digits = re.findall(r"\d", every)
    assert len(digits) > 600  # Unicode's decimal digits in every script, not just 0-9
    assert all(digit.isdigit() for digit in digits)
    assert "²".isdigit() and not re.match(r"\d", "²")  # the pre-test lets more through, never fewer


def _claim_words_unfiltered(sentence: str, named: frozenset[str]) -> frozenset[str] | None:
    """_claim_words as it read before the pre-test: every word tried against both patterns."""
    words = normalized_words(sentence)
    ordinal = any(re.match(r"^\d{1,3}(?:st|nd|rd|th)$", word) for word in words)
    ranked = any(re.match(r"^\d{1,3}$", word.lstrip("#")) for word in words) and any(
        word in repeated_claims._RANKING for word in words
    )
    if not (ordinal or ranked):
        return None
    small = repeated_claims._SMALL
    kept = frozenset(word.removesuffix("s") for word in words if word not in small and word not in named)
    return kept if len(kept) >= repeated_claims.MIN_WORDS + 1 else None


SENTENCES = [
    "Kelpie ranks 12th among all CNCF projects for commits over the past year.",
    "Kelpie is one of the top 30 most active projects in the foundation by contributors.",
    "Kelpie is the #1 most active project in its category on the CNCF velocity report.",
    "Kelpie is one of the top ３０ most active projects in the foundation by contributors.",
    "Kelpie is among the top projects² of the foundation by commits and reviews.",
    "Kelpie ranks ١٢th among the foundation's projects by pull requests merged.",
    "We released 1.2 on 3 March with 40 contributors from 12 organisations.",
    "The maintainers meet every two weeks and publish their notes afterwards.",
]


def test_claim_words_are_those_read_without_the_pre_test() -> None:
    named = frozenset({"kelpie"})
    read = [repeated_claims._claim_words(sentence, named) for sentence in SENTENCES]
    assert read == [_claim_words_unfiltered(sentence, named) for sentence in SENTENCES]
    assert read[0] is not None and read[1] is not None and read[2] is not None
    assert read[-1] is None
