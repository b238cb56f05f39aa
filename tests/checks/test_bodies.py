"""Body names and titles checked by their structure, not by glossary entries.

Each pattern has texts that must be flagged (with the span and the suggestion) and texts
that must be left alone. The sentences are written for these tests in the register of local
government news; none is taken from a page.
"""

from __future__ import annotations

import pytest
from helpers import check_texts, spans

# (code, text, flagged span, suggestion)
FLAGGED = [
    # 副秘书长 of a government: it has no secretary, so no vice secretary.
    (
        "T111",
        "Gao Feng, Vice Secretary of Yantai Municipal People's Government, read the notice.",
        "Vice Secretary",
        "Deputy Secretary-General",
    ),
    # A Party body first: the deputy secretary of the Party committee, not of the government.
    (
        "T111",
        "Sun Lei, Vice Secretary of the District Party Committee and the district government.",
        "Vice Secretary",
        "Deputy Secretary",
    ),
    # 1. A Party committee without its level word; the gazetteer says city or province.
    (
        "T110",
        "Wang Li, secretary of the CPC Huai'an Committee, chaired the meeting.",
        "CPC Huai'an Committee",
        "CPC Huai'an Municipal Committee",
    ),
    (
        "T110",
        "The plenary session of the CPC Jiangxi Committee opened on Monday.",
        "CPC Jiangxi Committee",
        "CPC Jiangxi Provincial Committee",
    ),
    # A municipality's committee too, when the Party's name comes first, in either form.
    (
        "T110",
        "Zhao Min was elected a deputy secretary of the 12th CPC Tianjin Committee.",
        "CPC Tianjin Committee",
        "CPC Tianjin Municipal Committee",
    ),
    (
        "T110",
        "The Communist Party of China Chongqing Committee held a plenary session.",
        "Communist Party of China Chongqing Committee",
        "CPC Chongqing Municipal Committee",
    ),
    (
        "T110",
        "Officials of the Yantai CPC Committee visited the port.",
        "Yantai CPC Committee",
        "CPC Yantai Municipal Committee",
    ),
    (
        "T110",
        "Liu Fang, a member of the Hunan Provincial CPC Standing Committee, spoke.",
        "Hunan Provincial CPC Standing Committee",
        "Standing Committee of the CPC Hunan Provincial Committee",
    ),
    (
        "T110",
        "Zhou Hua, vice chairman of the Yantai Municipal Committee of CPPCC, attended.",
        "Committee of CPPCC",
        "Committee of the CPPCC",
    ),
    (
        "T110",
        "The first session of the 13th Yantai Municipal CPPCC opened on Monday.",
        "13th Yantai Municipal CPPCC",
        "13th CPPCC Yantai Municipal Committee",
    ),
    (
        "T110",
        "Members of the 12th Shandong provincial Chinese People's Political Consultative "
        "Conference (CPPCC) met.",
        "12th Shandong provincial Chinese People's Political Consultative Conference (CPPCC)",
        "12th CPPCC Shandong Provincial Committee",
    ),
    # A place's body named the wrong way round: no level word, or the level in lower case.
    (
        "T110",
        "Sun Tao, vice chairman of Shandong Committee of CPPCC, opened the forum.",
        "Shandong Committee of CPPCC",
        "CPPCC Shandong Provincial Committee",
    ),
    (
        "T110",
        "Greetings came from Yantai Committee of CPPCC and the city government.",
        "Yantai Committee of CPPCC",
        "CPPCC Yantai Municipal Committee",
    ),
    (
        "T110",
        "Ma Lin, deputy secretary of Weifang municipal committee of CPC, chaired the session.",
        "Weifang municipal committee of CPC",
        "CPC Weifang Municipal Committee",
    ),
    (
        "T110",
        "The Jiangxi provincial committee of the CPC issued the plan on Monday.",
        "Jiangxi provincial committee of the CPC",
        "CPC Jiangxi Provincial Committee",
    ),
    (
        "T110",
        "The Weifang Committee of the CPC approved the budget.",
        "Weifang Committee of the CPC",
        "CPC Weifang Municipal Committee",
    ),
    # 2. Wrong title words, a misspelt title, wrong plurals.
    (
        "T111",
        "Chen Ming, vice secretary of the Yantai Municipal Party Committee, attended.",
        "vice secretary",
        "deputy secretary",
    ),
    (
        "T111",
        "Provincial Party Committee Vice Secretary Zhao Hong opened the forum.",
        "Vice Secretary",
        "Deputy Secretary",
    ),
    (
        "T111",
        "Secretary Wang Li, Governor Sun Bo and vice Party Secretary Zhou Hua attended.",
        "vice Party Secretary",
        "deputy Party Secretary",
    ),
    (
        "T111",
        "The Vice-Party Secretary of the county chaired the meeting.",
        "Vice-Party Secretary",
        "Deputy Party Secretary",
    ),
    (
        "T111",
        "Villagers Study Secretary Xi Jinping's Letter on Rural Work",
        "Secretary",
        "General Secretary",
    ),
    (
        "T111",
        "Sun Lei, President of Yantai Municipal CPPCC, delivered the work report.",
        "President",
        "Chairman",
    ),
    (
        "T111",
        "Vice President of the CPPCC Yantai Committee Hu Jun presided.",
        "Vice President",
        "Vice Chairman",
    ),
    ("T111", "Mayer Gao Peng welcomed the guests to the fair.", "Mayer", "Mayor"),
    ("T111", "The executive vice mayer inspected the flood defences.", "mayer", "mayor"),
    (
        "T111",
        "The Consulate Generals of four countries sent representatives.",
        "Consulate Generals",
        "Consulates General",
    ),
    ("T111", "Three consul generals toured the new area.", "consul generals", "consuls general"),
    # 区长, 副区长, 代区长 called a director; 部长 of a Party department called a minister.
    (
        "T111",
        "Wu Tao, the district director, opened the fair.",
        "district director",
        "district head",
    ),
    (
        "T111",
        "Ma Lin was named deputy head, acting as District Director.",
        "District Director",
        "District Head",
    ),
    (
        "T111",
        "Two Deputy District Directors in charge of trade attended.",
        "Deputy District Directors",
        "Deputy District Heads",
    ),
    (
        "T111",
        "Ma Lin was appointed Deputy Director of the People's Government of Laishan District.",
        "Deputy Director",
        "Deputy Head",
    ),
    (
        "T111",
        "Hu Jun, vice director of Fushan District People’s Government, spoke.",
        "vice director",
        "deputy head",
    ),
    (
        "T111",
        "Gao Yan, director of the County People's Government, cut the ribbon.",
        "director",
        "head",
    ),
    (
        "T111",
        "Qin Hao, minister of the United Front Work Department of the district committee, spoke.",
        "minister",
        "head",
    ),
    (
        "T111",
        "Lu Ping, Vice Minister of the Publicity Department of the Yantai Municipal Party "
        "Committee, spoke.",
        "Vice Minister",
        "Deputy Head",
    ),
    # An ordinal misspelt in a body's name or a meeting's title.
    (
        "T112",
        "the second session of the Forth Yantai Municipal Committee of the CPPCC opened.",
        "Forth",
        "Fourth",
    ),
    ("T112", "the forth plenary session of the provincial committee", "forth", "fourth"),
    ("T112", "the Nineth Party Congress of the city", "Nineth", "Ninth"),
    ("T112", "more than fourty projects were signed.", "fourty", "forty"),
    ("T112", "the 42th meeting of the Standing Committee was held.", "th", "nd"),
    ("T112", "at the city's 21th trade fair", "th", "st"),
    ("T112", "the 11st plenary session of the county committee", "st", "th"),
    ("T112", "THE 3TH FORUM ON THE BELT AND ROAD", "TH", "RD"),
    # 3. Titles whose body is cut short, known by their structure.
    (
        "T105",
        "Qian Bo, member of municipal standing committee and vice mayor, spoke.",
        "member of municipal standing committee",
        "member of the Standing Committee of the Municipal Party Committee",
    ),
    (
        "T105",
        "Deng Yu, vice chairman of the provincial committee, visited the school.",
        "vice chairman of the provincial committee",
        "vice chairman of the Provincial Committee of the CPPCC",
    ),
    # 4. A city's congress called the national legislature, places from the gazetteer.
    (
        "T109",
        "the Hohhot National People's Congress adopted the regulation.",
        "Hohhot National People's Congress",
        "Hohhot Municipal People's Congress",
    ),
    (
        "T109",
        "the second session of the 16th National People's Congress of Xi'an closed.",
        "National People's Congress of Xi'an",
        "People's Congress of Xi'an",
    ),
    # 5. Body names the document itself capitalises, written in lower case.
    (
        "N204",
        "Zhongshan District hosted the fair. Leaders of the Zhongshan district attended.",
        "Zhongshan district",
        "Zhongshan District",
    ),
    (
        "N204",
        "The Yantai Foreign Affairs Office met the guests. "
        "The Weihai foreign affairs office sent a letter.",
        "Weihai foreign affairs office",
        "Weihai Foreign Affairs Office",
    ),
    (
        "N204",
        "The Jinzhou Bonded Zone grew fast. Staff of the Hefei foreign affairs office came.",
        "Hefei foreign affairs office",
        "Hefei Foreign Affairs Office",
    ),
    # T113: a full body name after a preposition, without its article.
    (
        "T113",
        "The county backs the building of China (Hubei) Pilot Free Trade Zone.",
        "China (Hubei) Pilot Free Trade Zone",
        "the China (Hubei) Pilot Free Trade Zone",
    ),
    (
        "T113",
        "Firms joined the development of Guangdong-Hong Kong-Macao Greater Bay Area, he said.",
        "Guangdong-Hong Kong-Macao Greater Bay Area",
        "the Guangdong-Hong Kong-Macao Greater Bay Area",
    ),
    (
        "T113",
        "They studied the integration of Yangtze River Delta and its ports.",
        "Yangtze River Delta",
        "the Yangtze River Delta",
    ),
    (
        "T113",
        "On behalf of Yantai Municipal People's Government, I present the report.",
        "Yantai Municipal People's Government",
        "the Yantai Municipal People's Government",
    ),
    (
        "T113",
        "Under the leadership of Communist Party of China (CPC) Hunan Provincial Committee, "
        "we met the targets.",
        "Communist Party of China (CPC) Hunan Provincial Committee",
        "the Communist Party of China (CPC) Hunan Provincial Committee",
    ),
    (
        "T113",
        "The plan was drafted by the Office of Weihai Municipal Government last year.",
        "Weihai Municipal Government",
        "the Weihai Municipal Government",
    ),
    (
        "T113",
        "He briefed the Party group of Hebei Provincial Development and Reform Commission.",
        "Hebei Provincial Development and Reform Commission",
        "the Hebei Provincial Development and Reform Commission",
    ),
    (
        "T113",
        "The delegation of CPC Yantai Municipal Committee toured the port.",
        "CPC Yantai Municipal Committee",
        "the CPC Yantai Municipal Committee",
    ),
    (
        "T113",
        "The county acted under the guidance of Laishan District Government.",
        "Laishan District Government",
        "the Laishan District Government",
    ),
    (
        "T113",
        "Zhou Hua, the chairman of Weihai CPPCC Committee, read the report.",
        "Weihai CPPCC Committee",
        "the Weihai CPPCC Committee",
    ),
    (
        "T113",
        "Proposals went to the CPPCC Yantai Municipal Committee. The work of CPPCC Weihai "
        "Municipal Committee was praised.",
        "CPPCC Weihai Municipal Committee",
        "the CPPCC Weihai Municipal Committee",
    ),
    (
        "T113",
        "Reporters visited Yantai Municipal Bureau of Natural Resources on Monday.",
        "Yantai Municipal Bureau of Natural Resources",
        "the Yantai Municipal Bureau of Natural Resources",
    ),
    # A title's body ("secretary of …", "mayor of …") takes the article like any other.
    (
        "T113",
        "Wang Li, secretary of Yantai Municipal Party Committee, spoke at the meeting.",
        "Yantai Municipal Party Committee",
        "the Yantai Municipal Party Committee",
    ),
    (
        "T113",
        "Zhao Gang was elected mayor of Yantai Municipal People's Government on Friday.",
        "Yantai Municipal People's Government",
        "the Yantai Municipal People's Government",
    ),
    (
        "T113",
        "Qian Li, member of Standing Committee of the Weihai Municipal Party Committee, spoke.",
        "Standing Committee",
        "the Standing Committee",
    ),
    (
        "T113",
        "The Standing Committee of Yantai Municipal People's Congress met on Monday.",
        "Yantai Municipal People's Congress",
        "the Yantai Municipal People's Congress",
    ),
    # A body after "and" takes its article when none comes before the pair.
    (
        "T113",
        "He thanked the city's leaders and Yantai Municipal Government for their support.",
        "Yantai Municipal Government",
        "the Yantai Municipal Government",
    ),
    # A body named by its province or city without a level word.
    (
        "T113",
        "Sun Bo, head of Shandong Culture and Tourism Commission, opened the fair.",
        "Shandong Culture and Tourism Commission",
        "the Shandong Culture and Tourism Commission",
    ),
    (
        "T113",
        "Three experts joined the talks with staff from Qingdao Marine Research Center.",
        "Qingdao Marine Research Center",
        "the Qingdao Marine Research Center",
    ),
    # A national congress or central committee by its term.
    (
        "T113",
        "They studied the guiding principles from 20th CPC National Congress in depth.",
        "20th CPC National Congress",
        "the 20th CPC National Congress",
    ),
    # A label without the article in a document that writes it with one elsewhere.
    (
        "T113",
        "Sun Bo, secretary of the CPC Yantai Municipal Committee, and Li Na, director of "
        "Yantai Municipal Bureau of Commerce, spoke.",
        "Yantai Municipal Bureau of Commerce",
        "the Yantai Municipal Bureau of Commerce",
    ),
    # The level word in lower case: the same body, the same article.
    (
        "T113",
        "Zhou Ming, deputy secretary of Shanxi provincial Party committee, met the investors.",
        "Shanxi provincial Party committee",
        "the Shanxi provincial Party committee",
    ),
    (
        "T113",
        "On Monday, cadres from Tongren municipal Party committee visited the farms.",
        "Tongren municipal Party committee",
        "the Tongren municipal Party committee",
    ),
    (
        "T113",
        "The envoys held talks with the bureaus of Fujian provincial government, he said.",
        "Fujian provincial government",
        "the Fujian provincial government",
    ),
    (
        "T113",
        "Gao Lin, director of Hubei provincial department of commerce, said exports rose.",
        "Hubei provincial department of commerce",
        "the Hubei provincial department of commerce",
    ),
    (
        "T113",
        "Guests were welcomed by Anqing municipal committee and thanked by its mayor.",
        "Anqing municipal committee",
        "the Anqing municipal committee",
    ),
    # A label without the article in a document whose running text writes a body name with
    # its article: the page's own style takes it.
    (
        "T113",
        "The plan was adopted by the CPC Weihai Municipal Committee. Zhao Min, mayor of "
        "Weihai Municipal People's Government, presented it.",
        "Weihai Municipal People's Government",
        "the Weihai Municipal People's Government",
    ),
    (
        "T113",
        "Under the leadership of the CPC Central Committee, the city grew. Qian Li, member of "
        "the Standing Committee of Weihai Municipal People's Congress, spoke.",
        "Weihai Municipal People's Congress",
        "the Weihai Municipal People's Congress",
    ),
    # T113: a full body name as the subject of its sentence, without its article.
    (
        "T113",
        "Weihai Municipal Bureau of Commerce held a trade fair for local firms on Monday.",
        "Weihai Municipal Bureau of Commerce",
        "the Weihai Municipal Bureau of Commerce",
    ),
    (
        "T113",
        "The rules take effect in May. Shandong Provincial Department of Transport issued them.",
        "Shandong Provincial Department of Transport",
        "the Shandong Provincial Department of Transport",
    ),
    (
        "T113",
        "Standing Committee of Weihai Municipal People's Congress adopted the regulation.",
        "Standing Committee of Weihai Municipal People's Congress",
        "the Standing Committee of Weihai Municipal People's Congress",
    ),
    (
        "T113",
        "Development and Reform Commission of Yantai said the line would open next year.",
        "Development and Reform Commission of Yantai",
        "the Development and Reform Commission of Yantai",
    ),
    (
        "T113",
        "On Tuesday, Laishan District People's Government signed a deal with the port.",
        "Laishan District People's Government",
        "the Laishan District People's Government",
    ),
    (
        "T113",
        "Officials said Yantai Municipal Bureau of Statistics will publish the data.",
        "Yantai Municipal Bureau of Statistics",
        "the Yantai Municipal Bureau of Statistics",
    ),
    (
        "T113",
        "Sun Li, director of the Office of People's Congress of Laishan District, spoke.",
        "People's Congress of Laishan District",
        "the People's Congress of Laishan District",
    ),
    (
        "T113",
        "People's Congress of Laishan District adopted the budget on Friday.",
        "People's Congress of Laishan District",
        "the People's Congress of Laishan District",
    ),
    # T111: titles of the city government built on "of city government"; 市领导 as a title.
    (
        "T111",
        "Gao Peng, deputy mayor of city government, opened the fair.",
        "deputy mayor of city government",
        "deputy mayor of the city",
    ),
    (
        "T111",
        "Li Na, mayor of the city government, spoke.",
        "mayor of the city government",
        "mayor of the city",
    ),
    (
        "T111",
        "Sun Qiang, secretary general of city government, read the notice.",
        "secretary general of city government",
        "secretary-general of the municipal government",
    ),
    ("T111", "Zhou Li, city leader, and the heads of bureaus attended.", "city leader", None),
    (
        "N204",
        "The Yantai Foreign Affairs Office met them. Staff of the Weihai urban and rural "
        "planning committee came.",
        "Weihai urban and rural planning committee",
        "Weihai Urban and Rural Planning Committee",
    ),
    (
        "N204",
        "The Weihai Urban and Rural Planning Committee met. Staff of the Weihai urban and "
        "rural planning committee came.",
        "Weihai urban and rural planning committee",
        "Weihai Urban and Rural Planning Committee",
    ),
    (
        "N204",
        "Officials of Yantai and Laishan District met. Farms in Laishan district grew.",
        "Laishan district",
        "Laishan District",
    ),
]

