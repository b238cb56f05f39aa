"""T111 misformed-official-title."""

from __future__ import annotations

import polars as pl
import regex

from tifa.checks.context import Context
from tifa.checks.registry import rule
from tifa.checks.rule import Fix, Severity, add_row, new_rows, output
from tifa.checks.scan import prose_matches
from tifa.checks.spans import indexes
from tifa.glossary.gazetteer import is_place
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
# "acting", "deputy", "vice", "executive deputy" before a title: kept as written by a fix.
_QUALIFIER = r"(?P<qual>(?:(?i:executive)[- \u00a0]+)?(?i:acting|deputy|vice|executive)[- \u00a0]+)"
_WORD = r"\p{Lu}\p{Ll}+"
# Level words of the bodies whose heads are a mayor or a governor, not a head.
_UPPER_LEVEL = r"(?:Municipal|Provincial|City|Prefectural|Autonomous|Regional|Central)\b"
_LEVEL = r"(?i:municipal|provincial|county|district|city|township)"
_PATTERN = regex.compile(
    # "Vice Secretary of the Municipal Government": a government has no secretary; its
    # 副秘书长 is a deputy secretary-general. No Party body and no "and" on the way.
    rf"{_START}(?P<vicegov>(?P<gv>[Vv])ice[- ](?P<gs>[Ss])ecretary)(?![- \u00a0]*[Gg]eneral)"
    rf"(?={_S}of{_S}(?:(?!(?<![\p{{L}}])(?i:party|committee|cpc|and|state)(?![\p{{L}}]))"
    rf"[^.;:,()]){{0,60}}?(?<![\p{{L}}])(?i:government)(?![\p{{L}}'’]))"
    # "Vice Secretary of the Municipal Party Committee"; never "Vice Secretary-General".
    rf"|{_START}(?P<vicesec>(?P<v>[Vv])ice[- ](?P<s>[Ss])ecretary)(?![- \u00a0]*[Gg]eneral)"
    rf"(?={_S}of{_S}(?!State\b){_PARTY_BODY}|{_END}(?<=(?:Committee|Party)['’]?s?{_S}"
    rf"[Vv]ice[- ][Ss]ecretary)"
    # "vice secretary and director of the district committee": joined to a second title
    # of the same Party body.
    rf"|{_S}and{_S}(?:[\p{{L}}-]+{_S}){{1,3}}?of{_S}(?!State\b){_PARTY_BODY}"
    # "Li Hua, vice secretary, …": in apposition to a pinyin name (the surname is checked
    # in _finding), with no body after it or a committee ("of the work committee"; a trade
    # association's or a federation's may have a vice secretary).
    rf"|{_END}(?!{_S}of{_S}(?!(?:[\p{{L}}'’-]+{_S}){{0,4}}?(?i:committee)\b))(?<=(?<![\p{{L}}'’-])(?P<asur>{_WORD}){_S}{_WORD},{_S}[Vv]ice[- ][Ss]ecretary)"
    # "Vice Secretary Deng Hua" before a pinyin name (the surname is checked in
    # _finding): 副书记 is a deputy secretary whatever body the sentence names.
    rf"|(?P<vicename>{_S}(?P<vsur>{_WORD}){_S}{_WORD}{_END}))"
    # "vice Party secretary": the word "Party" names the body, whatever follows.
    # "vice municipal party secretary": a level word between them changes nothing.
    # "vice district secretary": a level word alone names its Party committee (区委副书记).
    rf"|{_START}(?P<vicepartysec>(?P<pv>[Vv])ice[- ]"
    rf"(?:(?P<plevel>{_LEVEL}[- ])?(?P<pp>[Pp])arty[- ]|(?P<plevel>{_LEVEL}[- ]))"
    rf"(?P<ps>[Ss])ecretary)"
    rf"(?![- \u00a0]*[Gg]eneral){_END}"
    # "Secretary Xi Jinping": Xi Jinping's Party title is General Secretary (总书记); "Party
    # Secretary Xi Jinping" of a province (before 2007) and "General Secretary" stay alone,
    # and so does "Secretary Xi" alone: memoirs of his prefecture years call him so (习书记).
    rf"|(?<!(?i:general|party|committee|CPC|provincial|municipal)[- \u00a0]+)"
    rf"{_START}(?P<xisec>(?P<xs>[Ss])ecretary)(?={_S}Xi{_S}Jinping(?![\p{{L}}\p{{N}}-]))"
    # "President of Chenzhou Municipal CPPCC": the head of a CPPCC committee is its chairman.
    rf"|{_START}(?P<president>(?:(?P<vp>[Vv])ice[- ])?(?P<p>[Pp])resident)"
    rf"(?={_S}of{_S}(?:the{_S})?(?:\p{{Lu}}[\p{{L}}'’]*{_S}){{0,3}}{_CPPCC}{_END})"
    # "chairman of the country" (国家主席 word for word): the head of state is the President;
    # "the chairman of the country's largest bank" is someone else's.
    rf"|{_START}(?P<chaircountry>(?P<cc>[Cc])hairman{_S}of{_S}the{_S}country)"
    rf"(?![\p{{L}}\p{{N}}'’-])(?!{_S}(?i:club|house|park|side)\b)"
    # "Mayer Tan Chengxu": the title misspelt (see _is_mayer for the capitalised word).
    rf"|{_START}(?P<mayer>[Mm]ayer){_END}"
    # "Vice Major Li Hua" (副市长): mayor misspelt after a word that only qualifies a title.
    rf"|(?<=(?<![\p{{L}}-])(?i:vice|deputy)[- ])(?P<major>[Mm]ajor)(?!{_S}(?i:general)){_END}"
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
    # "acting District Director" (代区长): a district is led by its district head. Not before
    # "of"/"for", where the director may be a bureau's ("district director of education").
    rf"|{_START}(?P<distdir>{_QUALIFIER}?(?P<dd>[Dd])istrict{_S}(?P<dr>[Dd])irector(?P<dpl>s)?)"
    rf"{_END}(?!{_S}(?:of|for){_END})"
    # "Deputy District Mayor", "District major" (副区长, 区长): a district is led by its head.
    rf"|{_START}(?P<distmayor>{_QUALIFIER}?(?P<dmd>[Dd])istrict{_S}(?P<dm>[Mm])a[yj]or"
    rf"(?P<dpl>s)?){_END}"
    # "Deputy District Governor" (副区长), "governor of the CPC District Committee": a
    # district is led by its head; a governor heads a province (see _names_china).
    rf"|{_START}(?P<distgov>{_QUALIFIER}?(?P<dgd>[Dd])istrict{_S}(?P<dg>[Gg])overnor){_END}"
    rf"|{_START}(?P<govcom>(?:(?i:deputy|vice)[- \u00a0]+)?[Gg]overnor)(?={_S}of{_S}(?:the{_S})?"
    rf"(?:CPC{_S})?(?:{_WORD}{_S})?(?:District|County){_S}(?:Party{_S})?Committee{_END})"
    # "mayor of Lushunkou district": the same office named after the place.
    rf"|{_START}(?P<mayordist>{_QUALIFIER}?(?P<md>[Mm]ayor){_S}of{_S}(?:the{_S})?"
    rf"(?P<mdplace>\p{{Lu}}\p{{Ll}}+){_S}[Dd]istrict){_END}"
    # "Secretary General of the Municipal Party Committee" (秘书长) without its hyphen, in a
    # text about Chinese bodies (see _is_chinese_secretary_general).
    rf"|{_START}(?P<sgspace>(?P<sgs>[Ss])ecretary[ \u00a0](?P<sgg>[Gg])eneral)"
    rf"(?![- \u00a0]*(?i:secretary)){_END}"
    # "Deputy Director of the People's Government of Huangpu District" (副区长): a district
    # or county people's government is led by a head, never by a director.
    rf"|{_START}(?P<govdir>{_QUALIFIER}?(?P<gd>[Dd])irector)(?={_S}of{_S}(?:the{_S})?"
    rf"(?:(?!{_UPPER_LEVEL}){_WORD}{_S})?(?:(?i:district|county){_S})?People['’]s{_S}"
    rf"Government(?!['’]s|{_S}\p{{Lu}}|{_S}(?i:office|offices)"
    rf"|{_S}of{_S}(?:{_WORD}{_S}){{1,2}}(?:City|Province|Municipality|Prefecture)))"
    # "minister of the United Front Work Department" of a Party committee (部长): Xinhua
    # writes "head of the … Department"; the International Department keeps "minister".
    rf"|{_START}(?P<deptmin>{_QUALIFIER}?(?P<m>[Mm])inister)(?={_S}of{_S}(?:the{_S})?"
    rf"(?:{_WORD}{_S}){{0,3}}?(?:(?i:united){_S}(?i:front){_S}(?i:work)|(?i:publicity)"
    rf"|(?i:propaganda)|(?i:organi[sz]ation)){_S}(?i:department){_END})"
)
_PREFILTER = (
    r"(?i)chairman[ \u00a0]+of[ \u00a0]+the[ \u00a0]+country|vice[- ](?:(?:municipal|provincial|county|district|city|township)[- ])?(?:party[- ])?secretary|secretary[ \u00a0]+xi[ \u00a0]+jinping|president|mayer|generals\b|of (?:the )?(?:city|municipal) government"
    r"|, city leader|district[ \u00a0]+directors?\b|director[ \u00a0]+of\b|minister[ \u00a0]+of\b"
    r"|district[ \u00a0]+governor\b|governor[ \u00a0]+of[ \u00a0]"
    r"|district[ \u00a0]+ma[yj]ors?\b|(?:vice|deputy)[- ]major\b|mayor[ \u00a0]+of[ \u00a0]|secretary[ \u00a0]general"
)


