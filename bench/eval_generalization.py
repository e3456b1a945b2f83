#!/usr/bin/env python3
"""How clean() does on pages and texts from sites nobody tuned it on, with and without its
learned line layer.

    python -m cleaner.train build --out /tmp/cleaner-train      # once: the labelled data
    python bench/eval_generalization.py [--data /tmp/cleaner-train] [--splits test]
                                        [--kinds synthetic ...] [--markdown]

Reads the datasets `python -m cleaner.train build` wrote (naive renderings of the
traincorpus' HTML pages labelled by aligning their gold, and its line-labelled texts) and
scores, per source set, rendering kind and split:

  keep-all        every rendered line
  previous engine cleaner.clean(rendered text, learned=False): rules and hand heuristics
                  (generic rules only, no URL, so no site file), as before the line model
  new engine      cleaner.clean(rendered text): the same with the learned line layer
  aligned labels  the lines the alignment labels keep (HTML only): the best a line
                  selector can do against this gold, and a check on the labels

and the same for the synthetic pages (compose.py) of the build.

Token and 4-token-shingle F1 (cleaner.scoring, per document, averaged) are measured against
the page's gold text for HTML, against the kept lines for lines/ and synthetic pages. Junk
removed, gold lines lost and clean documents losing a line count lines by the labels
(pooled over the group); exact = the kept lines are exactly the labelled ones.
Figures on test are reported, never used to choose anything.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

from cleaner import clean
from cleaner.scoring import PRF, score_text, shingles, tokens

TOOLS = ("keep-all", "previous engine", "new engine", "aligned labels")
KINDS = ("html/html_text", "html/lxml", "synthetic", "lines")


@dataclass
class Group:
    documents: int = 0
    token_f1: float = 0.0
    shingle_f1: float = 0.0
    junk: int = 0
    junk_removed: int = 0
    gold_lines: int = 0
    gold_lost: int = 0
    clean_documents: int = 0
    clean_losing: int = 0
    exact: int = 0

    def add(self, output: str, reference: str, raw: str, labelled_keep: str) -> None:
        out_tokens, ref_tokens = tokens(output), tokens(reference)
        self.documents += 1
        self.token_f1 += PRF.of(Counter(out_tokens), Counter(ref_tokens)).f1
        self.shingle_f1 += PRF.of(shingles(out_tokens), shingles(ref_tokens)).f1
        lines = score_text("doc", output, labelled_keep, raw)
        self.junk += lines.junk_lines
        self.junk_removed += lines.junk_removed
        self.gold_lines += lines.gold_lines
        self.gold_lost += lines.gold_lost
        self.clean_documents += bool(lines.clean_document)
        self.clean_losing += bool(lines.over_deleted)
        self.exact += lines.exact

    def row(self) -> list[str]:
        n = self.documents or 1
        return [str(self.documents), f"{self.token_f1 / n:.3f}", f"{self.shingle_f1 / n:.3f}",
                _share(self.junk_removed, self.junk), _share(self.gold_lost, self.gold_lines),
                f"{self.clean_losing} / {self.clean_documents}" if self.clean_documents else "–",
                f"{self.exact / n:.1%}"]


def _share(part: int, whole: int) -> str:
    return f"{part / whole:.1%}" if whole else "–"


def evaluate(data: Path, splits: set[str], kinds: tuple[str, ...] = KINDS) -> dict[tuple[str, str, str, str], Group]:
    groups: dict[tuple[str, str, str, str], Group] = defaultdict(Group)
    for name in ("html.jsonl", "lines.jsonl", "synthetic.jsonl"):
        with (data / name).open(encoding="utf-8") as handle:
            for raw_record in handle:
                record = json.loads(raw_record)
                if record["split"] in splits and record["kind"] in kinds:
                    _score_record(record, groups)
    return groups


def _score_record(record: dict, groups) -> None:
    raw = "\n".join(record["lines"])
    labelled = "\n".join(line for line, keep in zip(record["lines"], record["keep"]) if keep)
    reference = Path(record["gold_path"]).read_text(encoding="utf-8") if "gold_path" in record else labelled
    outputs = {"keep-all": raw, "previous engine": clean(raw, learned=False).text, "new engine": clean(raw).text}
    if "gold_path" in record:
        outputs["aligned labels"] = labelled
    key = (record["set"], record["kind"], record["split"])
    for tool, output in outputs.items():
        groups[(*key, tool)].add(output, reference, raw, labelled)


HEADER = ["set", "kind", "split", "tool", "docs", "token F1", "shingle F1", "junk removed",
          "gold lines lost", "clean docs losing a line", "exact"]


def table(groups) -> str:
    rows = [[*key, *group.row()] for key, group in sorted(groups.items(), key=_order)]
    widths = [max(len(str(r[i])) for r in [HEADER, *rows]) for i in range(len(HEADER))]
    return "\n".join("  ".join(str(c).ljust(w) for c, w in zip(r, widths)) for r in [HEADER, *rows])


MARKDOWN_HEADER = ["set", "kind", "split", "docs", "token F1: keep-all → previous → new",
                   "shingle F1: keep-all → previous → new (labels)", "junk removed: previous → new",
                   "gold lines lost: previous → new", "clean docs losing a line: previous → new",
                   "exact: previous → new"]


def markdown(groups) -> str:
    """One row a group, the tools side by side: the README's table."""
    lines = ["| " + " | ".join(MARKDOWN_HEADER) + " |", "|" + "---|" * len(MARKDOWN_HEADER)]
    keys = sorted({key[:3] for key in groups}, key=lambda key: _order(((*key, "keep-all"), None)))
    for key in keys:
        everything, before, after = (groups[(*key, tool)].row() for tool in TOOLS[:3])
        labels = groups.get((*key, "aligned labels"))
        token = f"{everything[1]} → {before[1]} → {after[1]}"
        shingle = f"{everything[2]} → {before[2]} → **{after[2]}**" + (f" ({labels.row()[2]})" if labels else "")
        rest = [f"{b} → {a}" for b, a in zip(before[3:], after[3:])]
        lines.append("| " + " | ".join([*key, after[0], token, shingle, *rest]) + " |")
    return "\n".join(lines)


def _order(item):
    (set_name, kind, split, tool), _ = item
    return (("train", "dev", "test").index(split), KINDS.index(kind), set_name, TOOLS.index(tool))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", default="/tmp/cleaner-train", help="the folder `python -m cleaner.train build` wrote")
    parser.add_argument("--splits", nargs="+", default=["train", "dev", "test"], choices=["train", "dev", "test"])
    parser.add_argument("--kinds", nargs="+", default=list(KINDS), choices=KINDS)
    parser.add_argument("--markdown", action="store_true", help="one row a group, tools side by side (README)")
    args = parser.parse_args(argv)
    data = Path(args.data)
    if not (data / "html.jsonl").exists():
        print(f"{data}: no html.jsonl; run `python -m cleaner.train build --out {data}` first", file=sys.stderr)
        return 2
    groups = evaluate(data, set(args.splits), tuple(args.kinds))
    print(markdown(groups) if args.markdown else table(groups))
    return 0


if __name__ == "__main__":
    sys.exit(main())
