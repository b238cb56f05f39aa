"""JSON Lines: one JSON object per line, the Chinese and English under the keys `Columns`
names. Blank lines are skipped; anything else that is not an object is an error on its line."""

from __future__ import annotations

import json

import regex

from tifa.corpus.pairs import PairFormat
from tifa.corpus.pairs.base import Unit, decode_span
from tifa.errors import InputError

_LINE = regex.compile(r"[^\r\n]*(?:\r\n|\r|\n|$)")
_TOKEN = regex.compile(r'"(?:[^"\\]|\\.)*"|[{}\[\]:]')
_ESCAPE = regex.compile(
    r"\\u[dD][89abAB][0-9a-fA-F]{2}\\u[dD][c-fC-F][0-9a-fA-F]{2}|\\u[0-9a-fA-F]{4}|\\."
)


def escape(text: str) -> str:
    """Text as the inside of a JSON string."""
    return json.dumps(text, ensure_ascii=False)[1:-1]


def _unescape(sequence: str) -> str:
    value: str = json.loads(f'"{sequence}"')
    return value


class JsonlFormat(PairFormat):
    """JSONL: `{"zh": ..., "en": ...}` on each line."""

    name = "jsonl"
    extensions = (".jsonl",)

    def parse(self, raw: str, path: str, starts: list[int] | None = None) -> list[Unit]:
        """One unit per object."""
        units = []
        for number, m in enumerate(_LINE.finditer(raw), start=1):
            a, b = m.span()
            if a == b:
                break
            line = m.group().rstrip("\r\n")
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as error:
                raise InputError(
                    path, f"not JSON: {error.msg} (column {error.colno})", number
                ) from None
            if not isinstance(record, dict):
                raise InputError(path, "each line must be a JSON object", number)
            src, tgt = record.get(self.columns.src), record.get(self.columns.tgt)
            if not isinstance(tgt, str):
                raise InputError(
                    path, f"no string under {self.columns.tgt!r}; pass --tgt-col", number
                )
            if src is not None and not isinstance(src, str):
                raise InputError(path, f"{self.columns.src!r} is not a string", number)
            units.append(self._unit(raw, a, line, src or None, tgt))
        return units

    def _unit(self, raw: str, base: int, line: str, src: str | None, tgt: str) -> Unit:
        tokens = list(_TOKEN.finditer(line))
        depth = 0
        for i, token in enumerate(tokens):
            text = token.group()
            if text in "{[":
                depth += 1
            elif text in "}]":
                depth -= 1
            elif (
                depth == 1
                and text.startswith('"')
                and i + 2 < len(tokens)
                and tokens[i + 1].group() == ":"
                and _unescape(text[1:-1]) == self.columns.tgt
                and tokens[i + 2].group().startswith('"')
            ):
                value = tokens[i + 2]
                a, b = base + value.start() + 1, base + value.end() - 1
                decoded, runs = decode_span(raw, a, b, _ESCAPE, _unescape)
                if decoded == tgt:
                    return Unit(src, tgt, a, runs, escape=escape)
                break
        return Unit(src, tgt, base, placeable=False)
