"""`cleaner run`: clean a corpus (text, HTML, JSONL and WARC files, gzipped or not) in
parallel processes, streaming, resumably, with every output written atomically.

Output layout under --out (see README "Batch runs"):

    <input tree mirrored>   page.txt / page.html -> page.txt; dump.jsonl -> dump.jsonl;
                            crawl.warc -> crawl.jsonl; a gzipped input gives a gzipped output
    <name>.explain.jsonl    with --explain, for text and HTML inputs: one line per removal
    manifest.jsonl          one line per finished input: path, size, sha256, rules version,
                            options and the input's counts (what report.json sums)
    errors.jsonl            one line per failed document: path, record (JSONL line or WARC
                            record number, or null), reason; and one per file of no supported
                            kind found in an input folder, with "skipped": true
    report.json             totals for the whole run; timing only under "run"

Resume granularity: a text, HTML or WARC file is one unit. A JSONL file is cut into chunks
of JSONL_CHUNK_RECORDS lines (or JSONL_CHUNK_BYTES); each chunk's output is written
atomically as a part under .parts/ and journalled, and the file's output is the parts
concatenated once all are done. A killed run over a multi-gigabyte dump so loses at most
the chunks in flight, and chunks are also what spreads one big file over every worker.

The output folder is locked (flock) for the run: one run at a time writes into it.
"""

from __future__ import annotations

import contextlib
import fcntl
import functools
import gc
import hashlib
import json
import os
import shutil
import signal
import sys
import time
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterator

from cleaner.io.readers import (
    SUPPORTED,
    UNKNOWN,
    UNKNOWN_KIND,
    Chunk,
    Decoding,
    DocumentError,
    InputError,
    JsonlStream,
    Source,
    absolute,
    chunk_lines,
    declared_charset,
    decode_document,
    discover,
    gunzip,
    parse_record,
    read_stored,
    sha256_of,
)
from cleaner.io.document import Fields, record_content
from cleaner.io.writers import (
    Manifest,
    atomic_concat,
    atomic_stream,
    atomic_write,
    explain_name,
    gzip_bytes,
    json_line,
    sweep_temp_files,
    write_json,
    write_json_lines,
)
from cleaner.limits import Limits, cpu_budget
from cleaner.model import Result
from cleaner.progress import byte_progress, describe_documents
from cleaner.rules import RuleSet, default_rules, host_of, load_rules

MANIFEST = "manifest.jsonl"
ERRORS = "errors.jsonl"
REPORT = "report.json"
PARTS = ".parts"
RESERVED = {MANIFEST, ERRORS, REPORT, PARTS}
PARQUET = "parquet"  # --output-format parquet: a Parquet file for every input, whatever its kind
OUTPUT_FORMATS = ("auto", PARQUET)

# Keys added to every JSONL record (all of the record's own fields are kept).
CLEANED_TEXT_KEY = "cleaned_text"
METADATA_KEY = "cleaner_metadata"
REMOVALS_KEY = "cleaner_removals"  # removed line count per rule id
FLAGS_KEY = "cleaner_flags"
ENCODING_KEY = "cleaner_encoding"
ENCODING_CONFIDENCE_KEY = "cleaner_encoding_confidence"
EXPLAIN_KEY = "cleaner_explain"  # with --explain: the removals themselves
ERROR_KEY = "cleaner_error"  # a record that could not be cleaned, or a line that is no record
RAW_LINE_KEY = "cleaner_raw_line"  # a line that is no JSON object, as read, with ERROR_KEY

# Work units: big enough that process round trips cost little, small enough that memory
# stays flat (at most IN_FLIGHT_PER_JOB units per worker exist at any time).
JSONL_CHUNK_RECORDS = 250  # a 1 MB dump already gives every worker of a 2-core machine work
JSONL_CHUNK_BYTES = 1 << 20
FILES_PER_TASK = 32
FILE_TASK_BYTES = 4 << 20
IN_FLIGHT_PER_JOB = 3

UNKNOWN_SITE = "(unknown)"
SKIPPED_REASON = (f"skipped, not failed: not a file of a kind read here ({SUPPORTED}); --format "
                  f"reads every file as the kind it names")
WORKER_DIED = ("the worker process died while cleaning this, even when run alone "
               "(out of memory, or a crash in a parser)")
# The cores this process may run on (a container or taskset can allow fewer than the machine has).
DEFAULT_JOBS = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


@dataclass(frozen=True)
class BatchOptions:
    inputs: list[str]
    out: Path
    jobs: int = DEFAULT_JOBS
    fmt: str = "auto"
    rules_dir: str | None = None
    text_field: str = "text"
    url_field: str = "url"
    html_field: str = "html"
    explain: bool = False
    progress: bool = False
    limits: Limits = Limits()
    extracted: bool = False  # texts are article bodies already: no layout heuristics
    learned: bool = True  # the learned line layer (generic.model); off trades accuracy for speed
    output_format: str = "auto"  # auto: as the input kind gives (see output_name); or parquet
    fast: bool = False  # HTML: trafilatura's main block, not the block classifier over extractors' votes

    def signature(self) -> str:
        """Hash of the options that shape the output: a change redoes every input."""
        shaping = [self.fmt, self.text_field, self.url_field, self.html_field, self.explain]
        # Options at their defaults keep the signature of runs made before the options existed.
        if self.limits != Limits():
            shaping.append(list(vars(self.limits).values()))
        if self.extracted:
            shaping.append("extracted")
        if not self.learned:
            shaping.append("no-model")
        if self.output_format != "auto":
            shaping.append(self.output_format)
        if self.fast:
            shaping.append("fast")
        return hashlib.sha256(json.dumps(shaping).encode()).hexdigest()[:16]


