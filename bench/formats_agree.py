"""The same 1,000 documents through every way in give identical cleaned text (issue 17).

    python bench/formats_agree.py               # 1,000 documents, Ray included
    python bench/formats_agree.py --count 200 --no-ray 2>/dev/null   # without datatrove's logs

The documents are the bundled corpus's scrapes (corpus/raw) again and again, each made unique
and given one of several URL shapes (tests/format_paths.py). They are written as JSONL,
Parquet and WET, two files of each, and cleaned by `cleaner run` (JSONL output, and Parquet
output from JSONL and WET), by the datatrove step on the local executor and on a local Ray
cluster (`ray.init(num_cpus=2)`, RayPipelineExecutor) reading each kind, and by
`Dataset.map(clean_batch, num_proc=2)`. Each way's texts are compared, document by document
(by URL), with `cleaner run` on the JSONL files. Exit status 1 on any difference.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
from format_paths import cleaned_by_way, corpus_documents  # noqa: E402

REFERENCE = "cleaner run, JSONL"


def main() -> None:
    args = _parse_args()
    documents = corpus_documents(args.count)
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="formats-agree-") as work:
        cleaned = cleaned_by_way(documents, Path(work), ray=args.ray, num_proc=2)
    expected = cleaned[REFERENCE]
    urls = sorted(d["url"] for d in documents)
    failed = sum(not isinstance(text, str) for text in expected.values())
    print(f"{len(documents)} documents ({len(set(d['text'] for d in documents))} distinct texts, "
          f"{len(set(urls))} distinct URLs); reference: {REFERENCE} ({failed} failed)")
    differing_ways = 0
    for way, texts in cleaned.items():
        differing = sorted(url for url in urls if texts.get(url) != expected.get(url))
        extra = len(set(texts) - set(urls))
        same = not differing and not extra and sorted(expected) == urls
        differing_ways += not same
        detail = "" if same else f" ({len(differing)} differ, {extra} unknown; first: {differing[:1]})"
        print(f"  {way:34} {len(texts):5} docs  identical: {'yes' if same else 'NO'}{detail}")
    print(f"{len(cleaned)} ways in {time.perf_counter() - started:.0f} s; "
          f"{'all identical' if not differing_ways else f'{differing_ways} differ'}")
    sys.exit(1 if differing_ways else 0)


def _parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--count", type=int, default=1000, help="documents (default 1000)")
    parser.add_argument("--no-ray", dest="ray", action="store_false", help="leave out the Ray executor")
    return parser.parse_args()


if __name__ == "__main__":
    main()
