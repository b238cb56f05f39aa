"""precision44: false alarms and doubled findings on fresh pages, each with the case it keeps.

Every case pairs a text the rule must still flag with one it must leave alone (or flag once
where it flagged twice), so that each test fails on the code before the change. The texts
are written for these tests in the register of Chinese government news English; none is
taken from a page.
"""

from __future__ import annotations

import polars as pl
from helpers import check_texts, spans


def _page(*paragraphs: str) -> str:
    return "\n\n".join(paragraphs) + "\n"


def test_date_stamp_with_space_before_comma_is_residue_not_a_comma_slip() -> None:
    # The page's stamp under the headline, a space before its comma: deleted whole as
    # residue, not mended as a comma. The same slip in a sentence is still the comma's.
    stamp = _page(
        "Research centre maps out paths to trade cooperation",
        "June 14 , 2021",
        "The research centre in Dalian released a report on trade cooperation on Monday.",
    )
    prose = _page("The trade fair in Dalian opened on June 14 , 2021, with 300 exhibitors.")
    found = check_texts([prose, stamp], ["P304", "R601"])
    assert spans(found.filter(pl.col("doc") == 0), "P304") == [" "]
    on_stamp = found.filter(pl.col("doc") == 1)
    assert spans(on_stamp, "P304") == []
    assert spans(on_stamp, "R601") == ["June 14 , 2021"]


def test_comma_after_and_before_other_is_one_finding() -> None:
    # "; and, other leaders" closes a list of people with "other" and is the series' last
    # item after a semicolon: one comma, one finding. A name after "and," is still flagged.
    others = "The forum was attended by Li Hua, mayor; Zhao Min, vice mayor; and, other officials."
    name = "The forum was attended by Li Hua, mayor; and, Zhao Min, vice mayor of the city."
    found = check_texts([others, name], ["P336"])
    one = found.filter(pl.col("doc") == 0)
    assert one.height == 1
    assert "other" in one["message"][0]
    assert spans(found.filter(pl.col("doc") == 1), "P336") == [","]


def test_government_without_article_is_one_finding_of_two_rules() -> None:
    # A government named by its place and a lower-case level word: the government's article
    # rule (E817) and the body-name rule (T113) give one piece of advice, E817's with T113's
    # reason; a body's full name in capitals is still T113's alone.
    lower = "The guidelines were issued by Fujian provincial government in May."
    title = "The guidelines were issued by Fuzhou Municipal People's Government in May."
    found = check_texts([lower, title], ["E817", "T113"])
    one = found.filter(pl.col("doc") == 0)
    assert one["code"].to_list() == ["E817"]
    assert "T113" in one["message"][0]
    assert spans(found.filter(pl.col("doc") == 1), "T113") == [
        "Fuzhou Municipal People's Government"
    ]


def test_main_principals_is_one_finding_with_the_principals_reason() -> None:
    # 主要负责人 word for word, "the main principals", was read by two slips, one of them
    # calling it "responsible persons": one finding, whose reason names the school. "The main
    # responsible persons" is still the responsible persons' slip.
    principals = "Wang Li led the main principals of related bureaus to the port on Friday."
    persons = "Wang Li led the main responsible persons to the port on Friday."
    found = check_texts([principals, persons], ["E801"])
    one = found.filter(pl.col("doc") == 0)
    assert one["span"].to_list() == ["principals"]
    assert "school" in one["message"][0]
    other = found.filter(pl.col("doc") == 1)
    assert other["span"].to_list() == ["responsible persons"]


def test_first_person_in_reported_speech_is_one_finding_a_paragraph() -> None:
    # The report that slips into "we" is recast as a whole: its first slipped sentence is
    # flagged and the others counted; another paragraph's slip is its own finding.
    text = _page(
        "Zhou Ming stressed that the port is the city's engine. Next, we must widen the "
        "channel. Then we should open two new berths before the end of the year.",
        "Li Na noted that tourism is growing. We will build three new parks this year.",
    )
    found = check_texts([text], ["E821"])
    assert spans(found, "E821") == ["we", "We"]
    assert "1 more sentence" in found["message"][0]
    assert "more sentence" not in found["message"][1]


def test_plural_of_a_solid_compound_is_not_two_words_glued() -> None:
    # "watchkeepers" is rarer than its singular, which English writes solid; two everyday
    # words glued by a lost space are still reported.
    found = check_texts(
        [
            "The watchkeepers of the reservoir stay on duty through the flood season.",
            "The village cadres and townofficials stay on duty through the flood season.",
        ],
        ["P320"],
    )
    assert spans(found.filter(pl.col("doc") == 0), "P320") == []
    assert spans(found.filter(pl.col("doc") == 1), "P320") == ["townofficials"]


