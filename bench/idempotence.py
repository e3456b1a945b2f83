#!/usr/bin/env python3
"""Count the real documents that a second cleaning still changes: clean(clean(x).text).text
differs from clean(x).text.

    python bench/idempotence.py                         # corpus/raw, ../shared/seeds, dev corpus raws
    python bench/idempotence.py some/folder file.txt --show 3 --no-model

Reads every .txt file under the given folders (or the files given) in place, as
`cleaner run` reads them, and each document of a .jsonl file given (its "lines" joined, or
its "text": ../shared/traincorpus/lines/*.jsonl, say), and prints per folder the documents, how many a second pass
changes, and for the first --show of those the lines it removes. tests/test_properties.py
checks the same property on generated text.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from cleaner import clean
from cleaner.io.readers import decode

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"  # ../shared beside the checkout, as bench/eval_devcorpus.py reads it
DEFAULT_FOLDERS = (REPO / "corpus" / "raw", SHARED / "seeds", SHARED / "devcorpus")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("paths", nargs="*", type=Path, default=list(DEFAULT_FOLDERS))
    parser.add_argument("--no-model", action="store_true", help="clean with the learned line layer off")
    parser.add_argument("--show", type=int, default=0, metavar="N",
                        help="print what the second pass removes from the first N changed documents")
    args = parser.parse_args(argv)
    total = changed_total = shown = 0
    for root in args.paths:
        documents = _documents(root)
        if not documents:
            print(f"{str(root):<60} (no documents: skipped)")
            continue
        changed = []
        for name, text in documents:
            once = clean(text, learned=not args.no_model).text
            twice = clean(once, learned=not args.no_model)
            if twice.text != once:
                changed.append((name, twice))
        total, changed_total = total + len(documents), changed_total + len(changed)
        print(f"{str(root):<60} {len(documents):>5} documents  {len(changed):>4} changed by a second pass")
        for path, twice in changed:
            if shown < args.show:
                shown += 1
                print(f"  {path}")
                for removal in twice.removals:
                    print(f"    - [{removal.rule_id}] {removal.text[:100]!r}")
    print(f"{'all':<60} {total:>5} documents  {changed_total:>4} changed by a second pass")
    return 0


def _documents(root: Path) -> list[tuple[str, str]]:
    """(name, text) of the documents in a .jsonl file, a .txt file, or the raw .txt files
    under a folder (a dev corpus set's gold/ is the expected output, not input)."""
    if root.suffix == ".jsonl":
        with root.open(encoding="utf-8") as lines:
            records = [json.loads(line) for line in lines if line.strip()]
        return [(f"{root}:{number}", _record_text(record, f"{root}:{number}"))
                for number, record in enumerate(records, 1)]
    files = [root] if root.is_file() else sorted(
        path for path in root.rglob("*.txt") if "gold" not in path.relative_to(root).parts)
    return [(str(path), decode(path.read_bytes())[0]) for path in files]


def _record_text(record: dict, where: str) -> str:
    if "lines" in record:
        return "\n".join(record["lines"])
    if "text" in record:
        return record["text"]
    raise SystemExit(f"{where}: a record needs a \"lines\" or a \"text\" field")


if __name__ == "__main__":
    sys.exit(main())
