"""The TOC's minimum triage set as one explicit table: each item's id, area, the guide's wording,
which template criteria hold it, and how it is checked.

The list is the "Initial triage/evaluation prior to assignment" section of the TOC's due-diligence
guide (operations/dd-toc-guide.md), item by item and in its order. Criteria are named by their
stable ids, which every template revision shares; the words in ``mentions`` find an item in its
area when the criterion's statement is not in the document (text exports, rewritten drafts).
"""

from __future__ import annotations

from typing import Final

from applint.triage import links
from applint.triage.links import Shape

GUIDE_URL: Final = "https://github.com/cncf/toc/blob/main/operations/dd-toc-guide.md#initial-triageevaluation-prior-to-assignment"

# How an item is checked.
LINK = "link"  # a link of the item's shape; other links and words alone are weak
ANY_LINK = "any-link"  # any link of the applicant's under the criterion; words alone are weak
ASSERTION = "assertion"  # the criterion ticked, or asserted in words
CONTENT = "content"  # the applicant's own words under the criterion
COUNT = "count"  # a number of maintainers stated
ACTIVITY = "activity"  # contributor figures and efforts to attract contributors
BY_HAND = "by-hand"  # lives outside the issue: the application can only note it

# What an item's absence means for the verdict.
REQUIRED = "required"  # missing -> not ready
OPTIONAL = "optional"  # the guide says optional, "if available" or "if applicable"
OUTSIDE = "outside the issue"  # the TOC member checks it elsewhere (the adopters form)


class Area:
    """One part of the guide's list, and the template section it reads."""

    __slots__ = ("id", "section", "title")

    def __init__(self, id: str, title: str, section: str) -> None:
        self.id: Final = id
        self.title: Final = title
        self.section: Final = section  # a template section id, or its last dotted part


AREAS: Final = (
    Area("adoption", "Adoption Assertion", "adoption-assertion"),
    Area("process", "Application Process Principles", "application-process-principles"),
    Area("governance", "Governance and Maintainers", "governance-and-maintainers"),
    Area("community", "Contributors and Community", "contributors-and-community"),
    Area("engineering", "Engineering Principles", "engineering-principles"),
    Area("security", "Security", "security"),
    Area("ecosystem", "Ecosystem", "ecosystem"),
)
AREAS_BY_ID: Final = {area.id: area for area in AREAS}


class Item:
    """One triage item."""

    __slots__ = (
        "anywhere",
        "area",
        "ask",
        "check",
        "criteria",
        "guide",
        "id",
        "mentions",
        "need",
        "shape",
        "title",
    )

    def __init__(
        self,
        id: str,
        area: str,
        title: str,
        guide: str,
        check: str,
        criteria: tuple[str, ...] = (),
        shape: Shape | None = None,
        mentions: str = "",
        need: str = REQUIRED,
        ask: str = "",
        anywhere: bool = True,
    ) -> None:
        self.id: Final = f"{area}.{id}"
        self.area: Final = area
        self.title: Final = title  # a few words for lists
        self.guide: Final = guide  # the guide's own wording
        self.check: Final = check
        self.criteria: Final = criteria  # template criterion ids, first mapped first
        self.shape: Final = shape
        self.mentions: Final = mentions  # a regular expression (case-insensitive) for the area's text
        self.need: Final = need
        self.ask: Final = ask  # what the project should do, when the item is not met
        # A link of the shape elsewhere in the document meets the item (False: only under its criteria).
        self.anywhere: Final = anywhere

    @property
    def blocking(self) -> bool:
        return self.need == REQUIRED


