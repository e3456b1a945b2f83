"""Throughput and memory of the text path, next to trafilatura, and how cost grows with length.

    python bench/bench_text.py                      # 50 MB replica, 3 repeats
    python bench/bench_text.py --mb 5 --repeats 1   # a quick look

What is measured (medians of --repeats runs; every figure is printed with its runs):

1. `cleaner run --jobs 1` and `--jobs 2` as a user runs them (a process from start to exit,
   fresh output folder) on the bundled corpus (corpus/raw) replicated into one JSONL file of
   at least --mb MB, and on the text sets of ../shared/devcorpus (when present) replicated
   to a tenth of that. The two are run in turn (1, 2, 1, 2, ...) and the speed-up is the
   median of each side-by-side pair's ratio. docs/s and MB/s are of wall time; "MB/s per
   core" divides the input by the CPU time (user + sys) of the whole process tree
   (getrusage RUSAGE_CHILDREN), which the neighbours on a shared machine do not inflate.
   Peak tree RSS is the largest sum of the RSS of the `cleaner run` process and all its
   workers, sampled from /proc every 20 ms (psutil is not installed); tree PSS the same,
   every 0.1 s, with shared pages split between the processes sharing them (the memory the
   run really holds); max RSS is ru_maxrss, the largest single process.
   A --jobs 2 run on a tenth of the bundled replica, next to the full one, shows whether
   memory follows corpus size.
2. clean() in this process on the same pages, and trafilatura.extract() on the same pages
   wrapped as minimal HTML (one <p> per line, escaped): the ratio compares the same text,
   by CPU time. A replica only repeats its pages, so each page is measured --repeats times
   instead, the two one after the other in each repeat; the ratio is the median of the
   repeats' ratios. The same for each text set of the dev corpus. With --baseline REV,
   clean() of that git revision (git archive, in a process of its own) on the dev texts,
   paired with today's: 9f68ef1 is the engine when issue 16 was filed.
3. trafilatura on the real HTML pages of ../shared/devcorpus/html next to clean_html(..., fast=True).
4. Where clean() spends its time on the dev texts (or the bundled pages without them):
   the CPU-time shares of normalisation, rule matching, the heuristics (line shapes and
   decisions), the learned line layer (its features and LightGBM's prediction apart) and
   assembling the result, timed by wrapping each stage. Every measure times clean() as it
   runs by default, the learned layer included.
5. One document (the longest in corpus/raw) at 1x, 10x and 100x its length: time per
   character should stay flat if the cost is linear; and the shapes that once took minutes
   (issues 15 and 16) at those sizes.
6. Start-up: the CPU time of a fresh process that imports cleaner and cleans one page (with
   --baseline, next to that revision's, paired).

--engine-only skips the `cleaner run` replicas (1.) and the HTML pages (3.).
"""

from __future__ import annotations

import argparse
import html
import io
import json
import os
import random
import resource
import shutil
import signal
import statistics
import subprocess
import sys
import tarfile
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RAW_CORPUS = ROOT / "corpus" / "raw"
DEVCORPUS = ROOT.parent / "shared" / "devcorpus"
DEVCORPUS_TEXT_SETS = ("arabic", "dari-html", "multilingual")
LENGTH_FACTORS = (1, 10, 100)
RSS_SAMPLE_SECONDS = 0.02
PAGE_BYTES = os.sysconf("SC_PAGE_SIZE")
# PSS comes from smaps_rollup, which walks a process's page tables under its memory lock and
# so stalls the worker it reads; it is sampled this many times less often than RSS.
PSS_EVERY_NTH_SAMPLE = 5


