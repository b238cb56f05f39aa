"""Page residue, spacing and punctuation seen on real pages tifa was not tuned on.

Each pattern is a kind of problem, not one page's words: a table of texts that must be
flagged (with the span) and texts that must be left alone, written for these tests in the
register of Chinese-government English news.
"""

from __future__ import annotations

import pytest
from helpers import check_texts, spans

ARTICLE = "\n\nThe municipal government held a meeting on the port on Monday."

_BRIEFING = (
    "Press conference on the revitalization of Liaoning\n\nRead in Chinese\n\nSpeakers:\n\n"
    "Mr. Li Wei, vice governor of Liaoning province\n\nChairperson:\n\n"
    "Ms. Zhao Min, spokesperson of the provincial government\n\nDate:\n\nMay 31, 2024\n\n"
    "Zhao Min:\n\nGood morning. Welcome to this press conference."
)

# (code, text, flagged span)
FLAGGED: list[tuple[str, str, str]] = [
    # beside a briefing's header, the page's own furniture is still furniture
    ("R601", _BRIEFING, "Read in Chinese"),
    # links to the previous and the next article, a "more" link, a menu's separator alone
    ("R601", "last text:" + ARTICLE, "last text:"),
    ("R601", "Next text: Anshan opens a new port" + ARTICLE, "Next text: Anshan opens a new port"),
    ("R601", "Last article: Fushun hosts a fair" + ARTICLE, "Last article: Fushun hosts a fair"),
    ("R601", "> More" + ARTICLE, "> More"),
    ("R601", "|" + ARTICLE, "|"),
    # a forum link with its counter, a button to send the page to a friend
    ("R601", "Go to Forum >>0 Comment(s)" + ARTICLE, "Go to Forum >>0 Comment(s)"),
    ("R601", "3 Comments" + ARTICLE, "3 Comments"),
    ("R601", "Suggest To A Friend:" + ARTICLE, "Suggest To A Friend:"),
    ("R601", "Email this article to a friend" + ARTICLE, "Email this article to a friend"),
    # time stamps: the site in brackets first, the date in brackets, the day before the month
    (
        "R601",
        "(Tieling Net) Updated: 2009-July-14 08:15:02" + ARTICLE,
        "(Tieling Net) Updated: 2009-July-14 08:15:02",
    ),
    ("R601", "(Anshan Daily) 2021-05-30" + ARTICLE, "(Anshan Daily) 2021-05-30"),
    ("R601", "[2021-05-30 09:30]" + ARTICLE, "[2021-05-30 09:30]"),
    (
        "R601",
        "Last Updated on Monday, 17 January 2011 15:58" + ARTICLE,
        "Last Updated on Monday, 17 January 2011 15:58",
    ),
    ("R601", "Published on 2021-05-30" + ARTICLE, "Published on 2021-05-30"),
    ("R601", "Updated: 17 January 2011" + ARTICLE, "Updated: 17 January 2011"),
    # a time alone, with no year: the time stamp's digit prefilter lets it through
    ("R601", "Posted: 9:30 am" + ARTICLE, "Posted: 9:30 am"),
    # a source or reporter credit in brackets after the paragraph's last sentence
    (
        "R601",
        "The new park will create 3,000 jobs. (Source: Jinzhou Daily)" + ARTICLE,
        "(Source: Jinzhou Daily)",
    ),
    (
        "R601",
        "The new park will create 3,000 jobs. [Reporter: Li Wen Editor: Gao Yan]" + ARTICLE,
        "[Reporter: Li Wen Editor: Gao Yan]",
    ),
    ("R601", "The new park will create 3,000 jobs. (By Li Wen)" + ARTICLE, "(By Li Wen)"),
    # the source's label without its colon, glued to the stop or not
    (
        "R601",
        "The fair closed on Sunday.(source Jinzhou Release)" + ARTICLE,
        "(source Jinzhou Release)",
    ),
    (
        "R601",
        "The fair drew 40,000 visitors. (Source Tieling Net)" + ARTICLE,
        "(Source Tieling Net)",
    ),
    # a byline glued to the date or to the headline
    ("R601", "2024-05-06By Li Wen" + ARTICLE, "2024-05-06By Li Wen"),
    ("R601", "Jinzhou opens a new logistics parkBy Li Wen" + ARTICLE, "By Li Wen"),
    # a handout credit alone in brackets, a paid story's label, the comment box's heading
    ("R601", "(Photo provided to Jinzhou Daily)" + ARTICLE, "(Photo provided to Jinzhou Daily)"),
    ("R601", "Advertorial" + ARTICLE, "Advertorial"),
    ("R601", "Latest comments" + ARTICLE, "Latest comments"),
    # the credit's label in lower case; a byline with the outlet in brackets and the stamp
    (
        "R601",
        "Farmers showed their crafts at the fair. (author: Gao Yan)" + ARTICLE,
        "(author: Gao Yan)",
    ),
    (
        "R601",
        "By Gao Yan (Jinzhou Daily) Updated: 2019-09-30" + ARTICLE,
        "By Gao Yan (Jinzhou Daily) Updated: 2019-09-30",
    ),
    ("R601", "by admin" + ARTICLE, "by admin"),
    # a wire service or a site's name as the source line, a link to the original page
    ("R601", "PR Newswire" + ARTICLE, "PR Newswire"),
    ("R601", "jzdaily.com – Jinzhou Headlines" + ARTICLE, "jzdaily.com – Jinzhou Headlines"),
    (
        "R601",
        "See the original link: https://en.example.com/p/1234.html" + ARTICLE,
        "See the original link: https://en.example.com/p/1234.html",
    ),
    # the agency's source and time stamp glued to the dateline
    (
        "R601",
        "Xinhua| 2024-05-06 10:12:33DALIAN, May 6 (Xinhua) -- The port opened a new berth.",
        "Xinhua| 2024-05-06 10:12:33",
    ),
    (
        "R601",
        "China Daily | 2023-11-02 08:15 SHENYANG -- The city opened its second metro line "
        "on Thursday, linking the northern districts with the railway station and the airport.",
        "China Daily | 2023-11-02 08:15",
    ),
    # a section's "more" link without its arrow, a video player's prompt and links
    ("R601", "more" + ARTICLE, "more"),
    ("R601", "Read more" + ARTICLE, "Read more"),
    ("R601", "Click on the video" + ARTICLE, "Click on the video"),
    ("R601", "Click the picture to play" + ARTICLE, "Click the picture to play"),
    ("R601", "Watch the full video" + ARTICLE, "Watch the full video"),
    ("R601", "Watch fullscreen" + ARTICLE, "Watch fullscreen"),
    ("R601", "Browse more videos" + ARTICLE, "Browse more videos"),
    # a time stamp with its zone, a text-size control glued to the date
    ("R601", "14 Nov 2023, 07:01 GMT+10" + ARTICLE, "14 Nov 2023, 07:01 GMT+10"),
    ("R601", "2019-02-11Text Size: A A A" + ARTICLE, "2019-02-11Text Size: A A A"),
    # a trail that ends on a long headline
    (
        "R601",
        "Home » The Municipal Foreign Affairs Office held a meeting to study the spirit of the "
        "plenary session of the municipal party committee and the economic work conference of "
        "the municipal party committee held last week in the city" + ARTICLE,
        "Home » The Municipal Foreign Affairs Office held a meeting to study the spirit of the "
        "plenary session of the municipal party committee and the economic work conference of "
        "the municipal party committee held last week in the city",
    ),
    # a city government's menu bar
    (
        "R601",
        "English About Dalian Mayor's Mailbox Government Bulletin Latest News Laws and Regulations"
        + ARTICLE,
        "English About Dalian Mayor's Mailbox Government Bulletin Latest News Laws and Regulations",
    ),
    # a site's contact line alone on its line
    ("R601", "press@anshan.gov.cn" + ARTICLE, "press@anshan.gov.cn"),
    (
        "R601",
        "Contact us at english@anshan.gov.cn" + ARTICLE,
        "Contact us at english@anshan.gov.cn",
    ),
    ("R601", "E-mail: news@tieling.gov.cn" + ARTICLE, "E-mail: news@tieling.gov.cn"),
    ("R601", "Contact Us" + ARTICLE, "Contact Us"),
    # a language switch, by code or by name, run together or separated
    ("R601", "ENDEFR" + ARTICLE, "ENDEFR"),
    ("R601", "CNEN" + ARTICLE, "CNEN"),
    ("R601", "EN | 中文 | FR" + ARTICLE, "EN | 中文 | FR"),
    ("R601", "English 中文" + ARTICLE, "English 中文"),
    ("R601", "ChineseEnglish" + ARTICLE, "ChineseEnglish"),
    ("R601", "English | Français | Deutsch" + ARTICLE, "English | Français | Deutsch"),
    # a site's name in capitals, words run together
    ("R601", "VISITLIAONING" + ARTICLE, "VISITLIAONING"),
    ("R601", "INVESTINJINZHOU" + ARTICLE, "INVESTINJINZHOU"),
    # section links and controls
    ("R601", "Most Viewed" + ARTICLE, "Most Viewed"),
    ("R601", "Most Popular" + ARTICLE, "Most Popular"),
    ("R601", "More News" + ARTICLE, "More News"),
    ("R601", "Editor's Picks" + ARTICLE, "Editor's Picks"),
    ("R601", "You may also like" + ARTICLE, "You may also like"),
    ("R601", "Top News:" + ARTICLE, "Top News:"),
    ("R601", "Print Close" + ARTICLE, "Print Close"),
    ("R601", "Large Medium Small Print" + ARTICLE, "Large Medium Small Print"),
    ("R601", "FOLLOW US" + ARTICLE, "FOLLOW US"),
    ("R601", "Leave a Reply" + ARTICLE, "Leave a Reply"),
    ("R601", "Today's Top News" + ARTICLE, "Today's Top News"),
    ("R601", "Language: English | Chinese" + ARTICLE, "Language: English | Chinese"),
    ("R601", "The port grew.\n\nEnditem", "Enditem"),
    ("R601", "Favorite | Download | Print" + ARTICLE, "Favorite | Download | Print"),
    ("R601", "Share to WeChat Weibo" + ARTICLE, "Share to WeChat Weibo"),
    ("R601", "Share on" + ARTICLE, "Share on"),
    # a site banner
    (
        "R601",
        "The Official Website of Anshan Municipal People's Government" + ARTICLE,
        "The Official Website of Anshan Municipal People's Government",
    ),
    (
        "R601",
        "Welcome to the official portal of Benxi" + ARTICLE,
        "Welcome to the official portal of Benxi",
    ),
    # breadcrumb trails that start with their separator, or use slashes
    ("R601", "> Government > News" + ARTICLE, "> Government > News"),
    ("R601", "» Invest » Policies » Notices" + ARTICLE, "» Invest » Policies » Notices"),
    ("R601", "News / Local / Fushun" + ARTICLE, "News / Local / Fushun"),
    # a photo caption: a name, a verb in the present tense and the day, as one sentence
    (
        "R601",
        "Li Ming inspects the Tiexi Modern Industrial Park on March 3." + ARTICLE,
        "Li Ming inspects the Tiexi Modern Industrial Park on March 3.",
    ),
    (
        "R601",
        "Zhang Hua, mayor of Yingkou, visits a container terminal in the port on Sept. 12, 2023."
        + ARTICLE,
        "Zhang Hua, mayor of Yingkou, visits a container terminal in the port on Sept. 12, 2023.",
    ),
    # an agency credit closing a caption
    (
        "R604",
        "Workers repair the old city wall in Xingcheng (XINHUA)" + ARTICLE,
        " (XINHUA)",
    ),
    # a full stop glued to a short word that opens the next sentence
    ("P305", "The delegation arrived in Osaka.He praised the talks.", "."),
    ("P305", "The project delivered results.In May the port grew.", "."),
    ("P305", "Work started at 9 a.m.It ended at noon.", "."),
    # backslashes a CMS left before quotes
    ("R606", "Vanuatu\\'s delegation toured the zone.", "\\"),
    ("R606", 'the so-called \\"green channel\\" for investors', "\\"),
    ("R606", "China\\\\’s first free trade port", "\\\\"),
    # a stray navigation mark where the layout cut a line, inside a word or between words
    ("R605", "The mayor of Perm Ci >\nty, met the delegation.", " >\n"),
    ("R605", "The port grew »\nfaster than planned.", " »\n"),
    # a company name with the comma before "Ltd" dropped
    ("P321", "Anshan Heavy Machinery Co. Ltd. won the bid.", "Co. Ltd"),
    ("P321", "Anshan Heavy Machinery Co.Ltd won the bid.", "Co.Ltd"),
    # a hyphen after an adverb in -ly
    ("P322", "the newly-appointed director of the bureau", "-"),
    ("P322", "a highly-skilled workforce", "-"),
    ("P322", "an internationally-recognised brand", "-"),
    ("P322", "the jointly-built industrial park", "-"),
    # a time stamp line that names the agency or the site, and the buttons after it
    (
        "R601",
        "Updated: March 2, 2024 08:15 Xinhua" + ARTICLE,
        "Updated: March 2, 2024 08:15 Xinhua",
    ),
    (
        "R601",
        "Updated: Oct 9, 2022 anshan.gov.cn Print" + ARTICLE,
        "Updated: Oct 9, 2022 anshan.gov.cn Print",
    ),
    # a byline glued to the date by the layout
    ("R601", "Apr 3, 2022Byanshannews" + ARTICLE, "Apr 3, 2022Byanshannews"),
    # a date label, the date on the next line
    (
        "R601",
        "Port opens in Yingkou\n\nRelease time:\n\n2022-06-01 09:30" + ARTICLE,
        "Release time:",
    ),
    ("R601", "Port opens in Yingkou\nPublish time:\n2022-06-01" + ARTICLE, "Publish time:"),
    # a time stamp after the headline, behind a pipe
    (
        "R601",
        "Yingkou opens a new grain terminal | Updated: 2022-06-01 09:30" + ARTICLE,
        "| Updated: 2022-06-01 09:30",
    ),
    # the page's title: the headline and the outlet
    (
        "R601",
        "Premier calls for steady growth-Xinhua" + ARTICLE,
        "Premier calls for steady growth-Xinhua",
    ),
    (
        "R601",
        "Anshan steel makers cut emissions - China Daily" + ARTICLE,
        "Anshan steel makers cut emissions - China Daily",
    ),
    # the page's <title> at the top, the site's name glued on with an underscore
    (
        "R601",
        "Port opens new terminal in Anshan_Anshan Daily" + ARTICLE,
        "Port opens new terminal in Anshan_Anshan Daily",
    ),
    (
        "R601",
        "Breaking news\n\nPort opens new terminal in Anshan_Anshan Daily" + ARTICLE,
        "Port opens new terminal in Anshan_Anshan Daily",
    ),
    # a site's licence footer
    (
        "R601",
        "The port grew." + ARTICLE + "\n\nWebsite Identification Code bm21000001",
        "Website Identification Code bm21000001",
    ),
    ("R601", "The port grew." + ARTICLE + "\n\n辽ICP备05001234号-1", "辽ICP备05001234号-1"),
    ("R601", "The port grew." + ARTICLE + "\n\nICP No. 12345678", "ICP No. 12345678"),
    (
        "R601",
        "Sponsored by the Anshan Municipal People's Government" + ARTICLE,
        "Sponsored by the Anshan Municipal People's Government",
    ),
    # contact lines in a footer, beside other residue
    (
        "R601",
        "The port grew.\n\nTel: 0412-5551234\nAddress: 2 Renmin Road\nCopyright © 2023 Anshan",
        "Tel: 0412-5551234",
    ),
    (
        "R601",
        "The port grew.\n\nTel: 0412-5551234\nAddress: 2 Renmin Road\nCopyright © 2023 Anshan",
        "Address: 2 Renmin Road",
    ),
    # a section label or the site's address above the headline and the page's time stamp
    (
        "R601",
        "News & Events\n\nMayor meets trade delegation\n\nMay 9, 2022 Hits:" + ARTICLE,
        "News & Events",
    ),
    (
        "R601",
        "Work Report\nReport on the Work of the Government 2022\nDate: 2022-01-20" + ARTICLE,
        "Work Report",
    ),
    (
        "R601",
        "english.anshan.gov.cn\n\nNews and Policies\n\nAnshan delegation visits Osaka\n\n"
        "Updated: Sep 4, 2022 anshan.gov.cn Print" + ARTICLE,
        "english.anshan.gov.cn",
    ),
    (
        "R601",
        "english.anshan.gov.cn\n\nNews and Policies\n\nAnshan delegation visits Osaka\n\n"
        "Updated: Sep 4, 2022 anshan.gov.cn Print" + ARTICLE,
        "News and Policies",
    ),
    # breadcrumbs that lost their separators, or set as a bulleted list
    ("R601", "HOMEInvestmentInvestment NewsText" + ARTICLE, "HOMEInvestmentInvestment NewsText"),
    ("R601", "HomeNewsLocal News" + ARTICLE, "HomeNewsLocal News"),
    ("R601", "• Home\n  • Government" + ARTICLE, "• Home"),
    # a source tag glued to the first sentence
    ("R601", "[InAnshan--The city opened a new steel plant.", "[InAnshan--"),
    # handed-out photos and an agency or a site closing a caption
    (
        "R604",
        "Pupils plant trees in Anshan on March 12. [Photo provided to China Daily]" + ARTICLE,
        " [Photo provided to China Daily]",
    ),
    ("R604", "Pupils plant trees in Anshan on March 12. [Xinhua]" + ARTICLE, " [Xinhua]"),
    # a credit without brackets closing the caption's paragraph, after its last sentence
    (
        "R604",
        "Farmers pick cherries in an orchard in Jinzhou. Photo by Sun Li." + ARTICLE,
        " Photo by Sun Li.",
    ),
    (
        "R604",
        "Pupils plant trees in Anshan. Photos by Wang Tao/Anshan Daily",
        " Photos by Wang Tao/Anshan Daily",
    ),
    ("R604", "Pupils plant trees in Anshan on March 12. XINHUA" + ARTICLE, " XINHUA"),
    # a trail of one section under its separator
    ("R601", ">> Local News" + ARTICLE, ">> Local News"),
    ("R601", "» Economy" + ARTICLE, "» Economy"),
    ("R604", "Pupils plant trees in Anshan on March 12. [anshan.gov.cn]", " [anshan.gov.cn]"),
    (
        "R604",
        "Xi calls for harmony. [WANG HUA/CHINA DAILY] He spoke at the forum.",
        " [WANG HUA/CHINA DAILY]",
    ),
    (
        "R604",
        "Pupils plant trees in Anshan. (Li Ming/For China Daily)",
        " (Li Ming/For China Daily)",
    ),
    # a time stamp after a byline or a print button, a weekday, a month spelt in the date
    (
        "R601",
        "By Li Ming | China Daily | Updated: 2022-03-11 07:58" + ARTICLE,
        "By Li Ming | China Daily | Updated: 2022-03-11 07:58",
    ),
    ("R601", "Print Updated: 2022-04-29" + ARTICLE, "Print Updated: 2022-04-29"),
    ("R601", "Tue, 12/12/2017 - 01:59" + ARTICLE, "Tue, 12/12/2017 - 01:59"),
    ("R601", "2023-March-10 16:58 By: Xinhua" + ARTICLE, "2023-March-10 16:58 By: Xinhua"),
    ("R601", "Home -> Anshan province" + ARTICLE, "Home -> Anshan province"),
    (
        "R601",
        "The port grew." + ARTICLE + "\n\nLicense for publishing multimedia online 0123456",
        "License for publishing multimedia online 0123456",
    ),
    # photo credits in the shapes agencies and local sites sign them
    (
        "R604",
        "Li Ming, mayor of Anshan, reports on the government's work (Photoed by Zhao Lin)",
        " (Photoed by Zhao Lin)",
    ),
    (
        "R604",
        "Delegates vote at the closing meeting in Anshan on January 20 (CNSPHOTO)" + ARTICLE,
        " (CNSPHOTO)",
    ),
    ("R604", "Crowds gather at the new square in Anshan, May 1, 2024. /VCG", " /VCG"),
    # the photographer in capitals before the agency; an agency's photo after a slash
    (
        "R604",
        "Villagers pick tea on a slope that has turned green in recent years. GAO YAN/XINHUA",
        " GAO YAN/XINHUA",
    ),
    ("R604", "Qingdao container terminal /VCG Photo" + ARTICLE, " /VCG Photo"),
    # a byline and the page's empty fields after it
    (
        "R601",
        "By Gao Yan Source: Updated: 2024-08-02" + ARTICLE,
        "By Gao Yan Source: Updated: 2024-08-02",
    ),
    ("R604", "Crowds gather at the new square in Anshan, May 1, 2024. /Xinhua", " /Xinhua"),
    (
        "R604",
        "Crowds gather at the new square in Anshan, May 1, 2024. XINHUA/Zhao Lin",
        " XINHUA/Zhao Lin",
    ),
    (
        "R604",
        "The Anshan delegation meets in Beijing on Thursday. [Photo by Zhao Lin/China Daily",
        " [Photo by Zhao Lin/China Daily",
    ),
    (
        "R604",
        "Li Ming, Secretary of Anshan Municipal Party Committee Source: Anshan TV",
        " Source: Anshan TV",
    ),
    # a caption with its credit glued on, no full stop between
    (
        "R604",
        "Li Ming inspects the Anshan port Photo: Xinhua",
        " Photo: Xinhua",
    ),
    # a caption's own sentence, inside a paragraph or alone
    (
        "R604",
        "Tiexi has renewed its old factories. The picture shows the new industrial park.",
        "The picture shows the new industrial park.",
    ),
    (
        "R604",
        "Photo taken on May 3, 2024 shows the container terminal of Anshan port." + ARTICLE,
        "Photo taken on May 3, 2024 shows the container terminal of Anshan port.",
    ),
    # a site's menu bar set as one line of words, and the site's own controls
    (
        "R601",
        "Home Business Local Travel Tiexi District Photos" + ARTICLE,
        "Home Business Local Travel Tiexi District Photos",
    ),
    (
        "R601",
        "About Anshan Government affairs Investment Life Tour WEATHER FAQ News" + ARTICLE,
        "About Anshan Government affairs Investment Life Tour WEATHER FAQ News",
    ),
    ("R601", "Site Search Advanced" + ARTICLE, "Site Search Advanced"),
    ("R601", "Make Us Your Home Page" + ARTICLE, "Make Us Your Home Page"),
    ("R601", "CHOOSE YOUR LANGUAGE" + ARTICLE, "CHOOSE YOUR LANGUAGE"),
    ("R601", "Read in Chinese" + ARTICLE, "Read in Chinese"),
    ("R601", "Related:" + ARTICLE, "Related:"),
    # a related-links list whose titles the copy kept but whose bullets it left alone
    ("R601", "The port grew.\n-\nAnshan opens a new port", "-"),
    # contact lines of a page's header
    ("R601", "Email us" + ARTICLE, "Email us"),
    ("R601", "+86-412-5551234" + ARTICLE, "+86-412-5551234"),
    ("R601", "0412-55512345" + ARTICLE, "0412-55512345"),
    # boilerplate: a source note, a column's disclaimer, a magazine's byline and issue
    (
        "R601",
        "This article is from the Anshan Municipal Government www.anshan.gov.cn." + ARTICLE,
        "This article is from the Anshan Municipal Government www.anshan.gov.cn.",
    ),
    (
        "R601",
        "(The views expressed here do not necessarily reflect those of Anshan Daily)" + ARTICLE,
        "(The views expressed here do not necessarily reflect those of Anshan Daily)",
    ),
    (
        "R601",
        "By Zhao Lin | NO. 9 MARCH 1, 2024" + ARTICLE,
        "By Zhao Lin | NO. 9 MARCH 1, 2024",
    ),
    # an image's file name with a copy number, a licence number in Chinese
    ("R601", "1080 (2).jpg" + ARTICLE, "1080 (2).jpg"),
    (
        "R601",
        "互联网新闻信息服务许可证21120170001" + ARTICLE,
        "互联网新闻信息服务许可证21120170001",
    ),
    # a link to the coverage after the paragraph's last sentence
    (
        "R601",
        "The plenary session closed in Anshan on Friday. [Special Coverage]\nIt adopted a plan.",
        "[Special Coverage]",
    ),
    # a copyright line without the sign, something glued after it
    (
        "R601",
        "Copyright Anshan Municipal Government All Rights Reserved. Welcome your feedback."
        + ARTICLE,
        "Copyright Anshan Municipal Government All Rights Reserved. Welcome your feedback.",
    ),
    # the Chinese dash typed as two em dashes
    ("P306", "Anshan——A City of Steel and Innovation" + ARTICLE, "——"),
    ("P306", "the new port —— the largest in the province", "——"),
    # a spaced hyphen used as a dash after a closing quote or bracket
    ("P309", "the city's “bridge head” - project of the year", " - "),
    ("P309", "the new port (phase two) - the largest in the province", " - "),
    # shapes many sites share: list bullets, counters, file names, release stamps, label
    # colons, figures glued to unit words, pinyin names glued to an English word
    # a slide show's frames and a page's counters, under list bullets
    ("R601", "• 001\n  • 002\n  • 003" + ARTICLE, "• 001"),
    ("R601", "• 001\n  • 002\n  • 003" + ARTICLE, "• 003"),
    ("R601", "  • 0\n  • 5093" + ARTICLE, "• 5093"),
    # a page's source and stamp set as a list
    ("R601", "  • Source: Anshan Daily" + ARTICLE, "• Source: Anshan Daily"),
    ("R601", "  • 02/01/2024 17:00" + ARTICLE, "• 02/01/2024 17:00"),
    # an image's file name with a copy's number and two extensions
    ("R601", "640.webp (3).jpg" + ARTICLE, "640.webp (3).jpg"),
    ("R601", "port_view.png (2).jpeg" + ARTICLE, "port_view.png (2).jpeg"),
    # an image's file name with its size, alone or before a headline; glued to the text
    ("R601", "arrow.gif (412 bytes)" + ARTICLE, "arrow.gif (412 bytes)"),
    (
        "R601",
        "arrow.gif (412 bytes) County opens a new clinic for elderly residents" + ARTICLE,
        "arrow.gif (412 bytes)",
    ),
    ("R601", "3-2.jpgWang Lin, mayor of the city, met the investors on May 4.", "3-2.jpg"),
    ("R601", "banner_02.png Port handles record cargo in March" + ARTICLE, "banner_02.png"),
    # a time stamp and then the page's counter, an empty byline or its buttons
    ("R601", "2023-06-11 0 By" + ARTICLE, "2023-06-11 0 By"),
    ("R601", "2019-03-02 15 Comments" + ARTICLE, "2019-03-02 15 Comments"),
    ("R601", "2018-10-05 Download Print Comment" + ARTICLE, "2018-10-05 Download Print Comment"),
    # a stamp labelled by the act and what is stamped
    ("R601", "Release date:2021-04-01 16:59" + ARTICLE, "Release date:2021-04-01 16:59"),
    ("R601", "Publish time: 2022-03-05" + ARTICLE, "Publish time: 2022-03-05"),
    ("R601", "Posted date: March 5, 2022" + ARTICLE, "Posted date: March 5, 2022"),
    # the site's address and the stamp after it, a space between them
    (
        "R601",
        "//english.anshan.cn 2016-03-27 10:54:08 |" + ARTICLE,
        "//english.anshan.cn 2016-03-27 10:54:08 |",
    ),
    # the piece's credit and the page's counters
    ("R601", "Story by Dalian News" + ARTICLE, "Story by Dalian News"),
    ("R601", "Video by Anshan TV" + ARTICLE, "Video by Anshan TV"),
    ("R601", "1640 views World news 0" + ARTICLE, "1640 views World news 0"),
    ("R601", "Views: 2,315" + ARTICLE, "Views: 2,315"),
    ("R601", "215 reads" + ARTICLE, "215 reads"),
    # an outlet's edition switch and an embedded video's player
    (
        "R601",
        "Global EditionASIA 中文双语Français" + ARTICLE,
        "Global EditionASIA 中文双语Français",
    ),
    ("R601", "Global Edition" + ARTICLE, "Global Edition"),
    ("R601", "Video PlayerClose" + ARTICLE, "Video PlayerClose"),
    # a label's colon glued to its figure
    ("P305", "Time:2018-06-27 16:06", ":"),
    # the stop of "No." glued to its figure
    ("P305", "Pupils of No.1 Middle School planted trees.", "."),
    # two spaces between two sentences
    ("P307", "The park opened last year.  Recently it added a hall.", "  "),
    ("P307", "The park opened last year.”  Recently it added a hall.", "  "),
    ("P305", "Source: Anshan Daily Click:734", ":"),
    ("P305", "The office can be reached on Tel:0411-8234 during the week.", ":"),
    # a figure glued to its unit word
    ("P320", "Each household received 10,094yuan in subsidies.", "10,094yuan"),
    ("P320", "The county planted 300hectares of forest.", "300hectares"),
    ("P320", "The new road runs 12kilometres along the coast.", "12kilometres"),
    # a pinyin name glued to an everyday English word after it
    ("P320", "Mayor Gaowelcomed the delegation to the city.", "Gaowelcomed"),
    ("P320", "He spoke on behalf of Kaifenggovernment at the forum.", "Kaifenggovernment"),
    ("P320", "Officials from Shenyangdevelopment zones attended.", "Shenyangdevelopment"),
    ("P320", "Mayor XinChangxinginspected the project.", "XinChangxinginspected"),
    # a word glued to a preposition and an article
    ("P320", "The two sides agreed to hold exchangesatan early date.", "exchangesatan"),
    ("P320", "The plan was raised as a proposalinan open session.", "proposalinan"),
    # the outlet glued to the time stamp, the agency glued to the writer's name, the page's
    # address alone on its line, what is left of a link's tag cut at its opening
    ("R601", "chinadaily2021-03-12 09:15:20" + ARTICLE, "chinadaily2021-03-12 09:15:20"),
    ("R601", "Xinhua2021-03-12" + ARTICLE, "Xinhua2021-03-12"),
    ("R601", "XinhuaGao Yan" + ARTICLE, "XinhuaGao Yan"),
    ("R601", "liaoning.chinadaily.com.cn/tieling" + ARTICLE, "liaoning.chinadaily.com.cn/tieling"),
    ("R601", "https://www.anshan.gov.cn/" + ARTICLE, "https://www.anshan.gov.cn/"),
    (
        "R601",
        "The meeting of the anshan.gov.cn target=_blank >Anshan Municipal People's "
        "Government was held on Monday.",
        "anshan.gov.cn target=_blank >",
    ),
    (
        "R601",
        'Delegates toured the dlport.com/news/12.html" class="link">port on Monday.',
        'dlport.com/news/12.html" class="link">',
    ),
]

