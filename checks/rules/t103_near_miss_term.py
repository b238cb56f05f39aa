"""T103 near-miss-term."""

from __future__ import annotations

import polars as pl
import regex

from tifa.checks.context import Context
from tifa.checks.nearfindings import near_findings
from tifa.checks.prose import SENTENCE_INSIDE
from tifa.checks.registry import rule
from tifa.checks.rule import SEVERITY_COLUMN, Fix, Severity
from tifa.checks.sourced import source_views
from tifa.glossary.names import edit_distance


@rule("T103", "near-miss-term", Severity.WARNING, Fix.UNSAFE)
def near_miss_term(ctx: Context) -> pl.DataFrame:
    """Text that is almost an approved rendering.

    ## What it does
    Finds phrases of three words or more that differ from an approved or allowed rendering by
    one word dropped, added or changed (two in renderings of eight words or more), by the
    number of a word, or by punctuation. The phrase must begin and end like the rendering,
    unless the differing word is the expected one misspelt or derived ("bureaucracy" for
    "bureaucratism"); text inside another entry's exact rendering is never a near miss, and a
    headline that drops only an article ("Forum to advance community with shared future",
    one ending in an abbreviation's stop too, "…: envoy to U.S.", or after the page's date
    on its line, "2024-01-06 Forum to advance …") is left alone, as
    headlines drop articles; so is a name in capitals cut short to a lower-case
    head ("a State Council office": one of its offices). A phrase that names something else
    is left alone too: a possessive ("the county's Party secretary"), a generic plural
    ("provincial-level Party committees"), the head of another body's longer name ("Municipal
    Party Commission of Discipline Inspection") or a name that stops where the rendering goes
    on ("Shenzhen Government Online", a portal). So is a phrase whose context names
    something else: the missing word just before it ("the Commission for Political and Legal
    Affairs of ...") or spelt out after it ("... Central Committee of the CPC"), a description
    after "a", "the" made "a" or "an" ("an important speech by ..."), a session or member
    of the body, a plural title ("Council of Chairpersons of
    ..."), the title of the body's head ("Minister of Water Resources" for the Ministry), or a
    lower-case description with another preposition or a possessive ("Hainan's free trade
    port construction").

    Without a Chinese source, only a slip of form is a warning: punctuation or a word's
    number, a small word (an article or preposition) dropped, added or swapped, a word
    misspelt by a letter or two, or a word split in two. A content word dropped, added or
    replaced by another word ("State Council Office", "new type of major-country
    relationship", "chairperson") is reported as info: on English alone it names something
    else or an older wording as often as it slips. With a source that has the term, every
    near miss is a warning.

    ## Why is this bad?
    A formulation has one official wording. A near miss is usually a slip or an older
    wording, and it makes the same concept read differently across articles.

    ## Example
    ```text
    carrying out party history study and education
    ```

    ## Use instead
    ```text
    carrying out Party history learning and education
    ```

    ## Fix safety
    Unsafe: the approved wording is suggested, but the sentence may need adjusting around it,
    so a person applies it (in `tifa review`).
    """
    found = near_findings(
        ctx,
        "near",
        pl.format("almost the approved “{}” ({}): {}", "form_text", "term_id", "detail"),
    )
    found = _without_common_nouns(ctx, _without_headline_articles(ctx, found))
    found = _without_other_frames(ctx, _without_other_names(ctx, found))
    return _graded(ctx, found)


# Words whose loss, addition or swap is a slip of form, not another phrase.
_SMALL_WORDS = frozenset(
    [
        "a",
        "an",
        "the",
        "of",
        "to",
        "for",
        "in",
        "on",
        "at",
        "by",
        "with",
        "from",
        "and",
        "or",
        "as",
        "into",
        "its",
        "their",
    ]
)
_CHANGED = regex.compile(r"'([^']+)' changed to '([^']+)'")
_MISSING_OR_ADDED = regex.compile(r"'([^']+)' (?:missing|added)")


def _slip_of_form(detail: str) -> bool:
    """Whether every difference in a near miss's `detail` is a slip of form (see the
    docstring): punctuation or number, a small word, a misspelling, a split word."""
    for part in detail.split("; "):
        if part.startswith("punctuation") or part.endswith("written as two words"):
            continue
        if m := _CHANGED.fullmatch(part):
            old, new = m.groups()
            if (old in _SMALL_WORDS and new in _SMALL_WORDS) or (
                old not in _SMALL_WORDS
                and new not in _SMALL_WORDS
                and edit_distance(old, new) <= (1 if min(len(old), len(new)) <= 4 else 2)
            ):
                continue
            return False
        if (m := _MISSING_OR_ADDED.fullmatch(part)) and m.group(1) in _SMALL_WORDS:
            continue
        return False
    return True


