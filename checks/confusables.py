"""Words confused with a near-homophone or a near form, for E844 (`confused-word`).

Each slip is read only where the words around it settle which word was meant: "principal"
is right for a school's head and for a loan's sum, wrong in "adhere to the principal of
mutual benefit"; "crackdown" is right as a noun, wrong after "will". A context that leaves
the reading open is left alone: a checker that guesses cries wolf.

`SLIPS` holds (pattern, why, mend): `mend` maps the matched text to the mended text, keeping
the case of its first letter. Where a pattern has a group named `w`, only that group is
reported and mended; otherwise the whole match is.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import regex

from tifa.checks.textcase import match_case

# A word's edge: no letter, figure, apostrophe or hyphen runs on.
_B = r"(?<![\p{L}\p{N}'’-])"
_E = r"(?![\p{L}\p{N}'’-])"
_S = r"[ \u00a0]+"

# Verbs of particles that English writes solid only as nouns ("a crackdown", "the setup"):
# after a modal or an infinitive's "to" the verb is two words.
_PARTICLE_VERBS = {
    "crackdown": "crack down",
    "crack-down": "crack down",
    "setup": "set up",
    "set-up": "set up",
    "breakdown": "break down",
    "followup": "follow up",
    "follow-up": "follow up",
    "handover": "hand over",
    "hand-over": "hand over",
    "shutdown": "shut down",
    "shut-down": "shut down",
    "rollout": "roll out",
    "roll-out": "roll out",
    "buildup": "build up",
    "build-up": "build up",
    "backup": "back up",
    "back-up": "back up",
    "cleanup": "clean up",
    "clean-up": "clean up",
    "takeover": "take over",
    "take-over": "take over",
    "kickoff": "kick off",
    "kick-off": "kick off",
    "layoff": "lay off",
    "shakeup": "shake up",
    "shake-up": "shake up",
    "checkup": "check up",
    "check-up": "check up",
    "phaseout": "phase out",
    "phase-out": "phase out",
    "login": "log in",
    "logout": "log out",
}
_MODAL = (
    r"will|would|shall|should|must|can|could|might|cannot|did|does|didn['’]t|doesn['’]t"
    r"|won['’]t|wouldn['’]t|shouldn['’]t|can['’]t"
)
# An adverb between the modal or "to" and the verb ("will further crackdown on").
_ADVERB = r"(?:(?:also|further|jointly|firmly|resolutely|strictly|severely|not|then|quickly) )?"

# Run-together words: two words written as one, never a word of their own.
_RUN_TOGETHER = {
    "alot": "a lot",
    "infact": "in fact",
    "eachother": "each other",
    "aswell": "as well",
    "inspite": "in spite",
    "atleast": "at least",
    "ofcourse": "of course",
    "inorder": "in order",
    "everytime": "every time",
    "upto": "up to",
    "bottomline": "bottom line",
    "bottomlines": "bottom lines",
    "forexample": "for example",
    "sofar": "so far",
}


def _swap(table: dict[str, str]) -> Callable[[str], str | None]:
    """Mend by a table of lower-case words: the word found, in its case, replaced."""

    def mend(found: str) -> str | None:
        new = table.get(found.lower())
        return None if new is None else match_case(found, new)

    return mend


def _replace(old: str, new: str) -> Callable[[str], str | None]:
    """Mend by putting `new` for the first `old` in the match, in any case."""
    pattern = regex.compile(regex.escape(old), regex.IGNORECASE)

    def mend(found: str) -> str | None:
        m = pattern.search(found)
        if m is None:
            return None
        return found[: m.start()] + match_case(m.group(), new) + found[m.end() :]

    return mend


def _wreak(found: str) -> str | None:
    m = regex.match(r"(?i)wreck(s|ed|ing)?", found)
    if m is None:
        return None
    ending = m.group(1) or ""
    return match_case(found, "wreak" + ending) + found[m.end() :]


def _clamp(found: str) -> str | None:
    m = regex.match(r"(?i)stamp(s|ed|ing)?", found)
    if m is None:
        return None
    ending = {"ed": "ed", "ing": "ing", "s": "s"}.get((m.group(1) or "").lower(), "")
    return match_case(found, "clamp" + ending) + found[m.end() :]


def _rise(found: str) -> str | None:
    """ "raised" of a figure that went up by itself: "rose", "risen" after have."""
    m = regex.search(r"(?i)(?:(has|have|had)" + _S + r")?raised", found)
    if m is None:
        return None
    word = "risen" if m.group(1) else "rose"
    return found[: m.end() - len("raised")] + word + found[m.end() :]


@dataclass(frozen=True)
class Confusion:
    """One confusion: where it is certain, why it is wrong, how to mend it."""

    pattern: regex.Pattern[str]
    why: str
    mend: Callable[[str], str | None]


def _c(pattern: str, *, ignore_case: bool = True) -> regex.Pattern[str]:
    """A confusion's pattern as written below: a space stands for a run of spaces, `<<` and
    `>>` for a word's edges; read without regard to case unless told."""
    source = pattern.replace(" ", _S).replace("<<", _B).replace(">>", _E)
    return regex.compile(source, regex.IGNORECASE if ignore_case else 0)


