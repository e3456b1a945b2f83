"""The labelled data for the learned layer: alignment, renderings, split, line sets, build.

The core tests use small pages and gold texts written here; the ones that read
../shared/traincorpus skip when it is absent.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from cleaner.train.__main__ import main
from cleaner.train.align import MIN_ALIGNMENT_RATE, align
from cleaner.train.build import REPOSITORY, BuildError, build, check_outside_repository
from cleaner.train.compose import (CONTROL_SHARE, KINDS, TAIL_BLOCKS, Article, WordingsError, compose_page,
                                   load_wordings)
from cleaner.train.corpus import PageMeta, find_traincorpus
from cleaner.train.lines import LinesError, read_line_set
from cleaner.train.pool import article_pool
from cleaner.train.render import render
from cleaner.train.split import (SPLITS, SplitError, Split, compute_split, dump_split, hashed_split,
                                 line_set_split, load_split)

BODY = ("The harbour board voted on Tuesday to rebuild the old fish market, "
        "a plan that had been argued over for nine years.")
MORE = "Work starts in the spring and should take two years, the board said."


def labels(html: str, gold: str, renderer: str = "html_text"):
    lines = render(html, renderer)
    return lines, align(lines, gold)


# ---------------------------------------------------------------- alignment


def test_entities_in_the_page_match_plain_gold():
    page = "<html><body><p>Caf&eacute; owners&#8217; &amp; fishermen&rsquo;s &quot;plan&quot; wins</p></body></html>"
    lines, result = labels(page, "Café owners' & fishermen's \"plan\" wins")
    assert lines == ["Café owners’ & fishermen’s \"plan\" wins"]
    assert result.keep == [True] and result.rate == 1.0


def test_question_marks_and_replacement_characters_for_lost_quotes():
    page = "<p>\u201cWe won\u2019t move,\u201d said the harbour master.</p><p>It isn\ufffdt over.</p>"
    lines, result = labels(page, "?We won?t move,? said the harbour master.\nIt isn't over.")
    assert result.keep == [True, True] and result.rate == 1.0


def test_a_paragraph_split_over_several_rendered_lines():
    first, second = BODY.split(", ", 1)
    page = f"<div>{first},<br>{second}</div><div>{MORE}</div>"
    lines, result = labels(page, f"{BODY}\n{MORE}")
    assert len(lines) == 3
    assert result.keep == [True, True, True] and result.rate == 1.0


def test_two_gold_paragraphs_on_one_rendered_line():
    page = f"<div>{BODY} <b>{MORE}</b></div>"
    lines, result = labels(page, f"{BODY}\n{MORE}")
    assert len(lines) == 1 and result.keep == [True] and result.rate == 1.0


def test_boilerplate_lines_are_dropped_even_when_they_share_words_with_the_body():
    page = (
        "<ul><li>Home</li><li>Harbour</li><li>Market</li></ul>"
        "<h1>Fish market to be rebuilt</h1>"
        f"<p>{BODY}</p><p>{MORE}</p>"
        "<div>Share on Facebook | Share on X</div>"
        "<div>Read more: harbour board votes on fish market</div>"
        "<div>Copyright 2025 Portbury Echo. All rights reserved.</div>"
    )
    lines, result = labels(page, f"Fish market to be rebuilt\n{BODY}\n{MORE}")
    kept = [line for line, keep in zip(lines, result.keep) if keep]
    assert kept == ["Fish market to be rebuilt", BODY, MORE]
    assert "Read more: harbour board votes on fish market" in lines


def test_a_line_is_kept_only_when_most_of_its_tokens_are_gold():
    lines = ["Posted by Tom Reilly in News Sport Weather Travel", f"{BODY}"]
    result = align(lines, f"Tom Reilly\n{BODY}")
    assert result.keep == [False, True]
    assert result.matched_share[0] == pytest.approx(2 / 9)


def test_frequent_words_are_aligned_on_long_pages():
    # Long enough that difflib's autojunk stops "the" starting a match; matches extend over it.
    paragraphs = [f"The {i}th of the boats in the harbour took the tide at the {i} mark of the day."
                  for i in range(40)]
    lines = ["Menu", *paragraphs, "Footer"]
    result = align(lines, "\n".join(paragraphs))
    assert result.rate == 1.0
    assert result.keep == [False, *[True] * 40, False]


def test_a_gold_for_another_page_aligns_below_the_threshold():
    result = align(["Markets fell in Tokyo as the yen rose.", "Menu"], f"{BODY}\n{MORE}")
    assert result.rate < MIN_ALIGNMENT_RATE
    assert result.keep == [False, False]


# ---------------------------------------------------------------- renderings


def test_lxml_rendering_drops_scripts_and_styles_and_runs_text_together():
    page = ("<html><head><style>p { color: red }</style><script>var x = 1;</script></head>"
            "<body><p>First</p><script>track()</script>tail text\n<p>Second</p></body></html>")
    # Only the source's own line breaks separate lines: that is what makes it naive.
    assert render(page, "lxml") == ["Firsttail text", "Second"]


def test_cleaneval_wrapper_and_xml_declaration_are_not_part_of_the_page():
    page = ('<text id="http://example.com/" title="x">\n<?xml version="1.0" encoding="utf-8"?>\n'
            "<html><body><p>Only\x00 this</p></body></html>\n</text>\n")
    for renderer in ("html_text", "lxml"):
        assert render(page, renderer) == ["Only this"]


def test_unknown_renderer_is_refused():
    with pytest.raises(ValueError, match="unknown renderer"):
        render("<p>x</p>", "browser")


# ---------------------------------------------------------------- split


def page(set_name: str, page_id: str, site: str | None) -> PageMeta:
    return PageMeta(set_name, page_id, site, "en", None, Path(f"/nowhere/{set_name}/{page_id}.json"))


def test_hashed_split_is_stable_and_roughly_seventy_fifteen_fifteen():
    sites = [f"site{i}.example" for i in range(3000)]
    first = [hashed_split(s) for s in sites]
    assert first == [hashed_split(s) for s in sites]
    shares = {name: first.count(name) / len(first) for name in SPLITS}
    assert shares["train"] == pytest.approx(0.70, abs=0.03)
    assert shares["dev"] == pytest.approx(0.15, abs=0.03)


def test_whole_sets_pin_their_sites_in_every_other_set():
    pages = [page("big9", "a", "bbc.co.uk"), page("cleanportaleval", "b", "wsj.com"),
             page("dragnet", "1", "wsj.com"), page("cleaneval-final", "2", "bbc.co.uk"),
             page("dragnet", "3", None), page("dragnet", "4", "blogspot.com")]
    split = compute_split(pages)
    assert split.of_page(pages[2]) == split.of_page(pages[3]) == "test"
    assert split.of_page(pages[4]) is None and split.excluded_pages == ["dragnet/3"]
    assert split.of_page(pages[5]) == hashed_split("blogspot.com")
    assert split.sites["cnn.com"] == "test"  # ar-cnn's publisher, pinned by its article source


def test_a_site_pinned_to_two_splits_is_an_error(monkeypatch):
    from cleaner.train import split as split_module

    monkeypatch.setattr(split_module, "WHOLE_SETS", {"big9": "test", "cleanportaleval": "dev"})
    with pytest.raises(SplitError, match="bbc.co.uk"):
        compute_split([page("big9", "a", "bbc.co.uk"), page("cleanportaleval", "b", "bbc.co.uk")])


def test_split_file_round_trips_and_is_deterministic(tmp_path):
    pages = [page("dragnet", str(i), f"site{i % 50}.example") for i in range(200)]
    names = ["turku_tqa-de-train", "turku_tqa-fr-dev", "wac_xii-sv-all", "wac_xii_trafilatura-fr-all"]
    text = dump_split(compute_split(pages, names, ["ar-bbc", "fa-farsnews"]))
    assert text == dump_split(compute_split(reversed(pages), reversed(names), ["fa-farsnews", "ar-bbc"]))
    path = tmp_path / "split.toml"
    path.write_text(text, encoding="utf-8")
    loaded = load_split(path)
    assert loaded.sites == compute_split(pages).sites
    assert loaded.line_sets == {"turku_tqa-de-train": "train", "turku_tqa-fr-dev": "dev",
                                "wac_xii-sv-all": "test", "wac_xii_trafilatura-fr-all": "train"}
    assert loaded.article_sources == {"ar-bbc": "test", "fa-farsnews": "train"}


def test_a_site_listed_in_two_splits_is_refused(tmp_path):
    path = tmp_path / "split.toml"
    path.write_text('[html.sites]\ntrain = ["a.com"]\ntest = ["b.com", "a.com"]\n', encoding="utf-8")
    with pytest.raises(SplitError, match="a.com is in train and test"):
        load_split(path)


def test_an_unknown_site_is_an_error_not_a_silent_split():
    with pytest.raises(SplitError, match="not in the split file"):
        Split(sites={"a.com": "train"}).of_page(page("dragnet", "9", "b.com"))


def test_line_sets_follow_their_source_split_or_language():
    assert line_set_split("turku_tqa-sv-test") == "test"
    assert line_set_split("wac_xii_trafilatura-sv-all") == line_set_split("wac_xii-sv-all") == "test"
    with pytest.raises(SplitError):
        line_set_split("wac_xii-de-all")


def test_the_shipped_split_keeps_every_site_on_one_side():
    split = load_split()  # raises if a site is listed twice
    assert split.whole_sets == {"big9": "test", "cleanportaleval": "test"}
    assert {split.sites[s] for s in ("bbc.co.uk", "cnn.com", "wsj.com", "msnbc.com")} == {"test"}
    assert set(split.sites.values()) == set(SPLITS)
    assert split.article_sources["ar-cnn"] == split.sites["cnn.com"]


# ---------------------------------------------------------------- line sets and build


def test_line_sets_are_read_with_their_labels_and_errors_name_the_line(tmp_path):
    path = tmp_path / "turku_tqa-xx-dev.jsonl"
    good = {"id": "d1", "lang": "xx", "lines": [" Home ", "A sentence."], "keep": [False, True]}
    path.write_text(json.dumps(good) + "\n", encoding="utf-8")
    [document] = read_line_set(path)
    assert document.lines == [" Home ", "A sentence."] and document.keep == [False, True]
    path.write_text(json.dumps(good) + "\n" + json.dumps({**good, "keep": [True]}) + "\n", encoding="utf-8")
    with pytest.raises(LinesError, match=r"turku_tqa-xx-dev.jsonl:2: 2 lines but 1 labels"):
        list(read_line_set(path))


def test_the_build_refuses_to_write_inside_the_repository():
    with pytest.raises(BuildError, match="inside the repository"):
        check_outside_repository(REPOSITORY / "data")


# ---------------------------------------------------------------- on the real traincorpus

TRAINCORPUS = find_traincorpus()
needs_traincorpus = pytest.mark.skipif(TRAINCORPUS is None, reason="../shared/traincorpus is absent")


@needs_traincorpus
def test_split_file_matches_the_corpus():
    assert main(["--traincorpus", str(TRAINCORPUS), "split"]) == 0


@needs_traincorpus
def test_build_on_a_small_set_labels_every_line_and_keeps_sites_apart(tmp_path):
    summary = build(TRAINCORPUS, load_split(), tmp_path, sets=("htmltotext",))
    records = [json.loads(line) for name in ("html.jsonl", "lines.jsonl")
               for line in (tmp_path / name).read_text(encoding="utf-8").splitlines()]
    html = [r for r in records if r["kind"].startswith("html/")]
    assert html and all(len(r["lines"]) == len(r["keep"]) for r in records)
    assert all(r["alignment"] >= MIN_ALIGNMENT_RATE for r in html)
    where: dict[str, set[str]] = {}
    for record in html:
        where.setdefault(record["site"], set()).add(record["split"])
    assert all(len(splits) == 1 for splits in where.values())
    assert {g["kind"] for g in summary["groups"]} == {"html/html_text", "html/lxml", "lines", "synthetic"}


@needs_traincorpus
def test_synthetic_articles_stay_in_the_split_of_their_source():
    split = load_split()
    pool = article_pool(TRAINCORPUS, split)
    assert {lang for _, lang in pool} >= {"ar", "fa", "en", "de", "fr", "sv"}
    for (where, _), group in pool.items():
        for article in group:
            kind, source, _ = article.id.split("/", 2)
            if kind == "articles":
                assert split.of_article_source(source) == where
            elif kind == "lines":
                assert split.of_line_set(source) == where
            else:
                assert split.whole_sets.get(source, split.sites.get(article.site)) == where


# ---------------------------------------------------------------- synthetic pages

WORDINGS = load_wordings()


def articles(n: int, lang: str = "en") -> list[Article]:
    return [Article(f"test/{i}", lang, "example.org", f"Headline number {i} about the harbour",
                    tuple(f"Paragraph {j} of story {i}, with a few more words to read." for j in range(4)))
            for i in range(n)]


def test_a_page_keeps_exactly_its_lead_article_in_order():
    pool = articles(60)
    for lead in pool:
        page = compose_page(lead, [a for a in pool if a is not lead], WORDINGS["en"], seed=1)
        kept = [line for line, keep in zip(page.lines, page.keep) if keep]
        assert kept == [lead.title, *lead.paragraphs]
        assert all(part in ("title", "body") for part, keep in zip(page.parts, page.keep) if keep)
        assert page.control == all(page.keep)


def test_pages_are_deterministic_per_seed_and_lead():
    pool = articles(30)
    first = [compose_page(lead, pool[:i] + pool[i + 1:], WORDINGS["fr"], seed=7) for i, lead in enumerate(pool)]
    again = [compose_page(lead, pool[:i] + pool[i + 1:], WORDINGS["fr"], seed=7)
             for i, lead in reversed(list(enumerate(pool)))]
    assert first == list(reversed(again))
    other_seed = [compose_page(lead, pool[:i] + pool[i + 1:], WORDINGS["fr"], seed=8) for i, lead in enumerate(pool)]
    assert first != other_seed


_COMPOSE_IN_A_FRESH_PROCESS = """
import json
from cleaner.train.compose import Article, compose_page, load_wordings
pool = [Article(f"test/{i}", "en", "example.org", f"Ferry port plan {i} wins vote over harbour", ("A.", "B."))
        for i in range(40)]
