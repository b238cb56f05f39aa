"""N216 lowercase-title-before-name."""

from __future__ import annotations

import polars as pl
import regex

from tifa.checks.context import Context
from tifa.checks.registry import rule
from tifa.checks.rule import Fix, Severity, add_row, new_rows, output
from tifa.checks.scan import prose_matches
from tifa.glossary.gazetteer import is_place
from tifa.glossary.names import pinyin_surnames

_S = r"[ \u00a0]"
# The formal titles of a government's head, read before a person's name, and the
# secretary-general who runs its office ("Secretary-General Chen Guoqing", as Xinhua writes
# "UN Secretary-General Antonio Guterres"). A spokesperson, a director or a secretary is
# left alone: professional outlets write "spokesperson Hua Chunying" and "Party secretary
# Li Qiang" in lower case.
_TITLES = r"governor|mayor|premier|president|chairman|chairwoman|secretary[- \u00a0]general"
_PATTERN = regex.compile(
    rf"(?<![\p{{L}}\p{{N}}'’-])(?P<title>(?:(?:executive{_S}vice|vice|deputy)[- \u00a0])?"
    rf"(?:{_TITLES})){_S}(?P<surname>\p{{Lu}}\p{{Ll}}+)(?:{_S}(?P<given>\p{{Lu}}\p{{Ll}}+))?"
    r"(?![\p{L}\p{N}'’-])"
)
_PREFILTER = (
    r"(?:^|[^\p{L}])(?:governor|mayor|premier|president|chairman|chairwoman|general)"
    r"[ \u00a0]\p{Lu}\p{Ll}"
)
# Words before the title that make it a description, not a title: "former mayor", "the then
# governor", "ex-president".
_DESCRIBED = regex.compile(r"(?i:former|then|late|ex-|acting|new|incoming|outgoing)[ \u00a0]*$")
# What may stand right before the title: the start of a sentence or a clause, or a function
# word or a verb. A modifier makes the title a description, which professional outlets write
# in lower case ("Chinese vice premier Wang Yang", "Henan provincial governor Yin Hong").
_OPENS = regex.compile(
    r"(?:^|[.:;,(\"“!?—–][ \u00a0]*|(?<![\p{L}])(?i:by|and|with|said|says|told|to|from|for|as"
    r"|met|when|while|that|of|whom|asked|thanked|including|like|accompanied|invited|visited"
    r"|called|urged)[ \u00a0]+)$"
)
# A company's, a club's or an association's head ("Alibaba chairman", "the company's
# president"): the word before is a name or a possessive, and such a title is an occupation.
_OWNED = regex.compile(r"(?:\p{Lu}[\p{L}\p{N}&.-]*|['’]s?)[ \u00a0]*$")
# A province's or a city's name right before its governor or mayor is part of the title, as
# Xinhua and the governments' own sites write it ("Hebei Governor Xu Qin", "Shanghai Mayor
# Gong Zheng"); so is it after a clause's start or any lower-case word but an article, a
# possessive or a word that makes the title a description ("the Hebei governor", "former
# Hebei governor").
_PLACE_BEFORE = regex.compile(r"(?P<place>\p{Lu}\p{Ll}+(?:['’]\p{Ll}+)?)[ \u00a0]+$")
_PLACE_OPENS = regex.compile(
    r"(?:^|[.:;,(\"“!?—–][ \u00a0]*|(?<![\p{L}'’-])(?!(?i:the|a|an|its|his|her|their|our|this"
    r"|that|whose|former|then|late|acting|new|incoming|outgoing)[ \u00a0])\p{Ll}+[ \u00a0]+)$"
)
_PLACE_HEADS = frozenset({"governor", "mayor"})


def _after_place(before: str, head: str) -> bool:
    """Whether a governor or a mayor follows its own province's or city's name, itself at
    a clause's start or after a word that leaves the title a title ("Xi'an mayor Li")."""
    m = _PLACE_BEFORE.search(before)
    if head not in _PLACE_HEADS or m is None or not is_place(m.group("place")):
        return False
    return _PLACE_OPENS.search(before, 0, m.start()) is not None


def _suggestion(title: str) -> str:
    """The title in capitals, "secretary general" with its hyphen ("Secretary-General")."""
    fixed = regex.sub(r"(?<![\p{L}])\p{Ll}", lambda c: c.group(0).upper(), title)
    return regex.sub(r"(?<=Secretary)[ \u00a0](?=General)", "-", fixed)


@rule("N216", "lowercase-title-before-name", Severity.WARNING, Fix.UNSAFE)
def lowercase_title_before_name(ctx: Context) -> pl.DataFrame:
    """A formal title in lower case directly before a Chinese person's name ("governor Liu").

    ## What it does
    Finds "governor", "mayor", "premier", "president", "chairman", "chairwoman" or
    "secretary-general" (with "vice", "deputy" or "executive vice" before it) in lower case
    directly before a surname in pinyin, alone or with a given name ("governor Liu
    Guozhong", "vice mayor Chen", "secretary general Chen Hua"), where the title opens a
    sentence or a clause or follows a function word or a verb ("chaired by governor Liu").
    A governor or a mayor right after its province's or city's name is a title too
    ("Shaanxi governor Hu Heping", "Xi'an mayor Li"), as Xinhua writes "Hebei Governor Xu
    Qin", unless an article, a possessive or a describing word stands before the place
    ("the Hubei governor", "former Wuhan mayor"). A title after a modifier ("Chinese vice
    premier Wang Yang", "provincial governor Liu"), which professional outlets write in
    lower case as a description, is left alone. A title after the name or after a comma ("Liu Guozhong, governor of the
    province"), a title described by "former", "the then", "acting" or "new", and a
    "president" or "chairman" after a company's name or a possessive ("the firm's president
    Li") are left alone; so are spokespersons, directors and secretaries, which professional
    outlets write in lower case before a name.

    ## Why is this bad?
    A formal title directly before a name is part of the name and is capitalised ("Governor
    Liu Guozhong", "Vice Mayor Chen Jie"), as Xinhua and China Daily write it; in lower
    case it reads as a slip, and beside "Governor Liu" elsewhere as two styles.

    ## Example
    ```text
    The meeting was chaired by governor Liu Wei and attended by vice mayor Chen Jie.
    ```

    ## Use instead
    ```text
    The meeting was chaired by Governor Liu Wei and attended by Vice Mayor Chen Jie.
    ```

    ## Fix safety
    Unsafe: the title is suggested with capitals ("secretary general" with its hyphen,
    "Secretary-General"); a person confirms that it is the person's title, not a
    description.
    """
    rows = new_rows()
    surnames = pinyin_surnames()
    for doc, base, text, m in prose_matches(ctx.segments, "tgt", _PREFILTER, _PATTERN):
        if m.group("surname") not in surnames:
            continue
        before = text[max(0, m.start() - 40) : m.start()]
        head = m.group("title").split()[-1].split("-")[-1]
        if _DESCRIBED.search(before):
            continue
        if not _OPENS.search(before) and not _after_place(before, head):
            continue
        if head in ("president", "chairman", "chairwoman") and _OWNED.search(before):
            continue
        title = m.group("title")
        fixed = _suggestion(title)
        add_row(
            rows,
            doc,
            base + m.start("title"),
            base + m.end("title"),
            f"“{title}” is a title before a name: capitalise it (“{fixed}”)",
            fixed,
        )
    return output(rows)
