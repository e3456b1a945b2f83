"""Per-line features of one analysed document, as one numpy matrix (a row per non-blank line).

The learned line model (cleaner/linemodel.py) reads them; `python -m cleaner.train model`
trains it on them. They describe a line the way the hand heuristics look at it, and more:

- shape: length, words, sentence and clause punctuation, bullets, letter case (the
  script itself is left out: Arabic and Persian pages come only from synthetic pages, and a
  model that read the script learned "Arabic is boilerplate");
- rule hits: which kind of marker (cut, drop-block, drop-line, metadata and its field)
  the loaded rule files found on the line;
- position: in the page, and against the article the hand heuristics would start at;
- neighbours: the same shape and hit figures averaged over windows above and below;
- runs and blocks: how long the run of labels, bullets or non-prose lines around it is,
  and how big the run of prose it belongs to is beside the largest one;
- lexical cohesion with the lead article (TextTiling-like: the share of a line's words that
  the largest run of prose also uses, alone and over a window), with the article's opening
  (its headline and first paragraphs: another story after a box, inside the same run of
  prose, shares few of them), and whether a line's words come back below it (a box's
  headline above the promoted story) or were seen above it;
- repetition: lines that recur on the page with other figures ("Reply", "Score: 3",
  time stamps), the furniture of comment threads and lists, and how many sit around a line.

Character classes are counted for the whole document at once on its UTF-32 code points,
and windows are differences of cumulative sums, so the cost stays a small share of clean().
"""

from __future__ import annotations

import functools
import itertools
import operator
import unicodedata
from collections import Counter
from collections.abc import Container

import numpy as np

from cleaner import heuristics as h

