"""The labelled datasets, written as JSONL outside the repository, with a summary.

    html.jsonl      one record a page and rendering: id, set, site, lang, split, kind
                    (html/html_text, html/lxml), gold (what the set's gold keeps),
                    alignment (the page's rate), lines, keep, gold_path
    lines.jsonl     one record a lines/ document: kind "lines", label "text-quality" or
                    "body" (see lines.py), lines, keep
    synthetic.jsonl one record a composed page (compose.py): kind "synthetic", control (the
                    article alone), lines, keep, parts (what each line is)
    left_out.jsonl  renderings below the alignment threshold and pages that failed, with why
    summary.json    per set, kind and split: documents, left out, lines, keep share and
                    alignment rate (mean per page and pooled over tokens)

Every file is written atomically; a page that cannot be read or parsed is listed in
left_out.jsonl and never stops the build.
"""

from __future__ import annotations

import zlib
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator

from cleaner.io.writers import atomic_stream, json_line, write_json
from cleaner.rules import host_of
from cleaner.train.align import MIN_ALIGNMENT_RATE, Alignment, align
from cleaner.train.compose import compose_page, load_wordings
from cleaner.train.corpus import GOLD_CONVENTION, html_pages, line_sets
from cleaner.train.lines import read_line_set
from cleaner.train.pool import article_pool
from cleaner.train.render import RENDERERS, RenderError, render
from cleaner.train.split import Split

REPOSITORY = Path(__file__).resolve().parents[2]
DEFAULT_SEED = 12


class BuildError(ValueError):
    pass


@dataclass
class Tally:
    """What went into one (set, kind, split) group."""

    documents: int = 0
    left_out: int = 0
    lines: int = 0
    keep: int = 0
    gold_tokens: int = 0
    matched_tokens: int = 0
    rates: list[float] = field(default_factory=list)

    def add(self, record: dict) -> None:
        self.documents += 1
        self.lines += len(record["lines"])
        self.keep += sum(record["keep"])

    def aligned(self, alignment: Alignment) -> None:
        self.rates.append(alignment.rate)
        self.gold_tokens += alignment.gold_tokens
        self.matched_tokens += alignment.matched_tokens

    def summary(self) -> dict:
        row = {"documents": self.documents, "left_out": self.left_out, "lines": self.lines,
               "keep_share": round(self.keep / self.lines, 4) if self.lines else None}
        if self.rates:
            row["alignment_mean"] = round(sum(self.rates) / len(self.rates), 4)
            row["alignment_pooled"] = round(self.matched_tokens / self.gold_tokens, 4) if self.gold_tokens else None
        return row


def check_outside_repository(out: Path) -> None:
    """The data is third-party text: it must never land where git could pick it up."""
    out = out.resolve()
    if out == REPOSITORY or REPOSITORY in out.parents:
        raise BuildError(f"{out}: inside the repository; the data is third-party text, write it elsewhere")


def build(root: Path, split: Split, out: Path, renderers: tuple[str, ...] = RENDERERS,
          sets: tuple[str, ...] | None = None, seed: int = DEFAULT_SEED) -> dict:
    """Write the datasets under `out`; return the summary (also written to summary.json)."""
    check_outside_repository(out)
    tallies: dict[tuple[str, str, str], Tally] = defaultdict(Tally)
    with atomic_stream(out / "left_out.jsonl", compressed=False) as left_out:
        with atomic_stream(out / "html.jsonl", compressed=False) as handle:
            for record in html_records(root, split, renderers, tallies, sets):
                target = handle if "lines" in record else left_out
                target.write(json_line(record).encode("utf-8"))
    _write_counted(out / "lines.jsonl", line_records(root, split), tallies)
    _write_counted(out / "synthetic.jsonl", synthetic_records(root, split, seed), tallies)
    summary = {
        "seed": seed,
        "min_alignment_rate": MIN_ALIGNMENT_RATE,
        "groups": [{"set": s, "kind": k, "split": p, **tally.summary()}
                   for (s, k, p), tally in sorted(tallies.items())],
    }
    write_json(out / "summary.json", summary)
    return summary


