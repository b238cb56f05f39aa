"""R601 web-residue."""

from __future__ import annotations

from functools import cache

import polars as pl
import regex

from tifa.checks.caption_lines import echoed_captions, photo_lines, present_captions
from tifa.checks.caption_repeats import repeated_captions
from tifa.checks.context import Context
from tifa.checks.crumb_title import crumb_titles
from tifa.checks.furniture import (
    CAPTION_VERB,
    CONTACT_LABEL,
    GLUED_PREFILTER,
    PHONE,
    first_reason,
    glued_residue,
    is_nav_bar,
    nav_bars,
    residue_by_position,
)
from tifa.checks.head_byline import WRITER_POST, head_bylines
from tifa.checks.menu_block import mastheads, menu_blocks
from tifa.checks.notice_buttons import notice_buttons
from tifa.checks.page_head import TITLE_BLOCK_RE, above_headline, head_labels
from tifa.checks.page_tail import foot_bylines, footer_lines, related_blocks, tail_teasers
from tifa.checks.picture_gap import captions_under_images, picture_captions
from tifa.checks.registry import rule
from tifa.checks.restated_lead import restated_summaries
from tifa.checks.rule import Fix, Severity, add_row, new_rows, output
from tifa.checks.scan import candidate_rows, contains_any
from tifa.checks.stamp_names import stamp_counters, stamp_names
from tifa.checks.stamps import MONTH, STAMP_LABEL, TIME, WHEN
from tifa.checks.twin_lines import twin_lines
from tifa.checks.widgets import (
    ACCOUNT_STAMP,
    BULLET,
    BULLET_NUMBER,
    COUNTER,
    FOOTER_LINKS,
    LANGUAGE_LINK,
    PAGER,
    PHOTO_SLUG,
    PLACE_TIME,
    RELATED_LEAD,
    SITE_LABEL,
    WEATHER,
)
from tifa.checks.wire_copy import headline_credit, wire_docs
from tifa.glossary.frequency import zipf
from tifa.glossary.names import pinyin_surnames

