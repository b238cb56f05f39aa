"""Articles and prepositions that recur in city news pages: bodies by their initials and
China's missions without "the" (E807), institutes and national administrations as subjects
and a provincial CPPCC by its initials (T113), the Chinese path to modernization (E820), and
an article before a place's possessive, the prepositions of set phrases and uncountable nouns
after "a series of" (E801).

The sentences are written for these tests, in the register of city news pages.
"""

from __future__ import annotations

import pytest
from helpers import assert_flags, check_texts


@pytest.mark.parametrize(
    ("code", "text", "span"),
    [
        # E807: a body or the initiative by its initials after a preposition.
        ("E807", "The youth forum was organized by CPAFFC in Hangzhou.", "CPAFFC"),
        ("E807", "Twelve ports have joined trade routes under BRI since 2019.", "BRI"),
        ("E807", "Zhou Ming, deputy director of NDRC, spoke at the forum.", "NDRC"),
        ("E807", "The fair drew buyers from members of SCO and beyond.", "SCO"),
        # ... the US and the UK with their stops, after a preposition or after "and".
        ("E807", "Tea exports to U.S. in May rose by 3 percent.", "U.S."),
        ("E807", "Exchanges between Xiamen and U.K., the mayor said, keep growing.", "U.K."),
        ("E807", "Ties between Brazil and US, he added, stay strong.", "US"),
        # ... as the subject of its clause.
        ("E807", "CPAFFC and CJFA will hold a youth exchange in Sendai.", "CPAFFC"),
        ("E807", "In 2023, CPAFFC signed 14 agreements with sister cities.", "CPAFFC"),
        ("E807", "The mayor said SCO has become a key market for the port.", "SCO"),
        # China's embassy or consulate after a preposition or opening its clause.
        ("E807", "The gala was co-hosted by Chinese Embassy in Kenya.", "Chinese Embassy in Kenya"),
        (
            "E807",
            "On October 3, Chinese Consulate General in Osaka held a reception.",
            "Chinese Consulate General in Osaka",
        ),
        (
            "E807",
            "Chinese Embassy in Hungary, together with local groups, staged a concert.",
            "Chinese Embassy in Hungary",
        ),
        # A zone named by its places as the subject of a reported clause.
        (
            "E807",
            "Liu said Jinan Economic Circle would add 300 projects this year.",
            "Jinan Economic Circle",
        ),
        # T113: an institute named by its city, or a national administration, as a subject.
        (
            "T113",
            "Xiamen Institute of Rare Earth Materials signed a deal with two firms on Monday.",
            "Xiamen Institute of Rare Earth Materials",
        ),
        (
            "T113",
            "On May 9, Suzhou Institute of Biomedical Engineering released its annual report.",
            "Suzhou Institute of Biomedical Engineering",
        ),
        (
            "T113",
            "Cyberspace Administration of China will inspect 40 websites this month.",
            "Cyberspace Administration of China",
        ),
        # E820: the Chinese path to modernization, one path.
        (
            "E820",
            "The forum discussed the promotion of Chinese path to modernization.",
            "Chinese path to modernization",
        ),
        # T113 ... and a provincial CPPCC by its initials.
        (
            "T113",
            "Zhao Lin, vice chairman of Hunan Provincial CPPCC, inspected the tea farms.",
            "Hunan Provincial CPPCC",
        ),
    ],
)
def test_missing_article_is_flagged(code: str, text: str, span: str) -> None:
    assert_flags(code, text, span)


