"""Rule patterns in RE2: Unicode \\d \\w \\s, \\b rewritten where the word side is known, and
what RE2 cannot run refused. The `regex` module (a backtracking engine with Unicode classes,
the rules' engine before RE2) is the reference for what a pattern means."""

from __future__ import annotations

import regex
import pytest
from hypothesis import given, settings, strategies as st

from cleaner.matcher import RegexScan
from cleaner.normalize import normalize_lines
from cleaner.rule_regex import PatternError, compile_rule_pattern, loosened, translate
from cleaner.rules import default_rules

PATTERNS = [
    r"^(lesen sie|читаите) (auch|также)\b",  # \b after a word, at the end
    r"^.{0,20}\b(click|нажмите) (here|здесь)\b",  # \b after ^.{0,N} and at the end
    r"\b(photo|фото)s?\s*[:/]\s*[^.!?]{2,60}$",  # \b at the start of a floating pattern
    r"^(subscribe|подпишитесь)\b[^.!?]{0,15}$",  # \b before [^...]{m,n}$
    r"^(follow|следите)\b.{0,12}$",  # \b before .{m,n}$
    r"^.{0,30}\b(tikla|tıkla)\b[.!]?$",  # \b before [<punctuation>]?$
    r"^\d{1,2} (jan|يناير|января)",  # Unicode digits
    r"^by [\w.-]+( [\w.-]+){0,3}$",  # Unicode word characters inside a class
    r"^\w+\s\d+$",
    r"^[^\s/]{2,20}/ ?\S+$",
]
# Lines are built from the patterns' own words and from characters on both sides of each
# class (digits of three scripts, Unicode spaces and marks, punctuation), so that matches,
# near misses and boundaries all occur.
PIECES = ["lesen sie", "auch", "читаите", "также", "click", "here", "нажмите", "здесь", "photo",
          "фото", "s", "subscribe", "подпишитесь", "follow", "следите", "tikla", "tıkla", "jan",
          "يناير", "января", "by", "a", "x", "3", "٣", "३", "12", " ", " ", "\u00a0", "\u2003",
          "\x1c", "\u0301", "_", ".", "!", "?", ":", "/", "-", "ـ", "é"]


@settings(max_examples=600, deadline=None)
@given(st.sampled_from(PATTERNS), st.lists(st.sampled_from(PIECES), max_size=10).map("".join))
def test_translated_patterns_match_where_and_as_far_as_the_unicode_originals(pattern, line):
    translated = compile_rule_pattern(pattern)
    expected = regex.search(pattern, line)
    end = translated.match_end(line.encode("utf-8"))
    assert (end is None) == (expected is None)
    if expected:
        assert line.encode("utf-8")[:end].decode("utf-8") == line[:expected.end()]


@pytest.mark.parametrize("pattern, line", [
    (r"^(lesen sie|читаите) (auch|также)\b", "читаите также: новость"),
    (r"^\d{1,2} (jan|يناير)", "٣ يناير"),  # Arabic-Indic digit (normalisation folds it, the class need not)
    (r"^\d+ photos$", "३ photos"),  # Devanagari digit
    (r"^by \w+$", "by Müller"),
])
def test_unicode_classes_and_boundaries_match_beyond_ascii(pattern, line):
    assert compile_rule_pattern(pattern).match_end(line.encode("utf-8")) is not None


@pytest.mark.parametrize("literal", ["a\u00a0b c", "«x» — y", "tab\there", "a|b (c)"])
def test_literals_escaped_by_regex_escape_stay_literals(literal):
    """cleaner learn writes regex.escape()d text, which escapes spaces and no-break spaces
    in a way RE2 refuses; the loader turns such escapes into \\x{...}."""
    for escaped in (regex.escape(literal), regex.escape(literal, literal_spaces=True)):
        pattern = compile_rule_pattern("^" + escaped + "$")
        assert pattern.match_end(literal.encode("utf-8")) == len(literal.encode("utf-8"))
        assert pattern.match_end(literal.replace(" ", "x").encode("utf-8")) is None or " " not in literal


def test_a_trailing_boundary_ends_the_match_before_the_character_it_took():
    pattern = compile_rule_pattern(r"^(read also|اقرا ايضا)\b")
    for line in ("read also: the headline", "اقرا ايضا: العنوان"):
        end = pattern.match_end(line.encode("utf-8"))
        assert line.encode("utf-8")[end:].decode("utf-8") == line[len(line.split(":")[0]):]


@pytest.mark.parametrize("pattern, message", [
    (r"^(?=.*x)a", "lookarounds"),
    (r"a(?<!b)", "lookarounds"),
    (r"^a{1000000000}$", "above the limit"),
    (r"^(a{1001})", "above the limit"),
    (r"x\by", "\\b is supported only"),
    (r"a\Bb", "\\B is not supported"),
    (r"[\W]", "not supported inside"),
    (r"(a)\1", "RE2 cannot run it"),
])
def test_patterns_re2_cannot_run_are_refused_with_a_reason(pattern, message):
    with pytest.raises(PatternError, match=regex.escape(message)):
        compile_rule_pattern(pattern)


