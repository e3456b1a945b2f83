"""Normalisation for matching: the spellings a scrape uses for one marker fold to one key."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cleaner.normalize import MATCH_WINDOW, normalize, normalize_lines


@pytest.mark.parametrize("spelling", [
    "إقرأ أيضاً:",  # hamza forms, tanwin
    "اقرأ ايضا:",
    "اقـــرأ أيضًا:",  # tatweel
    "  إقرأ\u00a0 أيضاً:  ",  # no-break space, runs of spaces
])
def test_arabic_spellings_of_read_also_fold_to_one_key(spelling: str):
    assert normalize(spelling) == "اقرا ايضا:"


@pytest.mark.parametrize("raw, folded", [
    ("كلمات دلالية", "كلمات دلاليه"),  # ta marbuta
    ("مقالات مشابهة", "مقالات مشابهه"),
    ("\u06a9\u06cc", "\u0643\u064a"),  # Persian kaf and yeh
    ("مستشفى", "مستشفي"),  # alef maqsura
    ("٢٠٢٦/١١/٢٣", "2026/11/23"),  # Arabic-Indic digits
    ("۱۴۰۵", "1405"),  # Persian digits
    ("Read Also — «Paris»", 'read also - "paris"'),  # case, dashes, guillemets
    ("Lire aussi\u00a0: l’été", "lire aussi : l'ete"),  # accents, apostrophe
    ("STRASSE Straße", "strasse strasse"),
    ("نوی\u200cسنده", "نوي سنده"),  # zero-width non-joiner counts as a space
    ("a\tb\x1fc\u2003d", "a b c d"),  # tab, unit separator, em space
    ("\ufeff\u200bTags\u200e:", "tags:"),  # BOM and invisible marks
    ("الرياض ـ خالد", "الرياض - خالد"),  # tatweel opening a word is a dateline's dash
    ("ـــ جدة", "- جده"),
    ("ــــــــــ", ""),  # a drawn rule of tatweel is blank
    ("الـرياض بـ 5 ولـCNN", "الرياض ب 5 ولcnn"),  # inside and after a letter it only stretches
])
def test_letter_forms_marks_digits_and_spaces_fold(raw: str, folded: str):
    assert normalize(raw) == folded


def test_only_the_head_of_a_line_is_normalised():
    assert normalize("x" * (MATCH_WINDOW + 50)) == "x" * MATCH_WINDOW


def test_a_document_folds_line_by_line_into_as_many_lines():
    lines = ["إقرأ أيضاً:", "", "  Tags :\tpolitics ", "x" * 300]
    assert normalize_lines(lines) == ["اقرا ايضا:", "", "tags : politics", "x" * MATCH_WINDOW]


@given(st.lists(st.text(st.characters(blacklist_characters="\n")), max_size=8))
def test_folding_a_whole_document_equals_folding_each_line(lines: list[str]):
    assert normalize_lines(lines) == [normalize(line) for line in lines]


def test_a_pointer_before_a_marker_is_not_matched_but_a_symbol_alone_or_a_copyright_sign_is():
    bare = ["Read also: Council approves the budget", "ΔΙΑΒΑΣΤΕ ΕΠΙΣΗΣ: Νέο σχέδιο", "관련기사 : 새 예산"]
    pointed = ["► " + bare[0], "👉 " + bare[1], "▶" + bare[2]]
    assert normalize_lines(pointed) == normalize_lines(bare) == [normalize(line) for line in pointed]
    # A pointer with nothing after it, and signs that are no pointer, stay for the rules.
    assert normalize_lines(["© 2024 Example Media", "↑", "■"]) == ["© 2024 example media", "↑", "■"]


@pytest.mark.parametrize("story, marker, rule_id", [
    (["The river rose ten metres overnight and flooded the lower town, where hundreds of families had "
      "to leave their homes before dawn.",
      "The mayor said the town would open two schools as shelters and asked residents to stay away from "
      "the river until engineers had checked the bridges."],
     "► Read also: Council approves the budget for next year", "en.read-also"),
    (["Ngay phút thứ 12, tiền đạo của đội chủ nhà mở tỷ số bằng cú đánh đầu sau quả phạt góc bên cánh "
      "trái, và đây là bàn thắng thứ tám của anh tại giải năm nay.",
      "Sau giờ nghỉ, đội khách tiếp tục gây sức ép nhưng không thể ghi bàn, trong khi thủ môn chủ nhà "
      "liên tục có những pha cứu thua xuất sắc để giữ vững cách biệt."],
     ">>> Xem thêm: Kết quả vòng 10 mới nhất của giải đấu", "vi.read-also"),
])
def test_a_read_also_line_behind_an_arrow_goes_as_the_marker(story, marker, rule_id):
    from cleaner import clean

    result = clean("\n".join([story[0], marker, story[1]]))
    assert result.text.split("\n") == story
    assert [removal.rule_id for removal in result.removals] == [rule_id]


def test_two_or_more_ascii_arrows_before_a_marker_are_a_pointer_but_one_or_a_bullet_is_not():
    assert normalize_lines([">>> Xem thêm: Giá xăng tăng", ">> Read also: A"]) == ["xem them: gia xang tang", "read also: a"]
    # One ">" quotes an e-mail, "›" bullets a list, ">5" is a figure: the text behind them stays theirs.
    assert normalize_lines(["> Comments are closed, as they were", "› Comments", ">5 km"]) == \
        ["> comments are closed, as they were", "› comments", ">5 km"]


def test_a_double_arrow_after_a_markers_words_reads_as_its_colon_but_a_menus_path_does_not():
    assert normalize("مزید پڑھیں >> بابر اعظم کا بیان") == normalize("مزید پڑھیں: بابر اعظم کا بیان")
    assert normalize("Read more>>Council approves the budget") == "read more: council approves the budget"
    # One word over it, a second ">>" or nothing after it: a menu's path or a link's end.
    for path in ["Tags >> Manage devices", "Photos >> Albums >> Hidden", "Read more >>", "詳しくはこちら >>"]:
        assert ":" not in normalize(path)
