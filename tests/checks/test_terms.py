"""Term rules on a small glossary of our own: what they must flag and what they must leave be.

Each case is a pattern seen on real pages tifa was not built from, written afresh in the
register of Chinese-government English news.
"""

from __future__ import annotations

from pathlib import Path

import polars as pl
import pytest
from helpers import check_texts, glossary_from, spans

from tifa.glossary import Glossary

CSV = r"""zh,en,allowed,avoid,kind,pattern
中国共产党,Communist Party of China,CPC,CCP,body,
党中央,CPC Central Committee,Party Central Committee,,body,
一网统管,one-network unified management,integrated online administration,,slogan,
市政府督查室,Municipal Government Supervision Office,,,body,
市政府,municipal government,,,body,
市委,Municipal Party Committee,,,body,
省委,Provincial Party Committee,,,body,
市委书记,secretary of the Municipal Party Committee,,,title,
高质量发展,high-quality development,,,slogan,
总书记,General Secretary,,,title,
一带一路,Belt and Road Initiative,Belt and Road,,slogan,
十四五规划,14th Five-Year Plan,,,document,
全国人大,National People's Congress,NPC,,body,
习近平,Xi Jinping,,,person,
谭作钧,Tan Zuojun,,,person,
陈求发,Chen Qiufa,,,person,
张国清,Zhang Guoqing,,,person,
大连,Dalian,,,place,
瓦房店市,Wafangdian City,,,place,
金普新区,Jinpu New Area,,,place,
辽宁,Liaoning,,,place,
东北,Northeast China,,,place,
大连市人民政府,Dalian Municipal Government,,,body,
市发展改革委,Municipal Development and Reform Commission,,,body,
政府工作报告,Government Work Report,,,document,
辽宁省委,CPC Liaoning Provincial Committee,,,body,CPC\s+Liaoning\s+(?:Provincial\s+)?Committee
人大代表,deputy to the People's Congress,,,title,deput(?:y|ies)\s+to\s+the\s+(?:\w+\s+)?People's\s+Congress
市人民政府,Municipal People's Government,,,body,People's\s+Government\s+of\s+(?-i:\p{Lu}\p{Ll}+)
"""


@pytest.fixture
def glossary(tmp_path: Path) -> Glossary:
    return glossary_from(tmp_path, CSV)


def found(glossary: Glossary, text: str | list[str], *codes: str) -> pl.DataFrame:
    return check_texts([text] if isinstance(text, str) else text, list(codes), glossary)


def assert_one(glossary: Glossary, text: str, code: str, span: str, suggestion: str) -> None:
    """`code` flags exactly `span` in `text`, suggesting `suggestion`."""
    flagged = found(glossary, text, code)
    assert flagged.select("span", "suggestion").rows() == [(span, suggestion)]


# --- T104 ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # An allowed rendering next to the approved one: both official.
        "The CPC Central Committee issued the plan. The Party Central Committee approved it.",
        # A full name with its acronym in brackets stands for the acronym.
        "The Communist Party of China (CPC) Central Committee met. The CPC Central Committee "
        "then issued a notice.",
        "The city runs one-network unified management and integrated online administration.",
    ],
)
def test_t104_leaves_accepted_renderings_alone(glossary: Glossary, text: str) -> None:
    assert spans(found(glossary, text, "T104")) == []


def test_t104_reports_a_near_rendering_beside_the_approved_one(glossary: Glossary) -> None:
    text = "Deepen one-network unified management. Improve one network and unified management."
    assert spans(found(glossary, text, "T104")) == ["one network and unified management"]


def test_t104_breaks_ties_by_first_occurrence(glossary: Glossary) -> None:
    # Two renderings the glossary does not accept, once each: the earlier is the reference.
    a = "Municipal Government Inspection Office"
    b = "Municipal Government Supervising Office"
    for first, second in ((a, b), (b, a)):
        text = f"Reports went to the {first}. Then the {second} replied."
        assert spans(found(glossary, text, "T104")) == [second]


def test_t103_and_t104_on_one_span_are_one_finding(glossary: Glossary) -> None:
    text = "Deepen one-network unified management. Improve one network and unified management."
    both = found(glossary, text, "T103", "T104")
    assert both.select("code", "span").rows() == [("T103", "one network and unified management")]
    assert "almost the approved" in both["message"][0]
    assert "T104 inconsistent-rendering" in both["message"][0]