# Name -> how an explanation says it, with the line's value. Order is the matrix's columns.
FEATURES: dict[str, str] = {
    "log_words": "words in the line (log): {:.1f}",
    "log_chars": "characters in the line (log): {:.1f}",
    "body": "a paragraph of prose: {:.0f}",
    "terminated": "ends like a sentence: {:.0f}",
    "bullet": "starts with a bullet or list number: {:.0f}",
    "label": "a short unpunctuated label: {:.0f}",
    "hit_cut": "a cut marker (tags, comments, most read) is on the line: {:.0f}",
    "hit_drop_block": "a read-also or related marker is on the line: {:.0f}",
    "hit_drop_line": "a drop-line rule fires on the line: {:.0f}",
    "hit_metadata": "a metadata rule (source, byline, date) fires on the line: {:.0f}",
    "hit_source": "a source or credit line: {:.0f}",
    "hit_byline_date": "a byline or date line: {:.0f}",
    "upper_share": "share of capital letters: {:.2f}",
    "digit_share": "share of digits: {:.2f}",
    "punct_share": "share of punctuation: {:.2f}",
    "title_case": "share of words with a capital initial: {:.2f}",
    "separators": "separator characters (| • / >): {:.0f}",
    "commas_per_word": "clause commas per word: {:.2f}",
    "inner_sentences": "sentence ends inside the line: {:.0f}",
    "ends_colon": "ends on a colon: {:.0f}",
    "form_row": "looks like a form row (pipes, asterisks): {:.0f}",
    "form_label": "ends on a form-field mark ('(*):', '*'): {:.0f}",
    "credit": "names a photo credit or agency: {:.0f}",
    "link_text": "holds a web or mail address: {:.0f}",
    "starts_digit": "starts with a figure: {:.0f}",
    "title_copy": "repeats the page title: {:.0f}",
    "templated": "in a run of lines opening with the same words: {:.0f}",
    "table_cell": "a cell of a table: {:.0f}",
    "announced_list": "an item of a list a sentence above announces (\"as follows:\"): {:.0f}",
    "duplicate": "the same line occurs elsewhere on the page: {:.0f}",
    "repeated_shape": "a line of the same words, figures aside, occurs elsewhere on the page: {:.0f}",
    "position": "position in the page (0 top, 1 bottom): {:.2f}",
    "chars_before": "share of the page's text above the line: {:.2f}",
    "prose_before": "share of the page's prose above the line: {:.2f}",
    "lines_to_start": "lines from where the article starts (negative: above it): {:.0f}",
    "lines_after_last_prose": "lines below the last paragraph of the article run: {:.0f}",
    "run_share": "size of its prose run beside the largest one: {:.2f}",
    "in_lead": "inside the largest run of prose: {:.0f}",
    "after_cut_marker": "below a cut marker: {:.0f}",
    "after_block_marker": "below a read-also or related marker: {:.0f}",
    "body_near": "share of prose among the 2 lines either side: {:.2f}",
    "body_around": "share of prose among the 6 lines either side: {:.2f}",
    "label_near": "share of labels among the 2 lines either side: {:.2f}",
    "label_around": "share of labels among the 6 lines either side: {:.2f}",
    "words_near": "mean words (log) of the 2 lines either side: {:.1f}",
    "terminated_near": "share of sentence endings among the 2 lines either side: {:.2f}",
    "hits_around": "share of rule hits among the 6 lines either side: {:.2f}",
    "bullets_near": "share of bullets among the 2 lines either side: {:.2f}",
    "form_labels_near": "share of form-field labels among the 2 lines either side: {:.2f}",
    "short_near": "share of short lines (4 words or fewer) among the 2 lines either side: {:.2f}",
    "repeated_near": "share of lines repeated on the page (figures aside) among the 2 lines either side: {:.2f}",
    "repeated_around": "share of lines repeated on the page (figures aside) among the 6 lines either side: {:.2f}",
    "previous_body": "the line above is prose: {:.0f}",
    "next_body": "the line below is prose: {:.0f}",
    "previous_words": "words (log) of the line above: {:.1f}",
    "next_words": "words (log) of the line below: {:.1f}",
    "label_run": "labels in the run around the line: {:.0f}",
    "bullet_run": "bullets in the run around the line: {:.0f}",
    "short_run": "non-prose lines in the run around the line: {:.0f}",
    "cohesion": "share of its words the lead article uses: {:.2f}",
    "cohesion_around": "share of the nearby lines' words the lead article uses: {:.2f}",
    "cohesion_after": "share of the next lines' words the lead article uses: {:.2f}",
    "reappears_below": "share of its words that come back further down: {:.2f}",
    "seen_above": "share of its words already seen above: {:.2f}",
    "content_words": "words of four letters or more: {:.0f}",
    "head_cohesion": "share of its words the article's headline and first paragraphs use: {:.2f}",
    "head_cohesion_around": "share of the nearby lines' words the article's opening uses: {:.2f}",
    "head_cohesion_after": "share of the next lines' words the article's opening uses: {:.2f}",
    "page_lines": "non-blank lines in the page (log): {:.1f}",
    "page_prose_share": "share of the page's lines that are prose: {:.2f}",
}
COLUMNS = {name: index for index, name in enumerate(FEATURES)}

NEAR, AROUND = 2, 6
COHESION_WINDOW = 3
# The article's opening: the line above where it starts (its headline) and this many lines
# from there. Another story further down (after a box, in a comment thread) shares few of
# its words, where a paragraph of the same story far from the lead run still does.
HEAD_LINES = 4
POSITION_CLIP = 60

_UPPER, _LOWER, _DIGIT, _PUNCT, _SPACE, _SEPARATOR, _COMMA, _SENTENCE_END, _DIGIT_CHAR = (1 << bit for bit in range(9))
_SEPARATORS = "|•/>»·▪►"
_COMMAS = ",،;؛，、"
_SENTENCE_ENDS = h.FULL_STOPS
_LINK_WORDS = ("http", "www.", "@")


