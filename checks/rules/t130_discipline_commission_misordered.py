"""T130 discipline-commission-misordered."""

from __future__ import annotations

import polars as pl
import regex

from tifa.checks.context import Context
from tifa.checks.registry import rule
from tifa.checks.rule import Fix, Severity, add_row, new_rows, output
from tifa.checks.scan import prose_matches

_S = r"[ \u00a0]+"
_PREFILTER = r"(?i)discipline[ \u00a0]+inspection"
# 区纪委 word for word: the level word put between "for" and "Discipline Inspection", where
# the official name has it before "Commission". Only the level words of a Party committee: a
# place name there ("Commission for Dalian Discipline Inspection") is too rare to guess at.
_PATTERN = regex.compile(
    rf"(?<![\p{{L}}\p{{N}}'’-])(?P<commission>Commission){_S}(?:for|of){_S}"
    rf"(?P<level>District|County|Municipal|City|Provincial|Township){_S}"
    rf"(?P<inspection>Discipline{_S}Inspection)(?![\p{{L}}\p{{N}}'’-])",
    regex.IGNORECASE,
)


@rule("T130", "discipline-commission-misordered", Severity.WARNING, Fix.UNSAFE)
def discipline_commission_misordered(ctx: Context) -> pl.DataFrame:
    """A commission for discipline inspection with its level word inside the name.

    ## What it does
    Finds “Commission for District Discipline Inspection” and the like: the level of a
    Party committee's commission for discipline inspection (district, county, municipal,
    city, provincial, township) put between “for” and “Discipline Inspection”.

    ## Why is this bad?
    The official English (CCDI, Xinhua, the provinces' own sites) puts the level before
    “Commission”: “the District Commission for Discipline Inspection”, as in “the Central
    Commission for Discipline Inspection”. “District Discipline Inspection” reads as a kind
    of inspection, not as the body's level.

    ## Example
    ```text
    Zhang Hua, Secretary of the Commission for County Discipline Inspection, spoke.
    ```

    ## Use instead
    ```text
    Zhang Hua, Secretary of the County Commission for Discipline Inspection, spoke.
    ```

    ## Fix safety
    Unsafe: an article or a capital around the name may need changing too.
    """
    rows = new_rows()
    for doc, base, _text, m in prose_matches(ctx.segments, "tgt", _PREFILTER, _PATTERN):
        level = m.group("level")
        word = m.group("commission")
        # The writer's own case kept: "for" follows "Commission" as it was written.
        joint = "FOR" if m.group().isupper() else "for"
        suggestion = f"{level} {word} {joint} {' '.join(m.group('inspection').split())}"
        message = (
            f"“{m.group()}”: the level goes before the body's name: "
            f"“the {level.title()} Commission for Discipline Inspection”"
        )
        add_row(rows, doc, base + m.start(), base + m.end(), message, suggestion)
    return output(rows)
