"""E802 misspelt-word."""

from __future__ import annotations

import polars as pl
import regex

from tifa.checks.context import Context
from tifa.checks.distinct import Found, each_distinct, filter_distinct
from tifa.checks.misspelling import (
    GENRE_WORDS,
    correction,
    glossary_slip,
    one_edit,
    opening_correction,
    pinyin_shaped_slip,
)
from tifa.checks.registry import rule
from tifa.checks.rule import Fix, Severity, add_row, new_rows, output
from tifa.checks.rules.p320_glued_words import glued_split
from tifa.checks.scan import LOWER_CASE_WORD, distinct_words, prose_matches
from tifa.glossary import Glossary
from tifa.glossary.frequency import zipf
from tifa.glossary.names import split_syllables

# A lower-case word of five letters or more standing on its own: a word touching a digit, a
# capital, `.`, `/`, `@`, `_`, `\`, `#` or `:` is part of a name, an address, a path or code,
# and one after `<` or `&` is a markup tag or entity (`<delect`, `&hellip;`).
# Each part of a hyphenated compound is a word of its own.
# A word right after a letter and an apostrophe is the rest of a possessive glued to the
# next word ("city'sdevelopment"): P320 splits it.
_WORD = regex.compile(
    r"(?<![\p{L}\p{N}./@_\\#:<&]|\p{L}['’])(?:\p{Ll}{5,}|\p{Lu}\p{Ll}{5,})(?![\p{L}\p{N}/@_\\]|\.\w|['’]t\b)"
)
# The same words, for the columnar vocabulary (Rust regex).
_VOCABULARY = rf"{LOWER_CASE_WORD}|\b\p{{Lu}}\p{{Ll}}{{5,}}\b"


