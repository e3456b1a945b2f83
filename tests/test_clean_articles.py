"""bench/clean_articles.py on a tiny traincorpus written in tmp_path."""

import gzip
import json
import subprocess
import sys
from pathlib import Path

SCRIPT = Path(__file__).resolve().parent.parent / "bench" / "clean_articles.py"

CLEAN = ["The county opened its first public charging hub for electric lorries beside the ring road on Monday.",
         "Officials said the eight chargers could fill a delivery lorry in under an hour and would run all night.",
         "Hauliers welcomed the hub but asked the county to add a second site near the port before next winter."]
PROMO = "Read more: Diesel prices fall for a fourth week in a row"


def write_corpus(root: Path) -> None:
    (root / "html").mkdir(parents=True)
    (root / "articles").mkdir()
    records = [{"id": "1", "title": "Charging hub for lorries opens", "text": "\n".join(CLEAN), "inline_promo": False},
               {"id": "2", "title": "Lorry hub opens", "text": "\n".join([*CLEAN[:2], PROMO, CLEAN[2]]),
                "inline_promo": True}]
    with gzip.open(root / "articles" / "en-tiny.jsonl.gz", "wt", encoding="utf-8") as handle:
        handle.writelines(json.dumps(record) + "\n" for record in records)


def test_counts_clean_articles_losing_a_line_apart_from_flagged_ones(tmp_path: Path):
    write_corpus(tmp_path / "corpus")
    lost = tmp_path / "lost.json"
    run = subprocess.run([sys.executable, str(SCRIPT), "--traincorpus", str(tmp_path / "corpus"), "--lost", str(lost)],
                         capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr
    row = next(line for line in run.stdout.splitlines() if line.startswith("en-tiny"))
    assert row.split()[1:5] == ["2", "0", "0", "1"]  # articles, losing, lines lost, flagged losing
    assert json.loads(lost.read_text(encoding="utf-8")) == {"en-tiny/2": [f"en.read-more: {PROMO}"]}


def test_without_a_traincorpus_it_says_where_to_point_it(tmp_path: Path):
    run = subprocess.run([sys.executable, str(SCRIPT), "--traincorpus", str(tmp_path)], capture_output=True, text=True)
    assert run.returncode == 2 and "--traincorpus" in run.stderr