def main() -> None:
    args = _parse_args()
    from cleaner.rules import default_rules

    default_rules()  # compiled once, outside every timing
    pages = _read_texts(sorted(RAW_CORPUS.glob("**/*.txt")))
    devcorpus_pages = {name: _read_texts(sorted((args.devcorpus / name / "raw").glob("**/*.txt")))
                       for name in DEVCORPUS_TEXT_SETS}
    devcorpus_pages = {name: texts for name, texts in devcorpus_pages.items() if texts}
    all_dev = [t for texts in devcorpus_pages.values() for t in texts]
    if not args.engine_only:
        print(f"cleaner run on JSONL replicas, median of {args.repeats} runs\n")
        with tempfile.TemporaryDirectory(prefix="bench-text-") as scratch:
            work = Path(scratch)
            full = _measure_replica(work, "bundled corpus", pages, args.mb, args.repeats)
            if devcorpus_pages:
                _measure_replica(work, "devcorpus text sets", all_dev, args.mb / 10, args.repeats)
            _print_memory_growth(work, pages, args.mb / 10, full)

    rows = [("bundled corpus pages", *_engine_vs_trafilatura(pages, args.repeats))]
    rows += [(f"devcorpus/{name}", *_engine_vs_trafilatura(texts, args.repeats))
             for name, texts in devcorpus_pages.items()]
    if len(devcorpus_pages) > 1:
        rows.append(("devcorpus text sets together", *_engine_vs_trafilatura(all_dev, args.repeats)))
    _print_comparison(rows)
    if args.baseline:
        _print_baseline(args.baseline, all_dev or pages,
                        "devcorpus text sets" if all_dev else "bundled corpus pages", args.repeats)
    _print_start_up(args.baseline, (all_dev or pages)[0], args.repeats)
    if not args.engine_only:
        _print_html_pages(args.devcorpus, args.repeats, text_path_mb_s=rows[0][3])
    _print_stage_shares(all_dev or pages, "devcorpus text sets" if all_dev else "bundled corpus pages",
                        args.repeats)
    _print_linearity(max(pages, key=len), args.repeats)
    _print_hostile_shapes()


def _measure_replica(work: Path, label: str, texts: list[str], megabytes: float, repeats: int) -> dict:
    """Run --jobs 1 and --jobs 2 on a replica of texts; return the slowest --jobs 2 run's
    figures with the replica's size under "mb"."""
    replica = work / "replica.jsonl"
    documents = build_replica(replica, texts, megabytes * 1_000_000)
    size = replica.stat().st_size / 1e6
    # Interleaved, first one then the other first, so that the drift of a shared machine's
    # speed over minutes falls on both alike.
    runs: dict[int, list[dict]] = {1: [], 2: []}
    for n in range(repeats):
        for jobs in ((1, 2) if n % 2 == 0 else (2, 1)):
            runs[jobs].append(cleaner_run(replica, work / f"out-{jobs}-{n}", jobs))
    print(f"{label}: {len(texts)} pages replicated to {documents} documents, {size:.1f} MB")
    _print_runs(runs, documents, size)
    replica.unlink()
    return {**max(runs[2], key=lambda r: r["tree_pss_mb"]), "mb": size}


def _print_memory_growth(work: Path, pages: list[str], megabytes: float, full: dict) -> None:
    """Peak tree memory of --jobs 2 on a small replica next to the full one's."""
    replica = work / "small.jsonl"
    build_replica(replica, pages, megabytes * 1_000_000)
    small = {**cleaner_run(replica, work / "out-small", 2), "mb": replica.stat().st_size / 1e6}
    print("memory against corpus size, --jobs 2: " + ", ".join(
        f"tree RSS {r['tree_rss_mb']:.0f} MB (PSS {r['tree_pss_mb']:.0f} MB) on {r['mb']:.1f} MB"
        for r in (small, full)) + "\n")


# ---------------------------------------------------------------- cleaner run


def build_replica(path: Path, pages: list[str], target_bytes: float) -> int:
    """Write the pages as JSONL records again and again until target_bytes; return the count."""
    count = written = 0
    with open(path, "wb") as out:
        while written < target_bytes:
            for text in pages:
                record = {"id": count, "text": text}
                written += out.write((json.dumps(record, ensure_ascii=False) + "\n").encode("utf-8"))
                count += 1
    return count


def cleaner_run(source: Path, out: Path, jobs: int) -> dict:
    """Wall time, CPU time and peak RSS of one `cleaner run` over source."""
    run = measured_run(source, out, jobs)
    if run["status"] != 0:
        sys.exit(f"cleaner run failed ({run['status']}): {run['stderr']}")
    shutil.rmtree(out)
    return run


