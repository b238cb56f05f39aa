"""Capitals and punctuation inside names: a separating dot (N218), a surname in capitals in
running text (N221), a level word in lower case inside a capitalised body's name (N222), and
P330's comma slips read more exactly (a surname "He", a pronoun after an opening phrase).

The sentences are written for these tests in the register of local government news; none
is taken from a page.
"""

from __future__ import annotations

import pytest
from helpers import check_texts, spans

N218_FLAGGED = [
    ("The 2023 China·Anshan Jade Fair drew buyers from 12 provinces.", "·"),
    ("Tickets for the Summer Davos · Tianjin concert sold out.", " · "),
    ("The 2022·Jinzhou Expo closed on Sunday.", "·"),
    ("The China・Fushun Coal Forum opened in May.", "・"),
]

N218_CLEAN = [
    "The 2023 China Anshan Jade Fair drew buyers from 12 provinces.",
    "Power use per unit fell by 2 kW·h this year.",
    "The torque reached 40 N·m in the test.",
    "The report counts 3,000 person·times of visits.",
]


@pytest.mark.parametrize(("text", "span"), N218_FLAGGED)
def test_separating_dot_in_a_name(text: str, span: str) -> None:
    found = check_texts([text], ["N218"])
    assert found.select("span", "suggestion").rows() == [(span, " ")]


@pytest.mark.parametrize("text", N218_CLEAN)
def test_dot_of_a_unit_left_alone(text: str) -> None:
    assert spans(check_texts([text], ["N218"])) == []


N221_FLAGGED = [
    (
        "Sun Li opened the fair. ZHAO Min said the park would hire 300 workers.",
        "ZHAO Min",
        "Zhao Min",
    ),
    (
        "The talks were led by Gao Yan and by the director, HUANG Tao, who spoke first.",
        "HUANG Tao",
        "Huang Tao",
    ),
    (
        "Sun Li opened the fair. The plan was drafted by a team under ZHAO Min's guidance.",
        "ZHAO Min",
        "Zhao Min",
    ),
]

N221_CLEAN = [
    # the document sets every surname in capitals: its own practice
    "ZHAO Min said the park would hire 300 workers. SUN Li agreed.",
    # bylines and credits
    "By ZHAO Min in Anshan. Sun Li opened the fair on Monday.",
    "Reporter ZHAO Min and Sun Li wrote from Anshan.",
    "Sun Li opened the fair (Photo by ZHAO Min) in the rain.",
    # acronyms and words in capitals that are not a surname before a given name
    "Sun Li said the NPC Standing Committee met. The CPPCC Members spoke.",
    "Sun Li opened the fair. ZHAO Min",
]


@pytest.mark.parametrize(("text", "span", "suggestion"), N221_FLAGGED)
def test_surname_in_capitals_in_running_text(text: str, span: str, suggestion: str) -> None:
    found = check_texts([text], ["N221"])
    assert found.select("span", "suggestion").rows() == [(span, suggestion)]


@pytest.mark.parametrize("text", N221_CLEAN)
def test_surname_in_capitals_left_alone(text: str) -> None:
    assert spans(check_texts([text], ["N221"])) == []


N222_FLAGGED = [
    ("The standing Committee approved two regulations.", "standing", "Standing"),
    ("She is a member of the Municipal standing Committee.", "standing", "Standing"),
    ("The district People's Government signed the deal.", "district", "District"),
    ("The Linyi county Government has acted.", "county", "County"),
    ("The Yingkou municipal Commission of Commerce held a fair.", "municipal", "Municipal"),
]

N222_CLEAN = [
    "The Standing Committee approved two regulations.",
    "The standing committee of the county people's congress met.",
    "The district people's government signed the deal.",
    # a body described by its level, as news agencies write it
    "The provincial Department of Commerce held a fair.",
    "The municipal Bureau of Statistics released the data.",
    # Party committees are T121's
    "The county Party Committee met on Monday.",
    "Standing Committee members attended.",
]


@pytest.mark.parametrize(("text", "span", "suggestion"), N222_FLAGGED)
def test_level_word_in_lower_case_inside_a_name(text: str, span: str, suggestion: str) -> None:
    found = check_texts([text], ["N222"])
    assert found.select("span", "suggestion").rows() == [(span, suggestion)]


@pytest.mark.parametrize("text", N222_CLEAN)
def test_name_in_one_case_left_alone(text: str) -> None:
    assert spans(check_texts([text], ["N222"])) == []


def test_half_capitalised_name_the_glossary_mends_is_one_finding() -> None:
    found = check_texts(["The Dalian municipal People's Government issued a notice."])
    codes = found.filter(found["span"].str.contains("municipal"))["code"].to_list()
    assert codes == ["T108"]


P330_FLAGGED = [
    ("Besides, It was attended by the heads of 12 bureaus.", "It", "it"),
    ("Meanwhile, They visited two farms in the county.", "They", "they"),
    ("Output kept rising, According to the bureau, exports grew.", ", According", ". According"),
    # a pronoun "He" in a document with no person surnamed He
    ("Wang Jun toured the plant, He praised the workers.", ", He", ". He"),
]

P330_CLEAN = [
    # the surname He, after the full name or a title
    "He Bing visited the park. Jobs must come first, He said.",
    "Vice Mayor He chaired the meeting. The work is urgent, He stressed.",
    "She Jun visited the school. Teachers need support, She said.",
    "Output kept rising, according to the bureau.",
    "Besides, it was attended by the heads of 12 bureaus.",
    "Besides, He Bing attended the meeting.",
]


@pytest.mark.parametrize(("text", "span", "suggestion"), P330_FLAGGED)
def test_capital_after_comma(text: str, span: str, suggestion: str) -> None:
    found = check_texts([text], ["P330"])
    assert found.select("span", "suggestion").rows() == [(span, suggestion)]


@pytest.mark.parametrize("text", P330_CLEAN)
def test_capital_after_comma_left_alone(text: str) -> None:
    assert spans(check_texts([text], ["P330"])) == []


N223_FLAGGED = [
    (
        "The mayor opened the fair on Monday. The Mayor said trade would grow.",
        "Mayor",
        "mayor",
    ),
    (
        "The director met the press. Reporters asked the Director about jobs, and the "
        "director answered.",
        "Director",
        "director",
    ),
]

N223_CLEAN = [
    # one case throughout, either way
    "The mayor opened the fair on Monday. The mayor said trade would grow.",
    "The Mayor opened the fair on Monday. The Mayor said trade would grow.",
    # mostly capitalised: the document's style
    "The Mayor opened the fair. The Mayor spoke. Later the mayor left.",
    # before "of", a name, a capitalised word or a possessive
    "The mayor opened the fair. He was joined by the Mayor of Anshan.",
    "The mayor opened the fair. Calls to the Mayor Hotline rose.",
    "The mayor opened the fair. The Mayor's Office issued a notice.",
    # a hyphenated title is another title
    "The secretary spoke. The Secretary-General of the UN sent a letter.",
]


@pytest.mark.parametrize(("text", "span", "suggestion"), N223_FLAGGED)
def test_title_capitalised_against_the_document(text: str, span: str, suggestion: str) -> None:
    found = check_texts([text], ["N223"])
    assert found.select("span", "suggestion").rows() == [(span, suggestion)]


@pytest.mark.parametrize("text", N223_CLEAN)
def test_title_in_the_document_style_left_alone(text: str) -> None:
    assert spans(check_texts([text], ["N223"])) == []
