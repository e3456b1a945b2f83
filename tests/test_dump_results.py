"""bench/dump_results.py: its --pages step, on a tiny built-data folder written in tmp_path."""

import json
import subprocess
import sys
from pathlib import Path

import bench_scripts

SCRIPT = bench_scripts.BENCH / "dump_results.py"


def test_a_page_step_below_one_is_refused_before_any_work(tmp_path: Path):
    for step in ("0", "-2", "two"):
        done = subprocess.run([sys.executable, str(SCRIPT), str(tmp_path / "out.jsonl"), "--pages", step],
                              capture_output=True, text=True, timeout=120)
        assert done.returncode == 2, done.stderr
        assert f"--pages: {step} is not a page step" in done.stderr
        assert "Traceback" not in done.stderr
        assert not (tmp_path / "out.jsonl").exists()


def test_renderings_take_every_nth_page_of_each_split_and_rendering(tmp_path: Path):
    records = [{"split": split, "kind": "html/naive", "lines": [f"{split} page {n}"]}
               for split in ("train", "test") for n in range(1, 6)]
    (tmp_path / "html.jsonl").write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    renderings = bench_scripts.load("dump_results").renderings
    assert sorted(renderings(tmp_path, 2)) == [f"rendered/{split}/html/naive/{n}"
                                               for split in ("test", "train") for n in (1, 3, 5)]
    every = renderings(tmp_path, 1)
    assert len(every) == 10 and every["rendered/test/html/naive/4"] == "test page 4"
