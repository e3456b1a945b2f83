"""Finding inputs, decoding them and streaming JSONL, on real files in tmp_path."""

from __future__ import annotations

import gzip
import hashlib
import json
import os
import zlib
from pathlib import Path

import pytest

from cleaner.io.readers import (
    DocumentError,
    InputError,
    JsonlStream,
    chunk_lines,
    declared_charset,
    decode,
    discover,
    parse_record,
)

ARABIC = "أعلنت وزارة الصحة اليوم عن افتتاح مستشفى جديد في المدينة بعد سنوات من العمل المتواصل."
RUSSIAN = "Городской совет утвердил новый бюджет во вторник после долгих споров о школах."


@pytest.mark.parametrize("text, encoding, expected", [
    (ARABIC, "cp1256", "cp1256"),
    (ARABIC, "utf-8", "utf-8"),
    (ARABIC, "utf-8-sig", "utf-8-sig"),
    (ARABIC, "utf-16", "utf-16"),
    (RUSSIAN, "utf-16", "utf-16"),
    (RUSSIAN, "utf-32", "utf-32"),
])
def test_decode_reads_the_text_back_and_names_the_encoding(text: str, encoding: str, expected: str):
    decoded, found = decode((text + "\n" + text).encode(encoding))
    assert decoded == text + "\n" + text
    assert found == expected


def test_decode_uses_the_charset_an_html_page_declares_when_utf8_fails():
    page = f'<html><head><meta charset="windows-1251"></head><body><p>{RUSSIAN}</p></body></html>'
    data = page.encode("cp1251")
    assert declared_charset(data) == "windows-1251"
    assert decode(data, declared_charset(data)) == (page, "cp1251")


@pytest.mark.parametrize("data, reason", [
    (b"", "empty"),
    (b"  \n\t\n", "empty"),
    (b"\x00\x01\x02\x03" * 400, "binary"),
    (bytes.fromhex("89504e470d0a1a0a0000000d49484452") + bytes(range(256)) * 8, "binary"),
])
def test_decode_refuses_empty_and_binary_data_with_a_reason(data: bytes, reason: str):
    with pytest.raises(DocumentError, match=reason):
        decode(data)


def test_a_stray_nul_line_in_a_real_scrape_is_still_text():
    text = "\n".join([ARABIC] * 20 + ["\x00"] + [ARABIC] * 20)
    assert decode(text.encode("utf-8"))[0] == text


