#!/usr/bin/env python3
"""Where the synthetic aggregator pages go wrong, by what each line is.

    python bench/eval_synthetic_parts.py [--data /tmp/cleaner-train] [--splits dev]
                                         [--sets synthetic-ar ...]

The composer (cleaner/train/compose.py) knows what every line of its pages is: the lead's
title and paragraphs (kept), a menu, a byline, an inline promo, a read-also box, the
other article after it (other_title, other_body), a related list, a comment thread, ...
(dropped). For each part this prints how many of its lines the previous engine
(clean(learned=False)) and the new engine (clean()) keep: for a dropped part that is junk
kept, for the title and body gold lost. Then which rules removed gold lines, and how many
pages leave the learned layer off because the heuristics found no page chrome there.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

from cleaner import clean
from cleaner.model import strip_line

KEPT_PARTS = ("title", "body")


def tally(data: Path, splits: set[str], sets: set[str]) -> dict:
    lines_of = Counter()
    kept = {tool: Counter() for tool in ("previous", "new")}
    gold_removed_by = Counter()
    junk_removed_by = Counter()
    pages = Counter()
    with (data / "synthetic.jsonl").open(encoding="utf-8") as handle:
        for raw_record in handle:
            record = json.loads(raw_record)
            if record["split"] not in splits or (sets and record["set"] not in sets):
                continue
            text = "\n".join(record["lines"])
            results = {"previous": clean(text, learned=False), "new": clean(text)}
            kept_numbers = {tool: {line.number for line in result.kept} for tool, result in results.items()}
            new_rules = {number: removal.rule_id for removal in results["new"].removals
                         for number in range(removal.first_line, removal.last_line + 1)}
            pages["pages"] += 1
            pages["controls"] += record["control"]
            pages["exact (new)"] += _exact(record, results["new"])
            if results["new"].text == results["previous"].text:
                pages["new output = previous output"] += 1
            for number, (line, part) in enumerate(zip(record["lines"], record["parts"]), 1):
                if not strip_line(line):
                    continue
                lines_of[part] += 1
                for tool, numbers in kept_numbers.items():
                    kept[tool][part] += number in numbers
                if number in new_rules:
                    (gold_removed_by if part in KEPT_PARTS else junk_removed_by)[(part, new_rules[number])] += 1
    return {"lines": lines_of, "kept": kept, "gold_removed_by": gold_removed_by,
            "junk_removed_by": junk_removed_by, "pages": pages}


def _exact(record: dict, result) -> bool:
    expected = [strip_line(line) for line, keep in zip(record["lines"], record["keep"]) if keep and strip_line(line)]
    return [line.text for line in result.kept] == expected


def report(found: dict) -> str:
    out = [", ".join(f"{name}: {count}" for name, count in found["pages"].items()), "",
           f"{'part':<14}{'lines':>7}  {'kept: previous':>15}  {'new':>7}  (title/body: kept is right)"]
    lines_of, kept = found["lines"], found["kept"]
    for part in sorted(lines_of, key=lambda p: (p not in KEPT_PARTS, -lines_of[p])):
        n = lines_of[part]
        out.append(f"{part:<14}{n:>7}  {kept['previous'][part] / n:>15.1%}  {kept['new'][part] / n:>7.1%}")
    junk = sum(n for p, n in lines_of.items() if p not in KEPT_PARTS)
    junk_kept = sum(kept["new"][p] for p in lines_of if p not in KEPT_PARTS)
    out.append(f"junk lines kept by the new engine: {junk_kept} of {junk} ({junk_kept / max(junk, 1):.1%})")
    out += ["", "gold lines removed (new engine), by part and rule:"]
    out += [f"  {part:<10} {rule:<28} {n}" for (part, rule), n in found["gold_removed_by"].most_common(15)]
    out += ["", "junk lines removed (new engine), by part and rule:"]
    by_part = defaultdict(list)
    for (part, rule), n in found["junk_removed_by"].most_common():
        by_part[part].append(f"{rule} {n}")
    out += [f"  {part:<12} {', '.join(rules[:5])}" for part, rules in sorted(by_part.items())]
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", default="/tmp/cleaner-train", help="the folder `python -m cleaner.train build` wrote")
    parser.add_argument("--splits", nargs="+", default=["dev"], choices=["train", "dev", "test"])
    parser.add_argument("--sets", nargs="*", default=[], help="synthetic sets (default: all), e.g. synthetic-ar")
    args = parser.parse_args(argv)
    data = Path(args.data)
    if not (data / "synthetic.jsonl").exists():
        print(f"{data}: no synthetic.jsonl; run `python -m cleaner.train build --out {data}` first", file=sys.stderr)
        return 2
    print(report(tally(data, set(args.splits), set(args.sets))))
    return 0


if __name__ == "__main__":
    sys.exit(main())
