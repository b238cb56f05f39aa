"""N203 misspelt-name."""

from __future__ import annotations

from functools import cache

import polars as pl
import regex

from tifa.caches import kept, source_digest
from tifa.checks.context import Context
from tifa.checks.place_forms import place_forms
from tifa.checks.placenames import COUNTRY_NAMES, OLD_SPELLINGS, city_slip, country_slip
from tifa.checks.registry import rule
from tifa.checks.rule import Fix, Severity, add_row, new_rows, output
from tifa.checks.scan import distinct_words, matches
from tifa.glossary import institutions, names
from tifa.glossary.frequency import table_key, zipf
from tifa.glossary.gazetteer import is_place, level_word
from tifa.glossary.institutions import PROVINCES
from tifa.glossary.names import (
    VERY_COMMON_SURNAMES,
    edit_distance,
    glossary_people,
    pinyin_surnames,
    split_syllables,
)

_CAPITALISED = regex.compile(r"(?<![\p{L}])\p{Lu}\p{Ll}{3,}(?![\p{L}])")


def _slip_of(given: str, known: str, surname: str) -> bool:
    """Whether `given` reads as the glossary's given name `known` misspelt.

    Within one letter (two for given names of six letters or more). A given name that is
    itself pinyin may be another person's: it counts only when it is one letter off, in one
    syllable, and the surname is not one of the very common ones (many Wangs and Chens have
    close names).
    """
    if given == known or not given[:1].isupper():
        return False
    a, b = given.lower(), known.lower()
    if a == b + "s":
        return False  # "Xi Jinpings": a possessive without its apostrophe, not a misspelling
    distance = edit_distance(a, b)
    if a == b or distance > (2 if len(b) >= 6 else 1):
        return False
    mine, theirs = split_syllables(a), split_syllables(b)
    if mine is None:
        return True
    if surname in VERY_COMMON_SURNAMES or theirs is None or len(mine) != len(theirs):
        return False
    return distance == 1 and sum(x != y for x, y in zip(mine, theirs, strict=True)) == 1


def _one_letter_off(word: str) -> set[str]:
    """Every string one deletion, insertion, substitution or swap away from `word`."""
    letters = "abcdefghijklmnopqrstuvwxyz"
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    out = {a + b[1:] for a, b in splits if b}
    out |= {a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1}
    out |= {a + c + b[1:] for a, b in splits if b for c in letters}
    out |= {a + c + b for a, b in splits for c in letters}
    return out - {word}


def _nasal_slip(slip: str, name: str) -> bool:
    """`slip` is `name` with a "g" added after an "n" or dropped after one."""
    longer, shorter = (slip, name) if len(slip) > len(name) else (name, slip)
    if len(longer) != len(shorter) + 1:
        return False
    i = next((k for k in range(len(shorter)) if longer[k] != shorter[k]), len(shorter))
    return longer[i] == "g" and i > 0 and longer[i - 1] == "n" and longer[i + 1 :] == shorter[i:]


# The provincial-level names a slip is measured against: the provinces and the four
# municipalities directly under the central government.
_TOP_LEVEL = PROVINCES | {"Beijing", "Tianjin", "Shanghai", "Chongqing"}
# A capitalised word after a slip makes it part of a name ("Tianjian Road", "Yunan Group"):
# a local place or a firm, not a misspelt province.
_NAME_GOES_ON = regex.compile(r"[ \u00a0]+\p{Lu}")
# A capitalised word before it makes it a given name ("Li Tianjian").
_NAME_BEFORE = regex.compile(r"\p{Lu}\p{Ll}*[ \u00a0]+$")
# A word one letter off a country's name between two capitalised words, with no comma or
# "of" between them, is a given name in a run of names and titles ("Director of Visitors
# Sambia Barclay"): a country misspelt follows "the", "of" or a verb, not a title.
_NAME_AFTER = regex.compile(r"[ \u00a0]+\p{Lu}\p{Ll}")


def _inside_name_run(text: str, m: regex.Match[str]) -> bool:
    """Whether the word matched by `m` stands between two capitalised words."""
    return bool(_NAME_BEFORE.search(text, 0, m.start()) and _NAME_AFTER.match(text, m.end()))


