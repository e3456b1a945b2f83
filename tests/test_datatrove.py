"""The datatrove step and the local datatrove pipeline, run for real on the bundled corpus."""

from __future__ import annotations

import json
import pickle
import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("datatrove")

from datatrove.data import Document  # noqa: E402
from datatrove.pipeline.writers import JsonlWriter  # noqa: E402

from cleaner.engine import clean  # noqa: E402
from cleaner.integrations.datatrove import (  # noqa: E402
    ERROR_KEY,
    FAILED_STAT,
    LOGS_DIRNAME,
    REMOVALS_KEY,
    REMOVED_LINES_STAT,
    RULES_VERSION_KEY,
    CleanerStep,
    run_local,
)
from cleaner.rules import default_rules  # noqa: E402

RAW_CORPUS = Path(__file__).resolve().parent.parent / "corpus" / "raw"
TASKS = 3


@pytest.fixture
def pages() -> list[dict]:
    """The bundled raw corpus as JSONL records with id and url."""
    paths = sorted(RAW_CORPUS.glob("**/*.txt"))
    if len(paths) < TASKS:
        pytest.skip("the bundled corpus has too few pages")
    return [
        {"id": f"{p.parent.name}/{p.stem}", "url": f"https://news.example/{p.stem}", "text": p.read_text("utf-8")}
        for p in paths
    ]


@pytest.fixture
def input_dir(tmp_path, pages) -> Path:
    """The pages spread over several JSONL files, so several tasks each get a share."""
    folder = tmp_path / "input"
    folder.mkdir()
    for shard in range(TASKS):
        lines = [json.dumps(page, ensure_ascii=False) for page in pages[shard::TASKS]]
        (folder / f"part-{shard}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return folder


def read_records(output_dir: Path) -> dict[str, dict]:
    records = {}
    for path in sorted(output_dir.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            record = json.loads(line)
            records[record["id"]] = record
    return records


def test_pipeline_output_is_clean_of_each_record(tmp_path, pages, input_dir):
    output = tmp_path / "out"
    counts = run_local(input_dir, output, tasks=TASKS, workers=2)

    records = read_records(output)
    assert sorted(records) == sorted(page["id"] for page in pages)
    for page in pages:
        expected = clean(page["text"], page["url"])
        record = records[page["id"]]
        assert record["text"] == expected.text, page["id"]
        assert record[REMOVALS_KEY] == expected.removal_summary()
        assert record[RULES_VERSION_KEY] == default_rules().version
    assert counts["total"] == len(pages)
    assert counts.get(FAILED_STAT, 0) == 0
    assert len(list(output.glob("*.jsonl"))) == TASKS


def test_single_file_is_split_across_tasks_by_line(tmp_path, pages):
    single = tmp_path / "pages.jsonl"
    single.write_text("".join(json.dumps(page) + "\n" for page in pages), encoding="utf-8")
    output = tmp_path / "out"
    run_local(single, output, tasks=TASKS, workers=2)

    per_task = [len(path.read_text().splitlines()) for path in sorted(output.glob("*.jsonl"))]
    assert per_task == [len(pages[rank::TASKS]) for rank in range(TASKS)]
    assert sorted(read_records(output)) == sorted(page["id"] for page in pages)


def test_rerun_skips_completed_tasks_and_rewrites_nothing(tmp_path, input_dir):
    output = tmp_path / "out"
    first = run_local(input_dir, output, tasks=TASKS, workers=2)
    logs = output / LOGS_DIRNAME
    assert sorted(p.name for p in (logs / "completions").iterdir()) == [f"{r:05d}" for r in range(TASKS)]
    before = {p: (p.stat().st_mtime_ns, p.read_bytes()) for p in output.glob("*.jsonl")}

    again = run_local(input_dir, output, tasks=TASKS, workers=2)
    assert {p: (p.stat().st_mtime_ns, p.read_bytes()) for p in output.glob("*.jsonl")} == before
    assert again == first  # counts come from the finished tasks' stats, not from this run

    # A task that did not finish (no completion marker) is the only one run again.
    (logs / "completions" / "00001").unlink()
    run_local(input_dir, output, tasks=TASKS, workers=2)
    rerun = [p.name for p in output.glob("*.jsonl") if p.stat().st_mtime_ns != before[p][0]]
    assert rerun == ["00001.jsonl"]
    assert all(p.read_bytes() == content for p, (_, content) in before.items())


def test_stats_name_the_rule_ids_that_removed_lines(tmp_path, input_dir):
    output = tmp_path / "out"
    counts = run_local(input_dir, output, tasks=TASKS, workers=2)

    expected: dict[str, int] = {}
    for record in read_records(output).values():
        for rule_id, lines in record[REMOVALS_KEY].items():
            expected[rule_id] = expected.get(rule_id, 0) + lines
    assert expected, "the corpus pages have blank or boilerplate lines, so something is removed"
    stats = {name[len(REMOVED_LINES_STAT):]: n for name, n in counts.items() if name.startswith(REMOVED_LINES_STAT)}
    assert stats == expected
    saved = json.loads((output / LOGS_DIRNAME / "stats.json").read_text())
    assert any(REMOVED_LINES_STAT + rule_id in step["stats"] for step in saved for rule_id in expected)


def test_step_pickles_without_loaded_rules(pages):
    step = CleanerStep()
    docs = [Document(text=page["text"], id=page["id"], metadata={"url": page["url"]}) for page in pages[:2]]
    cleaned = [doc.text for doc in step.run(iter(docs))]
    assert step._rules is not None

    shipped = pickle.loads(pickle.dumps(step))
    assert shipped._rules is None and shipped.rules_dir is None
    again = [Document(text=page["text"], id=page["id"], metadata={"url": page["url"]}) for page in pages[:2]]
    assert [doc.text for doc in shipped.run(iter(again))] == cleaned
    assert shipped._rules is not None  # loaded on first use, in the worker


def test_failing_document_is_counted_excluded_and_the_task_goes_on(tmp_path, pages):
    pytest.importorskip("cleaner.html")
    excluded = tmp_path / "excluded"
    step = CleanerStep(input_mode="html", exclusion_writer=JsonlWriter(str(excluded), compression=None))
    broken = Document(text="", id="no-html", metadata={})
    html = "<html><body><article><p>" + pages[0]["text"].replace("\n", "</p><p>") + "</p></article></body></html>"
    fine = Document(text="", id="has-html", metadata={"html": html, "url": pages[0]["url"]})

    forwarded = list(step.run(iter([broken, fine])))

    assert [doc.id for doc in forwarded] == ["has-html"]
    assert step.stats[FAILED_STAT].total == 1
    written = [json.loads(line) for path in excluded.glob("*.jsonl") for line in path.read_text().splitlines()]
    assert [(r["id"], "html" in r["metadata"][ERROR_KEY]) for r in written] == [("no-html", True)]


def test_bad_options_are_refused():
    with pytest.raises(ValueError, match="input_mode"):
        CleanerStep(input_mode="pdf")
    with pytest.raises(ValueError, match="exclusion_writer"):
        CleanerStep(on_over_deletion="exclude")


def test_core_package_imports_without_datatrove():
    blocked = "import sys; sys.modules['datatrove'] = None; import cleaner, cleaner.cli, cleaner.engine"
    subprocess.run([sys.executable, "-c", blocked], check=True)
