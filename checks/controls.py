"""Control characters: which ones an article must not carry, and how to show them harmlessly.

An article is shown on a terminal by the text report and the review UI. A raw `ESC ] 0;…BEL`
there sets the window title, `ESC [2J` clears the screen, and bidirectional overrides make
the text read differently from what it is ("Trojan Source"). So wherever article text (or a
file name) is shown to a person, these characters are written as escapes (`\\x1b`, `\\u202e`),
and rule U405 reports them in the article itself.
"""

from __future__ import annotations

import regex

# C0 controls except tab, line feed and carriage return (those are text); DEL; C1 controls;
# the bidirectional embeddings, overrides and isolates (U+202A-U+202E, U+2066-U+2069).
CONTROL_CLASS = r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]"
# The same class for polars (Rust regex), for a columnar prefilter.
CONTROL_CLASS_RUST = r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x{9f}\x{202a}-\x{202e}\x{2066}-\x{2069}]"
# What a report line must never carry raw: the above, plus the line breaks and tab, which
# would split or shift a one-line field.
_SHOWN_ESCAPED = regex.compile(r"[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
_NAMED = {"\t": "\\t", "\n": "\\n", "\r": "\\r"}


def _escape(match: regex.Match[str]) -> str:
    char = match.group()
    if char in _NAMED:
        return _NAMED[char]
    code = ord(char)
    return f"\\x{code:02x}" if code <= 0xFF else f"\\u{code:04x}"


def visible(text: str) -> str:
    """`text` with every control character written as an escape, safe to print."""
    if text.isprintable():  # fast path: every character escaped here is unprintable
        return text
    return _SHOWN_ESCAPED.sub(_escape, text)


# What json.dumps(ensure_ascii=False) leaves raw: DEL, C1 and the bidirectional marks.
_JSON_RAW = regex.compile(r"[\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def json_safe(serialized: str) -> str:
    """JSON text with the control characters the encoder leaves raw written as `\\uXXXX`.

    They can only stand inside JSON strings, where the escape means the same character: the
    data is unchanged for a parser, and a terminal showing the file sees no control codes.
    """
    return _JSON_RAW.sub(lambda m: f"\\u{ord(m.group()):04x}", serialized)


def has_controls(text: str) -> bool:
    """Whether `visible` would change `text`."""
    return _SHOWN_ESCAPED.search(text) is not None
