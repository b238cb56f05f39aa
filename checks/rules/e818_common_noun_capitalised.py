"""E818 common-noun-capitalised."""

from __future__ import annotations

import polars as pl
import regex

from tifa.checks.context import Context
from tifa.checks.prose import inside_title, prose_text
from tifa.checks.quoted_titles import in_quoted_title
from tifa.checks.registry import rule
from tifa.checks.rule import Fix, Severity, add_row, new_rows, output
from tifa.checks.scan import candidate_rows, prose_matches
from tifa.glossary.frequency import zipf
from tifa.glossary.gazetteer import is_place
from tifa.glossary.names import split_syllables
from tifa.glossary.normalize import SMALL_WORDS

# A capitalised word of four letters or more between two lower-case words (or before a
# comma or a full stop): mid-sentence, and in no Title Case run of a name.
_PATTERN = regex.compile(
    r"(?<=(?<![\p{L}\p{N}'’.-])(?P<before>\p{L}+)[ \u00a0])(?P<word>\p{Lu}\p{Ll}{3,})"
    r"(?=[ \u00a0]+\p{Ll}|[,;]|\.(?:[ \u00a0]|$))"
)
# A determiner that may open the sentence before the noun ("The Enterprises in the park").
_OPENING = frozenset(["The", "These", "Those", "All", "Many", "Some", "Our", "Its", "Their"])
_CLAUSE_MARK = regex.compile(r"[,;:.!?()“”\"]")
_WORD = regex.compile(r"[\p{L}\p{N}][\p{L}\p{N}'’-]*")
_PREFILTER = r"\p{L}[ \u00a0]\p{Lu}\p{Ll}{3,}(?:[ \u00a0]+\p{Ll}|[,;.])"
_CAPITAL_WORD = r"\p{L}[ \u00a0]\p{Lu}\p{Ll}{3,}"
_LOWER_WORD = r"\b\p{Ll}{4,}\b"
# Words that professional outlets capitalise as the short form of one body, event or
# document ("the Committee", "the Party", "the Congress", "the Plan"), a newspaper's ("the
# Post" for the South China Morning Post, "the Times", "the Daily"), or that English
# capitalises as names (months, days). A bare place level word ("the City … the city")
# is taken: N204 reads level words inside names only.
_SHORT_FORMS = frozenset(
    """
    party committee committees congress council councils government conference session
    sessions plenum plenary commission bureau ministry department office court procuratorate
    army navy constitution plan initiative premier president chairman chairwoman secretary
    mayor governor director minister state central expo games forum summit festival fair
    zone area park municipality prefecture region league federation association union
    academy institute university college school hospital museum library centre center group company corporation bank
    exchange port airport station bridge river lake mountain sea road street avenue square
    internet web earth moon heaven east west north south northeast northwest southeast
    southwest january february march april june july august september october november
    december monday tuesday wednesday thursday friday saturday sunday spring summer autumn
    winter thought theory declaration charter convention treaty agreement protocol act law
    regulations regulation rules measures report outline programme program strategy
    decision resolution notice opinions circular proposal proposals communique communiqué
    comrade comrades general deputy vice member members standing political politburo
    people nation republic motherland homeland olympics olympic paralympics
    post times journal herald tribune daily
    """.split()  # noqa: SIM905  (a word list reads best as words)
)


