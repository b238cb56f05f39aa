"""Bilingual file formats: one contract, checked for every format by subclassing with `fmt`.

Each format holds the same three made-up units; the second has two spaces after "progress"
(a P307 finding with a safe fix), so every format shows that findings land on the file's own
line and column and that `--fix` changes those two bytes and nothing else.
"""

from __future__ import annotations

import codecs
import json
from pathlib import Path
from typing import Any

import polars as pl
import pytest
from helpers import run_cli

from tifa.corpus.read import read_corpus

UNITS = [
    ("大连市召开市政府常务会议。", "Dalian held an executive meeting of the municipal government."),
    (
        "会议强调，要坚持稳中求进工作总基调。",
        'The meeting stressed the "general principle" of pursuing progress  while ensuring stability.',
    ),
    ("全市新增市场主体12万户。", "The city added 120,000 market entities & business owners."),
]
PLANTED = "progress  while"

FILES = {
    "po": """msgid ""
msgstr ""
"Content-Type: text/plain; charset=UTF-8\\n"

#: news/001.txt:1
msgid "大连市召开市政府常务会议。"
msgstr "Dalian held an executive meeting of the municipal government."

msgid "会议强调，要坚持稳中求进工作总基调。"
msgstr ""
"The meeting stressed the \\"general principle\\" of pursuing progress  while "
"ensuring stability."

msgid "全市新增市场主体12万户。"
msgstr "The city added 120,000 market entities & business owners."
""",
    "xlf": """<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
  <file original="news/001.txt" source-language="zh-CN" target-language="en" datatype="plaintext">
    <body>
      <trans-unit id="1">
        <source>大连市召开市政府常务会议。</source>
        <target>Dalian held an executive meeting of the municipal government.</target>
      </trans-unit>
      <trans-unit id="2">
        <source>会议强调，要坚持稳中求进工作总基调。</source>
        <target state="translated">The meeting stressed the &quot;general principle" of pursuing progress  while ensuring stability.</target>
      </trans-unit>
      <trans-unit id="3"><source>全市新增市场主体12万户。</source><target>The city added 120,000 market entities &amp; business owners.</target></trans-unit>
    </body>
  </file>
</xliff>
""",
    "xliff": """<?xml version="1.0" encoding="UTF-8"?>
<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="zh-CN" trgLang="en">
  <file id="f1">
    <unit id="u1">
      <segment><source>大连市召开市政府常务会议。</source><target>Dalian held an executive meeting of the municipal government.</target></segment>
      <segment><source>会议强调，要坚持稳中求进工作总基调。</source><target>The meeting stressed the "general principle" of pursuing progress  while ensuring stability.</target></segment>
    </unit>
    <unit id="u2">
      <segment><source>全市新增市场主体12万户。</source><target>The city added 120,000 market entities &amp; business owners.</target></segment>
    </unit>
  </file>
</xliff>
""",
    "tmx": """<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4">
  <header creationtool="tifa-tests" creationtoolversion="1" segtype="sentence" o-tmf="none" adminlang="en" srclang="zh-CN" datatype="plaintext"/>
  <body>
    <tu><tuv xml:lang="zh-CN"><seg>大连市召开市政府常务会议。</seg></tuv><tuv xml:lang="en-US"><seg>Dalian held an executive meeting of the municipal government.</seg></tuv></tu>
    <tu>
      <tuv xml:lang="en"><seg>The meeting stressed the "general principle" of pursuing progress  while ensuring stability.</seg></tuv>
      <tuv xml:lang="zh"><seg>会议强调，要坚持稳中求进工作总基调。</seg></tuv>
    </tu>
    <tu><tuv xml:lang="zh-CN"><seg>全市新增市场主体12万户。</seg></tuv><tuv xml:lang="en-US"><seg>The city added 120,000 market entities &amp; business owners.</seg></tuv></tu>
  </body>
</tmx>
""",
    "tsv": "note\tzh\ten\n" + "".join(f"n{i}\t{zh}\t{en}\n" for i, (zh, en) in enumerate(UNITS)),
    "csv": "id,zh,en\r\n"
    "1,大连市召开市政府常务会议。,Dalian held an executive meeting of the municipal government.\r\n"
    '2,会议强调，要坚持稳中求进工作总基调。,"The meeting stressed the ""general principle"" of pursuing progress  while ensuring stability."\r\n'
    '3,全市新增市场主体12万户。,"The city added 120,000 market entities & business owners."\r\n',
    "jsonl": "".join(
        json.dumps({"id": i, "zh": zh, "en": en}, ensure_ascii=i != 1) + "\n"
        for i, (zh, en) in enumerate(UNITS)
    ),
}
MALFORMED = {
    "po": ('msgid "大连"\nmsgstr "Dalian\n', 2),
    "xlf": ('<?xml version="1.0"?>\n<xliff version="1.2">\n<file><body>\n</xliff>\n', 4),
    "xliff": (
        '<?xml version="1.0"?>\n<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0">\n<unit>\n',
        4,
    ),
    "tmx": ('<?xml version="1.0"?>\n<tmx version="1.4"><body><tu></tmx>\n', 2),
    "tsv": ("zh\ten\n大连\tDalian\n沈阳\n", 3),
    "csv": ('zh,en\n大连,"Dalian"x\n', 2),
    "jsonl": ('{"zh": "大连", "en": "Dalian"}\n{"zh": "沈阳", "en": \n', 2),
}


