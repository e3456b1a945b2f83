"""Properties that hold for any input, checked on arbitrary unicode (RTL, no-break spaces,
control characters, text with and without newlines)."""

from hypothesis import example, given, settings
from hypothesis import strategies as st

from cleaner import clean, heuristics
from cleaner.model import split_lines, strip_line

# Lines drawn from marker words, Arabic and Latin prose and odd white space, so that the
# engine's decisions (cuts, promos, chrome runs) are exercised, not only keep-everything.
AR_SENTENCE = "قال الوزير في بيان صحفي يوم الأربعاء إن بلاده مستعدة للتعاون في مكافحة الإرهاب مع الدول."
EN_SENTENCE = "The council will vote on the plan next month, after a consultation that runs until May."
FRAGMENTS = st.sampled_from([
    "إقرأ أيضاً:", "اقرأ ايضا", "كلمات دلالية: روسيا فرنسا", "المصدر: وكالة", "Read more: A headline",
    "Tags: a, b", "Comments (3)", "Share", "Home", "© 2025 Example", "  • روسيا تتهم أوكرانيا",
    AR_SENTENCE, EN_SENTENCE,
    "\u00a0", "\u200f", "\x00", "\r", " ", "", "الاسم : * | |", "1", "By Jane Doe", "\ufeffTitle",
])
LINES = st.lists(st.one_of(FRAGMENTS, st.text(max_size=80)), max_size=40)
DOCUMENTS = st.one_of(st.text(max_size=400), LINES.map("\n".join))


@settings(max_examples=300, deadline=None)
@given(DOCUMENTS)
def test_output_lines_are_a_subsequence_of_stripped_input_lines(text):
    stripped = iter(strip_line(line) for line in split_lines(text))
    for kept in clean(text).text.split("\n") if clean(text).text else []:
        assert any(kept == line for line in stripped)


@settings(max_examples=300, deadline=None)
@given(DOCUMENTS)
def test_removals_replay_to_the_input(text):
    result = clean(text)
    assert result.replay() == [strip_line(line) for line in split_lines(text)]


@settings(max_examples=300, deadline=None)
@given(DOCUMENTS)
# Found at random: the cleaned text opens on the sentence under the "read also" line, and
# read its copy below as the page title's (tests/test_idempotence.py has the cause).
@example("\n".join(["إقرأ أيضاً:", AR_SENTENCE, "Comments (3)", AR_SENTENCE, EN_SENTENCE]))
# Found at random: a name under the last paragraph with a counter between them was read as
# the signature only once the counter had gone.
@example("0000000000000000000000000000000000 0 0 0 0 0 0 0 .\n0\nA B")
def test_cleaning_is_idempotent(text):
    once = clean(text).text
    assert clean(once).text == once


@settings(max_examples=200, deadline=None)
@given(DOCUMENTS)
def test_kept_lines_are_stripped_and_never_blank(text):
    result = clean(text)
    for line in result.kept:
        assert line.text == strip_line(line.text) and line.text.strip("\x00\u200b\ufeff")
    numbers = [line.number for line in result.kept]
    assert numbers == sorted(set(numbers))


# Words with combining marks (Devanagari's spacing vowel signs, Arabic's short vowels), a
# letter that case-folds to two, figures and joiners: a word's length is counted as tokens
# has always counted it, in code points after case folding.
WORDY = st.lists(st.one_of(st.sampled_from([
    "नमस्ते", "किताबें", "مَدْرَسَة", "STRASSE", "Straße", "ǅemal", "x²y³", "٣٤٥٦", "a_b_c", "don't",
    "co-op", "e\u0301te\u0301", "ab\u200dcd", "Ⅻ hours", "abc", "abcd", "a",
]), st.text(max_size=12)), max_size=12).map(" ".join)


@settings(max_examples=300, deadline=None)
@given(WORDY)
def test_tokens_outside_scripts_without_spaces_are_the_words_of_four_characters_or_more(text):
    # Chinese, Japanese, Thai, Lao, Tibetan and Khmer words give character pairs instead.
    if heuristics._SPACELESS_CHAR.search(text):
        return
    words = [word for word in heuristics._WORD.findall(text.casefold()) if len(word) >= 4]
    assert heuristics.tokens(text) == words
