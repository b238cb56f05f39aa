"""The labels in a copied web page's title area, above the article's first sentence.

A page's head holds the headline and, around it, the site's furniture: a breadcrumb, a time
stamp, a source line, and labels that name the section ("City News", "Press Conference") or
a form's empty fields ("Choose Type:", "Message:"). A section label reads like a short
heading, so it counts only where the page around it is plainly a web page: in the title area
(the lines before the first sentence of prose), beside a line R601 already knows as residue
or a line in Chinese, with a headline of its own there that is no label. A report's title block ("Report on the
Work of the Government", "Delivered at …") or a white paper's ("Information Office of the State
Council", "May 2014, Beijing") is a heading, not a page's head.
"""

from __future__ import annotations

import polars as pl
import regex

from tifa.checks.furniture import SECTION_WORD
from tifa.checks.page_tail import LONG_WORDS, PROSE_WORDS, SENTENCE_END, nonblank_marked
from tifa.glossary.names import pinyin_surnames

# Words that name a site's sections besides the menu words: "Taiyuan Overview", "CQ Webcasts",
# "Delegates' Voices", "CPC Encyclopedia", "Press Conference".
_HEAD_WORD = (
    rf"{SECTION_WORD}|overview|webcasts?|encyclopedia|voices|conferences?|briefings?|"
    r"columns?|bulletins?|mailbox|profiles?|archives?|channels?|"
    # the link to the site's mobile edition: "Mobile", "Mobile Version", "App"
    r"mobile|app|wap"
)
# The site owner's name in capitals as the page's banner: "MINISTRY OF COMMERCE", "THE
# PEOPLE'S REPUBLIC OF CHINA", "EMBASSY OF … IN …" — a body and what it is "of", no verb.
_BODY_WORD = (
    r"MINISTRY|COMMISSION|BUREAU|DEPARTMENT|GOVERNMENT|REPUBLIC|ADMINISTRATION|COUNCIL|"
    r"EMBASSY|CONSULATE(?:-GENERAL)?|OFFICE|COMMITTEE|CONGRESS|ACADEMY|ASSOCIATION"
)
_CAPS_WORD = r"[A-Z][A-Z'’-]*"
_BANNER = (
    rf"^(?:THE\s+)?(?:{_CAPS_WORD}\s+){{0,3}}(?:{_BODY_WORD})"
    rf"(?:\s+(?:OF|IN)\s+(?:THE\s+)?(?:PEOPLE['’]S\s+REPUBLIC|{_CAPS_WORD})(?:\s+(?:AND|&)\s+{_CAPS_WORD})?)+$"
)
# A label: one to four capitalised words and the small words between them, one of them a
# section word; no digit, no punctuation of a sentence.
_CAP = r"\p{Lu}[\p{L}'’-]*"
_SMALL = r"(?:of|and|the|for|in|on|&)"
_SECTION_SHAPE = rf"^{_CAP}(?:\s+(?:{_SMALL}\s+)*{_CAP}){{0,3}}$"
_HAS_SECTION_WORD = rf"(?i)(?:^|[\s&])(?:{_HEAD_WORD})(?:$|\s)"
# A heading that names its subject: "Overview of Dalian", "History of the Port".
_SUBJECT = r"\s(?:of|in|on|for)\s+(?:the\s+)?\p{Lu}"
# A form's field label, its field lost: "Choose Type:", "Message:", "Eyesight Protection:".
_FIELD = r"^\p{Lu}[\p{L}'’-]*(?:\s+[\p{L}'’-]+){0,2}\s*[:：]$"
# A line in Chinese (or another East Asian script) over an English article is the site's: a
# language switch, a share button's caption ("RSS 分享按钮"), the Chinese site's name.
_EAST_ASIAN = r"[\p{Han}\p{Bopomofo}\p{Hiragana}\p{Katakana}\p{Hangul}]"
# How far down a page its head may reach, in non-blank lines: a list of names and titles
# with no prose under it is no page head.
_HEAD_LINES = 12
# A report's or a briefing's title block: its heading is the document's, its labels too.
TITLE_BLOCK = (
    r"^(?:Delivered|Report on the Work)\b|\bSession of the\b"
    r"|^(?:Speakers?|Chairperson|Moderator|Host)s?:"
    # A white paper's: its issuing office, the country and the month it came out in Beijing.
    r"|^(?:Information Office of the State Council|The State Council Information Office)$"
    r"|^(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December) \d{4}, Beijing$"
    r"|^\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){1,2}, (?:spokes(?:person|man|woman)|press officer"
    r"|(?:deputy |vice )?(?:director|minister|governor|mayor|secretary|chairman|chairwoman))\b"
)
TITLE_BLOCK_RE = regex.compile(TITLE_BLOCK)


