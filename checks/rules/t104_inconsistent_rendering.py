"""T104 inconsistent-rendering."""

from __future__ import annotations

import polars as pl

from tifa.checks.context import Context
from tifa.checks.prose import prose_segments
from tifa.checks.registry import rule
from tifa.checks.rule import Fix, Severity, add_row, new_rows, output
from tifa.checks.rules.t103_near_miss_term import other_frame_rows
from tifa.checks.sourced import sourced
from tifa.glossary import normalize

# Articles a headline drops: "Secretary of Municipal Party Committee Visits Port" names the
# same title as "secretary of the Municipal Party Committee" in the story under it.
_ARTICLES = frozenset({"the", "a", "an"})


def _bare(key: str) -> str:
    """A normalised key without its articles."""
    return " ".join(w for w in key.split() if w not in _ARTICLES)


def renderings(ctx: Context) -> pl.DataFrame:
    """Every accepted or near rendering of each term in the run, with a normalised key.

    Avoid-forms are left out (T101 reports them with their fix). An exact hit counts as the
    glossary rendering it matched: a `pattern` match as the approved one (the pattern is the
    editor's way of saying these wordings are one), "Communist Party of China (CPC) Central
    Committee" as "CPC Central Committee".
    """
    # With a Chinese source, a rendering counts for a term only where the source has the term.
    hits, near = sourced(ctx, ctx.hits), sourced(ctx, ctx.near)
    exact = hits.filter(pl.col("form") != "avoid").select(
        "doc",
        "start",
        "end",
        "term_id",
        pl.col("form_text").alias("rendering"),
        exact=pl.lit(True),
    )
    # A near miss whose context names something else ("a session of the NPC") is no rendering.
    near = other_frame_rows(ctx, near.filter(pl.col("kind") == "near")).select(
        "doc", "start", "end", "term_id", pl.col("text").alias("rendering"), exact=pl.lit(False)
    )
    # An acronym (CPC, NPC) is how a name is shortened after it has been given in full, not a
    # rival rendering: it takes no part in the comparison.
    both = pl.concat([exact, near]).filter(~pl.col("rendering").str.contains(r"^[A-Z]{2,6}$"))
    # Normalised once per distinct rendering: a long file repeats the same few thousand times.
    distinct = both["rendering"].unique().to_list()
    keys = {r: normalize.key(r) for r in distinct}
    return both.with_columns(key=pl.col("rendering").replace_strict(keys, return_dtype=pl.String))


@rule("T104", "inconsistent-rendering", Severity.WARNING, Fix.UNSAFE)
def inconsistent_rendering(ctx: Context) -> pl.DataFrame:
    """One concept rendered two or more ways in a document or across the files of a run.

    ## What it does
    Groups the renderings of each glossary concept found in the run — approved, allowed,
    near misses — ignoring case, hyphens and plural endings. Acronyms (CPC after "Communist
    Party of China") are shortenings, not rival renderings, and are left out; a full name
    with its acronym in brackets counts as the acronym. When a concept has more than one
    rendering, the approved one (or else the most frequent, then the earliest) is the
    reference, and each rendering the glossary does not accept is reported once per
    document, at its first occurrence, with counts. Renderings the glossary accepts (`en`,
    `allowed`, `pattern`) are never reported: official texts use "CPC Central Committee" and
    "Party Central Committee" side by side. A near miss that T103 leaves alone because its
    context names something else ("a standing committee session of the NPC") is no rendering.

    When T103 reports the same text as a near miss, the two findings are one: T103's
    finding stays and carries this rule's counts in its message.

    ## Why is this bad?
    A reader who meets "one-network unified management" in one article and "one network and
    unified management" in the next will think they are two policies.

    ## Example
    ```text
    sample 001: deepen "one-network unified management"
    sample 004: into the "one network and unified management" of the city's operation
    ```

    ## Use instead
    ```text
    sample 004: into the "one-network unified management" of the city's operation
    ```

    ## Fix safety
    Unsafe: the reference rendering is suggested; which rendering a publication keeps is an
    editorial choice.
    """
    rows = new_rows()
    found = renderings(ctx)
    if not found.height:
        return output(rows)
    en_keys = {t.id: normalize.key(t.en) for t in ctx.glossary.terms}
    # Sorted by position, so that "first" is the earliest occurrence (the tie-break).
    counts = (
        found.sort("doc", "start")
        .with_row_index("order")
        .group_by("term_id", "key", maintain_order=True)
        .agg(
            n=pl.len(),
            exact=pl.col("exact").any(),
            first=pl.col("order").first(),
            surface=pl.col("rendering").first(),
        )
    )
    for term_id, group in counts.group_by("term_id", maintain_order=True):
        if group.height < 2:
            continue
        tid = str(term_id[0])
        approved = en_keys.get(tid)
        ranked = group.with_columns(is_en=pl.col("key") == approved).sort(
            ["is_en", "exact", "n", "first", "key"], descending=[True, True, True, False, False]
        )
        reference = ranked.row(0, named=True)
        for key, n, accepted in ranked.select("key", "n", "exact").iter_rows():
            if key == reference["key"] or accepted:
                continue
            occurrences = found.filter((pl.col("term_id") == tid) & (pl.col("key") == key)).sort(
                "doc", "start"
            )
            if _bare(key) in (_bare(reference["key"]), _bare(approved or "")):
                # Only an article differs: a headline drops it, running text does not.
                occurrences = occurrences.join(
                    in_prose(ctx, occurrences), on=["doc", "start"], how="semi"
                )
            for first in occurrences.unique("doc", keep="first", maintain_order=True).iter_rows(
                named=True
            ):
                add_row(
                    rows,
                    first["doc"],
                    first["start"],
                    first["end"],
                    f"{tid} is rendered “{first['rendering']}” here ({n}× in this run) "
                    f"but “{reference['surface']}” {reference['n']}×; use one rendering",
                    reference["surface"],
                    tid,
                )
    return output(rows)


def in_prose(ctx: Context, spans: pl.DataFrame) -> pl.DataFrame:
    """``doc, start`` of the `spans` that lie in prose paragraphs (not headlines)."""
    prose = prose_segments(ctx).join(
        ctx.segments.select("doc", "seg", "end"), on=["doc", "seg"], how="left"
    )
    return (
        spans.select("doc", "start")
        .join(prose, on="doc", how="inner")
        .filter((pl.col("seg_start") <= pl.col("start")) & (pl.col("start") < pl.col("end")))
        .select("doc", "start")
        .unique()
    )
