"""Criteria restated in the author's words are paired with their criterion (word order, plurals,
word forms, "defined" for "documented", "and" for "or"); sentences that restate nothing are not."""

from __future__ import annotations

from applint.engine import lint_text
from applint.matching import rewording
from applint.matching.detection import select_template
from applint.matching.mapping import map_document
from applint.matching.rewording import meaning
from applint.readers.markdown import read_markdown
from tests.conftest import FIXTURES

DD = (FIXTURES / "dd" / "incubation-complete.md").read_text(encoding="utf-8")
SUBMIT = "- [x] **Clearly defined and discoverable process to submit issues or changes.**"
CHANNEL = (
    "- [x] **Project must have, and document, at least one public communications channel for users "
    "and/or contributors.**"
)
MEETINGS = "- [x] **Up-to-date public meeting schedulers and/or integration with CNCF calendar.**"
CONTRIBUTE = "- [x] **Documentation of how to contribute, with increasing detail as the project matures.**"
ACTIVITY = "- [x] **Demonstrate contributor activity and recruitment.**"


def mapped(text: str) -> dict[str, tuple[int, str]]:
    """Criterion id -> (line, how matched) for the document."""
    document = read_markdown(text)
    template = select_template(document).template
    mapping = map_document(template, document)
    return {cid: (document.blocks[i].line, mapping.how_matched(cid)) for cid, i in mapping.criteria.items()}


def line_of(text: str, start: str) -> int:
    return next(number for number, line in enumerate(text.splitlines(), 1) if line.startswith(start))


def required_of_contributors(text: str) -> int:
    """The line of Contributors and Community's "### Required" heading."""
    lines = text.splitlines()
    area = lines.index("## Contributors and Community")
    return lines.index("### Required", area) + 1


def test_word_forms_and_synonyms_share_their_stems() -> None:
    assert meaning("Process to submit issues and changes is clearly defined") == meaning(
        "clearly documented process to submit an issue or change"
    )
    assert {"public", "meet", "schedul", "date"} <= meaning(
        "public meeting schedules kept current"
    ) & meaning("up-to-date public meeting schedulers")
    assert meaning("integrated with the release processes") == meaning("integration with release process")


def test_plain_restatements_in_a_section_that_kept_its_checklist_are_their_criteria() -> None:
    text = (
        DD.replace(SUBMIT, "Process to submit issues and changes is clearly defined.", 1)
        .replace(
            CHANNEL,
            "- The project documents a public communication channel for its users and contributors",
            1,
        )
        .replace(
            MEETINGS, "Public meeting schedules are kept current and integrated with the CNCF calendar.", 1
        )
        .replace(CONTRIBUTE, "How to contribute is documented, in more detail as the project matured.", 1)
        .replace(ACTIVITY, "- Contributor activity and recruitment are demonstrated", 1)
    )
    found = mapped(text)
    assert found["clearly-defined-and-discoverable-process-submit"][0] == line_of(text, "Process to submit")
    assert found["project-must-have-and-document-least-one-public"] == (
        line_of(text, "- The project documents"),
        "reworded",
    )
    assert found["date-public-meeting-schedulers-and-integration-w"] == (
        line_of(text, "Public meeting"),
        "reworded",
    )
    assert found["documentation-how-contribute-with-increasing-det"] == (
        line_of(text, "How to contribute"),
        "reworded",
    )
    assert found["demonstrate-contributor-activity-and-recruitment"] == (
        line_of(text, "- Contributor activity"),
        "reworded",
    )
    assert [f.rule for f in lint_text(text, "dd.md").findings] == []


def test_a_box_of_the_authors_own_is_not_taken_for_a_criterion_a_sentence_restates() -> None:
    text = DD.replace(
        ACTIVITY,
        "- Contributor activity and recruitment are demonstrated\n\n- [x] We run a monthly contributor office hour",
        1,
    )
    found = mapped(text)
    assert found["demonstrate-contributor-activity-and-recruitment"][0] == line_of(
        text, "- Contributor activity"
    )
    office = line_of(text, "- [x] We run a monthly")
    assert all(line != office for line, _ in found.values())


def test_sentences_that_restate_no_criterion_are_not_paired() -> None:
    # The criterion deleted; what is left is the author's own sentence and the evaluation with its link.
    text = DD.replace(ACTIVITY, "We run a monthly contributor office hour.", 1)
    assert "demonstrate-contributor-activity-and-recruitment" not in mapped(text)
    missing = [f for f in lint_text(text, "dd.md").findings if f.rule == "missing-criterion"]
    assert [(f.severity.label, f.line) for f in missing] == [
        ("error", line_of(text, "### Required") + 0 if False else 156)
    ]
    # A restatement of a criterion of another area (Security) in this area is not paired here.
    text = DD.replace(ACTIVITY, "A process to report security issues is clearly defined.", 1)
    found = mapped(text)
    assert "demonstrate-contributor-activity-and-recruitment" not in found
    assert (
        found["clearly-defined-and-discoverable-process-report"][1] == "exact"
    )  # still its own, in Security


def test_an_export_that_lost_the_whole_checklist_pairs_no_plain_sentence() -> None:
    start = DD.index("## Contributors and Community")
    end = DD.index("## Engineering Principles")
    section = DD[start:end]
    for statement in [line for line in section.splitlines() if line.startswith("- [")]:
        section = section.replace(statement + "\n", "", 1)
    section = section.replace(
        "### Required\n", "### Required\n\nContributor activity and recruitment are demonstrated.\n", 1
    )
    text = DD[:start] + section + DD[end:]
    assert "demonstrate-contributor-activity-and-recruitment" not in mapped(text)


def _stem_over_every_suffix(word: str) -> str:
    """The stem as it was found before the suffixes were grouped by their last letter: every suffix
    tried in order."""
    for suffix in rewording._SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            if suffix == "s" and word.endswith(("ss", "us", "is")):
                break
            word = word[: -len(suffix)] + ("y" if suffix in ("ies", "ied") else "")
            break
    if word.endswith("e") and len(word) >= 5:
        word = word[:-1]
    return rewording.SYNONYMS.get(word, word)


def test_a_word_is_stemmed_as_when_every_suffix_was_tried() -> None:
    words = {
        word
        for criterion in map(str, [DD, SUBMIT, CHANNEL, MEETINGS, CONTRIBUTE])
        for word in criterion.lower().replace("*", " ").split()
    }
    words |= {
        stem + suffix
        for stem in ("", "a", "doc", "docu", "proces", "statu", "analys", "polic", "defin", "publish")
        for suffix in (*rewording._SUFFIXES, "", "e", "ss", "us", "is", "ie", "y")
    }
    assert len(words) > 500
    for word in words:
        assert rewording._stem(word) == _stem_over_every_suffix(word), word
