"""P337 unclosed-appositive."""

from __future__ import annotations

import polars as pl
import regex

from tifa.checks import place_appositive
from tifa.checks.context import Context
from tifa.checks.registry import rule
from tifa.checks.rule import Fix, Severity, add_row, new_rows, output
from tifa.checks.scan import prose_matches
from tifa.glossary.names import pinyin_surnames

# A person's name in pinyin, a comma, a title ("secretary of …", "Vice Premier of …") and
# then, with no comma closing the title, the verb of the sentence. The title may run long
# ("member of the Standing Committee of … and director of …"); a relative clause inside it
# ("director of the bureau that is …") or a passive ("led by") is not the sentence's verb.
_TITLE = (
    r"(?:the |a )?(?i:(?:deputy|vice|executive|party|chinese|first|standing) )*"
    r"(?i:co-chair|secretary|director|mayor|governor|chairman|chairwoman|chairperson|head"
    r"|minister|president|premier|member|deputy|ambassador|consul|commissioner)\b"
)
_VERBS = (
    r"addressed|addresses|attended|attends|said|says|met|meets|welcomed|welcomes|visited"
    r"|visits|presided|presides|delivered|delivers|chaired|chairs|stressed|stresses|noted"
    r"|notes|spoke|speaks|inspected|inspects|will|was|is"
)
_PATTERN = regex.compile(
    r"(?<![\p{L}])(?P<surname>\p{Lu}\p{Ll}+) \p{Lu}\p{Ll}+, "
    rf"(?P<title>{_TITLE}[^,.;:()\"“”\n]{{0,160}}?) (?P<verb>{_VERBS})\b(?! by\b)"
)
_PREFILTER = rf"\p{{Lu}}\p{{Ll}}+ \p{{Lu}}\p{{Ll}}+, {_TITLE}[^,.;:()\"“”\n]*? (?:{_VERBS})\b"
# A relative clause inside the title, or the end of a list of people ("X, secretary general
# of … and other members of the Standing Committee attended"): the comma before the title
# separates list items, and no second one is owed.
_MESSAGE = "a title after a name opened by a comma and not closed before the verb"
# A title in capitals and then a name ("Director-General Zhu Jun of the bank"): after the
# comma comes the next person of a list, title first, not a title of the name before.
_TITLE_THEN_NAME = regex.compile(
    r"(?:\p{Lu}[\p{L}-]*[ ]){1,4}(?P<surname>\p{Lu}\p{Ll}+) \p{Lu}\p{Ll}+(?![\p{L}'’-])"
)
_NOT_CLOSED_BY_VERB = regex.compile(r"\b(?:that|which|who|whom|whose|where|when|and others?)\b")


@rule("P337", "unclosed-appositive", Severity.WARNING, Fix.UNSAFE)
def unclosed_appositive(ctx: Context) -> pl.DataFrame:
    """A title after a name, or a province after a place, opened by a comma and not closed.

    ## What it does
    Finds a person's name in pinyin (a common surname and a given name), a comma, a title
    ("secretary of …", "Vice Premier of … and the Chinese co-chair of …") and then the
    sentence's verb ("attended", "said", "will …") with no comma between the title and the
    verb. A title holding a relative clause ("… that is …"), a passive ("led by") and the
    end of a list of people ("X, secretary general of … and other members … attended") are
    left alone, and so is the next person of a list written title first ("Vice Mayor Sun
    Tao, Director Zhou Lin of the Port Bureau will …"). Likewise a place followed by the province or country it lies in ("in
    Kunming, Yunnan Province on Monday", "in Hesse, Germany on Tuesday") with no comma
    before the words that follow; two places joined by "and" are a list and are not read.

    ## Why is this bad?
    The comma before the title opens an aside that must close: without the second comma
    the title's last words read as the subject ("the Municipal Government attended"), and
    the sentence parses wrongly. The same holds for "Yunnan Province on Monday".

    ## Example
    ```text
    Li Hua, secretary of the Municipal Party Committee attended the meeting.
    The forum opened in Kunming, Yunnan Province on Monday.
    ```

    ## Use instead
    ```text
    Li Hua, secretary of the Municipal Party Committee, attended the meeting.
    The forum opened in Kunming, Yunnan Province, on Monday.
    ```

    ## Fix safety
    Unsafe: a comma before the verb is suggested; the title may instead end earlier than
    the rule reads it, or the place be the first of a list.
    """
    rows = new_rows()
    surnames = pinyin_surnames()
    for doc, base, _text, m in prose_matches(ctx.segments, "tgt", _PREFILTER, _PATTERN):
        if m.group("surname") not in surnames or _NOT_CLOSED_BY_VERB.search(m.group("title")):
            continue
        named = _TITLE_THEN_NAME.match(m.group("title"))
        if named is not None and named.group("surname") in surnames:
            continue  # "…, Director-General Zhu Jun of …": the next person of a list
        start, end = base + m.start("title"), base + m.end("verb")
        suggestion = f"{m.group('title')}, {m.group('verb')}"
        add_row(rows, doc, start, end, _MESSAGE, suggestion)
    places = prose_matches(
        ctx.segments, "tgt", place_appositive.PREFILTER, place_appositive.PATTERN
    )
    for doc, base, _text, m in places:
        if (found := place_appositive.closing(m)) is not None:
            start, end, suggestion = found
            add_row(rows, doc, base + start, base + end, place_appositive.MESSAGE, suggestion)
    return output(rows)
