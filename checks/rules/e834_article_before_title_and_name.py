"""E834 article-before-title-and-name."""

from __future__ import annotations

import polars as pl
import regex

from tifa.checks.articles import running_text
from tifa.checks.context import Context
from tifa.checks.registry import rule
from tifa.checks.rule import Fix, Severity, add_row, new_rows, output
from tifa.checks.scan import prose_matches
from tifa.glossary.names import pinyin_surnames, split_syllables

_S = r"[ \u00a0]+"
# A title written before a name as part of it ("General Secretary Xi Jinping", "Vice
# Premier Liu Wei"), perhaps with the nation or a rank before it ("Chinese President …",
# "Foreign Minister …"): capitalised, it is a form of address and takes no article.
_TITLE = (
    r"(?:(?:Chinese|Vice|Deputy|Executive|Foreign|Party|State|Executive)"
    r"[ \u00a0]+)?(?:General[ \u00a0]+Secretary|Secretary[- ]General|President|Premier|Chairman"
    r"|Chairwoman|Secretary|Mayor|Governor|Minister|Director|Ambassador|Spokesperson"
    r"|Spokesman|Spokeswoman|Councilor|Councillor|Professor|Academician|Comrade)"
)
# A person described by the work they do ("a Chinese swimmer", "a local farmer"): with "a"
# or "an", the description and the name need a comma between them, or no article.
_ROLE = (
    r"(?:swimmer|player|athlete|expert|professor|scholar|farmer|villager|resident|official"
    r"|entrepreneur|student|teacher|worker|reporter|journalist|artist|writer|chef|doctor"
    r"|nurse|volunteer|engineer|researcher|manager|designer|craftsman|craftswoman|inheritor"
    r"|singer|painter|businessman|businesswoman|cadre|coach|photographer|poet|scientist)"
)
_DESCRIBING = r"(?:(?:\p{Lu}\p{Ll}+|\p{Ll}[\p{Ll}-]*)[ \u00a0]+){0,2}"
# A Chinese name: surname and given name, the given name one or two syllables of pinyin
# ("Jinping", "Xiao-ming"). Followed by a capitalised word it names a thing after the
# person ("the Chairman Mao Memorial Hall"), which takes the article; that is left alone.
_NAME = r"(?P<surname>\p{Lu}\p{Ll}+)[ \u00a0]+(?P<given>\p{Lu}\p{Ll}+(?:-\p{Ll}+)?)"
_END = r"(?![\p{L}\p{N}-])(?![ \u00a0]+\p{Lu})"
_PATTERN = regex.compile(
    rf"(?<![\p{{L}}\p{{N}}'’-])(?P<article>(?P<the>[Tt]he){_S}(?P<rest>{_TITLE}{_S}{_NAME})"
    rf"|(?P<a>[Aa]n?){_S}(?P<rest>{_DESCRIBING}{_ROLE}{_S}{_NAME})){_END}"
)
_PREFILTER = (
    r"\b(?:[Tt]he|[Aa]n?)[ \u00a0]+(?:\p{Lu}\p{Ll}+[ \u00a0]+)?(?:General|Secretary|President"
    r"|Premier|Chairman|Chairwoman|Mayor|Governor|Minister|Director|Ambassador|Spokes|Council"
    r"|Professor|Academician|Comrade)"
    r"|\b[Aa]n?[ \u00a0]+(?:[\p{L}-]+[ \u00a0]+){0,2}(?:swimmer|player|athlete|expert"
    r"|professor|scholar|farmer|villager|resident|official|entrepreneur|student|teacher|worker"
    r"|reporter|journalist|artist|writer|chef|doctor|nurse|volunteer|engineer|researcher"
    r"|manager|designer|crafts|inheritor|singer|painter|business|cadre|coach|photographer"
    r"|poet|scientist)[ \u00a0]+\p{Lu}"
)


@rule("E834", "article-before-title-and-name", Severity.WARNING, Fix.UNSAFE)
def article_before_title_and_name(ctx: Context) -> pl.DataFrame:
    """An article before a title and a Chinese name ("the General Secretary Xi Jinping").

    ## What it does
    Finds "the" right before a capitalised title that is written as part of a name, and a
    Chinese name after it: General Secretary, President, Premier, Chairman, Secretary,
    Mayor, Governor, Minister, Director, Ambassador, Spokesperson, Councilor, Professor,
    Academician or Comrade, perhaps after Chinese, Vice, Deputy, Executive, Foreign, Party
    or State ("the General Secretary Xi Jinping's instructions", "The Vice Mayor Li Wei
    said"); and "a" or "an" before a person described by their work and the name with no
    comma between ("a Chinese swimmer Sun Yang", "a local farmer Wang Lin"). The name is
    a pinyin surname and a given name in pinyin. Left alone: a title after "of" or another
    word ("the spirit of General Secretary Xi Jinping"), a title in lower case after "the"
    ("the provincial Party secretary Wang Wei", British style), an adjective between
    ("the late Chairman …", "the then Mayor …"), the description set off by a comma ("a
    Chinese swimmer, Sun Yang"), a name that a capitalised word follows ("the Premier Zhou
    Enlai Memorial Hall", whose article belongs to the hall), and names not in pinyin.

    ## Why is this bad?
    A title written before a name is part of the way the person is named, as in "President
    Xi Jinping"; an article before it reads as a word-for-word rendering that took the
    title for a common noun. A description with "a" before a bare name runs two noun
    phrases together that English keeps apart with a comma.

    ## Example
    ```text
    The county acted on the General Secretary Xi Jinping's instructions, and a Chinese
    swimmer Sun Yang opened the pool.
    ```

    ## Use instead
    ```text
    The county acted on General Secretary Xi Jinping's instructions, and Chinese swimmer
    Sun Yang opened the pool.
    ```

    ## Fix safety
    Unsafe: the article's removal is suggested; a writer may rather set the description
    off with commas ("a Chinese swimmer, Sun Yang,"), so a person decides.
    """
    rows = new_rows()
    surnames = pinyin_surnames()
    for doc, base, _text, m in prose_matches(running_text(ctx), "tgt", _PREFILTER, _PATTERN):
        if m.group("surname") not in surnames or split_syllables(m.group("given")) is None:
            continue
        rest = m.group("rest")
        # At the start of a sentence the words left take its capital.
        if m.group("article")[:1].isupper():
            rest = rest[:1].upper() + rest[1:]
        add_row(
            rows,
            doc,
            base + m.start("article"),
            base + m.end("article"),
            f"“{m.group('article')}”: a title or description before a name takes no article",
            rest,
        )
    return output(rows)
