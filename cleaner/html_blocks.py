"""The default HTML path: cut the page into blocks, let several extractors vote on each, and
let a learned classifier (LightGBM) keep or drop each block from the votes and the block's
own features.

    blocks = page_blocks(tree)                      # paragraph-level blocks, page order
    votes, failures = extractor_votes(tree, blocks, url)
    decision = classify(tree, blocks, votes, title)  # keep flags, and why each drop

An extractor's vote on a block is the share of the block's text found in that extractor's
output (its word trigrams, or the whole block for blocks under three words): extractors
write text, not nodes, so their output is mapped back onto the page's blocks by text. An
extractor that raises or runs past cleaner.html.EXTRACTOR_SECONDS of CPU time gives no vote (NaN, which
the trees treat as missing) and is named in `failures`; the others still vote.

The model is cleaner/models/html_blocks.txt, rebuilt by `python -m cleaner.train html-model`
(cleaner/train/html_model.py) from the traincorpus train split, threshold set on the dev split:
one LightGBM model holding several boosters (one a seed, their scores averaged), so its SHAP
contributions, which explain reads, are the boosters' mean.
"""

from __future__ import annotations

import functools
import math
import re
from collections import Counter
from dataclasses import dataclass
from importlib import resources

import lxml.html
import numpy as np
from lxml import etree

import cleaner.html as html_layer  # EXTRACTOR_SECONDS read per call: a caller may set it
from cleaner.html import HTML_BLOCKS, HTML_HIDDEN, extracted_lines
from cleaner.limits import guarded
from cleaner.linemodel import ModelError, verified_booster
from cleaner.scoring import tokens

# Each extractor earns its place by dev-split F1 against its CPU cost (docs/model.md, "HTML
# blocks"); the ones not listed cost more than they added.
EXTRACTORS = ("trafilatura", "resiliparse")

MODEL_RESOURCE = "html_blocks.txt"
MODEL_CARD_RESOURCE = "html_blocks.json"  # threshold, features and training figures

BLOCK_TAGS = HTML_BLOCKS
HIDDEN_TAGS = HTML_HIDDEN | {"option", "textarea"}  # form text is no article text either
HEADINGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
# Tags the trees see by number (anything else is 0).
TAG_CODES = {tag: code for code, tag in enumerate(
    ("other", "p", "div", "li", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "span", "a",
     "blockquote", "pre", "dd", "dt", "figcaption", "caption", "section", "article", "header",
     "footer", "nav", "aside", "form", "ul", "ol", "table", "tr", "body", "main", "address",
     "label", "strong", "b", "em", "font", "center", "small", "time"))}
# Ancestors whose presence (and distance) says where on the page a block sits.
LANDMARKS = ("nav", "footer", "header", "aside", "article", "main", "form", "li", "table", "figure",
             "blockquote")

