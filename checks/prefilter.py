"""Run a rule's columnar prefilter (a Rust regex over a text column) at less cost.

Two shapes make Rust's fast regex engines give up and fall back to the slow one, which then
takes some 25 times as long over the same texts:

- a Unicode word boundary (``\\b``) in a text that is not all ASCII, as most translation
  units are not (curly quotes, dashes, the odd Chinese character);
- a large alternation at the top of the pattern, whose automaton outgrows the lazy DFA's
  cache;
- a wide counted repetition (``[^<>\n]{0,400}``) in one top-level alternative of several,
  whose states swamp the lazy DFA's cache for the whole alternation.

`matching` gives the same answer as ``values.str.contains(pattern)`` for every value, by
way of two cheaper questions: each top-level alternative of a long pattern is run on its
own (`alternatives`; an alternative with a wide repetition is run apart from the others,
`wide_apart`), and an alternative with word boundaries is first run with them left out
(`loosened`), itself only over the texts that pass.

Before either, a pattern runs only over the texts that hold one of the literals every match
of it must contain (`gated`, from tifa.checks.literals): one Aho-Corasick pass over the texts,
lower-cased once per column, where most texts hold none of them and the pattern would otherwise
be tried at every position of every text (with word boundaries, by the slow engine).
"""

from __future__ import annotations

import weakref
from collections.abc import Callable, Sequence
from functools import lru_cache

import polars as pl
import regex

from tifa.checks.literals import required

# Fewer texts than this are not gated for a pattern without word boundaries (`matching`).
GATE_LEAST = 2000
# At most this many top-level alternatives are run one by one: a pattern of dozens of short
# alternatives (a word list) is one fast literal search as it stands.
MAX_ALTERNATIVES = 12
# Only a pattern this long is split: a short one's automaton fits the cache, and one pass of
# it costs less than a pass per alternative (measured over the rules' prefilters on the PO
# bench file: splitting every pattern saved 5% of their time, splitting these long ones 20%).
SPLIT_LENGTH = 400
# Only a pattern this long with more than MAX_ALTERNATIVES alternatives is run in groups of
# them (`in_groups`): the rules' other long prefilters of many alternatives (500-2,200
# characters) cost more as groups than as one pattern (0.006 s against 0.009-0.016 s of CPU
# over the PO bench file's 20,082 distinct texts).
GROUP_LENGTH = 4000
# A counted repetition with an upper bound this high is wide: GLUED_PREFILTER
# (tifa.checks.furniture, 15 alternatives, one with ``[^<>\n]{0,400}``) took 0.11 s of CPU
# over the 20,082 distinct texts of the PO bench file as one pattern, 0.003 s with that
# alternative run apart from the other 14 (lowest of 3, warm).
WIDE_REPEAT = 100
_COUNTED = regex.compile(r"(?<!\\)\{\d*,(\d+)\}")
# A backslash and the character it escapes (a lone backslash at the end is no escape).
_ESCAPE = regex.compile(r"\\(.)", regex.DOTALL)
# A flag group of its own, ``(?i)`` or ``(?-i)``, that applies to the rest of its group.
_FLAGS = regex.compile(r"\(\?[a-zA-Z-]+\)")


def matching(values: pl.Series, pattern: str, split_length: int = SPLIT_LENGTH) -> pl.Series:
    """Whether each of `values` (strings) contains a match of the Rust regex `pattern`: the
    same as ``values.str.contains(pattern)`` with nulls read as False, at less cost (see
    the module's docstring); a pattern shorter than `split_length` is not split."""
    # Every pattern with literals is gated, word boundaries or not: Rust's own literal search
    # finds a required prefix, not a literal inside an alternative or after a class, and
    # ignoring case it often finds none. The run's 83 prefilters without word boundaries that
    # have literals took 0.39 s of CPU over the PO bench file's 20,082 distinct texts
    # ungated, 0.21 s gated (lowest of 2, load 25). Over a few texts (an article, a short
    # file) the gate's own polars calls would cost more than the pass they spare, and Rust's
    # fast engines take a pattern without word boundaries as it stands.
    if loosened(pattern) is None and len(values) < GATE_LEAST:
        return _matching(values, pattern, split_length)
    return gated(values, pattern, lambda texts: _matching(texts, pattern, split_length))


