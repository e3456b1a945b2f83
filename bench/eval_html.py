#!/usr/bin/env python3
"""clean_html against every single extractor, on real pages with expected text, in one run.

    python bench/eval_html.py [--devcorpus ../shared/devcorpus] [--traincorpus ../shared/traincorpus]
                              [--sets dev test] [--repeat 3] [--losses 10] [--compare-model DIR]
    python bench/eval_html.py --sets dev-split --repeat 0   # while tuning: never the test split

Sets (read where they are, never copied):
  dev   devcorpus/html/pages/<name>.html + <name>.json ("body" is the expected text) and
        devcorpus/*-html/pages/<site>/<name>.html with gold in ../gold/<site>/<name>.txt
  test  the traincorpus HTML pages of the test split (cleaner/train/split.toml): sites the
        block classifier never saw. Their gold conventions differ by set (cleaner/train/corpus.py).
  dev-split  the traincorpus pages of the dev split (sites the classifier did not learn from,
        but its trees and threshold were chosen on): the set to tune on, the test split stays
        unread until the end.

Scores: 4-token-shingle precision, recall and F1 per page, averaged (the definition of
devcorpus/html/measure.py). The readability pages' expected text leaves the headline out
(readability puts it in its title field), while our labelling guide keeps it: those figures
are scored as they are, and a second line gives every tool's F1 with its output's headline
line set aside (a line among its first three that is the page's <h1>, <title> or og:title),
for every tool alike, to tell how much of a gap is that convention. Rows:
  trafilatura, trafilatura (precision), readability-lxml, jusText, resiliparse
                 each extractor alone on the page, as its users call it
  vote alone     the blocks the block classifier keeps, before the text rules
  clean_html --fast   trafilatura's main block, then the text rules
  clean_html     the default path: blocks, votes, classifier, then the text rules

--compare-model DIR: one more row, and one more timed tool, "clean_html (compared model)": the
default path with the block model of DIR (html_blocks.txt and its card, as `python -m
cleaner.train html-model --out DIR` writes them), to weigh a retrained model against the
shipped one on the same pages in the same run.

--losses N: the pages where clean_html trails the best single extractor, the F1 they lose
summed by shape (fallback page; text rules after the blocks; junk blocks kept; article blocks
dropped: see loss_shape), and the N worst of them.

Timing (--repeat rounds, median, interleaved so load spikes hit all alike): pages/s and CPU
time per page of clean_html, clean_html --fast and trafilatura alone (text, and text with
metadata, which clean_html always returns), and each one's ratio to trafilatura as the median
of the rounds' ratios (a round times every tool once, so a ratio pairs times taken under the
same load). The clock is this process's CPU time: on a shared machine wall time mostly
measures the others; the load average is printed beside the figures.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import logging
import os
import re
import statistics
import sys
import time
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

import justext
import lxml.html
import trafilatura
from resiliparse.extract.html2text import extract_plain_text
from trafilatura.external import jt_stoplist_init

import cleaner.html
from cleaner import html_blocks
from cleaner.html import clean_page, extract_page
from cleaner.linemodel import verified_booster
from cleaner.rules import default_rules
from cleaner.scoring import PRF, shingles

TOKEN_SPLIT = re.compile(r"\W+")
SHARED = Path(__file__).resolve().parents[2] / "shared"
ARABIC_SCRIPT = ("prs", "fa", "ar", "ps", "ur")


@dataclass(frozen=True)
class Page:
    name: str
    group: str  # a language (dev) or a traincorpus set (test)
    url: str | None
    html: bytes
    expected: str
    headline_in_gold: bool = True  # False: readability's gold, which leaves the headline out

    @property
    def text(self) -> str:
        # Every page is UTF-8 (qq.html declares gb2312 and is not): the extractors alone get
        # the text decoded as UTF-8, as in measure.py; clean_html gets the bytes.
        return self.html.decode("utf-8", errors="replace")


def prf(output: str, expected: str) -> PRF:
    """measure.py's score: its tokens (split on \\W+, so a CJK run is one token), scoring's shingles."""
    return PRF.of(shingles(_tokens(output)), shingles(_tokens(expected)))


def page_headlines(html: bytes) -> set[str]:
    """The page's headline as its markup gives it: its <h1>s, <title> and og:title, squeezed."""
    tree = lxml.html.fromstring(html)
    found = [heading.text_content() for heading in tree.iter("h1")]
    found += tree.xpath("//title/text() | //meta[@property='og:title']/@content")
    return {_squeezed(text) for text in found if text.strip()}


