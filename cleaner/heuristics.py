"""Generic detectors that work on any site: where the article starts and ends, what around it is
page chrome, which marker lines are tails and which are inline promotions.

Every detector records its decisions in a Verdicts object under its own id (see HEURISTICS),
so explain can say which heuristic removed a line and why. Detectors look at line shape
(length, words, sentence punctuation, bullets), position relative to the article body, and
the rule hits computed once per line by the rule set's compiled matcher.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import os
import re
from collections import Counter
from collections.abc import Callable, Container, Iterable, Iterator
from dataclasses import dataclass

import regex

from cleaner.matcher import Matcher
from cleaner.normalize import normalize
from cleaner.rules import Rule

# Heuristic id -> the one-line reason explain shows.
HEURISTICS = {
    "generic.blank": "white space only",
    "generic.nav-run": "page chrome before the article: menus, links and labels above the headline",
    "generic.header-chrome": "page chrome between the headline and the article body "
    "(date, author, share bar, repeated title)",
    "generic.footer-chrome": "page chrome after the article body (link lists, labels, footer)",
    "generic.link-run": "a run of short link-like lines (menu, share bar, tag list) inside the page",
    "generic.caption": "photo caption: a long line without sentence punctuation between paragraphs "
    "of a rendered page",
    "generic.sign-up-box": "a newsletter's or an app's sign-up box inside the article: the heading, pitch and "
    "button round a field that a rule names (\"Your e-mail\")",
    "generic.duplicate": "repeats a longer line of the article (teaser, caption or pull quote copy)",
    "generic.comment-form": "comment section or form: field labels, pipes and asterisks",
    "generic.comment-thread": "comment thread: short author names, each over a date and time, after the article, "
    "or under a heading that counts the comments (\"Iruzkinak (3)\")",
    "generic.headline-list": "a list of other headlines after the article",
    "generic.byline": "an author's credit between the headline and the article, or an author's name "
    "alone under its last paragraph: a label or a few words and a name (\"Words: Ann Berg\", \"A "
    "report by Ann Berg\"), or a credit's name, outlet or place over the story's date line or byline",
    "generic.masthead": "the site's name, its menu or a section trail above the headline of a page "
    "with few header lines, or the page's first line when the copyright notice below names it",
    "generic.site-name": "a short line that names the site as its copyright notice does: its name "
    "again, its tagline, an outlet's credit or a sign-off",
    "generic.timed-headlines": "a run of headlines each after a clock time above the article's headline "
    "(a news ticker, a latest-news box: \"11:52 – Road closed after landslide\")",
    "generic.link-line": "a menu, share bar or footer's links on one line: three or more short items "
    "between separators (\"Home | Sport | Video\"), outside the article",
    "generic.headline-box": "a short heading over headlines of other stories after the article "
    "(\"Most read\", \"From the same desk\", \"Darllenwch hefyd\"), whose words the article does not use",
    "generic.title-repeat": "the page title again; the headline is kept once, nearest the body",
    "generic.title-tail": "the page title again below the article, whose headline stands above it: "
    "a post footer, share box or sidebar follows the story",
    "generic.credited-story": "another story printed whole under the article with no marker: its headline, "
    "its byline, date or source lines and prose that does not go on with the article, or a feed's cards, "
    "each another outlet's name and a time ago (\"Actu Bretagne · il y a 8 h\") by a headline and its text",
    "generic.next-story": "a source credit closed the article and another story starts here "
    "(aggregator page: only the lead story is kept)",
    "generic.aggregated-story": "another outlet's story on an aggregator's page: a headline over a "
    "credit of its outlet and time (\"Le Matin · 5 mars 2025\"), as the page credits its lead story "
    "(only the lead story is kept)",
    "generic.outlet-credit": "an aggregator's credit of a story to its outlet and time (\"Le Matin · 5 "
    "mars 2025\"), or a link to the story at that outlet (\"Full story at Le Matin\")",
    "generic.outlet-link": "a link to the whole story at the outlet the page credits it to, under "
    "the story (\"Read the full story at Le Matin\"): an aggregator's excerpt ends there, and its "
    "other stories follow",
    "generic.promoted-story": "a short heading over another story's headline and its text, which "
    "do not go on with the article (a \"read also\" box: only the lead story is kept)",
    "generic.inline-promo": "a label and a colon before another story's headline, alone between "
    "two paragraphs and sharing few words with the article (\"Read also: ...\")",
    "generic.latest-news": "a latest-news box inside the article: three or more timed headlines, "
    "the newest first, with the box's label and its link",
    "generic.clip-title": "a video's title between the player's label and its running time inside "
    "the article (\"Video\" / a title / \"2:41\")",
    "generic.tag-line": "the article's tags below it: a label, a colon and a list of the headline's "
    "words (\"Topics: ferry, islands\")",
    "generic.author-bio": "the author's bio at the article's end: a short paragraph that opens on "
    "the author's name as the byline above gives it",
}

# Fixed patterns run on the standard `re`. _SPACE is the Unicode white space that the `regex`
# module's \s matches: `re`'s \s also takes the ASCII separators \x1c-\x1f.
_SPACE = r"[^\S\x1c-\x1f]"
# What ends a sentence, in the scripts the lexicons cover: the Latin and Arabic marks, the
# CJK full-width ones, the danda of Hindi and Bengali (।, ॥), the Armenian full stop (։), the
# Ethiopic (።), the Burmese (။) and the Khmer (។, ៕) ones.
FULL_STOPS = ".!?؟。！？।॥։።။។៕"
_INNER_SENTENCE_END = re.compile(rf"[{FULL_STOPS}]{_SPACE}")
_CLAUSE_COMMA = re.compile(r"[,،;，]")
_FORM_ROW = re.compile(rf"(?:\|{_SPACE}*$|^{_SPACE}*\||\*{_SPACE}*\|)")
# A required field's label: a few words of letters with their marks (`re` leaves the vowel
# signs of Indic scripts out of \w), then an asterisk; code's "SQL> SELECT *" has a sign.
_REQUIRED_LABEL = regex.compile(r"\p{L}[\p{L}\p{M}]*(?:[ '-]\p{L}[\p{L}\p{M}]*)* ?\*$")
REQUIRED_LABEL_MAX_WORDS = 3
_TITLE_SEPARATOR = re.compile(rf"{_SPACE}[|\-:]{_SPACE}|{_SPACE}::{_SPACE}|:{_SPACE}|[_｜|]")
# `regex`'s \w (letters, marks, numbers of the Unicode word definition) splits words in
# every script as the tokens have always been split; `re`'s \w leaves out combining marks.
_WORD = regex.compile(r"\w+")
_LONG_WORD = regex.compile(r"\w{4,}")

# A body line is a paragraph of prose: long enough and built of sentences.
BODY_MIN_WORDS = 9
BODY_MIN_CHARS = 50
# Lines this short with no sentence punctuation are labels, links or buttons.
LABEL_MAX_WORDS = 4
# How many short lines may sit between two body lines and still be one article.
MAX_SHORT_GAP = 3
# Headlines in a list of other stories are rarely longer than this.
HEADLINE_MAX_WORDS = 25
# A header zone with more non-blank lines than this is page chrome, not a few header lines.
RENDERED_HEADER_LINES = 8


@dataclass(slots=True)
class LineInfo:
    index: int
    text: str  # stripped
    norm: str  # normalised head of the line, for matching
    hits: list[tuple[Rule, str]]
    words: int
    blank: bool
    body: bool
    terminated: bool  # ends like a sentence
    bullet: bool

    @property
    def label(self) -> bool:
        """Short and unpunctuated: a menu item, button, tag or label (a line of verse is not)."""
        return not self.blank and self.words <= LABEL_MAX_WORDS and not self.terminated and not self.body

    @property
    def ruled(self) -> bool:
        """A rule that fires anywhere in a document hits the line: it goes wherever it stands
        (but for a drop-line rule's hit on a table's cell), so cleaning the cleaned text again
        no longer has it. A detector that reads a line's neighbours looks past such lines, and
        decides the same on both texts."""
        return any(rule.position == "any" for rule, _ in self.hits)

    def hit(self, *actions: str) -> tuple[Rule, str] | None:
        for rule, rest in self.hits:
            if rule.action in actions:
                return rule, rest
        return None


class Page(list):
    """The analysed lines of one document (a list of LineInfo), with running counts and
    indexes that the detectors share, built once on first use: a question about "the article
    so far" or "the next marker" then costs the same at line 10 and at line 30,000, and a
    page's cost stays linear in its lines and its markers."""

    # The rules the page was matched with (analyse sets it): times_ago asks them again.
    matcher: Matcher

    @functools.cached_property
    def body_count(self) -> list[int]:
        """body_count[i]: body lines among the first i lines."""
        return list(itertools.accumulate((line.body for line in self), initial=0))

    @functools.cached_property
    def prose_count(self) -> list[int]:
        """prose_count[i]: body lines among the first i lines that read as the article's
        prose: a sentence, a line longer than a headline (a script without full stops, Thai's,
        ends none), a list's item, or a line that runs on into the next (a paragraph wrapped at
        the source's line breaks)."""
        below = [*self[1:], None]
        return list(itertools.accumulate(
            (line.body and (reads_as_prose(line) or line.bullet
                            or next_line is not None and next_line.text[:1].islower())
             for line, next_line in zip(self, below)), initial=0))

    @functools.cached_property
    def non_blank_count(self) -> list[int]:
        """non_blank_count[i]: non-blank lines among the first i lines."""
        return list(itertools.accumulate((not line.blank for line in self), initial=0))

    @functools.cached_property
    def body_chars(self) -> list[int]:
        """body_chars[i]: characters of the body lines among the first i lines."""
        return list(itertools.accumulate((len(line.text) if line.body else 0 for line in self), initial=0))

    @functools.cached_property
    def counted_headings(self) -> int:
        """How many headings close on a count in brackets (heading_count)."""
        return sum(heading_count(line) is not None for line in self)

    @functools.cached_property
    def colon_labels(self) -> set[str]:
        """The texts of the page's colon headings (colon_heading), in lower case."""
        return {line.text.lower() for line in self if colon_heading(line)}

    @functools.cached_property
    def next_marker(self) -> list[int]:
        """next_marker[i]: the first cut or drop-block marker line at or after i (len if none)."""
        return self._next_where([bool(line.hits) and line.hit("cut", "drop-block") is not None
                                 for line in self])

    @functools.cached_property
    def last_prose_use(self) -> dict[str, int]:
        """last_prose_use[word]: the last body line that holds `word` (of four letters or
        more, spelled as written), for "does the prose from line i on use it" in one look."""
        found: dict[str, int] = {}
        for line in self:
            if line.body:
                found.update(dict.fromkeys(_LONG_WORD.findall(line.text), line.index))
        return found

    @functools.cached_property
    def next_non_blank(self) -> list[int]:
        """next_non_blank[i]: the first non-blank line at or after i (len if none)."""
        return self._next_where([not line.blank for line in self])

    @functools.cached_property
    def paragraph_headings(self) -> tuple[frozenset[int], frozenset[int]]:
        """(questions, phrases): the lines that no rule names and no paragraph's shape has,
        between two paragraphs, that end on a question mark (an interview's questions), and
        those that are labels of two words or more (sub-headings). A box's lines stand there
        too; the callers tell them apart by their shape."""
        after, before = self.next_non_blank, self.previous_non_blank
        between = [line for line in self
                   if not (line.blank or line.body or line.hits) and before[line.index] >= 0
                   and self[before[line.index]].body and after[line.index + 1] < len(self)
                   and self[after[line.index + 1]].body]
        return (frozenset(line.index for line in between if line.text.endswith(_QUESTION_MARKS)),
                frozenset(line.index for line in between if line.label and line.words >= SUBHEADING_MIN_WORDS))

    @functools.cached_property
    def previous_non_blank(self) -> list[int]:
        """previous_non_blank[i]: the last non-blank line before i (-1 if none)."""
        found, last = [], -1
        for line in self:
            found.append(last)
            if not line.blank:
                last = line.index
        return found

    @functools.cached_property
    def list_start(self) -> list[int]:
        """list_start[i]: the first bullet of the list (bullets, with blank lines between
        them) that the bullet at i belongs to; i itself for a line that is not a bullet."""
        found, first = [], -1
        for line in self:
            if line.bullet:
                first = first if first >= 0 else line.index
            elif not line.blank:
                first = -1
            found.append(first if line.bullet else line.index)
        return found

    @functools.cached_property
    def next_paragraph(self) -> list[int]:
        """next_paragraph[i]: the first body line that is not a bullet at or after i."""
        return self._next_where([line.body and not line.bullet for line in self])

    @functools.cached_property
    def title(self) -> int | None:
        """page_title() of the page."""
        return page_title(self)

    @functools.cached_property
    def titles(self) -> set[int]:
        """title_copies() of the page: the engine's decisions and the learned layer's
        features both ask."""
        return title_copies(self)

    @functools.cached_property
    def outlet_credits(self) -> dict[int, str]:
        """The lines that credit a story to its outlet and time (outlet_credit), by index, with
        the outlet they name, none next to another: a table's rows ("Valley United · 3 wins")
        stand one under the other."""
        shaped = {line.index: outlet for line in self if (outlet := outlet_credit(line)) is not None}
        return {index: outlet for index, outlet in shaped.items()
                if self.previous_non_blank[index] not in shaped and self.next_non_blank[index + 1] not in shaped}

    @functools.cached_property
    def card_credits(self) -> frozenset[int]:
        """The outlet_credits whose time a rule reads as relative to now ("Actu Bretagne · il y
        a 8 h", "Nation · Saa 2 zilizopita"): how a feed dates its cards, where an article's own
        entries carry a date, a clock time, an age or a score."""
        return self.times_ago(self.outlet_credits)

    def times_ago(self, indexes: Iterable[int]) -> frozenset[int]:
        """The lines among `indexes` whose second or third part between an outlet credit's
        separators a relative_time rule reads ("Actu Bretagne · il y a 8 h", "Coast Post · 2
        hours ago · By Ann Berg", "الخليج اليوم · منذ ساعتين")."""
        parts = [(index, part) for index in indexes
                 if len(text := self[index].text) <= DATED_LINE_MAX_CHARS and _OUTLET_SEPARATOR.search(text)
                 for part in _OUTLET_SEPARATOR.split(text)[1:3]]
        if not parts:
            return frozenset()
        hits = self.matcher.match_lines([normalize(part) for _, part in parts], [len(part) for _, part in parts])
        return frozenset(index for (index, _), found in zip(parts, hits)
                         if any(rule.relative_time for rule, _ in found))

    @functools.cached_property
    def gathered_credits(self) -> dict[int, str]:
        """gathered_credits() of the page."""
        return gathered_credits(self)

    @functools.cached_property
    def counted(self) -> frozenset[int]:
        """counted_lines() of the page."""
        return frozenset(counted_lines(self))

    @functools.cached_property
    def site_name_copies(self) -> frozenset[int]:
        """site_name_copies() of the page: the title's and the headline's search both ask."""
        return frozenset(() if self.start is None else site_name_copies(self, self.start))

    @functools.cached_property
    def aggregated_heads(self) -> frozenset[int]:
        """aggregated_story_heads() of the page."""
        return aggregated_story_heads(self)

    @functools.cached_property
    def separated_table_rows(self) -> set[int]:
        """separated_table_rows() of the page."""
        return separated_table_rows(self)

    @functools.cached_property
    def timed_headlines(self) -> set[int]:
        """timed_headline_runs() of the page."""
        return timed_headline_runs(self)

    @functools.cached_property
    def templated(self) -> set[int]:
        """templated_runs() of the page."""
        return templated_runs(self)

    @functools.cached_property
    def start(self) -> int | None:
        """article_start() of the page."""
        return article_start(self)

    @functools.cached_property
    def titled_headline(self) -> int | None:
        """title_anchor() of the page: the copy of the page title that is the article's
        headline, if one stands above the start. The header zone, the headline and the
        title-tail check all ask."""
        return None if self.start is None else title_anchor(self, self.titles, self.start)

    @functools.cached_property
    def credits(self) -> list[int]:
        """bylines_above() the article's start: author credits under its headline."""
        return [] if self.start is None else bylines_above(self, self.start)

    @functools.cached_property
    def credited_headline(self) -> int | None:
        """The line over the topmost credit above the article, which bylines_above took for
        the headline: a short one ("Visit Lisbon" over "By our reporter Ann Berg") has no
        headline shape of its own, and the credit under it has one."""
        return self.previous_non_blank[min(self.credits)] if self.credits else None

    @functools.cached_property
    def headline(self) -> int | None:
        """The line the heuristics take for the article's headline: the page title's copy
        nearest the body, else the line over a credit, else the headline-shaped line nearest
        above the body (engine._header_zone keeps it and drops the chrome around it; the
        learned layer never drops it)."""
        if self.titled_headline is not None:
            return self.titled_headline
        if self.credited_headline is not None:
            return headline_over_deck(self, self.credited_headline, self.start)
        return None if self.start is None else headline_above(self, self.start)

    @functools.cached_property
    def form_rows(self) -> set[int]:
        """Lines that look like a row of a comment form (pipes, asterisks), or a field's label
        marked required by an asterisk in any language ("Імя *", "E-mail *") under the page's
        last paragraph: above it, starred lines are an application form the article describes
        or names with a footnote ("Cottbus*", "Joe Hartley*")."""
        # Every form row has a pipe or ends on an asterisk; most lines have neither, and `in`
        # is cheaper than a search.
        return {line.index for line in self
                if "|" in line.text and _FORM_ROW.search(line.text)
                or line.text.endswith("*") and line.words <= REQUIRED_LABEL_MAX_WORDS
                and _REQUIRED_LABEL.match(line.text) and not line.text.isupper()
                and not self.body_between(line.index, len(self))}

    @functools.cached_property
    def next_standing_form_row(self) -> list[int]:
        """next_standing_form_row[i]: the first form row at or after i that no rule removes
        anywhere (len if none)."""
        rows = self.form_rows
        return self._next_where([line.index in rows and not line.ruled for line in self])

    @functools.cached_property
    def signed_rows(self) -> list[int]:
        """Short label lines (an author's name) whose next non-blank line is a time stamp:
        the head of a comment or a post, in order."""
        # Found from the stamps, which few lines are: the line above a stamp is the one
        # whose next non-blank line it is.
        found = []
        for stamp in self:
            if stamp.hits and _is_time_stamp(stamp):
                above = self.previous_non_blank[stamp.index]
                if above >= 0 and _may_sign(self[above]):
                    found.append(above)
        return sorted({*found, *_spaced(self, self.one_line_heads)})

    @functools.cached_property
    def one_line_heads(self) -> list[int]:
        """The heads of comments or posts that hold the name and the stamp on one line, in
        order (see _one_line_heads)."""
        return _one_line_heads(self)

    @functools.cached_property
    def cell_runs(self) -> list[list[int]]:
        """The runs of short lines that are not prose, long enough to hold a table: the
        candidates of table_lines(), which the engine and the learned layer's features both
        ask about. Blank lines and lines a rule removes wherever they stand do not break a
        run (the cleaned text no longer has them) and are not in it."""
        found, run = [], []
        for line in self:
            if line.blank or line.hits and _removed_anywhere_even_in_a_table(line):
                continue
            if not line.body and line.words <= TABLE_CELL_MAX_WORDS:
                run.append(line.index)
                continue
            if len(run) >= TABLE_MIN_LINES:
                found.append(run)
            if run:
                run = []
        if len(run) >= TABLE_MIN_LINES:
            found.append(run)
        return found

    @functools.cached_property
    def bullet_count(self) -> list[int]:
        return list(itertools.accumulate((line.bullet for line in self), initial=0))

    @functools.cached_property
    def headline_bullet_count(self) -> list[int]:
        """Bullets of headline shape (unterminated, short) among the first i lines."""
        return list(itertools.accumulate(
            (line.bullet and not line.terminated and line.words <= HEADLINE_MAX_WORDS for line in self),
            initial=0))

    @functools.cached_property
    def figure_bullet_count(self) -> list[int]:
        """Bullets holding a figure past their own number (_has_figure) among the first i
        lines: is_headline_list_start asks it of the bullets from every bullet to the run's
        end, which counted item by item grew with the square of a long list's length."""
        return list(itertools.accumulate((line.bullet and _has_figure(line.text) for line in self), initial=0))

    def body_tokens_between(self, begin: int, end: int) -> set[str]:
        """The tokens of the body lines in lines[begin:end].

        The detectors ask about the article so far at markers further and further down, so
        the set of the last call is extended rather than rebuilt: each body line is
        tokenised once, not once per marker. The returned set is only valid until the
        next call.
        """
        cached = self.__dict__.get("_body_tokens")
        if cached is None or cached[0] != begin or cached[1] > end:
            cached = (begin, begin, set())
        found = cached[2]
        for line in self[cached[1]:end]:
            if line.body:
                found.update(tokens(line.text))
        self.__dict__["_body_tokens"] = (begin, end, found)
        return found

    def body_between(self, begin: int, end: int) -> int:
        return self.body_count[end] - self.body_count[begin]

    def non_blank(self, begin: int, end: int) -> Iterator[LineInfo]:
        """The non-blank lines of self[begin:end], reached by next_non_blank: the header's
        detectors then cost the same under a headline followed by a million blank lines."""
        index = self.next_non_blank[max(begin, 0)]
        while index < end:
            yield self[index]
            index = self.next_non_blank[index + 1]

    def body_chars_between(self, begin: int, end: int) -> int:
        return self.body_chars[end] - self.body_chars[begin]

    def _next_where(self, wanted: list[bool]) -> list[int]:
        """found[i]: the first index at or after i where wanted is true (len if none)."""
        found = [len(self)] * (len(self) + 1)
        for index in range(len(self) - 1, -1, -1):
            found[index] = index if wanted[index] else found[index + 1]
        return found


_END_CHARS = frozenset(FULL_STOPS + "۔…»\"”'’)]:：）」』】")
# Prose has clause punctuation or ends a sentence; a colon alone is a headline's ("Paris : ...").
_CLAUSE_PUNCT = re.compile(r"[,،;؛，、]")
_SENTENCE_MARKS = frozenset(FULL_STOPS + "…")
_LEADING_NON_WORD = re.compile(r"\W*")


def _is_punctuated(text: str) -> bool:
    """A clause mark anywhere, or a sentence mark among the closing non-word characters.
    The end is read from the reversed text: a search for `[.!?]\\W*$` backtracks over every
    run of dots inside the line, quadratic on a line of ". . . . "."""
    if _CLAUSE_PUNCT.search(text):
        return True
    return not _SENTENCE_MARKS.isdisjoint(_LEADING_NON_WORD.match(text[::-1]).group())


def _character_class(ranges: tuple[tuple[int, int], ...]) -> re.Pattern:
    """One character of the code point ranges."""
    return re.compile("[" + "".join(f"{chr(low)}-{chr(high)}" for low, high in ranges) + "]")


# Chinese and Japanese signs (kana, CJK ideographs and their extension A, compatibility
# ideographs), as code point ranges: features.py finds them by these numbers over arrays.
CJK_RANGES = ((0x3040, 0x30FF), (0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF))
_CJK_CHAR = _character_class(CJK_RANGES)
# The first bytes of _CJK_CHAR's characters in UTF-8 (U+3000-U+9FFF, U+F000-U+FFFF).
_CJK_LEAD_BYTES = (b"\xe3", b"\xe4", b"\xe5", b"\xe6", b"\xe7", b"\xe8", b"\xe9", b"\xef")
# Thai, Lao, Tibetan and Khmer are written without spaces between words (a space parts
# phrases): their letters are counted instead, one word per UNSPACED_WORD_LETTERS. Burmese
# pages space their phrases so often that counting its letters too doubled its words: a
# review's Burmese pages kept their comments, related lists and newsletter boxes as prose.
UNSPACED_RANGES = ((0x0E00, 0x0FFF), (0x1780, 0x17FF))
_UNSPACED_LETTER = regex.compile("[" + "".join(f"{chr(low)}-{chr(high)}" for low, high in UNSPACED_RANGES) + "&&\\p{L}]",
                                 regex.V1)
UNSPACED_WORD_LETTERS = 3
# Korean spaces its words but joins its particles to them ("빛축제가", "빛축제를" for
# "빛축제"), and a word of two or three syllables says as much as a long word of letters:
# tokens() splits its syllables into pairs as well.
HANGUL_SYLLABLES = ((0xAC00, 0xD7A3),)
# Scripts whose words tokens() cannot split at spaces: their runs give character pairs.
SPACELESS_RANGES = CJK_RANGES + UNSPACED_RANGES + HANGUL_SYLLABLES
_SPACELESS_CHAR = _character_class(SPACELESS_RANGES)
# Their first two bytes in UTF-8 (U+0E00-U+0FFF, U+1780-U+17FF).
_UNSPACED_LEAD_BYTES = (b"\xe0\xb8", b"\xe0\xb9", b"\xe0\xba", b"\xe0\xbb", b"\xe0\xbc", b"\xe0\xbd",
                        b"\xe0\xbe", b"\xe0\xbf", b"\xe1\x9e", b"\xe1\x9f")


def _may_hold(encoded: bytes, leads: tuple[bytes, ...]) -> bool:
    """False when no character of a page's UTF-8 bytes opens on one of `leads`: a byte search
    each costs far less than a class search of each line."""
    return any(lead in encoded for lead in leads)


# A Hangul syllable is a block of two or three letters, as wide as a Chinese sign: it counts
# twice towards a line's width (a Korean paragraph of one sentence is 40-60 of them). Korean
# spaces its words, so they are counted as words are.
_HANGUL_SYLLABLE = _character_class(HANGUL_SYLLABLES)
# Their first bytes in UTF-8 (U+AC00-U+D7A3).
_HANGUL_LEAD_BYTES = (b"\xea", b"\xeb", b"\xec", b"\xed")


_BULLET_CHARS = frozenset("•·▪►▶◦‣∙*●○■□➤>-")
_NUMBERED = re.compile(r"\d{1,2}[.)-]\s")


def analyse(stripped_lines: list[str], normalized: list[str], matcher: Matcher) -> Page:
    """Shape and rule hits of every line: one pass, string methods where they suffice."""
    all_hits = matcher.match_lines(normalized, [len(text) for text in stripped_lines])
    _read_dated_lines(normalized, all_hits, matcher)
    page = "\n".join(stripped_lines).encode("utf-8", "surrogatepass")
    may_hold_cjk = _may_hold(page, _CJK_LEAD_BYTES)
    may_hold_unspaced = _may_hold(page, _UNSPACED_LEAD_BYTES)
    may_hold_hangul = _may_hold(page, _HANGUL_LEAD_BYTES)
    infos = Page()
    for index, (text, norm, hits) in enumerate(zip(stripped_lines, normalized, all_hits)):
        if not norm:
            infos.append(LineInfo(index, text, norm, [], 0, True, False, False, False))
            continue
        # norm has single spaces; CJK text has none, so its characters are counted instead
        # (one word per two characters) and each counts twice towards the line's width.
        words = norm.count(" ") + 1
        width = len(text)
        if may_hold_cjk and holds_cjk(text):
            cjk = len(_CJK_CHAR.findall(text))
            words += cjk // 2
            width += cjk
        if may_hold_unspaced and not text.isascii():
            words += len(_UNSPACED_LETTER.findall(text)) // UNSPACED_WORD_LETTERS
        if may_hold_hangul and not text.isascii():
            width += len(_HANGUL_SYLLABLE.findall(text))
        if hits and words >= MARKER_SENTENCE_MIN_WORDS and text.endswith(_FULL_STOP_ENDS) and _only_box_markers(norm, hits):
            # "Read also the chapter on the school, the author advises ...": a sentence of the
            # article that opens on a box's words; a box's line carries a headline, not prose.
            hits = []
        # A line a rule fires on is a marker, promo or credit, however long it is.
        # A long menu on one line ("首页 | 新闻 | 财经 | 科技 | 体育 | 娱乐 | 汽车 | 房产") counts
        # its separators and signs as words: its short items between them make it no prose.
        body = not hits and width >= BODY_MIN_CHARS and (
            words >= 2 * BODY_MIN_WORDS or words >= BODY_MIN_WORDS and _is_punctuated(text)
        ) and not _separated_items(text) and not _spaced_menu_text(text) and not _ticker_text(text)
        first = text[0]
        bullet = first in _BULLET_CHARS or first.isdigit() and _NUMBERED.match(text) is not None
        infos.append(LineInfo(index, text, norm, hits, words, False, body,
                              text[-1] in _END_CHARS, bullet))
    infos.matcher = matcher
    return infos


# A line that opens on a box's words with no separator after them ("Lee también la etiqueta del
# aceite antes de comprarlo: ...") and ends on a full stop is a sentence of the article from
# this many words; a promo's headline without a colon ends on none, or is shorter.
MARKER_SENTENCE_MIN_WORDS = 16


# A sentence's full stop in the scripts that end one so (no question or exclamation mark, which
# headlines end on too, and no closing quote or bracket: a quoted headline may end on one).
_FULL_STOP_ENDS = (".", "。", "۔", "।")


def _only_box_markers(norm: str, hits: list) -> bool:
    """Every hit is a box marker with no separator after its words: "Lees ook: <a teaser as
    long as a paragraph>." is a box's line however long, "Read also the chapter ..." prose."""
    return all(rule.action == "drop-block" and not _marker_words(norm, rest).endswith(_MARKER_SEPARATORS)
               for rule, rest in hits)


def _marker_words(norm: str, rest: str) -> str:
    """The part of a normalised line before the rest a rule's hit reports (a marker's words
    and any separator after them)."""
    rest = rest.strip()
    return norm[:norm.find(rest)].rstrip() if rest and rest in norm else norm


_MARKER_SEPARATORS = (":", "：", "|", "-", "–", "—", "»", ">")


DATED_LINE = Rule(
    id="generic.dated-line", kind="regex", pattern="", action="metadata", field="date", position="outside",
    why="a place, an outlet, a desk or a clock time beside a date that a date rule reads "
    "(\"Львів, 5 грудня 2026\", \"12:40, 28 ноября 2026\"): the story's date line")
# A date line's lead-in: a place, an outlet or a desk of a few words, then a separator (the
# lines are normalised: every dash is "-", and a "·" is gone).
_DATE_LEAD_IN = re.compile(r"^([^\d,|-]{2,40}?)(?:,| [|-]) ")
_DATE_LEAD_IN_WORDS = 3
# A one-word label before a time stamp ("Обновена: 11 февруари 2025, 15:47", "Datum: ..."): a
# date with its year and clock time. Without both it is as often a fact box's row ("Born:
# July 1, 1963", "Launch Date: January 28, 2011").
_STAMP_LABEL = re.compile(r"^[^\W\d_]{2,30}: (?=.*\d{4})(?=.*\d[:.]\d\d)")
# A clock time before the date ("12:40, 28 ...", "3:45 pm pst · november 18, 2026"), or after
# it in brackets, after a dash or a comma ("... 2026 (17:22)", "... 2026 - 21:15").
_LEADING_CLOCK = re.compile(r"^\d{1,2}[:.]\d{2}( ?[ap]\.?m\.?)?( [a-z]{2,4})?( ?[,|-])? ")
_TRAILING_CLOCK = re.compile(r"(,| [|-])? ?\(?\d{1,2}[:.]\d{2}( ?[ap]\.?m\.?| uhr| h| น\.?)?\)?$")
DATED_LINE_MAX_CHARS = 80
DATED_LINE_MAX_PARTS = 4
TRAILING_CLOCK_MAX_CHARS = 24
# What a lead-in or a clock needs: a comma, a spaced bar or dash, a clock's colon or dot.
_FRAME_MARKS = (",", " |", " -", ":", ".")
_FIGURE = re.compile(r"\d")


def _read_dated_lines(normalized: list[str], all_hits: list[list], matcher: Matcher) -> None:
    """Give the lines that are a date with a lead-in or a clock time the rules do not cover the
    DATED_LINE hit, when the date alone is one a date rule reads: every lexicon's date formats
    then serve with a place's or an outlet's name before them, or a time around them."""
    # Most lines hold no date's figures or no frame's separator: string methods and one C-level
    # search leave the few that do.
    candidates = [(index, rest) for index, norm in enumerate(normalized)
                  if norm and len(norm) <= DATED_LINE_MAX_CHARS and not all_hits[index]
                  and any(mark in norm for mark in _FRAME_MARKS) and _FIGURE.search(norm)
                  for rest in _date_without_frame(norm)]
    if not candidates:
        return
    rests = [rest for _, rest in candidates]
    for (index, _), hits in zip(candidates, matcher.match_lines(rests, [len(rest) for rest in rests])):
        # A line may have two frames taken off in turn: one hit is enough.
        if not all_hits[index] and any(rule.action == "metadata" and rule.field == "date" for rule, _ in hits):
            all_hits[index].append((DATED_LINE, ""))


def _date_without_frame(norm: str) -> list[str]:
    """The line less a lead-in of a few words without figures, a label before a time stamp, a
    clock time before it, or a clock time after it, in the ways they combine, or the first
    or last of a few parts between bars; empty when it has none of them."""
    heads = [norm]
    lead_in = _DATE_LEAD_IN.match(norm)
    if lead_in and len(lead_in.group(1).split()) <= _DATE_LEAD_IN_WORDS:
        heads.append(norm[lead_in.end():])
    label = _STAMP_LABEL.match(norm)
    if label:
        heads.append(norm[label.end():])
    clock = _LEADING_CLOCK.match(norm)
    if clock:
        heads.append(norm[clock.end():])
    rests = [*heads[1:], *(_less_trailing_clock(head) for head in heads)]
    # A date among a few short parts between bars: a place, an agency or a source before or
    # after it ("sevilla | efe | 16 de marzo de 2025", "17 октября 2024, 09:15 | источник: ...").
    # A date between two other parts is a table's or a listing's row ("Jazz at the Vaults |
    # 18 March 2025 | The Vaults").
    parts = norm.split(" | ")
    long_parts = sum(len(part.split()) > _DATE_LEAD_IN_WORDS + 1 for part in parts)
    if 1 < len(parts) <= DATED_LINE_MAX_PARTS and long_parts <= 1:
        rests += [piece for part in (parts[0], parts[-1]) for piece in (part, _less_trailing_clock(part))]
    return [rest for rest in dict.fromkeys(rests) if rest and rest != norm]


def _less_trailing_clock(text: str) -> str:
    # The clock stands in the line's last characters: searched there only, a long line costs
    # no more than a short one.
    clock = _TRAILING_CLOCK.search(text, max(0, len(text) - TRAILING_CLOCK_MAX_CHARS))
    return text if clock is None else text[:clock.start()]


class Verdicts:
    """Which line goes, by which rule or heuristic, and why. The first verdict on a line wins."""

    def __init__(self, size: int):
        self.by_line: list[tuple[str, str] | None] = [None] * size
        # Lines a later layer gave back, and why: index -> reason (see restore()).
        self.restored: dict[int, str] = {}
        # Kept lines that a heuristic read as the article's own list by their shape (a list's
        # dated entries): the learned layer may not overrule them (see linemodel.decide).
        self.list_entries: set[int] = set()
        # The markers of inline promotions: the article goes on under them (see
        # engine._find_tail), so no line is below a marker that ends it.
        self.inline_markers: set[int] = set()

    def restore(self, index: int, by: str, why: str) -> None:
        """Take back the verdict on a line, recording who gave it back, why, and what had
        dropped it: explain shows a kept line's story too."""
        self.restored[index] = f"restored by {by} ({why}); {self.by_line[index][0]} had dropped it"
        self.by_line[index] = None

    def drop(self, index: int, rule_id: str, reason: str) -> None:
        if self.by_line[index] is None:
            self.by_line[index] = (rule_id, reason)

    def drop_heuristic(self, index: int, heuristic_id: str) -> None:
        self.drop(index, heuristic_id, HEURISTICS[heuristic_id])

    def drop_all(self, indexes, rule_id: str, reason: str) -> None:
        """drop() for many lines, which share one verdict."""
        verdict, by_line = (rule_id, reason), self.by_line
        for index in indexes:
            if by_line[index] is None:
                by_line[index] = verdict

    def drop_heuristic_all(self, indexes, heuristic_id: str) -> None:
        self.drop_all(indexes, heuristic_id, HEURISTICS[heuristic_id])

    def dropped(self, index: int) -> bool:
        return self.by_line[index] is not None


# ---------------------------------------------------------------- the article's extent


def page_title(lines: Page) -> int | None:
    """The line read as the page's <title>: the first non-blank line that no rule removes
    wherever it stands, nor a "read also" box's (a drop-block marker and the short lines
    under it, which go with it). The cleaned text has none of those and opens on the line
    under them: read past them, a second cleaning reads the same title as the first. A cut
    marker's block is read: at the top of a page it is more often a menu ("About Us" over
    the site's sections), whose items would be taken for the title."""
    index = lines.next_non_blank[0]
    while index < len(lines) and lines[index].ruled:
        boxed = lines[index].hit("drop-block") is not None
        after = marker_block_end(lines, index, len(lines)) if boxed else index + 1
        index = lines.next_non_blank[after] if after < len(lines) else after
    return index if index < len(lines) else None


def title_copies(lines: Page) -> set[int]:
    """Lines that repeat the page title (page_title(), or its part before " | " or " - ").

    A rendered page starts with its <title>; the headline is a later copy of it, and share
    bars repeat it again. Copies are headlines, never body, however long they are.
    """
    if lines.title is None:
        return set()
    first = lines[lines.title]
    parts = {part for part in title_parts(first.norm) if len(part) >= 12}
    return {line.index for line in lines[first.index + 1:] if line.norm in parts}


