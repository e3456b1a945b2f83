"""bench/eval_devcorpus.py on a tiny dev-corpus-shaped tree built in tmp_path."""

import subprocess
import sys
from pathlib import Path

SCRIPT = Path(__file__).resolve().parent.parent / "bench" / "eval_devcorpus.py"


def test_eval_prints_each_set_next_to_keep_all_and_the_worst_document(tmp_path: Path):
    root = tmp_path / "devcorpus"
    documents = {"one.txt": ("Headline\nBody line.\n", "Headline\nBody line.\n"),
                 "two.txt": ("Headline two\nSome body.\n\u00a0\n", "Headline two\nSome body.\n")}
    for name, (raw, gold) in documents.items():
        for part, text in (("raw", raw), ("gold", gold)):
            (root / "tiny" / part / "site").mkdir(parents=True, exist_ok=True)
            (root / "tiny" / part / "site" / name).write_text(text, encoding="utf-8")
    out = tmp_path / "out"
    run = subprocess.run([sys.executable, str(SCRIPT), "--root", str(root), "--sets", "tiny", "absent",
                          "--out", str(out), "--worst", "1"], capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr
    rows = run.stdout.splitlines()
    cleaner_row = next(r for r in rows if r.startswith("tiny") and "cleaner" in r)
    keep_all_row = next(r for r in rows if "keep-all" in r).split()
    # both documents are clean (nothing to remove), so keep-all is exact on both
    assert keep_all_row[-1] == "2/2" and keep_all_row[1] == "2"
    assert cleaner_row.split()[2] == "2"
    assert "absent" in run.stdout and "skipped" in run.stdout
    assert "tiny/site/" in run.stdout  # the worst document is named
    # the cleaned text went to --out, not next to the corpus
    assert sorted(p.name for p in (out / "tiny" / "site").iterdir()) == ["one.txt", "two.txt"]
    assert sorted(p.name for p in (root / "tiny" / "raw" / "site").iterdir()) == ["one.txt", "two.txt"]
