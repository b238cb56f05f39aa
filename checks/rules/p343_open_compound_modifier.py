"""P343 open-compound-modifier."""

from __future__ import annotations

import polars as pl
import regex

from tifa.checks.context import Context
from tifa.checks.numbers import MONTHS
from tifa.checks.registry import rule
from tifa.checks.rule import Fix, Severity, add_row, new_rows, output
from tifa.checks.scan import prose_matches

# Prefixes that are never a word on their own ("non", "anti", "eco"); "macro", "micro",
# "cyber" and "mini" are left out, as the wire writes "macro policies" open.
_PREFIXES = ("non", "anti", "multi", "semi", "pseudo", "socio", "eco", "inter", "intra")
# The tiers of the state and of the Party, and the nouns a tier qualifies as one modifier
# ("county-level officials", "prefecture-level city", "provincial-level Party committees").
_TIERS = (
    "county", "provincial", "province", "city", "municipal", "prefecture", "prefectural",
    "township", "village", "district", "ministerial", "national", "state", "grassroots",
)  # fmt: skip
_TIER_HEADS = (
    r"(?:Party |CPC |government |administrative |)(?:officials?|cadres?|leaders?|leadership"
    r"|chiefs?|heads?|secretar(?:y|ies)|governments?|authorities|departments?|agencies"
    r"|organs?|units?|institutions?|bodies|committees?|congress(?:es)?|organi[sz]ations?"
    r"|hospitals?|schools?|cities|city|counties|towns?|townships?|regions?|divisions?"
    r"|districts?|areas?|zones?|parks?|key|pilot|demonstration|nature reserves?)"
)
_OPENING_UP_HEADS = (
    r"(?:policy|policies|strategy|strategies|efforts?|drive|pattern|process|measures|path"
    r"|cause|endeavou?rs?|initiatives?|agenda|achievements?|highland|hub|gateway|level)"
)
# Compound adjectives the dictionaries write with a hyphen wherever they stand ("a
# far-reaching reform", "the reform is far-reaching"): the open form is never right.
_ALWAYS = (
    r"forward looking(?! (?:at|for|to|into|ahead)\b)"
    r"|long (?:lasting|standing|awaited|cherished)"
    r"|far reaching|wide ranging|time honou?red|hard won|world class"
    # relations across the Taiwan Strait: the verb takes an article ("cross the Strait")
    r"|cross straits?"
    r"|self (?:owned|developed|built|reliant|reliance|sufficient|sufficiency|governing"
    r"|employed|confidence|confident|discipline|disciplined|improvement|funded|financed"
    r"|sustaining|supporting|innovation|innovated|driving|driven|made|help|media"
    r"|revolution|examination|inspection|protection|construction|management|learning)"
    r"|(?:extra|ultra) high voltage"
    # "mid January", "mid 2023": the prefix joins a month or a year with a hyphen.
    r"|mid (?-i:" + "|".join(m.capitalize() for m in MONTHS) + r"|(?:19|20)\d\d)"
    # A plan of so many years: "the 12th Five Year Plan", "a three year action plan".
    r"|(?:two|three|four|five|six|seven|eight|nine|ten|[2-9]|10) year"
    r"(?= (?:action |development |work |implementation )?(?:plans?|period)\b)"
    # A prefix that is no word of its own set apart from its word ("non coal industries",
    # "eco industries", "anti corruption"): joined with a hyphen wherever it stands. Not
    # the Latin phrases "persona non grata", "non sequitur", "inter alia".
    r"|(?:" + "|".join(_PREFIXES) + r") (?!(?:grata|sequitur|alia)\b)\p{Ll}{3,}"
    # A tier of the state before the officials, bodies or places of that tier ("county level
    # officials", "prefecture level cities", "provincial level Party committees"): read only
    # before one of those nouns, as "at the county level" and "the county level and above"
    # name the tier itself and stay open.
    r"|(?:" + "|".join(_TIERS) + r") level(?= (?:" + _TIER_HEADS + r")(?![\p{L}-]))"
    # The policy of opening up before a noun it qualifies ("an opening up drive", "the
    # opening up policy"): "opening-up", as "the reform and opening-up policy". Only before
    # these nouns, which the verb "open up" never takes for its object ("opening up new
    # markets", "opening up to the world" stay open).
    r"|opening up(?= " + _OPENING_UP_HEADS + r"(?![\p{L}-]))"
)
# Compounds hyphenated only before the noun they qualify ("long-term plans"); after a verb
# or as a noun phrase they stay open ("in the long term", "at a high level of").
_BEFORE_NOUN = (
    r"long term|short term|medium term|large scale|high level|high tech|high end"
    r"|high speed|low carbon|high quality(?! development\b)|state owned|cross border"
    # "high" or "low" with a noun of degree makes one modifier before a noun ("high
    # standard public services", "the middle income trap", "high energy electrons"); but
    # where the noun heads a compound of its own, "high" or "low" qualifies the whole
    # ("low energy consumption", "high income growth"), and no hyphen belongs.
    r"|(?:high|low|middle) (?:standard|income|energy|density|precision|performance|profile"
    r"|rise|grade|altitude)(?! (?:consumption|use|usage|costs?|prices?|efficiency|savings?"
    r"|saving|demand|intensity|levels?|growth|gaps?|rates?|tax|taxes|reduction|increase"
    r"|distribution|structure|supply|security|conservation|sources?|output|inequality)\b)"
    r"|foreign (?:funded|invested|owned)|(?:industry|world|market) leading"
    r"|the just (?:concluded|completed|ended|closed)"
    # An ordinal with a superlative ranks what follows as one modifier ("the world's second
    # largest economy", "the fourth largest source of"): "second-largest", as the wire
    # writes it; "the second largest in the world" names no noun and stays open.
    r"|(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth) (?:largest|biggest"
    r"|highest|lowest|longest|busiest|richest|oldest|tallest|fastest[ ]growing)"
    r"|(?:people|market|export|problem|goal|future|service|services|innovation|results"
    r"|demand|outward|customer|consumer|result|task|application|development) oriented"
)
# Words after which the compound is not a modifier: function words, verbs' helpers,
# adverbs of time and the noun phrase's "of" ("a high level of").
_NOT_A_NOUN = (
    r"of|and|or|nor|but|to|in|on|at|for|with|by|from|as|is|are|was|were|be|been|being"
    r"|the|a|an|that|which|who|this|these|those|than|it|its|they|their|we|our|he|his|she"
    r"|her|you|your|will|would|can|could|may|might|must|shall|should|has|have|had|do|does"
    r"|did|not|so|too|very|also|yet|still|now|then|again|while|when|where|because|if"
    r"|after|before|during|until|through|across|among|amid|between|into|onto|over|under"
    r"|without|within|against|toward|towards|about|around|up|down|out|off|since|last|next"
    r"|each|every|all|both|there|here|year|years|ahead|above|below|despite|via|per|such"
    r"|throughout|beyond|along|upon|though|although|unless|once|ever|even|always|never"
    r"|already|soon|today|yesterday|tomorrow|everywhere|whereas|whether|what|how|why"
)
_PATTERN = regex.compile(
    r"(?<![\p{L}\p{N}'’-])(?P<open>(?i:(?:" + _ALWAYS + r")(?![\p{L}\p{N}-])"
    # A participle with its agent after the compound is no noun it qualifies: the compound
    # is the noun phrase's head ("reached an unprecedented high level marked by …").
    r"|(?:" + _BEFORE_NOUN + r")(?=[ ](?!(?:" + _NOT_A_NOUN + r")\b)(?!\p{Ll}+ly\b)"
    r"(?!\p{Ll}+ed[ ]by\b)"
    r"(?:e-)?\p{Ll}{3,}\b(?!-)))"
    r")(?![\p{L}\p{N}-])"
)
# Column prefilter (Rust regex): one of the compounds' first two words, open.
_PREFILTER = (
    r"(?i)\b(?:forward looking|long \w|cross (?:strait|border)|short term|medium term|far reaching|wide ranging"
    r"|time honou?red|hard won|world (?:class|leading)|self \w|(?:extra|ultra) high"
    r"|large scale|high (?:level|tech|end|speed|quality)|low carbon|state owned"
    r"|foreign (?:funded|invested|owned)|industry leading|market leading|just \w"
    r"|(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth) (?:largest|biggest"
    r"|highest|lowest|longest|busiest|richest|oldest|tallest|fastest)"
    r"|\w+ oriented|\w+ year (?:\w+ )?(?:plan|period)"
    r"|mid (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|19\d\d|20\d\d)"
    r"|\b(?:non|anti|multi|semi|pseudo|socio|eco|inter|intra) [a-z]"
    r"|\b(?:" + "|".join(_TIERS) + r") level \w|opening up \w"
    r"|(?:high|low|middle) (?:standard|income|energy|density|precision|performance|profile"
    r"|rise|grade|altitude))"
)


