"""The rules added in the twenty-fifth round fire on their own rule files' cases: each case's
text comparison alone would pass if another rule or the learned layer took the line."""

import tomllib

import pytest

from cleaner import clean
from cleaner.rules import DEFAULT_RULES_DIR

# (rule file, the start of its case's name, the rule that must remove a line of it)
CASES = [
    ("pt", "r25: pt an aggregator's pointer", "pt.read-at-source"),
    ("es", "r25: es an aggregator's pointer", "es.read-at-source"),
    ("fr", "r25: fr an aggregator's pointer", "fr.read-at-source"),
    ("ar", "r25: ar an aggregator's pointer", "ar.read-at-source"),
    ("no", "r25: no an aggregator's pointer", "no.read-at-source"),
    ("it", "r25: it an aggregator's pointer", "it.read-full"),
    ("fa", "r25: fa an aggregator's pointer", "fa.read-full"),
    ("lt", "r25: lt an aggregator's pointer", "lt.read-full"),
    ("ka", "r25: ka an aggregator's pointer", "ka.read-full"),
    ("de", "r25: de an aggregator's pointer", "de.read-full"),
    ("ru", "r25: ru an aggregator's pointer", "ru.read-full"),
    ("tr", "r25: tr an aggregator's pointer", "tr.read-full"),
    ("id", "r25: id an aggregator's pointer", "id.read-full"),
    ("fr", "r25: fr a share bar", "en.share-bar"),
    ("he", "r25: he a gallery's heading", "he.chrome"),
    ("sk", "r25: sk an inline", "sk.recommended"),
    ("sk", "r25: sk an inline", "sk.byline"),
    ("common", "r25: drops alone: an embedded video's title", "common.media-duration"),
    *[(language, f"r25: {language} a metered paywall's count", f"{language}.paywall-meter")
      for language in ("fr", "de", "es", "pt", "it")],
]


def _case(language: str, name_start: str) -> dict:
    with (DEFAULT_RULES_DIR / "generic" / f"{language}.toml").open("rb") as handle:
        cases = [case for case in tomllib.load(handle)["test"] if case["name"].startswith(name_start)]
    assert len(cases) == 1, (language, name_start)
    return cases[0]


@pytest.mark.parametrize(("language", "name_start", "rule_id"), CASES)
def test_the_new_rule_removes_a_line_of_its_case(language, name_start, rule_id):
    case = _case(language, name_start)
    result = clean(case["raw"])
    assert result.text.strip() == case["expected"].strip()
    assert rule_id in {removal.rule_id for removal in result.removals}
