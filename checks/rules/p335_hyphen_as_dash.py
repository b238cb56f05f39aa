"""P335 hyphen-as-dash."""

from __future__ import annotations

import polars as pl
import regex

from tifa.checks.context import Context
from tifa.checks.dashes import is_dateline
from tifa.checks.registry import rule
from tifa.checks.rule import Fix, Severity, add_row, new_rows, output
from tifa.checks.scan import prose_matches
from tifa.glossary.gazetteer import is_place
from tifa.glossary.names import pinyin_surnames

# Words that never end a hyphenated compound: a hyphen before one of them, then a space,
# stands where a dash (or a comma) belongs ("the west-and the east", "the City-a hub").
# "-in", "-on", "-to", "-up" end real compounds ("built-in", "add-on", "lead-up") and are
# not listed. The word after the space must not itself be hyphenated: "short-and long-term"
# is a suspended hyphen with its space missing, another slip.
# The prefilter's list (the polars engine has no look-ahead) and the pattern's, where "an"
# counts only before a vowel, as the article stands: in "Chiang Wan-an said" it is the last
# syllable of a Taiwanese given name.
_FUNCTION = r"and|the|a|an|which|who|whose|but"
_FUNCTION_EXACT = r"and|the|a|an(?= [aeiouAEIOU])|which|who|whose|but"
# Words that open an aside or a list: no compound ends in one, and a closing quote may stand
# before the hyphen ("the \"twin towns\"-namely the old town and the port").
_ASIDE = r"namely|including|especially|particularly"
_SINGLE = (
    rf"(?<=\p{{L}}{{2}})-(?:{_FUNCTION_EXACT}|{_ASIDE}) (?=[\p{{L}}\p{{N}}]+(?![\p{{L}}\p{{N}}]*-))"
    rf"|(?<=\p{{L}}[\"”’])-(?:{_ASIDE}) (?=[\p{{L}}\p{{N}}])"
)
# Three hyphens between two words: a typewriter's em dash ("Yandi---one of them"); also
# glued to a word on one side only, the other a space ("NANCHANG, 22 May--- President Xi
# …") or the start of the line ("---Delivered at the 4th Session of …", the line under a
# report's title). Exactly three: a row of four or more is a rule drawn across the page.
_TRIPLE = r"(?<=\p{L})-{3}(?=\p{L}|[ ]\p{L})|(?<=^|[ \t(])-{3}(?=\p{L})"
# Two hyphens glued to a word on one side or both ("He Duanqi-- joined", "Li Ming--the
# director"): a typewriter's dash. The wire's " -- " after a dateline is left alone, spaced
# or glued to a place in capitals ("SEOUL--The foreign ministers", as Asahi sets it).
# Spaced on both sides between two words ("the port -- its two berths"), or opening
# a line before its first word (a subtitle's "--A Forum on Trade"), they are the same
# typewriter's dash; a dateline's " -- " is still left alone.
_DOUBLE = r"(?<=\p{L})--(?=[ ]?\p{L})|(?<=\p{L} )--(?=[ ]?\p{L})|^--(?=\p{L})"
# A hyphen between a body's name and a person's ("… Municipal Party Committee-Mao Wei"):
# the title and the name it belongs to, which a comma or a dash separates.
_BODY = r"Committee|Government|Congress|Bureau|Department|Commission|CPPCC|Office"
_NAME_AFTER_BODY = (
    rf"(?<=(?:{_BODY}))-(?=(?P<surname>\p{{Lu}}\p{{Ll}}+) \p{{Lu}}\p{{Ll}}+(?![\p{{L}}-]))"
)
# A hyphen glued to a word with one space after it, a capitalised word next ("Beijing- The
# deputies", "the city- Li Ming led …"): a dash that lost its first space. A suspended
# compound's hyphen ("pre- and post-war") stands before a small letter.
_HALF_SPACED = r"(?<=\p{L}{2})-(?= \p{Lu}\p{Ll})"
# A dateline's agency joined to the story's first word by a hyphen ("DALIAN, May 6,
# Xinhua-In a recent …"): the dash after the dateline, not a compound. A compound name of
# the agency ("Xinhua-AsiaNet") has no sentence after it.
_DATELINE = r"(?<=(?:^|[,\s])\(?(?-i:Xinhua|CGTN|CNS|Chinanews)\)?)-(?=\p{Lu}\p{Ll}* \p{Ll})"
# Two parties of a relation joined by a hyphen, the second named with "the" ("US-the island
# of Taiwan relations", "China-the Philippines ties"): the wire's spelling of a relation's
# sides, as in "China-US relations", and no dash. The first is a capitalised name and a
# noun of relation ends the phrase within a few words.
_RELATION = regex.compile(
    r"(?<=\p{Lu}[\p{L}.]*)-the (?:[\p{L}'’]+ ){1,4}?"
    r"(?:relations|ties|relationship|cooperation|trade|border|talks|partnership|dialogue)\b"
)
_PATTERN = regex.compile(
    rf"{_SINGLE}|{_TRIPLE}|(?P<double>{_DOUBLE})|{_NAME_AFTER_BODY}|(?P<half>{_HALF_SPACED})|(?P<dateline>{_DATELINE})"
)
_PREFILTER = (
    rf"\p{{L}} ?--(?: ?\p{{L}})|^--\p{{L}}|\p{{L}}-(?:{_FUNCTION}|{_ASIDE}) |\p{{L}}[\"”’]-(?:{_ASIDE}) |\p{{L}}---\p{{L}}"
    r"|\p{L}--- \p{L}|(?:^|[ \t(])---\p{L}"
    rf"|(?:{_BODY})-\p{{Lu}}\p{{Ll}}+ \p{{Lu}}|\p{{L}}{{2}}- \p{{Lu}}\p{{Ll}}"
    r"|(?:Xinhua|CGTN|CNS|Chinanews)\)?-\p{Lu}\p{Ll}* \p{Ll}"
)


