"""The same documents written as JSONL, Parquet and WET, and every way in that cleans them:
`cleaner run` (JSONL or Parquet output), the datatrove step (local executor, or Ray) and
`Dataset.map` with clean_batch. Each way gives its cleaned texts by URL, to be compared.

Shared by tests/test_formats.py (the bundled corpus's 42 scrapes) and bench/formats_agree.py
(1,000 documents made from them).
"""

from __future__ import annotations

import gzip
import io
import json
from pathlib import Path
from typing import Callable

import pyarrow as pa
import pyarrow.parquet as pq
from warcio.warcwriter import WARCWriter

from cleaner.batch import ERRORS, MANIFEST
from cleaner.cli import main

RAW_CORPUS = Path(__file__).resolve().parent.parent / "corpus" / "raw"
# Input kind -> file extension; "warc" is how `cleaner run --format` names WARC and WET files.
EXTENSIONS = {"jsonl": ".jsonl", "parquet": ".parquet", "warc": ".warc.wet.gz"}
KIND_NAMES = {"jsonl": "JSONL", "parquet": "Parquet", "warc": "WET"}
SITE_RULED = "sarayanews.com"  # a host with a site rule file (rules/sites/)


def corpus_documents(count: int | None = None) -> list[dict]:
    """The bundled corpus's scrapes with an id and a URL each: once as they are, or `count`
    documents cycling through them, each made unique (its number in its first line) and
    given one of several URL shapes (site-ruled host or not, www., http, a port, a query,
    a fragment, an escaped path, a capitalised host)."""
    paths = sorted(RAW_CORPUS.glob("**/*.txt"))
    pages = [(p.parent.name, p.stem, p.read_text(encoding="utf-8")) for p in paths]
    if count is None:
        return [{"id": f"doc-{n}", "url": f"https://{folder}.example/{stem}", "text": text}
                for n, (folder, stem, text) in enumerate(pages)]
    documents = []
    for n in range(count):
        folder, stem, text = pages[n % len(pages)]
        url = _URL_SHAPES[n % len(_URL_SHAPES)](folder, stem, n)
        documents.append({"id": f"doc-{n}", "url": url, "text": unique_page(text, n)})
    return documents


_URL_SHAPES: list[Callable[[str, str, int], str]] = [
    lambda folder, stem, n: f"https://{folder}.example/{stem}/{n}",
    lambda folder, stem, n: f"https://www.{SITE_RULED}/news/{n}/{stem}",
    lambda folder, stem, n: f"http://{SITE_RULED}/?p={n}&utm_source=feed",
    lambda folder, stem, n: f"https://news.{folder}.example:8080/2024/{n}.html#comments",
    lambda folder, stem, n: f"https://{folder}.example/%D8%AE%D8%A8%D8%B1/{n}",
    lambda folder, stem, n: f"https://Archive.{folder.upper()}.example/{stem}-{n}/",
]


def unique_page(page: str, n: int) -> str:
    """The page with `n` after its first line's text, so that no two copies are the same."""
    first, _, rest = page.partition("\n")
    return f"{first} {n}\n{rest}"


def write_all_formats(folder: Path, documents: list[dict], shards: int = 1) -> dict[str, Path]:
    """The documents as `shards` files of each kind, in a folder per kind; kind -> folder."""
    folders = {kind: folder / kind for kind in EXTENSIONS}
    for kind, kind_folder in folders.items():
        kind_folder.mkdir(parents=True)
        for shard in range(shards):
            _WRITERS[kind](kind_folder / f"docs-{shard}{EXTENSIONS[kind]}", documents[shard::shards])
    return folders


def _write_jsonl(path: Path, documents: list[dict]) -> None:
    path.write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in documents), encoding="utf-8")


def _write_parquet(path: Path, documents: list[dict]) -> None:
    pq.write_table(pa.Table.from_pylist(documents), path, row_group_size=16)


def _write_wet(path: Path, documents: list[dict]) -> None:
    with open(path, "wb") as handle:
        writer = WARCWriter(handle, gzip=True)
        for document in documents:
            writer.write_record(writer.create_warc_record(
                document["url"], "conversion", payload=io.BytesIO(document["text"].encode("utf-8")),
                warc_content_type="text/plain"))


