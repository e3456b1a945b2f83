"""bench/bench_compiled.py: its copies of the package clean with their own modules and rules,
and its digest of the results tells two engines apart. (Compiling takes minutes and Cython
is no dependency: the compiled side is measured by running the script, not here.)"""

import json
from pathlib import Path

import bench_scripts

ROOT = Path(__file__).resolve().parent.parent


def digest(script, tree: Path, texts_file: Path) -> str:
    seconds, found = script._run(tree, texts_file, 0).stdout.split()
    assert float(seconds) >= 0
    return found


def test_a_copy_cleans_with_its_own_rules_and_the_digest_follows_the_results(tmp_path):
    script = bench_scripts.load("bench_compiled")
    texts = [path.read_text(encoding="utf-8") for path in sorted((ROOT / "corpus" / "raw" / "en-wire").glob("*.txt"))]
    texts_file = tmp_path / "texts.json"
    texts_file.write_text(json.dumps(texts), encoding="utf-8")
    first, second = script._copy(tmp_path / "first"), script._copy(tmp_path / "second")
    assert digest(script, first, texts_file) == digest(script, second, texts_file)
    # Without its English markers (comments, tags, read more), the second copy cleans the
    # English wire pages otherwise: it reads its own rules, not the checkout's, and the
    # digest sees the change.
    rules = second / "cleaner" / "rules_data" / "generic" / "en.toml"
    rules.write_text("", encoding="utf-8")
    assert digest(script, first, texts_file) != digest(script, second, texts_file)
