"""bench/evaluate.py: matching findings to hand annotations, and the figures built from them."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

import pytest

SCRIPT = Path(__file__).resolve().parents[1] / "bench" / "evaluate.py"


def _load() -> ModuleType:
    spec = importlib.util.spec_from_file_location("tifa_bench_evaluate", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while being built
    spec.loader.exec_module(module)
    return module


ev = _load()

LOCAL = (
    "Municipal leaders inspect projects\n"
    "\n"
    "On May 8, Mayer Wang Lin presided over the meeting of the  Municipal Party Committee.\n"
    "He urged all departments to promote the the implementation of signed projects.\n"
)
PRO = "Premier chairs executive meeting\n\nThe meeting reviewed a draft  plan on rural revitalization.\n"


def _write(root: Path, files: dict[str, str]) -> None:
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")


def _csv(path: Path, header: str, rows: list[str]) -> Path:
    path.write_text("\n".join([header, *rows]) + "\n", encoding="utf-8")
    return path


def _finding(
    file: str, line: int, start: int, end: int, code: str = "X001", span: str = ""
) -> object:
    return ev.Finding(file, line, line, start, end, code, "warning", span)


def _annotation(file: str, line: int, start: int, end: int, kind: str = "spacing") -> object:
    return ev.Annotation(file, line, start, end, "x" * (end - start), kind)


PAGES = {
    "local/001.txt": ["one two three four", "five six"],
    "pro/001.txt": ["seven eight nine ten"],
}


def test_overlapping_finding_is_genuine_and_catches_the_annotation() -> None:
    a = _annotation("local/001.txt", 1, 4, 7)
    f = _finding("local/001.txt", 1, 5, 6)
    result = ev.evaluate(PAGES, [f], [a])
    assert result.genuine == {f: "annotation"}
    assert result.caught == {a: ["X001"]}
    assert result.sets["local"].recall == 1.0 and result.sets["local"].precision == 1.0


def test_overlapping_or_empty_touching_spans_match_but_neighbours_do_not() -> None:
    a = _annotation("local/001.txt", 1, 4, 7)
    touching = _finding("local/001.txt", 1, 7, 7)  # a missing space right after the span
    adjacent = _finding("local/001.txt", 1, 7, 8)  # the next character: no shared character
    apart = _finding("local/001.txt", 1, 9, 12)
    other_line = _finding("local/001.txt", 2, 4, 7)
    other_page = _finding("pro/001.txt", 1, 4, 7)
    result = ev.evaluate(PAGES, [touching, adjacent, apart, other_line, other_page], [a])
    assert set(result.genuine) == {touching}
    assert set(result.false) == {adjacent, apart, other_line, other_page}


def test_a_multi_line_finding_matches_on_its_later_lines() -> None:
    a = _annotation("local/001.txt", 2, 0, 4)
    f = ev.Finding("local/001.txt", 1, 2, 10, 10**9, "R601", "warning", "three four five")
    assert ev.evaluate(PAGES, [f], [a]).caught == {a: ["R601"]}


def test_judgements_turn_unmatched_findings_genuine_or_name_the_false_alarm() -> None:
    f1 = _finding("pro/001.txt", 1, 0, 5, "P304", "seven")
    f2 = _finding("pro/001.txt", 1, 6, 11, "T103", "eight")
    f3 = _finding("pro/001.txt", 1, 12, 16, "T103", "nine")
    judgements = [
        ev.Judgement("pro/001.txt", 1, "P304", "seven", "genuine"),
        ev.Judgement("pro/001.txt", 1, "T103", "eight", "false", "ordinal read as a misspelling"),
        ev.Judgement("pro/001.txt", 1, "T104", "nine", "false", "wrong code: does not apply"),
    ]
    result = ev.evaluate(PAGES, [f1, f2, f3], [], judgements)
    assert result.genuine == {f1: "judged"}
    assert result.false == {f2: "ordinal read as a misspelling", f3: ""}
    pro = result.sets["pro"]
    assert (pro.findings, pro.genuine, pro.false, pro.unjudged) == (3, 1, 2, 1)
    assert pro.false_per_kword == pytest.approx(1000 * 2 / len(PAGES["pro/001.txt"][0].split()))
    assert result.rules["T103"].precision == 0.0 and result.rules["P304"].precision == 1.0
    assert result.set_rules[("pro", "T103")].false == 2


def test_a_finding_judged_false_catches_nothing_even_where_it_overlaps() -> None:
    a = _annotation("pro/001.txt", 1, 0, 5, "apostrophe")
    wrong_reason = _finding("pro/001.txt", 1, 4, 5, "P305", "n")
    judgements = [ev.Judgement("pro/001.txt", 1, "P305", "n", "false", "fix would split the word")]
    result = ev.evaluate(PAGES, [wrong_reason], [a], judgements)
    assert result.false == {wrong_reason: "fix would split the word"}
    assert result.caught == {} and result.kinds["apostrophe"].recall == 0.0


def test_a_column_tells_apart_two_findings_with_the_same_text() -> None:
    first = _finding("pro/001.txt", 1, 0, 1, "P301", "”")
    second = _finding("pro/001.txt", 1, 9, 10, "P301", "”")
    judgements = [ev.Judgement("pro/001.txt", 1, "P301", "”", "false", "second mark", col=10)]
    result = ev.evaluate(PAGES, [first, second], [], judgements)
    assert result.false == {first: "", second: "second mark"}


def test_a_verdict_limited_to_a_message_does_not_judge_a_new_diagnosis() -> None:
    old = ev.Finding("pro/001.txt", 1, 1, 0, 5, "T103", "warning", "seven", "'18th' changed")
    new = ev.Finding("pro/001.txt", 1, 1, 0, 5, "T103", "warning", "seven", "'the' missing")
    j = ev.Judgement("pro/001.txt", 1, "T103", "seven", "false", "ordinal", message="'18th'")
    assert ev.evaluate(PAGES, [old], [], [j]).false == {old: "ordinal"}
    assert ev.evaluate(PAGES, [new], [], [j]).false == {new: ""}


def test_ignored_findings_leave_every_count_but_annotated_ones_stay() -> None:
    a = _annotation("pro/001.txt", 1, 0, 5)
    annotated = _finding("pro/001.txt", 1, 0, 5, "P301", "seven")
    cut_short = _finding("pro/001.txt", 1, 12, 16, "P301", "nine")
    judgements = [
        ev.Judgement("pro/001.txt", 1, "P301", "seven", "ignore", "excerpt cut"),
        ev.Judgement("pro/001.txt", 1, "P301", "nine", "ignore", "excerpt cut"),
    ]
    result = ev.evaluate(PAGES, [annotated, cut_short], [a], judgements)
    assert result.ignored == 1 and result.findings == [annotated]
    assert result.sets["pro"].findings == 1 and result.sets["pro"].precision == 1.0


def test_recall_is_counted_per_kind_and_per_set() -> None:
    caught = _annotation("local/001.txt", 1, 0, 3, "residue")
    missed = _annotation("local/001.txt", 2, 0, 4, "residue")
    other = _annotation("local/001.txt", 1, 8, 13, "quotes")
    result = ev.evaluate(PAGES, [_finding("local/001.txt", 1, 1, 2)], [caught, missed, other])
    assert result.kinds["residue"].recall == 0.5
    assert result.kinds["quotes"].recall == 0.0
    assert result.sets["local"].annotations == 3 and result.sets["local"].caught == 1
    assert result.set_kinds[("local", "residue")].caught == 1
    assert ("pro", "residue") not in result.set_kinds


def test_an_annotation_not_on_its_line_is_reported_with_its_csv_line(tmp_path: Path) -> None:
    path = _csv(
        tmp_path / "a.csv",
        "file,line,text,kind,note",
        ["local/001.txt,1,two,spacing,", "local/001.txt,2,three,spacing,wrong line"],
    )
    with pytest.raises(ev.DataError, match=r"a\.csv:3: 'three' is not on local/001\.txt:2"):
        ev.read_annotations(path, PAGES)


def test_end_to_end_through_tifa(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pages = tmp_path / "pages"
    _write(pages, {"local/001.txt": LOCAL, "pro/001.txt": PRO})
    annotations = _csv(
        tmp_path / "annotations.csv",
        "file,line,text,kind,note",
        [
            "local/001.txt,3,the  Municipal,spacing,double space",
            "local/001.txt,4,the the,repeated-word,doubled article",
            "local/001.txt,3,Mayer,spelling,Mayor",
            "local/001.txt,3,presided over,wording,chaired",
        ],
    )
    out = tmp_path / "figures.json"
    assert ev.main([str(pages), str(annotations), "--json", str(out), "--verbose"]) == 0
    figures = json.loads(out.read_text(encoding="utf-8"))
    assert [m["text"] for m in figures["missed"]] == ["presided over"]
    assert figures["kinds"]["spacing"]["caught"] == 1
    assert figures["kinds"]["repeated-word"]["caught"] == 1
    # the unannotated double space on the pro page is a false alarm until judged
    assert [(f["file"], f["code"], f["note"]) for f in figures["false_alarms"]] == [
        ("pro/001.txt", "P307", "")
    ]
    assert "UNJUDGED" in capsys.readouterr().out

    judged = _csv(
        tmp_path / "judged.csv",
        "file,line,code,text,verdict,note",
        ["pro/001.txt,3,P307,  ,genuine,double space is real"],
    )
    assert (
        ev.main([str(pages), str(annotations), "--judgements", str(judged), "--json", str(out)])
        == 0
    )
    figures = json.loads(out.read_text(encoding="utf-8"))
    assert figures["false_alarms"] == []
    assert figures["sets"]["pro"]["precision"] == 1.0


def test_bad_input_is_one_line_and_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pages = tmp_path / "pages"
    _write(pages, {"local/001.txt": LOCAL})
    annotations = _csv(tmp_path / "a.csv", "file,line,text,kind,note", ["local/009.txt,1,x,other,"])
    assert ev.main([str(pages), str(annotations)]) == 2
    err = capsys.readouterr().err
    assert err.strip().count("\n") == 0 and "a.csv:2: no page 'local/009.txt'" in err
