"""Scoring on tiny hand-made texts whose figures were worked out by hand."""

from collections import Counter
from pathlib import Path

import pytest

from cleaner.model import KeptLine, Removal, Result
from cleaner.scoring import (EXTRA, MISSING, PRF, REMOVED, SAME, DiffLine, Report, below_floors, raise_floors,
                             score_corpus, score_result, score_text, score_trees, shingles, tokens)


def test_tokens_are_lower_cased_unicode_words_with_each_han_and_kana_character_apart():
    assert tokens("Hello, WORLD!") == ["hello", "world"]
    assert tokens("Привет, Мир") == ["привет", "мир"]
    assert tokens("ذهب الولد، إلى المدرسة.") == ["ذهب", "الولد", "إلى", "المدرسة"]
    assert tokens("我爱北京 カタカナ and ひらがな") == ["我", "爱", "北", "京", "カ", "タ", "カ", "ナ",
                                                 "and", "ひ", "ら", "が", "な"]
    assert tokens("한국어 문장") == ["한국어", "문장"]  # Korean separates words with spaces


def test_shingles_are_runs_of_four_tokens_and_a_short_text_is_one_shingle():
    assert shingles(list("abcde")) == Counter([tuple("abcd"), tuple("bcde")])
    assert shingles(["a", "b"]) == Counter([("a", "b")])
    assert shingles([]) == Counter()


def test_prf_is_a_multiset_overlap():
    # common 2 of output 4 and gold 3: P 1/2, R 2/3, F1 = 2 * 1/2 * 2/3 / (7/6) = 4/7
    score = PRF.of(Counter(["a", "b", "x", "x"]), Counter(["a", "b", "c"]))
    assert (score.precision, score.recall) == (0.5, pytest.approx(2 / 3))
    assert score.f1 == pytest.approx(4 / 7)
    # a repeated gold line must be kept as often as the gold has it
    assert PRF.of(Counter(["a"]), Counter(["a", "a"])) == PRF(1.0, 0.5, pytest.approx(2 / 3))


def test_empty_sides():
    assert PRF.of(Counter(), Counter()) == PRF(1.0, 1.0, 1.0)
    assert PRF.of(Counter(), Counter(["a"])) == PRF(1.0, 0.0, 0.0)
    assert PRF.of(Counter(["a"]), Counter()) == PRF(0.0, 1.0, 0.0)


def test_arabic_document_scores():
    gold = "ذهب الولد\nإلى المدرسة\n"
    raw = "الرئيسية\nذهب الولد\n  \nإلى المدرسة\nاقرأ أيضا\n"
    output = "الرئيسية\nذهب الولد\n"
    score = score_text("ar/doc.txt", output, gold, raw)
    assert score.site == "ar"
    # lines: common 1 ("ذهب الولد") of output 2 and gold 2
    assert score.line == PRF(0.5, 0.5, 0.5)
    # tokens: output 3 (الرئيسية ذهب الولد), gold 4, common 2: P 2/3, R 1/2, F1 4/7
    assert score.token.precision == pytest.approx(2 / 3)
    assert score.token.recall == 0.5
    assert score.token.f1 == pytest.approx(4 / 7)
    # shingles: output has 3 tokens -> one shingle, gold has one shingle of 4; none shared
    assert score.shingle == PRF(0.0, 0.0, 0.0)
    # junk = raw lines the gold drops (the blank line is not a line): 2, one of them removed
    assert (score.junk_lines, score.junk_removed) == (2, 1)
    assert (score.gold_lines, score.gold_lost) == (2, 1)
    assert not score.exact and score.clean_document is False and not score.over_deleted
    assert [(d.kind, d.text) for d in score.differences] == [
        (EXTRA, "الرئيسية"), (MISSING, "إلى المدرسة")]
    assert [(d.kind, d.text) for d in score.diff] == [  # with the lines around as context
        (EXTRA, "الرئيسية"), (SAME, "ذهب الولد"), (MISSING, "إلى المدرسة")]


def test_cjk_tokens_score_per_character():
    # gold 4 characters, output 3 of them plus "好": P 3/4, R 3/4
    score = score_text("zh/a.txt", "我爱北好", "我爱北京")
    assert (score.token.precision, score.token.recall) == (0.75, 0.75)


def test_clean_document_that_lost_a_line_is_over_deleted():
    raw = "Title\r\nFirst paragraph.\r\n\x00\r\nSecond paragraph.\r\n"
    gold = "Title\nFirst paragraph.\nSecond paragraph.\n"
    kept_all = score_text("s/a.txt", raw, gold, raw)
    assert kept_all.exact and kept_all.clean_document and not kept_all.over_deleted
    assert kept_all.junk_lines == 0  # CR line ends and a NUL-only line are not junk
    lost = score_text("s/a.txt", "Title\nFirst paragraph.\n", gold, raw)
    assert lost.over_deleted and lost.gold_lost == 1


def test_check_result_names_the_rule_that_removed_a_gold_line():
    raw = "Headline\nBy A. Writer\nBody one.\nBody two.\nRead more: elsewhere\n"
    gold = "Headline\nBody one.\nBody two.\n"
    result = Result(
        kept=[KeptLine(1, "Headline"), KeptLine(3, "Body one."), KeptLine(5, "Read more: elsewhere")],
        removals=[Removal(2, 2, "byline", "a byline", "By A. Writer"),
                  Removal(4, 4, "<i>tail</i>", "from here on", "Body two.")],
    )
    score = score_result("site/doc.txt", raw, gold, result)
    assert score.differences[0] == DiffLine(
        REMOVED, "Body two.", gold_line=3, raw_line=4, rule_id="<i>tail</i>", reason="from here on")
    extra = score.differences[1]
    assert (extra.kind, extra.raw_line, extra.output_line) == (EXTRA, 5, 3)
    assert (score.junk_lines, score.junk_removed) == (2, 1)


