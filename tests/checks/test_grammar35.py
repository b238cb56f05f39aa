"""Frames several hosts write: 要求 rendered "asked to", "requested to", "required to" or
"demanded to" with no one asked, and a foreign outlet's name without its "the" (E801).

The sentences are written for these tests, in the register of city news pages.
"""

from __future__ import annotations

import pytest
from helpers import assert_flags


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Zhao requested to take firm steps to keep the mines safe.", "requested to"),
        ("He asked to attach great importance to flood control this summer.", "asked to"),
        ("She asked to continuously improve the work style of village officials.", "asked to"),
        ("The meeting required to strengthen the supervision of food safety.", "required to"),
        (
            "Liu Fang, the county's Party secretary, demanded to step up checks on gas pipes.",
            "demanded to",
        ),
        ("They requested to further improve services for small firms.", "requested to"),
    ],
)
def test_a_verb_of_asking_without_the_people_asked_is_flagged(text: str, span: str) -> None:
    assert_flags("E801", text, span)


@pytest.mark.parametrize(
    "text",
    [
        # The asker's own act: English.
        "He asked to speak at the end of the meeting.",
        "Zhao requested to meet the mayor before leaving the city.",
        # The people asked are named.
        "Zhao asked the departments to take firm steps to keep the mines safe.",
        "He requested that strict measures be taken to keep the mines safe.",
        # The passive, and a headline that drops "are".
        "Village officials were asked to attach great importance to safety.",
        "Officials asked to strengthen flood control",
        # A plural subject in capitals is no official: "Residents asked to ..." is passive.
        "Residents asked to take the bus during the festival were given free tickets.",
    ],
)
def test_a_verb_of_asking_with_its_people_or_its_own_act_is_left(text: str) -> None:
    assert_flags("E801", text, None)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        (
            "The plan drew criticism abroad, reported South China Morning Post.",
            "South China Morning Post",
        ),
        ("Recently, BBC and two other outlets claimed to have seen the files.", "BBC"),
        ("The port will open next year, according to Financial Times.", "Financial Times"),
        ("New York Times reported on Monday that the talks had stalled.", "New York Times"),
        ("On Tuesday, Washington Post quoted two officials on the visit.", "Washington Post"),
    ],
)
def test_a_foreign_outlet_without_its_article_is_flagged(text: str, span: str) -> None:
    assert_flags("E801", text, span)


@pytest.mark.parametrize(
    "text",
    [
        # With its article.
        "The plan drew criticism abroad, reported the South China Morning Post.",
        "Recently, the BBC and two other outlets claimed to have seen the files.",
        # The name before a noun it qualifies, or another name.
        "The mayor told BBC News that the port would open next year.",
        "Recently, BBC reporters visited the county's tea gardens.",
        "He said in an interview with BBC Chinese that trade had grown.",
        # A possessive before the name, and a Chinese outlet's own style.
        "Britain's Financial Times reported that the talks had stalled.",
        "The port will open next year, China Daily reported on Monday.",
        # A headline drops its articles; a credit is no sentence.
        "BBC says talks on the port have stalled",
        "Source: South China Morning Post",
    ],
)
def test_a_foreign_outlet_with_its_article_or_as_a_modifier_is_left(text: str) -> None:
    assert_flags("E801", text, None)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        (
            "Dongshan town government signed a contract with a graphite firm.",
            "Dongshan town government",
        ),
        (
            "The team met officials from Shanxi provincial government in May.",
            "Shanxi provincial government",
        ),
        (
            "Luchuan county government and a chamber of commerce signed a deal.",
            "Luchuan county government",
        ),
        (
            "The talks were held in Xigang District government on Monday.",
            "Xigang District government",
        ),
    ],
)
def test_a_government_named_by_place_and_level_in_lower_case_takes_the(
    text: str, span: str
) -> None:
    assert_flags("E817", text, span)


@pytest.mark.parametrize(
    "text",
    [
        "The Dongshan town government signed a contract with a graphite firm.",
        # The body's own title in capitals, a plural, and a noun the phrase modifies.
        "Luchuan County Government and a chamber of commerce signed a deal.",
        "Officials from several county governments attended the meeting.",
        "The talks were held in the Xigang District government on Monday.",
        "The talks were held in Xigang District Government on Monday.",
        "Shanxi provincial government officials visited the park in May.",
    ],
)
def test_a_government_with_its_article_or_its_title_is_left(text: str) -> None:
    assert_flags("E817", text, None)
