"""Benchmark `cleaner learn`: time and peak memory per 10,000 documents, and the precision and
recall of learned removals on generated per-site corpora (tests/sitegen.py), next to a peer.

    python bench/bench_learn.py [--documents 10000] [--repeats 3]

Time is wall-clock (median of --repeats runs) of learn() reading a JSONL file, without
tracing, and of its two streaming passes alone (the part that grows with the corpus; the
rest is per site: loading rules and cleaning each rule's test). Peak memory is measured in
separate runs with tracemalloc (peak of Python allocations; the corpus stays on disk), at
a quarter, half and all of the documents, for the streaming passes alone (it should follow
the distinct frequent lines, not the corpus size) and for the whole of learn(), which also
loads rule sets; ru_maxrss of the process is printed too.

Quality: planted boilerplate lines and body lines as labelled by the generator. "generic +
learned" cleans with the shipped rules plus the learned files; "learned only" with the
learned files alone (the engine's structural heuristics still run), counting a line as
removed by learning only when explain names a learned rule. The peer is trafilatura 2 with
deduplicate=True, its own defence against repeated segments, on the same pages as HTML
(one <p> per line), on a sample, since it is much slower.

Real pages, when ../shared/devcorpus is there (read by path, never copied): the one site
with a dozen pages (dari-html/darivoa), leave one out: learn from the other pages, clean the
held-out page, score it against its hand gold, with and without the shipped rule files.
"""

from __future__ import annotations

import argparse
import html
import resource
import statistics
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

import sitegen  # noqa: E402
from cleaner.learn import (  # noqa: E402
    DEFAULT_MIN_DOCS, DEFAULT_MIN_SHARE, count_candidates, gather_evidence, learn, read_documents,
)
from cleaner.engine import clean  # noqa: E402
from cleaner.rules import RuleSet, default_rules, load_rules  # noqa: E402
from cleaner.scoring import aggregate, score_result  # noqa: E402

PAGES_PER_SITE_FOR_QUALITY = 200
QUALITY_SEEDS = (7, 11, 13)
PEER_SAMPLE = 500
DEVCORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "devcorpus"
REAL_MIN_DOCS, REAL_MIN_SHARE = 3, 0.5
REAL_RULE_SETS = ("no rule files", "learned only", "generic", "generic + learned")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--documents", type=int, default=10_000)
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-learn-") as scratch:
        _speed_and_memory(Path(scratch), args.documents, args.repeats)
        _quality(Path(scratch))
    _real_pages()


def _corpus(folder: Path, documents: int, seed: int = 1) -> tuple[list, Path]:
    per_site = max(1, documents // len(sitegen.SITES))
    pages = sitegen.generate(seed=seed, pages_per_site=per_site)
    return pages, sitegen.write_jsonl(pages, folder / f"corpus-{seed}-{documents}.jsonl")


def _speed_and_memory(folder: Path, documents: int, repeats: int) -> None:
    pages, source = _corpus(folder, documents)
    size = source.stat().st_size / 1e6
    lines = sum(len(page.lines) for page in pages)
    del pages
    print(f"corpus: {documents} documents, {lines} lines, {size:.1f} MB of JSONL, "
          f"{len(sitegen.SITES)} sites")
    times = []
    for repeat in range(repeats):
        started = time.perf_counter()
        learn([str(source)], folder / f"out-{repeat}")
        times.append(time.perf_counter() - started)
    median = statistics.median(times)
    per_10k = median * 10_000 / documents
    print(f"learn time: median {median:.2f} s of {repeats} runs "
          f"({', '.join(f'{t:.2f}' for t in times)}) = {per_10k:.2f} s per 10,000 documents")
    passes = statistics.median(_time_passes(source) for _ in range(repeats))
    print(f"  of which the two streaming passes: median {passes:.2f} s; the rest is deciding, "
          "and loading rules and cleaning each rule's test to verify it (per site, not per document)")
    for share in (0.25, 0.5, 1.0):
        count = int(documents * share)
        _, part = _corpus(folder, count)
        print(f"peak traced memory (tracemalloc), {count:>6} documents: streaming passes "
              f"{_traced_peak(_time_passes, part):.1f} MB, whole learn "
              f"{_traced_peak(lambda p: learn([str(p)], folder / f'mem-{count}'), part):.1f} MB")
    maxrss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"process peak RSS (ru_maxrss, whole benchmark so far): {maxrss:.0f} MB")


def _traced_peak(function, argument) -> float:
    tracemalloc.start()
    function(argument)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return peak / 1e6


