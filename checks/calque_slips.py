"""Calques of the report genre for E801 (`wording`): a word of Chinese news English rendered
by the dictionary where English says it otherwise.

- 工作 "our works", "its works", "all works": the work in hand is not counted ("our work",
  "all the work"); an artist's or a museum's works, works of art and works "by" someone are
  left alone.
- 调度 "dispatch the work", "dispatching meeting": to dispatch is to send people or goods;
  the meeting that reviews progress and assigns tasks "reviews" or "coordinates" the work.
  Grid, train and emergency dispatching are English and left alone.
- A verb with its own noun as object ("implement the implementation", "deploy the
  deployment"): 抓落实, 部署安排 rendered word by word say one thing twice.
- A noun said twice in one phrase ("the history of the Party's history", "of the Northeast
  in the Northeast"): 党史 or 东北 rendered once as the head and once more as its qualifier.
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

# --- implement the implementation ------------------------------------------------------------
# Any verb followed by the noun made from it, as its object: the noun's stem is the verb's.
# Not a noun that names a thing of its own before another noun ("develop the development
# zone", "implement the implementation plan").
_OWN_NOUN = regex.compile(
    r"(?i)(?<![\p{L}-])(?P<stem>\p{Ll}{4,}?)(?:e|es|ed|ing|s)?\s+(?:the|its|their)\s+"
    r"(?P=stem)e?(?:ation|ment|ion)(?![\p{L}-])"
    r"(?!\s+(?:zones?|areas?|district|parks?|plans?|programs?|programmes?|schemes?|rules"
    r"|measures|opinions|regulations|strategy|funds?|bank|department|office|bureau"
    r"|committee|commission|group|team|cent(?:er|re)|system|mechanism|stage|period)\b)"
)

# --- the history of the Party's history ----------------------------------------------------------
# A noun as the head and again as the end of its own "of" phrase with a word or two between
# (the noun joined straight to itself, "the agenda of the agenda", is `wording.repeated_nouns`),
# or a place said twice with two prepositions. The second ends the phrase (a stop or a small
# word follows it), so a noun that qualifies another ("the head of the head office") is left
# alone, and so is the mass line's "from the masses to the masses". "The area of the
# demonstration area" (its size) is English.
_PHRASE_END = (
    r"(?=\s*(?:[,.;:!?)\]]|$)|\s+(?:in|of|on|at|for|to|from|with|by|and|or|as|is|are|was|were"
    r"|has|have|had|will|would|should|must|can|could)(?![\p{L}-]))"
)
_NOUN_TWICE = regex.compile(
    r"(?i)(?<![\p{L}-])(?:"
    r"the\s+(?P<noun>(?!area\b)\p{L}{4,})\s+of\s+(?:the\s+)?"
    r"(?:(?!(?:the|a|an|and|or|but|as|than|to|in|on|at|by|with|for)\s)[\p{L}-]+(?:['’]s)?\s+){1,2}(?P=noun)"
    r"|(?P<p1>of|in|at|on|for)\s+the\s+(?P<place>\p{L}{4,})\s+(?!(?P=p1)\s)(?:of|in|at|on|for)"
    r"\s+the\s+(?P=place)"
    r")(?![\p{L}'’-])" + _PHRASE_END
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
    (
        _OWN_NOUN,
        "a verb and its own noun say one thing twice: “implement the measures”, not "
        "“implement the implementation”",
        {},
        None,
    ),
    (
        _NOUN_TWICE,
        "the same noun twice in one phrase says it twice: “the Party's history”, not “the "
        "history of the Party's history”; “in Northeast China”, not “of the Northeast in the "
        "Northeast”",
        {},
        None,
    ),
)

# Columnar prefilter (Rust regex): each slip's key word.
PREFILTER = (
    r"(?i)\b(?:our|its|all)\s+works\b|\bdispatch"
    r"|\b(?:the|its|their)\s+\p{L}{4,}(?:ation|ment|ion)\b"
    r"|\b(?:the\s+)?\p{L}{4,}\s+(?:of|in|at|on|for)\s+the\s+"
)
