"""Issue 15: hostile and broken input. No document can stop, hang or exhaust a run; each
test here failed on the code before its fix."""

from __future__ import annotations

import gzip
import io
import json
import os
from pathlib import Path

import pytest
from test_batch import article, manifest, read_jsonl, run_cleaner

from cleaner import clean, clean_html
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


def test_the_library_calls_replace_and_flag_a_lone_surrogate_instead_of_raising():
    # A pipeline hands clean() whatever its JSON reader produced; RE2 and CLD2 take UTF-8 only.
    body = article(1).replace("council", "coun\ud800cil", 1)
    result = clean(body + "Read more: \udfff other story\n")
    assert "coun\ufffdcil" in result.text and "other story" not in result.text
    assert result.flags["surrogates_replaced"] == "2 lone surrogate(s) replaced by U+FFFD"
    result.text.encode("utf-8")
    result = clean_html(f"<html><body><article><p>{body}</p></article></body></html>")
    assert "coun\ufffdcil" in result.text and "surrogates_replaced" in result.flags
    assert "surrogates_replaced" not in clean(article(1)).flags


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


# ---------------------------------------------------------------- limits with names; 3: inflation


def test_a_gigantic_jsonl_gz_line_is_refused_at_the_cap_and_the_other_records_are_cleaned(tmp_path):
    source = tmp_path / "in"
    source.mkdir()
    huge = json.dumps({"text": "word " * 8_000_000})  # 40 MB inflated, 40 KB gzipped
    lines = [json.dumps({"text": article(1)}), huge, json.dumps({"text": article(2)})]
    with gzip.open(source / "dump.jsonl.gz", "wt") as handle:
        handle.write("\n".join(lines) + "\n")
    out = tmp_path / "out"
    done = run_cleaner(source, "--out", out, "--max-doc-bytes", 5_000_000)
    assert done.returncode == 1, done.stderr
    [error] = errors_of(out)
    assert error["record"] == 2 and error["reason"].startswith("over --max-doc-bytes: the line is")
    cleaned = [r["cleaned_text"] for r in read_jsonl(out / "dump.jsonl.gz") if "cleaned_text" in r]
    assert [text.split(" Report ")[1][:2] for text in cleaned] == ["1.", "2."]
    assert not (out / ".parts").exists()  # the spill files of the inflated lines are gone


def test_a_txt_gz_bomb_fails_at_the_cap_without_being_inflated_whole(tmp_path):
    source = tmp_path / "in"
    source.mkdir()
    with gzip.open(source / "bomb.txt.gz", "wb") as handle:
        for _ in range(200):
            handle.write(b" " * (1 << 20))  # 200 MB of spaces, 200 KB stored
    (source / "fine.txt").write_text(article(1))
    out = tmp_path / "out"
    done = run_cleaner(source, "--out", out, "--max-doc-bytes", 10_000_000)
    assert done.returncode == 1, done.stderr
    [error] = errors_of(out)
    assert error["path"].endswith("bomb.txt.gz")
    assert error["reason"].startswith("over --max-doc-bytes: it inflates to more than 10000000 bytes")
    assert (out / "fine.txt").exists()


def test_a_document_over_the_line_cap_goes_to_errors_with_its_reason(tmp_path):
    source = tmp_path / "in"
    source.mkdir()
    (source / "newlines.txt").write_text("a\n" * 300_000)
    (source / "fine.txt").write_text(article(1))
    out = tmp_path / "out"
    done = run_cleaner(source, "--out", out)
    assert done.returncode == 1, done.stderr
    [error] = errors_of(out)
    assert error["path"].endswith("newlines.txt")
    assert error["reason"] == "over --max-doc-lines: 300001 lines, more than 200000"


