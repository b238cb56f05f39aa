"""False alarms on professional English, third pass: a foreign newsroom's own names for the
Party on its own page (T101).

The sentences are written for these tests, in the register of agency and outlet copy.
"""

from __future__ import annotations

import pytest
from helpers import assert_flags

# A newsroom's story in its own style: the Party in lower case, its own name for it.
_NEWSROOM = (
    "The closed-door meeting of the Central Committee opened on Monday, days before the "
    "party congress. Zhao Ming, a senior member of the Chinese Communist Party's Politburo, "
    "explained a draft amendment to the party constitution, state media said.\n"
)
# An analyst's page that coins "CCP" as its short name for the Party.
_DEFINES_CCP = (
    "The new strategy paper on food security speaks to the priorities of the Chinese "
    "Communist Party (CCP). Its sections on grain reserves show that the CCP sees supply as "
    "a question of security.\n"
)


@pytest.mark.parametrize(("text", "span"), [(_NEWSROOM, None), (_DEFINES_CCP, None)])
def test_a_foreign_newsrooms_own_name_for_the_party_is_its_house_style(
    text: str, span: str | None
) -> None:
    assert_flags("T101", text, span)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # A page that names the Party by "CPC": official style, the odd form a slip.
        (
            "The CPC Hengyang Municipal Committee held a meeting on party building. Party "
            "members studied the history of the Chinese Communist Party and the party "
            "constitution.\n",
            "Chinese Communist Party",
        ),
        # The capital is the page's own: "Party" twice against one lower-case "party".
        (
            "Party members of the county visited the museum of the Chinese Communist Party, "
            "where the Party history exhibition opened, and met the party secretary.\n",
            "Chinese Communist Party",
        ),
        # Named once, no lower-case "party", no abbreviation coined: still reported.
        (
            "The exhibition tells the story of the Chinese Communist Party in Jinggangshan.\n",
            "Chinese Communist Party",
        ),
    ],
)
def test_the_partys_avoided_names_are_still_flagged_in_official_style(text: str, span: str) -> None:
    assert_flags("T101", text, span)
