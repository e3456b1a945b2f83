"""Issue 15: hostile and broken input. No document can stop, hang or exhaust a run; each
test here failed on the code before its fix."""

from __future__ import annotations

import json
import os
from pathlib import Path

from test_batch import article, manifest, read_jsonl, run_cleaner

from cleaner.cli import main


def errors_of(out: Path) -> list[dict]:
    return read_jsonl(out / "errors.jsonl")


# ---------------------------------------------------------------- 1: lone surrogates


def test_a_lone_surrogate_in_a_jsonl_field_is_replaced_flagged_and_the_run_reports(tmp_path):
    source = tmp_path / "in"
    source.mkdir()
    body = article(1).replace("council", "coun\\ud800cil", 1)
    lines = [json.dumps({"text": body, "url": "https://x.example/a"}).replace("\\\\ud800", "\\ud800"),
             '{"text": "fine", "url": "https://x.example/\\udfff", "note": "\\udc80"}',
             json.dumps({"text": article(2)})]
    (source / "dump.jsonl").write_text("\n".join(lines) + "\n")
    done = run_cleaner(source, "--out", tmp_path / "out")
    assert done.returncode == 0, done.stderr
    records = read_jsonl(tmp_path / "out" / "dump.jsonl")
    assert "coun\ufffdcil" in records[0]["cleaned_text"]
    assert "surrogates_replaced" in records[0]["cleaner_flags"]
    assert records[1]["note"] == "\udc80" and records[1]["url"].endswith("\udfff")  # kept as read
    assert records[2]["cleaned_text"].startswith("The city council")
    report = json.loads((tmp_path / "out" / "report.json").read_text())
    assert report["documents"] == {"in": 3, "cleaned": 3, "failed": 0, "flagged": 1}
    assert errors_of(tmp_path / "out") == []


def test_learn_reads_records_with_lone_surrogates(tmp_path):
    lines = [json.dumps({"url": f"https://x.example/{n}\udfff",
                         "text": f"{article(n)}Follow X News on \ud800 social media\n"})
             for n in range(12)]
    (tmp_path / "crawl.jsonl").write_text("\n".join(lines) + "\n")
    assert main(["learn", str(tmp_path / "crawl.jsonl"), "--out", str(tmp_path / "learned")]) == 0
    learned = (tmp_path / "learned" / "sites" / "x.example.toml").read_text(encoding="utf-8")
    assert "social media" in learned


# ---------------------------------------------------------------- 2: non-UTF-8 file names


def test_a_file_name_with_a_non_utf8_byte_is_cleaned_and_resumed(tmp_path):
    source = tmp_path / "in"
    source.mkdir()
    name = os.fsdecode(b"caf\xe9.txt")  # Latin-1 bytes: surrogateescape holds the \xe9
    (source / name).write_text(article(1))
    (source / "plain.txt").write_text(article(2))
    out = tmp_path / "out"
    done = run_cleaner(source, "--out", out)
    assert done.returncode == 0, done.stderr
    assert os.path.exists(os.path.join(os.fsencode(out), b"caf\xe9.txt"))
    assert manifest(out)[name]["path"] == str(source / name)
    again = run_cleaner(source, "--out", out)
    assert again.returncode == 0 and "2 unchanged since the last run" in again.stderr, again.stderr
