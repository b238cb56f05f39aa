"""Inline suppressions: lines in an article that tell tifa to leave the next line or a block alone.

A translator who has checked a flagged phrase and means it (a quoted slogan in a source's own
wording, a name spelt as the person spells it) marks it in the article itself, so that every
colleague and every CI run agrees:

    <!-- tifa: ignore T101 -->              (Markdown: an HTML comment)
    [tifa: ignore T101, P307]               (plain text: a line of its own, in brackets)

`ignore` covers the next non-blank line; `ignore-start` … `ignore-end` covers the lines between.
Codes are rule codes or prefixes, separated by commas or spaces; none means every rule. The
directive lines themselves are never checked. A directive that hides nothing is reported
(S701), so stale ones do not pile up.
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

# A whole line: `<!-- tifa: … -->` or `[tifa: …]`, white space allowed around it.
_DIRECTIVE = regex.compile(
    r"^[ \t]*(?:<!--[ \t]*tifa:[ \t]*(?P<a>[^\n]*?)[ \t]*-->|\[tifa:[ \t]*(?P<b>[^\]\n]*?)[ \t]*\])"
    r"[ \t]*\r?$",
    regex.MULTILINE,
)
_CODE = regex.compile(r"[A-Z]+[0-9]*")


@dataclass(frozen=True)
class Directive:
    """One suppression: where it is written, the text it covers, and which codes."""

    start: int  # the directive line, offsets in the document text
    end: int
    scope_start: int  # the text it covers
    scope_end: int
    codes: tuple[str, ...]  # codes or prefixes; () = every rule
    problem: str = ""  # why it is malformed (then it covers nothing)


def _parse(body: str) -> tuple[str, tuple[str, ...], str]:
    """(verb, codes, problem) of a directive's body `ignore T101, P3`."""
    verb, _, rest = body.strip().partition(" ")
    words = [w for w in regex.split(r"[,\s]+", rest.strip()) if w]
    bad = [w for w in words if not _CODE.fullmatch(w)]
    if verb not in ("ignore", "ignore-start", "ignore-end"):
        return verb, (), f"unknown tifa directive {verb!r}; use ignore, ignore-start or ignore-end"
    if bad:
        return verb, (), f"not a rule code: {', '.join(bad)}"
    return verb, tuple(words), ""


def directives(text: str) -> list[Directive]:
    """Every suppression directive in a document, in order."""
    out: list[Directive] = []
    if "tifa:" not in text:
        return out  # every directive holds it: a big file without one is not scanned line by line
    open_block: tuple[int, int, tuple[str, ...]] | None = None
    for m in _DIRECTIVE.finditer(text):
        verb, codes, problem = _parse(m.group("a") if m.group("a") is not None else m.group("b"))
        line_end = m.end()
        if problem:
            out.append(Directive(m.start(), line_end, line_end, line_end, (), problem))
        elif verb == "ignore":
            scope_start, scope_end = _next_line(text, line_end)
            out.append(Directive(m.start(), line_end, scope_start, scope_end, codes))
        elif verb == "ignore-start":
            if open_block is not None:
                s, e, c = open_block
                out.append(Directive(s, e, e, e, c, "ignore-start inside another; close it first"))
            open_block = (m.start(), line_end, codes)
        else:
            if open_block is None:
                out.append(
                    Directive(
                        m.start(),
                        line_end,
                        line_end,
                        line_end,
                        (),
                        "ignore-end without ignore-start",
                    )
                )
                continue
            s, e, c = open_block
            out.append(Directive(s, e, e, m.start(), c))
            open_block = None
    if open_block is not None:
        s, e, c = open_block
        out.append(Directive(s, e, e, len(text), c, "ignore-start without ignore-end"))
    return sorted(out, key=lambda d: d.start)


def _next_line(text: str, position: int) -> tuple[int, int]:
    """Offsets of the next non-blank line after `position` (end of text if there is none)."""
    i = position
    while i < len(text):
        end = text.find("\n", i)
        end = len(text) if end < 0 else end
        if text[i:end].strip():
            return i, end
        i = end + 1
    return len(text), len(text)
