"""Chinese term matching: every glossary term found in the `src` column, once per run.

How a term is found (DESIGN.md, "Matching"):

1. The source is read through its normalised view (tifa.glossary.zh_text: NFKC, traditional
   to simplified, offsets kept).
2. Candidates, columnar: polars `str.extract_many` (Aho-Corasick in Rust) over the views
   picks the rows that contain any Chinese form of any active term.
3. Spans, on candidate rows only: every occurrence of every form found, kept only if it
   starts and ends on a word boundary of jieba's segmentation — with every glossary form
   loaded into a private jieba dictionary — so that 市长 (mayor) is not found in 城市长远
   (the city's long-term). A word of jieba's own dictionary made entirely of glossary
   forms and administrative suffixes (大连市委 = 大连 + 市委, 大连市 = 大连 + 市) is split
   between them.
4. Overlaps are settled leftmost-longest: 中国特色社会主义 wins over 社会主义 inside it.

The result is the zh hits table: ``doc, seg, side, term_id, form, form_text, text, start,
end`` with ``side`` = ``zh``, ``form`` = ``zh``, ``form_text`` the glossary's Chinese form,
``text`` the original source text of the span and ``start``/``end`` offsets in the segment's
``src`` string (the source has no place in the document text of its own).

jieba's own dictionary takes about a second to load; it is loaded once per process, only
when a run has Chinese to match, and each glossary gets a copy with its terms added (the
global `jieba.dt` is never changed).
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import marshal
import os
import sys
import tempfile
import unicodedata
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, cached_property
from pathlib import Path
from typing import Any

import polars as pl
import regex

from tifa.caches import kept, source_digest, table_path
from tifa.glossary.model import Glossary
from tifa.glossary.names import COMMON_SURNAMES, COMPOUND_SURNAMES, split_surname
from tifa.glossary.zh_text import ZhView, zh_view

ZH_HIT_SCHEMA = {
    "doc": pl.UInt32,
    "seg": pl.UInt32,
    "side": pl.String,
    "term_id": pl.String,
    "form": pl.String,
    "form_text": pl.String,
    "text": pl.String,
    "start": pl.Int64,
    "end": pl.Int64,
}
# jieba's own block pattern (jieba.re_han_default): it cuts each such run independently.
_BLOCK = regex.compile(r"[\u4E00-\u9FD5a-zA-Z0-9+#&\._%\-]+")
EDGE_CACHE = 200_000  # distinct runs remembered per matcher
VIEW_SCHEMA = {"doc": pl.UInt32, "seg": pl.UInt32, "src": pl.String, "zh": pl.String}
# Administrative suffixes that jieba glues to a place name (大连市): a term may end before one.
PLACE_SUFFIXES = frozenset("市省区县镇")
# Words a name follows in news copy (市长, 书记, 记者 …): a surname after one starts a name.
TITLE_ENDINGS = (
    "长",
    "书记",
    "主任",
    "主席",
    "助理",
    "记者",
    "委员",
    "常委",
    "同志",
    "代表",
    "经理",
)


def jieba_module() -> Any:
    """jieba, imported without `pkg_resources`: jieba opens its own data files through it
    when it can and with a plain open() when it cannot, and importing setuptools'
    pkg_resources costs more CPU time than the rest of jieba's import."""
    if "jieba" not in sys.modules and "pkg_resources" not in sys.modules:
        sys.modules["pkg_resources"] = None  # type: ignore[assignment]  # import fails
        try:
            import jieba
        finally:
            del sys.modules["pkg_resources"]
    import jieba

    # jieba announces every dictionary load on stderr; tifa's stderr is for the user.
    jieba.setLogLevel(logging.WARNING)
    return jieba


