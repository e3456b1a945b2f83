"""`cleaner run` end to end: real files in tmp_path, the real command in a subprocess."""

from __future__ import annotations

import fcntl
import gzip
import hashlib
import json
import os
import re
import signal
import subprocess
import sys
import time
import zlib
from pathlib import Path

import pytest
from terminal import run_on_terminal

from cleaner.batch import JSONL_CHUNK_RECORDS

ARTICLE = [
    "The city council approved the new budget on Tuesday after a long debate about school funding.",
    "Council members voted seven to two in favour, and the mayor said the plan would take effect in May.",
    "Opponents argued that the increase in property taxes would hurt families on fixed incomes.",
]
ARABIC = [
    "أعلنت وزارة الصحة اليوم عن افتتاح مستشفى جديد في المدينة بعد سنوات من العمل المتواصل.",
    "وقال الوزير في مؤتمر صحفي إن المستشفى سيخدم أكثر من مئة ألف نسمة في المنطقة الشمالية.",
    "وأضاف أن الحكومة تعمل على توسيع شبكة المراكز الصحية لتشمل القرى النائية خلال العام المقبل.",
]
PNG_HEADER = bytes.fromhex("89504e470d0a1a0a0000000d49484452")


def run_cleaner(*args, timeout: float = 120) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "cleaner.cli", "run", *map(str, args)],
                          capture_output=True, text=True, timeout=timeout)


def article(n: int) -> str:
    """A small scrape: three article sentences with a number in them, then a promo line."""
    body = "\n\n".join(f"{line} Report {n}." for line in ARTICLE)
    return f"{body}\n\nRead more: other stories from the council\n"


def tree_hashes(root: Path) -> dict[str, str]:
    return {p.relative_to(root).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(root.rglob("*")) if p.is_file()}


def read_jsonl(path: Path) -> list[dict]:
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as handle:
        return [json.loads(line) for line in handle]


def manifest(out: Path) -> dict[str, dict]:
    return {entry["output"]: entry for entry in read_jsonl(out / "manifest.jsonl")}


# ---------------------------------------------------------------- bad documents


@pytest.fixture
def mixed_corpus(tmp_path: Path) -> Path:
    corpus = tmp_path / "corpus"
    (corpus / "ar").mkdir(parents=True)
    (corpus / "misc").mkdir()
    (corpus / "ar" / "cp1256.txt").write_bytes("\n\n".join(ARABIC).encode("cp1256"))
    (corpus / "misc" / "utf16.txt").write_bytes(article(1).encode("utf-16"))
    (corpus / "misc" / "bom.txt").write_bytes(article(2).encode("utf-8-sig"))
    (corpus / "misc" / "photo.txt").write_bytes(PNG_HEADER + os.urandom(4000))
    (corpus / "misc" / "empty.txt").write_bytes(b"")
    records = [json.dumps({"id": 1, "text": article(3)}), '{"id": 2, "text": "unterminated',
               json.dumps({"id": 3, "text": article(4)}), json.dumps({"id": 4, "title": "no body"}), "[1, 2]"]
    (corpus / "dump.jsonl").write_text("\n".join(records) + "\n", encoding="utf-8")
    return corpus


