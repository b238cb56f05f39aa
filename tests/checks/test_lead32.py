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
