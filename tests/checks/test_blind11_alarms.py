"""False alarms a blind set of real pages showed, each in text we wrote, with the rule's
genuine case beside it so the test fails if the rule stops firing altogether."""

from __future__ import annotations

from helpers import check_texts


def test_e801_leaves_a_headline_passive_of_urge_alone() -> None:
    # A headline drops "is": "Jinzhou urged to …" means the city was urged.
    found = check_texts(
        ["Jinzhou urged to speed up port upgrades", "At the meeting, Zhou urged to act fast."],
        ["E801"],
    )
    assert found.select("doc", "span").rows() == [(1, "urged to")]


def test_e801_leaves_a_time_phrase_after_emphasized_alone() -> None:
    found = check_texts(
        [
            "The mayor emphasized on Monday the need to protect farmland.",
            "The mayor emphasized on the need to protect farmland.",
        ],
        ["E801"],
    )
    assert found.select("doc", "span").rows() == [(1, "emphasized on")]


def test_r604_leaves_a_dateline_agency_and_reporter_alone() -> None:
    found = check_texts(
        [
            "DALIAN (Xinhua/Li Ming): The city opened a new container terminal on Friday.",
            "Cranes load ships at the new terminal on Friday. (Xinhua/Li Ming)",
        ],
        ["R604"],
    )
    assert found.select("doc", "span").rows() == [(1, " (Xinhua/Li Ming)")]


def test_t101_leaves_a_plural_head_shared_by_short_names_alone() -> None:
    found = check_texts(
        [
            "Aid teams went to the Tibet, Xinjiang and Ningxia autonomous regions in May.",
            "Aid teams went to the Ningxia Autonomous Region in May.",
        ],
        ["T101"],
    )
    assert found.select("doc", "span").rows() == [(1, "Ningxia Autonomous Region")]


def test_p320_leaves_an_adverb_of_a_known_adjective_alone() -> None:
    found = check_texts(
        [
            "The county will inconstantly expand its rural economy.",
            "The county will expand its rural economy inthe coming years.",
        ],
        ["P320"],
    )
    assert found.select("doc", "span").rows() == [(1, "inthe")]