def test_discover_walks_folders_takes_globs_and_files_and_skips_hidden(tmp_path: Path):
    for name in ("a/one.txt", "a/b/two.html.gz", "a/.hidden/x.txt", "a/.y.txt", "a/notes.md",
                 "dumps/d1.jsonl", "dumps/d2.jsonl.gz", "loose.bin"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_bytes(b"x")
    found = discover([str(tmp_path / "a"), str(tmp_path / "dumps" / "*.jsonl*"), str(tmp_path / "loose.bin")],
                     out=tmp_path / "out")
    assert [(s.rel, s.kind, s.compressed) for s in found] == [
        ("b/two.html.gz", "html", True),
        ("d1.jsonl", "jsonl", False),
        ("d2.jsonl.gz", "jsonl", True),
        ("loose.bin", "unknown", False),  # named explicitly: reported, not ignored
        ("one.txt", "txt", False),
    ]
    assert [s.folder for s in found] == ["b", "", "", "", ""]


def test_format_forces_the_kind_of_every_file(tmp_path: Path):
    (tmp_path / "page.dat").write_bytes(b"x")
    (tmp_path / "notes.md").write_bytes(b"x")
    assert {s.kind for s in discover([str(tmp_path)], fmt="txt")} == {"txt"}
    assert len(discover([str(tmp_path)], fmt="txt")) == 2


def test_discover_names_the_input_that_matches_nothing(tmp_path: Path):
    with pytest.raises(InputError, match="no such file"):
        discover([str(tmp_path / "missing")])
    with pytest.raises(InputError, match="matches no file"):
        discover([str(tmp_path / "*.jsonl")])


@pytest.mark.parametrize("compressed", [False, True])
def test_jsonl_stream_chunks_every_line_once_and_hashes_the_stored_file(tmp_path: Path, compressed: bool):
    lines = [json.dumps({"n": n, "text": "x" * (n % 50)}) + "\n" for n in range(2345)]
    path = tmp_path / ("d.jsonl.gz" if compressed else "d.jsonl")
    data = "".join(lines).encode()
    path.write_bytes(gzip.compress(data) if compressed else data)
    source = discover([str(path)])[0]

    def spill(index):
        name = str(tmp_path / f"spill{index}")
        return name, open(name, "wb")

    stream = JsonlStream(source, max_records=1000, max_bytes=30_000, max_line_bytes=1 << 20,
                         spill=spill if compressed else None)
    chunks = list(stream.chunks())
    assert b"".join(line for c in chunks for _, line in chunk_lines(c)) == data
    assert all(c.spilled == compressed for c in chunks)
    assert [c.index for c in chunks] == list(range(len(chunks)))
    assert all(c.first_record == 1 + sum(p.lines for p in chunks[:c.index]) for c in chunks)
    assert all(c.lines <= 1000 for c in chunks) and len(chunks) > 3  # the byte limit cut too
    assert stream.sha256 == hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_truncated_gzip_stream_yields_every_complete_record_then_a_document_error(tmp_path: Path):
    data = gzip.compress(b"".join(b'{"n": %d}\n' % n for n in range(5000)))
    path = tmp_path / "cut.jsonl.gz"
    path.write_bytes(data[: len(data) // 2])
    readable = zlib.decompressobj(wbits=31).decompress(data[: len(data) // 2])
    complete = readable[: readable.rindex(b"\n") + 1].splitlines(keepends=True)

    def spill(index):
        name = str(tmp_path / f"spill{index}")
        return name, open(name, "wb")

    stream = JsonlStream(discover([str(path)])[0], max_records=100, max_bytes=1 << 20,
                         max_line_bytes=1 << 20, spill=spill)
    lines = []
    with pytest.raises(DocumentError, match=f"unreadable after record {len(complete)}:"):
        for chunk in stream.chunks():
            lines += [line for _, line in chunk_lines(chunk)]
    assert len(complete) % 100 and lines == complete  # the last, partial chunk too


@pytest.mark.parametrize("line, reason", [
    (b'{"text": "a"', "malformed JSON"),
    (b"[1, 2]", "JSON object"),
    (b"\x00\x01\x02" * 50, "binary"),
])
def test_parse_record_says_what_is_wrong(line: bytes, reason: str):
    with pytest.raises(DocumentError, match=reason):
        parse_record(line)


def test_parse_record_reads_a_record_in_a_legacy_encoding():
    record, decoding = parse_record(json.dumps({"text": ARABIC * 3}, ensure_ascii=False).encode("cp1256"))
    assert record == {"text": ARABIC * 3} and decoding.encoding == "cp1256"



def test_discover_skips_what_cannot_be_read_as_a_file_and_keeps_links_below_their_folder(tmp_path: Path):
    (tmp_path / "in").mkdir()
    (tmp_path / "elsewhere.txt").write_text("text", encoding="utf-8")
    (tmp_path / "in" / "linked.txt").symlink_to(tmp_path / "elsewhere.txt")
    (tmp_path / "in" / "dangling.txt").symlink_to(tmp_path / "missing.txt")
    os.mkfifo(tmp_path / "in" / "pipe.txt")
    assert [s.rel for s in discover([str(tmp_path / "in")])] == ["linked.txt"]
    with pytest.raises(InputError, match="not a regular file"):
        discover([str(tmp_path / "in" / "pipe.txt")])