def all_false(values: pl.Series) -> pl.Series:
    """A Boolean column of `values`' name and length, all False: made in Rust (from a Python
    list of 20,082 False it took 0.4 ms, and the prefilters make hundreds a run)."""
    return pl.repeat(False, len(values), dtype=pl.Boolean, eager=True).alias(values.name)


def _matching(values: pl.Series, pattern: str, split_length: int) -> pl.Series:
    found: pl.Series | None = None
    pieces: Sequence[str] | None = alternatives(pattern) if len(pattern) >= split_length else None
    if pieces is None:
        pieces = wide_apart(pattern)
    if pieces is None and len(pattern) >= max(split_length, GROUP_LENGTH):
        pieces = in_groups(pattern)
    for piece in pieces or [pattern]:
        hit = _piece_matching(values, piece)
        found = hit if found is None else found | hit
    assert found is not None
    return found


def gated(values: pl.Series, pattern: str, test: Callable[[pl.Series], pl.Series]) -> pl.Series:
    """`test(values)` (a Boolean column of the same length, from the Rust regex `pattern`, that
    holds False wherever `pattern` has no match), with `test` run only over the values that
    hold one of the literals every match of `pattern` must contain (`literals.required`); the
    others are False. Null values are always tested. Where `pattern` has no such literals, or
    every value holds one, `test` runs over all the values.

    A literal is ASCII and case folded; a text matched by `pattern` holds it once lower-cased
    with the long s made a plain one (`lowered`): ignoring case, Rust regex matches an ASCII
    letter with that letter in either case, the Kelvin sign (which lower-cases to "k") and the
    long s ("ſ", for "s"), and with nothing else.
    """
    need = gate_literals(pattern)
    if need is None or not len(values):
        return test(values)
    hold = lowered(values).str.contains_any(need).fill_null(True)
    where = hold.arg_true()
    if len(where) == len(values):
        return test(values)
    out = all_false(values)
    if not len(where):
        return out
    return out.scatter(where, test(values.gather(where)))


def matching_each(values: pl.Series, patterns: Sequence[str]) -> list[pl.Series]:
    """For each of `patterns` (Rust regexes), ``values.str.contains(pattern)`` with nulls read
    as False, as `gated` asks it: one Aho-Corasick pass over the lower-cased values finds the
    literals of every pattern at once, and each pattern runs only over the values holding one
    of its own (over every value where it has none to tell, `gate_literals`). A pattern no
    value can match is never handed to Rust, so never compiled: the glossary's 57 pattern
    terms took 0.28 s of CPU over the PO bench file's 20,082 distinct texts as one polars
    call, where at most 175 texts hold a literal of one of them."""
    needs = [gate_literals(pattern) for pattern in patterns]
    rows_of = _rows_by_literal(values, sorted({lit for need in needs if need for lit in need}))
    out: list[pl.Series] = []
    for pattern, need in zip(patterns, needs, strict=True):
        if need is None:
            out.append(values.str.contains(pattern).fill_null(False))
            continue
        where = pl.concat([rows_of[lit] for lit in need if lit in rows_of] or [_NO_ROWS])
        where = where.unique().sort()
        found = all_false(values)
        if len(where):
            found = found.scatter(
                where, values.gather(where).str.contains(pattern).fill_null(False)
            )
        out.append(found)
    return out


_NO_ROWS = pl.Series("row", [], dtype=pl.UInt32)


def _rows_by_literal(values: pl.Series, literals: list[str]) -> dict[str, pl.Series]:
    """The positions (UInt32) of the values that hold each of `literals` once `lowered`;
    literals no value holds are left out."""
    if not literals or not len(values):
        return {}
    held = (
        pl.DataFrame({"lit": lowered(values).str.extract_many(literals, overlapping=True)})
        .with_row_index("row")
        .filter(pl.col("lit").list.len() > 0)
        .explode("lit")
        .unique(maintain_order=True)
        .group_by("lit", maintain_order=True)
        .agg("row")
    )
    return {lit: pl.Series("row", rows, dtype=pl.UInt32) for lit, rows in held.iter_rows()}


# A literal with fewer letters and digits than this (" ", "|", "a ") is in most texts: a gate
# on it costs a pass and leaves out little.
MIN_GATE_LETTERS = 2


