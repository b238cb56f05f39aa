"""False alarms the sweep19 precision sweep showed, each beside the genuine finding of the
same rule that must stay.

R601: the date under a letter's signature is the letter's own. P335: the two sides of a
relation joined by a hyphen, the second named with "the" ("US-the island of Taiwan
relations"), are the wire's spelling of a relation, not a dash. T103: a headline ending in
an abbreviation's stop ("… to U.S.") still drops its articles. N204: a plural in lower case
("municipal governments at all levels") names a class, not the body. P309: a chain of
one-word names joined by spaced hyphens ("Beijing - Tianjin - Hebei") is a compound to
close up, not a pair of dashes. Texts were written for these tests in the register of
Chinese-government English news.
"""

from __future__ import annotations

import polars as pl
import pytest
from helpers import check_texts, spans

# (code, text, flagged span)
FLAGGED: list[tuple[str, str, str | None]] = [
    ("R601", "Dalian port sets a record\n\nJune 3, 2024\n\nThe port grew.", "June 3, 2024"),
    (
        "R601",
        "Dear friends,\n\nThe port grew fast.\n\nThe port opened a berth.\n\nJune 3, 2024",
        "June 3, 2024",
    ),
    ("P335", "The county lies in the west-and borders two provinces.", "-"),
    ("P335", "Dalian-the pearl of the north, welcomed guests.", "-"),
    ("T103", "The forum will build a community with shared future for mankind.", None),
    (
        "N204",
        "The Municipal Government met on Monday. The municipal government said the port grew.",
        "Municipal Government",
    ),
    ("P309", "The city held talks in Beijing - the capital - on Monday.", "-"),
]

# (code, text)
LEFT_ALONE: list[tuple[str, str]] = [
    (
        "R601",
        "Dear young friends in Dalian,\n\nI was glad to read your letter.\n\nLi Ming\n\n"
        "June 3, 2024",
    ),
    ("P335", "Experts discussed US-the island of Taiwan relations at the forum."),
    ("P335", "China-the Philippines trade grew by 5 percent last year."),
    ("T103", "Port forum to build community with shared future: envoy to U.S."),
    (
        "N204",
        "The Municipal Party Committee and the Municipal Government set the goals. Municipal "
        "governments at all levels in the province will carry them out.",
    ),
]


@pytest.mark.parametrize(("code", "text", "span"), FLAGGED)
def test_flags_the_genuine_fault(code: str, text: str, span: str | None) -> None:
    found = check_texts([text], [code])
    if span is None:
        assert spans(found, code)
    else:
        assert span in [s.strip() for s in spans(found, code)]


@pytest.mark.parametrize(("code", "text"), LEFT_ALONE)
def test_leaves_professional_text_alone(code: str, text: str) -> None:
    assert spans(check_texts([text], [code]), code) == []


def test_a_chain_of_names_is_a_compound_to_close_up() -> None:
    text = "The delegation promoted the Beijing - Tianjin - Hebei region on Monday."
    messages = _messages(text, "P309")
    assert len(messages) == 2
    assert all("compound" in m and "dash" not in m for m in messages)


def test_an_aside_between_spaced_hyphens_still_takes_dashes() -> None:
    text = "Two ports - Beihai and Qinzhou - opened new berths."
    messages = _messages(text, "P309")
    assert messages and all("dash" in m for m in messages)


def _messages(text: str, code: str) -> list[str]:
    found = check_texts([text], [code])
    return found.filter(pl.col("code") == code)["message"].to_list()
