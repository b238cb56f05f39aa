"""T127 garbled-formulation."""

from __future__ import annotations

import polars as pl
import regex

from tifa.checks.avoided import avoid_pattern, overlaps
from tifa.checks.context import Context
from tifa.checks.registry import rule
from tifa.checks.rule import Fix, Severity, add_row, new_rows, output
from tifa.checks.scan import prose_matches

_S = r"[ \u00a0]+"
_AP = r"['’]"
_XI_THOUGHT = "Xi Jinping Thought on Socialism with Chinese Characteristics for a New Era"
_UPHOLDS = "Two Upholds"
_KEYNOTE = "general principle of pursuing progress while ensuring stability"

# 习近平新时代中国特色社会主义思想 with the leader's name in the possessive and 思想 as a
# common noun: "Xi Jinping's thought(s) of/on socialism …", "Xi Jinping's ideology of
# socialism …", "Xi Jinping's new era of socialism …". The tail (Chinese characteristics,
# the new era) is taken into the span when it is there. "Xi Jinping's thoughts on the
# economy" names no formulation and is left alone: socialism or the new era must follow.
_XI_WITH = (
    rf"{_S}with{_S}(?:\p{{L}}+{_S})?Chinese{_S}(?:characteristics|twists|features)"
    rf"(?:{_S}(?:in|for|of){_S}(?:the|a){_S}new{_S}era)?"
)
_XI_TAIL = rf"(?:{_XI_WITH})?"
_XI_GARBLED = (
    rf"Xi{_S}Jinping{_AP}s{_S}"
    rf"(?:(?i:thoughts?|ideology|ideas?|theory){_S}(?:on|of|about){_S}(?:the{_S})?"
    rf"(?:(?i:socialism){_XI_TAIL}|(?i:new{_S}era){_S}(?:of{_S})?(?i:socialism){_XI_TAIL})"
    rf"|(?i:new{_S}era){_S}of{_S}(?i:socialism){_XI_TAIL}"
    # "Xi Jinping's socialist ideology with Chinese characteristics in the new era": the
    # adjective takes socialism's place; "with Chinese characteristics" must follow, as
    # "Xi Jinping's socialist ideas" alone may describe rather than name.
    rf"|(?:(?i:new{_S}era){_S}of{_S})?(?i:socialist){_S}(?i:ideology|thoughts?|ideas?|theory)"
    rf"{_XI_WITH})"
)
# The name itself with a possessive: "Xi Jinping's Thought" (capital T) is the name
# "Xi Jinping Thought" with a stray 's.
_XI_POSSESSIVE = rf"Xi{_S}Jinping{_AP}s{_S}Thought(?:{_S}on{_S}Socialism{_XI_TAIL})?"
# 习近平生态文明思想 and the other named fields of Xi Jinping Thought with the name in the
# possessive and 思想 as a common noun: "Xi Jinping's ecological civilization thought", "Xi
# Jinping's thought on ecological civilization". The singular "thought" only: "Xi Jinping's
# thoughts on the economy" may be his views, and is left alone.
_XI_FIELDS = {
    "ecological civilization": "Ecological Civilization",
    "ecological civilisation": "Ecological Civilization",
    "ecological progress": "Ecological Civilization",
    "ecological": "Ecological Civilization",
    "rule of law": "the Rule of Law",
    "rule-of-law": "the Rule of Law",
    "diplomacy": "Diplomacy",
    "diplomatic": "Diplomacy",
    "strengthening the military": "Strengthening the Military",
    "economy": "the Economy",
    "economic": "the Economy",
    "culture": "Culture",
    "cultural": "Culture",
}
_FIELD_NOUNS = r"ecological[ \u00a0]+(?:civili[sz]ation|progress)|rule[ \u00a0]+of[ \u00a0]+law"
_FIELD_NOUNS += r"|diplomacy|strengthening[ \u00a0]+the[ \u00a0]+military|economy|culture"
_FIELD_ADJECTIVES = r"ecological(?:[ \u00a0]+civili[sz]ation)?|rule[- ]of[- ]law|diplomatic"
_FIELD_ADJECTIVES += r"|economic|cultural"
_XI_FIELD = (
    rf"Xi{_S}Jinping{_AP}s{_S}(?:(?i:important){_S})?(?:(?i:thought){_S}(?:on|of|about){_S}"
    rf"(?:the{_S})?(?P<fnoun>(?i:{_FIELD_NOUNS}))|(?P<fadj>(?i:{_FIELD_ADJECTIVES})){_S}"
    rf"(?i:thought))"
)
# 稳中求进工作总基调: 基调 word for word as "tone": "the general (work) tone of steady
# progress", "the general work tone of seeking progress in stability". "The general tone of
# the meeting" (its mood) is English: progress or stability must follow within a few words.
_TONE = (
    rf"(?P<tone>(?i:general){_S}(?:(?i:work){_S})?(?i:tone)){_S}of{_S}"
    rf"(?:[\p{{L}}-]+{_S}){{0,5}}?(?i:progress|stability)"
)
_FUNCTION = r"(?:and|or|in|of|to|for|with|as|at|on|by|is|are|was|were|has|have)"
# 两个维护 word for word: "Two Maintenance(s)" as a name (capitalised, or quoted). "Two
# maintenance workers" is ordinary English and is left alone.
_TWO_MAINT = (
    r"(?-i:Two|TWO)"
    rf"{_S}(?-i:Maintenances?|MAINTENANCES?)(?!{_S}(?!{_FUNCTION}\b)\p{{L}})"
    rf"|(?<=[“\"‘'])(?i:two{_S}maintenances?)(?=[”\"’'])"
)