# A slip followed by a level or street word names a place of its own ("Yanzhou District" is
# in Jining, not a misspelt Yangzhou).
_PLACE_OF_ITS_OWN = regex.compile(
    r"[ \u00a0]+(?:District|County|City|Town|Township|Village|Road|Street|Avenue"
    r"|district|county|city|town|township|village|road|street|avenue)\b"
)
# A level or street word no province takes: the slip names a place below a province, with
# the level word in capitals or not ("Xinjian county" is 新建 in Nanchang, no misspelt
# Xinjiang).
_SUB_PROVINCIAL = regex.compile(
    r"[ \u00a0]+(?:District|County|Town|Township|Village|Road|Street|Avenue"
    r"|district|county|town|township|village|road|street|avenue)\b"
)
# A banner or a league after the word: Inner Mongolia's county and prefecture levels, named
# by their own words ("Bairin Right Banner" is 巴林右旗, no misspelt Baiyin; "Xilin Gol
# League"), with a side or a middle between ("Horqin Left Middle Banner").
_BANNER_AFTER = regex.compile(
    r"(?:[ \u00a0]+(?:Left|Right|Middle|Front|Rear|East|West))*[ \u00a0]+(?i:Banner|League)\b"
)
# The capitalised words worth a look as city slips (polars pattern).
_CAPITALISED_WORD = r"\b\p{Lu}\p{Ll}{5,}\b"


def _kind(place: str) -> str:
    """What `place` is, for the message."""
    if place in COUNTRY_NAMES:
        return "country's name"
    if place in PROVINCES:
        return "province"
    if place in _TOP_LEVEL:
        return "municipality"
    return "city" if level_word(place) == "Municipal" else "prefecture"


# How common a word one letter off a province must be to count as English of its own.
_ENGLISH_WORD = 2.5


@cache
def _slip_sources() -> dict[str, tuple[tuple[str, str], ...]]:
    """Each capitalised misspelling of a provincial-level name of five letters or more ->
    its (province, misspelling) pairs, provinces in alphabetical order, misspellings sorted:
    unjudged, so that only the words a document writes are judged (`_province_slip`).

    The same on every run, and some 11,000 look-ups of the word list (0.06 s of CPU, and the
    whole list loaded where a run would load a few shards of it): kept in tifa's cache
    folder (tifa.caches), under a key that changes with this module, the province names,
    the pinyin syllables and the word list (tifa.glossary.frequency.table_key)."""
    words = table_key()
    key = None
    if words is not None:
        key = source_digest(__file__, institutions.__file__, names.__file__, extra=words)
    return kept("province-slips-1", key, _computed_slip_sources, dict)


def _computed_slip_sources() -> dict[str, tuple[tuple[str, str], ...]]:
    sources: dict[str, list[tuple[str, str]]] = {}
    for province in sorted(_TOP_LEVEL):
        if " " in province or len(province) < 5:
            continue
        for slip in sorted(_one_letter_off(province.lower())):
            # A five-letter name ("Gansu", "Hubei") has words and names of every language
            # one letter away ("Ginsu", "Hubel", "Jolin"): only a slip no pinyin and no
            # word at all ("Gnsu", "Anhiu") is one.
            if len(province) < 6 and (split_syllables(slip) is not None or zipf(slip) > 0):
                continue
            # An English word of its own is no slip at any length: "Fijian" (of Fiji).
            if zipf(slip) >= _ENGLISH_WORD:
                continue
            sources.setdefault(slip.capitalize(), []).append((province, slip))
    return {name: tuple(pairs) for name, pairs in sources.items()}


@cache
def _province_slip(word: str) -> tuple[str | None, str | None]:
    """The province `word` misspells outright, else the one it may misspell as pinyin (another
    place or a given name, unless the document shows otherwise); (None, None) when it is no
    slip of one, or is a provincial-level name or a place itself."""
    sources = _slip_sources().get(word, ())
    if not sources or word in _TOP_LEVEL or is_place(word):
        return None, None
    pinyin = None
    for province, slip in sources:
        # Pinyin place names are dense: one letter off a province is often another
        # place (Xigang, a district of Dalian). A pinyin slip counts outright only when it
        # is the usual one, -n written -ng or -ng written -n (Shangdong, Xingjiang).
        if split_syllables(slip) is None or _nasal_slip(slip, province.lower()):
            return province, None
        pinyin = pinyin or province
    return None, pinyin


