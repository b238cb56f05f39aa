"""E814 past-tense-headline."""

from __future__ import annotations

import polars as pl
import regex

from tifa.checks.context import Context
from tifa.checks.distinct import filter_distinct
from tifa.checks.prose import SENTENCE_INSIDE, prose_segments
from tifa.checks.registry import rule
from tifa.checks.rule import Fix, Severity, add_row, new_rows, output
from tifa.checks.scan import prose_matches
from tifa.checks.textcase import capital_as

# Verbs of the official visit and meeting, past tense -> present. All are transitive and
# active when a name or "with" follows; the passive ("Forum Held in Beijing", "Delegation
# Received by the Mayor") is followed by a preposition and left alone, and so is "Held",
# which the passive headline uses most: "Held" counts only before its object, a name or an
# article ("Taizhou Held Grassroots Conference"), never before an adverb or a time word
# ("Forum Held Online", "Fair Held Today").
PRESENT = {
    "visited": "visits",
    "met": "meets",
    "inspected": "inspects",
    "received": "receives",
    "hosted": "hosts",
    "attended": "attends",
    "chaired": "chairs",
    "toured": "tours",
    "addressed": "addresses",
    "paid": "pays",
    "led": "leads",
    "signed": "signs",
    "held": "holds",
    "reached": "reaches",
    "presided over": "presides over",
    # 赴, 来到: "Mayor Went to Xinmin to Inspect Spring Planting". Never a participle, so
    # never a passive headline; "to" and the place are its object.
    "went to": "goes to",
    "came to": "comes to",
}
_VERB = "|".join(
    sorted((verb.replace(" ", "[ \u00a0]+") for verb in PRESENT), key=lambda w: (-len(w), w))
)
# Words after a passive "Held" or "Signed" that are no object: an adverb, a time or place word.
_NO_OBJECT = (
    r"\p{L}+ly|Today|Tonight|Yesterday|Tomorrow|Here|There|Again|Twice|Online|Virtually"
    r"|Jointly|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
)
# The verb after its subject (a word that is no auxiliary: "Was Visited", "Has Met" are
# another matter), before its object: a capitalised word that is no preposition, "with",
# or an article.
_PATTERN = regex.compile(
    rf"(?<=(?<![\p{{L}}'’])(?!(?i:was|were|is|are|be|been|being|has|have|had|most|newly"
    rf"|first|recently|the|a|an|and|or|to)\b)(?P<subject>[\p{{L}}.'’-]+)[ \u00a0]+)"
    rf"(?P<verb>(?i:{_VERB}))"
    # A second past verb of title case may join the first ("Visited and Interviewed
    # Party Members"); a passive one leaves its "by" or "in" after it, no object.
    rf"(?=(?:[ \u00a0]+and[ \u00a0]+\p{{Lu}}\p{{Ll}}+ed)?[ \u00a0]+(?:(?i:with)[ \u00a0]+)?(?:(?!(?i:to|in|on|at|by|for|from|as|after"
    rf"|before|during|over|under|into|upon|via|through|between|among|amid|across|within"
    rf"|around|along|against|ahead|{_NO_OBJECT})\b)\p{{Lu}}|(?i:the|a|an)\b))"
)
_PREFILTER = (
    rf"(?i)[\p{{L}}.'’-][ \u00a0]+(?:{_VERB})[ \u00a0]"
    r"|\b(?:was|were|ha(?:s|ve)[ \u00a0]+been)[ \u00a0]+\p{L}"
)
# A passive headline with its auxiliary in the past ("Forum Was Held in Yangzhou", "The
# Conference Has Been Held"): a headline drops the auxiliary ("Forum Held in Yangzhou").
# Only verbs of the event that opens or closes; a heading that asks ("How the Bridge Was
# Built", one with a "?") is left alone.
_AUX_VERBS = (
    r"held|convened|opened|launched|signed|inaugurated|staged|unveiled|kicked[ \u00a0]+off"
    r"|concluded|closed"
)
_AUX_PATTERN = regex.compile(
    r"(?<=\p{L}[ \u00a0]+)(?P<aux>(?i:was|were|ha(?:s|ve)[ \u00a0]+been))[ \u00a0]+"
    rf"(?P<verb>(?i:{_AUX_VERBS}))(?![\p{{L}}'’-])"
)
# "Holds" with no object, ending the headline or before a place or a date: "The Ninth
# Plenary Session Holds", "Forum Holds in Dalian". A meeting does not hold itself: it "Is
# Held" (or "Opens").
_HOLDS_PATTERN = regex.compile(
    r"(?<=\p{Lu}[\p{L}.'’-]*[ \u00a0]+)(?P<verb>Holds|Hold|HOLDS)"
    r"(?=[ \u00a0]*$|[ \u00a0]+(?i:in|on|at)[ \u00a0]+(?:\p{Lu}|\d))"
)
_HOLDS_PREFILTER = r"[ \u00a0](?:Holds?|HOLDS)(?:[ \u00a0]*$|[ \u00a0]+(?i:in|on|at)[ \u00a0])"
_ASKS = regex.compile(r"\?|^\W*(?i:how|why|what|when|where|who|which|whether)\b")
# A heading is short; a longer line without a full stop is a caption, a list item or a
# sentence whose full stop is missing. A photo credit marks a caption, whose past tense is
# the rule where it is dated.
_MAX_WORDS = 20
# A paragraph that opens with a phrase of time or place and its comma ("At the signing
# ceremony, the city signed …") is a sentence cut short, not a heading.
_CAPTION = regex.compile(
    r"(?i)photo|\[|\]|\bfile\b|\d{1,2},[ \u00a0]*\d{4}"
    r"|^(?-i:At|On|In|During|After|Before|Later|Earlier)\b[^,\n]*,"
)


