"""N204 title-case-inconsistent."""

from __future__ import annotations

from collections import Counter

import polars as pl
import regex

from tifa.checks.body_case import miscased_bodies
from tifa.checks.context import Context
from tifa.checks.list_case import miscased_list_items
from tifa.checks.place_word_case import miscased_place_words
from tifa.checks.prose import inside_title, prose_segments, prose_text
from tifa.checks.registry import rule
from tifa.checks.rule import Fix, Severity, add_row, new_rows, output
from tifa.checks.rules.t108_miscapitalised_term import followed_by_name
from tifa.glossary.names import pinyin_surnames
from tifa.glossary.normalize import SMALL_WORDS
from tifa.glossary.schema import DESIGNATION_KINDS

_WORDS = r"[\p{L}\p{N}]+"
# A post written in full before or after a name ("Wang Lin, Mayor of the Municipal
# Government"): the body is part of a formal title, capitalised with it, and right beside a
# generic "the municipal government" elsewhere.
_POST_OF = regex.compile(
    r"(?<![\p{L}-])(?:(?:Vice|Deputy|Executive) )?"
    r"(?:Mayor|Governor|Secretary|Secretary-General|Director|Director-General|Chairman"
    r"|Chairwoman|President|Head|Chief) of (?:the )?$"
)


def case_signature(text: str) -> tuple[bool, ...]:
    """Which significant words after the first are capitalised.

    The first word is left out: it is capitalised at the start of a sentence, and a title's
    first word is capitalised before a name and not after it, both correctly.
    """
    words = text.replace("-", " ").split()[1:]
    return tuple(w[0].isupper() for w in words if w.lower() not in SMALL_WORDS and w[0].isalpha())


