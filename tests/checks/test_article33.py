"""Articles before named bodies and regions: a body of a city's or county's level named from
its level word with no place before it (E817).

The sentences are written for these tests, in the register of city and provincial
government news pages.
"""

from __future__ import annotations

import pytest
from helpers import assert_flags

# --- E817: a body named from its level word -------------------------------------------


@pytest.mark.parametrize(
    ("text", "span"),
    [
        (
            "The inspection team met with Municipal Natural Resources Bureau and two townships.",
            "Municipal Natural Resources Bureau",
        ),
        (
            "The village got support from several bodies, including County Water Resources "
            "Bureau, the county hospital and a bank.",
            "County Water Resources Bureau",
        ),
        (
            "Judges of Municipal Intermediate People’s Court ruled on the case on Monday.",
            "Municipal Intermediate People’s Court",
        ),
        (
            "The notice was issued by County Organs Working Committee.",
            "County Organs Working Committee",
        ),
        (
            "The mayor praised the work of District Emergency Management Office about flood "
            "control.",
            "District Emergency Management Office",
        ),
        (
            # The shortest name that heads its phrase: the article goes before it all.
            "Staff from Provincial Department of Commerce joined the fair.",
            "Provincial Department",
        ),
    ],
)
def test_a_body_named_from_its_level_word_is_flagged(text: str, span: str) -> None:
    assert_flags("E817", text, span)


@pytest.mark.parametrize(
    "text",
    [
        # The article is there, or the place names the body (T113's).
        "The inspection team included the Municipal Natural Resources Bureau and two townships.",
        "Officials of Jiangyin Municipal Natural Resources Bureau visited the site.",
        # A post's label before the body is T113's, which weighs the page's style.
        "Zhou Ming (Secretary of District Committee) visited three communities.",
        "He is director of Municipal Commerce Bureau and a deputy to the congress.",
        # The name modifies a noun after it.
        "The village asked for Municipal Natural Resources Bureau experts to come.",
        # A line broken mid-name, and a heading in Title Case.
        "Provincial Committee of CPC.",
        "Municipal Commerce Bureau Holds Meeting on Foreign Trade",
    ],
)
def test_a_body_with_its_article_place_or_post_is_left(text: str) -> None:
    assert_flags("E817", text, None)
