"""Cleaning the cleaned text changes nothing: the minimal counter-examples that random runs of
tests/test_properties.py::test_cleaning_is_idempotent found, one a cause.

Each cause was a detector that reads a line's neighbours and saw, on the first pass, lines
that the first pass then removed (a share button, a counter, a byline, a promotion's block,
the tail after a cut, a title copy), so that the second pass, without them, decided otherwise. Each case
says what the first pass must now decide (with the learned layer off, so that the decision is
the heuristics'), and that a second pass, with the layer on and off, keeps everything.
"""

from __future__ import annotations

import pytest

from cleaner import clean

EN = "The harbour board will publish its accounts next month, after an audit that runs until June."
EN2 = "Ferry tickets will cost a pound more from April, the operator said in a letter to passengers."
AR = "وقالت الوزارة في بيان إن العمل في الميناء الجديد سيبدأ في الربيع المقبل بعد موافقة المجلس."
AR2 = "وأضاف المتحدث أن الحكومة ستنشر تقريرا مفصلا عن تكلفة المشروع قبل نهاية العام الحالي."
EN3 = "The day falls on the twenty-eighth of April, and flags on federal buildings fly at half-mast."
TITLE = "Workers day of mourning act"
HEADLINES = ["• الميناء يفتح أبوابه", "• المجلس يوافق على الخطة", "• العمال يعودون غدا"]

# name -> (lines, the first pass's removals with the learned layer off: (first, last, rule id))
CASES = {
    # Two comment-form rows with a share button and counters between them: the window of
    # four lines saw one row; without the buttons, two.
    "form rows apart by lines a rule removes": (
        [EN, "Name: * | |", "Share", "12", "12", "Email: * | |"],
        [(2, 6, "generic.comment-form")]),
    # The same with an inline promotion's block ("read also" and its headline lines) between.
    "form rows apart by a promotion's block": (
        [AR, "الاسم : * | |", "إقرأ أيضاً:", "Home", "Comments (3)", "Weather", "البريد : * | |", AR2],
        [(2, 8, "generic.comment-form")]),
    # A headline list is one with no paragraph after it: the paragraph of the promoted story
    # after a "read also" tail saved it, and the tail is gone on the second pass.
    "headline list before a marker's tail": (
        [AR, AR2, *HEADLINES, "اقرأ ايضا", EN],
        [(3, 7, "generic.headline-list")]),
    # ... and the paragraph under a comment form.
    "headline list before a comment form": (
        [AR, *HEADLINES, "الاسم : * | |", "البريد : * | |", AR2],
        [(2, 7, "generic.headline-list")]),
    # A table needs six cells: a byline counted as one, and its numbers were kept as scores.
    "table with a byline for a cell": (
        [EN, "Share", "12", "Name: * | |", "12", "Home", "By Jane Roe", EN2],
        [(2, 7, "generic.link-run")]),
    # ... or the lines of an inline promotion's block.
    "table with a promotion's block for cells": (
        [EN, "Home", "12", "Comments (3)", "12", "اقرأ ايضا", "الاسم : * | |", "12", AR],
        [(3, 3, "common.numbers-only"), (5, 5, "common.numbers-only"), (6, 8, "ar.read-also")]),
    # A marker line ("Comments (3)", which ends like a sentence) broke a run of labels.
    "label run broken by a marker line": (
        ["Harbour News", "المصدر: وكالة", "Comments (3)", "By Jane Roe", "كلمات دلالية: ميناء", "الاسم : * | |",
         "اقرأ ايضا", EN],
        [(1, 2, "generic.link-run"), (3, 3, "en.comments"), (4, 5, "generic.link-run"), (6, 6, "en.comments")]),
    # A title copy, dropped as such, broke a run of labels inside the article.
    "label run broken by a title copy": (
        [TITLE, "Home", "Laws", "Justice", "Funding", "Programs", "Contact", "Search", "Français", TITLE, EN,
         "Table of provisions", "Contents", TITLE, "Chapter 15", "Assented 1991-02-01", EN2, EN3],
        [(1, 9, "generic.nav-run"), (12, 13, "generic.link-run"), (14, 14, "generic.title-repeat"),
         (15, 16, "generic.link-run")]),
    # Three lines opening with the same words are a template (share links), never the body:
    # a "read more" line between two of them hid the run.
    "templated run broken by a marker line": (
        [AR, AR, "Read more: A headline", AR, HEADLINES[0], "By Jane Roe", "1", "Title", "1", "Title", AR2],
        [(1, 1, "generic.nav-run"), (3, 3, "generic.header-chrome"), (4, 4, "generic.title-repeat"),
         (5, 10, "generic.header-chrome")]),
    # The page title is the first line that stays: a "read also" line above a paragraph is
    # gone from the cleaned text, which then opens on the paragraph, and a copy of it further
    # down was read as the title's copy (the paragraph and the line between went as a menu).
    "title read past a marker line": (
        ["إقرأ أيضاً:", AR, "Comments (3)", AR, EN],
        [(1, 3, "generic.nav-run")]),
    # ... and past the lines of a "read also" box, which go with its marker ("Comments (3)"
    # under it was read as the title, and its copy as the title's).
    "title read past a read-also box": (
        ["إقرأ أيضاً:", "Comments (3)", AR, AR, "Comments (3)", EN],
        [(1, 3, "generic.nav-run"), (5, 5, "generic.header-chrome")]),
}


