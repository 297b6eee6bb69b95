"""The words authors write for a self-assessment outline part instead of its label: "security
critical components" or "not configurable" for Critical, "SECURITY.md" or "reporting a
vulnerability" for the Responsible Disclosures Process, "adopters" or "use cases" for Case Studies,
"alternatives" or "compared with" for Related Projects / Vendors.

A paraphrase is a run of words matched against a section's normalised words with the small words
left out, so "reporting a vulnerability" and "vulnerabilities can be reported" both hold one; a
word is itself or its plural ("critical", not "critically"), one ending in "-" the beginning of
words ("vulnerab-": "vulnerability", "vulnerabilities"), "*" any one word ("runs Kestrel in
production"). Some words stand for a part only where they name it (``AS_LABEL``: "Critical:", not
"the critical actors"; "Integrations:", not "integration tests"). Only the parts' concepts a reviewer would accept
as the part are listed; a part whose label is not here has only its label and prompt.
"""

from __future__ import annotations

from collections.abc import Sequence

# Words that join a paraphrase's words without saying anything ("reporting a vulnerability").
_SMALL = frozenset(
    {
        "a",
        "an",
        "the",
        "any",
        "all",
        "of",
        "to",
        "for",
        "in",
        "on",
        "with",
        "can",
        "be",
        "is",
        "are",
        "should",
        "must",
        "will",
        "by",
    }
)

# Each part, by one of its normalised labels (as outline_parts keeps them: "best practices" is the
# CII and the OpenSSF item alike), with the runs of words that stand for it.
PARAPHRASES: dict[str, tuple[tuple[str, ...], ...]] = {
    "critical": (
        ("security", "critical"),
        ("critical", "component-"),
        ("critical", "path-"),
        ("critical", "part-"),
        ("critical", "function-"),
        ("critical", "feature-"),
        ("critical", "module-"),
        ("critical", "service-"),
        ("critical", "control-"),
        ("critical", "mechanism-"),
        ("non", "configurable"),
        ("not", "configurable"),
        ("cannot", "disabled"),
        ("always", "enabled"),
        ("secure", "design"),
    ),
    "security relevant": (
        ("relevant",),
        ("configurable",),
        ("optional",),
        ("hardening",),
        ("settings",),
    ),
    "development pipeline": (
        ("pipeline",),
        ("continuous", "integration"),
        ("ci",),
        ("code", "review"),
        ("reviewed-",),
        ("pull", "request"),
        ("commit-",),
        ("dco",),
        ("sign", "off"),
        ("signed", "off"),
        ("testing",),
        ("tests",),
    ),
    "communication channels": (
        ("channel",),
        ("slack",),
        ("mailing", "list"),
        ("communicat-",),
        ("discord",),
        ("forum",),
        ("meetings",),
    ),
    "ecosystem": (
        ("ecosystem",),
        ("integrates",),
        ("integrated",),
        ("integrations",),
        ("cloud", "native"),
    ),
    "responsible disclosures process": (
        ("disclos-",),
        ("embargo-",),
        ("security", "md"),
        ("security", "policy"),
        ("report-", "vulnerab-"),
        ("vulnerab-", "report-"),
        ("report-", "security"),
        ("security", "contact"),
        ("vulnerab-", "response"),
        ("vulnerab-", "handling"),
        ("vulnerab-", "management"),
    ),
    "incident response": (
        ("incident",),
        ("triag-",),
        ("confirm-",),
        ("notif-",),
        ("repair-",),
        ("patch-",),
        ("remediat-",),
        ("postmortem",),
        ("post", "mortem"),
    ),
    "known issues over time": (
        ("known", "issue-"),
        ("vulnerab-",),
        ("cve",),
        ("ghsa",),
        ("advisor-",),
        ("past", "issue-"),
        ("security", "issue-"),
        ("track", "record"),
    ),
    "best practices": (
        ("best", "practices"),
        ("openssf",),
        ("cii",),
        ("badge",),
        ("bestpractices",),
    ),
    "case studies": (
        ("case", "stud-"),
        ("use", "case"),
        ("adopter-",),
        ("production", "use-"),
        ("production", "deploy-"),
        ("use-", "production"),
        ("used", "production"),
        ("using", "*", "production"),
        ("used", "*", "production"),
        ("run-", "production"),
        ("run-", "*", "production"),
        ("deployed", "production"),
        ("deployed", "*", "production"),
        ("scenario-",),
        ("real", "world"),
        ("customer-",),
    ),
    "related projects": (
        ("related", "project-"),
        ("related", "tool-"),
        ("vendor-",),
        ("similar",),
        ("alternativ-",),
        ("compar-",),
        ("differs",),
        ("difference-",),
        ("versus",),
        ("vs",),
        ("competit-",),
    ),
}


# Words that stand for a part only where the author uses them as its name: in a heading, a bold
# label, a table's cell, the opening before a colon or a list's lead-in ("Critical:", "| Critical |",
# "Production users:"); in running text they are adjectives in passing ("the critical actors",
# "integration tests", "a risk in production"). A label listed here counts only so too.
AS_LABEL: dict[str, tuple[tuple[str, ...], ...]] = {
    "critical": (("critical",),),
    "ecosystem": (("integrat-",),),
    "case studies": (("production",),),
}


# What a part's text holds as written, before normalising takes it apart: the project's security
# address ("security@kelpie.dev") is where its disclosures go.
WRITTEN: dict[str, tuple[str, ...]] = {"responsible disclosures process": ("security@",)}


def content_run(text: str) -> list[str]:
    """A normalised text's words with the small words left out, in order."""
    return [word for word in text.split() if word not in _SMALL]


def paraphrased(labels: Sequence[str], words: Sequence[str], lowered: str, named: Sequence[str] = ()) -> bool:
    """True when the words (``content_run`` of a section's text) or the text as written (lower
    case) hold a paraphrase of the part whose normalised labels are given, or the words the
    section uses as names (``content_run`` of its headings, labels and lead-ins) hold one that
    counts only as a name (``AS_LABEL``)."""
    if any(written in lowered for label in labels for written in WRITTEN.get(label, ())):
        return True
    if holds_run([run for label in labels for run in AS_LABEL.get(label, ())], named):
        return True
    return holds_run([run for label in labels for run in PARAPHRASES.get(label, ())], words)


def holds_run(runs: Sequence[tuple[str, ...]], words: Sequence[str]) -> bool:
    """True when the words hold one of the runs, word after word."""
    for run in runs:
        first, rest = run[0], run[1:]
        for at, word in enumerate(words):
            if _begins(word, first) and all(
                at + step < len(words) and _begins(words[at + step], stem)
                for step, stem in enumerate(rest, 1)
            ):
                return True
    return False


def _begins(word: str, stem: str) -> bool:
    """True when a word is a paraphrase's word (or its plural), or begins with one ending in "-"."""
    if stem == "*":
        return True  # any one word ("runs Kestrel in production")
    if stem.endswith("-"):
        return word.startswith(stem[:-1])
    return word == stem or word == stem + "s"
