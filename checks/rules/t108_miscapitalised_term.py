"""T108 miscapitalised-term."""

from __future__ import annotations

import polars as pl
import regex

from tifa.checks.context import Context
from tifa.checks.prose import prose_segments
from tifa.checks.registry import rule
from tifa.checks.rule import Fix, Severity, add_row, new_rows, output
from tifa.glossary.names import pinyin_surnames
from tifa.glossary.normalize import SMALL_WORDS

_WORD = regex.compile(r"[\p{L}\p{N}]+(?:['’][\p{L}]+)?")
# Words official English capitalises wherever they stand for the Party or the country: a
# capital on them says nothing about whether a body's name is written as a proper name
# ("the provincial Party committee" is a generic mention, written correctly).
ALWAYS_CAPITAL = frozenset(["party", "cpc", "communist", "china", "chinese"])
# Compass words are written in lower case as descriptions: "northeast China's Liaoning".
COMPASS = frozenset(
    ["north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest"]
)


def _initials(column: str) -> pl.Expr:
    return (
        pl.col(column)
        .str.extract_all(r"[\p{L}\p{N}]+")
        .list.eval(pl.element().str.slice(0, 1))
        .list.join("")
    )


def _aligned(text: str, form: str) -> list[tuple[int, str, str]] | None:
    """(offset, word, glossary word) for each word of `text` lined up with `form`; None if
    the words do not line up one to one."""
    words, models = list(_WORD.finditer(text)), _WORD.findall(form)
    if len(words) != len(models):
        return None
    return [(m.start(), m.group(), model) for m, model in zip(words, models, strict=True)]


def _lowered(word: str, model: str) -> bool:
    """The glossary capitalises the word and the text does not."""
    return model[:1].isupper() and word[:1].islower()


def _starts_sentence(text: str, start: int) -> bool:
    before = text[:start].rstrip(" \u00a0“\"‘'(")
    return not before or before[-1] in ".!?:;"


def _followed_by_name(text: str, end: int, names: frozenset[str]) -> bool:
    """Whether a person's name ("Xi Jinping", "Tan Zuojun") comes right after `end`."""
    m = regex.match(r"[ \u00a0]+(\p{Lu}\p{Ll}+)[ \u00a0]+\p{Lu}\p{Ll}+", text[end:])
    return m is not None and m.group(1) in names


def _after_a_name(text: str, start: int) -> bool:
    """Whether a capitalised word that does not begin the sentence comes right before
    `start`: a place ("Dalian municipal party committee") makes a generic phrase a name."""
    m = regex.search(r"(\p{Lu}[\p{L}’'-]*)[ \u00a0]+$", text[:start])
    if m is None:
        return False
    before = text[: m.start()].rstrip()
    return bool(before) and before[-1] not in '.!?:;“"' and m.group(1).lower() not in SMALL_WORDS


@rule("T108", "miscapitalised-term", Severity.WARNING, Fix.UNSAFE)
def miscapitalised_term(ctx: Context) -> pl.DataFrame:
    """A glossary proper name written with lower-case words the glossary capitalises.

    ## What it does
    Compares the capitals of each glossary rendering found in running prose with the
    glossary's own, even when the document never writes the right form. Only proper names
    are checked, and only words the glossary capitalises written in lower case:

    - people, places, documents and slogans whose rendering has capitals ("the belt and
      road initiative", "the 14th five-year plan"), wherever they stand, except compass
      words ("northeast China's Liaoning" is how official English describes it);
    - bodies written half one way and half the other ("provincial party Committee"), or in
      lower case after a place name ("Dalian municipal party committee"); a body in lower
      case alone is a generic mention ("the provincial Party committee") and is left alone;
    - titles right before a person's name ("general secretary Xi Jinping"); after a name
      or alone they are lower case in official English.

    Headings, document titles and captions (paragraphs that do not end like a sentence) are
    left out; so are people whose given name alone is lower case (N205). When N204 flags the
    same text, the two are one finding under T108.

    ## Why is this bad?
    Capitals mark proper names: "the belt and road initiative" reads as a description, not
    the initiative, and a half-capitalised body name looks careless.

    ## Example
    ```text
    General secretary Xi Jinping stressed the belt and road initiative.
    ```

    ## Use instead
    ```text
    General Secretary Xi Jinping stressed the Belt and Road Initiative.
    ```

    ## Fix safety
    Unsafe: the glossary's capitals are suggested; whether a mention is the name or a
    generic description is for a person to judge.
    """
    rows = new_rows()
    kinds = {t.id: t.kind for t in ctx.glossary.active()}
    hits = ctx.hits.filter(pl.col("form").is_in(["en", "allowed"])).join(
        prose_segments(ctx), on=["doc", "seg"], how="inner"
    )
    # Columnar: only hits whose word initials differ from the rendering's go on to Python.
    hits = hits.filter(_initials("text") != _initials("form_text"))
    if not hits.height:
        return output(rows)
    names = pinyin_surnames() | frozenset(
        t.en.split()[0] for t in ctx.glossary.active() if t.kind == "person"
    )
    texts = ctx.segments.select("doc", "seg", "tgt")
    hits = hits.join(texts, on=["doc", "seg"], how="left").sort("doc", "start")
    for doc, start, end, text, form, term_id, tgt, seg_start in hits.select(
        "doc", "start", "end", "text", "form_text", "term_id", "tgt", "seg_start"
    ).iter_rows():
        kind = kinds.get(term_id, "other")
        aligned = _aligned(text, form)
        if aligned is None:
            continue
        local = start - seg_start
        lowered = [(o, w, m) for o, w, m in aligned if _lowered(w, m)]
        if all(w.lower() in COMPASS for _o, w, _m in lowered):
            continue
        # The first word of a sentence takes a capital whatever it is: it says nothing
        # about how the rest of the name is written.
        inner = aligned[1:] if _starts_sentence(tgt, local) else aligned
        if kind == "person":
            if not _lowered(aligned[0][1], aligned[0][2]):
                continue  # surname capitalised: a lower-case given name is N205's
        elif kind == "title":
            if not _followed_by_name(tgt, end - seg_start, names):
                continue
        elif kind == "body":
            capitals = [
                _lowered(w, m) for _o, w, m in inner if m[:1].isupper() and not _always_capital(w)
            ]
            mixed = any(capitals) and not all(capitals)
            named = _after_a_name(tgt, local) or _acronym_before_lower(aligned)
            if not mixed and not named:
                continue
        elif kind not in ("place", "document", "slogan"):
            continue
        fixed = list(text)
        for offset, _w, _m in lowered:
            fixed[offset] = fixed[offset].upper()
        add_row(
            rows,
            doc,
            start,
            end,
            f"“{text}” is a proper name: the glossary writes “{form}” ({term_id})",
            "".join(fixed),
            term_id,
        )
    return output(rows)


def _acronym_before_lower(aligned: list[tuple[int, str, str]]) -> bool:
    """An acronym in the name before a lowered word: "the CPC central committee"."""
    for _o, word, model in aligned:
        if _lowered(word, model):
            return False
        if len(word) >= 2 and word.isupper():
            return True
    return False


def _always_capital(word: str) -> bool:
    return word[:1].isupper() and word.lower().strip("’'s") in ALWAYS_CAPITAL