# After "a" or "an" (and perhaps one adjective in lower case), a capitalised word that
# heads its phrase, a preposition or a stop right after it, is a common noun whatever the
# rest of the document writes ("chaired a bimonthly Seminar on …"): a name takes no "a".
_INDEFINITE = regex.compile(
    r"(?<![\p{L}\p{N}'’-])(?:a|an)[ \u00a0]+(?:\p{Ll}+[ \u00a0]+)?(?P<word>\p{Lu}\p{Ll}{3,})"
    r"(?=[ \u00a0]+(?:on|of|for|in|with|at|by|about)[ \u00a0]+(?P<next>[\p{L}\p{N}]+)|[,;.])"
)
# Nouns of nationality and faith, capitalised in English: "a Chinese", "an American", "a
# Buddhist", "a Pakistani".
_PEOPLE = regex.compile(r"(?:ese|an|ish|ch|i|ist)$")
_NAME_AFTER = regex.compile(r"[ \u00a0]+\p{Lu}")
# "of" or "of the" and a capitalised word after a capitalised noun carry one name on.
_NAME_GOES_ON = regex.compile(r"[ \u00a0]+of[ \u00a0]+(?:the[ \u00a0]+)?\p{Lu}")
# A named event or body goes on after "on", "for" or "and" and a capitalised word that is no
# place name: "the Symposium on Rural Roads", "the Food and Agriculture Organization".
_NAME_GOES_ON_WORD = regex.compile(
    r"[ \u00a0]+(?P<link>on|for|and)[ \u00a0]+"
    # a document's title may take "the" after "on" or "for" ("the Guidelines on the Reform
    # of …"); after "and" a "the" opens a second name, which is no part of this one
    r"(?:(?<=(?:on|for)[ \u00a0]+)the[ \u00a0]+)?(?P<next>\p{Lu}\p{Ll}+)"
    # a place that opens a Title Case run goes on into the name ("the Symposium on Henan
    # Merchants' Role"); a place alone may be what the common noun is about
    r"(?P<run>[ \u00a0]+\p{Lu}\p{Ll}+)?"
)
# Below this Zipf frequency a capitalised word after "a" is taken for a proper noun ("a
# Denisova"), not a common noun to set in lower case.
_RARE = 2.5
_INDEFINITE_PREFILTER = r"\ban?[ \u00a0]+(?:\p{Ll}+[ \u00a0]+)?\p{Lu}\p{Ll}{3,}(?:[ \u00a0]+(?:on|of|for|in|with|at|by|about)\b|[,;.])"


# A point of the compass after "to the", "in the" or "on the", capitalised where the same
# sentence writes another in lower case in that frame ("the Yellow Sea in the South, and
# Dalian in the southeast"): a direction, not a region's name ("the West", "the South" of
# policy, which the lower-case neighbour rules out).
_COMPASS = r"north|south|east|west|northeast|northwest|southeast|southwest"
_DIRECTION = regex.compile(
    r"(?<![\p{L}])(?:to|in|on)[ \u00a0]+the[ \u00a0]+"
    rf"(?P<word>(?:{_COMPASS})(?<=\b\p{{Lu}}\p{{Ll}}+)|(?i:{_COMPASS})(?<=\b\p{{Lu}}\p{{L}}+))"
    r"(?![\p{L}-]|[ \u00a0]+\p{Lu})"
)
_LOWER_DIRECTION = regex.compile(
    rf"(?<![\p{{L}}])(?:to|in|on)[ \u00a0]+the[ \u00a0]+(?:{_COMPASS})(?![\p{{L}}-])"
)
_DIRECTION_PREFILTER = r"\b(?:to|in|on)[ \u00a0]+the[ \u00a0]+(?:North|South|East|West)"


