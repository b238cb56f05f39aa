"""P341 comma-splice."""

from __future__ import annotations

import polars as pl
import regex

from tifa.checks.context import Context
from tifa.checks.registry import rule
from tifa.checks.rule import Fix, Severity, add_row, new_rows, output
from tifa.checks.scan import prose_matches

# The first clause opens on its subject (an article, a pronoun, "China"), holds a finite
# verb and no comma: "The city has made great progress in reform". A sentence that opens
# on a preposition or a conjunction ("In 2024, we will …", "As demand grows, we …") has
# a fronted phrase before its comma, which is good English.
_SUBJECT = r"The|This|These|Those|Our|Its|Their|His|Her|We|It|They|China"
_FINITE = (
    r"is|are|was|were|has|have|had|will|would|must|should|shall|can|could|remains|"
    r"remain|became|becomes|made|makes|achieved|reached|grew|rose|fell|increased"
)
# The second clause: a pronoun and a verb that makes it a sentence of its own ("…, we will
# continue …"). "…, he said" and "…, it is learned" are tags, not clauses.
_SECOND = (
    r"(?:we|they)\s+(?:will|must|should|shall|need|have|are|can|also)|"
    r"(?:it|this)\s+(?:will|must|should|shall|has|can|also)"
)
_PATTERN = regex.compile(
    rf"(?<=(?:^|[.!?][\"”’]?\s+)(?:{_SUBJECT})\s(?:[^\s,;:.!?\"“”()]+\s+){{0,20}}?"
    rf"(?:{_FINITE})\s(?:[^\s,;:.!?\"“”()]+\s+){{0,20}}?[^\s,;:.!?\"“”()]*\p{{Ll}}),"
    rf"(?=[ \t]+(?:{_SECOND})\b)"
)
_PREFILTER = rf"\p{{Ll}}, +(?:{_SECOND}) "
# A meeting report's second sentence spliced on: "… presided over the meeting and gave a
# speech, municipal leaders Wang Lin and Chen Hua attended." The first clause holds a verb of
# the meeting and ends on what was held or given; the second names the leaders present.
_MEETING_SPLICE = regex.compile(
    r"(?<=(?:presided over|chaired|hosted|addressed|attended|delivered|made|gave)\s"
    r"[^,;:.!?\"“”()]{0,80}?(?:speech|meeting|ceremony|forum|conference|session|remarks|report))"
    r",(?=[ \t]+(?i:municipal|provincial|city|district|county|other)\s+(?:(?i:government|party)\s+)?"
    r"(?i:leaders?|officials)\s[^.;!?]{0,200}?(?<![\p{L}-])(?:attended|were present|was present"
    r"|were also present|also attended)(?![\p{L}-]))"
)
_MEETING_PREFILTER = (
    r"(?i), +(?:municipal|provincial|city|district|county|other) +(?:\w+ +)?(?:leaders?|officials) "
)
# A sentence that opens on a clause of time or cause has its comma by right ("After Li gave a
# speech, city leaders …").
_SUBORDINATE = regex.compile(
    r"^\s*(?:After|When|As|While|Before|Once|Since|If|Although|Though|Because|Until|Whereas)\b"
)
# "not only …, it is also …" and "the more …, the more …" are constructions of their own.
_CONSTRUCTION = regex.compile(r"\bnot only\b|\bthe (?:more|less|better|sooner)\b", regex.IGNORECASE)
# "… stressed that to carry out the work well, we should …": a phrase fronted inside a
# that-clause (an infinitive, a prepositional phrase or a clause of time) ends at the comma,
# and what follows is the that-clause's own main clause. Only when no finite verb stands
# between the opener and the comma: "… found that in May output rose, we will …" still splices.
_THAT_FRONTED = regex.compile(
    r"\bthat\s+(?P<opener>to|in|on|at|for|by|with|through|during|under|amid|after|before|when"
    r"|as|while|once|since|if|although|though|because|until)\s(?P<rest>[^,]*)$"
)
_FINITE_WORD = regex.compile(rf"\b(?:{_FINITE})\b")
# A conjunction of time, cause or contrast opens a clause, which has its own finite verb:
# "… signalled that while growth is important, it will not be the only focus" ends the
# fronted clause at the comma, as "In May, …" ends a phrase.
_CLAUSE_OPENERS = frozenset(
    {"when", "while", "once", "if", "although", "though", "because", "until", "as"}
)
# A sentence of its own, then a comma and "he" or "she" with a verb of speech and its object
# or "that": "Li Hua delivered a speech, he hoped the …", "…, she stressed that …". A tag
# ("…, he said.", "…, he told reporters") has no "that" or object after its verb. The first
# clause opens on its subject, not on a fronted phrase ("In May, …", "Speaking at …, he
# stressed that …", "Asked about …, she noted that …"), and holds a finite verb.
_OPENERS = (
    r"After|When|As|While|Before|Once|Since|If|Although|Though|Because|Until|Whereas|Unless"
    r"|In|On|At|For|With|By|During|To|Under|Over|Through|Across|Along|Amid|Among|From|Upon"
    r"|Against|Within|Without|According|Besides|Meanwhile|However|Moreover|Furthermore"
    r"|Like|Unlike|Given|Due|Thanks|Apart|Prior|Regarding|Despite|Then|So|But|And|Yet"
)
_SPEECH_SPLICE = regex.compile(
    rf"(?:^|(?<=[.!?][\"”’]?\s))(?!(?:{_OPENERS})\b)(?!\p{{Lu}}\p{{Ll}}+(?:ing|ed)\b)\p{{Lu}}"
    r"[^,;:.!?\"“”()]{3,200}?\b(?:\p{Ll}+ed|made|gave|met|spoke|took|held|is|are|was|were|has"
    r"|have|will)\b[^,;:.!?\"“”()]{0,200}?\p{Ll}(?P<comma>,)(?=[ ](?:he|she)[ ](?:also[ ])?"
    r"(?:hoped|stressed|emphasi[sz]ed|noted|urged|required|demanded|asked|called|pointed out"
    r"|underlined|expressed|added|proposed|suggested|insisted|reiterated)[ ](?:that|the|to|all"
    r"|relevant|we|it|everyone|local|cadres|officials|departments)\b)"
)
_SPEECH_PREFILTER = r"\p{Ll}, (?:he|she) \p{Ll}"


