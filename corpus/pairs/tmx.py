"""TMX through translate-toolkit: one unit per `tu`, the Chinese and English `tuv` chosen by
their `xml:lang` (zh…, en…), whatever their order."""

from __future__ import annotations

from typing import Any

from tifa.corpus.document import line_starts
from tifa.corpus.pairs import PairFormat
from tifa.corpus.pairs.base import Unit
from tifa.corpus.pairs.xmltext import ElementFinder, parse_store

_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


class TmxFormat(PairFormat):
    """TMX: the `seg` of the zh `tuv` is the Chinese, that of the en `tuv` the English."""

    name = "tmx"
    extensions = (".tmx",)

    def parse(self, raw: str, path: str, starts: list[int] | None = None) -> list[Unit]:
        """Units of a TMX file."""
        from translate.storage.tmx import tmxfile

        store = parse_store(tmxfile, raw, path, "TMX")
        finder = ElementFinder(raw, line_starts(raw))
        units = []
        for tt_unit in store.units:
            zh = _seg(tt_unit.xmlelement, "zh")
            en = _seg(tt_unit.xmlelement, "en")
            src = "".join(zh.itertext()) if zh is not None else None
            units.append(finder.unit(en, "seg", src or None, tt_unit.xmlelement))
        return units


def _seg(tu: Any, language: str) -> Any:
    for tuv in tu:
        lang = (tuv.get(_LANG) or tuv.get("lang") or "").lower()
        if lang == language or lang.startswith(language + "-"):
            for child in tuv:
                if isinstance(child.tag, str) and child.tag.endswith("seg"):
                    return child
    return None