def test_avoided_form_inside_a_quoted_title_is_information() -> None:
    # A forum's theme quoted as it was issued keeps its words: information, no fix applied
    # unattended. The avoided form quoted alone, or outside quotes, is still an error.
    theme = (
        'The theme of the forum in Haikou is "Asia Ahead: Towards a Community of Common Destiny".'
    )
    alone = 'The two sides pledged to build a "community of common destiny" in the region.'
    capitals = "The city backs the “Community of Common Destiny” and the new port in Haikou."
    found = check_texts([theme, alone, capitals], ["T101"])
    cited = found.filter(pl.col("doc") == 0)
    assert cited["severity"].to_list() == ["info"]
    assert cited["fix"].to_list() != ["safe"]
    assert "quoted title" in cited["message"][0]
    plain = found.filter(pl.col("doc") == 1)
    assert plain["severity"].to_list() == ["error"]
    # The form alone between quotes, in capitals: no title beside it, still an error.
    assert found.filter(pl.col("doc") == 2)["severity"].to_list() == ["error"]


def test_keywords_under_an_abstract_are_the_papers_own() -> None:
    # A paper's "Keywords:" line under its "Abstract:" is the paper's; a page's tag list
    # under an article is still residue.
    paper = _page(
        "Proposals on Port Cooperation Along the Coast",
        "Abstract: In the past five years, port cooperation along the coast has made great "
        "progress. In the next phase, the focus will shift to joint planning.",
        "Keywords: port cooperation, coastal cities, joint planning",
        "Coastal cities should plan their ports and their shipping lanes together.",
    )
    news = _page(
        "Coastal cities plan their ports together",
        "The coastal cities of the province agreed on Monday to plan their ports together.",
        "Keywords: port cooperation, coastal cities, joint planning",
    )
    found = check_texts([paper, news], ["R601"])
    assert spans(found.filter(pl.col("doc") == 0), "R601") == []
    assert "Keywords: port cooperation, coastal cities, joint planning" in spans(
        found.filter(pl.col("doc") == 1), "R601"
    )


def test_second_line_of_a_name_set_over_two_lines_is_no_section_label() -> None:
    # A white paper's issuing body over two lines ("… Office of the" over "People's
    # Government of the Province") is the paper's own; a section's label over the headline
    # is still residue.
    paper = _page(
        "Full Text: Green Development in the Coastal Provinces",
        "Source: Xinhua Updated: 2023-05-06",
        "Green Development in the Coastal Provinces",
        "The Information Office of the",
        "People's Government of the Province",
        "Contents",
        "Preamble",
        "The coastal provinces have pursued green development for two decades, and the "
        "results are plain to see.",
    )
    news = _page(
        "City News",
        "Mayor meets trade delegation from the coastal provinces",
        "Source: Xinhua Updated: 2023-05-06",
        "The mayor met a trade delegation from the coastal provinces on Monday and discussed "
        "port cooperation.",
    )
    found = check_texts([paper, news], ["R601"])
    assert "People's Government of the Province" not in spans(
        found.filter(pl.col("doc") == 0), "R601"
    )
    assert "City News" in spans(found.filter(pl.col("doc") == 1), "R601")


def test_party_building_of_parties_worldwide_keeps_its_lower_case() -> None:
    # "party building" after parties in the plural in its sentence is every party's: neither
    # the glossary's capitals (T108) nor the Party's (N207). The county's own party building
    # is still the Communist Party of China's.
    many = (
        "Delegates said that ruling parties around the world should learn from each other "
        "in party building and in serving their people."
    )
    own = "The county will strengthen party building in its villages, the Party secretary said."
    found = check_texts([many, own], ["T108", "N207"])
    assert found.filter(pl.col("doc") == 0).is_empty()
    assert spans(found.filter(pl.col("doc") == 1), "T108") == ["party building"]


def test_scale_industry_is_the_statistics_category_not_a_missing_article() -> None:
    # 规模工业 word for word: T119 names it (industry above designated size); E820 no longer
    # asks for "the" before it. An industry named by its trade still wants "the".
    text = (
        "From January to June, the output value of scale industry rose by 8 percent, and "
        "the output of tourism industry rose by 5 percent."
    )
    found = check_texts([text], ["T119", "E820"])
    assert spans(found, "T119") == ["scale industry"]
    assert spans(found, "E820") == ["tourism industry"]
