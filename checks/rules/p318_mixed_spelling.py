"""P318 mixed-spelling."""

from __future__ import annotations

import polars as pl
import regex

from tifa.checks.context import Context
from tifa.checks.distinct import with_distinct
from tifa.checks.registry import rule
from tifa.checks.rule import Fix, Severity, add_row, new_rows, output
from tifa.checks.spelling import variant_keys

# Lower-case words only: a capitalised "Organization" or "Centre" is most often part of a
# name ("World Health Organization"), which keeps its owner's spelling.
_WORD_RUST = r"\b[a-z]{3,}\b"
_WORD = regex.compile(r"(?<![\p{L}\p{N}])[a-z]{3,}(?![\p{L}\p{N}])")


@rule("P318", "mixed-spelling", Severity.WARNING, Fix.UNSAFE)
def mixed_spelling(ctx: Context) -> pl.DataFrame:
    """One word spelt two ways in one document (organisation and organization).

    ## What it does
    Finds words with two accepted spellings — British and American (organisation and
    organization, centre and center, labour and labor, travelled and traveled) and a few
    free variants (adviser and advisor) — that one document writes both ways, and reports
    each spelling in the less common way; on a tie the first one sets the style. Only
    lower-case words count: "World Health Organization" keeps its owner's spelling in a
    British text. Pairs whose other form is a different British word ("practise" and
    "practice", "programme" and a computer "program", "licence" and "licensed") are left
    alone.

    ## Why is this bad?
    Mixed spellings show a text pasted together from different drafts or tools, and readers
    take the switch for a careless error; house style picks one.

    ## Example
    ```text
    The organization department met; the organisation of the forum was praised.
    ```

    ## Use instead
    ```text
    The organization department met; the organization of the forum was praised.
    ```

    ## Fix safety
    Unsafe: the document's main spelling is suggested, but which spelling the house uses
    is for a person to decide.
    """
    keys = variant_keys()
    # Each distinct text's words read once (a translation memory repeats its units), only
    # the words with a variant kept before the rows are exploded.
    found = pl.col("tgt").str.extract_all(_WORD_RUST)
    words = (
        with_distinct(
            ctx.segments,
            "tgt",
            word=found.list.eval(pl.element().filter(pl.element().is_in(list(keys)))),
        )
        .select("doc", "start", "word")
        .explode("word")
        .filter(pl.col("word").is_in(list(keys)))
        .with_columns(key=pl.col("word").replace_strict(keys, return_dtype=pl.String))
    )
    mixed = (
        words.group_by("doc", "key")
        .agg(pl.col("word").n_unique().alias("forms"))
        .filter(pl.col("forms") > 1)
        .select("doc", "key")
    )
    rows = new_rows()
    if mixed.is_empty():
        return output(rows)
    # In document order, so that a tie goes to the spelling met first.
    uses = words.join(mixed, on=["doc", "key"]).sort("doc", "start", maintain_order=True)
    main: dict[tuple[int, str], tuple[str, int]] = {}
    counts: dict[tuple[int, str], dict[str, int]] = {}
    for doc, key, word in uses.select("doc", "key", "word").iter_rows():
        counts.setdefault((doc, key), {}).setdefault(word, 0)
        counts[(doc, key)][word] += 1
    for (doc, key), by_word in counts.items():
        order = list(by_word)  # insertion order is document order
        best = max(order, key=lambda w: (by_word[w], -order.index(w)))
        main[(doc, key)] = (best, by_word[best])
    candidates = uses.select("doc", "start").unique(maintain_order=True)
    texts = ctx.segments.join(candidates, on=["doc", "start"]).sort("doc", "start")
    for doc, base, text in texts.select("doc", "start", "tgt").iter_rows():
        for m in _WORD.finditer(text):
            key = keys.get(m.group())
            if key is None or (doc, key) not in main:
                continue
            best, n = main[(doc, key)]
            if m.group() == best:
                continue
            add_row(
                rows,
                doc,
                base + m.start(),
                base + m.end(),
                f"“{m.group()}” here; this document spells it “{best}” ({n}×)",
                best,
            )
    return output(rows)
