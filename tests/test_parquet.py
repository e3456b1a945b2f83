"""Parquet shards through `cleaner run`: real files written and read back with pyarrow."""

from __future__ import annotations

import datetime as dt
import json
import os
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from cleaner import clean
from cleaner.cli import main
from cleaner.io.parquet import BATCH_ROWS, clean_row_group, join_parts, row_groups
from interrupt import sigkill_after_chunks

BODY = [
    "The river authority opened the new flood barrier on Friday after three years of building.",
    "Engineers said the gates can hold back a surge two metres higher than the one in 2019.",
]
PROMO = "Read more: other stories from the river"
CLEANER_COLUMNS = ["cleaned_text", "cleaner_metadata", "cleaner_removals", "cleaner_flags", "cleaner_error"]


def page(n: int) -> str:
    return "\n".join(f"{line} Report {n}." for line in BODY) + f"\n{PROMO}\n"


def shard(rows: int, row_group_rows: int) -> pa.Table:
    """A shard with the column types corpora carry: text, URL, ints, timestamps, lists, structs."""
    return pa.table({
        "id": pa.array([f"doc-{n}" for n in range(rows)]),
        "text": pa.array([None if n == 7 else page(n) for n in range(rows)]),
        "url": pa.array([f"https://river.test/news/{n}" for n in range(rows)]),
        "token_count": pa.array(range(rows), pa.int32()),
        "crawled": pa.array([dt.datetime(2024, 1, 1) + dt.timedelta(minutes=n) for n in range(rows)],
                            pa.timestamp("s")),
        "labels": pa.array([["news", f"n{n % 3}"] for n in range(rows)]),
        "meta": pa.array([{"lang": "en", "score": n / rows} for n in range(rows)]),
    })


def write(table: pa.Table, path: Path, row_group_rows: int) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    pq.write_table(table, path, row_group_size=row_group_rows, write_page_checksum=True)
    return path


def run_cleaner(*args) -> int:
    """`cleaner run` in this process: its workers fork with the rules already loaded."""
    return main(["run", *map(str, args)])


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_every_input_column_passes_through_and_the_cleaner_columns_are_added(tmp_path):
    path = write(shard(60, 25), tmp_path / "in" / "shard.parquet", 25)
    table = pq.read_table(path)  # as Parquet stores it (seconds come back as milliseconds)
    assert run_cleaner(path, "--out", tmp_path / "out", "--jobs", "2", "--quiet") == 1  # row 8 has no text
    result = pq.read_table(tmp_path / "out" / "shard.parquet")
    assert result.schema.names == table.schema.names + CLEANER_COLUMNS
    assert result.select(table.schema.names).equals(table)  # same rows, same types, same order
    rows = result.to_pylist()
    for n in (0, 59):
        assert rows[n]["cleaned_text"] == clean(page(n), rows[n]["url"]).text
        assert PROMO not in rows[n]["cleaned_text"] and rows[n]["cleaner_error"] is None
        assert json.loads(rows[n]["cleaner_metadata"])["site"] == "river.test"
        assert sum(json.loads(rows[n]["cleaner_removals"]).values()) >= 1
        assert json.loads(rows[n]["cleaner_flags"]) == {}
    assert rows[7]["cleaned_text"] is None and "no text" in rows[7]["cleaner_error"]
    assert [(e["record"], "no text" in e["reason"]) for e in read_jsonl(tmp_path / "out" / "errors.jsonl")] == [(8, True)]
    report = json.loads((tmp_path / "out" / "report.json").read_text())
    assert report["documents"] == {"in": 60, "cleaned": 59, "failed": 1, "flagged": 0}


def test_a_corrupt_row_group_is_one_error_and_the_others_are_written(tmp_path):
    """And a file that is not Parquet at all, beside it, is one error naming it."""
    table = shard(90, 30)
    path = write(table, tmp_path / "in" / "shard.parquet", 30)
    column = pq.ParquetFile(path).metadata.row_group(1).column(table.schema.names.index("text"))
    data = bytearray(path.read_bytes())
    start = column.dictionary_page_offset + 100  # past the page header, in the texts themselves
    data[start:start + 200] = bytes(range(200))
    path.write_bytes(bytes(data))
    not_parquet = tmp_path / "in" / "table.parquet"
    not_parquet.write_text("id,text\n1,hello\n")

    assert run_cleaner(tmp_path / "in", "--out", tmp_path / "out", "--jobs", "2", "--quiet") == 1
    result = pq.read_table(tmp_path / "out" / "shard.parquet")
    assert result.column("id").to_pylist() == [f"doc-{n}" for n in [*range(30), *range(60, 90)]]
    errors = read_jsonl(tmp_path / "out" / "errors.jsonl")
    assert [(e["path"], e["record"]) for e in errors] == [(str(path), 8), (str(path), 31), (str(not_parquet), None)]
    assert "row group 1 (rows 31-60)" in errors[1]["reason"]
    assert "not a readable Parquet file" in errors[2]["reason"]
    report = json.loads((tmp_path / "out" / "report.json").read_text())
    assert report["documents"]["failed"] == 32 and report["documents"]["cleaned"] == 59


