"""The rendered report: escaping, right-to-left markup, self-containment, terminal colour."""

import json
from pathlib import Path

import lxml.html

from cleaner.model import KeptLine, Removal, Result
from cleaner.io.writers import atomic_write_text as write_atomic
from cleaner.report import render_html, render_json, render_terminal
from cleaner.scoring import Report, score_result, score_text

HOSTILE = '<script>window.pwned=1</script> <img src=x onerror="window.pwned=2"> & "quotes"'


def hostile_report() -> Report:
    """A document whose lines, rule id and file name all carry markup."""
    raw = f"العنوان\n{HOSTILE}\nخاتمة\n"
    result = Result(kept=[KeptLine(2, HOSTILE)],
                    removals=[Removal(1, 1, "<b>rule</b>", "r", "العنوان"), Removal(3, 3, "x", "r", "خاتمة")],
                    flags={"<u>flag</u>": "<i>kept</i> everything"})
    score = score_result('<site>/<img src=y onerror="1">.txt', raw, "العنوان\n", result)
    return Report.build("check", {"raw": "<raw>", "gold": "gold"}, [score], "v1")


def test_html_escapes_every_document_rule_and_file_name_string():
    page = render_html(hostile_report(), ["<site>: line_f1 0 is below its floor 1"])
    assert "<script" not in page and "<img" not in page and "<b>rule" not in page
    assert "&lt;script&gt;window.pwned=1&lt;/script&gt;" in page
    assert "&lt;b&gt;rule&lt;/b&gt;" in page
    assert "flag &lt;u&gt;flag&lt;/u&gt;: &lt;i&gt;kept&lt;/i&gt; everything" in page
    tree = lxml.html.fromstring(page)
    assert not tree.xpath("//script | //img | //b | //u | //i | //*[@onerror] | //*[@src] | //link")
    texts = tree.xpath("//ol[@class='diff']/li/span[@class='text']/text()")
    assert HOSTILE in texts and "العنوان" in texts


def test_html_marks_every_text_element_dir_auto():
    tree = lxml.html.fromstring(render_html(hostile_report(), []))
    text_holders = tree.xpath("//h1 | //h2 | //p | //span[@class='text'] | //span[@class='rule']/* | //tbody/tr/td[1]")
    assert text_holders
    assert all(element.get("dir") == "auto" for element in text_holders)


def test_html_colours_each_kind_of_difference():
    tree = lxml.html.fromstring(render_html(hostile_report(), []))
    kinds = [li.get("class") for li in tree.xpath("//ol[@class='diff']/li")]
    assert kinds == ["removed", "extra"]
    removed = tree.xpath("//li[@class='removed']")[0]
    assert removed.xpath("string(span[@class='rule']/code)") == "<b>rule</b>"


def test_terminal_output_plain_and_coloured():
    report = hostile_report()
    plain = render_terminal(report, ["x: below"], color=False)
    assert "\x1b[" not in plain
    assert "  - gold 1, raw 1 [<b>rule</b>]: العنوان" in plain
    assert f"  + raw 2: {HOSTILE}" in plain
    assert "below floor: x: below" in plain
    assert "; flag <u>flag</u>: <i>kept</i> everything" in plain
    coloured = render_terminal(report, [], color=True)
    assert "\x1b[31m  - gold 1, raw 1 [<b>rule</b>]: العنوان\x1b[0m" in coloured


def test_json_holds_the_whole_report():
    report = Report.build("diff", {"gold": "g"}, [score_text("s/a.txt", "x\n", "x\ny\n")])
    data = json.loads(render_json(report, ["s: below"]))
    assert data["below_floors"] == ["s: below"]
    assert data["sites"]["s"]["line"]["recall"] == 0.5
    assert data["documents"][0]["diff"] == [
        {"kind": "same", "text": "x", "gold_line": 1, "output_line": 1, "raw_line": None, "rule_id": None,
         "reason": None},
        {"kind": "missing", "text": "y", "gold_line": 2, "output_line": None, "raw_line": None, "rule_id": None,
         "reason": None}]


