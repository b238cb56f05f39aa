"""E821's first person, E801's frames of a day, a visit and a comparison, and the running
text of a paragraph cut short, which the article rules (T113, E807, E817, E820) read.

The sentences are written for these tests, in the register of local-government news.
"""

from __future__ import annotations

import pytest
from helpers import check_texts


@pytest.mark.parametrize(
    ("text", "span", "suggestion"),
    [
        (
            "In the morning of June 3, the mayor met the guests.",
            "In the morning of",
            "On the morning of",
        ),
        (
            "The talks ended in the evening of the same day.",
            "in the evening of",
            "on the evening of",
        ),
        (
            "He left in the afternoon of Sept. 12 for Harbin.",
            "in the afternoon of",
            "on the afternoon of",
        ),
        ("The fair opened in the morning of Friday.", "in the morning of", "on the morning of"),
        (
            "The governor toured the port with the accompany of the mayor.",
            "with the accompany of",
            "accompanied by",
        ),
        (
            "He visited the farm with the company of county head Zhao Min.",
            "with the company of",
            "accompanied by",
        ),
        (
            "The county has taken full use of its hot springs.",
            "taken full use of",
            "made full use of",
        ),
        ("Taking full use of its port, the city grew.", "Taking full use of", "Making full use of"),
        ("The district will push ahead construction of the park.", "push ahead", "push ahead with"),
        ("Sales were higher than the same period of last year.", "than", "than in"),
        ("Output grew faster than the same period of the past three years.", "than", "than in"),
    ],
)
def test_e801_mends_frames_of_translated_news(text: str, span: str, suggestion: str) -> None:
    found = check_texts([text], ["E801"])
    assert found["span"].to_list() == [span]
    assert found["suggestion"].to_list() == [suggestion]


@pytest.mark.parametrize(
    "text",
    [
        "On the morning of June 3, the mayor met the guests.",
        "In the morning, the mayor met the guests.",
        "He spoke of the evening of his life in the morning of his career.",
        "She joined the firm with the company of her choice.",
        "The county made full use of its hot springs.",
        "The district will push ahead with construction and pushed ahead steadily.",
        "Sales were higher than in the same period last year.",
        "Sales were on a par with the same period of 2019.",
    ],
)
def test_e801_leaves_the_right_frames_alone(text: str) -> None:
    assert check_texts([text], ["E801"]).is_empty()


def test_e821_reads_every_first_person_word_of_the_page() -> None:
    report = "Last year we kept growth steady, and the output of our city rose by 6 percent."
    assert check_texts([report], ["E821"]).is_empty()
    news = "The output of our city rose by 6 percent. We will build more roads, the mayor said."
    # "our city" is left alone on a page that says "we"; the mayor's words that end with
    # "the mayor said" and have no quotation marks are reported on their "We".
    assert check_texts([news], ["E821"])["span"].to_list() == ["We"]
    quoted = "“We will build more roads,” he said. The output of our city rose by 6 percent."
    found = check_texts([quoted], ["E821"])
    assert found["span"].to_list() == ["our city"]
    assert found["suggestion"].to_list() == ["the city"]
    assert found["fix"].to_list() == ["unsafe"]


def test_e821_leaves_a_quotation_that_runs_to_the_end_of_its_paragraph() -> None:
    text = (
        "The mayor said: “Our city will open wider, and our province will help.\n\nThe fair closed."
    )
    assert check_texts([text], ["E821"]).is_empty()


_CUT_SHORT = (
    "The two sides met in Harbin on Monday. The deal was signed between Jixi Municipal "
    "Government and a power company to build wind farms, and the officials agreed to meet "
    "again next spring to review the progress of the work on the new"
)


def test_article_rules_read_a_paragraph_cut_short() -> None:
    found = check_texts([_CUT_SHORT], ["T113"])
    assert found["span"].to_list() == ["Jixi Municipal Government"]


def test_article_rules_leave_a_short_unfinished_line_alone() -> None:
    heading = "Deal signed between Jixi Municipal Government and power company"
    assert check_texts([heading], ["T113"]).is_empty()
    # Long, but one sentence with no stop inside: a title or a caption, not running text.
    title = _CUT_SHORT.replace("Monday. The", "Monday, the")
    assert check_texts([title], ["T113"]).is_empty()


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Deputies attended the first session of 14th NPC in Beijing.", "14th NPC"),
        (
            "She is a member of 13th CPPCC National Committee and spoke.",
            "13th CPPCC National Committee",
        ),
        (
            "He spoke on behalf of All-China Women's Federation at the forum.",
            "All-China Women's Federation",
        ),
        ("Wang Qiang, secretary of Party Group and director of the bureau, spoke.", "Party Group"),
        (
            "Li is a member of CPC Dehong Prefecture Committee and spoke.",
            "CPC Dehong Prefecture Committee",
        ),
        (
            "Li, secretary of CPC Jixi Municipal Party Committee, spoke.",
            "CPC Jixi Municipal Party Committee",
        ),
        (
            "She became chairwoman of Guangxi People's Government in May.",
            "Guangxi People's Government",
        ),
        (
            "He was deputy director of Xiamen People's Congress and spoke.",
            "Xiamen People's Congress",
        ),
    ],
)
def test_t113_reads_terms_national_bodies_and_bodies_without_a_level_word(
    text: str, span: str
) -> None:
    found = check_texts([text], ["T113"])
    assert found["span"].to_list() == [span]


