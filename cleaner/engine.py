"""clean(text, url, rules) -> Result. Knows no files: text in, result out.

One linear pass computes each line's shape and rule hits (one compiled matcher per rule set);
the decisions then look at positions: where the article starts, where its tail begins, what
sits in the header and footer zones, and which marker lines are inline promotions.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable

from cleaner import heuristics as h
from cleaner import linemodel
from cleaner.heuristics import LineInfo, Verdicts
from cleaner.language import detect_language, is_prose, prose_sample
from cleaner.model import KeptLine, Removal, Result, repair_surrogates, split_lines, strip_line
from cleaner.normalize import normalize_lines, original_rest
from cleaner.rules import RuleSet, default_rules, host_of

# A document with at least this many visible characters that cleaning would cut below
# OVER_DELETION_MIN_KEPT characters, or below this share of its characters, is flagged
# "over_deletion" and returned whole (minus blank lines) instead of emptied. On the dev
# corpora the hand gold never keeps less than 17 % of a page, so 10 % is "almost nothing".
OVER_DELETION_MIN_INPUT = 400
OVER_DELETION_MIN_KEPT = 80
OVER_DELETION_MIN_SHARE = 0.10
# But OVER_DELETION_ARTICLE characters, a short news story, are an article when what the cut
# takes below them is a named tail: a rendered page with a long comment thread or a list of
# other stories holds its article in 1 to 10 % of its text (slashdot, a news portal's story
# list). Such a cut is kept and flagged "small_share". Named: most of the characters removed
# below the last kept line went by a marker rule (comments, more stories, tags), the page
# title's copy below the article, or the learned layer (trained on lead-article labels).
# The layout tails (a comment form, a promoted story, a headline list) are no such evidence:
# they also find a forum's or a listing's later posts, which are its text. Trusting any cut
# of 500 characters cost turku_tqa-en dev .597 -> .495 (forum pages whose first post stayed).
OVER_DELETION_ARTICLE = 500
# A shorter cut, of OVER_DELETION_SHORT_ARTICLE characters or more, is an article too when most
# of it is prose (body lines that end like sentences): a blog post of two or three paragraphs
# under its headline, above its comments. Its tail must be named by a cut marker (comments,
# tags) or the learned layer: a promo box's marker ("You may be interested in:") over a page
# of text is no end of the story (turku_tqa-es dev). Headlines and teasers left above a named
# tail are no such prose. Dragnet dev (site halves A / B) html_text +.006 / 0, lxml +.006 / +.006; train
# split +.004 to +.012, CleanEval unchanged but for one page.
OVER_DELETION_SHORT_ARTICLE = 200
OVER_DELETION_PROSE_SHARE = 0.5
SMALL_SHARE = "small_share"
NAMED_TAILS = frozenset({"generic.title-tail", linemodel.RULE_ID})

# A document of at least OVER_DELETION_MIN_INPUT characters of which the layout heuristics
# alone (line shape and position, no marker rule's words) would remove this share is flagged
# "large_cut" and cleaned as decided. On the dev corpora those heuristics remove at most 37 %
# of a page (rendered Dari pages; 34 % on the multilingual pages, 0 % on the Arabic texts),
# so half a document is more than page chrome explains. See README, "Large cuts".
LARGE_CUT_SHARE = 0.5
# Nothing was kept: an empty text, or rules that removed every line of a short one.
NO_ARTICLE = "no_article"
SHAPE_DECISIONS = frozenset({"generic.nav-run", "generic.header-chrome", "generic.footer-chrome",
                             "generic.link-run", "generic.link-line", "generic.caption", "generic.headline-list",
                             linemodel.RULE_ID})


def clean(text: str, url: str | None = None, *, rules: RuleSet | None = None,
          extracted: bool = False, learned: bool = True) -> Result:
    """Keep the lead article of one scraped page; say why every other line went.

    text       the page's text, a str (decode bytes first: cleaner.io.readers.decode detects
               the encoding; an HTML page goes to clean_html). Line numbers in the result
               count its pieces between newlines, as gold files and `cleaner explain` do;
               lines are stripped by model.strip_line. A lone surrogate (a JSON "\\ud800"
               escape: no character, which no UTF-8 output or regex engine takes) is
               replaced by U+FFFD and the result flagged "surrogates_replaced".
    url        the page's URL, if known: its host picks the site rule files (and is reported
               as metadata["site"]); without it, site files are found by text fingerprints.
    rules      a RuleSet from load_rules() (your directories on top of the shipped rules);
               default: the shipped rules, loaded once per process.
    extracted  True when the text is already an article body (an extractor's main block;
               clean_html passes it for pages it extracted): the page chrome is gone, so the
               layout heuristics for naive scrapes (menus above the headline, footers, link
               runs, captions, headline lists) stay off; rules and the tail and promo
               decisions still apply.
    learned    False turns the learned line layer (cleaner/linemodel.py, rule id
               generic.model) off: rules and hand heuristics alone, as before it existed.
               It is off for extracted text, which it was not trained on.

    Raises TypeError for anything but a str.
    """
    if not isinstance(text, str):
        raise TypeError(
            f"clean() takes text as str, not {type(text).__name__}: decode bytes first "
            "(cleaner.io.readers.decode(data) detects the encoding), or pass an HTML page "
            "to cleaner.clean_html(), which takes bytes")
    rules = rules or default_rules()
    text, repair_flags = repair_surrogates(text)
    result = _clean_text(text, url, rules, extracted, learned)
    result.flags.update(repair_flags)
    return result


def _clean_text(text: str, url: str | None, rules: RuleSet, extracted: bool, learned: bool) -> Result:
    stripped = [line.strip() for line in split_lines(text)]
    if "\ufeff" in text:  # rare: only then does strip_line differ from str.strip
        stripped = [strip_line(line) for line in stripped]
    sites = rules.site_for(url, text)
    normalized = normalize_lines(stripped)

    def clean_as(language: str | None) -> Result:
        return _clean_lines(stripped, normalized, rules.matcher_for(sites, language), extracted,
                            sites[0].name if sites else host_of(url), learned)

    sample = prose_sample(stripped)
    language = detect_language(sample) if sample else None
    result = clean_as(language)
    # Cleaning may remove the prose of one language and leave another's (an aggregator page,
    # a foreign box): the language is settled on what is kept, so that cleaning the result
    # again scopes the rules the same way; a page that never settles gets every rule.
    settled = _kept_language(result, language, sample)
    if settled != language:
        result = clean_as(settled)
        if _kept_language(result, language, sample) != settled:
            result = clean_as(None)
    return result


def _clean_lines(stripped: list[str], normalized: list[str], matcher, extracted: bool, site: str,
                 learned: bool) -> Result:
    lines, verdicts, metadata = decide_lines(stripped, normalized, matcher, layout=not extracted)
    if learned and not extracted:
        # The learned layer was trained on naive renderings of whole pages, not on article bodies.
        linemodel.revise(lines, verdicts)
    flags = {}
    total, kept, by_shape = _characters(lines, verdicts)
    over_deleted = _over_deletion(total, kept)
    if over_deleted and not _article_over_named_tail(lines, verdicts, kept):
        flags["over_deletion"] = over_deleted
        verdicts = _blank_lines_only(lines)
    else:
        if over_deleted:
            flags[SMALL_SHARE] = (f"cleaning keeps {kept} of {total} characters ({kept / total:.1%}): an "
                                  "article above a comment thread or story list that rules named; check "
                                  "that it is whole")
        if large_cut := _large_cut(total, by_shape):
            flags["large_cut"] = large_cut
    if site:
        metadata["site"] = site
    result = _assemble(lines, verdicts, metadata, flags)
    if not result.kept:
        why = "the text is empty" if all(line.blank for line in lines) else "the rules removed every line"
        result.flags[NO_ARTICLE] = f"no article text: {why}"
    return result


def decide_lines(stripped: list[str], normalized: list[str], matcher, layout: bool
                 ) -> tuple[h.Page, Verdicts, dict]:
    """The rules' and hand heuristics' verdicts on one document's lines (before the learned layer)."""
    lines = h.analyse(stripped, normalized, matcher)
    h.mark_verse(lines)
    verdicts = Verdicts(len(lines))
    metadata: dict = {}
    _decide(lines, verdicts, metadata, layout)
    return lines, verdicts, metadata