@functools.cache
def _classes() -> np.ndarray:
    """Character class bits of every code point of the Basic Multilingual Plane."""
    table = np.zeros(0x10000, dtype=np.uint16)
    for code in range(0x10000):
        char = chr(code)
        category = unicodedata.category(char)
        bits = 0
        if category == "Lu":
            bits |= _UPPER
        elif category.startswith("L"):
            bits |= _LOWER
        if category == "Nd":
            bits |= _DIGIT
        elif category.startswith(("P", "S")):
            bits |= _PUNCT
        elif category.startswith("Z") or char in "\t":
            bits |= _SPACE
        bits |= (_SEPARATOR * (char in _SEPARATORS) | _COMMA * (char in _COMMAS)
                 | _SENTENCE_END * (char in _SENTENCE_ENDS) | _DIGIT_CHAR * char.isdigit())
        table[code] = bits
    return table


class _Joined:
    """Strings (a page's line texts, or its normalised lines) joined by newlines, as one
    string and as its code points, with where each string starts: a question about
    every line is then one array operation or one search of the joined text."""

    def __init__(self, strings: list[str]):
        self.strings = strings
        self.text = "\n".join(strings)
        self.codes = np.frombuffer(self.text.encode("utf-32-le"), dtype=np.uint32)
        self.lengths = np.fromiter(map(len, strings), dtype=np.int64, count=len(strings))
        self.starts = np.concatenate(([0], np.cumsum(self.lengths[:-1] + 1))).astype(np.int64)

    def rows_of(self, offsets: list[int]) -> np.ndarray:
        """The string each offset of the joined text falls in."""
        return np.searchsorted(self.starts, offsets, side="right") - 1


def document_features(lines: h.Page, inline_markers: Container[int] = ()) -> tuple[np.ndarray, list[int]]:
    """The feature matrix of a page's non-blank lines, and their indexes in the page;
    `inline_markers` are the markers of inline promotions (Verdicts.inline_markers)."""
    rows = [line for line in lines if not line.blank]
    count = len(rows)
    matrix = np.zeros((count, len(FEATURES)), dtype=np.float32)
    if not count:
        return matrix, []
    column = matrix.T  # column[COLUMNS[name]] is a view of one feature

    def set_(name: str, values) -> None:
        column[COLUMNS[name]] = values

    def attribute(name: str, dtype) -> np.ndarray:
        return np.fromiter(map(operator.attrgetter(name), rows), dtype=dtype, count=count)

    indexes = [line.index for line in rows]
    position_of = np.full(len(lines), -1)  # the row of each line of the page (-1: blank)
    position_of[indexes] = np.arange(count)
    texts = _Joined(list(map(operator.attrgetter("text"), rows)))
    norms = _Joined(list(map(operator.attrgetter("norm"), rows)))
    hit_rows = [position for position, line in enumerate(rows) if line.hits]
    words = attribute("words", np.float32)
    body = attribute("body", np.float32)
    bullet = attribute("bullet", np.float32)
    terminated = attribute("terminated", np.float32)
    # LineInfo.label of a non-blank line, for every row at once.
    label = ((words <= h.LABEL_MAX_WORDS) & (terminated == 0) & (body == 0)).astype(np.float32)
    # Exact integers: float32 offsets past 2**24 characters would read a line's neighbours.
    chars = texts.lengths
    log_words = np.log1p(words)
    set_("log_words", log_words)
    set_("log_chars", np.log1p(chars.astype(np.float32)))  # in float32, as the model was trained
    set_("body", body)
    set_("terminated", terminated)
    set_("bullet", bullet)
    set_("label", label)
    _rule_hits(rows, hit_rows, column)
    classes = _classes()[np.minimum(texts.codes, 0xFFFF)]
    classes[texts.codes > 0xFFFF] = 0
    _characters(texts, classes, words, column)
    _line_marks(lines, rows, texts, norms, classes, position_of, column)
    has_hits = column[COLUMNS["hit_cut"]] + column[COLUMNS["hit_drop_block"]] + \
        column[COLUMNS["hit_drop_line"]] + column[COLUMNS["hit_metadata"]] > 0

    # Position.
    order = np.arange(count, dtype=np.float32)
    set_("position", order / max(count - 1, 1))
    set_("chars_before", (np.cumsum(chars) - chars) / chars.sum())
    body_chars = chars * body
    set_("prose_before", (np.cumsum(body_chars) - body_chars) / max(body_chars.sum(), 1.0))
    _article_runs(lines, rows, hit_rows, position_of, body, chars, column, inline_markers)

    # Neighbours: each window over a stack of features at once.
    form = np.maximum(column[COLUMNS["form_label"]], column[COLUMNS["form_row"]])
    short = (words <= h.LABEL_MAX_WORDS).astype(np.float32)
    repeated = column[COLUMNS["repeated_shape"]].copy()
    near = _window_mean(np.stack((body, label, log_words, terminated, bullet, form, short, repeated)), NEAR)
    for name, values in zip(("body_near", "label_near", "words_near", "terminated_near", "bullets_near",
                             "form_labels_near", "short_near", "repeated_near"), near):
        set_(name, values)
    around = _window_mean(np.stack((body, label, has_hits.astype(np.float32), repeated)), AROUND)
    for name, values in zip(("body_around", "label_around", "hits_around", "repeated_around"), around):
        set_(name, values)
    set_("previous_body", np.concatenate(([0.0], body[:-1])))
    set_("next_body", np.concatenate((body[1:], [0.0])))
    set_("previous_words", np.concatenate(([0.0], log_words[:-1])))
    set_("next_words", np.concatenate((log_words[1:], [0.0])))

    # Runs.
    set_("label_run", _run_lengths(label > 0))
    set_("bullet_run", _run_lengths(bullet > 0))
    set_("short_run", _run_lengths(body == 0))

    _cohesion(norms, column)
    set_("page_lines", np.full(count, np.log1p(count)))
    set_("page_prose_share", np.full(count, body.mean()))
    return matrix, indexes