def _words(words: dict[str, str]) -> str:
    return "|".join(regex.escape(w) for w in sorted(words, key=lambda w: (-len(w), w)))


_PRINCIPLE = "a rule or a belief is a “principle”; a “principal” heads a school or is a loan's sum"
_PARTICLE_VERB = "the verb is two words (“crack down”, “set up”); written as one it is the noun"
_PEAK = "the highest point is a “peak”; to “peek” is to glance"
_ADVISE = "the verb is “advise”; “advice” is the noun"
_EFFECT = "the noun is “effect”; “affect” is the verb"
_COMPLEMENT = (
    "things that complete each other are “complementary”; “complimentary” is praising or free"
)
# What a school's head or a loan's sum is "the principal of": a determiner, a school, a loan.
_SCHOOL_OR_LOAN = (
    r"the|a|an|our|their|its|his|her|this|that|these|those|each|every|one|two|three|several"
    r"|many|some|all|local|primary|middle|high|secondary|vocational|kindergartens?|schools?"
    r"|colleges?|universit\p{L}*|loans?|debts?|bonds?|deposits?|credit|mortgages?"
)
_COMPARATIVE = (
    r"(?:(?:more|less) (?:[\p{L}-]+ )?|(?:fewer|rather|higher|lower|greater|larger|bigger"
    r"|smaller|faster|slower|stronger|weaker|wider|deeper|better|worse|older|younger) )"
)

