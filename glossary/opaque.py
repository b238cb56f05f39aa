"""Where running text is not prose: web addresses, e-mail addresses, paths and file names,
and the inside of hyphenated compounds. Terms are never matched there.

"www.dalian-free-trade-zone.cn" is an address, not the Dalian Free Trade Zone; the
"anti-corruption" in "anti-corruption campaign" is not the term "corruption campaign" with a
prefix; "CPC-led" is an adjective, not a mention of the Party to check.
"""

from __future__ import annotations

import regex

_OPAQUE = regex.compile(
    r"""
      (?:https?|ftp)://\S+                                   # URL with a scheme
    | www\.[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+\S*            # bare web address
    | [\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+ # e-mail address
    | (?:[A-Za-z]:)?(?:[\\/][\p{L}\p{N}._-]+){2,}[\\/]?      # path: two or more parts
    | [\p{L}\p{N}_-]+(?:\.[\p{L}\p{N}_-]+)*
      \.(?:pdf|docx?|xlsx?|pptx?|html?|jpe?g|png|gif|txt|csv|zip|rar|xml|json|md)
      (?![\p{L}\p{N}])                                       # file name
    | [\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*
      \.(?:gov|com|org|net|edu)(?:\.cn)?(?![\p{L}\p{N}])     # host name without www
    """,
    regex.VERBOSE | regex.IGNORECASE,
)
# Only a hyphen joins a compound; en and em dashes are punctuation between words.
COMPOUND_HYPHENS = "-\u2010\u2011"


# Addresses, paths and file names have no spaces and contain one of these: only such
# tokens are looked at, which keeps the search linear and cheap on prose.
_TRIGGER = regex.compile(r"[/\\@]|\.[\p{L}\p{N}]")
_TOKEN = regex.compile(r"\S+")


def opaque_spans(text: str) -> list[tuple[int, int]]:
    """The (start, end) offsets of addresses, paths and file names in `text`."""
    if _TRIGGER.search(text) is None:
        return []
    spans = []
    for token in _TOKEN.finditer(text):
        if _TRIGGER.search(token.group()) is None:
            continue
        for m in _OPAQUE.finditer(text, token.start(), token.end()):
            spans.append(m.span())
    return spans


def in_compound(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is glued by a hyphen to a word before or after it."""
    before = start >= 2 and text[start - 1] in COMPOUND_HYPHENS and text[start - 2].isalnum()
    after = end + 1 < len(text) and text[end] in COMPOUND_HYPHENS and text[end + 1].isalnum()
    return before or after


def hidden(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    """Whether a match at text[start:end] is inside a compound or an opaque span."""
    return in_compound(text, start, end) or any(s < end and start < e for s, e in spans)
