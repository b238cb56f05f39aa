"""What the Chinese source says, for the rules: which terms it mentions, and the pairs.

Rules that compare the English with its source run only on segments that have one (`src`
not null and not empty); on monolingual input they find nothing and cost nothing.
"""

from __future__ import annotations

import contextlib
from functools import cache

import polars as pl
import regex

from tifa.checks.context import Context
from tifa.checks.distinct import filter_distinct
from tifa.glossary import normalize
from tifa.glossary.match import form_regex
from tifa.glossary.match_zh import to_view
from tifa.glossary.model import Term
from tifa.glossary.pattern import MATCH_TIMEOUT

PAIR_COLUMNS = ("doc", "seg", "src", "tgt", "start", "end")


def pairs(ctx: Context) -> pl.DataFrame:
    """Segments that have a Chinese source, with the normalised view of it as `zh` (made
    once per run: eight rules read it)."""
    table, _ = ctx.zh_views
    return ctx.shared(
        "pairs",
        lambda: ctx.segments.select(*PAIR_COLUMNS).join(
            table.select("doc", "seg", "zh"), on=["doc", "seg"], how="inner"
        ),
    )


# Share of a target's letters that are Han characters above which it is untranslated (U403).
MOSTLY_CJK = 0.5


def untranslated(column: str = "tgt") -> pl.Expr:
    """Whether the English is empty or mostly Chinese: U402's and U403's business, where
    the rules comparing terms, numbers, dates and names have nothing to compare."""
    text = pl.col(column).str.strip_chars()
    letters = pl.col(column).str.count_matches(r"[\p{L}\p{N}]")
    han = pl.col(column).str.count_matches(r"\p{Han}")
    return (text == "") | (han > letters * MOSTLY_CJK)


_HAN = regex.compile(r"\p{Han}")
_LETTER_OR_DIGIT = regex.compile(r"[\p{L}\p{N}]")


def mostly_chinese(text: str) -> bool:
    """Whether `text` is mostly Chinese, as `untranslated` reads a column: a Chinese
    paragraph on the page (its version scraped beside the English), which keeps its own
    punctuation and spacing; U401 reports its characters."""
    han = len(_HAN.findall(text))
    return han > 0 and han > len(_LETTER_OR_DIGIT.findall(text)) * MOSTLY_CJK


def translated_pairs(ctx: Context) -> pl.DataFrame:
    """The pairs whose English is a translation at all (see `untranslated`); made once per
    run, as five rules read them."""
    return ctx.shared(
        "translated_pairs", lambda: filter_distinct(pairs(ctx), "tgt", ~untranslated())
    )


def whole(tgt: str, base: int) -> tuple[int, int]:
    """The span of a whole segment's English without its outer white space: where a finding
    about the segment as a whole (something missing from it) points."""
    return base + len(tgt) - len(tgt.lstrip()), base + len(tgt.rstrip())


def mentions(zh: str, forms: tuple[str, ...]) -> bool:
    """Whether the source view `zh` mentions any of the Chinese `forms`, loosely.

    Loose on purpose: a form counts when its characters occur in order within a short window
    (高质量地发展 mentions 高质量发展), because this is used to *keep quiet* about renderings
    whose source is there, where a word-boundary match would be too strict.
    """
    for form in forms:
        if not form:
            continue
        if form in zh:
            return True
        window = 2 * len(form) + 2
        start = zh.find(form[0])
        while start >= 0:
            if _in_order(zh[start : start + window], form):
                return True
            start = zh.find(form[0], start + 1)
    return False


def _in_order(text: str, form: str) -> bool:
    it = iter(text)
    return all(ch in it for ch in form)


def source_views(ctx: Context, table: pl.DataFrame) -> pl.Series:
    """The source view of each row of `table` (with doc, seg), null where the segment has
    no source; in the rows' order."""
    views, _ = ctx.zh_views
    return table.select("doc", "seg").join(
        views.select("doc", "seg", "zh"), on=["doc", "seg"], how="left", maintain_order="left"
    )["zh"]


