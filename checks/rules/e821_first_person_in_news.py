"""E821 first-person-in-news."""

from __future__ import annotations

import polars as pl
import regex

from tifa.checks.context import Context
from tifa.checks.registry import rule
from tifa.checks.rule import Fix, Severity, add_row, new_rows, output

# The places a local news site calls "our" (本市, 我省, 我区 …). Not "our country" (我国):
# the government work report and leaders' speeches say it in official English even where
# an excerpt never says "we", and no annotated page used it as a slip. The possessive counts
# ("our city's leaders"): the finding covers the place word, its "'s" stays.
_PLACE_NOUN = r"city|province|district|county|region|municipality|prefecture|town|township"
_PREFILTER = rf"(?i)\bour[ \u00a0]+(?:{_PLACE_NOUN})\b"
_OUR = regex.compile(
    rf"(?<![\p{{L}}'’-])(?i:our)[ \u00a0]+(?P<noun>(?i:{_PLACE_NOUN}))"
    r"(?=['’]s(?![\p{L}'’-])|(?![\p{L}'’-]))"
)
# A first-person voice anywhere in the page outside quotation marks: a speech, a work report
# ("I now present to you …", "we stuck to …"), a meeting's resolutions ("We must …") or an
# interview speaks as "we" and may say "our city". Upper-case "US" is the country.
_FIRST_PERSON = regex.compile(
    r"(?<![\p{L}'’-])(?:[Ww]e|us|[Mm]y|I(?=[ \u00a0]+\p{Ll}))(?![\p{L}'’-])"
)
# Quoted words: curly or straight double quotes; a quote that does not close in its paragraph
# runs to the paragraph's end (a quotation over several paragraphs). Curly quotes saved as GBK
# and read as Latin-1 ("¡°" … "¡±") or Windows-1250 ("ˇ°" … "ˇ±") still mark a quotation: the
# garbling is U406's to report, the words inside are quoted.
_QUOTED = regex.compile(
    r"“[^”]*(?:”|$)|\"[^\"]*(?:\"|$)|(?P<g>[¡ˇ])°(?:(?!(?P=g)±).)*(?:(?P=g)±|$)"
)
# Reported speech: a verb of saying with "that" within a few words, or a comma or colon
# straight after it ("Li stressed that …", "He said, …", "The meeting emphasized: …").
_REPORTING_VERB = (
    r"said|says|stated|states|pointed[ \u00a0]+out|points[ \u00a0]+out|stressed|stresses"
    r"|emphasi[sz]ed|emphasi[sz]es|noted|notes|added|adds|urged|urges|required|requires"
    r"|demanded|demands|highlighted|highlights|underlined|underscored|instructed"
    r"|mentioned|mentions"
    # 要求 reported as a request ("Gao requested that in the next stage, we should …").
    r"|requested|requests"
)
# A meeting's judgement reported as 认为 or 决定 ("The meeting held that …", "It was decided
# that …"): a report only with "that" straight after the verb ("held in the hall that …" is
# no report).
_JUDGING_VERB = (
    r"held|holds|decided|decides|agreed|agrees|believed|believes|maintained|maintains"
    r"|proposed|proposes|suggested|suggests|hoped|hopes|concluded|concludes"
)
# A verb after an auxiliary with only a comma after it is a passive or a perfect, not a
# report: "66 million jobs have been added, and our country …".
_FRAME = regex.compile(
    rf"(?<![\p{{L}}'’-])(?:{_REPORTING_VERB})"
    r"(?:[ \u00a0]+[\p{L}\d,'’-]+){0,8}?[ \u00a0]+that(?![\p{L}'’-])"
    rf"|(?<![\p{{L}}'’-])(?:{_JUDGING_VERB})[ \u00a0]+that(?![\p{{L}}'’-])"
    r"|(?<!(?<![\p{L}'’-])(?:been|be|being|is|are|was|were|has|have|had)[ \u00a0]+)"
    rf"(?<![\p{{L}}'’-])(?:{_REPORTING_VERB})[ \u00a0]*[,:]"
)
# A verb of saying that is no report of the speaker's words: "As Xi pointed out, we …",
# "From what the official said, we can tell …", or "I said" and "we noted" in a speech.
_NOT_A_REPORT = regex.compile(
    r"(?i)(?:(?:^|[.;:!?,(]\s*)as|\bwhat)(?:\s+[\p{L}'’.-]+){0,6}\s*$"
    r"|(?<![\p{L}'’-])(?-i:I|[Ww]e)(?:\s+\p{Ll}+)?\s*$"
)
# The first person after a report: the pronoun that takes the speaker's voice.
_REPORTED_VOICE = regex.compile(r"(?<![\p{L}'’-])(?:[Ww]e|[Oo]ur|us)(?![\p{L}'’-])")
# "our" before the country, its system or the Party (我国, 我国社会主义制度, 我们党): official
# English keeps it in a report of a central meeting as in a work report ("It was noted that
# the arrangement gives full play to the strengths of our socialist system"), as it keeps
# "our country" elsewhere; no reader asks whose country is meant.
_NATIONAL_OUR = regex.compile(
    r"[Oo]ur[ \u00a0]+(?:(?:socialist|political|basic|national|governance)[ \u00a0]+)*"
    r"(?:country|nation|motherland|[Pp]arty|system)(?:['’]s)?(?![\p{L}'’-])"
)
_REPORT_PREFILTER = rf"\b(?:{_REPORTING_VERB}|{_JUDGING_VERB})\b[^\n]*\b(?:[Ww]e|[Oo]ur|us)\b"
# An interview's answer speaks for the one answering: "A: We have …".
_ANSWER = regex.compile(r"^\s*(?:A|Answer)\s*[:：]")
# A sentence in the first person that ends with who said it ("We hope the two cities will
# work together, the mayor said.", "We will build a new park, Liu added."): the speaker's
# own words, whose quotation marks were left out. Outside quotes only, so a quotation with
# its marks is never read; a page that speaks as "we" of its own says no "he said" after it.
_SAID_BY = r"said|added|noted|stressed|emphasi[sz]ed|stated|explained|continued|remarked|concluded"
_SPEAKER = (
    r"[Hh]e|[Ss]he|[Tt]hey|(?:the|The)(?:[ \u00a0]+\p{Ll}+){1,3}"
    r"|\p{Lu}[\p{L}'’-]*(?:[ \u00a0]+\p{Lu}[\p{L}'’-]*){0,2}"
)
_UNQUOTED = regex.compile(
    r"(?:^|(?<=[.!?][ \u00a0]))(?P<voice>We|Our|I)(?![\p{L}'’-])[^.!?\n]{10,600}?"
    rf",[ \u00a0]+(?P<said>(?:{_SPEAKER})[ \u00a0]+(?:{_SAID_BY}))\.(?=[ \u00a0]|$)"
)
# A paragraph that opens in the first person: words that end with "…, Gong added." two
# sentences on were the speaker's from the paragraph's start, where the quotation opens.
_OPENS_IN_VOICE = regex.compile(r"[ \t\u00a0]*(?:We|Our|I)(?![\p{L}'’-])")
_UNQUOTED_PREFILTER = rf"\b(?:We|Our|I)\b[^\n]*, [^,\n]{{1,40}} (?:{_SAID_BY})\."


