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


# Another part of the subject added after a comma with "as well as" ("Li Hua and Wang Fang,
# as well as 300 guests were present"): the aside opens with the comma and closes before
# the verb ("…, as well as 300 guests, were present"), or the guests read as the only
# subject. Only the verbs of a report's list of those present are read, never a passive
# ("attended by"). The words before the comma must hold no verb, so that they are the
# subject and not a clause of their own ("He toured the port, as well as the school he
# attended"); nor may the aside hold a pronoun or a relative word, which would make the
# verb its own.
_PRESENT = (
    r"(?:(?:also|all|both|jointly)[ ])?(?:attended|were[ ](?:also[ ])?present|was[ ]present"
    r"|were[ ]in[ ]attendance|took[ ]part|participated|witnessed)"
)
AS_WELL_AS = regex.compile(
    r"(?<=\p{L}),[ ]as[ ]well[ ]as[ ](?P<aside>[^,;:.!?()\"“”\n]{3,160}?)"
    rf"[ ](?P<verb>{_PRESENT})(?![\p{{L}}-])(?![ ]by\b)"
)
AS_WELL_AS_PREFILTER = (
    r", as well as [^,;:.!?]+ (?:attended|were present|were also present|was present"
    r"|were in attendance|took part|participated|witnessed)"
)
AS_WELL_AS_MESSAGE = "an aside opened by “, as well as” and not closed before the verb"
_OWN_CLAUSE = regex.compile(
    r"(?<![\p{L}'’-])(?:who|whom|whose|which|that|where|when|he|she|it|they|we|I|you)(?![\p{L}'’-])"
)
_ADJECTIVES_IN_ED = frozenset(["related", "invited", "distinguished", "concerned"])
_FINITE_BEFORE = regex.compile(
    r"(?<![\p{L}'’-])(?:is|are|was|were|has|have|had|will|would|shall|should|can|could|may"
    r"|might|must|do|does|did|met|made|gave|took|held|led|said|told|saw|went|sent|paid|spoke"
    r"|became|began|brought|built|won|wrote|kept|left|came|found|heard|stood|\p{Ll}{2,}ed)"
    r"(?![\p{L}'’-])"
)


def as_well_as_closing(text: str, m: regex.Match[str]) -> tuple[int, int, str] | None:
    """(start, end, suggestion) for a match of AS_WELL_AS whose aside is left open: the
    aside's last word and the verb, a comma between; None when the words before the comma
    hold a verb or the aside a clause of its own."""
    if _OWN_CLAUSE.search(m.group("aside")):
        return None
    stop = text.rfind(". ", 0, m.start())
    opening = stop + 2 if stop >= 0 else 0
    for word in _FINITE_BEFORE.finditer(text, opening, m.start()):
        if word.group() not in _ADJECTIVES_IN_ED:
            return None
    last = m.group("aside").split(" ")[-1]
    start = m.end("aside") - len(last)
    return start, m.end("verb"), f"{last}, {m.group('verb')}"
