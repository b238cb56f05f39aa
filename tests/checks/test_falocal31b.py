"""False alarms on local-government pages, second pass: one test per pattern.

A plant's name written solid (P320), a banner's own name one letter from a city (N203), an en
dash between two phrases (P316), two rules giving one piece of advice for one span (E807 and
T113, T108 and N212), and a stray space in a compound of places read as a dash as well (P335
beside P309).

The sentences are written for these tests, in the register of city and county news pages.
"""

from __future__ import annotations

import pytest
from helpers import assert_flags, check_texts, spans


@pytest.mark.parametrize(
    "text",
    [
        "A globeflower festival drew hundreds of visitors to the grassland on Sunday.",
        "Villagers sell dried seaweed and cornflower tea at the county fair.",
    ],
)
def test_a_plant_written_solid_is_not_split(text: str) -> None:
    assert_flags("P320", text, None)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("The county built three roads ofthis kind last year.", "ofthis"),
        ("In summer thereis always water in the reservoir.", "thereis"),
    ],
)
def test_words_run_together_are_still_flagged(text: str, span: str) -> None:
    assert_flags("P320", text, span)


@pytest.mark.parametrize(
    "text",
    [
        "The art festival opened in Bairin Left Banner, Chifeng, on August 2.",
        "Herders of Bairin Right Banner sold more cashmere this year.",
    ],
)
def test_a_banner_named_one_letter_from_a_city_is_left(text: str) -> None:
    assert_flags("N203", text, None)


def test_a_misspelt_province_before_a_banner_word_elsewhere_is_still_flagged() -> None:
    assert_flags("N203", "Officials from Xingjiang visited the banner in May.", "Xingjiang")


def _codes_at(text: str, span: str) -> list[str]:
    found = check_texts([text])
    return sorted(found.filter(found["span"] == span)["code"].to_list())


def test_a_zone_without_its_article_is_one_finding() -> None:
    text = (
        "The forum marked ten years of ties between Ningxia Hui Autonomous Region "
        "and Arkhangai Province of Mongolia."
    )
    assert _codes_at(text, "Ningxia Hui Autonomous Region") == ["E807"]


def test_a_river_in_lower_case_is_one_finding() -> None:
    text = "The county lies in the middle Yangtze river city cluster."
    assert _codes_at(text, "Yangtze river") == ["T108"]


def test_a_stray_space_in_a_compound_of_places_is_one_finding() -> None:
    text = "Firms from the Guangdong-Hong Kong- Macao Greater Bay Area met in Zhuhai."
    found = check_texts([text], ["P309", "P335"])
    assert spans(found, "P309") == ["- "]
    assert spans(found, "P335") == []


@pytest.mark.parametrize(
    "text",
    [
        "The meeting closed in Nanning- The deputies then toured the port.",
        "The county held a fair-and the villagers sold their tea.",
    ],
)
def test_a_hyphen_for_a_dash_is_still_flagged(text: str) -> None:
    assert spans(check_texts([text], ["P335"]), "P335"), "P335 missed the dash"


def test_an_en_dash_between_two_phrases_is_no_compound() -> None:
    text = "The plan was drawn up through careful study–to help the county open wider."
    assert_flags("P316", text, None)


@pytest.mark.parametrize(
    "text",
    [
        "Officials met the investors face–to–face in the new park.",
        "The county built a 200–million-yuan logistics centre.",
    ],
)
def test_an_en_dash_inside_a_compound_is_still_flagged(text: str) -> None:
    assert_flags("P316", text, "–")


def test_a_garbled_formula_inside_the_glossarys_near_miss_is_one_finding() -> None:
    text = (
        "Officials of the county studied Xi Jinping's Thoughts on Socialism with Chinese "
        "Characteristics for a New Era at the session."
    )
    found = check_texts([text])
    codes = sorted(found.filter(found["code"].is_in(["T103", "T127"]))["code"].to_list())
    assert codes == ["T103"]
    whole = found.filter(found["code"] == "T103").row(0, named=True)
    assert whole["suggestion"] == (
        "Xi Jinping Thought on Socialism with Chinese Characteristics for a New Era"
    )


def test_a_garbled_formula_alone_is_still_flagged() -> None:
    text = "Officials of the county studied Xi Jinping's Thoughts on Socialism at the session."
    found = check_texts([text])
    assert "T127" in found["code"].to_list()