def test_a_document_over_its_cpu_seconds_goes_to_errors_and_the_run_goes_on(tmp_path):
    source = tmp_path / "in"
    source.mkdir()
    slow = "".join(article(n).replace("Read more", f"Read more {n}") for n in range(40_000))  # ~10 MB
    (source / "slow.txt").write_text(slow)
    with open(source / "dump.jsonl", "w") as handle:
        handle.write(json.dumps({"text": slow}) + "\n" + json.dumps({"text": article(2)}) + "\n")
    out = tmp_path / "out"
    done = run_cleaner(source, "--out", out, "--max-doc-seconds", "0.5", "--max-doc-lines", 10**7)
    assert done.returncode == 1, done.stderr
    errors = errors_of(out)
    assert [(Path(e["path"]).name, e["record"]) for e in errors] == [("dump.jsonl", 1), ("slow.txt", None)]
    assert all(e["reason"] == "over --max-doc-seconds: cleaning took more than 0.5 s of CPU time"
               for e in errors)
    assert read_jsonl(out / "dump.jsonl")[1]["cleaned_text"].startswith("The city council")


def test_a_warc_response_for_a_non_http_uri_is_reported_not_skipped(tmp_path):
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    source = tmp_path / "in"
    source.mkdir()
    page = f"<html><body><article><p>{article(1)}</p></article></body></html>".encode()
    with open(source / "crawl.warc", "wb") as handle:
        writer = WARCWriter(handle, gzip=False)
        for uri in ("dns:example.com", "ftp://example.com/a.html", "https://example.com/a.html"):
            http = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(uri, "response", payload=io.BytesIO(page),
                                                          http_headers=http))
    out = tmp_path / "out"
    done = run_cleaner(source, "--out", out)
    assert done.returncode == 1, done.stderr
    [error] = errors_of(out)
    assert "'ftp://example.com/a.html', not an http(s) URI" in error["reason"]
    assert [r["url"] for r in read_jsonl(out / "crawl.jsonl")] == ["ftp://example.com/a.html",
                                                                   "https://example.com/a.html"]


# ---------------------------------------------------------------- 11: the smaller ones


def test_blank_lines_in_a_jsonl_gz_write_no_empty_gzip_members(tmp_path):
    source = tmp_path / "in"
    source.mkdir()
    with gzip.open(source / "blank.jsonl.gz", "wb") as handle:
        handle.write(b"\n" * 1_000_000 + json.dumps({"text": article(1)}).encode() + b"\n")
    out = tmp_path / "out"
    done = run_cleaner(source, "--out", out)
    assert done.returncode == 0, done.stderr
    stored = (out / "blank.jsonl.gz").read_bytes()
    assert stored.count(b"\x1f\x8b\x08") == 1, "one gzip member, for the one record"
    [record] = read_jsonl(out / "blank.jsonl.gz")
    assert record["cleaned_text"].startswith("The city council")


def test_a_deleted_inputs_manifest_line_goes_away(tmp_path):
    source = tmp_path / "in"
    source.mkdir()
    (source / "kept.txt").write_text(article(1))
    (source / "gone.txt").write_text(article(2))
    out = tmp_path / "out"
    assert run_cleaner(source, "--out", out).returncode == 0
    (source / "gone.txt").unlink()
    assert run_cleaner(source, "--out", out).returncode == 0
    assert list(manifest(out)) == ["kept.txt"]


def test_a_recursive_glob_does_not_follow_symlink_loops(tmp_path):
    from cleaner.io.readers import discover

    deep = tmp_path / "in" / "a" / "b"
    deep.mkdir(parents=True)
    (deep / "page.txt").write_text(article(1))
    (deep / "up").symlink_to("..")
    (tmp_path / "in" / "a" / "top").symlink_to("../..")
    found = discover([f"{tmp_path}/in/**/*.txt"])
    assert [s.rel for s in found] == ["a/b/page.txt"]


def test_a_glob_climbing_above_its_folder_is_a_usage_error(tmp_path):
    (tmp_path / "in" / "a").mkdir(parents=True)
    (tmp_path / "other").mkdir()
    (tmp_path / "other" / "page.txt").write_text(article(1))
    done = run_cleaner(f"{tmp_path}/in/*/../../other/*.txt", "--out", tmp_path / "out")
    assert done.returncode == 2, done.stderr
    assert "lies outside" in done.stderr and "Traceback" not in done.stderr


