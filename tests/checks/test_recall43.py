"""Capitalisation, name and residue misses that recur across hosts (session 40, recall43).

- N222: a park's or a zone's own words in lower case inside its capitalised name ("Linhai
  high-tech Zone", "the Shuangqiao Food industrial Park").
- N205: a name a post marks as one, with its foreign given name ("Kimura norihiko, the mayor
  of …") or its pinyin surname ("he Weidong, member of …") in lower case.
- N209: "shanghai" after a preposition of place in a page that writes "Shanghai" elsewhere.
- R601: photo captions kept as lines of their own: in brackets ("(Mayor Zhou Ming delivers a
  speech)", "(The scene of the fair. Photo by …)"), said again by the paragraph below, or
  calling themselves one ("Photo shows …") inside a story.
"""

from __future__ import annotations

from functools import cache

import polars as pl
import pytest
from helpers import check_texts, spans

N222_FLAGGED = [
    ("Officials reviewed the plan of the Linhai high-tech Zone on Friday.", "high-tech"),
    ("Yuanda Brewing is based in the Shuangqiao Food industrial Park.", "industrial"),
    ("Leaders from the high-tech Zone attended the signing.", "high-tech"),
    ("Exports from the Taihe bonded logistics Park rose by 8 percent.", "bonded logistics"),
]
N222_CLEAN = [
    "Officials reviewed the plan of the Linhai High-Tech Zone on Friday.",
    "Officials reviewed the plan of the Linhai high-tech zone on Friday.",
    # a sentence's opening word is no name
    "The industrial Park opened in May.",
    "Its industrial Zone hosts 40 firms.",
    # no capital head: a description
    "The county will build an industrial park and a logistics zone.",
]

N205_FLAGGED = [
    (
        "The delegation led by Kimura norihiko, the mayor of Hino City, visited Linhai.",
        "Kimura norihiko",
    ),
    (
        "Entrusted by the mayor, he Weidong, member of the Standing Committee, chaired the meeting.",
        "he Weidong",
    ),
    ("On May 5, ma Xiaolin, deputy mayor of Taihe, inspected the port.", "ma Xiaolin"),
]
N205_CLEAN = [
    # the pronoun before a name with no post after it
    "When he met Weidong residents, he thanked them.",
    # an English word after a capitalised word
    "The delegation led by Linhai officials, the mayor among them, visited the port.",
    "After the talks he Chinese-style, director of nothing, left.",
    # the name written properly
    "The delegation led by Kimura Norihiko, the mayor of Hino City, visited Linhai.",
    # no post after the pair: the lower-case word is no given name by its place alone
    "Kimura norihiko visited the port.",
]


@pytest.mark.parametrize(
    ("code", "text", "span"),
    [("N222", *case) for case in N222_FLAGGED] + [("N205", *case) for case in N205_FLAGGED],
)
def test_name_with_a_part_in_lower_case(code: str, text: str, span: str) -> None:
    assert spans(check_texts([text], [code]), code) == [span]


@pytest.mark.parametrize(
    ("code", "text"),
    [("N222", text) for text in N222_CLEAN] + [("N205", text) for text in N205_CLEAN],
)
def test_name_in_one_case_or_no_name_left_alone(code: str, text: str) -> None:
    assert spans(check_texts([text], [code]), code) == []


def test_shanghai_after_a_preposition_in_a_page_that_capitalises_it() -> None:
    text = (
        "The Linhai trade fair was held in shanghai on May 3.\n\n"
        "Shanghai firms signed 12 deals at the fair."
    )
    found = check_texts([text], ["N209"])
    assert found.select("span", "suggestion").rows() == [("shanghai", "Shanghai")]


@pytest.mark.parametrize(
    "text",
    [
        # the page never writes the city: the word may be the verb's
        "The Linhai trade fair was held in shanghai on May 3.",
        # no preposition of place before it
        "Sailors were shanghaied, a Shanghai museum recalls, and shanghai is a verb.",
    ],
)
def test_shanghai_left_alone_without_both_signs(text: str) -> None:
    assert spans(check_texts([text], ["N209"]), "N209") == []


@pytest.mark.parametrize(
    ("text", "span"),
    [
        (
            "Members must abide by the CPC constitution, the county committee said.",
            "CPC constitution",
        ),
        ("The township studied the Party constitution on Friday.", "Party constitution"),
    ],
)
def test_party_constitution_is_a_document_title(text: str, span: str) -> None:
    assert spans(check_texts([text], ["T108"]), "T108") == [span]


