"""HTML in, cleaned article out: a block classifier over several extractors' votes finds the
article, the text engine finishes.

    from cleaner import clean_html
    result = clean_html(page_bytes, url="https://example.com/a/1")
    result = clean_html(page_bytes, fast=True)  # trafilatura's main block alone

The page is decoded (BOM, then UTF-8, then the charset the HTTP header or the page declares,
then charset-normalizer), parsed once with lxml and stripped of the parts the site's rule file
names in `remove_selectors`. By default its visible text is cut into blocks, one a line, and
the block classifier (cleaner.html_blocks) drops the ones that are no article; with fast=True
trafilatura's main block is taken instead, written one block a line (every paragraph,
heading, list item, quote and table cell on its own line, a <br> starts a new line, no list
markers). Either way the lines are cleaned by the same engine and rules as a text scrape. The
result's line numbers are lines of that text (see `extract_page`).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

import lxml.html
import trafilatura
from lxml import etree

from cleaner.engine import NO_ARTICLE, clean
from cleaner.io.readers import declared_charset, decode_document
from cleaner.limits import guarded
from cleaner.model import KeptLine, Removal, Result, repair_surrogates
from cleaner.normalize import normalize
from cleaner.rules import RuleSet, SiteRules, default_rules

# Chosen by bench/eval_html.py (mean shingle F1 of clean_html on the 88 dev pages, with
# --mode): favor_recall 0.946, default 0.936, favor_precision 0.934, since the text rules
# take out what recall lets through while what precision drops is lost for good. Tables
# off: 0.942. Comments go to a tree of their own that is never read here, so extracting
# them is wasted time. deduplicate (no change in F1) is left off: its cache spans documents,
# which would make a page's output depend on the pages cleaned before it.
EXTRACTION_SETTINGS = {"favor_recall": True, "include_comments": False, "include_tables": True}

# Less extracted text than this is no article block: trafilatura's own threshold
# (min_extracted_size), below which its default mode goes on to look for a better one.
MIN_ARTICLE_CHARS = int(trafilatura.settings.DEFAULT_CONFIG["DEFAULT"]["MIN_EXTRACTED_SIZE"])

# The headline is searched for among this many first extracted lines before it is added.
HEADLINE_WINDOW = 3

# trafilatura's own extract(with_metadata=True) runs the metadata step without htmldate's
# extensive search (it passes fast=False as `extensive`); the same here keeps the cost equal.
_EXTENSIVE_DATE_SEARCH = False

# Elements of trafilatura's output tree that make a line of their own.
_EXTRACTED_BLOCKS = frozenset(
    {"body", "doc", "main", "div", "p", "head", "list", "item", "quote", "code", "table", "row",
     "cell", "graphic"}
)
# ... unless they sit in running text: trafilatura writes a <pre> block and an inline <code>
# alike.
_EXTRACTED_INLINE_IN_TEXT = frozenset({"code"})
# HTML elements a browser lays out as blocks: each starts and ends a line of the full text.
HTML_BLOCKS = frozenset(
    {"address", "article", "aside", "blockquote", "body", "caption", "dd", "details", "dialog",
     "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3",
     "h4", "h5", "h6", "header", "hgroup", "hr", "li", "main", "menu", "nav", "ol", "p", "pre",
     "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul"}
)
# Never shown as text by a browser.
HTML_HIDDEN = frozenset(
    {"head", "script", "style", "noscript", "template", "svg", "math", "iframe", "object",
     "canvas", "select", "button"}
)

# Beyond this much CPU time an extractor on a page is given up on: the default path loses
# its vote, the --fast path falls back to the page's full text.
EXTRACTOR_SECONDS = 5.0

EXTRACTION_FALLBACK = "extraction_fallback"
EXTRACTOR_FAILED = "extractor_failed"
CLASSIFIER_FALLBACK = "classifier_fallback"
HTML_LIMITS = "html_limits"
METADATA_FAILED = "metadata_failed"

# libxml2's safety limits, which cut a page short in silence: without huge_tree, elements
# deeper than 255 and text nodes of 10 MB or more; with it, elements deeper than 2048.
_SAFE_DEPTH = 255
_HUGE_TEXT_CHARS = 10_000_000
_HUGE_DEPTH = 2048
# Wrapper elements are unwrapped until the page nests at most this deep, which leaves the
# article's own structure room below.
FLATTEN_DEPTH = 1024
# libxml2 checks each attribute against all the earlier ones of its element: a start tag
# longer than this (some 10,000 attributes) loses its attributes, or one tag takes hours.
MAX_TAG_CHARS = 32_768
# The name possessive: backtracking into it (a name of k letters tried again k times over the
# whole tag) made this search cost as much as the page's parse.
_LONG_TAG = re.compile(r"<([A-Za-z][A-Za-z0-9:-]*+)[^<>]{%d,}>" % MAX_TAG_CHARS)
_TAG = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9:-]*)[^<>]*>\s*")
_VOID = frozenset({"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta",
                   "param", "source", "track", "wbr"})
_HUGE_PARSER = lxml.html.HTMLParser(collect_ids=False, default_doctype=False, remove_comments=True,
                                    remove_pis=True, huge_tree=True)


@dataclass(frozen=True)
class ExtractedPage:
    """What the HTML layer hands the text engine."""

    text: str  # the article block, one block a line
    url: str | None  # picks the site rules: the given URL, else the page's canonical / og:url
    metadata: dict = field(default_factory=dict)  # from the page's markup
    flags: dict[str, str] = field(default_factory=dict)
    # The default (block classifier) path: text holds every block of the page, these (0-based line -> why) are
    # the ones the block classifier dropped; the text engine sees the others.
    dropped: dict[int, str] = field(default_factory=dict)


def clean_html(
    html: str | bytes,
    url: str | None = None,
    *,
    rules: RuleSet | None = None,
    charset: str | None = None,
    fast: bool = False,
) -> Result:
    """Keep the lead article of one HTML page; say why every other line of it went.

    `charset` is the one the transport declared (HTTP Content-Type); it outranks the page's
    own <meta> declaration, as in a browser. A str is used as it is, but for its lone
    surrogates (replaced by U+FFFD and flagged, as clean() does). fast=True takes
    trafilatura's main block instead of the block classifier's (see extract_page): about
    0.6x the CPU time, and less accurate on both the unseen test sites and the multilingual
    dev pages (README, "HTML input").
    """
    rules = rules or default_rules()
    return clean_page(extract_page(html, url, rules=rules, charset=charset, fast=fast), rules)


def clean_page(page: ExtractedPage, rules: RuleSet) -> Result:
    """Run the text engine on an extracted page and merge in what the page's markup said."""
    # A fallback page is the whole page's text: the layout heuristics are what cleans it.
    extracted = EXTRACTION_FALLBACK not in page.flags
    if page.dropped:
        result = _clean_kept_blocks(page, rules)
    else:
        result = clean(page.text, page.url, rules=rules, extracted=extracted)
    # The page's markup wins over what the text engine read from the lines: a <meta>
    # date or title is machine-written, a dateline in the text is not.
    result.metadata = {**result.metadata, **page.metadata}
    result.flags.update(page.flags)  # the extractor's own no_article reason outranks the engine's
    return result


