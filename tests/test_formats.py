"""The same documents through every format and engine give the same cleaned text: `cleaner run`
on JSONL, Parquet and WET, writing JSONL or Parquet; the datatrove step reading each of them
with datatrove's readers, on the local executor and on Ray; and `Dataset.map` with clean_batch."""

from __future__ import annotations

import gzip
import io
import json
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from warcio.warcwriter import WARCWriter

from cleaner.cli import main

RAW_CORPUS = Path(__file__).resolve().parent.parent / "corpus" / "raw"


@pytest.fixture(scope="module")
def documents() -> list[dict]:
    """The bundled corpus's scrapes, each with an id and a URL of its own."""
    paths = sorted(RAW_CORPUS.glob("**/*.txt"))
    return [{"id": f"doc-{n}", "url": f"https://{p.parent.name}.example/{p.stem}",
             "text": p.read_text(encoding="utf-8")} for n, p in enumerate(paths)]


def write_all_formats(folder: Path, documents: list[dict]) -> dict[str, Path]:
    folder.mkdir(parents=True)
    paths = {"jsonl": folder / "docs.jsonl", "parquet": folder / "docs.parquet", "warc": folder / "docs.warc.wet.gz"}
    paths["jsonl"].write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in documents), encoding="utf-8")
    pq.write_table(pa.Table.from_pylist(documents), paths["parquet"], row_group_size=16)
    with open(paths["warc"], "wb") as handle:
        writer = WARCWriter(handle, gzip=True)
        for document in documents:
            writer.write_record(writer.create_warc_record(
                document["url"], "conversion", payload=io.BytesIO(document["text"].encode("utf-8")),
                warc_content_type="text/plain"))
    return paths


def by_url(records, text_key: str = "cleaned_text") -> dict[str, str]:
    return {record["url"]: record[text_key] for record in records}


def read_jsonl(path: Path) -> list[dict]:
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as handle:
        return [json.loads(line) for line in handle]


def test_jsonl_parquet_wet_datatrove_and_dataset_map_agree(tmp_path, documents):
    datasets = pytest.importorskip("datasets")
    pytest.importorskip("datatrove")
    from cleaner.integrations.datatrove import run_local
    from cleaner.integrations.hf import clean_batch

    inputs = write_all_formats(tmp_path / "in", documents)
    assert main(["run", str(tmp_path / "in"), "--out", str(tmp_path / "run"), "--jobs", "2", "--quiet"]) == 0
    expected = by_url(read_jsonl(tmp_path / "run" / "docs.jsonl"))
    assert len(expected) == len(documents) and all(isinstance(t, str) for t in expected.values())
    assert by_url(pq.read_table(tmp_path / "run" / "docs.parquet").to_pylist()) == expected
    assert by_url(read_jsonl(tmp_path / "run" / "docs.warc.wet.jsonl.gz")) == expected
    # Parquet output from the JSONL and the WET input.
    assert main(["run", str(inputs["jsonl"]), str(inputs["warc"]), "--out", str(tmp_path / "to-parquet"),
                 "--output-format", "parquet", "--jobs", "2", "--quiet"]) == 0
    for name in ("docs.parquet", "docs.warc.wet.parquet"):
        assert by_url(pq.read_table(tmp_path / "to-parquet" / name).to_pylist()) == expected, name

    for kind in ("jsonl", "parquet"):
        counts = run_local(inputs[kind], tmp_path / f"datatrove-{kind}", tasks=1, workers=1, kind=kind)
        assert counts["total"] == counts["forwarded"] == len(documents), kind
    # The command line tells a WET file by its name.
    assert main(["run", str(inputs["warc"]), "--out", str(tmp_path / "datatrove-warc"), "--engine", "datatrove",
                 "--tasks", "1", "--workers", "1", "--quiet"]) == 0
    for kind in inputs:
        assert by_url(read_jsonl(tmp_path / f"datatrove-{kind}" / "00000.jsonl")) == expected, kind

    dataset = datasets.Dataset.from_list(documents)
    cleaned = dataset.map(clean_batch, batched=True, batch_size=10,  # num_proc: see test_hf.py
                          cache_file_name=str(tmp_path / "map.arrow"))
    assert by_url(cleaned) == expected


def test_ray_executor_writes_what_the_local_executor_writes(tmp_path, documents):
    """A real local Ray cluster (two CPUs) runs the same pipeline as the local executor."""
    ray = pytest.importorskip("ray", reason="Ray is not installed (pip install ray)")
    pytest.importorskip("datatrove")
    from datatrove.executor import LocalPipelineExecutor, RayPipelineExecutor

    from cleaner.integrations.datatrove import CleanerStep, record_pipeline

    inputs = write_all_formats(tmp_path / "in", documents)
    folder = tmp_path / "in" / "jsonl"
    folder.mkdir()
    for shard in range(2):  # datatrove gives each task whole files: two files for two tasks
        lines = [json.dumps(d, ensure_ascii=False) + "\n" for d in documents[shard::2]]
        (folder / f"part-{shard}.jsonl").write_text("".join(lines), encoding="utf-8")
    del inputs["jsonl"]
    outputs = {}
    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False)
    try:
        for name, executor in (("local", LocalPipelineExecutor), ("ray", RayPipelineExecutor)):
            out = tmp_path / name
            pipeline = record_pipeline(folder, out, CleanerStep(input_mode="auto"))
            executor(pipeline, tasks=2, workers=2, logging_dir=str(out / "logs")).run()
            outputs[name] = {p.name: p.read_bytes() for p in sorted(out.glob("*.jsonl"))}
    finally:
        ray.shutdown()
    assert list(outputs["ray"]) == ["00000.jsonl", "00001.jsonl"]
    assert outputs["ray"] == outputs["local"]
    records = [json.loads(line) for data in outputs["ray"].values() for line in data.splitlines()]
    assert sorted(r["id"] for r in records) == sorted(d["id"] for d in documents)
