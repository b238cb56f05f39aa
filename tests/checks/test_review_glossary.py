"""Teaching the glossary from a finding: the form lands once, in the right column, or the
translator is told why not, naming a file that exists."""

from __future__ import annotations

from pathlib import Path

import polars as pl
import pytest
from review_project import project_session, write_project

from tifa.checks.session import ReviewSession
from tifa.errors import InputError
from tifa.glossary import load_glossary


def finding(session: ReviewSession, code: str, span: str) -> str:
    rows = session.findings.filter((pl.col("code") == code) & (pl.col("span") == span))
    assert rows.height, f"no {code} {span!r}"
    return str(rows["fingerprint"][0])


@pytest.fixture
def session(tmp_path: Path) -> ReviewSession:
    write_project(tmp_path)
    s = project_session(tmp_path, "a.txt")
    s.load()
    return s


def test_allowing_a_forbidden_variant_moves_it_out_of_avoid(
    session: ReviewSession, tmp_path: Path
) -> None:
    session.add_to_glossary(finding(session, "T101", "two first districts"), "allowed")
    entry = load_glossary(tmp_path / "tifa-glossary.csv").get("两先区")
    assert entry is not None
    assert "two first districts" in entry.allowed
    assert "two first districts" not in entry.avoid
    assert "two first districts" not in session.findings["span"].to_list()


def test_avoiding_an_allowed_rendering_moves_it_out_of_allowed(
    session: ReviewSession, tmp_path: Path
) -> None:
    fp = finding(session, "T101", "two first districts")
    session.add_to_glossary(fp, "avoid", form="two pilot zones")
    entry = load_glossary(tmp_path / "tifa-glossary.csv").get("两先区")
    assert entry is not None and entry.avoid == ("two first districts", "two pilot zones")
    assert "two pilot zones" not in entry.allowed and "two advanced areas" in entry.allowed


def test_a_form_the_entry_already_has_is_refused_naming_the_bundled_file(
    session: ReviewSession, tmp_path: Path
) -> None:
    fp = finding(session, "T101", "two first districts")
    with pytest.raises(InputError) as raised:
        session.add_to_glossary(fp, "allowed", form="two pilot zones")
    message = raised.value.render()
    assert "already an allowed form of 两先区" in message
    assert Path(raised.value.path).is_file()  # the bundled glossary, not a file never made
    assert not (tmp_path / "tifa-glossary.csv").exists()
    with pytest.raises(InputError, match="already a form to avoid of 两先区"):
        session.add_to_glossary(finding(session, "T101", "two first districts"), "avoid")


def test_the_translators_own_form_is_added_to_the_entry(
    session: ReviewSession, tmp_path: Path
) -> None:
    fp = finding(session, "T101", "two first districts")
    session.add_to_glossary(fp, "avoid", form="two first zones")
    entry = load_glossary(tmp_path / "tifa-glossary.csv").get("两先区")
    assert entry is not None and entry.avoid == ("two first districts", "two first zones")
    session.undo()
    assert not (tmp_path / "tifa-glossary.csv").exists()


def test_a_misspelt_name_becomes_an_avoid_form_of_the_person(
    session: ReviewSession, tmp_path: Path
) -> None:
    fp = finding(session, "N201", "Tan Chengxi")
    assert session.finding(fp)["term_id"] == "谭成旭"
    session.add_to_glossary(fp, "avoid")
    entry = load_glossary(tmp_path / "tifa-glossary.csv").get("谭成旭")
    assert entry is not None and entry.en == "Tan Chengxu" and entry.avoid == ("Tan Chengxi",)


def test_white_space_findings_teach_the_glossary_nothing(tmp_path: Path) -> None:
    write_project(tmp_path)
    session = project_session(tmp_path, "b.txt")
    session.load()
    fp = str(session.findings.filter(pl.col("code") == "P307")["fingerprint"][0])
    with pytest.raises(InputError, match="white space or punctuation"):
        session.add_to_glossary(fp, "new", zh="两个空格")
    assert not (tmp_path / "tifa-glossary.csv").exists()


def test_a_problem_in_a_glossary_not_yet_created_names_no_line_of_it(
    session: ReviewSession, tmp_path: Path
) -> None:
    fp = finding(session, "T101", "two first districts")
    with pytest.raises(InputError) as raised:
        # another entry's approved rendering cannot be one to avoid
        session.add_to_glossary(fp, "avoid", form="Party history learning and education")
    assert raised.value.line is None
    assert "(not created)" in raised.value.render()
    assert not (tmp_path / "tifa-glossary.csv").exists()