@rule("T111", "misformed-official-title", Severity.ERROR, Fix.SAFE)
def misformed_official_title(ctx: Context) -> pl.DataFrame:
    """An official title written with the wrong word, misspelt, or with a wrong plural.

    ## What it does
    Finds titles whose form is wrong whatever the glossary says:

    - "vice secretary" of a Party committee, a commission for discipline inspection or a
      Youth League committee, before a pinyin name ("Vice Secretary Deng Hua"; 副书记 is a
      deputy secretary), after one and its comma with no body after it but a committee ("Li Hong, vice secretary, …"), or joined
      to a second title of a Party body ("vice secretary and director of the district
      committee"); "vice secretary-general" is the
      official title of a 副秘书长 and is never flagged, nor is "Vice Secretary of State";
    - "vice secretary" of a government ("Vice Secretary of the Municipal People's
      Government"): a government has no secretary, its 副秘书长 is a deputy
      secretary-general;
    - "vice Party secretary", "vice municipal party secretary", "vice district secretary"
      (副书记 is a deputy Party secretary; a level word alone names its Party committee, 区委),
      whatever follows;
    - "chairman of the country" (国家主席: the President), not "the chairman of the
      country's largest bank" nor of a country club;
    - "Secretary Xi Jinping" without "General" (总书记); "Party Secretary Xi Jinping" of a
      province, "General Secretary" and "Secretary Xi" alone (memoirs of his years as a
      prefecture's secretary, 习书记) are left alone;
    - "president" or "vice president" of a CPPCC committee (its head is the chairman);
    - "Mayer" for "mayor": in lower case always, capitalised before a Chinese name, after
      "vice", "deputy", "executive" or "acting", or before "of";
    - "Vice Major", "deputy major" for "vice mayor" (never "deputy major general");
    - "mayor of city government", "deputy mayor of municipal government" (a mayor
      heads the city: "vice mayor of Harbin"), "secretary general of city government" (the
      secretary-general of the municipal government), and "city leader" after a name, as
      if 市领导 were an office ("Wei Wei, city leader,"); "city leaders" in prose is fine;
    - "Consulate Generals", "consul generals", "Secretary-Generals", whose plural falls on
      the noun: "Consulates General", "consuls general", "Secretaries-General";
    - "district director", "acting District Director", "Deputy District Directors" (区长,
      代区长, 副区长: a district head), unless "of" or "for" follows ("district director of
      education" may be a bureau's), and "director" or "deputy director" of a district's or
      county's people's government ("Deputy Director of the People's Government of Laishan
      District"), never of its office or of a municipal government;
    - "District Mayor", "Deputy District Mayor", "district major" and "mayor of Lushunkou
      district" (区长, 副区长: the district head, "head of Lushunkou District"), unless the
      glossary accepts "district mayor" (the bundled one does, as many district governments
      style their heads so): then only the misspelt "district major";
    - "District Governor", "Deputy District Governor" in a text that names a Chinese body or
      place (a district governor abroad is one), and a "governor of the CPC District
      Committee" (a Party committee has secretaries; 区长 is the district head);
    - "Secretary General" without its hyphen in a paragraph that names a Chinese body
      ("secretary general of the Taizhou Municipal Party Committee": 秘书长 is the
      secretary-general); NATO, the OSCE and the other bodies whose own style drops the
      hyphen leave the paragraph alone;
    - "minister" or "vice minister" of a Party committee's United Front Work, Publicity
      (Propaganda) or Organization Department (部长, 副部长: its head, deputy head); the
      International Department's "minister" is its own usage and is left alone.

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
    Safe for "Mayer", "Vice Major" and the plurals: one word is respelt in place. Unsafe for the deputy
    secretary, the chairman, the heads and the titles of the city government: the office is
    named by the words around it, which a person should read. "City leader" gets no suggestion: only
    the source says which office is meant.
    """
    rows = new_rows()
    surnames = pinyin_surnames()
    # Text a glossary avoid form covers ("Minister of Propaganda Department") is T101's.
    avoided = indexes(
        ctx.hits.filter(pl.col("form") == "avoid").select("doc", "start", "end").rows()
    )
    china: dict[int, bool] = {}
    mayor_allowed = _accepted(ctx, "district mayor")
    for doc, base, text, m in prose_matches(ctx.segments, "tgt", _PREFILTER, _PATTERN):
        found = _finding(m, text, surnames)
        if found is None:
            continue
        if mayor_allowed and _district_mayor(m):
            continue  # the glossary accepts it: a house's choice, not a slip
        if m.group("distgov") and not _doc_names_china(ctx, doc, china):
            continue  # a district governor abroad (Afghanistan, Thailand) is one
        if doc in avoided and avoided[doc].overlaps(base + m.start(), base + m.end()):
            continue
        suggestion, message, fix = found
        add_row(rows, doc, base + m.start(), base + m.end(), message, suggestion, fix=fix)
    return output(rows)


