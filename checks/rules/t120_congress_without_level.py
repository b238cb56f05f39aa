"""T120 congress-without-level."""

from __future__ import annotations

import polars as pl
import regex

from tifa.checks.congress import ORDINAL
from tifa.checks.context import Context
from tifa.checks.registry import rule
from tifa.checks.rule import Fix, Severity, add_row, new_rows, output
from tifa.checks.scan import prose_matches
from tifa.glossary.gazetteer import is_municipality, level_word

_S = r"[ \u00a0]+"
# A capitalised place name straight before "People's Congress", with no level word between.
_PATTERN = regex.compile(
    rf"(?<![\p{{L}}\p{{N}}'’-])(?P<place>\p{{Lu}}\p{{Ll}}+(?:['’]\p{{Ll}}+)?)"
    rf"{_S}(?P<body>People['’]s{_S}Congress)(?![\p{{L}}\p{{N}}-])"
)
_PREFILTER = r"\p{Lu}\p{Ll}+(?:['’]\p{Ll}+)?[ \u00a0]+People['’]s[ \u00a0]+Congress"
_NOT_PLACE_AFTER_IN = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Beijing)"
)
# "the 1st Session of the 16th People's Congress": a congress by its term with neither
# "National" nor a place and level, nor "of" after it ("the 11th People's Congress of Tibet
# Autonomous Region", "… of the region" name its place).
_BY_TERM = regex.compile(
    rf"(?<![\p{{L}}\p{{N}}'’-])(?P<term>{ORDINAL}){_S}(?P<body>People['’]s{_S}Congress)"
    rf"(?![\p{{L}}\p{{N}}-])(?!{_S}of\b)(?!{_S}\((?:NPC|\p{{Lu}}))"
    # "the 14th People's Congress in Hengyang" names its place after "in" as "of" does; not a
    # month or a day ("in March"), nor Beijing, where the national congress sits.
    rf"(?!{_S}in{_S}(?!{_NOT_PLACE_AFTER_IN}\b)\p{{Lu}})"
)
# A heading broken over two lines names its place on the next: "… of the Seventh People's
# Congress" and then "of Hainan Province" (after a blank line or not).
_PLACE_ON_NEXT_LINE = regex.compile(r"[ \t\u00a0]*\r?\n\s*of\s+(?:the\s+)?\p{Lu}")
# A headline: a short line with no sentence end ("Annual session of Harbin People's Congress
# concludes"). Headlines shorten names; one whose page names the body in full is left alone.
_HEADLINE_WORDS = 16
_SENTENCE_END = regex.compile(r"[.!?;:。][”’\"')]*\s*$")


def _in_headline(text: str, pos: int) -> bool:
    """Whether the line holding `pos` reads as a headline: short, with no sentence end."""
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    line = text[start : end if end >= 0 else len(text)].strip()
    return len(line.split()) <= _HEADLINE_WORDS and not _SENTENCE_END.search(line)


_BY_TERM_PREFILTER = (
    r"(?i)(?:\d(?:st|nd|rd|th)|[a-z]th|first|second|third)[ \u00a0]+People['’]s[ \u00a0]+Congress"
)


def _full_name(name: str) -> regex.Pattern[str]:
    """The body's full name, with any spacing and either apostrophe."""
    words = ["".join("['’]" if c in "'’" else regex.escape(c) for c in w) for w in name.split()]
    return regex.compile(r"[ \u00a0\n]+".join(words))


def _placed_term(term: str) -> regex.Pattern[str]:
    """The congress of that term with its place, and perhaps its level, between: "15th
    Changchun Municipal People's Congress"."""
    return regex.compile(
        rf"(?<![\p{{L}}\p{{N}}]){regex.escape(term)}(?:{_S}\p{{Lu}}\p{{Ll}}+){{1,3}}"
        rf"{_S}People['’]s{_S}Congress"
    )


@rule("T120", "congress-without-level", Severity.WARNING, Fix.UNSAFE)
def congress_without_level(ctx: Context) -> pl.DataFrame:
    """A province's or city's people's congress without its level word ("Hubei People's Congress").

    ## What it does
    Finds a province's or a prefecture-level city's name straight before "People's
    Congress" ("the Standing Committee of Heilongjiang People's Congress", "Ningde People's
    Congress"), and suggests the name with its level word ("Heilongjiang Provincial
    People's Congress", "Ningde Municipal People's Congress"). Left alone: the four
    municipalities directly under the central government (their own usage varies),
    autonomous regions and prefectures (their bodies carry the full name), names of two
    levels ("Jilin", "Hainan"), names with their level word, and a headline's short form
    ("Annual session of Harbin People's Congress concludes") on a page that names the body in
    full. Also finds a congress by
    its term alone ("the 1st Session of the 16th People's Congress"), with neither
    "National" nor a place before it nor "of" or "in" and a place after it ("the 11th
    People's Congress of the region", "the 14th People's Congress in Hengyang" name it;
    "in March" and "in Beijing" do not), nor a place on the next line, where a heading broken over two lines
    goes on ("… of the Seventh People's Congress" / "of Hainan Province"), nor a headline's
    short form on a page that names the congress of that term in full ("The 5th Session of
    the 15th People's Congress Held" over "… the 15th Changchun Municipal People's
    Congress").

    ## Why is this bad?
    A local people's congress is named with its level (省人民代表大会 is the Provincial
    People's Congress), as Xinhua and the congresses themselves write it. Without it the
    name reads as a loose description, and a bare "People's Congress" is taken for the
    National People's Congress.

    ## Example
    ```text
    Wang Hong, deputy director of the Standing Committee of Hubei People's Congress, spoke.
    ```

    ## Use instead
    ```text
    Wang Hong, deputy director of the Standing Committee of the Hubei Provincial People's
    Congress, spoke.
    ```

    ## Fix safety
    Unsafe: the level word is suggested from the gazetteer; a county of the same name, rare,
    would want another.
    """
    rows = new_rows()
    # Whether the place has a level to name reads only the match: asked once per distinct
    # text (`keep`), not on each row repeating it (about 10,000 rows of the bench file).
    found = prose_matches(
        ctx.segments,
        "tgt",
        _PREFILTER,
        _PATTERN,
        keep=lambda _text, m: (
            level_word(m.group("place")) is not None and not is_municipality(m.group("place"))
        ),
    )
    for doc, base, _text, m in found:
        place = m.group("place")
        level = level_word(place)
        assert level is not None  # kept above
        fixed = f"{place} {level} {m.group('body')}"
        text = ctx.corpus.docs[doc].text
        if _in_headline(text, base + m.start()) and _full_name(fixed).search(text):
            continue  # a headline's short form, the page naming the body in full
        add_row(
            rows,
            doc,
            base + m.start("place"),
            base + m.end("body"),
            f"a local people's congress is named with its level: “{fixed}”",
            fixed,
        )
    for doc, base, _text, m in prose_matches(ctx.segments, "tgt", _BY_TERM_PREFILTER, _BY_TERM):
        text = ctx.corpus.docs[doc].text
        if _PLACE_ON_NEXT_LINE.match(text, base + m.end()):
            continue  # the heading goes on with its place on the next line
        if _in_headline(text, base + m.start()) and _placed_term(m.group("term")).search(text):
            continue  # a headline's short form, the page naming the same congress in full
        add_row(
            rows,
            doc,
            base + m.start("term"),
            base + m.end("body"),
            f"“{m.group()}” names no place and no level, and reads as the National People's "
            f"Congress: “the {m.group('term')} <place> Municipal (or Provincial) People's "
            "Congress”, or “National People's Congress”",
        )
    return output(rows)
