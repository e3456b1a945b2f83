"""Acceptance run for issue 15: one `cleaner run` over a folder of hostile inputs and 1,000
normal documents.

    python bench/hostile_run.py [--work DIR] [--jobs 2] [--keep]

Builds the folder (about 2 MB of normal documents and a few MB of hostile files that inflate
to gigabytes), runs the real command, then checks and prints:
  - the 1,000 normal documents (the bundled corpus's raw files with a numbered last line, as
    .txt files and as JSONL records) come out exactly as clean() gives them;
  - every hostile input is in errors.jsonl with the expected reason, or cleaned and flagged
    with the expected flag when it can be read soundly;
  - the peak memory of the whole process tree (summed RSS, an overstatement: pages shared by
    the forked workers count once per process; and PSS) stays under 1 GB.
Exit status 0 when every check holds.
"""

from __future__ import annotations

import argparse
import gzip
import io
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_text import TreeRss  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
RAW = ROOT / "corpus" / "raw"
NORMAL_DOCUMENTS = 1000
MEMORY_LIMIT = 1 << 30
# Low enough for the slow document below (4 s of CPU with the RE2 matcher), high enough for
# the page with a 10 MB text node (1 s); a normal document takes milliseconds.
MAX_DOC_SECONDS = "2"
STORY = "".join(f"<p>The council approved the harbour plan on Tuesday after debate number {n} about "
                "the height of the towers on the old quay.</p>" for n in range(12))
GERMAN = ("Die Größe des neuen Stadtparks wird verdoppelt, beschloss der Gemeinderat am Dienstag. "
          "Für die Anwohner ändert sich zunächst wenig, sagte die Bürgermeisterin.\n")


def main() -> int:
    args = _parse_args()
    work = Path(args.work or tempfile.mkdtemp(prefix="cleaner-hostile-"))
    source, out = work / "in", work / "out"
    shutil.rmtree(work, ignore_errors=True)
    source.mkdir(parents=True)
    started = time.perf_counter()
    normal = build_normal(source)
    expected = build_hostile(source)
    built = time.perf_counter() - started
    stored = sum(p.stat().st_size for p in source.rglob("*") if p.is_file() and not p.is_symlink())
    print(f"built {len(normal)} normal documents and {len(expected)} hostile inputs "
          f"({stored / 1e6:.1f} MB stored) in {built:.1f} s under {source}")

    run = cleaner_run(source, out, args.jobs)
    print(f"cleaner run: exit {run['status']}, {run['wall']:.1f} s wall; peak memory of the "
          f"process tree: RSS {run['rss'] / 1e6:.0f} MB (summed), PSS {run['pss'] / 1e6:.0f} MB")
    failures = check_normal(normal, out) + check_hostile(expected, out)
    if run["rss"] >= MEMORY_LIMIT and run["pss"] >= MEMORY_LIMIT:
        failures.append(f"peak memory {run['pss'] / 1e6:.0f} MB PSS is over 1 GB")
    if run["status"] != 1:
        failures.append(f"exit status {run['status']}, expected 1 (some documents failed)")
    for failure in failures:
        print(f"FAIL {failure}")
    print("all checks hold" if not failures else f"{len(failures)} checks failed")
    if not args.keep:
        shutil.rmtree(work)
    return 1 if failures else 0


# ---------------------------------------------------------------- the folder


def build_normal(source: Path) -> dict[str, tuple[str, str | None]]:
    """NORMAL_DOCUMENTS documents: half .txt files, half JSONL records; {where: (text, url)}."""
    pages = sorted(p.read_text(encoding="utf-8") for p in RAW.rglob("*.txt"))
    documents = {}
    folder = source / "normal"
    folder.mkdir()
    records = []
    for n in range(NORMAL_DOCUMENTS):
        text = f"{pages[n % len(pages)].rstrip()}\nDocument {n}.\n"
        if n % 2:
            url = f"https://www.example{n % 7}.com/news/{n}"
            records.append({"id": n, "text": text, "url": url})
            documents[f"normal/records.jsonl:{len(records)}"] = (text, url)
        else:
            (folder / f"doc{n:04d}.txt").write_text(text, encoding="utf-8")
            documents[f"normal/doc{n:04d}.txt"] = (text, None)
    (folder / "records.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records),
                                          encoding="utf-8")
    return documents