def extract_page(
    html: str | bytes,
    url: str | None = None,
    *,
    rules: RuleSet | None = None,
    charset: str | None = None,
    fast: bool = False,
    explain: bool = False,
) -> ExtractedPage:
    """Decode, parse, drop the site's remove_selectors, find the article's blocks.

    By default the page is cut into blocks, several extractors vote on them and the block
    classifier drops blocks (cleaner.html_blocks): the text is every block, one a line, and
    `dropped` says which ones went and why. With fast=True the text is trafilatura's main
    block, one block a line. An extractor that raises or runs past EXTRACTOR_SECONDS of CPU
    time costs its vote only (with fast=True: the page falls back to its full text), and the
    page is flagged `extractor_failed`. A dropped block's reason
    gives the model's probability and the votes; with explain=True also the features that
    pushed it down most (their SHAP values, which cost as much as the rest of the page).

    When no article block is found (or one under MIN_ARTICLE_CHARS), the text is the
    page's full visible text and the page is flagged `extraction_fallback`: the text engine
    then has the whole page to cut. Bytes that are no text raise readers.DocumentError.
    """
    rules = rules or default_rules()
    if isinstance(html, bytes):
        decoding = decode_document(html, charset or declared_charset(html))
        html, flags = decoding.text, decoding.flags()
    else:
        html, flags = repair_surrogates(html)
    tree, metadata, rules_url, parse_flags = _prepared(html, url, rules)
    flags.update(parse_flags)
    if tree is None:
        return ExtractedPage("", url, {}, {NO_ARTICLE: "an empty document", **flags})
    if not fast:
        return _classified_page(tree, rules_url, metadata, flags, explain)
    lines, why = guarded(lambda: extracted_lines(tree, rules_url), EXTRACTOR_SECONDS)
    if why:
        flags[EXTRACTOR_FAILED] = f"trafilatura: {why}"
    if sum(map(len, lines or ())) < MIN_ARTICLE_CHARS:
        lines = block_lines(tree, HTML_BLOCKS, "br", HTML_HIDDEN)
        found = "failed" if why else f"found no article block of {MIN_ARTICLE_CHARS}+ characters"
        flags[EXTRACTION_FALLBACK] = f"trafilatura {found}; this is the page's full visible text, cleaned"
    else:
        lines = _with_headline(lines, _headline(tree, metadata.get("title")))
    return ExtractedPage("\n".join(lines), rules_url, metadata, flags)


