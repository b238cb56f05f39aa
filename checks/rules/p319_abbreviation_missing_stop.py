"""P319 abbreviation-missing-stop."""

from __future__ import annotations

import polars as pl
import regex

from tifa.checks.context import Context
from tifa.checks.registry import rule
from tifa.checks.rule import Fix, Severity, add_row, new_rows, output
from tifa.checks.scan import docs_with_match, prose_matches

# Dotted country and body abbreviations written with their last stop dropped, before a
# lower-case word: "the U.S government".
# "etc" without its stop, wherever it stands: "roads, bridges, etc at the site".
_PATTERN = regex.compile(
    r"(?<![\p{L}.])(?:U\.S|U\.K|U\.N|P\.R\.C|E\.U)(?=[ \t]+\p{Ll})"
    r"|(?<![\p{L}\p{N}./@_-])etc(?![\p{L}\p{N}.@/_-])"
)
# A site's copyright notice, whose "etc" belongs to the page, not to the translation.
_NOTICE = regex.compile(r"(?i)all rights reserved|copyright|©")
_PREFILTER = r"[A-Z]\.[A-Z][ \t]|\betc(?:[^.\p{L}]|$)"


@rule("P319", "abbreviation-missing-stop", Severity.WARNING, Fix.SAFE)
def abbreviation_missing_stop(ctx: Context) -> pl.DataFrame:
    """A dotted abbreviation without its last full stop.

    ## What it does
    Finds "U.S", "U.K", "U.N", "P.R.C" and "E.U" with the final stop missing, before a
    lower-case word ("the U.S government"), and "etc" without its stop ("roads, bridges,
    etc at the site"). Web addresses, file names and a site's copyright notice are left
    alone. Also "Co., Ltd" without its stop before a lower-case word ("Co., Ltd signed"),
    where the same document writes "Ltd." mid-sentence elsewhere: "Ltd" alone is a house
    style of its own and is left alone in a document that never dots it.

    ## Why is this bad?
    Half-dotted abbreviations look like typos and break search for the abbreviation.

    ## Example
    ```text
    talks with the U.S government delegation
    ```

    ## Use instead
    ```text
    talks with the U.S. government delegation
    ```

    ## Fix safety
    Safe: the missing stop is added after the abbreviation; nothing else changes.
    """
    rows = new_rows()
    for doc, base, _text, m in prose_matches(ctx.segments, "tgt", _PREFILTER, _PATTERN):
        if m.group() == "etc" and _in_notice(ctx.text(doc), base + m.start()):
            continue  # the site's copyright notice: page furniture (R601's), not the article
        add_row(
            rows,
            doc,
            base + m.start(),
            base + m.end(),
            f"“{m.group()}” lacks its last full stop",
            m.group() + ".",
        )
    _company_suffixes(ctx, rows)
    return output(rows)


# "Co., Ltd" before a lower-case word, in a document that writes "Ltd." (with its stop)
# before a lower-case word or a comma elsewhere: the document's own style has the stop.
_LTD_BARE = regex.compile(r"(?<=Co\.,?[ \u00a0]+)Ltd(?=[ \u00a0]+\p{Ll})")
_LTD_BARE_PREFILTER = r"Co\.,?[ \u00a0]+Ltd[ \u00a0]+\p{Ll}"
_LTD_DOTTED = regex.compile(r"Ltd\.(?:,|[ \u00a0]+\p{Ll})")
_LTD_DOTTED_PREFILTER = r"Ltd\.(?:,|[ \u00a0]+\p{Ll})"


def _company_suffixes(ctx: Context, rows: dict[str, list[object]]) -> None:
    """Add "Ltd" without its stop where the same document writes "Ltd." mid-sentence."""
    dotted = docs_with_match(
        ctx.segments, "tgt", _LTD_DOTTED_PREFILTER, _LTD_DOTTED, lambda _m: True
    )
    if not dotted:
        return
    for doc, base, _text, m in prose_matches(ctx.segments, "tgt", _LTD_BARE_PREFILTER, _LTD_BARE):
        if doc not in dotted:
            continue
        add_row(
            rows,
            doc,
            base + m.start(),
            base + m.end(),
            "“Ltd” lacks its full stop, which the document writes elsewhere (“Ltd.”)",
            "Ltd.",
        )


def _in_notice(text: str, at: int) -> bool:
    """Whether offset `at` of a document's text is on a line with a copyright notice."""
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    return bool(_NOTICE.search(text, start, end if end >= 0 else len(text)))
