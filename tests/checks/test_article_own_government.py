"""E820 takes the local government as the owner of its officials, reports or support after
"of" without "the" ("officers of local government attended"). Positive and negative
cases, in the register of local-government news."""

from __future__ import annotations

import pytest
from helpers import assert_flags

# Each slip and the span E820 must report.
SLIPS: list[str] = [
    "Officers of local government attended the opening of the new school.",
    "The team heard the work reports of local government, and visited two farms.",
    "The bridge was built with the support of local government and villagers.",
    "Officials of local government including Zhao Lei joined the tour.",
    "He came at the invitation of local government.",
]

# Good English: the government with its article, local government as a kind of rule, the
# plural, and "local government" before the noun it describes.
GOOD: list[str] = [
    "Officers of the local government attended the opening of the new school.",
    "The paper stresses the role of local government in rural revitalization.",
    "He studied the reform of local government for ten years.",
    "The support of local governments was strong.",
    "The reports of local government debt were published in May.",
    "Staff of local government departments took part in the drill.",
]


@pytest.mark.parametrize("text", SLIPS)
def test_own_government_without_the(text: str) -> None:
    """E820 reports the local government that owns its officers, reports or support."""
    assert_flags("E820", text, "local government")


@pytest.mark.parametrize("text", GOOD)
def test_own_government_good_english(text: str) -> None:
    """Nothing with the article, for local government as a kind of rule, for the plural
    or where "local government" describes a noun after it."""
    assert_flags("E820", text, None)