ITEMS: Final = (
    Item("adopters-link", "adoption", "Adopters file linked in the Adoption Assertion",
         "Adoption Assertion includes the Adopters file link", LINK,
         shape=links.ADOPTERS, mentions=r"adopters?\W+(?:file|list|\.md)|(?-i:ADOPTERS)",
         ask="Link the ADOPTERS file in the Adoption Assertion."),
    Item("adopter-form", "adoption", "5-7 adopters given in the Adopters form",
         "the project has an entry in the Adopter's form responses to provide 5-7 adopters to reach out to",
         BY_HAND, need=OUTSIDE,
         mentions=r"interview|reach out|contact\w*\b.*adopters?|adopters?\b.*(?:on request|contact)",
         ask="Fill in the TOC's Adopters form with 5-7 adopters the TOC can interview, and say so."),
    Item("gtr", "process", "General Technical Review linked",
         "link to a completed General Technical Review (GTR). The GTR snapshot should be submitted as a PR "
         "into `projects/<project-name>/tech-review/` in this repo, named `YYYY-MM-DD.md`",
         LINK, ("complete-general-technical-review-gtr",),
         links.GTR, r"general technical review|\bGTR\b",
         ask="Link the GTR snapshot merged into cncf/toc under `projects/<project>/tech-review/YYYY-MM-DD.md`."),
    Item("governance-review", "process", "Governance Review linked",
         "link to a completed Governance Review", LINK,
         ("complete-governance-review", "complete-governance-review-with-the-project-revi"),
         links.GOVERNANCE_REVIEW, r"governance review",
         ask="Link the completed Governance Review."),
    Item("tag-presentation", "process", "TAG presentation (optional)",
         "(optional) link to a technical presentation to a CNCF TAG, or links to notes or issues about such "
         "a presentation", ANY_LINK,
         ("engage-with-domain-specific-tag-present-the-tech", "give-presentation-and-engage-with-the-domain-spe"),
         mentions=r"(?-i:\bTAG\b).*(?:present|meeting)|present\w*.*(?-i:\bTAG\b)", need=OPTIONAL,
         ask="Link the recording, notes or issue of the TAG presentation, if there was one."),
    Item("vendor-neutrality", "process", "Vendor neutrality asserted",
         "assertion of vendor neutrality", ASSERTION, ("all-project-metadata-and-resources-are-vendor-ne",),
         mentions=r"vendor[- ]neutral", ask="Assert that all project metadata and resources are vendor-neutral."),
    Item("expectations", "process", "Expectations acknowledged",
         "assertion of review and acknowledgement of expectations of CNCF projects and requirements for moving "
         "forward through the CNCF maturity levels", ASSERTION,
         ("review-and-acknowledgement-expectations-for-sand", "review-and-acknowledgement-expectations-for-grad"),
         mentions=r"acknowledg|expectations", ask="Tick the review and acknowledgement of the CNCF's expectations."),
    Item("additional-docs", "process", "Additional documentation (optional)",
         "provided any additional documentation links the project feels is appropriate for its type",
         ANY_LINK, ("additional-documentation-appropriate-for-project",),
         mentions=r"installation|user guide|end user doc", need=OPTIONAL,
         ask="Link installation and end-user documentation."),
    Item("governance-link", "governance", "Governance linked",
         "link to the project's governance", LINK,
         ("clear-and-discoverable-project-governance-docume",), links.GOVERNANCE, r"governance (?:doc|file|policy)",
         ask="Link the project's governance document."),
    Item("governance-iteration", "governance", "Notes on governance iteration (optional)",
         "any notes on governance iteration", CONTENT, ("governance-has-continuously-been-iterated-upon-t",),
         mentions=r"governance\b.*(?:iterat|evolv|changed|updated)", need=OPTIONAL,
         ask="Say how the governance has changed as the project grew."),
    Item("maintainers-file", "governance", "Maintainers file linked",
         "Maintainers file is linked", LINK, ("document-complete-list-current-maintainers-inclu",),
         links.MAINTAINERS, r"maintainers?\W+(?:file|list)|(?-i:MAINTAINERS)", ask="Link the MAINTAINERS file."),
    Item("maintainer-count", "governance", "Number of active maintainers stated",
         "lists number of active maintainers", COUNT, ("number-active-maintainers-which-appropriate-the",),
         mentions=r"maintainers", ask="State how many active maintainers the project has."),
    Item("ownership", "governance", "Code and doc ownership",
         "link to or information regarding doc and code ownership", CONTENT,
         ("code-and-doc-ownership-github-and-elsewhere-matc",), mentions=r"(?-i:\bOWNERS\b)|CODEOWNERS|ownership",
         ask="Say (or link) how code and documentation ownership is set up in GitHub."),
    Item("code-of-conduct", "governance", "Code of Conduct linked",
         "link to the project's code of conduct (should link to CNCF CoC)", LINK,
         ("document-agreement-that-project-will-adopt-cncf",), links.CODE_OF_CONDUCT, r"code of conduct|\bCoC\b",
         ask="Link the project's Code of Conduct (based on the CNCF's)."),
    Item("coc-cross-link", "governance", "CoC referenced from governance",
         "link to CoC references in Governance docs (can be a link to governance only and we recommend linking "
         "in contributions as well)", LINK, ("cncf-code-conduct-cross-linked-from-other-govern",),
         Shape("a governance or code-of-conduct document",
               lambda host, path, url: links.GOVERNANCE.of(url) or links.CODE_OF_CONDUCT.of(url)),
         r"code of conduct.*(?:govern|linked)|govern.*code of conduct",
         ask="Link the place in the governance documents that references the Code of Conduct.", anywhere=False),
    Item("subprojects", "governance", "Subproject listing (if applicable)",
         "link to subproject listing, if applicable", ANY_LINK, ("all-subprojects-any-are-listed",),
         mentions=r"sub-?projects?", need=OPTIONAL, ask="Link the list of subprojects, or say there are none."),
    Item("change-process", "community", "Process to submit issues or changes linked",
         "link to contributing file or other file that describes issues or change submissions (i.e. enhancement "
         "proposal process)", LINK, ("clearly-defined-and-discoverable-process-submit",), links.CHANGE_PROCESS,
         r"contributing|enhancement|proposal", ask="Link the contributing guide or the enhancement-proposal process."),
    Item("channels", "community", "Communication channels linked",
         "link to file containing project communication channels", ANY_LINK,
         ("list-and-document-all-project-communication-chan", "project-must-have-and-document-least-one-public"),
         mentions=r"slack|mailing list|discord|communication channel",
         ask="Link the file or page listing the project's communication channels."),
    Item("meetings", "community", "Community meetings linked",
         "links to information on community meetings, recordings, and/or notes", ANY_LINK,
         ("date-public-meeting-schedulers-and-integration-w",), mentions=r"meeting|calendar",
         ask="Link the meeting schedule, recordings or notes."),
    Item("contributing-file", "community", "Contributing file linked",
         "link to the contributing file", LINK, ("documentation-how-contribute-with-increasing-det",),
         links.CONTRIBUTING, r"contributing (?:guide|page|file|doc)", ask="Link the CONTRIBUTING file."),
    Item("contributor-activity", "community", "Contributor activity and recruitment",
         "information on active contributors (i.e. quantity, contribution metrics, etc.) and documented efforts "
         "to attract more contributors (i.e. issues, presenting at conferences, slack messages, mailing lists, etc.)",
         ACTIVITY, ("demonstrate-contributor-activity-and-recruitment",), mentions=r"contributors",
         ask="Give contributor figures (devstats) and what the project does to attract contributors."),
    Item("goals", "engineering", "Goals and objectives linked",
         "link to information on the project goals and objectives, scan for the use cases or problems the "
         "project addresses", ANY_LINK, ("document-project-goals-and-objectives-that-illus",),
         mentions=r"goals|objectives|general technical review|\bGTR\b", ask="Link where the project's goals and objectives are documented."),
    Item("use-cases", "engineering", "Use cases linked",
         "link to information on supported use cases, what the project does, etc.", ANY_LINK,
         ("document-what-the-project-does-and-why-does-incl",), mentions=r"use cases?|what the project does|general technical review|\bGTR\b",
         ask="Link the documentation of what the project does and its use cases."),
    Item("roadmap", "engineering", "Roadmap linked",
         "link to roadmap, project board, or milestones", ANY_LINK,
         ("document-and-maintain-public-roadmap-other-forwa",), mentions=r"roadmap|milestones|project board",
         ask="Link the roadmap, project board or milestones."),
    Item("architecture", "engineering", "Architecture linked",
         "link to project architecture diagram and documentation", ANY_LINK,
         ("document-overview-project-architecture-and-softw",), mentions=r"architecture|general technical review|\bGTR\b",
         ask="Link the architecture documentation."),
    Item("release-process", "engineering", "Release process linked",
         "link to project release process", ANY_LINK, ("document-the-project-release-process",),
         mentions=r"release (?:process|document|schedule)|(?-i:RELEASES?\.md)", ask="Link the release process."),
    Item("joint-assessment", "security", "Joint assessment (if available)",
         "link to joint assessment if available", ANY_LINK, ("complete-joint-security-assessment-with-tag-secu",),
         mentions=r"joint[- ]assessment", need=OPTIONAL, ask="Link the joint security assessment, if there is one."),
    Item("security-policy", "security", "SECURITY.md linked",
         "link to security.md, scan for a process to report issues", LINK,
         ("clearly-defined-and-discoverable-process-report",), links.SECURITY_POLICY,
         r"security polic|SECURITY\.md|report\w* (?:a |security )?vulnerabilit",
         ask="Link SECURITY.md with the process to report vulnerabilities."),
    Item("hardening", "security", "Repository hardening evidence linked",
         "link to (scorecard: scan for branch protection, token permissions, SAST, and CI best practices in "
         "results) or link to other evidence of repo hardening", ANY_LINK,
         ("enforcing-access-control-rules-secure-the-code-b",),
         mentions=r"scorecard|2FA|two[- ]factor|branch protection", ask="Link the OpenSSF Scorecard results or other evidence of repository hardening."),
    Item("response-roles", "security", "Security response roles linked",
         "link to security report resolution process and roles", ANY_LINK,
         ("document-assignment-security-response-roles-and",), mentions=r"security (?:response|team)|security notices",
         ask="Link who handles security reports and how."),
    Item("self-assessment", "security", "Security self-assessment linked",
         "link to completed self-assessment in `cncf/toc` under `projects/<project>/security-assessment/self-assessment.md`",
         LINK, ("document-security-self-assessment",), links.SELF_ASSESSMENT, r"self[- ]?assessment",
         ask="Link the self-assessment in cncf/toc under `projects/<project>/security-assessment/self-assessment.md`."),
    Item("best-practices-badge", "security", "Best Practices badge linked",
         "link to best practices badge, confirm it is \"passing\" and 100% complete", LINK,
         ("achieve-the-open-source-security-foundation-open",), links.BADGE, r"badge|best practices",
         ask="Link the project's page on https://www.bestpractices.dev/ (passing, 100%)."),
    Item("adopters-file", "ecosystem", "Adopters file linked",
         "link to adopters file", LINK, ("publicly-documented-list-adopters-which-may-indi",), links.ADOPTERS,
         r"adopters?\W+(?:file|list)|(?-i:ADOPTERS)", ask="Link the ADOPTERS file."),
    Item("integrations", "ecosystem", "Integrations linked",
         "link to integrations/ compatibility information of other projects and products", ANY_LINK,
         ("clearly-documented-integrations-and-compatibilit",), mentions=r"integrat|compatib",
         ask="Link where integrations with other projects are documented."),
)  # fmt: skip
ITEMS_BY_ID: Final = {item.id: item for item in ITEMS}