class PairFormatContract:
    """What every bilingual format must do; a subclass sets `fmt` (the file extension)."""

    fmt = ""

    def write(self, tmp_path: Path, text: str | None = None) -> Path:
        path = tmp_path / f"units.{self.fmt}"
        path.write_bytes((FILES[self.fmt] if text is None else text).encode("utf-8"))
        return path

    def test_units_are_segments_with_chinese_and_english(self, tmp_path: Path) -> None:
        corpus = read_corpus([str(self.write(tmp_path))])
        segments = corpus.segments.sort("seg")
        assert list(zip(segments["src"], segments["tgt"], strict=True)) == UNITS
        # The English each segment holds is the document text at its offsets.
        text = corpus.docs[0].text
        assert [text[s:e] for s, e in segments.select("start", "end").iter_rows()] == [
            en for _, en in UNITS
        ]

    def test_findings_point_at_the_file_line_and_column(self, tmp_path: Path) -> None:
        path = self.write(tmp_path)
        result = run_cli(["check", str(path), "-s", "P307", "-f", "json", "--fail-on", "warning"])
        assert result.code == 1, result.err
        (finding,) = json.loads(result.out)["findings"]
        raw = FILES[self.fmt]
        at = raw.index(PLANTED) + len("progress")
        line_start = raw.rfind("\n", 0, at) + 1
        assert (finding["line"], finding["col"]) == (
            raw.count("\n", 0, at) + 1,
            at - line_start + 1,
        )
        assert finding["span"] == "  "

    def test_fix_changes_only_the_flagged_bytes(self, tmp_path: Path) -> None:
        path = self.write(tmp_path)
        result = run_cli(["check", str(path), "--select", "P307", "--fix"])
        assert result.code == 0, result.out + result.err
        assert path.read_bytes() == FILES[self.fmt].replace(PLANTED, "progress while").encode()
        corpus = read_corpus([str(path)])
        assert corpus.segments["tgt"][1] == UNITS[1][1].replace(PLANTED, "progress while")

    def test_malformed_file_is_one_line_and_exit_2(self, tmp_path: Path) -> None:
        text, line = MALFORMED[self.fmt]
        path = self.write(tmp_path, text)
        before = path.read_bytes()
        result = run_cli(["check", str(path), "--fix"])
        assert result.code == 2
        assert result.err.count("\n") == 1 and "Traceback" not in result.err
        assert result.err.startswith(f"{path}:{line}: ")
        assert path.read_bytes() == before


class TestPo(PairFormatContract):
    fmt = "po"


