"""U401 cjk-in-english."""

from __future__ import annotations

import unicodedata

import polars as pl
import regex

from tifa.checks.context import Context
from tifa.checks.gbk_reading import utf8_read_as_gbk
from tifa.checks.parallel_paragraphs import parallel_paragraphs
from tifa.checks.parallel_paragraphs import spelt as _spelt
from tifa.checks.quoted_original import in_original
from tifa.checks.registry import rule
from tifa.checks.rule import Fix, Severity, add_row, new_rows, output
from tifa.checks.scan import matches
from tifa.glossary.names import romanize

# Han, kana, hangul and bopomofo; full-width letters and digits (Ａ１), which NFKC folds.
_CJK = r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}\p{Bopomofo}]+"
_FULLWIDTH = "[０-９Ａ-Ｚａ-ｚ]+"  # literal ranges: the same text works in polars and `regex`
_PATTERN = regex.compile(f"(?P<cjk>{_CJK})|(?P<wide>{_FULLWIDTH})")
# A name's own characters in brackets right after it: "Chen Hao (陳豪)", "Yulin (榆林)". Foreign
# outlets and scholars gloss a name so on purpose; the words before the bracket are the
# characters' pinyin, syllable for syllable, which a left-over phrase ("the 14th Five-Year Plan
# (十四五)") never is.
_NAMED_BEFORE = regex.compile(
    r"((?:\p{Lu}[\p{Ll}'’-]*[ \u00a0]){0,3}\p{Lu}[\p{Ll}'’-]*)[ \u00a0]?[(（]$"
)
# Scholars and foreign outlets gloss a term so too, its pinyin in lower case before the
# bracket or inside it before the characters: "bianzhi (编制)", "(chuxin 初心)", "village
# leaders (cun zhuren 村主任)". No English word spells the characters' pinyin.
_PINYIN_BEFORE = regex.compile(r"((?:[\p{Ll}'’-]+[ \u00a0]){0,3}[\p{Ll}'’-]+)[ \u00a0]?[(（]$")
_PINYIN_INSIDE = regex.compile(r"[(（]((?:[\p{L}'’-]+[ \u00a0]){0,3}[\p{L}'’-]+)[ \u00a0]$")
# Any word right before the bracket: on a page that glosses terms on purpose, the English
# term's characters are its gloss too ("section-level (科级) leaders").
_WORD_BEFORE = regex.compile(r"[\p{L}\p{N}'’-][ \u00a0]?[(（]$")
_CLOSED_AFTER = regex.compile(r"^[)）]")
_POSSESSIVE = regex.compile(r"['’]s?$")


def _glosses_name(text: str, start: int, end: int) -> bool:
    """Whether the Han run text[start:end] stands in brackets right after the pinyin it reads."""
    if not _CLOSED_AFTER.match(text[end : end + 1]):
        return False
    head = text[max(0, start - 80) : start]
    before = (
        _NAMED_BEFORE.search(head) or _PINYIN_BEFORE.search(head) or _PINYIN_INSIDE.search(head)
    )
    if before is None:
        return False
    from pypinyin import lazy_pinyin

    han = text[start:end]
    readings = {"".join(lazy_pinyin(han)).replace("ü", "v"), _spelt(romanize(han))}
    # The name may be in the possessive, its characters after the "'s": "Xi Jinping’s (習近平)
    # rule", as the Taipei Times glosses it.
    words = _POSSESSIVE.sub("", before.group(1)).replace("\u00a0", " ").split(" ")
    # The name may be the last words only: "President Xi Jinping (習近平)".
    return any(_spelt(" ".join(words[i:])) in readings for i in range(len(words)))


# A person's name of two to four capitalised words before the bracket: "Willy Lam (". The
# run of capitals must start there: its tail after "the" or another capital names a thing
# ("the National People's Congress (", "The Two Sessions (").
_FULL_NAME_BEFORE = regex.compile(
    r"(?<![\p{L}'’-])(?<!\b[Tt]he[ \u00a0])(?<!\p{Lu}[\p{L}'’.-]*[ \u00a0])(?![Tt]he\b)"
    r"\p{Lu}[\p{Ll}'’-]+(?:[ \u00a0]\p{Lu}[\p{Ll}'’-]*){1,3}[ \u00a0]?[(（]$"
)


def _bracketed_after_name(text: str, start: int, end: int) -> bool:
    """Whether the Han run text[start:end], of two to four characters, stands alone in
    brackets right after a person's name written in capitalised words."""
    return (
        2 <= end - start <= 4
        and _CLOSED_AFTER.match(text[end : end + 1]) is not None
        and _FULL_NAME_BEFORE.search(text[max(0, start - 80) : start]) is not None
    )


def _bracketed_after_word(text: str, start: int, end: int) -> bool:
    """Whether the Han run text[start:end], of two to eight characters, stands alone in
    brackets right after a word."""
    return (
        2 <= end - start <= 8
        and _CLOSED_AFTER.match(text[end : end + 1]) is not None
        and _WORD_BEFORE.search(text[max(0, start - 3) : start]) is not None
    )


