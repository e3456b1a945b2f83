#!/usr/bin/env python3
"""Score clean() on the shared dev corpus, next to the keep-everything baseline.

    python bench/eval_devcorpus.py                      # arabic, dari-html, multilingual
    python bench/eval_devcorpus.py --worst 5            # and the five worst documents' diffs
    python bench/eval_devcorpus.py --sets arabic --rules my-rules/

Reads DEVCORPUS/<set>/raw/** and gold/** in place and writes the cleaned text to a
scratch folder in the system temp dir (never into the project), so that
`cleaner diff OUT/<set> DEVCORPUS/<set>/gold --raw DEVCORPUS/<set>/raw` reproduces the
figures. Per set it prints the acceptance figures: junk lines removed, gold lines lost
(both pooled over lines), clean documents that lost a line, token F1 (bag of lower-cased
word tokens, per document, averaged: the dev corpus README's definition) and exact
matches, for clean() and for keeping every non-blank line. Lines are compared stripped,
and a line of only white space or control characters (the NUL lines in arabic/) counts
as blank, so keep-all matches 10/32 arabic documents exactly where the README says 5.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

from cleaner.engine import clean
from cleaner.report import rules_summary
from cleaner.rules import default_rules, load_rules
from cleaner.scoring import (DocumentScore, Report, read_text, score_result, score_text,
                             site_of, tree_files)

DEFAULT_ROOT = Path(__file__).resolve().parents[2] / "shared" / "devcorpus"
DEFAULT_SETS = ("arabic", "dari-html", "multilingual")
# One fixed scratch folder, overwritten by each run: the lead runs this constantly.
DEFAULT_OUT = Path(tempfile.gettempdir()) / f"cleaner-devcorpus-{os.getuid()}"
SHOWN_DIFF_LINES = 12


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if not args.root.is_dir():
        print(f"eval_devcorpus: {args.root}: dev corpus not found", file=sys.stderr)
        return 2
    rules = load_rules(args.rules) if args.rules else default_rules()
    out_root = Path(args.out) if args.out else DEFAULT_OUT
    print(f"rules {rules.version}; cleaned text in {out_root}")
    print(f"{'set':<13}{'who':<10}{'docs':>5}{'junk removed':>14}{'gold lost':>11}"
          f"{'clean lost':>12}{'token F1':>10}{'line F1':>9}{'exact':>8}{'sec':>7}")
    worst: list[tuple[str, DocumentScore]] = []
    for name in args.sets:
        folder = args.root / name
        if not (folder / "raw").is_dir():
            print(f"{name:<13}(no raw/ folder under {folder}: skipped)")
            continue
        started = time.perf_counter()
        cleaned = _clean_set(folder, out_root / name, rules)
        seconds = time.perf_counter() - started
        baseline = _keep_everything(folder)
        _print_row(name, "cleaner", cleaned, seconds)
        _print_row("", "keep-all", baseline, None)
        _print_notes(cleaned)
        worst += [(name, d) for d in cleaned.documents if d.scored]
    if args.worst:
        worst.sort(key=lambda item: (item[1].token.f1, item[1].line.f1))
        for name, document in worst[:args.worst]:
            _print_document(name, document)
    return 0


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--root", type=Path, default=DEFAULT_ROOT, help="the dev corpus folder")
    parser.add_argument("--sets", nargs="+", default=DEFAULT_SETS, help="sets to score")
    parser.add_argument("--rules", help="a rules directory to add to the shipped rules")
    parser.add_argument("--out", help=f"write cleaned text here instead of {DEFAULT_OUT}")
    parser.add_argument("--worst", type=int, default=0, metavar="N",
                        help="print the N worst documents (by token F1) with their diffs")
    return parser


def _clean_set(folder: Path, out_dir: Path, rules) -> Report:
    raws, golds = tree_files(folder / "raw"), tree_files(folder / "gold")
    documents = []
    for path, raw_path in raws.items():
        if path not in golds:
            documents.append(DocumentScore(path, site_of(path), "missing-gold", "no gold file"))
            continue
        raw = read_text(raw_path)
        result = clean(raw, rules=rules)
        target = out_dir / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(result.text + "\n", encoding="utf-8")
        documents.append(score_result(path, raw, read_text(golds[path]), result))
    return Report.build("check", {"raw": str(folder / "raw"), "gold": str(folder / "gold")}, documents)


def _keep_everything(folder: Path) -> Report:
    raws, golds = tree_files(folder / "raw"), tree_files(folder / "gold")
    documents = []
    for path in raws.keys() & golds.keys():
        raw = read_text(raws[path])
        documents.append(score_text(path, raw, read_text(golds[path]), raw))
    return Report.build("diff", {}, documents)


def _print_row(name: str, who: str, report: Report, seconds: float | None) -> None:
    o = report.overall
    junk = f"{o.junk_removed_rate:.1%}" if o.junk_removed_rate is not None else "-"
    lost = f"{o.gold_lost_rate:.1%}" if o.gold_lost_rate is not None else "-"
    clean_lost = f"{o.over_deleted}/{o.clean_documents}"
    timing = f"{seconds:.1f}" if seconds is not None else ""
    print(f"{name:<13}{who:<10}{o.documents:>5}{junk:>14}{lost:>11}{clean_lost:>12}"
          f"{o.token.f1:>10.3f}{o.line.f1:>9.3f}{o.exact:>5}/{o.documents:<2}{timing:>7}")


def _print_notes(report: Report) -> None:
    for problem in report.problems:
        print(f"{'':<13}{problem}")
    if report.overall.removed_by_rule:
        print(f"{'':<13}gold lines removed, by rule: {rules_summary(report.overall)}")


def _print_document(name: str, document: DocumentScore) -> None:
    print(f"\n{name}/{document.path}  token F1 {document.token.f1:.3f}  line P {document.line.precision:.2f}"
          f" R {document.line.recall:.2f}  junk {document.junk_removed}/{document.junk_lines} removed,"
          f" gold lost {document.gold_lost}/{document.gold_lines}")
    for name, detail in document.flags.items():
        print(f"  flag {name}: {detail}")
    site = Report.build("check", {}, [document]).overall
    if site.removed_by_rule:
        print(f"  gold lines removed, by rule: {rules_summary(site)}")
    for line in document.differences[:SHOWN_DIFF_LINES]:
        mark = {"removed": "-", "missing": "?", "extra": "+"}[line.kind]
        where = f"raw:{line.raw_line}" if line.raw_line else f"gold:{line.gold_line}"
        rule = f" [{line.rule_id}]" if line.rule_id else ""
        print(f"  {mark} {where:>9}{rule} {line.text[:110]}")
    if len(document.differences) > SHOWN_DIFF_LINES:
        print(f"  ... {len(document.differences) - SHOWN_DIFF_LINES} more differing lines")


if __name__ == "__main__":
    sys.exit(main())
