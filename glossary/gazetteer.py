"""China's provincial-level and prefecture-level divisions in English, with their level.

Bodies are named after the level of the place they govern: a province has a Provincial Party
Committee and a Provincial People's Congress, a city a Municipal one. Rules that check body
names structurally ("CPC Qingdao Committee" lacks "Municipal") need to know which a place is,
whether or not the glossary has an entry for it. The table (``data/gazetteer.csv``, columns
``name,level,province``) lists the 34 provincial-level divisions and the prefecture-level
divisions in their usual pinyin spelling; ``name`` may give other spellings after ``|``
("Tibet|Xizang", "Lüliang|Lvliang|Luliang").

County-level places are not listed: a name the table does not know gets no level, and rules
stay silent about it.
"""

from __future__ import annotations

import csv
import io
from functools import cache
from importlib import resources

GAZETTEER = "gazetteer.csv"
# Levels whose bodies are called "Municipal": the municipalities directly under the central
# government and the cities at prefecture level (sub-provincial cities included).
MUNICIPAL = frozenset(["municipality", "sub-provincial city", "prefecture-level city"])


def _key(name: str) -> str:
    return name.replace("’", "'").strip()


@cache
def divisions() -> tuple[tuple[tuple[str, ...], str, str], ...]:
    """The table's rows: (spellings, level, province), in the table's order."""
    data = resources.files("tifa.glossary").joinpath("data", GAZETTEER).read_text("utf-8")
    return tuple(
        (tuple(_key(n) for n in row["name"].split("|")), row["level"], row["province"])
        for row in csv.DictReader(io.StringIO(data))
    )


@cache
def levels() -> dict[str, tuple[str, ...]]:
    """Every spelling in the table -> the levels of the places of that name (sorted: "Jilin"
    is a province and a city, "Suzhou" two cities of one level)."""
    found: dict[str, set[str]] = {}
    for spellings, level, _province in divisions():
        for spelling in spellings:
            found.setdefault(spelling, set()).add(level)
    return {name: tuple(sorted(found[name])) for name in sorted(found)}


def is_place(name: str) -> bool:
    """Whether `name` is a provincial-level or prefecture-level place ("Xi'an", "Xi’an")."""
    return _key(name) in levels()


def level_word(name: str) -> str | None:
    """The level word of the bodies of `name`: "Provincial" for a province, "Municipal" for a
    municipality or a city. None when the name is unknown, names places of two levels
    ("Jilin", "Hainan"), or is an autonomous region or prefecture, whose bodies carry their
    full name ("Xinjiang Uygur Autonomous Regional Committee")."""
    found = levels().get(_key(name), ())
    if len(found) != 1:
        return None
    level = found[0]
    if level == "province":
        return "Provincial"
    if level in MUNICIPAL:
        return "Municipal"
    return None


def is_municipality(name: str) -> bool:
    """Whether `name` is a municipality directly under the central government (Beijing,
    Tianjin, Shanghai, Chongqing), whose bodies' English names vary more than other cities'
    ("CPPCC Shanghai Committee" is the Shanghai committee's own usage)."""
    return levels().get(_key(name), ()) == ("municipality",)