@rule("E821", "first-person-in-news", Severity.WARNING, Fix.UNSAFE)
def first_person_in_news(ctx: Context) -> pl.DataFrame:
    """The first person in news copy: "our city", or "we" in a report of what was said.

    ## What it does
    Finds "our city", "our province", "our district", "our county" (and region,
    municipality, prefecture, town, township, and their possessive "our city's"; not "our
    country", which official English keeps in work reports and speeches) outside
    quotation marks in a page that
    nowhere else speaks in the first person: no "we", "us", "my" or "I" outside quotation
    marks. A speech, a government work report, a meeting's resolutions and an interview
    speak as "we" and are left alone, and so is anything quoted.

    Also the first person in a report of what someone said, outside quotation marks:
    "we", "our" or "us" after "Li stressed that", "He said,", "The meeting emphasized:"
    (and "pointed out", "noted", "added", "urged", "required", "requested", "highlighted"
    and the like),
    and in what a meeting held, decided, agreed, believed or proposed, with "that" straight
    after the verb ("The meeting held that we must …"),
    in that paragraph ("Li stressed that the task is arduous. We must act."), reported once
    a paragraph: at its first such sentence, with a count of the others. Left alone: "our"
    before the country, the Party or their system ("the strengths of our socialist system",
    我国: kept as "our country" is), a page that speaks as "we" where no report explains it
    (a speech, a work report, an interview's answer "A: …"), "As Xi pointed out, we must …", "from
    what he said, we can tell", a report by "I" or "we", a page's headline (no stop closes
    it: an opinion column's title "… have agreed that we were right"), and anything quoted, also between
    curly quotes garbled by a GBK page read in another encoding ("ˇ°We must …ˇ±").

    Also, on any page, a sentence that opens with "We", "Our" or "I" and ends with who said
    it, outside quotation marks ("We hope the two cities will work together, the mayor
    said.", "We will build a new park, Liu added."): the speaker's own words with their
    quotation marks left out, reported where they open (at the paragraph's start when the
    paragraph opens in the first person and no report comes before).

    ## Why is this bad?
    Chinese local news writes 我市 and 我省 ("our city", "our province") in its own voice;
    English news is written in the third person, and a foreign reader asks whose city is
    meant. Official English names the place or writes "the city". A report that slips from
    "he said that" into "we must" puts the speaker's words in the paper's own mouth: the
    reader cannot tell who "we" are.

    ## Example
    ```text
    In the first half of the year, exports of our city grew by 8 percent.
    The mayor stressed that the task is arduous. We must act at once.
    We welcome investors from all over the world, the mayor said.
    ```

    ## Use instead
    ```text
    In the first half of the year, exports of the city grew by 8 percent.
    The mayor stressed that the task is arduous and that the city must act at once.
    "We welcome investors from all over the world," the mayor said.
    ```

    ## Fix safety
    Unsafe: "the city" is suggested; naming the place may read better, and a person
    chooses. Reported speech is mended by a person (no suggestion).
    """
    rows = new_rows()
    paragraphs = ctx.corpus.paragraphs
    ours = pl.col("text").str.contains(_PREFILTER)
    reports = pl.col("text").str.contains(_REPORT_PREFILTER)
    unquoted = pl.col("text").str.contains(_UNQUOTED_PREFILTER)
    wanted = paragraphs.filter(ours | reports | unquoted).with_columns(
        ours.alias("ours"), unquoted.alias("unquoted")
    )
    if wanted.is_empty():
        return output(rows)
    docs = wanted["doc"].unique().to_list()
    pages = paragraphs.filter(pl.col("doc").is_in(docs)).sort("doc", "start")
    voiced: set[int] = set()  # a first person anywhere outside quotes
    speaking: set[int] = set()  # a first person that no report of another's words explains
    for doc, text in zip(pages["doc"].to_list(), pages["text"].to_list(), strict=True):
        if doc in speaking:
            continue
        bare = _QUOTED.sub(_blank, text)
        voice = _FIRST_PERSON.search(bare)
        if voice is None:
            continue
        voiced.add(doc)
        frames = _frames(bare)
        if not frames or voice.start() < frames[0].end() or _ANSWER.match(bare):
            speaking.add(doc)
    # Each page's first paragraph: a headline when no stop closes it.
    first = dict(pages.group_by("doc").agg(pl.col("start").min()).iter_rows())
    reported: set[tuple[int, int]] = set()
    for doc, base, text, has_ours, has_unquoted in zip(
        wanted["doc"].to_list(),
        wanted["start"].to_list(),
        wanted["text"].to_list(),
        wanted["ours"].to_list(),
        wanted["unquoted"].to_list(),
        strict=True,
    ):
        bare = _QUOTED.sub(_blank, text)
        if has_unquoted:
            for m in _UNQUOTED.finditer(bare):
                words = m.span("voice")
                opening = _OPENS_IN_VOICE.match(bare)
                if opening is not None and not _frames(bare[: m.start()]) and "\n" not in bare:
                    words = (opening.end() - len(opening.group().strip()), opening.end())
                if (doc, base + words[0]) in reported:
                    continue  # two sentences of one paragraph's words: reported once
                reported.add((doc, base + words[0]))
                reported.add((doc, base + m.start()))
                add_row(
                    rows,
                    doc,
                    base + words[0],
                    base + words[1],
                    f"“{bare[words[0] : words[1]]}” opens the speaker's own words, which end with"
                    f" “{m.group('said')}” and have no quotation marks: quote them, or"
                    " report them in the third person",
                )
        if has_ours and doc not in voiced:
            for m in _OUR.finditer(bare):
                if (doc, base + m.start()) in reported:
                    continue  # "Our city …, he said.": reported above as unquoted words
                noun = m.group("noun")
                reported.add((doc, base + m.start()))
                add_row(
                    rows,
                    doc,
                    base + m.start(),
                    base + m.end(),
                    f"“{text[m.start() : m.end()]}” speaks in the first person in news copy:"
                    f" name the {noun.lower()} or write “the {noun.lower()}”",
                    ("The " if text[m.start()] == "O" else "the ") + noun,
                )
        if doc in speaking or (base == first.get(doc) and not _CLOSED.search(text)):
            continue  # an opinion column's headline may speak as "we" ("… have agreed that we were right")
        frames = _frames(bare)
        if not frames:
            continue
        # One finding a paragraph: the report that slips into "we" is recast (or quoted) as
        # a whole, so its first slipped sentence is flagged and the others are counted.
        sentence = -2
        voices: list[regex.Match[str]] = []
        for m in _REPORTED_VOICE.finditer(bare, frames[0].end()):
            opens = max(bare.rfind(stop, 0, m.start()) for stop in _STOPS)
            if opens == sentence or _NATIONAL_OUR.match(bare, m.start()):
                continue
            sentence = opens  # once a sentence, whichever finding took its first person
            if (doc, base + m.start()) in reported:
                continue
            voices.append(m)
        if voices:
            m = voices[0]
            also = others_in_paragraph(len(voices) - 1, "speak")
            add_row(
                rows,
                doc,
                base + m.start(),
                base + m.end(),
                f"“{m.group()}” in a report of what was said: reported speech stays in the"
                f" third person (“the city will”, “they must”), or the words are quoted{also}",
            )
    return output(rows)


def others_in_paragraph(more: int, verb: str) -> str:
    """The end of a paragraph's one finding that counts its other slipped sentences ("; 2
    more sentences of this paragraph speak so too"); empty when there are none."""
    if not more:
        return ""
    return (
        f"; {more} more sentence{'s' if more > 1 else ''} of this paragraph"
        f" {verb}{'' if more > 1 else 's'} so too"
    )


# A paragraph closed as a sentence is (a headline has no stop).
_CLOSED = regex.compile(r"[.!?][\"”’']?\s*$")
# What ends a sentence or a clause that may open with "We must …".
_STOPS = (". ", "; ", "? ", "! ", ": ")


def _frames(bare: str) -> list[regex.Match[str]]:
    """The reports of another's words in `bare`: a verb of saying with "that", a comma or a
    colon, not "as he said" or "what she said", nor said by "I" or "we"."""
    return [
        m
        for m in _FRAME.finditer(bare)
        if not _NOT_A_REPORT.search(bare, max(0, m.start() - 80), m.start())
    ]


def _blank(m: regex.Match[str]) -> str:
    """The quoted span blanked out, its length kept so that offsets stay right."""
    return " " * len(m.group())