@cache
def base_dictionary() -> tuple[dict[str, int], int]:
    """jieba's default word frequencies and their total, loaded once per process."""
    jieba = jieba_module()
    tokenizer = jieba.Tokenizer()
    # jieba keeps its default dictionary in this cache and reads it with marshal.load from
    # the open file, which reads item by item: three times slower than marshal.loads of the
    # file's bytes. Read it so here; jieba builds (and writes) the cache when it is absent.
    cache = Path(tokenizer.tmp_dir or tempfile.gettempdir()) / "jieba.cache"
    with contextlib.suppress(OSError, ValueError, EOFError, TypeError):
        freq, total = marshal.loads(cache.read_bytes())
        if isinstance(freq, dict) and isinstance(total, int):
            return freq, total
    tokenizer.initialize()
    return tokenizer.FREQ, tokenizer.total


@dataclass(frozen=True)
class Lexicon:
    """jieba's default dictionary in shards: the words (and the prefixes jieba keeps with a
    count of 0) that begin with each character, each shard marshalled on its own.

    jieba looks up only pieces of the text it cuts, and every piece begins with one of the
    text's characters: a tokenizer that loads the shards of a text's characters before it
    cuts the text cuts it exactly as one holding the whole dictionary does, and a run loads
    only the shards of the characters its candidate sources hold (a fraction of the 350,000
    words, whose loading is most of jieba's cost on a translation memory)."""

    shards: dict[str, bytes]
    total: int
    digits: frozenset[str]  # the ASCII digits in some word (4S店, 1号店)

    @staticmethod
    def of(freq: dict[str, int], total: int) -> Lexicon:
        """The lexicon of a whole dictionary (words and counts, as jieba keeps them)."""
        parts: dict[str, dict[str, int]] = defaultdict(dict)
        for word, count in freq.items():
            parts[word[0]][word] = count
        words = "".join(freq)
        return Lexicon(
            {c: marshal.dumps(part) for c, part in parts.items()},
            total,
            frozenset(d for d in "0123456789" if d in words),
        )

    def dumps(self) -> bytes:
        """The lexicon as bytes (see `loads`)."""
        return marshal.dumps(
            (LEXICON_FORMAT, self.shards, self.total, "".join(sorted(self.digits)))
        )

    @staticmethod
    def loads(data: bytes) -> Lexicon | None:
        """The lexicon `dumps` wrote, or None for anything else."""
        with contextlib.suppress(ValueError, EOFError, TypeError):
            kind, shards, total, digits = marshal.loads(data)
            if (
                kind == LEXICON_FORMAT
                and isinstance(shards, dict)
                and isinstance(total, int)
                and isinstance(digits, str)
            ):
                return Lexicon(shards, total, frozenset(digits))
        return None


LEXICON_FORMAT = "tifa-jieba-lexicon-1"


@cache
def _lexicon_key() -> str:
    """What tells jieba's dictionary apart: jieba's version and its dictionary file's size
    and time."""
    jieba = jieba_module()
    source = Path(jieba.__file__).parent / "dict.txt"
    try:
        stat = source.stat()
        return f"{getattr(jieba, '__version__', '')}-{stat.st_size}-{stat.st_mtime_ns}"
    except OSError:
        return getattr(jieba, "__version__", "")


@cache
def base_lexicon() -> Lexicon:
    """jieba's default dictionary as a Lexicon, read from a cache file of our own beside
    jieba's (tied to the version and file of jieba's dictionary), written when absent."""
    jieba = jieba_module()
    key = _lexicon_key()
    folder = Path(jieba.Tokenizer().tmp_dir or tempfile.gettempdir())
    path = folder / f"tifa-jieba-{hashlib.blake2b(key.encode(), digest_size=8).hexdigest()}.cache"
    with contextlib.suppress(OSError):
        lexicon = Lexicon.loads(path.read_bytes())
        if lexicon is not None:
            return lexicon
    lexicon = Lexicon.of(*base_dictionary())
    with contextlib.suppress(OSError):  # no cache where the folder cannot be written
        fd, temporary = tempfile.mkstemp(dir=folder, prefix=".tifa-jieba-")
        try:
            with os.fdopen(fd, "wb") as out:
                out.write(lexicon.dumps())
            os.replace(temporary, path)
        finally:
            with contextlib.suppress(OSError):
                os.unlink(temporary)
    return lexicon