def _graded(ctx: Context, found: pl.DataFrame) -> pl.DataFrame:
    """`found` with a severity column: info for a near miss that is more than a slip of form
    where its segment has no Chinese source (see the docstring)."""
    if not found.height:
        return found
    slips = [bool(m and _slip_of_form(m.group(2))) for m in map(_MESSAGE.search, found["message"])]
    segs = found.join(
        ctx.near.select("doc", "start", "end", "seg").unique(["doc", "start", "end"]),
        on=["doc", "start", "end"],
        how="left",
        maintain_order="left",
    )
    sourced = source_views(ctx, segs).is_not_null()
    severity = [
        Severity.WARNING.value if slip or has_source else Severity.INFO.value
        for slip, has_source in zip(slips, sourced, strict=True)
    ]
    return found.with_columns(pl.Series(SEVERITY_COLUMN, severity, dtype=pl.String))


# The message's form and what differs: "almost the approved “F” (id): detail".
_MESSAGE = regex.compile(r"“([^”]+)” \([^)]*\): (.*)$")
# A longer proper name goes on after the span: "Commission" + " of Discipline Inspection".
_NAME_GOES_ON = regex.compile(r"[ \u00a0]+(?:of|for|on)[ \u00a0]+(?:the[ \u00a0]+)?\p{Lu}")
# A capitalised word just before the span that is no article or sentence opener.
_NAME_BEFORE = regex.compile(r"(?<![\p{L}'’])(\p{Lu}\p{Ll}+)[ \u00a0]+$")
_NOT_A_NAME = frozenset({"The", "A", "An", "This", "That", "Its", "Our", "Their", "His", "Her"})


def _other_name(text: str, start: int, end: int, form: str, detail: str) -> bool:
    """Whether the near miss at text[start:end] is no slip for `form`: a possessive of a
    common noun ("the county's Party secretary"; "the Government's Work Report" is a slip), a generic plural of a capitalised name ("provincial-level
    Party committees"), the head of a longer name of another body ("Municipal Party
    Commission of Discipline Inspection"), or a name that goes on before the form's words and
    stops where the form would go on (a portal's "Shenzhen Government Online")."""
    span = text[start:end]
    words = regex.findall(r"[\p{L}'’-]+", span)
    form_words = form.split()
    if not words or not form_words:
        return False
    if (
        regex.search(r"(?<![\p{L}])\p{Ll}+['’]s\b", span)
        and regex.sub(r"['’]s\b", "", span).lower().split() == form.lower().split()
    ):
        return True
    last, form_last = words[-1], form_words[-1]
    if (
        form_last[:1].isupper()
        and last[:1].islower()
        and last in (form_last.lower() + "s", form_last.lower() + "es")
    ):
        return True
    changed = regex.fullmatch(r"'([^']+)' changed to '([^']+)'", detail)
    if (
        changed
        and changed.group(2) == last.lower()
        and edit_distance(*changed.groups()) > 2
        and _NAME_GOES_ON.match(text, end)
    ):
        return True
    before = _NAME_BEFORE.search(text, 0, start)
    return bool(
        (missing := regex.fullmatch(r"'([^']+)' missing", detail))
        and regex.search(rf"\b{regex.escape(missing.group(1))}$", form.lower())
        and before
        and before.group(1) not in _NOT_A_NAME
        and before.group(1) not in form_words
        and all(w[:1].isupper() for w in words)
    )


def _without_other_names(ctx: Context, found: pl.DataFrame) -> pl.DataFrame:
    """Drop near misses that name something else (see `_other_name`)."""
    keep = []
    for doc, start, end, message in found.select("doc", "start", "end", "message").iter_rows():
        m = _MESSAGE.search(message)
        keep.append(not (m and _other_name(ctx.text(doc), start, end, m.group(1), m.group(2))))
    return found.filter(pl.Series(keep, dtype=pl.Boolean)) if not all(keep) else found


def _without_common_nouns(ctx: Context, found: pl.DataFrame) -> pl.DataFrame:
    """Drop a near miss of a proper name in capitals that lacks a word and ends in a lower-
    case noun the name capitalises ("a State Council office" is one of its offices, not the
    State Council Information Office cut short)."""
    missing = found.filter(pl.col("message").str.contains(r": '[^']+' missing$"))
    drop = []
    for doc, start, end, message in missing.select("doc", "start", "end", "message").iter_rows():
        form = message[message.index("“") + 1 : message.index("”")]
        words = regex.findall(r"\p{L}+", ctx.text(doc)[start:end])
        if (
            words
            and words[-1][:1].islower()
            and form.split()[-1] == words[-1].capitalize()
            and all(w[:1].isupper() for w in form.split() if len(w) > 3)
        ):
            drop.append((doc, start, end, message))
    if not drop:
        return found
    gone = pl.DataFrame(drop, schema=["doc", "start", "end", "message"], orient="row").cast(
        {"doc": found.schema["doc"], "start": found.schema["start"], "end": found.schema["end"]}
    )
    return found.join(gone, on=["doc", "start", "end", "message"], how="anti")


