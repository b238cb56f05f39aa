"""N203: a Chinese place's name in a form other than its standard English one.

A two-word name fused ("Hongkong"), another form beside the standard one in the same text
("Macau" beside "Macao"), and a name that keeps an apostrophe written without it beside the
spelling with it ("Xian" beside "Xi'an"). The texts are written for these tests in the
register of local-government news English; none is taken from a page.
"""

from __future__ import annotations

import pytest
from helpers import assert_flags, check_texts

from tifa.checks.place_forms import apostrophe_names


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Business leaders from Hongkong toured the port on Monday.", "Hongkong"),
        ("HongKong investors signed five deals with the city.", "HongKong"),
        ("The vice governor met a Hongkong business delegation.", "Hongkong"),
        ("The Guangdong-Hongkong-Macao cooperation forum opened.", "Hongkong"),
        ("Greetings came from the Hongkong SAR and from Taiwan.", "Hongkong"),
    ],
)
def test_a_fused_hong_kong_is_two_words(text: str, span: str) -> None:
    assert_flags("N203", text, span)


@pytest.mark.parametrize(
    "text",
    [
        # a bank's, a company's and a service's registered names keep the old form
        "He works for the Hongkong and Shanghai Banking Corporation.",
        "Hongkong Land and Hongkong Post opened offices in the city.",
        "Business leaders from Hong Kong toured the port on Monday.",
    ],
)
def test_hongkong_inside_a_registered_name_or_hong_kong_is_left_alone(text: str) -> None:
    assert_flags("N203", text, None)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Guests from Macao arrived on Monday. The Macau guests left on Friday.", "Macau"),
        ("The Macao delegation met Macau’s trade officials in Zhuhai.", "Macau"),
        ("Inner Mongolia sent a team. Neimenggu farmers showed their wool.", "Neimenggu"),
    ],
)
def test_another_form_beside_the_standard_one_is_a_slip(text: str, span: str) -> None:
    assert_flags("N203", text, span)


@pytest.mark.parametrize(
    "text",
    [
        # one form throughout is a house style, not a slip
        "Guests from Macau arrived on Monday. The Macau guests left on Friday.",
        # the form inside a proper name
        "The Macao team met staff of the University of Macau and the Macau Daily Times.",
    ],
)
def test_one_form_throughout_or_inside_a_name_is_left_alone(text: str) -> None:
    assert_flags("N203", text, None)


@pytest.mark.parametrize(
    ("text", "span", "suggestion"),
    [
        ("Xi’an hosted the fair. Guests from Xian toured the old wall.", "Xian", "Xi’an"),
        ("Tai'an sent a team to the forum; Taian City signed two deals.", "Taian", "Tai'an"),
    ],
)
def test_an_apostrophe_dropped_beside_the_name_with_it(
    text: str, span: str, suggestion: str
) -> None:
    found = check_texts([text], ["N203"])
    assert found.select("span", "suggestion").rows() == [(span, suggestion)]


@pytest.mark.parametrize(
    "text",
    [
        # without the apostrophe form in the text, the spelling is the text's own
        "Huaian sent a team to the forum; Huaian City signed two deals.",
        # a person's name beside another capitalised word
        "In Ji'an, Li Jian met Luan Xiaohong and Jian Hua of the Lu'an bureau.",
    ],
)
def test_a_name_without_the_apostrophe_form_or_a_person_is_left_alone(text: str) -> None:
    assert_flags("N203", text, None)


def test_the_apostrophe_names_come_from_the_gazetteer() -> None:
    names = apostrophe_names()
    assert names["Xian"] == "Xi'an"
    assert names["Luan"] == "Lu'an"
    assert all("'" in name for name in names.values())
