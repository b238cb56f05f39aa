"""Singular heads that stand for more than one thing without a number before them: E805's
third and fourth shapes.

Two levels of government joined by "and" before a body ("the central and provincial Party
committee", "the national and provincial people's congress") name two bodies, one at each
level: no body is both central and provincial, so the head takes the plural, as English
writes it ("provincial and municipal CPC committees"). A noun after the head makes it a
modifier ("provincial and municipal government officials"), and "each" or "a" before the
levels counts one body at a time ("each provincial and municipal government").

Fields of industry named by a count noun — new materials, integrated circuits, water
resources, new energy vehicles, medical devices — are plural when listed as fields ("new
energy, new materials and biomedicine"): the singular item of such a list is the slip of
a language that marks no plural ("new energy, new material, integrated circuit").
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import regex

from tifa.checks.agreement import closes_phrase

# The levels of the Chinese state and Party, each a body of its own.
_LEVEL = (
    r"(?:national|central|provincial|municipal|prefectural|city|county|district|township"
    r"|town|village|local)(?:-level)?"
)
# Bodies and the meetings they hold: one at each level named.
_BODIES = (
    r"government|committee|congress|conference|meeting|department|bureau|commission"
    r"|court|procuratorate|federation|association"
)
_SPACE = r"[ \u00a0]+"
# At most three words between the levels and the body ("Party", "CPC", "People's",
# "organization work", "civil affairs"): none of them a plural, which would be the head.
_BETWEEN = (
    rf"(?:(?!(?:{_BODIES})[ \u00a0])(?:people['’]s|affairs|[\p{{L}}-]*[^s\W]){_SPACE}){{0,3}}"
)
_LEVEL_PAIR = regex.compile(
    rf"(?i)(?<![\p{{L}}-])(?P<first>{_LEVEL})(?:,)?{_SPACE}and{_SPACE}(?P<second>{_LEVEL}){_SPACE}"
    rf"{_BETWEEN}(?P<head>{_BODIES})(?![\p{{L}}\p{{N}}'’-])"
)
# Words before the levels that count one body: "each provincial and municipal government".
_ONE_BEFORE = regex.compile(
    r"(?i)(?<![\p{L}-])(?:each|every|a|an|one|any|no|either|neither|this|that)[ \u00a0]+$"
)

_DEFINITE_BEFORE = regex.compile(r"(?i)(?<![\p{L}-])(?:the|its|their|our|both)[ \u00a0]+$")

# Fields of industry named by a count noun, with the word that makes each a field.
_FIELD = regex.compile(
    r"(?i)(?<![\p{L}-])(?:(?:new|advanced|key)[ \u00a0]+(?P<noun>material)"
    r"|integrated[ \u00a0]+(?P<noun>circuit)"
    r"|(?:water|natural|mineral|land|forest|marine)[ \u00a0]+(?P<noun>resource)"
    r"|new[ \u00a0-]energy[ \u00a0]+(?P<noun>vehicle)"
    r"|medical[ \u00a0]+(?P<noun>device))(?![\p{L}\p{N}'’-])"
)
# A list item: a comma, "and" or "such as" before it, or a comma or "and" after it.
_ITEM_BEFORE = regex.compile(r"(?i)(?:,|(?<![\p{L}-])(?:and|such as|including|or))[ \u00a0]+$")
_ITEM_AFTER = regex.compile(r"(?i)[ \u00a0]*(?:,|[ \u00a0]and[ \u00a0])")
# "and" and a last item of one to three words that ends the list: "new material and
# biomedicine." (a noun shared by the items would follow the last one instead).
_LAST_ITEM = regex.compile(
    r"[ \u00a0]+and(?:[ \u00a0]+[\p{L}-]+){0,2}[ \u00a0]+(?!(?:industry|sector|field|area|chain"
    r"|cluster|base|park)[ \u00a0]*[.;:!?])(?:[\p{L}-]*ics|[\p{L}-]*[^s\W])[ \u00a0]*[.;:!?]"
)


@dataclass(frozen=True)
class Head:
    """A singular head standing for more than one: its span and the noun."""

    start: int
    end: int
    noun: str


def level_pair_singulars(text: str) -> Iterator[Head]:
    """Each body after two levels joined by "and" left singular where its phrase ends."""
    for m in _LEVEL_PAIR.finditer(text):
        if _ONE_BEFORE.search(text, max(0, m.start() - 10), m.start()):
            continue
        if not closes_phrase(text, m.end()):
            continue
        # Bare, "government" is also government as a system, a mass noun ("the powers of
        # provincial and local government"): taken only after "the" or a possessive.
        if m.group("head").lower() == "government" and not _DEFINITE_BEFORE.search(
            text, max(0, m.start() - 10), m.start()
        ):
            continue
        yield Head(m.start("head"), m.end("head"), m.group("head"))


def field_list_singulars(text: str) -> Iterator[Head]:
    """Each field of industry left singular as an item of a list where its phrase ends."""
    for m in _FIELD.finditer(text):
        if _ONE_BEFORE.search(text, max(0, m.start() - 10), m.start()):
            continue  # "a key material, ..." is one
        before = _ITEM_BEFORE.search(text, max(0, m.start() - 12), m.start())
        if before is None and _ITEM_AFTER.match(text, m.end()) is None:
            continue
        if not (closes_phrase(text, m.end()) or _LAST_ITEM.match(text, m.end())):
            continue
        yield Head(m.start("noun"), m.end("noun"), m.group("noun"))
