"""Articles by mechanism: the body a post is held in, named by its shape after the title
and "of" without "the" (T113).

The sentences are written for these tests, in the register of city news pages.
"""

from __future__ import annotations

import pytest
from helpers import assert_flags


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # A place and the body's short name, no level word.
        (
            "Sun Mei, the secretary of Linxiang Party Committee, cut the ribbon on Friday.",
            "Linxiang Party Committee",
        ),
        # The level word alone before the committee, the post in capitals in brackets.
        (
            "On May 3, Wu Gang (Secretary of District Committee) visited two farms.",
            "District Committee",
        ),
        # A working committee named without its zone.
        (
            "Qian Bo, deputy secretary of Party Working Committee, chaired the meeting.",
            "Party Working Committee",
        ),
        # A bureau by its trade alone.
        (
            "Zhou Ying, member of Veterans Affairs Bureau, explained the new rules.",
            "Veterans Affairs Bureau",
        ),
        # A zone's management committee, and a body joined by "and" inside its name.
        (
            "Liang Tao, director of Beihu Development Zone Management Committee, spoke first.",
            "Beihu Development Zone Management Committee",
        ),
        (
            "He Jun, Party secretary of Songyuan Food and Drug Administration, led the team.",
            "Songyuan Food and Drug Administration",
        ),
        # The body's name ends the clause, a verb in the past after it.
        (
            "Officials of Port Affairs Office attended the signing on Monday.",
            "Port Affairs Office",
        ),
    ],
)
def test_a_post_s_body_named_by_shape_without_the_is_flagged(text: str, span: str) -> None:
    assert_flags("T113", text, span)


@pytest.mark.parametrize(
    "text",
    [
        # The article is there.
        "Sun Mei, the secretary of the Linxiang Party Committee, cut the ribbon on Friday.",
        # Firms, schools and media are named bare.
        "Chen Lu, chairman of Donghai Shipping Group, met the visitors on Friday.",
        "Ma Rui, president of Jiangnan Normal University, addressed the graduates.",
        "Gao Ping, president of Xinhua News Agency, attended the forum.",
        # A lone head noun, the US Congress and a head of government.
        "The senator has been a member of Congress since 2009.",
        # The body's name goes on with its of-phrase (E807's), or modifies a noun.
        "Li Na, director of General Office of the county, read the notice.",
        "Liu Bin, member of Party Working Committee office staff, kept the minutes.",
        # No post before "of": a document's or an event's name.
        "The meeting studied the Rules of Procedure of Linxiang Party Committee.",
        # A possessive inside the name is its determiner.
        "He met the chairman of Osaka's Kita Ward Council on Friday.",
    ],
)
def test_a_post_s_body_with_its_article_or_no_body_is_left(text: str) -> None:
    assert_flags("T113", text, None)
