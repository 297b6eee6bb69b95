"""Non-answers left in a companion document's fields, tables and answers: a field still holding
an older template's description, a metadata table collapsed into one paragraph, empty table rows,
bare N/A where the template asks for a reason, a self-assessment link answered with something
else, the template's prompts kept as lead-ins of the answers."""

from __future__ import annotations

from applint.engine import lint_text
from tests.companion_texts import GTR_OPENING, SECURITY_LINKS_HEAD
from tests.rule_rows import Row, rule_rows


def findings(text: str, rule: str) -> list[Row]:
    return rule_rows(text, rule)


def messages(text: str, rule: str) -> dict[int | None, str]:
    return {f.line: f.message for f in lint_text(text).findings if f.rule == rule}


SSA_HEAD = (
    SECURITY_LINKS_HEAD
    + """
## Overview

Kestrel schedules batch jobs.
"""
)


def test_a_field_still_holding_an_older_templates_description() -> None:
    # The 2023 outline wrote "languages the project is written in"; the current one "Language(s) …".
    older = SSA_HEAD.replace("| Go |", "| languages the project is written in |")
    assert findings(older, "unfilled-field") == [("unfilled-field", "warning", 10)]
    assert messages(older, "unfilled-field")[10] == (
        "'Languages' still holds the template's description ('Language(s) the project is written in.'): "
        "write the project's own value"
    )
    # A value that only starts like the description is the project's.
    own = SSA_HEAD.replace("| Go |", "| Go; languages of the plugins vary |")
    assert findings(own, "unfilled-field") == []


def test_fields_of_a_metadata_table_collapsed_into_one_paragraph() -> None:
    collapsed = SSA_HEAD.replace(
        """| | |
| -- | -- |
| Assessment Stage | Complete |
| Software | https://github.com/kestrel/kestrel |
| Security Provider | No |
| Languages | Go |
| SBOM | https://github.com/kestrel/kestrel/releases |""",
        "|||| | \\-- | \\-- | | Assessment Stage | Incomplete | | Software | https://github.com/kestrel/kestrel |"
        " | | Security Provider | No | | Languages | Language(s) the project is written in. | | SBOM | "
        "https://github.com/kestrel/kestrel/releases |",
    )
    # The stage and the template's description are read from the one line the table became.
    rows = findings(collapsed, "unfilled-field")
    assert rows == [("unfilled-field", "warning", 5), ("unfilled-field", "warning", 5)]
    said = [f.message for f in lint_text(collapsed).findings if f.rule == "unfilled-field"]
    assert said[0].startswith("'Assessment Stage' says 'Incomplete': write the sections still left")
    assert said[1].startswith("'Languages' still holds the template's description")
    # A paragraph with a pipe or two is prose, not a table.
    prose = SSA_HEAD.replace("Kestrel schedules batch jobs.", "Kestrel | schedules | Languages | batch jobs.")
    assert findings(prose, "unfilled-field") == []


def test_empty_rows_below_a_tables_header() -> None:
    text = SSA_HEAD + (
        "\n### Actors\n\n|   |     |\n| -- | -- |\n| Operators | Run the scheduler |\n|  |  |\n"
        "| Users | Submit jobs |\n| | |\n"
    )
    assert findings(text, "unfilled-field") == [("unfilled-field", "info", 28)]
    assert messages(text, "unfilled-field")[28] == (
        "this table has an empty row (also line 30), shown as a blank row: fill it in or delete it"
    )
    # Empty rows in two tables of the author's are one habit: one finding, naming the other table.
    two_tables = text + "\n### Actions\n\n| Step | Who |\n| -- | -- |\n| Submit | Users |\n| | |\n"
    assert findings(two_tables, "unfilled-field") == [("unfilled-field", "info", 28)]
    assert messages(two_tables, "unfilled-field")[28].endswith("fill it in or delete it (also at line 37)")
    # The empty header row (the template's own "|||") is no finding. The empty last row older
    # revisions of the outline ended the metadata table with shows a blank row under the project's
    # values all the same (labelled in five drafts of that outline): info, saying where it came from.
    trailing = SSA_HEAD.replace(
        "| SBOM | https://github.com/kestrel/kestrel/releases |",
        "| SBOM | https://github.com/kestrel/kestrel/releases |\n|                   |          |",
    )
    assert findings(trailing, "unfilled-field") == [("unfilled-field", "info", 12)]
    assert messages(trailing, "unfilled-field")[12].startswith(
        "this table ends with an empty row (older revisions of the outline had one)"
    )
    # While the table is still the template's (every value its description), the values are what is
    # missing: their findings, not the row's.
    unfilled = (
        "# Kestrel Security Self-assessment\n\n## Metadata\n\n|   |  |\n| -- | -- |\n"
        "| Software | A link to the software’s repository.  |\n"
        "| Security Provider | Yes or No. Is the primary function of the project to support the security of an "
        "integrated system?  |\n"
        "| Languages | Languages the project is written in. |\n| | |\n\n## Overview\n\nKestrel schedules batch jobs.\n"
    )
    assert 10 not in [line for _, _, line in findings(unfilled, "unfilled-field")]
    # An empty row inside the metadata table is the author's.
    inside = SSA_HEAD.replace("| Languages | Go |", "| | |\n| Languages | Go |")
    assert findings(inside, "unfilled-field") == [("unfilled-field", "info", 10)]