def gate_literals(pattern: str) -> list[str] | None:
    """The literals `gated` asks about for the Rust regex `pattern` (sorted), or None where
    it runs the pattern over every text: no literals can be told, or one of them has fewer
    than MIN_GATE_LETTERS letters and digits."""
    need = required(pattern)
    if not need or any(sum(c.isalnum() for c in lit) < MIN_GATE_LETTERS for lit in need):
        return None
    return sorted(need)


# The last columns lower-cased, by identity: the rules' prefilters ask about the same few
# columns of distinct texts (tifa.checks.distinct) dozens of times each.
_LOWERED: dict[int, tuple[weakref.ref[pl.Series], pl.Series]] = {}


def lowered(values: pl.Series) -> pl.Series:
    """`values` (strings) lower-cased, the long s ("ſ") made "s": as `gated` compares them
    with a pattern's literals. Made once per column object."""
    key = id(values)
    entry = _LOWERED.get(key)
    if entry is not None and entry[0]() is values:
        return entry[1]
    out = values.str.to_lowercase().str.replace_all("ſ", "s", literal=True)

    def forget(_gone: weakref.ref[pl.Series]) -> None:
        _LOWERED.pop(key, None)

    _LOWERED[key] = (weakref.ref(values, forget), out)
    return out


def _piece_matching(values: pl.Series, pattern: str) -> pl.Series:
    loose = loosened(pattern)
    if loose is None:
        return values.str.contains(pattern).fill_null(False)
    near = values.str.contains(loose).fill_null(False)
    where = near.arg_true()
    if not len(where):
        return near
    inner = values.gather(where).str.contains(pattern).fill_null(False)
    return all_false(values).scatter(where, inner)


# Read once per pattern: `matching` asks twice for each (with a split pattern, again for
# each alternative), and a run's prefilters are a few hundred fixed patterns.
@lru_cache(maxsize=4096)
def loosened(pattern: str) -> str | None:
    """`pattern` (a Rust regex) with its word-boundary assertions (``\\b``, ``\\B``) taken
    out, or None where it has none (or has a form this does not read, ``\\b{start}``).

    Taking out an assertion only lets more text match: Rust regex has no lookaround or
    negation that could turn one inside out, so every text the pattern matches, the
    loosened pattern matches too. A backslash escapes the character after it, so an escaped
    backslash before a ``b`` is left alone.
    """
    if "\\b" not in pattern and "\\B" not in pattern:
        return None
    # Escapes are read left to right, each a backslash and the character after it; the text
    # between them is kept as it stands (read character by character, a run's 280 patterns,
    # E801's of 10,000 characters among them, took 6 ms of CPU; so, 1 ms).
    out: list[str] = []
    found = False
    kept = 0
    for escape in _ESCAPE.finditer(pattern):
        if escape.group(1) in ("b", "B"):
            if pattern[escape.end() : escape.end() + 1] == "{":
                return None
            out.append(pattern[kept : escape.start()])
            kept = escape.end()
            found = True
    out.append(pattern[kept:])
    return "".join(out) if found else None


@lru_cache(maxsize=4096)
def wide_apart(pattern: str) -> tuple[str, ...] | None:
    """`pattern` (a Rust regex) as patterns whose matches together are its matches: each
    top-level alternative with a wide counted repetition (an upper bound of WIDE_REPEAT or
    more) on its own, the other alternatives together, MAX_ALTERNATIVES to a pattern; None
    where no alternative of several has one. Each piece keeps the pattern's leading flags.

    The others go in groups because one alternation of them all can outgrow the lazy DFA's
    cache too: GLUED_PREFILTER's 17 other alternatives took 0.19 s of CPU over the PO bench
    file's 20,082 distinct texts as one pattern (any 16 of them 0.03 s), 0.036 s as a group
    of 12 and one of 5 (first run, compiling included)."""
    if not _is_wide(pattern):
        return None
    every = alternatives(pattern, limit=None)
    if every is None:
        return None
    flags = _FLAGS.match(pattern)
    lead = flags.group() if flags is not None else ""
    wide = [piece for piece in every if _is_wide(piece)]
    if not wide:
        return None
    rest = [piece[len(lead) :] for piece in every if not _is_wide(piece)]
    return (*wide, *_grouped(lead, rest))