def _rule_hits(rows, hit_rows: list[int], column) -> None:
    for position in hit_rows:
        for rule, _ in rows[position].hits:
            action = rule.action
            if action == "cut":
                column[COLUMNS["hit_cut"], position] = 1
            elif action == "drop-block":
                column[COLUMNS["hit_drop_block"], position] = 1
            elif action == "drop-line":
                column[COLUMNS["hit_drop_line"], position] = 1
            else:
                column[COLUMNS["hit_metadata"], position] = 1
            if rule.field in ("source", "credit"):
                column[COLUMNS["hit_source"], position] = 1
            elif rule.field in ("byline", "date"):
                column[COLUMNS["hit_byline_date"], position] = 1


def _characters(texts: _Joined, bits: np.ndarray, words: np.ndarray, column) -> None:
    """Shares of character classes, counted over the whole document in one pass."""
    codes, chars = texts.codes, texts.lengths
    upper = (bits & _UPPER) > 0
    # A capital after a space or at the line's start opens a word in title case.
    after_space = np.concatenate(([True], ((bits[:-1] & _SPACE) > 0) | (codes[:-1] == 10)))
    sentence_end = np.concatenate((((bits[:-1] & _SENTENCE_END) > 0) & ((bits[1:] & _SPACE) > 0), [False]))
    # Every count a line in one reduction over the stacked masks (in 32 bits, half the
    # memory of 64: a line is far shorter than 2**31 characters).
    letters, uppers, digits, puncts, separators, commas, inner_sentences, title_words = np.add.reduceat(
        np.stack(((bits & (_UPPER | _LOWER)) > 0, upper, (bits & _DIGIT) > 0, (bits & _PUNCT) > 0,
                  (bits & _SEPARATOR) > 0, (bits & _COMMA) > 0, sentence_end, upper & after_space)),
        texts.starts, axis=1, dtype=np.int32)
    safe_chars = np.maximum(chars, 1)
    column[COLUMNS["upper_share"]] = uppers / np.maximum(letters, 1)
    column[COLUMNS["digit_share"]] = digits / safe_chars
    column[COLUMNS["punct_share"]] = puncts / safe_chars
    column[COLUMNS["separators"]] = separators
    column[COLUMNS["commas_per_word"]] = commas / np.maximum(words, 1)
    column[COLUMNS["inner_sentences"]] = inner_sentences
    column[COLUMNS["title_case"]] = np.minimum(title_words / np.maximum(words, 1), 1)


