"""Write batch outputs so that a killed run never leaves a half-written file under a final
name, and keep the manifest, the journal of finished work that lets a rerun resume.

Every file goes to a temporary file in its own folder first and is renamed into place with
os.replace, which is atomic on one file system. No fsync: the guarantee is against a killed
process (SIGKILL, Ctrl-C, OOM), not against a power cut.
"""

from __future__ import annotations

import contextlib
import gzip
import io
import json
import os
import shutil
import tempfile
from pathlib import Path
from typing import Iterator

TEMP_SUFFIX = ".cleaner-tmp"
EXPLAIN_SUFFIX = ".explain.jsonl"


def explain_name(output: str) -> str:
    """The name of the removals sidecar `cleaner run --explain` writes beside an output."""
    return output.removesuffix(".gz").removesuffix(".txt") + EXPLAIN_SUFFIX


def _current_umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


# mkstemp creates files readable by their owner only; outputs get the usual permissions.
_FILE_MODE = 0o666 & ~_current_umask()


def atomic_write(path: Path, data: bytes) -> None:
    with _atomic(path) as handle:
        handle.write(data)


def atomic_write_text(path: str | Path, text: str) -> None:
    """atomic_write for UTF-8 text."""
    atomic_write(Path(path), text.encode("utf-8"))


def atomic_concat(parts: list[Path], path: Path) -> None:
    """Write the parts, in order, one after the other into path (streamed, never all in memory)."""
    with _atomic(path) as handle:
        for part in parts:
            with open(part, "rb") as source:
                shutil.copyfileobj(source, handle, 1 << 20)


@contextlib.contextmanager
def atomic_stream(path: Path, compressed: bool):
    """A binary handle whose bytes appear under path only once the block ends without error:
    for outputs written as they are produced, so that none is ever held whole in memory.
    With compressed, the bytes are gzipped as gzip_bytes does."""
    with _atomic(path) as handle:
        if not compressed:
            yield handle
            return
        with _gzip(handle) as zipped:
            yield zipped


@contextlib.contextmanager
def _atomic(path: Path):
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, temp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=TEMP_SUFFIX, dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            yield handle
        os.chmod(temp, _FILE_MODE)
        os.replace(temp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise


def sweep_temp_files(root: Path) -> int:
    """Delete the temporary files a killed run left under root; return how many."""
    count = 0
    for directory, _, files in os.walk(root):
        for name in files:
            if name.endswith(TEMP_SUFFIX):
                os.unlink(os.path.join(directory, name))
                count += 1
    return count


def gzip_bytes(data: bytes) -> bytes:
    """Gzip with a fixed header (no time stamp, no name): equal input, equal bytes. Members
    written this way concatenate into one valid gzip file."""
    buffer = io.BytesIO()
    with _gzip(buffer) as zipped:
        zipped.write(data)
    return buffer.getvalue()


def _gzip(handle) -> gzip.GzipFile:
    return gzip.GzipFile(filename="", mode="wb", fileobj=handle, mtime=0)


def json_text(value, indent: int | None = None) -> str:
    """JSON that can always be written as UTF-8. A lone surrogate (a file name's
    non-UTF-8 byte held by surrogateescape, or a "\\ud800" escape read from a JSONL record)
    cannot be encoded; it is written as JSON's own escape of it, so that json.loads gives
    back the same string and os.fsencode the same file name."""
    text = json.dumps(value, ensure_ascii=False, indent=indent)
    if text.isascii():
        return text
    return text.encode("utf-8", "backslashreplace").decode("utf-8")


def json_line(value) -> str:
    return json_text(value) + "\n"


def write_json(path: Path, value) -> None:
    atomic_write(path, (json_text(value, indent=2) + "\n").encode("utf-8"))


def write_json_lines(path: Path, values) -> None:
    atomic_write(path, "".join(json_line(v) for v in values).encode("utf-8"))


class Manifest:
    """manifest.jsonl: one line per finished input, keyed by its output path.

    A line is appended (and flushed) only after the output it describes was renamed into
    place, so after a SIGKILL every line is true; a torn last line is dropped on open.
    While a JSONL input is in progress, each finished chunk gets a line of its own ("chunk"
    key) so that a rerun resumes that file chunk by chunk. At the end of a run the manifest
    is rewritten with file lines only, sorted: its bytes do not depend on the order in which
    workers finished, so an interrupted-then-resumed run ends byte-identical to a clean one.
    """

    def __init__(self, path: Path):
        self.path = path
        # Each finished input's line as written, parsed only when asked for: a parsed entry
        # takes kilobytes, which a run over 100,000 inputs would hold all at once.
        self._files: dict[str, str] = {}
        self.chunks: dict[tuple[str, int], dict] = {}
        for entry, line in _read_entries(path):
            self._remember(entry, line)
        self._rewrite()
        self._journal = open(path, "a", encoding="utf-8")

    def entry(self, output: str) -> dict | None:
        """The finished input's entry, or None when the manifest has none for output."""
        line = self._files.get(output)
        return json.loads(line) if line is not None else None

    def entries(self, outputs) -> Iterator[dict]:
        """The entries of these outputs, parsed one at a time."""
        return (json.loads(self._files[output]) for output in outputs)

    def add(self, entry: dict) -> None:
        line = json_text(entry)
        self._remember(entry, line)
        self._journal.write(line + "\n")
        self._journal.flush()

    def _remember(self, entry: dict, line: str) -> None:
        if "chunk" in entry:
            self.chunks[(entry["output"], entry["chunk"])] = entry
            return
        # A finished file supersedes the chunk lines journalled on the way.
        self._files[entry["output"]] = line
        for key in [k for k in self.chunks if k[0] == entry["output"]]:
            del self.chunks[key]

    def finish(self) -> None:
        """Rewrite sorted; chunk lines remain only for JSONL inputs that are still unfinished,
        and lines of inputs that no longer exist are dropped."""
        self._journal.close()
        for output in [k for k in self._files if not os.path.lexists(self.entry(k)["path"])]:
            del self._files[output]
        self._rewrite()

    def close(self) -> None:
        self._journal.close()

    def _rewrite(self) -> None:
        with atomic_stream(self.path, False) as handle:
            for output in sorted(self._files):
                handle.write((self._files[output] + "\n").encode("utf-8"))
            for entry in self.chunks.values():
                handle.write(json_line(entry).encode("utf-8"))


def _read_entries(path: Path) -> Iterator[tuple[dict, str]]:
    """(entry, its line) of every whole line of the manifest, streamed."""
    if not path.exists():
        return
    with open(path, encoding="utf-8", errors="replace") as handle:
        for line in handle:
            try:
                entry = json.loads(line)
            except json.JSONDecodeError:
                continue  # the torn last line of a killed run
            if isinstance(entry, dict) and "output" in entry:
                yield entry, line.rstrip("\n")
