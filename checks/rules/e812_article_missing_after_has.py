"""E812 article-missing-after-has."""

from __future__ import annotations

import polars as pl
import regex

from tifa.checks.context import Context
from tifa.checks.registry import rule
from tifa.checks.rule import Fix, Severity, add_row, new_rows, output
from tifa.checks.scan import prose_matches

# The nouns a place "has", "enjoys" or "boasts" one of, described: a long history, a mild
# climate, a beautiful environment, a good location, a high reputation, a solid foundation.
_NOUNS = r"history|environment|climate|location|reputation|foundation"
_VERBS = (
    r"has|have|had|enjoys?|enjoyed|enjoying|boasts?|boasted|boasting|[Ww]ith|[Ff]eaturing"
    r"|features?|featured"
)
_PATTERN = regex.compile(
    rf"(?<![\p{{L}}-])(?:{_VERBS}) (?P<phrase>(?P<words>(?:\p{{Ll}}[\p{{Ll}}-]* ){{1,3}})"
    rf"(?:{_NOUNS}))"
    # The noun ends the phrase: no noun of its own follows ("environment protection").
    r"(?=\s*(?:[.,;:!?)]|$)|\s+(?:and|of|with|in|for|that|which|to|as|at|while|but|where)\b)",
    regex.MULTILINE,
)
_PREFILTER = rf"\b(?:{_VERBS}) [a-z][a-z -]*\b(?:{_NOUNS})\b"
# A foundation as a later item of what the place has ("has rich resources, relatively solid
# industrial foundation and …"): the verb serves each item of the list.
_LISTED = regex.compile(
    rf"(?<![\p{{L}}-])(?:{_VERBS}) [^.;:!?]{{1,80}}?, (?:and )?(?P<phrase>(?P<words>"
    # Only a foundation rated so, so that no clause of its own is taken for an item ("has
    # rich resources, we build solid foundation …")
    r"(?:(?:relatively|very|quite|fairly|rather) )?(?:solid|sound|good|strong|firm|weak"
    r"|profound) (?:(?:industrial|economic|agricultural|manufacturing|material) )?)"
    r"foundation)"
    r"(?=\s*(?:[.,;:!?)]|$)|\s+(?:and|with|for|as|while|but)\b)",
    regex.MULTILINE,
)
_LISTED_PREFILTER = r", (?:and )?[a-z][a-z -]* foundation\b"
# Words that are, or stand for, a determiner ("has a long history", "has its own climate",
# "has more history"), past participles after "has" ("has made history" is a perfect
# tense, not a description; regular ones are told by "-ed"), and adverbs that may stand
# between the verb and its object.
_DETERMINERS_WORDS = (
    "a an the its their his her our my your this that these those no any some much more "
    "most less little such every each another both either neither what all own enough been "
    "become made had seen got gotten given taken kept built brought grown won left done laid "
    "shown found set put also always still already never ever only just even"
)
_DETERMINERS = frozenset(_DETERMINERS_WORDS.split())
# After "with", a history may be a subject studied ("familiar with ancient history"); it is
# one of a kind only where its length or wealth is described ("with long history").
_WITH_HISTORY_WORDS = (
    "long rich splendid glorious brilliant profound time-honored time-honoured illustrious proud"
)
_WITH_HISTORY = frozenset(_WITH_HISTORY_WORDS.split())


@rule("E812", "article-missing-after-has", Severity.WARNING, Fix.UNSAFE)
def article_missing_after_has(ctx: Context) -> pl.DataFrame:
    """No article before a described history, climate or environment ("has mild climate").

    ## What it does
    Finds "has", "have", "had", "enjoys", "boasts", "with" or "featuring" followed by one
    to three lower-case describing words and "history", "environment", "climate",
    "location", "reputation" or "foundation" ending the phrase, with no article or other determiner
    ("Yantai has beautiful environment", "boasts splendid cultural history", "enjoys high
    reputation", "a city with comfortable living environment", "has relatively solid
    industrial foundation"); a foundation also as a later item of the list the verb
    takes ("has rich resources, relatively solid industrial foundation and …"). After "with", a history
    counts only where its length or wealth is described ("with long history", not
    "familiar with ancient history", a subject studied). Described this way, each is one
    of a kind and takes "a". Left alone: a determiner or a possessive
    ("has a long history", "has its own climate", "has more history"), a perfect tense
    ("has improved environment", "has laid solid foundation"), and a noun that modifies another ("has ecological
    environment protection zones").

    ## Why is this bad?
    Chinese has no articles, and this is where translations drop them most; a reader
    notices at once, on the page that introduces the place.

    ## Example
    ```text
    The city has long history and enjoys mild climate.
    ```

    ## Use instead
    ```text
    The city has a long history and enjoys a mild climate.
    ```

    ## Fix safety
    Unsafe: "a" is suggested; "an" or "the" may read better, and the writer may rephrase.
    """
    rows = new_rows()
    matches = [
        *prose_matches(ctx.segments, "tgt", _PREFILTER, _PATTERN),
        *prose_matches(ctx.segments, "tgt", _LISTED_PREFILTER, _LISTED),
    ]
    for doc, base, _text, m in matches:
        words = m.group("words").split()
        if any(w in _DETERMINERS or w.endswith("ed") for w in words):
            continue
        lead = m.group(0).split(maxsplit=1)[0].lower()
        history = m.group("phrase").endswith("history")
        if lead == "with" and history and not _WITH_HISTORY.intersection(words):
            continue
        phrase = m.group("phrase")
        article = "an" if phrase[:1] in "aeiou" else "a"
        message = f"“{phrase}”: a described {phrase.split()[-1]} takes “{article}”"
        add_row(
            rows,
            doc,
            base + m.start("phrase"),
            base + m.end("phrase"),
            message,
            f"{article} {phrase}",
        )
    return output(rows)