# Words of class, id and itemprop values, by what they mark, in the languages of the corpora.
# Long words match inside compounds ("commentlist"); words under four letters only whole.
CLASS_GROUPS = {
    "comment": ("comment", "kommentar", "commentaire", "comentario", "commento", "reactie",
                "reaction", "discuss", "disqus", "respond", "reply", "replies", "коммент", "تعليق",
                "نظرات"),
    "related": ("related", "similar", "recommend", "readmore", "read-more", "more-stories", "morestor",
                "also", "verwandt", "aehnlich", "weitere", "voir-aussi", "relacionad", "correlat",
                "похож", "مرتبط", "trending", "popular", "mostread", "most-read", "teaser",
                "outbrain", "taboola", "headlines", "meistgelesen", "empfehl", "masleid", "mas-leid",
                "piu-lett", "plus-lus", "mais-lid", "lire-aussi", "a-lire", "leggi-anche", "lees-ook"),
    "share": ("share", "social", "sharing", "facebook", "twitter", "whatsapp", "teilen", "partage",
              "compartir", "condividi", "print", "email", "addthis"),
    "promo": ("promo", "sponsor", "advert", "banner", "ad", "ads", "adv", "werbung", "anzeige",
              "publicit", "publicidad", "newsletter", "subscri", "signup", "abonn", "paywall",
              "cookie", "consent", "marketing", "pubblicit", "reklam", "werbe", "anuncio"),
    "footer": ("footer", "foot", "copyright", "impressum", "legal", "disclaimer", "bottom"),
    "nav": ("nav", "menu", "breadcrumb", "paginat", "pager", "topbar", "navbar", "skip", "masthead",
            "header", "toolbar", "tabs"),
    "sidebar": ("sidebar", "aside", "rail", "widget", "secondary", "right", "left", "column"),
    "article": ("article", "content", "story", "entry", "post", "body", "text", "main", "artikel",
                "articulo", "articolo", "inhalt", "contenu", "news", "detail", "lead", "intro"),
    "meta": ("byline", "author", "date", "time", "meta", "dateline", "publish", "caption", "credit",
             "tag", "tags", "category", "keyword", "source", "info"),
    # A video or audio player, or teasers for them ("watch" rails): what a text page shows
    # beside its story.
    "media": ("video", "player", "podcast", "audio", "youtube", "vimeo", "jwplayer", "brightcove"),
    # A slideshow or carousel: a picture story's captions, which an article page shows beside
    # (or inside) the article it is not part of.
    "gallery": ("gallery", "galerie", "galeria", "galleria", "slideshow", "diaporama", "carousel",
                "carrusel", "slider", "lightbox", "fotostrecke", "bildergalerie", "фотогалер", "گالری"),
}
# An extractor's article container holds at least this share of the text it kept.
CONTAINER_SHARE = 0.5
_FAR = 99  # distance of a landmark or class group that is not above the block


# Words that hold a group's word and say something else: a post's state ("commented", which
# blogs put on the article element itself) or an article type ("commentary", an opinion piece).
NOT_IN_GROUP = {"comment": ("ed", "ary")}


def _group_pattern(words: tuple[str, ...]) -> re.Pattern:
    long = [re.escape(w) + ("(?!%s)" % "|".join(NOT_IN_GROUP[w]) if w in NOT_IN_GROUP else "")
            for w in words if len(w) >= 4]
    short = [re.escape(w) for w in words if len(w) < 4]
    parts = long + ([r"(?<![^\W\d_])(?:%s)(?![^\W\d_])" % "|".join(short)] if short else [])
    return re.compile("|".join(parts))


_CLASS_PATTERNS = {name: _group_pattern(words) for name, words in CLASS_GROUPS.items()}
# The landmark tags, then the class groups: what _Ancestry finds the nearest of.
GROUPS = (*(f"landmark_{tag}" for tag in LANDMARKS), *(f"class_{name}" for name in CLASS_GROUPS))
_LANDMARK_INDEX = {tag: i for i, tag in enumerate(LANDMARKS)}
_SENTENCE_END = re.compile(r"[.!?…。！？؟:;\"'”»)]\s*$")
_PUNCTUATION = re.compile(r"[^\w\s]")
_DIGIT = re.compile(r"\d")
_SPACES = re.compile(r"\s+")

