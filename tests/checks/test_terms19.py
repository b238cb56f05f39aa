"""Term variants and names (session 19): false alarms removed from T113 (a pair of bodies
sharing one article), T103 (a title in the plural), T108 (a congress's full name before
"deputies"), T104 (a headline without its article), N204 (a title before a name) and
N201/N203 (a name with a bare possessive "s").

The sentences are written for these tests in the register of local government news; none
is taken from a page.
"""

from __future__ import annotations

import pytest
from helpers import check_texts, spans


def _found(text: str | list[str], code: str) -> list[str]:
    texts = [text] if isinstance(text, str) else text
    return spans(check_texts(texts, [code]), code)


@pytest.mark.parametrize(
    "text",
    [
        "Leaders of the Dalian Municipal Party Committee and Dalian Municipal People's "
        "Government met the investors.",
        "The fair was co-hosted by the Ministry of Commerce and Jilin Provincial People's "
        "Government on Monday.",
        "The forum was held by the CPC Anshan Municipal Committee and Anshan Municipal "
        "Government last week.",
    ],
)
def test_pair_of_bodies_shares_its_article(text: str) -> None:
    assert _found(text, "T113") == []


def test_body_after_and_without_any_article_is_found() -> None:
    text = "The mayor thanked the firm's staff and Anshan Municipal Government for the work."
    assert _found(text, "T113") == ["Anshan Municipal Government"]


@pytest.mark.parametrize(
    "text",
    [
        "Members of the Standing Committee of the Political Bureau of the CPC Central "
        "Committee attended the deliberation.",
        "Two vice chairmen of the NPC Standing Committee visited the county.",
    ],
)
def test_title_in_the_plural_is_no_near_miss(text: str) -> None:
    assert _found(text, "T103") == []


def test_word_dropped_from_a_title_is_still_a_near_miss() -> None:
    text = "Wang Lin, member of Standing Committee of the Political Bureau of the CPC Central Committee, spoke."
    assert _found(text, "T103") != []


@pytest.mark.parametrize(
    "text",
    [
        "The county will fight pointless formalities and bureaucratism in every office.",
        "Cadres were told to cut unnecessary formalities and bureaucratism at the grassroots.",
    ],
)
def test_formalities_and_bureaucratism_is_accepted(text: str) -> None:
    assert _found(text, "T103") == []
    assert _found(text, "T101") == []


def test_congress_full_name_before_deputies() -> None:
    text = "The mayor met National People's Congress (NPC) deputies from the city on Monday."
    assert _found(text, "T108") == []
    lower = "The mayor met national people's congress deputies from the city on Monday."
    assert _found(lower, "T108") == ["national people's congress"]


def test_headline_without_its_article_is_the_same_rendering() -> None:
    text = [
        "Secretary of Municipal Party Committee Visits Port\n\n"
        "Wang Lin, secretary of the Municipal Party Committee, visited the port on Monday. "
        "The secretary of the Municipal Party Committee said trade would grow."
    ]
    assert _found(text, "T104") == []


def test_running_text_without_its_article_is_still_inconsistent() -> None:
    text = [
        "Wang Lin, secretary of the Municipal Party Committee, visited the port on Monday. "
        "Li Qiang, secretary of the Municipal Party Committee, agreed. Zhou Min, secretary "
        "of Municipal Party Committee, spoke last."
    ]
    found = check_texts(text, ["T103", "T104"])
    assert "T104" in " ".join(found["message"].to_list())


def test_title_before_a_name_is_capitalised() -> None:
    text = "Vice Mayor Wang Lin met the guests on Monday. Later the vice mayor of Dalian spoke."
    assert _found(text, "N204") == []


def test_title_capitalised_two_ways_alone_is_still_found() -> None:
    text = (
        "The Vice Mayor of Dalian met the guests on Monday. The vice mayor of Dalian spoke "
        "later, and the vice mayor of Dalian closed the forum."
    )
    assert _found(text, "N204") == ["Vice Mayor"]