@dataclass
class Tally:
    """Counts for one input (or one JSONL chunk); report.json is the sum over inputs."""

    documents: int = 0
    cleaned: int = 0
    failed: int = 0
    flagged: int = 0
    chars_in: int = 0
    chars_out: int = 0
    removals: dict[str, int] = field(default_factory=dict)
    sites: dict[str, dict[str, int]] = field(default_factory=dict)
    flagged_documents: list[dict] = field(default_factory=list)
    errors: list[dict] = field(default_factory=list)

    def cleaned_one(self, path: str, record: int | None, chars_in: int, result: Result, site: str) -> None:
        self.documents += 1
        self.cleaned += 1
        self.chars_in += chars_in
        self.chars_out += len(result.text)
        per_site = self.sites.setdefault(site, {})
        for rule_id, lines in result.removal_summary().items():
            self.removals[rule_id] = self.removals.get(rule_id, 0) + lines
            per_site[rule_id] = per_site.get(rule_id, 0) + lines
        if result.flags:
            self.flagged += 1
            self.flagged_documents.append({"path": path, "record": record, "flags": result.flags})

    def failed_one(self, path: str, record: int | None, reason: str, raw_line: str | None = None) -> None:
        self.documents += 1
        self.failed += 1
        error = {"path": path, "record": record, "reason": reason}
        self.errors.append(error if raw_line is None else {**error, RAW_LINE_KEY: raw_line})

    def failed_many(self, path: str, record: int | None, reason: str, documents: int) -> None:
        """`documents` lost to one cause (a Parquet row group that cannot be read): one error."""
        self.failed_one(path, record, reason)
        self.documents += documents - 1
        self.failed += documents - 1

    def add(self, other: dict) -> None:
        """Add the counts of a journalled entry (a dict with this class's fields)."""
        for name in ("documents", "cleaned", "failed", "flagged", "chars_in", "chars_out"):
            setattr(self, name, getattr(self, name) + other[name])
        _add_counts(self.removals, other["removals"])
        for site, counts in other["sites"].items():
            _add_counts(self.sites.setdefault(site, {}), counts)
        self.flagged_documents += other["flagged_documents"]
        self.errors += other["errors"]


def _add_counts(into: dict[str, int], counts: dict[str, int]) -> None:
    for key, value in counts.items():
        into[key] = into.get(key, 0) + value


@dataclass
class Summary:
    report: dict
    out: Path

    @property
    def failed(self) -> int:
        return self.report["documents"]["failed"]

    def describe(self) -> str:
        documents, run = self.report["documents"], self.report["run"]
        lines = [
            f"cleaned {documents['cleaned']} of {documents['in']} documents "
            f"({documents['failed']} failed, {documents['flagged']} flagged) from "
            f"{_count(self.report['inputs'], 'input')} ({run['inputs_skipped']} unchanged since the "
            "last run, skipped)",
            f"this run: {_count(run['documents_processed'], 'document')}, "
            f"{run['megabytes_processed']:.1f} MB in {run['elapsed_s']:.1f} s with {_count(run['jobs'], 'job')}",
            f"report: {self.out / REPORT}",
        ]
        skipped = self.report["skipped_files"]
        if skipped:
            kinds = sorted({Path(path).suffix.lower() or "no extension" for path in skipped})
            lines.append(f"skipped {_count(len(skipped), 'file')} of no supported kind ({', '.join(kinds)}): "
                         f"listed in {self.out / ERRORS}")
        if documents["failed"]:
            lines.append(f"failures and their reasons: {self.out / ERRORS}")
        return "\n".join(lines)


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}" + ("" if number == 1 else "s")


# ---------------------------------------------------------------- the run (main process)


def run_batch(options: BatchOptions) -> Summary:
    """Clean every input under options.inputs into options.out; see the module docstring.

    Raises InputError (a usage error) before anything is written when an input does not
    exist, nothing is found, or two inputs would write the same output file.
    """
    started = time.monotonic()
    out = absolute(options.out)
    if out.exists() and not out.is_dir():
        raise InputError(f"{options.out}: --out must be a directory")
    unsupported: list[Path] = []
    sources = discover(options.inputs, options.fmt, out=out, unsupported=unsupported)
    if not sources:
        others = f"; found only {len(unsupported)} files of other kinds" if unsupported else ""
        raise InputError(f"no input files ({', '.join(options.inputs)}): expected {SUPPORTED} "
                         f"files (or pass --format){others}")
    outputs = plan_outputs(sources, options.explain, options.output_format)
    # A folder in use is refused before the rules are loaded, which takes seconds.
    lock = _lock(out) if out.is_dir() else None
    try:
        rules = rules_for(options.rules_dir)
        if lock is None:
            out.mkdir(parents=True, exist_ok=True)
            lock = _lock(out)
        report = _clean_into(out, options, sources, outputs, rules.version, started, unsupported)
    finally:
        if lock is not None:
            os.close(lock)
    return Summary(report, out)


def _clean_into(out: Path, options: BatchOptions, sources: list[Source], outputs: dict[Path, str],
                rules_version: str, started: float, unsupported: list[Path]) -> dict:
    """Resume or start the run in the (locked) output folder; write errors and report."""
    sweep_temp_files(out)
    manifest = Manifest(out / MANIFEST)
    run = _Run(options, out, manifest, rules_version, outputs)
    try:
        run.execute(sources)
    finally:
        manifest.close()
    manifest.finish()
    _remove_empty_dirs(out / PARTS)
    total = Tally()
    for entry in manifest.entries(outputs[s.path] for s in sources):
        total.add(entry)
    skipped = [str(path) for path in unsupported]
    report = build_report(total, len(sources), rules_version,
                          run.timing(time.monotonic() - started, len(sources)), skipped)
    write_json_lines(out / ERRORS, sorted_errors(total, skipped))
    write_json(out / REPORT, report)
    return report


