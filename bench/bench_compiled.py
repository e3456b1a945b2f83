"""clean() with its hot modules compiled by Cython as they are, next to the same modules as
pure Python: what compiling the source, without rewriting it, would gain.

    pip install 'cython>=3'   # not a dependency of cleaner
    python bench/bench_compiled.py --devcorpus ../shared/devcorpus [--instructions]

The package (with its rules) is copied twice into a scratch folder; in one copy the modules
of COMPILED are compiled in place by Cython (`annotation_typing=False`: an annotation such
as `list[int]` stays a hint, as in Python, instead of a type check that refuses a tuple), so
that the compiled module is imported instead of its .py. Each copy cleans the dev texts (or
the bundled pages without them) in a process of its own: one untimed pass, then --passes
passes by CPU time; the two run one after the other, which goes first alternating, and the
speed-up is the median of the pairs' ratios. Both print a digest of every result (kept
lines, removals and their reasons, metadata, flags, restored lines): compiled code must
clean the same.

--instructions counts the instructions of each copy under valgrind's cachegrind instead
(a run with --passes passes minus a run with none, so that loading the rules and the
model is left out): a count that the neighbours on a shared machine do not move. It also
says where the pure copy's instructions go, by library (cg_diff and cg_annotate): the
interpreter and the Python runtime that a compiler of the same source still calls, and the
C libraries (re, regex, RE2, CLD2, LightGBM, numpy) that no compiler of it touches.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import resource
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_text import DEVCORPUS, DEVCORPUS_TEXT_SETS, RAW_CORPUS, ROOT, _read_texts  # noqa: E402

# The modules that run for every line of every document (see bench_text.py's stage shares).
COMPILED = ("engine", "heuristics", "features", "matcher", "normalize", "linemodel", "model", "language")

# Cleans the texts in a JSON file: one untimed pass, then N passes; prints their CPU time
# and the digest of the results.
_WORKER = """
import hashlib, json, sys, time
from cleaner.engine import clean
from cleaner.rules import default_rules
texts = json.loads(open(sys.argv[1], encoding="utf-8").read())
passes = int(sys.argv[2])
default_rules()
digest = hashlib.sha256()
for text in texts:
    result = clean(text)
    digest.update(json.dumps([[(k.number, k.text) for k in result.kept],
                              [r.to_dict() for r in result.removals],
                              result.metadata, result.flags, sorted(result.restored.items())],
                             ensure_ascii=False, sort_keys=True, default=str).encode("utf-8"))
started = time.process_time()
for _ in range(passes):
    for text in texts:
        clean(text)
