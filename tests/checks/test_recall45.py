"""Residue and capitalisation misses that recur across hosts (session 41, recall45).

- R601: a photo caption told in the present, kept as a line of its own inside a story told
  in the past ("Secretary Zhou visits a tea cooperative in Hexi Village.", "Officials visit
  the exhibition hall"), or under the headline with the picture's date.
- R601: the page's summary over its article, which the lead's first sentence says again.
- N204: a province whose level word the page's own words write in two cases ("Jiangxi
  Province" and "Jiangxi province will …"); a modal after a level word ends the place's name.
"""

from __future__ import annotations

from functools import cache

import polars as pl
import pytest
from helpers import check_texts, spans

_HEAD = "Linhai Trade Fair Opens"
_PROSE = (
    "On May 6, the Linhai trade fair opened at the city's exhibition centre, with 300 firms "
    "from 12 countries taking part."
)
_AFTER = "Officials said the fair signed deals worth 2 billion yuan on its first day."

# (page, the caption R601 reports on it or None): one engine run reads them all.
PRESENT_CAPTION_PAGES = [
    # a title and a name, a caption's verb in the present, between paragraphs in the past
    (
        f"{_HEAD}\n{_PROSE}\nSecretary Zhou visits a tea cooperative in Hexi Village.\n{_AFTER}\n",
        "Secretary Zhou visits a tea cooperative in Hexi Village.",
    ),
    # people named as a group, no stop closing the line
    (
        f"{_HEAD}\n{_PROSE}\nOfficials visit the exhibition hall\n{_AFTER}\n",
        "Officials visit the exhibition hall",
    ),
    # where the person stands in the picture
    (
        f"{_HEAD}\n{_PROSE}\nWang Li (second left) talks with exhibitors at the fair\n{_AFTER}\n",
        "Wang Li (second left) talks with exhibitors at the fair",
    ),
    # under the headline, the picture's date pins it to a day
    (
        f"{_HEAD}\nMayor Liu Fang inspects the Linhai Port Logistics Centre on March 12.\n"
        f"{_PROSE}\n",
        "Mayor Liu Fang inspects the Linhai Port Logistics Centre on March 12.",
    ),
    # an event in the present passive, with its dates
    (
        f"{_HEAD}\n{_PROSE}\nThe third Linhai trade fair is held in Linhai from May 6 to 8, "
        f"2024.\n{_AFTER}\n",
        "The third Linhai trade fair is held in Linhai from May 6 to 8, 2024.",
    ),
    # the page's headline, in the present like a caption
    (f"Mayor Liu Fang visits the port of Linhai\n{_PROSE}\n{_AFTER}\n", None),
    # a digest's headline drops its articles
    (f"{_HEAD}\n{_PROSE}\nLi Ming meets Korean trade delegation\n{_AFTER}\n", None),
    # a place, not a person, in the present: a statement
    (f"{_HEAD}\n{_PROSE}\nLinhai holds the key to the region's exports.\n{_AFTER}\n", None),
    # a present passive with no day: the story's own sentence
    (f"{_HEAD}\n{_PROSE}\nThe fair is held in the new exhibition centre.\n{_AFTER}\n", None),
    # a schedule: every year
    (f"{_HEAD}\n{_PROSE}\nThe fair is held from May 6 to 8 each year.\n{_AFTER}\n", None),
    # a headline over a newswire lead
    (
        f"{_HEAD}\n{_PROSE}\nVice Premier Liu Fang visits the port of Linhai\n"
        "LINHAI, May 6 (Xinhua) -- Vice Premier Liu Fang visited the port on Monday.\n",
        None,
    ),
    # a subheading in Title Case
    (f"{_HEAD}\n{_PROSE}\nMayor Zhou Visits the Port\n{_AFTER}\n", None),
    # two sentences: a paragraph, however short
    (
        f"{_HEAD}\n{_PROSE}\nSecretary Zhou visits a farm. He praises its work.\n{_AFTER}\n",
        None,
    ),
    # a story told in the present throughout
    (
        "Tea in the Hills\nThe farm employs 30 people and grows green tea on the hills.\n"
        "Manager Zhou checks the leaves in the drying room before dawn.\n"
        "The tea sells for 800 yuan a kilo in shops in Shanghai and Hangzhou.\n",
        None,
    ),
    # a list of measures: no prose right above the item
    (
        f"{_HEAD}\n{_PROSE}\nThe plan sets out these steps:\nOfficials visit the firms each "
        f"quarter\nOfficials check the accounts of the funds\n{_AFTER}\n",
        None,
    ),
]


