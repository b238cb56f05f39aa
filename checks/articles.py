"""What the article rules share: the running text they read, the finding that asks for
"the" before a name, the one that asks for "a" or "an" before a phrase and the one that
asks to drop an article.

The article rules (T113, E807, E817, E820 and their kin) read running prose only, since
headings and titles drop articles by design, and most of them report one matched group of
a pattern with "the" suggested before it. Both live here so that each rule keeps only what
is its own: the pattern and the guards.
"""

from __future__ import annotations

import polars as pl
import regex

from tifa.checks.context import Context
from tifa.checks.prose import running_segments
from tifa.checks.rule import add_row


def running_text(ctx: Context) -> pl.DataFrame:
    """The segments of running text (see `running_segments`), with all their columns.

    One table per run, shared by the article rules: their prefilters then find its distinct
    texts once (tifa.checks.distinct keeps them by the table's identity)."""
    return ctx.shared(
        "running_text",
        lambda: ctx.segments.join(
            running_segments(ctx).select("doc", "seg"), on=["doc", "seg"], how="semi"
        ),
    )


def add_the(
    rows: dict[str, list[object]],
    doc: int,
    base: int,
    m: regex.Match[str],
    message: str,
    group: str | int = "name",
) -> None:
    """Report the match's `group` (offsets in a segment that starts at `base`) as wanting
    "the" before it, with "the <group>" as the suggestion."""
    add_row(rows, doc, base + m.start(group), base + m.end(group), message, f"the {m.group(group)}")


def indefinite(phrase: str, *, u_takes_an: bool = False) -> str:
    """ "a" or "an" before `phrase`, by its first letter: "an" before a, e, i or o ("an
    area", "an inspection tour"), "a" before u ("a unified market", "a university"), where
    most words sound a consonant; with `u_takes_an`, "an" before u too (E801 and E812's
    measures: "an urban population")."""
    return "an" if phrase[:1].lower() in ("aeiou" if u_takes_an else "aeio") else "a"


def add_a(
    rows: dict[str, list[object]], doc: int, base: int, m: regex.Match[str], group: str = "phrase"
) -> None:
    """Report the match's `group` as one of many, wanting "a" or "an" (by its first letter)
    before it."""
    phrase = m.group(group)
    article = indefinite(phrase)
    add_row(
        rows,
        doc,
        base + m.start(group),
        base + m.end(group),
        f"“{phrase}” is one of many and takes “{article}”",
        f"{article} {phrase}",
    )


def drop_article(
    rows: dict[str, list[object]],
    doc: int,
    base: int,
    m: regex.Match[str],
    message: str,
    group: str = "name",
) -> None:
    """Report the match from its article (its start) to the end of its `group` as wanting
    no article, with the group alone as the suggestion."""
    add_row(rows, doc, base + m.start(), base + m.end(group), message, m.group(group))
