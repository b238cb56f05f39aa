"""The article rules of round 30: the CPC Central Committee after a preposition without
"the" (T113), which the rule's pattern read as a Party committee named by a place called
"Central" and then dropped as no place.

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
