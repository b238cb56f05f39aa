"""False alarms found on fresh pages (session 41): "the nature" opening a list of nouns that
an of-phrase closes, with a pair joined by "and" among the items (E828); and spacing,
punctuation and Chinese findings inside a line of page residue (R601) whose deletion mends
them, reported one by one beside it.

The sentences are written for these tests, in the register of city news pages and of
outlets that write about them.
"""

from __future__ import annotations

import polars as pl
import pytest
from helpers import assert_flags, check_texts


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # Nature as the living world, named in general: the article goes.
        ("The county told its farmers to respect the nature and protect it.", "the nature"),
        # A clause after the comma, not a list: still nature in general.
        (
            "Herders in Hulunbuir must respect the nature, protect grassland and make use of "
            "water with care.",
            "the nature",
        ),
        ("Villagers should respect the nature, and they will keep the hills green.", "the nature"),
    ],
)
def test_nature_named_in_general_keeps_its_finding(text: str, span: str) -> None:
    assert_flags("E828", text, span)


@pytest.mark.parametrize(
    "text",
    [
        # Items of two words and a pair joined by "and", the whole closed by an of-phrase.
        "The new rules set out the nature, working mechanism, duties and powers, and review "
        "procedures of the Jiangmen audit commission.",
        "Lawmakers debated the nature, scope, rights and duties, and oversight of village "
        "committees in Anshun.",
        # Each item with its own article, as before.
        "The white paper sets out the nature, the tasks and the powers of the Yulin "
        "supervision commission.",
    ],
)
def test_nature_opening_a_list_closed_by_an_of_phrase_is_definite(text: str) -> None:
    assert_flags("E828", text, None)


# (page, what the residue finding flags, the findings in the article's own text, which stay;
# the spacing, punctuation and Chinese findings inside the residue go with it)
_RESIDUE_PAGES = [
    (
        "Wuxi sets up a new port fund\n\nWriter: Li Na  |  Editor: Zhou Bin  |  From: Wuxi "
        "Daily  |  Updated: 2024-05-08\n\nWuxi opened a new port fund on Monday.  The mayor, "
        "Qian Hong, said it would help exporters.",
        "Writer: Li Na  |  Editor: Zhou Bin  |  From: Wuxi Daily  |  Updated: 2024-05-08",
        [("P307", "  ")],
    ),
    (
        "Speech at the Plenary Session of the Wuxi Municipal Committee\n\nBy: Zhao LeiFrom:Wuxi "
        "Journal 2019|Vol.3,No.4,Issue No.12 | Updated: 2019-Jun-02 10:15\n\nThe committee met "
        "on Monday,and it set three goals for the year.",
        "By: Zhao LeiFrom:Wuxi Journal 2019|Vol.3,No.4,Issue No.12 | Updated: 2019-Jun-02 10:15",
        [("P305", ",")],
    ),
    (
        "Global EditionASIA 中文双语Français\nChina\n\nWuxi opens port fund\n\nWuxi opened a "
        "new port fund on Monday , the city said.\n\nBACK TO THE TOP\nCopyright 1995 - . All "
        "rights reserved.",
        "Global EditionASIA 中文双语Français",
        [("P304", " ")],
    ),
]
_FORM_CODES = ["R601", "P304", "P305", "P307", "P320", "U401"]


@pytest.mark.parametrize(("text", "residue", "outside"), _RESIDUE_PAGES)
def test_findings_inside_page_residue_go_with_it(
    text: str, residue: str, outside: list[tuple[str, str]]
) -> None:
    findings = check_texts([text], _FORM_CODES).filter(pl.col("severity") != "info")
    rows = [(code, span) for code, span in findings.select("code", "span").iter_rows()]
    assert ("R601", residue) in rows
    # What the article says wrongly is still reported, and nothing inside the residue.
    assert [row for row in rows if row[0] != "R601"] == outside