FEATURES = (
    *(f"vote_{name}" for name in EXTRACTORS),
    *(f"vote_{name}_around" for name in EXTRACTORS),
    *(f"kept_share_{name}" for name in EXTRACTORS),
    # Whether the block sits in the extractor's article container: the deepest element that
    # holds at least CONTAINER_SHARE of the text the extractor kept. A sidebar box or an
    # offer list the extractor also took lies outside the element that holds its article.
    *(f"in_container_{name}" for name in EXTRACTORS),
    # Where a block outside that container sits: -1 above its first block, 1 below its last,
    # 0 inside or between (NaN: no output). A rail of teasers under the story is not a
    # standfirst above it.
    *(f"container_side_{name}" for name in EXTRACTORS),
    "votes_mean", "tokens_log", "chars_log", "link_density", "punctuation", "digits",
    "sentence_end", "starts_upper", "pipes", "title_overlap", "repeats_before", "repeats_after",
    "tag", "parent_tag", "grandparent_tag", "depth", "heading_level",
    "blocks_since_heading", "blocks_from_h1", "position", "char_position",
    "same_siblings_log", "same_siblings_share", "blocks_log", "page_chars_log",
    # The block's surroundings: the link share of the text under its parent and grandparent,
    # and the share of the grandparent's blocks that are mostly a link (a headline rail: short
    # blocks, each a link; a story's paragraphs or a how-to's steps: few links).
    "parent_link_density", "grandparent_link_density", "grandparent_linked_share",
    # How many blocks of the page share the block's element and parent signature (tag and
    # class): teaser cards repeat one template across the page, each in its own wrapper.
    "signature_blocks_log",
    *(f"landmark_{tag}" for tag in LANDMARKS),
    *(f"class_{name}" for name in CLASS_GROUPS),
    # The share of the page's text under that nearest landmark / class-group ancestor: a
    # "comment" word on the container of most of the page's text is a state ("commented"),
    # not a comment section; an <aside> holding the page is its article.
    *(f"landmark_{tag}_share" for tag in LANDMARKS),
    *(f"class_{name}_share" for name in CLASS_GROUPS),
)
_INDEX = {name: i for i, name in enumerate(FEATURES)}
_GROUP_COLUMNS = [_INDEX[group] for group in GROUPS]
_SHARE_COLUMNS = [_INDEX[f"{group}_share"] for group in GROUPS]


@dataclass
class Block:
    """One line of the page's visible text and the block element it sits in."""

    text: str
    element: etree._Element
    link_chars: int

    @functools.cached_property
    def words(self) -> list[str]:
        """The block's word tokens, which the votes and the features both read."""
        return tokens(self.text)

    @functools.cached_property
    def trigrams(self) -> list[tuple[str, str, str]]:
        """The block's word trigrams in order (none under three words): each extractor's
        vote and the repeat features read them, so they are made once."""
        words = self.words
        return list(zip(words, words[1:], words[2:]))


def page_blocks(root: etree._Element) -> list[Block]:
    """The page's visible text, one block a line: a block element starts and ends a line,
    a <br> starts one. Walked with iterwalk: page trees nest deeper than Python recursion."""
    blocks: list[Block] = []
    pieces: list[str] = []
    link_chars = 0
    open_blocks: list[etree._Element] = [root]
    in_link = 0

    def add(text: str | None) -> None:
        nonlocal link_chars
        if text:
            pieces.append(text)
            if in_link:
                link_chars += len(text.strip())

    def end_line() -> None:
        nonlocal link_chars
        # Stripped before the runs of spaces are squeezed (the same text: \s is what
        # str.strip takes): most block edges close only the page's indentation.
        text = "".join(pieces).strip()
        if text:
            text = _SPACES.sub(" ", text)
            blocks.append(Block(text, open_blocks[-1], min(link_chars, len(text))))
        pieces.clear()
        link_chars = 0

    walker = etree.iterwalk(root, events=("start", "end", "comment", "pi"))
    for event, element in walker:
        if event in ("comment", "pi"):
            add(element.tail)
            continue
        tag = element.tag if isinstance(element.tag, str) else ""
        if event == "start":
            if tag in HIDDEN_TAGS:
                walker.skip_subtree()
                continue
            if tag in BLOCK_TAGS or tag == "br":
                end_line()
            if tag in BLOCK_TAGS:
                open_blocks.append(element)
            in_link += tag == "a"
            add(element.text)
        else:
            if tag in HIDDEN_TAGS:
                add(element.tail)
                continue
            in_link -= tag == "a"
            if tag in BLOCK_TAGS:
                end_line()
                if len(open_blocks) > 1:
                    open_blocks.pop()
            if element is not root:
                add(element.tail)
    end_line()
    return blocks


# ------------------------------------------------------------------------------ extractors


def _trafilatura(tree, html, url):
    return "\n".join(extracted_lines(tree, url))


def _resiliparse(tree, html, url):
    from resiliparse.extract.html2text import extract_plain_text

    return extract_plain_text(html, main_content=True)


