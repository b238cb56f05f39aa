"""Punctuation widenings of session 35: a quotation's full stop before its attribution when
a space stands inside the closing mark or the speaker is named before the verb (P349).

The sentences are written for these tests, in the register of city news pages.
"""

from __future__ import annotations

import pytest
from helpers import assert_flags


@pytest.mark.parametrize(
    "text",
    [
        # A stray space between the stop and the closing mark.
        "Tourists keep coming. “Our homestays are full every weekend. ” said Wang Fang, a host.",
        'The port is busy. "Exports rose again this year. " said the director of the port.',
        # The speaker named before the verb, the attribution ending there.
        "He praised the plan. “The two cities will open a new air route.” Chen Gang added.",
        'Trade grew fast. "We will build three more warehouses." Mayor Zhou Lin said.',
        "Firms are hiring. “More young people are coming back.” Liu Ying said, adding that "
        "wages had risen.",
        "Villagers welcomed the road. “It saves us an hour a day.” He said.",
    ],
)
def test_a_stop_before_a_named_or_spaced_attribution_is_flagged(text: str) -> None:
    assert_flags("P349", text, ".")


@pytest.mark.parametrize(
    "text",
    [
        # A sentence of its own after the quotation.
        "He praised the plan. “The two cities will open a new air route.” Chen Gang said the "
        "route would start in May.",
        # A comma that brings in the next quotation.
        'Trade grew fast. "We will build three more warehouses." Zhou Lin added, "And a rail '
        'yard."',
        # A capitalised sentence that names no verb of saying.
        "Villagers welcomed the road. “It saves us an hour a day.” The county built it in 2021.",
        # The comma already in place.
        "Tourists keep coming. “Our homestays are full every weekend,” said Wang Fang.",
    ],
)
def test_a_new_sentence_or_a_comma_after_the_quotation_is_left(text: str) -> None:
    assert_flags("P349", text, None)
