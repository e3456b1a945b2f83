"""Read the documents out of a WARC file (.warc, .warc.gz, Common Crawl's .warc.wet.gz) with warcio.

Only records that hold a document are yielded: `response` records whose HTTP Content-Type is
HTML (or absent and the payload looks like HTML), and `resource` records of an HTML type, as
HtmlRecord; with page_records also plain text, as TextRecord: WET `conversion` records (the
text Common Crawl extracted from a page) and `response`/`resource` records of type text/plain.
Requests, metadata, revisits, redirects and other types are skipped. The payload comes
de-chunked and decompressed (Content-Encoding) from warcio; its charset is the one the HTTP
header declares, if any, for the decoder to weigh against the page's own.
"""

from __future__ import annotations

import io
from typing import BinaryIO, Iterator, NamedTuple

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

HTML_TYPES = ("text/html", "application/xhtml+xml")
TEXT_TYPE = "text/plain"
PAGE_RECORD_TYPES = ("response", "resource")
CONVERSION = "conversion"  # a WET record: the page's text as Common Crawl extracted it
# A response without a Content-Type is taken as a page when its payload starts like one.
_HTML_START = (b"<!doctype html", b"<html")
_SNIFF_BYTES = 512


class WarcError(ValueError):
    """A WARC file that cannot be read on; the message names the file and byte offset."""


class HtmlRecord(NamedTuple):
    record_id: str  # WARC-Record-ID, e.g. "<urn:uuid:...>"; "@offset" when it has none
    url: str | None  # WARC-Target-URI
    html: bytes  # the HTTP payload, de-chunked and decompressed
    charset: str | None  # from the HTTP Content-Type header
    offset: int  # byte offset of the record in the (compressed) file
    date: str | None = None  # WARC-Date
    length: int | None = None  # the record's Content-Length
    problem: str | None = None  # why this record cannot be cleaned (its payload is then empty)


class TextRecord(NamedTuple):
    record_id: str
    url: str | None
    text: bytes  # the payload, still to be decoded
    charset: str | None  # from the HTTP Content-Type header (conversion records: none, UTF-8)
    offset: int
    date: str | None = None
    length: int | None = None
    problem: str | None = None


def html_records(stream: BinaryIO, name: str = "", max_bytes: int = -1) -> Iterator[HtmlRecord]:
    """Every HTML page record of the WARC read from `stream`, in file order.

    At most max_bytes + 1 bytes of a payload are read (with max_bytes given). A response
    record whose URI is not http(s) (warcio then parses no HTTP header) is yielded with its
    `problem` said, not skipped in silence; `dns:` records, a crawler's lookups, are skipped.

    A damaged or truncated file yields the records before the damage, then raises WarcError
    naming `name` (default: the stream's name) and the byte offset where reading stopped:
    warcio alone ends quietly on a gzip member cut short, and hands out a record cut short.
    """
    return _records(stream, name, False, max_bytes)


def page_records(stream: BinaryIO, name: str = "", max_bytes: int = -1) -> Iterator[HtmlRecord | TextRecord]:
    """Every HTML page and plain-text record (WET conversions included), in file order;
    payloads, non-http responses and damage are treated as html_records does."""
    return _records(stream, name, True, max_bytes)


def _records(stream: BinaryIO, name: str, with_text: bool, max_bytes: int) -> Iterator[HtmlRecord | TextRecord]:
    name = name or getattr(stream, "name", "<stream>")
    records = ArchiveIterator(stream)
    end = 0  # where the last whole record ended
    try:
        for record in records:
            page = _document(record, with_text, max_bytes)
            # Asked before the payload is read, warcio would skip the payload to find it.
            offset, length = records.get_record_offset(), records.get_record_length()
            if record.raw_stream.limit > 0:
                record_id = record.rec_headers.get_header("WARC-Record-ID")
                named = f"record {record_id}" if record_id else "record"
                raise WarcError(f"{name}: the {named} at byte {offset} is cut short: "
                                f"{record.raw_stream.limit} bytes of it are missing")
            end = offset + length
            if page is not None:
                yield page._replace(record_id=page.record_id or f"@{offset}", offset=offset)
    except (ArchiveLoadFailed, OSError, EOFError, ValueError, AttributeError) as exc:
        if isinstance(exc, WarcError):
            raise
        # AttributeError: warcio (1.8) trips over a record header cut short.
        raise WarcError(f"{name}: not a readable WARC record at byte {end}: "
                        f"{_short(exc)}") from None
    _check_fully_read(stream, end, name)


def _check_fully_read(stream: BinaryIO, end: int, name: str) -> None:
    if not stream.seekable():
        return
    size = stream.seek(0, io.SEEK_END)
    if size > end and stream.seek(end) == end and stream.read(size - end).strip():
        raise WarcError(f"{name}: bytes {end} to {size} are not a readable WARC record "
                        "(a truncated file?)")


def _short(exc: Exception) -> str:
    # warcio quotes the offending line, which is binary garbage in a damaged file.
    return ascii(str(exc).split("\n")[0][:100])


def _document(record, with_text: bool, max_bytes: int) -> HtmlRecord | TextRecord | None:
    record_id = record.rec_headers.get_header("WARC-Record-ID") or ""
    url = record.rec_headers.get_header("WARC-Target-URI")
    if record.rec_type == CONVERSION:
        content_type = record.rec_headers.get_header("Content-Type")
    elif record.rec_type not in PAGE_RECORD_TYPES:
        return None
    elif record.rec_type == "response":
        headers = record.http_headers
        if headers is None:
            if (url or "").lower().startswith("dns:"):
                return None
            return HtmlRecord(record_id, url, b"", None, 0, problem=(
                f"a response record for {url!r}, not an http(s) URI: no HTTP response to read a page from"))
        if not _is_success(headers.get_statuscode()):
            return None
        content_type = headers.get_header("Content-Type")
    else:
        content_type = record.rec_headers.get_header("Content-Type")
    content = record.content_stream()
    if record.rec_type == CONVERSION or _media_type(content_type) == TEXT_TYPE:
        kind = TextRecord if with_text else None
        payload = _read(content, max_bytes) if kind else b""
    else:
        payload = _read(content, max_bytes)
        kind = HtmlRecord if _is_html(content_type, payload) else None
    if kind is None:
        return None
    length = record.rec_headers.get_header("Content-Length")
    return kind(
        record_id,
        url,
        payload,
        _charset(content_type),
        0,
        record.rec_headers.get_header("WARC-Date"),
        int(length) if length and length.isdigit() else None,
    )


def _read(content, max_bytes: int) -> bytes:
    return content.read(max_bytes + 1) if max_bytes >= 0 else content.read()


def _is_success(status: str | None) -> bool:
    # Redirects and error pages are not the article the URL names.
    return bool(status) and status.startswith("2")


def _is_html(content_type: str | None, payload: bytes) -> bool:
    if content_type:
        return _media_type(content_type) in HTML_TYPES
    return payload[:_SNIFF_BYTES].lstrip().lower().startswith(_HTML_START)


def _media_type(content_type: str | None) -> str:
    return (content_type or "").split(";")[0].strip().lower()


def _charset(content_type: str | None) -> str | None:
    for parameter in (content_type or "").split(";")[1:]:
        key, _, value = parameter.partition("=")
        if key.strip().lower() == "charset" and value.strip(" \"'"):
            return value.strip(" \"'")
    return None
