"""R604 photo-credit-in-text."""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter

import polars as pl
import regex

from tifa.checks.context import Context
from tifa.checks.furniture import CAPTION_VERB
from tifa.checks.registry import rule
from tifa.checks.rule import Fix, Severity, add_row, new_rows, output
from tifa.checks.scan import candidate_rows

# Agencies that sign a photo after the photographer's name; the two-letter ones could be
# anything after a slash.
_BYLINED = r"xinhua|cns|china news service|china daily|vcg|cfp|afp|reuters|epa"
# Outlets whose name a copy glues to the story's last full stop ("… said Li.Global Times"),
# spelt as they sign; a name glued so is no sentence's word.
_GLUED_OUTLET = r"Global Times|Xinhua|China Daily|CGTN|SHINE|Shine|ECNS"
# What a credit's label names besides a photo: "Graphics: Global Times", "(Illustration: …)".
_DRAWN = r"(?:info)?graphics?|illustrations?|charts?|cartoons?"
# The name it gives: capitalised words, a slash between outlet and person ("Li Ming/GT").
_NAMED = (
    r"(?-i:\p{Lu}[\p{L}'’.&-]*(?:[ \t]\p{Lu}[\p{L}'’.&-]*){0,3}"
    r"(?:[ \t]*/[ \t]*\p{Lu}[\p{L}'’.&-]*(?:[ \t]\p{Lu}[\p{L}'’.&-]*){0,3})?)"
)
# A caption's opening: the people's names (a post between commas) and a verb in the present
# tense, "Li Ming, mayor of Anshan, speaks at …" (news prose is in the past tense).
_CAPTION_OPENING = (
    r"(?-i:\p{Lu}[\p{L}'’-]+(?:[ \t]\p{Lu}[\p{L}'’-]+){0,5})(?:,[^.!?\n]{1,160}?,)?[ \t]"
    rf"(?:{CAPTION_VERB})[ \t]"
)
# A photo or a video a source handed out: "[Photo provided to China Daily]", "[Photo provided
# for chinadaily.com.cn]", "[Video provided to Anshan Daily]", "(Photo courtesy of …)".
_HANDOUT = r"(?:photos?|images?|videos?)\s+(?:provided\s+(?:to|by|for)|courtesy\s+of)\s"
# A site's address: "[eastday.com]" closing a caption, like "[Xinhua]".
_SITE = r"[\w-]+(?:\.[\w-]+)*\.(?:com|cn|net|org)(?:\.cn)?"
# "[Photo/Xinhua]", "[Photo by Li Ming]", "(Photo by Li Ming/Dalian Daily)", "(Xinhua/Li Ming)":
# a credit in brackets that names a photo or an agency and a photographer.
_AGENCIES = _BYLINED + "|ic|ap"  # and the two whose short names need brackets round them
# An agency's own photo mark alone in brackets: "(CNSPHOTO)", "(IC PHOTO)".
_PHOTO_MARK = r"(?:cns|ic|vcg|cfp)\s*photo"
# A credit the photographer signs as a verb: "(Photoed by Li Ming)", "(Photographed by …)".
_SIGNED = r"(?:photo(?:ed|graphed)|pictured|shot)\s+by\s+"
# An agency alone in brackets closing a caption ("… the old city wall (XINHUA)") is a credit
# too; in a dateline ("DALIAN, March 3 (Xinhua) -- …") the story follows it.
_CREDIT = (
    rf"\[(?:(?:photos?|images?)\s*(?:by\s+|[/:：])|{_HANDOUT})[^\]\n]{{1,60}}\]"
    rf"|\((?:(?:photos?|photographs?|pics?|pictures?|images?)\s*(?:by\s+|[/:：|])|{_SIGNED}|{_HANDOUT}|(?:{_AGENCIES})\s*(?:photos?\s*)?/)[^()\n]{{1,80}}\)"
    # the agency's picture in brackets closing a caption: "(Reuters pic)", "(AFP photo)"
    rf"|\((?:{_AGENCIES})[ \t]+(?:pics?|photos?)\)(?=[ \t]*$)"
    rf"|\((?:{_AGENCIES}|{_PHOTO_MARK})\)(?=[ \t]*$)|\[(?:{_AGENCIES}|{_SITE})\](?=[ \t]*$)"
    # a credit whose closing bracket the copy lost, at the paragraph's end: "… [Photo by Li Ming/China Daily"
    rf"|\[(?:photos?|images?)\s*(?:by\s+|[/:：])[^\]\[\n]{{1,60}}(?=[ \t]*$)"
    # an agency after a slash closing a caption's sentence: "… in Lhasa, Aug 21, 2025. /VCG"
    rf"|(?<=[.!?”\"’)])[ \t]*/[ \t]*(?:{_BYLINED}|ic|cgtn|getty images)(?=[ \t]*$)"
    # an agency and the photographer after a caption's sentence: "… March 5, 2019. REUTERS/Li Ming"
    rf"|(?<=[.!?])[ \t]+(?:{_BYLINED}|ap|ic)/\p{{Lu}}[\p{{L}}'’ .-]{{1,40}}(?=[ \t]*$)"
    # an agency in capitals and the photographer closing a caption with no full stop, as
    # the wires sign: "… at the square in Beijing REUTERS/Li Ming"
    r"|(?<=\p{L})[ \t]+(?-i:REUTERS|AFP|EPA|XINHUA)/[ \t]*\p{Lu}[\p{L}'’ .-]{1,40}(?=[ \t]*$)"
    # a source's name and "Photo" after a slash, closing a caption's sentence: "… April 12,
    # 2018. /The Intermediate People's Court of Tianjin Photo", "… 2023. /Xinhua Photo"
    r"|(?<=[.!?])[ \t]*/[ \t]*(?-i:\p{Lu}[\p{L}'’.-]*(?:[ \t][\p{L}'’.-]+){0,8}[ \t]+Photo)(?=[ \t]*$)"
    # the photographer in capitals, then the agency, closing a caption's sentence: "… in
    # recent years. LI MING/XINHUA"
    rf"|(?<=[.!?])[ \t]+(?-i:\p{{Lu}}{{2,}}(?:[ \t]\p{{Lu}}{{2,}}){{1,3}})/(?:{_BYLINED})(?=[ \t]*$)"
    # an agency's photo after a slash, closing a caption with no full stop: "… deepwater port /VCG Photo"
    r"|(?<=\p{L})[ \t]+/[ \t]*(?:vcg|xinhua|cfp|ic|cgtn|cns)(?:[ \t]+photo)?(?=[ \t]*$)"
    # the outlet, then the photographer, closing a caption's sentence: "… under construction.
    # [Liaoning Daily/ Li Ming]"; a person's name is two or three capitalised words
    r"|(?<=[.!?”\"’])[ \t]*[\[(](?-i:\p{Lu}[\p{L}'’.-]+(?:[ \t]\p{Lu}[\p{L}'’.-]+){0,3}[ \t]*/[ \t]*\p{Lu}\p{Ll}+(?:[ \t]\p{Lu}\p{Ll}+){1,2})[\])](?=[ \t]*$)"
    # a picture's credit after a caption's sentence: "… in Beijing. Pic: Xinhua/Li Ming."
    r"|(?<=[.!?”\"’])[ \t]+(?:pics?|photos?|pictures?|images?)[ \t]*[:：][ \t]*(?-i:\p{Lu}[\p{L}&'’ .-]{1,30}/[ \t]*\p{Lu}[\p{L}'’ .-]{1,40}?)\.?(?=[ \t]*$)"
    # a credit without brackets after a caption's last sentence, closing the paragraph:
    # "… in Mian County. Photo by Li Ming.", "… Photos by Li Ming/Anshan Daily"; the agency
    # alone in capitals: "… Shandong province. CHINA DAILY"
    r"|(?<=[.!?”\"’])[ \t]+(?:photos?|pictures?|images?)[ \t]+by[ \t]+"
    # two photographers or more, a comma or "and" between them: "… Photo by Li Ming, Wang Fang"
    r"(?-i:\p{Lu}[\p{L}'’.-]+(?:[ \t]\p{Lu}[\p{L}'’.-]+){0,3}"
    r"(?:[ \t]*(?:,|&|and)[ \t]*\p{Lu}[\p{L}'’.-]+(?:[ \t]\p{Lu}[\p{L}'’.-]+){0,3}){0,3}"
    r"(?:[ \t]*/[ \t]*\p{Lu}[\p{L}'’ .-]{1,40}?)?)"
    r"\.?(?=[ \t]*$)"
    # a credit under the label "Photo" closing a caption's last sentence, as the Hong Kong,
    # Singapore and Taipei papers sign: "… on Thursday. Photo: AP", "… next year. PHOTO:
    # AGENCE FRANCE-PRESSE"; capitalised words, no sentence after the colon
    # (or a dash before it, or glued to the stop, or a slash for the colon: "… in Beijing.
    # -- PHOTO: AGENCE FRANCE-PRESSE", "… in Beijing.PHOTO: AFP", "… a speech. Photo/Li Ming")
    rf"|(?<=[.!?”\"’])(?:[ \t]*(?:--?|[—–])[ \t]*|[ \t]*)(?:photos?|pics?|pictures?|images?)[ \t]*[:：/][ \t]*{_NAMED}\.?(?=[ \t]*$)"
    # an agency's file photo closing a caption: "… the man he had praised. Reuters file photo"
    rf"|(?<=[.!?”\"’])[ \t]+(?:{_BYLINED}|ap)[ \t]+file[ \t]+photo(?=[ \t]*$)"
    r"|(?<=[.!?])[ \t]+(?-i:CHINA DAILY|XINHUA|VCG|CFP)(?=[ \t]*$)"
    # a wire's name alone after a caption's last sentence, as the Australian, Gulf and
    # Indian papers sign a picture: "… in key positions. AP", "… in Beijing on Monday. Reuters"
    # (the story's own source after its last paragraph is left: see `_BARE_WIRE`)
    r"|(?<=(?-i:[\p{Ll}\d])[.!?])[ \t]+(?-i:AP|AFP|Reuters|REUTERS|EPA|Bloomberg)(?=[ \t]*$)"
    # the whole credit in capitals, the outlet and the photographer's post with the name:
    # "… in Zunyi. PHOTO BY ZUNYI DAILY STAFF REPORTER LI MING"
    r"|(?<=[.!?”\"’])[ \t]+(?-i:(?:PHOTOS?|PICTURES?|IMAGES?)[ \t]+BY[ \t]+[A-Z][A-Z'’.-]+(?:[ \t][A-Z][A-Z'’.-]+){1,7})(?=[ \t]*$)"
    # the photographer, then the agency: "[Li Ming/China Daily]", "(Li Ming/For China Daily)"
    rf"|[\[(][^\[\]()/\n]{{1,40}}/\s*(?:for\s+)?(?:{_BYLINED})[\])]"
    # a graphic's or an illustration's credit in brackets: "(Graphic: Global Times)"
    rf"|[\[(](?:{_DRAWN}|file[ \t]+photos?)[ \t]*[:：/][ \t]*(?-i:\p{{Lu}})[^\[\]()\n]{{1,60}}[\])]"
    # a credit under its label closing a caption's last sentence: "… of the country.
    # Graphics: Global Times", "… on May 3. Illustration: Li Ming/GT"
    rf"|(?<=[.!?”\"’])[ \t]+(?:{_DRAWN}|file[ \t]+photos?)[ \t]*[:：][ \t]*{_NAMED}\.?(?=[ \t]*$)"
    # the agency alone after a caption's one sentence, a name and a verb in the present
    # tense: "Li Ming speaks at a forum in Beijing on Monday. Xinhua"
    rf"|(?<=^{_CAPTION_OPENING}[^.!?\n]{{3,240}}[.])[ \t]+(?-i:Xinhua|China Daily|CGTN|VCG|CFP)(?=[ \t]*$)"
)
# A credit followed by a colon or a dash opens the story: the dateline "CHONGQING
# (Xinhua/Li Ming): …" names the agency and its reporter, not a photographer.
# The outlet glued to the paragraph's last full stop by the copy: "… said Li.Global Times".
# The story's source, never a caption's: reported even on a page of captions.
_GLUED_STORY_SOURCE = regex.compile(
    rf"(?<=\p{{L}}\p{{Ll}}[.!?][\"”’]?)(?:{_GLUED_OUTLET})(?=[ \t]*$)"
)
_DATELINE_AFTER = r"(?![ \t]*(?:[:：]|-{1,2}[ \t]|[—–]))"
_PATTERN = regex.compile(r"[ \t]*(?:" + _CREDIT + ")" + _DATELINE_AFTER, regex.IGNORECASE)
# The outlet a caption was taken from, glued to its end: "… Party Committee Source: Anhui TV",
# "… inspects Urumqi Photo: Xinhua".
# A source in brackets, a "Source:" line of its own, or one after a sentence (a table's or a
# chart's data source) is something else.
_GLUED_SOURCE = regex.compile(
    r"(?<=[^\s.!?。])[ \t]+(?-i:Source|[Pp]hotos?)[ \t]*[:：][ \t]*\p{Lu}[\p{L}\d.&' -]{1,40}(?=[ \t]*$)"
)
# A single word before "Source:" makes it a label ("Original Source:", "Data Source:"), a
# line of its own: a caption is a phrase.
_ONE_WORD = regex.compile(r"[ \t]*\p{L}+")
# A page's fields line ("Updated: 2017-12-15  Source: Harbour Daily  Print"), or one that
# opens with the page's date stamp itself ("2018-03-27   Source:Guiyang China",
# "2011-06-01 10:28:27  Source: Invest in China"): its source is the story's, not a
# picture's, and R601 reports the line.
_FIELDS = regex.compile(
    r"[ \t]*(?:(?:updated|date|time|published|release time)[ \t]*[:：]"
    r"|\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?:[ \t]+\d{1,2}:\d{2}(?::\d{2})?)?(?=[ \t]))",
    regex.I,
)
# A caption's own sentence: "The picture shows …", "Photo taken on May 3 shows …", "This
# aerial photo taken on … shows …", "An undated file photo shows …". A picture
# that "shows that" or "shows how" something is so is an argument, not a caption.
_CAPTION = regex.compile(
    r"(?<=^|[.!?][\"”’]?[ \t]+)(?:The |This |An? )?(?:(?:aerial|drone|file|undated|combo|combined|panoramic) )?"
    r"(?:[Pp]icture|[Pp]hoto(?:graph)?|[Ii]mage)"
    r"(?: taken (?:on|in) [^\n]{1,40}?)? shows (?!(?:that|how|what|why|whether)\b)"
    r"[^\n]{3,240}?[.!?](?=[ \t]*$|[ \t]+\p{Lu})"
    # The wires' caption opening: "In this 2011 file photo, …", "In this photo released by
    # Xinhua, …", AP's "FILE - In this Oct. 16, 2022, file photo, …"; a whole line.
    r"|^(?:FILE[ \t]+[-–—][ \t]+)?In[ \t]+this[ \t]+(?:[\p{L}\p{N}.,]+[ \t]+){0,4}?"
    r"(?:(?:file|handout|aerial|undated|drone)[ \t]+)?(?:photo(?:graph)?|picture|image)"
    r"(?:[ \t]+(?:taken|released|provided|made[ \t]+available|distributed|shot)[^,\n]{0,80})?,"
    r"[ \t][^\n]{3,300}"
    # A composite's caption, its pictures placed in order before the first one's words:
    # "Clockwise from top: …", "From left: …", "Left to right: …"; or one picture placed alone
    # ("Top: …", "Above: …") and the caption closed by its credit ("… Photos provided to China
    # Daily"). No paragraph of a story opens on a place in the layout and a colon.
    r"|^[ \t]*(?i:clockwise[ \t]+from[ \t]+(?:top|bottom|left|right)(?:[ \t]+(?:left|right))?"
    r"|from[ \t]+(?:left|right|top)(?:[ \t]+to[ \t]+(?:right|left|bottom))?|(?:left|top)[ \t]+to[ \t]+(?:right|bottom))"
    r"[ \t]*[:：][ \t]*\p{Lu}[^\n]{3,}"
    r"|^[ \t]*(?i:top|above|below|bottom|inset|(?:top|bottom)[ \t]+(?:left|right))[ \t]*[:：][ \t]*\p{Lu}[^\n]{3,}?"
    r"(?i:photos?[ \t]+(?:provided|by|courtesy)|[\[(]photo|/[ \t]*(?:xinhua|china[ \t]daily|cgtn|vcg)\b|photos?[ \t]*[:：])[^\n]{0,60}$"
)
_PREFILTER = (
    r"(?i)\[(?:photo|image|video)|\((?:photo|image|"
    + _AGENCIES
    + r")\s*(?:photos?\s*/|by|/|:|\||provided|courtesy)"
    r"|^(?:FILE\s+[-–—]\s+)?In this [^,\n]{0,40}(?:photo|picture|image)"
    r"|^\s*(?:clockwise\s+from|from\s+(?:left|right|top)|(?:left|top)\s+to\s+(?:right|bottom)"
    r"|(?:top|above|below|bottom|inset)(?:\s+(?:left|right))?\s*[:：])"
    r"|\p{L}[ \t]+(?-i:REUTERS|AFP|EPA|XINHUA)/|[.!?][ \t]*/[ \t]*\p{Lu}[^/\n]{1,80}[ \t]Photo[ \t]*$"
    r"|\((?:photoed|photographed|pictured|shot)\s+by|\("
    + _PHOTO_MARK
    + r"\)|\(videos?\s+(?:provided|courtesy)"
    r"|\((?:photographs?|pics?|pictures?)\s*(?:by|/|:)"
    r"|[.!?”\"’][ \t]*[\[(][^\[\]()/\n]{1,40}/[ \t]*\p{Lu}[^\[\]()\n]{1,40}[\])][ \t]*$"
    r"|\S[ \t]+(?:pics?|pictures?|images?)[ \t]*[:：]"
    r"|[(\[](?:" + _AGENCIES + r"|" + _SITE + r")[)\]][ \t]*$"
    r"|/\s*(?:for\s+)?(?:" + _BYLINED + r")[)\]]|[.!?”\"’)][ \t]*/[ \t]*\w[\w ]{0,12}[ \t]*$"
    r"|[.!?][ \t]+[^\s/]+(?:[ \t][^\s/]+){1,3}/(?:" + _BYLINED + r")[ \t]*$"
    r"|[.!?”\"’][ \t]+(?:photos?|pictures?|images?)[ \t]+by[ \t]+\p{Lu}"
    r"|[.!?][ \t]+(?:china daily|xinhua|vcg|cfp)[ \t]*$"
    r"|[.!?”\"’][ \t]*(?:--?|[—–])?[ \t]*(?:photos?|pics?|pictures?|images?)[ \t]*[:：/]"
    r"|\((?:"
    + _AGENCIES
    + r")[ \t]+(?:pics?|photos?)\)|[.!?”\"’][ \t]+\w+[ \t]+file[ \t]+photo[ \t]*$"
    + r"|[\[(](?:"
    + _DRAWN
    + r"|file[ \t]+photos?)[ \t]*[:：/]|[.!?”\"’][ \t]+(?:"
    + _DRAWN
    + r"|file[ \t]+photos?)[ \t]*[:：]"
    + r"|[.][ \t]+(?:xinhua|china daily|cgtn|vcg|cfp)[ \t]*$"
    + r"|(?-i:[\p{Ll}\d])[.!?][ \t]+(?-i:AP|AFP|Reuters|REUTERS|EPA|Bloomberg)[ \t]*$"
    + r"|\p{Ll}[.!?][\"”’]?(?:"
    + _GLUED_OUTLET
    + r")[ \t]*$"
    r"|\p{L}[ \t]+/[ \t]*(?:vcg|xinhua|cfp|ic|cgtn|cns)(?:[ \t]+photo)?[ \t]*$"
    r"|[.!?][ \t]+(?:"
    + _BYLINED
    + r"|ap|ic)/\p{Lu}|\S[ \t]+(?:source|photos?)[ \t]*[:：]|(?:picture|photo|photograph|image)(?: taken .{1,40}?)? shows "
)
# What each kind of finding says, and whether a paragraph that is nothing else is left to
# R601 (which reports credit lines, not caption sentences).
_KINDS = (
    (_PATTERN, "photo credit in the text", True),
    (_GLUED_SOURCE, "photo source glued to the caption", True),
    (_CAPTION, "photo caption in the text", False),
)


