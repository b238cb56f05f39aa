"""E811 present-perfect-by-date."""

from __future__ import annotations

import polars as pl
import regex

from tifa.checks.context import Context
from tifa.checks.registry import rule
from tifa.checks.rule import Fix, Severity, add_row, new_rows, output
from tifa.checks.scan import prose_matches

_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December|Jan\.|Feb\.|Mar\.|Apr\.|Jun\.|Jul\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)"
)
# A date in a year, opening the sentence: "By 2008,", "Till the end of June 2019,", "Up to
# the end of 2017,". "As of" and "Since" are left alone: they count up to now, and the
# present perfect is right after them.
_DATE = (
    rf"(?:By|Till|Until|Up to|Up till|Up until)(?: the end of| the end-of| late| early)?"
    rf"(?: {_MONTH}(?: \d{{1,2}})?,?)? (?:19|20)\d\d"
)
_PATTERN = regex.compile(
    rf"(?:^|(?<=[.!?]\s+)|(?<=\n\s*))(?P<date>{_DATE}),\s+"
    r"(?P<subject>[^,;:.!?\n()\"“”]{1,80}?)\s(?P<verb>has|have)(?![\p{L}'’-])"
    r"(?:\s+(?:also|already|basically|altogether|successively|\p{Ll}+ly))*"
    r"(?:\s+(?P<next>[\p{L}-]+)(?:\s+(?P<after>[\p{L}-]+))?)?",
    regex.MULTILINE,
)
_PREFILTER = (
    r"(?:By|Till|Until|Up to|Up till|Up until)[^,.\n]{0,30}\b(?:19|20)\d\d, [^.\n]*\b(?:has|have)\b"
)
# A subject holding one of these words is a clause of its own ("By 2020, when the city
# has…"), or the verb is part of a future or an infinitive ("the city will have", "aims to
# have").
_NOT_A_SUBJECT_WORDS = (
    "that which who whom whose when where if whether as since because once after before "
    "while although though will would shall should may might must can could to not"
)
_NOT_A_SUBJECT = frozenset(_NOT_A_SUBJECT_WORDS.split())
# Verbs of intent after "has": the date belongs to what is intended ("By 2030, China has
# pledged to peak emissions"), and the present perfect is right. So is "set" (a goal),
# but not "set up".
_INTENT_WORDS = (
    "pledged vowed promised planned aimed committed decided proposed targeted resolved "
    "announced said called required asked urged ordered approved determined issued "
    "unveiled released launched stated pointed stressed expected projected estimated "
    "predicted forecast agreed undertaken sought to"
)
_INTENT = frozenset(_INTENT_WORDS.split())


# A day or a meeting opening the sentence dates what it tells as past and done: "On May 12,",
# "On the morning of July 3,", "During the meeting,", "At the conference,", "Yesterday,".
# "During the past five years" counts up to now and is no such opener.
_DAY = rf"{_MONTH} \d{{1,2}}(?:st|nd|rd|th)?(?:,? (?:19|20)\d\d)?"
_EVENTS = (
    r"meeting|conference|session|forum|symposium|seminar|rally|ceremony|talks|visit"
    r"|inspection|event|gathering|plenary|congress|forum|tour"
)
_DATED = (
    rf"On (?:the (?:morning|afternoon|evening|night) of )?{_DAY}"
    rf"|(?:During|At|In) the (?:[\p{{L}}-]+ )?(?:{_EVENTS})"
    r"|Yesterday(?: (?:morning|afternoon|evening))?"
)
_ADVERBS = r"(?:\s+(?:also|already|successfully|further|formally|officially|fully|\p{Ll}+ly))*"
_DATED_PATTERN = regex.compile(
    rf"(?:^|(?<=[.!?][\"”’]?\s+)|(?<=\n\s*))(?P<date>{_DATED}),\s+"
    r"(?P<subject>[^,;:.!?\n()\"“”]{1,250}?)\s(?P<verb>has|have)(?![\p{L}'’-])"
    rf"(?P<between>{_ADVERBS})(?P<been>\s+been{_ADVERBS})?\s+(?P<part>\p{{Ll}}+)(?![\p{{L}}'’-])",
    regex.MULTILINE,
)
_DATED_PREFILTER = (
    r"(?:On (?:the \w+ of )?[A-Z][a-z]+\.? \d|During the|At the|In the|Yesterday)[^.\n]*"
    r"\b(?:has|have) "
)
# Words that make the time a span up to now, where the present perfect is right ("On May 12,
# the city said 40 firms have moved in since January").
_UP_TO_NOW = regex.compile(
    r"(?i)(?<![\p{L}-])(?:since|so far|to date|(?:up|till|until|by) now|ever|yet)(?![\p{L}-])"
)
# Words before "has" that make it part of a future, a modal or an infinitive ("will have").
_NOT_FINITE = frozenset(
    ["to", "will", "would", "shall", "should", "may", "might", "must", "can", "could", "not"]
)
# Past participles that are not "-ed", with their simple past.
_IRREGULAR_PAST = {
    "held": "held",
    "made": "made",
    "built": "built",
    "taken": "took",
    "given": "gave",
    "seen": "saw",
    "met": "met",
    "sent": "sent",
    "set": "set",
    "won": "won",
    "begun": "began",
    "become": "became",
    "done": "did",
    "put": "put",
    "brought": "brought",
    "drawn": "drew",
    "shown": "showed",
    "written": "wrote",
    "chosen": "chose",
    "laid": "laid",
    "paid": "paid",
    "led": "led",
    "kept": "kept",
    "told": "told",
    "found": "found",
    "spoken": "spoke",
    "sought": "sought",
    "undertaken": "undertook",
}


