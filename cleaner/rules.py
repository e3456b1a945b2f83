"""Load and validate rule files (TOML) into a compiled, immutable RuleSet.

A rule file is data: it is parsed with tomllib, checked against the schema below, and its
regexes are translated to RE2 and parsed (cleaner/rule_regex.py; a user's are compiled too,
the shipped ones when first used), so every one runs in time linear in the text. Nothing in
a rule file is evaluated or imported. The format is documented in docs/rules.md.
"""

from __future__ import annotations

import functools
import hashlib
import os
import tomllib
from dataclasses import dataclass, field, replace
from importlib.resources import files
from importlib.resources.abc import Traversable
from pathlib import Path
from urllib.parse import urlsplit

import re

from cssselect import HTMLTranslator, SelectorError
from lxml import etree

from cleaner.matcher import Matcher, RegexScan
from cleaner.normalize import normalize
from cleaner.rule_regex import PatternError, RulePattern, compile_rule_pattern

# The shipped rules are package data, read through importlib.resources so that a wheel,
# a zipped install and an editable checkout all find them.
DEFAULT_RULES_DIR: Traversable = files("cleaner.rules_data")


KINDS = {"phrase", "line", "regex"}
# A site's text fingerprints are looked for in this many first characters of a page.
FINGERPRINT_PROBE = 200_000
ACTIONS = {"cut", "drop-line", "drop-block", "metadata"}
POSITIONS = {"any", "head", "tail", "outside"}
METADATA_FIELDS = {"source", "byline", "date", "tags", "site", "credit", "title"}

_RULE_KEYS = {
    "id": str, "kind": str, "pattern": str, "action": str, "why": str,
    "field": str, "position": str, "max_chars": int, "learned": bool, "languages": list,
    "unless_ends_with": list, "unless_contains": list, "skip_first_line": bool, "early_tail": bool,
    "unless_over_prose": bool, "sign_up_field": bool, "list_box": bool,
    "relative_time": bool,
}
_RULE_REQUIRED = ("id", "kind", "pattern", "action", "why")
_TEST_KEYS = {"name": str, "raw": str, "expected": str, "url": str}
_FILE_KEYS = {
    "generic": {"language": str, "description": str, "companions": list, "rule": list, "test": list},
    "sites": {
        "site": str, "description": str, "domains": list, "fingerprints": list,
        "disable": list, "learned": bool, "rule": list, "test": list,
        "remove_selectors": list,
    },
}


class RuleError(ValueError):
    """A rule file that cannot be used; the message names the file, line and rule."""


@dataclass(frozen=True)
class Rule:
    id: str
    kind: str  # phrase: the line starts with the phrase; line: the line is the phrase; regex
    pattern: str
    action: str  # cut | drop-line | drop-block | metadata
    why: str
    field: str | None = None  # metadata field the line's text is recorded under
    position: str = "any"  # any | head | tail | outside (head or tail): where the rule may fire
    max_chars: int | None = None  # the matched line may be at most this long
    learned: bool = False
    source: str = ""  # file the rule came from
    # The rule does not fire on a (normalised) line that ends with / contains one of these.
    unless_ends_with: tuple[str, ...] = ()
    unless_contains: tuple[str, ...] = ()
    # The rule never fires on the document's first non-blank line (its headline, if it has one).
    skip_first_line: bool = False
    # A cut marker that ends the article even right under a short one, where a marker with
    # more prose after it than article before it is taken for a count under the headline.
    early_tail: bool = False
    # A cut marker that is also an article's own sub-heading ("Réactions" over politicians'
    # quotes): it ends nothing, and stays, when paragraphs of prose stand right under it.
    unless_over_prose: bool = False
    # A cut heading over a list of other stories' headlines ("Most read"): set inside the
    # article by the page's layout, with the article's prose going on under its numbered or
    # timed list, the box alone goes (heuristics.article_goes_on_under_list).
    list_box: bool = False
    # A date rule that reads a time relative to now ("il y a 8 h", "3 giờ trước"): a feed dates
    # its cards so, beside their outlet ("Actu Bretagne · il y a 8 h"; heuristics.card_credits),
    # where an article's own entries carry a date, a clock time or an age.
    relative_time: bool = False
    # A drop-line rule for a sign-up box's field or consent line ("Your e-mail", "By signing up
    # you agree ..."): the box's other short lines around it go too (generic.sign-up-box).
    sign_up_field: bool = False
    # Documents the rule fires on, by detected language; empty: every document. A generic
    # file's rules take its `language` ("*": every language); a rule may list more.
    languages: frozenset[str] = frozenset()

    def guards_allow(self, line: str) -> bool:
        """Whether the unless_* keys let the rule fire on this normalised line."""
        return not (self.unless_ends_with and line.endswith(self.unless_ends_with)
                    or any(text in line for text in self.unless_contains))

    def fires_on(self, language: str | None) -> bool:
        """Whether the rule applies to a document in this language (None: not known)."""
        return not self.languages or language is None or language in self.languages


