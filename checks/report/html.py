"""HTML report: one self-contained page a translator can send an editor.

Findings grouped by file, then by rule; each shown in its sentence with the flagged text
marked and the suggestion beside it; counts per rule and per severity at the top; the run's
signature at the foot. No scripts, no external styles or fonts: the file opens anywhere, and
every piece of article text is escaped, so an article cannot inject markup into the page.
"""

from __future__ import annotations

from html import escape

import polars as pl

from tifa.checks.finding_segments import segments_of
from tifa.checks.report import ReportMeta, counts

STYLE = """
body { font: 15px/1.5 system-ui, sans-serif; margin: 2rem auto; max-width: 60rem; color: #222; }
h1 { font-size: 1.4rem; } h2 { font-size: 1.15rem; margin-top: 2rem; border-bottom: 1px solid #ccc; }
h3 { font-size: 1rem; margin-bottom: .3rem; }
table { border-collapse: collapse; margin: .5rem 0 1rem; }
td, th { padding: .15rem .6rem; text-align: left; border-bottom: 1px solid #eee; }
.error { color: #b00020; } .warning { color: #8a5a00; } .info { color: #00639b; }
.finding { margin: .4rem 0 .8rem 1rem; }
.where { font-family: ui-monospace, monospace; font-size: .85rem; color: #555; }
.sentence { margin: .2rem 0; }
mark { background: #ffe08a; padding: 0 .1rem; border-radius: 2px; }
.space { color: #b00020; font-weight: bold; }
.suggestion { font-size: .9rem; } .suggestion code { background: #e6f4ea; padding: 0 .2rem; }
footer { margin-top: 3rem; font-size: .8rem; color: #666; font-family: ui-monospace, monospace; }
"""
CONTEXT = 300  # characters of the sentence shown either side of the flagged text, at most


def _sentences(findings: pl.DataFrame, meta: ReportMeta) -> list[tuple[int, int]]:
    """(start, end) of the sentence each finding starts in, in findings order."""
    segments = meta.corpus.segments.select("doc", seg_start="start", seg_end="end").sort(
        "doc", "seg_start"
    )
    joined = segments_of(findings, segments)
    out = []
    for start, seg_start, seg_end in joined.select("start", "seg_start", "seg_end").iter_rows():
        if seg_start is None or seg_end is None or seg_end <= start:
            out.append((start, start))  # between sentences (white space, residue): the span only
        else:
            out.append((seg_start, seg_end))
    return out


def _in_context(text: str, start: int, end: int, sentence: tuple[int, int]) -> str:
    lo = max(min(sentence[0], start), start - CONTEXT)
    hi = min(max(sentence[1], end), end + CONTEXT)
    before, span, after = text[lo:start], text[start:end], text[end:hi]
    if span.strip():
        shown = escape(span)
    else:  # white space made visible, in place, so the sentence still reads as it is
        visible = span.replace(" ", "·").replace("\t", "→").replace("\n", "↵").replace("\r", "")
        shown = f'<span class="space" title="{len(span)} white-space characters">{visible}</span>'
        shown = shown if span else '<span class="space" title="missing">‸</span>'

    cut_before = "…" if lo > min(sentence[0], start) else ""
    cut_after = "…" if hi < max(sentence[1], end) else ""
    return f"{cut_before}{escape(before)}<mark>{shown}</mark>{escape(after)}{cut_after}"


def render(findings: pl.DataFrame, meta: ReportMeta) -> str:
    """The HTML report text."""
    c = counts(findings)
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>tifa report: {findings.height} findings</title>",
        f"<style>{STYLE}</style></head><body>",
        "<h1>tifa report</h1>",
        f'<p id="summary">{findings.height} findings in '
        f"{findings['path'].n_unique() if findings.height else 0} of {len(meta.corpus.docs)} files: "
        f'<span class="error">{c["error"]} errors</span>, '
        f'<span class="warning">{c["warning"]} warnings</span>, '
        f'<span class="info">{c["info"]} info</span>'
        + (f"; {meta.baselined} hidden by the baseline" if meta.baselined else "")
        + "</p>",
    ]
    if findings.height:
        stats = (
            findings.group_by("code", "name", "severity")
            .len()
            .sort(["len", "code"], descending=[True, False])
        )
        parts.append('<table id="counts"><tr><th>count</th><th>rule</th><th>severity</th></tr>')
        for code, name, severity, n in stats.select("code", "name", "severity", "len").iter_rows():
            parts.append(
                f"<tr><td>{n}</td><td>{escape(code)} {escape(name)}</td>"
                f'<td class="{severity}">{severity}</td></tr>'
            )
        parts.append("</table>")
    sentences = _sentences(findings, meta)
    texts = [d.text for d in meta.corpus.docs]
    indexed = findings.with_row_index("_row")
    for (path,), by_file in indexed.group_by("path", maintain_order=True):
        by_file = by_file.sort("code", "start", maintain_order=True)
        parts.append(f'<section class="file"><h2>{escape(str(path))}</h2>')
        for (code, name), by_rule in by_file.group_by("code", "name", maintain_order=True):
            parts.append(
                f'<h3 id="{escape(str(path))}-{escape(str(code))}">{escape(str(code))} '
                f"{escape(str(name))} ({by_rule.height})</h3>"
            )
            for row in by_rule.iter_rows(named=True):
                text = texts[row["doc"]]
                shown = _in_context(text, row["start"], row["end"], sentences[row["_row"]])
                parts.append(
                    '<div class="finding">'
                    f'<div class="where">{escape(row["path"])}:{row["line"]}:{row["col"]} '
                    f'<span class="{row["severity"]}">{row["severity"]}</span> — '
                    f"{escape(row['message'])}</div>"
                    f'<div class="sentence">{shown}</div>'
                )
                if row["suggestion"] is not None:
                    label = "fix" if row["fix"] == "safe" else "suggestion"
                    suggestion = row["suggestion"]
                    shown_suggestion = suggestion if suggestion.strip() else repr(suggestion)
                    parts.append(
                        f'<div class="suggestion">{label}: <code>{escape(shown_suggestion)}'
                        "</code></div>"
                    )
                parts.append("</div>")
        parts.append("</section>")
    if not findings.height:
        parts.append('<p id="clean">No findings.</p>')
    parts.append(f"<footer>{escape(meta.signature)}</footer></body></html>")
    return "\n".join(parts) + "\n"