def _confirmed_slip(
    word: str, places: tuple[str, ...], text: str, start: int, end: int, counts: dict[str, int]
) -> str | None:
    """The place a pinyin slip misspells, when the document writes that place (one of
    `places`) at least twice and this spelling only once, standing alone: "Tianjian" once
    among "Tianjin"s."""
    written = [place for place in places if counts.get(place, 0) >= 2]
    if len(written) != 1 or counts.get(word, 0) != 1:
        return None
    before = _NAME_BEFORE.search(text, 0, start)
    if before and before.group().strip() in pinyin_surnames():
        return None  # a given name: "Li Tianjian"
    # The usual slip of a place (-ng written -n or -n written -ng) stays one inside a longer
    # name ("the Chanzhou Innovation Park" among "Changzhou"s); another pinyin word beside a
    # capitalised word may be a road or a firm of its own ("Tianjian Road").
    if _nasal_slip(word.lower(), written[0].lower()) and not _PLACE_OF_ITS_OWN.match(text, end):
        return written[0]
    if _NAME_GOES_ON.match(text, end) or before:
        return None
    return written[0]


# An old spelling kept in a proper name or a dish: "Peking University", "Peking duck",
# "the Treaty of Nanking", "Canton Fair".
_OLD_IN_NAME_AFTER = regex.compile(r"[ \u00a0]+(?:\p{Lu}|(?:opera|duck|cuisine|style|porcelain)\b)")
_OLD_IN_NAME_BEFORE = regex.compile(r"\p{Lu}\p{Ll}*[ \u00a0]+(?:of[ \u00a0]+)?$")


def _old_spelling(word: str, text: str, start: int, end: int, counts: dict[str, int]) -> bool:
    """An old romanisation in running text, where the document also writes the pinyin."""
    if counts.get(OLD_SPELLINGS[word], 0) < 1:
        return False
    return not (_OLD_IN_NAME_AFTER.match(text, end) or _OLD_IN_NAME_BEFORE.search(text, 0, start))


# ü after l or n written "yu", as passports and China Daily write it: "Lyuliang" is 吕梁
# (Lüliang), no slip of "Luliang".
_YU = regex.compile(r"(?<=[LlNn])yu")


def _yu_for_u(word: str) -> bool:
    """Whether `word` writes a known place's ü (or u) after l or n as "yu"."""
    plain = _YU.sub("u", word)
    return plain != word and (is_place(plain) or is_place(_YU.sub("ü", word)))


def _place_slips(words: list[str]) -> tuple[dict[str, str], dict[str, tuple[str, ...]]]:
    """The cities' slips among `words`: (outright, to confirm)."""
    always: dict[str, str] = {}
    pinyin: dict[str, tuple[str, ...]] = {}
    for word in words:
        if _yu_for_u(word):
            continue
        cities, outright = city_slip(word)
        if not cities and not any(_province_slip(word)):
            country = country_slip(word)
            if country is not None:
                always[word] = country
            continue
        if any(_province_slip(word)):
            continue
        if outright:
            always[word] = cities[0]
        else:
            pinyin[word] = cities
    return always, pinyin


def _pinyin_of_its_own(word: str, text: str, start: int, doc_text: str) -> bool:
    """Whether a pinyin slip of a province (the -n/-ng one) is a pinyin word of its own: one
    the document also writes in lower case, as English has borrowed it ("guanxi", 关系, is
    no misspelt Guangxi), or one after a capitalised pinyin word that names no place, inside
    a pinyin title or a person's name ("Xiandai Guoji Guanxi", a journal; "Li Guanxi")."""
    if split_syllables(word.lower()) is None:
        return False
    if regex.search(rf"(?<!\p{{L}}){word.lower()}(?!\p{{L}})", doc_text):
        return True
    before = _NAME_BEFORE.search(text, max(0, start - 40), start)
    if before is None:
        return False
    previous = before.group().strip()
    return (
        split_syllables(previous.lower()) is not None
        and previous not in _TOP_LEVEL
        and previous != "China"
        and not is_place(previous)
    )