def title_parts(title: str) -> set[str]:
    """The title, its pieces between separators, and what stands before or after each
    separator: a headline may hold a separator itself ("Audi City Open - Video | AutoGuide",
    "Blog Name: Post title")."""
    parts = {title, *(part.strip() for part in _TITLE_SEPARATOR.split(title))}
    for match in _TITLE_SEPARATOR.finditer(title):
        parts.update((title[:match.start()].strip(), title[match.end():].strip()))
    return parts


def article_start(lines: Page) -> int | None:
    """The first line of the article body (_first_body), past a headline as long as a
    paragraph that stands over its credits."""
    start = _first_body(lines)
    if start is None:
        return None
    start = _over_its_rows(lines, _below_credited_headline(lines, start))
    return _over_its_ingredients(lines, start)


# A recipe opens on its ingredients: at least INGREDIENT_ROWS lines that start with a quantity
# ("2 cups of flour", "250 g cheese", "½ onion"), a few others among them ("Salt to taste"),
# under a heading no rule names ("Ingredients") and over the method's first step, a heading
# between them ("Method").
INGREDIENT_ROWS = 3
INGREDIENT_MAX_WORDS = 10
# A quantity of up to three figures ("1990 Mercedes for sale" opens on a year).
_QUANTITY = re.compile(r"(\d{1,3}([.,/]\d+)?|[½¼¾⅓⅔⅛])\s?[^\W\d]")
# A name, then its quantity and unit at the end, a note in brackets after it ("봄동 1포기(약
# 300g)"), or a unit before the figure ("砂糖　小さじ2"); no colon (a specification's "Screen
# Size : 4.3 Inch") and no year ("Costa shortlist 2006").
_TRAILING_QUANTITY = re.compile(r"[^\W\d][^\d:]*?\s((\d{1,3}([.,/]\d+)?|[½¼¾⅓⅔⅛])\s?[^\W\d]{0,6}"
                                r"(\s?\([^()]{1,20}\))?|[^\W\d]{1,4}\d{1,3}([./]\d+)?)$")


def _over_its_ingredients(lines: Page, start: int) -> int:
    """The heading over a recipe's ingredients right above `start`, if it has them; `start`
    itself otherwise."""
    index = lines.previous_non_blank[start]
    if index >= 0 and _ingredients_heading(lines[index]):
        index = lines.previous_non_blank[index]  # the method's heading
    run = []  # the short lines above, nearest first
    while index >= 0 and _ingredient_shaped(lines[index]):
        run.append(lines[index])
        index = lines.previous_non_blank[index]
    # The topmost heading with enough quantities under it, and more of them than other lines,
    # near the top of the text: under a page's menus, a heading over lines that open on a
    # figure is as often a sidebar's over its listicles ("5 signs your boiler is failing").
    for position in range(len(run) - 1, -1, -1):
        heading = run[position]
        if (_ingredients_heading(heading) and lines.non_blank_count[heading.index] < RENDERED_HEADER_LINES
                and _ingredients_under(run[:position])):
            return heading.index
    return start


def ingredients(lines: Page, start: int, end: int) -> set[int]:
    """The lines of a recipe's ingredients, which are no menu's links: those the article opens
    on (at `start`, their heading; see _over_its_ingredients), and those under a heading
    inside lines[start:end] whose names the text under them uses ("1 tbsp sesame oil" over
    "... toss with the sesame oil"): a sidebar's list of other stories opening on figures ("5
    signs your boiler is failing") names nothing the article goes on with."""
    found = _ingredients_at(lines, start)
    for run in _ingredient_shaped_runs(lines, start + 1, end):
        heading = _ingredients_heading_of(run)
        if heading is None:
            continue
        quantities = [row for row in run[heading + 1:] if _quantity_row(row)]
        if not _listicle(quantities) and _names_used_below(lines, quantities, run[-1].index + 1, end):
            found.update(line.index for line in run[heading:])
    return found


def _listicle(quantities: list[LineInfo]) -> bool:
    """Most quantity rows in title case: a box's listicle headlines ("8 Best Cities to Find
    Cloud Computing Jobs"; a note in brackets aside), not a recipe's ingredients under its
    introduction (a food blog's "2 Cups Flour" opens the text, where _ingredients_at reads it)."""
    return 2 * sum(_title_cased(_BRACKETED.sub("", row.text)) for row in quantities) > len(quantities)


def _ingredients_at(lines: Page, heading: int) -> set[int]:
    """The heading at `heading` and the ingredients under it, if it is one over them."""
    if not _ingredients_heading(lines[heading]):
        return set()
    rows = []
    for line in lines[heading + 1:]:
        if line.blank:
            continue
        if not _ingredient_shaped(line):
            break
        rows.append(line)
    if rows and _ingredients_heading(rows[-1]):
        rows.pop()  # the method's heading, which closes the list
    return {heading, *(line.index for line in rows)} if _ingredients_under(rows) else set()


def _ingredient_shaped_runs(lines: Page, begin: int, end: int) -> Iterator[list[LineInfo]]:
    """The runs of ingredient-shaped lines (blank lines between them) in lines[begin:end]."""
    run: list[LineInfo] = []
    for line in lines[begin:end]:
        if line.blank:
            continue
        if _ingredient_shaped(line):
            run.append(line)
            continue
        if run:
            yield run
        run = []
    if run:
        yield run


def _ingredients_heading_of(run: list[LineInfo]) -> int | None:
    """The position of the topmost heading of the run with enough quantities under it, and
    more of them than other lines (_ingredients_under; a heading closing the run, the
    method's, not counted). The quantities under each position are summed from the run's end
    once: a run of many labels would otherwise count them again under every one."""
    listed = run[:-1] if len(run) > 1 and _ingredients_heading(run[-1]) else run
    quantities_from = list(itertools.accumulate(map(_quantity_row, reversed(listed)), initial=0))[::-1]
    for position, line in enumerate(listed):
        rows, quantities = len(listed) - position - 1, quantities_from[position + 1]
        if _ingredients_heading(line) and quantities >= INGREDIENT_ROWS and 2 * quantities > rows:
            return position
    return None


def _names_used_below(lines: Page, quantities: list[LineInfo], begin: int, end: int) -> bool:
    """Half of the quantity rows or more name something (past the quantity) that the first
    METHOD_MAX_LINES lines of lines[begin:end] hold, as a word or inside one (a Korean noun
    takes its particle: "봄동" in "봄동은")."""
    below = " ".join(line.text for line in lines[begin:min(end, begin + METHOD_MAX_LINES)]
                     if not line.blank).casefold()
    named = [row for row in quantities if any(word in below for word in _ingredient_names(row.text))]
    return 2 * len(named) >= len(quantities)


# The method that names a recipe's ingredients follows them within this many lines.
METHOD_MAX_LINES = 40
# A word naming an ingredient has at least this many letters in a script with capitals ("of"
# and "the" are in every text; "your" and "that" pass, but five letters lose "salt", "olja"
# and "eggs"), two in one without ("봄동", "鸡蛋").
NAME_MIN_LETTERS_CASED = 4
NAME_MIN_LETTERS_UNCASED = 2


def _ingredient_names(text: str) -> list[str]:
    """The words of an ingredient's row, casefolded, that are no figure and long enough to
    name something."""
    words = [word for word in _WORD.findall(text) if not any(character.isdigit() for character in word)]
    return [word.casefold() for word in words
            if len(word) >= (NAME_MIN_LETTERS_CASED if word.lower() != word.upper() else NAME_MIN_LETTERS_UNCASED)]


def _ingredients_under(rows: list[LineInfo]) -> bool:
    """Enough quantities among the rows under a heading, and more of them than other lines."""
    quantities = sum(map(_quantity_row, rows))
    return quantities >= INGREDIENT_ROWS and 2 * quantities > len(rows)


def _quantity_row(line: LineInfo) -> bool:
    """An ingredient's quantity and name, or its name and quantity (_trailing_quantity:
    "굵은소금 1큰술", "しょうゆ　大さじ1"); a line in capitals is a profile's figures ("924 ARTICLES
    CONTRIBUTED")."""
    return ((_QUANTITY.match(line.text) is not None or _trailing_quantity(line.text))
            and not line.text.isupper())


def _trailing_quantity(text: str) -> bool:
    """A name in a script without capitals, then its quantity (Korean, Japanese, Chinese
    write it last): in a script with them, a name and a figure last is a city's temperature
    ("Stuttgart 33 Grad") or a standings row as often."""
    return not (text[0].isupper() or text[0].islower()) and _TRAILING_QUANTITY.match(text) is not None


_BRACKETED = re.compile(r"\([^()]*\)")


def _ingredient_shaped(line: LineInfo) -> bool:
    return not (line.body or line.hits or _ends_on_full_stop(line.text)) and line.words <= INGREDIENT_MAX_WORDS


def _ingredients_heading(line: LineInfo) -> bool:
    """A label, perhaps ending on a colon ("Продукти:", "Начин на приготвяне:") or with a note
    in brackets ("Ingredients (serves 2)", "재료 (2~3인분)")."""
    return ((line.label or not (line.blank or line.body) and line.words <= LABEL_MAX_WORDS
             and (_BRACKETED_NOTE.search(line.text) is not None or _announces(line)))
            and not line.hits and not _QUANTITY.match(line.text))


_BRACKETED_NOTE = re.compile(r"\([^()]{1,30}\)$")


# A results page or a league table opens on its rows: at least TABLE_OPENING_ROWS rows of
# figures (a score, "Label: value", a ranked row) right above the first paragraph, with short
# headings between them ("Standings"), are the article's, not a header's menu, when they
# outweigh the prose under them. A sports page's score ticker stands over a match report
# that is longer than the ticker (and over its headline, which may hold a score too).
TABLE_OPENING_ROWS = 3
_RANKED_ROW = re.compile(r"\d{1,3}[.)]\s+\D+?\s\d")
# A standings row: a name and its points or votes ("Napoli 28", "Partido Verde 12,4"); a
# year after a name is an archive's month or a prize's edition ("September 2012").
_STANDING_ROW = re.compile(r"[^\W\d][^\d:|,]{0,40}\s(?!(1[89]|20)\d\d$)\d{1,6}([.,]\d{1,3})?$")


def _figures_row(line: LineInfo) -> bool:
    """A row of a results or league table: a score, "Label: value", a ranked row or a
    standings row."""
    return not line.hits and not line.body and (_data_row(line) or _RANKED_ROW.match(line.text) is not None
                                                or _STANDING_ROW.match(line.text) is not None)


def figures_rows(lines: Page, begin: int, end: int) -> set[int]:
    """The rows of runs of at least TABLE_OPENING_ROWS such rows in a row inside lines[begin:end]
    (blank lines between them): a round's results under a paragraph, not a menu's links."""
    found, run = set(), []
    for line in itertools.chain(lines[begin:end], [None]):
        if line is not None and (line.blank or _figures_row(line)):
            run += [] if line.blank else [line.index]
            continue
        if len(run) >= TABLE_OPENING_ROWS and not _numbered_menu(lines, run):
            found.update(run)
        run = []
    return found


def _numbered_menu(lines: Page, rows: list[int]) -> bool:
    """Standings rows that share their first word in half of them or more are a menu's
    numbered items ("Rai 1", "Rai 2", "Rai News 24"; "Ausgabe 12", "Ausgabe 11"): a table's
    rows name a team or a party each."""
    standings = [lines[index].text for index in rows if not _data_row(lines[index])
                 and _RANKED_ROW.match(lines[index].text) is None]
    first_words = Counter(text.split()[0] for text in standings)
    return len(standings) == len(rows) and 2 * first_words.most_common(1)[0][1] >= len(rows)


def _over_its_rows(lines: Page, start: int) -> int:
    """The first of the rows of figures right above `start`, if there are enough of them;
    `start` itself otherwise."""
    top, rows, headed = start, 0, False
    index = lines.previous_non_blank[start]
    while index >= 0:
        line = lines[index]
        if line.hits or line.body:
            break
        if _figures_row(line):
            top, rows, headed = index, rows + 1, False
        elif rows and not headed and line.words <= LABEL_MAX_WORDS:
            headed = True  # one heading between two parts of the table
        else:
            break
        index = lines.previous_non_blank[index]
    if rows < TABLE_OPENING_ROWS:
        return start
    table = sum(len(line.text) for line in lines[top:start])
    return top if table >= lines.body_chars_between(start, len(lines)) else start


def _below_credited_headline(lines: Page, start: int) -> int:
    """The paragraph right under the byline or date of a headline as long as a paragraph ("In
    the hills, the olive harvest began early and the crop fell by a third" / "News desk" /
    "14.10.2024 11:20"): a story's credits stand between its headline and its first paragraph,
    not between two of its paragraphs. Only credits, an author's name or a deck may stand
    between them, three lines at most, besides lines a rule takes anywhere: a poem's lines, a
    table's rows or a recipe's list under a dated headline are the article's. The credit is a
    dated line naming its day, or a byline whose rule fires anywhere (a "name - outlet" byline
    fires in the header only, so it would make its own header: "Club A - Club B" fixtures). A
    line ending on a colon announces what follows, which is the article's. A deck as long as a
    paragraph right under the headline (_deck_under) puts the credits under the deck. `start`
    itself when its line is no such headline."""
    if _announces(lines[start]):
        return start
    if _paragraph_long_headline(lines[start]):
        return _under_credits(lines, start, _deck_under(lines, start), _credit_or_deck)
    if _deck_over_credits(lines, start):
        return _under_credits(lines, start, start, _credit_line)
    return start


def _under_credits(lines: Page, start: int, top: int, may_stand: Callable[[Page, LineInfo, int], bool]) -> int:
    """The paragraph under the credits right under the line at `top`, when only lines that
    `may_stand` there (three at most), that a rule takes or that a drop-line rule names stand
    between them; `start` otherwise."""
    paragraph = _paragraph_under(lines, top)
    if paragraph >= len(lines):
        return start
    between = [line for line in lines[top + 1:paragraph] if not line.blank]
    # A header's furniture that a rule takes outside the article only ("Temps de lecture :
    # 4 min.") stands among the credits as well.
    standing = [line for line in between if not line.ruled and not line.hit("drop-line")]
    if len(standing) > CREDIT_BLOCK_MAX_LINES or not all(may_stand(lines, line, paragraph) for line in standing):
        return start
    credited = any(_story_date(line) or _story_credit(line) and line.ruled or _wire_dateline(line)
                   for line in between[:CREDIT_BLOCK_MAX_LINES])
    return paragraph if credited else start


def _wire_dateline(line: LineInfo) -> bool:
    """A dateline without figures that a date rule reads: a place or an outlet before its dash
    ("ROMA –", "(Bóng đá 24h) -"), the story's credit."""
    return _read_as(line, "date") and not _has_digit([line.text])


# A deck as long as a paragraph has at most this many words; an article's first paragraph
# runs longer.
DECK_MAX_WORDS = 2 * HEADLINE_MAX_WORDS


def _deck_under(lines: Page, headline: int) -> int:
    """The deck right under a headline as long as a paragraph, when it is one too ("Enschede
    builds 1,200 homes on the old mill site" / "The council and the developer agreed on the
    site. A third will be social housing." / "Roel Wessels" / "21 Oct 2025"): the credits stand
    under the deck. `headline` itself when the line under it is no such deck, or runs on the
    line above in lower case (a paragraph wrapped at the source's line breaks)."""
    below = lines.next_non_blank[headline + 1]
    if (below < len(lines) and lines[below].body and not lines[below].hits and not lines[below].bullet
            and lines[below].words <= DECK_MAX_WORDS and not lines[below].text[0].islower()):
        return below
    return headline


def _paragraph_under(lines: Page, index: int) -> int:
    """The first paragraph under the line at `index`, past the lead photo's caption over its
    credit (which may be a sentence): the article starts under both."""
    paragraph = lines.next_paragraph[index + 1]
    while paragraph < len(lines) and _lead_caption(lines, lines[paragraph]):
        paragraph = lines.next_paragraph[paragraph + 1]
    return paragraph


def _deck_over_credits(lines: Page, index: int) -> bool:
    """A deck as long as a paragraph right under a headline ("Council backs four new cycle
    streets" / "After months of dispute the council said yes. Shopkeepers remain sceptical."),
    over a paragraph longer than itself: the credits under it stand over the article, as they
    do under a long headline. A blog's one paragraph over its "Posted on" line runs longer
    than what comes under that (a newsletter's prompt, a comment)."""
    line, above = lines[index], lines.previous_non_blank[index]
    paragraph = _paragraph_under(lines, index)
    return (above >= 0 and is_headline(lines[above]) and not line.hits and not line.bullet
            and line.words <= DECK_MAX_WORDS and not line.text[0].islower()
            and paragraph < len(lines) and len(lines[paragraph].text) > len(line.text))


def _credit_line(lines: Page, line: LineInfo, paragraph: int) -> bool:
    """A line of a story's credits: a credit, a source line ("dpa/sportnetz"), a byline's
    label and name, an author's name, or the lead photo's caption (a deck's sentences end on
    the deck above)."""
    return (_story_credit(line) or _read_as(line, "source") or _wire_dateline(line) or _place_alone(line)
            or _in_credit_block(lines, line, paragraph) or is_byline(line) or looks_like_caption(line)
            or over_a_photo_credit(lines, line))


def _credit_or_deck(lines: Page, line: LineInfo, paragraph: int) -> bool:
    """A line of a story's header block: a credit, a byline's label and name ("Published by:
    Ann Berg"), an author's name, a deck, or the lead photo's caption."""
    return _credit_line(lines, line, paragraph) or is_deck(line)


def _first_body(lines: Page) -> int | None:
    """The first line of the article body: the first paragraph under the page title's copy
    (see _bodies_under_title), else the first dense run of body lines that is not small
    beside the largest run (sidebar teasers and cookie notices come in small runs).

    A run is a sequence of body lines with at most MAX_SHORT_GAP short lines between
    neighbours. Title copies, marker lines, templated runs ("Link externo, abre página
    ... no Twitter", "... no Instagram") and a ticker's timed headlines are never body.
    """
    titles, never_body = lines.titles, lines.templated | lines.timed_headlines
    # The page title itself, when a copy of it stands below, is a rendered page's <title>,
    # not the article's first paragraph, however long it is.
    title = lines.title if titles else None
    body = [line for line in lines
            if line.body and line.index not in titles and line.index not in never_body and line.index != title]
    if not body:
        return None
    runs: list[list[LineInfo]] = [[body[0]]]
    for previous, line in zip(body, body[1:]):
        shorts_between = lines.non_blank_count[line.index] - lines.non_blank_count[previous.index + 1]
        if shorts_between <= MAX_SHORT_GAP:
            runs[-1].append(line)
        else:
            runs.append([line])
    sizes = [sum(len(line.text) for line in run) for run in runs]
    largest = max(sizes)
    densest, densest_size = next((run[0].index, size) for run, size in zip(runs, sizes)
                                 if size >= MIN_RUN_SHARE * largest)
    if len(runs) > 1 and runs[1][0].index == densest and _short_lead_over_a_box(lines, runs[0], densest):
        return runs[0][0].index
    if densest != runs[0][0].index and _headline_over_its_lead(lines, runs[0], densest):
        return runs[0][0].index
    if len(runs) > 1 and runs[1][0].index == densest and _lead_over_its_names(lines, runs[0], densest):
        return runs[0][0].index
    # Few lines above the densest run: a clean article under its title, or a page with no
    # sidebar there to outweigh the story; a copy of a title part further down is a sub-heading.
    if lines.non_blank_count[densest] <= RENDERED_HEADER_LINES or _title_near(lines, densest):
        return densest
    headed = _bodies_under_title(lines, runs)
    # A teaser of the same story in a related box stands under a title copy too, and is
    # small beside the article.
    return next((index for index, size in headed if size >= TITLE_RUN_SHARE * densest_size), densest)


# A short story at the top of a page stands under its headline (and a credit and a date
# line): more lines than this above it that are neither labels, a menu nor a credit are a
# sidebar's.
LEAD_HEADER_LINES = 1


def _short_lead_over_a_box(lines: Page, lead: list[LineInfo], densest: int) -> bool:
    """The page's first run of prose, small beside the next one, the longer story right
    under it, is the article when that story is a promoted one: a box's heading and a
    headline stand over it, the headline names it and not the lead, and it does not go on
    with the lead's words (is_promoted_story: so under a lead of two paragraphs at least). A
    news brief over a "read next" box is shorter than the story the box promotes. A
    sidebar's teasers stand one paragraph under each headline, and below a page's chrome."""
    first = lead[0].index
    above = [line for line in lines[:first]
             if not (line.blank or line.label or line.ruled or is_link_line(line) or is_byline(line))]
    if len(above) > LEAD_HEADER_LINES:
        return False
    headline = lines.previous_non_blank[densest]
    heading = lines.previous_non_blank[headline]  # densest comes after the lead: never -1
    return (heading > lead[-1].index and is_box_heading(lines[heading])
            and is_promoted_story(lines, first, heading, len(lines)))


def _headline_over_its_lead(lines: Page, lead: list[LineInfo], densest: int) -> bool:
    """The page opens on a headline right over its first run of prose, which the headline
    names, and the longer run below goes on with that story (its opening reuses the lead's
    words, as story_continues asks after a box): a clean article whose lead stands over a box
    of facts, a line-up or related links, not a sidebar's teaser over another story."""
    first = lines.next_non_blank[0]
    if lines[first].body or lines.next_non_blank[first + 1] != lead[0].index:
        return False
    if not names_the_story(lines, first, lead[0].index):
        return False
    below = content_tokens(resumed_body(lines, densest, len(lines)))
    above = content_tokens([lines[first]] + lead)
    return bool(below) and len(below & above) / len(below) >= CONTINUATION_OVERLAP


def _lead_over_its_names(lines: Page, lead: list[LineInfo], densest: int) -> bool:
    """The page's first run of prose stands over a list of names, one a line, and nothing
    else, right above the longer prose (a board's new members, a squad, the victims named):
    the lead of the article whose prose below goes on about them, when a sentence ending on
    a colon announces the list or the prose below names most of them again. A sidebar's
    teaser stands over headlines or a menu's items, which the story below does not repeat."""
    between = [line for line in lines[lead[-1].index + 1:densest] if not line.blank]
    announced = bool(between) and _announces_list(between[0])
    items = between[1:] if announced else between
    if not LINK_RUN_IN_HEADER <= len(items) <= ANNOUNCED_LIST_MAX_ITEMS or not all(map(_name_row, items)):
        return False
    return announced or _named_again(lines, items, densest)


def _title_near(lines: Page, index: int) -> bool:
    """A copy of the page title stands within TITLE_TO_BODY_LINES non-blank lines of line
    `index`: the densest run has its headline (a "« previous | next »" line may open the run
    just above it)."""
    position = lines.non_blank_count[index]
    return any(abs(position - lines.non_blank_count[title]) <= TITLE_TO_BODY_LINES
               for title in lines.titles)


# How many non-blank lines (date, author, share bar, lead photo) may stand between the
# page title's copy and the first paragraph under it.
TITLE_TO_BODY_LINES = 6


def _bodies_under_title(lines: Page, runs: list[list[LineInfo]]) -> list[tuple[int, int]]:
    """The first paragraphs under copies of the page title (a headline), in order, with the
    prose from each to the end of its run: when no copy stands near the densest run, the
    article starts at the first that is not small beside that run, however small it is
    beside a sidebar's or a comment thread's prose. Only the first copy of each text
    may be the headline (a share bar, a post footer or a most-read box repeats it further
    down), and only over prose not small beside the other copies'."""
    body = [line.index for run in runs for line in run]
    # chars_to_run_end[k]: characters of body[k] and of the body lines after it in its run.
    chars_to_run_end = []
    for run in runs:
        chars_to_run_end += list(itertools.accumulate(len(line.text) for line in reversed(run)))[::-1]
    candidates = []  # (first paragraph under a copy, prose from it to the end of its run)
    for title in _first_copies(lines):
        position = bisect.bisect_right(body, title)
        if position == len(body):
            break
        first = body[position]
        if lines.non_blank_count[first] - lines.non_blank_count[title + 1] <= TITLE_TO_BODY_LINES:
            candidates.append((first, chars_to_run_end[position]))
    if not candidates:
        return []
    largest = max(size for _, size in candidates)
    return [(index, size) for index, size in candidates if size >= MIN_RUN_SHARE * largest]


def _first_copies(lines: Page) -> list[int]:
    """The title copies that are the first of their text, in order."""
    seen: set[str] = set()
    found = []
    for index in sorted(lines.titles):
        if lines[index].norm not in seen:
            seen.add(lines[index].norm)
            found.append(index)
    return found


# A run of body lines smaller than this share of the largest run is a teaser, not the article.
MIN_RUN_SHARE = 0.15
# Prose under a title copy smaller than this share of the densest run is a related box's teaser.
TITLE_RUN_SHARE = 0.25


# Consecutive lines that open with the same words are one template filled in several times.
TEMPLATE_WORDS = 3
TEMPLATE_MIN_RUN = 3


def templated_runs(lines: list[LineInfo]) -> set[int]:
    """Indexes of lines in runs of TEMPLATE_MIN_RUN or more non-blank lines that share their
    first TEMPLATE_WORDS words (share links, "more from" link lists, widget labels). Ruled
    lines neither join nor break a run: a rule removes them anyway."""
    found: set[int] = set()
    run: list[LineInfo] = []
    run_key: list[str] = []
    for line in lines:
        if line.blank or line.hits and line.ruled:
            continue
        key = line.norm.split(" ", TEMPLATE_WORDS)[:TEMPLATE_WORDS]
        if run and len(key) == TEMPLATE_WORDS and run_key == key:
            run.append(line)
            continue
        run_key = key
        if len(run) >= TEMPLATE_MIN_RUN:
            found.update(item.index for item in run)
        run = [line]
    if len(run) >= TEMPLATE_MIN_RUN:
        found.update(item.index for item in run)
    return found


def article_end(lines: Page, start: int, cut: int, dropped) -> int:
    """The article's last line: the last body line before the tail, plus any short closing
    sentences that follow it directly (a one-line last paragraph is still the story)."""
    end = max((line.index for line in lines[start:cut] if line.body and not dropped(line.index)),
              default=start)
    for line in lines[end + 1:cut]:
        if line.blank:
            continue
        if line.hits or not line.terminated or line.words < 4 or dropped(line.index):
            break
        end = line.index
    # A last paragraph ending on a colon ("The next steps are:") announces a list of the article.
    return max(announced_items(lines, start, end, cut, dropped), default=end)


# A list that a sentence of the article announces has at most this many items.
ANNOUNCED_LIST_MAX_ITEMS = 12


def announced_items(lines: Page, start: int | None, announcer: int, end: int,
                    dropped: Callable[[int], bool] = lambda index: False) -> list[int]:
    """Indexes of the items of the list that the line at `announcer` announces, if it is a
    sentence of the article (from `start`) ending on a colon: the short lines under it, up to
    ANNOUNCED_LIST_MAX_ITEMS and before `end`, until a paragraph, a sentence, a line a rule
    names or one already dropped.

    The sentence goes on with the article's words ("The council says ... The next steps
    are:"), or the article's text goes on under the list and names items of it again ("...
    in these villages:" over "Obot", "Shirq", ... over "It is worst in Obot and Shirq"; in a
    language of short words or many endings the sentence may share no word of four letters
    with the paragraph above it), and then the list may be as long as a squad
    (NAMED_LIST_MAX_ITEMS). A box's prompt in the site's voice names nothing of the story
    ("You may also be interested in these stories:", "Download our app:", "Letters can be
    sent to:")."""
    if not _announces_list(lines[announcer]) or start is None:
        return []
    items = _short_items_under(lines, announcer, end, dropped)
    if set(tokens(lines[announcer].text)) & lines.body_tokens_between(start, announcer):
        items = items[:ANNOUNCED_LIST_MAX_ITEMS]
    elif not _named_again_below(lines, announcer, items, end):
        return []
    # "For media enquiries, please contact:" over a name, an e-mail address and a telephone
    # number is a press release's contact box, not the article's list.
    return [] if any(_ADDRESS.search(lines[index].text) for index in items) else items


# A list whose items the article names again under it has at most this many (a squad).
NAMED_LIST_MAX_ITEMS = 30


def _short_items_under(lines: Page, announcer: int, end: int,
                       dropped: Callable[[int], bool] = lambda index: False) -> list[int]:
    """The short lines under the line at `announcer`, up to NAMED_LIST_MAX_ITEMS and before
    `end`, until a paragraph, a sentence, a line a rule names or one already dropped."""
    items: list[int] = []
    index = lines.next_non_blank[announcer + 1]
    while index < end and len(items) < NAMED_LIST_MAX_ITEMS:
        line = lines[index]
        if line.hits or dropped(index) or not _short_item(line):
            break
        items.append(index)
        index = lines.next_non_blank[index + 1]
    return items


def _in_named_list(lines: Page, start: int, index: int, end: int) -> bool:
    """Whether the line at `index` is an item of a list that a sentence of the article
    announces and that the article names again under it (_named_again_below): a name in a
    squad over the next name and the paragraph that follows the list is no box's heading
    over a headline. The list and the few lines under it only: never the article's words
    from its start, which would be gathered again at every candidate heading."""
    announcer = lines.previous_non_blank[index]
    for _ in range(NAMED_LIST_MAX_ITEMS):
        if announcer < start or _announces_list(lines[announcer]) or not _short_item(lines[announcer]):
            break
        announcer = lines.previous_non_blank[announcer]
    if announcer < start or not _announces_list(lines[announcer]):
        return False
    items = _short_items_under(lines, announcer, end)
    return index in items and _named_again_below(lines, announcer, items, end)


# The article's text under such a list: its body lines among this many lines under it and two
# more (an inline promotion may stand between).
NAMED_AGAIN_BODY_LINES = 3


def _named_again_below(lines: Page, announcer: int, items: list[int], end: int) -> bool:
    """Whether the list of `items` under the line at `announcer` stands inside the article's
    text (a paragraph right above that line; right under the last item a paragraph, or a
    line a rule names, such as an inline promotion) and two or more of its short items
    (names: LABEL_MAX_WORDS words at most) share a word with the first body lines under it,
    before `end`. A box's headlines are longer, the story under a box goes on with its own
    words, and a page's sidebar ("Receive email alerts on:" over its topics) stands between
    other boxes."""
    if not items:
        return False
    above, under = lines.previous_non_blank[announcer], lines.next_non_blank[items[-1] + 1]
    if not (above >= 0 and lines[above].body and under < end and (lines[under].body or lines[under].hits)):
        return False
    # The first body lines under the list, among its next few lines.
    below: set[str] = set()
    for line in non_blank_after(lines, under, end, NAMED_AGAIN_BODY_LINES + 2):
        if line.body:
            below.update(tokens(line.text))
    named = [index for index in items
             if lines[index].words <= LABEL_MAX_WORDS and set(tokens(lines[index].text)) & below]
    return len(named) >= 2


# An e-mail or web address.
_ADDRESS = re.compile(r"\w@\w|https?://|www\.")


def _in_announced_list(lines: Page, start: int, index: int) -> bool:
    """Whether line `index` is a row of a list of labelled rows that a sentence of the article
    announces ("The main divisions rose as follows:" over "Health: 2.2%", "Education: 1.5%"):
    the last rows, a label over a longer row and the prose after them, have the shape of a
    box's heading over another story's headline. The line must be such a row, like the one
    above it: a box's heading ("Elsewhere in the region") under an announced list is none.
    Shapes only, no words: asking the article's words at every candidate heading would
    rebuild them from the start each time."""
    above, below = lines.previous_non_blank[index], lines.next_non_blank[index + 1]
    if above >= start and _announces_list(lines[above]) and _rows_alike(lines, index, below):
        return True  # the list's first row, right under the sentence that announces it
    if not (_labelled_row(lines[index].text) and above >= start and _labelled_row(lines[above].text)):
        return False
    for _ in range(ANNOUNCED_LIST_MAX_ITEMS):
        if above < start or _announces_list(lines[above]) or not _short_item(lines[above]):
            break
        above = lines.previous_non_blank[above]
    return above >= start and _announces_list(lines[above])


# A row that pairs two names by a dash, "vs" or "v." ("Πανπαριακός – Θηραϊκός", "Lakers vs
# Celtics"; a bare "v" is a Czech "in"), no figure (an archive's "July 2, 2006 - July 8, 2006").
_PAIRED_ROW = re.compile(rf"([^\W\d][^\d:.!?]{{0,40}}){_SPACE}(?:[–—-]|vs\.?|v\.){_SPACE}([^\W\d][^\d:.!?]{{0,40}})")


def _among_paired_rows(lines: Page, index: int) -> bool:
    """The line at `index`, the one above it and the one under it each pair two names: rows of
    a list of fixtures or pairings, which a box's heading over another story's headline is
    not ("Αστέρας Κέας – Σιφνιακός" over "Φοίνικας Ερμούπολης – Μηλιακός", under "Τηνιακός – ΑΕ
    Νάξου")."""
    above, below = lines.previous_non_blank[index], lines.next_non_blank[index + 1]
    return (above >= 0 and below < len(lines)
            and all(_PAIRED_ROW.fullmatch(lines[row].text) for row in (above, index, below)))


def _rows_alike(lines: Page, first: int, second: int) -> bool:
    """The line at `second` is a short item no more than twice as long as the one at `first`:
    two rows of one list ("Station Road to the bridge" / "Castle Hill to the hospital"), not a
    box's heading over another story's headline ("Other news" / "Minister opens the new
    terminal at the airport")."""
    return (second < len(lines) and _short_item(lines[second])
            and lines[second].words <= 2 * lines[first].words)


def _labelled_row(text: str, value_max_words: int | None = 5) -> bool:
    """A row of a list of labelled values: a label of up to four words, a colon or a dash
    between spaces, and a value of up to `value_max_words` ("Transport: 2.8%", "Entry: free",
    "Луговое — 112 домов"; None: any length, "Nadia Attar: Deputy Prime Minister and Planning
    Minister")."""
    parts = text.split(":", 1) if ":" in text else _ROW_DASH.split(text, maxsplit=1)
    return (len(parts) == 2 and 0 < len(parts[0].split()) <= 4 and len(parts[1].split()) > 0
            and (value_max_words is None or len(parts[1].split()) <= value_max_words))


_ROW_DASH = re.compile(rf"{_SPACE}[–—-]{_SPACE}")


# A sign-up box (a newsletter's, an app's) stands between blank lines: its heading, its pitch
# (one sentence of at most SIGN_UP_PITCH_MAX_WORDS words), its field, button and consent
# line, perhaps a border of underscores above and below, SIGN_UP_BOX_MAX_LINES lines at most,
# of which rules name two at least (the field and its heading or consent line) and no more than
# SIGN_UP_UNNAMED_MAX_LINES are left (heading or pitch, button, border).
SIGN_UP_BOX_MAX_LINES = 8
SIGN_UP_PITCH_MAX_WORDS = 20
SIGN_UP_NAMED_MIN_LINES = 2
SIGN_UP_UNNAMED_MAX_LINES = 4
# Under its last named line a box has its button and a note ("No spam"), no paragraph: a
# block that runs on into the article's next section is no box.
SIGN_UP_LINES_BELOW = 2


def sign_up_boxes(lines: Page, start: int, end: int) -> list[int]:
    """The lines of the sign-up boxes inside the article that no rule names (those go by their
    own), found by a line that a rule with `sign_up_field` names ("Zadejte e-mail", "Din
    e-postadress"): the block between blank lines round it when it has a box's shape
    (_sign_up_block); else a label between the field and another line such a rule names, its
    button ("Inserisci la tua email" / "Iscriviti" / "Cliccando su ..."): a label under the
    box's last line heads the article's next paragraph ("Chi è esente")."""
    found: set[int] = set()
    taken = -1  # the last line of the last box taken: its other fields need no second look
    for line in lines[start:end]:
        if line.index <= taken or not _sign_up_line(line):
            continue
        block = _blank_bounded(lines, line.index, SIGN_UP_BOX_MAX_LINES)
        if _sign_up_block(block):
            found.update(item.index for item in block if not item.hits)
            taken = block[-1].index
            continue
        for neighbour, beyond in ((line.index - 1, line.index - 2), (line.index + 1, line.index + 2)):
            if 0 <= min(neighbour, beyond) and max(neighbour, beyond) < len(lines) \
                    and lines[neighbour].label and not lines[neighbour].hits and _sign_up_line(lines[beyond]):
                found.add(neighbour)
    return sorted(found)


def _sign_up_line(line: LineInfo) -> bool:
    return any(rule.sign_up_field for rule, _ in line.hits)


