"""Inline suppression directives, through the CLI (issue 9)."""

from __future__ import annotations

import json
from pathlib import Path

from helpers import run_cli


def _codes(path: Path, *options: str) -> list[tuple[int, str]]:
    result = run_cli(["check", "-f", "json", "--fail-on", "never", *options, str(path)])
    assert result.code == 0, result.err
    return [(f["line"], f["code"]) for f in json.loads(result.out)["findings"]]


def test_markdown_comment_hides_the_next_line_only(tmp_path: Path) -> None:
    article = tmp_path / "a.md"
    article.write_text(
        "<!-- tifa: ignore T101 -->\n"
        "The two first districts were discussed.\n"
        "\n"
        "The two first districts were discussed again.\n",
        "utf-8",
    )
    assert _codes(article, "-s", "T101,S701") == [(4, "T101")]


def test_plain_text_block_and_prefixes(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text(
        "[tifa: ignore-start T1, P307]\n"
        "The two first districts  were discussed.\n"
        "\n"
        "The two first districts were discussed again.\n"
        "[tifa: ignore-end]\n"
        "The meeting  ended.\n",
        "utf-8",
    )
    assert _codes(article, "-s", "T101,P307,S701") == [(6, "P307")]


def test_a_directive_that_hides_nothing_is_reported(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text(
        "[tifa: ignore T101]\nThe two pre-zones were discussed.\n\n[tifa: ignore-start T101]\n",
        "utf-8",
    )
    result = run_cli(["check", "-f", "json", "-s", "T101,S701", str(article)])
    findings = json.loads(result.out)["findings"]
    assert [(f["line"], f["code"], f["severity"]) for f in findings] == [
        (1, "S701", "warning"),
        (4, "S701", "warning"),
    ]
    assert "hides nothing" in findings[0]["message"]
    assert "without ignore-end" in findings[1]["message"]


def test_directive_lines_are_never_checked(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text("[tifa: ignore  T101 ]   \nThe two first districts.\n", "utf-8")
    assert _codes(article) == []  # no P307 or P308 on the directive, T101 hidden