_ORDINAL_BEFORE = regex.compile(r"(?<![\p{L}\p{N}])\d{1,2}(?:st|nd|rd|th)[ ]$")


def _hyphenated(open_form: str) -> str:
    words = open_form.split(" ")
    if words[-1].lower() == "year":  # "Five Year Plan": only the number and "year" join
        return "-".join(words)
    if words[0].lower() == "the":  # "the just concluded session": the article stays open
        return f"{words[0]} " + "-".join(words[1:])
    return "-".join(words)


@rule("P343", "open-compound-modifier", Severity.WARNING, Fix.UNSAFE)
def open_compound_modifier(ctx: Context) -> pl.DataFrame:
    """A compound adjective written open where the dictionaries hyphenate it.

    ## What it does
    Finds two words that make one modifier written without their hyphen. Some compounds
    take the hyphen wherever they stand: "forward looking", "long lasting", "long standing",
    "far reaching", "wide ranging", "time honored", "world class", "cross Strait" (ties across
    the Taiwan Strait: "cross-Strait exchanges"), "self" with a participle
    or noun ("self owned", "self reliance"), "extra" or "ultra high voltage", "mid" before a
    month or a year ("mid January", "mid 2023": mid-January), and a plan of
    so many years ("a three year action plan", "the 12th Five Year Plan", "the 13th Five
    Year period": the plans' own name is hyphenated, so its capitals do not silence it), and
    a prefix that is no word of its own set apart from its word ("non coal industries",
    "eco industries", "anti corruption", "multi level", "semi finished", "socio economic";
    not "persona non grata", "non sequitur", "inter alia"). Others take
    it only before the noun they qualify: "long term", "short term", "large scale", "high
    level", "high tech", "high speed", "low carbon", "high quality", "state owned",
    "foreign funded", "industry leading", "cross border", "the just concluded", "high",
    "low" or "middle" with a noun of degree ("high standard public services", "the middle
    income trap"; not "low energy consumption", where the noun heads a compound) and a noun before "oriented"
    ("market oriented reform"), and a tier of the state before the officials, bodies or
    places of that tier ("county level Party chiefs", "prefecture level cities":
    "county-level", "prefecture-level"; not "at the county level" or "the provincial level
    and above", which name the tier), and "opening up" before a noun it qualifies ("its
    opening up drive", "the opening up policy": "opening-up"; not the verb with its
    object, "opening up new markets"), and an ordinal with a superlative ("the world's
    second largest economy", "the fourth largest source": "second-largest"; not "the second
    largest in the world"); these are read only when a noun-like word follows, so "in
    the long term", "at a high level of", "on a large scale", "the market leading the
    way" and a participle with its agent after the words ("an unprecedented high level marked
    by …") are left alone. "high quality development" is the glossary's (T101 reports it).

    ## Why is this bad?
    Before its noun a compound modifier is hyphenated in every style guide and in the
    professional English of the genre ("long-term mechanism", "state-owned enterprises");
    left open, its first word reads as qualifying the whole phrase ("long term plans" as
    long plans of a term) and the page looks machine-made.

    ## Example
    ```text
    The county drew up a long term plan for its self owned forest farms.
    ```

    ## Use instead
    ```text
    The county drew up a long-term plan for its self-owned forest farms.
    ```

    ## Fix safety
    Unsafe: the hyphenated form is suggested; a name or a quoted title may keep the words
    open, so a person checks it.
    """
    rows = new_rows()
    for doc, base, text, m in prose_matches(ctx.segments, "tgt", _PREFILTER, _PATTERN):
        found = m.group("open")
        if (
            any(word[:1].isupper() for word in found.split(" ")[1:])
            and not (found.lower().endswith(" year") and _ORDINAL_BEFORE.search(text, 0, m.start()))
            and not (found.startswith("cross ") and found.lower().startswith("cross strait"))
            and not found.startswith("mid ")
        ):
            # "World Class Port", "Long Term": a heading's or a name's capitals. The
            # national plans' own name is hyphenated: "the 12th Five-Year Plan"; the Strait
            # keeps its capital in "cross-Strait", and a lower-case "cross" is no heading's;
            # so does a month in "mid-January".
            continue
        compound = _hyphenated(found).split(" ")[-1]
        start = base + m.end("open") - len(compound)
        if found.split(" ")[0].lower() in _PREFIXES:
            message = f"prefix written apart from its word: “{compound}”"
        else:
            message = f"compound modifier written open: “{compound}”"
        add_row(rows, doc, start, base + m.end("open"), message, compound)
    return output(rows)
