"""T123 prefecture-called-region."""

from __future__ import annotations

import polars as pl
import regex

from tifa.checks.congress import EDGE_L, S
from tifa.checks.context import Context
from tifa.checks.registry import rule
from tifa.checks.rule import Fix, Severity, add_row, new_rows, output
from tifa.checks.scan import prose_matches

# The names of China's ethnic minorities as place names carry them ("Honghe Hani and Yi",
# "Yanbian Korean", "Xishuangbanna Dai"), with the usual variant spellings.
_ETHNIC = (
    r"Achang|Bai|Blang|Bonan|Bouyei|Buyei|Buyi|Dai|Daur|De'?ang|Derung|Dong|Dongxiang|Ewenki"
    r"|Gelao|Gin|Hani|Hezhen|Hui|Jing|Jingpo|Jino|Kazak[h]?|Kirgiz|Korean|Lahu|Lhoba|Li|Lisu"
    r"|Maonan|Miao|Monba|Mongol(?:ian)?|Mulao|Naxi|Nu|Oroqen|Pumi|Qiang|Russian|Salar|She"
    r"|Shui|Tajik|Tatar|Tibetan|Tu|Tujia|Uygur|Uyghur|Uzbek|Va|Wa|Xibe|Yao|Yi|Yugur|Zhuang"
)
_PEOPLES = rf"(?:{_ETHNIC})(?:(?:,{S}|{S}and{S})(?:{_ETHNIC}))*"
# The short names of the autonomous prefectures (自治州), whose 州 a word-for-word rendering
# calls a "state" ("Yanbian state"). Hainan (a province), Ili (a river) and Dali (the medieval
# "Dali state") are left out.
_PREFECTURES = (
    r"Yanbian|Enshi|Xiangxi|Aba|Ngawa|Garze|Ganzi|Liangshan|Qiandongnan|Qiannan|Qianxinan"
    r"|Chuxiong|Honghe|Wenshan|Xishuangbanna|Dehong|Nujiang|Diqing|Linxia|Gannan"
    r"|Haibei|Huangnan|Golog|Guoluo|Yushu|Haixi|Changji|Bortala|Bayingolin|Kizilsu"
)
_PATTERN = regex.compile(
    rf"{EDGE_L}(?P<place>\p{{Lu}}\p{{Ll}}+){S}(?P<peoples>{_PEOPLES}){S}"
    rf"(?P<kind>(?i:autonomous{S}region))(?![\p{{L}}\p{{N}}'’-])"
    rf"|{EDGE_L}(?:{_PREFECTURES})(?:{S}{_PEOPLES})?{S}(?P<state>[Ss]tate)(?![\p{{L}}\p{{N}}'’-])"
)
_PREFILTER = r"(?i)autonomous[ \u00a0]+region|[ \u00a0]state\b"
# The five autonomous regions, each named after one people: Guangxi Zhuang, Ningxia Hui,
# Xinjiang Uygur (Uyghur); Inner Mongolia and Tibet (Xizang) carry no people's name.
_REGIONS = frozenset(["Guangxi", "Ningxia", "Xinjiang"])


@rule("T123", "prefecture-called-region", Severity.WARNING, Fix.UNSAFE)
def prefecture_called_region(ctx: Context) -> pl.DataFrame:
    """An autonomous prefecture or county called an "autonomous region" (or a "state").

    ## What it does
    Finds "<place> <people> Autonomous Region" ("Honghe Hani and Yi autonomous region",
    "Yanbian Korean Autonomous Region") where the place is not one of the three
    autonomous regions named after a people (Guangxi Zhuang, Ningxia Hui, Xinjiang
    Uygur), and every such name with two or more peoples: no autonomous region carries
    two. "The Guangxi Zhuang Autonomous Region" and "the Honghe Hani and Yi Autonomous
    Prefecture" are left alone. Also finds an autonomous prefecture's short name followed by
    “state” (“Yanbian state”, “Liangshan Yi State”): 州 rendered word for word.

    ## Why is this bad?
    China has five autonomous regions, at provincial level; the 30 autonomous
    prefectures (自治州) and the autonomous counties (自治县) are lower levels. Calling
    a prefecture a region raises it to a province's rank and misnames the place.

    ## Example
    ```text
    The terraces of Honghe Hani and Yi Autonomous Region draw tourists all year.
    ```

    ## Use instead
    ```text
    The terraces of Honghe Hani and Yi Autonomous Prefecture draw tourists all year.
    ```

    ## Fix safety
    Unsafe: a place may be a prefecture (自治州) or a county (自治县); the source decides.
    """
    rows = new_rows()
    for doc, base, _text, m in prose_matches(ctx.segments, "tgt", _PREFILTER, _PATTERN):
        if m.group("state"):
            state = m.group("state")
            fixed = "Autonomous Prefecture" if state[0].isupper() else "autonomous prefecture"
            message = f"“{m.group()}”: 自治州 is an autonomous prefecture, not a “state”"
            add_row(rows, doc, base + m.start("state"), base + m.end("state"), message, fixed)
            continue
        if m.group("place") in _REGIONS:
            continue
        kind = m.group("kind")
        fixed = "Autonomous Prefecture" if kind[0].isupper() else "autonomous prefecture"
        add_row(
            rows,
            doc,
            base + m.start("kind"),
            base + m.end("kind"),
            f"“{m.group()}” is no autonomous region (China has five): an autonomous "
            "prefecture or county",
            fixed,
        )
    return output(rows)
