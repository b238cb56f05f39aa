"""The literals a pattern needs (tifa.checks.literals) are a true necessary condition: every
text the pattern matches holds one of them, so a rule that skips a pattern on a text holding
none of its literals finds what it found before."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from tifa.checks.literals import Gate, folded, may_match, of_pattern, required
from tifa.checks.registry import _compiled_on_first_use
from tifa.checks.wording import ALL_SLIPS

TESTS = Path(__file__).parent


@pytest.mark.parametrize(
    ("pattern", "need"),
    [
        (r"home and abroad", {"home and abroad"}),
        (r"(?i)discuss(?:ed|es)? about\b", {"discuss"}),  # the optional part ends the run
        (r"(?<![\p{L}-])(?:cooperations|equipments)(?![\p{L}-])", {"cooperations", "equipments"}),
        (r"[Hh]as took", {"has took"}),  # a class of one letter in both cases
        (r"rank(?:s|ed)? the (?:first|second)", {"first", "second"}),  # more than "rank"
        (r"In(?= the (?:opening|closing) ceremony)", {" ceremony"}),  # a look-ahead's text
        (r"(?<!\bnotable )go", {"go"}),  # a negative look-around needs nothing
        (r"well-know(?![\p{L}-])", {"well-know"}),
        (r"a\.m\.|p\.m\.", {"a.m.", "p.m."}),
        (r"go+d", {"go"}),  # one "o" at least follows "g"
        (r"(?:big|huge)?\s*deal", {"deal"}),
        (r"(?P<lead>with|has) the history of", {" the history of"}),
    ],
)
def test_required_literals(pattern: str, need: set[str]) -> None:
    assert required(pattern) == frozenset(need)


@pytest.mark.parametrize(
    "pattern",
    [
        r"\p{Lu}\p{Ll}+",  # classes alone
        r"(?:visited|\d+)",  # a branch that needs nothing
        r"(\w+) \1",  # a back-reference
        r"(?x)held | met",  # verbose: spaces are not text
        r"caf\xe9",  # a code escape
        r"a{start}",  # a brace that is no quantifier
        r"(?(1)a|b)",  # a conditional
        r"[[:alpha:]]ing",  # a POSIX class
        r"held)",  # unbalanced
    ],
)
def test_unread_patterns_need_nothing(pattern: str) -> None:
    assert required(pattern) is None


def test_flags_that_change_the_syntax_need_nothing() -> None:
    assert of_pattern(regex.compile("held | met", regex.X)) is None
    assert of_pattern(regex.compile("held", regex.V1)) is None
    assert of_pattern(regex.compile("held", regex.I)) == frozenset({"held"})


def test_patterns_compiled_on_first_use_are_read_without_compiling() -> None:
    # The rule modules' patterns are compiled on first use (tifa.checks.registry): their
    # literals, read from the source and the flags given, are those of the compiled
    # pattern, and reading them compiles nothing.
    sources = [
        (r"(?i)held talks", 0),
        (r"signed|inked", regex.I),
        (r"held | met", regex.X),
        (r"(?x) held | met", 0),
        (r"held", regex.V1),
        (r"(?V1)held", 0),
        (r"\p{Lu}\p{Ll}+ county", 0),
    ]
    with _compiled_on_first_use():
        lazy = [regex.compile(source, flags) for source, flags in sources]
        by_keyword = regex.compile(r"on agenda", flags=regex.X)
    for (source, flags), pattern in zip(sources, lazy, strict=True):
        assert of_pattern(pattern) == of_pattern(regex.compile(source, flags)), source
    assert of_pattern(by_keyword) is None
    assert of_pattern(lazy[0]) == frozenset({"held talks"})
    assert of_pattern(lazy[2]) is None
    for pattern in (*lazy, by_keyword):
        assert set(vars(pattern)) == {"_args", "_kwargs"}  # nothing compiled
    # A gate over them picks the patterns that may match a text, still compiling none: a
    # rule then compiles only those it runs.
    chosen = Gate(lazy).candidates(["The mayor held talks with the investors."])
    assert chosen == [[0, 2, 3, 4, 5]]  # not "signed|inked", nor "… county"
    assert all(set(vars(pattern)) == {"_args", "_kwargs"} for pattern in lazy)


def test_case_is_folded_on_both_sides() -> None:
    need = required(r"(?i)Hosted")
    assert need == frozenset({"hosted"})
    assert may_match(need, folded("The city HOSTED the fair."))
    # Characters that match an ASCII letter while ignoring case: the long s, the Kelvin
    # sign and the dotted capital I.
    for text in ("ſeated", "\u212aept", "İn the hall"):
        m = regex.search(r"(?i)seated|kept|in the", text)
        assert m is not None
        assert may_match(required(r"(?i)seated|kept|in the"), folded(text))


def test_gate_chooses_the_patterns_whose_literals_a_text_holds() -> None:
    patterns = [regex.compile(p) for p in (r"(?i)cooperations", r"\p{Lu}\p{Ll}+", r"on agenda")]
    gate = Gate(patterns)
    assert gate.candidates(["Trade COOPERATIONS grew.", "it is on agenda", "nothing"]) == [
        [0, 1],
        [1, 2],
        [1],
    ]
    assert gate.candidates([]) == []


def _test_strings() -> list[str]:
    """Every string written in the tests of E801 (its positive and negative sentences)."""
    out: list[str] = []
    for name in (
        "test_wording_calques.py",
        "test_wording_frames.py",
        "test_grammar.py",
        "test_voice_and_frames.py",
        "test_words.py",
    ):
        tree = ast.parse((TESTS / name).read_text(encoding="utf-8"))
        out.extend(
            node.value
            for node in ast.walk(tree)
            if isinstance(node, ast.Constant) and isinstance(node.value, str)
        )
    return out


def test_every_slip_that_matches_a_test_sentence_passes_its_gate() -> None:
    texts = _test_strings()
    variants = [v for t in texts for v in (t, t.upper(), t.lower(), t.title())]
    gate = Gate([slip.pattern for slip in ALL_SLIPS])
    chosen = gate.candidates(variants)
    matched = 0
    for text, slips in zip(variants, chosen, strict=True):
        for i, slip in enumerate(ALL_SLIPS):
            if slip.pattern.search(text):
                matched += 1
                assert i in slips, (slip.pattern.pattern[:80], text)
    assert matched > 300  # the test sentences do hold slips


def _words(pattern: str) -> list[str]:
    return sorted(set(regex.findall(r"[A-Za-z]+", pattern)))


@settings(max_examples=400, deadline=None)
@given(data=st.data())
def test_slip_patterns_on_texts_made_of_their_own_words(data: st.DataObject) -> None:
    slip = data.draw(st.sampled_from(ALL_SLIPS))
    words = _words(slip.pattern.pattern) or ["the"]
    token = st.one_of(
        st.sampled_from(words),
        st.sampled_from(words).map(str.upper),
        st.sampled_from(words).map(str.title),
        st.sampled_from([" ", " ", " ", "-", ", ", ". ", "’", "the", "a", "20", "\n", "İ"]),
    )
    text = "".join(data.draw(st.lists(token, max_size=14)))
    if slip.pattern.search(text):
        assert may_match(of_pattern(slip.pattern), folded(text))
