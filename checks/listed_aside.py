"""Examples named after a comma ("…, such as Li Hua and Wang Fang"), the aside never closed.

"City leaders, such as Li Hua and Wang Fang were present": the comma before "such as" or
"including" opens an aside of examples, and English closes it before the sentence goes on
("…, such as Li Hua and Wang Fang, were present"). Without the second comma the last name
reads as the verb's subject. Only names are read (every word of an item capitalised, with
"of", "the" or "and" inside a body's name), and only an auxiliary, "attended" or "took"
right after the last name: a list in lower case, a relative clause ("…, including Li Hua,
who …") or a restrictive list with no comma before it ("cities such as Xi'an are …") is
not read, nor "such as" meaning "as" ("…, such as Shenzhen has done").
"""

from __future__ import annotations

import regex

# One name: capitalised words, "of" or "the" inside a body's name ("Bank of China").
_NAME = r"\p{Lu}[\p{L}'’-]*(?:[ ](?:of[ ]|the[ ])?\p{Lu}[\p{L}'’.-]*){0,5}"
_VERB = (
    r"(?:(?:also|all|both|jointly)[ ])?(?:were|was|are|is|have|has|had|will|would|attended|took)"
)
PATTERN = regex.compile(
    rf"(?<=\p{{L}}),[ ](?:such as|including)[ ](?P<list>{_NAME}(?:(?:,[ ]|[ ]and[ ]|,[ ]and[ ])"
    rf"{_NAME}){{0,12}})[ ](?P<verb>{_VERB})\b(?![ ](?:done|doing)\b)"
)
PREFILTER = r", (?:such as|including) \p{Lu}"
MESSAGE = "names after “such as” or “including” opened by a comma and not closed before the verb"


def closing(m: regex.Match[str]) -> tuple[int, int, str]:
    """(start, end, suggestion) of the finding: the last name and the verb, a comma between."""
    last = regex.split(r",[ ](?:and[ ])?|[ ]and[ ]", m.group("list"))[-1]
    start = m.end("list") - len(last)
    return start, m.end("verb"), f"{last}, {m.group('verb')}"
