#!/usr/bin/env python3
"""How much clean_html adds to trafilatura, on real pages with expected text, in one run.

    python bench/eval_html.py [--devcorpus ../shared/devcorpus] [--mode recall] [--repeat 3]
                              [--losses 10]

Pages: devcorpus/html/pages/<name>.html + <name>.json ("body" is the expected text, "url")
and devcorpus/*-html/pages/<site>/<name>.html with gold in ../gold/<site>/<name>.txt. They are
read where they are, never copied.

Scores (4-token-shingle F1 per document, averaged; the definition of devcorpus/html/measure.py):
  clean_html        cleaner.clean_html(page bytes, url)
  trafilatura       trafilatura.extract(page, url, same settings as clean_html)
  keep-all          html_text.extract_text(page, guess_layout=True): every visible line
  clean(keep-all)   cleaner.clean on that keep-all text: the text path on a naive scrape

Timing: clean_html against trafilatura alone on the same pages, text only and with
metadata (clean_html always returns the page's metadata), median of --repeat rounds. The
clock is this process's CPU time: on a shared machine wall time mostly measures the others.

--mode re-measures clean_html and trafilatura with another trafilatura mode (default,
precision, recall): the figures behind cleaner.html.EXTRACTION_SETTINGS. --losses N lists the
N pages where clean_html loses most against trafilatura, with the expected lines it removed
and the rule that removed each.
"""

from __future__ import annotations

import argparse
import json
import logging
import re
import statistics
import sys
import time
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

import html_text
import trafilatura

import cleaner.html
from cleaner import clean, clean_html
from cleaner.scoring import PRF, shingles

TOKEN_SPLIT = re.compile(r"\W+")
MODES = {
    "default": {},
    "precision": {"favor_precision": True},
    "recall": {"favor_recall": True},
}
TOOLS = ("clean_html", "trafilatura", "keep-all", "clean(keep-all)")


@dataclass(frozen=True)
class Page:
    name: str
    lang: str
    url: str | None
    html: bytes
    expected: str

    @property
    def text(self) -> str:
        # Every dev page is UTF-8 (qq.html declares gb2312 and is not): trafilatura alone and
        # html-text get the text decoded as UTF-8, as in measure.py; clean_html gets the bytes.
        return self.html.decode("utf-8", errors="replace")


def f1(output: str, expected: str) -> float:
    """measure.py's F1: its tokens (split on \\W+, so a CJK run is one token), scoring's shingles."""
    return PRF.of(shingles(_tokens(output)), shingles(_tokens(expected))).f1


def _tokens(text: str) -> list[str]:
    return [t for t in TOKEN_SPLIT.split(text.lower()) if t]


def load_pages(devcorpus: Path) -> list[Page]:
    pages = []
    for meta_path in sorted((devcorpus / "html" / "pages").glob("*.json")):
        record = json.loads(meta_path.read_text(encoding="utf-8"))
        html = meta_path.with_suffix(".html").read_bytes()
        pages.append(Page(meta_path.stem, record["lang"], record.get("url"), html, record["body"]))
    for set_dir in sorted(devcorpus.glob("*-html")):
        langs = {}
        manifest = set_dir / "manifest.jsonl"
        if manifest.exists():
            for line in manifest.read_text(encoding="utf-8").splitlines():
                entry = json.loads(line)
                langs[entry["id"]] = entry.get("lang", set_dir.name)
        for html_path in sorted(set_dir.glob("pages/*/*.html")):
            gold = set_dir / "gold" / html_path.parent.name / (html_path.stem + ".txt")
            if gold.exists():
                lang = langs.get(html_path.stem, set_dir.name.removesuffix("-html"))
                pages.append(Page(html_path.stem, lang, None, html_path.read_bytes(),
                                  gold.read_text(encoding="utf-8")))
    return pages


def run_tools(page: Page, settings: dict) -> dict[str, tuple[str, object]]:
    """tool -> (output text, the Result when the tool is the cleaner)."""
    result = clean_html(page.html, page.url)
    alone = trafilatura.extract(page.text, url=page.url, **settings) or ""
    keep_all = html_text.extract_text(page.text, guess_layout=True) or ""
    return {
        "clean_html": (result.text, result),
        "trafilatura": (alone, None),
        "keep-all": (keep_all, None),
        "clean(keep-all)": (clean(keep_all, page.url).text, None),
    }


