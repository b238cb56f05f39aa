"""D505 small-number-as-figure."""

from __future__ import annotations

import polars as pl
import regex

from tifa.checks.context import Context
from tifa.checks.prose import inside_title, running_segments
from tifa.checks.registry import rule
from tifa.checks.rule import Fix, Severity, add_row, new_rows, output
from tifa.checks.scan import prose_matches

_S = r"[ \u00a0]+"
# A lone figure from 2 to 9 (not part of a longer number, a decimal, a range written with a
# dash, a time, a sign or a code such as "G7"), then a lower-case word ending in "s".
# One adjective may stand between: "the 8 major strategies", "5 new projects", and a
# hyphenated one ("6 county-level cities", "3 large-scale parks").
_PATTERN = regex.compile(
    rf"(?<![\p{{L}}\p{{N}}.,:/#$¥€£%+\-–—‐-])(?P<figure>[2-9])"
    rf"(?={_S}(?:(?P<mid>\p{{Ll}}{{3,}}(?:-\p{{Ll}}{{2,}})?)(?:{_S}(?P<mid2>\p{{Ll}}{{3,}}))??{_S})??(?P<noun>\p{{Ll}}[\p{{Ll}}-]*\p{{Ll}}s)(?![\p{{L}}\p{{N}}-]|['’]\p{{L}}))"
)
_PREFILTER = (
    r"(?:^|[^\p{L}\p{N}.,:/#$¥€£%+\-–—‐-])[2-9][ \u00a0]+(?:\p{Ll}{3,}(?:-\p{Ll}{2,})?[ \u00a0]+){0,2}"
    r"\p{Ll}[\p{Ll}-]*\p{Ll}s\b"
)
# Adjectives that count as the noun's: any other word between the figure and a plural
# ("2 million yuans", "3 square metres", "5 of its firms") is left to the figure's reading.
_PLURAL_SCALES = frozenset(["hundreds", "thousands", "millions", "billions", "trillions"])
_MIDDLE = frozenset(
    [
        "major",
        "key",
        "new",
        "main",
        "important",
        "national",
        "provincial",
        "municipal",
        "local",
        "large",
        "small",
        "big",
        "special",
        "foreign",
        "leading",
        "core",
        "basic",
        "different",
        "separate",
        "typical",
        "civil",
        "public",
        "rural",
        "urban",
        "industrial",
        "international",
        "domestic",
        "cultural",
        "scenic",
        "famous",
        "top",
    ]
)
_WORDS = ("", "", "two", "three", "four", "five", "six", "seven", "eight", "nine")
# Units, spans of time, scores and the like, written in figures by news style ("5 days",
# "3 kilometers", "2 goals"), and plural-looking words that are not plurals.
_MEASURES = frozenset(
    [
        "years",
        "months",
        "weeks",
        "days",
        "hours",
        "minutes",
        "seconds",
        "nights",
        "decades",
        "centuries",
        "times",
        "points",
        "percents",
        "degrees",
        "stars",
        "goals",
        "votes",
        "rounds",
        "laps",
        "sets",
        "runs",
        "games",
        "matches",
        "kilometers",
        "kilometres",
        "meters",
        "metres",
        "centimeters",
        "centimetres",
        "millimeters",
        "millimetres",
        "miles",
        "feet",
        "inches",
        "yards",
        "kilograms",
        "grams",
        "tons",
        "tonnes",
        "hectares",
        "acres",
        "liters",
        "litres",
        "kilowatts",
        "megawatts",
        "gigawatts",
        "watts",
        "volts",
        "bytes",
        "megabytes",
        "gigabytes",
        "pixels",
        "dollars",
        "euros",
        "pounds",
        "cents",
        "yuans",
        "jiao",
        "fen",
        "mus",
        "lanes",
        "floors",
        "storeys",
        "stories",
        "grades",
        "levels",
        "classes",
        "series",
        "means",
        "news",
    ]
)
# The word before the figure that makes it a label or a part of a figure: "No. 5", "Phase
# 2" (capitalised), "aged 5", "level 3", "grade 2", "top 5" in a ranking.
_LABEL_BEFORE = frozenset({"aged", "age", "ages", "level", "grade", "class", "type", "no"})
# A span of time is a count like any other where the frame counts it ("the past 5 years",
# "the next 3 months", "will last 3 days", "5 years ago", "2 months earlier"): news style
# spells it out there. Elsewhere ("a stay of 5 days") it is left with the units.
_SPANS = frozenset(["years", "months", "weeks", "days", "decades", "centuries", "nights"])
_SPAN_BEFORE = frozenset(
    [
        "past",
        "last",
        "lasts",
        "lasted",
        "lasting",
        "next",
        "previous",
        "coming",
        "following",
        "first",
        "recent",
    ]
)
_SPAN_AFTER = regex.compile(r"[ \u00a0]+(?:ago|earlier|later)\b")
# A sentence's end: a figure across it belongs to another sentence ("… 10.2 million. It
# has 2 cities"), not beside this one. A stop inside a decimal has no space after it.
_SENTENCE_BREAK = regex.compile(r"[.!?][”\"’]?[ \u00a0]+")
_BRACKET = regex.compile(r"[()]")
_BEFORE = regex.compile(r"(?P<word>[\p{L}.]+)[ \u00a0]*$")
_OPENING_QUOTES = frozenset("“\"‘'")
# Words that cannot stand between an adjective and its noun ("major and minor roads").
_NOT_A_MODIFIER = frozenset(["and", "for", "the", "with", "from", "per", "are", "were", "was"])
# Another figure near it: numbers side by side are written alike ("30 activities in 6
# parts", "3 to 15 projects"); unless it too is a lone figure under ten, which is owed its
# word as much ("5 towns and 6 townships").
_OTHER_FIGURE = regex.compile(r"\d")
_FIGURE = regex.compile(r"(?<![\p{N}.,])\d[\d,.]*(?![\p{N}])")
_LONE_SMALL = regex.compile(r"[1-9]")
_NEAR = 24
_LONG_PARAGRAPH = 200
# An ordinal under ten in figures before a word ("the 6th session", "6th Plenary Session"),
# not a date's ("May 1st", "on the 3rd of June").
_SMALL_ORDINAL_PREFILTER = r"(?:^|[^\p{L}\p{N}])[1-9](?:st|nd|rd|th)[ \u00a0]+\p{L}"
_SMALL_ORDINAL = regex.compile(
    r"(?<![\p{L}\p{N}])(?<!(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)\p{L}*"
    r"\.?[ \u00a0]+)[1-9](?:st|nd|rd|th)[ \u00a0]+(?!of\b)\p{L}"
)


