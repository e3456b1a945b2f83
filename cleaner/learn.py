"""Learn each site's boilerplate from its own pages and write it as reviewable rule files.

What repeats across many pages of one site is boilerplate even when no lexicon knows its
words. The learner reads the corpus twice, one site at a time in effect but streaming:

Pass 1 counts, per site, in how many documents each *line key* occurs (once per document):
  - the exact line after normalisation (`normalize`); lines longer than the match window
    (normalize.MATCH_WINDOW) are never keys: rules only see that much of a line;
  - the template prefix of a line: its fixed head up to a separator (":", "|", " - "), as
    in "Photo: <credit>" or "رابط الخبر بصحيفة الوئام: <headline>";
  - the digit shape of a line, every digit run replaced, as in "Updated 12/03 at 14h05".
  Memory is bounded by lossy counting (Manku & Motwani, 2002) per site: keys are 64-bit
  hashes, and after every ceil(1/e) documents of a site (e = min_share / 2) every key whose
  count plus its possible undercount is at most the number of such buckets so far is
  dropped. A count is short by at most e * n, so every key in min_share of the pages is
  still found (pass 2 recounts exactly), and the table holds about (lines per page / e) *
  log(e * n) keys per site: it grows with the distinct frequent lines, not with the corpus.

Pass 2 re-reads the documents and, for the surviving candidates only, counts exactly: the
documents and occurrences, where each occurrence sits (head: above the page's first
sentence-shaped line, tail: below its last, as the engine places head and tail rules
around the article body; on a page without such lines, the first and last quarter), what
follows it (nothing; only other candidate or headline-like lines, i.e. more boilerplate or
other stories; or article text), the line shapes, distinct variable parts, the most
frequent neighbours, and one example snippet to turn into a rule test.

The decision, for a candidate of a site with n documents, seen in k of them:
  0. A line that a shipped rule already fires on is left to it, and an exact line or
     template holding a date (useless on any other day) is not proposed.
  1. k >= min_docs and k >= min_share * n.
  2. A *sentence-like* line (at least SENTENCE_MIN_CHARS characters and SENTENCE_MIN_WORDS
     words, ending in sentence punctuation) is body-shaped. It is boilerplate only if
     k >= BODY_SHARE * n (a disclaimer on most pages) and it is not *travelling*: found on
     another site next to the same neighbour lines, which is a syndicated story carried with
     its own paragraphs. Shared boilerplate travels alone (its neighbours differ by site).
     So syndicated paragraphs, which repeat on few pages of a site and keep their
     neighbours, and a background paragraph a site repeats on a quarter of its follow-ups,
     are kept; a short fixed line is boilerplate on share alone.
  3. A headline-shaped line that is the title just above the article text on some of its
     pages, but on at most TITLE_SHARE of them, is a story's headline: the title of its
     own page and a link in a "most read" box on the others. It is not learned (the box's
     heading is: what follows it is other stories, so it becomes a cut).
  4. A template (prefix or digit shape) must vary: at least MIN_VARIANTS distinct lines;
     at most TEMPLATE_SENTENCE_SHARE of its lines may be sentence-like (so "He added: <a
     sentence>" is speech, not a credit), and it occurs at most TEMPLATE_MAX_PER_DOC times
     per page on average. An exact line or digit shape that an accepted prefix already
     covers is not emitted again.
Position: head / tail when at least POSITION_AGREEMENT of the occurrences are there, else
any. Action: `cut` when at least CUT_AGREEMENT of the occurrences are followed by nothing
but boilerplate or other stories (headline-shaped lines, or candidates that are not
sentence-shaped), something follows in at least half of them, and the line is not mostly
at the head (a cut there would take the page); otherwise `drop-line`.

Every rule gets a test made from its example: the page lines around the occurrence, with
the nearest article text on the side the line faces (and on to the page end below the
text). The expected text is what the engine keeps without the learned rules, minus the
lines the learned rules are predicted to remove; a rule whose test fails with the real
engine is dropped before the file is written. Files are written atomically and never over a file that lacks
`learned = true`.
"""

from __future__ import annotations

import gzip
import hashlib
import math
import re
import tempfile
import tomllib
import zlib
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Iterator

import regex

from cleaner.engine import clean
from cleaner.io.readers import DocumentError, decode, discover, gunzip, parse_record
from cleaner.io.writers import atomic_write_text
from cleaner.model import repair_surrogates, split_lines, visible
from cleaner.matcher import Matcher
from cleaner.normalize import MATCH_WINDOW, normalize, normalize_lines
from cleaner.progress import byte_progress
from cleaner.rules import RuleError, default_rules, host_of, is_shipped_rules_dir, load_rules

