"""Agreement with a plural subject that has only its modifiers before the verb (E841), the
form of a verb after another verb, "many" before an uncountable noun, and 调研 rendered
"investigate" in more of its frames (E801).

The sentences are written for these tests, in the register of city news pages.
"""

from __future__ import annotations

import pytest
from helpers import assert_flags, check_texts


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Local enterprises has invested two billion yuan in the new park.", "has"),
        ("Many villages in the county is now linked to the expressway.", "is"),
        ("The new bus lines was opened to the public on Monday.", "was"),
        ("In recent years, exports has grown faster than imports.", "has"),
        ("Its rural cooperatives has helped farmers sell their tea.", "has"),
    ],
)
def test_plural_subject_next_to_its_verb(text: str, span: str) -> None:
    assert_flags("E841", text, span)


def test_suggests_the_plural_verb_next_to_its_subject() -> None:
    found = check_texts(["Local enterprises has invested in the park."], ["E841"])
    assert found["suggestion"].to_list() == ["have"]


@pytest.mark.parametrize(
    "text",
    [
        "Local enterprises have invested two billion yuan in the new park.",
        "Serving local enterprises is the first task of the bureau.",  # a gerund's phrase
        "Two years is a long time for a project of this size.",  # a measure
        "Williams is the new manager of the port.",  # a surname
        "Mr. Evans has visited the county twice.",
        "The news is good for the farmers of the county.",
        "What the city needs is more investment in schools.",
        "The United States is a major trading partner of the province.",
        "Its headquarters is in the new district.",
        "The series is broadcast on the city channel every week.",
        "All it takes is a little patience.",
        "Mathematics is taught in every village school.",
        "The Olympics is a global event.",
        "Farmers' income has risen for five years in a row.",
    ],
)
def test_leaves_agreeing_or_singular_subjects(text: str) -> None:
    assert_flags("E841", text, None)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        (
            "The bureau will help enterprises to solving their financing problems.",
            "help enterprises to solving",
        ),
        ("The county will strive to achieving the annual targets.", "strive to achieving"),
        ("The district continued to improving its business climate.", "continued to improving"),
        ("Officials urged local farmers to planting more tea.", "urged local farmers to planting"),
        (
            "The measures will make the villagers to enjoy better services.",
            "make the villagers to enjoy",
        ),
        (
            "The new rules let more residents to benefit from the reform.",
            "let more residents to benefit",
        ),
        ("Wang expressed to further strengthen cooperation with Anhui.", "expressed to further"),
        ("The mayor said the city would promote to build a modern port.", "promote to build"),
        ("The county has accumulated many experience in rural tourism.", "many experience"),
        ("The two sides have made many progress in trade.", "many progress"),
    ],
)
def test_verb_complements_and_many(text: str, span: str) -> None:
    assert_flags("E801", text, span)


@pytest.mark.parametrize(
    ("text", "suggestion"),
    [
        ("The county will strive to achieving the targets.", "strive to achieve"),
        ("The county hopes to using the new port this year.", "hopes to use"),
        ("The city will plan to building a new hall.", "plan to build"),
        ("It will make the villagers to enjoy the park.", "make the villagers enjoy"),
        ("The county has accumulated many experience in tourism.", "much experience"),
    ],
)
def test_suggests_the_mended_complement(text: str, suggestion: str) -> None:
    found = check_texts([text], ["E801"])
    assert found["suggestion"].to_list() == [suggestion]


@pytest.mark.parametrize(
    "text",
    [
        "The county is committed to improving its business climate.",  # takes the gerund
        "We look forward to building a new port with you.",
        "The fund will contribute to building the new hall.",
        "The bureau will help enterprises to solve their financing problems.",
        "The trip to Nanjing took the delegation two days.",
        "They continued to the next village in the evening.",
        "The city made efforts to improve the roads.",  # an infinitive of purpose
        "The new port made visitors to the city feel welcome.",  # a phrase on the object
        "The new exhibition was made to enjoy by all ages.",
        "He expressed to the delegation his thanks for the visit.",
        "Li was promoted to build the new team in 2019.",  # a passive of rank
        "Li, promoted to develop the port, moved to Dalian.",
        "Many experience hardship in the winter months.",  # many people
        "The county has many experiences to share with visitors.",
    ],
)
def test_leaves_correct_complements(text: str) -> None:
    assert_flags("E801", text, None)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        (
            "County Leaders Investigate Flood Control Work",
            "Investigate Flood Control Work",
        ),
        (
            "Deputy Mayor Wang Lin visited Hexi Village to investigate the poverty alleviation work.",
            "to investigate the poverty alleviation work",
        ),
        ("Wang Lin and the group visited and investigated the orchard.", "investigated"),
        (
            "Zhao Min, the deputy secretary of the city and the acting mayor, investigated "
            "Xinhe County on May 4.",
            "investigated Xinhe County",
        ),
        (
            "Zhou Bin, deputy mayor of the county, also participated in this research and "
            "visited two farms.",
            "also participated in this research",
        ),
        (
            "Officials of the bureau accompanied him on the research.",
            "accompanied him on the research",
        ),
    ],
)
def test_investigate_for_a_visit(text: str, span: str) -> None:
    assert_flags("E801", text, span)