def _kept_language(result: Result, document: str | None, document_sample: str) -> str | None:
    """The language of the kept text: the document's (`document`, told from `document_sample`)
    unless cleaning removed prose, and CLD2 is asked again only if it removed sampled prose."""
    if document is None or not any(is_prose(line) for removal in result.removals
                                   for line in removal.text.split("\n")):
        return document
    sample = prose_sample([line.text for line in result.kept])
    if sample == document_sample:
        return document
    return detect_language(sample) if sample else None


def _decide(lines: h.Page, verdicts: Verdicts, metadata: dict, layout: bool) -> None:
    titles, start = lines.titles, lines.start
    if start is None:
        _apply_line_rules(lines, verdicts, metadata, len(lines), 0, len(lines), set())
    else:
        _decide_around_article(lines, start, titles, verdicts, metadata, layout)
    # Last, so that a blank line inside a cut or a chrome run stays part of that one removal.
    _drop_blank_lines(lines, verdicts)


def _drop_blank_lines(lines: list[LineInfo], verdicts: Verdicts) -> None:
    verdicts.drop_heuristic_all((line.index for line in lines if line.blank), "generic.blank")


def _decide_around_article(lines: list[LineInfo], start: int, titles: set[int], verdicts: Verdicts,
                           metadata: dict, layout: bool) -> None:
    cut = _find_tail(lines, start, verdicts, metadata, layout)
    end = h.article_end(lines, start, cut, verdicts.dropped)
    if (signature := h.closing_name(lines, start, end, cut)) is not None:
        verdicts.drop_heuristic(signature, "generic.byline")
    if (bio := h.author_bio(lines, start, end)) is not None:
        verdicts.drop_heuristic_all((index for index in range(bio, end + 1) if not lines[index].ruled),
                                    "generic.author-bio")
    # A table's cells or rows (its head row too, between the bars of its rows), a chronology's
    # year headings, a list's dated entries (names over their birthdays), a diary's date
    # headings and a recipe's ingredients are the article's, not counters, menus or its
    # publication date.
    # The learned layer may not overrule the entries nor a round's rows of figures either: it
    # took a results list's last rows, under a run of labels, for a menu.
    verdicts.list_entries |= (h.dated_entries(lines, start, end + 1, verdicts.dropped)
                              | h.date_headings(lines, start, end + 1, verdicts.dropped)
                              | h.figures_rows(lines, start, end + 1) | h.ingredients(lines, start, end + 1)
                              | {index for index in lines.separated_table_rows if start <= index <= end})
    tables = (h.table_lines(lines, start, end + 1, verdicts.dropped) | h.tab_table_rows(lines, start, end + 1)
              | h.year_headings(lines, start, end + 1, verdicts.dropped) | verdicts.list_entries)
    if layout:
        _site_name(lines, start, end, verdicts)
        rendered = _header_zone(lines, start, titles, verdicts)
        _core(lines, start, end + 1, verdicts, rendered, tables)
        # Down to the tail: the article's end may be read above the box, whose label stops a
        # run of paragraphs.
        verdicts.drop_heuristic_all(h.latest_news_boxes(lines, start, cut, verdicts.dropped), "generic.latest-news")
        _footer_zone(lines, end + 1, cut, verdicts, rendered)
        _link_lines(lines, start, end, cut, verdicts)
        _tag_lines(lines, start, end, cut, verdicts)
    verdicts.drop_heuristic_all(h.outlet_lines(lines, cut), "generic.outlet-credit")
    _apply_line_rules(lines, verdicts, metadata, cut, start, end, tables)


