"""N209 place-name-case."""

from __future__ import annotations

import polars as pl
import regex

from tifa.checks.context import Context
from tifa.checks.placenames import WORD_PLACES, lower_case_places, pinyin_camel_case
from tifa.checks.registry import rule
from tifa.checks.rule import Fix, Severity, add_row, new_rows, output
from tifa.checks.scan import prose_matches
from tifa.glossary.frequency import zipf
from tifa.glossary.gazetteer import is_place
from tifa.glossary.names import pinyin_surnames, split_syllables

# A word on its own: not part of a file name, a handle or a tag ("taiyuan.jpg", "@beijing",
# "#xinjiang", "img-taiyuan", "taiyuan-guide.pdf"), nor glued to digits.
_ALONE_BEFORE = r"(?<![\p{L}\p{N}#@/\\._'’-])"
_ALONE_AFTER = r"(?![\p{L}\p{N}_@/\\]|[.-][\p{L}\p{N}])"
# A pinyin name in two capitalised parts before the word that says what kind of place it
# is: "QianXi County".
# A gazetteer name written so ("Welcome to ShenYang") needs no place word after it.
_LEVEL = r"(?:County|District|Town|Township|Village|City|Prefecture|Province)"
_CAMEL = rf"(?<![\p{{L}}])\p{{Lu}}\p{{Ll}}+\p{{Lu}}\p{{Ll}}+(?:\p{{Lu}}\p{{Ll}}+)?(?P<level> {_LEVEL})?(?!\p{{L}})"
_CAMEL_PREFILTER = r"\p{Lu}\p{Ll}+\p{Lu}\p{Ll}+"
# A pinyin name in lower case before the word that says what kind of place it is, in either
# case ("jiliping village", "shuanghuyu Street"): a Chinese place of any size, which no
# gazetteer lists, is named so. Two syllables at least, and no English word ("the old town",
# "a gaming street", "china town"): a word as common as "hang" or "change" is English.
_SMALL_LEVEL = (
    r"(?i:village|town|township|street|subdistrict|road|avenue|county|district|community)"
)
_SMALL_PLACE = regex.compile(
    rf"(?<![\p{{L}}\p{{N}}#@/\\._'’-])(?P<name>\p{{Ll}}{{4,}})(?= {_SMALL_LEVEL}(?![\p{{L}}\p{{N}}_@/\\-]))"
)
_SMALL_PLACE_PREFILTER = rf"\b\p{{Ll}}{{4,}} {_SMALL_LEVEL}\b"
# wordfreq's Zipf scale: below it a word is no everyday English ("nanjing" is 3.0 and a
# gazetteer name, read above).
_ENGLISH = 3.0
# A line that is a file's name, spaces and all: "dalian harbour view.jpg".
_FILE_NAME = regex.compile(
    r"(?i)[ \t]*[\p{L}\p{N}_(), '’-]{1,100}\.(?:jpe?g|png|gif|bmp|webp|tiff?|pdf|docx?|xlsx?|pptx?|zip|rar)[ \t]*"
)
# The country in lower case where only the country can stand: after a preposition of place
# ("in china", "exports to china") or in the possessive ("china's economy"). The porcelain
# ("fine china", "a set of china", "china plates") takes none of these.
_COUNTRY = regex.compile(
    r"(?:(?<=\b(?:[Ii]n|[Aa]cross|[Tt]hroughout|[Tt]o|[Ff]rom|[Aa]round|[Ww]ithin|[Oo]utside)[ \u00a0])"
    r"china(?![\p{L}\p{N}_@/\\]|[.-][\p{L}\p{N}]|['’]?[ \u00a0]+(?:clay|ware|plates?|cups?|cabinets?"
    r"|shops?|sets?|dish(?:es)?|dolls?|tea)\b)"
    r"|(?<![\p{L}\p{N}#@/\\._'’-])china(?=['’]s\b))"
)
_COUNTRY_PREFILTER = r"\bchina\b"
# A place whose name is also an English word in lower case ("shanghai", "baise") after a
# preposition of place ("held in shanghai", "guests from shanghai"), where the verb or the
# noun cannot stand; read only in a document that writes the name capitalised elsewhere.
_WORD_PLACE = regex.compile(
    r"(?<=\b(?:[Ii]n|[Aa]cross|[Tt]hroughout|[Ff]rom|[Aa]round|[Ww]ithin|[Oo]utside|[Nn]ear)[ \u00a0])"
    rf"(?:{'|'.join(sorted(WORD_PLACES))})(?![\p{{L}}\p{{N}}_@/\\]|[.-][\p{{L}}\p{{N}}])"
)
_WORD_PLACE_PREFILTER = rf"\b(?:{'|'.join(sorted(WORD_PLACES))})\b"
# A surname before a lower-case word makes it a given name written small (N205's business).
_SURNAME_BEFORE = regex.compile(r"(\p{Lu}\p{Ll}+)[ \u00a0]+$")


