"""T108 miscapitalised-term."""

from __future__ import annotations

import polars as pl
import regex

from tifa.checks.context import Context
from tifa.checks.many_parties import many_parties_before
from tifa.checks.prose import prose_segments, running_segments
from tifa.checks.registry import rule
from tifa.checks.rule import Fix, Severity, add_row, new_rows, output
from tifa.glossary.institutions import HEAD_NOUNS, LEVEL_WORDS, is_number
from tifa.glossary.names import pinyin_surnames, split_syllables
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


# Kinds whose pattern hits are names: bodies, titles, and named zones and places ("China
# (Yunnan) Pilot Free Trade Zone", an entry of kind other).
_NAMED_BY_PATTERN = ("body", "title", "place", "other")


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


def followed_by_name(text: str, end: int, names: frozenset[str]) -> bool:
    """Whether a person's name ("Xi Jinping", "Tan Zuojun") comes right after `end`."""
    m = regex.match(r"[ \u00a0]+(\p{Lu}\p{Ll}+)[ \u00a0]+\p{Lu}\p{Ll}+", text[end:])
    return m is not None and m.group(1) in names


@rule("T108", "miscapitalised-term", Severity.WARNING, Fix.UNSAFE)
def miscapitalised_term(ctx: Context) -> pl.DataFrame:
    """A glossary proper name written with lower-case words the glossary capitalises.

    ## What it does
    Compares the capitals of each glossary rendering found in running prose with the
    glossary's own, even when the document never writes the right form. Only proper names
    are checked, and only words the glossary capitalises written in lower case:

    - people, places and slogans whose rendering has capitals ("the belt and road
      initiative", "xi jinping"), wherever they stand, except compass words ("northeast
      China's Liaoning" is how official English describes it) and a slogan or a region
      whose proper part is capitalised and only its generic last noun is not ("the Belt
      and Road initiative", "the Yangtze River delta", the house style of some outlets);
    - documents written half one way and half the other, or in lower case with an ordinal
      ("the 14th five-year plan"); "a government work report" describes and is left alone;
    - bodies written half one way and half the other ("provincial party Committee", "CPC
      Liaoning provincial committee", "deputy to the municipal People's Congress"), or in
      lower case with "party" or with a word that is no level or head noun ("municipal
      development and reform commission"); "the provincial Party committee" and "the
      Dalian municipal government" describe the body, as official English does, and are
      left alone;
    - titles right before a person's name ("general secretary Xi Jinping"); after a name
      or alone they are lower case in official English, but the body a title names after
      "of" is checked as a body ("member of the standing committee of the provincial party
      committee").

    A body named inside a longer slogan is checked as that body ("the CPC central committee
    with Comrade Xi Jinping at the core"), in running text, a long paragraph cut short too.

    A body's name all in lower case after "a", "an", "each" or "every" is one of many, a
    common noun ("a former vice-chairman of a municipal people's congress"), and is left
    alone unless it has "party" in it. So is a people's congress or government described
    in lower case after "the" ("the annual session of the provincial people's congress", as
    China Daily writes it), unless the document writes that body in capitals elsewhere or
    writes a local Party body with "party" in lower case.

    Headings, document titles and captions (paragraphs that do not end like a sentence) are
    left out, unless the document's prose writes the same name the same wrong way: then
    the heading's ("Lushunkou district holds …" over "Lushunkou district held …") is the
    page's slip, not a headline style. People whose given name alone is lower case are
    left out (N205). When N204 flags the
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
    literal = pl.col("form").is_in(["en", "allowed"])
    # Columnar: literal hits whose word initials differ from the rendering's, and pattern
    # hits of bodies and titles with both capitals and lower case, go on to Python.
    pattern = (
        (pl.col("form") == "pattern")
        & pl.col("term_id").is_in(sorted(t for t, k in kinds.items() if k in _NAMED_BY_PATTERN))
        & pl.col("text").str.contains(r"(?:^|[^\p{L}])\p{Ll}")
        & pl.col("text").str.contains(r"\p{Lu}")
    )
    # Initials are compared once per distinct (text, form) pair: a file's hits repeat them.
    recased = (
        ctx.hits.filter(literal)
        .select("text", "form_text")
        .unique()
        .filter(_initials("text") != _initials("form_text"))
        .with_columns(_recased=pl.lit(True))
    )
    # Pattern hits of slogans with a lower-case word: a body's name inside one ("the CPC
    # central committee with Comrade Xi Jinping at the core") is hidden from the body's own
    # literal hit by the longer slogan, and is judged as that body (see _inner_bodies).
    slogan = (
        (pl.col("form") == "pattern")
        & pl.col("term_id").is_in(sorted(t for t, k in kinds.items() if k == "slogan"))
        & pl.col("text").str.contains(r"(?:^|[^\p{L}])\p{Ll}")
    )
    hits = (
        ctx.hits.join(recased, on=["text", "form_text"], how="left", maintain_order="left")
        .filter((literal & pl.col("_recased")) | pattern | slogan)
        .drop("_recased")
    )
    # Slogans are judged in running text, which also takes a long paragraph whose end was
    # cut short; the other hits in prose that ends like a sentence.
    is_slogan = slogan & ~pattern
    prose = prose_segments(ctx)
    # A heading or a line cut short is read only for a name its own document's prose writes
    # the same wrong way ("Lushunkou district holds …" over "Lushunkou district held …"):
    # the prose shows the lower case is no headline style but the page's slip, which an
    # editor fixes in the heading too. Prose comes first, so its findings are known then.
    outside = ctx.segments.select("doc", "seg", seg_start="start").join(
        prose, on=["doc", "seg"], how="anti"
    )
    hits = pl.concat(
        [
            hits.filter(~is_slogan)
            .join(prose, on=["doc", "seg"], how="inner")
            .with_columns(_outside=pl.lit(False)),
            hits.filter(is_slogan)
            .join(running_segments(ctx), on=["doc", "seg"], how="inner")
            .with_columns(_outside=pl.lit(False)),
            hits.filter(~is_slogan)
            .join(outside, on=["doc", "seg"], how="inner")
            .with_columns(_outside=pl.lit(True)),
        ],
        how="vertical_relaxed",
    )
    if not hits.height:
        return output(rows)
    names = pinyin_surnames() | frozenset(
        t.en.split()[0] for t in ctx.glossary.active() if t.kind == "person"
    )
    # A rendering the glossary lists letter for letter is right, whatever the approved
    # form capitalises ("Xinjiang Uygur autonomous region", the China Daily style).
    exact = {(t.id, form) for t in ctx.glossary.active() for form in t.accepted}
    texts = ctx.segments.select("doc", "seg", "tgt")
    hits = hits.join(texts, on=["doc", "seg"], how="left").sort("_outside", "doc", "start")
    # (doc, text) of each name flagged in prose: a heading's hit is flagged only with one.
    flagged: set[tuple[int, str]] = set()
    # A translation memory repeats its units: each hit in the same text is judged once.
    judged: dict[tuple[str, str, str, str, str, int, int], tuple[str, str] | None] = {}
    evidence: tuple[set[tuple[int, str]], set[int], dict[int, str]] | None = None
    written_in: dict[tuple[int, str], bool] = {}
    bodies: tuple[regex.Pattern[str], dict[str, tuple[str, str]]] | None = None
    for doc, start, end, text, form, how, term_id, tgt, seg_start, out in hits.select(
        "doc",
        "start",
        "end",
        "text",
        "form_text",
        "form",
        "term_id",
        "tgt",
        "seg_start",
        "_outside",
    ).iter_rows():
        if (term_id, text) in exact or (out and (doc, text) not in flagged):
            continue
        if text.startswith("party") and many_parties_before(tgt, start - seg_start):
            continue  # "political parties worldwide … party building": every party's
        if how == "pattern" and kinds.get(term_id) == "slogan":
            bodies = bodies or _body_names(ctx)
            for offset, inner_end, message, fixed, body_id in _inner_bodies(
                bodies, text, tgt, start - seg_start, names
            ):
                add_row(rows, doc, start + offset, start + inner_end, message, fixed, body_id)
            continue
        key = (text, form, how, term_id, tgt, start - seg_start, end - seg_start)
        if key not in judged:
            kind = kinds.get(term_id, "other")
            judged[key] = _judged(*key, kind, names)
        found = judged[key]
        if found is None:
            continue
        if kinds.get(term_id) == "body" and _described(
            text, tgt, start - seg_start, end - seg_start
        ):
            evidence = evidence or _capitals_evidence(ctx)
            capitalised, careless, doc_texts = evidence
            # A translation memory is one document: search its text once per form.
            if (doc, form) not in written_in:
                written_in[doc, form] = form.replace("’", "'") in doc_texts.get(doc, "")
            written = written_in[doc, form]
            if not written and (doc, term_id) not in capitalised and doc not in careless:
                continue
        message, fixed = found
        add_row(rows, doc, start, end, message, fixed, term_id)
        flagged.add((doc, text))
    return output(rows)


# A people's congress or government described all in lower case after "the" ("the annual
# session of the provincial people's congress", "on behalf of the provincial people's
# government"): how China Daily and Xinhua refer to the body of the place a story is
# about. Only "people's" makes such a name specific; a place before it makes it a name.
_PEOPLES = frozenset({"people's", "people’s"})
_THE_BEFORE = regex.compile(r"(?<![\p{L}])the[ \u00a0]+$")
_OF_PLACE_AFTER = regex.compile(r"[ \u00a0]+of[ \u00a0]+\p{Lu}")
# "party" in lower case for a local Party body: a document that writes it so writes its
# bodies' names in lower case by slip, not by style (polars' regex: no look-behind).
_LOWER_PARTY = (
    r"(?:^|[^\p{L}])(?:provincial|municipal|city|county|district|regional|prefectural"
    r"|township|village)[ \u00a0]+party[ \u00a0]+(?:committee|secretary|chief|school|members?)"
    r"(?:$|[^\p{L}])"
)


def _described(text: str, tgt: str, local: int, local_end: int) -> bool:
    """Whether a body's name is written all in lower case after "the", of level and head
    words and "people's" alone, with no place after it ("the provincial people's congress";
    not "the municipal people's congress of Guilin"): a description."""
    words = [w.lower() for w in _WORD.findall(text)]
    plain = LEVEL_WORDS | HEAD_NOUNS | SMALL_WORDS | _PEOPLES
    return (
        text == text.lower()
        and bool(_PEOPLES & set(words))
        and all(w in plain for w in words)
        and bool(_THE_BEFORE.search(tgt, 0, local))
        and not _OF_PLACE_AFTER.match(tgt, local_end)
    )


def _capitals_evidence(
    ctx: Context,
) -> tuple[set[tuple[int, str]], set[int], dict[int, str]]:
    """The (document, term) pairs a document writes with the glossary's capitals, the
    documents that write a local Party body with "party" in lower case, and each document's
    text (straight apostrophes) to find a capitalised name inside a longer one ("Deputies to
    the Provincial People's Congress"): where any shows, a body in lower case is a slip, not
    the house style."""
    literal = ctx.hits.filter(pl.col("form").is_in(["en", "allowed"]))
    capitalised = literal.filter(_initials("text") == _initials("form_text"))
    pairs = set(capitalised.select("doc", "term_id").unique().iter_rows())
    careless = ctx.segments.filter(pl.col("tgt").str.contains(_LOWER_PARTY))
    texts = (
        ctx.segments.group_by("doc", maintain_order=True)
        .agg(pl.col("tgt").str.replace_all("’", "'", literal=True).str.join("\n"))
        .iter_rows()
    )
    return pairs, set(careless.get_column("doc").unique().to_list()), dict(texts)


def _body_names(ctx: Context) -> tuple[regex.Pattern[str], dict[str, tuple[str, str]]]:
    """A pattern of the glossary's bodies of two words or more with a capital, any case,
    and each body's rendering and id by its lower-case text."""
    by_text = {
        " ".join(t.en.lower().split()): (t.en, t.id)
        for t in ctx.glossary.active()
        if t.kind == "body" and len(t.en.split()) >= 2 and t.en != t.en.lower()
    }
    parts = sorted(by_text, key=lambda e: (-len(e), e))
    alternation = "|".join(r"[ \u00a0]+".join(map(regex.escape, e.split())) for e in parts)
    return regex.compile(
        rf"(?i)(?<![\p{{L}}\p{{N}}'’-])(?:{alternation})(?![\p{{L}}\p{{N}}'’-])"
    ), by_text


def _inner_bodies(
    bodies: tuple[regex.Pattern[str], dict[str, tuple[str, str]]],
    text: str,
    tgt: str,
    local: int,
    names: frozenset[str],
) -> list[tuple[int, int, str, str, str]]:
    """(start, end, message, fixed text, body id) for each body named inside a slogan's
    pattern hit with capitals the body's rendering does not have."""
    pattern, by_text = bodies
    found = []
    for m in pattern.finditer(text):
        en, body_id = by_text[" ".join(m.group().lower().split())]
        key = (m.group(), en, "en", body_id, tgt, local + m.start(), local + m.end())
        judged = _judged(*key, "body", names)
        if judged is not None:
            found.append((m.start(), m.end(), judged[0], judged[1], body_id))
    return found


def _judged(
    text: str,
    form: str,
    how: str,
    term_id: str,
    tgt: str,
    local: int,
    local_end: int,
    kind: str,
    names: frozenset[str],
) -> tuple[str, str] | None:
    """The message and the capitalised text for a hit from `local` to `local_end` in the
    segment `tgt`, or None when its capitals are right."""
    at_start = _starts_sentence(tgt, local)
    if kind == "body" and _indefinite_generic(text, tgt, local):
        return None  # "a former vice-chairman of a municipal people's congress": any one
    if how == "pattern" or (kind in ("body", "title") and _aligned(text, form) is None):
        # A pattern hit, or a literal one whose words do not line up with the rendering's (a
        # full name for its acronym: "… of the Chinese people's Political Consultative
        # Conference (CPPCC)" for "… of the CPPCC"): judged by its closing name phrase.
        offsets = _half_capitalised_tail(text, at_start) or (
            _named_in_lower_case(text, at_start) if kind == "body" else []
        )
        if kind == "title":
            offsets = _title_words_kept_lower(text, form, offsets)
        message = f"“{text}” capitalises only part of a proper name ({term_id})"
    else:
        offsets = _lowered_in_name(text, form, kind, at_start, tgt, local_end, names)
        message = f"“{text}” is a proper name: the glossary writes “{form}” ({term_id})"
    if not offsets:
        return None
    fixed = list(text)
    for offset in offsets:
        fixed[offset] = fixed[offset].upper()
    return message, "".join(fixed)


def _title_words_kept_lower(text: str, form: str, offsets: list[int]) -> list[int]:
    """`offsets` without the words the title's rendering itself writes in lower case: the
    full name of a body for its acronym before a title noun ("National People's Congress
    (NPC) deputies" for "NPC deputy") is a proper name and a common noun, rightly cased."""
    lower = {w for w in _WORD.findall(form) if w[:1].islower()}
    kept = []
    for offset in offsets:
        word = _WORD.match(text, offset)
        stem = word.group(0) if word else ""
        singular = {stem, stem[:-1], stem[:-3] + "y" if stem.endswith("ies") else stem}
        if not singular & lower:
            kept.append(offset)
    return kept


# An indefinite or distributive determiner right before a body's name: "a municipal people's
# congress in Anhui" is one of many, a common noun in lower case.
_INDEFINITE = regex.compile(r"(?<![\p{L}])(?:a|an|any|each|every|another)[ \u00a0]+$")


def _indefinite_generic(text: str, tgt: str, local: int) -> bool:
    """Whether a body's name written all in lower case follows "a", "an", "each" ... and has
    no "party" in it (the Party is capitalised wherever it stands)."""
    words = _WORD.findall(text)
    return (
        bool(_INDEFINITE.search(tgt, 0, local))
        and all(w[:1].islower() for w in words)
        and "party" not in (w.lower() for w in words)
    )


def _lowered_in_name(
    text: str, form: str, kind: str, at_start: bool, tgt: str, end: int, names: frozenset[str]
) -> list[int]:
    """Offsets of the words of a literal hit to capitalise, by the rules of its kind."""
    aligned = _aligned(text, form)
    if aligned is None:
        return []
    lowered = [(o, w, m) for o, w, m in aligned if _lowered(w, m)]
    if all(w.lower() in COMPASS for _o, w, _m in lowered):
        return []
    # The first word of a sentence takes a capital whatever it is: it says nothing about how
    # the rest of the name is written.
    inner = aligned[1:] if at_start else aligned
    if kind == "person":
        if not _lowered(aligned[0][1], aligned[0][2]):
            return []  # surname capitalised: a lower-case given name is N205's
    elif kind == "title":
        if not followed_by_name(tgt, end, names):
            # After a name or alone a title is lower case; the body it names after "of" is
            # still a body ("member of the standing committee of the provincial party
            # committee").
            of = next((k for k, (_o, _w, m) in enumerate(aligned) if m == "of"), None)
            body = aligned[of + 1 :] if of is not None else []
            return _lowered_in_body(body, body) if body else []
    elif kind == "body":
        return _lowered_in_body(aligned, inner)
    elif kind == "document":
        # "a government work report" describes; "the 14th five-year plan" names one plan.
        capitals = [_lowered(w, m) for _o, w, m in inner if m[:1].isupper()]
        mixed = any(capitals) and not all(capitals)
        if not mixed and not any(is_number(w) for _o, w, _m in aligned):
            return []
    elif kind not in ("place", "slogan"):
        return []
    elif _generic_head_only(aligned, lowered, _GENERIC_HEADS[kind]):
        # "the Belt and Road initiative", "the Yangtze River delta": the house style of
        # some outlets (Xinhua writes the geographic noun of a region in lower case)
        return []
    elif kind == "place" and _plural_head(aligned):
        # "the Tibet and Xinjiang Uygur autonomous regions": two places share one plural
        # noun, a common noun that official English writes in lower case.
        return []
    elif kind == "slogan" and _quoted_numbered_formula(aligned, tgt, end - len(text), end):
        # "the 'three stricts and three earnests'": Xinhua and China Daily write the
        # numbered formulas in lower case inside their quotation marks, as a house style.
        return []
    return [o for o, _w, _m in lowered]


_NUMBER_WORDS = frozenset(
    ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "twelve"]
)
_OPENING_QUOTES = "\"“‘'"
_CLOSING_QUOTES = "\"”’'"


