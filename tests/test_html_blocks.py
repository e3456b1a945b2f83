"""The default HTML path (cleaner/html_blocks.py): blocks, extractor votes, the shipped block
classifier, its explanations and its fallbacks, on pages written for these tests."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import lxml.html
import numpy as np
import pytest

import cleaner.html
from cleaner import clean, clean_html, html_blocks
from cleaner.html import (BLOCK_RULE_ID, CLASSIFIER_FALLBACK, EXTRACTION_FALLBACK, EXTRACTOR_FAILED,
                          extract_page, extracted_lines, prepared_tree)
from cleaner.rules import default_rules

PAGES = Path(__file__).parent / "fixtures" / "html"
PAGE = PAGES / "comments_related.html"

ARTICLE = [
    "Orchard cooperative opens a cider press for small growers",
    "Apple growers in the Brenn valley no longer have to drive their fruit",
    "The press can handle about four tonnes of apples a day",
    "Until this year most growers sold their windfall fruit",
    '"Now we can bottle our own juice',
    "The cooperative paid for the press with a regional development loan",
    "A second machine, a small pasteuriser, is due to arrive in October",
]
COMMENTS = ["We used to queue for hours", "non-members can book the press", "road to that barn",
            "we bought six bottles"]
RELATED = ["Hedgerow grants reopen", "Sheep prices steady", "Old river bridge to close",
           "Apple day returns"]


def _removal_of(result, fragment: str):
    (removal,) = [r for r in result.removals if fragment in r.text]
    return removal


def test_comments_and_related_links_are_dropped_and_the_article_kept():
    result = clean_html(PAGE.read_bytes())
    for start in ARTICLE:
        assert sum(line.startswith(start) for line in result.text.split("\n")) == 1, start
    for gone in COMMENTS + RELATED + ["Leave a comment", "All rights reserved", "Subscribe"]:
        assert gone not in result.text, gone
    assert not result.flags


def test_every_dropped_block_says_which_votes_dropped_it():
    result = clean_html(PAGE.read_bytes())
    for fragment in COMMENTS + RELATED:
        removal = _removal_of(result, fragment)
        assert removal.rule_id == BLOCK_RULE_ID
        assert "p(article)=" in removal.reason
        for name in html_blocks.EXTRACTORS:
            assert f"{name} " in removal.reason.split("votes: ")[1]


def test_explain_names_the_features_that_dropped_a_block():
    page = extract_page(PAGE.read_bytes(), explain=True)
    lines = page.text.split("\n")
    for fragment in COMMENTS:
        (index,) = [n for n, line in enumerate(lines) if fragment in line]
        assert "dropped most by " in page.dropped[index]
    # The comments sit under class="comment…" elements: that is among what the model reads.
    x = _features(PAGE.read_bytes())
    comment_rows = [n for n, line in enumerate(lines) if any(f in line for f in COMMENTS)]
    assert all(x[n, html_blocks.FEATURES.index("class_comment")] <= 2 for n in comment_rows)


def _features(page: bytes):
    tree, metadata, url = prepared_tree(page.decode("utf-8"), None, default_rules())
    blocks = html_blocks.page_blocks(tree)
    outputs, _ = html_blocks.run_extractors(tree, url)
    return html_blocks.block_features(blocks, html_blocks.block_votes(blocks, outputs), metadata.get("title"))


def test_cli_explain_html_shows_every_block_and_each_drop_with_its_features():
    run = subprocess.run([sys.executable, "-m", "cleaner.cli", "explain", "--html", str(PAGE)],
                         capture_output=True, text=True, check=True)
    drops = [line for line in run.stdout.split("\n") if " DROP " in line]
    assert any("we bought six bottles" in line and f"[{BLOCK_RULE_ID}]" in line for line in drops)
    assert "dropped most by" in run.stdout
    assert "KEEP  Apple growers in the Brenn valley" in run.stdout


def test_votes_are_the_share_of_a_block_each_extractor_kept():
    blocks = [html_blocks.Block(text, None, 0) for text in
              ("one two three four", "Share", "five six seven eight nine", "nothing of this here")]
    outputs = {"trafilatura": "one two three four\nfive six seven", "resiliparse": None, "justext": "Share it"}
    votes = html_blocks.block_votes(blocks, outputs, ("trafilatura", "resiliparse", "justext"))
    assert votes[:, 0].tolist() == pytest.approx([1.0, 0.0, 1 / 3, 0.0])
    assert all(v != v for v in votes[:, 1])  # NaN: no output to vote with
    assert votes[1, 2] == 1.0 and votes[0, 2] == 0.0


STORY = ["Ferry terminal approved for the north shore",
         *(f"The harbour authority approved plan {n} for a new ferry terminal on the north shore, "
           "and work on the quay is due to start in the spring of next year." for n in range(1, 4))]


def _story_page(rest: str) -> str:
    return ("<html><body><article><h1>" + STORY[0] + "</h1>" + "".join(f"<p>{line}</p>" for line in STORY[1:])
            + rest + "</article></body></html>")


def test_an_extractor_that_raises_costs_its_vote_and_the_page_is_flagged():
    # Lists nested a thousand deep (within lxml's huge_tree depth, so the page keeps them):
    # trafilatura's list handling recurses once a level and raises RecursionError. --fast,
    # with no other extractor, cleans the page's full text; before it was guarded, the page
    # crashed.
    page = _story_page("<ul><li>Part" * 1000 + "</li></ul>" * 1000)
    result = clean_html(page)
    assert result.flags[EXTRACTOR_FAILED].startswith("trafilatura: RecursionError")
    assert "resiliparse" not in result.flags[EXTRACTOR_FAILED]
    assert result.text.split("\n") == STORY
    dropped = [r.reason for r in result.removals if r.rule_id == BLOCK_RULE_ID]
    assert dropped and all("votes: trafilatura failed, resiliparse " in reason for reason in dropped)
    fast = clean_html(page, fast=True)
    assert fast.flags[EXTRACTOR_FAILED].startswith("trafilatura: RecursionError")
    assert fast.flags[EXTRACTION_FALLBACK].startswith("trafilatura failed;")
    assert fast.text.split("\n")[:len(STORY)] == STORY


def test_an_extractor_that_runs_too_long_is_given_up_on_both_paths(monkeypatch):
    # A real page that is slow for trafilatura alone: tens of thousands of empty <div>s cost
    # its tree cleaning about 0.4 s of CPU, resiliparse (C++) some 0.03 s. The budget is
    # lowered between the two so that the real extractor is really stopped by the timer.
    page = _story_page("<div></div>" * 30_000)
    monkeypatch.setattr(cleaner.html, "EXTRACTOR_SECONDS", 0.1)
    result = clean_html(page)
    assert result.flags[EXTRACTOR_FAILED].startswith("trafilatura: ran past 0.1 s of CPU time;")
    assert "resiliparse" not in result.flags[EXTRACTOR_FAILED]
    assert result.text.split("\n") == STORY
    # --fast has no other extractor: the page's full text is cleaned instead.
    fast = clean_html(page, fast=True)
    assert fast.flags[EXTRACTOR_FAILED] == "trafilatura: ran past 0.1 s of CPU time"
    assert fast.flags[EXTRACTION_FALLBACK].startswith("trafilatura failed;")
    assert fast.text.split("\n") == STORY


def test_every_extractor_failing_still_gives_the_article(monkeypatch):
    def broken(tree, html, url):
        raise ValueError("no")

    for name in html_blocks.EXTRACTORS:
        monkeypatch.setitem(html_blocks.EXTRACTOR_RUNS, name, broken)
    result = clean_html(PAGE.read_bytes())
    assert all(f"{name}: ValueError" in result.flags[EXTRACTOR_FAILED] for name in html_blocks.EXTRACTORS)
    assert ARTICLE[1] in result.text


@pytest.mark.parametrize("name", ["comments_related.html", "related_box.html", "ar_read_also.html",
                                  "read_more_inline.html", "no_article.html"])
def test_fast_is_trafilatura_main_block_then_the_text_engine(name):
    """fast=True, the single-extractor path: trafilatura's main block, one block a line,
    cleaned by the engine as an extractor's output."""
    raw = (PAGES / name).read_bytes()
    fast = clean_html(raw, fast=True)
    page = extract_page(raw, fast=True)
    assert not page.dropped
    tree, _, url = prepared_tree(raw.decode("utf-8", errors="replace"), None, default_rules())
    body = extracted_lines(tree, url)
    if "extraction_fallback" not in fast.flags:
        assert [line for line in page.text.split("\n") if line in body] == body
        assert fast.text == clean(page.text, page.url, extracted=True).text