DEFAULT_MIN_DOCS = 5
DEFAULT_MIN_SHARE = 0.1

HEAD_EDGE = 0.25
TAIL_EDGE = 0.75
TITLE_REACH = 3
TITLE_SHARE = 0.1
POSITION_AGREEMENT = 0.95
CUT_AGREEMENT = 0.9

SENTENCE_MIN_CHARS = 60
SENTENCE_MIN_WORDS = 8
BODY_SHARE = 0.5
HEADLINE_MAX_CHARS = 120
HEADLINE_MAX_WORDS = 16

MIN_VARIANTS = 3
TEMPLATE_SENTENCE_SHARE = 0.1
TEMPLATE_MAX_PER_DOC = 1.5
# A template's lines may run this much longer than the longest seen (max_chars in the rule).
TEMPLATE_LENGTH_SLACK = 1.25
TEMPLATE_ROOM = 40

# Bounded per-candidate memory: distinct variants counted up to this, neighbours kept in a
# Misra-Gries summary of this many entries.
VARIANT_CAP = 64
NEIGHBOUR_SLOTS = 8
SNIPPET_CONTEXT = 3
SNIPPET_TEXT_LINES = 2  # article lines a snippet keeps beside a head or tail line
SNIPPET_MAX_LINES = 14

_SENTENCE_END = regex.compile(r"[.!?؟。！？۔…]['\"”’»)]?$")
_TEMPLATE = regex.compile(r"^(?P<fixed>\S.{0,58}?)(?:\s*[:：|]|\s+[-–—])(?=\s+\S)")
_TEMPLATE_MAX_WORDS = 8
_DIGITS = regex.compile(r"\d+")
_SITE_NAME = re.compile(r"[^a-z0-9.\-_]+")

LINE, PREFIX, SHAPE = "line", "phrase", "regex"


# A JSONL file's read position is passed on to the progress bar every this many lines.
_PROGRESS_EVERY = 100


class LearnError(ValueError):
    """Learning cannot start: the message says why (a usage error)."""


@dataclass(frozen=True)
class Document:
    site: str
    text: str
    url: str | None


@dataclass
class SiteReport:
    site: str
    documents: int
    rules: int = 0
    dropped: list[str] = field(default_factory=list)  # why rules were dropped after testing
    path: Path | None = None
    error: str | None = None


# ---------------------------------------------------------------- reading the corpus


@dataclass(frozen=True)
class Fields:
    text: str = "text"
    url: str = "url"


def read_documents(inputs: list[str], errors: list[str], fields: Fields = Fields(),
                   advance: Callable[[int], None] = lambda _bytes: None) -> Iterator[Document]:
    """Every document under INPUTs with its site; problems go to `errors`, never stop the run.

    JSONL records name their site by the host of their URL field; a .txt file's site is
    the first folder under its INPUT directory (one folder per site). `advance` is told
    the stored bytes of every file as they are read (a progress bar's update).
    """
    for source in discover(inputs):
        if source.kind == "jsonl":
            yield from _read_jsonl(source, errors, fields, advance)
            continue
        advance(source.size)
        if source.kind == "txt":
            site = source.folder or source.path.parent.name
            try:
                data = source.path.read_bytes()
                text, _ = decode(gunzip(data) if source.compressed else data)
            except (OSError, DocumentError) as exc:
                errors.append(f"{source.path}: {exc}")
                continue
            yield Document(site.lower(), text, None)
        else:
            errors.append(f"{source.path}: skipped: learn reads .txt and .jsonl files")


def _read_jsonl(source, errors: list[str], fields: Fields, advance: Callable[[int], None]) -> Iterator[Document]:
    number = 0
    reported = 0  # bytes of the stored file the progress bar was advanced by
    try:
        with open(source.path, "rb") as stored:
            handle = gzip.GzipFile(fileobj=stored) if source.compressed else stored
            for number, line in enumerate(handle, 1):
                if number % _PROGRESS_EVERY == 0:
                    position = stored.tell()
                    advance(position - reported)
                    reported = position
                if not line.strip():
                    continue
                where = f"{source.path}:{number}"
                try:
                    record, _ = parse_record(line)
                except DocumentError as exc:
                    errors.append(f"{where}: {exc}")
                    continue
                text, url = (_repaired(record.get(name)) for name in (fields.text, fields.url))
                if not isinstance(text, str) or not isinstance(url, str) or not host_of(url):
                    errors.append(f"{where}: needs a string '{fields.text}' and a '{fields.url}' "
                                  "to tell its site")
                    continue
                yield Document(host_of(url), text, url)
    except (OSError, EOFError, zlib.error) as exc:
        errors.append(f"{source.path}: unreadable after line {number}: {exc}")
    advance(source.size - reported)


