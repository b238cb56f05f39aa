"""`tifa check` as CI and editors use it: exit codes, bad input, baseline, --fix, config."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from helpers import SAMPLES, run_cli

MEETING = SAMPLES / "002_b08fc19e9d24d018.txt"  # the Dalian meeting article


def copy_sample(tmp_path: Path, name: str = MEETING.name) -> Path:
    target = tmp_path / name
    shutil.copyfile(SAMPLES / name, target)
    return target


def test_exit_codes_follow_fail_on(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text("The  meeting was held.\n", encoding="utf-8")  # one warning (P307)
    assert run_cli(["check", str(article)]).code == 0  # default: fail on errors only
    assert run_cli(["check", "--fail-on", "warning", str(article)]).code == 1
    assert run_cli(["check", "--fail-on", "never", str(article)]).code == 0
    article.write_text("The meeting was held.\n", encoding="utf-8")
    assert run_cli(["check", "--fail-on", "info", str(article)]).code == 0


def test_directories_globs_and_stdin(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "a.md").write_text(
        "# Title\n\nThe two first districts.\n", encoding="utf-8"
    )
    (tmp_path / "b.txt").write_text("Fine text.\n", encoding="utf-8")
    (tmp_path / "skip.csv").write_text("not,an,article\n", encoding="utf-8")
    found = json.loads(run_cli(["check", "-f", "json", str(tmp_path)]).out)
    assert sorted(Path(f).name for f in found["files"]) == ["a.md", "b.txt"]
    found = json.loads(run_cli(["check", "-f", "json", str(tmp_path / "**" / "*.md")]).out)
    assert [Path(f).name for f in found["files"]] == ["a.md"]
    result = run_cli(["check", "-f", "json", "-"], stdin=b"We build the two first districts.")
    data = json.loads(result.out)
    assert result.code == 1
    assert [(f["path"], f["span"]) for f in data["findings"]] == [
        ("<stdin>", "two first districts")
    ]


@pytest.mark.parametrize(
    ("setup", "args", "message"),
    [
        (None, ["check", "missing.txt"], "missing.txt: no such file or directory"),
        (None, ["check", "nothing-*.txt"], "nothing-*.txt: pattern matches no files"),
        # a folder emptied by mistake in CI fails as a pattern that matches nothing does
        ("emptydir", ["check", "drafts"], "drafts: no articles (.txt, .md) or PO, XLIFF, TMX"),
        ("otherdir", ["check", "ok.txt", "drafts"], "drafts: no articles (.txt, .md) or PO"),
        ("binary", ["check", "a.txt"], "a.txt:1: binary file"),
        ("latin1", ["check", "a.txt"], "a.txt:2: cannot decode byte 0xe9"),
        ("badcsv", ["check", "--glossary", "g.csv", "ok.txt"], "g.csv:2: pattern does not compile"),
        (None, ["check", "--select", "Z9", "ok.txt"], "--select: no rule matches 'Z9'"),
        (
            "badconfig",
            ["check", "--config", "tifa.toml", "ok.txt"],
            "tifa.toml: unknown setting 'colour'",
        ),
        ("badtoml", ["check", "--config", "tifa.toml", "ok.txt"], "tifa.toml:2: invalid TOML"),
        (
            "badbaseline",
            ["check", "--baseline", "base.json", "ok.txt"],
            "base.json:1: not valid JSON",
        ),
    ],
)
def test_bad_input_is_one_line_and_exit_2(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    setup: str | None,
    args: list[str],
    message: str,
) -> None:
    monkeypatch.chdir(tmp_path)
    Path("ok.txt").write_text("Fine text.\n", encoding="utf-8")
    if setup in ("emptydir", "otherdir"):
        Path("drafts").mkdir()
        if setup == "otherdir":
            Path("drafts", "notes.csv").write_text("not,an,article\n", encoding="utf-8")
    elif setup == "binary":
        Path("a.txt").write_bytes(b"\x00\x01\x02binary")
    elif setup == "latin1":
        Path("a.txt").write_bytes("fine\ncaf\xe9\n".encode("latin-1")[:-2] + b"\xe9 \xff\n")
    elif setup == "badcsv":
        Path("g.csv").write_text("zh,en,pattern\n新词,new term,(unclosed\n", encoding="utf-8")
    elif setup == "badconfig":
        Path("tifa.toml").write_text('colour = "red"\n', encoding="utf-8")
    elif setup == "badtoml":
        Path("tifa.toml").write_text('select = ["T"]\nfail-on = \n', encoding="utf-8")
    elif setup == "badbaseline":
        Path("base.json").write_text("{not json", encoding="utf-8")
    result = run_cli([*args, "--output", "report.txt"])
    assert result.code == 2
    assert result.err.strip().splitlines()[-1].startswith(message)
    assert "Traceback" not in result.err
    assert not Path("report.txt").exists()  # nothing written


def test_an_empty_folder_named_is_bad_input_for_review_but_not_among_the_settings_paths(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    Path("drafts").mkdir()
    Path("done").mkdir()
    Path("done", "a.txt").write_text("We build the two first districts.\n", encoding="utf-8")
    result = run_cli(["review", "drafts"])
    assert result.code == 2
    assert (
        result.err.strip()
        == "drafts: no articles (.txt, .md) or PO, XLIFF, TMX files in this folder"
    )
    # configured folders are checked together: one empty among them is not an error
    Path("tifa.toml").write_text('paths = ["drafts", "done"]\n', encoding="utf-8")
    found = json.loads(run_cli(["check", "-f", "json"]).out)
    assert [Path(f).name for f in found["files"]] == ["a.txt"]


def test_fix_replaces_only_the_forbidden_variant(tmp_path: Path) -> None:
    article = copy_sample(tmp_path)
    before = article.read_bytes()
    result = run_cli(["check", "--fix", "--select", "T101", str(article)])
    after = article.read_bytes()
    assert after == before.replace(b"two first districts", b"two pre-zones")
    assert after != before
    assert result.code == 0 and "1 fixed" in result.out


def test_fix_keeps_bom_and_crlf(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_bytes(
        "\ufeffThe two first districts , here.\r\nNext line. \r\n".encode("utf-8-sig")[3:]
    )
    article.write_bytes(b"\xef\xbb\xbf" + b"The two first districts , here.\r\nNext line. \r\n")
    run_cli(["check", "--fix", str(article)])
    assert article.read_bytes() == b"\xef\xbb\xbf" + b"The two pre-zones, here.\r\nNext line.\r\n"


def test_fix_refuses_samples_and_stdin_among_files(tmp_path: Path) -> None:
    other = tmp_path / "a.txt"
    other.write_text("x\n", "utf-8")
    assert run_cli(["check", "--fix", "-", str(other)], stdin=b"x").code == 2
    assert run_cli(["check", "--fix", "--samples"]).code == 2


def test_baseline_hides_known_findings_and_survives_edits_elsewhere(tmp_path: Path) -> None:
    article = copy_sample(tmp_path)
    baseline = tmp_path / "baseline.json"
    assert run_cli(["check", "--write-baseline", str(baseline), str(article)]).code == 0
    assert run_cli(["check", "--baseline", str(baseline), str(article)]).code == 0
    text = article.read_text(encoding="utf-8")
    # Edit elsewhere: a new paragraph at the top moves every finding down; a new error appears.
    article.write_text(
        "A new first paragraph about one Netcom office.\n\n" + text, encoding="utf-8"
    )
    result = run_cli(["check", "-f", "json", "--baseline", str(baseline), str(article)])
    data = json.loads(result.out)
    assert [(f["code"], f["span"]) for f in data["findings"] if f["severity"] != "info"] == [
        ("T101", "one Netcom office")
    ]
    assert data["summary"]["baselined"] > 0
    assert result.code == 1


def test_settings_come_from_pyproject(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "terms.csv").write_text(
        "zh,en,avoid\n新区,new area,new district\n", encoding="utf-8"
    )
    (tmp_path / "pyproject.toml").write_text(
        '[tool.tifa]\nglossary = ["terms.csv"]\nselect = ["T101"]\nfail-on = "warning"\n',
        encoding="utf-8",
    )
    (tmp_path / "a.txt").write_text(
        "The new district  and the two first districts.\n", encoding="utf-8"
    )
    monkeypatch.chdir(tmp_path)
    data = json.loads(run_cli(["check", "-f", "json", "a.txt"]).out)
    assert [f["span"] for f in data["findings"]] == ["new district", "two first districts"]
    assert data["signature"].endswith("|rules:T101|fail-on:warning")
    # Options override settings.
    data = json.loads(
        run_cli(["check", "-f", "json", "--select", "P307", "--no-default-glossary", "a.txt"]).out
    )
    assert [f["code"] for f in data["findings"]] == ["P307"]


def test_output_file_and_statistics(tmp_path: Path) -> None:
    report = tmp_path / "report.txt"
    result = run_cli(["check", "--statistics", "--output", str(report)])
    assert result.out == ""
    text = report.read_text(encoding="utf-8")
    assert "T101" in text and "forbidden-variant" in text and "findings (" in text


def test_rules_command_prints_docs() -> None:
    result = run_cli(["rules", "T101"])
    assert result.code == 0
    assert "T101 forbidden-variant" in result.out and "## Why is this bad?" in result.out
    codes = [r["code"] for r in json.loads(run_cli(["rules", "--format", "json"]).out)]
    assert codes == sorted(codes) and "N201" in codes


def test_glossary_check() -> None:
    ok = run_cli(["glossary", "check", "-f", "json"])
    assert ok.code in (0, 1)  # warnings at most: the bundled glossary always loads
    assert not [f for f in json.loads(ok.out)["findings"] if f["severity"] == "error"]


def test_glossary_check_lists_every_problem(tmp_path: Path) -> None:
    bad = tmp_path / "g.csv"
    bad.write_text("zh,en\n两先区,\n两先区,x \n", encoding="utf-8")
    result = run_cli(["glossary", "check", "--no-default-glossary", "-s", "G1", str(bad)])
    assert result.code == 2
    assert [
        line.split(": ")[0].rsplit(":", 1)[0]
        for line in result.out.splitlines()
        if line.startswith(str(bad))
    ] == [f"{bad}:2", f"{bad}:3", f"{bad}:3"]


def test_glossary_fmt_orders_rows_and_columns_and_keeps_bom_and_crlf(tmp_path: Path) -> None:
    path = tmp_path / "g.csv"
    path.write_bytes(
        "\ufeffen,zh,reviewer,kind,avoid\r\n"
        "mayor,市长,Li,title,\r\n"
        "two pre-zones,两先区,Wang,slogan,two first districts\r\n"
        "green channel,绿色通道,,slogan,\r\n".encode()
    )
    check = run_cli(["glossary", "fmt", "--check", str(path)])
    assert check.code == 1 and f"would reformat {path}" in check.out
    assert run_cli(["glossary", "fmt", str(path)]).code == 0
    lines = path.read_bytes().decode("utf-8").split("\r\n")
    assert lines[0] == "\ufeffzh,en,allowed,avoid,kind,pattern,note,source,status,reviewer"
    # slogans before titles; within a kind by pinyin: liang (两) before lü (绿)
    assert [line.split(",")[0] for line in lines[1:4]] == ["两先区", "绿色通道", "市长"]
    assert lines[1] == "两先区,two pre-zones,,two first districts,slogan,,,,,Wang"
    assert run_cli(["glossary", "fmt", "--check", str(path)]).code == 0  # idempotent


def test_glossary_fmt_refuses_an_invalid_file(tmp_path: Path) -> None:
    path = tmp_path / "g.csv"
    original = "zh,en\n两先区,\n".encode()
    path.write_bytes(original)
    result = run_cli(["glossary", "fmt", str(path)])
    assert result.code == 2 and "required cell 'en' is empty" in result.err
    assert path.read_bytes() == original


def test_review_refuses_an_unknown_key_binding_id(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "tifa.toml").write_text(
        '[tool.tifa.keys]\n"review.acept" = "x"\n', encoding="utf-8"
    )
    (tmp_path / "a.txt").write_text("Text.\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = run_cli(["review", "a.txt"])
    assert result.code == 2
    assert "unknown key binding id 'review.acept'" in result.err


def test_output_into_a_missing_folder_is_one_line(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text("Text.\n", encoding="utf-8")
    for option in ("--output", "--write-baseline"):
        result = run_cli(["check", str(article), option, str(tmp_path / "nowhere" / "x.json")])
        assert result.code == 2
        assert result.err.strip().endswith("nowhere does not exist; not written")
        assert "Traceback" not in result.err
