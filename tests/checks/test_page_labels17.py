"""R601 reads a page's time stamp under "DateTime:" and a stamp or a counter whose count is
"Viewed", "Visits" or "Pageviews" as residue, each alone on its line; the same words in a
sentence stay article text. The texts are ours, written in the shape real pages show."""

from __future__ import annotations

from helpers import check_texts

RESIDUE = [
    "Post Date: 12 May 2019 Viewed: 512",
    "Release date: 2020-06-03 Visits: 88",
    "DateTime:2021-03-14 09:40 Views:[2231]",
    "Updated: 2022-11-08 Pageviews: 1,204",
    "Viewed: 3021",
    "Visits: [45]",
]
PROSE = [
    "The museum was viewed by 3,021 visitors on its first day.",
    "Visits to the old town rose by 45 percent in May.",
    "The date and time of the fair will be announced in 2021.",
    "Pageviews of the city's English site doubled after the expo.",
]


def test_r601_flags_each_stamp_and_counter_line() -> None:
    text = "\n\n".join(["Jinzhou opens a new ferry route.", *RESIDUE, "The route links two ports."])
    found = check_texts([text], ["R601"])
    assert sorted(found["span"].to_list()) == sorted(RESIDUE)


def test_r601_leaves_the_same_words_in_sentences_alone() -> None:
    found = check_texts(["\n\n".join(PROSE)], ["R601"])
    assert found.height == 0
