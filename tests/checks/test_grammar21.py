"""E801's slips of number, agreement and calqued prepositions (`grammar_slips`), and E839, an
event told in the present in a dated report; what they flag, what they suggest, what they
leave alone.

The sentences are written for these tests, in the register of city news pages.
"""

from __future__ import annotations

import pytest
from helpers import check_texts, spans


@pytest.mark.parametrize(
    ("text", "span", "suggestion"),
    [
        ("The zone drew 3,200 talents from abroad last year.", "talents", "talent"),
        ("Talents are the first resource of the county.", "Talents", "Talent"),
        ("The city will attract more high-level talents.", "talents", "talent"),
        (
            "The township shared good experiences in rural revival.",
            "good experiences",
            "good experience",
        ),
        (
            "Ningbo offers valuable experiences on port building.",
            "valuable experiences",
            "valuable experience",
        ),
        (
            "The bureau finished the preparatory works on time.",
            "preparatory works",
            "preparatory work",
        ),
        (
            "More skilled personnel needs to be trained for the port.",
            "skilled personnel needs",
            "skilled personnel need",
        ),
        (
            "China still have ample room for growth, the report said.",
            "China still have",
            "China still has",
        ),
        (
            "Officials said that the county are ready for the inspection.",
            "the county are",
            "the county is",
        ),
        (
            "A total investment of 12.5 billion yuan were agreed at the fair.",
            "A total investment of 12.5 billion yuan were",
            "A total investment of 12.5 billion yuan was",
        ),
        (
            "This year the district will concentrate in a number of key projects.",
            "will concentrate in",
            "will concentrate on",
        ),
        (
            "The county will concentrate its efforts in building new parks.",
            "concentrate its efforts in",
            "concentrate its efforts on",
        ),
        ("Guided with the new plan, the town grew fast.", "Guided with", "Guided by"),
        (
            "Village officials should be granted with more administrative power.",
            "granted with",
            "granted",
        ),
        (
            "The mayor congratulated the founding of the new chamber.",
            "congratulated the founding",
            "congratulated … on the founding",
        ),
        (
            "Under the backdrop of slower trade, the port grew.",
            "Under the backdrop of",
            "Against the backdrop of",
        ),
        (
            "Filing a claim is now more simple than before.",
            "is now more simple",
            "is now simpler",
        ),
        ("The work was done according the plan.", "according", "according to"),
        ("The delegation firstly visited the new port.", "firstly visited", "first visited"),
        (
            "The city leaders took places on the rostrum at nine.",
            "took places on the rostrum",
            "took their seats on the rostrum",
        ),
        ("The zone leads in the respect of cost.", "in the respect of", "in terms of"),
        (
            "On the ground of what Zhou Lin said, the port will grow.",
            "On the ground of what",
            "According to what",
        ),
        (
            "The tea gained the recognition from buyers abroad.",
            "gained the recognition from",
            "gained recognition from",
        ),
        ("Guests came from 40 countries and region.", "region", "regions"),
        (
            "Officials of the provinces, autonomous region and municipalities met.",
            "autonomous region",
            "autonomous regions",
        ),
        (
            "The two sides will work in areas such as economy development and trade.",
            "economy development",
            "economic development",
        ),
    ],
)
def test_e801_flags_a_slip_of_number_or_wording(text: str, span: str, suggestion: str) -> None:
    found = check_texts([text], ["E801"])
    assert spans(found) == [span]
    assert found["suggestion"].to_list() == [suggestion]


@pytest.mark.parametrize(
    "text",
    [
        "Pupils showed their talents at the school gala.",
        "She showcased her musical talents on stage.",
        "Ten experts of the Thousand Talents Plan came to the zone.",
        "The County Attracts Top Talents",
        "Visitors shared unforgettable experiences of the trip.",
        "The city upgraded its public works and water conservancy works.",
        "The museum shows works of art from the Tang dynasty.",
        "The training of medical personnel is a priority.",
        "China, Japan and Korea have signed the deal.",
        "China have won the final, the coach said.",
        "Projects with a total investment of 5 billion yuan were signed.",
        "Industries are concentrated in the eastern part of the city.",
        "Power should not be concentrated in the hands of a few.",
        "Tourists are guided with care through the old town.",
        "The city will build more new parks and more green belts.",
        "According to the plan, the work is done.",
        "Firstly, we must improve the business environment.",
        "The delegation first visited the new port.",
        "The meeting took place on the rostrum of the hall.",
        "The product won recognition from buyers abroad.",
        "The digital economy development plan was issued.",
        "Guests came from 40 countries and regions.",
        "The Guangxi Zhuang Autonomous Region and municipalities nearby joined.",
    ],
)
def test_e801_leaves_right_usage_alone(text: str) -> None:
    assert check_texts([text], ["E801"]).is_empty()


@pytest.mark.parametrize(
    ("text", "span"),
    [
        (
            "The signing ceremony is held at the expo center on Friday. Mayor Zhou Lin "
            "attended the ceremony.",
            "is held",
        ),
        (
            "On May 12, the trade forum is held in Dalian, and 300 guests were present.",
            "is held",
        ),
        (
            "Jinan, June 3 — The bond fair is held here today. The event was attended by "
            "200 firms.",
            "is held",
        ),
    ],
)
def test_e839_flags_an_event_told_in_the_present(text: str, span: str) -> None:
    found = check_texts([text], ["E839"])
    assert spans(found) == [span]
    assert found["suggestion"].to_list() == ["was held"]


@pytest.mark.parametrize(
    "text",
    [
        # A headline keeps the present.
        "Trade Forum Is Held in Dalian on Friday\n\nThe forum was held in Dalian.",
        # What recurs, or is to come.
        "The fair is held on May 18 every year. It was held in Wuxi in 2019.",
        "The forum is held in Dalian on May 12. Guests will attend, officials said.",
        # No past narration on the page: an announcement.
        "The forum is held in Dalian on May 12. Guests from ten countries can register.",
        # Quoted words.
        "“The meeting is held today to plan our work,” Li said. Li attended the meeting.",
        # No day named.
        "The meeting is held in a new hall. Mayor Zhou Lin attended the meeting.",
    ],
)
def test_e839_leaves_headlines_schedules_and_quotes_alone(text: str) -> None:
    assert check_texts([text], ["E839"]).is_empty()


def test_e801_keeps_gifts_listed_after_a_possessive() -> None:
    text = "Pupils may showcase their unique views and talents at the fair."
    assert check_texts([text], ["E801"]).is_empty()
    text = "The county improved its policies to attract talents from abroad."
    assert spans(check_texts([text], ["E801"])) == ["talents"]
