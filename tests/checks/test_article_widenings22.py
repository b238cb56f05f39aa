"""The article rules widened in round 22, by shape: a body's name in a list whose other
bodies have their own "the", a body's possessive, an office named by its place and trade,
a subject after an opening phrase with a date's abbreviation stop, and a stacked title in
capitals left alone (T113); two describing words joined by "and" before a frame's noun, and
an explanation, report or talk given, a meeting or briefing convened (E829); a long
headline that drops only an article (T103). Positive and negative cases, in the register
of local-government news."""

from __future__ import annotations

import pytest
from helpers import assert_flags

# The rule's code, then its slips with the span each must report, and good English.
CASES: dict[str, tuple[list[tuple[str, str]], list[str]]] = {
    "T113": (
        [
            (
                "Zhou Ping spoke for the CPC Yancheng Municipal Committee, Yancheng Municipal"
                " Government and the Yancheng Municipal Committee of the CPPCC.",
                "Yancheng Municipal Government",
            ),
            (
                "Guests came from Jinan, the Ministry of Commerce, Shandong Tea Association,"
                " and the State Forestry Administration.",
                "Shandong Tea Association",
            ),
            (
                "Heads of the Municipal People's Court, the Municipal People's Procuratorate"
                " and Wuxi Intermediate Court attended.",
                "Wuxi Intermediate Court",
            ),
            (
                "Heads of the Municipal People's Congress, the Municipal People's Procuratorate"
                " and Wuxi Maritime Court etc., and old cadres attended.",
                "Wuxi Maritime Court",
            ),
            (
                "Ma Lin praised the work of Jiangxi Returned Overseas Chinese Federation's"
                " members.",
                "Jiangxi Returned Overseas Chinese Federation",
            ),
            (
                "Ma Lin met the head of Macao Economic and Trade Office in Paris.",
                "Macao Economic and Trade Office",
            ),
            (
                "The report reviewed the work of Wuxi Political Consultative Conference in 2021.",
                "Wuxi Political Consultative Conference",
            ),
            ("Ma Lin met judges of Wuxi Maritime Court on Monday.", "Wuxi Maritime Court"),
            (
                "On the morning of Feb.3rd, Wuxi Municipal Party Committee held a plenary session.",
                "Wuxi Municipal Party Committee",
            ),
        ],
        [
            "Zhou Ping spoke for the CPC Yancheng Municipal Committee and Yancheng Municipal"
            " Government, the Yancheng Port Bureau and the city.",
            "The CPC Wuxi Municipal Committee and Wuxi Municipal Government acted at once on"
            " orders from the State Council, the Ministry of Commerce and the province.",
            "Guests came from the Ministry of Commerce, the State Forestry Administration and"
            " the Shandong Tea Association.",
            "Officials of the Wuxi Municipal Government, Wuxi Port Group and Wuxi Steel came.",
            "Li Wei, CPC Jiangxi Provincial Committee Secretary and Jiangxi Provincial People's"
            " Congress Standing Committee Director, chaired the meeting.",
            "Ma Lin met Macao Economic and Trade Office staff in Paris.",
            "Ma Lin met Wuxi Maritime Court judges on Monday.",
            "Ma Lin spoke at the Wuxi Political Consultative Conference in 2021.",
            "Ma Lin praised the work of Jiangxi's Returned Overseas Chinese Federation.",
            # "and" inside one name: no list item starts after it.
            "Officials of the National Development and Reform Commission, the Ministry of"
            " Finance and the State Council attended.",
            "Guests came from the Ministry of Commerce, the Wuxi Municipal Science and"
            " Technology Bureau and the city.",
        ],
    ),
    "E829": (
        [
            (
                "The director gave detailed and systematic explanation of the new rules.",
                "detailed and systematic explanation",
            ),
            ("The bureau convened briefing on the plan on Monday.", "briefing"),
            ("The mayor delivered report on the work of the city.", "report"),
        ],
        [
            "The director gave a detailed and systematic explanation of the new rules.",
            "The county made great efforts and wise decisions on the matter.",
            "The bureau gave reports to the council each month.",
            "The office convened meetings with firms in May.",
            "The mayor delivered report cards to the pupils.",
        ],
    ),
    "T103": (
        [
            (
                "On Monday, Li Wei, member of Political Bureau of CPC Central Committee, spoke"
                " at the meeting.",
                "Political Bureau of CPC Central Committee",
            ),
        ],
        [
            "Standing Committee of Political Bureau of CPC Central Committee hears reports of"
            " five leading Party members' groups and the Secretariat",
        ],
    ),
}


# Each case as (code, text, the span it must report or None for good English).
FLAT: list[tuple[str, str, str | None]] = [
    (code, text, span)
    for code, (slips, good) in CASES.items()
    for text, span in [*slips, *((g, None) for g in good)]
]


@pytest.mark.parametrize(("code", "text", "span"), FLAT)
def test_round22_widening(code: str, text: str, span: str | None) -> None:
    """The widened rule reports its slip's span, and nothing in good English."""
    assert_flags(code, text, span)