def _misspelt_provinces(ctx: Context, rows: dict[str, list[object]]) -> None:
    places = {w for t in ctx.glossary.active() if t.kind == "place" for w in t.en.split()}
    always, pinyin = _place_slips(distinct_words(ctx.segments, "tgt", _CAPITALISED_WORD))
    old = OLD_SPELLINGS
    # Candidate rows columnar (Aho-Corasick over the misspellings, the provinces' unjudged);
    # exact words in Python, a province's slip judged only when a document writes it.
    slips = sorted(set(_slip_sources()) | set(always) | set(pinyin) | set(old))
    candidates = ctx.segments.filter(pl.col("tgt").str.contains_any(slips))
    if candidates.is_empty():
        return
    # How often each document writes each capitalised word (each place, pinyin slip and old
    # spelling among them), for the slips that only the document itself can confirm.
    counts: dict[object, dict[str, int]] = {}
    texts: dict[object, list[str]] = {}
    docs = ctx.segments.filter(pl.col("doc").is_in(candidates["doc"].unique().implode()))
    for doc, text in docs.select("doc", "tgt").iter_rows():
        texts.setdefault(doc, []).append(text)
        seen = counts.setdefault(doc, {})
        for m in _CAPITALISED.finditer(text):
            seen[m.group()] = seen.get(m.group(), 0) + 1
    # Each document's text joined once, for the pinyin words it also writes in lower case.
    joined = {doc: "\n".join(parts) for doc, parts in texts.items()}
    for doc, base, text in candidates.select("doc", "start", "tgt").iter_rows():
        per_doc = counts.get(doc, {})
        for m in _CAPITALISED.finditer(text):
            word = m.group()
            if word in places:
                continue
            if word in old and _old_spelling(word, text, m.start(), m.end(), per_doc):
                message = (
                    f"“{word}” is an old spelling of “{old[word]}”, which the text also writes"
                )
                add_row(rows, doc, base + m.start(), base + m.end(), message, old[word])
                continue
            outright, maybe = _province_slip(word)
            if outright and _SUB_PROVINCIAL.match(text, m.end()):
                outright = None  # "Jianxi District" is in Luoyang, not a misspelt Jiangxi
            if outright and _pinyin_of_its_own(word, text, m.start(), joined[doc]):
                continue  # "guanxi" (关系) or a pinyin title: no misspelt Guangxi
            place = outright or always.get(word)
            if _BANNER_AFTER.match(text, m.end()):
                continue  # a banner's or a league's own name
            if place is not None and place in COUNTRY_NAMES and _inside_name_run(text, m):
                continue  # "Director Sambia Barclay": a given name, not a misspelt Zambia
            to_confirm = (maybe,) if maybe else pinyin.get(word)
            if place is None and to_confirm:
                place = _confirmed_slip(word, to_confirm, text, m.start(), m.end(), per_doc)
            if place is None:
                continue
            if word == place + "s" and per_doc.get(place, 0) > 0:
                # "Xinjiangs image" where the text writes Xinjiang: a possessive that lost
                # its apostrophe, which P339 reports as such, not a misspelt name.
                continue
            add_row(
                rows,
                doc,
                base + m.start(),
                base + m.end(),
                f"“{word}” looks like a misspelling of the {_kind(place)} “{place}”",
                place,
            )


# 吕 and 女 with ü typed as "v", as Chinese input methods take it: "Lv Zhihe". No official
# form writes "v": pinyin has "Lü" (and "Nü"), passports and Xinhua "Lyu" or "Lu". Only
# before a pinyin given name, so that "LV" (a brand) or "Nv" in a code is left alone.
_V_SURNAME = regex.compile(
    r"(?<![\p{L}\p{N}'’.-])(?P<sur>Lv|Nv)[ \u00a0]+(?P<given>\p{Lu}\p{Ll}+)(?![\p{L}'’-])"
)


def _v_for_u(ctx: Context, rows: dict[str, list[object]]) -> None:
    """The surnames 吕 and 女 written with "v" for ü (see `_V_SURNAME`)."""
    for doc, base, _text, m in matches(ctx.segments, "tgt", r"\b[LN]v[ \u00a0]+\p{Lu}", _V_SURNAME):
        if split_syllables(m.group("given").lower()) is None:
            continue
        sur = m.group("sur")
        right = f"{sur[0]}ü"
        message = (
            f"“{sur}” types ü as v: the surname is “{right}” in pinyin (“{sur[0]}yu” or "
            f"“{sur[0]}u” as the person's own documents spell it)"
        )
        add_row(rows, doc, base + m.start("sur"), base + m.end("sur"), message, right)


