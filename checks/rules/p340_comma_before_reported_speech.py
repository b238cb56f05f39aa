"""P340 comma-before-reported-speech."""

from __future__ import annotations

import polars as pl
import regex

from tifa.checks.context import Context
from tifa.checks.registry import rule
from tifa.checks.rule import Fix, Severity, add_row, new_rows, output
from tifa.checks.scan import prose_matches

# Verbs that report what someone said or a meeting decided, as Chinese "说，", "指出，",
# "强调，" are rendered word for word.
_VERBS = (
    r"said|says|stressed|stresses|emphasi[sz]ed|emphasi[sz]es|pointed out|points out|noted|"
    r"notes|added|stated|states|believed|believes|maintained|insisted|explained|indicated|"
    r"declared|announced|urged|required|demanded|proposed|suggested|underlined|underscored|"
    r"reiterated|affirmed|introduced|revealed|told (?:reporters|journalists|the (?:media|meeting|press))"
)
# The sentence opens on its subject: a word no fronted clause or phrase starts with. "As he
# said, the …", "In 2020, he said, the …" and "When asked, …" are good English.
_NOT_SUBJECT = (
    r"As|Just|When|While|If|Although|Though|Because|Since|After|Before|Once|Unless|Whether|"
    r"Where|What|How|Why|Who|Which|According|Like|Unlike|Even|Only|Now|So|But|And|Or|Yet|"
    r"In|On|At|For|With|By|From|To|Under|Over|Through|During|Among|Amid|Upon|Besides|Also|"
    r"Let|Please|Here|There|Then|Today|Thus|Hence|Therefore|However|Meanwhile|Moreover|"
    r"Again|Earlier|Later|Previously|Never|Nor|Not"
)
# The clause after the comma: a subject, then within a few words a finite verb, with no
# comma between ("…said, the city will build …"). A quotation ("said, “We …”"), a participle
# ("said, adding that …", "said, citing …") or a conjunction ("said, as …") is not matched.
_NOT_CLAUSE = (
    r"as|while|when|whereas|because|if|though|although|but|and|or|so|yet|which|who|whom|whose|"
    r"where|what|how|then|too|also|not|in|on|at|with|for|by|from|to|after|before|since|"
    r"during|under|over|through|among|of|about|according|however|thus|therefore|only|even|"
    r"just|again"
)
# A participle is a lower-case word in "-ing"; a place or a person's name may end so too
# ("said, Liaoning implements …", "said, Xi Jinping stressed …") and is the subject.
_CLAUSE_START = rf"(?!(?i:{_NOT_CLAUSE})\b)(?!\p{{Ll}}+ing\b)[\p{{L}}\d][\p{{L}}\d'’-]*"
# The clause's verb: an auxiliary, a reporting verb ("He said, General Secretary Xi Jinping
# said …"), or any past form in "-ed" or present form in "-s" ("said, the city invested …",
# "said, Liaoning implements …"); not a word in "-ss" ("process", "business").
_FINITE = (
    r"(?:will|would|must|should|shall|can|could|may|might|need|needs|has|have|had|is|are|was|were"
    rf"|{_VERBS}|\p{{Ll}}+ed|\p{{Ll}}{{2,}}[^s\W]s)"
)
# A time phrase the clause may open with, between the comma and its subject: "He said,
# since the beginning of this year, the city has …" is a report all the same.
_FRONTED = (
    r"(?:(?i:since|so far|up to now|by the end of|at present|currently|this year|last year"
    r"|over the (?:past|last)|during|in (?:the )?(?:\d{4}|first|past|last|next|coming|recent"
    r"|second|third|fourth|early|late|latter|new|future|years))"
    r"(?![\p{L}-])(?:\s+[^\s,;:.!?\"“”()]+){0,8}?,"
    r"[ \t]+)"
)
_PATTERN = regex.compile(
    rf"(?<=(?:^|[.!?][\"”’]?\s+)(?!(?:{_NOT_SUBJECT})\b)\p{{Lu}}[^\s,;:.!?\"“”]*"
    rf"(?:\s+(?!as\b)[^\s,;:.!?\"“”]+){{0,7}}\s+(?:also\s+|further\s+|again\s+|clearly\s+)?)"
    rf"(?P<verb>{_VERBS}),[ \t]+"
    rf"(?=(?:{_FRONTED}(?!that\b))?{_CLAUSE_START}(?:\s+[^\s,;:.!?\"“”()]+){{0,5}}?\s+{_FINITE}\b)"
)
_PREFILTER = rf"(?:{_VERBS}), +[\p{{L}}\d]"
# "that" and then the comma: "He noted that, the city will …". The comma after "that" opens
# an aside only when one follows and closes ("noted that, since May, the city has …"), so the
# clause after it must open on its subject: no preposition, conjunction, participle or
# adverb ("that, in 2020, …", "that, first, …", "that, overall, …"), and not a short phrase
# closed by a comma ("that, this year, the city …", "that, to this end, …").
_THAT_OPENERS = (
    rf"{_NOT_CLAUSE}|first|second|third|firstly|secondly|thirdly|finally|lastly|meanwhile"
    r"|moreover|furthermore|besides|now|today|currently|here|there|overall|together|instead"
    r"|otherwise|nevertheless|nonetheless|indeed|likewise|similarly|hence|despite|amid|given"
    r"|following|thanks|due|apart|regarding|unlike|like|once|unless|whether|why|whatever"
    r"|wherever|whenever|upon|within|without|beyond|against|toward|towards|across|along|until"
    r"|till|via|per|except|including|starting|looking|compared|based"
)
_THAT_PATTERN = regex.compile(
    rf"(?<![\p{{L}}])(?P<verb>{_VERBS}|agreed|hoped|held|expressed|believe|hope|agree) "
    rf"that(?P<comma>,)[ \t]+"
    rf"(?=(?!(?i:{_THAT_OPENERS})\b)(?!\p{{L}}+(?:ing|ly)\b)[\p{{L}}\d][\p{{L}}\d'’-]*)"
)
_THAT_PREFILTER = rf"(?:{_VERBS}|agreed|hoped|held|expressed|believe|hope|agree) that, +[\p{{L}}\d]"
# A short phrase closed by its comma right after "that, ": a fronted aside, not the subject.
_SHORT_ASIDE = regex.compile(r"(?:[^\s,;:.!?\"“”()]+[ \t]+){0,3}[^\s,;:.!?\"“”()]+,")
_THAT_MESSAGE = "a comma after “that” before the clause it brings in: write “that” alone"
# A past participle after "was" or "is": "The forum was held, the …" is no report.
_PASSIVE = regex.compile(r"\b(?:is|are|was|were|be|been|being)\s+$")


