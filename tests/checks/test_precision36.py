"""False alarms found on fresh pages (session 36): a table of figures flattened into pipes
(R601), a term glossed in Chinese by a scholar (U401), a purpose after a passive "be
accelerated" (E801), a link title cut short by the site (E802), and straight and curly
quotations equally common on a page (P302).

The sentences are written for these tests, in the register of city news pages and of
outlets that write about them.
"""

from __future__ import annotations

import pytest
from helpers import assert_flags

_TABLE = (
    "Four cities named new mayors after the session.\n"
    "No. | Name | Age | New post | Former post |\n"
    "1 | Zhao Ming | 57 | Mayor of Wuxi | Vice Governor of Jiangsu |\n"
    "2 | Sun Hong | 54 | Mayor of Yantai | Secretary-General of Shandong |\n"
    "3 | Qian Lei | 59 | Mayor of Jilin City | Mayor of Siping |\n"
    "The appointments take effect at once."
)


def test_a_table_of_figures_flattened_into_pipes_is_article_text() -> None:
    assert_flags("R601", _TABLE, None)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # A menu bar alone on its line is still the site's.
        (
            "The forum opened on Monday.\nHome | News | Government | Contact us\n"
            "Delegates visited the port.",
            "Home | News | Government | Contact us",
        ),
        # Rows of links with no figure in any cell: the site's, not a table of the article.
        (
            "The forum opened on Monday.\nNews | Photos | Video |\nTravel | Food | Culture |\n"
            "Trade | Invest | Jobs |\nDelegates visited the port.",
            "News | Photos | Video |",
        ),
    ],
)
def test_rows_of_links_are_still_residue(text: str, span: str) -> None:
    assert_flags("R601", text, span)


@pytest.mark.parametrize(
    "text",
    [
        "In the county, a township has about 40 staff who hold bianzhi (编制), which means a "
        "post for life.",
        "The campaign asked cadres to keep their original aspiration (chuxin 初心) in mind.",
        "Each village head (cun zhuren 村主任) now also leads the village Party branch.",
    ],
)
def test_a_term_glossed_after_its_pinyin_is_no_residue(text: str) -> None:
    assert_flags("U401", text, None)


def test_a_page_that_glosses_terms_keeps_its_english_glosses() -> None:
    text = (
        "Township staff hold bianzhi (编制), an established post. Above them are the "
        "section-level (科级) leaders and the discipline inspection secretary (纪检书记)."
    )
    assert_flags("U401", text, None)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # A leftover phrase on a page that glosses nothing.
        ("The city launched the 15th Five-Year Plan (十五五) on Monday.", "十五五"),
        # English words before the bracket are no pinyin of the characters.
        ("The city set up a service centre (服务中心) for firms in the zone.", "服务中心"),
    ],
)
def test_chinese_left_in_brackets_is_still_flagged(text: str, span: str) -> None:
    assert_flags("U401", text, span)


@pytest.mark.parametrize(
    "text",
    [
        "Efforts should be accelerated to promote the upgrading of old industrial parks.",
        "Work on the ring road must be further accelerated to ensure it opens in June.",
    ],
)
def test_a_purpose_after_a_passive_accelerated_is_no_slip(text: str) -> None:
    assert_flags("E801", text, None)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("The city will accelerate to build a modern port.", "accelerate to build"),
        ("The district is accelerating to promote green industry.", "accelerating to promote"),
    ],
)
def test_accelerate_to_with_a_bare_verb_is_still_flagged(text: str, span: str) -> None:
    assert_flags("E801", text, span)


def test_a_link_title_cut_short_by_the_site_is_no_misspelling() -> None:
    text = "Previous Article:Hefei Trade Delegat... Next Article:Mayor Meets Investors..."
    assert_flags("E802", text, None)


def test_a_misspelt_word_before_a_full_stop_is_still_flagged() -> None:
    assert_flags("E802", "The city held a meeting on the goverment work report.", "goverment")


def test_straight_and_curly_quotations_equally_common_are_typography() -> None:
    text = (
        '"Green Hills 2025" Brings Tourists Back\n\n'
        "“We had no road ten years ago,” the village head said.\n\n"
        'An old verse, "The cranes fly high over the cold river", tells of its valley.\n\n'
        "“Now buses come every hour,” she added."
    )
    assert_flags("P302", text, None)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # A pair opened in one style and closed in the other.
        (
            'The county built the “two new zones" and opened a “green channel” for firms.',
            '“two new zones"',
        ),
        # A quotation in the less common style where one style leads.
        (
            "The city named its “green channel”, its “one-stop window” and its "
            '"service secretary" for investors.',
            '"service secretary"',
        ),
    ],
)
def test_a_mixed_pair_or_a_true_minority_is_still_flagged(text: str, span: str) -> None:
    assert_flags("P302", text, span)


@pytest.mark.parametrize(
    "text",
    [
        "The plenum set out tasks for the socialist construction and renewal of the country.",
        "He praised the rural construction and governance of Longxi County.",
    ],
)
def test_building_work_paired_before_an_of_phrase_takes_its_article(text: str) -> None:
    assert_flags("E828", text, None)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        (
            "The county sped up the project construction and met its targets.",
            "the project construction",
        ),
        ("Officials must grasp the project construction.", "the project construction"),
    ],
)
def test_building_work_named_in_general_is_still_flagged(text: str, span: str) -> None:
    assert_flags("E828", text, span)
