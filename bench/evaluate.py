"""Measure tifa on real pages against hand annotations: precision, recall, false alarms.

Run:  python bench/evaluate.py PAGES_DIR ANNOTATIONS.csv [--judgements JUDGED.csv]
          [--glossary G.csv ...] [--json OUT.json] [--verbose]

PAGES_DIR holds one UTF-8 text file per page, grouped in sub-folders that name the set
(`local/001.txt`, `pro/001.txt`). tifa checks each page on its own, as a translator checks
one article, through the real CLI (`tifa check -f json`) run in-process; only errors and
warnings count, info findings are left out.

ANNOTATIONS.csv, columns `file,line,text,kind,note`: every problem an editor would fix.
`file` is relative to PAGES_DIR, `line` 1-based, `text` the problem span exactly as it
appears on that line, `kind` a short category (capitalisation, quotes, residue ...).

JUDGED.csv, columns `file,line,code,text,verdict,note`: findings that match no annotation,
judged by hand. `verdict` is `false` (a false alarm; the note names its pattern),
`genuine` (a genuine finding the annotator missed is better added to ANNOTATIONS.csv), or
`ignore` for a finding caused by how the page was taken (a paragraph cut short by the
excerpt limit), which is then left out of every count. An optional `col` column (1-based)
tells apart two findings of one rule with the same text on one line; an optional `message`
column (a part of the finding's message) limits a verdict to one diagnosis, so that a
finding judged false for a wrong reason is judged afresh once its reason changes.

A finding matches an annotation when both are in the same file, the annotation's line is
within the finding's lines, and their spans on that line share a character (an empty
finding span, such as a missing space between two characters, counts where it touches).
A finding is genuine when it matches an annotation or is judged genuine; every other
finding is a false alarm, whether judged or not, and the unjudged ones are listed to be
judged. A finding judged `false` stays false even where it overlaps an annotation (right
place, wrong diagnosis or a damaging fix), and then catches nothing.

Figures, per set and overall: findings, genuine, false, precision (genuine / findings),
recall (annotations caught / annotations), false alarms per 1,000 words; per rule code:
genuine and false findings and precision; per annotation kind: annotations, caught, recall.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
import tempfile
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

COUNTED = ("error", "warning")
VERDICTS = ("genuine", "false", "ignore")


class DataError(Exception):
    """A page, annotation or judgement that cannot be used: `path:line: what is wrong`."""


@dataclass(frozen=True)
class Annotation:
    """One hand-marked problem: its page, line and span (0-based columns, end exclusive)."""

    file: str
    line: int
    start: int
    end: int
    text: str
    kind: str
    note: str = ""


@dataclass(frozen=True)
class Finding:
    """One tifa error or warning, its span on its first line (0-based, end exclusive)."""

    file: str
    line: int
    end_line: int
    start: int
    end: int
    code: str
    severity: str
    span: str
    message: str = ""


@dataclass(frozen=True)
class Judgement:
    """A hand verdict on a finding that matches no annotation."""

    file: str
    line: int
    code: str
    text: str
    verdict: str
    note: str = ""
    col: int | None = None  # 1-based column, to tell apart two findings with the same text
    message: str = ""  # a part of the finding's message: the verdict is about that diagnosis


@dataclass
class Tally:
    """Counts for one group (a set, a rule, a kind)."""

    findings: int = 0
    genuine: int = 0
    false: int = 0
    unjudged: int = 0
    annotations: int = 0
    caught: int = 0
    words: int = 0

    @property
    def precision(self) -> float | None:
        return self.genuine / self.findings if self.findings else None

    @property
    def recall(self) -> float | None:
        return self.caught / self.annotations if self.annotations else None

    @property
    def false_per_kword(self) -> float | None:
        return 1000 * self.false / self.words if self.words else None

    def as_dict(self) -> dict[str, Any]:
        return {
            **asdict(self),
            "precision": self.precision,
            "recall": self.recall,
            "false_per_1000_words": self.false_per_kword,
        }


@dataclass
class Evaluation:
    """Everything measured: the matches and the tallies built from them."""

    findings: list[Finding]
    annotations: list[Annotation]
    genuine: dict[Finding, str]  # finding -> why it is genuine ("annotation" or "judged")
    false: dict[Finding, str]  # finding -> judgement note, "" when unjudged
    caught: dict[Annotation, list[str]]  # annotation -> codes of the findings that caught it
    words: dict[str, int]  # page -> word count
    ignored: int = 0  # findings judged artefacts of how the pages were taken
    sets: dict[str, Tally] = field(default_factory=dict)
    rules: dict[str, Tally] = field(default_factory=dict)
    kinds: dict[str, Tally] = field(default_factory=dict)
    set_rules: dict[tuple[str, str], Tally] = field(default_factory=dict)  # (set, code)
    set_kinds: dict[tuple[str, str], Tally] = field(default_factory=dict)  # (set, kind)

    @property
    def total(self) -> Tally:
        out = Tally()
        for t in self.sets.values():
            for name in (
                "findings",
                "genuine",
                "false",
                "unjudged",
                "annotations",
                "caught",
                "words",
            ):
                setattr(out, name, getattr(out, name) + getattr(t, name))
        return out


# -- reading -------------------------------------------------------------------------------


def page_set(file: str) -> str:
    """The set a page belongs to: its first folder under PAGES_DIR ('.' for none)."""
    parts = Path(file).parts
    return parts[0] if len(parts) > 1 else "."


def read_pages(folder: Path) -> dict[str, list[str]]:
    """Every .txt page under `folder`, by relative POSIX path, as lists of lines."""
    if not folder.is_dir():
        raise DataError(f"{folder}:0: not a folder of pages")
    pages: dict[str, list[str]] = {}
    for path in sorted(folder.rglob("*.txt")):
        rel = path.relative_to(folder).as_posix()
        try:
            text = path.read_text(encoding="utf-8-sig")
        except UnicodeDecodeError as error:
            raise DataError(f"{path}:0: not UTF-8 ({error.reason})") from None
        pages[rel] = text.splitlines()
    if not pages:
        raise DataError(f"{folder}:0: no .txt pages")
    return pages


def _rows(path: Path, columns: Sequence[str]) -> Iterable[tuple[int, dict[str, str]]]:
    try:
        handle = path.open(encoding="utf-8-sig", newline="")
    except OSError as error:
        raise DataError(f"{path}:0: {error.strerror}") from None
    with handle:
        reader = csv.DictReader(handle)
        missing = [c for c in columns if c not in (reader.fieldnames or [])]
        if missing:
            raise DataError(f"{path}:1: missing column(s) {', '.join(missing)}")
        for number, row in enumerate(reader, start=2):
            if any((v or "").strip() for v in row.values()):
                yield number, {k: (v or "") for k, v in row.items() if k is not None}


def _line_number(path: Path, number: int, value: str) -> int:
    try:
        line = int(value)
    except ValueError:
        raise DataError(f"{path}:{number}: line {value!r} is not a number") from None
    if line < 1:
        raise DataError(f"{path}:{number}: line {line} is not 1-based")
    return line


def read_annotations(path: Path, pages: dict[str, list[str]]) -> list[Annotation]:
    """Annotations located on their lines; a text not on its line is an error."""
    out: list[Annotation] = []
    for number, row in _rows(path, ("file", "line", "text", "kind", "note")):
        file = row["file"].strip()
        line = _line_number(path, number, row["line"])
        if file not in pages:
            raise DataError(f"{path}:{number}: no page {file!r}")
        lines = pages[file]
        if line > len(lines):
            raise DataError(f"{path}:{number}: {file} has {len(lines)} lines, not {line}")
        text = row["text"]
        if not text:
            raise DataError(f"{path}:{number}: empty text")
        start = lines[line - 1].find(text)
        if start < 0:
            raise DataError(f"{path}:{number}: {text!r} is not on {file}:{line}")
        kind = row["kind"].strip() or "other"
        out.append(Annotation(file, line, start, start + len(text), text, kind, row["note"]))
    return out


def read_judgements(path: Path) -> list[Judgement]:
    """Hand verdicts on unmatched findings."""
    out: list[Judgement] = []
    for number, row in _rows(path, ("file", "line", "code", "text", "verdict")):
        verdict = row["verdict"].strip().lower()
        if verdict not in VERDICTS:
            raise DataError(
                f"{path}:{number}: verdict must be one of {', '.join(VERDICTS)}, not {verdict!r}"
            )
        line = _line_number(path, number, row["line"])
        col = _line_number(path, number, row["col"]) if row.get("col", "").strip() else None
        out.append(
            Judgement(
                row["file"].strip(),
                line,
                row["code"].strip(),
                row["text"],
                verdict,
                row.get("note", ""),
                col,
                row.get("message", ""),
            )
        )
    return out


# -- running tifa --------------------------------------------------------------------------


def run_tifa(folder: Path, files: Sequence[str], glossaries: Sequence[str] = ()) -> list[Finding]:
    """Errors and warnings of `tifa check` on each page alone, through the real CLI."""
    from tifa.cli import main  # imported here so `--help` works without tifa installed

    options: list[str] = []
    for g in glossaries:
        options += ["--glossary", g]
    found: list[Finding] = []
    with tempfile.TemporaryDirectory() as tmp:
        report = Path(tmp) / "report.json"
        for file in files:
            report.unlink(missing_ok=True)  # never read the previous page's report
            args = ["check", "-f", "json", "-o", str(report), "--fail-on", "never", *options]
            try:
                main([*args, str(folder / file)])
            except SystemExit as done:
                if done.code not in (0, None):
                    raise DataError(f"{folder / file}:0: tifa check exited {done.code}") from None
            except Exception as error:  # a crash in tifa: name the page that causes it
                name = type(error).__name__
                raise DataError(f"{folder / file}:0: tifa check crashed: {name}: {error}") from None
            data = json.loads(report.read_text(encoding="utf-8"))
            found += findings_from_report(data, file)
    return found


def findings_from_report(data: dict[str, Any], file: str) -> list[Finding]:
    """The counted findings of one page's JSON report (columns made 0-based)."""
    out = []
    for f in data.get("findings", []):
        if f["severity"] not in COUNTED:
            continue
        end_line = int(f.get("end_line") or f["line"])
        start = int(f["col"]) - 1
        end = int(f["end_col"]) - 1 if end_line == int(f["line"]) else 10**9
        out.append(
            Finding(
                file,
                int(f["line"]),
                end_line,
                start,
                max(end, start),
                f["code"],
                f["severity"],
                f.get("span", ""),
                f.get("message", ""),
            )
        )
    return out


