"""精神 rendered as "spirits" (T116), the Party's and state's abbreviations in lower case
(N214) and common nouns capitalised mid-sentence (E818).

The sentences are written for these tests in the register of local government news; none
is taken from a page.
"""

from __future__ import annotations

import pytest
from helpers import check_texts, spans

# (code, text, flagged span, suggestion or fix)
FLAGGED = [
    (
        "T116",
        "Cadres in Laishan studied the spirits of the 20th CPC National Congress on Friday.",
        "spirits",
        "guiding principles",
    ),
    (
        "T116",
        "The township carried out the spirits of General Secretary Xi Jinping's important speech.",
        "spirits",
        "guiding principles",
    ),
    (
        "T116",
        "Spirits of the Third Plenary Session of the 20th CPC Central Committee were relayed.",
        "Spirits",
        "Guiding principles",
    ),
    (
        "T116",
        "Officials will act on the spirits of the important instructions from the center.",
        "spirits",
        "guiding principles",
    ),
    (
        "T116",
        "He relayed the spirits in the speech of the provincial Party secretary.",
        "spirits",
        "guiding principles",
    ),
    ("N214", "Deputies of the npc and members of the cppcc met in the hall.", "npc", "NPC"),
    ("N214", "Deputies of the npc and members of the cppcc met in the hall.", "cppcc", "CPPCC"),
    ("N214", "The Cpc Yantai Municipal Committee held a plenary session.", "Cpc", "CPC"),
    ("N214", "He spoke of the founding of the prc in 1949.", "prc", "PRC"),
    (
        "E818",
        "The Enterprises in the zone grew fast. The enterprises paid more tax this year.",
        "Enterprises",
        "enterprises",
    ),
    (
        "E818",
        "Local farmers grow fine Apples on the hills, and the apples sell well in Yantai.",
        "Apples",
        "apples",
    ),
    (
        "E818",
        "In 2021, the City built ten parks, and the city is now greener than ever.",
        "City",
        "city",
    ),
    (
        "E818",
        "The mayor chaired a monthly Symposium on the growth of private firms.",
        "Symposium",
        "symposium",
    ),
]

CLEAN = [
    ("T116", "The visit lifted the spirits of the athletes at the meeting."),
    ("T116", "Guizhou is known for the spirits of Maotai, a liquor made there."),
    ("T116", "Cadres studied the spirit of the 20th CPC National Congress."),
    ("T116", "Cadres studied the guiding principles of the Fourth Plenary Session."),
    ("T116", "The spirits of the villagers rose after the harvest."),
    ("T116", "There were high spirits in the hall after the speech."),
    ("N214", "The CPC, the NPC, the CPPCC and the PRC are written in capitals."),
    ("N214", "Read more at www.npc.gov.cn or write to press@cppcc.gov.cn."),
    ("N214", "The file cpc-report.pdf and the code npc_2023 were posted."),
    ("N214", "The price of the PVC pipe rose, and so did the prices of steel."),
    ("E818", "The Enterprises in the zone grew fast. Output rose this year."),  # once only
    ("E818", "He spoke at the Forum for Cooperation between East and West, on cooperation."),
    ("E818", "The Ministry of Ecology and Environment sent a team to study the environment."),
    ("E818", "The Committee met in May, and the committee may meet again."),  # short forms
    ("E818", "Zones Attract Enterprises\n\nThe enterprises in the zone grew fast."),  # heading
    ("E818", "Officials met Wang at the port; wang is not a word here."),  # a person's name
    ("E818", "The plan named “Green Enterprises” as the goal for the enterprises."),  # quoted
    ("E818", "Yantai City and Laishan District grew; the city and the district met."),
    ("E818", "He is a Chinese, and his wife is an American working in Yantai."),  # nationality
    ("E818", "The port won a Champions of the Earth Award and a Symposium Prize in 2020."),
    ("E818", "She works as a Professor at Shandong University in Jinan."),  # a name follows
    ("E818", "He is a Yantai native and a Xinhua reporter."),  # a place, a modifier  # names
]


@pytest.mark.parametrize(("code", "text", "span", "suggestion"), FLAGGED)
def test_flagged_with_suggestion(code: str, text: str, span: str, suggestion: str) -> None:
    found = check_texts([text], [code])
    rows = found.filter(found["code"] == code).select("span", "suggestion").rows()
    assert (span, suggestion) in rows, f"{code}: {rows}"


@pytest.mark.parametrize(("code", "text"), CLEAN)
def test_left_alone(code: str, text: str) -> None:
    assert spans(check_texts([text], [code]), code) == []


@pytest.mark.parametrize(
    ("text", "span", "fix"),
    [
        (
            "Villages in the county keep their non-material cultural heritage alive.",
            "non-material cultural heritage",
            "intangible cultural heritage",
        ),
        (
            "The park helps firms raise their self-dependent innovation capacity.",
            "self-dependent innovation",
            "independent innovation",
        ),
    ],
)
def test_bundled_avoid_forms_of_formulations(text: str, span: str, fix: str) -> None:
    found = check_texts([text], ["T101"])
    assert found.select("span", "suggestion").rows() == [(span, fix)]


def test_attested_formulations_are_left_alone() -> None:
    text = "The county protects its intangible cultural heritage and backs independent innovation."
    assert spans(check_texts([text], ["T101"])) == []
