"""Bundled entries for names and national terms that local sites write the mainland way.

Hong Kong and Macao officials keep their own romanisations, a deputy to the National People's
Congress is a deputy (not a delegate), and a few national formulations have one fixed form.
The sentences are written for these tests in the register of local government news; none is
taken from a page.
"""

from __future__ import annotations

import pytest
from helpers import check_texts, spans

# (text, flagged span, suggestion)
FLAGGED = [
    (
        "He Houhua, vice chairman of the CPPCC National Committee, visited the port.",
        "He Houhua",
        "Edmund Ho Hau Wah",
    ),
    ("The city welcomed Cui Shian and his delegation.", "Cui Shian", "Chui Sai On"),
    ("Macao Chief Executive He Yicheng toured the science park.", "He Yicheng", "Ho Iat Seng"),
    ("Cen Haohui met the mayor in Zhuhai.", "Cen Haohui", "Sam Hou Fai"),
    ("Li Jiachao attended the opening of the fair.", "Li Jiachao", "John Lee Ka-chiu"),
    ("Financial Secretary Chen Maobo spoke at the forum.", "Chen Maobo", "Paul Chan Mo-po"),
    (
        "Lin Zhengyue'e sent a congratulatory letter.",
        "Lin Zhengyue'e",
        "Carrie Lam Cheng Yuet-ngor",
    ),
    ("Liang Zhenying met the investors.", "Liang Zhenying", "Leung Chun-ying"),
    ("Huo Yingdong funded the sports centre.", "Huo Yingdong", "Henry Fok Ying-tung"),
    ("As an NPC delegate, Wang Fang put forward a motion.", "NPC delegate", "NPC deputy"),
    ("Three NPC delegates from the city met farmers.", "NPC delegates", "NPC deputies"),
    (
        "Zhao Lin, a delegate to the National People's Congress, spoke.",
        "delegate to the National People's Congress",
        "NPC deputy",
    ),
    (
        "The plan follows the guidelines of the 19th National CPC Congress.",
        "19th National CPC Congress",
        "19th National Congress of the Communist Party of China",
    ),
    (
        "Zhejiang keeps implementing the Double Eight Strategies.",
        "Double Eight Strategies",
        "Double-Eight Strategy",
    ),
]

CLEAN = [
    "Edmund Ho Hau Wah, Chui Sai On, Ho Iat Seng and Sam Hou Fai attended the gala.",
    "Chief Executive John Lee and Financial Secretary Paul Chan met Carrie Lam and CY Leung.",
    "Tung Chee-hwa and Donald Tsang Yam-kuen sent letters; Henry Fok funded the centre.",
    "The NPC delegation of the province met. NPC deputies and CPPCC members spoke.",
    "Zhao Lin, a deputy to the 14th National People's Congress, spoke to delegates of the forum.",
    "The 19th CPC National Congress and the 20th National Congress of the CPC set the goals.",
    "The Double-Eight Strategy and the Double Eight Strategy guide Zhejiang.",
    "The Qinghai-Tibet Plateau and the Qinghai-Xizang Plateau are one plateau.",
    "Grassland on the Qinghai-Tibetan Plateau is recovering.",  # another name in reference works
]


@pytest.mark.parametrize(("text", "span", "suggestion"), FLAGGED)
def test_avoid_form_flagged_with_the_official_form(text: str, span: str, suggestion: str) -> None:
    found = check_texts([text], ["T101"])
    assert found.select("span", "suggestion").rows() == [(span, suggestion)], text


@pytest.mark.parametrize("text", CLEAN)
def test_official_forms_left_alone(text: str) -> None:
    assert spans(check_texts([text], ["T101", "T103", "T104", "T105", "N201", "N203"])) == []