@lru_cache(maxsize=4096)
def in_groups(pattern: str) -> tuple[str, ...] | None:
    """`pattern` (a Rust regex) as patterns whose matches together are its matches: its
    top-level alternatives MAX_ALTERNATIVES to a pattern, each keeping the leading flags; None
    where it has no more than MAX_ALTERNATIVES of them (`alternatives` runs those one by one).

    One alternation of many long alternatives outgrows the lazy DFA's cache as a wide
    repetition does (`wide_apart`): E801's prefilter (87 alternatives, 10,268 characters
    without its word boundaries) took 3.6 s of CPU over the PO bench file's 20,082 distinct
    texts as one pattern, 0.08 s as eight groups (first run, compiling included)."""
    every = alternatives(pattern, limit=None)
    if every is None or len(every) <= MAX_ALTERNATIVES:
        return None
    flags = _FLAGS.match(pattern)
    lead = flags.group() if flags is not None else ""
    return _grouped(lead, [piece[len(lead) :] for piece in every])


def _grouped(lead: str, pieces: list[str]) -> tuple[str, ...]:
    """`pieces` (alternatives without their leading flags) joined MAX_ALTERNATIVES to a
    pattern, each pattern led by the flags `lead`."""
    return tuple(
        lead + "|".join(pieces[i : i + MAX_ALTERNATIVES])
        for i in range(0, len(pieces), MAX_ALTERNATIVES)
    )


def _is_wide(pattern: str) -> bool:
    return any(int(m.group(1)) >= WIDE_REPEAT for m in _COUNTED.finditer(pattern))


def alternatives(pattern: str, limit: int | None = MAX_ALTERNATIVES) -> list[str] | None:
    """The top-level alternatives of the Rust regex `pattern`, each a pattern of its own
    (with the pattern's leading flags, such as ``(?i)``), or None where it has one only,
    more than `limit` (None: any number), a flag group after its start (whose flags would reach
    into the alternatives after it; one at the top level that only sets flags the leading
    group sets is no change, and is kept in its alternative) or verbose mode.

    A text contains a match of ``A|B`` exactly when it contains a match of ``A`` or of
    ``B``, so or'ing the alternatives' answers gives the pattern's.
    """
    lead = ""
    flags = _FLAGS.match(pattern)
    if flags is not None:
        lead = flags.group()
    if "x" in lead.split("-")[0]:
        return None  # verbose: white space and comments, whose "|" is no alternation
    body = pattern[len(lead) :]
    pieces: list[str] = []
    depth = 0  # groups open
    in_class = 0  # character classes open (Rust nests them)
    class_start = -1  # where the innermost class's items begin
    piece_start = 0
    i = 0
    while i < len(body):
        char = body[i]
        if char == "\\":
            i += 2
            continue
        if in_class:
            if char == "[":
                in_class += 1
                class_start = i + 1 + (body[i + 1 : i + 2] == "^")
            elif char == "]" and i != class_start:
                in_class -= 1
        elif char == "[":
            in_class = 1
            class_start = i + 1 + (body[i + 1 : i + 2] == "^")
        elif char == "(":
            flag_group = _FLAGS.match(body, i)
            if flag_group:
                if depth or not _repeats_flags(flag_group.group(), lead):
                    return None
                # Flags the pattern already has, set again (a prefilter made of others that
                # each start with "(?i)"): they change nothing, here or after the bar.
                i = flag_group.end()
                continue
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            pieces.append(body[piece_start:i])
            piece_start = i + 1
        i += 1
    pieces.append(body[piece_start:])
    if len(pieces) < 2 or (limit is not None and len(pieces) > limit) or depth != 0 or in_class:
        return None
    return [lead + piece for piece in pieces]


def _repeats_flags(group: str, lead: str) -> bool:
    """Whether the flag group `group` (``(?i)``) only sets flags that the pattern's leading
    flag group `lead` sets already, so that it changes nothing at the top level (where no
    other flag group can have unset them: `alternatives` gives up at any other)."""
    wanted = group[2:-1]
    have = lead[2:-1]
    return bool(lead) and "-" not in wanted and set(wanted) <= set(have.split("-")[0])