def _dated_perfect(text: str, m: regex.Match[str]) -> tuple[str, str] | None:
    """The message and the simple past for a present perfect after a day or a meeting
    opening its sentence, or None where the tense is right or the verb is not finite."""
    # An infinitive may sit inside the subject ("the plan to expand the port has been
    # adopted"); a clause word or a modal may not, and none may stand right before "has".
    words = m.group("subject").lower().split()
    if not words or words[-1] in _NOT_FINITE or words[-1] in _NOT_A_SUBJECT:
        return None
    if any(w in _NOT_A_SUBJECT and w != "to" for w in words):
        return None
    end = regex.compile(r"[.!?](?:\s|$)").search(text, m.end())
    if _UP_TO_NOW.search(text, m.start(), end.start() if end else len(text)):
        return None
    verb, part = m.group("verb"), m.group("part")
    if m.group("been"):
        past = ("was" if verb == "has" else "were") + m.group("between") + m.group("been")[5:]
        fixed = f"{past} {part}"
        told = "was" if verb == "has" else "were"
    else:
        simple = _IRREGULAR_PAST.get(part) or (part if part.endswith("ed") else None)
        if simple is None:
            return None
        fixed = m.group("between").strip() + " " + simple if m.group("between") else simple
        fixed = fixed.strip()
        told = simple
    message = (
        f"“{m.group('date')}, … {verb}{' been' if m.group('been') else ''} {part}”: what the "
        f"day or the meeting dates is past and done; the simple past, “{told}”"
    )
    return message, fixed


@rule("E811", "present-perfect-by-date", Severity.WARNING, Fix.UNSAFE)
def present_perfect_by_date(ctx: Context) -> pl.DataFrame:
    """The present perfect after "By" a date in a year, or after a day or a meeting.

    ## What it does
    Finds a sentence that opens with "By", "Till", "Until" or "Up to" and a date in a year
    ("By 2008,", "Till the end of June 2019,", "Up to the end of 2017,") whose subject then
    takes "has" or "have". The date closes the period counted, so the verb looks back from
    it: "had" for a date past, "will have" for one to come; the present perfect looks back
    from now. Sentences opening with "As of" or "Since" are left alone (they count up to
    now), as are a subject that is a clause of its own ("By 2020, when the city has…"), a
    future or an infinitive ("will have", "aims to have") and a verb of intent ("By 2030,
    China has pledged to…": the date belongs to what is pledged).

    Also a present perfect, active or passive, in a sentence that opens with a day or a
    meeting — "On May 12,", "On the morning of July 3,", "During the meeting,", "At the
    conference,", "Yesterday," — whose subject then takes "has" or "have" and a past
    participle ("During the meeting, the work of the first half has been reviewed"): what
    the day or the meeting dates is past and done, and takes the simple past ("was
    reviewed"). Left alone: a sentence that counts up to now ("since", "so far", "to date",
    "ever"), a span opener ("During the past five years"), a verb in a clause of its own
    ("officials who have worked"), a future or a modal ("will have"), "has to".

    ## Why is this bad?
    The tense contradicts the date: the reader cannot tell whether the figure is the one
    reached then or the one standing now. It is the mark of 截至…年 rendered word for word.

    ## Example
    ```text
    By 2008, the city has signed agreements with 67 cities.
    During the meeting, the plan for the new port has been adopted.
    ```

    ## Use instead
    ```text
    By 2008, the city had signed agreements with 67 cities.
    During the meeting, the plan for the new port was adopted.
    ```

    ## Fix safety
    Unsafe: "had" is suggested; for a date still to come "will have" is right instead. After
    a day or a meeting the simple past is suggested, which a person should read with the
    sentence.
    """
    rows = new_rows()
    for doc, base, _text, m in prose_matches(ctx.segments, "tgt", _PREFILTER, _PATTERN):
        words = m.group("subject").lower().split()
        if not words or any(w in _NOT_A_SUBJECT for w in words):
            continue
        following = (m.group("next") or "").lower()
        if following in _INTENT or (following == "set" and m.group("after") != "up"):
            continue
        verb = m.group("verb")
        message = (
            f"“{m.group('date')}, … {verb}”: the date closes the time counted; "
            "“had” for a date past, “will have” for one to come"
        )
        add_row(rows, doc, base + m.start("verb"), base + m.end("verb"), message, "had")
    for doc, base, text, m in prose_matches(ctx.segments, "tgt", _DATED_PREFILTER, _DATED_PATTERN):
        found = _dated_perfect(text, m)
        if found is not None:
            message, fixed = found
            add_row(rows, doc, base + m.start("verb"), base + m.end("part"), message, fixed)
    return output(rows)