def _same_kind_in_figures(text: str, start: int, noun: str) -> bool:
    """Whether the sentence counts the same things in a parallel phrase with a figure of 10
    or more, after the same word ("from 31 cities … from 4 cities"): style keeps the small
    one in figures too. "among the 11 projects … were 5 projects" is no parallel."""
    before = regex.search(r"(\p{L}+)[ \u00a0]+$", text[:start])
    if before is None:
        return False
    word = regex.escape(before.group(1))
    return (
        regex.search(
            rf"(?<![\p{{L}}])(?i:{word})[ \u00a0]+[1-9]\d(?:\d|,\d{{3}})*[ \u00a0]+{regex.escape(noun)}\b",
            text,
        )
        is not None
    )


# A clause that counts two or more other things with figures of 10 or more ("routes in 4
# civil airports …, navigable to 33 cities, a total of 37 routes"): a run of counts, which
# style keeps in figures alike (Chicago 9.7: numbers of one kind in one context are written
# alike). One big count beside it is no run ("Of the 14 projects signed, 6 projects came
# from Weihai": "six" stays owed). The clause ends at a semicolon as at a sentence's end:
# "one of the major 5 ports; … over 10 foreign countries" counts in two clauses. A measure
# ("50 kilometers") is no count.
_CLAUSE_END = regex.compile(r"[.!?][”\"’]?[ \u00a0]+|;")
_BIG_COUNT = regex.compile(
    rf"(?<![\p{{L}}\p{{N}}.,])[1-9]\d(?:\d|,\d{{3}})*(?![\p{{N}}.,]\p{{N}})"
    rf"{_S}(?:\p{{Ll}}{{3,}}(?:-\p{{Ll}}{{2,}})?{_S}){{0,2}}(?P<noun>\p{{Ll}}[\p{{Ll}}-]*\p{{Ll}}s)(?![\p{{L}}\p{{N}}-])"
)


