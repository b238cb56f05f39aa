"""R601 reads a page's comment, search, share and section widgets, a reprint notice and a
row of language links as residue, each alone on its line; the same words inside a sentence
stay article text. The texts are ours, written in the shape real pages show."""

from __future__ import annotations

from helpers import check_texts

WIDGETS = [
    "Your Comment",
    "Contact author",
    "blog comments powered by Disqus",
    "Other posts by Dalian Daily",
    "No Result",
    "View All Result",
    "Share on WeChatShare on Weibo",
    "Scan QR Code",
    "Interval 5 seconds",
    "Photos more",
    "/ Categories: Local News",
    "(A written permission shall be obtained for reprinting or copying this article.)",
    "Chinese Version French version",
]
PROSE = [
    "The city government invites your comments on the draft plan.",
    "No results were announced after the second round of talks.",
    "Photos more than a century old show the port as a fishing village.",
    "The author said a written permission was needed before the archive opened.",
    "Visitors can scan the QR code at the gate to book a guide.",
]


def test_r601_flags_each_widget_line() -> None:
    text = "\n\n".join(["Dalian opens a new ferry route.", *WIDGETS])
    found = check_texts([text], ["R601"])
    assert sorted(found["span"].to_list()) == sorted(WIDGETS)


def test_r601_leaves_the_same_words_in_sentences_alone() -> None:
    found = check_texts(["\n\n".join(PROSE)], ["R601"])
    assert found.height == 0