def title_area(lines: pl.DataFrame, residue: pl.DataFrame, **extra: pl.Expr) -> pl.DataFrame:
    """Each document's title area: its non-blank lines before its first line of prose, at most
    `_HEAD_LINES` of them, in order; documents without prose have none.

    `residue` holds the (doc, line) of the lines already reported. Columns besides `lines`':
    residue (whether it holds the line), words, prose (a sentence, or a line too long for a
    heading, that is no residue), title_block (a line of a report's title block), rank (the
    line's place among the document's non-blank lines), first (the first line of prose), and
    the `extra` columns, computed over all the non-blank lines before the title area is cut
    (so a line's neighbour may be the first line of prose).
    """
    stripped = pl.col("text").str.strip_chars()
    words = stripped.str.count_matches(r"\S+")
    frame = nonblank_marked(lines, residue, "residue").with_columns(
        words=words,
        prose=(
            ((words >= PROSE_WORDS) & stripped.str.contains(SENTENCE_END)) | (words >= LONG_WORDS)
        )
        & ~pl.col("residue"),
        title_block=stripped.str.contains(TITLE_BLOCK),
        rank=pl.int_range(pl.len()).over("doc"),
        **extra,
    )
    first_prose = frame.filter(pl.col("prose")).group_by("doc").agg(first=pl.col("line").min())
    return frame.join(first_prose, on="doc", how="inner").filter(
        (pl.col("line") < pl.col("first")) & (pl.col("rank") < _HEAD_LINES)
    )


# A speaker's label: a person's name in pinyin or an outlet's name, then a colon.
_SPEAKER = r"^(\p{Lu}\p{Ll}+)\s+(?:\p{Lu}[\p{Ll}-]+\s+)?(\p{Lu}[\p{Ll}-]+)\s*[:：]$"
# The label of a note that opens the article: "Editor's Note:", "Foreword:".
_NOTE = r"(?i)^(?:editor['’]?s?['’]?\s+note|(?:author|translator)['’]?s?['’]?\s+note|foreword|preface)\s*[:：]$"
_OUTLETS = ["News", "Daily", "Times", "Post", "TV", "Radio", "Agency", "Press", "Reuters"]


def _speaker_label(stripped: pl.Expr) -> pl.Expr:
    """Whether a line is a speaker's label: "Zhang Hua:", "Red Star News:"."""
    first = stripped.str.extract(_SPEAKER, 1)
    last = stripped.str.extract(_SPEAKER, 2)
    return (first.is_in(sorted(pinyin_surnames())) | last.is_in(_OUTLETS)).fill_null(False)