# The one or two capitalised words before a hyphen and after its space ("Hong Kong- Macao").
_WORDS_BEFORE = regex.compile(r"(?:\p{Lu}\p{Ll}+ )?\p{Lu}\p{Ll}+$")
_WORDS_AFTER = regex.compile(r"\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?")


def _names_place(words: str, last: bool) -> bool:
    """Whether `words`, or its last (`last`) or first word alone, is a place's name, a
    country's or its people's."""
    parts = words.split(" ")
    word = parts[-1] if last else parts[0]
    return is_place(words) or is_place(word) or word in _NATIONS


# A body's or a state's initials, and the combining forms of peoples, as one half of a
# compound with a stray space: "SCO- China Local Economic and Trade Cooperation Area",
# "Sino- Russian trade", "China- ASEAN Expo".
_INITIALS_BEFORE = regex.compile(
    r"(?<![\p{L}.])(?:\p{Lu}{2,6}|Sino|Afro|Euro|Indo|Anglo|Franco|Russo)$"
)
_INITIALS_AFTER = regex.compile(r"\p{Lu}{2,6}(?![\p{L}])")
# Countries and their peoples' adjectives, which the gazetteer of Chinese places lacks.
_NATIONS = frozenset(
    [
        "China",
        "Chinese",
        "Russia",
        "Russian",
        "Japan",
        "Japanese",
        "Korea",
        "Korean",
        "Africa",
        "African",
        "Europe",
        "European",
        "Asia",
        "Asian",
        "Arab",
        "Mongolia",
        "Mongolian",
        "India",
        "Indian",
        "Pakistan",
        "Pakistani",
        "Singapore",
        "Germany",
        "German",
        "France",
        "French",
        "Britain",
        "British",
        "America",
        "American",
        "Eurasia",
        "Eurasian",
        "Pacific",
    ]
)


def _between_places(text: str, start: int, end: int) -> bool:
    """Whether the hyphen at `start` (its space up to `end + 1`) stands between two places'
    names, or a body's initials and a place: the halves of a compound with a stray space
    ("Guangdong-Hong Kong- Macao Greater Bay Area", "the Beijing- Tianjin railway", "SCO-
    China"), which P309 reports as one, not a dash."""
    after = _WORDS_AFTER.match(text, end + 1)
    initials_after = _INITIALS_AFTER.match(text, end + 1)
    if _INITIALS_BEFORE.search(text, 0, start) is not None:
        return initials_after is not None or (
            after is not None and _names_place(after.group(), False)
        )
    before = _WORDS_BEFORE.search(text, 0, start)
    if before is None or not _names_place(before.group(), True):
        return False
    return initials_after is not None or (after is not None and _names_place(after.group(), False))


