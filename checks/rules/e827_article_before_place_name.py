"""E827 article-before-place-name."""

from __future__ import annotations

import polars as pl
import regex

from tifa.checks.articles import drop_article, running_text
from tifa.checks.context import Context
from tifa.checks.prose import inside_title
from tifa.checks.registry import rule
from tifa.checks.rule import Fix, Severity, new_rows, output
from tifa.checks.scan import prose_matches
from tifa.glossary.gazetteer import is_place
from tifa.glossary.names import split_syllables

_S = r"[ \u00a0]+"
# One or two words of a Chinese place name: "Ganzhou", "Xi'an", "Inner Mongolia".
_WORD = r"\p{Lu}\p{Ll}+(?:['’-]\p{Lu}?\p{Ll}+)?"
# The kinds of place whose name English writes without "the": a city, province, county,
# village, town or township, and a lake named by its place ("Qinghai Lake"). Regions,
# prefectures, districts and new areas are left out: "the Guangxi Zhuang Autonomous
# Region" and "the Pudong New Area" are right.
_KIND = r"(?:City|Province|County|Village|Town|Township|Lake)"
# A town, township or village in lower case after its name in pinyin ("in the Matou
# village,", "the Xikou town of Fenghua") is the same proper name the writer left in lower
# case, and takes no article either; a county or city in lower case is left alone ("the
# Hefei city of today" names one time of it).
_LOWER_KIND = r"(?:town|township|village)"
# The name must head its phrase: punctuation, the end, a function word or a verb in the
# past after it. "the
# Ganzhou City government" and "the Dalian City Council" have another head.
_END = (
    r"[ \u00a0]*(?:[,.;:)”\"’'!?]|$)|[ \u00a0]+(?:and|or|to|in|on|of|at|by|with|for|as|is|was"
    r"|are|were|has|have|had|will|from|through|since|during|under|into|which|that|where"
    r"|who|\p{Ll}{2,}ed)(?![\p{L}])"
)
_PATTERN = regex.compile(
    rf"(?<![\p{{L}}\p{{N}}'’-])(?P<the>[Tt]he){_S}(?P<name>(?P<place>{_WORD}(?:{_S}{_WORD})?)"
    rf"{_S}(?:{_KIND}|{_LOWER_KIND}))(?![\p{{L}}\p{{N}}'’-])(?={_END})"
)
_PREFILTER = (
    r"(?:^|[^\p{L}])[Tt]he[ \u00a0]+\p{Lu}[^.!?]{0,40}?[ \u00a0](?:City|Province|County"
    r"|Village|Town|Township|Lake|town|township|village)\b"
)

