"""Photo captions a copy keeps as lines of their own, told apart from the story around them.

Two shapes R601's line patterns cannot see alone, because each needs its neighbours:

- a caption the story's next paragraph says again: an event's pages put a short line under
  each picture, then open the paragraph below with the same words ("Li Ming delivered a
  speech" over "Li Ming delivered a speech. He said …", or "Wang Fang made remarks" over
  "Wang Fang, head of the office, also made remarks …"). The line stands between paragraphs
  of prose, in the past tense; a page's headline stands at its head, and a digest's headlines
  restate their leads in the present ("… concludes" over "… concluded …"), so neither is one.
- a caption that says it is one ("Photo shows …", "The photo, taken on May 3, shows …") in a
  page that has prose of its own: on a page of pictures alone the captions are the article.
- a caption told in the present between paragraphs of a story told in the past: a line of
  one sentence that names who is in the picture and what they do ("Secretary Li visits a
  village clinic.", "Officials visit the exhibition hall", "The forum is held in Dalian on
  May 5."). A story says what happened in the past tense; a caption says what the picture
  shows in the present. The line has prose right below it, and prose right above it or a
  date that pins the picture to a day; a digest's headline over its lead, a list of
  measures and a subheading are left alone (see `present_captions`).
"""

from __future__ import annotations

import polars as pl
import regex

from tifa.checks.furniture import CAPTION_VERB
from tifa.checks.numbers import MONTH_NAME
from tifa.checks.page_tail import PROSE_WORDS, SENTENCE_END, nonblank_marked
from tifa.checks.picture_gap import OPEN_END, heads_its_lead
from tifa.glossary.names import pinyin_surnames

# A caption over its paragraph: three to twelve words, no stop or clause mark closing it.
_CAPTION_WORDS = (3, 12)
# Who the caption names (capitalised words, a title among them) and what they did, a verb in
# the past tense opening the rest: "Consul General Li Ming | delivered a welcome speech".
_SUBJECT_AND_DEED = regex.compile(
    r"(?P<who>(?:(?:Mr|Mrs|Ms|Dr)\.\s)?\p{Lu}[\p{L}'’-]*(?:\s\p{Lu}[\p{L}'’-]*){1,6})"
    r"\s(?P<did>(?:\p{Ll}+ed|made|gave|met|held|took|spoke|went|saw|led|sent|won|paid|shook|"
    r"signed|cut|laid|set|put|read|became|began|brought|bought|found|heard|left|told|wrote)"
    r"(?:\s[\p{L}\p{N}'’-]+){1,8})"
)
# The paragraph's first sentence: up to a stop that no title's abbreviation ("Mrs.") makes.
_FIRST_SENTENCE = regex.compile(r"^.*?(?:(?<!\b(?:Mr|Mrs|Ms|Dr|St|No))[.!?](?=\s|$)|$)")
# A caption that says so: "Photo shows …", "The photo, taken on May 3, shows …", "Aerial
# photo taken on … shows …": one photo, the day it was taken at most between it and "shows".
# A story's sentence speaks of photos in general ("Photos taken by drones show the port",
# "Photos more than a century old show …").
_PHOTO_SHOWS = (
    r"(?i)^\s*(?:an?\s+|the\s+|this\s+)?(?:(?:aerial|drone|file)\s+)*(?:photo|picture|image)"
    r"(?:,?\s+taken\s+(?:on|in)\s[^,.!?\n]{3,40},?)?\s+shows\s\S.{10,}$"
)


def _echoed(caption: str, below: str) -> bool:
    """Whether the first sentence of `below` opens with the people `caption` names and says
    again, word for word, what it says they did."""
    found = _SUBJECT_AND_DEED.fullmatch(caption.strip())
    if found is None:
        return False
    first = _FIRST_SENTENCE.match(below.strip())
    sentence = first.group() if first else ""
    return sentence.startswith(found.group("who")) and found.group("did") in sentence


