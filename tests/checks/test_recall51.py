"""Prepositions (E801): a verb that reaches its object only through a preposition used
without it, "thrive" and "rise" given an object, and a noun or a set phrase with the wrong
preposition.

The sentences are written for these tests, in the register of city news pages.
"""

from __future__ import annotations

import pytest
from helpers import assert_flags, check_texts


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Mayor Li Wei presided the meeting on rural roads.", "presided the"),
        ("Zhou Ping Presided Symposium on the Business Environment", "Presided Symposium"),
        ("Deputy mayor Sun Jie, presiding the forum, spoke first.", "presiding the"),
        ("During the visit, he inquired the progress of the project.", "inquired the"),
        ("She enquired the living conditions of the herders.", "enquired the"),
        (
            "The zone will give full play Jinhua's strengths in manufacturing.",
            "give full play Jinhua's",
        ),
        ("The park gave full play its role as a platform.", "gave full play its"),
        ("The deputies listened the government work report.", "listened the"),
        ("More than 300 firms participated the trade fair.", "participated the"),
        ("The county will further thrive the town with tourism.", "thrive the"),
        ("The plan aims at thriving the city with industries.", "thriving the"),
        ("The district will rise the level of public services.", "rise the level"),
        ("The measures rose their living standards quickly.", "rose their living"),
        ("The show told of our pursuit for peace and harmony.", "pursuit for"),
        ("He expressed appreciation on the county's support.", "appreciation on"),
        ("We should pay more attention on the quality of growth.", "pay more attention on"),
        ("Firms paid close attention for the new rules.", "paid close attention for"),
        ("The city held the fair in the aim of drawing investors.", "in the aim of"),
        ("He answered questions regarding to entry into the port.", "regarding to"),
        ("The bureau focused at the key tasks of the year.", "focused at"),
        ("We will focus at the safety of food.", "focus at"),
        ("Residents should stay home at this critical period.", "at this critical period"),
        (
            "He said at this 30th anniversary year, ties were strong.",
            "at this 30th anniversary year",
        ),
        ("At that year, the town had no paved road.", "At that year"),
    ],
)
def test_prepositions_of_verbs_and_nouns(text: str, span: str) -> None:
    assert_flags("E801", text, span)


@pytest.mark.parametrize(
    ("text", "suggestion"),
    [
        ("Mayor Li Wei presided the meeting.", "presided over the"),
        ("He inquired the progress of the work.", "inquired about the"),
        ("The zone will give full play Jinhua's strengths.", "give full play to Jinhua's"),
        ("The deputies listened the report.", "listened to the"),
        ("Firms participated the fair.", "participated in the"),
        ("The county will rise the level of services.", "raise the level"),
        ("The county rose the level of services.", "raised the level"),
        ("The show told of our pursuit for peace.", "pursuit of"),
        ("He expressed appreciation on the support.", "appreciation for"),
        ("We should pay more attention on quality.", "pay more attention to"),
        ("The fair was held in the aim of drawing investors.", "with the aim of"),
        ("He spoke regarding to entry into the port.", "regarding"),
        ("Regarding to entry, the rules are clear.", "Regarding"),
        ("The bureau focused at the key tasks.", "focused on"),
    ],
)
def test_suggests_the_preposition(text: str, suggestion: str) -> None:
    found = check_texts([text], ["E801"])
    assert found["suggestion"].to_list() == [suggestion]


@pytest.mark.parametrize(
    "text",
    [
        "Mayor Li Wei presided over the meeting on rural roads.",
        "He presided as chairman, and the presiding judge read the verdict.",
        # a Title Case headline capitalises the particle it keeps
        "Zhou Ping Presides Over the Meeting of the Municipal Standing Committee",
        "The County Gives Full Play To Its Ecological Strengths",
        "He inquired about the progress of the project.",
        "He inquired the villagers about their income this year.",  # a person asked
        "The zone will give full play to its strengths.",
        "Residents listened carefully, and firms listened this morning to the briefing.",
        "Firms participating this year come from ten countries.",
        "Local tea farms thrive the whole year, and will thrive this year too.",
        "Grain output rose the fastest in five years.",
        "The rise the city saw in exports was fast.",
        "Prices rose the most in the third quarter.",
        "Their pursuit for 40 years has paid off.",
        "He expressed appreciation on behalf of the city government.",
        "She expressed her appreciation on Monday to the volunteers.",
        "He paid attention to the details, and we paid attention for many years.",
        "The focus at this year's forum is on trade.",
        "The focus was on jobs; the bureau will focus on the key tasks.",
        "With regard to entry, the rules are clear.",
        "At this year's fair, 300 firms took part.",
        "At this stage, the work goes on; at this time of year, tourists come.",
        "At that time of the year, the lake freezes.",
        "At this festive season, the streets are bright.",
    ],
)
def test_leaves_correct_prepositions(text: str) -> None:
    assert_flags("E801", text, None)


