"""T105 truncated-term."""

from __future__ import annotations

import polars as pl
import regex

from tifa.checks.context import Context
from tifa.checks.nearfindings import near_findings
from tifa.checks.registry import rule
from tifa.checks.rule import FIX_COLUMN, Fix, Severity, add_row, new_rows, output
from tifa.checks.scan import prose_matches

_S = r"[ \u00a0]+"
_LEVEL = r"(?P<level>(?i:municipal|provincial))"
# Titles whose body is cut short with no glossary rendering to compare with: the words say
# which body is meant. A standing committee with a level word and no body is the Party
# committee's (市委常委); a committee with a chairman is a CPPCC committee (Party committees
# have secretaries). Nothing may follow with "of": then the body is named after all.
_PATTERN = regex.compile(
    rf"(?<![\p{{L}}\p{{N}}'’-])(?P<title>(?i:member)){_S}of{_S}(?:the{_S})?{_LEVEL}{_S}"
    rf"(?i:standing){_S}(?i:committee)(?![\p{{L}}\p{{N}}'’-])(?!{_S}of\b)"
    rf"|(?<![\p{{L}}\p{{N}}'’-])(?P<chair>(?i:(?:vice[- ])?chairman)){_S}of{_S}(?:the{_S})?"
    rf"{_LEVEL}{_S}(?i:committee)(?![\p{{L}}\p{{N}}'’-])(?!{_S}(?:of|for)\b)"
)
_PREFILTER = r"(?i)(?:member|chairman) of (?:the )?(?:municipal|provincial) "


@rule("T105", "truncated-term", Severity.ERROR, Fix.UNSAFE)
def truncated_term(ctx: Context) -> pl.DataFrame:
    """A glossary title or body cut short.

    ## What it does
    Finds a title or body (glossary `kind` title or body, three words or more) whose last one
    or two words are missing, the text going on with something else. Without a glossary
    entry, finds two titles whose body is cut short in a way only one body fits: "member of
    (the) municipal standing committee" (of the Municipal Party Committee) and "(vice)
    chairman of (the) municipal committee" (of the CPPCC: Party committees have
    secretaries), provincial alike, when no "of" names the body after all. A title cut short
    before another title's head noun is that other title ("executive vice governor" against
    "executive vice mayor", "executive vice general manager") and is left alone, and so is one that goes on with the name of
    another Party body ("the provincial party discipline watchdog", "the municipal party
    school"), and so is a possessive the full form does not
    have ("the CPC's central tasks"), a form cut after a plain plural that modifies its
    head ("Leading Party members of the advisory body met": people, not the "leading Party
    members' group"), and so is a form whose missing words open the next line of a
    hard-wrapped paragraph, and a name whose apostrophe is typed twice ("the Provincial
    People''s Congress": P310 reports the mark).

    ## Why is this bad?
    A cut-short title names nothing: "secretary of the Municipal Party" is no office. It is
    usually an editing slip that also breaks the sentence around it.

    ## Example
    ```text
    Tan Zuojun, secretary of the Municipal Party presided over the meeting.
    ```

    ## Use instead
    ```text
    Tan Zuojun, secretary of the Municipal Party Committee, presided over the meeting.
    ```

    ## Fix safety
    Unsafe: the full title is suggested, but the sentence usually needs repair too.
    """
    near = near_findings(
        ctx,
        "truncated",
        pl.format(
            "“{}” is cut short: the full form is “{}” ({}); {}",
            "text",
            "form_text",
            "term_id",
            "detail",
        ),
    )
    near = _without_wrapped_rest(ctx, _without_possessive(ctx, _without_other_heads(ctx, near)))
    near = _without_doubled_apostrophe(ctx, near)
    structural = _cut_short_bodies(ctx)
    if structural.height and near.height:
        taken = [(d, s, e) for d, s, e in near.select("doc", "start", "end").iter_rows()]
        keep = [
            not any(d == doc and s < end and start < e for d, s, e in taken)
            for doc, start, end in structural.select("doc", "start", "end").iter_rows()
        ]
        structural = structural.filter(pl.Series(keep, dtype=pl.Boolean))
    return pl.concat([near.with_columns(pl.lit(None, pl.String).alias(FIX_COLUMN)), structural])


def _cut_short_bodies(ctx: Context) -> pl.DataFrame:
    """Findings for titles whose body is cut short, known by their structure."""
    rows = new_rows()
    for doc, base, _text, m in prose_matches(ctx.segments, "tgt", _PREFILTER, _PATTERN):
        level = m.group("level").capitalize()
        if m.group("title"):
            body = f"Standing Committee of the {level} Party Committee"
            full = f"{m.group('title')} of the {body}"
        else:
            body = f"{level} Committee of the CPPCC"
            full = f"{m.group('chair')} of the {body}"
        message = f"“{m.group()}” is cut short: the body is the {body}"
        add_row(rows, doc, base + m.start(), base + m.end(), message, full)
    return output(rows)


