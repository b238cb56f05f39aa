"""N227 capitalised-article."""

from __future__ import annotations

import polars as pl
import regex

from tifa.checks.context import Context
from tifa.checks.registry import rule
from tifa.checks.rule import Fix, Severity, add_row, new_rows, output
from tifa.checks.scan import prose_matches
from tifa.glossary.names import split_syllables

_S = r"[ \u00a0]"
# The words an article follows inside a sentence or a headline: prepositions, conjunctions,
# forms of "be" and "become", and the verbs of a news headline ("Held A Special Meeting",
# "went to The village"). A grade, a class or a share ("Grade A", "Zone A", "A shares")
# comes after a noun, never after one of these.
_BEFORE = (
    r"of|to|as|and|for|in|on|at|by|with|from|into|onto|is|was|be|become|becomes|became"
    r"|hold|holds|held|hosts?|hosted|makes?|made|builds?|built|sets?|took|takes?|wins?|won"
    r"|launch(?:es)?|launched|signs?|signed|opens?|opened|starts?|started|creates?|created"
)
# "The" before a word in lower case or a figure ("of The 12th CPPCC", "went to The village
# committees"): a name with "The" in it ("The Hague", "The Paper") goes on in capitals.
# "A" and "An" before any word but a letter's own company ("A and H shares", "A-share",
# "B and A"): a grade or a share is a letter, not an article.
_PATTERN = regex.compile(
    rf"(?<=(?<![\p{{L}}\p{{N}}'’-])(?P<before>\p{{L}}+){_S})"
    rf"(?P<article>The(?={_S}(?:\p{{Ll}}|\p{{N}}))"
    rf"|An?(?={_S}(?!(?:and|or|shares?|stocks?)\b)(?P<next>\p{{L}}+)))(?![\p{{L}}\p{{N}}'’-])"
)
_PREFILTER = rf"\p{{L}}{_S}(?:The{_S}[\p{{Ll}}\p{{N}}]|An?{_S}\p{{L}})"
# "THE" in full capitals opening a sentence before a word in lower case ("THE mayor of
# Nanjing is under investigation"): a print page's style for a story's first word, which
# web English writes "The". Before a capital it may open a line in capitals, which is left.
_PRINT_THE = regex.compile(
    r"(?:^|(?<=[.!?][\"”’]?[ \u00a0]))[ \u00a0]*(?P<article>THE)(?=[ \u00a0]+\p{Ll})"
)
_PRINT_THE_PREFILTER = r"THE[ \u00a0]+\p{Ll}"
_BEFORE_WORD = regex.compile(rf"(?i:{_BEFORE})")
# The small words of a line, between two words: written in lower case they show the line's
# own style (a sentence, or a headline in title case); all capitalised, the line is a
# headline with every word capitalised, N224's to report.
_SMALL = regex.compile(
    r"(?<=[\p{L}\p{N}'’)][ \u00a0])(?i:(a|an|the|to|in|of|and|on|for|at|by|or))"
    r"(?=[ \u00a0][\p{L}\p{N}])"
)
# "B and A", "Zones C and A": a letter before the conjunction makes "A" a letter too.
_LETTER_BEFORE = regex.compile(rf"(?<![\p{{L}}\p{{N}}])\p{{Lu}}{_S}(?:and|or){_S}$")


def _lower_small_words_prevail(text: str) -> bool:
    """Whether the line writes its small words in lower case at least as often as not."""
    words: list[str] = [m.group(1) for m in _SMALL.finditer(text)]
    lower = sum(w.islower() for w in words)
    return lower > 0 and lower * 2 >= len(words)


# "The" between two words in lower case after any other word in lower case ("speed up The
# repair", "the scheduling The spirit of the meeting"): a capital no sentence has
# there, unless it opens the title of a work named after its kind or its naming verb.
_THE_MID_SENTENCE = regex.compile(rf"The{_S}\p{{Ll}}")
_TITLE_BEFORE = regex.compile(
    r"titled|entitled|named|called|dubbed|book|novel|film|movie|documentary|series|song|poem"
    r"|play|opera|drama|album|column|programme|program|show|newspaper|magazine|journal|exhibition"
)


def _before_allowed(before: str, text: str, m: regex.Match[str]) -> bool:
    """Whether the word before the article is one an article follows (a preposition, a
    conjunction, a form of "be", a headline's verb), or any word in lower case before "The"
    and a word in lower case."""
    if _BEFORE_WORD.fullmatch(before):
        return True
    return (
        before.islower()
        and len(before) > 1
        and _TITLE_BEFORE.fullmatch(before) is None
        and _THE_MID_SENTENCE.match(text, m.start("article")) is not None
    )


def _keep(text: str, m: regex.Match[str]) -> bool:
    if not _before_allowed(m.group("before"), text, m):
        return False
    following = m.group("next")
    # "An Lijia", "A Ying": a surname or a given name in pinyin, not an article.
    if following and following[:1].isupper() and split_syllables(following.lower()):
        return False
    if _LETTER_BEFORE.search(text, 0, m.start()):
        return False
    return _lower_small_words_prevail(text)


@rule("N227", "capitalised-article", Severity.WARNING, Fix.UNSAFE)
def capitalised_article(ctx: Context) -> pl.DataFrame:
    """An article ("The", "A", "An") capitalised inside a sentence or a headline.

    ## What it does
    Finds "The", "A" or "An" with a capital right after a preposition, a conjunction, a form
    of "be" or a headline's verb ("vice chairman of The 12th CPPCC", "went to The village
    committees", "Held A Special Meeting", "Shenyang as An International City"), and "The"
    between any two words in lower case ("speed up The repair of the dikes"; not
    after a word that names a work, "the novel The wandering earth", or a naming verb) in a line
    that writes its small words (a, an, the, to, in, of, and, on, for, at, by, or) in lower
    case at least as often as not. "The" counts only before a word in lower case or a
    figure: a name goes on in capitals ("to The Hague", "reported by The Paper"). A letter
    is left alone ("A and H shares", "A-share", "Grade A", "zones B and A"), and so is a
    name in pinyin ("met with An Lijia"). A headline with every small word capitalised is
    N224's. Also "THE" in full capitals opening a sentence before a word in lower case
    ("THE mayor of Nanjing is …"), a print page's style for a story's first word.

    ## Why is this bad?
    Inside a sentence and inside a title-case headline an article is written in lower case
    (Xinhua, China Daily, the State Council); a capital there reads as a slip of the
    keyboard or as the start of a title that is not there.

    ## Example
    ```text
    The delegation went to The village committees of two towns.
    ```

    ## Use instead
    ```text
    The delegation went to the village committees of two towns.
    ```

    ## Fix safety
    Unsafe: the article in lower case is suggested; a title of a work may hold the capital.
    """
    rows = new_rows()
    for doc, base, _text, m in prose_matches(ctx.segments, "tgt", _PREFILTER, _PATTERN, _keep):
        article = m.group("article")
        add_row(
            rows,
            doc,
            base + m.start("article"),
            base + m.end("article"),
            f"“{article}” capitalised inside a sentence or headline: “{article.lower()}”",
            article.lower(),
        )
    for doc, base, _text, m in prose_matches(ctx.segments, "tgt", _PRINT_THE_PREFILTER, _PRINT_THE):
        add_row(
            rows,
            doc,
            base + m.start("article"),
            base + m.end("article"),
            "“THE” in capitals opening a sentence, a print page's style: “The”",
            "The",
        )
    return output(rows)
