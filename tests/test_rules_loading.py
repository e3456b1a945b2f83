"""Rule files are data validated on load: every mistake is an error naming the file, the line
and the rule; regexes run in RE2, so none can hang a run or be cut short by a timeout."""

import subprocess
import sys
from pathlib import Path

import pytest

from cleaner import RuleError, clean, load_rules

GOOD_RULE = '''
[[rule]]
id = "my.promo"
kind = "phrase"
pattern = "Sponsored by"
action = "drop-line"
why = "Advertiser credit."
'''


def write_rules(root: Path, name: str, text: str, section: str = "sites") -> Path:
    folder = root / section
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return root


def regex_rule(pattern: str) -> str:
    """GOOD_RULE as a regex rule with this pattern (written into a TOML literal string)."""
    return GOOD_RULE.replace('kind = "phrase"\npattern = "Sponsored by"', f"kind = \"regex\"\npattern = '{pattern}'")


def site_file(extra: str = "", rule: str = GOOD_RULE) -> str:
    return f'site = "example.com"\ndomains = ["example.com"]\n{extra}\n{rule}'


@pytest.mark.parametrize("bad, message", [
    (GOOD_RULE.replace('why = "Advertiser credit."', 'why = "x"\ncolour = "red"'), "unknown key 'colour'"),
    (GOOD_RULE.replace('kind = "phrase"', 'kind = "magic"'), "kind 'magic' is not one of"),
    (GOOD_RULE.replace('action = "drop-line"', 'action = 3'), "'action' must be str"),
    (GOOD_RULE.replace('why = "Advertiser credit."', ''), "missing required key 'why'"),
    (GOOD_RULE.replace('kind = "phrase"\npattern = "Sponsored by"', 'kind = "regex"\npattern = "(unclosed"'),
     "bad regex"),
    (GOOD_RULE.replace('kind = "phrase"\npattern = "Sponsored by"', 'kind = "regex"\npattern = "^Sponsored"'),
     "match normalised text"),
    (GOOD_RULE.replace('pattern = "Sponsored by"', 'pattern = "Sponsored\\nby"'), "cannot hold a line break"),
    (regex_rule("^a{1000000000}$"), "repeat count {1000000000} is above the limit"),
    (regex_rule("^(?=.*x)sponsored"), "unless_ends_with / unless_contains"),
    (regex_rule("a\\bb"), "\\b is supported only"),
    (regex_rule("(a)\\1"), "RE2 cannot run it"),
    # RE2 parses it; only compiling finds the program too large: a user's rules compile at load.
    (regex_rule("^[^\\p{L}]{0,1000}x"), "pattern too large"),
    (GOOD_RULE.replace('why = "Advertiser credit."', 'why = "x"\nunless_ends_with = "."'),
     "'unless_ends_with' must be list"),
    (GOOD_RULE.replace('why = "Advertiser credit."', 'why = "x"\nunless_contains = [""]'),
     "'unless_contains' must be a list of non-empty strings"),
    (GOOD_RULE.replace('why = "Advertiser credit."', 'why = "x"\nearly_tail = true'),
     "early_tail is for action 'cut'"),
    (GOOD_RULE.replace('why = "Advertiser credit."', 'why = "x"\nunless_over_prose = true'),
     "unless_over_prose is for action 'cut'"),
    (GOOD_RULE.replace('why = "Advertiser credit."', 'why = "x"\nlist_box = true'),
     "list_box is for action 'cut'"),
    (GOOD_RULE.replace('why = "Advertiser credit."', 'why = "x"\nrelative_time = true'),
     "relative_time is for a metadata rule of field 'date'"),
    (GOOD_RULE.replace('action = "drop-line"', 'action = "cut"').replace('why = "Advertiser credit."',
                                                                         'why = "x"\nsign_up_field = true'),
     "sign_up_field is for action 'drop-line'"),
])
def test_a_bad_rule_is_reported_with_file_line_and_rule(tmp_path, bad, message):
    root = write_rules(tmp_path, "example.com.toml", site_file(rule=bad))
    with pytest.raises(RuleError) as error:
        load_rules(root)
    text = str(error.value)
    assert "example.com.toml:" in text and message in text
    assert "my.promo" in text or "unknown key" in text


