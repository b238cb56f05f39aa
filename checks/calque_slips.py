"""Calques of the report genre for E801 (`wording`): a word of Chinese news English rendered
by the dictionary where English says it otherwise.

- 工作 "our works", "its works", "all works": the work in hand is not counted ("our work",
  "all the work"); an artist's or a museum's works, works of art and works "by" someone are
  left alone.
- 调度 "dispatch the work", "dispatching meeting": to dispatch is to send people or goods;
  the meeting that reviews progress and assigns tasks "reviews" or "coordinates" the work.
  Grid, train and emergency dispatching are English and left alone.
"""

from __future__ import annotations

import regex

from tifa.checks.grammar_slips import Keep, Mend

# A sentence, not a headline or a caption: these slips are read where the line ends with
# its stop, as `grammar_slips` reads its slips of number.
_IN_A_SENTENCE = r"""(?=[^\n]*[.!?]["”’)]*[ \t]*(?:\n|$))"""

# --- our works -----------------------------------------------------------------------------------
# Works that are made things: what is made, shown or written follows, or the paragraph is
# about art, books or films.
_MADE_AFTER = (
    r"of|by|on\s+display|exhibited|displayed|from|created|painted|written|collected|selected"
    r"|entered|submitted|shortlisted|won|are\s+(?:displayed|exhibited|on)|were\s+(?:displayed"
    r"|exhibited|on)"
)
_OUR_WORKS = regex.compile(
    r"(?i)(?<![\p{L}-])(?:our|its|all)\s+works(?![\p{L}-])(?!\s+(?:"
    + _MADE_AFTER
    + r")\b)"
    + _IN_A_SENTENCE
)
_ART = regex.compile(
    r"(?i)\b(?:art|arts|artists?|artwork|paint\p{L}*|calligraph\p{L}*|exhibit\p{L}*|museums?"
    r"|gallery|galleries|photo\p{L}*|films?|movies?|novels?|poe\p{L}*|literary|literature|books?"
    r"|authors?|writers?|composers?|music\p{L}*|operas?|dramas?|troupes?|sculpt\p{L}*|crafts?"
    r"|handicrafts?|design(?:s|ers?)|architects?|engineering|civil|water\s+conservancy"
    r"|public\s+works|complete[sd]?|completion|construction\s+site)\b"
)


def _made_things(m: regex.Match[str]) -> bool:
    """Works of art, books or building are counted: a paragraph that speaks of them is left
    alone."""
    start = m.string.rfind("\n", 0, m.start()) + 1
    end = m.string.find("\n", m.end())
    paragraph = m.string[start : end if end >= 0 else len(m.string)]
    return _ART.search(paragraph) is not None


def _our_work(text: str) -> str:
    """ "our works" → "our work", "all works" → "all the work"."""
    head = text[: -len("works")]
    if head.lower().startswith("all"):
        return head + "the work"
    return head + "work"


# --- dispatch the work --------------------------------------------------------------------------
# The verb with the work, an economy's running or progress as its object ("dispatch the
# work on", "study and dispatch the province's economic operation"), and the noun before
# "work" or "meeting" ("the dispatching work", "a dispatch meeting"), in lower case: "the
# Dispatch Meeting of the zone" is the meeting's name.
_DISPATCH = regex.compile(
    r"(?i)(?<![\p{L}-])(?<!(?:power|grid|electricity|train|traffic|emergency|flight|vehicle"
    r"|police|freight|rail|railway|bus|taxi|water|load)\s)(?:"
    r"dispatch(?:es|ed|ing)?\s+(?:the\s+)?(?:[\p{L}-]+['’]s?\s+)?(?:(?:economic|overall"
    r"|current|key|relevant|related|major|next|routine|production|project)\s+){0,2}"
    r"(?:work|operation|operations|progress|situation)(?!\s+(?:teams?|groups?|units?"
    r"|forces?|personnel|staff|crews?)\b)"
    r"|(?-i:dispatch(?:ing)?\s+(?:work|meetings?))(?!\s+(?:teams?|groups?|units?|forces?)\b))"
    r"(?![\p{L}-])"
)

SPECS: tuple[tuple[regex.Pattern[str], str, Mend, Keep], ...] = (
    (
        _OUR_WORKS,
        "工作 is “work”, not counted: “our work”, “all the work”",
        _our_work,
        _made_things,
    ),
    (
        _DISPATCH,
        "调度 is not “dispatch” (sending people or goods): “review the progress of the work”, "
        "“coordinate”, “a progress review meeting”",
        {},
        None,
    ),
)

# Columnar prefilter (Rust regex): each slip's key word.
PREFILTER = r"(?i)\b(?:our|its|all)\s+works\b|\bdispatch"
