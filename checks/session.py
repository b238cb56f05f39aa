"""A review session: findings, and the decisions a translator makes about them, kept on disk.

Everything the review UI does to files goes through here, so it can be tested without a
screen and so that no decision is lost:

- accept a fix or an edit: the article is rewritten atomically (encoding, BOM and line
  endings kept), refusing if the file changed on disk since it was read;
- dismiss a false alarm: the fingerprint goes to the baseline file `tifa check --baseline`
  reads, with the reason;
- teach the glossary: the flagged rendering becomes an `avoid` or `allowed` form of its entry,
  or a new entry, in the house glossary CSV (validated first, other rows untouched);
- undo the last decision, whatever it was.

Each decision is appended to the session state file (atomically rewritten) before the call
returns; a new session on the same articles resumes from it: statuses, undo history, cursor.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import polars as pl

from tifa.checks.baseline import Baseline, load_baseline, save_baseline
from tifa.checks.context import Context, Matchers
from tifa.checks.engine import FINDING_SCHEMA, empty_findings, run_rules
from tifa.checks.registry import select_rules
from tifa.checks.review_state import (
    DamagedState,
    parse_state,
    set_aside,
    set_key,
    switch_notice,
    write_states,
)
from tifa.checks.rule import Rule
from tifa.corpus import Corpus, read_corpus
from tifa.corpus.document import Document
from tifa.corpus.edit import Edit, write_edits
from tifa.corpus.pairs import Columns
from tifa.corpus.write import write_bytes_atomic
from tifa.errors import InputError
from tifa.glossary import Glossary, load_glossaries, normalize
from tifa.glossary.edit import GlossaryFile
from tifa.glossary.model import Term

NAME_CODES = ("N201",)  # findings whose flagged text is a misspelt name
Target = str | tuple[str, str]


class FileChanged(InputError):
    """An article changed on disk since it was read: reload before acting on it."""


@dataclass
class RunSpec:
    """What a session checks and with what: the same options `tifa check` takes."""

    targets: list[Target]
    glossaries: list[str] = field(default_factory=list)
    use_default_glossary: bool = True
    select: list[str] = field(default_factory=list)
    ignore: list[str] = field(default_factory=list)
    encoding: str | None = None
    root: str | None = None  # project root for file names in fingerprints (tifa.checks.paths)
    columns: Columns = field(default_factory=Columns)  # of TSV, CSV and JSONL pair files


@dataclass
class Decision:
    """One settled finding, with what is needed to undo it."""

    action: str  # fix, edit, dismiss, glossary
    fingerprint: str
    path: str
    code: str
    span: str
    status: str  # the status it gives the finding
    start: int = 0
    replacement: str = ""  # text written in place of span (fix, edit)
    reason: str = ""  # dismissal reason, or glossary change described
    digest: str = ""  # digest of the file after the change, to check before undoing
    previous: str = ""  # glossary bytes before the change (latin-1 round trip), for undo
    glossary: str = ""  # glossary file changed
    row: dict[str, Any] = field(default_factory=dict)  # the finding as it was
    at: float = field(default_factory=time.time)


class ReviewSession:
    """Findings of one run plus the translator's decisions about them."""

    def __init__(
        self,
        spec: RunSpec,
        baseline_path: Path,
        house_glossary: Path,
        state_path: Path | None = None,
    ) -> None:
        self.spec = spec
        self.baseline_path = baseline_path
        self.house_glossary = house_glossary
        self.state_path = state_path
        self.history: list[Decision] = []
        self.cursor: str | None = None
        self.baseline = Baseline()
        self.glossary: Glossary | None = None
        self.rules: list[Rule] = []
        self.matchers: Matchers | None = None
        self.corpus: Corpus | None = None
        self.findings: pl.DataFrame = empty_findings()
        self.notices: list[str] = []  # things the UI must tell the user once loaded

    # -- loading and checking ------------------------------------------------------------

    def load(self, progress: Callable[[str], None] | None = None) -> None:
        """Load glossary, rules, baseline and articles, check them, and resume saved decisions."""
        self._load_glossary()
        self.rules = select_rules(self.spec.select, self.spec.ignore)
        self.baseline = load_baseline(self.baseline_path, missing_ok=True)
        self._resume()
        self.corpus = read_corpus(
            self.spec.targets, self.spec.encoding, progress, self.spec.columns
        )
        self._run()

    def _load_glossary(self) -> None:
        paths = list(self.spec.glossaries)
        if self.house_glossary.exists() and str(self.house_glossary) not in paths:
            paths.append(str(self.house_glossary))
        self.glossary = load_glossaries(paths, use_default=self.spec.use_default_glossary)
        self.matchers = Matchers(self.glossary)

    def check(self, progress: Callable[[str], None] | None = None) -> None:
        """Re-read every article and re-run the checks (after edits, or on request)."""
        self.corpus = read_corpus(
            self.spec.targets, self.spec.encoding, progress, self.spec.columns
        )
        self._run()

    def _run(self) -> None:
        assert self.corpus is not None and self.glossary is not None
        self.findings = run_rules(
            Context(
                self.corpus,
                self.glossary,
                self.matchers,
                Path(self.spec.root) if self.spec.root else None,
            ),
            self.rules,
        )

    def table(self) -> pl.DataFrame:
        """Findings with a `status` column, plus findings settled this session that are gone
        from the current results (fixed, edited, added to the glossary), so the list shows them."""
        current = self.findings.with_columns(
            status=pl.when(pl.col("fingerprint").is_in(list(self.baseline.entries)))
            .then(pl.lit("dismissed"))
            .otherwise(pl.lit("open"))
        )
        present = set(current["fingerprint"].to_list())
        latest: dict[str, Decision] = {}
        for d in self.history:
            latest[d.fingerprint] = d
        settled = [
            {**{k: d.row.get(k) for k in FINDING_SCHEMA}, "status": d.status}
            for fp, d in latest.items()
            if fp not in present and d.row
        ]
        if settled:
            extra = pl.DataFrame(settled, schema={**FINDING_SCHEMA, "status": pl.String})
            current = pl.concat([current, extra]).sort("doc", "start", "code")
        return current

    # -- decisions -----------------------------------------------------------------------

    def finding(self, fingerprint: str) -> dict[str, Any]:
        """The current finding with this fingerprint."""
        rows = self.findings.filter(pl.col("fingerprint") == fingerprint)
        if not rows.height:
            raise InputError(
                "review", "that finding is no longer in the results; re-run the checks"
            )
        return rows.row(0, named=True)

    def _document(self, row: dict[str, Any]) -> Document:
        assert self.corpus is not None
        doc: Document = self.corpus.docs[int(row["doc"])]
        if doc.path is None:
            raise InputError(doc.name, "standard input cannot be written to")
        doc.encoding.require_exact(doc.name)
        try:
            current = Document.digest_of(doc.path.read_bytes())
        except OSError as error:
            raise FileChanged(doc.name, f"cannot be read any more: {error.strerror}") from None
        if current != doc.digest:
            raise FileChanged(
                doc.name, "changed on disk since it was loaded; reloaded, nothing written"
            )
        return doc

    def accept(self, fingerprint: str) -> Decision:
        """Apply the finding's suggestion to its article."""
        row = self.finding(fingerprint)
        if row["suggestion"] is None:
            raise InputError(
                row["path"],
                f"{row['code']} has no suggested fix here; edit it instead",
                row["line"],
            )
        return self._replace(row, row["suggestion"], "fix", "fixed")

    def edit(self, fingerprint: str, text: str) -> Decision:
        """Replace the flagged text with the translator's own."""
        return self._replace(self.finding(fingerprint), text, "edit", "edited")

    def _replace(self, row: dict[str, Any], text: str, action: str, status: str) -> Decision:
        doc = self._document(row)
        assert doc.path is not None
        digest = _write_one(doc, Edit(row["start"], row["end"], text))
        decision = Decision(
            action, row["fingerprint"], row["path"], row["code"], row["span"], status,
            start=row["start"], replacement=text, digest=digest, row=row,
        )  # fmt: skip
        self._record(decision)
        self.check()
        return decision

    def dismiss(self, fingerprint: str, reason: str) -> Decision:
        """Record the finding in the baseline as a false alarm, with the reason."""
        row = self.finding(fingerprint)
        self.baseline.add(self.findings.filter(pl.col("fingerprint") == fingerprint), reason)
        save_baseline(self.baseline_path, self.baseline)
        decision = Decision(
            "dismiss",
            fingerprint,
            row["path"],
            row["code"],
            row["span"],
            "dismissed",
            reason=reason,
            row=row,
        )
        self._record(decision)
        return decision

    def add_to_glossary(
        self,
        fingerprint: str,
        column: str,
        zh: str | None = None,
        en: str | None = None,
        note: str = "",
        form: str | None = None,
    ) -> Decision:
        """Teach the glossary the flagged rendering (or `form`, the translator's own wording).

        column `avoid` or `allowed` adds it to the finding's entry (copied into the house
        glossary first if it lives only in the bundled one); a form the entry lists in the
        other column moves, one it already has in this column is refused with a message
        naming the file that has it. Column `new` makes a new entry with Chinese `zh` and
        approved rendering `en` (default: the flagged text; for a misspelt name, the spelling
        it should have, with the misspelling to avoid).
        """
        row = self.finding(fingerprint)
        if not teaches_glossary(row["code"]):
            raise InputError(
                row["path"],
                f"{row['code']} is about white space or punctuation: "
                "there is nothing to add to the glossary",
                row["line"],
            )
        form = (form or flagged_form(row["span"])).strip()
        if not form:
            raise InputError(row["path"], "no text to add to the glossary", row["line"])
        house = GlossaryFile.open(self.house_glossary)
        if column == "new":
            if not zh:
                raise InputError(str(self.house_glossary), "a new entry needs its Chinese form")
            record = {"zh": zh, "en": en or form, "note": note, "status": "proposed"}
            if row["code"] in NAME_CODES:  # the flagged text is the misspelling
                record.update(en=en or row["suggestion"] or form, avoid=form, kind="person")
            house.append(record)
            described = f"new entry {zh} = {record['en']!r}"
        elif column in ("avoid", "allowed"):
            term_id = row["term_id"]
            if not term_id:
                raise InputError(
                    row["path"],
                    f"{row['code']} names no glossary entry; add a new entry",
                    row["line"],
                )
            self._refuse_known_form(term_id, column, form)
            if house.find(term_id) is None:
                house.append(self._entry_record(term_id))
            house.add_form(term_id, column, form)
            described = f"{form!r} as {column} of {term_id}"
        else:
            raise ValueError(column)
        previous = house.save(below=self._below())
        decision = Decision(
            "glossary", fingerprint, row["path"], row["code"], row["span"], "added",
            reason=described, digest=house.digest or "", previous=previous.decode("latin-1"),
            glossary=str(self.house_glossary), row=row,
        )  # fmt: skip
        self._record(decision)
        self._load_glossary()
        self.check()
        return decision

    def _refuse_known_form(self, term_id: str, column: str, form: str) -> None:
        """InputError, naming the glossary file the entry is in, if adding `form` to `column`
        would change nothing or make the approved rendering one to avoid."""
        assert self.glossary is not None
        term = self.glossary.get(term_id)
        if term is None:
            return
        known = form_role(term, form)
        where = term.origin or str(self.house_glossary)
        if known == "approved":
            verb = "avoided" if column == "avoid" else "added"
            raise InputError(
                where,
                f"{form!r} is the approved rendering of {term_id} and cannot be {verb}; "
                "change the entry in the glossary screen (t)",
                term.line or None,
            )
        if known == column:
            kind = "an allowed form" if column == "allowed" else "a form to avoid"
            raise InputError(
                where,
                f"{form!r} is already {kind} of {term_id}; nothing written",
                term.line or None,
            )

    def save_entry(self, record: dict[str, str], original: str | None = None) -> Decision:
        """Write a glossary entry from the glossary screen's form to the house glossary.

        `original` is the Chinese id of the entry being edited (None for a new entry). The
        edited glossary is validated first; InputErrors lists every problem and nothing is
        written. Undo restores the previous file.
        """
        house = GlossaryFile.open(self.house_glossary)
        cells = {k: v.strip() for k, v in record.items()}
        if original is not None and house.find(original) is not None:
            house.set_row(original, cells)
        else:
            house.append(cells)
        previous = house.save(below=self._below())
        decision = Decision(
            "glossary", "", str(self.house_glossary), "", cells.get("zh", ""), "added",
            reason=f"entry {cells.get('zh', '')} saved", digest=house.digest or "",
            previous=previous.decode("latin-1"), glossary=str(self.house_glossary),
        )  # fmt: skip
        self._record(decision)
        self._load_glossary()
        return decision

    def _below(self) -> Glossary:
        """The glossaries the house glossary is layered over (all but the house file)."""
        others = [g for g in self.spec.glossaries if Path(g) != self.house_glossary]
        return load_glossaries(others, use_default=self.spec.use_default_glossary)

    def _entry_record(self, term_id: str) -> dict[str, str]:
        """The glossary row of an entry as loaded (from whichever layer it came), as text cells."""
        assert self.glossary is not None
        rows = self.glossary.entries.filter(pl.col("_id") == term_id)
        if not rows.height:
            raise InputError(str(self.house_glossary), f"no glossary entry {term_id!r}")
        record = rows.row(0, named=True)
        return {
            k: (v or "")
            for k, v in record.items()
            if not k.startswith("_") and isinstance(v, str | None)
        }

    def undo(self) -> Decision | None:
        """Reverse the last decision; None if there is nothing to undo."""
        if not self.history:
            return None
        d = self.history[-1]
        if d.action in ("fix", "edit"):
            path = Path(self._path_of(d))
            data = path.read_bytes()
            if Document.digest_of(data) != d.digest:
                raise InputError(d.path, "changed since that decision; not undone")
            assert self.corpus is not None
            doc = next(x for x in self.corpus.docs if x.name == d.path)
            text = doc.text
            if text[d.start : d.start + len(d.replacement)] != d.replacement:
                raise InputError(d.path, "the fixed text is no longer where it was; not undone")
            _write_one(doc, Edit(d.start, d.start + len(d.replacement), d.span))
        elif d.action == "dismiss":
            self.baseline.remove(d.fingerprint)
            save_baseline(self.baseline_path, self.baseline)
        elif d.action == "glossary":
            path = Path(d.glossary)
            previous = d.previous.encode("latin-1")
            if previous:
                write_bytes_atomic(path, previous, d.digest)
            elif Document.digest_of(path.read_bytes()) == d.digest:
                path.unlink()
            else:
                raise InputError(d.glossary, "changed since that decision; not undone")
            self._load_glossary()
        self.history.pop()
        self.save_state()
        if d.action != "dismiss":
            self.check()
        return d

    def _path_of(self, d: Decision) -> str:
        assert self.corpus is not None
        for doc in self.corpus.docs:
            if doc.name == d.path and doc.path is not None:
                return str(doc.path)
        raise InputError(d.path, "is not part of this review any more")

    # -- persistence ---------------------------------------------------------------------

    def _record(self, decision: Decision) -> None:
        self.history.append(decision)
        try:
            self.save_state()
        except InputError as error:
            # The decision is on disk already: say so, rather than report it as not done.
            self.notices.append(
                f"{error.render()} — the review state was not saved; the {decision.action} "
                "itself is done and can be undone in this session"
            )

    def _target_names(self) -> list[str]:
        return [t[1] if isinstance(t, tuple) else t for t in self.spec.targets]

    def _set_key(self) -> str:
        """The key of this review's set of articles in the state file."""
        if self.spec.root:
            root = Path(self.spec.root)
        else:
            root = self.state_path.parent if self.state_path else Path.cwd()
        return set_key(self.spec.targets, root)

    def _read_states(self) -> dict[str, Any]:
        """The reviews saved in the state file; a damaged file is set aside (with a notice)."""
        empty: dict[str, Any] = {"last": None, "sessions": {}}
        if self.state_path is None or not self.state_path.exists():
            return empty
        try:
            text = self.state_path.read_text(encoding="utf-8")
            return parse_state(text, Decision, self._set_key(), self._target_names())
        except (OSError, UnicodeDecodeError, DamagedState) as error:
            reason = error.strerror if isinstance(error, OSError) else str(error)
            self.notices.append(set_aside(self.state_path, reason or "unreadable"))
            return empty

    def save_state(self) -> None:
        """Write the session state (decisions, cursor) atomically, beside the saved reviews
        of other sets of articles."""
        if self.state_path is None:
            return
        states = self._read_states()
        key = self._set_key()
        states["sessions"][key] = {
            "targets": self._target_names(),
            "cursor": self.cursor,
            "history": [asdict(d) for d in self.history],
        }
        states["last"] = key
        write_states(self.state_path, states)

    def _resume(self) -> None:
        if self.state_path is None:
            return
        states = self._read_states()
        key = self._set_key()
        notice = switch_notice(states, key, self.state_path)
        if notice:
            self.notices.append(notice)
        state = states["sessions"].get(key)
        if not isinstance(state, dict):
            return  # no review of these articles yet: start afresh
        self.cursor = state.get("cursor")
        fields = set(Decision.__dataclass_fields__)
        self.history = [
            Decision(**{k: v for k, v in d.items() if k in fields})
            for d in state.get("history", [])
        ]


