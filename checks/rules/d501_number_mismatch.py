"""D501 number-mismatch."""

from __future__ import annotations

import polars as pl
import regex

from tifa.checks.context import Context
from tifa.checks.distinct import Found, each_distinct
from tifa.checks.numbers import (
    Number,
    approximate_en,
    approximate_zh,
    en_dates,
    en_numbers,
    may_have_numbers,
    same,
    spoken,
    zh_numbers,
)
from tifa.checks.plain_numbers import numbers_agree
from tifa.checks.registry import rule
from tifa.checks.rule import Fix, Severity, new_rows, output
from tifa.checks.sourced import translated_pairs, whole

# When either side hedges (约, 左右, about, nearly), a rounded figure is a faithful one.
HEDGED_TOLERANCE = 0.05


@rule("D501", "number-mismatch", Severity.ERROR, Fix.UNSAFE)
def number_mismatch(ctx: Context) -> pl.DataFrame:
    """A number in the English that is not in the Chinese source, or the other way round.

    ## What it does
    Only where the segment has a Chinese source: reads the numbers on both sides as values
    — Arabic and Chinese numerals, 万 and 亿 (1.16万亿 = 1.16 trillion, 3.5亿 = 350 million,
    1200万 = 12 million), thousands separators, ranges, ordinals (第十九届 = 19th), plan
    numbers (十四五 = 14th Five-Year Plan) — and reports an English number that equals no
    source number, and a source number that no English number equals. Hedged figures
    (左右, 以上, 近, 约; about, over, nearly) may be rounded by up to 5%. A round figure the
    source gives as nearly so many (近百, 近千, 近万) is reported where the English makes it a
    plural of many ("hundreds", "thousands", "tens of thousands").
    The threshold of enterprises above designated size (规模以上: annual revenue of 20 million
    yuan) needs no source where the English explains the term by it. Months and days are
    D502's; a Chinese numeral inside a word or idiom (统一, 千家万户, 十分) is not a number.
    Accepted as the same figure: a unit converted (1.39万亿斤 = 695 million tons, 亩 in
    hectares), years as decades (70年 = seven decades), a change in percentage points given
    as the level it led from (增长7.0%，加快0.2个百分点: "after 6.8 percent"); and numbers the
    translator adds in parentheses — a plan's years, a dollar or imperial conversion ("1,690
    metres (5,540 ft)") — need no source. A unit written against its figure ("12,400km2",
    12000km2) leaves it a figure. Figures a web page ran together are excused where the
    English gives every piece in order: a date that lost 年 and 月 (2019823日: "August 23,
    2019") and counts that lost the words between them (1045县 for 10区4市5县).
    Also accepted: a figure rounded to its last decimal with three figures kept (5250.99万 as
    "52.5 million", "$52.5m"), a headline's dollars for the source's yuan at a rate of 6 to
    8.7, a year said as "this year" or "last year", and digits inside a name (马航370航班:
    "MH370"). A list's number at the head of a line (1. 2、 (3)) and the figures of a
    format's or an event's name (10+1, “23·7” rainstorm) are labels, not counts: the English
    need not give them. A figure the Chinese repeats from one of the three segments before,
    where both sides gave it, may be left out of the English the second time; and a figure
    that a segment at most two away gives on the other side was moved across a paragraph's
    edge (the summit's number named two paragraphs down), not lost or made up. Read as the
    English gives them: 成 as tenths (七成: 70 percent, 七八成: 70 to 80), two numerals
    counting on by one as either (三四家: three or four), 千米 as kilometres (80千米: 80 km),
    a decade (20世纪80年代: the 1980s) and the minutes of a duration (2小时15分钟).
    A whole count given as the bound just past it — "more than 12 regions" for 13个省份,
    "fewer than 10" for 9 — is the same count said less exactly.

    ## Why is this bad?
    A figure off by a scale word — billion for trillion, the commonest slip with 亿 and 万 —
    is wrong by a factor of a thousand and will be quoted.

    ## Example
    ```text
    zh: 全市地区生产总值达到1.16万亿元。
    en: The city's GDP reached 1.16 billion yuan.
    ```

    ## Use instead
    ```text
    en: The city's GDP reached 1.16 trillion yuan.
    ```

    ## Fix safety
    Unsafe: when exactly one number is unmatched on each side, the source's value is
    suggested in English form; which side is wrong is for a person to judge.
    """
    if not ctx.bilingual:
        return output(new_rows())
    table = translated_pairs(ctx).filter(may_have_numbers("zh") | may_have_numbers("tgt"))
    # Pairs whose numbers polars can read and finds the same need no exact reading; the
    # test runs once per distinct pair, as a translation memory repeats them.
    agree = table.select("zh", "tgt").unique().filter(numbers_agree())
    table = table.join(agree, on=["zh", "tgt"], how="anti", maintain_order="left")
    found = each_distinct(table, ("zh", "tgt"), _mismatches)
    return _without_moved(_without_said_before(found, ctx), ctx)


