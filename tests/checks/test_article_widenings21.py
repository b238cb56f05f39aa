"""The article rules widened in round 21: a water diversion or like work named by its place
(E807); a described foundation after "has" or "with"
(E812); a place's capital after a verb of being or "as", and "on the spot" (E820); "the"
before a policy named in general ("promote the high-quality development", E828); the Report on the Work of the
Government without its last article (E817); a development paradigm built (E815); "also
a member of" (E829); a
place's Party committee with a place written with an apostrophe in lower case, or named
by the CPC and its place without a level word (T113). Positive and negative cases, in
the register of local-government news."""

from __future__ import annotations

import pytest
from helpers import assert_flags

# The rule's code, then its slips with the span each must report, and good English.
CASES: dict[str, tuple[list[tuple[str, str]], list[str]]] = {
    "E807": (
        [
            (
                "The county gave support for Northern Jiangsu Water Diversion Project.",
                "Northern Jiangsu Water Diversion Project",
            ),
            ("Villagers moved for Baihe Hydropower Project in 2010.", "Baihe Hydropower Project"),
        ],
        [
            "The county gave support for the Northern Jiangsu Water Diversion Project.",
            "Work began on Northern Jiangsu Water Diversion Project sites in May.",
            "Northern Jiangsu Water Diversion Project Starts",
        ],
    ),
    "E812": (
        [
            (
                "The county has relatively solid industrial foundation and good roads.",
                "relatively solid industrial foundation",
            ),
            (
                "Firms came to a town with strong manufacturing foundation.",
                "strong manufacturing foundation",
            ),
            (
                "The region has rich land, relatively solid industrial foundation and ports.",
                "relatively solid industrial foundation",
            ),
        ],
        [
            "The county has a relatively solid industrial foundation and good roads.",
            "The county has rich land, and its firms have laid solid foundation.",
            "The county has rich land, we build solid foundation.",
            "The county has laid solid foundation for growth.",
            "The town has its own industrial foundation.",
            "The county has industrial foundation funds for small firms.",
        ],
    ),
    "E817": (
        [
            ("The mayor delivered the Report on the Work of Government on Monday.", "Government"),
            ("Deputies Discuss Report on the Work of Government", "Government"),
        ],
        [
            "The mayor delivered the Report on the Work of the Government on Monday.",
            "Deputies praised the report on the work of the government.",
            "He spoke on the work of government bodies at all levels.",
        ],
    ),
    "E820": (
        [
            ("Lanzhou is capital city of Gansu and lies on the Yellow River.", "capital city"),
            ("Nanning serves as capital of Guangxi in the south.", "capital"),
            ("The officials solved the villagers' problems on spot.", "spot"),
            ("Staff worked on spot and in the office all week.", "spot"),
        ],
        [
            "Lanzhou, capital city of Gansu, lies on the Yellow River.",
            "Lanzhou is the capital city of Gansu.",
            "The city is capital of nothing but its own county.",
            "Teams carried out on spot checks in the market.",
            "Teams worked on the spot to help the villagers.",
            "The fund is capital of the new company.",
        ],
    ),
    "E828": (
        [
            (
                "The county will promote the high-quality development.",
                "the high-quality development",
            ),
            (
                "The two towns agreed on strengthening the industrial cooperation in farming.",
                "the industrial cooperation",
            ),
            ("Farmers gained much in the reform and opening-up.", "the reform and opening-up"),
        ],
        [
            "The county will promote the high-quality development of its farms.",
            "The two towns agreed on strengthening the industrial cooperation with Jilin.",
            "He spoke on the 40th anniversary of the reform and opening-up.",
            "The county will promote the high-quality development plan this year.",
            "Since the reform and opening-up, the county has grown fast.",
            "The county will promote high-quality development.",
        ],
    ),
    "E815": (
        [
            ("The province is building new development paradigm.", "new development paradigm"),
            (
                "Cities should foster ties and build new development pattern.",
                "new development pattern",
            ),
        ],
        [
            "The province is building a new development paradigm.",
            "The province is building the new development pattern.",
            "The province is building new development pattern projects.",
        ],
    ),
    "E829": (
        [
            ("Li Wei, also member of the Standing Committee, spoke.", "member"),
            ("Zhou Ming is member of the county's Party committee.", "member"),
        ],
        [
            "Li Wei, also a member of the Standing Committee, spoke.",
            "Li Wei, member of the Standing Committee, spoke.",
            "Laos is member state of ASEAN.",
            "The county is also members of nothing.",
            "Li Wei was elected member of the Standing Committee.",
        ],
    ),
    "T113": (
        [
            (
                "Ma Lin, deputy secretary of Xi'an municipal Party committee, spoke.",
                "Xi'an municipal Party committee",
            ),
            (
                "Zhou Ping, secretary of CPC Yancheng Committee, visited the port.",
                "CPC Yancheng Committee",
            ),
        ],
        [
            "Ma Lin, deputy secretary of the Xi'an municipal Party committee, spoke.",
            "Zhou Ping, secretary of the CPC Yancheng Committee, visited the port.",
            "He spoke for CPC Yancheng Committee members at the hall.",
            "The CPC Yancheng Committee Holds Plenary Session",
        ],
    ),
}


def _flat() -> list[tuple[str, str, str | None]]:
    """Each case as (code, text, the span it must report or None for good English)."""
    found: list[tuple[str, str, str | None]] = []
    for code, (slips, good) in CASES.items():
        found += [(code, text, span) for text, span in slips]
        found += [(code, text, None) for text in good]
    return found


@pytest.mark.parametrize(("code", "text", "span"), _flat())
def test_widened_rule_finds_its_slip_and_nothing_else(
    code: str, text: str, span: str | None
) -> None:
    assert_flags(code, text, span)
