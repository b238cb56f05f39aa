"""The article rules widened in round 19: a level named as the place where work is done
the business environment, a revitalization and the fight against corruption without "the"
(E820), and a body named by its common noun
first and "of" — the Political Bureau, a Foreign Affairs Office, a ministry, a Party
department, a general or information office — after a preposition (E807); and a
session's number swapped with its congress's term (E826, new). Positive and negative cases, in the register of local-government news."""

from __future__ import annotations

import pytest
from helpers import check_texts, spans

from tifa.checks.rules.e826_session_numbering_inverted import ordinal_value

# The rule's code, then its slips with the span each must report, and good English.
CASES: dict[str, tuple[list[tuple[str, str]], list[str]]] = {
    "E820": (
        [
            ("Disputes should be settled at grassroots level first.", "grassroots level"),
            ("The checks will be carried out at local level, the mayor said.", "local level"),
            ("Powers were handed down to county level in May.", "county level"),
            ("The towns will lead revitalization of the county.", "revitalization"),
            ("Funds were set aside for rejuvenation of the old town.", "rejuvenation"),
            ("The inspectors will promote fight against corruption.", "fight against corruption"),
            ("Staff at township level and village level were trained.", "township level"),
            ("The district will further optimize business environment.", "business environment"),
            (
                "The bureau aims to improve business environment for small firms.",
                "business environment",
            ),
            ("He spoke highly of the progress of business environment.", "business environment"),
            (
                "The town has made its name in regulating business environment.",
                "business environment",
            ),
        ],
        [
            "Disputes should be settled at the grassroots level first.",
            "Officials at county level governments were trained.",
            "Cadres at all levels took part in the drive.",
            "He served at provincial-level bodies for ten years.",
            "The city aims to build a first-class business environment.",
            "The district will further optimize its business environment.",
            "The district will optimize the business environment.",
            "He heads the business environment bureau of the district.",
            "The city hired 20 business environment supervisors.",
            "Work was done in local level offices.",
            "Optimizing Business Environment",  # a heading
            "The towns will lead the revitalization of the county.",
            "The county works for rural revitalization in the hills.",
            "Cadres vowed to fight against corruption.",
            "The county will fight against corruption.",
            "It was a landmark in the fight against corruption.",
        ],
    ),
    "E826": (
        [
            (
                "The 14th session of the first Municipal People's Congress opened on Monday.",
                "14th session of the first",
            ),
            (
                "The district CPPCC held the 8th Session of the Twenty-Second Standing Committee.",
                "8th Session of the Twenty-Second",
            ),
            (
                "Deputies to the ninth session of the 2nd Xinhe County People's Congress met.",
                "ninth session of the 2nd",
            ),
        ],
        [
            "The first session of the 14th Municipal People's Congress opened on Monday.",
            "The district CPPCC held the 22nd Session of the 8th Standing Committee.",
            "The 14th meeting of the 1st Standing Committee was held in May.",
            "The fifth session of the first Municipal People's Congress closed.",
            "The 3rd plenary session of the 20th CPC Central Committee opened.",
            "The first session of the 21st People's Congress of Xinzhuang Town opened.",
        ],
    ),
    "E807": (
        [
            (
                "Zhou Lin, member of Political Bureau of the CPC Central Committee, spoke.",
                "Political Bureau",
            ),
            (
                "The guests met officials of Foreign Affairs Office of the city government.",
                "Foreign Affairs Office",
            ),
            ("The plan was approved by Ministry of Commerce in May.", "Ministry"),
            (
                "According to Publicity Department of the municipal Party committee, it opens today.",
                "Publicity Department",
            ),
            ("The notice was issued by General Office of the State Council.", "General Office"),
        ],
        [
            "Zhou Lin, member of the Political Bureau of the CPC Central Committee, spoke.",
            "The guests met officials of the Foreign Affairs Office of the city government.",
            "Wang Hua, director of Anshan Foreign Affairs Office, met the guests.",
            "A Ministry of Commerce official visited the port.",
            "The delegation of China's Ministry of Finance visited the port.",
            "He met the Standing Committee of Political Bureau members.",
            "Ministry of Commerce Officials Visit Port",  # a heading
        ],
    ),
}


# Every text with the span it must report, or None where the rule must stay silent; the
# test's id names the text, so that a failure says which one.
_TEXTS = [
    (code, text, span)
    for code, (bad, good) in CASES.items()
    for text, span in [*bad, *((text, None) for text in good)]
]


@pytest.mark.parametrize(("code", "text", "span"), _TEXTS)
def test_rule_reports_only_the_slip(code: str, text: str, span: str | None) -> None:
    found = spans(check_texts([text], [code]), code)
    assert (span in found) if span else found == []


@pytest.mark.parametrize(
    ("word", "value"),
    [("22nd", 22), ("Twenty-Second", 22), ("twenty first", 21), ("first", 1), ("Thirtieth", 30)],
)
def test_ordinal_value_reads_figures_and_words(word: str, value: int) -> None:
    assert ordinal_value(word) == value
