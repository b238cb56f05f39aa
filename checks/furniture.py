"""Page furniture that only its position gives away, and furniture glued to a line of text.

R601 judges most lines alone ("Print Close" is furniture wherever it stands). Some lines are
furniture only by where they stand: a section label ("News & Events") reads like a short
heading, and a "Tel: …" or "Date:" line can belong to a notice. These count only beside other
residue: a label at the top of the page, before the headline and the page's time stamp; a
contact, licence or date label next to a residue line. Other furniture shares its line with
text: a time stamp after the headline ("… | Updated: 2023-05-18 17:29") or a source tag glued
to the first sentence ("[InDalian--The city …").
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

import polars as pl
import regex

from tifa.checks.distinct import filter_distinct_by
from tifa.checks.prefilter import all_false
from tifa.checks.stamps import STAMP_LABEL, WHEN

# Words sites name their sections with; a label is one to four of them, capitalised.
SECTION_WORD = (
    r"news|events?|polic(?:y|ies)|work|reports?|government|affairs|latest|updates?|"
    r"announcements?|notices?|focus|headlines?|features?|investment|invest|business|economy|"
    r"culture|tourism|travel|photos?|videos?|gallery|local|city|china|world|national|"
    r"regional|opinions?|press|releases?|media|cent(?:er|re)|information|services?|public|"
    r"leaders?|leadership|documents?|speeches|activities|exchanges|cooperation|international|"
    r"overview|spotlight|interviews?|topics?|specials?|highlights|society|people|nation|"
    r"administrative|openness|transparency|guide|data|statistics|today|hot|top"
)
_LABEL = rf"(?:{SECTION_WORD})(?:\s*(?:&|and|\||/)?\s*(?:{SECTION_WORD})){{0,3}}"
# A site's address alone on its line: "govt.dalian.gov.cn".
_DOMAIN = r"(?:https?://)?(?:[\w-]+\.)+(?:com|cn|net|org|gov)(?:\.cn)?/?"
# A telephone number as sites print them: "+86-351-4034948", "010-85061466", "(0411) 8363 1234",
# "(202) 328-2500", a mobile's eleven digits ("199 5101 8268"). Written for both engines, so
# without look-arounds.
PHONE = (
    r"(?:\+\d{1,3}[\s-]?\(?\d{1,4}\)?[\s-]?\d{3,4}[\s-]?\d{3,4}|1[3-9]\d[\s-]?\d{4}[\s-]?\d{4}"
    r"|\(?0\d{2,3}\)?[\s-]?\d{7,8}|\(?0\d{2,3}\)?[\s-]\d{3,4}[\s-]\d{4}|\(\d{3}\)\s?\d{3}-\d{4})"
)
# A contact label: "Tel:", "Fax:", "Address:", "24-hour hotline:", "Email for Visa Application:"
# (the address itself a link the copy lost).
CONTACT_LABEL = (
    r"(?:[\p{L}-]+\s+){0,3}(?:tel|telephone|phone|fax|hotline)\.?\s*[:：]"
    r"|(?:add|address|postcode|post\s*code|zip(?:\s*code)?)\s*[:：]"
    r"|e-?mail(?:\s+(?:for|of)\s+[\p{L} ]{1,60})?\s*[:：]"
)
# Lines of a page's footer or header that a notice may carry too.
_FOOTER = (
    (rf"(?:{CONTACT_LABEL}).{{0,120}}|{PHONE}", "contact line"),
    (r"registration\s+(?:number|no\.?)\s*[:：]?.{1,40}", "site licence"),
    (r"(?:(?:release|publish(?:ed)?|post(?:ed)?|issue|update)d?\s*(?:time|date)?|date|time)\s*[:：]", "date label"),
)  # fmt: skip
_ANY_LABEL = f"(?i)^(?:{_LABEL})$"
_ANY_DOMAIN = f"(?i)^{_DOMAIN}$"
# The page's <title> at the top: a headline of three words or more, the site's name glued on
# with an underscore ("Port opens in Anshan_Anshan Daily"). Lower down, or without the
# headline's words, an underscore is a file's or a code's.
_TITLE_SITE = r"(?:\S+\s+){2,}\S*[^\s_]_\p{Lu}[\p{L}.' -]*"
_ANY_TITLE_SITE = f"^{_TITLE_SITE}$"
_TITLE_SITE_RE = regex.compile(_TITLE_SITE)
_ANY_FOOTER = "(?i)^(?:" + "|".join(p for p, _ in _FOOTER) + ")$"
_FOOTER_RE = [(regex.compile(p, regex.IGNORECASE), why) for p, why in _FOOTER]
# `_ANY_FOOTER` with the e-mail label's counted class of letters opened (``{1,60}`` to
# ``+``): a superset, whose automaton is small. Under (?i) that class is most of the exact
# pattern's cost, 0.06 s of CPU over the PO bench file's 20,000 distinct lines against
# 0.001 s opened; the exact pattern then reads only the lines this one lets through.
_LOOSE_FOOTER = _ANY_FOOTER.replace(r"[\p{L} ]{1,60}", r"[\p{L} ]+")
_DOMAIN_RE = regex.compile(_DOMAIN, regex.IGNORECASE)
# A line's last character closing a sentence: a headline has none.
_SENTENCE_END = r"[.!?。][\"'”’)]?$"


# The verbs of a photo caption, in the present tense: "Li Ming inspects a farm in Zhuanghe on
# May 3." News prose is in the past tense.
CAPTION_VERB = (
    r"inspects|visits|attends|meets|speaks|addresses|presides|chairs|delivers|talks|holds|"
    r"investigates|examines|checks|listens|views|poses|shakes|signs|hosts|receives|greets|"
    r"tours|surveys|conducts|joins|watches|learns|interacts|communicates|plants|unveils"
)


# Words a site's menu bar is made of. A bar is one line of five of them or more, half its
# words or more, with no punctuation of a sentence: "Home Business Local Travel Photos".
_NAV_WORD = (
    rf"{SECTION_WORD}|home(?:\s*page)?|about|contact|faq|weather|life|lifestyle|tour|tours|"
    r"sports?|opinion|multimedia|columnists|nation|forum|popular|subscribe|search|english|"
    r"living|working|studying|visiting|government|affairs|education|health|science|tech|"
    r"environment|agriculture|industry|trade|entertainment|blogs?|webcasts?|podcasts?|"
    # a city government's menu: "Mayor's Mailbox", "Government Bulletin", "Laws and Regulations"
    r"mailbox|bulletins?|laws|regulations"
)
_NAV_WORDS = rf"(?i)\b(?:{_NAV_WORD})\b"
_NAV_MIN = 5
# A bar holds one of the words no heading or name is made of ("China International Fair for
# Investment and Trade Press Center" has five section words but none of these).
_NAV_STRONG = (
    r"(?i)\b(?:home(?:\s*page)?|about|faq|weather|contact|search|subscribe|photos|videos|"
    r"multimedia|forum|opinion|lifestyle|sports|travel|tour)\b"
)
_NAV_STOP = r"[.,;:!?。，\"“”()]"
# The small words a menu item may hold ("Humanity and Art") count neither way.
_NAV_FILLER = r"(?i)\b(?:and|of|the|in)\b|[&|/·•]"


def nav_bar(column: str = "text") -> pl.Expr:
    """Whether each value of `column` is a site's menu bar set as one line of words."""
    text = pl.col(column).str.strip_chars()
    nav = text.str.count_matches(_NAV_WORDS)
    words = text.str.count_matches(r"[\p{L}\d]+") - text.str.count_matches(_NAV_FILLER)
    return (
        (nav >= _NAV_MIN)
        & (nav * 2 >= words)
        & text.str.contains(_NAV_STRONG)
        & ~text.str.contains(_NAV_STOP)
    )