class TestXliff12(PairFormatContract):
    fmt = "xlf"


class TestXliff20(PairFormatContract):
    fmt = "xliff"


class TestTmx(PairFormatContract):
    fmt = "tmx"


class TestTsv(PairFormatContract):
    fmt = "tsv"


class TestCsv(PairFormatContract):
    fmt = "csv"


class TestJsonl(PairFormatContract):
    fmt = "jsonl"


def test_po_reading_agrees_with_translate_toolkit(tmp_path: Path) -> None:
    from translate.storage.pypo import pofile

    text = FILES["po"] + (
        '\n#, fuzzy\nmsgctxt "title"\nmsgid "市长"\nmsgstr "Mayor\\tof\\\\Dalian\\n"\n'
        '\n#~ msgid "旧"\n#~ msgstr "old"\n'
        '\nmsgid "一个项目"\nmsgid_plural "%d个项目"\nmsgstr[0] "one project"\nmsgstr[1] "%d projects"\n'
    )
    path = tmp_path / "units.po"
    path.write_text(text, encoding="utf-8")
    ours = read_corpus([str(path)]).segments
    store: Any = pofile  # translate-toolkit's stores are untyped
    units = store.parsestring(text.encode()).units
    theirs = [u for u in units if not u.isheader() and not u.isobsolete()]
    assert ours["src"].to_list() == [
        u.source if isinstance(u.source, str) else u.source.strings[0] for u in theirs
    ]
    assert ours["tgt"].to_list() == [
        u.target if isinstance(u.target, str) else u.target.strings[0] for u in theirs
    ]


@pytest.mark.parametrize(
    ("fmt", "bomb"),
    [
        (
            "xlf",
            '<?xml version="1.0"?>\n<!DOCTYPE xliff [\n <!ENTITY lol "lol">\n'
            ' <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">\n'
            ' <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">\n]>\n'
            '<xliff version="1.2"><file><body><trans-unit id="1"><source>笑</source>'
            "<target>&lol3;</target></trans-unit></body></file></xliff>\n",
        ),
        (
            "tmx",
            '<?xml version="1.0"?>\n<!DOCTYPE tmx [\n <!ENTITY xxe SYSTEM "file:///etc/passwd">\n]>\n'
            '<tmx version="1.4"><header srclang="zh"/><body><tu><tuv xml:lang="zh"><seg>密</seg></tuv>'
            '<tuv xml:lang="en"><seg>&xxe;</seg></tuv></tu></body></tmx>\n',
        ),
    ],
)
def test_entity_bombs_and_external_entities_are_refused(
    tmp_path: Path, fmt: str, bomb: str
) -> None:
    path = tmp_path / f"bad.{fmt}"
    path.write_text(bomb, encoding="utf-8")
    result = run_cli(["check", str(path)])
    assert result.code == 2
    assert (
        result.err
        == f"{path}:3: XML entity declarations are refused (no entity expansion, no external entities)\n"
    )


def test_inline_markup_is_reported_but_never_fixed(tmp_path: Path) -> None:
    path = tmp_path / "g.xlf"
    text = FILES["xlf"].replace(
        "pursuing progress  while", 'pursuing <g id="1">progress</g>  while'
    )
    path.write_text(text, encoding="utf-8")
    result = run_cli(["check", str(path), "-s", "P307", "--fix", "--fail-on", "warning"])
    assert result.code == 1
    assert f"{path}:11:36: P307" in result.out
    assert "fix not applied: the English here is not stored as plain text" in result.err
    assert path.read_text(encoding="utf-8") == text


def test_columns_by_option_and_a_missing_column(tmp_path: Path) -> None:
    path = tmp_path / "t.tsv"
    path.write_text("source\ttarget\n市长\tthe mayor  of Dalian\n", encoding="utf-8")
    missing = run_cli(["check", str(path)])
    assert missing.code == 2
    assert (
        missing.err == f"{path}:1: no column 'zh' in the header (source, target); pass --src-col\n"
    )
    found = run_cli(
        [
            "check",
            str(path),
            "--src-col",
            "source",
            "--tgt-col",
            "target",
            "-s",
            "P307",
            "-f",
            "json",
        ]
    )
    assert [(f["line"], f["col"]) for f in json.loads(found.out)["findings"]] == [(2, 13)]


