"""Articles before named bodies and regions: a body of a city's or county's level named from
its level word with no place before it (E817); a development or pilot area named by its
place, and a hall or museum as a later item of a list of sites visited (E807); the
investment or living environment of a place without its article (E820); "THE" in
print-style capitals (N227).

The sentences are written for these tests, in the register of city and provincial
government news pages.
"""

from __future__ import annotations

import pytest
from helpers import assert_flags

# --- E817: a body named from its level word -------------------------------------------


@pytest.mark.parametrize(
    ("text", "span"),
    [
        (
            "The inspection team met with Municipal Natural Resources Bureau and two townships.",
            "Municipal Natural Resources Bureau",
        ),
        (
            "The village got support from several bodies, including County Water Resources "
            "Bureau, the county hospital and a bank.",
            "County Water Resources Bureau",
        ),
        (
            "Judges of Municipal Intermediate People’s Court ruled on the case on Monday.",
            "Municipal Intermediate People’s Court",
        ),
        (
            "The notice was issued by County Organs Working Committee.",
            "County Organs Working Committee",
        ),
        (
            "The mayor praised the work of District Emergency Management Office about flood "
            "control.",
            "District Emergency Management Office",
        ),
        (
            # The shortest name that heads its phrase: the article goes before it all.
            "Staff from Provincial Department of Commerce joined the fair.",
            "Provincial Department",
        ),
    ],
)
def test_a_body_named_from_its_level_word_is_flagged(text: str, span: str) -> None:
    assert_flags("E817", text, span)


@pytest.mark.parametrize(
    "text",
    [
        # The article is there, or the place names the body (T113's).
        "The inspection team included the Municipal Natural Resources Bureau and two townships.",
        "Officials of Jiangyin Municipal Natural Resources Bureau visited the site.",
        # A post's label before the body is T113's, which weighs the page's style.
        "Zhou Ming (Secretary of District Committee) visited three communities.",
        "He is director of Municipal Commerce Bureau and a deputy to the congress.",
        # The name modifies a noun after it.
        "The village asked for Municipal Natural Resources Bureau experts to come.",
        # A line broken mid-name, and a heading in Title Case.
        "Provincial Committee of CPC.",
        "Municipal Commerce Bureau Holds Meeting on Foreign Trade",
    ],
)
def test_a_body_with_its_article_place_or_post_is_left(text: str) -> None:
    assert_flags("E817", text, None)


# --- E807: areas named by their place and kind; later items of a list of sites visited --


@pytest.mark.parametrize(
    ("text", "span"),
    [
        (
            "The mayors went to Wuhan Economic-Technological Development Area on Monday.",
            "Wuhan Economic-Technological Development Area",
        ),
        (
            "The guests visited Zhuhai Trade and Logistics Cooperation Pilot Area and a port.",
            "Zhuhai Trade and Logistics Cooperation Pilot Area",
        ),
        (
            "The delegation visited a tea farm, Jiangmen Urban Planning Exhibition Hall and "
            "the old town.",
            "Jiangmen Urban Planning Exhibition Hall",
        ),
        (
            "The guests toured the port, a school and Yantai Wine Culture Museum.",
            "Yantai Wine Culture Museum",
        ),
    ],
)
def test_an_area_or_a_listed_site_without_its_article_is_flagged(text: str, span: str) -> None:
    assert_flags("E807", text, span)


@pytest.mark.parametrize(
    "text",
    [
        # Each item with its article, or a site named by its place alone.
        "The delegation visited a tea farm, the Jiangmen Urban Planning Exhibition Hall and "
        "the old town.",
        "The guests toured the port, a school and Yantai Museum.",
        # "and" inside one name, which the article before the whole name serves.
        "The team visited the Hubei Science and Technology Exhibition Hall on Monday.",
        # A region after a comma is the wider place of the item before it.
        "He visited Qiaotou village in Guyuan, Ningxia Hui autonomous region, last week.",
        # A new area, which official English names bare, and a list not of visits.
        "Firms moved to Xixian New Area in 2023.",
        "The plan covers farms, rivers and Jiangmen Urban Planning Exhibition Hall.",
        # The area's name modifying a noun.
        "Staff of Wuhan Economic-Technological Development Area management committee met.",
    ],
)
def test_a_listed_site_with_its_article_or_inside_a_name_is_left(text: str) -> None:
    assert_flags("E807", text, None)


# --- N227: "THE" in print-style capitals opening a sentence ----------------------------


@pytest.mark.parametrize(
    "text",
    [
        "THE mayor of Wuxi has been removed from office, the provincial discipline body said.",
        "The fair closed on Sunday. THE organizers said it drew 80,000 visitors.",
    ],
)
def test_the_in_capitals_opening_a_sentence_is_flagged(text: str) -> None:
    assert_flags("N227", text, "THE")


@pytest.mark.parametrize(
    "text",
    [
        # A line in capitals, and "The" as written.
        "THE SECOND SESSION OF THE 14TH NPC OPENS IN BEIJING",
        "The mayor of Wuxi has been removed from office.",
        # Inside a sentence, before a capital: a name or a heading.
        "He read THE ECONOMIST on the train.",
    ],
)
def test_the_in_capitals_elsewhere_is_left(text: str) -> None:
    assert_flags("N227", text, None)


# --- E820: the investment or living environment -------------------------------------


@pytest.mark.parametrize(
    ("text", "span"),
    [
        (
            "The county will promote investment environment of the port area.",
            "investment environment",
        ),
        (
            "The village has seen great improvement of rural living environment in two years.",
            "rural living environment",
        ),
        (
            "Residents praised efforts to improve urban living environment.",
            "urban living environment",
        ),
    ],
)
def test_the_environment_of_a_place_without_its_article_is_flagged(text: str, span: str) -> None:
    assert_flags("E820", text, span)


@pytest.mark.parametrize(
    "text",
    [
        "The county will promote the investment environment of the port area.",
        # A kind of environment, and a noun the phrase modifies.
        "Firms want a fair investment environment and a good living environment.",
        "The office of investment environment studies opened on Monday.",
    ],
)
def test_the_environment_with_its_article_or_as_a_modifier_is_left(text: str) -> None:
    assert_flags("E820", text, None)
