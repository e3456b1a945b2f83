#!/usr/bin/env python3
"""Screenshot `cleaner review` on the seeds for the README.

    python bench/screenshot_review.py [--out docs/review-seeds.png]

Serves corpus/raw/seeds and corpus/gold/seeds with the review app on 127.0.0.1, changes one
label with the keys (so a disagreement with the cleaner shows), opens the rule that removed
that line and photographs the page in Debian's headless chromium (/usr/bin/chromium, driven
by Playwright; nothing is downloaded). Nothing is saved: the corpus is not touched.
"""

from __future__ import annotations

import argparse
import contextlib
import sys
import threading
from pathlib import Path

from cleaner.review import Review, ReviewServer
from cleaner.rules import default_rules

PROJECT = Path(__file__).resolve().parent.parent
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
VIEWPORT = {"width": 1400, "height": 900}
DOCUMENT = "001_c9df4768c87664a9.txt"
LINE = 2  # 0-based: a byline the gold drops; the picture keeps it to show a disagreement


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=PROJECT / "docs" / "review-seeds.png")
    args = parser.parse_args(argv)
    if not CHROMIUM.exists():
        print(f"screenshot_review: {CHROMIUM} not found (apt-get install chromium)", file=sys.stderr)
        return 2
    from playwright.sync_api import sync_playwright

    out = args.out.resolve()
    # From the project folder, the page shows corpus/... and rules/... rather than this machine's paths.
    with contextlib.chdir(PROJECT):
        server = ReviewServer(Review(Path("corpus/raw/seeds"), Path("corpus/gold/seeds"), default_rules()))
        threading.Thread(target=server.serve_forever, daemon=True).start()
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
            page = browser.new_page(viewport=VIEWPORT)
            page.goto(f"{server.url}#{DOCUMENT}")
            page.locator(f'#lines li[data-index="{LINE}"]').wait_for()
            for key in ("j", "j", " "):
                page.keyboard.press(key)
            page.locator(f'#lines li[data-index="{LINE}"] button.rule').click()
            page.locator("#rule-file .definition").wait_for()
            out.parent.mkdir(parents=True, exist_ok=True)
            page.screenshot(path=str(out))
            browser.close()
        server.shutdown()
    print(f"{out}: {DOCUMENT}, line {LINE + 1} kept against the cleaner, its rule shown")
    return 0


if __name__ == "__main__":
    sys.exit(main())
