"""Small modules on their own: text normalisation, similarity, structure, markers, headings, fingerprints."""

from __future__ import annotations

import re
import string

from hypothesis import given, settings
from hypothesis import strategies as st

from applint.findings import Finding, Severity
from applint.matching.structure import body_blocks, build_sections
from applint.readers.headings import infer_heading_level
from applint.readers.markdown import read_markdown
from applint.results.fingerprints import fingerprint
from applint.text.markers import find_notes, has_placeholder, strip_markers
from applint.text.normalize import content_words, fold, normalize, normalize_title
from applint.text.similarity import containment, dice


def test_normalisation() -> None:
    assert fold("“Project’s” – text\u00a0here") == '"Project\'s" - text here'
    assert normalize("**Clear** and [discoverable](x)!") == "clear and discoverable x"
    assert normalize_title("Graduation Criteria Summary for $PROJECT") == "graduation criteria summary for"
    assert content_words("The project's Code of Conduct") == frozenset({"project", "s", "code", "conduct"})


def test_similarity() -> None:
    assert dice(frozenset("ab"), frozenset("ab")) == 1.0
    assert dice(frozenset("abcd"), frozenset("ab")) == 2 * 2 / 6
    assert dice(frozenset(), frozenset("a")) == 0.0
    assert containment(frozenset("ab"), frozenset("abc")) == 1.0


def test_sections_own_their_blocks() -> None:
    document = read_markdown("# A\n\ntext\n\n## B\n\nmore\n\n## C\n\n# D\n")
    root = build_sections(document)
    a, d = root.children
    assert [c.title for c in a.children] == ["B", "C"]
    assert [b.text for b in body_blocks(document, a)] == ["text"]
    assert a.contains(a.children[1]) and not a.contains(d)
    assert [s.title for s in root.walk() if s.heading] == ["A", "B", "C", "D"]


def test_markers() -> None:
    assert has_placeholder("Repo: $URL") and not has_placeholder("costs $5")
    assert strip_markers("TODO: add $LINK here").split() == ["add", "here"]
    assert find_notes("fix later (TBD)") == [(11, "TBD")]


def test_heading_inference() -> None:
    assert infer_heading_level("Governance and Maintainers") == 2
    assert infer_heading_level("Suggested") == 3
    assert infer_heading_level("Graduation Criteria Summary for KubeVirt") == 2
    assert infer_heading_level("KubeVirt Graduation Application") == 1
    assert infer_heading_level("Adopter 2 - Acme/Retail") == 5
    assert infer_heading_level("Governance and Maintainers are great.") is None
    assert infer_heading_level("Our roadmap") is None


def test_fingerprints_ignore_line_numbers_but_not_text() -> None:
    first = read_markdown("a\n\nRepo: $URL\n")
    moved = read_markdown("a\n\n\n\nRepo: $URL\n")
    other = read_markdown("a\n\nSite: $URL\n")

    def one(document, line: int) -> str:  # type: ignore[no-untyped-def]
        (finding,) = fingerprint([Finding("placeholder", Severity.ERROR, f"at {line}", line=line)], document)
        return finding.fingerprint

    assert one(first, 3) == one(moved, 5)
    assert one(first, 3) != one(other, 3)


def test_fingerprints_keep_every_other_field() -> None:
    """fingerprint sets only the last field (it rebuilds each record with its last field replaced)."""
    document = read_markdown("a\n\nRepo: $URL\n")
    finding = Finding("placeholder", Severity.ERROR, "at 3", 3, 2, None, "repo", {"fold": "x"})
    (marked,) = fingerprint([finding], document)
    assert Finding._fields[-1] == "fingerprint"
    assert marked[:-1] == finding[:-1]
    assert len(marked.fingerprint) == 16


@settings(max_examples=400, deadline=None)
@given(
    st.text(alphabet=st.characters(codec="utf-8"), max_size=60)
    | st.text(alphabet=string.printable, max_size=60)
)
def test_normalize_is_lowercase_words_of_letters_digits_and_dollar(text: str) -> None:
    """normalize's ASCII fast path (a translation table) gives what its definition says: the
    folded, lower-cased text with every run of other characters turned into one space."""
    normalize.cache_clear()
    assert normalize(text) == re.sub(r"[^a-z0-9$]+", " ", fold(text).lower()).strip()


def test_a_headings_section_ends_at_the_next_heading_of_its_level_or_above() -> None:
    document = read_markdown("## A\n\ntext\n\n### A.1\n\nmore\n\n## B\n\n# C\n\nlast\n")
    kinds = [(block.kind.name, block.text) for block in document.blocks]
    heading = {text: number for number, (kind, text) in enumerate(kinds) if kind == "HEADING"}
    assert document.section_end(heading["A"]) == heading["B"]  # past its subsection A.1
    assert document.section_end(heading["A.1"]) == heading["B"]
    assert document.section_end(heading["B"]) == heading["C"]  # a higher heading ends it too
    assert document.section_end(heading["C"]) == len(document.blocks)