# N204: lower-case body names listed beside a capitalised one in the same sentence.
FLAGGED += [
    (
        "N204",
        "The plan came from the Provincial Emergency Management Department, the provincial "
        "forestry bureau and the provincial water resources department.",
        "provincial forestry bureau",
        "Provincial Forestry Bureau",
    ),
    (
        "N204",
        "The plan came from the Provincial Emergency Management Department, the provincial "
        "forestry bureau and the provincial water resources department.",
        "provincial water resources department",
        "Provincial Water Resources Department",
    ),
]

# (code, text): nothing of `code` may be flagged.
CLEAN = [
    # A headline drops its articles: the one "of CPPCC" lacks in a sentence is not asked for.
    ("T110", "City Leaders Meet Members of Yantai Municipal Committee of CPPCC"),
    ("T110", "The CPC Central Committee issued the plan."),
    ("T110", "Wang Li, secretary of the CPC Yantai Municipal Committee, spoke."),
    ("T110", "The CPC Committee of Yantai held a study session."),
    ("T110", "Yantai Municipal CPC Committee approved the plan."),
    ("T110", "The CPC Zhuanghe Committee met."),  # a county-level city: level not certain
    ("T110", "The CPC Jilin Committee met."),  # a province and a city of that name
    ("T110", "The CPC Yantai Committee for Discipline Inspection opened a case."),
    ("T110", "The CPPCC Yantai Committee held its session."),  # usage varies for CPPCC
    # A municipality's bodies named place first, or its CPPCC committee without the level.
    ("T110", "The Tianjin Municipal Committee of the Communist Party of China met."),
    ("T110", "The CPPCC Chongqing Committee held its session."),
    ("T110", "The Communist Party of China Central Committee issued the plan."),
    ("T110", "Zhou Hua, vice chairman of the Yantai Municipal Committee of the CPPCC, spoke."),
    ("T110", "He chaired the Standing Committee of CPC Hunan Provincial Committee."),
    # The place's body named with its level word in capitals, "of" and the article.
    ("T110", "Ma Lin, secretary of the Weifang Municipal Committee of the CPC, spoke."),
    ("T110", "The Jiangxi Provincial Committee of the CPPCC held its session."),
    ("T110", "Greetings came from the Yantai Committee of the CPPCC."),  # usage varies
    ("T110", "The Shanghai municipal committee of the CPC met."),  # a municipality
    ("T110", "The Zhuanghe committee of the CPC met."),  # a county-level city
    ("T110", "Weifang Committee of CPPCC Opens Session"),  # a headline
    ("T111", "Li Wei, Vice Secretary-General of the Provincial Government, spoke."),
    ("T111", "Vice Secretary General Zhang Tao read the notice."),
    ("T111", "The Vice Secretary of State arrived in Beijing."),
    ("T111", "Li Wei, vice secretary of the trade association, spoke."),
    ("T111", "Li Na, vice secretary of the youth federation and a government adviser, spoke."),
    ("T111", "President Xi Jinping met CPPCC members from Yantai."),
    ("T111", "General Secretary Xi Jinping and general secretary Xi Jinping spoke."),
    ("T111", "Then Zhejiang Party Secretary Xi Jinping visited the town in 2005."),
    ("T111", "Provincial Party Committee Secretary Xi Jinping inspected the farm."),
    ("T111", "Villagers recall that Secretary Xi walked to the village in 1989."),
    ("T111", "Secretary Xi Ming of the township Party committee met the farmers."),
    ("T111", "Zhou Hua, deputy Party secretary of the county, spoke."),
    ("T111", "the president of the university and CPPCC members attended."),
    ("T111", "Marissa Mayer spoke at the forum on the digital economy."),
    ("T111", "The Consulate General's staff and the consuls general attended."),
    ("T110", "The 12th Shandong Provincial CPPCC Committee held its session."),
    ("T110", "The 5th Yantai Municipal CPPCC Standing Committee meeting was held."),
    ("T110", "Deputies to the 14th National People's Congress and the 14th CPPCC met."),
    ("T110", "The 3rd Shandong Provincial CPPCC Forum opened."),  # a longer name
    ("T112", "Deputies put forth proposals on housing, schools and so forth."),
    ("T112", "Back and forth talks went on; the talks went back and forth."),
    ("T112", "Visitors crossed the Forth Bridge near the Firth of Forth."),
    ("T112", "The 1st, 2nd, 3rd, 11th, 12th, 13th, 21st, 42nd, 111th and 1,001st sessions met."),
    ("T112", "The G20th summit code is 2.5th in the list at www.example.cn/22th."),
    ("T105", "Qian Bo, member of the Standing Committee of the Municipal Party Committee, spoke."),
    ("T105", "Deng Yu, vice chairman of the provincial committee of the China Democratic League."),
    ("T105", "The provincial Party organizations at all levels must act at once."),
    ("T103", "Wang Jun, secretary of its leading Party members' group, spoke."),
    ("T109", "Shandong deputies to the 14th National People's Congress met in Beijing."),
    ("N204", "The districts of Yantai met. Zhongshan District grew."),  # generic plural
    (
        "N204",  # lower case throughout, as Xinhua writes local bodies
        "The provincial forestry bureau, the provincial health commission and the county "
        "education bureau met.",
    ),
    (
        "N204",  # capitalised in another sentence only
        "The Provincial Forestry Bureau met. The provincial health commission and the city "
        "planning bureau met.",
    ),
    (
        "N204",  # a level word and a head noun alone describe the body
        "The Provincial Party Committee and the provincial government issued the plan.",
    ),
    (
        "N204",  # a clause, not a name
        "The Provincial Forestry Bureau said the provincial plan for the office, and more.",
    ),
    ("N204", "The Yantai municipal government and Laishan District both met."),  # describes
    ("N204", "Officials of Laishan district and Fushan district met."),  # no authority here
    ("N204", "Laishan District Holds Meeting on the Laishan district Plan"),  # a heading
    ("T113", "On behalf of the Yantai Municipal People's Government, I present the report."),
    ("T113", "Sun Bo, secretary of the Party committee of the university, spoke."),
    ("T113", "Reporters visited the Yantai Municipal Bureau of Natural Resources."),
    ("T113", "Sun Bo, secretary of the Yantai Municipal Party Committee, spoke."),
    ("T113", "She thanked the Standing Committee of the Weihai Municipal People's Congress."),
    ("T113", "He chaired a meeting of the Standing Committee of the Political Bureau."),
    ("T113", "Staff of Peking University and Xinhua News Agency met the reporters."),
    ("T113", "The Hebei Tourism Development Commission and the Beijing Commission met."),
    ("T113", "Delegates of the 20th CPC National Congress met in Beijing."),
    ("T113", "He worked with Promotion Association for ten years."),  # no place
    ("T113", "Officials from Shanghai and Beijing Municipal Commission officials met."),
    ("T113", "The plan came from a CPC Central Committee document last year."),
    ("T113", "The mayor of Yantai visited the farms of Shandong Province."),  # places alone
    ("T113", "He met Yantai Municipal Government officials at the port."),  # modifies a plural
    ("T113", "The plan of Yantai's Municipal Government was adopted."),  # a possessive
    ("T113", "Office of Yantai Municipal Government"),  # a heading or byline
    ("T113", "The report of Yantai Municipal Government Holds Meeting"),  # no sentence end
    ("T113", "Zhou Ming, deputy secretary of the Shanxi provincial Party committee, spoke."),
    ("T113", "He met Fujian provincial government officials at the fair."),  # modifies
    (
        "T113",  # the names modify a title
        "Gao Lin, CPC Fujian Provincial Committee secretary and Fujian Provincial People's "
        "Congress Standing Committee director, met the guests.",
    ),
    ("T113", "The plan of Fujian provincial government departments was adopted."),  # modifies
    (
        "T113",
        "Staff of the Qinghai provincial bureau of sport and Qinghai provincial "
        "department of culture met.",
    ),  # after "and": the first article serves the list
    ("T113", "The fair drew firms from Tongren and the Tongren municipal Party committee."),
    ("T113", "He spoke of the deep provincial government reform under way."),  # no place
    ("T113", "Envoys and Hubei provincial government staff met."),  # after "and", modifies
    ("T113", "He spoke at the Zhongguancun Forum in Beijing."),  # no level word
    ("T113", "Firms in Yangtze River Delta cities and of Greater Bay Area ports grew."),
    ("T113", "He toured the office of the China (Hubei) Pilot Free Trade Zone."),
    ("T113", "Shandong University signed a deal with the city on Monday."),  # no body
    ("T113", "Sun Li spoke on behalf of the People's Congress of Laishan District."),
    ("T113", "Deputies of People's Congress of Laishan District Meet Voters"),  # a heading
    ("T113", "Yantai Wanhua Group opened a plant in the district."),  # a company
    ("T113", "Yantai Municipal Government officials said the plan would work."),  # modifies
    (
        "T113",  # a list of bodies: no verb right after the first, the last follows "and"
        "Yantai Municipal Bureau of Commerce, Yantai Municipal Bureau of Finance and the "
        "customs office jointly issued the rules.",
    ),
    ("T113", "The Yantai Municipal Bureau of Commerce held a meeting."),  # with its article
    ("T113", "Li Na, Yantai Municipal Bureau of Commerce director, said the fair grew."),
    ("T113", "Hosted by: Yantai Municipal Bureau of Commerce"),  # a credit line
    ("T113", "Yantai Municipal Bureau of Commerce Holds Trade Fair"),  # a headline
    ("T113", "Bureau of Commerce of Yantai Port Group said cargo rose."),  # a company's unit
    ("T113", "Yantai's Municipal Bureau of Commerce held a fair."),  # a possessive
    ("T113", "Wang Li, Weihai Municipal Bureau of Commerce, said exports rose."),  # apposition
    ("T111", "City leaders visited the farms; the city leaders then met workers."),
    ("T111", "The district director of education and the district director for health spoke."),
    ("T111", "Tang Yu, the sub-district director, and the subdistrict directors met residents."),
    ("T111", "Lin Bo, director of the General Office of Laishan District People's Government."),
    ("T111", "Lin Bo, director of the District People's Government Office, spoke."),
    ("T111", "Lin Bo, director of the Yantai Municipal People's Government, spoke."),  # a mayor
    ("T111", "Lin Bo, director of the People's Government's research office, spoke."),
    ("T111", "Lin Bo, director of the People's Government of Yantai City, spoke."),  # a mayor
    ("T111", "Lin Bo, head of the United Front Work Department of the county committee."),
    ("T111", "Liu Bo, minister of the International Department of the CPC Central Committee."),
    ("T111", "Liu Bo, Minister of Commerce, and the minister of the department store chain."),
    ("T111", "The city leader in charge of farming spoke."),  # prose, not after a name
    ("T111", "Sun Qiang, secretary-general of the city government, read the notice."),
    ("T111", "Li Na, vice mayor of Yantai, visited the municipal government offices."),
    ("N204", "The Yantai Foreign Affairs Office met. Weihai has set up a committee."),
    ("N204", "The Yantai Foreign Affairs Office met. Weihai now has an office in Seoul."),
    ("N204", "The Yantai Foreign Affairs Office met. The Weihai organizing committee met."),
    ("N204", "The Yantai Foreign Affairs Office met. The Weihai municipal health commission met."),
]

