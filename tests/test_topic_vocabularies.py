"""The topic vocabularies (``schemas/topics/``): valid against their schema, shipped in the
generated table a run reads, loaded once, and read by the one matcher (``matching.topic_words``)
as the schema says: plurals only where a vocabulary asks, word beginnings, any one word, runs that
count only as a name, and text as written."""

from __future__ import annotations

import json
import marshal
import subprocess
import sys

import jsonschema
import pytest

from applint.errors import TemplateError
from applint.matching.topic_words import (
    content_run,
    run_places,
    speaks_of_topic,
    topic_spans,
    topic_within,
    topics_named,
)
from applint.templates.catalog import read_shipped_json, schemas_dir
from applint.templates.topics import (
    EVIDENCE_SERVICES,
    GOVERNANCE_REVIEW_CRITERIA,
    GOVERNANCE_REVIEW_PARTS,
    GTR_QUESTIONS,
    PRACTICES,
    PROPOSAL_TOPICS,
    SELF_ASSESSMENT_PARTS,
    SELF_ASSESSMENT_SECTIONS,
    Topic,
    Vocabulary,
    topics_table_path,
    topics_table_text,
    vocabulary,
    vocabulary_files,
)
from applint.text.normalize import normalize
from tests.conftest import FIXTURES

SHIPPED = (
    EVIDENCE_SERVICES,
    GOVERNANCE_REVIEW_CRITERIA,
    GOVERNANCE_REVIEW_PARTS,
    GTR_QUESTIONS,
    PRACTICES,
    PROPOSAL_TOPICS,
    SELF_ASSESSMENT_PARTS,
    SELF_ASSESSMENT_SECTIONS,
)


def test_every_shipped_vocabulary_is_valid_and_named_by_its_file() -> None:
    meta = read_shipped_json("topics.schema.json")
    jsonschema.Draft202012Validator.check_schema(meta)
    files = vocabulary_files(schemas_dir())
    assert sorted(path.stem for path in files) == sorted(SHIPPED)
    for path in files:
        data = json.loads(path.read_text(encoding="utf-8"))
        jsonschema.Draft202012Validator(meta).validate(data)
        assert data["id"] == path.stem
        names = [topic["topic"] for topic in data["topics"]]
        assert len(names) == len(set(names)), path.name
        # A topic yields only to another topic of its own vocabulary.
        assert {other for topic in data["topics"] for other in topic.get("yields_to", ())} <= set(names)


def test_the_schema_rejects_a_run_that_is_not_normalised_words() -> None:
    validator = jsonschema.Draft202012Validator(read_shipped_json("topics.schema.json"))
    data = read_shipped_json(f"topics/{SELF_ASSESSMENT_PARTS}.json")
    assert not list(validator.iter_errors(data))
    for run in ("SECURITY.md", "report-  vulnerab-", "critical ", "-disclos"):
        bad = {**data, "topics": [{"topic": "critical", "runs": [run]}]}
        assert list(validator.iter_errors(bad)), run
    assert list(validator.iter_errors({**data, "plurals": "yes"}))
    assert list(
        validator.iter_errors({**data, "topics": [{"topic": "critical", "runs": ["x"], "words": []}]})
    )


def test_the_topics_table_is_the_vocabularies_as_generated() -> None:
    """A run reads topics_table.py, not the JSON: it must be what the generator makes of the shipped
    files. Regenerate it with `python -m applint.templates.topics schemas`."""
    from applint.templates import topics_table

    assert topics_table_path().read_text(encoding="utf-8") == topics_table_text(schemas_dir())
    for name in SHIPPED:
        assert marshal.loads(topics_table.VOCABULARIES[name]) == read_shipped_json(f"topics/{name}.json")


def test_a_vocabulary_missing_from_the_table_is_read_from_its_json(monkeypatch: pytest.MonkeyPatch) -> None:
    from applint.templates import topics_table

    stored = {name: Vocabulary(read_shipped_json(f"topics/{name}.json")).topics for name in SHIPPED}
    monkeypatch.setattr(topics_table, "VOCABULARIES", {GTR_QUESTIONS: b"\xff not marshal data"})
    vocabulary.cache_clear()
    try:
        for name in SHIPPED:
            assert vocabulary(name).topics == stored[name]
        with pytest.raises(TemplateError, match="no topic vocabulary 'tag-review'"):
            vocabulary("tag-review")
    finally:
        vocabulary.cache_clear()


def test_a_vocabulary_is_loaded_once() -> None:
    assert vocabulary(PROPOSAL_TOPICS) is vocabulary(PROPOSAL_TOPICS)