def test_name_with_a_bare_possessive_s_is_no_misspelling() -> None:
    text = "Xi Jinping spoke on Monday. Cadres studied Xi Jinpings speech on rural reform."
    assert _found(text, "N201") == []
    assert _found(text, "N203") == []


def test_name_one_letter_off_the_glossary_is_still_found() -> None:
    text = "Xi Jinping spoke on Monday. Cadres studied the speech Xi Jinpinq gave."
    assert _found(text, "N201") + _found(text, "N203") != []


def test_party_group_called_a_cpc_leading_group() -> None:
    text = "Yesterday, the municipal government's CPC leading group held an enlarged meeting."
    found = check_texts([text], ["T101"])
    assert found["span"].to_list() == ["CPC leading group"]
    # The acronym capitalises itself, not the phrase: the glossary form as written.
    assert found["suggestion"].to_list() == ["leading Party members' group"]
    # The glossary's note says the form can also name a 领导小组: never replaced unattended.
    assert found["fix"].to_list() == ["unsafe"]


def test_other_avoid_forms_keep_their_safe_fix() -> None:
    found = check_texts(["The county will ensure grain safety this year."], ["T101"])
    assert found["span"].to_list() == ["grain safety"]
    assert found["fix"].to_list() == ["safe"]


@pytest.mark.parametrize(
    "text",
    [
        "The leading Party members' group of the provincial government met on Monday.",
        "The Party group of the county government studied the report on Friday.",
        "The city set up a leading group for rural revitalization last year.",
    ],
)
def test_party_group_renderings_and_leading_groups_are_left_alone(text: str) -> None:
    assert _found(text, "T101") == []
    assert _found(text, "T108") == []


def test_party_group_in_lower_case() -> None:
    text = "The party group of the district government met on Tuesday."
    assert _found(text, "T108") == ["party group"]


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("The county will guarantee grain safety this year.", ["grain safety"]),
        ("The county will guarantee food security this year.", []),
        ("Inspectors checked food safety in school canteens.", []),
        ("Grain security is the first task of the farm bureau.", []),
    ],
)
def test_grain_safety(text: str, flagged: list[str]) -> None:
    assert _found(text, "T101") == flagged


def test_four_awareness() -> None:
    text = 'Cadres must strengthen the "four awareness" in their work.'
    assert _found(text, "T101") == ["four awareness"]


def test_given_name_that_is_no_pinyin_beside_its_pinyin_spelling() -> None:
    text = "Liu Wenhai met the guests on Monday. Later, Liu Wenhia visited the port."
    assert _found(text, "N201") == ["Liu Wenhia"]


def test_two_pinyin_spellings_used_once_each_are_left_alone() -> None:
    # Zhijie and Zhajie are both pinyin: two people as likely as one slip.
    text = "Zheng Zhijie opened the fair on Monday. Zheng Zhajie closed it on Friday."
    assert _found(text, "N201") == []


@pytest.mark.parametrize(
    ("text", "fixed"),
    [
        # The avoided form is the name's first word only: the fix leaves "District" to the text.
        (
            "Leaders of Lvshunkou District visited the port.",
            "Leaders of Lushunkou District visited the port.",
        ),
        ("The Lvshunkou museum opened.", "The Lushunkou District museum opened."),
    ],
)
def test_safe_fix_never_repeats_the_words_that_follow(text: str, fixed: str) -> None:
    found = check_texts([text], ["T101"])
    assert found["fix"].to_list() == ["safe"]
    start, end = found["start"].item(), found["end"].item()
    assert text[:start] + found["suggestion"].item() + text[end:] == fixed


@pytest.mark.parametrize(
    "text",
    [
        "The session stressed upholding and strengthening Party leadership in all work.",
        "Under the Party leadership, the county grew fast.",
    ],
)
def test_party_leadership_is_no_party_group_cut_short(text: str) -> None:
    # "Party leadership" is everyday English for 党的领导: 党组 has no rendering it could be
    # a cut-short form of ("Party leadership group" is not listed, for that reason).
    assert _found(text, "T105") == []
    assert _found(text, "T103") == []
