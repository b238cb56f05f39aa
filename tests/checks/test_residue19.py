"""Page residue, spacing and punctuation (session 19): misses and false alarms measured on
local-government and professional pages.

P313 leaves a page's own paragraph indent alone; R604 leaves the agency after a story's last
sentence and the credits of a photo gallery alone. R601 finds links to other stories under
their label, the page's fields in one row, "The next article:", a reporter's credit in an
open bracket, a date glued to a teaser and a wire service's end mark, and leaves a body's own e-mail and web address
alone among its other contact fields. P320 splits a
possessive glued to the next word (and E802 no longer takes its rest for a misspelling),
and leaves combining forms ("electromechanics") alone; P339 finds a space inside a
possessive ("city' s"); N217 leaves "Mountain" alone after a pinyin name ("Changbai Mountain
Jingyu springs"); N218 reads a dot between two short capitalised parts of a name ("Ma·Ke"); N209 reads the
country in lower case after a preposition of place or in the possessive ("in china").
Every text was written for these tests in the register of Chinese-government English.
"""

from __future__ import annotations

import pytest
from helpers import check_texts, spans

_LONG_A = (
    "The district government held a working meeting on investment promotion on Monday "
    "morning and set the tasks for the second half of the year in detail."
)
_LONG_B = (
    "Officials from every street office reported on the projects they had signed since "
    "January and on the problems that still slow their construction down."
)
_LONG_C = (
    "The meeting also asked every department to serve the enterprises better and to "
    "settle their complaints within five working days from now on."
)

# (code, text, flagged span)
FLAGGED: list[tuple[str, str, str]] = [
    # one paragraph indented among flush ones is a slip
    ("P313", f"District holds investment meeting\n\n{_LONG_A}\n\n  {_LONG_B}\n\n{_LONG_C}\n", "  "),
    # ideographic spaces are flagged even when every paragraph has them
    (
        "P313",
        f"District holds investment meeting\n\n\u3000\u3000{_LONG_A}\n\n\u3000\u3000{_LONG_B}\n",
        "\u3000\u3000",
    ),
    # indents that differ from paragraph to paragraph are no layout
    ("P313", f"District holds investment meeting\n\n  {_LONG_A}\n\n      {_LONG_B}\n", "      "),
    # an agency in brackets inside a story, where a picture was
    (
        "R604",
        "Workers plant trees along the river (XINHUA)\n\nThe district planted 3,000 trees this "
        "spring.\n\nThe campaign ends in May, the bureau said. (Xinhua)\n\nMore trees will follow.",
        " (XINHUA)",
    ),
    (
        "R604",
        "The district planted 3,000 trees this spring, officials said. (Xinhua)\n\nThe campaign "
        "ends in May.",
        " (Xinhua)",
    ),
    # one caption with its credit above a story
    (
        "R604",
        "Li Ming inspects a farm in the county on May 3, 2024. (Xinhua/Wang Fang)\n\nThe county "
        "secretary visited three villages.\n\nHe urged faster repairs to the roads.",
        " (Xinhua/Wang Fang)",
    ),
]

_STORY = (
    "The city opened a cold-chain logistics park in Jinzhou District on Monday, with storage "
    "for 50,000 tonnes of seafood."
)

FLAGGED += [
    ("R601", f"{line}\n\n{_STORY}\n", line)
    for line in (
        "READ MORE: Dalian port handles record container volume",
        "ALSO READ: Jinzhou farmers ship cherries by air",
        "Related: Dalian hosts seafood fair",
        "See also: Anshan steel output rises",
        "Posted by: Admin  Release time: 2024-05-06  Browse: 312",
        "Release time: 2024-05-06 Source: Dalian Daily Browse: 88",
        "The next article: Shenyang expands metro network",
        "(Reported by Li Ming and Wang Fang",
    )
]
FLAGGED += [
    (
        "R601",
        "2015-06-04The mayor of Anshan met a delegation from Incheon on June 3.",
        "2015-06-04",
    ),
    ("R601", f"{_STORY} Enditem", "Enditem"),
    (
        "P320",
        "The new plan serves the city'sdevelopment over the next decade.",
        "city'sdevelopment",
    ),
    ("P320", "The forum was held in Wuxi, east China'sJiangsu Province.", "China'sJiangsu"),
    # an e-mail address with no other contact field near it, or beside a copyright line
    ("R601", f"E-mail: news@dlseafood.org.cn\n\n{_STORY}\n", "E-mail: news@dlseafood.org.cn"),
    (
        "R601",
        f"{_STORY}\n\nTel: 0411-82791234\nE-mail: news@dlseafood.org.cn\n"
        "Copyright © 2024 Dalian Seafood Association",
        "E-mail: news@dlseafood.org.cn",
    ),
    ("P339", "The forum adds vitality to the city' s development.", "city' s"),
    ("P339", "Dalian’ s port handled more containers this year.", "Dalian’ s"),
    ("N217", "The Mountain Qingcheng draws hikers all year.", "Mountain"),
    ("N218", "The friendship award went to Ma·Ke, a teacher from Canada.", "·"),
    ("N209", "The county is home to 10 of the 55 ethnic minorities in china.", "china"),
    ("N209", "Exports to china rose as china’s economy grew.", "china"),
    (
        "R601",
        "2015-06-01FAW shipped 15 vehicles to the DPRK via Quanhe port on May 29.",
        "2015-06-01",
    ),
]

