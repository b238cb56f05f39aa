"""P350 comma-between-subject-and-verb."""

from __future__ import annotations

import polars as pl
import regex

from tifa.checks.context import Context
from tifa.checks.registry import rule
from tifa.checks.rule import Fix, Severity, add_row, new_rows, output
from tifa.checks.scan import prose_matches
from tifa.glossary.names import pinyin_surnames

# The sentence opens on its subject: not on a word a fronted phrase or clause starts with
# ("In 2023, …", "When …, …", "Last year, …", "Compared with …, …"), nor on a participle
# or an adverb.
_NOT_SUBJECT = (
    r"As|Just|When|While|If|Although|Though|Because|Since|After|Before|Once|Unless|Whether"
    r"|Where|What|How|Why|Who|Which|According|Like|Unlike|Even|Only|Now|So|But|And|Or|Yet|In"
    r"|On|At|For|With|By|From|To|Under|Over|Through|During|Among|Amid|Upon|Besides|Also|Let"
    r"|Please|Here|There|Then|Today|Thus|Hence|Therefore|However|Meanwhile|Moreover|Again"
    r"|Earlier|Later|Previously|Never|Nor|Not|Last|This|These|That|Those|Next|Up|Currently"
    r"|Recently|Yesterday|Overall|Finally|First|Second|Third|Additionally|Furthermore"
    r"|Following|Given|Despite|Regarding|Within|Without|Along|Together|Apart|Thanks|Due"
    r"|Beyond|Against|Toward|Towards|Across|Until|Via|Except|Including|Instead|Otherwise|Of"
    r"|About|Around|Nearly|Near|Behind|Inside|Outside|Throughout|Below|Above|Beside"
)
# (Not after an initial's full stop: "… by Z.H. Island and …" goes on the sentence.)
_SENTENCE_START = r"(?:^|(?<=[.!?][\"”’]?[ \t])(?<!\b\p{Lu}\.[ \t]))"
_OPENS_ON_SUBJECT = rf"(?!(?:{_NOT_SUBJECT})\b)(?!\p{{L}}+(?:ing|ly|ed)\b)\p{{Lu}}"
# Words that make the stretch before the comma a clause, not a noun phrase: a finite verb,
# a relative or a conjunction. Then the comma may close a fronted clause.
_CLAUSE_WORDS = (
    r"is|are|was|were|be|been|has|have|had|will|would|can|could|may|might|must|should|shall"
    r"|do|does|did|said|says|who|whom|whose|which|that|when|where|while|if|as|because|since"
    r"|after|before|once|until|unless|although|though"
)
# A subject noun phrase, no comma or clause inside it, then the comma and a passive or
# perfect predicate: "A preparatory meeting for … (CPPCC), was held on Monday". (Any
# auxiliary or modal with any word after it was tried, and cried wolf on real pages.)
_SUBJECT_PATTERN = regex.compile(
    rf"{_SENTENCE_START}(?P<subject>{_OPENS_ON_SUBJECT}"
    rf"(?:(?![ ](?:{_CLAUSE_WORDS})\b)[^,;:.!?\"“”‘’\n]){{3,160}}?)(?P<comma>,)[ ]"
    r"(?P<verb>(?:was|were|is|are|has|have|had)(?:[ ]been)?[ ]"
    r"(?:\p{Ll}+ed|held|made|given|taken|built|seen|shown|set|put|won|begun|done|chosen))\b"
    r"(?![ ]by[ ]\p{Lu})"
)
_AFTER_INITIAL = regex.compile(r"(?<![\p{L}\p{N}])\p{Lu}\.[ \t]*$")
_SUBJECT_PREFILTER = r", (?:was|were|is|are|has|have|had) "
# A list of people named in pinyin as the subject, the last after "and", then a comma and
# the verb that says they were there: "Provincial leaders Fu Lin, Hu Bo and Liu Yu, attended."
_NAME = r"\p{Lu}\p{Ll}+[ ]\p{Lu}\p{Ll}+"
_PRESENT = (
    r"attended|also attended|were present|were also present|took part|also took part"
    r"|participated|also participated"
)
_NAMES_PATTERN = regex.compile(
    rf"{_SENTENCE_START}(?P<head>[^,;:.!?\"“”\n]{{0,60}}?)(?P<first>{_NAME})(?:,[ ]{_NAME}){{0,30}},?"
    rf"[ ]and[ ](?P<last>{_NAME})(?P<comma>,)[ ](?P<verb>{_PRESENT})\b"
)
_NAMES_PREFILTER = rf"and {_NAME}, (?:{_PRESENT})\b"
# Two subjects, the first a person named in pinyin after a title, the comma put before the
# "and" that joins them, and the verb that says they were there: "Deputy Mayor Yao Qing,
# and officials of the bureau attended". A comma before the first name, or a relative in
# the second subject, makes the stretch an aside the comma may close, and is left alone.
_PAIR_PATTERN = regex.compile(
    rf"{_SENTENCE_START}(?P<head>{_OPENS_ON_SUBJECT}"
    rf"(?:(?![ ](?:{_CLAUSE_WORDS}|by)\b)[^,;:.!?\"“”\n]){{0,80}}?)(?P<first>{_NAME})"
    rf"(?P<comma>,)[ ]and[ ](?P<rest>[^.;:!?\"“”\n]{{3,300}}?)[ ](?:{_PRESENT})\b"
)
_PAIR_PREFILTER = rf"{_NAME}, and .*\b(?:{_PRESENT})\b"
_MESSAGE = "a comma between the subject and its verb: no aside is opened, none to close"


