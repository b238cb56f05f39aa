"""False alarms of a blind evaluation (blind24), each beside the genuine finding of the same
rule that must stay.

T108: a people's congress or government described in lower case after "the", in a
document that writes it no other way and keeps "Party" capitalised, is how China Daily and
Xinhua refer to the body of a story's own place; the five-sphere integrated plan is written
in lower case by the 19th Party congress report. E817: "in county government" after a
career names a tier of government as a field of work. P337: an aside closed by a dash, and
a body named by "the" and capitals that says who reported the sentence. T113: "the Hong Kong
and Macao Affairs Office" is one body of two places. P320: a pinyin syllable and an English
noun glued in capitals before more capitalised words is a firm's name. Every text was
written for these tests in the register of Chinese-government English news.
"""

from __future__ import annotations

import pytest
from helpers import assert_flags

# (code, text, flagged span)
FLAGGED: list[tuple[str, str, str]] = [
    # a body in lower case where the document capitalises it elsewhere
    (
        "T108",
        "Deputies to the Provincial People's Congress met in Jinan. The session of the "
        "provincial people's congress will last five days.",
        "provincial people's congress",
    ),
    # ... or where it writes the Party's bodies in lower case too
    (
        "T108",
        "Li Ming, secretary of the provincial party committee and director of the standing "
        "committee of the provincial people's congress, met the delegation.",
        "director of the standing committee of the provincial people's congress",
    ),
    # ... or names it by its place, before or after it
    (
        "T108",
        "Deputies of the municipal people's congress of Guilin met on Monday.",
        "municipal people's congress",
    ),
    (
        "T108",
        "The report was approved by the Ruzhou municipal people's congress on Friday.",
        "Ruzhou municipal people's congress",
    ),
    (
        "E817",
        "The plan was submitted to municipal government for approval.",
        "municipal government",
    ),
    (
        "P337",
        "Li Hua, secretary of the Municipal Party Committee attended the meeting.",
        "secretary of the Municipal Party Committee attended",
    ),
    (
        "P337",
        "Exports rose by a fifth, Jinzhou Daily, a local newspaper reported on Friday.",
        "a local newspaper reported",
    ),
    (
        "T113",
        "The award went to the Hong Kong team and Dalian Municipal Bureau of Commerce.",
        "Dalian Municipal Bureau of Commerce",
    ),
    ("P320", "Mayor Gaowelcomed the guests from the port.", "Gaowelcomed"),
]

CLEAN: list[tuple[str, str]] = [
    (
        "T108",
        "Governor Li Ming delivered the government work report at the annual session of the "
        "provincial people's congress.",
    ),
    (
        "T108",
        "On behalf of the provincial people's government, the acting governor thanked the "
        "deputies of the Provincial Party Committee's delegation.",
    ),
    ("T108", "The city will implement the five-sphere integrated plan in full."),
    (
        "E817",
        "The President started his career as a Party chief in county government.",
    ),
    ("E817", "She has twenty years of experience in municipal government."),
    (
        "P337",
        "Two leaders -- Li Hua, secretary of the CPC Fujian Provincial Committee, and Wang "
        "Fang, governor of the province -- conducted a research tour in Zhangzhou.",
    ),
    ("P337", "He was reportedly writing the book, Rules of Safety, the CCDI reported Wednesday."),
    (
        "T113",
        "The delegation met officials of the Overseas Chinese Affairs Office of the State "
        "Council, the Hong Kong and Macao Affairs Office of the State Council and the Taiwan "
        "Affairs Office.",
    ),
    (
        "P320",
        "At the Internet hospital of Longmaster Information and Technology Company in "
        "Guiyang, the diplomats saw a remote consultation.",
    ),
]


@pytest.mark.parametrize(("code", "text", "span"), FLAGGED)
def test_genuine_finding_stays(code: str, text: str, span: str) -> None:
    assert_flags(code, text, span)


@pytest.mark.parametrize(("code", "text"), CLEAN)
def test_false_alarm_gone(code: str, text: str) -> None:
    assert_flags(code, text, None)