@rule("E818", "common-noun-capitalised", Severity.WARNING, Fix.UNSAFE)
def common_noun_capitalised(ctx: Context) -> pl.DataFrame:
    """A common noun capitalised mid-sentence where the document writes it in lower case.

    ## What it does
    Finds a capitalised word between lower-case words in running prose ("the Enterprises
    in the park") where the same document writes the word in lower case elsewhere ("the
    enterprises paid more tax"). Left alone: headings and other lines that do not end
    like a sentence, Title Case runs (a name, a document title), a word in quotes or
    brackets, names of people and places (pinyin, the gazetteer), and the words official
    English capitalises as the short name of one body, event or document ("the
    Committee", "the Party", "the Congress", "the Plan", "the Expo") or as names (months,
    days). Also, in any document, a capitalised word after "a" or "an" (and perhaps one
    lower-case adjective) that heads its phrase, with a preposition or a stop right after
    it ("chaired a bimonthly Seminar on research"): a name takes no "a". Nouns of
    nationality or faith ("a Chinese", "an American") and a name whose own words go on
    ("a Champions of the Earth Award") are left alone, as is a word inside a quoted Title
    Case title (“Taking the Corridor as a Breakthrough, to Promote …”), and a rare word after "a" (a
    proper noun: "a Denisova") and a word whose name goes on after "on", "for" or "and"
    ("the Symposium on Rural Roads", "the Food and Agriculture Organization"), also past a
    place that opens a Title Case run ("the Symposium on Henan Merchants' Role") or "the"
    after "on" or "for" ("the Guidelines on the Reform of …"). A bare
    place level word is taken
    ("the City built parks … the city is green"); inside a name ("Yantai City") it is
    N204's. A term the document defines in brackets ("(the Policies below)", "(hereinafter
    the Measures)") is capitalised on purpose and left alone. Also a point of the compass
    capitalised after "to the", "in the" or "on the" where the same sentence writes another
    in lower case in that frame ("the Yellow Sea in the South, and Dalian in the
    southeast"); "the West" or "the South" with no lower-case direction beside it may name
    a region and is left alone.

    ## Why is this bad?
    English capitalises names, not common nouns. A capital on an ordinary noun reads as
    copied from a heading or as a proper name that is not one, and the same noun written
    both ways in one article looks careless.

    ## Example
    ```text
    The Enterprises in the park grew fast. The enterprises paid more tax.
    ```

    ## Use instead
    ```text
    The enterprises in the park grew fast. The enterprises paid more tax.
    ```

    ## Fix safety
    Unsafe: the lower case is suggested; a person confirms that the word names nothing.
    """
    rows = new_rows()
    segments = prose_text(ctx)
    # Each document's distinct texts: a translation memory repeats its units.
    texts = segments.select("doc", "tgt").unique()
    lower = (
        texts.select("doc", word=pl.col("tgt").str.extract_all(_LOWER_WORD))
        .explode("word")
        .drop_nulls("word")
        .unique()
    )
    # Columnar first: only the segments with a capitalised word after a letter whose lower
    # case the document writes elsewhere, and which is no short form, reach Python.
    capitalised = (
        texts.filter(pl.col("tgt").str.contains(_PREFILTER))
        .select("doc", "tgt", word=pl.col("tgt").str.extract_all(_CAPITAL_WORD))
        .explode("word")
        .drop_nulls("word")
        .with_columns(pl.col("word").str.extract(r"(\p{Lu}\p{Ll}+)$").str.to_lowercase())
        .filter(~pl.col("word").is_in(list(_SHORT_FORMS)))
        .join(lower, on=["doc", "word"], how="semi")
    )
    candidates = segments.join(capitalised, on=["doc", "tgt"], how="semi")
    # A term the document defines in brackets ("(the Policies below)", "(hereinafter the
    # Measures)") is capitalised on purpose wherever it stands.
    defined = (
        texts.filter(pl.col("tgt").str.contains(_DEFINED))
        .select("doc", word=pl.col("tgt").str.extract_all(_DEFINED))
        .explode("word")
        .drop_nulls("word")
        .with_columns(pl.col("word").str.extract(_DEFINED_WORD).str.to_lowercase())
    )
    written_lower: dict[int, set[str]] = {}
    for doc, word in (
        lower.join(capitalised, on=["doc", "word"], how="semi")
        .join(defined, on=["doc", "word"], how="anti")
        .iter_rows()
    ):
        written_lower.setdefault(doc, set()).add(word)
    # Each distinct text of a document is read once: a translation memory repeats its units.
    found: dict[tuple[int, str], list[tuple[int, int, str, str]]] = {}
    for doc, base, text in candidate_rows(candidates, "tgt", _PREFILTER):
        known = written_lower.get(doc)
        if not known:
            continue
        spans = found.get((doc, text))
        if spans is None:
            spans = found[doc, text] = _capitalised(text, known)
        for start, end, word, low in spans:
            add_row(
                rows,
                doc,
                base + start,
                base + end,
                f"“{word}” is a common noun capitalised mid-sentence; the document writes "
                f"“{low}” elsewhere",
                low,
            )
    seen = set(zip(rows["doc"], rows["start"], strict=True))
    for doc, base, text, m in prose_matches(segments, "tgt", _INDEFINITE_PREFILTER, _INDEFINITE):
        word = m.group("word")
        low = word.lower()
        if (
            low in _SHORT_FORMS
            or low.rstrip("s") in _SHORT_FORMS
            or (doc, base + m.start("word")) in seen
        ):
            continue
        if is_place(word) or split_syllables(word) is not None or _PEOPLE.search(word):
            continue
        if zipf(low) < _RARE:
            continue  # "a Denisova": a rare word capitalised is a proper noun, not a slip
        if in_quoted_title(text, m.start("word")):
            continue  # “Taking the Corridor as a Breakthrough, to Promote …”: a title's capital
        nxt = m.group("next")
        if nxt and (
            nxt[:1].isupper() or (nxt.lower() == "the" and _NAME_AFTER.match(text, m.end("next")))
        ):
            continue  # "a Champions of the Earth Award": a name's own words go on
        add_row(
            rows,
            doc,
            base + m.start("word"),
            base + m.end("word"),
            f"“{word}” after “a” is a common noun: write it in lower case",
            low,
        )
    # Any line, a heading or a cut-off paragraph too: the lower-case direction beside the
    # capital is what shows it is no Title Case.
    for doc, base, text, m in prose_matches(ctx.segments, "tgt", _DIRECTION_PREFILTER, _DIRECTION):
        if not _LOWER_DIRECTION.search(text):
            continue
        word = m.group("word")
        add_row(
            rows,
            doc,
            base + m.start("word"),
            base + m.end("word"),
            f"“{word}” is a direction here, as the lower-case one beside it: write it in "
            "lower case",
            word.lower(),
        )
    return output(rows)


