"""The datatrove step and `cleaner run --engine datatrove`, run for real on the bundled corpus.

These tests do not judge how well the engine cleans: only that the datatrove path and the
local path agree, that reruns resume, and that every document is counted.
"""

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

from cleaner.batch import CLEANED_TEXT_KEY, ERROR_KEY, FLAGS_KEY, REMOVALS_KEY  # noqa: E402
from cleaner.cli import main  # noqa: E402
from cleaner.engine import clean  # noqa: E402
from cleaner.integrations.datatrove import (  # noqa: E402
    FAILED_STAT,
    FLAGGED_STAT,
    LOGS_DIRNAME,
    REMOVED_LINES_STAT,
    RULES_VERSION_KEY,
    UNREADABLE_STAT,
    CleanerStep,
    run_local,
)

RAW_CORPUS = Path(__file__).resolve().parent.parent / "corpus" / "raw"
TASKS = 3
PARTS = tuple(f"part-{shard}" for shard in range(TASKS))
# Keys only one engine writes: the local engine reports each line's encoding and its
# confidence, datatrove's reader only reads UTF-8; datatrove records carry the rules version,
# the local engine keeps it in its manifest.
ENGINE_ONLY_KEYS = {"cleaner_encoding", "cleaner_encoding_confidence", RULES_VERSION_KEY}

DROP_ALL_SITE = """\
site = "drop-all"
description = "Drops every line, so that any page on this domain is over-deleted."
domains = ["drop-all.example"]

[[rule]]
id = "test.drop-everything"
kind = "regex"
pattern = "."
action = "drop-line"
why = "Makes the engine's over-deletion guard fire on every long page."
"""


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


@pytest.fixture(scope="module")
def drop_all_rules(tmp_path_factory) -> Path:
    """One rules directory for the module: the step loads it once per process (seconds)."""
    rules = tmp_path_factory.mktemp("rules")
    (rules / "sites").mkdir()
    (rules / "sites" / "drop-all.toml").write_text(DROP_ALL_SITE, encoding="utf-8")
    return rules


@pytest.fixture
def input_dir(tmp_path, pages) -> Path:
    """The pages spread over several JSONL files, so several tasks each get a share."""
    folder = tmp_path / "input"
    folder.mkdir()
    for shard, name in enumerate(PARTS):
        write_jsonl(folder / f"{name}.jsonl", pages[shard::TASKS])
    return folder


