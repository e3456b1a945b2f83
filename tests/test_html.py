"""The HTML path on pages written for these tests (tests/fixtures/html/): decoding,
extraction, the site's remove_selectors, the fallback flag, metadata, explain --html."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cleaner import RuleError, clean_html, load_rules
from cleaner.html import EXTRACTION_FALLBACK, NO_ARTICLE, block_lines, extract_page

PAGES = Path(__file__).parent / "fixtures" / "html"

LIGHTHOUSE_BODY = [
    "Residents of Porthwen voted on Tuesday night to rebuild the stone lighthouse",
    "The council had offered three options at the public meeting",
    "Restoration won by a wide margin, with 412 of the 530 ballots cast",
    "Fishermen who spoke before the vote said a working light",
    "The restoration is expected to cost about 1.8 million pounds",
    '"We have been looking at a dark tower for more than a decade,"',
]


def page(name: str) -> bytes:
    return (PAGES / name).read_bytes()


def write_site_file(tmp_path: Path, body: str) -> Path:
    (tmp_path / "sites").mkdir()
    (tmp_path / "sites" / "test-site.toml").write_text(body, encoding="utf-8")
    return tmp_path


# ---------------------------------------------------------------- extraction and cleaning


def test_related_stories_box_goes_and_every_paragraph_stays():
    result = clean_html(page("related_box.html"))
    lines = result.text.split("\n")
    assert lines[0] == "Harbour town votes to rebuild its lighthouse"
    for start in LIGHTHOUSE_BODY:
        assert sum(line.startswith(start) for line in lines) == 1, start
    for related in ("Related stories", "Ferry timetable changes", "Pier repairs finished",
                    "Storm damage bill"):
        assert related not in result.text
    assert "All rights reserved" not in result.text and "Weather" not in lines
    assert not result.flags


def test_inline_read_more_paragraph_goes_and_the_story_after_it_stays():
    result = clean_html(page("read_more_inline.html"), "https://valley-herald.test/local/library-hours")
    assert "Read more" in extract_page(page("read_more_inline.html")).text  # the engine's job
    assert "Read more" not in result.text
    assert "Council approves budget" not in result.text
    for after in ("Students who organised the petition", "The library will review the new hours",
                  "Weekend hours are not changing"):
        assert after in result.text


def test_arabic_read_also_inside_the_article_container_goes():
    html = page("ar_read_also.html")
    assert "اقرأ أيضا" in extract_page(html).text  # trafilatura keeps it: the engine's job
    result = clean_html(html)
    assert "اقرأ أيضا" not in result.text
    assert "البلدية تعلن خطة جديدة" not in result.text
    assert result.text.split("\n")[0] == "افتتاح سوق للمزارعين في وسط المدينة"
    assert "وأضاف أن الهدف من السوق" in result.text  # the paragraphs after the promo
    assert "وعبر عدد من الزوار" in result.text


# ---------------------------------------------------------------- decoding


def test_windows_1256_page_is_decoded_by_its_declared_charset():
    html = page("ar_windows1256.html")
    with pytest.raises(UnicodeDecodeError):
        html.decode("utf-8")  # the fixture really is windows-1256 bytes
    result = clean_html(html)
    assert result.text.startswith("المكتبة العامة تمدد ساعات العمل في رمضان\n")
    assert "ستفتح أبوابها حتى منتصف الليل" in result.text
    assert result.metadata["title"] == "المكتبة العامة تمدد ساعات العمل في رمضان"


def test_charset_from_the_transport_is_used_when_the_page_declares_none():
    undeclared = page("ar_windows1256.html").replace(
        b'<meta http-equiv="Content-Type" content="text/html; charset=windows-1256">', b"")
    assert b"charset" not in undeclared
    result = clean_html(undeclared, charset="windows-1256")
    assert "ستفتح أبوابها حتى منتصف الليل" in result.text


def test_a_str_is_used_as_it_is():
    text = page("ar_read_also.html").decode("utf-8")
    assert clean_html(text).text == clean_html(text.encode("utf-8")).text


def test_utf8_bytes_win_over_a_wrong_legacy_declaration():
    # Pages that declare a legacy charset and send UTF-8 are common (qq.com declares gb2312).
    mislabelled = page("ar_read_also.html").replace(b'charset="utf-8"', b'charset="windows-1256"')
    assert "افتتاح سوق للمزارعين" in clean_html(mislabelled).text


# ---------------------------------------------------------------- no article


def test_page_without_article_is_flagged_and_not_empty():
    result = clean_html(page("no_article.html"))
    assert EXTRACTION_FALLBACK in result.flags
    assert result.text  # the page's full visible text went through the engine
    assert "Sections | Northfield Daily" not in result.text  # <head> is not visible text


def test_page_without_any_text_is_flagged_no_article():
    result = clean_html("<html><head><title>x</title></head><body><div></div></body></html>")
    assert result.text == ""
    assert NO_ARTICLE in result.flags


def test_an_empty_document_is_flagged_not_raised():
    result = clean_html(" \n")
    assert result.text == "" and result.flags[NO_ARTICLE] == "an empty document"


@pytest.mark.parametrize("document", [
    "<p>Residents voted on Tuesday night to rebuild the stone lighthouse at the end of the pier, "
    "and the council said the work could begin in the spring if the heritage grant is confirmed.</p>",
    "Residents voted on Tuesday night to rebuild the stone lighthouse at the end of the pier.\n"
    "The council said the work could begin in the spring if the heritage grant is confirmed.",
], ids=["html fragment", "plain text"])
def test_a_fragment_or_plain_text_is_cleaned_not_dropped(document):
    # trafilatura's loader refuses both as dubious HTML; their text must still come out.
    result = clean_html(document)
    assert "rebuild the stone lighthouse" in result.text
    assert "heritage grant is confirmed" in result.text


# ---------------------------------------------------------------- metadata and URL


def test_metadata_comes_from_the_page_markup():
    metadata = clean_html(page("related_box.html")).metadata
    assert metadata["title"] == "Harbour town votes to rebuild its lighthouse"
    assert metadata["date"] == "2024-05-14"
    assert metadata["author"] == "Mara Lindqvist"
    assert metadata["url"] == "https://coastline-courier.test/news/2024/05/harbour-lighthouse-vote"
    assert metadata["sitename"] == "The Coastline Courier"
    assert metadata["language"] == "en"
    assert "Local government" in metadata["tags"]


def test_og_url_stands_in_for_a_missing_canonical_link():
    html = ('<html><head><meta property="og:url" content="https://og-only.test/a/1"></head><body>'
            "<p>" + "A sentence of the article that carries on. " * 10 + "</p></body></html>")
    assert extract_page(html).url == "https://og-only.test/a/1"


def test_site_rules_are_picked_by_the_canonical_url_when_none_is_given(tmp_path):
    rules = load_rules(write_site_file(tmp_path, """