def _lock(out: Path) -> int:
    """An exclusive lock on the output folder for as long as the run lasts: a second run
    into it would sweep this one's temporary files and interleave its manifest lines. The
    system drops the lock when the process dies, however it dies."""
    folder = os.open(out, os.O_RDONLY)
    try:
        fcntl.flock(folder, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        os.close(folder)
        raise InputError(f"{out}: another cleaner run is writing into this folder") from None
    return folder


def plan_outputs(sources: list[Source], explain: bool, output_format: str = "auto") -> dict[Path, str]:
    """input path -> output path under --out; two inputs claiming one output is a usage error."""
    claimed: dict[str, Source] = {}
    outputs: dict[Path, str] = {}
    for source in sources:
        output = output_name(source, output_format)
        sidecar = explain and source.kind in ("txt", "html") and output_format != PARQUET
        names = [output, explain_name(output)] if sidecar else [output]
        for name in names:
            if name in claimed or name.split("/")[0] in RESERVED:
                other = claimed.get(name)
                clash = f"also written for {other.path}" if other else "a name the run itself uses"
                raise InputError(f"{source.path}: its output {name} is {clash}; "
                                 f"clean these inputs into separate --out folders")
            claimed[name] = source
        outputs[source.path] = output
    return outputs


def output_name(source: Source, output_format: str = "auto") -> str:
    """The input's path below its root, with text and HTML inputs renamed to .txt and WARC
    inputs to .jsonl (one line per HTML record). With Parquet output, .parquet takes the
    place of those extensions and of .jsonl (and .gz): a.txt, a.jsonl.gz -> a.parquet."""
    if output_format != PARQUET and source.kind not in ("txt", "html", "warc"):
        return source.rel
    stem = source.rel[:-3] if source.compressed and source.rel.lower().endswith(".gz") else source.rel
    base, extension = os.path.splitext(stem)
    if extension.lower() in (".txt", ".html", ".htm", ".warc", ".jsonl", ".parquet"):
        stem = base
    if output_format == PARQUET:
        return stem + ".parquet"
    suffix = ".jsonl" if source.kind == "warc" else ".txt"
    return stem + suffix + (".gz" if source.compressed else "")


class _Run:
    """One `cleaner run`: decides what is already done, feeds the pool, journals results."""

    def __init__(self, options: BatchOptions, out: Path, manifest: Manifest, rules_version: str,
                 outputs: dict[Path, str]):
        self.options = options
        self.out = out
        self.manifest = manifest
        self.stamp = {"rules_version": rules_version, "options": options.signature()}
        self.outputs = outputs
        self.jsonl: dict[str, _JsonlFile] = {}
        self.parquet_joins: list[_JsonlFile] = []  # inputs whose parts wait for the workers to exit
        self.cleaned_inputs = 0
        self.documents = 0
        self.bytes = 0
        self.errors = 0
        self.progress = None

    def execute(self, sources: list[Source]) -> None:
        todo = [s for s in sources if not self._is_done(s)]
        if not todo:
            return
        self.cleaned_inputs = len(todo)
        _share_with_workers(self.options, todo)
        self.progress = byte_progress(self.options.progress, sum(s.size for s in todo))
        try:
            tasks = self._tasks(todo)
            while not self._feed(tasks):
                pass  # a worker died; _feed reran what it had in hand, go on with a new pool
            # A Parquet join holds a row group's table and Arrow's buffers writing it: run with
            # the workers gone, its memory never adds to theirs (bench/bench_formats.py).
            for state in self.parquet_joins:
                self._join(state)
        finally:
            gc.unfreeze()  # run_batch may be called by a long-lived process (the tests)
            self.progress.close()

    def _feed(self, tasks: Iterator["_Task"]) -> bool:
        """Run tasks on a pool of --jobs workers, at most IN_FLIGHT_PER_JOB each in flight.

        True when every task is done. False when a worker process died (killed for memory,
        a crash in a parser): the tasks in flight then are rerun one at a time in a pool of
        their own, so only the one that kills its worker again is counted as failed.
        """
        pending: dict[Future, _Task] = {}
        crashed: list[_Task] = []
        with _pool(self.options, self.stamp, self.options.jobs) as pool:
            try:
                for task in tasks:
                    pending[pool.submit(task.function, *task.args)] = task
                    while len(pending) >= self.options.jobs * IN_FLIGHT_PER_JOB and not crashed:
                        self._collect(pending, crashed)
                    if crashed:
                        break
                while pending:
                    self._collect(pending, crashed)
            except BrokenProcessPool:  # from submit: the task was never started
                crashed.append(task)
            except BaseException:
                pool.shutdown(cancel_futures=True)
                raise
        for future, task in pending.items():
            if future.done() and not future.exception():
                task.on_done(future.result())
            else:
                crashed.append(task)
        if crashed:  # the dead worker's half-written file; the pool's other workers are gone too
            sweep_temp_files(self.out)
        for task in crashed:
            self._run_alone(task)
        return not crashed

    def _collect(self, pending: dict[Future, "_Task"], crashed: list["_Task"]) -> None:
        done, _ = wait(pending, return_when=FIRST_COMPLETED)
        for future in done:
            task = pending.pop(future)
            try:
                result = future.result()
            except BrokenProcessPool:
                crashed.append(task)
                continue
            task.on_done(result)

    def _run_alone(self, task: "_Task") -> None:
        with _pool(self.options, self.stamp, 1) as pool:
            try:
                result = pool.submit(task.function, *task.args).result()
            except BrokenProcessPool:
                sweep_temp_files(self.out)
                task.on_crash()
                return
        task.on_done(result)

    def timing(self, elapsed: float, inputs: int) -> dict:
        """report.json's "run": what this run did (skipped inputs not counted) and how fast."""
        megabytes = self.bytes / 1e6
        return {
            "elapsed_s": round(elapsed, 3),
            "jobs": self.options.jobs,
            "inputs_cleaned": self.cleaned_inputs,
            "inputs_skipped": inputs - self.cleaned_inputs,
            "documents_processed": self.documents,
            "megabytes_processed": round(megabytes, 3),
            "documents_per_s": round(self.documents / elapsed, 1) if elapsed else None,
            "mb_per_s": round(megabytes / elapsed, 3) if elapsed else None,
        }

    def _is_done(self, source: Source) -> bool:
        output = self.outputs[source.path]
        entry = self.manifest.entry(output)
        return bool(
            entry
            and all(entry[key] == value for key, value in self.stamp.items())
            and entry["size"] == source.size
            and (not entry["written"] or (self.out / output).exists())
            and entry["sha256"] == sha256_of(source.path)
        )

    def _tasks(self, todo: list[Source]) -> Iterator["_Task"]:
        """The work, produced lazily so that a JSONL file is read only as fast as the
        workers take its chunks."""
        batch: list[tuple[Source, str]] = []
        size = 0
        for source in todo:
            if source.kind == "jsonl":
                yield from self._jsonl_tasks(source)
                continue
            if source.kind == "parquet":
                yield from self._parquet_tasks(source)
                continue
            batch.append((source, self.outputs[source.path]))
            size += source.size
            if len(batch) >= FILES_PER_TASK or size >= FILE_TASK_BYTES:
                yield self._files_task(batch)
                batch, size = [], 0
        if batch:
            yield self._files_task(batch)

    def _files_task(self, batch: list[tuple[Source, str]]) -> "_Task":
        def on_crash() -> None:
            if len(batch) > 1:  # find the file that kills its worker
                for item in batch:
                    self._run_alone(self._files_task([item]))
                return
            [(source, output)] = batch
            tally = Tally()
            tally.failed_one(str(source.path), None, WORKER_DIED)
            self._files_done([{**self._file_stamp(source, output, None), "written": False, **vars(tally)}])

        return _Task(clean_files, (str(self.out), batch), self._files_done, on_crash)

    def _chunk_task(self, state: "_JsonlFile", chunk: Chunk) -> "_Task":
        def on_done(entry: dict) -> None:
            _drop_spill(chunk)
            self._chunk_done(entry, chunk.stored_bytes)

        def on_crash() -> None:
            tally = Tally()
            for number in chunk.records:
                tally.failed_one(str(state.source.path), number, WORKER_DIED)
            atomic_write(state.part(chunk.index), b"")
            on_done(_chunk_entry(state.output, chunk, self.stamp, tally))

        args = (state.source, state.output, chunk, str(state.part(chunk.index)))
        return _Task(clean_chunk, args, on_done, on_crash)

    def _jsonl_tasks(self, source: Source) -> Iterator["_Task"]:
        state = _JsonlFile(source, self.outputs[source.path], self.out, join=self._records_join(source),
                           parquet=self.options.output_format == PARQUET)
        self.jsonl[state.output] = state
        stream = JsonlStream(source, JSONL_CHUNK_RECORDS, JSONL_CHUNK_BYTES,
                             self.options.limits.max_bytes, state.spill if source.compressed else None)
        count = 0
        try:
            for chunk in stream.chunks():
                count += 1
                journalled = self._journalled_chunk(state, chunk)
                if journalled:
                    _drop_spill(chunk)
                    state.chunks[chunk.index] = journalled
                    self._advance_bar(state, chunk.stored_bytes)
                    continue
                yield self._chunk_task(state, chunk)
        except DocumentError as exc:
            state.stream_error = str(exc)
        state.total = count
        state.sha256 = stream.sha256
        self._finish_jsonl(state)

    def _records_join(self, source: Source) -> Callable[[list[Path], Path], None]:
        """How a JSONL input's parts become its output: concatenated, or joined as Parquet."""
        if self.options.output_format == PARQUET:
            from cleaner.io.parquet import join_records

            return functools.partial(join_records, columns=_parquet_columns(self.options))
        return functools.partial(_concat_jsonl, compressed=source.compressed)

    def _parquet_tasks(self, source: Source) -> Iterator["_Task"]:
        """One task per row group; the row groups' parts are journalled as JSONL chunks are."""
        from cleaner.io.parquet import join_parts, row_groups

        output = self.outputs[source.path]
        join = functools.partial(join_parts, source=source.path, added=_parquet_columns(self.options))
        state = _JsonlFile(source, output, self.out, join=join, parquet=True)
        self.jsonl[output] = state
        try:
            state.sha256 = sha256_of(source.path)
            groups = row_groups(source.path)
        except (OSError, DocumentError) as exc:
            state.stream_error = str(exc) if isinstance(exc, DocumentError) else f"unreadable: {exc}"
            groups = []
        for group in groups:
            # A row group is unchanged when the file is: its digest is the file's hash.
            chunk = Chunk(group.index, group.first_row, lines=group.rows, records=(), oversized=(),
                          size=group.size, digest=f"{state.sha256}/{group.index}",
                          path=str(source.path), offset=0, spilled=False)
            journalled = self._journalled_chunk(state, chunk)
            if journalled:
                state.chunks[group.index] = journalled
                self._advance_bar(state, group.size)
                continue
            yield self._row_group_task(state, chunk, group)
        state.total = len(groups)
        self._finish_jsonl(state)

    def _row_group_task(self, state: "_JsonlFile", chunk: Chunk, group) -> "_Task":
        def on_crash() -> None:
            tally = Tally()
            tally.failed_many(str(state.source.path), group.first_row, WORKER_DIED, group.rows)
            atomic_write(state.part(group.index), b"")
            on_done(_row_group_entry(state.output, chunk, group.size, self.stamp, tally))

        def on_done(entry: dict) -> None:
            self._chunk_done(entry, group.size)

        args = (state.source, state.output, chunk, group, str(state.part(group.index)))
        return _Task(clean_row_group, args, on_done, on_crash)

    def _journalled_chunk(self, state: "_JsonlFile", chunk: Chunk) -> dict | None:
        entry = self.manifest.chunks.get((state.output, chunk.index))
        same = entry and all(entry.get(k) == v for k, v in self.stamp.items()) and (
            entry["digest"] == chunk.digest and entry["first_record"] == chunk.first_record)
        return entry if same and state.part(chunk.index).exists() else None

    def _files_done(self, entries: list[dict]) -> None:
        for entry in entries:
            self.manifest.add(entry)
            self._advance(entry, entry["size"])
            self.progress.update(entry["size"])

    def _chunk_done(self, entry: dict, stored_bytes: int) -> None:
        self.manifest.add(entry)
        self._advance(entry, entry["bytes"])
        state = self.jsonl[entry["output"]]
        self._advance_bar(state, stored_bytes)
        state.chunks[entry["chunk"]] = entry
        self._finish_jsonl(state)

    def _advance(self, tally: dict, size: int) -> None:
        self.documents += tally["documents"]
        self.errors += tally["failed"]
        self.bytes += size
        describe_documents(self.progress, self.documents, self.errors)

    def _advance_bar(self, state: "_JsonlFile", stored_bytes: int) -> None:
        state.progressed += stored_bytes
        self.progress.update(stored_bytes)

    def _finish_jsonl(self, state: "_JsonlFile") -> None:
        """Once every chunk of a JSONL input is done: concatenate the parts and journal the
        file, at once, or for a Parquet output once the workers have exited (see execute)."""
        if state.total is None or len(state.chunks) < state.total:
            return
        del self.jsonl[state.output]
        self._advance_bar(state, state.source.size - state.progressed)  # what read-ahead left over
        if state.parquet:
            self.parquet_joins.append(state)
        else:
            self._join(state)

    def _join(self, state: "_JsonlFile") -> None:
        tally = Tally()
        for index in range(state.total):
            tally.add(state.chunks[index])
        path = str(state.source.path)
        if state.stream_error:
            tally.failed_one(path, None, state.stream_error)
        elif state.total == 0:
            tally.failed_one(path, None, "empty: no records")
        if state.total:
            state.join([state.part(i) for i in range(state.total)], self.out / state.output)
        self.manifest.add({**self._file_stamp(state.source, state.output, state.sha256),
                           "written": bool(state.total), **vars(tally)})
        shutil.rmtree(state.parts, ignore_errors=True)

    def _file_stamp(self, source: Source, output: str, sha256: str | None) -> dict:
        return _stamp(source, output, sha256, self.stamp)


@dataclass(frozen=True)
class _Task:
    function: Callable  # runs in a worker
    args: tuple
    on_done: Callable[[object], None]  # gets the function's result, in the main process
    on_crash: Callable[[], None]  # the worker died on this task even when run alone


def _share_with_workers(options: BatchOptions, todo: list[Source]) -> None:
    """Import once, before the workers fork, what each would import on its own, and freeze the
    heap, so that the workers share those pages with the main process instead of copying them.

    Either alone changed little: without gc.freeze a worker's garbage collections write to
    every object it inherited, and so copy their pages. Together they took a 41 MB Parquet
    shard's peak from 320 to 257 MB PSS (bench/bench_formats.py). The learned layer's model is
    still loaded in each worker (linemodel.import_runtime says why).
    """
    if options.output_format == PARQUET or any(s.kind == "parquet" for s in todo):
        from cleaner.io.parquet import before_fork

        before_fork()
    if options.learned and not options.extracted:
        from cleaner.linemodel import import_runtime

        import_runtime()
    gc.freeze()  # undone when the run ends


def _pool(options: BatchOptions, stamp: dict, workers: int) -> ProcessPoolExecutor:
    return ProcessPoolExecutor(workers, initializer=_init_worker, initargs=(options, stamp))


@dataclass
class _JsonlFile:
    """A JSONL input in progress: which chunks are done, how many there are once read."""

    source: Source
    output: str
    out: Path
    join: Callable[[list[Path], Path], None]  # the parts into the output
    parquet: bool = False  # the output is Parquet: joined once the workers have exited
    chunks: dict[int, dict] = field(default_factory=dict)
    total: int | None = None  # known when the stream has been read to its end
    sha256: str | None = None
    stream_error: str | None = None
    progressed: int = 0  # stored bytes the progress bar was advanced by

    @property
    def parts(self) -> Path:
        return self.out / PARTS / self.output

    def part(self, index: int) -> Path:
        return self.parts / f"{index:08d}"

    def spill(self, index: int) -> tuple[str, object]:
        """A file for the inflated lines of chunk `index` of a gzipped input (path, handle)."""
        self.parts.mkdir(parents=True, exist_ok=True)
        path = self.parts / f"{index:08d}.lines"
        return str(path), open(path, "wb")


def _concat_jsonl(parts: list[Path], path: Path, compressed: bool) -> None:
    if compressed and not any(part.stat().st_size for part in parts):
        atomic_write(path, gzip_bytes(b""))  # still a gzip file
    else:
        atomic_concat(parts, path)


def _drop_spill(chunk: Chunk) -> None:
    if chunk.spilled:
        Path(chunk.path).unlink(missing_ok=True)


def _stamp(source: Source, output: str, sha256: str | None, stamp: dict) -> dict:
    return {"output": output, "path": str(source.path), "size": source.size, "sha256": sha256, **stamp}


def _remove_empty_dirs(root: Path) -> None:
    if not root.is_dir():
        return
    for directory, _, _ in sorted(os.walk(root), key=lambda item: -len(item[0])):
        try:
            os.rmdir(directory)
        except OSError:
            pass  # still holds parts of an unfinished input


# ---------------------------------------------------------------- report


def build_report(total: Tally, inputs: int, rules_version: str, run: dict, skipped: list[str]) -> dict:
    """report.json: totals over the run's inputs, and the files skipped as of no supported
    kind; everything but "run" is the same for an interrupted-then-resumed run and an
    uninterrupted one."""
    return {
        "documents": {"in": total.documents, "cleaned": total.cleaned, "failed": total.failed,
                      "flagged": total.flagged},
        "characters": {"in": total.chars_in, "out": total.chars_out},
        "inputs": inputs,
        "skipped_files": sorted(skipped),
        "rules_version": rules_version,
        "removals_per_rule": dict(sorted(total.removals.items())),
        "removals_per_site": {site: dict(sorted(counts.items()))
                              for site, counts in sorted(total.sites.items())},
        "flagged_documents": sorted(total.flagged_documents, key=_document_order),
        "run": run,
    }


def sorted_errors(total: Tally, skipped: list[str]) -> list[dict]:
    """errors.jsonl: every failed document, and every skipped file (not a failure)."""
    return sorted(total.errors + [{"path": path, "record": None, "reason": SKIPPED_REASON, "skipped": True}
                            for path in skipped], key=_document_order)


def _document_order(item: dict) -> tuple:
    return item["path"], item["record"] or 0


# ---------------------------------------------------------------- the workers


_WORKER: dict = {}
_RULE_SETS: dict[str | None, RuleSet] = {}


def rules_for(rules_dir: str | None) -> RuleSet:
    """The rule set, loaded once per process: workers forked from the main process inherit
    its copy instead of parsing and compiling every rule file again."""
    if rules_dir not in _RULE_SETS:
        _RULE_SETS[rules_dir] = load_rules(rules_dir) if rules_dir else default_rules()
    return _RULE_SETS[rules_dir]


def _init_worker(options: BatchOptions, stamp: dict) -> None:
    _die_with_parent()
    # Ctrl-C is for the main process: it stops the run and lets the workers finish their task.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    rules = rules_for(options.rules_dir)
    _WORKER.update(options=options, stamp=stamp, rules=rules)


def _die_with_parent() -> None:
    """A SIGKILLed batch must not leave workers writing into its output behind its back."""
    if not sys.platform.startswith("linux"):
        return
    import ctypes

    pr_set_pdeathsig = 1
    libc = ctypes.CDLL(None, use_errno=True)
    libc.prctl(pr_set_pdeathsig, signal.SIGKILL)
    if os.getppid() == 1:  # the parent died before prctl took effect
        os._exit(1)


def clean_files(out: str, batch: list[tuple[Source, str]]) -> list[dict]:
    """Clean text, HTML and WARC files; write each output; return one manifest entry per file."""
    return [(_clean_warc if source.kind == "warc" else _clean_file)(Path(out), source, output)
            for source, output in batch]


def _clean_file(out: Path, source: Source, output: str) -> dict:
    options: BatchOptions = _WORKER["options"]
    tally = Tally()
    path = str(source.path)
    sha256, decoding, result = None, None, None
    try:
        sha256, data = read_capped(source, options.limits)
        if source.kind == UNKNOWN:
            raise DocumentError(UNKNOWN_KIND)
        with cpu_budget(options.limits.max_seconds):
            declared = declared_charset(data) if source.kind == "html" else None
            decoding = decode_document(data, declared)
            text = decoding.text
            result = _clean(text, None, source.kind == "html")
            result.flags.update(decoding.flags())
    except Exception as exc:  # a bug or a pathological page must not stop the batch either
        tally.failed_one(path, None, failure_reason(exc))
    sidecar = options.explain and options.output_format != PARQUET
    written = [out / output, out / explain_name(output)] if sidecar else [out / output]
    if result is None:
        for stale in written:  # an earlier run's output of what is now a failed input
            stale.unlink(missing_ok=True)
    else:
        if options.output_format == PARQUET:
            _write_parquet(written[0], [{**_cleaned_fields(result, options.explain), **_read_as(decoding)}])
        else:
            _write_text(written[0], result, source.compressed)
        if sidecar:
            removals = "".join(json_line(r.to_dict()) for r in result.removals)
            atomic_write(written[1], removals.encode("utf-8"))
        tally.cleaned_one(path, None, len(text), result, _site(result, None, source))
    entry = _stamp(source, output, sha256, _WORKER["stamp"])
    read_as = {"encoding": decoding.encoding, "encoding_confidence": decoding.confidence} if decoding else {
        "encoding": None}
    return {**entry, **read_as, "written": result is not None, **vars(tally)}


def read_capped(source: Source, limits: Limits) -> tuple[str | None, bytes]:
    """(sha256 of the file as stored, its bytes inflated); a file over --max-doc-bytes,
    stored or inflated, is refused without being read whole."""
    if source.size > limits.max_bytes:
        sha256_of(source.path)  # unreadable files say so; the hash of a refused file is not needed
        raise limits.over_bytes(source.size, "the file is")
    raw = read_stored(source)
    sha256 = hashlib.sha256(raw).hexdigest()
    if not source.compressed:
        return sha256, raw
    data = gunzip(raw, limits.max_bytes)
    limits.check_bytes(len(data), "it inflates to")
    return sha256, data


def failure_reason(exc: Exception) -> str:
    """What errors.jsonl says: a DocumentError's own reason, else the unexpected exception."""
    return str(exc) if isinstance(exc, DocumentError) else f"cleaner failed: {type(exc).__name__}: {exc}"


def _write_parquet(path: Path, records: list[dict]) -> None:
    from cleaner.io.parquet import write_records
    from cleaner.tables import record_columns

    write_records(path, record_columns(records))


def _write_text(path: Path, result: Result, compressed: bool) -> None:
    text = result.text
    data = (text + "\n" if text else "").encode("utf-8")
    atomic_write(path, gzip_bytes(data) if compressed else data)


def clean_chunk(source: Source, output: str, chunk: Chunk, part: str) -> dict:
    """Clean one chunk of JSONL records into a part file; return the chunk's journal entry."""
    tally = Tally()
    path = str(source.path)
    records = []
    options: BatchOptions = _WORKER["options"]
    for number, line in chunk_lines(chunk):
        if line is None:  # over the cap: neither read whole nor copied anywhere
            reason = str(options.limits.over_bytes(dict(chunk.oversized)[number], "the line is"))
            tally.failed_one(path, number, reason)
            records.append({ERROR_KEY: reason})
            continue
        try:
            record, decoding = parse_record(line)
        except DocumentError as exc:
            # Kept as a line of its own, so that output line N is still input line N's.
            raw = line.decode("utf-8", "replace").rstrip("\r\n")
            tally.failed_one(path, number, str(exc), raw)
            records.append({RAW_LINE_KEY: raw, ERROR_KEY: str(exc)})
            continue
        records.append(_clean_record(record, decoding, source, path, number, tally))
    if options.output_format == PARQUET:
        _write_parquet(Path(part), records)
    else:
        data = "".join(json_line(record) for record in records).encode("utf-8")
        # No empty gzip member for a chunk of blank lines: the output's parts concatenate.
        atomic_write(Path(part), gzip_bytes(data) if source.compressed and data else data)
    return _chunk_entry(output, chunk, _WORKER["stamp"], tally)


def _chunk_entry(output: str, chunk: Chunk, stamp: dict, tally: Tally) -> dict:
    return {"output": output, "chunk": chunk.index, "first_record": chunk.first_record,
            "digest": chunk.digest, "bytes": chunk.size, **stamp, **vars(tally)}


def _clean_record(record: dict, decoding: Decoding | None, source: Source, path: str, number: int,
                  tally: Tally) -> dict:
    """The record with the cleaner's keys added; one that cannot be cleaned keeps its fields,
    gains ERROR_KEY and is counted as failed. `decoding` is how its line was read (None for
    a Parquet row, which holds strings already)."""
    options: BatchOptions = _WORKER["options"]
    url = record.get(options.url_field)
    url = url if isinstance(url, str) else None
    read_as = _read_as(decoding)
    try:
        with cpu_budget(options.limits.max_seconds):
            content, is_html = record_content(record, Fields(options.text_field, options.html_field))
            result, chars_in = _clean(content, url, is_html), len(content)
    except Exception as exc:  # one bad record must not stop the chunk
        reason = failure_reason(exc)
        tally.failed_one(path, number, reason)
        return {**record, ERROR_KEY: reason, **read_as}
    if decoding:
        result.flags.update(decoding.flags())
    tally.cleaned_one(path, number, chars_in, result, _site(result, url, source))
    record.update(_cleaned_fields(result, options.explain), **read_as)
    return record


def _read_as(decoding: Decoding | None) -> dict:
    """The keys saying how a document's bytes were decoded (None: it came as text)."""
    if decoding is None:
        return {ENCODING_KEY: None}
    return {ENCODING_KEY: decoding.encoding, ENCODING_CONFIDENCE_KEY: decoding.confidence}


def _cleaned_fields(result: Result, explain: bool) -> dict:
    """The keys a cleaned JSONL line carries."""
    fields = {
        CLEANED_TEXT_KEY: result.text,
        METADATA_KEY: result.metadata,
        REMOVALS_KEY: result.removal_summary(),
        FLAGS_KEY: result.flags,
    }
    if explain:
        fields[EXPLAIN_KEY] = [r.to_dict() for r in result.removals]
    return fields


def clean_row_group(source: Source, output: str, chunk: Chunk, group, part: str) -> dict:
    """Clean one row group of a Parquet file into a part file; return its journal entry.

    Every input column is kept; the cleaner's columns (cleaner.tables) are added. A row group
    that cannot be read is one error for all its rows, and its part is left empty."""
    from cleaner.io.parquet import clean_row_group as write_row_group
    from cleaner.tables import to_columns

    options: BatchOptions = _WORKER["options"]
    path = str(source.path)
    tally = Tally()

    def clean_rows(columns: dict[str, list], first_row: int, count: int) -> dict[str, list]:
        rows = []
        for offset in range(count):
            record = {name: values[offset] for name, values in columns.items()}
            rows.append(_clean_record(record, None, source, path, first_row + offset, tally))
        return to_columns(rows, options.explain)

    wanted = [options.text_field, options.url_field, options.html_field]
    try:
        write_row_group(source.path, group, Path(part), _parquet_columns(options), clean_rows, wanted)
    except DocumentError as exc:
        tally = Tally()
        tally.failed_many(path, group.first_row, str(exc), group.rows)
        atomic_write(Path(part), b"")
    return _row_group_entry(output, chunk, group.size, _WORKER["stamp"], tally)


def _parquet_columns(options: BatchOptions) -> list[str]:
    from cleaner.tables import column_names

    return column_names(options.explain)


def _row_group_entry(output: str, chunk: Chunk, size: int, stamp: dict, tally: Tally) -> dict:
    return {**_chunk_entry(output, chunk, stamp, tally), "bytes": size}


def _clean_warc(out: Path, source: Source, output: str) -> dict:
    """Clean every HTML and plain-text record of a WARC file (WET conversions included) into
    one JSONL line, keyed by record id.

    The lines are {"record_id", "url", "date", "content_length", CLEANED_TEXT_KEY, ...}, in
    file order; an error's "record" is the 1-based number of the document record. A damaged
    WARC keeps the lines of the records before the damage and fails the file with the byte
    offset where reading stopped.
    """
    from cleaner.io.warc import WarcError, page_records

    tally = Tally()
    path = str(source.path)
    sha256 = None
    with _record_writer(out, output, source.compressed) as write:
        # Only the input's errors are the document's; an error writing the output (a full
        # disk) must stop the run, not pass for a finished file.
        try:
            sha256 = sha256_of(source.path)
            stream = open(source.path, "rb")
        except OSError as exc:
            tally.failed_one(path, None, f"unreadable: {exc.strerror or exc}")
        else:
            with stream:
                try:
                    records = page_records(stream, path, _WORKER["options"].limits.max_bytes)
                    for number, record in enumerate(records, 1):
                        write(_clean_warc_record(record, number, source, tally))
                except WarcError as exc:
                    tally.failed_one(path, None, str(exc))
    entry = _stamp(source, output, sha256, _WORKER["stamp"])
    return {**entry, "encoding": None, "written": True, **vars(tally)}


@contextlib.contextmanager
def _record_writer(out: Path, output: str, compressed: bool) -> Iterator[Callable[[dict], None]]:
    """A function that writes one record at a time to the output, which appears once the
    block ends without error: JSONL lines streamed, or with Parquet output BATCH_ROWS
    records at a time into parts under .parts/, joined at the end."""
    if _WORKER["options"].output_format != PARQUET:
        with atomic_stream(out / output, compressed) as written:
            yield lambda record: written.write(json_line(record).encode("utf-8"))
        return
    from cleaner.io.parquet import BATCH_ROWS, join_records

    folder = out / PARTS / output
    shutil.rmtree(folder, ignore_errors=True)  # a killed run's parts of this file
    parts: list[Path] = []
    batch: list[dict] = []

    def flush() -> None:
        parts.append(folder / f"{len(parts):08d}")
        _write_parquet(parts[-1], batch)
        batch.clear()

    def write(record: dict) -> None:
        batch.append(record)
        if len(batch) >= BATCH_ROWS:
            flush()

    try:
        yield write
        flush()
        join_records(parts, out / output, _parquet_columns(_WORKER["options"]))
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _clean_warc_record(record, number: int, source: Source, tally: Tally) -> dict:
    from cleaner.io.warc import HtmlRecord

    path = str(source.path)
    line = {"record_id": record.record_id, "url": record.url, "date": record.date,
            "content_length": record.length}
    limits: Limits = _WORKER["options"].limits
    try:
        if record.problem:
            raise DocumentError(record.problem)
        payload = record.html if isinstance(record, HtmlRecord) else record.text
        limits.check_bytes(len(payload), "the record is")
        limits.check_lines(payload)
        with cpu_budget(limits.max_seconds):
            if isinstance(record, HtmlRecord):
                from cleaner.html import clean_html  # pulls in trafilatura: only when HTML shows up

                chars_in = len(record.html)
                result = _explained(clean_html(record.html, record.url, rules=_WORKER["rules"],
                                               charset=record.charset, fast=_WORKER["options"].fast))
            else:
                decoding = decode_document(record.text, record.charset)
                line.update({ENCODING_KEY: decoding.encoding, ENCODING_CONFIDENCE_KEY: decoding.confidence})
                chars_in = len(decoding.text)
                result = _clean(decoding.text, record.url, False)
                result.flags.update(decoding.flags())
    except Exception as exc:  # one bad page must not stop the file
        reason = f"{record.record_id}: {failure_reason(exc)}"
        tally.failed_one(path, number, reason)
        return {**line, ERROR_KEY: reason}
    tally.cleaned_one(path, number, chars_in, result, _site(result, record.url, source))
    return {**line, **_cleaned_fields(result, _WORKER["options"].explain)}


def _clean(text: str, url: str | None, is_html: bool) -> Result:
    _WORKER["options"].limits.check_lines(text)
    rules: RuleSet = _WORKER["rules"]
    if is_html:
        from cleaner.html import clean_html  # pulls in trafilatura: only when HTML shows up

        return _explained(clean_html(text, url, rules=rules, fast=_WORKER["options"].fast))
    from cleaner.engine import clean

    options = _WORKER["options"]
    return _explained(clean(text, url, rules=rules, extracted=options.extracted, learned=options.learned))


def _explained(result: Result) -> Result:
    """The result, with --explain its removals' reasons written now. The learned layer's
    are computed on first read (linemodel.Reasons) and can cost more than the cleaning:
    read here, they count against the document's --max-doc-seconds and a failure is the
    document's, instead of happening in the writer after the budget and the try."""
    if _WORKER["options"].explain:
        for removal in result.removals:
            removal.reason  # noqa: B018 -- the read writes it (model._WrittenOnRead)
    return result


def _site(result: Result, url: str | None, source: Source) -> str:
    """The site a document is counted under in report.json: the one the engine named, else
    the host of its URL (given, or the page's own canonical URL), else its input folder."""
    site = result.metadata.get("site")
    if isinstance(site, str) and site:
        return site
    url = url or result.metadata.get("url")
    return host_of(url if isinstance(url, str) else None) or source.folder or UNKNOWN_SITE
