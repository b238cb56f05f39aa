"""What a check loads before its first finding: only what its input needs.

An editor hook or a pre-commit run checks one article on every save, so the libraries an
article of English never uses (Chinese segmentation, pinyin, script conversion, the
translation-memory readers, wordfreq's tokenizer) must stay unloaded. Each check runs in a
fresh interpreter, as the user runs it, since this test process has loaded them all.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ARTICLE = """\
Provincial Government Holds Executive Meeting on Rural Revitalization

The provincial government held an executive meeting on Monday to study the next steps in
rural revitalization. The meeting called for greater efforts to stabilise grain output,
raise rural incomes and improve public services in villages across the province.

Officials reviewed progress on irrigation projects and agreed to speed up the building of
cold-chain logistics for farm produce. The meeting also stressed the need to keep the
goverment's commitments on employment for returning migrant workers.
"""

HEAVY = ("jieba", "pypinyin", "opencc", "translate", "wordfreq", "sacrebleu", "textual")

CHECK = """\
import json, sys
from tifa.cli import main
try:
    main(["check", sys.argv[1], "-f", "json"])
except SystemExit:
    pass
print(json.dumps(sorted({m.split(".")[0] for m in sys.modules})), file=sys.stderr)
"""


def _loaded(path: Path) -> tuple[set[str], list[dict[str, object]]]:
    # Run outside the checkout, whose folders would shadow the installed package.
    out = subprocess.run(
        [sys.executable, "-c", CHECK, str(path)],
        capture_output=True,
        text=True,
        cwd=path.parent,
        check=True,
    )
    modules = set(json.loads(out.stderr.strip().splitlines()[-1]))
    return modules, json.loads(out.stdout)["findings"]


def test_an_english_article_loads_no_chinese_tools(tmp_path: Path) -> None:
    article = tmp_path / "meeting.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    modules, findings = _loaded(article)
    assert [m for m in HEAVY if m in modules] == []
    # The check itself ran: the slip in the last sentence is found.
    assert any(f["code"] == "E802" and f["span"] == "goverment" for f in findings)


def test_a_chinese_source_loads_the_segmenter(tmp_path: Path) -> None:
    pairs = tmp_path / "pairs.tsv"
    pairs.write_text(
        "zh\ten\n省政府召开常务会议，研究部署乡村振兴工作。\t"
        "The provincial government held an executive meeting on rural revitalization.\n",
        encoding="utf-8",
    )
    modules, _ = _loaded(pairs)
    assert "jieba" in modules
