"""False-alarm shapes found on fresh professional and local pages in session 28, each in text
written for the test, with the catch the rule must keep beside it (a span, or None for
silence)."""

from __future__ import annotations

import pytest
from helpers import assert_flags

CASES = [
    # two roads at a crossing, the first named bare: no single name to take "the"
    (
        "E807",
        "The new logistics hub stands at the intersection of Binhai Road and G15 Highway.",
        None,
    ),
    # a site named by place and kind still takes "the"
    ("E807", "The delegation went on to Xianyan Industrial Park.", "Xianyan Industrial Park"),
    # two events sharing a head noun, the second with its own "on"-phrase
    (
        "E801",
        "The county held the 3rd Rural Revitalization Forum and the Forum on Digital "
        "Villages on Monday.",
        None,
    ),
    # a noun joined to itself with nothing to tell the two apart is still a slip
    (
        "E801",
        "Both sides agreed to deepen close exchanges and exchanges with sister cities.",
        "exchanges and exchanges",
    ),
    # a document's title whose "on" is followed by "the", beside its lower-case back-reference
    (
        "E818",
        "The district will implement the Guidelines on the Reform and Development of "
        "Foreign Trade. Under the guidelines, firms will receive support.",
        None,
    ),
    # the common noun capitalised on its own is still reported
    (
        "E818",
        "The district issued new Guidelines this year. Under the guidelines, firms will "
        "receive support.",
        "Guidelines",
    ),
]


@pytest.mark.parametrize(("code", "text", "span"), CASES)
def test_precision28_shape(code: str, text: str, span: str | None) -> None:
    assert_flags(code, text, span)
