"""False alarms on professional English, third pass: a foreign newsroom's own names for the
Party on its own page (T101).

The sentences are written for these tests, in the register of agency and outlet copy.
"""

from __future__ import annotations

import pytest
from helpers import assert_flags, check_texts, spans

# A newsroom's story in its own style: the Party in lower case, its own name for it.
_NEWSROOM = (
    "The closed-door meeting of the Central Committee opened on Monday, days before the "
    "party congress. Zhao Ming, a senior member of the Chinese Communist Party's Politburo, "
    "explained a draft amendment to the party constitution, state media said.\n"
)
# An analyst's page that coins "CCP" as its short name for the Party.
_DEFINES_CCP = (
    "The new strategy paper on food security speaks to the priorities of the Chinese "
    "Communist Party (CCP). Its sections on grain reserves show that the CCP sees supply as "
    "a question of security.\n"
)


@pytest.mark.parametrize(("text", "span"), [(_NEWSROOM, None), (_DEFINES_CCP, None)])
def test_a_foreign_newsrooms_own_name_for_the_party_is_its_house_style(
    text: str, span: str | None
) -> None:
    assert_flags("T101", text, span)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # A page that names the Party by "CPC": official style, the odd form a slip.
        (
            "The CPC Hengyang Municipal Committee held a meeting on party building. Party "
            "members studied the history of the Chinese Communist Party and the party "
            "constitution.\n",
            "Chinese Communist Party",
        ),
        # The capital is the page's own: "Party" twice against one lower-case "party".
        (
            "Party members of the county visited the museum of the Chinese Communist Party, "
            "where the Party history exhibition opened, and met the party secretary.\n",
            "Chinese Communist Party",
        ),
        # Named once, no lower-case "party", no abbreviation coined: still reported.
        (
            "The exhibition tells the story of the Chinese Communist Party in Jinggangshan.\n",
            "Chinese Communist Party",
        ),
    ],
)
def test_the_partys_avoided_names_are_still_flagged_in_official_style(text: str, span: str) -> None:
    assert_flags("T101", text, span)


# An analyst quotes official Chinese in translation, then gives the original to the line's end.
_QUOTED_ORIGINAL = (
    "The editorial closes with a call to “carry forward the fine tradition, stay humble and "
    "keep striving on the new journey.” 继续发扬优良传统，戒骄戒躁、再接再厉，奋进新征程。\n"
)


@pytest.mark.parametrize("code", ["U401", "P306"])
def test_the_chinese_original_after_an_english_quotation_is_a_gloss(code: str) -> None:
    assert_flags(code, _QUOTED_ORIGINAL, None)


@pytest.mark.parametrize(
    ("code", "text", "span"),
    [
        # Chinese inside the sentence, English after it on the line: left untranslated.
        (
            "U401",
            "He called for “deepening reform across the board in every field” 全面深化改革 "
            "at the meeting.\n",
            "全面深化改革",
        ),
        # A quotation too short to be the passage the Chinese renders.
        ("U401", "The slogan “two pre-zones” 两先区建设 was repeated.\n", "两先区建设"),
        ("U401", "The slogan reads “two pre-zones” 两先区建设\n", "两先区建设"),
        # No quotation before it: a heading left in Chinese.
        ("U401", "Work report of the county government 县政府工作报告\n", "县政府工作报告"),
        ("P306", "The city built new roads，bridges and parks.\n", "，"),
    ],
)
def test_chinese_left_in_the_english_is_still_flagged(code: str, text: str, span: str) -> None:
    assert_flags(code, text, span)


@pytest.mark.parametrize(
    ("code", "text", "span"),
    [
        # A spaced dot before a volume or an issue sets a citation's fields apart.
        (
            "N218",
            "Published in Regional Review · Volume 12, Issue 2 (an extract from the journal).\n",
            None,
        ),
        ("N218", "The 2024 Summer Davos · Tianjin opened on Tuesday.\n", " · "),
        ("N218", "The 2023 China·Dalian Wine Festival opened on Friday.\n", "·"),
        # Initials joined to a people's adjective modify the noun after both.
        (
            "E807",
            "The failure prompted Seoul to widen its cooperation with US and Australian allies.\n",
            None,
        ),
        ("E807", "The minister also held talks with US and British envoys.\n", None),
        ("E807", "The minister will seek closer cooperation with US in trade.\n", "US"),
        ("E807", "The minister spoke of relations with US and Japan on Friday.\n", "US"),
    ],
)
def test_separators_and_modifying_initials(code: str, text: str, span: str | None) -> None:
    assert_flags(code, text, span)


# A TASS story, its dateline between slashes, its headline crediting the agency it retells.
_TASS_STORY = (
    "All news\n\n"
    "Premier says ready to deepen trade with Moscow — Xinhua\n\n"
    "BEIJING, June 3. /TASS/. The Chinese premier said on Monday that Beijing is ready to "
    "deepen trade with Russia, the Xinhua news agency reported. He spoke at a meeting of the "
    "Chinese Communist Party's leading body on foreign trade.\n"
)