def test_bad_documents_are_listed_with_reasons_and_good_ones_cleaned(mixed_corpus: Path, tmp_path: Path):
    before = tree_hashes(mixed_corpus)
    out = tmp_path / "out"
    done = run_cleaner(mixed_corpus, "--out", out, "--jobs", 2)
    assert done.returncode == 1, done.stderr

    errors = read_jsonl(out / "errors.jsonl")
    by_path = {(Path(e["path"]).name, e["record"]): e["reason"] for e in errors}
    assert set(by_path) == {("photo.txt", None), ("empty.txt", None), ("dump.jsonl", 2), ("dump.jsonl", 4),
                            ("dump.jsonl", 5)}
    assert "binary" in by_path[("photo.txt", None)] or "undecodable" in by_path[("photo.txt", None)]
    assert by_path[("empty.txt", None)].startswith("empty")
    assert by_path[("dump.jsonl", 2)].startswith("malformed JSON")
    assert by_path[("dump.jsonl", 4)].startswith("no text") and "JSON object" in by_path[("dump.jsonl", 5)]

    assert ARABIC[0] in (out / "ar" / "cp1256.txt").read_text(encoding="utf-8")
    assert f"{ARTICLE[0]} Report 1." in (out / "misc" / "utf16.txt").read_text(encoding="utf-8")
    assert (out / "misc" / "bom.txt").read_text(encoding="utf-8").startswith(ARTICLE[0])
    assert not (out / "misc" / "photo.txt").exists() and not (out / "misc" / "empty.txt").exists()
    encodings = {name: entry.get("encoding") for name, entry in manifest(out).items()}
    assert encodings["ar/cp1256.txt"] == "cp1256"
    assert encodings["misc/utf16.txt"] == "utf-16"
    assert encodings["misc/bom.txt"] == "utf-8-sig"

    records = read_jsonl(out / "dump.jsonl")  # one output line per input line, bad ones marked
    assert [r.get("id") for r in records] == [1, None, 3, 4, None]
    assert all(records[n]["cleaned_text"].startswith(ARTICLE[0]) for n in (0, 2))
    assert records[3]["title"] == "no body" and "'text'" in records[3]["cleaner_error"]
    assert records[1] == {"cleaner_raw_line": '{"id": 2, "text": "unterminated',
                          "cleaner_error": by_path[("dump.jsonl", 2)]}
    assert records[4] == {"cleaner_raw_line": "[1, 2]", "cleaner_error": by_path[("dump.jsonl", 5)]}
    raw_lines = {e["record"]: e.get("cleaner_raw_line") for e in errors if e["path"].endswith("dump.jsonl")}
    assert raw_lines == {2: '{"id": 2, "text": "unterminated', 4: None, 5: "[1, 2]"}

    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    assert report["documents"] == {"in": 10, "cleaned": 5, "failed": 5,
                                   "flagged": report["documents"]["flagged"]}
    assert report["characters"]["out"] <= report["characters"]["in"]
    assert "cleaned 5 of 10 documents" in done.stderr and "failures and their reasons" in done.stderr
    assert "doc/s" not in done.stderr  # no progress bar when stderr is not a terminal
    assert tree_hashes(mixed_corpus) == before


def test_a_truncated_jsonl_gz_keeps_every_record_read_before_the_damage(tmp_path: Path):
    corpus = tmp_path / "in"
    corpus.mkdir()
    data = gzip.compress("".join(json.dumps({"id": n, "text": article(n)}) + "\n"
                                 for n in range(1067)).encode())
    cut = data[: len(data) - 200]
    (corpus / "dump.jsonl.gz").write_bytes(cut)
    readable = zlib.decompressobj(wbits=31).decompress(cut)
    complete = readable.count(b"\n")
    assert JSONL_CHUNK_RECORDS * 4 < complete < 1067  # the damage is in the last, partial chunk
    out = tmp_path / "out"
    done = run_cleaner(corpus, "--out", out, "--jobs", 2)
    assert done.returncode == 1, done.stderr

    assert [r["id"] for r in read_jsonl(out / "dump.jsonl.gz")] == list(range(complete))
    [error] = read_jsonl(out / "errors.jsonl")
    assert error["path"] == str(corpus / "dump.jsonl.gz")
    assert error["reason"].startswith(f"unreadable after record {complete}:")


# ---------------------------------------------------------------- resuming


BIG_FILES, BIG_RECORDS = 600, 3000
BIG_CHUNKS = BIG_RECORDS // JSONL_CHUNK_RECORDS


