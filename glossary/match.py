"""English term matching: every glossary rendering found in the segments, once per run.

How a rendering is found (DESIGN.md, "Matching"):

1. Candidates, columnar: the segment text is normalised by a polars expression (case, quotes,
   dashes, white space) and searched with `str.extract_many`, which is Aho-Corasick in Rust,
   for the normalised key of every rendering.
2. Spans, per candidate row only: a regular expression compiled from the rendering finds the
   exact span in the original text. It accepts any case, any quote or apostrophe style,
   hyphen or dash or space between words, runs of white space, and the plural or possessive
   of the last word; it must start and end on word boundaries. All-capital words (CPC,
   CPPCC) must match in capitals, so that ordinary words are not taken for acronyms.
3. Per-term `pattern` cells run only on the rows a Rust-regex translation of them selects
   (all rows if they use `regex`-only syntax), with a timeout.
4. Overlaps are settled leftmost-longest: "deputy secretary of the Municipal Party
   Committee" wins over the "secretary of the Municipal Party Committee" inside it.

The result is the hits table: ``doc, seg, term_id, form, form_text, text, start, end, suffix``
where ``form`` is en, allowed, pattern or avoid, ``start``/``end`` are offsets in the document
text, and ``suffix`` is the inflection matched after the rendering ("s", "'s").
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache

import polars as pl
import regex

from tifa.caches import kept, source_digest
from tifa.errors import InputError
from tifa.glossary import normalize
from tifa.glossary import pattern as pattern_module
from tifa.glossary.model import Glossary, Term
from tifa.glossary.opaque import hidden, opaque_spans
from tifa.glossary.pattern import MATCH_TIMEOUT, bounded

# Which values of a text column each of some Rust regexes matches (nulls False), in order.
Prefilters = Callable[[pl.Series, Sequence[str]], Sequence[pl.Series]]

HIT_SCHEMA = {
    "doc": pl.UInt32,
    "seg": pl.UInt32,
    "term_id": pl.String,
    "form": pl.String,
    "form_text": pl.String,
    "text": pl.String,
    "start": pl.Int64,
    "end": pl.Int64,
    "suffix": pl.String,
}
# When two renderings cover the same span, the one whose exact spelling matches wins; failing
# that, the approved one.
PRIORITY = {"en": 0, "allowed": 1, "pattern": 2, "avoid": 3}

SEPARATOR = r"(?:\s*" + normalize.DASH_CLASS + r"+\s*|\s+)"
_APOSTROPHE = "['" + regex.escape(normalize.APOSTROPHES) + "]"
_QUOTE = '["' + regex.escape(normalize.DOUBLE_QUOTES) + "]"
_TOKEN = regex.compile(r"[\p{L}\p{N}]+|\s+|.", regex.DOTALL)
_INFLECTION = r"(?P<suffix>" + _APOSTROPHE + r"s|s" + _APOSTROPHE + r"|es|s)?"
BOUNDARY_BEFORE = r"(?<![\p{L}\p{N}])"
BOUNDARY_AFTER = r"(?![\p{L}\p{N}])"


def is_acronym(word: str) -> bool:
    """CPC, NPC, OBOR: matched in capitals only."""
    return len(word) >= 2 and word.isupper() and word.isalpha()


@lru_cache(maxsize=4096)
def form_regex(text: str) -> regex.Pattern[str]:
    """The regular expression that finds one rendering in running text (see module doc).

    Compiled on first use and cached: most renderings never occur in a given run, and
    compiling hundreds of case-insensitive patterns up front would dominate short runs.
    """
    parts: list[str] = []
    tokens = _TOKEN.findall(text.strip())
    last_word = max((i for i, t in enumerate(tokens) if t[0].isalnum()), default=-1)
    for i, tok in enumerate(tokens):
        if tok.isspace() or tok in normalize.DASHES:
            if not parts or parts[-1] != SEPARATOR:
                parts.append(SEPARATOR)
        elif tok in normalize.APOSTROPHES or tok == "'":
            parts.append(_APOSTROPHE)
        elif tok in normalize.DOUBLE_QUOTES or tok == '"':
            parts.append(_QUOTE)
        elif tok[0].isalnum():
            word = regex.escape(tok)
            if is_acronym(tok):
                word = f"(?-i:{word})"
            elif i == last_word and len(tok) > 2 and tok.endswith("y") and tok[-2] not in "aeiou":
                word = regex.escape(tok[:-1]) + "(?:y|ies)"
            parts.append(word)
        elif tok in ",;:":
            parts.append(r"\s*" + regex.escape(tok))
        else:
            parts.append(regex.escape(tok))
    inflect = last_word == len(tokens) - 1 and last_word >= 0
    body = "".join(parts) + (_INFLECTION if inflect else "")
    # VERSION0 folds case simply, which is all English needs, and compiles several times faster.
    return regex.compile(BOUNDARY_BEFORE + body + BOUNDARY_AFTER, regex.IGNORECASE | regex.VERSION0)


@dataclass(frozen=True)
class CompiledForm:
    """One literal rendering ready to search for.

    `written` is what is searched for: the rendering itself, or the rendering with an acronym
    spelt out before it in brackets ("Communist Party of China (CPC) Central Committee" for
    "CPC Central Committee"); `text` is always the glossary's rendering.
    """

    term_id: str
    form: str
    text: str
    strict: str
    written: str = ""

    @property
    def search(self) -> regex.Pattern[str]:
        """The compiled pattern (cached by `form_regex`)."""
        return form_regex(self.written or self.text)


def acronym_expansions(glossary: Glossary) -> dict[str, list[str]]:
    """Acronym -> the full names it abbreviates, from entries that accept both (CPC and
    Communist Party of China): a full name with the acronym in brackets may stand for it."""
    out: dict[str, list[str]] = defaultdict(list)
    for term in glossary.active():
        acronyms = [a for a in term.accepted if is_acronym(a)]
        names = [a for a in term.accepted if " " in a]
        for acronym in acronyms:
            for name in names:
                if name not in out[acronym]:
                    out[acronym].append(name)
    return out


def spelt_out(text: str, expansions: dict[str, list[str]]) -> list[str]:
    """`text` with each acronym in it preceded by its full name: "CPC Central Committee" ->
    ["Communist Party of China (CPC) Central Committee"]. A lone acronym gets nothing."""
    words = text.split(" ")
    if len(words) < 2:
        return []
    out = []
    for i, word in enumerate(words):
        for name in expansions.get(word, ()):
            out.append(" ".join([*words[:i], f"{name} ({word})", *words[i + 1 :]]))
    return out


class EnglishMatcher:
    """Finds every rendering of every active term; build once per glossary, reuse per run."""

    def __init__(self, glossary: Glossary) -> None:
        self.glossary = glossary
        self.forms: list[CompiledForm] = []
        self.by_key: dict[str, list[int]] = defaultdict(list)
        expansions = acronym_expansions(glossary)
        for term in glossary.active():
            for form, texts in (
                ("en", (term.en,)),
                ("allowed", term.allowed),
                ("avoid", term.avoid),
            ):
                for text in texts:
                    strict = normalize.strict_key(text)
                    for written in (text, *spelt_out(text, expansions)):
                        index = len(self.forms)
                        self.forms.append(CompiledForm(term.id, form, text, strict, written))
                        self.by_key[normalize.stem_key(written)].append(index)
        self.keys = sorted(self.by_key)
        self.patterns = _rust_prefilters([t for t in glossary.active() if t.pattern_text])

    def match(self, segments: pl.DataFrame, prefilter: Prefilters | None = None) -> pl.DataFrame:
        """The hits table for `segments` (needs columns doc, seg, tgt, start). `prefilter`
        answers, for the `tgt` column and the pattern terms' Rust prefilters, which values
        each matches, as ``str.contains`` would (nulls False); by default one polars call
        runs them all over every row."""
        raw: list[tuple[int, int, int, str, str, str, str, int, int, str]] = []
        if self.keys and segments.height:
            candidates = (
                segments.select("doc", "seg", "tgt", "start", found=normalize.key_expr("tgt"))
                .with_columns(pl.col("found").str.extract_many(self.keys, overlapping=True))
                .filter(pl.col("found").list.len() > 0)
            )
            for doc, seg, tgt, base, found in candidates.iter_rows():
                opaque = opaque_spans(tgt)
                # A key found five times in a row needs one search; one form may sit under
                # several keys only if two renderings normalise alike, so no set is needed.
                for key in sorted(set(found)):
                    for index in self.by_key[key]:
                        f = self.forms[index]
                        for m in f.search.finditer(tgt):
                            if hidden(tgt, m.start(), m.end(), opaque):
                                continue
                            raw.append(_hit(doc, seg, base, f.term_id, f.form, f.text, m, f.strict))
        rust = [p for _term, p in self.patterns if p is not None]
        wanted = iter((prefilter or _contains_each)(segments["tgt"], rust))
        for term, rust_pattern in self.patterns:
            rows = segments.select("doc", "seg", "tgt", "start")
            if rust_pattern is not None:
                rows = rows.filter(next(wanted))
            if not rows.height:
                continue
            pattern = term.pattern  # compiled here, once a row reaches it
            assert pattern is not None
            for doc, seg, tgt, base in rows.iter_rows():
                try:
                    matches = list(pattern.finditer(tgt, timeout=MATCH_TIMEOUT))
                except TimeoutError:
                    raise InputError(
                        term.origin,
                        f"pattern of {term.id!r} ran longer than {MATCH_TIMEOUT}s",
                        term.line,
                    ) from None
                opaque = opaque_spans(tgt)
                for m in matches:
                    if m.end() > m.start() and not hidden(tgt, m.start(), m.end(), opaque):
                        raw.append(_hit(doc, seg, base, term.id, "pattern", term.en, m, ""))
        return _leftmost_longest(raw)


def _contains_each(values: pl.Series, patterns: Sequence[str]) -> list[pl.Series]:
    # Every prefilter in one polars call: one pass of the table's rows, not one per term.
    found = pl.select(
        values.str.contains(pattern).fill_null(False).alias(str(i))
        for i, pattern in enumerate(patterns)
    )
    return [found[str(i)] for i in range(len(patterns))]


def _hit(
    doc: int,
    seg: int,
    base: int,
    term_id: str,
    form: str,
    form_text: str,
    m: regex.Match[str],
    strict: str,
) -> tuple[int, int, int, str, str, str, str, int, int, str]:
    suffix = m.groupdict().get("suffix") or ""
    text = m.group()
    stem = text[: len(text) - len(suffix)] if suffix else text
    # Rank: an exact spelling (hyphens included) beats a normalised one, then the approved form.
    exact = 0 if strict and normalize.strict_key(stem) == strict else 1
    rank = exact * 10 + PRIORITY[form]
    return (
        doc,
        seg,
        rank,
        term_id,
        form,
        form_text,
        text,
        base + m.start(),
        base + m.end(),
        suffix,
    )


def _leftmost_longest(
    raw: list[tuple[int, int, int, str, str, str, str, int, int, str]],
) -> pl.DataFrame:
    # Sort by segment, start, longest first, best rank; keep a hit only if it starts after the
    # last kept one ends.
    raw.sort(key=lambda h: (h[0], h[1], h[7], -(h[8] - h[7]), h[2], h[3], h[5]))
    kept: dict[str, list[object]] = {k: [] for k in HIT_SCHEMA}
    last: tuple[int, int] = (-1, -1)
    end = -1
    for doc, seg, _rank, term_id, form, form_text, text, start, stop, suffix in raw:
        if (doc, seg) != last:
            last, end = (doc, seg), -1
        if start < end:
            continue
        end = stop
        for k, v in zip(
            HIT_SCHEMA,
            (doc, seg, term_id, form, form_text, text, start, stop, suffix),
            strict=True,
        ):
            kept[k].append(v)
    return pl.DataFrame(kept, schema=HIT_SCHEMA)


def _rust_prefilters(terms: list[Term]) -> list[tuple[Term, str | None]]:
    """Each term with its pattern as a case-insensitive Rust regex for polars, to pick
    candidate rows (`_loose_prefilters`).

    The same for the same patterns on every run, and telling whether they compile has Rust
    compile every one of them (about 0.04 s of CPU for the bundled glossary's 57): kept in
    tifa's cache folder (tifa.caches) under a key of the patterns, the code that loosens them
    and polars' version."""
    key = source_digest(
        __file__,
        pattern_module.__file__,
        extra=f"{pl.__version__}|{[t.pattern_text for t in terms]!r}",
    )
    loose = kept("rust-prefilters-1", key, lambda: _loose_prefilters(terms), list)
    if len(loose) != len(terms):
        loose = _loose_prefilters(terms)
    return list(zip(terms, loose, strict=True))


def _loose_prefilters(terms: list[Term]) -> list[str | None]:
    """Each term's pattern as a case-insensitive Rust regex: Rust's engine has no
    look-around, so look-around groups are dropped: the result matches more, never less,
    which is all a prefilter needs. None if it still does not compile (then every row is a
    candidate). All are tried in one polars call (a call per pattern cost more than the
    matching on a small file), one by one only when some does not compile."""
    loose = ["(?i)" + without_lookaround(bounded(t.pattern_text)) for t in terms]
    if _compiles_in_rust(loose):
        return list(loose)
    return [p if _compiles_in_rust([p]) else None for p in loose]


def _compiles_in_rust(patterns: list[str]) -> bool:
    try:
        pl.select(pl.lit("").str.contains(p).alias(str(i)) for i, p in enumerate(patterns))
    except Exception:  # polars raises ComputeError for syntax Rust's regex lacks
        return False
    return True


def without_lookaround(pattern: str) -> str:
    """`pattern` with every (?=…), (?!…), (?<=…) and (?<!…) group removed."""
    out: list[str] = []
    i, n = 0, len(pattern)
    while i < n:
        if pattern.startswith(("(?=", "(?!", "(?<=", "(?<!"), i):
            depth, j, in_class = 0, i, False
            while j < n:
                ch = pattern[j]
                if ch == "\\":
                    j += 2
                    continue
                if in_class:
                    in_class = ch != "]"
                elif ch == "[":
                    in_class = True
                elif ch == "(":
                    depth += 1
                elif ch == ")":
                    depth -= 1
                    if depth == 0:
                        break
                j += 1
            i = j + 1
            continue
        if pattern[i] == "\\":
            out.append(pattern[i : i + 2])
            i += 2
            continue
        out.append(pattern[i])
        i += 1
    return "".join(out)
