"""The HTML report in a real headless browser: Debian's chromium driven by Playwright.

Nothing is downloaded: the tests use /usr/bin/chromium and skip, saying so, without it.
"""

import subprocess
import sys
from pathlib import Path

import pytest
from chromium import browser, requires_chromium  # noqa: F401 - browser is a fixture

from cleaner.model import KeptLine, Removal, Result
from cleaner.report import render_html
from cleaner.scoring import Report, score_result

CORPUS = Path(__file__).resolve().parent.parent / "corpus"

pytestmark = requires_chromium


def open_page(browser, path: Path):
    """Open a report; collect page errors and dialogs, which a payload that ran would cause."""
    page = browser.new_page()
    events: list[str] = []
    page.on("pageerror", lambda error: events.append(f"page error: {error}"))
    page.on("dialog", lambda dialog: (events.append(f"dialog: {dialog.message}"), dialog.dismiss()))
    page.goto(path.as_uri())
    page.wait_for_load_state("load")
    return page, events


def test_script_and_onerror_in_a_document_show_as_text_and_never_run(browser, tmp_path: Path):
    payload = ('<script>window.reportPwned = "script"; alert(1)</script> '
               '<img src=x onerror="window.reportPwned = \'onerror\'; alert(2)">')
    raw = f"Headline\n{payload}\n"
    result = Result(kept=[KeptLine(2, payload)], removals=[Removal(1, 1, "<script>alert(3)</script>", "r", "Headline")])
    report = Report.build("check", {"raw": "r"}, [score_result("s/<script>alert(4)</script>.txt", raw, "Headline\n", result)])
    page_path = tmp_path / "report.html"
    page_path.write_text(render_html(report, []), encoding="utf-8")

    page, events = open_page(browser, page_path)
    assert page.evaluate("window.reportPwned") is None
    assert page.locator("script, img").count() == 0
    assert page.locator("li.extra span.text").inner_text() == payload
    assert page.locator("li.removed span.rule code").inner_text() == "<script>alert(3)</script>"
    assert page.locator("h2").inner_text() == "s/<script>alert(4)</script>.txt"
    assert events == []


def test_seeds_report_renders_arabic_right_to_left(browser, tmp_path: Path):
    if not (CORPUS / "gold" / "seeds").is_dir():
        pytest.skip("corpus/gold/seeds is not in this checkout")
    # The raw seeds scored as output: every junk line is a difference, whatever the engine does.
    page_path = tmp_path / "seeds.html"
    diffed = subprocess.run([sys.executable, "-m", "cleaner.cli", "diff", str(CORPUS / "raw" / "seeds"),
                             str(CORPUS / "gold" / "seeds"), "--html", str(page_path)],
                            capture_output=True, timeout=120)
    assert diffed.returncode == 1, diffed.stderr  # the documents differ
    page, events = open_page(browser, page_path)
    arabic_line = page.locator("span.text", has_text="المصدر").first
    assert arabic_line.evaluate("e => getComputedStyle(e).direction") == "rtl"
    latin_cell = page.locator("tbody td", has_text="overall").first
    assert latin_cell.evaluate("e => getComputedStyle(e).direction") == "ltr"
    assert events == []
