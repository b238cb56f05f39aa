"""Term rules on a small glossary of our own: what they must flag and what they must leave be.

Each case is a pattern seen on real pages tifa was not built from, written afresh in the
register of Chinese-government English news.
"""

from __future__ import annotations

from pathlib import Path

import polars as pl
import pytest
from helpers import check_texts, glossary_from, spans

from tifa.glossary import Glossary

CSV = """zh,en,allowed,avoid,kind
中国共产党,Communist Party of China,CPC,CCP,body
党中央,CPC Central Committee,Party Central Committee,,body
一网统管,one-network unified management,integrated online administration,,slogan
市政府督查室,Municipal Government Supervision Office,,,body
市政府,municipal government,,,body
市委,Municipal Party Committee,,,body
省委,Provincial Party Committee,,,body
市委书记,secretary of the Municipal Party Committee,,,title
总书记,General Secretary,,,title
一带一路,Belt and Road Initiative,Belt and Road,,slogan
十四五规划,14th Five-Year Plan,,,document
全国人大,National People's Congress,NPC,,body
习近平,Xi Jinping,,,person
谭作钧,Tan Zuojun,,,person
陈求发,Chen Qiufa,,,person
张国清,Zhang Guoqing,,,person
大连,Dalian,,,place
辽宁,Liaoning,,,place
"""


@pytest.fixture
def glossary(tmp_path: Path) -> Glossary:
    return glossary_from(tmp_path, CSV)


def found(glossary: Glossary, text: str | list[str], *codes: str) -> pl.DataFrame:
    return check_texts([text] if isinstance(text, str) else text, list(codes), glossary)


# --- T104 ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # An allowed rendering next to the approved one: both official.
        "The CPC Central Committee issued the plan. The Party Central Committee approved it.",
        # A full name with its acronym in brackets stands for the acronym.
        "The Communist Party of China (CPC) Central Committee met. The CPC Central Committee "
        "then issued a notice.",
        "The city runs one-network unified management and integrated online administration.",
    ],
)
def test_t104_leaves_accepted_renderings_alone(glossary: Glossary, text: str) -> None:
    assert spans(found(glossary, text, "T104")) == []


def test_t104_reports_a_near_rendering_beside_the_approved_one(glossary: Glossary) -> None:
    text = "Deepen one-network unified management. Improve one network and unified management."
    assert spans(found(glossary, text, "T104")) == ["one network and unified management"]


def test_t104_breaks_ties_by_first_occurrence(glossary: Glossary) -> None:
    # Two renderings the glossary does not accept, once each: the earlier is the reference.
    a = "Municipal Government Inspection Office"
    b = "Municipal Government Supervising Office"
    for first, second in ((a, b), (b, a)):
        text = f"Reports went to the {first}. Then the {second} replied."
        assert spans(found(glossary, text, "T104")) == [second]


def test_t103_and_t104_on_one_span_are_one_finding(glossary: Glossary) -> None:
    text = "Deepen one-network unified management. Improve one network and unified management."
    both = found(glossary, text, "T103", "T104")
    assert both.select("code", "span").rows() == [("T103", "one network and unified management")]
    assert "almost the approved" in both["message"][0]
    assert "T104 inconsistent-rendering" in both["message"][0]