@rule("R604", "photo-credit-in-text", Severity.WARNING, Fix.UNSAFE)
def photo_credit_in_text(ctx: Context) -> pl.DataFrame:
    """A photo credit left at the end of a caption or sentence.

    ## What it does
    Finds bracketed photo credits inside a paragraph: "[Photo/Xinhua]", "[Photo by …]",
    "(Photograph/…)", "(Pic by …)", an outlet and the photographer after a caption's
    sentence ("… under construction. [Anshan Daily/ Li Ming]", "… in Beijing. Pic:
    Xinhua/Li Ming."),
    "(Photo by …/…)", "(Xinhua/…)", handouts ("[Photo provided to China Daily]", "[Video provided for …]"), a
    photographer and an agency ("[Li Ming/China Daily]"), and an agency or a site alone in
    brackets that ends a paragraph ("… on the old city wall (XINHUA)", "… [Xinhua]",
    "… [eastday.com]"); in a dateline the story follows the agency. Also a credit signed
    with a verb ("(Photoed by …)"), an agency's photo mark ("(CNSPHOTO)"), an agency after a
    slash or before the photographer closing a caption ("… 2025. /VCG", "… 2019.
    REUTERS/…", "… LI MING/XINHUA", "… deepwater port /VCG Photo"), a credit whose bracket the copy lost at the paragraph's end ("[Photo by
    …/China Daily"), a source or a credit glued to a caption with no full stop ("… Party
    Committee Source: Anshan TV", "… inspects the port Photo: Xinhua"), a credit without
    brackets closing a caption's paragraph after its last sentence ("… in the county. Photo
    by Li Ming.", "… Photo by Li Ming, Wang Fang", "… Shandong province. CHINA DAILY"; a
    credit under the label "Photo", as the Hong Kong, Singapore and Taipei papers sign, "… on
    Thursday. Photo: AP", "… PHOTO: AGENCE FRANCE-PRESSE"; an agency's "… Reuters file photo";
    a graphic's credit under its label,
    "… of the country. Graphics: Global Times", or in brackets, "(Graphic: Anshan Daily)", "(File photo: Xinhua/Li Ming)";
    the agency alone after a caption's one sentence, a name and a verb in the present
    tense: "Li Ming speaks at a forum in Beijing on Monday. Xinhua") and a caption's own sentence ("The picture shows …", "Photo taken
    on May 3 shows …", "This aerial photo taken on … shows …"; one that "shows that" or "shows how" is an argument),
    and a wire caption's whole line ("In this 2011 file photo, …", "FILE - In this Oct. 16,
    2022, file photo, …"), and a composite's caption placing its pictures ("Clockwise from
    top: …", "From left: …"; "Top: …" or "Above: …" closed by its credit). Also the wires' own credits: an agency in capitals and the
    photographer with no stop before them ("… in Beijing REUTERS/Li Ming"), "(AP Photo/…)",
    "(Photo | AP)", and a source's name and "Photo" after a slash ("… 2018. /The
    Intermediate People's Court of Tianjin Photo"). A credit inside a caption reported
    whole is not reported again. A credit
    alone on its line is R601's business, and so is a page's line of fields that names the
    story's source ("Updated: 2017-12-15  Source: Harbour Daily", "2018-03-27  Source: Anshun
    Daily"). Leaves alone the outlet of a byline ("By Li Ming
    (China Daily)") and the captions of a photo gallery (two or more paragraphs that are
    each a caption, at least half of the document: they are its article).

    ## Why is this bad?
    The credit belongs under a picture that the translation does not carry; in the text it
    reads as part of the sentence, and it pollutes word counts and term statistics.

    ## Example
    ```text
    Workers check equipment at the new port in Dalian on Sept 3. [Photo/Dalian Daily]
    ```

    ## Use instead
    ```text
    Workers check equipment at the new port in Dalian on Sept 3.
    ```

    ## Fix safety
    Unsafe: deleting the credit and the space before it is suggested; a person checks that
    the paragraph is a caption to drop or keep.
    """
    rows = new_rows()
    found: list[tuple[int, int, int, str, bool]] = []  # every credit and caption; whole?
    last = _last_paragraphs(ctx)
    for doc, base, text in candidate_rows(ctx.corpus.paragraphs, "text", _PREFILTER):
        if len(text) <= _BYLINE_LONGEST and _BYLINE.match(text):
            continue  # "By Li Ming (China Daily)": the byline's outlet, not a photo credit
        for pattern, message, whole_is_r601 in _KINDS:
            if pattern is _GLUED_SOURCE and _FIELDS.match(text):
                continue
            for m in pattern.finditer(text):
                whole = not text[: m.start()].strip() and not text[m.end() :].strip()
                if whole and whole_is_r601:
                    continue  # the whole paragraph is the credit: R601 reports it
                if pattern is _GLUED_SOURCE and _ONE_WORD.fullmatch(text, 0, m.start()):
                    continue  # "Original Source: State Council": a label of its own, no caption
                if last.get(doc) == base and (
                    _STORY_SOURCE.fullmatch(text, m.start(), m.end())
                    or _BARE_WIRE.fullmatch(text, m.start(), m.end())
                ):
                    continue  # "… the bureau said. (Xinhua)": the story's source, not a photo's
                found.append((doc, base + m.start(), base + m.end(), message, whole))
        for m in _GLUED_STORY_SOURCE.finditer(text):
            add_row(rows, doc, base + m.start(), base + m.end(), "photo credit in the text", "")
    for doc, start, end, message, _whole in _outside_galleries(ctx, _outermost(found)):
        add_row(rows, doc, start, end, message, "")
    return output(rows)