def _justext(tree, html, url):
    from justext.core import ParagraphMaker, classify_paragraphs, preprocessor, revise_paragraph_classification

    # justext.justext's steps on the parsed page (its preprocessor works on a copy), with
    # trafilatura's settings (external.try_justext) over every language's stop words.
    paragraphs = ParagraphMaker.make_paragraphs(preprocessor(tree))
    classify_paragraphs(paragraphs, _justext_stopwords(), 50, 150, 0.1, 0.2, 0.25, True)
    revise_paragraph_classification(paragraphs, 150)
    return "\n".join(p.text for p in paragraphs if not p.is_boilerplate)


@functools.lru_cache(maxsize=1)
def _justext_stopwords() -> frozenset[str]:
    from justext.utils import get_stoplist, get_stoplists

    return frozenset(word for language in get_stoplists() for word in get_stoplist(language))


def _readability(tree, html, url):
    from readability import Document

    return lxml.html.fromstring(Document(html).summary()).text_content()


def _trafilatura_precision(tree, html, url):
    import trafilatura

    return trafilatura.extract(tree, url=url, favor_precision=True, include_comments=False) or ""


# Every candidate voter, run(tree, serialised page, url) -> text: the html-model cache keeps
# all their outputs, so that each can be weighed on the dev split (docs/model.md).
EXTRACTOR_RUNS = {
    "trafilatura": _trafilatura,
    "trafilatura_precision": _trafilatura_precision,
    "readability": _readability,
    "justext": _justext,
    "resiliparse": _resiliparse,
}


def run_extractors(tree: etree._Element, url: str | None,
                   names: tuple[str, ...] = EXTRACTORS) -> tuple[dict[str, str | None], dict[str, str]]:
    """(extractor -> its text, None when it failed), (extractor -> why it failed)."""
    html = lxml.html.tostring(tree, encoding="unicode")
    outputs: dict[str, str | None] = {}
    failures: dict[str, str] = {}
    for name in names:
        outputs[name], why = guarded(lambda: EXTRACTOR_RUNS[name](tree, html, url), html_layer.EXTRACTOR_SECONDS)
        if why:
            failures[name] = why
    return outputs, failures


def block_votes(blocks: list[Block], outputs: dict[str, str | None],
                names: tuple[str, ...] = EXTRACTORS) -> np.ndarray:
    """votes[i, j]: the share of block i's text that extractor j kept (NaN: no output)."""
    votes = np.full((len(blocks), len(names)), np.nan, dtype=np.float32)
    for j, name in enumerate(names):
        output = outputs.get(name)
        if output is None:
            continue
        words = tokens(output)
        trigrams = set(zip(words, words[1:], words[2:]))
        squeezed = " " + " ".join(words) + " "
        for i, block in enumerate(blocks):
            mine = block.trigrams
            if mine:
                votes[i, j] = sum(map(trigrams.__contains__, mine)) / len(mine)
            else:
                short = block.words  # under three words: the whole block, as a phrase
                votes[i, j] = float(bool(short) and f" {' '.join(short)} " in squeezed)
    return votes


# ------------------------------------------------------------------------------- features