def test_the_scan_prefilter_only_unbinds_long_counted_repeats():
    translated, _ = translate(r"^.{0,60}x[a-z]{2,30}\d{4}y{1,9}[{]{0,20}\x{41}")
    assert loosened(translated) == r"^.*x[a-z]{2,}\p{Nd}{4}y{1,9}[{]*\x{41}"


def test_every_shipped_regex_rule_agrees_with_its_original_on_the_rule_file_tests():
    """The shipped patterns as RE2 runs them (translated, loosened into the shared Set, then
    confirmed) fire on the same normalised lines, and end at the same place, as the original
    patterns under the `regex` module do, over every line of every rule-file test."""
    rules = default_rules()
    scan = RegexScan(rules.regex_rules())
    lines = {line for test in rules.tests for text in (test.raw, test.expected)
             for line in normalize_lines(text.split("\n")) if line}
    assert len(scan.sets) > 1  # the whole rule set is read in several Sets, each flagging its own
    originals = _compiled_originals(scan.rules)
    compared = 0
    for line in sorted(lines):
        encoded = line.encode("utf-8")
        flagged = set(scan.flagged(encoded))
        for position, rule in enumerate(scan.rules):
            original = originals[position].search(line)
            expected = original and rule.guards_allow(line)
            end = scan.patterns[position].match_end(encoded) if position in flagged else None
            found = end is not None and rule.guards_allow(line)
            assert found == bool(expected), (rule.id, line)
            if found:
                assert encoded[end:].decode("utf-8") == line[original.end():]
                compared += 1
    assert compared > 100


def test_a_rule_the_set_holds_as_written_fires_on_its_flag_exactly_where_its_pattern_matches():
    """A drop-line rule without a field is taken at the Set's word, with no second search when
    the Set holds its pattern as written: over every line of every rule-file test, each
    generic regex rule fires where the original pattern (under the `regex` module) matches
    and its guards allow, and nowhere else."""
    rules = default_rules()
    matcher = rules.matcher_for(())
    scan = matcher.scan
    lines = sorted({line for test in rules.tests for text in (test.raw, test.expected)
                    for line in normalize_lines(text.split("\n")) if line})
    # Lengths of 0: every max_chars limit allows the line, so only the patterns are compared.
    hits = matcher.match_lines(lines, [0] * len(lines))
    originals = _compiled_originals(scan.rules)
    unconfirmed = 0
    for line, line_hits in zip(lines, hits):
        fired = {rule.id for rule, _ in line_hits}
        for position in matcher.enabled:
            rule = scan.rules[position]
            expected = bool(originals[position].search(line)) and rule.guards_allow(line)
            assert (rule.id in fired) == expected, (rule.id, line)
            unconfirmed += expected and not scan.confirm[position]
    assert unconfirmed > 50


@pytest.mark.parametrize("language", ["en", "de", "ar", "zh"])
def test_a_language_matcher_scans_only_its_rules_and_fires_as_the_whole_scan_does(language):
    """The generic rules of a language have a Set of their own (a smaller DFA, read faster),
    which fires, over every line of every rule-file test, exactly where the matcher of every
    rule fires with the rules of that language. A site's matcher in a language reads that
    Set joined with a Set of the site's own rules, and fires as the site's matcher of every
    rule does with the rules of that language."""
    rules = default_rules()
    lines = sorted({line for test in rules.tests for text in (test.raw, test.expected)
                    for line in normalize_lines(text.split("\n")) if line})
    for sites in ((), rules.sites[:1], rules.sites):
        scoped, everything = rules.matcher_for(sites, language), rules.matcher_for(sites)
        generic = [rule for rule in rules.generic if rule.kind == "regex" and rule.fires_on(language)]
        assert scoped.scan.rules == generic + [rule for site in sites for rule in site.rules if rule.kind == "regex"]
        assert len(scoped.scan.rules) < len(everything.scan.rules) / 4
        found = scoped.match_lines(lines, [0] * len(lines))
        expected = [[(rule, rest) for rule, rest in hits if rule.fires_on(language)]
                    for hits in everything.match_lines(lines, [0] * len(lines))]
        assert found == expected
        assert sum(map(len, found)) > 20
    # The language's Set is built once and read by every site's matcher in that language.
    language_sets = rules.matcher_for((), language).scan.sets
    assert rules.matcher_for(rules.sites, language).scan.sets[:len(language_sets)] == language_sets


def test_every_shipped_pattern_compiles():
    """The shipped patterns are compiled when first used, not at load (cleaner/rules.py): one
    RE2 could not compile would fail every page that flags it, so each is compiled here."""
    rules = default_rules()
    patterns = [*(compile_rule_pattern(rule.pattern, now=False) for rule in rules.regex_rules()),
                *(pattern for site in rules.sites for pattern in site.fingerprints)]
    assert len(patterns) > 1000
    for pattern in patterns:
        # Compiling raises PatternError where RE2 cannot; each trailing \b's group is found.
        assert len(pattern.end_groups) == len(pattern.end_group_names) == pattern.translated.count("(?P<cleaner_end")


def _compiled_originals(rules) -> list:
    """Each rule's original pattern compiled once: the shipped rules outnumber the `regex`
    module's cache of 500 patterns, and searching by pattern string recompiled every one on
    every line (four minutes for these tests instead of seconds)."""
    return [regex.compile(rule.pattern) for rule in rules]