def test_blocks_follow_block_elements_and_breaks_and_skip_hidden_text():
    tree, _, _ = prepared_tree(
        "<html><body><div>one <b>bold</b> line<br>two<p>three <a href='/x'>link</a></p>"
        "<script>var x</script><ul><li>four</li></ul></div></body></html>", None, default_rules())
    blocks = html_blocks.page_blocks(tree)
    assert [b.text for b in blocks] == ["one bold line", "two", "three link", "four"]
    assert [b.element.tag for b in blocks] == ["div", "div", "p", "li"]
    assert blocks[2].link_chars == len("link")


def test_a_documents_cpu_budget_stays_armed_around_the_extractors_own():
    import signal

    from cleaner.limits import cpu_budget

    with cpu_budget(30.0):
        clean_html(PAGE.read_bytes())
        left = signal.getitimer(signal.ITIMER_PROF)[0]
    # Still armed after the page, not reset to the extractors' budget nor disarmed (the
    # kernel rounds an interval timer to its clock tick, hence the margin above 30).
    assert cleaner.html.EXTRACTOR_SECONDS < left < 30.1


def test_a_damaged_block_model_is_refused_with_its_path_before_lightgbm_reads_it(tmp_path):
    from importlib.resources import files

    from cleaner.linemodel import ModelError, verified_booster

    shipped = files("cleaner") / "models"
    for name in (html_blocks.MODEL_RESOURCE, html_blocks.MODEL_CARD_RESOURCE):
        (tmp_path / name).write_text((shipped / name).read_text(encoding="utf-8"), encoding="utf-8")
    booster, card = verified_booster(tmp_path, html_blocks.MODEL_RESOURCE, html_blocks.MODEL_CARD_RESOURCE,
                                     html_blocks.REBUILD)
    assert html_blocks.load_model(booster, card).threshold == card["threshold"]
    model = tmp_path / html_blocks.MODEL_RESOURCE
    model.write_text(model.read_text(encoding="utf-8")[:5000], encoding="utf-8")
    with pytest.raises(ModelError, match=r"html_blocks\.txt.*cleaner\.train html-model"):
        verified_booster(tmp_path, html_blocks.MODEL_RESOURCE, html_blocks.MODEL_CARD_RESOURCE, html_blocks.REBUILD)


