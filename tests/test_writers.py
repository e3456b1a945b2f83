"""Streamed atomic outputs: bytes appear under the final name only when the writer finishes."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest

from cleaner.io.writers import atomic_stream, gzip_bytes


@pytest.mark.parametrize("compressed", [False, True], ids=["plain", "gzip"])
def test_a_streamed_output_holds_every_write_in_order(tmp_path: Path, compressed: bool):
    target = tmp_path / "crawl.jsonl"
    with atomic_stream(target, compressed) as handle:
        for number in range(1000):
            handle.write(f'{{"record": {number}}}\n'.encode())
    data = target.read_bytes()
    expected = "".join(f'{{"record": {n}}}\n' for n in range(1000)).encode()
    # Streamed or compressed in one go, the same bytes: a fixed header without name or time.
    assert data == (gzip_bytes(expected) if compressed else expected)
    if compressed:
        assert gzip.decompress(data) == expected and data[3] == 0 and data[4:8] == b"\0\0\0\0"
    assert [p.name for p in tmp_path.iterdir()] == ["crawl.jsonl"]


def test_a_failed_stream_keeps_the_old_output_and_leaves_no_temporary_file(tmp_path: Path):
    target = tmp_path / "crawl.jsonl"
    target.write_bytes(b"finished earlier\n")
    with pytest.raises(RuntimeError), atomic_stream(target, compressed=True) as handle:
        handle.write(b"half of a new ")
        raise RuntimeError("worker died")
    assert target.read_bytes() == b"finished earlier\n"
    assert [p.name for p in tmp_path.iterdir()] == ["crawl.jsonl"]
