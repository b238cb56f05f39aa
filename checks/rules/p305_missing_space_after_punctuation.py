"""P305 missing-space-after-punctuation."""

from __future__ import annotations

import polars as pl
import regex

from tifa.checks.context import Context
from tifa.checks.quotes import CLOSING, is_apostrophe
from tifa.checks.registry import rule
from tifa.checks.rule import Fix, Severity, add_row, new_rows, output
from tifa.checks.scan import prose_matches

# A full stop between two words in lower case, the second a function word that never ends
# a web address or a file name ("Yixing.as well as"): after a word of two letters or more,
# the function word followed by a space. A comma may have been meant: only a suggestion.
_FUNCTION_WORDS = r"as|and|the|but|which|while|with|for|in|of|to|or|at|on|by|from|is|was|are|were"
_JOINED_STOP = rf"(?<=\p{{L}}\p{{Ll}})\.(?=(?:{_FUNCTION_WORDS}) )"
# The apostrophe closing a plural possessive glued to the capitalised word it qualifies:
# "the Co-chairs'Meeting". Pinyin syllables never end in "s", so "Xi'an" is not one.
_PLURAL_APOSTROPHE = r"(?<=\p{Ll}s)['’](?=\p{Lu}\p{Ll})"
# A comma, semicolon, question or exclamation mark, colon or closing bracket or curly quote
# glued to a following letter; a full stop glued to a capitalised word, or to one of the short
# words that open sentences ("Japan.He said") after a word in lower case, so that initials
# ("J.K.") and dotted abbreviations ("U.S.") are left alone.
_OPENERS = r"He|It|In|We|As|At|On|By|An|If|So|To|Or|Of|Up|No|My|Its|Our"
# A label's colon glued to its figure: "Time:2018-06-27", "Click:734", "Tel:0411-8234". A
# word of Latin letters alone before it (not "COVID-19:2", not "10:30", not inside an address;
# not a Chinese label, "时间:2021", whose colon takes no space in Chinese).
_LABEL_COLON = r"(?<=(?<![\p{L}\p{N}./@_-])[A-Za-z]{2,}):(?=\d)"
# A number's label glued to its figure: "No.1 Middle School" (professional copy writes "No. 1").
_NUMBER_LABEL = r"(?<=(?<![\p{L}.])No)\.(?=\d)"
# A month's abbreviation glued to its day: "Mar.1, 2017" (the stop is the abbreviation's).
_MONTH_DAY = r"(?<=(?<![\p{L}.])(?-i:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec))\.(?=\d)"
# A sentence's stop glued to the bracket of a credit or a note after it: "at large.(Photo
# by …)", "other resolutions.(Resolution …)". Two lower-case letters before the stop: not
# an initial, not a dotted abbreviation ("U.S.(", "e.g.("). Or a figure of four digits or
# fewer, a day or a year ("closed on January 5.(Source …)"), with no stop, comma or letter
# before it, so that a section or a version number ("1.2.(a)", "A4.(") is left alone.
_STOP_BRACKET = r"(?<=(?<![\p{L}.])\p{L}*\p{Ll}{2}|(?<![\p{L}\d.,])\d{1,4})\.(?=\()"
# A sentence's stop after a year glued to the next sentence's first word, which is a single
# capital or one of the short openers: "by the end of 2020.A county …", "in 2023.In May …"
# (a capitalised word of three letters or more after any stop is found already). A decimal
# or a version has a figure after its stop, never a capital.
_YEAR_STOP = rf"(?<=(?<![\p{{L}}\d.,])(?:1[89]|20)\d\d)\.(?=(?-i:A|{_OPENERS})[ \u00a0])"
# A date's comma glued to its year: "on May 16,2024" (the day's figure before, a year of
# four figures after, so that a thousands separator, "1,2000", never matches).
_MONTHS = (
    r"January|February|March|April|May|June|July|August|September|October|November"
    r"|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec"
)
_DAY_YEAR = rf"(?<=(?<![\p{{L}}])(?-i:{_MONTHS})\.?[ \u00a0]\d{{1,2}}),(?=(?:1[89]|20)\d\d(?!\d))"
# Chinese, Japanese and Korean take no space after punctuation: a comma before a Chinese
# word (a Chinese banner left in the page, U401's) is not an English comma glued to a word.
# A bracket closing a Chinese gloss before English ("tea(三道茶)of") still wants its space.
_CJK = r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}]"
# A sentence's stop glued to the quotation that opens the next sentence ("elected
# recently.“The CPPCC …", 'recently."The'), after a word of two lower-case letters or more
# (no initial, no dotted abbreviation); and two quotations glued ("…conservation.”“The brave
# …"). A straight quote is an opening one only after an even number of them in the line.
_STOP_QUOTE = r"(?<=\p{Ll}{2}[.!?])(?=[\"“]\p{Lu})"
_QUOTES_GLUED = r"(?<=”)(?=“)"
# A quotation glued to the words around it: an opening curly quote right after a word
# ("the county’s“14th Five-Year Plan”"), and a straight quote closing a quotation glued to the
# word after it ('through this Fair,"he said'; it closes when an odd number of straight
# quotes stand before it in the text). A curly opening quote before a contraction's ending
# ("don“t") is an apostrophe typed wrong (P310's), not a quotation.
# Chinese text on either side (a page's Chinese title: "以“侨”为桥") sets its quotes without
# spaces: only Latin letters and figures count.
_WORD_QUOTE = r"(?<=[\p{L}\p{N}])(?<!\p{Han})“(?=[\p{L}\p{N}])(?!\p{Han})(?!(?:[st]|re|ve|ll|d)\b)"
_CLOSE_WORD = r'(?<=[\p{L}\p{N}.,!?])"(?=\p{Ll})'
# What follows a quotation in reported speech: a quote glued before it closes the quotation
# even where the segmenter cut the text after the quotation's opening mark.
_ATTRIBUTION = regex.compile(
    r"(?:(?:he|she|they|we|it)[ \u00a0]+)?(?:said|says|added|adds|noted|notes|stressed|told"
    r"|explained|pointed)\b"
)
# A comma, stop or colon typed half-width after a Han character belongs to Chinese text,
# which sets no space after it ("来源:Xinhuanet", a scraped label): U401 reports the text.
_PATTERN = regex.compile(
    rf"(?P<quote>{_STOP_QUOTE}|{_QUOTES_GLUED})|(?P<before>{_WORD_QUOTE})|(?P<after>{_CLOSE_WORD})"
    rf"|{_NUMBER_LABEL}|(?<!{_CJK})[,;!?:](?=(?!{_CJK})\p{{L}})|[)\]”](?=(?!{_CJK})\p{{L}})|\.(?=\p{{Lu}}\p{{Ll}}{{2,}})|(?<=\p{{Ll}})\.(?=(?:{_OPENERS})\b)"
    rf"|{_JOINED_STOP}|{_PLURAL_APOSTROPHE}|{_LABEL_COLON}|{_MONTH_DAY}|{_STOP_BRACKET}"
    rf"|{_DAY_YEAR}|{_YEAR_STOP}"
)
_JOINED = regex.compile(_JOINED_STOP)
# A "?" between a letter and a lower-case letter stands for a character lost in decoding
# ("Fran?ais", "the?key"): no sentence opens in lower case after a question.
_LOST_CHARACTER = regex.compile(r"\p{L}\?\p{Ll}")
# Abbreviations whose stop never ends a sentence: "Co.Ltd" is a company name (P321's),
# "No.In" a number's label.
_ABBREVIATION = regex.compile(
    r"(?i)(?<![\p{L}.])(?:co|no|nos|vs|fig|vol|pp|op|cf|approx|mr|mrs|ms|dr|st|jr|etc|inc|ltd)$"
)
# Headline style of wire copy shortens a compass point to its capital and glues it to the
# place: "S.Korea", "N.China", "S.China Sea". The stop is the abbreviation's, not a sentence's.
_COMPASS = regex.compile(r"(?<![\p{L}\d.'’])(?-i:[NSEW])$")
# A list item's dash glued to its first word ("-The people's living standards …"): a hyphen
# opening a line before a capitalised word of prose is a list dash, as a minus or a hyphen
# never starts a line before a word; "- The" (spaced) is a list written right. The first
# word may be a compound ("-High-quality education …").
_LIST_DASH = regex.compile(r"^-(?=\p{Lu}\p{Ll}+(?:-\p{Ll}+)*[ ,])")
_LIST_DASH_PREFILTER = r"^-\p{Lu}\p{Ll}+(?:-\p{Ll}+)*[ ,]"
# An ellipsis glued to the words on both sides ("effective demand…further optimising"): a
# spaced ellipsis ("demand … further") and one glued on one side only ("demand… further")
# are house styles left alone; glued on both sides it runs two words into one.
_GLUED_ELLIPSIS = regex.compile(r"(?<=\p{Ll}{2})(?:…|\.\.\.)(?=\p{Ll}{2})")
_GLUED_ELLIPSIS_PREFILTER = r"\p{Ll}{2}(?:…|\.\.\.)\p{Ll}{2}"
# An ampersand glued to the names on both sides ("the Investment Conference of the
# District&Signing Ceremony of …"): two letters in lower case before it, a capitalised word
# after it. "R&D", "M&A" and "AT&T" have capitals on both sides; an address's query
# ("?id=3&Type=news") has its "=" before the word.
_GLUED_AMPERSAND = regex.compile(r"(?<!=[\w-]*)(?<=\p{Ll}{2})&(?=\p{Lu}\p{Ll}{2})")
_GLUED_AMPERSAND_PREFILTER = r"\p{Ll}{2}&\p{Lu}\p{Ll}{2}"
# An ampersand spaced on one side only between two words ("Asian &African countries",
# "Asian& African"): the space on the other side is missing. "R&D" and "AT&T" have no space
# at all; a query's "&" has no space either.
_HALF_GLUED_AMPERSAND = regex.compile(
    r"(?P<after>(?<=\p{L}[ ])&(?=\p{Lu}\p{Ll}{2}))|(?P<before>(?<=\p{Ll}{2})&(?=[ ]\p{L}))"
)
_HALF_GLUED_AMPERSAND_PREFILTER = r"\p{L} &\p{Lu}\p{Ll}{2}|\p{Ll}{2}& \p{L}"
# A list item's Roman numeral or figure glued to a short first word: "IV.To deepen …",
# "2.In May …" (a capitalised word of three letters or more after any stop is found already).
_LIST_NUMBER_OPENER = regex.compile(rf"(?<=^(?:[IVX]{{1,4}}|\d{{1,2}}))\.(?=(?:{_OPENERS})[ ,])")
_LIST_NUMBER_OPENER_PREFILTER = rf"^(?:[IVX]{{1,4}}|\d{{1,2}})\.(?:{_OPENERS})[ ,]"


