"""E822 imperative-in-reported-speech."""

from __future__ import annotations

import polars as pl
import regex

from tifa.checks.context import Context
from tifa.checks.registry import rule
from tifa.checks.rule import Fix, Severity, add_row, new_rows, output
from tifa.checks.rules.e821_first_person_in_news import (
    _ANSWER,
    _QUOTED,
    _REPORTING_VERB,
    _blank,
    _frames,
    others_in_paragraph,
)

# Verbs that open an instruction of a meeting or a leader (要落实, 加快, 推动 …) and that no
# sentence of news copy opens with in the indicative: each is a verb, never a noun that could
# be the subject ("Focus", "Support" and "Study" are left out for that reason).
_VERBS = (
    "Implement|Accelerate|Improve|Push|Promote|Strengthen|Deepen|Enhance|Ensure|Expand"
    "|Adhere|Speed|Step|Continue|Carry|Insist|Persist|Uphold|Optimize|Optimise|Establish"
    "|Foster|Cultivate|Consolidate|Intensify|Stabilize|Stabilise|Tighten|Attract|Upgrade"
    "|Vigorously|Resolutely|Firmly|Actively|Comprehensively|Solidly|Steadily"
)
# A sentence of running text that opens with one of them, followed by a lower-case word.
_IMPERATIVE = regex.compile(
    rf"(?<=[.;!?][\"”’)]*[ \u00a0]{{1,2}})(?:{_VERBS})(?=[ \u00a0]+\p{{Ll}})"
)
_PREFILTER = (
    rf"\b(?:{_REPORTING_VERB})\b[^\n]*[.;!?][\"”’)]*[ \u00a0]{{1,2}}(?:{_VERBS})[ \u00a0]+\p{{Ll}}"
)


@rule("E822", "imperative-in-reported-speech", Severity.WARNING, Fix.UNSAFE)
def imperative_in_reported_speech(ctx: Context) -> pl.DataFrame:
    """A bare instruction in a report of what a meeting or a leader said.

    ## What it does
    Finds a sentence that opens with a bare verb of instruction ("Implement …",
    "Accelerate …", "Push …", "Adhere to …", "Vigorously …") after a report of what someone
    said in the same paragraph ("The meeting stressed that …", "Li pointed out that …"),
    outside quotation marks, reported once a paragraph: at its first bare instruction, with
    a count of the others. A paragraph with no report before the sentence, quoted words and
    an interview's answer ("A: …") are left alone, and so is a verb that may be a noun
    ("Support", "Focus", "Study").

    ## Why is this bad?
    Chinese reports of a meeting list its instructions as bare verbs (落实…, 加快…); rendered
    word for word, they stand as orders in the paper's own voice, and the sentence has no
    subject. English reports them: "it called for …", "the city should …".

    ## Example
    ```text
    The meeting stressed that the county must keep growth steady. Implement the new projects
    and attract more investors.
    ```

    ## Use instead
    ```text
    The meeting stressed that the county must keep growth steady, implement the new projects
    and attract more investors.
    ```

    ## Fix safety
    Unsafe: no fix is offered; the sentence wants a subject or joining to the report, and a
    person chooses.
    """
    rows = new_rows()
    wanted = ctx.corpus.paragraphs.filter(pl.col("text").str.contains(_PREFILTER))
    for doc, base, text in zip(
        wanted["doc"].to_list(), wanted["start"].to_list(), wanted["text"].to_list(), strict=True
    ):
        bare = _QUOTED.sub(_blank, text)
        if _ANSWER.match(bare):
            continue
        frames = _frames(bare)
        if not frames:
            continue
        # One finding a paragraph, as E821 gives: a report that lists its instructions as
        # bare verbs is recast as a whole ("it called for efforts to …, … and …"), so its
        # first bare instruction is flagged and the others are counted.
        found = list(_IMPERATIVE.finditer(bare, frames[0].end()))
        if not found:
            continue
        m = found[0]
        also = others_in_paragraph(len(found) - 1, "open")
        add_row(
            rows,
            doc,
            base + m.start(),
            base + m.end(),
            f"“{m.group()}” opens a bare instruction in a report of what was said: give it"
            f" a subject (“the city should …”) or join it to the report (“… and called for”)"
            f"{also}",
        )
    return output(rows)