GTR = (
    "# General Technical Review - Kestrel / Sandbox\n"
    + GTR_OPENING
    + """  The roadmap is a GitHub project board reviewed monthly by the maintainers.

- Describe the target persona or user(s) for the project?

  {persona}

- Explain the primary use case for the project. What additional use cases are supported by the project?

  Batch scheduling.

- Explain which use cases have been identified as unsupported by the project.

  {unsupported}

### Security

- Please provide a link to the project’s cloud native [security self assessment](https://tag-security.cncf.io/community/assessments/).

  {self_assessment}
"""
)


def gtr(
    persona: str = "Platform teams.",
    unsupported: str = "Streaming workloads.",
    self_assessment: str = "[Kestrel self-assessment](https://github.com/kestrel/kestrel/blob/main/docs/self-assessment.md)",
) -> str:
    return GTR.format(persona=persona, unsupported=unsupported, self_assessment=self_assessment)


def question_rows(text: str) -> list[Row]:
    # Only the rows of the two behaviours here: the sections this GTR leaves out are other findings.
    return [
        (f.rule, f.severity.label, f.line)
        for f in lint_text(text).findings
        if f.rule == "unanswered-question"
        and ("no reason" in f.message or "self-assessment question" in f.message)
    ]


def test_a_bare_not_applicable_where_the_template_asks_for_a_reason() -> None:
    text = gtr(persona="N/A", unsupported="Not applicable.")
    assert question_rows(text) == [("unanswered-question", "warning", 20)]  # one problem: the other folded
    message = next(
        f.message for f in lint_text(text).findings if f.line == 20 and f.rule == "unanswered-question"
    )
    assert message == (
        "'N/A' with no reason: the GTR template asks to 'mark it as not-applicable (N/A) and provide a "
        "brief explanation': say in a sentence why the question does not apply to the project "
        "(also a bare N/A at line 28)"
    )
    # N/A with its reason, inline or on the next line, answers the question.
    assert question_rows(gtr(persona="N/A - Kestrel has no end users of its own.")) == []
    assert question_rows(gtr(persona="**N/A.** As a library, Kestrel has no persona.")) == []
    assert question_rows(gtr(persona="N/A\n\n  Kestrel is a library embedded by schedulers.")) == []


def test_the_self_assessment_question_answered_with_an_audit() -> None:
    audit = (
        "Kestrel partnered with [Cure53](https://cure53.de/) for an external security audit. The results are\n"
        "  published [here](https://github.com/kestrel/kestrel/blob/main/doc/security_audit.pdf)."
    )
    assert question_rows(gtr(self_assessment=audit)) == [("unanswered-question", "warning", 32)]
    # A self-assessment named or linked in any spelling answers it; so does saying there is none yet.
    for answer in (
        "[SECURITY_SELF_ASSESSMENT.md](https://github.com/kestrel/kestrel/blob/main/SECURITY_SELF_ASSESSMENT.md)",
        "Security self-assessment: https://github.com/kestrel/community/blob/main/security-self-assesment.md",
        "[Security Assessment](./security-assessment.md)",
        "The self-assessment is being written with TAG Security.",
        "Not written yet; planned for the next quarter.",
    ):
        assert question_rows(gtr(self_assessment=answer)) == [], answer