def write_jsonl(path: Path, records: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return path


def read_records(paths) -> dict[str, dict]:
    records = {}
    for path in sorted(paths):
        for line in path.read_text(encoding="utf-8").splitlines():
            record = json.loads(line)
            records[record["id"]] = record
    return records


def task_outputs(output: Path) -> list[Path]:
    return sorted(output.glob("0*.jsonl"))


def run_datatrove(input_path: Path, output: Path, *extra: str) -> int:
    return main(["run", str(input_path), "--out", str(output), "--engine", "datatrove",
                 "--tasks", str(TASKS), "--workers", "2", "--quiet", *extra])


def test_datatrove_engine_writes_the_same_records_as_cleaner_run(tmp_path, pages, input_dir):
    html = "<html><body><article><p>" + pages[0]["text"].replace("\n", "</p><p>") + "</p></article></body></html>"
    odd = [{"id": "html-only", "html": html, "rank": 9}, {"id": "no-text", "url": None}, {"id": "null", "text": None}]
    write_jsonl(input_dir / "odd.jsonl", odd)
    # Both engines count the records without text as failed, so both exit 1.
    assert main(["run", str(input_dir), "--out", str(tmp_path / "local"), "--jobs", "2", "--quiet"]) == 1
    assert run_datatrove(input_dir, tmp_path / "dt") == 1

    local = read_records(p for p in (tmp_path / "local").glob("*.jsonl") if p.stem in ("odd", *PARTS))
    distributed = read_records([*task_outputs(tmp_path / "dt"), *(tmp_path / "dt" / "excluded").glob("*.jsonl")])
    assert sorted(distributed) == sorted(local) == sorted([page["id"] for page in pages] + [r["id"] for r in odd])
    for doc_id, record in local.items():
        other = distributed[doc_id]
        assert set(record) ^ set(other) <= ENGINE_ONLY_KEYS, doc_id
        for key in set(record) & set(other) - {ERROR_KEY}:  # the reasons are worded differently
            assert other[key] == record[key], (doc_id, key)
    failed = {doc_id for doc_id, record in distributed.items() if ERROR_KEY in record}
    assert failed == {"no-text", "null"}
    assert len(task_outputs(tmp_path / "dt")) == TASKS
    assert not list((tmp_path / "dt").rglob("*.partial"))  # renamed once each task was done


def test_lines_that_are_not_json_objects_are_reported_as_the_local_engine_reports_them(tmp_path, pages):
    """Each such line is a failed document in excluded/, the line the local engine writes for
    it; a line in another encoding is read as the local engine reads it; reading goes on."""
    source = tmp_path / "in.jsonl"
    text = ("Le conseil municipal a voté mercredi le budget de l'année prochaine après trois heures de "
            "débat.\nLes travaux de la gare débuteront en été, a précisé la maire.")
    latin1 = json.dumps({"id": "latin-1", "text": text}, ensure_ascii=False).encode("latin-1")
    unreadable = [b"[1, 2]", b"{not json", b"\xff\xfe", b'{"id": "raw", "cleaner_raw_line": "x", "cleaner_error": "y"}']
    lines = [unreadable[0], json.dumps(pages[0]).encode(), *unreadable[1:3], latin1, json.dumps(pages[1]).encode(),
             unreadable[3]]
    source.write_bytes(b"\n".join(lines) + b"\n")

    assert main(["run", str(source), "--out", str(tmp_path / "local"), "--jobs", "2", "--quiet"]) == 1
    counts = run_local(source, tmp_path / "out", tasks=2, workers=2)

    assert counts[UNREADABLE_STAT] == 3 and counts[FAILED_STAT] == 4  # the last line has no text
    assert counts["total"] == len(lines)
    cleaned = read_records(task_outputs(tmp_path / "out"))
    assert sorted(cleaned) == sorted([pages[0]["id"], pages[1]["id"], "latin-1"])
    assert cleaned["latin-1"][CLEANED_TEXT_KEY] == text
    excluded = [json.loads(line) for path in sorted((tmp_path / "out" / "excluded").glob("*.jsonl"))
                for line in path.read_text(encoding="utf-8").splitlines()]
    local = [json.loads(line) for line in (tmp_path / "local" / "in.jsonl").read_text(encoding="utf-8").splitlines()]
    assert sorted(map(json.dumps, [line for line in local if "id" not in line])) == sorted(
        map(json.dumps, [line for line in excluded if "id" not in line]))
    assert [line["id"] for line in excluded if "id" in line] == ["raw"]  # a record, failed for no text
    assert run_datatrove(source, tmp_path / "again") == 1


def test_single_file_is_split_across_tasks_by_line(tmp_path, pages):
    single = write_jsonl(tmp_path / "pages.jsonl", pages)
    assert run_datatrove(single, tmp_path / "out") == 0

    outputs = task_outputs(tmp_path / "out")
    assert [len(p.read_text().splitlines()) for p in outputs] == [len(pages[r::TASKS]) for r in range(TASKS)]
    records = read_records(outputs)
    assert sorted(records) == sorted(page["id"] for page in pages)
    assert all(isinstance(record[CLEANED_TEXT_KEY], str) for record in records.values())


def test_one_task_on_one_worker_counts_every_document(tmp_path, pages):
    # One stats file is read back as is, not merged: the counts must come out the same.
    single = write_jsonl(tmp_path / "pages.jsonl", pages)
    counts = run_local(single, tmp_path / "out", tasks=1, workers=1)
    assert counts["total"] == counts["forwarded"] == len(pages)
    assert sum(n for name, n in counts.items() if name.startswith(REMOVED_LINES_STAT)) == sum(
        sum(record[REMOVALS_KEY].values()) for record in read_records(task_outputs(tmp_path / "out")).values()
    )


def test_rerun_skips_completed_tasks_and_rewrites_nothing(tmp_path, input_dir):
    output = tmp_path / "out"
    first = run_local(input_dir, output, tasks=TASKS, workers=2)
    logs = output / LOGS_DIRNAME
    assert sorted(p.name for p in (logs / "completions").iterdir()) == [f"{r:05d}" for r in range(TASKS)]
    before = {p: (p.stat().st_mtime_ns, p.read_bytes()) for p in task_outputs(output)}
    task_logs = sorted((logs / "logs").iterdir())

    again = run_local(input_dir, output, tasks=TASKS, workers=2)
    assert {p: (p.stat().st_mtime_ns, p.read_bytes()) for p in task_outputs(output)} == before
    assert sorted((logs / "logs").iterdir()) == task_logs
    assert again == first  # counts come from the finished tasks' stats, not from this run

    # A task that did not finish (no completion marker) is the only one run again.
    (logs / "completions" / "00001").unlink()
    run_local(input_dir, output, tasks=TASKS, workers=2)
    rerun = [p.name for p in task_outputs(output) if p.stat().st_mtime_ns != before[p][0]]
    assert rerun == ["00001.jsonl"]
    assert all(p.read_bytes() == content for p, (_, content) in before.items())


def test_rerun_with_another_task_count_is_refused(tmp_path, input_dir, capsys):
    assert run_datatrove(input_dir, tmp_path / "out") == 0
    before = {p: p.read_bytes() for p in task_outputs(tmp_path / "out")}

    status = main(["run", str(input_dir), "--out", str(tmp_path / "out"), "--engine", "datatrove",
                   "--tasks", str(TASKS + 1), "--quiet"])

    assert status == 2
    assert f"{TASKS} tasks" in capsys.readouterr().err
    assert {p: p.read_bytes() for p in task_outputs(tmp_path / "out")} == before


def test_stats_name_the_rule_ids_that_removed_lines(tmp_path, input_dir):
    output = tmp_path / "out"
    counts = run_local(input_dir, output, tasks=TASKS, workers=2)

    expected: dict[str, int] = {}
    for record in read_records(task_outputs(output)).values():
        for rule_id, lines in record[REMOVALS_KEY].items():
            expected[rule_id] = expected.get(rule_id, 0) + lines
    assert expected, "corpus pages have blank or boilerplate lines, so some rule removes something"
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
    excluded = tmp_path / "excluded"
    step = CleanerStep(input_mode="html", exclusion_writer=JsonlWriter(str(excluded), compression=None))
    broken = Document(text="", id="no-html", metadata={})
    html = "<html><body><article><p>" + pages[0]["text"].replace("\n", "</p><p>") + "</p></article></body></html>"
    fine = Document(text="", id="has-html", metadata={"html": html, "url": pages[0]["url"]})

    forwarded = list(step.run(iter([broken, fine])))

    assert [doc.id for doc in forwarded] == ["has-html"]
    assert forwarded[0].text
    assert step.stats[FAILED_STAT].total == 1
    written = [json.loads(line) for path in excluded.glob("*.jsonl") for line in path.read_text().splitlines()]
    assert [(r["id"], "html" in r["metadata"][ERROR_KEY]) for r in written] == [("no-html", True)]


@pytest.mark.parametrize("policy, forwarded_ids, excluded_ids", [
    ("keep", ["over", "fine"], []),
    ("drop", ["fine"], []),
    ("exclude", ["fine"], ["over"]),
])
def test_over_deleted_documents_are_kept_dropped_or_excluded(
    tmp_path, pages, drop_all_rules, policy, forwarded_ids, excluded_ids
):
    long_page = max(pages, key=lambda page: len(page["text"]))["text"]
    writer = JsonlWriter(str(tmp_path / "excluded"), compression=None)
    step = CleanerStep(drop_all_rules, on_over_deletion=policy, exclusion_writer=writer)
    docs = [
        Document(text=long_page, id="over", metadata={"url": "https://drop-all.example/a"}),
        Document(text=long_page, id="fine", metadata={"url": "https://news.example/a"}),
    ]
    if "over_deletion" in clean(long_page, "https://news.example/a", rules=step.rules).flags:
        pytest.skip("the engine flags this page even without the drop-all rule")

    forwarded = list(step.run(iter(docs)))

    assert [doc.id for doc in forwarded] == forwarded_ids
    excluded = read_records((tmp_path / "excluded").glob("*.jsonl"))
    assert sorted(excluded) == excluded_ids
    assert step.stats[FLAGGED_STAT].total == 1
    flags = [doc.metadata[FLAGS_KEY] for doc in forwarded if doc.id == "over"]
    flags += [record["metadata"][FLAGS_KEY] for record in excluded.values()]
    assert len(flags) == len(forwarded_ids) + len(excluded_ids) - 1  # "over", unless dropped
    assert all("over_deletion" in flag for flag in flags)


@pytest.mark.parametrize("extra, message", [
    (["--explain"], "--explain"),
    (["--format", "txt"], "reads --format auto, jsonl, parquet, warc"),
])
def test_cli_refuses_what_the_datatrove_engine_cannot_do(tmp_path, pages, capsys, extra, message):
    source = write_jsonl(tmp_path / "in.jsonl", pages[:2])
    assert run_datatrove(source, tmp_path / "out", *extra) == 2
    assert message in capsys.readouterr().err
    assert not (tmp_path / "out").exists()


def test_cli_refuses_an_output_folder_inside_the_input_folder(tmp_path, input_dir, capsys):
    assert run_datatrove(input_dir, input_dir / "out") == 2
    assert "inside the input folder" in capsys.readouterr().err
    assert not (input_dir / "out").exists()


def test_cli_refuses_tasks_without_the_datatrove_engine(tmp_path, pages, capsys):
    source = write_jsonl(tmp_path / "in.jsonl", pages[:2])
    assert main(["run", str(source), "--out", str(tmp_path / "out"), "--tasks", "2"]) == 2
    assert "--engine datatrove" in capsys.readouterr().err


def test_bad_options_are_refused():
    with pytest.raises(ValueError, match="input_mode"):
        CleanerStep(input_mode="pdf")
    with pytest.raises(ValueError, match="exclusion_writer"):
        CleanerStep(on_over_deletion="exclude")


def test_core_package_imports_without_datatrove():
    blocked = "import sys; sys.modules['datatrove'] = None; import cleaner, cleaner.cli, cleaner.batch, cleaner.engine"
    subprocess.run([sys.executable, "-c", blocked], check=True)


def test_example_builds_slurm_and_ray_executors_without_a_cluster(tmp_path, pages):
    source = write_jsonl(tmp_path / "in.jsonl", pages[:2])
    example = Path(__file__).resolve().parent.parent / "examples" / "datatrove_pipeline.py"
    for executor in ("slurm", "ray"):
        shown = subprocess.run(
            [sys.executable, str(example), str(source), str(tmp_path / executor), "--executor", executor,
             "--tasks", "7", "--dry-run"],
            check=True, capture_output=True, text=True,
        )
        settings = json.loads(shown.stdout)
        assert settings["tasks"] == 7 and settings["world_size"] == 7
        assert any("rules_dir" in step for step in settings["pipeline"])
        assert not (tmp_path / executor).exists()