# A province or city by its bare name, or a part of China by its compass word ("the
# Shanxi,", "link the central China to the world"), heading its phrase: only punctuation, a
# preposition or a verb of being after it. Not "of", which makes a place of one time ("the
# Beijing of today"), nor "and" or "or", which may join it to a second place that modifies
# a noun ("the Shanghai and Shenzhen stock exchanges").
_BARE_END = (
    r"[ \u00a0]*(?:[,.;:)!?]|$)|[ \u00a0]+(?:to|in|on|at|by|with|for|from|is|was|has|had"
    r"|will)(?![\p{L}])"
)
_WORLD = (
    r"(?:(?:North|South|Latin|Central|East|West|Northeast|Southeast|Northwest|Southwest"
    r"|Eastern|Western|Northern|Southern)[ \u00a0]+)?(?:Europe|Asia|Africa|America|Oceania)"
    r"|Hong[ \u00a0]+Kong|Macao|Macau"
)
_BARE = regex.compile(
    rf"(?<![\p{{L}}\p{{N}}'’-])(?P<the>[Tt]he){_S}(?P<name>(?P<compass>(?:central|northern"
    rf"|southern|eastern|western|north|south|east|west|northeast|northwest|southeast"
    rf"|southwest|northeastern|northwestern|southeastern|southwestern){_S}China)"
    rf"|(?P<place>\p{{Lu}}\p{{Ll}}+(?:['’]\p{{Ll}}+)?))(?![\p{{L}}\p{{N}}'’-])(?={_BARE_END})"
)
# A continent or a part of one, and Hong Kong and Macao by their bare names ("facing the
# Northeast Asia.", "sold to the Europe and America,", "all over the Hong Kong in …"):
# names English writes bare, as it does a province. "and" with a second such name may
# follow where the pair ends its phrase; a noun after them is their head ("the Hong Kong
# and Macao compatriots", "the Asia Society", "the Hong Kong SAR").
_WORLD_NAME = regex.compile(
    rf"(?<![\p{{L}}\p{{N}}'’-])(?P<the>[Tt]he){_S}(?P<name>{_WORLD})(?![\p{{L}}\p{{N}}'’-])"
    rf"(?={_BARE_END}|{_S}and{_S}(?:{_WORLD})(?![\p{{L}}\p{{N}}'’-])[ \u00a0]*(?:[,.;:)!?]|$))"
)
_WORLD_PREFILTER = r"\b[Tt]he[ \u00a0]+(?:\p{Lu}\p{Ll}+[ \u00a0]+)?(?:Europe|Asia|Africa|America|Oceania|Kong|Maca)"
# A list of places that together modify a noun: "from the Taiwan, Hong Kong and Macao
# regions" has its article before the list.
_MODIFIER_LIST = regex.compile(
    r"[ \u00a0]*,[ \u00a0]*(?:\p{Lu}[\p{L}'’]*(?:[ \u00a0]+\p{Lu}[\p{L}'’]*)?[ \u00a0]*,[ \u00a0]*)*"
    r"(?:\p{Lu}[\p{L}'’]*(?:[ \u00a0]+\p{Lu}[\p{L}'’]*)?[ \u00a0]+)?(?:and|or)[ \u00a0]+"
    r"\p{Lu}[\p{L}'’]*(?:[ \u00a0]+\p{Lu}[\p{L}'’]*)?[ \u00a0]+\p{Ll}"
)
# A pair of places that modify a plural noun: in "the Hebei Province and Yangtze River Delta
# regions" the article belongs to "regions", the head of the phrase.
_PAIR_MODIFIER = regex.compile(
    r"[ \u00a0]+(?:and|or)[ \u00a0]+(?:\p{Lu}[\p{L}'’-]*[ \u00a0]+){1,4}(?:regions|areas"
    r"|provinces|cities|counties|municipalities|markets)(?![\p{L}'’-])"
)
# A list of sights or places each written with "the" ("the Stone Forest, the Dianchi Lake
# and the Jiuxiang Cave"): the writer gives every item the article that most of them need,
# and dropping it from one item would break the list. A neighbouring item with "the" whose
# own head is no kind this rule takes tells such a list.
_KINDS = ("City", "Province", "County", "Village", "Town", "Township", "Lake")
_LIST_BEFORE = regex.compile(
    r"(?<![\p{L}'’-])the[ \u00a0]+\p{Lu}[\p{L}'’-]*(?:[ \u00a0]+\p{Lu}[\p{L}'’-]*){0,4}"
    r"(?<![ \u00a0](?:City|Province|County|Village|Town|Township|Lake))"
    r"[ \u00a0]*(?:,[ \u00a0]*(?:and[ \u00a0]+)?|[ \u00a0]+and[ \u00a0]+)$"
)
_LIST_AFTER = regex.compile(
    r"[ \u00a0]*(?:,[ \u00a0]*(?:and[ \u00a0]+)?|[ \u00a0]+and[ \u00a0]+)the[ \u00a0]+"
    r"(?P<item>\p{Lu}[\p{L}'’-]*(?:[ \u00a0]+\p{Lu}[\p{L}'’-]*){0,4})"
)
_BARE_PREFILTER = (
    r"(?:^|[^\p{L}])[Tt]he[ \u00a0]+(?:\p{Lu}\p{Ll}+['’]?\p{Ll}*(?:[ \u00a0]*[,.;:)!?]|[ \u00a0]+[tiobwfh])"
    r"|\p{Ll}+[ \u00a0]+China\b)"
)


