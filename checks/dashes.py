"""Dashes in a sentence, for P309 (spaced hyphens) and P315 (mismatched dash pairs).

A dash that sets off words is an em dash (spaced or not), an en dash or a hyphen with white
space on both sides, or a double hyphen. A dateline's dash ("BEIJING - President…",
"DALIAN, Sept 6 - …") separates the place and date from the story and pairs with nothing.
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

_MARK = regex.compile(r"[ \t]*—+[ \t]*|(?<=\S)[ \t]+(?:–|--?)[ \t]+(?=\S)")
# A place in capitals, optionally a date after a comma and a news agency in brackets.
_DATELINE = regex.compile(
    r"\p{Lu}[\p{Lu}'’.]+(?:[ ]\p{Lu}[\p{Lu}'’.]+)*(?:,[ ][^—–\n]{1,40}?)?(?:[ ]?\([^()]{1,30}\))?[ \t]*"
)
# The wire's name in brackets alone, the place left out of the dateline: "(Reuters) - China
# has dismissed …", as the wires' copy is often reprinted.
_WIRE_DATELINE = regex.compile(r"\(\p{Lu}[\p{L}.&'’ ]{0,28}\)[ \t]*")
_HYPHENS = ("-", "--")
_TITLE_DATELINE = regex.compile(
    r"\p{Lu}\p{Ll}+(?:[ ]\p{Lu}\p{Ll}+){0,2}(?:,[ ][^—–\n]{1,40}?)?(?:[ ]?\([^()]{1,30}\))?[ \t]*"
)
_STORY_START = regex.compile(
    r"[ \t]*(?:-|–|—)[ \t]*(?:The|A|An|This|These|In|On|At|According|As|With|Over|More|Local)\b"
)
_KIND = {"—": "em dash", "–": "en dash", "-": "spaced hyphen", "--": "double hyphen"}


@dataclass(frozen=True)
class Dash:
    """A dash setting words off: its span in the sentence (spaces included) and its kind."""

    start: int
    end: int
    mark: str

    @property
    def kind(self) -> str:
        """em dash, en dash, spaced hyphen or double hyphen."""
        return _KIND[self.mark]


def is_dateline(text: str, start: int) -> bool:
    """Whether a dash at `start` ends a dateline that opens `text`: a place in capitals
    ("BEIJING - …"), the wire's name in brackets alone ("(Reuters) - …"), or a place in
    title case before the first word of a story ("Chongqing - The third session …";
    "Shenyang - Dalian expressway" stays a compound)."""
    if (
        _DATELINE.fullmatch(text, 0, start) is not None
        or _WIRE_DATELINE.fullmatch(text, 0, start) is not None
    ):
        return True
    return (
        _TITLE_DATELINE.fullmatch(text, 0, start) is not None
        and _STORY_START.match(text, start) is not None
    )


def dashes(text: str) -> list[Dash]:
    """The dashes of a sentence that set words off, datelines left out; ranges between
    numbers ("2020 - 2021") are not dashes."""
    out = []
    for m in _MARK.finditer(text):
        mark = m.group().strip()
        if mark.startswith("—"):
            mark = "—"
        elif m.start() and text[m.start() - 1].isdigit() and text[m.end() : m.end() + 1].isdigit():
            continue
        if is_dateline(text, m.start()):
            continue
        out.append(Dash(m.start(), m.end(), mark))
    return out


def mismatched(text: str) -> list[tuple[Dash, Dash]]:
    """(dash, the dash it should match) for each dash of a pair set in another kind.

    Dashes pair up in order. A spaced hyphen gives way to a true dash whichever side it is
    on; between two true dashes the opening one sets the style.
    """
    found = dashes(text)
    out = []
    for first, second in zip(found[::2], found[1::2], strict=False):
        if first.mark == second.mark:
            continue
        if first.mark in _HYPHENS and second.mark not in _HYPHENS:
            out.append((first, second))
        else:
            out.append((second, first))
    return out
