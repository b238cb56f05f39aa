"""Every rule: texts it must flag (with the span) and texts it must leave alone.

Cases are small real sentences, most taken from the sample articles. They run through the
same engine as `tifa check`, with the bundled glossary.
"""

from __future__ import annotations

import pytest
from bilingual_cases import BILINGUAL_CASES
from helpers import check_texts, spans

from tifa.checks.registry import all_rules

# code -> ([(text, flagged span), ...], [clean text, ...])
CASES: dict[str, tuple[list[tuple[str, str]], list[str]]] = {
    "T101": (
        [
            (
                'realize the high-quality development of the "two first districts".',
                "two first districts",
            ),
            ("to fully push forward the reform of one Netcom office.", "one Netcom office"),
            (
                "jointly build a closer Shenyang-Dalian community of destiny.",
                "community of destiny",
            ),
            ("Symposiums for District Governors were held.", "District Governors"),
        ],
        [
            "realize the high-quality development of the two pre-zones.",
            "a community with a shared future",
        ],
    ),
    "T103": (
        [
            (
                "carrying out party history study and education.",
                "party history study and education",
            ),
            ("refrain from formalism and bureaucracy.", "formalism and bureaucracy"),
        ],
        ["carrying out Party history learning and education.", "promote high-quality projects."],
    ),
    "T104": (
        [
            (
                "Deepen one-network unified management. Then one network and unified management.",
                "one network and unified management",
            )
        ],
        [
            "Deepen one-network unified management. Then one-network unified management again.",
            "The Communist Party of China (CPC) met; the CPC agreed.",  # full name, then acronym
        ],
    ),
    "T105": (
        [
            (
                "Tan Zuojun, secretary of the Municipal Party presided over the meeting.",
                "secretary of the Municipal Party",
            )
        ],
        ["Tan Zuojun, secretary of the Municipal Party Committee, presided over the meeting."],
    ),
    "T107": (
        [
            (
                "the region should play its role as a “ballast stone” for development.",
                "“ballast stone”",
            )
        ],
        [
            "the “green channel” of approval",  # in the glossary
            "he said “we will win.” and left",  # a sentence, not a formulation
            "reviewed the “Implementation Plan for Cooperation and Exchange”",  # a document title
            "the “lifeline” of development",  # one word
            '"We must seize the day," said the mayor.',  # reported speech
        ],
    ),
    "N201": (
        [("Tan Zuoyu met the press. Tan Zuojun spoke. Tan Zuojun left.", "Tan Zuoyu")],
        [
            "Tang Jun and Zhang Jun spoke, and Zhang Jun left.",  # different surnames
            "Tan Chengxu met Tan Zuojun and Tan Zuojun left.",  # given names differ in two syllables
            "Wang Xin met Wang Xin and Wang Xin met Wang Lin.",  # one-syllable names: two people
        ],
    ),
    "N204": (
        [
            (
                "Members of the Provincial Party Committee met. The provincial party committee agreed.",
                "provincial party committee",
            )
        ],
        [
            "The Provincial Party Committee met. The Provincial Party Committee agreed.",
            "Provincial party committee staff met. The provincial party committee agreed.",  # sentence start
            "The Communist Party of China (CPC) met; the CPC agreed.",  # two renderings, not two cases
        ],
    ),
    "P301": (
        [('Reviewing the "Plan" and "Opinions on Safety and other documents.', '"')],
        [
            'Reviewing the "Plan" and "Opinions on Safety" and other documents.',
            "He said “yes” and left.",
        ],
    ),
    "P302": (
        [('the construction of the "two pre-zones” and more', '"two pre-zones”')],
        [
            'the "two pre-zones" and the "green channel"',
            "the “two pre-zones” and the “green channel”",
        ],
    ),
    "P303": (
        [('adhere to the concept of " grasping the project"', " ")],
        ['adhere to the concept of "grasping the project"'],
    ),
    "P304": (
        [("people's livelihood security, etc. , Packaging", " "), ("one grasp to the end .", " ")],
        ["security, etc., and more.", "a ratio of .5 is fine", "wait ... and see"],
    ),
    "P305": (
        [("News from our newspaper (Reporter Li Haiying)On May 26, Wang spoke.", ")")],
        [
            "see www.dalian.gov.cn for details",
            "the U.S. delegation",
            "at 07:52, and then",
            "R&D platforms",
        ],
    ),
    "P306": (
        [("the Belt and Road Initiative，which", "，")],
        ["the Belt and Road Initiative, which"],
    ),
    "P307": (
        [("the  Municipal Party Committee", "  ")],
        ["the Municipal Party Committee"],
    ),
    "P308": (
        [("the annual targets. \nNext line.", " "), ("no-break space at the end.\u00a0", "\u00a0")],
        ["the annual targets.\nNext line."],
    ),
    "P309": (
        [
            ("Business Environment (2020- 2021)", "- "),
            ('preventing " pseudo - finance" activities', " - "),
        ],
        ["small- and medium-sized enterprises", "the 2020-2021 plan", "a well-known fact"],
    ),
    "R601": (
        [
            ("Breaking news\n\nThe meeting opened.", "Breaking news"),
            (
                "Title_Shenyang Daily Reading_News Center_Shenyang Net\n\nText.",
                "Title_Shenyang Daily Reading_News Center_Shenyang Net",
            ),
            ("The meeting opened today.\n\nThe meeting opened today.", "The meeting opened today."),
            ("Text.\n\nThe article is in Chinese", "The article is in Chinese"),
        ],
        ["Breaking news came from the meeting today.", "Tags are useful, he said."],
    ),
    "P320": (
        [
            ("The district completed theconstruction of the port.", "theconstruction"),
            ("Work began on September21 in Lushunkou.", "September21"),
            ("Output rose by12.5% over the year.", "by12.5%"),
            ("The fund reached 30billion yuan.", "30billion"),
            ("The leaders met inShenyang on Monday.", "inShenyang"),
            ("the ZhuangheHarbour Industrial Park", "ZhuangheHarbour"),
            ("to promote high-qualitydevelopment", "qualitydevelopment"),
            ("support for privateenterprises", "privateenterprises"),
        ],
        [
            "Firefighting teams and businesspeople met at the northernmost bridgehead.",
            "WeChat, PetroChina, JinkoSolar, PowerPoint and iPhone users took part.",
            "Antiepidemic and overcapacity measures were discussed at 3pm on the 21st.",
            "See www.dalian.gov.cn/news_2021 or mail press@dalian.gov.cn for the G20 and 5G plans.",
            "The 14th Five-Year Plan runs to the mid-2020s, as COVID-19 fades.",
        ],
    ),
    "R603": (
        [("to promote the the implementation", " the")],  # the second word and the space before it
        ["he said that that was done", "the theme of the day"],
    ),
    "S701": (
        [
            ("[tifa: ignore]\nThe meeting was held in Dalian.", "[tifa: ignore]"),
            ("<!-- tifa: ignroe T101 -->\nThe meeting.", "<!-- tifa: ignroe T101 -->"),
            ("[tifa: ignore-end]\nThe meeting.", "[tifa: ignore-end]"),
        ],
        [
            # names a rule that did not run: not called stale
            "[tifa: ignore T101]\nThe two first districts.",
            "A sentence that mentions [tifa: ignore] inside its text is not a directive.",
        ],
    ),
    "U406": (
        [
            ("Vice mayor Li Yi¡¯an attended.", "¡¯"),
            ("the ¡°green channel¡± for projects", "¡°"),
            ("the port ¨C the largest in Liaoning", "¨C"),
            ("the cityâ€™s new port", "â€™"),
            ("a CafÃ© in Zhongshan Square", "Ã©"),
        ],
        [
            "Vice mayor Li Yi’an attended the “green channel” launch – at 30°C.",
            "© 2023 Dalian Daily; ¡Bienvenidos! said the 3×2 sign in the café, naïve as it was.",
            "The fund is worth £5 million and ¥30 million.",
        ],
    ),
    "U401": (
        [("the 14th Five-Year Plan (十四五) starts", "十四五"), ("starts in ２０２１", "２０２１")],
        ["the 14th Five-Year Plan starts in 2021"],
    ),
}


