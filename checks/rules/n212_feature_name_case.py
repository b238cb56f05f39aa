"""N212 feature-name-case."""

from __future__ import annotations

import polars as pl
import regex

from tifa.checks.context import Context
from tifa.checks.registry import rule
from tifa.checks.rule import Fix, Severity, add_row, new_rows, output
from tifa.checks.scan import prose_matches
from tifa.glossary.frequency import zipf
from tifa.glossary.gazetteer import is_place, levels
from tifa.glossary.names import split_syllables

# The words of natural features that are part of the feature's name in English ("Lijiang
# River", "Baiyangdian Lake", "Hetao Plain"). Administrative words (county, district,
# village) are left out: China Daily writes them in lower case after the name by house
# style ("Wencheng county"). So are "grassland" and "wetland", which it writes small too.
_FEATURES = r"river|lake|mountains?|plain|plateau|basin|gorges?|peninsula"
# "Qinghai-Tibet plateau", "Yunnan-Guizhou plateau": a feature named by the two places it
# spans takes its first part before a hyphen.
_PATTERN = regex.compile(
    r"(?<![\p{L}\p{N}'’-])(?P<name>(?P<first>\p{Lu}\p{Ll}+-)?\p{Lu}\p{Ll}+)[ \u00a0]"
    rf"(?P<feature>{_FEATURES})(?![\p{{L}}\p{{N}}'’-])(?P<next>[ \u00a0]\p{{Ll}}+)?"
)
_PREFILTER = rf"\p{{Lu}}\p{{Ll}}+ (?:{_FEATURES})\b"
# Rivers known in English by a name that is not pinyin: "the Yangtze River".
_CONVENTIONAL = frozenset(["Yangtze"])
# A feature word that describes what follows is not a name: "a Guizhou mountain village",
# "the Qilian mountain range" (China Daily's lower case).
_MODIFIED = frozenset(
    ["village", "villages", "area", "areas", "region", "regions", "town", "towns", "city",
     "road", "roads", "resort", "scenery", "tourism", "trail", "trails", "county", "people",
     "range", "ranges", "chain", "system", "delta", "valley", "basin", "bank", "banks",
     "source", "water", "waters", "cruise", "cruises", "scenic", "forest", "reserve", "park",
     "dam", "bridge", "port", "belt", "economic", "ecological", "irrigation", "section"]
)  # fmt: skip
# Provinces name regions that have mountains and plains: "the Hebei plain" may describe.
_REGIONS = frozenset(["province", "autonomous region", "municipality"])
# A name rarer than this in English is no English word ("Baiyangdian" 0, "Canyon" 3+).
_RARE_IN_ENGLISH = 3.0


def _place_or_people(part: str) -> bool:
    """A place the gazetteer knows, or its people's adjective ("Tibetan" for Tibet)."""
    return is_place(part) or (part.endswith("an") and is_place(part[:-2]))


def _named_feature(name: str, feature: str, following: str) -> bool:
    """Whether `name` and `feature` make a proper name: a peninsula named after a place,
    even a province ("the Shandong Peninsula", whatever follows it), a conventional river
    name ("the Yangtze River"), a feature spanning two places ("the Qinghai-Tibet Plateau")
    or a pinyin name before a feature word that describes nothing after it."""
    if feature.lower() == "peninsula":
        return is_place(name) or _pinyin_name(name, regions=True)
    if name in _CONVENTIONAL:
        return feature.lower() == "river"
    if following in _MODIFIED:
        return False
    if "-" in name:
        return all(_place_or_people(part) for part in name.split("-"))
    return _pinyin_name(name)


def _pinyin_name(name: str, *, regions: bool = False) -> bool:
    """A name of two or more pinyin syllables that is no English word and no province."""
    syllables = split_syllables(name)
    if syllables is None or len(syllables) < 2 or zipf(name) >= _RARE_IN_ENGLISH:
        return False
    return regions or not any(level in _REGIONS for level in levels().get(name, ()))


@rule("N212", "feature-name-case", Severity.WARNING, Fix.UNSAFE)
def feature_name_case(ctx: Context) -> pl.DataFrame:
    """The name of a river, lake, mountain or plain with its feature word in lower case.

    ## What it does
    Finds a pinyin name of two syllables or more followed by "river", "lake", "mountain(s)",
    "plain", "plateau", "basin" or "gorge(s)" in lower case ("Lijiang river", "Hetao
    plain"), a feature named after the two places it spans ("Qinghai-Tibet plateau"),
    "Yangtze river", and a peninsula named after a place, a province too, whatever follows
    ("the Shandong peninsula city cluster"). Left alone: administrative words ("Wencheng county", China Daily's house
    style), a feature word describing what follows ("a Guizhou mountain village"), provinces
    ("the Hebei plain" may describe a region), and names that are English words.

    ## Why is this bad?
    The feature word is part of the name in English: "the Lijiang River", "Baiyangdian
    Lake". In lower case the name looks unfinished, and a page that writes it both ways
    reads as two places.

    ## Example
    ```text
    Boats carry visitors down the Lijiang river past karst peaks.
    ```

    ## Use instead
    ```text
    Boats carry visitors down the Lijiang River past karst peaks.
    ```

    ## Fix safety
    Unsafe: the capital is suggested; a writer may use the word descriptively.
    """
    rows = new_rows()
    for doc, base, _text, m in prose_matches(ctx.segments, "tgt", _PREFILTER, _PATTERN):
        following = (m.group("next") or "").strip()
        feature = m.group("feature")
        if not _named_feature(m.group("name"), feature, following):
            continue
        # "Qinghai-Tibetan plateau": the feature is named after the place, not its people.
        name = "-".join(
            part[:-2] if not is_place(part) and _place_or_people(part) else part
            for part in m.group("name").split("-")
        )
        proper = f"{name} {feature.capitalize()}"
        message = f"“{feature}” is part of the name “{proper}”: capitalise it"
        add_row(rows, doc, base + m.start(), base + m.end("feature"), message, proper)
    return output(rows)