BLOCK_RULE_ID = "html.block_classifier"


def _classified_page(tree: etree._Element, url: str | None, metadata: dict, flags: dict,
                     explain: bool) -> ExtractedPage:
    from cleaner import html_blocks  # numpy and lightgbm: not on the fast path

    blocks = html_blocks.page_blocks(tree)
    outputs, failures = html_blocks.run_extractors(tree, url)
    if failures:
        flags[EXTRACTOR_FAILED] = "; ".join(f"{name}: {why}" for name, why in failures.items()) + (
            "; the block classifier decided on the other extractors' votes")
    votes = html_blocks.block_votes(blocks, outputs)
    decision = html_blocks.decide(html_blocks.block_features(blocks, votes, metadata.get("title")),
                                  explain=explain)
    lines = [block.text for block in blocks]
    kept_chars = sum(len(line) for line, keep in zip(lines, decision.keep) if keep)
    headline = _headline(tree, metadata.get("title"))
    if kept_chars < MIN_ARTICLE_CHARS:
        return _unclassified_page(lines, outputs.get("trafilatura"), headline, url, metadata, flags)
    dropped = dict(decision.reasons)
    for index, line in enumerate(lines):  # the labelling guide keeps the headline
        if headline and line == headline:
            dropped.pop(index, None)
            break
    return ExtractedPage("\n".join(lines), url, metadata, flags, dropped)


def _unclassified_page(lines: list[str], trafilatura_text: str | None, headline: str | None, url: str | None,
                       metadata: dict, flags: dict) -> ExtractedPage:
    """A page on which the block classifier kept too little: trafilatura's main block (the
    --fast path's text, already extracted for its vote) when it found one, else the page's
    full text for the layout heuristics. On the dev split's three such pages the full text
    scored 0.04 mean shingle F1, trafilatura's block 0.50."""
    extracted = trafilatura_text.split("\n") if trafilatura_text else []
    if sum(map(len, extracted)) >= MIN_ARTICLE_CHARS:
        flags[CLASSIFIER_FALLBACK] = (
            f"the block classifier kept under {MIN_ARTICLE_CHARS} characters; "
            "this is trafilatura's main block, cleaned")
        return ExtractedPage("\n".join(_with_headline(extracted, headline)), url, metadata, flags)
    flags[EXTRACTION_FALLBACK] = (
        f"the block classifier kept under {MIN_ARTICLE_CHARS} characters; "
        "this is the page's full visible text, cleaned")
    return ExtractedPage("\n".join(lines), url, metadata, flags)