def _find_tail(lines: h.Page, start: int, verdicts: Verdicts, metadata: dict, layout: bool) -> int:
    """Index of the first line of the trailing part of the page (len(lines) if none).

    A "cut" marker (tags, comments, most read, copyright) ends the article wherever it follows
    enough of it. A "drop-block" marker (read also, related, read more) ends it only when the
    article does not go on after the marker's block; when it does, the block is an inline
    promotion and only its lines go. A tail heuristic (a comment form, a headline list) may
    end the article before the markers' tail; it reads the page only up to that tail, which
    the cleaned text no longer has, so that cleaning it again decides the same.
    """
    tail, marker, promotions = _marker_tail(lines, start)
    found = _heuristic_tail(lines, start, tail, promotions, layout)
    if found:
        tail = found[0]
    if layout and (link := h.outlet_link_tail(lines, start, tail)) is not None:
        tail, found = link[0], (link[0], "generic.outlet-link")
        verdicts.drop_heuristic(link[1], "generic.outlet-credit")
    for begin, _, removal_end, rule in promotions:
        if begin >= tail:
            break
        verdicts.inline_markers.add(begin)
        for inner in range(begin, removal_end):
            if not lines[inner].blank:
                verdicts.drop(inner, rule.id, f"{rule.why} (inline: the story goes on after it)")
    if found:
        _cut_from(lines, tail, found[1], h.HEURISTICS[found[1]], verdicts)
    elif marker:
        rule, rest = marker
        _cut_from(lines, tail, rule.id, rule.why, verdicts)
        _record(metadata, rule.field, lines[tail].text, rest)
    return tail


def _marker_tail(lines: h.Page, start: int) -> tuple[int, tuple | None, list[tuple[int, int, int, object]]]:
    """(index, (rule, rest)) of the first marker that ends the article ((len(lines), None) if
    none), and the (begin, block end, removal end, rule) of the inline promotions before it
    (h.promotion_end: the block's lines the promotion takes)."""
    total = len(lines)
    promotions = []
    index = lines.next_marker[start + 1]
    while index < total:
        rule, rest = lines[index].hit("cut", "drop-block")
        if (not rule.early_tail and h.too_early_for_tail(lines, start, index, total)
                or rule.unless_over_prose and h.heads_prose(lines, index)):
            index = lines.next_marker[index + 1]
            continue
        if rule.list_box and (list_end := h.counted_list_end(lines, index, total)) is not None \
                and h.article_goes_on_under_list(lines, start, index, list_end, total):
            # A box of other stories' numbered or timed headlines set inside the article: the page's
            # layout put it between two of the article's paragraphs.
            promotions.append((index, list_end, list_end, rule))
            index = lines.next_marker[list_end]
            continue
        block_end = h.marker_block_end(lines, index, total, in_article=True)
        if rule.action == "drop-block":
            block_end = h.stacked_boxes_end(lines, block_end, total)
        if rule.action == "drop-block" and h.story_continues(
            lines, start, index, block_end, total, promo_headline=rest
        ):
            promotions.append((index, block_end, h.promotion_end(lines, index, rest, block_end), rule))
            index = lines.next_marker[block_end]
            continue
        return index, (rule, rest), promotions
    return total, None, promotions