def without_headline(output: str, headlines: set[str]) -> str:
    """The output without its first line among the first three that is the headline."""
    lines = output.split("\n")
    for index, line in enumerate(lines[:3]):
        if _squeezed(line) in headlines:
            return "\n".join(lines[:index] + lines[index + 1:])
    return output


def _squeezed(text: str) -> str:
    return " ".join(text.split()).lower()


def _tokens(text: str) -> list[str]:
    return [t for t in TOKEN_SPLIT.split(text.lower()) if t]


def load_dev(devcorpus: Path) -> list[Page]:
    pages = []
    for meta_path in sorted((devcorpus / "html" / "pages").glob("*.json")):
        record = json.loads(meta_path.read_text(encoding="utf-8"))
        html = meta_path.with_suffix(".html").read_bytes()
        pages.append(Page(meta_path.stem, record["lang"], record.get("url"), html, record["body"],
                          headline_in_gold=False))
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


def load_split_pages(traincorpus: Path, which: str) -> list[Page]:
    from cleaner.train.html_model import split_pages
    from cleaner.train.render import page_source
    from cleaner.train.split import load_split

    return [Page(page.key, page.set, page.url, page_source(page.read_html()).encode("utf-8"),
                 page.read_gold())
            for page in split_pages(traincorpus, load_split(), which)]


def _justext(text: str) -> str:
    paragraphs = justext.justext(text, frozenset(jt_stoplist_init()))
    return "\n".join(p.text for p in paragraphs if not p.is_boilerplate)


def _readability(text: str) -> str:
    # Imported here: readability-lxml is a train extra, and tests/test_eval_html.py checks this
    # script's loss shapes with the test extra only.
    from readability import Document

    return lxml.html.fromstring(Document(text).summary()).text_content()


SINGLE = {
    "trafilatura": lambda p: trafilatura.extract(p.text, url=p.url, **cleaner.html.EXTRACTION_SETTINGS) or "",
    "trafilatura (precision)": lambda p: trafilatura.extract(
        p.text, url=p.url, favor_precision=True, include_comments=False) or "",
    "readability-lxml": lambda p: _readability(p.text),
    "jusText": lambda p: _justext(p.text),
    "resiliparse": lambda p: extract_plain_text(p.text, main_content=True),
}
TOOLS = (*SINGLE, "vote alone", "clean_html --fast", "clean_html")
COMPARED = "clean_html (compared model)"


def load_block_model(folder: Path) -> html_blocks.BlockModel:
    return html_blocks.load_model(*verified_booster(folder, html_blocks.MODEL_RESOURCE,
                                                    html_blocks.MODEL_CARD_RESOURCE, html_blocks.REBUILD))


@contextlib.contextmanager
def block_model(model: html_blocks.BlockModel):
    """The default path deciding with `model` instead of the shipped one (decide() asks
    shipped_model() for it)."""
    shipped = html_blocks.shipped_model
    html_blocks.shipped_model = lambda: model
    try:
        yield
    finally:
        html_blocks.shipped_model = shipped


def run_tools(page: Page, rules, compared: html_blocks.BlockModel | None = None) -> dict[str, tuple[str, object]]:
    """tool -> (output text, the Result when the tool is clean_html)."""
    outputs = {}
    for name, run in SINGLE.items():
        try:
            outputs[name] = (run(page), None)
        except Exception as error:  # an extractor that fails on a page scores 0 there
            outputs[name] = ("", error)
    extracted = extract_page(page.html, page.url, rules=rules)
    lines = extracted.text.split("\n")
    outputs["vote alone"] = ("\n".join(line for n, line in enumerate(lines) if n not in extracted.dropped), None)
    single = clean_page(extract_page(page.html, page.url, rules=rules, fast=True), rules)
    outputs["clean_html --fast"] = (single.text, single)
    result = clean_page(extracted, rules)
    outputs["clean_html"] = (result.text, result)
    if compared is not None:
        with block_model(compared):
            result = clean_page(extract_page(page.html, page.url, rules=rules), rules)
        outputs[COMPARED] = (result.text, result)
    return outputs


