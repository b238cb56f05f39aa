"""Numbers and dates in Chinese and in English, read as values for comparison.

Chinese: Arabic digits (full-width ones are folded by the source view), Chinese numerals
(一千二百, 两, 二〇二一), 万/亿 scaling (1.16万亿 = 1.16e12), percentages (5%, 百分之五),
percentage points (2个百分点), ordinals (第十九届), plan numbers (十四五 = 14th). English:
digits with thousands separators, scale words (1.16 trillion, 350 million), number words,
ordinals (19th, nineteenth), percent and percentage points.

Which numbers must be in the translation is decided here too: every Chinese number written
in digits, and a Chinese numeral only when it counts something (三万人, 十二个) — numerals are
everywhere in Chinese words and idioms (统一, 一带一路, 千家万户, 十分) and would otherwise
flood the report.
"""

from __future__ import annotations

from functools import lru_cache
from typing import NamedTuple

import polars as pl
import regex

CN_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6,
             "七": 7, "八": 8, "九": 9}  # fmt: skip
CN_UNITS = {"十": 10, "百": 100, "千": 1000}
CN_SCALES = {"万": 10_000, "亿": 100_000_000}
SCALE_WORDS = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}
SHORT_SCALES = {"m": 1e6, "mn": 1e6, "b": 1e9, "bn": 1e9, "tn": 1e12}
CURRENCY_SIGNS = ("$", "€", "£", "¥")
# Classifiers and units after which a Chinese numeral is a count the English must carry.
CLASSIFIERS = set("个项家名人元亩米吨户套辆台座所条件批场次位届年天岁期元倍股架艘栋层") | {
    "公里",
    "平方",
}
APPROXIMATE_ZH = (
    "左右",
    "以上",
    "以下",
    "近",
    "约",
    "多",
    "余",
    "超过",
    "逾",
    "上下",
    "将近",
    "大约",
)
# str.startswith takes a tuple: one call in C instead of a loop over the set.
_CLASSIFIER_TUPLE = tuple(sorted(CLASSIFIERS))
# Statistical terms that contain a hedge word and hedge nothing: 规模以上工业 is "industry
# above designated size", 限额以上 "above the designated limit".
NOT_APPROXIMATE_ZH = regex.compile(r"(?:规模|限额)以上")
APPROXIMATE_EN = regex.compile(
    r"\b(?:about|around|nearly|almost|over|more than|less than|some|approximately|roughly|"
    r"close to|under|up to|at least|upwards of)\b",
    regex.IGNORECASE,
)

_CN = "零〇一二两三四五六七八九十百千万亿"
ZH_NUMBER = regex.compile(
    r"(?P<plan>十[一二三四五六七八九]五)(?=规划|时期|期间|$|[^\p{Han}])"
    r"|(?P<plan2>十[一二三四五六七八九]五)"
    # 千 before 米, 克, 瓦 or 帕 is the unit's kilo- (100千米: 100 km), not a thousand.
    r"|(?P<ar>\d+(?:,\d{3})*(?:\.\d+)?)(?:[ \u3000]?[多余]?(?P<scale>万亿|亿|万|千(?![米克瓦帕])))?"
    rf"|(?P<cnd>[{_CN}]+)点(?P<frac>[零〇一二三四五六七八九]+)(?P<cscale>万亿|亿|万)?"
    rf"|(?P<cn>[{_CN}]+)"
)
# Spaces may stand between the figures and 年, 月, 日 ("2021 年 3 月 5 日", as PDF exports
# and some pages write them).
ZH_DATE = regex.compile(
    r"(?:(?P<y>\d{4})\s?年\s?)?(?P<m>\d{1,2}|[一二三四五六七八九十]{1,2})\s?月"
    r"(?:\s?(?P<d>\d{1,2}|[一二三四五六七八九十]{1,3})\s?[日号])?"
)
ZH_MONTH_RANGE = regex.compile(r"(\d{1,2})\s*[-—–~至到]\s*(\d{1,2})月")
# A day of the month without its month (法院19日开庭: "on the 19th", or "on Tuesday").
ZH_DAY_ONLY = regex.compile(r"(?<![\d月]\s?)\d{1,2}(?=\s?日)")
# A unit of measure written against an Arabic figure of the source (12000km2, 283.86km²):
# the figure counts; other Latin letters after digits make a name (5G, 3M).
ZH_GLUED_UNIT = regex.compile(r"(?:km|cm|mm|m|ha|kg|kW|MW|GW)(?:2|3|²|³)?(?![A-Za-z])")
# Units the English converts rather than names: 1.39万亿斤 = 695 million (metric) tons,
# 1.2亿亩 = 8 million hectares. The source value times each factor may stand in English
# (斤 only as tons: as kilograms, 695 billion would pass for 695 million tons).
CONVERSIONS = {"斤": (0.0005,), "公斤": (0.001,), "亩": (1 / 15,)}

