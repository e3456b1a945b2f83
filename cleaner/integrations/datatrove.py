"""cleaner as a datatrove pipeline step, so one cleaning step runs unchanged on datatrove's
local, Slurm and Ray executors. Install with `pip install cleaner[datatrove]`; this is the only
module that imports datatrove.

CleanerStep replaces `doc.text` with the cleaned text and writes these keys into `doc.metadata`
(the names `cleaner run` uses for JSONL records):

    cleaner_metadata       what header, source and tag lines told us (Result.metadata)
    cleaner_removals       removed line count per rule id (Result.removal_summary())
    cleaner_flags          flag name -> detail, e.g. "over_deletion" (Result.flags)
                           ("small_share": a cut to under a tenth that stands, since rules named
                           the tail under an article of 500 characters or more, or of 200 that
                           are mostly prose; not excluded)
    cleaner_rules_version  hash of the rule files used (RuleSet.version)
    cleaner_error          only on a document that failed, sent to the exclusion writer

Stats (datatrove's stats.json): total, forwarded, failed, flagged (any flag), dropped, and
`removed_lines/<rule id>` (lines that rule removed; its `n` is the number of documents).

Below the step, the pipeline behind `cleaner run --engine datatrove`: a reader for JSONL
(RecordReader), Parquet or WARC/WET (datatrove's own ParquetReader and WarcReader, told to keep
every record whole) and RecordWriter write records as `cleaner run` does (every input field
kept, plus "cleaned_text" and the keys above), so either engine's output feeds the same consumers.
"""

from __future__ import annotations

import contextlib
import json
from pathlib import Path

import orjson

from datatrove.data import Document, DocumentsPipeline
from datatrove.executor import LocalPipelineExecutor
from datatrove.pipeline.base import PipelineStep
from datatrove.pipeline.readers import JsonlReader, ParquetReader, WarcReader
from datatrove.pipeline.writers import JsonlWriter
from datatrove.pipeline.writers.disk_base import DiskWriter
from datatrove.utils.logging import logger
from datatrove.utils.typeshelper import StatHints

from cleaner.batch import (
    CLEANED_TEXT_KEY,
    ERROR_KEY,
    FLAGS_KEY,
    METADATA_KEY,
    RAW_LINE_KEY,
    REMOVALS_KEY,
    failure_reason,
    rules_for,
)
from cleaner.io.readers import DocumentError, parse_record
from cleaner.model import Result
from cleaner.rules import RuleSet

OVER_DELETION_FLAG = "over_deletion"
INPUT_MODES = ("text", "html", "auto")
ON_OVER_DELETION = ("keep", "drop", "exclude")

RULES_VERSION_KEY = "cleaner_rules_version"

FAILED_STAT = "failed"
FLAGGED_STAT = "flagged"
REMOVED_LINES_STAT = "removed_lines/"
UNREADABLE_STAT = "unreadable_lines"

# Where a document goes after cleaning.
_FORWARD, _EXCLUDE, _DROP = "forward", "exclude", "drop"