def _heuristic_tail(lines: h.Page, start: int, end: int, promotions: list, layout: bool
                    ) -> tuple[int, str] | None:
    """(index, heuristic id) of the first tail a heuristic finds before `end`, past the
    inline promotions' blocks. A comment form is told by its rows alone and is found first:
    the detectors that ask what follows a line (a headline list: no paragraph after it) then
    read only up to it."""
    # The whole block: lines a promotion leaves to the article start no tail either.
    gone = {inner for begin, block_end, _, _ in promotions for inner in range(begin, block_end)}
    candidates = _tail_candidates(lines, start, end, gone)
    form = next((index for index in candidates
                 if h.is_comment_form_start(lines, index, end, gone)), None)
    found = _first_tail(lines, start, candidates, end if form is None else form, layout)
    if found is not None and found[1] == "generic.promoted-story" and layout:
        # A promoted story ends the page that a box of headlines right above it is read to,
        # as a marker's tail does: between a short story and a promoted story, the box is
        # told by what follows it up to that story (nothing), not by the other story's prose,
        # which the cleaned text no longer has. Only a box under a heading with no sentence
        # of prose between it and the story (a headline may be as long as a paragraph, but
        # ends on no full stop): an article's own list ("Where to stay") goes on in prose.
        box = next((index for index in candidates if index < found[0] and lines[index].label
                    and not any(line.body and line.terminated for line in lines[index:found[0]])
                    and h.is_headline_box(lines, start, index, found[0])), None)
        found = found if box is None else (box, "generic.headline-box")
    return found if found is not None or form is None else (form, "generic.comment-form")


def _first_tail(lines: h.Page, start: int, candidates: list[int], end: int, layout: bool
                ) -> tuple[int, str] | None:
    """(index, heuristic id) of the first candidate before `end` that starts a tail."""
    for index in candidates:
        if index >= end:
            break
        heuristic = _tail_heuristic(lines, start, index, end, layout)
        if heuristic:
            return index, heuristic
        thread = index if h.is_counted_comments(lines, start, index, end) else h.comment_thread_start(
            lines, start, index, end)
        # Names over time stamps, one under the other, are no marker right under the
        # headline: under a story of two paragraphs they end it, however long the thread.
        if thread is not None and (not h.too_early_for_tail(lines, start, thread, end)
                                   or lines.body_between(start, thread) >= h.THREAD_MIN_BODY_LINES):
            return thread, "generic.comment-thread"
    return None


def _tail_candidates(lines: h.Page, start: int, end: int, gone: set[int]) -> list[int]:
    """The lines between start and end, outside inline promotions, that may start a tail:
    most lines of an article have no rule hit, no bullet, no form row next and are no
    commenter's name over a time stamp, nor a label or a short heading (a "read also" box's),
    nor one that counts what is under it ("Iruzkinak (3)")."""
    form_rows, next_non_blank, signed = lines.form_rows, lines.next_non_blank, set(lines.signed_rows)
    titles, aggregated, cards = lines.titles, lines.aggregated_heads, lines.card_credits
    return [index for index in range(start + 1, end)
            if (lines[index].hits or lines[index].bullet or next_non_blank[index] in form_rows
                or index in signed or index in titles or index in aggregated or index in cards
                or next_non_blank[index + 1] in cards or h.is_box_heading(lines[index])
                or h.over_credits(lines, index)
                or h.colon_heading(lines[index]) or h.heading_count(lines[index]) is not None)
            # A gathered story's headline ends the article even where a box's marker over it
            # took it for an inline promotion's.
            and (index not in gone or index in aggregated)]


