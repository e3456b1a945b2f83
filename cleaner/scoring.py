"""Score cleaned text against hand-labelled gold: per document, per site, overall.

Lines are compared as multisets of stripped non-blank lines, so a scrape that repeats a
line must keep it as often as the gold does. Token and shingle scores use a bag of
lower-cased unicode word tokens: `\\w+` runs, except that each Han, Hiragana and Katakana
character is a token of its own (Chinese and Japanese put no spaces between words, and a
whole sentence counted as one token would make one wrong character cost the sentence).
Shingles are runs of four tokens, compared as multisets; a text of fewer than four tokens
is one shingle (the definition of the dev corpus' html/measure.py).

Site and overall figures are macro-averages over documents (every document weighs the
same); the junk-removal and gold-loss rates are pooled over all lines of the site.
The only I/O here is reading the trees being compared.
"""

from __future__ import annotations

import difflib
import json
import math
from collections import Counter
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Callable

import regex

from cleaner.io.writers import explain_name
from cleaner.model import Removal, Result, split_lines, visible

_CJK = r"\p{Han}\p{Hiragana}\p{Katakana}"
TOKEN = regex.compile(rf"[{_CJK}]|[^\W{_CJK}]+")
SHINGLE_SIZE = 4

# A diff line is one of these: a gold line a rule removed, a gold line absent from the
# output for no recorded reason, or an output line the gold does not have; or, around each
# difference, a line both have (context for a reader).
REMOVED, MISSING, EXTRA, SAME = "removed", "missing", "extra", "same"
CONTEXT_LINES = 2
# The flag under which the engine kept a whole document (engine.clean's over-deletion guard).
KEPT_WHOLE_FLAG = "over_deletion"


# ---------------------------------------------------------------- measures


def content_lines(text: str) -> list[str]:
    """The text's lines, stripped, without blank ones: the unit gold files are made of."""
    return [v for v in (visible(line) for line in split_lines(text)) if v]


def tokens(text: str) -> list[str]:
    return TOKEN.findall(text.lower())


def shingles(words: list[str]) -> Counter:
    if not words:
        return Counter()
    if len(words) < SHINGLE_SIZE:
        return Counter([tuple(words)])
    return Counter(tuple(words[i:i + SHINGLE_SIZE]) for i in range(len(words) - SHINGLE_SIZE + 1))


@dataclass(frozen=True)
class PRF:
    precision: float
    recall: float
    f1: float

    @classmethod
    def of(cls, output: Counter, gold: Counter) -> "PRF":
        """Multiset overlap. An empty side counts as fully precise / fully recalled."""
        common = sum((output & gold).values())
        out_total, gold_total = sum(output.values()), sum(gold.values())
        precision = common / out_total if out_total else 1.0
        recall = common / gold_total if gold_total else 1.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return cls(precision, recall, f1)

    @classmethod
    def mean(cls, scores: list["PRF"]) -> "PRF":
        if not scores:
            return cls(0.0, 0.0, 0.0)
        n = len(scores)
        return cls(sum(s.precision for s in scores) / n, sum(s.recall for s in scores) / n,
                   sum(s.f1 for s in scores) / n)


# ---------------------------------------------------------------- one document


@dataclass(frozen=True)
class DiffLine:
    kind: str  # REMOVED | MISSING | EXTRA | SAME
    text: str
    gold_line: int | None = None  # 1-based line of the gold file (removed / missing / same)
    output_line: int | None = None  # 1-based line of the output (extra / same)
    raw_line: int | None = None  # 1-based input line, when the cleaner's result is known
    rule_id: str | None = None  # the rule that removed it (removed)
    reason: str | None = None  # why it was removed (removed), or kept (extra), when known