def _line_marks(lines: h.Page, rows, texts: _Joined, norms: _Joined, classes: np.ndarray,
                position_of: np.ndarray, column) -> None:
    firsts = texts.codes[texts.starts]
    starts_digit = (classes[texts.starts] & _DIGIT_CHAR) > 0
    for position in np.flatnonzero(firsts > 0xFFFF):  # outside the class table
        starts_digit[position] = chr(firsts[position]).isdigit()
    column[COLUMNS["starts_digit"]] = starts_digit
    # The rows' last characters (a row is never empty): the colon and form-mark ends are
    # comparisons of them. A form field's label ends on "*", ":" or "(*)" ("Email *",
    # "Website:", "Name (*)"): only a row ending on ")" is asked about "(*)".
    lasts = texts.codes[texts.starts + texts.lengths - 1]
    column[COLUMNS["ends_colon"]] = (lasts == ord(":")) | (lasts == ord("："))
    form_label = (lasts == ord("*")) | (lasts == ord(":"))
    for position in np.flatnonzero(lasts == ord(")")):
        form_label[position] = texts.strings[position].endswith("(*)")
    column[COLUMNS["form_label"]] = form_label
    column[COLUMNS["link_text"], norms.rows_of(h.offsets_of(norms.text, _LINK_WORDS))] = 1
    # "Reply", "Re: (Score: 3)", "12:42 PM", "Flag as inappropriate": the furniture of a
    # comment thread or a list repeats with other figures; an article's paragraphs do not.
    for name, keys in (("duplicate", norms.strings), ("repeated_shape", _figures_as_zero(norms))):
        seen = Counter(keys)
        column[COLUMNS[name]] = np.fromiter(map(seen.__getitem__, keys), dtype=np.int64, count=len(keys)) > 1
    bullets = np.flatnonzero(column[COLUMNS["bullet"]])
    column[COLUMNS["announced_list"], [position for position in bullets
                                       if h.introduces_list(lines, rows[position].index)]] = 1
    # A list without bullets under a sentence of the article announcing it: its short lines.
    for position in np.flatnonzero(column[COLUMNS["ends_colon"]]):
        items = h.announced_items(lines, lines.start, rows[position].index, len(lines))
        column[COLUMNS["announced_list"], position_of[items]] = 1
    # Marks the page holds as sets of (non-blank) line indexes: set where the rows are.
    marked = {"form_row": lines.form_rows, "title_copy": lines.titles, "templated": lines.templated,
              "table_cell": h.table_lines(lines, 0, len(lines))}
    for name, indexes in marked.items():
        positions = position_of[list(indexes)]
        column[COLUMNS[name], positions[positions >= 0]] = 1
    not_prose = [position for position, line in enumerate(rows) if not line.body]
    credits = h.credited_lines([rows[position] for position in not_prose])
    column[COLUMNS["credit"], [not_prose[position] for position in credits]] = 1


def _figures_as_zero(joined: _Joined) -> list[str]:
    """Each string with every run of decimal digits (what `re`'s \\d matches: Unicode's Nd,
    the class table's _DIGIT) as one "0", from the joined code points at once."""
    codes = joined.codes
    digit = (_classes()[np.minimum(codes, 0xFFFF)] & _DIGIT) > 0
    for position in np.flatnonzero(codes > 0xFFFF):  # outside the class table
        digit[position] = chr(codes[position]).isdecimal()
    # A run's first digit becomes "0"; the rest of the run goes.
    kept = ~digit | ~np.concatenate(([False], digit[:-1]))
    shaped = np.where(digit, ord("0"), codes)[kept].astype("<u4")
    return shaped.tobytes().decode("utf-32-le").split("\n")