def measured_run(source: Path, out: Path, jobs: int, stop_after: float | None = None) -> dict:
    """Run `cleaner run` (interrupted with SIGINT after stop_after seconds, if given) and
    measure it: wall and CPU time, peak tree RSS and PSS, exit status and stderr."""
    command = [sys.executable, "-m", "cleaner.cli", "run", str(source), "--out", str(out),
               "--jobs", str(jobs), "--quiet"]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    # A benchmark started in the background (nohup, &) ignores SIGINT, and so would the run.
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                               preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    sampler = TreeRss(process.pid)
    sampler.start()
    stopped = False
    try:
        _, stderr = process.communicate(timeout=stop_after)
    except subprocess.TimeoutExpired:
        stopped = True
        process.send_signal(signal.SIGINT)
        _, stderr = process.communicate()
    wall = time.perf_counter() - started
    sampler.stop()
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return {"wall": wall, "cpu": cpu, "tree_rss_mb": sampler.peak_rss / 1e6,
            "tree_pss_mb": sampler.peak_pss / 1e6, "maxrss_mb": after.ru_maxrss / 1e3,
            "main_pss_mb": sampler.peak_root_pss / 1e6, "workers_pss_mb": sampler.peak_children_pss / 1e6,
            "status": process.returncode, "stderr": stderr.decode(), "stopped": stopped}


class TreeRss(threading.Thread):
    """Samples the summed RSS and PSS of a process and all its descendants from /proc.

    RSS counts the pages a worker shares with the process it was forked from once per
    process, so its sum overstates; PSS splits shared pages between their sharers.
    """

    def __init__(self, root: int):
        super().__init__(daemon=True)
        self.root = root
        self.peak_rss = self.peak_pss = 0
        self.peak_root_pss = self.peak_children_pss = 0  # the process itself; its workers summed
        self._stopped = threading.Event()

    def run(self) -> None:
        samples = 0
        while not self._stopped.wait(RSS_SAMPLE_SECONDS):
            tree = self._tree()
            self.peak_rss = max(self.peak_rss, sum(map(_rss_bytes, tree)))
            if samples % PSS_EVERY_NTH_SAMPLE == 0:
                root, *children = map(_pss_bytes, tree)
                self.peak_pss = max(self.peak_pss, root + sum(children))
                self.peak_root_pss = max(self.peak_root_pss, root)
                self.peak_children_pss = max(self.peak_children_pss, sum(children))
            samples += 1

    def stop(self) -> None:
        self._stopped.set()
        self.join()

    def _tree(self) -> list[int]:
        # Each thread's children file, not a scan of every process in /proc: the sampler runs
        # beside the measured workers on the same cores and must cost them next to nothing.
        tree, todo = [], [self.root]
        while todo:
            pid = todo.pop()
            tree.append(pid)
            for children in Path(f"/proc/{pid}/task").glob("*/children"):
                try:
                    todo += [int(child) for child in children.read_text().split()]
                except OSError:
                    continue  # the thread or process has just ended
        return tree


def _rss_bytes(pid: int) -> int:
    """RSS of one process from /proc/<pid>/statm (a counter read, no page walk); 0 once gone."""
    try:
        return int(Path(f"/proc/{pid}/statm").read_text().split()[1]) * PAGE_BYTES
    except (OSError, IndexError, ValueError):
        return 0


def _pss_bytes(pid: int) -> int:
    """PSS of one process from /proc/<pid>/smaps_rollup; 0 once gone."""
    try:
        for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
            if line.startswith("Pss:"):
                return int(line.split()[1]) * 1024
    except (OSError, IndexError, ValueError):
        pass
    return 0