@rule("P305", "missing-space-after-punctuation", Severity.WARNING, Fix.SAFE)
def missing_space_after_punctuation(ctx: Context) -> pl.DataFrame:
    """No space after a punctuation mark that ends a phrase.

    ## What it does
    Finds a comma, semicolon, colon, question or exclamation mark, closing bracket or closing
    curly quote directly followed by a letter, and a full stop directly followed by a
    capitalised word, or by a short word that opens sentences ("He", "In", "It") after a word
    in lower case: "Japan.He said"; a full stop between a lower-case word and a function word
    and its space ("Yixing.as well as", only a suggestion: a comma may be meant), and the
    apostrophe of a plural possessive glued to a capitalised word ("Co-chairs'Meeting"), and
    a label's colon glued to its figure ("Time:2018-06-27", "Click:734"; not "10:30"), and
    the stop of "No." glued to its figure ("No.1 Middle School"), the stop of a month's
    abbreviation glued to its day ("Mar.1, 2017"), and a sentence's stop glued to the
    bracket after it ("at large.(Photo by …)", "on January 5.(Source …)"), and a date's
    comma glued to its year ("May 16,2024"), and a year's full stop glued to the next
    sentence's "A" or short first word ("by the end of 2020.A county …", "2023.In May"),
    and a sentence's stop glued to the quotation that opens the next one ('recently."The')
    and two quotations glued ('…conservation.”“The …'), an opening curly quote glued to the
    word before it ("the county’s“14th Five-Year Plan”") and a straight quote that closes a
    quotation glued to the word after it ('through this Fair,"he said') and one that opens a
    quotation glued to the word before it ('staged in"Harbour Nights"', only where the
    paragraph's straight quotes pair up), a list item's dash glued to its first word ("-The
    living standards have risen") or its numeral glued to a short one ("IV.To deepen",
    "2.In May"), and an ellipsis
    glued to the words on both sides ("effective demand…further optimising"; only a
    suggestion, as houses space it differently), and an ampersand glued to the names on both
    sides ("the Forum of the District&Signing Ceremony"; not "R&D", "AT&T" or an address's
    query, "?id=3&Type=news") or spaced on one side only ("Asian &African"). A spaced list dash ("- The") and an
    ellipsis spaced on one side ("demand… further") are left alone.
    Web addresses and e-mail addresses are left alone; so are
    initials and abbreviations such as "U.S.", "J.K.", "No.In" and "Co.Ltd" (the letter after
    the stop is not a capitalised word, or the word before is an abbreviation), a closing
    quote used as an apostrophe ("Shenyang”s", P310's business) and a closing quote that
    stands before a word after a space (an opening quote typed the wrong way round; not
    after a sentence's stop and before a word in lower case, "development. ”said Li",
    where it closes the quotation), and a
    "?" between a letter and a lower-case letter ("Fran?ais", "the?key": a character lost
    in decoding, which a space would not mend).

    ## Why is this bad?
    Two words run together read as a typo, and search and word counts see one word. It is
    typical where a byline or a Chinese parenthesis was pasted in front of the text.

    ## Example
    ```text
    News from our newspaper (Reporter Li Haiying)On May 26, Wang Xinwei
    ```

    ## Use instead
    ```text
    News from our newspaper (Reporter Li Haiying) On May 26, Wang Xinwei
    ```

    ## Fix safety
    Safe: a space is inserted after the mark. The marks it could be wrong about (apostrophes,
    quotes turned the wrong way, addresses) are not reported at all.
    """
    rows = new_rows()
    prefilter = (
        r"[,;!?:)\]”]\p{L}|\.\p{Lu}\p{Ll}|\p{Ll}\.(?:" + _OPENERS + r")\b"
        r"|\p{Ll}\.(?:" + _FUNCTION_WORDS + r") |\p{Ll}s['’]\p{Lu}|[A-Za-z]{2}:\d"
        r"|(?:^|[^\p{L}.])No\.\d|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.\d"
        r"|\p{Ll}\p{Ll}\.\(|\d\.\(|[ \u00a0]\d{1,2},(?:1[89]|20)\d\d"
        r"|\d\d\d\d\.(?:A|" + _OPENERS + r")[ \u00a0]"
        r"|\p{Ll}[.!?][\"“]\p{Lu}|”“|[\p{L}\p{N}]“[\p{L}\p{N}]|[\p{L}\p{N}.,!?]\"\p{Ll}"
    )
    for doc, base, text, m in prose_matches(ctx.segments, "tgt", prefilter, _PATTERN):
        if m.group("quote") is not None:
            # An empty match before the opening quote: the mark it follows is reported.
            if text[m.start()] == '"' and text.count('"', 0, m.start()) % 2:
                continue  # a closing straight quote: the missing space is after it
            mark = text[m.start() - 1]
            add_row(
                rows,
                doc,
                base + m.start() - 1,
                base + m.start(),
                f"no space after '{mark}'",
                mark + " ",
            )
            continue
        if m.group("before") is not None:
            add_row(rows, doc, base + m.start(), base + m.end(), "no space before '“'", " “")
            continue
        if m.group("after") is not None:
            closing = text.count('"', 0, m.start()) % 2 or _ATTRIBUTION.match(text, m.end())
            if not closing:
                # An opening straight quote: the space is missing before it.
                _glued_opening_quote(rows, doc, base, text, m.start())
                continue
            add_row(rows, doc, base + m.start(), base + m.end(), "no space after '\"'", '" ')
            continue
        if m.group() == CLOSING and (is_apostrophe(text, m.start()) or _after_space(text, m)):
            # "Shenyang”s" is a wrong apostrophe (P310); " ”word" is a mark turned the wrong
            # way round. A space after either would split or misplace a word.
            continue
        if m.group() == "?" and _LOST_CHARACTER.match(text, m.start() - 1):
            continue  # "Fran?ais", "the?key": a character lost in decoding, not a question
        number = text[m.end() : m.end() + 1].isdigit()
        if m.group() == "." and not number and _ABBREVIATION.search(text, 0, m.start()):
            continue
        if m.group() == "." and not number and _COMPASS.search(text, 0, m.start()):
            continue  # "S.Korea": a compass point shortened in a headline
        mark = m.group()
        # Between two lower-case words a comma may be what was meant: a person chooses.
        fix = Fix.UNSAFE if mark == "." and _JOINED.match(text, m.start()) else None
        message = f"no space after '{mark}'"
        add_row(rows, doc, base + m.start(), base + m.end(), message, mark + " ", fix=fix)
    opening = prose_matches(ctx.segments, "tgt", _OPENING_QUOTE_PREFILTER, _OPENING_QUOTE)
    for doc, base, text, m in opening:
        if not text.count('"', 0, m.start()) % 2:
            _glued_opening_quote(rows, doc, base, text, m.start())
    numbers = prose_matches(ctx.segments, "tgt", _LIST_NUMBER_OPENER_PREFILTER, _LIST_NUMBER_OPENER)
    for doc, base, _text, m in numbers:
        add_row(rows, doc, base + m.start(), base + m.end(), "no space after '.'", ". ")
    for doc, base, _text, m in prose_matches(ctx.segments, "tgt", _LIST_DASH_PREFILTER, _LIST_DASH):
        add_row(rows, doc, base + m.start(), base + m.end(), "no space after the list dash", "- ")
    ellipses = prose_matches(ctx.segments, "tgt", _GLUED_ELLIPSIS_PREFILTER, _GLUED_ELLIPSIS)
    for doc, base, _text, m in ellipses:
        mark = m.group()
        message = f"no space around '{mark}' between two words"
        # Whether the ellipsis is spaced on both sides or only after is the house's choice.
        add_row(rows, doc, base + m.start(), base + m.end(), message, f" {mark} ", fix=Fix.UNSAFE)
    ampersands = prose_matches(ctx.segments, "tgt", _GLUED_AMPERSAND_PREFILTER, _GLUED_AMPERSAND)
    for doc, base, _text, m in ampersands:
        message = "no space around '&' between two names"
        add_row(rows, doc, base + m.start(), base + m.end(), message, " & ")
    halves = prose_matches(
        ctx.segments, "tgt", _HALF_GLUED_AMPERSAND_PREFILTER, _HALF_GLUED_AMPERSAND
    )
    for doc, base, _text, m in halves:
        after = m.group("after") is not None
        message = "no space after '&'" if after else "no space before '&'"
        add_row(rows, doc, base + m.start(), base + m.end(), message, "& " if after else " &")
    return output(rows)


