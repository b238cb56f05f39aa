"""Garbled national formulations (T127, glossary `avoid` forms), 精神 as "spirits" in a
paragraph cut short (T116).

The sentences are written for these tests in the register of local government news; none
is taken from a page.
"""

from __future__ import annotations

import pytest
from helpers import check_texts, spans

from tifa.glossary import load_glossaries

# (text, flagged span, suggestion)
T127_FLAGGED = [
    (
        "The district studied Xi Jinping's thoughts about socialism with Chinese "
        "characteristics for the new era at its meeting.",
        "Xi Jinping's thoughts about socialism with Chinese characteristics for the new era",
        "Xi Jinping Thought on Socialism with Chinese Characteristics for a New Era",
    ),
    (
        "Cadres took General Secretary Xi Jinping's ideology of socialism with Chinese "
        "characteristics in the new era as their guide.",
        "Xi Jinping's ideology of socialism with Chinese characteristics in the new era",
        "Xi Jinping Thought on Socialism with Chinese Characteristics for a New Era",
    ),
    (
        "The township acted on Xi Jinping’s new era of socialism with Chinese characteristics.",
        "Xi Jinping’s new era of socialism with Chinese characteristics",
        "Xi Jinping Thought on Socialism with Chinese Characteristics for a New Era",
    ),
    (
        "Officials in Pingdu read Xi Jinping's ideas about socialism with distinct Chinese "
        "features.",
        "Xi Jinping's ideas about socialism with distinct Chinese features",
        "Xi Jinping Thought on Socialism with Chinese Characteristics for a New Era",
    ),
    (
        "Teachers in the county studied Xi Jinping's Thought in depth.",
        "Xi Jinping's Thought",
        "Xi Jinping Thought",
    ),
    (
        "The city kept to the general tone of steady progress in its work.",
        "general tone",
        "general principle",
    ),
    (
        "We adhered to the General Work Tone of seeking progress amid stability.",
        "General Work Tone",
        "general principle",
    ),
    (
        "The bureau made efforts to implement Two Maintenance (upholding the core).",
        "Two Maintenance",
        "Two Upholds",
    ),
    (
        "Members resolved to carry out the Two Maintenances and to study hard.",
        "Two Maintenances",
        "Two Upholds",
    ),
    (
        "Members must firmly achieve the “two maintenance” in all their work.",
        "two maintenance",
        "Two Upholds",
    ),
]

T127_CLEAN = [
    "Foreign media wrote about Xi Jinping's thoughts on the economy.",
    "Xi Jinping's speech on the economy was widely read in the county.",
    "The district studied Xi Jinping Thought on Socialism with Chinese Characteristics for a "
    "New Era.",
    "Teachers studied Xi Jinping Thought in depth.",
    "The general tone of the meeting was warm and frank.",
    "The general tone of the report on growth was upbeat.",
    "The city kept to the general principle of pursuing progress while ensuring stability.",
    "The plant hired two maintenance workers and Two Maintenance Teams this year.",
    "Cadres will always uphold the Two Upholds.",
]


@pytest.mark.parametrize(("text", "span", "suggestion"), T127_FLAGGED)
def test_t127_flags_garbled_formulations(text: str, span: str, suggestion: str) -> None:
    found = check_texts([text], ["T127"])
    assert found.select("span", "suggestion").rows() == [(span, suggestion)]


@pytest.mark.parametrize("text", T127_CLEAN)
def test_t127_leaves_official_forms_and_plain_english_alone(text: str) -> None:
    assert spans(check_texts([text], ["T127"])) == []


def test_t127_leaves_the_glossary_avoid_forms_to_t101() -> None:
    text = (
        "The county studied Xi Jinping's thought on socialism with Chinese characteristics in "
        "the new era."
    )
    found = check_texts([text], ["T101", "T127"], load_glossaries([]))
    assert found["code"].to_list() == ["T101"]