@dataclass
class DocumentScore:
    path: str  # relative to the tree roots, with "/" separators
    site: str
    status: str  # ok | missing-gold | missing-output | error
    detail: str = ""
    line: PRF | None = None
    token: PRF | None = None
    shingle: PRF | None = None
    exact: bool = False
    clean_document: bool | None = None  # the gold keeps every raw line (None: raw unknown)
    over_deleted: bool = False  # a clean document that lost a line
    gold_lines: int = 0
    gold_lost: int = 0
    junk_lines: int | None = None  # raw lines the gold drops (None: raw unknown)
    junk_removed: int | None = None
    diff: list[DiffLine] = field(default_factory=list)  # differences, with CONTEXT_LINES around
    flags: dict[str, str] = field(default_factory=dict)  # the cleaner's own warnings (check)

    @property
    def scored(self) -> bool:
        return self.line is not None

    @property
    def differences(self) -> list[DiffLine]:
        return [line for line in self.diff if line.kind != SAME]


@dataclass(frozen=True)
class _Output:
    """What the cleaner produced for one document, with what is known about each line."""

    lines: list[str]
    raw_numbers: list[int] | None = None  # input line of each output line
    removed: dict[str, list[Removal]] | None = None  # text -> one-line removals of that text

    kept_reason: str | None = None  # why every line was kept, when the cleaner said so

    @classmethod
    def from_result(cls, result: Result) -> "_Output":
        kept = [(line.number, visible(line.text)) for line in result.kept]
        kept = [(n, text) for n, text in kept if text]
        kept_whole = result.flags.get(KEPT_WHOLE_FLAG)
        return cls([t for _, t in kept], [n for n, _ in kept], _removed_lines(result.removals),
                   f"{KEPT_WHOLE_FLAG}: {kept_whole}" if kept_whole else None)

    @classmethod
    def from_removals(cls, output: str, removals: list[Removal], raw: str | None) -> "_Output":
        """An output file and the removals written beside it (`cleaner run --explain`); with
        the raw scrape, each output line's input line when the two agree."""
        lines = content_lines(output)
        raw_numbers = None
        if raw is not None:
            removed = {n for r in removals for n in range(r.first_line, r.last_line + 1)}
            kept = [(n, visible(line)) for n, line in enumerate(split_lines(raw), 1) if n not in removed]
            kept = [(n, text) for n, text in kept if text]
            if [text for _, text in kept] == lines:
                raw_numbers = [n for n, _ in kept]
        return cls(lines, raw_numbers, _removed_lines(removals))


def _removed_lines(removals: list[Removal]) -> dict[str, list[Removal]]:
    """Text -> the one-line removals of that text, in input order."""
    removed: dict[str, list[Removal]] = {}
    for removal in removals:
        for offset, text in enumerate(removal.text.split("\n")):
            text = visible(text)
            if text:
                number = removal.first_line + offset
                removed.setdefault(text, []).append(Removal(number, number, removal.rule_id, removal.reason, text))
    return removed


def score_result(path: str, raw: str, gold: str, result: Result) -> DocumentScore:
    """Score clean()'s result for one raw scrape; wrongly removed lines carry their rule id."""
    score = _score(path, content_lines(gold), _Output.from_result(result), content_lines(raw))
    score.flags = dict(result.flags)
    return score


def score_text(path: str, output: str, gold: str, raw: str | None = None,
               removals: list[Removal] | None = None) -> DocumentScore:
    """Score an already-cleaned text (any tool's) against its gold; with the removals the
    cleaner recorded for it, wrongly removed lines carry their rule id."""
    raw_lines = content_lines(raw) if raw is not None else None
    known = _Output.from_removals(output, removals, raw) if removals is not None else _Output(content_lines(output))
    return _score(path, content_lines(gold), known, raw_lines)


def _score(path: str, gold: list[str], output: _Output, raw: list[str] | None) -> DocumentScore:
    gold_bag, out_bag = Counter(gold), Counter(output.lines)
    gold_tokens, out_tokens = tokens("\n".join(gold)), tokens("\n".join(output.lines))
    score = DocumentScore(
        path, site_of(path), "ok",
        line=PRF.of(out_bag, gold_bag),
        token=PRF.of(Counter(out_tokens), Counter(gold_tokens)),
        shingle=PRF.of(shingles(out_tokens), shingles(gold_tokens)),
        exact=gold == output.lines,
        gold_lines=len(gold),
        gold_lost=sum((gold_bag - out_bag).values()),
        diff=_diff(gold, output),
    )
    if raw is not None:
        raw_bag = Counter(raw)
        junk = raw_bag - gold_bag
        score.clean_document = not junk
        score.over_deleted = score.clean_document and score.gold_lost > 0
        score.junk_lines = sum(junk.values())
        score.junk_removed = score.junk_lines - sum(((out_bag - gold_bag) & junk).values())
    return score


