"""E801's frames of a report and its figures (`REPORT_SLIPS`): the reporter who "learned" the
news (记者了解到), a period "of last year" (去年同期), two figures of change after a singular
noun, a plural after "per", "such … like", "featured with", "numerous" before a noun English
does not count, a month and year after "on", "and etc.", "a big batch of" (一大批),
"agriculture modernization", the salutation and the opening of a work report, and the widened
"importance to" and "investment promotions" frames.

The sentences are written for these tests, in the register of local-government news.
"""

from __future__ import annotations

import pytest
from helpers import check_texts


@pytest.mark.parametrize(
    ("text", "span", "suggestion"),
    [
        (
            "The reporter learned from the county transport bureau that the bridge will open.",
            "The reporter learned",
            None,
        ),
        (
            "The reporters have learnt that two more lines are planned for the airport.",
            "The reporters have learnt",
            None,
        ),
        (
            "It was the first fair of the year, and this reporter was told by organizers "
            "that 300 firms came.",
            "this reporter was told",
            None,
        ),
        (
            "According to the reporter's understanding, the park will open in June.",
            "According to the reporter's understanding",
            None,
        ),
        (
            "Retail sales rose 6.2 percent over the same period of last year.",
            "same period of last year",
            "same period last year",
        ),
        (
            "Exports were low, against a high base in the same period in last year.",
            "same period in last year",
            "same period last year",
        ),
        (
            "Rural and urban incomes rose, an increase of 6% and 7% respectively.",
            "increase of 6% and 7%",
            "increases of 6% and 7%",
        ),
        (
            "The two plants posted a rise of 3.5 percent and 4 percent in output.",
            "rise of 3.5 percent and 4 percent",
            "rises of 3.5 percent and 4 percent",
        ),
        (
            "Fine dust reached 900 micrograms per cubic meters at noon.",
            "per cubic meters",
            "per cubic meter",
        ),
        ("The new line carries 2,000 passengers per hours.", "per hours", "per hour"),
        (
            "The zone hosts such industries like electronics and textiles.",
            "such industries like",
            "such industries as",
        ),
        (
            "The old town is featured with stone bridges and tea houses.",
            "is featured with",
            None,
        ),
        (
            "The opening of the port drew numerous attention from investors.",
            "numerous attention",
            "much attention",
        ),
        (
            "On March 2019, the county opened its first industrial park.",
            "On March 2019",
            "In March 2019",
        ),
        (
            "Flights link the city with Xi'an, Kunming and etc.",
            "and etc.",
            "etc.",
        ),
        (
            "A big batch of local firms went abroad to invest.",
            "A big batch of",
            "A large number of",
        ),
        (
            "The county will press ahead with agriculture modernization.",
            "agriculture modernization",
            "agricultural modernization",
        ),
        (
            "Wang stressed the importance to implement the new rules on flood control.",
            "importance to implement",
            "importance to implementing",
        ),
        (
            "Investment promotions organizations from ten cities attended the fair.",
            "Investment promotions",
            "Investment promotion",
        ),
        (
            "The total amount of the two firms' contracts were 30 billion yuan.",
            "The total amount of the two firms' contracts were",
            "The total amount of the two firms' contracts was",
        ),
        (
            "Officials said the number of inbound and outbound travelers are rising.",
            "the number of inbound and outbound travelers are",
            "the number of inbound and outbound travelers is",
        ),
        (
            "The number of registered market entities have grown to 1.2 million.",
            "The number of registered market entities have",
            "The number of registered market entities has",
        ),
        ("All deputies,\nThe past year was not an easy one.", "All deputies,", "Fellow deputies,"),
        (
            "On behalf of the county government, I will now report to you the work of the "
            "government.",
            "report to you",
            "report to you on",
        ),
    ],
)
def test_e801_finds_the_frames_of_a_report(text: str, span: str, suggestion: str | None) -> None:
    found = check_texts([text], ["E801"])
    assert found["span"].to_list() == [span]
    assert found["suggestion"].to_list() == [suggestion]


@pytest.mark.parametrize(
    "text",
    [
        # A reporter named by the outlet, a reporter in the story, reporters learning a craft.
        "A Xinhua reporter learned from the ministry that talks would resume.",
        "The reporter was told to leave the venue before the vote.",
        "Reporters learned about rice farming during the media tour.",
        "The reporters asked the mayor about the new line.",
        # The previous year takes "of"; "last year" without it.
        "Sales rose 5 percent over the same period of the previous year.",
        "Exports rose 9 percent over the same period last year.",
        # One figure of change each, and figures without the noun.
        "The county recorded an increase of 8% in visitors and a decline of 3% in costs.",
        "Prices rose 6% and 7% respectively.",
        "Output grew by 5 percent and 6 percent respectively.",
        # "per" with its unit in the singular, and plural nouns after a figure.
        "The plant treats 3,000 tons per day, or 125 tons per hour.",
        "Each household paid 20 yuan per person.",
        # "such … as" and "like" apart.
        "Such parks as the riverside garden draw visitors, and cities like Xi'an follow suit.",
        "Such a city will need more parks like these.",
        # "features", "featured" in another sense.
        "The old town features stone bridges, and the fair featured works by local artists.",
        # "numerous" before a count noun, and before a compound.
        "Numerous firms and numerous information technology companies have moved in.",
        "The fair drew numerous visitors and wide attention.",
        # A full date after "on", a month and year after "in".
        "On March 5, 2019, the county opened its first park. In March 2019 it opened another.",
        "The rules took effect on May 1 2021.",
        # "etc." alone.
        "The airport links Xi'an, Kunming, Changchun, etc.",
        # A batch of goods.
        "The first batch of vaccines arrived, and a new batch of projects was approved.",
        # The adjective, and "agriculture" before another noun.
        "The county will press ahead with agricultural modernization and agriculture reform.",
        # "importance of", the "-ing" after "importance to", and the infinitive as subject.
        "He stressed the importance of implementing the rules.",
        "The city attaches great importance to promoting employment.",
        "It is of great importance to build trust between the two sides.",
        # Investment promotion in the singular before a noun; promotions as events.
        "The investment promotion department met with 20 firms.",
        "Investment promotions were held in Shenzhen and Xiamen.",
        # A measure with its verb, "a number of" with the plural, a relative clause, a second
        # subject.
        "The number of visitors has risen, and a number of new hotels were opened.",
        "The amount of money the villagers have saved doubled.",
        "The number of firms and the output were both up on last year.",
        "The number of people who were resettled reached 3,000.",
        "The value of exports to ASEAN countries was 12 billion yuan.",
        # The right salutation, and "all deputies" in a sentence.
        "Fellow deputies,\nThe past year was not an easy one.",
        "All deputies attended the closing meeting.",
        "The chair said all deputies, including those absent, had voted.",
        # "report to you on".
        "I will now report to you on the work of the government.",
    ],
)
def test_e801_leaves_the_right_forms_of_the_report_frames_alone(text: str) -> None:
    assert check_texts([text], ["E801"]).is_empty()
