"""The bundled corpus: every raw scrape must come out exactly as its hand-labelled gold.

A case the engine still gets wrong is listed under "## Known failures" in corpus/NOTES.md
(a table: | `path under raw/` | reason |) and runs as a strict xfail, so fixing it makes
the suite say so.
"""

import re
from pathlib import Path

import pytest

from cleaner import clean

CORPUS = Path(__file__).resolve().parent.parent / "corpus"
RAW = sorted((CORPUS / "raw").rglob("*.txt"))


def known_failures() -> dict[str, str]:
    notes = (CORPUS / "NOTES.md").read_text("utf-8")
    section = notes.split("## Known failures", 1)[1] if "## Known failures" in notes else ""
    section = section.split("\n## ", 1)[0]
    return dict(re.findall(r"^\|\s*`([^`]+)`\s*\|\s*(.+?)\s*\|\s*$", section, flags=re.M))


KNOWN = known_failures()


def _case(path: Path):
    name = path.relative_to(CORPUS / "raw").as_posix()
    marks = [pytest.mark.xfail(strict=True, reason=KNOWN[name])] if name in KNOWN else []
    return pytest.param(path, id=name, marks=marks)


@pytest.mark.parametrize("raw", [_case(p) for p in RAW])
def test_case_matches_gold(raw):
    gold = CORPUS / "gold" / raw.relative_to(CORPUS / "raw")
    result = clean(raw.read_text("utf-8"))
    assert result.text + "\n" == gold.read_text("utf-8")


def test_corpus_is_complete():
    assert len(RAW) >= 30
    assert all((CORPUS / "gold" / p.relative_to(CORPUS / "raw")).is_file() for p in RAW)
    assert set(KNOWN) <= {p.relative_to(CORPUS / "raw").as_posix() for p in RAW}


@pytest.mark.parametrize("gold", sorted((CORPUS / "gold").rglob("*.txt")),
                         ids=lambda p: p.relative_to(CORPUS / "gold").as_posix())
def test_a_clean_article_passes_through_untouched(gold):
    text = gold.read_text("utf-8").rstrip("\n")
    result = clean(text)
    assert result.text == text, [(r.rule_id, r.text) for r in result.removals]
