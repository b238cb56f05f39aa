"""A foreign news agency's copy keeps its house names for the Party (T101, session 30).

AFP, Reuters, AP and Bloomberg write "the Chinese Communist Party" and "the CCP": on a page
that carries the agency's dateline, byline or credit that is the outlet's style; on any other
page it is a rendering to avoid. The sentences are written for these tests.
"""

from __future__ import annotations

import pytest
from helpers import assert_flags


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # A Chinese outlet's page quoting an agency's report carries no mark of the agency.
        (
            "The Chinese Communist Party will hold its plenary session in October, according to "
            "a Reuters report.",
            "Chinese Communist Party",
        ),
        ("Delegates of the CCP met in Harbin on Monday to study the report.", "CCP"),
        # A garbled name is reported on an agency's page too.
        (
            "BEIJING (AFP) - Delegates of the Communist Party of Chinese met in Beijing.",
            "Communist Party of Chinese",
        ),
    ],
)
def test_the_partys_foreign_names_are_flagged_off_agency_copy(text: str, span: str) -> None:
    assert_flags("T101", text, span)


@pytest.mark.parametrize(
    "text",
    [
        "BEIJING (AFP) - The Chinese Communist Party unveiled its new leadership on Sunday.",
        "By AFP\n\nXi Jinping led the new lineup of the CCP onto the stage, AFP journalists said.",
        "SHANGHAI, May 3 (Reuters) - Officials of the CCP toured the port on Friday.",
        "The Chinese Communist Party named a new Politburo on Sunday.\n\nPhoto: AFP",
    ],
)
def test_an_agencys_own_copy_keeps_its_names_for_the_party(text: str) -> None:
    assert_flags("T101", text, None)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # An agency's byline or credit marks its copy for N207 too: its lower case is house style.
        (
            "By AFP\n\nOfficials in Beijing told all party members to study the plenum report, "
            "state media said.",
            None,
        ),
        # Without the agency's mark, a page about China in lower case throughout is reported.
        # ("state media said" is itself such a mark since session 35: no Chinese page says it
        # of itself.)
        (
            "Officials in Beijing told all party members to study the plenum report on Monday.",
            "party",
        ),
    ],
)
def test_an_agencys_byline_keeps_its_lower_case_party(text: str, span: str | None) -> None:
    assert_flags("N207", text, span)