def score_table(pages: list[Page], settings: dict, losses: int) -> None:
    scores: dict[str, dict[str, list[float]]] = defaultdict(lambda: defaultdict(list))
    gaps = []
    for page in pages:
        outputs = run_tools(page, settings)
        row = {tool: f1(text, page.expected) for tool, (text, _) in outputs.items()}
        for tool, value in row.items():
            for group in _groups(page):
                scores[group][tool].append(value)
        gaps.append((row["clean_html"] - row["trafilatura"], page, outputs["clean_html"][1]))
    print("| set / lang | n | " + " | ".join(TOOLS) + " |")
    print("| --- | --- |" + " --- |" * len(TOOLS))
    for group in sorted(scores, key=lambda g: (not g.startswith("all"), -len(scores[g]["clean_html"]), g)):
        values = scores[group]
        cells = " | ".join(f"{statistics.fmean(values[tool]):.3f}" for tool in TOOLS)
        print(f"| {group} | {len(values['clean_html'])} | {cells} |")
    better = sum(1 for gap, _, _ in gaps if gap > 0.0005)
    worse = sum(1 for gap, _, _ in gaps if gap < -0.0005)
    print(f"\nclean_html vs trafilatura per page: {better} better, {worse} worse, "
          f"{len(gaps) - better - worse} equal")
    if losses:
        _print_rule_costs(gaps)
    for gap, page, result in sorted(gaps, key=lambda g: g[0])[:losses]:
        if gap >= 0:
            break
        _print_loss(gap, page, result)


def _groups(page: Page) -> list[str]:
    family = "all (html)" if page.lang not in ("prs", "fa", "ar", "ps", "ur") else "all (arabic script)"
    return ["all", family, page.lang]


def _wrongly_removed(page: Page, result) -> list[tuple[str, str]]:
    """(rule id, line) for every removed line that is an expected line."""
    expected = {" ".join(line.split()).lower() for line in page.expected.splitlines()}
    return [(removal.rule_id, line) for removal in result.removals
            for line in removal.text.split("\n") if " ".join(line.split()).lower() in expected]


def _print_rule_costs(gaps) -> None:
    lines, pages = Counter(), defaultdict(set)
    for _, page, result in gaps:
        for rule_id, _line in _wrongly_removed(page, result):
            lines[rule_id] += 1
            pages[rule_id].add(page.name)
    print("\nexpected lines removed, per rule (lines, pages):")
    for rule_id, count in lines.most_common():
        print(f"  {rule_id:<28} {count:5d}  {len(pages[rule_id]):3d}  {', '.join(sorted(pages[rule_id])[:6])}")


def _print_loss(gap: float, page: Page, result) -> None:
    print(f"\n{page.name} ({page.lang}): {gap:+.3f}")
    for rule_id, line in _wrongly_removed(page, result):
        print(f"  [{rule_id}] {line[:110]}")


def time_tools(pages: list[Page], settings: dict, repeat: int) -> None:
    contenders = {
        "clean_html": lambda p: clean_html(p.html, p.url),
        "trafilatura (text)": lambda p: trafilatura.extract(p.text, url=p.url, **settings),
        "trafilatura (text+metadata)": lambda p: trafilatura.extract(
            p.text, url=p.url, with_metadata=True, **settings),
    }
    for run in contenders.values():  # warm-up: dateparser and the rules compile on first use
        run(pages[0])
    rounds: dict[str, list[float]] = defaultdict(list)
    for _ in range(repeat):
        for name, run in contenders.items():  # interleaved, so load spikes hit all alike
            start = time.process_time()
            for page in pages:
                run(page)
            rounds[name].append(time.process_time() - start)
    mine = statistics.median(rounds["clean_html"])
    print(f"\nCPU time on {len(pages)} pages, median of {repeat} rounds:")
    for name, values in rounds.items():
        median = statistics.median(values)
        ratio = "" if name == "clean_html" else f"   clean_html / this = {mine / median:.2f}"
        print(f"  {name:<28} {median:6.2f} s  {1000 * median / len(pages):6.1f} ms/page{ratio}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--devcorpus", type=Path,
                        default=Path(__file__).resolve().parents[2] / "shared" / "devcorpus")
    parser.add_argument("--mode", choices=sorted(MODES), help="trafilatura mode to measure "
                        "instead of the one in cleaner.html.EXTRACTION_SETTINGS")
    parser.add_argument("--repeat", type=int, default=3, help="timing rounds (0: no timing)")
    parser.add_argument("--losses", type=int, default=0, help="list the N worst pages")
    args = parser.parse_args(argv)
    if not (args.devcorpus / "html" / "pages").is_dir():
        print(f"eval_html: {args.devcorpus}/html/pages not found (--devcorpus)", file=sys.stderr)
        return 2
    logging.disable(logging.WARNING)  # trafilatura logs every page it finds too short
    settings = dict(cleaner.html.EXTRACTION_SETTINGS)
    if args.mode:
        for key in ("favor_precision", "favor_recall"):
            settings.pop(key, None)
        settings.update(MODES[args.mode])
        # Re-measuring another mode means clean_html must use it too.
        cleaner.html.EXTRACTION_SETTINGS.clear()
        cleaner.html.EXTRACTION_SETTINGS.update(settings)
    pages = load_pages(args.devcorpus)
    print(f"trafilatura {trafilatura.__version__}, settings {settings}\n")
    score_table(pages, settings, args.losses)
    if args.repeat:
        time_tools(pages, settings, args.repeat)
    return 0


if __name__ == "__main__":
    sys.exit(main())