# (code, text that must not be flagged by it)
CLEAN: list[tuple[str, str]] = [
    # the same words in a sentence
    ("R601", "Xinhua reported at 2024-05-06 10:12 that the port had opened a new berth."),
    ("R601", "Click on the video to see how the new berths work, the port bureau said."),
    ("R601", "More than 300 firms came to the fair."),
    ("R601", "Visitors can watch the video of the opening ceremony online."),
    # a bracket after the stop that is a remark of the article's, not its source's label
    ("R601", "Funding rose again. (Sources close to the bureau declined to comment.)"),
    ("R601", "Imports rose. (source data for May are in the annex)"),
    # a briefing transcript's header fields: its date is the briefing's, not the page's
    # (the language link left out: "Read more" alone, once its stand-in, is now a widget)
    ("R601", _BRIEFING.replace("Read in Chinese\n\n", "")),
    # the same words in sentences and headings of the article
    ("R601", "Next, the text of the plan was adopted by the standing committee."),
    ("R601", "Last year the port handled 5 million containers, the bureau said."),
    ("R601", "Go to the forum to learn more about the new port."),
    ("R601", "The draft received 3 comments from the public in May."),
    ("R601", "Residents may suggest to a friend that the fair is worth a visit."),
    ("R601", "The fair opened on 17 January 2011 in Dalian."),
    # a file name the writer names inside a sentence, a figure after a date in a sentence
    ("R601", "Residents sent in the file map.jpg to show the damaged road."),
    ("R601", "The archive lists scan.png as the oldest image of the port."),
    ("R601", "Since 2020-01-01 3 new lines have opened, the bureau said."),
    ("R604", "Pupils plant trees in Anshan. Photos by the pupils will go on show in May."),
    ("R604", "The museum shows photos by Li Ming."),
    ("R604", "Pupils plant trees in Anshan. Xinhua"),
    ("R601", "> This is how the plan reads"),
    ("R601", "(Dalian) The city opened a new container terminal on 17 January 2011."),
    ("R601", "Laws and Regulations on Government Affairs"),
    # a report's title block keeps its date, whichever way round it is written
    (
        "R601",
        "Report on the Work of the Government\n\n5 March 2024\n\n"
        "Delivered at the Second Session of the 14th National People's Congress",
    ),
    ("R604", "The exhibition, titled Photo: A Century, opened in Anshan."),
    ("R604", "Photo: Xinhua"),
    # a date, an outlet or a label inside a sentence or a short heading in the article
    ("R601", "Updated on March 2, 2024, the plan covers 12 districts."),
    ("R601", "The forum was reported by Xinhua and China Daily."),
    ("R601", "Anshan and Xinhua signed a media cooperation agreement."),
    ("R601", "Release time for the reservoir is set by the water bureau."),
    ("R601", "The fair was sponsored by the Anshan Municipal People's Government and 20 firms."),
    ("R601", "Homeowners in Tiexi received subsidies."),
    ("R601", "HOMELAND"),
    ("R601", "The new airport opened in May | a milestone for the city"),
    ("R601", "[In Anshan, the plan covers 12 districts.]"),
    # a short heading inside the article, and a heading that opens it before its text
    ("R601", "The port grew.\n\nInvestment\n\nForeign investment rose by 8 percent."),
    ("R601", "Work Report\n\nThe mayor presented the report on Monday."),
    ("R601", "The port grew.\n\nPolicies\n\nNew rules for investors"),
    # a report's own title block: its date is no page time stamp, so its title is no label
    (
        "R601",
        "Government Work Report\n\nDelivered at the Fifth Session of the 16th Anshan "
        "Municipal People's Congress\n\nJanuary 25, 2019\n\nFellow deputies, I now present it.",
    ),
    # an underscore below the article's first line, or in a file's name
    ("R601", "The port grew.\n\nPort opens new terminal in Anshan_Anshan Daily"),
    ("R601", "report_Final"),
    # contact details in a notice for applicants, not beside residue
    ("R601", "Applicants may call the bureau.\n\nTel: 0412-5551234\n\nThe deadline is May 1."),
    ("R601", "Applicants may write to the bureau.\n\nAddress: 2 Renmin Road, Anshan"),
    ("R601", "Meeting notice\n\nDate:\n\nThe venue will be announced later."),
    ("R604", "the Shenyang/Dalian corridor (exports/imports) grew"),
    # photo handouts named in a sentence
    ("R604", "The photo provided to the court showed the site."),
    ("R604", "Officials from Xinhua [the news agency] attended."),
    # a photo or a source named in prose, a data source after a sentence, a slash in a ratio
    ("R604", "The photo shows that the old town has changed, the mayor said."),
    ("R604", "Exports rose by 8 percent. Source: Anshan Bureau of Statistics"),
    ("R604", "The bureau photographed by drone every district in May."),
    ("R604", "Grain output rose this year. Imports/exports"),
    ("R604", "Source: Anshan Daily"),
    # headings and names made of section words, a list in the article, a year range
    ("R601", "Government Work Report Highlights"),
    ("R601", "China International Fair for Investment and Trade Press Center"),
    ("R601", "Agriculture, Industry, Trade, Tourism and Education"),
    ("R601", "Search for talent goes global"),
    ("R601", "2023 2024 2025"),
    # a disclaimer's words in a sentence, an article of a law, a report delivered
    ("R601", "The views of the deputies do not necessarily reflect a consensus, he said."),
    ("R601", "This article is the first of a series on the port."),
    ("R601", "This report was delivered by the mayor on Monday."),
    # a bracket in prose, a copyright named in a sentence
    ("R601", "The plan [special coverage of the port] was adopted."),
    ("R601", "The copyright of the book is held by the author, and all rights reserved apply."),
    # a briefing's date written short below its speakers
    (
        "R601",
        "Briefing on the port\n\nLi Ming, deputy director of the Anshan Port Bureau\n\n"
        "Nov. 12, 2024\n\nLi Ming: Good morning, and welcome to this briefing.",
    ),
    # one em dash, an en dash, a three-em dash in a list of works
    ("P306", "the new port — the largest in the province"),
    ("P306", "the 2020–2021 plan"),
    ("P306", "———. 2019. Annual Report of the Port."),
    # an e-mail address or a site mentioned in a sentence is article text
    ("R601", "Investors can write to invest@anshan.gov.cn for details."),
    ("R601", "Contact us if the plan is unclear, the official said."),
    # languages named in prose, a word alone, a country
    ("R601", "The forum was held in English and Chinese."),
    ("R601", "English"),
    ("R601", "DEAR"),
    # a heading in capitals is a word
    ("R601", "ANNOUNCEMENT"),
    ("R601", "INTERNATIONAL"),
    ("R601", "LIAONING"),
    # the same words inside sentences
    ("R601", "Most viewed items at the fair were robots made in Shenyang."),
    ("R601", "The official website of the city was relaunched in May."),
    ("R601", "Official website of the Dalian summer fair launched"),
    ("R601", "The share of private firms rose to 60 percent."),
    ("R601", "Share the benefits of reform with the people."),
    ("R601", "Print media and new media covered the meeting."),
    ("R601", "Large and medium-sized firms grew."),
    ("R601", "Follow us, the mayor told the delegation."),
    ("R601", "Small, medium and large firms"),
    # a quoted reply and a comparison, not breadcrumbs
    ("R601", "> The meeting was held on Monday."),
    ("R601", "Output rose by 8% / 5% / 3% in the three quarters."),
    ("R601", "Exports / imports ratio improved."),
    # headlines: present tense, no date and no full stop
    ("R601", "Li Ming inspects the Tiexi Modern Industrial Park"),
    ("R601", "Premier chairs State Council executive meeting on reform"),
    # news prose in the past tense
    ("R601", "Li Ming inspected the Tiexi Modern Industrial Park on March 3."),
    # a dateline credit opens the story; a mixed-case credit in a sentence
    ("R604", "DALIAN, March 3 (Xinhua) -- The port handled more containers."),
    ("R604", "The report (Xinhua) was read at the meeting."),
    # initials, dotted abbreviations, numbers, addresses, company suffixes
    ("P305", "J.K. Rowling and the U.S. delegation visited No. 1 Middle School."),
    ("P305", "The Nos.In the list, No.In and Co.Ltd stay as they are."),
    # a stop after a sentence, then spaces inside nothing: the typewriter gap is P307's
    ("P307", "The park opened last year. Recently it added a hall."),
    ("P307", "The park opened last year.\n\nRecently it added a hall."),
    ("P305", "See www.dalian.gov.cn or mail info@dalian.gov.cn for the plan."),
    ("P305", "Anshan Steel Co.Ltd. and version 2.0 were named."),
    # a backslash elsewhere, and markdown escapes are handled apart
    ("R606", "The path C:\\data\\files is a folder."),
    # a breadcrumb broken over lines, a comparison, a line that starts a new sentence
    ("R605", "Home > News >\nLocal"),
    ("R605", "The ratio was >\n5 percent."),
    ("R605", "The port grew.\nfaster growth followed."),
    # the registered form, and a style without stops
    ("P321", "Anshan Heavy Machinery Co., Ltd. won the bid."),
    ("P321", "Anshan Heavy Machinery Co Ltd won the bid."),
    # adjectives and nouns ending in -ly, a name, a dictionary compound
    ("P322", "a family-run and elderly-friendly early-stage daily-use service"),
    ("P322", "friendly-fire rules and only-child families"),
    ("P322", "Mr McNally-Smith met the newly-weds and a fully-fledged team."),
    ("P322", "a newly built road and a highly skilled workforce"),
    # datelines, suspended hyphens, compounds, a dash already
    ("P309", "SHENYANG, Sept. 6 (Xinhua) - The province issued a plan."),
    ("P309", "BEIJING - President Xi Jinping met the delegation."),
    ("P309", "the “two pre-zones”-related policies"),
    ("P309", "small- and medium-sized enterprises"),
    ("P309", "Tel: (0411) - 82345678"),
    ("P309", "the “bridge head” — project of the year"),
    # shapes many sites share: list bullets, counters, file names, release stamps, label
    # colons, figures glued to unit words, pinyin names glued to an English word
    # a bulleted list of the article's own points, figures with their words
    ("R601", "• The zone will cut fees for small firms."),
    ("R601", "• 2,000 new jobs were created in the zone."),
    ("R601", "• Total 6,690,432"),
    # headlines and sentences that begin like a counter, a credit or an edition switch
    ("R601", "500 visits to poor villages"),
    ("R601", "Views of the delegates differed on the plan."),
    ("R601", "Story of a village that beat poverty"),
    ("R601", "The global edition of the report was published on Monday."),
    ("R601", "Global Edition of the Report Published on Monday."),
    ("R601", "Video player makers gather in Shenzhen for the fair."),
    ("R601", "Xinhua 2021-05-03 reported that the port grew."),
    # a file named in a sentence
    ("R601", "The map was saved as port.jpg and sent to the office."),
    # a slash inside the text, capitals that are no photographer
    ("R604", "Output rose 8 percent in the zone and/or the port, the MOFCOM/NDRC plan said."),
    ("R604", "The rate is measured in tonnes /year across the zone."),
    ("R601", "By Gao Yan's count, updated: the zone has 30 firms."),
    # a site's address inside a sentence, an original text named in a sentence
    ("R601", "Visitors can book tickets on jzdaily.com – the city's news site – from Monday."),
    ("R601", "The original text of the plan is kept in the archives."),
    ("R601", "By admin staff count, the office has 30 workers."),
    # a bracket at a paragraph's end that is the article's own aside
    ("R601", "The park was built by the port group (by far the largest investor)."),
    ("R601", "The park will create 3,000 jobs (source: the district's plan)."),
    (
        "R601",
        "The port handled 3 million containers. (By comparison, it handled 2 million in 2019.)",
    ),
    ("R601", "Li Wen was born in Jinzhou. By Li Wen's account, the park grew fast."),
    ("R601", "Photo exhibitions will be held in the park by the end of May."),
    # times, ratios, addresses and Chinese labels
    ("P305", "The meeting began at 10:30 a.m. on Monday."),
    ("P305", "The motion passed by a ratio of 3:1 in the session."),
    ("P305", "The COVID-19:2 series of tests began."),
    ("P305", "See http://www.dalian.gov.cn:8080/news for details."),
    ("P305", "时间:2021-09-07"),
    ("P305", "Note the time: 2021-09-07 is the deadline."),
    # units written solid as abbreviations, ordinals, decades, pinyin and known words
    ("P320", "The new road runs 5km along the coast and weighs 3kg per metre."),
    ("P320", "The 19th session opened in the 1980s-style hall with 5G coverage."),
    ("P320", "Delegates from Anshan, Kaifeng and Zhangjiajie attended."),
    ("P320", "The Shanghainese opera and Beijingers' habits were discussed."),
    ("P320", "The delegation from Pakistan met the Sultanate of Oman envoy."),
    ("P320", "Mayor Gao welcomed the Kaifeng government delegation."),
    ("P320", "The proposal in an open session was adopted."),
    ("P320", "Premier Li Qiang presided over the meeting with Wang Yi."),
    ("P320", "The company Huaweicloud and the Xiaomi brand were named."),
    # an address inside a sentence, a whole tag of markup, the agency's own names
    ("R601", "Details are posted at www.anshan.gov.cn/news for applicants."),
    ("R601", 'Apply online via <a href="www.anshan.gov.cn" target=_blank>the portal</a>.'),
    ("R601", "Xinhua News Agency"),
    ("R601", "Xinhua Silk Road"),
    # the outlet alone inside the page is a credit; only over the page is it a masthead
    ("R601", "The port opened on Monday, the harbour bureau said.\n\nChina Daily"),
    ("R601", "The rate rose to a = b > c in the model."),
]