@dataclass(frozen=True)
class RuleTest:
    name: str
    raw: str
    expected: str
    url: str | None
    source: str  # file the test came from


@dataclass(frozen=True)
class SiteRules:
    name: str
    domains: tuple[str, ...]
    fingerprints: tuple[RulePattern, ...]
    disable: frozenset[str]
    rules: tuple[Rule, ...]
    learned: bool
    source: str
    # XPath expressions (CSS selectors already translated) of page parts to drop before
    # HTML extraction; only the HTML path reads them.
    remove_selectors: tuple[str, ...] = ()

    def matches_url(self, url: str | None) -> bool:
        host = host_of(url)
        return bool(host) and any(host == d or host.endswith("." + d) for d in self.domains)

    def matches_text(self, probe: bytes) -> bool:
        """Whether a fingerprint is in the page's probe: its first FINGERPRINT_PROBE
        characters in UTF-8, which RE2 reads (site_for encodes them once for every site)."""
        return any(p.compiled.search(probe) for p in self.fingerprints)


@dataclass(frozen=True)
class RuleSet:
    generic: tuple[Rule, ...]
    sites: tuple[SiteRules, ...]
    tests: tuple[RuleTest, ...]
    version: str  # hash of every loaded file, for resumable batch manifests
    _matchers: dict = field(default_factory=dict, compare=False, repr=False)
    _scans: dict = field(default_factory=dict, compare=False, repr=False)

    @functools.cached_property
    def regex_scan(self) -> RegexScan:
        """Every regex rule of the set (generic, then each site's) in one scan, which the
        matchers of pages whose language is not known share."""
        return RegexScan(self.regex_rules())

    def regex_rules(self) -> list[Rule]:
        return [r for r in (*self.generic, *(r for s in self.sites for r in s.rules)) if r.kind == "regex"]

    @functools.cached_property
    def lexicon_languages(self) -> frozenset[str]:
        """The languages some generic rule is scoped to. A page in any other language has no
        lexicon of its own, so every rule applies to it (English chrome on an Estonian page)."""
        return frozenset().union(*(rule.languages for rule in self.generic))

    def site_for(self, url: str | None, text: str) -> tuple[SiteRules, ...]:
        """Site files that apply: by URL domain, else (no URL) by text fingerprint."""
        if url:
            return tuple(s for s in self.sites if s.matches_url(url))
        fingerprinted = [s for s in self.sites if s.fingerprints]
        probe = text[:FINGERPRINT_PROBE].encode("utf-8") if fingerprinted else b""
        return tuple(s for s in fingerprinted if s.matches_text(probe))

    def matcher_for(self, sites: tuple[SiteRules, ...], language: str | None = None) -> Matcher:
        """The compiled matcher for generic rules plus these sites' rules, for a document in
        this language (None: unknown, every rule), built once."""
        if language not in self.lexicon_languages:
            language = None
        key = (tuple(s.source for s in sites), language)
        if key not in self._matchers:
            disabled = frozenset().union(*(s.disable for s in sites))
            rules = [r for r in self.generic if r.id not in disabled]
            rules += [r for s in sites for r in s.rules]
            rules = [r for r in rules if r.fires_on(language)]
            # A language's generic rules are a tenth of the set: Sets of their own are read
            # faster (cleaner/matcher.py), and do not thrash where the whole set's would, on a
            # batch of one site's pages in many languages (17 times as slow). A site's own
            # rules are a Set of their own, joined to the language's, so that each is
            # compiled once, not once for every pair.
            if language is None:
                scan = self.regex_scan
            else:
                scan = RegexScan.joined([
                    self._scan(("language", language), (r for r in self.generic if r.fires_on(language))),
                    *(self._scan(("site", s.source), s.rules) for s in sites)])
            self._matchers[key] = Matcher(rules, scan)
        return self._matchers[key]

    def _scan(self, key: tuple[str, str], rules) -> RegexScan:
        """The scan of these rules' regex rules, built once per key."""
        if key not in self._scans:
            self._scans[key] = RegexScan(r for r in rules if r.kind == "regex")
        return self._scans[key]