def head_labels(lines: pl.DataFrame, residue: pl.DataFrame) -> pl.DataFrame:
    """(doc, line, text, start, reason) of the labels in each document's title area.

    `residue` holds the (doc, line) of the lines already reported. A document's title area
    is its first non-blank lines before its first line of prose; a label there counts when
    the area holds a residue line or a line in Chinese, and a line that is none of these nor
    a label (the headline), and no line of a report's title block.
    """
    stripped = pl.col("text").str.strip_chars()
    section = stripped.str.contains(_SECTION_SHAPE) & stripped.str.contains(_HAS_SECTION_WORD)
    field = stripped.str.contains(_FIELD)
    banner = stripped.str.contains(_BANNER)
    label = (section | field | banner) & ~stripped.str.contains(r"\d")
    head = title_area(
        lines, residue, site=stripped.str.contains(_EAST_ASIAN), label=label, field=field
    )
    plain = ~pl.col("residue") & ~pl.col("label") & ~pl.col("site")
    docs = (
        head.group_by("doc")
        .agg(
            residue=(pl.col("residue") | pl.col("site")).any(),
            headline=plain.any(),
            title_block=pl.col("title_block").any(),
        )
        .filter(pl.col("residue") & pl.col("headline") & ~pl.col("title_block"))
        .select("doc")
    )
    # The article's own sub-heading: a label naming its subject ("Overview of Dalian City")
    # between the headline (or another plain line) and the first paragraph. A site's label
    # names its section alone ("CPC Encyclopedia", "City News").
    after_plain = plain.shift(1).over("doc", order_by="line").fill_null(False)
    last_head = (pl.col("line") == pl.col("line").max().over("doc")) & pl.col("text").str.contains(
        _SUBJECT
    )
    # A transcript's first speaker label ("Zhang Hua:", "Red Star News:") right over the first
    # paragraph is the document's own, no form label.
    speaker = (pl.col("line") == pl.col("line").max().over("doc")) & _speaker_label(stripped)
    # A speech's salutation ends in a colon as a field's label does ("Ladies and gentlemen:",
    # "Dear friends:"): it is the speech's own first line, never a form's.
    salute = stripped.str.contains(_SALUTATION)
    # An editor's note or a foreword opening the first paragraph ("Editor's Note:" over it)
    # introduces the article's own text: the next line is prose, the label is the article's.
    note = (pl.col("line") == pl.col("line").max().over("doc")) & stripped.str.contains(_NOTE)
    # The second half of a name set over two lines: the line above ends in a small word
    # that needs more ("The State Council Information Office of the" over "People's Republic
    # of China"). A site's label stands on its own.
    continued = (
        stripped.shift(1).over("doc", order_by="line").str.contains(_OPEN_END).fill_null(False)
    )
    found = (
        head.join(docs, on="doc", how="inner")
        .filter(
            pl.col("label")
            & ~pl.col("residue")
            & ~(after_plain & last_head)
            & ~speaker
            & ~note
            & ~salute
            & ~continued
        )
        .sort("doc", "line")
    )
    return found.select(
        "doc",
        "line",
        "text",
        "start",
        reason=pl.when(pl.col("field"))
        .then(pl.lit("form label above the article"))
        .when(pl.col("text").str.strip_chars().str.contains(_BANNER))
        .then(pl.lit("site banner"))
        .otherwise(pl.lit("site section label")),
    )


# Whom a speech addresses, on its own line before the speech: "Ladies and gentlemen:",
# "Dear friends:", "Distinguished guests:", "Your Excellency Minister …:", "Comrades:".
_SALUTATION = (
    r"(?i)^(?:ladies\s+and\s+gentlemen|(?:dear|distinguished|honou?red|honou?rable|respected"
    r"|esteemed)\s+[^:：]{1,80}|(?:your\s+)?excellenc(?:y|ies)(?:\s+[^:：]{1,80})?|friends"
    r"|colleagues|comrades|good\s+(?:morning|afternoon|evening))\s*[:：]$"
)


# A line that stops on a word that needs more after it: its sentence or name goes on below.
_OPEN_END = r"(?i)(?:^|\s)(?:of|the|and|for|to|in|on|at|by|with|from)$"


# A short line over the headline: one or two words, no figure, no stop, no colon ("LINE",
# "Politics", "Discovery Trips"). Above a page's headline stand only its furniture: a share
# button, the section's name, the site's menu.
_SHORT = r"^\p{Lu}[\p{L}'’&-]*(?:\s+[\p{L}'’&-]+)?$"
# The page's first line may be longer, three or four words: the site's slogan or banner
# ("Knowing All about Hunan", "We Are China"). Lower down, a line that long over another is
# the article's short title over its summary ("Reporting for Duty").
_FIRST_SHORT = r"^\p{Lu}[\p{L}'’&-]*(?:\s+[\p{L}'’&-]+){2,3}$"
# The headline under them: the first line of four words or more before the first sentence of
# prose that is no residue and no field line ("Source: …", "2024-05-06 …", "May 6, 2024",
# "10:21"); a year alone in a headline is its subject ("2024 Investment Fair Opens").
# A field names itself in a word or two before its colon ("Source:", "Posted by:") or
# holds a figure after it ("Views: 12"); a headline's colon follows its subject, three
# words or more ("County Party chiefs: key to …").
_HEADLINE_WORDS = 4
_FIELD_LINE = (
    r"^[^:：\s]+(?:\s+[^:：\s]+)?\s*[:：]|[:：]\s*\d"
    r"|[|@/>]|\d{4}\s*[-./年]\s*\d|\d{1,2},?\s+\d{4}|\d{4}\s*$|\d:\d\d"
)
# A document's own parts and their numbers ("Part I", "Chapter Two", "Foreword") head its
# text, not a page.
_PART = (
    r"(?i)^(?:part|chapter|section|article|annex|appendix|contents|preface|foreword|"
    r"introduction|summary|abstract|conclusions?|notes?|[ivx]+)\b"
)


