"""clean(text, url, rules) -> Result. Knows no files: text in, result out."""

from __future__ import annotations

from cleaner.model import KeptLine, Removal, Result, split_lines, visible
from cleaner.rules import RuleSet, default_rules


def clean(text: str, url: str | None = None, *, rules: RuleSet | None = None) -> Result:
    """Keep the lead article of one scraped page; say why every other line went."""
    rules = rules or default_rules()
    kept: list[KeptLine] = []
    removals: list[Removal] = []
    for number, line in enumerate(split_lines(text), 1):
        if visible(line):
            kept.append(KeptLine(number, line.strip()))
        else:
            removals.append(Removal(number, number, "blank", "white space only", line.strip()))
    return Result(kept, removals, {}, {})
