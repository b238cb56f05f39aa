"""Decode article bytes: BOM sniffing, UTF-8, then GB18030; refuse binary files.

Text is decoded exactly, line endings included, so offsets point into the file as it is
and a write can give back every byte that was not changed.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass

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

    def encode(self, text: str) -> bytes:
        """Encode text the way the original file was encoded, BOM included."""
        return self.bom + text.encode(self.codec)

    @property
    def label(self) -> str:
        """A name for reports: `utf-8`, `utf-8 (BOM)`, `gb18030`."""
        return f"{self.codec} (BOM)" if self.bom else self.codec


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
        try:
            return data.decode("gb18030"), Encoding("gb18030")
        except UnicodeDecodeError:
            line = _line_of(data, utf8_error.start)
            raise InputError(
                path,
                f"cannot decode byte 0x{data[utf8_error.start]:02x} as UTF-8 or GB18030; "
                "pass --encoding",
                line,
            ) from None


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
        codec = codecs.lookup(codec).name
    except LookupError:
        raise InputError(path, f"unknown encoding {name!r}") from None
    bom = b""
    if wants_bom or codec in {"utf-8", "utf-16-le", "utf-16-be"}:
        for candidate, bom_codec in _BOMS:
            if data.startswith(candidate) and (bom_codec == codec or key in _ALIASES):
                bom, codec = candidate, bom_codec
                break
    return _strict(data[len(bom) :], path, codec), Encoding(codec, bom)


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
    except LookupError:  # pragma: no cover - codecs.lookup already succeeded
        raise InputError(path, f"unknown encoding {codec!r}") from None