def _tail_heuristic(lines: h.Page, start: int, index: int, end: int, layout: bool) -> str | None:
    """The heuristic other than the comment form that finds a tail starting at index, if
    one does. Each detector is asked only about lines of its shape (a bullet, a rule hit)."""
    line = lines[index]
    if index in lines.aggregated_heads and lines.body_between(start, index):
        return "generic.aggregated-story"
    # An extractor keeps the article's own lists and drops the page's.
    if layout and line.bullet and h.is_headline_list_start(lines, start, index, end):
        return "generic.headline-list"
    if line.hits and h.is_next_story(lines, start, index, end):
        return "generic.next-story"
    if h.is_credited_story(lines, start, index, end):
        return "generic.credited-story"
    if index in lines.titles and h.is_title_below_article(lines, start, index, end):
        return "generic.title-tail"
    # On an extractor's text a short heading over a headline and new words is more often the
    # article's own next section (a tutorial's steps, a blog's code example) than a box the
    # extractor let through: on the traincorpus dev split's HTML pages the heuristic cost
    # 0.007 mean shingle F1 (a job list, realtor listings, a blog's second section cut).
    if layout and h.is_promoted_story(lines, start, index, end):
        return "generic.promoted-story"
    if layout and (line.label and h.is_headline_box(lines, start, index, end)
                   or h.is_closing_box(lines, start, index, end)):
        return "generic.headline-box"
    return None


def _cut_from(lines, index, rule_id, why, verdicts) -> None:
    verdicts.drop_all(range(index, len(lines)), rule_id, f"{why} (cut: everything from here on)")


def _link_lines(lines: h.Page, start: int, end: int, cut: int, verdicts: Verdicts) -> None:
    """A menu or share bar on one line above or below the article, on a page with few header
    lines, which keeps its other chrome (a rendered page's zones took it already, as chrome)."""
    outside = itertools.chain(lines.non_blank(0, start), lines.non_blank(end + 1, cut))
    # The table rows are read only on a page with a link line outside the article.
    verdicts.drop_heuristic_all((line.index for line in outside
                                 if h.is_link_line(line) and line.index not in lines.separated_table_rows),
                                "generic.link-line")


def _tag_lines(lines: h.Page, start: int, end: int, cut: int, verdicts: Verdicts) -> None:
    """The article's tags on one line under it, which no lexicon names: below its end, or
    its last line (four tags are as long as a paragraph)."""
    headline = None if lines.headline is None else lines[lines.headline]
    verdicts.drop_heuristic_all((index for index in range(max(end, start + 1), cut)
                                 if h.is_tag_line(lines[index], headline)), "generic.tag-line")


def _site_name(lines: h.Page, start: int, end: int, verdicts: Verdicts) -> None:
    """The site's name that the copyright notice confirms, and the short lines around the
    article that hold it."""
    if (site_name := h.site_name_over_copyright(lines, start, end)) is not None:
        verdicts.drop_heuristic(site_name, "generic.masthead")
        verdicts.drop_heuristic_all(h.lines_naming_the_site(lines, site_name, start, end), "generic.site-name")


def _header_zone(lines: h.Page, start: int, titles: set[int], verdicts: Verdicts) -> bool:
    """Drop page chrome above the article; return whether the page looks rendered (has chrome).

    On a rendered page the headline is the page title's copy nearest the body, or else the
    first headline-shaped line after the last menu run; decks right under it stay, and
    everything else above the body is chrome.
    """
    header = [line for line in lines[:start] if not line.blank]
    anchor = lines.titled_headline
    verdicts.drop_heuristic_all(lines.credits, "generic.byline")  # never a title copy
    verdicts.drop_heuristic_all(h.site_taglines(lines, header, start), "generic.masthead")
    verdicts.drop_heuristic_all(lines.site_name_copies, "generic.masthead")
    # A page title over its own copy, with chrome between or around them, is a rendered
    # page's <title> and headline however short its header; a title over its copy alone is
    # a clean text that repeats its headline.
    if len(header) <= h.RENDERED_HEADER_LINES and (anchor is None or len(header) <= 2):
        # A short headline right above the article, or over its credit, ends the menu's run
        # of labels, and stays.
        headline = lines.credited_headline
        if headline is None:
            headline = h.standing_before(lines, start, verdicts.dropped)
            if headline is not None and not h.names_the_story(lines, headline, start):
                headline = None
        # So does the page's headline (Page.headline) when only the story's credits stand
        # between it and the story (date lines, bylines, names alone: "15.7.2024" / "Laura
        # Niemi") and it names the story.
        headline_over_credits = lines.headline
        if headline_over_credits is not None and not (h.over_its_credits(lines, headline_over_credits, start)
                                                      and h.names_the_story(lines, headline_over_credits, start)):
            headline_over_credits = None
        for index in h.label_runs(lines, 0, start, h.LINK_RUN_IN_HEADER, verdicts.dropped):
            if index not in (headline, headline_over_credits):
                verdicts.drop_heuristic(index, "generic.link-run")
        # A section trail over the headline (a headline-shaped line or one as long as a
        # paragraph, in the header or opening the article); right over the story, or over its
        # credit, it may be the headline itself.
        headed = h.opens_on_a_headline(lines, start)
        verdicts.drop_heuristic_all((line.index for position, line in enumerate(header)
                                     if line.index != headline and h.is_section_trail(line)
                                     and (headed or any(h.is_headline(below) or below.body
                                                        for below in header[position + 1:]))),
                                    "generic.link-line")
        verdicts.drop_heuristic_all(_masthead_lines(lines, start, header), "generic.masthead")
        verdicts.drop_heuristic_all(h.names_by_dates(lines, start), "generic.byline")
        verdicts.drop_heuristic_all(h.credit_block(lines, start), "generic.byline")
        verdicts.drop_heuristic_all(h.captions_over_credits(lines, start), "generic.caption")
        # A stamp is a rendered page's furniture (a clean text or a newspaper's carries a byline
        # or a date line, which rules read): the page is the kind the learned layer reads.
        verdicts.drop_heuristic_all(_stamps_under_headline(lines, start), "generic.header-chrome")
        # After the stamps: a stamp's fields between bars or bullets have a ticker's shape.
        verdicts.drop_heuristic_all((line.index for line in header if h.is_ticker(line)), "generic.link-line")
        verdicts.drop_heuristic_all(_timed_headlines_above_headline(lines), "generic.timed-headlines")
        return False
    anchor = lines.headline
    if anchor is None:
        for line in lines[:start]:
            if not line.body:
                verdicts.drop_heuristic(line.index, "generic.nav-run")
        return True
    for line in lines[:anchor]:
        verdicts.drop_heuristic(line.index, "generic.nav-run")
    for index in sorted(titles - {anchor}):
        verdicts.drop_heuristic(index, "generic.title-repeat")
    for index in h.duplicates_of_body(lines, range(anchor + 1, start), start):
        verdicts.drop_heuristic(index, "generic.duplicate")
    decks = h.decks_below(lines, anchor, start, verdicts)
    for line in lines[anchor + 1:start]:
        if line.body and h.caption_over_credit(lines, line, anchor):
            verdicts.drop_heuristic(line.index, "generic.caption")
        elif ((not line.body or h.is_stamp(line)) and line.index not in decks
              and not h.asks_like_the_article(lines, line)):
            verdicts.drop_heuristic(line.index, "generic.header-chrome")
    return True