# Enterprises "above designated size" (规模以上) have an annual main-business revenue of 20
# million yuan (5 million before 2011): an English that explains the term by its threshold
# adds a figure the source need not give. Pages may print pinyin after characters: 規(guī)模.
DESIGNATED_SIZE_THRESHOLDS = (20_000_000.0, 5_000_000.0)
_DESIGNATED_SIZE = regex.compile(
    r"[规規](?:\([^()]{1,6}\))?模(?:\([^()]{1,6}\))?以(?:\([^()]{1,6}\))?上"
)

# How many segments back a figure both sides gave may stand for a repeat of it in the source.
SAID_BEFORE = 3
_LOST = regex.compile(r"the source's (.+) is not in the English")


def _without_said_before(found: pl.DataFrame, ctx: Context) -> pl.DataFrame:
    """Drop a source figure missing from the English where the Chinese repeats a figure that
    both sides gave in one of the SAID_BEFORE segments before (在31个省份中，27省…包括北京在内的
    27个省份: "27 posted faster growth. The provincial-level regions, including Beijing, ...").
    Only the few findings of a lost figure are looked at again."""
    lost = found.with_row_index("_f").filter(pl.col("message").str.starts_with("the source's "))
    if not lost.height:
        return found
    segments = translated_pairs(ctx).select("doc", "seg", "start", "zh", "tgt").sort("doc", "start")
    placed = lost.sort("doc", "start").join_asof(
        segments, on="start", by="doc", check_sortedness=False
    )
    texts = {(d, g): (z, t) for d, g, _s, z, t in segments.iter_rows()}
    drop = []
    for f, message, doc, seg, zh in placed.select("_f", "message", "doc", "seg", "zh").iter_rows():
        said = _LOST.fullmatch(message)
        figures = [n for n in zh_numbers(zh or "") if said and _read(n) == said[1]]
        before = [texts.get((doc, seg - k)) for k in range(1, SAID_BEFORE + 1) if seg >= k]
        if figures and any(
            _any_same(figures[0].values, _figures(z), 0.0)
            and _any_same(figures[0].values, [n.value for n in en_numbers(t)], 0.0)
            for z, t in (b for b in before if b is not None)
        ):
            drop.append(f)
    return found.with_row_index("_f").filter(~pl.col("_f").is_in(drop)).drop("_f")


# How many segments away a figure may have moved: translators split, merge and reorder the
# paragraphs of a news story ("the 8th summit" where the source named it two paragraphs up).
MOVED = 2
_ADDED = regex.compile(r"“(.+)” matches no number in the source")