class CleanerStep(PipelineStep):
    """Keep the lead article of every document; say in its metadata what went and why.

    Args:
        rules_dir: a rules directory added to the shipped rules (None: shipped rules only).
        input_mode: "text" cleans doc.text; "html" cleans the HTML in doc.metadata[html_field];
            "auto" cleans doc.text if it is a string, else the HTML (what `cleaner run` does).
        html_field: the metadata field holding the page's HTML in "html" mode.
        url_field: the metadata field holding the page URL (picks the site's rule file).
        on_over_deletion: for documents flagged "over_deletion": "keep" them (flagged),
            "drop" them, or "exclude" them to `exclusion_writer`, as datatrove's filters do.
        exclusion_writer: receives excluded documents and, when given, failed ones (with
            the error in metadata "cleaner_error") so that nothing is lost silently.
    """

    name = "🧹 cleaner"
    type = "✂️ - CLEANER"

    def __init__(
        self,
        rules_dir: str | None = None,
        input_mode: str = "text",
        html_field: str = "html",
        url_field: str = "url",
        on_over_deletion: str = "keep",
        exclusion_writer: DiskWriter | None = None,
    ):
        super().__init__()
        if input_mode not in INPUT_MODES:
            raise ValueError(f"input_mode must be one of {INPUT_MODES}, not {input_mode!r}")
        if on_over_deletion not in ON_OVER_DELETION:
            raise ValueError(f"on_over_deletion must be one of {ON_OVER_DELETION}, not {on_over_deletion!r}")
        if on_over_deletion == "exclude" and exclusion_writer is None:
            raise ValueError("on_over_deletion='exclude' needs an exclusion_writer")
        self.rules_dir = str(rules_dir) if rules_dir else None
        self.input_mode = input_mode
        self.html_field = html_field
        self.url_field = url_field
        self.on_over_deletion = on_over_deletion
        self.exclusion_writer = exclusion_writer
        self._rules: RuleSet | None = None

    def __getstate__(self) -> dict:
        # The step travels to every worker by pickle: ship the directory, not compiled rules.
        state = self.__dict__.copy()
        state["_rules"] = None
        return state

    @property
    def rules(self) -> RuleSet:
        if self._rules is None:
            # Once per process: a worker runs many tasks, each with a fresh step.
            self._rules = rules_for(self.rules_dir)
        return self._rules

    def run(self, data: DocumentsPipeline, rank: int = 0, world_size: int = 1) -> DocumentsPipeline:
        # Loaded here, in the worker: a broken rules directory stops the task, not each document.
        rules = self.rules
        with self.exclusion_writer or contextlib.nullcontext() as excluded:
            for doc in data:
                self.stat_update(StatHints.total)
                verdict = self._process(doc, rules)
                if verdict == _FORWARD:
                    self.stat_update(StatHints.forwarded)
                    self.update_doc_stats(doc)
                    yield doc
                elif verdict == _EXCLUDE and excluded is not None:
                    excluded.write(doc, rank)

    def _process(self, doc: Document, rules: RuleSet) -> str:
        """Clean doc in place and say where it goes next."""
        if isinstance(doc, UnreadableLine):
            self._failed(doc, doc.metadata[ERROR_KEY])
            return _EXCLUDE
        try:
            with self.track_time():
                result = self._clean(doc, rules)
        except Exception as exc:  # one bad document must never stop the task
            self._failed(doc, failure_reason(exc))
            return _EXCLUDE
        self._annotate(doc, result, rules.version)
        if result.flags:
            self.stat_update(FLAGGED_STAT)
        if OVER_DELETION_FLAG not in result.flags or self.on_over_deletion == "keep":
            return _FORWARD
        self.stat_update(StatHints.dropped)
        return _EXCLUDE if self.on_over_deletion == "exclude" else _DROP

    def _failed(self, doc: Document, reason: str) -> None:
        self.stat_update(FAILED_STAT)
        logger.warning(f"document {doc.id!r}: {reason}")
        doc.metadata[ERROR_KEY] = reason
        if not isinstance(doc.text, str):
            doc.text = ""  # writers measure doc.text

    def _clean(self, doc: Document, rules: RuleSet) -> Result:
        url = doc.metadata.get(self.url_field)
        url = url if isinstance(url, str) else None
        if self.input_mode != "html" and isinstance(doc.text, str):
            from cleaner.engine import clean

            return clean(doc.text, url, rules=rules)
        html = doc.metadata.get(self.html_field)
        if self.input_mode != "text" and isinstance(html, str):
            from cleaner.html import clean_html  # trafilatura is slow to import: only when needed

            return clean_html(html, url, rules=rules)
        wanted = {"text": "text", "html": f"HTML in metadata field {self.html_field!r}",
                  "auto": f"text and no HTML in metadata field {self.html_field!r}"}[self.input_mode]
        raise DocumentError(f"no text: the document has no {wanted}")

    def _annotate(self, doc: Document, result: Result, rules_version: str) -> None:
        doc.text = result.text
        summary = result.removal_summary()
        doc.metadata[METADATA_KEY] = result.metadata
        doc.metadata[REMOVALS_KEY] = summary
        doc.metadata[FLAGS_KEY] = result.flags
        doc.metadata[RULES_VERSION_KEY] = rules_version
        for rule_id, lines in summary.items():
            self.stat_update(REMOVED_LINES_STAT + rule_id, value=lines, unit="doc")