@pytest.mark.parametrize("name", CASES)
def test_the_first_pass_decides_what_the_second_would(name):
    lines, expected = CASES[name]
    once = clean("\n".join(lines), learned=False)
    assert [(r.first_line, r.last_line, r.rule_id) for r in once.removals] == expected


@pytest.mark.parametrize("learned", [False, True])
@pytest.mark.parametrize("name", CASES)
def test_a_second_pass_changes_nothing(name, learned):
    once = clean("\n".join(CASES[name][0]), learned=learned).text
    assert clean(once, learned=learned).text == once


def test_comment_form_rows_are_told_by_their_own_shape_not_by_the_lines_between():
    # Four short lines between two rows: whatever removes some of them (a rule, the learned
    # layer), the rows are one form on both passes.
    lines = [EN, EN2, "Name: * | |", "Harbour photos", "Ferry times", "Weather today", "Tide tables", "Email: * | |"]
    once = clean("\n".join(lines), learned=False)
    assert [(r.first_line, r.last_line, r.rule_id) for r in once.removals] == [(3, 8, "generic.comment-form")]
    # A paragraph between two rows: they are no form (a pipe in a line of the article).
    lines = [EN, "Name: * | |", EN2, "Email: * | |"]
    assert clean("\n".join(lines), learned=False).removals == []


def test_the_model_gives_a_layout_run_back_whole_or_not_at_all():
    # Lines given back out of a run (a few items of a headline list and the tail under it)
    # stand alone in the cleaned text, where the heuristic takes them again and the model,
    # among other neighbours, decides otherwise: a second cleaning changed the text.
    import numpy as np

    from cleaner import features, linemodel

    kept, layout = linemodel.KEPT, linemodel.RESTORABLE_DROP
    state = np.array([kept, layout, layout, layout, kept, layout, layout], dtype=np.int8)
    boilerplate = np.array([0.0, 0.05, 0.5, 0.05, 0.0, 0.05, 0.05])
    model = linemodel.LineModel(None, drop=0.9, drop_inside=0.9, restore=0.1, extend=0.9)  # decide reads no booster
    matrix = np.zeros((len(state), len(features.FEATURES)), dtype=np.float32)
    keep = linemodel.decide(model, state, boilerplate, matrix)
    assert list(keep) == [True, False, False, False, True, True, True]


def test_a_row_a_rule_removes_starts_no_comment_form():
    # "12 |" has a form row's shape but goes as a number: it is no first row either, or the
    # one real row under it and the paragraphs after would be cut as a form.
    lines = [EN, EN2, "12 |", "Name: * | |", EN3, EN2]
    once = clean("\n".join(lines), learned=False)
    assert [(r.first_line, r.last_line, r.rule_id) for r in once.removals] == [(3, 3, "common.numbers-only")]
    lines = [EN, EN2, "Name: * | |", "12 |", EN3, EN2]  # the other way round, as it already was
    assert [(r.first_line, r.last_line, r.rule_id) for r in clean("\n".join(lines), learned=False).removals] == [
        (4, 4, "common.numbers-only")]
