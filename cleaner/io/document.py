"""One document out of one input file, read as `cleaner run` reads it: what `cleaner explain`
shows. A text or HTML file is one document; a JSONL or WARC file holds many, and one is
picked by its number (the `record` errors.jsonl gives) or its id.
"""

from __future__ import annotations

import os
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

from cleaner.io.readers import (
    UNKNOWN,
    UNKNOWN_KIND,
    DocumentError,
    InputError,
    JsonlStream,
    chunk_lines,
    declared_charset,
    decode,
    discover,
    gunzip,
    parse_record,
    read_stored,
)
from cleaner.limits import DEFAULT_MAX_DOC_BYTES

# JSONL is read in chunks this big while looking for the record asked for.
_SCAN_RECORDS = 1000
_SCAN_BYTES = 1 << 20


@dataclass(frozen=True)
class Fields:
    """The JSONL fields a record's text, HTML, URL and id are read from."""

    text: str = "text"
    html: str = "html"
    url: str = "url"
    id: str = "id"


@dataclass(frozen=True)
class Document:
    content: str | bytes  # decoded text, or HTML (bytes are decoded by the HTML layer)
    is_html: bool
    url: str | None = None
    charset: str | None = None  # the one the transport declared (a WARC record's HTTP header)


@dataclass(frozen=True)
class Pick:
    """Which record of a JSONL or WARC file: its 1-based number, or its id."""

    number: int | None = None
    id: str | None = None

    def __bool__(self) -> bool:
        return self.number is not None or self.id is not None

    def matches(self, number: int, record_id: object) -> bool:
        if self.number is not None:
            return number == self.number
        return record_id is not None and str(record_id) == self.id

    def __str__(self) -> str:
        return f"no record {self.number}" if self.number is not None else f"no record with id {self.id!r}"


def record_content(record: dict, fields: Fields) -> tuple[str, bool]:
    """(text or HTML, is HTML) of a JSONL record: its text field, else its HTML field."""
    text, html = record.get(fields.text), record.get(fields.html)
    if isinstance(text, str):
        return text, False
    if isinstance(html, str):
        return html, True
    raise DocumentError(f"no text: the record has no string field '{fields.text}' or '{fields.html}'")


def read_document(path: str, fmt: str = "auto", pick: Pick = Pick(), fields: Fields = Fields()) -> Document:
    """The document in `path` (the record `pick` names, for JSONL and WARC files).

    InputError when the path names no file, or a file of many documents comes without a
    pick, or the pick names no record; DocumentError when the document is unreadable (binary
    data, a broken gzip stream, malformed JSON, a record with no text).
    """
    if Path(path).is_dir():
        raise InputError(f"{path}: a directory; explain shows one file (cleaner run cleans folders)")
    [source] = discover([path], fmt)
    if source.kind == UNKNOWN:
        raise DocumentError(UNKNOWN_KIND)
    if source.kind in ("jsonl", "warc") and not pick:
        raise InputError(f"{path}: a {source.kind.upper()} file holds many documents; "
                         f"pick one with --record N or --id ID")
    if source.kind == "jsonl":
        return _jsonl_record(source, pick, fields)
    if source.kind == "warc":
        return _warc_record(source, pick)
    if pick:
        raise InputError(f"{path}: --record and --id pick a record of a JSONL or WARC file")
    raw = read_stored(source)
    data = gunzip(raw) if source.compressed else raw
    is_html = source.kind == "html"
    text, _ = decode(data, declared_charset(data) if is_html else None)
    return Document(text, is_html)


def _jsonl_record(source, pick: Pick, fields: Fields) -> Document:
    for number, line in _jsonl_lines(source):
        if pick.number is not None and number != pick.number:
            continue
        try:
            if line is None:
                raise DocumentError(f"over --max-doc-bytes: the line is more than {DEFAULT_MAX_DOC_BYTES} bytes")
            record, _ = parse_record(line)
        except DocumentError as exc:
            if pick.number is None:
                continue  # a broken line is not the record with that id
            raise DocumentError(f"record {number}: {exc}") from None
        if pick.matches(number, record.get(fields.id)):
            content, is_html = record_content(record, fields)
            url = record.get(fields.url)
            return Document(content, is_html, url if isinstance(url, str) else None)
    raise InputError(f"{source.path}: {pick} (numbers count lines from 1)"
                     if pick.number is not None else f"{source.path}: {pick} in field '{fields.id}'")


def _jsonl_lines(source) -> Iterator[tuple[int, bytes | None]]:
    """(number, line) of the JSONL file's lines that are not blank, read as `cleaner run`
    reads them (a gzipped file's chunks inflated into a scratch folder); None for a line
    over the default --max-doc-bytes."""
    with tempfile.TemporaryDirectory(prefix="cleaner-explain-") as scratch:
        def spill(index: int) -> tuple[str, object]:
            path = os.path.join(scratch, str(index))
            return path, open(path, "wb")

        stream = JsonlStream(source, _SCAN_RECORDS, _SCAN_BYTES, DEFAULT_MAX_DOC_BYTES,
                             spill if source.compressed else None)
        for chunk in stream.chunks():
            yield from chunk_lines(chunk)
            if chunk.spilled:
                os.unlink(chunk.path)


def _warc_record(source, pick: Pick) -> Document:
    from cleaner.io.warc import HtmlRecord, WarcError, page_records

    try:
        with open(source.path, "rb") as stream:
            # Numbered as `cleaner run` numbers them: HTML and plain-text (WET) records alike.
            for number, record in enumerate(page_records(stream, str(source.path)), 1):
                if not pick.matches(number, record.record_id):
                    continue
                if record.problem:
                    raise DocumentError(f"record {number}: {record.problem}")
                if isinstance(record, HtmlRecord):
                    return Document(record.html, True, record.url, record.charset)
                return Document(decode(record.text, record.charset)[0], False, record.url)
    except OSError as exc:
        raise DocumentError(f"unreadable: {exc.strerror or exc}") from None
    except WarcError as exc:
        raise DocumentError(str(exc)) from None
    raise InputError(f"{source.path}: {pick} among its HTML and text records")