def _timed_headlines_above_headline(lines: h.Page) -> list[int]:
    """A ticker's timed headlines (h.timed_headline_runs) above the article's headline: a
    schedule's timed rows under it are the article's."""
    headline = lines.headline
    return [] if headline is None else sorted(index for index in lines.timed_headlines if index < headline)


def _stamps_under_headline(lines: h.Page, start: int) -> list[int]:
    """The story's stamps (h.is_stamp) between the headline and the article."""
    headline = lines.headline
    if headline is None:
        return []
    return [line.index for line in lines.non_blank(headline + 1, start) if h.is_stamp(line)]


def _masthead_lines(lines: h.Page, start: int, header: list[LineInfo]) -> list[int]:
    """In a short header that holds a page's furniture (a line a rule names: a date, a
    byline, a share bar; a menu of many items between runs of spaces, "ACCUEIL  POLITIQUE
    ECONOMIE  SOCIETE  CULTURE", links between separators, "Nyheder · Trafik · Sport", or
    capitalised section names over a headline in sentence case, "Início Política Economia
    Sociedade Desporto"; no kicker has any of these shapes), the lines above the headline (or
    above the first paragraph of a page without one) that have a menu's or a trail's shape
    ("Home  News  Sport  Tech", "News / Regions", "News Politics Sport Culture" over a headline
    in sentence case) and name nothing of the story, the section's name when it repeats an item
    of such a menu above it ("Sport | Video | Region" / "Region"), and the site's name when it
    is the header's first line, right over a menu. A short line alone above a headline is as
    often a kicker ("Climate crisis") or a poem's title as a site's name; a line a rule names
    goes by its rule."""
    headline = lines.headline
    top = start if headline is None else headline  # the first line of the story
    above_top = [line for line in header if line.index < top]
    furnished = any(line.hits or h.is_spaced_menu(line) or h.is_link_line(line) for line in header) or any(
        h.is_word_menu(line, lines[top]) for line in above_top)
    # A paragraph above the headline: the article starts higher than the headline found.
    if not furnished or any(line.body for line in above_top):
        return []
    menus = [line for line in above_top
             if not line.hits and (h.is_menu_or_trail(line) or h.is_word_menu(line, lines[top]))]
    if headline is not None and h.credited_below(lines, headline, start):
        # A headline over its date line or byline is a news page's: the labels above it are
        # the site's name, its menu and the section's name, which it prints over every story;
        # a line in two of the story's words is the headline's first half.
        return [line.index for line in above_top if not line.hits
                and (line.label or line in menus)
                and not h.names_the_story_twice(lines, line.index, start)
                and not (line.index == lines.previous_non_blank[headline] and h.heads_on(lines[headline]))]
    above = [line for line in above_top if not line.hits and not line.terminated
             and not h.names_the_story(lines, line.index, start)]
    # Many items between runs of spaces or separators make a menu whatever story words it
    # holds; a trail of a few sections or a line of capitalised words may be the headline's
    # first half.
    taken = [line.index for line in menus if line in above or h.is_spaced_menu(line) or h.is_link_line(line)]
    taken += [line.index for line in above_top if line.label and not line.hits and line.index not in taken
              and h.repeats_a_menu_item(line, [menu for menu in menus if menu.index < line.index])]
    # The first line over a menu is the site's name; a label is, whatever words of the story
    # it holds (a local paper is named after its town).
    first = header[0]
    if (len(header) > 1 and header[1] in menus and first.index not in taken
            and (first in above or first.label and not first.hits)):
        taken.append(first.index)
    return sorted(taken)


