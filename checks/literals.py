"""The literal strings one of which every match of a `regex` pattern must contain.

A rule that runs dozens of patterns over each candidate text (E801's slips) pays for every
pattern on every text, though most patterns need a word the text does not have: a pattern
that opens with a look-behind or ignores case is tried at every position of the text. Asking
first whether the text holds one of the pattern's literals (Python's substring search, a few
microseconds for all of them) skips those runs, and the findings are the same.

`required` reads a pattern's source and gives a set of literals such that every text the
pattern matches contains one of them, case folded (`folded`), or None where it cannot say: a pattern
of classes alone (``\\p{Lu}\\p{Ll}+``), or a construct this reader does not know (a
back-reference, a code escape, verbose mode), which it never guesses at. What it reads:

- a run of ASCII characters matched one for one (plain or escaped punctuation, a class of one
  letter in both cases, ``[Hh]``) is a literal; anything else ends the run;
- a sequence needs the best of what its parts need (the set whose shortest literal has the
  most letters); an optional part (``?``, ``*``, ``{0,n}``) needs nothing;
- an alternation needs one of what each branch needs, and nothing where a branch needs
  nothing; a group needs what its alternation needs; a positive look-around needs what its
  alternation needs (its text is in the text, though not in the match), a negative one
  nothing.

Case: the literals and the text are compared case folded (`folded`), which holds whether the
pattern ignores case or not (a character that matches an ASCII letter while ignoring case folds
to that letter, or to it and a combining dot, which `folded` drops).
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from pathlib import Path

import polars as pl
import regex

from tifa.checks.literal_cache import LiteralCache, reader_file

# Punctuation that an escape makes literal.
# Not "<" and ">": Rust regex (polars) reads ``\<`` and ``\>`` as word boundaries.
_ESCAPED_LITERAL = frozenset(".^$*+?()[]{}|\\-/ '\"&#,:;=!@%~`_")
# Escapes that match one character of a class, or assert (no text): they end a run.
_CLASS_ESCAPES = frozenset("dDsSwWbBAZzntrfvaeGmMhHK")
_QUANTIFIER = regex.compile(r"\{(\d*)(?:,(\d*))?\}")


# This module's answers, on disk under a hash of its source.
LITERALS = LiteralCache(reader_file(Path(__file__)))


class _Unknown(Exception):
    """A construct the reader does not know: the pattern's literals cannot be told."""


Need = frozenset[str] | None


def folded(text: str) -> str:
    """`text` as `required`'s literals are compared with it: case folded, the combining dot
    that folding gives a dotted capital I ("İ" -> "i" and U+0307) dropped."""
    out = text.casefold()
    return out.replace("\u0307", "") if "\u0307" in out else out


@functools.cache
def required(pattern: str) -> frozenset[str] | None:
    """Literals (ASCII, case folded) one of which is in every text `pattern` (a `regex`
    pattern's source, flags inline) matches anywhere, compared as `folded` gives the text;
    None where no such set can be told (see the module's docstring). Kept on disk between
    runs (tifa.checks.literal_cache)."""
    return LITERALS.need(pattern, _required)


def _required(pattern: str) -> frozenset[str] | None:
    if regex.search(r"\(\?[a-zA-Z-]*x", pattern):
        return None  # verbose: white space and comments are not text
    try:
        need, end = _Reader(pattern).alternation(0)
    except _Unknown:
        return None
    if end != len(pattern):
        return None  # an unbalanced ")"
    return need


def may_match(need: frozenset[str] | None, text_folded: str) -> bool:
    """Whether a text (as `folded` gives it) may hold a match of a pattern needing `need`."""
    return need is None or any(literal in text_folded for literal in need)


def _best(needs: list[frozenset[str]]) -> Need:
    """The most selective of `needs`: the most letters and digits in its shortest literal
    (" the " says less than "rank"), then the fewest literals."""
    if not needs:
        return None
    return max(needs, key=lambda n: (min(map(_letters, n)), -len(n), sorted(n)))


