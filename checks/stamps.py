"""How web pages stamp a date and a time on an article, as regular expressions.

Written for both engines (polars' Rust regex and the `regex` module) and matched ignoring
case: page furniture (R601) is judged line by line with them.
"""

from __future__ import annotations

MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
# The zone a page stamps after the time, in capitals: "10:11 PM EDT", "06:10:22 IST", "04:16
# UTC"; lower case it is a word ("at 10:30 est" is no stamp).
_ZONE = (
    r"(?-i:ET|EDT|EST|CT|CDT|CST|PT|PDT|PST|GMT|UTC|BST|CET|CEST|IST|HKT|SGT|JST|KST|AEST|AEDT|BJT)"
    r"(?:\s*[+-]\s*\d{1,2}(?::?\d{2})?)?"
)
TIME = rf"\d{{1,2}}:\d{{2}}(?::\d{{2}})?(?:\s*[ap]\.?m\.?)?(?:\s*{_ZONE})?"
_WEEKDAY = r"(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s*)"
# A date or time as pages stamp them: 2023-09-06, 2023/9/6, Sept 6, 2023, 22-Jun-2024,
# 2023-March-10, Tue, 12/12/2017, Monday, 17 January 2011, 10:21, 2:09 PM, Oct 12 20:05 2018; a blog's day
# before the month ("Friday, April 28, 2023") and the month hyphened ("March-08-2021").
# A content system may set a space before the year's comma ("May 27 , 2019"): the stamp is
# still the page's, to be deleted whole, not a comma to be mended in running text.
WHEN = (
    rf"(?:\d{{4}}[-/.]\d{{1,2}}[-/.]\d{{1,2}}|{_WEEKDAY}?{MONTH}\s*\d{{1,2}}[ \t]*,\s*\d{{4}}|\d{{1,2}}-{MONTH}-\d{{4}}|{TIME}"
    rf"|{MONTH}-\d{{1,2}}-\d{{4}}"
    # the time between the day and the year: "October 12 20:05 2018"
    rf"|{MONTH}\s*\d{{1,2}},?\s+{TIME},?\s+\d{{4}}"
    rf"|\d{{4}}-{MONTH}-\d{{1,2}}|{_WEEKDAY}?\d{{1,2}}/\d{{1,2}}/\d{{4}}|{_WEEKDAY}?\d{{1,2}}\s+{MONTH}\s+\d{{4}})"
)
# The word before a page's time stamp: "Updated:", "Release time:", "Release date:", "Last Updated on".
STAMP_LABEL = (
    r"(?:(?:last\s+)?updated(?:\s+on)?|date(?:\s*time)?|time|(?:published|posted)(?:\s+on)?"
    # the act and what is stamped: "Release date:", "Publish time:", "Posted date:"
    r"|(?:release(?:d)?|publish(?:ed)?|post(?:ed)?)(?:\s+(?:time|date))?"
    # a content system's field name left on the page: "inputtime: 2020-12-18 09:10:32"
    r"|input\s*(?:time|date))"
    r"\s*[:：]?\s*"
)
