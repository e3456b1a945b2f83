"""`cleaner check` and `cleaner diff` on small corpora built in tmp_path.

The gold of each tiny corpus is what today's clean() returns, so the tests hold whatever
the engine's quality: they change the gold and expect the check to notice. Most tests call
the command line in-process (loading the shipped rules once); the gate itself and the
terminal colour are also checked through a real `python -m cleaner.cli` process.
"""

import contextlib
import io
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from terminal import run_on_terminal

from cleaner.cli import main
from cleaner.engine import clean
from cleaner.model import split_lines

SEEDS = Path(__file__).resolve().parent.parent / "corpus" / "raw" / "seeds"


def cleaner(*args: str) -> subprocess.CompletedProcess:
    """Run the command line in this process; same exit status and output as the real one."""
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        status = main(list(args))
    return subprocess.CompletedProcess(args, status, out.getvalue(), err.getvalue())


def cleaner_process(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "cleaner.cli", *args], capture_output=True,
                          text=True, timeout=300)


@pytest.fixture(scope="module")
def pinned_corpus(tmp_path_factory) -> Path:
    """Two seeds under raw/seeds, with gold equal to today's clean() output, floors pinned."""
    root = tmp_path_factory.mktemp("pinned") / "corpus"
    for raw in sorted(SEEDS.glob("*.txt"))[:2]:
        for part in ("raw", "gold"):
            (root / part / "seeds").mkdir(parents=True, exist_ok=True)
        shutil.copy(raw, root / "raw" / "seeds" / raw.name)
        text = clean(raw.read_text(encoding="utf-8")).text
        (root / "gold" / "seeds" / raw.name).write_text(text + "\n", encoding="utf-8")
    pinned = cleaner("check", str(root), "--update-baseline")
    assert pinned.returncode == 0, pinned.stderr
    return root


@pytest.fixture
def corpus(pinned_corpus: Path, tmp_path: Path) -> Path:
    """A fresh copy of the pinned corpus for a test to change."""
    return Path(shutil.copytree(pinned_corpus, tmp_path / "corpus"))


def edit_gold_line(corpus: Path, number: int, new_text: str) -> tuple[str, str]:
    """Replace one line of the first gold file; return its relative path and the old line."""
    gold = sorted((corpus / "gold" / "seeds").glob("*.txt"))[0]
    lines = split_lines(gold.read_text(encoding="utf-8"))
    old, lines[number - 1] = lines[number - 1], new_text
    gold.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return f"seeds/{gold.name}", old


def test_unchanged_corpus_passes_its_floors(corpus: Path):
    checked = cleaner("check", str(corpus))
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert "below floor" not in checked.stdout


def test_one_changed_gold_line_fails_and_names_the_document_and_line(corpus: Path):
    document, old = edit_gold_line(corpus, 2, "A line the cleaner never wrote")
    checked = cleaner_process("check", str(corpus))
    assert checked.returncode == 1
    out = checked.stdout
    assert document in out
    assert "? gold 2: A line the cleaner never wrote" in out
    assert f": {old}" in out  # the real line, now kept against the gold, with its raw line number
    assert "below floor: seeds: line_f1" in out
    assert "below floor: seeds: exact 1 is below its floor 2" in out
    assert "\x1b[" not in out  # piped: no colour


def test_update_baseline_refuses_to_lower_a_floor(corpus: Path):
    pinned = json.loads((corpus / "baseline.json").read_text(encoding="utf-8"))
    edit_gold_line(corpus, 1, "Another line the cleaner never wrote")
    updated = cleaner("check", str(corpus), "--update-baseline")
    assert updated.returncode == 1
    assert "refusing to lower line_f1 floor" in updated.stderr
    assert "refusing to lower exact floor from 2 to 1" in updated.stderr
    assert json.loads((corpus / "baseline.json").read_text(encoding="utf-8")) == pinned


def test_update_baseline_raises_a_floor(corpus: Path):
    baseline_path = corpus / "baseline.json"
    baseline = json.loads(baseline_path.read_text(encoding="utf-8"))
    baseline["sites"]["seeds"]["exact"] = 0
    baseline_path.write_text(json.dumps(baseline), encoding="utf-8")
    updated = cleaner("check", str(corpus), "--update-baseline")
    assert updated.returncode == 0, updated.stderr
    assert json.loads(baseline_path.read_text(encoding="utf-8"))["sites"]["seeds"]["exact"] == 2