# Head nouns of titles: a cut-short title followed by one of them is another title
# ("executive vice governor of Hebei province" is no "executive vice mayor" cut short);
# so are the Party's people and its congress ("the provincial party representatives",
# "provincial Party members", "the provincial Party congress": no committee cut short).
_TITLE_HEAD = regex.compile(
    # The head noun may carry "general" before it: "executive vice general manager" (常务副总经理)
    # is a company's title, no "executive vice mayor" cut short.
    r"[ \u00a0]+(?i:general[ \u00a0]+)?(?i:governors?|mayors?|chair(?:man|men|woman|women|person|persons)|presidents?"
    r"|premiers?|ministers?|directors?|secretar(?:y|ies)|heads?|commissioners?|magistrates?"
    r"|procurators?|prosecutors?|managers?|deans?|chiefs?|leaders?|officers?"
    r"|representatives?|delegates?|members?|cadres?|congress(?:es)?)"
    r"(?![\p{L}\p{N}'’-])"
    # Not a head noun used as a verb ("… Municipal Party president the meeting").
    r"(?![ \u00a0]+(?:the|a|an|over|at|on)\b)"
)


# Words that open the name of another of the Party's bodies after "provincial party" or
# "municipal party": "the provincial party discipline watchdog" (省纪委, as the wires call the
# discipline inspection commission), "the municipal party school", "the provincial party
# propaganda department". No committee is cut short there.
_OTHER_BODY = regex.compile(
    r"[ \u00a0]+(?i:discipline|disciplinary|school|propaganda|publicity|organi[sz]ation"
    r"[ \u00a0]+department|united[ \u00a0]+front"
    # The work a body's name stands for, and its conference: "the national development and
    # reform work conference" (全国发展和改革工作会议) cuts no commission short.
    r"|work)(?![\p{L}\p{N}'’-])"
)


def _without_other_heads(ctx: Context, near: pl.DataFrame) -> pl.DataFrame:
    """Drop a cut-short title that goes on with another title's head noun (see `_TITLE_HEAD`)
    or with the name of another of the Party's bodies (see `_OTHER_BODY`)."""
    keep = [
        not (_TITLE_HEAD.match(ctx.text(doc), end) or _OTHER_BODY.match(ctx.text(doc), end))
        for doc, end in near.select("doc", "end").iter_rows()
    ]
    return near.filter(pl.Series(keep, dtype=pl.Boolean)) if not all(keep) else near


# A possessive inside the span: "the CPC's central tasks" is the CPC's and its tasks are
# central; a name cut short ("CPC Central") has no 's between its words.
_INNER_POSSESSIVE = regex.compile(r"\p{L}['’]s?[ \u00a0]+\p{L}")


def _without_possessive(ctx: Context, near: pl.DataFrame) -> pl.DataFrame:
    """Drop a cut-short form whose text has a possessive its full form does not."""
    keep = [
        not (
            _INNER_POSSESSIVE.search(ctx.text(doc)[start:end])
            and not _INNER_POSSESSIVE.search(full or "")
        )
        for doc, start, end, full in near.select("doc", "start", "end", "suggestion").iter_rows()
    ]
    return near.filter(pl.Series(keep, dtype=pl.Boolean)) if not all(keep) else near


# An apostrophe typed twice, as a page escaping its quotes leaves it ("People''s Congress"):
# the name goes on after it, whole; P310 reports the doubled mark.
_DOUBLED_APOSTROPHE = regex.compile(r"['’]{2}s(?![\p{L}])")


def _without_doubled_apostrophe(ctx: Context, near: pl.DataFrame) -> pl.DataFrame:
    """Drop a form cut where a doubled apostrophe stands ("the Provincial People''s
    Congress"): the name is whole, only its apostrophe is typed twice."""
    keep = [
        not _DOUBLED_APOSTROPHE.match(ctx.text(doc), end)
        for doc, end in near.select("doc", "end").iter_rows()
    ]
    return near.filter(pl.Series(keep, dtype=pl.Boolean)) if not all(keep) else near


# One line break inside a paragraph, as a hard-wrapped page has at every line's end.
_LINE_BREAK = regex.compile(r"[ \t\u00a0]*\r?\n[ \t\u00a0]*")


def _without_wrapped_rest(ctx: Context, near: pl.DataFrame) -> pl.DataFrame:
    """Drop a form whose missing words open the next line: "the CPC Central" at a line's end
    and "Committee on rural work" on the next is the whole name, wrapped (R605 reports the
    wrap), not a name cut short."""
    keep = []
    for doc, start, end, full in near.select("doc", "start", "end", "suggestion").iter_rows():
        text = ctx.text(doc)
        wrap = _LINE_BREAK.match(text, end)
        if wrap is None or not full:
            keep.append(True)
            continue
        whole = " ".join(full.split()).lower()
        joined = " ".join(
            (text[start:end] + " " + text[wrap.end() : wrap.end() + len(full)]).split()
        )
        keep.append(not joined.lower().startswith(whole))
    return near.filter(pl.Series(keep, dtype=pl.Boolean)) if not all(keep) else near
