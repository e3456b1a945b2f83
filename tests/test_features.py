"""cleaner/features.py restates some of the heuristics' line shapes as array formulas, for
every row at once: they must read each line as heuristics.LineInfo does."""

import re

import numpy as np
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from cleaner import features
from cleaner import heuristics as h
from cleaner.model import split_lines, strip_line
from cleaner.normalize import normalize_lines
from cleaner.rules import default_rules

# Lines on both sides of every test of LineInfo.label: four and five words, with and without
# a sentence end (of several scripts) or a bracket, bullets, numbers, body prose, CJK text
# (counted by characters), rule hits, verse (body once mark_verse has read its run) and
# blank or invisible lines.
VARIED = [
    "Home", "World news", "Sport and more news", "Sport and more world news", "Four words end here.",
    "Comments (3)", "Tags: a, b", "Share", "By Jane Doe", "© 2025 Example", "1", "12:40",
    "• Rates rise again", "- A list item that ends.", "1. First point", "اقرأ أيضا", "المصدر: وكالة",
    "قال الوزير إن بلاده مستعدة؟", "روسيا تتهم أوكرانيا", "东京 新闻", "东京都知事选举结果今天公布了", "日本語のニュース。",
    "The council will vote on the plan next month, after a consultation that runs until May.",
    "Councillors in Portbury have approved a plan to replace the town's old fish market with flats",
    "The wind blew low,", "the river ran slow,", "the lamps went out,", "and we slept on,", "", "   ", "\u200f", "\ufeffTitle", "Photo: Reuters", "Read more: A headline",
    "«Quoted title»", "Ends with a colon:", "A question without a mark", "x" * 120,
]
PAGES = st.lists(st.one_of(st.sampled_from(VARIED), st.text(max_size=60)), min_size=1, max_size=40)


def analysed(lines: list[str]) -> h.Page:
    """The page as the engine analyses it (engine.decide_lines): shapes, then verse as body."""
    stripped = [strip_line(line) for line in split_lines("\n".join(lines))]
    page = h.analyse(stripped, normalize_lines(stripped), default_rules().matcher_for((), None))
    h.mark_verse(page)
    return page


def check_labels_agree(lines: list[str]) -> None:
    page = analysed(lines)
    matrix, indexes = features.document_features(page)
    assert list(matrix[:, features.COLUMNS["label"]]) == [float(page[i].label) for i in indexes]
    # label_runs spells LineInfo.label out too; with runs of one and no bullets it takes
    # exactly the labels (a ruled line that is not one is looked past, never taken).
    no_bullets = [line for line in page if not line.bullet]
    expected = [line.index for line in no_bullets if line.label]
    assert h.label_runs(h.Page(no_bullets), 0, len(no_bullets), 1) == expected


def test_the_features_label_is_line_info_label_on_a_varied_page():
    page = analysed(VARIED)
    assert any(line.label for line in page) and any(not line.label and not line.blank for line in page)
    assert any(line.body and line.words <= h.LABEL_MAX_WORDS for line in page)  # verse
    check_labels_agree(VARIED)


@settings(max_examples=150, deadline=None)
@given(PAGES)
def test_the_features_label_is_line_info_label_on_any_page(lines):
    check_labels_agree(lines)


# Lines whose ends, starts and words the array formulas must read as str methods do: colons
# of two widths, form marks, figures outside the ASCII range and outside the Basic
# Multilingual Plane (a superscript and a mathematical digit are str.isdigit() too), links,
# lines that repeat with other figures, and a credit line for each of heuristics._CREDIT_WORDS
# alone (credited_lines searches only lines holding one: a word left out shows here).
MARKED = [
    "Name (*):", "Email *", "Website:", "Note：", "(*)", "*)", "a(*)", "²nd place", "𝟏 point", "٣ نقاط",
    "Reply", "Reply", "Score: 3", "Score: 12", "12:42 PM", "3:05 AM", "mail me at a@b.example",
    "see www.example.org", "https://example.org/path", "𝒜 script capital", "東京 2025",
    "Photo: Jane Doe", "photographers", "The mayor spoke (AFP)", "(reuters) says", "Rescuers (AP)",
    "Crowds at the harbour (dpa", "and more)", "Getty Images", "(epa)", "separate", "تصوير: أحمد",
    "(ا ف ب)", "фото: ТАСС", "Fotograf: Jan", "image credit", "apathy (ap", "ap photo", "Floods (dpa)",
    "Picture: Ann Lee", "Credit: Bob Ray", "Getty", "Images from the day", "صورة أرشيفية", "عكس السير",
    "(أرشيفية)", "Archivbild: dpa", "(Archivfoto)", "(फाइल फोटो)", "Φωτογραφία: Eurokinissi", "צילום: יוסי כהן",
]
MARKED_PAGES = st.lists(st.one_of(st.sampled_from(VARIED + MARKED), st.text(max_size=40)), min_size=1, max_size=40)


