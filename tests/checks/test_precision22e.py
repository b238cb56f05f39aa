"""False alarms of round 21's widenings, each with a case that stays silent and one that still
fires: a list of fields after "of" and a career rung "at county level" (E820); talents of a
person of many gifts, experiences lived through, and a guide's help (E801).

The sentences are written for these tests, in the register of city news pages.
"""

from __future__ import annotations

import pytest
from helpers import assert_flags

# (code, text, the span it must report, or None where the text is right)
CASES: list[tuple[str, str, str | None]] = [
    # E820: a list of fields takes no article; the economy of a place still does.
    ("E820", "The two cities will work together in the areas of economy, trade and culture.", None),
    ("E820", "Talks covered cooperation in the fields of economy and trade.", None),
    ("E820", "Tourism drove the steady growth of economy in the county.", "economy"),
    ("E820", "The plan serves the growth of economy, and jobs follow.", "economy"),
    # E820: a career rung "at county level"; a level where things are done still takes "the".
    ("E820", "Wang has worked at county level for twelve years.", None),
    ("E820", "Most cadres serving at township level are young.", None),
    ("E820", "Complaints are now handled at county level, the bureau said.", "county level"),
    # E801: a person of many gifts; talent the county draws is still uncountable.
    ("E801", "The late painter was a woman of many talents.", None),
    ("E801", "The new park drew many talents in finance last year.", "talents"),
    # E801: experiences lived through keep the plural; lessons in a field do not.
    ("E801", "The exchange was one of the most valuable experiences of his life.", None),
    ("E801", "The students gained valuable experiences during their stay in the villages.", None),
    ("E801", "The town built up some good experiences in waste sorting.", "good experiences"),
    (
        "E801",
        "The town has accumulated valuable experiences in waste sorting.",
        "valuable experiences",
    ),
    # E801: guided with the help of a guide; guided with a theory is still "by".
    ("E801", "The hikers were guided with the help of two rangers.", None),
    ("E801", "The young rowers were guided with steady hands by their coach.", None),
    ("E801", "The work was guided with the new development philosophy.", "guided with"),
    # E801: efforts concentrated in a place; in a task they are concentrated "on" it.
    ("E801", "The firms concentrated their resources in Suzhou and Wuxi.", None),
    ("E801", "The bank will concentrate its efforts in rural areas.", None),
    (
        "E801",
        "The county concentrated its efforts in building roads.",
        "concentrated its efforts in",
    ),
]


@pytest.mark.parametrize(("code", "text", "span"), CASES)
def test_false_alarm_is_silent_and_the_slip_still_fires(
    code: str, text: str, span: str | None
) -> None:
    assert_flags(code, text, span)
