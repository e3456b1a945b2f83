"""Check that every gold file in corpus/ has the form LABELLING.md asks for.

Run: python corpus/check_form.py [CORPUS_DIR]   (exit status 1 when any case is malformed)

A gold file must be UTF-8, end with exactly one newline, hold no blank line, and be a
subsequence of its raw file's stripped non-blank lines (so no kept line was edited and
none was reordered). Every raw file must have a gold file and the other way round.
"""

from __future__ import annotations

import sys
from pathlib import Path


def raw_lines(raw: str) -> list[str]:
    """The raw file's lines as a gold file may keep them: stripped, blanks left out.

    A byte-order mark is an encoding artefact, not text, so it is not part of line 1.
    """
    pieces = raw.removeprefix("\ufeff").split("\n")
    return [piece.strip() for piece in pieces if piece.strip()]


def problems_with(raw_path: Path, gold_path: Path) -> list[str]:
    try:
        gold = gold_path.read_text(encoding="utf-8")
        raw = raw_path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        return [str(error)]
    if not gold.endswith("\n") or gold.endswith("\n\n"):
        return ["gold must end with exactly one newline"]
    gold_lines = gold[:-1].split("\n")
    problems = []
    for number, line in enumerate(gold_lines, start=1):
        if line != line.strip() or not line:
            problems.append(f"gold line {number} is blank or not stripped")
    candidates = iter(raw_lines(raw))
    for number, line in enumerate(gold_lines, start=1):
        if not any(candidate == line for candidate in candidates):
            problems.append(f"gold line {number} is not the next matching raw line: {line[:60]!r}")
            break
    return problems


def check(corpus: Path) -> int:
    raw_root, gold_root = corpus / "raw", corpus / "gold"
    raws = {p.relative_to(raw_root) for p in raw_root.rglob("*.txt")}
    golds = {p.relative_to(gold_root) for p in gold_root.rglob("*.txt")}
    failures = 0
    for missing in sorted(raws - golds):
        print(f"{raw_root / missing}: no gold file")
        failures += 1
    for orphan in sorted(golds - raws):
        print(f"{gold_root / orphan}: no raw file")
        failures += 1
    for case in sorted(raws & golds):
        for problem in problems_with(raw_root / case, gold_root / case):
            print(f"{gold_root / case}: {problem}")
            failures += 1
    print(f"{len(raws & golds)} cases checked, {failures} problem(s)")
    return 1 if failures else 0


if __name__ == "__main__":
    default = Path(__file__).resolve().parent
    sys.exit(check(Path(sys.argv[1]) if len(sys.argv) > 1 else default))