def test_site_and_overall_figures_are_macro_averages():
    perfect = score_text("a/1.txt", "x\ny\n", "x\ny\n")
    half = score_text("a/2.txt", "x\n", "x\ny\n")  # P 1, R 1/2, F1 2/3
    other = score_text("b/1.txt", "z\n", "z\n")
    report = Report.build("diff", {}, [half, other, perfect])
    assert report.sites["a"].line.f1 == pytest.approx((1 + 2 / 3) / 2)
    assert report.sites["a"].exact == 1
    assert report.overall.line.f1 == pytest.approx((1 + 2 / 3 + 1) / 3)
    assert report.overall.gold_lost_rate == pytest.approx(1 / 5)  # pooled over lines


def _report(f1_half: bool) -> Report:
    output = "x\n" if f1_half else "x\ny\n"
    return Report.build("diff", {}, [score_text("a/1.txt", output, "x\ny\n")])


def test_floors_are_raised_but_never_lowered():
    baseline, refusals = raise_floors({"about": "kept"}, _report(f1_half=False))
    assert refusals == []
    assert baseline == {"about": "kept", "overall": {"line_f1": 1.0, "exact": 1},
                        "sites": {"a": {"line_f1": 1.0, "exact": 1}}}
    lowered, refusals = raise_floors(baseline, _report(f1_half=True))
    assert lowered == baseline
    assert "a: refusing to lower line_f1 floor from 1 to 0.666" in refusals
    assert "overall: refusing to lower exact floor from 1 to 0" in refusals


def test_below_floors_names_each_site_and_a_pinned_site_that_vanished():
    baseline = {"overall": {"line_f1": 0.9}, "sites": {"a": {"line_f1": 0.9, "exact": 1}, "gone": {"exact": 0}}}
    failures = below_floors(_report(f1_half=True), baseline)
    assert failures == [
        "a: line_f1 0.666 is below its floor 0.9",
        "a: exact 0 is below its floor 1",
        "gone: pinned in the baseline but no document was scored",
        "overall: line_f1 0.666 is below its floor 0.9",
    ]
    assert below_floors(_report(f1_half=False), {"sites": {"a": {"line_f1": 0.9, "exact": 1}}}) == []


def test_trees_report_missing_output_and_missing_gold(tmp_path: Path):
    for name, files in {"gold": ["s/1.txt", "s/2.txt"], "out": ["s/1.txt", "s/3.txt"]}.items():
        for path in files:
            (tmp_path / name / path).parent.mkdir(parents=True, exist_ok=True)
            (tmp_path / name / path).write_text("a line\n", encoding="utf-8")
    report = score_trees(tmp_path / "out", tmp_path / "gold")
    assert report.overall.missing_output == ["s/2.txt"]
    assert report.overall.missing_gold == ["s/3.txt"]
    assert report.problems == ["missing gold: s/3.txt", "missing output: s/2.txt"]
    # the missing output counts as an empty output: it lost its whole gold
    assert report.overall.documents == 2 and report.overall.gold_lost == 1


def test_a_document_that_fails_to_clean_is_an_error_and_the_rest_is_still_checked(tmp_path: Path):
    for name, text in {"ok.txt": "Body.\n", "broken.txt": "Body that breaks the cleaner.\n"}.items():
        for part in ("raw", "gold"):
            (tmp_path / part / "s").mkdir(parents=True, exist_ok=True)
            (tmp_path / part / "s" / name).write_text(text, encoding="utf-8")

    def clean_or_fail(text: str) -> Result:
        if "breaks" in text:
            raise ValueError("no article start")
        return Result(kept=[KeptLine(1, text.strip())], removals=[])

    report = score_corpus(tmp_path, clean_or_fail)
    assert report.overall.errors == ["s/broken.txt: ValueError: no article start"]
    assert report.problems == ["error: s/broken.txt: ValueError: no article start"]
    # the failed document counts as an empty output; the other one is still scored exact
    assert report.overall.documents == 2 and report.overall.exact == 1


def test_an_unreadable_file_is_an_error_naming_it_and_the_rest_is_still_compared(tmp_path: Path):
    unreadable = Path("/proc/self/mem")  # a regular file whose first read fails, even for root
    if not unreadable.exists():
        pytest.skip("no /proc/self/mem to stand for an unreadable file")
    for name in ("gold", "out"):
        (tmp_path / name / "s").mkdir(parents=True)
        (tmp_path / name / "s" / "fine.txt").write_text("x\n", encoding="utf-8")
    (tmp_path / "gold" / "s" / "broken.txt").write_text("x\n", encoding="utf-8")
    (tmp_path / "out" / "s" / "broken.txt").symlink_to(unreadable)
    report = score_trees(tmp_path / "out", tmp_path / "gold")
    assert [e.split(": ")[0] for e in report.overall.errors] == ["s/broken.txt"]
    assert report.overall.documents == 1 and report.overall.exact == 1