# A month's name as running text writes it, in full or cut short; MONTH with its stop if any.
MONTH_NAME = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)"
)
MONTH = rf"{MONTH_NAME}\.?"
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]  # fmt: skip
_MONTH_ALT = (
    r"(?P<month>January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept\.?|Sep\.?|Oct\.?|Nov\.?|Dec\.?)"
)
# What every month name EN_DATE reads begins with, capitalised as EN_DATE (case-sensitive)
# reads it: "market" or "mayor" holds none.
_MONTH_STEMS = tuple(month[:3].capitalize() for month in MONTHS)
EN_DATE = regex.compile(
    rf"\b{_MONTH_ALT}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\b(?!\s*(?:million|billion|percent|%))"
    rf"|\b(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH_ALT.replace('month', 'month2')}(?![\p{{L}}])"
)
# The end day of a range after a date: "September 14 to 16", "October 26-29".
EN_DAY_AFTER_DATE = regex.compile(
    r"\s*(?:to|through|until|and|-|–|—)\s*\d{1,2}(?:st|nd|rd|th)?\b(?!\s*(?:million|billion|percent|%))"
)
WORDS = {w: i for i, w in enumerate(
    ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"])}  # fmt: skip
TENS = {"thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
        "ninety": 90, "hundred": 100}  # fmt: skip
ORDINALS = {w: i + 1 for i, w in enumerate(
    ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth"])}  # fmt: skip
_WORD_ALT = "|".join(sorted([*WORDS, *TENS, *ORDINALS], key=len, reverse=True))
# A unit of measure written against its figure ("12,400km2", "283.86km²", "500MW"): the
# figure is a number all the same. Other letters after digits make a name (5G, 3D).
_GLUED_UNIT = r"(?:sq\.?)?(?:km|cm|mm|m|ha|kg|kW|MW|GW|kWh)(?:2|3|²|³)?(?![\p{L}\d])"
_EN_DIGITS = (
    # A comma before a number ends a word when the English lacks its space ("project,200,000").
    r"(?<![\p{L}\d.]|\d,|[\p{L}]-)(?P<ar>\d{1,3}(?:,\d{3})+|\d+)(?P<dec>\.\d+)?"
    r"(?:(?P<ord>st|nd|rd|th)|(?P<short>bn|mn|tn|m|b))?(?!(?!" + _GLUED_UNIT + r")[\p{L}\d]|[.,]\d)"
    r"(?:\s*-?\s*(?P<scale>thousand|million|billion|trillion))?"
)
_EN_WORDS = (
    rf"\b(?P<word>{_WORD_ALT})(?:-(?P<unit>one|two|three|four|five|six|seven|eight|nine))?\b"
    r"(?:\s+(?P<wscale>thousand|million|billion|trillion))?"
)
EN_NUMBER = regex.compile(f"{_EN_DIGITS}|{_EN_WORDS}", regex.IGNORECASE)
# EN_NUMBER's two halves apart. Their matches never overlap (digits and the scale word
# after them; letters, hyphens and spaces), so together they find what EN_NUMBER finds,
# and most texts have no number word for the slower second half to look for.
EN_DIGIT_NUMBER = regex.compile(_EN_DIGITS, regex.IGNORECASE)
EN_WORD_NUMBER = regex.compile(_EN_WORDS, regex.IGNORECASE)
# What a number word of EN_WORD_NUMBER contains, in lower case ("seven", "seventy" and
# "seventh" all contain "seven"): on a text whose `folded_text` has none, it cannot match.
WORD_STEMS = tuple(
    sorted(
        {
            w
            for w in (*WORDS, *TENS, *ORDINALS)
            if not any(v != w and v in w for v in (*WORDS, *TENS, *ORDINALS))
        }
    )
)
EN_PERCENT = regex.compile(r"\s*(?:%|per\s?cent\b)", regex.IGNORECASE)
EN_POINTS = regex.compile(r"\s*(?:percentage\s+points?|points?)\b", regex.IGNORECASE)
# Whatever ZH_NUMBER or EN_NUMBER can start on: a digit, a Chinese numeral, a number word.
# Text without one has no numbers (nor dates), so the rules reading them skip it unread.
_ANY_NUMBER = rf"(?i)\d|[{_CN}]|{_WORD_ALT}"


def may_have_numbers(column: str) -> pl.Expr:
    """Whether the text in `column` may hold a number: the columnar prefilter before
    zh_numbers and en_numbers, which find nothing where this is false."""
    return pl.col(column).str.contains(_ANY_NUMBER)


# Numbers the translator adds to explain, which need no source: a plan's years after its
# name ("the 14th Five-Year Plan (2021-25)"), a conversion into dollars ("($14.9 billion)")
# and one into imperial units ("1,690 metres (5,540 ft)").
EN_GLOSS = regex.compile(
    r"\((?:19|20)\d\d\s*[-–—]\s*(?:19|20)?\d\d\)|\((?:about\s+|around\s+)?(?:US)?\$[^()]*\)"
    r"|\((?:about\s+|around\s+)?[\d,.]+\s*(?:ft|feet|miles?|mi|sq\.?\s?(?:ft|mi)|square\s+"
    r"(?:miles|feet)|acres?|°F|lbs?|pounds|inches)\)",
    regex.IGNORECASE,
)
# A number written after "No." with no space ("No.5 Highway"), which EN_NUMBER leaves alone
# as part of an abbreviation.
EN_NUMERO = regex.compile(r"\bNo\.(\d+)\b")
# Spans of time said as a unit: "seven decades" is 70年, "the past decade" 十年.
EN_DECADES = regex.compile(r"\s+decades?\b", regex.IGNORECASE)
EN_IMPLIED = (
    (regex.compile(r"\b(?:a|the|past|last|one|this)\s+decade\b", regex.IGNORECASE), 10.0),
    (regex.compile(r"\bhalf\s+a\s+century\b", regex.IGNORECASE), 50.0),
    (regex.compile(r"\b(?:a|the|past|last)\s+century\b", regex.IGNORECASE), 100.0),
)
# Fixed phrases whose number words are part of a name, not a quantity.
EN_NOT_NUMBERS = regex.compile(
    r"\bFive-Year\b|\bone-(?:stop|network|network)\b|\bone\s+(?:of|another)\b|\bno\s+one\b",
    regex.IGNORECASE,
)


class Number(NamedTuple):
    """A number found in a text: its value, where it is, and what it measures. (A tuple, not
    a frozen dataclass: a translation memory's numbers are made by the hundred thousand,
    and a frozen dataclass is slow to make.)"""

    value: float
    start: int
    end: int
    text: str
    unit: str = ""  # "%", "points" or ""
    required: bool = True  # must be found on the other side
    year: bool = False
    unit_end: int = -1  # where the unit after the number ends (English), or -1
    converted: tuple[float, ...] = ()  # the value in the units the English may use (斤 → t)

    @property
    def values(self) -> tuple[float, ...]:
        """The value and its conversions: what the other side may give."""
        return (self.value, *self.converted)


def cn_value(run: str) -> float | None:
    """The value of a run of Chinese numerals (一千二百 = 1200, 二〇二一 = 2021), or None."""
    if not run:
        return None
    if all(c in CN_DIGITS for c in run):
        if len(run) == 1:
            return float(CN_DIGITS[run])
        return float("".join(str(CN_DIGITS[c]) for c in run))  # 二〇二一: digit by digit
    total = 0.0
    for scale_char, scale in (("亿", CN_SCALES["亿"]), ("万", CN_SCALES["万"])):
        if scale_char in run:
            head, _, run = run.partition(scale_char)
            # 一百万亿: the head of 亿 may hold 万 (100 × 万亿 = 100 trillion).
            read = cn_value if scale_char == "亿" else _cn_small
            head_value = read(head) if head else 1.0
            if head_value is None:
                return None
            total += head_value * scale
    rest = _cn_small(run) if run else 0.0
    return None if rest is None else total + rest


def _cn_small(run: str) -> float | None:
    """Below ten thousand: 三千二百零五, 十二, 两百."""
    value, digit = 0, None
    for c in run:
        if c in CN_DIGITS:
            digit = CN_DIGITS[c]
        elif c in CN_UNITS:
            value += (1 if digit is None else digit) * CN_UNITS[c]
            digit = None
        else:
            return None
    return float(value + (digit or 0))


def _scale_of(text: str) -> float:
    return {"万亿": 1e12, "亿": 1e8, "万": 1e4, "千": 1e3}.get(text, 1.0)


def zh_dates(zh: str) -> list[tuple[int, int, int, int, int | None]]:
    """(start, end, year or 0, month, day or None) of each date in the Chinese."""
    out: list[tuple[int, int, int, int, int | None]] = []
    if "月" not in zh:  # every date ZH_DATE reads has a month
        return out
    for m in ZH_DATE.finditer(zh):
        month = _small(m["m"])
        day = _small(m["d"]) if m["d"] else None
        if month is None or not 1 <= month <= 12:
            continue
        out.append((m.start(), m.end(), int(m["y"]) if m["y"] else 0, month, day))
    return out


def _small(text: str) -> int | None:
    if text.isdigit():
        return int(text)
    value = cn_value(text)
    return int(value) if value is not None else None


# Texts whose numbers are remembered: D501 and D503 read the same units, and a translation
# memory repeats its sources under different English.
NUMBERS_CACHE = 1 << 16


@lru_cache(maxsize=NUMBERS_CACHE)
def zh_numbers(zh: str) -> tuple[Number, ...]:
    """The numbers of a Chinese source view, dates' months and days left out (D502 has them)."""
    skip: set[int] = set()
    for start, _end, _year, _month, _day in zh_dates(zh):
        # Skip the month and day digits; the year stays a number.
        year_end = zh.find("年", start) + 1 if "年" in zh[start:_end] else start
        skip.update(range(year_end, _end))
    for pattern, needs in ((ZH_MONTH_RANGE, "月"), (ZH_DAY_ONLY, "日")):
        if needs not in zh:
            continue  # the pattern cannot match: skip a scan of the whole text
        for m in pattern.finditer(zh):
            skip.update(range(m.start(), m.end()))
    out = []
    for m in ZH_NUMBER.finditer(zh):
        if m.start() in skip:
            continue
        after = zh[m.end() : m.end() + 4]
        before = zh[max(0, m.start() - 3) : m.start()]
        unit = _zh_unit(before, after)
        if m["plan"] or m["plan2"]:
            value = 10.0 + CN_DIGITS[m.group()[1]]
            out.append(Number(value, m.start(), m.end(), m.group(), required=bool(m["plan"])))
            continue
        if m["ar"]:
            value = float(m["ar"].replace(",", "")) * _scale_of(m["scale"] or "")
            if _clock(after) or before[-1:] == ":":
                continue  # a clock time (3小时10分钟 is a duration: its minutes count)
            if (_ascii_letter(after[:1]) and not ZH_GLUED_UNIT.match(after)) or _ascii_letter(
                before[-1:]
            ):
                continue  # part of a name: 5G, G20 (not a unit: 12000km2)
            if after.startswith("年代") or _DECADE_AFTER_CENTURY.match(zh, m.end()):
                # 80年代, 20世纪80年代: "the 1980s", which carries neither figure as such.
                out.append(Number(value, m.start(), m.end(), m.group(), required=False))
                continue
            year = after.lstrip()[:1] == "年" and len(m["ar"]) == 4 and not m["scale"]
            # 增长1倍 is "doubled": a multiple is often said in words. A list's number at the
            # head of a line (1. 2、 (3)) and the figures of a format's name (10+1, 1+N) are
            # labels, not figures: the English may number its list otherwise or name the
            # format in words ("ASEAN Plus Three").
            required = after[:1] != "倍" and not _label(zh, m.start(), m.end())
            converted = _converted(value, after)
            if _KILO.match(after):
                converted += (value * 1000,)  # 100千米: "100 km", or "100,000 metres"
            out.append(
                Number(value, m.start(), m.end(), m.group(), unit, required, year, -1, converted)
            )
            continue
        if m["cnd"]:
            # 百分之五点二, 三点五亿: a decimal in numerals; 九点 alone is a clock time.
            whole, frac = cn_value(m["cnd"]), "".join(str(CN_DIGITS[c]) for c in m["frac"])
            if whole is not None and (unit or m["cscale"] or after[:1] == "倍"):
                value = float(f"{int(whole)}.{frac}") * _scale_of(m["cscale"] or "")
                out.append(Number(value, m.start(), m.end(), m.group(), unit))
            continue
        run = m["cn"]
        if tenths := _tenths(run, after):
            # 七成 is seven tenths, "70 percent"; 七八成 "70 to 80 percent". A share the
            # English may give in words ("most of"): it need not be there.
            out.extend(Number(v, m.start(), m.end(), run, "%", required=False) for v in tenths)
            continue
        if (pair := _neighbours(run)) is not None:
            # 三四个, 七八家: "three or four", "seven or eight" — not 34 or 78. A vague count
            # the English may give as either figure, or as "several".
            out.extend(Number(v, m.start(), m.end(), run, required=False) for v in pair)
            continue
        counts = after.startswith(_CLASSIFIER_TUPLE) or unit != ""
        if all(c in "十百千万亿" for c in run) and run != "十":
            # 近万个岗位, 超百万标箱: a unit that counts something, or 百万 and 千万, is a
            # round figure the English may give ("nearly 10,000", "one million").
            if after[:1] in ("元", "级") or counts or len(run) > 1:
                # 亿元以上项目: "projects worth over 100 million yuan" — a value the English
                # may give, though the source need not be rendered with a number.
                bare = cn_value("一" + run)
                if bare is not None:
                    out.append(Number(bare, m.start(), m.end(), run, required=False))
            continue  # 万众一心, 千家万户, 百姓: a unit alone counts nothing
        parsed = cn_value(run)
        if parsed is None or (run == "十" and after[:1] == "分"):
            continue  # 十分: very
        value = parsed
        if after.startswith("年代") or _DECADE_AFTER_CENTURY.match(zh, m.end()):
            # 八十年代, 二十世纪八十年代: "the 1980s", which carries neither figure as such.
            out.append(Number(value, m.start(), m.end(), run, required=False))
            continue
        ordinal = before.endswith("第")
        # 几十年, 数百家: "decades", "hundreds" — a vague count the English need not give.
        vague = before.endswith(("几", "数"))
        required = not vague and ((value >= 10 and (counts or ordinal)) or unit != "")
        year = after[:1] == "年" and len(run) == 4 and 1900 <= value <= 2099
        converted = _converted(value, after)
        out.append(Number(value, m.start(), m.end(), run, unit, required, year, -1, converted))
    return tuple(out)


def _clock(after: str) -> bool:
    """Whether a figure followed by `after` tells the time (9时, 9点, 30分, 9:30); 10分钟 is
    a duration of ten minutes, which the English gives as a figure."""
    return after[:1] in ("时", "点", ":") or (after[:1] == "分" and after[1:2] != "钟")


_KILO = regex.compile(r"[ \u3000]?千[米克瓦帕]")
# A decade after its century: 世纪 then 80年代 or 八十年代.
_DECADE_AFTER_CENTURY = regex.compile(r"世纪(?:\d0|[一二三四五六七八九]十)年代")
# 一成不变 (unchanging) is an idiom, not a tenth.
_NOT_TENTHS = ("成不变",)


def _tenths(run: str, after: str) -> tuple[float, ...]:
    """The percentages a run of numerals before 成 gives as tenths (七成: 70; 七八成: 70 and
    80), or () where it is not a share: 成 not next, or a run of another shape (三五成群)."""
    if not after.startswith("成") or after.startswith(_NOT_TENTHS):
        return ()
    if len(run) == 1 and run in CN_DIGITS and CN_DIGITS[run] > 0:
        return (CN_DIGITS[run] * 10.0,)
    pair = _neighbours(run)
    return tuple(v * 10 for v in pair) if pair is not None else ()


def _neighbours(run: str) -> tuple[float, float] | None:
    """Two numerals side by side that count on by one (三四, 七八): a count of either, or
    None for any other run."""
    if len(run) != 2 or run[0] not in CN_DIGITS or run[1] not in CN_DIGITS:
        return None
    low, high = CN_DIGITS[run[0]], CN_DIGITS[run[1]]
    if low == 0 or high != low + 1:
        return None
    return (float(low), float(high))


def _label(zh: str, start: int, end: int) -> bool:
    """Whether the Arabic figure at `start`-`end` of `zh` labels rather than counts: a list
    item's number opening the line (1. 2、 (3)) or a figure joined by "+" or "·" (10+1,
    “23·7”)."""
    if _LIST_NUMBER.match(zh, end) and not zh[:start].strip(" \t(（[【"):
        return True
    # 10+1 is a summit's format; “23·7” (2023, July) and 7·20 name a disaster by its date.
    return zh[end : end + 1] in _JOINERS or zh[start - 1 : start] in _JOINERS


_JOINERS = ("+", "·", "•")
_LIST_NUMBER = regex.compile(r"[.．、)）\]】](?!\d)")


def _converted(value: float, after: str) -> tuple[float, ...]:
    if not after.startswith(_CONVERTED_STARTS):
        return ()
    unit = next((u for u in _CONVERTED_UNITS if after.startswith(u)), "")
    return tuple(value * factor for factor in CONVERSIONS.get(unit, ()))


# The converted units longest first (公斤 before 斤), and what they start with.
_CONVERTED_UNITS = tuple(sorted(CONVERSIONS, key=len, reverse=True))
_CONVERTED_STARTS = tuple(u[0] for u in CONVERSIONS)


def _ascii_letter(ch: str) -> bool:
    return ch.isascii() and ch.isalpha()


def _zh_unit(before: str, after: str) -> str:
    if after.startswith(("%", "个百分点", "百分点")):
        return "%" if after.startswith("%") else "points"
    if before.endswith("百分之"):
        return "%"
    return ""


def approximate_zh(zh: str) -> bool:
    """Whether the Chinese hedges its numbers (左右, 以上, 近, 约, 多 …)."""
    if "以上" in zh:  # all NOT_APPROXIMATE_ZH can take out
        zh = NOT_APPROXIMATE_ZH.sub("", zh)
    return any(map(zh.__contains__, APPROXIMATE_ZH))


# The characters that case-insensitive matching reads as an ASCII letter and lower() does
# not turn into that letter alone: ſ (s) and İ (i, dotted). Found by trying every code point.
_UNFOLDED = ("ſ", "İ")


def folded_text(text: str) -> str | None:
    """`text` in lower case where that stands for the patterns' case folding — an ASCII word
    that a case-insensitive pattern finds in `text` is then in it in lower case, even beside
    curly quotes or Chinese — else None (the pattern must be run)."""
    if text.isascii() or not any(map(text.__contains__, _UNFOLDED)):
        return text.lower()
    return None


def approximate_en(text: str) -> bool:
    """Whether the English hedges its numbers (about, nearly, more than …)."""
    folded = folded_text(text)
    if folded is not None and not any(map(folded.__contains__, _HEDGE_WORDS)):
        return False  # none of its words
    return APPROXIMATE_EN.search(text) is not None


# Every word APPROXIMATE_EN can match, as the text must contain it (lower case).
_HEDGE_WORDS = ("about", "around", "nearly", "almost", "over", "more than", "less than", "some",
                "approximately", "roughly", "close to", "under", "up to", "at least",
                "upwards of")  # fmt: skip


def en_dates(text: str) -> list[tuple[int, int, int, int]]:
    """(start, end, month, day) of each date in the English."""
    out: list[tuple[int, int, int, int]] = []
    if not any(map(text.__contains__, _MONTH_STEMS)):
        return out  # no month named: every name EN_DATE reads holds one of these stems
    for m in EN_DATE.finditer(text):
        name = (m["month"] or m["month2"]).rstrip(".").lower()
        month = next(i for i, full in enumerate(MONTHS, 1) if full.startswith(name[:3]))
        day = int(m["day"] or m["day2"])
        if 1 <= day <= 31:
            out.append((m.start(), m.end(), month, day))
    return out


@lru_cache(maxsize=NUMBERS_CACHE)
def en_numbers(text: str) -> tuple[Number, ...]:
    """The numbers of an English text, dates' days left out (D502 has them).

    `required` marks numbers written in digits or with a scale word: those must come from
    the source. Plain number words (one, three, first) are often not quantities ("one of",
    "first") and only serve to match source numbers.
    """
    skip: set[int] = set()
    for start, end, _month, _day in en_dates(text):
        skip.update(range(start, end))
        if m := EN_DAY_AFTER_DATE.match(text, end):
            skip.update(range(m.start(), m.end()))
    # The patterns below cannot match text without their words (a cheap test, exact where
    # `folded_text` gives the text): each skipped pattern saves a scan.
    folded = folded_text(text)
    if folded is None or "one" in folded or "five" in folded:
        for m in EN_NOT_NUMBERS.finditer(text):
            skip.update(range(m.start(), m.end()))
    glosses = [m.span() for m in EN_GLOSS.finditer(text)] if "(" in text else []
    may_decades = folded is None or "decade" in folded
    may_points = folded is None or "percentage" in folded
    may_percent = folded is None or "%" in text or "per" in folded
    out = []
    # Matches in any order: each is read on its own, and the numbers are sorted at the end.
    found = list(EN_DIGIT_NUMBER.finditer(text))
    if folded is None or any(map(folded.__contains__, WORD_STEMS)):
        found += EN_WORD_NUMBER.finditer(text)
    for m in found:
        if m.start() in skip:
            continue
        if m.re.pattern == EN_DIGIT_NUMBER.pattern:
            if text[m.end() : m.end() + 1] == ":" or text[max(0, m.start() - 1) : m.start()] == ":":
                continue  # a clock time
            value = float(m["ar"].replace(",", "") + (m["dec"] or ""))
            scale = SCALE_WORDS.get((m["scale"] or "").lower(), 1.0)
            if m["short"]:
                # "$52.5m", "$45.8bn": a short scale only after a currency sign ("52.5m" alone
                # may be metres).
                if text[max(0, m.start() - 1) : m.start()] not in CURRENCY_SIGNS or m["scale"]:
                    continue
                scale = SHORT_SCALES[m["short"].lower()]
            year = len(m["ar"]) == 4 and not m["dec"] and not m["scale"] and 1900 <= value <= 2099
            required = True
        else:
            word = m["word"].lower()
            value = float(WORDS.get(word, TENS.get(word, ORDINALS.get(word, 0))))
            if m["unit"]:
                value += WORDS[m["unit"].lower()]
            scale = SCALE_WORDS.get((m["wscale"] or "").lower(), 1.0)
            year = False
            required = scale > 1
        tail = text[m.end() : m.end() + 24]
        if may_decades and EN_DECADES.match(tail):
            scale *= 10  # "seven decades": 70 years
        if glosses and any(a < m.start() < b for a, b in glosses):
            required = False
        unit, unit_end = "", -1
        if may_points and (p := EN_POINTS.match(tail)) and "percentage" in p.group().lower():
            unit, unit_end = "points", m.end() + p.end()
        elif may_percent and (p := EN_PERCENT.match(tail)):
            unit, unit_end = "%", m.end() + p.end()
        out.append(
            Number(value * scale, m.start(), m.end(), m.group(), unit, required, year, unit_end)
        )
    for m in EN_NUMERO.finditer(text) if "No." in text else ():
        out.append(Number(float(m[1]), m.start(1), m.end(1), m[1]))
    for pattern, implied in EN_IMPLIED:
        if folded is not None and "decade" not in folded and "century" not in folded:
            break
        for m in pattern.finditer(text):
            out.append(Number(implied, m.start(), m.end(), m.group(), required=False))
    return tuple(sorted(out, key=lambda n: n.start))


def same(a: float, b: float, tolerance: float) -> bool:
    """Equal within a relative tolerance (0 for exact up to float rounding)."""
    if a == b:
        return True  # the usual case, without the arithmetic below
    return abs(a - b) <= max(tolerance * max(abs(a), abs(b)), 1e-9 * max(abs(a), abs(b), 1.0))


def spoken(value: float) -> str:
    """A value as English writes it: 1.16 trillion, 350 million, 12,000."""
    for word, scale in (("trillion", 1e12), ("billion", 1e9), ("million", 1e6)):
        if value >= scale:
            return f"{_plain(value / scale)} {word}"
    return f"{value:,.10g}" if value == int(value) else _plain(value)


def _plain(value: float) -> str:
    text = f"{value:.6f}".rstrip("0").rstrip(".")
    return text
