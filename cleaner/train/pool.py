"""Articles to compose synthetic pages from, grouped by split and language.

Arabic and Persian come from articles/ (title and text, one paragraph a line; articles
flagged inline_promo are skipped, their "clean" text holds a real promo line). Other
languages come from the gold texts of the HTML pages (first line the title, the rest its
paragraphs) and from the longest run of kept lines of a Turku text-quality document (fr,
es, fi, sv have no HTML gold). Each article carries the split of its source, its page or
its line set.
"""

from __future__ import annotations

import itertools
import re
from collections import defaultdict
from pathlib import Path

import dateutil.parser

from cleaner.language import is_prose
from cleaner.train.compose import Article
from cleaner.train.corpus import article_sources, html_pages, line_sets, read_articles
from cleaner.train.lines import read_line_set
from cleaner.train.split import ARTICLE_SITES, Split

PER_SOURCE = 150  # articles read from each articles/ source and each line set
PER_GROUP = 300  # at most this many articles of one split and language
MIN_PARAGRAPHS = 2
MAX_TITLE = 200

Pool = dict[tuple[str, str], list[Article]]  # (split, lang) -> articles


def article_pool(root: Path, split: Split) -> Pool:
    pool: Pool = defaultdict(list)
    for where, article in itertools.chain(_from_articles(root, split), _from_gold(root, split),
                                          _from_lines(root, split)):
        group = pool[(where, article.lang)]
        if len(group) < PER_GROUP:
            group.append(article)
    return dict(pool)


def _usable(title: str, paragraphs: list[str]) -> bool:
    return 0 < len(title) <= MAX_TITLE and len(paragraphs) >= MIN_PARAGRAPHS


def _from_articles(root: Path, split: Split):
    for source in article_sources(root):
        where, lang = split.of_article_source(source), source.split("-", 1)[0]
        taken = 0
        for record in read_articles(root, source):
            if taken == PER_SOURCE:
                break
            paragraphs = [p.strip() for p in record["text"].splitlines() if p.strip()]
            title = (record.get("title") or "").strip()
            if record.get("inline_promo") or not _usable(title, paragraphs):
                continue
            taken += 1
            yield where, Article(f"articles/{source}/{record['id']}", lang, ARTICLE_SITES.get(source), title,
                                 tuple(paragraphs))


def _from_gold(root: Path, split: Split):
    for page in html_pages(root, ("big9", "dragnet", "htmltotext")):
        where = split.of_page(page)
        if where is None:
            continue
        title, *paragraphs = _without_date_lines([line.strip() for line in page.read_gold().splitlines()
                                                  if line.strip()]) or [""]
        paragraphs = _without_header_lines(paragraphs)
        if _usable(title, paragraphs):
            yield where, Article(f"html/{page.key}", page.lang, page.site, title, tuple(paragraphs))


def _without_header_lines(paragraphs: list[str]) -> list[str]:
    """The paragraphs from the first prose one on. Dragnet's gold keeps a byline or a date
    line under the title now and then ("By ABC NEWS", "July 24, 2012", "Posted by timothy
    on ..."); ../shared/LABELLING.md drops them, and the composer adds its own, labelled
    drop. Which short line there is a byline and which a deck is not known, so none of them
    goes on the page (a lead keeps its title and its paragraphs from the first prose one)."""
    first = next((n for n, paragraph in enumerate(paragraphs) if is_prose(paragraph)), len(paragraphs))
    return paragraphs[first:]


def _without_date_lines(lines: list[str]) -> list[str]:
    """The gold's lines from the first one that is not a date ("Wednesday, October 10th,
    2012"): Dragnet's gold opens with the page's date now and then, which LABELLING.md drops
    and which would be the lead's title (its first line)."""
    first = next((n for n, line in enumerate(lines) if not _is_date(line)), len(lines))
    return lines[first:]


def _is_date(line: str) -> bool:
    try:
        dateutil.parser.parse(line)
    except (ValueError, OverflowError):
        return False
    return True


def _from_lines(root: Path, split: Split):
    for name in line_sets(root):
        if not name.startswith("turku_tqa-"):
            continue
        where = split.of_line_set(name)
        for document in itertools.islice(read_line_set(root / "lines" / f"{name}.jsonl"), PER_SOURCE):
            title, *paragraphs = _longest_kept_run(document.lines, document.keep) or [""]
            paragraphs = _without_header_lines(paragraphs)
            if _usable(title, paragraphs) and _reads_as_title(title):
                yield where, Article(f"lines/{name}/{document.id}", document.lang, None, title, tuple(paragraphs))


# A Turku document has no title: its run's first line stands in for one only when it reads
# as a headline. Its label is text quality, so the first line is as often a sentence, a
# forum post's stamp ("#304 Le 18/05/2008, à 09:30"), a wiki heading with its edit links
# ("Referenser[redigera | redigera wikitext]") or a list item; the page's gold would keep it
# as the title, and the other pages would promote it as a headline ("Read also: <a paragraph
# of three sentences>"), which no site does.
TITLE_MAX_WORDS = 15
_SENTENCE_INSIDE = re.compile(r"[.!?…]+[\"'»”)]*\s+\S")
_CLOCK_TIME = re.compile(r"\b\d{1,2}[:.]\d{2}\b")
_NOT_IN_A_TITLE = re.compile(r"[|\[\]{}<>#@]|://|www\.")


def _reads_as_title(line: str) -> bool:
    """Two to TITLE_MAX_WORDS words, opening (past quotation marks, a bracket, "¿" or "¡")
    on a capital or a figure (not on a bullet or in lower case), one sentence at most, ending
    on no full stop, colon, semicolon or comma (a question or an exclamation may end a
    headline), no date or clock time (a stamp; "2.40" reads as one too), no markup, link or
    address."""
    words = line.split()
    opening = line.lstrip("\"'«“„¿¡(")[:1]
    return (2 <= len(words) <= TITLE_MAX_WORDS and (opening.isupper() or opening.isdigit())
            and not line.rstrip("\"'»”)").endswith((".", ":", ",", ";")) and not _SENTENCE_INSIDE.search(line)
            and not _CLOCK_TIME.search(line) and not _NOT_IN_A_TITLE.search(line) and not _is_date(line))


def _longest_kept_run(lines: list[str], keep: list[bool]) -> list[str]:
    best: list[str] = []
    run: list[str] = []
    for line, kept in zip(lines, keep):
        run = run + [line.strip()] if kept and line.strip() else []
        if len(run) > len(best):
            best = run
    return best
