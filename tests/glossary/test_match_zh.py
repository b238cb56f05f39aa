"""Chinese term matching: leftmost-longest, jieba word boundaries, NFKC and traditional input."""

from __future__ import annotations

import marshal
import unicodedata
from pathlib import Path

import jieba
import polars as pl
from helpers import glossary_from
from hypothesis import given, settings
from hypothesis import strategies as st

from tifa.glossary.match_zh import ChineseMatcher, Lexicon, base_dictionary, base_lexicon, views
from tifa.glossary.zh_text import to_simplified, zh_view

CSV = """zh,en,kind
中国特色社会主义,socialism with Chinese characteristics,slogan
社会主义,socialism,other
市长,mayor,title
大连,Dalian,place
两先区,two pre-zones,slogan
谭作钧,Tan Zuojun,person
"""


def zh_hits(tmp_path: Path, *sources: str) -> list[tuple[int, str, str, int, int]]:
    matcher = ChineseMatcher(glossary_from(tmp_path, CSV))
    segments = pl.DataFrame(
        {"doc": [0] * len(sources), "seg": list(range(len(sources))), "src": list(sources)},
        schema={"doc": pl.UInt32, "seg": pl.UInt32, "src": pl.String},
    )
    hits = matcher.match(*views(segments))
    return hits.select("seg", "term_id", "text", "start", "end").rows()


def test_leftmost_longest(tmp_path: Path) -> None:
    assert zh_hits(tmp_path, "坚持和发展中国特色社会主义。") == [
        (0, "中国特色社会主义", "中国特色社会主义", 5, 13)
    ]
    assert zh_hits(tmp_path, "坚持社会主义道路。") == [(0, "社会主义", "社会主义", 2, 6)]


def test_a_term_inside_another_word_is_not_a_hit(tmp_path: Path) -> None:
    assert zh_hits(tmp_path, "谋划城市长远发展。") == []
    assert zh_hits(tmp_path, "市长谭作钧讲话。") == [
        (0, "市长", "市长", 0, 2),
        (0, "谭作钧", "谭作钧", 2, 5),
    ]


def test_place_name_before_its_administrative_suffix(tmp_path: Path) -> None:
    assert [h[1] for h in zh_hits(tmp_path, "大连市长谭作钧出席。")] == ["大连", "市长", "谭作钧"]


def test_traditional_source_maps_back_to_original_offsets(tmp_path: Path) -> None:
    hits = zh_hits(tmp_path, "大連市長譚作鈞推動兩先區建設")
    assert [(h[1], h[2]) for h in hits] == [
        ("大连", "大連"),
        ("市长", "市長"),
        ("谭作钧", "譚作鈞"),
        ("两先区", "兩先區"),
    ]


def test_fullwidth_and_compatibility_forms_keep_offsets() -> None:
    view = zh_view("面积１２㎡，两先区")
    assert view.text == "面积12m2,两先区"
    start = view.text.index("两先区")
    assert view.span(start, start + 3) == (6, 9)
    assert view.span(view.text.index("m2"), view.text.index("m2") + 2) == (4, 5)


def test_the_global_jieba_dictionary_is_left_alone(tmp_path: Path) -> None:
    csv = CSV + "鸭绿江口湾区示范带,Yalu Estuary Bay Area demonstration belt,place\n"
    matcher = ChineseMatcher(glossary_from(tmp_path, csv))
    # The dictionary loads a character's words (the glossary's among them) as a text needs them.
    matcher.tokenizer.load("鸭绿江口湾区示范带")
    assert "鸭绿江口湾区示范带" in matcher.tokenizer.FREQ
    assert "鸭绿江口湾区示范带" not in jieba.dt.FREQ
    assert matcher.tokenizer is matcher.tokenizer  # built once per glossary


def test_person_names_after_a_title(tmp_path: Path) -> None:
    matcher = ChineseMatcher(glossary_from(tmp_path, CSV))
    names = [n for _, _, n in matcher.person_names("市长助理单立新和谭作钧出席。")]
    assert names == ["单立新", "谭作钧"]


# Characters that fold one to one (full-width punctuation and digits), grow (㎡, ㈱), are
# traditional (連, 區) or stay as they are.
VIEW_CHARS = "，：（）“”１２３ＡＢ㎡㈱㍻大連區市两先区长 ,.a1"