def test_rule_file_errors_name_the_file_and_line_not_a_traceback(tmp_path):
    rules = tmp_path / "rules" / "sites"
    rules.mkdir(parents=True)
    (tmp_path / "page.txt").write_text(article(1))
    (rules / "x.toml").write_text('site = "x"\ndomains = ["x.com"]\n[[rule]]\nid = 7\nkind = "phrase"\n'
                                  'pattern = "Read"\naction = "cut"\nwhy = "w"\n')
    done = run_cleaner(tmp_path / "page.txt", "--out", tmp_path / "out", "--rules", tmp_path / "rules")
    assert done.returncode == 2 and f"{rules / 'x.toml'}:4: rule '7': 'id' must be str" in done.stderr
    (rules / "x.toml").write_bytes(b'site = "x"\ndomains = ["x.com"]\n# caf\xe9\n')
    done = run_cleaner(tmp_path / "page.txt", "--out", tmp_path / "out", "--rules", tmp_path / "rules")
    assert done.returncode == 2 and f"{rules / 'x.toml'}:3: not UTF-8 text: byte 0xe9" in done.stderr


# ---------------------------------------------------------------- 8: encodings with evidence

GERMAN = ("Die Größe des neuen Stadtparks wird verdoppelt, beschloss der Gemeinderat am Dienstag. "
          "Für die Anwohner ändert sich zunächst wenig, sagte die Bürgermeisterin.")


def test_utf8_with_two_stray_latin1_bytes_is_utf8_with_replacements_flagged():
    from cleaner.io.readers import decode_document

    data = GERMAN.encode("utf-8").replace(b"Dienstag", b"Dienstag \xe9t\xe9")
    decoding = decode_document(data)
    assert decoding.encoding == "utf-8" and decoding.replaced == 2
    assert decoding.text == GERMAN.replace("Dienstag", "Dienstag \ufffdt\ufffd")
    assert 0.5 < decoding.confidence < 1 and "decode_repaired" in decoding.flags()


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
@pytest.mark.parametrize("text", [GERMAN, "أعلنت وزارة الصحة اليوم عن افتتاح مستشفى جديد في المدينة",
                                  "Городской совет утвердил новый бюджет во вторник"])
def test_utf16_without_a_bom_is_detected(text, encoding):
    from cleaner.io.readers import decode_document

    decoding = decode_document((text + "\n" + text).encode(encoding))
    assert (decoding.text, decoding.encoding) == (text + "\n" + text, encoding)
    assert decoding.confidence >= 0.9


def test_a_legacy_charset_is_a_web_encoding_the_bytes_support_with_its_confidence():
    from cleaner.io.readers import decode_document, parse_record

    decoding = decode_document(GERMAN.encode("latin-1"))
    assert decoding.text == GERMAN and decoding.encoding in ("cp1252", "cp1250")
    assert not decoding.replaced and 0 < decoding.confidence <= 1
    record, decoding = parse_record(json.dumps({"text": "Größe und Maße"}, ensure_ascii=False).encode("latin-1"))
    assert record["text"] == "Größe und Maße" and decoding.encoding == "cp1252"  # not cp775
    assert decoding.confidence < 1  # a few bytes are weak evidence, and the record says so


def test_a_batch_records_each_documents_encoding_and_confidence(tmp_path):
    source = tmp_path / "in"
    source.mkdir()
    (source / "stray.txt").write_bytes(GERMAN.encode("utf-8") + b" \xe9\n")
    (source / "wide.txt").write_bytes(GERMAN.encode("utf-16-le"))
    with open(source / "dump.jsonl", "wb") as handle:
        handle.write(json.dumps({"text": GERMAN}, ensure_ascii=False).encode("utf-8")[:-2] + b'\xe9"}\n')
    out = tmp_path / "out"
    done = run_cleaner(source, "--out", out)
    assert done.returncode == 0, done.stderr
    entries = manifest(out)
    assert (entries["stray.txt"]["encoding"], entries["wide.txt"]["encoding"]) == ("utf-8", "utf-16-le")
    assert entries["stray.txt"]["encoding_confidence"] < 1 == entries["wide.txt"]["encoding_confidence"] + 0
    [record] = read_jsonl(out / "dump.jsonl")
    assert record["cleaner_encoding"] == "utf-8" and "decode_repaired" in record["cleaner_flags"]
    assert 0 < record["cleaner_encoding_confidence"] < 1
    report = json.loads((out / "report.json").read_text())
    assert {Path(d["path"]).name for d in report["flagged_documents"]} == {"stray.txt", "dump.jsonl"}