CHANNELS = """
## Secure development practices

* Development Pipeline. All changes are reviewed by two maintainers.
* Communication Channels.
  * Internal. How do team members communicate with each other?
    Through the #kestrel-dev channel on the CNCF Slack.
  * Inbound. How do users or prospective users communicate with the team?
    Users open GitHub issues or write to kestrel-users@lists.kestrel.dev.
  * Outbound: the kestrel-announce mailing list and the blog.
"""


def test_the_templates_questions_kept_as_lead_ins_of_the_answers() -> None:
    text = SSA_HEAD + CHANNELS
    assert findings(text, "template-guidance") == [("template-guidance", "info", 27)]
    assert messages(text, "template-guidance")[27] == (
        "the template's question ('How do team members communicate with each other?') is still the "
        "lead-in of your answer in 'Secure development practices': keep the label ('Internal') and delete "
        "the rest (also at line 29)"
    )
    # The template's instruction to the author kept over the answers is the same problem, folded.
    instructed = text.replace(
        "* Communication Channels.",
        "* Communication Channels. Reference where you document how to reach your team or\n"
        "  describe in corresponding section.",
    )
    assert findings(instructed, "template-guidance") == [("template-guidance", "info", 26)]
    assert messages(instructed, "template-guidance")[26] == (
        "the template's instruction ('Reference where you document how to reach your team or…') is still "
        "the lead-in of your answer in 'Secure development practices': keep the label ('Communication "
        "Channels') and delete the rest (also at lines 28 and 30)"
    )
    # Labels kept without the questions, and descriptive prompts answered under, are quiet.
    labels = text.replace(" How do team members communicate with each other?", ":").replace(
        " How do users or prospective users communicate with the team?", ":"
    )
    assert findings(labels, "template-guidance") == []
    described = SSA_HEAD + (
        "\n## Security functions and features\n\n"
        "* Critical. A listing critical security components of the project with a brief description of "
        "their importance.\n  The admission webhook and the token signer.\n"
    )
    assert findings(described, "template-guidance") == []


REVIEW = """# Kestrel Governance Review

## Summary and Assessment

**Status:** Satisfactory

### Executing the Assessment

Two TOC members reviewed the governance documents over two weeks in March.

### Must-Fix Items

None.

## Review

### Decisions and Role Assignments

Approving new committers: a single no vote vetoes a candidate.
This is not something we have seen elsewhere; {question}  It makes approving a committer
harder than removing one.

- Voting history: all votes take place on Slack. Where are votes recorded for posterity, given that
  Slack history is not archival?
"""


def test_a_governance_review_still_asking_the_project_a_question() -> None:
    text = REVIEW.format(question="can Kestrel explain the reason for this rule?")
    assert findings(text, "unanswered-question") == [("unanswered-question", "info", 20)]
    assert messages(text, "unanswered-question")[20] == (
        "the review still asks the project a question ('can Kestrel explain the reason for this rule?'): "
        "write what the project answered (or what the review found), or move the question to the review's issue"
    )
    addressed = REVIEW.format(question="why did you choose this rule?")
    assert findings(addressed, "unanswered-question") == [("unanswered-question", "info", 20)]
    # The review's own findings phrased as questions (line 24) and answered questions stay quiet.
    answered = REVIEW.format(question="the maintainers explained it guards against hostile takeovers.")
    assert findings(answered, "unanswered-question") == []


def test_a_template_sentence_cut_off_and_run_into_the_answer() -> None:
    spliced = SSA_HEAD + (
        "\n## Secure development practices\n\n"
        "* Development Pipeline.  A description of the testing and assessment processes that\n"
        "  All code is maintained in GitHub and changes must be reviewed by maintainers.\n"
        "  - Every PR runs unit and end-to-end tests.\n"
    )
    assert findings(spliced, "template-guidance") == [("template-guidance", "warning", 25)]
    assert messages(spliced, "template-guidance")[25] == (
        "the template's sentence ('…the testing and assessment processes that') is cut off and runs into "
        "your answer: delete the template's words (keep its label if you like) so the answer reads on its own"
    )
    # The label alone, or a sentence of the template kept whole, then the answer: quiet.
    label = spliced.replace("  A description of the testing and assessment processes that\n ", "")
    assert findings(label, "template-guidance") == []
    # A word of the template made the project's own, the sentence going on as the template's: quiet.
    adapted = SSA_HEAD + (
        "\nThe Self-assessment is the initial document for Kestrel to begin thinking about the security of "
        "the project, determining gaps in its security, and preparing any security documentation for its users.\n"
    )
    assert findings(adapted, "template-guidance") == []
    # A sentence cut where its example in brackets opens ends there.
    example = SSA_HEAD + (
        "\n### Non-goals\n\nNon-goals that a reasonable reader of the project’s literature could believe may "
        "be in scope but are not:\n\n* Encrypting metrics at rest.\n"
    )
    assert findings(example, "template-guidance") == []


