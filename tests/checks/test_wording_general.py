"""E801's general frames of translated news: a quantifier and "of" before a bare noun ("one of
famous cities", "Most of exports"), "included into", a frequency adverb after "been" ("has
been always"), "with no doubt", a bare verb after a preposition ("on jointly build") or after
"look forward to" and "on its way to", "today morning" (今天上午), a pronoun and a verb that do
not agree ("they has"), "a ban of", "hosted the meeting" after a title (主持: presided over),
"investigated in" a place (调研), "introduced at the event that" (介绍: said), "more than and
40", and more uncountable nouns made plural ("folklores",
"historic progresses").

The sentences are written for these tests, in the register of local-government news.
"""

from __future__ import annotations

import pytest
from helpers import check_texts


@pytest.mark.parametrize(
    ("text", "span", "suggestion"),
    [
        (
            "Linyi is one of famous old towns on the canal.",
            "one of famous",
            "one of the famous",
        ),
        (
            "The park is one of key projects of the county this year.",
            "one of key",
            "one of the key",
        ),
        (
            "Each of villages sent two deputies to the session.",
            "Each of villages",
            "Each of the villages",
        ),
        (
            "Most of exports from the port go to ASEAN markets.",
            "Most of exports",
            "Most of the exports",
        ),
        (
            "Some of enterprises have moved to the new zone.",
            "Some of enterprises",
            "Some of the enterprises",
        ),
        (
            "The bridge was included into the provincial plan for 2025.",
            "included into",
            "included in",
        ),
        (
            "Two more villages will be included into the pilot program.",
            "included into",
            "included in",
        ),
        (
            "Tea has been always a pillar industry of the county.",
            "has been always",
            "has always been",
        ),
        (
            "The two cities have been never so close in trade.",
            "have been never",
            "have never been",
        ),
        (
            "The old quarter had been already restored by then.",
            "had been already",
            "had already been",
        ),
        (
            "Output has been constantly rising, and the plant has been constantly upgraded.",
            "has been constantly",
            "has constantly been",
        ),
        ("With no doubt, the fair lifted local sales.", "With no doubt", "Without doubt"),
        (
            "The two counties signed a pact on jointly develop border tourism.",
            "on jointly develop",
            "on jointly developing",
        ),
        (
            "The bureau set out rules for further improve public services.",
            "for further improve",
            "for further improving",
        ),
        (
            "The town earns more by promote its own tea brand.",
            "by promote",
            "by promoting",
        ),
        (
            "Guests said they look forward to see the county again.",
            "look forward to see",
            "look forward to seeing",
        ),
        (
            "The mayor is looking forward to deepen ties with the port.",
            "looking forward to deepen",
            "looking forward to deepening",
        ),
        (
            "The district is on its way to become a logistics hub.",
            "on its way to become",
            "on its way to becoming",
        ),
        (
            "Today morning, the standing committee met in the city.",
            "Today morning",
            "This morning",
        ),
        (
            "Today (June 3) afternoon, the forum closed in Xining.",
            "Today (June 3) afternoon",
            "This afternoon (June 3)",
        ),
        ("The gala will be staged today night.", "today night", "tonight"),
        (
            "Officials found that they has finished the survey early.",
            "they has",
            "they have",
        ),
        ("The plant said it have hired 300 workers.", "it have", "it has"),
        ("Villagers said we was welcome to stay.", "we was", "we were"),
        (
            "Herders felt the effects of a total ban of grazing on the slopes.",
            "ban of",
            "ban on",
        ),
        ("Guides told visitors folklores of the lake.", "folklores", "folklore"),
        (
            "The region made historic progresses in the past decade.",
            "progresses",
            "progress",
        ),
        (
            "Schools bought new softwares for online classes.",
            "softwares",
            "software",
        ),
        (
            "Vice Mayor Zhao Min, deputy head of the task force, hosted the meeting.",
            "hosted the meeting",
            "presided over the meeting",
        ),
        (
            "The county's Party secretary hosts the session, and the mayor reports.",
            "hosts the session",
            "presides over the session",
        ),
        (
            "The governor investigated in Jinzhou and toured two ports.",
            "investigated in",
            None,
        ),
        (
            "Members of the committee investigated in villages along the river.",
            "investigated in",
            None,
        ),
        (
            "Zhou Hong, head of the bureau, introduced at the fair that the county’s exports rose.",
            "introduced at the fair that",
            "said at the fair that",
        ),
        (
            "She introduced to reporters that the new line will open in June.",
            "introduced to reporters that",
            "told reporters that",
        ),
        (
            "The plan covers more than and 40 villages.",
            "more than and",
            "more than",
        ),
    ],
)
def test_e801_finds_the_general_frames(text: str, span: str, suggestion: str | None) -> None:
    found = check_texts([text], ["E801"])
    assert found["span"].to_list() == [span]
    assert found["suggestion"].to_list() == [suggestion]


