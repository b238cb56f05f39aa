"""Calques of the report genre read by E801 (`calque_slips`): the work in hand counted ("our
works") and 调度 rendered "dispatch"; E832 and a verb's "-ing" form, E839 and a bare photo
credit.

The sentences are written for these tests, in the register of city news pages.
"""

from __future__ import annotations

import pytest
from helpers import assert_flags, check_texts


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("We must make new progress in our works this year.", "our works"),
        ("The bureau should focus its works on the rural roads.", "its works"),
        ("The county will promote the implementation of all works.", "all works"),
    ],
)
def test_work_in_hand_counted(text: str, span: str) -> None:
    assert_flags("E801", text, span)


def test_suggests_the_work() -> None:
    found = check_texts(["The county will check all works in May."], ["E801"])
    assert found["suggestion"].to_list() == ["all the work"]


@pytest.mark.parametrize(
    "text",
    [
        "The painter showed our works of calligraphy to the guests.",
        "The museum lent its works to the city gallery in May.",
        "The association and its members donated all works by local writers.",
        "All works on display were made by villagers.",
        "The troupe staged its works in three cities.",
        "Construction of the bridge is complete and all works have passed inspection.",
        "Leaders Praise Our Works",
    ],
)
def test_works_that_are_made_things(text: str) -> None:
    assert_flags("E801", text, None)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("The mayor led a team to dispatch the work on the new hospital.", "dispatch the work"),
        (
            "The meeting studied and dispatched the county's economic operation.",
            "dispatched the county's economic operation",
        ),
        ("Officials attended the dispatching work on key projects.", "dispatching work"),
        ("The district held a dispatch meeting on flood control.", "dispatch meeting"),
    ],
)
def test_dispatch_for_a_progress_review(text: str, span: str) -> None:
    assert_flags("E801", text, span)


@pytest.mark.parametrize(
    "text",
    [
        "The bureau dispatched work teams to the flooded villages.",
        "The city dispatched 200 doctors to the county.",
        "The power dispatching work went smoothly during the festival.",
        "The emergency dispatch meeting was held at night.",
        "Rescuers were dispatched to the site at once.",
        "The Dispatch Meeting of the zone was held on Monday.",
    ],
)
def test_dispatch_that_sends(text: str) -> None:
    assert_flags("E801", text, None)


@pytest.mark.parametrize(
    "text",
    [
        "The mayor called for a business climate enabling prosperity for all.",
        "The city built a platform sharing information with the counties.",
        "The county set up a fund supporting agriculture in the hills.",
    ],
)
def test_mass_noun_as_the_object_of_an_ing_verb(text: str) -> None:
    assert_flags("E832", text, None)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("The county has built a thriving agriculture.", "a thriving agriculture"),
        ("The two cities have made a steady progress.", "a steady progress"),
    ],
)
def test_mass_noun_after_a_describing_word(text: str, span: str) -> None:
    assert_flags("E832", text, span)


def test_caption_with_a_bare_photo_credit_keeps_its_present() -> None:
    text = (
        "On May 9, the third Linyi Trade Fair was held in Linyi. Wang Hua attended it.\n\n"
        "On May 9, the third Linyi Trade Fair is held in Linyi. Wang Hua attends the "
        "opening. Photo/Li Na\n\n"
        "More than 300 firms took part in the fair."
    )
    assert_flags("E839", text, None)


def test_present_without_a_credit_is_still_flagged() -> None:
    text = (
        "On May 9, the third Linyi Trade Fair was held in Linyi. Wang Hua attended it.\n\n"
        "On May 10, the Linyi Tea Forum is held in Linyi. Wang Hua attends the opening.\n\n"
        "More than 300 firms took part in the fair."
    )
    assert_flags("E839", text, "is held")