def pointer_rows(text: str) -> list[Row]:
    return [
        (f.rule, f.severity.label, f.line)
        for f in lint_text(text).findings
        if f.rule == "unanswered-question" and "points back" in f.message
    ]


def test_an_answer_only_pointing_back_to_an_answer_silent_on_what_is_asked() -> None:
    text = gtr(unsupported="See the previous response.")
    assert pointer_rows(text) == [("unanswered-question", "info", 28)]
    assert messages(text, "unanswered-question")[28] == (
        "the answer only points back ('See the previous response.'), and the answer above says nothing of "
        "'identified' and 'unsupported', which this question asks about: answer it here in a sentence or two"
    )
    for answer in ("Same as above.", "As above", "Refer to the answer above."):
        assert pointer_rows(gtr(unsupported=answer)) == [("unanswered-question", "info", 28)], answer
    # Quiet: the answer above speaks to what is asked, or says the project has none of it ("as
    # above" then says the same here); a pointer with an answer of its own; no pointer at all.
    spoken = "Batch scheduling. Streaming use cases are identified as unsupported in the docs."
    assert pointer_rows(gtr(unsupported="See above.").replace("Batch scheduling.", spoken)) == []
    negated = "Kestrel does not target interactive use; batch scheduling only."
    assert pointer_rows(gtr(unsupported="As above.").replace("Batch scheduling.", negated)) == []
    assert pointer_rows(gtr(unsupported="As mentioned above, streaming workloads are out of scope.")) == []
    assert pointer_rows(gtr()) == []


INLINE_GTR = (
    "# General Technical Review - Kestrel / Sandbox\n"
    + GTR_OPENING
    + """  The roadmap is a GitHub project board reviewed monthly by the maintainers.

**Describe the target persona or user(s) for the project?**
{persona}

**Explain the primary use case for the project. What additional use cases are supported by the project?**
Batch scheduling.

**Explain which use cases have been identified as unsupported by the project.** {unsupported}

**Please describe any completed end user research and link to any reports.**
{research}
"""
)


def inline_gtr(
    persona: str = "Platform teams.", unsupported: str = "Streaming.", research: str = "None yet."
) -> str:
    return INLINE_GTR.format(persona=persona, unsupported=unsupported, research=research)


def test_a_bare_not_applicable_written_in_the_questions_own_paragraph() -> None:
    # The answer on the line below the bold question (no blank line: one paragraph), or after it on
    # its line; "Not relevant" and its slip "No relevant" are bare too.
    text = inline_gtr(persona="N/A", unsupported="Not relevant.", research="No relevant.")
    lines = text.splitlines()
    persona = lines.index("N/A") + 1
    assert question_rows(text) == [("unanswered-question", "warning", persona)]  # one problem, folded
    message = next(f.message for f in lint_text(text).findings if f.line == persona)
    unsupported = next(number for number, line in enumerate(lines, 1) if line.endswith("Not relevant."))
    research = lines.index("No relevant.") + 1
    assert message.startswith("'N/A' with no reason: the GTR template asks to")
    assert message.endswith(f"(also a bare N/A at lines {unsupported} and {research})")
    # A reason in the same sentence or the next answers the question.
    assert question_rows(inline_gtr(persona="N/A: Kestrel is a library and has no users of its own.")) == []
    assert question_rows(inline_gtr(persona="Not relevant — the scheduler has no end users.")) == []
    assert question_rows(inline_gtr(persona="N/A\n\nKestrel is a library embedded by schedulers.")) == []
    # "None" to a question asking for "any" research answers it (there is none); to one asking for
    # a description it is a bare N/A.
    assert question_rows(inline_gtr(research="None.")) == []
    text = inline_gtr(persona="None")
    assert question_rows(text) == [("unanswered-question", "warning", text.splitlines().index("None") + 1)]