def _without_moved(found: pl.DataFrame, ctx: Context) -> pl.DataFrame:
    """Drop an English figure its own source lacks where the source of a segment at most
    MOVED away gives it and that segment's English does not, and a source figure its own
    English lacks where the English of such a segment gives it and that segment's source
    does not: the figure was moved across a paragraph's edge, not lost or made up. A figure
    both sides give nearby (a headline's figures the body repeats) was not moved: a
    headline that drops them is still reported.
    Only the findings of one unmatched figure are looked at (not "X does not match Y")."""
    alone = found.with_row_index("_f").filter(
        pl.col("message").str.starts_with("the source's ")
        | pl.col("message").str.ends_with(" matches no number in the source")
    )
    if not alone.height:
        return found
    segments = translated_pairs(ctx).select("doc", "seg", "start", "zh", "tgt").sort("doc", "start")
    placed = alone.sort("doc", "start").join_asof(
        segments.with_columns(base=pl.col("start")), on="start", by="doc", check_sortedness=False
    )
    texts = {(d, g): (z, t) for d, g, _s, z, t in segments.iter_rows()}
    drop = []
    for f, message, doc, seg, start, base, zh, tgt in placed.select(
        "_f", "message", "doc", "seg", "start", "base", "zh", "tgt"
    ).iter_rows():
        near = [texts.get((doc, seg + k)) for k in range(-MOVED, MOVED + 1) if k]
        near_texts = [n for n in near if n is not None]
        if (lost := _LOST.fullmatch(message)) is not None:
            values = tuple(v for n in zh_numbers(zh or "") if _read(n) == lost[1] for v in n.values)
            # Moved: a nearby English gives it where its own source does not.
            moved = any(
                _any_same(values, [n.value for n in en_numbers(t)], 0.0)
                and not _any_same(values, _figures(z), 0.0)
                for z, t in near_texts
            )
        elif _ADDED.fullmatch(message) is not None:
            at = start - base
            values = tuple(n.value for n in en_numbers(tgt or "") if n.start == at)
            # Moved: a nearby source gives it where its own English does not.
            moved = any(
                _any_same(values, _figures(z), 0.0)
                and not _any_same(values, [n.value for n in en_numbers(t)], 0.0)
                for z, t in near_texts
            )
        else:
            continue
        if values and moved:
            drop.append(f)
    return found.with_row_index("_f").filter(~pl.col("_f").is_in(drop)).drop("_f")


def _figures(zh: str) -> list[float]:
    """The values of the source's figures that count: required ones and ordinals (第八次),
    not a numeral inside a word (一批, 一带一路), which any "1" would match."""
    return [
        v
        for n in zh_numbers(zh)
        if n.required or zh[n.start - 1 : n.start] == "第"
        for v in n.values
    ]


def _mismatches(zh: str, tgt: str) -> list[Found]:
    """The findings in one pair, offsets in `tgt`."""
    if not tgt.strip():
        return []
    source, target = list(zh_numbers(zh)), list(en_numbers(tgt))
    if not source and not target:
        return []
    tolerance = HEDGED_TOLERANCE if approximate_zh(zh) or approximate_en(tgt) else 0.0
    source_years = any(n.year for n in source)
    source_values = [v for s in source for v in s.values]
    target_values = [n.value for n in target]
    extra = [
        n
        for n in target
        if n.required
        and (source_years or not n.year)
        and not _any_same((n.value,), source_values, tolerance)
    ]
    if extra and _DESIGNATED_SIZE.search(zh):
        # 规模以上工业: the English may explain "designated size" by its threshold.
        extra = [n for n in extra if n.value not in DESIGNATED_SIZE_THRESHOLDS]
    lost = [s for s in source if s.required and not _any_same(s.values, target_values, tolerance)]
    if lost:
        extra, lost = _without_derived(extra, lost, source, target, tolerance)
    if lost and extra:
        extra, lost = _without_rounded(extra, lost)
        extra, lost = _without_converted(extra, lost, zh, tgt)
        extra, lost = _without_bounded(extra, lost, tgt)
    if lost:
        lost = [s for s in lost if not _said_otherwise(s, tgt)]
    if lost:
        extra, lost = _without_run_together(extra, lost, zh, tgt, target)
    overstated = _overstated(zh, tgt)
    if len(extra) == 1 and len(lost) == 1:
        return [_found(extra[0], lost[0]), *overstated]
    found = [_found(n, None) for n in extra] + overstated
    found += [Found(*whole(tgt, 0), f"the source's {_read(s)} is not in the English") for s in lost]
    return found