@rule("E802", "misspelt-word", Severity.WARNING, Fix.UNSAFE)
def misspelt_word(ctx: Context) -> pl.DataFrame:
    """A common English word misspelt.

    ## What it does
    Finds a word that English does not know (rare or absent in wordfreq's word frequencies)
    and that is one slip — a letter added, dropped, changed, or two letters swapped — from an
    everyday English word ("exsisting" for existing, "cooperatoin" for cooperation,
    "goverment" for government), and suggests that word: the most frequent one, then the
    first alphabetically. Words wordfreq counts, if rarely, are taken only as the two slips
    of fast typing (two letters swapped, a doubled letter written once) of a far commoner
    word, or that word, nine letters or more (seven if it is among the commonest), with a
    letter inside it dropped ("opportunites", "futher"); a word of nine letters or more that
    English does not know is also taken as a word of eleven or more with two neighbouring
    letters inside it dropped ("competiveness", "mucipalities"). A long everyday word counts as everyday though wordfreq ranks it
    lower ("mountainious", "coronovirus"). A capitalised word, which may be a name, is taken
    only when wordfreq has never seen it, it has six letters or more and the word it
    misspells is very common ("Ota Districat Council"), or it has seven letters or more and
    is a common word with two letters swapped ("Zhou Dyansty"), or when it opens a sentence, has eight letters or more and its
    lower-case form is a slip ("Activites such as"), or when it has seven letters or more,
    wordfreq hardly knows it and it is one slip from a word of the glossary's renderings or
    of officials' titles and bodies ("Poliburo", "Minstry", "Procincial"); and an English
    word one slip from a title in the title's place before a Chinese name ("Primer Li Ming"
    for Premier), and "cites" after a number or a word only a noun follows ("the two cites",
    "Sister Cites") for cities; and an initialism of four letters or more one slip from the
    one the text defines after a body's name ("the CDDI" where the text wrote "Central
    Commission for Discipline Inspection (CCDI)"), unless the text defines it too; and a
    closed compound written as two everyday words ("life style", "blue print", "China
    towns": lifestyle, blueprint, Chinatowns), from a list of compounds whose two words
    never stand side by side otherwise ("key note", "home town" and "grass roots" are left). Left alone: pinyin (a word that splits wholly into pinyin
    syllables, such as "hukou" or a lower-case given name; not one of three syllables or
    more that is a very common word with a letter typed twice, "openning" for opening, nor
    a lower-case one of six letters or more that wordfreq has never seen and that is one of
    the commonest words with two neighbouring letters swapped or a letter inside it dropped,
    "eralier" for earlier, "leding" for leading, unless it stands where a name does: after a
    capitalised word, "Zhao heping", or before a level or street word, "heping road"),
    places the gazetteer knows,
    words the glossary uses, words with digits, addresses, paths and markup, British
    spellings, the genre's own rare words ("informatization"), an agent noun built with -r
    or -er from a common word ("an assistant reviser", from "revise"), lower-case words of fewer
    than five letters, two words run together (P320's), and words beside a function word
    of another language or an unknown word that is no slip (a foreign title: "Programa de
    Cooperacion"), and a capitalised word where a person's name stands: after a verb of
    saying or "by", before a post ("Tesping, deputy inspector"), or ending a name of two
    words in a list of people named in pinyin ("Chen Zhu, Padma Choling and Ding Zhongli").

    ## Why is this bad?
    A misspelt everyday word is the first thing a reader notices and the surest sign that
    nobody read the text before it went out; spell-checkers in translation tools often miss
    it because the project's word list is full of names.

    ## Example
    ```text
    The plan builds on exsisting industrial parks and deepens regional cooperatoin.
    ```

    ## Use instead
    ```text
    The plan builds on existing industrial parks and deepens regional cooperation.
    ```

    ## Fix safety
    Unsafe: the likeliest word is suggested, but a slip can be one letter from two words and
    only a person knows which was meant.
    """
    # Columnar: the run's vocabulary of lower-case words, judged once per distinct word; the
    # rows holding a suspect are found by Aho-Corasick, and only they are read word by word.
    vocabulary = distinct_words(ctx.segments, "tgt", _VOCABULARY)
    known = _glossary_words(ctx.glossary)
    titles = frozenset(w.lower() for w in known)
    suspects = [
        w for w in vocabulary if w not in known and (_suggestion(w) or glossary_slip(w, titles))
    ]
    slips = pl.col("tgt").str.contains(_TITLE_SLIP_PREFILTER)
    acronyms = _with_split_compounds(_acronym_slips(ctx), ctx)
    if not suspects and ctx.segments.filter(slips).is_empty():
        return acronyms
    candidates = filter_distinct(
        ctx.segments,
        "tgt",
        (pl.col("tgt").str.contains_any(suspects) if suspects else pl.lit(False)) | slips,
    )
    wanted = frozenset(suspects)
    words = each_distinct(candidates, ("tgt",), lambda text: _misspelt(text, wanted, titles))
    if acronyms.is_empty():
        return words
    return pl.concat([words, acronyms]).sort("doc", "start", maintain_order=True)


# Closed compounds written as two words ("life style", "blue print", "China towns"): each
# half is an everyday word, so the word list passes both, but the open form is no English
# spelling of the compound. Only compounds whose two words never stand side by side in a
# sentence of this register: not "key note" (an important note), "home town" (a British
# spelling), "grass roots" (the noun's open form), "wild life" (a life that is wild) or
# "country side" (the host country side, as against the Chinese side).
_SPLIT_COMPOUNDS = {
    "life style": "lifestyle", "blue print": "blueprint", "china town": "Chinatown",
    "land mark": "landmark", "bench mark": "benchmark", "mile stone": "milestone",
    "sea food": "seafood", "news paper": "newspaper", "short coming": "shortcoming",
    "stake holder": "stakeholder", "tax payer": "taxpayer",
    "water front": "waterfront", "sky line": "skyline", "handi craft": "handicraft",
    "head quarters": "headquarters", "text book": "textbook", "class room": "classroom",
    "play ground": "playground", "check list": "checklist", "hall mark": "hallmark",
    "guide line": "guideline",
}  # fmt: skip
_SPLIT_COMPOUND = regex.compile(
    r"(?<![\p{L}\p{N}-])(?P<open>(?i:life|blue|land|bench|mile|sea|news|short|stake|tax"
    r"|water|sky|handi|head|text|class|play|check|hall|guide)[ \u00a0](?i:style|print|mark|stone"
    r"|food|paper|coming|holder|payer|front|line|craft|quarters|book|room|ground|list)"
    r"|China[ \u00a0]town)(?P<plural>s?)(?![\p{L}\p{N}-])"
)
_SPLIT_PREFILTER = (
    r"(?i)\b(?:life style|blue print|china town|land mark|bench mark|mile stone|sea food"
    r"|news paper|short coming|stake holder|tax payer|water front|sky line"
    r"|handi craft|head quarters|text book|class room|play ground|check list|hall mark"
    r"|guide line)"
)


