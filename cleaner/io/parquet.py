"""Parquet in and out with pyarrow, a row group at a time and within it a batch at a time.

A row group is the unit of work and of resuming: its output goes to a part file of its own,
written atomically. Memory is bounded by one row group, not by the file: Arrow decodes a row
group's column chunks, and the rows become Python strings BATCH_ROWS at a time. The parts are joined into one Parquet file once all are done,
again one row group at a time. Input columns pass through as Arrow arrays, types untouched.
"""

from __future__ import annotations

from pathlib import Path
from typing import Callable, Iterator, NamedTuple

import pyarrow as pa
import pyarrow.parquet as pq

from cleaner.io.readers import DocumentError
from cleaner.io.writers import atomic_stream

BATCH_ROWS = 1000  # about 2 MB of text for a web page of 2 KB: little next to the rules
READ_BUFFER = 1 << 20


class RowGroup(NamedTuple):
    index: int
    first_row: int  # 1-based number of its first row in the file
    rows: int
    size: int  # bytes, compressed, as stored


def row_groups(path: Path) -> list[RowGroup]:
    """The file's row groups, from its footer; DocumentError if the footer is unreadable."""
    metadata = _open(path).metadata
    groups, first = [], 1
    for index in range(metadata.num_row_groups):
        group = metadata.row_group(index)
        size = sum(group.column(c).total_compressed_size for c in range(group.num_columns))
        groups.append(RowGroup(index, first, group.num_rows, size))
        first += group.num_rows
    return groups


def _open(path: Path) -> pq.ParquetFile:
    try:
        # Checksums, where the writer stored them, catch damage that would still decode.
        # Read column chunks through a small buffer rather than whole (pre_buffer).
        return pq.ParquetFile(path, page_checksum_verification=True, pre_buffer=False,
                              buffer_size=READ_BUFFER)
    except (OSError, pa.ArrowException) as exc:
        raise DocumentError(f"not a readable Parquet file: {exc}") from None


def output_schema(schema: pa.Schema, added: list[str]) -> pa.Schema:
    """The input's columns (but those the cleaner writes anew) and then the added ones, as text."""
    kept = [f for f in schema if f.name not in added]
    return pa.schema(kept + [pa.field(name, pa.string()) for name in added], metadata=schema.metadata)


def clean_row_group(path: Path, group: RowGroup, part: Path, added: list[str],
                    clean: Callable[[dict[str, list], int, int], dict[str, list]], wanted: list[str]) -> None:
    """Write the row group's rows plus the columns `clean` computes to `part`, atomically.

    `clean` gets the `wanted` columns of each batch as Python lists (a missing column is left
    out), the batch's first row number and its row count, and returns the `added` columns. A row
    group that cannot be read raises DocumentError naming it; its part is then not written.
    """
    source = _open(path)
    schema = output_schema(source.schema_arrow, added)
    present = [name for name in wanted if name in source.schema_arrow.names]
    first_row = group.first_row
    with atomic_stream(part, compressed=False) as handle, pq.ParquetWriter(handle, schema) as writer:
        for batch in _batches(source, group):
            columns = {name: batch.column(name).to_pylist() for name in present}
            computed = clean(columns, first_row, batch.num_rows)
            arrays = [batch.column(f.name) for f in schema if f.name not in added]
            arrays += [pa.array(computed[name], pa.string()) for name in added]
            writer.write_batch(pa.RecordBatch.from_arrays(arrays, schema=schema))
            first_row += batch.num_rows


def _batches(source: pq.ParquetFile, group: RowGroup) -> Iterator[pa.RecordBatch]:
    batches = source.iter_batches(batch_size=BATCH_ROWS, row_groups=[group.index])
    while True:
        try:
            batch = next(batches)
        except StopIteration:
            return
        except (OSError, pa.ArrowException) as exc:
            last = group.first_row + group.rows - 1
            raise DocumentError(f"row group {group.index} (rows {group.first_row}-{last}) is "
                                f"unreadable: {_short(exc)}") from None
        yield batch


def _short(exc: Exception) -> str:
    return " ".join(str(exc).split())[:200]


def join_parts(parts: list[Path], path: Path, source: Path, added: list[str]) -> None:
    """Write the parts' rows, in order, into one Parquet file at `path`, atomically. Parts of
    row groups that failed are empty files and are passed over."""
    schema = output_schema(_open(source).schema_arrow, added)
    with atomic_stream(path, compressed=False) as handle, pq.ParquetWriter(handle, schema) as writer:
        for part in parts:
            if part.stat().st_size == 0:
                continue
            # One part is one input row group, written back as one: its BATCH_ROWS-row batches
            # would otherwise become as many small row groups, slower and bulkier to read.
            rows = pq.read_table(part)
            writer.write_table(rows, row_group_size=max(1, rows.num_rows))