@pytest.mark.parametrize(
    "text",
    [
        "Members must abide by the CPC Constitution, the county committee said.",
        "The township studied the Party Constitution on Friday.",
        "The club adopted a new constitution in May.",
    ],
)
def test_party_constitution_capitalised_or_another_left_alone(text: str) -> None:
    assert spans(check_texts([text], ["T108"]), "T108") == []


def test_the_language_in_lower_case() -> None:
    text = (
        "The visitors spoke mandarin at the fair, answered in fluent mandarin and praised "
        "the county's mandarin classes."
    )
    assert spans(check_texts([text], ["N219"]), "N219") == ["mandarin"] * 3


def test_the_fruit_the_duck_and_the_officials_left_alone() -> None:
    text = (
        "The county grows mandarin oranges, a pair of mandarin ducks nests by the lake, and "
        "the mandarins of the old court kept records. Pupils speak Mandarin at school."
    )
    assert spans(check_texts([text], ["N219"]), "N219") == []


_PROSE = (
    "On May 6, the Linhai trade fair opened at the city's exhibition centre, with 300 firms "
    "from 12 countries taking part."
)


_AFTER = "The fair closes on Sunday, the organisers said."
_PHOTO = "Photo shows tea growers of Anhua County picking leaves at a hillside garden."
# (page, the caption R601 reports on it or None): one engine run reads them all, and the
# page of widgets below.
CAPTION_PAGES = [
    # a caption the paragraph below says again, word for word or round an appositive
    (
        f"{_PROSE}\n\nMayor Zhou Ming delivered a keynote speech\n\n"
        "Mayor Zhou Ming delivered a keynote speech. He thanked the firms for coming.\n",
        "Mayor Zhou Ming delivered a keynote speech",
    ),
    (
        f"{_PROSE}\n\nMs. Wang Li made remarks\n\n"
        "Ms. Wang Li, head of the trade office, also made remarks at the opening.\n",
        "Ms. Wang Li made remarks",
    ),
    # a headline at the page's head, restated by the lead
    (
        "Mayor Zhou Ming opened the trade fair\n\n"
        "Mayor Zhou Ming opened the trade fair on May 6, with 300 firms taking part.\n",
        None,
    ),
    # a subheading in the story that the paragraph below does not say again
    (
        f"{_PROSE}\n\nFirms signed deals worth 2 billion yuan\n\n"
        "Twelve firms from Korea and Japan signed deals at the fair.\n",
        None,
    ),
    # a caption in brackets alone on its line, by its verb or by its credit
    (
        f"{_PROSE}\n\n(Mayor Zhou Ming delivers a speech)\n\n{_AFTER}\n",
        "(Mayor Zhou Ming delivers a speech)",
    ),
    (
        f"{_PROSE}\n\n(The scene of the trade fair. Photo by Chen Hao / Linhai Daily)\n\n"
        f"{_AFTER}\n",
        "(The scene of the trade fair. Photo by Chen Hao / Linhai Daily)",
    ),
    # a stage direction in a speech, a venue under a speech's title: no caption
    (f"{_PROSE}\n\n(Applause)\n\n{_AFTER}\n", None),
    (f"{_PROSE}\n\n(Linhai Exhibition Centre, 6 May 2024)\n\n{_AFTER}\n", None),
    # "Photo shows …" inside a story; a page of that caption alone is the article
    (f"{_PROSE}\n\n{_PHOTO}\n\n{_AFTER}\n", _PHOTO),
    (f"{_PHOTO}\n", None),
]
# Widgets over a page: the greeting by the site's address, "Follow us @", "Contribute to us!"
WIDGET_PAGE = (
    f"Welcome to english.linhai.com.Today is\nFollow us @\nContribute to us!\n\n{_PROSE}\n"
)


@cache
def _caption_findings() -> pl.DataFrame:
    return check_texts([page for page, _ in CAPTION_PAGES] + [WIDGET_PAGE], ["R601"])


@pytest.mark.parametrize("index", range(len(CAPTION_PAGES)))
def test_caption_lines(index: int) -> None:
    found = _caption_findings().filter(pl.col("doc") == index)
    caption = CAPTION_PAGES[index][1]
    assert spans(found, "R601") == ([] if caption is None else [caption])


def test_widget_lines_over_the_page() -> None:
    found = _caption_findings().filter(pl.col("doc") == len(CAPTION_PAGES))
    assert spans(found, "R601") == [
        "Welcome to english.linhai.com.Today is",
        "Follow us @",
        "Contribute to us!",
    ]