def _core(lines: list[LineInfo], start: int, end: int, verdicts: Verdicts, rendered: bool,
          tables: set[int]) -> None:
    """Inside the article: runs of link-like lines (not a table's cells), inline promotions,
    and captions on rendered pages."""
    verdicts.drop_heuristic_all(h.label_runs(lines, start, end, h.LINK_RUN_IN_ARTICLE, verdicts.dropped,
                                             announced=True, cells=tables), "generic.link-run")
    verdicts.drop_heuristic_all(h.inline_promos(lines, end, verdicts.dropped), "generic.inline-promo")
    verdicts.drop_heuristic_all(h.sign_up_boxes(lines, start, end), "generic.sign-up-box")
    verdicts.drop_heuristic_all(h.gallery_captions(lines, start, end), "generic.caption")
    verdicts.drop_heuristic_all(h.clip_titles(lines, start, end, verdicts.dropped), "generic.clip-title")
    if rendered:
        # A caption never ends like a sentence; most lines of an article do.
        captions = (line.index for line in lines[start + 1:end]
                    if not line.blank and not line.terminated and h.is_caption(lines, line))
        verdicts.drop_heuristic_all(captions, "generic.caption")


def _footer_zone(lines: list[LineInfo], first: int, cut: int, verdicts: Verdicts, rendered: bool) -> None:
    """On a rendered page, whatever stands between the article's end and the tail is chrome."""
    if rendered:
        verdicts.drop_heuristic_all((line.index for line in lines[first:cut] if not line.blank),
                                    "generic.footer-chrome")


def _apply_line_rules(lines: list[LineInfo], verdicts: Verdicts, metadata: dict, cut: int,
                      start: int, end: int, tables: set[int]) -> None:
    """Line-level rules wherever no structural decision was taken.

    A rule with position "head" fires only above the article body, "tail" only below it,
    "outside" in either; a table's cells inside the article are kept from drop-line rules
    (a score is not a counter), and a list's dated entries from metadata rules too (a
    birthday is not the page's date).
    """
    first = lines.next_non_blank[0]
    for line in lines:
        if not line.hits or verdicts.dropped(line.index):
            continue
        for rule, rest in line.hits:
            if not _in_position(rule.position, line.index, start, end) or rule.skip_first_line and line.index == first:
                continue
            if rule.action == "drop-line" and line.index in tables:
                continue
            if rule.action == "metadata" and line.index in verdicts.list_entries:
                continue
            if rule.unless_over_prose and h.heads_prose(lines, line.index):
                continue
            if rule.action in ("metadata", "drop-line"):
                verdicts.drop(line.index, rule.id, rule.why)
                _record(metadata, rule.field, line.text, rest)
            else:
                # A marker outside the article (a sidebar box) drops its own block only; inside
                # it, what h.promotion_end leaves of the block is the article's.
                inside = start <= line.index <= end
                limit = _box_limit(lines, line.index, cut)
                block_end = h.marker_block_end(lines, line.index, limit, in_article=inside)
                if inside:
                    block_end = h.promotion_end(lines, line.index, rest, block_end)
                for inner in range(line.index, block_end):
                    verdicts.drop(inner, rule.id, rule.why)
            break


def _box_limit(lines: h.Page, marker: int, cut: int) -> int:
    """Where the block of a box marker may reach: a menu's "Latest news" over the headline
    takes the menu's short lines under it, never the headline. Under a headline-shaped line,
    the marker is the article's own ("Image caption," over its caption, which the headline
    nearest the body may then be); a comment form's row ("Name: * | |") is no headline."""
    headline = lines.headline
    if headline is None or not marker < headline < cut or headline in lines.form_rows or any(
            h.is_headline(line) for line in lines[:marker] if not line.hits and not h.is_menu_or_trail(line)):
        return cut
    return headline