# 以习近平同志为核心的党中央 with 核心 dropped or turned round: "the Central Committee headed
# by Comrade Xi Jinping", "… which is led by Comrade Xi Jinping", "the Party Central Committee
# with the core of Xi Jinping". "Comrade" marks the Chinese formula: "the committee led by
# Xi Jinping" without it may be a paraphrase and is left alone.
_CORE_FORM = "Central Committee with Comrade Xi Jinping at its core"
_CORE = (
    rf"Central{_S}Committee{_S}(?:(?:(?:which|that){_S}(?:is|was){_S})?"
    rf"(?:headed|led|leaded){_S}by{_S}Comrade"
    rf"|with{_S}(?:the{_S})?core{_S}of(?:{_S}Comrade)?){_S}Xi{_S}Jinping"
)

# 理论学习中心组 word for word: 中心 as "center", "the Theoretical Study Center Group",
# "the theoretical learning centre group", "the theoretical center group". The body is a Party
# committee's theoretical study group; "central group" is left alone (some outlets write it).
_STUDY_FORM = "theoretical study group"
_CENTER_GROUP = (
    rf"(?i:theoretical|theory){_S}(?:(?i:study|studies|studying|learning){_S})?"
    rf"(?i:cent(?:er|re)){_S}(?i:groups?)"
)
# 不忘初心 word for word: 初心 as the "initial/original heart" ("not forgetting the initial
# heart", "never forget the original heart", "stay true to the original heart"). The heart
# must follow a verb of keeping or forgetting: "the original heart of the old town" is English.
_MISSION_FORM = "staying true to our founding mission"
_HEART = (
    rf"(?i:(?:not|never|don['’]t){_S}(?:forget(?:ting)?|forgot(?:ten)?)"
    rf"|(?:stay(?:ing|s)?|remain(?:ing|s)?|being|be|keep(?:ing)?){_S}(?:ever{_S})?true{_S}to"
    rf"|(?:remember(?:ing)?|keep(?:ing)?|sticking{_S}to|stick{_S}to|adher(?:e|ing){_S}to))"
    rf"{_S}(?:(?i:the|our|one['’]s|its|their){_S})?(?i:initial|original){_S}(?i:hearts?)"
)

# 安全生产 in the Chinese word order: "safety production" ("deploy safety production work",
# "the Safety Production Month"). English puts the kind of safety first: "work safety" (or
# "production safety"). "The safety production of vaccines" (to produce them safely) is
# English, if rare: a following "of" leaves the phrase alone.
_SAFETY_FORM = "work safety"
_SAFETY = rf"(?i:safety){_S}(?i:production)(?!{_S}(?i:of)\b)"

_PATTERN = regex.compile(
    rf"(?<![\p{{L}}'’-])(?:(?P<xi>{_XI_GARBLED})|(?P<poss>{_XI_POSSESSIVE})|(?P<field>{_XI_FIELD})"
    rf"|{_TONE}|(?P<maint>{_TWO_MAINT})|(?P<core>{_CORE})"
    rf"|(?P<center>{_CENTER_GROUP})|(?P<heart>{_HEART})|(?P<safety>{_SAFETY}))(?![\p{{L}}'’-])"
)
_PREFILTER = (
    r"Xi[ \u00a0]+Jinping['’]s|(?i:general[ \u00a0]+(?:work[ \u00a0]+)?tone)"
    r"|(?i:two[ \u00a0]+maintenance)"
    r"|Central[ \u00a0]+Committee[ \u00a0]+(?:which|that|headed|led|leaded|with[ \u00a0]+(?:the[ \u00a0]+)?core)"
    r"|(?i:cent(?:er|re)[ \u00a0]+groups?|(?:initial|original)[ \u00a0]+hearts?)"
    r"|(?i:safety[ \u00a0]+production)"
)


