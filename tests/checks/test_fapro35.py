"""Precision on professional English: the house styles of foreign and Chinese outlets.

The sentences are written for these tests, in the register of news agencies and of Chinese
outlets' English pages.
"""

from __future__ import annotations

import pytest
from helpers import assert_flags

# --- A paper printing the wires' copy, its photos credited to EPA-EFE (T101) -------------


def test_the_party_named_by_a_paper_crediting_epa_efe_is_its_style() -> None:
    text = (
        "Beijing has warned that the Chinese Communist Party will not tolerate moves toward "
        "independence, Foreign Minister Wang Yi said at a news conference.\n"
        "Photo: EPA-EFE\n"
        "Wang said the issue was an internal affair.\n"
    )
    assert_flags("T101", text, None)


def test_the_party_named_so_without_a_credit_is_still_flagged() -> None:
    text = (
        "Officials said the Chinese Communist Party had approved the plan for the new zone.\n"
        "Photo: Li Ming\n"
    )
    assert_flags("T101", text, "Chinese Communist Party")


# --- A name's characters glossed after its possessive (U401) ------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Analysts say Chinese President Xi Jinping’s (習近平) plans for the congress are clear.",
        "In response to Foreign Minister Wang Yi's (王毅) remarks, the council said it regretted "
        "them, and Deputy Minister Lin Chia-lung (林佳龍) said so too.",
    ],
)
def test_a_name_glossed_after_its_possessive_is_left_alone(text: str) -> None:
    assert_flags("U401", text, None)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # A phrase left in Chinese after a possessive is no gloss of a name.
        ("The city’s (十四五) plan sets out its goals for growth.", "十四五"),
        ("Premier Li Qiang's report (政府工作报告) was adopted on Monday.", "政府工作报告"),
    ],
)
def test_chinese_after_a_possessive_that_is_no_name_is_flagged(text: str, span: str) -> None:
    assert_flags("U401", text, span)


# --- A newsroom citing China's media from outside, in lower-case "party" (N207) -----------


@pytest.mark.parametrize(
    "text",
    [
        "China's anti-graft body is investigating the party secretary of Ningbo for serious "
        "violations of party discipline, state media said on Saturday.",
        "The former party chief of Lanzhou was expelled for violating party discipline, the "
        "official Xinhua news agency reported.",
    ],
)
def test_lower_case_party_in_a_newsroom_s_copy_is_house_style(text: str) -> None:
    assert_flags("N207", text, None)


@pytest.mark.parametrize(
    "text",
    [
        # Without the newsroom's words the page is held to the capital.
        "The county held a meeting on party discipline for all township cadres in Jiangxi.",
        # A page that writes the Party with a capital keeps its slips, whoever it cites.
        "The Party committee met, state media said, and urged all party members to study.",
    ],
)
def test_lower_case_party_without_a_newsroom_s_style_is_flagged(text: str) -> None:
    assert_flags("N207", text, "party")


# --- The wires' rare but real words (E802) and the names of other Party bodies (T105) -------


@pytest.mark.parametrize(
    "text",
    [
        "Analysts expect Beijing to do more to reflate the economy before the year ends.",
        "The plan is aimed at reflating demand after months of falling prices.",
        "The city is vaunting its green record as it bids for the games.",
    ],
)
def test_a_rare_real_word_is_no_misspelling(text: str) -> None:
    assert_flags("E802", text, None)


def test_a_slip_beside_them_is_still_found() -> None:
    assert_flags(
        "E802", "The bank will reflate the economy and boost goverment spending.", "goverment"
    )


@pytest.mark.parametrize(
    "text",
    [
        "Wang is being investigated, the provincial party discipline watchdog said on Monday.",
        "He once taught at the municipal party school in Yichang.",
    ],
)
def test_another_party_body_after_the_level_is_no_cut_short_committee(text: str) -> None:
    assert_flags("T105", text, None)


def test_a_committee_cut_short_is_still_flagged() -> None:
    assert_flags(
        "T105",
        "Tan Jun, secretary of the Municipal Party presided over the meeting on Monday.",
        "secretary of the Municipal Party",
    )