def test_missing_gold_is_reported_and_fails(corpus: Path):
    shutil.copy(sorted(SEEDS.glob("*.txt"))[2], corpus / "raw" / "seeds" / "unlabelled.txt")
    checked = cleaner("check", str(corpus))
    assert checked.returncode == 1
    assert "missing gold: seeds/unlabelled.txt" in checked.stdout


def test_diff_reports_a_missing_output_file(corpus: Path, tmp_path: Path):
    output = tmp_path / "output"
    shutil.copytree(corpus / "gold", output)
    missing = sorted((output / "seeds").glob("*.txt"))[0]
    missing.unlink()
    report_path = tmp_path / "report.json"
    diffed = cleaner("diff", str(output), str(corpus / "gold"), "--json", str(report_path))
    assert diffed.returncode == 1
    assert f"missing output: seeds/{missing.name}" in diffed.stdout
    report = json.loads(report_path.read_text(encoding="utf-8"))
    assert report["overall"]["missing_output"] == [f"seeds/{missing.name}"]
    assert report["overall"]["documents"] == 2 and report["overall"]["exact"] == 1


def test_diff_with_raw_gives_junk_figures(corpus: Path, tmp_path: Path):
    report_path = tmp_path / "report.json"
    diffed = cleaner("diff", str(corpus / "raw"), str(corpus / "gold"), "--raw", str(corpus / "raw"),
                     "--json", str(report_path))
    assert diffed.returncode == 1, diffed.stderr  # the raw scrapes differ from their gold
    overall = json.loads(report_path.read_text(encoding="utf-8"))["overall"]
    # the raw scrape kept whole: no junk line removed, no gold line lost
    assert overall["junk_removed"] == 0 and overall["gold_lost"] == 0


def test_diff_exits_0_only_when_every_output_equals_its_gold(corpus: Path, tmp_path: Path):
    assert cleaner("diff", str(corpus / "gold"), str(corpus / "gold")).returncode == 0
    output = Path(shutil.copytree(corpus / "gold", tmp_path / "output"))
    changed = sorted((output / "seeds").glob("*.txt"))[0]
    changed.write_text(changed.read_text(encoding="utf-8") + "One more line.\n", encoding="utf-8")
    assert cleaner("diff", str(output), str(corpus / "gold")).returncode == 1


def test_diff_names_the_rule_that_removed_a_gold_line_from_the_explain_files(corpus: Path, tmp_path: Path):
    """A gold that keeps every raw line: each line the run removed is a gold line lost, and
    the --explain files beside the output say which rule removed it, as check does."""
    for raw in (corpus / "raw" / "seeds").glob("*.txt"):
        lines = [line.strip() for line in split_lines(raw.read_text(encoding="utf-8")) if line.strip()]
        (corpus / "gold" / "seeds" / raw.name).write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = tmp_path / "out"
    done = cleaner_process("run", str(corpus / "raw"), "--out", str(out), "--explain", "--quiet")
    assert done.returncode == 0, done.stderr
    checked = cleaner("check", str(corpus)).stdout
    diffed = cleaner("diff", str(out), str(corpus / "gold"), "--raw", str(corpus / "raw"))
    assert diffed.returncode == 1
    named = [line for line in diffed.stdout.splitlines() if line.startswith("  - gold ")]
    assert named and all(" [" in line for line in named)
    assert "  ? gold" not in diffed.stdout
    assert named == [line for line in checked.splitlines() if line.startswith("  - gold ")]


def test_a_missing_corpus_folder_is_a_usage_error(tmp_path: Path):
    checked = cleaner("check", str(tmp_path / "nowhere"))
    assert checked.returncode == 2
    assert "nowhere: no raw/ folder" in checked.stderr


def test_an_unreadable_baseline_names_the_file(corpus: Path):
    (corpus / "baseline.json").write_text("{not json", encoding="utf-8")
    checked = cleaner("check", str(corpus))
    assert checked.returncode == 2
    assert "baseline.json: cannot read the baseline" in checked.stderr


def test_colour_on_a_terminal_unless_no_color(corpus: Path):
    edit_gold_line(corpus, 2, "changed")
    env = {k: v for k, v in os.environ.items() if k != "NO_COLOR"}
    assert "\x1b[35m" in _run_on_terminal(["check", str(corpus)], env)
    assert "\x1b[" not in _run_on_terminal(["check", str(corpus)], {**env, "NO_COLOR": "1"})


def _run_on_terminal(args: list[str], env: dict) -> str:
    return run_on_terminal([sys.executable, "-m", "cleaner.cli", *args], env)[1]