def _in_position(position: str, index: int, start: int, end: int) -> bool:
    """Whether a rule of this position may fire on line `index` of an article from start to end."""
    if position == "head":
        return index < start
    if position == "tail":
        return index > end
    if position == "outside":
        return not start <= index <= end
    return True


# Tags come as one line: "Tags: a, b | c"; each is reported on its own.
_TAG_SEPARATORS = re.compile(r"\s*[,،;؛|/•·#]\s*|\s+[-–—]\s+")


def _record(metadata: dict, field: str | None, text: str, rest: str) -> None:
    """Report a metadata line's value (what follows its marker, else the line) as spelled."""
    if not field:
        return
    value = original_rest(text, rest) if rest else text
    values = [tag for tag in _TAG_SEPARATORS.split(value) if tag] if field == "tags" else [value]
    metadata.setdefault(field, []).extend(v for v in values if v)


def _assemble(lines: list[LineInfo], verdicts: Verdicts, metadata: dict, flags: dict) -> Result:
    """Kept lines, and one removal per run of consecutive lines dropped with one verdict."""
    kept: list[KeptLine] = []
    removals: list[Removal] = []
    texts = [line.text for line in lines]
    for verdict, run in itertools.groupby(range(len(lines)), key=verdicts.by_line.__getitem__):
        if verdict is None:
            kept += [KeptLine(index + 1, texts[index]) for index in run]
        else:
            run = list(run)
            removals.append(Removal(run[0] + 1, run[-1] + 1, *verdict, "\n".join(texts[run[0]:run[-1] + 1])))
    restored = {index + 1: why for index, why in verdicts.restored.items()}
    return Result(kept, removals, metadata, flags, restored)


def _characters(lines: list[LineInfo], verdicts: Verdicts) -> tuple[int, int, int]:
    """Characters of the non-blank lines, of those kept, and of the lines (blank or not) that
    a layout heuristic dropped."""
    total = kept = by_shape = 0
    for line, verdict in zip(lines, verdicts.by_line):
        size = len(line.text)
        if verdict is not None:
            by_shape += size if verdict[0] in SHAPE_DECISIONS else 0
        elif not line.blank:
            kept += size
        total += 0 if line.blank else size
    return total, kept, by_shape


def _over_deletion(total: int, kept: int) -> str:
    """Why the decisions would cut a long document to almost nothing, or "" if they would not."""
    if total < OVER_DELETION_MIN_INPUT or kept >= max(OVER_DELETION_MIN_KEPT, OVER_DELETION_MIN_SHARE * total):
        return ""
    return (f"cleaning would keep {kept} of {total} characters; "
            "the text is returned whole (minus blank lines) for review")


def _article_over_named_tail(lines: list[LineInfo], verdicts: Verdicts, kept: int) -> bool:
    """Whether the `kept` characters a cut leaves are an article over a tail that rules named
    (OVER_DELETION_ARTICLE, OVER_DELETION_SHORT_ARTICLE): a cut that stands, flagged small_share."""
    if kept >= OVER_DELETION_ARTICLE:
        return _named_tail(lines, verdicts, lambda rule_id: rule_id not in h.HEURISTICS)
    prose = sum(len(line.text) for line, verdict in zip(lines, verdicts.by_line)
                if verdict is None and line.body and line.terminated)
    if kept < OVER_DELETION_SHORT_ARTICLE or prose < OVER_DELETION_PROSE_SHARE * kept:
        return False
    cuts = {rule.id for line in lines for rule, _ in line.hits if rule.action == "cut"}
    return _named_tail(lines, verdicts, cuts.__contains__)


def _named_tail(lines: list[LineInfo], verdicts: Verdicts, marker: Callable[[str], bool]) -> bool:
    """Whether most characters removed below the last kept line went by a NAMED_TAILS decision
    or a rule whose id is a `marker`, not by a layout heuristic."""
    last = max((line.index for line, verdict in zip(lines, verdicts.by_line)
                if verdict is None and not line.blank), default=-1)
    named = removed = 0
    for line, verdict in zip(lines[last + 1:], verdicts.by_line[last + 1:]):
        if verdict is not None and not line.blank:
            removed += len(line.text)
            named += len(line.text) if verdict[0] in NAMED_TAILS or marker(verdict[0]) else 0
    return named * 2 > removed


def _large_cut(total: int, by_shape: int) -> str:
    """Why the layout heuristics' share of the cut calls for a look, or "" if it does not."""
    if total < OVER_DELETION_MIN_INPUT or by_shape < LARGE_CUT_SHARE * total:
        return ""
    return (f"layout heuristics alone removed {by_shape} of {total} characters; check that the "
            "article is whole (--extracted turns them off for text that is already an article)")


def _blank_lines_only(lines: list[LineInfo]) -> Verdicts:
    verdicts = Verdicts(len(lines))
    _drop_blank_lines(lines, verdicts)
    return verdicts