# Who the page credits: a news agency or a site's address, in or out of brackets.
_AGENCY = r"(?:xinhua(?: news agency)?|china ?daily|people's daily online|cgtn|(?:(?:https?:)?//)?[\w.-]+\.(?:com|cn|net|org)(?:\.cn)?)"
# The wires, as they sign the stamp over their copy on the pages that run it: "Reuters
# October 28, 2019 06:10:22 IST".
_WIRE = r"reuters|afp|bloomberg|(?-i:AP)"
# A source of a few words with the stamp's label glued to its end, the space lost: "China
# SCIOUpdated: November 17, 2017". The label keeps its capital; a letter ends the name.
_GLUED_SOURCE = (
    r"(?:[\p{L}.&'’-]+\s+){0,3}[\p{L}.&'’-]*\p{L}(?-i:Updated|Published|Posted)\s*[:：]\s*"
)
# Outlets that sign their pages' titles: "Premier urges … -Xinhua", "… - China Daily".
_OUTLET = (
    r"xinhua(?:net)?|china daily|chinadaily\.com\.cn|cgtn|people's daily(?: online)?|"
    r"global times|china\.org\.cn|ecns(?:\.cn)?|(?:english\.)?gov\.cn"
)
# What pages print after a time stamp on its line: credits, controls, counters, a label in
# capitals. A date followed by words of a sentence is the sentence's.
_STAMP_TAIL = (
    r"(?:source|editor|author|writer|reporter|by|from|share|close|print|font|admin|views?|viewed"
    r"|visits?|visitors?|page\s*views?|clicks?|hits?"
    r"|download|comments?)\b.{0,80}"
    # a counter and then an empty byline or the buttons: "2022-05-29 0 By", "… 12 Print"
    r"|(?-i:[A-Z][A-Z ]{0,19})|\d+(?:\s+(?:by|print|share|comments?)\b.{0,40})?"
    # the time zone: "14 Nov 2023, 07:01 GMT+10"
    r"|(?:gmt|utc)\s*[+-]\s*\d{1,2}(?::?\d{2})?"
    # the time, its zone, then the day and a counter: "21:05 UTC+8, 2023-04-11   0"
    rf"(?:,?\s+{WHEN}(?:\s+\d{{1,6}})?)?"
    # the outlet by its name: "Jun 22, 2022 Great Wall New Media"
    r"|(?-i:\p{Lu}\p{L}+(?:\s\p{Lu}\p{L}+){0,3}\s(?:Media|Net|Daily|News|Online|Network|Times|Post))"
    # the agency or the site that published the page, and the buttons after it:
    # "Updated: Sep 4, 2018 dalian.gov.cn Print"
    rf"|\(?{_AGENCY}\)?(?:\s*[|·]?\s*(?:print|close|share|e-?mail|favou?rite))*"
)
# A byline glued to the date by the page's layout: "Mar 15, 2021Bydaliannews"; a control
# glued to it: "March-08-2021Adjust font size:".
_GLUED_BYLINE = (
    r"(?-i:By|From)\p{L}[\w.-]{1,40}"
    # or with its space: "2024-05-06By Li Ming"
    # (ASCII: the polars pattern this joins is near the Rust engine's size limit)
    r"|(?-i:By [A-Z][A-Za-z.'-]{1,20}(?: [A-Z][A-Za-z.'-]{1,20}){0,2})"
    # the outlet glued to it and a credit's field after: "2016-07-04 08:41Dalian Daily Editor: Li Ming"
    r"|(?-i:\p{Lu}\p{L}+(?: \p{Lu}\p{L}+){0,3} (?:Editor|Source|Author) ?[:：].{0,40})"
    r"|(?-i:Adjust\s+font\s+size|Font\s+size|Text\s+Size|Print|Share|Close)(?:\s*[:：|]?\s*(?:[ASML+-]|large|medium|small)\b)*\s*[:：]?"
)
# Languages a site offers to switch to, by name or code: "EN | 中文 | FR", "ENDEFR",
# "English 中文". One of them is English or Chinese; codes only in capitals.
_LANGUAGE = (
    r"english|chinese|中文|简体|繁体|繁體|简体中文|繁體中文|français|francais|french|deutsch|german|"
    r"español|espanol|spanish|русский|russian|日本語|japanese|한국어|korean|العربية|arabic|"
    r"português|portuguese|(?-i:EN|CN|ZH|FR|DE|ES|RU|JP|JA|KR|KO|AR|PT|IT)"
)
_HOME_LANGUAGE = r"english|chinese|中文|简体中文|(?-i:EN|CN|ZH)"
_LANGUAGE_SEP = r"\s*[|/·=]?\s*"
_LANGUAGES = (
    rf"(?:(?:{_LANGUAGE}){_LANGUAGE_SEP})+(?:{_HOME_LANGUAGE})(?:{_LANGUAGE_SEP}(?:{_LANGUAGE}))*"
    rf"|(?:{_HOME_LANGUAGE})(?:{_LANGUAGE_SEP}(?:{_LANGUAGE}))+"
)
# A body's name: capitalised words and the small words between them ("the Anshan Municipal
# People's Government"); a headline goes on in lower case ("… of the fair launched").
_NAME = r"(?-i:(?:(?:the|of|and|for)\s+)*\p{Lu}[\p{L}'’-]*(?:\s+(?:(?:the|of|and|for)\s+)*\p{Lu}[\p{L}'’-]*){0,12})"
# Who owns a social account: capitalised words and the small words between them
# ("Chinese Embassy in UK", "Dalian Daily").
_ACCOUNT_OWNER = (
    r"(?-i:\p{Lu}[\p{L}'’.-]*(?:\s+(?:(?:in|of|the|and|for|to)\s+)*\p{Lu}[\p{L}'’.-]*){0,6})"
)
_EMAIL = r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
# A byline alone on its line: "By Li Ming", "By LI MING and WANG FANG, People's Daily",
# "By Li Ming | China Daily"; or the name and the outlet without "By" ("Li Ming, Xinhua").
# Two capitalised words or more: "By Monday" and "By Land and Sea" are no byline.
_PERSON = r"(?-i:\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3})"
_BY_OUTLET = _OUTLET.replace("'", "['’]")
_BYLINE = (
    # a dash before it, as print layouts set it: "- By Li Ming"
    rf"(?:[-–—]\s*)?by\s+{_PERSON}(?:\s*(?:,|and|&)\s*{_PERSON}){{0,3}}"
    rf"(?:\s*[,|]\s*(?:{_BY_OUTLET}|(?-i:\p{{Lu}}[\p{{L}}'’.]+(?:\s+\p{{Lu}}[\p{{L}}'’.]+){{0,3}})))?"
    # the outlet in brackets, spaced as some pages print it: "By Li Ming ( China Daily )"
    rf"(?:\s*\(\s*(?:{_BY_OUTLET}|(?-i:\p{{Lu}}[\p{{L}}'’.]+(?:\s+\p{{Lu}}[\p{{L}}'’.]+){{0,3}}))\s*\))?"
    rf"|{_PERSON}\s*[,|]\s*(?:{_BY_OUTLET})"
    # an illustrator's or photographer's credit, the outlet after a slash: "LI MING/CHINA
    # DAILY", "LI MING/FOR CHINA DAILY"
    rf"|{_PERSON}\s*/\s*(?:for\s+)?(?:{_BY_OUTLET})"
    # the agency glued to the writer's name by the page's layout: "XinhuaLi Ming"
    r"|(?:xinhua|china ?daily|cgtn)(?-i:\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){1,2})"
    # a wire agency alone after "By": "By Reuters", "by AFP", "By The Associated Press"
    r"|by\s+(?:reuters|afp|(?-i:AP)|the\s+associated\s+press|associated\s+press|bloomberg"
    r"|xinhua(?:\s+news\s+agency)?)(?:\s+staff)?"
)
# A wire's name alone on its line, perhaps with "By" or "Via" or "Staff": the wires sign
# their copy so on the pages that run it ("Reuters Staff", "The Associated Press", "By Via AP
# news wire"). A Chinese outlet's name alone ("Xinhua News Agency", "China Daily") may be a
# page's masthead or its headline's subject and is left to the rules that read its place.
_OUTLET_ALONE = (
    r"(?:by\s+)?(?:via\s+)?(?:(?:the\s+)?associated\s+press|(?-i:AP)|reuters|afp|agence\s+france-presse|"
    r"bloomberg)(?:\s+(?:staff|news(?:\s*wire)?|wire))?"
    r"|(?:by|via)\s+(?:xinhua(?:\s+news\s+agency)?|china\s+daily|global\s+times|cgtn|people['’]s\s+daily(?:\s+online)?)"
    r"(?:\s+(?:staff|news(?:\s*wire)?|wire))?"
)
# A title in capitals reads like a byline ("By The Numbers", "By Road To Tibet"): a name
# starts with no article, determiner or pronoun and holds no preposition. The polars engine
# has no look-ahead to say so.
_NOT_A_NAME = regex.compile(
    r"by\s+(?:the|a|an|this|that|these|those|our|its|their|his|her|my|your|all|any|every|"
    r"some|no|one|two|way|far|then|now)\b"
    # a preposition in the name, not in the fields after it ("By Li Ming Source: Journal of …")
    r"|by\s(?:(?!\s(?:source|editor|updated|published|date)\s*[:：]).)*\b(?:to|in|of|on|at|for|"
    r"with|from|into|over|the)\s",
    regex.IGNORECASE,
)
# The buttons a page sets in a row: "Print Close", "Favorite | Download | Print".
_CONTROL = (
    r"bookmark\s+(?:and|&)\s+share|print|close|share|favou?rites?|download|e-?mail|save|comments?|bookmark|collect|feedback|"
    r"tweet|wechat|weibo|facebook|fb|twitter|linkedin|whatsapp|mail|font\s*size|a\s*[+-]"
)
_SOCIAL = r"wechat|weibo|facebook|twitter|linkedin|whatsapp|qq|qzone|douban|e-?mail|more"
# A photo caption: a name (with a title), a verb in the present tense and the day the photo
# was taken, as one sentence: "Li Ming inspects a farm in Zhuanghe on May 3." News prose is
# in the past tense and headlines carry neither the date nor a full stop.
_CAPTION_MONTH = (
    r"Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?"
)
_CAPTION = (
    rf"(?-i:\p{{Lu}}[\p{{L}}'’-]+(?:\s\p{{Lu}}[\p{{L}}'’-]+){{0,5}}(?:,\s[^.!?\n]{{1,160}}?,)?\s(?:{CAPTION_VERB})\s[^.!?\n]{{3,240}}\son\s"
    rf"(?:{_CAPTION_MONTH})\.?\s\d{{1,2}}(?:,\s\d{{4}})?\.)"
)
# A caption that places the people in the picture: "Li Ming (C) visits …", "Li Ming (2nd
# R, front), mayor of …". Agencies mark positions so in captions, never in a story's text.
_POSITION = r"(?:front|back|centre|center|top|bottom|[CLR]|\d(?:st|nd|rd|th)\s?[LR])"
_MARKED_CAPTION = (
    rf"(?-i:(?:\p{{Lu}}[\p{{L}}'’.-]*\s){{1,7}}\({_POSITION}(?:\s*,\s*{_POSITION})*\)[\s,].{{20,}})"
)
# A credit's label and the name it gives: "Graphics: Global Times", "Illustration: Li
# Ming/GT". The name is capitalised words, slashes and commas between them; no sentence.
_CREDIT_WORD = (
    r"(?:info)?graphics?|illustrations?|charts?|cartoons?|videos?|designers?|design|layout|"
    r"file\s+photos?|(?:web\s+)?editors?|(?:video|photo)\s+editors?"
)
_CREDITED = r"(?-i:\p{Lu}[\p{L}'’.&-]*(?:\s*[/,&]\s*|\s+(?:and\s+)?)?(?:\p{Lu}[\p{L}'’.&-]*(?:\s*[/,&]\s*|\s+(?:and\s+)?)?){0,6})"
# Who reported, wrote or edited the piece: "Reporting by …", "Trans-editing by …".
_CREDIT_BY = (
    # the wires add more hands: "Additional reporting by …", "Writing by …"
    r"(?:additional\s+)?(?:reporting|reported|written|writing|edited|editing|trans-?editing|translated|compiled|proofread|"
    # the piece's own credit: "Story by CCTV News", "Video by …"
    r"story|text|video)"
    # a name follows, capitalised: "Translated by volunteers, the guide is free" is a sentence
    # ("Written by: Li Ming" with the form's colon)
    r"\s+by\s*[:：]?\s+(?-i:[\p{Lu}\p{Han}])[^.!?;|\n]{0,59}"
)
# A page's field, its label and its value up to the next label: "Browse: 312", "Release
# time: 2024-05-06 10:21". A value holds no colon but a time's.
_META_VALUE = r"\s*[:：]\s*(?:\d:\d|[^:：\n]){0,60}"
_META_LABEL = (
    r"(?:posted|written|published|edited|released)\s+by|(?:release[ds]?|publish(?:ed)?|post(?:ed)?)\s*(?:time|date|on)|"
    r"browse(?:s|\s+times)?|views?|hits|clicks|visits|page\s*views|source|editor|author|"
    r"(?:font|text)\s*size"
)
_META_STRONG = rf"(?:{_META_LABEL}){_META_VALUE}"
_META_FIELD = rf"(?:{_META_LABEL}|date|time|updated|from|reporter|writer){_META_VALUE}"
# Whole paragraphs that are page furniture, not article text. Each pattern must match the
# whole paragraph, so the same words inside a sentence ("Source: …" quoted in a story) pass.
_CHROME = (
    (r"(?:banner|breaking news|latest(?: news| updates)?|hot news|(?:today'?s\s+)?top (?:stories|news)|enditem|hot topics|open governance|"
     # a row of skip links: "Skip to content Skip to left sidebar Skip to footer"
     r"(?:skip\s+to\s+(?:the\s+)?(?:(?:main|primary|left|right)\s+)?(?:content|navigation|menu|sidebar|footer|search)\s*)+|(?:related|relevant|more|recommended|featured|trending|popular) (?:stories|news|articles|reports|reading)|"
     r"most (?:viewed|popular|read|shared|commented)|editor'?s'? (?:picks?|choice)|you (?:may|might) (?:also )?like|"
     r"related(?:\s+(?:links?|content|coverage|topics?))?|special\s+(?:coverage|reports?)|photos|videos|regions|"
     # a paid story's label and the comment box's heading
     r"advertorial|(?:latest|hot|top|readers?['’]?)\s+comments|"
     # the news section's name or its link alone on its line: "News", "All news" (no
     # paragraph of a story is the one word)
     r"(?:all\s+)?news)\s*[:：]?", "site banner"),
    (rf"(?:welcome to\s+)?(?:the\s+)?official\s+(?:web\s*site|(?:web\s+)?portal)\s+of\s+{_NAME}", "site banner"),
    # the outlet's promise over its story: "Why you can trust SCMP" (a headline that asks it
    # goes on to say what: "Why you can trust China's new vaccine data")
    (r"why\s+you\s+can\s+trust\s+(?:the\s+)?(?-i:\p{Lu}[\p{L}&.'’-]*(?:\s+\p{Lu}[\p{L}&.'’-]*){0,3})", "site promo"),
    # the site's greeting: "Welcome to Anshan Government Affairs Website!"
    (rf"welcome\s+to\s+(?:the\s+)?(?:{_NAME}\s+)?(?:web\s*site|(?:web\s+)?portal|home\s*page)\s*[!.]?", "site greeting banner"),
    # the greeting by the site's address, a date widget's label after it: "Welcome to
    # english.example.com.Today is"
    (r"welcome\s+to\s+[\w-]+(?:\.[\w-]+)*\.(?:com|cn|net|org)(?:\.cn)?\s*[!.]?\s*(?:today\s+is\b.{0,40})?", "site greeting banner"),
    (r"[-–—]*\s*advertisements?\s*[-–—]*", "advertisement placeholder"),
    (_BYLINE, "byline"),
    # a wire's name alone on its line, as a byline or a credit: "Reuters Staff", "The
    # Associated Press", "By Via AP news wire"; no sentence is a name alone
    (_OUTLET_ALONE, "outlet's name alone"),
    # a wire's writers signing a feature: "by Xinhua writers Li Ming, Wang Fang and Urhan"
    (rf"by\s+(?:{_BY_OUTLET}|{_WIRE})\s+(?:writers?|reporters?|correspondents?)\s+"
     r"(?-i:\p{Lu}[\p{Ll}'’-]+(?:\s\p{Lu}[\p{Ll}'’-]+){0,2})"
     r"(?:\s*(?:,|and|&)\s*(?-i:\p{Lu}[\p{Ll}'’-]+(?:\s\p{Lu}[\p{Ll}'’-]+){0,2})){0,6}", "byline"),
    # a picture's credit under its label: "Credit: Wikimedia Commons", "Photo credit: …"
    (r"(?:(?:image|photo|picture|cover)\s+)?credits?\s*[:：]\s*\S.{0,80}", "photo credit"),
    # a wire's photo slug, its words in capitals joined by hyphens and the country's code:
    # "CHINA-BEIJING-NPC-OPENING (CN)"
    (r"(?-i:[A-Z0-9][A-Z0-9 .'’&]*(?:-[A-Z0-9][A-Z0-9 .'’&]*){2,}\s*\([A-Z]{2,3}\))", "photo slug"),
    # markup the scrape kept: a line of HTML tags only (`<var id="x"><td></td></var>`, hidden
    # on a mirror's page) or an empty Markdown image ("![]() |")
    (r"(?:\d{1,2}\.\s*)?(?:</?[a-z][a-z0-9]*(?:\s+[a-z-]+=\"[^\"<>]*\")*\s*/?>\s*)+"
     r"|!\[[^\]\n]{0,80}\]\([^)\n]{0,200}\)(?:\s*\|)?", "markup"),
    # a desk signing the story as its byline, alone on its line: "Web Desk", "GNN Web Desk",
    # "By News Desk", "Monitoring Desk", "Our Correspondent", "Staff Report"; no sentence is
    # a desk's name alone
    (r"(?:by\s+)?(?:(?-i:[A-Z]{2,6}|\p{Lu}\p{Ll}+)\s+){0,2}(?:web|news|online|digital|monitoring|foreign|"
     r"international|city|metro|national|business|sports?|world|china|editorial)\s+desk"
     r"|(?:by\s+)?(?:our\s+(?:staff\s+)?(?:correspondents?|reporters?)|staff\s+reports?)", "byline"),
    # a China Daily byline, the place written from and the stamp after it: "By Li Ming in
    # Hefei, Anhui ( China Daily ) Updated: 2019-06-06 07:11:54". The outlet in brackets and
    # the stamp make it one, so the surname "An" is no article here ("By An Ning (China
    # Daily) Updated: …")
    (rf"by\s+{_PERSON}(?:\s*(?:,|and|&)\s*{_PERSON}){{0,3}}"
     rf"(?:\s+in\s+(?-i:\p{{Lu}}\p{{Ll}}+(?:\s\p{{Lu}}\p{{Ll}}+)?)(?:\s*,\s*(?-i:\p{{Lu}}\p{{Ll}}+(?:\s\p{{Lu}}\p{{Ll}}+)?))?)?"
     rf"\s*\(\s*(?:{_BY_OUTLET})\s*\)\s*(?:updated|published)\s*[:：]\s*{WHEN}(?:\s+{WHEN})?", "byline and stamp"),
    # a byline with the writer's e-mail address, a credit perhaps after it: "- By LI MING
    # liming@dalian.com.cn Wang Fang contributed to this story."
    (rf"(?:[-–—]\s*)?by\s+{_PERSON}(?:\s*(?:,|and|&)\s*{_PERSON}){{0,3}}\s*[,|]?\s*\(?{_EMAIL}\)?(?:\s+\S.{{0,120}})?", "byline"),
    # the writer and the place written from: "By LI Ming in Dalian", "By Li Ming and Wang
    # Fang in Dalian (China Daily)"; "By Monday in Dalian" is no name (two capitalised words
    # are needed)
    (
        rf"by\s+{_PERSON}(?:\s*(?:,|and|&)\s*{_PERSON}){{0,3}}\s+in\s+(?-i:\p{{Lu}}\p{{Ll}}+(?:\s\p{{Lu}}\p{{Ll}}+)?)"
        rf"(?:\s*\(\s*(?:{_BY_OUTLET}|(?-i:\p{{Lu}}[\p{{L}}'’.]+(?:\s+\p{{Lu}}[\p{{L}}'’.]+){{0,3}}))\s*\))?",
        "byline and place",
    ),
    # a byline and the page's empty fields after it: "By Li Wen Source: Updated: 2024-08-02"
    # or the outlet in brackets: "By Li Wen (Jinzhou Daily) Updated: 2019-09-30"; a blog's
    # "by admin"
    # or the bracket left open before the stamp: "By Li Wen ( Updated: 2019-09-30 10:21"
    (rf"by\s+{_PERSON}(?:\s*(?:,|and|&)\s*{_PERSON}){{0,3}}\s+(?:\([^()]{{1,40}}\)\s*|\(\s*)?(?:source|editor|updated|published|date)\s*[:：].{{0,80}}|by\s+admin(?:istrator)?"
     # an agency or an outlet of one word as the byline, the stamp after it: "By Xinhua
     # Published: Oct 28, 2022 07:38 PM", "By Reuters Updated: …"
     rf"|by\s+(?:{_BY_OUTLET}|{_WIRE}|(?-i:\p{{Lu}}\p{{Ll}}+))\s+(?:source|updated|published|date)\s*[:：].{{0,80}}", "byline"),
    (rf"(?:languages?\s*[:：]\s*)?(?:{_LANGUAGES})|{LANGUAGE_LINK}", "language switch"),
    # an outlet's edition switch and its language links: "Global Edition ASIA 中文 双语 Français"
    (r"global\s*edition(?:\s*(?-i:[A-Z]{2,8}))?(?:\s*[^\s.!]{1,12}){0,4}", "edition switch"),
    (PAGER, "pager"),
    # a newspaper's page, alone or after the issue's date: "Page B3", "Sat, Feb 06, 2016 -
    # Page 6"; a sentence says more than the page
    (rf"(?:{WHEN}\s*[-–—|]\s*)?page\s+[a-z]?\d{{1,3}}", "newspaper page"),
    # a photo credit standing for the picture: "TAIPEI TIMES FILE PHOTO", "File photo"
    (r"(?-i:(?:\p{Lu}[\p{L}.'’-]*\s+){0,3})?file\s+photos?", "file photo credit"),
    (BULLET_NUMBER, "slide-show frame or counter"),
    # a gallery's counter over each picture, as the wires print it: "1 of 12"
    (r"\d{1,3}\s+of\s+\d{1,3}", "slide-show frame or counter"),
    # a post's date label whose date the copy set apart, a word a line: "Published", "on"
    (r"(?:published|posted|updated)(?:\s+on)?|on", "date label"),
    (COUNTER, "view counter"),
    (WEATHER, "weather widget"),
    (FOOTER_LINKS, "footer links"),
    (PHOTO_SLUG, "photo slug"),
    (PLACE_TIME, "place and time line"),
    (ACCOUNT_STAMP, "source account and time stamp"),
    (SITE_LABEL, "site name"),
    # the outlet's invitation to browse it: "EXPLORE XINHUANET", "Explore more China Daily"
    (rf"(?:explore|discover)\s+(?:more\s+(?:on|from)?\s*)?(?:{_OUTLET}|xinhuanet)", "site banner"),
    # a template's label left with its field empty: "Product Description:", "Article summary:"
    (r"(?:product|article|content|news)\s+(?:description|summary|introduction|details)\s*[:：]?", "template label"),
    # an ad server's or a statistics counter's tracking number: a line of sixteen digits or more
    (r"\d{16,}", "tracking code"),
    # a time stamp in milliseconds since 1970 as a script left it ("1590566197000": 2001-2033)
    (r"1\d{12}", "raw time stamp"),
    # a template's fields the page never filled: "{{element.title}} {{element.date}}"
    (r"(?:\{\{\s*[\w.]{1,40}\s*\}\}\s*)+", "template placeholder"),
    # a stamp that counts back from now, alone or after the date and time: "2 days ago",
    # "April 13, 2014 / 7:53 AM / 3 years ago"; a sentence says when, not how long ago alone
    (r"(?:[^.!?\n]{1,40}\s[/|·]\s*)?(?:updated\s+|posted\s+|published\s+)?(?:\d{1,2}|an?|one)\s+"
     r"(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)\s+ago", "page timestamp (relative)"),
    # an aggregator's link to the story it cut short: "Read the full story: South China
    # Morning Post", "Read the original article at South China Morning Post"
    (r"read\s+(?:the\s+)?(?:full|original|complete|whole|rest\s+of\s+the)\s+(?:story|article|report|piece)"
     r"(?:\s+(?:at|on|in|from|here))?\s*[:：]?\s*(?:(?:the\s+)?(?-i:\p{Lu})[\p{L}'’.& -]{1,60}|(?:https?://)?\S+)?\s*[.!]?",
     "link to the original story"),
    # a newsletter's sign-up box: "Sign up for our email list to receive daily newsletters
    # from …", "Form for signing up for free newsletter.", "Get our newsletter", "Sign up"
    (r"(?:form\s+for\s+)?(?:sign(?:ing)?[\s-]*up|subscrib(?:e|ing))\s+(?:for|to)\s+(?:our\s+|the\s+|a\s+)?"
     r"(?:free\s+|daily\s+|weekly\s+)?(?:e-?mail\s+list|mailing\s+list|newsletters?)\b[^.!?\n]{0,100}[.!]?|"
     r"get\s+our\s+newsletters?|sign[\s-]*up", "newsletter sign-up"),
    # a site's cookie notice, its heading and its buttons: "Our Privacy Statement & Cookie
    # Policy", "By continuing to browse our site you agree to our use of cookies …", "Accept
    # all cookies". Government news never speaks of a browser's cookies.
    (r"(?:our\s+)?(?:privacy\s+(?:statement|policy|notice)\s*(?:&|and)\s*)?cookies?\s+(?:policy|settings|preferences|notice|statement)"
     r"|(?:accept|reject|decline|allow|manage)\s+(?:all\s+|necessary\s+|optional\s+)?cookies"
     r"|.{0,200}\b(?:use|uses|using|accept|agree|consent)\b.{0,80}\bcookies\b.{0,240}"
     r"|.{0,200}\bcookies\b.{0,120}\b(?:browser|browsing|consent|accept|agree)\b.{0,200}", "cookie notice"),
    # how long the story takes to read: "6 Min Read", "Reading time: 3 minutes"
    (r"\d{1,2}\s*-?\s*min(?:ute)?s?\.?\s+read|(?:estimated\s+)?reading\s+time\s*[:：]?\s*(?:about\s+)?\d{1,2}\s*min(?:ute)?s?\.?", "reading time"),
    # a press-release service's fields: "Country for PR: China", "Industry for PR: Energy"
    (r"(?:country|region|city|industry|category|subject)\s+for\s+(?:pr|press\s+releases?)\s*[:：].{0,60}", "press-release metadata"),
    # a menu's items a line each, the hyphen glued on: "-Investment Guide", "-Sister Cities"
    (r"-(?-i:\p{Lu}[\p{L}&'’]*(?:\s\p{L}[\p{L}&'’]*){0,4})", "menu item"),
    (rf"(?:{RELATED_LEAD})\s*[:：]?", "related-links label"),
    # a link to another story under its label: "READ MORE: Port handles record volume",
    # "Related: Dalian hosts seafood fair", "See also: …", "ALSO READ | …"
    (r"(?:read\s+more|(?:also|further)\s+read(?:ing)?|read\s+also|see\s+also|more\s+(?:news|stories)|"
     r"related(?:\s+(?:news|stories|articles?|reading|links?|reports?|coverage))?)\s*[:：|｜]\s*\S.{0,160}",
     "link to another story"),
    # the page's fields in one row, one of them a page's own (a view count, who posted, when
    # it was released): "Posted by: Admin  Release time: 2024-05-06  Browse: 312"
    (rf"(?:{_META_FIELD}\s*)*{_META_STRONG}(?:\s*{_META_FIELD})*", "page's fields"),
    # a comment box, a blog's author box, a search box, share buttons, a slide show's timer,
    # a section's "more" link: each alone on its line ("Your Comment", "Contact author",
    # "blog comments powered by Disqus", "No Result", "Share on FacebookShare on Twitter",
    # "Scan QR Code", "Interval 10 seconds", "Video more")
    (r"(?:your|post(?:\s+a)?|add(?:\s+a|\s+your)?|leave(?:\s+a|\s+your)?)\s+comments?\s*(?:\.{2,3}|…)?|(?:blog\s+)?comments\s+powered\s+by\s+\S.{0,40}|"
     # the comment box's heading alone: "Comments", "Comments (3)"
     r"comments\s*(?:\(\d+\))?\s*[:：]?|"
     # a wire's comment policy: "We welcome comments that advance the story through …"
     r"we\s+welcome\s+comments\s+that\s+advance\s+the\s+story\b.{0,300}|"
     # the comment form and its notices: "No comments.", "User Name Required", "Enter the
     # words you see:", "Abusive comments may be removed by the moderator."
     r"no\s+comments?(?:\s+yet)?\s*[.!:]?|(?:user\s*name|nickname|name|e-?mail)\s+(?:is\s+)?required|"
     # a blog theme's comment form prompts: "Please enter your comment!", "Please enter your name here"
     r"please\s+enter\s+your\s+(?:comment|name|e-?mail(?:\s+address)?|website)(?:\s+here)?\s*[.!]?|"
     r"enter\s+the\s+(?:words|characters|letters|code|numbers)\s+(?:you\s+see|shown)(?:\s+(?:above|below))?\s*[:：]?|"
     r"[^.!?\n]{0,80}\bcomments?\s+(?:may|will|might)\s+be\s+(?:removed|deleted|moderated|screened)\b[^.!?\n]{0,60}[.!]?|"
     # the outlet's invitation to its accounts and its app: "Follow Dalian News on Twitter
     # and Facebook to join the conversation.", "Dalian News App Download"
     r"follow\s+(?:\S+\s+){1,4}?on\s+(?:twitter|facebook|weibo|wechat|instagram|youtube|x)"
     r"(?:\s*(?:,|and|&)\s*(?:twitter|facebook|weibo|wechat|instagram|youtube|x))*(?:\s+to\s+join\s+the\s+conversation)?\s*[.!]?|"
     r"(?:\S+\s+){0,2}app\s+download|download\s+(?:the\s+|our\s+)?(?:\S+\s+){0,2}app|"
     r"contact\s+(?:the\s+)?author|(?:other|more)\s+(?:posts|articles|stories)\s+by\s+\S.{0,40}|"
     r"no\s+results?(?:\s+found)?|view\s+all\s+results?|"
     r"(?:share\s+(?:on|to)\s+(?:" + _SOCIAL + r")\s*[|/·]?\s*)+|scan\s+(?:the\s+)?qr\s*code(?:\s+to\s+\S.{0,40})?|"
     r"interval\s*[:：]?\s*\d{1,3}\s*(?:s|secs?|seconds?)|nav(?:igation)?\s+search|"
     r"(?:videos?|photos?|pictures?|specials?|news|features?|opinions?|multimedia|topics?|columns?)\s+more\s*(?:>>?|»)?|"
     r"(?:/\s*)?categor(?:y|ies)\s*[:：]\s*\S.{0,60}|"
     # a section's "more" link without its arrow, a video player's prompt and its links:
     # "more", "Read more", "Click on the video", "Click the picture to play", "Watch
     # fullscreen", "Browse more videos", "Other videos"
     r"(?:read|see|view|learn)?\s*more|(?:please\s+)?(?:click|tap)\s+(?:on\s+)?(?:the\s+)?"
     r"(?:video|picture|image|photo|player)(?:\s+(?:above|below))?(?:\s+to\s+(?:play|watch|view)"
     r"(?:\s+(?:it|the\s+video))?)?\s*[.!]?|(?:watch|play)\s+(?:the\s+)?(?:full\s+)?video"
     r"(?:\s+(?:above|below))?\s*[.!]?|watch\s+(?:in\s+)?full\s*screen|"
     r"(?:browse\s+more|more|other|related|recommended)\s+videos", "page widget"),
    # a font control alone ("Font size"), the link to the mobile edition ("Mobile version of
    # www…"), the menu's or the logo's label left by its image ("Navigator", "logo")
    (r"(?:adjust\s+(?:the\s+)?)?(?:font|text)\s*size|(?:font\s*(?:larger|smaller|bigger)\s*){2}|(?:mobile|wap|desktop)\s+(?:version|edition|site)"
     r"(?:\s+of\s+(?:the\s+)?\S.{0,60})?|nav(?:igator|igation)(?:\s+(?:bar|menu))?|(?:main\s+)?menu|"
     r"(?:site\s+|web\s*site\s+)?logo", "page widget"),
    # a menu's icons the copy lost, one question mark for each character: "???", "?"; or
    # a full-width space read in the wrong code page ("¡¡")
    (r"[?？¡]+(?:\s+[?？¡]+)*", "characters a menu lost"),
    # a press-release distributor's banner: "Asia News by Media-OutReach"
    (r"(?:\S.{0,60}\s)?(?:by|via)\s+(?:media-?outreach(?:\s+newswire)?|pr\s*newswire|globe\s*newswire|"
     r"business\s*wire|acn\s*newswire|accesswire)", "press-release distributor's banner"),
    # a reprint notice: "(A written permission shall be obtained for reprinting …)"
    (r"\(?\s*(?:a\s+)?written\s+permission\s+(?:shall|must|should)\s+be\s+obtained\s.{0,240}|"
     r"\(?\s*no\s+(?:reprint(?:ing)?|reproduction)\s+without\s+(?:written\s+)?permission.{0,120}|"
     # the site's reservation of its content: "Without written authorization from …, such
     # content shall not be republished or used in any form."
     r"without\s+(?:the\s+)?(?:prior\s+)?(?:written\s+)?(?:authori[sz]ation|permission|consent)\b.{0,120}?"
     r"\b(?:shall|must|may|should)\s+not\s+be\s+(?:republished|reprinted|reproduced|copied|used|distributed)\b.{0,120}", "reprint notice"),
    (rf"(?:(?:contact(?:\s+us)?|e-?mail(?:\s+us)?|write to us)\s*(?:at|to)?\s*[:：]?\s*)?{_EMAIL}|contact\s+us|e-?mail\s+us|write\s+to\s+us|{PHONE}", "contact line"),
    # the site's address and telephone in one line, their labels without colons: "E-mail
    # office@… Phone 0411-82345678-203" (an extension after the number)
    (rf"e-?mail\s*[:：]?\s*{_EMAIL}\s*[,;|]?\s*(?:tel|telephone|phone)\.?\s*[:：]?\s*{PHONE}(?:-\d{{1,5}})?", "contact line"),
    # a wire service's or a site's name as the source line: "PR Newswire", "dlnews.com – Dalian Headlines"
    (r"(?:pr|globe|business|cision)\s*newswire|business\s+wire|"
     r"[\w-]+(?:\.[\w-]+)*\.(?:com|cn|net|org)(?:\.cn)?\s+[-–—|]\s+(?-i:\p{Lu}[\p{L}'’ -]{1,40})|"
     # the page's address alone, the host and its path: "dalian.chinadaily.com.cn/news"
     r"(?:https?://)?[\w-]+(?:\.[\w-]+)*\.(?:com|cn|net|org|gov)(?:\.cn)?(?:/[\w./?=&%#-]*)?|"
     # a link to the page the article was taken from: "See the original link: https://…"
     r"(?:see\s+(?:the\s+)?)?original\s+(?:link|url|address|article|text)\s*[:：]\s*(?:(?:https?://)?\S+)?", "source line"),
    # a picture's controls under it: "View Original Image", "Click to enlarge", "View larger
    # picture"
    (r"(?:click\s+(?:here\s+)?to\s+)?(?:view|see|open)\s+(?:the\s+)?(?:original|full[\s-]?size|larger|large|full)\s+"
     r"(?:image|picture|photo|pic)s?|click\s+(?:(?:here|the\s+(?:image|picture|photo))\s+)?to\s+enlarge(?:\s+(?:the\s+)?(?:image|picture|photo))?", "picture control"),
    (r"(?:the )?(?:original )?article is (?:in|from) chinese.*|original text in chinese.*|"
     r"read\s+(?:it\s+|this\s+)?in\s+(?:chinese|english|中文)|(?:chinese|中文)\s+version", "language notice"),
    (r"tags?\s*[:：].*|key\s*words?\s*[:：].*", "tag list"),
    (r"(?:next|previous|prev)(?:\s+(?:article|page|story|post|text|news|item))?\s*[:：>»]\s*.*|"
     # with its article: "The next article: …", "The previous one: …"
     r"the\s+(?:next|previous|last)\s+(?:article|page|story|post|text|news|item|one)\s*[:：>»]\s*.*|"
     # "last" as the previous article: "last text:", "Last article: …"
     r"last\s+(?:article|page|story|post|text|news|item)\s*[:：>»]\s*.*|(?:>>?|»|›)\s*(?:more|details|read\s+more)|"
     r"(?:next|previous|prev)\s+(?:article|page|story|post)\b.*|[<«]\s*(?:prev|previous).*|"
     r"(?-i:NEXT|PREV|PREVIOUS)\s.*|(?:details|more|read more)\s*(?:>>|»).*|"
     # a wire's heading over the next stories of its section: "Next In Asia News", "Next In Nation"
     r"next\s+in\s+(?-i:\p{Lu}[\p{L}&'’]*(?:\s\p{Lu}[\p{L}&'’]*){0,3})", "navigation link"),
    (r"share(?:\s+(?:to|this|on))?\s*[:：].*|share(?:\s*-\s*\w+)?|print(?:\s+this\s+page)?|close(?:\s+window)?|back\s+to\s+(?:the\s+)?top|"
     # a button naming what it acts on: "Share this article", "Email this story"
     r"(?:share|print|e-?mail|send|save)\s+this\s+(?:article|page|story|post|news)|"
     # the buttons in brackets, one or a row: "[Print]", "[ Print ]  [ Close ]"
     # and the font sizes after them, spaced or run together: "【Close】 【Print】 BigMiddleSmall"
     r"(?:[\[【]?\s*(?:print|close|top)\s*[\]】]?\s*){1,4}(?:(?:big|large|middle|medium|small)\s*[|/·]?\s*){0,3}|[\[【]?\s*(?:adjust\s+(?:the\s+)?)?(?:fonts?(?:\s+size)?|text\s+size)\s*[:：].{0,40}|"
     r"\p{L}(?:\s*\|\s*\p{L}){1,3}|share\s+(?:to|on)\s*[:：]?(?:\s*[|/]?\s*(?:" + _SOCIAL + r"))*|"
     r"(?:" + _CONTROL + r")(?:\s*[|/·]?\s*(?:" + _CONTROL + r")){1,7}|"
     # an embedded video's player and its close button: "Video PlayerClose"
     r"video\s*player(?:\s*close)?|"
     # the comment counter, the buttons and the source with its day, run together as one
     # row: "0 Comment(s)Print E-mail Xinhua, August 23, 2012"
     rf"\d+\s*comments?(?:\(s\))?\s*(?:(?:print|e-?mail|share|close)\s*)+(?:{_AGENCY}\s*,?\s*)?(?:{WHEN})?|"
     # the controls and then the font sizes: "Print Mail Large Medium Small"; a control may
     # carry its counter, empty or not ("Comments()", "Share(3)"), and the row may end in the
     # share button's untranslated label and its counter ("… Small 分享 0")
     r"(?:" + _CONTROL + r")(?:\(\d*\))?(?:\s*[|/·]?\s*(?:" + _CONTROL + r")(?:\(\d*\))?){0,7}"
     r"(?:\s*[|/·]?\s*(?:large|medium|small)){2,3}(?:\s*分享(?:按钮)?\s*\d*)?|"
     r"(?:font\s*(?:size)?\s*[:：]?\s*)?(?:large|medium|small|big|middle)(?:\s*[|/·]?\s*(?:large|medium|small|big|middle|print)){2,3}|"
     r"follow\s+us(?:\s+on)?(?:\s*[:：]?\s*(?:" + _SOCIAL + r"))*(?:\s*@)?|leave\s+a\s+(?:reply|comment)|"
     # the site's call for readers' stories: "Contribute to us!"
     r"contribute\s+to\s+us\s*!?|"
     # the social links' heading, the invitation to the outlet's channel: "Connect with us",
     # "Follow us on our official WhatsApp channel for breaking news alerts and key updates!"
     r"connect\s+with\s+us|follow\s+us\s+on\s+our\s+(?:official\s+)?(?:" + _SOCIAL + r"|telegram|youtube|instagram|tiktok)"
     r"\s+(?:channel|account|page)\b[^.!?\n]{0,100}[.!]?|"
     # the site's own controls: home page, favourites, language, search box
     r"make\s+(?:us|this(?:\s+(?:site|page))?)\s+your\s+home\s*page|set\s+as\s+(?:the\s+)?home\s*page|"
     r"add\s+to\s+favou?rites|(?:choose|select|change)\s+(?:your\s+|the\s+)?language|"
     r"(?:site\s+)?search(?:\s+(?:advanced|subscribe))?|(?:go\s+)?adv(?:anced|\.)?\s+search|subscribe|"
     # the search box's label and its button alone: "Search This Site", "Advanced"
     r"search\s+(?:this|the|our)\s+(?:web\s*)?site|advanced|"
     # a list's bullet whose link text the copy lost, a menu's separator alone
     r"[-•·▪|｜]|"
     # a forum link with its counter, a button to send the page on: "Go to Forum >>0 Comment(s)"
     r"(?:go\s+to\s+(?:the\s+)?forum\s*(?:>>?|»)?\s*)?\d+\s*comments?(?:\s*\(s\))?|go\s+to\s+(?:the\s+)?forum\s*(?:>>?|»)?|"
     # the button's label may stand in angle brackets: "<Suggest To A Friend>"
     r"<?\s*(?:suggest|recommend|send|e-?mail|forward)\s+(?:(?:this|the)\s+(?:article|story|page|news)\s+)?to\s+(?:a\s+)?friends?\s*[:：]?\s*>?|"
     # one button alone on its line, its icon lost: "Facebook", "Download", "Read Comments"
     r"download|facebook|twitter|weibo|wechat|linkedin|whatsapp|read\s+comments?", "page control"),
    (r"(?:(?:you are here|(?:the |your )?(?:current )?(?:location|position))\s*[:：]\s*)?(?:home(?:\s*page)?|homepage|index|首页)\s*(?:>>?|»|›|/|-+>)\s*.{0,320}|"
     # a template's field for the current page, its trail cut after "Home": "curpage: Home |"
     r"cur(?:rent)?\s*page\s*[:：]\s*(?:home(?:\s*page)?|homepage|index|首页)(?:\s*(?:>>?|»|›|/|\||-+>)\s*.{0,320})?|"
     r"[^>»›\n]{1,40}(?:\s(?:>>?|»|›)\s[^>»›\n]{1,40}){2,}|"
     # two capitalised parts under one arrow or a backslash: "Daily Online> Life", "World\Americas"
     r"(?-i:\p{Lu}[\p{L}&'’]*(?:\s\p{Lu}[\p{L}&'’]*){0,3}\s*(?:>|›|\\)\s*\p{Lu}[\p{L}&'’]*(?:\s(?:and\s|&\s)?\p{Lu}[\p{L}&'’]*){0,3})|"
     # two parts under a double arrow, spaced or not: "English>>China Politics"
     r"[^>»›\s][^>»›\n]{0,39}\s*(?:>>|»)\s*[^>»›\s][^>»›\n]{0,39}|"
     # a trail that starts with its separator ("> Government > News"), or uses slashes
     r"(?:>>?|»|›)\s*[^>»›\n]{1,40}(?:\s*(?:>>?|»|›)\s*[^>»›\n]{1,40})+|"
     # or is one section under its separator: ">> News", "» Local News"
     r"(?:>>|»|›)\s*(?-i:\p{Lu}[\p{L}&'’]*(?:\s(?:and\s|&\s)?\p{Lu}[\p{L}&'’]*){0,3})|"
     r"(?-i:\p{Lu}[^/.!?\n]{0,39}(?:\s/\s\p{Lu}[^/.!?\n]{0,39}){2,})|"
     # a trail whose separators the copy lost ("HOMENewsLocal News"), a bulleted "• Home"
     r"(?-i:(?:HOME|Home)\p{Lu}\p{Ll}[\p{L}&’' ]*)|[•·▪■►]\s*(?:home(?:\s*page)?|首页)|"
     # a trail copied a part a line: "Home", then ">>", then "China"; no paragraph of a
     # story is the one word "Home" or an arrow alone
     r"(?:home(?:\s*page)?|homepage|首页)\s*(?:>>?|»|›)?|>>|»", "breadcrumb trail"),
    (r"[(\[【]?\s*(?:(?:responsible|web|chief)\s+)?editors?\s*[:：].{0,80}|(?:(?:chinese|english)\s+)?(?:source|reporter|writer|author|"
     r"translator|translated by|contributor|proofread by|reviewed by)\s*[:：].{0,80}|"
     # a credit in brackets: "(Source: Anshan Foreign Affairs Office)", "[Source:Xi'an Daily]"
     r"\(\s*(?:source|reporter|writer|author|translator)\s*[:：][^()]{1,80}\)|"
     r"[\[【]\s*(?:source|reporter|writer|author|translator)\s*[:：][^\[\]【】]{1,80}[\]】]|copyright\s*(?:©|\(c\)|\d{4}|[:：]).*|copyright\s.{1,80}?all\s+rights\s+reserved.*|"
     r".{0,60}©.{0,60}|all rights reserved.*|powered by .{1,60}|by\s*\(\s*[\w.-]+\.(?:com|cn|net|org)(?:\.cn)?\s*\)|"
     rf"\(\s*{_AGENCY}[^()]{{0,40}}\)|"
     # a magazine's byline and issue: "By Li Ming | NO. 6 FEBRUARY 8, 2018"
     rf"by\s[^|\n]{{1,40}}\|\s*no\.?\s*\d{{1,3}}\s+{WHEN}|"
     # the page's stamp and the magazine's issue: "UPDATED: May 2, 2019 NO. 19 MAY 9, 2019"
     rf"{STAMP_LABEL}{WHEN}\s*\|?\s*no\.?\s*\d{{1,3}}\s+{WHEN}|"
     # who reported, wrote, edited: "Reporting by … ; Trans-editing by …", "Write: … [2011-05-20]"
     rf"{_CREDIT_BY}(?:\s*[;,|]\s*{_CREDIT_BY})*\.?|write\s*[:：].{{1,80}}|"
     # in brackets, or its bracket left open: "(Reported by Li Ming and Wang Fang"; several
     # or a wire story's credits: "(Reporting by Li Ming; Editing by Jane Doe)"
     rf"[(\[（【]\s*{_CREDIT_BY}(?:\s*[;,|]\s*{_CREDIT_BY})*\s*[)\]）】]?", "credit line"),
    # a translator and the office the text came from: "Translated by Li Ming from Foreign
    # Affairs Office of Anshan Municipal People's Government". A credit line too, but a pattern
    # of its own: its name of up to 13 words in one alternation with the ".{0,80}" above made
    # Rust's automaton for the whole about four times as costly over a column (0.10 s against
    # 0.03 s for the two apart, the bench file's 20,082 distinct lines). Placed right after,
    # so the first reason found for any line is the same.
    (rf"(?:translated|compiled|edited)\s+by\s+{_PERSON}\s+from\s+{_NAME}\.?", "credit line"),
    # the column's disclaimer: "(The views expressed here do not necessarily reflect …)"
    (r"\(?\s*(?:the\s+)?(?:(?:author|writer)['’]s\s+)?(?:views?|opinions?)(?:\s+(?:expressed|of\s+the\s+(?:author|writer)s?|here|"
     r"in\s+this\s+\w+)[^.]{0,60}?)?\s+(?:do|does)(?:\s+not|n['’]?t)\s+necessarily\s+(?:reflect|represent)\s.*|"
     # a transcript series' note: "NB: This may not be a word-for-word transcript."
     r"(?:(?:nb|note)\s*[:：.]\s*)?this\s+(?:may\s+not\s+be|is\s+not)\s+an?\s+(?:word-for-word|verbatim|full|complete)\s+transcript\.?", "disclaimer"),
    # a request to credit the source whose link the copy lost: "Please refer to when using
    # this article", "Please indicate the source when reprinting"
    (r"please\s+(?:refer\s+to|cite|credit|indicate|mark)\b.{0,60}\bwhen\s+(?:using|reprinting|quoting|citing)"
     r"(?:\s+(?:the|this)\s+(?:article|story|text|content))?\s*\.?|"
     r"this\s+(?:article|story|piece)\s+(?:is|was)\s+(?:(?:reprinted|republished|adapted|excerpted|taken)\s+)?from\s.{1,120}|"
     r"this\s+(?:article|story|piece)\s+(?:was\s+)?(?:first|originally)\s+(?:published|appeared)\s+(?:in|on|by)\s.{1,120}|"
     rf"(?:from|source\s*[:：]?|via)\s+(?:the\s+)?(?:official\s+)?(?:web\s*site|portal)\s+of\s+{_NAME}", "source note"),
    # a site's licence footer: "Website Identification Code …", "京ICP备…号", "ICP No. …"
    (r"website identification code.*|licen[cs]e for (?:publishing|internet|online).*\d{5,}.*|[^a-z]*icp.*\d{6,}.*|"
     # the licence under the province's name: "Shandong ICP Registered No. 12013505"
     r"(?-i:\p{Lu}\p{Ll}+)\s+icp\s+(?:registered|registration|record|filing|licen[cs]e)?\s*(?:no\.?|number)?\s*[:：]?\s*\d{6,}.*|"
     # who approved, supported or ran the site, under a label: "Approved by: …",
     # "Supported by:…", "Technical support: …" (a sentence has no colon after "by")
     r"(?:approved|supported|powered|hosted|organi[sz]ed|undertaken|run|managed|operated|designed|developed|constructed)\s+by\s*[:：].{1,200}|"
     r"technical\s+support\s*[:：].{1,120}|.*公网安备.*|.*许可证.*\d{6,}.*|"
     rf"(?:this (?:web)?site is )?(?:sponsored|maintained|presented) by\s*[:：]?\s*{_NAME}\.?", "site footer"),
    # the page's <title>: the headline and the outlet, "…-Xinhua", "… | China Daily"
    (rf".+[^\s.!?:]\s*[-–—|_]\s*(?:{_OUTLET})", "page title with the site's name"),
    (r"(?:photos?|images?|pictures?)\s*(?:by\s|[:：/]).{1,80}|"
     # "Photos taken by Li Ming": the name alone after it, capitalised
     r"(?:photos?|images?|pictures?)\s+(?:taken|shot)\s+by\s*[:：]?\s*(?-i:\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*){0,3})|"
     r"[\[(](?:photos?|images?)\s*(?:by\s|[:：/])[^\])]{1,60}[\])]|"
     r"file photo|[\[(]?\s*(?:photos?|images?)\s+(?:provided\s+(?:to|by)|courtesy\s+of)\s[^\])]{1,60}[\])]?|"
     # a handout's credit in brackets, the outlet's name lost with its link or given after
     # "for": "[Video provided to]", "[Photo provided for chinadaily.com.cn]"
     r"[\[(]\s*(?:photos?|images?|videos?)\s+provided\s+(?:to|by|for)(?:\s[^\])]{1,60})?\s*[\])]|"
     # an image's file name, a copy's number and a second extension in it: "640.webp (3).jpg"
     r"[\w-]+(?: [\w-]+){0,4}(?:\.(?:jpe?g|png|gif|webp|bmp))?(?:\s?\(\d{1,3}\))?\.(?:jpe?g|png|gif|webp|bmp)"
     # and its size, as a page's list of files gives it: "point.gif (302 bytes)"
     r"(?:\s?\(\d[\d,.]*\s?(?:bytes|kb|k)\))?|"
     # a name is capitalised: the table ignores case, so this pattern turns case back on
     r"(?-i:\p{Lu}[\p{L}'-]+(?: \p{Lu}[\p{L}'-]+){0,3} / \p{Lu}[\p{L} .-]{1,30})", "photo credit"),
    (_CAPTION, "photo caption"),
    # a caption in brackets alone on its line, a name and a verb in the present tense:
    # "(Mayor Li Ming delivers a speech)"; or closed by its credit: "(The scene of the
    # meeting. Photo by Li Ming / Anshan Daily)"
    (rf"\((?-i:\p{{Lu}}[\p{{L}}'’.-]*(?:\s\p{{Lu}}[\p{{L}}'’.-]*){{0,5}})(?:,[^()\n]{{1,120}},)?\s(?-i:{CAPTION_VERB})\s[^()\n]{{2,160}}\)",
     "photo caption"),
    (r"\((?-i:\p{Lu})[^()\n]{2,160}[.;,]\s*(?:photos?|pictures?)\s+by\s+(?-i:\p{Lu})[^()\n]{1,80}\)",
     "photo caption and credit"),
    # a live page's picture labels, as the BBC prints them: "Image caption,", "Image source,
    # AFP/Getty Images", the credit glued to the caption it closes ("Li MingImage source,
    # Reuters"); prose never runs "Image source," into a word
    (r"image\s+caption\s*,?|(?:.{1,400}?[\p{Ll}\d.)])?(?-i:Image source),\s*(?-i:\p{Lu}[\p{L}.&'’-]*(?:[\s/]+\p{Lu}[\p{L}.&'’-]*){0,3})",
     "photo caption and credit"),
    # a photographer and the agency, as business sites set the credit under a picture:
    # "Li Ming | Getty Images", "Wang Fang | AFP"
    (rf"{_PERSON}\s*\|\s*(?:getty\s+images|afp|reuters|bloomberg|epa(?:-efe)?|imaginechina|vcg|xinhua|ap)(?:\s+(?:via\s+)?getty\s+images)?", "photo credit"),
    # a social account alone on its line, by its handle or its name: "@DalianNews",
    # "Dalian Daily WeChat", "Dalian Daily's official Weibo account"
    (r"@[a-z][a-z0-9_]{2,30}|"
     rf"{_ACCOUNT_OWNER}(?:['’]s)?\s+(?:official\s+)?(?:wechat|weibo|twitter|facebook|youtube|tiktok|douyin)"
     r"(?:\s+(?:official\s+)?(?:account|channel|page|id))?", "social media account"),
    # the print edition's locator: "Dalian Daily / 2023-05 / 13 / Page004", "Page 3 of the
    # print edition"
    (r"(?-i:\p{Lu}[\p{L}'’.]*(?:\s\p{Lu}[\p{L}'’.]*){0,3})\s*/\s*\d{4}-\d{1,2}\s*/\s*\d{1,2}\s*/\s*page\s*[a-z]?\d{1,4}|"
     r"page\s*[a-z]?\d{1,3}\s+of\s+(?:the\s+)?(?:print|paper|newspaper)\s+edition", "print edition locator"),
    # Shanghai Daily's credit for a picture a body provided ("Ti Gong", 提供), alone or after
    # the photographer: "Li Ming / Ti Gong"
    (r"(?-i:(?:\p{Lu}[\p{L}'-]+(?: \p{Lu}[\p{L}'-]+){0,3}\s*/\s*)?Ti Gong)", "photo credit"),
    # a credit under its label, alone or in brackets: "Graphics: Global Times", "(Illustration:
    # Li Ming/GT)", "Designer: Wang Fang"; what follows is a name, capitalised, no sentence
    (rf"[(\[]?\s*(?:{_CREDIT_WORD})\s*[:：]\s*{_CREDITED}\s*[)\]]?", "credit line"),
    # the outlet's invitation and the web editor, in brackets: "(For the latest China news,
    # please follow … on Twitter and Facebook)(Web editor: Li Ming, Wang Fang)"
    (r"\(\s*for\s+(?:the\s+)?(?:latest|more)\b[^()]{1,100}\)(?:\s*[(\[]\s*(?:web\s+)?editors?\s*[:：][^()\[\]]{1,60}[)\]])?", "follow-us note"),
    # a local paper's byline as the article's first line: "Anshan Daily reporter Li Ming",
    # "Reporter Li Ming and Wang Fang", "Correspondent Li Ming"
    (rf"(?:(?-i:\p{{Lu}}[\p{{L}}'’]+(?:\s\p{{Lu}}[\p{{L}}'’]+){{0,3}})\s+)?(?:(?:staff|chief|senior)\s+)?(?:reporters?|correspondents?|journalists?)\s+{_PERSON}(?:\s*(?:,|and|&)\s*{_PERSON}){{0,3}}", "byline"),
    # the writer's post under the name, alone on its line, the outlet after a comma or a
    # pipe: "Beijing Correspondent, Lianhe Zaobao", "Staff Writer", "Senior Reporter | The
    # Star"; the post alone needs its desk or rank ("Reporter" alone may head a list)
    (WRITER_POST, "the writer's post"),
    # a live page's post byline, the outlet's name in the possessive: "From CNN's Li Ming in
    # Beijing", "From CNN's Li Ming and CNN's Wang Fang"; the outlet an acronym in capitals or
    # a wire, so "From China's Yangtze River" is no byline
    (rf"from\s+(?:(?-i:[A-Z]{{2,5}})|reuters|bloomberg)['’]s?\s+{_PERSON}"
     rf"(?:\s*(?:,|and|&)\s*(?:(?:(?-i:[A-Z]{{2,5}})|reuters|bloomberg)['’]s?\s+)?{_PERSON}){{0,4}}"
     r"(?:\s+in\s+(?-i:\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+)?)(?:\s*(?:,|and)\s*(?-i:\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+)?))?)?",
     "a live post's byline"),
    # a live page's counter and its summary's heading: "5 Posts", "12 updates", "What we're
    # covering here", "What we covered here"
    (r"\d{1,4}\s+(?:new\s+)?(?:posts|updates)|what\s+we(?:['’]re|\s+are)?\s+(?:covering|covered)(?:\s+here)?",
     "a live page's counter or label"),
    # a paywall's offer and prompts: "Sale: As low as 99¢ for your first month", "$15/month or
    # $168/year", "Subscribe to keep reading.", "Already a subscriber? Log in.", "This post
    # is for paying subscribers"
    (r"(?:sale\s*[:：]\s*)?as\s+low\s+as\s+(?:[$£€]\s?\d+(?:\.\d{2})?|\d+\s?¢)\s+(?:for\s+(?:your|the)\s+first|a|per)\s+(?:month|week|year)|"
     r"[$£€]\d+(?:\.\d{2})?\s*/\s*(?:month|mo|year|yr)(?:\s+or\s+[$£€]\d+(?:\.\d{2})?\s*/\s*(?:month|mo|year|yr))?|"
     r"subscribe\s+(?:now\s+)?to\s+(?:keep|continue)\s+reading\s*[.!]?|already\s+a\s+subscriber\s*\?\s*(?:log|sign)\s*in\s*[.!]?|"
     r"this\s+(?:post|article|story|content)\s+is\s+(?:only\s+)?(?:for|available\s+to)\s+(?:paying\s+|paid\s+)?subscribers(?:\s+only)?\s*[.!]?",
     "subscription offer"),
    # the paywall's own lines, each alone, as the business and wire sites set them round the
    # lead: "Subscribe now", "Already a subscriber?", "Subscribe to gift this article", "Gift
    # 5 articles to anyone you choose each month when you subscribe."; a sentence that
    # subscribes to something goes on after the verb
    (r"(?:subscribe|sign\s+up)\s+(?:now|today)\s*[.!]?|already\s+(?:a\s+subscriber|have\s+an\s+account)\s*\??|"
     r"subscribe\s+to\s+(?:gift|unlock|read|share|save)\s+this\s+(?:article|story)\s*[.!]?|"
     r"gift\s+(?:\d{1,3}|unlimited)\s+articles?\s+to\s+anyone\b[^.!?\n]{0,80}[.!]?|"
     # the price tag on a locked piece: "Free for subscribers", "Subscribers only"
     r"(?:free\s+for|only\s+for)\s+subscribers|subscribers?\s+only",
     "subscription offer"),
    # a picture gallery's controls alone on their lines: "Full Screen", "Exit full screen",
    # and its counter with the slash or "of" spaced, "1 / 13", "3 of 12"; a fraction or a
    # date is written without the spaces
    (r"(?:exit\s+|view\s+(?:in\s+)?)?full[\s-]?screen|\d{1,3}\s+(?:/|of)\s+\d{1,3}", "gallery control"),
    # a share button's label alone: "Share This", "Share this:"
    (r"share\s+this\s*[.!:：]?", "page control"),
    # a wire's or a broadcaster's copyright notice in brackets, as the video and wire copy
    # closes: "(Copyright 2021 APTN. All Rights Reserved. This material may not be …)"
    (r"[(\[]\s*(?:copyright|©)\s*(?:©\s*|\(c\)\s*)?\d{4}\b.*", "copyright notice"),
    # an audio player's label over the text: "Listen to this article", "Listen to this story
    # (4 min)", "This audio is generated by an AI tool."
    (r"listen\s+to\s+(?:this|the)\s+(?:article|story)(?:\s*[(\[]?\s*\d{1,2}\s*min(?:ute)?s?\s*[)\]]?)?\s*[.!]?|"
     r"this\s+audio\s+(?:is|was)\s+(?:ai[\s-]+)?(?:generated|produced|created|read)\s+by\s+.{1,60}|"
     # the embedded player's error in place of its video: "Error loading player: No
     # playable sources found"
     r"error\s+loading\s+(?:the\s+)?(?:player|media|video)\s*[:：].{0,80}", "audio player label"),
    # a breadcrumb's label whose trail the copy lost: "Your current location: |", "You are
    # here:"
    (r"(?:you\s+are\s+here|(?:your\s+)?current\s+(?:location|position))\s*[:：]?\s*(?:[|>»›/]\s*)*", "breadcrumb"),
    # a link to the site's former design: "Old Version", "Back to the classic version"
    (r"(?:(?:back|return)\s+to\s+(?:the\s+)?)?(?:old|classic)\s+(?:version|edition)(?:\s+of\s+(?:the\s+)?(?:web\s*)?site)?", "site link"),
    # the link to the next or the previous story without its title, as Chinese sites
    # translate 下一篇 and 上一篇: "The next article", "The previous article"
    (r"the\s+(?:next|previous)\s+(?:article|story|post|piece)", "navigation link"),
    # a stray mark alone on its line, left by a removed widget: ";"
    (r"[;,]", "stray character"),
    # a broadcaster's cue to its video report, alone on its line: "CGTN's Li Ming reports.",
    # "CNA's Wang Fang has more from Beijing."; the outlet an acronym in capitals
    (rf"(?:the\s+)?(?-i:[A-Z]{{2,5}})['’]s?\s+{_PERSON}\s+(?:reports|has\s+(?:more|the\s+story|the\s+details))"
     r"(?:\s+from\s+(?-i:\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+)?))?\s*[.:]?", "broadcast cue"),
    # the byline, the source and the day in one line under their labels, as the Party's and
    # the State's sites set their head: "By Li Ming Source: Qiushi Journal Updated: 2022-05-12"
    (rf"by\s+\S.{{0,160}}?\s+source\s*[:：]\s*\S.{{0,100}}?\s+(?:updated|published|released|date)\s*[:：]\s*{WHEN}(?:\s+{TIME})?",
     "page timestamp"),
    # the print edition's headline under its label, a post's section: "Newspaper headline: …",
    # "Posted in: City News"; a share widget's leftover: "Share this with Close"
    # the page's source and the day it was added, the font buttons after them: "From:
    # City E-Government Office | Date Add in:2018-01-09 10:27:47 [A  A]" (the source may be
    # empty or in Chinese)
    (rf"from\s*[:：][^|\n]{{0,40}}\|\s*date\s+add(?:ed)?\s+in\s*[:：]\s*{WHEN}(?:\s+{WHEN})?"
     r"(?:\s*\[\s*a\s+a\s*\])?(?:\s*\|)?", "source and time stamp"),
    # a picture's caption closed by its photographer's name in capitals in brackets: "Li
    # Ming inspects the port on May 3 (WANG FANG)"; the name is checked to be in pinyin
    # (`_CAPTION_BY`), so an acronym in brackets ("(NPC CPPCC)") is no photographer
    (r"\S.{19,400}\s\((?-i:\p{Lu}{2,}(?:\s\p{Lu}{2,}){1,2})\)", "photo caption and its photographer"),
    # a wire's section under its hash sign alone on its line: "#World News", "#Business"
    (r"#(?-i:\p{Lu}[\p{L}&'’]*(?:\s(?:&\s)?\p{Lu}[\p{L}&'’]*){0,3})", "section tag"),
    (r"(?:newspaper|print)\s+headline\s*[:：].{1,120}|posted\s+in\s*[:：]\s*\S.{0,60}|share\s+this\s+(?:with|on|to)(?:\s+close)?", "page label"),
    # the outlet and its section, the empty slots between their dashes: "Beijing Review - - Essay -"
    (r"(?-i:\p{Lu}[\p{L}'’.]*(?:\s\p{Lu}[\p{L}'’.]*){0,4})\s+-\s+-\s+(?-i:\p{Lu}[\p{L}'’.]*(?:\s[\p{L}'’.]+){0,3})\s*-?", "publication and section label"),
    # a side bar's heading: "Top 10", "Popular on Global Times", "Search Trends", "Off the wire",
    # "Key Words"; the outlet's mobile edition as a banner: "Global Times Mobile"
    (rf"top\s+(?:5|10|20)|(?:most\s+)?popular\s+(?:on|at|in)\s+{_NAME}|search\s+trends|trending\s+now|off\s+the\s+wire|key\s*words|(?:{_OUTLET})\s+(?:mobile|app)", "side bar heading"),
    # a stamp under its label in brackets, or the day the page was added: "Date:[2007-1-25
    # 14:33:48]", "Added On September 8, 2015"
    # a wire's stamp of the day and the minute without the year, over its story: "10 Mar, 09:59"
    (rf"\d{{1,2}}\s+{MONTH},?\s+{TIME}", "page timestamp"),
    (rf"{STAMP_LABEL}[\[【(]\s*{WHEN}(?:\s+{WHEN})?\s*[\]】)]|added\s+on\s*[:：]?\s*{WHEN}", "page timestamp"),
    # a caption under its label: "Caption: Li Ming speaks at the opening ceremony"
    (r"(?:photo\s+)?caption\s*[:：].{0,400}", "photo caption"),
    (_MARKED_CAPTION, "photo caption"),
    # a byline or a control may come first: "By Li Ming | China Daily | Updated: …", "By Li
    # Ming · 2017-05-12 · Source: | Web Exclusive" (a middle dot between fields, as a bar)
    (rf"[·\s]*(?:(?:print|share)\s*[|·]?\s*|by\s[^|·\n]{{1,40}}[|·]\s*)?(?:{_AGENCY}\s+{STAMP_LABEL}|{_GLUED_SOURCE}|\(\s*\p{{L}}[\p{{L}}\d. -]{{1,30}}\)\s*(?:(?-i:Updated|Published|Released?|Date|Time)\s*[:：]?\s*)?|[\[【]\s*|(?:\(?(?:{_AGENCY}|{_WIRE})(?:\)[\s|·]*|\s*[|·,]\s*|\s*))?(?:{STAMP_LABEL})?)"
     # the day, then the time under its label: "Mar. 10, 2015 - Updated 04:16 UTC"
     rf"{WHEN}(?:[\s,|·]+(?:-\s+)?(?:{STAMP_LABEL})?{WHEN})*\s*[\]】]?(?:[\s|·/]+(?:{_STAMP_TAIL})|{_GLUED_BYLINE})?(?:\s*[|·])?", "page timestamp"),
)  # fmt: skip
# The polars prefilter, one pattern per kind: one alternation of every pattern outgrows the
# Rust engine's size limit, and a few large ones take three times as long as these small ones
# (a line is chrome when it is wholly one kind or another, either way).
# Each kind also under a list's bullet: pages set their source, stamp and counters as a list
# ("• Source: …", "• 02/01/2024 17:00").
_ANY_CHROME = [f"(?i)^(?:{BULLET})?(?:{p})$" for p, why in _CHROME if why != "page timestamp"]
# The time stamp's pattern is the costliest of them to run, and every one of its dates and
# times (stamps.WHEN) has four digits in a row or a time's "9:30": the lines without either
# are left out before it runs.
_ANY_STAMP = [f"(?i)^(?:{BULLET})?(?:{p})$" for p, why in _CHROME if why == "page timestamp"]
_STAMP_DIGITS = r"\d{4}|\d:\d{2}"