def test_a_low_confidence_row_keeps_its_english_but_not_its_chinese(tmp_path: Path) -> None:
    path = tmp_path / "aligned.tsv"
    path.write_text(
        "zh\ten\tconfidence\n市长\tthe mayor\t0.910\n书记\tthe secretary\t0.300\n", encoding="utf-8"
    )
    segments = read_corpus([str(path)]).segments
    assert segments.select("src", "tgt", "conf").rows() == [
        ("市长", "the mayor", 0.91),
        (None, "the secretary", 0.3),
    ]


def test_directories_include_translation_formats_but_not_tables(tmp_path: Path) -> None:
    (tmp_path / "a.po").write_text(FILES["po"], encoding="utf-8")
    (tmp_path / "b.tmx").write_text(FILES["tmx"], encoding="utf-8")
    (tmp_path / "terms.csv").write_text("zh,en\n市长,mayor\n", encoding="utf-8")
    (tmp_path / "data.tsv").write_text("id\tvalue\n1\ttwo  spaces\n", encoding="utf-8")
    result = run_cli(["check", str(tmp_path), "-s", "P307", "-f", "json"])
    assert result.code == 0, result.err
    paths = {f["path"] for f in json.loads(result.out)["findings"]}
    assert paths == {str(tmp_path / "a.po"), str(tmp_path / "b.tmx")}


def test_review_accepts_and_undoes_a_fix_in_a_po_file(tmp_path: Path) -> None:
    from tifa.checks.session import ReviewSession, RunSpec

    path = tmp_path / "units.po"
    text = FILES["po"].replace("municipal government", "two first districts")
    path.write_text(text, encoding="utf-8")
    session = ReviewSession(
        RunSpec([str(path)]), tmp_path / "base.json", tmp_path / "house.csv", tmp_path / "s.json"
    )
    session.load()
    rows = session.findings.filter(pl.col("code") == "T101")
    assert rows.select("line", "span").rows() == [(7, "two first districts")]
    session.accept(str(rows["fingerprint"][0]))
    assert path.read_text(encoding="utf-8") == text.replace("two first districts", "two pre-zones")
    session.undo()
    assert path.read_text(encoding="utf-8") == text


def test_diff_shows_the_fix_in_the_file_and_writes_nothing(tmp_path: Path) -> None:
    path = tmp_path / "units.po"
    path.write_text(FILES["po"], encoding="utf-8")
    result = run_cli(["check", str(path), "-s", "P307", "--diff"])
    assert result.code == 1
    removed = [
        line
        for line in result.out.splitlines()
        if line.startswith("-") and not line.startswith("---")
    ]
    added = [
        line
        for line in result.out.splitlines()
        if line.startswith("+") and not line.startswith("+++")
    ]
    assert removed == [
        '-"The meeting stressed the \\"general principle\\" of pursuing progress  while "'
    ]
    assert added == [
        '+"The meeting stressed the \\"general principle\\" of pursuing progress while "'
    ]
    assert path.read_text(encoding="utf-8") == FILES["po"]


def test_a_utf16_tmx_with_bom_is_fixed_in_its_own_encoding(tmp_path: Path) -> None:
    path = tmp_path / "memory.tmx"
    text = FILES["tmx"].replace('encoding="UTF-8"', 'encoding="UTF-16"').replace("\n", "\r\n")
    path.write_bytes(codecs.BOM_UTF16_LE + text.encode("utf-16-le"))
    result = run_cli(["check", str(path), "-s", "P307", "--fix"])
    assert result.code == 0, result.out + result.err
    fixed = text.replace(PLANTED, "progress while")
    assert path.read_bytes() == codecs.BOM_UTF16_LE + fixed.encode("utf-16-le")