@cache
def base_dictionary_digits() -> frozenset[str]:
    """The ASCII digits that occur in some word of jieba's default dictionary (4S店, 1号店)."""
    return base_lexicon().digits


@cache
def _sharded_tokenizer_class() -> Any:
    """A jieba Tokenizer whose dictionary is a Lexicon, each shard loaded before jieba first
    looks up a piece of text beginning with its character."""
    jieba = jieba_module()

    class ShardedTokenizer(jieba.Tokenizer):  # type: ignore[misc,name-defined]
        def __init__(self, lexicon: Lexicon) -> None:
            super().__init__()
            self.FREQ: dict[str, int] = {}
            self.total = lexicon.total
            self.initialized = True
            self.lexicon = lexicon
            self.loaded: set[str] = set()
            # The glossary's words (and their prefixes) by first character, laid over that
            # character's shard as it loads (`private_tokenizer`).
            self.overrides: dict[str, dict[str, int]] = {}

        def load(self, text: str) -> None:
            """Load the shards of the characters of `text` not loaded yet."""
            for char in set(text) - self.loaded:
                self.loaded.add(char)
                shard = self.lexicon.shards.get(char)
                if shard is not None:
                    # No word beginning with `char` is in FREQ yet (see private_tokenizer).
                    self.FREQ.update(marshal.loads(shard))
                extra = self.overrides.get(char)
                if extra is not None:
                    self.FREQ.update(extra)

        def get_DAG(self, sentence: str) -> Any:  # jieba's name
            # Every lookup of a cut (the word graph, the route, the unknown words) is a piece
            # of the sentence whose graph is built first.
            self.load(sentence)
            return super().get_DAG(sentence)

    return ShardedTokenizer


@cache
def base_word_tags() -> dict[str, str]:
    """jieba's part-of-speech tag for each word of its dictionary, read once per process."""
    jieba_module()
    import jieba.posseg

    return dict(jieba.posseg.POSTokenizer(jieba.Tokenizer()).word_tag_tab)


def private_tokenizer(words: Iterable[tuple[str, str | None]]) -> Any:
    """A jieba Tokenizer of our own: the default dictionary plus `words` (word, part of
    speech), each tuned so that it is cut out whole.

    Adding the words loads the shards of every character they hold and cuts each of them
    (about 0.1 s of CPU for the bundled glossary), the same on every run with the same words:
    what the words change (their counts and their prefixes', by first character, the total,
    their tags) is kept in tifa's cache folder (tifa.caches) under a key of the words, this
    module and jieba's dictionary, and laid over each character's shard when a text first
    needs it, which leaves the dictionary every look-up sees as it was."""
    words = list(words)
    key = source_digest(__file__, extra=f"{_lexicon_key()}|{words!r}")
    if table_path(_PRIVATE_KIND, key) is None:
        return _built_tokenizer(words)
    total, overrides, tags = kept(
        _PRIVATE_KIND, key, lambda: _changes(_built_tokenizer(words)), tuple
    )
    tokenizer = _sharded_tokenizer_class()(base_lexicon())
    tokenizer.total = total
    tokenizer.overrides = overrides
    tokenizer.user_word_tag_tab.update(tags)
    return tokenizer


_PRIVATE_KIND = "jieba-private-1"


def _built_tokenizer(words: list[tuple[str, str | None]]) -> Any:
    tokenizer = _sharded_tokenizer_class()(base_lexicon())
    for word, tag in words:
        # The word's shards first: add_word changes the counts of the words beginning with
        # its first character, which a shard loaded later would overwrite.
        tokenizer.load(word)
        # A word's suggested count is at least 1, so add_word never forces a split (a
        # change outside the tokenizer, which `_changes` would not keep).
        tokenizer.add_word(word, tokenizer.suggest_freq(word), tag)
    return tokenizer


