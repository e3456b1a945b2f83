"""cleaner/features.py restates some of the heuristics' line shapes as array formulas, for
every row at once: they must read each line as heuristics.LineInfo does."""

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