def sourced(ctx: Context, table: pl.DataFrame) -> pl.DataFrame:
    """Rows of `table` (with doc, seg, term_id) that stand where the source mentions the
    term, or where there is no source. The one filter the English-only term rules apply
    when sources are present."""
    if not table.height or not ctx.bilingual:
        return table
    rows = table.select("term_id").with_columns(zh=source_views(ctx, table))
    # Once per distinct source and term: a translation memory repeats both. The verdicts go
    # back to the rows by a join, not a loop over them.
    distinct = rows.unique(maintain_order=True)
    keep = [mentions_term(ctx, zh, term_id) for term_id, zh in distinct.iter_rows()]
    verdicts = distinct.with_columns(_keep=pl.Series(keep, dtype=pl.Boolean))
    mask = rows.join(
        verdicts, on=["term_id", "zh"], how="left", nulls_equal=True, maintain_order="left"
    )["_keep"]
    return table.filter(mask)


def mentions_term(ctx: Context, zh: str | None, term_id: str | None) -> bool:
    """Whether the source view `zh` mentions the term `term_id` (see `mentions`); true where
    there is no source or no such term, as there is nothing to hold the English to."""
    term = ctx.glossary.get(term_id) if zh is not None and term_id is not None else None
    return zh is None or term is None or mentions(zh, zh_forms(term.zh))


@cache
def zh_forms(forms: tuple[str, ...]) -> tuple[str, ...]:
    """The glossary's Chinese forms as the source views are written (NFKC, simplified), and
    a plan's number without 规划: “十四五”收官之年 mentions the 14th Five-Year Plan."""
    views = tuple(to_view(f) for f in forms)
    return views + tuple(v[:3] for v in views if _PLAN.fullmatch(v))


_PLAN = regex.compile(r"十[一二三四五六七八九]五规划")


def rendering_spans(term: Term, text: str) -> list[tuple[int, int]]:
    """Every span of `text` holding an approved or allowed rendering or the pattern of
    `term`, in order of position."""
    spans = [m.span() for form in term.accepted for m in form_regex(form).finditer(text)]
    if term.pattern is not None:
        with contextlib.suppress(TimeoutError):
            spans += [m.span() for m in term.pattern.finditer(text, timeout=MATCH_TIMEOUT)]
    return sorted(set(spans))


def loosely_rendered(term: Term, text: str) -> bool:
    """Whether every content word of one of the term's accepted renderings occurs in `text`
    in some form ("revitalizing Northeast China" for "revitalization of Northeast China"),
    a word like "region" aside, or — for a body — its head before "of" ("the Political
    Bureau" for "Political Bureau of the CPC Central Committee"): a reworded or shortened
    rendering is T103's and T104's business, not a missing term."""
    words = {_stem(w) for w in _WORD.findall(text)}
    # "Communist Party of China" spelt out stands for "CPC", and the other way round (the
    # same for the NPC and the CPPCC).
    folded = text.casefold()
    for short, full in SPELT_OUT.items():
        if full in folded or short in words:
            words |= {short, *(_stem(w) for w in _WORD.findall(full))}
    for form in term.accepted:
        content = [_stem(w) for w in _WORD.findall(form) if w.lower() not in LOOSE_WORDS]
        if content and all(c in words for c in content):
            return True
        head, of, _ = form.partition(" of ")
        if term.kind == "body" and of and len(head.split()) >= 2 and form_regex(head).search(text):
            return True
    return False


# Words a reworded rendering may drop: "Beijing-Tianjin-Hebei coordinated development" for
# "coordinated development of the Beijing-Tianjin-Hebei region".
LOOSE_WORDS = normalize.SMALL_WORDS | {"region", "regions", "area", "areas"}
SPELT_OUT = {
    "cpc": "communist party of china",
    "npc": "national people's congress",
    "cppcc": "chinese people's political consultative conference",
}


_WORD = regex.compile(r"[\p{L}\p{N}]+")


def _stem(word: str) -> str:
    # Six letters tell "revitalization" and "revitalizing" apart from other words well
    # enough, and keep "zone" and "zones", "pre" and "pre-" together; a plural's s goes
    # first, so that "chains" is "chain" ("industrial and supply chains").
    word = word.lower()
    if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
        word = word[:-1]
    return word[:6]
