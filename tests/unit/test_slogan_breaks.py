"""Where a Vietnamese slogan may be broken into lines."""

from vnhr_desktop.domain.slogan_breaks import INSIDE_WORD, PLAIN, break_cost


def cost_before(text: str, word: str) -> float:
    words = text.split()
    return break_cost(words, words.index(word))


def test_breaks_inside_common_words_cost_most():
    assert cost_before("Việt Nam ưu tiên thực hiện các cam kết", "hiện") == INSIDE_WORD
    assert cost_before("các cam kết quốc tế về quyền con người", "tế") == INSIDE_WORD
    assert cost_before("đẩy lùi nạn mua, bán người", "bán") == INSIDE_WORD
    assert cost_before("kỷ niệm 76 năm Ngày Nhân quyền", "năm") == INSIDE_WORD


def test_breaks_before_phrase_openers_and_after_punctuation_are_free():
    assert cost_before("Bảo đảm quyền con người cho tất cả mọi người", "cho") == 0
    assert cost_before("cho các tôn giáo phát triển, đồng hành cùng dân tộc", "đồng") == 0
    assert cost_before("Việt Nam ưu tiên", "ưu") == PLAIN
