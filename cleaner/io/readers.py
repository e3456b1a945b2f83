"""Find batch inputs, read them (gzipped or not) and decode them to text, saying which encoding.

Nothing here writes: inputs are opened read-only and never touched otherwise.
"""

from __future__ import annotations

import codecs
import glob
import gzip
import hashlib
import io
import json
import os
import re
import stat
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

# The dispatch point by extension. A new input kind is one entry here plus
# a reader for that kind in cleaner.batch's worker.
KIND_BY_EXTENSION = {".txt": "txt", ".html": "html", ".htm": "html", ".jsonl": "jsonl",
                     ".warc": "warc", ".wet": "warc", ".parquet": "parquet"}
FORMATS = ("auto", "txt", "html", "jsonl", "warc", "parquet")
UNKNOWN = "unknown"
SUPPORTED = ", ".join(KIND_BY_EXTENSION) + " (gzipped or not)"  # for messages
UNKNOWN_KIND = f"not a file of a kind read here ({SUPPORTED}); pass --format to say how to read it"
GZIP_SUFFIX = ".gz"

# Above this share of control characters a "text" is really binary data (a NUL line or two
# in a real scrape stays far below it).
BINARY_CONTROL_SHARE = 0.05
_BINARY_PROBE_CHARS = 65_536
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")

# UTF-32 before UTF-16: the UTF-32-LE BOM starts with the UTF-16-LE one.
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# json.loads joins a surrogate pair into one character: a surrogate left in a str is lone.
_SURROGATE = re.compile("[\ud800-\udfff]")
SURROGATES_REPLACED = "surrogates_replaced"
_META_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)


class InputError(ValueError):
    """An INPUT argument that names nothing usable: a usage error, the batch does not start."""


class DocumentError(ValueError):
    """One document that cannot be cleaned; the message is the reason shown in errors.jsonl."""


@dataclass(frozen=True)
class Source:
    """One input file found under an INPUT argument."""

    path: Path  # absolute
    rel: str  # POSIX path below its input root; the output tree mirrors it
    kind: str  # txt | html | jsonl | warc | unknown
    compressed: bool
    size: int

    @property
    def folder(self) -> str:
        """The first folder under the input root ("" for a file at the root)."""
        head, _, rest = self.rel.partition("/")
        return head if rest else ""


def kind_of(name: str, fmt: str = "auto") -> tuple[str, bool]:
    """(kind, gzipped) of a file name; --format other than auto forces the kind."""
    lowered = name.lower()
    compressed = lowered.endswith(GZIP_SUFFIX)
    if compressed:
        lowered = lowered[: -len(GZIP_SUFFIX)]
    if fmt != "auto":
        return fmt, compressed
    return KIND_BY_EXTENSION.get(os.path.splitext(lowered)[1], UNKNOWN), compressed


def discover(inputs: list[str], fmt: str = "auto", out: Path | None = None,
             unsupported: list[Path] | None = None) -> list[Source]:
    """Every input file under the INPUT arguments (directories recursively, files, globs).

    Inside directories only regular files of a known kind are taken (of any kind with
    --format); a file named explicitly is always taken, so an unknown kind is reported, not
    ignored; the files of unknown kind found in folders are appended to `unsupported`, if
    given. Hidden files and folders are skipped. An input folder that holds the output
    folder `out` (or is it), or an input file inside `out`, is an InputError: the run's
    outputs would be read as its inputs.
    """
    found: dict[Path, Source] = {}
    for argument in inputs:
        for path, root, explicit in _expand(argument):
            if out is not None:
                _refuse_output_inside_input(argument, path if explicit else root, out)
            kind, compressed = kind_of(path.name, fmt)
            if kind == UNKNOWN and not explicit:
                if unsupported is not None and path not in unsupported:
                    unsupported.append(path)
                continue
            try:
                status = path.stat()
            except OSError:  # a dangling link
                continue
            if stat.S_ISREG(status.st_mode):
                rel = path.relative_to(root).as_posix()
                found.setdefault(path, Source(path, rel, kind, compressed, status.st_size))
    return sorted(found.values(), key=lambda s: (s.rel, str(s.path)))


def absolute(path: str | Path) -> Path:
    """The path made absolute without resolving links, so that a file linked in from
    elsewhere still lies below the folder it was found in."""
    return Path(os.path.abspath(path))