def test_a_commented_state_on_the_article_element_is_no_comment_section():
    """Blogs mark a post that has comments with class="commented" on the <article> itself:
    that is not the comment section, whose blocks still go."""
    raw = PAGE.read_bytes().replace(b'<article class="post">', b'<article class="post commented">')
    assert b"post commented" in raw
    result = clean_html(raw)
    for start in ARTICLE:
        assert sum(line.startswith(start) for line in result.text.split("\n")) == 1, start
    for gone in COMMENTS:
        assert gone not in result.text, gone


def test_class_words_and_the_share_of_the_page_under_them():
    comment = html_blocks._CLASS_PATTERNS["comment"]
    assert all(comment.search(words) for words in ("comments-area", "commentlist", "comment", "kommentare"))
    assert not any(comment.search(words) for words in ("post commented hentry", "commentary-column"))
    x = _features(PAGE.read_bytes())
    lines = extract_page(PAGE.read_bytes()).text.split("\n")
    share = html_blocks.FEATURES.index("class_comment_share")
    (first_comment,) = [n for n, line in enumerate(lines) if COMMENTS[0] in line]
    (first_paragraph,) = [n for n, line in enumerate(lines) if line.startswith(ARTICLE[1])]
    # A comment (its <li class="comment">) is a small part of the page's text; the article
    # sits under no comment word.
    assert 0 < x[first_comment, share] < 0.2
    assert x[first_paragraph, share] == 0
    article = html_blocks.FEATURES.index("landmark_article_share")
    assert x[first_paragraph, article] > x[first_comment, article] == 0