# -- matching and counting -----------------------------------------------------------------


def overlaps(finding: Finding, annotation: Annotation) -> bool:
    """Same page, the annotation's line within the finding's, spans overlapping (an empty
    finding span counts where it touches the annotated text)."""
    if finding.file != annotation.file:
        return False
    if not finding.line <= annotation.line <= finding.end_line:
        return False
    if annotation.line != finding.line:
        return True  # a later line of a multi-line finding
    if finding.start == finding.end:  # an empty span (a missing mark) touches what it abuts
        return annotation.start <= finding.start <= annotation.end
    return finding.start < annotation.end and annotation.start < finding.end


def judged(finding: Finding, judgements: Sequence[Judgement]) -> Judgement | None:
    """The judgement about this finding: same page, line, code and text (and column if given)."""
    for j in judgements:
        if (j.file, j.line, j.code) != (finding.file, finding.line, finding.code):
            continue
        if j.col is not None and j.col != finding.start + 1:
            continue
        if j.message and j.message not in finding.message:
            continue
        if j.text == finding.span:
            return j
    return None


def evaluate(
    pages: dict[str, list[str]],
    findings: Sequence[Finding],
    annotations: Sequence[Annotation],
    judgements: Sequence[Judgement] = (),
) -> Evaluation:
    """Match findings to annotations and judgements, and tally per set, rule and kind."""
    words = {file: sum(len(line.split()) for line in lines) for file, lines in pages.items()}
    ev = Evaluation([], list(annotations), {}, {}, {}, words)
    by_line: dict[tuple[str, int], list[Annotation]] = {}
    for a in annotations:
        by_line.setdefault((a.file, a.line), []).append(a)
    for f in findings:
        hits = [
            a
            for line in range(f.line, f.end_line + 1)
            for a in by_line.get((f.file, line), [])
            if overlaps(f, a)
        ]
        j = judged(f, judgements)
        verdict = j.verdict if j is not None else ""
        if verdict == "false":  # judged false even where it overlaps an annotation: wrong reason
            hits = []
        elif hits:
            verdict = "annotation"
        if verdict == "ignore":
            ev.ignored += 1
            continue
        ev.findings.append(f)
        for a in hits:
            ev.caught.setdefault(a, []).append(f.code)
        if verdict in ("annotation", "genuine"):
            ev.genuine[f] = "annotation" if hits else "judged"
        else:
            ev.false[f] = (j.note or "(judged false)") if j is not None else ""
    _tally(ev)
    return ev


