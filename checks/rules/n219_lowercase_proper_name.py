"""N219 lowercase-proper-name."""

from __future__ import annotations

import polars as pl
import regex

from tifa.checks.context import Context
from tifa.checks.registry import rule
from tifa.checks.rule import Fix, Severity, add_row, new_rows, output
from tifa.checks.scan import prose_matches

_S = r"[ \u00a0]+"
_ALONE = r"(?<![\p{L}\p{N}'’-])"
_END = r"(?![\p{L}\p{N}-])"
# "new China" (新中国) after a preposition ("the founding of new China", "since new China"):
# after "a" or "the" it describes ("to build a new China"), which English writes small.
# "digital China" (数字中国) is the national programme's name wherever it stands.
_CHINA = (
    rf"(?:(?<=(?<![\p{{L}}])(?i:of|in|since|for|to|from|with|by|on){_S})(?P<new>new)"
    rf"|(?<!(?i:more|most|less){_S})(?P<digital>digital)){_S}China{_END}"
)
# A congress with its ordinal ("the 19th national congress"): lower case is Xinhua's later
# style, so only a document that writes "National Congress" elsewhere is held to it. "the
# 19th CPC national congress" is the glossary's term, T108's.
_ORDINAL = (
    r"\d{1,2}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth"
    r"|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth"
    r"|nineteenth|twentieth|twenty-first"
)
_CONGRESS = (
    rf"(?<=(?<![\p{{L}}\p{{N}}])(?i:{_ORDINAL}){_S})"
    rf"(?P<congress>(?=[Nn]ational{_S}[Cc]ongress{_END})(?!National{_S}Congress)"
    rf"[Nn]ational{_S}[Cc]ongress){_END}"
)
# The standing committee of a congress or a political consultative conference named just
# before it ("the Hebei CPPCC standing committee", "the NPC standing committee's work"): the
# body's own organ, which official English always capitalises.
_STANDING = (
    rf"(?<=(?<![\p{{L}}])(?:NPC|CPPCC|People['’]s{_S}Congress){_S})"
    rf"(?P<standing>(?!Standing{_S}Committee)[Ss]tanding{_S}[Cc]ommittee){_END}"
)
# A Party or CPPCC committee (or a Party congress) named by its place after "CPC" with its
# level word and head in lower case ("the CPC Hainan provincial committee", "the 12th CPC
# Guizhou provincial congress"): 中共海南省委 is one body's name, which official English
# writes "the CPC Hainan Provincial Committee". A description has no "CPC" and place before
# it ("the provincial committee"); "provincial party committee" is N207's.
_LEVEL = r"provincial|municipal|city|county|district|prefectural|regional|autonomous{_S}regional"
_BODY = (
    rf"(?<=(?<![\p{{L}}])(?:CPC|CPPCC|Communist{_S}Party{_S}of{_S}China(?:{_S}\(CPC\))?)"
    rf"(?:{_S}\p{{Lu}}[\p{{L}}'’-]+){{1,3}}{_S})"
    rf"(?P<body>(?:{_LEVEL.format(_S=_S)}){_S}(?:committee|congress)){_END}"
)
# The language in lower case where only the language can stand: after a word about speaking,
# learning or teaching it ("in fluent mandarin", "spoke mandarin") or before one ("mandarin
# teaching", "mandarin classes"). The fruit and the duck ("mandarin oranges", "a pair of
# mandarin ducks") take neither, and "mandarins" (officials, fruit) is left alone.
_TONGUE_BEFORE = (
    r"fluent|in|speak|speaks|spoke|spoken|speaking|learn|learns|learned|learning|study|"
    r"studies|studied|studying|teach|teaches|taught|teaching|promote|promotes|promoted|"
    r"promoting|standard"
)
_TONGUE_AFTER = (
    r"teaching|teachers?|classes|class|courses?|lessons?|learners?|learning|education|"
    r"proficiency|speakers?|skills?|training|tests?|programmes?|programs?"
)
_LANGUAGE = (
    rf"(?:(?<=(?<![\p{{L}}])(?i:{_TONGUE_BEFORE}){_S})(?P<language>mandarin)"
    rf"|(?P<tongue>mandarin)(?={_S}(?:{_TONGUE_AFTER}){_END})){_END}"
)
_PATTERN = regex.compile(rf"{_ALONE}(?:{_CHINA}|{_CONGRESS}|{_STANDING}|{_BODY}|{_LANGUAGE})")
_PREFILTER = (
    r"(?:\bmandarin\b|\b(?:new|digital)[ \u00a0]+China\b|\b(?:national[ \u00a0]+[Cc]ongress"
    r"|National[ \u00a0]+congress)\b|(?:NPC|CPPCC|Congress)[ \u00a0]+(?:standing[ \u00a0]+[Cc]"
    r"|Standing[ \u00a0]+c)"
    r"|\p{Lu}[\p{L}'’-]+[ \u00a0]+(?:provincial|municipal|city|county|district|prefectural"
    r"|regional|autonomous[ \u00a0]+regional)[ \u00a0]+(?:committee|congress)\b)"
)
# "the 19th national congress of the Communist Party of China": the congress named with its
# Party in full is the title itself, capitalised in any outlet's style.
_OF_PARTY = regex.compile(
    r"[ \u00a0]+of[ \u00a0]+the[ \u00a0]+(?:CPC|Communist[ \u00a0]+Party[ \u00a0]+of[ \u00a0]+China)"
    r"(?![\p{L}-])"
)
# "the first national congress held after the centenary": an ordinal in words with a
# post-modifier after the congress counts congresses of a kind, it names none. A numbered
# congress ("the 19th national congress held in 2017") is still the name.
_WORD_ORDINAL_BEFORE = regex.compile(r"(?<![\p{L}\p{N}])\p{L}+[ \u00a0]+$")
_DESCRIBED_AFTER = regex.compile(
    r"[ \u00a0]+(?:held|convened|since|after|that|which|ever|to[ \u00a0]+be|in[ \u00a0]+(?:its"
    r"|the[ \u00a0]+(?:new|past|history))|of[ \u00a0]+its)(?![\p{L}-])"
)
_CAPITALISED_CONGRESS = r"(?:\b\d{1,2}(?:st|nd|rd|th)|(?i:\b(?:CPC|Party|Communist Party)))[ \u00a0]+National[ \u00a0]+Congress\b"