def _clean_kept_blocks(page: ExtractedPage, rules: RuleSet) -> Result:
    """The text engine on the blocks the classifier kept, its line numbers turned back into
    the page's, and one removal a dropped block with the classifier's reason.

    The kept blocks are extracted text (a page with dropped blocks is never a fallback page),
    so the learned line layer, which reads raw layouts, stays off and gives nothing back."""
    lines = page.text.split("\n")
    numbers = [n for n in range(1, len(lines) + 1) if n - 1 not in page.dropped]
    result = clean("\n".join(lines[n - 1] for n in numbers), page.url, rules=rules, extracted=True)
    result.kept = [KeptLine(numbers[line.number - 1], line.text) for line in result.kept]
    removals = [Removal(n + 1, n + 1, BLOCK_RULE_ID, reason, lines[n]) for n, reason in page.dropped.items()]
    for removal in result.removals:
        texts = removal.text.split("\n")
        run: list[int] = []
        for offset in range(removal.last_line - removal.first_line + 1):
            number = numbers[removal.first_line - 1 + offset]
            if run and number != run[-1] + 1:
                removals.append(_renumbered(removal, run, texts))
                texts = texts[len(run):]
                run = []
            run.append(number)
        removals.append(_renumbered(removal, run, texts))
    result.removals = sorted(removals, key=lambda removal: removal.first_line)
    return result


def _renumbered(removal: Removal, numbers: list[int], texts: list[str]) -> Removal:
    return Removal(numbers[0], numbers[-1], removal.rule_id, removal.reason, "\n".join(texts[:len(numbers)]))


def prepared_tree(html: str, url: str | None, rules: RuleSet
                  ) -> tuple[etree._Element | None, dict, str | None]:
    """(the parsed page without the site's remove_selectors, its metadata, the URL that picks
    the site rules): the start of both paths, and of the block model's training."""
    tree, metadata, rules_url, _ = _prepared(html, url, rules)
    return tree, metadata, rules_url


def _prepared(html: str, url: str | None, rules: RuleSet):
    tree, limited = _parse(html)
    flags = {HTML_LIMITS: limited} if limited else {}
    if tree is None:
        return None, {}, url, flags
    try:
        metadata = page_metadata(tree, url)
    except ValueError as error:
        # trafilatura's title search copies heading text into new nodes, and lxml refuses a
        # control character there ("<h1>\x1f</h1>"): the page goes on without metadata.
        metadata = {}
        flags[METADATA_FAILED] = f"trafilatura's metadata search failed ({error}); the page has no metadata"
    rules_url = url or metadata.get("url")
    # Without a URL, site fingerprints are searched in the page source.
    drop_selected(tree, rules.site_for(rules_url, html))
    return tree, metadata, rules_url, flags