def _repaired(value):
    # A rule file is UTF-8 text: a lone surrogate in a record could not be written into one.
    return repair_surrogates(value)[0] if isinstance(value, str) else value


# ---------------------------------------------------------------- line keys


def _keys(line: str) -> list[tuple[str, str]]:
    """(kind, normalised key text) for every candidate key of one visible line."""
    if len(line) > MATCH_WINDOW:
        return []
    norm = normalize(line)
    keys = [(LINE, norm)]
    prefix = template_prefix(line)
    if prefix:
        keys.append((PREFIX, normalize(prefix)))
    shaped = _DIGITS.sub("0", norm)
    if shaped != norm:
        keys.append((SHAPE, shaped))
    return keys


def template_prefix(line: str) -> str | None:
    """The fixed head of a "<fixed>: <variable>" line, separator included, or None."""
    found = _TEMPLATE.match(line)
    if not found or len(found.group("fixed").split()) > _TEMPLATE_MAX_WORDS:
        return None
    return line[: found.end()]


def _hash(kind: str, text: str) -> int:
    # 64 bits per key instead of the text: pass 1 holds many keys. Python's hash is salted
    # per process, which is fine since both passes run in one process.
    return hash((kind, text))


def sentence_like(line: str) -> bool:
    return (len(line) >= SENTENCE_MIN_CHARS and len(line.split()) >= SENTENCE_MIN_WORDS
            and bool(_SENTENCE_END.search(line)))


def headline_like(line: str) -> bool:
    return (len(line) <= HEADLINE_MAX_CHARS and len(line.split()) <= HEADLINE_MAX_WORDS
            and not _SENTENCE_END.search(line))


def _page_lines(text: str) -> list[str]:
    return [v for v in (visible(line) for line in split_lines(text)) if v]


# ---------------------------------------------------------------- pass 1: lossy counting


class LossyCounter:
    """Manku & Motwani's lossy counting of keys, one document at a time.

    A kept count falls short of the key's true document count by at most epsilon * documents,
    so every key in at least k documents has a count of at least k - epsilon * documents.
    A key is dropped once its count plus its possible shortfall is no more than the number of
    buckets (of 1/epsilon documents) so far, so the table holds about
    (lines per page / epsilon) * log(epsilon * documents) keys, whatever the corpus size.
    """

    def __init__(self, epsilon: float):
        self.width = max(1, math.ceil(1 / epsilon))
        self.documents = 0
        self.counts: dict[int, list[int]] = {}  # key -> [count, possible undercount]

    def add(self, keys: set[int]) -> None:
        bucket = self.documents // self.width + 1
        for key in keys:
            entry = self.counts.get(key)
            if entry is None:
                self.counts[key] = [1, bucket - 1]
            else:
                entry[0] += 1
        self.documents += 1
        if self.documents % self.width == 0:
            self.counts = {k: e for k, e in self.counts.items() if e[0] + e[1] > bucket}

    def at_least(self, documents: float) -> set[int]:
        """Every key that may be in at least this many documents (and a few that are not)."""
        floor = documents - self.documents / self.width
        return {key for key, (count, _) in self.counts.items() if count >= floor}


def count_candidates(documents: Iterable[Document], min_docs: int, min_share: float):
    """Pass 1: per site, the keys that may reach the thresholds, and the site's page count."""
    counters: dict[str, LossyCounter] = {}
    for document in documents:
        counter = counters.setdefault(document.site, LossyCounter(min_share / 2))
        counter.add({_hash(kind, key) for line in _page_lines(document.text)
                     for kind, key in _keys(line)})
    candidates = {site: counter.at_least(max(min_docs, min_share * counter.documents))
                  for site, counter in counters.items()}
    return candidates, {site: c.documents for site, c in counters.items()}


# ---------------------------------------------------------------- pass 2: evidence


@dataclass
class Snippet:
    lines: list[str]
    target: int  # index of the occurrence in lines
    url: str | None


