"""Slips of tense and number found by their shape: a reporting verb in the present on a page
that reports in the past (E839), the simple past or present in a time counted "since" a
point (E842), and a count noun left singular after a plural quantifier or in a list it
opens (E805).

The sentences are written for these tests, in the register of city news pages.
"""

from __future__ import annotations

import pytest
from helpers import assert_flags, check_texts

_PAST_PAGE = (
    "On Monday, the municipal government held a work meeting on investment. Mayor Zhou Lin "
    "presided over the meeting and Vice Mayor Gao Feng attended it.\n\n"
)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        (_PAST_PAGE + "Zhou Lin points out that the zone must serve firms better.", "points out"),
        (_PAST_PAGE + "He stresses that every bureau should cut red tape.", "stresses"),
        (
            _PAST_PAGE + "Gao Feng, vice mayor of the city, emphasizes that the port matters.",
            "emphasizes",
        ),
        (_PAST_PAGE + "The meeting hears a report on the first quarter.", "hears"),
        (_PAST_PAGE + "At the meeting, Zhou Lin calls on officials to act fast.", "calls on"),
    ],
)
def test_e839_flags_a_present_reporting_verb_on_a_past_page(text: str, span: str) -> None:
    assert_flags("E839", text, span)


_RETOLD = (
    "The second session of the 16th Wuxi Municipal People's Congress {verb} on March 3 in"
    " the city of Wuxi, East China's Jiangsu province.\n\n"
)


def test_e839_leaves_a_caption_the_article_retells_in_the_past() -> None:
    """A caption over the article keeps the present; the paragraph under it retells it."""
    page = _RETOLD.format(verb="is held") + _RETOLD.format(verb="was held")
    page += "Mayor Zhou Lin attended the session and delivered a report."
    assert_flags("E839", page, None)


def test_e839_still_flags_is_held_when_the_next_paragraph_tells_something_else() -> None:
    page = _RETOLD.format(verb="is held")
    page += "Mayor Zhou Lin attended the session and delivered a report on the work."
    assert_flags("E839", page, "is held")


@pytest.mark.parametrize("credit", ["[Photo/wuxi.gov.cn]", "(Photo: Li Hong)", "(Xinhua/Li Hong)"])
def test_e839_leaves_a_caption_whose_credit_follows_its_full_stop(credit: str) -> None:
    """The credit is a sentence of its own to the splitter; the caption's line is read whole."""
    page = "Mayor Zhou Lin attended the fair and delivered a speech.\n\n"
    page += f"A signing ceremony is held at the fair on May 12. {credit}\n"
    assert_flags("E839", page, None)
    assert_flags("E839", page.replace(f" {credit}", ""), "is held")


def test_e839_suggests_the_past_of_the_reporting_verb() -> None:
    found = check_texts([_PAST_PAGE + "He stresses that the plan is sound."], ["E839"])
    assert found["suggestion"].to_list() == ["stressed"]


@pytest.mark.parametrize(
    "text",
    [
        # A headline keeps the present.
        _PAST_PAGE + "Zhou Lin Stresses Service\n\nThe mayor stressed service.",
        _PAST_PAGE + "Zhou Lin stresses service at work meeting\n\nHe stressed it.",
        # Quoted words.
        _PAST_PAGE + "“He stresses that we must act,” Gao Feng said.",
        # A document, not a person, says it; and "says" in a feature.
        _PAST_PAGE + "The plan stresses that the zone must open wider.",
        _PAST_PAGE + "Wang Min says the bakery has grown every year.",
        # A photo caption tells its picture in the present.
        _PAST_PAGE
        + "Zhou Lin presides over the meeting in Ningbo, May 12, 2024. (Photo/City News)",
        # A page told in the present throughout.
        "Zhou Lin points out that reform is key. He stresses that firms come first.",
        # A person does not hear or review a report in the meeting's place.
        _PAST_PAGE + "Zhou Lin reviews the plan for the park.",
        # No name in pinyin: a name the rule cannot tell from a thing.
        _PAST_PAGE + "Green Port stresses safety in its new guide.",
    ],
)
def test_e839_leaves_headlines_quotes_documents_and_present_pages_alone(text: str) -> None:
    assert_flags("E839", text, None)


@pytest.mark.parametrize(
    ("text", "span", "suggestion"),
    [
        ("Since 2015, more than 40 new firms were set up in the park.", "were", "have been"),
        ("Since the launch of the drive, the river is cleaner.", "is", "has been"),
        ("Since then, the fair is held in the town every autumn.", "is", "has been"),
        (
            "Officials noted that since 2018, rural roads were paved in every village.",
            "were",
            "have been",
        ),
        (
            "Such patrols were organized by the bureau along the river since 2019.",
            "were",
            "have been",
        ),
    ],
)
def test_e842_flags_the_past_or_present_after_since(text: str, span: str, suggestion: str) -> None:
    assert_flags("E842", text, span)
    assert check_texts([text], ["E842"])["suggestion"].to_list() == [suggestion]


@pytest.mark.parametrize(
    "text",
    [
        # "Since" meaning "because".
        "Since the reservoir was low, water was brought in by truck.",
        # The present perfect is there.
        "Since 2015, the park has drawn 40 firms, which were all small.",
        "Since 2015, the firms that were set up have hired 900 people.",
        # A superlative or a first that "since" measures.
        "Grain output was the highest since 2008.",
        "The fair was held for the first time since 2019.",
        # "since" dates an aside after a comma, not the verb.
        "The director was replaced by Gao Lin, a deputy director of the bureau since May 2018.",
        # A perfect after the past.
        "The bridge was built in 1990 and has served the town since then.",
        # Quoted words.
        "“Since 2015, the town was poor,” the mayor said.",
    ],
)
def test_e842_leaves_because_perfects_and_superlatives_alone(text: str) -> None:
    assert_flags("E842", text, None)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Several district were merged into the new area last year.", "district"),
        ("The fund aids farmers in various prefecture, towns and villages.", "prefecture"),
        ("A number of enterprise signed deals at the fair.", "enterprise"),
        ("Heads of all county-level city attended the meeting.", "city"),
        ("Officials of all districts, counties and county-level city attended.", "city"),
        ("The call reached all cities, prefecture, counties and districts.", "prefecture"),
    ],
)
def test_e805_flags_a_singular_after_a_plural_quantifier(text: str, span: str) -> None:
    assert_flags("E805", text, span)


@pytest.mark.parametrize(
    "text",
    [
        # The singular modifies the noun after it, or a list shares its head.
        "All city leaders attended the meeting.",
        "All city and county leaders attended the meeting.",
        "Both city and county governments took part.",
        # A determiner between: the quantifier is a predeterminer over one thing.
        "The mayor visited all the city's schools.",
        "All cities and the county joined the drive.",
        # "these" as a pronoun before a verb.
        "These measure the growth of trade.",
    ],
)
def test_e805_leaves_attributive_singulars_and_determiners_alone(text: str) -> None:
    assert_flags("E805", text, None)