def host_of(url: str | None) -> str:
    """The URL's host, lower case, without a leading "www."."""
    if not url:
        return ""
    if "//" not in url:
        url = "//" + url
    try:
        host = (urlsplit(url).hostname or "").lower()
    except ValueError:  # "http://[": no host can be read from it
        return ""
    return host[4:] if host.startswith("www.") else host


# ---------------------------------------------------------------- loading and validation


def default_rules() -> RuleSet:
    """The rules shipped inside the package (rules/, installed as cleaner.rules_data; cached per process)."""
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = load_rules(DEFAULT_RULES_DIR, with_defaults=False)
    return _DEFAULT


_DEFAULT: RuleSet | None = None


def load_rules(*directories: str | Path, with_defaults: bool = True) -> RuleSet:
    """Load rule directories (each with generic/ and/or sites/ below it) into one RuleSet.

    With with_defaults (the default) the shipped rules come first, so a user's directory
    adds site files and lexicons to them; pass with_defaults=False to use only your own.
    """
    roots: list[Traversable] = [Path(d) for d in directories]
    if with_defaults and not any(is_shipped_rules_dir(root) for root in roots):
        roots.insert(0, DEFAULT_RULES_DIR)
    generic: list[Rule] = []
    sites: list[SiteRules] = []
    tests: list[RuleTest] = []
    companions: dict[str, set[str]] = {}
    digest = hashlib.sha256()
    for root in roots:
        if not root.is_dir():
            raise RuleError(f"{root}: rules directory not found")
        rule_files = _rule_files(root)
        if not rule_files:
            raise RuleError(f"{root}: no rule files under generic/ or sites/")
        for section, path in rule_files:
            data = path.read_bytes()
            digest.update(path.name.encode() + b"\0" + data)
            file_rules, site, file_tests, file_companions = _load_file(path, _utf8(path, data), section,
                                                                       is_shipped_rules_dir(root))
            tests += file_tests
            if site is None:
                generic += file_rules
            else:
                sites.append(site)
            for language, companion in file_companions:
                companions.setdefault(companion, set()).add(language)
    generic = [_adopted(rule, companions) for rule in generic]
    _check_unique_ids(generic + [r for s in sites for r in s.rules])
    ruleset = RuleSet(tuple(generic), tuple(sites), tuple(tests), digest.hexdigest()[:16])
    if not all(is_shipped_rules_dir(root) for root in roots):
        _check_combined_patterns(ruleset)
    return ruleset


def _adopted(rule: Rule, adopters: dict[str, set[str]]) -> Rule:
    """The rule, firing also on the pages of the languages whose lexicon names one of its
    languages among its `companions` (a Kyrgyz site's interface is often Russian)."""
    extra = frozenset().union(*(adopters.get(language, ()) for language in rule.languages))
    return replace(rule, languages=rule.languages | extra) if extra - rule.languages else rule


def is_shipped_rules_dir(directory: Traversable) -> bool:
    """Whether a directory is the package's own rule directory (however it is spelled)."""
    return os.path.realpath(str(directory)) == os.path.realpath(str(DEFAULT_RULES_DIR))