def _outermost(
    found: list[tuple[int, int, int, str, bool]],
) -> list[tuple[int, int, int, str, bool]]:
    """The findings less those inside another: a caption reported whole ("In this file
    photo, … REUTERS/Li Ming") carries its credit."""
    kept: list[tuple[int, int, int, str, bool]] = []
    for row in sorted(found, key=lambda r: (r[0], r[1], -r[2])):
        if kept and kept[-1][0] == row[0] and kept[-1][1] <= row[1] and row[2] <= kept[-1][2]:
            continue
        kept.append(row)
    return kept


# A wire's name alone after the story's last sentence signs the story, not a picture
# ("… the ministry said. Reuters").
_BARE_WIRE = regex.compile(r"[ \t]+(?:AP|AFP|Reuters|REUTERS|EPA|Bloomberg)")
# The agency alone in brackets after a story's last sentence: the source of the story
# (“… the bureau said. (Xinhua)”). A caption's agency follows no full stop (“… the old city
# wall (XINHUA)”), or stands inside the story, where a picture was.
_STORY_SOURCE = regex.compile(
    r"(?<=[.!?”\"’])[ \t]*\((?:xinhua|china daily|cns|china news service|cgtn)\)",
    regex.IGNORECASE,
)


def _last_paragraphs(ctx: Context) -> dict[int, int]:
    """Where each document's last paragraph with text starts."""
    return dict(
        ctx.corpus.paragraphs.filter(pl.col("text").str.strip_chars() != "")
        .group_by("doc")
        .agg(pl.col("start").max())
        .iter_rows()
    )


