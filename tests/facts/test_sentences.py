"""Sentence splitting keeps exact offsets and does not cut at abbreviations or decimals."""
from scrapers.facts.sentences import split_sentences


def texts(t: str) -> list[str]:
    return [s.text for s in split_sentences(t)]


def test_offsets_are_exact():
    t = "  第一句。第二句！\n\nThird one. Fourth?"
    for s in split_sentences(t):
        assert t[s.start:s.end] == s.text


def test_chinese_ends_and_semicolons():
    assert texts("规模超过4000亿元；企业超过3000家。下一句") == ["规模超过4000亿元；", "企业超过3000家。", "下一句"]


def test_english_abbreviations_initials_and_decimals_do_not_split():
    t = "Mr. Ren said 2.31 million in the U.S. market. J. Smith agreed. Spending rose in R&D. Over 60 percent."
    assert texts(t) == ["Mr. Ren said 2.31 million in the U.S. market.", "J. Smith agreed.",
                        "Spending rose in R&D.", "Over 60 percent."]