def score_table(name: str, pages: list[Page], rules, losses: int,
                compared: html_blocks.BlockModel | None = None) -> None:
    tools = TOOLS if compared is None else (*TOOLS, COMPARED)
    scores: dict[str, dict[str, list[PRF]]] = defaultdict(lambda: defaultdict(list))
    gaps = []
    headline_free: dict[str, list[float]] = defaultdict(list)  # readability-gold pages only
    for page in pages:
        outputs = run_tools(page, rules, compared)
        row = {tool: prf(text, page.expected) for tool, (text, _) in outputs.items()}
        if not page.headline_in_gold:
            headlines = page_headlines(page.html)
            for tool, (text, _) in outputs.items():
                headline_free[tool].append(prf(without_headline(text, headlines), page.expected).f1)
        for group in _groups(page):
            for tool, value in row.items():
                scores[group][tool].append(value)
        best = max(SINGLE, key=lambda tool: row[tool].f1)
        shape = loss_shape(row, best, outputs["clean_html"][1])
        gaps.append((row["clean_html"].f1 - row[best].f1, best, page, shape))
    print(f"\n### {name}: shingle F1 (P / R), mean over pages\n")
    print("| group | n | " + " | ".join(tools) + " |")
    print("| --- | --- |" + " --- |" * len(tools))
    for group in sorted(scores, key=lambda g: (not g.startswith("all"), -len(scores[g]["clean_html"]), g)):
        values = scores[group]
        cells = []
        for tool in tools:
            p, r, f = (statistics.fmean(getattr(v, k) for v in values[tool]) for k in ("precision", "recall", "f1"))
            cells.append(f"{f:.3f} ({p:.2f} / {r:.2f})")
        print(f"| {group} | {len(values['clean_html'])} | " + " | ".join(cells) + " |")
    all_f1 = {tool: statistics.fmean(v.f1 for v in scores["all"][tool]) for tool in tools}
    best_single = max(SINGLE, key=all_f1.get)
    print(f"\nclean_html {all_f1['clean_html']:.4f} vs the best single extractor ({best_single}) "
          f"{all_f1[best_single]:.4f}: {all_f1['clean_html'] - all_f1[best_single]:+.4f}")
    if headline_free:
        n = len(headline_free["clean_html"])
        print(f"\nThe {n} pages whose gold leaves the headline out, every output's headline line set aside: "
              + ", ".join(f"{tool} {statistics.fmean(values):.4f}" for tool, values in headline_free.items()))
    if losses:
        print_losses(gaps, losses)


def loss_shape(row: dict[str, PRF], best: str, result) -> str:
    """What clean_html's gap to the best extractor on a page is mostly made of: the page fell
    back (the classifier kept too little), the text rules took more from the kept blocks than
    half the gap, or else the classifier kept junk (its precision trails the extractor's more
    than its recall) or dropped article blocks."""
    if {cleaner.html.CLASSIFIER_FALLBACK, cleaner.html.EXTRACTION_FALLBACK} & set(result.flags):
        return "fallback"
    gap = row[best].f1 - row["clean_html"].f1
    if row["vote alone"].f1 - row["clean_html"].f1 > gap / 2:
        return "text rules after the blocks"
    short_p, short_r = (getattr(row[best], k) - getattr(row["clean_html"], k) for k in ("precision", "recall"))
    return "junk blocks kept" if short_p > short_r else "article blocks dropped"


def print_losses(gaps: list, losses: int) -> None:
    """The pages clean_html trails the best extractor on, by shape (F1 lost over all pages)."""
    lost = [gap for gap in gaps if gap[0] < 0]
    by_shape: dict[str, list[float]] = defaultdict(list)
    for gap, _, _, shape in lost:
        by_shape[shape].append(-gap)
    print(f"\nclean_html trails the best extractor on {len(lost)} of {len(gaps)} pages "
          f"({sum(-g[0] for g in lost) / len(gaps):.4f} of mean F1); by shape:")
    for shape, values in sorted(by_shape.items(), key=lambda item: -sum(item[1])):
        print(f"  {shape}: {sum(values) / len(gaps):.4f} on {len(values)} pages")
    for gap, best, page, shape in sorted(lost, key=lambda g: g[0])[:losses]:
        print(f"  {page.name} ({page.group}): {gap:+.3f} against {best} ({shape})")


def _groups(page: Page) -> list[str]:
    family = "all (arabic script)" if page.group in ARABIC_SCRIPT else "all (other scripts)"
    return ["all", family, page.group]