def _article_runs(lines: h.Page, rows, hit_rows: list[int], position_of: np.ndarray, body: np.ndarray,
                  chars: np.ndarray, column, inline_markers: Container[int]) -> None:
    """Where the article the hand heuristics see starts, its runs of prose, its markers: of
    the read-also markers, those the article does not go on under (an inline promotion's
    marker is above the article's next paragraphs, which it does not end)."""
    count = len(rows)
    start = lines.start
    order = np.arange(count, dtype=np.float32)
    if start is None:
        column[COLUMNS["lines_to_start"]] = -POSITION_CLIP
        column[COLUMNS["lines_after_last_prose"]] = POSITION_CLIP
        return
    first = int(position_of[start])
    column[COLUMNS["lines_to_start"]] = np.clip(order - first, -POSITION_CLIP, POSITION_CLIP)
    # Runs of prose: body lines at most MAX_SHORT_GAP non-blank lines apart.
    body_positions = np.flatnonzero(body)
    breaks = np.flatnonzero(np.diff(body_positions) - 1 > h.MAX_SHORT_GAP)
    run_starts = np.concatenate(([0], breaks + 1))
    run_ends = np.concatenate((breaks, [len(body_positions) - 1]))
    sizes = np.add.reduceat(chars[body_positions], run_starts)
    lead = int(np.argmax(sizes))
    share = np.zeros(count, dtype=np.float32)
    for run, (a, b) in enumerate(zip(run_starts, run_ends)):
        share[body_positions[a]:body_positions[b] + 1] = sizes[run] / sizes[lead]
    column[COLUMNS["run_share"]] = share
    lead_first, lead_last = body_positions[run_starts[lead]], body_positions[run_ends[lead]]
    in_lead = (order >= lead_first) & (order <= lead_last)
    column[COLUMNS["in_lead"]] = in_lead
    column[COLUMNS["lines_after_last_prose"]] = np.clip(order - lead_last, -POSITION_CLIP, POSITION_CLIP)
    for name, action in (("after_cut_marker", "cut"), ("after_block_marker", "drop-block")):
        marker = next((position for position in hit_rows if position > first and rows[position].hit(action)
                       and rows[position].index not in inline_markers), None)
        if marker is not None:
            column[COLUMNS[name], marker + 1:] = 1


def _cohesion(norms: _Joined, column) -> None:
    """Shared words with the lead article and with its opening, and words coming back below
    or seen above."""
    count = len(norms.strings)
    in_lead = column[COLUMNS["in_lead"]] > 0
    line_of, word_of = _content_words(norms)
    sizes = np.bincount(line_of, minlength=count).astype(np.float32)
    # A word was seen above a line when its first line is earlier, and comes back below when
    # its last line is later.
    vocabulary = int(word_of.max()) + 1 if len(word_of) else 0
    first_line = np.full(vocabulary, count, dtype=np.int64)
    last_line = np.full(vocabulary, -1, dtype=np.int64)
    np.minimum.at(first_line, word_of, line_of)
    np.maximum.at(last_line, word_of, line_of)
    seen_above = np.bincount(line_of, weights=first_line[word_of] < line_of, minlength=count)
    below = np.bincount(line_of, weights=last_line[word_of] > line_of, minlength=count)
    column[COLUMNS["seen_above"]] = seen_above.astype(np.float32) / np.maximum(sizes, 1)
    column[COLUMNS["reappears_below"]] = below.astype(np.float32) / np.maximum(sizes, 1)
    # The article's opening (HEAD_LINES), from the line above where the heuristics start it.
    starts = np.flatnonzero(column[COLUMNS["lines_to_start"]] == 0)
    first = max(int(starts[0]) - 1, 0) if len(starts) else 0
    in_head = np.zeros(count, dtype=bool)
    in_head[first:first + HEAD_LINES + 1] = True
    shared = np.stack([_shared_words(group, line_of, word_of, count, vocabulary) for group in (in_lead, in_head)])
    for names, values in zip((("cohesion", "head_cohesion"), ("cohesion_around", "head_cohesion_around"),
                              ("cohesion_after", "head_cohesion_after")), _cohesion_shares(shared, sizes)):
        for name, group_values in zip(names, values):
            column[COLUMNS[name]] = group_values
    column[COLUMNS["content_words"]] = sizes