def test_every_rule_has_cases() -> None:
    assert {r.code for r in all_rules()} == set(CASES) | set(BILINGUAL_CASES)


@pytest.mark.parametrize("code", sorted(CASES))
def test_rule_flags_bad_text(code: str) -> None:
    for text, span in CASES[code][0]:
        found = spans(check_texts([text], [code]), code)
        assert span in found, f"{code} missed {span!r} in {text!r}: {found}"


@pytest.mark.parametrize("code", sorted(CASES))
def test_rule_leaves_good_text_alone(code: str) -> None:
    for text in CASES[code][1]:
        found = spans(check_texts([text], [code]), code)
        assert found == [], f"{code} cried wolf on {text!r}: {found}"


def test_t104_works_across_the_files_of_a_run() -> None:
    found = check_texts(
        ["Deepen one-network unified management.", "Into one network and unified management."],
        ["T104"],
    )
    assert found.select("path", "span").rows() == [
        ("doc1.txt", "one network and unified management")
    ]
    assert "1× in this run" in found["message"][0]


def test_n201_suggests_the_glossary_spelling() -> None:
    found = check_texts(["Tan Zuoyu spoke.", "Later Tan Zuojun left."], ["N201"])
    assert found.select("span", "suggestion").rows() == [("Tan Zuoyu", "Tan Zuojun")]


def test_t101_keeps_case_and_plural_in_its_fix() -> None:
    found = check_texts(["Symposiums for District Governors were held."], ["T101"])
    assert found["suggestion"].to_list() == ["District Heads"]


def test_t101_fix_keeps_the_quotes_of_a_quoted_avoid_form() -> None:
    found = check_texts(
        ["carry out the strategy of “going out”, and going out at night is fine."], ["T101"]
    )
    assert found.select("span", "suggestion").rows() == [("“going out”", "“going global”")]


def test_proposed_entries_never_raise_more_than_info() -> None:
    found = check_texts(["upgrading the time-honored brand"], ["T101"])
    assert found.select("span", "severity").rows() == [("time-honored brand", "info")]


def test_nothing_is_flagged_inside_markdown_code_or_link_targets() -> None:
    text = "Use `two first districts` as a string, see [the two pre-zones](http://x.cn/a,b) and `十四五`.\n"
    assert check_texts([text], fmt="markdown").height == 0
    assert (
        check_texts([text.replace("`", "")], fmt="markdown").height > 0
    )  # the same words as prose are
