"""Punctuation of session 25: P337 reads every noun of a person's office as a title,
and a later title joined by "as well as"; P340 reads a comma after "that" before the clause;
P350 reads a comma between a sentence's subject and its verb.

The sentences are written for these tests, in the register of city news pages.
"""

from __future__ import annotations

import pytest
from helpers import assert_flags, check_texts


@pytest.mark.parametrize(
    ("text", "span"),
    [
        (
            "Zhou Lin, a delegate to the provincial people's congress and director of the"
            " county hospital delivered a report on rural health care.",
            "a delegate to the provincial people's congress and director of the county"
            " hospital delivered",
        ),
        (
            "Wang Fang, spokesperson for the municipal bureau of commerce said the fair drew"
            " 300 exhibitors.",
            "spokesperson for the municipal bureau of commerce said",
        ),
        (
            "Li Hua, a professor at Dalian University of Technology gave a lecture on"
            " green shipping.",
            "a professor at Dalian University of Technology gave",
        ),
        (
            "Sun Tao, general manager of the port group briefed the delegation on new routes.",
            "general manager of the port group briefed",
        ),
        (
            "Chen Jun, member of the county standing committee, as well as secretary of the"
            " county commission for discipline inspection attended the meeting.",
            "member of the county standing committee, as well as secretary of the county"
            " commission for discipline inspection attended",
        ),
    ],
)
def test_p337_reads_every_office_noun_as_a_title(text: str, span: str) -> None:
    assert_flags("P337", text, span)


@pytest.mark.parametrize(
    "text",
    [
        # closed before the verb
        "Wang Fang, spokesperson for the municipal bureau of commerce, said the fair grew.",
        "Li Hua, a professor at the university, gave a lecture on green shipping.",
        # a relative clause inside the aside: the verb is the clause's own
        "Zhou Lin, a delegate who represents the county, attended the session.",
        # a list of people, the next one named after the comma
        "Sun Tao, general manager of the port group, and expert Zhou Lin attended.",
        # plural nouns name no one person's title
        "Li Hua, officials of the district and experts from Shenyang attended the forum.",
    ],
)
def test_p337_leaves_a_closed_title_and_a_list_alone(text: str) -> None:
    assert_flags("P337", text, None)


@pytest.mark.parametrize(
    "text",
    [
        "The meeting noted that, Wang Lin's report on the port set out the tasks for 2024.",
        "Zhou Bin pointed out that, the district and the county have both drawn up plans.",
        "It was stressed that, all departments must put the new rules into practice.",
        "The mayor said that, we will open three new clinics next year.",
    ],
)
def test_p340_reads_a_comma_after_that(text: str) -> None:
    found = check_texts([text], ["P340"])
    assert found["span"].to_list() == ["that,"]
    assert found["suggestion"].to_list() == ["that"]


@pytest.mark.parametrize(
    "text",
    [
        # an aside after "that", closed by its own comma
        "It was noted that, since the beginning of this year, the city has built 12 schools.",
        "He stressed that, in the second half of the year, the port must grow faster.",
        "She said that, as the economy recovers, demand for housing will grow.",
        "The meeting pointed out that, this year, the city will build three parks.",
        "He noted that, first, the plan must be put into practice.",
        "He noted that, overall, exports grew by 8 percent.",
        "The bureau said that, compared with last year, output rose by 5 percent.",
        # no comma after "that"
        "The mayor said that the city will open three new clinics next year.",
    ],
)
def test_p340_leaves_an_aside_after_that_alone(text: str) -> None:
    assert check_texts([text], ["P340"]).is_empty()


@pytest.mark.parametrize(
    "text",
    [
        "The second plenary session of the county committee, was held on Monday.",
        "A delegation of entrepreneurs from the Republic of Korea (ROK), was received at the port.",
        "The new terminal of Jinzhou Bay Airport, has been put into use.",
        "The county's first cold-chain logistics centre, was opened in May.",
        "Municipal leaders Zhou Lin, Wang Fang and Li Hua, attended.",
        "Zhou Lin, Wang Fang, and Li Hua, were present at the ceremony.",
    ],
)
def test_p350_reads_a_comma_between_subject_and_verb(text: str) -> None:
    found = check_texts([text], ["P350"])
    assert found["span"].to_list() == [","]


@pytest.mark.parametrize(
    "text",
    [
        # a fronted phrase or clause, closed by its comma
        "In the first half of the year, was held a series of fairs.",
        "Last year, 120 projects were signed.",
        "Of the 30 projects, 12 were signed on Monday.",
        "When the plan was drawn up, it was praised by experts.",
        # a subject holding a clause: the comma may close it
        "The plan that the city drew up, has been praised.",
        # a passive with its agent: an aside may have lost its opening comma
        "The forum, which opened on Monday, was chaired by Li Hua.",
        # the list of names is an aside opened by a comma, and closed
        "Municipal leaders, Zhou Lin, Wang Fang and Li Hua, attended.",
        "Several officials, including Zhou Lin and Li Hua, attended.",
        # no comma before the verb
        "The second plenary session of the county committee was held on Monday.",
        "Municipal leaders Zhou Lin, Wang Fang and Li Hua attended.",
    ],
)
def test_p350_leaves_a_fronted_phrase_and_a_closed_aside_alone(text: str) -> None:
    assert check_texts([text], ["P350"]).is_empty()
