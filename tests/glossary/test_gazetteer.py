"""The gazetteer of China's provincial-level and prefecture-level divisions."""

from __future__ import annotations

from collections import Counter

from tifa.glossary.gazetteer import divisions, is_municipality, is_place, level_word


def test_every_provincial_level_division_and_the_prefecture_level_cities_are_listed() -> None:
    found = Counter(level for _names, level, _province in divisions())
    assert found["province"] == 23  # Taiwan included
    assert found["autonomous region"] == 5
    assert found["municipality"] == 4
    assert found["special administrative region"] == 2
    assert found["prefecture-level city"] + found["sub-provincial city"] == 293
    assert found["sub-provincial city"] == 15
    top = ("province", "autonomous region")
    provinces = {names[0] for names, level, _p in divisions() if level in top}
    assert all(p in provinces for _n, _l, p in divisions() if p)  # each city's province is listed


def test_level_words() -> None:
    assert level_word("Shandong") == "Provincial"
    assert level_word("Qingdao") == "Municipal"  # sub-provincial
    assert level_word("Huai'an") == "Municipal"
    assert level_word("Huai’an") == "Municipal"  # either apostrophe
    assert level_word("Beijing") == "Municipal"
    assert level_word("Jilin") is None  # a province and a city
    assert level_word("Xinjiang") is None  # an autonomous region names itself in full
    assert level_word("Zhuanghe") is None  # county level: not listed
    assert is_place("Xigaze") and is_place("Tibet") and is_place("Xizang")
    assert is_municipality("Chongqing") and not is_municipality("Qingdao")