@pytest.mark.parametrize(
    "text",
    [
        # A quoted slogan that ends inside the rendering's words is a slogan, not a near miss.
        "The county follows the “two high-quality” development goals for its industry.",
        # A bracketed acronym inside the body's name, after the full name of the Party.
        "The Political Bureau of the Communist Party of China (CPC) Central Committee met.",
    ],
)
def test_t103_quotes_and_brackets_inside_a_rendering_are_not_a_near_miss(
    glossary: Glossary, text: str
) -> None:
    assert found(glossary, text, "T103", "T104").height == 0


def test_t103_a_word_missing_before_a_bracketed_acronym_is_one_finding(glossary: Glossary) -> None:
    text = "The Political Bureau of the Communist Party China (CPC) Central Committee met."
    both = found(glossary, text, "T103", "T104")
    assert both.select("code", "span", "suggestion").rows() == [
        ("T103", "Communist Party China", "Communist Party of China")
    ]


# --- person names (N201, N203, N205) ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "span", "suggestion"),
    [
        ("Tan Zuojum chaired the meeting.", "Tan Zuojum", "Tan Zuojun"),  # not pinyin
        ("Zhang Guoqimg attended.", "Zhang Guoqimg", "Zhang Guoqing"),  # not pinyin
        ("Xi Jinpin spoke.", "Xi Jinpin", "Xi Jinping"),  # pinyin, but a rare surname
    ],
)
def test_n203_a_glossary_name_misspelt_once(
    glossary: Glossary, text: str, span: str, suggestion: str
) -> None:
    assert_one(glossary, text, "N203", span, suggestion)


@pytest.mark.parametrize(
    "text",
    [
        "Chen Qiufu attended.",  # pinyin, and Chen is very common: may be another person
        "Zhang Guoqin attended.",  # the same
        "Tan Zuoxin and Tan Yu attended.",  # given names differ by more than a slip
        "Zhang Guoqing attended.",  # correct
        "Xi Jinping and Tan Zuojun attended.",
    ],
)
def test_n203_leaves_other_people_alone(glossary: Glossary, text: str) -> None:
    assert spans(found(glossary, text, "N203")) == []


def test_n201_two_against_one_in_an_article(glossary: Glossary) -> None:
    text = "Li Haiying reported. Li Haiying added. Li Haiyng wrote the headline."
    assert spans(found(glossary, text, "N201")) == ["Li Haiyng"]
    # Two pinyin spellings used once each may be two people: left alone. (A given name that
    # is not pinyin, "Haiyng", is a slip even once: tests/checks/test_terms19.py.)
    once_each = "Li Haiying reported. Li Haiyang wrote the headline."
    assert spans(found(glossary, once_each, "N201")) == []


def test_n201_and_n203_on_one_name_are_one_finding(glossary: Glossary) -> None:
    text = "Tan Zuojun spoke. Tan Zuojun left. Tan Zuojum returned."
    flagged = found(glossary, text, "N201", "N203")
    assert flagged.select("code", "span").rows() == [("N201", "Tan Zuojum")]
    assert "N203 misspelt-name" in flagged["message"][0]


@pytest.mark.parametrize(
    ("text", "span", "suggestion"),
    [
        ("Chen qiufa attended the meeting.", "Chen qiufa", "Chen Qiufa"),  # the glossary's
        (
            "Li Haiying reported. Li haiying added a photo.",  # the run's own name
            "Li haiying",
            "Li Haiying",
        ),
    ],
)
def test_n205_lowercase_given_name(
    glossary: Glossary, text: str, span: str, suggestion: str
) -> None:
    flagged = found(glossary, text, "N205")
    assert flagged.select("span", "suggestion", "fix").rows() == [(span, suggestion, "safe")]


@pytest.mark.parametrize(
    "text",
    ["Chen said the plan works.", "Gao hopes to attend.", "He added that more would come."],
)
def test_n205_leaves_ordinary_words_after_a_surname(glossary: Glossary, text: str) -> None:
    assert spans(found(glossary, text, "N205")) == []