def _expand(argument: str) -> Iterator[tuple[Path, Path, bool]]:
    """(file, input root, named explicitly) for one INPUT argument."""
    if glob.has_magic(argument):
        matches = sorted(glob.glob(argument, recursive=True))
        if not matches:
            raise InputError(f"{argument}: the pattern matches no file")
        root = absolute(_literal_prefix(argument))
        for match in matches:
            path = absolute(match)
            if path.is_dir():
                yield from ((f, root, False) for f in _walk(path))
            elif path.is_file():
                yield path, root, True
        return
    path = absolute(argument)
    if path.is_dir():
        yield from ((f, path, False) for f in _walk(path))
    elif path.is_file():
        yield path, path.parent, True
    else:
        raise InputError(f"{argument}: no such file or directory" if not path.exists()
                         else f"{argument}: not a regular file or a directory")


def _refuse_output_inside_input(argument: str, taken: Path, out: Path) -> None:
    """taken: a file named by the argument, or the folder it walks."""
    if out.is_relative_to(taken) or taken.is_relative_to(out):
        where = "is" if out == taken else "is inside" if out.is_relative_to(taken) else "holds"
        raise InputError(f"--out {out} {where} the input {argument}: the output would be read as "
                         f"input; write it to a folder outside the input")


def _literal_prefix(pattern: str) -> str:
    """The folder part of a glob before its first wildcard: the root the output mirrors."""
    parts = Path(pattern).parts
    literal = []
    for part in parts[:-1]:
        if glob.has_magic(part):
            break
        literal.append(part)
    return os.path.join(*literal) if literal else "."


def _walk(folder: Path) -> Iterator[Path]:
    for directory, subdirs, files in os.walk(folder):
        subdirs[:] = sorted(d for d in subdirs if not d.startswith("."))
        for name in sorted(files):
            if not name.startswith("."):
                yield Path(directory, name)


# ---------------------------------------------------------------- whole files


def read_stored(source: Source) -> bytes:
    """The file's bytes as stored (still gzipped if it is)."""
    try:
        return source.path.read_bytes()
    except OSError as exc:
        raise DocumentError(f"unreadable: {exc.strerror or exc}") from None


def gunzip(data: bytes) -> bytes:
    try:
        return gzip.decompress(data)
    except (OSError, EOFError, zlib.error) as exc:
        raise DocumentError(f"not a readable gzip file: {exc}") from None


def decode(data: bytes, declared: str | None = None) -> tuple[str, str]:
    """(text, encoding): a BOM wins, then strict UTF-8, then the declared charset (HTML meta),
    then charset-normalizer's best guess. Binary data and empty input are DocumentErrors."""
    if not data or data.isspace():
        raise DocumentError("empty: no text at all" if not data else "empty: white space only")
    text, encoding = _decode(data, declared)
    probe = text[:_BINARY_PROBE_CHARS]
    controls = len(_CONTROL.findall(probe))
    if controls > BINARY_CONTROL_SHARE * len(probe):
        raise DocumentError(
            f"binary data, not text: {controls} of the first {len(probe)} characters are "
            f"control characters (read as {encoding})"
        )
    return text, encoding


def _decode(data: bytes, declared: str | None) -> tuple[str, str]:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding
            except UnicodeDecodeError as exc:
                raise DocumentError(f"undecodable: starts with a {encoding} BOM but {exc.reason} "
                                    f"at byte {exc.start}") from None
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    if declared:
        try:
            return data.decode(declared), codecs.lookup(declared).name
        except (LookupError, UnicodeDecodeError):
            pass
    import charset_normalizer  # slow to import, and most inputs are UTF-8

    best = charset_normalizer.from_bytes(data).best()
    if best is None:
        raise DocumentError("undecodable: no text encoding fits these bytes (binary data?)")
    return str(best), best.encoding


def declared_charset(html: bytes) -> str | None:
    """The charset an HTML page declares in a <meta> tag near its top, if any."""
    found = _META_CHARSET.search(html[:4096])
    return found.group(1).decode("ascii") if found else None


def sha256_of(path: Path) -> str:
    with open(path, "rb") as handle:
        return hashlib.file_digest(handle, "sha256").hexdigest()


# ---------------------------------------------------------------- JSONL, streamed