def _among_big_counts(text: str, start: int, end: int) -> bool:
    """Whether the clause around text[start:end] counts two or more other things with a
    figure of 10 or more ("in 4 civil airports …, to 33 cities, 37 routes"): a run of
    counts, whose figures are kept alike."""
    ends = [m.end() for m in _CLAUSE_END.finditer(text, 0, start)]
    first = ends[-1] if ends else 0
    after = _CLAUSE_END.search(text, end)
    last = after.start() if after is not None else len(text)
    counts = [
        m
        for m in _BIG_COUNT.finditer(text, first, last)
        if (m.end() <= start or m.start() >= end) and m.group("noun").lower() not in _MEASURES
    ]
    return len(counts) >= 2


@rule("D505", "small-number-as-figure", Severity.WARNING, Fix.UNSAFE)
def small_number_as_figure(ctx: Context) -> pl.DataFrame:
    """A number from two to nine as a figure before what it counts ("signed 5 projects").

    ## What it does
    Finds a lone figure from 2 to 9 before a lower-case plural noun in a sentence of
    running text: "officials from 9 provinces", "signed 5 projects", "of 4 types", also
    with a common adjective or a hyphenated one between ("the 8 major strategies", "8 major
    development strategies", "6 county-level cities"), and a span of time where its frame
    counts it ("the past 5 years", "the next 3 months", "will last 3 days", "5 years ago",
    "2 months earlier"). Running text includes a long paragraph cut short by the page. Left
    alone: headings and titles (headline style uses figures; a bracket ends a Title Case
    run), a figure after a label word
    or a capitalised word ("No. 5 projects", "Phase 2 works", "Line 3 stations", "aged 5
    years"), units, other spans of time, ages, scores and counts of points ("a stay of 5
    days", "3 kilometers", "3 years old", "2 goals"), and a figure with another figure close
    by in the same sentence ("30 activities in 6 parts",
    "3 to 15 projects"), where numbers side by side are written alike, or the same things
    counted with a figure of 10 or more in a parallel phrase of the sentence, after the same
    word ("from 31 cities … from 4 cities"), or two or more other things counted with
    figures of 10 or more in the same clause ("routes in 4 airports, to 33 cities, 37 routes
    in all": a run of counts, which style keeps in figures alike); two lone figures under
    ten side by side are both reported ("5 towns and 6 townships"). A page that writes an
    ordinal under ten in figures before a noun ("the 6th session", "the 3rd plenary
    meeting") keeps figures for small numbers as its house style, and is left alone.

    A figure before a plural scale ("5 millions") is D507's.

    ## Why is this bad?
    News style (AP, Chicago, Xinhua's and China Daily's house styles) spells out the
    numbers one to nine in running text and keeps figures for 10 and above. Chinese
    writes 5个项目 with a figure, and a word-for-word rendering keeps it, so the page
    reads like notes rather than an article.

    ## Example
    ```text
    Officials from 9 provinces attended, and the zone signed 5 projects on Friday.
    ```

    ## Use instead
    ```text
    Officials from nine provinces attended, and the zone signed five projects on Friday.
    ```

    ## Fix safety
    Unsafe: the word is suggested; a house style may keep figures on purpose.
    """
    rows = new_rows()
    running = running_segments(ctx).select("doc", "seg")
    # A long paragraph of one sentence cut short by the page ("At the ceremony, 8 outcomes
    # were released, including …") is running text too: a heading is short.
    long = ctx.corpus.paragraphs.filter(pl.col("text").str.len_chars() >= _LONG_PARAGRAPH)
    cut_short = ctx.segments.join(long.select("doc", "para"), on=["doc", "para"], how="semi")
    segments = ctx.segments.join(
        pl.concat([running, cut_short.select("doc", "seg")]).unique(),
        on=["doc", "seg"],
        how="semi",
    )
    # A page that writes "the 6th session" keeps its small numbers in figures throughout:
    # house style, not a slip (a date's "May 1st" says nothing of counts).
    figures_style = {
        doc
        for doc, text in ctx.segments.filter(pl.col("tgt").str.contains(_SMALL_ORDINAL_PREFILTER))
        .select("doc", "tgt")
        .iter_rows()
        if _SMALL_ORDINAL.search(text)
    }
    for doc, base, text, m in prose_matches(segments, "tgt", _PREFILTER, _PATTERN):
        if doc in figures_style:
            continue
        start, end = m.start("figure"), m.end("noun")
        if m.group("noun").lower() in _PLURAL_SCALES:
            continue  # "5 millions": the plural scale is D507's, and "5 million" stays a figure
        before = _BEFORE.search(text, 0, start)
        if m.group("noun").lower() in _MEASURES and not _counted_span(m, text, before):
            continue
        if before is not None:
            word = before.group("word")
            if word[:1].isupper() or word.rstrip(".").lower() in _LABEL_BEFORE:
                continue
        if text[start - 1 : start] in _OPENING_QUOTES:
            continue  # a formulation's name: "the “7 supplies and 1 leveling” standard"
        if (
            m.group("mid") is not None
            and m.group("mid") not in _MIDDLE
            and not _compound_modifier(m.group("mid"))
        ):
            continue
        if m.group("mid2") is not None and m.group("mid2") in _NOT_A_MODIFIER:
            continue  # "5 new and old plants": the figure counts something else
        if _bigger_figure_near(text, *_before_in_sentence(text, max(0, start - _NEAR), start)):
            continue
        if _bigger_figure_near(text, *_after_in_sentence(text, m.end("figure"), end + _NEAR)):
            continue
        if inside_title(text, start, end) and not _bracket_beside(text, start, end):
            continue
        if _same_kind_in_figures(text, start, m.group("noun")):
            continue  # "from 31 cities … from 4 cities": kept in figures, like the other
        if _among_big_counts(text, start, end):
            continue  # "in 4 airports …, to 33 cities, 37 routes": a run of counts in figures
        words = _WORDS[int(m.group("figure"))]
        counted = " ".join(w for w in (m.group("mid"), m.group("mid2"), m.group("noun")) if w)
        add_row(
            rows,
            doc,
            base + start,
            base + m.end("figure"),
            f"spell out a number under ten in running text: “{words} {counted}”",
            words,
        )
    return output(rows)