# --- T108 ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "span", "suggestion"),
    [
        ("Officials studied the belt and road initiative.", "belt and road initiative", None),
        ("The meeting was chaired by general secretary Xi Jinping.", "general secretary", None),
        (
            "Li Wei, member of the provincial party Committee, spoke.",
            "provincial party Committee",
            None,
        ),
        ("The Dalian municipal party committee met.", "municipal party committee", None),
        # "party" in lower case for the Party, even in a generic mention
        ("The provincial party committee met.", "provincial party committee", None),
        ("Provincial party committee members met.", "Provincial party committee", None),
        (
            "The municipal development and reform commission approved it.",
            "municipal development and reform commission",
            "Municipal Development and Reform Commission",
        ),
        (
            "Li Wei, member of the CPC Liaoning provincial committee, spoke.",
            "CPC Liaoning provincial committee",
            "CPC Liaoning Provincial Committee",
        ),
        (
            "Li Wei, secretary of the municipal party committee, spoke.",
            "secretary of the municipal party committee",
            "secretary of the Municipal Party Committee",
        ),
        (
            "She thanked the people's government of Dalian for its support.",
            "people's government of Dalian",
            "People's Government of Dalian",
        ),
        (
            "He was elected a deputy to the municipal People's Congress.",
            "deputy to the municipal People's Congress",
            "deputy to the Municipal People's Congress",
        ),
        ("The CPC central committee issued a notice.", "CPC central committee", None),
        ("The targets of the 14th five-year plan were met.", "14th five-year plan", None),
        ("xi jinping spoke.", "xi jinping", "Xi Jinping"),
        ("Officials from dalian attended.", "dalian", "Dalian"),
        ("Firms in the Jinpu new area grew.", "Jinpu new area", "Jinpu New Area"),
    ],
)
def test_t108_glossary_proper_names_in_lower_case(
    glossary: Glossary, text: str, span: str, suggestion: str | None
) -> None:
    flagged = found(glossary, text, "T108")
    assert spans(flagged) == [span]
    if suggestion:
        assert flagged["suggestion"].to_list() == [suggestion]


@pytest.mark.parametrize(
    "text",
    [
        "The municipal government will act.",  # the glossary writes it in lower case
        "The provincial Party committee met.",  # generic mention, Xinhua style
        "The Dalian municipal government met.",  # describes the body, as Xinhua does
        "Xi Jinping, general secretary of the CPC Central Committee, spoke.",  # after a name
        "The general secretary spoke.",  # not before a name
        "Li Wei, secretary of the municipal Party committee, spoke.",  # the body described
        "Belt and Road Initiative Forum Opens in Dalian",  # a heading
        "Chen qiufa spoke.",  # a lower-case given name is N205's
        "They visited northeast China.",  # a compass word describes
        "The premier delivered a government work report.",  # describes a report
        "The Belt and Road Initiative and the 14th Five-Year Plan.",
    ],
)
def test_t108_leaves_right_and_generic_capitals_alone(glossary: Glossary, text: str) -> None:
    assert spans(found(glossary, text, "T108")) == []


# --- T109 ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "span", "suggestion"),
    [
        (
            "the first session of the 17th National People's Congress of Dalian opened.",
            "National People's Congress of Dalian",
            "People's Congress of Dalian",
        ),
        (
            "the Standing Committee of the Dalian National People's Congress met.",
            "Dalian National People's Congress",
            "Dalian Municipal People's Congress",
        ),
        (
            "the Hebei National People's Congress passed a regulation.",
            "Hebei National People's Congress",
            "Hebei Provincial People's Congress",
        ),
        (
            "the Anshan Municipal National People’s Congress elected a mayor.",
            "Anshan Municipal National People’s Congress",
            "Anshan Municipal People's Congress",
        ),
        ("the Sixteenth NPC of Dalian closed.", "NPC of Dalian", "People's Congress of Dalian"),
        ("the Shenyang NPC passed it.", "Shenyang NPC", "Shenyang Municipal People's Congress"),
        (
            "the second session of the 16th National People's Congress closed in Dalian.",
            "16th National People's Congress",
            "16th Municipal People's Congress",
        ),
    ],
)
def test_t109_a_local_congress_called_national(
    glossary: Glossary, text: str, span: str, suggestion: str
) -> None:
    assert_one(glossary, text, "T109", span, suggestion)


@pytest.mark.parametrize(
    "text",
    [
        "The National People's Congress opened in Beijing.",
        "the Second National People's Congress met in 1959.",
        "the National People's Congress of China and its Standing Committee.",
        "Hong Kong National People's Congress deputies met the press.",
        "Liaoning National People's Congress delegation reviewed the report.",
        "Liaoning NPC deputies met in Beijing.",
        "the NPC Standing Committee met.",
        "the 14th National People's Congress opened.",
    ],
)
def test_t109_leaves_the_national_congress_alone(glossary: Glossary, text: str) -> None:
    assert spans(found(glossary, text, "T109")) == []


