"""XLIFF 1.2 and 2.0 through translate-toolkit: one unit per trans-unit (1.2) or segment (2.0)."""

from __future__ import annotations

from tifa.corpus.document import line_starts
from tifa.corpus.pairs import PairFormat
from tifa.corpus.pairs.base import Unit
from tifa.corpus.pairs.xmltext import ElementFinder, parse_store

_XLIFF2 = "urn:oasis:names:tc:xliff:document:2."


class XliffFormat(PairFormat):
    """XLIFF: `source` is the Chinese, `target` the English (empty when missing)."""

    name = "xliff"
    extensions = (".xlf", ".xliff")

    def parse(self, raw: str, path: str, starts: list[int] | None = None) -> list[Unit]:
        """Units of an XLIFF 1.2 or 2.0 file, told apart by the namespace."""
        if _XLIFF2 in raw[:4096]:
            from translate.storage.xliff2 import Xliff2File as store_class
        else:
            from translate.storage.xliff import xlifffile as store_class  # type: ignore[assignment]
        store = parse_store(store_class, raw, path, "XLIFF")
        finder = ElementFinder(raw, line_starts(raw))
        units = []
        for tt_unit in store.units:
            element = tt_unit.xmlelement
            if element is None or tt_unit.isheader():
                continue
            namespace = element.tag.rpartition("}")[0] + "}" if "}" in element.tag else ""
            target = element.find(namespace + "target")
            units.append(finder.unit(target, "target", tt_unit.source or None, element))
        return units
