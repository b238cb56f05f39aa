"""U405 control-character."""

from __future__ import annotations

import polars as pl
import regex

from tifa.checks.context import Context
from tifa.checks.controls import CONTROL_CLASS, CONTROL_CLASS_RUST, visible
from tifa.checks.registry import rule
from tifa.checks.rule import Fix, Severity, add_row, new_rows, output
from tifa.checks.scan import candidate_rows

# A whole terminal escape sequence is one finding: CSI (`ESC [ 2 J`), OSC up to its BEL or
# ST (`ESC ] 0;title BEL`), or a two-character escape; any other control character alone.
# The classes are disjoint and OSC's body cannot contain ESC, so matching stays linear.
_PATTERN = regex.compile(
    r"\x1b\[[0-?]*[ -/]*[@-~]"
    r"|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)"
    r"|\x1b[@-Z\\-_]"
    rf"|{CONTROL_CLASS}"
)
# Controls that stand between words as a kind of space or break (vertical tab, form feed,
# the information separators, NEL): deleting one would glue the words together.
_SEPARATORS = frozenset("\x0b\x0c\x1c\x1d\x1e\x1f\x85")


@rule("U405", "control-character", Severity.ERROR, Fix.UNSAFE)
def control_character(ctx: Context) -> pl.DataFrame:
    r"""A control character or terminal escape sequence in the article text.

    ## What it does
    Finds C0 and C1 control characters other than tab, line feed and carriage return, DEL,
    and the bidirectional embedding, override and isolate marks (U+202A-U+202E,
    U+2066-U+2069). A terminal escape sequence (`ESC [2J`, `ESC ] 0;title BEL`) is reported
    as one finding. Every line is searched, fenced code blocks included.

    ## Why is this bad?
    They are invisible in an editor yet act when the text is shown: an escape sequence can
    clear a reader's terminal or set its title, a bidirectional override makes text display
    in a different order from the one that is searched and indexed. In a translation they
    are debris from copy and paste or from a conversion tool, never content.

    ## Example
    ```text
    The two pre-zones\x1b[2J will be built by 2025.
    ```

    ## Use instead
    ```text
    The two pre-zones will be built by 2025.
    ```

    ## Fix safety
    Unsafe, offered in the review UI only: the suggestion deletes the whole sequence
    (deleting only the ESC would leave `[2J` behind as text), or puts a space for a
    vertical tab, form feed or separator that stands between two words. Only a person can
    tell whether a deleted override was hiding reordered text.
    """
    rows = new_rows()
    for doc, base, text in candidate_rows(ctx.corpus.lines, "text", CONTROL_CLASS_RUST):
        for m in _PATTERN.finditer(text):
            found = m.group()
            before = text[m.start() - 1] if m.start() else " "
            after = text[m.end()] if m.end() < len(text) else " "
            between_words = not before.isspace() and not after.isspace()
            replacement = " " if found in _SEPARATORS and between_words else ""
            what = "escape sequence" if len(found) > 1 else f"control character U+{ord(found):04X}"
            add_row(
                rows,
                doc,
                base + m.start(),
                base + m.end(),
                f"{what} {visible(found)} in the text",
                replacement,
            )
    return output(rows)
