"""Decode article bytes: BOM sniffing, UTF-8, then GB18030 when the bytes look Chinese;
refuse binary files.

Text is decoded exactly, line endings included, so offsets point into the file as it is
and a write can give back every byte that was not changed. A decoding that would not give
the same bytes back when encoded again is marked (`Encoding.exact`), and nothing is written
to such a file.

GB18030 accepts almost any byte soup, so it is never the fallback for text that is nearly
UTF-8 (a character cut short at the end, a stray byte) or for Latin-1 (`Zürich` would
become `Z黵ich`): it is chosen only when the bytes have the shape of Chinese text, two-byte
characters from the GB2312 rows, and do not have the shape of UTF-8.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass
from pathlib import Path

from tifa.errors import InputError

# Order matters: the UTF-32 LE BOM starts with the UTF-16 LE BOM.
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# Names users may pass to --encoding, mapped to the codec we use and whether it carries a BOM.
_ALIASES = {
    "utf-8-sig": ("utf-8", True),
    "utf8-sig": ("utf-8", True),
    "utf-16": ("utf-16-le", True),
    "utf16": ("utf-16-le", True),
}


@dataclass(frozen=True)
class Encoding:
    """How a file was encoded, so that a write can reproduce it."""

    codec: str
    bom: bytes = b""
    # Encoding the decoded text gives back exactly the bytes read. Writers must refuse a
    # document where this is false (see `require_exact`): a rewrite would change bytes the
    # edit never touched (some legacy codecs and utf-7 have several spellings of one text).
    exact: bool = True

    def encode(self, text: str) -> bytes:
        """Encode text the way the original file was encoded, BOM included."""
        return self.bom + text.encode(self.codec)

    def require_exact(self, name: str) -> None:
        """InputError unless a rewrite of the file can give back every unchanged byte."""
        if not self.exact:
            raise InputError(
                name,
                f"not written: decoding it as {self.codec} and encoding it again does not give "
                "back the same bytes, so any rewrite would change text it did not mean to",
            )

    @property
    def label(self) -> str:
        """A name for reports: `utf-8`, `utf-8 (BOM)`, `gb18030`."""
        return f"{self.codec} (BOM)" if self.bom else self.codec


def read_bytes(name: str) -> bytes:
    """The bytes of file `name`; InputError (one line) when it cannot be read."""
    try:
        return Path(name).read_bytes()
    except IsADirectoryError:
        raise InputError(name, "is a directory") from None
    except OSError as error:
        raise InputError(name, error.strerror or str(error)) from None


def _line_of(data: bytes, offset: int) -> int:
    return data.count(b"\n", 0, offset) + 1


def decode(data: bytes, path: str, forced: str | None = None) -> tuple[str, Encoding]:
    """Decode `data` read from `path`; raise InputError with the line of the first bad byte."""
    if forced:
        return _decode_forced(data, path, forced)
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return _strict(data[len(bom) :], path, codec), Encoding(codec, bom)
    if b"\x00" in data:
        utf16 = _bomless_utf16(data)
        if utf16:
            return _strict(data, path, utf16), Encoding(utf16)
        line = _line_of(data, data.index(b"\x00"))
        raise InputError(path, "binary file (NUL byte); not a text article", line)
    try:
        return data.decode("utf-8"), Encoding("utf-8")
    except UnicodeDecodeError as utf8_error:
        byte, line = data[utf8_error.start], _line_of(data, utf8_error.start)
        if utf8_error.end == len(data) and utf8_error.reason == "unexpected end of data":
            raise InputError(
                path,
                f"the file ends in the middle of a UTF-8 character (byte 0x{byte:02x}); "
                "was it cut short?",
                line,
            ) from None
        if _mostly_utf8(data):
            raise InputError(
                path,
                f"byte 0x{byte:02x} is not valid UTF-8, though the rest of the file is; "
                "correct it, or pass --encoding",
                line,
            ) from None
        if looks_like_gb18030(data):
            try:
                return data.decode("gb18030"), Encoding("gb18030")
            except UnicodeDecodeError:
                pass
        raise InputError(
            path,
            f"cannot decode byte 0x{byte:02x} as UTF-8, and the file does not look like "
            "GB18030 Chinese; pass --encoding (e.g. cp1252 or latin-1)",
            line,
        ) from None


# A non-ASCII UTF-8 character that is well formed (no overlongs, no surrogates), or one
# stray high byte that is not part of one.
_UTF8_UNIT = re.compile(
    rb"(?P<ok>[\xc2-\xdf][\x80-\xbf]|\xe0[\xa0-\xbf][\x80-\xbf]|[\xe1-\xec\xee\xef][\x80-\xbf]{2}"
    rb"|\xed[\x80-\x9f][\x80-\xbf]|\xf0[\x90-\xbf][\x80-\xbf]{2}|[\xf1-\xf3][\x80-\xbf]{3}"
    rb"|\xf4[\x80-\x8f][\x80-\xbf]{2})|(?P<bad>[\x80-\xff])"
)
# One GB18030 multi-byte character: four bytes, or a lead byte and a trail byte.
_GB_CHAR = re.compile(rb"[\x81-\xfe](?:[\x30-\x39][\x81-\xfe][\x30-\x39]|[\x40-\x7e\x80-\xfe])")
# Share of GB characters that must come from the GB2312 rows (lead 0xA1-0xF7, trail 0xA1-0xFE:
# CJK punctuation, full-width forms and the 6,763 common Han characters). Chinese text is
# almost all of them (half leaves room for rare characters in names); Latin-1 read as
# GB18030 pairs an accented letter with the ASCII letter after it (0xFC 0x72 for `ür`),
# which is never one.
_GB2312_SHARE = 0.5


def _mostly_utf8(data: bytes) -> bool:
    """Whether the well-formed non-ASCII UTF-8 characters are at least as many as the bytes
    that are not part of one: text with a stray bad byte, not a legacy encoding. (GB18030
    Chinese forms a well-formed UTF-8 pair by accident for about one character in seven.)"""
    good = bad = 0
    for unit in _UTF8_UNIT.finditer(data):
        if unit.lastgroup == "ok":
            good += 1
        else:
            bad += 1
    return good >= bad


def looks_like_gb18030(data: bytes) -> bool:
    """Whether `data` has the shape of GB18030 Chinese text (see `_GB2312_SHARE`)."""
    total = common = 0
    for char in _GB_CHAR.finditer(data):
        total += 1
        pair = char.group()
        if len(pair) == 2 and 0xA1 <= pair[0] <= 0xF7 and pair[1] >= 0xA1:
            common += 1
    return total > 0 and common >= _GB2312_SHARE * total


def _bomless_utf16(data: bytes) -> str | None:
    """utf-16-le or -be for text saved as UTF-16 without a BOM, else None.

    Such text is mostly ASCII, so one byte of nearly every pair is NUL, always on the same
    side; binary files do not look like that.
    """
    sample = data[:4096]
    if len(sample) < 4 or len(sample) % 2:
        return None
    pairs = len(sample) // 2
    even = sum(1 for i in range(0, len(sample), 2) if sample[i] == 0)
    odd = sum(1 for i in range(1, len(sample), 2) if sample[i] == 0)
    if odd >= 0.9 * pairs and even == 0:
        return "utf-16-le"
    if even >= 0.9 * pairs and odd == 0:
        return "utf-16-be"
    return None


def _decode_forced(data: bytes, path: str, name: str) -> tuple[str, Encoding]:
    key = name.lower()
    codec, wants_bom = _ALIASES.get(key, (key, False))
    try:
        info = codecs.lookup(codec)
    except LookupError:
        raise InputError(path, f"unknown encoding {name!r}") from None
    if not getattr(info, "_is_text_encoding", True):
        raise InputError(path, f"{name!r} is not a codec that turns bytes into text")
    codec = info.name
    bom = b""
    if wants_bom or codec in {"utf-8", "utf-16-le", "utf-16-be"}:
        for candidate, bom_codec in _BOMS:
            if data.startswith(candidate) and (bom_codec == codec or key in _ALIASES):
                bom, codec = candidate, bom_codec
                break
    body = data[len(bom) :]
    text = _strict(body, path, codec)
    return text, Encoding(codec, bom, exact=_round_trips(text, body, codec))


def _round_trips(text: str, data: bytes, codec: str) -> bool:
    """Whether encoding `text` again gives exactly `data`."""
    try:
        return text.encode(codec) == data
    except (UnicodeError, LookupError, ValueError, TypeError):
        return False


def _strict(data: bytes, path: str, codec: str) -> str:
    try:
        return data.decode(codec)
    except UnicodeDecodeError as error:
        raise InputError(
            path,
            f"cannot decode byte 0x{data[error.start]:02x} as {codec}",
            # Counting b"\n" only means something in ASCII-compatible encodings.
            None if codec.startswith(("utf-16", "utf-32")) else _line_of(data, error.start),
        ) from None
    except (UnicodeError, LookupError, ValueError, TypeError) as error:
        # Codecs that fail without a position (`undefined`, `punycode`, `idna`) or that are
        # not text codecs at all.
        reason = " ".join(str(error).split()) or type(error).__name__
        raise InputError(path, f"cannot decode as {codec}: {reason}") from None