@cache
def _chrome_patterns() -> list[tuple[regex.Pattern[str], str]]:
    """The chrome patterns compiled, on first use: most runs find no line to name a reason
    for, and compiling them costs a tenth of a second."""
    return [(regex.compile(f"(?:{BULLET})?(?:{p})", regex.IGNORECASE), why) for p, why in _CHROME]


# Page titles glue the site's name on with underscores or pipes: "Title_Site Daily_Site Net".
_BREADCRUMB = regex.compile(r"\S_\p{Lu}.*_\p{Lu}|\S\s+\|\s+\p{Lu}.*\|\s+\p{Lu}")
# A row of a table flattened into text: cells between pipes (Markdown tables are syntax).
_TABLE_ROW = r"\|.*\||[^|]+\|[^|]+\|.*"
_BRACKETED = regex.compile(r"\([^()]*\)")
# A site's name in capitals, run together, alone on its line: "VISITLIAONING".
_SITE_NAME = r"[A-Z]{9,}"


def glued_site_name(token: str) -> bool:
    """Whether a word in capitals is no English word but two or three run together
    ("SELECTSHANDONG", "INVESTINJINZHOU"), as sites set their name, one of them an everyday
    word of five letters or more; a heading in capitals ("ANNOUNCEMENT") is a word."""
    lower = token.lower()
    return zipf(lower) == 0 and _splits(lower, 3, need_common=True)


