"""Slips of address for E801 (`wording`): a title and "Mr." or "Ms." both before one name.

Chinese writes a title and an honorific side by side (黄大使先生, 唐书记); English gives a
name one of them: "Ambassador Huang" or "Mr. Huang, the ambassador", never "Ambassador Mr.
Huang". Only a capitalised title word right before the honorific and a capitalised name
after it, so that "the secretary, Mr. Tang," (an appositive) and "Mr. President" (an address)
are left alone.
"""

from __future__ import annotations

import regex

from tifa.checks.grammar_slips import Keep, Mend

_S = r"[ \u00a0]+"
_TITLES = (
    r"Ambassador|Consul|General|President|Premier|Minister|Governor|Mayor|Secretary|Chairman"
    r"|Chairwoman|Chairperson|Director|Director-General|Secretary-General|Counsell?or"
    r"|Commissioner|Affaires|Attaché|Attache|Manager|Dean|Professor|Chief|Deputy|Envoy"
)
_HONORIFIC = r"(?:Mr|Mrs|Ms|Miss|Madam|Madame|Mme)\.?"
_PATTERN = regex.compile(
    rf"(?<![\p{{L}}'’-])(?P<title>{_TITLES}){_S}(?P<honorific>{_HONORIFIC})"
    rf"(?={_S}\p{{Lu}}\p{{Ll}})"
)
_HONORIFIC_AFTER = regex.compile(rf"{_S}{_HONORIFIC}$")


def _title_alone(text: str) -> str | None:
    """ "Ambassador Mr." → "Ambassador" (the name after it keeps its space)."""
    title = _HONORIFIC_AFTER.sub("", text)
    return None if title == text else title


SPECS: tuple[tuple[regex.Pattern[str], str, Mend, Keep], ...] = (
    (
        _PATTERN,
        "a title and “Mr.” or “Ms.” both before one name: English gives it one of them "
        "(“Ambassador Huang”, or “Mr. Huang, the ambassador”; 黄大使先生)",
        _title_alone,
        None,
    ),
)

# Columnar prefilter (Rust regex): a title word, then an honorific and a capital.
PREFILTER = rf"(?-i:\b(?:{_TITLES}) {_HONORIFIC} \p{{Lu}})"
