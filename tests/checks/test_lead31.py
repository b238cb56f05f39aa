"""E844 confused-word: a real word put for another, where the words around settle which
(session 31). The sentences are written for these tests."""

from __future__ import annotations

import polars as pl
import pytest
from helpers import assert_flags, check_texts


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("The two counties will adhere to the principal of mutual benefit.", "principal"),
        ("The plan sets out the guiding principals for rural revitalization.", "principals"),
        ("The two sides agreed in principal to build the bridge.", "principal"),
        ("The principle contradiction is between growth and the environment.", "principle"),
        ("The storm wrecked havoc on the orchards of the county.", "wrecked havoc"),
        ("The bureau vowed to stamp down on illegal sand mining.", "stamp down on"),
        ("The new free-duty shop opened at the port on Monday.", "free-duty"),
        ("The county has the upper-hand in flood control this year.", "upper-hand"),
        ("The city will crackdown on illegal fishing in the bay.", "crackdown"),
        ("The district plans to setup a fund for start-ups.", "setup"),
        ("Inspectors must follow-up on every complaint within a week.", "follow-up"),
        ("The township has alot of work to do before winter.", "alot"),
        ("Officials must hold the bottomline of safety.", "bottomline"),
        ("The service hall is open everyday from 9 am.", "everyday"),
        ("The cadres discussed the every day work of the office.", "every day"),
        ("July is the peek season for tourism in the county.", "peek"),
        ("The county will not loose sight of its goals.", "loose"),
        ("The investment will breath new life into the old port.", "breath"),
        ("The bureau will advice residents to stay indoors.", "advice"),
        ("The drought had a great affect on the harvest.", "affect"),
        ("The new rules came into affect on March 1.", "affect"),
        ("The measures insure the safety of the water supply.", "insure"),
        ("Cooperation is more important then ever for the two cities.", "then"),
        ("The delegation was lead by the vice mayor.", "lead"),
        ("The two regions have complimentary advantages in industry.", "complimentary"),
        ("The urban planing bureau held a hearing.", "planing"),
        ("Per capita income raised by 7.2 percent year on year.", "raised by 7.2 percent"),
        ("Private firms play a key roll in the county's economy.", "roll"),
        ("Workers at the construction sight wore helmets.", "sight"),
        ("The team carried out a through inspection of the mine.", "through"),
        ("Farmers now have excess to cheap loans.", "excess"),
        ("The city must cease the opportunity of the new policy.", "cease"),
        ("Medical personal were sent to the village.", "personal"),
        ("The county's boarder trade grew fast last year.", "boarder"),
        ("Primer Li Ming met the delegation in the Great Hall.", "Primer"),
        ("Vice Mayer Zhao Gang attended the signing ceremony.", "Mayer"),
        ("Members of the Community Party of China visited the memorial.", "Community"),
    ],
)
def test_a_confused_word_is_flagged(text: str, span: str) -> None:
    assert_flags("E844", text, span)


@pytest.mark.parametrize(
    "text",
    [
        # The other word, where it is the right one.
        "The principal of the county's No. 2 Middle School spoke at the ceremony.",
        "The principal of the loan will be repaid in 2030.",
        "The principal of Xinhua Primary School welcomed the guests.",
        # The people in charge of bodies (负责人), a calque but not a slip for "principle".
        "The principals of related government departments attended the meeting.",
        "The two sides adhere to the principle of mutual benefit.",
        "The crackdown on illegal fishing began in May.",
        "Inspectors will carry out a follow-up visit next month.",
        "The setup of the new fund took a year.",
        "Everyday life in the village has changed.",
        "The service hall is open every day from 9 am.",
        "Prices peaked in March and fell in April.",
        "The soil is loose after the rain.",
        "The villagers took a deep breath of mountain air.",
        "Experts gave advice to the farmers on seed selection.",
        "The drought will affect the harvest.",
        "The new rules took effect on March 1.",
        "The company will insure the new bridge against floods.",
        "The mayor met the delegation, then visited the port.",
        "The lead plant was closed in 2019.",
        "The hotel offers complimentary breakfast to guests.",
        "The boat was planing across the lake.",
        "The county raised 7.2 million yuan for the school.",
        "Wages were raised by 5 percent last year.",
        "The tourists enjoyed the sights of the old town.",
        "The train passed through the tunnel.",
        "Excess capacity will be cut by 2025.",
        "The fighting ceased on Monday.",
        "The new law protects personal information.",
        "The county borders Hebei to the north.",
        "Marissa Mayer spoke at the forum.",
        "The community party held in the square drew hundreds of residents.",
    ],
)
def test_the_right_word_is_left_alone(text: str) -> None:
    assert_flags("E844", text, None)