def test_invalid_toml_names_the_file_and_position(tmp_path):
    root = write_rules(tmp_path, "broken.toml", 'site = "x"\nfoo = = 2\ndomains = ["x.org"]\n', section="sites")
    with pytest.raises(RuleError, match=r"broken\.toml: not valid TOML.*line"):
        load_rules(root)


def test_duplicate_ids_across_files_are_refused(tmp_path):
    write_rules(tmp_path, "a.com.toml", site_file().replace("example.com", "a.com"))
    root = write_rules(tmp_path, "b.com.toml", site_file().replace("example.com", "b.com"))
    with pytest.raises(RuleError, match="already used"):
        load_rules(root)


def test_site_rules_apply_by_url_and_can_disable_generic_rules(tmp_path):
    text = "Sponsored by Acme\nThe council voted on Tuesday to close the old bridge to cars from next month, officials said.\nRead more: Bridge closure dates"
    root = write_rules(tmp_path, "example.com.toml", site_file('disable = ["en.read-more"]'))
    rules = load_rules(root)
    on_site = clean(text, "https://www.example.com/news/1", rules=rules)
    elsewhere = clean(text, "https://other.org/news/1", rules=rules)
    assert "Sponsored by Acme" not in on_site.text and "Read more: Bridge closure dates" in on_site.text
    assert "Sponsored by Acme" in elsewhere.text
    assert on_site.metadata["site"] == "example.com"
    assert [r.rule_id for r in on_site.removals] == ["my.promo"]


def test_site_rules_apply_by_text_fingerprint_when_there_is_no_url(tmp_path):
    body = "The council voted on Tuesday to close the old bridge to cars from next month, officials said."
    root = write_rules(tmp_path, "acme.toml", 'site = "acme"\nfingerprints = ["Acme News Network ©"]\n' + GOOD_RULE)
    rules = load_rules(root)
    with_print = clean(f"Sponsored by Acme\n{body}\nAcme News Network © 2025", rules=rules)
    without = clean(f"Sponsored by Acme\n{body}", rules=rules)
    assert with_print.text == body
    assert "Sponsored by Acme" in without.text


def test_a_regex_that_backtracks_exponentially_elsewhere_still_fires_on_every_line(tmp_path):
    # Under a backtracking engine (a|a)*b tries 2**40 ways on each line before ^a+$ matches;
    # with a timeout the rule silently missed every line. RE2 answers in linear time.
    rule = regex_rule("^(a|a)*b|^a+$")
    root = write_rules(tmp_path, "example.com.toml", site_file(rule=rule))
    body = "The council voted on Tuesday to close the old bridge to cars from next month, officials said."
    result = clean("\n".join([body] + ["a" * 40] * 20), "https://example.com/x", rules=load_rules(root))
    assert result.text == body
    assert [(r.first_line, r.last_line, r.rule_id) for r in result.removals] == [(2, 21, "my.promo")]


def test_unless_keys_keep_a_rule_off_lines_that_end_with_or_contain_their_strings(tmp_path):
    rule = regex_rule("^sponsored by") + 'unless_ends_with = [".", "!"]\nunless_contains = ["|"]\n'
    root = write_rules(tmp_path, "example.com.toml", site_file(rule=rule))
    body = "The council voted on Tuesday to close the old bridge to cars from next month, officials said."
    lines = ["Sponsored by Acme", "Sponsored by Acme.", "Sponsored by Acme!", "Sponsored by Acme | Ads"]
    result = clean("\n".join([body, *lines]), "https://example.com/x", rules=load_rules(root))
    assert [r.text for r in result.removals] == ["Sponsored by Acme"]


def test_a_long_counted_repeat_fires_only_where_the_exact_pattern_matches(tmp_path):
    # The shared Set holds x{0,12} as x* (its DFA stays small) and flags "Ad" with 20 x's
    # too; such a flag is checked against the exact pattern, unlike one of a pattern the Set
    # holds as written.
    root = write_rules(tmp_path, "example.com.toml", site_file(rule=regex_rule("^ad x{0,12}$")))
    body = "The council voted on Tuesday to close the old bridge to cars from next month, officials said."
    lines = ["Ad " + "x" * 12, "Ad " + "x" * 20]
    result = clean("\n".join([body, *lines]), "https://example.com/x", rules=load_rules(root))
    assert [r.text for r in result.removals] == [lines[0]]