def _splits(rest: str, parts: int, need_common: bool) -> bool:
    if zipf(rest) > 0 and len(rest) >= 2 and (not need_common or _everyday(rest)):
        return True
    if parts == 1:
        return False
    for i in range(2, len(rest) - 1):
        head = rest[:i]
        if zipf(head) > 0 and _splits(rest[i:], parts - 1, need_common and not _everyday(head)):
            return True
    return False


def _everyday(word: str) -> bool:
    return len(word) >= 5 and zipf(word) >= 3


# A byline whose post after the name is an office, not an outlet: "By Wan Yong, Acting
# Mayor", "By Liu Hua, Ambassador of China to Kenya". The author of a work report, a speech or
# a signed article is part of the document, as its title is; a reporter signs with the
# outlet ("By Li Ming, China Daily") or nothing.
_AUTHOR_BYLINE = regex.compile(
    r"by\s+\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3}\s*,\s*(?:the\s+)?"
    r"(?:(?:acting|executive|vice|deputy|former|chinese)\s+)*"
    r"(?:mayor|governor|ambassador|minister|party\s+secretary|secretary|premier|president"
    r"|chairman|chairwoman|chairperson|consul[- ]general|director|head|commissioner)\b",
    regex.IGNORECASE,
)


def residue_reason(text: str, markdown: bool = False) -> str | None:
    """Why this paragraph looks like page furniture, or None."""
    stripped = text.strip()
    found = first_reason(_chrome_patterns(), stripped)
    if found == "byline" and (_NOT_A_NAME.match(stripped) or _AUTHOR_BYLINE.match(stripped)):
        found = first_reason([p for p in _chrome_patterns() if p[1] != "byline"], stripped)
    if found is not None:
        return found
    if _BREADCRUMB.search(stripped):
        return "page title with the site's name"
    # Pipes inside brackets separate links in a sentence ("… in the Morning Star (part 1 |
    # part 2 | part 3) – provides …"), not the cells of a row.
    if not markdown and regex.fullmatch(_TABLE_ROW, _BRACKETED.sub("", stripped)):
        return "table cells"
    if regex.fullmatch(_SITE_NAME, stripped) and glued_site_name(stripped):
        return "site name"
    if is_nav_bar(stripped):
        return "site menu bar"
    return None


