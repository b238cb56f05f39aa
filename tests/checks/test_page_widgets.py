"""Short residue lines without a tell-tale shape: a page's widgets, labels and links.

Pagers, weather boxes, footer link rows, photo slugs, a briefing's place and hour, language
links, the site's name or app alone, controls written as words, the lead-in to other
stories' headlines, a date glued to the headline and a credit run into the last sentence.
Each table holds texts that must be flagged (with the span) and texts that must be left
alone, written for these tests in the register of Chinese-government English news.
"""

from __future__ import annotations

import pytest
from helpers import check_texts, spans

HEADLINE = "Anshan opens a new container route to Busan\n\n"
ARTICLE = "\n\nThe municipal government held a meeting on the port on Monday."
BODY = (
    "Anshan opened a new container route to Busan on Monday, the municipal port office said.\n\n"
    "The route cuts the shipping time for the city's steel products by two days.\n\n"
)

# (text, flagged span)
FLAGGED: list[tuple[str, str]] = [
    # pagers: numbers from 1 with a link, or three numbers in a row
    (BODY + "1 2 >", "1 2 >"),
    (BODY + "Previous 1 2 3 4 Next", "Previous 1 2 3 4 Next"),
    (BODY + "< 1 2 3", "< 1 2 3"),
    (BODY + "1 | 2 | 3 ... 9 Last Page", "1 | 2 | 3 ... 9 Last Page"),
    (BODY + "1 2 3 4 5", "1 2 3 4 5"),
    # weather boxes
    ("Thursday Sept. 4, 2025\n\n8C /15C\n\n" + HEADLINE + BODY, "8C /15C"),
    ("Cloudy -3~5℃" + ARTICLE, "Cloudy -3~5℃"),
    ("Shenyang Sunny 21°C" + ARTICLE, "Shenyang Sunny 21°C"),
    # a footer's row of links
    (BODY + "About Us | Contact Us | Sitemap", "About Us | Contact Us | Sitemap"),
    (BODY + "Home Contact info Privacy Policy", "Home Contact info Privacy Policy"),
    (BODY + "Help Links Disclaimer", "Help Links Disclaimer"),
    ("RSS Web Accessibility" + ARTICLE, "RSS Web Accessibility"),
    # a photo's slug in capitals
    (
        HEADLINE + "CHINA-DALIAN-PORT-CONTAINER ROUTE (CN)\n\n" + BODY,
        "CHINA-DALIAN-PORT-CONTAINER ROUTE (CN)",
    ),
    (HEADLINE + "CHINA-LIAONING-HARVEST (CN)\n\n" + BODY, "CHINA-LIAONING-HARVEST (CN)"),
    (HEADLINE + "(SP)CHINA-SHENYANG-MARATHON\n\n" + BODY, "(SP)CHINA-SHENYANG-MARATHON"),
    # a briefing's place and hour under its title
    (
        "Press conference on the revitalization of Liaoning\nShenyang | 3 p.m. June 12, 2025"
        + ARTICLE,
        "Shenyang | 3 p.m. June 12, 2025",
    ),
    ("Dalian · 2025-06-12" + ARTICLE, "Dalian · 2025-06-12"),
    # a link to the page in another script
    ("Chinese Simplified\n" + HEADLINE + BODY, "Chinese Simplified"),
    ("Chinese (Traditional)\n" + HEADLINE + BODY, "Chinese (Traditional)"),
    ("Simplified Chinese\n" + HEADLINE + BODY, "Simplified Chinese"),
    # the site's name or its app alone
    ("Xinhuanet\n" + HEADLINE + BODY, "Xinhuanet"),
    ("App\n\n" + HEADLINE + BODY, "App"),
    ("Download our app\n\n" + HEADLINE + BODY, "Download our app"),
    # controls written as words, font sizes after them
    (HEADLINE + "Print Mail Large Medium Small\n\n" + BODY, "Print Mail Large Medium Small"),
    (BODY + "FB Twitter", "FB Twitter"),
    (BODY + "Share | Print | Large | Medium | Small", "Share | Print | Large | Medium | Small"),
    # a lead-in to other stories' headlines, and the headlines under it
    (BODY + "We recommend:\n\nShenyang metro line opens", "We recommend:"),
    (BODY + "We recommend:\n\nShenyang metro line opens", "Shenyang metro line opens"),
    (BODY + "See also\n\nFushun coal mine turned into a park", "See also"),
    (BODY + "More from Liaoning\n\nDalian hosts a summer fair", "More from Liaoning"),
    (BODY + "1 2 3 4 5 6 Next >>|", "1 2 3 4 5 6 Next >>|"),
    # a two-part trail under a double arrow, a site's source line, a dated outlet line
    ("English>>Liaoning News\n\n" + HEADLINE + BODY, "English>>Liaoning News"),
    (
        HEADLINE + "From the Website of the Dalian Municipal People's Government\n\n" + BODY,
        "From the Website of the Dalian Municipal People's Government",
    ),
    ("Jun 12,2025 Liaoning Daily\n\n" + HEADLINE + BODY, "Jun 12,2025 Liaoning Daily"),
    # credits: who reported, wrote, translated
    (
        BODY + "Reporting by Li Ming; Translated by Zhao Min",
        "Reporting by Li Ming; Translated by Zhao Min",
    ),
    (HEADLINE + "Write: Li Ming [2025-06-12]\n\n" + BODY, "Write: Li Ming [2025-06-12]"),
    # a caption that places the people in the picture
    (
        HEADLINE + "Li Ming (C), mayor of Anshan, visits the new container terminal, "
        "June 12, 2025.\n\n" + BODY,
        "Li Ming (C), mayor of Anshan, visits the new container terminal, June 12, 2025.",
    ),
    (
        HEADLINE + "Zhao Min (2nd R, front) talks with dock workers at the port.\n\n" + BODY,
        "Zhao Min (2nd R, front) talks with dock workers at the port.",
    ),
    # a date glued to the end of the headline, a credit run into the last sentence
    (
        "Anshan Opens a New Container Route to Busan 2025-06-12\n\n" + BODY,
        "2025-06-12",
    ),
    (
        "Dalian Hosts the Summer Davos 2025-06-12 09:30\n\n" + BODY,
        "2025-06-12 09:30",
    ),
    (
        BODY
        + "The port expects the route to carry 50,000 containers this year.Source: Anshan Daily",
        "Source: Anshan Daily",
    ),
    (
        BODY + "More routes will follow next year. Editor: Li Ming",
        "Editor: Li Ming",
    ),
    # short residue lines without a tell-tale mark: a blog's date line, a reshared post's
    # account and minute, a byline under the headline, a mobile number, a single footer link
    ("Monday, June 9, 2025\n\n" + HEADLINE + BODY, "Monday, June 9, 2025"),
    (
        HEADLINE + "Invest Anshan 2025-06-09 08:15 Published in Liaoning\n\n" + BODY,
        "Invest Anshan 2025-06-09 08:15 Published in Liaoning",
    ),
    (
        HEADLINE + "Anshan Release 2025-06-09 08:15 Liaoning\n\n" + BODY,
        "Anshan Release 2025-06-09 08:15 Liaoning",
    ),
    (HEADLINE + "By Zhao Min\n\n" + BODY, "By Zhao Min"),
    (
        HEADLINE + "By LI MING and WANG FANG | China Daily\n\n" + BODY,
        "By LI MING and WANG FANG | China Daily",
    ),
    (HEADLINE + "Zhao Min, People’s Daily\n\n" + BODY, "Zhao Min, People’s Daily"),
    ("138 0411 2345\n\n" + HEADLINE + BODY, "138 0411 2345"),
    (BODY + "Site Map", "Site Map"),
    (BODY + "Privacy Policy", "Privacy Policy"),
    # a counter and the page's date, a credit in brackets, a greeting, ad placeholders
    ("Views: 215 Date: 2025-06-09\n\n" + HEADLINE + BODY, "Views: 215 Date: 2025-06-09"),
    (BODY + "(Source: Anshan Port Office)", "(Source: Anshan Port Office)"),
    (
        "Welcome to Anshan Government Affairs Website!\n\n" + HEADLINE + BODY,
        "Welcome to Anshan Government Affairs Website!",
    ),
    ("- Advertisement -\n\n" + HEADLINE + BODY, "- Advertisement -"),
    (
        BODY + "Note: This may not be a word-for-word transcript.",
        "Note: This may not be a word-for-word transcript.",
    ),
    # a date hyphened and a control glued to it; buttons glued to the first word
    (
        HEADLINE + "Posted: June-09-2025Adjust font size:\n\n" + BODY,
        "Posted: June-09-2025Adjust font size:",
    ),
    (
        HEADLINE + "Print PrintAnshan opened a new container route to Busan on Monday.",
        "Print Print",
    ),
]

