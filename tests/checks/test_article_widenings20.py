"""The article rules widened in round 20: a port, science city, computing centre or
economic zone named by its place after a preposition or as its sentence's subject, and a
meeting by its full name as the subject (E807); the presidium, an inspection group, the
Supervisory Committee and the economy named by the common noun alone (E820); and the
wording slips "in the recent years", an article before a possessive, "a (enlarged)", "make
a better use of" and a total investment given with its figure without "a" (E801). Positive
and negative cases, in the register of local-government news."""

from __future__ import annotations

import pytest
from helpers import check_texts, spans

# The rule's code, then its slips with the span each must report, and good English.
CASES: dict[str, tuple[list[tuple[str, str]], list[str]]] = {
    "E807": (
        [
            (
                "The firms joined the building of Qingdao Free Trade Port.",
                "Qingdao Free Trade Port",
            ),
            (
                "The train set off from Harbin International Land Port at noon.",
                "Harbin International Land Port",
            ),
            (
                "Funds were raised for Eastern China (Hefei) Science City last year.",
                "Eastern China (Hefei) Science City",
            ),
            (
                "The mayor visited the site of Wuxi Supercomputing Center on Friday.",
                "Wuxi Supercomputing Center",
            ),
            (
                "Experts discussed the growth of Changsha-Zhuzhou economic circle.",
                "Changsha-Zhuzhou economic circle",
            ),
            (
                "Shanghai-Nanjing Economic Belt has drawn many new firms.",
                "Shanghai-Nanjing Economic Belt",
            ),
            (
                "Anhui-Jiangsu Border Cooperation Meeting was held in Chuzhou on Monday.",
                "Anhui-Jiangsu Border Cooperation Meeting",
            ),
            (
                "On May 8, Hubei-Hunan Economic Circle was set up by the two provinces.",
                "Hubei-Hunan Economic Circle",
            ),
        ],
        [
            "The firms joined the building of the Qingdao Free Trade Port.",
            "The province issued Qingdao Free Trade Port policies in May.",
            "He studied the rules of China's Qingdao Free Trade Port.",
            "Trade grew between Singapore and Qingdao Free Trade Port in 2023.",
            "The Wuxi Supercomputing Center opened in 2016.",
            "Experts discussed the growth of the Changsha-Zhuzhou economic circle.",
            "Firms from Changsha-Zhuzhou economic circle projects came too.",
            "The Shanghai-Nanjing Economic Belt has drawn many new firms.",
            "Shanghai-Nanjing Economic Belt Draws New Firms",  # a heading
            "The Anhui-Jiangsu Border Cooperation Meeting was held in Chuzhou.",
            "Each Border Cooperation Meeting was held in a different city.",
            "He lives in Hefei, a science city in the east.",
        ],
    ),
    "E820": (
        [
            ("Wang Lin, executive chairman of presidium, opened the session.", "presidium"),
            ("The list was handed to inspection group on Monday.", "inspection group"),
            ("She is director of Supervisory Committee of the county.", "Supervisory Committee"),
            ("The plan aims at the steady growth of economy in the county.", "economy"),
            ("It set out the plan of national economy and social development.", "national economy"),
        ],
        [
            "Wang Lin, executive chairman of the presidium, opened the session.",
            "The newly elected presidium met on Sunday.",
            "The list was handed to the inspection group on Monday.",
            "Training was given to inspection group members in May.",
            "She is director of the County Supervisory Committee.",
            "The plan aims at the steady growth of the economy in the county.",
            "The fund supports the digital economy of the county.",
            "For the sake of economy, the two events were merged.",
            "Tickets in the class of economy seats were sold out.",
        ],
    ),
    "E801": (
        [
            ("In the recent years, the town has built six parks.", "In the recent years"),
            ("Output has risen over the recent few years.", "over the recent few years"),
            ("He spoke at the Friday's signing ceremony.", "the Friday's"),
            ("It is a key part of the China's opening-up.", "the China's"),
            ("The committee held a (enlarged) meeting on Monday.", "a (enlarged"),
            ("The city will make a better use of its port.", "make a better use of"),
            ("Villages made the full use of their land.", "made the full use of"),
            ("The park was built with total investment of 3 billion yuan.", "total investment"),
            ("It has planned investment of RMB 500 million.", "planned investment"),
        ],
        [
            "In recent years, the town has built six parks.",
            "In the recent years of reform, the town grew fast.",
            "He spoke at Friday's signing ceremony.",
            "It is a key part of China's opening-up.",
            "The committee held an (enlarged) meeting on Monday.",
            "The city will make better use of its port.",
            "Villages made the best use of their land.",
            "The town held a (small) fair.",
            "The park was built with a total investment of 3 billion yuan.",
            "The city recorded foreign investment of $5 billion last year.",
            "The rise came with total investment up by 8 percent.",
        ],
    ),
}


@pytest.mark.parametrize(
    ("code", "text", "span"),
    [(code, text, span) for code, (bad, _) in CASES.items() for text, span in bad],
)
def test_rule_reports_the_slip(code: str, text: str, span: str) -> None:
    assert span in spans(check_texts([text], [code]), code)


@pytest.mark.parametrize(
    ("code", "text"), [(code, text) for code, (_, good) in CASES.items() for text in good]
)
def test_rule_leaves_good_english_alone(code: str, text: str) -> None:
    assert spans(check_texts([text], [code]), code) == []