def _with_split_compounds(found: pl.DataFrame, ctx: Context) -> pl.DataFrame:
    """`found` with the closed compounds written as two words ("life style" for lifestyle)."""
    rows = new_rows()
    for doc, base, _text, m in prose_matches(
        ctx.segments, "tgt", _SPLIT_PREFILTER, _SPLIT_COMPOUND
    ):
        written = m.group("open")
        closed = _SPLIT_COMPOUNDS.get(" ".join(written.lower().split()))
        if closed is None:
            continue  # a first half and a second half that make no compound of the list
        if written[:1].isupper():
            closed = closed[:1].upper() + closed[1:]
        closed += m.group("plural")
        message = f"a closed compound written as two words: “{closed}”"
        add_row(rows, doc, base + m.start(), base + m.end(), message, closed)
    split = output(rows)
    if split.is_empty():
        return found
    if found.is_empty():
        return split
    return pl.concat([found, split]).sort("doc", "start", maintain_order=True)


# An initialism a document defines after the body's name: "the Central Commission for
# Discipline Inspection (CCDI)". Four letters or more: three-letter initialisms of different
# bodies are one letter apart (CPC, NPC, CMC), longer ones seldom.
_DEFINED_INITIALISM = regex.compile(r"\((\p{Lu}{4,6})\)")
_DEFINED_PREFILTER = r"\(\p{Lu}{4,6}\)"
_INITIALISM = regex.compile(r"(?<![\p{L}\p{N}&'’-])\p{Lu}{4,6}(?![\p{L}\p{N}&-])")
# A word in capitals beside the initialism: a headline or a label set in capitals.
_CAPITALS_BEFORE = regex.compile(r"\p{Lu}{2,}[ \u00a0]+$")
_CAPITALS_AFTER = regex.compile(r"[ \u00a0]+\p{Lu}{2,}(?![\p{Ll}])")


def _acronym_slips(ctx: Context) -> pl.DataFrame:
    """An initialism one slip from the one the same document defines for a body ("the
    CDDI" where the page wrote "Central Commission for Discipline Inspection (CCDI)"): the
    document itself says which was meant. One the document also defines is another body's."""
    rows = new_rows()
    defining = ctx.segments.filter(pl.col("tgt").str.contains(_DEFINED_PREFILTER))
    if defining.is_empty():
        return output(rows)
    defined: dict[object, set[str]] = {}
    for doc, text in defining.select("doc", "tgt").iter_rows():
        defined.setdefault(doc, set()).update(_DEFINED_INITIALISM.findall(text))
    docs = ctx.segments.filter(pl.col("doc").is_in(list(defined)))
    for doc, base, text in docs.select("doc", "start", "tgt").iter_rows():
        if not text:
            continue
        own = defined[doc]
        for m in _INITIALISM.finditer(text):
            token = m.group()
            if token in own:
                continue
            meant = sorted(a for a in own if one_edit(token, a))
            if len(meant) != 1:
                continue  # none, or two the slip could be of
            if _CAPITALS_BEFORE.search(text, max(0, m.start() - 20), m.start()):
                continue
            if _CAPITALS_AFTER.match(text, m.end()):
                continue
            message = f"“{token}” looks misspelt: the text defines “{meant[0]}”"
            add_row(rows, doc, base + m.start(), base + m.end(), message, meant[0])
    return output(rows)