@rule("R601", "web-residue", Severity.WARNING, Fix.UNSAFE)
def web_residue(ctx: Context) -> pl.DataFrame:
    """Web-page furniture copied into the article.

    ## What it does
    Finds paragraphs that are site chrome rather than article text: banners ("Breaking
    news", "banner", "The Official Website of … Municipal People's Government"), section
    links ("Most Viewed", "Top Stories", "Related News"), language notices ("The article is
    in Chinese") and language switches ("EN | 中文 | FR", "ENDEFR", "English 中文"), a site's
    name in capitals run together ("VISITLIAONING"), contact lines (an e-mail address alone,
    "Contact us at …", the site's e-mail and telephone in one line), font buttons
    ("fontLarger fontSmaller"), tag lists, next/previous links, comment, search and share widgets
    ("Your Comment", "No Result"), reprint notices, share, print and font controls and
    rows of them ("Print Close"), breadcrumb trails ("Home > Focus > News", "> Government >
    News", "News / Local / Dalian"), credit lines ("Editor: …", "Source: …", "Copyright ©
    …"), photo credits ("Photo by …", "[Photo/Xinhua]", "Photos taken by Li Ming", an
    image's file name, "port meeting.jpg"), credits under their label with a name after it
    ("Graphics: Global Times", "(Illustration: Li Ming/GT)", "Designer: Wang Fang"), an
    outlet's follow-us note with its web editor ("(For the latest China news, please follow
    … on Twitter and Facebook)(Web editor: …)"), a local paper's byline ("Anshan Daily
    reporter Li Ming", "Correspondent Li Ming"), page labels ("Newspaper headline: …",
    "Posted in: …", "Share this with Close", "Anshan Review - - Essay -"), a side bar's
    headings ("Top 10", "Popular on …", "Search Trends", "Off the wire", "Key Words", "Global
    Times Mobile"), photo captions (a name, a verb in
    the present tense and the day, as one sentence: "Li Ming inspects the port on May 3.";
    not one whose name stands in the article again with no credit: a caption of the
    article's own people is the article's; a caption in brackets alone on its line, "(Li
    Ming delivers a speech)", "(The scene of the meeting. Photo by Wang Fang / Anshan
    Daily)"; a short line in the past tense between paragraphs that the paragraph below
    says again, "Li Ming delivered a speech" over "Li Ming delivered a speech. He said …";
    a line that calls itself a caption, "Photo shows …", on a page with prose of its own),
    bare page timestamps ("2023-09-06 10:21", "Updated: …"; not the date under a report's,
    a notice's, a statement's or a press conference's title, under a speech's heading
    ("Speech by …", its speaker and post), over a speech's opening address
    ("Distinguished guests,", "Ladies and gentlemen:"), under a briefing transcript's
    "Date:" field, over a transcript's first speaker ("Li Ming:") or under a letter's
    signature, the writer's name alone on its line in a
    letter that opens "Dear …,"), table cells
    flattened into
    pipes (outside Markdown, where tables are syntax), page titles carrying the site's name
    ("…_Shenyang Daily Reading_News Center_Shenyang Net"), and any paragraph of three words
    or more repeated from earlier in the same document (a title pasted twice; not a
    speech's salutation said again at each part, "Ladies and Gentlemen,"). At the foot
    of a page, once the article has ended and a known footer line has begun the footer, the
    short lines after it are footer too ("Harbour View Hotel", "Info Special"). Only whole
    lines count: "Source:" inside a sentence is text, and so is a headline in the present
    tense (it carries no date and no full stop). Also a site's menu bar as one line of
    words ("Home Business Local Travel Photos": five section words or more, half the line,
    one of them a word no heading is made of), the site's own controls ("Make Us Your Home
    Page", "Site Search Advanced", "Choose your language", "Read in Chinese", "Email us",
    a bullet alone), a telephone number alone, a source note ("This article is from …"), a
    column's disclaimer ("The views expressed here do not necessarily reflect …"), a
    magazine's byline and issue ("By … | NO. 6 FEBRUARY 8, 2018"), a byline alone after the
    article's last paragraph (or a name in pinyin alone as the last line, bare or in
    brackets: "(Li Ming)"), and a block of four contact lines or more there ("Tel:",
    "Fax:", "Address:", "Email for … Application:") with the office's name above it; a
    link to the coverage after a paragraph's last sentence ("… [Special Coverage]"), and a
    copyright line without its sign ("Copyright … All Rights Reserved"), and a bulleted list
    of three headlines or more after the article ("- Port opens new route"), unless the
    article leads into it with a colon. Links to the previous or next article ("last text:",
    "> More"), a menu's separator alone ("|"), a forum link and its counter ("Go to Forum
    >>0 Comment(s)"), a button to send the page to a friend, a time stamp led by the site's
    name in brackets ("(Anshan Net) Updated: …") or set in brackets ("[2021-05-30 09:30]"),
    or written day first ("Last Updated on Monday, 17 January 2011"). In the page's title
    area, before the article's first sentence, beside other residue (or a line in Chinese)
    and a headline of its own: section labels ("City News", "Press Conference") and a form's
    empty fields ("Choose Type:", "Eyesight Protection:"). Between two paragraphs, a short
    line alone in a gap wider than the page's usual one: the caption of a picture the copy
    lost ("Li Ming with villagers in the orchard"); and right under the picture's file name
    alone on its line ("harbour2.jpg"), one short sentence in the present tense with prose
    below it ("The delegation visits the port."). Short widget lines no sentence is made
    of: a pager ("Previous 1 2 3 Next", "1 2 >"), a weather box ("6C / 11C", "Cloudy
    -3~5℃"), a footer's row of links ("About Us | Contact Us | Sitemap"), a photo's slug in
    capitals ("CHINA-DALIAN-PORT (CN)"), a place and a date stamped under a title
    ("Beijing | 2024-05-31"; a briefing's place and hour in words, "Beijing | 10 a.m. May
    31, 2024", tell when it was held and are left alone), a link to the page in another script ("Chinese
    Simplified"), the site's name or its app alone ("Xinhuanet", "App"), controls and font
    sizes written as words ("Print Mail Large Medium Small", "FB Twitter"), and the lead-in
    to other stories' headlines ("We recommend:", "See also"), the headlines under it being
    the page's footer. Within a line: a date glued to the end of a headline ("… Port
    Opening 2018-07-26") and a credit run into the last sentence ("… this year.Source: …").
    Also a caption that places the people in the picture ("Li Ming (C) visits …", "(2nd R,
    front)"), a credit of who reported, wrote or edited ("Reporting by …; Translated by …",
    "Write: …"), a source line naming a website ("From the Website of …"), a two-part trail
    under a double arrow ("English>>China Politics") and a dated line naming the outlet
    ("Jun 22, 2022 Liaoning Daily") or the site and then the date ("anshan.cn 2016-03-27
    10:54 |"). Any of these under a list's bullet ("• Source: …",
    "• 02/01/2024 17:00"), and a number alone under one: a slide show's frame or a counter
    ("• 001", "• 5093"); a page's counters ("1640 views World news 0", "Views: 2,315"), an
    image's file name ("640.webp (3).jpg"), a stamp labelled "Release date:", a story's
    credit ("Story by …"), an outlet's edition switch ("Global Edition ASIA 中文 Français")
    and an embedded video's player ("Video PlayerClose"), its prompt and its links ("Click
    on the video", "Watch fullscreen", "Browse more videos"), and a section's "more" link
    alone ("more", "Read more"). Short lines with no other tell: a
    blog's date line ("Friday, April 28, 2025"), a reshared post's account, minute and
    province ("Invest Anshan 2025-03-24 20:18 Published in Liaoning"), a byline ("By Li
    Ming", "By Li Ming, People's Daily", "Li Ming, Xinhua", "By Reuters", "By Li Ming and
    Wang Fang in Beijing"; not "By The Numbers", nor an author and the office after the
    name, "By Wan Yong, Acting Mayor", who signs a work report, a speech or an article as
    part of it), a mobile
    number ("138 0411 2345"), a single footer link ("Site Map", "Privacy Policy"), a counter
    before the date ("View: 103 Date: 2025-11-01"), a credit in brackets ("(Source: …)"),
    the site's greeting ("Welcome to … Website!"), an advertisement's placeholder
    ("- Advertisement -"), a transcript's note ("NB: This may not be a word-for-word
    transcript."), a date with the month hyphened and a control glued on
    ("Posted: March-08-2021Adjust font size:"), and the page's buttons glued to the
    article's first word ("Print PrintAnshan opened …"). A credit in brackets after a
    paragraph's last sentence ("… 3,000 jobs. (Source: Jinzhou Daily)", "[Reporter: …
    Editor: …]", "(By Li Wen)"), a byline glued to the date or the headline ("2024-05-06By
    Li Wen", "… logistics parkBy Li Wen"), a handout credit alone in brackets ("(Photo
    provided to …)"), a paid story's label ("Advertorial") and the comment box's heading
    ("Latest comments", "Comments"), a comment counter run into the buttons and the source
    ("0 Comment(s)Print E-mail Xinhua, March 12, 2015"), a content system's field
    ("inputtime: 2021-04-02 10:15:47"), a wire's writers ("by Xinhua writers Zhao Lin and
    Qian Wei"), a picture's credit ("Credit: Wikimedia Commons"), a wire's photo slug
    ("CHINA-LIAONING-DALIAN-FORUM-OPENING (CN)"), and markup the scrape kept (a line of HTML
    tags only, an empty Markdown image "![]() |"); a byline with the outlet in brackets and the stamp ("By Li Wen
    (Jinzhou Daily) Updated: …") or a blog's "by admin", a wire service or a site's name as
    the source line ("PR Newswire", "jzdaily.com – Jinzhou Headlines"), a link to the
    original page ("See the original link: https://…"), a stamp with its time zone ("14 Nov
    2023, 07:01 GMT+10") and a text-size control glued to the date. Also a related-stories
    label ("Relevant articles"), a caption under its label ("Caption: …"), a template's
    empty label ("Product Description:"), "KEY WORDS:", an outlet's invitation to browse it
    ("EXPLORE XINHUANET"), a tracking number of sixteen digits or more, a press-release
    service's fields ("Country for PR: China"), a menu's items a line each with the hyphen
    glued on ("-Investment Guide"), a two-part trail under one arrow or a backslash ("Daily
    Online> Life", "World\\Asia"), a trail from "index >", a stamp with the hour between the
    day and the year ("October 12 20:05 2018"), "Adjust font size:", and a credit of names
    run into the last sentence ("… on June 16. Edited by Li Ming and Wang Fang").
    Also the agency's source line and time stamp glued to the dateline ("Xinhua| 2024-05-06
    10:12:33DALIAN, May 6 …"), the outlet glued to the time stamp ("chinadaily2021-03-12 09:15:20"), the agency
    glued to the writer's name ("XinhuaLi Ming"), the page's address alone on its line
    ("dalian.chinadaily.com.cn/news"), what is left of a link's tag whose opening the copy
    cut ("… the dalian.com target=_blank >Dalian Municipal …"), and, in the title area, the
    site owner's name in capitals ("MINISTRY OF COMMERCE", "THE PEOPLE'S REPUBLIC OF
    CHINA") and the link to the mobile edition ("Mobile"). After a related-links label
    ("Related News", glued or not to a form field before it), the other stories' headlines
    and their teasers to the end of the page, when every line there is a headline or the
    teaser under one.
    Also a byline with the outlet in spaced brackets ("By Li Wen ( Jinzhou Daily )") or its
    bracket left open before the stamp ("By Li Wen ( Updated: …"), a font control alone
    ("Font size"), the link to the mobile edition ("Mobile version of www…"), a menu's or a
    logo's label left by its image ("Navigator", "logo"), lines of question marks a menu's
    icons became ("???") or of "¡¡" (a full-width space read in the wrong code page), a
    press-release distributor's banner ("… by Media-OutReach"), a stamp in brackets under
    its label ("Date:[2012-3-8 10:02:11]"), "Added On <date>", the agency and a comma before
    the stamp ("Xinhua, March 3, 2016 Adjust font size:"), an editor's credit in square
    brackets ("[ Editor: ZHY ]") and a request to credit a source whose link the copy lost
    ("Please refer to when using this article").
    Also a byline with the place written from ("By LI Ming in Dalian"), a button naming
    what it acts on ("Share this article", "Print this page"), a row of buttons in brackets
    ("[ Print ]  [ Close ]") and a credit with the form's colon ("Written by: Li Ming").
    Also a link to another story under its label ("READ MORE: …", "Related: …", "ALSO READ |
    …"), the page's
    fields in one row ("Posted by: … Release time: … Browse: 312"), "The next article: …",
    a reporter's credit in a bracket left open ("(Reported by Li Ming"), a date glued to the
    first word of a teaser ("2015-06-04The mayor …"), the page's date glued to the end of
    the lead ("… on Tuesday.  April 16, 2024") and a wire service's end mark after
    the last sentence ("… on all fronts. Enditem").
    Also a site's menu as a block of four short capitalised item lines or more ("Current
    Issue", "· Back Numbers", "Join Us Now >>") wholly before the article's first paragraph
    or after its last, a comment form's lines ("No comments.", "Add your comments...",
    "Enter the words you see:") and its moderation notice, an outlet's invitation to its
    accounts or its app, a byline carrying the writer's e-mail address, and the outlet's
    name alone as the page's first line, its masthead.
    Also (session 24) a reporter's credit in brackets after the dateline that opens the
    story, the story glued to it ("Jinzhou Daily, May 6 (Reporter Li Ming) On the morning
    …", "(Li Ming, Jinzhou Daily reporter)On May 5 …"; a bracket of names and the credit's
    words only, so "In 2023 (reporters counted 300 ships) Jinzhou …" is prose), an
    illustrator's credit with the outlet after a slash ("LI MING/FOR CHINA DAILY"), a
    related-stories list whose headlines open with a figure ("- 3 dead after storm …") and
    a short line above the headline, one or two words with no figure or stop ("LINE",
    "Politics" over the headline and its stamp); a document's part ("Part II",
    "Foreword") and a report's title block are the document's.
    Another story's headline and its one-sentence teaser as the page's last two lines,
    after an article of three paragraphs or more with no sub-heading of its own, are
    residue; a last section whose sentence leans on the article ("He said …") is not.
    A speaker's line under a speech's title ("By Mr. Li Ming" under "Speech at the …
    Conference") is the speech's title block, not a byline, and a note's label over the
    first paragraph ("Editor's Note:", "Foreword:") opens the article, not a form.
    An article's own sub-heading naming its subject ("Overview of Dalian City") between the
    headline and the first paragraph is the article's, not a section label; so is a body's
    own e-mail or web address among its other contact fields (a telephone, a postal address)
    under a notice, unless other residue stands beside it.
    Also (session 25) a site's cookie notice, its heading and its buttons ("Our Privacy
    Statement & Cookie Policy", "By continuing to browse our site you agree to our use of
    cookies …", "Accept all cookies", and a button within three lines of it, "I agree"),
    a story's reading time ("6 Min Read"), a time stamp
    in milliseconds ("1590566197000"), a template's unfilled fields ("{{item.title}}"), a
    picture's controls ("View Original Image", "Click to enlarge"), "Original link:" with its
    link lost, the site's reservation of its content ("Without written authorization from
    …, such content shall not be republished …"), a line of three or four words as the
    page's first line over the headline and its stamp ("Knowing All about Hunan"; a
    headline may open with a year, "2023 Investment Fair Opens").
    Also (session 26) a line said twice in a row, however short: a section's tab over its
    heading ("Department Profile" twice), a byline in its box and under the photo, an
    image's label and its alt text; both copies are the page's (but for the page's first two
    lines, where the second is its title; not a schedule's short fields, a speech's address
    said again or a short utterance two speakers each make). The outlet glued to a time
    stamp with a credit's field after it ("2024-05-06 10:21Anshan Daily Editor: Li Ming").
    Also (session 28) a bare figure alone on its line beside the time stamp: the page's
    counter of comments or shares ("3" over "2024-05-06 10:21Anshan Daily Editor: …").
    Also (session 30) the page's date under its label, no colon, before the headline on the
    headline's line ("date 2024-05-06 Port opens …"; a notice's "Date: …" field is left),
    and a handout's credit in brackets whose outlet the copy lost or gives after "for"
    ("[Video provided to]", "[Photo provided for anshan.gov.cn]"); the section's name over
    the breadcrumb that ends with it ("New Initiatives" over "Home >> New Initiatives"),
    when the article's own headline follows the trail; a template's field for the current
    page with its trail cut after "Home" ("curpage: Home |").
    Also (session 32) a newspaper's page alone or after the issue's date ("Page B3", "Sat,
    Feb 06, 2016 - Page 6"), a file photo's credit alone ("TAIPEI TIMES FILE PHOTO"), a
    breadcrumb copied a part a line ("Home", ">>"), "Special Reports", and a blog theme's
    comment prompts ("Please enter your comment!", "Please enter your name here"); one
    button alone on its line ("Facebook", "Download", "Read Comments", "SEND TO FRIEND").
    A byline is a credit and reported, as editors of scraped pages mark it ("By Li Ming",
    "By Li Ming | China Daily"); the writer's name alone over the writer's post
    ("Li Ming" over "Beijing Correspondent, …") is no label over the page's headline.
    So is a headline in title case with an article inside ("Relocating Into a Better Life")
    under a menu, and of a headline said twice, the copy over the byline ("Reuters Staff")
    is the article's and the other, in the site's header, is reported.
    Also (session 33) "learn more" alone, a wire's section tag ("#World News"), a credit in
    brackets naming the translator after the paragraph's last sentence ("(By the Municipal
    Bureau of Commerce, translated by …, edited by …)"), a trail run together at the page's
    top that says a word twice ("Huai'an China Government Government Bulletin"), and a
    photo gallery's captions: a line saying again one sentence of an earlier line ("•
    Weihai Mayor Li Ming"), and that earlier line when two of its sentences come back so
    (where prose that says none of them stands between the lines saying them again, those
    are the article's paragraphs, and the earlier line, its opening run together, is
    reported alone);
    the page's source and the day it was added ("From: … | Date Add in: …"), and a caption
    closed by its photographer's name in pinyin, in capitals in brackets ("… on May 3
    (WANG FANG)").
    Also (session 35) a stamp with its clock time and zone, under its label or a wire's
    name ("Updated 10:11 PM EDT, Fri October 21, 2022", "Reuters October 28, 2019 06:10:22
    IST", "Mar. 10, 2015 - Updated 04:16 UTC").
    The writer's name alone between the headline and the first sentence, or over the
    writer's post ("Calum MacLeod", "Yang Danxu" over "Beijing Correspondent, Lianhe
    Zaobao"; a person's name by its words, not a section's, a place's or an outlet's; not a
    report's speaker in its title block), and the writer's post alone ("Staff Writer").
    A live page's post byline ("From CNN's Li Ming in Beijing"), its counter and its
    summary's heading ("5 Posts", "What we're covering here"), a paywall's offer and
    prompts ("Sale: As low as 99¢ for your first month", "Subscribe to keep reading."), and
    the site and the writer in brackets after the text ("… (hubei.gov.cn by Li Ming)").

    ## Why is this bad?
    Residue is published as if it were part of the translation, and it pollutes word counts,
    term statistics and machine-translation training data built from the articles.

    ## Example
    ```text
    Breaking news

    Concentrating on projects_Shenyang Daily Reading_News Center_Shenyang Net
    ```

    ## Use instead
    ```text
    Concentrating on projects and taking multiple measures to expand investment
    ```

    ## Fix safety
    Unsafe: deleting the paragraph is suggested; a person checks it is not article text.
    """
    rows = new_rows()
    markdown = {i for i, d in enumerate(ctx.corpus.docs) if d.fmt == "markdown"}
    # Columnar passes: polars selects the lines that look like chrome and the paragraphs
    # repeated; Python only names the reason for the few rows selected. Chrome is judged
    # line by line, as pages lay it out: a lower-case "banner" line would otherwise be
    # joined to the line above as a hard-wrapped paragraph.
    stripped = pl.col("text").str.strip_chars()
    # Each distinct line once: a translation memory repeats its units.
    values = ctx.corpus.lines.select("text").unique()
    # Each pattern over the column in turn (see contains_any), not in one expression.
    bare = values["text"].str.strip_chars()
    furniture = (
        contains_any(bare, _ANY_CHROME)
        | values["text"].str.contains(_BREADCRUMB.pattern)
        | bare.str.contains(f"^(?:{_TABLE_ROW})$")
        | bare.str.contains(f"^{_SITE_NAME}$")
    )
    dated = values.filter(bare.str.contains(_STAMP_DIGITS))
    stamps = dated.filter(contains_any(dated["text"].str.strip_chars(), _ANY_STAMP))
    chrome_texts = pl.concat([values.filter(furniture), stamps, nav_bars(values)])["text"]
    chrome = ctx.corpus.lines.filter(pl.col("text").is_in(chrome_texts.implode())).sort(
        "doc", "line"
    )
    reported: set[tuple[int, int]] = set()
    # A news agency's own copy (its dateline, byline or credit) heads a story from another
    # source with that source's name: "… -Xinhua" on a Reuters page is its headline. On any
    # other page "Headline - China Daily" at the top is the site's title.
    wire = wire_docs(ctx)
    residue_lines: list[tuple[int, int]] = []
    credit_lines: list[tuple[int, int]] = []
    notice_lines: list[tuple[int, int]] = []
    crumb_lines: list[tuple[int, int]] = []
    for doc, line, text, line_start in chrome.select("doc", "line", "text", "start").iter_rows():
        reason = residue_reason(text, doc in markdown)
        if reason is None:
            continue  # a Markdown table row
        if (
            reason in ("contact line", "source line")
            and _OWN_ADDRESS.fullmatch(text.strip())
            and _in_contact_block(ctx.corpus.lines, doc, line)
        ):
            continue  # the body's own address among its contact fields: the article's
        if _LONG_DATE.match(text.strip()) and (
            _in_title_block(ctx.corpus.lines, doc, line)
            or _in_briefing_header(ctx.corpus.lines, doc, line)
            or _under_signature(ctx.corpus.lines, doc, line)
            or _over_speaker(ctx.corpus.lines, doc, line)
        ):
            continue  # the date a report was delivered, part of its title block
        if reason == "tag list" and _under_abstract(ctx.corpus.lines, doc, line):
            continue  # a paper's "Keywords:" under its "Abstract:": the paper's own
        if reason in _ROW_REASONS and _in_data_table(ctx.corpus.lines, doc, line):
            continue  # a row of the article's own table of figures, flattened into pipes
        if reason == "photo caption" and _own_caption(ctx.corpus.docs[doc].text, text):
            continue  # a caption of the article's own people, no credit: the article's
        if reason == "photo caption and its photographer" and not _photographer(text):
            continue  # the capitals in brackets are no name in pinyin
        if reason == "byline" and _under_speech_title(ctx.corpus.lines, doc, line):
            continue  # the speaker under a speech's title ("By Mr. Li Ming"): its title block
        if (
            reason == "page title with the site's name"
            and doc in wire
            and _credited_headline(ctx.corpus.lines, doc, line, text, residue_lines)
        ):
            continue  # "… on graft charges -Xinhua": a wire story's headline, crediting its source
        residue_lines.append((doc, line))
        if reason == "photo credit":
            credit_lines.append((doc, line))
        if reason == "cookie notice":
            notice_lines.append((doc, line))
        if reason == "breadcrumb trail":
            crumb_lines.append((doc, line))
        _report_line(rows, reported, doc, text, line_start, reason)
    residue = pl.DataFrame(residue_lines, schema=["doc", "line"], orient="row").cast(
        {"doc": pl.UInt32, "line": pl.UInt32}
    )
    titles = crumb_titles(ctx.corpus.lines.filter(~pl.col("doc").is_in(ctx.unit_docs)), crumb_lines)
    residue = _report_pass(
        rows, reported, residue, titles, "the section's name over its breadcrumb"
    )
    crumbs = _run_together_crumbs(ctx.corpus.lines.filter(~pl.col("doc").is_in(ctx.unit_docs)))
    residue = _report_pass(
        rows, reported, residue, crumbs, "breadcrumb trail whose separators the copy lost"
    )
    placed = residue_by_position(ctx.corpus.lines, residue)
    for doc, text, line_start, reason in placed.select(
        "doc", "text", "start", "reason"
    ).iter_rows():
        _report_line(rows, reported, doc, text, line_start, reason)
    residue = pl.concat([residue, placed.select("doc", "line")])
    page_lines = ctx.corpus.lines.filter(~pl.col("doc").is_in(ctx.unit_docs))
    labels = head_labels(page_lines, residue)
    for doc, text, line_start, reason in labels.select(
        "doc", "text", "start", "reason"
    ).iter_rows():
        _report_line(rows, reported, doc, text, line_start, reason)
    residue = pl.concat([residue, labels.select("doc", "line")])
    bylines = foot_bylines(page_lines, residue)
    residue = _report_pass(rows, reported, residue, bylines, "byline after the article")
    named = stamp_names(page_lines, residue)
    residue = _report_pass(rows, reported, residue, named, "byline beside the time stamp")
    counters = stamp_counters(page_lines, residue)
    residue = _report_pass(rows, reported, residue, counters, "counter beside the time stamp")
    # A picture's credit starts no footer: the picture stands in the article, and its
    # caption and the article's own notes ("Venue: …") may follow it.
    credits = pl.DataFrame(credit_lines, schema=["doc", "line"], orient="row").cast(
        {"doc": pl.UInt32, "line": pl.UInt32}
    )
    footer = footer_lines(page_lines, residue.join(credits, on=["doc", "line"], how="anti"))
    for doc, _line, text, line_start in footer.iter_rows():
        _report_line(rows, reported, doc, text, line_start, "page footer")
    residue = pl.concat([residue, footer.select("doc", "line")])
    menus = menu_blocks(page_lines, residue)
    for doc, _line, text, line_start in menus.iter_rows():
        _report_line(rows, reported, doc, text, line_start, "menu block at the page's edge")
    heads = mastheads(page_lines, _OUTLET)
    for doc, _line, text, line_start in heads.iter_rows():
        _report_line(rows, reported, doc, text, line_start, "the outlet's masthead over the page")
    menus = pl.concat([menus, heads])
    residue = pl.concat([residue, menus.select("doc", "line")])
    # after the menus: a menu's block is told by its items, these lines among them
    above = above_headline(page_lines, residue)
    residue = _report_pass(rows, reported, residue, above, "site label above the headline")
    writers = head_bylines(page_lines, residue)
    residue = _report_pass(
        rows, reported, residue, writers, "the writer's name alone in the page's head"
    )
    notices = pl.DataFrame(notice_lines, schema=["doc", "line"], orient="row").cast(
        {"doc": pl.UInt32, "line": pl.UInt32}
    )
    buttons = notice_buttons(page_lines, notices)
    residue = _report_pass(rows, reported, residue, buttons, "a cookie notice's button")
    related = related_blocks(page_lines, residue)
    for doc, _line, text, line_start in related.iter_rows():
        _report_line(
            rows, reported, doc, text, line_start, "other stories after a related-links label"
        )
    teasers = tail_teasers(page_lines, pl.concat([residue, related.select("doc", "line")]))
    for doc, _line, text, line_start in teasers.iter_rows():
        _report_line(rows, reported, doc, text, line_start, "another story's headline and teaser")
    captions = picture_captions(page_lines, residue)
    for doc, _line, text, line_start in captions.iter_rows():
        _report_line(rows, reported, doc, text, line_start, "photo caption where the picture was")
    captions = captions_under_images(page_lines, residue)
    for doc, _line, text, line_start in captions.iter_rows():
        _report_line(
            rows, reported, doc, text, line_start, "photo caption under its picture's file name"
        )
    captions = echoed_captions(page_lines, residue)
    for doc, _line, text, line_start in captions.iter_rows():
        _report_line(
            rows, reported, doc, text, line_start, "photo caption said again by the paragraph below"
        )
    for doc, _line, text, line_start in photo_lines(page_lines, residue).iter_rows():
        _report_line(rows, reported, doc, text, line_start, "photo caption in the story")
    for doc, _line, text, line_start in present_captions(page_lines, residue).iter_rows():
        _report_line(
            rows, reported, doc, text, line_start, "photo caption in the present inside the story"
        )
    for doc, _line, text, line_start in restated_summaries(page_lines, residue).iter_rows():
        _report_line(
            rows, reported, doc, text, line_start, "the page's summary, which the lead says again"
        )
    for doc, base, text in candidate_rows(ctx.corpus.lines, "text", GLUED_PREFILTER):
        if residue_reason(text, doc in markdown) is not None:
            continue  # the whole line is furniture, reported above
        for start, end, reason in glued_residue(text):
            add_row(rows, doc, base + start, base + end, _message(reason), "")
    for doc, _line, text, line_start, reason in repeated_captions(page_lines).iter_rows():
        _report_line(rows, reported, doc, text, line_start, reason)
    twins = twin_lines(page_lines)
    for doc, _line, text, line_start in twins.iter_rows():
        _report_line(rows, reported, doc, text, line_start, "a line said twice in a row")
    norm = stripped.str.to_lowercase().str.replace_all(r"\s+", " ")
    # Units of a translation memory repeat as a matter of course: only pages are compared.
    repeats = (
        ctx.corpus.paragraphs.filter(~pl.col("doc").is_in(ctx.unit_docs))
        .with_columns(norm=norm)
        .with_columns(
            first=pl.col("para").min().over("doc", "norm"),
            words=pl.col("norm").str.count_matches(r"\S+"),
        )
        .filter((pl.col("para") != pl.col("first")) & (pl.col("words") >= 3))
        # A schedule repeats its field lines ("Time: October 1-7" under each event): a short
        # "label: value" line said twice is the page's layout, not a pasted paragraph.
        .filter(~(pl.col("norm").str.contains(r"^\p{L}[\p{L} ]{0,19}: ") & (pl.col("words") <= 8)))
        # A speech greets its hearers again at each part ("Ladies and Gentlemen,"): a short
        # line that ends in a comma or a colon is an address, not a pasted paragraph.
        .filter(~(pl.col("norm").str.contains(r"[,:]$") & (pl.col("words") <= 5)))
        .sort("doc", "para")
    )
    titled = _headlines_over_bylines(ctx.corpus.paragraphs, repeats)
    for doc, para, start, end, first in repeats.select(
        "doc", "para", "start", "end", "first"
    ).iter_rows():
        if (doc, para) in titled:
            # the later copy is the article's headline over its byline; the first is the
            # page's title said in the site's header above it
            first_start, first_end = titled[(doc, para)]
            if (doc, first_start) not in reported:
                reported.add((doc, first_start))
                add_row(
                    rows,
                    doc,
                    first_start,
                    first_end,
                    _message(
                        f"the headline said again in the page's header, see paragraph {para + 1}"
                    ),
                    "",
                )
            continue
        if (doc, start) not in reported:
            add_row(rows, doc, start, end, _message(f"repeats paragraph {first + 1}"), "")
    return output(rows)


