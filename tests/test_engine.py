"""The library contract of clean(): what the result holds and the guarantees around it."""

import subprocess
import sys

import pytest

from cleaner import clean, load_rules
from cleaner.engine import OVER_DELETION_MIN_INPUT
from cleaner.model import split_lines

BODY = [
    "The council voted on Tuesday to close the old bridge to cars from next month, officials said.",
    "Engineers found cracks in two of the supporting piers during an inspection in the spring.",
    "A temporary footbridge will open alongside it in June, and buses will be diverted via the ring road.",
]


def test_result_holds_text_removals_metadata_and_flags():
    raw = "\n".join(["Bridge to close to cars", "By Jane Doe", *BODY, "Source: City Herald",
                     "Tags: bridges, transport", "Related stories", "Another headline"])
    result = clean(raw, url="https://www.cityherald.example/news/bridge")
    assert result.text == "\n".join(["Bridge to close to cars", *BODY])
    assert result.metadata["site"] == "cityherald.example"
    assert result.metadata["byline"] and result.metadata["source"]
    assert result.flags == {}
    by_line = {r.first_line: r for r in result.removals}
    assert by_line[2].rule_id.endswith("byline") and by_line[2].text == "By Jane Doe"
    tail = by_line[7]
    assert (tail.first_line, tail.last_line) == (7, 9) and "cut" in tail.reason


def test_inline_promo_drops_only_itself_and_the_story_goes_on():
    raw = "\n".join([BODY[0], BODY[1], "Read more: Council budget cuts explained", BODY[2]])
    result = clean(raw)
    assert result.text == "\n".join(BODY)
    assert [(r.first_line, r.rule_id) for r in result.removals] == [(3, "en.read-more")]


def test_removals_and_kept_lines_replay_to_the_input_with_crlf_and_nul():
    raw = "\r\n".join(["Headline", "", *BODY, "\u00a0", "Comments (2)", "Nice piece!"]) + "\r\n\x00"
    result = clean(raw)
    assert result.replay() == [line.strip() for line in split_lines(raw)]
    assert "\r" not in result.text and "\x00" not in result.text


def test_a_long_document_cut_to_almost_nothing_is_flagged_and_returned_whole(tmp_path):
    # A careless site rule that matches every line would empty the page.
    sites = tmp_path / "sites"
    sites.mkdir()
    (sites / "example.com.toml").write_text(
        'site = "example.com"\ndomains = ["example.com"]\n[[rule]]\nid = "example.too-greedy"\n'
        'kind = "regex"\npattern = "^."\naction = "drop-line"\nwhy = "A mistake."\n', encoding="utf-8")
    raw = "\n".join(["Bridge to close to cars", "", *BODY, *BODY])
    assert len(raw) >= OVER_DELETION_MIN_INPUT
    result = clean(raw, "https://example.com/a", rules=load_rules(tmp_path))
    assert "over_deletion" in result.flags
    assert result.text == "\n".join(["Bridge to close to cars", *BODY, *BODY])
    assert {r.rule_id for r in result.removals} == {"generic.blank"}
    assert result.replay() == [line.strip() for line in split_lines(raw)]


# A longer story, and a thread under it ten times its size: a rendered page with comments.
MORE = [
    "Repairs are expected to take two years and to cost the city about four million pounds in all.",
    "Shop owners on the north bank said they feared losing trade while the crossing stays shut.",
    "The council will hold a public meeting about the diversions at the town hall next Thursday.",
]
THREAD = [f"Comment {number}: I cross that bridge every day and the council should have acted years ago."
          for number in range(80)]


def test_an_article_over_a_thread_a_marker_names_is_kept_and_flagged_small_share():
    raw = "\n".join(["Bridge to close to cars", *BODY, *MORE, "Comments (80)", *THREAD])
    result = clean(raw)
    assert result.text == "\n".join(["Bridge to close to cars", *BODY, *MORE])
    assert "small_share" in result.flags and "over_deletion" not in result.flags
    assert [(r.first_line, r.rule_id) for r in result.removals] == [(8, "en.comments")]


def test_an_article_over_a_tail_only_layout_found_is_returned_whole():
    # A comment form's rows end the article too, but a forum page has them under its first
    # post, and the posts under them are its text: no marker names the tail.
    raw = "\n".join(["Bridge to close to cars", *BODY, *MORE, "Name: * | |", "Email: * | |", *THREAD])
    result = clean(raw)
    assert "over_deletion" in result.flags and "small_share" not in result.flags
    assert result.text == raw


