"""False alarms of the round-25 holdout set, each turned into a text of our own: an initial's
full stop read as a sentence's end (P350), the "yu" spelling of ü in a place name read as a
slip (N203), and an honorific before officials, which is a page's house style as often as a
slip and so a note, not a warning (E838).

The sentences are written for these tests, in the register of city news pages.
"""

from __future__ import annotations

from helpers import assert_flags, check_texts


def test_p350_reads_on_past_an_initials_full_stop() -> None:
    # "K.L. Partners" goes on the sentence: the subject holds the aside the comma closes
    text = (
        "The investment forum, co-hosted by K.L. Partners and Dalian Chamber of Commerce,"
        " was held on Monday."
    )
    assert_flags("P350", text, None)


def test_p350_still_reads_a_sentence_after_a_word_ending_a_sentence() -> None:
    text = "The port grew fast. The second plenary session of the county committee, was held."
    assert_flags("P350", text, ",")


def test_n203_leaves_the_yu_spelling_of_u_umlaut_alone() -> None:
    text = "Lyuliang is a city in Shanxi. Officials from Lyuliang visited the fair in Taiyuan."
    assert_flags("N203", text, None)


def test_n203_still_reads_a_place_one_letter_off() -> None:
    text = "Officials from Lulaing visited the fair in Taiyuan."
    found = check_texts([text], ["N203"])
    assert found["span"].to_list() == ["Lulaing"]


def test_e838_is_a_note() -> None:
    text = "On May 12, Mr. Chen Hua, mayor of the city, inspected the new port area."
    found = check_texts([text], ["E838"])
    assert found["severity"].to_list() == ["info"]


def test_t111_reads_a_vice_secretary_of_a_committee_after_a_name() -> None:
    text = "Zhou Bin, vice secretary of the work committee of the zone, met the investors."
    assert_flags("T111", text, "vice secretary")


def test_t111_leaves_an_association_s_vice_secretary_after_a_name_alone() -> None:
    assert_flags("T111", "Li Wei, vice secretary of the trade association, spoke.", None)
