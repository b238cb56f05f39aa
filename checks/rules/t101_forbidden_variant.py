"""T101 forbidden-variant."""

from __future__ import annotations

import polars as pl
import regex

from tifa.checks.context import Context
from tifa.checks.quoted_titles import in_quoted_title_beside
from tifa.checks.registry import rule
from tifa.checks.rule import SEVERITY_COLUMN, Fix, Severity, add_row, new_rows, output
from tifa.checks.textcase import inflect, looks_plural, match_case
from tifa.checks.wire_copy import own_voice_docs

QUOTES = "\"'“”‘’"
# The Party as foreign agencies and newsrooms name it: their house style on their own copy
# (`wire_copy.own_voice_docs`), a slip anywhere else. A garbled form ("Communist Party of Chinese") is reported on any page.
# So are the members of the National People's Congress, whom the agencies call "delegates"
# ("a delegate to the National People's Congress", Reuters).
_AGENCY_STYLE = {
    "ccp",
    "chinese communist party",
    "npc delegate",
    "delegate to the npc",
    "delegate to the national people's congress",
    "national people's congress delegate",
}


def _superseded(note: str, form: str) -> bool:
    """Whether the entry's note calls this avoid form a superseded official rendering.

    Official English changes: 中国式现代化 was "Chinese-style modernization" in Xinhua and
    on government sites until the 20th Party Congress made it "Chinese modernization". Pages
    written before the change are not wrong, so the old form is worth a note, not an error.
    The note says so in words a reader of the glossary understands too: "'Chinese-style
    modernization' is the superseded official form".
    """
    quoted = "[\"'“‘]" + regex.escape(form) + "[\"'”’]"
    return bool(regex.search(quoted + r"\s+(?:is|was)\s+(?:the|an?)\s+superseded\b", note, regex.I))


def _ambiguous(note: str, form: str) -> bool:
    """Whether the entry's note says an avoid form can also stand for another term.

    "CPC leading group" is nearly always 党组 miswritten, but a page may use it for a
    领导小组 ("the CPC leading group on inspection work"), where "leading Party members'
    group" would be wrong: the fix is then a suggestion for a person to confirm. The note
    says so in words a reader of the glossary understands too: "'CPC leading group' can
    also name a 领导小组".
    """
    quoted = "[\"'“‘]" + regex.escape(form) + "[\"'”’]"
    return bool(regex.search(quoted + r"\s+can\s+also\s+(?:mean|name)\b", note, regex.I))


def _without_repeated_tail(approved: str, avoided: str, after: str) -> str:
    """The approved form less its last words where the text already follows with them.

    The entry for 旅顺口区 avoids "Lvshunkou" alone: in "Lvshunkou District" the whole
    approved "Lushunkou District" would read "Lushunkou District District". Words the
    approved form ends with, that the avoided form lacks and the text writes right after
    it, are left to the text.
    """
    words = approved.split()
    for n in range(len(words) - 1, 0, -1):
        tail = " ".join(words[-n:])
        if avoided.lower().endswith(tail.lower()):
            continue
        if regex.match(r"\s+" + regex.escape(tail) + r"\b", after, regex.I):
            return " ".join(words[:-n])
    return approved


_PROPER_KINDS = frozenset({"place", "person", "body"})


def _shared_plural_head(text: str, suffix: str, approved: str, kind: str) -> bool:
    """Whether a proper name's avoided form is the plural head of a list of short names.

    A name has no plural of its own; written in the plural with its capitalised head word
    in lower case ("Guangxi and Ningxia autonomous regions"), it is the common noun that
    several names share, as Xinhua writes it.
    """
    if kind not in _PROPER_KINDS or suffix.lower() not in {"s", "es"}:
        return False
    head = text[: len(text) - len(suffix)].split()[-1:]
    last = approved.split()[-1:]
    return bool(head and last and head[0].islower() and last[0][:1].isupper())


