"""R601 reads a row of skip links, a breadcrumb under "The current position:", a
translator's credit naming the office the text came from, a site's licence number under the
province's name and a label saying who approved, supported or built the site as residue,
each alone on its line; the same words in a sentence stay article text. The texts are ours,
written in the shape real pages show."""

from __future__ import annotations

from helpers import check_texts

RESIDUE = [
    "Skip to content Skip to left sidebar Skip to footer",
    "Skip to main navigation Skip to search",
    "The current position: Home page > Local News",
    "Translated by Zhang Yiming from Foreign Affairs Office of Anshan Municipal People's Government",
    "Liaoning ICP Registered No. 18020417",
    "Hubei ICP No. 05006318-2",
    "Approved by: Commerce Bureau of Jinzhou Municipality",
    "Supported by:Dalian Haibo Network Technology Co., Ltd.",
    "Technical support: Anshan Information Center",
    "Powered by: E-government Office of Liaoning Province",
]
PROSE = [
    "Visitors can skip to the front of the queue with an online booking.",
    "The current position of the project is ahead of schedule.",
    "The report was translated by Zhang Yiming from the original Chinese text last year.",
    "The ICP licence numbers of 12 sites were checked in 2021.",
    "The plan was approved by the municipal government in March.",
    "The project is supported by the provincial fund for science and technology.",
    "Technical support from the university helped farmers raise their yields.",
    "Translated by volunteers, the guide is free for visitors from abroad.",
]


def test_r601_flags_each_label_line() -> None:
    text = "\n\n".join(["Jinzhou opens a new ferry route.", *RESIDUE, "The route links two ports."])
    found = check_texts([text], ["R601"])
    assert sorted(found["span"].to_list()) == sorted(RESIDUE)


def test_r601_leaves_the_same_words_in_sentences_alone() -> None:
    found = check_texts(["\n\n".join(PROSE)], ["R601"])
    assert found.height == 0
