"""Invariants of the bundled glossary: its size, its sources, its canonical form, and avoid
forms that can never contradict an accepted rendering."""

from __future__ import annotations

import re

import polars as pl
import pytest
from helpers import check_texts, document, spans

from tifa.corpus.read import build_corpus
from tifa.glossary import Glossary, Term, default_glossary_path
from tifa.glossary.fmt import format_glossary
from tifa.glossary.lint import lint_files
from tifa.glossary.load import parse_csv
from tifa.glossary.match import EnglishMatcher
from tifa.glossary.normalize import strict_key
from tifa.glossary.pattern import pattern_problem

GLOSSARY_RULES = ("T101", "T103", "T104", "T105")


def accepted_keys(glossary: Glossary) -> dict[str, str]:
    """The strict key of every en and allowed form, and of its plural -> its entry."""
    return {
        strict_key(variant): t.id
        for t in glossary.active()
        for form in t.accepted
        for variant in (form, plural(form))
    }


def plural(form: str) -> str:
    """The plural of the last word, as matching accepts it (policy -> policies, zone -> zones)."""
    if form.endswith("y") and not form.endswith(("ay", "ey", "oy", "uy")):
        return form[:-1] + "ies"
    return form + "s"


def approved_with_avoid(glossary: Glossary) -> list[Term]:
    return [t for t in glossary.active() if t.status == "approved" and t.avoid]


def test_the_bundled_glossary_has_at_least_200_active_entries(default_glossary: Glossary) -> None:
    assert len(default_glossary.active()) >= 200


ABSOLUTE_PATH = re.compile(r"(?:^|[\s(;'])/(?:[\w.-]+/)+")


def test_every_approved_entry_names_its_source(default_glossary: Glossary) -> None:
    for term in default_glossary.terms:
        if term.status == "approved":
            assert term.source.strip(), f"{term.id} is approved without a source"
            # A source names a publication or a web address, never a file on someone's machine.
            assert not ABSOLUTE_PATH.search(term.source), term.id


def test_no_avoid_form_is_an_accepted_rendering_of_any_entry(default_glossary: Glossary) -> None:
    accepted = accepted_keys(default_glossary)
    for term in default_glossary.active():
        for form in term.avoid:
            for variant in (form, plural(form)):
                owner = accepted.get(strict_key(variant))
                assert owner is None, f"avoid {variant!r} of {term.id} is accepted for {owner}"


def test_the_bundled_file_is_in_canonical_form() -> None:
    path = default_glossary_path()
    data = path.read_bytes()
    assert format_glossary(data, str(path)) == data


def test_the_bundled_file_lints_clean() -> None:
    """No errors and no warnings: no everyday-English avoid form, no unsourced approval."""
    problems = lint_files([default_glossary_path()])
    assert [(p.code, p.line, p.message) for p in problems] == []


def test_the_plural_helper_follows_english_endings() -> None:
    assert plural("six stability") == "six stabilities"
    assert plural("two pre-zone") == "two pre-zones"
    assert plural("survey") == "surveys"


@pytest.fixture(scope="module")
def approved_renderings(default_glossary: Glossary) -> pl.DataFrame:
    """Every approved rendering in a sentence of its own, one document: what the glossary
    itself calls right must never be reported as wrong."""
    sentences = [
        f"The report on Monday mentioned the {t.en} several times."
        for t in default_glossary.active()
    ]
    text = "\n\n".join(sentences) + "\n"
    findings = check_texts([text], GLOSSARY_RULES)
    return findings.filter(pl.col("severity") != "info")


def test_no_approved_rendering_raises_an_error_or_warning(
    approved_renderings: pl.DataFrame,
) -> None:
    flagged = approved_renderings.select("code", "span", "message").rows()
    assert flagged == []


def test_a_short_form_official_copy_uses_after_the_full_name_is_no_near_miss() -> None:
    # Xinhua and China Daily name the reform in full, then shorten it: not a word missing.
    text = (
        "The province deepened supply-side structural reform this year. Officials said "
        "supply-side reform would go on.\n"
    )
    found = check_texts([text], GLOSSARY_RULES).filter(pl.col("severity") != "info")
    assert found.select("code", "span").rows() == []


def test_every_avoid_form_of_an_approved_entry_is_flagged_with_its_en(
    default_glossary: Glossary,
) -> None:
    terms = approved_with_avoid(default_glossary)
    assert len(terms) >= 20
    for term in terms:
        for form in term.avoid:
            text = f"The city government stressed the {form} again at the meeting.\n"
            found = check_texts([text], ["T101"])
            suggestions = found["suggestion"].to_list()
            assert len(suggestions) == 1, (term.id, form, suggestions)
            assert suggestions[0].lower().strip('"“”') == term.en.lower(), (term.id, form)


def test_no_bundled_pattern_can_run_away() -> None:
    # Loading the bundled glossary skips the runaway probes a user's glossary gets: they
    # are run here instead, on every pattern it holds.
    header, rows = parse_csv(default_glossary_path().read_bytes(), "default.csv")
    patterns = [cells[header.index("pattern")] for _, cells in rows]
    assert any(patterns)
    for text in filter(None, patterns):
        assert pattern_problem(text) is None, text


# Party committee names: the bundled 市委/省委 entries accept exactly the names T110 leaves
# alone: with a level word, for the four municipalities too.
COMMITTEE_NAMES = [
    ("CPC Yantai Municipal Committee", True),
    ("CPC Shandong Provincial Committee", True),
    ("CPC Liaoning Provincial Committee", True),
    ("CPC Shanghai Municipal Committee", True),
    ("CPC Shanghai Committee", False),
    ("CPC Yantai Committee", False),
    ("CPC Liaoning Committee", False),
]


@pytest.mark.parametrize(("name", "accepted"), COMMITTEE_NAMES)
def test_committee_patterns_agree_with_t110(
    default_glossary: Glossary, name: str, accepted: bool
) -> None:
    text = f"Officials of the {name} met on Monday.\n"
    corpus = build_corpus([document(text)])
    hits = EnglishMatcher(default_glossary).match(corpus.segments)
    committee_ids = {
        t.id
        for t in default_glossary.active()
        if t.kind == "body" and any(z.endswith(("市委", "省委")) for z in t.zh)
    }
    matched = hits.filter(
        pl.col("term_id").is_in(sorted(committee_ids)) & (pl.col("text") == name)
    ).height
    flagged = spans(check_texts([text], ["T110"]), "T110")
    assert (matched > 0, flagged == []) == (accepted, accepted), (matched, flagged)
