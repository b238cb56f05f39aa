"""Page residue, spacing and punctuation (session 19): misses and false alarms measured on
local-government and professional pages.

P313 leaves a page's own paragraph indent alone; R604 leaves the agency after a story's last
sentence and the credits of a photo gallery alone.
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