@pytest.fixture
def classifier_keeping_nothing(monkeypatch):
    """The shipped trees with a threshold no probability reaches: every block is dropped."""
    shipped = html_blocks.shipped_model()
    monkeypatch.setattr(html_blocks, "shipped_model", lambda: html_blocks.BlockModel(shipped.booster, 1.01))


def test_a_page_the_classifier_keeps_too_little_of_gets_trafilaturas_main_block(classifier_keeping_nothing):
    result = clean_html(PAGE.read_bytes())
    assert "under 250 characters" in result.flags[CLASSIFIER_FALLBACK]
    assert EXTRACTION_FALLBACK not in result.flags
    assert result.text.split("\n")[0] == ARTICLE[0]  # the headline, as on the --fast path
    for start in ARTICLE:
        assert start in result.text, start
    assert not any(r.rule_id == BLOCK_RULE_ID for r in result.removals)


def test_with_trafilatura_failing_too_the_page_falls_back_to_its_full_text(classifier_keeping_nothing,
                                                                          monkeypatch):
    def broken(tree, html, url):
        raise ValueError("no")

    monkeypatch.setitem(html_blocks.EXTRACTOR_RUNS, "trafilatura", broken)
    result = clean_html(PAGE.read_bytes())
    assert "trafilatura: ValueError" in result.flags[EXTRACTOR_FAILED]
    assert "full visible text" in result.flags[EXTRACTION_FALLBACK]
    assert CLASSIFIER_FALLBACK not in result.flags
    assert ARTICLE[1] in result.text



def test_a_dateline_in_the_story_block_goes_on_both_paths():
    # The classifier keeps the dateline with the story it sits in; the labelling guide drops
    # it (a metadata line), and en.date does on the kept blocks as on trafilatura's.
    page = (PAGES / "dateline_in_body.html").read_bytes()
    for result in (clean_html(page), clean_html(page, fast=True)):
        lines = result.text.split("\n")
        assert lines[:2] == ["Ferry crossings to double with a new harbour terminal",
                             "The harbour authority has approved plans for a new ferry terminal on the north "
                             "quay that will double the number of daily crossings to the islands from next summer."]
        assert _removal_of(result, "Tuesday, March 12, 2024").rule_id == "en.date"
        assert "All rights reserved" not in result.text
    lines = extract_page(page).text.split("\n")
    assert lines.index("Tuesday, March 12, 2024") not in extract_page(page).dropped


def test_a_block_that_repeats_another_says_so_above_and_below():
    # A page that prints its story twice (a print copy under the article): the first copy's
    # blocks come back below, the second copy's were seen above; the menu and footer neither.
    page = (PAGES / "print_copy.html").read_bytes()
    lines = extract_page(page).text.split("\n")
    x = _features(page)
    before, after = (html_blocks.FEATURES.index(name) for name in ("repeats_before", "repeats_after"))
    paragraph = "Night buses will run again between Aldmoor"
    first, second = [n for n, line in enumerate(lines) if line.startswith(paragraph)]
    assert (x[first, before], x[first, after]) == (0, 1)
    assert (x[second, before], x[second, after]) == (1, 0)
    headline, copy = [n for n, line in enumerate(lines) if line == "Night buses return to the valley towns"]
    assert x[copy, before] == 1 and x[headline, after] == 1
    footer = lines.index("Valley Courier, 4 Mill Lane, Aldmoor")
    assert (x[footer, before], x[footer, after]) == (0, 0)