# ---------------------------------------------------------------- JSONL on the local executor

LOGS_DIRNAME = "datatrove-logs"
EXCLUDED_DIRNAME = "excluded"
PARTIAL_SUFFIX = ".partial"


class _TextMayBeMissing:
    """For a reader whose documents may have no text (HTML records, records to report)."""

    def update_doc_stats(self, document: Document) -> None:
        if isinstance(document.text, str):
            super().update_doc_stats(document)


class UnreadableLine(Document):
    """A JSONL line that is no JSON object, as `cleaner run` writes it: metadata holds the
    line as read (RAW_LINE_KEY) and why it is no record (ERROR_KEY). Its own type, so that
    an input record with those two fields is still a record like any other."""


class RecordReader(_TextMayBeMissing, JsonlReader):
    """JSONL records as documents: doc.text is the text field (None if missing, for the
    cleaner step to report as `cleaner run` does, where datatrove's reader would skip the
    record), doc.metadata the whole record, so that run_record writes back every field as it was.

    A line is read as `cleaner run` reads it (a line that is not UTF-8 is decoded as its
    encoding is detected). One that is no JSON object is counted ("unreadable_lines"), logged
    with its file and line number, and becomes an UnreadableLine, which the cleaner step
    fails as it fails a document, into the exclusion writer; reading goes on. datatrove's own
    reader drops the rest of the file at a line that is not UTF-8 and stops the task at one
    that is not an object.

    Given one local file rather than a folder, the file's lines are split across tasks (line i
    goes to task i % world_size): datatrove shards by file, which would idle all tasks but one.
    """

    def __init__(self, input_path: str | Path, *, text_key: str = "text", id_key: str = "id"):
        remote = "://" in str(input_path)  # s3://, hf://...: a folder that datatrove opens itself
        path = Path(input_path)
        if not remote and not path.exists():
            raise FileNotFoundError(f"{path}: no such JSONL file or folder")
        single = not remote and path.is_file()
        folder = str(path.parent) if single else str(input_path)
        super().__init__(folder, glob_pattern="**/*.jsonl*", text_key=text_key, id_key=id_key, add_file_path=False)
        self.filename = path.name if single else None
        self._rank, self._world_size = 0, 1

    def run(self, data: DocumentsPipeline = None, rank: int = 0, world_size: int = 1) -> DocumentsPipeline:
        if self.filename is None:
            yield from super().run(data, rank, world_size)
            return
        if data:
            yield from data
        self._rank, self._world_size = rank, world_size
        yield from self.read_files_shard([self.filename])

    def read_file(self, filepath: str) -> DocumentsPipeline:
        with self.data_folder.open(filepath, "rb", compression=self.compression) as lines:
            for number, line in enumerate(lines):
                if number % self._world_size != self._rank or not line.strip():
                    continue
                with self.track_time():
                    document = self._document(line, filepath, number)
                yield document

    def _document(self, line: bytes, filepath: str, number: int) -> Document:
        try:
            record = orjson.loads(line)
        except orjson.JSONDecodeError:
            record = None
        doc_id = f"{filepath}/{number}"
        if not isinstance(record, dict):
            try:  # cleaner run's reading, for its other encodings and its reasons
                record, _ = parse_record(line)
            except DocumentError as exc:
                return self._unreadable(line, filepath, number, doc_id, str(exc))
        record_id = record.get(self.id_key)
        doc_id = str(record_id) if record_id is not None else doc_id
        return Document(text=record.get(self.text_key), id=doc_id, metadata=record)

    def _unreadable(self, line: bytes, filepath: str, number: int, doc_id: str, reason: str) -> UnreadableLine:
        self.stat_update(UNREADABLE_STAT)
        logger.warning(f"{self.data_folder.resolve_paths(filepath)}:{number + 1}: {reason}")
        raw = line.decode("utf-8", "replace").rstrip("\r\n")
        return UnreadableLine(text=None, id=doc_id, metadata={RAW_LINE_KEY: raw, ERROR_KEY: reason})


