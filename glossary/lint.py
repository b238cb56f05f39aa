"""`tifa glossary lint`: every problem in glossary files, each with a code, a severity and a line.

Errors (G1xx) are the problems that stop a glossary from loading (see glossary/validate.py);
warnings (G2xx) are the ones an editor should look at but that do not stop tifa: an `avoid`
form made of everyday English, an approved entry with no source, the same Chinese term in two
project glossaries. Files are linted in layer order, each against the layers below it.
"""

from __future__ import annotations

import inspect
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import regex

from tifa.errors import InputError, InputErrors
from tifa.glossary.frequency import zipf
from tifa.glossary.load import load_glossary, parse_csv
from tifa.glossary.model import Glossary, split_cell
from tifa.glossary.validate import GlossaryProblem, layer_problems, validate_rows
from tifa.inputs import read_regular_file


@dataclass(frozen=True)
class LintCheck:
    """One kind of glossary problem: a stable code, a name, a severity and its documentation."""

    code: str
    name: str
    severity: str
    doc: str


def _check(code: str, name: str, severity: str, doc: str) -> LintCheck:
    return LintCheck(code, name, severity, inspect.cleandoc(doc))


CHECKS: tuple[LintCheck, ...] = (
    _check(
        "G100",
        "unreadable-glossary",
        "error",
        """
        The file cannot be read as a UTF-8 CSV with a header row.
        Nothing in it can be used, so every check that relies on it would be silently missing.
        Example: a glossary saved as GB18030 from a spreadsheet.
        Use instead: save as UTF-8 CSV (a BOM is fine).
    """,
    ),
    _check(
        "G101",
        "bad-header",
        "error",
        """
        The header row lacks `zh` or `en`, or names a column twice, empty or padded.
        Cells are read by column name: a broken header misreads every row.
        Example: `zh,en,en`.
        Use instead: one header row naming each column once.
    """,
    ),
    _check(
        "G102",
        "wrong-field-count",
        "error",
        """
        A row has more or fewer cells than the header (often an unquoted comma).
        The cells after the stray comma land in the wrong columns.
        Example: `两先区,two pre-zones,pre-zones, two` with no quotes around the last cell.
        Use instead: quote cells that contain commas.
    """,
    ),
    _check(
        "G103",
        "padded-cell",
        "error",
        """
        A cell has white space around it or around a `|`, an empty alternative, or a line break.
        A padded form never matches the way the editor meant, and the diff hides the space.
        Example: `two pre-zones | pre-zones`.
        Use instead: `two pre-zones|pre-zones`.
    """,
    ),
    _check(
        "G104",
        "missing-required-cell",
        "error",
        """
        A row has an empty `zh` or `en`.
        An entry needs the Chinese term and its approved rendering to check anything.
        Example: `两先区,,pre-zones`.
        Use instead: fill both, or mark a row you are still researching `status=proposed`.
    """,
    ),
    _check(
        "G105",
        "unknown-kind",
        "error",
        """
        `kind` is not one of slogan, title, body, person, place, document, other.
        Rules treat kinds differently (names, designations), so a typo changes behaviour.
        Example: `kind=persons`.
        Use instead: `kind=person`.
    """,
    ),
    _check(
        "G106",
        "unknown-status",
        "error",
        """
        `status` is not approved, proposed or deprecated.
        Status decides whether an entry fails builds, informs, or is retired.
        Example: `status=draft`.
        Use instead: `status=proposed`.
    """,
    ),
    _check(
        "G107",
        "bad-pattern",
        "error",
        """
        A `pattern` does not compile, matches (almost) anything, or can run away on long text.
        A runaway pattern stalls every check; an empty match floods the report.
        Example: `(x+x+)+y`.
        Use instead: a pattern without nested repetition, such as `x+y`.
    """,
    ),
    _check(
        "G108",
        "zh-without-chinese",
        "error",
        """
        A `zh` form contains no Chinese character.
        It can never match a Chinese source; usually the columns are swapped.
        Example: `zh=two pre-zones`.
        Use instead: put the Chinese in `zh` and the English in `en`.
    """,
    ),
    _check(
        "G109",
        "duplicate-zh",
        "error",
        """
        The same Chinese form is an entry twice in one file.
        Only one of the two could win; which one is an accident of order.
        Example: 两先区 on lines 4 and 90.
        Use instead: merge the two rows.
    """,
    ),
    _check(
        "G110",
        "duplicate-form",
        "error",
        """
        A form is listed twice in one entry's `allowed` or `avoid`.
        Harmless to matching, but a sign of a merge gone wrong.
        Example: `allowed=pre-zones|Pre-zones`.
        Use instead: list each form once (matching ignores case).
    """,
    ),
    _check(
        "G111",
        "avoid-is-accepted",
        "error",
        """
        An `avoid` form is also the entry's own `en` or `allowed` form.
        tifa cannot both accept and forbid the same words.
        Example: `en=green channel`, `avoid=Green Channel`.
        Use instead: remove it from one of the two cells.
    """,
    ),
    _check(
        "G112",
        "avoid-is-other-entry",
        "error",
        """
        An `avoid` form is the approved or allowed rendering of another entry (in this file or a
        layer below).
        The approved rendering of one term would be reported as an error wherever it is used.
        Example: avoid `Party chief` on one entry while another approves it.
        Use instead: remove the avoid form, or retire the other entry.
    """,
    ),
    _check(
        "G201",
        "common-english-avoid",
        "warning",
        """
        An `avoid` form is made only of everyday English words.
        Such a form matches ordinary prose (`data communication`, `three links`) and the checker
        cries wolf wherever the words occur with their plain meaning.
        Example: `avoid=special class`.
        Use instead: a longer, unmistakable form (`one special class`), or no avoid form.
        Silence a checked form with `--ignore G201`.
    """,
    ),
    _check(
        "G202",
        "unsourced-approved",
        "warning",
        """
        An approved entry has an empty `source`.
        Approved renderings fail builds; translators and editors need to know who says so.
        Example: `status=approved` with no source.
        Use instead: name the attestation (outlet and year, or document), or mark it proposed.
    """,
    ),
    _check(
        "G203",
        "zh-in-two-files",
        "warning",
        """
        The same Chinese form is an entry in two of the glossaries being linted (other than the
        bundled one, which project glossaries are meant to override).
        The later file silently wins; editors of the earlier one do not know their row is dead.
        Example: 两先区 in both team.csv and dalian.csv.
        Use instead: keep the entry in one file.
    """,
    ),
)
BY_CODE = {c.code: c for c in CHECKS}

