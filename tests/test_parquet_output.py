"""`cleaner run --output-format parquet`: text, HTML, JSONL and WARC inputs written as Parquet,
read back with pyarrow and compared with the same run's default (text and JSONL) output."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

import cleaner.io.parquet as parquet_io
from cleaner.cli import main
from cleaner.io.parquet import join_records, write_records
from interrupt import sigkill_after_chunks

BODY = [
    "The river authority opened the new flood barrier on Friday after three years of building.",
    "Engineers said the gates can hold back a surge two metres higher than the one in 2019.",
]
PROMO = "Read more: other stories from the river"
JSON_KEYS = ("cleaner_metadata", "cleaner_removals", "cleaner_flags", "cleaner_explain")


def page(n: int) -> str:
    return "\n".join(f"{line} Report {n}." for line in BODY) + f"\n{PROMO}\n"


def record(n: int) -> dict:
    """Fields whose kinds vary as JSONL fields do: a score int in some records and a float in
    others, a list, a field only some records have, and one an int in the first chunk and a
    string after it."""
    fields = {"id": n, "url": f"https://river.test/news/{n}", "text": page(n),
              "score": n if n % 2 else n + 0.5, "tags": ["news", f"t{n % 3}"]}
    if n % 5 == 0:
        fields["note"] = f"note {n}"
    fields["batch"] = n if n < 250 else f"b{n}"
    return fields


def write_jsonl(path: Path, count: int) -> Path:
    lines = [json.dumps(record(n)) for n in range(count)]
    lines[3:3] = ["{not json", ""]  # a malformed line (a row of its own) and a blank one (none)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def run_cleaner(*args) -> int:
    return main(["run", *map(str, args), "--quiet"])


def read_jsonl(path: Path) -> list[dict]:
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as handle:
        return [json.loads(line) for line in handle]


def as_jsonl(row: dict) -> dict:
    """A Parquet row read back as the JSONL record it stands for: no null columns, the
    cleaner's dict-valued columns parsed."""
    return {name: json.loads(value) if name in JSON_KEYS else value
            for name, value in row.items() if value is not None}


def test_jsonl_lines_become_rows_with_the_jsonl_outputs_fields_as_columns(tmp_path):
    source = write_jsonl(tmp_path / "in" / "pages.jsonl", 600)
    assert run_cleaner(source, "--out", tmp_path / "jsonl", "--jobs", "2") == 1
    assert run_cleaner(source, "--out", tmp_path / "parquet", "--jobs", "2", "--output-format", "parquet") == 1
    expected = read_jsonl(tmp_path / "jsonl" / "pages.jsonl")
    table = pq.read_table(tmp_path / "parquet" / "pages.parquet")

    assert table.num_rows == len(expected) == 601
    assert table.schema.names == list(dict.fromkeys(key for line in expected for key in line))
    types = {field.name: field.type for field in table.schema}
    assert (types["id"], types["score"], types["text"]) == (pa.int64(), pa.float64(), pa.string())
    assert types["tags"] == types["batch"] == pa.string()  # a list; ints then strings
    rows = table.to_pylist()
    assert rows[3] == {**dict.fromkeys(table.schema.names), "cleaner_raw_line": "{not json",
                       "cleaner_error": expected[3]["cleaner_error"]}
    for row, line in zip(rows, expected):
        if "cleaner_raw_line" in line:
            continue
        assert row["tags"] == json.dumps(line.pop("tags")) and row["batch"] == str(line.pop("batch"))
        assert as_jsonl({**row, "tags": None, "batch": None}) == line
        assert PROMO not in row["cleaned_text"] and row["cleaned_text"].startswith(BODY[0][:20])
    errors = read_jsonl(tmp_path / "parquet" / "errors.jsonl")
    assert errors == read_jsonl(tmp_path / "jsonl" / "errors.jsonl")
    assert [(e["record"], e["cleaner_raw_line"]) for e in errors] == [(4, "{not json")]


def write_wet(path: Path, count: int) -> None:
    import io

    from warcio.warcwriter import WARCWriter

    with open(path, "wb") as handle:
        writer = WARCWriter(handle, gzip=True)
        for n in range(count):
            writer.write_record(writer.create_warc_record(
                f"https://river.test/news/{n}", "conversion", payload=io.BytesIO(page(n).encode("utf-8")),
                warc_content_type="text/plain"))