def block_features(blocks: list[Block], votes: np.ndarray, title: str | None) -> np.ndarray:
    """One row of FEATURES a block."""
    n = len(blocks)
    x = np.zeros((n, len(FEATURES)), dtype=np.float32)
    if not n:
        return x
    k = len(EXTRACTORS)
    x[:, 0:k] = votes
    # The votes of the block and the two before and after it: runs of kept text.
    valid = ~np.isnan(votes)
    sums = np.vstack([np.zeros((1, k)), np.cumsum(np.where(valid, votes, 0), axis=0)])
    counts = np.vstack([np.zeros((1, k)), np.cumsum(valid, axis=0)])
    low, high = np.maximum(np.arange(n) - 2, 0), np.minimum(np.arange(n) + 3, n)
    x[:, k:2 * k] = _ratio(sums[high] - sums[low], counts[high] - counts[low])
    lengths = np.array([len(b.text) for b in blocks], dtype=np.float64)
    total = float(lengths.sum()) or 1.0
    kept = np.where(valid, votes, 0).T @ lengths / total
    kept[~valid.any(axis=0)] = np.nan
    x[:, 2 * k:3 * k] = kept
    x[:, _INDEX["votes_mean"]] = _ratio(np.where(valid, votes, 0).sum(axis=1), valid.sum(axis=1))
    title_words = set(tokens(title or ""))
    x[:, _INDEX["repeats_before"]], x[:, _INDEX["repeats_after"]] = _repeats(blocks)
    ancestry = _Ancestry()
    lineage = [ancestry.of(block.element) for block in blocks]
    under = _text_under(blocks, ancestry)
    inside = _in_containers(blocks, votes, ancestry)
    x[:, _INDEX[f"in_container_{EXTRACTORS[0]}"]:_INDEX[f"in_container_{EXTRACTORS[-1]}"] + 1] = inside
    x[:, _INDEX[f"container_side_{EXTRACTORS[0]}"]:_INDEX[f"container_side_{EXTRACTORS[-1]}"] + 1] = (
        _container_sides(inside))
    x[:, _INDEX["parent_link_density"]:_INDEX["signature_blocks_log"] + 1] = _surroundings(blocks, ancestry)
    shapes: dict[etree._Element, tuple[Counter, int]] = {}
    heading_at, h1_at, before = -_FAR, None, 0.0
    rows = x.tolist()  # a list's items are set at a fraction of the cost of an array's
    for i, block in enumerate(blocks):
        row = rows[i]
        text = block.text
        words = block.words
        element = block.element
        row[_INDEX["tokens_log"]] = math.log1p(len(words))
        row[_INDEX["chars_log"]] = math.log1p(len(text))
        row[_INDEX["link_density"]] = block.link_chars / len(text)
        row[_INDEX["punctuation"]] = len(_PUNCTUATION.findall(text)) / len(text)
        row[_INDEX["digits"]] = len(_DIGIT.findall(text)) / len(text)
        row[_INDEX["sentence_end"]] = bool(_SENTENCE_END.search(text))
        row[_INDEX["starts_upper"]] = text[0].isupper()
        row[_INDEX["pipes"]] = text.count("|") + text.count("•") + text.count("·")
        row[_INDEX["title_overlap"]] = (len(set(words) & title_words) / len(set(words))
                                        if words and title_words else 0.0)
        parent = element.getparent()
        grandparent = parent.getparent() if parent is not None else None
        row[_INDEX["tag"]] = _tag_code(element)
        row[_INDEX["parent_tag"]] = _tag_code(parent)
        row[_INDEX["grandparent_tag"]] = _tag_code(grandparent)
        depth, nearest = lineage[i]
        row[_INDEX["depth"]] = depth
        level = HEADINGS.get(element.tag if isinstance(element.tag, str) else "", 0)
        row[_INDEX["heading_level"]] = level
        if level:
            heading_at = i
            if level == 1 and h1_at is None:
                h1_at = i
        row[_INDEX["blocks_since_heading"]] = min(i - heading_at, _FAR)
        row[_INDEX["blocks_from_h1"]] = i - h1_at if h1_at is not None else -_FAR
        row[_INDEX["position"]] = i / n
        row[_INDEX["char_position"]] = before / total
        before += len(text)
        same, siblings = _same_siblings(element, shapes)
        row[_INDEX["same_siblings_log"]] = math.log1p(same)
        row[_INDEX["same_siblings_share"]] = same / siblings if siblings else 0.0
        row[_INDEX["blocks_log"]] = math.log1p(n)
        row[_INDEX["page_chars_log"]] = math.log1p(total)
        for found, column, share_column in zip(nearest, _GROUP_COLUMNS, _SHARE_COLUMNS):
            if found is None:
                row[column] = _FAR
            else:
                row[column] = min(depth - found[1], _FAR)
                row[share_column] = under.get(found[0], 0) / total
    return np.array(rows, dtype=np.float32)