# A run wholly in Korean or Japanese script is named so ("한국어" on a language switch is
# no Chinese); a run with a Han character in it is called Chinese.
_HANGUL = regex.compile(r"\p{Hangul}+")
_KANA = regex.compile(r"[\p{Hiragana}\p{Katakana}]+")


def _language(run: str) -> str:
    """The language a run of CJK script is written in, for the message."""
    if _HANGUL.fullmatch(run):
        return "Korean"
    if _KANA.fullmatch(run):
        return "Japanese"
    return "Chinese"


def _garbled_punctuation(text: str, start: int, end: int) -> bool:
    """Whether every character of the Han run text[start:end] belongs to UTF-8 punctuation
    read as GBK ("鈥檚" for "’s", "鈥" alone where a byte was lost)."""
    if "鈥" not in text[start:end]:
        return False
    covered: set[int] = set()
    for s, e, _meant in utf8_read_as_gbk(text[max(0, start - 1) : end + 1]):
        covered.update(range(max(0, start - 1) + s, max(0, start - 1) + e))
    return all(i in covered for i in range(start, end))


@rule("U401", "cjk-in-english", Severity.ERROR, Fix.SAFE)
def cjk_in_english(ctx: Context) -> pl.DataFrame:
    """Chinese characters or full-width letters and digits left in the English.

    ## What it does
    Finds Han characters (and kana, hangul, bopomofo) and full-width Latin letters and digits
    in the English text. Full-width punctuation is P306's business. A name's own characters
    in brackets right after its pinyin ("Chen Hao (陳豪)", "Yulin (榆林)", "Chen Hao’s (陳豪)")
    are a gloss put there on purpose and are left alone; on a page that glosses names so, a name not in pinyin
    keeps its characters too ("Willy Lam (林和立)"). A term's characters after its pinyin in
    lower case ("bianzhi (编制)", "(chuxin 初心)") are a gloss too, and on a page that
    glosses terms so, an English term's characters in brackets right after it
    ("section-level (科级) leaders") are the writer's style. So is the Chinese original a writer sets
    after an English quotation of it, running to the end of the line (“… on the new
    journey.” 在新征程上…), and so is a bilingual page's Chinese paragraph set beside the
    English paragraph that renders it, the two sharing figures or a name in characters and
    in pinyin. UTF-8 punctuation read as GBK ("What鈥檚") is no Chinese but a garble, U406's
    business.

    ## Why is this bad?
    Untranslated Chinese is the plainest sign of an unfinished translation; full-width
    letters and digits look almost right but break search, sorting and number checks.

    ## Example
    ```text
    the 14th Five-Year Plan (十四五) starts in ２０２１
    ```

    ## Use instead
    ```text
    the 14th Five-Year Plan starts in 2021
    ```

    ## Fix safety
    Safe for full-width letters and digits (folded to ASCII); no fix for Chinese characters,
    which need translating.
    """
    rows = new_rows()
    found = list(matches(ctx.segments, "tgt", f"{_CJK}|{_FULLWIDTH}", _PATTERN))
    glossed = {
        doc for doc, _, text, m in found if m.group("cjk") and _glosses_name(text, *m.span())
    }
    # The pages that gloss a term in lower-case pinyin, not only a name.
    terms = {
        doc
        for doc, _, text, m in found
        if m.group("cjk")
        and _glosses_name(text, *m.span())
        and _NAMED_BEFORE.search(text[max(0, m.start() - 80) : m.start()]) is None
    }
    # A bilingual page's Chinese paragraphs beside the English that renders them.
    parallel = parallel_paragraphs(ctx) if any(m.group("cjk") for *_, m in found) else {}
    for doc, base, _text, m in found:
        start, end = base + m.start(), base + m.end()
        if m.group("cjk"):
            if any(s <= start and end <= e for s, e in parallel.get(doc, ())):
                continue
            if _glosses_name(_text, m.start(), m.end()):
                continue
            # A page that glosses names so keeps its style for a name not in pinyin too:
            # "Willy Lam (林和立)" beside "Xi Jinping (習近平)".
            if doc in glossed and _bracketed_after_name(_text, m.start(), m.end()):
                continue
            # A page that glosses its terms in pinyin ("bianzhi (编制)") glosses its English
            # terms so too: "section-level (科级) leaders" is the writer's style, not residue.
            if doc in terms and _bracketed_after_word(_text, m.start(), m.end()):
                continue
            # The original of an English quotation, set after it on purpose.
            if in_original(ctx.text(doc), start, end):
                continue
            # UTF-8 punctuation read as GBK ("What鈥檚"): U406's garble, not Chinese.
            if _garbled_punctuation(_text, m.start(), m.end()):
                continue
            add_row(
                rows,
                doc,
                start,
                end,
                f"{_language(m.group())} text “{m.group()}” left in the English",
            )
        else:
            folded = unicodedata.normalize("NFKC", m.group())
            add_row(rows, doc, start, end, f"full-width “{m.group()}”; use “{folded}”", folded)
    return output(rows)
