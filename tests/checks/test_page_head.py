"""R601 on labels in a page's title area and on captions left in a picture's gap.

Texts written for these tests in the register of Chinese-government English news.
"""

from __future__ import annotations

import pytest
from helpers import check_texts, spans

FIRST = "On the afternoon of May 15, Li Ming met the delegation to discuss new shipping routes."
SECOND = "The two sides agreed to open a direct container route between the ports this year."


def r601(text: str) -> list[str]:
    return spans(check_texts([text], ["R601"]), "R601")


# (page, labels flagged): a label counts in the title area beside residue, with a headline
HEAD_FLAGGED: list[tuple[str, list[str]]] = [
    # a search box's empty fields and a section label above the headline and the time stamp
    (
        "Search\nChoose Type:\nMessage:\nCity News\n"
        "Anshan delegation visits Yingkou for port talks\n"
        "Date: 2021-10-16\n\n" + FIRST,
        ["Choose Type:", "Message:", "City News"],
    ),
    # a section label under a breadcrumb, the time stamp under the headline
    (
        "Home > News > Local News\n\nTieling Overview\n\nTieling at a glance\n\n"
        "Updated: 2022-04-28\n\n" + FIRST,
        ["Tieling Overview"],
    ),
    # a label after the headline, under a line in Chinese (a share button's caption)
    (
        "RSS 分享\n\nProvinces complete the reshuffle of Party committees\n\n"
        "CPC Encyclopedia\n\n" + FIRST,
        ["CPC Encyclopedia"],
    ),
    # an accessibility control's label
    (
        "Home > Focus\nEyesight Protection:\nAnshan delegation visits Yingkou\n" + FIRST,
        ["Eyesight Protection:"],
    ),
    # the site owner's name in capitals as a banner, the link to the mobile edition
    (
        "MINISTRY OF TRADE AND INDUSTRY\nTHE PEOPLE'S REPUBLIC OF CHINA\nMobile\n"
        "Home > News\nAnshan delegation visits Yingkou for port talks\n" + FIRST,
        ["MINISTRY OF TRADE AND INDUSTRY", "THE PEOPLE'S REPUBLIC OF CHINA", "Mobile"],
    ),
    (
        "EMBASSY OF THE PEOPLE'S REPUBLIC OF CHINA IN NORWAY\nHome > News\n"
        "Ambassador meets Anshan delegation\n" + FIRST,
        ["EMBASSY OF THE PEOPLE'S REPUBLIC OF CHINA IN NORWAY"],
    ),
]

HEAD_CLEAN: list[str] = [
    # no residue around: a page of its own making
    "City News\n\nAnshan delegation visits Yingkou for port talks\n\n" + FIRST,
    # the label is the page's only heading
    "Home > News\n\nCity News\n\n" + FIRST,
    # a headline in title case above its standfirst, no section word in it
    "Home > News\n\nReporting for Duty\n\nDeputies meet to review the year\n\n"
    "Updated: 2022-04-28\n\n" + FIRST,
    # below the article's first sentence a label is a heading
    "Home > News\n\n" + FIRST + "\n\nCity News\n\nAnshan hosts the fair\n\n" + SECOND,
    # a report's title block
    "Source: Xinhua\n\nGovernment Work Report\n\n"
    "Delivered at the Second Session of the 14th National People's Congress\n\n" + FIRST,
    # a heading with a figure in it
    "Home > News\n\n2024 Two Sessions\n\nDeputies meet in Shenyang\n\n" + FIRST,
    # a headline in capitals with its verb, the page's only heading; a banner with no residue
    "Home > News\n\nMINISTRY OF COMMERCE RELEASES TRADE DATA\n\nUpdated: 2022-04-28\n\n" + FIRST,
    "MINISTRY OF COMMERCE\n\nTrade data released\n\n" + FIRST,
]


@pytest.mark.parametrize(("page", "labels"), HEAD_FLAGGED)
def test_labels_in_the_title_area_are_residue(page: str, labels: list[str]) -> None:
    found = r601(page)
    assert all(label in found for label in labels), found
    assert not any("delegation visits" in s or "reshuffle" in s for s in found), found


@pytest.mark.parametrize("page", HEAD_CLEAN)
def test_headings_are_left_alone(page: str) -> None:
    found = r601(page)
    assert not any(
        s in found
        for s in (
            "City News",
            "Reporting for Duty",
            "Deputies meet to review the year",
            "Government Work Report",
            "2024 Two Sessions",
            "MINISTRY OF COMMERCE RELEASES TRADE DATA",
            "MINISTRY OF COMMERCE",
        )
    ), found


CAPTION = "Li Ming with villagers in the orchard"

# (page, caption flagged): a short line in a gap wider than the page's own, between sentences
GAP_PAGES: list[tuple[str, bool]] = [
    (FIRST + "\n\n\n\n" + CAPTION + "\n\n" + SECOND + "\n\n" + FIRST, True),
    (FIRST + "\n\n\n" + CAPTION + "\n\n" + SECOND, True),
    # the page's usual gap: a subheading
    (FIRST + "\n\n" + CAPTION + "\n\n" + SECOND, False),
    # a page that sets two blank lines between all its paragraphs
    (FIRST + "\n\n\n" + CAPTION + "\n\n\n" + SECOND + "\n\n\n" + FIRST, False),
    # a numbered heading, a sentence, a line that leads into a list
    (FIRST + "\n\n\n\n1. Building new routes\n\n" + SECOND, False),
    (FIRST + "\n\n\n\nThe villagers picked apples in the orchard.\n\n" + SECOND, False),
    (FIRST + "\n\n\n\nThe plan sets three goals:\n\n" + SECOND, False),
    # no sentence below: the end of the article, a footer follows
    (FIRST + "\n\n\n\n" + CAPTION + "\n", False),
]


@pytest.mark.parametrize(("page", "flagged"), GAP_PAGES)
def test_a_caption_in_a_pictures_gap_is_residue(page: str, flagged: bool) -> None:
    assert (CAPTION in r601(page)) is flagged


_STORY = (
    "Anshan opens a new container route to Busan\n\n"
    + FIRST
    + "\n\n"
    + SECOND
    + "\n\nYour Comment\n\n"
)
_TEASERS = (
    "Fushun plants trees along the river\n\n"
    "For years, the city has planted poplars on both banks to hold the soil.\n\n"
    "Liaoyang hosts a fair for rural goods\n\n"
    "Farmers from six counties sold fruit, honey and crafts at the two-day fair.\n"
)


@pytest.mark.parametrize(
    "label", ["Related News", "Name E-mailRelated News", "Recommended Stories:"]
)
def test_headlines_and_teasers_after_a_related_label_are_residue(label: str) -> None:
    found = r601(_STORY + label + "\n\n" + _TEASERS)
    assert "Fushun plants trees along the river" in found, found
    assert "Farmers from six counties sold fruit, honey and crafts at the two-day fair." in found
    assert label in found, found
    assert FIRST not in found, found


@pytest.mark.parametrize(
    "page",
    [
        # paragraphs follow paragraphs under the label: the article's own text
        _STORY + "Related News\n\n" + FIRST + "\n\n" + SECOND + "\n\n" + _TEASERS,
        # a single headline and its teaser
        _STORY + "Related News\n\n" + _TEASERS.split("\n\nLiaoyang")[0] + "\n",
        # the words inside a sentence are no label
        _STORY + "The portal will carry more Related News\n\n" + _TEASERS,
    ],
)
def test_a_related_label_over_article_text_is_left_alone(page: str) -> None:
    found = r601(page)
    assert "Fushun plants trees along the river" not in found, found