# ---------------------------------------------------------------- 6 and 9: HTML past lxml's limits

STORY = "".join(f"<p>The council approved the harbour plan on Tuesday after debate number {n} about "
                "the height of the towers on the old quay.</p>" for n in range(12))


def _page(inside: str, *, depth: int = 0, opening: str = "<div>") -> str:
    return ("<html><head><title>Harbour plan</title></head><body>" + opening * depth +
            f"<article><h1>Harbour plan</h1>{inside}</article>" + "</div>" * depth + "</body></html>")


def _story_kept(result) -> bool:
    return all(f"debate number {n} " in result.text for n in range(12))


@pytest.mark.parametrize("depth, unwrapped", [(300, False), (5000, True)])
def test_the_article_survives_nesting_deeper_than_libxml2_allows_and_a_flag_says_so(depth, unwrapped):
    from cleaner import clean_html

    result = clean_html(_page(STORY, depth=depth))
    assert _story_kept(result) and "no_article" not in result.flags
    assert "huge_tree" in result.flags["html_limits"]
    assert ("wrapper elements unwrapped" in result.flags["html_limits"]) == unwrapped


def test_a_text_node_of_10_mb_keeps_the_article():
    from cleaner import clean_html

    result = clean_html(_page("<p>" + "word " * 2_100_000 + "</p>" + STORY))
    assert _story_kept(result) and result.text.count("word ") >= 2_000_000
    assert "huge_tree" in result.flags["html_limits"]


def test_a_million_attributes_on_one_element_are_dropped_fast_and_the_article_kept(tmp_path):
    attributes = " ".join(f"a{n}=1" for n in range(1_000_000))
    source = tmp_path / "in"
    source.mkdir()
    (source / "attrs.html").write_text(_page(STORY, depth=1, opening=f"<div {attributes}>"))
    out = tmp_path / "out"
    done = run_cleaner(source, "--out", out, timeout=60)
    assert done.returncode == 0, done.stderr
    assert "debate number 11 " in (out / "attrs.txt").read_text()
    [flagged] = json.loads((out / "report.json").read_text())["flagged_documents"]
    assert flagged["flags"]["html_limits"].startswith("the attributes of 1 start tag(s) over 32768")


def test_a_normal_page_is_parsed_as_before_without_a_limits_flag():
    from cleaner import clean_html

    result = clean_html(_page(STORY, depth=40))
    assert _story_kept(result) and "html_limits" not in result.flags


# ---------------------------------------------------------------- 10: learn keeps every site


def test_learn_keeps_two_sites_whose_plain_names_would_collide(tmp_path):
    lines = []
    for site in ("exämple.com", "exömple.com"):
        for n in range(12):
            text = f"{site} daily\n{article(n)}Subscribe to the {site} letter\n"
            lines.append(json.dumps({"url": f"https://{site}/{n}", "text": text}, ensure_ascii=False))
    (tmp_path / "crawl.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert main(["learn", str(tmp_path / "crawl.jsonl"), "--out", str(tmp_path / "learned")]) == 0
    files = {p.name: p.read_text(encoding="utf-8") for p in (tmp_path / "learned" / "sites").iterdir()}
    assert sorted(files) == ["xn--exmple-cua.com.toml", "xn--exmple-xxa.com.toml"]
    assert "Subscribe to the exämple.com letter" in files["xn--exmple-cua.com.toml"]
    assert "Subscribe to the exömple.com letter" in files["xn--exmple-xxa.com.toml"]
