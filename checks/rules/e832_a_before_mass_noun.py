"""E832 a-before-mass-noun."""

from __future__ import annotations

import polars as pl
import regex

from tifa.checks.articles import running_text
from tifa.checks.context import Context
from tifa.checks.prose import inside_title
from tifa.checks.registry import rule
from tifa.checks.rule import Fix, Severity, add_row, new_rows, output
from tifa.checks.scan import prose_matches

_S = r"[ \u00a0]+"
# Nouns that are uncountable in every sense, which never take "a" or "an" alone.
# "infrastructure" is not one: dictionaries give it a countable sense, a country's or a
# city's whole system ("a modern infrastructure", "a weak rural infrastructure").
_MASS = (
    r"(?:agriculture|wealth|cooperation|progress|information|advice|knowledge|equipment"
    r"|evidence|prosperity"
    # research, training and timing: E801 takes their plurals as slips too ("researches")
    r"|research|training|timing)"
)
# Nouns that are uncountable in the sense the genre gives them, told by an adjective that
# names a kind of it ("a high-quality development", "a rural revitalization"), where "a new
# development" (an event) is countable.
_KINDED = r"(?:development|revitalization|revitalisation|modernization|modernisation)"
_KIND = (
    r"(?:high-quality|sustainable|coordinated|balanced|healthy|sound|steady|stable|rapid|green"
    r"|innovative|integrated|differentiated|leap-?frog|all-round|comprehensive|common|shared"
    r"|inclusive|peaceful|economic|social|rural|urban|regional|low-carbon|harmonious|orderly"
    r"|smooth|fast|coordinated|high-speed|industrial|agricultural|cultural|national)"
)
# An "-ing" word that describes ("a thriving agriculture"); any other is a verb taking the
# noun as its object, so the article belongs to a noun before it ("a social climate
# enabling prosperity", "a platform sharing information").
_ING_ADJECTIVES = (
    r"thriving|booming|flourishing|growing|lasting|increasing|continuing|ongoing|leading"
    r"|promising|outstanding|amazing|striking|pressing|rising|sweeping|far-reaching"
    r"|encouraging|inspiring|astonishing|burgeoning|prospering|surging|soaring"
)
# A describing word: any lower-case word but a function word, which would end the noun
# phrase ("a model of rural revitalization", "a leader in development"), or a verb's
# "-ing" form.
_WORD = (
    r"(?!(?:of|for|in|to|on|with|from|by|at|about|between|among|into|as|the|a|an|its|their"
    # any preposition ends the phrase too ("a journey toward common prosperity")
    r"|toward|towards|through|across|over|under|upon|onto|via|within|without|around|against"
    r"|beyond|during|after|before|behind|beside|like|than|amid|despite|along"
    r"|our|this|that|and|or|is|was|are|were|be|been|which|who|new|major|positive|recent"
    r"|significant|important|big|welcome|further|latest)(?![\p{L}'’-]))"
    rf"(?!(?!(?:{_ING_ADJECTIVES})(?![\p{{L}}'’-]))[\p{{Ll}}-]+ing(?![\p{{L}}'’-]))"
    r"\p{Ll}[\p{Ll}-]*"
)
_PHRASE = (
    rf"(?:{_WORD}{_S}(?:and{_S})?){{0,3}}{_MASS}"
    rf"|(?:{_WORD}{_S}(?:and{_S})?){{0,2}}{_KIND}{_S}{_KINDED}"
    rf"|(?:{_WORD}{_S}(?:and{_S})?){{0,2}}economic{_S}growth"
)
# The noun must head its phrase and end it: punctuation, or a word that is no noun and no
# "of" ("a wealth of experience", "a knowledge of English" are idioms; "a cooperation
# agreement" has its head after).
_END = (
    r"[ \u00a0]*(?:[,.;:!?)]|$)|[ \u00a0]+(?:in|for|to|on|with|at|across|between|through"
    r"|and|that|which|is|was|are|were|has|have|had|will|from|among|by|during|since|over|under"
    r"|within|after|before|as|this|last|next|about|into|regarding|concerning)(?![\p{L}'’-])"
)
# "and" then a second noun that modifies the countable head of the whole phrase: "a
# national sustainable development and innovation demonstration zone" is one zone.
_SHARED_HEAD = regex.compile(
    r"[ \u00a0]+and(?:[ \u00a0]+(?!(?:a|an|the|its|their|our|his|her|this|that)[ \u00a0])"
    r"[\p{Ll}-]+(?<!ed)){0,3}[ \u00a0]+(?:zone|area|base|center|centre|park"
    r"|platform|program|programme|project|plan|pilot|model|system|mechanism|fund|hub|corridor"
    r"|belt|city|county|village|region|institute|alliance|conference|forum|strategy|path)"
    r"(?![\p{L}'’-])"
)
# "and" after research or training, which pair with another noun to modify a third ("a
# research and development firm", "a training and exchange center").
_PAIRED = regex.compile(r"[ \u00a0]+and(?![\p{L}'’-])")
# A countable noun before "and" heads a phrase of its own, which the article belongs to;
# the mass noun after "and" heads a second one, with no article ("ensure a solid start and
# steady progress", "laid a sound foundation and solid progress"), where "a stable and
# healthy development" joins two describing words.
_OWN_HEAD = regex.compile(
    r"(?<![\p{L}'’-])(?:start|beginning|foundation|basis|boost|breakthrough|leap|rise|increase"
    r"|harvest|rebound|turnaround|recovery|year|record|role|step|framework|environment|economy"
    r"|system|mechanism|platform|plan|policy|market|base|network|pattern|landscape|future)"
    r"[ \u00a0]+and[ \u00a0]"
)
_PATTERN = regex.compile(
    rf"(?<![\p{{L}}\p{{N}}'’-])(?P<a>[Aa]n?){_S}(?P<name>{_PHRASE})(?![\p{{L}}\p{{N}}'’-])"
    rf"(?={_END})"
)
_PREFILTER = (
    r"(?i:\ban?)[ \u00a0][^.;:!?]{0,60}?(?:agriculture|wealth|cooperation|progress|information"
    r"|advice|knowledge|equipment|evidence|prosperity|development|revitali"
    r"|moderni|growth|research|training|timing)"
)