# A trail whose separators the copy lost, the site's name and its sections run together in
# title case, one word said twice where two parts meet: "Huai'an China Government
# Government Bulletin" ("Huai'an China Government > Government Bulletin"). A headline does
# not say a word twice in a row.
_RUN_TOGETHER_CRUMB = regex.compile(
    r"(?:\p{Lu}[\p{L}'’]*\s+){0,5}(\p{Lu}\p{L}+)\s+\1(?:\s+\p{Lu}[\p{L}'’]*){0,4}"
)


def _run_together_crumbs(lines: pl.DataFrame) -> pl.DataFrame:
    """(doc, line, text, start) of each page's first non-blank line when it is a trail whose
    separators the copy lost (`_RUN_TOGETHER_CRUMB`)."""
    first = (
        lines.filter(pl.col("text").str.strip_chars() != "")
        .sort("doc", "line")
        .group_by("doc", maintain_order=True)
        .first()
    )
    keep = [_RUN_TOGETHER_CRUMB.fullmatch(t.strip()) is not None for t in first["text"]]
    return first.filter(pl.Series(keep, dtype=pl.Boolean)).select("doc", "line", "text", "start")


# What stands under an article's headline and no other line: its writer or the wire that
# wrote it ("By Li Ming", "Reuters Staff").
_BYLINE_REASONS = ("byline", "outlet's name alone")
_STAMP_REASONS = (*_BYLINE_REASONS, "page timestamp")
# A line this long between two copies of a headline is the article's text, not the page's head.
_ARTICLE_WORDS = 20