site = "valley-herald"
domains = ["valley-herald.test"]

[[rule]]
id = "valley-herald.weekend"
kind = "phrase"
pattern = "Weekend hours are not changing"
action = "drop-line"
why = "A test rule: only this site's file knows this line."
"""))
    html = page("read_more_inline.html")
    assert extract_page(html, rules=rules).url == "https://valley-herald.test/local/library-hours"
    assert "Weekend hours" not in clean_html(html, rules=rules).text
    # A given URL outranks the page's canonical one.
    assert "Weekend hours" in clean_html(html, "https://elsewhere.test/a", rules=rules).text


# ---------------------------------------------------------------- remove_selectors


@pytest.mark.parametrize("selector", [
    ".story-body p:nth-of-type(4)",  # CSS
    "//div[@class='story-body']/p[starts-with(., 'Fishermen')]",  # XPath
])
def test_remove_selectors_drop_page_parts_before_extraction(tmp_path, selector):
    rules = load_rules(write_site_file(tmp_path, f"""
site = "coastline-courier"
domains = ["coastline-courier.test"]
remove_selectors = ["{selector}"]
"""))
    html = page("related_box.html")
    assert "Fishermen who spoke" in clean_html(html).text
    kept = clean_html(html, rules=rules).text
    assert "Fishermen who spoke" not in kept
    assert "Restoration won by a wide margin" in kept and "The restoration is expected" in kept


def test_without_any_url_a_site_file_is_picked_by_its_fingerprint_in_the_page(tmp_path):
    html = page("ar_windows1256.html")  # no canonical, no og:url
    rules = load_rules(write_site_file(tmp_path, """
site = "library-news"
fingerprints = ["حقوق النشر محفوظة"]
remove_selectors = ["//p[contains(., 'ثلاثة آلاف كتاب')]"]
"""))
    assert extract_page(html, rules=rules).url is None
    assert "ثلاثة آلاف كتاب" in clean_html(html).text
    kept = clean_html(html, rules=rules).text
    assert "ثلاثة آلاف كتاب" not in kept and "ستفتح أبوابها" in kept


@pytest.mark.parametrize("selector, complaint", [
    ("div[[", "bad CSS selector"),
    ("//div[@class=", "bad XPath"),
])
def test_a_bad_selector_is_a_rule_error_naming_file_and_line(tmp_path, selector, complaint):
    folder = write_site_file(tmp_path, f"""site = "x"