@rule("E832", "a-before-mass-noun", Severity.WARNING, Fix.UNSAFE)
def a_before_mass_noun(ctx: Context) -> pl.DataFrame:
    """An indefinite article before an uncountable noun ("a strong agriculture").

    ## What it does
    Finds "a" or "an", up to three describing words and a noun that is uncountable —
    agriculture, wealth, cooperation, progress, information, advice, knowledge, equipment,
    evidence, prosperity, research, training, timing — or development, revitalization or modernization
    after a word naming its kind ("a high-quality development", "a stable and healthy
    development"), or economic growth ("a stable economic growth"), where the noun ends its
    phrase: punctuation, or a preposition other than "of", "and", "that" or a verb. Prose
    only. Left alone: "a wealth of experience" and "a knowledge of English" (an of-phrase
    follows), a noun the phrase modifies ("a cooperation agreement", "a development
    zone"), research or training paired with another noun by "and" ("a research and
    development firm"), a countable noun and a preposition before the mass noun ("a journey toward
    common prosperity"), "a new development" or "a major development" (an event, countable), a noun a
    verb's "-ing" form takes as its object ("a social climate enabling prosperity": the
    article is the climate's), a countable noun joined by "and" to the mass noun's phrase
    ("a solid start and steady progress": the article is the start's), and headings.

    ## Why is this bad?
    An uncountable noun takes no "a": professional English writes "build strong
    agriculture", "made substantial progress", "pursue high-quality development". The
    article is a word-for-word rendering of 一个 or an over-correction by a translator whose
    language has no articles, and marks the text as non-native at once.

    ## Example
    ```text
    The county has built a strong agriculture and made an essential progress.
    ```

    ## Use instead
    ```text
    The county has built strong agriculture and made essential progress.
    ```

    ## Fix safety
    Unsafe: dropping the article is suggested; a writer may rather add a countable noun
    ("a strong farm sector"), so a person decides.
    """
    rows = new_rows()
    for doc, base, text, m in prose_matches(running_text(ctx), "tgt", _PREFILTER, _PATTERN):
        if inside_title(text, m.start(), m.end("name")):
            continue
        if _SHARED_HEAD.match(text, m.end("name")):
            continue  # "a national development and innovation demonstration zone": one zone
        if _PAIRED.match(text, m.end("name")) and m.group("name").endswith(
            ("research", "training")
        ):
            continue  # "a research and development firm": the pair modifies a noun after it
        name = m.group("name")
        if _OWN_HEAD.search(name):
            continue  # "a solid start and steady progress": two phrases, the article the first's
        message = f"“{m.group('a')} {name}”: an uncountable noun takes no “a”"
        # Opening the sentence, the phrase takes the article's capital.
        bare = name[:1].upper() + name[1:] if m.group("a")[:1] == "A" else name
        add_row(rows, doc, base + m.start(), base + m.end("name"), message, bare)
    return output(rows)