def _sign_up_block(block: list[LineInfo]) -> bool:
    """A block with a sign-up box's shape: two lines or more that rules name, few others, no
    paragraph but a short pitch under the box's heading, a button and a note at most under the
    last named line, and no line that announces a list (an article's "To register you need:"
    over its items, one of them "Your e-mail address")."""
    named = [item for item in block if item.hits]
    # A border of underscores or dashes is neither.
    lettered = [item for item in block if any(char.isalnum() for char in item.text)]
    unnamed = [item for item in lettered if not item.hits]
    if len(named) < SIGN_UP_NAMED_MIN_LINES or len(unnamed) > SIGN_UP_UNNAMED_MAX_LINES:
        return False
    prose = [item for item in unnamed if item.body]
    below = [item for item in unnamed if item.index > named[-1].index]
    # The pitch stands under the box's heading; a paragraph that opens the block is the
    # article's, glued to the box with no blank line.
    first = lettered[0]
    return (len(prose) <= 1 and all(item.words <= SIGN_UP_PITCH_MAX_WORDS for item in prose)
            and (first.hits or not first.body and not first.text.endswith(_FULL_STOP_ENDS))
            and len(below) <= SIGN_UP_LINES_BELOW and not any(item.body for item in below)
            and not any(_announces(item) for item in block))


def _blank_bounded(lines: Page, index: int, most: int) -> list[LineInfo]:
    """The run of non-blank lines round line `index`, between blank lines or the page's ends,
    if it has at most `most` lines (else none)."""
    first = last = index
    while first > 0 and not lines[first - 1].blank and last - first < most:
        first -= 1
    while last + 1 < len(lines) and not lines[last + 1].blank and last - first < most:
        last += 1
    return [] if last - first + 1 > most else lines[first:last + 1]


# Consecutive label lines that make a menu, share bar or button row: above the article three
# are enough (a headline block has no three one-word lines in a row), inside it four.
LINK_RUN_IN_HEADER = 3
LINK_RUN_IN_ARTICLE = 4


def label_runs(lines: Page, begin: int, end: int, min_run: int,
               dropped: Callable[[int], bool] = lambda index: False, announced: bool = False,
               cells: Container[int] = ()) -> list[int]:
    """Indexes of label lines in runs of at least min_run. Blank lines do not break a run,
    nor does a line that goes anyway: one a rule removes anywhere ("Comments (3)" between
    two menu items) or one already `dropped` (a title copy); in the cleaned text the labels
    around it stand together.

    A run made mostly of bullets or numbered items ("1-Salah", no space after the mark) is a
    list that belongs to the story, and so, with `announced` (inside the article), is a run
    under a line ending on a colon that announces it: a team's name over its line-up
    ("Harbour Rovers:"), "The ranking:", also when the list's first items are longer than
    labels ("Violence (video or photos)" over "Spam", "Hate speech").
    """
    found: list[int] = []
    run: list[LineInfo] = []
    above: LineInfo | None = None  # the standing line the run started under
    over_above: LineInfo | None = None  # and the line read before that one
    announcer: LineInfo | None = None  # ... or the line ending on a colon above its list's first items
    passed = -1  # the run's length when it last passed over a line that goes anyway
    for line in itertools.chain(lines[begin:end], [None]):
        if line is not None and line.blank:
            continue
        # line.label, spelled out: this runs on every line of the page. A cell of the
        # article's own table or list ends a run as a paragraph does.
        if (line is not None and line.words <= LABEL_MAX_WORDS and not line.terminated and not line.body
                and line.index not in cells):
            run.append(line)
            continue
        if line is not None and (line.hits and line.ruled or dropped(line.index)):
            passed = len(run)
            continue
        if (announced and line is not None and line.body and len(run) > 1
                and (passed == len(run) - 1 or dropped(run[-2].index))
                and not run[-1].hits and all(item.hits or dropped(item.index) for item in run[:-1])):
            # Past a box that rules take (a newsletter's heading, pitch, field and button; a
            # box's list of headlines), the article resumes on its sub-heading over the next
            # paragraph ("Who is exempt").
            run = run[:-1]
        if (len(run) >= min_run and _numbered_items(run) * 2 < len(run) and not (announced and _steps(run))
                and not (announced and _verse(run))
                and not (announced and announcer is not None and _announces(announcer))
                and not (announced and _asked_for(lines, run, above, line))
                and not (announced and _list_item(above) and _list_item(line))
                and not (announced and _figure_list(run, above))
                and not (announced and _recipe_goes_on(run, above, over_above))
                and not (announced and all(map(_name_row, run)) and line is not None
                         and _named_again(lines, run, line.index))):
            found += [item.index for item in run]
        # A list's longer items keep it announced, and so do labelled rows between them as
        # long as labels ("Name: Prime Minister" over "Name: Deputy Prime Minister and
        # Minister of Planning").
        if not (_short_item(line) and not _announces(line) and announcer is not None and _announces(announcer)
                and (run == [] or _labelled_row(line.text, None)
                     and all(_labelled_row(item.text, None) for item in run))):
            announcer = line
        run, above, over_above, passed = [], line, run[-1] if run else above, -1
    return found


# A line of verse that runs on into the next ends on a comma after this many words at least;
# a tag list's items rendered a line each ("Kyiv,", "Energy,") are shorter.
VERSE_COMMA_LINE_MIN_WORDS = 3


def _verse(run: list[LineInfo]) -> bool:
    """Short lines of which two, past the first, run on over a comma, or one into a next line
    that opens on no capital: a poem's lines ("את מה שניתן להם," / "כמו ידיים שלא יודעות"),
    not a menu's or a widget's labels, which end on no punctuation, nor a list of tags one a
    line, each opening on a capital ("Російське вторгнення в Україну," / "Економіка")."""
    runs_on = [line.text.endswith((",", "،", "，")) and line.words >= VERSE_COMMA_LINE_MIN_WORDS for line in run]
    return sum(runs_on[1:]) >= 2 or any(
        on and not below.text[0].isupper() for on, below in zip(runs_on[1:], run[2:]))


# Menu items, share buttons and tags are a word or two; the rows of an article's fact box
# ("Parking spaces 35", "Cost 1.8 million") are longer on average.
FIGURE_LIST_MEAN_WORDS = 2.5
# ... and fewer than this share of them have one shape of words and figures.
FIGURE_LIST_TEMPLATE_SHARE = 0.75


def _figure_list(run: list[LineInfo], above: LineInfo | None) -> bool:
    """Inside the article, a run of phrases under a paragraph with figures in half its lines, in
    more than one shape or each after its label and a colon: a fact box of figures, prices or
    results, a timetable. Without figures such a run
    is as often a widget framed by paragraphs (a menu of sections, a series' box, an author's
    box) as the article's own list, and a series' box numbers its parts ("Part 1", "Part 2")."""
    if above is None or not above.body:
        return False
    if sum(_COUNTER_LABEL.fullmatch(line.text) is not None for line in run) >= 2:
        return False
    if sum(line.words for line in run) < FIGURE_LIST_MEAN_WORDS * len(run):
        return False
    if 2 * sum(_has_digit([line.text]) for line in run) < len(run):
        return False
    # Rows that each name their label before a colon are a table's, however alike ("1 черга:
    # 06:00–10:00, 17:00–21:00", one row a group of an outage schedule).
    if all(_named_row(line.text) for line in run if _has_digit([line.text])):
        return True
    # A widget fills one template row after row ("Mon 12° rain", "Tue 9° showers"; "Chelsea
    # 2-1 Arsenal"); a fact box's rows say different things in different shapes.
    shapes = Counter(tuple(_has_digit([word]) for word in line.text.split()) for line in run)
    return shapes.most_common(1)[0][1] < FIGURE_LIST_TEMPLATE_SHARE * len(run)


def _named_row(text: str) -> bool:
    """A labelled row (_labelled_row) whose label holds a letter: "1 черга: 06:00–10:00", not a
    timed headline ("18:05 Пожар на складі"), whose colon parts a clock's hours and minutes."""
    return _labelled_row(text, None) and any(char.isalpha() for char in text.split(":", 1)[0])


def _recipe_goes_on(run: list[LineInfo], above: LineInfo | None, over_above: LineInfo | None) -> bool:
    """Inside the article, a run of short lines under a recipe's longer quantity row ("1 kg
    lamb on the bone" over "2 aubergines", "1 cauliflower", "Salt and oil for frying"), itself
    under a quantity row or the ingredients' heading: the ingredients go on, with more
    quantities among them than other lines. Under a paragraph, a line that opens on a figure
    heads a widget's listicles as often ("5 things we learned from the budget" over "3 dead
    in crash", "Mayor resigns")."""
    return (above is not None and _quantity_row(above) and _ingredients_under([above, *run])
            and over_above is not None and (_quantity_row(over_above) or _ingredients_heading(over_above)))


# A counter label: one word and a number ("Step 2", "Schritt 3", "الخطوة 4").
_COUNTER_LABEL = re.compile(r"(\w+)\s+(\d{1,2})")


def _steps(run: list[LineInfo]) -> bool:
    """Counter labels of one word, going up by one, each over a line of its own ("Step 1",
    "Open an account", "Step 2", "Upload the papers"): inside the article, the steps of its
    how-to, not a menu. A pager's "Page 1", "Page 2" stand side by side."""
    counters = [(position, match) for position, line in enumerate(run)
                if (match := _COUNTER_LABEL.fullmatch(line.text)) is not None]
    # The whole run is counter and step, counter and step: a menu or a series' box mixes in
    # other items ("Home", "Part 1", "News", "Part 2").
    return (len(counters) >= 2 and [position for position, _ in counters] == list(range(0, len(run), 2))
            and all(later[1] == earlier[1] and int(later[2]) == int(earlier[2]) + 1
                    for (_, earlier), (_, later) in zip(counters, counters[1:])))


# The colons a line ends on when it announces what follows, Latin and full-width.
_COLONS = (":", "：")


def _asked_for(lines: Page, run: list[LineInfo], above: LineInfo | None, below: LineInfo | None) -> bool:
    """A run of items in lower case under a question that heads it, itself under a paragraph,
    and over a paragraph or the next question, is the answer's list ("Czego nie wrzucać?" over
    "mięsa i ryb", "nabiału", ...): the items go on the question's sentence. A poll's answers
    and a tip box's channels are capitalised ("Ist mir egal", "Abstimmen"), and a sidebar asks
    its questions among labels ("Site Feed" / "Don't have Picasa?" / "Download Picasa")."""
    if (above is None or below is None or above.body or not above.text.endswith(_QUESTION_MARKS)
            or not (below.body or below.text.endswith(_QUESTION_MARKS))
            or not all(item.text[:1].islower() for item in run)):
        return False
    over = lines.previous_non_blank[above.index]
    return over >= 0 and lines[over].body


def _announces(line: LineInfo) -> bool:
    """A line ending on a colon announces what follows ("The squad (27 players):")."""
    return line.text.endswith(_COLONS)


# A list's number with its mark and no space before the item's first letter ("1-Salah"); a
# section's decimal number ("5.5 Laws") is a table of contents' entry.
_NUMBERED_ITEM = re.compile(r"(\d{1,2})[.)-](?=[^\W\d_])")


def _numbered_items(run: list[LineInfo]) -> int:
    """The run's bullets, and its items numbered with no space after the mark when their
    numbers count up by one or again from one ("1-Salah", "2-Mane", under the next voter
    "1-Mane"), or, with a one among them, when most go on from the one before by one up or
    down, down, or again from one (a voter's missing vote, a count-down, points 5-3-1): a
    forecast menu's "3-Day Outlook", "7-Day Forecast", "10-Day Trend", in any order, holds
    no one and is no list."""
    numbers = [_NUMBERED_ITEM.match(item.text) for item in run]
    figures = [int(number.group(1)) for number in numbers if number]
    pairs = list(zip(figures, figures[1:]))
    counted = (all(later in (1, earlier + 1) for earlier, later in pairs)
               or 1 in figures and sum(later == 1 or later <= earlier + 1 for earlier, later in pairs) * 2 >= len(pairs))
    return sum(item.bullet or (counted and number is not None) for item, number in zip(run, numbers))


def _short_item(line: LineInfo | None) -> bool:
    """A line no longer than a headline that is no paragraph and ends no sentence: an item of
    a list, which the line announcing the list stands above."""
    return (line is not None and not line.body and line.words <= HEADLINE_MAX_WORDS
            and not _ends_on_full_stop(line.text))


def _list_item(line: LineInfo | None) -> bool:
    """A short line with a figure, no sentence and no paragraph: inside the article, a run of
    labels between two such lines is part of a list whose longer items carry figures (a
    line-up's names between players with the minute their substitute came on, a list of
    fixtures with dates), where a menu or a share bar stands between paragraphs."""
    return (line is not None and not line.body and line.words <= HEADLINE_MAX_WORDS
            and not _ends_on_full_stop(line.text) and _has_digit([line.text]))


# A menu or share bar on one line: at least this many items of at most LINK_ITEM_MAX_WORDS
# words between one kind of separator, none a sentence.
LINK_LINE_MIN_ITEMS = 3
LINK_ITEM_MAX_WORDS = 3
_LINK_SEPARATORS = "|·•"
_LINK_SEPARATOR = re.compile(rf"{_SPACE}([{_LINK_SEPARATORS}]){_SPACE}")


def is_link_line(line: LineInfo) -> bool:
    """Short items between separators of one kind ("Home | Sport | Video", "Share by mail ·
    Copy the link"): a menu or a share bar rendered on one line, or a breadcrumb trail
    (is_trail). A table row's cells are told apart by where the line stands (outside the
    article), not here."""
    if line.body or line.terminated or line.hits or line.words < LINK_LINE_MIN_ITEMS:
        return False
    return is_trail(line.text) or _separated_items(line.text)


def _separated_items(text: str) -> bool:
    """At least LINK_LINE_MIN_ITEMS short items between separators of one kind."""
    items = _separated_cells(text)
    return bool(items) and all(item and len(item.split()) <= LINK_ITEM_MAX_WORDS
                               and not item.endswith(_SHORT_HEADLINE_ENDS) for item in items)


# A table written one row a line, its cells between bars ("2. Selangor FC | 12 | 8 | 2 | +12 |
# 26"): at least SEPARATED_TABLE_ROWS lines in a row with as many cells, most rows holding a
# figure in half their cells or more. A menu's items are words, and its lines differ in length.
SEPARATED_TABLE_ROWS = 3


def separated_table_rows(lines: Page) -> set[int]:
    """The lines of the page's tables written one row a line between separators, which are
    no menus however short their cells (the header row, "Team | P | W | D | L | Pts", too)."""
    return _table_rows(lines, _separated_cells)


def tab_table_rows(lines: Page, begin: int, end: int) -> set[int]:
    """The rows of the tables inside lines[begin:end] whose cells the scrape kept between tabs
    ("Portal\t69.4%\t61.8%") right under a sentence that introduces them: the article's,
    not a run of labels. A widget between paragraphs has its label over it ("Your local
    forecast" over "Mon\t31°\t18°"), and stays the layout's to take."""
    if not any("\t" in line.text for line in lines[begin:end]):
        return set()
    rows = _table_rows(lines[begin:end], _tab_cells)
    return {row for row in rows if _under_its_paragraph(lines, row, rows)}


def _under_its_paragraph(lines: Page, row: int, rows: set[int]) -> bool:
    """The table of `row` stands right under a paragraph or a sentence."""
    while row in rows:
        row = lines.previous_non_blank[row]
    return row >= 0 and (lines[row].body or _ends_on_full_stop(lines[row].text))


def _table_rows(lines: list[LineInfo], cells_of: Callable[[str], list[str]]) -> set[int]:
    """The lines in runs of at least SEPARATED_TABLE_ROWS rows with as many cells (by
    `cells_of`), most rows holding a figure in half their cells or more."""
    found: set[int] = set()
    run: list[list[str]] = []  # the cells of the rows so far
    indexes: list[int] = []
    for line in itertools.chain(lines, [None]):
        if line is not None and line.blank:
            continue
        cells = [] if line is None else cells_of(line.text)
        if cells and run and len(cells) == len(run[-1]):
            run.append(cells)
            indexes.append(line.index)
            continue
        if len(run) >= SEPARATED_TABLE_ROWS and 2 * sum(map(_holds_figures, run)) > len(run):
            found.update(indexes)
        run, indexes = ([cells], [line.index]) if cells else ([], [])
    return found


def _separated_cells(text: str) -> list[str]:
    """The cells of a line between separators of one kind, LINK_LINE_MIN_ITEMS or more, else none."""
    if not any(separator in text for separator in _LINK_SEPARATORS):
        return []
    if len({match.group(1) for match in _LINK_SEPARATOR.finditer(text)}) != 1:
        return []
    cells = [piece.strip() for piece in _LINK_SEPARATOR.split(text)[::2]]
    return cells if len(cells) >= LINK_LINE_MIN_ITEMS else []


def _tab_cells(text: str) -> list[str]:
    """The cells of a line between tabs, two or more, else none."""
    cells = [cell.strip() for cell in text.split("\t")]
    return cells if len(cells) >= 2 and all(cells) else []


def _holds_figures(cells: list[str]) -> bool:
    """Half the cells or more hold a figure."""
    return 2 * sum(bool(_FIGURE.search(cell)) for cell in cells) >= len(cells)


# A ticker's headlines: at least LINK_LINE_MIN_ITEMS between one kind of bullet or bar, each of
# two to TICKER_ITEM_MAX_WORDS words, ending on no full stop.
TICKER_ITEM_MAX_WORDS = 15
_TICKER_BULLETS = "●▪■◆•·|"
_TICKER_SEPARATOR = re.compile(rf"{_SPACE}([{_TICKER_BULLETS}]){_SPACE}")
# The ticker's label before its first headline, words without a figure ("Aktuálne:", "מבזקים:").
_TICKER_LABEL = re.compile(r"^[^\W\d][^:：\d]{0,29}[:：]\s+")


def is_ticker(line: LineInfo) -> bool:
    """A news ticker on one line (_ticker_text) that no rule names: above the article it is
    the page's furniture; below it, a line of facts between bullets ("Infos pratiques : entrée
    libre · navette gratuite · ...") has the same shape and is the article's."""
    return not line.hits and _ticker_text(line.text)


def _ticker_text(text: str) -> bool:
    """Headlines between bullets or bars of one kind, after a label or none ("Aktuálne: Uzávera na
    Hlbokej ulici potrvá do piatku ● Cestovné v MHD sa od marca nemení ● Nemocnica hľadá
    sestry"): a news ticker, no paragraph, which never strings headlines so. A round's results
    between bullets hold scores (_SCORE), and a page title's parts stand between bars."""
    if not any(bullet in text for bullet in _TICKER_BULLETS):
        return False
    separators = {match.group(1) for match in _TICKER_SEPARATOR.finditer(text)}
    if len(separators) != 1 or _SCORE.search(text):
        return False
    items = [item.strip() for item in _TICKER_SEPARATOR.split(_TICKER_LABEL.sub("", text, count=1))[::2]]
    return (len(items) >= LINK_LINE_MIN_ITEMS and not (separators == {"|"} and _page_title_parts(items))
            and all(2 <= len(item.split()) <= TICKER_ITEM_MAX_WORDS and not item.endswith(_SHORT_HEADLINE_ENDS)
                    for item in items))


# A latest-news box or a ticker one headline a line: at least TIMED_RUN_MIN lines in a row, each
# a clock time, perhaps a word or two for the time of day ("3:40 pm", "3:40 سہ پہر"), a dash,
# a bar, a colon or a bullet or none, then a headline of up to TIMED_HEADLINE_MAX_WORDS words
# that ends on no full stop.
TIMED_RUN_MIN = 3
TIMED_RUN_APART_LINES = 2
TIMED_HEADLINE_MAX_WORDS = 20
_TIMED_HEADLINE = re.compile(r"^\d{1,2}[:.h]\d{2}(?:\s[^\W\d]{1,4}){0,2}\s*[-–—|:·•]?\s+(?P<headline>\S.*)$")
# ... or the headline first and its clock time last, after a space, at a colon or an "h"
# ("大理古城明起实行交通管制　09:15"; a results list's "Kipchoge 2.03" is no clock time).
_HEADLINE_TIMED = re.compile(r"^(?P<headline>\S.*?)\s+(?P<hours>\d{1,2})[:h](?P<minutes>\d{2})$")


def timed_headline_runs(lines: Page) -> set[int]:
    """The lines in runs of TIMED_RUN_MIN or more headlines each after its clock time, blank
    lines aside, with more prose below the run than in it and lines of the page between them:
    a news ticker or a latest-news box over the story; right over the prose too when its
    headlines tell other stories in a newsroom's order (_other_stories_first). A
    minute-by-minute report whose timed entries are the page's text has no such prose below
    them, a live blog's entries stand each over its paragraphs, and live coverage's or a
    programme's timed rows stand right over the prose or under a sub-heading over it (see
    engine._header_zone for the headline)."""
    found: set[int] = set()
    run: list[int] = []
    for line in itertools.chain(lines, [None]):
        if line is not None and line.blank:
            continue
        if line is not None and _clock_first_or_last(line.text) and not line.hits and _timed_headline(line.text):
            run.append(line.index)
            continue
        if (len(run) >= TIMED_RUN_MIN and _outweighed_below(lines, run)
                and (_apart_from_the_prose(lines, run) and _clocks_first(lines, run)
                     or _other_stories_first(lines, run))):
            found.update(run)
        run = []
    return found


def _clocks_first(lines: Page, run: list[int]) -> bool:
    """Every line of the run opens on its clock time. With the time last, a programme's rows
    ("Registration and coffee 08:30") stand apart from the prose under their sub-heading as a
    box does: only a ticker's order tells them (review)."""
    return all(lines[index].text[0].isdigit() for index in run)


def latest_news_boxes(lines: Page, start: int, end: int, dropped: Callable[[int], bool]) -> list[int]:
    """A latest-news box inside the article: TIMED_RUN_MIN or more timed headlines in a row
    (_timed_headline) at a clock's colon or "h", the newest first and minutes apart
    (_newsroom_order), between the box's label right above and its "see all" link right
    below, each of LATEST_NEWS_MIN_WORDS words or more, that tell other stories: under
    LATEST_NEWS_OVERLAP of their words occur in the article's paragraphs. A live ticker's or an
    evening's timeline entries, newest first too and perhaps under a label and over a
    sub-heading, span hours or tell the article's story in its words, an article's own
    updates under a heading stand over a sub-heading that names the paragraph under it, and
    its list of aftershocks is of places and magnitudes; a results list's decimals ("8.41
    Nikos Karavelas") are no clock times."""
    standing = [line for line in lines[start + 1:end] if not (line.blank or line.ruled or dropped(line.index))]
    # Clock times first only: an article's own updates box prints them last as often
    # ("Engineers say the main has been sealed 16:10"), newest first too (review).
    minutes = [_clock_minutes(line) if line.text[0].isdigit() else None for line in standing]
    found: list[int] = []
    for timed, group in itertools.groupby(range(len(standing)), key=lambda i: minutes[i] is not None):
        positions = list(group)
        first, last = positions[0], positions[-1]
        if (not timed or len(positions) < TIMED_RUN_MIN or first == 0 or last + 1 == len(standing)
                or not (standing[first - 1].label and standing[last + 1].label)):
            continue
        # The article's sub-heading under its own updates names the paragraph under it ("Schade
        # melden" over "Wie schade heeft ..."); a box's link ("Ver todas") names nothing.
        if last + 2 < len(standing) and _names_paragraph(standing[last + 1], standing[last + 2]):
            continue
        run = [standing[i] for i in positions]
        if (not _newsroom_order([minutes[i] for i in positions]) or _tells_the_story(lines, start, run)
                or any(line.words < LATEST_NEWS_MIN_WORDS for line in run)):
            continue
        found += [standing[first - 1].index, *(line.index for line in run), standing[last + 1].index]
    return found


LATEST_NEWS_OVERLAP = 1 / 3
# A headline of four words at least after its time: an article's own list of aftershocks
# ("09:52 M2,6 Nehoiu") or readings is shorter.
LATEST_NEWS_MIN_WORDS = 5
# A newsroom's latest headlines come minutes apart: a box or a ticker of them spans this many
# minutes at most (70 on the pages seen), an election night's, a fire's or a day's
# earthquakes' timeline hours (200 and more).
LATEST_NEWS_MAX_SPAN = 120


def _newsroom_order(times: list[int | None]) -> bool:
    """Clock times that fall line by line, the newest first, within LATEST_NEWS_MAX_SPAN."""
    return (None not in times and all(later < earlier for earlier, later in itertools.pairwise(times))
            and times[0] - times[-1] <= LATEST_NEWS_MAX_SPAN)


def _tells_the_story(lines: Page, start: int, run: list[LineInfo]) -> bool:
    """LATEST_NEWS_OVERLAP or more of the run's words occur in the article's paragraphs, by
    their first STEM_LETTERS letters (a timeline's "vaalit" is the prose's "vaaleissa"); or
    the run has no words, only figures (a river's levels, hour by hour)."""
    words = [word[:STEM_LETTERS] for line in run for word in set(tokens(line.text))]
    story = {word[:STEM_LETTERS] for word in lines.body_tokens_between(start, len(lines))}
    return sum(word in story for word in words) >= LATEST_NEWS_OVERLAP * len(words)


def _clock_minutes(line: LineInfo) -> int | None:
    """The minutes past midnight of a timed headline's clock time, None for any other line. A
    time and a bar over a headline ("20:14 | ...") may read as a date line, outside the article."""
    if (not _clock_first_or_last(line.text) or any(rule is not DATED_LINE for rule, _ in line.hits)
            or not _timed_headline(line.text)):
        return None
    clock = _HOURS_MINUTES.match(line.text) or _HEADLINE_TIMED.match(line.text)
    # A record's progression ("58:23 ...") counts minutes and seconds.
    if clock is None or int(clock["hours"]) > 23:
        return None
    return int(clock["hours"]) * 60 + int(clock["minutes"])


_HOURS_MINUTES = re.compile(r"(?P<hours>\d{1,2})[:h](?P<minutes>\d{2})")


def _other_stories_first(lines: Page, run: list[int]) -> bool:
    """The run's clock times (at a colon or an "h") fall line by line within minutes, a
    ticker's order (_newsroom_order), and its headlines tell other stories than the prose
    below (_tells_the_story): right over the prose, live coverage's entries, newest first
    too, tell the article's."""
    return (_newsroom_order([_clock_minutes(lines[index]) for index in run])
            and not _tells_the_story(lines, run[-1] + 1, [lines[index] for index in run]))


def _apart_from_the_prose(lines: Page, run: list[int]) -> bool:
    """TIMED_RUN_APART_LINES lines or more between the run and the next paragraph (a label,
    a section, the story's headline, its byline): a box of the page's, not the article's
    timed entries, which its prose follows or its headline and sub-heading head."""
    paragraph = lines.next_paragraph[run[-1] + 1]
    return lines.non_blank_count[paragraph] - lines.non_blank_count[run[-1] + 1] >= TIMED_RUN_APART_LINES


def _outweighed_below(lines: Page, run: list[int]) -> bool:
    """More characters of body text below the run than in its lines."""
    return lines.body_chars_between(run[-1] + 1, len(lines)) > sum(len(lines[index].text) for index in run)


def _clock_first_or_last(text: str) -> bool:
    """Most lines open and end on no figure: one string test leaves the few that may be timed."""
    return text[0].isdigit() or text[-1].isdigit()


def _timed_headline(text: str) -> bool:
    timed = _TIMED_HEADLINE.match(text) or _HEADLINE_TIMED.match(text)
    if timed is None:
        return False
    headline = timed.group("headline")
    return len(headline.split()) <= TIMED_HEADLINE_MAX_WORDS and not headline.endswith(_FULL_STOP_ENDS)


def _page_title_parts(items: list[str]) -> bool:
    """A page title's three parts between bars: the headline, the longest, then its section and
    the site's name, a name each ("Council approves new cycle lanes | Local News | Northern
    Standard"). A market ticker's labelled figures are no section's or site's name ("Riesgo
    país: 721 | Merval: +1,8%"); a section may hold a year ("UK Election 2024")."""
    words = [len(item.split()) for item in items]
    return (len(items) == 3 and words[0] > LABEL_MAX_WORDS and words[0] == max(words)
            and words[2] <= LINK_ITEM_MAX_WORDS
            and not all(":" in item and _has_digit([item]) for item in items[1:]))


# A breadcrumb trail: at least this many links between one kind of arrow, each of at most
# TRAIL_ITEM_MAX_WORDS words but the last (the page's own title, as long as a headline) and
# the first (which may carry a label: "You are here: Home").
TRAIL_MIN_ITEMS = 3
TRAIL_ITEM_MAX_WORDS = 4
TRAIL_FIRST_ITEM_MAX_WORDS = 6
_TRAIL_ARROWS = ">»›▸"
_TRAIL_ARROW = re.compile(rf"{_SPACE}([{_TRAIL_ARROWS}]){_SPACE}")
_OPENING_GUILLEMET = {"»": "«", "›": "‹"}


def is_trail(text: str) -> bool:
    """Links between arrows ("Home > Region > Town", "Forum » Sport » Transfers"): where a
    page stands in its site. Arrows in prose ("a rise of > 5 %", "Dashboard > Template >
    Edit HTML" inside a sentence) part long clauses, not links, and a guillemet that closes
    a quotation (« Oui » , « Non ») is no arrow."""
    if not any(arrow in text for arrow in _TRAIL_ARROWS):
        return False
    arrows = {match.group(1) for match in _TRAIL_ARROW.finditer(text)}
    if len(arrows) != 1:
        return False
    opening = _OPENING_GUILLEMET.get(arrows.pop())
    if opening is not None and opening in text:
        return False
    items = [item.strip() for item in _TRAIL_ARROW.split(text)[::2]]
    items = [item for item in items if item]  # a trail may open or close on an arrow
    if any(item.count("(") != item.count(")") for item in items) or ":" in items[-1]:
        return False  # a bracket spans the arrows (a path cited in a sentence), a clause ends them
    return (len(items) >= TRAIL_MIN_ITEMS and len(items[0].split()) <= TRAIL_FIRST_ITEM_MAX_WORDS
            and len(items[-1].split()) <= HEADLINE_MAX_WORDS
            and all(len(item.split()) <= TRAIL_ITEM_MAX_WORDS for item in items[1:-1]))


# A page's section over its headline: two or more short links between one kind of arrow
# ("Home » Region"), no figures (a season, a score, a date). A slash parts a headline's names
# as often ("Paris / Berlin", "Stay / Go"): shape alone cannot tell the two apart.
SECTION_ITEM_MAX_WORDS = 3


def is_section_trail(line: LineInfo) -> bool:
    """A short trail of the page's sections ("News » Region", "Sport › Football"), which
    is_trail, asking three links, does not take: in the header it is the page's, not the
    article's."""
    if line.body or line.terminated or line.hits or line.bullet or _has_digit([line.text]):
        return False
    separators = {match.group(1) for match in _TRAIL_ARROW.finditer(line.text)}
    if len(separators) != 1 or _OPENING_GUILLEMET.get(next(iter(separators)), "\0") in line.text:
        return False
    items = [item.strip() for item in _TRAIL_ARROW.split(line.text)[::2]]
    return ":" not in items[-1] and all(item and len(item.split()) <= SECTION_ITEM_MAX_WORDS for item in items)


# A menu rendered on one line with runs of spaces between its items ("Home  News  Sport").
_SPACED_ITEMS = re.compile(rf"{_SPACE}{{2,}}")
# What parts the links of a breadcrumb trail or a menu on one line (a slash too: "Home / News").
_TRAIL_SEPARATOR = re.compile(rf"{_SPACE}[{_TRAIL_ARROWS}{_LINK_SEPARATORS}/]{_SPACE}")
# Between a menu's items: either of them.
_MENU_ITEM_SEPARATOR = re.compile(f"{_TRAIL_SEPARATOR.pattern}|{_SPACED_ITEMS.pattern}")


# A site's name and its tagline on the page's first lines: "ȘtiriAcum.ro — toate știrile,
# dintr-un singur loc", "Новини Закарпаття 24 — головні події краю", "שדה ועיר | מגזין חקלאות".
_TAGLINE_SEPARATOR = re.compile(r" [—–|] ")
# A year from 1000 to 2099 in a line: a tagline holds none; a comment's stamp and a dated
# entry's date do.
_YEAR = re.compile(r"(?<!\d)(1\d{3}|20\d{2})(?!\d)")
TAGLINE_NAME_MAX_WORDS = 4
TAGLINE_MAX_WORDS = 14
# The menu under a tagline follows within this many lines (a site's name or a link may stand
# between them).
TAGLINE_MENU_DISTANCE = 3


def site_taglines(lines: Page, header: list[LineInfo], start: int) -> list[int]:
    """The first or second line of a page with a menu under it, holding a short name, a dash or
    bar and a phrase at least as long, no year, that names the story in one word at most (a
    tagline's "news of the day" meets a story told "per day"): the site's name and tagline. A
    page title puts the headline first and the site's name after it ("Think Apps not Books |
    47 Hats"); a post's title line holds its date ("9 August 2012 — Posted by ..."). Or the
    name and the tagline on two lines (_tagline_under_site_name)."""
    found = []
    for position, line in enumerate(header[:2]):
        parts = _TAGLINE_SEPARATOR.split(line.text)
        below = header[position + 1:position + 1 + TAGLINE_MENU_DISTANCE]
        if (len(parts) == 2 and not line.hits and not line.terminated and not line.body
                and len(parts[0].split()) <= TAGLINE_NAME_MAX_WORDS and line.words <= TAGLINE_MAX_WORDS
                and len(parts[0].split()) <= len(parts[1].split()) and not _YEAR.search(line.text)
                and any(_menu_on_one_line(other) or other.hits for other in below)
                and not names_the_story_twice(lines, line.index, start, by_form=True)):
            found.append(line.index)
    return found + _tagline_under_site_name(lines, header, start)


def _tagline_under_site_name(lines: Page, header: list[LineInfo], start: int) -> list[int]:
    """The page's first line, the site's name that a copyright notice below the article
    claims (site_name_over_copyright), and the second, its tagline ("BalitaHub PH" over
    "Lahat ng balita, isang click lang" ... "© 2025 BalitaHub PH"), over a menu on one line:
    a phrase, no list item, no year, in other words than the name's, neither line naming
    the story twice. A kicker over a headline, a title over its subtitle or a forum's name
    over a thread's title have the same shape; the notice tells the site's name."""
    if len(header) < 3:
        return []
    name, tagline = header[0], header[1]
    if (tagline.hits or tagline.terminated or tagline.body or tagline.bullet or is_menu_or_trail(tagline)
            or not name.words <= tagline.words <= TAGLINE_MAX_WORDS or _YEAR.search(tagline.text)
            or set(tokens(name.text)) & set(tokens(tagline.text))
            or not any(map(_menu_on_one_line, header[2:2 + TAGLINE_MENU_DISTANCE]))
            or any(names_the_story_twice(lines, line.index, start, by_form=True) for line in (name, tagline))):
        return []
    return [name.index, tagline.index] if site_name_over_copyright(lines, start, start) == name.index else []


def _menu_on_one_line(line: LineInfo) -> bool:
    """A menu or a trail on one line, of whatever shape: what stands under a site's tagline."""
    return is_menu_or_trail(line) or is_spaced_menu(line) or is_link_line(line)


def is_menu_or_trail(line: LineInfo) -> bool:
    """A menu or a trail of sections on one line: links between separators (is_link_line),
    an arrow trail, items between slashes ("News / Regions"), between runs of spaces or
    between ideographic spaces; no figure ("In Depth | 24 July 2012" is a title and its date)."""
    if line.body or line.terminated or line.hits or _has_digit([line.text]):
        return False
    if is_link_line(line) or is_section_trail(line):
        return True
    if _short_spaced_items(line.text, LINK_LINE_MIN_ITEMS) or _ideographic_menu_text(line.text):
        return True
    return _TRAIL_SEPARATOR.search(line.text) is not None and all(
        len(item.split()) <= SECTION_ITEM_MAX_WORDS for item in _TRAIL_SEPARATOR.split(line.text))


# A menu between runs of spaces with at least this many items is a page's furniture, told
# from a kicker or a title by its shape alone.
SPACED_MENU_MIN_ITEMS = 5


def is_spaced_menu(line: LineInfo) -> bool:
    """A menu between runs of spaces (_spaced_menu_text) that no rule names."""
    return not (line.body or line.terminated or line.hits) and _spaced_menu_text(line.text)


def _spaced_menu_text(text: str) -> bool:
    """SPACED_MENU_MIN_ITEMS or more items of up to LINK_ITEM_MAX_WORDS words between runs of
    spaces, no figure ("ACCUEIL  POLITIQUE  ECONOMIE  SOCIETE  CULTURE"): however many words
    it holds, no paragraph."""
    if "\u3000" in text and _ideographic_menu_text(text):
        return True
    if "  " not in text and "\u00a0" not in text or _has_digit([text]):
        return False
    return _short_spaced_items(text, SPACED_MENU_MIN_ITEMS)


# A Chinese or Japanese menu parts its items by one ideographic space ("トップ　国内　国際　経済
# 　エンタメ"), as a headline parts its two halves; a menu's items are a word or two each.
IDEOGRAPHIC_ITEM_MAX_CHARS = 6


def _ideographic_menu_text(text: str) -> bool:
    """SPACED_MENU_MIN_ITEMS or more items of up to IDEOGRAPHIC_ITEM_MAX_CHARS signs between
    ideographic spaces, no figure."""
    items = [item.strip() for item in text.split("\u3000")]
    return (len(items) >= SPACED_MENU_MIN_ITEMS and not _has_digit([text])
            and all(0 < len(item) <= IDEOGRAPHIC_ITEM_MAX_CHARS for item in items))


def _short_spaced_items(text: str, least: int) -> bool:
    """At least `least` items between runs of spaces, each of up to LINK_ITEM_MAX_WORDS words."""
    items = [item for item in _SPACED_ITEMS.split(text) if item]
    return len(items) >= least and all(len(item.split()) <= LINK_ITEM_MAX_WORDS for item in items)