def _shared_words(group: np.ndarray, line_of: np.ndarray, word_of: np.ndarray, count: int, vocabulary: int
                  ) -> np.ndarray:
    """For each line, how many of its words a line of `group` has: another one than itself
    when it is in the group."""
    group_lines = np.bincount(word_of, weights=group[line_of], minlength=vocabulary)
    needed = np.where(group[line_of], 2, 1)
    return np.bincount(line_of, weights=group_lines[word_of] >= needed, minlength=count).astype(np.float32)


def _cohesion_shares(shared: np.ndarray, sizes: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The share of shared words over the line, over COHESION_WINDOW lines either side, and
    over the 2 * COHESION_WINDOW lines below: for each row of `shared` (one a group), with the
    windows of all rows and of the sizes summed at once."""
    both = np.vstack((shared, sizes))
    around, after = _window_sum(both, COHESION_WINDOW), _forward_sum(both, 2 * COHESION_WINDOW)
    return (shared / np.maximum(sizes, 1), around[:-1] / np.maximum(around[-1], 1),
            after[:-1] / np.maximum(after[-1], 1))


def _content_words(norms: _Joined) -> tuple[np.ndarray, np.ndarray]:
    """The distinct (line, word) pairs of the rows, as two arrays of numbers: the row and the
    word's number. Words are split at the single spaces of the normalised line and have four
    characters or more: short ones are the function words every passage shares. Chinese,
    Japanese, Thai, Khmer (heuristics.SPACELESS_RANGES) put no space between words, and
    Korean joins its particles to them: a word holding their signs gives the heuristics'
    tokens (its runs of signs give their character pairs: a headline's "渡轮" in the story
    under it). Split and numbered by C loops (str.split, dict, map) and array operations on
    the joined lines' code points: a page has thousands of words."""
    separators = np.flatnonzero((norms.codes == 32) | (norms.codes == 10))
    line_of = np.concatenate(([0], np.cumsum(norms.codes[separators] == 10)))  # of the words, in order
    words = norms.text.replace("\n", " ").split(" ")
    lengths = np.diff(np.concatenate(([-1], separators, [len(norms.codes)]))) - 1
    long_enough = lengths >= 4
    signed = None
    if h.holds_spaceless(norms.text):
        # The words holding a sign (a sign's word is the number of separators before it).
        holding = np.unique(np.searchsorted(separators, np.flatnonzero(_spaceless_mask(norms.codes))))
        long_enough[holding] = False
        signed = _spaceless_units([words[index] for index in holding], line_of[holding])
    kept = list(itertools.compress(words, long_enough.tolist()))
    kept_lines = line_of[long_enough]
    pair_keys = pair_lines = np.zeros(0, dtype=np.int64)
    if signed is not None:
        strings, string_lines, pair_keys, pair_lines = signed
        kept += strings
        kept_lines = np.concatenate((kept_lines, string_lines))
    # A word's number is where it first occurs among the kept words: one dict pass numbers
    # them (the features count words per line and lines per word, whatever the numbers).
    # Character pairs, never four characters long, are numbered after them, by their codes.
    first_seen: dict[str, int] = {}
    word_of = np.fromiter(map(first_seen.setdefault, kept, itertools.count()), dtype=np.int64, count=len(kept))
    if len(pair_keys):
        word_of = np.concatenate((word_of, len(kept) + np.unique(pair_keys, return_inverse=True)[1]))
        kept_lines = np.concatenate((kept_lines, pair_lines))
    stride = max(len(word_of), 1)  # above every word's number: a pair is line * stride + word
    pairs = np.sort(kept_lines * stride + word_of)
    pairs = pairs[np.concatenate(([True], pairs[1:] != pairs[:-1]))] if len(pairs) else pairs
    return pairs // stride, pairs % stride


_PAIR_BASE = 0x110000  # above every code point: two signs are first * _PAIR_BASE + second


def _spaceless_mask(codes: np.ndarray) -> np.ndarray:
    mask = np.zeros(len(codes), dtype=bool)
    for low, high in h.SPACELESS_RANGES:
        mask |= (codes >= low) & (codes <= high)
    return mask


def _spaceless_units(words: list[str], lines: np.ndarray) -> tuple[list[str], np.ndarray, np.ndarray, np.ndarray]:
    """heuristics.tokens() of words that hold signs of a script with no spaces between words
    (Chinese, Japanese, Thai, Lao, Tibetan, Khmer) or of Korean, each on its line:
    the runs of word characters of four or more that hold no sign (and their lines), and
    the character pairs of the runs that do, as numbers (and their lines). All the words'
    runs are found by one search of them joined, casefolded as tokens() reads them (no code
    point casefolds to a space: tests/test_features.py), and their pairs by array operations."""
    text = " ".join(words).casefold()
    codes = np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32).astype(np.int64)
    spans = np.array([found.span() for found in h._WORD.finditer(text)], dtype=np.int64).reshape(-1, 2)
    starts, ends = spans[:, 0], spans[:, 1]
    run_lines = lines[np.searchsorted(np.flatnonzero(codes == 32), starts)]
    signs = np.concatenate(([0], np.cumsum(_spaceless_mask(codes))))
    signed = signs[ends] > signs[starts]
    sizes = ends[signed] - starts[signed] - 1  # a run of n characters has n - 1 pairs
    firsts = np.repeat(starts[signed] - np.cumsum(sizes) + sizes, sizes) + np.arange(sizes.sum())
    long_runs = ~signed & (ends - starts >= 4)
    strings = [text[start:end] for start, end in spans[long_runs].tolist()]
    return (strings, run_lines[long_runs], codes[firsts] * _PAIR_BASE + codes[firsts + 1],
            np.repeat(run_lines[signed], sizes))