def test_write_atomic_replaces_the_whole_file_and_leaves_no_temp(tmp_path: Path):
    target = tmp_path / "report.html"
    target.write_text("old", encoding="utf-8")
    write_atomic(target, "new ✓")
    assert target.read_text(encoding="utf-8") == "new ✓"
    assert [p.name for p in tmp_path.iterdir()] == ["report.html"]


def test_terminal_never_passes_a_document_escape_sequence_to_the_terminal():
    hostile = "Body \x1b[2J\x1b]0;owned\x07 text"
    report = Report.build("diff", {}, [score_text("s/\x1b[31mred.txt", f"{hostile}\n", "Body\n")])
    for color in (False, True):
        shown = render_terminal(report, [], color)
        assert "\x1b[2J" not in shown and "\x07" not in shown and "\x1b[31mred" not in shown
        assert "Body \\x1b[2J\\x1b]0;owned\\x07 text" in shown


# ---------------------------------------------------------------- the HTML page's diffs


BODY = [f"Body sentence number {n} of the article." for n in range(1, 9)]


def removal_report() -> Report:
    """b/cut.txt: lines 5-7 of the gold removed by one rule; a/one.txt: one line missing."""
    raw = "\n".join(BODY) + "\n"
    result = Result(kept=[KeptLine(n, BODY[n - 1]) for n in (1, 2, 3, 4, 8)],
                    removals=[Removal(5, 7, "en.tail", "everything from here on", "\n".join(BODY[4:7]))])
    cut = score_result("b/cut.txt", raw, raw, result)
    one = score_text("a/one.txt", "\n".join(BODY[:7]) + "\n", raw)
    return Report.build("diff", {"gold": "g"}, [one, cut])


def test_html_lists_documents_worst_first():
    tree = lxml.html.fromstring(render_html(removal_report(), []))
    assert tree.xpath("//table[@class='documents']/tbody/tr/td[1]//text()") == ["b/cut.txt", "a/one.txt"]
    assert tree.xpath("//section[@class='doc']/h2/text()") == ["b/cut.txt", "a/one.txt"]


def test_html_shows_one_removal_as_one_block_with_two_context_lines_around_it():
    tree = lxml.html.fromstring(render_html(removal_report(), []))
    [cut] = tree.xpath("//section[h2='b/cut.txt']")
    items = cut.xpath("ol/li")
    assert [li.get("class") for li in items] == ["same", "same", "removed", "same"]
    assert [li.xpath("string(span[@class='text'])") for li in items] == [
        BODY[2], BODY[3], "\n".join(BODY[4:7]), BODY[7]]
    assert items[2].xpath("string(span[@class='where'])") == "- gold 5–7, raw 5–7"
    assert cut.xpath("string(.//li[@class='removed']/span[@class='rule'])") == "en.taileverything from here on"
    [one] = tree.xpath("//section[h2='a/one.txt']")
    assert not one.xpath(".//span[@class='rule']")  # no rule anywhere: no empty column


def test_html_says_why_a_document_was_kept_whole_on_its_extra_lines():
    raw = "\n".join(BODY) + "\n"
    detail = "cleaning would keep 0 of 300 characters; the text is returned whole"
    result = Result(kept=[KeptLine(n, line) for n, line in enumerate(BODY, 1)], removals=[],
                    flags={"over_deletion": detail})
    report = Report.build("check", {"raw": "r", "gold": "g"}, [score_result("a/x.txt", raw, BODY[0], result)])
    tree = lxml.html.fromstring(render_html(report, []))
    extra = tree.xpath("//li[@class='extra']")
    assert len(extra) == 1  # the seven lines kept for one reason are one block
    assert extra[0].xpath("string(span[@class='rule'])") == f"over_deletion: {detail}"


def test_a_figure_that_does_not_apply_is_a_dash_not_zero_of_zero():
    # no raw text: no junk figures, no clean documents
    report = Report.build("diff", {"gold": "g"}, [score_text("a/one.txt", BODY[0], "\n".join(BODY))])
    rows = lxml.html.fromstring(render_html(report, [])).xpath("//table[1]/tbody/tr")
    cells = [td.text_content() for td in rows[-1].xpath("td")]
    assert "0/0" not in cells
    assert cells[8:10] == ["–", "–"]  # clean lost, junk removed
    assert "0/0" not in render_terminal(report, [], color=False)
