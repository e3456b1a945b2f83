"""Plain-text WARC records: Common Crawl WET `conversion` records and text/plain responses,
written with warcio, read back and cleaned by `cleaner run`."""

from __future__ import annotations

import gzip
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from cleaner import clean
from cleaner.cli import main
from cleaner.io.warc import HtmlRecord, TextRecord, WarcError, html_records, page_records

BODY = [
    "The harbour board approved the new ferry timetable on Monday after months of complaints.",
    "Boats will leave every forty minutes from June, and the last one will sail at midnight.",
]
PROMO = "Read more: other stories from the harbour"
DATE = "2024-03-01T12:00:00Z"


def wet_text(n: int) -> str:
    return "\n".join(f"{line} Story {n}." for line in BODY) + f"\n{PROMO}\n"


def url(n: int) -> str:
    return f"https://ferries.test/news/{n}"


def write_wet(path: Path, count: int, extra=None) -> list[str]:
    """A WET file as Common Crawl writes it: a warcinfo record, then one `conversion`
    record per page; returns the record ids in file order."""
    ids = []
    with open(path, "wb") as handle:
        writer = WARCWriter(handle, gzip=path.suffix == ".gz")
        writer.write_record(writer.create_warcinfo_record(path.name, {"software": "tests"}))
        for n in range(count):
            record = writer.create_warc_record(
                url(n), "conversion", payload=io.BytesIO(wet_text(n).encode("utf-8")),
                warc_content_type="text/plain", warc_headers_dict={"WARC-Date": DATE})
            ids.append(record.rec_headers.get_header("WARC-Record-ID"))
            writer.write_record(record)
        if extra:
            extra(writer)
    return ids


def run_cleaner(*args) -> int:
    """`cleaner run` in this process: its workers fork with the rules already loaded."""
    return main(["run", *map(str, args)])


def read_jsonl(path: Path) -> list[dict]:
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as handle:
        return [json.loads(line) for line in handle]


def test_wet_and_text_plain_records_come_out_as_text_records(tmp_path):
    def responses(writer):
        for content_type, body in (("text/plain; charset=windows-1256", "خبر عاجل".encode("cp1256")),
                                   ("text/html", b"<html><body><p>page</p></body></html>")):
            headers = StatusAndHeaders("200 OK", [("Content-Type", content_type)], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(
                "https://ferries.test/" + content_type.split("/")[1][:5], "response",
                payload=io.BytesIO(body), http_headers=headers))

    path = tmp_path / "crawl.warc.wet.gz"
    ids = write_wet(path, 3, responses)
    with open(path, "rb") as stream:
        records = list(page_records(stream))
    texts = [r for r in records if isinstance(r, TextRecord)]
    assert [r.record_id for r in texts[:3]] == ids
    assert [r.text.decode() for r in texts[:3]] == [wet_text(n) for n in range(3)]
    assert {r.date for r in texts[:3]} == {DATE}
    assert [r.length for r in texts[:3]] == [len(wet_text(n).encode()) for n in range(3)]
    assert texts[3].charset == "windows-1256" and texts[3].text.decode("cp1256") == "خبر عاجل"
    assert [type(r) for r in records] == [TextRecord] * 4 + [HtmlRecord]
    with open(path, "rb") as stream:  # the HTML reader still sees the page only
        assert [r.url for r in html_records(stream)] == ["https://ferries.test/html"]


def test_a_record_cut_short_is_named_by_its_id(tmp_path):
    whole = tmp_path / "whole.warc.wet.gz"
    ids = write_wet(whole, 5)
    cut = tmp_path / "cut.warc.wet.gz"
    cut.write_bytes(whole.read_bytes()[:-40])
    read = []
    with open(cut, "rb") as stream, pytest.raises(WarcError) as caught:
        read.extend(r.record_id for r in page_records(stream))
    assert read == ids[:4]
    assert str(cut) in str(caught.value) and ids[4] in str(caught.value)


def test_cleaner_run_cleans_10000_wet_records_isolates_a_truncated_last_one_and_resumes(tmp_path):
    """The issue's acceptance case: 10,000 records, the last one cut short."""
    whole = tmp_path / "whole.warc.wet.gz"
    ids = write_wet(whole, 10_000)
    crawl = tmp_path / "in" / "CC-MAIN-test.warc.wet.gz"
    crawl.parent.mkdir()
    crawl.write_bytes(whole.read_bytes()[:-40])
    out = tmp_path / "out"

    assert run_cleaner(crawl, "--out", out, "--jobs", "1", "--quiet") == 1
    lines = read_jsonl(out / "CC-MAIN-test.warc.wet.jsonl.gz")
    assert [line["record_id"] for line in lines] == ids[:-1]
    first = lines[0]
    assert first["url"] == url(0) and first["date"] == DATE
    assert first["content_length"] == len(wet_text(0).encode())
    assert first["cleaned_text"] == clean(wet_text(0), url(0)).text
    assert PROMO not in first["cleaned_text"] and BODY[0] in first["cleaned_text"]
    assert all("cleaner_error" not in line for line in lines)
    errors = read_jsonl(out / "errors.jsonl")
    assert len(errors) == 1 and errors[0]["path"] == str(crawl) and ids[-1] in errors[0]["reason"]
    report = json.loads((out / "report.json").read_text())
    assert report["documents"]["cleaned"] == 9_999 and report["documents"]["failed"] == 1

    before = (out / "CC-MAIN-test.warc.wet.jsonl.gz").read_bytes()
    assert run_cleaner(crawl, "--out", out, "--jobs", "1", "--quiet") == 1
    report = json.loads((out / "report.json").read_text())
    assert report["run"]["inputs_skipped"] == 1 and report["run"]["documents_processed"] == 0
    assert (out / "CC-MAIN-test.warc.wet.jsonl.gz").read_bytes() == before
    assert len(read_jsonl(out / "errors.jsonl")) == 1


def test_an_undecodable_text_record_fails_alone(tmp_path):
    def binary(writer):
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/plain")], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(
            "https://ferries.test/blob", "response", payload=io.BytesIO(bytes(range(32)) * 40),
            http_headers=headers))

    crawl = tmp_path / "in" / "mixed.warc"
    crawl.parent.mkdir()
    write_wet(crawl, 2, binary)
    assert run_cleaner(crawl, "--out", tmp_path / "out", "--jobs", "1", "--quiet") == 1
    lines = read_jsonl(tmp_path / "out" / "mixed.jsonl")
    assert [line["url"] for line in lines] == [url(0), url(1), "https://ferries.test/blob"]
    assert "binary data" in lines[2]["cleaner_error"] and "cleaned_text" not in lines[2]
    assert [e["record"] for e in read_jsonl(tmp_path / "out" / "errors.jsonl")] == [3]


def test_explain_picks_a_wet_record_by_the_number_cleaner_run_gives_it(tmp_path):
    path = tmp_path / "crawl.warc.wet.gz"
    ids = write_wet(path, 3)
    shown = subprocess.run([sys.executable, "-m", "cleaner.cli", "explain", str(path), "--id", ids[1]],
                           capture_output=True, text=True, timeout=120)
    by_number = subprocess.run([sys.executable, "-m", "cleaner.cli", "explain", str(path), "--record", "2"],
                               capture_output=True, text=True, timeout=120)
    assert shown.returncode == 0, shown.stderr
    assert shown.stdout == by_number.stdout
    assert f"{BODY[0]} Story 1." in shown.stdout
    assert any("DROP" in line and PROMO in line for line in shown.stdout.splitlines()), shown.stdout
