"""Aligning a Chinese article with its English translation: paragraphs, then sentences.

`align_texts` pairs the two texts with the Gale-Church aligner (`gale_church`), helped by
anchors (`anchors`: numbers, glossary terms). Each pair has a confidence in [0, 1]; pairs below
`MIN_CONFIDENCE` keep their English but lose their Chinese when checked (`src` is null in the
segment table), so the source-aware rules never judge a translation against the wrong source.

`PairedArticle` is what `tifa check --pair ZH EN` reads: two files with the same number of
lines are taken as line-aligned (line n of one translates line n of the other, confidence
null: the files say so themselves); otherwise they are aligned as articles.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, replace
from itertools import pairwise

import regex

from tifa.corpus.align.anchors import AnchorSource, NumberAnchors
from tifa.corpus.align.gale_church import Aligner, Bead
from tifa.corpus.document import Document
from tifa.corpus.pairs.base import Layout, Unit
from tifa.corpus.segment import Span, markdown_paragraphs, sentences, text_paragraphs

MIN_CONFIDENCE = 0.5
_BREAK = regex.compile(r"\r\n|\r|\n")
_ZH_SENTENCE = regex.compile(r"[^。！？!?]*(?:[。！？!?]+[”’\"」』）)]*|$)")


@dataclass(frozen=True)
class AlignedPair:
    """A Chinese passage and its English, with where each is in its text."""

    zh: str
    en: str
    zh_span: Span
    en_span: Span
    confidence: float
    shape: str


def chinese_sentences(text: str, start: int, end: int) -> list[Span]:
    """Sentence spans of a Chinese paragraph: after 。！？ and any closing quotes."""
    spans = []
    for m in _ZH_SENTENCE.finditer(text, start, end):
        a, b = m.span()
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if a < b:
            spans.append((a, b))
    return spans


def _length(text: str, span: Span) -> int:
    return sum(1 for c in text[span[0] : span[1]] if not c.isspace())


def align_texts(
    zh_text: str,
    en_text: str,
    anchors: AnchorSource | None = None,
    en_markdown: bool = False,
) -> list[AlignedPair]:
    """Pairs of Chinese and English sentences (or groups of them), in text order."""
    anchors = anchors or NumberAnchors()
    zh_paras = text_paragraphs(zh_text)
    en_paras = (markdown_paragraphs if en_markdown else text_paragraphs)(en_text)
    zh_sents = [chinese_sentences(zh_text, a, b) for a, b in zh_paras]
    en_sents = [sentences(en_text, a, b) for a, b in en_paras]
    flat_zh = [s for p in zh_sents for s in p]
    flat_en = [s for p in en_sents for s in p]
    zh_keys, en_keys = anchors.keys(
        [zh_text[a:b] for a, b in flat_zh], [en_text[a:b] for a, b in flat_en]
    )
    zh_len = [_length(zh_text, s) for s in flat_zh]
    en_len = [_length(en_text, s) for s in flat_en]
    aligner = Aligner.fitted(zh_len, en_len)
    if zh_len and en_len:
        aligner = aligner.refit(aligner.align(zh_len, en_len, zh_keys, en_keys), zh_len, en_len)
    # Paragraph level: lengths and anchors summed over each paragraph's sentences.
    zh_first = _firsts(zh_sents)
    en_first = _firsts(en_sents)
    para_beads = aligner.align(
        [sum(zh_len[a:b]) for a, b in pairwise(zh_first)],
        [sum(en_len[a:b]) for a, b in pairwise(en_first)],
        [sum(zh_keys[a:b], Counter()) for a, b in pairwise(zh_first)],
        [sum(en_keys[a:b], Counter()) for a, b in pairwise(en_first)],
    )
    pairs: list[AlignedPair] = []
    for pb in para_beads:
        i0, i1 = zh_first[pb.zh_start], zh_first[pb.zh_end]
        j0, j1 = en_first[pb.en_start], en_first[pb.en_end]
        if i0 == i1 or j0 == j1:
            beads = [Bead(i - i0, i - i0 + 1, 0, 0, 0.2) for i in range(i0, i1)] + [
                Bead(0, 0, j - j0, j - j0 + 1, 0.2) for j in range(j0, j1)
            ]
        else:
            beads = aligner.align(zh_len[i0:i1], en_len[j0:j1], zh_keys[i0:i1], en_keys[j0:j1])
        for b in beads:
            pairs.append(_pair(zh_text, en_text, flat_zh, flat_en, i0, j0, b, pb.shape == "1-1"))
    return pairs


def _firsts(nested: list[list[Span]]) -> list[int]:
    """Index of each paragraph's first sentence in the flat list, plus the total."""
    out, total = [0], 0
    for group in nested:
        total += len(group)
        out.append(total)
    return out


