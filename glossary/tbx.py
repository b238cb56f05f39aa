"""TBX in and out: glossary rows as TBX-Basic (TBX v3, ISO 30042:2019, DCA style), and TBX v3 or
the older TBX v2 (`martif`, what Trados, memoQ and Xbench write) read back into rows.

One `conceptEntry` per glossary row. The Chinese forms and the English renderings are terms in
their language sections, each with its administrative status:

========  ====================================
zh        preferredTerm (first), admittedTerm
en        preferredTerm
allowed   admittedTerm
avoid     deprecatedTerm
========  ====================================

`kind` is the concept's `subjectField`; `note` a plain `note`; `source` an `admin
type="source"` on the approved English term. What TBX-Basic has no category for (the entry's
`status`, its `pattern`, a file's own extra columns) travels in notes of the form
`tifa:NAME=VALUE`, so that a round trip loses nothing and a CAT tool shows them as notes.

Reading never expands entities or fetches anything: DTDs and external entities are refused.
"""

from __future__ import annotations

from collections.abc import Sequence

from lxml import etree

from tifa.errors import InputError
from tifa.glossary.schema import COLUMNS, SEPARATOR

NS = "urn:iso:std:iso:30042:ed-2"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
# The schemas a TBX-Basic (DCA) file names: TBX core structure, then the dialect's Schematron.
SCHEMAS = (
    (
        "https://raw.githubusercontent.com/LTAC-Global/TBX_Core_RNG/master/TBXcoreStructV03.rng",
        "http://relaxng.org/ns/structure/1.0",
    ),
    (
        "https://raw.githubusercontent.com/LTAC-Global/TBX-Basic_dialect/master/DCA/TBX-Basic_DCA.sch",
        "http://purl.oclc.org/dsdl/schematron",
    ),
)
STATUS = {
    "preferred": "preferredTerm-admn-sts",
    "admitted": "admittedTerm-admn-sts",
    "deprecated": "deprecatedTerm-admn-sts",
}
PREFIX = "tifa:"
# Administrative statuses that make an English term an `avoid` form (TBX v3 and v2 values).
_AVOIDED = ("deprecated", "superseded", "notRecommended", "forbidden", "obsolete")
# Columns carried in `tifa:` notes: everything TBX-Basic has no data category for.
_IN_NOTES = ("status", "pattern")


def _el(parent: etree._Element, tag: str, text: str | None = None, **attrs: str) -> etree._Element:
    node = etree.SubElement(parent, f"{{{NS}}}{tag}", attrs)
    if text is not None:
        node.text = text
    return node


def _term(lang_sec: etree._Element, text: str, status: str, source: str = "") -> None:
    term_sec = _el(lang_sec, "termSec")
    _el(term_sec, "term", text)
    _el(term_sec, "termNote", STATUS[status], type="administrativeStatus")
    if source:
        _el(term_sec, "admin", source, type="source")


def to_tbx(header: Sequence[str], rows: Sequence[dict[str, str]], title: str) -> bytes:
    """TBX-Basic v3 for glossary rows (dicts keyed by the CSV's header)."""
    nsmap: dict[str | None, str] = {None: NS}  # the TBX namespace as the default one
    root = etree.Element(
        f"{{{NS}}}tbx",
        {"style": "dca", "type": "TBX-Basic", XML_LANG: "en"},
        nsmap=nsmap,  # type: ignore[arg-type]  # lxml-stubs omit the None key lxml accepts
    )
    head = _el(root, "tbxHeader")
    desc = _el(head, "fileDesc")
    _el(_el(desc, "titleStmt"), "title", title)
    _el(_el(desc, "sourceDesc"), "p", "Exported by tifa from a glossary CSV")
    body = _el(_el(root, "text"), "body")
    extras = [h for h in header if h not in COLUMNS]
    for i, row in enumerate(rows, 1):
        entry = _el(body, "conceptEntry", id=f"c{i}")
        if row.get("kind"):
            _el(entry, "descrip", row["kind"], type="subjectField")
        if row.get("note"):
            _el(entry, "note", row["note"])
        for name in (*_IN_NOTES, *extras):
            if row.get(name):
                _el(entry, "note", f"{PREFIX}{name}={row[name]}")
        zh_sec = _el(entry, "langSec", **{XML_LANG: "zh"})
        for j, zh in enumerate(_split(row.get("zh", ""))):
            _term(zh_sec, zh, "preferred" if j == 0 else "admitted")
        en_sec = _el(entry, "langSec", **{XML_LANG: "en"})
        _term(en_sec, row.get("en", ""), "preferred", row.get("source", ""))
        for form in _split(row.get("allowed", "")):
            _term(en_sec, form, "admitted")
        for form in _split(row.get("avoid", "")):
            _term(en_sec, form, "deprecated")
    tree = etree.ElementTree(root)
    for href, language in SCHEMAS:
        root.addprevious(
            etree.ProcessingInstruction(
                "xml-model", f'href="{href}" type="application/xml" schematypens="{language}"'
            )
        )
    out: bytes = etree.tostring(tree, xml_declaration=True, encoding="UTF-8", pretty_print=True)
    return out


