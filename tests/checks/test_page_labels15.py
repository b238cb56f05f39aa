"""R601 reads a byline with the outlet in spaced brackets, a font control alone, the link to
the mobile edition, a logo's or a menu's label left by its image, lines of question marks a
menu's icons became (or a full-width space read in the wrong code page), a request to
credit a source whose link was lost, a press-release distributor's banner and a stamp in brackets under its
label as residue, each alone on its line; the same words in a sentence stay article text.
The texts are ours, written in the shape real pages show."""

from __future__ import annotations

from helpers import check_texts

RESIDUE = [
    "By Wang Lina ( Liaoning Daily )",
    "By Zhao Kai ( Updated: 2021-04-12 09:35",
    "Font size",
    "Mobile version of www.jinzhou.gov.cn",
    "Navigator",
    "logo",
    "???",
    "?",
    "Northeast Business News by Media-OutReach",
    "Date:[2012-3-8 10:02:11]",
    "Added On March 14, 2019",
    "¡¡",
    "[ Editor: ZHY ]",
    "Xinhua, March 3, 2016 Adjust font size:",
    "Please refer to when using this article.",
]
PROSE = [
    "By Wang Lina's count, the fair drew 300 firms.",
    "The font size of the signs was enlarged for older readers.",
    "A mobile version of the service lets residents book online.",
    "The navigator on the ferry guided the ship into port.",
    "The new logo of the city was unveiled on Monday.",
    "Who will pay for the new bridge?",
    "The release was distributed by a wire service in Hong Kong.",
    "The date of the fair, March 14, 2019, was fixed in January.",
    "Please refer to the guide when applying for a permit.",
    "The editor of the paper said the series would go on.",
]


def test_r601_flags_each_label_line() -> None:
    text = "\n\n".join(["Jinzhou opens a new ferry route.", *RESIDUE, "The route links two ports."])
    found = check_texts([text], ["R601"])
    assert sorted(found["span"].to_list()) == sorted(RESIDUE)


def test_r601_leaves_the_same_words_in_sentences_alone() -> None:
    found = check_texts(["\n\n".join(PROSE)], ["R601"])
    assert found.height == 0