def _pair(
    zh_text: str,
    en_text: str,
    flat_zh: list[Span],
    flat_en: list[Span],
    i0: int,
    j0: int,
    bead: Bead,
    paragraph_one_to_one: bool,
) -> AlignedPair:
    zs = flat_zh[i0 + bead.zh_start : i0 + bead.zh_end]
    es = flat_en[j0 + bead.en_start : j0 + bead.en_end]
    zh_span = (zs[0][0], zs[-1][1]) if zs else (0, 0)
    if es:
        en_span = (es[0][0], es[-1][1])
    else:  # nothing in English: place it after the English sentence before
        at = flat_en[j0 + bead.en_start - 1][1] if j0 + bead.en_start > 0 else 0
        en_span = (at, at)
    confidence = bead.confidence if paragraph_one_to_one else round(bead.confidence * 0.9, 3)
    return AlignedPair(
        zh="".join(zh_text[a:b] for a, b in zs),
        en=en_text[en_span[0] : en_span[1]],
        zh_span=zh_span,
        en_span=en_span,
        confidence=confidence,
        shape=bead.shape,
    )


@dataclass(frozen=True)
class PairedArticle:
    """An English article to check against its Chinese original (`tifa check --pair ZH EN`)."""

    zh: str
    en: str
    anchors: AnchorSource | None = None


def line_aligned(zh_text: str, en_text: str) -> list[AlignedPair] | None:
    """Line n with line n, when both texts have as many lines; else None."""
    zh_lines = _BREAK.split(zh_text.rstrip("\r\n"))
    en_lines = _BREAK.split(en_text.rstrip("\r\n"))
    if len(zh_lines) != len(en_lines):
        return None
    pairs = []
    position = 0
    for zh_line, en_line in zip(zh_lines, en_lines, strict=True):
        start = en_text.index(en_line, position) if en_line else position
        stripped = en_line.strip()
        if stripped:
            a = start + len(en_line) - len(en_line.lstrip())
            pairs.append(
                AlignedPair(zh_line.strip(), stripped, (0, 0), (a, a + len(stripped)), 1.0, "1-1")
            )
        position = start + len(en_line)
    return _uncross(pairs)


# Confidence of a line pair whose numbers went to the next line on one side: below
# MIN_CONFIDENCE, so the pair keeps its English but not its Chinese.
CROSSED = 0.3


def _uncross(pairs: list[AlignedPair]) -> list[AlignedPair]:
    """`pairs` with the two lines of each crossed pair of neighbours made unconfident.

    Files with as many lines need not break them in the same places: a heading
    "2022年8月19日发言人某某 / 主持记者会" against "Spokesperson X's / Press Conference on
    August 19, 2022". A number of one side's line that the other side gives on the next (or
    the previous) line, and not on its own, shows the break moved; judging either line
    against its own source would report the date and the year as lost.
    """
    if len(pairs) < 2:
        return pairs
    zh_keys, en_keys = NumberAnchors().keys([p.zh for p in pairs], [p.en for p in pairs])
    crossed: set[int] = set()
    for i in range(len(pairs) - 1):
        if (
            _moved(zh_keys[i], en_keys[i], en_keys[i + 1], zh_keys[i + 1])
            or _moved(en_keys[i], zh_keys[i], zh_keys[i + 1], en_keys[i + 1])
            or _moved(zh_keys[i + 1], en_keys[i + 1], en_keys[i], zh_keys[i])
            or _moved(en_keys[i + 1], zh_keys[i + 1], zh_keys[i], en_keys[i])
        ):
            crossed.update((i, i + 1))
    return [replace(p, confidence=CROSSED) if i in crossed else p for i, p in enumerate(pairs)]


def _moved(
    mine: Counter[str],
    opposite: Counter[str],
    neighbour: Counter[str],
    neighbours_own: Counter[str],
) -> bool:
    """Whether a number of `mine` is missing from `opposite` (the other side of the same
    line) and stands instead in `neighbour` (the other side of the next line) without
    being in that line's own side."""
    return any(k not in opposite and k in neighbour and k not in neighbours_own for k in mine)


def paired_layout(pairs: list[AlignedPair], confident_only: bool = True) -> Layout:
    """Units for the English article: one per pair that has English; the Chinese kept only when
    the pair is confident enough."""
    units, starts = [], []
    for pair in pairs:
        if pair.en_span[0] == pair.en_span[1]:
            continue  # Chinese with no English: nothing to check in the file
        keep = pair.zh and (pair.confidence >= MIN_CONFIDENCE or not confident_only)
        units.append(
            Unit(
                src=pair.zh if keep else None,
                tgt=pair.en,
                file_start=pair.en_span[0],
                conf=pair.confidence,
            )
        )
        starts.append(pair.en_span[0])
    return Layout(units, starts)


def read_paired_article(target: PairedArticle, encoding: str | None) -> Document:
    """The English file of `target` as a document whose segments carry the Chinese."""
    from tifa.corpus.read import read_document

    zh = read_document(target.zh, encoding)
    en = read_document(target.en, encoding)
    lined = line_aligned(zh.text, en.text)
    if lined is not None:
        layout = paired_layout(lined)
        for unit in layout.units:
            if unit.conf is not None and unit.conf >= MIN_CONFIDENCE:
                unit.conf = None  # the files pair their lines themselves
    else:
        layout = paired_layout(align_texts(zh.text, en.text, target.anchors, en.fmt == "markdown"))
    en.layout = layout
    return en
