"""Rules compiled for matching: every rule that fires on a line, found in a few regex calls.

A rule set holds hundreds of patterns, and trying each on every line would dominate the run
time. Three things keep the per-line cost small and nearly independent of the number of rules:

- Phrase and line rules are one literal trie, anchored at the line start.
- Each regex rule is reduced, by parsing it, to literals of which at least one must occur in
  any line it matches ("required literals"). One trie scan for all literals picks the few
  rules worth running on a line; rules with no usable literal are folded into one
  alternation that runs on every line.
- Lines are grouped by length: a rule with max_chars is never tried on a longer line.

Rule regexes run through the `regex` module with a timeout. The two literal tries are built
here from escaped literals only, so they cannot backtrack; they run on the standard `re`
engine, which matches a trie-shaped alternation many times faster than `regex` does.
"""

from __future__ import annotations

import bisect
import itertools
import re
import re._constants as sre
import re._parser as sre_parse
from dataclasses import dataclass
import regex

from cleaner.normalize import normalize

# A pathological pattern from a user's rule file must not hang a batch worker.
REGEX_TIMEOUT_SECONDS = 0.05

# Upper line lengths of the length buckets.
LENGTH_BUCKETS = (40, 80, 160, 320)

# Shorter literals occur in most lines and would not filter anything.
MIN_LITERAL_CHARS = 3


@dataclass(frozen=True)
class _Bucket:
    """The regex rules that may fire on lines of one length range, compiled for batch scans."""

    literal_scan: re.Pattern | None  # the longest required literal starting at each position
    rules_by_literal: dict[str, tuple[int, ...]]  # literal (and its prefixes) -> rule positions
    unfiltered: tuple[int, ...]  # rules with no usable literal: they run on every line
    anchored: regex.Pattern | None  # those of them that start with ^, with ^ hoisted out
    floating: regex.Pattern | None  # the others


class Matcher:
    """The compiled form of a list of rules (generic rules plus one page's site rules)."""

    def __init__(self, rules) -> None:
        self.phrase_rules: dict[str, tuple] = {}
        for rule in rules:
            if rule.kind != "regex":
                key = normalize(rule.pattern)
                self.phrase_rules[key] = self.phrase_rules.get(key, ()) + (rule,)
        self.regex_rules = [rule for rule in rules if rule.kind == "regex"]
        self.compiled = [regex.compile(rule.pattern) for rule in self.regex_rules]
        self.phrase_scan = (
            re.compile(rf"^(?P<p>{_trie(list(self.phrase_rules))})(?=$|\W)", re.M)
            if self.phrase_rules else None
        )
        literals = [required_literals(rule.pattern) for rule in self.regex_rules]
        self.anchored = [_anchored(rule) for rule in self.regex_rules]
        self._compiled_alternations: dict[str, regex.Pattern] = {}
        self.buckets = tuple(self._bucket(lower, literals) for lower in (0, *LENGTH_BUCKETS))

    def _bucket(self, lower: int, literals: list[set[str] | None]) -> _Bucket:
        by_literal: dict[str, list[int]] = {}
        unfiltered: list[int] = []
        for position, rule in enumerate(self.regex_rules):
            if not fits(rule, lower):
                continue
            if literals[position] is None:
                unfiltered.append(position)
            for literal in literals[position] or ():
                by_literal.setdefault(literal, []).append(position)
        # The scan reports the longest literal at each position, so a literal also stands
        # for every shorter literal that is its prefix.
        closed = {
            literal: tuple(sorted({p for size in range(1, len(literal) + 1)
                                   for p in by_literal.get(literal[:size], ())}))
            for literal in by_literal
        }
        anchored = [p for p in unfiltered if self.anchored[p]]
        floating = [p for p in unfiltered if p not in anchored]
        return _Bucket(
            literal_scan=re.compile(f"(?=({_trie(list(by_literal))}))") if by_literal else None,
            rules_by_literal=closed,
            unfiltered=tuple(unfiltered),
            anchored=self._alternation(anchored, hoist_caret=True),
            floating=self._alternation(floating, hoist_caret=False),
        )

    def _alternation(self, positions: list[int], hoist_caret: bool) -> regex.Pattern | None:
        if not positions:
            return None
        if hoist_caret:
            # Used with match() at a line start: the rules' own ^ are redundant there.
            source = "|".join(f"(?P<r{p}>{self.regex_rules[p].pattern[1:]})" for p in positions)
        else:
            source = "(?m)" + "|".join(f"(?P<r{p}>{self.regex_rules[p].pattern})" for p in positions)
        # Neighbouring length buckets often hold the same rules: compile each alternation once.
        if source not in self._compiled_alternations:
            self._compiled_alternations[source] = regex.compile(source)
        return self._compiled_alternations[source]

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
                match = _run(self.compiled[position].search, lines[index])
                if match:
                    record(index, position, match.end())

        if bucket.literal_scan is not None:
            candidates: dict[int, set[int]] = {}
            for match in bucket.literal_scan.finditer(document):
                index = bisect.bisect_right(starts, match.start()) - 1
                candidates.setdefault(index, set()).update(bucket.rules_by_literal[match.group(1)])
            for index, positions in candidates.items():
                for position in sorted(positions):
                    run_rule(index, position)
        if bucket.anchored is not None:
            # Tried at each line start only: a scan of the joined text would try every position.
            for index, line in enumerate(lines):
                match = _run(bucket.anchored.match, line)
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
                    for position in bucket.unfiltered:
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
                    for position in bucket.unfiltered:
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


def _anchored(rule) -> bool:
    """The pattern can only match at the line start (so match() suffices).

    Read from the standard parser's tree: a top-level alternative ("^a|b") or syntax only
    the `regex` module knows counts as unanchored, which is always correct, only slower.
    """
    try:
        parsed = sre_parse.parse(rule.pattern)
    except (re.error, OverflowError, RecursionError):
        return False
    return bool(parsed.data) and parsed.data[0] == (sre.AT, sre.AT_BEGINNING)


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


def _run(method, text: str):
    try:
        return method(text, timeout=REGEX_TIMEOUT_SECONDS)
    except TimeoutError:
        return None


def required_literals(pattern: str) -> set[str] | None:
    """Literals of which any line matching the pattern contains at least one, or None.

    Parsed with the standard library's regex parser; patterns it cannot read (syntax only
    the `regex` module knows) or that ignore case get None, and always run.
    """
    try:
        parsed = sre_parse.parse(pattern)
    except (re.error, OverflowError, RecursionError):
        return None
    if parsed.state.flags & (re.IGNORECASE | re.VERBOSE):
        return None
    return _required(parsed)


def _required(items) -> set[str] | None:
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
    usable = [option for option in options if min(map(len, option)) >= MIN_LITERAL_CHARS]
    if not usable:
        return None
    return max(usable, key=lambda option: (min(map(len, option)), -len(option)))