class _EveryRecord(_TextMayBeMissing):
    """For datatrove's Parquet and WARC readers: every record becomes a document with all its
    fields in doc.metadata, also one without text (which datatrove would skip unsaid), for
    the cleaner step to clean its HTML or report it, as `cleaner run` does."""

    def get_document_from_dict(self, data: dict, source_file: str, id_in_file: int | str) -> Document:
        return Document(**self.adapter(data, source_file, id_in_file))


class ParquetRecordReader(_EveryRecord, ParquetReader):
    """Parquet rows as documents: doc.text the text column, doc.metadata the whole row."""

    def _default_adapter(self, data: dict, path: str, id_in_file: int | str) -> dict:
        record_id = data.get(self.id_key)
        return {"text": data.get(self.text_key), "metadata": data,
                "id": str(record_id) if record_id is not None else f"{path}/{id_in_file}"}


class WarcRecordReader(_EveryRecord, WarcReader):
    """HTML and plain-text records of WARC and WET files, as datatrove's reader picks and
    decodes them: doc.metadata is {id, url, date} plus the page in `html_key` for an HTML
    record; doc.text is the text of a WET (conversion) record."""

    def __init__(self, data_folder: str, *, glob_pattern: str, html_key: str = "html"):
        super().__init__(data_folder, glob_pattern=glob_pattern)
        self.html_key = html_key

    def _default_adapter(self, data: dict, path: str, id_in_file: int | str) -> dict:
        record = {"id": data["id"], "url": data["url"], "date": data["date"]}
        # datatrove's reader does not say which it read; a WET file holds conversions only.
        if ".wet" in Path(path).name.lower():
            return {"text": data["text"], "id": data["id"], "metadata": record}
        return {"text": None, "id": data["id"], "metadata": {**record, self.html_key: data["text"]}}


READER_KINDS = ("jsonl", "parquet", "warc")
_PATTERNS = {"parquet": "**/*.parquet", "warc": "**/*.w[ae][rt]*"}  # .warc, .wet, gzipped or not


def record_reader(input_path: str | Path, kind: str = "jsonl", *, text_key: str = "text",
                  html_key: str = "html") -> PipelineStep:
    """The reader for a JSONL, Parquet or WARC/WET file, or a folder of such files."""
    if kind == "jsonl":
        return RecordReader(input_path, text_key=text_key)
    if kind not in READER_KINDS:
        raise ValueError(f"kind must be one of {READER_KINDS}, not {kind!r}")
    remote = "://" in str(input_path)
    path = Path(input_path)
    if not remote and not path.exists():
        raise FileNotFoundError(f"{path}: no such {kind} file or folder")
    folder, pattern = (str(path.parent), path.name) if not remote and path.is_file() else (str(input_path), _PATTERNS[kind])
    if kind == "parquet":
        return ParquetRecordReader(folder, glob_pattern=pattern, text_key=text_key)
    return WarcRecordReader(folder, glob_pattern=pattern, html_key=html_key)


def record_pipeline(
    input_path: str | Path, output_dir: str | Path, step: CleanerStep, *, kind: str = "jsonl",
    text_key: str = "text", html_key: str = "html",
) -> list[PipelineStep]:
    """Read, clean, write `<output_dir>/<rank>.jsonl`: the same list runs on any executor.

    Output records are `cleaner run`'s: the input record, "cleaned_text" and the cleaner_* keys.
    """
    reader = record_reader(input_path, kind, text_key=text_key, html_key=html_key)
    return [reader, step, RecordWriter(output_dir)]


def jsonl_pipeline(
    input_path: str | Path, output_dir: str | Path, step: CleanerStep, *, text_key: str = "text"
) -> list[PipelineStep]:
    """record_pipeline for JSONL input."""
    return record_pipeline(input_path, output_dir, step, text_key=text_key)


def exclusion_writer(output_dir: str | Path) -> JsonlWriter:
    """Where failed (and, if asked, over-deleted) documents go: `<output_dir>/excluded/`."""
    # Joined as text: Path() would turn "s3://bucket" into "s3:/bucket".
    return RecordWriter(f"{str(output_dir).rstrip('/')}/{EXCLUDED_DIRNAME}")