@rule("N209", "place-name-case", Severity.WARNING, Fix.SAFE)
def place_name_case(ctx: Context) -> pl.DataFrame:
    """A Chinese place's name written in lower case, or with a capital inside it.

    ## What it does
    Finds the name of a province, city or prefecture (the gazetteer's, five letters or more)
    written wholly in lower case in running text or a headline ("visitors to taiyuan"), and
    a pinyin name written in two capitalised parts before the word saying what kind of place
    it is ("QianXi County"), or anywhere when it is a gazetteer name ("ShenYang"). Left alone: web and e-mail addresses, file names, tags and
    handles ("#xinjiang"), a line that is a file's name with spaces in it ("dalian harbour
    view.jpg"), a word after a surname (a given name written small, N205's), and
    the few names that are also words in lower case ("shanghai"), unless a preposition of
    place stands before one in a document that writes it capitalised elsewhere ("held in
    shanghai" beside "Shanghai"). Also the country written
    "china" after a preposition of place or in the possessive ("in china", "china's
    economy"); the porcelain ("fine china", "china plates") is left alone. Also a pinyin
    name of two syllables or more in lower case before its level word, in either case
    ("jiliping village", "shuanghuyu Street"): a village or a street no gazetteer lists. An
    English word there ("the old town", "china town", "a gaming street") is left alone.

    ## Why is this bad?
    A place name is a proper noun: in lower case it reads as a slip or as text copied from a
    web address, and a capital inside one pinyin name splits it into two syllables the
    reader takes for two words. Search for the place misses both.

    ## Example
    ```text
    A trade delegation from taiyuan visited QianXi County.
    ```

    ## Use instead
    ```text
    A trade delegation from Taiyuan visited Qianxi County.
    ```

    ## Fix safety
    Safe: only the case of the name's letters changes; the text keeps every letter.
    """
    rows = new_rows()
    places = lower_case_places()
    names = "|".join(sorted(places, key=lambda n: (-len(n), n)))
    pattern = regex.compile(rf"{_ALONE_BEFORE}(?:{names}){_ALONE_AFTER}")
    prefilter = rf"\b(?:{names})\b"
    surnames = pinyin_surnames()
    for doc, base, text, m in prose_matches(ctx.segments, "tgt", prefilter, pattern):
        if _FILE_NAME.fullmatch(text):
            continue  # "dalian harbour view.jpg": a file's name, spaces and all
        before = _SURNAME_BEFORE.search(text, 0, m.start())
        if before and before.group(1) in surnames:
            continue
        name = places[m.group()]
        message = f"the place name “{name}” written in lower case"
        add_row(rows, doc, base + m.start(), base + m.end(), message, name)
    for doc, base, _text, m in prose_matches(ctx.segments, "tgt", _COUNTRY_PREFILTER, _COUNTRY):
        message = "the country's name “China” written in lower case"
        add_row(rows, doc, base + m.start(), base + m.end(), message, "China")
    for doc, base, _text, m in prose_matches(
        ctx.segments, "tgt", _WORD_PLACE_PREFILTER, _WORD_PLACE
    ):
        name = m.group().capitalize()
        if regex.search(rf"\b{name}\b", ctx.corpus.docs[doc].text) is None:
            continue  # the page never writes the place: the word may be the verb's
        message = f"the place name “{name}” written in lower case"
        add_row(rows, doc, base + m.start(), base + m.end(), message, name)
    for doc, base, text, m in prose_matches(
        ctx.segments, "tgt", _SMALL_PLACE_PREFILTER, _SMALL_PLACE
    ):
        word = m.group("name")
        if word in places or len(split_syllables(word) or ()) < 2 or zipf(word) >= _ENGLISH:
            continue  # a gazetteer name is reported above; English words are no names
        before = _SURNAME_BEFORE.search(text, 0, m.start())
        if _FILE_NAME.fullmatch(text) or (before and before.group(1) in surnames):
            continue
        name = word[0].upper() + word[1:]
        message = f"the place name “{name}” written in lower case"
        add_row(rows, doc, base + m.start(), base + m.end(), message, name)
    camel = regex.compile(_CAMEL)
    for doc, base, _text, m in prose_matches(ctx.segments, "tgt", _CAMEL_PREFILTER, camel):
        word = m.group()[: m.start("level") - m.start()] if m.group("level") else m.group()
        fixed = pinyin_camel_case(word)
        if fixed is None or not (m.group("level") or is_place(fixed)):
            continue
        message = f"a capital inside the pinyin name “{word}”: one word, “{fixed}”"
        add_row(rows, doc, base + m.start(), base + m.start() + len(word), message, fixed)
    return output(rows)
