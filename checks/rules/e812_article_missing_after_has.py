"""E812 article-missing-after-has."""

from __future__ import annotations

import polars as pl
import regex

from tifa.checks.articles import indefinite, running_text
from tifa.checks.context import Context
from tifa.checks.measures import figure, nouns
from tifa.checks.prose import inside_title
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
# A measure stated with its figure after "with" or a verb of having or covering ("with
# annual output of 1.6 billion pairs", "covers area of 80 square kilometers", "has
# population of 300,000"): one of many, it takes "a" as surely as "the" is wrong (E830).
# Nouns that count in every sense may stand bare; output, investment, capacity and volume
# only after a word that sizes them ("annual", "total"), since bare they may be mass nouns
# ("compared with output of 3 million tons a year earlier"). The nouns are E801's too: one
# table (`measures.MEASURES`).
_MEASURE_VERBS = rf"{_VERBS}|covers?|covered|covering|occupies|occupied|occupying|occupy"
_COUNTED = nouns("counted")
_MASSLIKE = nouns("sized")
_FIGURE = figure()
_MEASURE = regex.compile(
    rf"(?<![\p{{L}}-])(?<!(?:[Cc]ompar[\p{{Ll}}]*|[Aa]gainst|[Ii]n line) )(?:{_MEASURE_VERBS}) "
    rf"(?P<phrase>(?P<words>(?:\p{{Ll}}[\p{{Ll}}-]* ){{0,2}}?)(?:{_COUNTED})"
    rf"|(?P<words2>(?:\p{{Ll}}[\p{{Ll}}-]* ){{1,2}}?)(?:{_MASSLIKE})) of (?={_FIGURE})"
)
_MEASURE_PREFILTER = (
    rf"\b(?:{_MEASURE_VERBS}) [a-z -]{{0,40}}?\b(?:{_COUNTED}|{_MASSLIKE}) of [^.;:!?]{{0,20}}\d"
)
# An environment, an atmosphere or an open economy described by a word that rates it or
# names its kind, as the object of a verb of making or facing it, or after a noun of making
# and "of" ("build first-class business environment", "create favorable atmosphere for
# investment", "the development of open economy", "faced with complex and grim trade
# environment"): one of its kind, which takes "a" as a described history
# does. A rating word is needed (a bare "international environment" or "ecological
# environment" is the one the story shares, E820's or good as it stands); other rating
# words and "international" may go with it, joined by commas or "and", and the field's noun
# may follow.
# Not where "of" follows ("the open economy of the county" is made definite by it).
_RATING = (
    r"(?:first-class|world-class|top-notch|favou?rable|good|sound|fair|open|transparent|stable"
    r"|safe|healthy|harmonious|better|excellent|market-oriented|law-based"
    r"|internationali[sz]ed|pro-business|friendly|complex|complicated|severe|grim"
    r"|challenging|enabling|competitive|efficient|convenient|high-standard|higher-standard"
    r"|high-level|higher-level|predictable|equitable)"
)
_RATED = rf"(?:(?:more|most|very|relatively|highly|even|increasingly) )?{_RATING}"
_FIELD = (
    r"(?:business|investment|macroeconomic|economic|development|ecological|living|market"
    r"|innovation|external|international|social|policy|legal|institutional|cultural"
    r"|entrepreneurial|consumption|financial) "
)
_MADE = regex.compile(
    r"(?<![\p{L}-])(?:(?:build|create|foster|cultivate|forge|shape|face|develop)(?:s|d|ed|ing)?"
    r"|(?:built|facing|developing|shaping|creating|fostering|cultivating|forging)"
    r"|(?<=(?<![\p{L}-])(?:creation|building|construction|development|cultivation|formation"
    r"|establishment|shaping|face|fostering) )of) "
    rf"(?P<phrase>(?:international,? (?:and )?)?{_RATED}(?:,? (?:and )?(?:{_RATED}|international)"
    rf"(?![\p{{L}}-])){{0,4}} "
    rf"(?:{_FIELD})?(?:environment|atmosphere)"
    rf"|(?:{_RATED}(?:,? (?:and )?{_RATED}(?![\p{{L}}-])){{0,3}} )?open economy)"
    r"(?=\s*(?:[.,;:!?)]|$)|\s+(?:and|with|in|for|that|which|to|as|at|while|but|where|by"
    r"|on|from|during|since|amid|under|last|this|next)\b)",
    regex.MULTILINE,
)
_MADE_PREFILTER = r"\b(?:environment|atmosphere|open economy)\b"
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
_PERFECT = frozenset(("has", "have", "had"))


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
    of a kind and takes "a". Also a measure stated with its figure after "with", a verb
    of having, "covers" or "occupies", with no article: area, population, history, length,
    height, altitude, depth, width, span or distance, bare or sized ("covers area of 80
    square kilometers", "has population of 320,000"), and output, investment, capacity or
    volume after a word that sizes them ("with annual output of 1.6 billion pairs", "with
    total investment of 4 billion yuan"); not after "compared with", nor a bare mass noun
    ("with investment of 2 billion yuan"). Also an environment or atmosphere rated by a
    word such as "first-class", "favorable", "sound", "severe" or "complex" (perhaps with
    more such words, "international", and the field's noun: "business", "investment",
    "macroeconomic"), and an open economy, bare after a verb of making or facing it
    ("build", "create", "foster", "cultivate", "forge", "shape", "develop", "face") or
    after a noun of making it and "of" ("create first-class business environment", "the
    creation of sound atmosphere", "the development of open economy", "faced with complex
    and grim trade environment"), in running text and not before
    "of" ("the open economy of the county" is made definite by it). Left alone: a determiner or a possessive
    ("has a long history", "has its own climate", "has more history"), a perfect tense
    ("has improved environment", "has laid solid foundation"), and a noun that modifies another ("has ecological
    environment protection zones"), and an environment with no rating word ("protect
    ecological environment").

    ## Why is this bad?
    Chinese has no articles, and this is where translations drop them most; a reader
    notices at once, on the page that introduces the place.

    ## Example
    ```text
    The city has long history and enjoys mild climate.
    The county will create first-class business environment.
    ```

    ## Use instead
    ```text
    The city has a long history and enjoys a mild climate.
    The county will create a first-class business environment.
    ```

    ## Fix safety
    Unsafe: "a" is suggested; "an" or "the" may read better, and the writer may rephrase.
    """
    rows = new_rows()
    matches = [
        *prose_matches(ctx.segments, "tgt", _PREFILTER, _PATTERN),
        *prose_matches(ctx.segments, "tgt", _LISTED_PREFILTER, _LISTED),
    ]
    running = running_text(ctx)
    # Running text only: a heading drops its articles by design ("Build First-class
    # Business Environment").
    matches += [
        (doc, base, text, m)
        for doc, base, text, m in prose_matches(running, "tgt", _MADE_PREFILTER, _MADE)
        if not inside_title(text, m.start("phrase"), m.end("phrase"))
    ]
    measures = [
        (doc, base, m)
        for doc, base, text, m in prose_matches(running, "tgt", _MEASURE_PREFILTER, _MEASURE)
        if not inside_title(text, m.start(), m.end("phrase"))
    ]
    seen: set[tuple[int, int]] = set()
    tagged = [(doc, base, m, False) for doc, base, _text, m in matches]
    for doc, base, m, measure in [*tagged, *((doc, base, m, True) for doc, base, m in measures)]:
        if (doc, base + m.start("phrase")) in seen:
            continue  # a described history stated with its figure: one finding
        groups = m.groupdict()
        words = (groups.get("words") or (groups.get("words2") if measure else "") or "").split()
        lead = m.group(0).split(maxsplit=1)[0].lower()
        if any(w in _DETERMINERS for w in words):
            continue
        # A past participle after "has" is a perfect tense ("has improved environment",
        # "has laid solid foundation"); after "with" or "covers" it describes the measure
        # ("with designed capacity of").
        if any(w.endswith("ed") for w in words) and (not measure or lead in _PERFECT):
            continue
        history = m.group("phrase").endswith("history")
        if not measure and lead == "with" and history and not _WITH_HISTORY.intersection(words):
            continue
        phrase = m.group("phrase")
        article = indefinite(phrase, u_takes_an=True)
        if measure:
            message = f"“{phrase} of”: a measure stated with its figure takes “{article}”"
        else:
            message = f"“{phrase}”: a described {phrase.split()[-1]} takes “{article}”"
        seen.add((doc, base + m.start("phrase")))
        add_row(
            rows,
            doc,
            base + m.start("phrase"),
            base + m.end("phrase"),
            message,
            f"{article} {phrase}",
        )
    return output(rows)