@dataclass(frozen=True)
class Chunk:
    """A run of consecutive JSONL lines: the unit of work and of resuming for JSONL inputs."""

    index: int
    first_record: int  # 1-based line number of lines[0]
    lines: list[bytes]
    digest: str  # sha256 of the chunk's raw lines: a rerun reuses the chunk's output if equal
    stored_bytes: int = 0  # bytes of the stored (maybe gzipped) file read since the chunk before


class JsonlStream:
    """Read a JSONL file (gzipped or not) as chunks without ever holding the whole file.

    After the chunks are exhausted, `sha256` is the hash of the file as stored, computed on
    the way, so resuming a large file never needs a second read.
    """

    def __init__(self, source: Source, max_records: int, max_bytes: int):
        self.source = source
        self.max_records = max_records
        self.max_bytes = max_bytes
        self.sha256: str | None = None
        self.records = 0

    def chunks(self) -> Iterator[Chunk]:
        try:
            with open(self.source.path, "rb") as handle:
                hashing = _HashingReader(handle)
                buffered = io.BufferedReader(hashing, buffer_size=1 << 20)
                lines = gzip.GzipFile(fileobj=buffered) if self.source.compressed else buffered
                yield from self._split(lines, hashing)
                hashing.drain()
                self.sha256 = hashing.hexdigest()
        except (OSError, EOFError, zlib.error) as exc:
            after = f"after record {self.records}" if self.records else "at the start"
            raise DocumentError(f"unreadable {after}: {exc}") from None

    def _split(self, lines, stored: "_HashingReader") -> Iterator[Chunk]:
        batch: list[bytes] = []
        size = 0
        index = 0
        consumed = 0  # bytes of the lines read so far
        reported = 0  # stored bytes counted in the chunks so far

        def cut() -> Chunk:
            # A plain file's position is exact; a gzipped one's is where the decompressor
            # has read the stored file to, which runs up to a buffer ahead.
            nonlocal reported
            position = stored.count if self.source.compressed else consumed
            read, reported = position - reported, position
            return _chunk(index, self.records - len(batch) + 1, batch, read)

        try:
            for line in lines:
                batch.append(line)
                size += len(line)
                consumed += len(line)
                self.records += 1
                if len(batch) >= self.max_records or size >= self.max_bytes:
                    yield cut()
                    batch, size, index = [], 0, index + 1
        except (OSError, EOFError, zlib.error):
            # Damage mid-file: the records read before it are still cleaned (the line the
            # damage cut short never comes out of the reader).
            if batch:
                yield cut()
            raise
        if batch:
            yield cut()


def _chunk(index: int, first_record: int, lines: list[bytes], stored_bytes: int) -> Chunk:
    digest = hashlib.sha256()
    for line in lines:
        digest.update(line)
    return Chunk(index, first_record, lines, digest.hexdigest(), stored_bytes)


class _HashingReader(io.RawIOBase):
    """A read-only file wrapper that hashes every byte read through it."""

    def __init__(self, handle):
        self._handle = handle
        self._digest = hashlib.sha256()
        self.count = 0  # bytes read through it

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        count = self._handle.readinto(buffer)
        self._digest.update(memoryview(buffer)[:count])
        self.count += count
        return count

    def drain(self) -> None:
        """Hash what the reader above left unread (gzip may stop before trailing bytes)."""
        while block := self._handle.read(1 << 20):
            self._digest.update(block)

    def hexdigest(self) -> str:
        return self._digest.hexdigest()


def repair_surrogates(text: str) -> tuple[str, int]:
    """(text, how many lone surrogates were replaced by U+FFFD). A JSONL string may hold an
    escaped lone surrogate ("\\ud800"), which is no character: no UTF-8 output can carry it."""
    if text.isascii():
        return text, 0
    return _SURROGATE.subn("\ufffd", text)


def parse_record(line: bytes) -> tuple[dict, str]:
    """(record, encoding) of one JSONL line."""
    text, encoding = decode(line)
    try:
        record = json.loads(text)
    except json.JSONDecodeError as exc:
        raise DocumentError(f"malformed JSON: {exc.msg} at column {exc.colno}") from None
    if not isinstance(record, dict):
        raise DocumentError(f"a record must be a JSON object, not {type(record).__name__}")
    return record, encoding