@pytest.fixture(scope="module")
def big(tmp_path_factory) -> dict[str, Path]:
    """A corpus big enough to kill runs part-way, and its uninterrupted output."""
    root = tmp_path_factory.mktemp("big")
    corpus = root / "corpus"
    for n in range(BIG_FILES):
        folder = corpus / f"site{n % 20:02d}"
        folder.mkdir(parents=True, exist_ok=True)
        (folder / f"{n:05d}.txt").write_text(article(n), encoding="utf-8")
    # Named to sort last: its chunks are still in flight after every text file is done.
    with gzip.open(corpus / "zz-dump.jsonl.gz", "wt", encoding="utf-8") as handle:
        for n in range(BIG_RECORDS):
            handle.write(json.dumps({"id": n, "url": f"https://news{n % 3}.example/a/{n}",
                                     "text": article(n)}) + "\n")
    before = tree_hashes(corpus)
    whole = root / "whole"
    done = run_cleaner(corpus, "--out", whole, "--jobs", 2, "--explain")
    assert done.returncode == 0, done.stderr
    return {"corpus": corpus, "whole": whole, "before": before}


def comparable(out: Path) -> dict[str, object]:
    """The whole output tree, report.json without its timing section."""
    tree: dict[str, object] = tree_hashes(out)
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    del report["run"]
    tree["report.json"] = report
    return tree


def start_run(corpus: Path, out: Path) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "cleaner.cli", "run", corpus, "--out", out,
                             "--jobs", "2", "--explain"], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def wait_for_journal(process: subprocess.Popen, journal: Path, ready) -> list[dict]:
    """Poll the manifest until ready(entries); fail if the run ends first."""
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and process.poll() is None:
        entries = read_jsonl_lenient(journal)
        if ready(entries):
            return entries
        time.sleep(0.005)
    process.kill()
    pytest.fail(f"the run ended before it could be interrupted (make the corpus bigger): "
                f"status {process.wait()}, {process.stderr.read().decode()}")


def read_jsonl_lenient(path: Path) -> list[dict]:
    if not path.exists():
        return []
    lines = path.read_bytes().split(b"\n")
    return [json.loads(line) for line in lines[:-1]]  # the last piece may be half written


def worker_pids(parent: int) -> list[int]:
    pids = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == parent:
            pids.append(int(stat.parent.name))
    return pids


def test_sigkill_then_rerun_gives_the_uninterrupted_output_byte_for_byte(big, tmp_path: Path):
    out = tmp_path / "killed"
    process = start_run(big["corpus"], out)
    entries = wait_for_journal(process, out / "manifest.jsonl", lambda es: any("chunk" in e for e in es))
    process.send_signal(signal.SIGKILL)
    process.wait()
    entries = read_jsonl_lenient(out / "manifest.jsonl")
    finished_files = sum("chunk" not in e for e in entries)
    finished_chunks = sum("chunk" in e for e in entries)
    assert 0 < finished_chunks < BIG_CHUNKS, "killed mid-JSONL"
    assert not (out / "report.json").exists()

    rerun = run_cleaner(big["corpus"], "--out", out, "--jobs", 2, "--explain")
    assert rerun.returncode == 0, rerun.stderr
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    assert report["run"]["inputs_skipped"] == finished_files
    redone = BIG_FILES - finished_files + BIG_RECORDS - JSONL_CHUNK_RECORDS * finished_chunks
    assert report["run"]["documents_processed"] == redone  # finished chunks were not cleaned again
    assert comparable(out) == comparable(big["whole"])
    assert tree_hashes(big["corpus"]) == big["before"]


def test_a_worker_killed_mid_run_loses_nothing(big, tmp_path: Path):
    out = tmp_path / "worker-killed"
    process = start_run(big["corpus"], out)
    wait_for_journal(process, out / "manifest.jsonl", lambda es: len(es) >= 100)
    victim = worker_pids(process.pid)[0]
    os.kill(victim, signal.SIGKILL)
    _, stderr = process.communicate(timeout=120)
    assert process.returncode == 0, stderr
    assert comparable(out) == comparable(big["whole"])


