"""Professional English the blind set blind16 and the sweep sweep16 showed tifa calling wrong,
each beside the genuine finding of the same rule that must stay.

T103: Xinhua copy often writes the core formulation without "Comrade" ("the CPC Central
Committee with Xi Jinping at the core"); it is an accepted form, while his title in place of
"Comrade" still mixes two wordings (T101). T101: "a moderately prosperous society in an all-round
way" is how Xinhua wrote 全面建成小康社会 in 2017-2020 copy, so it is allowed; the 2002 "well-off
society in an all-round way" is still a form to avoid; "a modern socialist country in an
all-round way", Xinhua's 2020 wording, is allowed too. R603: a Chinese surname said twice at
the start of a sentence is a name ("Yang Yang reports."). T113: a copyright imprint is a
label, not prose. The texts are written for these tests
in the register of Chinese-government English news.
"""

from __future__ import annotations

import pytest
from helpers import check_texts, spans

FLAGGED: list[tuple[str, str, str]] = [
    (
        "T101",
        "The county pledged to build a well-off society in an all-round way by 2020.",
        "well-off society in an all-round way",
    ),
    (
        "T101",
        "Officials vowed to unite around the CPC Central Committee with General Secretary"
        " Xi Jinping as the core.",
        "CPC Central Committee with General Secretary Xi Jinping as the core",
    ),
]

FLAGGED += [
    ("R603", "The The city held a meeting on Monday.", "The"),
    (
        "T113",
        "The team met officials of Guangzhou Municipal Government on Monday.",
        "Guangzhou Municipal Government",
    ),
    (
        "T101",
        "The plan maps out how to build a modern socialist country in all aspects.",
        "modern socialist country in all aspects",
    ),
]

SILENT: list[tuple[str, str]] = [
    ("R603", "The craft took years to revive. Yang Yang reports."),
    (
        "T113",
        "Copyright © Foreign Affairs Office of Guangzhou Municipal Government. All rights"
        " reserved.",
    ),
    (
        "T101",
        "The proposals chart the course to build a modern socialist country in an all-round way.",
    ),
    (
        "T101",
        "The city vowed to finish building a moderately prosperous society in an all-round way"
        " by 2020.",
    ),
    (
        "T103",
        "Deputies pledged to rally closely around the CPC Central Committee with Xi Jinping at"
        " the core.",
    ),
    (
        "T103",
        "The plenary session called on all members to unite closely around the Party Central"
        " Committee with Xi Jinping at its core.",
    ),
]


@pytest.mark.parametrize(("code", "text", "span"), FLAGGED)
def test_flags_the_genuine_fault(code: str, text: str, span: str) -> None:
    assert span in [s.strip() for s in spans(check_texts([text], [code]), code)]


@pytest.mark.parametrize(("code", "text"), SILENT)
def test_leaves_professional_usage_alone(code: str, text: str) -> None:
    assert spans(check_texts([text], [code]), code) == []