@pytest.mark.parametrize(
    ("text", "suggestion"),
    [
        ("April 14, the trade promotion conference opened in the city.", "On April 14,"),
        ("The fair closed. May 9, the county signed two deals.", "On May 9,"),
        ("March 22-24, Mayor Lin Hua led a delegation to Macao.", "From March 22 to 24,"),
        ("Hexi news: February 13, the district held a meeting.", "On February 13,"),
    ],
)
def test_day_opening_its_sentence(text: str, suggestion: str) -> None:
    found = check_texts([text], ["E801"])
    assert found["suggestion"].to_list() == [suggestion]


@pytest.mark.parametrize(
    "text",
    [
        "On April 14, the trade promotion conference opened in the city.",
        "May 28, 2019",
        "April 14, 2023, was a busy day for the port.",
        "HEFEI, April 14 (Xinhua) -- The fair opened on Friday.",
        "Date: April 14, Hefei Convention Center",
        "The fair opened on April 14, the day the port reopened.",
    ],
)
def test_leaves_days_with_their_preposition(text: str) -> None:
    assert_flags("E801", text, None)


@pytest.mark.parametrize(
    ("text", "suggestion"),
    [
        ("Tesla, Ford and other four companies attended.", "four other"),
        ("Lu Hua and other eight deputies were elected.", "eight other"),
        ("The consul and other over 20 local leaders attended.", "over 20 other"),
        ("Other 14 countries sent teams to the fair.", "14 other"),
        ("Other three villages will follow.", "Three other"),
    ],
)
def test_number_before_other(text: str, suggestion: str) -> None:
    found = check_texts([text], ["E801"])
    assert found["suggestion"].to_list() == [suggestion]


@pytest.mark.parametrize(
    "text",
    [
        "The other two companies opened plants in the park.",
        "Its other three plants and their other 20 shops stayed open.",
        "The two mayors met each other 20 times, every other 2 weeks.",
        "Other 2019 projects were finished on time.",
        "Four other companies and more than 20 other leaders attended.",
    ],
)
def test_leaves_number_after_a_determiner(text: str) -> None:
    assert_flags("E801", text, None)


@pytest.mark.parametrize(
    ("text", "suggestion"),
    [
        (
            "Vice mayors Wu Jian, Wang Xinnan, Li Nian, Fang Dong attended the meeting.",
            "Li Nian and Fang Dong",
        ),
        (
            "Teams led by Chen Jun, Yuan Jia, Ge Hui, Zheng Shan have visited the counties.",
            "Ge Hui and Zheng Shan",
        ),
    ],
)
def test_series_of_names_without_and(text: str, suggestion: str) -> None:
    found = check_texts([text], ["E801"])
    assert found["suggestion"].to_list() == [suggestion]


@pytest.mark.parametrize(
    "text",
    [
        "Wu Jian, Wang Nan and Fang Dong attended the meeting.",
        "Wu Jian, Wang Nan, Fang Dong, and Li Hua attended the meeting.",
        "Wu Jian, Wang Nan, Fang Dong.",
        "John Smith, Mary Jones, Peter Brown attended the meeting.",
        "The chair of Women's Federations, Gao Lirong, Vice Mayor of the city, spoke.",
        "Wu Jian, Wang Nan spoke first.",  # two names: an appositive may be meant
    ],
)
def test_leaves_series_closed_or_not_names(text: str) -> None:
    assert_flags("E801", text, None)


@pytest.mark.parametrize(
    ("text", "suggestion"),
    [
        ("The park will grow for a long term.", "in the long term"),
        ("Rural revival needs solid work in a long run.", "in the long run"),
        ("In long term, the reform pays off.", "In the long term"),
        (
            "He welcomed the guests and briefed them the conditions of the county.",
            "briefed them on",
        ),
    ],
)
def test_idioms_of_time_and_brief(text: str, suggestion: str) -> None:
    found = check_texts([text], ["E801"])
    assert found["suggestion"].to_list() == [suggestion]


def test_coming_future() -> None:
    assert_flags("E801", "The rules will stay for the coming future.", "for the coming future")


@pytest.mark.parametrize(
    "text",
    [
        "In the long run, the reform pays off, and in the long term too.",
        "The team won in a long run of games.",
        "It is a long term plan for the port.",
        "The rules will stay for the foreseeable future.",
        "He briefed them on the progress, and she briefed him about their plans.",
        "He briefed them yesterday.",
    ],
)
def test_leaves_idioms_of_time_and_brief(text: str) -> None:
    assert_flags("E801", text, None)
