"""E801's wording slips, E802's misspelt words, E803's ordinals and E804/E805's number
agreement: what they suggest.

The flag/leave-alone tables are in test_rules.py; here the suggestions, the tie-breaking and
the glossary's own vocabulary.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from helpers import check_texts, glossary_from, run_cli

from tifa.checks.misspelling import correction, one_edit


@pytest.mark.parametrize(
    ("text", "suggestion"),
    [
        ("Extensive promote the new development philosophy.", "Extensively promote"),
        ("Steady deepen reform of state-owned enterprises.", "Steadily deepen"),
        ("The participated guests toured the bonded port.", "participating guests"),
        ("At the symposium, other attendants spoke.", "attendees"),
        ("Also on agenda were the two plans.", "on the agenda"),
        ("Import speeches were studied.", "Important"),
        ("The brand won fame home and abroad.", "fame at home and abroad"),
        ("The Consulate-General to Dalian opened.", "Consulate-General in"),
        ("The medias of the two cities met.", "media"),
        ("The zone was set up in an aim to draw firms.", "in a bid to"),
        ("The county seeks for partners abroad.", "seeks"),
        ("The project involves in 12 villages.", "is involved in"),
        ("Talent is the short board of the county.", "weak link"),
        ("The county runs three occupation schools.", "vocational schools"),
        ("We spared no efforts to finish the road.", "spared no effort"),
        ("The bank moved its regional headquarter to Dalian.", "headquarters"),
        ("Ten sites were enlisted as heritage sites.", "were listed"),
        ("It was a honour and a important day.", "an important"),
        ("Two sides signed the pact.", "The two sides"),
        ("The mayor went on inspection tour.", "on an inspection tour"),
        ("The new rules will pave way for private investment.", "pave the way"),
        ("In July 22nd, the fair opened.", "On July 22nd"),
        ("The fair ran on May 8 to 10 in the port.", "from May 8 to 10"),
        ("The envoy paid friendly visit to the port.", "paid a friendly visit"),
        ("The two cities signed cooperation agreement.", "signed a cooperation agreement"),
    ],
)
def test_e801_suggests_the_mended_wording(text: str, suggestion: str) -> None:
    found = check_texts([text], ["E801"])
    assert found["suggestion"].to_list() == [suggestion]


@pytest.mark.parametrize(
    ("text", "suggestion"),
    [
        ("The plan builds on exsisting industrial parks.", "existing"),
        ("The two cities deepened cooperatoin in ports.", "cooperation"),
        ("The municipal goverment issued the plan.", "government"),
        ("The city kept its enviroment clean.", "environment"),
        ("The Ota Districat Council met.", "District"),  # the capital kept
    ],
)
def test_e802_suggests_the_everyday_word(text: str, suggestion: str) -> None:
    found = check_texts([text], ["E802"])
    assert found["suggestion"].to_list() == [suggestion]
    assert found["fix"].to_list() == ["unsafe"]


def test_e802_prefers_the_more_frequent_word_then_the_alphabetical_one() -> None:
    # "adress" is one edit from both "address" and "dress": the more frequent one wins.
    assert one_edit("adress", "address") and one_edit("adress", "dress")
    assert correction("adress") == "address"
    # Whatever the order words are first looked up in, the answer is the same.
    correction.cache_clear()
    assert [correction(w) for w in ("dresss", "adress")] == ["dress", "address"]


def test_one_edit_covers_each_kind_of_slip() -> None:
    assert one_edit("exsisting", "existing")  # a letter added
    assert one_edit("goverment", "government")  # a letter dropped
    assert one_edit("industrual", "industrial")  # a letter changed
    assert one_edit("cooperatoin", "cooperation")  # two letters swapped
    assert not one_edit("examed", "examined")  # two letters dropped
    assert not one_edit("policy", "policy")


def test_e802_leaves_words_of_the_glossary_alone(tmp_path: Path) -> None:
    glossary = glossary_from(
        tmp_path,
        "zh,en,allowed,avoid,kind,pattern,note,source,status\n"
        "生态文明,ecologial civilization,,,slogan,,,test,approved\n",
    )
    text = "The city promotes ecologial civilization and deepens cooperatoin."
    found = check_texts([text], ["E802"], glossary)
    assert found["span"].to_list() == ["cooperatoin"]


def test_e802_through_the_cli(tmp_path: Path) -> None:
    page = tmp_path / "news.txt"
    page.write_text("The delegation visited exsisting parks in Dalian.\n", encoding="utf-8")
    result = run_cli(["check", str(page), "--format", "json", "--select", "E802"])
    findings = json.loads(result.out)["findings"]
    assert [(f["code"], f["suggestion"]) for f in findings] == [("E802", "existing")]


def test_e803_compares_the_ordinals_of_one_article_only() -> None:
    texts = ["The 18th CPC Central Committee met.", "The eighteenth CPC Central Committee met."]
    assert check_texts(texts, ["E803"]).is_empty()
    found = check_texts([" ".join(texts)], ["E803"])
    assert found.select("span", "suggestion").rows() == [("eighteenth", "18th")]


@pytest.mark.parametrize(
    ("text", "span", "suggestion"),
    [
        (
            "The park created a tourism revenues of 2 billion yuan.",
            "a tourism revenues",
            "tourism revenues",
        ),
        ("Cadres should not make an excuses.", "an excuses", "excuses"),
    ],
)
def test_e804_suggests_the_phrase_without_its_article(
    text: str, span: str, suggestion: str
) -> None:
    found = check_texts([text], ["E804"])
    assert found.select("span", "suggestion").rows() == [(span, suggestion)]


@pytest.mark.parametrize(
    ("text", "suggestion"),
    [
        ("Six tax bureau were merged.", "bureaus"),
        ("The plan covers three city, and more will join.", "cities"),
        ("Two new member attended.", "members"),
    ],
)
def test_e805_suggests_the_plural(text: str, suggestion: str) -> None:
    found = check_texts([text], ["E805"])
    assert found["suggestion"].to_list() == [suggestion]
    assert "an ordinal" in found["message"][0]


def test_e805_suggests_the_ordinal_of_a_numbered_sitting() -> None:
    found = check_texts(
        ["The mayor spoke at the seven session of the Fifth Municipal People's Congress."],
        ["E805"],
    )
    assert found.select("span", "suggestion").rows() == [("seven session", "seventh session")]
    level = check_texts(["It studied the provincial twelve plenary session."], ["E805"])
    assert level["suggestion"].to_list() == ["twelfth plenary session"]
    plural = check_texts(["The bureau held seven session in March."], ["E805"])
    assert plural.select("span", "suggestion").rows() == [("session", "sessions")]


def test_e804_and_e805_through_the_cli(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text(
        "The zone earned a tourism revenues of 9 billion yuan.\nSix tax bureau merged.\n",
        encoding="utf-8",
    )
    result = run_cli(
        ["check", str(article), "--select", "E804,E805", "-f", "json", "--fail-on", "warning"]
    )
    assert result.code == 1
    found = [(f["code"], f["line"], f["span"]) for f in json.loads(result.out)["findings"]]
    assert found == [("E804", 1, "a tourism revenues"), ("E805", 2, "bureau")]


def test_e806_suggests_the_plural_verb() -> None:
    text = "Last year, the CPC Central Committee and the State Council was clear: the plan stands."
    found = check_texts([text], ["E806"])
    assert found.select("span", "suggestion").rows() == [("was", "were")]