def test_text_html_and_wet_inputs_give_one_parquet_file_each(tmp_path, monkeypatch):
    monkeypatch.setattr(parquet_io, "BATCH_ROWS", 7)  # the WET file's records in several parts
    inputs = tmp_path / "in"
    (inputs / "site").mkdir(parents=True)
    (inputs / "site" / "a.txt").write_text(page(1), encoding="utf-8")
    (inputs / "b.html").write_text("<html><head><title>Flood barrier</title></head><body><article>"
                                   + "".join(f"<p>{line}</p>" for line in BODY) + "</article></body></html>",
                                   encoding="utf-8")
    write_wet(inputs / "c.warc.wet.gz", 30)
    assert run_cleaner(inputs, "--out", tmp_path / "text", "--explain") == 0
    assert run_cleaner(inputs, "--out", tmp_path / "parquet", "--explain", "--output-format", "parquet") == 0

    written = sorted(p.relative_to(tmp_path / "parquet").as_posix() for p in (tmp_path / "parquet").rglob("*.*"))
    assert written == ["b.parquet", "c.warc.wet.parquet", "errors.jsonl", "manifest.jsonl", "report.json",
                       "site/a.parquet"]
    rows = {}
    for name in ("site/a", "b"):
        [rows[name]] = pq.read_table(tmp_path / "parquet" / f"{name}.parquet").to_pylist()
        assert rows[name]["cleaned_text"] + "\n" == (tmp_path / "text" / f"{name}.txt").read_text(encoding="utf-8")
        removals = read_jsonl(tmp_path / "text" / f"{name}.explain.jsonl")
        assert json.loads(rows[name]["cleaner_explain"]) == removals and rows[name]["cleaner_encoding"] == "utf-8"
    assert PROMO not in rows["site/a"]["cleaned_text"] and json.loads(rows["site/a"]["cleaner_removals"])
    assert rows["b"]["cleaned_text"].startswith(BODY[0])

    wet = pq.ParquetFile(tmp_path / "parquet" / "c.warc.wet.parquet")
    assert wet.metadata.num_row_groups == 1  # five parts of 7 records joined into one group
    rows = [as_jsonl(row) for row in wet.read().to_pylist()]
    assert rows == read_jsonl(tmp_path / "text" / "c.warc.wet.jsonl.gz")
    assert wet.schema_arrow.field("content_length").type == pa.int64()
    assert not (tmp_path / "parquet" / ".parts").exists()
    reports = [json.loads((tmp_path / out / "report.json").read_text()) for out in ("text", "parquet")]
    assert reports[0]["documents"] == reports[1]["documents"]
    assert (reports[1]["documents"]["in"], reports[1]["documents"]["cleaned"]) == (32, 32)
    assert reports[0]["removals_per_rule"] == reports[1]["removals_per_rule"]


def test_sigkill_then_rerun_resumes_by_chunk_and_gives_the_same_file(tmp_path):
    source = write_jsonl(tmp_path / "in" / "pages.jsonl", 5000)  # 21 chunks of 250 lines
    assert run_cleaner(source, "--out", tmp_path / "whole", "--jobs", "2", "--output-format", "parquet") == 1

    out = tmp_path / "killed"
    finished = sigkill_after_chunks(out, source, "--jobs", "2", "--output-format", "parquet")
    assert 3 <= finished < 21

    assert run_cleaner(source, "--out", out, "--jobs", "2", "--output-format", "parquet") == 1
    report = json.loads((out / "report.json").read_text())
    assert 0 < report["run"]["documents_processed"] <= 5001 - finished * 250
    assert (out / "pages.parquet").read_bytes() == (tmp_path / "whole" / "pages.parquet").read_bytes()
    assert pq.ParquetFile(out / "pages.parquet").metadata.num_rows == 5001
    assert not (out / ".parts").exists()
    # The same command again finds everything done; the default output is another run.
    assert run_cleaner(source, "--out", out, "--jobs", "2", "--output-format", "parquet") == 1
    assert json.loads((out / "report.json").read_text())["run"]["documents_processed"] == 0
    assert run_cleaner(source, "--out", out, "--jobs", "2") == 1
    assert json.loads((out / "report.json").read_text())["run"]["documents_processed"] == 5001


def test_parts_of_different_kinds_are_reconciled_and_small_parts_joined(tmp_path, monkeypatch):
    monkeypatch.setattr(parquet_io, "JOIN_ROWS", 4)
    parts = [tmp_path / f"part-{n}" for n in range(4)]
    write_records(parts[0], {"a": [1, 2], "b": [None, None], "c": ["x", None]})
    write_records(parts[1], {})  # a chunk of blank lines
    write_records(parts[2], {"a": [2.5, None], "b": [True, False], "d": [{"k": "é"}, None]})
    write_records(parts[3], {"a": [3, 4], "c": [7, "y"]})
    join_records(parts, tmp_path / "out.parquet", ["cleaned_text"])

    written = pq.ParquetFile(tmp_path / "out.parquet")
    assert written.schema_arrow == pa.schema([("a", pa.float64()), ("b", pa.bool_()), ("c", pa.string()),
                                              ("d", pa.string())])
    assert [written.metadata.row_group(g).num_rows for g in range(written.num_row_groups)] == [4, 2]
    assert written.read().to_pydict() == {
        "a": [1.0, 2.0, 2.5, None, 3.0, 4.0],
        "b": [None, None, True, False, None, None],
        "c": ["x", None, None, None, "7", "y"],
        "d": [None, None, '{"k": "é"}', None, None, None],
    }

    join_records([parts[1]], tmp_path / "empty.parquet", ["cleaned_text"])
    empty = pq.read_table(tmp_path / "empty.parquet")
    assert (empty.num_rows, empty.schema.names) == (0, ["cleaned_text"])


def test_two_inputs_that_would_write_one_parquet_file_are_refused(tmp_path, capsys):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(page(1), encoding="utf-8")
    write_jsonl(tmp_path / "in" / "a.jsonl", 2)
    assert run_cleaner(tmp_path / "in", "--out", tmp_path / "out", "--output-format", "parquet") == 2
    assert "a.parquet is also written for" in capsys.readouterr().err
    assert not (tmp_path / "out").exists()
