"""Page residue (session 24): a reporter's credit in brackets after the dateline that opens
the story, an illustrator's credit alone on its line with the outlet after a slash, a
related-stories list whose first headline opens with a figure, and short lines above the
headline (a share button's name, the section's).

Each shape is tested where it is residue and where the same words are the article's: a
reporter named in a sentence, brackets in a sentence after a year, an outlet after a slash
in a sentence, a list the article leads into, a report's part and its title block, a short
title with prose under it. Every text was written for these tests in the register of
Chinese-government English.
"""

from __future__ import annotations

import pytest
from helpers import assert_flags, check_texts, spans

_HEAD = "Jinzhou opens its new port terminal\n\n"
# The article under the page's head: two paragraphs of prose.
_PROSE = (
    "Jinzhou's new container terminal began operation on Monday. The municipal government "
    "expects it to handle two million containers a year by 2026."
)
_MORE = "Port officials and district leaders toured the berths and the control centre."
_MORE += " They heard how the yard would serve farms and factories in western Liaoning."


@pytest.mark.parametrize(
    ("opening", "credit"),
    [
        ("Jinzhou Daily, May 6 ", "(Reporter Zhao Linfeng)"),
        ("News from this website ", "(Zhao Linfeng, Jinzhou Daily all-media reporter)"),
        ("Bohai Net, January 10 ", "(Bohai Herald reporter Zhao Linfeng Wang Fang/Li Hong/photo)"),
        ("Jinzhou Evening News ", "(reporter/Zhao Linfeng)"),
        ("", "(Reporter Zhao Linfeng, photo by Li Hong)"),
    ],
)
def test_reporter_credit_in_the_dateline_is_flagged(opening: str, credit: str) -> None:
    text = f"{_HEAD}{opening}{credit} On the morning of May 5, the terminal opened.\n\n{_MORE}"
    assert_flags("R601", text, credit)


def test_reporter_credit_glued_to_the_first_word_is_flagged() -> None:
    credit = "(Zhao Linfeng, Jinzhou Daily reporter)"
    text = f"{_HEAD}Jinzhou Daily {credit}On May 5, the new terminal opened.\n\n{_MORE}"
    assert_flags("R601", text, credit)


@pytest.mark.parametrize(
    "sentence",
    [
        # a reporter named in the story's sentence: it goes on in lower case
        "Zhao Linfeng (a reporter with Jinzhou Daily) said the terminal was the largest.",
        # brackets after a year hold words of a sentence, not names
        "In 2023 (reporters counted 300 ships) Jinzhou handled more calls than ever.",
        # a bracket in the middle of a sentence, after words of prose
        "The forum heard from journalists of the city (Reporter Zhao Linfeng) Last of all.",
    ],
)
def test_reporters_in_sentences_are_left_alone(sentence: str) -> None:
    assert_flags("R601", f"{_HEAD}{sentence}\n\n{_PROSE}\n\n{_MORE}", None)


@pytest.mark.parametrize("credit", ["LI HONG/FOR CHINA DAILY", "LI HONG/CHINA DAILY"])
def test_illustration_credit_alone_on_its_line_is_flagged(credit: str) -> None:
    assert_flags("R601", f"{_HEAD}{_PROSE}\n\n{credit}\n\n{_MORE}", credit)


def test_outlet_after_a_slash_in_a_sentence_is_left_alone() -> None:
    sentence = "The story ran in Jinzhou Daily/China Daily on May 6, the bureau said."
    assert_flags("R601", f"{_HEAD}{_PROSE}\n\n{sentence}\n\n{_MORE}", None)


_RELATED = (
    "- 3 dead, 2 missing after flash flood in Liaoxi county\n"
    "- Bohai ferry line opens to visitors from Dalian\n"
    "- Jinzhou farmers bring in a record corn harvest\n"
)


def test_related_list_opening_with_a_figure_is_flagged() -> None:
    text = f"{_HEAD}{_PROSE}\n\n{_MORE}\n{_RELATED}"
    assert_flags("R601", text, "- 3 dead, 2 missing after flash flood in Liaoxi county")


def test_list_the_article_leads_into_is_left_alone() -> None:
    text = f"{_HEAD}{_PROSE}\n\n{_MORE} The plan sets three tasks:\n{_RELATED}"
    assert_flags("R601", text, None)


_STAMP = "2024-05-06 08:41  Jinzhou Daily"
_TITLE = "Jinzhou opens its new port terminal to container ships"


@pytest.mark.parametrize("label", ["LINE", "Politics", "Bright Harbour"])
def test_short_line_above_the_headline_is_flagged(label: str) -> None:
    text = f"{label}\n\n{_TITLE}\n\n{_STAMP}\n\n{_PROSE}\n\n{_MORE}"
    assert_flags("R601", text, label)


def test_short_lines_over_the_headline_are_all_flagged() -> None:
    text = f"LINE\n\nPolitics\n\n{_TITLE}\n\n{_STAMP}\n\n{_PROSE}\n\n{_MORE}"
    assert_flags("R601", text, "Politics")


def test_short_line_on_a_page_without_residue_is_left_alone() -> None:
    # no stamp, no button: nothing says the lines are a web page's
    assert_flags("R601", f"Bright Harbour\n\n{_TITLE}\n\n{_PROSE}\n\n{_MORE}", None)


@pytest.mark.parametrize(
    ("text", "line"),
    [
        # a short title with the prose right under it: no headline below the line
        (f"Bright Harbour\n\n{_STAMP}\n\n{_PROSE}\n\n{_MORE}", "Bright Harbour"),
        # a document's part over its heading
        (f"Part II\n\nReview of the work in 2023\n\n{_STAMP}\n\n{_PROSE}", "Part II"),
        (f"Foreword\n\nA new chapter for Jinzhou Port\n\n{_STAMP}\n\n{_PROSE}", "Foreword"),
        # a report's title block: its lines are the report's
        (
            "Jinzhou Port\n\nReport on the Work of the Port Authority\n\n"
            f"Delivered at the Second Session of the Port Council\n\n{_STAMP}\n\n{_PROSE}",
            "Jinzhou Port",
        ),
        # a short line under the headline is no line above it (in lower case after its first
        # word: two capitalised words there read as the writer's byline since session 35)
        (f"{_TITLE}\n\nBright harbour\n\n{_STAMP}\n\n{_PROSE}\n\n{_MORE}", "Bright harbour"),
        # a sentence opens the page: the article has begun
        (f"The port grew.\n\nCalm Waters\n\n{_TITLE}\n\n{_STAMP}\n\n{_PROSE}", "Calm Waters"),
    ],
)
def test_short_lines_of_the_document_are_left_alone(text: str, line: str) -> None:
    found = spans(check_texts([text], ["R601"]), "R601")
    assert _STAMP in found, found  # the page is plainly a web page's
    assert line not in found, found