def _repeats(blocks: list[Block]) -> tuple[np.ndarray, np.ndarray]:
    """Per block, the share of its trigrams of `tokens()` units (words of four letters or
    more, CJK character pairs; all of them under three) that another block above it, and one
    below it, also has: a page that prints its article a second time (a print copy, a blog's
    archive view) or its headline over its own copy. A block with no such word repeats nothing."""
    grams = [set(block.trigrams) if block.trigrams else {tuple(block.words)} if block.words else set()
             for block in blocks]
    # Each trigram's first and last block: a block's trigram is seen above it unless the
    # block is its first, below it unless the block is its last (dict updates, not a loop
    # over trigrams in Python: this runs on every page of the default path).
    first: dict[tuple, int] = {}
    last: dict[tuple, int] = {}
    for i in range(len(grams) - 1, -1, -1):
        first.update(dict.fromkeys(grams[i], i))
    for i, mine in enumerate(grams):
        last.update(dict.fromkeys(mine, i))
    before = np.zeros(len(blocks), dtype=np.float32)
    after = np.zeros(len(blocks), dtype=np.float32)
    for i, mine in enumerate(grams):
        if mine:
            before[i] = 1 - list(map(first.__getitem__, mine)).count(i) / len(mine)
            after[i] = 1 - list(map(last.__getitem__, mine)).count(i) / len(mine)
    return before, after


def _ratio(sums: np.ndarray, counts: np.ndarray) -> np.ndarray:
    """sums / counts, NaN where the count is 0 (no extractor voted)."""
    with np.errstate(invalid="ignore", divide="ignore"):
        return np.where(counts > 0, sums / np.maximum(counts, 1), np.nan)


def _tag_code(element) -> int:
    if element is None or not isinstance(element.tag, str):
        return 0
    return TAG_CODES.get(element.tag, 0)


def _text_under(blocks: list[Block], ancestry: _Ancestry) -> dict[etree._Element, int]:
    """Characters of block text under each element above a block (one pass over those
    elements, children before parents: page trees nest too deep to walk each block's
    ancestors); `ancestry` has seen every block."""
    under: dict[etree._Element, int] = {}
    for block in blocks:
        under[block.element] = under.get(block.element, 0) + len(block.text)
    for element, parent in ancestry.upward():
        chars = under.get(element)
        if chars and parent is not None:
            under[parent] = under.get(parent, 0) + chars
    return under


def _container_sides(inside: np.ndarray) -> np.ndarray:
    """sides[i, j]: -1 when block i comes before the first block in extractor j's container,
    1 after its last, else 0; NaN where `inside` is (no output)."""
    sides = np.zeros(inside.shape, dtype=np.float32)
    order = np.arange(len(inside))
    for j in range(inside.shape[1]):
        within = np.flatnonzero(inside[:, j] == 1)
        if np.isnan(inside[:, j]).all():
            sides[:, j] = np.nan
        elif len(within):
            sides[:, j] = np.where(order < within[0], -1, np.where(order > within[-1], 1, 0))
    return sides


def _surroundings(blocks: list[Block], ancestry: _Ancestry) -> np.ndarray:
    """Per block (the columns parent_link_density .. signature_blocks_log): link share under
    its parent and grandparent, the grandparent's share of mostly-link blocks, and the page's count of blocks with its signature (log). `ancestry` has seen every
    block; one pass over the elements above the blocks, children before parents."""
    totals: dict[etree._Element, list] = {}  # element -> [chars, link chars, blocks, linked blocks]
    for block in blocks:
        own = totals.setdefault(block.element, [0, 0, 0, 0])
        own[0] += len(block.text)
        own[1] += block.link_chars
        own[2] += 1
        own[3] += block.link_chars * 2 >= len(block.text)
    for element, parent in ancestry.upward():
        counts = totals.get(element)
        if counts is not None and parent is not None:
            above = totals.setdefault(parent, [0, 0, 0, 0])
            for k in range(4):
                above[k] += counts[k]
    block_signatures = [_page_signature(block.element) for block in blocks]
    signatures = Counter(block_signatures)
    rows = np.zeros((len(blocks), 4), dtype=np.float32)
    for i, block in enumerate(blocks):
        parent = block.element.getparent()
        grandparent = parent.getparent() if parent is not None else None
        for k, element in enumerate((parent, grandparent)):
            chars, links, count, linked = totals.get(element, _NOTHING)
            rows[i, k] = links / chars if chars else 0.0
        rows[i, 2] = linked / count if count else 0.0
        rows[i, 3] = math.log1p(signatures[block_signatures[i]] - 1)
    return rows


