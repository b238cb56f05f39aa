"""Offsets in a document's text to offsets in its file, for every finding at once.

For articles the two are the same. For bilingual files the text is a view of the English
(`tifa.corpus.pairs`) and the corpus's `origins` table says where each stretch of it is stored:
``doc, start, end`` in the view, ``file_start, file_end`` in the file, character for character
when the widths agree, else one escape (`&amp;`) that is never cut.
"""

from __future__ import annotations

import polars as pl


def to_file(df: pl.DataFrame, origins: pl.DataFrame, start: str, end: str) -> pl.DataFrame:
    """`df` with columns `file_start`/`file_end`: where `df[start]`/`df[end]` are in the file."""
    if not origins.height:
        return df.with_columns(file_start=pl.col(start), file_end=pl.col(end))
    runs = origins.rename({"start": "_rs", "end": "_re", "file_start": "_fs", "file_end": "_fe"})
    runs = runs.sort("doc", "_rs", "_re")
    indexed = df.with_row_index("_row")
    one_to_one = (pl.col("_re") - pl.col("_rs")) == (pl.col("_fe") - pl.col("_fs"))

    def locate(probe: pl.Expr, exclusive_end: bool) -> pl.DataFrame:
        table = indexed.select("_row", "doc", _at=probe, _p=pl.col(end) if exclusive_end else probe)
        joined = table.sort("doc", "_at").join_asof(
            runs,
            left_on="_at",
            right_on="_rs",
            by="doc",
            strategy="backward",
            check_sortedness=False,
        )
        inside = pl.min_horizontal(pl.col("_fs") + pl.col("_p") - pl.col("_rs"), pl.col("_fe"))
        escaped = pl.col("_fe") if exclusive_end else pl.col("_fs")
        mapped = (
            pl.when(pl.col("_rs").is_null())
            .then(pl.col("_p"))
            .when(one_to_one)
            .then(inside)
            .otherwise(escaped)
        )
        return joined.select("_row", mapped.alias("_mapped"))

    starts = locate(pl.col(start), exclusive_end=False).rename({"_mapped": "file_start"})
    # An end is located by its last character; an empty span ends where it starts.
    last = pl.when(pl.col(end) > pl.col(start)).then(pl.col(end) - 1).otherwise(pl.col(start))
    ends = locate(last, exclusive_end=True).rename({"_mapped": "file_end"})
    out = indexed.join(starts, on="_row").join(ends, on="_row").sort("_row")
    return out.with_columns(
        file_end=pl.when(pl.col(end) > pl.col(start))
        .then(pl.col("file_end"))
        .otherwise(pl.col("file_start"))
    ).drop("_row")