class RecordWriter(JsonlWriter):
    """Writes run_record lines to `<folder>/<rank>.jsonl`, one file per task.

    A task writes `<rank>.jsonl.partial` and renames it when the task's documents are all
    written, so a folder never shows a half-written output under its final name.
    """

    def __init__(self, folder: str | Path):
        super().__init__(
            str(folder), output_filename="${rank}.jsonl" + PARTIAL_SUFFIX, compression=None, adapter=run_record
        )
        self._written: set[str] = set()

    def _get_output_filename(self, document: Document, rank: int | str = 0, **kwargs) -> str:
        # datatrove fills the name from the metadata too: a record field called "rank" would
        # send documents of several tasks into one file.
        return self.output_filename.substitute(rank=str(rank).zfill(5))

    def write(self, document: Document, rank: int = 0, **kwargs) -> None:
        super().write(document, rank, **kwargs)
        self._written.add(self._get_output_filename(document, rank))

    def __exit__(self, exc_type, exc_val, exc_tb):
        super().__exit__(exc_type, exc_val, exc_tb)
        if exc_type is None:
            for name in self._written:
                self.output_folder.mv(name, name.removesuffix(PARTIAL_SUFFIX))
        self._written.clear()


def run_record(writer: DiskWriter, doc: Document) -> dict:
    """A document read by RecordReader as `cleaner run` writes it: the input record's own
    fields, then "cleaned_text" and the cleaner_* keys; a failed one gains "cleaner_error".
    """
    if ERROR_KEY in doc.metadata:
        return doc.metadata
    return {**doc.metadata, CLEANED_TEXT_KEY: doc.text}


def run_local(
    input_path: str | Path,
    output_dir: str | Path,
    *,
    tasks: int,
    workers: int,
    rules_dir: str | None = None,
    text_key: str = "text",
    url_key: str = "url",
    html_key: str = "html",
    kind: str = "jsonl",
) -> dict[str, int]:
    """Clean a JSONL, Parquet or WARC/WET file or folder (`kind`) with LocalPipelineExecutor;
    return the cleaner step's counts (see the module docstring) and the reader's
    "unreadable_lines" (JSONL only).

    The logs (and datatrove's completion markers) live in `<output_dir>/datatrove-logs`, so a
    rerun into the same output folder skips the tasks that already finished.
    """
    step = CleanerStep(
        rules_dir,
        input_mode="auto",
        html_field=html_key,
        url_field=url_key,
        exclusion_writer=exclusion_writer(output_dir),
    )
    logging_dir = Path(output_dir) / LOGS_DIRNAME
    _check_same_tasks(logging_dir, tasks)
    pipeline = record_pipeline(input_path, output_dir, step, kind=kind, text_key=text_key, html_key=html_key)
    LocalPipelineExecutor(pipeline, tasks=tasks, workers=workers, logging_dir=str(logging_dir)).run()
    counts = step_counts(logging_dir)
    unreadable = counts.get(pipeline[0].stats.name, {}).get(UNREADABLE_STAT, 0)
    return {**counts.get(step.stats.name, {}), UNREADABLE_STAT: unreadable}


class TaskCountMismatch(ValueError):
    """The output folder holds a run split into another number of tasks."""


def _check_same_tasks(logging_dir: Path, tasks: int) -> None:
    # Task i's output is <i>.jsonl and its shard depends on the task count: resuming with
    # another count would skip or repeat documents.
    saved = logging_dir / "executor.json"
    if not saved.is_file():
        return
    before = json.loads(saved.read_text(encoding="utf-8")).get("world_size")
    if before != tasks:
        raise TaskCountMismatch(
            f"{logging_dir.parent}: holds a run with {before} tasks; rerun it with {before} tasks "
            f"or clean into another output folder"
        )


def step_counts(logging_dir: str | Path) -> dict[str, dict[str, int]]:
    """Each step's counts (by step name) summed over every finished task, this run's and
    earlier ones', from the tasks' stats files."""
    counts: dict[str, dict[str, int]] = {}
    for path in sorted(Path(logging_dir, "stats").glob("*.json")):
        for step in json.loads(path.read_text(encoding="utf-8")):
            into = counts.setdefault(step["name"], {})
            for name, value in step["stats"].items():
                # datatrove saves a count as a bare number, a count with spread as a dict
                total = value["total"] if isinstance(value, dict) else value
                into[name] = into.get(name, 0) + int(total)
    return counts