# T125: a department's, a newspaper's or an event's name half in capitals.
FLAGGED += [
    (
        "T125",
        "Officials of the Department of agriculture inspected the new greenhouses.",
        "Department of agriculture",
        "Department of Agriculture",
    ),
    (
        "T125",
        "The county worked with the Department of science and technology on seeds.",
        "Department of science and technology",
        "Department of Science and Technology",
    ),
    (
        "T125",
        "The Reform Commission, culture and Tourism Bureau and Audit Bureau took part.",
        "culture and Tourism Bureau",
        "Culture and Tourism Bureau",
    ),
    (
        "T125",
        "Zhao Lin, director of the Yichang economic development Bureau, spoke first.",
        "economic development Bureau",
        "Economic Development Bureau",
    ),
    (
        "T125",
        'The interview ran in the "Hebei daily" on the front page.',
        "Hebei daily",
        "Hebei Daily",
    ),
    (
        "T125",
        "Reporters of the Hebei daily newspaper group toured the county.",
        "Hebei daily newspaper group",
        "Hebei Daily Newspaper Group",
    ),
    (
        "T125",
        "As the Hebei daily reported, the county opened 12 new clinics.",
        "Hebei daily",
        "Hebei Daily",
    ),
]
CLEAN += [
    ("T125", "The Department of Agriculture and the Culture and Tourism Bureau took part."),
    ("T125", "The county culture and tourism bureau and the agriculture department met."),
    # a festival or a department described in lower case, as professional outlets write
    ("T125", "The Hebei culture and tourism festival opened; the Hebei tourism department ran it."),
    # field words that belong to the sentence, not to the name
    ("T125", "Farmers and Tourism Bureau staff planted trees; loans for health Bureau staff."),
    ("T125", "He spoke of the Department of publicity work and its staff in the county."),
    ("T125", "Hebei daily output of steel rose, and Tianjin daily flights doubled."),
    ("T125", "Science and Technology Bureau Opens Innovation Week in Yichang"),
    ("T125", "The Hebei Daily reported that the Department of Science and Technology met."),
]

