"""Throughput of `cleaner run --engine datatrove` next to `cleaner run` (local engine) on the
same JSONL file, with the same number of processes.

The bundled corpus (corpus/raw/**/*.txt) is replicated into one JSONL file of about --mb
megabytes (each copy with its own id). Each engine runs as the user runs it, a `cleaner run`
process from start to exit, into a fresh output folder, --repeats times; the medians are
printed as documents/s and MB/s of input.

    python bench/bench_datatrove.py                  # ~20 MB, 2 processes, 3 repeats
    python bench/bench_datatrove.py --mb 5 --repeats 1
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

RAW_CORPUS = Path(__file__).resolve().parent.parent / "corpus" / "raw"


def main() -> None:
    args = _parse_args()
    work = Path(tempfile.mkdtemp(prefix="bench-datatrove-"))
    try:
        source = work / "pages.jsonl"
        documents = build_input(source, args.mb * 1_000_000)
        megabytes = source.stat().st_size / 1e6
        print(f"input: {documents} documents, {megabytes:.1f} MB of JSONL; {args.processes} processes; "
              f"median of {args.repeats} runs")
        commands = {
            "cleaner run (local)": ["--jobs", str(args.processes)],
            "cleaner run --engine datatrove": [
                "--engine", "datatrove", "--tasks", str(args.processes), "--workers", str(args.processes)
            ],
        }
        medians = {}
        for name, options in commands.items():
            seconds = [timed_run(source, work / f"out-{n}", options) for n in range(args.repeats)]
            medians[name] = statistics.median(seconds)
            print(f"{name:32s} {medians[name]:7.2f} s  {documents / medians[name]:8.1f} docs/s  "
                  f"{megabytes / medians[name]:6.2f} MB/s  (runs: {', '.join(f'{s:.2f}' for s in seconds)})")
        local, datatrove = medians.values()
        print(f"datatrove / local throughput: {local / datatrove:.2f}x")
    finally:
        shutil.rmtree(work, ignore_errors=True)


def build_input(path: Path, target_bytes: int) -> int:
    """Write the corpus pages again and again, each copy with its own id; return the count."""
    pages = [(p.relative_to(RAW_CORPUS).with_suffix("").as_posix(), p.read_text("utf-8"))
             for p in sorted(RAW_CORPUS.glob("**/*.txt"))]
    if not pages:
        sys.exit(f"no pages under {RAW_CORPUS}")
    count = written = 0
    with open(path, "wb") as out:
        while written < target_bytes:
            for name, text in pages:
                record = {"id": f"{name}#{count}", "url": f"https://news.example/{name}", "text": text}
                written += out.write((json.dumps(record, ensure_ascii=False) + "\n").encode("utf-8"))
                count += 1
    return count


def timed_run(source: Path, out: Path, options: list[str]) -> float:
    command = [sys.executable, "-m", "cleaner.cli", "run", str(source), "--out", str(out), "--quiet", *options]
    started = time.perf_counter()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    elapsed = time.perf_counter() - started
    shutil.rmtree(out)
    return elapsed


def _parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--mb", type=float, default=20, help="input size in MB (default 20)")
    parser.add_argument("--processes", type=int, default=2, help="processes for both engines (default 2)")
    parser.add_argument("--repeats", type=int, default=3, help="runs per engine (default 3)")
    return parser.parse_args()


if __name__ == "__main__":
    main()
