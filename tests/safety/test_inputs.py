"""Hostile and broken inputs (issue 6, items 11-18): each ends in one line and exit code 2, or
finishes in linear time, never in a traceback, a hang or a silent pass.

Where real file descriptors, pipes or permissions matter the tests run `tifa` as a separate
process (with a timeout, so that a regression fails instead of hanging the suite).
"""

from __future__ import annotations

import ctypes
import json
import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from helpers import run_cli

NEWS = (
    "The Dalian Municipal Party Committee held a meeting on the two pre-zones.\n"
    "Officials from Zürich attended the forum in Dalian.\n"
)
TIMEOUT = 60  # seconds: generous on a loaded machine, and a hang still fails


def tifa(
    *args: str,
    cwd: Path | None = None,
    stdin: int | None = subprocess.DEVNULL,
    preexec: Callable[[], None] | None = None,
) -> subprocess.CompletedProcess[str]:
    """Run `tifa ARGS` as its own process."""
    return subprocess.run(
        [str(Path(sys.executable).parent / "tifa"), *args],
        cwd=cwd,
        stdin=stdin,
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
        preexec_fn=preexec,
        check=False,
    )


def one_line_error(err: str) -> str:
    """The single line an input error prints (and nothing like a traceback)."""
    assert "Traceback" not in err
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    return lines[0]


# -- 11. encodings: no guessing GB18030 for text that is not Chinese -------------------------