def _finding(
    m: regex.Match[str], text: str, surnames: frozenset[str]
) -> tuple[str | None, str, Fix | None] | None:
    """(suggestion, message, lowered fix safety) for one match, or None."""
    if m.group("vicegov"):
        deputy = (
            ("D" if m.group("gv") == "V" else "d") + "eputy " + m.group("gs") + "ecretary-General"
        )
        if m.group("gs") == "s":
            deputy = deputy[:-7] + "general"
        return deputy, f"“{m.group()}” of a government is a {deputy.lower()} (副秘书长)", Fix.UNSAFE
    if m.group("vicesec"):
        if m.group("vicename") is not None and m.group("vsur") not in surnames:
            return None
        if m.group("asur") is not None and m.group("asur") not in surnames:
            return None
        deputy = ("D" if m.group("v") == "V" else "d") + "eputy " + m.group("s") + "ecretary"
        return deputy, f"“{m.group()}” of a Party body is a {deputy.lower()}", Fix.UNSAFE
    if m.group("vicepartysec"):
        deputy = (
            ("D" if m.group("pv") == "V" else "d")
            + "eputy "
            + (m.group("plevel") or "")
            + (m.group("pp") or "P")
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
    if m.group("sgspace"):
        if not _is_chinese_secretary_general(text):
            return None
        fixed = f"{m.group('sgs')}ecretary-{m.group('sgg')}eneral"
        return fixed, f"“{m.group()}” is written with a hyphen: “{fixed}”", Fix.UNSAFE
    if m.group("distgov"):
        qual = _deputy(m.group("qual") or "")
        head = (
            ("D" if m.group("dgd") == "D" else "d")
            + "istrict "
            + ("H" if m.group("dg") == "G" else "h")
            + "ead"
        )
        message = "区长 is the district head: a district is led by a head, not a governor"
        return qual + head, message, Fix.UNSAFE
    if m.group("govcom"):
        message = (
            f"“{m.group()}” of a Party committee: the committee has a secretary, and the "
            "district or county government a head (区长, 县长)"
        )
        return None, message, Fix.NONE
    if m.group("mayordist"):
        qual = m.group("qual") or ""
        head = f"{qual}{'H' if m.group('md')[0] == 'M' else 'h'}ead"
        fixed = f"{head} of {m.group('mdplace')} District"
        message = "区长 is the district head: a district is led by a head, not a mayor"
        return fixed, message, Fix.UNSAFE
    for group, head_group, message in _HEAD_TITLES:
        if m.group(group):
            return _headed(m, head_group), message, Fix.UNSAFE
    if m.group("major"):
        mayor = m.group("major")[0] + "ayor"
        return (
            mayor,
            f"“{m.group()}” after “vice” or “deputy” is the title {mayor.lower()} misspelt",
            None,
        )
    if m.group("chaircountry"):
        president = "President" if m.group("cc") == "C" else "president"
        return (
            f"{president} of the country",
            f"“{m.group()}” renders 国家主席 word for word: the head of state is the President",
            Fix.UNSAFE,
        )
    if m.group("mayer"):
        if m.group("mayer")[0] == "M" and not _is_mayer(text, m.start(), m.end(), surnames):
            return None
        mayor = m.group("mayer")[0] + "ayor"
        return mayor, f"“{m.group()}” is the title {mayor.lower()} misspelt", None
    head, sep, general = m.group("head"), m.group("sep"), m.group("general")
    plural = head[:-1] + ("ies" if head.lower() == "secretary" else head[-1] + "s")
    fixed = f"{plural}{sep}{general}"
    return fixed, f"the plural of “{head}{sep}{general}” is “{fixed}”", None


# (title group, group of the word replaced by "head", message) of the titles whose office
# is a head's: 区长, 副区长 and 部长 of a Party committee's department.
_HEAD_TITLES = (
    ("distdir", "dr", "区长 is the district head: a district is led by a head, not a director"),
    ("distmayor", "dm", "区长 is the district head: a district is led by a head, not a mayor"),
    (
        "govdir",
        "gd",
        "a district or county people's government is led by its head (区长, 县长), not a director",
    ),
    (
        "deptmin",
        "m",
        "the head of a Party committee's department (部长) is its head, not a minister",
    ),
)


def _accepted(ctx: Context, rendering: str) -> bool:
    """Whether the glossary accepts `rendering` (any case) as an entry's rendering: the
    glossary is the authority on titles, and a form it allows is never a misformed one."""
    return any(rendering == form.lower() for term in ctx.glossary.terms for form in term.accepted)


def _district_mayor(m: regex.Match[str]) -> bool:
    """Whether `m` is "District Mayor" or "mayor of <place> District" spelt right (区长 as a
    mayor), which the glossary may accept; "District Major" is a misspelling whatever it
    accepts."""
    if m.group("distmayor"):
        return m.group("distmayor").rstrip("s")[-5:].lower() == "mayor"
    return m.group("mayordist") is not None


def _headed(m: regex.Match[str], letter: str) -> str:
    """The title with its last word made "head" (in the case of that word's first letter,
    the group `letter`), "vice" made "deputy", a plural kept: "acting District Director" →
    "acting District Head", "vice minister" → "deputy head"."""
    text = m.group()
    qual = m.group("qual") or ""
    stem = qual.rstrip(" -\u00a0")
    if stem[-4:].lower() == "vice":
        cut = len(stem) - 4
        qual = qual[:cut] + ("D" if qual[cut] == "V" else "d") + "eputy" + qual[cut + 4 :]
    head = ("H" if m.group(letter) == m.group(letter).upper() else "h") + "ead"
    plural = "s" if letter in ("dr", "dm") and m.group("dpl") else ""
    return qual + text[len(m.group("qual") or "") : m.start(letter) - m.start()] + head + plural


def _deputy(qual: str) -> str:
    """The qualifier with "vice" made "deputy" (a district has deputy heads)."""
    stem = qual.rstrip(" -\u00a0")
    if stem[-4:].lower() != "vice":
        return qual
    cut = len(stem) - 4
    return qual[:cut] + ("D" if qual[cut] == "V" else "d") + "eputy" + qual[cut + 4 :]


_CAPITALISED = regex.compile(r"\p{Lu}\p{Ll}+")


def _doc_names_china(ctx: Context, doc: int, seen: dict[int, bool]) -> bool:
    """Whether document `doc` names a Chinese body or a place the gazetteer knows; read
    once per document, and only for the documents with a candidate."""
    if doc not in seen:
        texts = ctx.segments.filter(pl.col("doc") == doc)["tgt"].drop_nulls().to_list()
        seen[doc] = any(
            _CHINESE_BODY.search(text) or any(map(is_place, _CAPITALISED.findall(text)))
            for text in texts
        )
    return seen[doc]


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


# Bodies whose secretary-general is 秘书长, and the international bodies that write their own
# title without a hyphen ("NATO Secretary General"), which leave the text alone.
_CHINESE_BODY = regex.compile(
    r"Municipal|Provincial|CPC|CPPCC|Party[ \u00a0]+Committee|People['’]s[ \u00a0]+"
    r"(?:Government|Congress)|State[ \u00a0]+Council"
)
_OWN_STYLE = regex.compile(r"NATO|OSCE|Council[ \u00a0]+of[ \u00a0]+Europe|Interpol|OPEC|OAS\b")


def _is_chinese_secretary_general(text: str) -> bool:
    """Whether "Secretary General" in `text` is a Chinese body's 秘书长: the paragraph names
    a Chinese body and no international body whose own style has no hyphen."""
    return _CHINESE_BODY.search(text) is not None and _OWN_STYLE.search(text) is None