@pytest.mark.parametrize(
    "text",
    [
        "Deputies to the first session of the 14th NPC met in Beijing.",
        "Members of 14th NPC delegations met in Beijing.",  # the name modifies a noun
        "He spoke on behalf of the All-China Women's Federation at the forum.",
        "He is secretary of the Party Group of the bureau.",
        "The secretary of Party Group meetings spoke.",
        "She worked for the Guangxi People's Government in May.",
        "He met staff of Xiamen People's Congress Standing Committee offices.",
    ],
)
def test_t113_leaves_these_bodies_with_their_article_alone(text: str) -> None:
    assert check_texts([text], ["T113"]).is_empty()


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("The plenary meeting was held at Jinjiang Hotel on Monday.", "Jinjiang Hotel"),
        ("The guests stayed in Xijiao State Guesthouse.", "Xijiao State Guesthouse"),
        ("Firms seized the opportunity of China-ASEAN Expo to sign deals.", "China-ASEAN Expo"),
    ],
)
def test_e807_reads_hotels_and_names_joined_to_an_abbreviation(text: str, span: str) -> None:
    found = check_texts([text], ["E807"])
    assert found["span"].to_list() == [span]


def test_e807_leaves_a_hotel_with_its_article_or_as_a_modifier_alone() -> None:
    assert check_texts(["The meeting was held at the Jinjiang Hotel."], ["E807"]).is_empty()
    assert check_texts(["He met at Jinjiang Hotel staff canteen."], ["E807"]).is_empty()


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        (
            "Zhao Lin stressed that the flood season is near. We must check every dyke at once.",
            ["We"],
        ),
        ("The deputy mayor pointed out that we must keep the checkpoints open.", ["we"]),
        ("He said, since January we have built 40 schools in the county.", ["we"]),
        # Once a paragraph: its first slipped sentence, the others counted in the message.
        (
            "The meeting emphasized: this winter we will heat every home. Our province must"
            " stock coal early, and we should act now.",
            ["we"],
        ),
        ("Chen Hua noted that today we are here to sign the deal.", ["we"]),
        ("The bureau added that exports of our city rose; we expect more.", ["our"]),
    ],
)
def test_e821_finds_the_first_person_in_a_report_of_what_was_said(
    text: str, spans: list[str]
) -> None:
    found = check_texts([text], ["E821"])
    assert found["span"].to_list() == spans
    assert found["suggestion"].to_list() == [None] * len(spans)


@pytest.mark.parametrize(
    "text",
    [
        # Quoted words keep the speaker's voice.
        "Zhao Lin stressed that the flood season is near. “We must check every dyke.”",
        "The mayor said: “We will open the bridge in May, and our city will grow.”",
        # Reported in the third person.
        "Zhao Lin stressed that the county must check every dyke at once.",
        # A speech or a report speaks as “we” throughout; a report inside it is no slip.
        "Last year we built 40 schools.\n\nAs the premier pointed out, we must do more.",
        "We kept growth steady.\n\nThe premier stressed that we must do more.",
        "As General Secretary Xi Jinping pointed out, we must stay true to our mission.",
        # The speaker reports himself, or reads what another said.
        "I said that we would finish the bridge by May.",
        "From what the official said, we can tell that the plan has failed.",
        # An interview's answer speaks for the one answering.
        "A: The minister said that the talks went well, and we welcome that.",
        # The first person comes before any report.
        "We met the mayor, who said that the bridge will open in May.",
        # "US" is a country, and a verb of saying without “that” or a comma reports nothing.
        "He said the US will send us a team.",
    ],
)
def test_e821_leaves_quotes_speeches_and_third_person_reports_alone(text: str) -> None:
    assert check_texts([text], ["E821"]).is_empty()


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        (
            "The meeting stressed that the county must keep growth steady. Implement the new"
            " projects and attract investors. Accelerate the building of roads.",
            # once a paragraph: the second bare instruction is counted in the message
            ["Implement"],
        ),
        (
            "Sun Mei pointed out that the task is arduous; Adhere to the plan and ensure safety.",
            ["Adhere"],
        ),
        (
            "The meeting emphasized that rivers must be cleaned.  Vigorously promote green"
            " farming in every township.",
            ["Vigorously"],
        ),
    ],
)
def test_e822_finds_a_bare_instruction_in_a_report(text: str, spans: list[str]) -> None:
    found = check_texts([text], ["E822"])
    assert found["span"].to_list() == spans
    assert found["suggestion"].to_list() == [None] * len(spans)


@pytest.mark.parametrize(
    "text",
    [
        # No report before the instruction: a plan's list or a heading.
        "Implement the new projects. Accelerate the building of roads.",
        "The county built 40 schools. Promote the reform, the plan says.",
        # Quoted words, and an interview's answer.
        "The mayor said: “We have a plan. Implement it now.” The county agreed.",
        "A: He said that the task is hard. Implement the plan, I told them.",
        # A verb that may be a noun, and a capital after the verb (a name).
        "The mayor said that the fund grew. Support from banks rose by 8 percent.",
        "The chief said that trade grew. Promote Dalian is the name of the fair.",
        # The report comes after the sentence.
        "Implement the plan first, the mayor said, and the county agreed.",
    ],
)
def test_e822_leaves_lists_quotes_and_nouns_alone(text: str) -> None:
    assert check_texts([text], ["E822"]).is_empty()
