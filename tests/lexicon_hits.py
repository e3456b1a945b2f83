"""The shipped rules that a language's lexicons fire on one line, for tests of the lexicons."""

from cleaner.normalize import normalize
from cleaner.rules import Rule, default_rules


def rules_hitting(language: str, line: str) -> list[Rule]:
    """The rules of the generic lexicons for `language` (no site's) that match `line` alone."""
    matcher = default_rules().matcher_for((), language)
    return [rule for rule, _ in matcher.match_lines([normalize(line)], [len(line) + 1])[0]]


def language_lines(*tables: dict[str, list[str]]) -> list[tuple[str, str]]:
    """The (language, line) pairs of tables that list lines by language, for parametrize."""
    return [(language, line) for table in tables for language, lines in table.items() for line in lines]
