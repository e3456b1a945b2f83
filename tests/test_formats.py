"""The same documents through every format and engine give the same cleaned text: `cleaner run`
on JSONL, Parquet and WET, writing JSONL or Parquet; the datatrove step reading each of them
with datatrove's readers, on the local executor and on Ray; and `Dataset.map` with clean_batch.
bench/formats_agree.py runs the same ways on 1,000 documents."""

from __future__ import annotations

import json

import pytest

from cleaner.cli import main
from format_paths import by_url, cleaned_by_way, corpus_documents, read_jsonl, write_all_formats


@pytest.fixture(scope="module")
def documents() -> list[dict]:
    return corpus_documents()


def test_jsonl_parquet_wet_datatrove_and_dataset_map_agree(tmp_path, documents):
    pytest.importorskip("datasets")
    pytest.importorskip("datatrove")
    cleaned = cleaned_by_way(documents, tmp_path)  # Dataset.map's num_proc: see test_hf.py

    expected = cleaned.pop("cleaner run, JSONL")
    assert sorted(expected) == sorted(d["url"] for d in documents)
    assert all(isinstance(text, str) for text in expected.values())
    assert len(cleaned) == 8
    for way, texts in cleaned.items():
        assert texts == expected, way

    # The command line tells a WET file by its name; the first of two files holds every other document.
    wet = tmp_path / "in" / "warc" / "docs-0.warc.wet.gz"
    assert main(["run", str(wet), "--out", str(tmp_path / "wet"), "--engine", "datatrove", "--quiet"]) == 0
    first_half = {d["url"]: expected[d["url"]] for d in documents[::2]}
    assert by_url(read_jsonl(tmp_path / "wet" / "00000.jsonl")) == first_half


def test_ray_executor_writes_what_the_local_executor_writes(tmp_path, documents):
    """A real local Ray cluster (two CPUs) runs the same pipeline as the local executor."""
    ray = pytest.importorskip("ray", reason="Ray is not installed (pip install ray)")
    pytest.importorskip("datatrove")
    from datatrove.executor import LocalPipelineExecutor, RayPipelineExecutor

    from cleaner.integrations.datatrove import CleanerStep, record_pipeline

    # datatrove gives each task whole files: two files for two tasks
    folder = write_all_formats(tmp_path / "in", documents, shards=2)["jsonl"]
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