@pytest.mark.parametrize(
    "text",
    [
        _TASS_STORY,
        "TOKYO, Nov. 2 (Kyodo) -- Japan and China agreed to resume talks, the Chinese "
        "Communist Party's top diplomat said on Friday.\n",
        "SEOUL, Nov. 2 (Yonhap) -- The minister met the Chinese Communist Party's envoy.\n",
    ],
)
def test_tass_kyodo_and_yonhap_copy_keeps_its_house_names_for_the_party(text: str) -> None:
    assert_flags("T101", text, None)


def test_a_tass_headline_crediting_its_source_under_a_site_label_is_no_page_title() -> None:
    found = spans(check_texts([_TASS_STORY], ["R601"]), "R601")
    assert not [s for s in found if s.endswith("Xinhua")], found


@pytest.mark.parametrize(
    "text",
    [
        # A Chinese outlet's page retelling a TASS report: no dateline of the agency's own.
        "The premier met the Chinese Communist Party's envoy, TASS reported on Monday.\n",
        # Xinhua is official English, not a foreign agency: its copy is held to the glossary.
        "BEIJING, June 3 (Xinhua) -- The premier met the Chinese Communist Party's envoy.\n",
    ],
)
def test_the_partys_avoided_name_is_still_flagged_off_a_foreign_agencys_copy(text: str) -> None:
    assert_flags("T101", text, "Chinese Communist Party's")


@pytest.mark.parametrize(
    ("code", "text", "span"),
    [
        # The wire's dash glued to its dateline in capitals.
        ("P335", "TOKYO--The two ministers agreed on Monday to resume the talks.\n", None),
        ("P335", "Li Ming--the director of the bureau--spoke first.\n", "--"),
        # A wire headline's credit saying what its source did.
        ("P309", "Leaders to hold video call this week - TASS quotes Kremlin\n", None),
        ("P309", "Premier to visit Hanoi next month - Xinhua says\n", None),
        ("P309", "The new bridge - a link across the bay - opens in May.\n", " - "),
    ],
)
def test_wire_datelines_and_headline_credits(code: str, text: str, span: str | None) -> None:
    assert_flags(code, text, span)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # Headlinese drops the article, the page's date before it on its line or not.
        ("Premier calls for new growth drivers during inspection tour in Hunan\n\nBody.\n", None),
        (
            " date 2024-06-02 Premier calls for new growth drivers during inspection tour\n\n"
            "The premier made the remarks on Sunday.\n",
            None,
        ),
        # Running text keeps it.
        (
            "The premier called for new growth drivers during inspection tour in Hunan on "
            "Sunday.\n",
            "during inspection tour",
        ),
    ],
)
def test_an_inspection_tour_without_its_article_in_a_headline(text: str, span: str | None) -> None:
    assert_flags("E801", text, span)


# A TASS story: a title with the capital, the agency's sentences in lower case.
_TASS_PARTY = (
    "HAIKOU, June 3. /TASS/. Wang Lin, Hainan's Party Secretary, called for new ideas on "
    "the free trade port. The secretary of the party committee said the island would open "
    "further.\n"
)


def test_an_agencys_own_copy_keeps_its_lower_case_party_where_the_two_tie() -> None:
    assert_flags("N207", _TASS_PARTY, None)


def test_the_same_tie_without_the_agencys_dateline_is_still_flagged() -> None:
    assert_flags("N207", _TASS_PARTY.replace("HAIKOU, June 3. /TASS/. ", ""), "party")


# A foreign outlet glossing names in characters: in pinyin, and a name not in pinyin.
_GLOSSED = (
    "President Xi Jinping (习近平) met the envoy, said Willy Lam (林和立), an analyst who "
    "follows Chinese politics.\n"
)


def test_a_page_glossing_names_keeps_the_characters_of_a_name_not_in_pinyin() -> None:
    assert_flags("U401", _GLOSSED, None)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # No name glossed in pinyin on the page: the characters are left over.
        ("The analyst Willy Lam (林和立) said the meeting mattered.\n", "林和立"),
        # A phrase, not a name, left in Chinese beside a glossed name.
        (
            "Xi Jinping (习近平) spoke of the Two Sessions (全国两会) on Monday.\n",
            "全国两会",
        ),
        # The tail of a body's name is no person's name, nor a sentence's start with "The".
        (
            "Xi Jinping (习近平) addressed the National People's Congress (全国人大).\n",
            "全国人大",
        ),
        ("Xi Jinping (习近平) spoke. The Two Sessions (全国两会) opened.\n", "全国两会"),
    ],
)
def test_characters_after_a_name_not_glossed_elsewhere_are_still_flagged(
    text: str, span: str
) -> None:
    assert_flags("U401", text, span)
