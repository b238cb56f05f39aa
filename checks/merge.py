"""One span, one finding: rules that see the same problem from two sides are merged.

A near miss of a glossary rendering (T103) that is also the odd one out among the document's
renderings (T104) is one problem; so is a name misspelt against the glossary (N203) that the
run also spells correctly elsewhere (N201). When both rules of a pair flag exactly the same
text, the first rule's finding stays and the second's reason is added to its message; when
only one of them is selected or fires, nothing changes. A narrow finding wholly inside a
wider one whose suggestion already mends it is dropped the same way (CONTAINED), and so is
white space leading a line that a residue rule flags from there on (LEADING); any finding
wholly inside page residue whose fix deletes it goes with the residue (DELETING).
"""

from __future__ import annotations

import polars as pl

# (the finding that stays, the finding folded into it): the stronger or more specific
# statement stays.
MERGED = (
    ("T103", "T104"),  # "almost the approved form" says more than "rendered two ways"
    ("N201", "N203"),  # the run's own evidence, then the glossary's
    ("T108", "N204"),  # the glossary's capitals, then the document's
    # A body's or a zone's name without its article: the article rule and the body-name
    # rule give the same advice for one span ("between Ningxia Hui Autonomous Region and").
    ("E807", "T113"),
    # A government named by its place with the level word in lower case ("by Guangdong
    # provincial government"): the government's article rule and the body-name rule again.
    ("E817", "T113"),
    # A river's name in lower case ("the Yangtze river"): the glossary's capitals say it.
    ("T108", "N212"),
)
_SPAN = ["doc", "start", "end"]

# (a narrow finding, the rules whose wider finding already says it): a lower-case "party"
# (N207) inside "party history study and education" needs no finding of its own where the
# glossary rule's suggestion, "Party history learning and education", already capitalises it.
# A half-capitalised Party committee (T121) that the glossary's capitals (T108) already
# report is theirs: one span, one piece of advice.
# A level word in lower case inside a body's name (N222) that the glossary's capitals
# (T108) already mend is theirs too, and so is a CPC body's lower-case level word and head
# (N219: "the CPC Liaoning provincial committee") inside a glossary term.
# Only a counted finding (error or warning) takes the narrow one in: a near miss the glossary
# rule reports as info ("party discipline study and education" beside "Party history
# learning and education") would otherwise hide a warning behind a finding nobody counts.
# A noun that takes "a" in its verb frame (E829: "positive contribution" after "make") inside
# a wording slip that already mends the phrase (E801: "make positive contribution" → "make
# positive contributions", "signed strategic cooperation agreement" → "signed a strategic
# cooperation agreement"): one slip, one piece of advice.
# A garbled national formulation (T127: "Xi Jinping's Thoughts on Socialism") inside the
# glossary's near miss of the whole formula (T103), whose suggestion writes it out whole.
CONTAINED = (
    ("N207", ("T101", "T103", "T105", "T108", "T109")),
    ("T127", ("T103",)),
    ("E829", ("E801",)),
    ("T121", ("T108",)),
    ("N222", ("T108",)),
    ("N219", ("T108",)),
)

# (a finding at the head of a line, the rules that flag the rest of the line as page residue):
# the white space that leads a line of navigation ("  • Government") goes with the line, so
# the residue finding says all there is to say.
LEADING = (("P313", ("R601",)),)

# The rules whose finding deletes what it flags (page residue: a byline of fields, an edition
# switch, a copyright line): any other finding wholly inside that stretch goes with it. A
# double space in "Writer: Li Na  |  Editor: …", a comma without its space in
# "Vol.10,No.2", Chinese in "Global Edition 中文" are mended by the deletion, and a
# translator asked to fix them one by one on a line that is to go is asked for nothing.
DELETING = ("R601",)


def merge_same_span(findings: pl.DataFrame) -> pl.DataFrame:
    """`findings` (rule output plus ``code`` and ``name``) with each MERGED pair folded."""
    for keep, fold in MERGED:
        kept = findings.filter(pl.col("code") == keep)
        folded = findings.filter(pl.col("code") == fold)
        if not kept.height or not folded.height:
            continue
        reasons = folded.unique(_SPAN, keep="first", maintain_order=True).select(
            *_SPAN, reason=pl.format("; {} {}: {}", "code", "name", "message")
        )
        both = kept.select(_SPAN).unique().join(folded.select(_SPAN).unique(), on=_SPAN)
        if not both.height:
            continue
        findings = (
            findings.join(reasons, on=_SPAN, how="left")
            .with_columns(
                message=pl.when((pl.col("code") == keep) & pl.col("reason").is_not_null())
                .then(pl.col("message") + pl.col("reason"))
                .otherwise(pl.col("message"))
            )
            .drop("reason")
            .join(both.with_columns(_both=pl.lit(True)), on=_SPAN, how="left")
            .filter(~((pl.col("code") == fold) & pl.col("_both").fill_null(False)))
            .drop("_both")
        )
    for inner, outer in CONTAINED:
        narrow = findings.filter(pl.col("code") == inner).select(_SPAN)
        wide = findings.filter(
            pl.col("code").is_in(outer)
            & pl.col("suggestion").is_not_null()
            & (pl.col("severity") != "info")
        )
        if not narrow.height or not wide.height:
            continue
        covered = (
            narrow.join(wide.select("doc", w_start="start", w_end="end"), on="doc")
            .filter((pl.col("w_start") <= pl.col("start")) & (pl.col("end") <= pl.col("w_end")))
            .select(_SPAN)
            .unique()
            .with_columns(_covered=pl.lit(True))
        )
        findings = (
            findings.join(covered, on=_SPAN, how="left")
            .filter(~((pl.col("code") == inner) & pl.col("_covered").fill_null(False)))
            .drop("_covered")
        )
    findings = _drop_inside_deletions(findings)
    for inner, outer in LEADING:
        lead = findings.filter(pl.col("code") == inner).select(_SPAN)
        rest = findings.filter(pl.col("code").is_in(outer)).select("doc", end="start")
        if not lead.height or not rest.height:
            continue
        before = lead.join(rest.unique(), on=["doc", "end"]).with_columns(_before=pl.lit(True))
        findings = (
            findings.join(before, on=_SPAN, how="left")
            .filter(~((pl.col("code") == inner) & pl.col("_before").fill_null(False)))
            .drop("_before")
        )
    return findings


def _drop_inside_deletions(findings: pl.DataFrame) -> pl.DataFrame:
    """`findings` without those wholly inside a counted finding of DELETING that deletes."""
    deleting = pl.col("code").is_in(DELETING)
    wide = findings.filter(
        deleting & (pl.col("suggestion") == "") & (pl.col("severity") != "info")
    ).select("doc", w_start="start", w_end="end")
    if not wide.height:
        return findings
    covered = (
        findings.filter(~deleting)
        .select(_SPAN)
        .unique()
        .join(wide, on="doc")
        .filter((pl.col("w_start") <= pl.col("start")) & (pl.col("end") <= pl.col("w_end")))
        .select(_SPAN)
        .unique()
        .with_columns(_inside=pl.lit(True))
    )
    return (
        findings.join(covered, on=_SPAN, how="left")
        .filter(deleting | ~pl.col("_inside").fill_null(False))
        .drop("_inside")
    )