def _diff(gold: list[str], output: _Output) -> list[DiffLine]:
    """Gold against output in order: the lines that differ, with CONTEXT_LINES around each."""
    removed = {text: list(places) for text, places in (output.removed or {}).items()}
    lines: list[DiffLine] = []
    matcher = difflib.SequenceMatcher(None, gold, output.lines, autojunk=False)
    for op, g1, g2, o1, o2 in (op for group in matcher.get_grouped_opcodes(CONTEXT_LINES) for op in group):
        if op == "equal":
            lines += [DiffLine(SAME, gold[g], gold_line=g + 1, output_line=o + 1,
                               raw_line=output.raw_numbers[o] if output.raw_numbers else None)
                      for g, o in zip(range(g1, g2), range(o1, o2))]
            continue
        for g in range(g1, g2):
            places = removed.get(gold[g])
            if places:
                removal = places.pop(0)
                lines.append(DiffLine(REMOVED, gold[g], gold_line=g + 1, raw_line=removal.first_line,
                                      rule_id=removal.rule_id, reason=removal.reason))
            else:
                lines.append(DiffLine(MISSING, gold[g], gold_line=g + 1))
        for o in range(o1, o2):
            raw_line = output.raw_numbers[o] if output.raw_numbers else None
            lines.append(DiffLine(EXTRA, output.lines[o], output_line=o + 1, raw_line=raw_line,
                                  reason=output.kept_reason))
    return lines


def site_of(path: str) -> str:
    """The first folder of a relative path; files at the top level belong to site "."."""
    parts = path.split("/")
    return parts[0] if len(parts) > 1 else "."


# ---------------------------------------------------------------- aggregates


@dataclass
class SiteScore:
    site: str
    documents: int = 0  # scored documents (those with gold)
    line: PRF = PRF(0.0, 0.0, 0.0)
    token: PRF = PRF(0.0, 0.0, 0.0)
    shingle: PRF = PRF(0.0, 0.0, 0.0)
    exact: int = 0
    clean_documents: int = 0
    over_deleted: int = 0
    gold_lines: int = 0
    gold_lost: int = 0
    junk_lines: int = 0
    junk_removed: int = 0
    removed_by_rule: dict[str, int] = field(default_factory=dict)  # gold lines each rule removed
    missing_gold: list[str] = field(default_factory=list)
    missing_output: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    @property
    def junk_removed_rate(self) -> float | None:
        return self.junk_removed / self.junk_lines if self.junk_lines else None

    @property
    def gold_lost_rate(self) -> float | None:
        return self.gold_lost / self.gold_lines if self.gold_lines else None


def aggregate(site: str, documents: list[DocumentScore]) -> SiteScore:
    scored = [d for d in documents if d.scored]
    removed_by_rule = Counter(line.rule_id for d in scored for line in d.diff if line.kind == REMOVED)
    return SiteScore(
        site,
        documents=len(scored),
        line=PRF.mean([d.line for d in scored]),
        token=PRF.mean([d.token for d in scored]),
        shingle=PRF.mean([d.shingle for d in scored]),
        exact=sum(d.exact for d in scored),
        clean_documents=sum(bool(d.clean_document) for d in scored),
        over_deleted=sum(d.over_deleted for d in scored),
        gold_lines=sum(d.gold_lines for d in scored),
        gold_lost=sum(d.gold_lost for d in scored),
        junk_lines=sum(d.junk_lines or 0 for d in scored),
        junk_removed=sum(d.junk_removed or 0 for d in scored),
        removed_by_rule=dict(removed_by_rule.most_common()),
        missing_gold=[d.path for d in documents if d.status == "missing-gold"],
        missing_output=[d.path for d in documents if d.status == "missing-output"],
        errors=[f"{d.path}: {d.detail}" for d in documents if d.status == "error"],
    )