# An article the near miss lacks ("'a' missing"), as the message gives it.
_ARTICLE_ONLY = r": '(?:a|an|the)' missing$"
# A headline or a related story's link: a capital first, no closing stop, few words. The
# stop of an abbreviation in capitals may end it ("…: Chinese ambassador to U.S."). The
# page's date may open the line ("2024-01-06 Standing Committee of Political Bureau …",
# "date 2024-01-06 …"): the headline after it drops its articles all the same.
_HEADLINE = r"^\s*(?:(?:date\s+)?\d{4}-\d{1,2}-\d{1,2}\s+)?(?:[-•·▪]\s+)?\p{Lu}[^\n]{3,160}(?:[^\s.;:,?!。]|\b\p{Lu}\.\p{Lu}\.)\s*$"
_HEADLINE_WORDS = 15
# A longer headline ("Standing Committee of Political Bureau of CPC Central Committee hears
# reports of …", some twenty words) is still one when it holds no sentence break: a line of
# running text that lacks its closing stop was cut short and holds sentences inside.
_LONG_HEADLINE_WORDS = 30


def _without_headline_articles(ctx: Context, found: pl.DataFrame) -> pl.DataFrame:
    """Drop a near miss that lacks only an article on a headline's line: headlines drop
    articles ("Forum to advance community with shared future")."""
    article = found.filter(pl.col("message").str.contains(_ARTICLE_ONLY))
    if not article.height:
        return found
    words = pl.col("text").str.count_matches(r"\S+")
    lines = ctx.corpus.lines.filter(
        pl.col("text").str.contains(_HEADLINE)
        & (
            (words <= _HEADLINE_WORDS)
            | ((words <= _LONG_HEADLINE_WORDS) & ~pl.col("text").str.contains(SENTENCE_INSIDE))
        )
    ).select("doc", line_start="start", line_end=pl.col("start") + pl.col("text").str.len_chars())
    dropped = (
        article.join(lines, on="doc")
        .filter((pl.col("start") >= pl.col("line_start")) & (pl.col("end") <= pl.col("line_end")))
        .select("doc", "start", "end", "message")
        .unique()
    )
    return found.join(dropped, on=["doc", "start", "end", "message"], how="anti", nulls_equal=True)


# Words that name part or an event of a body, not the body: "a standing committee session of
# the NPC" is a session; "the Council of Chairpersons of ..." is a council.
_PART_NOUNS = frozenset(
    [
        "session",
        "sessions",
        "meeting",
        "meetings",
        "conference",
        "conferences",
        "plenary",
        "member",
        "members",
        "deputy",
        "deputies",
        "delegate",
        "delegates",
        "official",
        "officials",
        "office",
        "offices",
        "leader",
        "leaders",
    ]
)
# Function words a descriptive phrase may use where a proper name has another.
_FUNCTION_WORDS = frozenset(["of", "in", "for", "on", "at", "to", "and", "with", "from"])
# The short form a postposed name spells out: "Central Committee of the CPC".
_POSTPOSED = {"cpc": r"(?:CPC|Communist[ \u00a0]+Party[ \u00a0]+of[ \u00a0]+China|Party)\b"}


# A body's word and its holder's: the changed word turns the body into its head.
_HOLDERS = {("ministry", "minister"), ("ministries", "ministers")}


