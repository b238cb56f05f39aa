"""The article rules widened this round: a day named by its number alone (E824), a
five-year plan by its number without "the" (E825), a republic named by its adjective and a
country's mission abroad (E807), a level's bodies named by the level word alone and a
delegation inside a longer name (E817), a local body by its term and a body after "that"
and an opening phrase (T113), and a list of sights each with "the" (E827). Positive and
negative cases, in the register of local-government news."""

from __future__ import annotations

import pytest
from helpers import check_texts, spans

# code -> (texts with the span each must report, texts that must stay silent)
CASES: dict[str, tuple[list[tuple[str, str]], list[str]]] = {
    "E824": (
        [
            ("On the 16th, the vice mayor inspected the dikes along the river.", "the 16th"),
            ("The group arrived on 16th and toured the port the same day.", "16th"),
            ("On the afternoon of the 12th, the county held a safety meeting.", "the 12th"),
            ("The plan was adopted by the standing committee on the 26th.", "the 26th"),
        ],
        [
            "On May 16, the vice mayor inspected the dikes along the river.",
            "The rally was held on the 16th of May in the square.",
            "The rally was held on 16th May in the square.",
            "The office is on the 16th floor of the tower.",
            "The bulletin comes out on the 10th, 20th and 30th of each month.",
            "Fees are paid on the 5th, every month, at the hall.",
            "The fair ran from May 14 to 18, and on the 16th, a forum opened.",
            "The group left the same day and came back on the 3rd day.",
            "Forum Opens On the 16th",  # a heading
        ],
    ),
    "E825": (
        [
            ("The bureau set its targets for 14th Five-Year Plan in May.", "14th Five-Year Plan"),
            (
                "During 13th Five-Year Plan period, the county built three schools.",
                "13th Five-Year Plan",
            ),
            (
                "It is the first year of “14th Five-Year Plan” for the town.",
                "“14th Five-Year Plan",
            ),
            ("Work on Fourteenth Five-Year Plan began in the spring.", "Fourteenth Five-Year Plan"),
            ("Output rose fast in 13th five-year plan period.", "13th five-year plan"),
        ],
        [
            "The bureau set its targets for the 14th Five-Year Plan in May.",
            "The county carried out China's 14th Five-Year Plan in full.",
            "Output grew in the 13th and 14th Five-Year Plans.",
            "The county's 14th Five-Year Plan was approved in March.",
            "Targets for 14th Five-Year Plan Set",  # a heading
        ],
    ),
    "E807": (
        [
            ("The mayor met a trade delegation from Czech Republic on Monday.", "Czech Republic"),
            ("Ties between Ningbo and Czech Republic have grown fast.", "Czech Republic"),
            (
                "Cooperation between Czech Republic and the city has a long history.",
                "Czech Republic",
            ),
            (
                "He met officials of Consulate General of France in Chengdu on Monday.",
                "Consulate General of France",
            ),
            ("The mayor attended a reception at Embassy of Italy on Friday.", "Embassy of Italy"),
            # an ordinal session whose head is its first word
            (
                "He was elected at 1st Session of the 14th Municipal People's Congress.",
                "1st Session",
            ),
        ],
        [
            "The mayor met a trade delegation from the Czech Republic on Monday.",
            "They visited Czech Republic High-tech Park in the spring.",  # modifies a name
            "He met officials of the Consulate General of France in Chengdu.",
        ],
    ),
    "E817": (
        [
            (
                "The plan was approved by Municipal Party Committee and issued in March.",
                "Municipal Party Committee",
            ),
            (
                "The director of Municipal People's Congress presided over the meeting.",
                "Municipal People's Congress",
            ),
            (
                "The meeting elected members of Municipal People's Congress Standing Committee.",
                "Municipal People's Congress Standing Committee",
            ),
            (
                "Li Lin, vice chairman of municipal committee, attended the meeting.",
                "municipal committee",
            ),
            (
                "He thanked standing committee of municipal people's congress for its support.",
                "standing committee of municipal people's congress",
            ),
        ],
        [
            "The plan was approved by the Municipal Party Committee in March.",
            "He is secretary of the Standing Committee of the 13th Municipal People's Congress.",
            "Members of Municipal People's Congress delegations met in the hall.",
            # a delegation inside a longer name or after an abbreviation
            "The mayor met the U.S. Congressional Delegation at the hotel.",
            "On Monday, the mayor met with the U.S. House of Representatives Delegation.",
            # T103's glossary title reports it whole
            "Li Lin, secretary of Municipal Party Committee, presided over the meeting.",
        ],
    ),
    "T113": (
        [
            (
                "The city studied the spirit of the 2nd Plenary Session of 13th CPC Municipal "
                "Committee in May.",
                "13th CPC Municipal Committee",
            ),
            (
                "He attended the first session of 7th CPPCC Municipal Committee in Linyi.",
                "7th CPPCC Municipal Committee",
            ),
            (
                "He said that in 2009, Dalian Municipal Government signed a protocol with the "
                "ward.",
                "Dalian Municipal Government",
            ),
            (
                "The 12th meeting of Standing Committee of the 16th Municipal People's Congress "
                "closed.",
                "Standing Committee",
            ),
        ],
        [
            "The city studied the spirit of the 2nd Plenary Session of the 13th CPC Municipal "
            "Committee.",
            "Li Wei is investigated by the Communist Party of China Central Commission for "
            "Discipline Inspection.",
            "He said that in 2009, the Dalian Municipal Government signed a protocol.",
            "The 12th meeting of the Standing Committee of the 16th Municipal People's Congress "
            "closed.",
        ],
    ),
    "E827": (
        [
            ("Tourists came to the Matou Village in May.", "the Matou Village"),
            ("They walked around the Qinghai Lake and the Chaka Lake.", "the Qinghai Lake"),
        ],
        [
            # a list of sights, each with "the"
            "Visitors can tour the Stone Forest, the Dianchi Lake and the Jiuxiang Cave.",
            "The route links the Erhai Lake, the Cangshan Mountain and the old town.",
            "Scenic spots include the Lingyin Temple and the Qiandao Lake.",
        ],
    ),
}


# One test per text, so that a failure names the text it is about.
_BAD = [(code, text, span) for code, (bad, _) in CASES.items() for text, span in bad]
_GOOD = [(code, text) for code, (_, good) in CASES.items() for text in good]


@pytest.mark.parametrize(("code", "text", "span"), _BAD)
def test_rule_reports_the_slip(code: str, text: str, span: str) -> None:
    assert span in spans(check_texts([text], [code]), code)


@pytest.mark.parametrize(("code", "text"), _GOOD)
def test_rule_stays_silent_on_good_english(code: str, text: str) -> None:
    assert spans(check_texts([text], [code]), code) == []
