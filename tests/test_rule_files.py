"""Every rule file carries its own test cases; each one runs here as a test of its own.

A rule and its proof live together: the [[test]] tables in rules/generic/*.toml
and rules/sites/*.toml give a raw snippet and the text a perfect cleaner keeps.
"""

import pytest

from cleaner import clean, default_rules

RULES = default_rules()


@pytest.mark.parametrize(
    "case", RULES.tests, ids=[f"{t.source.split('rules/')[-1]}::{t.name}" for t in RULES.tests]
)
def test_rule_file_case(case):
    result = clean(case.raw, case.url, rules=RULES)
    assert result.text == case.expected.strip(), "\n".join(
        f"{r.first_line}-{r.last_line} [{r.rule_id}] {r.text}" for r in result.removals
    )


def test_every_rule_file_has_test_cases():
    sources = {rule.source for rule in RULES.generic} | {site.source for site in RULES.sites}
    tested = {case.source for case in RULES.tests}
    assert sources <= tested, f"rule files without [[test]] cases: {sorted(sources - tested)}"