@pytest.mark.parametrize(
    "text",
    [
        "Police visited and investigated the scene of the accident.",
        "The committee investigated the work of the police in the case.",
        "The chief auditor, a former mayor, investigated Xinhe Bank on fraud charges.",
        "Students from the university participated in this research with their teachers.",
        "Deputy Mayor Wang Lin visited Hexi Village to inspect the poverty alleviation work.",
    ],
)
def test_leaves_investigations(text: str) -> None:
    assert_flags("E801", text, None)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        (
            "Sun Ke and two standing members of the County Party Committee spoke.",
            "standing members",
        ),
        (
            "The county will carry out the decision-making and deployment of the city.",
            "decision-making and deployment",
        ),
        (
            "The mayor chaired an economic operation scheduling meeting on Monday.",
            "operation scheduling meeting",
        ),
        (
            "Officials should stick to the problem orientation in flood control.",
            "the problem orientation",
        ),
        ("Vice Mayor ZHAO Min briefed on the plans for the new airport.", "briefed on"),
        ("He also briefed on the progress of the new port.", "briefed on"),
        (
            "The county should make greater contributions for the province's growth.",
            "make greater contributions for",
        ),
        (
            "The ministers called for the docking of the two plans for growth.",
            "docking",
        ),
    ],
)
def test_calques_of_the_report_genre(text: str, span: str) -> None:
    assert_flags("E801", text, span)


@pytest.mark.parametrize(
    ("text", "suggestion"),
    [
        (
            "Sun Ke and two standing members of the County Party Committee spoke.",
            "members of the Standing Committee",
        ),
        (
            "The county will make more contributions for the reform.",
            "make more contributions to",
        ),
        ("They agreed on the docking of development strategies.", "alignment"),
    ],
)
def test_suggests_the_english_of_the_calque(text: str, suggestion: str) -> None:
    found = check_texts([text], ["E801"])
    assert found["suggestion"].to_list() == [suggestion]


@pytest.mark.parametrize(
    "text",
    [
        "She is a standing member of the city tennis club.",
        "Officials briefed on the plan said it would be ready in May.",
        "He was briefed on the progress of the new port.",
        "The airline held a scheduling meeting with the airport on the winter timetable.",
        "The spacecraft completed docking with the space station.",
        "Residents made contributions for the flood relief fund.",
        "The work is problem-oriented and focused on results.",
        "Decision-making in the county has become more open.",
    ],
)
def test_leaves_english_uses(text: str) -> None:
    assert_flags("E801", text, None)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        (
            "The new office will facilitate overseas companies to open branches here.",
            "facilitate overseas companies to open",
        ),
        (
            "The city will promote local enterprises to go global.",
            "promote local enterprises to go",
        ),
    ],
)
def test_facilitate_and_promote_with_a_body_and_to(text: str, span: str) -> None:
    assert_flags("E801", text, span)


@pytest.mark.parametrize(
    "text",
    [
        "The board promoted him to head the new bureau.",  # a rank
        "The fair will promote local brands to more buyers abroad.",  # an audience
        "The new rules facilitate the entry of foreign firms.",
    ],
)
def test_leaves_promotion_and_marketing(text: str) -> None:
    assert_flags("E801", text, None)


def test_personages_of_the_register() -> None:
    assert_flags(
        "E801",
        "Friendly personages from the two cities attended the banquet.",
        "Friendly personages",
    )
    assert_flags("E801", "Personages from all walks of life met in the hall.", "Personages")
    assert_flags("E801", "The hall shows portraits of royal personages of the Tang court.", None)


def test_plural_subject_after_that() -> None:
    assert_flags("E841", "He said that the two cities has a solid base for trade.", "has")
    assert_flags("E841", "The thing that really matters is the quality of growth.", None)
    assert_flags("E841", "Everything that matters is on the table.", None)