@rule("N204", "title-case-inconsistent", Severity.WARNING, Fix.UNSAFE)
def title_case_inconsistent(ctx: Context) -> pl.DataFrame:
    """The same title or body capitalised two ways in one document.

    ## What it does
    Compares the capitalisation of every occurrence of each glossary title or body (two words
    or more) within a document, leaving out headings (Title Case by design) and the first
    word (capitalised at the start of a sentence, and in a title before a name but not after
    it), occurrences inside a longer Title Case name or document title ("Implementation
    Plan of the Municipal Government to Promote …"), and full names with an acronym in
    brackets. The glossary's own capitalisation is the reference when the
    document uses it; otherwise the most frequent one is.

    Body names the glossary does not list are read against the document itself: a place
    followed by a name the document capitalises elsewhere ("Shahekou District", "Shenyang
    Foreign Affairs Office") is flagged where it is in lower case ("Shahekou district",
    "Dalian foreign affairs office"); so is a gazetteer city or province followed by a
    lower-case name of up to four words ending in office, bureau, commission, committee,
    department or administration ("Harbin foreign affairs office", "Harbin urban and rural
    planning committee") in a document that capitalises body names. Names of level words
    and a head noun alone ("the Dalian municipal government") describe and are left alone,
    as are generic mentions ("the districts of Dalian"), clauses ("Harbin has set up a
    committee"), generic committees ("the Dalian organizing committee") and names with a
    level word, which Xinhua writes in lower case ("the Changsha municipal health
    commission"). A plural whose head is in lower case ("municipal governments at all
    levels", "municipal Party committees") names a class, not the body, and is not compared,
    nor is a body named with its place in capitals beside its back-reference in lower case
    ("the Jinhua Municipal Government … of the municipal government"), each as English writes it.
    In one sentence that lists bodies ("the Provincial Emergency
    Management Department, the provincial forestry bureau and …"), a lower-case name of a
    level word, words and a head noun is flagged beside a capitalised one built the same way.
    A place with a level word ("Longkou City", "Paizhen Town") is flagged where the same
    document writes the level word in lower case ("in Longkou city, …"), unless lower case
    is the page's more common style or the word goes on into a compound ("Mito city
    council"); a province likewise ("Hunan Province" in the page's own words, "Hunan
    province shall …" further on), its capitals in quotation marks left uncounted, as
    Xinhua quotes a name or slogan with them beside its own lower case. A place the
    document names only with a lower-case level word ("Chaanpu town") is flagged where the
    document capitalises that level word after another place ("Yiwangxi Town") and level
    words at least as often as not.

    ## Why is this bad?
    "the Provincial Party Committee" in one sentence and "the provincial party committee" in
    the next reads as carelessness, and in official texts capitals mark proper names.

    ## Example
    ```text
    member of the Standing Committee of the Provincial Party Committee ...
    in accordance with the requirements of the provincial party committee
    ```

    ## Use instead
    ```text
    in accordance with the requirements of the Provincial Party Committee
    ```

    ## Fix safety
    Unsafe: the reference capitalisation is suggested; house style decides.
    """
    rows = new_rows()
    bodies = [*miscased_bodies(ctx), *miscased_place_words(ctx)]
    for body in sorted(bodies, key=lambda b: (b.doc, b.start)):
        model = body.model and f"“{body.suggestion}”"
        message = (
            f"“{body.text}” is capitalised differently from {model} elsewhere in this document"
            if model
            else f"“{body.text}” names one body: its name is capitalised like the others here"
        )
        if body.styled_after:
            message = (
                f"“{body.text}”: this document capitalises the level word after its other "
                f"places (“{body.styled_after}”)"
            )
        add_row(rows, body.doc, body.start, body.end, message, body.suggestion)
    prose = prose_text(ctx)
    for item in miscased_list_items(prose):
        message = f"“{item.text}” is in lower case in a list whose other body names are capitalised"
        add_row(rows, item.doc, item.start, item.end, message, item.suggestion)
    kinds = {
        t.id: t
        for t in ctx.glossary.active()
        if t.kind in DESIGNATION_KINDS and len(t.en.split()) >= 2
    }
    if not kinds:
        return output(rows)
    segs = prose_segments(ctx)
    surnames = pinyin_surnames()
    hits = (
        ctx.hits.filter(pl.col("term_id").is_in(list(kinds)) & (pl.col("form") != "pattern"))
        .join(segs, on=["doc", "seg"], how="inner")
        .sort("doc", "start")
    )
    # Compare occurrences of the same rendering only: "CPC" and "Communist Party of China" are
    # two renderings (T104's business), not one written two ways.
    # A full name with its acronym in brackets ("Communist Party of China (CPC) Central
    # Committee") is found as the short form but has other words: nothing to compare.
    hits = hits.with_columns(form_key=pl.col("form_text").str.to_lowercase()).filter(
        pl.col("text").str.count_matches(_WORDS) == pl.col("form_text").str.count_matches(_WORDS)
    )
    # Columnar pass: the capital letters of each occurrence (first word aside) as a string, and
    # only groups where those differ go on to Python. Small words are lower case either way
    # far more often than not, so counting them here only lets a few more groups through.
    shape = (
        pl.col("text")
        .str.replace_all("-", " ")
        .str.split(" ")
        .list.slice(1)
        .list.eval(pl.element().str.slice(0, 1))
        .list.join("")
    )
    varied = (
        hits.with_columns(shape=shape)
        .group_by("doc", "term_id", "form_key")
        .agg(pl.col("shape").n_unique().alias("shapes"))
        .filter(pl.col("shapes") > 1)
    )
    hits = hits.join(
        varied.select("doc", "term_id", "form_key"), on=["doc", "term_id", "form_key"], how="semi"
    ).join(ctx.segments.select("doc", "seg", "tgt"), on=["doc", "seg"], how="left")
    for (doc, term_id, _form), group in hits.group_by(
        "doc", "term_id", "form_key", maintain_order=True
    ):
        if group.height < 2:
            continue
        term = kinds[str(term_id)]
        title = term.kind == "title"
        occurrences = [
            (start, end, text, suffix, case_signature(text), title or start == seg_start)
            for start, end, text, suffix, seg_start, tgt in group.select(
                "start", "end", "text", "suffix", "seg_start", "tgt"
            ).iter_rows()
            if not inside_title(tgt, start - seg_start, end - seg_start)
            # Before a name a title is capitalised, after it or alone it is not ("Vice
            # Mayor Wang Lin met …; the vice mayor said …"): both right, nothing to compare.
            and not (title and followed_by_name(tgt, end - seg_start, surnames))
            and not (any(case_signature(text)) and _after_post(tgt, start - seg_start))
            # A plural whose head is in lower case names a class, not the body ("municipal
            # governments at all levels", "the municipal Party committees"): right beside "the
            # Municipal Government", and no model for a singular written half in capitals.
            and not (suffix in ("s", "es") and case_signature(text)[-1:] != (True,))
        ]
        signatures = Counter(o[4] for o in occurrences)
        if len(signatures) < 2:
            continue
        if _names_and_back_references(group, occurrences):
            continue
        house = case_signature(term.en)
        if house in signatures:
            reference = house
        else:
            reference = max(
                signatures,
                key=lambda s: (
                    signatures[s],
                    -next(i for i, o in enumerate(occurrences) if o[4] == s),
                ),
            )
        example = next(o for o in occurrences if o[4] == reference)
        model = example[2][: len(example[2]) - len(example[3])] if example[3] else example[2]
        for start, end, text, suffix, signature, keep_first in occurrences:
            if signature == reference:
                continue
            add_row(
                rows,
                int(doc),
                start,
                end,
                f"“{text}” is capitalised differently from “{model}” elsewhere in this document",
                _recase(text, model, suffix, keep_first),
                str(term_id),
            )
    return output(rows)