def echoed_captions(lines: pl.DataFrame, residue: pl.DataFrame) -> pl.DataFrame:
    """(doc, line, text, start) of the short lines in the past tense, below prose and over
    the paragraph that says them again, that no pass has reported yet."""
    stripped = pl.col("text").str.strip_chars()
    words = stripped.str.count_matches(r"\S+")
    filled = nonblank_marked(lines, residue, "known").with_columns(
        prose=(words >= PROSE_WORDS) & stripped.str.contains(SENTENCE_END),
        short=words.is_between(*_CAPTION_WORDS) & stripped.str.contains(OPEN_END),
    )
    candidates = (
        filled.with_columns(
            # prose somewhere above: the line is inside the story, not at the page's head
            above=pl.col("prose").shift(1).fill_null(False).cum_max().over("doc"),
            below=pl.col("prose").shift(-1).over("doc").fill_null(False),
            next_text=pl.col("text").shift(-1).over("doc"),
        )
        .filter(~pl.col("known") & pl.col("short") & pl.col("above") & pl.col("below"))
        .sort("doc", "line")
    )
    keep = [
        _echoed(text, below) for text, below in candidates.select("text", "next_text").iter_rows()
    ]
    return candidates.filter(pl.Series(keep, dtype=pl.Boolean)).select(
        "doc", "line", "text", "start"
    )


def photo_lines(lines: pl.DataFrame, residue: pl.DataFrame) -> pl.DataFrame:
    """(doc, line, text, start) of the lines that call themselves a photo's caption ("Photo
    shows …") on pages with a paragraph of prose besides; not already reported."""
    stripped = pl.col("text").str.strip_chars()
    words = stripped.str.count_matches(r"\S+")
    filled = nonblank_marked(lines, residue, "known").with_columns(
        caption=stripped.str.contains(_PHOTO_SHOWS),
        prose=(words >= PROSE_WORDS) & stripped.str.contains(SENTENCE_END),
    )
    story = (
        filled.filter(pl.col("prose") & ~pl.col("caption") & ~pl.col("known"))
        .select("doc")
        .unique()
    )
    return (
        filled.join(story, on="doc", how="semi")
        .filter(pl.col("caption") & ~pl.col("known"))
        .sort("doc", "line")
        .select("doc", "line", "text", "start")
    )


# A caption in the present: who is in the picture, then what they do. The subject is a name or
# a title and a name, one to six capitalised words ("Secretary Du", "Wang Xiaohui"), perhaps
# with where they stand in the picture ("(second left)"), before a caption's verb in the third
# person; or people in the plural before the verb's plain form ("Officials visit …"); or
# anything up to fifteen words before "is held", "are signed" and the like, which then needs a
# date (`_DATED`), as a story's present passive ("The expo is held in Hangzhou") is common.
_NAMED = r"(?:(?:Mr|Mrs|Ms|Dr)\.\s)?\p{Lu}[\p{L}'’-]*(?:\s\p{Lu}[\p{L}'’-]*){0,5}"
_WHERE_IN_PICTURE = r"(?:\s?\((?:front|back|first|second|third|\d(?:st|nd|rd|th))?[^()]{0,16}\))?"
_GROUP = (
    r"(?:(?:The|the)\s)?(?:Officials|Leaders|Delegates|Visitors|Guests|Participants|Students|"
    r"Children|Villagers|Residents|Workers|Members|Volunteers|Experts|Representatives|Tourists)"
)
_PLAIN_VERB = (
    r"visit|attend|inspect|tour|watch|view|listen|pose|plant|sign|learn|talk|interact|"
    r"perform|check|hold|read|shake|receive|greet|communicate|exchange|join|examine|survey"
)
_PRESENT_DEED = regex.compile(
    rf"^(?:(?P<who>{_NAMED}){_WHERE_IN_PICTURE}\s(?:{CAPTION_VERB})|{_GROUP}\s(?:{_PLAIN_VERB}))"
    r"(?:\s[\p{L}\p{N}'’,-]+){2,}"
)
_PRESENT_PASSIVE = regex.compile(
    r"^(?:\S+\s){1,15}(?:is|are)\s(?:held|signed|seen|pictured|launched|opened|unveiled|"
    r"inaugurated|shown|convened)\s"
)
# The day the picture was taken, which a story's present tense never carries: "on February
# 22", "from October 26 to 29, 2020". A schedule's "each year" is a habit, not a picture.
_DATED = rf"\b(?:on|from)\s(?:{MONTH_NAME})\.?\s\d{{1,2}}\b"
_HABIT = r"(?i)\b(?:each|every)\s(?:year|month|week|day)\b|\bannually\b"
# One sentence: no stop inside the line before a capital ("… carefully. It promotes …").
_INNER_STOP = r"[.!?][\"'”’]?\s+\p{Lu}"
_PRESENT_WORDS = (3, 30)
# The story around the line is told in the past: a verb in the past tense in a neighbour.
_PAST = r"\b(?:was|were|had|said|made|met|held|gave|took|\p{Ll}{2,}ed)\b"
# A newswire lead opens with its dateline ("BEIJING, Feb. 28 (Xinhua) --"): the line over it
# is the item's headline.
_DATELINE = r"^\s*\p{Lu}[\p{Lu} ]+,.{0,40}(?:--|—|\(\p{Lu}[\p{L} ]+\))"
_ARTICLE = r"\b(?:the|a|an)\b"