def _rule_files(root: Traversable) -> list[tuple[str, Traversable]]:
    """(section, file) for every generic/*.toml, then every sites/*.toml, each sorted by name."""
    found = []
    for section in ("generic", "sites"):
        folder = root / section
        if folder.is_dir():
            tomls = (f for f in folder.iterdir() if f.name.endswith(".toml") and f.is_file())
            found += [(section, f) for f in sorted(tomls, key=lambda f: f.name)]
    return found


def _check_combined_patterns(ruleset: RuleSet) -> None:
    """Build Sets of a user's rules with the shipped ones now, and let them go, so that rules
    too large for RE2's memory bound are reported at load time rather than by the first
    document (as far as these Sets tell: pages read the rules in other groups). The shipped
    rules' Sets are built by the test suite, and when a document first needs them."""
    try:
        RegexScan(ruleset.regex_rules())
    except PatternError as exc:
        raise RuleError(f"regex rules cannot be combined: {exc}") from None


def _utf8(path: Traversable, data: bytes) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise RuleError(f"{path}:{line}: not UTF-8 text: byte 0x{data[exc.start]:02x} "
                        f"({exc.reason}); rule files are UTF-8") from None


def _load_file(path: Traversable, text: str, section: str, shipped: bool):
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise RuleError(f"{path}: not valid TOML: {exc}") from None
    where = _Where(path, text, shipped)
    _check_keys(data, _FILE_KEYS[section], where, "file")
    learned_file = bool(data.get("learned", False))
    language = data.get("language", "*") if section == "generic" else "*"
    file_languages = frozenset() if language == "*" else frozenset({language})
    rules = tuple(_load_rule(entry, where, learned_file, file_languages) for entry in data.get("rule", []))
    tests = [_load_test(entry, where, n) for n, entry in enumerate(data.get("test", []), 1)]
    if section == "generic":
        return rules, None, tests, _companions(data, where, language)
    for key in ("domains", "fingerprints", "disable", "remove_selectors"):
        for item in data.get(key, []):
            if not isinstance(item, str):
                raise RuleError(f"{where.at(key)}: '{key}' must be a list of strings")
    if not data.get("domains") and not data.get("fingerprints"):
        raise RuleError(f"{path}: a site file needs 'domains' or 'fingerprints'")
    if learned_file and data.get("disable"):
        raise RuleError(f"{where.at('disable')}: a learned rule file adds rules and cannot "
                        "disable shipped ones; move 'disable' into a hand-written site file")
    site = SiteRules(
        name=data.get("site", path.name.removesuffix(".toml")),
        domains=tuple(d.lower().removeprefix("www.") for d in data.get("domains", [])),
        fingerprints=tuple(_compile(p, where, "fingerprints") for p in data.get("fingerprints", [])),
        disable=frozenset(data.get("disable", [])),
        rules=rules,
        learned=learned_file,
        source=str(path),
        remove_selectors=tuple(_selector_xpath(s, where) for s in data.get("remove_selectors", [])),
    )
    return rules, site, tests, []


def _companions(data: dict, where: "_Where", language: str) -> list[tuple[str, str]]:
    """(language, companion) for a lexicon's `companions`: the languages whose rules also fire
    on its pages, as a page in a language with no lexicon gets every language's."""
    names = data.get("companions", [])
    if not names:
        return []
    if language == "*":
        raise RuleError(f"{where.at('companions')}: 'companions' needs the file's 'language'")
    if not all(isinstance(name, str) and name and name != "*" for name in names):
        raise RuleError(f"{where.at('companions')}: 'companions' must be a list of language codes")
    return [(language, name) for name in names]