_WRITERS = {"jsonl": _write_jsonl, "parquet": _write_parquet, "warc": _write_wet}


def by_url(records, text_key: str = "cleaned_text") -> dict[str, str]:
    return {record["url"]: record.get(text_key) for record in records}


def read_jsonl(path: Path) -> list[dict]:
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as handle:
        return [json.loads(line) for line in handle]


def read_outputs(folder: Path, pattern: str = "*") -> list[dict]:
    """Every record of the JSONL, gzipped JSONL and Parquet outputs in `folder` (not below it)
    whose names match `pattern`."""
    records = []
    for path in sorted(folder.glob(pattern)):
        if path.name.endswith((".jsonl", ".jsonl.gz")) and path.name not in (MANIFEST, ERRORS):
            records += read_jsonl(path)
        elif path.suffix == ".parquet":
            records += pq.read_table(path).to_pylist()
    return records


def cleaned_by_way(documents: list[dict], work: Path, *, ray: bool = False, num_proc: int | None = None,
                   shards: int = 2) -> dict[str, dict[str, str]]:
    """Clean the documents every way there is; way -> {url: cleaned text}. The datatrove
    step runs `shards` tasks on as many workers, locally and, with `ray`, on a local Ray
    cluster of two CPUs."""
    inputs = write_all_formats(work / "in", documents, shards)
    cleaned: dict[str, dict[str, str]] = {}
    _run(str(work / "in"), "--out", str(work / "run"), "--jobs", "2")  # every kind told by its name
    for kind in inputs:
        cleaned[f"cleaner run, {KIND_NAMES[kind]}"] = by_url(read_outputs(work / "run" / kind))
    out = work / "run-to-parquet"
    _run(str(inputs["jsonl"]), str(inputs["warc"]), "--out", str(out), "--output-format", "parquet", "--jobs", "2")
    cleaned["cleaner run, JSONL to Parquet"] = by_url(read_outputs(out, "docs-*[0-9].parquet"))
    cleaned["cleaner run, WET to Parquet"] = by_url(read_outputs(out, "*.warc.wet.parquet"))
    for kind, folder in inputs.items():
        out = work / f"datatrove-{kind}"
        _run(str(folder), "--out", str(out), "--format", kind, "--engine", "datatrove",
             "--tasks", str(shards), "--workers", str(shards))
        cleaned[f"datatrove local, {KIND_NAMES[kind]}"] = by_url(read_outputs(out))
    if ray:
        cleaned.update(_cleaned_on_ray(inputs, work, shards))
    cleaned["Dataset.map"] = _cleaned_by_map(documents, work, num_proc)
    return cleaned


def _run(*arguments: str) -> None:
    status = main(["run", *arguments, "--quiet"])
    if status != 0:
        raise RuntimeError(f"cleaner run {' '.join(arguments)}: exit status {status}")


def _cleaned_on_ray(inputs: dict[str, Path], work: Path, tasks: int) -> dict[str, dict[str, str]]:
    import ray
    from datatrove.executor import RayPipelineExecutor

    from cleaner.integrations.datatrove import CleanerStep, record_pipeline

    cleaned = {}
    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False)
    try:
        for kind, folder in inputs.items():
            out = work / f"ray-{kind}"
            pipeline = record_pipeline(folder, out, CleanerStep(input_mode="auto"), kind=kind)
            RayPipelineExecutor(pipeline, tasks=tasks, workers=tasks, logging_dir=str(out / "logs")).run()
            cleaned[f"datatrove Ray, {KIND_NAMES[kind]}"] = by_url(read_outputs(out))
    finally:
        ray.shutdown()
    return cleaned


def _cleaned_by_map(documents: list[dict], work: Path, num_proc: int | None) -> dict[str, str]:
    import datasets

    from cleaner.integrations.hf import clean_batch

    dataset = datasets.Dataset.from_list(documents)
    mapped = dataset.map(clean_batch, batched=True, batch_size=10, num_proc=num_proc,
                         cache_file_name=str(work / "map.arrow"))
    return by_url(mapped)
