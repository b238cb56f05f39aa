"""Term variants (session 26): 安全生产 in the Chinese word order ("safety production"),
基层 without its s ("grass-root units"), "vice secretary" joined to a second title of a
Party body or set after a name. Every sentence here was written for these tests, in the
register of a city's news pages.
"""

from __future__ import annotations

import pytest
from helpers import assert_flags


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("The county deployed safety production work before the holiday.", "safety production"),
        ("The district opened its Safety Production Month on Monday.", "Safety Production"),
        ("Firms must bear the main responsibility for safety production.", "safety production"),
    ],
)
def test_safety_production_is_the_chinese_word_order(text: str, span: str) -> None:
    assert_flags("T127", text, span)


@pytest.mark.parametrize(
    "text",
    [
        "The county inspected work safety in 40 mines before the holiday.",
        "The inspection of production safety in chemical plants ended in May.",
        "The plant stopped the safety production of vaccines for a week.",
    ],
)
def test_work_safety_and_production_safety_are_left_alone(text: str) -> None:
    assert_flags("T127", text, None)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("The district sent 40 officials to grass-root units this spring.", "grass-root"),
        ("The plan serves grassroot communities in three counties.", "grassroot"),
        ("The town improved grass root governance in its villages.", "grass root"),
        ("Officials must go down to the grass-root and listen to residents.", "grass-root"),
    ],
)
def test_grassroots_keeps_its_s(text: str, span: str) -> None:
    assert_flags("T132", text, span)


@pytest.mark.parametrize(
    "text",
    [
        "The district sent 40 officials to grassroots units this spring.",
        "Officials at the grass-roots level met residents at the grass roots.",
        "The grass-rooted campaign won wide support in the villages.",
        # a form the glossary lists under avoid: T101 reports it, with its own fix
        "The mayor heard the views of grass-root cadres from three towns.",
    ],
)
def test_grassroots_with_its_s_and_glossary_forms_are_left_alone(text: str) -> None:
    assert_flags("T132", text, None)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        (
            "Zhou Ming, secretary of the county committee, and Li Hong, vice secretary and "
            "director of the county committee, attended the meeting.",
            "vice secretary",
        ),
        ("Wang Tao, vice secretary, read out the notice.", "vice secretary"),
    ],
)
def test_vice_secretary_beside_a_party_title_or_a_name(text: str, span: str) -> None:
    assert_flags("T111", text, span)


@pytest.mark.parametrize(
    "text",
    [
        "Li Hong, vice secretary-general of the municipal government, attended.",
        "Mr. Smith, vice secretary of the rowing club, met the guests.",
        "The vice secretary and treasurer of the chamber of commerce spoke.",
    ],
)
def test_vice_secretary_general_and_foreign_names_are_left_alone(text: str) -> None:
    assert_flags("T111", text, None)
