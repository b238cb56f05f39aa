"""N221 surname-in-capitals."""

from __future__ import annotations

import polars as pl
import regex

from tifa.checks.context import Context
from tifa.checks.registry import rule
from tifa.checks.rule import Fix, Severity, add_row, new_rows, output
from tifa.checks.scan import matches
from tifa.glossary.names import pinyin_surnames, split_syllables

_S = r"[ \u00a0]"
# A surname in capitals before a capitalised given name, standing in a sentence: at its
# head or after a lower-case word or a comma, and followed by a lower-case word, a comma
# and a lower-case word, or a possessive ("WANG Lin said", "…, LIU Hong, director of …"),
# or a comma and the next name of a list written the ordinary way ("Wang Tao, LIU Hong,
# Sun Yu and …"): a list set in capitals by design writes its next surname so too.
_PATTERN = regex.compile(
    rf"(?<=(?:^|[.!?][\"”’]?{_S}+|\p{{Ll}}[,;]?{_S}+|,{_S}+))"
    rf"(?P<name>(?P<sur>\p{{Lu}}{{2,}}){_S}(?P<given>\p{{Lu}}\p{{Ll}}+))"
    rf"(?=,?{_S}+\p{{Ll}}|['’]s\b|,{_S}+(?P<next>\p{{Lu}}\p{{Ll}}+){_S}(?P<next_given>\p{{Lu}}\p{{Ll}}+)\b)"
)
_PREFILTER = (
    r"\b\p{Lu}{2,}[ \u00a0]\p{Lu}\p{Ll}+(?:,?[ \u00a0]+\p{Ll}|['’]s\b"
    r"|,[ \u00a0]+\p{Lu}\p{Ll}+[ \u00a0]\p{Lu}\p{Ll}+)"
)
# A credit or byline sets the surname in capitals by design ("By WANG Lin in Dalian",
# "Reporter LI Hua and …", "Photo by SUN Fei"): the word before the name tells.
_CREDIT = regex.compile(
    r"(?i:\b(?:by|reporters?|correspondents?|editors?|photographers?|writers?|authors?"
    r"|translators?|interpreters?|contact|source))[ \u00a0]*[:：]?[ \u00a0]*$"
)
# The same document writing a person's name the English way ("Zhang Wei"): its own
# practice is to write names in ordinary case.
_ORDINARY = regex.compile(r"\b(?P<sur>\p{Lu}\p{Ll}+)[ \u00a0](?P<given>\p{Lu}\p{Ll}+)\b")
_ORDINARY_PREFILTER = r"\b\p{Lu}\p{Ll}+[ \u00a0]\p{Lu}\p{Ll}+\b"


def _pinyin(word: str) -> bool:
    return split_syllables(word.lower()) is not None


def _surname(word: str) -> bool:
    """Whether `word` (any case) is a pinyin surname; "Lv" is how many pages write Lü (吕),
    which the surname table holds as "Lu"."""
    surnames = pinyin_surnames()
    plain = word.capitalize()
    return plain in surnames or (plain == "Lv" and "Lu" in surnames)


def _ordinary_names(ctx: Context, docs: set[int]) -> set[int]:
    """Of `docs`, those that also write a Chinese personal name in ordinary case."""
    surnames = pinyin_surnames()
    out: set[int] = set()
    for doc, _base, _text, m in matches(ctx.segments, "tgt", _ORDINARY_PREFILTER, _ORDINARY):
        if doc in docs and m.group("sur") in surnames and _pinyin(m.group("given")):
            out.add(doc)
    return out


@rule("N221", "surname-in-capitals", Severity.WARNING, Fix.UNSAFE)
def surname_in_capitals(ctx: Context) -> pl.DataFrame:
    """A Chinese surname in capitals in running text that writes other names normally.

    ## What it does
    Finds a pinyin surname in capitals before its given name ("WANG Lin") where the name
    stands in a sentence — at its head or after a lower-case word or a comma, and before a
    lower-case word or a possessive ("WANG Lin said …", "…, said LIU Hong, director of …")
    — or before the next name of a list written the ordinary way ("Wang Tao, LIU Hong, Sun
    Yu"), in a document that writes another Chinese name the ordinary way ("Zhang Wei").
    "LV" (Lü, 吕, as many pages spell it) counts as a surname.
    Bylines and credits ("By WANG Lin", "Reporter LI Hua", "Photo by SUN Fei"), acronyms
    and documents that set every surname in capitals are left alone.

    ## Why is this bad?
    Surnames in capitals belong to name lists, bylines and some academic styles; in the
    running text of news they read as shouting, and a text that writes one person "WANG
    Lin" and another "Zhang Wei" looks careless.

    ## Example
    ```text
    Zhang Wei chaired the meeting. WANG Lin said the port would open a new route.
    ```

    ## Use instead
    ```text
    Zhang Wei chaired the meeting. Wang Lin said the port would open a new route.
    ```

    ## Fix safety
    Unsafe: the surname in ordinary case is suggested; a house style may set surnames in
    capitals throughout.
    """
    rows = new_rows()
    found = []
    for doc, base, text, m in matches(ctx.segments, "tgt", _PREFILTER, _PATTERN):
        if not _surname(m.group("sur")) or not _pinyin(m.group("given")):
            continue
        # The next name of a list must be a person's too ("LIU Hong, Sun Yu"), not a place.
        if m.group("next") and not (_surname(m.group("next")) and _pinyin(m.group("next_given"))):
            continue
        if _CREDIT.search(text, 0, m.start()):
            continue
        found.append((doc, base, m))
    if not found:
        return output(rows)
    ordinary = _ordinary_names(ctx, {doc for doc, _b, _m in found})
    for doc, base, m in found:
        if doc not in ordinary:
            continue
        name = m.group("name")
        fixed = f"{m.group('sur').capitalize()} {m.group('given')}"
        add_row(
            rows,
            doc,
            base + m.start("name"),
            base + m.end("name"),
            f"“{name}”: a surname in capitals in running text; the text writes names the "
            f"ordinary way: “{fixed}”",
            fixed,
        )
    return output(rows)
