"""Session 38, lead: the blind set's false alarms with a clear cause, each as a class, and two
literal renderings the glossary now names. T105 leaves a body's name standing for its work
("the national development and reform work conference"); E820 leaves a field named after
"the fields of"; T126 reads the owner that ends the line before on a hard-wrapped page; T101
finds "double circulation" (双循环) and "managing commission" (管委会); R601 finds a stamp whose
label is glued to its source ("… NewsUpdated: <date>").

The sentences are written for these tests, in the register of city news pages.
"""

from __future__ import annotations

from helpers import assert_flags


def test_a_body_name_before_work_is_no_cut_short_name() -> None:
    text = (
        "Speaking at the national development and reform work conference, the minister set "
        "out the tasks for next year."
    )
    assert_flags("T105", text, None)


def test_a_cut_short_commission_is_still_found() -> None:
    text = "Officials of the national development and reform said prices would stay stable."
    assert_flags("T105", text, "national development and reform")


def test_a_field_after_the_fields_of_takes_no_article() -> None:
    text = (
        "The two cities will cooperate in the fields of textile industry, digital trade and "
        "logistics."
    )
    assert_flags("E820", text, None)


def test_an_industry_after_another_of_still_takes_the_article() -> None:
    text = "The plan sets out the development of chemical industry, the mayor said."
    assert_flags("E820", text, "chemical industry")


def test_the_owner_ending_the_line_before_names_the_committee() -> None:
    text = (
        "The district will act on the plans adopted by the CPC\n"
        "Nanjing Municipal Committee at its plenary session last week."
    )
    assert_flags("T126", text, None)


def test_a_committee_after_a_blank_line_is_still_bare() -> None:
    text = (
        "The district will act on the plans adopted by the CPC\n\n"
        "Nanjing Municipal Committee members attended the meeting on Friday."
    )
    assert_flags("T126", text, "Nanjing Municipal Committee")


def test_a_committee_after_a_lower_case_word_on_the_line_before_is_still_bare() -> None:
    text = (
        "The district will act on the plans adopted by the\n"
        "Nanjing Municipal Committee at its plenary session last week."
    )
    assert_flags("T126", text, "Nanjing Municipal Committee")


def test_double_circulation_is_the_literal_rendering() -> None:
    text = "The city will serve the new double circulation development pattern."
    assert_flags("T101", text, "double circulation")
    assert_flags("T101", "The city will serve the dual circulation pattern.", None)


def test_managing_commission_is_the_literal_rendering() -> None:
    text = "Wang Gang, director of the managing commission of the high-tech zone, spoke."
    assert_flags("T101", text, "managing commission")
    text = "Wang Gang, director of the administrative committee of the high-tech zone, spoke."
    assert_flags("T101", text, None)


def test_a_stamp_glued_to_its_source_is_residue() -> None:
    text = (
        "Port city signs new projects\n\n"
        "Port Daily NewsUpdated: March 3, 2021\n\n"
        "The city signed 12 projects on Tuesday, officials said."
    )
    assert_flags("R601", text, "Port Daily NewsUpdated: March 3, 2021")


def test_a_sentence_that_names_an_update_is_no_stamp() -> None:
    text = (
        "Port city signs new projects\n\n"
        "The list of projects was Updated: March 3, 2021 is what the notice said.\n\n"
        "The city signed 12 projects on Tuesday, officials said."
    )
    assert_flags("R601", text, None)
