"""WARC input: a WARC file built with warcio from the test pages, read back record by record."""

from __future__ import annotations

import gzip
import hashlib
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from cleaner import clean_html
from cleaner.io.warc import WarcError, html_records

PAGES = Path(__file__).parent / "fixtures" / "html"
SITE = "https://pages.test/"
WINDOWS_1256_META = b'<meta http-equiv="Content-Type" content="text/html; charset=windows-1256">'


def _response(writer: WARCWriter, url: str, body: bytes, content_type: str | None,
              status: str = "200 OK", encoding: str | None = None) -> None:
    headers = [("Content-Type", content_type)] if content_type else []
    if encoding == "gzip":
        headers.append(("Content-Encoding", "gzip"))
        body = gzip.compress(body)
    http_headers = StatusAndHeaders(status, headers, protocol="HTTP/1.1")
    writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(body),
                                                  http_headers=http_headers))


def build_warc(path: Path, compress: bool) -> dict[str, bytes]:
    """A crawl of the test pages plus the records a crawl also holds; url -> expected payload."""
    pages = {SITE + p.stem: p.read_bytes() for p in sorted(PAGES.glob("*.html"))}
    with open(path, "wb") as handle:
        writer = WARCWriter(handle, gzip=compress)
        writer.write_record(writer.create_warcinfo_record(path.name, {"software": "tests"}))
        for url, body in pages.items():
            if url.endswith("ar_windows1256"):
                # Declared by the HTTP header only, as servers often do.
                body = body.replace(WINDOWS_1256_META, b"")
                pages[url] = body
                _response(writer, url, body, "text/html; charset=windows-1256")
            elif url.endswith("read_more_inline"):
                _response(writer, url, body, "text/html", encoding="gzip")
            else:
                _response(writer, url, body, "text/html; charset=utf-8")
            writer.write_record(writer.create_warc_record(
                url, "request", payload=io.BytesIO(b"GET / HTTP/1.1\r\nHost: pages.test\r\n\r\n")))
        _response(writer, SITE + "data.json", b'{"not": "a page"}', "application/json")
        _response(writer, SITE + "moved", b"", "text/html", status="301 Moved Permanently")
        _response(writer, SITE + "untyped", b"<!DOCTYPE html><html><body><p>x</p></body></html>", None)
        pages[SITE + "untyped"] = b"<!DOCTYPE html><html><body><p>x</p></body></html>"
    return pages


@pytest.mark.parametrize("compress", [True, False], ids=["warc.gz", "warc"])
def test_only_html_page_records_come_out_with_their_payload(tmp_path, compress):
    path = tmp_path / ("crawl.warc.gz" if compress else "crawl.warc")
    expected = build_warc(path, compress)
    with open(path, "rb") as stream:
        records = list(html_records(stream))
    assert {r.url: r.html for r in records} == expected
    assert len({r.record_id for r in records}) == len(records)
    assert all(r.record_id.startswith("<urn:uuid:") for r in records)
    offsets = [r.offset for r in records]
    assert offsets == sorted(offsets) and offsets[0] > 0  # the warcinfo record comes first
    charsets = {r.url: r.charset for r in records}
    assert charsets[SITE + "ar_windows1256"] == "windows-1256"
    assert charsets[SITE + "untyped"] is None


def test_records_clean_with_their_declared_charset(tmp_path):
    path = tmp_path / "crawl.warc.gz"
    build_warc(path, compress=True)
    with open(path, "rb") as stream:
        record = next(r for r in html_records(stream) if r.url.endswith("ar_windows1256"))
    assert b"charset" not in record.html
    result = clean_html(record.html, record.url, charset=record.charset)
    assert "ستفتح أبوابها حتى منتصف الليل" in result.text