# N216: a formal title in lower case directly before a person's name.
FLAGGED += [
    (
        "N216",
        "The session heard three reports: governor Zhao Ming gave the work report.",
        "governor",
        "Governor",
    ),
    ("N216", "The team was led by mayor Sun Tao and vice mayor Gao Lin.", "mayor", "Mayor"),
    (
        "N216",
        "The team was led by mayor Sun Tao and vice mayor Gao Lin.",
        "vice mayor",
        "Vice Mayor",
    ),
    ("N216", "Farmers thanked premier Li for the new subsidies.", "premier", "Premier"),
    # a province's or a city's name before its governor or mayor is part of the title
    ("N216", "On Monday, Hubei governor Zhao Ming met the guests.", "governor", "Governor"),
    (
        "N216",
        "Also present were Xi’an mayor Ouyang Hong and Yunnan vice governor Gao Lin.",
        "mayor",
        "Mayor",
    ),
    (
        "N216",
        "Also present were Xi’an mayor Ouyang Hong and Yunnan vice governor Gao Lin.",
        "vice governor",
        "Vice Governor",
    ),
    # the secretary-general of a government or a Party committee, hyphenated in the fix
    (
        "N216",
        "Vice mayors and secretary general Sun Tao attended the signing.",
        "secretary general",
        "Secretary-General",
    ),
    (
        "N216",
        "The talks were attended by deputy secretary-general Gao Lin.",
        "deputy secretary-general",
        "Deputy Secretary-General",
    ),
]
CLEAN += [
    ("N216", "The meeting was chaired by Governor Zhao Ming and Vice Mayor Gao Lin."),
    ("N216", "Zhao Ming, governor of the province, and the governor of Hebei spoke."),
    # a description after a modifier, as professional outlets write it
    ("N216", "Chinese vice premier Sun Tao opened the fair with provincial governor Zhao Ming."),
    ("N216", "The plan was drawn up by former mayor Sun Tao and the then governor Zhao Ming."),
    # a company's head is an occupation
    ("N216", "He met Haier chairman Zhou Yunjie and the firm's president Liang Hai."),
    # not a Chinese surname after the title
    ("N216", "He said mayor Smith and governor Brown would come."),
    # other offices professional outlets write in lower case before a name
    ("N216", "Then spokesperson Hua Li and director Zhang Yimou spoke."),
    # a place's title after an article, a possessive or a describing word is a description
    ("N216", "He met the Hubei governor Zhao Ming and former Wuhan mayor Sun Tao."),
    ("N216", "Guests thanked their Hubei governor Zhao Ming for the visit."),
    # a place before a chairman or a secretary-general is left to the other readings
    (
        "N216",
        "Farmers met the Xinjiang chairman Sun Tao; the government secretary-general Gao Lin spoke.",
    ),
    ("N216", "Zhao Ming, secretary-general of the municipal government, spoke."),
]


