"""Table cases for the rules that read the Chinese source: (zh, en, flagged span) pairs that
must be reported and (zh, en) pairs that must not. Sentences written for these tests."""

from __future__ import annotations

# code -> ([(zh, en, flagged span), ...], [(zh, en), ...])
BILINGUAL_CASES: dict[str, tuple[list[tuple[str, str, str]], list[tuple[str, str]]]] = {
    "T102": (
        [
            (
                "加快推进两先区建设。",
                "We will speed up the construction of the two leading zones.",
                "We will speed up the construction of the two leading zones.",
            ),
            (  # traditional characters, matched through OpenCC
                "持續優化營商環境。",
                "We will keep improving the investment climate.",
                "We will keep improving the investment climate.",
            ),
            # No title carries the body here, and "Li Qiang" alone carries nothing.
            (
                "国务院召开常务会议。",
                "An executive meeting was held.",
                "An executive meeting was held.",
            ),
            ("国务院总理李强出席。", "Li Qiang attended.", "Li Qiang attended."),
            (
                "维护全球产业链稳定。",
                "We will keep global supply chains stable.",
                "We will keep global supply chains stable.",
            ),
            # "the government" alone names no city's government.
            (
                "市民可以预约参观市政府办公楼。",
                "Residents may book a visit to the government office building.",
                "Residents may book a visit to the government office building.",
            ),
            # One word of the head is no short form of it.
            ("中央政治局召开会议。", "The Bureau met.", "The Bureau met."),
            (
                "中央政治局常委出席。",
                "A member of the Standing Committee attended.",
                "A member of the Standing Committee attended.",
            ),
        ],
        [
            ("加快推进两先区建设。", "We will speed up the construction of the two pre-zones."),
            # Allowed forms: "city government" for 市政府, "leading Party group" for 党组.
            (
                "市民可以预约参观市政府办公楼。",
                "Residents may book a visit to the city government's office building.",
            ),
            (
                "省商务厅党组书记、厅长出席会议。",
                "The secretary of the leading Party group and director of the provincial "
                "department of commerce attended.",
            ),
            # The CPPCC spelt out is the CPPCC.
            (
                "请市政协委员提出意见。",
                "Members of the Municipal Committee of the Chinese People's Political "
                "Consultative Conference are invited to comment.",
            ),
            # The avoid-form is T101's, not also T102's.
            ("加快推进两先区建设。", "We will speed up building the two first districts."),
            # 市长 is not found inside 城市长远.
            ("谋划城市长远发展。", "We will plan the city's long-term development."),
            # "Municipal Party Committee" sits inside the longer 市委常委会 rendering.
            (
                "市委召开常委会会议。",
                "The Standing Committee of the Municipal Party Committee met.",
            ),
            # Reworded with every content word: T103/T104's business, not a missing term.
            ("勇当东北振兴排头兵。", "Lead the way in revitalizing Northeast China."),
            # Reworded, "region" dropped.
            ("推进京津冀协同发展。", "Advance Beijing-Tianjin-Hebei coordinated development."),
            # A body by the head of its rendering, and a body carried by a leader's title.
            ("中央政治局召开会议。", "The Political Bureau held a meeting."),
            ("國務院總理李強出席。", "Premier Li Qiang attended."),
            # "CPC" spelt out.
            (
                "中央政治局常委出席。",
                "A Member of the Standing Committee of the Political Bureau of the Central "
                "Committee of the Communist Party of China attended.",
            ),
            # The glossary patterns' long forms of a slogan.
            (
                "坚持稳中求进工作总基调。",
                "We will make progress while ensuring steady performance.",
            ),
            # Two chains share one noun: "industrial and supply chains".
            (
                "维护全球产业链供应链稳定。",
                "We will keep global industrial and supply chains stable.",
            ),
            (
                "加快构建国内国际双循环相互促进的新发展格局。",
                "We will build a new development pattern in which domestic and foreign "
                "markets can boost each other.",
            ),
        ],
    ),
    "T106": (
        [
            (
                "推动经济社会发展。",
                "Promote high-quality development of the economy and society.",
                "high-quality development",
            ),
            (
                "今年是“十三五”收官之年。",
                "This year completes the 14th Five-Year Plan.",
                "14th Five-Year Plan",
            ),
            # The formulation with no counterpart in the source.
            (
                "全市上下团结奋斗。",
                "The city united to build a modern socialist country in all respects.",
                "modern socialist country in all respects",
            ),
        ],
        [
            ("推动高质量发展。", "Promote high-quality development."),
            # The plan by its number alone, in quotation marks.
            (
                "今年是“十四五”收官之年。",
                "This year marks the completion of the 14th Five-Year Plan.",
            ),
            ("推动经济高质量地发展。", "Promote high-quality development of the economy."),
            # The 20th congress goal (强国): the same English as 全面建设社会主义现代化国家.
            (
                "为全面建成社会主义现代化强国而团结奋斗。",
                "Unite and strive to build a great modern socialist country in all respects.",
            ),
            # Places and titles are often supplied from context: not checked.
            ("我市召开会议。", "Dalian held a meeting."),
        ],
    ),
    "D501": (
        [
            (
                "全市地区生产总值达到1.16万亿元。",
                "The city's GDP reached 1.16 billion yuan.",
                "1.16 billion",
            ),
            ("投资3.5亿元。", "An investment of 35 million yuan.", "35 million"),
            ("全市常住人口4600多万。", "The city has over 4.6 million residents.", "4.6 million"),
            # Any other added figure is still reported beside 规模以上.
            (
                "全市规模以上工业增加值增长6.5%。",
                "The value added of the city's 3,000 large industrial firms grew 6.5 percent.",
                "3,000",
            ),
            # Nearly a thousand is not thousands, nearly a hundred not hundreds.
            (
                "近千名代表出席大会。",
                "Thousands of representatives attended the conference.",
                "Thousands",
            ),
            ("全市近百家企业参展。", "Hundreds of companies from the city exhibited.", "Hundreds"),
            # A glued unit is read, so a wrong figure against it is caught.
            ("新区规划面积1.25万平方公里。", "The new area covers 1,250km2.", "1,250"),
            # Figures run together are excused only where the English gives every piece.
            ("全市辖936县。", "The city has 9 districts and 63 towns.", "63"),
            (
                "市长将于926日出席论坛。",
                "The mayor will attend the forum on September 29.",
                "The mayor will attend the forum on September 29.",
            ),
            # A headline without the source's figures loses them, as a title dropping its year.
            (
                "前三季度全市外贸同比增长12.5%",
                "Foreign trade keeps growing",
                "Foreign trade keeps growing",
            ),
            # A headline with a figure of its own is held to the source's.
            ("前三季度全市外贸同比增长12.5%", "Foreign trade up 15.2%", "15.2"),
            # A sentence without figures loses the source's.
            (
                "前三季度全市外贸同比增长12.5%。",
                "Foreign trade kept growing.",
                "Foreign trade kept growing.",
            ),
            # A list's number is a label, but the figures after it still count.
            (
                "2. 新建改建农村公路1200公里。",
                "2. We built or upgraded 1,100 kilometers of rural roads.",
                "1,100",
            ),
            # A figure opening a line is no label unless a stop or 、 follows it.
            (
                "12个重点项目集中开工。",
                "A total of 21 key projects broke ground.",
                "21",
            ),
            ("投资三点五亿元。", "An investment of 3.5 billion yuan.", "3.5 billion"),
            ("新增就业1200万人。", "12 million new jobs and 300 new firms.", "300"),
            (
                "新签约项目128个。",
                "Signed new projects.",
                "Signed new projects.",
            ),
            # Rounded to fewer than three figures, a figure is another figure.
            (
                "实现营业收入1.16万亿元。",
                "Operating revenue reached 1.2 trillion yuan.",
                "1.2 trillion",
            ),
            # No rate of exchange turns 3161亿元 into 4.58 billion dollars.
            ("新区签约项目总投资3161亿元", "New area signs projects worth $4.58b", "4.58b"),
            # The digits of a flight number must be the source's.
            (
                "东航5735航班安全抵达。",
                "Flight MU5375 landed safely.",
                "Flight MU5375 landed safely.",
            ),
            # A converted unit must still be converted right (1 t = 2,000 jin).
            ("全年粮食产量1.4万亿斤。", "Grain output reached 1.4 million tons.", "1.4 million"),
            # 斤 converts to tons, not kilograms: 700 billion is wrong as tons.
            ("全年粮食产量1.4万亿斤。", "Grain output reached 700 billion tons.", "700 billion"),
            ("国内生产总值突破一百万亿元。", "GDP exceeded 100 billion yuan.", "100 billion"),
            (
                "七十年来，城市面貌发生巨大变化。",
                "Over six decades, the city has changed beyond recognition.",
                "Over six decades, the city has changed beyond recognition.",
            ),
            # A change in points must lead to the level the English gives.
            (
                "零售额增长6.5%，增速比上月加快0.3个百分点。",
                "Retail sales grew 6.5 percent, up from 6.0 percent a month earlier.",
                "6.0",
            ),
            # Only a conversion in parentheses is the translator's gloss.
            ("实际使用外资35亿元。", "Paid-in foreign capital was $480 million.", "480 million"),
            ("建成后年产精糖20 万吨。", "It will produce 20,000 tons of sugar a year.", "20,000"),
            ("市5号公路项目开始运营。", "The city's No.6 Highway project opened.", "6"),
            (
                "比重从11.3%提高到18.5%，提高7.2个百分点。",
                "The share reached 18.5 percent, up 7.2 percentage points from 11.8 percent.",
                "11.8",
            ),
            # 规模以上 is a statistical term, not a hedge: 6.8 is not 7.0.
            (
                "规模以上工业增加值增长7.0%。",
                "Industrial output above designated size grew 6.8%.",
                "6.8",
            ),
            # 六成 is six tenths: 16 percent is another share.
            ("全市六成以上村庄通了公交。", "Buses now reach 16 percent of villages.", "16"),
            # 千米 is a kilometre: the figure itself must still be the source's.
            ("新区距市区约80千米。", "The new area lies 60 km from the city.", "60"),
            # 10分钟 is a duration whose minutes count.
            ("车程缩短至2小时15分钟。", "The drive now takes 2 hours and 50 minutes.", "50"),
            # A bound is read only one past the count, and only the way it points.
            ("全省13个市参加评比。", "More than 11 cities of the province took part.", "11"),
            ("全省13个市参加评比。", "Fewer than 12 cities took part.", "12"),
        ],
        [
            ("全市地区生产总值达到1.16万亿元。", "The city's GDP reached 1.16 trillion yuan."),
            # Tenths (成), kilometres (千米), decades (年代) and durations (分钟) read right.
            ("全市六成以上村庄通了公交。", "Buses now reach over 60 percent of villages."),
            ("果蔬七八成熟时采摘。", "The fruit is picked when 70-80 percent ripe."),
            ("新区距市区约80千米。", "The new area lies about 80 km from the city."),
            ("新区距市区约80千米。", "The new area lies about 80,000 metres from the city."),
            ("他在上世纪90年代来到本市。", "He came to the city in the 1990s."),
            ("他在20世纪80年代担任副市长。", "He was vice mayor in the 1980s."),
            ("车程缩短至2小时15分钟。", "The drive now takes 2 hours and 15 minutes."),
            ("三四家企业参展。", "Three or four companies took part in the fair."),
            # "More than 12" is true of 13 and says it less exactly; "fewer than 10" of 9.
            ("全省13个市参加评比。", "More than 12 cities of the province took part."),
            ("9个县完成了任务。", "Fewer than 10 counties finished the task."),
            (
                "投资3.5亿元，新增就业1200万人。",
                "Investment of 350 million yuan and 12 million jobs.",
            ),
            ("党的第十九届中央委员会。", "The 19th CPC Central Committee."),
            ("十四五规划开局之年。", "The first year of the 14th Five-Year Plan."),
            ("增长7%左右。", "Up about 7.1 percent."),
            ("企业1500余家。", "More than 1,500 enterprises."),
            ("1至7月，投资增长。", "From January to July, investment grew."),
            ("新建5G基站3000个。", "Build 3,000 5G base stations."),
            (
                "千家万户十分重视统一大市场。",
                "Every household attaches great importance to a unified market.",
            ),
            ("亿元以上项目36个。", "36 projects worth over 100 million yuan each."),
            ("新增市场主体3万多户。", "More than 30,000 new market entities."),
            ("总投资近6000亿元。", "Total investment was nearly 600 billion yuan."),
            ("用3到5年时间建成。", "It will be completed in three to five years."),
            ("第一季度增长百分之五点二。", "Growth in the first quarter was 5.2 percent."),
            (
                "2020-2022年累计投资1500亿元。",
                "From 2020 to 2022, investment reached 150 billion yuan.",
            ),
            ("上午9时30分，会议开幕。", "The meeting opened at 9:30 a.m."),
            ("同比增长1倍。", "It doubled year on year."),
            ("占全省的三分之一。", "It accounts for one third of the province."),
            ("全年粮食产量1.4万亿斤。", "Grain output reached 700 million metric tons."),
            (
                "新建高标准农田4500万亩。",
                "3 million hectares of high-standard farmland were built.",
            ),
            ("国内生产总值突破一百万亿元。", "GDP exceeded 100 trillion yuan."),
            (
                "七十年来，城市面貌发生巨大变化。",
                "Over the past seven decades, the city has changed beyond recognition.",
            ),
            ("十年来，全市累计新增绿地。", "Over the past decade, the city has added green space."),
            ("实施“十四五”规划。", "Implement the 14th Five-Year Plan (2021-25)."),
            (
                "实际使用外资35亿元。",
                "Paid-in foreign capital was 3.5 billion yuan ($480 million).",
            ),
            (
                "零售额增长6.5%，增速比上月加快0.3个百分点。",
                "Retail sales grew 6.5 percent, up from 6.2 percent a month earlier.",
            ),
            ("市人大常委会15日召开会议。", "The standing committee met on Wednesday."),
            ("代表团将于9月14日至16日来访。", "The delegation will visit from September 14 to 16."),
            ("建成后年产精糖20 万吨。", "It will produce 200,000 tons of sugar a year."),
            ("项目将创造近万个工作岗位。", "The project will create nearly 10,000 jobs."),
            ("全年发送货物超百万标箱。", "Over one million TEUs of goods were shipped."),
            (
                "经过几十年的发展，开发区面貌一新。",
                "After decades of growth, the zone has a new look.",
            ),
            ("市5号公路项目开始运营。", "The city's No.5 Highway project opened."),
            (
                "比重从11.3%提高到18.5%，提高7.2个百分点。",
                "The share reached 18.5 percent, up 7.2 percentage points.",
            ),
            # A figure rounded to its last decimal, three figures kept.
            (
                "全市新签约项目投资额达5250.99万美元。",
                "New projects were worth 52.5 million US dollars.",
            ),
            # A headline's short scale after a currency sign, and yuan given in dollars.
            ("市交易团签下5250.99万美元订单", "City delegation signs $52.5m order"),
            ("新区签约项目总投资3161亿元", "New area signs projects worth $45.8b"),
            # A year as "this year", digits inside a flight number.
            ("2024年全市新增就业3.2万人。", "The city added 32,000 jobs this year."),
            ("东航5735航班安全抵达。", "Flight MU5735 landed safely."),
            # Spaces between the figures and 年, 月, 日.
            (
                "2024 年 6 月 3 日，市政府召开常务会议。",
                "On June 3, 2024, the municipal government held an executive meeting.",
            ),
            # A missing space after a comma does not hide the number from its source.
            (
                "项目建成后新增岗位1200个。",
                "Once the project is completed,1,200 jobs will be added.",
            ),
            # A list's number at the head of a line is a label the English may leave out.
            ("1. 全面推进城市更新行动。", "We will press ahead with urban renewal."),
            (
                "（2）加快建设现代化产业体系。",
                "We will move faster to build a modern industrial system.",
            ),
            ("3、深化营商环境改革。", "Third, we will deepen reform of the business environment."),
            # 多 between the figure and its scale: 4600多万 is over 46 million.
            ("全市常住人口4600多万。", "The city has more than 46 million residents."),
            # A disaster named by its date (2023, July) is a name, not two counts.
            ("“23·7”特大暴雨灾后重建加快推进。", "Rebuilding after the July rainstorm sped up."),
            # A year without 年 said as "this year".
            ("2024全市新增绿地面积居全省首位。", "This year the city added the most green space."),
            # The figures of a format's name are not counts: 10+1 is the China-ASEAN summit.
            (
                "市长出席中国—东盟（10+1）地方合作论坛。",
                "The mayor attended the China-ASEAN local cooperation forum.",
            ),
            ("近千名代表出席大会。", "Nearly 1,000 representatives attended the conference."),
            # A vaguer count may be a plural: 数千 is "thousands".
            ("数千名代表出席大会。", "Thousands of representatives attended the conference."),
            ("近百家企业和数千名客商参展。", "Nearly 100 companies and thousands of buyers came."),
            # The threshold that explains 规模以上 needs no source.
            (
                "全市规模以上工业增加值增长6.5%。",
                "The value added of industrial firms with annual revenue of over 20 million yuan "
                "grew 6.5 percent.",
            ),
            # A unit written against its figure, on either side.
            ("新区规划面积1.25万平方公里。", "The new area covers 12,500km2."),
            ("新区规划面积12500km2。", "The new area covers 12,500 square kilometers."),
            # A conversion into imperial units the English adds in brackets.
            ("主峰海拔1860米。", "The main peak rises 1,860 metres (6,102 ft) above sea level."),
            # A page that ran figures together: the date lost 年 and 月, the counts the
            # words between them (9区3市6县 printed as 936县).
            ("2024915日，市长会见代表团。", "On September 15, 2024, the mayor met the delegation."),
            ("市长将于926日出席论坛。", "The mayor will attend the forum on September 26."),
            ("全市辖936县。", "The city has 9 districts, 3 county-level cities and 6 counties."),
        ],
    ),
    "D502": (
        [
            (
                "9月6日，市委召开会议。",
                "On September 9, the Municipal Party Committee met.",
                "September 9",
            ),
            ("5月26日，市长调研。", "On 26 June, the mayor inspected.", "26 June"),
            (
                "2024 年 6 月 3 日，市政府召开常务会议。",
                "On June 13, 2024, the municipal government held an executive meeting.",
                "June 13",
            ),
            # A weekday excuses no wrong date.
            (
                "11月19日，市委召开会议。",
                "On Tuesday, November 18, the Municipal Party Committee met.",
                "November 18",
            ),
        ],
        [
            ("9月6日，市委召开会议。", "On September 6, the Municipal Party Committee met."),
            ("9月6日，市委召开会议。", "On Sept. 6, the Municipal Party Committee met."),
            (
                "2024 年 6 月 3 日，市政府召开常务会议。",
                "On June 3, 2024, the municipal government held an executive meeting.",
            ),
            ("九月六日，市委召开会议。", "On 6 September, the Municipal Party Committee met."),
            # News English dates by the weekday.
            ("11月19日，市委召开会议。", "The Municipal Party Committee met on Tuesday."),
            # A lunar date is given by its festival.
            (
                "农历八月十五日，全市举办中秋晚会。",
                "At the Mid-Autumn Festival, the city held a gala.",
            ),
        ],
    ),
    "D503": (
        [
            ("比重提高2.3个百分点。", "The share rose by 2.3 percent.", "2.3 percent"),
            (
                "零售额增长6.8%。",
                "Retail sales grew by 6.8 percentage points.",
                "6.8 percentage points",
            ),
        ],
        [
            ("比重提高2.3个百分点。", "The share rose by 2.3 percentage points."),
            ("零售额增长6.8%。", "Retail sales grew by 6.8%."),
        ],
    ),
    "N202": (
        [
            ("谭作钧主持会议。", "Tan Zuoyu presided over the meeting.", "Tan Zuoyu"),
            (
                "市长助理单立新参加调研。",
                "Assistant Mayor Dan Lixin and Shan Lixing attended.",
                "Shan Lixing",
            ),
            (
                "王启尧出席活动。",
                "The chairman attended the event.",
                "The chairman attended the event.",
            ),
            # A glossary person the English leaves unnamed is still reported.
            (
                "林郑月娥出席论坛。",
                "The chief executive attended the forum.",
                "The chief executive attended the forum.",
            ),
            ("会上，吴国华、胡振邦分别发言。", "Wu Guohau and Hu Zhenbang spoke.", "Wu Guohau"),
            # A possessive does not hide a misspelling.
            ("谭作钧主持会议。", "Tan Zuoyu’s speech opened the meeting.", "Tan Zuoyu"),
            (
                "获奖学生刘祉先表示，将继续努力。",
                "Liu Zhixiang, a winner, said so.",
                "Liu Zhixiang",
            ),
        ],
        [
            ("谭作钧主持会议。", "Tan Zuojun presided over the meeting."),
            ("市长助理单立新参加调研。", "Assistant Mayor Shan Lixin took part."),
            ("谭作钧、谭成旭出席。", "Tan Zuojun and Tan Chengxu attended."),
            ("谭作钧书记讲话。", "Secretary Tan spoke."),
            ("曾晓东主持会议。", "Zeng Xiaodong presided over the meeting."),
            # jieba cuts 刘祉|先: the next character completes the given name.
            ("获奖学生刘祉先表示，将继续努力。", "Liu Zhixian, one of the winners, said so."),
            # Hong Kong names in Cantonese: Wu Chun-pong is 胡振邦, not a misspelt 吴国华.
            ("会上，吴国华、胡振邦分别发言。", "Ng Kwok-wah and Wu Chun-pong spoke."),
            # A name with a possessive is the name, not a misspelling of it.
            ("市长谭作钧的讲话", "Mayor Tan Zuojun’s speech"),
            ("陈绍旺主持例行记者会", "Chen Shaowang's regular press conference"),
            # A glossary person's allowed form names them: 林郑月娥 is often "Carrie Lam".
            ("林郑月娥出席论坛并致辞。", "Carrie Lam attended the forum and spoke."),
        ],
    ),
    "U402": (
        [("会议强调，要抓好安全生产。", "", "")],
        [("会议强调，要抓好安全生产。", "The meeting stressed work safety.")],
    ),
    "U403": (
        [
            ("全力推进项目建设。", "全力推进项目建设。", "全力推进项目建设。"),
            ("要抓好各项工作落实。", "Must 抓好各项工作落实。", "Must 抓好各项工作落实。"),
        ],
        [("全力推进项目建设。", "Go all out to advance project construction (项目建设).")],
    ),
    "U404": (
        [
            (
                "会议强调，要坚持项目为王，紧盯全年目标任务，强化土地、资金、能源等要素保障，加快推进重大项目建设，确保全年目标任务顺利完成。",
                "The meeting stressed the need to put projects first.",
                "The meeting stressed the need to put projects first.",
            )
        ],
        [
            (
                "会议强调，要坚持项目为王，紧盯全年目标任务，加快推进重大项目建设。",
                "The meeting stressed the need to put projects first, keep to the year's targets and speed up major projects.",
            )
        ],
    ),
}
