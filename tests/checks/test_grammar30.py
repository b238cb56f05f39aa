"""Grammar and calques (session 30): a modal before a past form or "be" and a bare verb, a
noun for its adjective before a noun ("environment governance"), and a preposition after a
verb that takes its object directly ("visited to", "stressed on"), all E801.

The sentences are written for these tests, in the register of city news pages.
"""

from __future__ import annotations

import pytest
from helpers import assert_flags


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("The county should made clear the tasks of each township.", "should made"),
        ("The port will be become a hub of trade in the region.", "will be become"),
        ("All departments must also took the lead in saving energy.", "must also took"),
        ("The district can further promoted the reform of its markets.", "can further promoted"),
        ("The city may not held the fair this year.", "may not held"),
    ],
)
def test_a_modal_before_a_past_form_is_flagged(text: str, span: str) -> None:
    assert_flags("E801", text, span)


@pytest.mark.parametrize(
    "text",
    [
        # The bare verb, a perfect, a passive, an adjective after "be".
        "The county should make clear the tasks of each township.",
        "The county should have made clear the tasks of each township.",
        "The plan will be implemented in three stages.",
        "The new bridge will be open to traffic in May.",
        "The firms will need more land, and the work will proceed in June.",
        # The nouns "will", "can" and "might".
        "The strong political will made the reform possible.",
        "The people's will carried the day.",
        "A tin can rolled across the square.",
        "The county's military might waned after the war.",
        # A month.
        "The plant opened in May and began making parts in June.",
    ],
)
def test_a_modal_with_its_bare_verb_or_a_noun_is_left(text: str) -> None:
    assert_flags("E801", text, None)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        (
            "The forum discussed green growth and environment governance in the river basin.",
            "environment governance",
        ),
        ("The town protects its historic and culture heritage.", "culture heritage"),
        (
            "Tradition revolutionary education will be stepped up in schools.",
            "Tradition revolutionary",
        ),
        ("The county is known for its tradition culture and fine tea.", "tradition culture"),
        ("The valley has good ecology environment and clean air.", "ecology environment"),
        ("They pledged to advance ecology civilization in the county.", "ecology civilization"),
    ],
)
def test_a_noun_for_its_adjective_is_flagged(text: str, span: str) -> None:
    assert_flags("E801", text, span)


@pytest.mark.parametrize(
    "text",
    [
        "The forum discussed green growth and environmental governance in the basin.",
        # 生态环境 named whole, two nouns joined, a name in capitals.
        "The bureau leads ecological environment governance in the province.",
        "The plan covers resources and environment governance.",
        "Members of the Culture Heritage Society met in the old town.",
        "The town protects its cultural heritage and its culture.",
        "It is a tradition that villagers keep alive.",
    ],
)
def test_an_adjective_or_a_name_is_left(text: str) -> None:
    assert_flags("E801", text, None)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("The delegation also visited to Xiamen Free Trade Zone.", "visited to"),
        ("The team then visited to the new container terminal.", "visited to"),
        ("She stressed on strictly carrying out the rules on safety.", "stressed on"),
        ("He stressed on the need to protect farmland.", "stressed on"),
    ],
)
def test_a_stray_preposition_is_flagged(text: str, span: str) -> None:
    assert_flags("E801", text, span)


@pytest.mark.parametrize(
    "text",
    [
        "Thousands visited to see the lantern show.",
        "The team visited the new container terminal.",
        "He stressed on Tuesday that the rules must be followed.",
        "He stressed on the occasion that the rules must be followed.",
        "Nurses stressed on the job were given more leave.",
        "He stressed the need to protect farmland.",
    ],
)
def test_a_purpose_a_time_or_the_direct_object_is_left(text: str) -> None:
    assert_flags("E801", text, None)


_BODY = "\n\nOn May 9, the county held a training session for 200 village officials.\n"


@pytest.mark.parametrize(
    ("heading", "span"),
    [
        # A heading with its stop, or ending with a closing quote, in title case.
        ("The County Government Held the 5th Executive Meeting on the 9th.", "Held"),
        ("Xinmin Held the Training Session on “Three Services”", "Held"),
        # Two past verbs joined.
        ("City Leaders Visited and Consoled Retired Veterans", "Visited"),
    ],
)
def test_a_past_tense_heading_in_title_case_is_flagged(heading: str, span: str) -> None:
    assert_flags("E814", "Notice\n\n" + heading + _BODY, span)


@pytest.mark.parametrize(
    "heading",
    [
        # A sentence in lower case, a title quoted in a sentence, a passive pair.
        "The county held the training session on “Three Services”",
        "The mayor said: “Xinmin Held the Line.”",
        "Was the Training Session Held Too Late?",
        "Training Session Held and Attended by Village Officials",
    ],
)
def test_a_sentence_a_quoted_title_or_a_passive_is_left(heading: str) -> None:
    assert_flags("E814", "Notice\n\n" + heading + _BODY, None)


_PAST_ELSEWHERE = " The mayor attended the ceremony and delivered a speech.\n"


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("On June 14, Ruili holds the signing ceremony of six trade projects.", "holds"),
        (
            "On Apr. 9th, Li Qiang, the county's Party secretary summarizes the work of the "
            "first quarter; the results would guide the next stage.",
            "summarizes",
        ),
        ("  On October 3, Yiwu hosts the opening of the new logistics park.", "hosts"),
    ],
)
def test_a_dated_event_in_the_present_is_flagged(text: str, span: str) -> None:
    assert_flags("E839", "Notice\n\n" + text + _PAST_ELSEWHERE, span)


@pytest.mark.parametrize(
    "text",
    [
        # A clause of the subject's own, what recurs, what is to come, the past.
        "On June 14, Ruili, which hosts the fair every year, signed six trade deals.",
        "On June 14, Ruili holds its lantern fair every year.",
        "On June 14, Ruili holds the signing ceremony, and it will be broadcast live.",
        "On June 14, Ruili held the signing ceremony of six trade projects.",
    ],
)
def test_a_clause_a_recurring_event_or_the_past_is_left(text: str) -> None:
    assert_flags("E839", "Notice\n\n" + text + _PAST_ELSEWHERE, None)


def test_a_page_told_in_the_present_is_left() -> None:
    text = "Notice\n\nOn June 14, Ruili holds the signing ceremony. Guests attend it.\n"
    assert_flags("E839", text, None)