@pytest.mark.parametrize(("code", "text", "span"), FLAGGED)
def test_flags_the_residue(code: str, text: str, span: str) -> None:
    found = spans(check_texts([text], [code]), code)
    assert span in found, f"{code} missed {span!r} in {text!r}: {found}"


@pytest.mark.parametrize(("code", "text"), CLEAN)
def test_leaves_article_text_alone(code: str, text: str) -> None:
    found = spans(check_texts([text + ARTICLE], [code]), code)
    assert found == [], f"{code} cried wolf on {text!r}: {found}"


def test_markdown_escapes_are_markdown_syntax() -> None:
    text = "Vanuatu\\'s delegation toured the zone.\n"
    assert spans(check_texts([text], ["R606"], fmt="markdown"), "R606") == []
    assert spans(check_texts([text], ["R606"]), "R606") == ["\\"]


def test_escape_fix_is_safe_only_where_the_word_holds_no_other_backslash() -> None:
    found = check_texts(["Vanuatu\\'s plan is in C:\\data\\'s folder."], ["R606"])
    assert found.select("span", "suggestion", "fix").rows() == [
        ("\\", "", "safe"),
        ("\\", "", "unsafe"),
    ]


def test_dash_after_a_quote_suggests_a_dash_not_a_compound() -> None:
    found = check_texts(["the city's “bridge head” - project of the year"], ["P309"])
    assert found.select("span", "suggestion").rows() == [(" - ", "—")]


