"""Every rule: texts it must flag (with the span) and texts it must leave alone.

Cases are small real sentences, most taken from the sample articles. They run through the
same engine as `tifa check`, with the bundled glossary.
"""

from __future__ import annotations

import polars as pl
import pytest
from bilingual_cases import BILINGUAL_CASES
from helpers import check_texts, spans

from tifa.checks.registry import all_rules

# code -> ([(text, flagged span), ...], [clean text, ...])
CASES: dict[str, tuple[list[tuple[str, str]], list[str]]] = {
    "T101": (
        [
            ("The county joined the B & R Initiative in 2016.", "B & R Initiative"),
            ("Crowds filled the old town on the Lantern's Day.", "Lantern's Day"),
            (
                "The report names unbalanced and insufficient development as the main problem.",
                "unbalanced and insufficient development",
            ),
            (
                "Weifang sped up the conversion of new and old kinetic energy last year.",
                "conversion of new and old kinetic energy",
            ),
            (
                'realize the high-quality development of the "two first districts".',
                "two first districts",
            ),
            ("to fully push forward the reform of one Netcom office.", "one Netcom office"),
            (
                "jointly build a closer Shenyang-Dalian community of destiny.",
                "community of destiny",
            ),
            ("Symposiums on Rural Prosperity Strategies were held.", "Rural Prosperity Strategies"),
            (
                "Delegates studied the report to the 20th Communist Party of China National "
                "Congress.",
                "20th Communist Party of China National Congress",
            ),
            (
                "Kashgar, in the Xinjiang Uighur Autonomous Region, opened a new airport.",
                "Xinjiang Uighur Autonomous Region",
            ),
            ("The district applies the new development concept.", "new development concept"),
            (
                "Firms in the zone develop new quality productivity through innovation.",
                "new quality productivity",
            ),
            (
                "Judges studied Xi Jinping's thought on the rule of law.",
                "Xi Jinping's thought on the rule of law",
            ),
            (
                "Cadres were told to apply the Scientific Thoughts on Development at work.",
                "Scientific Thoughts on Development",
            ),
            (
                "By 2020 the county had built a moderately prosperous society in all aspects.",
                "moderately prosperous society in all aspects",
            ),
            (
                "The city began a new journey of building a modern socialist country in an "
                "all-round manner.",
                "modern socialist country in an all-round manner",
            ),
            (
                "The county kept to the general principle of seeking improvement in stability.",
                "seeking improvement in stability",
            ),
        ],
        [
            "The report names unbalanced and inadequate development as the main problem.",
            "Weifang sped up replacing old growth drivers with new ones last year.",
            "Crowds filled the old town on the day of the Lantern Festival.",
            "realize the high-quality development of the two pre-zones.",
            "a community with a shared future",
            "Delegates studied the report to the 20th National Congress of the Communist Party "
            "of China.",
            "Kashgar, in the Xinjiang Uygur Autonomous Region, opened a new airport.",
            "The district applies the new development philosophy and the new concept for "
            "development, and builds a new pattern of development.",
            "Firms in the zone develop new quality productive forces; productivity rose.",
            "Judges studied Xi Jinping Thought on the Rule of Law.",
            "Cadres were told to apply the Scientific Outlook on Development at work.",
            "The county made progress in all aspects of its work and built a moderately "
            "prosperous society in all respects.",
            "The city is building a modern socialist country in all respects.",
            "The county kept to the general principle of seeking progress while maintaining "
            "stability.",
        ],
    ),
    "T103": (
        [
            (
                "carrying out party history study and education.",
                "party history study and education",
            ),
            ("The State Council Office said the rules would be eased.", "State Council Office"),
            # An article dropped in running text, under a headline that drops it too.
            (
                "Forum to build community with shared future\n\nThe forum will help build a "
                "community with shared future for mankind.",
                "community with shared future",
            ),
            ("refrain from formalism and bureaucracy.", "formalism and bureaucracy"),
            ("We will deepen reform opening up in the city.", "reform opening up"),
            (
                "Zhao Leji, chairman of the NPC Standing Committe, spoke.",
                "chairman of the NPC Standing Committe",
            ),
            (
                "The State Council Informaton Office held a briefing.",
                "State Council Informaton Office",
            ),
            (
                "uphold socialism ideology with Chinese characteristics.",
                "socialism ideology with Chinese characteristics",
            ),
            # A participle added without its preposition, or a noun added, is still a slip.
            (
                "She is a deputy elected the National People's Congress.",
                "deputy elected the National People's Congress",
            ),
            (
                "They are deputies congress to the National People's Congress.",
                "deputies congress to the National People's Congress",
            ),
            (  # "big" for "major": a near miss of the allowed major-power form
                "The two presidents agreed to build a new model of big power relations.",
                "new model of big power relations",
            ),
            (  # a possessive in the title itself
                "The vice-governor read the Government's Work Report.",
                "Government's Work Report",
            ),
        ],
        [
            # a lower-case head: one office of the State Council, not the cut-short name
            "A State Council office said the rules would be eased.",
            # A headline or a related story's link drops its articles.
            "Forum to build community with shared future\n\nThe forum opened on Monday.",
            "- Leaders pledge community with shared future\n- Port sets a record",
            "Both sides pledged to build a new model of major-country relationship.",
            # a description, not the title: the report that the government gave
            "Deputies discussed the provincial government's work report in groups.",
            "carrying out Party history learning and education.",
            "promote high-quality projects.",
            "to pursue high-quality economic development in the zone.",  # an adjective added
            "The CPC Xi’an Municipal Committee met on Monday.",  # another city's committee
            "The CPC Harbin Municipal Committee met on Monday.",
            "We praised its reform, opening up, and innovation.",  # a list, not a lost "and"
            "The State Council Research Office released a report.",  # another body
            # A provincial congress's chairman is not the national title missing "NPC".
            "He is chairman of the Standing Committee of the People's Congress of Hebei Province.",
            # A participle phrase around the title is ordinary English, not a garbled rendering.
            "Some 2,900 deputies elected to the National People's Congress arrived in Beijing.",
            "She is one of the deputies newly elected to the National People's Congress.",
            "The two presidents agreed to build a new model of major-country relations.",
            "Scholars call it a new model of major-power relations.",
            "China pursues major-country diplomacy with Chinese characteristics.",
            # No place named: any province's or city's committee, spoken of in general.
            "The plenary sessions of the CPC Provincial Committee and the CPC Municipal "
            "Committee set the tasks.",
            # The same body in a possessive: ordinary prose, not a variant rendering.
            "Her seat on the CPC's Central Committee was confirmed.",
        ],
    ),
    "T104": (
        [
            (
                "Deepen one-network unified management. Then one network and unified management.",
                "one network and unified management",
            )
        ],
        [
            "Deepen one-network unified management. Then one-network unified management again.",
            "The Communist Party of China (CPC) met; the CPC agreed.",  # full name, then acronym
        ],
    ),
    "T105": (
        [
            (
                "Tan Zuojun, secretary of the Municipal Party presided over the meeting.",
                "secretary of the Municipal Party",
            ),
            (
                "Li Hua, secretary of the Municipal Party and mayor of the city, spoke.",
                "secretary of the Municipal Party",
            ),
        ],
        [
            "Tan Zuojun, secretary of the Municipal Party Committee, presided over the meeting.",
            # A title or a person on the Party's side, not a cut-short committee.
            "The provincial Party secretary attended; the provincial Party chief spoke.",
            # 党政: one delegation of the Party committee and the government together.
            "A Municipal Party and Government Delegation visited the port.",
            # A possessive: the CPC's tasks are central, no cut-short "CPC Central Committee".
            "The plan serves the CPC's central tasks for the coming decade.",
        ],
    ),
    "T107": (
        [
            (
                "the region should play its role as a “ballast stone” for development.",
                "“ballast stone”",
            )
        ],
        [
            "the “green channel” of approval",  # in the glossary
            "he said “we will win.” and left",  # a sentence, not a formulation
            "reviewed the “Implementation Plan for Cooperation and Exchange”",  # a document title
            "the “lifeline” of development",  # one word
            '"We must seize the day," said the mayor.',  # reported speech
        ],
    ),
    "N201": (
        [("Tan Zuoyu met the press. Tan Zuojun spoke. Tan Zuojun left.", "Tan Zuoyu")],
        [
            "Tang Jun and Zhang Jun spoke, and Zhang Jun left.",  # different surnames
            "Tan Chengxu met Tan Zuojun and Tan Zuojun left.",  # given names differ in two syllables
            "Wang Xin met Wang Xin and Wang Xin met Wang Lin.",  # one-syllable names: two people
        ],
    ),
    "N203": (
        [
            ("Tan Zuojum chaired the meeting.", "Tan Zuojum"),
            ("Traders from the Philipines joined the Nanning expo.", "Philipines"),
            ("A Cambodain delegation toured the port of Qinzhou.", "Cambodain"),
            ("Farmers from Gnsu sold apples at the fair.", "Gnsu"),
            ("Vice Mayor Lv Hongbin inspected the port.", "Lv"),
        ],
        [
            "Tan Zuojun chaired the meeting.",
            # Countries spelt right, a variant in use, and a plural are no slips.
            "Traders from the Philippines and a Cambodian delegation joined the expo.",
            "Firms from Kazakstan and the two Koreas came; Brazils of the future were hoped for.",
            # A word or a name one letter from a five-letter province is not its slip.
            "Ginsu knives and Hubel prints were sold at the Gansu and Hubei fair.",
            "Tan Chengxu chaired the meeting.",  # another glossary person
            "Wang Xinwen chaired the meeting.",  # pinyin, and Wang is very common: maybe another
            # 吕 as pinyin, as passports write it, as Xinhua often does; a brand in capitals.
            "Lü Hongbin, Lyu Hongbin and Lu Hongbin met buyers at the LV Shanghai store.",
        ],
    ),
    "N204": (
        [
            (
                "Members of the Provincial Party Committee met. The provincial party committee agreed.",
                "provincial party committee",
            ),
            (  # a capital after the comma starts a new phrase, not the rest of a title
                "Delegates toured a park in the Shahekou District. In Dongcun Village of the Shahekou "
                "district, Wang said the plan works.",
                "Shahekou district",
            ),
            (  # a level word the page capitalises in the place's name, then writes small
                "The congress of Longkou City opened on Monday. Deputies from across Longkou "
                "city, with observers, attended.",
                "Longkou city",
            ),
            (
                "Farmers in Paizhen Town grow tea. A road now links Paizhen town and the county "
                "seat.",
                "Paizhen town",
            ),
        ],
        [
            "The Provincial Party Committee met. The Provincial Party Committee agreed.",
            # Lower case is the page's style: its one capital is not the reference.
            "Delegates from Chenzhou city met. Chenzhou city has new parks. Chenzhou City hosts "
            "the forum, and Chenzhou city pays.",
            # A headline capitalises every word: its capital is no sign of the page's style.
            "Baotou City Opens Its Winter Fair\n\nVisitors came to the fair in Baotou city on "
            "Monday.",
            # A compound goes on after the level word: the city's council, not its name.
            "Mito City and Jinan are twin cities. The Mito city council sent a delegation.",
            # Another level word after the same place is another name.
            "Wendeng District was once Wendeng county, a rural area.",
            "Hebei Province and Hebei province appear in two quotations.",  # provinces: silent
            "Provincial party committee staff met. The provincial party committee agreed.",  # sentence start
            "The Communist Party of China (CPC) met; the CPC agreed.",  # two renderings, not two cases
            # A document title in running text keeps its Title Case.
            "They passed the Action Plan of the Municipal Government to Promote Growth. The "
            "municipal government will report.",
            # A full name with the acronym in brackets is the short form, not a case variant.
            "The Communist Party of China (CPC) Central Committee met. The CPC Central "
            "Committee agreed.",
        ],
    ),
    "N205": (
        [
            ("Tan zuojun chaired the meeting.", "Tan zuojun"),
            # two pinyin syllables that are no English word: a given name by its form
            ("The delegation was led by Gao mingyu, vice president of the chamber.", "Gao mingyu"),
        ],
        [
            "Tan said the meeting went well.",
            "Tan Zuojun chaired the meeting.",
            "The Feng shui of the old town drew visitors.",  # one syllable, a loanword
            "Ma long ago set up the firm.",  # an English word
            "Li Mingyu met Gao Mingyu, vice president of the chamber.",
        ],
    ),
    "N208": (
        [
            ("Du Jia Hao, governor of the province, met the delegation.", "Du Jia Hao"),
            ("The guests were welcomed by Mayor Chen Jin Hu on Monday.", "Chen Jin Hu"),
        ],
        [
            "Du Jiahao, governor of the province, met the delegation.",
            "Li Ka Shing visited the port.",  # Cantonese: "Shing" is no pinyin syllable
            "Ban Ki Moon addressed the forum.",  # Korean: "Ban Ki" is no pinyin name
            "Lin Fei-fan spoke.",  # hyphenated
            "Xi Shan Hu Scenic Area opened.",  # a run of capitalised words
            "Chen Jin Hua Long and others met.",  # more capitalised words follow
        ],
    ),
    "N227": (
        [
            ("The delegation went to The village committees of two towns.", "The"),
            ("Yuhang District Held A Special Meeting for Young Talents", "A"),
        ],
        [
            "The envoy flew to The Hague for the talks.",
            "The fund bought A shares and bonds in the quarter.",
        ],
    ),
    "N226": (
        [
            ("The mayor visited workers before the spring festival holiday.", "spring festival"),
            ("He sent new year greetings to the volunteers.", "new year"),
        ],
        [
            "The mayor visited workers before the Spring Festival holiday.",
            "The city set its targets for the new year.",
            "Tulips bloomed at a spring festival in the park.",
        ],
    ),
    "N225": (
        [
            ("Provincial leaders Zhao Lin, Huang Lanxinag and Wu Fang attended.", "Lanxinag"),
            ("The award went to Chen Lvping, a teacher in the county.", "Lvping"),
            ("Vice Mayor Liu Jinaguo chaired the meeting.", "Jinaguo"),
        ],
        [
            "Provincial leaders Zhao Lin, Huang Lanxiang and Wu Fang attended.",
            "The award went to Chen Lüping, a teacher in the county.",
            "Che Dalha met the visitors.",  # Tibetan: a letter dropped is no slip
            "Ambassador Dang Minh Khoi visited the port.",  # three words: Vietnamese
            "Ma Ying-jeou spoke.",  # hyphenated
            "The Long March began in 1934.",  # an English word
            "Li Kashing visited the port.",  # Cantonese: no swap mends it
            "Students of Sun Yatsen University came.",  # more capitalised words follow
        ],
    ),
    "N206": (
        [
            (
                "The Jinzhou Demonstration Zone opened. Firms in the demonstration area grew.",
                "demonstration area",
            )
        ],
        [
            "The Jinzhou Demonstration Zone opened. Firms in the demonstration zone grew.",
            "The Dalian Free Trade Zone and the Dalian Area of the Pilot Free Trade Zone.",
            # A plural names many bodies, not the one named before.
            "The provincial committee of the CPPCC met first; the CPPCC committees of other provinces met later.",
            # Two levels, two bodies: the province's Party committee and the city's.
            "The CPC Jinzhou Municipal Committee met to carry out the plans of the Provincial"
            " Committee of the CPC.",
        ],
    ),
    "N210": (
        [
            ("Xi Jinping spoke. The meeting said XI's speech set the tasks.", "XI"),
            ("Wang Yi met the envoy, and WANG said ties are strong.", "WANG"),
        ],
        [
            "Xi Jinping spoke. The meeting said Xi's speech set the tasks.",
            "The meeting said XI's speech set the tasks.",  # never written otherwise here
            "Xi Jinping spoke.\n\nXINING, June 8 (Xinhua) -- The fair opened.",  # a dateline
            "Xu Lin wrote it. Reporter XU Ke  Editor Zhang Di",  # surname set in capitals
            "Xi Jinping spoke. Delegates to the XI session met.",  # a Roman numeral
            "The CPC and the NPC met in Beijing, and GDP grew.",  # acronyms
        ],
    ),
    "N211": (
        [
            ("Li Hua, the deputy Director of the office, met the delegation.", "deputy Director"),
            ("By Zhao Min, associate Professor at the Party School", "associate Professor"),
            ("The meeting was chaired by Secretary-general Wang Lin.", "Secretary-general"),
            ("Li Hua, Deputy Director-general of the bureau, spoke.", "Director-general"),
            ("Guests from the French Consulate-general in Chengdu attended.", "Consulate-general"),
        ],
        [
            "Li Hua, the deputy director of the office, met the delegation.",
            "Li Hua, Deputy Director of the Office, met the delegation.",
            "Deputy director Li Hua met the delegation.",  # a sentence's first word
            "The vice Presidential candidate spoke.",  # not a title word
            "The meeting was chaired by Secretary-General Wang Lin and the secretary-general.",
            "Vice-mayor Li Hua opened the fair.",  # a sentence's first word
            "Guests from the French Consulate-General in Chengdu attended.",
            "Consulate-general staff attended the fair.",  # a sentence's first word
        ],
    ),
    "N212": (
        [
            ("Boats carry visitors down the Lijiang river past karst peaks.", "Lijiang river"),
            ("The county lies where Hetao plain meets the hills.", "Hetao plain"),
            ("Reed beds ring Baiyangdian lake in summer.", "Baiyangdian lake"),
            ("Ports on the Liaodong peninsula handled more cargo.", "Liaodong peninsula"),
            ("Cities of the Shandong peninsula city cluster grew.", "Shandong peninsula"),
            (
                "Herders moved their yaks across the Qinghai-Tibetan plateau.",
                "Qinghai-Tibetan plateau",
            ),
            ("Barges carried coal along the Yangtze river economic belt.", "Yangtze river"),
        ],
        [
            "Boats carry visitors down the Lijiang River past karst peaks.",
            "The Wencheng county government met on Monday.",  # administrative: house style
            "A Qiandongnan mountain village drew tourists.",  # the feature word describes
            "Herders graze yaks along the Qilian mountain range.",  # a compound noun
            "Farms on the Hebei plain grew wheat.",  # a province: may describe a region
            "Tourists crossed the Pearl river by ferry.",  # not pinyin
            "The Li river is short.",  # one syllable: not read
            "Wheat fields cover much of the Yellow River basin.",  # basin describes
            "Ships patrolled off the Korean peninsula.",  # no Chinese place
            "A Sino-Russian river patrol set out on Monday.",  # no two places
            "The Yunnan-Guizhou plateau region grows tea.",  # the feature word describes
        ],
    ),
    "N213": (
        [
            ("Yesterday six Mayors from the province met investors.", "Mayors"),
            ("The forum gave a stage for Mayors of the cities in the province.", "Mayors"),
            ("The two Governors signed the agreement.", "Governors"),
        ],
        [
            "Yesterday six mayors from the province met investors.",
            "He spoke at the Boao Forum for Ministers on trade.",  # inside a name
            "The US Conference of Mayors sent a delegation.",  # inside a name
            "The Global Mayors Dialogue opened on Monday.",  # a capitalised word follows
            "Delegates attended the Mayors’ Conference.",  # a possessive: a name
            "Mayors from six cities attended.",  # the sentence's first word
            "The talks went well after the two Presidents met in Bali.",  # heads just named
        ],
    ),
    "P301": (
        [
            # a straight quotation inside a straight one: the inner pair, once
            (
                'He proposed that "Dalian join "the Belt and Road" and build ports". It did.',
                '"the Belt and Road"',
            ),
            ('Reviewing the "Plan" and "Opinions on Safety and other documents.', '"'),
            # an inner quotation opened and never closed before the outer one ends
            ('He called for “building "the Belt and Road with high quality” in the region.', '"'),
            # a paragraph break (blank line) ends the quotation's paragraph: no wrapping
            ("The mayor urged “greater efforts\n\nTo open wider” to the world.", "“"),
            # a line that ends its sentence is no wrapped line
            ("The mayor spoke of “openness.\nThe county” grew.", "“"),
            # a quotation left open at a paragraph's end that the next does not take up
            ("The mayor said: “The city will open ten parks.\n\nEach will have a library.", "“"),
        ],
        [
            'The mayor said "the port will open" and "the zone will grow" this year.',
            # text hard-wrapped inside a sentence: the quotation closes on the next line
            # (a next line in lower case was always joined; one opening with a name too)
            "The mayor urged “greater efforts to\nopen wider” to the world.",
            "The city joined the “Belt and\nRoad” Initiative in its first year.",
            'The plan sets out the "Two\nPre-zones" and the "green channel".',
            # a sentence split across paragraphs is R605's: its quotation still pairs
            '"The door will\n\nopen still wider," the minister said.',
            'Reviewing the "Plan" and "Opinions on Safety" and other documents.',
            "He said “yes” and left.",
            # a quotation over two paragraphs: left open at the end of the first, opened again
            "The mayor said: “The city will open ten parks.\n\n“Each will have a library,” he "
            "added.",
            'The mayor said: "The city will open ten parks.\n\n"Each will have a library."',
            "”We will open wider,” the mayor said.",  # one quotation, its opening mark misshapen
            # a straight pair nested inside curly quotes
            'The forum on the “Construction of "the Belt and Road" Initiative” opened today.',
            'He called for “building "the Belt and Road"” in the region.',
            # a closing quote typed as an apostrophe is P310's, not a stray quote
            "Shenyang”s time-honored brands drew visitors to the fair.",
        ],
    ),
    "P302": (
        [
            ('the construction of the "two pre-zones” and more', '"two pre-zones”'),
            # an opening quote typed the wrong way round: one mixed pair
            ("”We will open wider,” the mayor said.", "”We will open wider,”"),
            # straight single quotes in a document whose marks are otherwise curly
            (
                "Deputies Gather for the City’s 'Two Sessions'\n\n"
                "The city’s deputies, the county’s “new mechanism” and the district’s plan.",
                "'Two Sessions'",
            ),
        ],
        [
            'the "two pre-zones" and the "green channel"',
            # straight single quotes where the document types straight marks anyway
            "The city's deputies met for the 'Two Sessions' in the county’s hall.",
            # plural possessives are no quotation marks
            "The farmers' and workers' incomes rose in the city’s “new” county’s zone.",
            "the “two pre-zones” and the “green channel”",
            # nesting: straight marks for the inner quotation of a curly document
            'The “two pre-zones” grew. He urged “building "the Belt and Road" well” again.',
            # a headline typed in its own field, straight single quotes by news convention
            "Mayor Hails 'Two Pre-zones' Progress\n\n"
            "The city’s deputies, the county’s “new mechanism” and the district’s plan.",
        ],
    ),
    "P303": (
        [('adhere to the concept of " grasping the project"', " ")],
        ['adhere to the concept of "grasping the project"'],
    ),
    "P304": (
        [("people's livelihood security, etc. , Packaging", " "), ("one grasp to the end .", " ")],
        ["security, etc., and more.", "a ratio of .5 is fine", "wait ... and see"],
    ),
    "P305": (
        [
            ("News from our newspaper (Reporter Li Haiying)On May 26, Wang spoke.", ")"),
            ("the cities of Jiangyin and Yixing.as well as three counties", "."),
            ("The Co-chairs'Meeting opened in Beijing.", "'"),
            ("The farmers’Cooperative was set up.", "’"),
            ("The park opened,Visitors came from Dalian.", ","),
            ("They served three-course tea(三道茶)of the Bai people.", ")"),
            ("ANSHAN, Mar.1, 2024 -- The port reopened.", "."),
            ("The park was praised by visitors at large.(Photo by Li Wen)", "."),
            ("The expo closed in Jinzhou on September 9,2024 with 40 deals.", ","),
            ("The port reopened on Oct. 3,2023, a week early.", ","),
            # a day's or a year's figure before the stop and the credit's bracket
            ("The congress closed on March 7.(Source: Jinzhou Daily)", "."),
            ("Sales doubled in 2019.(Figures from the city's statistics bureau)", "."),
            # a year's stop glued to the next sentence's first word
            ("Every village had a clinic by 2021.A mobile team now visits them.", "."),
            ("The plan was adopted in 2022.In May the first projects began.", "."),
        ],
        [
            # a thousands separator after a month's name, and a date written properly
            "In May 1,200 volunteers planted trees; by June 3, 2024 the work was done.",
            "the cities of Jiangyin and Yixing, as well as three counties",
            "大连新闻,沈阳新闻,辽宁新闻",  # commas between Chinese words (a Chinese banner)
            "Xi'an and Lu'an signed an agreement.",  # pinyin syllable marks
            "The Co-chairs' Meeting opened in Beijing.",
            "see index.html and data.json for the tables",  # file names
            "see www.dalian.gov.cn for details",
            "the U.S. delegation",
            "at 07:52, and then",
            "R&D platforms",
            "Shenyang”s time-honored brands drew visitors.",  # a wrong apostrophe (P310)
            "the city opened a ”green channel” for investors",  # a quote turned the wrong way
            "ANSHAN, Mar. 1, 2024 -- The port reopened.",
            "the U.S.(federal) rules and the budget (draft) of Marseille.",  # initials
            # section and version numbers, a decimal, a stop followed by a space
            "See clause 3.2.(a) of the measures and the form A4.(draft).",
            "The index rose to 101.5 in 2021. A new survey began in 2022.",
            "Version 2.1.A of the software was issued with the 2023.4 update.",
        ],
    ),
    "P306": (
        [
            ("the Belt and Road Initiative，which", "，"),
            ("the Central Committee（CPC）。", "。"),  # the second of two marks in a row
        ],
        ["the Belt and Road Initiative, which"],
    ),
    "P307": (
        [("the  Municipal Party Committee", "  ")],
        ["the Municipal Party Committee"],
    ),
    "P308": (
        [("the annual targets. \nNext line.", " "), ("no-break space at the end.\u00a0", "\u00a0")],
        ["the annual targets.\nNext line."],
    ),
    "P309": (
        [
            ("Business Environment (2020- 2021)", "- "),
            ('preventing " pseudo - finance" activities', " - "),
            ("the Shenyang - Dalian expressway was widened", " - "),
            # a name cut by a space is no minus sign
            ("measures against COVID -19 were eased", " -"),
        ],
        [
            "small- and medium-sized enterprises",
            "the 2020-2021 plan",
            "a well-known fact",
            # dateline dashes
            "BEIJING - President Xi Jinping met the visiting delegation on Tuesday.",
            "DALIAN, Sept 6 - The city opened a new container terminal.",
            "SHENYANG, Sept. 6 (Xinhua) - The province issued a plan for the private economy.",
            "Anshan - The second session of the municipal people's congress opened on Monday.",
            # the odd half of a dash pair is P315's
            "The port — the largest in the province - handled more containers.",
            # a minus sign before a figure
            "The new berth has a water depth of -18.5 m.",
            "Temperatures fell to -25°C in the north of the province.",
        ],
    ),
    "R601": (
        [
            ("Breaking news\n\nThe meeting opened.", "Breaking news"),
            (
                "Title_Shenyang Daily Reading_News Center_Shenyang Net\n\nText.",
                "Title_Shenyang Daily Reading_News Center_Shenyang Net",
            ),
            ("The meeting opened today.\n\nThe meeting opened today.", "The meeting opened today."),
            ("Text.\n\nThe article is in Chinese", "The article is in Chinese"),
            ("Home > Focus > News\n\nThe meeting opened.", "Home > Focus > News"),
            ("Home > Focus > News\nbanner\nThe meeting opened.", "banner"),
            ("News >> Local >> Dalian\n\nThe meeting opened.", "News >> Local >> Dalian"),
            ("The meeting opened.\n2023-09-06 10:21", "2023-09-06 10:21"),
            ("Dalian opens a new port\n\nMay 14, 2020\n\nThe port opened.", "May 14, 2020"),
            (
                "Updated: 2023-09-06 10:21 Source: Dalian Daily\n\nThe meeting opened.",
                "Updated: 2023-09-06 10:21 Source: Dalian Daily",
            ),
            ("The meeting opened.\n\nPhoto by Li Ming", "Photo by Li Ming"),
            ("The meeting opened.\n\n[Photo/Xinhua]", "[Photo/Xinhua]"),
            ("The meeting opened.\n\nSource: Dalian Daily", "Source: Dalian Daily"),
            ("The meeting opened.\n\nEditor: Wang Hua", "Editor: Wang Hua"),
            (
                "The meeting opened.\n\nCopyright © 2023 Dalian Daily",
                "Copyright © 2023 Dalian Daily",
            ),
            ("| Indicator | Target |\n\nThe meeting opened.", "| Indicator | Target |"),
            ("Xinhua) 09:15, March 3, 2024\n\nThe meeting opened.", "Xinhua) 09:15, March 3, 2024"),
            ("Updated: Apr 2,2019 3:05 PM\n\nThe meeting opened.", "Updated: Apr 2,2019 3:05 PM"),
            (
                "The meeting opened.\n\n(Web editor: Wang Hua, Li Ming)",
                "(Web editor: Wang Hua, Li Ming)",
            ),
            ("The meeting opened.\n\nLi Ming / Dalian Daily", "Li Ming / Dalian Daily"),
            ("The meeting opened.\n\nDetails>>The port grew", "Details>>The port grew"),
            (
                "Your current location : Home>>News\n\nThe meeting opened.",
                "Your current location : Home>>News",
            ),
            ("A | A | A\n\nThe meeting opened.", "A | A | A"),
            ("Home / China / Local affairs\n\nThe meeting opened.", "Home / China / Local affairs"),
            (
                "Xinhua | Updated: 2024-03-05 08:12\n\nThe meeting opened.",
                "Xinhua | Updated: 2024-03-05 08:12",
            ),
            ("The meeting opened.\nShare - WeChat", "Share - WeChat"),
            ("Updated 16:22, 22-Jun-2024\n\nThe meeting opened.", "Updated 16:22, 22-Jun-2024"),
            (
                "2023-09-06 10:16:21 admin source: share:\n\nText.",
                "2023-09-06 10:16:21 admin source: share:",
            ),
            ("Updated:2020-05-24  CLOSE\n\nText.", "Updated:2020-05-24  CLOSE"),
            ("The meeting opened.\nBACK TO THE TOP", "BACK TO THE TOP"),
            # a time stamp under a news headline, and a long paragraph pasted twice
            ("Dalian port sets a record\n\nMay 14, 2024\n\nThe port grew.", "May 14, 2024"),
            (
                "The port grew fast last year, officials said.\n\nThe port grew fast last "
                "year, officials said.",
                "The port grew fast last year, officials said.",
            ),
            (
                "The meeting opened.\n\nPowered by SiteCMS ©2010-2024",
                "Powered by SiteCMS ©2010-2024",
            ),
        ],
        [
            "Report on the Work of the Government\n\nDelivered at the Fifth Session of the "
            "16th Dalian Municipal People's Congress\n\nJanuary 25, 2019\n\nFellow deputies,"
            " I now present the report.",
            "Press briefing on the port economy\n\nSpeakers:\n\nLi Hua, deputy mayor of Dalian\n\n"
            "Wang Fang, spokesperson of the municipal government\n\nMay 28, 2019\n\n"
            "Wang Fang: Good morning.",
            "Toast by the Consul General at the National Day Reception\n\n"
            "September 25, 2024\n\nDistinguished guests, dear friends,\n\nGood evening.",
            # the date under a notice's or a press conference's title is the document's
            "Notice on Winter Heating in the City\n\nNovember 2, 2024\n\nThe heating season "
            "starts on Monday.",
            "City Government Press Conference\n\nMay 8, 2024\n\nThe spokesperson opened it.",
            # a speech's heading (title, speaker, post, day) and its salutations said again
            "Speech at the Opening of the Harbour Trade Forum\n\nLiu Qing\n\nMayor of Dalian"
            "\n\n14 May 2024\n\nGuests from home and abroad,\n\nWelcome to Dalian.",
            "Speech by Zhou Lin, director of the Foreign Affairs Office\n\nMarch 3, 2024\n\n"
            "Ladies, gentlemen and dear friends:\n\nGood morning.",
            "Ladies and Gentlemen,\n\nThe port grew fast last year.\n\nLadies and Gentlemen,"
            "\n\nThe new terminal opens in May.",
            "Breaking news came from the meeting today.",
            "Tags are useful, he said.",
            "Next year, the city will build 20 new schools.",
            "Previous plans set lower targets for the port.",
            "Copyright protection is key to innovation, the official said.",
            "The main source: exports of equipment, the report said.",
            "According to the report, photos by residents were shown.",
            "The mayor spoke about the Home and Community Care programme.",
            "On March 15, 2023, the city opened a new port.",
            "At 10:21 the meeting opened.",
            "Updated plans were approved on 22-Jun-2024 by the city.",
            "March 15, 2023 marks the opening of the new port.",
            "2023-09-06 was the day the new port opened.",
            "Photos of the new port were shown at the meeting.",
            "The mayor met Li Ming / the delegation from Dalian later.",
            # a schedule's field line under each of its events
            "Lantern show\n\nTime: February 10-16\n\nFolk music night\n\nTime: February 10-16",
        ],
    ),
    "P320": (
        [
            ("Cases fell for 14consecutive days in the county.", "14consecutive"),
            ("The talks were chaired by PresidentXi in Beijing.", "PresidentXi"),
            ("MayorWang opened the fair on Monday.", "MayorWang"),
            ("Flights link San Franciscoof the US with Dalian.", "Franciscoof"),
            ("The district completed theconstruction of the port.", "theconstruction"),
            ("Work began on September21 in Lushunkou.", "September21"),
            ("Output rose by12.5% over the year.", "by12.5%"),
            ("The fund reached 30billion yuan.", "30billion"),
            ("The leaders met inShenyang on Monday.", "inShenyang"),
            ("the ZhuangheHarbour Industrial Park", "ZhuangheHarbour"),
            ("to promote high-qualitydevelopment", "qualitydevelopment"),
            ("support for privateenterprises", "privateenterprises"),
            ("delegates from Yunnan ProvinceAt the forum, they signed deals.", "ProvinceAt"),
            ("the 16thMunicipal People's Congress opened.", "16thMunicipal"),
            ("They adopted the experts’suggestion on the plan.", "experts’suggestion"),
            ("Investors came to Suzhoufrom abroad.", "Suzhoufrom"),
            ("Thedemonstration zone grew fast.", "Thedemonstration"),
            ("We will focusonthe port this year.", "focusonthe"),
            ("Firms will playto their strengths.", "playto"),  # a word glued to a function word
            ("Wang Lin met XinChangxing on Monday.", "XinChangxing"),
            ("Visitors walked around YuandangLake in spring.", "YuandangLake"),
            ("The county lies in the Qilian Mountainsbetween two basins.", "Mountainsbetween"),
            ("Farms line the Heihe Rivervalley in the west.", "Rivervalley"),
            ("The road climbs Wushaoling MountaintoWuweiand on to Zhangye.", "MountaintoWuweiand"),
            # A short function word glued to the next word, or to a number and its unit.
            ("The county lies inland. Ithas four seasons.", "Ithas"),
            ("The city has asubtropical climate.", "asubtropical"),
            ("Theterrainis flat near the coast.", "Theterrainis"),
            ("It is the core ofthe new zone.", "ofthe"),
            ("It is the core ofthis new zone.", "ofthis"),
            ("A coastline of480km faces the sea.", "of480km"),
            ("The plan sets out anurbanization target.", "anurbanization"),
        ],
        [
            "Cases fell for 14 consecutive days; LinkedIn and BlackRock opened offices.",
            "President Xi met Mayor Wang; the rules thereof apply.",
            "Firefighting teams and businesspeople met at the northernmost bridgehead.",
            "WeChat, PetroChina, JinkoSolar, PowerPoint and iPhone users took part.",
            "The ChinAfrica magazine and EuroAsia forum covered the visit.",
            "The Theory of Andrews; Thereafter the Fortescue firm, Jinan, Anshan and Hefei met.",
            "HuaWei and ChangAn cars, Forthright talks near the Forbidden City in Therapy Park.",
            "Antiepidemic and overcapacity measures were discussed at 3pm on the 21st.",
            "See www.dalian.gov.cn/news_2021 or mail press@dalian.gov.cn for the G20 and 5G plans.",
            "The 14th Five-Year Plan runs to the mid-2020s, as COVID-19 fades.",
            "Find us on LinkedIn and YouTube; the 16th Congress met in Xi’an and Huai’an.",
            "The experts’ suggestions and the workers' union were praised.",
            "The dikes held, withstanding the floods; notwithstanding the cost, work went on.",
            "The district councilor, the surveyor and the lessor signed the satin-bound deed.",
            # Words English writes solid that begin like a function word.
            "The byline named the onsite team; the outlay made inroads into the backlog.",
            "Source: chinadaily,com,cn | Updated: 2021-05-06",  # an address with commas
            # Company names built of two words, and compounds English writes solid.
            "Goldwind, Everbright and Greentown opened offices by the Riverside and Lakeview.",
            # Pinyin names that start like a function word, and words English knows.
            "Anshan, Anhui, Ande, Anting and Tonghua sent teams to Ithaca and Atlanta.",
            "The bid went ahead anew; Inner Mongolia and Ontario sent a total of 480 km of cable.",
            "It set up a high-tech industrial park with a tower.",
        ],
    ),
    "P321": (
        [("Dalian Port Machinery Co. Ltd. signed the deal.", "Co. Ltd")],
        ["Dalian Port Machinery Co., Ltd. signed the deal."],
    ),
    "P322": (
        [("the newly-built container terminal", "-")],
        ["a family-run firm at an early stage"],
    ),
    "R603": (
        [
            # the second word and the space before it
            ("to promote the the implementation", " the"),
            # capitals at the start of a sentence
            ("The The city held a meeting.", " The"),
            # a name's head said again after "of": a garbled title
            ("She heads the Institute of Institute of Metal Research.", "Institute of Institute"),
            (
                "The Standing Committee of the Standing Committee of the Anshan Municipal "
                "People's Congress met.",
                "Standing Committee of the Standing Committee",
            ),
        ],
        [
            "he said that that was done",
            "The film is called King of Kings.",  # a plural after "of"
            "The Office of the State Council and the Secretary of State met.",
            "the theme of the day",
            "the delegation had had talks before",
            "a concert by the pianist Lang Lang opened the festival",  # a name
            # a compound's first half after the same word
            "The two sides engaged in in-depth talks on trade.",
            "Passengers can complete their check-in in the new terminal.",
        ],
    ),
    "R604": (
        [
            (
                "Workers check equipment at the new port on Sept 3. [Photo/Dalian Daily]",
                " [Photo/Dalian Daily]",
            ),
            ("The mayor inspects a farm on May 2. (Xinhua/Li Ming)", " (Xinhua/Li Ming)"),
            (
                "The new bridge opens. (Photo by Wang Hua/Dalian Daily) It links two districts.",
                " (Photo by Wang Hua/Dalian Daily)",
            ),
        ],
        [
            "[Photo/Dalian Daily]",  # a line of its own: R601's
            "The city (Xinhua reported) opened a port.",
            "The photo by Wang Hua won a prize.",
            "the Shenyang/Dalian corridor (Liaoning) grew",
        ],
    ),
    "R605": (
        [
            ("Disposable income in rural areas grew at\n\nabout 7.8% last year.", "at\n\n"),
            ("The city signed projects with a total of\n\n12 billion yuan.", "of\n\n"),
            # hard-wrapped copy: each line that breaks its sentence
            (
                "The province signed 12 projects with partners\nfrom six countries, and "
                "officials said that\nthe deals would create jobs in the new\nzone. The "
                'governor thanked the visitors,\n"We will open wider," he said.',
                "partners\n",
            ),
            (
                "The port handled 8.2 million containers in\nthe first half, up 9.1 percent "
                "year on year and\n37 percent of the total. The customs office said\n"
                "trade with ASEAN members rose.",
                "and\n",
            ),
            # double-spaced wrapped copy: the paragraphs it runs on to end their sentences
            (
                "The fair opened in the city on Monday and was\n\nattended by 600 guests.\n\n"
                "The province signed 40 projects with partners from\n\nnine countries, and "
                "officials said the deals\n\nwould create 5,000 jobs in the new zone.",
                "was\n\n",
            ),
        ],
        [
            "Disposable income in rural areas grew.\n\nabout 7.8% of it went to food.",
            "Main tasks\n\nthe city will build more schools.",  # a heading
            # a headline ending on a place whose last syllable is a word ("Xi'an"), over its
            # time stamp
            "Trade Fair Opens in Xi'an\n\n2024-03-05 09:12 Source: City News\n\n"
            "The fair opened on Monday.",
            "Projects signed in the first half of\n\nThe Year of the Dragon were listed.",
            # a page of normal paragraphs: headlines and labels are open lines, never continued
            "Governor Meets Delegation from Haixi\nUpdated: 2018-04-03\nThe governor met "
            "the delegation.\nBoth sides signed a plan.",
            # a list whose items go on in lower case
            "The city will:\n- build more schools\n- open new clinics\n- repair old roads",
            # one wrapped line is not a wrapped page
            "The mayor urged greater efforts to\nopen wider to the world.\nThe plan was adopted.",
            # a glossary of phrases, one to a paragraph, each in lower case
            "Key Terms of the City\n\nbuild the three centres of the city\n\n"
            "a gateway to the sea, open to the world\n\nthe spirit of daring to be first\n\n"
            "write a new chapter of the city's reform\n\nan open and inclusive city",
        ],
    ),
    "R606": (
        [
            ("Vanuatu\\'s delegation toured the Dalian port.", "\\"),
            ('the \\"two pre-zones\\" of Liaoning', "\\"),
        ],
        [
            "Vanuatu's delegation toured the Dalian port.",
            "the files sit in C:\\data\\reports on the server",
        ],
    ),
    "P310": (
        [
            ("Shenyang”s time-honored brands drew visitors.", "”"),
            ('The city"s exports rose.', '"'),
            ("China′s economy grew steadily.", "′"),
            ("the ancient capital Xi`an", "`"),
            ("The plan isn”t final.", "”"),
        ],
        [
            "閿熸枻′鎷烽敓鏂ゆ嫹",  # mojibake of our own: a prime between Chinese characters
            'the "green channel" of approval',
            "China’s economy grew steadily.",
            "He used the word “grasp” twice.",
            "the “two pre-zones”so",  # a missing space (P305), not an apostrophe
            "the 5′ 10″ mark",  # primes after digits are units
        ],
    ),
    "P311": (
        [
            ("China’s economy grew and the city's exports rose; Dalian’s port too.", "'"),
            ("The city's exports rose, China's economy grew, and Dalian’s port too.", "’"),
            # a tie settled by curly double quotes: the straight one is the odd one out
            ("The city's plan and the province’s “two pre-zones” plan were adopted.", "'"),
            # and by straight double quotes: the curly one is
            ('The city’s plan and the province\'s "two pre-zones" plan were adopted.', "’"),
            # a plural's possessive before a lowercase word
            ("China’s farmers’ income and the workers' pay rose.", "'"),
        ],
        [
            "China's economy grew and the city's exports rose.",
            "China’s economy grew and the city’s exports rose.",
            "the ‘green channel’ opened at Dalian's port",  # a single quote, not an apostrophe
            # a tie nothing settles: neither mark is the odd one out
            "The city’s plan and the province's plan were adopted.",
            # the end of a quotation opened before it, not a possessive
            "China’s plan: 'build the two sessions' agenda first', the mayor said.",
        ],
    ),
    "P312": (
        [
            ("the Communist Party of China Central Committee(CPC) met", "("),
            ("the 2023(first) session", "("),
            ("recorded in the Book of Records( also called the Annals)", "( "),
        ],
        [
            "the Communist Party of China Central Committee (CPC) met",
            "Party member(s) attended",
            "the list of enterprise(es) approved",
            "see http://www.example.gov.cn/page(1).html for details",
            "recorded in the Book of Records (also called the Annals)",
            "the function f( 2 ) returns",  # a space before a number: a formula, not prose
        ],
    ),
    "P313": (
        [
            ("  The city held a working meeting.", "  "),
            ("The meeting opened.\n\u3000\u3000The mayor spoke.", "\u3000\u3000"),
        ],
        ["The city held a working meeting.\nThe mayor spoke.", "The meeting opened.\n\nIt ended."],
    ),
    "P314": (
        [
            ("new projects will settle in the demonstration area..", "."),
            ("education, health, etc.. The plan", "."),
            ('the concept of "green development"..', "."),
            ("the workers came and went ... ... The new site is ready.", "... ..."),
            ("the projects sped up...... Output doubled.", "......"),
            ("roads, bridges, tunnels…… all were built in a year.", "……"),
        ],
        [
            "we will wait ... and see",
            "roads, bridges ... and tunnels ... all were built.",  # two ellipses apart
            "the list goes on...",
            "the U.S. delegation arrived.",
            "see ../docs for the plan",
        ],
    ),
    "P319": (
        [
            (
                "Yantai Port Co., Ltd. signed first.\n\nLater Yantai Steel Co., Ltd signed "
                "a supply deal.",
                "Ltd",
            ),
            ("talks with the U.S government delegation", "U.S"),
            ("the U.N body met", "U.N"),
            ("roads, bridges, etc at the new site", "etc"),
            ("schools and hospitals (etc)", "etc"),
        ],
        [
            "Yantai Port Co., Ltd signed first.\n\nLater Yantai Steel Co., Ltd signed a deal.",
            "talks with the U.S. government delegation",
            "the U.S. met",
            "the US government",
            "roads, bridges, etc. were built",
            "files are kept in /etc/tifa and etc-notes.txt",  # a path and a file name
            "The Etcetera Gallery opened.",
            "All rights reserved. Content (text, photos, etc) may not be copied.",  # a footer
        ],
    ),
    "P316": (
        [
            ("a 300–million-yuan project", "–"),
            ("the new industrial–park project", "–"),
        ],
        [
            "the 2020–2021 plan",
            "the Shenyang–Dalian line",
            "the port – the largest in the province – grew",
        ],
    ),
    "P317": (
        [
            ("the fair opened on June. 18th in Dalian", "."),
            ("signed on October. 9, 2023 in Shenyang", "."),
        ],
        [
            "the fair opened on Sept. 18 in Dalian",
            "It closed in March. 3 projects were signed.",
            "the fair opened on June 18th in Dalian",
        ],
    ),
    "N209": (
        [
            ("A trade delegation from taiyuan arrived on Monday.", "taiyuan"),
            ("Investment Fair Opens in shaoxing", "shaoxing"),  # a headline
            ("Firms from xinjiang, Gansu and Ningxia took part.", "xinjiang"),
            ("The project covers QianXi County and Dafang County.", "QianXi"),
            ("Farmers in LongQuan Town planted tea.", "LongQuan"),
            ("Welcome to ShenYang, a city of industry.", "ShenYang"),  # a gazetteer name
        ],
        [
            "A trade delegation from Taiyuan arrived on Monday.",
            "Details are at www.taiyuan.gov.cn and in taiyuan-guide.pdf.",  # addresses, files
            "Photos: taiyuan.jpg",  # a file name
            "Share it with #xinjiang and @ningbo",  # a tag and a handle
            "Li jining, a villager, spoke.",  # a given name written small: N205's
            "Sailors were said to shanghai recruits.",  # also an English word
            "The project covers Qianxi County.",
            "McDonald County sent a delegation.",  # not pinyin
            "The ZhongGuancun Science Park grew.",  # no place word after it
        ],
    ),
    "N207": (
        [
            (
                "Leaders of the Party and government called on all party members to lead.",
                "party",
            ),
            ("The Party met. It stressed party building in villages.", "party"),
            ("Under the Party's leadership, the whole party must stay united.", "party"),
            ("Party schools and the party's organizations grew, the Party said.", "party"),
            ("The Party met.\n\nAll party members should keep faith", "party"),  # no full stop
            ("The Party met. Cadres must stay loyal to the party.", "party"),
            ("The Party met. They work for the party and the people.", "party"),
            ("The CPC met. It opened a new phase for the party and entire nation.", "party"),
            # A document that names the CPC is about it: "party members" there is a slip.
            ("The CPC Zibo Municipal Committee met. All party members must study.", "party"),
            ("He said the CPC leads. The county stressed party building.", "party"),
            ("The Party met. Uphold the party’s overall leadership in all work.", "party"),
            # 党和政府 in any document: no other party is paired with the government.
            ("Jobs are the top task of the party and the government in the county.", "party"),
            ("It links the people with the party and the masses, he said.", "party"),
            # a level word, or a committee's officer or sitting after it, in any document
            ("Weifang municipal party committee secretary Li Hua met the guests.", "party"),
            ("Wang Qiang, a party committee member of the company, spoke.", "party"),
            ("They raised it at party committee meetings and staff meetings.", "party"),
            ("The bureau held a party group (enlarged) meeting on Monday.", "party"),
            (  # a sentence full of names is no heading where "party" follows lower case
                "The Party met. The Municipal Commerce Bureau held a party group meeting on "
                "the Fourth Plenary Session of the Ninth Municipal Party Committee.",
                "party",
            ),
            ("The village party branch met to plan the harvest.", "party"),
            ("The party branch secretary of the village spoke.", "party"),
            ("Some 46 party members of the village cleared the roads.", "party"),
            # a province's or a city's committee by its possessive, in any document
            ("The fair was backed by the province and Hunan's party committee.", "party"),
            ("The city's party committee approved the new housing plan.", "party"),
            # "the party" standing whole where the document writes "Party" itself
            ("The Party met. He stressed strictly governing the party.", "party"),
            ("The Party met. The review of the party after the audit ended in May.", "party"),
        ],
        [
            "The Party met. A third party will audit the project.",
            "The Party met. Staff held a tea party, and the mayor came to the party.",
            "The Party met. The party to the contract must pay.",  # a legal party
            "All cadres came. He stressed strictly governing the party.",  # no capital here
            "The Party met. The other party members of the alliance left.",
            "All party members must study.",  # nothing names the Communist Party here
            "He joined the CPC and became party chief of the Communist Party of China in Zibo.",
            "The Party met.\n\nParty Members Study the Plenum",  # a heading
            "The Party met. The parties concerned signed the contract.",
            "The Party met. Guests came to the party and the dinner was served.",
            "Cadres must stay loyal to the party.",  # nothing capitalises the Party here
            "The CPC met. A third party will audit the project.",  # another party
            "The CPC met. Guests came to the party and whole families danced.",
            "Guests came to the party's opening, and the party's host spoke.",  # no CPC here
            "The Party met.\n\nLeaders Attend party Building Session in Weihai",  # a heading
            "The hosts of the party and the people of the town danced.",  # not paired so
            "The CPCs of the region met. All party members must study.",  # not the CPC
            "The Party met. The host of the party thanked the guests in the hall.",
            "Both parties agreed that a third party committee would settle disputes.",
            "The party committee of the rowing club met after the dinner party.",
            "In 2021 party members in the club paid their dues.",  # a year, not a count
            "The chess club's party branches held their dinners.",  # no level word before
            "Maria's party committee planned the wedding dinner.",  # a person, not a place
        ],
    ),
    "E801": (
        [
            ("The two sides discussed about trade cooperations.", "discussed about"),
            ("The two sides deepened trade cooperations.", "cooperations"),
            ("The institute drew wide attentions for its work.", "attentions"),
            ("The park funds scientific researches on wetlands.", "researches"),
            ("The county sped up the constructions of rural roads.", "constructions"),
            ("The town keeps rich cultural heritages.", "heritages"),
            ("He thanked the consular staffs for their work.", "staffs"),
            ("Since then the city has hold three forums.", "has hold"),
            ("Exports had rose by 5% before the summit.", "had rose"),
            ("It is a well-know brand of Dalian.", "well-know"),
            ("Since the early of this year, output has grown.", "the early of"),
            ("Li Hong, deputy major of Yantai, met the guests.", "major"),
            ("The vice majors of five cities took part.", "major"),
            ("County major Zhao Lin welcomed the investors.", "major"),
            ("The town aims to set a new climax in rural tourism.", "set a new climax"),
            ("The dancers pushed the festive atmosphere to a climax.", "atmosphere to a climax"),
            ("Nine deputies were elected on the third session of the county congress.", "on"),
            ("Twelve deals signed on the opening ceremony came from Korea.", "on"),
            (
                "Officials from Jinzhou relevant government departments joined the talks.",
                "Jinzhou relevant government departments",
            ),
            (
                "Experts from domestic relevant institutions gave advice.",
                "domestic relevant institutions",
            ),
            ("Extensive promote the new development philosophy.", "Extensive promote"),
            ("Output rose. Vigorous develop the marine economy.", "Vigorous develop"),
            ("2. Comprehensive deepen reform in the port area.", "Comprehensive deepen"),
            ("Vigorous promote ‘four new’ industries in the zone.", "Vigorous promote"),
            ("The participated delegates toured the free trade zone.", "participated delegates"),
            ("The meeting was chaired by Li Wei; other attendants spoke.", "attendants"),
            ("Also on agenda were the budget and the plan.", "on agenda"),
            ("They studied the import series of speeches by Xi Jinping.", "import"),
            ("The import speech set out the tasks.", "import"),
            ("The talks put the port project on agenda.", "on agenda"),
            ("The brand enjoys influence home and abroad.", "influence home and abroad"),
            ("The US Consulate-General to Shenyang held a reception.", "Consulate-General to"),
            (
                "He thanked the Consulate General of Japan to Dalian.",
                "Consulate General of Japan to",
            ),
            ("Yantai is a port with the history of more than 1,000 years.", "the history of"),
            ("Ties between the ports have steady developed.", "have steady developed"),
            ("Its tea is a national famous brand.", "national famous"),
            ("The director explained the policy in details.", "in details"),
            ("In face of risks, the county kept growing.", "In face of"),
            ("Its output ranks the second among all counties.", "ranks the second"),
            ("Legend says a crane flied over the lake.", "flied"),
            ("The old bridge boasts the history of 300 years.", "the history of"),
            ("The county covers the area of 2,100 square kilometres.", "the area"),
            ("The district has permanent population of 1.2 million.", "permanent population"),
            ("The city, with the urbanization rate of 62%, grew fast.", "the urbanization rate"),
            (
                "Last year the county recorded gross regional product of RMB 30 billion.",
                "gross regional product",
            ),
            ("The town has the average altitude of 1,500 metres.", "the average altitude"),
            ("The bureau was renamed to current name in 2018.", "current name"),
            ("The school was changed into current name last year.", "current name"),
            ("Dalian is a world famous port city.", "world famous"),
            ("The zone aims to be a world first class park.", "world first class"),
            ("World Renowned Brands Gather in Yantai", "World Renowned"),
            ("It is a cradle of Chinese nation.", "Chinese nation"),
            ("The port led the coastal opening up drive.", "opening up"),
            ("The forum deepened people to people ties.", "people to people"),
            ("The port bought new equipments and sold merchandises.", "merchandises"),
            ("Visitors admired the sceneries of the lake.", "sceneries"),
            ("The county made new progresses in poverty relief.", "progresses"),
            ("In recent year, the county built 20 schools.", "In recent year"),
            ("The town has traded salt since ancient time.", "since ancient time"),
            ("The plan will raise people's living standard.", "people's living standard"),
            ("The year of 2019 marked the 70th anniversary.", "The year of"),
            ("Tea culture is popular in nowadays.", "in nowadays"),
            ("The mayor expressed that the port will open wider.", "expressed that"),
            ("The county locates in the north of the province.", "locates"),
            ("The lake is called also the Pearl of the North.", "is called also"),
            ("The mayor extended warm welcome to the guests.", "warm welcome"),
            ("Introduction of Yingkou\nThe city lies on the bay.", "Introduction of"),
            ("Introduction of panjin City", "Introduction of"),
            ("The director introduced that the port handled 8,000 ships.", "introduced that"),
            ("In his speech he addressed that we must keep growth stable.", "addressed that"),
            ("It is learned that the bridge will open in June.", "It is learned that"),
            ("Since this year, the zone has signed 35 projects.", "Since this year"),
            ("The trade fair was grandly held in Yingkou on May 8.", "grandly held"),
            ("Responsible comrades of the bureau attended.", "Responsible comrades"),
            (
                "Cadres set off a new upsurge of studying the report.",
                "set off a new upsurge of studying",
            ),
            ("The county sent its medias to the fair.", "medias"),
            ("The river was cleared of pollutions last year.", "pollutions"),
            ("The county built roads in an aim to draw investors.", "in an aim to"),
            ("The two cities seek for new ways to trade.", "seek for"),
            ("The plan involves in six towns of the county.", "involves in"),
            ("Rural roads remain a short board of the county.", "short board"),
            ("The city will expand occupation education for farmers.", "occupation education"),
            ("The two ports will move toward to a shared market.", "toward to"),
            ("The bureau will spare no efforts to serve investors.", "spare no efforts"),
            ("Firms set up a headquarter base in the new zone.", "headquarter"),
            ("The investment promotions department of the county met.", "investment promotions"),
            ("Five villages were enlisted as national tourist villages.", "were enlisted"),
            ("The mayor said there is a intimate tie between the ports.", "a intimate"),
            ("The county built a eco-friendly park.", "a eco-friendly"),
            ("He said that two sides will open a new air route.", "two sides"),
            ("The mayor was on inspection tour of the port.", "on inspection tour"),
            ("The bridge paved way for trade between the two towns.", "paved way"),
            ("The fair opened in June 6, 2019 in the port.", "in June 6"),
            ("On November 13 to 14, the delegation toured Dalian.", "On November 13 to 14"),
            ("The envoy paid official visit to Dalian.", "paid official visit"),
            (
                "The county signed investment agreement with the firm.",
                "signed investment agreement",
            ),
            ("In recent years, two sides have traded more grain.", "two sides"),
            ("The county will uphold high the banner of green growth.", "uphold high"),
            ("Delegates took seats on the rostrum at nine.", "took seats on the rostrum"),
            ("The town dredged the river so that to prevent floods.", "so that to"),
            ("Nurses visit the elderly on a weekly base.", "on a weekly base"),
            ("The mayor put forwards three tasks for the port.", "put forwards"),
            (
                "The two deputy mayors delivered a speech respectively.",
                "delivered a speech respectively",
            ),
            ("It is the only one county-level city with a port.", "the only one"),
            ("The premier gave an inspection tour of the farms.", "gave an inspection tour"),
            ("The envoy paid a brief visit in Yantai last week.", "paid a brief visit in"),
            ("In his point of view, the port will grow.", "In his point of view"),
            ("The port drives our economy development.", "economy development"),
            ("The plant cut pollutants emissions by a third.", "pollutants emissions"),
            ("Firms face economic downturn pressure this year.", "economic downturn pressure"),
            ("Coal use has reduced by 12% since 2020.", "has reduced by"),
            ("Some 300 firms came, among which 40 were from Japan.", "among which"),
            ("Cadres will study the Xi Jinping Thought in depth.", "the Xi Jinping Thought"),
            ("At the meeting, Zhou urged to speed up the reform.", "urged to"),
            ("It’s learned that the port will add two berths.", "It’s learned that"),
            (
                "The county will send teams out, setting off a climax of tourism promotion.",
                "setting off a climax of",
            ),
            ("The inspectors seriously listened to the county's report.", "seriously listened to"),
            ("Every firm must seriously implement the safety rules.", "seriously implement"),
            (
                "The plants should seriously compare their output with the plan.",
                "seriously compare",
            ),
            ("Mayor Zhou Ping presided the meeting on rural roads.", "presided the"),
            ("Villagers showed their pursuit for a better life.", "pursuit for"),
        ],
        [
            # the verb, and buildings
            "She researches the history of the port, and temporary constructions were removed.",
            # a headline drops its articles
            "Jinzhou and Dandong sign cooperation agreement on tourism\n\nThe two cities met.",
            "Mayor pays official visit to Busan\n\nThe mayor arrived on Monday.",
            "The two sides discussed trade cooperation and its equipment.",
            "The company has hold of a tenth of the market.",
            "The county will hold high the banner and uphold the rules.",
            "Delegates took their seats on the rostrum at nine.",
            "The town dredged the river so that farms stay dry.",
            "The navy built a new base on a remote island.",
            "The mayor put forward three tasks; the team moved forwards.",
            "The two deputy mayors spoke on trade and tourism respectively.",
            "It is the only one in the province, and the only one left.",
            "The premier made an inspection tour of the farms.",
            "The envoy paid a brief visit to Yantai; his visit in May was short.",
            "From his point of view, the port will grow.",
            "The city drew up a digital economy development plan.",
            "The plant cut pollutant emissions by a third.",
            "Firms face downward pressure on the economy this year.",
            "Coal use has been reduced by 12% since 2020.",
            "Some 300 firms came, of which 40 were from Japan.",
            "Cadres will study Xi Jinping Thought; the Thought guides their work.",
            "Zhou urged officials to speed up the reform; firms were urged to hire.",
            "The delegation has Rose Li as its head.",
            "Output has risen since early this year; the returns came back.",
            "The well-known brand returned to Dalian.",
            "Further promote the new development philosophy.",  # an adverb already
            "Extensively promote the new development philosophy.",
            "Officials promote the plan; enterprises develop new products.",
            "Rapid growth continued. Steady progress was made in the zone.",  # nouns
            "Full support was given. Firm resolve is needed.",
            "The delegates who participated visited the port.",
            "Representatives participated in the forum.",
            "Flight attendants served lunch before the summit.",
            "The museum attendants opened the doors early.",
            "Attendants checked tickets at the station gate.",  # no meeting in the sentence
            "The meeting agreed on agenda items for the next session.",
            "Import tariffs fell; the port handles import and export trade.",
            "They studied the important series of speeches.",
            "Visitors from home and abroad came to the fair.",
            "The brand is known both at home and abroad.",
            "The brand is famous both home and abroad.",
            "He moved from the Consulate General to the Embassy.",
            "The US Consulate General in Shenyang held a reception.",
            "Yantai is a port with a history of more than 1,000 years.",
            "The exhibition traces the history of 300 years of trade.",  # the one story told
            "The town has the history of its salt works on show.",
            "The county covers an area of 2,100 square kilometres.",
            "The district has a permanent population of 1.2 million.",
            "The county has the highest growth rate of 7% in the province.",  # one picked out
            "Output rose 6%, compared with the growth rate of 5% a year earlier.",
            "The city, with its population of 1.2 million, is the largest.",
            "The report compares the area in 2010 and has the population of 2010 in a table.",
            "The province has area of responsibility for 12 ports.",  # no figure
            "The bureau was renamed to its current name in 2018.",
            "The current name of the bureau dates from 2018.",
            "Dalian is a world-famous port city with world-class parks.",
            "The port is among the busiest in the world famous for its trade.",
            "People across the world leading busy lives visit the lake.",
            "It is a cradle of the Chinese nation and of our Chinese nation's culture.",
            "They wrote of Chinese nation-building and of Chinese nationals abroad.",
            "The opening up of the port began in 1984.",  # a noun phrase, not a modifier
            "The port led the opening-up drive and high-quality development.",
            "In the long term mechanisms will matter more than money.",  # the idiom
            "The state owned the land until the reform.",  # a verb
            "Trucks that cross border checkpoints are checked.",
            "The quality of the goods is high quality, we were told.",
            # The glossary's avoided rendering: T101 reports it, once.
            "The city pursues high quality development.",
            "As the work progresses, costs fall.",  # the verb
            "Ties have steadily developed; the city has steady growth and is full of vigour.",
            "The brand is nationally famous and internationally renowned.",
            "The plan was explained in detail; he was interested in details of the plan.",
            "In the face of risks, the county kept growing.",
            "Its output ranked first; it ranked the first three entries as winners.",
            "The batter flied out to left field; the crane flew over the lake.",
            "In recent years, the county built 20 schools in recent year-end drives.",
            "The town has traded salt since ancient times.",
            "The plan will raise people's living standards.",
            "The year 2019 marked the 70th anniversary; the year of the Ox began.",
            "Nowadays tea culture is popular.",
            "The mayor expressed that hope; he expressed that in a letter.",
            "The mayor said that the port will open wider.",
            "The county is located in the north; radar locates ships.",
            "The lake is also called the Pearl of the North.",
            "The mayor extended his warm welcome; the guests were warmly welcomed.",
            "The mayor extended the warmest welcome to the guests.",
            "Introduction of Talents\nThe zone offers housing to engineers.",  # 引进
            "The introduction of Yingkou port rules took a year.",  # not a heading
            "The director introduced the guests and addressed the forum.",
            "The minister introduced that rule in 2019; they learned that lesson.",
            "Since this year's fair, sales have risen; a grand opening was held.",
            "The comrades responsible for the work met; an upsurge of demand followed.",
            "The media covered the fair, and pollution fell in the county.",
            "The county built roads with the aim of drawing investors.",
            "The two cities seek new ways to trade; the sought-for deal came.",
            "The plan involves, in practice, six towns; what it involves in total is unclear.",
            "The county is involved in the plan. The firm held a short board meeting.",
            "The city will expand vocational education; occupational safety improved.",
            "The two ports will move toward a shared market; they looked forward to it.",
            "The bureau will spare no effort to serve investors.",
            "The firm set up its headquarters in the zone and is headquartered in Dalian.",
            "The investment promotion department met; the promotions went well.",
            "Five villages were listed as national tourist villages; he enlisted in the army.",
            "The county enlisted the help of engineers.",
            "The mayor said there is an intimate tie; it is a one-day visit to a European city.",
            "Firms of type a and plan a; a unique park; a e",
            "The two sides will open a new air route; both sides agreed.",
            "The river has two sides, and farms on two sides of it grow rice.",
            "The mayor was on an inspection tour; the envoy paid an official visit to Dalian.",
            "The bridge paved the way for trade; the town paved its way out of debt.",
            "In May 2019 the fair opened; in May 1,000 guests came; in May 12 firms joined.",
            "On November 13, the delegation came; from May 8 to 10 the fair ran.",
            "The county signed investment agreements and signed the framework agreement.",
            "Visits paid in return; the inspection tour ended; signed by the trade deal team.",
            "He retired as a deputy major general; the city major roads were widened.",
            "The county major projects started; Major Wang of the garrison spoke.",
            "The festival reached its climax on Sunday; the play builds to a climax.",
            "Xinhua reported on the forum, and the envoy commented on the meeting.",
            "Both sides agreed on the session agenda and focused on the ceremony plans.",
            "The mayor congratulated the delegates on the success of the meeting.",
            "The county government signed on the sidelines of the forum.",
            "The mayor urged relevant departments to act; officials from the relevant bureaus came.",
            "Officials from relevant Jinzhou government departments and highly relevant agencies came.",
            # the noun alone, and "seriously" meaning gravely
            "The climax of the lantern show came at midnight, a climax of light and drums.",
            "The flood seriously damaged two bridges, and the county took the warning seriously.",
            "He was seriously ill and seriously considered stepping down.",
            "The mayor presided over the meeting, and the presiding judge thanked him.",
            "Local tea farms thrive this year, and output rose the fastest in the province.",
        ],
    ),
    "E819": (
        [
            ("The fair closed on Sunday. 14 projects were signed there.", "14"),
            ("12 villages in the county joined the scheme.", "12"),
            ("The zone grew fast. 350 million yuan was invested in roads.", "350 million"),
            ("Output rose again. 35 percent of it came from tea.", "35"),
            ("The mayor asked: “What next?” 3 new lines will open.", "3"),
            ("The port of Ltd.. 6 berths were built.", "6"),
        ],
        [
            "The fair closed on Sunday. Fourteen projects were signed there.",
            "2018 was a busy year for the port. 2019 saw more ships.",  # years
            "The county issued the No. 1 central document on farming.",
            "The mayor chaired the meeting in NO. 2 meeting room of the city hall.",
            "5G networks now cover the county. 3D printing firms came too.",
            "Tasks:\n1. Build roads.\n2. Plant trees.",  # a list
            "The meeting opened at 9:30 am. It ended at noon.",
            "The delegation signed 14 projects, and 12 villages joined.",
            "14 Projects Signed at Trade Fair",  # a heading
            "Dr. 5 was not a name here; Mr. Li met J. 3 times.",
        ],
    ),
    "E818": (
        [
            ("The Enterprises in the zone grew. The enterprises paid more tax.", "Enterprises"),
            ("The mayor chaired a monthly Symposium on private firms.", "Symposium"),
        ],
        [
            "The Committee met, and the committee will meet again.",
            "He spoke at the Forum for Cooperation between East and West, on cooperation.",
            # A term the notice defines in brackets is capitalised on purpose.
            "Several Policies on Supporting Firms (the Policies below) took effect in May, and"
            " the Policies apply to all firms. The district drew up policies to help them.",
            # a name carried on by "of the": the zodiac year, not the common noun
            "The Year of the Dragon opened with fireworks, and the year will bring new plans.",
            # a village's name glued to the word before it: the name, not the common noun
            "Farmers inDazhuang Village grow pears, and the village sells them in town.",
        ],
    ),
    "N214": (
        [("Members of the cppcc met the deputies.", "cppcc")],
        ["Members of the CPPCC met; see www.cppcc.gov.cn for more."],
    ),
    "N215": (
        [("Tax revenue reached 4.6 billion Yuan last year.", "Yuan")],
        ["Tax revenue reached 4.6 billion yuan.", "In 2022 Yuan Hua was named director."],
    ),
    "T116": (
        [
            ("Cadres studied the spirits of the 20th CPC National Congress.", "spirits"),
            ("The county put the Party's 20 spirit into practice.", "20 spirit"),
            ("Officials acted on the 19 Spirit in every village.", "19 Spirit"),
        ],
        [
            "The visit lifted the spirits of the athletes.",
            "The team of 20 showed great spirit in the final.",
            "The 20 volunteers kept their spirit high.",
        ],
    ),
    "T118": (
        [
            ("The metro will link the new districts of Great Wuhan by 2027.", "Great"),
            ("Officials spoke of building a Great Chengdu for the next decade.", "Great"),
            ("Firms from the Great Bay Area opened offices in the port.", "Great"),
            ("The port lies at the heart of the Great Bay area of Guangdong.", "Great"),
        ],
        [
            "The metro will link the new districts of Greater Wuhan by 2027.",
            "The deputies met in the Great Hall of the People on Tuesday.",
            "Visitors walked on the Great Wall near Beijing.",
            "Trade with Great Britain grew last year.",
        ],
    ),
    "T119": (
        [
            ("Profits of industries above scale rose by 8 percent.", "above scale"),
            ("Revenue of services above the scale grew in the first half.", "above the scale"),
        ],
        [
            "Profits of industrial enterprises above designated size rose by 8 percent.",
            "Output of above-scale industrial enterprises grew steadily.",
            "Investment rose above the scale of last year.",
        ],
    ),
    "T120": (
        [
            (
                "Li Ping, vice chairman of Hubei People's Congress, met the guests.",
                "Hubei People's Congress",
            ),
            (
                "The Standing Committee of Yichang People’s Congress met on Monday.",
                "Yichang People’s Congress",
            ),
            (
                "The budget was adopted by the 2nd Session of the 16th People's Congress.",
                "16th People's Congress",
            ),
        ],
        [
            "Li Ping, vice chairman of the Hubei Provincial People's Congress, met the guests.",
            "The Standing Committee of the Yichang Municipal People's Congress met on Monday.",
            "Deputies to the Beijing People's Congress met on Monday.",  # a municipality
            "The Xinjiang People's Congress adopted the rules.",  # an autonomous region
            "Deputies to the National People's Congress arrived in Beijing.",
            "Deputies to the third session of the 12th People's Congress of the region met.",
            "The 14th National People's Congress and the 12th Jilin Provincial People's "
            "Congress met.",
        ],
    ),
    "T121": (
        [
            (
                "The plan drawn up by the county Party Committee was adopted on Friday.",
                "county Party Committee",
            ),
            (
                "Last year Yantai municipal Party Committee set up five task forces.",
                "municipal Party Committee",
            ),
            (
                "Zhao Lin, secretary of Shandong Provincial Party committee, opened the forum.",
                "Shandong Provincial Party committee",
            ),
        ],
        [
            "The plan drawn up by the county Party committee was adopted on Friday.",
            "Last year the Yantai Municipal Party Committee set up five task forces.",
            "Zhao Lin, secretary of the CPC Shandong Provincial Committee, opened the forum.",
            "The Provincial Party committee staff moved into the new building.",  # no place
            "The Municipal Party Committee Holds Its Annual Work Conference",  # a heading
        ],
    ),
    "T122": (
        [
            (
                "Zhou Lin, vice chairman of the CPPCC of Hunan Province, opened the forum.",
                "CPPCC of Hunan Province",
            ),
            ("Advisers from the CPPCC of Weifang toured the farms.", "CPPCC of Weifang"),
            (
                "Wu Fang, vice chairman of Weifang Political Consultative Conference, spoke.",
                "Weifang Political Consultative Conference",
            ),
            (
                "Members of the Hunan Provincial Political Consultative Conference met.",
                "Hunan Provincial Political Consultative Conference",
            ),
            (
                "The 9th County People's Political Consultative Conference closed on Sunday.",
                "County People's Political Consultative Conference",
            ),
            (
                "Members of the people's political consultative conference toured the farms.",
                "people's political consultative conference",
            ),
            (
                "The 12th Tibetan People's Political Consultative Conference opened in Lhasa.",
                "Tibetan People's Political Consultative Conference",
            ),
            ("The 4th Session of the 9th PPPCC opened in Lincang.", "PPPCC"),
            ("Over 200 members of the PPCC heard the report.", "PPCC"),
            ("Liu Min, vice chairman of Harbin Municipal PCC, spoke.", "Harbin Municipal PCC"),
            ("The County PCC met on Friday to hear the report.", "County PCC"),
            (
                "The second session of the 12th Municipal CPPCC opened on Monday.",
                "12th Municipal CPPCC",
            ),
            (
                "He thanked the 8th Yichang Municipal CPPCC's members.",
                "8th Yichang Municipal CPPCC",
            ),
        ],
        [
            "Zhou Lin, vice chairman of the CPPCC Hunan Provincial Committee, opened the forum.",
            "The National Committee of the CPPCC of the new term met in Beijing.",
            "Wu Fang, vice chairman of the Weifang Municipal Committee of the CPPCC, spoke.",
            "The Chinese People's Political Consultative Conference opened in Beijing.",
            "Members of the Chinese people's political consultative conference met.",
            "Historians recalled the Old Political Consultative Conference of 1946.",
            "The New Political Consultative Conference met in the autumn of 1949.",
            "Sun Min, a member of the 14th National Committee of the CPPCC, spoke.",
            "He wrote for the People's Political Consultative Conference Daily for years.",
            "Tibetan herders met members of the CPPCC National Committee in the spring.",
            "The PCC index rose, and Hong Kong PCC won the tender for the pipes.",
            "Members of the 9th Dalian Municipal CPPCC Committee toured the port.",
            "The chairman of the Municipal CPPCC attended the meeting.",
            "Wu Jing is a member of the 14th CPPCC National Committee.",
        ],
    ),
    "T124": (
        [
            (
                "The second session of the 14th CPC Hebei Provincial People's Congress opened.",
                "CPC Hebei Provincial People's Congress",
            ),
            (
                "Li Ming, director of the Standing Committee of the CPC County People's "
                "Congress, spoke.",
                "CPC County People's Congress",
            ),
            (
                "Delegates gathered for the 5th Congress of the CPC Hefei Municipal Committee.",
                "5th Congress of the CPC Hefei Municipal Committee",
            ),
            (
                "The Fifth Congress of the Communist Party of China (CPC) Wuxi Municipal "
                "Committee closed.",
                "Fifth Congress of the Communist Party of China (CPC) Wuxi Municipal Committee",
            ),
        ],
        [
            "Wang Bo, secretary of the CPC Hebei Provincial Committee and director of the "
            "Standing Committee of the Hebei Provincial People's Congress, spoke.",
            "Cadres studied the spirit of the 20th National Congress of the CPC and the 5th CPC "
            "Hefei Municipal Congress.",
            "The CPC Central Committee and the National People's Congress Standing Committee met.",
            "Zhou Li heads the CPC Hebei Provincial People's Congress Standing Committee Party "
            "Group.",
        ],
    ),
    "T123": (
        [
            (
                "Tea from Xishuangbanna Dai Autonomous Region sold well at the fair.",
                "Autonomous Region",
            ),
            (
                "The delegation toured Enshi Tujia and Miao autonomous region last week.",
                "autonomous region",
            ),
            ("The delegation toured Xiangxi state last week.", "state"),
        ],
        [
            "Tea from Xishuangbanna Dai Autonomous Prefecture sold well at the fair.",
            "Deputies from the Guangxi Zhuang Autonomous Region arrived on Monday.",
            "The Ningxia Hui Autonomous Region opened a new airport.",
            "Exports from the Xinjiang Uygur Autonomous Region rose.",
            "The Tibet Autonomous Region and Inner Mongolia Autonomous Region sent teams.",
            "Xiangxi state-owned farms hired more workers.",
        ],
    ),
    "T117": (
        [("Cadres studied the 4th Plenary session of the 12th committee.", "Plenary session")],
        ["Cadres studied the fourth plenary session of the 12th committee."],
    ),
    "E807": (
        [
            (
                "The city marked the founding of Shanghai Cooperation Organization 20 years ago.",
                "Shanghai Cooperation Organization",
            ),
            ("Trade with member states of European Union increased.", "European Union"),
            ("The town dates from Tang Dynasty.", "Tang Dynasty"),
            ("It lies in the lower reaches of Tuojiang River, near the coast.", "Tuojiang River"),
            ("Neijiang sits in the southeast of Sichuan Basin.", "Sichuan Basin"),
            ("Boats sail along Qiantang River and into Hangzhou Bay.", "Qiantang River"),
            (
                "It is the hub of Chengdu-Chongqing Economic Zone.",
                "Chengdu-Chongqing Economic Zone",
            ),
            (
                "He spoke on behalf of Jiangsu Chamber of Commerce in Shenzhen.",
                "Jiangsu Chamber of Commerce",
            ),
            ("Farms in Pan-Pearl River Delta, in the south, grow rice.", "Pan-Pearl River Delta"),
            ("Wells at Qingjiang River basin supplied the town.", "Qingjiang River"),
            ("Its textile trade grew in Ming Dynasty (1368-1644).", "Ming Dynasty"),
            ("The city seized the opportunity of Asian Games.", "Asian Games"),
            ("Yunnan hosts platforms such as China-South Asia Expo.", "China-South Asia Expo"),
            # The Party's doctrines named by a common noun, wherever they stand.
            (
                "Cadres in the county must fully apply Scientific Outlook on Development.",
                "Scientific Outlook on Development",
            ),
            (
                "The work is guided by Deng Xiaoping Theory and Theory of Three Represents.",
                "Theory of Three Represents",
            ),
            (
                "Cadres studied the report to the National Congress of Communist Party of China.",
                "Communist Party of China",
            ),
            # Venues and bodies named by a common noun.
            (
                "The trade fair opened at Dalian Convention Center on Monday.",
                "Dalian Convention Center",
            ),
            ("Leaders met in Great Hall of the People in Beijing.", "Great Hall of the People"),
            (
                "The troupe toured Yingkou Culture and Arts Center; they danced in Jinzhou Grand Theatre.",
                "Jinzhou Grand Theatre",
            ),
            (
                "The forum was held at Panjin Convention and Exhibition Center mainly for traders.",
                "Panjin Convention and Exhibition Center",
            ),
            (
                "The letter was signed by Anshan Foreign Affairs Office.",
                "Anshan Foreign Affairs Office",
            ),
            (
                "The fair was backed by Fuxin Council for the Promotion of International Trade.",
                "Fuxin Council for the Promotion of International Trade",
            ),
            # An event named with its year, roads, halls, agreements and initials.
            ("The mayor spoke at 2018 China Expo on Monday.", "2018 China Expo"),
            (
                "Buyers came for 2016 Summer Davos Forum, held in the port city.",
                "2016 Summer Davos Forum",
            ),
            (
                "The fair, also known as 2021 Digital Economy Expo, opens in May.",
                "2021 Digital Economy Expo",
            ),
            (
                "Officials said that 2010 Annual Meeting would be held in Dalian.",
                "2010 Annual Meeting",
            ),
            ("Police checked cars at the south exit of G15 Expressway.", "G15 Expressway"),
            ("Trucks queued on Shenyang-Dalian Highway for hours.", "Shenyang-Dalian Highway"),
            ("The gala was held in Binhai Grand Hall on Friday.", "Binhai Grand Hall"),
            (
                "Both sides signed Jinzhou-Yingkou Framework Agreement on Cooperation.",
                "Jinzhou-Yingkou Framework Agreement",
            ),
            ("In all, 2,980 deputies were elected to the 13th NPC of PRC.", "PRC"),
            ("Farmers follow the news about NPC on television.", "NPC"),
            (
                "He met Anna Berg, Chief Operating Officer of World Economic Forum, on Monday.",
                "World Economic Forum",
            ),
            # an office named by what it does, a secretariat, another country's embassy
            ("The talks were held at Citizen Service Center on Friday.", "Citizen Service Center"),
            (
                "The report was issued by Regional Cooperation Secretariat.",
                "Regional Cooperation Secretariat",
            ),
            ("The county kept in touch with Thai Embassy in Beijing.", "Thai Embassy"),
        ],
        [
            "The talks were held at the Citizen Service Center on Friday.",
            "He met staff of Thai Embassy programs.",  # the name modifies a noun
            "The band played at Barclays Center.",  # a centre named after a sponsor
            "The guests thanked the Regional Cooperation Secretariat.",
            "The city marked the founding of the Shanghai Cooperation Organization.",
            "Exports to European Union markets rose.",  # the name modifies a noun
            "The town dates from the Tang Dynasty.",
            "Cadres must apply the Scientific Outlook on Development in all work.",
            "Scientific Outlook on Development guides the county's plans.",  # opens a sentence
            "He read the Party's Theory of Three Represents and its Scientific Outlook on "
            "Development.",
            "Studies on Scientific Outlook on Development\n\nCadres met.",  # a heading
            "Tang Dynasty poets wrote of Yellow River water and Tang Dynasty temples.",
            "The city lies on China's Yellow River.",
            "The county borders West Lake and Mount Tai.",
            "The project moved to Xiongan New Area in Hebei Province.",
            "Xi studied the Law on Yellow River Protection.",
            "The 18th World Winter Cities Association for Mayors Conference met in Shenyang.",
            "The mayor spoke at the 2018 China Expo and at the Boao Forum for Asia.",
            "Buyers came for the 2016 Summer Davos Forum in Binhai Grand Hall Square.",
            "From 2016 to 2018 Expo visitors doubled.",  # the name modifies a noun
            "Report on 2019 China Expo",  # a heading
            "Police checked cars at the exit of the G15 Expressway and on Highway 5.",
            "Both sides signed the Jinzhou-Yingkou Framework Agreement and a trade deal.",
            "He met NPC deputies and spoke of NPC and CPPCC deputies.",
            "Staff of the Party committee, NPC and CPPCC of Panjin met.",  # a list
            "The price is quoted in US dollars; he studied at the U.S. college.",
            "Yellow River Basin Ecological Forum",  # a heading
            "Firms gathered from Yangtze River Delta cities.",
            "Mayors met at the Forum of Capital Cities in Pan-Pearl River Delta, he said.",
            "The plan covers Yangtze River Delta and its ports.",  # T113 reports it
            "The trade fair opened at the Dalian Convention Center; Dalian Convention Center staff helped.",
            "Leaders met in the Great Hall of the People and at Tsinghua University.",
            "Sales rose at Wanda Plaza and at Rockefeller Center in New York.",
            "Li Wei, director of Anshan Foreign Affairs Office, spoke.",  # a title's label: T113's call
            "The letter came from Anshan Municipal Foreign Affairs Office.",  # T113 reports it
            "Dalian Convention Center will host the fair.",  # opens a sentence
            "Cadres studied the report to the Congress of the Communist Party of China.",
            "He joined Communist Party of China Hebei Provincial Committee in 2001.",  # T113's
            "Guests from a key Communist Party of China conference came.",
        ],
    ),
    "E813": (
        [
            ("The county lies 1655 kilometers from Beijing.", "1655"),
            ("The city has a history of more than 2500 years.", "2500"),
            ("It covers 82400 square kilometers of grassland.", "82400"),
            ("It is a 5000-year-old civilisation.", "5000"),
            ("The county has 1649 administrative villages.", "1649"),
            ("The peak rises 3099 meters above sea level.", "3099"),
        ],
        [
            "The county lies 1,655 kilometers from Beijing.",
            "In 2019 residents voted on the plan.",
            "The 2019 projects were finished in 2020.",
            "Route G1523 runs 80 kilometers; bus No.2008 km stop.",
            "The 2022 Winter Olympics opened in Beijing.",
            "Postcode 116001 and tel 0411-8888 8888.",
            "The county has 2020 households.",  # a year-like figure before people counted
        ],
    ),
    "E814": (
        [
            ("Mayor Li Visited Shantou", "Visited"),
            ("City Leaders Met with Members of the CPPCC", "Met"),
            ("Ningbo Municipal Party and Government Delegation visited Shaoxing", "visited"),
            ("Hu Wei Met with the District Chief of Kassel", "Met"),
            ("Governor Wang Chaired the Executive Meeting", "Chaired"),
            ("Pingyao County Held Its First Rural Revitalization Conference", "Held"),
            ("Mayor Zhou Presided over the Executive Meeting", "Presided over"),
            ("Jiaxing and Osnabrueck Reached a Sister City Agreement", "Reached"),
            ("Hexi District Signed Cooperation Deals with Three Universities", "Signed"),
            ("The Canal Cities Work Conference was Held", "was Held"),
            ("Tea Culture Week Has Been Opened in Pu'er", "Has Been Opened"),
            ("Two Sessions of the County Were Convened", "Were Convened"),
        ],
        [
            "Mayor Li visited Shantou on Monday.",  # running text
            "Mayor Li Visits Shantou",
            "Investment Forum Held in Chengdu",
            "Delegation Received by Mayor Li",
            "Delivered at the First Session of the 14th Municipal People's Congress",
            "Most Visited Sites",
            "Mayor Li met the delegation on May 5, 2019 [Photo/Xinhua]",
            "Mayor Li Has Visited Shantou Twice",
            "Rural Revitalization Forum Held Online",
            "Tea Culture Week Held Successfully in Pu'er",
            "Cooperation Agreement Signed Between Two Counties",
            "Agreement Signed at the Expo",
            "How the Old Bridge Was Opened to Traffic",
            "Was the Forum Held Too Early?",
            "The canal cities work conference was held in Yangzhou.",  # running text
            # A sentence cut short by its page, not a heading.
            "At the signing ceremony, the district government signed a framework agreement with",
            # A caption's second sentence, the paragraph closed by its bracketed credit.
            "The mayor opens the fair in Shenyang on May 8, 2023. Vice mayors Wang Hong and"
            " Li Bo attended the opening. [Photo by Zhao Lin/Shenyang Daily]",
        ],
    ),
    "E815": (
        [
            ("The county aims at constructing modern spring city.", "modern spring city"),
            (
                "Sanya is becoming international tourist destination.",
                "international tourist destination",
            ),
            ("The district is developing smart city, officials said.", "smart city"),
            (
                "The park will build rocket manufacturing base in the zone.",
                "rocket manufacturing base",
            ),
            ("Yiwu will develop into global trade hub.", "global trade hub"),
        ],
        [
            "The county will build a world-class city and develop more ports.",
            "The building of the central city began in 2019.",
            "The district is developing smart city projects.",
            "The county will build city roads and build smart cities.",
            "It is known as the city of springs.",
            "Workers built schools across the province.",
            "Sanya to become intl tourist destination, innovation hub",  # a headline
            "The city will become Building World-Class City Pilot.",
        ],
    ),
    "E820": (
        [
            ("The new port had a great impact on local economy.", "local economy"),
            (
                "Officials warned of aging of rural population and of empty villages.",
                "rural population",
            ),
            ("Its share of world economy grew to a fifth.", "world economy"),
            ("The plan won praise across whole country last year.", "whole country"),
            ("The Party and entire nation marked the day.", "entire nation"),
            ("The city sought support from international community.", "international community"),
            ("The hall tells the story of Chinese revolution.", "Chinese revolution"),
            ("The dance is a custom of Dong ethnic group in the county.", "Dong ethnic group"),
            ("The county drew up targets and five-year action plan.", "five-year action plan"),
            ("The port opened wider to outside world last year.", "outside world"),
        ],
        [
            "The new port had a great impact on the local economy.",
            "The plan speeds up local economy development and rural population services.",
            "Villages with local economy problems got help.",
            "The plan won praise across the whole country last year.",
            "Our entire city and its whole society joined the drive.",
            "The international community welcomed the plan.",
            "The hall tells the story of the Chinese revolution.",
            "The dance is a custom of ethnic groups in the county.",
            "The county drew up targets and a five-year action plan; towns made three-year plans.",
            "He spent the whole day in the whole-country survey.",
            "The port opened wider to the outside world and to outside-world trade.",
            "Whole Country Marks the Day",  # a heading
        ],
    ),
    "E823": (
        [
            ("Yantai delegation headed by Mayor Li Wei visited the port.", "Yantai delegation"),
            ("The city welcomed Yantai delegation to the fair.", "Yantai delegation"),
            (
                "Ningbo Municipal Party and Government Delegation visited Longxi in May.",
                "Ningbo Municipal Party and Government Delegation",
            ),
        ],
        [
            "The Yantai delegation attended. A Ningbo delegation came in May.",
            "Yantai delegation members met the press.",  # a noun after the delegation
            "The press met the visiting People's Party delegation of Cambodia.",  # no place
            "Yantai Delegation Visits Longxi",  # a heading
        ],
    ),
    "E824": (
        [
            ("On the 18th, the mayor inspected the new pumping station.", "the 18th"),
            ("The team arrived on 9th and met the county head.", "9th"),
        ],
        [
            "On June 18, the mayor inspected the new pumping station.",
            "The clinic is on the 9th floor of the building.",
            "The expo ran from June 7 to 10, and on the 9th, a forum was held.",
        ],
    ),
    "E825": (
        [
            ("The county drew up its goals for 14th Five-Year Plan.", "14th Five-Year Plan"),
            ("Exports doubled during 13th FYP period.", "13th FYP"),
        ],
        [
            "The county drew up its goals for the 14th Five-Year Plan.",
            "The province's 14th Five-Year Plan was issued in March.",
        ],
    ),
    "E826": (
        [
            (
                "The 12th session of the second County People's Congress closed on Friday.",
                "12th session of the second",
            ),
        ],
        [
            "The second session of the 12th County People's Congress closed on Friday.",
        ],
    ),
    "E827": (
        [
            ("Li Wei, Mayor of the Ganzhou City, met the guests.", "the Ganzhou City"),
            ("The troupe came to the Matou Village to perform.", "the Matou Village"),
            ("Guests from the Hubei Province toured the port.", "the Hubei Province"),
            ("Birds nest around the Qinghai Lake.", "the Qinghai Lake"),
            # a town or village in lower case; a continent, a part of one, Hong Kong
            ("The troupe performed in the Xikou town, near the coast.", "the Xikou town"),
            ("The port faces the Northeast Asia.", "the Northeast Asia"),
            ("The firm sells tea to the Europe and America, he said.", "the Europe"),
            ("Fans came from all over the Hong Kong to see it.", "the Hong Kong"),
        ],
        [
            "Li Wei, Mayor of Ganzhou City, met the guests.",
            "Staff of the Ganzhou City government and the Dalian City Council met.",
            "Tourists visited the Forbidden City, the Old Town and the West Lake.",
            "Firms moved to the Pudong New Area and the Guangxi Zhuang Autonomous Region.",
            "Notes on the Matou Village\n\nThe troupe came.",  # a heading
            "The Hong Kong and Macao compatriots and the Asia Society sent gifts.",  # heads
            "The Hong Kong SAR and the Europe of today differ.",
            "The delegation visited the Cameroonian village of Ndoum.",  # not pinyin
        ],
    ),
    "E828": (
        [
            ("Villages made gains in the poverty alleviation.", "the poverty alleviation"),
            (
                "Since then Yantai has made great strides in the economic and social development.",
                "the economic and social development",
            ),
            (
                "We will keep our focus on the targeted poverty alleviation and we will win.",
                "the targeted poverty alleviation",
            ),
            (
                "New ports were built to raise the regional competitiveness.",
                "the regional competitiveness",
            ),
            ("He said villagers must respect the nature and protect it.", "the nature"),
            ("It keeps to the socialism with Chinese characteristics.", "the socialism"),
            ("The county opposes the unilateralism, he said.", "the unilateralism"),
            ("Trade fell with the impact of the COVID-19 on the county.", "the COVID-19"),
            (
                "Staff must grasp the project construction, and keep it safe.",
                "the project construction",
            ),
        ],
        [
            "Villages made gains in poverty alleviation and economic and social development.",
            "The economic and social development of the county sped up.",
            "He led the poverty alleviation campaign and the local development in the hills.",
            "Roads were built, and the development, he said, was fast.",  # no adjective
            "Notes on the targeted poverty alleviation\n\nVillages met.",  # a heading
            "The nature reserve is open. They set out the nature, scope and aims of the plan.",
            "The mechanism works, and the tourism industry and the COVID-19 vaccine are free.",
            "The tourism, catering and retail sectors grew.",  # a list of modifiers
            "He inspected the road construction department and the whole construction.",
            "Villages Respect the Nature and Oppose the Unilateralism",  # a heading
        ],
    ),
    "E840": (
        [
            ("The meeting set three tasks. First is to repair roads in the villages.", "First"),
            ("Two things matter: first is to plan; second is to train rural teachers.", "first"),
            ("The county has two aims. Secondly is that every village has a clinic.", "Secondly"),
        ],
        [
            "The meeting set three tasks. The first is to repair roads in the villages.",
            "First, we will repair roads. Second, we will train teachers.",
            "First is the county, with 12 new firms; second is the port.",  # a ranking
            "First is to repair roads",  # a heading or list line
        ],
    ),
    "E821": (
        [
            ("In May, retail sales of our city rose by 9 percent.", "our city"),
            ("Our province will open 12 new clinics this year.", "Our province"),
            ("Tourists to our county grew in number, the bureau said.", "our county"),
        ],
        [
            # "added" after an auxiliary is no report of anyone's words
            "Some 12,000 jobs have been added, and our exports kept growing.",
            # a work report's "our country", kept by official English
            "Over the past five years, our country, with its vast population, kept growth steady.",
            "In May, retail sales of the city rose by 9 percent.",
            "“Our city welcomes you,” the mayor told the visitors.",
            "Fellow deputies, last year we kept growth steady in our province.",
            "The city is home to our reporters. Its port is busy.",  # no place noun follows
        ],
    ),
    "E822": (
        [
            (
                "The meeting stressed that the plan is vital. Implement it in every township.",
                "Implement",
            ),
            (
                "Gao Yan pointed out that roads matter. Accelerate the repair of rural roads.",
                "Accelerate",
            ),
        ],
        [
            "Implement the plan in every township.",
            "The meeting stressed that the plan is vital. The towns will implement it.",
            "The mayor said: “Accelerate the repair of rural roads.”",
        ],
    ),
    "E817": (
        [
            (
                "The guests thanked municipal Party committee and the people of the city.",
                "municipal Party committee",
            ),
            (
                "Li Wei, deputy secretary of county Party committee, spoke.",
                "county Party committee",
            ),
            (
                "The vice mayor said Hefei government will offer efficient services.",
                "Hefei government",
            ),
            (
                "He spoke on behalf of Lu’an city government and its people.",
                "Lu’an city government",
            ),
            ("In July 1929, Kuomintang Government took over the port.", "Kuomintang Government"),
            ("Xuzhou government has set up a fund for start-ups.", "Xuzhou government"),
            ("The city signed the deal with Chinese government in 1922.", "Chinese government"),
            (
                "The plans were sent to municipal government after the session.",
                "municipal government",
            ),
            ("Liaoning delegation headed by the governor toured the port.", "Liaoning delegation"),
            ("The mayor welcomed Jilin Delegation to the city.", "Jilin Delegation"),
            ("The fund was set up with help from central government.", "central government"),
        ],
        [
            "The vice mayor said the Hefei government will offer efficient services.",
            "The fund drew on central government bonds and the central government's aid.",
            "Hefei government officials visited the park.",  # modifies a noun
            "Students may apply for the Chinese Government Scholarship.",
            "The county Party committee and Xuzhou government signed the plan.",  # shared article
            "Li Qiang, mayor of Xuzhou Municipal People's Government, met the guests.",
            "Sichuan's government work report was adopted.",
            "Hefei Government Holds Investment Fair",  # a headline
            "The Party committee, Hefei government and the people worked together.",
            "The plan speeds up the building of Digital Government in the city.",  # a kind
            "The plans were sent to the municipal government; provincial governments agreed.",
            "The Liaoning delegation toured the port; a Jilin delegation came later.",
            "Liaoning delegation members toured the port.",  # modifies a noun
            "Li Wei, head of Liaoning's delegation, spoke.",
            "Municipal Government Meets Liaoning Delegation",  # a headline
            "Another Hebei delegation held talks with the port's managers.",  # a determiner
            "Each Jilin delegation toured two parks.",
            "Li Wei, a member of municipal Party committee standing body, spoke.",  # a modifier
            "He thanked the municipal Party committee and the county Party committees.",
        ],
    ),
    "E816": (
        [
            ("On October 24th, 2018, the delegation arrived in the city.", "October 24th"),
            ("The session opened on Jan. 11th, 2010 in the provincial capital.", "Jan. 11th"),
            ("From March 20th to 22nd, the two sides held talks.", "March 20th"),
            ("On the morning of April 28th, the mayor met the guests.", "April 28th"),
            ("The plan was approved December 3rd 2019 by the county.", "December 3rd"),
            ("From 4-6th September, the fair was held in Xiamen.", "4-6th September"),
            ("Talks ran on 12th–14th May in the port city.", "12th–14th May"),
            ("The ferry line opened on 16th May after a year of trials.", "16th May"),
        ],
        [
            "On October 24, 2018, the delegation arrived in the city.",
            "Celebrating May 4th, young people planted trees.",  # the day by its name
            "The May 4th spirit of patriotism lives on.",
            "On May 4th Youth Day, students read poems.",  # part of a name
            "The 24th of October 2018 was a Wednesday.",  # day before the month
            "On the 24th session, deputies voted.",
            "Readers may 5th-grade the text.",  # no month
            "The Double 11th festival opened. Mayday 1st rally.",
            "June 15th, 2019 | Tags: city news",  # a date stamp
            "From September 4-6, the fair was held in Xiamen.",
            "Classes for grades 4-6 start in May.",
            "Traffic was diverted on 4th May Street.",  # a street's name
            "Delegates met on the 16th of May.",
        ],
    ),
    "E811": (
        [
            ("By 2008, the city has signed agreements with 40 cities.", "has"),
            ("Till the end of June 2019, the two ports have set up 12 routes.", "have"),
            ("Up to the end of 2017, the county has 5 towns.", "has"),
            ("Output rose. Until 2015, exports have already doubled.", "have"),
        ],
        [
            "As of 2019, the city has signed agreements with 40 cities.",
            "Since 2008, the city has signed agreements with 40 cities.",
            "By 2008, the city had signed agreements with 40 cities.",
            "By 2035, the city will have built a new port.",
            "By 2030, the province has pledged to cut emissions by half.",  # intent
            "By 2030, the province has set a target of 50 parks.",
            "By 2020, when the city has built the port, trade will grow.",
            "Up to 2000 people have visited the site.",
            "The city, by 2008 and after, has signed many agreements.",
        ],
    ),
    "E829": (
        [
            ("The district made all-out effort to cut red tape.", "all-out effort"),
            ("The mayor paid friendly visit to the port city in May.", "friendly visit"),
            ("The two sides held signing ceremony for the new park.", "signing ceremony"),
            ("The county signed cooperation agreement with a carmaker.", "cooperation agreement"),
            ("Logistics firms play key role in the trade corridor.", "key role"),
            (
                "The towns have established cooperative relationship since 2019.",
                "cooperative relationship",
            ),
            ("The host extended warm welcome to the guests.", "warm welcome"),
            ("Inspectors carried out thorough inspection of the site.", "thorough inspection"),
            ("Villagers will make contribution to the new road.", "contribution"),
            ("The vice mayor went on inspection tour of the county.", "inspection tour"),
        ],
        [
            "The district made every effort and made efforts to cut red tape.",
            "The mayor paid a friendly visit to the port city in May.",
            "The two sides held talks and a signing ceremony at the town hall.",
            "Firms play a key role; the county played its part in the corridor.",
            "Under the established mechanism, the towns share data.",
            "Workers made considerable effort to finish the bridge.",  # effort as a mass
            "The two sides reached agreement and made progress on the port.",  # no frame
            "The signing ceremony was held in the meeting room of the hotel.",
            "The two sides held meeting rooms open for the press.",  # a noun after the noun
            "The decision making mechanism was reformed.",
            "City Signs Cooperation Agreement With Carmaker",  # a heading
        ],
    ),
    "E830": (
        [
            (
                "The port, with the total investment of 3.5 billion yuan, opened in May.",
                "the total investment",
            ),
            ("Longxi has the history of over 600 years.", "the history"),
            (
                "With the land area of 1,200 square kilometers, the county is large.",
                "the land area",
            ),
            ("The plant has the annual output value of RMB 2 billion.", "the annual output value"),
        ],
        [
            "The port, with a total investment of 3.5 billion yuan, opened in May.",
            "Longxi has a history of over 600 years.",
            "The total investment of 3 billion yuan was raised by the county.",  # another verb
            "They were pleased with the total investment of the project.",  # no figure
            "City Park With the Area of 20 Hectares Opens",  # a heading
        ],
    ),
    "E831": (
        [
            ("The county's grain output ranks the second in the province.", "the second"),
            ("Its fruit output ranked the third nationwide.", "the third"),
            ("With Longxi ranking the last at 2.1 percent, the region grew.", "the last"),
            ("The town ranked the 5th among 40 towns.", "the 5th"),
        ],
        [
            "The county's grain output ranks second in the province.",
            "The board ranked the second batch of villages.",  # a noun after the ordinal
            "The city ranked among the top ten.",
            "County Ranks the Second in Grain Output",  # a heading
        ],
    ),
    "E832": (
        [
            ("The county has built a strong agriculture over ten years.", "a strong agriculture"),
            ("Farmers made an essential progress in May.", "an essential progress"),
            (
                "The old base is a precious spiritual wealth for the town.",
                "a precious spiritual wealth",
            ),
            ("The city kept a stable economic growth in 2023.", "a stable economic growth"),
            ("The port saw a stable and healthy development.", "a stable and healthy development"),
            ("A detailed information was given to firms.", "A detailed information"),
        ],
        [
            "The county has built strong agriculture over ten years.",
            "He has a wealth of experience and a good knowledge of English.",  # of-phrases
            "They signed a cooperation agreement and set up a development zone.",  # noun after
            "The new port was a major development for the town.",  # an event, countable
            "It became a leader in high-quality development.",
            "County Builds a Strong Agriculture",  # a heading
        ],
    ),
    "E833": (
        [
            (
                "Trade grew fast. Number of registered firms rose to 12,000 by December.",
                "Number",
            ),
            ("Proportion of the service sector has been raised to 60 percent.", "Proportion"),
            ("The port grew. Total number of ships calling at it reached 900.", "Total number"),
        ],
        [
            "Trade grew fast. The number of registered firms rose to 12,000 by December.",
            "Number of registered firms: 12,000. Share of exports: 40 percent.",  # labels
            "Number of Tourists Up 20 Percent",  # a heading
            "The county counts the number of firms every year.",
            "Share of Dalian Port stood at 8 percent.",  # a capitalised name after "of"
        ],
    ),
    "E834": (
        [
            (
                "The county acted on the General Secretary Xi Jinping's instructions.",
                "the General Secretary Xi Jinping",
            ),
            ("The Vice Mayor Zhou Lin cut the ribbon.", "The Vice Mayor Zhou Lin"),
            ("The pool was opened by a Chinese swimmer Sun Yang.", "a Chinese swimmer Sun Yang"),
            ("As a local farmer Wang Lin put it, the rain came late.", "a local farmer Wang Lin"),
        ],
        [
            "The county acted on General Secretary Xi Jinping's instructions.",
            "They studied the spirit of General Secretary Xi Jinping's speech.",
            "The pool was opened by a Chinese swimmer, Sun Yang, on Monday.",
            "Guests toured the Premier Zhou Enlai Memorial Hall.",  # the hall's article
            "He met the provincial Party secretary Wang Wei.",  # lower case: British style
            "The late Chairman Mao Zedong wrote the poem.",
            "A local farmer said the rain came late.",
            "The Vice Mayor John Smith cut the ribbon.",  # not a name in pinyin
        ],
    ),
    "E812": (
        [
            ("Yantai has beautiful environment and a busy port.", "beautiful environment"),
            ("The town boasts splendid cultural history.", "splendid cultural history"),
            ("The brand enjoys high reputation in Asia.", "high reputation"),
            ("The county has mild climate, with warm winters.", "mild climate"),
            ("The port enjoys advantageous location.", "advantageous location"),
            ("It is a busy port with pleasant living environment.", "pleasant living environment"),
            ("Featuring convenient location, the park draws investors.", "convenient location"),
            ("It is a county with long history and fine tea.", "long history"),
            # a described environment, atmosphere or open economy that is made or faced
            (
                "The county will create first-class business environment for firms.",
                "first-class business environment",
            ),
            (
                "The district has built international first-class investment environment.",
                "international first-class investment environment",
            ),
            ("The town vowed to foster sound atmosphere for innovation.", "sound atmosphere"),
            ("The plan backs the development of open economy.", "open economy"),
            (
                "In the face of grim and complex external environment, exports rose.",
                "grim and complex external environment",
            ),
        ],
        [
            "The county has a long history and a mild climate.",
            "The city has improved environment protection.",  # a perfect tense
            "The city has ecological environment protection zones.",  # a noun modifier
            "The city has made history; the park has its own climate.",
            "The brand enjoys more reputation than its rivals.",
            "The school has modern history courses.",
            "Students grew familiar with ancient history.",  # a subject studied
            "It is a port with a pleasant living environment.",
            "It is a port with improved environment and new roads.",
            "The county will create a first-class business environment for firms.",
            "The city will protect ecological environment.",  # no rating word: not a kind
            "The talks faced international environment changes.",  # a noun modifier
            "It will build the open economy of the county.",  # made definite by "of"
            "The forum discussed healthy ecology and environment.",
            "Build First-class Business Environment",  # a heading
        ],
    ),
    "E802": (
        [
            ("The plan builds on exsisting industrial parks.", "exsisting"),
            ("The two cities deepened cooperatoin in ports.", "cooperatoin"),
            ("The municipal goverment issued the plan.", "goverment"),
            ("Enterprises recieve subsidies for green upgrades.", "recieve"),
            ("It set up a high-tech industrail park.", "industrail"),
            ("They signed a well-prepared agreemnt.", "agreemnt"),
            ("The Ota Districat Council sent a delegation.", "Districat"),
            ("Goverment officials attended.", "Goverment"),
            ("Trade between China and Vetnam grew.", "Vetnam"),  # six letters, never seen
            ("The town is building a Slicon Valley of its own.", "Slicon"),
            ("The zone opened new opportunites for young people.", "opportunites"),
            ("The county issued a list of cultural activites.", "activites"),
            ("Trade grew. Opportunites abound in the port.", "Opportunites"),  # opening
            # a slip of a verb's -ing form, rarer than the verb itself
            ("The city is acceletating the upgrade of its plants.", "acceletating"),
            # lower-case words that read as pinyin but are the commonest words with a letter
            # lost or two letters swapped
            ("The deputy head, leding a team of planners, toured the port.", "leding"),
            ("The envoy said eralier that the talks went well.", "eralier"),
        ],
        [
            "The plan builds on existing industrial parks.",
            "Chen qiufa and Zhao xiaokang attended.",  # pinyin given names
            "Reform of the hukou system and informatization advanced.",
            "The organisation opened a centre for travellers.",  # British spellings
            "See www.dlgovernmentt.gov.cn or mail office@exsisting.cn for details.",
            "Mayor Nektarios Farmakis met Shigeru Matsubara in Krasnoyarsk.",  # names
            "Ms Gorina and Mr Takaki visited Jiaxing.",  # short names near English words
            "The rate rose to 5.2 percent in Dalian2023 estimates.",
            "Theconstruction of the port started.",  # glued words: P320's
            "We mustn't drop a single task, and we needn’t wait.",  # contractions
            "The timpanists and the brashness of the sanitization drive.",  # rare, real
            "Upgradation of the <delect> tag and &hellip; marks.",
            "She spoke at the Programa de Cooperacion Internacional.",  # a foreign title
            "The cooperacion sostenible forum opened.",  # beside an unknown word, no slip
            "Mayor Harwin met Xiamen officials.",  # a six-letter name near no everyday word
            "Envoy Tarkey met Mayor Farmet.",  # six letters, a letter changed: maybe names
            "Shenyang and Hanzhong signed the pact.",  # pinyin
            "Engineers tested the contactor and the recoding of the files.",  # rare, real
            "The county listed Opportunites for Youth among its programs.",  # mid-sentence
            "Mr. Cathrine met them. Patteson spoke after Cathrine.",  # names
            "“The meals are checked,” said Tesping, deputy head of the office.",  # a name
            "The talks were chaired by Tesring, the county's deputy head.",
            "The plant is pretreating its waste water.",  # a prefix and a word: not a slip
            # a lower-case pinyin name where a name stands: after a surname, before a level word
            "The guests met Zhao heping and walked to the fuding city office along heping road.",
            "Students toured linze county and the heze district museum.",
        ],
    ),
    "E808": (
        [
            ("The reservoirs hold 12.5 hundred million cubic meters.", "12.5 hundred million"),
            ("Revenue reached 6 hundred million yuan.", "6 hundred million"),
            ("The county planted 3.2 ten thousand mu of tea.", "3.2 ten thousand"),
            ("Exports were 880 billion 300 million yuan.", "880 billion 300 million"),
            ("Output was 22 million 440 thousand tons.", "22 million 440 thousand"),
            ("Investment of 5-6 hundred million yuan is planned.", "6 hundred million"),
        ],
        [
            "Some six hundred million people live in the basin.",
            "Revenue reached 600 million yuan, up 5 percent.",
            "The county planted 32,000 mu of tea; ten thousand visitors came.",
            "Exports were 880.3 billion yuan in 2 million containers.",
            "In 2020, 3 million, 400 thousand of them online, took part.",
            "Model A-6 hundred-million-yuan club members met.",
        ],
    ),
    "E809": (
        [
            ("The city marked the 70 anniversary of its founding.", "70"),
            ("The Party's 100 birthday was celebrated across Yantai.", "100"),
            ("Its 3 plenary session opened on Monday.", "3"),
            ("Delegates attended the 11 session of the committee.", "11"),
        ],
        [
            "The city marked the 70th anniversary of its founding.",
            "Deputies met at the 2 sessions in Beijing.",  # plural
            "The 2019 session of the forum opened.",  # a year
            "Over 70 anniversary events were held.",  # no determiner before the figure
            "The 100-day campaign and the 5 sessions ended.",
        ],
    ),
    "E810": (
        [
            ("The firm managed to obtained the leading position.", "obtained"),
            ("The county tried to solved the housing problem.", "solved"),
            ("The city will strive to improved its services.", "improved"),
            ("The plan was revised in order to applied the new rules.", "applied"),
            ("They planned to expanded the port.", "expanded"),
        ],
        [
            "The firm managed to obtain the leading position.",
            "The county continued to advanced manufacturing.",  # an adjective after "to"
            "The city aims to exceed the target and to succeed the old plan.",
            "The funds were returned to the county.",
            "Work shifted to limited areas in the north.",
            "The village plans to seed the fields in spring.",
        ],
    ),
    "E803": (
        [
            (
                "The 18th CPC Central Committee met. The plenum of the eighteenth CPC Central "
                "Committee closed.",
                "eighteenth",
            ),
            (
                "Deputies to the 15th Provincial People's Congress met.\n\nThe fifteenth "
                "Provincial People's Congress closed its session.",
                "fifteenth",
            ),
        ],
        [
            "The eighteenth CPC Central Committee met in Beijing.",  # no figures to match
            "The 18th CPC Central Committee held its third plenary session.",
            "The Fourth Session of the Sixteenth Municipal People's Congress\n\nThe 16th "
            "Municipal People's Congress has 500 deputies.",  # a Title Case title keeps its style
            "The 19th National Congress elected the 19th Central Committee; the eighteenth "
            "Central Committee had served since 2012.",
            "The 18th CPC Central Committee met on the eighteenth day of the month.",
        ],
    ),
    "E804": (
        [
            ("The scenic area created a tourism revenues of 2 billion yuan.", "a tourism revenues"),
            ("Officials must not make an excuses when the people need help.", "an excuses"),
            ("The exhibition showed an achievements of the reform.", "an achievements"),
            ("Some cadres make a excuses and even blame the villagers.", "a excuses"),
            ("The county opened a new cities, and more will follow.", "a new cities"),
        ],
        [
            "The city held a news conference on the plan.",
            "It released a series of measures and a means to fund them.",
            "The province set up a headquarters for flood control.",
            "A spokesman says that the plan works.",  # a verb, not a plural
            "At a time cities are growing, planning matters.",
            "They toured a farmers' market and a goods train depot.",
            "The zone levied a goods and services tax.",
            "A few days later a dozen cities joined.",
            "A shares rose while Grade A offices filled.",  # the letter A
            "Register a contains the total, and type a projects nothing.",
            "The business has a status of its own after a crisis.",
            "She gave a sports talk and an arms control briefing.",
            "The data show a 5 percent rise in exports.",
        ],
    ),
    "E805": (
        [
            ("Last year six tax bureau were merged.", "bureau"),
            ("The area had seven police stations and six tax bureau and six courts.", "bureau"),
            ("The two village have built new roads.", "village"),
            ("It signed 15 project, worth 3 billion yuan.", "project"),
            ("Six county were named model counties.", "county"),
            ("Delegates from 20 province attended the meeting.", "province"),
        ],
        [
            "Six tax bureaus were merged into three district bureaus.",
            "The two county governments met in Dalian.",  # a modifier
            "Three district and two county governments signed it.",
            "The 2019 session approved the plan.",  # a year
            "Work began on the No. 2 project and the Line 3 project.",  # labels
            "Shenyang is a tier two city and a top 10 city.",
            "The two-day meeting adopted a three year plan.",
            "Exports rose 5 percent to two million yuan.",
            "He attended the Two Sessions and the 14th Five-Year Plan meeting.",
            "Only 1 project was approved, with one official present.",
            "The two cities' joint project started.",
            "The May 5 meeting was held. The G20 summit followed.",
            "The two meeting in Beijing agreed to cooperate.",  # two people meeting
        ],
    ),
    "E806": (
        [
            (
                "Under the new plan, the CPC Central Committee and the State Council has set"
                " higher targets.",
                "has",
            ),
            (
                "The Ministry of Commerce and the National Development and Reform Commission"
                " has issued a notice.",
                "has",
            ),
            (
                "He said that the Standing Committee of the NPC and the State Council was told.",
                "was",
            ),
            ("The Ministry of Finance and the People's Bank of China is studying it.", "is"),
        ],
        [
            "The CPC Central Committee and the State Council have issued a guideline.",
            "The guideline of the CPC Central Committee and the State Council has been released.",
            "The notice issued by the Ministry of Finance and the Ministry of Commerce is clear.",
            "The National Development and Reform Commission has issued a plan.",  # one body
            "The Party and the government has acted.",  # no body names
            "The head of the Ministry of Finance and the Bureau is in Dalian.",
            "The document, issued by the CPC Central Committee and the State Council, has force.",
        ],
    ),
    "P330": (
        [
            (
                "No new cases were reported in the city, He stressed the need for vigilance.",
                ", He",
            ),
            ("Output rose 5%, However, exports fell.", ", However"),
            ("The port (Dalian), They said, is busy.", ", They"),
            ("Five dynasties ruled here. Among them, The Qin built a palace.", "The"),
            ("In addition, This county grows tea.", "This"),
            ("Besides, It was attended by leaders of the city.", "It"),
            ("Growth held up, According to the bureau, exports rose.", ", According"),
        ],
        [
            "The meeting was attended by Ding Xuexiang, He Lifeng and others.",
            "Dalian Hosts Expo, We Are Ready",
            "After the meeting, he said that work must go on.",
            "In 2023, I visited the port.",
            'He said, "We must work harder."',
            "Output rose; however, exports fell.",
            "Five dynasties ruled here. Among them, the Qin built a palace.",
            "In addition, The Hague will host the talks.",  # "The" of a name
            "Among them, Ningbo and Wuxi grew fastest.",
            "He Lifeng toured the port. Trade must grow, He said.",  # the surname He
            "Growth held up, according to the bureau.",
        ],
    ),
    "P339": (
        [
            ("Chinas development benefits the world.", "Chinas"),
            ("It is one of Chinas’ busiest ports.", "Chinas’"),
            ("The article appeared in Peoples Daily on Monday.", "Peoples"),
            ("The Peoples Republic of China was founded in 1949.", "Peoples"),
            ("The forum linked China’ Cuju with modern football.", "China’"),
            ("The citys economic output rose by 6 percent last year.", "citys"),
            ("Members must follow the Partys will in every village.", "Partys"),
            ("The county set up a fund under the countrys new rural policy.", "countrys"),
            ("The plenum stressed CPCs overall leadership of the economy.", "CPCs"),
            ("Cadres must uphold the CPC Central Committees authority.", "Central Committees"),
            ("Weifang is a hub of Shandong Provinces manufacturing industry.", "Provinces"),
        ],
        [
            "China's development benefits the world.",
            "The talks rejected any notion of two Chinas.",  # a plural phrase
            "Peoples of all ethnic groups live in harmony.",  # nations: a plural
            "He praised the ‘Belt and Road’ policy.",  # a closing quote
            "The city of Xi’ an hosted the fair.",  # a pinyin apostrophe spaced off
            "Visitors saw the Yangtze Rivers’ banks.",  # the word ends in s
            "Many citys joined the scheme in 2020.",  # counted: a misspelt plural
            "The forum always draws large crowds.",  # a word in -ys of its own
            "The Kennedys visited the port in 1998.",  # a family's name in the plural
            "Delegates met the Central Committees of both parties.",  # a plural
            "Hebei and Shandong Provinces signed the pact.",  # two provinces
            "The Three Northeastern Provinces joined the plan.",  # no one place named
            "The CPC Central Committee's authority is firm.",
        ],
    ),
    "P340": (
        [
            ("Mayor Zhou said, the district will open three new clinics next year.", "said, "),
            ("The meeting pointed out, we must keep the bottom line of safety.", "pointed out, "),
            ("He stressed, efforts should be made to cut red tape for firms.", "stressed, "),
            ("The official introduced, the park now has 120 companies.", "introduced, "),
            ("Exports grew. Li also noted, China has become the largest buyer.", "noted, "),
        ],
        [
            "Mayor Zhou said, “We will open three new clinics next year.”",
            "Mayor Zhou said, adding that three clinics will open next year.",
            "Exports grew by 8 percent, he said, citing figures that were released on Monday.",
            "He said, as the economy recovers, demand will grow.",
            "As the mayor said, the district will open three new clinics.",
            "In 2020, he said, the district has opened three clinics.",
            "The forum was held, the mayor will attend the next one.",
            "Mayor Zhou said that the district will open three new clinics.",
            "Mayor Zhou said, in a speech to investors, that the port has grown.",
        ],
    ),
    "P342": (
        [
            ("The fund backs research & development of new materials.", "&"),
            (
                "Firms from the park signed deals on medical devices & instruments, clean "
                "energy and port logistics;",
                "&",
            ),
        ],
        [
            "The fund backs research and development of new materials.",
            "Johnson & Johnson and Procter & Gamble opened offices in the zone.",
            "R&D spending by the Culture & Tourism Bureau rose.",
            "news & events | about us",
        ],
    ),
    "P341": (
        [
            ("The district has made great progress in reform, we will keep opening up.", ","),
            ("We have achieved a lot this year, we must not slacken our efforts.", ","),
            ("China is ready to work with all neighbours, it will keep its door open.", ","),
            # A that-clause with its own finite verb before the comma still splices.
            ("It was noted that in May the port grew fast, we will keep up the pace.", ","),
        ],
        [
            "In the coming years, we will build more schools in the county.",
            "As the economy grows, we will create more jobs for graduates.",
            "The port handled more cargo this year, he said.",
            "The port is not only a hub, it is also a gateway to the sea.",
            "The more we open up, the more we will gain from trade.",
            "The district has made great progress in reform, and we will keep opening up.",
            "The city, which has grown fast, will build a new airport.",
            # A phrase fronted inside a that-clause ends at the comma.
            "It was stressed that to do rural work well in the autumn, we should rely on villages.",
            "The mayor has said that in the coming years, we will build more parks.",
        ],
    ),
    "P338": (
        [
            ("Exports rose by 8%; The output of the port reached 60 million tonnes.", "The"),
            ("The plan was revised in 2019; In 2021 the city adopted it.", "In"),
            ("Grain output hit a record; It rose for the fifth year.", "It"),
            ("The zone (Pudong) grew; Its exports doubled.", "Its"),
        ],
        [
            "Exports rose by 8%; the output of the port reached 60 million tonnes.",
            "Highway: 120 km; Railway: 80 km.",  # a list of labels
            # content words heading the items of a list that a colon opened
            "The tasks: Improve the roads in the county; Build the new port area.",
            "Trade with the Netherlands grew; The Hague hosted the fair.",  # a name after "The"
            "I served the people for 30 years; I will keep serving them.",
            "Xi Jinping; The Governance of China",  # no clause before the semicolon
            "AT&amp; The logo",
        ],
    ),
    "P331": (
        [
            (
                "The city issued <The Three-Year Action Plan for Port Upgrading> in May.",
                "<The Three-Year Action Plan for Port Upgrading>",
            ),
            ("Experts reviewed <Designs for Key Projects>.", "<Designs for Key Projects>"),
        ],
        [
            'See <a href="news.html">the report</a> for details.',
            "Write to <Office Dalian@dl.gov.cn> for a copy.",
            "The rule holds when a<B and C>d in the model.",
            "Output <10 tons> was recorded.",
            "Read <Plan> first.",
        ],
    ),
    "P318": (
        [
            (
                "The organization department met. The organisation of the forum went well, "
                "and the organization of the fair too.",
                "organisation",
            ),
            ("The labour market held up; more labor moved to the port.", "labor"),
            ("Two advisers spoke, then the advisors left the centre.", "advisors"),
        ],
        [
            "The organisation of the forum went well; the World Health Organization took part.",
            "Their practice is to practise the drills daily.",
            "A computer program ran the development programme.",
            "She has a driving licence and is licensed to teach.",
            "The centre opened beside the Center for Rural Studies.",
        ],
    ),
    "P332": (
        [
            ("a science museum cum. library for pupils", "."),
            ("Machinery is shipped via. rail to Europe.", "."),
            ("the Friendly Cities Forum cum. Anshan Trade Fair", "."),
        ],
        [
            "a science museum cum library for pupils",
            "Cum. output rose by 5% and cum. 3% in May.",
            "The delegation travelled via Dalian. Talks began on Monday.",
            "The fee is 10 yuan per person, per day.",
        ],
    ),
    "P333": (
        [
            ("The new park meets the peoples' needs for leisure.", "peoples'"),
            ("Officials heard grassroots cadres and peoples’ views.", "peoples’"),
            ("The county protects womens' and childrens' rights.", "womens'"),
            ("The county protects womens' and childrens' rights.", "childrens'"),
            ("A mens' football league opened in the district.", "mens'"),
        ],
        [
            "The new park meets the people's needs for leisure.",
            "The two peoples' friendship has deepened over the years.",
            "Both peoples' interests are served by the new route.",
            "We respect the choices of all countries and peoples' own paths.",
            "The women's league and the children’s choir performed.",
        ],
    ),
    "P335": (
        [
            ("Secretary of the Huaihua Municipal Party Committee-Mao Wei led the team.", "-"),
            ("The county lies in the west-and borders Gansu Province.", "-"),
            ("The port is a hub of the City-a key node of the Belt and Road.", "-"),
            ("The legend of Yandi---one of the ancestors of the nation.", "---"),
            ("They visited the new district-which opened in May.", "-"),
            ('The plan links the "two cities"-namely Anshan and Liaoyang.', "-"),
            ("It grows many crops-including rice and maize.", "-"),
            ("Shenyang- The deputies from Anshan met the press on Monday.", "-"),
            ("He is the deputy mayor of the city- Li Ming led the team.", "-"),
            ("ANSHAN, May 6, Xinhua-On a visit to the port, the mayor said …", "-"),
            ("ANSHAN, May 6 (Xinhua)-The port reopened on Monday.", "-"),
            # two hyphens spaced on both sides, or opening a line
            ("The port has two new berths -- both opened in May.", "--"),
            ("--A Forum on Trade Between Anshan and Oita", "--"),
        ],
        [
            "The Government-Enterprise Forum opened in the new district.",
            "Both pre- and post-war buildings stand in the old town.",
            "The Sino- and Russo-Japanese treaties were signed there.",
            "Secretary of the Huaihua Municipal Party Committee, Mao Wei, led the team.",
            "The county lies in the west and borders Gansu Province.",
            "a city-level plan for west-east gas transmission",
            "a built-in system and an add-on service",
            "a rock-and-roll concert and a question-and-answer session",
            "short-and long-term plans",  # a suspended hyphen without its space: another slip
            "the Beijing-Tianjin-Hebei region",
            'The plan links the "two cities" - namely Anshan and Liaoyang.',
            'a "Belt and Road"-related project and an all-inclusive tour',
            "ANSHAN, May 6, 2024 /Xinhua-AsiaNet/ -- The fair opened.",  # the agency's service
            "a Xinhua-led project and the CGTN-Silk Road forum",
            "ANSHAN, May 6 (Xinhua) -- The port reopened on Monday.",  # the wire's dateline
            "ANSHAN -- The port reopened on Monday.",
            "The port has two new berths — both opened in May.",
        ],
    ),
    "P336": (
        [
            ("attended by Li Hua, mayor; and, Wang Cheng, deputy mayor.", ","),
            ("The guests were Zhang Wei and, Liu Yang, both deputies.", ","),
        ],
        [
            "attended by Li Hua, mayor; and Wang Cheng, deputy mayor.",
            "Output rose and, in 2023, exports doubled.",
            "The two sides agreed and, Wang Yi said, will meet again.",  # an aside
            "Trade grew and, Business Weekly reported, costs fell.",  # no pinyin surname
        ],
    ),
    "P337": (
        [
            (
                "The mayor toured the port, accompanied by Li Hua, secretary of the Dalian "
                "Municipal Party Committee and Wang Fang, director of the port bureau.",
                "secretary of the Dalian Municipal Party Committee and",
            ),
            (
                "Li Hua, secretary of the Municipal Party Committee attended the meeting.",
                "secretary of the Municipal Party Committee attended",
            ),
            (
                "Zhao Ming, Vice Governor of the province will lead the delegation.",
                "Vice Governor of the province will",
            ),
            ("The fair in Kunming, Yunnan Province opened on Monday.", "Yunnan Province opened"),
            (
                "A delegation from Wenzhou, Zhejiang province visited the port.",
                "Zhejiang province visited",
            ),
            ("The expo in Wujiang district, Suzhou was a success.", "Suzhou was"),
            ("Officials from Hesse, Germany signed the pact.", "Germany signed"),
            ("Mayors from Yokohama, Japan attended the forum.", "Japan attended"),
            (
                "Firms in Nanning, Guangxi Zhuang Autonomous Region have grown.",
                "Guangxi Zhuang Autonomous Region have",
            ),
            # several titles, each after a comma; a body's abbreviation in brackets; the
            # other verbs of a report's lead
            (
                "Zhou Tao, member of the Standing Committee of the CPC Luoyang Committee, "
                "secretary of the Working Committee and director of the Zone led a team.",
                "member of the Standing Committee of the CPC Luoyang Committee, secretary "
                "of the Working Committee and director of the Zone led",
            ),
            (
                "Xu Ping, General Secretary of the county committee, President, and Chairman "
                "of the Federation goes on a tour.",
                "General Secretary of the county committee, President, and Chairman of the "
                "Federation goes",
            ),
            (
                "Gao Lin, Chairman of the Research Office of the State Council (ROSC) went "
                "to Tonghua.",
                "Chairman of the Research Office of the State Council (ROSC) went",
            ),
            # the title after a place's possessive; the comma without its space; a
            # company's suffix with its stops inside the title
            (
                "Zhou Bin, Harbin’s mayor and head of the fair's organizing committee "
                "met the guests.",
                "Harbin’s mayor and head of the fair's organizing committee met",
            ),
            (
                "Wang Jun,Chairman of Dalian Haixing Shipping Co.,Ltd. said exports grew.",
                "Chairman of Dalian Haixing Shipping Co.,Ltd. said",
            ),
            (
                "Li Na, Vice President of the Anshan Chamber of Commerce,President of "
                "Anshan Steel Tube Co., Ltd. spoke at the fair.",
                "Vice President of the Anshan Chamber of Commerce,President of Anshan Steel "
                "Tube Co., Ltd. spoke",
            ),
            # a place, a paper or a body named before the aside, the report's verb after it
            (
                "Wafangdian, the birthplace of the county's bearing industry (WBI) announced "
                "on Monday that it had hit its export target.",
                "the birthplace of the county's bearing industry (WBI) announced",
            ),
            (
                "The two ports signed the deal last week, Yingkou Daily, a city-run "
                "newspaper reported.",
                "a city-run newspaper reported",
            ),
            (
                "Jinzhou, a port city on the Bohai Sea said its trade grew.",
                "a port city on the Bohai Sea said",
            ),
            # another part of the subject added with ", as well as", the aside left open
            (
                "Li Hua and Wang Fang, as well as 300 guests from Korea were present.",
                "Korea were present",
            ),
            (
                "Members of the county committee, as well as heads of its bureaus attended.",
                "bureaus attended",
            ),
        ],
        [
            "The mayor toured the port, accompanied by Li Hua, secretary of the Dalian "
            "Municipal Party Committee, and Wang Fang, director of the port bureau.",
            "Li Hua, secretary of the committee and head of the bureau, met Wang Fang.",
            "Vice Mayor Sun Tao, Director Zhou Lin of the Port Bureau will brief reporters.",
            "Li Hua, secretary of the Municipal Party Committee, attended the meeting.",
            "Zhao Ming, head of the office that is in charge of trade, spoke.",  # a relative
            "Zhao Ming, head of the team led by the mayor, spoke.",  # a passive
            "Guests included Li Hua, secretary general of the congress and other members "
            "of its Standing Committee attended.",  # a list of people
            "In Dalian, deputy mayor Wang met the investors.",  # no name before the comma
            "The forum opened in Kunming, Yunnan Province, on Monday.",
            "Trade fairs in Hebei, Shandong and Henan drew buyers.",  # a list of provinces
            "The fair was held in Jinan, Qingdao on Monday.",  # two cities: no wider place
            "Buyers from Jinan, Shandong and Beijing came.",  # "and" makes a list
            "He lived in Hesse, Germany, on the Rhine.",
            # a time or a purpose after the province: professional house style
            "The fair closed in Xiamen, Fujian province on Sept 21.",
            "A delegation toured Wenzhou, Zhejiang province to learn about trade.",
            "Li Hua, secretary of the Municipal Party Committee, went to the port.",
            # the next person of a list, title first, a pinyin name or another
            "Li Hua, secretary of the county committee, director Wang Wei attended.",
            "Guests were Li Hua, Minister Hor Sokha of the Kingdom of Cambodia, Minister "
            "Vong Phet of Laos and Foreign Minister Pham Van Duc of Vietnam will attend.",
            "Zhou Bin, Harbin’s mayor, met the guests.",
            "Wang Jun, Chairman of Dalian Haixing Shipping Co., Ltd., said exports grew.",
            "Wang Jun, Chairman of the company. Lin Tao said exports grew.",  # two sentences
            # an opening word before the subject, not a name with an aside
            "However, the municipal bureau said the port would reopen.",
            "Yesterday, the provincial government announced new measures.",
            "Separately, the county said it would plant more trees.",
            "In Dalian, the port authority reported record cargo.",
            "On Monday, the bureau announced the results.",
            # the aside closed; a list of places; a clause or a list inside the aside
            "Jinzhou, a port city on the Bohai Sea, said its trade grew.",
            "Trade rose in Dalian, Yingkou, the biggest port of the province said.",
            "Jinzhou, the city that hosts the expo said it was ready.",
            "Jinzhou, the city and its counties reported growth.",
            "Li Hua and Wang Fang, as well as 300 guests from Korea, were present.",
            "He toured the port, as well as the school he once attended.",  # a clause
            "The mayor visited the port, as well as firms that took part.",  # a verb before
            "Wang Fang, as well as the officials who attended, spoke.",  # a relative clause
            "The forum, as well as a fair attended by 300 firms, opened.",  # a passive
        ],
    ),
    "P343": (
        [
            ("The county drew up a long term plan for its forest farms.", "long term"),
            ("Leaders of state owned enterprises met in Anshan.", "state owned"),
            ("The park keeps its self owned land for farming.", "self owned"),
            ("The two cities have long lasting ties.", "long lasting"),
            ("Investors found the zone forward looking and open.", "forward looking"),
            ("The plant makes ultra high voltage cables.", "ultra high voltage"),
            ("It hosts industry leading firms from Japan.", "industry leading"),
            ("The just concluded session adopted the plan.", "just concluded"),
            ("The city seeks high quality economic growth.", "high quality"),
            ("The district pursues a people oriented approach.", "people oriented"),
            ("Its high speed rail line opened in May.", "high speed"),
            ("The county adopted a three year action plan for tourism.", "three year"),
            ("Output doubled during the 12th Five Year Plan.", "Five Year"),
            ("Jobs grew in the 13th Five Year period.", "Five Year"),
            ("The forum aims at deepening cross Strait trade in farm goods.", "cross Strait"),
            ("Xiamen opened a centre for cross border e-commerce.", "cross border"),
            # a prefix that is no word set apart from its word, wherever it stands
            ("The county shut small mines in its non coal industries.", "non coal"),
            ("More eco farms opened along the river.", "eco farms"),
            ("The bureau led the anti corruption drive in the county.", "anti corruption"),
            ("Jobs grew in socio economic terms.", "socio economic"),
            # "high", "low" or "middle" with a noun of degree, before a noun
            ("The district will offer high standard public services.", "high standard"),
            ("The province must escape the middle income trap.", "middle income"),
            ("The lab studies high energy particles.", "high energy"),
            # "opening up" before a noun it qualifies
            ("The county set out an opening up policy for the port.", "opening up"),
            ("Fuxin launched an opening up drive last spring.", "opening up"),
        ],
        [
            "The county drew up a long-term plan for its state-owned forest farms.",
            "The plan runs for five years; a three-year action plan follows.",
            "Output doubled during the 14th Five-Year Plan.",
            "Five Year Plans And Their Results",  # a heading's capitals
            "Within five year the plan was met.",  # no plan after "year"
            "In the long term, the port will handle more cargo.",
            "Output stayed at a high level last year.",
            "Exports reached a high level of 3 billion yuan.",
            "Trials were carried out on a large scale in the county.",
            "The two cities are looking forward to closer ties.",
            "He is moving forward looking at new markets.",
            "The firm strives for high quality development.",  # T101's, not P343's
            "Harbin Hosts World Class Skating Event",  # a headline's capitals
            "The market leading the recovery is the housing market.",
            "Firms with high quality and low prices did well.",
            "The session has just concluded its work.",
            "The team is oriented towards export markets.",
            "The forum aims at deepening cross-Strait trade in farm goods.",
            "Ferries cross the Strait twice a day.",
            "Cross Strait Forum Opens In Xiamen",  # a headline's capitals
            "Trucks that cross borders need two permits.",
            "The county shut small mines in its non-coal industries.",
            "The envoy was declared persona non grata.",
            "The two sides agreed on many points, inter alia trade and tourism.",
            "Non Coal Industries Grow In Fuxin",  # a headline's capitals
            "The county kept its services at a high standard throughout the year.",
            "Firms with high efficiency and good service did well.",  # "and" follows
            "The province has a high income per head.",  # no noun after it
            "The park wants firms with low energy consumption.",  # "energy consumption"
            "Farmers saw high income growth last year.",
            "The county is opening up new markets for its pears.",  # the verb and its object
            "Reform and opening up brought the county new roads.",  # the noun itself
            "Its opening-up strategy drew firms from Korea.",
            "Opening Up Strategy Pays Off In Fuxin",  # a headline's capitals
        ],
    ),
    "P345": (
        [
            ("The bridge was opened on September, 11, 2016.", "September, 11, 2016"),
            ("The school was founded on October, 1st, 1952 in Jinzhou.", "October, 1st, 1952"),
            ("Talks began on Sept., 9th 2019 in Dalian.", "Sept., 9th 2019"),
        ],
        [
            "The bridge was opened on September 11, 2016.",
            "In September, 12 firms signed deals worth 3 billion yuan.",
            "The park opened in May, 2016, after three years of work.",
            "By March, 20 2019 graduates had found jobs.",
        ],
    ),
    "E835": (
        [
            (
                "The two towns cooperate in fields such as trade, culture and so on.",
                " and so on",
            ),
            ("The park sells products including tea, silk, etc. to visitors.", ", etc."),
            ("Li Ming, Zhou Hua, Wang Jie and so on attended the meeting.", " and so on"),
            ("Heads of the bureaus of finance, transport, etc. were present.", ", etc."),
        ],
        [
            "The park sells tea, silk, porcelain, etc. to visitors.",
            "The towns cooperate in fields such as trade and culture.",
            "Li Ming, Zhou Hua, Wang Jie and others attended the meeting.",
            "Exports such as tea rose. Imports of grain, oil, etc. fell.",
            "Such as it is, the plan goes on and so on it goes",  # no stop: a heading
        ],
    ),
    "E836": (
        [
            (
                "Issues including the Plan for Rural Roads and the Rules on Street Markets "
                "was discussed and passed.",
                "was",
            ),
            (
                "Documents such as the Opinions on Green Finance has been issued.",
                "has been",
            ),
            (
                "The meeting heard that matters including the budget was also approved.",
                "was",
            ),
        ],
        [
            "Issues including the Plan for Rural Roads were discussed and passed.",
            "Issues including how the fund was spent were discussed.",
            "The meeting studied issues including the plan, which was adopted last year.",
            "Reports including the budget were heard, and the plan was adopted.",
            "The issue, including the plan for roads, was discussed.",
        ],
    ),
    "E837": (
        [
            ("The festival drew 120 thousand visitors to the old town.", "120 thousand"),
            ("Farmers planted 3 hundred mu of tea.", "3 hundred"),
            ("Sales reached 1.5 thousand tonnes.", "1.5 thousand"),
        ],
        [
            "The festival drew 120,000 visitors to the old town.",
            "Output rose to 1.2 million tonnes.",
            "Thousands of visitors came; two thousand stayed overnight.",
            "The 5 thousand-year-old site",  # no: hyphenated compound
        ],
    ),
    "E838": (
        [
            ("On May 12, Mr. Chen Hua, mayor of the city, inspected the port.", "Mr. "),
            ("Ms. Liu Fang, the vice governor of the province, met the guests.", "Ms. "),
        ],
        [
            "On May 12, Chen Hua, mayor of the city, inspected the port.",
            "Mr. Zhang Wei, general manager of the port company, showed the guests around.",
            "Mr. Chen Hua said the port would open in May.",
        ],
    ),
    "E839": (
        [
            (
                "The port forum is held at the expo center on Friday. Mayor Chen Hua "
                "attended the forum.",
                "is held",
            ),
        ],
        [
            "The port forum is held at the expo center every May. It was held in 2023.",
            "Port Forum Is Held on Friday\n\nMayor Chen Hua attended the forum.",
        ],
    ),
    "E841": (
        [
            ("Leaders of the two districts has visited the new port.", "has"),
        ],
        [
            "Leaders of the two districts have visited the new port.",
            "The plan consists of three parts and is expected to pass.",
        ],
    ),
    "E842": (
        [
            ("Since 2016, six bus lines were opened in the new district.", "were"),
        ],
        [
            "Since the bus was late, the delegates walked to the hall.",
            "Since 2016, six bus lines have been opened in the new district.",
        ],
    ),
    "P350": (
        [
            ("The third plenary session of the district committee, was held on Friday.", ","),
            ("County leaders Sun Bo, Zhao Lei and He Ming, attended.", ","),
        ],
        [
            "The third plenary session of the district committee was held on Friday.",
            "On Friday, the third plenary session was held.",  # a fronted phrase
            "County leaders, Sun Bo, Zhao Lei and He Ming, attended.",  # an aside, closed
        ],
    ),
    "P351": (
        [
            ("The Municipal Federation of Trade Unions (MFTU)'s members met.", ")'s"),
            ("The Dalian Port Group (DPG)’s new berth opened in May.", ")’s"),
        ],
        [
            "Members of the Municipal Federation of Trade Unions (MFTU) met.",
            "The port's trade (in yuan) grew; the bureau's report (2024) said so.",
        ],
    ),
    "P352": (
        [
            ("The 3rd Session of the 12th County CPPCC Committee Opens in Yuxi.\n", "."),
        ],
        [
            "The 3rd Session of the 12th County CPPCC Committee Opens in Yuxi\n",
            "The county held its annual session in Yuxi on Monday.\n",
        ],
    ),
    "P353": (
        [
            ("The county held a ceremony on June 18, 2021 to mark the opening.", "2021"),
        ],
        [
            "The county held a ceremony on June 18, 2021, to mark the opening.",
            "The exhibition runs from June 18, 2021 to July 3, 2021.",
        ],
    ),
    "P354": (
        [
            ("The delegation visited Kandy City Sri Lanka in May.", "City Sri Lanka"),
        ],
        [
            "The delegation visited Kandy City, Sri Lanka, in May.",
            "Trade in Northeast China grew in May.",
        ],
    ),
    "P355": (
        [
            (
                "The two cities signed a cooperation agreement on Monday. Mayor Li Hua said "
                "more flights between them would follow next spring\n\nThe delegation then "
                "visited the port and a school.\n",
                "spring",
            ),
        ],
        [
            "The two cities signed a cooperation agreement on Monday. Mayor Li Hua said more "
            "flights between them would follow next spring.\n\nThe delegation then visited "
            "the port and a school.\n",
            # The page's last paragraph: an excerpt cut short.
            "The two cities signed a cooperation agreement on Monday. Mayor Li Hua said more "
            "flights between them would follow next spring\n",
        ],
    ),
    "E843": (
        [
            ("Wang Li, a NPC deputy, visited the port.", "a NPC"),
        ],
        [
            "Wang Li, an NPC deputy, met a CPC delegation.",
        ],
    ),
    "E844": (
        [
            ("The two ports adhere to the principal of mutual benefit.", "principal"),
            ("The bureau will crackdown on illegal fishing.", "crackdown"),
        ],
        [
            "The principal of No. 3 Middle School met the delegation.",
            "The crackdown on illegal fishing began in May.",
        ],
    ),
    "E846": (
        [
            ("Over 60% villages in the county have broadband.", "60% villages"),
        ],
        [
            "Over 60% of villages in the county have broadband.",
        ],
    ),
    "E848": (
        [
            ("Since the October, the county has inspected 240 workshops.", "the October"),
        ],
        [
            "The district kept order during the May Day holiday.",
        ],
    ),
    "P349": (
        [
            ("“The port is open to the world.” said Li Hua, the mayor.", "."),
            ('"We will build five new schools." he added.', "."),
        ],
        [
            "“The port is open to the world,” said Li Hua, the mayor.",
            "“Is the port open?” asked a guest.",
            "“The port is open.” He said it twice.",  # a new sentence
            "“The deal was signed by Dalian Port Co. Ltd.” said the report.",  # abbreviation
        ],
    ),
    "P348": (
        [
            ("The new expressway runs 210km along the coast.", "210km"),
            ("The city covers an area of 12,574km2 in the plain.", "12,574km2"),
            ("A 500kV line links the plant to the grid.", "500kV"),
            ("The wetland park covers 35.6 sq km and 120ha of reed beds.", "120ha"),
        ],
        [
            "The new expressway runs 210 km along the coast.",
            "A 2km-long greenway opened on Friday.",  # a compound modifier
            "The G210km marker stands at the pass.",  # inside a code
            "Output reached 30m tonnes and 5G stations rose to 2,000.",  # m, G: not read
            "The park covers 12 km² of wetland.",
        ],
    ),
    "P347": (
        [
            ("The trade fair will be held from May 26-29 in Dalian.", "May 26-29"),
            ("From 4-6th September, the delegation toured three counties.", "4-6th"),
            ("Grain output rose each year from 2016-2020, the bureau said.", "2016-2020"),
            ("The festival runs from Oct. 1–7 in the old town.", "Oct. 1–7"),
        ],
        [
            "The trade fair will be held from May 26 to 29 in Dalian.",
            "The trade fair will be held on May 26-29 in Dalian.",  # no "from"
            "Its share rose from 3-5 percent to 8 percent.",  # a range, no date
            "Sign-up runs from 2023-05-06 to 2023-05-09.",  # dates in figures
            "Call the office from 0411-8866 5533 at any time.",  # a telephone number
            "From 2020-21, the season was cut short.",  # a season, not two years
        ],
    ),
    "P346": (
        [
            ("Jinzhou, May 16 The city opened its first cruise terminal.", "May 16 "),
            ("DALIAN, Sept. 3 Exports from the port rose by 8 percent.", "Sept. 3 "),
            ("Fuzhou, Haixi Net, June 2 The fair drew 300 firms.", "June 2 "),
        ],
        [
            "Jinzhou, May 16 — The city opened its first cruise terminal.",
            "DALIAN, Sept. 3 (Xinhua) -- Exports from the port rose by 8 percent.",
            "Jinzhou, May 16 Monday was the first day of the fair.",
            "The fair opened in Jinzhou, May 16 The Chinese guests arrived later.",
            "Jinzhou, May 16, 2019 The fair opened.",  # the year: a stamp, not this rule's
        ],
    ),
    "P344": (
        [
            (
                "The fair, themed « Green Port, Open City », drew 300 firms.",
                "« Green Port, Open City »",
            ),
            (
                "Visitors saw the exhibition «Silk Road Treasures» in Xi'an.",
                "«Silk Road Treasures»",
            ),
            ("The show »Spring in Jiangnan« toured six cities.", "»Spring in Jiangnan«"),
        ],
        [
            "The fair, themed “Green Port, Open City”, drew 300 firms.",
            "Home » News » Local",
            "« Prev 1 2 3 Next »",
            "Read more »",
        ],
    ),
    "D504": (
        [
            ("Investors signed deals worth RMB 12 billion yuan in Anshan.", "RMB 12 billion yuan"),
            ("The port raised US$ 5 million dollars for the berth.", "US$ 5 million dollars"),
            ("Income per head reached $2,410.50 yuan last year.", "$2,410.50 yuan"),
            ("The fund holds ¥300 million RMB in bonds.", "¥300 million RMB"),
            ("The new line cost nearly 8 billion yuan RMB to build.", "8 billion yuan RMB"),
            ("Farmers earned 12,600 RMB yuan a head last year.", "12,600 RMB yuan"),
        ],
        [
            "Investors signed deals worth 12 billion yuan (1.7 billion US dollars).",
            "The bank sold RMB 5 billion yuan-denominated bonds in Hong Kong.",
            "Trade reached $54.9 billion, or 390 billion yuan, last year.",
            "The price of RMB 20 per kilogram was lower than 3 dollars abroad.",
            "Tickets cost 50 yuan, and RMB bonds worth 3 billion yuan were sold.",
        ],
    ),
    "D508": (
        [
            ("The county signed 12 projects worth 3.6 billion RMB.", "3.6 billion RMB"),
            ("Each household received 3,000 CNY in subsidies.", "3,000 CNY"),
            ("The plant cost 168 million RMB, the bureau said.", "168 million RMB"),
        ],
        [
            "The county signed 12 projects worth RMB 3.6 billion.",
            "The county signed 12 projects worth 3.6 billion yuan.",
            "The bank issued 5 billion RMB bonds in Hong Kong.",
            "Deposits of 3 billion RMB-denominated notes rose.",
            "The new line cost nearly 8 billion yuan RMB to build.",
        ],
    ),
    "D505": (
        [
            ("Leaders of 7 counties met in Yanji to plan the new highway.", "7"),
            ("On Monday the park signed 6 contracts with firms from Shenzhen.", "6"),
            ("The bureau has opened 3 centers for migrant workers this year.", "3"),
            ("The county covers 4 towns and 5 townships in the hills.", "5"),
            ("The city carried out the 8 major strategies of the province.", "8"),
            ("The city carried out the 6 major development plans of the province.", "6"),
            ("The prefecture governs 3 districts and 4 county-level cities.", "4"),
            ("The envoys of 9 countries’ embassies toured the new port.", "9"),
            ("The airline will open routes at 4 civil airports in the province.", "4"),
            (
                "At the closing session of the autumn forum on green shipping in the port city, 6 "
                "agreements were signed, including a plan for shore power at the container "
                "terminals, a fund for cleaner ferries on the bay and a training scheme for the c",
                "6",
            ),
            ("Over the past 5 years the two ports have traded more grain.", "5"),
            ("The autumn fair will last 3 days in the old town.", "3"),
            ("The bridge was finished 2 months earlier than planned.", "2"),
            # a sentence before it ends with a big figure: not a figure beside this one
            ("The county has 1.2 million people. It has 2 towns on the coast.", "2"),
            # brackets end a Title Case run: "County) and 5 districts (Gulou"
            ("It governs 2 counties (Feng County and Pei County) and 5 districts (Gulou).", "5"),
            # a paragraph cut short by the page still holds running text
            (
                "The city has a long history as a hub of trade on the canal and the coast. "
                "It administers 6 counties in the plain and a port on the sea that handles"
                " grain, coal and fruit for the inland towns, and its farms ship apples, pears"
                " and dates to Japan and Korea in the autumn of each",
                "6",
            ),
        ],
        [
            "Leaders of seven counties met in Yanji to plan the new highway.",
            "County Signs 6 Contracts With Shenzhen Firms",  # a headline
            "Phase 2 works on Line 3 stations began, and No. 5 buses were added.",
            "A stay of 5 days lets visitors walk 8 kilometers of the old town.",  # measures
            "The panda cub is 3 years old and weighs 50 kilograms.",  # an age
            "The fair held 30 activities in 6 parts over the weekend.",  # figures side by side
            "The plan lists 3 to 12 projects for each district.",
            "The team won 3 games and scored 9 goals.",
            "The county covers four towns and five townships in the hills.",
            "The zone drew 2 billion yuan of funds and 5 square kilometres of land.",
            "Visitors came from 3 of its sister cities.",
            "The park meets the “7 supplies and 1 leveling” standard.",  # a formulation's name
        ],
    ),
    "D506": (
        [
            ("A new 220 KV substation went into use in the county.", "KV"),
            ("The expressway runs 86 KM through the mountains.", "KM"),
            ("The plant added 1,500 Kw of solar power and saved 3.2 million KWH.", "Kw"),
            ("Each household received 25 KG of rice.", "KG"),
        ],
        [
            "A new 220 kV substation went into use in the county.",
            "The expressway runs 86 km and the plant added 1,500 kW.",
            "KM Group and KG Logistics signed the deal in 2021.",  # not after a figure
        ],
    ),
    "D507": (
        [
            ("The new plant created 5 millions jobs in the province.", "millions"),
            ("Exports reached 1.2 billions dollars last year.", "billions"),
        ],
        [
            "The new plant created 5 million jobs in the province.",
            "Millions of tourists visit the old town every year.",
        ],
    ),
    "P334": (
        [
            ("Bilateral trade reached $ 54.9 billion last year.", " "),
            ("Tickets to the museum cost ¥ 20 for adults.", " "),
            ("The fund holds US$ 3 million in bonds.", " "),
        ],
        [
            "Bilateral trade reached $54.9 billion last year.",
            "Tickets cost RMB 20 or 20 yuan for adults.",
            "The rate is 7.1 yuan per $; the euro € rose.",
        ],
    ),
    "P315": (
        [
            ("The port — the largest in the province - handled more containers.", " - "),
            ("The port – the largest in the province — handled more containers.", " — "),
            ("The port - the largest in the province — handled more containers.", " - "),
        ],
        [
            "The port — the largest in the province — handled more containers.",
            "The port – the largest in the province – handled more containers.",
            "BEIJING - The port — the largest in the province — handled more containers.",
            "The 2020 - 2021 plan — approved in May — was issued.",
            "The Shenyang–Dalian line — opened in May — runs daily.",
        ],
    ),
    "S701": (
        [
            ("[tifa: ignore]\nThe meeting was held in Dalian.", "[tifa: ignore]"),
            ("<!-- tifa: ignroe T101 -->\nThe meeting.", "<!-- tifa: ignroe T101 -->"),
            ("[tifa: ignore-end]\nThe meeting.", "[tifa: ignore-end]"),
        ],
        [
            # names a rule that did not run: not called stale
            "[tifa: ignore T101]\nThe two first districts.",
            "A sentence that mentions [tifa: ignore] inside its text is not a directive.",
        ],
    ),
    "U406": (
        [
            ("Vice mayor Li Yi¡¯an attended.", "¡¯"),
            ("the ¡°green channel¡± for projects", "¡°"),
            ("the port ¨C the largest in Liaoning", "¨C"),
            ("the cityâ€™s new port", "â€™"),
            ("a CafÃ© in Zhongshan Square", "Ã©"),
        ],
        [
            "Vice mayor Li Yi’an attended the “green channel” launch – at 30°C.",
            "© 2023 Dalian Daily; ¡Bienvenidos! said the 3×2 sign in the café, naïve as it was.",
            "The fund is worth £5 million and ¥30 million.",
        ],
    ),
    "T108": (
        [
            ("They discussed the belt and road initiative.", "belt and road initiative"),
            ("The city will speed up building digital China this year.", "digital China"),
            (
                "Li Wei, member of the provincial party Committee, spoke.",
                "provincial party Committee",
            ),
            (
                "Wang Lin, chairman of the Municipal Committee of the Chinese people's Political "
                "Consultative Conference (CPPCC), spoke.",
                "chairman of the Municipal Committee of the Chinese people's Political "
                "Consultative Conference (CPPCC)",
            ),
            (
                "Firms moved into the China (Hainan) pilot Free Trade Zone.",
                "China (Hainan) pilot Free Trade Zone",
            ),
            ("The county lies on the Yellow river in the west.", "Yellow river"),
        ],
        [
            "They discussed the Belt and Road Initiative.",
            "The Digital China Summit opened in Fuzhou, and digital services grew in China.",
            "Wang Lin, chairman of the Municipal Committee of the Chinese People's Political "
            "Consultative Conference (CPPCC), spoke.",
            "Firms moved into the China (Hainan) Pilot Free Trade Zone.",
            "The county lies in the Yellow River basin, far from the Yangtze River Delta.",
            "The provincial Party committee met.",  # a generic mention
            "Belt and Road Initiative Forum Opens in Dalian",  # a heading
            # An allowed rendering written letter for letter (the China Daily style).
            "Cotton output in the Xinjiang Uygur autonomous region rose by 5 percent.",
            # Numbered slogans that ministries and Xinhua also write in lower case.
            "The bureau will act on the four-pronged comprehensive strategy this year.",
            "The county set its plan toward the second centenary goal.",
            # A plural head names a class of bodies, a common noun.
            "New leaders of provincial people's congresses will be elected this month.",
        ],
    ),
    "T109": (
        [
            (
                "the 17th National People's Congress of Dalian opened today.",
                "National People's Congress of Dalian",
            ),
            (
                "deputies to the Shenyang National People's Congress met.",
                "Shenyang National People's Congress",
            ),
        ],
        [
            "the 14th National People's Congress opened in Beijing.",
            "Liaoning National People's Congress deputies met in Beijing.",  # deputies to the NPC
            "the Dalian Municipal People's Congress met.",
            # a province's delegation to the NPC, the head word capitalised in a headline
            "Jilin NPC Delegation Reviews the Government Work Report",
            "Hainan NPC Deputies Visit a Village School",
        ],
    ),
    "T110": (
        [
            ("the CPC Yantai Committee met.", "CPC Yantai Committee"),
            (
                "Gao Fei, a member of CPC Zunyi Standing Committee, opened the fair.",
                "CPC Zunyi Standing Committee",
            ),
            (
                "The report was made on behalf of the CPC Standing Committee of Weifang.",
                "CPC Standing Committee of Weifang",
            ),
            (
                "Ma Ning, member of CPC Standing Committee of Hunan Province, spoke.",
                "CPC Standing Committee of Hunan Province",
            ),
        ],
        [
            "the CPC Yantai Municipal Committee met.",
            "the CPC Central Committee met.",
            "Gao Fei, a member of the Standing Committee of the CPC Zunyi Municipal Committee.",
            "Members of the CPC Politburo Standing Committee met the guests.",
            "He joined the CPC Standing Committee of the Political Bureau in 2012.",
        ],
    ),
    "T111": (
        [
            ("Zhou Lin, Vice Major of Jixi, opened the trade fair.", "Major"),
            ("The talks were chaired by deputy major Sun Hao.", "major"),
            ("Vice President of Yantai Municipal CPPCC Wu Bo spoke.", "Vice President"),
            (
                "The visitors met Deputy District Major Qian Yu at the port.",
                "Deputy District Major",
            ),
            (
                "Hu Ping, secretary general of the Yantai Municipal People's Government, spoke.",
                "secretary general",
            ),
            (
                "Deputy District Governor Yin Hua of Nankai chaired the meeting in Tianjin.",
                "Deputy District Governor",
            ),
            (
                "Xu Li, deputy secretary and governor of the CPC District Committee, spoke.",
                "governor",
            ),
        ],
        [
            "The deputy major general inspected the troops.",
            "It was a major step, said the vice mayor.",
            "Vice Secretary-General Wu Bo spoke.",
            "Vice President Wu Bo of the bank spoke.",
            "The mayor of Dalian met Sun Jie, head of Ganjingzi District.",
            # the bundled glossary accepts "district mayor" (区长): a house's choice
            "Zhao Lin, Deputy Secretary of the District Party Committee and District Mayor, "
            "opened the fair.",
            "Sun Jie, mayor of Ganjingzi district, chaired the meeting.",
            "Hu Ping, secretary-general of the Yantai Municipal People's Government, spoke.",
            "NATO Secretary General Mark Rutte met the Chinese ambassador in Brussels.",
            "The district governor of Kandahar met tribal elders on Monday.",  # abroad
            "Wang Li, governor of the Provincial People's Bank branch, spoke in Jinan.",
        ],
    ),
    "T112": (
        [("the third session of the Forth Municipal Committee", "Forth")],
        ["Deputies put forth proposals and so forth."],
    ),
    "T113": (
        [("He spoke on behalf of Yantai Municipal Government.", "Yantai Municipal Government")],
        ["He spoke on behalf of the Yantai Municipal Government.", "Office of Yantai Government"],
    ),
    "T114": (
        [
            (
                "More than 400 representatives of the Seventh Municipal People's Congress met.",
                "representatives of the Seventh Municipal People's Congress",
            ),
            (
                "Representatives of municipal people's congresses visited the park.",
                "Representatives of municipal people's congresses",
            ),
            (
                "Wang Li, a Yantai Municipal People's Congress representative, spoke.",
                "Yantai Municipal People's Congress representative",
            ),
            (
                "She is a representative to the 13th NPC from Yantai.",
                "representative to the 13th NPC",
            ),
            (
                "The session will elect the delegates to the 14th Provincial People's Congress.",
                "delegates to the 14th Provincial People's Congress",
            ),
            (
                "Some 300 delegates to the second session of the ninth Municipal People's "
                "Congress signed in on Sunday.",
                "delegates to the second session of the ninth Municipal People's Congress",
            ),
            (
                "Two Weifang Municipal People's Congress delegates toured the port.",
                "Weifang Municipal People's Congress delegates",
            ),
            (
                "Municipal People's Congress Deputies Arrive for the Session\n\nOn arrival, "
                "the delegates showed their passes and collected the draft reports.",
                "delegates",
            ),
            (
                "Weifang NPC Delegation Meets the Press\n\nDeputies to the 14th National "
                "People's Congress from Weifang met reporters. Later, 40 delegates from "
                "Weifang reviewed the report with the Yantai delegation.",
                "delegates",
            ),
            (
                "Deputies to the 14th National People's Congress from Weifang met reporters, "
                "who asked delegates about jobs.",
                "delegates",
            ),
            (
                "Report on the Work of the Government\n\nDear delegates:\n\nI now present "
                "the report to the Municipal People's Congress for your deliberation.",
                "delegates",
            ),
        ],
        [
            "Deputies to the Yantai Municipal People's Congress met on Monday.",
            "Municipal People's Congress Deputies Arrive for the Session\n\nMembers of the "
            "CPPCC also came, and the delegates of both bodies collected the draft reports.",
            "The delegates toured the port and the representatives of ten firms spoke.",
            "Delegates to the 20th National Congress of the Communist Party of China met.",
            "Delegates to the fair and members of the CPPCC toured the port.",
            "A delegate to the Party congress of the city spoke.",
            "Representatives of the Yantai Municipal People's Congress and the CPPCC spoke.",
            "Representatives of the Municipal People's Congress Standing Committee spoke.",
            "He heads the People's Congress representative office in the town.",
            "Ten representatives of the Yantai Municipal Government attended.",
            # delegates from abroad, or a delegation the document does not call the
            # congress's own
            "Deputies to the 14th National People's Congress met 30 delegates from Japan.",
            "Deputies to the 14th National People's Congress met a business delegation; "
            "delegates asked about trade.",
            # a Party congress's report rightly addresses its delegates
            "Report to the 5th CPC Hefei Municipal Congress\n\nDear delegates:\n\nOn behalf "
            "of the Municipal Party Committee, I present this report.",
            "Report on the Work of the Government\n\nFellow Deputies,\n\nI now present the "
            "report to the Municipal People's Congress.",
        ],
    ),
    "T115": (
        [
            ("The third meeting of the 15th Yantai Municipal People's Congress opened.", "meeting"),
            (
                "Deputies met at the 2nd Meeting of the Ninth People's Congress of Yantai.",
                "Meeting",
            ),
        ],
        [
            "The third session of the 15th Yantai Municipal People's Congress opened.",
            "The 10th meeting of the Standing Committee of the 14th NPC closed.",
            "The second plenary meeting of the first session of the 14th NPC was held.",
            "The third meeting of the 15th Municipal People's Congress Presidium was held.",
            "The first meeting of the Yantai Municipal People's Congress office was held.",
        ],
    ),
    "U401": (
        [("the 14th Five-Year Plan (十四五) starts", "十四五"), ("starts in ２０２１", "２０２１")],
        ["the 14th Five-Year Plan starts in 2021"],
    ),
    "T125": (
        [
            ("Experts from the Department of commerce visited the port.", "Department of commerce"),
            ("The Liaoning daily carried the mayor's speech.", "Liaoning daily"),
            (
                "Staff of the housing and Construction Bureau took part.",
                "housing and Construction Bureau",
            ),
            # field words capitalised, the head in lower case
            (
                "Staff of the Foreign Affairs office received the guests in Anshan.",
                "Foreign Affairs office",
            ),
            ("The Commerce and Trade bureau said exports rose.", "Commerce and Trade bureau"),
        ],
        [
            "Experts from the Department of Commerce visited the port.",
            "The city's commerce department and the housing bureau took part.",
            "Staff of the Foreign Affairs Office met the guests in Anshan.",
            "They toured the Foreign Affairs office building in Anshan.",  # a noun follows
            "Tourism office staff greeted the guests.",  # a noun follows
            "Commerce bureaus of three cities took part.",  # opens the sentence, a plural
        ],
    ),
    "N216": (
        [
            ("The delegation was received by governor Wang Lin in Shenyang.", "governor"),
            ("The forum was opened by mayor Chen Hua on Monday.", "mayor"),
        ],
        [
            "The delegation was received by Governor Wang Lin in Shenyang.",
            "Wang Lin, governor of Liaoning, received the delegation.",
            "Former mayor Chen Hua opened the forum.",
        ],
    ),
    "N217": (
        [
            ("The delegation toured Mountain Wutai before the forum.", "Mountain"),
            ("Trade across the Korea Peninsula grew last year.", "Korea"),
            ("Veterans of the Korea War were honoured in Dandong.", "Korea"),
            ("Ports on the Liaoning Peninsula handled more cargo.", "Liaoning"),
            ("Hikers reached Mount Emei Mountain at dawn.", "Mount Emei Mountain"),
            ("The county promotes Lushan Mountain Mountain tourism.", "Lushan Mountain Mountain"),
        ],
        [
            "The delegation toured Mount Wutai and Qingcheng Mountain before the forum.",
            "Trade across the Korean Peninsula grew; ports on the Liaodong Peninsula too.",
            "A Mountain Bike race and the Mountain Resort drew visitors.",
            "The Korea Strait and South Korea were on the agenda.",
        ],
    ),
    "N219": (
        [
            ("Since the founding of new China, the harbour has grown tenfold.", "new China"),
            ("The county joined the drive to build a digital China.", "digital China"),
            (
                "Delegates to the 20th CPC National Congress met veterans of the 16th "
                "national congress in Hefei.",
                "national congress",
            ),
        ],
        [
            "Since the founding of New China, the harbour has grown tenfold.",
            "After the war the people set out to build a new China.",
            "Delegates met before the 20th national congress in Beijing.",
            "The town hosted a panel at the Digital China Summit in Fuzhou.",
        ],
    ),
    "N218": (
        [
            ("The 2024 China·Shenyang Auto Expo opened on Friday.", "·"),
            ("Guests gathered for the Summer Davos · Dalian night.", " · "),
        ],
        [
            "The 2024 China Shenyang Auto Expo opened on Friday.",
            "Each unit used 3 kW·h less power than last year.",
            "The 2024 China (Shenyang) Auto Expo opened on Friday.",
        ],
    ),
    "N221": (
        [
            (
                "Zhang Wei chaired the meeting. LIU Hong said the port would add routes.",
                "LIU Hong",
            ),
        ],
        [
            "Zhang Wei chaired the meeting. Liu Hong said the port would add routes.",
            "By LIU Hong in Shenyang. Zhang Wei chaired the meeting on Monday.",
            "LIU Hong and ZHAO Min wrote the report, which was published in March.",
        ],
    ),
    "N222": (
        [
            ("The plan was adopted by the standing Committee on Friday.", "standing"),
            ("The county People's Government issued the notice.", "county"),
            ("The Anshan municipal Bureau of Commerce held a fair.", "municipal"),
            (
                "Wang Lin was elected to the standing committee of the CPC Anshan Municipal "
                "Committee.",
                "standing committee",
            ),
            ("The political bureau of the CPC Central Committee met.", "political bureau"),
            (
                "Li Hong, director of the standing committee of Lu’an Municipal People’s Congress",
                "standing committee",
            ),
        ],
        [
            "The plan was adopted by the Standing Committee on Friday.",
            "The county people's government issued the notice.",
            "The provincial Department of Commerce held a fair.",
            "Members of the standing committee of the county congress met.",
            "The standing committees of the Provincial People's Congresses met.",  # plural
            "He sat on the standing committee of the municipal Party committee.",
            "Each standing committee of the National People's Congress drafts bills.",
        ],
    ),
    "N223": (
        [
            (
                "The governor toured the plant on Monday. Later the Governor met workers.",
                "Governor",
            ),
        ],
        [
            "The governor toured the plant on Monday. Later the governor met workers.",
            "The Governor toured the plant on Monday. Later the Governor met workers.",
            "The governor toured the plant. Later the Governor of Hebei met workers.",
        ],
    ),
    "N224": (
        [
            (
                "Taking A New Road To The Sea For The Port\n\nThe port opened on Monday.",
                "Taking A New Road To The Sea For The Port",
            ),
        ],
        [
            "Taking a New Road to the Sea for the Port\n\nThe port opened on Monday.",
            "Talks Held at The Hague on Port Links\n\nThe port opened on Monday.",
        ],
    ),
    "N220": (
        [
            (
                "Jinzhou was named a national Sanitary City in 2019.",
                "national Sanitary City",
            ),
            ("The county has been a Forest county since 2021.", "Forest county"),
        ],
        [
            "Jinzhou was named a National Sanitary City in 2019.",
            "Jinzhou aims to become a national civilized city by 2025.",
            "Garden city rules were revised by the ministry last year.",
        ],
    ),
    "T126": (
        [
            (
                "Li Ming, member of the Standing Committee of the Dezhou Municipal Committee, spoke.",
                "Dezhou Municipal Committee",
            ),
            (
                "The Hebei Provincial Committee held its plenary session.",
                "Hebei Provincial Committee",
            ),
            (
                "Delegates studied the 9th Jinan Municipal Committee's report.",
                "Jinan Municipal Committee",
            ),
        ],
        [
            "Li Ming, member of the Standing Committee of the CPC Dezhou Municipal Committee, spoke.",
            "The Communist Party of China (CPC) Hebei Provincial Committee held its session.",
            "The CPPCC Jinan Municipal Committee and the Jinan Municipal Committee of the CPPCC met.",
            "The Communist Youth League Jinan Municipal Committee and the Jinan Municipal Party "
            "Committee met.",
            "The Dezhou Provincial Committee is no body of a city.",
        ],
    ),
    "T127": (
        [
            (
                "Teachers in the county studied Xi Jinping's Thought in depth.",
                "Xi Jinping's Thought",
            ),
            ("The city kept to the general tone of steady progress in its work.", "general tone"),
            (
                "Members resolved to carry out the Two Maintenances and to study hard.",
                "Two Maintenances",
            ),
            (
                "The bureau held a lecture on Xi Jinping's ecological civilization thought.",
                "Xi Jinping's ecological civilization thought",
            ),
            (
                "Officers attended a class on Xi Jinping's thought on strengthening the military.",
                "Xi Jinping's thought on strengthening the military",
            ),
        ],
        [
            "Foreign media wrote about Xi Jinping's thoughts on the economy.",
            "Xi Jinping's thoughts on culture were the subject of a new book.",
            "The general tone of the meeting was warm and frank.",
            "The plant hired two maintenance workers this year.",
        ],
    ),
    "T128": (
        [
            (
                "Zhao Min, Minister of the Organization Department of the Municipal Party "
                "Committee, spoke.",
                "Minister of the Organization Department",
            ),
            (
                "Sun Hao, member of the Standing Committee and Minister of Organizations, came.",
                "Minister of Organizations",
            ),
            (
                "Zhou Yu, organizing Minister of the county committee, attended.",
                "organizing Minister",
            ),
            (
                "Qian Li, head of the Organization Committee of the CPC Yantai Municipal "
                "Committee, spoke.",
                "Organization Committee",
            ),
            (
                "Ma Tao, member of the county Party committee and director of United Front "
                "Work, met the guests.",
                "director of United Front Work",
            ),
            (
                "Wu Fan, head of the united front work of the district, chaired the forum.",
                "head of the united front work",
            ),
        ],
        [
            "Zhao Min, head of the Organization Department of the Municipal Party Committee, spoke.",
            "Ma Tao, head of the United Front Work Department, is in charge of united front work.",
            "The Organization Committee of the trade fair met on Monday.",
            "The Minister of Commerce met the Minister of the International Department.",
            "The country's organization minister resigned last year.",
            "The guests met the minister of the organization of the trade fair.",
        ],
    ),
    "T129": (
        [
            (
                "The plant opened in the Panjin Economic and Development Zone in May.",
                "Economic and Development",
            ),
        ],
        [
            "The plant opened in the Panjin Economic and Technological Development Zone in May.",
            "The plant opened in the Huaihua Economic Development Zone in May.",
            "Both economic and development goals were met.",
        ],
    ),
    "T130": (
        [
            (
                "Liu Fang, Secretary of the Commission for County Discipline Inspection, spoke.",
                "Commission for County Discipline Inspection",
            ),
        ],
        [
            "Liu Fang, Secretary of the County Commission for Discipline Inspection, spoke.",
            "The Central Commission for Discipline Inspection issued a circular.",
        ],
    ),
    "T131": (
        [
            (
                "The county studied the decisions of the Central Economical Work Conference.",
                "Economical",
            ),
            ("The Provincial Rural Working Conference opened in Hefei.", "Working"),
            (
                "Cadres studied the report of the 18th CPC National Committee.",
                "CPC National Committee",
            ),
        ],
        [
            "The county studied the decisions of the Central Economic Work Conference.",
            "Economical housing was built for young teachers.",
            "The 14th CPPCC National Committee opened its session.",
        ],
    ),
    "T132": (
        [
            ("The county sent young officials to work in grass-root units.", "grass-root"),
            ("Disputes are settled at the grassroot level in the town.", "grassroot"),
        ],
        [
            "The county sent young officials to work in grassroots units.",
            "Officials at the grass-roots level went down to the grass roots.",
        ],
    ),
    "U405": (
        [
            ("The two pre-zones\x1b[2J will be built.", "\x1b[2J"),  # the whole sequence
            ("Dalian \x1b]0;news\x07 reported.", "\x1b]0;news\x07"),
            ("The meeting\x07 was held.", "\x07"),
            ("The plan \u202eenoz-erp owt\u202c was adopted.", "\u202e"),
            ("two\x0bpre-zones", "\x0b"),
            ("a C1 control \x9b here", "\x9b"),
        ],
        [
            "The two pre-zones\twill be built.\r\nThe meeting was held.\n",  # tab, CR, LF
            "The Arabic name \u200f is marked, and the Chinese “两先区” is quoted.",
            "The ESC key is pressed: [2J is only text.",
        ],
    ),
}