def _tally(ev: Evaluation) -> None:
    def group(table: dict[Any, Tally], key: Any) -> Tally:
        return table.setdefault(key, Tally())

    for file, count in ev.words.items():
        group(ev.sets, page_set(file)).words += count
    for f in ev.findings:
        where = page_set(f.file)
        for t in (
            group(ev.sets, where),
            group(ev.rules, f.code),
            group(ev.set_rules, (where, f.code)),
        ):
            t.findings += 1
            if f in ev.genuine:
                t.genuine += 1
            else:
                t.false += 1
                if not ev.false[f]:
                    t.unjudged += 1
    for a in ev.annotations:
        where = page_set(a.file)
        for t in (
            group(ev.sets, where),
            group(ev.kinds, a.kind),
            group(ev.set_kinds, (where, a.kind)),
        ):
            t.annotations += 1
            if a in ev.caught:
                t.caught += 1


# -- reporting -----------------------------------------------------------------------------


def _pct(value: float | None) -> str:
    return "   -" if value is None else f"{100 * value:3.0f}%"


def _pair(t: Tally | None, first: str, second: str) -> str:
    return "-" if t is None else f"{getattr(t, first)}/{getattr(t, second)}"


def render(ev: Evaluation, verbose: bool = False) -> str:
    """The report as text: sets, rules, kinds; with `verbose`, what to judge and what was missed."""
    out: list[str] = []
    total = ev.total
    head = f"{'':14} {'pages':>5} {'words':>6} {'found':>5} {'genuine':>7} {'false':>5} {'unjudged':>8} {'prec':>5} {'annot':>5} {'caught':>6} {'recall':>6} {'FA/kw':>6}"
    out.append(head)
    pages_in = Counter(page_set(f) for f in ev.words)
    rows = [*sorted(ev.sets.items()), ("all", total)]
    for name, t in rows:
        n = pages_in[name] if name != "all" else len(ev.words)
        fa = "     -" if t.false_per_kword is None else f"{t.false_per_kword:6.2f}"
        out.append(
            f"{name:14} {n:5d} {t.words:6d} {t.findings:5d} {t.genuine:7d} {t.false:5d} {t.unjudged:8d} "
            f"{_pct(t.precision):>5} {t.annotations:5d} {t.caught:6d} {_pct(t.recall):>6} {fa}"
        )
    out.append("")
    names = sorted(ev.sets)
    per_set = "".join(f" {name + ' g/f':>12}" for name in names)
    out.append(f"{'rule':14} {'found':>5} {'genuine':>7} {'false':>5} {'prec':>5}{per_set}")
    for code, t in sorted(ev.rules.items(), key=lambda kv: (-kv[1].findings, kv[0])):
        cells = "".join(
            f" {_pair(ev.set_rules.get((name, code)), 'genuine', 'false'):>12}" for name in names
        )
        out.append(
            f"{code:14} {t.findings:5d} {t.genuine:7d} {t.false:5d} {_pct(t.precision):>5}{cells}"
        )
    out.append("")
    per_set = "".join(f" {name + ' c/a':>12}" for name in names)
    out.append(f"{'kind':18} {'annot':>5} {'caught':>6} {'recall':>6}{per_set}  caught by")
    for kind, t in sorted(ev.kinds.items(), key=lambda kv: (-kv[1].annotations, kv[0])):
        codes = Counter(c for a, cs in ev.caught.items() if a.kind == kind for c in set(cs))
        by = ", ".join(f"{c}×{n}" for c, n in sorted(codes.items()))
        cells = "".join(
            f" {_pair(ev.set_kinds.get((name, kind)), 'caught', 'annotations'):>12}"
            for name in names
        )
        out.append(f"{kind:18} {t.annotations:5d} {t.caught:6d} {_pct(t.recall):>6}{cells}  {by}")
    if ev.ignored:
        out.append("")
        out.append(
            f"{ev.ignored} finding(s) left out: judged artefacts of how the pages were taken"
        )
    if verbose:
        out.append("")
        out.append("False alarms (unjudged first; judge them in the judgements file):")
        for f, note in sorted(ev.false.items(), key=lambda kv: (kv[1] != "", _key(kv[0]))):
            out.append(
                f"  {f.file}:{f.line}:{f.start + 1}: {f.code} {f.span!r} [{note or 'UNJUDGED'}] {f.message}"
            )
        out.append("")
        out.append("Missed annotations:")
        for a in sorted(ev.annotations, key=lambda a: (a.kind, a.file, a.line, a.start)):
            if a not in ev.caught:
                out.append(f"  {a.file}:{a.line}:{a.start + 1}: {a.kind} {a.text!r} {a.note}")
    return "\n".join(out) + "\n"