def _time_passes(source: Path) -> float:
    started = time.perf_counter()
    candidates, _ = count_candidates(read_documents([str(source)], []), DEFAULT_MIN_DOCS, DEFAULT_MIN_SHARE)
    gather_evidence(read_documents([str(source)], []), candidates)
    return time.perf_counter() - started


def _quality(folder: Path) -> None:
    print(f"\nquality on {len(QUALITY_SEEDS)} generated corpora of "
          f"{len(sitegen.SITES)} sites x {PAGES_PER_SITE_FOR_QUALITY} pages")
    print(f"{'seed':>4}  {'rule set':<17} {'recall':>7} {'body lost':>9}  "
          f"{'learned: recall':>15} {'precision':>9}")
    for seed in QUALITY_SEEDS:
        pages = sitegen.generate(seed=seed, pages_per_site=PAGES_PER_SITE_FOR_QUALITY)
        source = sitegen.write_jsonl(pages, folder / f"quality-{seed}.jsonl")
        out = folder / f"quality-out-{seed}"
        learn([str(source)], out)
        # Learned alone is scored on the planted lines the shipped rules leave: learn does not
        # propose what they already remove.
        for name, rules, shipped in (("generic + learned", load_rules(out), None),
                                     ("learned only", load_rules(out, with_defaults=False), default_rules())):
            score = sitegen.score(pages, rules, unless_removed_by=shipped)
            print(f"{seed:>4}  {name:<17} {score.recall:>7.2%} {score.body_loss:>9.2%}  "
                  f"{score.learned_recall:>15.2%} {score.learned_precision:>9.2%}")
        _peer(pages[:PEER_SAMPLE], seed)


def _peer(pages: list, seed: int) -> None:
    import trafilatura

    planted = planted_removed = body = body_removed = 0
    started = time.perf_counter()
    for page in pages:
        markup = "".join(f"<p>{html.escape(line)}</p>" for line in page.lines if line)
        extracted = trafilatura.extract(f"<html><body><article>{markup}</article></body></html>",
                                        deduplicate=True, favor_precision=False) or ""
        kept = set(extracted.split("\n"))
        for line, label in zip(page.lines, page.labels):
            gone = line not in kept
            if label == sitegen.BOILERPLATE:
                planted, planted_removed = planted + 1, planted_removed + gone
            elif label == sitegen.BODY:
                body, body_removed = body + 1, body_removed + gone
    elapsed = time.perf_counter() - started
    print(f"{seed:>4}  {'trafilatura dedup':<17} {planted_removed / planted:>7.2%} "
          f"{body_removed / body:>9.2%}  ({len(pages)} pages, {elapsed:.1f} s)")


def _real_pages() -> None:
    """Leave one out on the dev corpus' one site with enough pages: learn from the others."""
    folder = DEVCORPUS / "dari-html" / "raw" / "darivoa"
    if not folder.is_dir():
        print(f"\n(no {folder}: real-page figures skipped)")
        return
    pages = sorted(folder.glob("*.txt"))
    no_rules = RuleSet((), (), (), "none")
    scores: dict[str, list] = {name: [] for name in REAL_RULE_SETS}
    for held in pages:
        with tempfile.TemporaryDirectory(prefix="bench-learn-real-") as scratch:
            corpus = Path(scratch) / "in" / folder.name
            corpus.mkdir(parents=True)
            for page in pages:
                if page != held:
                    (corpus / page.name).symlink_to(page)
            out = Path(scratch) / "out"
            learn([str(corpus.parent)], out, min_docs=REAL_MIN_DOCS, min_share=REAL_MIN_SHARE)
            rule_sets = {"no rule files": no_rules, "learned only": load_rules(out, with_defaults=False),
                         "generic": default_rules(), "generic + learned": load_rules(out)}
            raw = held.read_text(encoding="utf-8")
            gold = (DEVCORPUS / "dari-html" / "gold" / folder.name / held.name).read_text(encoding="utf-8")
            for name, rules in rule_sets.items():
                scores[name].append(score_result(held.name, raw, gold, clean(raw, None, rules=rules)))
    print(f"\nreal pages: {folder.name} ({len(pages)} pages), leave one out: learned from the other "
          f"{len(pages) - 1} (--min-docs {REAL_MIN_DOCS} --min-share {REAL_MIN_SHARE}), scored on the held page")
    for name in REAL_RULE_SETS:
        site = aggregate(folder.name, scores[name])
        print(f"  {name:<17} junk removed {site.junk_removed}/{site.junk_lines}, gold lines lost "
              f"{site.gold_lost}/{site.gold_lines}, line F1 {site.line.f1:.3f}")


if __name__ == "__main__":
    main()
