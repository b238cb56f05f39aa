"""The article rules widened this round: an event named with its year or ordinal, or as
the subject of its clause, without "the" (E807); the Party Central Committee, a Party
committee after a title and an academy of sciences without "the" (T113). Positive and
negative cases, in the register of local-government news."""

from __future__ import annotations

import pytest
from helpers import check_texts, spans

# code -> (texts with the span each must report, texts that must stay silent)
CASES: dict[str, tuple[list[tuple[str, str]], list[str]]] = {
    "E807": (
        [
            # an event named with its year, as the subject after an opening phrase
            (
                "On the morning of May 12, 2024 Coastal Tourism Development Conference opened "
                "in Weihai.",
                "2024 Coastal Tourism Development Conference",
            ),
            (
                "On June 2 to 3, 2021 Hill County Rural Revitalization Summit was held in Longxi.",
                "2021 Hill County Rural Revitalization Summit",
            ),
            (
                "After the fair, 2022 Hunan (Shenzhen) Key Parks Investment Conference was held.",
                "2022 Hunan (Shenzhen) Key Parks Investment Conference",
            ),
            # without a year, after an opening phrase, ", and" or "that"
            (
                "On October 9th, Jinzhou International Investment and Trade Conference was held.",
                "Jinzhou International Investment and Trade Conference",
            ),
            (
                "Trade grew fast, and China-Central Asia Expo is playing a bigger role.",
                "China-Central Asia Expo",
            ),
            (
                "He added that China-Central Asia Business Forum will be held during the fair.",
                "China-Central Asia Business Forum",
            ),
            # an ordinal leads the name as a year does
            (
                "The office gave updates on preparations for 1st World Jinzhou Merchants "
                "Convention.",
                "1st World Jinzhou Merchants Convention",
            ),
            # the numbered formulations, quoted or not
            ("Cadres enhanced Four Consciousnesses in May.", "Four Consciousnesses"),
            ("Cadres must resolutely do “two upholds”, he said.", "“two upholds”"),
            (
                "Lin Tao spoke at 2nd Plenary Session of the county committee.",
                "2nd Plenary Session",
            ),
        ],
        [
            # with the article
            "On May 12, the 2024 Coastal Tourism Development Conference opened in Weihai.",
            "He added that the China-Central Asia Business Forum will be held in June.",
            "The office gave updates on preparations for the 1st World Jinzhou Merchants "
            "Convention.",
            # a festival without its year or ordinal is written bare
            "Spring Festival is the most important holiday, and Lantern Festival follows it.",
            # a list of names, with no verb after the name
            "The Canton Fair, China-ASEAN Expo and Boao Forum were named.",
            # the name modifies a noun; a determiner; a date before a month
            "China-ASEAN Expo Secretariat said the fair would open on time.",
            "Each Expo has its own theme. The rally was held on 13th March.",
            "They grasped the significance of the “two establishments” and the Four Confidences.",
            "Its Four Confidences are firm.",
            # a heading
            "2024 Coastal Tourism Development Conference Opens in Weihai",
        ],
    ),
    "T113": (
        [
            (
                "They upheld his core status in Party Central Committee, as the meeting required.",
                "Party Central Committee",
            ),
            (
                "Wang Lin, secretary of CPC Committee of the county hospital, spoke.",
                "CPC Committee",
            ),
            (
                "Zhang Lin of Chinese Academy of Social Sciences, a rural expert, spoke.",
                "Chinese Academy of Social Sciences",
            ),
            (
                "The summit was hosted in Sichuan Academy of Agricultural Sciences, Chengdu.",
                "Sichuan Academy of Agricultural Sciences",
            ),
        ],
        [
            "They upheld the centralized leadership of the Party Central Committee.",
            "Wang Lin is secretary of the CPC Committee of the county hospital.",
            "Members of Party Central Committee departments came to the county.",
            "The CPC Committee of the hospital met on Monday.",
            "He works at the Chinese Academy of Sciences, in Beijing.",
            "Chinese Academy of Sciences researchers came to the county.",  # modifies a noun
        ],
    ),
}


@pytest.mark.parametrize("code", sorted(CASES))
def test_widened_rule_flags_bad_text(code: str) -> None:
    for text, span in CASES[code][0]:
        found = spans(check_texts([text], [code]), code)
        assert span in found, f"{code} missed {span!r} in {text!r}: {found}"


@pytest.mark.parametrize("code", sorted(CASES))
def test_widened_rule_leaves_good_text_alone(code: str) -> None:
    for text in CASES[code][1]:
        found = spans(check_texts([text], [code]), code)
        assert found == [], f"{code} cried wolf on {text!r}: {found}"