_NOTHING = (0, 0, 0, 0)


def _page_signature(element) -> tuple:
    parent = element.getparent()
    return (*_signature(element), *(_signature(parent) if parent is not None else ()))


def _in_containers(blocks: list[Block], votes: np.ndarray, ancestry: _Ancestry) -> np.ndarray:
    """inside[i, j]: 1 when block i lies in extractor j's article container (see FEATURES), NaN
    when the extractor gave no output; `ancestry` has seen every block."""
    inside = np.zeros(votes.shape, dtype=np.float32)
    upward = ancestry.upward()
    for j in range(votes.shape[1]):
        if np.isnan(votes[:, j]).all():
            inside[:, j] = np.nan
            continue
        kept: dict[etree._Element, int] = {}
        for block, vote in zip(blocks, votes[:, j]):
            if vote >= 0.5:
                kept[block.element] = kept.get(block.element, 0) + len(block.text)
        total = sum(kept.values())
        if not total:
            continue
        for element, parent in upward:
            chars = kept.get(element)
            if chars and parent is not None:
                kept[parent] = kept.get(parent, 0) + chars
        container = max((element for element, chars in kept.items() if chars >= CONTAINER_SHARE * total),
                        key=ancestry.depth)
        within = {container: True}
        for element, parent in reversed(upward):  # parents before their children
            within[element] = element is container or within.get(parent, False)
        inside[:, j] = [within.get(block.element, False) for block in blocks]
    return inside


def _signature(element) -> tuple:
    return (element.tag, element.get("class"))


def _same_siblings(element, shapes: dict) -> tuple[int, int]:
    """How many siblings share the element's tag and class, out of how many siblings;
    `shapes` keeps each parent's count of its children's signatures and their total (a list
    page has hundreds of siblings a parent, each a block)."""
    parent = element.getparent()
    if parent is None:
        return 0, 0
    if parent not in shapes:
        counts = Counter(_signature(child) for child in parent if isinstance(child.tag, str))
        shapes[parent] = counts, counts.total()
    counts, children = shapes[parent]
    return counts[_signature(element)] - 1, children - 1


class _Ancestry:
    """Per element: its depth and, per landmark tag and class group (GROUPS), the nearest
    element at or above it that is one, with that element's depth (None: none); memoised,
    since a page's blocks share their ancestors. An element that is none of them shares its
    parent's tuple, so a deep page costs a tuple a landmark, not a dict an element."""

    def __init__(self):
        self._memo: dict[etree._Element, tuple[int, tuple]] = {}
        self._parents: dict[etree._Element, etree._Element | None] = {}

    def of(self, element) -> tuple[int, tuple]:
        chain = []
        node = element
        while node is not None and node not in self._memo:
            chain.append(node)
            node = node.getparent()
        info = self._memo[node] if node is not None else (-1, (None,) * len(GROUPS))
        for child, parent in zip(chain, [*chain[1:], node]):
            self._parents[child] = parent
        for node in reversed(chain):
            info = self._own(node, info)
            self._memo[node] = info
        return info

    def depth(self, element) -> int:
        return self._memo[element][0]

    def upward(self) -> list[tuple[etree._Element, etree._Element | None]]:
        """(element, its parent) for every element seen, the deepest first."""
        return sorted(self._parents.items(), key=lambda pair: -self._memo[pair[0]][0])

    @staticmethod
    def _own(node, parent_info: tuple[int, tuple]) -> tuple[int, tuple]:
        depth, nearest = parent_info[0] + 1, parent_info[1]
        hits = []
        if isinstance(node.tag, str) and node.tag in _LANDMARK_INDEX:
            hits.append(_LANDMARK_INDEX[node.tag])
        words = " ".join(filter(None, (node.get("class"), node.get("id"), node.get("itemprop"),
                                       node.get("role")))).lower()
        if words:
            hits += _class_hits(words)
        if hits:
            nearest = list(nearest)
            for i in hits:
                nearest[i] = (node, depth)
            nearest = tuple(nearest)
        return depth, nearest


