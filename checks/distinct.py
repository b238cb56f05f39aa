"""Read each distinct text once: a translation memory repeats its units.

Term matching is a function of a segment's text alone, so segments that say the same thing
(a TM's "The meeting was held in Dalian." a thousand times) are matched once, as if the text
were one segment at offset 0, and the rows are then copied to every segment holding it, their
offsets moved by the segment's start. The result is the same table, in the same order, as
matching every segment.

Rules do the same with `each_distinct` (findings of each distinct source and English pair, or
English alone, copied to every unit holding it) and `filter_distinct` (a costly columnar
condition evaluated once per distinct value).
"""

from __future__ import annotations

import weakref
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import NamedTuple

import polars as pl

from tifa.checks.rule import FIX_COLUMN, RULE_OUTPUT, Fix, new_rows, output


@dataclass(frozen=True)
class DistinctTexts:
    """The distinct texts of a segment table as a segment table of their own, and the way back."""

    segments: pl.DataFrame  # doc 0, seg = the text's number, tgt, start 0
    back: pl.DataFrame  # _u (the text's number), doc, seg, _base (the segment's start)

    @classmethod
    def of(cls, segments: pl.DataFrame) -> DistinctTexts:
        """Number the distinct `tgt` values in order of first appearance."""
        distinct = (
            segments.select("tgt")
            .unique(maintain_order=True)
            .with_row_index("seg")
            .select(
                doc=pl.lit(0, dtype=pl.UInt32),
                seg=pl.col("seg").cast(pl.UInt32),
                tgt=pl.col("tgt"),
                start=pl.lit(0, dtype=pl.Int64),
            )
        )
        back = segments.select("doc", "seg", "tgt", _base="start").join(
            distinct.select("tgt", _u="seg"), on="tgt", how="left"
        )
        return cls(distinct, back.select("_u", "doc", "seg", "_base"))

    @property
    def repeats(self) -> bool:
        """Whether any text occurs more than once (else matching them all is as cheap)."""
        return self.segments.height < self.back.height

    def spread(self, rows: pl.DataFrame) -> pl.DataFrame:
        """Rows found on the distinct texts, copied to every segment holding the text."""
        columns = rows.columns
        out = (
            rows.rename({"seg": "_u"})
            .drop("doc")
            .join(self.back, on="_u", how="inner")
            .with_columns(
                start=pl.col("start") + pl.col("_base"), end=pl.col("end") + pl.col("_base")
            )
        )
        return out.select(columns).sort("doc", "seg", "start", "end", maintain_order=True)


class Found(NamedTuple):
    """One finding in a text, its offsets in that text (not yet the document's)."""

    start: int
    end: int
    message: str
    suggestion: str | None = None
    term_id: str | None = None
    fix: Fix | None = None


def each_distinct(
    table: pl.DataFrame, keys: Sequence[str], find: Callable[..., Iterable[Found]]
) -> pl.DataFrame:
    """A rule's output from `find`, called once per distinct combination of the `keys`
    columns of `table` (a pair table: ``doc``, ``start`` and the keys, none of them null).

    For rules whose findings in a segment depend on its texts alone (the source and the
    English): a translation memory repeats its units, so each repeated unit is read once and
    its findings are copied to every row holding it, moved by that row's ``start``. The rows
    come out in the order a loop over `table` calling `find` on each row would make them.
    """
    distinct = table.select(keys).unique(maintain_order=True)
    rows: dict[str, list[object]] = {name: [] for name in ("_k", "_i", *Found._fields)}
    for k, values in enumerate(distinct.iter_rows()):
        for i, found in enumerate(find(*values)):
            rows["_k"].append(k)
            rows["_i"].append(i)
            for name, value in zip(Found._fields, found, strict=True):
                rows[name].append(value.value if isinstance(value, Fix) else value)
    if not rows["_k"]:
        return output(new_rows())
    schema = {"_k": pl.UInt32, "_i": pl.UInt32, **RULE_OUTPUT, FIX_COLUMN: pl.String}
    del schema["doc"]
    found_rows = pl.DataFrame(rows, schema=schema)
    placed = (
        table.select("doc", *keys, _base="start")
        .with_row_index("_r")
        .join(distinct.with_row_index("_k"), on=list(keys), how="inner")
        .join(found_rows, on="_k", how="inner")
        .sort("_r", "_i")
    )
    return placed.select(
        "doc",
        start=pl.col("start") + pl.col("_base"),
        end=pl.col("end") + pl.col("_base"),
        message="message",
        suggestion="suggestion",
        term_id="term_id",
        fix=FIX_COLUMN,
    )


