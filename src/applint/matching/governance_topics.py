"""The words reviewers write for a governance review template's parts when they write the review
under headings of their own: "Overall assessment" or "Status: ready for graduation" for the
Status, "Blocking issues" for the Must-Fix Items, "Strengths" for the Points of Excellence,
"Recommendations" for the Areas for Improvement, "CODEOWNERS" or "Prow" for Ownership.

``governance_shape`` reads such a review part by part. ``AS_LABEL`` holds the runs that stand for a
part only where the reviewer uses them as a name (a heading, a bold label, the opening before a
colon): "## Background" is the Governance Summary, "a background job" is not. ``TOPICS`` holds the
runs that stand for it anywhere in the text ("nine of the eleven maintainers", "there are no
blocking issues", "Kelpie's governance is satisfactory"). A run is matched as ``topic_words`` matches one (normalised words, the
small words left out (so no run holds one: "governed", not "governed by"), "-" the beginning of
words, "non-" joined to its word so that "non-blocking" is no blocker); the runs only ever let a part count as written, so a run is listed
only where a TOC member would accept it as the part. ``LINKED`` holds the runs a link (its address
or its paragraph) holds to be the review's link to the project's self-assessment or application;
``NOT_THE_PROJECT`` the runs naming the TOC's own bodies ("the Project Reviews subproject"), left
out of the text before it is read.

Parts are keyed by the template's normalised title ("status" for the Status line).
"""

from __future__ import annotations

# Runs standing for a part only as a heading's or label's words.
AS_LABEL: dict[str, tuple[tuple[str, ...], ...]] = {
    "status": (
        ("status",),
        ("overall", "assessment-"),
        ("final", "assessment-"),
        ("assessment", "summary"),
        ("summary", "assessment"),
        ("verdict",),
        ("recommendation", "toc"),
    ),
    "executing the assessment": (
        ("executing",),
        ("methodolog-",),
        ("approach",),
        ("scope",),
        ("reviewer-",),
        ("participants",),
        ("review", "period"),
        ("review", "process"),
        ("review", "timeline"),
        ("about", "this", "review"),
    ),
    "must fix items": (
        ("fix",),
        ("fix", "item-"),
        ("blocker-",),
        ("blocking",),
        ("critical", "item-"),
        ("critical", "issue-"),
        ("required", "change-"),
        ("required", "before"),
    ),
    "points of excellence": (
        ("excellence",),
        ("strength-",),
        ("highlight-",),
        ("commendation-",),
        ("positive-",),
        ("works", "well"),
        ("exemplary",),
    ),
    "areas for improvement": (
        ("improv-",),
        ("recommendation-",),
        ("suggestion-",),
        ("next", "steps"),
        ("follow", "up-"),
        ("nonblocking",),
    ),
    "governance summary": (
        ("summary",),
        ("overview",),
        ("background",),
        ("introduction",),
        ("about",),
        ("governance", "model"),
        ("governance", "structure"),
        ("governance", "description"),
    ),
}

# Runs standing for a part anywhere in the text.
TOPICS: dict[str, tuple[tuple[str, ...], ...]] = {
    "status": (
        ("governance", "satisfactory"),
        ("governance", "mostly", "satisfactory"),
        ("governance", "exemplary"),
        ("governance", "needs", "work"),
        ("governance", "crisis"),
        ("ready", "graduation"),
        ("ready", "incubation"),
        ("recommend-", "graduat-"),
        ("recommend-", "incubat-"),
    ),
    "executing the assessment": (
        ("was", "reviewed"),
        ("were", "reviewed"),
        ("review", "conducted"),
        ("review", "performed"),
        ("assessment", "conducted"),
        ("carried", "out"),
        ("timebox-",),
        ("review", "period"),
    ),
    # In the text only the statement that there are none: a blocker told in passing under "Risks"
    # is not the list of what must be resolved before the move.
    "must fix items": (
        ("no", "blocker-"),
        ("no", "blocking"),
        ("no", "fix", "item-"),
        ("no", "critical", "item-"),
        ("nothing", "blocking"),
        ("nothing", "blocks"),
    ),
    "points of excellence": (("exemplary",), ("excellent",), ("stand-", "out"), ("strength-",)),
    "areas for improvement": (("recommend-",), ("suggest-",), ("improvement-",)),
    "governance summary": (
        ("governed",),
        ("governance", "model"),
        ("governance", "structure"),
        ("steering", "committee"),
    ),
    "governance evolution": (
        ("evolv-",),
        ("evolution",),
        ("iterat-",),
        ("governance", "history"),
        ("over", "time"),
    ),
    "discoverability": (
        ("discoverab-",),
        ("findab-",),
        ("easy", "find"),
        ("hard", "find"),
        ("linked", "from"),
        ("governance", "location"),
    ),
    "accuracy and clarity": (
        ("up", "date"),
        ("accura-",),
        ("outdated",),
        ("out", "date"),
        ("stale",),
        ("neutral-",),
        ("election-",),
        ("minutes",),
    ),
    "decisions and role assignments": (
        ("decision-",),
        ("decid-",),
        ("voting",),
        ("vote-",),
        ("consensus",),
        ("role-", "assign-"),
        ("security", "response"),
    ),
    "maintainers and maintainer lifecycle": (("maintainer-",), ("emeritus",)),
    "ownership": (
        ("ownership",),
        ("codeowners",),
        ("owners", "file-"),
        ("permission-",),
        ("prow",),
        ("sheriff",),
        ("write", "access"),
        ("admin-", "right-"),
    ),
    "code of conduct": (("code", "conduct"), ("coc",)),
    "subprojects": (("subproject-",), ("sub", "project-")),
    "contributors and community": (
        ("contribut-",),
        ("communicat-", "channel-"),
        ("slack",),
        ("mailing", "list-"),
        ("calendar",),
        ("community", "meeting-"),
    ),
}

# Runs naming the TOC's own bodies, whose words are not the project's: "with the Project Reviews
# subproject" says nothing of the project's subprojects.
NOT_THE_PROJECT: tuple[tuple[str, ...], ...] = (("project", "review-", "subproject-"),)

# Runs a link's address or its paragraph holds to be the link to the project's self-assessment
# (the template's "$LINK") or its application (the earlier revision's).
LINKED: tuple[tuple[str, ...], ...] = (
    ("self", "assessment-"),
    ("application-",),
    ("cncf", "toc", "issues"),
)
