"""Match each distinct English text once: a translation memory repeats its units.

Term matching is a function of a segment's text alone, so segments that say the same thing
(a TM's "The meeting was held in Dalian." a thousand times) are matched once, as if the text
were one segment at offset 0, and the rows are then copied to every segment holding it, their
offsets moved by the segment's start. The result is the same table, in the same order, as
matching every segment.
"""

from __future__ import annotations

from dataclasses import dataclass

import polars as pl


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
