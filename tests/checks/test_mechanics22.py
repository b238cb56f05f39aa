"""Capitals and spacing read by their shape (session 22).

N207: "party" meaning the CPC in "the party Central Committee", "the history of the party",
"party-member cadres", "party members and cadres", "party organs" and "party fees". N204: a
body capitalised inside a post's full title ("Mayor of the Municipal Government") beside the
generic "the municipal government". P338: a capitalised word opening a clause of running
prose after a semicolon. T112: an ordinal's suffix split from its figure. P305: a stop glued
to the quotation that opens the next sentence, two quotations glued. P335: two hyphens for a
dash. N224: small words capitalised in a Title Case headline. Every text was written for these tests in the register of Chinese-government English
news.
"""

from __future__ import annotations

import pytest
from helpers import assert_flags

_CPC = "The Communist Party of China was founded in 1921. "

# (code, text, flagged span)
FLAGGED: list[tuple[str, str, str]] = [
    ("N207", _CPC + "Since then the party Central Committee has led the work.", "party"),
    (
        "N207",
        _CPC + "It was the first such meeting in the history of the party and of the city.",
        "party",
    ),
    ("N207", _CPC + "Grassroots party-member cadres met the villagers.", "party"),
    ("N207", _CPC + "All party members and cadres in the county studied it.", "party"),
    (
        "N207",
        "The CPC county committee sent inspectors to the state and party organs of the county.",
        "party",
    ),
    (
        "N204",
        "The municipal government held a meeting. The Municipal Government will act on the "
        "plan, and the municipal government will report back.",
        "Municipal Government",
    ),
    (
        "P338",
        "The meeting studied the port plan; Hearing the report on flood control work.",
        "Hearing",
    ),
    (
        "P338",
        "The meeting deployed work safety, etc.;  Consider the adoption of the measures.",
        "Consider",
    ),
    ("T112", "The city marked the 100 th anniversary of the school.", " th"),
    ("T112", "It is a port for the 21 st century.", " st"),
    ("P305", 'The members were elected recently."The council will serve the city.', "."),
    ("P305", "“The port is open.”“The city is ready,” he said.", "”"),
    ("P335", "Wang Lin, Li Hua and Zhao Qiang-- joined the review.", "--"),
    ("P335", "The director--a native of the city--spoke first.", "--"),
    (
        "N224",
        "Bringing A Green Port To The Coast In A Modern Way\n\nThe port opened on Monday.",
        "Bringing A Green Port To The Coast In A Modern Way",
    ),
]

# (code, text): nothing of that code may be flagged
CLEAN: list[tuple[str, str]] = [
    # another kind of party, or a party to a contract, in a document about the CPC
    (
        "N207",
        _CPC + "The history of the party's host was told at a dinner party, and the "
        "contracting party members signed.",
    ),
    ("N207", _CPC + "A third-party member of the panel checked the accounts."),
    # a foreign outlet that writes "party" in lower case throughout keeps its style
    ("N207", "Xi Jinping spoke to the party faithful, and all party organs were told."),
    # a body capitalised inside a post's full title, beside the generic "the municipal government"
    (
        "N204",
        "The municipal government held its executive meeting. Wang Lin, Mayor of the Municipal "
        "Government, chaired it. The municipal government will act, and the municipal "
        "government will report back.",
    ),
    # a list opened by a colon, names after a semicolon
    (
        "P338",
        "The tasks are clear: Improve the business environment; Build the new port area.",
    ),
    (
        "P338",
        "Exports rose in the first half; Dalian saw the fastest rise; Zhang said the trend "
        "would last; March saw a peak.",
    ),
    # a suffix that is not the figure's, a figure and a word
    ("T112", "The 3 th item and the 12 nd row were checked."),
    ("T112", "Gate 5 the main entrance was closed."),
    # a closing straight quote before the next sentence, a dotted abbreviation
    ("P305", '"We will win." The crowd cheered, and the U.S."Tour" began.'),
    # the wire's spaced dash after a dateline
    ("P335", "BEIJING, March 5 (Xinhua) -- The session opened on Tuesday."),
    # one small word in a name, a grade, small words in lower case, a sentence
    ("N224", "Mayor Visits The Hague for Talks on Port Links\n\nThe port opened on Monday."),
    ("N224", "New Grade A Offices Open In Harbour District\n\nThe port opened on Monday."),
    ("N224", "Mayor Meets the Delegation from the Port of Rotterdam\n\nThe talks went well."),
    ("N224", "Ships sail To The Hague and In A While return to the port every week."),
]

CASES = [(code, text, span) for code, text, span in FLAGGED] + [
    (code, text, None) for code, text in CLEAN
]


@pytest.mark.parametrize(("code", "text", "span"), CASES)
def test_flags_the_fault_and_nothing_else(code: str, text: str, span: str | None) -> None:
    """Each flagged text yields its span; each clean text yields nothing for `code`."""
    assert_flags(code, text, span)