def _write_counted(path: Path, records: Iterator[dict], tallies: dict[tuple[str, str, str], Tally]) -> None:
    with atomic_stream(path, compressed=False) as handle:
        for record in records:
            tallies[(record["set"], record["kind"], record["split"])].add(record)
            handle.write(json_line(record).encode("utf-8"))


def html_records(root: Path, split: Split, renderers: tuple[str, ...],
                 tallies: dict[tuple[str, str, str], Tally], sets: tuple[str, ...] | None = None) -> Iterator[dict]:
    """Labelled renderings, and (without "lines") the renderings and pages left out."""
    pages = html_pages(root, sets) if sets else html_pages(root)
    for page in pages:
        where = split.of_page(page)
        if where is None:
            yield {"id": page.key, "reason": "no site: cannot be kept apart from other splits"}
            continue
        try:
            html, gold = page.read_html(), page.read_gold()
        except (OSError, UnicodeDecodeError, EOFError, zlib.error) as error:
            yield {"id": page.key, "reason": f"unreadable: {error}"}
            continue
        for renderer in renderers:
            kind = f"html/{renderer}"
            tally = tallies[(page.set, kind, where)]
            try:
                lines = render(html, renderer)
            except RenderError as error:
                tally.left_out += 1
                yield {"id": page.key, "kind": kind, "reason": str(error)}
                continue
            alignment = align(lines, gold)
            tally.aligned(alignment)
            if alignment.rate < MIN_ALIGNMENT_RATE:
                tally.left_out += 1
                yield {"id": page.key, "kind": kind, "alignment": round(alignment.rate, 4),
                       "reason": f"alignment rate below {MIN_ALIGNMENT_RATE}"}
                continue
            record = {"id": page.key, "set": page.set, "site": page.site, "lang": page.lang,
                      "split": where, "kind": kind, "gold": GOLD_CONVENTION[page.set],
                      "alignment": round(alignment.rate, 4), "lines": lines, "keep": alignment.keep,
                      "gold_path": str(page.gold_path)}
            tally.add(record)
            yield record


def line_records(root: Path, split: Split) -> Iterator[dict]:
    for name in line_sets(root):
        where = split.of_line_set(name)
        family, lang, _ = name.rsplit("-", 2)
        label = "body" if family.startswith("wac_xii") else "text-quality"
        for document in read_line_set(root / "lines" / f"{name}.jsonl"):
            yield {"id": f"{name}/{document.id}", "set": f"{family}-{lang}", "site": host_of(document.url) or None,
                   "lang": document.lang, "split": where, "kind": "lines", "label": label,
                   "lines": document.lines, "keep": document.keep}


def synthetic_records(root: Path, split: Split, seed: int) -> Iterator[dict]:
    wordings = load_wordings()
    for (where, lang), articles in sorted(article_pool(root, split).items()):
        if lang not in wordings:
            continue
        for lead in articles:
            others = [a for a in articles if a.id != lead.id]
            page = compose_page(lead, others, wordings[lang], seed)
            yield {"id": page.id, "set": f"synthetic-{lang}", "site": page.site, "lang": lang, "split": where,
                   "kind": "synthetic", "control": page.control, "lines": page.lines, "keep": page.keep,
                   "parts": page.parts}


def format_summary(summary: dict) -> str:
    header = f"{'set':<22} {'kind':<15} {'split':<5} {'docs':>5} {'left out':>8} {'lines':>7} {'keep':>6} {'align':>6} {'pooled':>6}"
    rows = [header]
    for g in summary["groups"]:
        keep = f"{g['keep_share']:.1%}" if g["keep_share"] is not None else "-"
        mean = f"{g['alignment_mean']:.3f}" if "alignment_mean" in g else "-"
        pooled = f"{g['alignment_pooled']:.3f}" if g.get("alignment_pooled") is not None else "-"
        rows.append(f"{g['set']:<22} {g['kind']:<15} {g['split']:<5} {g['documents']:>5} {g['left_out']:>8} "
                    f"{g['lines']:>7} {keep:>6} {mean:>6} {pooled:>6}")
    rows.append(f"align: mean alignment rate per page; pooled: gold tokens matched / gold tokens; both over every "
                f"rendered page, left out included; left out: rate below {summary['min_alignment_rate']}")
    return "\n".join(rows)
