"""The HTML report, checked as a browser renders it (headless Chromium), not just as markup."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path
from typing import Any, cast

import pytest
from helpers import run_cli
from lxml import html as lxml_html

ARTICLE = (
    "The two first districts  were discussed at the meeting.\n"
    "\n"
    'Tan Zuojun said <script>alert("x")</script> the "two pre-zones” matter.\n'
)


def _all(node: Any, path: str) -> list[Any]:
    """XPath results (lxml's stubs type them as a union of everything XPath can return)."""
    return cast(list[Any], node.xpath(path))


def _chromium() -> str:
    found = shutil.which("chromium") or shutil.which("chromium-browser")
    if found is None:
        if os.environ.get("CI"):
            pytest.fail("chromium is not installed: .ci/run installs Debian's chromium package")
        pytest.skip("chromium is not installed (apt-get install chromium)")
    return found


def _browser(args: list[str], profile: Path) -> subprocess.CompletedProcess[bytes]:
    flags = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
             "--disable-background-networking", "--disable-component-update", "--disable-sync",
             f"--user-data-dir={profile}"]  # fmt: skip
    return subprocess.run(
        [_chromium(), *flags, *args], capture_output=True, timeout=120, check=False
    )


def test_html_report_renders_in_a_browser(tmp_path: Path) -> None:
    article = tmp_path / "article.txt"
    article.write_text(ARTICLE, "utf-8")
    report = tmp_path / "report.html"
    result = run_cli(["check", "-f", "html", "-o", str(report), str(article)])
    assert result.code == 1, result.err
    url = report.resolve().as_uri()

    dom = _browser(["--dump-dom", url], tmp_path / "profile1")
    assert dom.returncode == 0, dom.stderr.decode(errors="replace")[-500:]
    page: Any = lxml_html.fromstring(dom.stdout)
    # Every finding is shown once, its flagged text marked inside its sentence.
    marks = _all(page, "//div[@class='finding']//mark")
    findings = _all(page, "//div[@class='finding']")
    assert len(marks) == len(findings) > 0
    assert "two first districts" in [m.text_content() for m in marks]
    finding = next(
        f for f in findings if _all(f, ".//mark")[0].text_content() == "two first districts"
    )
    assert "The two first districts  were discussed" in finding.text_content()
    spaces = next(f for f in findings if _all(f, ".//mark")[0].text_content() == "··")
    assert "districts··were" in _all(spaces, ".//div[@class='sentence']")[0].text_content()
    assert "two pre-zones" in _all(finding, ".//div[@class='suggestion']")[0].text_content()
    # Grouped by file then rule, with counts per rule and severity, and the signature.
    assert _all(page, "//section[@class='file']/h2")[0].text_content() == str(article)
    assert any("T101" in h.text_content() for h in _all(page, "//section/h3"))
    assert _all(page, "//table[@id='counts']//td")
    assert _all(page, "//footer")[0].text_content().startswith("tifa:")
    summary = _all(page, "//p[@id='summary']")[0].text_content()
    assert summary.startswith(f"{len(findings)} findings")
    # The article's own markup is text on the page, never an element.
    assert not _all(page, "//script")
    assert '<script>alert("x")</script>' in page.text_content()

    shot = tmp_path / "report.png"
    done = _browser([f"--screenshot={shot}", "--window-size=1000,1400", url], tmp_path / "p2")
    assert done.returncode == 0 and shot.stat().st_size > 10_000  # a page was drawn
    with shot.open("rb") as png:
        assert png.read(8) == b"\x89PNG\r\n\x1a\n"


def test_html_report_of_a_clean_run_says_so(tmp_path: Path) -> None:
    article = tmp_path / "clean.txt"
    article.write_text("The meeting was held in Dalian.\n", "utf-8")
    result = run_cli(["check", "-f", "html", str(article)])
    assert result.code == 0
    page: Any = lxml_html.fromstring(result.out.encode("utf-8"))
    assert _all(page, "//p[@id='clean']")[0].text_content() == "No findings."
