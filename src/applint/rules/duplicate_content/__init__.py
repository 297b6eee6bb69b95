"""duplicate-content: a paragraph, a section, the whole document, a sentence, a list item's label or a
word repeated.

Why: pasted-twice text is the commonest slip in drafts assembled from several sources; a
reviewer reads it as carelessness, and the two copies often disagree.

Severity: warning. Reported at the repeat, naming the line of the first copy. A run of
repeated paragraphs (a section pasted again, or the whole document) is one finding for the
whole run; JSON ``details.pairs`` lists each repeated paragraph and its original. What the other
rules find inside such a copy that they also find in the first copy (its placeholders, its empty
sections …) is not reported again: this finding counts it ("the copy also holds …").

Finds exact copies (after normalising case, spacing and markup) and near-copies (at least 60%
of their word triples shared). Not duplicates: text the template itself repeats in every
application ("Note: this section may be augmented ..."), the criteria statements, template
sub-bullets filled in the same way, and pointer sentences: under 8 words, or one sentence under
20 words ("Documented in our Governance document.", "Completed as part of our General Technical
Review, merged on 28-01-2025 in our community repo."), which applicants rightly repeat under
several criteria.

Evidence standing under two criteria of an application or DD document (``criteria``): deleting
either copy would leave a criterion unevaluated. A near-copy adapted to its own criterion (among
the words it adds is a word of that criterion: ", which demonstrates organizational diversity"
under "… at least 2 organizations that demonstrates survivability") is no copy. An exact copy, or
one not adapted, is one warning that asks for each criterion's own evidence (or a pointer from one
to the other) instead of a deletion; where the text's words clearly belong to one of the two
criteria (two or more of its words, a quarter of them or more, twice the other's share: "contributor
ladder" under "Contributor ladder …" and again under "Document how the project makes decisions …"),
it is told at the copy under the other, naming where it fits.

Companion documents (GTR, governance review, security self-assessment) too: an answer copied into
a later answer is the same slip. Not duplicates there: the template's own questions and criteria,
a governance review's Summary and Assessment restating the findings below it, one answer standing
under two of its criteria (they overlap by design: adopting the Code of Conduct, cross-linking it;
also when a criterion is written with its levels on one line and so not read as one), paragraphs
whose copy overlaps what it copies (each entry of a comparison written the same way: "Difference
between A and B: * A: …", "Difference between A and C: * A: …").
In every family, a near-copy is no copy when it is a parallel entry: another item of the same list
("Jib - Similar to CNB …", "Ko - Similar to CNB …"), or an entry opening with a label of its own
("**Analysis** runs in a platform-provided image …" and "**Restore** runs in …").

A sentence said again in another paragraph or list item (or twice in one), the paragraphs
themselves no copies: verbatim, or with a clause added or dropped (every word of the shorter one,
in order, in the longer; or a sentence of at least 10 words that another opens with before its
first comma: "Governance documentation may be found with X." and "Governance documentation may be
found with X, an easy access approach …"), at least 10 words (12 for a changed one) and not
counting its web addresses (``matching.repeated_sentences``). In a governance review also a finding
said again under another area (heading) with one word changed after its subject, at least 14 words
("Comprehensive archiving of meeting notes in a searchable format was not fully verified during this
review." after "…, though comprehensive archiving of all 2024–2025 meeting notes in a searchable public
location was not fully verified during this review."): the reviewer states each finding once; not
under one heading, where sentences alike but for one word are a series of cases. Warning, at the repeat, naming the first and quoting
the sentence; a sentence said three times is one finding ("also at line 262"), as are sentences in
a row copied from sentences in a row. Not repeats: pointers ("See … for more details."), the
template's own sentences, an application's one-sentence evidence, a DD document's sentences (it
quotes the application and the TOC's guide), a summary restating what follows, two neighbouring
labelled entries of one list ("Jib - Similar to CNB in that …", "Ko - Similar to CNB in that …"),
a changed sentence within one list (parallel entries: "Li Auto: Using KubeVela to build a united
… platform" and "XPeng: Using KubeVela to build … platform"), a bold subject ("**Detection** runs
in …", "**Build** runs in …" say different things), a sentence two steps of one list each opening
with its bold subject say of themselves ("**Analysis** runs … Registry credentials are provided for
this stage …", "**Export** runs … Registry credentials are provided for this stage …").
Nor the one-sentence description of the project or of one of its parts, given at the start of a
block of its overview (a section titled Overview, Background, Introduction, "About …", or a
self-assessment's "Security functions and features") and restated
alone to open a block of another section: "Keycloak is an OpenSource Identity and Access Management
Solution …" under Background and again opening Intended Use, "Query Frontend: Provides API
endpoints …" among the Actors and again among the Actions, a goal's "TLS is used by default …"
again as a threat's mitigation (``places.Places.describes_again``). Sentences copied together
with it, a sentence from another section, or one from inside a paragraph are still reported.
Nor a sentence said again on purpose (``restated``): a quotation quoted again (an auditor's report
quoted under Compartmentalization and in the report's summary), a claim restated in a part of the
Appendix ("### CII Best Practices": the outline asks for the badge there again), a sentence the
sections of sibling components, each opening with its component's name, say of their own ("The
Topic Operator is …  It can be enabled via the Kafka CR.", "The User Operator is … It can be
enabled via the Kafka CR."), a self-assessment's sentence restated alone to lead in a paragraph of
another part that goes on with at least as much text of its own (a goal's mitigation "IdP
integration tells us reliably who the account is …" opening the Identity Provider section's
paragraph, which then explains authorization). Restated with little added, after the paragraph's
own opening, within one part, or as an answer reused under another of a GTR's questions, it is
still reported.

In a companion document, a list of an answer said again nearly line for line under a later question
of another topic (``matching.repeated_blocks``: at least three items, three quarters of the list,
each saying an earlier item again with a word or two changed; items too short for the other passes):
one warning at the copy naming both ranges ("lines 312-314 repeat lines 151-154 …"), asking for an
answer of its own or a pointer to the earlier one. Not lists of links, items sharing only their
labels, a list under the same question, nor lists under two questions of one topic ("resource
requirements" and "increase in resource usage"), which the template asks for twice.

In an application, a ranking claim made again under another heading, in the same or other words
("Is the 10th fastest growing project in the CNCF" among the Sandbox milestones, "Examplo is the 10th
fastest growing CNCF project." as evidence of the flow of commits; ``matching.repeated_claims``):
warning, at the repeat, naming the first, however short (the sentence pass reads ten words and up).
Not another ranking or figure, a claim said twice under one heading, a DD document's quotes.

A list item labelled as an earlier sibling of the same list ("11. **Pluggable:** …", "14.
**Pluggable:** …"; ``matching.repeated_labels``): warning, at the second, naming the first. Not in
lists of records, states or kinds (two labels come back; fewer than three labels; one label on
consecutive items: "**Read/Write**: …", "**Read/Write**: …", "**Read**: …").

A word written twice in a row in the author's text ("detect client client liveness", "The the";
``text.doubled_words``): info, at the word. Not words doubled on purpose ("that that", "had
had"), a name ("Michael Michael"), a code span, a link's address, "… in Go. Go is …".

Options: ``min-words`` (default 8), the shortest paragraph reported; ``pointer-words``
(default 20), below which a single sentence is a pointer and not reported.

Cost: one pass with hashed word triples and capped postings lists; never all pairs.
"""

