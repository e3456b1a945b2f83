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
    phrase: re.Pattern | None  # phrase and line rules, anchored at the line start
    literal_scan: re.Pattern | None  # the longest required literal starting at each position
    rules_by_literal: dict[str, tuple[int, ...]]  # literal (and its prefixes) -> rule positions
    # Regex rules with no usable literal, as one alternation each: those that begin with ^
    # are tried at the line start only, the others searched.
    unfiltered_anchored: regex.Pattern | None
    unfiltered_floating: regex.Pattern | None


class Matcher:
    """The compiled form of a list of rules (generic rules plus one page's site rules)."""

    def __init__(self, rules) -> None:
        self.phrase_rules: dict[str, tuple] = {}
        self.regex_rules = [rule for rule in rules if rule.kind == "regex"]
        self.compiled = [regex.compile(rule.pattern) for rule in self.regex_rules]
        for rule in rules:
            if rule.kind != "regex":
                key = normalize(rule.pattern)
                self.phrase_rules[key] = self.phrase_rules.get(key, ()) + (rule,)
        literals = [required_literals(rule.pattern) for rule in self.regex_rules]
        self.buckets = tuple(self._bucket(lower, literals) for lower in (0, *LENGTH_BUCKETS))

    def _bucket(self, lower: int, literals: list[set[str] | None]) -> _Bucket:
        def fits(rule) -> bool:
            return rule.max_chars is None or rule.max_chars > lower

        phrases = [p for p, rules in self.phrase_rules.items() if any(fits(r) for r in rules)]
        by_literal: dict[str, list[int]] = {}
        unfiltered = []
        for position, rule in enumerate(self.regex_rules):
            if not fits(rule):
                continue
            if literals[position] is None:
                unfiltered.append(position)
                continue
            for literal in literals[position]:
                by_literal.setdefault(literal, []).append(position)
        # The scan reports the longest literal at each start position, so a literal also
        # stands for every shorter literal that is its prefix.
        closed = {
            literal: tuple(sorted({p for other, ps in by_literal.items()
                                   if literal.startswith(other) for p in ps}))
            for literal in by_literal
        }
        return _Bucket(
            phrase=re.compile(rf"(?P<p>{_trie(phrases)})(?=$|\W)") if phrases else None,
            literal_scan=re.compile(f"(?=({_trie(list(by_literal))}))") if by_literal else None,
            rules_by_literal=closed,
            unfiltered_anchored=self._alternation([p for p in unfiltered if _anchored(p, self)]),
            unfiltered_floating=self._alternation([p for p in unfiltered if not _anchored(p, self)]),
        )

    def _alternation(self, positions: list[int]) -> regex.Pattern | None:
        if not positions:
            return None
        return regex.compile("|".join(f"(?P<r{p}>{self.regex_rules[p].pattern})" for p in positions))

    def match(self, normalized_line: str, length: int) -> list[tuple]:
        """(rule, text after the match) for every rule that fires on a line of this length."""
        bucket = self.buckets[_bucket_index(length)]
        hits: list[tuple] = []
        if bucket.phrase is not None:
            found = bucket.phrase.match(normalized_line)
            if found:
                phrase = found.group("p")
                rest = normalized_line[found.end():].strip(" :-|/.,;>»\"'")
                hits += [(rule, rest) for rule in self.phrase_rules[phrase]
                         if rule.kind == "phrase" or not rest]
        for pattern, method in ((bucket.unfiltered_anchored, "match"), (bucket.unfiltered_floating, "search")):
            found = _run(getattr(pattern, method), normalized_line) if pattern is not None else None
            if found:
                rule = self.regex_rules[int(found.lastgroup[1:])]
                hits.append((rule, normalized_line[found.end():].strip()))
        if bucket.literal_scan is not None:
            candidates = {p for literal in bucket.literal_scan.findall(normalized_line)
                          for p in bucket.rules_by_literal[literal]}
            for position in sorted(candidates):
                found = _run(self.compiled[position].search, normalized_line)
                if found:
                    hits.append((self.regex_rules[position], normalized_line[found.end():].strip()))
        return hits


def _bucket_index(length: int) -> int:
    for index, upper in enumerate(LENGTH_BUCKETS):
        if length <= upper:
            return index
    return len(LENGTH_BUCKETS)


def _anchored(position: int, matcher: Matcher) -> bool:
    """The pattern can only match at the line start (so match() suffices).

    Read from the standard parser's tree: a top-level alternative ("^a|b") or syntax only
    the `regex` module knows counts as unanchored, which is always correct, only slower.
    """
    try:
        parsed = sre_parse.parse(matcher.regex_rules[position].pattern)
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