@pytest.mark.parametrize(
    ("code", "text"),
    [
        # The initials modify a noun, or have their article; ASEAN is named bare.
        ("E807", "Partners in BRI cooperation met in Lanzhou."),
        ("E807", "The county signed deals with U.S. firms."),
        ("E807", "Trade between Fujian and US companies rose."),
        ("E807", "The fair was organized by the CPAFFC in Hangzhou."),
        ("E807", "The port has links with ASEAN and Japan."),
        ("E807", "NPC deputies from Wuxi visited the plant."),
        ("E807", "CPPCC members attended the seminar on elderly care."),
        ("E807", "The SCO's trade ministers met in Qingdao."),
        # A list of hosts has no opening phrase before the comma.
        ("E807", "Hosts were the city, CPAFFC and the university."),
        # The mission with its article, modifying a noun, or in a heading.
        ("E807", "The city worked with the Chinese Embassy in Kenya."),
        ("E807", "He thanked Chinese Embassy staff for their help."),
        ("E807", "Chinese Embassy Holds Spring Festival Gala"),
        # T113: an institute of technology is a university, named bare; a bank is a brand.
        ("T113", "Ningbo Institute of Technology signed a deal with two firms."),
        ("T113", "Bank of China opened a branch in the new district."),
        ("T113", "The Cyberspace Administration of China will inspect 40 websites."),
        ("T113", "He is vice chairman of the Hunan Provincial CPPCC Committee."),
        ("T113", "Hunan Provincial CPPCC members visited the farms."),
        ("E820", "Scholars met to discuss the Chinese path to modernization."),
        ("E820", "The county is advancing Chinese modernization in rural areas."),
    ],
)
def test_article_in_place_or_not_wanted_is_left_alone(code: str, text: str) -> None:
    assert_flags(code, text, None)


@pytest.mark.parametrize(
    ("text", "span", "mended"),
    [
        (
            "The delegation visited the Lishui's Municipal Party Committee.",
            "the Lishui's",
            "Lishui's",
        ),
        ("The Jinhua’s new airport opened in June.", "The Jinhua’s", "Jinhua’s"),
        (
            "The county has attached great importance in training young farmers.",
            "attached great importance in",
            "attached great importance to",
        ),
        ("Mayor Sun briefed to the guests on the port's plans.", "briefed to", "briefed"),
        (
            "The tour changed their impression on rural Guizhou.",
            "their impression on",
            "their impression of",
        ),
        (
            "Visitors have a good impression on the old town.",
            "have a good impression on",
            "have a good impression of",
        ),
        (
            "In the first half year, retail sales grew by 7 percent.",
            "first half year",
            "first half of the year",
        ),
        (
            "In the second half year of 2024, exports rose.",
            "second half year of",
            "second half of",
        ),
        ("The county opened 12 schools in this year.", "in this year", "this year"),
        (
            "On the 2024 Qingdao Marine Economy Forum, 16 deals were signed.",
            "On",
            "At",
        ),
        ("The two cities reached a series of consensus on trade.", "a series of consensus", None),
        ("The port made a series of progress in green shipping.", "a series of progress", None),
        (
            "The city made a series of hard-won new progress in reform.",
            "a series of hard-won new progress",
            None,
        ),
    ],
)
def test_wording_slip_is_flagged_and_mended(text: str, span: str, mended: str | None) -> None:
    found = check_texts([text], ["E801"])
    rows = found.filter(found["span"] == span)
    assert rows.height == 1, found.select("span", "message").to_dicts()
    assert rows["suggestion"][0] == mended


@pytest.mark.parametrize(
    "text",
    [
        # People's and Party's are no places' possessives.
        "The People's Congress of Lishui met in March.",
        "The Party's policies were explained to villagers.",
        "The Women's Federation of Jinhua held a fair.",
        "The city attaches importance in principle to clean water.",
        "The officials were briefed to expect heavy rain.",
        "The trip left a deep impression on him.",
        "The old town made a good impression on investors.",
        "First half year results were released on Friday.",
        "Its half-year report came out in July.",
        "The fair will be held in this year's autumn.",
        "Growth slowed in this year of recovery.",
        "They signed a series of consensus documents.",
        "They published a series of progress reports.",
        "On the Forum's sidelines, the two mayors met.",
    ],
)
def test_right_wording_is_left_alone(text: str) -> None:
    assert_flags("E801", text, None)