def _write_one(doc: Document, edit: Edit) -> str:
    """Write one edit to the document's file (any format); the file's new digest."""
    _, refused = write_edits(doc, [edit])
    if refused:
        raise refused[0]
    return doc.digest


def teaches_glossary(code: str) -> bool:
    """Whether a finding of rule `code` is about wording the glossary can hold: terms (T)
    and names (N), not white space, punctuation, numbers or residue."""
    return code[:1] in ("T", "N")


def flagged_form(span: str) -> str:
    """The wording a finding flags, without the quotes around it."""
    return span.strip(" \"“”'‘’")


def form_role(term: Term, form: str) -> str | None:
    """`approved`, `allowed` or `avoid`: what `form` already is in the entry; None if new."""
    wanted = normalize.strict_key(form)
    if normalize.strict_key(term.en) == wanted:
        return "approved"
    for role, forms in (("allowed", term.allowed), ("avoid", term.avoid)):
        if any(normalize.strict_key(f) == wanted for f in forms):
            return role
    return None


def session_paths(
    baseline: str | None, glossaries: Sequence[str], workdir: Path
) -> tuple[Path, Path, Path]:
    """Where a session keeps its baseline, house glossary and state, given the options."""
    baseline_path = Path(baseline) if baseline else workdir / ".tifa-baseline.json"
    house = Path(glossaries[-1]) if glossaries else workdir / "tifa-glossary.csv"
    state = workdir / ".tifa-review.json"
    return baseline_path, house, state
