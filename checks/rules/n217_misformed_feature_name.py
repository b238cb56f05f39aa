"""N217 misformed-feature-name."""

from __future__ import annotations

import polars as pl
import regex

from tifa.checks.context import Context
from tifa.checks.registry import rule
from tifa.checks.rule import Fix, Severity, add_row, new_rows, output
from tifa.checks.scan import prose_matches
from tifa.glossary.frequency import zipf
from tifa.glossary.names import split_syllables

_S = r"[ \u00a0]+"
_END = r"(?![\p{L}\p{N}'’-])"
# "Mountain Qingcheng": the word before a mountain's pinyin name is "Mount".
# "Mount Emei Mountain", "Lushan Mountain Mountain": the feature named twice.
# "the Korea Peninsula", "the Korea War": a fixed name that takes the adjective.
# "the Liaoning Peninsula": the peninsula of Liaoning is the Liaodong Peninsula.
_PATTERN = regex.compile(
    rf"(?<![\p{{L}}\p{{N}}'’-])(?:"
    rf"(?P<mountain>Mountain){_S}(?P<name>\p{{Lu}}\p{{Ll}}+){_END}"
    rf"|(?P<twice>Mount{_S}\p{{Lu}}\p{{Ll}}+{_S}Mountain|\p{{Lu}}\p{{Ll}}+{_S}Mountain{_S}Mountain)"
    rf"{_END}"
    rf"|(?P<korea>Korea){_S}(?P<korea_noun>Peninsula|War){_END}"
    rf"|(?P<liaoning>Liaoning){_S}Peninsula{_END}"
    rf")"
)
_PREFILTER = r"Mountain[ \u00a0]+\p{Lu}|Mount[ \u00a0]|Korea[ \u00a0]+(?:Peninsula|War)\b|Liaoning[ \u00a0]+Peninsula"
# A pinyin name just before "Mountain": the mountain is named before it ("Changbai
# Mountain"), and the pinyin word after it begins another name.
_NAME_BEFORE = regex.compile(r"(?<![\p{L}\p{N}'’-])(\p{Lu}\p{Ll}+)[ \u00a0]+$")
# A pinyin word English uses often is read as English ("Mountain Bike", "Mountain Song").
_COMMON = 4.0


def _finding(m: regex.Match[str]) -> tuple[str, int, int, str] | None:
    """(message, start, end, replacement) for a match, or None when it is no slip."""
    if m.group("mountain"):
        name = m.group("name")
        if split_syllables(name) is None or zipf(name.lower()) >= _COMMON:
            return None
        before = _NAME_BEFORE.search(m.string, 0, m.start("mountain"))
        if before and split_syllables(before.group(1).lower()) is not None:
            return None  # "Changbai Mountain Jingyu springs": the feature ends the name before it
        return (
            f"“Mountain {name}”: a mountain's pinyin name takes “Mount” before it",
            m.start("mountain"),
            m.end("mountain"),
            "Mount",
        )
    if m.group("twice"):
        words = m.group("twice").split()
        fixed = f"Mount {words[1]}" if words[0] == "Mount" else f"{words[0]} Mountain"
        return (
            f"“{' '.join(words)}” names the mountain twice: write “{fixed}”",
            m.start("twice"),
            m.end("twice"),
            fixed,
        )
    if m.group("korea"):
        noun = m.group("korea_noun")
        return (
            f"“Korea {noun}”: the name is “the Korean {noun}”",
            m.start("korea"),
            m.end("korea"),
            "Korean",
        )
    return (
        "“Liaoning Peninsula”: the peninsula of Liaoning is the Liaodong Peninsula",
        m.start("liaoning"),
        m.end("liaoning"),
        "Liaodong",
    )


@rule("N217", "misformed-feature-name", Severity.WARNING, Fix.UNSAFE)
def misformed_feature_name(ctx: Context) -> pl.DataFrame:
    """A geographical name in a form English does not use ("Mountain Qingcheng", "Korea Peninsula").

    ## What it does
    Finds "Mountain" before a mountain's pinyin name ("Mountain Qingcheng", "Mountain Emei":
    a pinyin word that English rarely writes, so "Mountain Bike" is left alone); a mountain
    named twice ("Mount Emei Mountain", "Lushan Mountain Mountain"); "Korea Peninsula" and
    "Korea War" for the Korean Peninsula and the Korean War; and "Liaoning Peninsula" for
    the Liaodong Peninsula. "Mountain" after a pinyin name ends that name ("Changbai
    Mountain Jingyu Springs"): the pinyin word after it is left alone.

    ## Why is this bad?
    English names a mountain "Mount Qingcheng" or "Qingcheng Mountain", never "Mountain
    Qingcheng"; the fixed names of the peninsula and the war take the adjective "Korean".
    Each slip is the mark of a word-for-word translation, and a reader notices it at once.

    ## Example
    ```text
    Visitors climbed Mountain Wutai and looked out towards the Korea Peninsula.
    ```

    ## Use instead
    ```text
    Visitors climbed Mount Wutai and looked out towards the Korean Peninsula.
    ```

    ## Fix safety
    Unsafe: the usual form is suggested; a proper name of a firm or a work may keep its own.
    """
    rows = new_rows()
    for doc, base, _text, m in prose_matches(ctx.segments, "tgt", _PREFILTER, _PATTERN):
        found = _finding(m)
        if found is None:
            continue
        message, start, end, fixed = found
        add_row(rows, doc, base + start, base + end, message, fixed)
    return output(rows)
