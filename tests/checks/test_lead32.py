"""P320 glued-words: a place or level word glued to a body's initialism or an administrative
unit, and "a" glued to a capitalised word (session 32). The sentences are written for these
tests."""

from __future__ import annotations

import pytest
from helpers import assert_flags


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("The delegation from PulandianCity arrived in the morning.", "PulandianCity"),
        ("Officials of the JilinProvince government attended the fair.", "JilinProvince"),
        ("Farmers in ChangtuCounty harvested 20,000 tonnes of rice.", "ChangtuCounty"),
        ("Deputies to the WafangdianMPC reviewed the budget.", "WafangdianMPC"),
        ("The session of the LiaoningCPPCC closed on Friday.", "LiaoningCPPCC"),
        ("The MunicipalCPCCommittee held a plenary session.", "MunicipalCPCCommittee"),
        ("She became aParty member in 2003 and a village head in 2010.", "aParty"),
    ],
)
def test_glued_to_a_unit_an_initialism_or_an_article_is_flagged(text: str, span: str) -> None:
    assert_flags("P320", text, span)


@pytest.mark.parametrize(
    "text",
    [
        # Spaced as it should be.
        "The delegation from Pulandian City met deputies to the Wafangdian MPC.",
        # Brands and handles written in capitals inside: not a place before a unit.
        "Residents pay with WeChat and buy fuel from PetroChina on their iPhone.",
        "The NPCObserver blog and the eBay store were not mentioned.",
        # An English word before the initialism is no place or level word.
        "The WorldNPC forum is a made-up name.",
        # "a" before a short capitalised word may be a product's name.
        "The firm sells the aPad tablet in the county.",
    ],
)
def test_spaced_words_and_brand_names_are_left_alone(text: str) -> None:
    assert_flags("P320", text, None)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        (
            "Xi spoke at the 40th group study session in June. The bureau studied his speech "
            "at the fortieth group study session on Monday.",
            "fortieth",
        ),
        (
            "The Third Session of the Seventeenth Municipal People's Congress closed on "
            "Friday. Deputies to the 17th Municipal People's Congress voted on the budget.",
            "Seventeenth",
        ),
        (
            "The county marked the 60th anniversary of its founding. The sixtieth "
            "anniversary gala was held in the square.",
            "sixtieth",
        ),
    ],
)
def test_an_ordinal_spelt_out_against_its_figures_is_flagged(text: str, span: str) -> None:
    assert_flags("E803", text, span)


@pytest.mark.parametrize(
    "text",
    [
        # A title block in Title Case alone on its line keeps its style.
        "The Third Session of the Seventeenth Municipal People's Congress\n\n"
        "Deputies to the 17th Municipal People's Congress voted on the budget.",
        # Another word after the spelt ordinal: another thing counted.
        "The 40th group study session was held in June. It was his fortieth visit to the city.",
        # No figures in the article.
        "The Third Session of the Seventeenth Municipal People's Congress closed on Friday.",
    ],
)
def test_an_ordinal_the_article_never_writes_in_figures_is_left_alone(text: str) -> None:
    assert_flags("E803", text, None)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("In the 1st half of 2024, the port handled 180 million tonnes.", "the 1st half"),
        ("The county set out its tasks for the 2nd half of the year.", "the 2nd half"),
        ("Retail sales rose 6 percent in the 3rd quarter of last year.", "the 3rd quarter"),
    ],
)
def test_a_half_or_quarter_by_its_ordinal_in_figures_is_flagged(text: str, span: str) -> None:
    assert_flags("E801", text, span)


@pytest.mark.parametrize(
    "text",
    [
        "In the first half of 2024, the port handled 180 million tonnes.",
        "The 2nd Half Marathon of the county drew 3,000 runners.",
        "Phase 2 began in the 2nd month; half of it was finished by May.",
    ],
)
def test_a_half_or_quarter_in_words_is_left_alone(text: str) -> None:
    assert_flags("E801", text, None)
