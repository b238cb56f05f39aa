"""Slips of the article before a news outlet's name, for E801 (`wording`).

English names the foreign outlets a report quotes with "the": "the BBC", "the New York
Times", "the South China Morning Post". Translated news drops it where the name stands
alone as the source of a report: after the verb that cites it ("…, reported South China
Morning Post") or as the subject that opens a sentence, after a time word or not
("Recently, BBC and several other outlets claimed …", "BBC reported on Sunday that …"). The name before a noun it qualifies ("BBC
reporters", "BBC News") is right bare and is left, as are credits, bylines and headlines
(a headline drops its articles). Chinese outlets are left too: Xinhua and China Daily name
themselves without "the" ("China Daily reported"), and their style is the reference here.
"""

from __future__ import annotations

import regex

from tifa.checks.grammar_slips import Keep, Mend

_S = r"[ \u00a0]+"
# Outlets whose own English and every style guide write "the" before the name.
_OUTLET = (
    rf"(?:BBC|New{_S}York{_S}Times|Washington{_S}Post|Wall{_S}Street{_S}Journal"
    rf"|Financial{_S}Times|South{_S}China{_S}Morning{_S}Post|Guardian|Economist"
    rf"|Los{_S}Angeles{_S}Times|Associated{_S}Press|Straits{_S}Times|Japan{_S}Times"
    rf"|Sydney{_S}Morning{_S}Herald|Times{_S}of{_S}India|Daily{_S}Telegraph)"
)
# The name as a noun of its own, not a modifier: "told BBC News", "BBC Chinese" and "BBC
# Panorama" are other names.
_NOT_A_MODIFIER = (
    r"(?![\p{L}\p{N}'’-])(?![ \u00a0]+(?:News|Chinese|World|Online|Radio|Sport|Monitoring"
    r"|Panorama|Newsnight|Two|One|Four|Asia|Africa|Global|Weekly|Magazine|Live|Service"
    r"|Media|Group)\b)"
)
# Verbs and phrases that cite a source just before its name.
_CITING = (
    r"reported|reports|said|says|wrote|writes|told|according[ \u00a0]+to"
    r"|(?:quoted|cited|reported|carried|aired|published)[ \u00a0]+by"
)
# A time word or linking adverb that opens a sentence before its subject.
_OPENER = (
    r"(?:Recently|Earlier|Previously|Meanwhile|However|Moreover|Besides|Yesterday|Later"
    r"|In[ \u00a0]+addition|Last[ \u00a0]+(?:week|month|year|\p{Lu}\p{Ll}+day)"
    r"|On[ \u00a0]+\p{Lu}\p{Ll}+(?:[ \u00a0]+\d{1,2})?)"
)
# What the name does as that subject: a verb of reporting, or "and" joining more outlets.
_SUBJECT_VERB = (
    r"(?:and|has|had|have|is|was|reported|reports|said|says|claimed|claims|quoted|cited"
    r"|wrote|writes|published|revealed|aired|broadcast|ran|carried|alleged|accused|released"
    r"|disclosed|also|recently)(?![\p{L}-])"
)
_OUTLET_WITHOUT_THE = regex.compile(
    rf"(?:(?<=(?<![\p{{L}}'’-])(?:{_CITING}){_S})(?P<name>{_OUTLET}){_NOT_A_MODIFIER}"
    rf"|(?<=(?:^|[.!?][\"”’)]*{_S})(?:{_OPENER},{_S})?)(?P<name>{_OUTLET})(?={_S}{_SUBJECT_VERB}))"
    # A headline drops its articles: only a line that ends as a sentence does is read.
    r"(?=[^\n]*[.!?][\"”’)]*[ \t]*(?:\n|$))",
    regex.MULTILINE,
)

SPECS: tuple[tuple[regex.Pattern[str], str, Mend, Keep], ...] = (
    (
        _OUTLET_WITHOUT_THE,
        "the outlet's name takes “the”: “the BBC”, “reported the South China Morning Post”",
        lambda text: "the " + text,
        None,
    ),
)

# Columnar prefilter (Rust regex): the outlets' names.
PREFILTER = (
    r"\b(?:BBC|New York Times|Washington Post|Wall Street Journal|Financial Times"
    r"|South China Morning Post|Guardian|Economist|Los Angeles Times|Associated Press"
    r"|Straits Times|Japan Times|Sydney Morning Herald|Times of India|Daily Telegraph)\b"
)