# A menu of section names written with single spaces has at least this many of them.
WORD_MENU_MIN_WORDS = 4


def repeats_a_menu_item(line: LineInfo, menus: list[LineInfo]) -> bool:
    """The line names an item of one of the menus above it, whole or as the item's first or
    last words ("Sport | Video | Region" / "Region"; "News of Sohag | Aswan" / "Sohag"): the
    section the page stands in, printed over the story."""
    name = " ".join(line.text.casefold().split())
    for menu in menus:
        for item in _MENU_ITEM_SEPARATOR.split(menu.text.casefold()):
            item = " ".join(item.split())
            if item == name or item.startswith(name + " ") or item.endswith(" " + name):
                return True
    return False


def is_word_menu(line: LineInfo, headline: LineInfo) -> bool:
    """Section names side by side on one line, capitalised words with single spaces between
    them ("Gündem Ekonomi Spor Dünya Yaşam Magazin", "Nieuws Sport Eten & Drinken Agenda"):
    a menu on a page whose headline capitalises only its first word and its names. Under a
    headline in English title case, a line of capitalised words is as likely a title or a
    kicker."""
    words = [word for word in line.text.split() if word not in _NAME_JOINERS]
    # A two-word section's second word may be in lower case ("Última hora"); a menu of
    # names has few of them.
    lower = sum(word[0].islower() for word in words)
    return (len(words) >= WORD_MENU_MIN_WORDS and not (line.body or line.terminated or line.hits)
            and all(_is_word(word) for word in words) and words[0][0].isupper()
            and lower <= len(words) // WORD_MENU_WORDS_PER_LOWER and not _title_cased(headline.text))


# "Eten & Drinken", "Film + Serien": a joiner between a section's two words.
_NAME_JOINERS = frozenset("&+")
WORD_MENU_WORDS_PER_LOWER = 6


def cjk_signs(text: str) -> int:
    """How many Chinese and Japanese signs a text holds."""
    return 0 if text.isascii() else len(_CJK_CHAR.findall(text))


def holds_cjk(text: str) -> bool:
    """Chinese or Japanese signs: text written without spaces between its words."""
    return not text.isascii() and _CJK_CHAR.search(text) is not None


def holds_spaceless(text: str) -> bool:
    """Chinese, Japanese, Thai, Lao, Tibetan, Khmer or Korean: text whose words tokens() does
    not split at spaces alone."""
    return not text.isascii() and _SPACELESS_CHAR.search(text) is not None


def tokens(text: str) -> list[str]:
    """Words of four letters or more: enough to tell whether two passages tell one story.

    Chinese, Japanese, Thai, Lao, Tibetan and Khmer are written without spaces between
    words, so their runs give character pairs; so do Korean words, whose particles join them.
    """
    if not holds_spaceless(text):
        # The maximal runs of four word characters or more: the words of four letters or more.
        return _LONG_WORD.findall(text.casefold())
    found = []
    for word in _WORD.findall(text.casefold()):
        if _SPACELESS_CHAR.search(word):
            found += [word[i:i + 2] for i in range(len(word) - 1)]
        elif len(word) >= 4:
            found.append(word)
    return found


# Words are compared by their first letters where their forms vary with case and number
# ("pasażerów", "Pasażerowie"): five are enough to keep most words of one language apart.
STEM_LETTERS = 5


def content_tokens(lines: list[LineInfo]) -> set[str]:
    found: set[str] = set()
    for line in lines:
        found.update(tokens(line.text))
    return found


# A passage after a marker continues the story when this share of its words already occurred
# in the article before the marker.
CONTINUATION_OVERLAP = 0.15
# ... and this share when nothing names another story: under a box whose headlines the
# scrape lost, and under a short lead near the top.
CONTINUATION_OVERLAP_NEAR_TOP = 0.05
# The first paragraphs of the promoted story repeat this share of its headline's words.
PROMOTED_STORY_OVERLAP = 0.34
# How many headline-like lines a "read also" box may hold before the story resumes.
PROMO_BLOCK_MAX_LINES = 3
# How many captions, credits or buttons may stand between a promo box and the story.
RESUME_MAX_SKIPPED = 6
RESUME_MAX_SCANNED = 120


def marker_block_end(lines: list[LineInfo], marker: int, end: int, in_article: bool = False) -> int:
    """Index after a marker's block: the marker plus the short headline lines that follow it.
    A sentence ending on a colon announces what follows it ("The new routes are as
    follows:"), as no headline does: it and its list are the article's; so is a sentence
    under a marker that carries its headline, and the next item of the article's numbered list
    (_numbered_on).

    In the article, under a label alone ("Leggi anche:"), the first line is the box's
    headline however long: a headline as long as a paragraph ends on no full stop, as the
    article's paragraphs do. Above the article, such a line under a menu's label ("Latest
    news") is the article's own headline."""
    index = marker + 1
    taken = 0
    labelled = in_article and lines[marker].words <= LABEL_MAX_WORDS
    # Under a marker that carries its headline ("Baca juga: <headline>"), a line ending on a
    # full stop is the article's sentence, however short ("Berikut beberapa langkah ..."). A
    # photo's caption or the box's teaser there is a sentence too: review found the two about
    # as often, and an article's sentence lost weighs more than a caption kept.
    promoted = lines[marker].hit("drop-block")
    carried = promoted is not None and _phrase_words(promoted[1]) >= PROMO_HEADLINE_MIN_WORDS
    while index < end and taken < PROMO_BLOCK_MAX_LINES:
        line = lines[index]
        if line.blank:
            index += 1
            continue
        if (line.body and not (labelled and taken == 0 and _paragraph_long_headline(line))
                or line.hit("cut", "drop-block") or _announces_list(line)
                or carried and _ends_on_full_stop(line.text) or _numbered_on(lines, line, marker)):
            break
        taken += 1
        index += 1
    return index


_LIST_ITEM_NUMBER = re.compile(r"(\d{1,2})[.)] ")


def _numbered_on(lines: list[LineInfo], line: LineInfo, marker: int) -> bool:
    """The line goes on with the numbered items of the article above the marker ("4. Feed it in
    spring" under "1." to "3.", the page's only numbered lines above, with no numbered line
    between the marker and it): the story's list resumes under the box. A box's own numbered
    headlines start again from one, and a league's ordinal ("3. Liga: ...") heads a label."""
    number = _LIST_ITEM_NUMBER.match(line.text)
    if number is None or number.group(1) == "1" or ":" in line.text or any(
            _LIST_ITEM_NUMBER.match(item.text) for item in lines[marker + 1:line.index]):
        return False
    mark, count = line.text[number.end() - 2], int(number.group(1))
    # The page's numbered lines above are the items one to the one before, in order: a menu's
    # "2. Bundesliga" or a line-up's "1. FC Slovácko" above is no list the line goes on.
    items = [item for item in lines[:marker] if _LIST_ITEM_NUMBER.match(item.text)]
    return [item.text.split(" ", 1)[0] for item in items] == [f"{n}{mark}" for n in range(1, count)]


def stacked_boxes_end(lines: Page, block_end: int, end: int) -> int:
    """Index after the "read also" boxes stacked right under a box of the article that ends at
    `block_end` ("Lees ook:" / headline / "Lees ook:" / headline / the story's next
    paragraph): the story goes on, or not, after the last of them, and they go together."""
    following = lines.next_non_blank[block_end]
    while following < end and (hit := lines[following].hit("cut", "drop-block")) and hit[0].action == "drop-block":
        block_end = marker_block_end(lines, following, end, in_article=True)
        following = lines.next_non_blank[block_end]
    return block_end


# The text after a marker on its line, of this many words, is the headline it promotes
# ("Read also: Council approves the budget"), not a label's tail ("Lire aussi : notre dossier").
PROMO_HEADLINE_MIN_WORDS = 3


def promotion_end(lines: Page, marker: int, rest: str, block_end: int) -> int:
    """Index after the lines an inline promotion takes: its whole block (the marker and the
    headlines under it), but for a marker that carries its headline ("Read also: <headline>")
    over the article's own data ("Harbour United - Riverside 3:1", "Attendance: 1,450", a list
    of prices under its heading; _article_data): the marker alone; and never the article's
    sub-heading that the block's last line may be (_before_subheading)."""
    if _phrase_words(rest) < PROMO_HEADLINE_MIN_WORDS:
        return _before_subheading(lines, marker, rest, block_end)
    # A photo credit or another line a rule names goes by its own rule either way.
    under = [line for line in lines[marker + 1:block_end] if not (line.blank or line.hits)]
    # The block holds three lines at most: the line after it tells what its last one heads.
    after = next((line for line in lines[block_end:] if not (line.blank or line.hits)), None)
    rows = under + ([after] if after is not None else [])
    if under and all(_article_data(rows, position) for position in range(len(under))):
        return marker + 1
    return _before_subheading(lines, marker, rest, block_end)


# A sub-heading under a box is a phrase: one word alone there is the box's label ("Video").
SUBHEADING_MIN_WORDS = 2


def _phrase_words(text: str) -> int:
    """Words of a phrase as LineInfo.words counts them: Chinese and Japanese one a two signs."""
    return len(_WORD.findall(text)) + cjk_signs(text) // 2


def _before_subheading(lines: Page, marker: int, rest: str, block_end: int) -> int:
    """block_end, or the index of the block's last line when that line is the article's own
    sub-heading: a phrase of two words or more, at most half as long as the headline over it
    and sharing none of the box's words, not a name, with the article's prose right under it
    ("Kritik von Verbänden" under "Mehr zum Thema" / "Pünktlichkeit bei der Bahn: Nur noch
    jeder zweite Fernzug kommt pünktlich an"). A box's headlines are as long as headlines;
    its one-word labels ("Video", "Opinión"), an author's name, a row of dashes, a label with
    a figure ("Gallery (12)") and a short second headline in the first one's words are the
    box's."""
    under = [line for line in lines[marker + 1:block_end] if not line.blank]
    if not under or under[-1].hits:
        return block_end
    last = under[-1]
    # With no headline on the marker's line, a single line under it is the box's headline.
    over = under[-2].text if len(under) > 1 else rest if _phrase_words(rest) >= PROMO_HEADLINE_MIN_WORDS else ""
    following = lines.next_non_blank[last.index + 1]
    # Chinese and Japanese count a word a two signs: a box's labels there are two ("视频").
    least = SUBHEADING_MIN_WORDS + holds_cjk(last.text)
    if (following >= len(lines) or not lines[following].body or not _WORD.search(last.text)
            or _is_name(last.text.split(), cased_only=True) and not _written_in_lower_case(
                last, [lines[index] for index in (following, lines.previous_non_blank[marker]) if index >= 0])
            or _in_the_boxs_words(last, [rest, *(line.text for line in under[:-1])])):
        return block_end
    # Under a marker that carries its headline ("Lesen Sie auch: <headline>") the promotion is
    # whole on its line: a phrase under it shorter than that headline heads the next section,
    # and so does a longer one at most half as long ("Une main-d'œuvre difficile à trouver").
    # A phrase shorter than that headline that names the paragraph under it heads it too
    # ("Zmiany dla pasażerów z Krakowa" over "Pasażerowie z Krakowa zyskają ..."): a second
    # promoted headline there names another story, not the article's prose. So does a phrase
    # of any length over a paragraph that goes on with the article (_heads_the_articles_prose).
    carried = len(under) == 1 and _phrase_words(rest) >= PROMO_HEADLINE_MIN_WORDS
    names_it = len(last.text) < len(over) and _names_paragraph(last, lines[following])
    # A figure makes a label the box's ("Gallery (12)", a second headline "Utilities earn 20 %
    # more"), unless the line under a whole promotion names the paragraph under it, figures and
    # all ("Speed limit 50 km/h" over "The speed limit on the ice road is 50 km/h ..."); a
    # year is no such figure, as a related story's headline shares it ("Budget 2025: ...").
    figures = set(_DIGITS.findall(last.text))
    if _has_digit([last.text]) and not (
            carried and names_it and figures <= set(_DIGITS.findall(lines[following].text))
            and not all(_YEAR.fullmatch(figure) for figure in figures)
            or counted_section(lines, last)):
        return block_end
    sub_heading = carried and least <= last.words <= SUBHEADING_MAX_WORDS and (
        2 * len(last.text) <= len(over) or names_it or _another_label(last, lines[marker])
        or _heads_the_articles_prose(lines, marker, last, following))
    short = least <= last.words <= LABEL_MAX_WORDS and (2 - carried) * len(last.text) <= len(over)
    # Under a box's own headlines, a phrase of a label's length, shorter than the headline over
    # it, that names the paragraph under it heads that paragraph ("Werke drosseln Produktion"
    # over "... ihre Produktion vorübergehend ..."). A box's short second headline on the
    # story's subject may too: review found the two about as often (and so again with phrases
    # of up to seven words over a paragraph going on with the article).
    naming = not carried and least <= last.words <= LABEL_MAX_WORDS and names_it
    return (last.index if short or sub_heading or naming or _heads_the_paragraph(last, lines[following])
            or _in_the_articles_heading_style(lines, last, over) else block_end)


def _heads_the_articles_prose(lines: Page, marker: int, last: LineInfo, following: int) -> bool:
    """A phrase under a promotion carried on its marker's line, over a paragraph that goes on
    with the article above the box: CONTINUATION_OVERLAP of its words, by their first
    STEM_LETTERS letters, occur there ("Read also: <headline>" / "A cold grey morning on the
    hillside" over the flood story's next paragraph). Not in a script without spaces, whose
    pairs of signs make any paragraph share the article's words: a short line there is as
    often the box's second link."""
    if holds_spaceless(last.text) or lines.start is None:
        return False
    return stem_share([lines[following]], lines.body_tokens_between(lines.start, marker)) >= CONTINUATION_OVERLAP


def _in_the_boxs_words(last: LineInfo, box: list[str]) -> bool:
    """Half or more of the line's words (`tokens`) are in the box's other lines: a short
    second headline in the first one's words ("Streik: die Folgen" under "Streik bei der
    Bahn: ..."). One word in common is as often a function word of four letters ("desde",
    "mais") that a sub-heading under the box shares with a headline."""
    words = set(tokens(last.text))
    return 2 * len(words & set(tokens(" ".join(box)))) >= max(len(words), 1)


def asks_like_the_article(lines: Page, line: LineInfo) -> bool:
    """A question over a paragraph in an article that asks others over its paragraphs: an
    interview's question, wherever it stands (under a box, or the first one under the
    header's credits and photo)."""
    following = lines.next_non_blank[line.index + 1]
    questions, _ = lines.paragraph_headings
    return (line.text.endswith(_QUESTION_MARKS) and following < len(lines) and lines[following].body
            and len(questions) - (line.index in questions) >= INTERVIEW_MIN_QUESTIONS)


def _in_the_articles_heading_style(lines: Page, last: LineInfo, over: str) -> bool:
    """A line under a box shaped like the headings the article gives its own paragraphs
    elsewhere: a question when the article asks others over its paragraphs (an interview's
    "Jak zmieniają się ceny miodu?"), or a phrase of a label's length, shorter than the box's
    headline, when the article has such sub-headings ("Güvenlik önlemleri artırılacak" under
    "İlgili haber" / its headline). A box's headlines are another story's, in no such style."""
    if last.text.endswith(_QUESTION_MARKS):
        return asks_like_the_article(lines, last)
    _, phrases = lines.paragraph_headings
    return (SUBHEADING_MIN_WORDS <= last.words <= LABEL_MAX_WORDS and len(last.text) < len(over)
            and len(phrases) > (last.index in phrases))


# An interview is told by this many questions between paragraphs elsewhere on its page: one
# ("Why did the wall fail?") is a sub-heading, and a box's question headline is another story's.
INTERVIEW_MIN_QUESTIONS = 2


def _names_paragraph(heading: LineInfo, paragraph: LineInfo) -> bool:
    """Whether a heading shares a word of four letters or more with the paragraph under it,
    by the word's first five letters (so "pasażerów" names "Pasażerowie")."""
    stems = {word[:STEM_LETTERS] for word in tokens(heading.text) if len(word) >= 4}
    return any(word[:STEM_LETTERS] in stems for word in tokens(paragraph.text) if len(word) >= 4)


# A sub-heading under a promotion carried on its marker's line has at most this many words.
SUBHEADING_MAX_WORDS = 7


def _written_in_lower_case(phrase: LineInfo, paragraphs: list[LineInfo]) -> bool:
    """The first word of a capitalised phrase that the paragraphs around it write in lower
    case: a German sub-heading's adjective or adverb ("Mehr Kosten" near "... deutlich mehr
    ..."), not a person's name, whose first name no prose writes so (a surname may be a word:
    "Peter Klein" near "... der Ort ist klein ...")."""
    lower = {word for paragraph in paragraphs for word in _LETTER_WORD.findall(paragraph.text)}
    words = _LETTER_WORD.findall(phrase.text)
    return bool(words) and words[0][:1].isupper() and words[0].lower() in lower


# A one-word label on a colon under a box is the box's widget ("Video:", "Watch:", "Galerie:")
# when shorter than this; a section's one-word label is longer ("Background:", "Передісторія:").
SECTION_LABEL_MIN_LETTERS = 8


def _heads_the_paragraph(heading: LineInfo, paragraph: LineInfo) -> bool:
    """A label ending on a colon over a paragraph ("Background:", "What happens next:"): the
    article's sub-heading; a box's label over its headlines ends on none, and a box's
    headline does not end on a colon. (A phrase that the paragraph under it names is no
    sign: a promoted story's headline names its lead too.)"""
    label = heading.text.rstrip(":：").strip()
    return (heading.text.endswith(_COLONS) and heading.words <= LABEL_MAX_WORDS and paragraph.body
            and (heading.words > 1 or len(label) >= SECTION_LABEL_MIN_LETTERS))


# A row of the article's figures: a label and a value with figures ("Attendance: 1 450",
# "Bilet ulgowy: 12 zł") or a score ("Harbour Rovers – Cliffside 2:0").
_LABEL_VALUE = re.compile(r"[^\d:：]{1,40}[:：].*\d")
_SCORE = re.compile(r"\d+\s*[:\-–]\s*\d+")


def _data_row(line: LineInfo) -> bool:
    text = line.text.lstrip("•·-–* ").strip()
    return _LABEL_VALUE.match(text) is not None or (_SCORE.search(text) is not None and not text[:1].isdigit())


def _article_data(rows: list[LineInfo], position: int) -> bool:
    """Whether a line under a promo's marker (rows: those lines and the one after them) is
    the article's data: a row of figures, or a heading with no figures over one ("Prices" over
    "Adults: 4.50 euros"), or a short line closing the rows. One headline, label or bullet of
    another story ("5 things to know about the sea wall", "ECONOMY", "Gallery (12)") keeps the
    whole block the promotion's."""
    line = rows[position]
    if _data_row(line):
        return True
    if line.bullet or _has_digit([line.text]):
        return False
    if position + 1 < len(rows) and _data_row(rows[position + 1]):
        return True
    return position > 0 and line.words < 4 and _data_row(rows[position - 1])


def resumed_body(lines: list[LineInfo], block_end: int, end: int) -> list[LineInfo]:
    """Up to three body lines after a marker's block, or none if another marker comes first.

    Widget residue between them (labels, buttons, share links: short lines and drop-line
    hits) may run long; other non-body lines, such as captions, may number RESUME_MAX_SKIPPED.
    """
    found: list[LineInfo] = []
    skipped = 0
    for line in lines[block_end:min(end, block_end + RESUME_MAX_SCANNED)]:
        if line.blank:
            continue
        if line.hit("cut", "drop-block"):
            break
        if line.body:
            found.append(line)
            if len(found) == 3:
                break
        elif found:
            break
        elif not (line.label or line.hit("drop-line")):
            skipped += 1
            if skipped > RESUME_MAX_SKIPPED:
                break
    return found


# A box's list inside the article: its items numbered one to at least this many, or as many
# each after its clock time.
LIST_BOX_MIN_ITEMS = 3
LIST_BOX_MAX_LINES = 40
# The article's prose under such a list, up to the next marker: at least this many paragraphs.
LIST_BOX_MIN_RESUMED = 3
# Lines a rule drops (an advertisement's label, a "See more" link) between the list and that prose.
LIST_BOX_MAX_SKIPPED = 2
_BOX_ITEM_NUMBER = re.compile(r"(\d{1,2})(?:[.)]?\s|[.)]?$)")


def counted_list_end(lines: Page, marker: int, end: int) -> int | None:
    """Index after the list under a box's heading whose items are counted or timed: numbered
    one to LIST_BOX_MIN_ITEMS or more ("Most read" / "1" / <headline> / "2" / ... or "1.
    <headline>" / ...), or as many headlines each after its clock time ("Latest" / "08:05
    <headline>" / ...), with no prose between them; None if no such list is there."""
    numbers: list[int] = []
    timed = 0
    last_item = None
    for line in lines[marker + 1:min(end, marker + 1 + LIST_BOX_MAX_LINES)]:
        if line.blank:
            continue
        if line.body and _ends_like_a_sentence(line.text) or line.hit("cut", "drop-block"):
            break
        if number := _BOX_ITEM_NUMBER.match(line.text):
            numbers.append(int(number.group(1)))
            last_item = line
        elif _LEADING_CLOCK.match(line.norm) and not line.hits:
            timed += 1
            last_item = line
    if numbers and timed or max(len(numbers), timed) < LIST_BOX_MIN_ITEMS \
            or numbers != list(range(1, len(numbers) + 1)):
        return None
    if _BOX_ITEM_NUMBER.fullmatch(last_item.text):  # a number alone over its headline
        headline = non_blank_after(lines, last_item.index + 1, end, 1)
        return headline[0].index + 1 if headline else None
    return last_item.index + 1


def article_goes_on_under_list(lines: Page, start: int, marker: int, list_end: int, end: int) -> bool:
    """Whether the article's prose goes on right under a box's counted list of other stories'
    headlines ("Most read" / 1 to 5 / "Residents hit hard" / its paragraphs): a paragraph under
    the list's last headline, or under a sub-heading of the article's there (past lines a rule
    drops), and LIST_BOX_MIN_RESUMED paragraphs or more before the next marker, that go on
    with the article: CONTINUATION_OVERLAP of their words of SHARED_WORD_MIN_CHARS letters or
    more (up to three paragraphs), by their first STEM_LETTERS letters, occur in the article
    above the box. The next story of an endless page, a publisher's blurb or a donation appeal
    under a box that ends the article share fewer (review); a story's byline or date there is
    a rule's line, an author's name over a bio or a reader's handle no sub-heading. In Chinese
    or Japanese no word is that long (tokens() counts their words by pairs of signs, which make
    any two paragraphs share words): the box ends the article there."""
    below = non_blank_after(lines, list_end, end, 2 + LIST_BOX_MAX_SKIPPED)
    # An advertisement's label or a "See more" link under the list goes by its own rule.
    while len(below) > 2 and below[0].hit("drop-line"):
        below.pop(0)
    below = below[:2]
    if not below:
        return False
    heading = below[0]
    prose = heading if heading.body else below[1] if len(below) == 2 and _sub_heading_shaped(heading) \
        and _shorter_than_the_headlines(lines, heading, marker, list_end) else None
    if (prose is None or not prose.body or prose.hits or not _ends_like_a_sentence(prose.text)
            or lines.body_between(prose.index, lines.next_marker[prose.index]) < LIST_BOX_MIN_RESUMED):
        return False
    # Words of four letters ("with", "said", "year") are in any two stories of a language.
    return stem_share(resumed_body(lines, prose.index, end), lines.body_tokens_between(start, marker),
                      SHARED_WORD_MIN_CHARS) >= CONTINUATION_OVERLAP


def stem_share(paragraphs: list[LineInfo], article_words: set[str], min_chars: int = 0) -> float:
    """The share of the paragraphs' words (of `min_chars` letters or more), by their first
    STEM_LETTERS letters, that occur in the article's words ("vaaleissa" under "vaalit"):
    inflection aside, what they reuse."""
    stems = {word[:STEM_LETTERS] for line in paragraphs for word in tokens(line.text) if len(word) >= min_chars}
    article = {word[:STEM_LETTERS] for word in article_words if len(word) >= min_chars}
    return len(stems & article) / len(stems) if stems else 0.0


def _sub_heading_shaped(line: LineInfo) -> bool:
    """No rule's line, no list's item, no capitalised name (an author's over a bio) and no
    reader's handle ("marco_vr", opening on a small letter in a script with capitals, or
    holding an underscore or an at sign, as comments sign)."""
    return not (line.hits or line.bullet or _is_name(line.text.split(), cased_only=True)
                or line.text[0].islower() or "_" in line.text or "@" in line.text)


def _shorter_than_the_headlines(lines: Page, heading: LineInfo, marker: int, list_end: int) -> bool:
    """A sub-heading is a phrase of fewer words than the box's shortest headline (its number
    or clock time aside); another story's headline printed under the box is as long as those
    in it."""
    headlines = [_phrase_words(_LEADING_CLOCK.sub("", _BOX_ITEM_NUMBER.sub("", line.norm, count=1), count=1))
                 for line in lines[marker + 1:list_end]
                 if not line.blank and not _BOX_ITEM_NUMBER.fullmatch(line.text)]
    return bool(headlines) and _phrase_words(heading.norm) < min(headlines)


def story_continues(lines: Page, start: int, marker: int, block_end: int, end: int,
                    promo_headline: str) -> bool:
    """Does the text after a marker's block go on with the article that precedes the marker?

    Evidence, in order: the resumed prose reuses the article's words (it continues); the
    resumed prose reuses the promoted headline's words (it is the promoted story: a tail);
    the box names no headline at all ("Read also" alone, its links lost by the scrape), and
    then prose that shares any of the article's words goes on with it, however short it is
    beside the article above.
    """
    after = resumed_body(lines, block_end, end)
    if not after or not lines.body_between(start, marker):
        return False
    # The article's sub-heading that the box's last line may be.
    box_end = promotion_end(lines, marker, promo_headline, block_end)
    sub_heading = box_end if box_end < block_end else None
    if _box_story_follows(lines, start, marker, sub_heading, end, promo_headline):
        return False
    after_tokens = content_tokens(after)
    if not after_tokens:
        return False
    overlap = len(after_tokens & lines.body_tokens_between(start, marker)) / len(after_tokens)
    if overlap >= CONTINUATION_OVERLAP:
        return True
    promoted = set(tokens(promo_headline))
    promoted.update(content_tokens([l for l in lines[marker + 1:block_end] if not l.blank]))
    if promoted:
        # A story's lead repeats its headline: a paragraph under the box that does not is
        # the article's, whatever the paragraphs under it share with the headline.
        lead = set(tokens(after[0].text))
        return min(len(promoted & after_tokens), len(promoted & lead) * 2) / len(promoted) < PROMOTED_STORY_OVERLAP
    return overlap >= CONTINUATION_OVERLAP_NEAR_TOP


def _box_story_follows(lines: Page, start: int, marker: int, sub_heading: int | None, end: int,
                       promo_headline: str) -> bool:
    """One of the box's headlines printed again under it, with a byline, a dated line or a
    source line under that copy before the prose ("Leia também" / "Ministry sends two million
    doses" / "Ministry sends two million doses" / "Health desk" / "02/05/2025 17:10"): the
    promoted story itself follows, as an aggregator prints it, however much of the article's
    subject it shares. A photo's credit under a card's copy is no story's credit.

    So does a headline under the box with its lead paragraph, then a byline (and a date line)
    and more prose ("Related stories" / two headlines / "Drivers face longest delays as
    roadworks double" / its lead / "By Sarah Lennon" / "27 Nov 2024" / its paragraphs), or a
    headline and a lead that opens on a wire dateline, or on the article's own ("KUALA
    LUMPUR: ..." under the lead "KUALA LUMPUR: ..."), or a headline over a publication stamp
    or a source line ("Источник: ..."; or over a date alone or a byline, when the box stands
    under the article's source line); and so does a box with no headline (the scrape lost its
    links) over a lead that opens on a wire dateline, or over a date alone when the box stands
    under the article's source line;
    but not the article's `sub_heading` that the box's last line is (over a paragraph that
    opens on a place and a dash, it heads the article's regional reactions)."""
    first_paragraph = lines.next_paragraph[start]
    article_dateline = _colon_dateline(lines[first_paragraph].norm) if first_paragraph < marker else None
    # A box right under the article's source line ("EFE") follows a story that has ended: a
    # headline there over a date alone or a byline is the next story's.
    above = lines.previous_non_blank[marker]
    signed_off = above >= 0 and _read_as(lines[above], "source")
    seen = {promo_headline.strip()} if promo_headline else set()
    repeated, lead, previous = False, False, None
    for line in lines[marker + 1:min(end, marker + 1 + RESUME_MAX_SCANNED)]:
        if line.blank:
            continue
        under_headline = previous is not None and previous.index == lines.previous_non_blank[line.index] \
            and _headline_shaped(previous)
        under_story_headline = under_headline and previous.index != sub_heading
        # Right under the marker, a box whose headlines the scrape lost.
        under_box = previous is None
        if line.body and line.terminated:  # a headline as long as a paragraph ends on no full stop
            own_dateline = article_dateline and _colon_dateline(line.norm) == article_dateline
            if (under_story_headline or under_box) and not lead and (_opens_on_dateline(line.norm) or own_dateline):
                return True
            if lead or not under_headline or repeated:
                return False
            lead = True
        elif repeated and (_story_credit(line) or _read_as(line, "source")):
            return True
        elif under_story_headline and not lead and (_story_stamp(line) or _read_as(line, "source")
                                                    or signed_off and _story_credit(line)):
            return _credit_over_prose(lines, line.index, end)
        elif under_box and signed_off and _story_date(line):
            return _credit_over_prose(lines, line.index, end)
        elif under_story_headline and not lead and outlet_credit(line) is not None:
            return _credited_story_follows(lines, start, marker, previous, line.index, end)
        elif lead and _read_as(line, "byline"):
            return _credit_over_prose(lines, line.index, end)
        repeated = repeated or line.norm in seen and _phrase_words(line.norm) >= PROMO_HEADLINE_MIN_WORDS
        seen.add(line.norm)
        previous = line
    return False


def _credited_story_follows(lines: Page, start: int, marker: int, headline: LineInfo, credit: int,
                            end: int) -> bool:
    """A headline over an outlet's credit ("Newsroom · Friday 3 November 2023, 08:15") and a
    paragraph that repeats PROMOTED_STORY_OVERLAP of the headline's words and shares less than
    CONTINUATION_OVERLAP of its own with the article above: the story itself, printed as the
    page prints its lead story. A card's credit over the article's next paragraph, which
    goes on with the article's words (and may repeat the card's, on the same subject), is
    no story's."""
    paragraph = lines.next_non_blank[credit + 1]
    named = set(tokens(headline.text))
    if paragraph >= end or not lines[paragraph].body or not named:
        return False
    words = set(tokens(lines[paragraph].text))
    shared = len(words & lines.body_tokens_between(start, marker)) / max(len(words), 1)
    return len(named & words) >= PROMOTED_STORY_OVERLAP * len(named) and shared < CONTINUATION_OVERLAP


# A wire story's first paragraph opens on its dateline: a place or an outlet of a few words
# and a dash, the agency in brackets or not ("Jakarta - ", "ANKARA (AA) - ", "عمون - ").
# The lines are normalised: every dash is "-".
_DATELINE_PLACE = r"[^\W\d][^\d.!?,:;\"«»“”„()-]{1,30}"
_DATELINE_OPENING = regex.compile(rf"^({_DATELINE_PLACE}(?: \([^()\d]{{1,20}}\))?) - \w")
# A dateline on a colon ("KUALA LUMPUR: ", "SINGAPURA: "): as often a label ("Note: "), so it
# tells a story's lead only where the article's own lead opens on the same one.
_COLON_DATELINE = regex.compile(rf"^({_DATELINE_PLACE}): \w")
DATELINE_MAX_WORDS = 3


def _dateline(opening: regex.Pattern, norm: str) -> str | None:
    """The place (and agency) a paragraph opens on before the `opening` pattern's separator,
    when it is a few words."""
    found = opening.match(norm)
    return found.group(1) if found and len(found.group(1).split()) <= DATELINE_MAX_WORDS else None


# A Persian story's lead opens on its source ("به گزارش ایسنا، ...", "according to the report of").
_REPORT_OPENING = re.compile(r"^به گزارش [^,.!?]{2,40},")


def _opens_on_dateline(norm: str) -> bool:
    """Whether a paragraph opens on a wire dateline, or on the source a Persian lead opens on:
    an article's paragraph that resumes under a box never does; a story's lead does."""
    return _dateline(_DATELINE_OPENING, norm) is not None or _REPORT_OPENING.match(norm) is not None


def _colon_dateline(norm: str) -> str | None:
    return _dateline(_COLON_DATELINE, norm)


def _story_stamp(line: LineInfo) -> bool:
    """A story's publication stamp: a date that names its day, with its clock time or its
    source beside it ("17 октября 2024, 09:15 | Источник: Коммерсантъ"). A box's cards date
    their headlines with the day alone."""
    return _story_date(line) and (_CLOCK.search(line.text) is not None or " | " in line.norm)


def _credit_over_prose(lines: Page, byline: int, end: int) -> bool:
    """The byline at `byline`, a date line right over or under it or none, and prose under
    them that is not its author's bio: a story's header. A date alone heads a chronology's
    or a live blog's entry, and a byline over its author's bio signs an article off."""
    above, below = lines.previous_non_blank[byline], lines.next_non_blank[byline + 1]
    dated = [index for index in (above, below) if 0 <= index < end and _read_as(lines[index], "date")]
    paragraph = lines.next_paragraph[max([byline, *dated]) + 1]
    return paragraph < end and not _opens_on_name(lines[paragraph].text, _name_pairs(lines[byline].text))


def prose_until_next_marker(lines: Page, begin: int, end: int) -> int:
    """Characters of body text from begin up to the next marker line."""
    return lines.body_chars_between(begin, max(begin, min(lines.next_marker[begin], end)))


# A tail needs an article before it: with fewer lines of prose (Page.prose_count) than this
# before a marker, the marker only ends the article if the prose before it outweighs the prose
# after it.
MIN_BODY_LINES_BEFORE_TAIL = 3


# A sub-heading of the article heads at least this many paragraphs of prose.
PROSE_UNDER_HEADING = 2


# Marks that open or close a quotation (not the apostrophe, which any French sentence holds,
# nor the right single quote that serves as one; the left one opens the quotes of Kannada,
# Malayalam, Sinhala and British papers).
_QUOTATION_MARKS = frozenset('"«»“”„‘')


def heads_prose(lines: Page, heading: int) -> bool:
    """The lines right under `heading` are PROSE_UNDER_HEADING paragraphs that end like
    sentences and quote someone, none a rule names: the article's own section ("Réactions"
    over politicians' quotes), not a comment thread, whose rows open on a name, a date or a
    "Reply" link, or are readers' sentences in their own voice ("Très bon article, merci")."""
    below, index = [], heading + 1
    while len(below) < PROSE_UNDER_HEADING and (index := lines.next_non_blank[index]) < len(lines):
        below.append(lines[index])
        index += 1
    return len(below) == PROSE_UNDER_HEADING and all(
        line.body and line.terminated and not line.hits and not _QUOTATION_MARKS.isdisjoint(line.text)
        for line in below)


def too_early_for_tail(lines: Page, start: int, marker: int, end: int) -> bool:
    """A marker right under the headline (a comment count, a "related" link) with more of the
    article after it than before it does not end the article. Only lines of prose count as
    article before it (Page.prose_count): in a script without spaces a headline and a site
    notice are as long as paragraphs ("コメント 5件" under them), and so are an archive widget's
    lines above a post ("Posts by Month November 2012 (16) October 2012 (50) ...")."""
    if lines.prose_count[marker] - lines.prose_count[start] >= MIN_BODY_LINES_BEFORE_TAIL:
        return False
    return prose_until_next_marker(lines, marker + 1, end) > lines.body_chars_between(start, marker)


def is_title_below_article(lines: Page, start: int, index: int, end: int) -> bool:
    """Line `index`, a copy of the page title below the article's start, ends the article:
    the same copy stands just above the start (the headline) and the prose under it does not
    go on with the article's words. A rendered page repeats its headline under the story (a
    post footer, a share box) and in its sidebars. A recipe card or a summary box under the
    same name goes on with the story."""
    headline = lines.titled_headline
    if (headline is None or lines[headline].norm != lines[index].norm
            or lines.non_blank_count[start] - lines.non_blank_count[headline] > HEADLINE_SEARCH_LINES
            or too_early_for_tail(lines, start, index, end)):
        return False
    following = (line for line in lines[index + 1:min(end, index + RESUME_MAX_SCANNED)] if line.body)
    after = content_tokens(list(itertools.islice(following, 3)))
    article = lines.body_tokens_between(start, index)
    return not after or len(after & article) < CONTINUATION_OVERLAP * len(after)


def non_blank_after(lines: Page, index: int, end: int, count: int) -> list[LineInfo]:
    """The first `count` non-blank lines from index on, without walking the rest of the page."""
    found = []
    index = lines.next_non_blank[index] if index < len(lines) else index
    while index < end and len(found) < count:
        found.append(lines[index])
        index = lines.next_non_blank[index + 1]
    return found


# An aggregator credits each story it gathers on a line under the story's headline: the
# outlet, a separator and when ("Le Matin de Dakar · 5 mars 2025", "Tin Tây Nguyên · 6 giờ
# trước"), perhaps the author after them; the outlet and the author in at most this many words
# each, and the time too.
OUTLET_NAME_MAX_WORDS = 5
OUTLET_TIME_MAX_WORDS = 5
_OUTLET_SEPARATOR = re.compile(rf"{_SPACE}+[·•|—–]{_SPACE}+")
# Many aggregators part an outlet from its time by a spaced hyphen ("Harian Priangan - 2 jam
# lalu"), as datelines, bylines and recipes part theirs ("Lyon - 5 mai", "By Ann Berg - 5 May",
# "Préparation - 20 min"): such a credit counts only for a link a promotion's marker reads.
_OUTLET_OR_HYPHEN = re.compile(rf"{_SPACE}+[·•|—–-]{_SPACE}+")


_TIME_OF_DAY = re.compile(r"\d{1,2}[:.]\d{2}( ?[ap]\.?m\.?| uhr| h)?", re.IGNORECASE)


def outlet_credit(line: LineInfo, separator: re.Pattern = _OUTLET_SEPARATOR) -> str | None:
    """The outlet of a line that credits a story to its outlet and time: a name without a
    figure or a label's colon (a comment's "Written by: Phil | 7 April" names its writer), a
    separator, a time with a figure in it, and perhaps a separator and an author's name
    ("The Coastal Ledger · 2 hours ago · By Dana Whitfield") or the time of day
    ("Økonomisk Ugebrev · 5. marts 2024 · 08:30"), or the author first and the time last."""
    if line.blank or line.body or line.words > 2 * OUTLET_NAME_MAX_WORDS + OUTLET_TIME_MAX_WORDS:
        return None
    parts = separator.split(line.text)
    if not 2 <= len(parts) <= 3:
        return None
    outlet, when, *author = parts
    # The third part may be the time of day after the date ("5. marts 2024 · 08:30"); or the
    # author comes first and the time last ("Historia de Laura Montesinos • El Diario del
    # Mediterráneo • 4 h", as a portal credits a partner's story).
    if author and _TIME_OF_DAY.fullmatch(author[0]):
        author = []
    elif author and _has_digit(author) and not _has_digit([outlet, when]):
        author, outlet, when = [outlet], when, author[0]
    if (author and (len(author[0].split()) > OUTLET_NAME_MAX_WORDS or _has_digit(author))
            or not 1 <= len(outlet.split()) <= OUTLET_NAME_MAX_WORDS or len(when.split()) > OUTLET_TIME_MAX_WORDS
            or _has_digit([outlet]) or not _has_digit([when]) or outlet[0].islower()
            or _LABEL_COLON.search(outlet)):
        return None
    return outlet


# The lead story's credit to its outlet stands at most this many non-blank lines from its
# headline, above or below it.
OUTLET_CREDIT_MAX_LINES_FROM_HEADLINE = 2
_TRAILING_ARROWS = " →›»>▶►➔➜"


def outlet_link_tail(lines: Page, start: int, end: int) -> tuple[int, int] | None:
    """(link, credit): a line under the story, before `end`, that links to the whole story at
    the outlet its credit near the headline names ("Siam News · 2 hours ago" ... "Read the
    full story at Siam News →"), and that credit. The link is a short line with no figure and
    no trail's separators that ends on the outlet's name, under MIN_BODY_LINES_BEFORE_TAIL
    paragraphs of the story at least, and the story does not go on under it (_story_goes_on):
    a caption ("Photo: Anna Berg" under "Anna Berg · 5 min read") or a sub-heading ("What next
    for Valley United") inside the story ends on the credited name too. A link that a rule
    names ("Lire l'article complet sur Ouest Matin") is neither: unless a paragraph stands
    right under it or under the one line below it (a syndicated story's inline "Read more from
    <outlet>" over a sub-heading), the stories under it are the page's others, however much of
    the lead's subject they share (a full-coverage page). An aggregator's
    excerpt ends at its link; what follows is the page's other stories. A credit parted by a
    hyphen only counts for a link that is a promotion's marker ("Baca selengkapnya di Harian
    Priangan" under "Harian Priangan - 2 jam lalu")."""
    separator = _OUTLET_SEPARATOR
    credit = _lead_outlet_credit(lines, start, separator)
    if credit is None:
        separator = _OUTLET_OR_HYPHEN
        credit = _lead_outlet_credit(lines, start, separator)
    if credit is None:
        return None
    outlet = outlet_credit(lines[credit], separator).casefold().split()
    for line in lines.non_blank(max(start, credit) + 1, end):
        if line.body or lines.body_between(start, line.index) < MIN_BODY_LINES_BEFORE_TAIL:
            continue
        # A breadcrumb ends on the story's title ("Home / Startups, chickens, and eggs").
        if _has_digit([line.text]) or is_section_trail(line):
            continue
        words = line.text.rstrip(_TRAILING_ARROWS).casefold().split()
        if (_links_to(words, outlet) and (separator is _OUTLET_SEPARATOR or line.hit("drop-block") is not None)
                and not (_paragraph_close_under(lines, line.index, end) if line.hit("drop-line")
                         else _story_goes_on(lines, start, line.index, end))):
            return line.index, credit
    return None


def _links_to(words: list[str], outlet: list[str]) -> bool:
    """A line's casefolded words end on the outlet's, or on its domain (_outlet_domain), after
    one to OUTLET_LINK_MAX_WORDS others."""
    if words[-len(outlet):] == outlet:
        return 1 <= len(words) - len(outlet) <= OUTLET_LINK_MAX_WORDS
    return 2 <= len(words) <= OUTLET_LINK_MAX_WORDS + 1 and _outlet_domain(words[-1], outlet)


# A domain, perhaps after "www." and before a slash: "lechodufinistere.fr", "www.coastnews.co.uk/".
_DOMAIN = re.compile(r"(?:www\.)?([^\W_][\w-]*)\.[a-z]{2,}(?:\.[a-z]{2})?/?")


def _outlet_domain(word: str, outlet: list[str]) -> bool:
    """`word` is a domain whose name is the outlet's words run together without their accents
    and punctuation ("lechodufinistere.fr" for "L'Écho du Finistère"): a site names its domain
    after itself, an article's words are seldom a domain."""
    domain = _DOMAIN.fullmatch(word)
    return domain is not None and domain[1].replace("-", "") == _run_together(outlet)


def _run_together(words: list[str]) -> str:
    """The letters and digits of `words`, folded as rules match (normalize: no accents), in
    one string."""
    return "".join(char for char in normalize(" ".join(words)) if char.isalnum())


def _paragraph_close_under(lines: Page, index: int, end: int) -> bool:
    """Whether a paragraph stands right under line `index` or under the one line below it (a
    sub-heading, a live blog's time stamp): the story goes on there. Another story stands
    further down, under its box's heading, its credit and its headline."""
    below = lines.next_non_blank[index + 1]
    return below < end and (lines[below].body or _over_paragraph(lines, below, end))


def _story_goes_on(lines: Page, start: int, index: int, end: int) -> bool:
    """A paragraph right under line `index`, or prose further down (resumed_body) that shares
    CONTINUATION_OVERLAP of its words with the story above: the story goes on under it. Not
    under a promotion's marker ("Baca selengkapnya di Harian Priangan"): the prose further down
    is the next teaser, which shares the story's words when it is on the same subject."""
    if _over_paragraph(lines, index, end):
        return True
    if lines[index].hit("drop-block") is not None:
        return False
    after = content_tokens(resumed_body(lines, index + 1, end))
    shared = len(after & lines.body_tokens_between(start, index))
    return bool(after) and shared >= CONTINUATION_OVERLAP * len(after)


def _lead_outlet_credit(lines: Page, start: int, separator: re.Pattern) -> int | None:
    """The line near the lead story's opening that credits it to its outlet (outlet_credit):
    above or under its headline, or among its first lines (a headline as long as a paragraph
    opens the article). The line the heuristics took for the headline may be the credit
    itself, over a headline as long as a paragraph."""
    headline = lines.headline
    top = start if headline is None else headline
    near = itertools.chain(_non_blank_before(lines, top, OUTLET_CREDIT_MAX_LINES_FROM_HEADLINE),
                           lines.non_blank(top, start),
                           non_blank_after(lines, start, len(lines), OUTLET_CREDIT_MAX_LINES_FROM_HEADLINE))
    # A page title's parts have the credit's shape ("Startups, chickens, and eggs | 47 Hats").
    titles = {lines.title, *lines.titles}
    return next((line.index for line in near
                 if line.index not in titles and outlet_credit(line, separator) is not None), None)


def _non_blank_before(lines: Page, index: int, count: int) -> list[LineInfo]:
    """The `count` non-blank lines nearest above line `index`, nearest first."""
    found = []
    index = lines.previous_non_blank[index] if index < len(lines) else -1
    while index >= 0 and len(found) < count:
        found.append(lines[index])
        index = lines.previous_non_blank[index]
    return found


def gathered_credits(lines: Page) -> dict[int, str]:
    """The lines that credit the stories an aggregator gathers on one page to their outlets,
    by index, with the outlet they name: the page's outlet_credits, each naming another outlet,
    the first right under a headline-shaped line (the lead story's headline or deck) and over
    the article's text, neither it nor a line over it a byline (the lead story is credited as
    the others are), and the lead story longer than each other one. An article whose sections
    or entries each stand under a title and a name and time (a live blog's posts, a press
    review's outlets, exhibitions and their venues, a timeline's places, embedded posts)
    credits itself with a byline, or its entries are alike in length."""
    start = lines.start
    if start is None:
        return {}
    credits = lines.outlet_credits
    outlets = [outlet.casefold() for outlet in credits.values()]
    if len(credits) < 2 or len(set(outlets)) < len(outlets):
        return {}
    first = min(credits)
    above = lines.previous_non_blank[first]
    # The lead story's deck over its credit may be a sentence.
    if above < 0 or lines[above].hits or lines[above].bullet or lines[above].words < PROMO_HEADLINE_MIN_WORDS:
        return {}
    # The lead story's headline or deck, as long as a paragraph, may be where its text starts;
    # both, when the first ends on no sentence's mark, as a headline does, and the credit
    # stands right under the second.
    heads = lines.body_between(start, first)
    if (heads > (1 if lines[start].terminated else 2) or heads == 2 and lines.next_non_blank[start + 1] != above
            or any(_read_as(line, "byline") for line in lines[:first + 1])):
        return {}
    return credits if _lead_story_longest(lines, sorted(credits)) else {}


def _lead_story_longest(lines: Page, credits: list[int]) -> bool:
    """The sentences under the first credit, up to the next story's headline, outnumber those
    under each other credit (under the last, up to its first line that is no sentence: the
    page's footer and comments follow it): an aggregator prints its lead story whole and the
    others as a teaser, where a live blog's posts or a list's entries are alike."""
    ends = [lines.previous_non_blank[credit] for credit in credits[1:]]
    counts = [sum(_sentence(line) for line in lines[credit + 1:end]) for credit, end in zip(credits, ends)]
    last = 0
    for line in lines[credits[-1] + 1:]:
        if not line.blank and not _sentence(line):
            break
        last += _sentence(line)
    return all(counts[0] > count for count in [*counts[1:], last])


def _over_a_credit(line: LineInfo) -> bool:
    """A headline or a deck, as long as a paragraph may be but ending like no sentence."""
    return (not (line.hits or line.bullet or line.terminated) and line.words >= PROMO_HEADLINE_MIN_WORDS
            and not _OUTLET_SEPARATOR.search(line.text))


def aggregated_story_heads(lines: Page) -> frozenset[int]:
    """The headlines of the stories an aggregator gathers under the lead story, each right
    over its credit (gathered_credits)."""
    gathered = sorted(lines.gathered_credits)[1:]
    heads = (lines.previous_non_blank[index] for index in gathered)
    return frozenset(head for head in heads if _over_a_credit(lines[head]))


# A link to a gathered story at its outlet ("Full story at Le Matin", "Teljes cikk: Sportnapló")
# has at most this many words besides the outlet's.
OUTLET_LINK_MAX_WORDS = 5


def outlet_lines(lines: Page, end: int) -> list[int]:
    """The gathered stories' credits above `end` (gathered_credits), and the links to a story
    at its outlet: a short line that ends on an outlet's name and holds no figure."""
    credits = lines.gathered_credits
    if not credits:
        return []
    # Outlets by their last word: a line is compared with those whose last word it ends on.
    by_last_word: dict[str, list[list[str]]] = {}
    for outlet in set(credits.values()):
        words = outlet.casefold().split()
        by_last_word.setdefault(words[-1], []).append(words)
    found = []
    for line in lines[:end]:
        if line.index in credits:
            found.append(line.index)
            continue
        if line.blank or line.body or _has_digit([line.text]):
            continue
        words = line.text.casefold().split()
        if any(_links_to(words, outlet) for outlet in by_last_word.get(words[-1], ())):
            found.append(line.index)
    return found


# A gallery's caption, a thread's post or a how-to's step may open on its number out of their
# count, a slash or a short word between them ("3/7", "2 di 7 –", "4 of 12:"); at least
# COUNTED_MIN_LINES in a row.
_COUNTER = re.compile(rf"(\d{{1,2}}){_SPACE}?(?:/|{_SPACE}[^\W\d]{{1,4}}{_SPACE})(\d{{1,2}})(?!\d|[.,/]\d)")
COUNTED_MIN_LINES = 3


def counted_lines(lines: Page) -> list[int]:
    """Lines in runs of COUNTED_MIN_LINES or more (blank lines between them) that open on the
    numbers one after another out of the same count ("1/7 The harvest near Moires", "2/7 The
    nets are laid under the trees"): a gallery's captions, a thread's posts, a how-to's steps;
    none of them is the page's headline. A fraction opens a recipe's rows ("1/2 cup milk")
    with the same or random numbers, not counting up out of one count."""
    found: list[int] = []
    run: list[int] = []
    previous = None  # the last line's (number, count)
    for line in itertools.chain(lines, [None]):
        if line is not None and line.blank:
            continue
        counter = None if line is None else _COUNTER.match(line.text)
        numbers = None if counter is None else (int(counter.group(1)), int(counter.group(2)))
        if numbers is not None and 0 < numbers[0] <= numbers[1] and len(line.text) > counter.end():
            if not (run and numbers == (previous[0] + 1, previous[1])):
                found += run if len(run) >= COUNTED_MIN_LINES else []
                run = []
            run.append(line.index)
            previous = numbers
            continue
        found += run if len(run) >= COUNTED_MIN_LINES else []
        run = []
    return found


def is_next_story(lines: list[LineInfo], start: int, index: int, end: int) -> bool:
    """An aggregator page: a source credit closes the article and another story follows it.

    The line after the credit (past a date label or two) is headline-shaped, prose follows
    it, and that prose does not go on with the article above the credit.
    """
    credit = lines[index].hit("metadata")
    if not credit or credit[0].field not in ("source", "credit"):
        return False
    following = non_blank_after(lines, index + 1, end, 4)
    while following and (following[0].label or following[0].hit("metadata")):
        following.pop(0)
    # The story's byline or date line may stand between its headline and its prose. Under a
    # source line, which closes a story, the next one's headline may be as long as a
    # paragraph; under a photo's credit, such a line is the article's next paragraph.
    prose = next((line for line in following[1:] if not _credit_read(line)), None)
    headline_shaped = _headline_shaped if credit[0].field == "source" else is_headline
    if prose is None or not headline_shaped(following[0]) or not prose.body:
        return False
    headline = following[0].index
    if credit[0].field == "credit" and _signed_again(lines, start, index, headline, end):
        return False
    return not story_continues(lines, start, index, headline + 1, end, promo_headline="")


def _signed_again(lines: Page, start: int, credit: int, below: int, end: int) -> bool:
    """A line between `below` and `end` with no paragraph under it opens on the words of a
    byline of two words or more above the article's `start` ("박지훈 기자" over the article,
    "박지훈 기자 jhpark@..." closing it), and none between `start` and the `credit`: the writer
    signs off the article, and what stands between is theirs, a sub-heading under a photo's
    credit among it. A byline split after its "By" names no one; the next story's byline stands
    over its own paragraphs; an article signed off above the credit has ended there."""
    bylines = [words for line in lines[:start]
               if _read_as(line, "byline") and len(words := line.text.casefold().split()) >= 2]

    def signed(line: LineInfo) -> bool:
        return any(line.text.casefold().split()[:len(words)] == words for words in bylines)

    return (not any(signed(line) for line in lines[start:credit])
            and any(signed(line) and not lines.body_between(line.index + 1, end) for line in lines[below:end]))


def over_credits(lines: Page, index: int) -> bool:
    """A line right over one a metadata rule reads as a byline, a date or a source."""
    following = lines.next_non_blank[index + 1]
    return following < len(lines) and _credit_read(lines[following])


def is_credited_story(lines: Page, start: int, index: int, end: int) -> bool:
    """Another story printed whole under the article with no marker over it, as a portal
    prints the next story of its feed: its head (_credited_story_head) and prose, up to its
    first line that is no paragraph, shorter than the article above, sharing less than
    CONTINUATION_OVERLAP of its words with it, and not going on with it as story_continues
    reads it (the headline as the promoted one); or two feed cards or more under a lead
    credited otherwise, whatever they share with it. An article's sub-heading stands right
    over its next paragraph, with no credit between; its chronology's, live blog's or
    round-up's entries carry a date, a time or a name alone, its fact box, press review or
    quoted statement a source alone (review); a feature's second part, longer than the first
    or not named by its heading, goes on with it; and its entries of the same shape above the
    headline (a press review's papers, a podcast's episodes) make it one more."""
    head = _credited_story_head(lines, index, end)
    if head is None:
        return False
    headline, opening, by_card = head
    # The article's own entries each under a title and a credit (a press review's papers, a
    # podcast's episodes): the next one is no other story.
    if any(is_headline(line) and over_credits(lines, line.index) for line in lines[lines.next_paragraph[start]:index]):
        return False
    article = lines.body_between(start, index)
    # A live blog's or an update's posts under "Redaktion · vor 12 Minuten" outweigh its
    # opening, follow a lead credited as they are (_lead_credited) or name one writer twice; a
    # feed's cards do not, each naming another outlet.
    if by_card:
        if (lines.body_between(index, end) >= article or _lead_credited(lines, start)
                or _a_writer_twice(lines, start, end)):
            return False
        # Two cards or more, each another outlet's, are a feed, on the article's subject or not.
        if sum(index <= credit < end for credit in lines.card_credits) >= FEED_MIN_CARDS:
            return True
    prose = []
    for line in lines[opening:end]:
        if not line.blank and not line.body:
            break
        if line.body:
            prose.append(line)
    after = content_tokens(prose)
    shared = len(after & lines.body_tokens_between(start, index))
    return (len(prose) < article and shared < CONTINUATION_OVERLAP * len(after)
            and not story_continues(lines, start, index, opening, end, promo_headline=headline.text))


def _lead_credited(lines: Page, start: int) -> bool:
    """A byline, or a name over a time ago (times_ago), above the article's start: a page
    that credits its lead story so credits its own posts under it too (a live ticker's "Anna
    Müller · vor 12 Minuten" under "Von unserer Redaktion" or "Rhein-Kurier · vor 2 Stunden");
    an aggregator's lead goes under its source ("Nguồn: Báo Miền Tây") or none, and one
    credited as its cards are is gathered_credits' to read."""
    return any(_read_as(line, "byline") for line in lines[:start]) or bool(lines.times_ago(range(start)))


# A feed under the article shows at least this many cards; one post under "Name · 2 hours ago"
# is as often the article's own update, embedded post or quoted review.
FEED_MIN_CARDS = 2


def _a_writer_twice(lines: Page, start: int, end: int) -> bool:
    """Two of the feed cards' credits between lines `start` and `end` name the same outlet or
    writer."""
    named = [lines.outlet_credits[credit].casefold() for credit in lines.card_credits if start <= credit < end]
    return len(set(named)) < len(named)


def _credited_story_head(lines: Page, index: int, end: int) -> tuple[LineInfo, int, bool] | None:
    """(headline, its first paragraph's index, whether a feed card's credit names it) of a
    story that starts at line `index` with a headline over its credits, or with a feed card's
    credit (card_credits: "Nation · Saa 2 zilizopita") over its headline. The credits under a
    headline are byline, date or source lines (a metadata rule reads each, or a card's credit;
    CREDIT_BLOCK_MAX_LINES at most), among them a source or an agency and a date, or a card's
    credit, which names both."""
    if index in lines.card_credits:
        following = non_blank_after(lines, index + 1, end, 2)
        if len(following) == 2 and _over_a_credit(following[0]) and following[1].body:
            return following[0], following[1].index, True
        return None
    headline = lines[index]
    if not (is_headline(headline) or _over_a_credit(headline)):
        return None
    credits = non_blank_after(lines, index + 1, end, CREDIT_BLOCK_MAX_LINES + 1)
    taken = 0
    while taken < len(credits) and taken < CREDIT_BLOCK_MAX_LINES and _story_credit_line(lines, credits[taken]):
        taken += 1
    if not taken or taken == len(credits) or not credits[taken].body:
        return None
    named = credits[:taken]
    # A source or an agency and a date credit another outlet's story as it was published; a
    # date, a time or a name alone heads as often an entry of the article's own chronology,
    # live blog or round-up, and a source alone its fact box, press review or statement.
    if any(line.index in lines.card_credits for line in named):
        return headline, credits[taken].index, True
    if (is_headline(headline) and any(_read_as(line, "source") for line in named)
            and any(_read_as(line, "date") for line in named)):
        return headline, credits[taken].index, False
    return None


def _story_credit_line(lines: Page, line: LineInfo) -> bool:
    """A line a metadata rule reads as a byline, a date or a source, or a feed card's credit."""
    return _credit_read(line) or line.index in lines.card_credits


# A promoted story's prose needs this many words of four letters or more to tell whether it
# goes on with the article: a few lines of a text wrapped at the source's line breaks do not.
PROMOTED_STORY_MIN_WORDS = 10
# A section's number opening a heading: "2", "2.", "2-", "<2>", "(iv)", "II Method".
# Roman numerals in one case ("Vi tipsar", "Xi in Europe" are words); a single letter only
# with its mark ("I.", "(v)"), since "I" opens sentences.
_SECTION_NUMBER = re.compile(r"[<(\[]?(?:\d+|[IVX]{2,}|[ivx]{2,}|[IVXivx](?=[>)\].:]))[>)\].:-]?(?:\s|$)")


def is_promoted_story(lines: Page, start: int, index: int, end: int) -> bool:
    """A "read also" box that no marker word names: a short heading, a headline under it,
    and prose that shares less than CONTINUATION_OVERLAP of its words with the article
    above (the article's own sections, under a sub-heading, go on with its words). A
    heading or headline that opens in lower case is a sentence wrapped at the source's line
    breaks, and so is a headline whose prose goes on in lower case. A heading that numbers
    a section ("2.", "<2>", "II Method") is the article's own, and so is a row of its fact
    box ("Lanes: 4" over "Cost: 9.8 billion" and prose): a box's heading names its topic
    after its colon ("Topic: Housing crisis"), not a figure."""
    heading = lines[index]
    listed = box_headlines(lines, index, end)
    # A label and a colon over one line and prose is as often the article's own ("The verdict:",
    # a quoted verse): a colon heads a box over two headlines or more, the last with its credit.
    colon = _box_colon_heading(lines, heading) and bool(listed)
    # A label right under a sign-up field is its button, not a box's heading.
    above = lines.previous_non_blank[index]
    if (heading.hits or not (colon or is_box_heading(heading)) or heading.text[0].islower()
            or above >= 0 and _sign_up_line(lines[above])
            or _SECTION_NUMBER.match(heading.text) or _in_announced_list(lines, start, index)
            or _in_named_list(lines, start, index, end)
            or _fact_row_with_figure(heading.text) or _among_paired_rows(lines, index)):
        return False
    following = non_blank_after(lines, index + 1, end, 2)
    # The box may list other stories' headlines before the one whose story follows it; that
    # one then has its credit or date line, as a story's headline has (a box's last headline
    # over the article's next paragraph has none).
    if listed:
        following = [listed[-1], *non_blank_after(lines, listed[-1].index + 1, end, 1)]
    # The story's byline ("Аўтар: Сяргей Ляшчук") or date line may stand between its headline
    # and its prose.
    credits = 0
    while (credits < CREDIT_BLOCK_MAX_LINES and len(following) == 2
           and (_credit_read(following[1]) or _cased_credit(following[1]))):
        following = [following[0], *non_blank_after(lines, following[1].index + 1, end, 1)]
        credits += 1
    # An interview's next question under a heading of its own ("Most read of all" over "Which
    # storm do you remember?") is the interview going on, not a box's headline.
    if (len(following) < 2 or not is_headline(following[0]) or following[0].text[0].islower()
            or _ends_a_sentence_or_announces(following[0]) or asks_like_the_article(lines, following[0])
            or not following[1].body or following[1].text[0].islower() or listed and not credits):
        return False
    early = too_early_for_tail(lines, start, index, end)
    if early and lines.body_between(start, index) < PROMOTED_STORY_MIN_BODY_LINES:
        return False
    after = content_tokens(resumed_body(lines, following[0].index + 1, end))
    if len(after) < PROMOTED_STORY_MIN_WORDS:
        return False
    article = lines.body_tokens_between(start, index)
    names_the_prose = _names_the_prose(following[0], after)
    # A phrase longer than a label names a box in words of its own ("Continue with this
    # story") over a headline that names the story below; in the stories' words it is a
    # headline itself (a related story's link that a news site leaves inside the article,
    # over another one), and a line of verse stands over more verse. A phrase of short words
    # round a single longer one is a clause in the article's voice, a travel piece's "Where
    # we ate on our trip" over the places it names: a box names itself in two words or more.
    own = _long_words(heading.text)
    if not (heading.label or colon) and (len(own) < BOX_PHRASE_OWN_WORDS or own & (after | article)
                                         or not names_the_prose):
        return False
    shared = len(after & article) / len(after)
    # A box's headline is about the story under it ("Fun family Halloween costumes" over
    # prose about costumes), not about the article above it; an article's own sub-section
    # goes on under a heading in the article's words.
    names_its_story = names_the_prose and _few_of_its_words_in(following[0], article)
    if early:
        # Under a story of two paragraphs, a longer one: the lead's few words tell little, so
        # the box's headline must name the story under it too; a third of its words do when
        # that story shares next to nothing with the article and its script has no capitals
        # (its paragraph's letters mostly caseless, a Latin name or two aside; Arabic,
        # Persian: they join their particles to their words, "بالسعودية" over
        # "السعودية", and repeat fewer of them whole). In a cased script a section of the
        # article's own under a heading of its own words ("Background" over "A century of
        # parades") shares as little with a two-paragraph lead.
        return (shared < CONTINUATION_OVERLAP and names_its_story
                or _mostly_caseless(following[1].text) and shared < CONTINUATION_OVERLAP_NEAR_TOP
                and _few_of_its_words_in(following[0], article)
                and _names_the_prose(following[0], after, HEADLINE_IN_UNRELATED_PROSE))
    return shared < CONTINUATION_OVERLAP or shared < NAMED_STORY_OVERLAP and names_its_story


def _ends_a_sentence_or_announces(line: LineInfo) -> bool:
    """A line ending on a full stop or a colon: a sentence (a line of verse) or one that
    announces a list (_announces), not a headline, which ends on neither (an ellipsis aside).
    A quote's headline may end on a full stop too; the box's story is then kept rather than
    the article's verse lost."""
    return _announces(line) or line.text.endswith(_FULL_STOP_ENDS) and not line.text.endswith("...")


# A box's heading longer than a label holds at least this many words of five letters or
# more ("La suite de notre dossier", "More stories from our reporters").
BOX_PHRASE_OWN_WORDS = 2
# A short story (two paragraphs) over a box and a longer story: the box ends it only when its
# headline names the story below (is_promoted_story); under one paragraph, never.
PROMOTED_STORY_MIN_BODY_LINES = 2
# Under a story of two paragraphs, commenters' names over time stamps end it (under one, a
# post with its replies is as likely).
THREAD_MIN_BODY_LINES = 2


# Two stories of one language share their function words ("with", "that", "have"): prose
# sharing up to this share of its words with the article is still another story when its
# headline names it and not the article.
NAMED_STORY_OVERLAP = 0.3
# A headline names the prose under it when the prose uses at least this share of its words,
# and not the article when the article uses at most this share of them.
HEADLINE_IN_PROSE = 2 / 3
HEADLINE_IN_ARTICLE = 1 / 4
# ... and this share of them when the prose shares under CONTINUATION_OVERLAP_NEAR_TOP of its
# words with the article.
HEADLINE_IN_UNRELATED_PROSE = 1 / 3


def _few_of_its_words_in(headline: LineInfo, article: set[str]) -> bool:
    """The article uses at most HEADLINE_IN_ARTICLE of the headline's words."""
    words = set(tokens(headline.text))
    return len(words & article) <= HEADLINE_IN_ARTICLE * len(words)


def _names_the_prose(headline: LineInfo, prose: set[str], share: float = HEADLINE_IN_PROSE) -> bool:
    """The prose under a headline uses `share` of its words (two at least). A line with a
    clock time is a post's stamp ("Posted 18 February 2013 at 18:11"), which a forum
    thread's posts below repeat, not a headline."""
    words = set(tokens(headline.text))
    return (len(words) >= 2 and len(words & prose) >= max(2, share * len(words))
            and not _CLOCK_TIME.search(headline.text))


# Unlike _CLOCK (a comment's stamp), a dot too ("kl. 18.11"): a post's stamp in a headline's
# place. A price or a decimal ("3.50") matches as well, which only keeps a box.
_CLOCK_TIME = re.compile(r"\b\d{1,2}[:.]\d{2}\b")


# A box of other stories' headlines under a heading has at least this many of them, and at
# most this many: a poem's lines or a long list of names go on further.
HEADLINE_BOX_MIN_ITEMS = 3
HEADLINE_BOX_MAX_ITEMS = 12
# Two things set against each other ("Team A - Team B", "68 kg / Name"; a tatweel is a dash
# in Persian): when half the items are pairs, the list is a table (fixtures, results); when
# three quarters open on a label and a colon ("Defence: ..."), a fact box or a line-up; when
# three quarters hold a figure, a table's rows.
_PAIRED = re.compile(rf"{_SPACE}[-–—/ـ]|[-–—/ـ]{_SPACE}")
_LABELLED = re.compile(rf"^[^:：]{{1,30}}[:：]")


def _has_figure(text: str) -> bool:
    """A digit past the item's own number: when three quarters of a list's items hold one
    (a date, a score, a price), it is a table's rows."""
    numbered = _NUMBERED.match(text)
    return any(char.isdigit() for char in text[numbered.end() if numbered else 0:])


# Its words that tell whether it goes on with the article have at least this many letters
# (function words of four, "that", "with", "from", are in any two stories of a language), and
# the article shares less than this share of them.
SHARED_WORD_MIN_CHARS = 5
HEADLINE_BOX_OVERLAP = 0.12


def is_headline_box(lines: Page, start: int, index: int, end: int) -> bool:
    """A box of other stories under the article that no marker word names: a short heading
    ("Most read", "From the same desk") under no such headline, then three to twelve
    headlines (numbered or not, never sentences, mostly no pairs), whose words of five letters or more the article shares less than
    HEADLINE_BOX_OVERLAP of; the prose after them, if any, does not go on with
    the article either, and is shorter than the article. A list of the article's own (its
    steps, its sections' names) uses its words."""
    heading = lines[index]
    # A letter's closing ("Sincerely,", "З повагою,") over its signatures runs on over a comma.
    if (heading.hits or heading.bullet or not _is_heading(heading) or heading.text[0].islower()
            or heading.text.endswith(_COMMAS)):
        return False
    above = lines.previous_non_blank[index]
    if above >= 0 and _is_listed_headline(lines[above]):
        return False  # a run of such lines goes on above it: a poem's stanzas, a long list
    items = non_blank_after(lines, index + 1, end, HEADLINE_BOX_MAX_ITEMS + 1)
    # A heading over a line that announces what follows ("Programme of events" / "The
    # programme holds 300 events, among them:") heads the article's own list or table.
    if items and _announces(items[0]):
        return False
    listed = list(itertools.takewhile(_is_listed_headline, items))
    if (not HEADLINE_BOX_MIN_ITEMS <= len(listed) <= HEADLINE_BOX_MAX_ITEMS
            or listed[0].bullet and not _FIRST_ITEM.match(listed[0].text)
            or not _headlines_of_stories(listed)
            or _ends_a_stanza(lines, listed, items[len(listed):])
            or too_early_for_tail(lines, start, index, end)):
        return False
    items = listed[:HEADLINE_BOX_MIN_ITEMS]
    # A page of several stories (a digest, a listing) goes on at length under its lists.
    if lines.body_chars_between(index, end) > lines.body_chars_between(start, index):
        return False
    article = lines.body_tokens_between(start, index)
    after = resumed_body(lines, items[-1].index + 1, end)
    return all(_shares_few_long_words(group, article) for group in (items, after) if group)


_COMMAS = (",", "،", "，", "、")


# A box of other stories' headlines that no marker word names ("Чытайце таксама:",
# "Darllenwch hefyd") holds at least this many of them.
BOX_MIN_ITEMS = 2
UNNAMED_BOX_OVERLAP = 0.5


def colon_heading(line: LineInfo) -> bool:
    """A label of a few words and a colon, and nothing else: a box's heading in any language
    ("Ошондой эле окуңуз:", "Şeýle hem okaň:"); not a sentence's lead-in in lower case."""
    text = line.text
    return (not line.blank and not line.hits and not line.bullet and text[-1] in ":："
            and line.words <= LABEL_MAX_WORDS and not text[0].islower()
            and _WORDS_ONLY.fullmatch(text[:-1].rstrip()) is not None)


def _box_colon_heading(lines: Page, line: LineInfo) -> bool:
    """A colon heading (colon_heading) that is no entry of the article's own list of labels:
    the page holds at most BOX_COLON_LABELS of them, and none other opens on its first word
    ("Most Inspiring:", "Most Challenging:", "Funniest:" over the posts each names). The same
    label twice is two boxes."""
    if not colon_heading(line):
        return False
    labels, text = lines.colon_labels, line.text.lower()
    first = text.split()[0]
    return len(labels) <= BOX_COLON_LABELS and not any(
        other != text and other.split()[0] == first for other in labels)


# A page holds at most this many colon labels of boxes ("Read also:", "Comments:").
BOX_COLON_LABELS = 2


def box_headlines(lines: Page, index: int, end: int) -> list[LineInfo]:
    """The other stories' headlines listed under a heading at index that no marker word
    names, a colon label or a short phrase (none if it heads no such list): BOX_MIN_ITEMS to
    HEADLINE_BOX_MAX_ITEMS of them."""
    heading = lines[index]
    colon = _box_colon_heading(lines, heading)
    if not colon and (not heading.label or heading.hits or heading.bullet or not _WORDS_ONLY.fullmatch(heading.text)
                      or heading.text[0].islower() or _SECTION_NUMBER.match(heading.text)):
        return []
    above = lines.previous_non_blank[index]
    if above >= 0 and _is_listed_headline(lines[above]) and _is_listed_headline(lines[lines.previous_non_blank[above]]):
        return []  # a run of such lines goes on above it: a poem's stanzas, a long list
    items = non_blank_after(lines, index + 1, end, HEADLINE_BOX_MAX_ITEMS + 1)
    listed = list(itertools.takewhile(_unlisted_headline, items))
    return listed if BOX_MIN_ITEMS <= len(listed) <= HEADLINE_BOX_MAX_ITEMS and _headlines_of_stories(listed) else []


def _unlisted_headline(line: LineInfo) -> bool:
    """A headline standing alone, not a list's item (a bullet) or a line announcing one (a colon)."""
    return not line.bullet and _is_listed_headline(line) and line.text[-1] not in ":："


def _headlines_of_stories(items: list[LineInfo]) -> bool:
    """Lines under a heading read as other stories' headlines, not as the rows of a list: not
    half of them pairs ("Hamburg – Köln 3:1", "Pasir Mas – 4,820") or closing on a bracket
    (names and their countries: "Child Workers in Nepal (Nepal)"), three quarters labelled
    ("Tel: ...") or holding a figure."""
    return not (2 * sum(bool(_PAIRED.search(item.text)) for item in items) >= len(items)
                or 2 * sum(item.text.endswith(")") for item in items) >= len(items)
                or 4 * sum(bool(_LABELLED.match(item.text)) for item in items) >= 3 * len(items)
                or 4 * sum(_has_figure(item.text) for item in items) >= 3 * len(items))


def is_closing_box(lines: Page, start: int, index: int, end: int) -> bool:
    """An unnamed box of other stories' headlines (box_headlines) among the page's furniture:
    a line that closes the article (_closed_above) stands between its last paragraph and the
    heading, a line a rule takes right under the headlines (tags, a copyright, a comment
    heading), no paragraph under them, and enough of the article above. Right under the last
    paragraph, or with nothing of the page's under it, a heading over short lines is as often
    the article's closing list ("What happens next:", "Where to stay", "Further reading")."""
    if not _closed_above(lines, index):
        return False
    listed = box_headlines(lines, index, end)
    if not listed:
        return False
    last = listed[-1].index
    below = lines.next_non_blank[last + 1]
    return (below < len(lines) and bool(lines[below].hits) and lines.next_paragraph[last + 1] >= end
            and not _rows_go_on(lines, last, end)
            and not too_early_for_tail(lines, start, index, end)
            and _in_other_words(listed, lines.body_tokens_between(start, index)))


def _closed_above(lines: Page, index: int) -> bool:
    """Among the CLOSING_LINES_ABOVE lines over the one at index, up to the article's last
    paragraph, one that closes the article: a rule's hit, an author's name in capitals, or any
    line but a phrase of bare words (its credit, its source, "Share:", a photo's credit; a
    phrase of bare words is as often a sub-heading or a line of verse)."""
    above = lines.previous_non_blank[index]
    for _ in range(CLOSING_LINES_ABOVE):
        if above < 0 or lines[above].body:
            return False
        if lines[above].hits or not _WORDS_ONLY.fullmatch(lines[above].text) or _signature(lines[above]):
            return True
        above = lines.previous_non_blank[above]
    return False


# How many lines over a closing box are read for the article's end.
CLOSING_LINES_ABOVE = 3


def _rows_go_on(lines: Page, last: int, end: int) -> bool:
    """Two more short lines that are no paragraph stand under the line `last`, which a rule
    does not take: a list's rows ("Services:" over "Wellness and preventative care", "General
    dentistry", ...) or a contents' entries go on below the lines read as headlines."""
    below = non_blank_after(lines, last + 1, end, 2)
    return len(below) == 2 and not any(line.body or line.hits for line in below)


def _cased_credit(line: LineInfo) -> bool:
    """A credit line that credited_name reads in a script with capitals: in one without, "Label:
    two words" is as often a fact ("Director: ...", "Language: Arabic")."""
    return credited_name(line) is not None and not _caseless(line.text)


def _in_other_words(headlines: list[LineInfo], article: set[str]) -> bool:
    """The article uses under UNNAMED_BOX_OVERLAP of the headlines' words: a list of its own
    ("What the islands get" over the boats and fares it describes) is mostly in its words,
    other stories' headlines on its subject share a few ("Seguí leyendo" over two more
    football stories)."""
    words = {word for line in headlines for word in tokens(line.text)}
    return bool(words) and len(words & article) < UNNAMED_BOX_OVERLAP * len(words)


# A numbered box starts at one; a heading over item 13 is the article's own list going on.
_FIRST_ITEM = re.compile(r"[^\d]|1[.)-]?\s")
# A headline opens on a capital, a letter of a script without capitals or a quotation mark;
# "3 egg yolks" and "1/2 cup flour" are a recipe's.
_HEADLINE_OPENING = re.compile(r"[^\W\d_]|[\"'«“„‘‹「『]")


def _ends_a_stanza(lines: Page, listed: list[LineInfo], rest: list[LineInfo]) -> bool:
    """Headline-shaped lines closed by a line of their length that ends on a full stop, a
    blank line under it and the next stanza's first line: a poem's stanza ("Tiếng liềm khua
    trên cánh đồng vàng" / "Gọi nắng về rải khắp triền đê." / "" / "Cha gánh lúa qua con
    mương nhỏ"), its lines one under the other, not a box of headlines, which no headline-long
    sentence closes as a block (a blog's list of post titles may hold "Take a deep breath.
    Hold it."; a box's last teaser may end on one, over the page's footer or a blank line)."""
    if len(rest) < 2:
        return False
    closing = rest[0]
    after = closing.index + 1
    # A stanza's lines stand one under the other; a box's items may stand apart.
    return (not (closing.hits or closing.bullet or closing.body) and _ends_on_full_stop(closing.text)
            and closing.words <= max(line.words for line in listed) + 1
            and closing.index - listed[0].index == len(listed)
            and lines[after].blank and _is_listed_headline(rest[1]))


def _is_listed_headline(line: LineInfo) -> bool:
    """A headline in a list of other stories: headline-shaped, opening like a headline and
    ending on no full stop, or a numbered or bulleted item of four words or more that ends like
    no sentence (a quoted name may close it)."""
    if line.bullet:
        return (not (line.hits or line.body or _ends_like_a_sentence(line.text))
                and 4 <= line.words <= HEADLINE_MAX_WORDS)
    return (is_headline(line) and _HEADLINE_OPENING.match(line.text) is not None and not line.text[0].islower()
            and not _ends_on_full_stop(line.text))


def _long_words(text: str) -> set[str]:
    """Its words of SHARED_WORD_MIN_CHARS letters or more: fewer function words among them."""
    return {word for word in tokens(text) if len(word) >= SHARED_WORD_MIN_CHARS}


def _shares_few_long_words(group: list[LineInfo], article: set[str]) -> bool:
    longer = {word for line in group for word in _long_words(line.text)}
    return len(longer & article) < HEADLINE_BOX_OVERLAP * max(len(longer), 1)


# "Read also: <headline>": a label of at most LABEL_MAX_WORDS words, a colon and another
# story's headline of at least PROMO_HEADLINE_MIN_WORDS words, of which the article uses less
# than this share (a promoted story is often a related one: "Carthage days 2016: the
# programme" under an article on the Carthage days).
INLINE_PROMO_OVERLAP = 0.67
# A title-cased headline with commas or a question, or a name of a word or two, is another
# story's only when the article uses under this share of its words: a teaser's "Continue
# reading: <the story's own headline>" names the article's subject.
OTHER_HEADLINE_OVERLAP = 0.3
# A headline may end on "!", "?", "..", a quote; a line ending on one full stop is a sentence.
_FULL_STOPS = (".", "。", "۔")
_NOT_FULL_STOPS = ("..", "...")
_LABEL_COLON = re.compile(rf"[:：](?:{_SPACE}|$)|：")


def inline_promos(lines: Page, end: int, dropped: Callable[[int], bool]) -> list[int]:
    """Lines above `end` that are a label, a colon and a headline whose words the article
    does not use, alone between two sentences of it (an interview's "Q: ..." and a how-to's
    "Step 2: Mix the flour" are sentences, or share the article's words). The article may
    start below one: its start is its largest run of prose."""
    found, article, sections, turns = [], None, None, None
    for line in lines[:end]:
        # Most lines hold no colon: asked first, as the cheapest test.
        if (":" not in line.text and "：" not in line.text or line.blank or line.hits or line.bullet
                or _ends_on_full_stop(line.text)):
            continue
        colon = _LABEL_COLON.search(line.text)
        if colon is None:
            continue
        label, headline = line.text[:colon.start()].split(), line.text[colon.end():].strip()
        if not label or not label[0][0].isalnum() or len(label) > LABEL_MAX_WORDS:
            continue
        shaped = _headline_after_colon(headline)
        if not shaped and not (_headline_after_label(label, headline) and _names_another_story(lines, headline)):
            continue
        before = _standing(lines, range(line.index - 1, -1, -1), dropped)
        after = _standing(lines, range(line.index + 1, end), dropped)
        if before is None or after is None or not (_sentence(before) and _sentence(after)):
            continue
        if (_label_is_figure(label) or any(_same_entry_shape(line, label, other) for other in (before, after))
                or _labelled(before) and _labelled(after)
                or _fact_row(line.text)
                or any(_fact_row(other.text) and (_short_first_field(other.text) or not _ends_on_full_stop(other.text))
                       for other in (before, after))):
            continue
        if _opens_on_the_label(label, after) or counted_section(lines, line):
            continue
        if turns is None:
            turns = _turn_labels(lines, end)
        if _interview_turn(label, (before, after, _standing(lines, range(after.index + 1, end), dropped)), turns):
            continue
        if sections is None:
            sections = _section_headings(lines, end, dropped)
        if line.index in sections:
            continue
        if _under_a_promotion(lines, line):
            continue
        if article is None:  # lines of the article that use each word
            article = Counter(word for body in lines[:end] if body.body for word in set(tokens(body.text)))
        words, own = set(tokens(headline)), set(tokens(line.text)) if line.body else set()
        used = sum(article[word] > (word in own) for word in words)
        if words and used / len(words) < (INLINE_PROMO_OVERLAP if shaped else OTHER_HEADLINE_OVERLAP):
            found.append(line.index)
    return found


def _under_a_promotion(lines: Page, line: LineInfo) -> bool:
    """The line right above is a promotion that a rule reads, under another label than the
    line's (_another_label: "Čtěte také: Sázava loni třikrát vystoupala" over "Opozice: projekt
    je předražený")."""
    above = lines.previous_non_blank[line.index]
    return above >= 0 and lines[above].hit("drop-block") is not None and _another_label(line, lines[above])


def _another_label(line: LineInfo, promotion: LineInfo) -> bool:
    """`line` opens on a label and a colon other than the promotion's over it ("Opozice:" under
    "Čtěte také: <headline>"): a site prints its promotions under one label, and between the
    article's sections, so the line is the next section's sub-heading ("subject: claim")."""
    own, other = _LABEL_COLON.search(line.text), _LABEL_COLON.search(promotion.text)
    return (own is not None and other is not None and 1 <= len(line.text[:own.start()].split()) <= LABEL_MAX_WORDS
            and line.text[:own.start()].casefold() != promotion.text[:other.start()].casefold())


# A tag line lists at least this many tags, each of at most this many words.
TAG_LINE_MIN_ITEMS = 2
TAG_MAX_WORDS = 3
_TAG_SEPARATOR = re.compile(r"[,،;؛|]")


def is_tag_line(line: LineInfo, headline: LineInfo | None) -> bool:
    """A label, a colon and two or more short items between commas, each made of the
    headline's words ("Topics: ferry, islands" under "Ferry link to the islands approved"):
    a site tags a story with the subjects its headline names. A list whose items the
    headline does not name stays: an article's closing ingredients or cast ("Ingredients:
    flour, sugar" under "Lemon cake"), which its prose names."""
    if headline is None or line.terminated or line.hits or line.bullet:
        return False
    colon = _LABEL_COLON.search(line.text)
    if colon is None or not 1 <= len(line.text[:colon.start()].split()) <= LABEL_MAX_WORDS:
        return False
    items = [item.strip() for item in _TAG_SEPARATOR.split(line.text[colon.end():])]
    named = set(tokens(headline.text))
    return len(items) >= TAG_LINE_MIN_ITEMS and all(
        1 <= len(item.split()) <= TAG_MAX_WORDS and (words := set(tokens(item))) and words <= named
        for item in items)


_QUESTION_MARKS = ("?", "؟", "？")
_QUOTES = frozenset("\"'«»“”„‘’‹›「『")
_CLOSING_MARKS = "".join(sorted(_QUOTES)) + ")"


# A counted label of a series of sections ("Step 2:", "Dia 1:", "Krok 3.", "Day 4 -"), of
# COUNTED_SERIES_MIN sections at least.
COUNTED_SERIES_MIN = 3
_COUNTED_LABEL = regex.compile(r"^(\p{L}+) (\d{1,2})\s*[:.\-–]")


def counted_section(lines: Page, line: LineInfo) -> bool:
    """The line opens on a counted label ("Step 3: Season in thin layers") of a series inside
    the article: COUNTED_SERIES_MIN labels or more on the same word, counting up by one down
    the page, the line among them ("Step 1: ...", "Step 2: ...", "Step 3: ..."): a how-to's
    steps, a travel diary's days, not a promotion's label. The page's headline is no part of a
    series: a link to "Teil 1: ..." under "Teil 2: ...", or to "Windows 11: ..." in a story on
    "Windows 10: ...", promotes another story, and so do "Top 10: ..." beside "Top 5: ..." and
    two links to a series' other days."""
    counted = _COUNTED_LABEL.match(line.text)
    start = lines.start
    if counted is None or start is None:
        return False
    word = counted.group(1).casefold()
    series = [(other.index, int(match.group(2))) for other in lines[start:]
              if other.text[:1] == line.text[:1] and (match := _COUNTED_LABEL.match(other.text)) is not None
              and match.group(1).casefold() == word]
    # Two links to a series' other days ("Day 3: ...", "Day 4: ...") name each other too.
    runs: list[list[int]] = []
    previous = None
    for index, number in series:
        if previous is None or number != previous + 1:
            runs.append([])
        runs[-1].append(index)
        previous = number
    return any(line.index in run and len(run) >= COUNTED_SERIES_MIN for run in runs)


def _label_is_figure(label: list[str]) -> bool:
    """A label of figures alone ("17:", "2018:") is a time, a rank or a date in a schedule
    or a timeline; a promo's label has words ("Read also", "Carthage days 2016")."""
    return all(_FIGURE_WORD.fullmatch(word) for word in label)


_FIGURE_WORD = regex.compile(r"[\d\W_]+")


def _same_entry_shape(line: LineInfo, label: list[str], other: LineInfo) -> bool:
    """`line` (whose label is `label`) and its neighbour `other` open alike: on labels that
    share a word or both hold a figure ("57 kg:" over "61 kg:", "Route 3:" over "Route 4:"),
    or both on a figure ("5-" over "6-"); `other` neither ends a sentence nor asks. Entries
    of a list (results by weight class, a schedule, a ranking), not a promo standing alone
    between two paragraphs; a promo beside a credit ("By: ..."), an intro ("Here is how:")
    or a headline that asks (another promo of the same box) still goes."""
    text = other.text
    if _ends_on_full_stop(text) or text.endswith(_QUESTION_MARKS) or text[-1] in _QUOTES:
        return False
    if line.text[0].isdigit() and text[0].isdigit():
        return True
    other_label = _entry_label(text)
    if other_label is None:
        return False
    words = {word.casefold() for word in label}
    return (not words.isdisjoint(word.casefold() for word in other_label)
            or _has_digit(label) and _has_digit(other_label))


# A transcript's speaker or turn label ("Q", "A", "R", "س", "Frage", "Mary") has at most this
# many words, and comes back on at least this many lines of an interview. A forum's profile
# rows ("Sexe: Lieu: ...", "Citation de: ...") come back too, under longer labels.
TURN_LABEL_MAX_WORDS = 1
TURN_MIN_LINES = 2


def _turn_labels(lines: Page, end: int) -> Counter:
    """How many lines above `end` open on each turn label (_turn_label)."""
    labels = (_turn_label(line.text) for line in lines[:end] if ":" in line.text or "：" in line.text)
    return Counter(label for label in labels if label is not None)


def _turn_label(text: str) -> str | None:
    """The label of a "label: text" line, casefolded, if it is short enough for a speaker's or
    a turn's; else None."""
    label = _entry_label(text)
    return " ".join(label).casefold() if label is not None and len(label) <= TURN_LABEL_MAX_WORDS else None


def _interview_turn(label: list[str], around: tuple[LineInfo, LineInfo, LineInfo | None], turns: Counter) -> bool:
    """The "label: text" line is a turn of a transcribed interview: the line under it speaks
    under another label, both labels come back on the page, and the turns alternate (the line
    above is the other label's too, or the line under the answer is this label's again):
    "Q: When will it open" between "A: ..." lines, as a question and its answer do; a question
    often loses its mark in transcription. A promo's label comes back between paragraphs,
    even over a live blog's labelled paragraph ("Watch: ..." over "Update: ..."), but
    paragraphs stand around the pair. `around`: the lines standing above, under, and under
    that one."""
    before, after, next_turn = around
    theirs = _turn_label(after.text)
    if theirs is None or len(label) > TURN_LABEL_MAX_WORDS:
        return False
    mine = " ".join(label).casefold()
    if theirs == mine or turns[mine] < TURN_MIN_LINES or turns[theirs] < TURN_MIN_LINES:
        return False
    return _turn_label(before.text) == theirs or next_turn is not None and _turn_label(next_turn.text) == mine


# A section's paragraph names its subject within this many words past the label's length.
SUBJECT_OPENING_SLACK = 2


def _opens_on_the_label(label: list[str], paragraph: LineInfo) -> bool:
    """The paragraph under a "label: headline" line names every word of the label in its first
    words: the label is the subject of the article's section that the line heads ("Lebanon: a
    country torn" over "Lebanon has been ...", "Karimi: justice was done" over "Ali Karimi
    believes ..."). A promo's label ("Read also", "More from us") is not what the article's
    next paragraph opens on, and a related story on the article's subject names it further on."""
    words = set(tokens(" ".join(label)))
    opening = paragraph.text.split()[:len(label) + SUBJECT_OPENING_SLACK]
    if paragraph.body and len(label) == 1 and _ACRONYM.fullmatch(label[0]):
        # An organisation's initials ("KL: We learned from the failures" over "At the Local
        # Government Association (KL), ..."), too short for `tokens`, named in the first sentence.
        return label[0] in _WORD.findall(_INNER_SENTENCE_END.split(paragraph.text)[0])
    return paragraph.body and bool(words) and words <= set(tokens(" ".join(opening)))


_ACRONYM = regex.compile(r"\p{Lu}{2,5}")


# An article divided into sections under "label: heading" lines has at least this many of
# them, each under a label of its own; a news site's related-story links between the
# paragraphs ("Country: another headline") come two to four to an article.
SECTION_HEADINGS_MIN = 5
# A section's heading after its label ("Riverton: stalls under the old arches") is shorter
# than another story's headline ("Analysis: Why central bankers are nervous about the bond
# markets"), unless it shares a word with the paragraph it heads.
SECTION_HEADING_MAX_WORDS = 6


def _section_headings(lines: Page, end: int, dropped: Callable[[int], bool]) -> set[int]:
    """The "label: heading" lines above `end` that head a paragraph ending on a full stop
    (prose, not the next headline of a list of them), each under a label no other such line
    has, when there are SECTION_HEADINGS_MIN of them or more and all but one are in a
    heading's few words or share a word with their paragraph (promos under genre labels,
    "Analysis: <a headline>", "Opinion: <a headline>", name other stories in a headline's
    words; one long heading among a guide's short ones is a section still): an article in
    sections (countries each over its news, players each over a portrait, "First stop: ..."
    over "Second stop: ..."). Promos repeat their one label ("More: ..."). Lines a rule or a
    detector already took are not counted, so that the cleaned text counts the same."""
    heads: dict[str, list[tuple[int, bool]]] = {}  # a label's lines, and whether each heading is short
    for line in lines[:end]:
        if (":" not in line.text and "：" not in line.text or line.blank or line.hits or line.bullet
                or dropped(line.index) or _ends_on_full_stop(line.text)):
            continue
        label = _entry_label(line.text)
        if (label is None or len(line.text.split()) > LABEL_MAX_WORDS + HEADLINE_MAX_WORDS
                or not _LETTER_WORD.search(line.text, _LABELLED.match(line.text).end())):
            continue
        paragraph = _standing(lines, range(line.index + 1, end), dropped)
        if paragraph is not None and paragraph.body and _ends_on_full_stop(paragraph.text):
            heading = line.text[_LABELLED.match(line.text).end():]
            short = (len(heading.split()) <= SECTION_HEADING_MAX_WORDS
                     or not set(tokens(heading)).isdisjoint(tokens(paragraph.text)))
            heads.setdefault(" ".join(label).casefold(), []).append((line.index, short))
    sections = [indexes[0] for indexes in heads.values() if len(indexes) == 1]
    if len(sections) < SECTION_HEADINGS_MIN or len(sections) - sum(short for _, short in sections) > 1:
        return set()
    return {index for index, _ in sections}


_FACT_FIELDS = re.compile(rf"(?:[;؛|]|{_SPACE}/){_SPACE}*[^:：;؛|/]{{0,29}}[^\W\d_]{_SPACE}*[:：]")


# The most words of a fact row's first field: a name or a figure, where prose has a clause.
FACT_FIELD_MAX_WORDS = 4


def _short_first_field(text: str) -> bool:
    """A fact row (_fact_row) whose first field holds at most FACT_FIELD_MAX_WORDS words: a
    row that ends on a full stop, where a paragraph of prose has a clause there."""
    colon = _LABELLED.match(text)
    return len(text[colon.end():_FACT_FIELDS.search(text, colon.end()).start()].split()) <= FACT_FIELD_MAX_WORDS


def _fact_row_with_figure(text: str) -> bool:
    """A "label: value" line whose value holds a figure ("Lanes: 4", "記者数：64人")."""
    return _entry_label(text) is not None and _FIGURE.search(text, _LABELLED.match(text).end()) is not None


def _fact_row(text: str) -> bool:
    """A "label: text" line with a second field after a separator ("Stadium: Azadi;
    attendance: 8000", "Referee: A. Karimi / assistants: B, C"): a row of a fact box. A
    promo's marker may stand before its label ("More | Minister: ..."), not after it, a
    field's label ends on a letter ("| 12 May at 16:00" is a time), and a slash parts two
    fields only after a space ("Israel/Gaza: ..." is a headline's)."""
    colon = _LABELLED.match(text)
    return colon is not None and _FACT_FIELDS.search(text, colon.end()) is not None


def _labelled(line: LineInfo) -> bool:
    """A "label: text" line (_entry_label): one between two of them is an entry of a fact box
    or a list ("Stadium: ..." between "Kick-off: ..." and "Referee: ..."; countries each over
    what it did), whatever their labels; a promo stands alone between paragraphs."""
    return _entry_label(line.text) is not None


def _entry_label(text: str) -> list[str] | None:
    """The words of a list entry's label: the text before a colon, of at most
    LABEL_MAX_WORDS words, with text after the colon; None for any other line."""
    colon = _LABELLED.match(text)
    if colon is None or not text[colon.end():].strip():
        return None
    label = text[:colon.end() - 1].split()
    return label if 1 <= len(label) <= LABEL_MAX_WORDS else None


def _has_digit(words: list[str]) -> bool:
    return any(char.isdigit() for word in words for char in word)


def _ends_on_full_stop(text: str) -> bool:
    """A sentence's end, inside closing quotation marks too ("... he said.»"), not an ellipsis."""
    text = text.rstrip(_CLOSING_MARKS)
    return text.endswith(_FULL_STOPS) and not text.endswith(_NOT_FULL_STOPS)


def _headline_after_colon(text: str) -> bool:
    """A headline, not what someone said ("He said: «...»", "She wrote: I ..."), asked ("Q: How
    ...?") or noted ("Note: ..., ..."): a few words, at most a headline's, no quotation that
    fills it, no question mark last, no clause comma and no sentence ending inside. A
    headline may open on a quoted name ("«Rue des Boutiques» wins the film prize") and pause
    on an ellipsis ("Eclipse in 2017.. tomorrow"), or hold initials ("U.S. Senate votes"); it
    announces nothing ("A: There are a few simple rules:" over a list is an answer)."""
    return (PROMO_HEADLINE_MIN_WORDS <= len(text.split()) <= HEADLINE_MAX_WORDS and not _quotation(text)
            and not text.endswith(_QUESTION_MARKS) and not text.endswith(_COLONS)
            and not _HEADLINE_SENTENCE_END.search(text)
            and not _CLAUSE_COMMA.search(text))


def _headline_after_label(label: list[str], text: str) -> bool:
    """Another story's headline after a label, when it is not headline-shaped
    (_headline_after_colon): after a label of capitalised words alone, title-cased, which no speech or note is, even
    with commas and a closing question ("Stock Soars to Record, For How Long?"), or a name
    of one or two capitalised words after a label of two words or more ("Earlier coverage:
    Old School"). A label with a figure, a comma or a bracket names a part of the article
    ("Berlin, Day 2: ...") or cites ("Their Culture (New York: ..."), one in lower case runs
    on a sentence ("the following: ..."); one word over a name ("Pictured: Anna Berg") is a
    caption's or a fact's, and a name that asks or exclaims ("MR BODDICE: Pardon?") a
    transcript's, and so is a label of capitals in two words or more ("THE WITNESS:
    Certainly"). Names listed with commas ("Starring: Ethan Hawke, Julie Delpy") are a
    credit, not a headline."""
    if not all(map(_is_word, label)) or label[0][0].islower():
        return False
    if len(label) >= 2 and all(word.isupper() for word in label):
        return False
    size = len(text.split())
    if PROMO_HEADLINE_MIN_WORDS <= size <= HEADLINE_MAX_WORDS:
        return (_title_cased(text) and not _quotation(text) and "(" not in text
                and not _HEADLINE_SENTENCE_END.search(text) and not _listed_names(text))
    # Two words, the second a short one in lower case, before a name credit it ("Posted by: Ann").
    return (len(label) >= 2 and 1 <= size and text[0].isupper() and not text.endswith(_SHORT_HEADLINE_ENDS)
            and not any(char.isdigit() for char in text)
            and not (len(label) == 2 and label[-1].islower() and len(label[-1]) <= BYLINE_PREPOSITION_CHARS))


def _names_another_story(lines: Page, text: str) -> bool:
    """No word of the page's headline (else of its first line, a rendered page's title) in
    it: a teaser's "Continue reading at ...: <a headline on the same company>" links the
    article's own story."""
    headline = lines.headline if lines.headline is not None else lines.next_non_blank[0]
    return headline >= len(lines) or set(tokens(lines[headline].text)).isdisjoint(tokens(text))


_SHORT_HEADLINE_ENDS = tuple(FULL_STOPS)


# A title-cased headline capitalises this share of its words of four letters or more, and has
# at least this many of them.
TITLE_CASE_SHARE = 0.75
TITLE_CASE_MIN_WORDS = 3
_LETTER_WORD = regex.compile(r"[^\W\d_]+")


# A name in a list of names ("Ethan Hawke", "Andrea Eckert") has at most this many words.
LISTED_NAME_MAX_WORDS = 3


def _listed_names(text: str) -> bool:
    """Two or more comma-separated pieces, each of a few capitalised words, and no question
    or exclamation at the end: names in a list ("Toasty Enough, Already?" is a headline)."""
    pieces = [piece.split() for piece in text.split(",")]
    return len(pieces) >= 2 and not text.endswith(_SHORT_HEADLINE_ENDS) and all(
        1 <= len(words) <= LISTED_NAME_MAX_WORDS and all(word[0].isupper() for word in words) for words in pieces)


# A particle inside a name ("de", "van", "bin", "y") has at most this many letters.
NAME_PARTICLE_MAX_CHARS = 3


def _name_row(line: LineInfo) -> bool:
    """A person's name alone on a line: two to LABEL_MAX_WORDS words, each capitalised (or of
    a script without case) but for a short particle, no figure, no sentence, no rule's hit.
    A menu's items are mostly one word; a headline has verbs and small words in lower case.
    A rule that reads a name alone as a byline (above or below an article) may hit it."""
    words = line.text.split()
    if (line.body or line.terminated or not 2 <= len(words) <= LABEL_MAX_WORDS or _has_digit(words)
            or any(rule.field != "byline" for rule, _ in line.hits)):
        return False
    lower = [word for word in words if not (_capitalised(word) or _caseless(word))]
    return len(lower) <= 1 and all(len(word) <= NAME_PARTICLE_MAX_CHARS and word.isalpha() for word in lower)


def credited_below(lines: Page, headline: int, start: int) -> bool:
    """Whether a date line or a byline stands between the headline and the article's start."""
    return any(_dated_or_bylined(line) for line in lines[headline + 1:start])


def _dated_or_bylined(line: LineInfo) -> bool:
    """A line a metadata rule reads as the story's date or its byline."""
    return _read_as(line, "date") or _read_as(line, "byline")


def over_its_credits(lines: Page, index: int, start: int) -> bool:
    """Whether only the story's credits stand between the line `index` and the article's
    first line: lines a rule reads as its date or byline, and names alone ("15.7.2024" /
    "Laura Niemi"), one of them at least."""
    between = [line for line in lines[index + 1:start] if not line.blank]
    return bool(between) and all(_dated_or_bylined(line) or _signature(line) for line in between)


def heads_on(headline: LineInfo) -> bool:
    """A headline that goes on from the line above it: its first half, in lower case ("El
    Gobierno cede" / "y aprueba la reforma"), or a quotation whose speaker that line names
    ("Olaf Brenner" / "«Wir haben zu lange gewartet»")."""
    return headline.text[0].islower() or headline.text.startswith(_OPENING_QUOTES)


_OPENING_QUOTES = ('"', "“", "„", "«", "»", "'", "‘", "「", "『")


# A site's name is a few words; the line above a headline that is longer is a kicker or a deck.
SITE_NAME_MAX_WORDS = 6


def site_name_over_copyright(lines: Page, start: int, end: int) -> int | None:
    """The page's first line (its title, read past the lines rules take anywhere, as a second
    cleaning reads it), above the article, when a copyright notice below the article's last
    line names it ("Le Républicain du Causse" over "Tous droits réservés © Le Républicain du
    Causse"): the site's name, whatever its shape. A site claims the copyright of its name,
    not of a headline; the sign, not a word, tells the notice in every language. A photo's
    credit inside the article ("Jane Goodall in Gombe. © Reuters") is no notice."""
    first = lines.title
    if first is None or first >= start:
        return None
    line = lines[first]
    if line.words > SITE_NAME_MAX_WORDS or line.terminated or line.hits:
        return None
    # Few pages have a notice; the name's search is built only for those that do.
    notices = [below.text.casefold() for below in lines[end + 1:] if "©" in below.text]
    if not notices:
        return None
    name = _whole_phrase(line.text)
    return first if any(name.search(notice) for notice in notices) else None


# A line outside the article that names the site in this many words or fewer, and is no
# prose, is the site's: its name, tagline, credit or sign-off.
SITE_LINE_MAX_WORDS = 12


def lines_naming_the_site(lines: Page, site_name: int, start: int, end: int) -> list[int]:
    """The other short lines above or below the article that hold the site's name
    (site_name_over_copyright) as whole words and are no prose (body): its name over a
    tagline ("Noorderbode | Nieuws uit Groningen"), an outlet's credit over the story
    ("Castroverde, 14 ene (El Heraldo del Sur)"), a sign-off under it ("Lapin Uutisvirta ·
    Päätoimittaja Pekka Aikio"). Not the headline, which may report on the site, nor any line
    of the article: its questions in an interview ("ZEIT ONLINE: Hätte man das verhindern
    können?"), its short sentences ("Kerrow Herald declined to comment."), its list items and
    sub-headings. A name of one word may be a common one ("Nieuws" over "© 2026 Nieuws BV");
    only a domain ("KabarSelat.com") is a name alone."""
    text = lines[site_name].text
    if " " not in text and "." not in text:
        return []
    name = _whole_phrase(text)
    spared = {site_name, lines.headline, *lines.titles}
    outside = itertools.chain(lines[:start], lines[end + 1:])
    return [line.index for line in outside
            if not (line.blank or line.body) and line.words <= SITE_LINE_MAX_WORDS
            and line.index not in spared and name.search(line.text.casefold())]


def _whole_phrase(text: str) -> re.Pattern:
    """A search for `text`, case-folded, between non-word characters."""
    return re.compile(rf"(?<!\w){re.escape(text.casefold())}(?!\w)")


def names_by_dates(lines: Page, start: int) -> list[int]:
    """Authors' names alone on their line ("Ann Berg") under the headline, right over the
    story's date line: a news page's byline, which no byline word announces. Under a date, a
    line of capitalised words is as often a blog post's title ("June 11, 2012" / "Color Life");
    over it, one in the story's words is a deck or a headline's second half in title case
    ("Thousands Lose Power Overnight"), and a short line of a script without capitals is as
    often a deck."""
    headline = lines.headline
    if headline is None:
        return []
    return [line.index for line in lines.non_blank(headline + 1, start)
            if _signature(line) and not names_the_story(lines, line.index, start)
            and _read_as(lines[lines.next_non_blank[line.index + 1]], "date")]


def credit_block(lines: Page, start: int) -> list[int]:
    """Credit-shaped lines right over a date line or a byline that a rule reads, between the
    headline and the article, with only such lines between: the rest of the credit, which no
    rule word announces (an author's or an outlet's name in capitals, "EFE | Vigo", "Ahmet
    Demirtaş - İzmir", a dateline in capitals or of one word, "MOMBASA"). Under the last
    credit, over the first paragraph, a short line in capitals is as often a deck, a
    sub-heading, a kicker or a letter's salutation ("The Road Ahead", "CE QUI CHANGE",
    "Analysis", "Dear Editor"), and a phrase in lower case anywhere ("Claves del acuerdo");
    one in title case that names the story in two words of its opening is a deck."""
    headline = lines.headline
    # A blog's name over a post's date and title is no headline: the title is not its credit.
    if headline is None or not _shares_words_with_opening(lines, lines[headline].text, start,
                                                          HEADLINE_OPENING_WORDS):
        return []
    taken: list[int] = []
    pending: list[int] = []
    for line in lines[headline + 1:start]:
        if line.blank:
            continue
        if _dated_or_bylined(line):
            taken += pending
            pending = []
        elif _unannounced_credit(lines, line, headline, start):
            pending.append(line.index)
        else:
            pending = []
    return taken


def _unannounced_credit(lines: Page, line: LineInfo, headline: int, start: int) -> bool:
    """A short line of a credit block that no rule reads (credit_block): a phrase of the
    story's opening or a sentence is no credit."""
    if (line.hits or line.body or line.terminated or line.text.endswith(",")
            or line.words > CREDIT_BLOCK_LINE_WORDS
            or _shares_words_with_opening(lines, line.text, start, HEADLINE_OPENING_WORDS)):
        return False
    return _credit_shaped(line) or line.words == 1 and lines.previous_non_blank[line.index] != headline


def _credit_shaped(line: LineInfo) -> bool:
    """A name in capitals, a line in capitals, or parts between separators that open in
    capitals or a name before its outlet ("EFE | Vigo", "Ahmet Demirtaş - İzmir", "Rina Sari -
    detikNews"; not a deck's "Bigger boats - and bigger bills")."""
    if _signature(line) or line.text.isupper():
        return True
    parts = _CREDIT_SEPARATOR.split(line.text)
    return len(parts) > 1 and (all(part and not part[0].islower() for part in parts)
                               or all(map(_capitalised, parts[0].split())))


_CREDIT_SEPARATOR = re.compile(r"\s+[-–—|/·]\s+")


def closing_name(lines: Page, start: int, end: int, cut: int) -> int | None:
    """An author's name alone on the line under the article's last paragraph, with only lines
    a rule names between it and the tail ("... the council will vote in May." / "Ann Berg"):
    the story's signature. Only names in capitals count: in a script without case two words
    under a paragraph are as often its closing phrase; and a name the article uses is a title
    in capitals ("Women Superheroes Illustrated" under a story on women superheroes)."""
    below = lines.next_non_blank[end + 1]
    # Lines a rule takes anywhere (a counter, a share button) are gone on a second cleaning.
    while below < cut and lines[below].ruled:
        below = lines.next_non_blank[below + 1]
    # Under a quotation, a name is its author's ("... cannot hold." / "W. B. Yeats").
    if (below >= cut or not lines[end].terminated or lines[end].text.rstrip(".!?…").endswith(_CLOSING_QUOTES)
            or not _signature(lines[below])
            or set(tokens(lines[below].text)) & lines.body_tokens_between(start, end + 1)):
        return None
    if any(not line.blank and not line.hits for line in lines[below + 1:cut]):
        return None
    return below


_CLOSING_QUOTES = ('"', "”", "»", "“", "«", "'", "’", "」", "』")


def _credits_a_name(lines: Page, line: LineInfo) -> bool:
    """A byline a rule reads, or a bare name right over a date line ("Tom Ashworth" over "3
    days ago"): a title-case line alone may be the site's name or a heading."""
    if line.body:
        return False
    if _read_as(line, "byline"):
        return True
    below = lines.next_non_blank[line.index + 1]
    return _signature(line) and below < len(lines) and _read_as(lines[below], "date")


# An author's bio is a few sentences; it stands among the article's last lines.
BIO_MAX_WORDS = 60
BIO_LAST_LINES = 2


def author_bio(lines: Page, start: int, end: int) -> int | None:
    """The first of the article's last lines (BIO_LAST_LINES of them, not counting lines rules
    take anywhere) that opens on its author's name, as a byline over the article's first
    paragraphs gives it ("Tom Ashworth" or "By Tom Ashworth" above; "Tom Ashworth is a senior
    audio writer based in London." at the end): the author's bio, from there to the article's
    end. Any script: the name is matched as written, two words in a row. Higher up, a
    paragraph opening on the name is a namesake's or the reporter's own part in the story."""
    # Over the article's second paragraph: a deck as long as a paragraph may be taken for
    # its first, and the byline then stands under it.
    named = {pair for line in lines.non_blank(0, lines.next_paragraph[start + 1]) if _credits_a_name(lines, line)
             for pair in _name_pairs(line.text)}
    if not named:
        return None
    # Past the lines rules take anywhere: a newsletter's prompt between the bio and the
    # article's last line is gone from a second cleaning's text.
    last = [line for line in lines[start:end + 1] if not (line.blank or line.ruled)][-BIO_LAST_LINES:]
    for line in last:
        # A paragraph that quotes someone reports what a namesake said.
        if (line.body and line.words <= BIO_MAX_WORDS and _opens_on_name(line.text, named) and line.index > start
                and _QUOTATION_MARKS.isdisjoint(line.text)):
            return line.index
    return None


def _name_pairs(credit: str) -> set[tuple[str, str]]:
    """Two words in a row of a credit that may be a name: neither in lower case ("By Ann Holt
    in Washington" gives "Ann Holt", not "in Washington"; "Par la rédaction" gives none; a
    label's pair, "By Ann", opens no paragraph). Scripts without case keep every pair."""
    words = _WORD.findall(credit)
    return {(first.casefold(), second.casefold()) for first, second in itertools.pairwise(words)
            if not first[0].islower() and not second[0].islower()}


def _opens_on_name(text: str, named: set[tuple[str, str]]) -> bool:
    """The text opens on one of the `named` pairs, written in capitals as a name is, and not
    as a speaker's label ("Ann Holt: ..." in an interview)."""
    words = _WORD.findall(text)[:2]
    if len(words) < 2 or words[0][0].islower() or words[1][0].islower():
        return False
    after = text[text.find(words[1]) + len(words[1]):].lstrip()
    return (words[0].casefold(), words[1].casefold()) in named and not after.startswith(_COLONS)


def _signature(line: LineInfo) -> bool:
    return not line.hits and _name_row(line) and sum(map(_capitalised, line.text.split())) >= 2


def _capitalised(word: str) -> bool:
    return word[0].isupper()


def _named_again(lines: Page, items: list[LineInfo], begin: int) -> bool:
    """The first of the `items` and most of them (at least half) have a capitalised name of
    theirs in the prose from `begin` on, spelled alike: the people of a list that the article
    goes on to write about. A menu's or a contents' items ("Practice Problems") come back in
    the prose as common words, in lower case; a widget's heading ("Trending People") stands
    first and the prose does not name it. A script without case cannot tell a name from a
    topic ("المساحات الخضراء"): its lists need a line that announces them."""
    last_use = lines.last_prose_use
    # A menu's items share a word ("Love Quotes", "Friendship Quotes"); people their names
    # now and then ("María José Herrera", "María Soto").
    shared = Counter(word for item in items for word in set(_names_in(item.text)))
    if shared and 2 * shared.most_common(1)[0][1] >= len(items):
        return False
    named = [any(last_use.get(word, -1) >= begin for word in _names_in(item.text)) for item in items]
    return named[0] and 2 * sum(named) >= len(items)


def _names_in(text: str) -> list[str]:
    """The capitalised words of four letters or more of `text`."""
    return [word for word in _LONG_WORD.findall(text) if _capitalised(word)]


def _title_cased(text: str) -> bool:
    """Most longer words capitalised ("Voters Split On Home Form"): English headline style.
    German capitalises its nouns only, and a sentence of them has verbs and function words."""
    longer = [word for word in _LETTER_WORD.findall(text) if len(word) >= 4]
    return (len(longer) >= TITLE_CASE_MIN_WORDS
            and sum(word[0].isupper() for word in longer) >= TITLE_CASE_SHARE * len(longer))


# A sentence ends inside a headline at a full stop, "!" or "?" before a space, but for a
# dot after a lone letter (an initial) or after another dot (an ellipsis, "..", "...").
_HEADLINE_SENTENCE_END = re.compile(rf"(?<![.\s][^\W\d_])(?<!\.)(?<!^[^\W\d_])[{FULL_STOPS}]{_SPACE}")


# A quoted name opening a headline (a film's, a book's) has at most this many words.
QUOTED_NAME_MAX_WORDS = 3


def _quotation(text: str) -> bool:
    """The text opens on a quotation: what someone said, not a headline that opens on a
    quoted name of a few words with more words after it than in it."""
    if text[0] not in _QUOTES:
        return False
    # An apostrophe between two letters ("It's", "l'eau") closes nothing.
    closing = next((position for position in range(1, len(text)) if text[position] in _QUOTES
                    and not (text[position] in "'’" and text[position - 1].isalpha()
                             and text[position + 1:position + 2].isalpha())), None)
    if closing is None:
        return True
    inside, after = len(_WORD.findall(text[1:closing])), len(_WORD.findall(text[closing + 1:]))
    return inside > QUOTED_NAME_MAX_WORDS or after <= inside


def _standing(lines: Page, indexes: range, dropped: Callable[[int], bool]) -> LineInfo | None:
    """The first line of `indexes` that the cleaned text keeps as far as is known: blank
    lines, lines already dropped and lines a rule removes wherever they stand are looked
    past, so that cleaning the cleaned text, which no longer has them, finds the same
    neighbours."""
    for index in indexes:
        line = lines[index]
        if not (line.blank or line.ruled or dropped(index)):
            return line
    return None


# A short headline names its story: it shares a word (`tokens`) with this many opening lines.
HEADLINE_OPENING_LINES = 3


def names_the_story(lines: Page, index: int, start: int) -> bool:
    """Whether the short line `index` above the article shares a word with the article's
    opening: a headline does ("Ferry vote" over a ferry story), a menu's last item
    ("Contact") does not. Words are `tokens`, so Chinese and Japanese compare character
    pairs."""
    return _shares_words_with_opening(lines, lines[index].text, start)


def _shares_words_with_opening(lines: Page, text: str, start: int, words: int = 1, by_form: bool = False) -> bool:
    """Whether `text` holds at least `words` of the words of the article's opening lines
    (`by_form`: or other forms of them, same_word_in_other_form)."""
    opening = content_tokens(lines[start:start + HEADLINE_OPENING_LINES])
    own = set(tokens(text))
    if by_form:
        by_stem: dict[str, list[str]] = {}
        for other in opening:
            by_stem.setdefault(other[:STEM_LETTERS], []).append(other)
        return sum(word in opening or any(same_word_in_other_form(word, other)
                                          for other in by_stem.get(word[:STEM_LETTERS], ()))
                   for word in own) >= words
    return len(own & opening) >= words


# Two forms of one word share all their letters but for an ending of at most this many.
WORD_ENDING_MAX_LETTERS = 2


def same_word_in_other_form(word: str, other: str) -> bool:
    """One word, or two forms of it that differ only in an ending of up to two letters past
    the shorter one's stem of five ("Екатеринбурге" / "Екатеринбурга", "трамвай" /
    "трамвайной"): prefixes alone collide across words ("interest" / "international")."""
    if word == other:
        return True
    shorter = min(len(word), len(other))
    if shorter < STEM_LETTERS or word[:STEM_LETTERS] != other[:STEM_LETTERS]:
        return False
    common = len(os.path.commonprefix([word, other]))
    return common >= shorter - WORD_ENDING_MAX_LETTERS


def names_the_story_in_any_form(lines: Page, index: int, start: int) -> bool:
    """names_the_story in any form of the opening's words (same_word_in_other_form): a headline
    over its deck, which the deck's own shape already tells from a menu's item, names its story
    in an inflected language in other forms of them ("В Екатеринбурге запустят трамвай" over
    "... трамвайной линии ... Екатеринбурга")."""
    return _shares_words_with_opening(lines, lines[index].text, start, by_form=True)


def standing_before(lines: Page, index: int, dropped: Callable[[int], bool]) -> int | None:
    """The index of the last line before `index` that the cleaned text keeps as far as is
    known (see _standing), or None."""
    line = _standing(lines, range(index - 1, -1, -1), dropped)
    return None if line is None else line.index


def reads_as_prose(line: LineInfo) -> bool:
    """A line that ends like a sentence, or one longer than a headline: a script without
    full stops, Thai's, ends none."""
    return line.terminated or line.words > HEADLINE_MAX_WORDS


def _sentence(line: LineInfo) -> bool:
    """A paragraph, or a short sentence of the article (four words or more, as article_end
    takes them)."""
    return line.body or line.terminated and not line.hits and line.words >= LABEL_MAX_WORDS


def is_comment_form_start(lines: Page, index: int, end: int, gone: Container[int] = ()) -> bool:
    """A pipe/asterisk form row, and another one after it before any paragraph.

    Rows are told by their own shape, not by what stands between them: a share button, a
    counter or a promotion between two rows goes, and in the cleaned text the rows stand
    together. Rows that a rule removes anywhere, or that are already `gone` (an inline
    promotion's block), do not count, the first one neither: a counter row ("12 |") would
    otherwise make one row and the paragraphs under it a form.
    """
    first = lines.next_non_blank[index]
    if first >= end or lines.next_standing_form_row[first] != first or first in gone:
        return False
    row = lines.next_standing_form_row[first + 1]
    while row < end and row in gone:
        row = lines.next_standing_form_row[row + 1]
    return row < end and not lines.body_between(first + 1, row)


# A thread has at least this many signed comments (name over time stamp); one is an
# article's own signature with its date.
COMMENT_THREAD_MIN = 2


_CLOCK = re.compile(r"\d{1,2}:\d{2}")


def _is_time_stamp(line: LineInfo) -> bool:
    """A date line with a clock time: a comment's stamp (a timeline's dates have no time)."""
    return any(rule.field == "date" for rule, _ in line.hits) and _CLOCK.search(line.text) is not None


# A comment's head on one line: the name and the stamp ("Lorna October 25, 2012 at 12:28 pm",
# "Davey wrote on 13.11.2012 at 5:49"): a year and a clock time in a short line that is no
# sentence and no date alone (a date line under a name is the two-line head above).
SIGNATURE_MAX_WORDS = 12


def _one_line_heads(lines: list[LineInfo]) -> list[int]:
    """The one-line heads of comments: signatures that do not mostly open on one word. A
    blog's posts each close on their author's ("digby 6/02/2005 07:32:00 PM", "Posted by
    Harry on December 24, 2006 11:21 PM"), and its posts are its text; commenters differ."""
    heads = [line for line in lines if _is_signature(line)]
    openings = Counter(line.norm.split(" ", 1)[0] for line in heads)
    if not heads or max(openings.values()) * 2 > len(heads):
        return []
    return [line.index for line in heads]


def _spaced(lines: list[LineInfo], heads: list[int]) -> list[int]:
    """The heads if a sentence stands between each two: each comment says something under
    its head, and heads with none between them are a table's rows ("Brighton v Arsenal 14
    March 2025 20:00", a fixture list); else none."""
    for head, next_head in zip(heads, heads[1:]):
        if not any(_sentence(line) for line in lines[head + 1:next_head]):
            return []
    return heads


def _is_signature(line: LineInfo) -> bool:
    return (not line.blank and not line.body and not line.terminated and not line.hits
            and line.words <= SIGNATURE_MAX_WORDS and ":" in line.text and _CLOCK.search(line.text) is not None
            and _YEAR.search(line.text) is not None)


def _may_sign(line: LineInfo) -> bool:
    """A line that may be a commenter's name over a stamp: a label that no rule but a byline's
    reads. A numbered line is an item of the article's own list ("1. The last lap" over its
    clip's running time, "1:34")."""
    return line.label and _at_most_a_byline(line) and not (line.bullet and line.text[0].isdigit())


def _at_most_a_byline(line: LineInfo) -> bool:
    """No rule hit but a byline's (a name lexicon knows the commenter's name too)."""
    return all(rule.field == "byline" for rule, _ in line.hits)


def _counts(heading: str, count: int) -> bool:
    """The heading's one figure is a count of `count`: in brackets ("Readers' views (1)",
    "Reader comments (1 comment)"), after a colon or a dash at its end ("Comments: 1"), or
    opening it before a word ("1 reply so far"). A figure after a word numbers a section
    ("Update 1", "Stop 1", "الحلقة 1"), as does one before a full stop or a bracket ("1.
    Update", "1) The first stop"); a signed entry of the article's own may stand under it."""
    figures = _DIGITS.findall(heading)
    if [int(figure) for figure in figures] != [count]:  # int() reads any script's digits
        return False
    figure = re.escape(figures[0])
    return re.search(rf"[(\[]\s*{figure}\b[^)\]]*[)\]]|[:\-–|]\s*{figure}$|^{figure}\s+[^\W\d_]", heading) is not None


def comment_thread_start(lines: Page, start: int, index: int, end: int) -> int | None:
    """Where the comment thread that starts at `index` begins, if one does: at least
    COMMENT_THREAD_MIN author names over time stamps before `end` (names and dates differ from
    comment to comment, so no marker word finds them), or as many as a short heading just
    above the first counts ("Readers' views (1)"), taking that heading along."""
    signed = lines.signed_rows
    position = bisect.bisect_left(signed, index)
    if position == len(signed) or signed[position] != index:
        return None
    heading = lines.previous_non_blank[index]
    heads_below = bisect.bisect_left(signed, end) - position
    # A single comment goes when the heading above counts it ("Readers' views (1)").
    if heads_below < COMMENT_THREAD_MIN and not (heading > start and _is_heading(lines[heading])
                                                 and _counts(lines[heading].norm, heads_below)):
        return None
    # The article starts inside a thread: a forum page, whose posts are its text. A head on
    # one line above it is its first post's ("#1 Le 16/10/2012, à 19:00"): a two-line head
    # above it may be the article's byline and date.
    heads = lines.one_line_heads
    if (bisect.bisect_left(signed, start) >= COMMENT_THREAD_MIN
            or heads and heads[0] < start and _signed_like_the_posts(lines, heads)):
        return None
    if index in heads and not _first_of_its_kind(lines, heads, start, index, end):
        return None
    if _is_live_blog(lines, [head for head in signed if start < head < end and head not in heads]):
        return None
    if heading > start and _is_heading(lines[heading]):
        return heading
    return index


# A heading that counts what stands under it: words of letters, a space and a count in
# brackets ("ئىنكاسلار (2)", "Iruzkinak (3)"). A dash or a count glued to its word is a score
# sheet's ("Team - Scorer(85)"), a figure before it an archive's month ("Aug 2012 (16)"), four
# figures a year ("Zen Comix (2012)" in a blogroll).
_COUNTED_HEADING = regex.compile(r"([^\W\d_](?:[^\W\d_]|['’ ])*?)\s+[(\[]\s*(\d{1,3})\s*[)\]]")
# A commenter's name is a line of at most this many words that asks or exclaims nothing; a
# comment's name, text and date take this many lines.
COMMENTER_MAX_WORDS = 3
COMMENT_ENTRY_LINES = 4


def is_counted_comments(lines: Page, start: int, index: int, end: int) -> bool:
    """A comment section that no lexicon names: under enough of the article, the page's one
    heading that counts what is under it in brackets (heading_count), over a commenter's name,
    a comment and its date line (and the next name when it counts two or more), or over no
    paragraph when it counts none."""
    # More such headings on the page are an archive's months ("July (7)") or a site's sections.
    count = heading_count(lines[index])
    if count is None or lines.counted_headings > 1 or too_early_for_tail(lines, start, index, end):
        return False
    if count == 0:
        return lines.next_paragraph[index + 1] >= end
    # A comment's date line, which a rule reads, stands by it: a cast's, a programme's or a
    # podcast's entries under "Cast (3)", "Speakers (3)", "Episodes (3)" have none.
    entries = non_blank_after(lines, index + 1, end, 6)
    if not any(_read_as(line, "date") for line in entries[:COMMENT_ENTRY_LINES]):
        return False
    below = [line for line in entries if not line.hit("metadata", "drop-line")][:3]
    if count == 1:  # a name and its comment
        return len(below) >= 2 and _commenter(below[0])
    return len(below) >= 3 and _commenter(below[0]) and _commenter(below[2])  # and the next name


def heading_count(line: LineInfo) -> int | None:
    """The count in brackets that closes a heading of up to LABEL_MAX_WORDS words, if it is one."""
    # Asked of every line a tail may start on: the closing bracket first, as the cheapest test.
    if not line.text.endswith((")", "]")) or line.hits or line.body:
        return None
    match = _COUNTED_HEADING.fullmatch(line.text)
    return int(match.group(2)) if match and len(match.group(1).split()) <= LABEL_MAX_WORDS else None


def _commenter(line: LineInfo) -> bool:
    text = line.text
    return (not line.body and not line.hits and len(text.split()) <= COMMENTER_MAX_WORDS
            and text[-1] not in _SENTENCE_MARKS.difference("."))


# A live blog's reporter signs at least this many of its entries.
LIVE_BLOG_MIN_ENTRIES = 3


def _is_live_blog(lines: Page, names: list[int]) -> bool:
    """Names over stamps of one day, one name over three of them or more and over most: a
    live blog's reporter over each entry, whose entries are the article's own. Commenters are
    many, and each signs a comment or two (one who answers another signs two of three, as a
    blog's author signs every post, _one_line_heads); a name that signs most comments over
    days ("Anonymous", "Guest") is no reporter."""
    most = max(Counter(lines[name].norm for name in names).values(), default=0)
    days = {tuple(_DIGITS.findall(_CLOCK.sub("", lines[lines.next_non_blank[name + 1]].text))) for name in names}
    return most >= LIVE_BLOG_MIN_ENTRIES and most * 2 > len(names) and len(days) == 1


def _first_of_its_kind(lines: Page, heads: list[int], start: int, index: int, end: int) -> bool:
    """Whether the one-line head at `index` opens a comment thread: it is the first head inside
    the article signed as it is (after an earlier one, the heads are the article's own dated
    entries, a diary's or a live blog's), and a head below, if any, is signed as it is (a
    dateline inside the article, "Aldmoor depot, 14 March 2025, 09:30", is unlike the
    commenters' "Tom Price March 14, 2025 at 10:02 am" under it)."""
    shape = _date_shape(lines[index].text)
    same = [head for head in heads if start < head < end and _date_shape(lines[head].text) == shape]
    below = [head for head in heads if index < head < end]
    return same[0] == index and (not below or same[-1] > index)


def _signed_like_the_posts(lines: Page, heads: list[int]) -> bool:
    """The head above the article has the figures and punctuation of a head below it: a
    forum's first post, signed as its replies are ("#1 Tom 14/03/2025, 10:00" over "#2 Ann
    14/03/2025, 11:02"). An article's byline and stamp in the site's own format ("Anna Berg
    14 March 2025 09:12" over comments signed "Tom March 14, 2025 at 11:40 am") is no post."""
    first = _stamp_shape(lines[heads[0]].text)
    return any(_stamp_shape(lines[head].text) == first for head in heads[1:])


_LETTERS_AND_SPACES = regex.compile(r"[\p{L}\p{M}\s]+")
_DIGITS = re.compile(r"\d+")


def _stamp_shape(text: str) -> str:
    """A head's figures and punctuation, each run of digits one "0": names, month names and
    the length of numbers aside, what a site's template puts in every head ("0,00:0")."""
    return _LETTERS_AND_SPACES.sub("", _DIGITS.sub("0", text))


def _date_shape(text: str) -> str:
    """A head's stamp as the site writes it: the figures and punctuation from its first figure
    on (what comes before, a name with or without "says:", varies from comment to comment)."""
    first = _DIGITS.search(text)
    return _stamp_shape(text[first.start():]) if first else ""


def _ends_like_a_sentence(text: str) -> bool:
    """Its last character past closing quotation marks and brackets ends a sentence or
    announces more (a colon): a headline may end on a quoted name ('Selfie in "Carthage"'),
    speech ends inside its quotes ('"We will stay."')."""
    text = text.rstrip(_CLOSING_MARKS)
    return not text or text[-1] in _END_CHARS


def _is_heading(line: LineInfo) -> bool:
    """A short line that is no sentence; a count in brackets may close it ("Comments (3)")."""
    return not line.body and line.words <= LABEL_MAX_WORDS and line.text[-1] not in _SENTENCE_MARKS


# A "read also" box's heading may run to a short phrase ("More stories from our reporters",
# "La suite de notre dossier"), longer than a label: a headline and another story under it
# tell it from the article's own sub-headings.
BOX_HEADING_MAX_WORDS = 6


def is_box_heading(line: LineInfo) -> bool:
    """A heading short enough to name a box of other stories: a label, or a phrase of up to
    BOX_HEADING_MAX_WORDS words and nothing else (no colon, figure or bracket: a fact line,
    a recipe's quantity or an aside is the article's). Words counted from characters (Chinese,
    Japanese) make no such phrase: a line of a dozen characters there is a section's heading."""
    return line.label or (not line.body and line.words <= BOX_HEADING_MAX_WORDS
                          and _WORDS_ONLY.fullmatch(line.text) is not None and not _CJK_CHAR.search(line.text))


_WORDS_ONLY = regex.compile(r"[^\W\d_][\w'’ -]*")


def is_headline_list_start(lines: Page, start: int, index: int, end: int) -> bool:
    """Three or more bullets of headline shape (unterminated, short), no paragraph after them.

    Bullets that end like sentences are a list inside the story, and are kept; so is a list
    that a sentence of the article announces, and a table's rows: three quarters of the
    items hold a figure past their number (a ranking's scores, a schedule's dates, results).
    """
    if (not lines[index].bullet or lines.next_paragraph[index] < end
            or introduces_list(lines, index) or _numbering_goes_on(lines, index)):
        return False
    bullets = lines.bullet_count[end] - lines.bullet_count[index]
    headline_shaped = lines.headline_bullet_count[end] - lines.headline_bullet_count[index]
    if bullets < 3 or headline_shaped * 3 < bullets * 2:
        return False
    figures = lines.figure_bullet_count[end] - lines.figure_bullet_count[index]
    return 4 * figures < 3 * bullets


_ITEM_NUMBER = re.compile(r"\d+")
# An item of a ranking the bullet test missed: a number from one, a mark or none and a name
# ("84 - Oman", "52 — «Finland»"); not a figure that opens a sentence ("0.5 per cent of
# ...") or a clip's length ("0:58").
_RANKED_ITEM = re.compile(rf"(\d+){_SPACE}*[-–—−.):|]?{_SPACE}*(?=[«\"'“]?[^\W\d_])")


def _numbering_goes_on(lines: Page, index: int) -> bool:
    """The list holding the numbered item at index opens under a line that is no bullet but
    opens on a smaller number ("84 - Oman" over "89- Iraq"): a ranking or a list of the
    article's going on from items the bullet test missed, where a box of other headlines
    numbers from one."""
    first = lines.list_start[index]
    number = _ITEM_NUMBER.match(lines[first].text)
    above = lines.previous_non_blank[first]
    while above >= 0 and lines[above].hits and lines[above].ruled:  # "3 min read", which a rule takes
        above = lines.previous_non_blank[above]
    before = _RANKED_ITEM.match(lines[above].text) if number and above >= 0 else None
    return before is not None and 0 < int(before.group(1)) < int(number.group())


# ---------------------------------------------------------------- zones around the article


# Captions and teasers that copy a sentence of the article are looked for near its start.
DUPLICATE_MIN_CHARS = 30
DUPLICATE_SEARCH_LINES = 200


def duplicates_of_body(lines: list[LineInfo], candidates: range, start: int) -> list[int]:
    """Lines that repeat text of a longer body line (a cover caption, a teaser, a pull quote)."""
    body = [line.text for line in lines[start:start + DUPLICATE_SEARCH_LINES] if line.body]
    found = []
    for index in candidates:
        text = lines[index].text
        if len(text) < DUPLICATE_MIN_CHARS or lines[index].blank:
            continue
        if any(text in other and len(other) > len(text) for other in body):
            found.append(index)
    return found


# Multi-line, and no match crosses a line end: one search over many lines joined by "\n"
# finds the same lines as a search of each (credited_lines).
_CREDIT = regex.compile(
    r"\b(photo|foto|image|picture|photograph|credit|getty|reuters|afp|epa|ap photo|"
    r"تصوير|صوره|عكس|ارشيف|фото|fotograf|archivbild|archivfoto|फोटो|φωτο|צילום)\w*\b|"
    r"\((ا ?ف ?ب|afp|ap|reuters|epa|dpa)[^)\n]*\)$",
    regex.MULTILINE,
)
# Every match of _CREDIT holds one of these (the words of its first branch, less those
# that hold another, and the openings of its second): keep them with the pattern.
_CREDIT_WORDS = ("photo", "foto", "image", "picture", "credit", "getty", "reuters", "afp", "epa",
                 "تصوير", "صوره", "عكس", "ارشيف", "фото", "archivbild", "archivfoto", "फोटो", "φωτο",
                 "צילום", "(ا", "(ap", "(dpa")
# How far above the body the headline is looked for, in non-blank lines.
HEADLINE_SEARCH_LINES = 16


def looks_like_caption(line: LineInfo) -> bool:
    return bool(_CREDIT.search(line.norm))


def credited_lines(lines: list[LineInfo]) -> list[int]:
    """The positions in `lines` of those that look_like_caption. Only the lines that hold a
    credit word are searched, found by str.find over their joined text: the search costs
    far more a character, and most lines hold none."""
    norms = [line.norm for line in lines]
    starts = list(itertools.accumulate((len(norm) + 1 for norm in norms), initial=0))
    holding = {bisect.bisect_right(starts, offset) - 1 for offset in offsets_of("\n".join(norms), _CREDIT_WORDS)}
    return [position for position in sorted(holding) if _CREDIT.search(norms[position])]


def offsets_of(text: str, words) -> list[int]:
    """Where each of the words occurs in the text (a C scan a word: a line without any of
    them need not be searched by a pattern that needs one)."""
    found = []
    for word in words:
        offset = text.find(word)
        while offset >= 0:
            found.append(offset)
            offset = text.find(word, offset + 1)
    return found


# Captions describe a picture in one long clause-laden line with no full stop.
CAPTION_MIN_WORDS = 12


def is_caption(lines: Page, line: LineInfo) -> bool:
    """A photo caption between two paragraphs of a rendered page.

    Sub-headings are short and comma-free, list items come in runs, so a caption is one
    long unterminated line with a clause comma and no full stop inside, standing alone
    between body lines (or carrying a photo credit).
    """
    if line.terminated or line.bullet or line.body and line.words >= 2 * CAPTION_MIN_WORDS:
        return False
    if looks_like_caption(line) and not line.body:
        return True
    if line.words < CAPTION_MIN_WORDS or not _CLAUSE_COMMA.search(line.text):
        return False
    if _INNER_SENTENCE_END.search(line.text):
        return False
    before, after = lines.previous_non_blank[line.index], lines.next_non_blank[line.index + 1]
    if not (0 <= before and after < len(lines) and lines[before].body and lines[after].body):
        return False
    # A line of a paragraph wrapped at the source's line breaks: the sentence runs on into
    # the line below, or in from the line above.
    return not (lines[after].text[0].islower() or line.text[0].islower() and not lines[before].terminated)


# A gallery's counter alone on its line: the photo's number out of the gallery's count, perhaps
# after a word ("3 / 12", "1/5", "Снимка 3 / 12", "٣ / ١٢").
_GALLERY_COUNTER = re.compile(r"(?:[^\W\d_]{1,12} )?(\d{1,3}) ?/ ?(\d{1,3})")
# A caption under a counter is at most this many words; a paragraph is the article going on.
GALLERY_CAPTION_MAX_WORDS = 2 * CAPTION_MIN_WORDS
_COPYRIGHT_SIGNS = ("©", "ⓒ")


def gallery_captions(lines: Page, start: int, end: int) -> list[int]:
    """A gallery's counter inside the article and the photo's caption under it ("3 / 12" over
    "Tunnelarbetarna sprutar betong i tunneln." over "Foto: Anna-Karin Nilsson"): the one slide
    of a gallery that the scrape kept. A counter's shape is a page's, a step's, a rating's or a
    date's too ("Page 2 / 5", "Rating 4 / 5", "1/5"): the caption must stand over a photo's
    credit, or name one (a sign, or a credit word in a line that is no sentence). A slideshow
    article numbers each of its slides: with more than one counter, the captions are the
    article."""
    # Counted on the whole page: the article's end may be read above a slideshow's later slides.
    counters = [line for line in lines if "/" in line.text and _gallery_counter(line.text)]
    if len(counters) != 1 or not start < counters[0].index < end:
        return []
    counter = counters[0]
    index = lines.next_non_blank[counter.index + 1]
    if index >= end:
        return []
    caption = lines[index]
    if caption.hits or caption.words > GALLERY_CAPTION_MAX_WORDS:
        return []
    credited = (over_a_photo_credit(lines, caption) or any(sign in caption.text for sign in _COPYRIGHT_SIGNS)
                or looks_like_caption(caption) and not caption.terminated)
    return [counter.index, index] if credited else []


# A clip's running time alone on its line ("2:41", "01:58", "1:02:15"), under the clip's title:
# under ten minutes, or hours, minutes and seconds. A programme's start time ("20:45") under
# a live badge ("Live", "En direct") has two figures of an hour.
_CLIP_LENGTH = re.compile(r"\d:[0-5]\d:[0-5]\d|0?\d:[0-5]\d")
CLIP_TITLE_MIN_WORDS = 3


def clip_titles(lines: Page, start: int, end: int, dropped: Callable[[int], bool]) -> list[int]:
    """A video's title between the player's label and its running time inside the article
    ("Video" / "Aerial footage shows the bridge" / "2:41"): a line of CLIP_TITLE_MIN_WORDS
    words or more that ends on no full stop, with a paragraph under the time. Without the
    label, a programme's, a TV guide's or a hearing's rows pair a name with a clock time as
    well."""
    standing = [line for line in lines[start:end] if not (line.blank or dropped(line.index))]
    found = []
    for position in range(1, len(standing) - 2):
        title, length = standing[position], standing[position + 1]
        if (_CLIP_LENGTH.fullmatch(length.text) is None or title.terminated or title.bullet
                or not CLIP_TITLE_MIN_WORDS <= title.words <= HEADLINE_MAX_WORDS):
            continue
        if _is_player_label(standing[position - 1]) and standing[position + 2].body:
            found.append(title.index)
    return found


def _is_player_label(line: LineInfo) -> bool:
    """A rule reads the line as a video player's or a gallery's label ("Video", "Vidéo")."""
    return any(rule.id.endswith(".gallery") for rule, _ in line.hits)


def _gallery_counter(text: str) -> bool:
    """The line is a counter, from one up to its count."""
    match = _GALLERY_COUNTER.fullmatch(text)
    return match is not None and 0 < int(match.group(1)) <= int(match.group(2))


def is_deck(line: LineInfo) -> bool:
    """A sub-headline under the headline: a sentence or phrase, not a label, credit, date, or
    links on one line (a breadcrumb trail, a menu), nor a story's stamp of fields between
    separators ("22 januari 2024 om 17:12 | Aangepast ...", "Door Ann Berg · 8 januari 2024 ·
    3 min")."""
    return (not line.blank and not line.hits and line.words >= 6 and not line.bullet
            and not looks_like_caption(line) and not is_link_line(line) and not is_stamp(line))


# The fields of a story's stamp: between spaced bars or middle dots, one of them short and
# holding a figure: a date, a clock time, a relative time, minutes of reading, a count of
# comments, in any language ("Af Ann Berg · 4. april 2024", "Jan Nowak | 3 min czytania").
_STAMP_SEPARATOR = re.compile(r" [|·•] ")
STAMP_FIELD_MAX_WORDS = 6


def is_stamp(line: LineInfo) -> bool:
    """A story's stamp, long as a paragraph may be, that no rule reads (a date rule's metadata
    records it): fields between spaced bars or middle dots, a short one holding a figure."""
    fields = _STAMP_SEPARATOR.split(line.text)
    return not line.hits and len(fields) > 1 and any(len(field.split()) <= STAMP_FIELD_MAX_WORDS and _FIGURE.search(field)
                                   for field in fields)


def decks_below(lines: list[LineInfo], anchor: int, start: int, verdicts: Verdicts) -> set[int]:
    """The deck lines right under the headline at `anchor`, above the body at `start`.

    A lead photo's caption or credit, or an author's credit already dropped, may stand
    between the headline and its deck: it is passed over (and goes as chrome), and the deck
    under it stays.
    """
    decks = set()
    for line in lines[anchor + 1:start]:
        dropped = verdicts.dropped(line.index)
        if is_deck(line) and not dropped and not caption_over_credit(lines, line, anchor):
            decks.add(line.index)
        elif not (line.blank or dropped or looks_like_caption(line)):
            break
    return decks


# A credit line under a headline: a label of at most three words and a colon, or at most three
# lead-in words, before a name of two or three words; at most this many words in all.
BYLINE_MAX_WORDS = 6
BYLINE_NAME_WORDS = (2, 3)
BYLINE_LABEL_WORDS = 3
# A lead-in of one capitalised word is a preposition ("By", "Von", "Par", "Av"), no longer than
# this: "Remembering Ann Berg" is a headline.
BYLINE_PREPOSITION_CHARS = 3
# A lead-in ending on a preposition of place is a sub-heading's ("Life in New York", "Welcome
# to New York City", "سفر به ..."), not a credit's, whose lead-in ends on "by", "von", "reporter".
# In Arabic "from" and "about" close a deck's lead-in too ("شهادات من داخل المستشفى",
# testimonies from inside the hospital), where a credit's ends on "بقلم", "إعداد". Persian "از"
# stays out: it closes a credit's ("گزارش از <name>", a report by) as often as a deck's, whose
# words the story names (see _is_headline_above).
PLACE_PREPOSITIONS = frozenset({"in", "to", "at", "into", "near", "across", "around", "i", "à", "en", "nach", "a",
                                "في", "فى", "الى", "إلى", "در", "به", "من", "عن"})
# How many non-blank lines (a date line, a photo credit) may stand between the credit and
# the first paragraph.
BYLINE_TO_BODY_LINES = 2


def bylines_above(lines: Page, start: int) -> list[int]:
    """Author credits in the last lines above the article's first paragraph, under a
    headline: what a lexicon of byline words finds in a few languages, told by the shape of
    a name ("Av vår reporter Elin Berg", "Texte : Ann Roy", "كتب: ..."), so that a wording no
    lexicon has goes too. A headline long enough to read as prose starts the article itself:
    a credit right under it stands above the second paragraph."""
    first = lines.next_non_blank[0]
    found = []
    # Only an unterminated first "paragraph" may be such a headline, or one with no headline
    # above it (a forum post's or a blog's title is often a sentence): under a sentence that
    # a headline heads, a short line is the article's sub-heading ("Part One: Early Years").
    headed = lines[start].terminated and _any_headline_before(lines, start)
    passes = [(start, None)] if headed else [(start, None), (lines.next_paragraph[start + 1], start)]
    for paragraph, headline in passes:
        index, seen = lines.previous_non_blank[paragraph] if paragraph < len(lines) else -1, 0
        while index > first and seen <= BYLINE_TO_BODY_LINES:
            above = lines.previous_non_blank[index]
            name = credited_name(lines[index])
            if (index not in lines.titles and headline in (None, above) and name is not None
                    and _is_headline_above(lines, above, index, name, paragraph)):
                found.append(index)
            # A line a rule removes anywhere (a date line) is not counted: the cleaned text,
            # cleaned again, no longer has it.
            seen += not (lines[index].hits and lines[index].ruled)
            index = above
    return found


def _any_headline_before(lines: Page, start: int) -> bool:
    """Whether a headline-shaped line (not a menu on one line) stands above the article."""
    return any(is_headline(line) and not is_link_line(line) for line in lines[:start])


_MENU_SEPARATORS = re.compile(r"\s[|·•/]\s")


def _is_headline_above(lines: Page, index: int, credit: int, name: str, paragraph: int) -> bool:
    """Over a credit stands a headline (a sentence, in a forum's post), not a menu: a
    name-shaped line under a menu is the headline itself ("Pumpkin ravioli with Roasted
    Broccoli"). The credit's name does not name the story (a deck or a blog's name does: "The
    Stopped Clock" over "... even a stopped clock is right twice a day"); its lead-in may
    ("Report by" over a story that opens "According to a report"). A short headline names the
    story ("Karlstad" over a story on Karlstad), a menu's last item ("Recipes") does not."""
    line = lines[index]
    if line.hits or line.bullet or len(_MENU_SEPARATORS.findall(line.text)) >= 2:
        return False
    if paragraph < len(lines) and _shares_words_with_opening(lines, name, paragraph):
        return False
    return line.words > LABEL_MAX_WORDS or paragraph < len(lines) and names_the_story(lines, index, paragraph)


def is_byline(line: LineInfo) -> bool:
    return credited_name(line) is not None


def credited_name(line: LineInfo) -> str | None:
    """The name a credit line gives: a label and a colon before a name ("Words: Ann Berg"), or
    a few lead-in words, the last in lower case, or a short preposition, before a capitalised
    name ("A report by Ann Berg", "Av Ann Berg"); in a script without capitals, a lead-in of
    two words or more whose last is short ("به قلم ...", by the pen of; a lone short word
    there is as often a noun) and no preposition of place or origin, which only the name's
    words tell from a deck (see _is_headline_above), so it needs one long enough to compare
    (`tokens`). None for any other line, a sentence, a rule hit or a bullet."""
    if (line.blank or line.body or line.terminated or line.hits or line.bullet
            or not 2 <= line.words <= BYLINE_MAX_WORDS):
        return None
    colon = _LABEL_COLON.search(line.text)
    if colon is not None:
        label, name = line.text[:colon.start()].split(), line.text[colon.end():].split()
        return " ".join(name) if 1 <= len(label) <= BYLINE_LABEL_WORDS and _is_name(name, cased_only=False) else None
    words = line.text.split()
    for size in BYLINE_NAME_WORDS:
        lead, name = words[:-size], words[-size:]
        if (1 <= len(lead) <= 3 and all(map(_is_word, lead)) and lead[-1].lower() not in PLACE_PREPOSITIONS
                and (_is_name(name, cased_only=True) and (lead[-1][0].islower() or len(lead) == 1
                                                          and len(lead[0]) <= BYLINE_PREPOSITION_CHARS)
                     or _caseless(line.text) and _is_name(name, cased_only=False) and tokens(" ".join(name))
                     and len(lead) >= 2 and len(lead[-1]) <= BYLINE_PREPOSITION_CHARS)):
            return " ".join(name)
    return None


def _caseless(text: str) -> bool:
    """No letter of it has a case: Arabic, Persian, Hebrew, ... (a headline's case is no clue there)."""
    return not any(char.isupper() or char.islower() for char in text)


# A text whose letters are at most this share cased is in a script without capitals, the
# odd Latin name or abbreviation in it aside ("TGV", "Netflix").
CASED_LETTERS_IN_CASELESS = 0.2


def _mostly_caseless(text: str) -> bool:
    letters = [char for char in text if char.isalpha()]
    cased = sum(char.isupper() or char.islower() for char in letters)
    return bool(letters) and cased <= CASED_LETTERS_IN_CASELESS * len(letters)


def _is_name(words: list[str], cased_only: bool) -> bool:
    """Two or three words of letters, each capitalised in a script with capitals; in one
    without, any such words unless `cased_only`."""
    if not BYLINE_NAME_WORDS[0] <= len(words) <= BYLINE_NAME_WORDS[-1]:
        return False
    return all(_is_word(word) and not word[0].islower() and (word[0].isupper() or not cased_only)
               for word in words)


def _is_word(text: str) -> bool:
    """Letters, with perhaps a hyphen or an apostrophe inside."""
    return text.replace("-", "").replace("'", "").replace("\u2019", "").isalpha()


def is_headline(line: LineInfo) -> bool:
    """Headline shape: a phrase of several words, not a label, a credit or a rule hit."""
    return (not line.blank and not line.hits and not line.bullet and not line.body
            and line.words >= 4 and not looks_like_caption(line))


def _dated_label(text: str) -> bool:
    """A label without a figure before a date with its year and clock time, and at most
    DATED_LABEL_MAX_WORDS words without figures besides ("Published: Thursday, 8 May 2025,
    4:25 pm") that no rule of the page's language reads: a story's stamp, which may share its
    weekday with the story's opening, not its headline. A headline may hold a clock time
    ("Derby day: 12:30 kick-off ...") and no year, or a year, a time and its story's words
    ("Council: bridge vote on Thursday, 13 March 2025, 18.00")."""
    label = _entry_label(text)
    if label is None or _has_digit(label):
        return False
    # int() reads the figures of every script ("৪:২৫").
    years = [int(found) for found in _FOUR_FIGURES.findall(text)]
    clocks = [(int(hours), int(minutes)) for hours, minutes in _CLOCK_FIGURES.findall(text)]
    words = text[_LABELLED.match(text).end():].split()
    return (any(1000 <= year < 2100 for year in years) and any(hours < 24 and minutes < 60 for hours, minutes in clocks)
            and sum(not _has_digit([word]) for word in words) <= DATED_LABEL_MAX_WORDS)


DATED_LABEL_MAX_WORDS = 4
_FOUR_FIGURES = re.compile(r"(?<!\d)\d{4}(?!\d)")
_CLOCK_FIGURES = re.compile(r"(?<![\d.,])(\d{1,2})[:.](\d{2})(?![\d.,])")


def title_anchor(lines: Page, titles: set[int], start: int) -> int | None:
    """The title copy that is the headline: of those in the stretch just above the body, the
    ones that name the story if any do, and of them the longest and then the first (a share
    bar may repeat it below the headline); else the last one before the body. A title holds
    the site's name beside the headline ("Why I count bikes | Northern Standard"), and the
    masthead over the menu or a publisher's line under the deck repeats that name: a copy of
    one part of the title that names nothing of the story (and, where no copy names it, one
    shorter than the headline's). A first line that is the site's name alone, right over a
    menu, is no title, and its copy under the headline credits the story to the site."""
    before = sorted(index for index in titles if index < start and index not in lines.site_name_copies)
    if not before:
        return None
    window = [line.index for line in lines[:start] if not line.blank][-HEADLINE_SEARCH_LINES:]
    near = [index for index in before if window and index >= window[0]]
    if not near:
        return before[-1]
    naming = [index for index in near if names_the_story(lines, index, start)]
    return min(naming or near, key=lambda index: (-len(lines[index].norm), index))


def headline_above(lines: Page, start: int) -> int | None:
    """The headline of a page whose title is not repeated: the line over its byline or date
    block when the header has one (_headline_over_credits), else the headline-shaped line nearest
    above the body (share bars, credits and captions between them are skipped), unless it
    names nothing of the story and a line above it shares two of the opening's words; or the
    headline-shaped line right over it when that one is a deck: a headline over its deck,
    both under a menu, is one headline, not a menu item over a headline. A trail of links
    ("Home > Region > Town", "Culture > Literature"), a menu, a story's stamp of fields under its
    byline ("Door Sanne Verhoef" / "27 april 2024 · 8 minuten leestijd") and a gallery's numbered
    caption are never that headline."""
    window = [line for line in lines[:start] if not line.blank][-HEADLINE_SEARCH_LINES:]
    credited = _headline_over_credits(lines, window, start)
    if credited is not None:
        return credited
    shaped = [position for position in range(len(window) - 1, -1, -1)
              if is_headline(window[position]) and not is_link_line(window[position])
              and not is_section_trail(window[position]) and not is_spaced_menu(window[position])
              and not (position and window[position - 1].hit("metadata") and _stamp_of_short_fields(window[position]))
              and window[position].index not in lines.counted and window[position].index not in lines.site_name_copies]
    # The lead photo's caption over its credit is headline-shaped too, and nearer the body,
    # when a line above it names the story; else the line over the credit is the headline
    # (a photo's credit may stand right under it) and what stands above it a menu.
    uncaptioned = [position for position in shaped if not over_a_photo_credit(lines, window[position])]
    if len(uncaptioned) < len(shaped) and any(names_the_story(lines, window[position].index, start)
                                              for position in uncaptioned):
        shaped = uncaptioned
    if not shaped:
        return None
    # A dateline ("Town – Agency"), a reading-time line or a credit under the headline is as
    # short as one and names nothing of the story: past it, the nearest line that shares two
    # of the opening's words is the headline. One word is not enough: a "Live:" banner or a
    # trending line over a headline in other words than its story's shares one.
    position = shaped[0]
    if not names_the_story(lines, window[position].index, start):
        position = next((candidate for candidate in range(position - 1, -1, -1)
                         if (candidate in shaped or _long_headline(window, candidate, shaped))
                         and _shares_words_with_opening(lines, window[candidate].text, start, HEADLINE_OPENING_WORDS)),
                        position)
    line, above = window[position], window[position - 1] if position else None
    below_deck = [candidate for candidate in shaped if candidate != position]
    if (above is not None and (is_headline(above) or _long_headline(window, position - 1, below_deck))
            and _over_its_deck(lines, above, line, start)):
        return above.index
    # Two decks under the headline, the three lines one block right under the story's date or
    # byline: the second deck named the story, the first may not ("Schools shut for two days
    # over smog" / "The index passed 180 in several districts" / "Offices work from home until
    # Monday"). Teasers of other stories over a headline stand under a menu or a box's heading,
    # and a short headline is no deck.
    if (position >= 3 and _credit_read(window[position - 3]) and _one_block(window[position - 2:position + 1])
            and is_deck(line) and is_deck(above) and is_headline(window[position - 2])
            and _over_its_deck(lines, window[position - 2], above, start)):
        return window[position - 2].index
    return line.index


def _stamp_of_short_fields(line: LineInfo) -> bool:
    """A story's stamp whose every field is a label's length with a figure ("27 april 2024 · 8
    minuten leestijd"); a tagged headline has a long field or one of words ("IPL 2024 | Kohli's
    92 keeps Bengaluru alive", "Bihar election results 2025 | Full list of winners")."""
    return is_stamp(line) and all(len(field.split()) <= LABEL_MAX_WORDS and _has_digit([field])
                                  for field in _STAMP_SEPARATOR.split(line.text))


def _one_block(run: list[LineInfo]) -> bool:
    """Lines one under the other, no blank line between them."""
    return all(below.index == above.index + 1 for above, below in zip(run, run[1:]))


def site_name_copies(lines: Page, start: int) -> list[int]:
    """The lines above the article's start that repeat the page's first line, the site's name,
    which stands right over a menu ("SHKODRA NEWS" over "Lajme | Rajoni | Sport"): under the
    headline it credits the story to the site ("Shkodra News" over the first paragraph) and is
    no headline. A copy counts under a headline and a deck: two lines longer than a name that
    no rule names, one sharing two words with the story (a menu's item or a share bar may
    share one: "Beauty picks" over a beauty story; a feature's short headline stands under a
    kicker alone, and a byline is a rule's). A first line longer than a name, or a copy that
    names the story, is the page's title over the menu, and its copy the headline. One pass
    down the header."""
    first = lines.next_non_blank[0]
    if first >= start or lines[first].words > LABEL_MAX_WORDS:
        return []
    second = lines.next_non_blank[first + 1]
    if second >= start or not (is_menu_or_trail(lines[second]) or is_link_line(lines[second])):
        return []
    copies, long_lines, named_twice = [], 0, False
    for line in lines[second + 1:start]:
        if line.blank:
            continue
        if line.norm == lines[first].norm:
            if long_lines >= 2 and named_twice and not names_the_story(lines, line.index, start):
                copies.append(line.index)
        elif (is_headline(line) or line.body) and line.words > LABEL_MAX_WORDS and not line.hits:
            long_lines += 1
            named_twice = named_twice or names_the_story_twice(lines, line.index, start)
    return copies


# A story's publication date names its day: a year or a day and month in figures, or a count
# back from today ("3 days ago", "vor 3 Stunden"), or a word for the day before its clock time
# ("Dziś 06:30", "вчера в 18:45"), or a month and day over the weekday in brackets
# ("5/17(金) 9:30"). A clock time alone ("14:15", "14:15 Uhr") is a live blog's entry stamp,
# which its article's prose follows.
_DAY = re.compile(r"\d{4}|\d{1,2}[./-]\d{1,2}[./-]|\d{1,2}/\d{1,2} ?\(|\d{1,3} (?!(uhr|h|am|pm)\b)[^\W\d]{2,}"
                  r"|^[^\W\d]{2,}\W{0,2}( [^\W\d]{1,2})? \d{1,2}[:.h]\d{2}$")


def _story_credit(line: LineInfo) -> bool:
    """A byline, or a publication date that names its day, read by a rule or dated by its
    label (_dated_label)."""
    return _story_date(line) or _read_as(line, "byline") or not line.hits and _dated_label(line.text)


def _story_date(line: LineInfo) -> bool:
    """A publication date that names its day."""
    return _read_as(line, "date") and _DAY.search(line.norm) is not None


def _credit_read(line: LineInfo) -> bool:
    """A line a metadata rule reads as a byline, a date or a source."""
    return _read_as(line, "byline") or _read_as(line, "date") or _read_as(line, "source")


def _read_as(line: LineInfo, field: str) -> bool:
    """Whether a metadata rule reads the line as this field ("byline", "date", "source")."""
    return any(rule.action == "metadata" and rule.field == field for rule, _ in line.hits)


# A line of up to this many words may be an author's name or an outlet's credit between a
# headline and its byline or date line ("Bayu Pratama - KabarNusa Jateng"); three such lines
# at most stand there.
CREDIT_BLOCK_LINE_WORDS = 6
CREDIT_BLOCK_MAX_LINES = 3


def _headline_over_credits(lines: Page, window: list[LineInfo], start: int) -> int | None:
    """The headline of a header that credits its story: the line over the byline and dated
    lines nearest the body (past an author's name or a relative time: three lines at most),
    headline-shaped or as long as a paragraph with no full stop at its end, naming the story
    (one of the opening's words: an inflected language's headline repeats few of its forms);
    or the line over it when that one is its deck. A news page prints
    its headline, deck, byline and date as one block, and then share buttons, a photo and its
    caption: the line nearest the body is as often the caption or a "Go to comments" link as
    the headline. A headline-shaped line naming the story under the credits (a blog's tags,
    date and title; a ticker over a date and the headline) leaves the choice to the nearest
    line, and so does a trail of links."""
    # The credits nearest the body: a strip of dated teasers may stand higher up.
    last = next((position for position in range(len(window) - 1, -1, -1) if _story_credit(window[position])), None)
    if last is None:
        return None
    # Up past the credits and the lines of their block between them ("Av Jonas Ek" /
    # "Reporter, Stockholmsredaktionen" / "Publicerad 3 oktober 2024").
    position, skipped = last - 1, 0
    while position >= 0 and (_story_credit(window[position]) or _in_credit_block(lines, window[position], start)):
        if not _story_credit(window[position]):
            if skipped == CREDIT_BLOCK_MAX_LINES:
                return None  # more credit lines than a header's block holds
            skipped += 1
        position -= 1
    if position < 0 or _has_trail_separators(window[position]):
        return None
    line, above = window[position], window[position - 1] if position else None
    # The lead photo's caption under the credits names the story too, in a phrase, not a
    # sentence; a line over them that names it in two words is the headline or its deck, as
    # no ticker is, unless it lists words (a blog's tags over its date and title).
    under = _headline_under_credits(lines, window[last + 1:], start)
    if under is not None and (_ends_on_full_stop(under.text) or not _headline_shaped(line) or _word_list(line.text)
                              or not names_the_story_twice(lines, line.index, start)):
        return None
    # A banner over the headline ("LIVE: storm latest ..." over "A valley holds its breath")
    # is no headline over its deck unless it names the story in two words, and a teaser as
    # long as a paragraph over a short headline is another story's, but in Chinese or
    # Japanese, counted in signs, a headline naming the story in two words is as long
    # ("赤川線、来春でバス転換へ　沿線3市町が合意、98年の歴史に幕" over its deck).
    over_deck = (names_the_story_twice if above is not None and _BANNER.match(above.text)
                 else names_the_story_in_any_form)
    if (above is not None and _headline_shaped(above) and (_headline_shaped(line) or is_deck(line))
            and not (above.body and is_headline(line) and 2 * line.words <= above.words
                     and not (holds_cjk(above.text) and names_the_story_twice(lines, above.index, start)))
            and not _has_trail_separators(above)
            and over_deck(lines, above.index, start)):
        return above.index
    return line.index if _headline_shaped(line) and names_the_story(lines, line.index, start) else None


# A list of words has at least this many items, each of at most this many words.
WORD_LIST_MIN_ITEMS = 3
WORD_LIST_ITEM_MAX_WORDS = 2


def _word_list(text: str) -> bool:
    """Words or pairs of words between commas or bars, three or more ("Ferry, Harbour, Transport"):
    a post's tags, not a headline."""
    items = [item.split() for item in re.split(r"[,،;|]", text)]
    return len(items) >= WORD_LIST_MIN_ITEMS and all(1 <= len(item) <= WORD_LIST_ITEM_MAX_WORDS for item in items)


def _headline_under_credits(lines: Page, below: list[LineInfo], start: int) -> LineInfo | None:
    """The first line under a byline or date block that is no credit, no line a rule names, no
    author's name and no caption, if it has a headline's shape and names the story."""
    line = next((line for line in below if not line.hits and not _in_credit_block(lines, line, start)
                 and not over_a_photo_credit(lines, line)), None)
    return line if line is not None and is_headline(line) and names_the_story(lines, line.index, start) else None


def over_a_photo_credit(lines: Page, line: LineInfo) -> bool:
    """A caption: the line over a photo's credit alone on its line ("Foto: Jens Weber / dpa").
    Over a caption that ends on its credit, a line is a deck."""
    below = lines.next_non_blank[line.index + 1]
    return (below < len(lines) and lines[below].words <= CREDIT_BLOCK_LINE_WORDS
            and any(rule.field == "credit" for rule, _ in lines[below].hits))


# A caption that ends like a sentence describes its photo in this many words at least; a
# shorter sentence over a photo's credit is a short story's first paragraph ("The bridge is
# open." over "Photo: ...").
CAPTION_SENTENCE_MIN_WORDS = 6


def _lead_caption(lines: Page, line: LineInfo) -> bool:
    """The lead photo's caption: a line over a photo's credit, a sentence only if a long one."""
    return over_a_photo_credit(lines, line) and (not line.terminated or line.words >= CAPTION_SENTENCE_MIN_WORDS)


def caption_over_credit(lines: Page, line: LineInfo, headline: int) -> bool:
    """The lead photo's caption under the headline: a line over a photo's credit, right under
    the byline, the date or the deck. Right under the headline, such a line is the deck (a
    photo's credit may stand under the deck with no caption); under a section's label, it is
    the headline itself."""
    above = lines.previous_non_blank[line.index]
    return (not line.hits and above != headline and above >= 0 and _credit_or_body(lines[above])
            and _lead_caption(lines, line))


def _credit_or_body(line: LineInfo) -> bool:
    """A byline, a date, a reading time or a deck, which a caption stands under; a section's
    label or trail that a drop-line rule names above the article only ("България",
    `<lang>.section-label`) is none: the line under it is the headline."""
    return line.body or any(not (rule.action == "drop-line" and rule.position == "head") for rule, _ in line.hits)


def captions_over_credits(lines: Page, start: int) -> list[int]:
    """The lead photo's captions between the headline and the article's first paragraph."""
    headline = lines.headline
    if headline is None:
        return []
    # Blank lines too: a "·" between a byline and a photo credit is blank once normalised, and
    # a caption over the credit by its shape.
    return [line.index for line in lines[headline + 1:start] if caption_over_credit(lines, line, headline)]


def names_the_story_twice(lines: Page, index: int, start: int, by_form: bool = False) -> bool:
    return _shares_words_with_opening(lines, lines[index].text, start, HEADLINE_OPENING_WORDS, by_form)


def _has_trail_separators(line: LineInfo) -> bool:
    """A trail of links, with or without a label ("You are here: Home / News / Ferry")."""
    return is_section_trail(line) or is_link_line(line) or len(_TRAIL_SEPARATOR.findall(line.text)) >= 2


# A label of a word or two and a colon opening a line: a live or trending banner's.
_BANNER = re.compile(r"[^\W\d_]+(?: [^\W\d_]+)?\s?:\s")
_CREDIT_JOINER = re.compile(rf"{_SPACE}[-–—|/]{_SPACE}|[,،]")


def _in_credit_block(lines: Page, line: LineInfo, start: int) -> bool:
    """A line of the credits over a byline or a date: an author's name, a place and a name
    ("New Delhi | Ritika Sharma"), an outlet's credit, a relative time ("Bhopal 28 minutes
    ago"): short, no sentence, and sharing at most one word with the story's opening (a
    headline shares two)."""
    if (line.body or line.hits or line.words > CREDIT_BLOCK_LINE_WORDS or _has_trail_separators(line)
            or _shares_words_with_opening(lines, line.text, start, HEADLINE_OPENING_WORDS)):
        return False
    # A short headline or a sub-heading is a phrase; a credit is a name, holds a figure or
    # joins a place, a name or an outlet by a separator.
    return (_has_digit([line.text]) or _CREDIT_JOINER.search(line.text) is not None
            or _is_name(line.text.split(), cased_only=True) or _cjk_by_a_date(lines, line))


def _cjk_by_a_date(lines: Page, line: LineInfo) -> bool:
    """A Chinese or Japanese line right over or under the story's date line: an outlet's or an
    author's name ("北陸中央新聞" over "5/17(金) 9:30配信"), which no capital marks as one (an
    Arabic or Hebrew deck of a few words may stand there too)."""
    if not holds_cjk(line.text) or any(character.isupper() or character.islower() for character in line.text):
        return False
    neighbours = (lines.previous_non_blank[line.index], lines.next_non_blank[line.index + 1])
    return any(0 <= index < len(lines) and _story_date(lines[index]) for index in neighbours)


def _place_alone(line: LineInfo) -> bool:
    """One capitalised word alone among a story's credits: the place it is filed from
    ("Praha", "Ankara")."""
    return line.words == 1 and line.text[0].isupper() and line.text.isalpha()


def _headline_shaped(line: LineInfo) -> bool:
    """A headline's shape, or a paragraph's length with no full stop at its end."""
    return is_headline(line) or _paragraph_long_headline(line)


def opens_on_a_headline(lines: Page, start: int) -> bool:
    """Whether the article's first line is a headline as long as a paragraph (no full stop
    at its end): a section trail right over it is the header's, not the headline."""
    return _paragraph_long_headline(lines[start])


def _paragraph_long_headline(line: LineInfo) -> bool:
    """A line as long as a paragraph that a headline may be: no full stop at its end, no
    rule hit, bullet, caption or links."""
    return (line.body and not line.hits and not line.bullet and line.words <= HEADLINE_MAX_WORDS
            and not _ends_on_full_stop(line.text) and not looks_like_caption(line) and not is_link_line(line))


def headline_over_deck(lines: Page, index: int, start: int) -> int:
    """The headline-shaped line right over the line at `index` when that one is its deck (a
    byline under a deck stands over both: "Fire under control" / "1,200 hectares burnt" /
    "Ana Silva"), else `index`."""
    above = lines.previous_non_blank[index]
    if above < 0:
        return index
    # A headline as long as a paragraph is told by its length: one word of the story is enough.
    if (is_headline(lines[above]) and _over_its_deck(lines, lines[above], lines[index], start)
            or _paragraph_long_headline(lines[above]) and is_deck(lines[index])
            and names_the_story_in_any_form(lines, above, start)):
        return above
    return index


def _over_its_deck(lines: Page, headline: LineInfo, deck: LineInfo, start: int) -> bool:
    return (is_deck(deck) and not _TRAIL_SEPARATOR.search(headline.text)
            and _shares_words_with_opening(lines, headline.text, start, HEADLINE_OPENING_WORDS))


def _long_headline(window: list[LineInfo], position: int, shaped: list[int]) -> bool:
    """A headline as long as a paragraph but ending on no full stop ("In Town X, the first
    library open round the clock"), under a line of chrome and over nothing headline-shaped
    but metadata: a line of body shape, which is_headline leaves out, that headline_above
    takes only when it names the story. Under a paragraph, such a line is the paragraph's next
    line cut where it wraps; over a short headline it is a teaser's ("Works on the bridge, what
    two years cost" over "At last on the other bank")."""
    line = window[position]
    return (_paragraph_long_headline(line) and (position == 0 or not window[position - 1].body)
            and all(_metadata_shaped(window[below]) for below in shaped if below > position))


# A label before a colon ("Reading time: 3 min", "Text: Ann Berg") is this many words at most.
METADATA_LABEL_MAX_WORDS = 3


def _metadata_shaped(line: LineInfo) -> bool:
    """A date, a time, a count or a "Label: value" line: metadata, not a headline."""
    label, colon, _ = line.text.partition(":")
    return _has_digit([line.text]) or bool(colon) and len(label.split()) <= METADATA_LABEL_MAX_WORDS


# A headline over its deck names the story in this many of the opening's words at least: a
# teaser of another story ("Trending: ..."), a section's name, a desk's, shares one at most.
HEADLINE_OPENING_WORDS = 2


# ---------------------------------------------------------------- text that reads in sequence
# Verse, tables and lists are short lines, like menus, but they are the article's own: each
# line leans on its neighbours (a clause runs on, a rhyme answers, a number fills a row).

VERSE_MIN_LINES = 4
VERSE_MAX_WORDS = 14
VERSE_MIN_MEAN_WORDS = 3
# A poem: half its lines run on (end on a comma, or go on in lower case), or three quarters
# of its lines (or of every second line, for hemistichs) end on one rhyme with different words.
VERSE_RUN_ON_SHARE = 0.5
VERSE_RHYME_SHARE = 0.75
VERSE_ENJAMBED_SHARE = 0.25
_RUN_ON_END = frozenset(",،;؛")


def mark_verse(lines: list[LineInfo]) -> None:
    """Count the lines of a poem as body, so that they start, extend and stay in the article."""
    run: list[LineInfo] = []
    for line in itertools.chain(lines, [None]):
        if line is not None and line.blank:
            continue
        if line is not None and _verse_shaped(line):
            run.append(line)
            continue
        # Most runs are too short to ask about: a run of one between two paragraphs.
        if len(run) >= VERSE_MIN_LINES and _is_verse(run):
            for item in run:
                item.body = True
        run = []


def _verse_shaped(line: LineInfo) -> bool:
    return not line.body and not line.hits and not line.bullet and 2 <= line.words <= VERSE_MAX_WORDS


def _is_verse(run: list[LineInfo]) -> bool:
    if len(run) < VERSE_MIN_LINES or sum(line.words for line in run) < VERSE_MIN_MEAN_WORDS * len(run):
        return False
    run_on = sum(1 for line in run if line.text[-1] in _RUN_ON_END or line.text[0].islower())
    # Lower-case menus and player settings ("subtitles off, selected") run on too, but a
    # poem's sentences run over its line ends: some lines end on a comma.
    enjambed = sum(1 for line in run if line.text[-1] in _RUN_ON_END)
    return (run_on >= VERSE_RUN_ON_SHARE * len(run) and enjambed >= VERSE_ENJAMBED_SHARE * len(run)
            or any(_rhymes(part) for part in (run, run[::2], run[1::2])))


def _rhymes(run: list[LineInfo]) -> bool:
    """Most lines end on the same two letters, with different words (not a repeated suffix).

    Only in scripts without letter case (Arabic, Persian, Urdu, Hindi): a monorhyme is how
    their verse ends; in Latin script two letters are as often a suffix ("-ly", "-ed").
    """
    if len(run) < 3:
        return False
    last_words = [_last_word(line.norm) for line in run]
    endings = [word[-2:] for word in last_words
               if len(word) >= 2 and word[-2:].isalpha() and word[-1].upper() == word[-1]]
    if not endings:
        return False
    rhyme = max(set(endings), key=endings.count)
    rhyming = [word for word in last_words if word.endswith(rhyme)]
    return (len(rhyming) >= VERSE_RHYME_SHARE * len(run)
            and len(set(rhyming)) >= VERSE_RHYME_SHARE * len(rhyming))


def _last_word(text: str) -> str:
    """The line's last word, trailing punctuation left off (a scan from the end: `\\W+$` as a
    regex search is quadratic in a long run of punctuation)."""
    end = len(text)
    while end and not (text[end - 1].isalnum() or text[end - 1] == "_"):
        end -= 1
    return text[:end].rsplit(" ", 1)[-1]


# A paragraph rendered with its source's line breaks (a page whose HTML wraps its text, read
# with lxml's text_content): each line but the last stops mid-sentence. A line stops so when
# it does not end like a sentence and the line under it opens in lower case (with two words
# or more: a source's name alone in lower case, "artnet", closes a headline), or when it is
# at least WRAPPED_MIN_WORDS long, ends on a lower-case word, a figure or a comma (or on a
# name after inner punctuation: "... founded by John"), and the line under it has
# WRAPPED_BELOW_MIN_WORDS words or more, is no label ("From the same section", a credit) and
# opens with a letter or a bracket (a live blog's "14:32 ..." entries are headlines one under
# the other).
WRAPPED_MIN_WORDS = 5
WRAPPED_BELOW_MIN_WORDS = 3
RUN_ON_MIN_WORDS = 2


def wrapped_paragraphs(lines: list[LineInfo]) -> list[list[LineInfo]]:
    """Runs of two lines or more, one under the other, that are one paragraph wrapped at the
    source's line breaks."""
    runs: list[list[LineInfo]] = []
    run: list[LineInfo] = []
    for line in lines:
        if run and not line.blank and _goes_on(run[-1], line):
            run.append(line)
            continue
        if len(run) > 1:
            runs.append(run)
        run = [] if line.blank or line.hits or line.bullet else [line]
    if len(run) > 1:
        runs.append(run)
    return runs


def _goes_on(line: LineInfo, below: LineInfo) -> bool:
    """Whether `below` carries on the sentence `line` leaves open."""
    if line.terminated or below.hits or below.bullet:
        return False
    if below.text[0].islower():
        return below.words >= RUN_ON_MIN_WORDS
    if line.words < WRAPPED_MIN_WORDS or below.words < WRAPPED_BELOW_MIN_WORDS or below.label or not (
            below.text[0].isalpha() or below.text[0] in "(["):
        return False
    last = line.text.rsplit(" ", 1)[-1]
    # A headline's last word is capitalised too ("... expliquée en patates Vidéo"), and a
    # headline has no inner punctuation. A script without case (Arabic) tells no name.
    return (last[0].islower() or last[0].isdigit() or last[-1] == ","
            or last[0].isupper() and last[-1].isalpha() and _CLAUSE_PUNCT.search(line.text) is not None)


# A table written one cell a line: a run of at least TABLE_MIN_LINES short lines, at least
# this share of them numbers (places, games, points, scores), whose name cells come back at
# a steady interval, one a row. A list's numbering ("1.", "2.") is not a figure, and a
# chart's axis labels (numbers, then a few words together) have no rows.
TABLE_MIN_LINES = 6
TABLE_NUMBER_SHARE = 1 / 3
TABLE_CELL_MAX_WORDS = 6
TABLE_MIN_ROWS = 3
TABLE_ROW_AGREEMENT = 2 / 3
_NUMBER_CELL = regex.compile(r"^[\d\s.,:/()%+-]+$")
_LIST_NUMBER = regex.compile(r"^\d{1,3}[.)]$")


def _removed_anywhere_even_in_a_table(line: LineInfo) -> bool:
    """One rule hit both fires anywhere and is no drop-line (which a table's cell is kept
    from): asked of each hit, not of the line's hits apart."""
    return any(rule.position == "any" and rule.action != "drop-line" for rule, _ in line.hits)


def table_lines(lines: Page, begin: int, end: int,
                dropped: Callable[[int], bool] = lambda index: False) -> set[int]:
    """Indexes of the cells of tables (league tables, results) inside lines[begin:end].

    A line that a rule removes wherever it stands (a byline, a marker) or that is already
    `dropped` (a promotion's block) is no cell: the cleaned text no longer has it. A
    drop-line rule's hit (a number) may be one. Such lines are passed over, not breaks, so
    the runs of the page (Page.cell_runs) only lose lines to the span and to `dropped`."""
    found: set[int] = set()
    for run in lines.cell_runs:
        if run[-1] < begin or run[0] >= end:
            continue
        cells = [index for index in run if begin <= index < end and not dropped(index)]
        if len(cells) >= TABLE_MIN_LINES and _is_table([lines[index] for index in cells]):
            found.update(cells)
    return found


def _is_table(run: list[LineInfo]) -> bool:
    if len(run) < TABLE_MIN_LINES:
        return False
    # A cell that opens on a letter is a name (most cells: the search is asked of the others).
    numbers = [not item.text[0].isalpha() and bool(_NUMBER_CELL.match(item.text)) and not _LIST_NUMBER.match(item.text)
               for item in run]
    names = [position for position, number in enumerate(numbers) if not number]
    if sum(numbers) < TABLE_NUMBER_SHARE * len(run) or len(names) < TABLE_MIN_ROWS:
        return False
    gaps = [after - before for before, after in zip(names, names[1:])]
    row = max(set(gaps), key=lambda gap: (gaps.count(gap), gap))
    # A header row of names over the table's first row ("Region", "Price (€/l)" over
    # "Attica", "1,792") is as wide as a row but holds no figure.
    body = list(itertools.dropwhile(lambda gap: gap < row, gaps))
    return row >= 2 and body.count(row) >= TABLE_ROW_AGREEMENT * len(body)


# A chronology's sub-headings: a year alone on its line ("2019", "- 2013 -", a Persian
# "1398"), each over a paragraph about that year, at least YEAR_HEADINGS_MIN of them inside
# the article, in order (up or down). A lone figure, a count over a paragraph, a line of page
# numbers or years among chrome (no paragraph under each) stay the numbers rules' to take.
YEAR_HEADINGS_MIN = 2
_YEAR_HEADING = re.compile(r"^[-(\[]? ?(1[3-9]\d\d|20\d\d) ?[-)\]]?$")


def year_headings(lines: Page, begin: int, end: int, dropped: Callable[[int], bool]) -> set[int]:
    """Indexes of the year headings of a chronology inside lines[begin:end] (empty if the
    years there are no such run)."""
    found = [(index, int(heading.group(1))) for index in range(begin, end)
             if not dropped(index) and (heading := _YEAR_HEADING.match(lines[index].norm))
             and _over_paragraph(lines, index, end)]
    years = [year for _, year in found]
    in_order = years == sorted(set(years)) or years == sorted(set(years), reverse=True)
    return {index for index, _ in found} if len(found) >= YEAR_HEADINGS_MIN and in_order else set()


# A diary or a timeline heads at least this many of its paragraphs with their date alone
# ("12 января" over the day's entry), each of at most this many words.
DATE_HEADINGS_MIN = 3
DATE_HEADING_MAX_WORDS = 5


def date_headings(lines: Page, begin: int, end: int, dropped: Callable[[int], bool]) -> set[int]:
    """Indexes of the date lines inside lines[begin:end], and right above `begin` (over the
    article's first paragraph), that head an entry each, when there are DATE_HEADINGS_MIN
    of them or more: a diary's or a timeline's days, a programme's, the article's own, not its
    publication date (which stands above the article, once). Each is over a paragraph that
    ends like a sentence (a list of teasers dates them over the next one's headline) or over
    a programme's timed rows ("18:00 Rapid – CFR Cluj (Digi Sport 1)"), and, but the first,
    under the last entry's sentence or timed row: a comment's time stamp stands under its
    writer's name. (A paragraph of a script without full stops, Thai's, is longer than a
    headline instead.)"""
    found = [line.index for line in lines.non_blank(lines.previous_non_blank[begin], end)
             if not dropped(line.index) and _read_as(line, "date")
             and line.words <= DATE_HEADING_MAX_WORDS and _heads_an_entry(lines, line.index, end)]
    headings = found[:1] + [index for index in found[1:] if _closes_an_entry(lines[lines.previous_non_blank[index]])]
    return set(headings) if len(headings) >= DATE_HEADINGS_MIN else set()


def _heads_an_entry(lines: Page, index: int, end: int) -> bool:
    below = lines.next_non_blank[index + 1]
    return below < end and (lines[below].body and reads_as_prose(lines[below]) or _timed_row(lines[below]))


def _closes_an_entry(line: LineInfo) -> bool:
    return _sentence(line) or _timed_row(line)


def _timed_row(line: LineInfo) -> bool:
    """A programme's row: a clock time, then what happens at it."""
    return line.text[:1].isdigit() and not line.hits and _TIMED_HEADLINE.match(line.text) is not None


# A list of dated entries written one field a line ("Harriet Moore" over "14 October 1894",
# a birthday's or an anniversary's list): at least this many rows of two short lines, a
# person's name and a date with its year, always in the same order, and no year on more than
# half of the rows.
DATED_ENTRIES_MIN_ROWS = 3
DATED_FIELD_MAX_WORDS = 6
_NAME, _DATE = "name", "date"


def dated_entries(lines: Page, begin: int, end: int, dropped: Callable[[int], bool]) -> set[int]:
    """Indexes of the lines of such lists inside lines[begin:end]: their dates are the
    entries' own, not the page's publication date, and their names no menu's items. A menu
    or a share bar has no year a row; a box of related stories has headlines, not names,
    over its dates; a box of recent comments, events or death notices has names over this
    year's dates, the same year on most rows."""
    found: set[int] = set()
    run: list[tuple[LineInfo, str]] = []
    for line in itertools.chain((line for line in lines[begin:end] if not line.blank), [None]):
        field = None if line is None or dropped(line.index) else _dated_field(line)
        if field is not None:
            run.append((line, field))
            continue
        # Most lines end a run of none: a paragraph, a heading.
        if len(run) >= 2 * DATED_ENTRIES_MIN_ROWS:
            found.update(_rows_of_two(run))
        run = []
    return found


def _dated_field(line: LineInfo) -> str | None:
    """_DATE for a date with its year, _NAME for a person's name, None for any other line."""
    if line.body or line.words > DATED_FIELD_MAX_WORDS or _ends_on_full_stop(line.text):
        return None
    if _YEAR.search(line.text):
        return _DATE
    return _NAME if _name_row(line) else None


def _rows_of_two(run: list[tuple[LineInfo, str]]) -> list[int]:
    """The lines of the longest stretch of `run` that alternates names and dates in rows of
    two, one order in every row, if it has DATED_ENTRIES_MIN_ROWS rows or more and its years
    differ."""
    rows, end = 0, 0  # the longest stretch: its rows, and the position in `run` after it
    for order in ((_NAME, _DATE), (_DATE, _NAME)):
        for offset in (0, 1):
            stretch = 0
            for first in range(offset, len(run) - 1, 2):
                stretch = stretch + 1 if (run[first][1], run[first + 1][1]) == order else 0
                if stretch > rows:
                    rows, end = stretch, first + 2
    best = [(run[first][0], run[first + 1][0]) for first in range(end - 2 * rows, end, 2)]
    if rows < DATED_ENTRIES_MIN_ROWS or _one_year_for_most(best):
        return []
    return [line.index for row in best for line in row]


def _one_year_for_most(rows: list[tuple[LineInfo, LineInfo]]) -> bool:
    years = Counter(year for row in rows for year in {match for line in row for match in _YEAR.findall(line.text)})
    return 2 * years.most_common(1)[0][1] > len(rows)


def _over_paragraph(lines: Page, index: int, end: int) -> bool:
    """Whether a paragraph stands right under line `index` (blank lines aside)."""
    below = lines.next_non_blank[index + 1]
    return below < end and lines[below].body


def introduces_list(lines: Page, index: int) -> bool:
    """The line above the list holding the bullet at index is a sentence of the article
    announcing it ("The plan has five points:"), so the list is the article's own, not a list
    of other headlines."""
    above = lines.previous_non_blank[lines.list_start[index]]
    return above >= 0 and _announces_list(lines[above])


def _announces_list(line: LineInfo) -> bool:
    """A sentence of the article ending on a colon, which no rule names: what follows is its list."""
    return not line.hits and line.words >= LABEL_MAX_WORDS and _announces(line)