# A capitalised word right before the body: its place ("the Jinhua Municipal Government").
# A determiner opening the sentence is no place.
_NAMED_BY = regex.compile(
    r"(?<![\p{L}\p{N}'’-])(?!(?:The|A|An|This|That|These|Its|Our|Their)[ \u00a0])"
    r"\p{Lu}[\p{L}'’-]*[ \u00a0]+$"
)


def _names_and_back_references(
    group: pl.DataFrame, occurrences: list[tuple[int, int, str, str, tuple[bool, ...], bool]]
) -> bool:
    """Whether every capitalised occurrence follows its place's name and every one in lower
    case does not: "the Jinhua Municipal Government … the municipal government" is a name and
    its back-reference, each written as English writes it, not one name spelt two ways."""
    seg_of = {
        start: (tgt, seg_start)
        for start, seg_start, tgt in group.select("start", "seg_start", "tgt").iter_rows()
    }
    for start, _end, _text, _suffix, signature, _first in occurrences:
        tgt, seg_start = seg_of[start]
        named = _NAMED_BY.search(tgt, max(0, start - seg_start - 40), start - seg_start)
        if any(signature) != (named is not None):
            return False
    return True


def _after_post(tgt: str, start: int) -> bool:
    """Whether the body at `start` ends a capitalised post's full title ("Mayor of the …")."""
    return _POST_OF.search(tgt[max(0, start - 40) : start]) is not None


def _recase(text: str, model: str, suffix: str, keep_first: bool) -> str:
    """`text` with each word given the capitalisation of the word at the same place in `model`;
    the first word keeps its own when it starts a sentence or a title."""
    words, models = text.split(" "), model.split(" ")
    if len(words) != len(models):
        return model + suffix
    out = []
    for i, (w, m) in enumerate(zip(words, models, strict=True)):
        if i == 0 and keep_first:
            out.append(w)
        else:
            out.append(w[:1].upper() + w[1:] if m[:1].isupper() else w[:1].lower() + w[1:])
    return " ".join(out)
