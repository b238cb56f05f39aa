"""The writer's name alone on its line between a news page's headline and its first sentence.

Professional pages set the byline as the writer's name alone, without "By", under the
headline: in an author box over the byline proper ("Li Ming" over "By Li Ming, CNN"), over
the writer's post ("Li Ming" over "Beijing Correspondent, …"), over the date or over the
lead picture's caption. Copied into the text it reads as a one-line paragraph of two or
three capitalised words. A line of that shape is the writer's only where it stands between
the headline and the article's first sentence and its words are a person's name: a surname
in pinyin and a given name in pinyin ("Yang Danxu"), or words that are no everyday English
word ("Calum MacLeod"); a section's name ("Foreign Policy", "Cyber Risk"), a place ("Hulun
Buir") or an outlet ("Reuters Staff") is not. A report's title block names its speaker so
("Li Ming" over "Mayor of …", under "Delivered at …"): that is the document's heading.
"""

from __future__ import annotations

import polars as pl
import regex

from tifa.checks.page_head import title_area
from tifa.glossary.frequency import zipf
from tifa.glossary.gazetteer import is_place
from tifa.glossary.names import pinyin_surnames, split_syllables

# The headline: the first line of four words or more that is no residue and no field line
# (a stamp, "Source: …", "date 2024-05-06 …").
_HEADLINE_WORDS = 4
# A field names itself in a word or two before its colon; a headline's colon follows its
# subject ("The great reshuffle: How …"), and a headline may end in a year ("… in 2022").
_FIELD_LINE = (
    r"^[^:：\s]+(?:\s+[^:：\s]+)?\s*[:：]|[:：]\s*\d"
    r"|[|@/>]|\d{4}\s*[-./年]\s*\d|\d{1,2},?\s+\d{4}|\d:\d\d"
)
# The line's shape: two to four capitalised words, a middle initial among them ("Tori B.
# Powell"), a Scots or Irish prefix ("MacLeod", "O'Neill"), a hyphened given name.
_SHAPE = r"^\p{Lu}[\p{L}'’.-]+(?:\s\p{Lu}[\p{L}'’.-]*){1,3}$"
# Two writers share the byline, "and" or "&" between their names, as the wires set it
# ("Li Ming and Wang Fang"); each name is then judged alone.
_TWO_SHAPE = (
    r"^\p{Lu}[\p{L}'’.-]+(?:\s\p{Lu}[\p{L}'’.-]*){1,3}\s+(?:and|&)\s+"
    r"\p{Lu}[\p{L}'’.-]+(?:\s\p{Lu}[\p{L}'’.-]*){1,3}$"
)
_TWO_SPLIT = regex.compile(r"\s+(?:and|&)\s+")
_NAME_WORD = regex.compile(r"(?:Mc|Mac|O['’])?\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)?")
_INITIAL = regex.compile(r"\p{Lu}\.")
# A given name may be an everyday word's spelling ("Tony", "Grace"); a surname seldom is.
_GIVEN_ZIPF = 4.8
_SURNAME_ZIPF = 4.0
# The writer's post under the name, alone on its line, the outlet after a comma or a pipe:
# "Beijing Correspondent, Lianhe Zaobao", "Staff Writer", "Senior Reporter | The Star"; the
# post alone needs its desk or rank ("Reporter" alone may head a list). Matched ignoring
# case, as R601 matches its whole-line patterns.
WRITER_POST = (
    r"(?:(?-i:\p{Lu}[\p{L}'’]+)\s+){1,2}(?:(?:senior|chief|staff|special|contributing)\s+)?"
    r"(?:correspondents?|reporters?|writers?|columnists?|journalists?|editors?)"
    r"(?:\s*[,|]\s*(?-i:(?:The\s+)?\p{Lu}[\p{L}'’.&-]+(?:\s+\p{Lu}[\p{L}'’.&-]+){0,3}))?|"
    r"(?:senior|chief|staff|special|contributing)\s+(?:correspondents?|reporters?|writers?|columnists?|journalists?|editors?)"
    r"(?:\s*[,|]\s*(?-i:(?:The\s+)?\p{Lu}[\p{L}'’.&-]+(?:\s+\p{Lu}[\p{L}'’.&-]+){0,3}))?"
)
_WRITER_POST_RE = regex.compile(WRITER_POST, regex.IGNORECASE)
# The outlets whose name makes a two-word line look like a person's: "Reuters Backstory".
_OUTLET_WORDS = frozenset(
    ("reuters", "bloomberg", "xinhua", "cnn", "bbc", "afp", "cgtn", "nikkei", "yonhap", "kyodo")
)


def person_name(text: str) -> bool:
    """Whether `text` is a person's name alone: "Yang Danxu", "Calum MacLeod", "Tori B.
    Powell"; not "Foreign Policy", "Hulun Buir" or "Reuters Staff"."""
    words = text.split()
    names = [w for w in words if not _INITIAL.fullmatch(w)]
    if len(names) not in (2, 3) or not all(_NAME_WORD.fullmatch(w) for w in names):
        return False
    if _INITIAL.fullmatch(words[0]) or _INITIAL.fullmatch(words[-1]):
        return False
    if is_place(text) or any(is_place(w) for w in names):
        return False
    if any(w.lower() in _OUTLET_WORDS for w in names):
        return False
    if len(names) == 2 and names[0] in pinyin_surnames() and split_syllables(names[1]) is not None:
        return True  # a Chinese name, surname first: "Yang Danxu"
    return zipf(names[0].lower()) < _GIVEN_ZIPF and all(
        zipf(w.lower()) < _SURNAME_ZIPF for w in names[1:]
    )


def writers_names(text: str) -> bool:
    """Whether `text` is one writer's name alone or two joined by "and" or "&" ("Li Ming and
    Calum MacLeod"); a subhead of two capitalised phrases ("Trade and Investment") is not."""
    parts = _TWO_SPLIT.split(text)
    return len(parts) in (1, 2) and all(person_name(part) for part in parts)


def head_bylines(lines: pl.DataFrame, residue: pl.DataFrame) -> pl.DataFrame:
    """(doc, line, text, start) of the writer's name alone between each document's headline
    and its first line of prose (see the module's docstring).

    `residue` holds the (doc, line) of the lines already reported; the headline is the
    first line of four words or more that is neither residue nor a field line.
    """
    stripped = pl.col("text").str.strip_chars()
    head = title_area(lines, residue, below=stripped.shift(-1).over("doc", order_by="line"))
    headlines = (
        head.filter(
            (pl.col("words") >= _HEADLINE_WORDS)
            & ~pl.col("residue")
            & ~stripped.str.contains(_FIELD_LINE)
        )
        .group_by("doc")
        .agg(headline=pl.col("line").min())
    )
    reports = head.filter(pl.col("title_block")).select("doc").unique()
    candidates = (
        head.join(headlines, on="doc", how="left")
        .join(reports, on="doc", how="anti")
        .filter(
            ~pl.col("residue") & (stripped.str.contains(_SHAPE) | stripped.str.contains(_TWO_SHAPE))
        )
        .sort("doc", "line")
    )
    # Under the headline, or anywhere in the title area over the writer's post ("Li Ming"
    # over "SCMP Columnist" in the page's author box).
    keep = [
        writers_names(text.strip())
        and (
            (headline is not None and line > headline)
            or (below is not None and _WRITER_POST_RE.fullmatch(below) is not None)
        )
        for text, line, headline, below in candidates.select(
            "text", "line", "headline", "below"
        ).iter_rows()
    ]
    return candidates.filter(pl.Series(keep, dtype=pl.Boolean)).select(
        "doc", "line", "text", "start"
    )