def filter_distinct(table: pl.DataFrame, column: str, condition: pl.Expr) -> pl.DataFrame:
    """The rows of `table` whose `column` meets `condition` (an expression on that column
    alone), the condition evaluated once per distinct value: a costly regular expression
    over a translation memory's repeated lines. Rows keep their order."""
    values, codes, _series = _value_codes(table, column)
    if codes is None:
        return table.filter(condition)  # every value distinct: nothing to share
    meets = values.select(condition.fill_null(False)).to_series()
    return table.filter(meets.gather(codes))


def filter_distinct_by(
    table: pl.DataFrame, column: str, test: Callable[[pl.Series], pl.Series]
) -> pl.DataFrame:
    """Like `filter_distinct`, with the condition a function `test` from the column of
    distinct values (a null among them) to a Boolean column of the same length, without
    nulls: a condition computed in steps (tifa.checks.prefilter.matching)."""
    _values, codes, series = _value_codes(table, column)
    meets = test(series)
    if codes is None:
        return table.filter(meets)
    return table.filter(meets.gather(codes))


def with_distinct(table: pl.DataFrame, column: str, **exprs: pl.Expr) -> pl.DataFrame:
    """`table` with the columns `exprs` (expressions on `column` alone, named by their
    keywords), each evaluated once per distinct value of `column` and copied to every row
    holding it: the same columns as `table.with_columns(**exprs)`, for a regular expression
    that a rule aggregates per document ("does any line say ...", "how many times ...") over
    a translation memory's repeated units."""
    values, codes, _series = _value_codes(table, column)
    if codes is None:
        return table.with_columns(**exprs)  # every value distinct: nothing to share
    computed = values.select(**exprs)
    return table.with_columns(computed.get_column(name).gather(codes) for name in exprs)


def distinct_values(table: pl.DataFrame, column: str) -> pl.Series:
    """The distinct values of `table[column]` (a null among them), in the order they first
    appear: the column `filter_distinct_by` hands its test."""
    return _value_codes(table, column)[2]


# A run's rules filter the same few tables (the segments, paragraphs and lines), dozens of
# times each: their distinct values are found once per table. Entries go with their table.
# The column of distinct values is the same object on every call, so that what is derived
# from it can be kept by its identity (tifa.checks.prefilter.lowered).
_Codes = tuple[pl.DataFrame, pl.Series | None, pl.Series]
_CODES: dict[tuple[int, str], tuple[weakref.ref[pl.DataFrame], _Codes]] = {}


def _value_codes(table: pl.DataFrame, column: str) -> _Codes:
    """The distinct values of `table[column]`, each row's value as an index into them (None
    when every row's value is distinct), and the distinct values as a column."""
    key = (id(table), column)
    entry = _CODES.get(key)
    if entry is not None and entry[0]() is table:
        return entry[1]
    values = table.select(column).unique(maintain_order=True)
    codes = None
    if values.height < table.height:
        numbered = values.with_row_index("_v")
        codes = table.select(column).join(
            numbered, on=column, how="left", nulls_equal=True, maintain_order="left"
        )["_v"]

    def forget(_gone: weakref.ref[pl.DataFrame]) -> None:
        _CODES.pop(key, None)

    found = (values, codes, values.to_series())
    _CODES[key] = (weakref.ref(table, forget), found)
    return found