def time_tools(pages: list[Page], rules, repeat: int, compared: html_blocks.BlockModel | None = None) -> None:
    settings = cleaner.html.EXTRACTION_SETTINGS
    contenders = {
        "clean_html": lambda p: cleaner.html.clean_html(p.html, p.url, rules=rules),
        **({} if compared is None else {COMPARED: lambda p: _with_model(compared, p, rules)}),
        "clean_html --fast": lambda p: cleaner.html.clean_html(p.html, p.url, rules=rules, fast=True),
        "trafilatura (text)": lambda p: trafilatura.extract(p.text, url=p.url, **settings),
        "trafilatura (text+metadata)": lambda p: trafilatura.extract(
            p.text, url=p.url, with_metadata=True, **settings),
    }
    for run in contenders.values():  # warm-up: dateparser, the rules and the model load on first use
        run(pages[0])
    rounds: dict[str, list[float]] = defaultdict(list)
    load = os.getloadavg()[0]
    for _ in range(repeat):
        for name, run in contenders.items():
            start = time.process_time()
            for page in pages:
                run(page)
            rounds[name].append(time.process_time() - start)
    print(f"\nCPU time on {len(pages)} pages, median of {repeat} rounds (load average {load:.1f} at the "
          f"start, {os.getloadavg()[0]:.1f} at the end, on {os.cpu_count()} CPUs); a ratio is the median "
          "of the rounds' ratios, each round timing every tool once:\n")
    print("| tool | CPU ms/page | pages/s (CPU) | / trafilatura (text) | / trafilatura (text+metadata) |")
    print("| --- | --- | --- | --- | --- |")
    for name, values in rounds.items():
        median = statistics.median(values)
        text_only, with_meta = (statistics.median(a / b for a, b in zip(values, rounds[peer]))
                                for peer in ("trafilatura (text)", "trafilatura (text+metadata)"))
        print(f"| {name} | {1000 * median / len(pages):.1f} | {len(pages) / median:.1f} | "
              f"{text_only:.2f}x | {with_meta:.2f}x |")


def _with_model(model: html_blocks.BlockModel, page: Page, rules):
    with block_model(model):
        return cleaner.html.clean_html(page.html, page.url, rules=rules)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--devcorpus", type=Path, default=SHARED / "devcorpus")
    parser.add_argument("--traincorpus", type=Path, default=SHARED / "traincorpus")
    parser.add_argument("--sets", nargs="+", choices=("dev", "test", "dev-split"), default=["dev", "test"])
    parser.add_argument("--limit", type=int, default=0, help="only the first N pages of each set")
    parser.add_argument("--repeat", type=int, default=3, help="timing rounds on the dev pages (0: none)")
    parser.add_argument("--losses", type=int, default=0,
                        help="the losses to the best extractor by shape, and the N pages clean_html loses most on")
    parser.add_argument("--compare-model", type=Path, metavar="DIR",
                        help="one more row: the default path with the block model in DIR")
    args = parser.parse_args(argv)
    if "dev" in args.sets and not (args.devcorpus / "html" / "pages").is_dir():
        print(f"eval_html: {args.devcorpus}/html/pages not found (--devcorpus)", file=sys.stderr)
        return 2
    if {"test", "dev-split"} & set(args.sets) and not (args.traincorpus / "html").is_dir():
        print(f"eval_html: {args.traincorpus}/html not found (--traincorpus)", file=sys.stderr)
        return 2
    logging.disable(logging.WARNING)  # the extractors log every page they find too short
    rules = default_rules()
    compared = load_block_model(args.compare_model) if args.compare_model else None
    print(f"trafilatura {trafilatura.__version__}, settings {cleaner.html.EXTRACTION_SETTINGS}")
    dev = load_dev(args.devcorpus) if "dev" in args.sets else []
    for name in args.sets:
        pages = dev if name == "dev" else load_split_pages(args.traincorpus, name.removesuffix("-split"))
        pages = pages[:args.limit] if args.limit else pages
        title = {"dev": "devcorpus html pages", "test": "traincorpus test split", "dev-split": "traincorpus dev split"}
        score_table(title[name], pages, rules, args.losses, compared)
    if args.repeat and dev:
        time_tools(dev[:args.limit] if args.limit else dev, rules, args.repeat, compared)
    return 0


if __name__ == "__main__":
    sys.exit(main())
