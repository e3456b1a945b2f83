"""clean() does work linear in a page's lines and markers: the work counted on a page of n
blocks and on the same page with 2n blocks roughly doubles (a quadratic step would quadruple
it). Work, not wall time, so the test says the same on a loaded machine.

Work is counted four ways at once: Python lines executed in cleaner's own code (loop
iterations of every detector), lines of the page touched through indexing, slicing or
iteration (the C-level walks that a Python line count misses: slices, islice), characters
tokenised, and characters written into removals (string building).
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

import cleaner
from cleaner import engine, heuristics
from cleaner.engine import clean

CLEANER_DIR = str(Path(cleaner.__file__).parent)
# Doubling the input may cost a little more than twice the work (cache warm-up, one-off
# set-up is a smaller share); a quadratic step costs four times.
MAX_GROWTH = 2.5

LEAD = ("Councillors in Portbury have approved a plan to replace the town's old fish market with "
        "flats, shops and a public square, after a meeting that ran late into the evening.\n")


class Work:
    def __init__(self) -> None:
        self.python_lines = self.page_lines = self.tokenised = self.removed_chars = 0


def counted_work(text: str, monkeypatch) -> int:
    work = Work()

    class CountingPage(heuristics.Page):
        def __getitem__(self, key):
            if isinstance(key, slice):
                found = super().__getitem__(key)
                work.page_lines += len(found)
                return found
            work.page_lines += 1
            return super().__getitem__(key)

        def __iter__(self):
            for line in super().__iter__():
                work.page_lines += 1
                yield line

    real_tokens, real_removal = heuristics.tokens, engine.Removal

    def counting_tokens(text):
        work.tokenised += len(text)
        return real_tokens(text)

    def counting_removal(*args):
        work.removed_chars += len(args[-1])
        return real_removal(*args)

    def trace(frame, event, arg):
        if not frame.f_code.co_filename.startswith(CLEANER_DIR):
            return None

        def count_line(frame, event, arg):
            if event == "line":
                work.python_lines += 1
            return count_line

        return count_line

    monkeypatch.setattr(heuristics, "Page", CountingPage)
    monkeypatch.setattr(heuristics, "tokens", counting_tokens)
    monkeypatch.setattr(engine, "Removal", counting_removal)
    sys.settrace(trace)
    try:
        clean(text)
    finally:
        sys.settrace(None)
    assert work.page_lines and work.python_lines  # the counters are wired in
    return work.python_lines + work.page_lines + work.tokenised + work.removed_chars


def listing_page(blocks: int) -> str:
    """A lead paragraph, then headline / teaser / "Read more" again and again: each marker
    asks whether the story goes on after it, against all of the article above it."""
    parts = [LEAD]
    for n in range(blocks):
        parts.append(f"Harbour plan item {n} approved by the council\n"
                     f"Councillors in Portbury said on Tuesday that item {n} of the harbour plan "
                     "would go ahead next spring, despite the objections.\nRead more\n")
    return "".join(parts)


def prose_with_markers(paragraphs: int) -> str:
    """Long prose with a "Read more" line every 50 lines (issue 15: 27 s at 4.3 MB)."""
    lines = []
    for n in range(paragraphs):
        lines.append(f"Paragraph {n}: the council met again on Tuesday and the harbour plan, "
                     "the fish market and the new flats were discussed at length.")
        if n % 50 == 49:
            lines.append("Read more: Harbour plan timeline")
    return LEAD + "\n".join(lines)


def sentence_bullets(count: int) -> str:
    """A lead paragraph and then a long list of bullets that end like sentences: each bullet
    is a candidate start of a headline list that is walked to the end of the page."""
    return LEAD + "".join(f"- Item {n} of the plan was approved on Tuesday.\n" for n in range(count))


def headline_bullets(count: int) -> str:
    """A lead paragraph and then a long list of bullets of headline shape (unterminated,
    short): each bullet is a candidate start of a headline list, whose items up to the end
    of the run were searched for a figure one by one."""
    colours, things = ["red", "green", "blue", "quick", "slow"], ["apple", "river", "stone", "cloud"]
    return LEAD + "".join(f"- {colours[n % 5]} {things[n % 4]} item number {n} of the list\n"
                          for n in range(count))


def form_rows_between_paragraphs(count: int) -> str:
    """Pipe-ended rows, each under a paragraph: each row is a candidate start of a comment
    form that asks for the next row."""
    return LEAD + "".join(f"Field {n}: * | |\nParagraph {n}: the council met again on Tuesday and the "
                          "harbour plan, the fish market and the new flats were discussed at length.\n"
                          for n in range(count))


def announced_label_rows(blocks: int) -> str:
    """A colon sentence, labelled rows and prose again and again: each row under the others
    is asked whether it is an item of the announced list rather than a box's heading."""
    return LEAD + "".join(f"The council listed the fares for zone {n} as follows:\nStudents: 18 euros\n"
                          "Adults: 42 euros\nPensioners: 15 euros\nNetwork pass: 55 euros\n"
                          f"Councillors in Portbury said on Tuesday that zone {n} would keep its fares.\n"
                          for n in range(blocks))