def _fronted_in_that_clause(sentence: str) -> bool:
    """Whether the sentence ends on a fronted phrase inside a that-clause (see above)."""
    m = _THAT_FRONTED.search(sentence)
    if m is None:
        return False
    return m.group("opener") in _CLAUSE_OPENERS or _FINITE_WORD.search(m.group("rest")) is None


@rule("P341", "comma-splice", Severity.WARNING, Fix.UNSAFE)
def comma_splice(ctx: Context) -> pl.DataFrame:
    """Two full sentences joined by a comma alone.

    ## What it does
    Finds a sentence that opens on its subject ("The city", "We", "China") and holds a
    finite verb, then a comma and a second clause with a pronoun and its verb: "The city
    has made great progress, we will continue …". A sentence that opens on a fronted phrase
    or clause ("In 2024, we will …", "As demand grows, we …") is left alone, and so are a
    tag ("…, he said"), "not only …, it also …", "the more …, the more …" and a phrase
    fronted inside a that-clause ("… stressed that to do the work well, we should …", "…
    signalled that while growth is important, it will not …"). Also a
    meeting report's list of leaders present spliced onto the sentence before it ("… presided
    over the meeting and gave a speech, municipal leaders Wang Lin and Chen Hua attended"); not
    after a clause of time ("After Li gave a speech, city leaders …"). Also a sentence
    spliced to "he" or "she" and a verb of speech with its "that" or object ("Li Hua
    delivered a speech, he hoped the …"); not a tag ("…, he said."), nor after a fronted
    phrase ("Speaking at the forum, he stressed that …").

    ## Why is this bad?
    Chinese strings clauses together with "，"; English needs a full stop, a semicolon or a
    conjunction between two sentences. Reported speech translated clause by clause reads as
    one run-on sentence.

    ## Example
    ```text
    The district has made great progress in reform, we will keep opening up.
    ```

    ## Use instead
    ```text
    The district has made great progress in reform, and we will keep opening up.
    ```

    ## Fix safety
    Unsafe: a semicolon in place of the comma is suggested; a full stop or "and" may read
    better.
    """
    rows = new_rows()
    for doc, base, text, m in prose_matches(ctx.segments, "tgt", _PREFILTER, _PATTERN):
        sentence = text[max(text.rfind(". ", 0, m.start()), 0) : m.start()]
        if _CONSTRUCTION.search(sentence) or _fronted_in_that_clause(sentence):
            continue
        start = base + m.start()
        add_row(rows, doc, start, start + 1, "a comma joins two sentences", ";")
    for doc, base, text, m in prose_matches(
        ctx.segments, "tgt", _MEETING_PREFILTER, _MEETING_SPLICE
    ):
        opening = max(text.rfind(". ", 0, m.start()) + 1, 0)
        if _SUBORDINATE.match(text, opening):
            continue
        start = base + m.start()
        add_row(rows, doc, start, start + 1, "a comma joins two sentences", ";")
    for doc, base, _text, m in prose_matches(
        ctx.segments, "tgt", _SPEECH_PREFILTER, _SPEECH_SPLICE
    ):
        start = base + m.start("comma")
        add_row(rows, doc, start, start + 1, "a comma joins two sentences", ";")
    return output(rows)