def test_a_second_run_into_a_folder_in_use_is_refused(tmp_path: Path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(article(1), encoding="utf-8")
    out = tmp_path / "out"
    out.mkdir()
    folder = os.open(out, os.O_RDONLY)
    try:
        fcntl.flock(folder, fcntl.LOCK_EX)  # held as a running `cleaner run` holds it
        refused = run_cleaner(tmp_path / "in", "--out", out)
    finally:
        os.close(folder)
    assert refused.returncode == 2 and "another cleaner run" in refused.stderr
    assert os.listdir(out) == []


def test_rerun_skips_unchanged_inputs_and_redoes_a_changed_one(tmp_path: Path):
    corpus = tmp_path / "corpus"
    for n in range(6):
        (corpus / "a").mkdir(parents=True, exist_ok=True)
        (corpus / "a" / f"{n}.txt").write_text(article(n), encoding="utf-8")
    out = tmp_path / "out"
    assert run_cleaner(corpus, "--out", out, "--quiet").returncode == 0
    untouched = (out / "a" / "1.txt").stat().st_mtime_ns

    changed = corpus / "a" / "0.txt"
    changed.write_text(article(0).replace("Report 0.", "Report 9."), encoding="utf-8")  # same size
    assert run_cleaner(corpus, "--out", out, "--quiet").returncode == 0

    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    assert (report["run"]["inputs_cleaned"], report["run"]["inputs_skipped"]) == (1, 5)
    assert "Report 9." in (out / "a" / "0.txt").read_text(encoding="utf-8")
    assert (out / "a" / "1.txt").stat().st_mtime_ns == untouched
    assert manifest(out)["a/0.txt"]["sha256"] == hashlib.sha256(changed.read_bytes()).hexdigest()


# ---------------------------------------------------------------- formats and keys


SITE_RULES = """site = "example"
domains = ["example.org"]

[[rule]]
id = "example.opponents"
kind = "phrase"
pattern = "Opponents argued"
action = "drop-line"
why = "a line this test's site file removes"
"""


def test_gzip_jsonl_and_a_rules_directory_through_every_worker(tmp_path: Path):
    corpus = tmp_path / "in"
    corpus.mkdir()
    with gzip.open(corpus / "page.txt.gz", "wt", encoding="utf-8") as handle:
        handle.write(article(1))
    records = [{"id": n, "body": article(n), "link": f"https://example.org/{n}", "tags": ["a", {"b": n}]}
               for n in range(600)]  # three chunks, so both workers get some
    with gzip.open(corpus / "dump.jsonl.gz", "wt", encoding="utf-8") as handle:
        handle.writelines(json.dumps(r) + "\n" for r in records)
    (tmp_path / "rules" / "sites").mkdir(parents=True)
    (tmp_path / "rules" / "sites" / "example.toml").write_text(SITE_RULES, encoding="utf-8")
    out = tmp_path / "out"
    done = run_cleaner(corpus, "--out", out, "--text-field", "body", "--url-field", "link", "--explain",
                       "--rules", tmp_path / "rules", "--jobs", 2)
    assert done.returncode == 0, done.stderr

    with gzip.open(out / "page.txt.gz", "rt", encoding="utf-8") as handle:
        assert handle.read().startswith(ARTICLE[0])
    removals = read_jsonl(out / "page.explain.jsonl")
    assert {"first_line", "last_line", "rule_id", "reason", "text"} <= set(removals[0])

    cleaned = read_jsonl(out / "dump.jsonl.gz")
    for original, record in zip(records, cleaned, strict=True):
        assert {k: record[k] for k in original} == original
        assert record["cleaned_text"].startswith(ARTICLE[0]) and ARTICLE[2] not in record["cleaned_text"]
        assert record["cleaner_removals"]["example.opponents"] == 1  # the site file's rule
        assert record["cleaner_encoding"] == "utf-8"
        assert isinstance(record["cleaner_metadata"], dict) and isinstance(record["cleaner_flags"], dict)
        assert "example.opponents" in {r["rule_id"] for r in record["cleaner_explain"]}
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    # The site is the one the engine names (the site file's), else the URL host.
    [site] = [site for site in report["removals_per_site"] if site != "(unknown)"]
    assert site in ("example", "example.org")
    assert report["removals_per_site"][site]["example.opponents"] == 600


def test_a_file_of_unknown_kind_is_reported_unless_format_says_how_to_read_it(tmp_path: Path):
    scrape = tmp_path / "scrape.dat"
    scrape.write_text(article(5), encoding="utf-8")
    guessed = run_cleaner(scrape, "--out", tmp_path / "auto", "--quiet")
    assert guessed.returncode == 1 and guessed.stderr == ""  # --quiet: no summary either
    [error] = read_jsonl(tmp_path / "auto" / "errors.jsonl")
    assert error["path"] == str(scrape) and "--format" in error["reason"]

    forced = run_cleaner(scrape, "--out", tmp_path / "forced", "--format", "txt", "--quiet")
    assert forced.returncode == 0, forced.stderr
    assert (tmp_path / "forced" / "scrape.dat.txt").read_text(encoding="utf-8").startswith(ARTICLE[0])


def test_files_of_unsupported_kinds_in_a_folder_are_listed_as_skipped_not_failed(tmp_path: Path):
    corpus = tmp_path / "in"
    (corpus / "media").mkdir(parents=True)
    (corpus / "a.txt").write_text(article(1), encoding="utf-8")
    (corpus / "media" / "photo.png").write_bytes(PNG_HEADER + os.urandom(100))
    (corpus / "media" / "paper.pdf").write_bytes(b"%PDF-1.4\n" + os.urandom(100))
    (corpus / "records.json").write_text(json.dumps([{"text": article(2)}]), encoding="utf-8")
    out = tmp_path / "out"
    done = run_cleaner(corpus, "--out", out)
    assert done.returncode == 0, done.stderr  # skipping is not failing

    skipped = sorted(str(corpus / name) for name in ("media/photo.png", "media/paper.pdf", "records.json"))
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    assert report["skipped_files"] == skipped
    assert report["documents"]["failed"] == 0 and report["inputs"] == 1
    errors = read_jsonl(out / "errors.jsonl")
    assert [e["path"] for e in errors] == skipped
    assert all(e["skipped"] is True and e["reason"].startswith("skipped, not failed") for e in errors)
    assert "skipped 3 files of no supported kind (.json, .pdf, .png)" in done.stderr


# ---------------------------------------------------------------- usage and terminal


@pytest.mark.parametrize("arguments", [
    ["missing-folder", "--out", "out"],
    ["in", "--out", "out", "--jobs", "0"],
    ["in"],
    ["in", "--out", "out", "--format", "pdf"],
    ["in/a.txt", "in/a.html", "--out", "out"],  # both would write out/a.txt
    ["in", "--out", "out", "--rules", "no-such-rules"],
])
def test_usage_errors_exit_2_and_write_nothing(tmp_path: Path, arguments: list[str]):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(article(1), encoding="utf-8")
    (tmp_path / "in" / "a.html").write_text(f"<p>{ARTICLE[0]}</p>", encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "cleaner.cli", "run", *arguments], cwd=tmp_path,
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 2
    assert done.stderr.strip()
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize("inputs, out, says", [
    (["in"], "in", "is the input in"),
    (["in"], "in/cleaned", "is inside the input in"),
    ([".", "--format", "txt"], "cleaned", "is inside the input ."),
    (["in/cleaned/old.txt"], "in/cleaned", "holds the input in/cleaned/old.txt"),
])
def test_an_output_folder_inside_the_input_is_a_usage_error_that_says_so(
        tmp_path: Path, inputs: list[str], out: str, says: str):
    (tmp_path / "in" / "cleaned").mkdir(parents=True)
    (tmp_path / "in" / "a.txt").write_text(article(1), encoding="utf-8")
    (tmp_path / "in" / "cleaned" / "old.txt").write_text(article(2), encoding="utf-8")
    before = tree_hashes(tmp_path)
    done = subprocess.run([sys.executable, "-m", "cleaner.cli", "run", *inputs, "--out", out], cwd=tmp_path,
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 2
    assert says in done.stderr and "the output would be read as input" in done.stderr
    assert tree_hashes(tmp_path) == before


def test_progress_bar_on_a_terminal(tmp_path: Path):
    corpus = tmp_path / "in"
    corpus.mkdir()
    for n in range(5):
        (corpus / f"{n}.txt").write_text(article(n), encoding="utf-8")
    status, text = run_on_terminal([sys.executable, "-m", "cleaner.cli", "run", str(corpus),
                                    "--jobs", "1", "--out", str(tmp_path / "tty")])
    assert status == 0
    assert "100%" in text and "B/s" in text and "5 docs" in text and "0 errors" in text


# One frame of the bar: percent, bytes done/total, then the documents so far.
FRAME = re.compile(r"(\d+)%\|[^|]*\| *([\d.]+k?)/([\d.]+k?) \[[^\]]*?(\d+) docs, ")


def test_progress_is_measured_in_bytes_so_percent_follows_a_jsonl_file_as_it_is_read(tmp_path: Path):
    corpus = tmp_path / "in"
    corpus.mkdir()
    records = 5 * JSONL_CHUNK_RECORDS
    (corpus / "dump.jsonl").write_text("".join(json.dumps({"id": n, "text": article(n)}) + "\n"
                                               for n in range(records)), encoding="utf-8")
    # Every update drawn (tqdm reads its defaults from TQDM_* variables): otherwise a bar
    # redrawn at most every 0.1 s skips chunks that are cleaned faster than that.
    status, text = run_on_terminal([sys.executable, "-m", "cleaner.cli", "run", str(corpus),
                                    "--jobs", "1", "--out", str(tmp_path / "tty")],
                                   env={**os.environ, "TQDM_MININTERVAL": "0", "TQDM_MINITERS": "1"})
    assert status == 0
    frames = [(int(percent), total, int(docs)) for percent, _, total, docs in FRAME.findall(text)]
    assert len({total for _, total, _ in frames}) == 1  # known from the start, never grows
    assert len({docs for _, _, docs in frames}) >= 4  # the bar moved chunk by chunk
    for percent, _, docs in frames:  # the records are all alike: bytes and records keep pace
        assert abs(percent - 100 * docs / records) <= 3
    assert frames[-1][0] == 100 and frames[-1][2] == records


# ---------------------------------------------------------------- HTML


PAGE = """<html><head><meta charset="{charset}"><title>Budget approved</title></head><body>
<nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>
<article><h1>Council approves the budget</h1>{paragraphs}</article>
<footer>Copyright 2026 Example News. All rights reserved.</footer>
</body></html>"""


def html_page(charset: str = "utf-8", sentences: list[str] = ARTICLE) -> str:
    return PAGE.format(charset=charset, paragraphs="".join(f"<p>{s}</p>" for s in sentences * 2))


def test_html_files_and_html_records_go_through_the_html_path(tmp_path: Path):
    pytest.importorskip("cleaner.html")
    corpus = tmp_path / "in"
    corpus.mkdir()
    (corpus / "page.html").write_text(html_page(), encoding="utf-8")
    russian = ["Городской совет утвердил новый бюджет во вторник после долгих споров о школах.",
               "За проголосовали семь депутатов, против двое, и мэр сказал, что план начнёт действовать в мае."]
    (corpus / "legacy.htm").write_bytes(html_page("windows-1251", russian).encode("cp1251"))
    record = {"id": 7, "url": "https://example.com/budget", "html": html_page()}
    (corpus / "pages.jsonl").write_text(json.dumps(record) + "\n", encoding="utf-8")
    out = tmp_path / "out"
    done = run_cleaner(corpus, "--out", out)
    assert done.returncode == 0, done.stderr

    page = (out / "page.txt").read_text(encoding="utf-8")
    assert ARTICLE[1] in page and "Sport" not in page
    assert russian[0] in (out / "legacy.txt").read_text(encoding="utf-8")
    assert manifest(out)["legacy.txt"]["encoding"] == "cp1251"
    [cleaned] = read_jsonl(out / "pages.jsonl")
    assert cleaned["html"] == record["html"] and ARTICLE[1] in cleaned["cleaned_text"]
