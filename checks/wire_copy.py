"""Pages of a foreign news agency's copy, told by the agency's own marks on the page.

Reuters, AFP, AP, Bloomberg, TASS, Kyodo and Yonhap name the Party and the places of China
in their own house style ("the Chinese Communist Party", "the CCP"): on their copy that
usage is the outlet's choice, not a translator's slip. A page shows it is theirs by a
dateline ("BEIJING (AFP) -", "MOSCOW, May 5. /TASS/."), a byline or credit ("By AFP", "by
Reuters", "Photo: AFP", "- Reuters") or its journalists ("AFP journalists said"). A Chinese
outlet's page quoting "a Reuters report" carries none of these marks before the agency's
name and keeps every finding.

Also the credit that ends a wire headline ("… on graft charges -Xinhua"): the story's
source after a spaced dash, which is neither a page title nor a hyphen in a compound.
"""

from __future__ import annotations

import polars as pl
import regex

from tifa.checks.context import Context
from tifa.checks.distinct import filter_distinct, with_distinct

# The foreign agencies whose copy reaches this genre's pages: the Western wires, and Russia's,
# Japan's and South Korea's, which name the Party and its posts in their own style too
# ("the Chinese Communist Party", "the secretary of the party committee"). Xinhua and
# China News Service are the official English this checker holds pages to, not among them.
# EPA-EFE, the European photo agency, credits the pictures of papers that print the wires'
# copy in their own style ("Photo: EPA-EFE" in the Taipei Times).
_AGENCY = (
    r"(?:Reuters|AFP|AP|Bloomberg|Agence France-Presse|Associated Press|TASS|Kyodo|Yonhap"
    r"|EPA-EFE)"
)
# Rust regex (polars): case-sensitive, so "by ap" in running text is no byline. TASS
# writes its dateline between slashes: "MOSCOW, March 14. /TASS/.". A paper that runs the
# wires' copy may credit the agency after a bullet, alone on its line ("• Reuters", "• Kyodo"
# under a Japan Times headline).
WIRE_MARK = (
    rf"\({_AGENCY}\)|\. /TASS/\."
    rf"|(?:^|\n|\s)(?:[Bb]y|Photo:|Source:|[-–—•]) ?{_AGENCY}(?:\s*$|\s*\n|\s+[-–—|])"
    rf"|\b{_AGENCY} (?:journalists?|correspondents?|reporters?) (?:said|saw|reported)\b"
)


def wire_docs(ctx: Context) -> set[int]:
    """The documents that carry a news agency's dateline, byline or credit."""
    # Each distinct text once: a translation memory repeats its units.
    marked = filter_distinct(ctx.segments, "tgt", pl.col("tgt").str.contains(WIRE_MARK))
    return set(marked.get_column("doc").unique().to_list())


# "party" inside a sentence, with a capital and in lower case: official English (Xinhua,
# China Daily, the State Council) writes the Party with a capital, foreign newsrooms (Reuters,
# Bloomberg, the SCMP, the Taipei Times) in lower case ("the party constitution", "the
# party's top job", "provincial party chiefs").
CAPITAL_PARTY = r"[\p{Ll},;] (?:the |a |our |of |and )?Party\b"
LOWER_PARTY = r"[\p{Ll},;] (?:the |a |our |of |and )?party\b"
# The page coins "CCP" as its own short name for the Party: "the Chinese Communist Party
# (CCP)". Official English never uses the abbreviation, and a translator's slip does not
# define it: the page is written about the Party in its own voice.
_DEFINES_CCP = r"Chinese Communist Party['’]?s?\s*\(CCP\)"
# A page naming the Party by "CPC" ("the CPC Central Committee") is in official style, its
# lower-case "party" a slip, however often.
NAMES_CPC = r"(?:^|[^\p{L}])CPC(?:[^\p{L}]|$)"


def own_voice_docs(ctx: Context) -> set[int]:
    """The documents a foreign outlet writes about the Party in its own house style.

    A news agency's copy (`wire_docs`); a page that defines "CCP" as its short name for the
    Party; a page that never writes "CPC" and writes "party" for the Party in lower case at
    least twice and more often than with a capital ("the party constitution", "the party's
    charter"). There "the Chinese Communist Party" and "the CCP" are the outlet's style, not a
    translator's slip.
    """
    docs = wire_docs(ctx)
    # Each distinct text read once, its counts then summed per document.
    texts = with_distinct(
        ctx.segments,
        "tgt",
        defines=pl.col("tgt").str.contains(_DEFINES_CCP),
        cpc=pl.col("tgt").str.contains(NAMES_CPC),
        lower=pl.col("tgt").str.count_matches(LOWER_PARTY),
        upper=pl.col("tgt")
        .str.replace_all("Communist Party", "", literal=True)
        .str.count_matches(CAPITAL_PARTY),
    )
    counts = (
        texts.group_by("doc")
        .agg(
            pl.col("defines").any(),
            pl.col("cpc").any(),
            pl.col("lower").sum(),
            pl.col("upper").sum(),
        )
        .filter(
            pl.col("defines")
            | (~pl.col("cpc") & (pl.col("lower") >= 2) & (pl.col("lower") > pl.col("upper")))
        )
    )
    return docs | set(counts.get_column("doc").to_list())


# The source a story's headline credits, after a dash at the line's end: Reuters writes
# "China jails ex-official for graft -Xinhua" (its source, not its own site), and so do the
# papers that run its copy ("… - Xinhua", "… -- Reuters"). The space before the dash is the
# mark: a site's page title glues its name on ("…work goals-Xinhua") or adds its address
# ("… - Xinhua | English.news.cn").
_SOURCE = (
    r"(?:Xinhua|Reuters|AFP|AP|Bloomberg|Kyodo|Yonhap|TASS|CGTN|CCTV|China Daily|Global Times"
    r"|People['’]s Daily|China News Service|state media|state TV"
    # A blog or an aggregator reposting a paper's story keeps the paper's name on the title
    # line the same way ("A provincial shuffle shows the power of China's president -
    # Economist").
    r"|(?:The )?Economist|Financial Times|Nikkei Asia|South China Morning Post|SCMP"
    r"|Caixin(?: Global)?|Sixth Tone|The Diplomat|Foreign Policy)"
)
# The credit may say what the source did: "… to confer this week - TASS quotes Kremlin",
# "… - Xinhua says".
_CREDIT_VERB = r"(?: (?:says|said|reports|quotes [\p{Lu}][\p{L}'’]*(?: [\p{Lu}][\p{L}'’]*)?))?"
HEADLINE_CREDIT = regex.compile(rf"(?m)[ \t]+(?:--?|[–—])[ \t]*{_SOURCE}{_CREDIT_VERB}[ \t]*$")


def headline_credit(line: str) -> regex.Match[str] | None:
    """The credit to a news source that ends `line` after a spaced dash, or None."""
    return HEADLINE_CREDIT.search(line.rstrip("\r\n"))