def _selector_xpath(selector: str, where: "_Where") -> str:
    """A remove_selectors entry as XPath: "/" or "(" starts XPath, anything else is CSS."""
    if selector.startswith(("/", "(")):
        expression = selector
    else:
        try:
            expression = HTMLTranslator().css_to_xpath(selector, prefix="descendant-or-self::")
        except SelectorError as exc:
            raise RuleError(f"{where.at(selector)}: bad CSS selector {selector!r}: {exc}") from None
    try:
        etree.XPath(expression)
    except etree.XPathSyntaxError as exc:
        raise RuleError(f"{where.at(selector)}: bad XPath {selector!r}: {exc}") from None
    return expression


def _load_rule(entry, where: "_Where", learned_file: bool, file_languages: frozenset[str]) -> Rule:
    if not isinstance(entry, dict):
        raise RuleError(f"{where.path}: every [[rule]] must be a table")
    rule_id = entry.get("id", "?")
    label = f"rule '{rule_id}'"
    _check_keys(entry, _RULE_KEYS, where, label, anchor=rule_id)
    for key in _RULE_REQUIRED:
        if key not in entry:
            raise RuleError(f"{where.at(rule_id)}: {label}: missing required key '{key}'")
    checks = (
        ("kind", KINDS), ("action", ACTIONS), ("position", POSITIONS),
    )
    for key, allowed in checks:
        if key in entry and entry[key] not in allowed:
            raise RuleError(
                f"{where.at(rule_id)}: {label}: {key} '{entry[key]}' is not one of {sorted(allowed)}"
            )
    if not entry["why"].strip():
        raise RuleError(f"{where.at(rule_id)}: {label}: 'why' must say why the rule exists")
    if (entry["action"] == "metadata" or "field" in entry) and entry.get("field") not in METADATA_FIELDS:
        raise RuleError(
            f"{where.at(rule_id)}: {label}: action 'metadata' needs field = one of "
            f"{sorted(METADATA_FIELDS)}"
        )
    if entry.get("early_tail") and entry["action"] != "cut":
        raise RuleError(f"{where.at(rule_id)}: {label}: early_tail is for action 'cut' (a marker that ends the article)")
    if entry.get("list_box") and entry["action"] != "cut":
        raise RuleError(f"{where.at(rule_id)}: {label}: list_box is for action 'cut' (a box's heading that ends the article)")
    if entry.get("relative_time") and (entry["action"], entry.get("field")) != ("metadata", "date"):
        raise RuleError(f"{where.at(rule_id)}: {label}: relative_time is for a metadata rule of field 'date'")
    if entry.get("unless_over_prose") and entry["action"] != "cut":
        raise RuleError(f"{where.at(rule_id)}: {label}: unless_over_prose is for action 'cut' (a heading that ends the article)")
    if entry.get("sign_up_field") and entry["action"] != "drop-line":
        raise RuleError(f"{where.at(rule_id)}: {label}: sign_up_field is for action 'drop-line' (a box's field line)")
    for key in ("unless_ends_with", "unless_contains"):
        if not all(isinstance(item, str) and item for item in entry.get(key, [])):
            raise RuleError(f"{where.at(rule_id)}: {label}: '{key}' must be a list of non-empty strings")
    if entry["kind"] == "regex":
        _compile(entry["pattern"], where, rule_id)
        if re.search(r"\\[AZz]", entry["pattern"]):
            raise RuleError(f"{where.at(rule_id)}: rule '{rule_id}': patterns run on each line; "
                            "anchor with ^ and $, not \\A or \\Z")
        _check_normalised_regex(entry["pattern"], where, rule_id)
    elif not normalize(entry["pattern"]):
        raise RuleError(f"{where.at(rule_id)}: {label}: empty pattern")
    elif any(char in entry["pattern"] for char in "\n\r"):
        raise RuleError(f"{where.at(rule_id)}: {label}: a pattern matches within one line; "
                        "it cannot hold a line break")
    languages = entry.get("languages", [])
    if not all(isinstance(code, str) and code for code in languages):
        raise RuleError(f"{where.at(rule_id)}: {label}: 'languages' must be a list of language codes")
    return Rule(
        id=rule_id,
        kind=entry["kind"],
        pattern=entry["pattern"],
        action=entry["action"],
        why=entry["why"].strip(),
        field=entry.get("field"),
        position=entry.get("position", "any"),
        max_chars=entry.get("max_chars"),
        learned=entry.get("learned", learned_file),
        source=str(where.path),
        unless_ends_with=tuple(entry.get("unless_ends_with", ())),
        unless_contains=tuple(entry.get("unless_contains", ())),
        skip_first_line=entry.get("skip_first_line", False),
        early_tail=entry.get("early_tail", False),
        unless_over_prose=entry.get("unless_over_prose", False),
        list_box=entry.get("list_box", False),
        relative_time=entry.get("relative_time", False),
        sign_up_field=entry.get("sign_up_field", False),
        languages=frozenset() if "*" in languages else file_languages | frozenset(languages),
    )


