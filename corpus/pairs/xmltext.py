"""What the XML formats (XLIFF, TMX) share: refusing dangerous XML, parsing through
translate-toolkit, and finding an element's text in the file.

translate-toolkit parses with lxml set not to resolve entities nor touch the network; on top of
that, any entity declaration is refused before parsing, so a billion-laughs file or an external
entity (XXE) is one line of error, never an expansion or a read of another file.
"""

from __future__ import annotations

import html
from typing import Any

import regex

from tifa.corpus.pairs.base import Unit, decode_span
from tifa.errors import InputError

_ENTITY_DECLARATION = regex.compile(r"<!ENTITY\b")
_DECLARED_ENCODING = regex.compile(r"""\A(<\?xml[^>]*?\bencoding\s*=\s*)(["'])[^"']*\2""")
_ENTITY = regex.compile(r"&(?:amp|lt|gt|quot|apos|#[0-9]+|#x[0-9a-fA-F]+);")


def refuse_entities(raw: str, path: str) -> None:
    """InputError if the document declares entities (expansion bombs, external entities)."""
    m = _ENTITY_DECLARATION.search(raw)
    if m is not None:
        line = raw.count("\n", 0, m.start()) + 1
        raise InputError(
            path,
            "XML entity declarations are refused (no entity expansion, no external entities)",
            line,
        )


def parse_store(store_class: Any, raw: str, path: str, kind: str) -> Any:
    """Parse `raw` with a translate-toolkit store class; one-line InputError if malformed."""
    from lxml import etree

    refuse_entities(raw, path)
    # The text is decoded already (UTF-16 and GB18030 files too); lxml gets it as UTF-8, so
    # the declaration must say so.
    data = _DECLARED_ENCODING.sub(r"\g<1>\g<2>UTF-8\g<2>", raw, count=1).encode("utf-8")
    try:
        return store_class.parsestring(data)
    except etree.XMLSyntaxError as error:
        line = error.lineno if error.lineno else None
        message = str(error.msg).split(", line ")[0] if error.msg else "malformed XML"
        raise InputError(path, f"not well-formed {kind}: {message}", line) from None
    except Exception as error:  # translate-toolkit raises assorted errors on invalid stores
        raise InputError(path, f"not a valid {kind} file: {error}") from None


def escape(text: str) -> str:
    """Text as XML element content."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _tag(name: str) -> regex.Pattern[str]:
    return regex.compile(rf"<(?:[\w.-]+:)?{name}\b[^>]*?(/?)>")


class ElementFinder:
    """Finds, in document order, where elements' text is in the file.

    lxml gives each element the line its start tag is on, not its offset: the start tag is
    searched from that line (and never before the last element found), and its content is
    used only if it has no markup inside and decodes to exactly the text lxml read.
    """

    def __init__(self, raw: str, line_starts: list[int]) -> None:
        self.raw = raw
        self.line_starts = line_starts
        self.cursor = 0
        self._start_tags: dict[str, regex.Pattern[str]] = {}

    def _start_tag(self, name: str) -> regex.Pattern[str]:
        if name not in self._start_tags:
            self._start_tags[name] = _tag(name)
        return self._start_tags[name]

    def unit(self, element: Any, name: str, src: str | None, container: Any) -> Unit:
        """A unit whose English is `element`'s text; `element` is None when the unit
        (`container`) has no English yet."""
        found = element if element is not None else container
        line_of = self.line_starts[min(max(found.sourceline - 1, 0), len(self.line_starts) - 1)]
        if element is None:
            return Unit(src=src, tgt="", file_start=line_of, placeable=False)
        text = "".join(element.itertext())
        start = max(line_of, self.cursor)
        m = self._start_tag(name).search(self.raw, start)
        if m is None:
            return Unit(src=src, tgt=text, file_start=line_of, placeable=False)
        content = m.end()
        if m.group(1):  # <target/>
            self.cursor = content
            return Unit(src=src, tgt="", file_start=m.start(), placeable=False)
        end = self.raw.find("<", content)
        if end < 0:
            end = len(self.raw)
        self.cursor = end
        closing = regex.match(rf"</(?:[\w.-]+:)?{name}\s*>", self.raw[end : end + len(name) + 40])
        decoded, runs = decode_span(self.raw, content, end, _ENTITY, html.unescape)
        if closing is None or len(element) or decoded != text:
            # Inline markup, a comment or CDATA inside, or line ends XML normalised: the
            # English cannot be mapped character for character.
            return Unit(src=src, tgt=text, file_start=content, placeable=False)
        return Unit(src=src, tgt=decoded, file_start=content, runs=runs, escape=escape)