def _quoted_numbered_formula(
    aligned: list[tuple[int, str, str]], tgt: str, start: int, end: int
) -> bool:
    """Whether a slogan written all in lower case opens on a number word ("three stricts
    and three earnests") and stands in quotation marks (its closing mark may follow a
    comma: "… earnests,\"")."""
    if aligned[0][1].lower() not in _NUMBER_WORDS:
        return False
    if any(w[:1].isupper() for _o, w, _m in aligned):
        return False
    before = tgt[max(0, start - 1) : start]
    after = tgt[end : end + 2]
    return bool(before) and before in _OPENING_QUOTES and any(c in _CLOSING_QUOTES for c in after)


def _plural_head(aligned: list[tuple[int, str, str]]) -> bool:
    """Whether the name's last word is written as the plural of the glossary's
    ("regions" for "Region")."""
    _o, last, model = aligned[-1]
    word, model = last.lower(), model.lower()
    return word != model and word.startswith(model.rstrip("y")) and word.endswith("s")


# The generic noun that closes a slogan's or a region's name, which some outlets write in
# lower case ("the Belt and Road initiative", "the Pearl River delta").
_GENERIC_HEADS = {
    "slogan": frozenset({"initiative", "strategy", "plan", "program", "programme", "campaign"}),
    "place": frozenset({"delta", "basin"}),
}