print(time.process_time() - started, digest.hexdigest())
"""


def main() -> None:
    args = _parse_args()
    try:
        import Cython
    except ImportError:
        sys.exit("Cython is not installed: pip install 'cython>=3'")
    texts = [t for name in DEVCORPUS_TEXT_SETS
             for t in _read_texts(sorted((args.devcorpus / name / "raw").glob("**/*.txt")))]
    label = "devcorpus text sets"
    if not texts:
        texts, label = _read_texts(sorted(RAW_CORPUS.glob("**/*.txt"))), "bundled corpus pages"
    megabytes = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    with tempfile.TemporaryDirectory(prefix="bench-compiled-") as scratch:
        work = Path(scratch)
        texts_file = work / "texts.json"
        texts_file.write_text(json.dumps(texts), encoding="utf-8")
        pure, compiled = _copy(work / "pure"), _copy(work / "compiled")
        seconds = _compile(compiled)
        print(f"Cython {Cython.__version__} compiled {', '.join(m + '.py' for m in COMPILED)} "
              f"in {seconds:.0f} s (CPU)\n")
        if args.instructions:
            _print_instructions(pure, compiled, texts_file, args.passes, label)
        else:
            _print_times(pure, compiled, texts_file, args.passes, args.repeats, label, megabytes)


def _copy(tree: Path) -> Path:
    """The package and its rules (as cleaner.rules_data, as an install lays them out)."""
    shutil.copytree(ROOT / "cleaner", tree / "cleaner", ignore=shutil.ignore_patterns("__pycache__", "*.so"))
    shutil.copytree(ROOT / "rules", tree / "cleaner" / "rules_data", ignore=shutil.ignore_patterns("__pycache__"))
    return tree


def _compile(tree: Path) -> float:
    before = _children_cpu()
    subprocess.run([sys.executable, "-m", "Cython.Build.Cythonize", "-3", "-i", "-q",
                    "-X", "annotation_typing=False", "-j", str(os.cpu_count() or 1),
                    *(str(tree / "cleaner" / f"{module}.py") for module in COMPILED)],
                   cwd=tree, check=True, capture_output=True)
    missing = [m for m in COMPILED if not list((tree / "cleaner").glob(f"{m}.*.so"))]
    if missing:
        sys.exit(f"Cython built no extension for {', '.join(missing)}")
    return _children_cpu() - before


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _run(tree: Path, texts_file: Path, passes: int, prefix: tuple[str, ...] = ()) -> subprocess.CompletedProcess:
    # A file, not `python -c`: cachegrind writes the command line into its output, where
    # the worker's newlines would break cg_diff's reading of it. One hash seed: the same
    # set and dict layouts in every run, so that instruction counts repeat.
    worker = tree / "bench_worker.py"
    worker.write_text(_WORKER, encoding="utf-8")
    return subprocess.run([*prefix, sys.executable, str(worker), str(texts_file), str(passes)],
                          cwd=tree, env={**os.environ, "PYTHONPATH": str(tree), "PYTHONHASHSEED": "0"},
                          capture_output=True, text=True, check=True)


def _print_times(pure: Path, compiled: Path, texts_file: Path, passes: int, repeats: int, label: str,
                 megabytes: float) -> None:
    pairs, digests = [], set()
    for n in range(repeats):
        order = (pure, compiled) if n % 2 == 0 else (compiled, pure)
        measured = {}
        for tree in order:
            seconds, digest = _run(tree, texts_file, passes).stdout.split()
            measured[tree] = float(seconds)
            digests.add((tree.name, digest))
        pairs.append((measured[pure], measured[compiled]))
    cleaned = megabytes * passes
    print(f"clean() on the {label} ({megabytes:.2f} MB, {passes} passes a measure), CPU time, "
          f"median of {repeats}")
    print(f"  pure Python {cleaned / statistics.median(p for p, _ in pairs):.2f} MB/s, compiled "
          f"{cleaned / statistics.median(c for _, c in pairs):.2f} MB/s: "
          f"{statistics.median(p / c for p, c in pairs):.2f}x (the pairs "
          f"{', '.join(format(p / c, '.2f') for p, c in pairs)})")
    _print_identity(digests)


def _print_instructions(pure: Path, compiled: Path, texts_file: Path, passes: int, label: str) -> None:
    if not shutil.which("valgrind"):
        sys.exit("--instructions needs valgrind (Debian's package valgrind)")
    counts, digests = {}, set()
    for tree in (pure, compiled):
        runs = []
        for n in (0, passes):
            out = tree / f"cachegrind.{n}"
            run = _run(tree, texts_file, n, ("valgrind", "--tool=cachegrind", "--cache-sim=no",
                                              f"--cachegrind-out-file={out}"))
            runs.append(int(re.search(r"I\s+refs:\s+([\d,]+)", run.stderr).group(1).replace(",", "")))
            digests.add((tree.name, run.stdout.split()[1]))
        counts[tree] = (runs[1] - runs[0]) / passes
    print(f"clean() on the {label}, instructions a pass (valgrind cachegrind, {passes} passes "
          "minus none)")
    print(f"  pure Python {counts[pure] / 1e9:.3f} billion, compiled {counts[compiled] / 1e9:.3f} billion: "
          f"{counts[pure] / counts[compiled]:.3f}x fewer")
    _print_identity(digests)
    shares = _library_shares(pure / "cachegrind.0", pure / f"cachegrind.{passes}")
    print("  where the pure copy's instructions go: "
          + ", ".join(f"{library} {share:.0%}" for library, share in shares))


# (what a function's file or name holds, library): the first that matches names it.
_LIBRARIES = (("cleaner/", "cleaner's compiled modules"), ("/Python/ceval", "interpreter loop"), ("_sre", "re"), ("_regex", "regex"),
              ("re2", "RE2"), ("LightGBM", "LightGBM"), ("cld2", "CLD2"), ("CLD2", "CLD2"),
              ("numpy", "numpy"), ("PyArray", "numpy"), ("ufunc", "numpy"), ("mapiter", "numpy"),
              ("Python-3", "Python runtime (str, dict, list, objects, allocation)"),
              ("malloc", "libc"), ("./string/", "libc"), ("./nptl/", "libc"))


def _library_shares(before: Path, after: Path) -> list[tuple[str, float]]:
    """The share of the instructions between two cachegrind files of each library."""
    diff = before.with_suffix(".diff")
    subprocess.run(["cg_diff", str(before), str(after)], stdout=diff.open("w"), check=True)
    annotated = subprocess.run(["cg_annotate", "--auto=no", "--threshold=0", str(diff)],
                               capture_output=True, text=True, check=True).stdout
    found: dict[str, int] = {}
    total = 0
    for count, function in re.findall(r"^\s*(-?[\d,]+) \(\s*-?[\d.]+%\)\s+(\S.*)$", annotated, re.M):
        count = int(count.replace(",", ""))
        if "PROGRAM TOTALS" in function:
            total = count
            continue
        library = next((name for mark, name in _LIBRARIES if mark in function), "other")
        found[library] = found.get(library, 0) + count
    return sorted(((name, count / total) for name, count in found.items()), key=lambda item: -item[1])


def _print_identity(digests: set[tuple[str, str]]) -> None:
    same = len({digest for _, digest in digests}) == 1
    print(f"  results: {'identical' if same else 'DIFFERENT'} (digest of every kept line, removal, "
          "reason, metadata and flag)")


def _parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--devcorpus", type=Path, default=DEVCORPUS)
    parser.add_argument("--passes", type=int, default=3)
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--instructions", action="store_true",
                        help="count instructions under valgrind instead of timing")
    return parser.parse_args()


if __name__ == "__main__":
    main()