@rule("N203", "misspelt-name", Severity.WARNING, Fix.UNSAFE)
def misspelt_name(ctx: Context) -> pl.DataFrame:
    """A glossary person's name, a Chinese place's name, or a country's name or adjective, misspelt.

    ## What it does
    Finds a glossary person's surname followed by a capitalised given name one letter off
    the glossary's (two letters for given names of six letters or more), whether or not the
    document also spells the name right; and a capitalised word one letter off the name of
    a province or municipality of six letters or more (five, when the slip is no pinyin
    and no word at all: "Gnsu"; none that is a common English word, as "Fijian") that is
    not itself one, a listed city
    or a glossary place: any such word that is no pinyin; a pinyin one when -n is written -ng
    or -ng -n ("Shangdong", "Xingjiang"), unless a level word below a province follows
    ("Jianxi District" is a district, not Jiangxi); and another pinyin one only when the document
    writes the right name at least twice and this spelling once, on its own (not before or
    after another capitalised word, as in "Tianjian Road" or "Li Tianjian"): pinyin place
    names are often one letter apart (Xigang is a district of Dalian, not a misspelt Xizang).
    A country's name or adjective of six letters or more ("Philipines", "Indonisian") one
    letter off exactly one listed name, when the slip is no pinyin, no English word and not
    the name with an "s" added, and not between two capitalised words (a given name in a
    run of titles and names: "Director of Visitors Sambia Barclay"). Cities and prefectures (the gazetteer's, six letters or more)
    likewise: a slip that is no pinyin and no English word outright ("Kashigar"); a pinyin one only when the document
    writes the city at least twice ("Chanzhou" among "Changzhou"s), even inside a longer
    name when it is the -n/-ng slip, unless a level word follows ("Yanzhou District" is a
    place of its own). An old romanisation ("Urumchi", "Tientsin") is flagged where the
    document also writes the pinyin, except inside a proper name ("Peking University").
    The surnames 吕 and 女 with ü typed as “v” before a pinyin given name (“Lv Zhihe”):
    pinyin writes “Lü”, passports “Lyu” or “Lu”. A place in a form other than its standard
    English one (`tifa.checks.place_forms`): “Hongkong” or “HongKong” for Hong Kong, except
    inside a registered name (“Hongkong Land”, “the Hongkong and Shanghai Banking
    Corporation”); “Macau” or “Neimenggu” in a text that also writes “Macao” or “Inner
    Mongolia”; and a name the gazetteer writes with an apostrophe written without it in a
    text that also writes it with one (“Xian” beside “Xi'an”), not beside another
    capitalised word (“Li Jian”, “Luan Xiaohong”) unless a level word (“Xian City”).
    Guards against real different people: a name that
    is another glossary person's is never flagged, and a given name that is itself pinyin
    counts only when it is one letter off and the surname is not among the very common ones
    (Wang, Li, Zhang, Chen …). When N201 flags the same name from the run's own spellings,
    the two are one finding under N201.

    ## Why is this bad?
    A misspelt official's name is the error readers notice first, and a name used once in
    an article has no other occurrence to give it away.

    ## Example
    ```text
    Tan Zuojum, secretary of the Municipal Party Committee, chaired the meeting.
    ```

    ## Use instead
    ```text
    Tan Zuojun, secretary of the Municipal Party Committee, chaired the meeting.
    ```

    ## Fix safety
    Unsafe: the glossary's spelling is suggested; a person confirms it is the same person.
    """
    rows = new_rows()
    _misspelt_provinces(ctx, rows)
    for found in place_forms(ctx):
        add_row(rows, found.doc, found.start, found.end, found.message, found.standard)
    _v_for_u(ctx, rows)
    people = glossary_people(sorted(t.en for t in ctx.glossary.active() if t.kind == "person"))
    if not people:
        return output(rows)
    official = {name for entries in people.values() for _g, name in entries}
    surnames = "|".join(regex.escape(s) for s in sorted(people))
    prefilter = rf"(?:^|[^\p{{L}}])(?:{surnames})[ \u00a0]+\p{{Lu}}"
    pattern = regex.compile(rf"(?<!\p{{L}})({surnames})[ \u00a0]+(\p{{Lu}}\p{{L}}*)(?!\p{{L}})")
    for doc, base, _text, m in matches(ctx.segments, "tgt", prefilter, pattern):
        surname, given = m.group(1), m.group(2)
        if f"{surname} {given}" in official:
            continue
        slips = [name for known, name in people[surname] if _slip_of(given, known, surname)]
        if len(slips) != 1:
            continue  # not a slip, or a slip of two people at once: nothing to say
        add_row(
            rows,
            doc,
            base + m.start(),
            base + m.end(),
            f"“{m.group()}” looks like a misspelling of the glossary's “{slips[0]}”",
            slips[0],
        )
    return output(rows)