def _generic_head_only(
    aligned: list[tuple[int, str, str]],
    lowered: list[tuple[int, str, str]],
    heads: frozenset[str],
) -> bool:
    """Whether only the last word, a generic noun, is in lower case and the proper part
    before it is capitalised ("Belt and Road initiative")."""
    return (
        len(aligned) >= 2
        and [o for o, _w, _m in lowered] == [aligned[-1][0]]
        and aligned[-1][1] in heads
        and aligned[0][1][:1].isupper()
    )


def _lowered_in_body(
    aligned: list[tuple[int, str, str]], inner: list[tuple[int, str, str]]
) -> list[int]:
    """Offsets to capitalise in a body's name: when it is half one way and half the other,
    has an acronym before a lower-case word, or is all lower case with a word that names."""
    lowered = [(o, w, m) for o, w, m in aligned if _lowered(w, m)]
    capitals = [_lowered(w, m) for _o, w, m in inner if m[:1].isupper() and not _proper(w)]
    mixed = any(capitals) and not all(capitals)
    if not lowered or not (mixed or _acronym_before_lower(aligned) or _specific(lowered)):
        return []
    if not mixed and not _acronym_before_lower(aligned) and _plural_class(aligned, lowered):
        return []
    return [o for o, _w, _m in lowered]