@rule("P340", "comma-before-reported-speech", Severity.WARNING, Fix.UNSAFE)
def comma_before_reported_speech(ctx: Context) -> pl.DataFrame:
    """A comma after a reporting verb where "that" brings in reported speech, or after that "that".

    ## What it does
    Finds a sentence that opens on its subject and a reporting verb ("said", "stressed",
    "pointed out", "noted", "introduced") followed by a comma and a whole clause, with no
    quotation mark: "He said, the city will …", "The meeting pointed out, we must …", also
    after a time phrase ("He said, since the beginning of this year, the city has …"). A
    quotation after the comma ("said, “We …”") is left alone, and so are a participle
    ("said, adding that …", "noting", "citing"), a conjunction ("said, as …"), a tag inside
    the sentence ("In 2020, he said, the city …") and a fronted clause ("As he said, the …").
    Likewise a comma after the "that" itself when the clause after it opens on its subject
    ("He noted that, the city will …", "pointed out that, Wang Lin's report …"); an aside
    the comma opens and another closes ("noted that, since May, the city …", "that, as
    demand grows, …", "that, first, …") is left alone.

    ## Why is this bad?
    The Chinese "说，" and "指出，" carry a comma; English brings reported speech in with
    "that" (or no mark at all), and an editor writes "said that". With the comma the
    sentence reads as two clauses spliced together.

    ## Example
    ```text
    The mayor stressed, the city will build five new schools this year.
    The mayor noted that, the city will build five new schools this year.
    ```

    ## Use instead
    ```text
    The mayor stressed that the city will build five new schools this year.
    The mayor noted that the city will build five new schools this year.
    ```

    ## Fix safety
    Unsafe: "that" in place of the comma is suggested; quotation marks may be what the
    writer meant.
    """
    rows = new_rows()
    for doc, base, text, m in prose_matches(ctx.segments, "tgt", _PREFILTER, _PATTERN):
        verb = m.group("verb")
        if verb.endswith("ed") and _PASSIVE.search(text, 0, m.start("verb")):
            continue
        start = base + m.start("verb")
        message = f"a comma after “{verb}” before reported speech: write “{verb} that”"
        add_row(rows, doc, start, base + m.end(), message, f"{verb} that ")
    for doc, base, text, m in prose_matches(ctx.segments, "tgt", _THAT_PREFILTER, _THAT_PATTERN):
        if _SHORT_ASIDE.match(text, m.end()):
            continue  # "noted that, this year, the city …": an aside the comma opens
        start = base + m.end("verb") + 1
        add_row(rows, doc, start, base + m.end("comma"), _THAT_MESSAGE, "that")
    return output(rows)