@rule("E814", "past-tense-headline", Severity.WARNING, Fix.UNSAFE)
def past_tense_headline(ctx: Context) -> pl.DataFrame:
    """A headline that reports its event in the past tense: "Mayor Visited Shantou".

    ## What it does
    Finds, in a heading (a paragraph that does not end like a sentence, of twenty words
    or fewer), a verb of the official visit or meeting in the past tense after its
    subject and before its object: "Visited", "Met (with)", "Inspected", "Received",
    "Hosted", "Attended", "Chaired", "Toured", "Addressed", "Paid", "Led", "Signed",
    "Held", "Reached", "Presided over", "Went to", "Came to" ("Yin Li Visited Ya'an",
    "Sun Lei Went to Xinmin to Inspect Spring Planting", "City Leaders Met with
    Guests", "The delegation visited Shaoxing", "Taizhou Held Grassroots Conference").
    Suggests the present tense, singular or plural after the subject. Left alone: running
    text, a passive or perfect headline ("Forum Held in Beijing", "Forum Held Online",
    "Agreement Signed Between Two Cities", "Delegation Received by the Mayor", "Has
    Visited"), a sentence cut short that opens with its phrase of time or place ("At the
    ceremony, the city signed …"), a verb with no subject before it ("Delivered at the First
    Session…", a report's title block), "Most Visited", captions (a photo credit,
    brackets or a full date in the paragraph) and paragraphs longer than twenty words. Also
    "Holds" with no object, ending the heading or before a place or date ("The Ninth Plenary
    Session Holds", "Trade Forum Holds in Dalian"): a meeting "Is Held"; not "Holds Talks".
    A document's last paragraph after its prose is no heading (it heads nothing): a sentence
    whose end was cut or lost.
    A heading that ends with a full stop or a closing quote is read too where its verb is
    capitalised after a capitalised subject ("The Provincial Government Held the 7th
    Meeting.", "Zhuanghe Held the Training on “Two Committees”"): title case, which no
    sentence has. A second past verb may join the first ("Leaders Visited and Interviewed
    Party Members").

    ## Why is this bad?
    English news headlines report what has just happened in the present tense ("Premier
    Meets Delegation", "Mayor Visits Kaifeng"); the past tense is the mark of a sentence
    translated word for word from a Chinese headline, which has no tense, and it makes a
    news page look like a report filed late.

    ## Example
    ```text
    Mayor Li Visited Shantou
    City Leaders Met with Overseas Guests
    ```

    ## Use instead
    ```text
    Mayor Li Visits Shantou
    City Leaders Meet with Overseas Guests
    ```

    ## Fix safety
    Unsafe: the present tense is suggested; whether the subject is singular or plural is
    guessed from its last word, so a person applies it.
    """
    rows = new_rows()
    prose = prose_segments(ctx).select("doc", "seg")
    # The whole paragraph is the heading: a caption whose last sentence is followed by a
    # bracketed credit does not end like a sentence, yet its sentences are no headings.
    # (Each distinct paragraph tested once: a translation memory repeats its units.)
    short = filter_distinct(
        ctx.corpus.paragraphs,
        "text",
        (pl.col("text").str.count_matches(r"\S+") <= _MAX_WORDS)
        & ~pl.col("text").str.contains(_CAPTION.pattern),
    ).select("doc", "para")
    # A heading heads something: a document's last paragraph, after prose, is a sentence
    # whose end was cut (a page taken up to a length) or lost, not a heading.
    paragraphs = ctx.corpus.paragraphs
    after_prose = paragraphs.join(
        ctx.segments.join(prose, on=["doc", "seg"], how="semi")
        .group_by("doc")
        .agg(first_prose=pl.col("para").min()),
        on="doc",
    )
    last = after_prose.filter(
        pl.col("para") == pl.col("para").max().over("doc"), pl.col("para") > pl.col("first_prose")
    ).select("doc", "para")
    headings = (
        ctx.segments.join(prose, on=["doc", "seg"], how="anti")
        .join(short, on=["doc", "para"], how="semi")
        .join(last, on=["doc", "para"], how="anti")
    )
    # A heading that ends with a stop or a closing quote reads as prose by its end ("The
    # Provincial Government Held the 7th Meeting.", "Zhuanghe Held the Training on “Two
    # Committees”"); a capitalised verb after a capitalised subject in a short paragraph of
    # one sentence is the heading's title case, which no sentence has.
    one_sentence = short.join(
        filter_distinct(paragraphs, "text", ~pl.col("text").str.contains(SENTENCE_INSIDE)).select(
            "doc", "para"
        ),
        on=["doc", "para"],
        how="semi",
    )
    titled = (
        ctx.segments.join(prose, on=["doc", "seg"], how="semi")
        .join(one_sentence, on=["doc", "para"], how="semi")
        .join(last, on=["doc", "para"], how="anti")
    )

    def title_case(text: str, m: regex.Match[str]) -> bool:
        return (
            m.group("verb")[:1].isupper()
            and m.group("subject")[:1].isupper()
            # A title quoted in a sentence ("said: “Zhuanghe Held the Line.”") is left, and so
            # is a heading that asks ("Was the Forum Held Too Early?").
            and not regex.search(r"[“\"‘]", text[: m.start()])
            and not _ASKS.search(text)
        )

    # The title-case test reads only the text and the match: asked once per distinct text
    # (`keep`), not on each row repeating it (about 20,000 rows of the bench file).
    matches = [
        *prose_matches(headings, "tgt", _PREFILTER, _PATTERN),
        *prose_matches(titled, "tgt", _PREFILTER, _PATTERN, keep=title_case),
    ]
    for doc, base, _text, m in matches:
        verb = m.group("verb")
        present = _present(verb, plural=_plural(m.group("subject")))
        add_row(
            rows,
            doc,
            base + m.start("verb"),
            base + m.end("verb"),
            f"“{verb}”: a headline reports in the present tense, “{present}”",
            present,
        )
    for doc, base, _text, m in prose_matches(headings, "tgt", _HOLDS_PREFILTER, _HOLDS_PATTERN):
        verb = m.group("verb")
        held = "Is Held" if verb != "Hold" else "Are Held"
        add_row(
            rows,
            doc,
            base + m.start("verb"),
            base + m.end("verb"),
            f"“{verb}” has no object: a meeting does not hold itself, it “{held}”",
            held.upper() if verb.isupper() else held,
        )
    for doc, base, text, m in prose_matches(headings, "tgt", _PREFILTER, _AUX_PATTERN):
        if _ASKS.search(text):
            continue
        verb = m.group("verb")
        add_row(
            rows,
            doc,
            base + m.start("aux"),
            base + m.end("verb"),
            f"“{m.group()}”: a headline drops the auxiliary of its passive, “{verb}”",
            verb,
        )
    return output(rows)


def _plural(subject: str) -> bool:
    """Whether the word before the verb reads as a plural noun ("Leaders", "Officials")."""
    lower = subject.lower()
    return lower.endswith("s") and not lower.endswith(("ss", "us", "is", "'s", "’s"))


def _present(verb: str, *, plural: bool) -> str:
    """The present tense of `verb`, in its case: "Visited" -> "Visits" (or "Visit")."""
    lower = " ".join(verb.lower().split())
    present = PRESENT[lower]
    if plural:
        head, _, rest = present.partition(" ")
        head = head[:-2] if lower in ("addressed", "reached", "went to") else head[:-1]
        present = f"{head} {rest}" if rest else head
    if verb.isupper():
        return present.upper()
    return capital_as(verb, present)