def _suggestion(word: str, opening: bool = True) -> str | None:
    """The word `word` misspells; `opening` says whether it may open a sentence, where a
    capitalised word wordfreq counts is judged too ("Activites")."""
    if glued_split(word) is not None:
        return None  # two words run together: P320's
    return correction(word) or (opening_correction(word) if opening else None)


# What ends a sentence or a line before a word that opens the next one; the stop of a title
# ("Mr. Cathrine") ends nothing.
_OPENS = regex.compile(
    r"(?:(?<!\b(?:Mr|Mrs|Ms|Dr|Prof|St|Gen|Sen|Rep|Gov|No))[.!?:;]['’\"”)]?\s+|\n\s*)$"
)
_BEHIND = 40  # characters looked at before a word: enough for a stop, a quote and spaces


def _opens_sentence(text: str, start: int) -> bool:
    """Whether the word at `start` opens the text, a line or a sentence (looking back a few
    characters only, so a long text costs no more per word)."""
    before = text[max(0, start - _BEHIND) : start]
    if start <= _BEHIND and not before.strip():
        return True
    return _OPENS.search(before) is not None


# Where a capitalised word stands as a person's name: after a verb of saying or "by"
# ("said Tesping", "photo by Dawa"), or before an appositive that gives the person's post
# ("Tesping, deputy inspector of …"). A name spelt so is the writer's to check, not a slip.
_SAID_BEFORE = regex.compile(
    r"(?<![\p{L}'’-])(?:said|says|say|told|asked|added|noted|stressed|explained|recalled|by"
    r"|Mr|Mrs|Ms|Dr|Prof)\.?[ \u00a0]+$"
)
_POST_AFTER = regex.compile(
    r",[ \u00a0]+(?:an?|the|deputy|vice|executive|director|head|chief|secretary|chairman"
    r"|chairwoman|chairperson|president|mayor|governor|member|manager|inspector|professor"
    r"|researcher|official|villager|resident|owner|founder|general|senior|former|party)"
    r"(?![\p{L}'’-])",
    regex.IGNORECASE,
)


def _in_name_position(text: str, start: int, end: int) -> bool:
    """Whether the capitalised word at `start`..`end` stands where a person's name stands."""
    before = text[max(0, start - _BEHIND) : start]
    if _SAID_BEFORE.search(before) is not None or _POST_AFTER.match(text, end) is not None:
        return True
    return _in_name_list(text, start, end)


# A list of people, an item of two capitalised words each ("Chen Zhu, Wang Dongming, Padma
# Choling and Ding Zhongli"): a Tibetan, Uyghur or Mongolian name among names in pinyin is a
# name too ("Choling", "Imirbaki"), however close to an English word.
_LIST_ITEM_BEFORE = regex.compile(
    r"(?:^|,[ \u00a0]+|[ \u00a0]and[ \u00a0]+|:[ \u00a0]+)\p{Lu}\p{Ll}+[ \u00a0]+$"
)
_LIST_ITEM_AFTER = regex.compile(r"(?:,|[ \u00a0]+and[ \u00a0]|\.(?:[ \u00a0]|$)|$)")
_LIST_NAME = regex.compile(
    r"(?<![\p{L}'’-])(\p{Lu}\p{Ll}+)[ \u00a0]+(\p{Lu}\p{Ll}+)"
    r"(?=,|[ \u00a0]+and[ \u00a0]|\.)"
)