def _window_sum(values: np.ndarray, radius: int) -> np.ndarray:
    """Sum over the `radius` lines either side, the line itself left out (along the last
    axis: one feature, or a stack of them)."""
    count = values.shape[-1]
    running = _running_sums(values, radius, radius)
    return (running[..., 2 * radius + 1:] - running[..., :count] - values).astype(np.float32)


def _window_mean(values: np.ndarray, radius: int) -> np.ndarray:
    count = values.shape[-1]
    index = np.arange(count)
    size = np.minimum(index + radius + 1, count) - np.maximum(index - radius, 0) - 1
    return _window_sum(values, radius) / np.maximum(size, 1)


def _forward_sum(values: np.ndarray, length: int) -> np.ndarray:
    """Sum over the `length` lines below the line (along the last axis, as _window_sum)."""
    count = values.shape[-1]
    running = _running_sums(values, 0, length)
    return (running[..., length + 1:] - running[..., 1:count + 1]).astype(np.float32)


def _running_sums(values: np.ndarray, before: int, after: int) -> np.ndarray:
    """The sums of the first 0, 1, ..., n values (along the last axis, in float64), with
    `before` zeros before them and `after` copies of the whole sum after them: the sums up
    to each window's ends, clipped to the page, are then two slices instead of two index
    arrays (a window's sum is the difference of the sums at its ends)."""
    count = values.shape[-1]
    running = np.zeros(values.shape[:-1] + (before + count + 1 + after,))
    np.cumsum(values, axis=-1, dtype=np.float64, out=running[..., before + 1:before + 1 + count])
    running[..., before + 1 + count:] = running[..., before + count:before + count + 1]
    return running


def _run_lengths(flags: np.ndarray) -> np.ndarray:
    """For each line, the length of the run of consecutive set flags it is in (0 if unset)."""
    lengths = np.zeros(len(flags), dtype=np.float32)
    edges = np.flatnonzero(np.diff(np.concatenate(([0], flags.astype(np.int8), [0]))))
    runs = edges[1::2] - edges[::2]
    lengths[flags] = np.repeat(runs, runs)  # the set lines are the runs' lines, in order
    return lengths