def _key(f: Finding) -> tuple[str, int, int, str]:
    return (f.file, f.line, f.start, f.code)


def as_json(ev: Evaluation) -> dict[str, Any]:
    """Every figure, plus the false alarms and missed annotations, for other tools."""
    return {
        "sets": {name: t.as_dict() for name, t in sorted(ev.sets.items())},
        "all": ev.total.as_dict(),
        "ignored": ev.ignored,
        "rules": {code: t.as_dict() for code, t in sorted(ev.rules.items())},
        "kinds": {kind: t.as_dict() for kind, t in sorted(ev.kinds.items())},
        "by_set": {
            name: {
                "rules": {
                    c: t.as_dict() for (n, c), t in sorted(ev.set_rules.items()) if n == name
                },
                "kinds": {
                    k: t.as_dict() for (n, k), t in sorted(ev.set_kinds.items()) if n == name
                },
            }
            for name in sorted(ev.sets)
        },
        "false_alarms": [
            {**asdict(f), "note": note}
            for f, note in sorted(ev.false.items(), key=lambda kv: _key(kv[0]))
        ],
        "missed": [
            asdict(a)
            for a in sorted(ev.annotations, key=lambda a: (a.file, a.line, a.start))
            if a not in ev.caught
        ],
    }


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("pages", type=Path, help="folder of pages, one sub-folder per set")
    parser.add_argument("annotations", type=Path, help="annotations CSV")
    parser.add_argument("--judgements", type=Path, help="judgements CSV for unmatched findings")
    parser.add_argument("--glossary", action="append", default=[], help="extra glossary CSV")
    parser.add_argument("--json", type=Path, help="write every figure to this JSON file")
    parser.add_argument("--verbose", action="store_true", help="list false alarms and misses")
    args = parser.parse_args(argv)
    try:
        pages = read_pages(args.pages)
        annotations = read_annotations(args.annotations, pages)
        judgements = read_judgements(args.judgements) if args.judgements else []
        findings = run_tifa(args.pages, list(pages), args.glossary)
    except DataError as error:
        print(error, file=sys.stderr)
        return 2
    ev = evaluate(pages, findings, annotations, judgements)
    sys.stdout.write(render(ev, args.verbose))
    if args.json:
        args.json.write_text(
            json.dumps(as_json(ev), ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
