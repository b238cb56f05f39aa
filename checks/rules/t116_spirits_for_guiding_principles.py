"""T116 spirits-for-guiding-principles."""

from __future__ import annotations

import polars as pl
import regex

from tifa.checks.articles import running_text
from tifa.checks.context import Context
from tifa.checks.registry import rule
from tifa.checks.rule import Fix, Severity, add_row, new_rows, output
from tifa.checks.scan import prose_matches

_S = r"[ \u00a0]+"
# What 精神 belongs to: a congress, a plenary session, a conference, a leader's speech,
# instructions or remarks. Only these make "spirits" the plural of 精神; "the spirits of the
# athletes", "wine and spirits of Guizhou" or "the spirits of the ancestors" have none.
_OWNER = (
    r"(?:Congress(?:es)?|[Ss]essions?|Plenums?|[Pp]lenary|Conferences?|Meetings?"
    r"|speech(?:es)?|instructions?|remarks|directives?|letters?|Thought|[Dd]ocuments?"
    # a paper of the Party or the state by its capitalised title ("the spirits of the Notice
    # on ..."): 文件精神
    r"|Notices?|Circulars?|Opinions|Decisions?|Resolutions?|Regulations|Guidelines"
    # a meeting in lower case only with its body named after it ("the spirits of the meeting
    # of the Political Bureau"): "the spirits of the meeting were high" is English
    rf"|(?:meetings?|conferences?)(?={_S}of{_S}(?:the{_S})?[\p{{Lu}}\d]))"
)
# The words between "spirits of" and the owner: "the", ordinals and figures, capitalised
# words ("General Secretary Xi Jinping's", "20th CPC Central Committee"), the few
# lower-case words that describe a speech ("important", "series of") and a session's
# ordinal in words ("the seventh plenary session").
_BETWEEN = (
    r"(?:(?:the|a|series|of|and|on|important|key|latest|recent|first|second|third|fourth"
    r"|fifth|sixth|seventh|eighth|ninth|tenth|[\p{Lu}\d][\p{L}\p{N}'’.()-]*)"
    rf"{_S})*"
)
_PATTERN = regex.compile(
    rf"(?<![\p{{L}}'’-])(?P<word>[Ss]pirits){_S}(?:(?:embodied|embedded|contained){_S})?(?:of|in){_S}{_BETWEEN}{_OWNER}(?![\p{{L}}'’-])"
)
_PREFILTER = (
    r"[Ss]pirits[ \u00a0]+(?:(?:embodied|embedded|contained)[ \u00a0]+)?(?:of|in)[ \u00a0]|\b\d{1,2}[ \u00a0]+[Ss]pirit\b"
    r"|[Ss]pirit[ \u00a0]+of[ \u00a0]+the[ \u00a0]+(?:Party|CPC)['’]s[ \u00a0]"
    r"|(?:Congress|Session)[ \u00a0]+[Ss]pirit\b"
)
# The congress's number as a figure or a word: "20", "twenty", "nineteenth".
_NUMBER = (
    r"(?:\d{1,2}|(?i:(?:seven|eigh|nine)teen(?:th)?|twenty|twentieth|seventeenth|"
    r"eighteenth|nineteenth))"
)
# "the Party's 20 spirit", "the 19 Spirit", "the spirit of the Party's twenty": 二十大精神
# word for word, the congress's number standing alone for the congress. A bare number
# before "spirit", or after "the Party's" with no noun after it, counts nothing in English.
_NUMBERED = regex.compile(
    rf"(?<=\b[Tt]he{_S}(?:(?:Party|CPC)['’]s{_S})?)(?P<nth>\d{{1,2}}){_S}(?P<word>[Ss]pirit)"
    r"(?![\p{L}'’-])"
    rf"|(?<=\b[Ss]pirit{_S}of{_S}the{_S})(?:Party|CPC)['’]s{_S}(?P<bare>{_NUMBER})"
    rf"(?![\p{{L}}\p{{N}}'’-])(?!{_S}(?!(?:and|or)\b)\p{{L}})"
    # "the 19th CPC National Congress spirit": the congress or plenary session by its full
    # name set before "spirit" as a noun modifier, 十九大精神 in Chinese word order.
    rf"|(?<=\b[Tt]he{_S})(?P<named>\d{{1,2}}(?:st|nd|rd|th){_S}(?:(?:CPC|Party){_S})?"
    rf"(?:National{_S}Congress|Plenary{_S}Session)){_S}(?P<nword>[Ss]pirit)(?![\p{{L}}'’-])"
)
_WORDS = {
    "seventeen": "17",
    "seventeenth": "17",
    "eighteen": "18",
    "eighteenth": "18",
    "nineteen": "19",
    "nineteenth": "19",
    "twenty": "20",
    "twentieth": "20",
}


