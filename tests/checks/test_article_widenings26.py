"""The article rules of round 26: a body named by its common noun alone. E807 takes a body's
head in capitals before its of- or for-phrase with no word of its own before it ("from
Office of the Municipal Committee", "secretary of Commission for Discipline Inspection");
E820 takes the head alone where its phrase ends, and a committee of a kind in lower case
("departments of Commission attended", "director of management committee"). And E807
takes a region grouped by its places and a site of work named by its place and kind ("in
Guangdong-Hong Kong-Macao Greater Bay Area", "to Xianyan Industrial Park") and a name led by
an ordinal that modifies a noun ("with 15th Municipal People's Congress deputies voting").
E829 takes a
singular count noun rated one of its kind after "as" or a verb of being ("serves as
important gateway", "is good example for"). Positive and
negative cases, in the register of local-government news."""

from __future__ import annotations

import pytest
from helpers import assert_flags

# The rule's code, then its slips with the span each must report, and good English.
CASES: dict[str, tuple[list[tuple[str, str]], list[str]]] = {
    "E807": (
        [
            (
                "Wang Li, secretary of Commission for Discipline Inspection of the county, spoke.",
                "Commission",
            ),
            ("Staff from Office of the Municipal Committee joined the tour.", "Office"),
            ("The rules were issued by Secretariat of the county Party committee.", "Secretariat"),
            (
                "Firms heard officials of State Administration for Market Regulation.",
                "State Administration",
            ),
            # A region grouped by its places, and a site of work named by its place and kind.
            (
                "The mayor went to Hongshan Industrial Park of the zone on Monday.",
                "Hongshan Industrial Park",
            ),
            (
                "He spoke of Rizhao International Cruise Terminal and its new berth.",
                "Rizhao International Cruise Terminal",
            ),
            (
                "Firms in Guangdong-Hong Kong-Macao Greater Bay Area met in Shenzhen.",
                "Guangdong-Hong Kong-Macao Greater Bay Area",
            ),
            (
                "The plan speeds up the building of Central Plains city cluster.",
                "Central Plains city cluster",
            ),
            ("He met officials of Lima metropolitan area last week.", "Lima metropolitan area"),
            (
                "Guangdong-Hong Kong-Macao Greater Bay Area is home to many firms.",
                "Guangdong-Hong Kong-Macao Greater Bay Area",
            ),
            # A name led by an ordinal that modifies a noun.
            (
                "The bill passed, with 15th Municipal People's Congress deputies voting for it.",
                "15th Municipal People's Congress",
            ),
            ("Prices rose during 3rd Quarter sales season.", "3rd Quarter"),
        ],
        [
            "Wang Li, secretary of the Commission for Discipline Inspection, spoke.",
            "Staff from the Office of the Municipal Committee joined the tour.",
            "The plan was sent to Committee for review last week.",
            "He studied at Dalian Institute of Technology.",
            "Rules Issued by Secretariat of County Party Committee",
            "The mayor went to the Hongshan Industrial Park of the zone on Monday.",
            "Residents relaxed in Zhongshan Park on Sunday.",
            "He toured Hongshan Industrial Park workshops and the Greater Bay Area offices.",
            "Firms in the Guangdong-Hong Kong-Macao Greater Bay Area met in Shenzhen.",
            "New Terminal Opens at Rizhao Port",
            "The bill passed, with the 15th Municipal People's Congress deputies voting for it.",
            "The delegation arrived on 25th September last year.",
            "Deputies of 15th Municipal People's Congress attended the session.",
            "The county grew fast in 14th Five-Year Plan period.",
            "Shops opened on 5th Avenue and Main Street.",
        ],
    ),
    "E820": (
        [
            ("Heads of departments of Commission attended the meeting.", "Commission"),
            (
                "Zhao Gang, director of management committee of the zone, spoke.",
                "management committee",
            ),
            ("The draft was handed to Bureau on Monday.", "Bureau"),
            ("The budget went to organizing committee, the mayor said.", "organizing committee"),
            ("Members of Secretariat visited the park.", "Secretariat"),
        ],
        [
            "Heads of departments of the Commission attended the meeting.",
            "Zhao Gang, director of the management committee of the zone, spoke.",
            "He met the heads of management committee offices in the zone.",
            "The plan was handed to the Bureau and to its council.",
            "Members of Committee Visit the Park",
            "Staff of Commission for Discipline Inspection of the county met.",
            "The town set up a management committee and a working committee.",
        ],
    ),
    "E829": (
        [
            ("The new port serves as important gateway for trade.", "important gateway"),
            ("Li Hua joined the talks as non-voting observer.", "non-voting observer"),
            ("The county's model is good example for other towns.", "good example"),
            ("This is essential step in the reform.", "essential step"),
            ("The wharf remains vital link between the two cities.", "vital link"),
        ],
        [
            "The new port serves as an important gateway for trade.",
            "Grain output is important work for the county.",
            "The fund acts as strong support for small firms.",
            "Exports remained strong today.",
            "Wang Qiang took office as new Party chief of the city.",
            "The town has parks as well as good schools.",
            "The zone was good overall, the report said.",
            "The parks are important gateways for tourists.",
            "Sales of new energy vehicles were strong last year.",
        ],
    ),
}


SLIPS = [(code, text, span) for code, (slips, _) in CASES.items() for text, span in slips]
GOOD = [(code, text) for code, (_, good) in CASES.items() for text in good]


@pytest.mark.parametrize(("code", "text", "span"), SLIPS)
def test_round26_slip(code: str, text: str, span: str) -> None:
    """The rule reports the body named by its common noun alone, the region grouped by its
    places and the site of work named by its place and kind, without "the"."""
    assert_flags(code, text, span)


@pytest.mark.parametrize(("code", "text"), GOOD)
def test_round26_good_english(code: str, text: str) -> None:
    """Nothing in good English: the body with its article, a noun the phrase modifies, a
    for-phrase of purpose in lower case, an institute of technology, a heading, and the
    body's of- or for-phrase left to E807, a park for leisure."""
    assert_flags(code, text, None)