def test_the_suggestion_keeps_the_words_case_and_form() -> None:
    findings = check_texts(
        [
            "Infact, the flood wrecked havoc on the county. The city will crackdown on smuggling. "
            "Per capita income has raised by 6 percent, compared with last year."
        ],
        ["E844"],
    )
    suggestions = sorted(findings.filter(pl.col("code") == "E844")["suggestion"].to_list())
    assert suggestions == [
        "In fact",
        "crack down",
        "has risen by 6 percent",
        "wreaked havoc",
    ]


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # A wire caption's opening: the whole line is the caption.
        (
            "Grain output rose again, the bureau said.\n\nIn this 2020 file photo, farmers "
            "harvest wheat in a field in Henan province REUTERS/Li Ming\n\nThe bureau said "
            "output would rise again.",
            "In this 2020 file photo, farmers harvest wheat in a field in Henan province "
            "REUTERS/Li Ming",
        ),
        (
            "FILE - In this March 3, 2021, file photo, delegates arrive for the opening session "
            "in Beijing. (AP Photo/Li Ming, File)\n\nThe session opened on Friday.",
            "FILE - In this March 3, 2021, file photo, delegates arrive for the opening session "
            "in Beijing. (AP Photo/Li Ming, File)",
        ),
        # The wires' credits after a caption.
        (
            "Workers check a turbine in Yantai, May 2, 2023. (Photo | AP)\n\nOutput rose.",
            " (Photo | AP)",
        ),
        (
            "Li Ming stands trial in Harbin, April 2, 2019. /The Harbin Intermediate People's "
            "Court Photo\n\nThe court heard the case.",
            " /The Harbin Intermediate People's Court Photo",
        ),
    ],
)
def test_a_wire_caption_or_credit_is_flagged(text: str, span: str) -> None:
    assert_flags("R604", text, span)


@pytest.mark.parametrize(
    "text",
    [
        "In this context, the port is a priority for the province, the governor said.",
        "In this year's plan, the city will build three new schools.",
        "The court heard the case in Harbin on April 2. The verdict will follow.",
        "Output rose by 5 percent, according to REUTERS.",
    ],
)
def test_running_text_is_no_wire_caption(text: str) -> None:
    assert_flags("R604", text, None)


def test_a_credit_inside_a_caption_reported_whole_is_not_reported_again() -> None:
    findings = check_texts(
        [
            "Grain output rose again.\n\nIn this 2020 file photo, farmers harvest wheat in "
            "Henan REUTERS/Li Ming\n\nThe bureau said output would rise."
        ],
        ["R604"],
    )
    assert findings.height == 1


@pytest.mark.parametrize(
    ("line", "why"),
    [
        ("By Li Ming and Wang Fang in Beijing", "byline and place"),
        ("By Reuters", "byline"),
        ("by AFP", "byline"),
        ("Comments", "page widget"),
        ("ALSO READ | Dalian opens a new container route to Busan", "link to another story"),
    ],
)
def test_wire_and_outlet_furniture_is_residue(line: str, why: str) -> None:
    text = f"Port Opens New Route\n\n{line}\n\nThe port opened a new route on Monday, its operator said."
    findings = check_texts([text], ["R601"])
    assert findings.filter(pl.col("span") == line)["message"].to_list() == [
        f"looks like web-page residue ({why}), not article text"
    ]


@pytest.mark.parametrize(
    "line",
    [
        "By Land and Sea in Liaoning",
        "Comments from residents were collected by the district in May.",
        "Also read the full report on the bureau's website.",
        "By 2025 the port will handle 500 million tonnes.",
    ],
)
def test_lines_of_text_are_not_wire_furniture(line: str) -> None:
    text = f"Port Opens New Route\n\nThe port opened a new route on Monday.\n\n{line}"
    assert_flags("R601", text, None)


def test_a_wire_storys_credits_are_residue_and_their_capitals_are_the_wires() -> None:
    text = (
        "Port Opens New Route\n\nDALIAN, China (Reuters) - The port opened a new route on "
        "Monday, its operator said.\n\n(Reporting by Li Ming; Additional reporting by Wang Fang "
        "in Shanghai; Editing by Jane Doe)\n"
    )
    findings = check_texts([text], ["R601", "P338"])
    assert findings["code"].to_list() == ["R601"]
    assert findings["message"].to_list() == [
        "looks like web-page residue (credit line), not article text"
    ]


def test_a_semicolon_clause_of_prose_keeps_its_report() -> None:
    assert_flags(
        "P338", "Exports rose by 8%; Additional reporting showed the port grew too.", "Additional"
    )


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("The 3rdand 4thplenary sessions of the committee were held in May.", "3rdand"),
        ("The 3rdand 4thplenary sessions of the committee were held in May.", "4thplenary"),
        ("The city marked the 70thanniversary of the park.", "70thanniversary"),
    ],
)
def test_an_ordinal_glued_to_a_word_in_lower_case_is_flagged(text: str, span: str) -> None:
    assert_flags("P320", text, span)


@pytest.mark.parametrize(
    "text",
    [
        "The 3rd and 4th plenary sessions of the committee were held in May.",
        "The file 4thqz was renamed.",
    ],
)
def test_an_ordinal_before_a_word_apart_is_left_alone(text: str) -> None:
    assert_flags("P320", text, None)
