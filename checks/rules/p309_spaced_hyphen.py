"""P309 spaced-hyphen."""

from __future__ import annotations

import polars as pl
import regex

from tifa.checks import dashes
from tifa.checks.context import Context
from tifa.checks.numbers import MONTH as _MONTH
from tifa.checks.registry import rule
from tifa.checks.rule import Fix, Severity, add_row, new_rows, output
from tifa.checks.scan import matches
from tifa.checks.wire_copy import HEADLINE_CREDIT

# A hyphen with white space on one or both sides, between two words or numbers, or after a
# closing quote or bracket with spaces both sides, before a word ("the “bridge nose” -
# project"; "(0411) - 8888" is a telephone number). A suspended
# hyphen ("small- and medium-sized") is correct English and is left alone.
_CLOSERS = "”’\"')]"
_CLOSER = f"[{regex.escape(_CLOSERS)}]"
_PATTERN = regex.compile(
    r"(?<=(?P<left>[\p{L}\p{N}]))(?P<gap>[ \t]+-[ \t]*|-[ \t]+)(?=(?P<right>[\p{L}\p{N}]+))"
    rf"|(?<=(?P<left>{_CLOSER}))(?P<gap>[ \t]+-[ \t]+)(?=(?P<right>\p{{L}}+))"
)
_SUSPENDED = frozenset({"and", "or", "to", "nor"})
# A lower-case word right before the gap: with a figure after "-", the hyphen is a minus sign
# ("temperatures of -30°C"), where "COVID -19" (a name cut by a space) is still reported.
_LOWER_WORD_BEFORE = regex.compile(r"(?<![\p{L}\p{N}])\p{Ll}+$")


# A dateline with its date before the dash: "Beijing, March 14 - …", "DALIAN, Sept. 6 - …".
_DATED_DATELINE = regex.compile(
    rf"[ \t]*\p{{Lu}}[\p{{L}}]+(?:[ ]\p{{Lu}}[\p{{L}}]+){{0,2}},[ ](?:{_MONTH}[ ]\d{{1,2}}|\d{{1,2}}[ ]{_MONTH})"
    r"(?:,[ ]\d{4})?[ \t]*"
)
# A number opened by a zero and four digits long or more is an identifier (a site's
# registration number, a telephone's area code), never the first end of a range.
_IDENTIFIER = regex.compile(r"(?<!\d)0\d{3,}[ \t]*$")
# An open range of years in a copyright line: "Copyright © 2005- Dalian Daily".
_OPEN_COPYRIGHT = regex.compile(r"(?i)(?:©|\(c\)|copyright)[ \t]*(?:19|20)\d\d$")
# A list's number at the head of its line with a hyphen after it, a capital after the space:
# "1- Receives guests from …", "12- Guides the work of …". The hyphen is the number's mark,
# as a full stop or a bracket would be; closing the gap ("1-Receives") would damage the item.
_LIST_NUMBER = regex.compile(r"(?:^|(?<=\n))[ \t]*\d{1,2}$")
# Two hyphens spaced both sides between words in one sentence: a pair of dashes round an
# aside ("two ports - Beihai and Qinzhou - on the coast"), never a compound to close up.
_SPACED_BOTH = regex.compile(r"(?<=[\p{L}\p{N}])[ \t]+-[ \t]+(?=\p{L})")
# Page furniture, not prose: a line of two words joined by a spaced hyphen ("Share - WeChat",
# a button's label) or a line whose fields are set off by spaced hyphens, two in a row among
# them ("China Daily - - FRONT PAGE - Contact the writer").
# Words that open a clause or an aside, never the second half of a compound: after a spaced
# hyphen before one of them ("abroad - including …", "grew fast - its output …") a dash was
# meant, and closing the gap up ("abroad-including") would damage the text.
_ASIDE_OPENERS = frozenset(
    [
        "the",
        "a",
        "an",
        "its",
        "their",
        "his",
        "her",
        "our",
        "this",
        "that",
        "these",
        "those",
        "which",
        "who",
        "whose",
        "where",
        "when",
        "while",
        "including",
        "especially",
        "particularly",
        "namely",
        "such",
        "as",
        "and",
        "but",
        "or",
        "not",
        "from",
        "with",
        "for",
        "in",
        "on",
        "at",
        "to",
        "by",
        "of",
        "it",
        "they",
        "we",
        "he",
        "she",
        "there",
    ]
)
_ADVERB_BEFORE = regex.compile(r"(?<![\p{L}\p{N}])\p{Ll}{3,}ly$")
# Three names, each one capitalised word, joined by spaced hyphens ("the Beijing - Tianjin -
# Hebei region"): a compound of places with its hyphens spaced, not an aside between dashes.
_NAME_CHAIN = regex.compile(
    r"(?<![\p{L}\p{N}])\p{Lu}\p{Ll}+(?:[ \t]+-[ \t]+\p{Lu}\p{Ll}+){2,}(?![\p{L}\p{N}])"
)


