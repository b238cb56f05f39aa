"""E808's literal numbers, E809's ordinals, E810's infinitives, E813's grouped figures,
E814's headline tenses and E807's articles: what they suggest and which fixes are applied.

The flag/leave-alone tables are in test_rules.py; here the computed values, the suggested
forms and the fix safety. The sentences are written for these tests.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from helpers import check_texts, run_cli

from tifa.checks.literal_numbers import english_amount, stacked_amount


@pytest.mark.parametrize(
    ("text", "suggestion"),
    [
        ("The lakes hold 122.17 hundred million cubic meters.", "12.217 billion"),
        ("Revenue reached 6 hundred million yuan.", "600 million"),
        ("Savings reached 86.81 hundred million yuan.", "8.681 billion"),
        ("Output reached 12,000 hundred million yuan.", "1.2 trillion"),
        ("The county planted 3.5 ten thousand mu of tea.", "35,000"),
        ("The city has 1,234.5 ten thousand residents.", "12.345 million"),
        ("Exports were 880 billion 300 million yuan.", "880.3 billion"),
        ("Output was 22 million 440 thousand tons.", "22.44 million"),
        ("Investment totalled 2 billion 30 million yuan.", "2.03 billion"),
    ],
)
def test_e808_gives_the_exact_value(text: str, suggestion: str) -> None:
    found = check_texts([text], ["E808"])
    assert found["suggestion"].to_list() == [suggestion]
    assert found["fix"].to_list() == ["unsafe"]


def test_e808_gives_no_value_for_the_end_of_a_range() -> None:
    found = check_texts(["It will cost 5 to 6 hundred million yuan."], ["E808"])
    assert found["span"].to_list() == ["6 hundred million"]
    assert found["suggestion"].to_list() == [None]


def test_e808_leaves_two_units_that_make_no_one_amount() -> None:
    assert stacked_amount(Decimal(2), "million", Decimal(3000), "thousand") is None
    assert stacked_amount(Decimal(2), "million", Decimal(3), "billion") is None
    assert check_texts(["It took 2 million 3000 thousand hours."], ["E808"]).is_empty()


def test_english_amount_states_small_values_in_full() -> None:
    assert english_amount(Decimal("5000")) == "5,000"
    assert english_amount(Decimal("12345.6")) == "12,345.6"
    assert english_amount(Decimal("1000000")) == "1 million"


@pytest.mark.parametrize(
    ("text", "suggestion"),
    [
        ("The city marked the 70 anniversary of its founding.", "70th"),
        ("China's 1 anniversary of the pact was marked.", "1st"),
        ("The 22 session of the committee opened.", "22nd"),
        ("The 13 plenary session of the committee opened.", "13th"),
        ("Its 103 birthday was marked in the village.", "103rd"),
    ],
)
def test_e809_suggests_the_ordinal(text: str, suggestion: str) -> None:
    found = check_texts([text], ["E809"])
    assert found["suggestion"].to_list() == [suggestion]
    assert found["fix"].to_list() == ["safe"]


def test_e809_fix_inserts_the_suffix_only(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text("The city marked the 70 anniversary of its founding.\n", encoding="utf-8")
    run_cli(["check", "--select", "E809", "--fix", str(article)])
    assert article.read_text(encoding="utf-8") == (
        "The city marked the 70th anniversary of its founding.\n"
    )


@pytest.mark.parametrize(
    ("text", "suggestion"),
    [
        ("The firm managed to obtained the leading position.", "obtain"),
        ("The county tried to solved the housing problem.", "solve"),
        ("They planned to expanded the port.", "expand"),
        ("The city hopes to applied the rules.", "apply"),
        ("The team needed to used all its funds.", "use"),
    ],
)
def test_e810_suggests_the_base_form(text: str, suggestion: str) -> None:
    found = check_texts([text], ["E810"])
    assert found["suggestion"].to_list() == [suggestion]
    assert found["fix"].to_list() == ["unsafe"]


@pytest.mark.parametrize(
    ("text", "suggestion"),
    [
        ("Yantai is a port with the history of over 600 years.", "a history of"),
        ("The bureau was renamed to current name in 2018.", "its current name"),
        ("Dalian is a world famous port city.", "world-famous"),
        ("The zone aims to be a world first class park.", "world-class"),
        ("It is a cradle of Chinese nation.", "the Chinese nation"),
        ("The port led the opening up drive.", "opening-up"),
        ("Cities deepened people to people ties.", "people-to-people"),
        ("The county made great progresses.", "progress"),
        ("In recent year, the county built schools.", "In recent years"),
        ("Salt was traded here in ancient time.", "in ancient times"),
        ("It will raise people’s living standard.", "people’s living standards"),
        ("The year of 2019 marked the anniversary.", "The year"),
        ("Tea is popular in nowadays.", "nowadays"),
        ("Wang Yi expressed that China will open wider.", "said that"),
        ("Expressing that the zone was ready, he left.", "Saying that"),
        ("The county locates in the north.", "is located"),
        ("The lake was called also the Pearl.", "was also called"),
        ("The mayor expressed sincere welcome to them.", "a sincere welcome"),
        ("Introduction of Yingkou", "Introduction to"),
        ("Ties between the ports have steady developed.", "have steadily developed"),
        ("The plan was effective implemented in the county.", "was effectively implemented"),
        ("Its tea is a national famous brand.", "nationally famous"),
        ("The director explained the policy in details.", "in detail"),
        ("In face of risks, the county kept growing.", "In the face of"),
        ("Its output ranked the first in the province.", "ranked first"),
        ("Legend says a crane flied over the lake.", "flew"),
        ("Teachers teached farmers to grow tea.", "taught"),
    ],
)
def test_e801_mends_fixed_frames_and_compounds(text: str, suggestion: str) -> None:
    found = check_texts([text], ["E801"])
    assert found["suggestion"].to_list() == [suggestion]


@pytest.mark.parametrize(
    ("text", "code", "suggestion"),
    [
        ("By 2008, the city has signed pacts with 40 cities.", "E811", "had"),
        ("The town boasts splendid cultural history.", "E812", "a splendid cultural history"),
        ("The port enjoys advantageous location.", "E812", "an advantageous location"),
    ],
)
def test_tense_and_article_frames_are_suggestions_only(
    text: str, code: str, suggestion: str
) -> None:
    found = check_texts([text], [code])
    assert found["suggestion"].to_list() == [suggestion]
    assert found["fix"].to_list() == ["unsafe"]


def test_e811_reports_the_date_it_reads(tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_text("Till the end of June 2019, the two ports have set up 12 routes.\n")
    result = run_cli(["check", str(page), "--select", "E811"])
    assert result.code == 0
    assert "Till the end of June 2019" in result.out
    assert "will have" in result.out


@pytest.mark.parametrize(
    ("text", "suggestion"),
    [
        ("The county lies 1655 kilometers from Beijing.", "1,655"),
        ("The zone covers 82400 square kilometers.", "82,400"),
        ("The district covers 3554.03 square kilometers.", "3,554.03"),
        ("The town has a history of over 2000 years.", "2,000"),
        ("It is a 5000-year-old civilisation.", "5,000"),
        ("The county has 1649 administrative villages.", "1,649"),
        ("A fund of 1250000 yuan was set up.", "1,250,000"),
    ],
)
def test_e813_suggests_the_grouped_figure(text: str, suggestion: str) -> None:
    found = check_texts([text], ["E813"])
    assert found["suggestion"].to_list() == [suggestion]
    assert found["fix"].to_list() == ["unsafe"]


def test_e813_groups_both_ends_of_a_range() -> None:
    found = check_texts(["The terraces lie 1500 to 3000 meters above sea level."], ["E813"])
    assert found["span"].to_list() == ["1500", "3000"]
    assert found["suggestion"].to_list() == ["1,500", "3,000"]


@pytest.mark.parametrize(
    ("heading", "suggestion"),
    [
        ("Mayor Li Visited Shantou", "Visits"),
        ("City Leaders Met with Overseas Guests", "Meet"),
        ("The delegation visited Shaoxing", "visits"),
        ("Vice Governor Inspected the Port Area", "Inspects"),
        ("Officials Addressed the Forum", "Address"),
        ("Two Counties Reached a Pairing Agreement", "Reach"),
        ("The County Government Held Its Fifth Executive Meeting", "Holds"),
        ("Governor Presided over the Work Conference", "Presides over"),
        ("District Leaders Presided over the Meeting", "Preside over"),
    ],
)
def test_e814_suggests_the_present_tense(heading: str, suggestion: str) -> None:
    found = check_texts([heading], ["E814"])
    assert found["suggestion"].to_list() == [suggestion]


def test_e807_suggests_the_article() -> None:
    found = check_texts(["Pottery kilns here date from Ming and Qing Dynasties."], ["E807"])
    assert found["span"].to_list() == ["Ming and Qing Dynasties"]
    assert found["suggestion"].to_list() == ["the Ming and Qing Dynasties"]


@pytest.mark.parametrize(
    ("text", "suggestion"),
    [
        ("On October 24th, 2018, the delegation arrived.", "October 24"),
        ("The session opened on Jan. 11th, 2010.", "Jan. 11"),
        ("The fair ran until September 1st.", "September 1"),
    ],
)
def test_e816_suggests_the_date_without_the_suffix(text: str, suggestion: str) -> None:
    found = check_texts([text], ["E816"])
    assert found["suggestion"].to_list() == [suggestion]
    assert found["fix"].to_list() == ["unsafe"]


@pytest.mark.parametrize(
    ("text", "suggestion"),
    [
        ("The fair closed. 14 projects were signed.", "Fourteen"),
        ("7 towns joined the plan.", "Seven"),
        ("42 firms took part in the fair.", "Forty-two"),
        ("The zone grew. 280 million yuan was invested.", None),
        ("The zone grew. 120 firms settled there.", None),
    ],
)
def test_e819_spells_out_a_small_number_and_leaves_a_large_one(
    text: str, suggestion: str | None
) -> None:
    found = check_texts([text], ["E819"])
    assert found["suggestion"].to_list() == [suggestion]
    assert found["fix"].to_list() == ["unsafe"]