@dataclass
class Report:
    mode: str  # check | diff
    roots: dict[str, str]  # what was compared: raw / gold / output directories
    documents: list[DocumentScore]
    sites: dict[str, SiteScore]
    overall: SiteScore
    rules_version: str | None = None

    @classmethod
    def build(cls, mode: str, roots: dict[str, str], documents: list[DocumentScore],
              rules_version: str | None = None) -> "Report":
        documents = sorted(documents, key=lambda d: d.path)
        by_site: dict[str, list[DocumentScore]] = {}
        for document in documents:
            by_site.setdefault(document.site, []).append(document)
        sites = {name: aggregate(name, docs) for name, docs in sorted(by_site.items())}
        return cls(mode, roots, documents, sites, aggregate("overall", documents), rules_version)

    @property
    def problems(self) -> list[str]:
        """Documents that could not be compared: a run with any of these is not clean."""
        o = self.overall
        return ([f"missing gold: {p}" for p in o.missing_gold]
                + [f"missing output: {p}" for p in o.missing_output]
                + [f"error: {e}" for e in o.errors])

    def to_dict(self) -> dict:
        def site_dict(site: SiteScore) -> dict:
            data = asdict(site)
            data["junk_removed_rate"] = site.junk_removed_rate
            data["gold_lost_rate"] = site.gold_lost_rate
            return data

        return {
            "mode": self.mode,
            "roots": self.roots,
            "rules_version": self.rules_version,
            "averaging": "site and overall P/R/F1 are macro-averages over documents; "
                         "junk and gold-loss rates are pooled over lines",
            "overall": site_dict(self.overall),
            "sites": {name: site_dict(site) for name, site in self.sites.items()},
            "documents": [asdict(d) for d in self.documents],
        }


# ---------------------------------------------------------------- trees


def tree_files(root: Path) -> dict[str, Path]:
    """Relative "/"-separated path -> file, for every .txt file below root."""
    return {p.relative_to(root).as_posix(): p for p in sorted(root.rglob("*.txt")) if p.is_file()}


def read_text(path: Path) -> str:
    # Gold and outputs are UTF-8 by contract; a stray bad byte must not stop the batch.
    return path.read_bytes().decode("utf-8", errors="replace")


def score_trees(output_dir: Path, gold_dir: Path, raw_dir: Path | None = None) -> Report:
    """Compare two trees of cleaned files (same relative paths); raw adds the junk figures.

    A gold file without its output is scored as an empty output (a tool that wrote nothing
    lost the whole article) and listed as missing; an output without gold is only listed.
    Where `cleaner run --explain` wrote its removals beside an output, a wrongly removed gold
    line is named with the rule that removed it.
    """
    outputs, golds = tree_files(output_dir), tree_files(gold_dir)
    raws = tree_files(raw_dir) if raw_dir else {}
    documents = []
    for item in _read_documents(sorted(outputs.keys() | golds.keys()), golds, outputs, raws):
        if isinstance(item, DocumentScore):
            documents.append(item)
            continue
        path, gold, output, raw = item
        removals = read_removals(output_dir / explain_name(path)) if output is not None else None
        score = score_text(path, output or "", gold, raw, removals)
        if output is None:
            score.status, score.detail = "missing-output", "no output file"
        documents.append(score)
    roots = {"output": str(output_dir), "gold": str(gold_dir)}
    if raw_dir:
        roots["raw"] = str(raw_dir)
    return Report.build("diff", roots, documents)


def read_removals(path: Path) -> list[Removal] | None:
    """The removals `cleaner run --explain` wrote beside an output; None if there are none
    (or the file is not one of those)."""
    try:
        with open(path, encoding="utf-8") as handle:
            return [Removal(**json.loads(line)) for line in handle if line.strip()]
    except (OSError, ValueError, TypeError):
        return None


