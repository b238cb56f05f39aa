"""Per-term `pattern` cells: compiled with the `regex` module, bounded, and guarded by timeouts."""

from __future__ import annotations

import regex

# A pattern must finish on these within the budget, or it can run away on real text.
_ADVERSARIAL = (
    "a" * 3000 + "!",
    "aa " * 1500 + "!",
    " " * 3000 + "!",
    "-" * 3000 + "x",
    "the " * 1000 + "Party Committee!",
)
CHECK_TIMEOUT = 0.25  # seconds per adversarial input, at validation
MATCH_TIMEOUT = 1.0  # seconds per segment, at match time
FLAGS = regex.IGNORECASE | regex.VERSION1


def compile_pattern(text: str) -> regex.Pattern[str]:
    """Compile a glossary pattern, case-insensitive, bounded on word edges like literal forms."""
    return regex.compile(rf"(?<![\p{{L}}\p{{N}}])(?:{text})(?![\p{{L}}\p{{N}}])", FLAGS)


def pattern_problem(text: str) -> str | None:
    """Why this pattern cannot be used, or None if it is fine."""
    try:
        compiled = compile_pattern(text)
    except regex.error as error:
        return f"pattern does not compile: {error}"
    for sample in ("", " ", "a"):
        if compiled.fullmatch(sample):
            return "pattern matches empty or one-letter text, so it would match everywhere"
    for sample in _ADVERSARIAL:
        try:
            compiled.search(sample, timeout=CHECK_TIMEOUT)
        except TimeoutError:
            return "pattern can run away (catastrophic backtracking); simplify its repetitions"
    return None
