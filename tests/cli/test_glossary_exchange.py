"""Glossary exchange (TBX, CSV, TSV, XLSX, JSON) and mining, through the real CLI."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from helpers import SAMPLES, run_cli
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree

from tifa.glossary import default_glossary_path

TBX_NS = "{urn:iso:std:iso:30042:ed-2}"
HEADER = "zh,en,allowed,avoid,kind,pattern,note,source,status"


def _rows(data: bytes) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"))))


def test_tbx_export_of_the_bundled_glossary_is_tbx_basic_one_entry_per_row(tmp_path: Path) -> None:
    out = tmp_path / "g.tbx"
    result = run_cli(["glossary", "export", "-f", "tbx", "-o", str(out)])
    assert result.code == 0, result.err
    root = etree.fromstring(out.read_bytes())
    assert root.tag == f"{TBX_NS}tbx"
    assert (root.get("type"), root.get("style")) == ("TBX-Basic", "dca")
    entries = root.findall(f".//{TBX_NS}conceptEntry")
    bundled = _rows(default_glossary_path().read_bytes())
    assert len(entries) == len(bundled)
    ids = [e.get("id") for e in entries]
    assert len(set(ids)) == len(ids)
    for entry in entries:  # TBX-Basic shape: langSec > termSec > term + administrativeStatus
        for sec in entry.findall(f"{TBX_NS}langSec"):
            assert sec.get("{http://www.w3.org/XML/1998/namespace}lang") in ("zh", "en")
            for term_sec in sec.findall(f"{TBX_NS}termSec"):
                assert term_sec.find(f"{TBX_NS}term") is not None
                status = term_sec.find(f"{TBX_NS}termNote[@type='administrativeStatus']")
                assert status is not None and status.text and status.text.endswith("-admn-sts")


def test_tbx_round_trip_loses_no_entry_form_or_status(tmp_path: Path) -> None:
    tbx = tmp_path / "g.tbx"
    back = tmp_path / "back.csv"
    assert run_cli(["glossary", "export", "-o", str(tbx)]).code == 0
    result = run_cli(["glossary", "import", str(tbx), "-o", str(back)])
    assert result.code == 0, result.err
    assert _rows(back.read_bytes()) == _rows(default_glossary_path().read_bytes())


def test_export_keeps_unknown_columns_and_layers(tmp_path: Path) -> None:
    team = tmp_path / "team.csv"
    team.write_text(
        f"{HEADER},desk\n两先区,two pilot zones,,,slogan,,,team,approved,north\n", "utf-8"
    )
    tbx = tmp_path / "g.tbx"
    run_cli(["glossary", "export", "--no-default-glossary", "-g", str(team), "-o", str(tbx)])
    back = tmp_path / "back.csv"
    assert run_cli(["glossary", "import", str(tbx), "-o", str(back)]).code == 0
    assert _rows(back.read_bytes()) == _rows(team.read_bytes())
    data = json.loads(run_cli(["glossary", "export", "-f", "json", "-g", str(team)]).out)
    wins = next(e for e in data if "两先区" in e["zh"])
    assert wins["en"] == "two pilot zones" and wins["desk"] == "north"


def test_import_tbx_v2_from_a_cat_tool(tmp_path: Path) -> None:
    tbx = tmp_path / "memoq.tbx"
    tbx.write_text(
        """<?xml version="1.0" encoding="UTF-8"?>
<martif type="TBX" xml:lang="en"><text><body>
<termEntry id="1">
  <langSet xml:lang="zh-CN"><tig><term>两先区</term></tig></langSet>
  <langSet xml:lang="en-US">
    <tig><term>two pre-zones</term>
      <termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></tig>
    <ntig><termGrp><term>two first districts</term>
      <termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote></termGrp></ntig>
  </langSet>