# Titles that follow a person's name as an appositive, and a capitalised word (a name's
# last word) before the gap.
_TITLE_WORDS = frozenset(
    {
        "secretary",
        "mayor",
        "governor",
        "director",
        "chairman",
        "chairwoman",
        "deputy",
        "vice",
        "member",
        "head",
        "president",
        "minister",
        "magistrate",
        "chief",
        "commissioner",
    }
)
_NAME_BEFORE = regex.compile(r"(?<![\p{L}\p{N}])\p{Lu}\p{Ll}+[ \t]*$")


def _in_name_chain(text: str, gap: int) -> bool:
    """Whether the spaced hyphen at `gap` joins two names of a chain of place names."""
    return any(c.start() < gap < c.end() for c in _NAME_CHAIN.finditer(text))


def _opens_aside(text: str, gap: int, right: str) -> bool:
    """Whether a spaced hyphen between words stands for a dash: the word after it opens a
    clause or an aside, or the word before it is an adverb ending a clause ("quickly -")."""
    if right.islower() and right in _ASIDE_OPENERS:
        return True
    return bool(right.islower() and _ADVERB_BEFORE.search(text, 0, gap))


_LABEL_LINE = regex.compile(r"[ \t]*\p{Lu}[\p{L}\p{N}]*[ \t]+-[ \t]+[\p{L}\p{N}]+[ \t]*")
_FIELD_RUN = regex.compile(r"[ \t]-[ \t]+-[ \t]")


def _furniture_line(text: str, at: int) -> bool:
    """Whether the line of `text` holding offset `at` is a label or a row of fields."""
    lo = text.rfind("\n", 0, at) + 1
    hi = text.find("\n", at)
    line = text[lo : hi if hi >= 0 else len(text)]
    return bool(_LABEL_LINE.fullmatch(line) or _FIELD_RUN.search(line))