@functools.lru_cache(maxsize=4096)
def _class_hits(words: str) -> tuple[int, ...]:
    """The GROUPS indexes of the class groups the words of a class / id / itemprop / role
    value name; cached, since a page repeats its few class values over many elements (a
    tuple: the cached value is shared by every caller)."""
    return tuple(len(LANDMARKS) + k for k, pattern in enumerate(_CLASS_PATTERNS.values()) if pattern.search(words))


# ---------------------------------------------------------------------------- the decision


@dataclass(frozen=True)
class BlockModel:
    booster: object  # lightgbm.Booster
    threshold: float


@functools.lru_cache(maxsize=1)
def shipped_model() -> BlockModel:
    booster, card = verified_booster(resources.files("cleaner") / "models", MODEL_RESOURCE, MODEL_CARD_RESOURCE,
                                     REBUILD)
    return load_model(booster, card)


REBUILD = "reinstall cleaner or rebuild the model with `python -m cleaner.train html-model`"


def load_model(booster, card: dict) -> BlockModel:
    """The booster and its card; a card written for other features is refused."""
    if tuple(card["features"]) != FEATURES:
        raise ModelError(f"{MODEL_CARD_RESOURCE}: the model was trained on other features; {REBUILD}")
    return BlockModel(booster, float(card["threshold"]))


@dataclass
class Decision:
    keep: list[bool]
    reasons: dict[int, str]  # block index -> why it was dropped


def decide(x: np.ndarray, model: BlockModel | None = None, explain: bool = False,
           explain_top: int = 3) -> Decision:
    """Keep a block when the model's probability reaches the threshold. A dropped block's
    reason gives the probability and the votes; with explain, also the features that pushed
    it down most (their SHAP contributions: as costly as the rest of the page)."""
    model = model or shipped_model()
    if not len(x):
        return Decision([], {})
    probability = model.booster.predict(x, num_threads=1)  # a page is too small to share out
    keep = [bool(p >= model.threshold) for p in probability]
    dropped = [i for i, k in enumerate(keep) if not k]
    reasons = {}
    contributions = (model.booster.predict(x[dropped], pred_contrib=True, num_threads=1)
                     if dropped and explain else [None] * len(dropped))
    for row, i in zip(contributions, dropped):
        reasons[i] = _reason(x[i], row, probability[i], model.threshold, explain_top)
    return Decision(keep, reasons)


def _reason(values: np.ndarray, contributions: np.ndarray | None, probability: float, threshold: float,
            top: int) -> str:
    votes = ", ".join(f"{name} {_vote(values[j])}" for j, name in enumerate(EXTRACTORS))
    reason = f"block classifier: p(article)={probability:.2f} < {threshold:.2f}; votes: {votes}"
    if contributions is None:
        return reason
    pushes = sorted(range(len(FEATURES)), key=lambda j: contributions[j])[:top]
    why = "; ".join(f"{FEATURES[j]}={_value(FEATURES[j], values[j])} ({contributions[j]:+.2f})"
                    for j in pushes if contributions[j] < 0)
    return f"{reason}; dropped most by {why or 'no single feature'}"


def _vote(value: float) -> str:
    return "failed" if math.isnan(value) else f"{value:.0%}"


def _value(name: str, value: float) -> str:
    if math.isnan(value):
        return "n/a"
    if name in ("tag", "parent_tag", "grandparent_tag"):
        return _TAG_NAMES.get(int(value), "other")
    if name.endswith("_share"):
        return f"{value:.0%}"
    if name.startswith(("landmark_", "class_")):
        return "none above" if value >= _FAR else f"{int(value)} up"
    return f"{value:.2f}".rstrip("0").rstrip(".") if value % 1 else str(int(value))


_TAG_NAMES = {code: tag for tag, code in TAG_CODES.items()}