def test_latin1_article_is_refused_not_read_as_gb18030(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_bytes(NEWS.encode("latin-1"))
    result = run_cli(["check", "--no-default-glossary", str(article)])
    assert result.code == 2
    assert one_line_error(result.err).startswith(f"{article}:2: cannot decode byte 0xfc")
    assert "黵" not in result.out


def test_latin1_article_is_read_with_encoding_option(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_bytes(NEWS.encode("latin-1"))
    result = run_cli(["check", "-f", "json", "--encoding", "latin-1", str(article)])
    assert result.code == 0, result.err
    assert json.loads(result.out)["findings"] == []


def test_utf8_article_cut_short_is_reported_with_its_line(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    # “£€ were the bytes that came back different when this was decoded as GB18030.
    article.write_bytes((NEWS + "Fees: “£€").encode("utf-8") + "”".encode()[:2])
    result = run_cli(["check", "--fix", str(article)])
    assert result.code == 2
    assert one_line_error(result.err).startswith(f"{article}:3: the file ends in the middle")
    assert article.read_bytes().startswith(NEWS.encode("utf-8"))  # untouched


def test_stray_byte_in_utf8_article_is_reported_with_its_line(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    data = NEWS.encode("utf-8") + b"The fee is \xa3 5 per \xe2\x80\x9cgreen channel\xe2\x80\x9d.\n"
    article.write_bytes(data)
    result = run_cli(["check", "--fix", str(article)])
    assert result.code == 2
    assert one_line_error(result.err).startswith(f"{article}:3: byte 0xa3 is not valid UTF-8")
    assert article.read_bytes() == data


def test_gb18030_chinese_is_still_detected(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    text = "大连市委召开会议，研究部署“两先区”建设工作。\nThe two pre-zones.\n"
    article.write_bytes(text.encode("gb18030"))
    result = run_cli(["check", "-f", "json", "--select", "U401", str(article)])
    assert result.code == 1
    assert json.loads(result.out)["findings"][0]["span"].startswith("大连市委")


def test_fix_refuses_a_file_whose_decoding_does_not_round_trip(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    # UTF-7 spells "a" as "+AGE-" too: decoded and encoded again, those bytes would change.
    data = b"The  meeting was held in D+AGE-lian.\n"
    article.write_bytes(data)
    result = run_cli(["check", "--fix", "--encoding", "utf-7", "--select", "P307", str(article)])
    assert result.code == 2
    assert one_line_error(result.err).startswith(f"{article}: not written")
    assert article.read_bytes() == data


# -- 12. special files are refused before they are read ------------------------------------


def test_fifo_is_refused_without_waiting(tmp_path: Path) -> None:
    fifo = tmp_path / "a.txt"
    os.mkfifo(fifo)
    result = tifa("check", str(fifo))
    assert result.returncode == 2
    assert one_line_error(result.stderr) == (
        f"{fifo}: is a named pipe (FIFO), not a regular file; to check what a pipe or device "
        "gives, redirect it to standard input (-)"
    )


@pytest.mark.parametrize("option", ["--glossary", "--baseline"])
def test_fifo_as_glossary_or_baseline_is_refused(tmp_path: Path, option: str) -> None:
    fifo = tmp_path / "g.csv"
    os.mkfifo(fifo)
    article = tmp_path / "a.txt"
    article.write_text(NEWS, encoding="utf-8")
    result = tifa("check", option, str(fifo), str(article))
    assert result.returncode == 2
    assert one_line_error(result.stderr).startswith(f"{fifo}: is a named pipe (FIFO)")


@pytest.mark.parametrize("command", [["glossary", "check"], ["glossary", "fmt"]])
def test_fifo_given_to_glossary_commands_is_refused(tmp_path: Path, command: list[str]) -> None:
    fifo = tmp_path / "g.csv"
    os.mkfifo(fifo)
    result = tifa(*command, str(fifo))
    assert result.returncode == 2
    assert "is a named pipe (FIFO), not a regular file" in result.stdout + result.stderr


def test_device_is_refused() -> None:
    result = run_cli(["check", "/dev/null"])
    assert result.code == 2
    assert one_line_error(result.err).startswith("/dev/null: is a character device")


# -- 13. unreadable folders and files are not skipped silently -----------------------------


def _without_root_powers() -> None:
    """Run as root without the power to ignore file permissions (a no-op for other users)."""
    if os.geteuid() != 0:
        return
    libc = ctypes.CDLL(None, use_errno=True)
    pr_capbset_drop = 24
    for capability in (1, 2):  # CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH
        if libc.prctl(pr_capbset_drop, capability, 0, 0, 0) != 0:
            raise OSError(ctypes.get_errno(), "cannot drop capability")


@pytest.fixture
def locked(tmp_path: Path) -> Iterator[Path]:
    """A folder of articles whose subfolder `locked` cannot be listed."""
    (tmp_path / "open.txt").write_text(NEWS, encoding="utf-8")
    locked = tmp_path / "locked"
    locked.mkdir()
    (locked / "b.txt").write_text(NEWS, encoding="utf-8")
    locked.chmod(0)
    yield tmp_path
    locked.chmod(0o755)


def test_unreadable_folder_is_an_error(locked: Path) -> None:
    result = tifa("check", str(locked), preexec=_without_root_powers)
    assert result.returncode == 2
    assert one_line_error(result.stderr) == (
        f"{locked / 'locked'}: cannot read this folder: Permission denied"
    )


def test_unreadable_folder_under_a_recursive_glob_is_an_error(locked: Path) -> None:
    result = tifa("check", str(locked / "**" / "*.txt"), preexec=_without_root_powers)
    assert result.returncode == 2
    assert "locked: cannot read this folder" in one_line_error(result.stderr)


def test_unreadable_file_is_an_error(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text(NEWS, encoding="utf-8")
    article.chmod(0)
    result = tifa("check", str(tmp_path), preexec=_without_root_powers)
    assert result.returncode == 2
    assert one_line_error(result.stderr) == f"{article}: Permission denied"


# -- 14. tracebacks that become one line ---------------------------------------------------


def test_closed_standard_input() -> None:
    result = tifa("check", "-", preexec=lambda: os.close(0))
    assert result.returncode == 2
    assert one_line_error(result.stderr).startswith("<stdin>: standard input is closed")


@pytest.mark.parametrize(
    ("codec", "message"),
    [
        ("no-such-codec", "unknown encoding 'no-such-codec'"),
        ("rot13", "'rot13' is not a codec that turns bytes into text"),
        ("hex", "'hex' is not a codec that turns bytes into text"),
        ("undefined", "cannot decode as undefined"),
        ("punycode", "as punycode"),
    ],
)
def test_unusable_encoding_option(tmp_path: Path, codec: str, message: str) -> None:
    article = tmp_path / "a.txt"
    article.write_text(NEWS, encoding="utf-8")
    result = run_cli(["check", "--encoding", codec, str(article)])
    assert result.code == 2
    line = one_line_error(result.err)
    assert line.startswith(f"{article}") and message in line


def test_pyproject_with_non_utf8_bytes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "pyproject.toml").write_bytes(
        b'[tool.tifa]\nfail-on = "warning"\n# Z\xfcrich office\n'
    )
    (tmp_path / "a.txt").write_text(NEWS, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = run_cli(["check", "a.txt"])
    assert result.code == 2
    assert one_line_error(result.err) == (
        f"{tmp_path / 'pyproject.toml'}:3: not UTF-8 (TOML files must be)"
    )


def test_deeply_nested_toml(tmp_path: Path) -> None:
    config = tmp_path / "tifa.toml"
    config.write_text("select = " + "[" * 10_000 + "]" * 10_000 + "\n", encoding="utf-8")
    result = run_cli(["check", "--config", str(config), "-"], stdin=NEWS.encode())
    assert result.code == 2
    assert one_line_error(result.err).startswith(f"{config}: invalid TOML")


def test_deeply_nested_baseline_json(tmp_path: Path) -> None:
    baseline = tmp_path / "baseline.json"
    baseline.write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    result = run_cli(["check", "--baseline", str(baseline), "-"], stdin=NEWS.encode())
    assert result.code == 2
    assert one_line_error(result.err).startswith(f"{baseline}: not a tifa baseline")


# -- 18. usage errors ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ["check", "--frobnicate"],
            "tifa: No such option '--frobnicate'. Did you mean '--format'? "
            "(try 'tifa check --help')",
        ),
        (["frobnicate"], "tifa: No such command 'frobnicate'. (try 'tifa --help')"),
        (
            ["glossary", "fmt"],
            "tifa: Missing argument 'FILES...'. (try 'tifa glossary fmt --help')",
        ),
    ],
)
def test_usage_error_is_one_line_with_a_hint(args: list[str], message: str) -> None:
    result = run_cli(args)
    assert result.code == 2
    assert one_line_error(result.err) == message


# -- 15. glossary patterns that can run away ------------------------------------------------


def test_glossary_pattern_that_runs_away_on_its_own_characters(tmp_path: Path) -> None:
    glossary = tmp_path / "g.csv"
    glossary.write_text(
        "zh,en,pattern\n两先区,two pre-zones,two\\s+pre-?zones?\n大连,Dalian,(x+x+)+y\n",
        encoding="utf-8",
    )
    result = run_cli(["check", "-g", str(glossary), "-"], stdin=NEWS.encode())
    assert result.code == 2
    assert one_line_error(result.err) == (
        f"{glossary}:3: pattern can run away (catastrophic backtracking); simplify its repetitions"
    )
    lint = run_cli(["glossary", "check", str(glossary)])
    assert lint.code == 2
    assert f"{glossary}:3:1: G107 pattern can run away" in lint.out


def test_sound_patterns_are_still_accepted(tmp_path: Path) -> None:
    glossary = tmp_path / "g.csv"
    glossary.write_text(
        "zh,en,pattern\n两先区,two pre-zones,two\\s+pre-?zones?(?:\\s+of\\s+Dalian)?\n",
        encoding="utf-8",
    )
    result = run_cli(["check", "-g", str(glossary), "-"], stdin=NEWS.encode())
    assert result.code == 0, result.err


# -- 16. hostile text finishes, and is read correctly (timings: bench/bench_hostile.py) ---------


def test_long_run_of_backticks_in_markdown(tmp_path: Path) -> None:
    article = tmp_path / "a.md"
    # An unmatched run is text (CommonMark), so the variant after it is still checked; the
    # pair of single backticks is code, so the one inside is not.
    article.write_text(
        "Build the " + "`" * 3000 + " two first districts, not `two first districts`.\n",
        encoding="utf-8",
    )
    result = tifa("check", "-f", "json", "--select", "T101", str(article))
    assert result.returncode == 1, result.stderr
    spans = [(f["col"], f["span"]) for f in json.loads(result.stdout)["findings"]]
    assert spans == [(3012, "two first districts")]


def test_many_glued_commas_on_one_line(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text("Dalian,Shenyang,Anshan " * 4000 + "\n", encoding="utf-8")
    result = tifa("check", "-f", "csv", "--select", "P305", str(article))
    assert result.returncode == 0, result.stderr
    assert len(result.stdout.splitlines()) == 1 + 8000  # header, two per repetition


def test_many_addresses_in_markdown(tmp_path: Path) -> None:
    article = tmp_path / "a.md"
    # One long run of unclosed autolinks: each '<http:' used to be scanned to the line's end.
    article.write_text("See " + "<http://dl.gov.cn/a,b" * 20_000 + " today.\n", encoding="utf-8")
    result = tifa("check", "-f", "json", "--select", "P305", str(article))
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["findings"] == []  # inside an address: not flagged


def test_line_of_straight_quotes_in_the_text_report(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text('"' * 20_000 + "\n", encoding="utf-8")
    result = tifa("check", "--no-default-glossary", "--select", "P301", str(article))
    assert result.returncode == 1
    assert result.stdout.count(": P301 straight quote") == 19_998
    assert "19998 findings (19998 error" in result.stdout


def test_recursive_glob_over_a_symlink_loop(tmp_path: Path) -> None:
    articles = tmp_path / "articles" / "2024"
    articles.mkdir(parents=True)
    (articles / "a.txt").write_text(NEWS, encoding="utf-8")
    for name in ("up", "again"):  # two links back up: the tree is infinite, twice over
        (articles / name).symlink_to("..")
    for target in (str(tmp_path / "articles" / "**" / "*.txt"), str(tmp_path / "articles")):
        result = tifa("check", "-f", "json", target)
        assert result.returncode == 0, result.stderr
        assert json.loads(result.stdout)["files"] == [str(articles / "a.txt")]


# -- 17. terminal injection: control characters shown escaped, and flagged -----------------

HOSTILE = (
    "The two pre-zones\x1b[2J will be built.\n"
    "Dalian \x1b]0;pwned\x07 reported on the \u202eplan\u202c today.\n"
)
RAW = ("\x1b", "\x07", "\u202e", "\u202c")


def test_text_report_shows_control_characters_escaped(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text(HOSTILE, encoding="utf-8")
    result = run_cli(["check", "--no-default-glossary", str(article)])
    assert result.code == 1
    assert not any(char in result.out for char in RAW)
    assert "    The two pre-zones\\x1b[2J will be built." in result.out
    assert f"{article}:2:8: U405 escape sequence \\x1b]0;pwned\\x07 in the text" in result.out
    block = result.out[result.out.index(f"{article}:2:35: U405") :].splitlines()
    assert block[1][block[2].index("^") :].startswith("\\u202eplan")  # caret under the escape


@pytest.mark.parametrize("fmt", ["github", "junit", "csv", "json", "sarif"])
def test_machine_reports_carry_no_raw_control_characters(tmp_path: Path, fmt: str) -> None:
    article = tmp_path / "a.txt"
    article.write_text(HOSTILE, encoding="utf-8")
    result = run_cli(["check", "--no-default-glossary", "-f", fmt, str(article)])
    assert result.code == 1 and "U405" in result.out
    assert not any(char in result.out for char in RAW)


def test_file_name_with_an_escape_is_shown_escaped(tmp_path: Path) -> None:
    article = tmp_path / "a\x1b[2J.txt"
    article.write_text("The  meeting was held.\n", encoding="utf-8")
    result = run_cli(["check", "--fail-on", "warning", str(article)])
    assert result.code == 1
    assert "\x1b" not in result.out and "a\\x1b[2J.txt:1:4: P307" in result.out


async def test_review_ui_shows_control_characters_escaped(make_app, workdir: Path) -> None:  # type: ignore[no-untyped-def]
    from textual.widget import Widget
    from textual.widgets import Static
    from tui_helpers import loaded, select

    from tifa.tui.widgets.findings_list import FindingsList

    (workdir / "samples" / "hostile.txt").write_text(HOSTILE, encoding="utf-8")
    app = make_app("hostile.txt")

    def shown(widget: Widget) -> str:
        return "\n".join(
            "".join(segment.text for segment in widget.render_line(y))
            for y in range(widget.size.height)
        )

    async with app.run_test(size=(140, 40)) as pilot:
        screen = await loaded(pilot)
        await select(pilot, screen, "U405", "\u202e")
        await pilot.pause(0.5)  # the detail pane follows the cursor after a short rest
        listing = shown(screen.query_one(FindingsList))
        detail = shown(screen.query_one("#detail-body", Static))
    assert "\\x1b]0;pwned\\x07" in listing and "\\u202e" in listing
    paragraph = " ".join(detail.split())  # as wrapped in the pane, joined again
    assert "Dalian \\x1b]0;pwned\\x07 reported on the \\u202eplan\\u202c today." in paragraph
    assert not any(char in listing + detail for char in RAW)