def _any_same(values: tuple[float, ...], pool: list[float], tolerance: float) -> bool:
    """Whether any of `values` is the same as a number of `pool` (see `same`)."""
    # Equal values are the same at any tolerance: a set test settles the usual case.
    if not set(values).isdisjoint(pool):
        return True
    return any(same(v, p, tolerance) for v in values for p in pool)


def _without_derived(
    extra: list[Number],
    lost: list[Number],
    source: list[Number],
    target: list[Number],
    tolerance: float,
) -> tuple[list[Number], list[Number]]:
    """Drop a change in percentage points that the English gives as the level it started
    from or led to (增长7.0%，比上月加快0.2个百分点: "7 percent, after 6.8 percent"), and
    that level; and a level the English leaves to be worked out from another and the
    change."""
    levels = [s.value for s in source if s.unit == "%"]
    points = [s.value for s in source if s.unit == "points"]
    given = [n.value for n in target]
    # 比重从11.3%提高到18.5%，提高7.2个百分点: "18.5 percent, up 7.2 points" says 11.3 too.
    redundant = [
        s
        for s in lost
        if s.unit == "%"
        for level in levels
        for p in points
        if (same(s.value, level - p, tolerance) or same(s.value, level + p, tolerance))
        and any(same(level, g, tolerance) for g in given)
        and any(same(p, g, tolerance) for g in given)
    ]
    derived = [
        (n, p)
        for n in target
        for p in lost
        if n.unit == "%" and p.unit == "points"
        for level in levels
        if same(n.value, level - p.value, tolerance) or same(n.value, level + p.value, tolerance)
    ]
    extra = [n for n in extra if not any(n is d for d, _ in derived)]
    lost = [
        p
        for p in lost
        if not any(p is d for _, d in derived) and not any(p is r for r in redundant)
    ]
    return extra, lost


# A bound just past a count (more than 12 for 13, fewer than 10 for 9): the words before
# the English figure, at the end of the text before it.
_ABOVE = regex.compile(r"\b(?:more than|over|above)\s+$", regex.IGNORECASE)
_BELOW = regex.compile(r"\b(?:fewer than|less than|under|below)\s+$", regex.IGNORECASE)


def _without_bounded(
    extra: list[Number], lost: list[Number], tgt: str
) -> tuple[list[Number], list[Number]]:
    """Drop an English count given as the bound just past the source's count — "more than
    12 regions" for 13个省份, "fewer than 10" for 9 — and that source count: a whole number
    one above "more than N" (or one below "fewer than N") is what the English says, only
    less exactly. Whole numbers only: "over 1.5 million" for 2.5 is a changed figure."""
    pairs = []
    for n in extra:
        if not n.value.is_integer() or n.unit:
            continue
        before = tgt[max(0, n.start - 16) : n.start]
        step = 1 if _ABOVE.search(before) else -1 if _BELOW.search(before) else 0
        if not step:
            continue
        pairs += [(n, s) for s in lost if not s.unit and s.value == n.value + step]
    if not pairs:
        return extra, lost
    return _drop(extra, lost, pairs)


# Significant figures an English figure must keep to stand for a source figure it rounds:
# 5250.99万 may be "52.5 million", 1.16万亿 not "1.2 trillion".
ROUNDED_FIGURES = 3


