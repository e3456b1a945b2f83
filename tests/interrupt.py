"""Kill a `cleaner run` with SIGKILL part way, as a crash or the OOM killer would."""

from __future__ import annotations

import fcntl
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path


def sigkill_after_chunks(out: Path, *args, chunks: int = 3, timeout: float = 120) -> int:
    """Start `cleaner run ARGS --out OUT --quiet`, kill it once the manifest journals `chunks`
    finished chunks (JSONL chunks or Parquet row groups), wait until its workers are gone
    too; return how many chunks it had journalled."""
    command = [sys.executable, "-m", "cleaner.cli", "run", *map(str, args), "--out", str(out), "--quiet"]
    process = subprocess.Popen(command, stderr=subprocess.PIPE)
    journal = out / "manifest.jsonl"
    deadline = time.monotonic() + timeout
    while process.poll() is None and time.monotonic() < deadline:
        if journal.exists() and journal.read_bytes().count(b'"chunk"') >= chunks:
            break
        time.sleep(0.005)
    assert process.poll() is None, "the run ended before it could be interrupted"
    process.send_signal(signal.SIGKILL)
    process.wait()
    wait_until_unlocked(out)
    entries = [json.loads(line) for line in journal.read_bytes().split(b"\n")[:-1]]
    return sum("chunk" in entry for entry in entries)


def wait_until_unlocked(out: Path) -> None:
    """The killed run's workers hold its lock on the folder until the kernel has ended them too."""
    folder = os.open(out, os.O_RDONLY)
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                fcntl.flock(folder, fcntl.LOCK_EX | fcntl.LOCK_NB)
                return
            except BlockingIOError:
                assert time.monotonic() < deadline, "the killed run's workers never ended"
                time.sleep(0.05)
    finally:
        os.close(folder)
