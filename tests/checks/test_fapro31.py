"""False alarms on professional English (wire copy, national outlets): a wire headline's
credit to its source (R601, P309), an outlet's lower-case "party" as house style (N207), an
article idiom cut short in a headline (E801), a gerund phrase as a subject (E841).

The sentences are written for these tests, in the register of agency and outlet copy.
"""

from __future__ import annotations

import pytest
from helpers import assert_flags, check_texts, spans

# A wire story whose headline credits the agency it retells, Reuters' way.
_WIRE_STORY = (
    "Former county chief jailed for 12 years over bribes{credit}\n\n"
    "by Reuters\n\n"
    "BEIJING, May 4 (Reuters) - A former county chief in Hunan province was jailed for 12 "
    "years for taking bribes, the official news agency reported on Monday.\n\n"
    "The court said he had taken 5 million yuan over a decade.\n"
)


@pytest.mark.parametrize("credit", [" -Xinhua", " - Xinhua", " -- Xinhua", " — Xinhua"])
def test_a_wire_headline_crediting_its_source_is_no_page_title(credit: str) -> None:
    # The agency's byline under it is residue (R601 reports "by Reuters"); the headline is not.
    found = spans(check_texts([_WIRE_STORY.format(credit=credit)], ["R601"]), "R601")
    assert found == ["by Reuters"]


@pytest.mark.parametrize(
    "text",
    [
        _WIRE_STORY.format(credit=" -Xinhua"),
        "China to cut steel output in five northern provinces - Reuters\n\n"
        "The cuts will run until the end of March, the ministry said.\n",
        "Provincial governor removed from post -- state media\n\n"
        "The governor was removed on Friday, the official agency said.\n",
    ],
)
def test_a_wire_headline_credit_is_no_spaced_hyphen(text: str) -> None:
    assert_flags("P309", text, None)


def test_the_repeat_of_a_credited_headline_lower_down_is_still_residue() -> None:
    text = (
        _WIRE_STORY.format(credit=" -Xinhua")
        + "\nLatest News\n\nFormer county chief jailed for 12 years over bribes -Xinhua\n"
    )
    found = check_texts([text], ["R601"])
    heads = found.filter(found["span"].str.starts_with("Former county chief"))
    assert heads["line"].to_list() == [11], heads


@pytest.mark.parametrize(
    "text",
    [
        # The site's own title, its name glued on, over the bare headline.
        "Premier sets out tasks for second half-Xinhua\n\n"
        "Premier sets out tasks for second half\n\n"
        "The premier on Friday set out the main tasks for the second half of the year.\n",
        # Spaced, but the bare headline follows: the line is the page's title.
        "Premier sets out tasks for second half - Xinhua\n\n"
        "Premier sets out tasks for second half\n\n"
        "The premier on Friday set out the main tasks for the second half of the year.\n",
        # No agency's marks on the page: the site's title, not a wire headline.
        "Port opens new berth for grain ships - China Daily\n\n"
        "The port opened a new berth for grain ships on Monday, the city said.\n",
        # Under article text: no headline.
        "The premier on Friday set out the main tasks for the second half of the year.\n\n"
        "Premier sets out tasks for second half - Xinhua\n",
    ],
)
def test_a_site_title_with_its_name_is_still_residue(text: str) -> None:
    found = spans(check_texts([text], ["R601"]), "R601")
    titles = [s for s in found if s.endswith(("Xinhua", "China Daily"))]
    assert titles, f"R601 missed the page title: {found}"


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("The two cities signed a pact on trade - including tariffs on steel.", " - "),
        ("The county opened its first cross - border market in May.", " - "),
    ],
)
def test_a_spaced_hyphen_in_running_text_is_still_flagged(text: str, span: str) -> None:
    assert_flags("P309", text, span)


@pytest.mark.parametrize(
    "text",
    [
        "Weifang got its new Communist Party chief on Monday with the appointment of Zhao "
        "Ming, a former senior party official in Gansu province in northwest China.\n"
        "Zhao replaces Qian Lei, who had been the city's party chief for three years.\n",
        "Sun Wei, Sichuan's deputy party boss, was named party chief of Chengdu on Friday.\n"
        "Two other party officials from the province were moved to posts in Gansu.\n",
    ],
)
def test_a_newsroom_in_lower_case_throughout_keeps_its_house_style(text: str) -> None:
    assert_flags("N207", text, None)


@pytest.mark.parametrize(
    "text",
    [
        # A county's own page in lower case by slip: its "party chief" is no newsroom's.
        "Li Ming, the party chief of Weiwan Town, urged all party members of the town to "
        "take the lead in rural revitalization.\n",
        "The township party committee of Liangshui Town met on Monday, and party "
        "officials studied the plenary session.\n",
    ],
)
def test_a_local_page_in_lower_case_is_still_flagged(text: str) -> None:
    assert_flags("N207", text, "party")


