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