def word_units(norm: str) -> set[str]:
    """The cohesion features' words of a normalised line: four characters or more between
    spaces, and the heuristics' character pairs for a word of a script with no spaces between
    words (Chinese, Japanese, Thai, Khmer ...)."""
    units = set()
    for word in norm.split(" "):
        units.update(h.tokens(word) if h.holds_spaceless(word) else [word] * (len(word) >= 4))
    return units


def check_line_marks_agree(lines: list[str]) -> None:
    """The features read each row's text and normalised text as the per-line definitions."""
    page = analysed(lines)
    matrix, indexes = features.document_features(page)
    rows = [page[index] for index in indexes]
    shapes = [re.sub(r"\d+", "0", line.norm) for line in rows]
    expected = {
        "ends_colon": [line.text[-1] in ":：" for line in rows],
        "form_label": [line.text.endswith(("(*)", "*", ":")) for line in rows],
        "starts_digit": [line.text[0].isdigit() for line in rows],
        "link_text": ["http" in line.norm or "www." in line.norm or "@" in line.norm for line in rows],
        "duplicate": [[other.norm for other in rows].count(line.norm) > 1 for line in rows],
        "repeated_shape": [shapes.count(shape) > 1 for shape in shapes],
        "content_words": [len(word_units(line.norm)) for line in rows],
        "table_cell": [line.index in h.table_lines(page, 0, len(page)) for line in rows],
        "credit": [not line.body and h.looks_like_caption(line) for line in rows],
    }
    for name, values in expected.items():
        assert list(matrix[:, features.COLUMNS[name]]) == [float(value) for value in values], name


def test_the_line_marks_are_the_per_line_definitions_on_a_marked_page():
    page = analysed(MARKED + VARIED)
    matrix, _ = features.document_features(page)
    for name in ("ends_colon", "form_label", "starts_digit", "link_text", "duplicate", "repeated_shape",
                 "credit"):
        assert matrix[:, features.COLUMNS[name]].any(), name
    check_line_marks_agree(MARKED + VARIED)


@settings(max_examples=150, deadline=None)
@given(MARKED_PAGES)
def test_the_line_marks_are_the_per_line_definitions_on_any_page(lines):
    check_line_marks_agree(lines)


# A short Chinese headline over its story: the only word they share is the pair "渡轮" (ferry).
FERRY_STORY = [
    "渡轮票决",
    "市议会周二晚上就新渡轮航线进行了表决，结果以七票对五票通过，新航线将于明年春天开通。",
    "支持者说，渡轮将把岛上居民前往市中心的时间缩短一半，并减少桥上的交通拥堵。",
    "反对者则担心码头附近的噪音和停车问题，他们表示将继续向市政府提出意见。",
]


def test_a_chinese_headline_shares_character_pairs_with_its_story():
    page = analysed(FERRY_STORY)
    matrix, indexes = features.document_features(page)
    headline = indexes.index(0)
    # 渡轮, 轮票, 票决: one of the three pairs is in the story (a space-split word, the whole
    # headline, was in none of it).
    assert matrix[headline, features.COLUMNS["content_words"]] == 3
    assert matrix[headline, features.COLUMNS["cohesion"]] == np.float32(1 / 3)
    assert matrix[headline, features.COLUMNS["reappears_below"]] == np.float32(1 / 3)


def scanned_tables(page: h.Page, begin: int, end: int, dropped) -> set[int]:
    """table_lines() as a scan of every line: runs of short lines that are not prose, where a
    blank line, one a rule removes anywhere and a dropped one are passed over."""
    found, run = set(), []
    for line in [*page[begin:end], None]:
        if line is not None and (line.blank or h._removed_anywhere_even_in_a_table(line) or dropped(line.index)):
            continue
        if line is not None and not line.body and line.words <= h.TABLE_CELL_MAX_WORDS:
            run.append(line)
            continue
        if len(run) >= h.TABLE_MIN_LINES and h._is_table(run):
            found.update(item.index for item in run)
        run = []
    return found


TABLE = ["Standings", "1", "Portbury Town", "20", "45", "2", "Brookfield United", "20", "41", "3",
         "Ashcombe Rovers", "20", "38", "4", "Eastleigh Athletic", "20", "33"]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(TABLE + VARIED), st.just("")), min_size=1, max_size=50),
       st.integers(0, 50), st.integers(0, 50), st.sets(st.integers(0, 50)))
def test_table_lines_over_the_page_runs_is_the_scan_of_every_line(lines, begin, end, dropped):
    page = analysed(lines)
    assert h.table_lines(page, begin, end, dropped.__contains__) == scanned_tables(page, begin, end,
                                                                                  dropped.__contains__)