@rule("T127", "garbled-formulation", Severity.WARNING, Fix.UNSAFE)
def garbled_formulation(ctx: Context) -> pl.DataFrame:
    """A fixed national formulation garbled word for word, in a form no glossary row lists.

    ## What it does
    Finds the forms a word-for-word translation gives three formulations, in all their
    inflections: 习近平新时代中国特色社会主义思想 with the name in the possessive and 思想
    as a common noun (“Xi Jinping's thought of socialism with Chinese characteristics in
    the new era”, “Xi Jinping's ideology of socialism …”, “Xi Jinping's new era of
    socialism …”, “Xi Jinping's socialist ideology with Chinese characteristics …”, “Xi
    Jinping's Thought”); 稳中求进工作总基调 as a “general (work) tone”
    of progress or stability (“the general tone of steady progress”); and 两个维护 as “Two
    Maintenance(s)”, capitalised or quoted; 以习近平同志为核心的党中央 with its core dropped
    or turned round (“the Central Committee headed by Comrade Xi Jinping”, “… with the core
    of Xi Jinping”); 理论学习中心组 with 中心 as a “center” (“the Theoretical Study Center
    Group”, “the theoretical learning centre group”, “the theoretical center group”); and 不忘
    初心 with 初心 as an “initial” or “original heart” after a verb of keeping or forgetting
    (“not forgetting the initial heart”, “stay true to the original heart”); and 安全生产
    in the Chinese word order, “safety production” (“deploy safety production work”), not
    before “of”; and the named fields of Xi Jinping Thought (习近平生态文明思想, 外交思想,
    法治思想, 强军思想, 经济思想, 文化思想) with the name in the possessive and a singular
    “thought” (“Xi Jinping's ecological civilization thought”, “Xi Jinping's thought on
    strengthening the military”: Xi Jinping Thought on Ecological Civilization, on
    Strengthening the Military). Forms the
    glossary lists under `avoid` are left
    to T101. “Xi Jinping's thoughts on the economy”, “the general tone of the meeting” and
    “two maintenance workers” name no formulation and are left alone, and so are “a
    community center group”, “the original heart of the old town” and “the safety
    production of vaccines” (to make them safely).

    ## Why is this bad?
    These are names with one official English form (Xinhua, the State Council, The
    Governance of China): “Xi Jinping Thought on Socialism with Chinese Characteristics for
    a New Era”, “the general principle of pursuing progress while ensuring stability”, “the
    Two Upholds”. A reader who knows them does not recognise the garbled ones; one who does
    not learns nothing from them.

    ## Example
    ```text
    The county kept to the general tone of steady progress and studied Xi Jinping's
    thought of socialism with Chinese characteristics in the new era.
    ```

    ## Use instead
    ```text
    The county kept to the general principle of pursuing progress while ensuring stability
    and studied Xi Jinping Thought on Socialism with Chinese Characteristics for a New Era.
    ```

    ## Fix safety
    Unsafe: the official form is suggested, but the words around it (an article, the verb
    before “tone”) often need rewriting too.
    """
    rows = new_rows()
    avoid: regex.Pattern[str] | bool | None = False
    for doc, base, text, m in prose_matches(ctx.segments, "tgt", _PREFILTER, _PATTERN):
        if m.group("xi") or m.group("poss") or m.group("field"):
            if avoid is False:
                avoid = avoid_pattern(ctx)
            if isinstance(avoid, regex.Pattern) and overlaps(avoid, text, m.start(), m.end()):
                continue
        phrase = m.group()
        if m.group("xi"):
            message = f"“{phrase}” garbles 习近平新时代中国特色社会主义思想: write “{_XI_THOUGHT}”"
            suggestion = _XI_THOUGHT
        elif m.group("field"):
            field = regex.sub(r"[ \u00a0-]+", " ", (m.group("fnoun") or m.group("fadj")).lower())
            suggestion = f"Xi Jinping Thought on {_XI_FIELDS[field]}"
            message = f"“{phrase}”: 习近平…思想 is named “{suggestion}”, without a possessive"
        elif m.group("poss"):
            suggestion = _XI_THOUGHT if regex.search(r"Socialism", phrase) else "Xi Jinping Thought"
            message = f"“{phrase}”: the name of 习近平思想 has no possessive; write “{suggestion}”"
        elif m.group("core"):
            message = f"“{phrase}” garbles 以习近平同志为核心的党中央: write “{_CORE_FORM}”"
            suggestion = _CORE_FORM
        elif m.group("center"):
            message = (
                f"“{phrase}” renders 中心 of 理论学习中心组 word for word: write “{_STUDY_FORM}” "
                "(“the theoretical study group of the municipal Party committee”)"
            )
            suggestion = _STUDY_FORM
        elif m.group("heart"):
            message = f"“{phrase}” renders 初心 word for word: write “{_MISSION_FORM}”"
            suggestion = _MISSION_FORM
        elif m.group("safety"):
            message = (
                f"“{phrase}” keeps the Chinese word order of 安全生产: write “{_SAFETY_FORM}” "
                "(“the Work Safety Month”, “work safety inspections”)"
            )
            suggestion = _SAFETY_FORM
        elif m.group("tone"):
            message = (
                f"“{m.group('tone')}” renders 总基调 of 稳中求进工作总基调 word for word: write "
                f"“general principle” (“the {_KEYNOTE}”)"
            )
            suggestion = "general principle"
        else:
            message = f"“{phrase}” renders 两个维护 word for word: write “the {_UPHOLDS}”"
            suggestion = _UPHOLDS
        start, end = m.span("tone") if m.group("tone") else m.span()
        add_row(rows, doc, base + start, base + end, message, suggestion)
    return output(rows)
