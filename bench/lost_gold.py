#!/usr/bin/env python3
"""Which removals take the article's text on naive renderings of unseen pages.

    python bench/lost_gold.py --data /tmp/cleaner-train [--splits dev] [--half A|B] [--save F]
    python bench/lost_gold.py --load F [--half A] [--rule generic.model --show 20]

Cleans every HTML rendering of the split (generic rules only, no URL, as
bench/eval_generalization.py does) and charges each gold-labelled line that clean() removed
to the rule id that removed it, and to where it stood against the kept article: above the
first kept line (the start taken too late), below the last (the end taken too early) or
between kept lines. Per rule and place: gold lines and tokens lost, and the gain in mean
shingle F1 if that class alone were kept (every other line as clean() left it), so the
biggest classes show first.

The dev split's sites fall in two halves by a hash of the site name (--half): find and tune
on one, keep a change only if the other does not lose.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import pickle
import sys
from collections import Counter, defaultdict
from pathlib import Path

from cleaner import clean
from cleaner.scoring import PRF, shingles, tokens


def half(site: str) -> str:
    """A or B: a fixed split of sites, the same on every machine and run."""
    return "AB"[hashlib.sha256(site.encode("utf-8")).digest()[0] % 2]


def analyse(data: Path, splits: set[str]) -> list[dict]:
    """One entry a rendered page: its labels, gold, and what clean() kept and removed."""
    pages = []
    with (data / "html.jsonl").open(encoding="utf-8") as handle:
        for raw in handle:
            record = json.loads(raw)
            if record["split"] not in splits:
                continue
            result = clean("\n".join(record["lines"]))
            removed_by = {}
            for removal in result.removals:
                for number in range(removal.first_line, removal.last_line + 1):
                    removed_by[number] = removal.rule_id
            pages.append({
                "id": record["id"], "set": record["set"], "kind": record["kind"], "site": record["site"],
                "lines": record["lines"], "keep": record["keep"],
                "gold": Path(record["gold_path"]).read_text(encoding="utf-8"),
                "kept": [line.number for line in result.kept], "removed_by": removed_by,
            })
    return pages


def _f1(lines: list[str], gold_shingles: Counter) -> float:
    return PRF.of(shingles(tokens("\n".join(lines))), gold_shingles).f1


def _place(number: int, kept: list[int]) -> str:
    if not kept or number < kept[0]:
        return "above"
    return "below" if number > kept[-1] else "inside"


def classes(pages: list[dict]) -> dict:
    """(set, kind) -> {"f1": mean F1, (rule, place): [lines, tokens, gain, pages]}."""
    by_group: dict = defaultdict(lambda: {"n": 0, "f1": 0.0, "lost": defaultdict(lambda: [0, 0, 0.0, 0])})
    for page in pages:
        group = by_group[(page["set"], page["kind"])]
        gold_shingles = shingles(tokens(page["gold"]))
        kept = set(page["kept"])
        base = _f1([page["lines"][n - 1] for n in page["kept"]], gold_shingles)
        group["n"] += 1
        group["f1"] += base
        lost = defaultdict(list)
        for number, rule in page["removed_by"].items():
            if page["keep"][number - 1]:
                lost[(rule, _place(number, page["kept"]))].append(number)
        for key, numbers in lost.items():
            restored = sorted(kept | set(numbers))
            entry = group["lost"][key]
            entry[0] += len(numbers)
            entry[1] += sum(len(tokens(page["lines"][n - 1])) for n in numbers)
            entry[2] += _f1([page["lines"][n - 1] for n in restored], gold_shingles) - base
            entry[3] += 1
    return by_group


def report(pages: list[dict], top: int) -> None:
    for (set_name, kind), group in sorted(classes(pages).items()):
        n = group["n"]
        print(f"\n{set_name} {kind}: {n} pages, shingle F1 {group['f1'] / n:.3f}")
        rows = sorted(group["lost"].items(), key=lambda item: -item[1][2])[:top]
        for (rule, place), (lines, toks, gain, count) in rows:
            print(f"  +{gain / n:.4f}  {rule:32} {place:6}  {lines:5} lines {toks:6} tokens on {count} pages")


def show(pages: list[dict], rule: str, place: str | None, limit: int) -> None:
    """The lost gold lines of one class, with the page they stood on."""
    shown = 0
    for page in pages:
        numbers = [n for n, r in sorted(page["removed_by"].items())
                   if r == rule and page["keep"][n - 1] and (place is None or _place(n, page["kept"]) == place)]
        if not numbers:
            continue
        print(f"\n== {page['id']} ({page['kind']}, {page['site']}): {len(numbers)} lines")
        for n in numbers[:8]:
            print(f"  {n:5} {page['lines'][n - 1][:150]}")
        shown += 1
        if shown >= limit:
            return


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", default="/tmp/cleaner-train", help="the folder `python -m cleaner.train build` wrote")
    parser.add_argument("--splits", nargs="+", default=["dev"], choices=["train", "dev", "test"])
    parser.add_argument("--half", choices=["A", "B"], help="only the sites of this half")
    parser.add_argument("--save", help="write the analysed pages to this pickle")
    parser.add_argument("--load", help="read analysed pages from this pickle instead of cleaning")
    parser.add_argument("--top", type=int, default=15, help="classes shown per group")
    parser.add_argument("--rule", help="list the lost gold lines of this rule id")
    parser.add_argument("--place", choices=["above", "inside", "below"], help="with --rule: only these")
    parser.add_argument("--show", type=int, default=20, help="with --rule: pages listed")
    args = parser.parse_args(argv)
    if args.load:
        with open(args.load, "rb") as handle:
            pages = pickle.load(handle)
    else:
        pages = analyse(Path(args.data), set(args.splits))
        if args.save:
            with open(args.save, "wb") as handle:
                pickle.dump(pages, handle)
    if args.half:
        pages = [page for page in pages if half(page["site"]) == args.half]
    if args.rule:
        show(pages, args.rule, args.place, args.show)
    else:
        report(pages, args.top)
    return 0


if __name__ == "__main__":
    sys.exit(main())