def _print_runs(runs: dict[int, list[dict]], documents: int, megabytes: float) -> None:
    print(f"{'  cleaner run':30s} {'docs/s':>9s} {'MB/s':>7s} {'MB/s/core':>10s} "
          f"{'tree RSS':>9s} {'tree PSS':>9s} {'max RSS':>8s}  wall s of each run")
    for jobs, results in runs.items():
        wall = statistics.median(r["wall"] for r in results)
        cpu = statistics.median(r["cpu"] for r in results)
        print(f"{f'  --jobs {jobs}':30s} {documents / wall:9.0f} {megabytes / wall:7.2f} {megabytes / cpu:10.2f} "
              f"{max(r['tree_rss_mb'] for r in results):7.0f}MB {max(r['tree_pss_mb'] for r in results):7.0f}MB "
              f"{max(r['maxrss_mb'] for r in results):6.0f}MB  "
              f"{', '.join(format(r['wall'], '.1f') for r in results)}")
    pairs = [one["wall"] / two["wall"] for one, two in zip(runs[1], runs[2])]
    medians = {jobs: statistics.median(r["wall"] for r in results) for jobs, results in runs.items()}
    print(f"  --jobs 2 / --jobs 1 speed-up (wall): {statistics.median(pairs):.2f}x, the median of "
          f"the runs side by side ({', '.join(format(pair, '.2f') for pair in pairs)}); "
          f"{medians[1] / medians[2]:.2f}x from the medians above\n")


# ---------------------------------------------------------------- in process, next to trafilatura


def _engine_vs_trafilatura(texts: list[str], repeats: int) -> tuple:
    """(documents, MB, clean() MB/s, trafilatura MB/s, docs/s of clean(), speed ratio) by CPU
    time."""
    from cleaner.engine import clean

    megabytes = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    wrapped = [as_minimal_html(t) for t in texts]
    engine, peer, ratio = _paired_cpu(lambda: [clean(t) for t in texts],
                                      lambda: [_extract(page) for page in wrapped], repeats)
    return len(texts), megabytes, megabytes / engine, megabytes / peer, len(texts) / engine, ratio


def as_minimal_html(text: str) -> str:
    """A text scrape as the simplest page trafilatura can read: one <p> per non-blank line."""
    paragraphs = "".join(f"<p>{html.escape(line.strip())}</p>\n" for line in text.split("\n") if line.strip())
    return f"<html><body><article>\n{paragraphs}</article></body></html>"


def _extract(page: str):
    import trafilatura

    return trafilatura.extract(page)


def _print_comparison(rows: list[tuple]) -> None:
    print(f"{'in process, CPU time':30s} {'docs':>6s} {'MB':>6s} {'clean() MB/s':>13s} {'docs/s':>8s} "
          f"{'trafilatura MB/s':>17s} {'ratio':>7s}")
    for name, documents, megabytes, engine, peer, docs_per_s, ratio in rows:
        print(f"{name:30s} {documents:6d} {megabytes:6.2f} {engine:13.2f} {docs_per_s:8.0f} "
              f"{peer:17.2f} {ratio:6.1f}x")
    print("(trafilatura.extract on the same text as minimal HTML, one <p> per line; the ratio is\n"
          " the median of the repeats' ratios, each timing the two one after the other)\n")


def _print_html_pages(devcorpus: Path, repeats: int, text_path_mb_s: float) -> None:
    pages = sorted((devcorpus / "html" / "pages").glob("*.html"))
    if not pages:
        print("../shared/devcorpus/html not present: HTML comparison skipped\n")
        return
    from cleaner.html import clean_html

    raw = [p.read_bytes() for p in pages]
    megabytes = sum(map(len, raw)) / 1e6
    trafilatura_s, clean_html_s, _ = _paired_cpu(lambda: [_extract(page) for page in raw],
                                                 lambda: [clean_html(page, fast=True) for page in raw], repeats)
    print(f"devcorpus/html: {len(raw)} real pages, {megabytes:.1f} MB, CPU time")
    print(f"  trafilatura.extract   {megabytes / trafilatura_s:7.2f} MB/s")
    # The single-extractor path; bench/eval_html.py times the default (block classifier) path too.
    print(f"  clean_html --fast     {megabytes / clean_html_s:7.2f} MB/s "
          f"({trafilatura_s / clean_html_s:.2f}x trafilatura; it runs trafilatura, then the text engine)")
    print(f"  the text path (clean() on the bundled pages, {text_path_mb_s:.2f} MB/s) is "
          f"{text_path_mb_s * trafilatura_s / megabytes:.1f}x trafilatura's MB/s on these pages\n")


