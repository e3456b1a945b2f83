"""Rules compiled for matching: every rule that fires on a line, found in one scan per line.

A rule set holds hundreds of patterns, and trying each on every line would dominate the run
time. Two scans keep the per-line cost small and nearly independent of the number of rules:

- Phrase and line rules are one literal trie, anchored at the line start, run over the whole
  document at once. It is built from escaped literals only, so it cannot backtrack, and runs
  on the standard `re` engine.
- The regex rules of a matcher are RE2 Sets (RegexScan): one call per Set and line says
  which rules may match it (the Set holds each pattern with its long counted repeats unbounded,
  which keeps its DFA small), and of the flagged rules only those the Set holds loosened,
  and the markers and metadata rules (whose text after the match is read), run again,
  exactly, to confirm and find where the match ends. RE2 runs in time linear in the line
  (see cleaner/rule_regex.py). A page in a known language reads the Set of that language's
  generic rules (RuleSet.matcher_for), joined with a Set of each of its site files' own
  rules: about a tenth of the rules, whose DFA's states are smaller and fewer, and stay in
  the CPU's caches (the whole Set's, evicted by the rest of clean(), cost three times as
  much a line). A page whose language is not known reads the scan of every rule (generic
  and all sites'); each matcher takes the flags of its own rules.
- A Set holds at most SET_MAX_RULES rules; a larger scan is several Sets, each asked in turn.
  A DFA's state is the set of every pattern's threads at once: over thousands of rules and
  lines in many scripts the states outgrow RE2's memory bound, and it throws them away and
  builds them again, line after line.
"""

from __future__ import annotations

import bisect
import itertools
import re

import re2

from cleaner.normalize import normalize
from cleaner.rule_regex import SET_MAX_MEM, PatternError, compile_rule_pattern, options


# A page of lines from forty languages shuffled (20,000 lines) through the whole rule set
# (3,488 regex rules): 25 s of CPU in one Set, 9.5 s with a 1 GB memory bound, 5.0 s in Sets
# of 1,000 rules (3.9 s in Sets of 500, which cost 10 µs a line instead of 6 once warm on
# lines of one language; one Set of every rule: 2 µs, when it does not thrash).
SET_MAX_RULES = 1000


class RegexScan:
    """Regex rules in RE2 Sets of at most SET_MAX_RULES rules each; rule i is pattern i of
    the scan. A scan may join others (a language's generic rules and a site's own rules),
    reading their Sets."""

    def __init__(self, rules, sets: list[tuple[int, re2.Set]] | None = None) -> None:
        self.rules = list(rules)
        # compile_rule_pattern is cached: scans of the same rules share their patterns, each
        # compiled by RE2 when a line is first confirmed with it.
        self.patterns = [compile_rule_pattern(rule.pattern, now=False) for rule in self.rules]
        self.position = {rule.id: index for index, rule in enumerate(self.rules)}
        loose = [pattern.loose for pattern in self.patterns]
        # A flag of the Set is already the exact answer for a rule the Set holds as written;
        # it is confirmed only where the Set holds a looser pattern, or where the text after
        # the match is wanted: a marker's (a promoted headline) and a metadata field's value.
        self.confirm = [scan != pattern.translated or rule.action != "drop-line" or rule.field is not None
                        for rule, pattern, scan in zip(self.rules, self.patterns, loose)]
        # Each Set with the scan position of its first rule.
        self.sets = sets if sets is not None else [(start, _compiled_set(loose[start:start + SET_MAX_RULES]))
                                                   for start in range(0, len(loose), SET_MAX_RULES)]

    @classmethod
    def joined(cls, scans: list[RegexScan]) -> RegexScan:
        """One scan of the rules of these scans, in this order, reading their Sets."""
        if len(scans) == 1:
            return scans[0]
        rules, sets = [], []
        for scan in scans:
            sets += [(len(rules) + start, rule_set) for start, rule_set in scan.sets]
            rules += scan.rules
        return cls(rules, sets)

    def __reduce__(self):
        # An RE2 Set cannot be pickled; a rule set sent to another process rebuilds it.
        return RegexScan, (self.rules,)

    def flagged(self, line: bytes) -> list[int]:
        """Positions of the rules that may match the UTF-8 line, in rule order."""
        if len(self.sets) == 1:  # most pages: a language's Set alone, asked once a line
            found = self.sets[0][1].Match(line)
            return sorted(found) if found else []
        found = []
        for start, rule_set in self.sets:
            matched = rule_set.Match(line)
            if matched:
                found += sorted(start + position for position in matched)
        return found


