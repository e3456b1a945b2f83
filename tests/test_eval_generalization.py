"""bench/eval_generalization.py on a tiny built-data folder written in tmp_path."""

import json
import subprocess
import sys
from pathlib import Path

import bench_scripts

SCRIPT = bench_scripts.BENCH / "eval_generalization.py"


def write_jsonl(path: Path, records: list[dict]) -> None:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")


def test_eval_scores_keep_all_both_engines_and_the_labels_per_set_and_split(tmp_path: Path):
    body = ["Harbour plan approved", "Councillors approved the plan to rebuild the fish market on Tuesday.",
            "Work starts in the spring and should take two years."]
    gold = tmp_path / "gold.txt"
    gold.write_text("\n".join(body) + "\n", encoding="utf-8")
    lines = body + ["Share on Facebook", "Copyright © 2025 Portbury Echo. All rights reserved."]
    page = {"id": "x/1", "set": "tiny", "site": "a.example", "split": "test", "kind": "html/html_text",
            "lines": lines, "keep": [True, True, True, False, False], "gold_path": str(gold)}
    write_jsonl(tmp_path / "html.jsonl", [page, {**page, "id": "x/2", "split": "train"}])
    write_jsonl(tmp_path / "lines.jsonl", [{"id": "l/1", "set": "tinylines", "split": "test", "kind": "lines",
                                            "lines": body, "keep": [True, True, True]}])
    write_jsonl(tmp_path / "synthetic.jsonl", [])
    groups = bench_scripts.load("eval_generalization").evaluate(tmp_path, {"test"})
    engines = ("keep-all", "new engine", "previous engine")
    assert sorted(groups) == [("tiny", "html/html_text", "test", tool) for tool in ("aligned labels", *engines)] \
        + [("tinylines", "lines", "test", tool) for tool in engines]
    labels = groups[("tiny", "html/html_text", "test", "aligned labels")]
    assert (labels.token_f1, labels.shingle_f1, labels.junk_removed, labels.gold_lost) == (1.0, 1.0, 2, 0)
    keep_all = groups[("tiny", "html/html_text", "test", "keep-all")]
    assert (keep_all.junk, keep_all.junk_removed, keep_all.gold_lost, keep_all.exact) == (2, 0, 0, 0)
    assert keep_all.token_f1 < 1.0
    clean_text = groups[("tinylines", "lines", "test", "keep-all")]
    assert (clean_text.clean_documents, clean_text.clean_losing, clean_text.exact) == (1, 0, 1)
    run = subprocess.run([sys.executable, str(SCRIPT), "--data", str(tmp_path), "--splits", "test", "--markdown"],
                         capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr
    assert [row.split(" | ")[0] for row in run.stdout.splitlines()[2:]] == ["| tiny", "| tinylines"]


def test_eval_without_built_data_says_how_to_build_it(tmp_path: Path):
    run = subprocess.run([sys.executable, str(SCRIPT), "--data", str(tmp_path)], capture_output=True, text=True)
    assert run.returncode == 2 and "python -m cleaner.train build" in run.stderr