def _letters(literal: str) -> int:
    return sum(char.isalnum() for char in literal)


class _Reader:
    def __init__(self, pattern: str) -> None:
        self.p = pattern

    def alternation(self, i: int) -> tuple[Need, int]:
        """Read branches from `i` to a ")" or the end; what the alternation needs, and where
        it ends (at the ")" or the end)."""
        branches: list[Need] = []
        while True:
            need, i = self.sequence(i)
            branches.append(need)
            if i < len(self.p) and self.p[i] == "|":
                i += 1
                continue
            break
        if any(b is None for b in branches):
            return None, i
        return frozenset().union(*(b for b in branches if b is not None)), i

    def sequence(self, i: int) -> tuple[Need, int]:
        needs: list[frozenset[str]] = []
        run = ""

        def close() -> None:
            nonlocal run
            if run:
                needs.append(frozenset((run,)))
            run = ""

        while i < len(self.p) and self.p[i] not in "|)":
            literal, need, i = self.item(i)
            least, i = self.quantifier(i)
            if literal is not None and least == 1 and self.exactly_one:
                run += literal
                continue
            if literal is not None and least >= 1:
                run += literal  # one at least follows the run; then it ends
                close()
                continue
            close()
            if need is not None and least >= 1:
                needs.append(need)
        close()
        return _best(needs), i

    def quantifier(self, i: int) -> tuple[int, int]:
        """The least count of the quantifier at `i` (1 where there is none) and where it
        ends; sets `exactly_one`."""
        self.exactly_one = True
        if i >= len(self.p):
            return 1, i
        char = self.p[i]
        least: int
        if char in "?*":
            least, i = 0, i + 1
        elif char == "+":
            least, i = 1, i + 1
        elif char == "{":
            m = _QUANTIFIER.match(self.p, i)
            if m is None:
                raise _Unknown  # a literal "{" in the regex module: not read here
            least = int(m.group(1) or 0)
            i = m.end()
        else:
            return 1, i
        self.exactly_one = False
        if i < len(self.p) and self.p[i] in "?+":
            i += 1  # lazy or possessive: the same least count
        return least, i

    def item(self, i: int) -> tuple[str | None, Need, int]:
        """One atom at `i`: (its literal character, case folded, or None; what it needs;
        where it ends)."""
        char = self.p[i]
        if char == "\\":
            return self.escape(i)
        if char == "[":
            return self.char_class(i)
        if char == "(":
            return self.group(i)
        if char in ".^$":
            return None, None, i + 1
        if char in "*+?{":
            raise _Unknown  # a quantifier with nothing before it
        if char.isascii():
            return char.casefold(), None, i + 1
        return None, None, i + 1  # a non-ASCII character: not compared (see `folded`)

    def escape(self, i: int) -> tuple[str | None, Need, int]:
        nxt = self.p[i + 1 : i + 2]
        if not nxt:
            raise _Unknown
        if nxt in _ESCAPED_LITERAL:
            return nxt, None, i + 2
        if nxt in "pP":
            if self.p[i + 2 : i + 3] == "{":
                end = self.p.find("}", i + 3)
                if end < 0:
                    raise _Unknown
                return None, None, end + 1
            return None, None, i + 3
        if nxt in _CLASS_ESCAPES:
            return None, None, i + 2
        raise _Unknown  # code escapes, back-references, named characters

    def char_class(self, i: int) -> tuple[str | None, Need, int]:
        j = i + 1
        if self.p[j : j + 1] == "^":
            j += 1
        start = j
        members: list[str] = []
        plain = True  # every member a plain character
        while True:
            if j >= len(self.p):
                raise _Unknown
            char = self.p[j]
            if char == "]" and j != start:
                break
            if char == "[":
                raise _Unknown  # nested sets and POSIX classes: not read here
            if char == "\\":
                nxt = self.p[j + 1 : j + 2]
                if nxt in "pP" and self.p[j + 2 : j + 3] == "{":
                    end = self.p.find("}", j + 3)
                    if end < 0:
                        raise _Unknown
                    j = end + 1
                else:
                    j += 2
                plain = False
                continue
            members.append(char)
            j += 1
        end = j + 1
        negated = self.p[i + 1 : i + 2] == "^"
        if (
            plain
            and not negated
            and len(members) == 2
            and members[0].isascii()
            and members[0].isalpha()
            and members[0] != members[1]
            and members[0].casefold() == members[1].casefold()
        ):
            return members[0].casefold(), None, end
        return None, None, end

    def group(self, i: int) -> tuple[str | None, Need, int]:
        p = self.p
        kind = "group"
        if p.startswith("(?", i):
            rest = p[i + 2 :]
            if rest.startswith(("=", "!", "<=", "<!")):
                # A look-around's text is in the text, though not in the match: what a
                # positive one needs, the text needs; a negative one needs nothing.
                kind = "not" if rest.startswith(("!", "<!")) else "look"
                j = i + 2 + (2 if rest.startswith("<") else 1)
            elif rest.startswith((":", ">", "|")):
                j = i + 3
            elif rest.startswith(("P<", "<")):
                close = p.find(">", i)
                if close < 0:
                    raise _Unknown
                j = close + 1
            elif rest.startswith("#"):
                close = p.find(")", i)
                if close < 0:
                    raise _Unknown
                return None, None, close + 1
            else:
                m = regex.match(r"\(\?[a-zA-Z]*(?:-[a-zA-Z]+)?([:)])", p[i:])
                if m is None:
                    raise _Unknown  # conditionals, recursion, named references
                if m.group(1) == ")":
                    return None, None, i + m.end()  # flags for what follows: no text
                j = i + m.end()
        else:
            j = i + 1
        need, end = self.alternation(j)
        if end >= len(p) or p[end] != ")":
            raise _Unknown
        return None, (None if kind == "not" else need), end + 1