def test_a_slideshow_inside_the_article_is_told_by_its_class_words():
    gallery = html_blocks._CLASS_PATTERNS["gallery"]
    assert all(gallery.search(words) for words in ("photo-gallery", "type-gallery", "slideshow__slide",
                                                   "owl-carousel", "bildergalerie"))
    assert not any(gallery.search(words) for words in ("article-body", "story-content", "byline"))
    slides = "".join(f'<li><h2><span class="counter">{n}/3</span> Quay works, stage {n}</h2>'
                     f"<p>Cranes lift the stage {n} caissons into the harbour mouth.</p></li>" for n in (1, 2, 3))
    page = _story_page(f'<div class="full-gallery"><ul class="legends">{slides}</ul></div>').encode()
    lines = extract_page(page).text.split("\n")
    x = _features(page)
    column = html_blocks.FEATURES.index("class_gallery")
    caption = next(n for n, line in enumerate(lines) if line.startswith("Cranes lift the stage 2"))
    story = lines.index(STORY[1])
    assert x[caption, column] <= 3  # li, ul, then the div that names the slideshow
    assert x[story, column] == 99  # none above
    assert 0 < x[caption, html_blocks.FEATURES.index("class_gallery_share")] < 0.5


def _blocks_and_features(page: str, votes: list[list[float]]):
    tree = prepared_tree(page, None, default_rules())[0]
    blocks = html_blocks.page_blocks(tree)
    return [block.text for block in blocks], html_blocks.block_features(
        blocks, np.array(votes, dtype=np.float32), STORY[0])


def test_a_box_the_extractors_kept_outside_their_article_container_says_so():
    # Both extractors keep an offer box in the sidebar with the story: the box lies outside the
    # element that holds most of what each kept (the <article>), the story's blocks inside it.
    offer = "Earn a cash bonus of 100 pounds when you open a valley card account before June."
    page = f'<html><body><div class="box"><p>{offer}</p></div>{_story_page("")[12:]}'
    texts, x = _blocks_and_features(page, [[1, 1], [1, 1], [1, 1], [1, 1], [1, 0]])
    assert texts == [offer, *STORY]
    for name in html_blocks.EXTRACTORS:
        column = html_blocks.FEATURES.index(f"in_container_{name}")
        assert list(x[:, column]) == [0, 1, 1, 1, 1]
    # an extractor that failed has no container: NaN, as its vote
    texts, x = _blocks_and_features(page, [[1, np.nan]] * 5)
    assert np.isnan(x[:, html_blocks.FEATURES.index("in_container_resiliparse")]).all()
    assert list(x[:, html_blocks.FEATURES.index("in_container_trafilatura")]) == [0, 1, 1, 1, 1]


def test_a_story_split_around_an_advert_keeps_both_halves():
    # The article container is one of two story divs (the larger): the other half's
    # paragraphs lie outside it and still are the story.
    first = "".join(f"<p>{line}</p>" for line in STORY[1:3])
    second = "".join(f"<p>{line}</p>" for line in STORY[3:])
    page = (f'<html><body><nav><a href="/">Home</a> <a href="/news">News</a></nav><h1>{STORY[0]}</h1>'
            f'<div class="story-part">{first}</div><div class="ad-slot">Advertisement</div>'
            f'<div class="story-part">{second}</div><footer>Valley Courier, 4 Mill Lane</footer></body></html>')
    result = clean_html(page.encode())
    for line in STORY:
        assert line in result.text.split("\n"), line


def test_a_rail_under_the_story_says_where_it_sits_and_that_each_block_is_a_link():
    # A "more from" rail of linked headlines below the article, kept by both extractors with
    # the story: each teaser lies below the container, under a parent that is all link text,
    # in a grandparent whose blocks are all links, and shares its template with the others.
    # The story's paragraphs (one holding a link) are the container, under little link text; the
    # headline is above it.
    teasers = ["Quay cranes arrive by barge", "Ferry fares frozen for a year", "New timetable for winter"]
    rail = "".join(f'<li class="card"><a href="/s{n}">{t}</a></li>' for n, t in enumerate(teasers))
    story = "".join(f"<p>{line}</p>" for line in STORY[1:3]) + f'<p>{STORY[3][:40]} <a href="/plan">plan</a></p>'
    page = (f'<html><body><article><h1>{STORY[0]}</h1><div class="body">{story}</div></article>'
            f'<div class="more"><ul class="cards">{rail}</ul></div></body></html>')
    texts, x = _blocks_and_features(page, [[1, 1]] * 4 + [[1, 1]] * 3)
    assert texts[4:] == teasers
    column = {name: html_blocks.FEATURES.index(name) for name in html_blocks.FEATURES}
    for name in html_blocks.EXTRACTORS:
        assert list(x[:, column[f"container_side_{name}"]]) == [-1, 0, 0, 0, 1, 1, 1]  # the headline above
    for n in (4, 5, 6):
        assert x[n, column["parent_link_density"]] == 1
        assert x[n, column["grandparent_linked_share"]] == 1
        assert x[n, column["signature_blocks_log"]] == pytest.approx(np.log1p(2))
    for n in (1, 2, 3):
        assert x[n, column["parent_link_density"]] < 0.05
        assert x[n, column["grandparent_linked_share"]] == 0