@dataclass
class Evidence:
    kind: str
    key: str  # normalised
    documents: int = 0
    occurrences: int = 0
    head: int = 0
    tail: int = 0
    last: int = 0  # occurrences with nothing after them
    followed_by_boilerplate: int = 0  # only boilerplate or other stories after them
    sentences: int = 0
    titles: int = 0  # occurrences as the headline just above the page's article text
    longest: int = 0
    forms: Counter = field(default_factory=Counter)  # raw spellings (line) / prefixes
    variants: set = field(default_factory=set)  # hashes of distinct full lines, capped
    neighbours: Counter = field(default_factory=Counter)  # Misra-Gries summary
    example: Snippet | None = None

    def observe(self, page: PageView, index: int) -> None:
        line = page.lines[index]
        self.occurrences += 1
        self.head += index < page.first_text
        self.tail += index > page.last_text
        if index == len(page.lines) - 1:
            self.last += 1
        elif page.boilerplate_after[index]:
            self.followed_by_boilerplate += 1
        self.sentences += sentence_like(line)
        self.titles += page.opens_text(index)
        self.longest = max(self.longest, len(line))
        form = template_prefix(line) if self.kind == PREFIX else line
        if form in self.forms or len(self.forms) < VARIANT_CAP:
            self.forms[form] += 1
        if len(self.variants) < VARIANT_CAP:
            self.variants.add(page.exact[index])
        for neighbour in (index - 1, index + 1):
            if 0 <= neighbour < len(page.lines):
                self.add_neighbour(page.exact[neighbour])
        if self.example is None:
            self.example = page.snippet(index)

    def add_neighbour(self, key: int) -> None:
        if key in self.neighbours or len(self.neighbours) < NEIGHBOUR_SLOTS:
            self.neighbours[key] += 1
            return
        for other in list(self.neighbours):
            self.neighbours[other] -= 1
            if not self.neighbours[other]:
                del self.neighbours[other]

    @property
    def form(self) -> str:
        return self.forms.most_common(1)[0][0]


def gather_evidence(documents: Iterable[Document], candidates: dict[str, set[int]]):
    """Pass 2: exact evidence per site for every key that is a candidate on any site."""
    tracked = set().union(*candidates.values()) if candidates else set()
    evidence: dict[str, dict[int, Evidence]] = {}
    for document in documents:
        found = evidence.setdefault(document.site, {})
        page = PageView(_page_lines(document.text), candidates.get(document.site, set()), document.url)
        seen: set[int] = set()
        for index in range(len(page.lines)):
            for kind, key, hashed in page.keys[index]:
                if hashed not in tracked:
                    continue
                item = found.get(hashed)
                if item is None:
                    item = found[hashed] = Evidence(kind, key)
                if hashed not in seen:
                    seen.add(hashed)
                    item.documents += 1
                item.observe(page, index)
    return evidence


class PageView:
    """One page's non-blank lines with their keys and where its article text runs."""

    def __init__(self, lines: list[str], site_keys: set[int], url: str | None):
        self.lines = lines
        self.url = url
        self.keys = [[(kind, key, _hash(kind, key)) for kind, key in _keys(line)] for line in lines]
        # Lines too long to be keys still need telling apart as neighbours.
        self.exact = [next((h for kind, _, h in line_keys if kind == LINE), None) or hash(line)
                      for line, line_keys in zip(lines, self.keys)]
        text = [index for index, line in enumerate(lines) if sentence_like(line)]
        # Without sentence-shaped lines, the first and last quarter stand for above and below.
        self.first_text = text[0] if text else HEAD_EDGE * (len(lines) - 1)
        self.last_text = text[-1] if text else TAIL_EDGE * (len(lines) - 1)
        self.boilerplate_after = self._boilerplate_after(site_keys)

    def _boilerplate_after(self, site_keys: set[int]) -> list[bool]:
        """For each line: is every line after it boilerplate-like (or is there none)?

        Boilerplate-like: headline-shaped (another story's title, a label), or a candidate
        that is not sentence-shaped; a frequent sentence may still be a syndicated story's.
        """
        result = [True] * len(self.lines)
        all_so_far = True
        for index in range(len(self.lines) - 1, -1, -1):
            result[index] = all_so_far
            line = self.lines[index]
            line_is = headline_like(line) or (
                not sentence_like(line) and any(h in site_keys for _, _, h in self.keys[index]))
            all_so_far = all_so_far and line_is
        return result

    def opens_text(self, index: int) -> bool:
        """A headline-shaped line just above the article text: the page's own title."""
        return self.first_text - TITLE_REACH <= index < self.first_text and headline_like(self.lines[index])

    def snippet(self, index: int) -> Snippet:
        """The lines around an occurrence, plus the nearest article text on the side it faces
        (a head or tail rule only fires on the right side of a body the engine can find), and
        from a tail line on to the page end, so a cut shows what it takes. Lines between are
        left out to keep the test short; the order is the page's."""
        total = len(self.lines)
        chosen = set(range(max(0, index - SNIPPET_CONTEXT), min(total, index + SNIPPET_CONTEXT + 1)))
        if index < self.first_text:
            first = math.ceil(self.first_text)
            chosen.update(range(first, min(total, first + SNIPPET_TEXT_LINES)))
        if index > self.last_text:
            last = math.floor(self.last_text)
            chosen.update(range(max(0, last - SNIPPET_TEXT_LINES + 1), last + 1))
            chosen.update(range(index, min(total, index + SNIPPET_MAX_LINES)))
        ordered = sorted(chosen)
        return Snippet([self.lines[i] for i in ordered], ordered.index(index), self.url)