@cache
def _present_findings() -> pl.DataFrame:
    return check_texts([page for page, _ in PRESENT_CAPTION_PAGES], ["R601"])


@pytest.mark.parametrize("index", range(len(PRESENT_CAPTION_PAGES)))
def test_present_captions(index: int) -> None:
    found = _present_findings().filter(pl.col("doc") == index)
    caption = PRESENT_CAPTION_PAGES[index][1]
    assert spans(found, "R601") == ([] if caption is None else [caption])


_SUMMARY = (
    "The city of Linhai has made steady efforts to expand its port and attract shipping "
    "firms from abroad, its mayor said on Friday."
)
_FORUM = (
    "On May 6, the Linhai trade and investment forum for the western counties was held in Linhai."
)
# (page, the summary R601 reports on it or None)
SUMMARY_PAGES = [
    # the lead cut short, set above the lead
    (
        f"Linhai Expands Its Port\n{_SUMMARY}\nThe city of Linhai has made steady efforts to "
        "expand its port and attract shipping firms from abroad, said Zhou Ming, mayor of "
        f"Linhai, at a forum on Friday.\n{_AFTER}\n",
        _SUMMARY,
    ),
    # nearly the whole lead, with a caption between and a dateline before the lead
    (
        f"Linhai Holds Trade Forum\n{_FORUM}\nMayor Zhou Ming spoke at the forum.\n"
        "Linhai News (Linhai): On the morning of May 6, the Linhai trade and investment forum "
        "for the western counties was held in Linhai. Mayor Zhou Ming spoke.\n",
        _FORUM,
    ),
    # two sentences that share a long name in their middles
    (
        "Communique Released\nThe communique of the third plenary session of the Linhai "
        "Municipal Committee of the Party was released on Friday.\nThe third plenary session "
        "of the Linhai Municipal Committee of the Party was held from May 4 to 6 in Linhai.\n",
        None,
    ),
    # the headline said again by the lead: the page's first line is its title
    (
        "Linhai trade and investment forum for the western counties held in Linhai on May 6.\n"
        f"{_FORUM}\n{_AFTER}\n",
        None,
    ),
]


@cache
def _summary_findings() -> pl.DataFrame:
    return check_texts([page for page, _ in SUMMARY_PAGES], ["R601"])


@pytest.mark.parametrize("index", range(len(SUMMARY_PAGES)))
def test_restated_summaries(index: int) -> None:
    found = _summary_findings().filter(pl.col("doc") == index)
    summary = SUMMARY_PAGES[index][1]
    assert spans(found, "R601") == ([] if summary is None else [summary])


# N204: a province the page writes with its level word capitalised in its own words and in
# lower case further on.
PROVINCE_FLAGGED = [
    (
        "Jiangxi Province released a list of key projects on Monday. The projects in Jiangxi "
        "Province include 29 railway and road projects. Jiangxi province will strengthen "
        "overall planning of the projects.",
        ["Jiangxi province"],
    ),
    (
        "Hunan Province held a poverty relief conference on Monday. Hunan Province set a "
        "target of lifting 1 million people out of poverty. Hunan province shall focus on "
        "industry, he said.",
        ["Hunan province"],
    ),
]
PROVINCE_CLEAN = [
    # the capital only in a quotation: the page's own words are in lower case
    'Officials said "Hebei Province will open wider" at the forum. Hebei province signed 30 '
    "contracts at the forum.",
    # lower case is the page's style
    "Hebei province signed 30 contracts. Firms from Hebei province took part. The forum was "
    "held in Hebei Province.",
    # the level word goes on into a body's name
    "Hunan Province held a conference. Hunan Province set a target. The Hunan province "
    "government approved the plan.",
    # a capital inside a document's title counts for nothing
    "He read out the Regulations of Hunan Province on Rural Roads at the meeting. Hunan "
    "province shall focus on industry, he said.",
]


@pytest.mark.parametrize(("text", "expected"), PROVINCE_FLAGGED)
def test_province_written_two_ways(text: str, expected: list[str]) -> None:
    assert spans(check_texts([text], ["N204"]), "N204") == expected


@pytest.mark.parametrize("text", PROVINCE_CLEAN)
def test_province_left_alone(text: str) -> None:
    assert spans(check_texts([text], ["N204"]), "N204") == []