def test_a_check_of_an_application_on_the_template_loads_no_vocabulary() -> None:
    """The vocabularies are read on first use: an application written from the template reads none
    (start-up cost), a free-form proposal reads its topics."""
    clean = str(FIXTURES / "apps" / "graduation-v1.6-complete.md")
    code = (
        "import sys; from applint import lint_path\n"
        f"lint_path({clean!r})\n"
        "print('applint.templates.topics' in sys.modules, 'applint.templates.topics_table' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False False"


def _words(text: str) -> list[str]:
    return content_run(normalize(text))


def _part(label: str) -> Topic:
    (topic,) = topics_named(SELF_ASSESSMENT_PARTS, (label,))
    return topic


def test_runs_read_words_in_a_row_with_the_small_words_left_out() -> None:
    disclosures = _part("responsible disclosures process")
    assert speaks_of_topic(disclosures, _words("Vulnerabilities can be reported privately."))
    assert speaks_of_topic(disclosures, _words("See our policy on reporting a vulnerability."))
    # The run's words in another order, or apart, are not the run.
    assert not speaks_of_topic(_part("case studies"), _words("Studies of the case law"))
    # "*" is any one word, and only one.
    cases = _part("case studies")
    assert speaks_of_topic(cases, _words("Acme runs Kestrel in production."))
    assert not speaks_of_topic(cases, _words("Acme runs Kestrel for years in production."))


def test_a_word_is_itself_or_its_plural_only_where_the_vocabulary_says() -> None:
    channels = _part("communication channels")
    assert channels.plurals and speaks_of_topic(channels, _words("Mailing lists and a Slack workspace"))
    assert not speaks_of_topic(_part("critical"), _words("Critically, nothing is optional here."))
    (community,) = [t for t in vocabulary(PROPOSAL_TOPICS).topics if t.name == "communication channels"]
    # A proposal's phrase is its words as written; a single word is the beginning of words.
    assert not community.plurals
    assert not speaks_of_topic(community, normalize("Two mailing lists").split())
    assert speaks_of_topic(community, normalize("The mailing list").split())
    assert speaks_of_topic(community, normalize("Communications").split())


def test_run_places_give_where_each_run_stands_in_the_words() -> None:
    """A reader that needs the words themselves (a proposal's sentence about a topic) gets each
    place a run stands, as (index, length), in the words' order."""
    conduct = vocabulary(PROPOSAL_TOPICS).by_name["the code of conduct"]
    words = normalize("Our CoC and the Code of Conduct").split()
    assert run_places(conduct.runs, words, conduct.plurals) == [(1, 1), (4, 3)]
    assert run_places(conduct.runs, normalize("The code of practice").split(), conduct.plurals) == []


def test_label_runs_count_only_among_names_and_written_text_only_as_written() -> None:
    critical = _part("critical")
    words = _words("The critical actors are the controller and the agent.")
    assert not speaks_of_topic(critical, words, named=())
    assert speaks_of_topic(critical, words, named=_words("Critical"))
    disclosures = _part("responsible disclosures process")
    assert speaks_of_topic(disclosures, _words("Write to us."), lowered="write to security@kelpie.dev.")
    assert not speaks_of_topic(disclosures, _words("security kelpie dev"), lowered="")


def test_topics_are_looked_up_by_name_or_by_the_words_a_question_holds() -> None:
    assert [
        t.name for t in topics_named(SELF_ASSESSMENT_PARTS, ("best practices", "cii best practices"))
    ] == ["best practices"]
    assert topics_named(SELF_ASSESSMENT_SECTIONS, ("table of contents",)) == ()
    found = topic_within(GTR_QUESTIONS, "describe how the project is handling certificate rotation")
    assert found is not None and found.name == "certificate rotation"
    assert topic_within(GTR_QUESTIONS, "describe the project defaults") is None


def test_a_new_vocabulary_arrives_as_data() -> None:
    """A vocabulary read from its data alone, no code: topics in order, each with its fields."""
    data = {
        "id": "tag-review",
        "description": "A test vocabulary.",
        "plurals": True,
        "topics": [
            {"topic": "threat model", "runs": ["threat model-", "stride"], "as_label": ["threats"]},
            {"topic": "audit", "runs": ["audit-"], "levels": ["graduation"], "section": "Security"},
        ],
    }
    jsonschema.Draft202012Validator(read_shipped_json("topics.schema.json")).validate(data)
    threat, audit = Vocabulary(data).topics
    assert threat.runs == (("threat", "model-"), ("stride",)) and threat.as_label == (("threats",),)
    assert audit.levels == frozenset({"graduation"}) and audit.section == "Security" and not threat.levels
    assert speaks_of_topic(threat, _words("We keep STRIDE threat modelling notes."))
    assert not speaks_of_topic(audit, _words("No external review yet."))


def test_topic_spans_are_where_the_runs_stand_left_to_right() -> None:
    """Where a topic's runs stand, so that a reader can leave them out of a text (a governance
    review's "the Project Reviews subproject" is no subproject of the project)."""
    (bodies,) = topics_named(GOVERNANCE_REVIEW_PARTS, ("the toc's own bodies",))
    words = _words("Reviewed with the Project Reviews subproject; Kelpie has two subprojects.")
    assert [words[start:end] for start, end in topic_spans(bodies, words)] == [
        ["project", "reviews", "subproject"]
    ]
    assert topic_spans(bodies, _words("Kelpie has two subprojects.")) == []