# A byline: "By Li Ming (China Daily)", "By Li Ming in Nanning(China Daily)", a short line
# of its own (a caption opening "By Monday in Dalian, …" is no byline).
_BYLINE_LONGEST = 100
_BYLINE = regex.compile(
    r"[ \t]*By[ \t]+\p{Lu}\p{L}*(?:[ \t]+\p{Lu}[\p{L}'’.-]*)*[ \t]*(?:\(|(?:and|in)[ \t])"
)


def _outside_galleries(
    ctx: Context, found: list[tuple[int, int, int, str, bool]]
) -> list[tuple[int, int, int, str, bool]]:
    """The credits and captions found, less those of a photo gallery, whose captions are its
    article: in a document where more than half of the paragraphs (two at least) hold a
    caption or a credit, all of them; where whole-paragraph captions are two or more and at
    least half of the paragraphs, those captions."""
    if not found:
        return []
    paragraphs = ctx.corpus.paragraphs.filter(
        pl.col("doc").is_in(sorted({row[0] for row in found}))
        & (pl.col("text").str.strip_chars() != "")
    ).select("doc", "start")
    totals = dict(paragraphs.group_by("doc").len().iter_rows())
    starts: dict[int, list[int]] = {}
    for doc, start in paragraphs.sort("doc", "start").select("doc", "start").iter_rows():
        starts.setdefault(doc, []).append(start)
    # The paragraph holding each finding: the last one starting at or before it.
    held = {(row[0], bisect_right(starts.get(row[0], []), row[1])) for row in found}
    holders = Counter(doc for doc, _ in held)
    wholes = Counter(row[0] for row in found if row[4])
    gallery = {doc for doc, n in holders.items() if n >= 2 and 2 * n > totals.get(doc, 0)}
    captions = {doc for doc, n in wholes.items() if n >= 2 and 2 * n >= totals.get(doc, 0)}
    return [row for row in found if row[0] not in gallery and not (row[4] and row[0] in captions)]