def score_corpus(corpus: Path, clean: Callable[[str], Result], rules_version: str | None = None) -> Report:
    """Clean every CORPUS/raw/**/*.txt with `clean` and compare with CORPUS/gold/**.

    A document that cannot be cleaned is reported as an error and scored as an empty
    output; one whose files cannot be read is reported unscored. The rest is still checked.
    """
    raws, golds = tree_files(corpus / "raw"), tree_files(corpus / "gold")
    documents = []
    for item in _read_documents(sorted(raws.keys() | golds.keys()), golds, raws):
        if isinstance(item, DocumentScore):
            documents.append(item)
            continue
        path, gold, raw = item
        if raw is None:
            score = score_text(path, "", gold)
            score.status, score.detail = "missing-output", "no raw file to clean"
        else:
            score = _check_one(path, raw, gold, clean)
        documents.append(score)
    roots = {"raw": str(corpus / "raw"), "gold": str(corpus / "gold")}
    return Report.build("check", roots, documents, rules_version)


def _read_documents(paths: list[str], golds: dict[str, Path], *trees: dict[str, Path]):
    """Per path: (path, gold text, the text in each tree or None), or the DocumentScore
    that says why it cannot be compared (no gold, or a file that cannot be read)."""
    for path in paths:
        if path not in golds:
            yield DocumentScore(path, site_of(path), "missing-gold", "no gold file")
            continue
        try:
            texts = [read_text(tree[path]) if path in tree else None for tree in trees]
            yield (path, read_text(golds[path]), *texts)
        except OSError as exc:
            yield DocumentScore(path, site_of(path), "error", str(exc))


def _check_one(path: str, raw: str, gold: str, clean) -> DocumentScore:
    try:
        result = clean(raw)
    except Exception as exc:  # noqa: BLE001 - one broken document must not stop the check
        score = score_text(path, "", gold)
        score.status, score.detail = "error", f"{type(exc).__name__}: {exc}"
        return score
    return score_result(path, raw, gold, result)


# ---------------------------------------------------------------- floors (the CI gate)


FLOOR_METRICS = ("line_f1", "exact")


def current_floors(site: SiteScore) -> dict:
    # Rounded down so that re-running on the same corpus never lands a hair under its floor.
    return {"line_f1": math.floor(site.line.f1 * 1000) / 1000, "exact": site.exact}


def below_floors(report: Report, baseline: dict) -> list[str]:
    """One message per site (or overall) under a pinned floor, or pinned but now absent."""
    failures = []
    pinned = dict(baseline.get("sites", {}))
    if "overall" in baseline:
        pinned["overall"] = baseline["overall"]
    for name, floors in pinned.items():
        site = report.overall if name == "overall" else report.sites.get(name)
        if site is None or not site.documents:
            failures.append(f"{name}: pinned in the baseline but no document was scored")
            continue
        now = current_floors(site)
        for metric in FLOOR_METRICS:
            if metric in floors and now[metric] < floors[metric]:
                failures.append(f"{name}: {metric} {now[metric]:g} is below its floor {floors[metric]:g}")
    return failures


def raise_floors(baseline: dict, report: Report) -> tuple[dict, list[str]]:
    """The baseline with every floor raised to today's figure where that is higher.

    Floors never go down: a lower figure is refused and named, and the old floor stays.
    """
    refusals = []
    current = {"overall": report.overall, **report.sites}
    old = {"overall": baseline.get("overall", {}), **baseline.get("sites", {})}
    new: dict[str, dict] = {}
    for name in sorted(old.keys() | current.keys(), key=lambda n: (n != "overall", n)):
        floors = dict(old.get(name, {}))
        site = current.get(name)
        if site is not None and site.documents:
            for metric, value in current_floors(site).items():
                if metric in floors and value < floors[metric]:
                    refusals.append(f"{name}: refusing to lower {metric} floor "
                                    f"from {floors[metric]:g} to {value:g}")
                else:
                    floors[metric] = value
        new[name] = floors
    result = {key: value for key, value in baseline.items() if key not in ("overall", "sites")}
    result["overall"] = new.pop("overall")
    result["sites"] = new
    return result, refusals
