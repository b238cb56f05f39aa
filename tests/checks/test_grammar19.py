"""E838's honorific before an official, E821's report after "mentioned" and E801's "said by"
after a quotation: what they flag, what they suggest, what they leave alone.

The sentences are written for these tests, in the register of city news pages.
"""

from __future__ import annotations

import pytest
from helpers import check_texts, spans


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("On May 12, Mr. Chen Hua, mayor of the city, inspected the new port area.", "Mr. "),
        ("Ms. Liu Fang, the vice governor of the province, met the guests.", "Ms. "),
        ("Guests were received by Mr. Wang Lei, deputy secretary-general of the city.", "Mr. "),
        (
            "Mr. Zhou Bin, deputy director of the municipal Bureau of Commerce, spoke first.",
            "Mr. ",
        ),
        ("Mr Sun Tao (district chief of Ganjingzi District) cut the ribbon.", "Mr "),
    ],
)
def test_e838_flags_an_honorific_before_an_official(text: str, span: str) -> None:
    found = check_texts([text], ["E838"])
    assert spans(found) == [span]
    assert found["suggestion"].to_list() == [""]
    assert found["fix"].to_list() == ["unsafe"]


def test_e838_reads_every_official_of_a_list() -> None:
    text = (
        "Mr. Chen Hua, the vice mayor of the city, Mr. Zhao Gang, the deputy director of the"
        " Tourism Administration, and Ms. Li Na, secretary of the county, attended."
    )
    assert spans(check_texts([text], ["E838"])) == ["Mr. ", "Mr. ", "Ms. "]


def test_e838_reads_a_name_the_page_gives_with_a_post_elsewhere() -> None:
    text = (
        "Zhou Bin, secretary of the county Party committee, met the delegation.\n\n"
        "Mr. Zhou Bin said that the county welcomes investors."
    )
    assert spans(check_texts([text], ["E838"])) == ["Mr. "]


@pytest.mark.parametrize("protocol", ["H.E. Mme. Lin Hua", "Her Excellency Lin Hua"])
def test_e838_leaves_a_release_in_diplomatic_protocol_alone(protocol: str) -> None:
    """An embassy's or an intergovernmental body's release gives everyone an honorific."""
    text = (
        f"On May 12, {protocol}, Secretary-General of the Centre, met officials of the"
        " province, including Mr. Zhou Bin, secretary of the county Party committee."
    )
    assert check_texts([text], ["E838"]).is_empty()
    plain = text.replace(f"{protocol}, Secretary-General", "the Secretary-General")
    assert spans(check_texts([plain], ["E838"])) == ["Mr. "]


def test_e838_leaves_a_name_the_page_gives_with_a_company_post_alone() -> None:
    text = (
        "Zhou Bin, general manager of the port company, met the delegation.\n\n"
        "Mr. Zhou Bin said that the company welcomes investors."
    )
    assert check_texts([text], ["E838"]).is_empty()


@pytest.mark.parametrize(
    "text",
    [
        # No honorific: the house style.
        "On May 12, Chen Hua, mayor of the city, inspected the new port area.",
        # The head of a company or a school is no official.
        "Mr. Zhang Wei, general manager of the port company, showed the guests around.",
        "Mr. Zhang Wei, president of Dalian Ocean University, welcomed the students.",
        "Mr. Zhang Wei, chairman of Jinhai Group, signed the deal.",
        # A name without a post, or a post that does not follow the name.
        "Mr. Chen Hua said the port would open in May.",
        "Mr. Chen Hua and his team visited the port.",
        # Not a Chinese name in pinyin.
        "Mr. Shigeru Matsubara, mayor of the ward, led the delegation.",
        # Quoted words.
        "“Thank you, Mr. Chen Hua, mayor of our sister city,” the guest said.",
        # A press briefing transcript introduces its speakers so.
        "Speakers:\n\nMr. Chen Hua, director of the municipal Bureau of Commerce\n\n"
        "Chen Hua:\n\nGood morning, everyone.",
    ],
)
def test_e838_leaves_companies_plain_names_quotes_and_transcripts_alone(text: str) -> None:
    assert check_texts([text], ["E838"]).is_empty()


def test_e821_reads_a_report_after_mentioned() -> None:
    text = "In his speech, the mayor mentioned that the plan requires us to act at once."
    found = check_texts([text], ["E821"])
    assert spans(found) == ["us"]


@pytest.mark.parametrize(
    "text",
    [
        "As mentioned above, we will open the bridge in May.",
        "The above-mentioned plan asks us to act at once.",
        "The plan was mentioned, and we agreed to it.",
    ],
)
def test_e821_leaves_mentioned_without_a_report_alone(text: str) -> None:
    assert check_texts([text], ["E821"]).is_empty()


@pytest.mark.parametrize(
    "text",
    [
        "“We will open the bridge in May”, said by Chen Hua, the mayor of the city.",
        "“We will open the bridge in May,” said by Chen Hua at the meeting.",
    ],
)
def test_e801_mends_said_by_after_a_quotation(text: str) -> None:
    found = check_texts([text], ["E801"])
    assert spans(found) == ["said by"]
    assert found["suggestion"].to_list() == ["said"]


@pytest.mark.parametrize(
    "text",
    [
        "“We will open the bridge in May,” said Chen Hua, the mayor of the city.",
        "The plan, it was said by Chen Hua, would cost 2 billion yuan.",
        "The words “open door” are often said by officials.",
    ],
)
def test_e801_leaves_said_by_without_a_quotation_before_it_alone(text: str) -> None:
    assert check_texts([text], ["E801"]).is_empty()


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("The meeting held that we must keep growth steady this winter.", ["we"]),
        ("It was decided that we will build three new schools in the district.", ["we"]),
        ("Both sides agreed that we should open a direct flight.", ["we"]),
    ],
)
def test_e821_reads_a_meetings_judgement_as_a_report(text: str, found: list[str]) -> None:
    assert spans(check_texts([text], ["E821"])) == found


def test_e821_leaves_held_without_that_straight_after_it_alone() -> None:
    text = "The forum was held at the site that the county lent us for a week."
    assert check_texts([text], ["E821"]).is_empty()
