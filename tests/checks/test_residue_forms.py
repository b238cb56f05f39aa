"""Residue in the forms the pages of a new set brought in, and misspelt title words.

R601: related-story labels, a caption's label, a template's empty label, an outlet's
invitation to browse it, a tracking number, a press-release service's fields, a menu's items
with the hyphen glued on, a two-part trail under one arrow or a backslash, a trail under
"index", a time stamp with the hour between the day and the year, a font-size control, a
credit of names run into the last sentence. R604: a photo's credit as "Photograph/…",
"Pic: agency/name" and "[outlet/ name]" after a caption's sentence. E802: a capitalised word
one slip from a title word. Each table holds texts to flag (with the span) and texts to
leave alone, written for these tests in the register of Chinese-government English news.
"""

from __future__ import annotations

import pytest
from helpers import check_texts, spans

HEADLINE = "Anshan opens a new container route to Busan\n\n"
BODY = (
    "Anshan opened a new container route to Busan on Monday, the municipal port office said.\n\n"
    "The route cuts the shipping time for the city's steel products by two days.\n\n"
)

# (code, text, flagged span)
FLAGGED: list[tuple[str, str, str]] = [
    ("R601", BODY + "Relevant articles", "Relevant articles"),
    ("R601", BODY + "Relevant news:", "Relevant news:"),
    ("R601", HEADLINE + "Adjust font size:\n\n" + BODY, "Adjust font size:"),
    ("R601", BODY + "KEY WORDS:", "KEY WORDS:"),
    ("R601", BODY + "Key words: port, Busan, steel", "Key words: port, Busan, steel"),
    ("R601", BODY + "EXPLORE XINHUANET", "EXPLORE XINHUANET"),
    ("R601", BODY + "Explore more from China Daily", "Explore more from China Daily"),
    ("R601", BODY + "3300201907070000000000000111021212", "3300201907070000000000000111021212"),
    ("R601", HEADLINE + "Product Description:\n\n" + BODY, "Product Description:"),
    ("R601", HEADLINE + "Article Summary:\n\n" + BODY, "Article Summary:"),
    ("R601", "Country for PR: China\n" + HEADLINE + BODY, "Country for PR: China"),
    ("R601", "Industry for PR: Logistics\n" + HEADLINE + BODY, "Industry for PR: Logistics"),
    ("R601", "-About Anshan\n-Investment Guide\n-Sister Cities\n" + HEADLINE, "-Investment Guide"),
    ("R601", "-Culture&Tourism\n" + HEADLINE + BODY, "-Culture&Tourism"),
    (
        "R601",
        "Anshan Daily Online> Local News\n\n" + HEADLINE + BODY,
        "Anshan Daily Online> Local News",
    ),
    ("R601", "World\\Asia Pacific\n\n" + HEADLINE + BODY, "World\\Asia Pacific"),
    ("R601", "index > News Center\n\n" + HEADLINE + BODY, "index > News Center"),
    ("R601", HEADLINE + "March 3 09:45 2021\n\n" + BODY, "March 3 09:45 2021"),
    ("R601", HEADLINE + "Oct. 9, 14:20, 2019\n\n" + BODY, "Oct. 9, 14:20, 2019"),
    (
        "R601",
        HEADLINE + "Caption: Li Ming, mayor of Anshan, speaks at the opening ceremony\n\n" + BODY,
        "Caption: Li Ming, mayor of Anshan, speaks at the opening ceremony",
    ),
    (
        "R601",
        "The first ship will sail on June 16, the office said. Edited by Li Ming and Wang Fang",
        "Edited by Li Ming and Wang Fang",
    ),
    (
        "R601",
        "The first ship will sail on June 16. Translated by Zhao Lei.",
        "Translated by Zhao Lei.",
    ),
    (
        "R604",
        "Deputies from Anshan discuss the work report in Beijing (Photograph/Li Ming)",
        "(Photograph/Li Ming)",
    ),
    (
        "R604",
        "Workers load steel coils at the new berth. (Pic by Wang Fang)",
        "(Pic by Wang Fang)",
    ),
    (
        "R604",
        "The new relocation site in the town is under construction. [Anshan Daily/ Li Ming]",
        "[Anshan Daily/ Li Ming]",
    ),
    (
        "R604",
        "The conference was held in Shenyang on May 5. Pic: Xinhua/Wang Fang.",
        "Pic: Xinhua/Wang Fang.",
    ),
    ("E802", "He met a member of the Party’s Poliburo in Anshan.", "Poliburo"),
    ("E802", "The Minstry of Commerce backed the new route.", "Minstry"),
    (
        "E802",
        "Li Ming, director of the Liaoning Procincial People’s Congress, spoke.",
        "Procincial",
    ),
    ("E802", "The port offers accomodation for 300 seafarers.", "accomodation"),
    ("E802", "Primer Li Ming met the delegation from Busan.", "Primer"),
    ("E802", "The letter was signed by Secretory Wang Fang.", "Secretory"),
]

# (code, text): nothing of that code may be flagged
CLEAN: list[tuple[str, str]] = [
    ("R601", BODY + "The relevant articles of the law were revised in 2021."),
    ("R601", BODY + "- The city will build 20 new schools this year."),
    ("R601", BODY + "-5℃"),
    ("R601", BODY + "Exports grew by more than 5 percent > last year."),
    ("R601", BODY + "The Key Words of 2024 Were Chosen by Readers in Anshan."),
    ("R601", BODY + "Explore the city"),
    ("R601", BODY + "The product description was printed on every box."),
    ("R601", BODY + "Edited by Li Ming, the new yearbook covers the city's history since 1949."),
    ("R601", HEADLINE + "On March 3, 2021, at 09:45 the first ship left the port.\n\n"),
    ("R601", BODY + "The country for PR purposes is China, the office said."),
    ("R604", "Trade between the two ports (import/export) doubled in 2023."),
    ("R604", "The office (Research and Development/Planning) was set up in May."),
    ("R604", "Li Ming said the pictures of the port were taken in May."),
    ("E802", "The ministry and the provincial government backed the route."),
    ("E802", "Li Ming met Zhang Qiuyan and Kaitlyn Morrison in Vladivostok."),
    ("E802", "The Politburo member visited the Shenyang Municipal Government."),
    ("E802", "The Zhuanghe delegation met the Tieling Municipal Committee."),
    ("E802", "Primer Design Ltd opened a laboratory in the high-tech zone."),
    ("E802", "The lab sells a primer for the test kits made in Anshan."),
]


@pytest.mark.parametrize(("code", "text", "span"), FLAGGED)
def test_flags_the_residue_or_slip(code: str, text: str, span: str) -> None:
    # R604 reports a credit with the space before it, as the fix deletes both
    assert span in [s.strip() for s in spans(check_texts([text], [code]), code)]


@pytest.mark.parametrize(("code", "text"), CLEAN)
def test_leaves_article_text_alone(code: str, text: str) -> None:
    assert spans(check_texts([text], [code]), code) == []
