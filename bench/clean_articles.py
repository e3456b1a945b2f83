#!/usr/bin/env python3
"""Over-deletion on clean text: the traincorpus' clean articles through clean(), and how
many of them lose a line, by source and by the rule or heuristic that took it.

    python bench/clean_articles.py [--traincorpus DIR] [--rules DIR] [--limit N] [--lost FILE]

Each article is its title over its text (one paragraph a line), as a page's headline sits
over its body; nothing in it is boilerplate, but for the articles the corpus flags
`inline_promo` (a real "read also" line left in the text), which are counted apart. A
change to the rules should not raise "losing a line"; `--lost FILE` writes the ids and the
lines each losing article lost (JSON), so two runs can be compared document by document.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from pathlib import Path

from cleaner.engine import clean
from cleaner.rules import default_rules, load_rules
from cleaner.train.corpus import article_sources, find_traincorpus, read_articles


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    root = find_traincorpus(args.traincorpus)
    if root is None:
        print("clean_articles: traincorpus not found (--traincorpus or $CLEANER_TRAINCORPUS)", file=sys.stderr)
        return 2
    rules = load_rules(args.rules) if args.rules else default_rules()
    print(f"rules {rules.version}; articles from {root / 'articles'}")
    print(f"{'source':<16}{'articles':>9}{'losing a line':>15}{'lines lost':>12}{'promo-flagged losing':>22}{'sec':>7}")
    lost_by_id: dict[str, list[str]] = {}
    by_rule: Counter = Counter()
    totals = Counter()
    for source in article_sources(root):
        started = time.perf_counter()
        counts = Counter()
        for number, record in enumerate(read_articles(root, source)):
            if args.limit and number >= args.limit:
                break
            lost = _lost_lines(record, rules, by_rule)
            flagged = bool(record.get("inline_promo"))
            counts["articles"] += 1
            counts["flagged losing" if flagged else "losing"] += bool(lost)
            counts["lines"] += 0 if flagged else len(lost)
            if lost:
                lost_by_id[f"{source}/{record['id']}"] = lost
        totals.update(counts)
        print(f"{source:<16}{counts['articles']:>9}{counts['losing']:>15}{counts['lines']:>12}"
              f"{counts['flagged losing']:>22}{time.perf_counter() - started:>7.1f}")
    print(f"{'all':<16}{totals['articles']:>9}{totals['losing']:>15}{totals['lines']:>12}{totals['flagged losing']:>22}")
    print("lines removed, by rule: " + (", ".join(f"{rule} {n}" for rule, n in by_rule.most_common()) or "none"))
    if args.lost:
        Path(args.lost).write_text(json.dumps(lost_by_id, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


def _lost_lines(record: dict, rules, by_rule: Counter) -> list[str]:
    """The lines clean() removed from the article's title and text, each prefixed by the rule id."""
    text = "\n".join(part for part in (record.get("title") or "", record["text"]) if part)
    lost = []
    for removal in clean(text, rules=rules).removals:
        for line in removal.text.split("\n"):
            if line.strip():
                by_rule[removal.rule_id] += 1
                lost.append(f"{removal.rule_id}: {line}")
    return lost


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--traincorpus", help="the traincorpus folder (default: $CLEANER_TRAINCORPUS, else ../shared)")
    parser.add_argument("--rules", help="a rules directory to add to the shipped rules")
    parser.add_argument("--limit", type=int, default=0, metavar="N", help="the first N articles of each source only")
    parser.add_argument("--lost", metavar="FILE", help="write each losing article's lost lines here (JSON)")
    return parser


if __name__ == "__main__":
    sys.exit(main())