@pytest.mark.parametrize(("code", "text", "span", "suggestion"), FLAGGED)
def test_flagged_with_suggestion(code: str, text: str, span: str, suggestion: str | None) -> None:
    found = check_texts([text], [code])
    rows = found.filter(found["code"] == code).select("span", "suggestion").rows()
    assert (span, suggestion) in rows, f"{code} on {text!r}: {rows}"


@pytest.mark.parametrize(("code", "text"), CLEAN)
def test_left_alone(code: str, text: str) -> None:
    assert spans(check_texts([text], [code]), code) == []


def test_plural_and_misspelling_fixes_are_safe_but_title_words_are_not() -> None:
    found = check_texts(
        ["Mayer Gao Peng and the vice secretary of the Municipal Party Committee met."], ["T111"]
    )
    assert sorted(found.select("span", "fix").rows()) == [
        ("Mayer", "safe"),
        ("vice secretary", "unsafe"),
    ]


def test_a_title_the_glossary_avoids_is_reported_once() -> None:
    # "Minister of Propaganda Department" is a bundled avoid form: T101 reports it alone.
    found = check_texts(["Hu Lin became Minister of Propaganda Department."], ["T101", "T111"])
    assert found["code"].to_list() == ["T101"]


def test_a_glossary_avoid_form_is_reported_once() -> None:
    # "Liaoning CPC Committee" is a bundled avoid form: T101 reports it, T110 stays silent.
    found = check_texts(["The Liaoning CPC Committee met."], ["T101", "T110"])
    assert found["code"].to_list() == ["T101"]