def build_hostile(source: Path) -> dict[str, tuple[str, str]]:
    """Write the hostile inputs; {output or path below source: ("error" | "flag", reason or flag)}."""
    folder = source / "hostile"
    folder.mkdir()
    expected = {}

    with gzip.open(folder / "huge-line.jsonl.gz", "wb", compresslevel=1) as handle:
        handle.write(b'{"text": "')
        block = b"word " * (1 << 18)
        for _ in range((1 << 30) // len(block)):  # 1 GB of one line
            handle.write(block)
        handle.write(b'"}\n' + json.dumps({"text": GERMAN}).encode() + b"\n")
    expected["hostile/huge-line.jsonl.gz:1"] = ("error", "over --max-doc-bytes: the line is")

    with gzip.open(folder / "bomb.txt.gz", "wb", compresslevel=1) as handle:
        block = b" " * (1 << 20)
        for _ in range(1024):  # 1 GB
            handle.write(block)
    expected["hostile/bomb.txt.gz"] = ("error", "over --max-doc-bytes: it inflates to")

    (folder / "newlines.txt").write_text("a\n" * 300_000)
    expected["hostile/newlines.txt"] = ("error", "over --max-doc-lines")

    # 33 MB in 199,000 lines of prose, under the caps on bytes and lines: only time stops it.
    slow = "\n".join(f"{GERMAN.strip()} {n}" for n in range(199_000))
    (folder / "slow.txt").write_text(slow)
    expected["hostile/slow.txt"] = ("error", "over --max-doc-seconds")

    with gzip.open(folder / "blank-lines.jsonl.gz", "wb") as handle:
        handle.write(b"\n" * 10_000_000)
    expected["hostile/blank-lines.jsonl.gz"] = ("output", "one gzip member at most")

    records = [
        json.dumps({"text": GERMAN + "eine \ud800 Zeile\n"}).encode("ascii"),
        json.dumps({"text": GERMAN}, ensure_ascii=False).encode("latin-1"),
        b'{"text": "unterminated',
    ]
    (folder / "records.jsonl").write_bytes(b"\n".join(records) + b"\n")
    expected["hostile/records.jsonl:1"] = ("flag", "surrogates_replaced")
    expected["hostile/records.jsonl:2"] = ("output", "a Latin-1 record read as cp1252")
    expected["hostile/records.jsonl:3"] = ("error", "malformed JSON")

    name = os.fsdecode(b"caf\xe9-latin1-name.txt")
    (folder / name).write_text(GERMAN)
    expected[f"hostile/{name}"] = ("output", "mirrored name")

    (folder / "stray-bytes.txt").write_bytes(GERMAN.encode() * 5 + b"caf\xe9 \xe0 la carte\n")
    expected["hostile/stray-bytes.txt"] = ("flag", "decode_repaired")

    (folder / "utf16-no-bom.txt").write_bytes((GERMAN * 5).encode("utf-16-le"))
    expected["hostile/utf16-no-bom.txt"] = ("output", "utf-16-le")

    attributes = " ".join(f"a{n}=1" for n in range(1_000_000))
    (folder / "attributes.html").write_text(_page(f"<div {attributes}>", 1))
    expected["hostile/attributes.html"] = ("flag", "html_limits")
    (folder / "deep.html").write_text(_page("<div>", 5000))
    expected["hostile/deep.html"] = ("flag", "html_limits")
    (folder / "huge-text-node.html").write_text(_page("<div>", 1, "<p>" + "word " * 2_100_000 + "</p>"))
    expected["hostile/huge-text-node.html"] = ("flag", "html_limits")

    (folder / "binary.txt").write_bytes(bytes(range(256)) * 64)
    expected["hostile/binary.txt"] = ("error", "binary data")
    (folder / "truncated.txt.gz").write_bytes(gzip.compress(GERMAN.encode() * 100)[:60])
    expected["hostile/truncated.txt.gz"] = ("error", "not a readable gzip file")

    _write_warc(folder / "crawl.warc")
    expected["hostile/crawl.warc:1"] = ("error", "not an http(s) URI")

    (folder / "loop").mkdir()
    (folder / "loop" / "up").symlink_to("..")  # a walk that followed it would never end
    return expected


def _page(opening: str, depth: int, extra: str = "") -> str:
    return ("<html><head><title>Harbour plan</title></head><body>" + opening * depth +
            f"<article><h1>Harbour plan</h1>{extra}{STORY}</article>" + "</div>" * depth + "</body></html>")


def _write_warc(path: Path) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with open(path, "wb") as handle:
        writer = WARCWriter(handle, gzip=False)
        for uri in ("ftp://example.com/a.html", "https://example.com/a.html"):
            http = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(
                uri, "response", payload=io.BytesIO(_page("<div>", 1).encode()), http_headers=http))