def _other_frame(text: str, start: int, end: int, form: str, detail: str) -> bool:
    """Whether the text around text[start:end] shows it names no slip for `form`: the word
    called missing stands just before ("the Commission for Political and Legal Affairs of
    ...") or just after in a postposed name ("... 19th Central Committee of the CPC"); the
    phrase follows "a" (a generic description: "a people-centered philosophy"); the word
    called added is a part or an event of the body ("a standing committee session of the
    NPC"); the changed word is a plural title ("Council of Chairpersons of ...") or the
    title of the body's head ("Minister of Water Resources" for the Ministry); or a
    lower-case description uses another function word than a name in capitals ("the
    coastal economic belt in Liaoning Province") or a possessive in its place ("Hainan's free trade
    port construction")."""
    span = text[start:end]
    words = regex.findall(r"[\p{L}'’-]+", span)
    form_words = regex.findall(r"[\p{L}'’-]+", form)
    if not words or not form_words:
        return False
    if missing := regex.fullmatch(r"'([^']+)' missing", detail):
        word = regex.escape(missing.group(1))
        before = text[max(0, start - 40) : start]
        after = text[end : end + 60]
        if regex.search(
            rf"(?i)\b{word}[ \u00a0]+(?:of|for|on)[ \u00a0]+(?:the[ \u00a0]+)?$", before
        ):
            return True
        if regex.match(
            rf"[ \u00a0]+of[ \u00a0]+the[ \u00a0]+{_POSTPOSED.get(missing.group(1), word)}",
            after,
            flags=regex.IGNORECASE if missing.group(1) not in _POSTPOSED else 0,
        ):
            return True
        # After "a", a content word missing is a description; an article missing is a slip
        # ("build a community with shared future").
        if missing.group(1) not in _SMALL_WORDS and regex.search(
            r"(?<![\p{L}'’])(?:a|an)[ \u00a0]+$", before
        ):
            return True
    added = regex.fullmatch(r"'([^']+)' added", detail)
    if added and added.group(1) in _PART_NOUNS:
        return True
    changed = regex.fullmatch(r"'([^']+)' changed to '([^']+)'", detail)
    # "the" made "a"/"an" introduces one of its kind, no slip for the form: "the guiding
    # principles of an important speech by Xi Jinping" (agency copy) names a speech the
    # form's "the important speech" takes as known. The other way ("for the New Era") stays.
    if changed and changed.group(1) == "the" and changed.group(2) in ("a", "an"):
        return True
    # A comparative or superlative of the form's adjective says something else: "stricter
    # Party self-governance" asks for more of it, no slip for "strict Party self-governance".
    if changed and _degree_of(*changed.groups()):
        return True
    # The form's last noun made its adjective before another noun: "a rural revitalization
    # strategic research institute" describes an institute, no slip for "… strategy".
    if (
        changed
        and form_words[-1].lower() == changed.group(1).lower()
        and _adjective_of(*(w.lower() for w in changed.groups()))
        and regex.match(r"[ \u00a0]+\p{L}", text[end : end + 2])
    ):
        return True
    # The body's head for the body: "Minister of Water Resources" names the office holder of
    # the Ministry of Water Resources, not a slip for it.
    if changed and changed.groups() in _HOLDERS:
        return True
    if (
        changed
        and words[0].lower().rstrip("s") == changed.group(2)
        and words[0].lower().endswith("s")
        and not form_words[0].lower().endswith("s")
    ):
        return True
    content = [w for w in form_words if w.lower() not in _FUNCTION_WORDS and len(w) > 3]
    titled = bool(content) and all(w[:1].isupper() for w in content)
    names = {c.lower() for c in content}
    lowered = [w for w in words if w[:1].islower() and w.lower() in names]
    if not titled or len(lowered) < 2:
        return False
    if changed and set(changed.groups()) <= _FUNCTION_WORDS and words[0][:1].islower():
        return True
    return bool(
        regex.search(r"\p{L}['’]s\b", span)
        and not regex.search(r"['’]s\b", form)
        and detail.startswith("punctuation")
    )


def _adjective_of(noun: str, word: str) -> bool:
    """Whether `word` is the adjective in -ic or -ical of `noun` ("strategy", "strategic";
    "economy", "economic"; "history", "historical")."""
    stem = noun[:-1] if noun.endswith(("y", "e")) else noun
    return len(noun) > 4 and word in (stem + "ic", stem + "ical")


def _degree_of(old: str, new: str) -> bool:
    """Whether `new` is the comparative or superlative of the adjective `old` ("strict",
    "stricter"; "close", "closest"; "early", "earlier")."""
    stem = old[:-1] + "i" if old.endswith("y") else old
    return len(old) > 3 and any(
        new == stem + end for end in (("r", "st") if old.endswith("e") else ("er", "est"))
    )


def other_frame_rows(ctx: Context, near: pl.DataFrame) -> pl.DataFrame:
    """The rows of the near table (doc, start, end, form_text, detail) whose context shows
    they name something else (see `_other_frame`): no rival rendering for T104 either."""
    keep = [
        not _other_frame(ctx.text(doc), start, end, form, detail)
        for doc, start, end, form, detail in near.select(
            "doc", "start", "end", "form_text", "detail"
        ).iter_rows()
    ]
    return near.filter(pl.Series(keep, dtype=pl.Boolean)) if not all(keep) else near


def _without_other_frames(ctx: Context, found: pl.DataFrame) -> pl.DataFrame:
    """Drop near misses whose context shows they name something else (see `_other_frame`)."""
    keep = []
    for doc, start, end, message in found.select("doc", "start", "end", "message").iter_rows():
        m = _MESSAGE.search(message)
        keep.append(not (m and _other_frame(ctx.text(doc), start, end, m.group(1), m.group(2))))
    return found.filter(pl.Series(keep, dtype=pl.Boolean)) if not all(keep) else found