@pytest.mark.parametrize("compress", [True, False], ids=["warc.gz", "warc"])
def test_a_truncated_warc_yields_what_is_whole_then_names_file_and_offset(tmp_path, compress):
    whole = tmp_path / "whole.warc"
    build_warc(whole, compress)
    data = whole.read_bytes()
    cut = tmp_path / "cut.warc"
    cut.write_bytes(data[: len(data) * 2 // 3])
    read = []
    with open(cut, "rb") as stream, pytest.raises(WarcError) as caught:
        read.extend(html_records(stream))
    assert str(cut) in str(caught.value) and "byte" in str(caught.value)
    with open(whole, "rb") as stream:
        complete = list(html_records(stream))
    assert 0 < len(read) < len(complete)
    assert read == complete[: len(read)]


def test_a_file_that_is_not_warc_is_an_error_naming_it(tmp_path):
    path = tmp_path / "page.warc"
    path.write_bytes((PAGES / "no_article.html").read_bytes())
    with open(path, "rb") as stream, pytest.raises(WarcError, match="page.warc"):
        list(html_records(stream))


# ---------------------------------------------------------------- cleaner run on a WARC file


def run_cleaner(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "cleaner.cli", "run", *args],
                          capture_output=True, text=True)


def read_jsonl_gz(path: Path) -> list[dict]:
    return [json.loads(line) for line in gzip.decompress(path.read_bytes()).decode().splitlines()]


def test_cleaner_run_writes_one_jsonl_line_per_html_record(tmp_path):
    crawl = tmp_path / "in" / "crawl.warc.gz"
    crawl.parent.mkdir()
    pages = build_warc(crawl, compress=True)
    before = hashlib.sha256(crawl.read_bytes()).hexdigest()
    run = run_cleaner(str(crawl.parent), "--out", str(tmp_path / "out"), "--jobs", "1")
    assert run.returncode == 0, run.stderr
    assert hashlib.sha256(crawl.read_bytes()).hexdigest() == before  # input never touched
    with open(crawl, "rb") as stream:
        ids = [r.record_id for r in html_records(stream)]
    lines = read_jsonl_gz(tmp_path / "out" / "crawl.jsonl.gz")
    assert [line["record_id"] for line in lines] == ids
    assert [line["url"] for line in lines] == list(pages)
    by_url = {line["url"]: line for line in lines}
    arabic = by_url[SITE + "ar_windows1256"]
    assert "ستفتح أبوابها حتى منتصف الليل" in arabic["cleaned_text"]  # charset from HTTP header
    assert "اقرأ أيضا" not in by_url[SITE + "ar_read_also"]["cleaned_text"]
    assert "Students who organised" in by_url[SITE + "read_more_inline"]["cleaned_text"]  # gzip body
    assert by_url[SITE + "related_box"]["cleaner_metadata"]["author"] == "Mara Lindqvist"
    assert "extraction_fallback" in by_url[SITE + "no_article"]["cleaner_flags"]
    assert (tmp_path / "out" / "errors.jsonl").read_text() == ""
    report = json.loads((tmp_path / "out" / "report.json").read_text())
    assert report["documents"]["cleaned"] == len(pages)


def test_cleaner_run_on_a_truncated_warc_keeps_the_whole_records_and_names_the_damage(tmp_path):
    whole = tmp_path / "whole.warc"
    build_warc(whole, compress=False)
    data = whole.read_bytes()
    crawl = tmp_path / "in" / "cut.warc"
    crawl.parent.mkdir()
    crawl.write_bytes(data[: len(data) // 2])
    run = run_cleaner(str(crawl), "--out", str(tmp_path / "out"), "--jobs", "1")
    assert run.returncode == 1
    lines = [json.loads(line) for line in (tmp_path / "out" / "cut.jsonl").read_text().splitlines()]
    readable = []
    with open(crawl, "rb") as stream, pytest.raises(WarcError):
        readable.extend(r.record_id for r in html_records(stream))
    assert readable and [line["record_id"] for line in lines] == readable
    errors = [json.loads(line) for line in (tmp_path / "out" / "errors.jsonl").read_text().splitlines()]
    assert len(errors) == 1 and errors[0]["path"] == str(crawl)
    assert errors[0]["reason"].startswith(f"{crawl}: ") and " byte" in errors[0]["reason"]


def test_explain_shows_a_warc_record_picked_by_number_or_id(tmp_path):
    path = tmp_path / "crawl.warc.gz"
    pages = build_warc(path, compress=True)
    urls = list(pages)
    number = urls.index(SITE + "ar_windows1256") + 1  # HTML records only, as errors.jsonl counts
    with open(path, "rb") as stream:
        record_id = next(r.record_id for r in html_records(stream) if r.url == SITE + "ar_read_also")

    def explain(*args):
        return subprocess.run([sys.executable, "-m", "cleaner.cli", "explain", str(path), *args],
                              capture_output=True, text=True, timeout=120)

    by_number = explain("--record", str(number))
    assert by_number.returncode == 0, by_number.stderr
    expected = clean_html(pages[SITE + "ar_windows1256"], SITE + "ar_windows1256", charset="windows-1256")
    kept = [row.split(" KEEP  ", 1)[1] for row in by_number.stdout.splitlines() if " KEEP  " in row]
    assert kept == expected.text.split("\n") and kept  # decoded by the header's charset, not garbage
    by_id = explain("--id", record_id)
    assert by_id.returncode == 0 and "اقرأ أيضا" in by_id.stdout  # the record's own page
    assert explain("--record", "99").returncode == 2
