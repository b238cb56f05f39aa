"""Near misses and truncations: what counts as almost a rendering, and what does not."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import document, glossary_from

from tifa.corpus.read import build_corpus
from tifa.glossary.fuzzy import NearMatcher
from tifa.glossary.match import EnglishMatcher

CSV = """zh,en,allowed,avoid,kind
一网统管,one-network unified management,,,slogan
党史学习教育,Party history learning and education,,,slogan
形式主义、官僚主义,formalism and bureaucratism,,,slogan
高质量发展,high-quality development,,,slogan
一个项目,"one project, one leader, one team",,,slogan
市委书记,secretary of the Municipal Party Committee,,,title
市委常委会,Standing Committee of the Municipal Party Committee,,,body
市委副书记,deputy secretary of the Municipal Party Committee,,,title
党的十八大,18th National Congress of the Communist Party of China,18th CPC National Congress,,body
十四五规划,14th Five-Year Plan,,,document
省人大常委会,Standing Committee of the Provincial People's Congress,,,body
区委书记,district Party secretary,,,title
市政协,Municipal Committee of the CPPCC,,,body
大连,Dalian,,,place
金普新区,Jinpu New Area,,,place
大连片区,Dalian Area of China (Liaoning) Pilot Free Trade Zone,,,place
以人民为中心的发展思想,people-centered development philosophy,,,slogan
双循环,dual circulation development pattern,,,slogan
广西壮族自治区,Guangxi Zhuang Autonomous Region,,,place
"""


def near(tmp_path: Path, text: str) -> list[tuple[str, str]]:
    g = glossary_from(tmp_path, CSV)
    segments = build_corpus([document(text)]).segments
    hits = EnglishMatcher(g).match(segments)
    return [
        (k, t) for k, t in NearMatcher(g).match(segments, hits).select("kind", "text").iter_rows()
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "into the one network and unified management of the city",
            "one network and unified management",
        ),  # added
        (
            "carrying out party history study and education",
            "party history study and education",
        ),  # changed
        ("refrain from formalism and bureaucracy", "formalism and bureaucracy"),  # derived word
        ("one project one leader, one team", "one project one leader, one team"),  # missing comma
        ("one projects, one leader, one team", "one projects, one leader, one team"),  # number
    ],
)
def test_near_misses(tmp_path: Path, text: str, expected: str) -> None:
    assert near(tmp_path, text) == [("near", expected)]


def test_truncated_title(tmp_path: Path) -> None:
    found = near(
        tmp_path, "Tan Zuojun, secretary of the Municipal Party presided over the meeting."
    )
    assert found == [("truncated", "secretary of the Municipal Party")]


@pytest.mark.parametrize(
    "text",
    [
        "promote high-quality projects and high-quality services",  # last word changed: another phrase
        "the Standing Committee of the Municipal Party Committee met",  # inside another term's rendering
        "one-network unified management works",  # exact
        "secretary of the Municipal Party Committee",  # exact title, not truncated
    ],
)
def test_not_near_misses(tmp_path: Path, text: str) -> None:
    assert near(tmp_path, text) == []


@pytest.mark.parametrize(
    "text",
    [
        # Ordinals and numbers name another congress or plan.
        "delegates to the 19th National Congress of the Communist Party of China met",
        "since the 19th CPC National Congress, the city has grown",
        "the targets of the 13th Five-Year Plan were met",
        # A level word names another body.
        "Li Wei, deputy secretary of the provincial party committee, spoke",
        "Li Wei, deputy secretary of the Provincial Party Committee, spoke",
        "the Standing Committee of the District Party Committee met",
        # An added place name makes the rendering more precise, not wrong.
        "Li Wei, secretary of Dalian Municipal Party Committee, spoke",
        "the Standing Committee of the Hebei Provincial People's Congress voted",
        # A different head noun: a whole body, not a cut-short title or body.
        "the Lushunkou District Party Committee held a meeting",
        "the Dalian Municipal Committee of the Communist Party of China decided",
        # An article English grammar adds is no near miss (a dropped one still is).
        "the Dalian Area of the China (Liaoning) Pilot Free Trade Zone opened",
        # Another noun before the head names another formulation.
        "the two sides follow a people-centered cooperation philosophy",
        # The region's adjective before a body's head: the region's Party committee.
        "held by the CPC Guangxi Zhuang Autonomous Regional Committee in Shenzhen",
        # Inside a web address or a hyphenated compound.
        "see www.dalian.gov.cn/municipal-committee-of-cppcc/ for the notice",
    ],
)
def test_words_that_tell_entities_apart(tmp_path: Path, text: str) -> None:
    assert near(tmp_path, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The same entity with a slip still counts.
        (
            "Li Wei, deputy secretary of the Municipal Party Comittee, spoke",
            ("near", "deputy secretary of the Municipal Party Comittee"),
        ),
        (
            "Tan Zuojun, secretary of the Municipal Party, presided over the meeting.",
            ("truncated", "secretary of the Municipal Party"),
        ),
        (
            "the chairman of the Municipal Committee of CPPCC spoke",
            ("near", "Municipal Committee of CPPCC"),
        ),
        ("firms in Jin Pu New Area grew", ("near", "Jin Pu New Area")),  # one word split
        # A misspelt modifier, or an adjective in the noun's place, is a garbled slogan.
        (
            "the people-centered developement philosophy guides us",
            ("near", "people-centered developement philosophy"),
        ),
        (
            "build a dual circulation economic pattern",
            ("near", "dual circulation economic pattern"),
        ),
        # The adjective with nothing after it: a slip in the region's name.
        (
            "investors from Guangxi Zhuang Autonomous Regional came",
            ("near", "Guangxi Zhuang Autonomous Regional"),
        ),
    ],
)
def test_slips_are_still_near_misses(tmp_path: Path, text: str, expected: tuple[str, str]) -> None:
    assert near(tmp_path, text) == [expected]