# ---------------------------------------------------------------- decisions


@dataclass
class LearnedRule:
    kind: str
    pattern: str  # as written in the rule file
    key: str  # normalised, for predicting matches
    action: str
    position: str
    why: str
    evidence: Evidence
    max_chars: int | None = None

    def matches(self, line: str) -> bool:
        if self.max_chars is not None and len(line) > self.max_chars:
            return False
        if len(line) > MATCH_WINDOW:
            return False
        norm = normalize(line)
        if self.kind == LINE:
            return norm == self.key
        if self.kind == PREFIX:
            return norm.startswith(self.key)
        return _DIGITS.sub("0", norm) == self.key


def decide(site: str, total: int, found: dict[int, Evidence],
           others: dict[str, dict[int, Evidence]], min_docs: int, min_share: float) -> list[LearnedRule]:
    """The boilerplate rules of one site, by the decision rule in the module docstring."""
    needed = max(min_docs, min_share * total)
    shipped = shipped_matcher(site)
    frequent = {hashed: e for hashed, e in found.items() if e.documents >= needed
                and not (e.kind != SHAPE and holds_date(e.key)) and not _shipped_removes(shipped, e)}
    templates = [_rule(e, total) for e in frequent.values() if e.kind == PREFIX and _is_template(e)]
    shapes = [_rule(e, total) for e in frequent.values() if e.kind == SHAPE and _is_template(e)
              and not any(t.matches(e.form) for t in templates)]
    covering = templates + shapes
    lines = [_rule(e, total) for hashed, e in frequent.items() if e.kind == LINE
             and _is_boilerplate_line(hashed, e, total, site, others)
             and not any(t.matches(e.form) for t in covering)]
    order = {"head": 0, "any": 1, "tail": 2}
    return sorted(covering + lines, key=lambda r: (order[r.position], -r.evidence.documents, r.key))


def shipped_matcher(site: str) -> Matcher:
    """The shipped rules that apply to a site's pages: the generic ones and its own file."""
    rules = default_rules()
    return rules.matcher_for(rules.site_for(f"https://{site}/", ""))


def _shipped_removes(shipped: Matcher, item: Evidence) -> bool:
    """A shipped rule already fires on the candidate's line: learning it again adds nothing
    and, as a narrower rule, could only get in the shipped rule's way."""
    example = item.example
    line = example.lines[example.target] if example else item.form
    return bool(shipped.match_lines(normalize_lines([line]), [len(line)])[0])


# A line holding a date is on many pages of one day's crawl and useless on any other day.
# Lines are normalised (lower case, no accents, Arabic and Persian letters folded).
_MONTHS = (
    "january|february|march|april|may|june|july|august|september|october|november|december|"
    "jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|"
    "janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre|"
    "januar|februar|marz|juni|juli|oktober|dezember|enero|febrero|marzo|abril|mayo|junio|julio|"
    "agosto|septiembre|octubre|noviembre|diciembre|"
    "يناير|فبراير|مارس|ابريل|مايو|يونيو|يوليو|اغسطس|سبتمبر|اكتوبر|نوفمبر|ديسمبر|"
    "كانون الثاني|شباط|اذار|نيسان|ايار|حزيران|تموز|اب|ايلول|تشرين الاول|تشرين الثاني|كانون الاول|"
    "فروردين|ارديبهشت|خرداد|تير|مرداد|شهريور|مهر|ابان|اذر|دي|بهمن|اسفند"
)
_DATE = regex.compile(
    rf"\b\d{{1,4}}[./-]\d{{1,2}}[./-]\d{{1,4}}\b|\b\d{{1,2}}(?:st|nd|rd|th|er)?\.? (?:{_MONTHS})\b"
    rf"|\b(?:{_MONTHS}),? \d{{1,2}}\b|\b(?:{_MONTHS}),? (?:19|20)\d\d\b"
)


def holds_date(normalised_line: str) -> bool:
    """Whether a normalised line holds a calendar date (numeric, or a day or year by a month)."""
    return _DATE.search(normalised_line) is not None