def test_a_block_above_the_container_is_on_its_near_side_and_a_failed_extractor_has_no_side():
    offer = "Earn a cash bonus of 100 pounds when you open a valley card account before June."
    page = f'<html><body><div class="box"><p>{offer}</p></div>{_story_page("")[12:]}'
    texts, x = _blocks_and_features(page, [[1, np.nan]] * 5)
    assert list(x[:, html_blocks.FEATURES.index("container_side_trafilatura")]) == [-1, 0, 0, 0, 0]
    assert np.isnan(x[:, html_blocks.FEATURES.index("container_side_resiliparse")]).all()


# Article parts that look like a rail of teasers to the block features (short, linked, in a
# list, repeating one template) and are the story: a paragraph dense with links, sub-headings,
# a fact list and a quote; each page ends on a real rail of linked headlines. Written for
# these tests in English, German and Spanish.
RAIL_TRAPS = {
    "en": {
        "headline": "Tram line to the east bank opens after four years of works",
        "story": [
            'The first trams ran on Sunday between <a href="/a">Central Station</a>, <a href="/b">Mill Square</a> '
            'and <a href="/c">the east bank</a>, the city said in a statement on its <a href="/d">transport page</a>.',
            "Mayor Ines Holt said the line would carry twelve thousand people a day by the end of the year, "
            "more than the bus routes it replaces, and that fares would stay as they are until spring.",
            "<h2>What changes for bus users</h2>",
            "Route 14 will stop at Mill Square instead of crossing the bridge, and route 22 is withdrawn.",
            "<ul><li>Length: 6.4 kilometres</li><li>Stops: 11</li><li>Cost: 212 million</li></ul>",
            "<blockquote>We waited a long time for this, and it was worth it.</blockquote>",
            "Night services will start in June, once the depot's second shed is finished.",
        ],
        "rail": ["Bridge closed for repairs next week", "Council votes on parking charges",
                 "School run traffic eases", "Cycle lane plans shelved"],
    },
    "de": {
        "headline": "Straßenbahn zum Ostufer nach vier Jahren Bauzeit eröffnet",
        "story": [
            'Die ersten Bahnen fuhren am Sonntag zwischen <a href="/a">Hauptbahnhof</a>, <a href="/b">Mühlplatz</a> '
            'und <a href="/c">Ostufer</a>, teilte die Stadt auf ihrer <a href="/d">Verkehrsseite</a> mit.',
            "Bürgermeisterin Ines Holt sagte, die Linie werde bis Jahresende zwölftausend Fahrgäste am Tag "
            "befördern, mehr als die Buslinien, die sie ersetzt, und die Preise blieben bis zum Frühjahr gleich.",
            "<h2>Was sich für Busfahrer ändert</h2>",
            "Die Linie 14 hält künftig am Mühlplatz, statt über die Brücke zu fahren, die Linie 22 entfällt.",
            "<ul><li>Länge: 6,4 Kilometer</li><li>Haltestellen: 11</li><li>Kosten: 212 Millionen</li></ul>",
            "<blockquote>Wir haben lange darauf gewartet, und es hat sich gelohnt.</blockquote>",
            "Nachtfahrten beginnen im Juni, sobald die zweite Halle des Depots fertig ist.",
        ],
        "rail": ["Brücke nächste Woche gesperrt", "Stadtrat stimmt über Parkgebühren ab",
                 "Weniger Verkehr vor den Schulen", "Radweg-Pläne auf Eis gelegt"],
    },
    "es": {
        "headline": "Abre el tranvía a la orilla este tras cuatro años de obras",
        "story": [
            'Los primeros tranvías circularon el domingo entre <a href="/a">la estación central</a>, '
            '<a href="/b">la plaza del Molino</a> y <a href="/c">la orilla este</a>, según informó el ayuntamiento '
            'en su <a href="/d">página de transporte</a>.',
            "La alcaldesa Ines Holt dijo que la línea llevará doce mil viajeros al día a final de año, más que "
            "los autobuses a los que sustituye, y que las tarifas no cambiarán hasta la primavera.",
            "<h2>Qué cambia para los usuarios del autobús</h2>",
            "La línea 14 parará en la plaza del Molino en lugar de cruzar el puente, y la línea 22 desaparece.",
            "<ul><li>Longitud: 6,4 kilómetros</li><li>Paradas: 11</li><li>Coste: 212 millones</li></ul>",
            "<blockquote>Lo esperamos mucho tiempo, y ha merecido la pena.</blockquote>",
            "El servicio nocturno empezará en junio, cuando esté lista la segunda nave de las cocheras.",
        ],
        "rail": ["Puente cerrado por obras la semana próxima", "El pleno vota las tarifas de aparcamiento",
                 "Menos tráfico a la hora del colegio", "Aparcado el plan del carril bici"],
    },
}