def test_every_rule_has_cases() -> None:
    assert {r.code for r in all_rules()} == set(CASES) | set(BILINGUAL_CASES)


@pytest.mark.parametrize("code", sorted(CASES))
def test_rule_flags_bad_text(code: str) -> None:
    for text, span in CASES[code][0]:
        found = spans(check_texts([text], [code]), code)
        assert span in found, f"{code} missed {span!r} in {text!r}: {found}"


@pytest.mark.parametrize("code", sorted(CASES))
def test_rule_leaves_good_text_alone(code: str) -> None:
    for text in CASES[code][1]:
        found = spans(check_texts([text], [code]), code)
        assert found == [], f"{code} cried wolf on {text!r}: {found}"


def test_t104_works_across_the_files_of_a_run() -> None:
    found = check_texts(
        ["Deepen one-network unified management.", "Into one network and unified management."],
        ["T104"],
    )
    assert found.select("path", "span").rows() == [
        ("doc1.txt", "one network and unified management")
    ]
    assert "1× in this run" in found["message"][0]


def test_n201_suggests_the_glossary_spelling() -> None:
    found = check_texts(["Tan Zuoyu spoke. Later Tan Zuojun left."], ["N201"])
    assert found.select("span", "suggestion").rows() == [("Tan Zuoyu", "Tan Zuojun")]