def nav_bars(table: pl.DataFrame, column: str = "text") -> pl.DataFrame:
    """The rows of `table` whose `column` is a menu bar (`nav_bar`). A line with a sentence's
    punctuation is none, and most lines have some: they are left out before the word counts,
    which polars would otherwise take on every line."""
    return table.filter(~pl.col(column).str.contains(_NAV_STOP)).filter(nav_bar(column))


def is_nav_bar(text: str) -> bool:
    """`nav_bar` for one line: the same test in Python, for naming a selected line's reason."""
    nav = len(regex.findall(_NAV_WORDS, text))
    words = len(regex.findall(r"[\p{L}\d]+", text)) - len(regex.findall(_NAV_FILLER, text))
    return (
        nav >= _NAV_MIN
        and nav * 2 >= words
        and regex.search(_NAV_STRONG, text) is not None
        and not regex.search(_NAV_STOP, text)
    )


def residue_by_position(lines: pl.DataFrame, residue: pl.DataFrame) -> pl.DataFrame:
    """(doc, line, text, start, reason) of the lines that are furniture by their neighbours.

    `residue` holds the (doc, line) of the lines reported as furniture alone (not a report's
    own date in its title block, which is no evidence of a page around it). A page title
    signed with an underscore counts when every line above it is residue; a section label
    or a site's address when, besides, residue follows within three lines, the lines between
    being headlines (no full stop); a footer line counts next to residue.
    Three passes let furniture vouch for furniture ("Tel: …" above "Address: …" above "©").
    """
    stripped = pl.col("text").str.strip_chars()
    # A label starts with a capital ("News & Events"); words of a sentence in lower case do not.
    label = (
        stripped.str.contains(_ANY_LABEL) & stripped.str.contains("^[A-Z]")
    ) | stripped.str.contains(_ANY_DOMAIN)
    title = stripped.str.contains(_ANY_TITLE_SITE)

    def candidate(values: pl.Series) -> pl.Series:
        texts = values.to_frame("text")
        footer = _is_footer(texts.select(stripped).to_series())
        return texts.select((label | title).fill_null(False)).to_series() | footer

    # Once per distinct line: a translation memory repeats its units.
    docs = filter_distinct_by(lines, "text", candidate)["doc"].unique()
    if docs.is_empty():
        return lines.head(0).with_columns(reason=pl.lit("", dtype=pl.String))
    marked = residue.select("doc", "line").with_columns(residue=pl.lit(True))
    frame = (
        lines.filter(pl.col("doc").is_in(docs.implode()) & (stripped != ""))
        .join(marked, on=["doc", "line"], how="left")
        .sort("doc", "line")
        .with_columns(
            residue=pl.col("residue").fill_null(False),
            label=label,
            title=title,
            footer=stripped.str.contains(_ANY_FOOTER),
            ends=stripped.str.contains(_SENTENCE_END),
        )
        .with_columns(flag=pl.col("residue"))
    )
    for _ in range(3):
        flag = pl.col("flag")
        ends = pl.col("ends")
        above_all = (flag.cast(pl.Int8).cum_min().shift(1).fill_null(1) == 1).over("doc")
        ahead = (
            flag.shift(-1).fill_null(False)
            | (flag.shift(-2).fill_null(False) & ~ends.shift(-1).fill_null(True))
            | (
                flag.shift(-3).fill_null(False)
                & ~ends.shift(-1).fill_null(True)
                & ~ends.shift(-2).fill_null(True)
            )
        ).over("doc")
        beside = (flag.shift(1).fill_null(False) | flag.shift(-1).fill_null(False)).over("doc")
        frame = frame.with_columns(
            flag=pl.col("residue")
            | (pl.col("label") & above_all & ahead)
            | (pl.col("title") & above_all)
            | (pl.col("footer") & beside)
        )
    found = frame.filter(pl.col("flag") & ~pl.col("residue")).select("doc", "line", "text", "start")
    reasons = [_position_reason(text) for text in found["text"].to_list()]
    return found.with_columns(reason=pl.Series(reasons, dtype=pl.String))


