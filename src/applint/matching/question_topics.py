"""The words authors write for a General Technical Review question's topic when they answer it
under a label of their own instead of the question: "data residency" or "jurisdiction" for
sovereignty, "FIPS" or "GDPR" for compliance, "cert-manager" for certificate rotation, "SBOM" or
"signed images" for the supply chain, a link to ``self-assessment.md`` for the self-assessment.

``question_gaps`` reads a GTR written free-form (no template question kept) by each question's
topic: a question is answered when its section's text holds its key words (``question_words``) or
one of these runs. A run is matched as ``part_paraphrases`` matches one (normalised words, the
small words left out, "-" the beginning of words); the runs only ever let a question count as
answered, so a run is listed only where a reviewer would accept it as an answer on the topic.
Questions are found by a few words of their text that every revision of the template keeps.
"""

from __future__ import annotations

from collections.abc import Sequence

from applint.matching.part_paraphrases import holds_run

# Each question, by words of its template text (lower case), with the runs that speak of it.
TOPICS: tuple[tuple[str, tuple[tuple[str, ...], ...]], ...] = (
    ("roadmap process", (("roadmap-",),)),
    ("target persona", (("persona-",), ("target", "user-"), ("audience-",))),
    ("primary use case", (("use", "case-"), ("used", "for"))),
    ("unsupported", (("unsupported",), ("not", "supported"), ("out", "scope"), ("non", "goal-"))),
    ("types of organizations", (("organi-",), ("enterprise-",), ("compan-",), ("industr-",))),
    ("end user research", (("user", "research"), ("end", "user-"), ("survey-",), ("interview-",))),
    ("interact with your project", (("interact-",), ("cli",), ("command", "line"), ("kubectl",))),
    ("user experience", (("ux",), ("ui",), ("user", "interface-"), ("user", "experience"), ("console",))),
    ("integrates with other projects", (("integrat-",), ("works", "with"), ("ecosystem",))),
    ("design principles", (("principle-",), ("best", "practice-"))),
    ("identity and access", (("rbac",), ("identit-",), ("authenticat-",), ("authori-",), ("oidc",))),
    ("sovereignty", (("sovereign-",), ("residency",), ("jurisdiction-",))),
    (
        "compliance requirements",
        (("complian-",), ("regulat-",), ("fips",), ("gdpr",), ("hipaa",), ("fedramp",), ("soc", "2")),
    ),
    ("high availability", (("high", "availab-"), ("highly", "available"), ("replica-",), ("failover",))),
    ("resource requirements", (("cpu",), ("memory",))),
    ("storage requirements", (("storage",), ("persistent",), ("ephemeral",), ("stateless",))),
    ("api topology", (("rest",), ("grpc",), ("graphql",), ("openapi",), ("crd-",), ("custom", "resource-"))),
    ("additional configuration", (("configur-",),)),
    ("api types and calls", (("cloud", "provider-"), ("crd-",), ("custom", "resource-"))),
    ("release process", (("release-",), ("semantic", "versioning"), ("semver",))),
    ("installed and initialized", (("install-",),)),
    (
        "test and validate",
        (
            ("validat-",),
            ("verif-",),
            ("smoke", "test-"),
            ("health", "check-"),
            ("conformance",),
            ("pre", "flight"),
        ),
    ),
    ("self assessment", (("self", "assess-"), ("security", "assessment-"))),
    ("tenets", (("tenet-",), ("security", "principle-"))),
    ("loosen", (("loosen-",), ("relax-",), ("insecure",), ("weaken-",), ("security", "default-"))),
    ("basic health and security", (("hygiene",), ("scorecard-",), ("openssf",), ("vulnerability", "scan-"))),
    ("security risk to users", (("unmaintained",), ("not", "maintained"), ("end", "life"))),
    ("least minimal privileges", (("privilege-",), ("non", "root"), ("rootless",))),
    ("certificate rotation", (("certificate-",), ("cert", "manager"), ("rotat-",))),
    (
        "supply chain",
        (("supply", "chain-"), ("slsa",), ("sbom-",), ("sigstore",), ("cosign",), ("provenance",)),
    ),
    ("enabled or disabled", (("disabl-",), ("uninstall-",))),
    ("running services", (("depend-",), ("requires",), ("relies",))),
    ("recover if a key component", (("recover-",), ("failover",))),
)


def topic_runs(question: str) -> tuple[tuple[str, ...], ...]:
    """The runs that speak of a template question's topic (none for a question not listed)."""
    lowered = question.lower().replace("-", " ").replace("’", "'")
    return next((runs for words, runs in TOPICS if words in lowered), ())


def on_topic(question: str, words: Sequence[str]) -> bool:
    """True when the words (``content_run`` of a section's normalised text and link addresses)
    hold a run speaking of the question's topic."""
    runs = topic_runs(question)
    return bool(runs) and holds_run(runs, words)
