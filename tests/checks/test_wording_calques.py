"""E801's calques and slips of word form in translated news: a verb after a "to" that is a
preposition ("contributions to build"), "an exchange of view", "economical and social",
"environmental-friendly", "as following", "in regard of", "in real practice", titles word for
word ("vice-general manager"), "gross regional production", "world top 500", "a" before an
uncountable noun ("a guidance on"), "In the meeting," and "On the signing ceremony,", "in this
winter", "less than 200 households", "make more contribution", "farm produces", "ranked the
bottom", "responsible persons of", a speaker and his title without "said" before ", adding that", and the perfect built on a simple past ("has underwent")
in more verbs.

The sentences are written for these tests, in the register of local-government news.
"""

from __future__ import annotations

import pytest
from helpers import check_texts


@pytest.mark.parametrize(
    ("text", "span", "suggestion"),
    [
        (
            "The volunteers made great contributions to build a cleaner town.",
            "contributions to build",
            "contributions to building",
        ),
        (
            "Each cadre should make contributions to construct the new district.",
            "contributions to construct",
            "contributions to constructing",
        ),
        (
            "The forum is of great significance to deepen trade ties.",
            "significance to deepen",
            "significance to deepening",
        ),
        (
            "The county adheres to pursue green growth.",
            "adheres to pursue",
            "adheres to pursuing",
        ),
        (
            "Officials are committed to improve public services.",
            "committed to improve",
            "committed to improving",
        ),
        (
            "The district is accelerating to promote rural revitalization.",
            "accelerating to promote",
            "accelerating promoting",
        ),
        ("Towns kept to create jobs for returning workers.", "kept to create", "kept creating"),
        (
            "The mayors had a frank exchange of view on the port.",
            "exchange of view",
            "exchange of views",
        ),
        (
            "The two sides held exchanges of view on tourism.",
            "exchanges of view",
            "exchanges of views",
        ),
        ("It drove economical and social progress.", "economical", "economic"),
        ("The zone is a hub of economical cooperation.", "economical", "economic"),
        (
            "The park uses environmental friendly materials.",
            "environmental friendly",
            "environmentally friendly",
        ),
        (
            "Villagers grow environmental-friendly rice.",
            "environmental-friendly",
            "environmentally friendly",
        ),
        ("The measures are as following:", "as following", "as follows"),
        ("The steps were listed as following.", "as following", "as follows"),
        ("In regard of housing, the city spent more.", "In regard of", "In regard to"),
        (
            "The rules were tested in real practice before May.",
            "in real practice",
            "in practice",
        ),
        (
            "Zhao Lin, vice general manager of the port group, spoke.",
            "vice general manager",
            "deputy general manager",
        ),
        (
            "Two vice-general managers of the firm attended.",
            "vice-general managers",
            "deputy general managers",
        ),
        (
            "She now serves as general manager assistant of the bank.",
            "general manager assistant",
            "assistant general manager",
        ),
        (
            "The gross regional production grew 6.1 percent.",
            "gross regional production",
            "gross regional product",
        ),
        (
            "Its gross domestic production topped 80 billion yuan.",
            "gross domestic production",
            "gross domestic product",
        ),
        (
            "The park drew 12 world top 500 firms.",
            "world top",
            "world's top",
        ),
        (
            "The county issued a guidance on rural tourism.",
            "a guidance",
            "guidance",
        ),
        (
            "Talks made a substantial progress in May.",
            "a substantial progress",
            "substantial progress",
        ),
        ("Experts gave an advice to the farmers.", "an advice", "advice"),
        (
            "A guidance will be drawn up for the villages.",
            "A guidance",
            "guidance",
        ),
        (
            "Tourism surged. In the meeting, the mayor urged more work.",
            "In",
            "At",
        ),
        (
            "In the signing ceremony, both sides spoke.",
            "In",
            "At",
        ),
        (
            "On the signing ceremony, the governor thanked the guests.",
            "On",
            "At",
        ),
        (
            "The resort expects more skiers in this winter.",
            "in this winter",
            "this winter",
        ),
        ("Only less than 300 households remain in the valley.", "less", "fewer"),
        ("Less than 40 enterprises joined the fair.", "Less", "Fewer"),
        ("The plant has underwent a full upgrade.", "has underwent", "has undergone"),
        ("The town has became a tourist hub.", "has became", "has become"),
        ("The two cities have came closer.", "have came", "have come"),
        ("The firm had overtook its rivals by June.", "had overtook", "had overtaken"),
        ("The survey is highlighting on water safety.", "highlighting on", "highlighting"),
        (
            "Every village should make more contribution to the clean-up.",
            "make more contribution",
            "make more contributions",
        ),
        (
            "The veterans made outstanding contribution for the county.",
            "made outstanding contribution",
            "made outstanding contributions",
        ),
        (
            "The market sells fish, tea and farm produces, and crafts.",
            "farm produces",
            "farm produce",
        ),
        (
            "Trucks carry aquatic produces to Shanghai.",
            "aquatic produces",
            "aquatic produce",
        ),
        (
            "The county ranked the bottom in the province.",
            "ranked the bottom",
            "ranked at the bottom",
        ),
        (
            "The town has rich tea resources for growth, Zhou Hailin, head of the town, "
            "adding that tourism will follow.",
            "Zhou Hailin, head of the town, adding",
            "said Zhou Hailin, head of the town, adding",
        ),
        (
            "The responsible persons of the two bureaus spoke.",
            "responsible persons",
            "officials in charge",
        ),
        (
            "The bureau's responsible people met the guests.",
            "responsible people",
            "officials in charge",
        ),
    ],
)
def test_e801_finds_calques_of_translated_news(text: str, span: str, suggestion: str) -> None:
    found = check_texts([text], ["E801"])
    assert found["span"].to_list() == [span]
    assert found["suggestion"].to_list() == [suggestion]


