"""`cleaner explain` on real files: read as `cleaner run` reads them, shown block by block."""

from __future__ import annotations

import gzip
import json
import subprocess
import sys
from pathlib import Path

import pytest

ARABIC = [
    "أعلنت وزارة الصحة اليوم عن افتتاح مستشفى جديد في المدينة بعد سنوات من العمل المتواصل.",
    "وقال الوزير في مؤتمر صحفي إن المستشفى سيخدم أكثر من مئة ألف نسمة في المنطقة الشمالية.",
    "وأضاف أن الحكومة تعمل على توسيع شبكة المراكز الصحية لتشمل القرى النائية خلال العام المقبل.",
]
ARTICLE = [
    "The city council approved the new budget on Tuesday after a long debate about school funding.",
    "Council members voted seven to two in favour, and the mayor said the plan would take effect in May.",
    "Opponents argued that the increase in property taxes would hurt families on fixed incomes.",
]
HARBOUR = Path(__file__).parent.parent / "corpus" / "raw" / "en-wire" / "harbour-plan-comments.txt"
PNG = bytes.fromhex("89504e470d0a1a0a0000000d49484452") + bytes(range(256)) * 20


def explain(*args) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "cleaner.cli", "explain", *map(str, args)],
                          capture_output=True, text=True, timeout=60)


def kept(stdout: str) -> list[str]:
    return [line.split(" KEEP  ", 1)[1] for line in stdout.splitlines() if " KEEP  " in line]


# ---------------------------------------------------------------- reading as run reads


def test_a_windows_1256_file_shows_its_arabic(tmp_path: Path):
    path = tmp_path / "ar.txt"
    path.write_bytes("\n\n".join(ARABIC).encode("cp1256"))
    done = explain(path)
    assert done.returncode == 0, done.stderr
    assert kept(done.stdout) == ARABIC


def test_a_gzipped_scrape_is_read_through_gzip(tmp_path: Path):
    path = tmp_path / "page.txt.gz"
    path.write_bytes(gzip.compress("\n".join(ARTICLE).encode("utf-8")))
    done = explain(path)
    assert done.returncode == 0, done.stderr
    assert kept(done.stdout) == ARTICLE


@pytest.mark.parametrize("name", ["photo.txt", "photo.png", "photo.html"])
def test_binary_data_is_a_clear_error_not_garbage(tmp_path: Path, name: str):
    path = tmp_path / name
    path.write_bytes(PNG)
    done = explain(path)
    assert done.returncode == 1
    assert done.stdout == "" and done.stderr.startswith(f"cleaner: {path}: ")
    assert "Traceback" not in done.stderr


def test_a_jsonl_record_is_picked_by_number_or_id(tmp_path: Path):
    path = tmp_path / "dump.jsonl.gz"
    records = [{"id": "a1", "text": "\n".join(ARTICLE[:2])}, {"id": "b2", "text": "\n".join(ARABIC)},
               {"id": 7, "html": "<html><body><article>" + "".join(f"<p>{s}</p>" for s in ARTICLE * 2)
                + "</article></body></html>"}]
    path.write_bytes(gzip.compress("".join(json.dumps(r) + "\n" for r in records).encode()))
    assert kept(explain(path, "--record", 2).stdout) == ARABIC
    assert kept(explain(path, "--id", "a1").stdout) == ARTICLE[:2]
    assert ARTICLE[2] in kept(explain(path, "--id", 7).stdout)  # the HTML field, through the HTML path

    no_pick = explain(path)
    assert no_pick.returncode == 2 and "--record N or --id ID" in no_pick.stderr
    beyond = explain(path, "--record", 9)
    assert beyond.returncode == 2 and "no record 9" in beyond.stderr


def test_a_malformed_jsonl_record_names_the_file_and_the_record(tmp_path: Path):
    path = tmp_path / "dump.jsonl"
    path.write_text(json.dumps({"text": ARTICLE[0]}) + '\n{"text": "unterminated\n', encoding="utf-8")
    done = explain(path, "--record", 2)
    assert done.returncode == 1
    assert done.stderr.startswith(f"cleaner: {path}: record 2: malformed JSON")