# A writer's name in pinyin alone ("Li Ming", "Ouyang Xiaofang") and the line naming the
# writer's post under it ("Beijing Correspondent, Lianhe Zaobao", "Senior Reporter").
_WRITER_NAME = r"^\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+){1,2}$"
_WRITER_POST = (
    r"(?i)\b(?:correspondents?|reporters?|columnists?|writers?|journalists?|editors?|contributors?"
    r"|commentators?)\b"
)


def above_headline(lines: pl.DataFrame, residue: pl.DataFrame) -> pl.DataFrame:
    """(doc, line, text, start) of the short lines above each document's headline.

    `residue` holds the (doc, line) of the lines already reported. The headline is the first
    line of four words or more in the title area (before the first line of prose) that is no
    residue and no field line, below the document's first line; the short lines over it
    (one or two capitalised words, or three or four on the page's first line, no figure or
    punctuation) are the page's where the
    title area holds a line already reported (a time stamp, a breadcrumb, a button), unless
    it holds a report's title block or the line names a part of a document.
    """
    stripped = pl.col("text").str.strip_chars()
    head = title_area(lines, residue)
    # A sentence in the title area ("The port grew.") starts the article: a headline and
    # the lines over it come before any.
    sentence = ~pl.col("residue") & stripped.str.contains(SENTENCE_END)
    headlines = (
        head.filter(
            (pl.col("rank") > 0)
            & (pl.col("words") >= _HEADLINE_WORDS)
            & ~pl.col("residue")
            & ~stripped.str.contains(_FIELD_LINE)
        )
        .group_by("doc")
        .agg(headline=pl.col("line").min())
        .join(
            head.filter(sentence).group_by("doc").agg(sentence=pl.col("line").min()),
            on="doc",
            how="left",
        )
        .filter((pl.col("headline") < pl.col("sentence")).fill_null(True))
    )
    reports = head.filter(pl.col("title_block")).select("doc").unique()
    # Only on a plain web page: a line over the headline or under it already residue.
    pages = head.filter(pl.col("residue")).select("doc").unique()
    # The writer's name over the writer's post ("Li Ming" over "Beijing Correspondent, …"),
    # under a line of four words or more that is no residue (the article's headline): the
    # article's byline, not a label over the page's headline.
    first = stripped.str.extract(r"^(\p{Lu}\p{Ll}+)\s", 1)
    byline = (
        stripped.str.contains(_WRITER_NAME)
        & first.is_in(sorted(pinyin_surnames())).fill_null(False)
        & stripped.shift(-1)
        .over("doc", order_by="line")
        .str.contains(_WRITER_POST)
        .fill_null(False)
        & ((pl.col("words") >= _HEADLINE_WORDS) & ~pl.col("residue"))
        .cast(pl.Int8)
        .cum_max()
        .shift(1)
        .over("doc", order_by="line")
        .fill_null(0)
        .cast(pl.Boolean)
    )
    return (
        head.join(headlines, on="doc", how="inner")
        .join(pages, on="doc", how="semi")
        .join(reports, on="doc", how="anti")
        .filter(
            (pl.col("line") < pl.col("headline"))
            & ~pl.col("residue")
            & ~byline
            & (
                stripped.str.contains(_SHORT)
                | ((pl.col("rank") == 0) & stripped.str.contains(_FIRST_SHORT))
            )
            & ~stripped.str.contains(_PART)
        )
        .sort("doc", "line")
        .select("doc", "line", "text", "start")
    )