def _compiled_set(patterns: list[str]) -> re2.Set:
    rule_set = re2.Set.SearchSet(options(SET_MAX_MEM))
    for pattern in patterns:
        rule_set.Add(pattern)
    try:
        rule_set.Compile()
    except re2.error:
        raise PatternError(f"{len(patterns)} patterns do not fit in an RE2 Set of "
                           f"{SET_MAX_MEM >> 20} MB") from None
    return rule_set


class Matcher:
    """The compiled form of a list of rules (generic rules plus one page's site rules)."""

    def __init__(self, rules, scan: RegexScan) -> None:
        self.phrase_rules: dict[str, tuple] = {}
        for rule in rules:
            if rule.kind != "regex":
                key = normalize(rule.pattern)
                self.phrase_rules[key] = self.phrase_rules.get(key, ()) + (rule,)
        self.scan = scan
        # The scan's positions of this matcher's regex rules; their order is the rules' order.
        self.enabled = frozenset(scan.position[rule.id] for rule in rules if rule.kind == "regex")
        # The trie matches the longest phrase at a line start; the shorter phrases it begins
        # with (at a word boundary) fire too, so that a longer site phrase never hides them.
        self.phrase_prefixes = {key: tuple(key[:end] for end in range(1, len(key))
                                           if _boundary(key[end]) and key[:end] in self.phrase_rules)
                                for key in self.phrase_rules}
        # Learned rules come after the others on a line: a shipped rule decides first.
        self.has_learned = any(rule.learned for rule in rules)
        self.phrase_scan = (
            re.compile(rf"^(?P<p>{_trie(list(self.phrase_rules))})(?=$|\W)", re.M)
            if self.phrase_rules else None
        )

    def match_lines(self, lines: list[str], lengths: list[int]) -> list[list[tuple]]:
        """For each normalised line, (rule, text after the match) for every rule that fires.

        lengths are the raw lines' lengths, which max_chars limits apply to. The text after
        the match is "" for a regex drop-line rule without a field: nothing reads it, and
        finding where the match ends would cost a second search (see RegexScan.confirm).
        """
        hits: list[list[tuple]] = [[] for _ in lines]
        document = "\n".join(lines)
        self._phrase_hits(document, lines, lengths, hits)
        rules, patterns, flagged = self.scan.rules, self.scan.patterns, self.scan.flagged
        enabled, confirm = self.enabled, self.scan.confirm
        # Encoded once for the whole document: RE2 reads UTF-8.
        for index, encoded in enumerate(document.encode("utf-8").split(b"\n")):
            for position in flagged(encoded) if encoded else ():
                rule = rules[position]
                if position in enabled and fits(rule, lengths[index] - 1) and rule.guards_allow(lines[index]):
                    if not confirm[position]:
                        hits[index].append((rule, ""))
                        continue
                    end = patterns[position].match_end(encoded)
                    if end is not None:
                        hits[index].append((rule, encoded[end:].decode("utf-8").strip()))
        if self.has_learned:
            for line_hits in hits:
                line_hits.sort(key=lambda hit: hit[0].learned)
        return hits

    def _phrase_hits(self, document, lines, lengths, hits) -> None:
        if self.phrase_scan is None:
            return
        starts = None
        for found in self.phrase_scan.finditer(document):
            starts = starts or _starts(lines)
            index = bisect.bisect_right(starts, found.start()) - 1
            for phrase in (found.group("p"), *self.phrase_prefixes[found.group("p")]):
                rest = lines[index][len(phrase):].strip(" :-|/.,;>»\"'")
                hits[index] += [(rule, rest) for rule in self.phrase_rules[phrase]
                                if (rule.kind == "phrase" or not rest) and fits(rule, lengths[index] - 1)
                                and rule.guards_allow(lines[index])]


def _starts(lines: list[str]) -> list[int]:
    """Offsets of each line in "\n".join(lines)."""
    return list(itertools.accumulate((len(line) + 1 for line in lines[:-1]), initial=0))


def _boundary(char: str) -> bool:
    """Whether a phrase may end before this character (the trie's (?=$|\\W))."""
    return not (char.isalnum() or char == "_")


def fits(rule, lower: int) -> bool:
    """Whether the rule may fire on a line longer than `lower` characters."""
    return rule.max_chars is None or rule.max_chars > lower


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
