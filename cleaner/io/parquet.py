"""Parquet in and out with pyarrow, a row group at a time and within it a batch at a time.

A row group is the unit of work and of resuming: its output goes to a part file of its own,
written atomically. Memory is bounded by one row group, not by the file: Arrow decodes a row
group's column chunks, and the rows become Python strings BATCH_ROWS at a time. The parts are
joined into one Parquet file once all are done, again one row group at a time. Input columns
pass through as Arrow arrays, types untouched. Reads run on the calling thread: a run has a
process per core already, and each reading thread would keep a malloc arena of its own.
"""

from __future__ import annotations

import ctypes
import os
import sys
from pathlib import Path
from typing import Callable, Iterator, NamedTuple

# Arrow's default allocator (mimalloc) keeps freed buffers for reuse, for good; the system one
# is malloc, which can give them back (see before_fork). Arrow reads this once, when its C++
# side first allocates: in `cleaner run`, after this import.
os.environ.setdefault("ARROW_DEFAULT_MEMORY_POOL", "system")

import pyarrow as pa  # noqa: E402
import pyarrow.parquet as pq  # noqa: E402

from cleaner.io.readers import DocumentError  # noqa: E402
from cleaner.io.writers import atomic_stream, json_text

BATCH_ROWS = 1000  # about 2 MB of text for a web page of 2 KB: little next to the rules
READ_BUFFER = 1 << 20
# Buffers from this size up are mapped on their own and unmapped when freed (see before_fork).
MMAP_THRESHOLD = 1 << 20
_M_MMAP_THRESHOLD = -3  # glibc's mallopt parameter


def before_fork() -> None:
    """Set Arrow up in the main process of a run, before its workers fork and inherit this.

    Without it the run's memory grows with the file although each step holds one row group
    (bench/bench_formats.py measures it). Arrow allocates with malloc here (see the top of
    this module), and glibc's malloc, left to itself, raises its mmap threshold to the largest
    buffer freed so far, after which a freed row group's buffers stay in the heap for good. A
    fixed threshold gives them back to the system as they are freed. And pyarrow imports
    pandas, if installed, when it first converts Python objects: done here, its pages are
    shared by the workers instead of copied into each (26 MB less for a run of two workers).
    """
    if sys.platform.startswith("linux"):
        ctypes.CDLL(None).mallopt(_M_MMAP_THRESHOLD, MMAP_THRESHOLD)
    pa.array([""], pa.string())


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
    batches = source.iter_batches(batch_size=BATCH_ROWS, row_groups=[group.index], use_threads=False)
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


# An output row group is written whole from memory (pyarrow cannot append to an open one), so
# the join holds one; an input row group larger than this is written back as several, to keep
# the main process's peak at a few tens of MB however large the input's groups are.
JOIN_GROUP_BYTES = 32 << 20  # uncompressed