def _capitalised(text: str, known: set[str]) -> list[tuple[int, int, str, str]]:
    """(start, end, word, lower case) of each capitalised common noun in `text` whose lower
    case is in `known`, the words its document writes in lower case."""
    out = []
    for m in _PATTERN.finditer(text):
        word = m.group("word")
        low = word.lower()
        if low not in known or low in _SHORT_FORMS or low.rstrip("s") in _SHORT_FORMS:
            continue
        if is_place(word) or split_syllables(word) is not None:
            continue
        if not _lower_before(text, m) or inside_title(text, m.start(), m.end()):
            continue
        if in_quoted_title(text, m.start()):
            continue
        if _NAME_GOES_ON.match(text, m.end()):
            continue  # "the Year of the Rabbit": the name goes on after "of the"
        if _SUBTITLE_AFTER.match(text, m.end()):
            continue  # "The Pull of three: Trading Across the Strait is …": a cited title
        goes_on = _NAME_GOES_ON_WORD.match(text, m.end())
        if goes_on and (
            not is_place(goes_on.group("next"))
            or (goes_on.group("run") is not None and goes_on.group("link") != "and")
        ):
            continue  # "the Symposium on Rural Roads", "the Food and Agriculture Organization"
        out.append((m.start(), m.end(), word, low))
    return out


# A title cited with its subtitle: the clause runs on to a colon, and a Title Case run of
# two capitalised words at least follows it ("The Pull of three: Trading Across the Strait
# is a book on …"). The capital opens the title, however the title goes on in lower case;
# a colon and a sentence after it ("grew: Officials said …") is no subtitle.
_SUBTITLE_AFTER = regex.compile(
    r"[^,;.!?()“”\"\n:]{0,60}?:[ \u00a0]+\p{Lu}\p{Ll}*"
    r"(?:[ \u00a0]+(?:\p{Ll}{1,4}[ \u00a0]+){0,2}\p{Lu}[\p{Ll}'’-]+){1,}"
    r"(?![ \u00a0]+\p{Ll}{5,}[ \u00a0]+\p{Ll})"
)

_DEFINED = (
    r"\((?:hereinafter (?:referred to as |called )?|hereafter (?:referred to as )?)?(?:the )?"
    r"[\"“]?\p{Lu}\p{Ll}+[\"”]?(?: below| hereinafter)?\)"
)
_DEFINED_WORD = r"(\p{Lu}\p{Ll}+)[\"”]?(?: below| hereinafter)?\)$"


def _lower_before(text: str, m: regex.Match[str]) -> bool:
    """Whether the word stands after lower-case words, or after a determiner opening the
    sentence: the nearest word before it that is no small word is in lower case ("for
    Cooperation" in "the Forum for Cooperation" follows "Forum", a name's word)."""
    before = m.group("before")
    if any(c.isupper() for c in before[1:]):
        return False  # a name glued to the word before it ("inDazhuang Village"): a name's word
    if before[:1].isupper():
        lead = text[: m.start("before")].rstrip(" \u00a0")
        return before in _OPENING and (not lead or lead[-1] in ".!?")
    end = m.start()
    for w in reversed(list(_WORD.finditer(text, 0, m.start()))):
        if _CLAUSE_MARK.search(text, w.end(), end):
            return True  # the word opens its clause: "In 2020, the City built …"
        word = w.group()
        if word in _PARTICLES and _CAPITAL_BEFORE.search(text, max(0, w.start() - 40), w.start()):
            end = w.start()
            continue  # "Opening up" inside a name: the particle stays in lower case
        if word.lower() not in SMALL_WORDS:
            return word[:1].islower()
        end = w.start()
    return True


# The particle of a phrasal verb that a name in Title Case keeps in lower case after its
# capitalised verb: "the Conference on Opening up and Development", "Reform and Opening up
# Exhibition", "Going out Strategy".
_PARTICLES = frozenset(["up", "out"])
_CAPITAL_BEFORE = regex.compile(r"\p{Lu}\p{Ll}+[ \u00a0-]$")