# (code, text): correct text of the same shape, to leave alone
CLEAN: list[tuple[str, str]] = [
    # every paragraph indented alike by the page's layout, the heading and the credit flush
    (
        "P313",
        f"District holds investment meeting\n\nSource: district news office\n\n  {_LONG_A}\n\n"
        f"  {_LONG_B}\n\n  {_LONG_C}\n\n  • |\n",
    ),
    # two spaces here, three there: the same layout
    (
        "P313",
        f"District holds investment meeting\n\n  {_LONG_A}\n\n   Main tasks\n\n   {_LONG_B}\n",
    ),
    # the agency after the story's last sentence is its source
    (
        "R604",
        "The district planted 3,000 trees this spring.\n\nThe campaign ends in May, the bureau "
        "said. (Xinhua)",
    ),
    # the same words in sentences
    ("R601", f"{_STORY}\n\nRelated projects will follow, and more news is expected in May.\n"),
    ("R601", f"{_STORY}\n\nSee also how the port has grown: its volume doubled.\n"),
    (
        "R601",
        f"Fair programme\n\nDate: May 3 Time: 9:30 Venue: Dalian World Expo Center\n\n{_STORY}\n",
    ),
    ("R601", f"{_STORY}\n\nThe next article of the law deals with the ports.\n"),
    ("R601", f"{_STORY}\n\nThe park was reported by Li Ming (Dalian Daily) to be full.\n"),
    ("R601", "On 2015-06-04 the mayor of Anshan met a delegation from Incheon."),
    ("R601", f"{_STORY}\n\nThe agency's end item list was long.\n"),
    ("P320", "The park hosts firms in electromechanics and hydropower."),
    # a body's own addresses among its contact fields, under a notice
    (
        "R601",
        f"{_STORY}\n\nContact: Dalian Seafood Association\n\nTel: 0411-82791234\n\n"
        "www.dlseafood.org.cn\n\nE-mail: fair@dlseafood.org.cn\n",
    ),
    ("P320", "The delegation visited Xi'an and Tian'anmen Square."),
    ("P339", "The delegation visited Xi’ an and the ‘Belt and Road’ exhibition."),
    ("P339", "The city's development and the farmers' savings grew."),
    ("N217", "The county was named the home of Changbai Mountain Jingyu springs in 2000."),
    ("N209", "The shop sells fine china, china plates and a set of china from china.com."),
    ("N218", "The line carries 2 V·A at 5 kW·h and 4 A·h."),
    ("E802", "The new plan serves the city'sdevelopment over the next decade."),
    # a photo gallery: every paragraph is a caption with its credit
    (
        "R604",
        "This aerial photo taken on May 3, 2024 shows the new bridge over the Liao River. The "
        "bridge opened in April. (Xinhua/Wang Fang)\n\nThis photo taken on May 4, 2024 shows "
        "the old port at dusk. The port is a hundred years old. (Xinhua/Li Ming)\n\nTourists "
        "walk on the seawall in Dalian, May 5, 2024. (Xinhua/Li Ming)",
    ),
]


@pytest.mark.parametrize(("code", "text", "span"), FLAGGED)
def test_flags_the_fault(code: str, text: str, span: str) -> None:
    found = spans(check_texts([text], [code]), code)
    assert span in found


@pytest.mark.parametrize(("code", "text"), CLEAN)
def test_leaves_correct_text_alone(code: str, text: str) -> None:
    assert spans(check_texts([text], [code]), code) == []
