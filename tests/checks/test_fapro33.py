"""False alarms on professional English, fourth pass: a page's scraped Chinese version does
not set its English quotation style (P302); a capital inside a quoted Title Case title
(E818).

The sentences are written for these tests, in the register of city and agency news pages.
"""

from __future__ import annotations

import pytest
from helpers import assert_flags

# English in straight quotes, the Chinese version scraped below it in its own curly marks.
_WITH_CHINESE = (
    'The mayor said the port is a key hub of the "Belt and Road" in the south.\n'
    "\n"
    "市长表示，该港口是“一带一路”建设的重要枢纽，欢迎各方“走进来”看一看。\n"
)


def test_the_chinese_versions_curly_marks_do_not_count_against_the_english() -> None:
    assert_flags("P302", _WITH_CHINESE, None)


def test_a_curly_quotation_in_the_english_itself_is_still_flagged() -> None:
    text = _WITH_CHINESE.replace(
        "in the south.", "in the south, and “a window to the world” for the region."
    ).replace('"Belt and Road" in', '"Belt and Road" and "green port" in')
    assert_flags("P302", text, "“a window to the world”")


@pytest.mark.parametrize(
    "text",
    [
        # A speech title in Title Case, quoted: its capitals after "a" and a comma are its own.
        "The mayor gave a talk entitled “Making the Western Corridor a Gateway, to Drive "
        "the Opening-up of Inland Cities” at the forum.",
        'She delivered a report titled "Using Green Finance as a Lever, to Speed up '
        'Low-carbon Growth in Border Regions" on Monday.',
    ],
)
def test_a_capital_inside_a_quoted_title_case_title_is_left_alone(text: str) -> None:
    assert_flags("E818", text, None)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # A quotation in sentence case is no title: the slip after "a" is still one.
        (
            "The mayor said the zone would become “a Gateway, open to the world and to "
            "investors from every region”.",
            "Gateway",
        ),
        ("The county set up a Platform for farmers to sell their produce online.", "Platform"),
    ],
)
def test_a_capital_after_a_outside_a_title_is_still_flagged(text: str, span: str) -> None:
    assert_flags("E818", text, span)


# A Chinese version of the page scraped beside the English: its own marks and brackets.
_CHINESE_PARAGRAPH = (
    "The spokesperson said the forum had been a success.\n"
    "\n"
    "发言人表示，论坛取得圆满成功、各方反响热烈。记者会9月12(双语)(1)\n"
)


@pytest.mark.parametrize("code", ["P306", "P312"])
def test_a_chinese_paragraphs_own_punctuation_is_left_to_u401(code: str) -> None:
    assert_flags(code, _CHINESE_PARAGRAPH, None)
    assert_flags("U401", _CHINESE_PARAGRAPH, "发言人表示")


@pytest.mark.parametrize(
    ("code", "text", "span"),
    [
        # A full-width comma in an English sentence, even after a Chinese word left in it.
        ("P306", "The city launched the 十四五，plan on Monday.\n", "，"),
        ("P306", "The Belt and Road Initiative，which began in 2013.\n", "，"),
        # A mark in a mostly Chinese header after a space, not after a character.
        ("P306", "2023-05-10  来源:市政府网站  【打印本页】\n", "【"),
        ("P312", "The Central Committee(CPC) met in Beijing.\n", "("),
    ],
)
def test_punctuation_in_english_sentences_is_still_flagged(code: str, text: str, span: str) -> None:
    assert_flags(code, text, span)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("The minister spoke for three and a half hours on Tuesday.", None),
        ("Talks lasted two and a quarter days before the accord was signed.", None),
        # After "and", a modifier that is no fraction leaves the slip a slip.
        ("The county made progress and a great achievements in 2023.", "a great achievements"),
    ],
)
def test_the_fraction_of_a_mixed_number_takes_a_before_a_plural(
    text: str, span: str | None
) -> None:
    assert_flags("E804", text, span)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # A rare English verb that begins like a function word: its other forms are in use.
        ("Officials often intone the same slogans at every meeting.", None),
        # Two words run together have no such forms.
        ("The county worked hard inorder to meet the target.", "inorder"),
        ("The plan aims tomake the villages greener.", "tomake"),
    ],
)
def test_a_rare_verb_is_no_pair_of_words_run_together(text: str, span: str | None) -> None:
    assert_flags("P320", text, span)


# A British paper's style: "the Communist party", and "party" in lower case throughout.
_GUARDIAN_STYLE = (
    "The Communist party opened its congress in Beijing on Sunday. Delegates heard a report "
    "that ran for two hours, longer than at the last party congress.\n"
)


def test_a_page_writing_the_communist_party_so_keeps_its_lower_case_party() -> None:
    assert_flags("N207", _GUARDIAN_STYLE, None)


def test_a_page_with_the_partys_capital_elsewhere_is_still_flagged() -> None:
    text = _GUARDIAN_STYLE.replace("The Communist party", "The Communist Party of China")
    assert_flags("N207", text + "The Party committee met on Monday.\n", "party")


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # Links between pipes inside a sentence's brackets: prose, not a table row.
        (
            "This essay by Li Ming – a longer version of a series first run in the Daily "
            "(part 1 | part 2 | part 3) – reviews the county's reform.\n",
            None,
        ),
        # A row of cells is still residue.
        ("Name | Post | Tel\n", "Name | Post | Tel"),
    ],
)
def test_pipes_inside_brackets_are_no_table_row(text: str, span: str | None) -> None:
    assert_flags("R601", text, span)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # A label line: one word before "Source:".
        ("Original Source: Ministry of Commerce\nThe ministry issued the notice.\n", None),
        # A caption with its outlet glued on is still a credit in the text.
        (
            "Workers check solar panels in Hami Source: Xinhua\nThe plant opened in May.\n",
            " Source: Xinhua",
        ),
    ],
)
def test_a_one_word_label_before_source_is_no_caption(text: str, span: str | None) -> None:
    assert_flags("R604", text, span)
