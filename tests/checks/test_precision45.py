"""precision45: false alarms on fresh professional and local pages, each with the genuine case
it keeps.

Every case pairs a text the rule must still flag with one it must leave alone, so that each
test fails on the code before the change. The texts are written for these tests in the
register of Chinese government news English; none is taken from a page.
"""

from __future__ import annotations

import pytest
from helpers import check_texts, spans


@pytest.mark.parametrize(
    ("code", "flagged", "clean", "span"),
    [
        # E820: local government spread over levels is the tier of government, written bare;
        # the one government of the story after its officials still takes "the".
        (
            "E820",
            "Officials of local government attended the fair in Jiaxing on Monday.",
            "Heads of local government at all levels serve as lake chiefs in the province.",
            "local government",
        ),
        # E820: the word before a second act joined by "and" is one of manner, never "the":
        # the of-phrase then belongs to the second act, which has its own article.
        (
            "E820",
            "The county reported gains in development and construction of rural roads.",
            "The county reported gains in green development and the construction of rural roads.",
            "development and construction",
        ),
        # E820: a size makes an industry a kind ("large-scale industry"), as "heavy" does; an
        # industry named by its trade alone still takes "the".
        (
            "E820",
            "The growth of tourism industry slowed in the county.",
            "The rise of large-scale industry changed the old town.",
            "tourism industry",
        ),
        # E841: a dash ends the subject's phrase; the "this" after it is the verb's subject.
        (
            "E841",
            "Rows of new houses along the river is the pride of the village.",
            "Rows of new houses along the river—this is the village today.",
            "is",
        ),
        # P320: the plural of a solid compound English knows is one word too.
        (
            "P320",
            "Farmers dredged 11sites along the river.",
            "The valley grows wolfberries and apples for the market.",
            "11sites",
        ),
        # E832: infrastructure is countable as a place's whole system; agriculture is not.
        (
            "E832",
            "The county has built a strong agriculture.",
            "The city has a modern infrastructure for its port.",
            "a strong agriculture",
        ),
        # E818: a cited title with its subtitle keeps its capital; the same word capitalised
        # in a sentence of its own is still a slip.
        (
            "E818",
            "The Pull of the market grew this year. The pull of the market grew again.",
            "The Pull of three: Trading Across the Strait is a new book. The pull of the market"
            " grew.",
            "Pull",
        ),
        # N203: a province with a bare s where the page writes the province is a possessive
        # without its apostrophe (P339's); a letter off the name is still a misspelling.
        (
            "N203",
            "Officials from Xingjiang visited the cotton fields of Xinjiang.",
            "Xinjiang grows cotton, and Xinjiangs farms are large.",
            "Xingjiang",
        ),
    ],
)
def test_false_alarm_left_alone_and_genuine_case_kept(
    code: str, flagged: str, clean: str, span: str
) -> None:
    found = check_texts([flagged, clean], [code])
    assert span in spans(found.filter(found["doc"] == 0), code)
    assert spans(found.filter(found["doc"] == 1), code) == []


def test_possessive_without_apostrophe_left_to_p339() -> None:
    found = check_texts(["Xinjiang grows cotton, and Xinjiangs farms are large."], ["P339"])
    assert spans(found, "P339") == ["Xinjiangs"]


def test_bare_instructions_reported_once_a_paragraph() -> None:
    text = (
        "The meeting stressed that the county must keep growth steady. Implement the new"
        " projects. Accelerate the new roads. Attract more investors to the park."
    )
    found = check_texts([text], ["E822"])
    assert spans(found, "E822") == ["Implement"]
    assert "2 more sentences of this paragraph open so too" in found["message"][0]


def test_glued_compound_adjective_takes_a_hyphen() -> None:
    found = check_texts(["The coalrich county grew fast, and workers dredged 11sites."], ["P320"])
    fixes = dict(zip(found["span"].to_list(), found["message"].to_list(), strict=True))
    assert fixes["coalrich"].endswith("“coal-rich”")
    assert fixes["11sites"].endswith("“11 sites”")