def test_t101_keeps_case_and_plural_in_its_fix() -> None:
    found = check_texts(["Investors toured both Jin Pu New Areas."], ["T101"])
    assert found["suggestion"].to_list() == ["Jinpu New Areas"]


def test_t101_fix_keeps_the_quotes_of_a_quoted_avoid_form() -> None:
    found = check_texts(
        ["carry out the strategy of “going out”, and going out at night is fine."], ["T101"]
    )
    assert found.select("span", "suggestion").rows() == [("“going out”", "“going global”")]


def test_u405_suggests_a_space_only_where_deleting_would_glue_words() -> None:
    found = check_texts(["two\x0bpre-zones; the end\x0c", "Dal\x1b[1mian"], ["U405"])
    assert found.select("span", "suggestion", "fix").rows() == [
        ("\x0b", " ", "unsafe"),
        ("\x0c", "", "unsafe"),
        ("\x1b[1m", "", "unsafe"),
    ]


def test_proposed_entries_never_raise_more_than_info() -> None:
    # 错位发展 is proposed: its avoid form is reported, but only at info level.
    found = check_texts(["pursuing dislocation development"], ["T101"])
    assert found.select("span", "severity").rows() == [("dislocation development", "info")]


def test_nothing_is_flagged_inside_markdown_code_or_link_targets() -> None:
    text = "Use `two first districts` as a string, see [the two pre-zones](http://x.cn/a,b) and `十四五`.\n"
    assert check_texts([text], fmt="markdown").height == 0
    assert (
        check_texts([text.replace("`", "")], fmt="markdown").height > 0
    )  # the same words as prose are