def _parse(html: str) -> tuple[etree._Element | None, str]:
    """The page's tree, by trafilatura's loader (it mends what lxml chokes on), and what was
    done to get past lxml's limits ("" when nothing). A fragment or plain text, which that
    loader refuses as dubious, becomes a document of its own.

    A page that meets libxml2's limits, which would lose everything past them, is parsed
    again with huge_tree, its wrappers unwrapped below FLATTEN_DEPTH; start tags over
    MAX_TAG_CHARS lose their attributes first."""
    html, done = _drop_huge_attributes(html)
    tree = trafilatura.load_html(html)
    if tree is None and html.strip():
        try:
            tree = lxml.html.document_fromstring(html)
        except (etree.ParserError, ValueError):
            return None, done
    if tree is not None and (len(html) >= _HUGE_TEXT_CHARS or _deeper_than(tree, _SAFE_DEPTH - 1)):
        tree = lxml.html.document_fromstring(html, parser=_HUGE_PARSER)
        done += "; parsed with lxml's huge_tree (nesting past 255 or a text node of 10 MB)"
        if _deeper_than(tree, _HUGE_DEPTH - 1):
            html, unwrapped = _unwrapped(html)
            tree = lxml.html.document_fromstring(html, parser=_HUGE_PARSER)
            done += f"; {unwrapped} wrapper elements unwrapped (nesting past {_HUGE_DEPTH})"
    return tree, done.lstrip("; ")


def _deeper_than(tree: etree._Element, depth: int) -> bool:
    return bool(tree.xpath("boolean(" + "*/" * (depth - 1) + "*)"))


def _drop_huge_attributes(html: str) -> tuple[str, str]:
    dropped = 0

    def bare(match: re.Match) -> str:
        nonlocal dropped
        dropped += 1
        return f"<{match.group(1)}>"

    html = _LONG_TAG.sub(bare, html)
    return html, (f"; the attributes of {dropped} start tag(s) over {MAX_TAG_CHARS} characters "
                  "dropped" if dropped else "")


def _unwrapped(html: str) -> tuple[str, int]:
    """The page with wrapper tags (a start tag followed by nothing but another tag), and
    their end tags, dropped wherever the page nests deeper than FLATTEN_DEPTH."""
    pieces, start, dropped = [], 0, 0
    stack: list[tuple[str, bool]] = []  # open elements: (name, dropped)
    open_names: Counter[str] = Counter()
    kept = 0  # open elements not dropped: the depth the parser will see
    for match in _TAG.finditer(html):
        closing, name = match.group(1), match.group(2).lower()
        if name in _VOID or match.group(0).rstrip().endswith("/>"):
            continue
        if closing:
            if not open_names[name]:
                continue  # a stray end tag: the parser ignores it too
            while True:  # elements the page left open are closed by this end tag
                popped, drop = stack.pop()
                open_names[popped] -= 1
                kept -= not drop
                if popped == name:
                    break
        else:
            drop = kept >= FLATTEN_DEPTH and html.startswith("<", match.end())
            stack.append((name, drop))
            open_names[name] += 1
            kept += not drop
            dropped += drop
        if drop:
            pieces.append(html[start:match.start()])
            start = match.end()
    pieces.append(html[start:])
    return "".join(pieces), dropped


def page_metadata(tree: etree._Element, url: str | None) -> dict:
    """Title, date, author, tags, categories, canonical URL, site name, description, language.

    Empty fields are left out. `url` is the page's canonical / og:url, else the given URL.
    """
    document = trafilatura.extract_metadata(tree, url, extensive=_EXTENSIVE_DATE_SEARCH)
    found = {
        "title": document.title,
        "date": document.date,
        "author": document.author,
        "tags": document.tags,
        "categories": document.categories,
        "url": document.url,
        "sitename": document.sitename,
        "description": _with_zwnj(document.description, tree),
        "language": (tree.get("lang") or tree.get("{http://www.w3.org/XML/1998/namespace}lang")
                     or "").strip(),
    }
    return {key: value for key, value in found.items() if value}


def _with_zwnj(description: str | None, tree: etree._Element) -> str | None:
    """trafilatura's description as the page spells it: its clean-up drops the zero-width
    non-joiner that Persian words need (می‌خواهند, not میخواهند)."""
    if not description:
        return description
    for content in tree.xpath("//meta[@content]/@content"):
        spelled = " ".join(content.split())
        if "\u200c" in spelled and spelled.replace("\u200c", "") == description.replace("\u200c", ""):
            return spelled
    return description