def test_a_table_is_found_in_part_of_a_page_and_around_dropped_lines():
    page = analysed(["The league closed its season on Saturday, and the table reads as follows, "
                     "with one match still to play.", *TABLE[1:], "Read the full report in our paper tomorrow, "
                     "with all the scores, the scorers and the crowds."])
    whole = h.table_lines(page, 0, len(page))
    assert whole == set(range(1, len(TABLE)))
    assert h.table_lines(page, 4, len(page), {7}.__contains__) == scanned_tables(page, 4, len(page), {7}.__contains__)
    assert h.table_lines(page, 4, 8, lambda index: False) == set()  # too short a run left


def test_no_letter_opens_a_number_cell():
    """_is_table asks _NUMBER_CELL only of cells that do not open on a letter: no code point
    that str.isalpha() takes may be one the pattern's class takes (the regex module's Unicode
    tables are not Python's)."""
    first = regex.compile(h._NUMBER_CELL.pattern.replace("^", "").replace("+$", ""))
    letters = (chr(code) for code in range(0x110000) if not 0xD800 <= code <= 0xDFFF)
    assert [char for char in letters if char.isalpha() and first.fullmatch(char)] == []


def test_every_chinese_or_japanese_character_has_a_listed_lead_byte():
    """analyse asks _CJK_CHAR of a page's lines only when its UTF-8 holds one of these bytes."""
    chars = (chr(code) for code in range(0x3000, 0x10000) if not 0xD800 <= code <= 0xDFFF)
    assert [char for char in chars if h._CJK_CHAR.match(char) and char.encode()[:1] not in h._CJK_LEAD_BYTES] == []

    def may_hold(text):
        return h._may_hold(text.encode(), h._CJK_LEAD_BYTES)
    assert not may_hold("Café, كتب, — “quoted” …") and may_hold("東京") and may_hold("ｶﾀｶﾅ")


def test_every_letter_of_a_script_without_spaces_has_listed_lead_bytes():
    """analyse counts the Thai, Lao, Tibetan and Khmer letters of a page's lines only
    when its UTF-8 holds one of these pairs of bytes."""
    letters = (chr(code) for code in range(0x0800, 0x10000) if not 0xD800 <= code <= 0xDFFF)
    assert [char for char in letters if h._UNSPACED_LETTER.match(char)
            and char.encode()[:2] not in h._UNSPACED_LEAD_BYTES] == []
    assert not h._may_hold("Café, كتب, हिंदी, 東京".encode(), h._UNSPACED_LEAD_BYTES)


def test_the_sign_mask_is_the_heuristics_class_of_scripts_without_spaces_on_every_code_point():
    """_content_words finds the words holding signs of a script with no spaces between words
    by code point ranges, where tokens() asks _SPACELESS_CHAR."""
    codes = np.arange(0x110000)
    expected = [h._SPACELESS_CHAR.match(chr(code)) is not None for code in range(0x110000)]
    assert features._spaceless_mask(codes).tolist() == expected


def test_no_code_point_casefolds_to_a_space_or_a_line_break():
    """_spaceless_units splits the casefolded words at their spaces, and the rows at line breaks."""
    chars = (chr(code) for code in range(0x110000) if not 0xD800 <= code <= 0xDFFF)
    assert [char for char in chars if char not in " \n" and (" " in char.casefold() or "\n" in char.casefold())] == []


# Words of Chinese and Japanese signs with Latin letters, figures, punctuation and letters that
# casefold to two ("ß", "ﬁ") inside them, and plain words around them.
SIGNED_PIECES = ["渡轮", "票决", "东京", "ｶﾀｶﾅ", "ひらがな", "abc", "ABCD", "Straße", "ﬁnal", "2025", "x", "、", ",",
                 "-", "·", "é", "\u0301", "“", " "]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.lists(st.sampled_from(SIGNED_PIECES), min_size=1, max_size=12).map("".join),
                min_size=1, max_size=12))
def test_the_content_words_of_a_page_with_signs_are_the_heuristics_tokens(lines):
    """Which lines each word unit (a space-split word of four characters or more, or a
    signed word's tokens) occurs on, as the per-word definition reads them: the numbers
    _content_words gives the units are its own, the lines they share are not."""
    norms = [line for line in normalize_lines(lines) if line]
    if not norms:
        return
    line_of, word_of = features._content_words(features._Joined(norms))
    found: dict[int, list[int]] = {}
    for line, word in zip(line_of.tolist(), word_of.tolist()):
        found.setdefault(word, []).append(line)
    expected: dict[str, list[int]] = {}
    for line, norm in enumerate(norms):
        for unit in word_units(norm):
            expected.setdefault(unit, []).append(line)
    assert sorted(found.values()) == sorted(expected.values())