def _headlines_over_bylines(
    paragraphs: pl.DataFrame, repeats: pl.DataFrame
) -> dict[tuple[int, int], tuple[int, int]]:
    """The repeated paragraphs (doc, para) that are the article's headline, each with the
    (start, end) of its first copy: the later copy stands over a byline ("Reuters Staff")
    and the first does not. A wire's page prints the headline in its header and again over
    the story; the header's copy is the page's."""
    if repeats.is_empty():
        return {}
    docs = repeats["doc"].unique().implode()
    texts = {
        (doc, para): (text, start, end)
        for doc, para, text, start, end in paragraphs.filter(pl.col("doc").is_in(docs))
        .select("doc", "para", "text", "start", "end")
        .iter_rows()
    }

    def over_byline(doc: int, para: int, reasons: tuple[str, ...] = _BYLINE_REASONS) -> bool:
        below = texts.get((doc, para + 1))
        return below is not None and residue_reason(below[0]) in reasons

    def head_of_page(doc: int, first: int, para: int) -> bool:
        """No paragraph of the article between the two copies: both stand in the page's
        head (a copy lower down, under the story, is a related link's)."""
        return all(
            len(texts[(doc, p)][0].split()) < _ARTICLE_WORDS
            for p in range(first + 1, para)
            if (doc, p) in texts
        )

    found: dict[tuple[int, int], tuple[int, int]] = {}
    for doc, para, first in repeats.select("doc", "para", "first").iter_rows():
        # A newspaper's page sets the headline over its date line ("Updated: 2012-03-09
        # 08:03") and the byline under it, with the page's title above: there too the
        # copy over the date is the article's, the first copy the page's.
        stamped = (
            over_byline(doc, para, _STAMP_REASONS)
            and not over_byline(doc, first, _STAMP_REASONS)
            and head_of_page(doc, first, para)
        )
        if (over_byline(doc, para) or stamped) and not over_byline(doc, first):
            _text, start, end = texts[(doc, first)]
            found[(doc, para)] = (start, end)
    return found


