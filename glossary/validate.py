"""Validation of glossary rows: every problem, each with its line, before anything is used."""

from __future__ import annotations

import regex

from tifa.errors import InputError
from tifa.glossary import normalize
from tifa.glossary.model import Glossary, split_cell
from tifa.glossary.pattern import pattern_problem
from tifa.glossary.schema import KINDS, MULTI_VALUED, REQUIRED, SEPARATOR, STATUSES

_HAN = regex.compile(r"\p{Han}")


class GlossaryProblem(InputError):
    """A problem in a glossary file, with the lint code that names it (see glossary/lint.py).

    Errors stop the glossary from loading; warnings are reported by `tifa glossary lint` only.
    """

    def __init__(
        self, path: str, message: str, line: int | None, code: str, severity: str = "error"
    ) -> None:
        self.code = code
        self.severity = severity
        super().__init__(path, message, line)


def validate_rows(
    path: str, header: list[str], rows: list[tuple[int, list[str]]], probe: bool = True
) -> list[InputError]:
    """All problems in a parsed glossary file, in line order. `probe=False` (the bundled
    glossary, whose patterns tests/glossary/test_bundled.py checks whole) leaves the `pattern`
    cells unchecked, so that loading it compiles none of them (they compile on first use)."""
    problems: list[InputError] = []

    def bad(line: int, message: str, code: str) -> None:
        problems.append(GlossaryProblem(path, message, line, code))

    seen_headers: set[str] = set()
    for name in header:
        if not name.strip():
            bad(1, "empty column name in the header", "G101")
        elif name != name.strip():
            bad(1, f"column name {name!r} has leading or trailing white space", "G101")
        elif name in seen_headers:
            bad(1, f"column {name!r} appears twice in the header", "G101")
        seen_headers.add(name)
    missing = [c for c in REQUIRED if c not in header]
    if missing:
        bad(1, "missing required column(s): " + ", ".join(missing), "G101")
    if problems:
        return problems  # rows cannot be read without a sound header

    zh_lines: dict[str, int] = {}
    en_of: dict[str, tuple[str, int, str]] = {}  # strict key of en/allowed -> (zh id, line, what)
    pending_avoid: list[tuple[int, str, str]] = []  # (line, avoid text, own zh id)
    for line, cells in rows:
        if len(cells) != len(header):
            bad(line, f"expected {len(header)} fields, found {len(cells)}", "G102")
            continue
        record = dict(zip(header, cells, strict=True))
        for column, value in record.items():
            if "\n" in value or "\r" in value:
                bad(line, f"cell {column!r} contains a line break", "G103")
            elif value != value.strip():
                bad(line, f"cell {column!r} has leading or trailing white space: {value!r}", "G103")
            elif column in MULTI_VALUED and value:
                for part in value.split(SEPARATOR):
                    if not part.strip():
                        bad(
                            line,
                            f"cell {column!r} has an empty alternative between '{SEPARATOR}'",
                            "G103",
                        )
                    elif part != part.strip():
                        bad(
                            line,
                            f"cell {column!r}: {part!r} has white space around '{SEPARATOR}'",
                            "G103",
                        )
        for column in REQUIRED:
            if not record[column].strip():
                bad(line, f"required cell {column!r} is empty", "G104")
        if record.get("kind") and record["kind"] not in KINDS:
            bad(line, f"unknown kind {record['kind']!r}; use one of: {', '.join(KINDS)}", "G105")
        if record.get("status") and record["status"] not in STATUSES:
            bad(
                line,
                f"unknown status {record['status']!r}; use one of: {', '.join(STATUSES)}",
                "G106",
            )
        if record.get("pattern") and probe:
            problem = pattern_problem(record["pattern"])
            if problem:
                bad(line, problem, "G107")
        zh = [z for z in split_cell(record["zh"]) if z.strip()]
        for z in zh:
            if not _HAN.search(z):
                bad(line, f"zh {z!r} has no Chinese characters", "G108")
            elif z in zh_lines:
                bad(line, f"zh {z!r} is already an entry on line {zh_lines[z]}", "G109")
            else:
                zh_lines[z] = line
        own_id = zh[0] if zh else ""
        en = record["en"].strip()
        accepted = {normalize.strict_key(x) for x in (en, *split_cell(record.get("allowed")))}
        if en:
            en_of.setdefault(normalize.strict_key(en), (own_id, line, "approved en"))
        for form in split_cell(record.get("allowed")):
            en_of.setdefault(normalize.strict_key(form), (own_id, line, "allowed form"))
        seen_forms: set[str] = set()
        for column in ("allowed", "avoid"):
            for form in split_cell(record.get(column)):
                k = normalize.strict_key(form)
                if k in seen_forms:
                    bad(line, f"{column} {form!r} is listed twice in this entry", "G110")
                seen_forms.add(k)
        for form in split_cell(record.get("avoid")):
            if normalize.strict_key(form) in accepted:
                bad(line, f"avoid {form!r} is also an accepted rendering of this entry", "G111")
            pending_avoid.append((line, form, own_id))
    for line, form, own_id in pending_avoid:
        other = en_of.get(normalize.strict_key(form))
        if other and other[0] != own_id:
            bad(
                line,
                f"avoid {form!r} is the {other[2]} of {other[0]!r} (line {other[1]})",
                "G112",
            )
    problems.sort(key=lambda p: p.line or 0)
    return problems


def layer_problems(
    path: str, header: list[str], rows: list[tuple[int, list[str]]], below: Glossary
) -> list[InputError]:
    """Problems a glossary file would have when layered over `below`: an avoid form that is the
    approved rendering of an entry it does not replace."""
    problems: list[InputError] = []
    if "avoid" not in header:
        return problems
    zh_col, avoid_col = header.index("zh"), header.index("avoid")
    replaced = {z for _, cells in rows for z in split_cell(cells[zh_col])}
    approved: dict[str, tuple[str, str]] = {}  # strict key -> (entry id, what the form is)
    for t in below.terms:
        if not replaced.intersection(t.zh):
            approved.setdefault(normalize.strict_key(t.en), (t.id, "approved en"))
            for form in t.allowed:
                approved.setdefault(normalize.strict_key(form), (t.id, "allowed form"))
    for line, cells in rows:
        for form in split_cell(cells[avoid_col]):
            other = approved.get(normalize.strict_key(form))
            if other:
                problems.append(
                    GlossaryProblem(
                        path,
                        f"avoid {form!r} is the {other[1]} of {other[0]!r} (in {below_name(below, other[0])})",
                        line,
                        "G112",
                    )
                )
    return problems


def below_name(glossary: Glossary, term_id: str) -> str:
    """Which file an entry of a layered glossary comes from (for messages)."""
    term = glossary.get(term_id)
    return term.origin.rsplit("/", 1)[-1] if term else "the glossary"
