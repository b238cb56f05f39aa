"""Paragraphs and sentences, with offsets that point back into the file."""

from __future__ import annotations

from helpers import document

from tifa.corpus.read import build_corpus


def segments_of(text: str, fmt: str = "text") -> list[str]:
    return build_corpus([document(text, fmt=fmt)]).segments["tgt"].to_list()


def test_sentences_do_not_split_after_abbreviations_or_initials() -> None:
    text = "On Jan. 29, the meeting was held. It ended at 5 p.m. on time. Mr. Li spoke, etc. Then Dr. J. Wang left."
    assert segments_of(text) == [
        "On Jan. 29, the meeting was held.",
        "It ended at 5 p.m. on time.",
        "Mr. Li spoke, etc. Then Dr. J. Wang left.",
    ]


def test_sentence_ends_after_closing_quote() -> None:
    assert segments_of("He said “go.” Then he left.") == ["He said “go.”", "Then he left."]


def test_plain_text_lines_are_paragraphs_but_wrapped_lines_join() -> None:
    corpus = build_corpus([document("Title line\nFirst paragraph is\nwrapped here.\nNext one.\n")])
    assert corpus.paragraphs["text"].to_list() == [
        "Title line",
        "First paragraph is\nwrapped here.",
        "Next one.",
    ]


def test_offsets_point_into_the_original_text() -> None:
    text = "\ufeffHeading\r\n\r\n  The meeting opened.  It closed.  \r\n"
    corpus = build_corpus([document(text)])
    for tgt, start, end in corpus.segments.select("tgt", "start", "end").iter_rows():
        assert text[start:end] == tgt
    assert corpus.lines["line"].to_list()[:3] == [1, 2, 3]


def test_markdown_skips_code_front_matter_and_markers() -> None:
    text = "---\ntitle: x\n---\n# Heading\n\nProse *here*.\n\n```\ncode “ not prose\n```\n- item one\n- item two\n\n    indented code\n"
    assert segments_of(text, fmt="markdown") == ["Heading", "Prose *here*.", "item one", "item two"]


def test_markdown_markup_inside_prose_is_masked() -> None:
    text = "See `two first districts` and [the plan](http://x.cn/a,b) or <https://y.cn> and <b>bold</b>.\n"
    masks = build_corpus([document(text, fmt="markdown")]).masks
    masked = [text[s:e] for s, e in masks.select("start", "end").iter_rows()]
    assert masked == ["`two first districts`", "http://x.cn/a,b", "<https://y.cn>", "<b>", "</b>"]