def _load_test(entry, where: "_Where", number: int) -> RuleTest:
    if not isinstance(entry, dict):
        raise RuleError(f"{where.path}: every [[test]] must be a table")
    name = entry.get("name", f"test {number}")
    _check_keys(entry, _TEST_KEYS, where, f"test '{name}'", anchor=name)
    for key in ("raw", "expected"):
        if key not in entry:
            raise RuleError(f"{where.at(name)}: test '{name}': missing required key '{key}'")
    return RuleTest(name, entry["raw"], entry["expected"], entry.get("url"), str(where.path))


def _check_keys(entry: dict, schema: dict, where: "_Where", label: str, anchor: str = "") -> None:
    for key, value in entry.items():
        if key not in schema:
            raise RuleError(f"{where.at(anchor or key)}: {label}: unknown key '{key}'")
        if not isinstance(value, schema[key]) or (schema[key] is int and isinstance(value, bool)):
            raise RuleError(
                f"{where.at(anchor or key)}: {label}: '{key}' must be {schema[key].__name__}, "
                f"not {type(value).__name__}"
            )


def _compile(pattern: str, where: "_Where", label: str) -> RulePattern:
    try:
        return compile_rule_pattern(pattern, now=not where.shipped)
    except PatternError as exc:
        raise RuleError(f"{where.at(label)}: '{label}': bad regex {pattern!r}: {exc}") from None


def _check_normalised_regex(pattern: str, where: "_Where", label: str) -> None:
    # Regex rules run on normalised lines (see normalize.py), so a literal letter that
    # normalisation would change (an uppercase letter, a hamza form) could never match.
    literals = re.sub(r"\\[pPN]\{[^}]*\}|\\.|\(\?P?<[^>]*>", "", pattern)
    for char in dict.fromkeys(literals):  # each distinct character once, in order
        if char.isalpha() and _normalised_letter(char) != char:
            raise RuleError(
                f"{where.at(label)}: rule '{label}': regex patterns match normalised text; "
                f"write {char!r} as {normalize(char)!r}"
            )


@functools.cache
def _normalised_letter(char: str) -> str:
    # Asked for every distinct letter of every pattern: 62,000 normalisations of a few
    # hundred letters made a fifth of loading the rules.
    return normalize(char)


def _check_unique_ids(rules: list[Rule]) -> None:
    seen: dict[str, str] = {}
    for rule in rules:
        if rule.id in seen:
            raise RuleError(f"{rule.source}: rule id '{rule.id}' is already used in {seen[rule.id]}")
        seen[rule.id] = rule.source


class _Where:
    """Finds the line of a rule in its file, since tomllib reports none after parsing.

    A file of the package's own rules is `shipped`: its patterns are only parsed at load, and
    compiled when first used (the test suite compiles every one of them), so that loading
    the rules takes a third of the time. A user's patterns are compiled at load, so that one
    RE2 refuses names its file, line and rule now, not at the first page it is asked on."""

    def __init__(self, path: Traversable, text: str, shipped: bool):
        self.path = path
        self.lines = text.split("\n")
        self.shipped = shipped

    def at(self, needle) -> str:
        needle = str(needle)  # a mistyped value (id = 7) is looked for as it is written
        for number, line in enumerate(self.lines, 1):
            if needle and needle in line:
                return f"{self.path}:{number}"
        return str(self.path)