def of_pattern(pattern: regex.Pattern[str]) -> frozenset[str] | None:
    """`required` of a compiled pattern; None where its flags change the syntax read
    (verbose, version 1). A pattern that the rule modules compile on first use
    (tifa.checks.registry) is read without compiling it, by the flags it was given: the
    flags inline in its source (``(?x)``, ``(?V1)``) are read by `required`."""
    declared = getattr(pattern, "declared_flags", None)
    flags = pattern.flags if declared is None else declared
    if flags & (regex.X | regex.V1) or (declared is not None and regex.DEFAULT_VERSION == regex.V1):
        return None
    return required(pattern.pattern)


class Gate:
    """Which of several patterns may match each of many texts, by their literals: one
    Aho-Corasick pass (polars' ``extract_many``) over the texts finds every literal of every
    pattern at once."""

    def __init__(self, patterns: Sequence[regex.Pattern[str]]) -> None:
        needs = [of_pattern(p) for p in patterns]
        self.count = len(patterns)
        self.always = [i for i, need in enumerate(needs) if need is None]
        self.by_literal: dict[str, list[int]] = {}
        for i, need in enumerate(needs):
            for literal in sorted(need or ()):
                self.by_literal.setdefault(literal, []).append(i)

    def candidates(self, texts: Sequence[str]) -> list[list[int]]:
        """For each of `texts`, the indexes (ascending) of the patterns that may match it:
        every pattern that matches a text is among its indexes."""
        if not self.by_literal or not texts:
            return [list(self.always) for _ in texts]
        found = (
            pl.Series([folded(text) for text in texts], dtype=pl.String)
            .str.extract_many(list(self.by_literal), overlapping=True)
            .to_list()
        )
        out = []
        for literals in found:
            if not literals:
                out.append(list(self.always))
                continue
            chosen = set(self.always)
            for literal in set(literals):
                chosen.update(self.by_literal[literal])
            out.append(sorted(chosen))
        return out


@functools.cache
def gate(patterns: tuple[regex.Pattern[str], ...]) -> Gate:
    """The `Gate` of `patterns`, made once per run."""
    return Gate(patterns)
