"""N202 name-mismatch."""

from __future__ import annotations

from difflib import SequenceMatcher
from functools import partial

import polars as pl
import regex

from tifa.checks.context import Context
from tifa.checks.registry import rule
from tifa.checks.rule import Fix, Severity, add_row, new_rows, output
from tifa.checks.sourced import translated_pairs, whole
from tifa.glossary.names import pinyin_surnames, romanize, split_surname, surname_reading

# How alike (difflib's ratio) an English given name must be to the expected one to be reported
# as its misspelling: Zuoyu for Zuojun is 0.73, Chiwai for Zhengheng 0.13.
SIMILAR_GIVEN_NAME = 0.5
HAN = regex.compile(r"\p{Han}")


@rule("N202", "name-mismatch", Severity.ERROR, Fix.UNSAFE)
def name_mismatch(ctx: Context) -> pl.DataFrame:
    """A person named in the Chinese source whose name the English spells otherwise.

    ## What it does
    Only where the segment has a Chinese source: finds personal names in it — glossary
    person entries, and words jieba tags as names that begin with a common surname — and
    the form each should take in English: the glossary's `en` or an allowed form ("Carrie
    Lam" for 林郑月娥), which are final, or else the
    pinyin, surname first and the given name joined (谭作钧 → Tan Zuojun), polyphonic
    surnames read as surnames (单 Shan, 曾 Zeng). An English name with the same surname and
    a given name close to the expected one is reported (a quite different one is another
    person: Hong Kong names are in Cantonese romanisation); so is a glossary person the
    English does not name at all, unless the surname alone stands for them ("Secretary Tan").

    ## Why is this bad?
    A misspelt official's name is the error officials notice first; it also breaks every
    search for the person.

    ## Example
    ```text
    zh: 谭作钧主持会议。
    en: Tan Zuoyu presided over the meeting.
    ```

    ## Use instead
    ```text
    en: Tan Zuojun presided over the meeting.
    ```

    ## Fix safety
    Unsafe: the expected spelling is suggested; a person with an established spelling of
    their own (Hong Kong, Taiwan, overseas) may differ from the pinyin.
    """
    rows = new_rows()
    if not ctx.bilingual:
        return output(rows)
    assert ctx.matchers is not None
    matcher = ctx.matchers.chinese
    persons = {
        zh: term.en for term in ctx.glossary.active() if term.kind == "person" for zh in term.zh
    }
    # A glossary person's allowed forms name them as well as `en` does: 林郑月娥 is "Carrie
    # Lam" as often as "Carrie Lam Cheng Yuet-ngor".
    allowed = {
        zh: term.allowed
        for term in ctx.glossary.active()
        if term.kind == "person"
        for zh in term.zh
    }
    # jieba's tagger is the slow part: it runs only where the English has a pinyin surname
    # followed by a capitalised word, the only place a misspelling can be reported.
    surnames = "|".join(sorted(pinyin_surnames()))
    table = translated_pairs(ctx).with_columns(
        named=pl.col("tgt").str.contains(rf"\b(?:{surnames})\s+\p{{Lu}}"),
        known=pl.col("zh").str.contains_any(sorted(persons)) if persons else pl.lit(False),
    )
    table = table.filter(
        (pl.col("named") | pl.col("known")) & (pl.col("tgt").str.strip_chars() != "")
    )
    for doc, _seg, _src, tgt, base, _end, zh, named, _known in table.iter_rows():
        found = matcher.person_names(zh) if named else []
        names = {name for _a, _b, name in found} | {name for name in persons if name in zh}
        expected = {name: persons.get(name) or romanize(name) for name in sorted(names)}
        # jieba may cut a three-character name after two (陈祉|先): the next character's
        # pinyin may complete the given name.
        longer = {name: romanize(zh[a : b + 1]) for a, b, name in found if HAN.match(zh, b)}
        spelled = {e.casefold() for e in expected.values()}
        folded = _fold(tgt)
        for name, english in expected.items():
            forms = (english, longer.get(name, english))
            if any(
                regex.search(rf"\b{regex.escape(_fold(f))}\b", folded)
                for f in allowed.get(name, ())
            ):
                continue
            if any(regex.search(rf"\b{regex.escape(_fold(f))}\b", folded) for f in forms):
                continue
            surname = surname_reading(split_surname(name)[0]).replace("v", "u").capitalize()
            others = []
            for m in regex.finditer(
                rf"\b{regex.escape(surname)}\s+(\p{{Lu}}\p{{Ll}}+(?:-\p{{Ll}}+|[’'](?!s\b)\p{{Ll}}+)?)\b",
                tgt,
            ):
                form = max(forms, key=partial(_likeness, m[1]))
                if (
                    m.group().casefold() not in spelled
                    and _likeness(m[1], form) >= SIMILAR_GIVEN_NAME
                ):
                    others.append((m, form))
            for m, form in others:
                message = f"“{m.group()}” for {name}: the name is spelt “{form}”"
                add_row(rows, doc, base + m.start(), base + m.end(), message, form)
            if not others and name in persons and not regex.search(rf"\b{surname}\b", tgt):
                message = f"the source names {name} ({english}) but the English does not"
                add_row(rows, doc, *whole(tgt, base), message)
    return output(rows)


def _likeness(given: str, english: str) -> float:
    """How like the given name of `english` `given` is: close enough (SIMILAR_GIVEN_NAME),
    a misspelling of it; a quite different one is another person with the same surname —
    in a list of names, or a Hong Kong name in Cantonese romanisation (Wu Chi-wai is 胡志伟,
    not 吴政亨)."""
    expected = _fold(english.partition(" ")[2])
    return SequenceMatcher(None, _fold(given), expected).ratio()


def _fold(text: str) -> str:
    # "Tan Zuo-jun", "TAN Zuojun" and "Tan  Zuojun" are the same spelling, and "Tan Zuojun’s"
    # is his name with a possessive, not a misspelling of it.
    unpossessed = _POSSESSIVE.sub("", text.casefold())
    return regex.sub(r"\s+", " ", regex.sub(r"[-’']", "", unpossessed))


_POSSESSIVE = regex.compile(r"(?<=\p{L})[’']s\b")