def _changes(
    tokenizer: Any,
) -> tuple[int, dict[str, dict[str, int]], dict[str, str]]:
    """What adding the words changed in a tokenizer `_built_tokenizer` made: its total, its
    counts that differ from (or are missing in) their character's shard, by character, and
    its words' tags."""
    shards: dict[str, dict[str, int]] = {}
    overrides: dict[str, dict[str, int]] = defaultdict(dict)
    for word, count in tokenizer.FREQ.items():
        char = word[0]
        if char not in shards:
            shard = tokenizer.lexicon.shards.get(char)
            shards[char] = marshal.loads(shard) if shard is not None else {}
        if shards[char].get(word) != count:
            overrides[char][word] = count
    return tokenizer.total, dict(overrides), dict(tokenizer.user_word_tag_tab)


def views(segments: pl.DataFrame) -> tuple[pl.DataFrame, dict[str, ZhView]]:
    """The normalised view of every segment that has a source: a table (doc, seg, src, zh)
    and the views themselves, keyed by the source text (each distinct source is normalised
    once: a translation memory repeats its sources)."""
    if "src" not in segments.columns:
        return pl.DataFrame(schema=VIEW_SCHEMA), {}
    rows = segments.filter(pl.col("src").is_not_null() & (pl.col("src") != "")).select(
        "doc", "seg", "src"
    )
    sources = rows["src"].unique(maintain_order=True).to_list()
    by_src = {src: zh_view(src) for src in sources}
    texts = pl.DataFrame(
        {"src": sources, "zh": [by_src[s].text for s in sources]},
        schema={"src": pl.String, "zh": pl.String},
    )
    table = rows.join(texts, on="src", how="left", maintain_order="left")
    return table.select(list(VIEW_SCHEMA)), by_src


@dataclass(frozen=True)
class ZhForm:
    """One Chinese form of a term, normalised like the text it is searched in."""

    term_id: str
    text: str
    original: str