# An opening straight quote glued to the word before it and to a capitalised word after it
# ('the troupe in"Harbour Nights"'); one before a word in lower case comes through _CLOSE_WORD.
# Only a letter before it: a figure before it may be an inch mark ('6"').
_OPENING_QUOTE = regex.compile(r'(?<=\p{L})(?<!\p{Han})"(?=\p{Lu})')
_OPENING_QUOTE_PREFILTER = r'\p{L}"\p{Lu}'
_HAN = regex.compile(r"\p{Han}")


def _glued_opening_quote(
    rows: dict[str, list[object]], doc: int, base: int, text: str, at: int
) -> None:
    """Report a straight quote that opens a quotation glued to the letter before it.

    Only in a paragraph whose straight quotes pair up, so that which of them open is sure:
    the fix puts the space before the mark.
    """
    before = text[at - 1 : at]
    if text.count('"') % 2 or not before.isalpha() or _HAN.match(before):
        return
    add_row(rows, doc, base + at, base + at + 1, "no space before '\"'", ' "')


# A closing quote parted from the sentence's stop by a space and glued to a word in lower case
# ("development. ”said Li"): it closes the quotation, as no quotation opens a sentence in
# lower case, and the word after it wants its space too (the space before is P303's).
_DETACHED_CLOSING = regex.compile(r"[.!?][ \t]$")


def _after_space(text: str, m: regex.Match[str]) -> bool:
    if m.start() == 0:
        return True  # a closing quote opening the line is an opening one typed wrong
    if not text[m.start() - 1].isspace():
        return False
    detached = _DETACHED_CLOSING.search(text, 0, m.start()) is not None
    return not (detached and text[m.end() : m.end() + 1].islower())