def _is_template(item: Evidence) -> bool:
    return (len(item.variants) >= MIN_VARIANTS
            and item.sentences <= TEMPLATE_SENTENCE_SHARE * item.occurrences
            and item.occurrences <= TEMPLATE_MAX_PER_DOC * item.documents)


def _is_boilerplate_line(hashed: int, item: Evidence, total: int, site: str,
                         others: dict[str, dict[int, Evidence]]) -> bool:
    if 0 < item.titles <= TITLE_SHARE * item.occurrences:
        return False  # a story's title on its own page, a link to the story on the others
    if not sentence_like(item.form):
        return True
    if item.documents < BODY_SHARE * total:
        return False
    return not _travels(hashed, item, site, others)


def _travels(hashed: int, item: Evidence, site: str, others: dict[str, dict[int, Evidence]]) -> bool:
    """Found on another site beside one of the same neighbour lines: a syndicated story."""
    mine = set(item.neighbours)
    return any(hashed in found and mine & set(found[hashed].neighbours)
               for other, found in others.items() if other != site)


def _rule(item: Evidence, total: int) -> LearnedRule:
    position = _position(item)
    action = _action(item)
    pattern = item.form if item.kind != SHAPE else _shape_regex(item.key)
    max_chars = None
    if item.kind != LINE:
        max_chars = max(math.ceil(item.longest * TEMPLATE_LENGTH_SLACK), len(item.form) + TEMPLATE_ROOM)
    return LearnedRule(item.kind, pattern, item.key, action, position, _why(item, total, position, action),
                       item, max_chars)


def _shape_regex(shape: str) -> str:
    return "^" + r"\d+".join(regex.escape(part, literal_spaces=True) for part in shape.split("0")) + "$"


def _position(item: Evidence) -> str:
    if item.head >= POSITION_AGREEMENT * item.occurrences:
        return "head"
    if item.tail >= POSITION_AGREEMENT * item.occurrences:
        return "tail"
    return "any"


def _action(item: Evidence) -> str:
    ends_page = item.last + item.followed_by_boilerplate
    if (ends_page >= CUT_AGREEMENT * item.occurrences and item.followed_by_boilerplate >= item.occurrences / 2
            and item.head < item.occurrences / 2):
        return "cut"
    return "drop-line"


def _why(item: Evidence, total: int, position: str, action: str) -> str:
    what = {
        LINE: "this exact line",
        PREFIX: f"a line starting {item.form!r} ({_at_least(item)} different endings)",
        SHAPE: f"this line ({_at_least(item)} different numbers in it)",
    }[item.kind]
    where = {"head": "above the article text", "tail": "below the article text",
             "any": f"at varying places (above the text in {_share(item.head, item.occurrences)}, "
                    f"below it in {_share(item.tail, item.occurrences)})"}[position]
    if action == "cut":
        follows = (f"followed only by boilerplate or other stories' headlines in "
                   f"{_share(item.followed_by_boilerplate, item.occurrences)} of them, "
                   f"last line in {_share(item.last, item.occurrences)}")
    else:
        text_after = item.occurrences - item.last - item.followed_by_boilerplate
        follows = f"followed by article text in {_share(text_after, item.occurrences)} of them"
    return (f"Learned: {what} is in {item.documents} of {total} documents of the site, "
            f"{where}, {follows}.")


def _at_least(item: Evidence) -> str:
    return f"{len(item.variants)}+" if len(item.variants) >= VARIANT_CAP else str(len(item.variants))


def _share(part: int, whole: int) -> str:
    return f"{100 * part / whole:.0f}%" if whole else "0%"


# ---------------------------------------------------------------- tests and verification


@dataclass(frozen=True)
class RuleCase:
    name: str
    raw: str
    expected: str
    url: str


def make_case(rule_id: str, rule: LearnedRule, rules: list[LearnedRule], url: str) -> RuleCase:
    """The rule's example snippet and the text the engine should keep from it."""
    snippet = rule.evidence.example
    raw = "\n".join(snippet.lines)
    baseline = clean(raw, snippet.url or url, rules=default_rules())
    removed = predicted_removals(snippet.lines, rules)
    expected = "\n".join(line.text for line in baseline.kept if line.number - 1 not in removed)
    return RuleCase(rule_id, raw, expected, snippet.url or url)


def predicted_removals(lines: list[str], rules: list[LearnedRule]) -> set[int]:
    """Indexes of the lines the learned rules should remove, by the learner's own matching."""
    removed: set[int] = set()
    for index, line in enumerate(lines):
        rule = next((r for r in rules if r.matches(line)), None)
        if rule is None:
            continue
        removed.update(range(index, len(lines)) if rule.action == "cut" else (index,))
    return removed


