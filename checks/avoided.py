"""The glossary's own `avoid` forms as one pattern, for rules that leave them to T101."""

from __future__ import annotations

import regex

from tifa.checks.context import Context

# A hyphen in an avoid form, matched as T101 matches it: a hyphen, a space or nothing.
_LOOSE_HYPHEN = r"[-\u2010\u2011 \u00a0]?"


def avoid_pattern(ctx: Context, min_words: int = 3) -> regex.Pattern[str] | None:
    """The glossary's `avoid` forms of `min_words` words or more (three unless told): where
    one matches, T101 already reports the text, and a rule that would report the same words
    keeps quiet. A hyphen inside a form matches a hyphen, a space or nothing, as in T101."""
    forms = sorted(
        {a for term in ctx.glossary.active() for a in term.avoid if len(a.split()) >= min_words},
        key=lambda a: (-len(a), a),
    )
    if not forms:
        return None
    parts = [
        r"[ \u00a0]+".join("".join(_char(c) for c in word) for word in form.split())
        for form in forms
    ]
    return regex.compile(r"(?i)(?:" + "|".join(parts) + ")")


def _char(c: str) -> str:
    """One character of an avoid form as a pattern: either apostrophe, a loose hyphen."""
    if c in "'’":
        return "['’]"
    return _LOOSE_HYPHEN if c == "-" else regex.escape(c)


def overlaps(pattern: regex.Pattern[str] | None, text: str, start: int, end: int) -> bool:
    """Whether a match of `pattern` in `text` overlaps the span start–end."""
    if pattern is None:
        return False
    return any(a.start() < end and start < a.end() for a in pattern.finditer(text))
