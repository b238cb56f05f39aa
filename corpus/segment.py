"""Split a document's text into paragraphs and sentences, as character spans.

Spans are offsets into the document text; nothing is copied or normalised, so a finding's
offsets are offsets in the file. Plain text and Markdown differ only in how paragraphs are
found; sentences are split the same way in both.
"""

from __future__ import annotations

import regex

Span = tuple[int, int]

_LINE = regex.compile(r"[^\r\n]*(?:\r\n|\r|\n|$)")
_TERMINAL = regex.compile(r"[.!?:;\"”’)\]。！？：；」』]\s*$")
# Words whose period does not end a sentence: titles, months, Latin, initials handled apart.
_ABBREVIATIONS = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "dr",
        "prof",
        "gen",
        "col",
        "lt",
        "sgt",
        "st",
        "jr",
        "sr",
        "co",
        "corp",
        "inc",
        "ltd",
        "no",
        "nos",
        "vs",
        "etc",
        "al",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "e.g",
        "i.e",
        "approx",
        "dept",
        "est",
        "fig",
        "vol",
        "pp",
        "p",
        "op",
        "cf",
        "ca",
        "u.s",
        "u.k",
        "u.n",
        "p.m",
        "a.m",
    ]
)
_SENTENCE_END = regex.compile(
    r"""(?<=[.!?。！？])[\"”’)\]]*(?=\s+[\"“‘(\[]?[\p{Lu}\p{N}\p{Han}])|(?<=[。！？])(?=\S)""",
)
_WORD_BEFORE = regex.compile(r"([\p{L}.]+)\.$")
_MD_FENCE = regex.compile(r"^ {0,3}(`{3,}|~{3,})")
_MD_BLOCK_MARKER = regex.compile(r"^ {0,3}(?:#{1,6}[ \t]+|>[ \t]?|[-*+][ \t]+|\d{1,9}[.)][ \t]+)")
_MD_RULE = regex.compile(r"^ {0,3}(?:(?:[-*_][ \t]*){3,}|=+[ \t]*|-+[ \t]*)$")
_MD_TABLE_SEPARATOR = regex.compile(r"^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$")


def _lines(text: str) -> list[tuple[int, int, int]]:
    """(start, end-of-content, end-including-break) for each physical line."""
    out = []
    for m in _LINE.finditer(text):
        if m.start() == len(text) and m.end() == m.start():
            break
        content = m.group().rstrip("\r\n")
        out.append((m.start(), m.start() + len(content), m.end()))
    return out


def _trim(text: str, start: int, end: int) -> Span | None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return (start, end) if start < end else None


def text_paragraphs(text: str) -> list[Span]:
    """Paragraphs of a plain-text article.

    Each non-blank line is a paragraph (web articles put one paragraph on a line), except
    that a line without closing punctuation followed by a line starting in lower case is
    joined to it: that is a hard-wrapped paragraph.
    """
    spans: list[Span] = []
    current: Span | None = None
    for start, end, _ in _lines(text):
        line = text[start:end]
        if not line.strip():
            if current:
                spans.append(current)
            current = None
            continue
        stripped = line.lstrip()
        if (
            current
            and not _TERMINAL.search(text[current[0] : current[1]])
            and stripped[:1].islower()
        ):
            current = (current[0], end)
            continue
        if current:
            spans.append(current)
        current = (start, end)
    if current:
        spans.append(current)
    return [s for s in (_trim(text, a, b) for a, b in spans) if s]