def _present_caption(text: str) -> bool:
    """Whether `text` reads as a caption in the present: a name and a caption's verb, or a
    present passive of an event with its date; an open-ended line needs an article or a
    date besides, as a headline drops its articles ("Xi meets Vietnamese leader")."""
    line = text.strip()
    deed = _PRESENT_DEED.match(line)
    if deed and _a_person(deed.group("who")):
        if regex.search(OPEN_END, line):
            return bool(regex.search(_ARTICLE, line) or regex.search(_DATED, line))
        return True
    return bool(_PRESENT_PASSIVE.match(line) and regex.search(_DATED, line))


def _a_person(who: str | None) -> bool:
    """Whether a caption's subject names a person: a Chinese surname among its words
    ("Secretary Du", "Wang Xiaohui"); a place or a country that "hosts" or "holds" something
    is a story's statement in the present. People named as a group have no subject here."""
    if who is None:
        return True
    surnames = pinyin_surnames()
    return any(word in surnames for word in who.split())


def present_captions(lines: pl.DataFrame, residue: pl.DataFrame) -> pl.DataFrame:
    """(doc, line, text, start) of the one-sentence lines told in the present, naming who is
    in a picture and what they do, inside a story told in the past; not already reported.

    Prose must stand right below the line, and right above it unless the line gives the
    picture's date; the page's first line (its headline) is never one. Left alone: a line in
    Title Case (a subheading: its verb is capitalised too), a list's item (no prose around
    it), a headline over a newswire lead or over a lead that says it again (a digest), a
    schedule ("each year")."""
    stripped = pl.col("text").str.strip_chars()
    words = stripped.str.count_matches(r"\S+")
    filled = nonblank_marked(lines, residue, "known").with_columns(
        prose=(words >= PROSE_WORDS) & stripped.str.contains(SENTENCE_END),
        short=words.is_between(*_PRESENT_WORDS)
        & (stripped.str.contains(r"\.$") | stripped.str.contains(OPEN_END))
        & ~stripped.str.contains(_INNER_STOP)
        & ~stripped.str.contains(_HABIT),
        past=stripped.str.contains(_PAST),
        dated=stripped.str.contains(_DATED),
    )
    candidates = (
        filled.with_columns(
            first=pl.col("line") == pl.col("line").min().over("doc"),
            above=pl.col("prose").shift(1).over("doc").fill_null(False),
            below=pl.col("prose").shift(-1).over("doc").fill_null(False),
            past_near=(
                pl.col("past").shift(1).over("doc").fill_null(False)
                | pl.col("past").shift(-1).over("doc").fill_null(False)
            ),
            next_text=pl.col("text").shift(-1).over("doc").fill_null(""),
        )
        .filter(
            ~pl.col("known")
            & ~pl.col("first")
            & pl.col("short")
            & pl.col("below")
            & (pl.col("above") | pl.col("dated"))
            & pl.col("past_near")
            & ~pl.col("next_text").str.contains(_DATELINE)
        )
        .sort("doc", "line")
    )
    keep = [
        _present_caption(text) and not heads_its_lead(text, below)
        for text, below in candidates.select("text", "next_text").iter_rows()
    ]
    return candidates.filter(pl.Series(keep, dtype=pl.Boolean)).select(
        "doc", "line", "text", "start"
    )