@rule("P309", "spaced-hyphen", Severity.WARNING, Fix.UNSAFE)
def spaced_hyphen(ctx: Context) -> pl.DataFrame:
    """A hyphen with a space on one or both sides.

    ## What it does
    Finds hyphens between two words or numbers with white space beside them: "2020- 2021",
    "pseudo - finance", "pre -zones", and a hyphen spaced both sides after a closing quote
    or bracket, where a dash was meant ("the “bridge nose” - project"). Suspended hyphens
    ("small- and medium-sized") are correct and left alone; so is the dash after a dateline
    ("BEIJING - President…", "DALIAN, Sept 6 - …", "Beijing, March 14 - China's …"), an
    open range of years in a copyright line ("© 2005- Dalian Daily"), a list item's number
    at the head of its line ("1- Receives guests …"), page furniture (a two-word label
    "Share - WeChat", a row of fields with "- -" between them), the source a wire headline
    credits at the line's end ("… on graft charges -Xinhua", "… - Reuters"), and a spaced
    hyphen closing an aside opened by a true dash is P315's business. A hyphen spaced only before a figure, after a word in lower case, is
    a minus sign ("a depth of -19.5 m"). A hyphen spaced both sides before a word that
    opens a clause or an aside ("abroad - including …", "grew - its output …") or after an
    adverb ending a clause ("quickly - …") stands for a dash, and a dash is suggested; but
    the spaced hyphens of a chain of one-word names ("the Beijing - Tianjin - Hebei region")
    join a compound, and closing them up is suggested. A hyphen between a name and the title
    set after it ("Wu Lan- Mayor of the city") stands for the comma of an appositive, which
    is suggested.

    ## Why is this bad?
    A spaced hyphen is neither a hyphen (which joins without spaces) nor a dash (which is a
    longer mark); it is usually a compound or a range broken by an editor or a converter.

    ## Example
    ```text
    the Business Environment (2020- 2021)
    ```

    ## Use instead
    ```text
    the Business Environment (2020–2021)
    ```

    ## Fix safety
    Unsafe: between numbers an en dash is suggested, between words a closed-up hyphen (a
    dash where two spaced hyphens in the sentence set off an aside); but a
    spaced hyphen between words may have been meant as a dash, so a person decides.
    """
    rows = new_rows()
    prefilter = (
        rf"[\p{{L}}\p{{N}}]([ \t]+-[ \t]*|-[ \t]+)[\p{{L}}\p{{N}}]|{_CLOSER}[ \t]+-[ \t]+\p{{L}}"
    )
    paired: dict[tuple[int, int], set[int]] = {}
    for doc, base, text, m in matches(ctx.segments, "tgt", prefilter, _PATTERN):
        gap, left, right = m.group("gap"), m.group("left"), m.group("right")
        if gap.startswith("-") and right.lower() in _SUSPENDED:
            continue
        if dashes.is_dateline(text, m.start("gap")) or _DATED_DATELINE.fullmatch(
            text, 0, m.start("gap")
        ):
            continue  # "BEIJING - President…", "Beijing, March 14 - …": a dateline's dash
        if gap[0] in " \t" and _furniture_line(text, m.start("gap")):
            continue  # "Share - WeChat", "Daily - - FRONT PAGE": page furniture, not prose
        if gap[0] == "-" and right[:1].isupper() and _LIST_NUMBER.search(text, 0, m.start("gap")):
            continue  # "1- Receives guests …": a list item's number, not a compound
        if gap[0] in " \t" and HEADLINE_CREDIT.match(text, m.start("gap")):
            continue  # "… on graft charges -Xinhua": the headline credits its source
        if gap[0] == "-" and _OPEN_COPYRIGHT.search(text, 0, m.start("gap")):
            continue  # "© 2005- Dalian Daily": an open range of years, not a compound
        if gap[-1] == "-" and right[:1].isdigit() and _LOWER_WORD_BEFORE.search(text, 0, m.start()):
            continue  # "a depth of -19.5 m": a minus sign after a word of the sentence
        if (doc, base) not in paired:
            paired[(doc, base)] = {odd.start for odd, _ in dashes.mismatched(text)}
        if m.start("gap") in paired[(doc, base)]:
            continue  # a dash pair's odd half: P315 reports it
        numbers = left.isdigit() and right[:1].isdigit()
        if numbers and _IDENTIFIER.search(text, 0, m.start("gap")):
            continue  # "ICP: 05028271 -1": a registration number's suffix, not a range
        replacement = "–" if numbers else "-"
        if (
            gap[-1] in " \t"
            and right.lower() in _TITLE_WORDS
            and _NAME_BEFORE.search(text, 0, m.start("gap"))
        ):
            # "Yi Feng- Secretary of …": a title set after a name, an appositive that a comma
            # sets off; closing the gap up would glue name and title into one word.
            message = "hyphen between a name and the title after it; set the title off with ','"
            add_row(rows, doc, base + m.start("gap"), base + m.end("gap"), message, ", ")
            continue
        if left in _CLOSERS:
            # after a quotation or a bracket the words are not a compound: a dash was meant
            message, replacement = "spaced hyphen used as a dash; set a dash ('—')", "—"
        elif numbers:
            message = "spaced hyphen in a range; use '–' without spaces"
        elif _in_name_chain(text, m.start("gap")):
            message = "spaced hyphen in a compound; use '-' without spaces"
        elif gap[0] in " \t" and gap[-1] in " \t" and len(_SPACED_BOTH.findall(text)) == 2:
            message, replacement = "spaced hyphens used as a pair of dashes; set dashes ('—')", "—"
        elif gap[0] in " \t" and gap[-1] in " \t" and _opens_aside(text, m.start("gap"), right):
            message, replacement = "spaced hyphen used as a dash; set a dash ('—')", "—"
        elif gap[0] in " \t" and gap[-1] in " \t":
            message = "spaced hyphen: close it up for a compound ('-') or set a dash ('—')"
        else:
            message = "spaced hyphen in a compound; use '-' without spaces"
        add_row(rows, doc, base + m.start("gap"), base + m.end("gap"), message, replacement)
    return output(rows)
