"""E810 past-form-after-to."""

from __future__ import annotations

import polars as pl
import regex

from tifa.checks.context import Context
from tifa.checks.registry import rule
from tifa.checks.rule import Fix, Severity, add_row, new_rows, output
from tifa.checks.scan import prose_matches
from tifa.glossary.frequency import zipf

# Words after which "to" can only open an infinitive: verbs that take one ("managed to",
# "strive to") and the fixed "in order to", "so as to", "be able to".
_TAKES_INFINITIVE = (
    r"(?:manage[sd]?|tr(?:y|ies|ied)|fail(?:s|ed)?|want(?:s|ed)?|decide[sd]?|plan(?:s|ned)?"
    r"|aim(?:s|ed)?|strive[sd]?|strove|intend(?:s|ed)?|attempt(?:s|ed)?|pledge[sd]?"
    r"|vow(?:s|ed)?|continue[sd]?|seek(?:s)?|sought|hope[sd]?|need(?:s|ed)?|(?:un)?able"
    r"|in order|so as|going)"
)
# Words that open a noun phrase: after one, the word before it is a verb taking an object,
# never an adjective ("managed to obtained the", not "continued to advanced industries").
_OBJECT = r"(?:the|a|an|its|their|his|her|our|this|these|those|all|more|new|some)"
_PATTERN = regex.compile(
    rf"(?i)(?<=(?<![\p{{L}}-]){_TAKES_INFINITIVE} to )(?P<past>\p{{Ll}}{{2,}}ed)"
    rf"(?= {_OBJECT}(?![\p{{L}}-]))"
)
_PREFILTER = (
    r"(?i)\bto [a-z]{2,}ed (?:the|a|an|its|their|his|her|our|this|these|those|all|more|new|some)\b"
)
# Words ending in "ed" that are base forms themselves ("to exceed the", "to embed a").
_BASE_IN_ED = frozenset({"embed", "shed", "wed", "bed", "red", "bred", "fled", "sled"})
COMMON_VERB = 3.0  # the base form must be an everyday word (Zipf)


def base_form(past: str) -> str | None:
    """The everyday verb `past` is the regular past form of ("obtained" -> "obtain",
    "applied" -> "apply", "planned" -> "plan", "used" -> "use"), or None."""
    lower = past.lower()
    if lower.endswith("eed") or lower in _BASE_IN_ED:
        return None
    stem = lower[:-2]
    # In spelling order: "-ied" from "-y" ("tried", not "trie"), "-d" after an "-e"
    # ("used", "noted": a verb ending in a short vowel and a consonant doubles it,
    # "planned"), the bare stem ("obtained"), and a doubled consonant.
    candidates = [lower[:-1], stem]
    if stem.endswith("i") and len(stem) > 2:
        candidates.insert(0, stem[:-1] + "y")  # "tried", "carried": not "carrie"
    if len(stem) > 2 and stem[-1] == stem[-2]:
        candidates.append(stem[:-1])
    return next((c for c in candidates if zipf(c) >= COMMON_VERB), None)


@rule("E810", "past-form-after-to", Severity.WARNING, Fix.UNSAFE)
def past_form_after_to(ctx: Context) -> pl.DataFrame:
    """A past form where the infinitive is wanted: "managed to obtained the".

    ## What it does
    Finds a regular past form ("obtained", "improved") after a "to" that can only open an
    infinitive — after a verb that takes one (managed, tried, failed, wanted, decided,
    planned, aimed, strove, continued, sought, hoped, needed…), "able", "in order" or "so
    as" — when an article, a possessive or a determiner follows it, so it is a verb taking
    an object and not an adjective ("continued to advanced industries" is left alone). The
    base form is suggested.

    ## Why is this bad?
    The infinitive has one form; a past ending after "to" is a slip every reader sees, and
    the mark of a sentence nobody read back.

    ## Example
    ```text
    The company managed to obtained the leading position in the market.
    ```

    ## Use instead
    ```text
    The company managed to obtain the leading position in the market.
    ```

    ## Fix safety
    Unsafe: the base form is suggested; the writer may have meant another tense altogether.
    """
    rows = new_rows()
    for doc, base, _text, m in prose_matches(ctx.segments, "tgt", _PREFILTER, _PATTERN):
        past = m.group("past")
        verb = base_form(past)
        if verb is None:
            continue
        message = f"“{past}” after “to”: the infinitive “{verb}”"
        add_row(rows, doc, base + m.start(), base + m.end(), message, verb)
    return output(rows)