def _plural_class(aligned: list[tuple[int, str, str]], lowered: list[tuple[int, str, str]]) -> bool:
    """Whether a body written all in lower case names a class of bodies by its plural head:
    "new leaders of provincial people's congresses" are many congresses, a common noun in
    lower case, as official English writes it. "party" in lower case is still the Party's,
    and N207 says so alone: "provincial party committees" are "provincial Party
    committees", never the proper name's "Provincial Party Committees"."""
    del lowered  # the class is told by its plural head alone
    return _plural_head(aligned)


# The kind of a committee, which describes it like a level word: "the standing committee".
_KINDS = frozenset({"standing"})


def _specific(lowered: list[tuple[int, str, str]]) -> bool:
    """Whether a body written all in lower case names one body rather than describes it:
    "party" in lower case (the Party is always capitalised), or a word that is no level,
    head noun or small word ("municipal development and reform commission"). "the Dalian
    municipal government" describes, as official English does, and so does "the standing
    committee of the municipal Party committee" (China Daily's style): "standing" is the
    committee's kind, as a level word is its rank, and names no one body."""
    for _o, word, _m in lowered:
        w = word.lower()
        if w == "party":
            return True
        if w not in LEVEL_WORDS and w not in HEAD_NOUNS and w not in SMALL_WORDS | _KINDS:
            return True
    return False


