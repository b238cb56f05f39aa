"""T104 inconsistent-rendering."""

from __future__ import annotations

import polars as pl

from tifa.checks.context import Context
from tifa.checks.registry import rule
from tifa.checks.rule import Fix, Severity, add_row, new_rows, output
from tifa.checks.sourced import sourced
from tifa.glossary import normalize


def renderings(ctx: Context) -> pl.DataFrame:
    """Every accepted or near rendering of each term in the run, with a normalised key.

    Avoid-forms are left out (T101 reports them with their fix). A `pattern` match counts as
    the approved rendering: the pattern is the editor's way of saying these wordings are one.
    """
    # With a Chinese source, a rendering counts for a term only where the source has the term.
    hits, near = sourced(ctx, ctx.hits), sourced(ctx, ctx.near)
    exact = hits.filter(pl.col("form") != "avoid").select(
        "doc",
        "start",
        "end",
        "term_id",
        pl.when(pl.col("form") == "pattern")
        .then(pl.col("form_text"))
        .otherwise(
            pl.col("text").str.slice(
                0, pl.col("text").str.len_chars() - pl.col("suffix").str.len_chars()
            )
        )
        .alias("rendering"),
        exact=pl.lit(True),
    )
    near = near.filter(pl.col("kind") == "near").select(
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
    Party of China") are shortenings, not rival renderings, and are left out. When a concept
    has more than one rendering, the approved one (or else the most frequent) is the
    reference, and each other rendering is reported once per document, at its first
    occurrence, with counts.

    ## Why is this bad?
    Allowed alternatives are acceptable alone, but a reader who meets "one-network unified
    management" in one article and "one network and unified management" in the next will
    think they are two policies.

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
    counts = found.group_by("term_id", "key").agg(
        n=pl.len(),
        exact=pl.col("exact").any(),
        first=pl.struct("doc", "start").min(),
        surface=pl.col("rendering").first(),
    )
    for term_id, group in counts.group_by("term_id"):
        if group.height < 2:
            continue
        tid = str(term_id[0])
        approved = en_keys.get(tid)
        ranked = group.with_columns(is_en=pl.col("key") == approved).sort(
            ["is_en", "n", "exact", "first"], descending=[True, True, True, False]
        )
        reference = ranked.row(0, named=True)
        others = {r["key"]: r["n"] for r in ranked.iter_rows(named=True)}
        for key, n in others.items():
            if key == reference["key"]:
                continue
            occurrences = found.filter((pl.col("term_id") == tid) & (pl.col("key") == key)).sort(
                "doc", "start"
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
