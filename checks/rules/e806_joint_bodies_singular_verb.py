"""E806 joint-bodies-singular-verb."""

from __future__ import annotations

import polars as pl
import regex

from tifa.checks.context import Context
from tifa.checks.registry import rule
from tifa.checks.rule import Fix, Severity, add_row, new_rows, output
from tifa.checks.scan import candidate_rows

# The last word of a body's name: the issuers of joint documents and notices.
_HEAD = (
    r"(?:Committee|Council|Government|Congress|Commission|Ministry|Office|Bureau|Department"
    r"|Administration|Agency|Bank|Group|CPPCC|NPC|Court|Procuratorate|Federation)"
)
# A body's name: capitalised words and the small words of names ("of", "the", "for", "and",
# "on"), one of them a head word ("Ministry of Commerce", "CPC Central Committee"). The
# "and" of a name is followed by a capital ("Development and Reform Commission"); the "and"
# joining two bodies by "the".
_WORD = r"(?:\p{Lu}[\p{L}'’-]*|of|the|for|on|and(?= \p{Lu}))"
_BODY = rf"(?:{_WORD} ){{0,6}}?{_HEAD}(?: {_WORD}){{0,4}}?"
# Two bodies joined by "and" opening a clause (a sentence's start, after a comma or "that"),
# then a verb in the singular.
_PATTERN = regex.compile(
    rf"(?:^|(?<=[.!?;:][ \u00a0]|,[ \u00a0]|\bthat[ \u00a0]))"
    rf"[Tt]he {_BODY} and the {_BODY} (has|is|was)\b",
    regex.MULTILINE,
)
_PREFILTER = rf"{_HEAD}[\p{{L}}'’ ]{{0,60}} and the [\p{{L}}'’ ]{{0,80}} (?:has|is|was)\b"
_PLURAL = {"has": "have", "is": "are", "was": "were"}


@rule("E806", "joint-bodies-singular-verb", Severity.WARNING, Fix.UNSAFE)
def joint_bodies_singular_verb(ctx: Context) -> pl.DataFrame:
    """Two bodies named as one subject, with a verb in the singular.

    ## What it does
    Finds a clause whose subject is two bodies joined by "and" — "the CPC Central Committee
    and the State Council", "the Ministry of Commerce and the Ministry of Finance" — followed
    by "has", "is" or "was", and suggests "have", "are" or "were". The subject must open the
    clause (a sentence's start, after a comma or "that") and each body must be a name in
    capitals ending in a word such as Committee, Council, Ministry, Commission or Office; the
    "and" inside one name ("the National Development and Reform Commission") does not join
    two bodies. A document of the two bodies ("the guideline of the CPC Central Committee
    and the State Council has") is left alone: its subject is the document.

    ## Why is this bad?
    Joint documents of the Party and the state are news every week, and "the CPC Central
    Committee and the State Council has" reads as a slip a native editor always mends;
    Chinese marks no agreement, so the translation often keeps the verb of one body.

    ## Example
    ```text
    Under the new plan, the CPC Central Committee and the State Council has set higher targets.
    ```

    ## Use instead
    ```text
    Under the new plan, the CPC Central Committee and the State Council have set higher targets.
    ```

    ## Fix safety
    Unsafe: the plural verb is suggested, but a name this rule cannot see the end of may be
    one body after all.
    """
    rows = new_rows()
    for doc, base, text in candidate_rows(ctx.segments, "tgt", _PREFILTER):
        for m in _PATTERN.finditer(text):
            verb = m.group(1)
            message = f"two bodies joined by “and” take “{_PLURAL[verb]}”, not “{verb}”"
            add_row(rows, doc, base + m.start(1), base + m.end(1), message, _PLURAL[verb])
    return output(rows)