def _half_capitalised_tail(text: str, at_start: bool) -> list[int]:
    """For a pattern hit: offsets of the lower-case words of its closing name phrase (after
    its last small word) when that phrase mixes capitals and lower case ("deputies to the
    municipal People's Congress", "CPC Liaoning provincial committee")."""
    words = [(m.start(), m.group()) for m in _WORD.finditer(text)]
    last_small = max((i for i, (_o, w) in enumerate(words) if w.lower() in SMALL_WORDS), default=-1)
    tail = words[last_small + 1 :]
    if at_start and last_small < 0:
        tail = tail[1:]
    acronym = False
    lower, upper = [], 0
    for offset, word in tail:
        if len(word) >= 2 and word.isupper():
            acronym = True
        elif _proper(word):
            continue
        elif word[:1].islower():
            lower.append(offset)
        else:
            upper += 1
    return lower if lower and (upper or acronym) else []


def _named_in_lower_case(text: str, at_start: bool) -> list[int]:
    """For a pattern hit of a body: offsets of its lower-case words when the body's name is
    in lower case around a place name and one of its words names rather than describes
    ("people's government of Dalian"; not "the Dalian municipal government")."""
    words = [(m.start(), m.group()) for m in _WORD.finditer(text)][1 if at_start else 0 :]
    if not any(_proper(w) for _o, w in words):
        return []
    lowered = [(o, w, w) for o, w in words if w[:1].islower() and w.lower() not in SMALL_WORDS]
    if any(w[:1].isupper() and not _proper(w) for _o, w in words) or not _specific(lowered):
        return []
    return [o for o, _w, _m in lowered]


def _acronym_before_lower(aligned: list[tuple[int, str, str]]) -> bool:
    """An acronym in the name before a lowered word: "the CPC central committee"."""
    for _o, word, model in aligned:
        if _lowered(word, model):
            return False
        if len(word) >= 2 and word.isupper():
            return True
    return False


def _proper(word: str) -> bool:
    """A capitalised word that is capitalised wherever it stands: the Party, the country, a
    place name in pinyin ("Dalian", "Liaoning")."""
    if not word[:1].isupper():
        return False
    bare = word.lower().removesuffix("’s").removesuffix("'s")
    return bare in ALWAYS_CAPITAL or split_syllables(bare) is not None
