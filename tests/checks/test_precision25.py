"""False alarms found on fresh professional and local-government pages (session 25): each
shape in text written for the test, with the catch the rule must keep beside it."""

from __future__ import annotations

from helpers import assert_flags


def test_a_closing_quote_after_an_abbreviation_is_no_possessive() -> None:
    # the full stop of "No." inside the quoted title ends no sentence: the quote is open
    assert_flags("P339", "Guilin Issues ‘Order No. 3 on Lake Chief’ to Guard Its Waters", None)
    assert_flags("P339", "The city adopted the ‘Rule No. 2 for Park Keeper’ this week.", None)
    # a sentence that ended before the word leaves no quote open: the lost s is still found
    assert_flags("P339", "He praised the ‘green’ plan. The Dalian’ port grew fast.", "Dalian’")


def test_two_bare_levels_ending_a_range_take_no_article() -> None:
    # a from-to pair of bare levels, as "from door to door"
    assert_flags("E820", "Lake chiefs were named from county level to village level.", None)
    assert_flags("E820", "Funds flow from city level to township level, he said.", None)
    # one end with "the": the bare one is still found, and a lone level as before
    assert_flags(
        "E820", "Funds flow from the city level to township level, he said.", "township level"
    )
    assert_flags("E820", "Cases are now settled at township level, he said.", "township level")


def test_zones_for_two_purposes_are_two_bodies() -> None:
    # two "for" phrases that differ name two zones, not one zone two ways
    text = (
        "The county set up a Demonstration Zone for Common Prosperity in May.\n\n"
        "It also named a demonstration area for green farming in the hills."
    )
    assert_flags("N206", text, None)
    # the same purpose, or none: one zone written two ways
    same = (
        "The county set up a Demonstration Zone for Common Prosperity in May.\n\n"
        "Firms in the demonstration area for common prosperity grew fast."
    )
    assert_flags("N206", same, "demonstration area")
    bare = "The Jinzhou Demonstration Zone opened in May. Firms in the demonstration area grew."
    assert_flags("N206", bare, "demonstration area")


def test_a_district_after_a_zone_name_is_the_level_of_what_follows() -> None:
    # "New Area District Party Committee": the district level of a committee, no new name
    text = (
        "Wang, secretary of the Jinshan New Area District Party Committee, spoke first.\n\n"
        "The new area has a strong industrial base, he said."
    )
    assert_flags("N206", text, None)
    # a zone named as a zone and as an area is still one body written two ways
    two = "The Jinshan Development Zone opened in May. Firms in the development area grew."
    assert_flags("N206", two, "development area")


def test_an_agent_noun_of_a_common_verb_is_no_slip() -> None:
    # "reviser" is "revise" with -r, a word of its own however rare, not a slip of "revised"
    assert_flags("E802", "Li Ming, an assistant reviser of the press office, spoke.", None)
    assert_flags("E802", "The two revisers checked every page of the report.", None)
    # a slip that is no such noun is still found
    assert_flags("E802", "The county will strenghten its public services.", "strenghten")