def test_missing_space_after_a_stop_is_fixed_with_a_space() -> None:
    found = check_texts(["The delegation arrived in Osaka.He praised the talks."], ["P305"])
    assert found.select("span", "suggestion", "fix").rows() == [(".", ". ", "safe")]


def test_a_doubled_em_dash_is_fixed_safely_only_between_two_words() -> None:
    found = check_texts(["Anshan——A City of Steel, and the port —— the largest"], ["P306"])
    assert found.select("span", "suggestion", "fix").rows() == [
        ("——", "—", "safe"),
        ("——", "—", "unsafe"),
    ]


def test_a_stop_after_cum_is_fixed_safely_only_before_a_lower_case_word() -> None:
    found = check_texts(["a museum cum. library, and the Forum cum. Anshan Fair"], ["P332"])
    assert found.select("span", "suggestion", "fix").rows() == [
        (".", "", "safe"),
        (".", "", "unsafe"),
    ]


def test_a_label_is_residue_only_above_the_headline_and_the_time_stamp() -> None:
    page = "Investment Policies\n\nAnshan opens a new zone\n\n{}The zone covers 12 square km."
    assert spans(check_texts([page.format("Updated: 2022-06-01\n\n")], ["R601"]), "R601") == [
        "Investment Policies",
        "Updated: 2022-06-01",
    ]
    assert spans(check_texts([page.format("")], ["R601"]), "R601") == []
    # below the article's first sentence, a label is a heading whatever follows it
    inside = "The port grew.\n\n" + page.format("Updated: 2022-06-01\n\n")
    assert spans(check_texts([inside], ["R601"]), "R601") == ["Updated: 2022-06-01"]


