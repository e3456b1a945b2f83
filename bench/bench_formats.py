"""Memory and throughput of `cleaner run` on a large Parquet shard.

    python bench/bench_formats.py                 # a 1 GB shard (on disk), --jobs 2
    python bench/bench_formats.py --mb 100        # a quick look

The shard is generated in a temporary folder from the bundled corpus (corpus/raw): every
page again and again, each copy made unique (its number in its first line) so that Parquet's
dictionary encoding cannot fold the copies, with id, url, a date and an int column beside the
text, in row groups of --rows-per-group rows (snappy, pyarrow's default). `cleaner run` runs
on it as a user runs it, in a process of its own; the peak memory of the whole process tree
(the run and its workers: RSS summed, and PSS, which splits shared pages between the
processes sharing them) is sampled from /proc as bench_text.py does. The output is checked:
same row count, every input column first and equal. Acceptance: peak tree PSS < 400 MB.

--stop-after SECONDS interrupts the run (Ctrl-C, as a user would; the run is resumable) once
that long has passed: on a shared machine a whole gigabyte can take an hour, while memory is
flat after the first row groups. The figures are then those of the row groups finished
(from the run's manifest), and the output is not checked.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
import tempfile
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
from bench_text import RAW_CORPUS, measured_run  # noqa: E402
from format_paths import unique_page  # noqa: E402

ACCEPTED_PSS_MB = 400


def main() -> None:
    args = _parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-formats-") as work:
        shard = Path(work) / "shard.parquet"
        rows = build_shard(shard, args.mb * 1e6, args.rows_per_group)
        size = shard.stat().st_size / 1e6
        groups = pq.ParquetFile(shard).metadata.num_row_groups
        print(f"shard: {size:.0f} MB on disk, {rows} rows in {groups} row groups")
        run = measured_run(shard, Path(work) / "out", args.jobs, args.stop_after)
        if run["status"] not in ((130,) if run["stopped"] else (0, 1)):
            sys.exit(f"cleaner run failed ({run['status']}): {run['stderr']}")
        if run["stopped"]:
            rows, megabytes = finished_row_groups(Path(work) / "out" / "manifest.jsonl")
            print(f"stopped after {run['wall']:.0f} s: {rows} rows ({megabytes:.0f} MB) in finished row groups")
        else:
            megabytes = size
            check_output(shard, Path(work) / "out" / "shard.parquet", rows)
    print(f"cleaner run --jobs {args.jobs}: {run['wall']:.0f} s, {rows / run['wall']:.0f} docs/s, "
          f"{megabytes / run['wall']:.2f} MB/s; CPU {run['cpu']:.0f} s")
    print(f"peak memory, whole tree: PSS {run['tree_pss_mb']:.0f} MB, RSS {run['tree_rss_mb']:.0f} MB "
          f"(largest process {run['maxrss_mb']:.0f} MB); accepted below {ACCEPTED_PSS_MB} MB PSS: "
          f"{'yes' if run['tree_pss_mb'] < ACCEPTED_PSS_MB else 'NO'}")
    print(f"peak PSS of the main process {run['main_pss_mb']:.0f} MB, of the workers together "
          f"{run['workers_pss_mb']:.0f} MB (each its own peak, not at the same moment)")


def build_shard(path: Path, target_bytes: float, rows_per_group: int) -> int:
    """Write row groups of the corpus pages until the file reaches target_bytes; return the rows."""
    pages = [p.read_text(encoding="utf-8") for p in sorted(RAW_CORPUS.glob("**/*.txt"))]
    start = dt.datetime(2024, 1, 1)
    rows = 0
    with pq.ParquetWriter(path, _schema()) as writer:
        while path.stat().st_size < target_bytes:
            numbers = range(rows, rows + rows_per_group)
            texts = [unique_page(pages[n % len(pages)], n) for n in numbers]
            writer.write_table(pa.table({
                "id": [f"doc-{n}" for n in numbers],
                "url": [f"https://site{n % 50}.example/news/{n}" for n in numbers],
                "text": texts,
                "date": [start + dt.timedelta(seconds=n) for n in numbers],
                "token_count": [len(text.split()) for text in texts],
            }, schema=_schema()))
            rows += rows_per_group
    return rows


def _schema() -> pa.Schema:
    return pa.schema([("id", pa.string()), ("url", pa.string()), ("text", pa.string()),
                      ("date", pa.timestamp("s")), ("token_count", pa.int32())])


def finished_row_groups(manifest: Path) -> tuple[int, float]:
    """Rows and stored megabytes of the row groups an interrupted run journalled as done."""
    entries = [json.loads(line) for line in manifest.read_text(encoding="utf-8").splitlines()]
    done = [entry for entry in entries if "chunk" in entry]
    return sum(entry["documents"] for entry in done), sum(entry["bytes"] for entry in done) / 1e6


def check_output(shard: Path, output: Path, rows: int) -> None:
    """Same rows, every input column first and unchanged; compared a row group at a time."""
    source, cleaned = pq.ParquetFile(shard), pq.ParquetFile(output)
    names = source.schema_arrow.names
    if cleaned.metadata.num_rows != rows or cleaned.schema_arrow.names[: len(names)] != names:
        sys.exit(f"output differs: {cleaned.metadata.num_rows} rows, columns {cleaned.schema_arrow.names}")
    inputs = source.iter_batches(batch_size=10_000)
    pending = pa.table({name: [] for name in names}, schema=source.schema_arrow)
    for after in cleaned.iter_batches(batch_size=10_000, columns=names):
        while pending.num_rows < after.num_rows:  # the two files' batches need not line up
            pending = pa.concat_tables([pending, pa.Table.from_batches([next(inputs)])])
        if not pending.slice(0, after.num_rows).equals(pa.Table.from_batches([after])):
            sys.exit("output differs: an input column changed")
        pending = pending.slice(after.num_rows)
    print(f"output: {rows} rows, input columns identical, plus {cleaned.schema_arrow.names[len(names):]}")


def _parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--mb", type=float, default=1000, help="shard size on disk (default 1000)")
    parser.add_argument("--rows-per-group", type=int, default=10_000)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--stop-after", type=float, help="interrupt the run after this many seconds")
    return parser.parse_args()


if __name__ == "__main__":
    main()