# Text of the article that must be left alone.
CLEAN: list[str] = [
    # numbers and temperatures inside sentences, a list of steps
    "The plan has 1 2 3 steps, the bureau said.",
    "Temperatures will range from 6C to 11C on Monday.",
    "The high will be 15 degrees Celsius and the low 8.",
    # a heading in capitals joined by hyphens, three parts without a desk's tag
    "BEIJING-TIANJIN-HEBEI",
    "CHINA-ASEAN EXPO",
    # words a footer uses, alone or in a heading
    "Services",
    "Help Services for Returning Students",
    "About the Dalian Free Trade Zone",
    "Contact Information",
    # a date in a sentence, a date after the sentence's stop, a title ending in a year
    "The port office published the route's timetable on 2025-06-12.",
    "Anshan Opens a New Container Route in 2025",
    # a source named inside a sentence
    "The figures were final, the bureau said. Its source: a survey of 3,000 households.",
    "The figures came from one source: the bureau of statistics.",
    # words of the language switch inside a heading
    "Chinese Simplified Characters Exhibition Opens in Shenyang",
    # an abbreviation in brackets, "by" inside a sentence, arrows in a formula
    "The Anshan Municipal Development and Reform Commission (DRC) approved the plan.",
    "The plan was drafted and edited by the municipal commission last year.",
    "Li Ming (right) said the port would open a second route next year.",
    "Output rose from 5 to 8 million tonnes.",
    # a font name, a size in a sentence
    "Small and medium-sized enterprises received support.",
    "Large Medium Enterprises",
    # "By" and a phrase in a heading or a sentence, a title in capitals, prose that is short
    "By Land and Sea: the Port Extends Its Reach",
    "By The Numbers",
    "By Road To Tibet",
    "By 2030, the port will handle 5 million containers.",
    "Print media grew.",
    "Printing plants reopened in May.",
    # a date and a minute inside a sentence, a greeting that is the article's, a welcome home
    "The ferry left at 2025-06-09 08:15 local time, the port office said.",
    "Welcome to Anshan!",
    "Welcome to the new port, the mayor told the first crew.",
    # an advertisement named in a sentence, a phone number inside a sentence
    "The advertisement ran for a week.",
    "Call the hotline at 138 0411 2345 for tickets.",
    # footer words that may head a page's own text
    "About Us",
    "Disclaimer",
]


@pytest.mark.parametrize(("text", "span"), FLAGGED)
def test_flags_the_widget(text: str, span: str) -> None:
    found = spans(check_texts([text], ["R601"]), "R601")
    assert span in found, f"R601 missed {span!r} in {text!r}: {found}"


@pytest.mark.parametrize("text", CLEAN)
def test_leaves_article_text_alone(text: str) -> None:
    found = spans(check_texts([HEADLINE + text + ARTICLE], ["R601"]), "R601")
    assert found == [], f"R601 cried wolf on {text!r}: {found}"


def test_an_article_sub_heading_over_the_first_paragraph_is_no_section_label() -> None:
    page = (
        "中文\n\nHome > About Dalian > Introduction\n\nIntroduction of Dalian\n\n"
        "Overview of Dalian City\n\n" + BODY
    )
    found = spans(check_texts([page], ["R601"]), "R601")
    assert "Overview of Dalian City" not in found
    assert "Home > About Dalian > Introduction" in found


def test_a_section_label_above_the_headline_is_still_residue() -> None:
    page = "中文\n\nCity News\n\nIntroduction of Dalian\n\n" + BODY
    found = spans(check_texts([page], ["R601"]), "R601")
    assert "City News" in found
