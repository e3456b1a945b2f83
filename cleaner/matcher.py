"""Rules compiled for matching: every rule that fires on a line, found in a few regex calls.

A rule set holds hundreds of patterns, and trying each on every line would dominate the run
time. Three things keep the per-line cost small and nearly independent of the number of rules:

- Phrase and line rules are one literal trie, anchored at the line start.
- Each regex rule is reduced, by parsing it, to literals of which at least one must occur in
  any line it matches ("required literals"). One Aho-Corasick pass (pyahocorasick) over the
  document finds every occurrence of every literal and so the few rules worth running on a
  line. Anchored rules with no usable literal run only on lines whose first character they
  can start with; the rest are folded into one alternation.
- Lines are grouped by length: a rule with max_chars is never tried on a longer line.

Rule regexes run through the `regex` module with a timeout. The phrase trie is built here
from escaped literals only, so it cannot backtrack; it runs on the standard `re` engine,
which matches a trie-shaped alternation many times faster than `regex` does.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
import re._constants as sre
import re._parser as sre_parse
from dataclasses import dataclass

import ahocorasick
import regex

from cleaner.normalize import normalize

# A pathological pattern from a user's rule file must not hang a batch worker.
REGEX_TIMEOUT_SECONDS = 0.05

# Upper line lengths of the length buckets.
LENGTH_BUCKETS = (40, 80, 160, 320)

# Shorter literals occur in most lines and would not filter anything.
MIN_LITERAL_CHARS = 3


@dataclass(frozen=True)
class CompiledPattern:
    """One regex rule's pattern, compiled and read once per process and shared by every
    matcher that holds the rule (the generic set and each site's set)."""

    regex: regex.Pattern
    # Literals of which any matching line contains one (None: the rule always runs).
    literals: frozenset[str] | None
    # The pattern can only match at the line start (so match() suffices).
    anchored: bool
    # For anchored patterns, the characters a match can begin with (None: any).
    first_chars: frozenset[str] | None


@functools.cache
def compile_pattern(pattern: str) -> CompiledPattern:
    """Compile a rule's regex (raises regex.error) and read what the matcher needs from it.

    What it needs is read from the standard library parser's tree. Patterns that parser
    cannot read plainly (syntax only the `regex` module knows, flags that change what a
    literal matches) and top-level alternatives ("^a|b") count as unfiltered and unanchored,
    which is always correct, only slower.
    """
    compiled = regex.compile(pattern)
    parsed = _parse(pattern)
    if parsed is None:
        return CompiledPattern(compiled, None, False, None)
    literals = _required(parsed)
    anchored = bool(parsed.data) and parsed.data[0] == (sre.AT, sre.AT_BEGINNING)
    return CompiledPattern(compiled, frozenset(literals) if literals else None, anchored,
                           _first_characters(parsed) if anchored else None)


@dataclass(frozen=True)
class _Bucket:
    """The regex rules that may fire on lines of one length range, compiled for batch scans."""

    # Every required literal of the bucket's filtered rules -> the positions of those rules.
    literals: ahocorasick.Automaton | None
    # Rules with no usable literal run on every line. Those that start with ^, by the first
    # character of a line they can match (rules that can start with any character are in
    # every entry and under "")...
    anchored: dict[str, tuple[int, ...]]
    # ...and the others, one by one and as one alternation.
    floating_rules: tuple[int, ...]
    floating: regex.Pattern | None


class Matcher:
    """The compiled form of a list of rules (generic rules plus one page's site rules)."""

    def __init__(self, rules) -> None:
        self.phrase_rules: dict[str, tuple] = {}
        for rule in rules:
            if rule.kind != "regex":
                key = normalize(rule.pattern)
                self.phrase_rules[key] = self.phrase_rules.get(key, ()) + (rule,)
        self.regex_rules = [rule for rule in rules if rule.kind == "regex"]
        self.patterns = [compile_pattern(rule.pattern) for rule in self.regex_rules]
        self.phrase_scan = (
            re.compile(rf"^(?P<p>{_trie(list(self.phrase_rules))})(?=$|\W)", re.M)
            if self.phrase_rules else None
        )
        self._compiled_alternations: dict[tuple, regex.Pattern | None] = {}
        self.buckets = tuple(self._bucket(lower) for lower in (0, *LENGTH_BUCKETS))

    def _bucket(self, lower: int) -> _Bucket:
        by_literal: dict[str, list[int]] = {}
        unfiltered: list[int] = []
        for position, rule in enumerate(self.regex_rules):
            if not fits(rule, lower):
                continue
            literals = self.patterns[position].literals
            if literals is None:
                unfiltered.append(position)
            for literal in literals or ():
                by_literal.setdefault(literal, []).append(position)
        automaton = None
        if by_literal:
            automaton = ahocorasick.Automaton()
            for literal, positions in by_literal.items():
                automaton.add_word(literal, tuple(positions))
            automaton.make_automaton()
        anchored = [p for p in unfiltered if self.patterns[p].anchored]
        floating = [p for p in unfiltered if p not in anchored]
        any_start = tuple(p for p in anchored if self.patterns[p].first_chars is None)
        by_char: dict[str, list[int]] = {}
        for position in anchored:
            for char in self.patterns[position].first_chars or ():
                by_char.setdefault(char, []).append(position)
        anchored_by_char = {char: tuple(sorted(set(ps) | set(any_start))) for char, ps in by_char.items()}
        anchored_by_char[""] = any_start
        return _Bucket(
            literals=automaton,
            anchored=anchored_by_char,
            floating_rules=tuple(floating),
            floating=self._alternation(floating, hoist_caret=False),
        )

    def _alternation(self, positions, hoist_caret: bool) -> regex.Pattern | None:
        """One pattern for several rules (group r<position> tells which matched), compiled
        once per set of rules."""
        key = (tuple(positions), hoist_caret)
        if key not in self._compiled_alternations:
            if not positions:
                pattern = None
            elif hoist_caret:
                # Used with match() at a line start: the rules' own ^ are redundant there.
                pattern = regex.compile("|".join(
                    f"(?P<r{p}>{self.regex_rules[p].pattern[1:]})" for p in positions))
            else:
                pattern = regex.compile("(?m)" + "|".join(
                    f"(?P<r{p}>{self.regex_rules[p].pattern})" for p in positions))
            self._compiled_alternations[key] = pattern
        return self._compiled_alternations[key]

    def match_lines(self, lines: list[str], lengths: list[int]) -> list[list[tuple]]:
        """For each normalised line, (rule, text after the match) for every rule that fires.

        lengths are the raw lines' lengths, which max_chars limits apply to. Each scan runs
        once over all lines of a length bucket joined by newlines, not once per line.
        """
        hits: list[list[tuple]] = [[] for _ in lines]
        self._phrase_hits(lines, lengths, hits)
        groups: dict[int, list[int]] = {}
        for index, line in enumerate(lines):
            if line:
                groups.setdefault(_bucket_index(lengths[index]), []).append(index)
        for bucket_index, indexes in groups.items():
            found = self._regex_hits(self.buckets[bucket_index], [lines[i] for i in indexes],
                                     [lengths[i] for i in indexes])
            for local, line_hits in found.items():
                hits[indexes[local]] += [hit for _, hit in sorted(line_hits.items())]
        return hits

    def _phrase_hits(self, lines, lengths, hits) -> None:
        if self.phrase_scan is None:
            return
        document = "\n".join(lines)
        starts = _starts(lines)
        for found in self.phrase_scan.finditer(document):
            index = bisect.bisect_right(starts, found.start()) - 1
            phrase = found.group("p")
            rest = lines[index][len(phrase):].strip(" :-|/.,;>»\"'")
            hits[index] += [(rule, rest) for rule in self.phrase_rules[phrase]
                            if (rule.kind == "phrase" or not rest) and fits(rule, lengths[index] - 1)]

    def _regex_hits(self, bucket: _Bucket, lines: list[str], lengths: list[int]) -> dict:
        """{line: {rule position: (rule, rest)}} for the regex rules of one length bucket."""
        found: dict[int, dict[int, tuple]] = {}
        document = "\n".join(lines)
        starts = _starts(lines)

        def record(index: int, position: int, end: int) -> None:
            rest = lines[index][end:].strip()
            found.setdefault(index, {})[position] = (self.regex_rules[position], rest)

        def run_rule(index: int, position: int) -> None:
            if fits(self.regex_rules[position], lengths[index] - 1):
                match = run_with_timeout(self.patterns[position].regex.search, lines[index])
                if match:
                    record(index, position, match.end())

        if bucket.literals is not None:
            candidates: dict[int, set[int]] = {}
            for end_offset, positions in bucket.literals.iter(document):
                index = bisect.bisect_right(starts, end_offset) - 1
                candidates.setdefault(index, set()).update(positions)
            for index, positions in candidates.items():
                for position in sorted(positions):
                    run_rule(index, position)
        # Anchored rules are tried at each line start only (a scan of the joined text would try
        # every position), and only those that can begin with the line's first character.
        for index, line in enumerate(lines):
            positions = bucket.anchored.get(line[0], bucket.anchored[""])
            pattern = self._alternation(positions, hoist_caret=True)
            match = run_with_timeout(pattern.match, line) if pattern is not None else None
            if match:
                record(index, int(match.lastgroup[1:]), match.end())
        if bucket.floating is not None:
            try:
                matches = list(bucket.floating.finditer(document, overlapped=True,
                                                        timeout=REGEX_TIMEOUT_SECONDS * len(lines)))
            except TimeoutError:
                # Some line makes a rule slow: fall back to one timed call per line and rule.
                matches = []
                for index in range(len(lines)):
                    for position in bucket.floating_rules:
                        run_rule(index, position)
            done: set[int] = set()
            for match in matches:
                index = bisect.bisect_right(starts, match.start()) - 1
                if index in done:
                    continue
                done.add(index)
                if match.end() <= starts[index] + len(lines[index]):
                    record(index, int(match.lastgroup[1:]), match.end() - starts[index])
                else:
                    # The match ran into the next line; see what matches within this one.
                    for position in bucket.floating_rules:
                        run_rule(index, position)
        return found


def _starts(lines: list[str]) -> list[int]:
    """Offsets of each line in "\n".join(lines)."""
    return list(itertools.accumulate((len(line) + 1 for line in lines[:-1]), initial=0))


def fits(rule, lower: int) -> bool:
    """Whether the rule may fire on a line longer than `lower` characters."""
    return rule.max_chars is None or rule.max_chars > lower


def _bucket_index(length: int) -> int:
    for index, upper in enumerate(LENGTH_BUCKETS):
        if length <= upper:
            return index
    return len(LENGTH_BUCKETS)


def _trie(literals: list[str]) -> str:
    """An `re` alternation shaped as a trie: at each position it follows one path of shared
    prefixes instead of trying every literal, and it prefers the longest literal."""
    root: dict = {}
    for literal in literals:
        node = root
        for char in literal:
            node = node.setdefault(char, {})
        node[""] = {}

    def build(node: dict) -> str:
        branches = [re.escape(char) + build(child) for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return build(root)


def run_with_timeout(method, text: str):
    """pattern.match / pattern.search under the rule timeout; a timeout counts as no match."""
    try:
        return method(text, timeout=REGEX_TIMEOUT_SECONDS)
    except TimeoutError:
        return None


def _parse(pattern: str):
    """The standard parser's tree of a pattern, or None where it cannot be read plainly:
    syntax only the `regex` module knows, or flags that change what a literal matches."""
    try:
        parsed = sre_parse.parse(pattern)
    except (re.error, OverflowError, RecursionError):
        return None
    return None if parsed.state.flags & (re.IGNORECASE | re.VERBOSE) else parsed


def _required(items) -> set[str] | None:
    """Literals of which any line matching the parsed items contains at least one, or None."""
    options: list[set[str]] = []
    run: list[str] = []

    def flush() -> None:
        if run:
            options.append({"".join(run)})
            run.clear()

    for op, value in items:
        if op is sre.LITERAL:
            run.append(chr(value))
            continue
        flush()
        if op is sre.SUBPATTERN:
            found = _required(value[-1])
        elif op is sre.BRANCH:
            branches = [_required(branch) for branch in value[1]]
            found = set().union(*branches) if all(branches) else None
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT) and value[0] >= 1:
            found = _required(value[2])
        else:
            found = None
        if found:
            options.append(found)
    flush()
    usable = [option for option in options if min(map(_weight, option)) >= MIN_LITERAL_CHARS]
    if not usable:
        return None
    return max(usable, key=lambda option: (min(map(_weight, option)), -len(option)))


def _weight(literal: str) -> int:
    """How selective a literal is: its characters other than spaces (" de " is in every
    Spanish sentence), with each Chinese or Japanese character counted twice."""
    return len(literal) - literal.count(" ") + sum(1 for char in literal if "\u3040" <= char <= "\u9fff")


def _first_characters(parsed) -> frozenset[str] | None:
    """The characters a match of an anchored pattern can begin with, or None if any.

    Lets the matcher try, on each line, only the anchored rules that can start with the
    line's first character.
    """
    chars, nullable = _first(parsed)
    return None if chars is None or nullable else frozenset(chars)


def _first(items) -> tuple[set[str] | None, bool]:
    """(possible first characters or None for any, whether the sequence can match nothing)."""
    found: set[str] = set()
    for op, value in items:
        if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
            continue  # zero-width
        chars, nullable = _first_of(op, value)
        if chars is None:
            return None, False
        found |= chars
        if not nullable:
            return found, False
    return found, True


def _first_of(op, value) -> tuple[set[str] | None, bool]:
    if op is sre.LITERAL:
        return {chr(value)}, False
    if op is sre.IN:
        chars: set[str] = set()
        for item_op, item in value:
            if item_op is sre.LITERAL:
                chars.add(chr(item))
            elif item_op is sre.RANGE and item[1] - item[0] < 128:
                chars.update(chr(code) for code in range(item[0], item[1] + 1))
            elif item_op is sre.CATEGORY and item is sre.CATEGORY_DIGIT:
                chars.update("0123456789")  # normalised lines have ASCII digits only
            else:
                return None, False
        return chars, False
    if op is sre.SUBPATTERN:
        return _first(value[-1])
    if op is sre.BRANCH:
        results = [_first(branch) for branch in value[1]]
        if any(chars is None for chars, _ in results):
            return None, False
        return set().union(*(chars for chars, _ in results)), any(n for _, n in results)
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT):
        chars, nullable = _first(value[2])
        return chars, nullable or value[0] == 0
    return None, False