def markdown_paragraphs(text: str) -> list[Span]:
    """Paragraphs of a Markdown article: prose blocks, headings, list items and table rows.

    Code (fenced or indented), front matter, HTML blocks and thematic breaks are not prose and
    are left out; block markers (`#`, `>`, `-`, `1.`) are left outside the span.
    """
    lines = _lines(text)
    spans: list[Span] = []
    current: Span | None = None
    fence: str | None = None
    i = 0
    if lines and text[lines[0][0] : lines[0][1]].strip() == "---":
        # YAML front matter: skip to the closing fence.
        for j in range(1, len(lines)):
            if text[lines[j][0] : lines[j][1]].strip() in {"---", "..."}:
                i = j + 1
                break

    def close() -> None:
        nonlocal current
        if current:
            spans.append(current)
        current = None

    previous_blank = True
    for start, end, _ in lines[i:]:
        line = text[start:end]
        if fence is not None:
            if line.lstrip().startswith(fence):
                fence = None
            continue
        fence_match = _MD_FENCE.match(line)
        if fence_match:
            close()
            fence = fence_match.group(1)[:3]
            continue
        if not line.strip():
            close()
            previous_blank = True
            continue
        if previous_blank and (line.startswith(("    ", "\t")) or line.lstrip().startswith("<")):
            close()  # indented code or an HTML block
            continue
        if _MD_RULE.match(line) or _MD_TABLE_SEPARATOR.match(line):
            close()
            previous_blank = False
            continue
        marker = _MD_BLOCK_MARKER.match(line)
        is_table = line.lstrip().startswith("|")
        heading = line.lstrip().startswith("#")
        if marker or is_table or heading:
            close()
            content_start = start + (marker.end() if marker else 0)
            current = (content_start, end)
            if heading or is_table:
                close()
        elif current is None:
            current = (start, end)
        else:
            current = (current[0], end)
        previous_blank = False
    close()
    return [s for s in (_trim(text, a, b) for a, b in spans) if s]


def sentences(text: str, start: int, end: int) -> list[Span]:
    """Sentence spans inside the paragraph `text[start:end]`."""
    spans: list[Span] = []
    begin = start
    for m in _SENTENCE_END.finditer(text, start, end):
        cut = m.end()
        stop = m.start()
        # Only the last few characters matter; searching the whole sentence would be quadratic.
        before = (
            _WORD_BEFORE.search(text[max(begin, stop - 24) : stop])
            if text[stop - 1] == "."
            else None
        )
        if before:
            word = before.group(1).lower()
            # An abbreviation, or a single initial ("Xi J. Ping"), does not end a sentence.
            if word.rstrip(".") in _ABBREVIATIONS or word in _ABBREVIATIONS or len(word) == 1:
                continue
        span = _trim(text, begin, cut)
        if span:
            spans.append(span)
        begin = cut
    span = _trim(text, begin, end)
    if span:
        spans.append(span)
    return spans


# Markdown that is not prose even inside a paragraph: inline code, link and image targets,
# autolinks, HTML tags, bare URLs. Findings there are dropped by the engine. Inline code is
# found apart (`_code_spans`): as one regex alternative, a long run of backticks made it
# backtrack over every length of every run, cubic time (800 backticks took 14 s).
_MD_MASK = regex.compile(
    r"\]\((?P<target>[^()\s]*(?:\([^()\s]*\)[^()\s]*)*)(?:\s+\"[^\"]*\")?\)"
    r"|(?P<auto><(?:https?|mailto|ftp):[^<>\s]+>)"
    r"|(?P<tag></?[A-Za-z][\w-]*(?:\s[^<>]*)?/?>)"
    r"|(?P<url>\bhttps?://[^\s<>()\]]+)",
)
_BACKTICKS = regex.compile(r"`+")


def _code_spans(text: str) -> list[Span]:
    """Inline code as CommonMark defines it, in linear time: a run of n backticks opens a
    span that the next run of exactly n backticks closes; a run with no partner is text."""
    runs = [(m.start(), m.end()) for m in _BACKTICKS.finditer(text)]
    later: dict[int, list[int]] = {}  # run length -> indexes of runs of that length, last first
    for index in range(len(runs) - 1, -1, -1):
        start, end = runs[index]
        later.setdefault(end - start, []).append(index)
    spans: list[Span] = []
    index = 0
    while index < len(runs):
        start, end = runs[index]
        candidates = later[end - start]
        while candidates and candidates[-1] <= index:
            candidates.pop()  # runs at or before this one can no longer close anything
        if candidates:
            close = candidates.pop()
            spans.append((start, runs[close][1]))
            index = close + 1
        else:
            index += 1
    return spans


def markdown_masks(text: str) -> list[Span]:
    """Spans of a Markdown text that are markup or code, not prose to check (sorted)."""
    spans = _code_spans(text)
    for m in _MD_MASK.finditer(text):
        group = next(name for name in ("target", "auto", "tag", "url") if m.group(name) is not None)
        spans.append((m.start(group), m.end(group)))
    return sorted(spans)