@rule("E827", "article-before-place-name", Severity.WARNING, Fix.UNSAFE)
def article_before_place_name(ctx: Context) -> pl.DataFrame:
    """An article before the name of a city, province, county, village, town or lake.

    ## What it does
    Finds "the" right before a Chinese place name and the word for its kind, City,
    Province, County, Village, Town, Township or Lake ("Mayor of the Ganzhou City", "a
    delegation from the Hubei Province", "came to the Matou Village", "around the Qinghai
    Lake"), where the place is a gazetteer city or province or a name in pinyin and the
    name heads its phrase. Prose only: headings and titles are left alone. Left alone: a
    name that modifies the noun after it ("the Ganzhou City government", "the Dalian City
    Council"), or that modifies a plural noun with a second place ("the Hebei Province and
    Yangtze River Delta regions"), a name that is not a place ("the Forbidden City", "the Old Town", "the West
    Lake"), an item of a list of sights each written with "the" ("the Stone Forest, the
    Dianchi Lake and the Jiuxiang Cave"), and the kinds of place that take "the"
    (autonomous regions and prefectures, districts, new areas). Also "the" before a province or city by its bare name, or a
    part of China by its compass word, heading its phrase ("in the way of the Shanxi,",
    "link the central China to the world"); not before a noun it modifies, a list of places
    before one ("the Taiwan, Hong Kong and Macao regions"), nor "of" ("the Beijing of
    today", a place of one time). So too a town, township or village in lower case after
    its name in pinyin ("in the Xikou town,"), and a continent or a part of one, Hong Kong
    and Macao, heading their phrase, alone or joined by "and" ("facing the Northeast
    Asia.", "sold to the Europe and America,", "all over the Hong Kong in …"; not "the Hong
    Kong SAR", "the Asia Society").

    ## Why is this bad?
    A place's proper name takes no article in English: "Ganzhou City", "Hubei Province",
    as "Beijing" or "London". The article is the mirror of the slip that drops one before
    a body's name: a word-for-word rendering that does not know which nouns English names
    with "the".

    ## Example
    ```text
    Li Wei, Mayor of the Ganzhou City, led a delegation to the Matou Village.
    ```

    ## Use instead
    ```text
    Li Wei, Mayor of Ganzhou City, led a delegation to Matou Village.
    ```

    ## Fix safety
    Unsafe: the article's removal is suggested; a writer may mean another head ("the
    Ganzhou City authorities") and a person decides.
    """
    rows = new_rows()
    segments = running_text(ctx)
    for doc, base, text, m in prose_matches(segments, "tgt", _PREFILTER, _PATTERN):
        if not _is_place(m.group("place")):
            continue
        if inside_title(text, m.start(), m.end()) or _in_article_list(text, m):
            continue
        if _PAIR_MODIFIER.match(text, m.end()):
            continue
        drop_article(rows, doc, base, m, _message(text, m))
    for doc, base, text, m in [
        *prose_matches(segments, "tgt", _BARE_PREFILTER, _BARE),
        *prose_matches(segments, "tgt", _WORLD_PREFILTER, _WORLD_NAME),
    ]:
        place = m.groupdict().get("place")
        if place is not None and not is_place(place.replace("’", "'")):
            continue
        if _MODIFIER_LIST.match(text, m.end()):
            continue
        if inside_title(text, m.start(), m.end()):
            continue
        drop_article(rows, doc, base, m, _message(text, m))
    return output(rows)


def _message(text: str, m: regex.Match[str]) -> str:
    """The finding's message: the article and the name as the text writes them."""
    return f"“{text[m.start() : m.end('name')]}”: a place's proper name takes no article"


def _is_place(words: str) -> bool:
    """A gazetteer place, or every word a name in pinyin ("Matou", "Xi'an")."""
    bare = words.replace("’", "'")
    if is_place(bare):
        return True
    return all(
        split_syllables(word.replace("'", "").replace("-", "")) is not None for word in bare.split()
    )


def _in_article_list(text: str, m: regex.Match[str]) -> bool:
    """Whether the name is one item of a list whose other items carry "the" and are of
    another kind ("the Stone Forest, the Dianchi Lake and the Jiuxiang Cave")."""
    if _LIST_BEFORE.search(text, 0, m.start()):
        return True
    after = _LIST_AFTER.match(text, m.end())
    return after is not None and after.group("item").split()[-1] not in _KINDS