@rule("T101", "forbidden-variant", Severity.ERROR, Fix.SAFE)
def forbidden_variant(ctx: Context) -> pl.DataFrame:
    """A rendering the glossary lists under `avoid`.

    ## What it does
    Finds every rendering listed in a glossary entry's `avoid` column, matched like any
    rendering: any case, quote or dash style, plural or possessive of the last word. An
    avoid form the entry's note calls superseded ("'Chinese-style modernization' is the
    superseded official form") is reported as information only: it was right when written.
    So is an avoid form inside a quoted title in Title Case that holds other words too (an
    event's theme, a report's title: "Asia's New Future: Towards a Community of Common
    Destiny"): a title is quoted as it was issued. The form quoted alone stays an error.

    ## Why is this bad?
    Avoid-forms are known mistranslations or deprecated official forms ("one Netcom office"
    for 一网通办, "community of destiny" for 命运共同体). Readers and officials notice them.

    ## Example
    ```text
    realize the high-quality development of the "two first districts".
    ```

    ## Use instead
    ```text
    realize the high-quality development of the "two pre-zones".
    ```

    ## Fix safety
    Safe where the result is certain: the approved `en` replaces the flagged text, keeping
    its capitalisation style and any plural or possessive ending ("channel" + s →
    "channels", "city" + s → "cities"). Only a suggestion where the approved form's number
    differs from the avoided one's, or its last word already ends in "s" (a plural ending
    cannot be carried over with certainty), for a superseded form, and for a form the note
    says can also mean another term ("'CPC leading group' can also name a 领导小组").

    A foreign news agency's own copy (a dateline "BEIJING (AFP) -", a byline "By Reuters")
    keeps its house names for the Party, "the Chinese Communist Party" and "the CCP": the
    outlet's style, not a slip to correct. So does a foreign newsroom's page that defines
    "CCP" as its short name ("the Chinese Communist Party (CCP)"), or that never writes "CPC"
    and writes the Party in lower case, at least twice and more often than with a capital
    ("the party constitution", "the party's charter").
    """
    rows = new_rows()
    severity: list[str | None] = []
    avoid = ctx.hits.filter(pl.col("form") == "avoid")
    wire = own_voice_docs(ctx) if not avoid.is_empty() else set()
    for doc, start, end, text, suffix, form_text, term_id in avoid.select(
        "doc", "start", "end", "text", "suffix", "form_text", "term_id"
    ).iter_rows():
        term = ctx.glossary.get(term_id)
        if term is None:
            continue
        # "Tibet, Xinjiang and Ningxia autonomous regions": short names sharing one plural
        # head in lower case, not a cut-short name of one region.
        if _shared_plural_head(text, suffix, term.en, term.kind):
            continue
        if doc in wire and form_text.lower() in _AGENCY_STYLE:
            continue
        stem = text[: len(text) - len(suffix)] if suffix else text
        # An avoid form may include its quotation marks ("going out" in quotes only): the fix
        # keeps the marks the text has and replaces the words inside.
        core = stem.lstrip(QUOTES)
        lead = stem[: len(stem) - len(core)]
        words = core.rstrip(QUOTES)
        trail = core[len(words) :]
        if not suffix and words.lower().endswith("ies") and form_text.lower().endswith("y"):
            suffix = "s"  # the matcher reads "cities" as "city" without a separate ending
        approved, certain = inflect(match_case(words, term.en), suffix)
        if not suffix and not trail:
            approved = _without_repeated_tail(approved, words, ctx.text(doc)[end : end + 80])
        # An approved form whose number differs from the avoided one ("time-honored brand"
        # → "traditional industries") would break the agreement of the sentence around it.
        superseded = _superseded(term.note, form_text)
        ambiguous = _ambiguous(term.note, form_text)
        # A title quoted as issued (an event's theme) keeps its words; the form quoted
        # alone ("a “community of common destiny”") is no title and stays an error.
        cited = in_quoted_title_beside(ctx.text(doc), start, end)
        same_number = looks_plural(form_text.rstrip(QUOTES)) == looks_plural(term.en)
        message = f"“{words}” is a rendering to avoid for {term.id}; use “{term.en}”"
        if cited:
            message += " (here inside a quoted title, which keeps the words it was issued with)"
        add_row(
            rows,
            doc,
            start,
            end,
            message,
            lead + approved + trail,
            term_id,
            # A superseded form, or a title quoted as issued, is left for a person to weigh:
            # never replaced unattended.
            fix=(
                None
                if certain and same_number and not (superseded or ambiguous or cited)
                else Fix.UNSAFE
            ),
        )
        severity.append(Severity.INFO.value if superseded or cited else None)
    return output(rows).with_columns(pl.Series(SEVERITY_COLUMN, severity, dtype=pl.String))