SLIPS: tuple[Confusion, ...] = (
    # principle / principal
    Confusion(
        # One "principal of" a lower-case abstract noun; the plural may be the people in charge
        # of bodies ("principals of related government sectors", 负责人), a calque of its own.
        _c(r"<<(?P<w>principal) of (?!(?:" + _SCHOOL_OR_LOAN + r")>>)(?-i:(?=\p{Ll}))"),
        _PRINCIPLE,
        _replace("principal", "principle"),
    ),
    Confusion(
        _c(
            r"<<(?:guiding|fundamental|basic|core) (?P<w>principals?)>>"
            r"(?! (?:investigators?|shareholders?|officers?)>>)"
        ),
        _PRINCIPLE,
        _replace("principal", "principle"),
    ),
    Confusion(
        _c(
            r"<<(?:agreed|agree|agrees|approved|approve|approves|accepted|endorsed|supported"
            r"|agreement) in (?P<w>principal)>>"
        ),
        "“in principle”: a “principal” heads a school or is a loan's sum",
        _replace("principal", "principle"),
    ),
    Confusion(
        _c(
            r"<<(?P<w>principle) (?=(?:contradictions?|investigators?|shareholders?|offenders?"
            r"|leaders?|officials?|persons? in charge|responsibility|causes?|reasons?|tasks?)>>)"
        ),
        "the main one is the “principal” (主要); a “principle” is a rule or a belief",
        _replace("principle", "principal"),
    ),
    # Fixed phrases misheard or misspelt.
    Confusion(
        _c(r"<<wreck(?:s|ed|ing)? havoc>>"),
        "one “wreaks” havoc (past “wreaked”); to wreck is to destroy a thing",
        _wreak,
    ),
    Confusion(
        _c(r"<<stamp(?:s|ed|ing)? down on>>"),
        "one “clamps down on” a practice, or “stamps out” it",
        _clamp,
    ),
    Confusion(
        _c(r"<<free-duty>>"),
        "goods free of duty are “duty-free”",
        _replace("free-duty", "duty-free"),
    ),
    Confusion(
        _c(r"<<the (?P<w>upper-hand)>>"),
        "the noun “upper hand” is two words; the hyphen joins only a modifier",
        _replace("upper-hand", "upper hand"),
    ),
    Confusion(
        _c(r"<<(?P<w>flaunt(?:s|ed|ing)?) (?=(?:the )?(?:laws?|rules|regulations)>>)"),
        "to break a rule openly is to “flout” it; to “flaunt” is to show off",
        _swap(
            {"flaunt": "flout", "flaunts": "flouts", "flaunted": "flouted", "flaunting": "flouting"}
        ),
    ),
    Confusion(
        _c(r"<<(?P<w>tow(?:s|ed|ing)?) (?=the (?:party )?line>>)"),
        "to conform is to “toe the line”",
        _swap({"tow": "toe", "tows": "toes", "towed": "toed", "towing": "toeing"}),
    ),
    Confusion(
        _c(r"<<free (?P<w>reign)>>"), "freedom to act is “free rein”", _replace("reign", "rein")
    ),
    Confusion(
        _c(r"<<deep(?:-| )(?P<w>seeded)>>"),
        "a firmly fixed problem is “deep-seated”",
        _replace("seeded", "seated"),
    ),
    Confusion(
        _c(r"<<(?P<w>baited) (?=breath>>)"),
        "held breath is “bated breath”",
        _replace("baited", "bated"),
    ),
    Confusion(
        _c(r"<<case (?P<w>and) (?=point>>)"),
        "an example that fits is “a case in point”",
        _replace("and", "in"),
    ),
    Confusion(
        _c(
            r"<<(?:could|would|should|must|might) (?P<w>of)>> (?=(?:been|done|made|had|seen"
            r"|known|gone|taken|said|become|given|got|gotten)>>)"
        ),
        "“could have”, “should have”: “of” is what “’ve” sounds like",
        _replace("of", "have"),
    ),
    Confusion(
        _c(r"<<(?:is|are|was|were|am|be|not) (?P<w>suppose) (?=to>>)"),
        "“supposed to”: the past participle",
        _replace("suppose", "supposed"),
    ),
    Confusion(
        _c(
            r"<<(?:be|is|are|was|were|become|became|remain|more|highly|fully)"
            r" (?P<w>conscience) (?=of>>)"
        ),
        "aware is “conscious”; a “conscience” is the sense of right and wrong",
        _replace("conscience", "conscious"),
    ),
    Confusion(
        _c(r"<<risk(?:-| )(?P<w>adverse)>>"),
        "unwilling to take risks is “risk-averse”",
        _replace("adverse", "averse"),
    ),
    Confusion(
        _c(r"<<(?P<w>proceeded) (?=by>>)"),
        "what comes before is what something is “preceded by”",
        _replace("proceeded", "preceded"),
    ),
    # A noun of a verb and its particle, used as the verb: after a modal, or after an
    # infinitive's "to" where the verb's object or "on" follows.
    Confusion(
        _c(r"<<(?:" + _MODAL + r") " + _ADVERB + r"(?P<w>" + _words(_PARTICLE_VERBS) + r")>>"),
        _PARTICLE_VERB,
        _swap(_PARTICLE_VERBS),
    ),
    Confusion(
        _c(
            r"<<to " + _ADVERB + r"(?P<w>" + _words(_PARTICLE_VERBS) + r")>> (?=(?:on|against"
            r"|hard|a|an|the|its|their|our|his|her|new|more|special|joint|this|these|those"
            r"|several|multiple|all)>>)"
        ),
        _PARTICLE_VERB,
        _swap(_PARTICLE_VERBS),
    ),
    # Two words run together, and one word split.
    Confusion(
        _c(r"<<(?P<w>" + _words(_RUN_TOGETHER) + r")>>"),
        "two words run together",
        _swap(_RUN_TOGETHER),
    ),
    Confusion(
        _c(
            r"<<(?P<w>everyday)(?=\s*[,.;:!?]| (?:from|at|in|to|until|since|except|of|for"
            r"|during|between|before|after|this|last|next)>>)"
        ),
        "“every day” (each day) is two words; “everyday” is an adjective (“everyday life”)",
        _replace("everyday", "every day"),
    ),
    Confusion(
        _c(
            r"<<(?P<w>every day) (?=(?:work|life|lives|needs|activities|affairs|business"
            r"|operations|routines?|tasks|use|items|goods|necessities|consumer|products"
            r"|language|objects|problems|matters|expenses|chores|practice)>>)"
        ),
        "before a noun the adjective is one word: “everyday work”, “everyday life”",
        _replace("every day", "everyday"),
    ),
    # Titles and names a letter or a word off, where the title or the name settles it.
    Confusion(
        _c(r"<<(?P<w>Primer)(?= \p{Lu}\p{Ll})", ignore_case=False),
        "the head of the State Council is the “Premier”; a “primer” is a first coat or book",
        _replace("Primer", "Premier"),
    ),
    Confusion(
        _c(
            r"<<(?:[Vv]ice|[Dd]eputy|[Ee]xecutive|[Tt]he|[Cc]ity)(?: |-)(?P<w>Mayer)>>",
            ignore_case=False,
        ),
        "the head of a city is its “Mayor”",
        _replace("Mayer", "Mayor"),
    ),
    Confusion(
        # A school's kind before it settles the word ("Vocational Collage", "a normal
        # collage"); "an art collage", "a photo collage" are pictures and stay.
        _c(
            r"<<(?:Vocational|Technical|Technological|Polytechnic|Normal|Medical|Nursing"
            r"|Teachers['’]?|Agricultural|Industrial|Engineering|Finance|Financial|Economics"
            r"|Commerce|Commercial|Foreign Languages?|Community|Junior|Party|Law|Police|Sports"
            r"|Music|Science and Technology|Maritime|Petroleum|Forestry|Medicine) (?P<w>Collages?)>>"
        ),
        "a school is a “college”; a “collage” is a picture pasted together",
        _swap({"collage": "college", "collages": "colleges"}),
    ),
    Confusion(
        _c(
            r"<<(?:(?:Chinese|China['’]s) (?P<w>Community) Party|(?P<w>Community) (?=Party"
            r" (?:of China|members?|committees?|Central|\(CPC\))>>))"
        ),
        "the Party is the “Communist Party”",
        _replace("Community", "Communist"),
    ),
    # peak / peek / pique
    Confusion(
        _c(
            r"<<(?P<w>peek) (?=(?:seasons?|hours?|periods?|times?|demand|levels?|values?|loads?"
            r"|traffic)>>)"
        ),
        _PEAK,
        _replace("peek", "peak"),
    ),
    Confusion(
        _c(
            r"<<(?:reach|reached|reaching|reaches|hit|hits|hitting) (?:its|a|the|their|new"
            r"|record) (?:(?:new|record|historic|all-time) )?(?P<w>peek)>>"
        ),
        _PEAK,
        _replace("peek", "peak"),
    ),
    Confusion(
        _c(r"<<sneak (?P<w>peak)>>"), "a quick look is a “sneak peek”", _replace("peak", "peek")
    ),
    Confusion(
        _c(
            r"<<(?P<w>peak(?:ed|ing)) (?:(?:the|their|his|her|our|public|widespread|much|great"
            r"|strong) )?interest>>"
        ),
        "interest is “piqued” (stirred); to peak is to reach the top",
        _swap({"peaked": "piqued", "peaking": "piquing"}),
    ),
    # lose / loose, breathe / breath
    Confusion(
        _c(
            r"<<(?:to|will|would|not|never|cannot|can['’]t|may|might|could|should|must|did|does"
            r"|do|don['’]t|didn['’]t) (?P<w>loose) (?=(?:the|their|his|her|its|our|your|sight"
            r"|weight|money|jobs?|face|heart|ground|touch|confidence|control|interest|momentum"
            r"|track|patience|hope|faith|time|lives|votes?|market)>>)"
        ),
        "to fail to keep is to “lose”; “loose” means not tight",
        _replace("loose", "lose"),
    ),
    Confusion(
        _c(
            r"<<loosing (?=(?:the|their|his|her|its|our|money|weight|jobs?|ground|momentum"
            r"|sight|face|heart|confidence|control|patience)>>)"
        ),
        "failing to keep is “losing”",
        _replace("loosing", "losing"),
    ),
    Confusion(
        _c(r"<<(?P<w>breath) (?=(?:new|fresh) life>>)"),
        "the verb is “breathe”; “breath” is the noun",
        _replace("breath", "breathe"),
    ),
    # advise / advice, effect / affect, ensure / insure
    Confusion(
        _c(
            r"<<(?:will|would|should|must|can|could|may|might|shall|did|does|do|we|they"
            r"|strongly) (?P<w>advice) (?=(?:the|them|him|her|us|you|people|residents|citizens"
            r"|enterprises|companies|farmers|visitors|tourists|travell?ers|passengers|drivers"
            r"|parents|students|against)>>)"
        ),
        _ADVISE,
        _replace("advice", "advise"),
    ),
    Confusion(
        _c(r"<<to (?P<w>advice) (?=(?:them|him|her|us|you)>>)"),
        _ADVISE,
        _replace("advice", "advise"),
    ),
    Confusion(
        _c(
            r"<<(?:an|great|positive|negative|significant|adverse|direct|profound|huge|big"
            r"|major|lasting|little|no|good|bad|desired|greater|knock-on|ripple) (?P<w>affect)"
            r" (?=(?:on|upon)>>)"
        ),
        _EFFECT,
        _replace("affect", "effect"),
    ),
    Confusion(
        _c(
            r"<<(?:take|takes|took|taken|taking|come|came|comes|coming|went|go|goes|remain"
            r"|remains|remained|put) (?:into|in) (?P<w>affect)>>"
        ),
        "a rule “takes effect” or “comes into effect”; “affect” is the verb",
        _replace("affect", "effect"),
    ),
    Confusion(
        _c(
            r"<<(?P<w>insur(?:e|es|ed|ing)) (?=(?:the )?(?:safety|smooth|stable|steady|orderly"
            r"|timely|sound|healthy|normal|successful|quality|implementation|completion"
            r"|supply)>>)"
        ),
        "to make certain is to “ensure”; to “insure” is to cover by insurance",
        _swap(
            {"insure": "ensure", "insures": "ensures", "insured": "ensured", "insuring": "ensuring"}
        ),
    ),
    # than / then, led / lead, its / it's
    Confusion(
        _c(
            r"<<" + _COMPARATIVE + r"(?P<w>then) (?=(?:ever|before|\p{N}|one|two|three|four"
            r"|five|six|seven|eight|nine|ten|twice|half|double|expected|that of|those of"
            r"|any other)>>)"
        ),
        "a comparison takes “than”; “then” tells time",
        _replace("then", "than"),
    ),
    Confusion(
        _c(
            r"<<(?:has|have|had|was|were|been|is|are) (?P<w>lead) (?=(?:the|a|an|to|by|its|his"
            r"|her|their|our|them|him|us)>>)"
        ),
        "the past form of “lead” is “led”",
        _replace("lead", "led"),
    ),
    Confusion(
        _c(r"<<(?P<w>it['’]s) (?=own>>)"),
        "the possessive is “its”; “it's” is “it is”",
        _swap({"it's": "its", "it’s": "its"}),
    ),
    # complementary / complimentary, planning / planing, rise / raise, role / roll
    Confusion(
        _c(
            r"<<(?P<w>complimentary) (?=(?:advantages?|strengths?|resources?|industries"
            r"|industrial|economies|economic|cooperation|relationships?|roles?|development"
            r"|structures?|and mutually)>>)"
        ),
        _COMPLEMENT,
        _replace("complimentary", "complementary"),
    ),
    Confusion(
        _c(r"<<mutually (?P<w>complimentary)>>"),
        _COMPLEMENT,
        _replace("complimentary", "complementary"),
    ),
    Confusion(
        _c(
            r"<<(?:(?:urban|city|spatial|overall|land|regional|rural|strategic|master|development"
            r"|industrial|unified|scientific|careful|town|family) (?P<w>planing)>>"
            r"|(?P<w>planing) (?=(?:and (?:construction|design|development|natural|management)"
            r"|department|bureau|commission|institute|office)>>))"
        ),
        "“planning” has a double n; “planing” is smoothing with a plane",
        _replace("planing", "planning"),
    ),
    Confusion(
        # Not a passive or an infinitive ("were raised by 5 percent", "to raise"); the figure
        # is followed by what a change over time is: "year on year", "from", a stop.
        _c(
            r"<<(?<!(?:was|were|is|are|be|been|being|will|to|and|which|that) )(?:(?:has|have"
            r"|had) )?raised by [\p{N}.]+\s*(?:percent|per cent|%|percentage points?)"
            r"(?= (?:year on year|year-on-year|from|over|compared|than)>>|\s*[,.;])"
        ),
        "a figure that goes up by itself “rose” (“has risen”); to “raise” something is done to it",
        _rise,
    ),
    Confusion(
        _c(
            r"<<play(?:s|ed|ing)? (?:a|an|the|its|their) (?:(?:key|important|leading|major|vital"
            r"|positive|active|big|bigger|greater|crucial|exemplary|guiding|pivotal|significant"
            r"|demonstrative|bridging|core|decisive|unique|supporting|central) )?(?P<w>roll)>>"
        ),
        "a part played is a “role”",
        _replace("roll", "role"),
    ),
    Confusion(
        _c(r"<<(?P<w>roll) (?=models?>>)"),
        "an example to follow is a “role model”",
        _replace("roll", "role"),
    ),
    # site / sight, weather / whether, thorough / through, access / excess, seize / cease
    Confusion(
        _c(
            r"<<(?:construction|project|work|burial|landfill|excavation|disposal|dump|production"
            r"|test|launch|relocation) (?P<w>sights?)>>"
        ),
        "a place where work is done is a “site”; a “sight” is something seen",
        _swap({"sight": "site", "sights": "sites"}),
    ),
    Confusion(
        _c(r"<<(?P<w>whether) (?=(?:forecasts?|forecasting|bureau|stations?|service|warnings?)>>)"),
        "rain and wind are “weather”; “whether” introduces a choice",
        _replace("whether", "weather"),
    ),
    Confusion(
        _c(
            r"<<(?:a|the|more|very|most) (?P<w>through) (?=(?:investigation|inspection|check"
            r"|examination|review|understanding|study|analysis|search|cleaning|assessment"
            r"|evaluation|overhaul)>>)"
        ),
        "complete and careful is “thorough”; “through” is a preposition",
        _replace("through", "thorough"),
    ),
    Confusion(
        _c(
            r"<<(?:have|has|had|gain|gained|gaining|easy|easier|free|direct|limited|better"
            r"|greater|improve|improved|improving) (?P<w>excess) (?=to>>)"
        ),
        "the way in is “access”; “excess” is too much",
        _replace("excess", "access"),
    ),
    Confusion(
        _c(
            r"<<(?P<w>ceas(?:e|es|ed|ing)) (?=(?:the|this|every|each|an?|any) (?:[\p{L}-]+ )?"
            r"(?:opportunit\p{L}*|chance|moment|initiative)>>)"
        ),
        "one “seizes” an opportunity; to “cease” is to stop",
        _swap({"cease": "seize", "ceases": "seizes", "ceased": "seized", "ceasing": "seizing"}),
    ),
    # idioms and time words rendered by ear: 肩并肩, 关键节点 / 重要关口, 短期
    Confusion(
        _c(r"<<shoulder (?P<w>by) (?=shoulder>>)"),
        "the idiom is “shoulder to shoulder”",
        _replace("by", "to"),
    ),
    Confusion(
        # Only the time sense: an adjective of moment before it and, after it, an end of
        # clause or what is at that moment (relations, development, history …); a road's or a
        # railway's junction names what meets there ("at the junction of Jilin and Liaoning").
        # A verb of arriving takes the moment as "at" does ("reached an important junction in
        # its history", "entered a new junction of reform", "came to a critical junction").
        _c(
            r"<<(?:at|reach(?:es|ed|ing)?|enter(?:s|ed|ing)?|c(?:ome|omes|ame|oming) to) "
            r"(?:a|an|the|this|such a) (?:critical|crucial|important|key|historic"
            r"|historical|pivotal|decisive|new|special|vital) (?P<w>junction)>>"
            r"(?=\s*[,.;:)]| (?:when|as)>>| (?:of|in|for) (?:[\p{L}.'’-]+ ){0,3}"
            r"(?:relations|ties|history|development|reform|cooperation|transformation"
            r"|growth|modernization|modernisation|times|era|period|stage)>>)"
        ),
        "a moment in time is a “juncture”; a “junction” is where roads or lines meet",
        _replace("junction", "juncture"),
    ),
    Confusion(
        # "shot-term" is never a word; "shot term" only after what opens a time phrase.
        _c(
            r"<<(?P<w>shot)(?=-terms?>>)"
            r"|<<(?:in|over|for|the|and|medium|near) (?P<w>shot)(?= terms?>>)"
        ),
        "the near future is the “short” term",
        _replace("shot", "short"),
    ),
    Confusion(
        # "along side roads" is "along" and a noun: only before a determiner or a name.
        _c(
            r"<<(?P<w>along side) (?=(?:the|a|an|its|their|his|her|our|other|each)>>)"
            r"|<<(?P<w>along side) (?=(?-i:\p{Lu}))",
        ),
        "the preposition is one word, “alongside”",
        _replace("along side", "alongside"),
    ),
    Confusion(
        _c(r"<<(?P<w>along side with)>>"),
        "“along with” or “alongside”, not both run together",
        _replace("along side with", "along with"),
    ),
    Confusion(
        # "anew" is an adverb ("start anew"); before the noun of a level or stage it is "a
        # new" run together ("to anew level").
        _c(
            r"<<(?P<w>anew) (?=(?:level|stage|height|heights|chapter|era|journey|milestone"
            r"|starting point|phase|record|round|page)>>)(?!\p{L}+ by>>)"
        ),
        "“a new” run together: “anew” is an adverb (“start anew”)",
        _replace("anew", "a new"),
    ),
    # personnel / personal, border / boarder
    Confusion(
        _c(
            r"<<(?:medical|military|security|technical|professional|relevant|management|key"
            r"|scientific|research|rescue|emergency|administrative|enforcement|frontline"
            r"|front-line|support|government|party) (?P<w>personal)>>(?=\s*[,.;:)]| (?:and|or"
            r"|who|were|are|was|is|have|has|had|from|of|in|at|to|on|for|with|will|should"
            r"|must)>>)"
        ),
        "the staff are “personnel”; “personal” means one's own",
        _replace("personal", "personnel"),
    ),
    Confusion(
        _c(
            r"<<(?P<w>boarder) (?=(?:trade|ports?|city|cities|areas?|regions?|crossings?|control"
            r"|inspection|security|towns?|counties|county|economic|cooperation|tourism"
            r"|residents|lines?|management|checkpoints?)>>)"
        ),
        "a frontier is a “border”; a “boarder” lodges somewhere",
        _replace("boarder", "border"),
    ),
)