def _in_name_list(text: str, start: int, end: int) -> bool:
    """Whether the word at `start`..`end` ends an item of two capitalised words in a list
    whose other items hold a person's name in pinyin."""
    before = _LIST_ITEM_BEFORE.search(text, max(0, start - _BEHIND), start)
    if before is None:
        return False
    # The list's last item, after "and", may run on into the sentence ("… and Padma Choling
    # spoke"); any other ends at a comma, "and" or a stop.
    last = " and " in before.group().replace("\u00a0", " ")
    if not last and not _LIST_ITEM_AFTER.match(text, end):
        return False
    lo = max(0, start - 200)
    pinyin = 0
    for m in _LIST_NAME.finditer(text, lo, min(len(text), end + 200)):
        if m.start() <= start < m.end():
            continue
        if all(split_syllables(w.lower()) for w in m.groups()):
            pinyin += 1
    return pinyin >= 2


def _glossary_words(glossary: Glossary) -> frozenset[str]:
    """Every word the glossary's renderings use: the genre's own vocabulary and names."""
    words: set[str] = set()
    for term in glossary.terms:
        for rendering in (*term.accepted, *term.avoid):
            words.update(regex.findall(r"\p{L}+", rendering))
    return frozenset(words)


# A letter and a hyphen with spaces after it just before the token: a word broken across a
# line and pasted with its hyphen ("ad- dition"), whose half is no misspelling of another word.
_BROKEN_WORD = regex.compile(r"\p{L}-[ \u00a0]+$")


# An ellipsis right after the token: the site cut a title short in the middle of a word
# ("Previous Article:Oregon Trade Delegat..."), which is no misspelling of another word.
_CUT_SHORT = regex.compile(r"(?:\.{3}|…)")


def _misspelt(
    text: str, wanted: frozenset[str] = frozenset(), titles: frozenset[str] = frozenset()
) -> list[Found]:
    """The findings in one English text: each token that is a suspect word, unless it
    stands in a phrase of another language."""
    found = []
    for m in _WORD.finditer(text):
        start, end, token = m.start(), m.end(), m.group()
        if token not in wanted or _in_foreign_phrase(text, start, end):
            continue
        if token[0].isupper() and _in_name_position(text, start, end):
            continue
        if _BROKEN_WORD.search(text, max(0, start - 8), start):
            continue  # "cen- tered": the second half of a word broken at a line end (P309's)
        if _CUT_SHORT.match(text, end):
            continue  # "Next Article:Oregon Trade Delegat...": a link's title cut by the site
        fixed = _suggestion(token, _opens_sentence(text, start)) or glossary_slip(token, titles)
        if fixed is None or _xi_coinage(token, fixed):
            continue
        if fixed == pinyin_shaped_slip(token) and _pinyin_name_place(text, start, end):
            continue  # "Li heping", "fuding city": a name in lower case, not a slip
        message = f"“{token}” looks misspelt: “{fixed}”"
        found.append(Found(start, end, message, fixed))
    for m in _TITLE_SLIP.finditer(text):
        if not all(split_syllables(name.lower()) for name in m.group("name").split()):
            continue  # not a Chinese name in pinyin: "Primer Design" is a firm
        token, fixed = m.group("slip"), _TITLE_SLIPS[m.group("slip")]
        message = f"“{token}” before a name looks misspelt: “{fixed}”"
        found.append(Found(m.start("slip"), m.end("slip"), message, fixed))
    for m in _CITIES_SLIP.finditer(text):
        token = m.group("slip")
        fixed = "Cities" if token[0].isupper() else "cities"
        message = f"“{token}” after “{m.group().split()[0]}” looks misspelt: “{fixed}”"
        found.append(Found(m.start("slip"), m.end("slip"), message, fixed))
    return sorted(found, key=lambda f: f.start)