def test_a_short_post_of_prose_over_a_named_thread_is_kept_and_flagged_small_share():
    # A blog post of three sentences under its headline, above a thread 25 times its size: the
    # post is the article (OVER_DELETION_SHORT_ARTICLE), as 500 characters would be.
    raw = "\n".join(["Bridge to close to cars", *BODY, "Comments (80)", *THREAD])
    result = clean(raw)
    assert result.text == "\n".join(["Bridge to close to cars", *BODY])
    assert "small_share" in result.flags and "over_deletion" not in result.flags


def test_a_cut_under_the_short_article_floor_is_still_returned_whole():
    # Under OVER_DELETION_SHORT_ARTICLE characters a cut to a few per cent is "almost nothing".
    brief = ["Engineers found cracks in two piers of the old bridge.",
             "The council voted to close it to cars from next month.",
             "Buses will run via the ring road until it reopens."]
    raw = "\n".join(["Bridge to close to cars", *brief, "Comments (80)", *THREAD])
    result = clean(raw)
    assert "over_deletion" in result.flags and result.text == raw


# Headlines of other stories, none a sentence: what a wrong cut leaves of a portal's page.
HEADLINES = [
    "Harbour plan approved, despite twelve hundred objections from local residents",
    "Rail strike called off after late talks, union and operator confirm",
    "City library to open on Sundays from May, council says in budget",
    "Ferry timetable cut for winter, northern routes lose two sailings a day",
]


def test_trap_a_marker_under_headlines_and_no_sentence_cuts_nothing():
    # Headlines and no sentence are no article yet (too_early_for_tail): the marker under
    # them, with more prose under it, ends nothing, and only its own line goes.
    raw = "\n".join([*HEADLINES, "Comments (80)", *THREAD])
    result = clean(raw)
    assert result.text == "\n".join([*HEADLINES, *THREAD]) and "over_deletion" not in result.flags


def test_trap_a_short_post_over_a_promo_box_and_pages_of_text_is_still_returned_whole():
    # A "read also" box's marker ends a story only where the story does not go on; sixty
    # paragraphs under it may be the page's text (a forum, a web text), so a short post above
    # it needs a cut marker (comments, tags) to stand alone.
    other = [f"Paragraph {number} of another story: the harbour board met again on Monday about the quay."
             for number in range(60)]
    raw = "\n".join(["Bridge to close to cars", *BODY, "Read also:", "Harbour board meets on quay costs", *other])
    result = clean(raw)
    assert "over_deletion" in result.flags and result.text == raw


def test_a_short_document_is_never_flagged_over_deletion():
    result = clean("Home\nShare")
    assert "over_deletion" not in result.flags
    # Nothing is kept, as an HTML page with no article: said, not silent.
    assert result.flags == {"no_article": "no article text: the rules removed every line"}


def test_empty_and_blank_input():
    assert clean("").text == "" and clean("").removals == []
    blank = clean(" \n\u00a0\n\t")
    assert blank.text == "" and {r.rule_id for r in blank.removals} == {"generic.blank"}
    for empty in ("", blank):
        result = clean(empty) if isinstance(empty, str) else empty
        assert result.flags == {"no_article": "no article text: the text is empty"}


def test_bytes_are_refused_with_a_pointer_to_decode_and_clean_html():
    with pytest.raises(TypeError, match=r"text as str, not bytes.*decode.*clean_html"):
        clean(b"Bridge to close to cars")


def test_the_library_documents_its_arguments():
    for argument in ("url", "rules", "extracted"):
        assert f"    {argument} " in clean.__doc__


def test_explain_all_prints_every_line_with_rule_and_reason(tmp_path):
    path = tmp_path / "page.txt"
    path.write_text("\n".join([*BODY, "Read also:", "Another headline", "Another story's first "
                               "paragraph, which tells of something else entirely, ran here."]),
                    encoding="utf-8")
    out = subprocess.run([sys.executable, "-m", "cleaner.cli", "explain", "--all", str(path)],
                         capture_output=True, text=True, check=True).stdout
    rows = [line for line in out.splitlines() if line[:5].strip().isdigit()]
    assert len(rows) == 6
    assert rows[0].split()[1] == "KEEP" and rows[3].split()[1] == "DROP"
    assert "[en.read-also]" in rows[3] and "↳" in out