from __future__ import annotations

from collections.abc import Iterator

from applint.findings import Finding, Severity
from applint.rules.context import CompanionContext, DocumentContext, LintContext
from applint.rules.duplicate_content.doubled import doubled_words
from applint.rules.duplicate_content.labels import repeated_labels
from applint.rules.duplicate_content.pasted import drop_intended_repeats, pasted_copies
from applint.rules.duplicate_content.places import Places
from applint.rules.duplicate_content.sentences import repeated_sentences
from applint.rules.duplicate_content.units import ID, find_originals, text_units
from applint.rules.rule import ALL_FAMILIES, Rule, option

MIN_WORDS = 8
POINTER_WORDS = 20


def check(ctx: DocumentContext) -> Iterator[Finding]:
    units = text_units(ctx, option(ctx, RULE, "min-words"), option(ctx, RULE, "pointer-words"))
    linked = find_originals(units)
    # Where the document restates by design, read once (and only if asked) for both passes below.
    places = Places(ctx)
    drop_intended_repeats(units, places)
    yield from pasted_copies(ctx, units, places)
    sentences = list(repeated_sentences(ctx, units, linked, places))
    yield from sentences
    if isinstance(ctx, CompanionContext):
        from applint.rules.duplicate_content.blocks import repeated_blocks  # a companion's check only

        yield from repeated_blocks(ctx, units)
    if isinstance(ctx, LintContext):
        from applint.rules.duplicate_content.claims import repeated_claims  # an application's check only

        yield from repeated_claims(ctx, units, {finding.line for finding in sentences if finding.line})
    yield from repeated_labels(ctx)
    yield from doubled_words(ctx, units)


RULE = Rule(
    ID,
    Severity.WARNING,
    "A paragraph, section or the whole document is repeated.",
    check,
    __doc__ or "",
    options={"min-words": MIN_WORDS, "pointer-words": POINTER_WORDS},
    families=ALL_FAMILIES,
)