# Where a lower-case word that reads as pinyin is a name: after a capitalised word (a surname,
# "Li heping") or before a level or street word ("fuding city", "heping road").
_CAPITALISED_BEFORE = regex.compile(r"\p{Lu}\p{Ll}*[ \u00a0]+$")
_LEVEL_AFTER = regex.compile(
    r"[ \u00a0]+(?i:city|county|district|town|township|village|road|street|avenue|province"
    r"|lake|river|mountain|community|subdistrict)(?![\p{L}])"
)


def _pinyin_name_place(text: str, start: int, end: int) -> bool:
    """Whether the lower-case pinyin-shaped word at `start`..`end` stands where a name does."""
    before = text[max(0, start - _BEHIND) : start]
    return bool(_CAPITALISED_BEFORE.search(before) or _LEVEL_AFTER.match(text, end))


def _xi_coinage(token: str, fixed: str) -> bool:
    """Whether `token` is a word coined on Xi Jinping's name, the English word with its first
    letter made "Xi" ("Xiplomacy", "Xictionary": series titles of Xinhua and China Daily),
    not a slip of that word: a typing slip seldom falls on a word's first letter."""
    return token.startswith("Xi") and len(token) > 5 and fixed[1:] == token[1:]


# English words one slip from an official's title, written in the title's place before a
# Chinese name in pinyin: "Primer Li Ming" for Premier, "Secretory Wang Fang" for Secretary.
_TITLE_SLIPS = {"Primer": "Premier", "Secretory": "Secretary"}
_TITLE_SLIP = regex.compile(
    r"(?<![\p{L}\p{N}-])(?P<slip>Primer|Secretory)\s+(?P<name>\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+)(?![\p{L}\p{N}])"
)
_TITLE_SLIP_PREFILTER = r"\b(?:Primer|Secretory)\s+\p{Lu}\p{Ll}+\s+\p{Lu}|\b[Cc]ites\b"
# "cites" (the verb) for "cities", where a number, a determiner or a noun of twinning stands
# before it and only a noun can follow: "the two cites", "International Sister Cites".
_CITIES_SLIP = regex.compile(
    r"(?i:(?<![\p{L}\p{N}-])(?:two|three|four|five|six|seven|eight|nine|ten|\d+|both|these|those"
    r"|several|many|sister|twin|friendship|pilot|neighbouring|neighboring)[ \u00a0]+)"
    r"(?P<slip>cites|Cites)(?![\p{L}\p{N}'’-])"
)


# Function words of the languages whose titles and names turn up in this register, none of
# them an English word: beside one, a word is French, Spanish, Italian, Portuguese, German.
_FOREIGN_FUNCTION_WORDS = frozenset(
    [
        "de",
        "la",
        "del",
        "des",
        "du",
        "le",
        "les",
        "el",
        "los",
        "las",
        "y",
        "et",
        "di",
        "della",
        "delle",
        "und",
        "der",
        "die",
        "das",
        "da",
        "do",
        "dos",
        "por",
        "para",
        "pour",
        "avec",
        "sur",
    ]
)
_NEIGHBOUR = regex.compile(r"\p{L}+")
FOREIGN = 2.0  # a lower-case word rarer than this (Zipf) that is no slip: another language


def _in_foreign_phrase(text: str, start: int, end: int) -> bool:
    """Whether the word at start:end has a neighbour that is not English: a function word of
    another language ("cooperacion de"), or a lower-case word wordfreq hardly knows that is
    no slip nor pinyin ("cooperacion sostenible" is Spanish)."""
    before = [w.group() for w in _NEIGHBOUR.finditer(text, max(0, start - 40), start)][-1:]
    after = [w.group() for w in _NEIGHBOUR.finditer(text, end, end + 40)][:1]
    for word in before + after:
        lower = word.lower()
        if lower in _FOREIGN_FUNCTION_WORDS:
            return True
        if (
            word.islower()
            and len(word) >= 3
            and word.isascii()
            and zipf(word) < FOREIGN
            and word not in GENRE_WORDS
            and split_syllables(word) is None
            and correction(word) is None
        ):
            return True
    return False