def _without_rounded(extra: list[Number], lost: list[Number]) -> tuple[list[Number], list[Number]]:
    """Drop an English figure that gives a source figure rounded to its own last decimal,
    keeping ROUNDED_FIGURES significant figures or more, and that source figure."""
    pairs = [(n, s) for n in extra for s in lost if _rounds(n, s.value)]
    return _drop(extra, lost, pairs)


def _rounds(n: Number, value: float) -> bool:
    digits = _MANTISSA.search(n.text)
    if digits is None or n.value == 0:
        return False
    whole, _, decimals = digits.group().replace(",", "").partition(".")
    mantissa = float(f"{whole}.{decimals}" if decimals else whole)
    if mantissa == 0 or len((whole + decimals).lstrip("0")) < ROUNDED_FIGURES:
        return False
    scale = n.value / mantissa
    return round(value / scale, len(decimals)) == mantissa


_MANTISSA = regex.compile(r"\d[\d,]*(?:\.\d+)?")

# Yuan to the US dollar that a dollar figure given for a yuan figure may imply: every rate
# since 1994 lies between.
YUAN_PER_DOLLAR = (6.0, 8.7)


def _without_converted(
    extra: list[Number], lost: list[Number], zh: str, tgt: str
) -> tuple[list[Number], list[Number]]:
    """Drop a yuan figure of the source that a headline gives in dollars only ("$45.8b" for
    3161亿元), and that dollar figure. A headline is an English segment without a full stop
    at its end; in a sentence, only a conversion in parentheses is the translator's gloss."""
    if tgt.rstrip().endswith((".", "!", "?", "”", '"')):
        return extra, lost
    pairs = [
        (n, s)
        for n in extra
        if _DOLLAR_BEFORE.search(tgt[max(0, n.start - 4) : n.start])
        for s in lost
        if zh.startswith(("元", "人民币"), s.end)
        and YUAN_PER_DOLLAR[0] <= s.value / n.value <= YUAN_PER_DOLLAR[1]
    ]
    return _drop(extra, lost, pairs)


_DOLLAR_BEFORE = regex.compile(r"(?:US)?\$\s?$")


def _drop(
    extra: list[Number], lost: list[Number], pairs: list[tuple[Number, Number]]
) -> tuple[list[Number], list[Number]]:
    gone_extra = {id(n) for n, _ in pairs}
    gone_lost = {id(s) for _, s in pairs}
    return [n for n in extra if id(n) not in gone_extra], [
        s for s in lost if id(s) not in gone_lost
    ]


def _said_otherwise(s: Number, tgt: str) -> bool:
    """Whether the English gives the source figure `s` without a figure of its own: a year
    as "this year" or "last year" (2024年第13期: "this year's 13th issue"), or digits inside
    a name (马航370航班: "MH370")."""
    # A year without 年 (2022国内首只: "the first this year") is a year all the same.
    bare_year = len(s.text) == 4 and s.text.isdigit() and 1900 <= s.value <= 2099
    if (s.year or bare_year) and _YEAR_WORDS.search(tgt):
        return True
    digits = s.text.replace(",", "")
    if not digits.isdigit():
        return False
    return (
        regex.search(rf"(?<=\p{{Latin}}){digits}(?!\d)|(?<!\d){digits}(?=\p{{Latin}})", tgt)
        is not None
    )


# 近百, 近千, 近万: nearly a hundred, a thousand, ten thousand — a round figure the English
# overstates as "hundreds", "thousands", "tens of thousands". Only where the source has no
# vaguer count (数百, 上千, 几万, 成千上万) that the plural may render.
_NEARLY_ROUND = regex.compile(r"近(百|千|万)(?![万亿])")
_VAGUE_ROUND = regex.compile(r"[数上几成好][十百千万]|千百|成千")
_EN_ROUND_PLURAL = {
    "百": (regex.compile(r"\bhundreds\b(?!\s+of\s+thousands)", regex.IGNORECASE), "nearly 100"),
    "千": (
        regex.compile(r"(?<!\btens\s+of\s+|\bhundreds\s+of\s+)\bthousands\b", regex.IGNORECASE),
        "nearly 1,000",
    ),
    "万": (regex.compile(r"\btens\s+of\s+thousands\b", regex.IGNORECASE), "nearly 10,000"),
}