# ---------------------------------------------------------------- against an earlier engine

# Passes of clean() over the texts timed together in each measure of --baseline: one pass of
# the dev texts takes a tenth of a second, short enough for a busy neighbour to skew it.
BASELINE_PASSES = 5
# Times BASELINE_PASSES passes of clean() over the texts in a JSON file, after one untimed
# pass, by CPU time.
_BASELINE_WORKER = f"""
import json, sys, time
from cleaner.engine import clean
from cleaner.rules import default_rules
texts = json.loads(open(sys.argv[1], encoding="utf-8").read())
default_rules()
[clean(t) for t in texts]
started = time.process_time()
for _ in range({BASELINE_PASSES}):
    [clean(t) for t in texts]
print(time.process_time() - started)
"""


def _print_baseline(revision: str, texts: list[str], label: str, repeats: int) -> None:
    """clean() of an earlier revision next to today's on the same texts: each repeat times
    BASELINE_PASSES passes of each, one after the other (which goes first alternates), the
    earlier one in a process of its own with that revision's code and rules."""
    from cleaner.engine import clean

    megabytes = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    with tempfile.TemporaryDirectory(prefix="bench-baseline-") as scratch:
        tree = _revision_tree(revision, Path(scratch))
        texts_file = Path(scratch) / "texts.json"
        texts_file.write_text(json.dumps(texts), encoding="utf-8")

        def earlier() -> float:
            run = subprocess.run([sys.executable, "-c", _BASELINE_WORKER, str(texts_file)], cwd=tree,
                                 env={**os.environ, "PYTHONPATH": str(tree)},
                                 capture_output=True, text=True, check=True)
            return float(run.stdout.split()[-1])

        def passes():
            for _ in range(BASELINE_PASSES):
                [clean(t) for t in texts]

        [clean(t) for t in texts]  # untimed, as the earlier one's first pass is
        today = _paired_runs(lambda: _cpu_seconds(passes), earlier, repeats)
    measured = megabytes * BASELINE_PASSES
    print(f"clean() today against clean() at {revision}, on the {label} ({megabytes:.2f} MB, "
          f"{BASELINE_PASSES} passes a measure), CPU time")
    print(f"  today {measured / statistics.median(a for a, _ in today):.2f} MB/s, at {revision} "
          f"{measured / statistics.median(b for _, b in today):.2f} MB/s: "
          f"{statistics.median(b / a for a, b in today):.2f}x (the median of the pairs "
          f"{', '.join(format(b / a, '.2f') for a, b in today)})\n")


def _revision_tree(revision: str, scratch: Path) -> Path:
    """The code and rules of a git revision, unpacked under scratch."""
    tree = scratch / "tree"
    archive = subprocess.run(["git", "-C", str(ROOT), "archive", revision],
                             capture_output=True, check=True).stdout
    with tarfile.open(fileobj=io.BytesIO(archive)) as bundle:
        bundle.extractall(tree, filter="data")
    # An editable install maps cleaner.rules_data to today's rules/, which an earlier
    # revision's loader may refuse (a key added since): give that revision its own.
    (tree / "cleaner" / "rules_data").symlink_to(tree / "rules")
    return tree


# The CPU time of a fresh process, from its start, that imports cleaner and cleans one page:
# what each worker of a batch, each datatrove task and each script calling clean() once pays.
_START_WORKER = """
import sys, time
from cleaner.engine import clean
clean(open(sys.argv[1], encoding="utf-8").read())
print(time.process_time())
"""


