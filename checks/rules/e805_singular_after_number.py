"""E805 singular-after-number."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import polars as pl
import regex

from tifa.checks.agreement import (
    CLOSING_WORDS,
    NUMBER_WORDS,
    QUANTITY_WORDS,
    closes_phrase,
    singular_of,
)
from tifa.checks.context import Context
from tifa.checks.numbers import ORDINALS
from tifa.checks.plural_heads import Head, field_list_singulars, level_pair_singulars
from tifa.checks.quantified_lists import singular_in_lists
from tifa.checks.registry import rule
from tifa.checks.rule import Fix, Severity, add_row, new_rows, output
from tifa.checks.scan import candidate_rows
from tifa.checks.textcase import inflect

# Count nouns of government news that are never used after a number in the singular: the
# bodies, places, units and events numbers are counted in.
COUNT_NOUNS = frozenset(
    {
        "agency",
        "agreement",
        "bureau",
        "center",
        "centre",
        "city",
        "commission",
        "committee",
        "company",
        "conference",
        "contract",
        "country",
        "county",
        "court",
        "delegate",
        "delegation",
        "department",
        "district",
        "document",
        "enterprise",
        "factory",
        "forum",
        "hospital",
        "household",
        "industry",
        "measure",
        "meeting",
        "member",
        "ministry",
        "municipality",
        "office",
        "official",
        "park",
        "policy",
        "prefecture",
        "project",
        "province",
        "region",
        "school",
        "session",
        "station",
        "task",
        "team",
        "town",
        "township",
        "unit",
        "university",
        "village",
        "zone",
    }
    # The genre's other count nouns, which it counts after an adjective as often as bare
    # ("two devastating disaster", "the two on-site assessment condition of"): disasters,
    # the things a plan sets out, the sites a leader visits and the people met there. Not
    # nouns English also uses as a mass ("all activity", "all research"), nor a measure.
    | {
        "achievement",
        "aspect",
        "bridge",
        "building",
        "cadre",
        "condition",
        "disaster",
        "exhibition",
        "expert",
        "facility",
        "farmer",
        "festival",
        "hotel",
        "indicator",
        "institution",
        "mechanism",
        "museum",
        "organization",
        "platform",
        "problem",
        "product",
        "reservoir",
        "resident",
        "seminar",
        "student",
        "tourist",
        "visitor",
        "worker",
    }
)
# Those that are also verbs: "the two meeting in Beijing" are two people meeting.
_ALSO_VERBS = frozenset(
    {"center", "centre", "contract", "court", "delegate", "document", "measure"}
    | {"meeting", "park", "project", "station", "task", "team"}
    | {"bridge", "platform"}
)
_NUMBER_WORDS = "|".join(sorted(NUMBER_WORDS, key=lambda w: (-len(w), w)))
_NOUNS = "|".join(sorted(COUNT_NOUNS, key=lambda w: (-len(w), w)))
# A number over one, as figures (not part of a code, decimal, fraction, range or compound:
# "G20", "No.2", "1.5", "3/4", "2-3", "two-day") or as a lower-case word (capitalised only
# at the start of a sentence: "Two Sessions" in a title is a name), then at most one word,
# then the noun, whole.
# Quantifiers that count more than one as a number does ("all county-level city attended",
# "various prefecture,"): no word of theirs labels one thing.
_QUANTIFIERS = (
    r"several|many|various|numerous|multiple|both|these|those|all"
    r"|a\s+(?:number|series|batch|host)\s+of|(?:dozens|hundreds|thousands|scores)\s+of"
)
_QUANTIFIER = regex.compile(rf"(?i:{_QUANTIFIERS})")
_DETERMINERS = frozenset(
    {"the", "a", "an", "this", "that", "its", "their", "our", "his", "her", "my", "your", "of"}
)
# One or two describing words may stand between ("two devastating disaster", "the two
# on-site assessment condition of"): group 2 holds them all.
_WORD = r"\p{L}+(?:-\p{L}+)*"
_PATTERN = regex.compile(
    rf"(?<![\p{{L}}\p{{N}}.,/\-#'’])((?:\d{{1,3}}(?:,\d{{3}})+|\d+)|{_NUMBER_WORDS}"
    rf"|(?:(?<=^|[.!?][ \u00a0]+)(?i:{_NUMBER_WORDS}))|(?i:{_QUANTIFIERS}))"
    rf"(?![\p{{L}}\p{{N}}\-/%]|[.,]\d)"
    rf"[ \u00a0]+(?:({_WORD}(?:[ \u00a0]+{_WORD})?)[ \u00a0]+)?({_NOUNS})(?![\p{{L}}\p{{N}}'’\-])"
)
_PREFILTER = (
    rf"(?i)(?:\d|\b(?:{_NUMBER_WORDS}|several|many|various|numerous|multiple|both|these|those"
    rf"|all|(?:number|series|batch|host|dozens|hundreds|thousands|scores) of))[ \u00a0]+"
    rf"(?:[\pL-]+[ \u00a0]+){{0,2}}(?:{_NOUNS})\b"
)
# A plural quantifier before a list with a plural in it ("all districts, counties and
# county-level city"): the list's items are read in `quantified_lists`.
_PLURALS = frozenset(inflect(noun, "s")[0] for noun in COUNT_NOUNS)
_LIST_PREFILTER = (
    r"(?i)\b(?:all|various|several|many|numerous|multiple|dozens of|hundreds of|thousands of"
    r"|number of) [^.;\n]{0,80}(?:,| and| or) "
)
_LEVEL_PREFILTER = (
    r"(?i)\b(?:national|central|provincial|municipal|prefectural|city|county|district"
    r"|township|town|village|local)(?:-level)?,? and "
)
_FIELD_PREFILTER = r"(?i)\b(?:material|circuit|resource|vehicle|device)\b"
# Words after which a number labels one thing, not a count: "No. 2 project", "Line 3",
# "tier two city", "the number two official", "top 10 enterprise".
_LABEL_BEFORE = regex.compile(
    r"(?i)(?:\b(?:no|nos|number|grade|class|level|type|phase|line|route|zone|building"
    r"|room|gate|exit|platform|terminal|stage|step|item|article|chapter|section|part|page"
    r"|row|lot|block|plot|hall|area|team|group|batch|round|tier|top|a|an|each|every|per"
    r"|this|that|one)\.?)[ \u00a0]*$"
)
# Before figures, a capitalised word is a name the number labels ("May 5", "Line 2"), unless
# it is a sentence's first word ("The 6 bureaus").
_NAME_BEFORE = regex.compile(r"(?<![.!?][ \u00a0]*)(?<!^[ \u00a0]*)\p{Lu}\p{L}*[ \u00a0]*$")
# Sittings are numbered: "the seven session of the Fifth Congress" is 第七次会议 with its
# ordinal lost, so after "the" the ordinal is suggested rather than the plural.
_NUMBERED = frozenset({"session", "meeting", "conference", "forum"})
_ORDINAL_OF = {value: word for word, value in ORDINALS.items()}
_THE_BEFORE = regex.compile(
    r"(?i)\bthe[ \u00a0]+(?:(?:national|provincial|municipal|county|district)[ \u00a0]+)?$"
)
# Years are labels too ("the 2019 session").
_YEAR = regex.compile(r"^(?:19|20)\d\d$")


# Heads left singular that stand for more than one, each found by its own pass over the
# rows its prefilter lets through: (prefilter, finder, why it wants the plural).
_PLURAL_HEADS: tuple[tuple[str, Callable[[str], Iterator[Head]], str], ...] = (
    (
        _LEVEL_PREFILTER,
        level_pair_singulars,
        "after two levels joined by “and”: one body at each level, the plural",
    ),
    (_FIELD_PREFILTER, field_list_singulars, "as a field in a list: the plural"),
)


@rule("E805", "singular-after-number", Severity.WARNING, Fix.UNSAFE)
def singular_after_number(ctx: Context) -> pl.DataFrame:
    """A count noun left singular after a number greater than one.

    ## What it does
    Finds a number over one (in figures or words) followed, at most two describing words
    later, by a singular count noun of government news — bureau, project, enterprise,
    district, county, village, city, province, meeting, session, company, delegate, member,
    official, township, disaster, condition, museum, expert, cadre and a few more — that
    ends the noun phrase ("six tax bureau were merged", "two devastating disaster"), and
    suggests the plural. After "the", a session, meeting, conference or forum counted in
    words is a numbered sitting whose ordinal was lost ("the seven session of the Fifth
    Municipal People's Congress"): the ordinal is suggested. Left alone: a noun that
    modifies the next one ("two county governments", "three city-level awards"), compounds
    and measures ("two-day", "three year plan", "5 percent", "two million yuan"), a number
    that labels ("No. 2 project", "Line 3 project", "tier two city", "the 2019 session",
    "Phase 2 district"), "one", ordinals ("the 14th Five-Year Plan"), "Two Sessions" and any
    capitalised number word inside a sentence (a title), a word between that is plural or
    possessive ("two cities' joint project"), and nouns that are also verbs (meeting,
    project, delegate, measure, team ...), taken only before punctuation, an auxiliary or a
    past form ("the two meeting in Beijing" are two people).

    Also a body after two levels joined by "and" where its phrase ends ("the central and
    provincial Party committee", "the national and provincial people's congress"): one body
    at each level, so the plural. Not a head that modifies the next noun ("provincial and
    municipal government officials"), one counted by "each" or "a", a level ("at the
    national and provincial level"), nor a bare "government", which may be the system of
    government ("the powers of provincial and local government"). And a field of industry
    named by a count noun — new materials, integrated circuits, water resources, new energy
    vehicles, medical devices — left singular as an item of a list where its phrase ends
    ("new energy, new material and biomedicine"); not one that modifies the next noun ("the
    new material industry") or is one thing ("a key material").

    ## Why is this bad?
    A number and its noun disagree: the slip of a translation from Chinese, which marks no
    plural, and one an editor always mends.

    ## Example
    ```text
    Last year six tax bureau were merged into three district bureau.
    ```

    ## Use instead
    ```text
    Last year six tax bureaus were merged into three district bureaus.
    ```

    ## Fix safety
    Unsafe: the plural is suggested, but a number that labels rather than counts ("Zone
    3 project") needs a person to decide.
    """
    rows = new_rows()
    seen: set[tuple[int, int]] = set()
    for doc, base, text in candidate_rows(ctx.segments, "tgt", _PREFILTER):
        for m in _PATTERN.finditer(text):
            if not _disagrees(text, m):
                continue
            number, noun = m.group(1), m.group(3)
            ordinal = _ORDINAL_OF.get(NUMBER_WORDS.get(number.lower(), 0))
            if (
                ordinal
                and noun in _NUMBERED
                and _THE_BEFORE.search(text, max(0, m.start() - 20), m.start())
            ):
                message = f"“{m.group()}”: a numbered sitting takes the ordinal"
                fixed = ordinal + text[m.end(1) : m.end()]
                add_row(rows, doc, base + m.start(), base + m.end(), message, fixed)
                continue
            message = (
                f"“{noun}” singular after “{' '.join(number.split())}”: the plural"
                if _QUANTIFIER.fullmatch(number)
                else f"“{noun}” singular after “{number}”: the plural, or an ordinal if one"
                " thing is meant"
            )
            add_row(rows, doc, base + m.start(3), base + m.end(3), message, inflect(noun, "s")[0])
            seen.add((doc, base + m.start(3)))
    for doc, base, text in candidate_rows(ctx.segments, "tgt", _LIST_PREFILTER):
        for slip in singular_in_lists(text, COUNT_NOUNS, _PLURALS):
            if (doc, base + slip.start) in seen:
                continue
            seen.add((doc, base + slip.start))
            message = (
                f"“{slip.noun}” singular in a list after “{slip.quantifier}” whose other "
                "items are plural: the plural"
            )
            fixed = inflect(slip.noun, "s")[0]
            add_row(rows, doc, base + slip.start, base + slip.end, message, fixed)
    for prefilter, heads, why in _PLURAL_HEADS:
        for doc, base, text in candidate_rows(ctx.segments, "tgt", prefilter):
            for head in heads(text):
                message = f"“{head.noun}” singular {why}"
                fixed = inflect(head.noun, "s")[0]
                add_row(rows, doc, base + head.start, base + head.end, message, fixed)
    return output(rows)


def _disagrees(text: str, m: regex.Match[str]) -> bool:
    number, between = m.group(1), m.group(2)
    if number[:1].isdigit():
        digits = number.replace(",", "")
        if (
            int(digits) < 2
            or _YEAR.match(digits)
            or _NAME_BEFORE.search(text, max(0, m.start() - 40), m.start())
        ):
            return False
    if _LABEL_BEFORE.search(text, max(0, m.start() - 20), m.start()):
        return False
    words = between.lower().split() if between is not None else []
    for lower in words:
        # "all the city", "both its district": a determiner between makes the quantifier a
        # pronoun or predeterminer over one thing; with two words between, a function word
        # ends the number's phrase before the noun ("at 9 am the meeting").
        if (_QUANTIFIER.fullmatch(number) or len(words) > 1) and (
            lower in CLOSING_WORDS or lower in _DETERMINERS
        ):
            return False
        if (
            lower in QUANTITY_WORDS
            or lower in NUMBER_WORDS
            or singular_of(lower) is not None
            or lower.endswith("s")
        ):
            return False
    return closes_phrase(text, m.end(), strict=m.group(3) in _ALSO_VERBS)
