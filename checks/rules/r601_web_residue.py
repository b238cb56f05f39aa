"""R601 web-residue."""

from __future__ import annotations

import polars as pl
import regex

from tifa.checks.context import Context
from tifa.checks.registry import rule
from tifa.checks.rule import Fix, Severity, add_row, new_rows, output

# Whole paragraphs that are page furniture, not article text.
_CHROME = (
    (r"breaking news|latest news|hot news|top stories", "site banner"),
    (r"(?:the )?(?:original )?article is (?:in|from) chinese.*|original text in chinese.*", "language notice"),
    (r"tags?\s*[:：].*|keywords?\s*[:：].*", "tag list"),
    (r"(?:next|previous|prev)(?:\s+(?:article|page|story))?\s*[:：>»]?\s+.*|[<«]\s*(?:prev|previous).*", "navigation link"),
    (r"share(?:\s+(?:to|this|on))?\s*[:：].*|print(?:\s+this\s+page)?|close(?:\s+window)?|back\s+to\s+top|"
     r"\[?\s*(?:print|close|top)\s*\]?", "page control"),
    (r"(?:responsible\s+)?editor\s*[:：].*|copyright\b.*|all rights reserved.*", "credit line"),
    (r"\d{4}-\d{2}-\d{2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?", "page timestamp"),
)  # fmt: skip
_ANY_CHROME = "(?i)^(?:" + "|".join(p for p, _ in _CHROME) + ")$"
_CHROME_RE = [(regex.compile(p, regex.IGNORECASE), why) for p, why in _CHROME]
# Page titles glue the site's name on with underscores or pipes: "Title_Site Daily_Site Net".
_BREADCRUMB = regex.compile(r"\S_\p{Lu}.*_\p{Lu}|\S\s+\|\s+\p{Lu}.*\|\s+\p{Lu}")


def residue_reason(text: str) -> str | None:
    """Why this paragraph looks like page furniture, or None."""
    stripped = text.strip()
    for pattern, why in _CHROME_RE:
        if pattern.fullmatch(stripped):
            return why
    if _BREADCRUMB.search(stripped):
        return "page title with the site's name"
    return None


@rule("R601", "web-residue", Severity.WARNING, Fix.UNSAFE)
def web_residue(ctx: Context) -> pl.DataFrame:
    """Web-page furniture copied into the article.

    ## What it does
    Finds paragraphs that are site chrome rather than article text: banners ("Breaking
    news"), language notices ("The article is in Chinese"), tag lists, next/previous links,
    share and print controls, credit lines, bare page timestamps, page titles carrying the
    site's name ("…_Shenyang Daily Reading_News Center_Shenyang Net"), and any paragraph of
    three words or more repeated from earlier in the same document (a title pasted twice).

    ## Why is this bad?
    Residue is published as if it were part of the translation, and it pollutes word counts,
    term statistics and machine-translation training data built from the articles.

    ## Example
    ```text
    Breaking news

    Concentrating on projects_Shenyang Daily Reading_News Center_Shenyang Net
    ```

    ## Use instead
    ```text
    Concentrating on projects and taking multiple measures to expand investment
    ```

    ## Fix safety
    Unsafe: deleting the paragraph is suggested; a person checks it is not article text.
    """
    rows = new_rows()
    # Columnar pass: chrome patterns and repeats are found by polars over all paragraphs;
    # Python only names the reason for the few paragraphs selected.
    norm = pl.col("text").str.strip_chars().str.to_lowercase().str.replace_all(r"\s+", " ")
    candidates = (
        ctx.corpus.paragraphs.with_columns(norm=norm)
        .with_columns(
            first=pl.col("para").min().over("doc", "norm"),
            words=pl.col("norm").str.count_matches(r"\S+"),
        )
        .filter(
            pl.col("norm").str.contains(_ANY_CHROME)
            | pl.col("text").str.contains(_BREADCRUMB.pattern)
            | ((pl.col("para") != pl.col("first")) & (pl.col("words") >= 3))
        )
        .sort("doc", "para")
    )
    for doc, text, start, end, first in candidates.select(
        "doc", "text", "start", "end", "first"
    ).iter_rows():
        reason = residue_reason(text) or f"repeats paragraph {first + 1}"
        add_row(
            rows, doc, start, end, f"looks like web-page residue ({reason}), not article text", ""
        )
    return output(rows)
