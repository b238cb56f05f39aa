"""T111 misformed-official-title."""

from __future__ import annotations

import polars as pl
import regex

from tifa.checks.context import Context
from tifa.checks.registry import rule
from tifa.checks.rule import Fix, Severity, add_row, new_rows, output
from tifa.checks.scan import prose_matches
from tifa.glossary.names import pinyin_surnames

_S = r"[ \u00a0]+"
_END = r"(?![\p{L}\p{N}'’-])"
_START = r"(?<![\p{L}\p{N}'’-])"
_CPPCC = rf"(?:CPPCC|Chinese{_S}People['’]s{_S}Political{_S}Consultative{_S}Conference)"
# A Party body after "of": the deputy of its secretary is a deputy secretary.
_PARTY_BODY = (
    r"[^.;:,()]{0,80}?(?<![\p{L}])(?:Party|CPC|Communist|Discipline|Youth[ \u00a0]+League"
    r"|(?i:municipal|provincial|county|district|township)[ \u00a0]+(?i:committee))(?![\p{L}])"
)
_PATTERN = regex.compile(
    # "Vice Secretary of the Municipal Party Committee"; never "Vice Secretary-General".
    rf"{_START}(?P<vicesec>(?P<v>[Vv])ice[- ](?P<s>[Ss])ecretary)(?![- \u00a0]*[Gg]eneral)"
    rf"(?={_S}of{_S}(?!State\b){_PARTY_BODY}|{_END}(?<=(?:Committee|Party)['’]?s?{_S}"
    rf"[Vv]ice[- ][Ss]ecretary))"
    # "vice Party secretary": the word "Party" names the body, whatever follows.
    rf"|{_START}(?P<vicepartysec>(?P<pv>[Vv])ice[- ](?P<pp>[Pp])arty[- ](?P<ps>[Ss])ecretary)"
    rf"(?![- \u00a0]*[Gg]eneral){_END}"
    # "Secretary Xi Jinping": Xi Jinping's Party title is General Secretary (总书记); "Party
    # Secretary Xi Jinping" of a province (before 2007) and "General Secretary" stay alone,
    # and so does "Secretary Xi" alone: memoirs of his prefecture years call him so (习书记).
    rf"|(?<!(?i:general|party|committee|CPC|provincial|municipal)[- \u00a0]+)"
    rf"{_START}(?P<xisec>(?P<xs>[Ss])ecretary)(?={_S}Xi{_S}Jinping(?![\p{{L}}\p{{N}}-]))"
    # "President of Chenzhou Municipal CPPCC": the head of a CPPCC committee is its chairman.
    rf"|{_START}(?P<president>(?:(?P<vp>[Vv])ice[- ])?(?P<p>[Pp])resident)"
    rf"(?={_S}of{_S}(?:the{_S})?(?:\p{{Lu}}[\p{{L}}'’]*{_S}){{0,3}}{_CPPCC}{_END})"
    # "Mayer Tan Chengxu": the title misspelt (see _is_mayer for the capitalised word).
    rf"|{_START}(?P<mayer>[Mm]ayer){_END}"
    # Plurals of titles and offices with a postposed adjective: consuls general.
    # "deputy mayor of city government": a mayor heads the city, not its government.
    rf"|{_START}(?P<citymayor>(?:(?i:executive){_S})?(?:(?i:vice|deputy)[- ])?(?i:mayor))"
    rf"{_S}of{_S}(?:(?:the{_S})?(?i:city)|(?i:municipal)){_S}(?i:government){_END}"
    # "secretary general of city government": the office of the municipal government.
    rf"|{_START}(?P<citysg>(?i:secretary)[- ](?i:general)){_S}of{_S}(?i:city){_S}"
    rf"(?i:government){_END}"
    # "Wei Wei, city leader, attended": 市领导 in apposition to a name, as if a title.
    rf"|(?<=\p{{Lu}}\p{{Ll}}+,{_S})(?P<cityleader>(?i:city){_S}leader)(?=[ \u00a0]?[,;.])"
    rf"|{_START}(?P<plural>(?P<head>[Cc]onsulate|[Cc]onsul|[Ss]ecretary)(?P<sep>[- \u00a0])"
    rf"(?P<general>[Gg]eneral)s){_END}"
)
_PREFILTER = (
    r"(?i)vice[- ](?:party[- ])?secretary|secretary[ \u00a0]+xi[ \u00a0]+jinping|president|mayer|generals\b|of (?:the )?(?:city|municipal) government"
    r"|, city leader"
)