@pytest.mark.parametrize(
    "text",
    [
        # A determiner, a pronoun, a number or a quantifier after "of", and a proper name.
        "Linyi is one of the famous old towns on the canal.",
        "One of them spoke at the meeting.",
        "Most of its exports go to ASEAN markets.",
        "He is one of more than 40 award winners.",
        "The village is one of many in the county.",
        "Each of these firms grew last year.",
        "It is one of China's largest ports.",
        "Most of all, the rules must be clear.",
        "One of two new lines opened in May.",
        "It is one of just 12 such parks in the province.",
        "Most of last year's output was sold abroad.",
        "Much of society benefits from the reform.",
        # "included in" and "into" after other verbs.
        "The bridge was included in the provincial plan.",
        "The funds were put into the new projects.",
        # The adverb in its place, and "been" with a noun after it.
        "Tea has always been a pillar industry of the county.",
        "It has been a year since the plant opened.",
        "The town has been ever since a hub of trade.",
        # The adverb before a present participle is the progressive's own place.
        "Prices have been constantly adjusting to demand in the county.",
        "The two towns have been also sharing a water plant since May.",
        # The right phrases.
        "Without doubt, the fair lifted local sales.",
        "There is no doubt that sales rose.",
        # "-ing" after the preposition, nouns after it, and the infinitive of purpose.
        "The two counties signed a pact on jointly developing border tourism.",
        "The plan was published in advance of the fair.",
        "Farmers paid for daily upgrade of the canals.",
        "The key to success lies in reform.",
        "The best way to build trust is to keep promises.",
        "Guests said they look forward to seeing the county again.",
        "The mayor looks forward to the fair.",
        "The district is on its way to becoming a logistics hub.",
        "The money was used to build a school.",
        # Other times of the day.
        "This morning, the standing committee met in the city.",
        "The standing committee met today, and in the morning it heard a report.",
        "Today's morning session was brief.",
        "Yesterday morning, the forum closed.",
        # Verbs that agree, and the bare verb after an auxiliary or "let".
        "Officials found that they have finished the survey early.",
        "Does it have a plan for the flood season?",
        "The county will let it have more room to grow.",
        "He said it has hired 300 workers.",
        "As it were, the town was reborn.",
        # "He" capitalised inside a sentence is a Chinese name.
        "Premier Li Qiang and Vice Premier Liu He have held talks with the delegation.",
        "The talks between Premier Li and Vice Premier He are set for May.",
        # "a ban on", and "ban of" with a date.
        "Herders felt the effects of a total ban on grazing.",
        "The ban of 2019 ended in May.",
        "A ban of sorts was put on new plants.",
        # A city or a body hosts a meeting; a co-host; the passive and "in depth".
        "Hangzhou hosted the meeting.",
        "The two foreign ministers will co-host the meeting.",
        "The city hosted the forum of mayors of the Belt and Road countries.",
        "The case was investigated in 2019.",
        "The team investigated in depth the causes of the fire.",
        "The inspectors investigated the Longhu wetland project.",
        # A rule introduced at a meeting, a guest introduced to the press, "more than" right.
        "The rules introduced at the meeting that the city held last week took effect.",
        "She introduced the guests to reporters.",
        "The plan covers more than 40 villages and towns.",
        # The verb "progresses" and countable nouns.
        "The road will open as the work progresses.",
        "Guides told visitors the folklore of the lake.",
    ],
)
def test_e801_leaves_the_right_forms_of_the_general_frames_alone(text: str) -> None:
    assert check_texts([text], ["E801"]).is_empty()
