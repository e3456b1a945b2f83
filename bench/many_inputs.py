"""Main-process memory of `cleaner run` against the number of inputs (issue 15, item 11).

    python bench/many_inputs.py [--files 20000 100000] [--jobs 2]

Writes N small text files (one short article each) and runs `cleaner run` over them, then a
rerun that skips them all (resume reads the manifest). Prints the peak RSS of the main
process alone (the workers' memory does not depend on the number of inputs), its growth per
input, and the manifest's size.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import threading
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_text import _rss_bytes  # noqa: E402

ARTICLE = ("The city council approved the new budget on Tuesday after a long debate about school "
           "funding, report {n}.\n\nCouncil members voted seven to two in favour.\n\nRead more: "
           "other stories\n")


def main() -> None:
    args = _parse_args()
    rows = []
    for count in args.files:
        work = Path(tempfile.mkdtemp(prefix="cleaner-many-"))
        try:
            source = work / "in"
            for n in range(count):
                folder = source / f"{n // 1000:03d}"
                folder.mkdir(parents=True, exist_ok=True)
                (folder / f"{n}.txt").write_text(ARTICLE.format(n=n))
            first = _main_peak(source, work / "out", args.jobs)
            again = _main_peak(source, work / "out", args.jobs)
            manifest = (work / "out" / "manifest.jsonl").stat().st_size
            rows.append((count, first, again, manifest))
        finally:
            shutil.rmtree(work)
    print("| inputs | main process peak RSS, run | rerun (all skipped) | manifest |")
    print("|---|---|---|---|")
    for count, first, again, manifest in rows:
        print(f"| {count:,} | {first / 1e6:.0f} MB | {again / 1e6:.0f} MB | {manifest / 1e6:.1f} MB |")
    if len(rows) > 1:
        (small, s_first, _, _), (large, l_first, _, _) = rows[0], rows[-1]
        print(f"growth: {(l_first - s_first) / (large - small):.0f} bytes of main-process RSS per input")


def _main_peak(source: Path, out: Path, jobs: int) -> int:
    command = [sys.executable, "-m", "cleaner.cli", "run", str(source), "--out", str(out),
               "--jobs", str(jobs), "--quiet"]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    peak = 0
    stopped = threading.Event()

    def sample() -> None:
        nonlocal peak
        while not stopped.wait(0.05):
            peak = max(peak, _rss_bytes(process.pid))

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    _, stderr = process.communicate()
    stopped.set()
    sampler.join()
    if process.returncode != 0:
        sys.exit(f"cleaner run failed ({process.returncode}): {stderr.decode(errors='replace')}")
    return peak


def _parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--files", type=int, nargs="+", default=[20_000, 100_000])
    parser.add_argument("--jobs", type=int, default=2)
    return parser.parse_args()


if __name__ == "__main__":
    main()
