"""Per-term `pattern` cells: compiled with the `regex` module, bounded, and guarded by timeouts."""

from __future__ import annotations

import time
from functools import cache

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


@cache
def compiled_pattern(text: str) -> regex.Pattern[str]:
    """`compile_pattern(text)`, compiled once per process (a glossary term's, on first use)."""
    return compile_pattern(text)


def compile_pattern(text: str) -> regex.Pattern[str]:
    """Compile a glossary pattern, case-insensitive, bounded on word edges like literal forms."""
    return regex.compile(bounded(text), FLAGS)


def bounded(text: str) -> str:
    """A glossary pattern bounded on word edges, as `compile_pattern` compiles it."""
    return rf"(?<![\p{{L}}\p{{N}}])(?:{text})(?![\p{{L}}\p{{N}}])"


# Escapes that stand for a class, not a character: probed with a member of the class.
_CLASS_ESCAPES = {"d": "1", "w": "a", "s": " ", "p": "a", "b": "", "B": ""}
_PROBE_LENGTH = 6000
_RUNAWAY = "pattern can run away (catastrophic backtracking); simplify its repetitions"
_MAX_PROBED_CHARACTERS = 40  # a long pattern's literal characters; each probe is cheap


def _probe_characters(text: str) -> list[str]:
    """The characters a pattern can match one after another, in order of first use: its
    literal letters, digits and punctuation, and a member of each class escape."""
    found: list[str] = []
    i = 0
    while i < len(text) and len(found) < _MAX_PROBED_CHARACTERS:
        char = text[i]
        if char == "\\" and i + 1 < len(text):
            escaped = text[i + 1]
            char = _CLASS_ESCAPES.get(escaped, escaped if not escaped.isalnum() else "")
            i += 1
        elif char in "()[]{}|*+?^$.":
            char = ""
        if char and char not in found:
            found.append(char)
        i += 1
    return found


def adversarial_probes(text: str) -> list[str]:
    """Texts on which a pattern that can run away does so: a long run of each character it
    can match, then one it does not expect (`(x+x+)+y` on `xxx…x!`). The fixed probes cover
    common shapes (runs of words and spaces); these cover the pattern's own characters."""
    chars = _probe_characters(text)
    # The `regex` module skips a search at once when a character the pattern requires is
    # absent, so every probe ends with all of them, after the mark that makes it fail.
    tail = "!" + "".join(chars)
    probes = list(_ADVERSARIAL)
    probes.extend(char * _PROBE_LENGTH + tail for char in chars)
    return probes


def pattern_problem(text: str, probe: bool = True) -> str | None:
    """Why this pattern cannot be used, or None if it is fine. `probe=False` leaves out
    the search for runaway backtracking (for the bundled glossary, which the tests probe)."""
    try:
        compiled = compile_pattern(text)
    except regex.error as error:
        return f"pattern does not compile: {error}"
    for sample in ("", " ", "a"):
        if compiled.fullmatch(sample):
            return "pattern matches empty or one-letter text, so it would match everywhere"
    for sample in adversarial_probes(text) if probe else ():
        if _runs_away(compiled, sample):
            return _RUNAWAY
    return None


def _runs_away(compiled: regex.Pattern[str], sample: str) -> bool:
    """Whether searching `sample` takes more than CHECK_TIMEOUT seconds of CPU time."""
    try:
        compiled.search(sample, timeout=CHECK_TIMEOUT)
        return False
    except TimeoutError:
        pass
    # The module's timeout is wall-clock time: on a busy machine, or while another thread
    # (the review UI's) holds the interpreter, a 2 ms search can overrun it. So a timeout is
    # confirmed by the CPU time this thread spends on a second try.
    started = time.thread_time()
    try:
        compiled.search(sample, timeout=CHECK_TIMEOUT * 10)
    except TimeoutError:
        return True
    return time.thread_time() - started > CHECK_TIMEOUT