def _split(cell: str) -> list[str]:
    return [part for part in cell.split(SEPARATOR) if part] if cell else []


def _local(tag: object) -> str:
    return etree.QName(tag).localname if isinstance(tag, str) else ""


def _parser() -> etree.XMLParser:
    return etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)


def from_tbx(data: bytes, path: str) -> tuple[list[str], list[tuple[int, dict[str, str]]]]:
    """Header and (line, row) pairs read from TBX v3 (`conceptEntry`) or v2 (`termEntry`).

    Entries without both a Chinese and an English term are reported, not dropped silently.
    """
    try:
        root = etree.fromstring(data, _parser())
    except etree.XMLSyntaxError as error:
        line = error.lineno if isinstance(error.lineno, int) else None
        raise InputError(path, f"not well-formed XML: {error.msg}", line) from None
    tree = root.getroottree()
    if tree.docinfo.internalDTD is not None or tree.docinfo.system_url:
        raise InputError(
            path, "TBX with a DTD or entities is refused (they can expand or fetch)", 1
        )
    if _local(root.tag) not in ("tbx", "martif"):
        raise InputError(path, f"not TBX: the root element is <{_local(root.tag)}>", 1)
    header = list(COLUMNS)
    out: list[tuple[int, dict[str, str]]] = []
    for entry in root.iter():
        if _local(entry.tag) not in ("conceptEntry", "termEntry"):
            continue
        row, extras = _read_entry(entry)
        for name in extras:
            if name not in header:
                header.append(name)
        line = entry.sourceline if isinstance(entry.sourceline, int) else 0
        if not row.get("zh") or not row.get("en"):
            raise InputError(path, "entry needs a Chinese term and a preferred English term", line)
        out.append((line, row))
    return header, out


def _read_entry(entry: etree._Element) -> tuple[dict[str, str], list[str]]:
    row: dict[str, str] = {}
    extras: list[str] = []
    notes: list[str] = []
    forms: dict[str, list[str]] = {"zh": [], "en": [], "allowed": [], "avoid": []}
    for child in entry:
        name = _local(child.tag)
        text = (child.text or "").strip()
        if name == "descrip" and child.get("type") == "subjectField":
            row["kind"] = text
        elif name == "note" and text.startswith(PREFIX) and "=" in text:
            key, value = text[len(PREFIX) :].split("=", 1)
            row[key] = value
            if key not in COLUMNS:
                extras.append(key)
        elif name == "note" and text:
            notes.append(text)
        elif name in ("langSec", "langSet"):
            _read_language(child, forms, row)
    if notes:
        row["note"] = " ".join(notes)
    row["zh"] = SEPARATOR.join(forms["zh"])
    english = forms["en"] or forms["allowed"][:1]
    row["en"] = english[0] if english else ""
    row["allowed"] = SEPARATOR.join(
        [*english[1:], *(f for f in forms["allowed"] if f not in english)]
    )
    row["avoid"] = SEPARATOR.join(forms["avoid"])
    return row, extras


def _read_language(sec: etree._Element, forms: dict[str, list[str]], row: dict[str, str]) -> None:
    lang = (sec.get(XML_LANG) or sec.get("lang") or "").lower()
    zh = lang.startswith("zh")
    if not zh and not lang.startswith("en"):
        return
    for term_sec in sec:
        if _local(term_sec.tag) not in ("termSec", "tig", "ntig"):
            continue
        text, status, source = "", "", ""
        for node in term_sec.iter():
            name = _local(node.tag)
            if name == "term":
                text = "".join(str(part) for part in node.itertext()).strip()
            elif name == "termNote" and node.get("type") == "administrativeStatus":
                status = (node.text or "").strip()
            elif name == "admin" and node.get("type") == "source":
                source = (node.text or "").strip()
        if not text:
            continue
        if zh:
            forms["zh"].append(text)
        elif status.startswith(_AVOIDED):
            forms["avoid"].append(text)
        elif status.startswith("admitted"):
            forms["allowed"].append(text)
        else:
            forms["en"].append(text)
            if source and not row.get("source"):
                row["source"] = source