@rule("T111", "misformed-official-title", Severity.ERROR, Fix.SAFE)
def misformed_official_title(ctx: Context) -> pl.DataFrame:
    """An official title written with the wrong word, misspelt, or with a wrong plural.

    ## What it does
    Finds titles whose form is wrong whatever the glossary says:

    - "vice secretary" of a Party committee, a commission for discipline inspection or a
      Youth League committee (副书记 is a deputy secretary); "vice secretary-general" is the
      official title of a 副秘书长 and is never flagged, nor is "Vice Secretary of State";
    - "vice Party secretary" (副书记 is a deputy Party secretary), whatever follows;
    - "Secretary Xi Jinping" without "General" (总书记); "Party Secretary Xi Jinping" of a
      province, "General Secretary" and "Secretary Xi" alone (memoirs of his years as a
      prefecture's secretary, 习书记) are left alone;
    - "president" or "vice president" of a CPPCC committee (its head is the chairman);
    - "Mayer" for "mayor": in lower case always, capitalised before a Chinese name, after
      "vice", "deputy", "executive" or "acting", or before "of";
    - "mayor of city government", "deputy mayor of municipal government" (a mayor
      heads the city: "vice mayor of Harbin"), "secretary general of city government" (the
      secretary-general of the municipal government), and "city leader" after a name, as
      if 市领导 were an office ("Wei Wei, city leader,"); "city leaders" in prose is fine;
    - "Consulate Generals", "consul generals", "Secretary-Generals", whose plural falls on
      the noun: "Consulates General", "consuls general", "Secretaries-General".

    ## Why is this bad?
    Titles are fixed: a "vice secretary" or a CPPCC "president" is an office that does not
    exist, and readers who know the system read it as a translation slip. A wrong plural or
    a misspelt title reads as careless.

    ## Example
    ```text
    Vice Secretary of the Municipal Party Committee Li Wei and Mayer Wang Qiang met the
    Consulate Generals; President of Qingdao Municipal CPPCC Zhao Gang attended.
    ```

    ## Use instead
    ```text
    Deputy Secretary of the Municipal Party Committee Li Wei and Mayor Wang Qiang met the
    Consulates General; Chairman of Qingdao Municipal CPPCC Zhao Gang attended.
    ```

    ## Fix safety
    Safe for "Mayer" and the plurals: one word is respelt in place. Unsafe for the deputy
    secretary, the chairman and the titles of the city government: the office is named by
    the words around it, which a person should read. "City leader" gets no suggestion: only
    the source says which office is meant.
    """
    rows = new_rows()
    surnames = pinyin_surnames()
    for doc, base, text, m in prose_matches(ctx.segments, "tgt", _PREFILTER, _PATTERN):
        found = _finding(m, text, surnames)
        if found is None:
            continue
        suggestion, message, fix = found
        add_row(rows, doc, base + m.start(), base + m.end(), message, suggestion, fix=fix)
    return output(rows)


def _finding(
    m: regex.Match[str], text: str, surnames: frozenset[str]
) -> tuple[str | None, str, Fix | None] | None:
    """(suggestion, message, lowered fix safety) for one match, or None."""
    if m.group("vicesec"):
        deputy = ("D" if m.group("v") == "V" else "d") + "eputy " + m.group("s") + "ecretary"
        return deputy, f"“{m.group()}” of a Party body is a {deputy.lower()}", Fix.UNSAFE
    if m.group("vicepartysec"):
        deputy = (
            ("D" if m.group("pv") == "V" else "d")
            + "eputy "
            + m.group("pp")
            + "arty "
            + m.group("ps")
            + "ecretary"
        )
        return deputy, f"“{m.group()}”: 副书记 is a deputy Party secretary", Fix.UNSAFE
    if m.group("xisec"):
        general = ("General " if m.group("xs") == "S" else "general ") + m.group("xisec")
        message = "Xi Jinping's Party title is General Secretary (总书记), not “Secretary”"
        return general, message, Fix.UNSAFE
    if m.group("president"):
        chair = ("C" if m.group("p") == "P" else "c") + "hairman"
        if m.group("vp"):
            chair = m.group("vp") + "ice " + chair
        message = f"the head of a CPPCC committee is its chairman, not “{m.group()}”"
        return chair, message, Fix.UNSAFE
    if m.group("citymayor"):
        title = m.group("citymayor")
        return (
            f"{title} of the city",
            f"“{m.group()}”: a {title.lower()} is the city's, not its government's",
            Fix.UNSAFE,
        )
    if m.group("citysg"):
        sg = m.group("citysg")
        fixed = f"{sg[:9]}-{sg[10:]} of the municipal government"
        message = f"“{m.group()}” is the {fixed} (市政府秘书长)"
        return fixed, message, Fix.UNSAFE
    if m.group("cityleader"):
        message = (
            "“city leader” (市领导) is no title: name the office held (vice mayor, member "
            "of the Standing Committee of the Municipal Party Committee…)"
        )
        return None, message, Fix.NONE
    if m.group("mayer"):
        if m.group("mayer")[0] == "M" and not _is_mayer(text, m.start(), m.end(), surnames):
            return None
        mayor = m.group("mayer")[0] + "ayor"
        return mayor, f"“{m.group()}” is the title {mayor.lower()} misspelt", None
    head, sep, general = m.group("head"), m.group("sep"), m.group("general")
    plural = head[:-1] + ("ies" if head.lower() == "secretary" else head[-1] + "s")
    fixed = f"{plural}{sep}{general}"
    return fixed, f"the plural of “{head}{sep}{general}” is “{fixed}”", None


def _is_mayer(text: str, start: int, end: int, surnames: frozenset[str]) -> bool:
    """Whether a capitalised "Mayer" is the title: before a Chinese name or "of", or after a
    word that qualifies a mayor. Elsewhere it is the surname Mayer."""
    before = text[:start].rstrip()
    if regex.search(r"(?i)(?:vice|deputy|executive|acting)$", before):
        return True
    after = regex.match(rf"{_S}(\p{{Lu}}\p{{Ll}}+)(?:{_S}\p{{Lu}}\p{{Ll}}+|{_END})", text[end:])
    if after is not None and after.group(1) in surnames:
        return True
    return regex.match(rf"{_S}of{_S}\p{{Lu}}", text[end:]) is not None