def test_n207_leaves_party_to_a_glossary_finding_that_already_capitalises_it() -> None:
    found = check_texts(["The Party met to begin party history learning and education."])
    assert ("party history learning and education", "Party history learning and education") in (
        found.filter(pl.col("code") == "T108").select("span", "suggestion").rows()
    )
    assert spans(found, "N207") == []


def test_n207_keeps_party_beside_a_near_miss_reported_only_as_info() -> None:
    # The near miss is info, which no build counts: the warning about "party" is not hidden.
    found = check_texts(["The Party met to begin party history study and education."])
    assert ("party history study and education", "info") in (
        found.filter(pl.col("code") == "T103").select("span", "severity").rows()
    )
    assert spans(found, "N207") == ["party"]
    alone = check_texts(["The Party met to begin party history study and education."], ["N207"])
    assert spans(alone, "N207") == ["party"]


def test_t121_leaves_a_name_to_the_glossary_capitals_of_t108() -> None:
    text = "The plan was drawn up by Yantai municipal Party Committee last year."
    both = check_texts([text], ["T108", "T121"])
    assert both.select("code").to_series().to_list() == ["T108"]
    alone = check_texts([text], ["T121"])
    assert spans(alone, "T121") == ["municipal Party Committee"]


def test_n201_compares_names_within_one_text_only() -> None:
    vice_governor = (
        "Wang Lixia, the vice governor, opened the fair. Wang Lixia toured the stands. "
        "Later Wang Lixia met exhibitors."
    )
    county = "County leaders including Wang Limin attended the ceremony."
    alone = check_texts([county], ["N201"])
    together = check_texts([vice_governor, county], ["N201"])
    assert alone.height == 0
    assert together.height == 0
    slip = check_texts([vice_governor + " Wang Limin thanked the guests."], ["N201"])
    assert spans(slip, "N201") == ["Wang Limin"]
    assert "3× in this text" in slip["message"][0]