@pytest.mark.parametrize("target, says", [("missing.txt", "no such file"), (".", "a directory")])
def test_a_missing_file_or_a_folder_is_a_usage_error(tmp_path: Path, target: str, says: str):
    done = explain(tmp_path / target)
    assert done.returncode == 2
    assert says in done.stderr and "Traceback" not in done.stderr


# ---------------------------------------------------------------- what is shown


def test_one_row_per_removal_block_with_its_reason_once_and_no_blank_lines():
    done = explain(HARBOUR)
    assert done.returncode == 0, done.stderr
    rows = done.stdout.splitlines()
    assert "generic.blank" not in done.stdout
    drops = [row for row in rows if " DROP " in row]
    assert [row.split()[0] for row in drops] == ["2", "18-32"]
    assert drops[1].endswith("[en.comments] Comments (4)  (+14 more lines)")
    assert sum(row.lstrip().startswith("↳") for row in rows) == 2  # one reason per block
    assert kept(done.stdout)[0] == "Harbour redevelopment approved despite 1,200 objections"
    assert len(kept(done.stdout)) == 9


def test_all_lists_every_line_and_still_gives_a_reason_once_per_removal():
    done = explain(HARBOUR, "--all")
    assert done.returncode == 0, done.stderr
    rows = [row for row in done.stdout.splitlines() if row[:5].strip().isdigit()]
    assert [int(row.split()[0]) for row in rows] == list(range(1, 33))
    assert sum("[generic.blank]" in row for row in rows) == 7
    reasons = [row for row in done.stdout.splitlines() if row.lstrip().startswith("↳")]
    assert len(reasons) == 1 + 7 + 1  # the byline, each blank line, the comment block once


def test_a_line_the_model_gives_back_says_so_and_which_heuristic_had_dropped_it(monkeypatch):
    import dataclasses
    import re

    from cleaner import clean, linemodel
    from cleaner.explain import explain_lines, render_explain

    # The shipped booster, with thresholds that give back every layout drop and drop nothing
    # more: what explain shows does not hang on where a retrained model puts these lines.
    shipped = linemodel.shipped_model()
    generous = dataclasses.replace(shipped, drop=2.0, drop_inside=2.0, extend=2.0, restore=1.01)
    monkeypatch.setattr(linemodel, "shipped_model", lambda: generous)
    lines = ARTICLE + ["- Budget vote: what the new plan means for schools", "- Council tax to rise in May",
                       "- Mayor defends the property tax increase"]
    text = "\n".join(lines)
    heuristics_only = clean(text, learned=False)
    assert [(r.first_line, r.last_line, r.rule_id) for r in heuristics_only.removals] == [
        (4, 6, "generic.headline-list")]
    result = clean(text)
    assert result.text == "\n".join(line.strip() for line in lines)
    assert sorted(result.restored) == [4, 5, 6]
    shown = render_explain(text, result).splitlines()
    said = re.compile(r" +↳ restored by generic\.model \(boilerplate with probability 0\.\d\d\); "
                      r"generic\.headline-list had dropped it$")
    for number in (4, 5, 6):
        row = next(position for position, row in enumerate(shown) if row.split()[:2] == [str(number), "KEEP"])
        assert said.match(shown[row + 1]), shown[row + 1]
    assert sum(row.lstrip().startswith("↳") for row in shown) == 3  # the article's own lines say nothing
    assert render_explain(text, result, every_line=True).count("↳ restored by generic.model") == 3
    entries = explain_lines(text, result)
    assert [entry["status"] for entry in entries] == ["kept"] * 6
    assert [bool(entry["reason"]) for entry in entries] == [False] * 3 + [True] * 3
    assert heuristics_only.restored == {}  # without the layer nothing is given back