def _is_footer(values: pl.Series) -> pl.Series:
    """Whether each of `values` (lines, stripped) matches `_ANY_FOOTER` (null: False), the
    exact pattern run only over the lines `_LOOSE_FOOTER` lets through."""
    through = values.str.contains(_LOOSE_FOOTER).fill_null(False).arg_true()
    out = all_false(values)
    if not len(through):
        return out
    exact = values.gather(through).str.contains(_ANY_FOOTER).fill_null(False)
    return out.scatter(through, exact)


def first_reason(patterns: Sequence[tuple[regex.Pattern[str], str]], text: str) -> str | None:
    """The reason paired with the first pattern matching the whole of `text`, or None."""
    return next((why for pattern, why in patterns if pattern.fullmatch(text)), None)


def _position_reason(text: str) -> str:
    stripped = text.strip()
    found = first_reason(_FOOTER_RE, stripped)
    if found is None and _TITLE_SITE_RE.fullmatch(stripped):
        return "page title with the site's name"
    if found is None and _DOMAIN_RE.fullmatch(stripped):
        return "site address"
    return found or "site section label"


# A time stamp the page set after the headline, behind a pipe or a wide gap.
_STAMP_AFTER_TEXT = (
    r"[ \t]*(?:\|[ \t]*|[ \t]{3,})"
    rf"{STAMP_LABEL}{WHEN}(?:[\s,]+{WHEN})*[ \t]*$"
)
# A source tag opening the first sentence, its bracket never closed: "[InDalian--The …".
_SOURCE_TAG = (
    r"^[ \t]*\[[ \t]*(?-i:(?:In[ \t]*)?\p{Lu}\p{L}+(?:[ \t]\p{Lu}\p{L}+)?)[ \t]*(?:--|—|–)"
)
# A link to a page of coverage in brackets, after the paragraph's last sentence:
# "… with a communique issued. [Special Coverage]".
_LINK_LABEL = r"(?<=[.!?”\"’])[ \t]*\[(?:special|full|related|more)[ \t]+(?:coverage|reports?|stories|news)\][ \t]*$"
# A date the page glued to the end of the headline, a space before it: "… Port Opening
# 2018-07-26". A sentence ends with its stop; a line ending in a bare date is a title's.
_DATE_AFTER_TITLE = (
    r"(?<=\p{L})[ \t]+\d{4}-\d{1,2}-\d{1,2}(?:[ \t]+\d{1,2}:\d{2}(?::\d{2})?)?[ \t]*$"
)
# The page's date glued to the end of the lead, after its last sentence: "… on Tuesday.  April
# 16, 2024", "… on Tuesday.2024-04-16". A paragraph's own date closes a sentence; the stop
# closes a word, not an abbreviation's letter ("Beijing | 11:30 a.m. March 5, 2024").
_DATE_AFTER_TEXT = (
    r"(?:(?<=\p{Ll}\p{Ll}[.!?])|(?<=[.!?][”\"’]))[ \t]*(?:(?:January|February|March|April|May|June|July"
    r"|August|September|October|November|December) \d{1,2}, \d{4}|\d{4}-\d{1,2}-\d{1,2})[ \t]*$"
)
# A source or editor credit run into the last sentence: "… this year.Source: Dalian Daily".
_CREDIT_AFTER_TEXT = r"(?<=[.!?”\"’])[ \t]*(?-i:Source|Editor|Reporter|Translator|Written by|Edited by)[ \t]*[:：][^.!?。\n]{1,60}$"
# A credit without its colon run into the last sentence, names and nothing after them:
# "… on June 16. Edited by Li Ming and Wang Fang". A sentence that goes on after the
# names ("Edited by Li Ming, the volume …") is the article's.
_CREDIT_NAMES_AFTER_TEXT = (
    r"(?<=[.!?”\"’])[ \t]+(?-i:(?:Edited|Written|Reported|Translated|Compiled|Proofread) by)[ \t]+"
    r"(?-i:\p{Lu}[\p{L}'’.-]+(?:[ \t]+(?:and[ \t]+)?\p{Lu}[\p{L}'’.-]+){1,7})[ \t]*\.?[ \t]*$"
)
# The page's buttons glued to the article's first word: "Print PrintTianjin’s port …". A
# capital after "Print" with no space is no word of English.
_CONTROL_BEFORE_TEXT = (
    r"^[ \t]*(?:(?:Print|Close|Share)[ \t]*[|·]?[ \t]*)*(?:Print|Close|Share)(?=\p{Lu}\p{Ll})"
)
# A credit in brackets after the paragraph's last sentence: "… 3,000 jobs. (Source: Dalian
# Daily)", "… [Reporter: Li Ming Editor: Wang Fang]", "… (By Li Ming)", "… (source
# Jinzhou Daily)". Agencies sign a
# dateline at the start ("DALIAN, May 6 (Xinhua) --"), never a labelled credit at the end.
_BRACKET_CREDIT = (
    r"(?<=[.!?”\"’])[ \t]*[(\[（【][ \t]*(?:"
    r"(?i:source|sources|reporter|reporters|editor|editors|writer|author|translator|correspondent)"
    r"[ \t]*[:：]|(?-i:By|Written by|Edited by|Reported by)[ \t]+\p{Lu}"
    # the source's label without its colon, a name in capitals after it: "(source Jinzhou
    # Daily)"; "(sources close to the talks)" goes on in lower case
    r"|(?i:source)[ \t]+\p{Lu}"
    # the site that ran it and the writer: "(hubei.gov.cn by Li Ming)"
    r"|(?:[\w-]+\.)+(?i:com|cn|net|org|gov)(?:\.cn)?[ \t]+(?i:by)[ \t]+\p{Lu}"
    # a translator named anywhere in the bracket: "(By the Municipal Bureau of Commerce,
    # translated by Li Ming, edited by …)", "(Text and photo by …, translated by …)"
    r"|(?=[^()\[\]（）【】\n]{0,100}(?-i:translated by)[ \t]+\p{Lu})"
    # the paper first, then the credit's label with its colon or slash: "(Sanxia Daily:
    # Reporter/Li Ming)", "(Hubei Daily, reporter: Li Ming; editor: Wang Fang)"; a bracket of
    # prose names no post and a colon or a slash after it
    r"|(?=[^()\[\]（）【】\n]{0,60}\b(?i:reporters?|editors?|correspondents?|photographers?)"
    r"[ \t]*[:：/][ \t]*\p{Lu}))"
    r"[^()\[\]（）【】\n]{1,100}[)\]）】][ \t]*$"
)
# The reporter's credit in brackets after the dateline that opens the story, the story
# glued to it: "Dalian Daily, May 6 (Reporter Li Ming) On the morning …", "News from this
# website (Li Ming, Dalian Daily reporter)On May 5 …", "Harbour Net, Jan 10 (Harbour News
# reporter Li Ming/Wang Fang/photo) Yesterday …". Before the bracket only the opening's date or
# outlet; a reporter named in a sentence ("Li Ming (a reporter) said …") goes on in lower case.
_CREDIT_SMALL = (
    r"(?i:reporters?|correspondents?|photo(?:grapher)?s?|by|staff|social|media|all-media|"
    r"multimedia|intern|trainee|special|text|from|of|and|the|an?)\b"
)
_DATELINE_CREDIT = (
    r"(?<=^[ \t]*(?:[^.!?()（）\n]{0,80}?(?:\d|(?i:daily|news|net|network|website|media|times"
    r"|post|tv|radio|app)))?[ \t,，:：]*)"
    r"[(（](?=[^()（）\n]{0,120}(?:(?i:\breporters?\b|\bcorrespondents?\b)|/[ \t]*(?i:photo)\b))"
    # names and the credit's own small words only: "(reporters counted 300 ships)" is prose
    # (each word taken whole, possessively: a failing match does not split capitals apart)
    rf"(?:[ \t,，/、]*+(?:\p{{Lu}}[\p{{L}}'’.-]*+|{_CREDIT_SMALL}))++[ \t]*[)）](?=[ \t]*\p{{Lu}})"
)
# A byline glued to the end of the headline: "City opens new logistics parkBy Li Ming". No
# word of English has a capital B after a small letter.
_BYLINE_AFTER_TITLE = (
    r"(?<=\p{Ll})(?-i:By)[ \t]\p{Lu}[\p{L}'’.-]+(?:[ \t]\p{Lu}[\p{L}'’.-]+){0,3}[ \t]*$"
)
# What is left of a link's tag whose opening the copy cut: the end of its address and its
# attributes, closed by ">": "… meeting of the dalian.com target=_blank >Dalian Municipal …".
# A whole tag ("<a href=…>") has its "<" and is markup, not this.
_TAG_REMNANT = (
    r"(?<![<\w.\"'=/-])[\w-]+(?:\.[\w-]+)+[\w/?=&%#.-]*[\"']?[ \t]+"
    r"(?:(?i:target|href|src|class|style|rel|alt|title|id|width|height|border|align)[ \t]*=[ \t]*"
    r"(?:\"[^\"\n<>]{0,200}\"|'[^'\n<>]{0,200}'|[^\s\"'<>]{1,200})[ \t]*)+/?>"
)
# An image's file name left before the text, glued to it or with its size between: "1-2.jpgLi
# Ming met …", "dot.gif (302 bytes) City opens …". Only at the line's start: a file name
# inside a sentence or an address is the writer's.
_IMAGE_BEFORE_TEXT = (
    r"^[ \t]*[\w-]{1,40}\.(?:jpe?g|png|gif|webp|bmp)"
    r"(?:[ \t]*\(\d[\d,.]*[ \t]?(?:bytes|kb|k)\))?(?=[ \t]*\p{Lu})"
)
# The page's source and time stamp glued to the dateline that opens the story: "Xinhua|
# 2024-04-26 11:25:43BEIJING, April 26 (Xinhua) --". The agency, a pipe and a stamp to the
# second or the minute open no sentence.
_STAMP_BEFORE_TEXT = (
    r"^[ \t]*(?:source[ \t]*[:：][ \t]*)?(?:xinhua|china[ \t]?daily|cgtn|[\w-]+(?:\.[\w-]+)*\.(?:com|cn|net|org)(?:\.cn)?)"
    r"[ \t]*\|[ \t]*\d{4}-\d{1,2}-\d{1,2}[ \t]+\d{1,2}:\d{2}(?::\d{2})?(?=[ \t]*\p{Lu})"
)
# A page's date glued to the first word of a teaser or a story, no space between:
# "2015-06-04The mayor of …". No sentence runs a date into a word.
_DATE_BEFORE_TEXT = r"^[ \t]*\d{4}-\d{1,2}-\d{1,2}(?=\p{Lu}\p{L})"
# The page's date under its label, no colon, set before the headline on the headline's own
# line: "date 2023-04-03 Port opens new container terminal". No sentence opens with the
# word "date" and a date in figures; a notice's field ("Date: 2023-04-03 Venue: …") has
# its colon and is left to the notice.
_DATE_LABEL_BEFORE_TEXT = r"^[ \t]*(?i:date)[ \t]+\d{4}-\d{1,2}-\d{1,2}(?=[ \t]+\p{Lu})"
# A wire service's end mark after the story's last sentence: "… on all fronts. Enditem".
_END_MARK = r"(?<=[.!?”\"’])[ \t]*(?i:enditem)[ \t]*$"
# A live page's post stamp run into the post's title, as the BBC prints it: "Who are the new
# leaders?published at 07:53 British Summer Time 25 October 2017"; prose never glues
# "published" to the word before it, and the stamp ends the line.
_LIVE_POST_STAMP = (
    r"(?<=[\p{L}?!.])published at \d{1,2}:\d{2}(?: \p{Lu}\p{L}+){0,3} \d{1,2} "
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December) \d{4}[ \t]*$"
)
_GLUED = (
    (regex.compile(_STAMP_BEFORE_TEXT, regex.IGNORECASE), "source and time stamp before the text"),
    (regex.compile(_IMAGE_BEFORE_TEXT, regex.IGNORECASE), "image file name before the text"),
    (regex.compile(_TAG_REMNANT), "remnant of a link's HTML tag"),
    (regex.compile(_BRACKET_CREDIT), "credit in brackets after the text"),
    (regex.compile(_BYLINE_AFTER_TITLE), "byline glued to the headline"),
    (regex.compile(_DATELINE_CREDIT), "reporter's credit in the dateline"),
    (regex.compile(_STAMP_AFTER_TEXT, regex.IGNORECASE), "time stamp after the headline"),
    (regex.compile(_CONTROL_BEFORE_TEXT), "page control glued to the text"),
    (regex.compile(_DATE_AFTER_TITLE), "date glued to the headline"),
    (regex.compile(_CREDIT_AFTER_TEXT), "credit run into the text"),
    (regex.compile(_CREDIT_NAMES_AFTER_TEXT), "credit run into the text"),
    (regex.compile(_SOURCE_TAG, regex.IGNORECASE), "source tag before the text"),
    (regex.compile(_LIVE_POST_STAMP), "live post's time stamp glued to its title"),
    (regex.compile(_LINK_LABEL, regex.IGNORECASE), "link label after the text"),
    (regex.compile(_DATE_BEFORE_TEXT), "date glued to the text"),
    (regex.compile(_DATE_LABEL_BEFORE_TEXT), "page's date before the headline"),
    (regex.compile(_END_MARK), "wire service's end mark"),
    (regex.compile(_DATE_AFTER_TEXT), "page's date glued to the text"),
)
GLUED_PREFILTER = (
    r"(?i)(?:\||[ \t]{3})[ \t]*(?:updated|published|release|date|time)"
    r"|^[^|\n]{4,40}\|[ \t]*\d{4}-\d{1,2}-\d{1,2}[ \t]+\d{1,2}:\d{2}"
    r"|^[ \t]*\[[ \t]*\p{Lu}\p{L}+[ \t]*\p{L}*[ \t]*(?:--|—|–)"
    r"|\[(?:special|full|related|more)[ \t]+(?:coverage|reports?|stories|news)\][ \t]*$"
    r"|\p{L}[ \t]+\d{4}-\d{1,2}-\d{1,2}(?:[ \t]+\d{1,2}:\d{2}(?::\d{2})?)?[ \t]*$"
    r"|[.!?”\"’][ \t]*(?:Source|Editor|Reporter|Translator|Written by|Edited by)[ \t]*[:：]"
    r"|[.!?”\"’][ \t]+(?-i:(?:Edited|Written|Reported|Translated|Compiled|Proofread) by)[ \t]+\p{Lu}"
    r"|^[ \t]*(?-i:(?:(?:Print|Close|Share)[ \t]*[|·]?[ \t]*)*(?:Print|Close|Share)\p{Lu}\p{Ll})"
    r"|[.!?”\"’][ \t]*[(\[（【][ \t]*(?:source|reporter|editor|writer|author|translator|correspondent|by|written|edited|reported)"
    r"|[.!?”\"’][ \t]*[(\[（【][^()\[\]（）【】\n]{0,100}translated by"
    r"|[.!?”\"’][ \t]*[(\[（【][^()\[\]（）【】\n]{0,60}\b(?:reporters?|editors?|correspondents?|photographers?)[ \t]*[:：/]"
    r"|[.!?”\"’][ \t]*[(\[（【][ \t]*(?:[\w-]+\.)+(?:com|cn|net|org|gov)(?:\.cn)?[ \t]+by[ \t]"
    r"|\p{Ll}(?-i:By)[ \t]\p{Lu}"
    r"|[(（][^()（）\n]{0,120}(?:\breporters?\b|\bcorrespondents?\b|/[ \t]*photo\b)[^()（）\n]{0,120}[)）][ \t]*\p{Lu}"
    r"|^[ \t]*[\w-]{1,40}\.(?:jpe?g|png|gif|webp|bmp)"
    r"|[ \t](?:target|href|src|class|style|rel|alt|title|id|width|height|border|align)[ \t]*=[^<>\n]{0,400}>"
    r"|^[ \t]*\d{4}-\d{1,2}-\d{1,2}(?-i:\p{Lu}\p{L})|[.!?”\"’][ \t]*enditem[ \t]*$"
    r"|^[ \t]*date[ \t]+\d{4}-\d{1,2}-\d{1,2}[ \t]+(?-i:\p{Lu})"
    r"|[.!?][”\"’]?[ \t]*(?:(?:january|february|march|april|may|june|july|august|september"
    r"|october|november|december) \d{1,2}, \d{4}|\d{4}-\d{1,2}-\d{1,2})[ \t]*$"
    r"|[\p{L}?!.](?-i:published)[ \t]+at[ \t]+\d{1,2}:\d{2}"
)


def glued_residue(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, reason) of furniture sharing a line with text."""
    for pattern, why in _GLUED:
        m = pattern.search(text)
        if m is None or not (text[: m.start()].strip() or text[m.end() :].strip()):
            continue  # a line of its own is R601's whole-line business
        found = m.group()
        start = m.start() + len(found) - len(found.lstrip())
        yield start, m.start() + len(found.rstrip()), why