# A date written out alone on a line ("January 25, 2019", "25 January 2019"), and the lines of a report's or a
# briefing's title block around it ("Delivered at the Fifth Session of the …", "Report on the Work of …").
_MONTH_NAME = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?)"
)
_LONG_DATE = regex.compile(rf"{_MONTH_NAME} \d{{1,2}}, \d{{4}}|\d{{1,2}} {_MONTH_NAME} \d{{4}}")


def _credited_headline(
    lines: pl.DataFrame, doc: int, line: int, text: str, residue: list[tuple[int, int]]
) -> bool:
    """Whether `text`, on a news agency's own copy, is the page's headline crediting its
    source after a spaced dash ("… on graft charges -Xinhua", as Reuters heads a story from
    Xinhua): the first line of the
    page under any residue or a site's short label ("All news"), with no copy of the headline bare on the page (which would make
    this line the page's title) and said here first (a repeat lower down is residue)."""
    credit = headline_credit(text)
    if credit is None:
        return False
    headline = text[: credit.start()].strip()
    page = lines.filter(pl.col("doc") == doc).select("line", "text").rows()
    seen = {(d, n) for d, n in residue if d == doc}
    for number, other in page:
        bare = other.strip()
        if number == line:
            continue
        if bare == headline or (
            number < line
            and bare
            and (doc, number) not in seen
            and not _SHORT_LABEL.fullmatch(bare)
        ):
            return False  # the bare headline elsewhere, or text above: a title, not the head
    return True


# A site's label over a wire story's headline, not yet reported when the headline is read:
# one to three words with no stop ("All news", "World", "Top stories").
_SHORT_LABEL = regex.compile(r"\p{Lu}[\p{L}&'’]*(?: [\p{L}&'’]+){0,2}")


def _in_title_block(lines: pl.DataFrame, doc: int, line: int) -> bool:
    """Whether the nearest non-blank line before or after `line` belongs to a report's
    title block, or the line after it opens a speech ("Distinguished guests,")."""
    near = lines.filter(
        (pl.col("doc") == doc)
        & pl.col("line").is_between(line - 8, line + 4)
        & (pl.col("line") != line)
        & (pl.col("text").str.strip_chars() != "")
    ).sort("line")
    above = near.filter(pl.col("line") < line)
    before = above.tail(1)["text"].to_list()
    after = near.filter(pl.col("line") > line).head(1)["text"].to_list()
    if any(_SALUTATION.match(t.strip()) for t in after):
        return True  # the day a speech was given, over its opening address
    if any(_SPEECH_TITLE.search(t.strip()) for t in above.tail(3)["text"].to_list()):
        return True  # a speech's heading: its title, the speaker, the post, then the day
    if any(_DOCUMENT_TITLE.search(t.strip()) for t in before):
        return True  # the date under a notice's, a statement's or a briefing's title
    return any(TITLE_BLOCK_RE.search(t.strip()) for t in before + after)


# The people a caption names first: "Li Ming, mayor of …, inspects …" -> "Li Ming".
_CAPTION_NAME = regex.compile(r"\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+){1,3}(?=,|\s\p{Ll})")
_CAPTION_RE = regex.compile(_CAPTION)


def _own_caption(doc_text: str, text: str) -> bool:
    """Whether a caption without a credit ("Li Ming, mayor of …, inspects … on May 3.")
    shows the article's own people: the name it opens with stands in the text again. A
    caption of someone the article never names is another story's, left on the page."""
    content = text.strip()
    if not _CAPTION_RE.fullmatch(content):
        return False  # a caption under its label, or one marking positions: the page's
    name = _CAPTION_NAME.match(content)
    return name is not None and doc_text.count(name.group()) >= 2


def _under_speech_title(lines: pl.DataFrame, doc: int, line: int) -> bool:
    """Whether a speech's title ("Speech at the … Conference") stands in the three
    non-blank lines above `line`: the "By …" under it names the speaker, not a writer."""
    above = _texts_above(lines, doc, line, line - 8)[-3:]
    return any(_SPEECH_TITLE.search(text) for text in above)


# The photographer's name closing a caption, in capitals and in pinyin: "(WANG FANG)".
_CAPTION_BY = regex.compile(
    r"\((\p{Lu}{2,})\s\p{Lu}{2,}(?:\s\p{Lu}{2,})?\)\s*$",
)


def _photographer(text: str) -> bool:
    """Whether `text` closes with a photographer's name in pinyin, in capitals in brackets."""
    found = _CAPTION_BY.search(text)
    return found is not None and found.group(1).capitalize() in pinyin_surnames()


# A letter's signature: its writer's name alone on a line ("Li Ming"), the date it was
# written under it. The letter opens with an address ("Dear young friends,").
_SIGNATURE = regex.compile(r"\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){1,2}")


def _under_signature(lines: pl.DataFrame, doc: int, line: int) -> bool:
    """Whether `line` stands under a letter's signature: the nearest non-blank line above
    is a name alone, and a line above it opens the letter with an address."""
    above = _texts_above(lines, doc, line, 0)
    if not above or not _SIGNATURE.fullmatch(above[-1]):
        return False
    return any(_SALUTATION.match(text) for text in above[:-1])


# The title of a document that carries its own date under it: a notice, an announcement, a
# statement, a press conference's transcript, or the line naming who issued it ("Released by
# the Foreign Affairs Office"). A title: capitalised, no full stop at its end.
_DOCUMENT_TITLE = regex.compile(
    r"^(?:(?:Released|Issued|Published) by\b.*"
    r"|(?=\p{Lu}).*\b(?:Announcement|Notice|Circular|Statement|Communiqu[ée]|Press Conference"
    r"|Briefing|Bulletin|Proclamation)\b.*)(?<![.!?])$"
)


# The opening address of a speech ("Distinguished guests,", "Dear friends,", "Your
# Excellency Mr. Li,"): a date written out just above it is the day the speech was given.
_SALUTATION = regex.compile(
    r"(?:Distinguished|Dear|Honou?rable|Respected|(?:Your )?Excellenc(?:y|ies)|Ladies\b|H\.E\.)"
    r"[^.!?]{0,100}[,:]$"
)
# The title of a speech, over its speaker, post and date ("Speech by …", "Remarks at …",
# "Keynote Speech at the Opening Ceremony of …"): that date is the speech's own.
_SPEECH_TITLE = regex.compile(
    r"^(?:(?:Keynote |Opening |Closing )?(?:Speech|Remarks|Address|Toast)\b"
    r"|.*\b(?:Speech|Remarks|Address) (?:by|at|on|to)\b)[^.!?]*$"
)


# A press conference's transcript opens with fields, each label on a line of its own:
# "Speakers:", "Chairperson:", "Date:" — the date under "Date:" is the briefing's, not the page's.
_BRIEFING_LABEL = regex.compile(r"(?:Speakers?|Chairperson|Moderator|Host|Spokesperson)\s*[:：]?")
_DATE_LABEL = regex.compile(r"Date\s*[:：]")


def _in_briefing_header(lines: pl.DataFrame, doc: int, line: int) -> bool:
    """Whether `line` stands under a "Date:" field of a transcript header, the header's
    other fields ("Speakers:", "Chairperson:") standing in the ten lines above."""
    above = _texts_above(lines, doc, line, line - 12)
    if not above or not _DATE_LABEL.fullmatch(above[-1]):
        return False
    return any(_BRIEFING_LABEL.fullmatch(text) for text in above[:-1])


# A paper's abstract under its label: "Abstract: In the past four years, …".
_ABSTRACT = regex.compile(r"(?i:abstract|summary)\s*[:：]\s*\S.{40,}")


def _under_abstract(lines: pl.DataFrame, doc: int, line: int) -> bool:
    """Whether the nearest non-blank line above `line` is a paper's abstract under its label:
    the "Keywords:" line that follows it is the paper's, not a site's tag list."""
    above = _texts_above(lines, doc, line, line - 4)
    return bool(above) and bool(_ABSTRACT.fullmatch(above[-1]))


# A transcript's speaker label opening a turn: "Xing Huina:", "Mr. Li Ming:" (the words may
# follow on the same line). A date just above it is the day the briefing was held.
_SPEAKER = regex.compile(
    r"(?:(?:Mr|Ms|Mrs|Dr)\.?\s+)?\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+){1,2}\s*[:：]"
)


def _over_speaker(lines: pl.DataFrame, doc: int, line: int) -> bool:
    """Whether the nearest non-blank line below `line` (within four) opens a speaker's turn."""
    below = (
        lines.filter(
            (pl.col("doc") == doc)
            & pl.col("line").is_between(line + 1, line + 4)
            & (pl.col("text").str.strip_chars() != "")
        )
        .sort("line")["text"]
        .str.strip_chars()
        .head(1)
        .to_list()
    )
    return any(_SPEAKER.match(text) for text in below)


def _texts_above(lines: pl.DataFrame, doc: int, line: int, first: int) -> list[str]:
    """The non-blank lines of `doc` from line `first` to the one before `line`, stripped."""
    return (
        lines.filter(
            (pl.col("doc") == doc)
            & pl.col("line").is_between(first, line - 1)
            & (pl.col("text").str.strip_chars() != "")
        )
        .sort("line")["text"]
        .str.strip_chars()
        .to_list()
    )


# An e-mail address under its plain label ("E-mail: fair@…"), not a site's invitation
# ("Contact us", "Email us"), or a web address alone or under its label ("Website: …"):
# among the other fields of a body's contact details (its telephone, its address), it is
# the article's information, not the page's footer.
_OWN_ADDRESS = regex.compile(
    rf"(?:e-?mail|contact)\s*[:：]\s*{_EMAIL}"
    r"|(?:(?:(?:official\s+)?web\s*site|web|url)\s*[:：]\s*)?(?:https?://)?[\w-]+(?:\.[\w-]+)*"
    r"\.(?:com|cn|net|org|gov)(?:\.cn)?/?",
    regex.IGNORECASE,
)
_CONTACT_FIELD = regex.compile(
    rf"(?:{CONTACT_LABEL})|(?:web\s*site|web|home\s*page|url|contact(?:\s+person)?)\s*[:：]",
    regex.IGNORECASE,
)


# The reasons a row of pipes is given: a table's cells, or a page title with the site's name
# after a pipe ("1 | Li Ming | 61 | Governor |" matches both).
_ROW_REASONS = ("table cells", "page title with the site's name")


def _cells(text: str) -> int:
    """How many cells a line split by pipes holds (its outer pipes aside), 0 for none."""
    inner = text.strip().strip("|")
    return len(inner.split("|")) if "|" in inner else 0


def _in_data_table(lines: pl.DataFrame, doc: int, line: int) -> bool:
    """Whether `line` is a row of a table of figures flattened into pipes: three lines or
    more in a row, each of as many cells (three or more), some cell a number. A scraped
    article's own table ("No. | Name | Age | Post |", then a row per official) is article
    text; a menu bar ("Home | News | Contact us") stands alone on its line and counts nothing."""
    near = dict(
        lines.filter((pl.col("doc") == doc) & pl.col("line").is_between(line - 40, line + 40))
        .select("line", "text")
        .iter_rows()
    )
    width = _cells(near.get(line, ""))
    if width < 3:
        return False
    first = last = line
    while _cells(near.get(first - 1, "")) == width:
        first -= 1
    while _cells(near.get(last + 1, "")) == width:
        last += 1
    if last - first < 2:
        return False
    return any(
        _NUMBER_CELL.fullmatch(cell.strip())
        for n in range(first, last + 1)
        for cell in near[n].strip().strip("|").split("|")
    )


_NUMBER_CELL = regex.compile(r"\d+(?:[.,]\d+)*%?")


def _in_contact_block(lines: pl.DataFrame, doc: int, line: int) -> bool:
    """Whether another contact field (a telephone, a postal address, a contact's name)
    stands within six lines of `line` (three paragraphs of one line each)."""
    near = lines.filter(
        (pl.col("doc") == doc)
        & pl.col("line").is_between(line - 6, line + 6)
        & (pl.col("line") != line)
        & (pl.col("text").str.strip_chars() != "")
    )["text"].to_list()
    return any(
        _CONTACT_FIELD.match(t.strip()) and not _OWN_ADDRESS.fullmatch(t.strip()) for t in near
    )


def _report_pass(
    rows: dict[str, list[object]],
    reported: set[tuple[int, int]],
    residue: pl.DataFrame,
    found: pl.DataFrame,
    reason: str,
) -> pl.DataFrame:
    """Report the lines one pass `found` (doc, line, text, start), each for `reason`, and
    return `residue` (doc, line) with them added: the passes after it leave them out."""
    for doc, _line, text, line_start in found.select("doc", "line", "text", "start").iter_rows():
        _report_line(rows, reported, doc, text, line_start, reason)
    return pl.concat([residue, found.select("doc", "line")])


def _report_line(
    rows: dict[str, list[object]],
    reported: set[tuple[int, int]],
    doc: int,
    text: str,
    line_start: int,
    reason: str,
) -> None:
    """Report one whole line, its surrounding white space left out; once, whichever pass
    names it first (a byline is one alone and one after the article's last paragraph)."""
    content = text.strip()
    start = line_start + len(text) - len(text.lstrip())
    if (doc, start) in reported:
        return
    reported.add((doc, start))
    add_row(rows, doc, start, start + len(content), _message(reason), "")


def _message(reason: str) -> str:
    return f"looks like web-page residue ({reason}), not article text"