# Columnar prefilter (Rust regex): each confusion's key words.
PREFILTER = (
    r"(?i)principal|principle|wreck\w* havoc|stamp\w* down|free-duty|upper-hand|"
    + "|".join(sorted({w.replace("-", r"\-") for w in _PARTICLE_VERBS}))
    + r"|alot|infact|eachother|aswell|inspite|atleast|ofcourse|inorder|everytime|upto"
    r"|bottomline|forexample|sofar|everyday|peek|sneak peak|peak(?:ed|ing) "
    r"|loose|loosing|breath|advice|affect|insur|lead |it['’]s own|complimentary|planing"
    r"|raised by|\broll\b|sights?\b|whether (?:forecast|bureau|station|service|warning)"
    r"|through (?:investigation|inspection|check|examination|review|understanding|study"
    r"|analysis|search|cleaning|assessment|evaluation|overhaul)|excess to|ceas"
    r"|personal|boarder|shoulder by|junction|shot.term|along side|anew |flaunt|\btow(?:s|ed|ing)? the|free reign|seeded|baited|case and point"
    r"|every day|Primer|Mayer|Community Party|collage"
    r"|(?:could|would|should|must|might) of |suppose to|conscience|adverse|proceeded by"
    r"| then (?:ever|before|\d|one|two|three|four|five|six|seven|eight|nine|ten|twice|half"
    r"|double|expected|that of|those of|any other)"
).replace(" ", r"\s")
