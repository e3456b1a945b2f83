#!/usr/bin/env python3
"""Screenshot the seeds' `cleaner check` HTML report for the README.

    python bench/screenshot_report.py [--out docs/report-seeds.png]

Scores today's clean() on corpus/raw/seeds, renders the HTML report into a temporary
file and photographs it in Debian's headless chromium (/usr/bin/chromium, driven by
Playwright; nothing is downloaded).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from cleaner.engine import clean
from cleaner.report import render_html
from cleaner.rules import default_rules
from cleaner.scoring import Report, score_corpus

PROJECT = Path(__file__).resolve().parent.parent
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
VIEWPORT = {"width": 1280, "height": 800}
MAX_HEIGHT = 1800  # a long report is cut here: the picture shows the tables and the first diffs


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=PROJECT / "docs" / "report-seeds.png")
    parser.add_argument("--site", default="seeds", help="the corpus site to show")
    args = parser.parse_args(argv)
    if not CHROMIUM.exists():
        print(f"screenshot_report: {CHROMIUM} not found (apt-get install chromium)", file=sys.stderr)
        return 2
    from playwright.sync_api import sync_playwright

    rules = default_rules()
    full = score_corpus(PROJECT / "corpus", lambda text: clean(text, rules=rules), rules.version)
    # Relative roots: the committed picture should not show this machine's paths.
    roots = {"raw": f"corpus/raw/{args.site}", "gold": f"corpus/gold/{args.site}"}
    report = Report.build("check", roots, [d for d in full.documents if d.site == args.site], rules.version)
    with tempfile.TemporaryDirectory() as scratch:
        page_path = Path(scratch) / "report.html"
        page_path.write_text(render_html(report, []), encoding="utf-8")
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
            page = browser.new_page(viewport=VIEWPORT)
            page.goto(page_path.as_uri())
            args.out.parent.mkdir(parents=True, exist_ok=True)
            height = min(page.evaluate("document.documentElement.scrollHeight"), MAX_HEIGHT)
            page.screenshot(path=str(args.out), full_page=True,
                            clip={"x": 0, "y": 0, "width": VIEWPORT["width"], "height": height})
            browser.close()
    print(f"{args.out}: {report.overall.documents} documents, line F1 {report.overall.line.f1:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