@rule("P335", "hyphen-as-dash", Severity.WARNING, Fix.UNSAFE)
def hyphen_as_dash(ctx: Context) -> pl.DataFrame:
    """A hyphen, or three, standing for a dash between two words.

    ## What it does
    Finds a hyphen that joins a word to a following "and", "the", "a", "an", "which", "who",
    "whose" or "but" and its space ("the west-and the east"): no compound ends in one of
    these words; likewise a hyphen before a word opening an aside or a list ("namely",
    "including", "especially", "particularly"), after a word or its closing quote
    ("\"twin towns\"-namely the old town and the port"), and a hyphen between a body's
    name and a person's in pinyin ("secretary of the District Party Committee-Mao Wei").
    Also finds three hyphens between two words ("Yandi---one of them"), or glued to a word
    on one side with a space or the line's start on the other ("22 May--- President Xi",
    "---Delivered at the 4th Session"), two glued to a word
    on one side or both ("He Duanqi-- joined", "Li Ming--the director"; not the wire's dash
    after a dateline in capitals, "SEOUL--The ministers"), two spaced on both sides between
    words ("the port -- its two berths"; not after a dateline, "BEIJING, May 3 (Xinhua)
    -- The") or opening a line before its first word ("--A Forum on Trade"), and a hyphen glued
    to a word with one space and a capitalised word after it ("Beijing- The deputies"), and
    a dateline's agency joined to the story's first word ("DALIAN, May 6, Xinhua-In a
    recent …"; not the agency's compound names, "Xinhua-AsiaNet"). The two sides of a
    relation, the second named with "the" ("US-the island of Taiwan relations", "China-the
    Philippines ties"), are the wire's spelling of "China-US relations" and left alone. Real
    compounds ("city-level", "west-east", "built-in", "rock-and-roll") and a suspended
    hyphen ("short- and long-term") are left alone.

    ## Why is this bad?
    A hyphen binds two words into one; between a word and the next phrase it reads as a
    compound that does not exist, and the pause or aside the writer meant is lost. Three
    hyphens are a typewriter's dash that typeset text does not use.

    ## Example
    ```text
    The county lies in the west-and borders two provinces.
    ```

    ## Use instead
    ```text
    The county lies in the west and borders two provinces.
    ```

    ## Fix safety
    Unsafe: an em dash is suggested for the hyphens (a comma between a title and a name); a
    comma, a colon or a space may be what the sentence needs.
    """
    rows = new_rows()
    surnames = pinyin_surnames()
    for doc, base, text, m in prose_matches(ctx.segments, "tgt", _PREFILTER, _PATTERN):
        if m.group("surname") is not None and m.group("surname") not in surnames:
            continue
        if _RELATION.match(text, m.start()):
            continue  # "US-the island of Taiwan relations": the relation's two sides
        if m.group("double") is not None and is_dateline(text, m.start()):
            continue  # "SEOUL--The ministers …": the wire's dash after its dateline, glued
        # The finding covers the hyphens alone: they are what is replaced.
        count = m.group().count("-")
        start = base + m.start()
        if m.group("surname") is not None:
            message = "a hyphen between a title and the name it belongs to: use a comma"
            add_row(rows, doc, start, start + 1, message, ", ")
            continue
        if m.group("half") is not None:
            if _between_places(text, m.start(), m.end()):
                continue  # "Guangdong-Hong Kong- Macao", "SCO- China": a compound, P309's
            message = "a hyphen with a space after it used as a dash"
            add_row(rows, doc, start, start + 1, message, " —")
            continue
        if m.group("dateline") is not None:
            message = "a hyphen between the dateline and the story: use a spaced dash"
            add_row(rows, doc, start, start + 1, message, " — ")
            continue
        if m.group("double") is not None:
            # Glued on both sides, or spaced on both, or opening the line: an em dash in
            # their place, the spaces kept. Spaced on one side: the dash takes a space on
            # the other too ("Duanqi-- joined" → "Duanqi — joined").
            before = text[m.start() - 1] if m.start() else ""
            after = text[m.end()]
            spaced = (before == " ") + (after == " ")
            message = (
                "two hyphens for a dash"
                if spaced != 1
                else "two hyphens glued to a word for a dash"
            )
            dash = "—" if spaced != 1 else " —" if after == " " else "— "
            add_row(rows, doc, start, start + 2, message, dash)
            continue
        message = "three hyphens for a dash" if count == 3 else "a hyphen used as a dash"
        add_row(rows, doc, start, start + count, message, "—")
    return output(rows)
