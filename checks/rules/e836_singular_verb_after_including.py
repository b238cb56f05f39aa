"""E836 singular-verb-after-including."""

from __future__ import annotations

import polars as pl
import regex

from tifa.checks.articles import running_text
from tifa.checks.context import Context
from tifa.checks.registry import rule
from tifa.checks.rule import Fix, Severity, add_row, new_rows, output
from tifa.checks.scan import prose_matches

_S = r"[ \u00a0]+"
# Plural nouns a meeting studies, passes or issues: the head of the subject in "issues
# including the plan for … was discussed", where the verb agrees with the last name of the
# list instead (the Chinese 审议了…等议题 turned round).
_HEADS = (
    r"issues|matters|items|documents|topics|proposals|reports|plans|drafts|regulations"
    r"|measures|opinions|policies|bills|motions|programmes|programs|projects|agreements"
)
# Words that begin a clause of their own, whose verb need not agree with the head: a
# finite verb or auxiliary before "was" means the list has already had its verb, and a
# relative or a conjunction opens another clause ("issues including how the fund was
# spent").
_CLAUSE = (
    r"were|are|was|is|have|has|had|will|would|shall|can|could|should|must|may|might|do|does"
    r"|did|which|that|who|whom|whose|how|why|where|when|whether|if|while|after|before"
    r"|because|since|as|although|though|but"
)
# The head, "including" or "such as", the list up to the first verb, then "was" or "has
# been" and a verb a meeting does to its business.
_PATTERN = regex.compile(
    rf"(?<![\p{{L}}-])(?i:{_HEADS}){_S}(?i:including|such{_S}as){_S}"
    rf"(?:(?!(?<![\p{{L}}-])(?i:{_CLAUSE})(?![\p{{L}}-]))[^.;:!?()\n]){{1,250}}?"
    rf"(?<=[ \u00a0])(?P<verb>(?i:was|has{_S}been))"
    rf"(?={_S}(?:(?i:also|then|all|first|successively|unanimously){_S})?"
    r"(?i:discussed|deliberated|adopted|passed|reviewed|approved|studied|heard|considered"
    r"|examined|released|issued|published|signed|launched|introduced|unveiled)(?![\p{L}-]))"
)
_PREFILTER = rf"(?i)\b(?:{_HEADS})[ \u00a0]+(?:including|such[ \u00a0]+as)\b"


@rule("E836", "singular-verb-after-including", Severity.WARNING, Fix.UNSAFE)
def singular_verb_after_including(ctx: Context) -> pl.DataFrame:
    """A singular verb after a plural subject, "including" and a list ("issues including … was").

    ## What it does
    Finds, in running text, a plural noun of a meeting's business (issues, matters,
    documents, proposals, plans, reports, measures, opinions, regulations, projects …)
    followed by "including" or "such as" and a list, whose first verb is "was" or "has
    been" before what a meeting does to them: discussed, deliberated, adopted, passed,
    reviewed, approved, released, issued, signed ("Issues including the Implementation
    Plan on Rural Roads was discussed and passed"). Left alone: a verb inside a clause of
    the list ("issues including how the fund was spent were discussed": the first verb is
    the clause's), a plural verb, and a list with a verb of its own before "was".

    ## Why is this bad?
    The Chinese sentence names the documents first and sums them up with 等议题 at the end;
    turned round in English, the verb is made to agree with the last title of the list, the
    nearest noun, instead of the plural head of the subject. The reader takes it for a
    slip, and an editor always mends it.

    ## Example
    ```text
    Issues including the Plan for Rural Roads and the Rules on Street Markets was
    discussed and passed.
    ```

    ## Use instead
    ```text
    Issues including the Plan for Rural Roads and the Rules on Street Markets were
    discussed and passed.
    ```

    ## Fix safety
    Unsafe: the plural verb is suggested; a person checks that the head is the subject.
    """
    rows = new_rows()
    for doc, base, _text, m in prose_matches(running_text(ctx), "tgt", _PREFILTER, _PATTERN):
        verb = m.group("verb")
        plural = "were" if verb.lower() == "was" else "have been"
        if verb[:1].isupper():
            plural = plural[:1].upper() + plural[1:]
        add_row(
            rows,
            doc,
            base + m.start("verb"),
            base + m.end("verb"),
            f"“{verb}” agrees with the last item of the list, not with the plural subject "
            f"before “including”: “{plural}”",
            plural,
        )
    return output(rows)