def _rail_trap_page(parts: dict) -> str:
    story = "".join(part if part.startswith("<") else f"<p>{part}</p>" for part in parts["story"])
    rail = "".join(f'<li class="card"><a href="/r{n}">{title}</a></li>' for n, title in enumerate(parts["rail"]))
    return (f'<html><head><title>{parts["headline"]}</title></head><body>'
            '<nav><a href="/">Home</a> <a href="/city">City</a> <a href="/sport">Sport</a></nav>'
            f'<article><h1>{parts["headline"]}</h1><div class="article-body">{story}</div></article>'
            f'<div class="more-stories"><ul class="cards">{rail}</ul></div></body></html>')


@pytest.mark.parametrize("language", sorted(RAIL_TRAPS))
def test_link_dense_paragraphs_headings_fact_lists_and_quotes_stay_and_the_rail_goes(language):
    parts = RAIL_TRAPS[language]
    lines = clean_html(_rail_trap_page(parts).encode()).text.split("\n")
    for line in [parts["headline"], *_story_lines(parts["story"])]:
        assert line in lines, line
    for title in parts["rail"]:
        assert title not in lines, title


def _story_lines(parts: list[str]) -> list[str]:
    """The text lines of the story parts: a paragraph, heading or quote is one, a list one an item."""
    found = []
    for part in parts:
        element = lxml.html.fragment_fromstring(part, create_parent="div")
        items = element.findall(".//li")
        found += [item.text_content() for item in items] or [element.text_content()]
    return found


LIVE_ENTRIES = ["Crews reopened the north lane of the bypass after the overnight spill, the police said.",
                'The council has published <a href="/map">a map of the diversions</a> for the afternoon.',
                "Buses on route 7 are running about twenty minutes late in both directions.",
                'Our reporter at the scene says <a href="/q">queues</a> are now shorter than an hour ago.',
                "The bypass is expected to be fully open again before the evening rush, engineers say."]
MATCH_REPORT = [
    "United came from behind to beat City 3-1 on Saturday, with two goals in the second half.",
    "<h2>Scorers</h2>", "<ul><li>Berg 12'</li><li>Okafor 38'</li><li>Lind 71' (pen)</li></ul>",
    "City had led through a header from Alves after nine minutes, against the run of play.",
    "Berg levelled before the break when the City keeper could only parry a low shot from the edge of the box.",
    "The win lifts United to fourth in the table, two points behind the leaders with six games left to play.",
]