@dataclass
class Proposal:
    """The rules learned for one site, on their way to its rule file."""

    site: str
    documents: int
    rules: list[LearnedRule]
    fingerprint: str | None
    settings: str = ""  # the thresholds it was learned with, for the file's header
    dropped: list[str] = field(default_factory=list)

    def render(self) -> str:
        url = f"https://{self.site}/"
        cases = [make_case(rule_id(self.site, n), rule, self.rules, url)
                 for n, rule in enumerate(self.rules, 1)]
        return render_site_file(self.site, self.documents, self.rules, cases, self.fingerprint,
                                self.settings)


def verify(proposals: list[Proposal]) -> dict[str, str]:
    """Drop every rule whose test fails with the real engine, until all pass.

    All sites are checked together, with one rule set per round: loading rules is the
    costly step. Returns each site's rule file text; proposals left with no rule are absent.
    """
    while True:
        texts = {p.site: p.render() for p in proposals if p.rules}
        if not texts:
            return {}
        with tempfile.TemporaryDirectory(prefix="cleaner-learn-") as scratch:
            for site, text in texts.items():
                atomic_write_text(Path(scratch) / "sites" / f"{safe_name(site)}.toml", text)
            try:
                ruleset = load_rules(scratch)
            except RuleError as exc:
                _drop_rejected(proposals, str(exc))
                continue
        failed = False
        for proposal in (p for p in proposals if p.rules):
            failing = [n for n, test in enumerate(_tests_of(ruleset, proposal.site))
                       if clean(test.raw, test.url, rules=ruleset).text != test.expected]
            proposal.dropped += [f"{proposal.rules[n].pattern!r}: its test on a page of the site failed"
                                 for n in failing]
            proposal.rules = [rule for n, rule in enumerate(proposal.rules) if n not in failing]
            failed = failed or bool(failing)
        if not failed:
            return texts


def _drop_rejected(proposals: list[Proposal], message: str) -> None:
    """Drop the rule the loader names in its error, or else the whole site file it names."""
    for proposal in proposals:
        ids = [rule_id(proposal.site, n) for n in range(1, len(proposal.rules) + 1)]
        named = {n for n, name in enumerate(ids) if f"'{name}'" in message}
        if not named and f"{safe_name(proposal.site)}.toml" not in message:
            continue
        drop = named or set(range(len(proposal.rules)))
        proposal.dropped += [f"{proposal.rules[n].pattern!r}: the rule loader refused it: {message}"
                             for n in sorted(drop)]
        proposal.rules = [rule for n, rule in enumerate(proposal.rules) if n not in drop]
        return
    raise RuleError(message)


def _tests_of(ruleset, site: str) -> list:
    return [test for test in ruleset.tests if Path(test.source).name == f"{safe_name(site)}.toml"]


def _site_path(out: Path, site: str) -> Path:
    return out / "sites" / f"{safe_name(site)}.toml"


def rule_id(site: str, number: int) -> str:
    return f"learned.{safe_name(site)}.{number}"


def safe_name(site: str) -> str:
    """The site as a file name and rule id part, different for different sites: a label
    outside ASCII is written as IDNA writes it (xn-- and punycode), and a name that had
    other characters replaced carries a short hash of the site."""
    labels = [label if label.isascii() else "xn--" + label.encode("punycode").decode("ascii")
              for label in site.lower().split(".")]
    spelled = ".".join(labels)
    name = _SITE_NAME.sub("-", spelled).strip("-.")
    if name == spelled and name:
        return name
    digest = hashlib.sha256(site.encode("utf-8", "surrogatepass")).hexdigest()[:8]
    return f"{name or 'site'}-{digest}"


# ---------------------------------------------------------------- writing rule files