@rule("T116", "spirits-for-guiding-principles", Severity.WARNING, Fix.UNSAFE)
def spirits_for_guiding_principles(ctx: Context) -> pl.DataFrame:
    """精神 of a congress, session or speech rendered as the plural "spirits".

    ## What it does
    Finds "the 20 spirit" (or "the Party's 20 spirit", "the spirit of the Party's
    twenty"), a congress's 精神 named by its bare number; a numbered congress or plenary
    session set before "spirit" in Chinese word order ("the 19th CPC National Congress
    spirit", "the 3rd Plenary Session spirit"); and "spirits of" (or "spirits
    in") before a congress, a plenary session, a conference, a meeting, a leader's speech,
    instructions, remarks or letter ("the spirits of the 20th CPC National Congress", "the
    spirits of General Secretary Xi Jinping's important speech", "spirits in the speech
    of"), also a meeting or conference in lower case with its body named after it ("the
    spirits of the meeting of the Political Bureau"), a session by its ordinal in words
    ("spirits embedded in the seventh plenary session": also "embodied in", "contained
    in"), and a Party or state paper by its capitalised title (Notice, Circular, Opinions,
    Decision, Resolution, Regulations, Guidelines: "the spirits of the Notice on …").
    "Spirits" of people, of the dead or of drink is left alone: the rule asks for the
    owner of the 精神 at the end of the phrase; "the spirit of the Party's 20th National
    Congress" names its congress. "Spirits of" with its owner is read in headlines too
    ("… to Promote the Spirits of the Third Plenary Session"); the other forms only in
    running text: paragraphs that end like a sentence, and long paragraphs of several
    sentences whose end was cut short (a report pasted without its last words).

    ## Why is this bad?
    精神 here means the main ideas of a meeting or a speech. Official English (Xinhua,
    the State Council) writes "the guiding principles of the 20th CPC National
    Congress", or "the spirit of …" in the singular; "spirits" reads as ghosts or
    liquor.

    ## Example
    ```text
    Officials studied the spirits of the Fourth Plenary Session of the 20th CPC Central
    Committee.
    ```

    ## Use instead
    ```text
    Officials studied the guiding principles of the Fourth Plenary Session of the 20th
    CPC Central Committee.
    ```

    ## Fix safety
    Unsafe: "guiding principles" is suggested; "the spirit of" (singular) is also
    attested, and the writer chooses.
    """
    rows = new_rows()
    segments = running_text(ctx)
    # "Spirits of" with its owner is 精神 in a headline too ("… the Spirits of the Seventh
    # Plenary Session"): the owner makes it certain, so every segment is read.
    for doc, base, _text, m in prose_matches(ctx.segments, "tgt", _PREFILTER, _PATTERN):
        word = m.group("word")
        add_row(
            rows,
            doc,
            base + m.start("word"),
            base + m.end("word"),
            f"“{word}” of a congress, session or speech renders 精神: write “the guiding "
            "principles of …” or “the spirit of …” (singular)",
            "Guiding principles" if word[0] == "S" else "guiding principles",
        )
    for doc, base, _text, m in prose_matches(segments, "tgt", _PREFILTER, _NUMBERED):
        if m.group("bare"):
            bare = m.group("bare")
            nth = _WORDS.get(bare.lower(), bare)
            add_row(
                rows,
                doc,
                base + m.start(),
                base + m.end(),
                f"“{m.group()}” names a congress by its bare number (二十大 word for word): "
                f"write “the {nth}th CPC National Congress”",
                f"{nth}th CPC National Congress",
            )
            continue
        if m.group("named"):
            named = m.group("named")
            add_row(
                rows,
                doc,
                base + m.start("named"),
                base + m.end("nword"),
                f"“{named} {m.group('nword')}” renders 精神 in Chinese word order: write "
                f"“the guiding principles of the {named}”",
                f"guiding principles of the {named}",
            )
            continue
        nth = m.group("nth")
        suffix = "th" if nth[-2:-1] == "1" else {"1": "st", "2": "nd", "3": "rd"}.get(nth[-1], "th")
        add_row(
            rows,
            doc,
            base + m.start("nth"),
            base + m.end("word"),
            f"“{m.group()}” renders 精神 of a congress by its bare number: write “the guiding "
            f"principles of the {nth}{suffix} CPC National Congress”",
        )
    return output(rows)