def _print_start_up(revision: str | None, text: str, repeats: int) -> None:
    with tempfile.TemporaryDirectory(prefix="bench-start-") as scratch:
        page = Path(scratch) / "page.txt"
        page.write_text(text, encoding="utf-8")

        def started(tree: Path) -> float:
            run = subprocess.run([sys.executable, "-c", _START_WORKER, str(page)], cwd=tree,
                                 env={**os.environ, "PYTHONPATH": str(tree)},
                                 capture_output=True, text=True, check=True)
            return float(run.stdout.split()[-1])

        print("start-up: a fresh process imports cleaner and cleans one page, CPU seconds")
        # The first run of each tree writes its bytecode, which a user's later runs find: untimed.
        started(ROOT)
        if revision is None:
            runs = [started(ROOT) for _ in range(repeats)]
            print(f"  today {statistics.median(runs):.2f} s (runs {', '.join(f'{r:.2f}' for r in runs)})\n")
            return
        earlier = _revision_tree(revision, Path(scratch))
        started(earlier)
        pairs = _paired_runs(lambda: started(ROOT), lambda: started(earlier), repeats)
        print(f"  today {statistics.median(a for a, _ in pairs):.2f} s, at {revision} "
              f"{statistics.median(b for _, b in pairs):.2f} s (the pairs "
              f"{', '.join(f'{a:.2f}/{b:.2f}' for a, b in pairs)})\n")


# ---------------------------------------------------------------- where the time goes


def _print_stage_shares(texts: list[str], label: str, repeats: int) -> None:
    """CPU-time shares of clean()'s stages, each timed by wrapping the function that does
    it; "other" is splitting and stripping lines, choosing the site, telling the language and
    the rest. The learned layer is split into its features, LightGBM's prediction and the
    rest of it (its decisions, the states of the lines)."""
    from cleaner import engine, features, heuristics, linemodel, matcher

    spent: dict[str, float] = {}
    # The learned layer is a stage of its own: left out, its features and prediction would
    # be counted as "other".
    stages = [(engine, "normalize_lines", "normalise"), (matcher.Matcher, "match_lines", "match"),
              (heuristics, "analyse", "line shapes"), (engine, "_decide", "decisions"),
              (linemodel, "revise", "learned layer"), (features, "document_features", "features"),
              (linemodel.LineModel, "probabilities", "prediction"), (engine, "_assemble", "assemble")]
    originals = [(owner, name, getattr(owner, name)) for owner, name, _ in stages]
    for owner, name, stage in stages:
        setattr(owner, name, _timed(getattr(owner, name), stage, spent))
    try:
        started = time.process_time()
        for _ in range(repeats):
            for text in texts:
                engine.clean(text)
        total = time.process_time() - started
    finally:
        for owner, name, original in originals:
            setattr(owner, name, original)
    spent["line shapes"] -= spent["match"]  # analyse() calls the matcher
    layer = {part: spent.pop(part, 0.0) for part in ("features", "prediction")}
    spent["other"] = total - sum(spent.values())
    print(f"where clean() spends its time on the {label} (CPU time, {repeats} passes):")
    print("  " + ", ".join(f"{stage} {seconds / total:.0%}" for stage, seconds in spent.items()))
    print("  of which in the learned layer: " + ", ".join(f"{part} {seconds / total:.0%}"
                                                          for part, seconds in layer.items())
          + f", the rest {(spent['learned layer'] - sum(layer.values())) / total:.0%}\n")


def _timed(function, stage: str, spent: dict[str, float]):
    def timed(*args, **kwargs):
        started = time.process_time()
        try:
            return function(*args, **kwargs)
        finally:
            spent[stage] = spent.get(stage, 0.0) + time.process_time() - started
    return timed


# ---------------------------------------------------------------- cost against length


def _print_linearity(document: str, repeats: int) -> None:
    from cleaner.engine import clean

    print(f"one document at growing length (the longest bundled page, {len(document)} characters)")
    base = None
    for factor in LENGTH_FACTORS:
        text = "\n".join([document] * factor)
        seconds = _median_cpu(lambda: clean(text), repeats)
        per_char = seconds / len(text)
        base = base or per_char
        print(f"  {factor:4d}x {len(text):9d} chars {seconds * 1000:9.1f} ms  "
              f"{per_char * 1e9:7.0f} ns/char  ({per_char / base:.2f}x the 1x cost per character)")


# Pages that once took minutes: a listing page of headline / teaser / "Read more" (30,000
# lines), prose with a "Read more" every 50 lines (30,000 lines), 1,600,000 newlines, and a
# line of 64,000 ". " between a few words (a sentence-end search backtracked over the dots).
HOSTILE_BLOCKS = 10_000