@pytest.mark.parametrize(
    "text",
    [
        # A noun after the preposition, and the infinitive of purpose or of an extraposed
        # subject.
        "The volunteers made great contributions to growth in the town.",
        "The firm's contribution to local tax revenue rose.",
        "It is of great significance to build a livable community.",
        "It was of historic significance to promote the reform.",
        "The funds were kept to improve village roads.",
        "The city is committed to green growth.",
        "The county adheres to the new development philosophy.",
        "Growth accelerated to 6 percent in May.",
        "The district kept to its plan.",
        # The right phrases and the other senses of the words.
        "The mayors had a frank exchange of views on the port.",
        "The exchange of visits grew.",
        "Economic and social development stayed steady.",
        "The new bus is economical to run.",
        "An economical use of water matters in dry areas.",
        "The park uses environmentally friendly materials.",
        "Environmental protection comes first.",
        "The measures are as follows:",
        "Tasks such as following up on complaints were set.",
        "The team was praised in regard to safety.",
        "The rules worked in practice.",
        "Zhao Lin, deputy general manager of the port group, spoke.",
        "She now serves as assistant general manager of the bank.",
        "Vice Governor Li and the general manager of the firm met.",
        "The gross regional product grew 6.1 percent.",
        "Gross production of grain rose.",
        "The park drew 12 of the world's top 500 firms.",
        "It drew 12 Fortune Global 500 firms.",
        "The county issued a guidance document on rural tourism.",
        "He gave a progress report to the meeting.",
        "An information center opened in the town.",
        "The town will get an equipment plant.",
        "Talks made substantial progress in May.",
        "At the meeting, the mayor urged more work.",
        "Ten officials took part in the meeting, which lasted an hour.",
        "In the meeting room, a map hung on the wall.",
        "He commented on the signing ceremony, the first in years.",
        "The resort expects more skiers this winter.",
        "Prices rose in this year's first quarter.",
        "Only fewer than 300 households remain in the valley.",
        "No less than 300 people came to the fair.",
        "The ticket costs less than 200 yuan.",
        "Each farm covers less than 3 hectares.",
        "Less than 5 percent of households were poor.",
        "The plant has undergone a full upgrade.",
        "The town has become a tourist hub.",
        "The highlights on show included lanterns.",
        "The survey is highlighting water safety.",
        "She made a great contribution to the county.",
        "Each firm will make contribution payments for its staff.",
        "The farm produces tea and rice.",
        "The county farm produces and sells rice.",
        "Farm produce from the valley sold well.",
        "The county ranked at the bottom in the province.",
        "The town has rich tea resources, said Zhou Hailin, head of the town, adding that "
        "tourism will follow.",
        "Tea sold well in May, Zhou Hailin, head of the town, said, adding that prices rose.",
        "Zhou Hailin, head of the town, spoke, adding that prices rose.",
        "Responsible people sort their waste.",
        "The heads of the two bureaus spoke.",
    ],
)
def test_e801_leaves_the_right_phrases_and_other_senses_alone(text: str) -> None:
    assert check_texts([text], ["E801"]).is_empty()


@pytest.mark.parametrize(
    ("text", "span"),
    [
        (
            "The deputies approved the list of the agenda and agenda of the session.",
            "agenda and agenda",
        ),
        ("Both towns agreed on close exchanges and exchanges of staff.", "exchanges and exchanges"),
        ("He toured the Institute of Institute in May.", "Institute of Institute"),
        ("The plan covers training and the training.", "training and the training"),
        (
            "The meeting adopted the agenda and the agenda of the session.",
            "agenda and the agenda",
        ),
    ],
)
def test_e801_finds_a_noun_joined_to_itself(text: str, span: str) -> None:
    found = check_texts([text], ["E801"])
    assert found["span"].to_list() == [span]


@pytest.mark.parametrize(
    "text",
    [
        "More and more visitors came again and again.",
        "Crowds grew bigger and bigger over the holiday.",
        "Water and water conservancy projects were discussed.",
        # two kinds, each with its own modifier: not a doubled word
        "The city pursues both economic modernization and the modernization of its culture.",
        "The work of the working group went well.",
        "The deputies approved the agenda of the session.",
    ],
)
def test_e801_leaves_words_said_twice_on_purpose(text: str) -> None:
    assert check_texts([text], ["E801"]).is_empty()