domains = ["x.test"]
remove_selectors = [
  "//nav",
  "{selector}",
]
""")
    with pytest.raises(RuleError) as caught:
        load_rules(folder)
    assert f"test-site.toml:5: {complaint}" in str(caught.value)


# ---------------------------------------------------------------- lines


def test_block_lines_split_blocks_and_breaks_and_skip_hidden_text():
    import lxml.html

    tree = lxml.html.document_fromstring(
        "<html><head><title>T</title></head><body><div>one <b>bold</b> line<br>second"
        "<script>var x = 1;</script> line<!-- note --> end<p>para  graph</p>tail</div>"
        "<ul><li>a</li><li>b</li></ul></body></html>")
    lines = block_lines(tree, frozenset({"div", "p", "ul", "li", "body"}), "br",
                        frozenset({"head", "script"}))
    assert lines == ["one bold line", "second line end", "para graph", "tail", "a", "b"]


def test_inline_elements_stay_inside_their_paragraphs_line_and_a_code_block_is_a_line():
    filler = "".join(f"<p>{sentence}</p>" for sentence in LIGHTHOUSE_BODY[:3])
    inline = ('<p>The root of the object, <code>rekt</code>, holds <a href="/lists">300 lists</a>, '
              "<em>each</em> with <b>ten</b> <span>sublists</span> of its own.</p>")
    listed = "<ul><li>Run <code>make check</code> before a release.</li></ul>"
    page_html = (f"<html><head><title>Nested lists</title></head><body><article><h1>Nested lists</h1>"
                 f"{filler}{inline}<pre><code>rekt: {{\n  list: []\n}}</code></pre>{listed}{filler}"
                 f"</article></body></html>")
    lines = extract_page(page_html).text.split("\n")
    assert "The root of the object, rekt, holds 300 lists, each with ten sublists of its own." in lines
    assert "Run make check before a release." in lines
    assert "rekt: { list: [] }" in lines  # a code block is still one line of its own
    assert "rekt" not in lines


def test_block_lines_survive_nesting_deeper_than_the_recursion_limit():
    from lxml import etree

    root = element = etree.Element("body")
    for _ in range(sys.getrecursionlimit() + 500):
        element = etree.SubElement(element, "div")
    element.text = "deep"
    element.tail = "shallow"
    assert block_lines(root, frozenset({"div"}), "br") == ["deep", "shallow"]


# ---------------------------------------------------------------- explain --html


def test_explain_html_fast_shows_the_extracted_lines_and_why_each_went():
    run = subprocess.run(
        [sys.executable, "-m", "cleaner.cli", "explain", "--html", "--fast", str(PAGES / "ar_read_also.html")],
        capture_output=True, text=True, check=True)
    lines = run.stdout.split("\n")
    assert lines[0].split() == ["1", "KEEP", "افتتاح", "سوق", "للمزارعين", "في", "وسط", "المدينة"]
    dropped = [line for line in lines if " DROP " in line]
    assert len(dropped) == 1 and "اقرأ أيضا" in dropped[0]
    assert "META date: 2024-06-20" in run.stdout


def test_explain_html_on_binary_data_names_the_file_and_fails(tmp_path):
    binary = tmp_path / "image.html"
    binary.write_bytes(bytes(range(256)) * 40)
    run = subprocess.run(
        [sys.executable, "-m", "cleaner.cli", "explain", "--html", str(binary)],
        capture_output=True, text=True)
    assert run.returncode == 1
    assert run.stderr.startswith(f"cleaner: {binary}: ") and "Traceback" not in run.stderr


def test_explain_html_on_a_missing_file_is_a_usage_error(tmp_path):
    run = subprocess.run(
        [sys.executable, "-m", "cleaner.cli", "explain", "--html", str(tmp_path / "nope.html")],
        capture_output=True, text=True)
    assert run.returncode == 2
    assert "nope.html" in run.stderr and "Traceback" not in run.stderr


# ---------------------------------------------------------------- block_lines, any tree

_TAGS = ["div", "p", "span", "b", "br", "li", "script"]
_TEXT = st.text(alphabet=st.sampled_from("ab c\n\t\u200cد"), max_size=6)


@st.composite
def trees(draw, depth=0):
    from lxml import etree

    element = etree.Element(draw(st.sampled_from(_TAGS)))
    element.text = draw(_TEXT)
    if depth < 4:
        for child in draw(st.lists(trees(depth=depth + 1), max_size=3)):
            child.tail = draw(_TEXT)
            element.append(child)
    return element


def _visible_chars(root, hidden):
    from lxml import etree

    chars = []
    for event, element in etree.iterwalk(root, events=("start", "end")):
        if event == "start" and element.tag not in hidden and not any(
                a.tag in hidden for a in element.iterancestors()):
            chars.append(element.text or "")
        if event == "end" and element is not root and not any(
                a.tag in hidden for a in element.iterancestors()):
            chars.append(element.tail or "")
    return "".join("".join(chars).split())


@settings(max_examples=200, deadline=None)
@given(trees(), st.booleans())
def test_block_lines_lose_no_visible_text_and_make_no_blank_lines(root, newline_breaks):
    hidden = frozenset({"script"})
    lines = block_lines(root, frozenset({"div", "p", "li"}), "br", hidden,
                        newline_breaks=newline_breaks)
    assert all(line and line == line.strip() and "\n" not in line for line in lines)
    assert "".join("".join(lines).split()) == _visible_chars(root, hidden)


@pytest.mark.parametrize("fast", [False, True])
def test_a_control_character_in_a_heading_costs_the_metadata_only(fast):
    # Found by test_fuzz: on a fragment (parsed by lxml, not trafilatura's loader, which drops
    # control characters) trafilatura's title search hands the heading's text to lxml, which
    # raises on the control character.
    result = clean_html("<h1>Budget\x1f vote</h1>", fast=fast)
    assert "metadata_failed" in result.flags
    assert result.text == "Budget vote"