# Words that carry no meaning of their own in a glossary form.
_STOPWORDS = frozenset(
    [
        "a",
        "an",
        "and",
        "at",
        "by",
        "for",
        "from",
        "in",
        "into",
        "of",
        "on",
        "or",
        "the",
        "to",
        "with",
        "'s",
    ]
)
# An avoid form of at most this many content words, every one this common (Zipf frequency,
# wordfreq's scale: 4 = once per 100,000 words), is likely to occur with its plain meaning.
COMMON_WORDS = 2
COMMON_ZIPF = 4.5
_WORD = regex.compile(r"[\p{L}']+")


def is_everyday_english(form: str) -> bool:
    """Whether `form` is a short phrase of very common English words (see G201)."""
    if any(q in form for q in '"“”'):
        return False  # a quoted form matches only quoted text, never plain prose
    words = [w for w in _WORD.findall(form.lower()) if w not in _STOPWORDS]
    if not words or len(words) > COMMON_WORDS:
        return False
    return all(zipf(w) >= COMMON_ZIPF for w in words)


def lint_files(paths: Sequence[str | Path], below: Glossary | None = None) -> list[GlossaryProblem]:
    """Every problem in `paths`, linted in order, each layered over `below` and the files before
    it. Problems come back in file order, then line order."""
    problems: list[GlossaryProblem] = []
    first_seen: dict[str, tuple[str, int]] = {}  # zh -> (file, line) among the linted files
    for path in paths:
        name = str(path)
        try:
            data = read_regular_file(path, name)
            header, rows = parse_csv(data, name)
        except InputError as error:
            problems.append(GlossaryProblem(name, error.message, error.line, "G100"))
            continue
        except OSError as error:
            problems.append(GlossaryProblem(name, error.strerror or str(error), None, "G100"))
            continue
        found = [_as_problem(p) for p in validate_rows(name, header, rows)]
        if below is not None and not found:
            found = [_as_problem(p) for p in layer_problems(name, header, rows, below)]
        found.extend(_warnings(name, header, rows, first_seen))
        found.sort(key=lambda p: (p.line or 0, p.code))
        problems.extend(found)
        if not any(p.severity == "error" for p in found):
            try:
                layer = load_glossary(name, data)
            except InputErrors:
                continue
            below = layer if below is None else below.layered(layer)
    return problems


def _as_problem(error: InputError) -> GlossaryProblem:
    if isinstance(error, GlossaryProblem):
        return error
    return GlossaryProblem(error.path, error.message, error.line, "G100")


def _warnings(
    name: str,
    header: list[str],
    rows: list[tuple[int, list[str]]],
    first_seen: dict[str, tuple[str, int]],
) -> list[GlossaryProblem]:
    out: list[GlossaryProblem] = []
    for line, cells in rows:
        if len(cells) != len(header):
            continue  # already an error
        record = dict(zip(header, cells, strict=True))
        for form in split_cell(record.get("avoid")):
            if is_everyday_english(form):
                out.append(
                    GlossaryProblem(
                        name,
                        f"avoid {form!r} is everyday English and may match ordinary prose",
                        line,
                        "G201",
                        "warning",
                    )
                )
        status = record.get("status") or "approved"
        if status == "approved" and not (record.get("source") or "").strip():
            out.append(
                GlossaryProblem(name, "approved entry has no source", line, "G202", "warning")
            )
        for zh in split_cell(record.get("zh")):
            earlier = first_seen.get(zh)
            if earlier and earlier[0] != name:
                out.append(
                    GlossaryProblem(
                        name,
                        f"zh {zh!r} is also an entry in {earlier[0]}:{earlier[1]}; this file wins",
                        line,
                        "G203",
                        "warning",
                    )
                )
            first_seen.setdefault(zh, (name, line))
    return out