# ---------------------------------------------------------------- the run and the checks


def cleaner_run(source: Path, out: Path, jobs: int) -> dict:
    command = [sys.executable, "-m", "cleaner.cli", "run", str(source), "--out", str(out),
               "--jobs", str(jobs), "--quiet", "--max-doc-seconds", MAX_DOC_SECONDS]
    started = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    sampler = TreeRss(process.pid)
    sampler.start()
    _, stderr = process.communicate()
    sampler.stop()
    if stderr.strip():
        print(stderr.decode(errors="replace").strip())
    return {"status": process.returncode, "wall": time.perf_counter() - started,
            "rss": sampler.peak_rss, "pss": sampler.peak_pss}


def check_normal(documents: dict[str, tuple[str, str | None]], out: Path) -> list[str]:
    from cleaner import clean

    records = [json.loads(line) for line in (out / "normal" / "records.jsonl").open(encoding="utf-8")]
    failures, same = [], 0
    for where, (text, url) in documents.items():
        wanted = clean(text, url).text
        if ":" in where:
            got = records[int(where.rsplit(":", 1)[1]) - 1].get("cleaned_text")
        else:
            written = (out / where).read_text(encoding="utf-8")
            got = written[:-1] if written.endswith("\n") else written
        if got == wanted:
            same += 1
        else:
            failures.append(f"{where}: cleaned differently from clean()")
    print(f"normal documents cleaned exactly as clean() does: {same} of {len(documents)}")
    return failures


def check_hostile(expected: dict[str, tuple[str, str]], out: Path) -> list[str]:
    errors = [json.loads(line) for line in (out / "errors.jsonl").open(encoding="utf-8")]
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    flagged = {_where(d["path"], d["record"], out): d["flags"] for d in report["flagged_documents"]}
    failed = {_where(e["path"], e["record"], out): e["reason"] for e in errors}
    failures = []
    for where, (kind, wanted) in expected.items():
        if kind == "error":
            reason = failed.get(where, "")
            ok = wanted in reason
            shown = reason[:100]
        elif kind == "flag":
            ok = wanted in flagged.get(where, {})
            shown = flagged.get(where, {}).get(wanted, "not flagged")[:100]
        else:
            ok, shown = _output_check(where, out)
        print(f"  {'ok  ' if ok else 'FAIL'} {kind:6} {where[:50]:50} {shown}")
        if not ok:
            failures.append(f"{where}: expected {kind} {wanted!r}, got {shown!r}")
    unexpected = sorted(set(failed) - set(expected))
    failures += [f"{where}: unexpected error {failed[where]!r}" for where in unexpected]
    return failures


def _where(path: str, record: int | None, out: Path) -> str:
    rel = path.split("/in/", 1)[1]
    return f"{rel}:{record}" if record else rel


def _output_check(where: str, out: Path) -> tuple[bool, str]:
    if where.endswith("blank-lines.jsonl.gz"):
        members = (out / where).read_bytes().count(b"\x1f\x8b\x08")
        return members <= 1, f"{members} gzip member(s), {(out / where).stat().st_size} bytes"
    if where.startswith("hostile/records.jsonl:"):
        lines = (out / "hostile" / "records.jsonl").read_text(encoding="utf-8").splitlines()
        record = next(json.loads(line) for line in lines if json.loads(line).get("text") == GERMAN)
        encoding = record.get("cleaner_encoding")
        return encoding == "cp1252" and record.get("cleaned_text"), f"read as {encoding}"
    if where.endswith("utf16-no-bom.txt"):
        entry = next(json.loads(line) for line in (out / "manifest.jsonl").open(encoding="utf-8")
                     if json.loads(line)["output"] == where)
        return entry.get("encoding") == "utf-16-le", f"read as {entry.get('encoding')}"
    exists = os.path.exists(os.fsencode(out / where))
    return exists, "written under its own (non-UTF-8) name" if exists else "no output"


def _parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--work", help="folder to build in (default: a new temporary folder)")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--keep", action="store_true", help="keep the folder afterwards")
    return parser.parse_args()


if __name__ == "__main__":
    sys.exit(main())