class ChineseMatcher:
    """Finds every Chinese form of every active term in the sources; build once per glossary.

    The jieba dictionary is built on first use, so monolingual runs never pay for it.
    """

    def __init__(self, glossary: Glossary) -> None:
        self.glossary = glossary
        self._edges: dict[str, frozenset[int]] = {}

    @cached_property
    def by_text(self) -> dict[str, list[ZhForm]]:
        """Every Chinese form of every active term, by its normalised text; built on first
        use, so that monolingual runs never normalise the glossary's Chinese."""
        out: dict[str, list[ZhForm]] = defaultdict(list)
        for term in self.glossary.active():
            for zh in term.zh:
                text = to_view(zh)
                if text:
                    out[text].append(ZhForm(term.id, text, zh))
        return out

    @cached_property
    def keys(self) -> list[str]:
        """The normalised forms, sorted: what Aho-Corasick searches for."""
        return sorted(self.by_text)

    @cached_property
    def longest_form(self) -> int:
        """The length of the longest normalised form (0 for none)."""
        return max((len(k) for k in self.by_text), default=0)

    @cached_property
    def tags(self) -> dict[str, str | None]:
        """The part of speech each form gets in the private dictionary: `nr` for persons."""
        kinds = {t.id: t.kind for t in self.glossary.active()}
        return {
            text: "nr" if any(kinds.get(f.term_id) == "person" for f in forms) else None
            for text, forms in self.by_text.items()
        }

    @cached_property
    def tokenizer(self) -> Any:
        """The private jieba Tokenizer with every Chinese form of the glossary added."""
        # Forms with punctuation (一个项目、一名领导) are never one word; adding them would only
        # add junk prefixes to the dictionary.
        words = [(k, self.tags[k]) for k in self.keys if all(_is_han(c) for c in k)]
        return private_tokenizer(words)

    @cached_property
    def pos_tokenizer(self) -> Any:
        """jieba's part-of-speech tagger over the private dictionary (glossary persons are
        tagged `nr`); built on first use, as it reads jieba's dictionary once more."""
        jieba_module()
        import jieba.posseg

        # Built without __init__, which would read jieba's dictionary file again for tags.
        tagger = jieba.posseg.POSTokenizer.__new__(jieba.posseg.POSTokenizer)
        tagger.tokenizer = self.tokenizer
        tagger.word_tag_tab = dict(base_word_tags())
        return tagger

    def person_names(self, text: str) -> list[tuple[int, int, str]]:
        """(start, end, name) of the personal names in `text`: words jieba tags `nr` that
        begin with a common surname and are two to four characters long, and — where jieba
        splits an unknown name (单/立新) — a surname and the next one or two characters
        right after a title (市长助理单立新, 记者李海鹰)."""
        words: list[tuple[int, str, str]] = []
        at = 0
        for pair in self.pos_tokenizer.cut(text):
            start = text.find(pair.word, at)
            at = start + len(pair.word)
            words.append((start, pair.word, pair.flag))
        out = []
        for i, (start, word, flag) in enumerate(words):
            name = word if flag == "nr" else ""
            after_title = i > 0 and words[i - 1][1].endswith(TITLE_ENDINGS)
            if not name and after_title and word in COMMON_SURNAMES and i + 1 < len(words):
                given = words[i + 1][1]
                if 1 <= len(given) <= 2 and all(_is_han(c) for c in given):
                    name = word + given
            if 2 <= len(name) <= 4 and all(_is_han(c) for c in name):
                surname, given = split_surname(name)
                if given and (surname in COMPOUND_SURNAMES or surname in COMMON_SURNAMES):
                    out.append((start, start + len(name), name))
        return out

    def boundaries(self, text: str, offsets: Iterable[int]) -> set[int]:
        """Which of `offsets` in `text` are word boundaries of jieba's segmentation.

        jieba cuts each run of Han characters, letters and digits on its own, so only the
        runs holding one of `offsets` are cut, and each distinct run once per matcher (a
        translation memory repeats itself). jieba's dictionary has compounds of our terms
        as single words (大连市委, 大连市): a word made entirely of glossary forms, with
        administrative suffixes after them, is split between its forms.
        """
        wanted = sorted(set(offsets))
        edges: set[int] = set()
        seen: set[int] = set()
        for block in _BLOCK.finditer(text):
            a, b = block.span()
            inside = [o for o in wanted if a <= o <= b]
            if inside and all(o in (a, b) for o in inside):
                # A run's two ends are always boundaries (a term in quotes, 两先区): the run
                # need not be cut.
                edges.update(inside)
                seen.update(inside)
            elif inside:
                cut = self._block_edges(block.group())
                edges.update(o for o in inside if o - a in cut)
                seen.update(inside)
        # Offsets outside every run sit between punctuation or spaces: always boundaries.
        return edges | (set(wanted) - seen)

    @cached_property
    def _digit_fold(self) -> dict[int, int]:
        """A translation table folding every ASCII digit that is in no word of the private
        dictionary onto one of them. jieba reads such a digit only as "not a word" — the
        same for each of them — so a run cuts exactly where its folded copy does, and runs
        that differ only in their figures (建设131个, 建设927个) are cut once."""
        used = base_dictionary_digits() | {c for key in self.keys for c in key if c.isdigit()}
        free = [d for d in "0123456789" if d not in used]
        return {ord(d): ord(free[0]) for d in free[1:]}

    def _block_edges(self, block: str) -> frozenset[int]:
        block = block.translate(self._digit_fold)
        cached = self._edges.get(block)
        if cached is None:
            found = {0, len(block)}
            for word, start, end in self.tokenizer.tokenize(block):
                found.add(start)
                found.add(end)
                if len(word) > 2:
                    found.update(start + cut for cut in self._compound_cuts(word))
            if len(self._edges) > EDGE_CACHE:
                self._edges.clear()
            cached = self._edges[block] = frozenset(found)
        return cached

    def _compound_cuts(self, word: str) -> list[int]:
        # back[i] is where the last piece of a split of word[:i] starts.
        longest = min(len(word), self.longest_form)
        back: list[int | None] = [None] * (len(word) + 1)
        back[0] = 0
        for i in range(1, len(word) + 1):
            for j in range(max(0, i - longest), i):
                piece = word[j:i]
                suffix = i - j == 1 and j > 0 and piece in PLACE_SUFFIXES
                if back[j] is not None and (piece in self.by_text or suffix):
                    back[i] = j
                    break
        cuts: list[int] = []
        i = len(word)
        if back[i] is None or back[i] == 0:
            return cuts
        while i > 0:
            prev = back[i]
            assert prev is not None
            if prev > 0:
                cuts.append(prev)
            i = prev
        return cuts

    def match(self, table: pl.DataFrame, views_by_src: dict[str, ZhView]) -> pl.DataFrame:
        """The zh hits table for the source views (see `views`)."""
        if not self.keys or not table.height:
            return pl.DataFrame(schema=ZH_HIT_SCHEMA)
        # Aho-Corasick over each distinct view once; a translation memory repeats its
        # sources, so each distinct source is matched once too, its hits copied per segment.
        distinct = (
            table.select("zh")
            .unique()
            .with_columns(found=pl.col("zh").str.extract_many(self.keys, overlapping=True))
            .filter(pl.col("found").list.len() > 0)
        )
        found_in = dict(zip(distinct["zh"].to_list(), distinct["found"].to_list(), strict=True))
        rows = table.filter(pl.col("zh").is_in(distinct["zh"].implode()))
        hit_cols: dict[str, list[object]] = {k: [] for k in ("_k", "_i", *ZH_HIT_SCHEMA)}
        sources = rows.select("src", "zh").unique("src", maintain_order=True)
        for k, (src, text) in enumerate(sources.iter_rows()):
            for i, hit in enumerate(self._hits(views_by_src[src], found_in[text])):
                for key, value in zip(hit_cols, (k, i, 0, 0, *hit), strict=True):
                    hit_cols[key].append(value)
        schema = {"_k": pl.UInt32, "_i": pl.UInt32, **ZH_HIT_SCHEMA}
        hits = pl.DataFrame(hit_cols, schema=schema).drop("doc", "seg")
        placed = (
            rows.select("doc", "seg", "src")
            .with_row_index("_r")
            .join(sources.select("src").with_row_index("_k"), on="src", how="inner")
            .join(hits, on="_k", how="inner")
            .sort("_r", "_i")
        )
        return placed.select(list(ZH_HIT_SCHEMA))

    def _hits(
        self, view: ZhView, found: list[str]
    ) -> list[tuple[str, str, str, str, str, int, int]]:
        """(side, term_id, form, form_text, text, start, end) of each term in one source
        view, leftmost-longest; `found` the forms Aho-Corasick saw in it."""
        text = view.text
        occurrences = [
            (start, start + len(key), key)
            for key in sorted(set(found))
            for start in _occurrences(text, key)
        ]
        edges = self.boundaries(text, {o for s, e, _ in occurrences for o in (s, e)})
        spans = [
            (start, end, f)
            for start, end, key in occurrences
            if start in edges and end in edges
            for f in self.by_text[key]
        ]
        # Leftmost-longest: sort by start, longest first; keep what starts after the last.
        spans.sort(key=lambda s: (s[0], -(s[1] - s[0]), s[2].term_id))
        last_end = -1
        hits = []
        for start, end, form in spans:
            if start < last_end:
                continue
            last_end = end
            a, b = view.span(start, end)
            hits.append(("zh", form.term_id, "zh", form.original, view.original[a:b], a, b))
        return hits


def to_view(text: str) -> str:
    """A glossary form as the matcher searches for it (NFKC, simplified)."""
    return zh_view(unicodedata.normalize("NFKC", text.strip())).text


def _occurrences(text: str, key: str) -> list[int]:
    out = []
    i = text.find(key)
    while i >= 0:
        out.append(i)
        i = text.find(key, i + 1)
    return out


def _is_han(ch: str) -> bool:
    return "\u3400" <= ch <= "\u9fff" or "\U00020000" <= ch <= "\U0003134f"