def test_a_word_cut_by_a_stray_mark_is_joined_up() -> None:
    found = check_texts(["The mayor of Perm Ci >\nty, and of Anshan >\nmet."], ["R605"])
    assert found.select("span", "suggestion").rows() == [(" >\n", ""), (" >\n", " ")]


def test_a_short_headline_between_a_breadcrumb_and_a_bracketed_source_line_is_the_headline() -> (
    None
):
    # The time stamp with its source in brackets and a print button is the page's; the short
    # Title Case line above it is then the head's only plain line: the article's headline.
    page = (
        "Home>Updates\n\nHighlights of the Budget Report\n\n"
        "Updated: 2023-01-19 (liaoning.gov.cn) Print\n\n"
        "The province set out its budget for the year on Monday, officials said."
    )
    found = spans(check_texts([page], ["R601"]), "R601")
    assert found == ["Home>Updates", "Updated: 2023-01-19 (liaoning.gov.cn) Print"]


def test_a_hard_wrapped_page_is_reported_once_per_broken_line() -> None:
    # Four lines break their sentence (one on a comma before a capital); the line that ends
    # a sentence and the last line are left alone, and the blank lines between are skipped.
    page = (
        "The delegation visited the new port and\n\nthe free trade zone on Monday, where "
        "officials\n\nexplained the plan to\n\nthe guests. Deputy Mayor Li Ming said,\n\n"
        '"Trade will grow." He thanked the guests.\n\nThe visit ended.'
    )
    found = check_texts([page], ["R605"])
    assert found.select("span", "suggestion").rows() == [
        ("and\n\n", "and "),
        ("officials\n\n", "officials "),
        ("to\n\n", "to "),
        ("said,\n\n", "said, "),
    ]


def test_a_glued_unit_is_split_after_the_whole_figure() -> None:
    found = check_texts(["Each household received 10,094yuan in subsidies."], ["P320"])
    assert found.select("span", "suggestion").rows() == [("10,094yuan", "10,094 yuan")]


def test_a_name_and_the_verb_glued_to_it_are_split_at_both_seams() -> None:
    found = check_texts(["Mayor XinChangxinginspected the project."], ["P320"])
    assert found.select("suggestion").rows() == [("Xin Changxing inspected",)]


def test_a_label_colon_is_fixed_safely_with_a_space() -> None:
    found = check_texts(["Time:2018-06-27 16:06"], ["P305"])
    assert found.select("span", "suggestion", "fix").rows() == [(":", ": ", "safe")]