def _overstated(zh: str, tgt: str) -> list[Found]:
    """A round figure the source gives as nearly so many (近千名代表) that the English makes
    a plural of many ("thousands of representatives")."""
    if "近" not in zh or _VAGUE_ROUND.search(zh):
        return []
    out = []
    for unit in dict.fromkeys(m[1] for m in _NEARLY_ROUND.finditer(zh)):
        pattern, nearly = _EN_ROUND_PLURAL[unit]
        for m in pattern.finditer(tgt):
            message = f"“{m.group()}” overstates the source's 近{unit} ({nearly})"
            out.append(Found(m.start(), m.end(), message, nearly))
    return out


def _without_run_together(
    extra: list[Number], lost: list[Number], zh: str, tgt: str, target: list[Number]
) -> tuple[list[Number], list[Number]]:
    """Drop a source figure that a web page ran together from several figures the English
    gives apart, and those English figures: a date that lost its 年 and 月 (2019823日 for
    2019年8月23日: "August 23, 2019") and counts that lost the words between them (10区4市5县
    printed as 1045县: "10 districts, 4 county-level cities and 5 counties")."""
    pieces = [n for n in target if n.text.isdigit()]
    dates = {(month, day) for _s, _e, month, day in en_dates(tgt)} if "日" in zh else set()
    years = {f"{n.value:.0f}" for n in target if n.year}
    gone_lost: set[int] = set()
    gone_extra: set[int] = set()
    for s in lost:
        digits = s.text
        if s.year or len(digits) < 3 or not digits.isdigit() or digits[0] == "0":
            continue
        if dates and zh[s.end : s.end + 1] == "日" and _run_together_date(digits, dates, years):
            gone_lost.add(id(s))
            continue
        for i in range(len(pieces) - 1):
            joined = ""
            for j in range(i, len(pieces)):
                joined += pieces[j].text
                if len(joined) >= len(digits):
                    break
            if joined == digits and j > i:
                gone_lost.add(id(s))
                gone_extra.update(id(n) for n in pieces[i : j + 1])
                break
    return [n for n in extra if id(n) not in gone_extra], [
        s for s in lost if id(s) not in gone_lost
    ]


def _run_together_date(digits: str, dates: set[tuple[int, int]], years: set[str]) -> bool:
    """Whether `digits` read as a year (which the English gives), a month and a day run
    together make a date of the English."""
    heads = [("", digits)]
    if len(digits) > 4 and digits[:2] in ("19", "20"):
        heads.append((digits[:4], digits[4:]))
    for year, rest in heads:
        if (year and year not in years) or not 2 <= len(rest) <= 4:
            continue
        for cut in (1, 2):
            month, day = rest[:cut], rest[cut:]
            if 1 <= len(day) <= 2 and (int(month), int(day)) in dates:
                return True
    return False


_YEAR_WORDS = regex.compile(
    r"\b(?:this|last|next|that|the\s+same|the\s+previous|the\s+following)\s+year\b",
    regex.IGNORECASE,
)


def _found(n: Number, source: Number | None) -> Found:
    if source is None:
        message = f"“{n.text}” matches no number in the source"
        suggestion = None
    else:
        message = f"“{n.text}” does not match the source's {_read(source)}"
        suggestion = spoken(source.value) if not n.text[:1].isalpha() else None
    return Found(n.start, n.end, message, suggestion)


def _read(n: Number) -> str:
    """The source number with its English value where they are written differently."""
    value = f"{n.value:.0f}" if n.year else spoken(n.value)  # 二〇一六 (2016), not 2,016
    return n.text if value.replace(",", "") == n.text.replace(",", "") else f"{n.text} ({value})"