def _bigger_figure_near(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] holds a figure other than a lone one from 1 to 9 (or a digit
    cut by the window's edge): numbers beside it are then written alike."""
    if not _OTHER_FIGURE.search(text, start, end):
        return False
    for m in _FIGURE.finditer(text, max(0, start - 12), min(len(text), end + 12)):
        if m.end() <= start or m.start() >= end:
            continue
        if not _LONE_SMALL.fullmatch(m.group().rstrip(".,")):
            return True
    return False


def _counted_span(m: regex.Match[str], text: str, before: regex.Match[str] | None) -> bool:
    """Whether a span of time is counted by its frame ("the past 5 years", "will last 3
    days", "5 years ago"), and so owed its word, rather than given as a measure; an age
    ("5 years old") stays a measure."""
    if m.group("noun").lower() not in _SPANS or m.group("mid") is not None:
        return False
    if regex.match(r"[ \u00a0]+old\b", text[m.end("noun") :]):
        return False
    if before is not None and before.group("word").lower() in _SPAN_BEFORE:
        return True
    return _SPAN_AFTER.match(text, m.end("noun")) is not None


def _before_in_sentence(text: str, start: int, end: int) -> tuple[int, int]:
    """The window text[start:end] before the figure, from the last sentence end in it: a
    figure in the sentence before is not beside the one read."""
    breaks = list(_SENTENCE_BREAK.finditer(text, start, end))
    return (breaks[-1].end(), end) if breaks else (start, end)


def _after_in_sentence(text: str, start: int, end: int) -> tuple[int, int]:
    """The window text[start:end] after the figure, up to the first sentence end in it."""
    first = _SENTENCE_BREAK.search(text, start, min(len(text), end))
    return (start, first.start()) if first is not None else (start, end)


def _bracket_beside(text: str, start: int, end: int) -> bool:
    """Whether a bracket stands between the figure and the capitalised word before it or
    between its noun and the capitalised word after it ("Suining County) and 5 districts
    (Yunlong …)"): brackets close and open asides, so no Title Case run goes through."""
    before = regex.search(r"\p{Lu}[\p{L}'’-]*[^\p{L}]*$", text[:start])
    after = regex.match(r"[^\p{L}]*", text[end:])
    return bool(
        (before is not None and _BRACKET.search(before.group()))
        or (after is not None and _BRACKET.search(after.group()))
    )


def _compound_modifier(word: str) -> bool:
    """Whether a hyphenated word is a compound modifier of the noun ("county-level",
    "large-scale"); an age ("year-old") is not one."""
    return "-" in word and not word.endswith("-old")