@pytest.mark.parametrize(
    ("text", "span", "fix"),
    [
        (
            "Party members kept the Four Self-confidence in mind.",
            "Four Self-confidence",
            "Four-sphere Confidence",
        ),
        (
            "Officials must strengthen the four consciousness at every level.",
            "four consciousness",
            "Four Consciousnesses",
        ),
        (
            "He spoke of the founding of the Communist Party of Chinese in 1921.",
            "Communist Party of Chinese",
            "Communist Party of China",
        ),
        (
            "An expert from the Ministry of Agriculture and Village gave a talk in Laixi.",
            "Ministry of Agriculture and Village",
            "Ministry of Agriculture and Rural Affairs",
        ),
    ],
)
def test_bundled_avoid_forms_of_garbled_names(text: str, span: str, fix: str) -> None:
    found = check_texts([text], ["T101"], load_glossaries([]))
    assert found.select("span", "suggestion").rows() == [(span, fix)]


def test_official_names_of_the_same_entries_are_left_alone() -> None:
    text = (
        "Officials strengthened the Four Consciousnesses and the Four-sphere Confidence; an "
        "expert from the Ministry of Agriculture and Rural Affairs spoke of the Communist "
        "Party of China. The Ministry of Agriculture was renamed in 2018."
    )
    assert spans(check_texts([text], ["T101"], load_glossaries([]))) == []


def test_t116_reads_a_long_paragraph_cut_short() -> None:
    # A report pasted without its last words: no full stop at the end of the paragraph.
    text = (
        "In 2024 the district met its main targets. Under the leadership of the CPC Laixi "
        "Municipal Committee, we carried out the spirits of the 20th CPC National Congress "
        "and the plenary sessions of the 20th CPC Central Committee. We also built new roads "
        "and schools, and upgraded the old port and"
    )
    assert spans(check_texts([text], ["T116"]), "T116") == ["spirits"]


def test_t116_reads_a_heading_by_its_owner_only() -> None:
    # session 27: "Spirits of" with its owner is 精神 in a headline too; spirits without
    # one are the English word
    heading = "Spirits of the Plenary Session Relayed in Laixi"
    assert spans(check_texts([heading], ["T116"]), "T116") == ["Spirits"]
    assert spans(check_texts(["Team Spirit Lifts Laixi Port Workers"], ["T116"])) == []
    assert spans(check_texts(["Spirits High as Laixi Port Reopens"], ["T116"])) == []


@pytest.mark.parametrize(
    ("text", "span", "suggestion"),
    [
        (
            "This year the county will carry out the spirit of the Party’s twenty and the "
            "instructions of the province.",
            "Party’s twenty",
            "20th CPC National Congress",
        ),
        (
            "Cadres studied the spirit of the CPC's nineteenth, and then went to the villages.",
            "CPC's nineteenth",
            "19th CPC National Congress",
        ),
        (
            "The town will act on the spirit of the Party's 20.",
            "Party's 20",
            "20th CPC National Congress",
        ),
    ],
)
def test_t116_congress_named_by_its_bare_number(text: str, span: str, suggestion: str) -> None:
    found = check_texts([text], ["T116"])
    assert found.select("span", "suggestion").rows() == [(span, suggestion)]


@pytest.mark.parametrize(
    "text",
    [
        "Cadres studied the spirit of the Party's 20th National Congress.",
        "Cadres studied the spirit of the Party's twentieth congress in depth.",
        "The spirit of the Party's 100 years of struggle lives on.",
    ],
)
def test_t116_congress_named_in_full_is_left_alone(text: str) -> None:
    assert spans(check_texts([text], ["T116"])) == []


@pytest.mark.parametrize(
    ("text", "span", "suggestion"),
    [
        (
            "The mayor gave the report at the 7th Plenary Session of the 16th Laixi Municipal "
            "People's Congress.",
            "Plenary Session",
            "Session",
        ),
        (
            "Deputies met at the third plenary session of the Fifth People's Congress of the "
            "county.",
            "plenary session",
            "session",
        ),
    ],
)
def test_t124_plenary_session_of_a_peoples_congress(text: str, span: str, suggestion: str) -> None:
    found = check_texts([text], ["T124"])
    assert found.select("span", "suggestion").rows() == [(span, suggestion)]


@pytest.mark.parametrize(
    "text",
    [
        "The 4th Plenary Session of the 20th CPC Central Committee was held in Beijing.",
        "The second plenary meeting of the first session of the 14th National People's "
        "Congress was held.",
        "The first session of the 16th Laixi Municipal People's Congress opened on Monday.",
        "The third plenary session of the 12th CPC Laixi Municipal Committee met.",
    ],
)
def test_t124_plenary_sessions_of_party_committees_are_left_alone(text: str) -> None:
    assert spans(check_texts([text], ["T124"])) == []