def drop_selected(tree: etree._Element, sites: tuple[SiteRules, ...]) -> None:
    """Remove, in place, every element a site file's remove_selectors names (tails stay)."""
    for site in sites:
        for expression in site.remove_selectors:
            for element in tree.xpath(expression):
                if isinstance(element, etree._Element) and element.getparent() is not None:
                    element.drop_tree()


def extracted_lines(tree: etree._Element, url: str | None) -> list[str]:
    document = trafilatura.bare_extraction(tree, url=url, **EXTRACTION_SETTINGS)
    if document is None or document.body is None:
        return []
    return block_lines(document.body, _EXTRACTED_BLOCKS, "lb", newline_breaks=True,
                       one_line=frozenset({"code"}), inline_in_text=_EXTRACTED_INLINE_IN_TEXT)


def _headline(tree: etree._Element, title: str | None) -> str | None:
    """The page's <h1> when it is the article's title, as the page writes it."""
    if not title:
        return None
    wanted = _squeezed(title)
    for heading in tree.iter("h1"):
        text = " ".join(heading.text_content().split())
        found = _squeezed(text)
        if found and (found in wanted or wanted in found):
            return text
    return None


def _with_headline(lines: list[str], headline: str | None) -> list[str]:
    """The lines with the headline first: trafilatura leaves the <h1> out of the body when
    it repeats the page title, and the labelling guide keeps the headline."""
    if not headline or any(_squeezed(line) == _squeezed(headline) for line in lines[:HEADLINE_WINDOW]):
        return lines
    return [headline, *lines]


def _squeezed(text: str) -> str:
    # Titles and headings of one page differ in spaces and zero-width joiners.
    return "".join(normalize(text).split())


def block_lines(
    root: etree._Element,
    blocks: frozenset[str],
    line_break: str,
    hidden: frozenset[str] = frozenset(),
    *,
    newline_breaks: bool = False,
    one_line: frozenset[str] = frozenset(),
    inline_in_text: frozenset[str] = frozenset(),
) -> list[str]:
    """The text under root, one line per block element, white space collapsed, no empty lines.

    A `blocks` element starts and ends a line, unless it is an `inline_in_text` element with
    text beside it in its parent (a word in <code> inside a sentence stays in the sentence).
    A `line_break` element starts a line, the text of a `hidden` element is skipped. With newline_breaks a newline in the text ends a line too
    (trafilatura's own fallback writes its lines so), except inside a `one_line` element: a
    code block is one line, as a <pre> is in the gold files. Walked with iterwalk, not
    recursion: page trees can nest deeper than Python's recursion limit.
    """
    lines: list[str] = []
    pieces: list[str] = []
    verbatim = 0  # how many one_line elements the walk is inside

    def add(text: str | None) -> None:
        if text:
            pieces.append(text if newline_breaks and not verbatim else text.replace("\n", " "))

    def end_line() -> None:
        text = "".join(pieces)
        pieces.clear()
        for piece in text.split("\n"):
            line = " ".join(piece.split())
            if line:
                lines.append(line)

    walker = etree.iterwalk(root, events=("start", "end", "comment", "pi"))
    for event, element in walker:
        if event in ("comment", "pi"):
            add(element.tail)
            continue
        tag = element.tag
        block = tag in blocks and not (tag in inline_in_text and _in_running_text(element))
        if event == "start":
            if tag in hidden:
                walker.skip_subtree()  # its "end" event still comes, with the tail
                continue
            if block or tag == line_break:
                end_line()
            verbatim += tag in one_line
            add(element.text)
        else:
            verbatim -= tag in one_line
            if block:
                end_line()
            if element is not root:
                add(element.tail)
    end_line()
    return lines


def _in_running_text(element: etree._Element) -> bool:
    """Whether the element's parent has text of its own beside its children."""
    parent = element.getparent()
    if parent is None:
        return False
    return bool((parent.text or "").strip()) or any((child.tail or "").strip() for child in parent)