def test_sigkill_then_rerun_resumes_by_row_group_and_gives_the_same_file(tmp_path):
    groups, per_group = 20, 50
    path = write(shard(groups * per_group, per_group), tmp_path / "in" / "shard.parquet", per_group)
    assert run_cleaner(path, "--out", tmp_path / "whole", "--jobs", "2", "--quiet") == 1

    out = tmp_path / "killed"
    finished = sigkill_after_chunks(out, path, "--jobs", "2")
    assert 3 <= finished < groups

    assert run_cleaner(path, "--out", out, "--jobs", "2", "--quiet") == 1
    report = json.loads((out / "report.json").read_text())
    assert report["run"]["documents_processed"] == (groups - finished) * per_group
    assert (out / "shard.parquet").read_bytes() == (tmp_path / "whole" / "shard.parquet").read_bytes()
    assert not (out / ".parts").exists()


def test_the_parquet_joins_run_once_the_workers_have_exited(tmp_path, monkeypatch):
    """A join holds a row group's table: the workers' memory must not be beside it."""
    import multiprocessing

    import cleaner.io.parquet as parquet

    path = write(shard(100, 25), tmp_path / "in" / "shard.parquet", 25)
    (tmp_path / "in" / "docs.jsonl").write_text(
        "".join(json.dumps({"text": page(n), "url": f"https://river.test/{n}"}) + "\n" for n in range(30)))
    workers_alive = {}

    def watched(join):
        def run(parts, output, *args, **kwargs):
            workers_alive[output.name] = len(multiprocessing.active_children())
            join(parts, output, *args, **kwargs)
        return run

    monkeypatch.setattr(parquet, "join_parts", watched(parquet.join_parts))
    monkeypatch.setattr(parquet, "join_records", watched(parquet.join_records))
    assert run_cleaner(tmp_path / "in", "--out", tmp_path / "out", "--output-format", "parquet",
                       "--jobs", "2", "--quiet") == 1  # row 8 of the shard has no text
    assert workers_alive == {"shard.parquet": 0, "docs.parquet": 0}
    assert pq.ParquetFile(tmp_path / "out" / "shard.parquet").metadata.num_rows == 100
    assert pq.ParquetFile(tmp_path / "out" / "docs.parquet").metadata.num_rows == 30


def test_memory_is_bounded_by_a_row_group_not_by_the_file(tmp_path):
    """Arrow's allocations while a 12-row-group file is cleaned group by group: as high for
    the last group as for the first, and a few groups' worth, far below the file's size."""
    groups, rows_per_group, text_bytes = 12, 300, 20_000
    table = pa.table({"text": [os.urandom(text_bytes // 2).hex() for _ in range(groups * rows_per_group)]})
    path = write(table, tmp_path / "big.parquet", rows_per_group)
    del table
    baseline = pa.total_allocated_bytes()
    peaks: list[int] = []

    def measure(columns, first_row, count):
        peaks[-1] = max(peaks[-1], pa.total_allocated_bytes() - baseline)
        return {"cleaned_text": [text[:10] for text in columns["text"]]}

    for group in row_groups(path):
        peaks.append(0)
        clean_row_group(path, group, tmp_path / f"part-{group.index}", ["cleaned_text"], measure, ["text"])
    group_bytes = rows_per_group * text_bytes
    assert len(peaks) == groups and max(peaks) <= peaks[0] * 1.1, [p // 1000 for p in peaks]
    assert max(peaks) < 4 * group_bytes and max(peaks) < groups * group_bytes / 3
    assert sum(pq.ParquetFile(tmp_path / f"part-{g}").metadata.num_rows for g in range(groups)) == 3600


def test_the_output_keeps_the_inputs_row_groups(tmp_path):
    rows_per_group = BATCH_ROWS + 250  # cleaned in two batches, written back as one group
    path = write(pa.table({"text": [f"line {n}" for n in range(2 * rows_per_group)]}), tmp_path / "in.parquet",
                 rows_per_group)
    parts = []
    for group in row_groups(path):
        parts.append(tmp_path / f"part-{group.index}")
        clean_row_group(path, group, parts[-1], ["cleaned_text"],
                        lambda columns, first, count: {"cleaned_text": columns["text"]}, ["text"])
    join_parts(parts, tmp_path / "out.parquet", path, ["cleaned_text"])
    written = pq.ParquetFile(tmp_path / "out.parquet")
    assert [written.metadata.row_group(i).num_rows for i in range(written.num_row_groups)] == [rows_per_group] * 2
    assert written.read().column("cleaned_text").to_pylist() == [f"line {n}" for n in range(2 * rows_per_group)]


def test_an_input_row_group_larger_than_the_join_holds_is_written_back_as_several(tmp_path):
    rows_per_group = 2 * BATCH_ROWS
    texts = [f"line {n} " + "x" * 200 for n in range(2 * rows_per_group)]
    path = write(pa.table({"text": texts}), tmp_path / "in.parquet", rows_per_group)
    parts = []
    for group in row_groups(path):
        parts.append(tmp_path / f"part-{group.index}")
        clean_row_group(path, group, parts[-1], ["cleaned_text"],
                        lambda columns, first, count: {"cleaned_text": columns["text"]}, ["text"])
    # Each part holds about 2 x 2000 x 210 bytes; a quarter of that a group.
    join_parts(parts, tmp_path / "out.parquet", path, ["cleaned_text"], group_bytes=2 * 2000 * 210 // 4)
    written = pq.ParquetFile(tmp_path / "out.parquet")
    groups = [written.metadata.row_group(i).num_rows for i in range(written.num_row_groups)]
    assert len(groups) >= 6 and max(groups) < rows_per_group and sum(groups) == 2 * rows_per_group
    table = written.read()
    assert table.column("text").to_pylist() == texts and table.column("cleaned_text").to_pylist() == texts
