"""The article rules of round 30: the CPC Central Committee after a preposition without
"the" (T113), which the rule's pattern read as a Party committee named by a place called
"Central" and then dropped as no place; a span of time fixed by an ordinal or by "next",
"past" or "last" and a count ("in first quarter", "for next five years"), and the world,
the country or the Party in the possessive right after a preposition ("with world's top
500", "of CPC's founding"), and the Belt and Road by its short name after a preposition
where it heads its phrase ("construction of Belt and Road to …"), without "the" (E820);
a bureau, commission, administration or department named by a district or county in
pinyin after a preposition without "the" (T113). And a false alarm fixed: a policy or
building work limited by "in" and a place or a set of fields keeps its "the" (E828).

The sentences are written for these tests, in the register of city and national news pages.
"""

from __future__ import annotations

import pytest
from helpers import assert_flags


@pytest.mark.parametrize(
    "text",
    [
        "The plan for rural schools was approved by CPC Central Committee in March.",
        "Wang Hua, General Secretary of CPC Central Committee, met the county chiefs.",
        "The delegates studied the decision of CPC Central Committee, the mayor said.",
    ],
)
def test_central_committee_without_the_is_flagged(text: str) -> None:
    assert_flags("T113", text, "CPC Central Committee")


@pytest.mark.parametrize(
    "text",
    [
        # With its article, or its term and its article.
        "The plan for rural schools was approved by the CPC Central Committee in March.",
        "The delegates studied the decision of the 20th CPC Central Committee, he said.",
        "The county chiefs met in Beijing at the invitation of the CPC Central Committee.",
        "He met the CPC Central Committee Organization Department officials.",
    ],
)
def test_central_committee_with_its_article_is_left_alone(text: str) -> None:
    assert_flags("T113", text, None)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("The bureau reported the county's exports in third quarter, he said.", "third quarter"),
        (
            "Retail sales rose by 8 percent in first quarter of 2023 from a year earlier.",
            "first quarter",
        ),
        ("Output in second half this year is expected to grow faster.", "second half"),
        (
            "The town set out its tasks for next three years at the plenary session.",
            "next three years",
        ),
        ("Over past ten years, the village has built 40 kilometers of roads.", "past ten years"),
        ("The port will add two berths within next few months.", "next few months"),
    ],
)
def test_a_fixed_span_of_time_without_the_is_flagged(text: str, span: str) -> None:
    assert_flags("E820", text, span)


@pytest.mark.parametrize(
    "text",
    [
        # With its article.
        "The bureau reported the county's exports in the third quarter, he said.",
        "The town set out its tasks for the next three years at the plenary session.",
        # A modifier of the noun after it, and spans without a count, which are good English.
        "The rise in first-quarter output was led by new energy vehicles.",
        "The growth in first quarter GDP was led by exports, he said.",
        "In past years the village relied on coal, and in coming days it will open a museum.",
        # A bare span opening its sentence is no phrase after a preposition.
        "Next five years will be crucial for the county, he said.",
    ],
)
def test_a_span_of_time_with_its_article_is_left_alone(text: str) -> None:
    assert_flags("E820", text, None)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("The park will cooperate with world's leading chip makers, the mayor said.", "world's"),
        (
            "The exhibition marks the 100th anniversary of CPC’s founding, officials said.",
            "CPC’s",
        ),
        ("The town's growth is one tenth of country's total, he said.", "country's"),
        ("Students visited the museum of Party's history in Ruijin.", "Party's"),
    ],
)
def test_a_unique_possessive_after_a_preposition_is_flagged(text: str, span: str) -> None:
    assert_flags("E820", text, span)


@pytest.mark.parametrize(
    "text",
    [
        "The park will cooperate with the world's leading chip makers, the mayor said.",
        "The exhibition marks the 100th anniversary of the CPC’s founding, officials said.",
        # Another determiner, or a name of its own before the possessive.
        "The town's growth is one tenth of our country's total, he said.",
        "He spoke of the Communist Party's history and of China's reform.",
    ],
)
def test_a_unique_possessive_with_its_article_is_left_alone(text: str) -> None:
    assert_flags("E820", text, None)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        (
            "The port will speed up the construction of Belt and Road to serve inland firms.",
            "Belt and Road",
        ),
        (
            "Trade with cities along Belt and Road has grown by 12 percent, he said.",
            "Belt and Road",
        ),
        (
            "The mayor attended the annual meeting of Belt and Road Mayors Forum in Xi'an.",
            "Belt and Road Mayors Forum",
        ),
    ],
)
def test_the_belt_and_road_without_the_is_flagged(text: str, span: str) -> None:
    assert_flags("E820", text, span)


@pytest.mark.parametrize(
    "text",
    [
        "The port will speed up the construction of the Belt and Road, he said.",
        # A modifier of the noun after it, written bare by official English.
        "The city will push for Belt and Road cooperation with Central Asian countries.",
        "Exports to Belt and Road countries rose by 9 percent, he said.",
        # The initiative is E807's.
        "The forum marked ten years of Belt and Road Initiative, he said.",
    ],
)
def test_the_belt_and_road_with_its_article_or_as_a_modifier_is_left_alone(text: str) -> None:
    assert_flags("E820", text, None)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        (
            "The figures were released by Nanhai Market Supervision and Administration Bureau"
            " on Monday.",
            "Nanhai Market Supervision and Administration Bureau",
        ),
        (
            "The delegates visited Kunshan Administrative Examination and Approval Bureau"
            " and two farms.",
            "Kunshan Administrative Examination and Approval Bureau",
        ),
        (
            "Wang Lin, director of Haishu Development and Reform Commission, spoke.",
            "Haishu Development and Reform Commission",
        ),
    ],
)
def test_a_pinyin_districts_bureau_without_the_is_flagged(text: str, span: str) -> None:
    assert_flags("T113", text, span)


@pytest.mark.parametrize(
    "text",
    [
        "The figures were released by the Nanhai Market Supervision and Administration"
        " Bureau on Monday.",
        # A firm, a school or a pinyin word that is no place before another head.
        "The delegates visited Huawei Technologies and Wanda Plaza, he said.",
        "The county signed deals with Haier Group and Sany Heavy Industry, he said.",
    ],
)
def test_a_pinyin_districts_bureau_with_its_article_is_left_alone(text: str) -> None:
    assert_flags("T113", text, None)


@pytest.mark.parametrize(
    "text",
    [
        "Both cities will deepen the practical cooperation in all fields, the mayor said.",
        "The envoy praised the village construction and tea farming in Anxi, he said.",
        "They will promote the industrial cooperation in their border areas, he said.",
    ],
)
def test_a_policy_or_work_limited_by_in_keeps_its_article(text: str) -> None:
    assert_flags("E828", text, None)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        (
            "Both cities will deepen the practical cooperation in farming, the mayor said.",
            "the practical cooperation",
        ),
        ("The county will speed up the project construction.", "the project construction"),
    ],
)
def test_a_policy_or_work_in_general_still_drops_its_article(text: str, span: str) -> None:
    assert_flags("E828", text, span)
