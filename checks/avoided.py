"""The glossary's own `avoid` forms as one pattern, for rules that leave them to T101."""

from __future__ import annotations

import regex

from tifa.checks.context import Context


def avoid_pattern(ctx: Context) -> regex.Pattern[str] | None:
    """The glossary's `avoid` forms of three words or more: where one matches, T101 already
    reports the text, and a rule that would report the same words keeps quiet."""
    forms = sorted(
        {a for term in ctx.glossary.active() for a in term.avoid if len(a.split()) >= 3},
        key=lambda a: (-len(a), a),
    )
    if not forms:
        return None
    parts = [
        r"[ \u00a0]+".join(
            "".join("['’]" if c in "'’" else regex.escape(c) for c in word) for word in form.split()
        )
        for form in forms
    ]
    return regex.compile(r"(?i)(?:" + "|".join(parts) + ")")


def overlaps(pattern: regex.Pattern[str] | None, text: str, start: int, end: int) -> bool:
    """Whether a match of `pattern` in `text` overlaps the span start–end."""
    if pattern is None:
        return False
    return any(a.start() < end and start < a.end() for a in pattern.finditer(text))
