#!/usr/bin/env python3
"""Dump clean() results for every bundled and dev-corpus text, to prove a change keeps output.

    python bench/dump_results.py /tmp/before.jsonl             # before a change
    python bench/dump_results.py /tmp/after.jsonl --against /tmp/before.jsonl
    python bench/dump_results.py /tmp/x.jsonl --data /tmp/cleaner-train   # + rendered pages

Each text (corpus/raw, ../shared/devcorpus/<set>/raw when present, and the raw snippet of
every rule-file test) is cleaned with extracted off and on, without a URL and with a URL of
each site file's domain (so that every site matcher runs too). With --data (a
`python -m cleaner.train build` folder), the naive renderings of its traincorpus pages too:
every --pages-th page of each split and rendering, cleaned without a URL, extracted off and
on (the pages the learned line layer acts on). One JSON line per result: kept text,
removals with rule ids and reasons, metadata and flags, and the SHA-256 of every feature
matrix the learned layer computed for it and of the probabilities it predicted (bit for bit:
a change that moves a probability in its last digit shows, even where no decision changes).
--against prints how many results are identical and the keys of those that differ.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

from cleaner import features, linemodel
from cleaner.engine import clean
from cleaner.rules import default_rules
from cleaner.scoring import read_text, tree_files

ROOT = Path(__file__).resolve().parent.parent
DEVCORPUS = ROOT.parent / "shared" / "devcorpus"
DEVCORPUS_TEXT_SETS = ("arabic", "dari-html", "multilingual")


def texts(devcorpus: Path) -> dict[str, str]:
    found = {f"corpus/{name}": read_text(path) for name, path in tree_files(ROOT / "corpus" / "raw").items()}
    for name in DEVCORPUS_TEXT_SETS:
        folder = devcorpus / name / "raw"
        if folder.is_dir():
            found.update({f"dev/{name}/{key}": read_text(path) for key, path in tree_files(folder).items()})
    for test in default_rules().tests:
        found[f"test/{test.source.rsplit('/', 1)[-1]}/{test.name}"] = test.raw
    return found


def renderings(data: Path, every: int) -> dict[str, str]:
    """Every `every`-th rendered page of each split and rendering in a train build folder."""
    found, seen = {}, {}
    with (data / "html.jsonl").open(encoding="utf-8") as handle:
        for raw in handle:
            record = json.loads(raw)
            group = (record["split"], record["kind"])
            seen[group] = seen.get(group, 0) + 1
            if seen[group] % every == 1 % every:
                found[f"rendered/{record['split']}/{record['kind']}/{seen[group]}"] = "\n".join(record["lines"])
    return found


class LayerDigests:
    """Records the SHA-256 of each feature matrix and probability vector the learned layer
    computes, by wrapping the two functions it calls (features.document_features and
    LineModel.probabilities) for as long as the dump runs."""

    def __init__(self):
        self.found: list[str] = []

    def __enter__(self):
        self._features, self._probabilities = features.document_features, linemodel.LineModel.probabilities

        def document_features(lines, *markers):
            matrix, indexes = self._features(lines, *markers)
            self.found.append("features " + hashlib.sha256(matrix.tobytes()).hexdigest())
            return matrix, indexes

        def probabilities(model, matrix):
            found = self._probabilities(model, matrix)
            self.found.append("probabilities " + hashlib.sha256(found.tobytes()).hexdigest())
            return found

        features.document_features, linemodel.LineModel.probabilities = document_features, probabilities
        return self

    def __exit__(self, *exc_info):
        features.document_features, linemodel.LineModel.probabilities = self._features, self._probabilities

    def take(self) -> list[str]:
        found, self.found = self.found, []
        return found


def results(devcorpus: Path, data: Path | None, every: int):
    rules = default_rules()
    urls = [None] + [f"https://{site.domains[0]}/news/1" for site in rules.sites if site.domains]
    jobs = [(key, text, urls) for key, text in texts(devcorpus).items()]
    if data is not None:
        jobs += [(key, text, [None]) for key, text in renderings(data, every).items()]
    with LayerDigests() as digests:
        for key, text, text_urls in jobs:
            for url in text_urls:
                for extracted in (False, True):
                    result = clean(text, url, rules=rules, extracted=extracted)
                    yield {
                        "key": f"{key} url={url} extracted={extracted}",
                        "text": result.text,
                        "removals": [r.to_dict() for r in result.removals],
                        "metadata": result.metadata,
                        "flags": result.flags,
                        "layer": digests.take(),
                    }


def _positive(value: str) -> int:
    """--pages N: every N-th page, so N is 1 or more (0 would divide by zero)."""
    try:
        number = int(value)
    except ValueError:
        number = 0
    if number < 1:
        raise argparse.ArgumentTypeError(f"{value} is not a page step: give a whole number, 1 (every page) or more")
    return number


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--against", type=Path, help="an earlier dump to compare with")
    parser.add_argument("--devcorpus", type=Path, default=DEVCORPUS, help=f"default {DEVCORPUS}")
    parser.add_argument("--data", type=Path, help="a `python -m cleaner.train build` folder: its rendered pages too")
    parser.add_argument("--pages", type=_positive, default=4, help="with --data, every N-th page (default 4)")
    args = parser.parse_args()
    if not args.devcorpus.is_dir():
        # Said aloud: a dump without the dev texts, compared with one that has them, would
        # list them all as differing (from a worktree, ../shared is not beside the repo).
        print(f"dump_results: {args.devcorpus}: dev corpus not found, its texts are left out "
              "(--devcorpus DIR)", file=sys.stderr)
    with open(args.out, "w", encoding="utf-8") as out:
        dumped = {}
        for record in results(args.devcorpus, args.data, args.pages):
            line = json.dumps(record, ensure_ascii=False, sort_keys=True)
            out.write(line + "\n")
            dumped[record["key"]] = line
    print(f"{len(dumped)} results written to {args.out}")
    if not args.against:
        return 0
    before = {}
    for line in args.against.read_text(encoding="utf-8").splitlines():
        before[json.loads(line)["key"]] = line
    same = sum(1 for key, line in dumped.items() if before.get(key) == line)
    differing = sorted(key for key in dumped.keys() | before.keys() if before.get(key) != dumped.get(key))
    print(f"{same} of {len(dumped)} identical to {args.against}; {len(differing)} differ")
    for key in differing:
        print("  differs:", key)
    return 1 if differing else 0


if __name__ == "__main__":
    sys.exit(main())