@settings(max_examples=300, deadline=None, derandomize=True)
@given(text=st.text(alphabet=VIEW_CHARS, max_size=12))
def test_every_view_character_points_back_to_the_character_it_came_from(text: str) -> None:
    view = zh_view(text)
    assert view.original == text
    assert view.text == to_simplified(unicodedata.normalize("NFKC", text))
    for i, ch in enumerate(view.text):
        a, b = view.span(i, i + 1)
        folded = to_simplified(unicodedata.normalize("NFKC", text[a:b]))
        assert ch in folded, (text, i)


def test_the_base_dictionary_is_jiebas_own() -> None:
    # Read from jieba's cache file by tifa itself (the fast way): the same words and counts
    # jieba's own initialisation loads.
    tokenizer = jieba.Tokenizer()
    tokenizer.initialize()
    freq, total = base_dictionary()
    assert total == tokenizer.total
    assert freq == tokenizer.FREQ


def test_runs_that_differ_in_their_figures_are_cut_alike(tmp_path: Path) -> None:
    # Runs are cut once per shape: a digit jieba knows no word with is read like any other.
    matcher = ChineseMatcher(glossary_from(tmp_path, CSV))
    texts = ["大连将建设131个两先区项目", "大连将建设927个两先区项目", "大连将建设5个两先区项目"]
    cuts = [sorted(matcher.boundaries(t, range(len(t) + 1))) for t in texts]
    assert cuts[0] == cuts[1]
    assert {5, 8, 9, 12} <= set(cuts[0]) and {5, 6, 7, 10} <= set(cuts[2])
    assert [h[1] for h in zh_hits(tmp_path, *texts)] == ["大连", "两先区"] * 3


def test_digits_in_jiebas_own_words_are_kept_apart(tmp_path: Path) -> None:
    # jieba has 1号店 and 4S店 as words: 1 and 4 are not read like 0 or 5.
    matcher = ChineseMatcher(glossary_from(tmp_path, CSV))
    assert matcher.boundaries("指导1号店开业", [2, 3, 5]) == {2, 5}
    assert matcher.boundaries("指导0号店开业", [2, 3, 5]) == {2, 3, 5}
    assert matcher.boundaries("指导4S店开业", [2, 4, 5]) == {2, 5}
    assert matcher.boundaries("指导5S店开业", [2, 4, 5]) == {2, 4, 5}


# Sentences in the register, some with unknown names and figures (jieba's HMM cuts those).
CUT_TEXTS = (
    "大连市委常委会召开会议，市长谭作钧主持会议并讲话。",
    "全市新增市场主体3.2万户，同比增长12.5%，两先区建设取得新进展。",
    "坚持和发展中国特色社会主义，奋力谱写新时代大连高质量发展新篇章。",
    "记者李海鹰报道：城市长远发展规划征求意见稿日前发布。",
    "副市长单立新到金普新区调研重点项目建设情况，指导1号店开业。",
)


def test_a_sharded_tokenizer_cuts_as_jieba_with_the_whole_dictionary(tmp_path: Path) -> None:
    # The matcher's tokenizer loads jieba's dictionary a character's shard at a time; a
    # tokenizer holding the whole dictionary, given the same glossary words, cuts alike.
    matcher = ChineseMatcher(glossary_from(tmp_path, CSV))
    freq, total = base_dictionary()
    whole = jieba.Tokenizer()
    whole.FREQ, whole.total, whole.initialized = dict(freq), total, True
    for word in matcher.keys:
        whole.add_word(word, whole.suggest_freq(word), matcher.tags[word])
    for text in CUT_TEXTS:
        assert list(matcher.tokenizer.tokenize(text)) == list(whole.tokenize(text)), text
        for hmm in (True, False):
            assert list(matcher.tokenizer.cut(text, HMM=hmm)) == list(whole.cut(text, HMM=hmm))
    assert 0 < len(matcher.tokenizer.FREQ) < len(whole.FREQ)  # not every shard was loaded
    for word in matcher.tokenizer.FREQ:
        assert matcher.tokenizer.FREQ[word] == whole.FREQ[word], word


def test_the_lexicon_holds_the_whole_dictionary_and_refuses_other_bytes() -> None:
    freq, total = base_dictionary()
    lexicon = base_lexicon()
    assert lexicon.total == total
    assert sum(len(marshal.loads(shard)) for shard in lexicon.shards.values()) == len(freq)
    assert "1" in lexicon.digits  # 1号店
    assert Lexicon.loads(lexicon.dumps()) == lexicon
    for junk in (b"", b"not marshal", marshal.dumps(("another-format", {}, 0, ""))):
        assert Lexicon.loads(junk) is None