# --- N206 ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "span", "suggestion"),
    [
        (
            "The Jinzhou Demonstration Zone opened in May. Firms in the demonstration area grew.",
            "demonstration area",
            "Jinzhou Demonstration Zone",
        ),
        (
            "The CPC Committee of Dalian met. The CPC Dalian Municipal Committee agreed.",
            "CPC Committee of Dalian",
            "CPC Dalian Municipal Committee",
        ),
        (
            "The Huayuan Development Zone grew. Investors praised the Huayuan Development "
            "Area. The Huayuan Development Zone plans more.",
            "Huayuan Development Area",
            "Huayuan Development Zone",
        ),
    ],
)
def test_n206_one_body_two_names(glossary: Glossary, text: str, span: str, suggestion: str) -> None:
    assert_one(glossary, text, "N206", span, suggestion)


@pytest.mark.parametrize(
    "text",
    [
        # Two places, two bodies.
        "The CPC Dalian Municipal Committee met. The CPC Committee of Shenyang spoke.",
        # Both official ways of naming a government; only committees' word order is checked.
        "The People's Government of Dalian met. The Dalian Municipal People's Government agreed.",
        # A level word alone, or case alone, is not another name.
        "The CPC Dalian Municipal Committee met. The CPC Dalian Committee agreed.",
        "The Dalian Development Zone grew. The Dalian development zone grew again.",
        # A bare "the area" names nothing.
        "The Jinzhou Demonstration Zone opened. The area grew.",
        # "Y of X" and "X's Y" are both English for one body.
        "The Standing Committee of the CPPCC Dalian Committee met. Members of the CPPCC "
        "Dalian Committee's Standing Committee spoke.",
    ],
)
def test_n206_leaves_other_bodies_alone(glossary: Glossary, text: str) -> None:
    assert spans(found(glossary, text, "N206")) == []


@pytest.mark.parametrize(
    ("text", "span", "suggestion"),
    [
        ("A delegation from Shangdong visited the port.", "Shangdong", "Shandong"),
        ("Firms from Xingjiang and Liaoning signed deals.", "Xingjiang", "Xinjiang"),
        ("Firms from Liaonign signed deals.", "Liaonign", "Liaoning"),
        ("Investors from Shanghia signed deals.", "Shanghia", "Shanghai"),  # a municipality
        (  # pinyin, but a one-off among the document's own right spellings
            "Tianjin opened a new port. The Tianjin port handles grain. The ships left Tianjian.",
            "Tianjian",
            "Tianjin",
        ),
        (  # a city's -ng written -n, even inside a longer name, among its right spellings
            "Changzhou firms met. Changzhou and the Chanzhou Science Park signed deals.",
            "Chanzhou",
            "Changzhou",
        ),
        ("The delegation toured Kashigar and its old town.", "Kashigar", "Kashgar"),  # no pinyin
        (  # an old romanisation beside the pinyin the text also writes
            "Urumqi hosted the fair. Traders came to Urumchi from Central Asia.",
            "Urumchi",
            "Urumqi",
        ),
    ],
)
def test_n203_a_province_misspelt(
    glossary: Glossary, text: str, span: str, suggestion: str
) -> None:
    assert_one(glossary, text, "N203", span, suggestion)


@pytest.mark.parametrize(
    "text",
    [
        "Delegations from Shanxi, Shaanxi, Hubei and Hebei met.",  # provinces a letter apart
        "The Shandong delegation met.",
        "The Xigang District government met.",  # a district, not a misspelt Xizang
        # a nasal slip of a province, but a district's name: below a province
        "The fair opened in Jianxi District of the city on Monday.",
        "The Xiang River flows north.",
        "The ships left Tianjian.",  # pinyin, and the document never writes Tianjin
        # pinyin beside the right name, but part of another name: a road, a person
        "Tianjin opened a port. Tianjin grew. Tianjian Road was widened.",
        "Tianjin opened a port. Tianjin grew. Li Tianjian, the port's director, spoke.",
        # written twice: a name of its own, not a slip
        "Tianjin met Tianjian. Tianjin and Tianjian signed.",
        "The delegation visited Yanzhou.",  # pinyin one letter from Yangzhou: a place itself
        "Yangzhou officials met. Yangzhou and Yanzhou District signed.",  # not a nasal slip
        "Changzhou met. Changzhou agreed. Li Chanzhou, the mayor, spoke.",  # a given name
        "Traders came to Urumchi.",  # an old spelling, but the text never writes Urumqi
        "Beijing schools met Peking University and served Peking duck.",  # old names kept
    ],
)
def test_n203_leaves_provinces_alone(glossary: Glossary, text: str) -> None:
    assert spans(found(glossary, text, "N203")) == []
