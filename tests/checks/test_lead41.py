"""Session 41, lead: false alarms and misses seen on real pages no rule was tuned on.

- R601: a byline whose fields a middle dot divides, as a bar does ("By … · date · Source:"),
  is page furniture; the double spaces around its dots go with it (P307).

The sentences are written for these tests, in the register of city news pages.
"""

from __future__ import annotations

import pytest
from helpers import check_texts

STORY = "The city signed six deals with firms from Japan on Monday, officials said.\n"


@pytest.mark.parametrize(
    "byline",
    [
        "By Zhou Min  ·  2019-03-08  ·   Source: | Web Exclusive",
        "By Zhou Min · 2019-03-08 · Source: Beijing Review",
        "By Zhou Min | 2019-03-08 | Source: Web Exclusive",
    ],
)
def test_a_byline_of_fields_divided_by_dots_or_bars_is_furniture(byline: str) -> None:
    found = check_texts([f"Six Deals Signed at the Trade Fair\n\n{byline}\n\n{STORY}"])
    on_byline = found.filter(found["span"].str.contains("Zhou Min") | (found["line"] == 3))
    assert on_byline["code"].to_list() == ["R601"]


def test_a_middle_dot_in_prose_is_no_byline() -> None:
    text = (
        "Six Deals Signed\n\nThe fair drew 300 firms · its third year running · the mayor said.\n"
    )
    found = check_texts([text], ["R601"])
    assert found.height == 0
