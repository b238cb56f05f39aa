"""`tifa score`: sacrebleu's numbers and signatures, term accuracy, documents, bad input."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from helpers import run_cli

HYP = [
    "On September 6, Tan Zuojun inspected projects in Ganjingzi District.",
    "The meeting stressed that the two first districts should be built faster.",
    "The city's GDP reached 840 billion yuan, up 6.5 percent.",
    "We must keep improving the investment climate.",
]
REF = [
    "On September 6, Tan Zuojun inspected key projects in Ganjingzi District.",
    "The meeting stressed the need to speed up building the two pre-zones.",
    "The city's GDP reached 840 billion yuan, an increase of 6.5 percent.",
    "We must keep improving the business environment.",
]
SRC = [
    "9月6日，谭作钧到甘井子区检查项目。",
    "会议强调，要加快两先区建设。",
    "全市地区生产总值达到8400亿元，增长6.5%。",
    "要持续优化营商环境。",
]


def write(path: Path, lines: list[str]) -> str:
    path.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    return str(path)


def sacrebleu_cli(ref: str, hyp: str, *extra: str) -> dict[str, float]:
    out = subprocess.run(
        [sys.executable, "-m", "sacrebleu", ref, "-i", hyp, "-w", "4", *extra],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    data = json.loads(out)  # a list for several metrics, one object for one
    return {r["name"]: r["score"] for r in (data if isinstance(data, list) else [data])}


def test_scores_agree_with_the_sacrebleu_command_line(tmp_path: Path) -> None:
    hyp, ref = write(tmp_path / "hyp.txt", HYP), write(tmp_path / "ref.txt", REF)
    ours = json.loads(run_cli(["score", hyp, ref, "-f", "json"]).out)["overall"]
    theirs = sacrebleu_cli(ref, hyp, "-m", "bleu", "chrf", "ter")
    theirs |= sacrebleu_cli(ref, hyp, "-m", "chrf", "--chrf-word-order", "2")
    assert set(theirs) == {"BLEU", "chrF2", "chrF2++", "TER"}
    for name, score in theirs.items():
        assert round(ours[name], 2) == round(score, 2), name
    assert 0 < ours["BLEU"] < 100


def test_text_report_prints_each_signature(tmp_path: Path) -> None:
    hyp, ref = write(tmp_path / "hyp.txt", HYP), write(tmp_path / "ref.txt", REF)
    out = run_cli(["score", hyp, ref]).out
    assert "BLEU: nrefs:1|case:mixed|eff:no|tok:13a" in out
    assert "chrF2++: nrefs:1|case:mixed|eff:yes|nc:6|nw:2" in out
    assert "TER: nrefs:1|case:lc|tok:tercom" in out


def test_term_accuracy_counts_source_terms_rendered(tmp_path: Path) -> None:
    hyp, ref = write(tmp_path / "hyp.txt", HYP), write(tmp_path / "ref.txt", REF)
    src = write(tmp_path / "src.txt", SRC)
    overall = json.loads(run_cli(["score", hyp, ref, "--src", src, "-f", "json"]).out)["overall"]
    # 谭作钧 and 甘井子区 are rendered; 两先区 (an avoid-form) and 营商环境 are not.
    assert (overall["terms_found"], overall["terms_total"]) == (2, 4)
    assert overall["term_accuracy"] == 50.0


def test_each_hypothesis_span_serves_one_source_term(tmp_path: Path) -> None:
    src = write(tmp_path / "src.txt", ["两先区建设和两先区发展。"])
    hyp = write(tmp_path / "hyp.txt", ["building the two pre-zones."])
    ref = write(tmp_path / "ref.txt", ["building and developing the two pre-zones."])
    overall = json.loads(run_cli(["score", hyp, ref, "--src", src, "-f", "json"]).out)["overall"]
    assert (overall["terms_found"], overall["terms_total"]) == (1, 2)


def test_directories_score_each_document_and_pool_them(tmp_path: Path) -> None:
    for side, lines in (("hyp", HYP), ("ref", REF), ("src", SRC)):
        (tmp_path / side).mkdir()
        write(tmp_path / side / "a.txt", lines[:2])
        write(tmp_path / side / "b.txt", lines[2:])
    args = ["score", str(tmp_path / "hyp"), str(tmp_path / "ref"), "--src", str(tmp_path / "src")]
    data = json.loads(run_cli([*args, "-f", "json"]).out)
    assert [d["name"] for d in data["documents"]] == ["a.txt", "b.txt"]
    assert [d["terms_total"] for d in data["documents"]] == [3, 1]
    assert data["overall"]["segments"] == 4
    whole = json.loads(
        run_cli(
            ["score", write(tmp_path / "h.txt", HYP), write(tmp_path / "r.txt", REF), "-f", "json"]
        ).out
    )["overall"]
    assert data["overall"]["BLEU"] == whole["BLEU"]  # pooled statistics, not an average


def test_misaligned_files_are_one_line_and_exit_2(tmp_path: Path) -> None:
    hyp, ref = write(tmp_path / "hyp.txt", HYP), write(tmp_path / "ref.txt", REF[:3])
    result = run_cli(["score", hyp, ref])
    assert result.code == 2
    assert result.err.strip() == f"{ref}: 3 lines, but {hyp} has 4"
    missing = run_cli(["score", hyp, str(tmp_path / "nope.txt")])
    assert missing.code == 2 and len(missing.err.strip().splitlines()) == 1