@rule("P350", "comma-between-subject-and-verb", Severity.WARNING, Fix.UNSAFE)
def comma_between_subject_and_verb(ctx: Context) -> pl.DataFrame:
    """A comma between a sentence's subject and its verb, with no aside it closes.

    ## What it does
    Finds a sentence that opens on its subject — a noun phrase with no comma, verb,
    relative or conjunction inside it — and then a comma before a passive or perfect
    predicate: "A preparatory meeting for the session of the CPPCC, was held on Monday".
    Likewise a list of people named in pinyin as the subject, the last after "and", then a
    comma before "attended" or "were present": "Provincial leaders Fu Lin, Hu Bo and Liu
    Yu, attended." And two subjects joined by "and", the first a titled person named in
    pinyin, with the comma before the "and": "Deputy Mayor Yao Qing, and officials of the
    bureau attended." A sentence that opens on a fronted phrase or clause ("In 2023, …",
    "When the plan was drawn up, …", "Last year, …", "Of them, …"), a subject holding a
    clause (the comma may close it), a list whose names follow a comma ("Leaders, Fu Lin
    and Liu Yu, attended": an aside closed) and a passive with its agent ("…, was chaired
    by Li Hua", where the comma may close an aside before) are left alone.

    ## Why is this bad?
    A single comma never separates a subject from its verb in English; the reader looks for
    the aside it should close and finds none. The Chinese topic pause ("……，于……召开") is
    carried over.

    ## Example
    ```text
    The second plenary session of the county committee, was held on Monday.
    Municipal leaders Zhou Lin, Wang Fang and Li Hua, attended.
    ```

    ## Use instead
    ```text
    The second plenary session of the county committee was held on Monday.
    Municipal leaders Zhou Lin, Wang Fang and Li Hua attended.
    ```

    ## Fix safety
    Unsafe: the comma is removed; the writer may instead have meant an aside and lost its
    opening comma.
    """
    rows = new_rows()
    for doc, base, _text, m in prose_matches(
        ctx.segments, "tgt", _SUBJECT_PREFILTER, _SUBJECT_PATTERN
    ):
        if m.start() == 0 and _AFTER_INITIAL.search(ctx.text(doc), max(0, base - 4), base):
            continue  # the sentence splitter cut after an initial ("Z.H. Island …")
        start = base + m.start("comma")
        add_row(rows, doc, start, start + 1, _MESSAGE, "")
    surnames = pinyin_surnames()
    for doc, base, _text, m in prose_matches(ctx.segments, "tgt", _NAMES_PREFILTER, _NAMES_PATTERN):
        names = regex.findall(_NAME, m.group(0)[m.start("first") - m.start() :])
        if any(name.split(" ")[0] not in surnames for name in names):
            continue  # not a list of people named in pinyin
        if regex.search(r"\b(?:including|such as|like|namely|among|with|by)\b", m.group("head")):
            continue  # the names hang on a word before them, an aside the comma may close
        start = base + m.start("comma")
        add_row(rows, doc, start, start + 1, _MESSAGE, "")
    for doc, base, _text, m in prose_matches(ctx.segments, "tgt", _PAIR_PREFILTER, _PAIR_PATTERN):
        if m.group("first").split(" ")[0] not in surnames:
            continue  # not a person named in pinyin
        if regex.search(r"\b(?:who|whom|whose|which|including|such as)\b", m.group("rest")):
            continue  # a relative or a list hangs on the second subject: an aside may close
        start = base + m.start("comma")
        add_row(rows, doc, start, start + 1, _MESSAGE, "")
    return output(rows)