def join_parts(parts: list[Path], path: Path, source: Path, added: list[str],
               group_bytes: int = JOIN_GROUP_BYTES) -> None:
    """Write the parts' rows, in order, into one Parquet file at `path`, atomically. Parts of
    row groups that failed are empty files and are passed over."""
    schema = output_schema(_open(source).schema_arrow, added)
    with atomic_stream(path, compressed=False) as handle, pq.ParquetWriter(handle, schema) as writer:
        for part in parts:
            if part.stat().st_size == 0:
                continue
            # One part is one input row group, written back as one when it fits group_bytes:
            # its BATCH_ROWS-row batches would otherwise become as many small row groups,
            # slower and bulkier to read.
            cleaned = pq.ParquetFile(part)
            meta = cleaned.metadata
            size = sum(meta.row_group(g).total_byte_size for g in range(meta.num_row_groups))
            rows = max(1, -(-meta.num_rows * group_bytes // max(1, size)))
            for batch in cleaned.iter_batches(batch_size=rows, use_threads=False):
                writer.write_table(pa.Table.from_batches([batch]), row_group_size=max(1, batch.num_rows))


# ---------------------------------------------------------------- records written as Parquet
#
# `cleaner run --output-format parquet` on inputs without columns of their own (text, HTML,
# JSONL, WARC): the records the JSONL output would hold become rows, their keys columns.
# JSONL records agree on no schema, so each part gets the types its values show and the join
# reconciles them: a column whose values are all strings, all booleans, all integers or all
# numbers keeps that type; any other column (objects, lists, or a mix of kinds) holds strings,
# a string value as it is and any other value as its JSON text.

JOIN_ROWS = 10_000  # rows per output row group when parts are small (JSONL chunks, WARC batches)
JOIN_BYTES = 64 << 20  # ... or fewer, when its rows already hold this much


def write_records(path: Path, columns: dict[str, list]) -> None:
    """The columns (name -> one value per row) as one Parquet file, atomically; no rows at all
    give an empty file, which join_records passes over."""
    with atomic_stream(path, compressed=False) as handle:
        rows = pa.table({name: _typed_array(values) for name, values in columns.items()})
        if rows.num_rows:
            pq.write_table(rows, handle)


def _typed_array(values: list) -> pa.Array:
    kinds = {_kind(value) for value in values} - {"null"}
    if not kinds:  # no value in this part: the other parts decide the column's type
        return pa.nulls(len(values))
    if kinds == {"int", "float"}:
        kinds = {"float"}
    kind = kinds.pop() if len(kinds) == 1 else "json"
    if kind == "json":
        return pa.array([_as_text(value) for value in values], pa.string())
    try:
        return pa.array(values, _TYPES[kind])
    except OverflowError:  # an integer beyond 64 bits
        return pa.array([_as_text(value) for value in values], pa.string())


_TYPES = {"str": pa.string(), "bool": pa.bool_(), "int": pa.int64(), "float": pa.float64()}


def _kind(value) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "bool"
    if isinstance(value, int):
        return "int"
    if isinstance(value, float):
        return "float"
    return "str" if isinstance(value, str) else "json"


def _as_text(value) -> str | None:
    if value is None or isinstance(value, str):
        return value
    return json_text(value)


def join_records(parts: list[Path], path: Path, columns: list[str]) -> None:
    """The parts' rows, in order, as one Parquet file at `path`, atomically, with the union
    of their columns (in the order they first appear) and types reconciled as above. Empty
    parts are passed over; with no rows at all, the file holds `columns`, as strings."""
    parts = [part for part in parts if part.stat().st_size]
    schema = _joined_schema([pq.read_schema(part) for part in parts], columns)
    pending: list[pa.Table] = []
    with atomic_stream(path, compressed=False) as handle, pq.ParquetWriter(handle, schema) as writer:
        for part in parts:
            pending.append(_conform(pq.ParquetFile(part).read(use_threads=False), schema))
            if sum(t.num_rows for t in pending) >= JOIN_ROWS or sum(t.nbytes for t in pending) >= JOIN_BYTES:
                _write_group(writer, pending)
        _write_group(writer, pending)


def _joined_schema(schemas: list[pa.Schema], columns: list[str]) -> pa.Schema:
    types: dict[str, set[pa.DataType]] = {}
    for schema in schemas:
        for field in schema:
            types.setdefault(field.name, set()).add(field.type)
    if not types:
        types = {name: set() for name in columns}
    return pa.schema([(name, _joined_type(kinds)) for name, kinds in types.items()])


def _joined_type(types: set[pa.DataType]) -> pa.DataType:
    types = types - {pa.null()}
    if types == {pa.int64(), pa.float64()}:
        return pa.float64()
    return types.pop() if len(types) == 1 else pa.string()


def _conform(rows: pa.Table, schema: pa.Schema) -> pa.Table:
    arrays = []
    for field in schema:
        if field.name not in rows.column_names:
            arrays.append(pa.nulls(rows.num_rows, field.type))
            continue
        column = rows.column(field.name)
        if column.type == field.type or column.type == pa.null() or field.type != pa.string():
            arrays.append(column.cast(field.type))
        else:  # a typed part's column in a column of mixed kinds: its values as JSON text
            arrays.append(pa.array([_as_text(value) for value in column.to_pylist()], pa.string()))
    return pa.Table.from_arrays(arrays, schema=schema)


def _write_group(writer: pq.ParquetWriter, pending: list[pa.Table]) -> None:
    if not pending:
        return
    rows = pa.concat_tables(pending)
    writer.write_table(rows, row_group_size=max(1, rows.num_rows))
    pending.clear()