wordings = load_wordings()["en"]
print(json.dumps([compose_page(lead, pool[:i] + pool[i + 1:], wordings, seed=5).lines
                  for i, lead in enumerate(pool)]))
"""


def test_pages_do_not_depend_on_string_hashing():
    # A tag line lists the title's longest words; words of one length ("port", "plan", "wins",
    # "vote") came in a set's order, which PYTHONHASHSEED changes from one build to the next.
    def pages(hash_seed: str) -> list:
        env = {**os.environ, "PYTHONHASHSEED": hash_seed}
        run = subprocess.run([sys.executable, "-c", _COMPOSE_IN_A_FRESH_PROCESS], env=env,
                             capture_output=True, text=True, check=True)
        return json.loads(run.stdout)

    first = pages("1")
    assert any(line.startswith(tuple(WORDINGS["en"]["tags"])) for page in first for line in page)
    assert all(pages(seed) == first for seed in ("2", "3", "4"))


def test_pages_carry_every_kind_of_block_and_some_controls():
    pool = articles(300)
    pages = [compose_page(lead, pool[:i] + pool[i + 1:], WORDINGS["de"], seed=3) for i, lead in enumerate(pool)]
    parts = {part for page in pages for part in page.parts}
    assert set(TAIL_BLOCKS) | {"menu", "byline", "dateline", "inline", "footer", "other_title", "other_body"} <= parts
    controls = sum(page.control for page in pages) / len(pages)
    assert controls == pytest.approx(CONTROL_SHARE, abs=0.05)
    a_read_also = next(p for p in pages if "read_also" in p.parts)
    box = a_read_also.parts.index("read_also")
    assert a_read_also.lines[box] in WORDINGS["de"]["read_also"]
    assert a_read_also.lines[box + 1] in {a.title for a in pool}  # a whole other article follows


def test_wordings_cover_fifteen_languages_and_every_kind():
    assert len(WORDINGS) >= 15
    assert all(set(KINDS) <= set(kinds) for kinds in WORDINGS.values())


def test_wordings_missing_a_kind_are_refused(tmp_path):
    path = tmp_path / "wordings.toml"
    path.write_text('[xx]\nread_also = ["a"]\n', encoding="utf-8")
    with pytest.raises(WordingsError, match=r"wordings.toml: \[xx\] has no inline"):
        load_wordings(path)


def _marker_phrases():
    """The fixed parts of our marker wordings that are phrases (two words, or three CJK signs)."""
    for lang, kinds in WORDINGS.items():
        for kind in KINDS:
            if kind in ("menu", "names"):
                continue
            for wording in kinds[kind]:
                for piece in re.split(r"\{\w+\}", wording):
                    piece = piece.strip(" :：-–—·()（）").casefold()
                    if len(piece.split()) >= 2 or (lang == "zh" and len(piece) >= 3):
                        yield lang, kind, piece


def test_wordings_are_kept_apart_from_the_bundled_corpus_and_the_seeds():
    # corpus/raw/seeds holds the seeds; ../shared/seeds is checked too when it is there.
    roots = [REPOSITORY / "corpus", REPOSITORY.parent / "shared" / "seeds"]
    texts = [p.read_text(encoding="utf-8", errors="replace").casefold()
             for root in roots if root.is_dir() for p in sorted(root.rglob("*.txt"))]
    assert texts
    clashes = [(lang, kind, piece) for lang, kind, piece in _marker_phrases() if any(piece in t for t in texts)]
    assert clashes == []


def test_the_command_names_a_missing_traincorpus(tmp_path, capsys):
    assert main(["--traincorpus", str(tmp_path), "build", "--out", str(tmp_path / "out")]) == 2
    assert f"{tmp_path}: no traincorpus there" in capsys.readouterr().err
    assert not (tmp_path / "out").exists()


def test_a_lead_from_gold_starts_at_its_first_prose_paragraph():
    from cleaner.train.pool import _without_header_lines

    prose = ("Actor Fred Willard is commenting online about his arrest at a cinema in Hollywood, "
             "saying the story was much more harmless than reported.")
    # A byline and a date line under the title: LABELLING.md drops them, so the lead does not
    # carry them as kept text; short lines after the first paragraph are the article's.
    assert _without_header_lines(["By ABC NEWS", "July 24, 2012", prose, "Sub-heading", prose]) == [
        prose, "Sub-heading", prose]
    assert _without_header_lines(["July 24, 2012"]) == []


def test_a_gold_text_opening_with_a_date_line_gets_the_next_line_as_title():
    from cleaner.train.pool import _without_date_lines

    assert _without_date_lines(["Wednesday, October 10th, 2012", "Top 10 phones of 2012", "Text."]) == [
        "Top 10 phones of 2012", "Text."]


def test_a_turku_run_gives_a_lead_only_when_its_first_line_reads_as_a_title():
    from cleaner.train.pool import _reads_as_title

    for title in ("Harbour plan wins the council vote", "Warum die Fähre nicht mehr fährt?",
                  "¿Cuándo abre el nuevo puerto?", "«Rue des Boutiques» gagne le prix", "2019 års budget klar"):
        assert _reads_as_title(title), title
    # A text-quality run opens as often on a sentence, a post's stamp, a wiki heading with its
    # edit links, a list item, a link or a single menu word: none is a headline.
    for first_line in ("The ferry left at noon. It came back empty.", "The ferry left at noon.",
                       "#12 Le 03/04/2011, à 17:45", "Posted 3 March 2011 at 17:45",
                       "Historia[redigera | redigera wikitext]", "- Bed linen", "Read the rules:",
                       "see www.example.org for more", "Wednesday, October 10th, 2012", "Privacy",
                       "and then the ferry left", " ".join(["word"] * 16)):
        assert not _reads_as_title(first_line), first_line


def test_the_html_model_seed_sets_every_random_stream_and_the_card_lists_the_boosters_and_seeds():
    from cleaner.train import html_model

    streams = ("seed", "bagging_seed", "feature_fraction_seed", "data_random_seed")
    other = html_model.seeded(7)
    assert {other[name] for name in streams} == {7}
    assert {k: v for k, v in other.items() if k not in streams} == html_model._UNSEEDED
    # Without --seeds the command rebuilds the shipped model: one booster a seed of SEEDS,
    # whose trees are the model's, one booster after the other.
    card = json.loads((html_model.MODEL_DIR / "html_blocks.json").read_text(encoding="utf-8"))
    assert [part["seed"] for part in card["boosters"]] == list(html_model.SEEDS)
    assert len(set(html_model.SEEDS)) == len(html_model.SEEDS) > 1
    assert sum(part["trees"] for part in card["boosters"]) == card["trees"]
    assert card["params"] == html_model._UNSEEDED


def test_averaged_boosters_score_and_explain_as_the_mean_of_the_boosters():
    import lightgbm

    from cleaner.train import html_model

    rng = np.random.default_rng(0)
    x = rng.normal(size=(1500, 4))
    x[:, 3] = rng.integers(0, 5, len(x))  # a categorical column, as the tag columns are
    y = (x[:, 0] + x[:, 1] * x[:, 2] + (x[:, 3] == 2) + rng.normal(size=len(x)) > 0.5).astype(int)
    boosters = [lightgbm.train({**html_model.seeded(seed), "min_data_in_leaf": 20},
                               lightgbm.Dataset(x, y, categorical_feature=[3]), 20 + seed)
                for seed in (1, 2, 3)]
    model = html_model.averaged(boosters)
    assert model.num_trees() == sum(booster.num_trees() for booster in boosters)
    mean_score = np.mean([booster.predict(x, raw_score=True) for booster in boosters], axis=0)
    assert np.allclose(model.predict(x, raw_score=True), mean_score, atol=1e-9)
    # explain's SHAP contributions (and the bias in the last column): the boosters' mean.
    mean_contributions = np.mean([booster.predict(x, pred_contrib=True) for booster in boosters], axis=0)
    assert np.allclose(model.predict(x, pred_contrib=True), mean_contributions, atol=1e-9)
    # Each booster's trees are still there, in order, at 1/K of their weight.
    first = boosters[0].num_trees()
    assert np.allclose(3 * model.predict(x, raw_score=True, num_iteration=first), boosters[0].predict(x, raw_score=True))


def test_the_html_model_command_takes_seeds_and_names_a_missing_traincorpus(tmp_path, capsys):
    assert main(["--traincorpus", str(tmp_path), "html-model", "--seeds", "14", "15", "--out",
                 str(tmp_path / "m")]) == 2
    assert f"{tmp_path}: no traincorpus there" in capsys.readouterr().err
    assert not (tmp_path / "m").exists()