def test_shipped_rules_all_have_ids_kinds_actions_and_reasons():
    from cleaner import default_rules

    rules = default_rules()
    assert len(rules.generic) > 100
    languages = {rule.id.split(".")[0] for rule in rules.generic}
    assert {"ar", "en", "fr", "es", "de", "ru", "tr", "fa"} <= languages
    assert all(rule.why and rule.pattern for rule in rules.generic)


def test_a_rule_set_survives_pickling_with_its_compiled_scan():
    """A RuleSet goes to worker processes (a spawned pool, a datatrove executor) by pickle;
    the RE2 Set it holds is rebuilt on the other side."""
    import pickle

    from cleaner import default_rules

    rules = default_rules()
    text = "Read more: Harbour plan\n" + "The council voted on Tuesday to close the old bridge to cars, officials said.\n" * 3
    copy = pickle.loads(pickle.dumps(rules))
    removals = clean(text, rules=rules).removals
    assert removals and clean(text, rules=copy).removals == removals


EARLY = '''
[[rule]]
id = "my.thread"
kind = "phrase"
pattern = "Thread opens"
action = "cut"
why = "A thread's opening line."
'''
SUMMARY = ["Ferry operator fined for late sailings",
           "The regulator fined the ferry operator on Monday after a third of its sailings left late last winter."]
COMMENTS = ["Thread opens",
            "I sat on that ferry for three hours in January and nobody on board told us anything about the delay.",
            "They will pass the fine on to the passengers in next year's fares, as they did the last time."]


def test_an_early_tail_marker_ends_even_a_one_paragraph_story(tmp_path):
    root = write_rules(tmp_path, "thread.toml", 'language = "*"\n' + EARLY.replace('action = "cut"', 'action = "cut"\nearly_tail = true'),
                       section="generic")
    result = clean("\n".join([*SUMMARY, *COMMENTS]), rules=load_rules(root, with_defaults=False))
    assert result.text == "\n".join(SUMMARY)


def test_trap_a_cut_marker_under_a_short_story_with_more_prose_after_it_drops_only_its_line(tmp_path):
    # Without early_tail the marker may be a count under the headline: the story goes on.
    root = write_rules(tmp_path, "thread.toml", 'language = "*"\n' + EARLY, section="generic")
    result = clean("\n".join([*SUMMARY, *COMMENTS]), rules=load_rules(root, with_defaults=False))
    assert result.text == "\n".join([*SUMMARY, *COMMENTS[1:]])


def test_the_shipped_rules_load_parsed_and_compile_a_pattern_when_it_is_first_asked():
    """Loading the shipped rules parses their patterns and compiles none (the test suite
    compiles every one, tests/test_rule_regex.py); cleaning a page compiles the few its
    flagged lines are confirmed with, and builds no scan of every rule. A fresh process,
    since patterns are cached per process."""
    script = """
from cleaner.rules import default_rules
from cleaner.rule_regex import compile_rule_pattern
from cleaner import clean
rules = default_rules()
patterns = [compile_rule_pattern(rule.pattern, now=False) for rule in rules.generic if rule.kind == "regex"]
print(len(patterns), sum("compiled" in pattern.__dict__ for pattern in patterns))
clean("Councillors approved the harbour plan on Tuesday, after a long meeting.\\nTags: harbour, council\\n")
print(sum("compiled" in pattern.__dict__ for pattern in patterns), "regex_scan" in rules.__dict__)
"""
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    (total, at_load), (after_a_page, whole_scan_built) = (line.split() for line in done.stdout.split("\n")[:2])
    assert int(total) > 1000 and int(at_load) == 0
    assert 0 < int(after_a_page) < 20
    # An English page reads a Set of the English rules: the Set of every rule is never built.
    assert whole_scan_built == "False"