</termEntry>
</body></text></martif>
""",
        "utf-8",
    )
    result = run_cli(["glossary", "import", str(tbx)])
    assert result.code == 0, result.err
    (row,) = _rows(result.out.encode())
    assert (row["zh"], row["en"], row["avoid"]) == (
        "两先区",
        "two pre-zones",
        "two first districts",
    )


@pytest.mark.parametrize(
    ("name", "payload", "message"),
    [
        ("laughs.tbx",
         '<?xml version="1.0"?><!DOCTYPE tbx [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]>'
         '<tbx><text><body/></text></tbx>', "DTD"),
        ("xxe.tbx",
         '<?xml version="1.0"?><!DOCTYPE tbx [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
         "<tbx><text><body><conceptEntry><note>&x;</note></conceptEntry></body></text></tbx>", "DTD"),
        ("broken.tbx", "<tbx><text><body><conceptEntry></body></tbx>", "well-formed"),
        ("other.tbx", "<html/>", "not TBX"),
        ("empty.tbx", "<tbx><text><body><conceptEntry/></body></text></tbx>", "needs a Chinese"),
    ],
)  # fmt: skip
def test_import_refuses_bad_or_hostile_tbx(
    tmp_path: Path, name: str, payload: str, message: str
) -> None:
    path = tmp_path / name
    path.write_text(payload, "utf-8")
    out = tmp_path / "out.csv"
    result = run_cli(["glossary", "import", str(path), "-o", str(out)])
    assert result.code == 2 and message in result.err
    assert result.err.count("\n") == 1 and result.err.startswith(str(path))
    assert not out.exists()


def test_import_a_table_with_other_column_names(tmp_path: Path) -> None:
    tsv = tmp_path / "terms.tsv"
    tsv.write_text(
        "Chinese\tEnglish\tWrong\tDesk\n两先区\ttwo pre-zones\ttwo first districts; two pioneer zones\tnorth\n",
        "utf-8",
    )
    result = run_cli(["glossary", "import", str(tsv), "--map", "Chinese=zh", "--map", "English=en",
                      "--map", "Wrong=avoid", "--separator", ";"])  # fmt: skip
    assert result.code == 0, result.err
    (row,) = _rows(result.out.encode())
    assert row == {"zh": "两先区", "en": "two pre-zones",
                   "avoid": "two first districts|two pioneer zones", "Desk": "north"}  # fmt: skip
    missing = run_cli(["glossary", "import", str(tsv)])
    assert missing.code == 2 and "--map COLUMN=zh" in missing.err


def test_import_xlsx(tmp_path: Path) -> None:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["zh", "en", "status"])
    sheet.append(["两先区", "two pre-zones", "proposed"])
    path = tmp_path / "terms.xlsx"
    book.save(path)
    result = run_cli(["glossary", "import", str(path)])
    assert result.code == 0, result.err
    assert _rows(result.out.encode()) == [
        {"zh": "两先区", "en": "two pre-zones", "status": "proposed"}
    ]


def test_import_validates_and_never_overwrites(tmp_path: Path) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_text("zh,en\n两先区,\n", "utf-8")
    result = run_cli(["glossary", "import", str(bad)])
    assert result.code == 2 and result.err.startswith(f"{bad}:2:")
    good = tmp_path / "good.csv"
    good.write_text("zh,en\n两先区,two pre-zones\n", "utf-8")
    target = tmp_path / "mine.csv"
    target.write_text("precious", "utf-8")
    refused = run_cli(["glossary", "import", str(good), "-o", str(target)])
    assert refused.code == 2 and target.read_text("utf-8") == "precious"
    assert run_cli(["glossary", "import", str(good), "-o", str(target), "--force"]).code == 0
    assert run_cli(["glossary", "import", str(good), "-o", str(good), "--force"]).code == 2


def test_mine_samples_proposes_quoted_formulations_with_counts() -> None:
    samples = [str(p) for p in sorted(SAMPLES.glob("*.txt"))]
    result = run_cli(["glossary", "mine", "--no-default-glossary", "-f", "json", *samples])
    assert result.code == 0, result.err
    found = {row["en"]: row for row in json.loads(result.out)}
    assert found["two pre-zones"]["count"] >= 2
    assert found["two pre-zones"]["status"] == "proposed"
    assert found["two pre-zones"]["contexts"][0].startswith(samples[0])
    with_glossary = run_cli(["glossary", "mine", "-f", "json", *samples])
    assert "two pre-zones" not in {row["en"] for row in json.loads(with_glossary.out)}


def test_mine_chinese_quotes_and_numbered_formulations(tmp_path: Path) -> None:
    article = tmp_path / "zh.txt"
    article.write_text(
        "会议强调，要坚定“四个自信”，做到“两个维护”，扎实做好“六稳”工作，落实“六保”任务。\n"
        "全市上下要全面推进“一个项目一名领导”机制，抓好三农工作。\n"
        "坚持“一个项目一名领导”，今年完成投资三百亿元，新建项目十五个。\n",
        "utf-8",
    )
    result = run_cli(["glossary", "mine", "--no-default-glossary", "-f", "json", str(article)])
    assert result.code == 0, result.err
    found = {row["zh"]: row["count"] for row in json.loads(result.out)}
    assert found["一个项目一名领导"] == 2
    for term in ("四个自信", "两个维护", "六稳", "六保", "三农"):
        assert term in found, term
    assert not any(z.startswith(("三百", "十五")) for z in found)  # amounts are not formulations


def test_mine_pairs_proposes_the_english_facing_each_chinese_term() -> None:
    from tifa.glossary import load_glossaries
    from tifa.glossary.mine import Unit, mine

    pairs = [
        ("加快建设“两先区”。", 'Speed up the "two pre-zones".'),
        ("推进“两先区”高质量发展。", "Promote high-quality growth of the “two pre-zones”."),
        ("建设“两先区”是重点。", "Building the 'two first districts' is key."),
    ]
    units = [Unit(0, "pairs.tsv", i + 1, en, zh) for i, (zh, en) in enumerate(pairs)]
    (candidate,) = [
        c for c in mine(units, load_glossaries([], use_default=False)) if c.side == "zh"
    ]
    assert (candidate.text, candidate.count, candidate.rendering) == ("两先区", 3, "two pre-zones")


# Glossary rows made of text an editor could type: Chinese terms, English phrases with
# quotes and commas (which need CSV quoting), and the optional cells.
_zh = st.text(alphabet="两先区市委书记一网通办专班营商环境", min_size=2, max_size=6)
_en = st.from_regex(r"[A-Za-z][A-Za-z ,\"'’-]{0,20}[A-Za-z]", fullmatch=True)


@settings(max_examples=30, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.function_scoped_fixture])  # fmt: skip
@given(entries=st.dictionaries(_zh, _en, min_size=1, max_size=6), crlf=st.booleans())
def test_fmt_and_add_are_idempotent_and_lossless(
    tmp_path: Path, entries: dict[str, str], crlf: bool
) -> None:
    path = tmp_path / "house.csv"
    newline = "\r\n" if crlf else "\n"
    path.write_bytes(f"zh,en,desk{newline}".encode())
    for zh, en in entries.items():
        result = run_cli(["glossary", "add", "--zh", zh, "--en", en, "-g", str(path)])
        if result.code != 0:  # a generated form may clash with the bundled glossary: refused
            assert result.code == 2
            continue
    added = _rows(path.read_bytes())
    assert [r["zh"] for r in added] == [z for z in entries if z in {r["zh"] for r in added}]
    assert all(entries[r["zh"]] == r["en"] for r in added)
    assert run_cli(["glossary", "fmt", str(path)]).code == 0
    once = path.read_bytes()
    assert run_cli(["glossary", "fmt", "--check", str(path)]).code == 0
    assert path.read_bytes() == once

    def filled(rows: list[dict[str, str]]) -> list[list[tuple[str, str]]]:
        # fmt adds the standard columns, empty: what a row says must not change
        return sorted(sorted((k, v) for k, v in r.items() if v) for r in rows)

    assert filled(_rows(once)) == filled(added)
    assert (b"\r\n" in once) == crlf