def render_site_file(site: str, total: int, rules: list[LearnedRule], cases: list[RuleCase],
                     fingerprint: str | None = None, settings: str = "") -> str:
    """The site's rule file: each [[rule]] followed by its [[test]] from the corpus."""
    out = [
        f"# Learned by `{f'cleaner learn {settings}'.strip()}` from {total} documents of {site}.",
        "# Review before use: each rule says what evidence it rests on; to drop a rule, delete",
        "# it with the test under it.",
        f"site = {toml_string(site)}",
        f"description = {toml_string(f'Boilerplate learned from {total} documents of {site}')}",
        "learned = true",
        f"domains = [{toml_string(site)}]",
    ]
    if fingerprint:
        out.append(f"fingerprints = [{toml_string(fingerprint)}]")
    for number, (rule, case) in enumerate(zip(rules, cases), 1):
        out += ["", "[[rule]]", f"id = {toml_string(rule_id(site, number))}",
                f"kind = {toml_string(rule.kind)}", f"pattern = {toml_string(rule.pattern)}",
                f"action = {toml_string(rule.action)}", f"position = {toml_string(rule.position)}"]
        if rule.max_chars is not None:
            out.append(f"max_chars = {rule.max_chars}")
        out += [f"why = {toml_string(rule.why)}",
                "", "[[test]]", f"name = {toml_string(case.name)}", f"url = {toml_string(case.url)}",
                f"raw = {toml_string(case.raw, multiline=True)}",
                f"expected = {toml_string(case.expected, multiline=True)}"]
    return "\n".join(out) + "\n"


def toml_string(text: str, multiline: bool = False) -> str:
    """A TOML basic string (multi-line form keeps snippets readable)."""
    escaped = []
    for char in text:
        if char == "\\":
            escaped.append("\\\\")
        elif char == '"':
            escaped.append('\\"')
        elif char == "\n" and multiline:
            escaped.append("\n")
        elif char == "\t":
            escaped.append("\\t")
        elif ord(char) < 0x20 or ord(char) == 0x7F:
            escaped.append(f"\\u{ord(char):04x}")
        else:
            escaped.append(char)
    body = "".join(escaped)
    return f'"""\n{body}"""' if multiline else f'"{body}"'


def refuse_hand_written(path: Path) -> str | None:
    """Why `path` must not be overwritten, or None if it is absent or a learned file."""
    if not path.exists():
        return None
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        return f"{path}: exists and is not a readable learned rule file ({exc}); not overwritten"
    if data.get("learned") is not True:
        return f"{path}: a hand-written rule file (no 'learned = true'); not overwritten"
    return None


def fingerprint_for(site: str, rules: list[LearnedRule], total: int,
                    evidence: dict[str, dict[int, Evidence]]) -> str | None:
    """An exact line on nearly every page of this site and on no other: finds pages without URL."""
    elsewhere = {e.key for other, found in evidence.items() if other != site for e in found.values()}
    for rule in sorted(rules, key=lambda r: -r.evidence.documents):
        if rule.kind == LINE and rule.evidence.documents >= 0.8 * total and rule.key not in elsewhere:
            return regex.escape(rule.pattern, literal_spaces=True)
    return None


# ---------------------------------------------------------------- the whole run


def learn(inputs: list[str], out: Path, *, min_docs: int = DEFAULT_MIN_DOCS,
          min_share: float = DEFAULT_MIN_SHARE, fields: Fields = Fields(),
          errors: list[str] | None = None, progress: bool = False) -> list[SiteReport]:
    """Learn rule files for every site in INPUTs into out/sites/; return one report per site.

    With progress, a bar on a terminal shows the two reads of the corpus, in bytes."""
    if not 0 < min_share <= 1:
        raise LearnError(f"--min-share must be in (0, 1], not {min_share}")
    if min_docs < 1:
        raise LearnError(f"--min-docs must be at least 1, not {min_docs}")
    if is_shipped_rules_dir(out) or (out / "generic").is_dir():
        raise LearnError(f"{out}: holds hand-written rules; learned rules go in a directory of "
                         "their own (use it with --rules)")
    errors = [] if errors is None else errors
    with byte_progress(progress, 2 * sum(s.size for s in discover(inputs)), "reading twice") as bar:
        candidates, totals = count_candidates(read_documents(inputs, errors, fields, bar.update),
                                              min_docs, min_share)
        # The second read meets the same problems as the first: they are reported once.
        evidence = gather_evidence(read_documents(inputs, [], fields, bar.update), candidates)
    reports, proposals = [], []
    for site in sorted(totals):
        report = SiteReport(site, totals[site])
        reports.append(report)
        report.error = refuse_hand_written(_site_path(out, site))
        if report.error:
            continue
        rules = decide(site, totals[site], evidence.get(site, {}), evidence, min_docs, min_share)
        fingerprint = fingerprint_for(site, rules, totals[site], evidence)
        proposals.append(Proposal(site, totals[site], rules, fingerprint,
                                  f"--min-docs {min_docs} --min-share {min_share}"))
    texts = verify(proposals)
    for report, proposal in zip((r for r in reports if not r.error), proposals):
        report.dropped, report.rules = proposal.dropped, len(proposal.rules)
        if proposal.site in texts:
            report.path = _site_path(out, proposal.site)
            atomic_write_text(report.path, texts[proposal.site])
    return reports