def _print_hostile_shapes() -> None:
    from cleaner.engine import clean
    from cleaner.rules import default_rules

    teaser = ("Councillors in Portbury said on Tuesday that item {n} of the harbour plan would go "
              "ahead next spring, despite the objections.")
    lead = ("Councillors in Portbury have approved a plan to replace the town's old fish market with "
            "flats, shops and a public square, after a meeting that ran late into the evening.\n")
    listing = lead + "".join(f"Harbour plan item {n} approved by the council\n{teaser.format(n=n)}\n"
                             "Read more\n" for n in range(HOSTILE_BLOCKS))
    prose = lead + "".join(teaser.format(n=n) + ("\nRead more: Harbour plan timeline" if n % 50 == 49 else "")
                           + "\n" for n in range(3 * HOSTILE_BLOCKS))
    # Lines in a hundred languages: no language is told, every rule is asked on every line,
    # and one RE2 Set of them all rebuilt its DFA line after line (61 s at 1e5918f).
    rule_lines = sorted({line for test in default_rules().tests for line in test.raw.split("\n") if line.strip()})
    languages = "\n".join(random.Random(0).choices(rule_lines, k=3 * HOSTILE_BLOCKS))
    print("shapes that were quadratic or thrashed, CPU seconds of one clean()")
    for name, text in (("listing page, 30,000 lines", listing), ("prose, a Read more every 50 lines", prose),
                       ("30,000 lines in a hundred languages", languages),
                       ("1,600,000 newlines", "\n" * 1_600_000),
                       ("a line of 64,000 dots under a menu", "Home\nNews\nSport\nWeather\n" + lead
                        + "Word one two three " + ". " * 64_000 + "Name\n" + lead)):
        seconds = _cpu_seconds(lambda: clean(text))
        print(f"  {name:40s} {len(text) / 1e6:6.1f} MB {seconds:7.2f} s")


# ---------------------------------------------------------------- helpers


def _paired_cpu(first, second, repeats: int) -> tuple[float, float, float]:
    """Median CPU seconds of first() and of second(), and the median of second/first over
    the repeats. The two run one after the other in each repeat (after one untimed run of
    each, which fills caches), so that a shared machine's drift over minutes falls on both
    alike."""
    first(), second()
    pairs = _paired_runs(lambda: _cpu_seconds(first), lambda: _cpu_seconds(second), repeats)
    return (statistics.median(a for a, _ in pairs), statistics.median(b for _, b in pairs),
            statistics.median(b / a for a, b in pairs))


def _paired_runs(first, second, repeats: int) -> list[tuple[float, float]]:
    """(first(), second()) for each repeat, the two measured one after the other. Which runs
    first alternates, so that what one leaves behind (garbage to collect, cache contents)
    falls on both alike."""
    pairs = []
    for n in range(repeats):
        if n % 2:
            second_seconds = second()
            first_seconds = first()
        else:
            first_seconds = first()
            second_seconds = second()
        pairs.append((first_seconds, second_seconds))
    return pairs


def _cpu_seconds(work) -> float:
    started = time.process_time()
    work()
    return time.process_time() - started


def _median_cpu(work, repeats: int) -> float:
    return statistics.median(_cpu_seconds(work) for _ in range(repeats))


def _read_texts(paths: list[Path]) -> list[str]:
    from cleaner.io.readers import DocumentError, decode

    texts = []
    for path in paths:
        try:
            texts.append(decode(path.read_bytes())[0])
        except DocumentError:
            continue
    return texts


def _parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--mb", type=float, default=50, help="replica size in MB (default 50)")
    parser.add_argument("--repeats", type=int, default=3, help="runs per measure (default 3)")
    parser.add_argument("--devcorpus", type=Path, default=DEVCORPUS, help=f"default {DEVCORPUS}")
    parser.add_argument("--baseline", metavar="REV",
                        help="also time clean() of this git revision on the dev texts, paired with "
                             "today's (9f68ef1: the engine when issue 16 was filed)")
    parser.add_argument("--engine-only", action="store_true",
                        help="only the in-process measures: no cleaner run replicas, no HTML pages")
    return parser.parse_args()


if __name__ == "__main__":
    main()