@pytest.mark.parametrize(
    "text",
    [
        "Small village steps pave way for greater rural stability: NPC deputy\n\n"
        "Source: Global Times | 2021/3/8 10:21:40\n",
        "Pension reform on agenda at annual session of provincial legislature\n\n"
        "Lawmakers will review a draft on Friday, the office said.\n",
        "New rail link paves way for trade with Laos",
    ],
)
def test_an_idiom_cut_short_in_a_headline_is_headlinese(text: str) -> None:
    assert_flags("E801", text, None)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("The new rules pave way for more private investment in rural roads.", "pave way"),
        ("Also on agenda are a draft law on water and a report on the budget.", "on agenda"),
        # A long line that lost its stop is a sentence, not a headline.
        (
            "The county said the new rail link, which opened in March after two years of "
            "work, would pave way for trade with Laos and Vietnam",
            "pave way",
        ),
        # Two sentences on one line are no headline.
        ("Trade grew fast. The new port will pave way for more of it", "pave way"),
    ],
)
def test_an_idiom_cut_short_in_running_text_is_flagged(text: str, span: str) -> None:
    assert_flags("E801", text, span)


@pytest.mark.parametrize(
    "text",
    [
        "Requiring power suppliers to upgrade the village grid is one of the things he has "
        "done for the homestay owners.",
        "Since May, encouraging young farmers to sell fruit online has raised incomes in the "
        "township.",
        "Helping migrant workers to find jobs near home was the bureau's main task last year.",
    ],
)
def test_a_gerund_phrase_as_subject_takes_a_singular_verb(text: str) -> None:
    assert_flags("E841", text, None)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Party representatives from every county of the city was present at the meeting.", "was"),
        ("Leading officials of the two districts was briefed on the flood.", "was"),
        ("Visiting scholars from the university was invited to the forum.", "was"),
    ],
)
def test_a_plural_subject_with_a_singular_verb_is_still_flagged(text: str, span: str) -> None:
    assert_flags("E841", text, span)


@pytest.mark.parametrize(
    "text",
    [
        "The Politburo signalled that while steady growth is important, it will not be the "
        "only focus of the year.",
        "The ministry said that when the new rules are in force, it will review the fees again.",
        "The mayor noted that as the port has grown quickly, we must widen the roads to it.",
    ],
)
def test_a_clause_fronted_inside_a_that_clause_is_no_splice(text: str) -> None:
    assert_flags("P341", text, None)


@pytest.mark.parametrize(
    "text",
    [
        "The district has made great progress in reform, we will keep opening up.",
        "The report found that in May output rose sharply, we will keep the policy.",
    ],
)
def test_two_sentences_joined_by_a_comma_are_still_flagged(text: str) -> None:
    assert_flags("P341", text, ",")


@pytest.mark.parametrize(
    "text",
    [
        "The vice chairpersons elected are Li Wei, Zhao Hong, Padma Choling, Chen Bing and "
        "Sun Tao.",
        "Deputies Wang Fang, Liu Yang and Padma Choling spoke at the panel discussion.",
    ],
)
def test_a_name_in_a_list_of_people_is_no_misspelling(text: str) -> None:
    assert_flags("E802", text, None)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("The county improved its goverment services for farmers last year.", "goverment"),
        # A list of things, not of people in pinyin.
        (
            "The forum covered trade, tourism, Cultral Exchanges and green growth.",
            "Cultral",
        ),
    ],
)
def test_a_misspelling_outside_a_list_of_names_is_still_flagged(text: str, span: str) -> None:
    assert_flags("E802", text, span)


@pytest.mark.parametrize(
    "text",
    [
        "The deputies were chosen in line with the Party constitution and CPC Central "
        "Committee requirements, the notice said.",
        "The county studied the annual report and CPC Central Committee guidelines on rural work.",
    ],
)
def test_a_body_name_modifying_a_plural_noun_needs_no_article(text: str) -> None:
    assert_flags("T113", text, None)


def test_a_body_name_heading_its_phrase_is_still_flagged() -> None:
    text = "The county carried out the decision of CPC Central Committee on rural work."
    assert_flags("T113", text, "CPC Central Committee")


# A wire story naming an NPC member as the agency does.
_WIRE_DELEGATE = (
    "BEIJING (Reuters) - A former chairman of a provincial investment firm is under "
    "investigation for graft, state media said on Tuesday. He resigned last year as a "
    "delegate to the National People's Congress, the country's parliament."
)
# The same words on a Chinese outlet's own page: a translator's slip.
_OWN_DELEGATE = (
    "A former chairman of a provincial investment firm is under investigation for graft. He "
    "resigned last year as a delegate to the National People's Congress."
)


@pytest.mark.parametrize("code", ["T101", "T114"])
def test_an_agency_calling_npc_deputies_delegates_keeps_its_house_style(code: str) -> None:
    assert_flags(code, _WIRE_DELEGATE, None)


@pytest.mark.parametrize("code", ["T101", "T114"])
def test_an_npc_delegate_on_a_chinese_outlets_page_is_still_flagged(code: str) -> None:
    assert_flags(code, _OWN_DELEGATE, "delegate to the National People's Congress")