@pytest.mark.parametrize("headline, body", [
    # A live blog: every entry the same template in a wrapper of its own, some with a link,
    # as teaser cards are; a match report: a list of short scorer lines under a heading.
    ("Live: bypass reopens after overnight spill",
     "".join(f'<div class="entry"><time>{9 + n}:00</time><p>{entry}</p></div>' for n, entry in enumerate(LIVE_ENTRIES))),
    ("United beat City after a slow start",
     "".join(part if part.startswith("<") else f"<p>{part}</p>" for part in MATCH_REPORT)),
])
def test_live_blog_entries_and_a_scorers_list_are_no_rail(headline, body):
    rail = "".join(f'<li class="card"><a href="/r{n}">{title}</a></li>' for n, title in enumerate(RAIL_TRAPS["en"]["rail"]))
    page = (f'<html><head><title>{headline}</title></head><body><nav><a href="/">Home</a> <a href="/n">News</a></nav>'
            f'<article><h1>{headline}</h1><div class="article-body">{body}</div></article>'
            f'<div class="more-stories"><ul class="cards">{rail}</ul></div></body></html>')
    lines = clean_html(page.encode()).text.split("\n")
    parts = LIVE_ENTRIES if headline.startswith("Live") else MATCH_REPORT
    for line in [headline, *_story_lines(parts)]:
        assert line in lines, line
    for title in RAIL_TRAPS["en"]["rail"]:
        assert title not in lines, title


def test_players_and_most_read_boxes_in_other_languages_are_told_by_their_class_words():
    hits = lambda words: {html_blocks.GROUPS[i] for i in html_blocks._class_hits(words)}
    for words in ("video-player", "jwplayer-wrap", "podcast-embed"):
        assert "class_media" in hits(words), words
    for words in ("meistgelesen", "noticias-mas-leidas", "box-piu-letti", "les-plus-lus", "mais-lidas", "lire-aussi"):
        assert "class_related" in hits(words), words
    for words in ("pubblicita-top", "reklama", "werbebanner", "anuncio-lateral"):
        assert "class_promo" in hits(words), words
    for words in ("article-body", "story-text", "byline", "entry-content"):
        assert not hits(words) & {"class_media", "class_related", "class_promo"}, words


def test_a_blocks_trigrams_are_made_once_and_a_repeated_trigram_votes_each_time():
    block = html_blocks.Block("red fox ran red fox ran home", None, 0)
    assert block.trigrams == [("red", "fox", "ran"), ("fox", "ran", "red"), ("ran", "red", "fox"),
                              ("red", "fox", "ran"), ("fox", "ran", "home")]
    assert block.trigrams is block.trigrams  # cached: the votes and the repeat features share it
    short = html_blocks.Block("Share it", None, 0)
    assert short.trigrams == []
    votes = html_blocks.block_votes([block, short], {"trafilatura": "the red fox ran", "resiliparse": "share it"})
    # Both copies of "red fox ran" count: 2 of the block's 5 trigrams, not 1 of its 4 distinct ones.
    assert votes[0].tolist() == pytest.approx([2 / 5, 0.0])
    assert votes[1].tolist() == [0.0, 1.0]


def test_blocks_are_stripped_and_squeezed_and_indentation_between_blocks_makes_none():
    tree, _, _ = prepared_tree(
        "<html><body>\n  <div>\n    <p>\u00a0 first \t\n line\u3000 </p>\n    \n"
        "<p> <a href='/a'> a   link </a>\u00a0</p>\n  <p>\u2003\u00a0</p>\n  </div>\n</body></html>",
        None, default_rules())
    blocks = html_blocks.page_blocks(tree)
    assert [b.text for b in blocks] == ["first line", "a link"]
    assert blocks[1].link_chars == len("a link")  # the link's 8 characters, capped by the block's


def test_siblings_of_the_same_shape_are_counted_among_all_siblings():
    items = "".join(f"<li class='teaser'>Teaser number {n} of the list</li>" for n in range(5))
    page = f"<html><body><ul>{items}<li class='more'>More teasers on the next page</li></ul></body></html>"
    tree, _, _ = prepared_tree(page, None, default_rules())
    blocks = html_blocks.page_blocks(tree)
    votes = np.full((len(blocks), len(html_blocks.EXTRACTORS)), np.nan, dtype=np.float32)
    x = html_blocks.block_features(blocks, votes, None)
    same, share = (html_blocks.FEATURES.index(name) for name in ("same_siblings_log", "same_siblings_share"))
    assert x[:5, same].tolist() == pytest.approx([np.log1p(4)] * 5)
    assert x[:5, share].tolist() == pytest.approx([4 / 5] * 5)
    assert (x[5, same], x[5, share]) == (0, 0)