@rule("N219", "lowercase-proper-name", Severity.WARNING, Fix.UNSAFE)
def lowercase_proper_name(ctx: Context) -> pl.DataFrame:
    """A fixed proper name of Chinese political English written in lower case.

    ## What it does
    Finds "new China" (新中国, the People's Republic since 1949) after a preposition ("the
    founding of new China", "since new China"), "digital China" (数字中国, the national
    programme), and a numbered Party congress written "national congress" right after its
    ordinal ("the 19th national congress", "the Party's 18th National congress") in a
    document that writes "National Congress" after an ordinal or "CPC" elsewhere, or where
    the Party follows in full ("the 19th national congress of the Communist Party of China"). "a new
    China" and "the new China" describe and are left alone, as are "a more digital China"
    and a document that writes every congress in lower case (Xinhua's style since 2022),
    and a congress counted in words with a phrase after it ("the first national congress
    held after the centenary" describes);
    "the 19th CPC national congress" is a glossary term, T108's. Also "standing committee"
    in lower case right after the body that owns it ("the Hebei CPPCC standing committee",
    "the NPC standing committee", "the Provincial People's Congress standing committee"). A
    standing committee described on its own ("a standing committee member of the provincial
    Party committee", as professional outlets write it) is left alone. Also a committee or
    congress named by "CPC" (or "CPPCC") and its place with the level word and head in lower
    case ("the CPC Hainan provincial committee", "the 12th CPC Guizhou provincial congress");
    "the provincial committee" with no such name before it is a description. Also the
    language written "mandarin" after a word about speaking, learning or teaching it ("in
    fluent mandarin", "spoke mandarin") or before one ("mandarin teaching"); the fruit and
    the duck ("mandarin oranges", "mandarin ducks") are left alone.

    ## Why is this bad?
    New China, Digital China and the 19th CPC National Congress are names: Xinhua, China
    Daily and the State Council capitalise them. In lower case they read as descriptions
    ("a China that is new"), and beside "National Congress" in the same story the lower
    case looks careless.

    ## Example
    ```text
    Since the founding of new China, the port has grown. Delegates to the 19th CPC National
    Congress met those of the 18th national congress.
    ```

    ## Use instead
    ```text
    Since the founding of New China, the port has grown. Delegates to the 19th CPC National
    Congress met those of the 18th National Congress.
    ```

    ## Fix safety
    Unsafe: the capitals are suggested; a person confirms that the name is meant.
    """
    rows = new_rows()
    capitalised = frozenset(
        ctx.segments.filter(pl.col("tgt").str.contains(_CAPITALISED_CONGRESS))["doc"]
        .unique()
        .to_list()
    )
    for doc, base, text, m in prose_matches(ctx.segments, "tgt", _PREFILTER, _PATTERN):
        if m.group("congress") is not None:
            if doc not in capitalised and not _OF_PARTY.match(text, m.end("congress")):
                continue
            if _WORD_ORDINAL_BEFORE.search(text, 0, m.start("congress")) and _DESCRIBED_AFTER.match(
                text, m.end("congress")
            ):
                continue  # "the first national congress held after …": a description
            start, end = m.span("congress")
            message = (
                f"“{m.group('congress')}” after an ordinal names one congress: this document "
                "writes “National Congress” elsewhere"
            )
            suggestion = "National Congress"
        elif m.group("body") is not None:
            start, end = m.span("body")
            suggestion = m.group("body").title()
            message = (
                f"“{m.group('body')}” ends the name of one body after “CPC” and its place: "
                f"write “{suggestion}”"
            )
        elif m.group("language") is not None or m.group("tongue") is not None:
            start, end = m.start(), m.end()
            suggestion = "Mandarin"
            message = "“mandarin” here is the language, a proper name: write “Mandarin”"
        elif m.group("standing") is not None:
            start, end = m.span("standing")
            suggestion = "Standing Committee"
            message = (
                f"“{m.group('standing')}” is the named body's own organ: write “Standing Committee”"
            )
        else:
            start, end = m.start(), m.end()
            word = m.group("new") or m.group("digital")
            suggestion = f"{word.capitalize()} China"
            message = f"“{m.group()}” is a proper name: write “{suggestion}”"
        add_row(rows, doc, base + start, base + end, message, suggestion)
    return output(rows)
