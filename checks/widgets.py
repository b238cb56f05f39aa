"""Whole lines of a web page's widgets that carry no tell-tale punctuation.

A page's pager ("Previous 1 2 3 Next"), its weather box ("Sunny 6C / 11C"), its footer's row
of links ("About Us | Contact Us | Sitemap"), a photo's slug in capitals
("CHINA-BEIJING-PREMIER-MEETING (CN)"), the place and hour of a briefing set under its title
("Beijing | 10 a.m. May 31, 2024"), a language link ("Chinese Simplified") or the site's
name alone ("Xinhuanet") are short lines of words or numbers no sentence is made of. Each
pattern here matches a whole line, and is written for both regex engines (no look-arounds),
as R601 hands them to polars to select lines and to `regex` to name the reason.
"""

from __future__ import annotations

from tifa.checks.stamps import STAMP_LABEL, TIME, WHEN

# A pager: page numbers from 1 up, with the links around them ("< Prev", "Next >", "Last").
# Numbers alone need three in a row ("1 2 3"); with a link, two ("1 2 >").
_PAGE_BACK = r"(?:[<«‹]+|first|prev(?:ious)?|home)(?:\s+page)?"
_PAGE_ON = r"(?:[>»›]+\|?|next|last|end)(?:\s+page)?(?:\s*[>»›]+\|?)?"
_PAGE_SEP = r"\s*[|·]?\s*"
_PAGE_RUN = rf"1{_PAGE_SEP}2(?:{_PAGE_SEP}\d{{1,3}})*(?:\s*(?:…|\.\.\.)\s*\d{{1,3}})?"
PAGER = (
    rf"(?:{_PAGE_BACK}{_PAGE_SEP})+{_PAGE_RUN}(?:{_PAGE_SEP}{_PAGE_ON})*"
    rf"|{_PAGE_RUN}(?:{_PAGE_SEP}{_PAGE_ON})+|1\s+2\s+3(?:\s+\d{{1,3}})*"
)
# A weather box: the day's low and high, each with its unit or the last one with it
# ("6C /11C", "-3~5℃"), after the sky's state or the city's name; or one reading with a state.
_SKY = r"(?:sunny|cloudy|partly\s+cloudy|overcast|rain|light\s+rain|showers?|snow|fog|foggy|haze|hazy|clear|drizzle|thunderstorms?)"
_DEGREE = r"(?:\s*(?:°|º)\s*[CF]?|\s*℃|(?-i:[CF]))"
_SKY_LEAD = (
    rf"(?:(?-i:\p{{Lu}}\p{{Ll}}+)\s+)?(?:{_SKY}(?:\s+(?:to|turning)\s+{_SKY})?\s*[:：]?\s*)?"
)
WEATHER = (
    rf"{_SKY_LEAD}-?\d{{1,2}}(?:{_DEGREE})?\s*[/~～]\s*-?\d{{1,2}}{_DEGREE}"
    rf"|(?:(?-i:\p{{Lu}}\p{{Ll}}+)\s+)?{_SKY}\s*[:：]?\s*-?\d{{1,2}}\s*(?:°\s*[CF]|℃|º\s*C)"
)
# A footer's row of links: two or more, one of them a link only a footer has ("About Us",
# "Contact Us", "Sitemap", "Privacy Policy").
_FOOT_STRONG = (
    r"about(?:\s+us)?|contact(?:\s+(?:us|info(?:rmation)?))?|site\s*map|privacy(?:\s+(?:policy|statement))?|"
    r"terms(?:\s+(?:of\s+(?:use|service)|and\s+conditions))?|disclaimer|legal\s+notice|faqs?|"
    r"(?:web\s+)?accessibility|rss|wap|advertise(?:\s+with\s+us)?|join\s+us"
)
_FOOT_WEAK = (
    r"services|help|links|jobs|careers|archives?|feedback|copyright|(?:advanced\s+)?search|home"
)
_FOOT_SEP = r"\s*[|·/]?\s*"
_FOOT_ANY = rf"(?:{_FOOT_STRONG}|{_FOOT_WEAK})"
# One link alone counts when only a footer has it: "Site Map", "Privacy Policy" ("About Us"
# or "Disclaimer" alone may head a page's own text).
_FOOT_ALONE = r"site\s*map|privacy\s+(?:policy|statement)|terms\s+of\s+(?:use|service)"
FOOTER_LINKS = (
    rf"(?:(?:{_FOOT_WEAK}){_FOOT_SEP})*(?:{_FOOT_STRONG})(?:{_FOOT_SEP}{_FOOT_ANY}){{1,9}}"
    rf"|(?:(?:{_FOOT_WEAK}){_FOOT_SEP})+(?:{_FOOT_STRONG})|{_FOOT_ALONE}"
)
# A photo's slug as agencies file it, in capitals: place, place, subject, joined by hyphens,
# four parts or more, or three with the desk's tag ("(CN)", "(SP)").
_SLUG_PART = r"[A-Z][A-Z.&']*(?:\s[A-Z][A-Z.&']*)*"
_SLUG_TAG = r"\([A-Z]{2,5}\)"
PHOTO_SLUG = (
    rf"(?-i:(?:{_SLUG_TAG}\s*)?{_SLUG_PART}(?:-{_SLUG_PART}){{3,}}(?:\s*{_SLUG_TAG})?"
    rf"|(?:{_SLUG_TAG}\s*{_SLUG_PART}(?:-{_SLUG_PART}){{2}}(?:\s*{_SLUG_TAG})?|{_SLUG_PART}(?:-{_SLUG_PART}){{2}}\s*{_SLUG_TAG}))"
)
# A site's stamp of the place and the date under a title: "Beijing | 2024-05-31". A
# briefing's place and hour in words ("Beijing | 10 a.m. May 31, 2024") tell when it was
# held and belong to the transcript.
PLACE_TIME = rf"(?-i:\p{{Lu}}\p{{L}}+(?:\s\p{{Lu}}\p{{L}}+)?)\s*[|·]\s*{WHEN}"
# A link to the page in one other script: "Chinese Simplified", "Chinese (Traditional)", "中文版".
LANGUAGE_LINK = (
    r"(?:chinese|english)\s*\(?\s*(?:simplified|traditional|gb|big5)\s*\)?|(?:simplified|traditional)\s+chinese|"
    r"简体中文|繁體中文|繁体中文|中文版|中文|english\s+version|english\s+edition|"
    # a row of links to the page in other languages: "Chinese Version Russian version"
    r"(?:(?:chinese|english|russian|french|spanish|arabic|japanese|korean|german|portuguese)"
    r"\s+version\s*[|/·]?\s*){2,8}"
)
# A site's name or its app alone on a line, as the page's head or foot sets it. An old
# print page signs off with the name, a run of dashes and the home page's address
# ("People's Daily Online --- http://english.peopledaily.com.cn/ |"); a sentence goes on in
# words after its dashes.
SITE_LABEL = (
    r"(?:xinhuanet(?:\.com)?|xinhua\s+(?:net|english)|news\.cn|chinadaily\.com\.cn|"
    r"cgtn\.com|en\.people\.cn|people['’]s\s+daily\s+online)"
    r"(?:\s*[-–—]{2,}\s*(?:(?:https?://)?[\w-]+(?:\.[\w-]+)+/?\S*)?\s*\|?)?"
    r"|app|apps|(?:download\s+(?:the\s+|our\s+)?)?(?:mobile\s+)?app"
)
# A heading that leads into other stories' headlines: "We recommend:", "See also".
RELATED_LEAD = (
    r"we\s+recommend|recommended(?:\s+for\s+you)?|see\s+also|also\s+read|read\s+also|further\s+reading|"
    r"more\s+from\s+\p{L}[\p{L} ]{1,30}|you\s+may\s+(?:also\s+)?be\s+interested(?:\s+in)?"
)
# A list item's bullet as pages set their widgets in lists: "• Source: …", "• 002".
BULLET = r"[•▪■►]\s*"
# A number alone under a bullet: a slide show's frame ("• 001") or a page's view or comment
# counter ("• 5093"). An article's list never holds a bare number.
BULLET_NUMBER = rf"{BULLET}\d{{1,6}}"
# A page's counters: "1640 views", "Views: 1640", "Viewed: 780", "Visits: [96]", or the views, the section and the comment
# count in one line ("1640 views World news 0"): words after the count need a number after
# them, so "500 visits to poor villages" is a headline.
_COUNTED = r"(?:views?|viewed|reads?|clicks?|hits?|page\s*views?|visits?)"
# The count may come before the page's date: "View: 103 Date: 2017-11-01".
COUNTER = (
    rf"\d[\d,]*\s*{_COUNTED}(?:(?:\s+\p{{L}}+){{1,3}}\s+\d[\d,]*)?"
    rf"|{_COUNTED}\s*[:：]\s*[\[【]?\d[\d,]*[\]】]?(?:\s*[|·]?\s*{STAMP_LABEL}{WHEN}(?:\s+{TIME})?)?"
)
# A post reshared from a social-media account, as its header reads: the account's name, the
# day and the minute it posted, and the province it posted from ("Invest Anshan 2023-03-24
# 20:18 Published in Liaoning"). A sentence gives no minute after an ISO date; a headline
# with the page's date glued on ends at the minute (a glued date, reported as such).
ACCOUNT_STAMP = (
    r"(?-i:\p{Lu}[\p{L}'’&.-]*(?:\s+[\p{L}'’&.-]+){0,5})\s+\d{4}-\d{1,2}-\d{1,2}\s+\d{1,2}:\d{2}"
    r"\s+(?:published\s+(?:in|from|at)\s+)?(?-i:\p{Lu}\p{L}+(?:\s\p{Lu}\p{L}+)?)"
)
