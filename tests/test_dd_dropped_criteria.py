"""A DD document written from an older DD template is not told of a criterion a close DD revision
dropped (missing-criterion speaks only of criteria every close revision asks for)."""

from __future__ import annotations

import pytest

from applint.engine import lint_path, lint_text
from applint.matching.detection import close_revisions, select_template
from applint.readers.markdown import read_markdown
from applint.templates.catalog import find_template
from applint.templates.records import Template, TemplateSection
from tests.conftest import EXAMPLES, require_shared

# Dropped from the graduation DD template in August 2025; still in the 2025-04-07 revision.
DROPPED = "tag-provides-insight-recommendation-the-project"
KEPT = "all-project-metadata-and-resources-are-vendor-ne"


def finished_dd(template: Template, leave_out: str) -> str:
    """A finished DD document written from ``template`` by a TOC member, with one criterion left out:
    every box ticked, every criterion followed by what the TOC checked."""
    lines: list[str] = []

    def write(sections: tuple[TemplateSection, ...]) -> None:
        for section in sections:
            title = section.title.replace("$PROJECT", "Examplo").replace(
                "$COMPANY/$INDUSTRY", "Contoso/Banking"
            )
            lines.extend(["#" * section.level + " " + title, ""])
            criteria = [c for c in template.criteria if c.section_id == section.id and c.id != leave_out]
            if section.role != "title" and not section.sections and not criteria:
                lines.extend(["Jane Doe (@janedoe) reviewed this with the maintainers in May 2025.", ""])
            for criterion in criteria:
                lines.extend([f"- [x] **{criterion.text}**", ""])
                lines.extend(
                    ["Checked in [the community repository](https://github.com/examplo/community).", ""]
                )
            write(section.sections)

    write(template.sections)
    return "\n".join(lines)


def test_a_criterion_a_close_revision_dropped_is_not_reported() -> None:
    template = find_template("dd-graduation-2025-04-07")
    text = finished_dd(template, leave_out=DROPPED)
    selection = select_template(read_markdown(text))
    close = close_revisions(selection)
    # The premise: the revisions the document fits disagree on the criterion.
    assert selection.template.id == "dd-graduation-2025-04-07"
    assert any(DROPPED not in {c.id for c in each.criteria} for each in close)
    report = lint_text(text, "dd.md")
    assert [f for f in report.findings if f.rule == "missing-criterion"] == []
    # Nor is it counted as absent in the completeness tally (the other criteria are all there).
    assert report.completeness is not None
    required = report.completeness["required"]
    assert required["present"] == required["total"] == sum(1 for c in template.criteria if c.required) - 1


def test_a_criterion_every_close_revision_has_is_still_reported() -> None:
    template = find_template("dd-graduation-2025-04-07")
    text = finished_dd(template, leave_out=KEPT)
    required = text.splitlines().index("### Required") + 1  # Application Process Principles' Required
    report = lint_text(text, "dd.md")
    missing = [f for f in report.findings if f.rule == "missing-criterion"]
    assert [(f.severity.label, f.line) for f in missing] == [("error", required)]
    assert report.completeness is not None
    tally = report.completeness["required"]
    assert (tally["present"], tally["total"]) == (
        tally["total"] - 1,
        sum(1 for c in template.criteria if c.required),
    )
    assert "All project metadata and resources are vendor-neutral." in missing[0].message
    assert "the TOC's evaluation" in missing[0].message


def test_a_forced_template_is_checked_as_it_is() -> None:
    """With the revision named (--template), there are no close revisions to doubt it."""
    template = find_template("dd-graduation-2025-04-07")
    selection = select_template(read_markdown(finished_dd(template, leave_out=DROPPED)), forced=template)
    assert close_revisions(selection) == (template,)


@pytest.mark.parametrize("name", ["knative-graduation-tocdd.md"])
def test_knative_dd_is_not_asked_for_the_dropped_tag_criterion(name: str) -> None:
    require_shared()
    report = lint_path(str(EXAMPLES / name))
    assert report.document_kind == "due-diligence"
    assert [f.message for f in report.findings if f.rule == "missing-criterion"] == []
