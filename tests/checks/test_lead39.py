"""The lead's fixes of session 39, each from a class of false alarms on real pages."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import check_texts, glossary_from, spans

HEADER = "zh,en,allowed,avoid,kind,pattern,note,source,status\n"
HEAD_ONLY = HEADER + "区长,district head,,,title,,,China Daily,approved\n"
MAYOR_TOO = HEADER + "区长,district head,district mayor,,title,,,China Daily,approved\n"

MAYOR_TEXTS = [
    ("Liu Fang, District Mayor of Tiexi, welcomed the investors.", "District Mayor"),
    ("The delegation was received by Deputy District Mayor Hou Jun.", "Deputy District Mayor"),
    ("Cao Min, mayor of Huanggu district, signed the agreement.", "mayor of Huanggu district"),
]


@pytest.mark.parametrize(("text", "span"), MAYOR_TEXTS)
def test_t111_district_mayor_follows_the_glossary(tmp_path: Path, text: str, span: str) -> None:
    # 区长 as "district mayor": a misformed title where the glossary accepts only "district
    # head", a house's choice where it allows "district mayor" too (the bundled one does).
    strict = glossary_from(tmp_path, HEAD_ONLY)
    assert span in spans(check_texts([text], ["T111"], strict), "T111")
    (tmp_path / "loose").mkdir()
    loose = glossary_from(tmp_path / "loose", MAYOR_TOO)
    assert spans(check_texts([text], ["T111"], loose), "T111") == []
    assert spans(check_texts([text], ["T111"]), "T111") == []


def test_t111_district_major_is_a_misspelling_whatever_the_glossary_allows() -> None:
    text = "Deputy District Major Hou Jun opened the Tiexi fair."
    assert spans(check_texts([text], ["T111"]), "T111") == ["Deputy District Major"]


# T113: bodies joined by "and" share one article, which goes before the first. Where the
# first lacks it, its finding says so; the others are not flagged again.
T113_CASES = [
    (
        "Li Jun thanked them on behalf of CPC Jiangxi Provincial Committee and Jiangxi "
        "Provincial Government.",
        ["CPC Jiangxi Provincial Committee"],
    ),
    (
        "Under the leadership of CPC Hubei Provincial Committee, Hubei Provincial Government "
        "and CPC Yichang Municipal Committee, the city grew.",
        ["CPC Hubei Provincial Committee"],
    ),
    (
        "We will carry out the requirements of Hebei Provincial Party Committee and Hebei "
        "Provincial Government, and Tangshan Municipal Party Committee and Tangshan Municipal "
        "Government.",
        ["Hebei Provincial Party Committee", "Tangshan Municipal Party Committee"],
    ),
    # a common noun before "and" shares nothing with the body after it
    (
        "The plan was drafted by the city government and Yichang Municipal Bureau of Commerce.",
        ["Yichang Municipal Bureau of Commerce"],
    ),
    (
        "He spoke on behalf of the CPC Yichang Municipal Committee and Yichang Municipal "
        "Government.",
        [],
    ),
]


@pytest.mark.parametrize(("text", "flagged"), T113_CASES)
def test_t113_bodies_joined_by_and_share_the_first_ones_article(
    text: str, flagged: list[str]
) -> None:
    assert spans(check_texts([text], ["T113"]), "T113") == flagged


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        # an initialism's stop ends no sentence: the forum is no subject wanting "the"
        ("Li Mei attended the Second China-U.S. Governors Forum held in Chengdu.", []),
        ("Wang Tao then spoke at the China-U.K. Trade Forum held in Xi'an.", []),
        # a real sentence start still is one
        (
            "Trade grew by 8 percent. Yangling Agricultural Expo opened on Friday.",
            ["Yangling Agricultural Expo"],
        ),
    ],
)
def test_e807_an_initialisms_stop_opens_no_sentence(text: str, flagged: list[str]) -> None:
    assert spans(check_texts([text], ["E807"]), "E807") == flagged


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        # a rare word derived with a suffix that is a word too is no pair of words
        ("Along the new road the traffic is barely hearable at night.", []),
        ("The delivery sites grew more reachable after the road opened.", []),
        # two words run together still are
        ("The board met whenwe arrived in Panjin.", ["whenwe"]),
    ],
)
def test_p320_a_word_with_a_suffix_is_not_split(text: str, flagged: list[str]) -> None:
    assert spans(check_texts([text], ["P320"]), "P320") == flagged


E814_BODY = "\n\nThe team toured the farms on Monday. It said the work must go on.\n"


@pytest.mark.parametrize(
    ("heading", "flagged"),
    [
        # 赴, 来到 word for word in a headline: the past tense of a visit
        ("Gao Yan Went to Tieling to Inspect Spring Sowing", [("Went to", "Goes to")]),
        ("County Leaders Went to Changtu to Inspect Dikes", [("Went to", "Go to")]),
        ("Experts Came to Kaiyuan for Seed Talks", [("Came to", "Come to")]),
        # the present tense, and a question, are left alone
        ("Gao Yan Goes to Tieling to Inspect Spring Sowing", []),
        ("Where the Seed Money Went to", []),
    ],
)
def test_e814_went_to_and_came_to_in_a_headline(
    heading: str, flagged: list[tuple[str, str]]
) -> None:
    found = check_texts([heading + E814_BODY], ["E814"])
    assert found.select("span", "suggestion").rows() == flagged


def test_e814_leaves_went_to_in_running_text() -> None:
    text = (
        "The team went to Tieling on Monday to inspect the farms, and it said the work goes on.\n"
    )
    assert spans(check_texts([text], ["E814"]), "E814") == []
