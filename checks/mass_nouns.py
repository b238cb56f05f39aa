"""Mass nouns made plural, for E801 (`wording`): the uncountable nouns of the report genre —
its fields of work and what is given or done in them — that a translation counts because
Chinese does not mark number ("infrastructures", "trainings", "guidances", "real estates").

Two kinds. Nouns English never counts in any sense a report can mean go to `PLURALS`, which
`wording` joins to its own table of uncountable nouns, flagged wherever they stand. Nouns whose "-s"
form is also a verb's or a countable sense's are flagged only where the words around make
the mass noun certain: "supports" after a determiner or an adjective that takes the noun
("strong supports for", "their supports"; not "the city supports"), "energies" after "full of",
"new" or "positive" (not "devote their energies to", the countable sense), "researches" after
a verb of doing ("conducted researches"; not "He researches") and "developments" after the
adjective of a policy ("high-quality developments"; not "recent developments", events).

Each noun was checked against English usage: a countable sense a report may mean keeps it out
("housings" of machines, "managements" of two firms, "leaderships" of two parties,
"safeties", "strivings", "productivities" of factors).
"""

from __future__ import annotations

from collections.abc import Callable

import regex

Mend = dict[str, str] | Callable[[str], str | None]
Keep = Callable[[regex.Match[str]], bool] | None

# Uncountable in every sense a report can mean: the plural is a slip wherever it stands.
PLURALS = {
    "infrastructures": "infrastructure",
    "governances": "governance",
    "tourisms": "tourism",
    "agricultures": "agriculture",
    "welfares": "welfare",
    "poverties": "poverty",
    "trainings": "training",
    "fundings": "funding",
    "evidences": "evidence",
    "assistances": "assistance",
    "guidances": "guidance",
    "maintenances": "maintenance",
    "transportations": "transportation",
    "manpowers": "manpower",
    "greeneries": "greenery",
    "livestocks": "livestock",
    "poultries": "poultry",
    "wildlifes": "wildlife",
    "sewages": "sewage",
    "garbages": "garbage",
    "expertises": "expertise",
    "real estates": "real estate",
}

_WHY = "an uncountable noun has no plural"
_AFTER = r"(?<![\p{L}-])"
_END = r"(?![\p{L}-])"

# Words before "supports" that make it the noun: a determiner or an adjective of help given.
_SUPPORT_BEFORE = (
    r"the|their|its|our|his|her|your|strong|great|full|policy|financial|technical|more"
    r"|necessary|vigorous|all-round|firm|generous|active|powerful|sincere|valuable|various"
    r"|intellectual|institutional|fiscal|precise|targeted"
)
# After the noun: a preposition, "and" or a stop ("the supports of the bridge" are beams, and
# "the city supports and guides" is the verb: "of" and a following verb are left out).
_SUPPORT_AFTER = r"(?= (?:to|for|from|in|on|and)\b|[.,;:])"
# Verbs of doing whose object is research done ("conducted researches on").
_DOING = (
    r"conduct|conducts|conducted|conducting|carry out|carries out|carried out|carrying out"
    r"|make|makes|made|making|do|does|did|doing|undertake|undertakes|undertook|undertaken"
    r"|undertaking"
)
# A policy's adjective before "developments": growth of a kind, not events.
_POLICY = (
    r"high-quality|sustainable|coordinated|green|integrated|leapfrog|balanced|all-round"
    r"|economic and social|social and economic"
)


def _less_s(text: str) -> str:
    return text[:-1]


def _less_es(text: str) -> str:
    return text[:-2]


def _energy(text: str) -> str:
    return text[:-3] + "y"


SPECS: tuple[tuple[regex.Pattern[str], str, Mend, Keep], ...] = (
    (
        regex.compile(rf"(?i)(?<={_AFTER}(?:{_SUPPORT_BEFORE}) )supports{_SUPPORT_AFTER}"),
        _WHY,
        _less_s,
        None,
    ),
    (
        regex.compile(rf"(?i)(?<={_AFTER}(?:full of|new|positive) )energies{_END}"),
        _WHY,
        _energy,
        None,
    ),
    (
        regex.compile(
            rf"(?i)(?<={_AFTER}(?:{_DOING}) (?:[\p{{Ll}}-]+ ){{0,2}})researches{_END}"
            rf"|(?<={_AFTER}(?:in-depth|extensive|thorough|relevant|related) )researches{_END}"
        ),
        _WHY,
        _less_es,
        None,
    ),
    (
        regex.compile(rf"(?i)(?<={_AFTER}(?:{_POLICY}) )developments{_END}"),
        _WHY,
        _less_s,
        None,
    ),
)

# Columnar prefilter (Rust regex): every contextual slip's key word (`PLURALS` go in with
# `wording`'s table).
PREFILTER = r"(?i)\b(?:supports|energies|researches|developments)\b"