def names_over_prose(count: int) -> str:
    """A lead paragraph, then four people's names and a sentence that names them, again and
    again: each run of names asks whether the prose below names them again."""
    first, last = ["Nora", "Ethan", "Clara", "Hugo", "Ines"], ["Blake", "Vance", "Moreno", "Keller", "Okafor"]
    names = [f"{first[n % 5]} {last[n // 5 % 5]}" for n in range(4 * count)]
    return LEAD + "".join("\n".join(names[4 * n:4 * n + 4]) + f"\n{names[4 * n]} and {names[4 * n + 1]} spoke to "
                          "the council about the plan for the riverside park on Thursday evening.\n"
                          for n in range(count))


def recipes_under_prose(blocks: int) -> str:
    """A paragraph, a heading, three ingredients and the method again and again: each list of
    ingredients asks whether the text under it names them."""
    return LEAD + "".join(f"For the stall's {n}th cake the baker mixed the dough in the morning.\nIngredients\n"
                          "1 cup flour\n2 large eggs\n3 tbsp sugar\nMix the flour, the eggs and the sugar, "
                          "then bake the cake for forty minutes.\n" for n in range(blocks))


def announced_lists_named_below(blocks: int) -> str:
    """A colon sentence, short names and a paragraph that names two of them, again and again:
    each list asks the lines under it (and the learned layer's features ask at every colon)."""
    return LEAD + "".join(f"Zyrtarët shpallën emergjencë në këto fshatra {n}:\nObot\nShirq\nBelaj\n"
                          f"Situata është më e rëndë në Obot dhe Shirq, tha prefekti për herë të {n}.\n"
                          for n in range(blocks))


@pytest.mark.parametrize("page, size", [
    (listing_page, 300),
    (prose_with_markers, 1500),
    (sentence_bullets, 1500),
    (lambda n: "\n" * n, 20_000),
    (form_rows_between_paragraphs, 1500),
    (headline_bullets, 1500),
    (announced_label_rows, 300),
    (names_over_prose, 300),
    (recipes_under_prose, 300),
    (announced_lists_named_below, 300),
], ids=["listing-page", "prose-with-read-more", "sentence-bullets", "blank-lines", "form-rows",
        "headline-bullets", "announced-label-rows", "names-over-prose", "recipes-under-prose",
        "announced-lists-named-below"])
def test_work_doubles_when_the_page_doubles(page, size, monkeypatch):
    clean(page(10))  # one-off loading (the model, caches) is no work of the page's, in a test run alone
    single, double = counted_work(page(size), monkeypatch), counted_work(page(2 * size), monkeypatch)
    assert double / single < MAX_GROWTH, (single, double)


def test_the_listing_page_really_asks_at_every_marker():
    """The listing page is the shape of issue 16: every block's marker is an inline promo
    (the story goes on after it), so none of them ends the article."""
    result = clean(listing_page(40))
    assert sum(r.rule_id == "en.read-more" for r in result.removals) == 40
    assert "item 39 of the harbour plan" in result.text


@pytest.mark.parametrize("text", [
    "He left.", "He left. ", "He left.”", "Is it?)", "No comma here", "One, two", "Dots ... then words",
    "Word one " + ". " * 50 + "Name", "Ends on dots . . .", "…", "x_.", "Arabic question؟", "",
])
def test_the_linear_punctuation_check_reads_as_the_sentence_end_search_did(text):
    # The search it replaced (quadratic on a run of dots inside a line), kept here as the
    # specification: clause marks anywhere, or a sentence mark followed by non-word characters.
    old = re.compile(r"[,،;؛，、]|[.!?؟。！？…]\W*$")
    assert heuristics._is_punctuated(text) == (old.search(text) is not None)
