"""Find batch inputs, read them (gzipped or not) and decode them to text, saying which encoding.

Inputs are opened read-only and never touched otherwise; the only writing done here is a
gzipped JSONL input's lines into the spill files the caller opens (see JsonlStream).
"""

from __future__ import annotations

import codecs
import dataclasses
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
_C0_BYTES = bytes(range(0x20))  # the bytes a UTF-16 probe counts as controls

# UTF-32 before UTF-16: the UTF-32-LE BOM starts with the UTF-16-LE one.
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
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
                if not path.is_relative_to(root):
                    raise InputError(f"{argument}: {path} lies outside {root}, the folder the pattern "
                                     "starts from, which the output mirrors: start the pattern above it")
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
        matches = _glob(argument)
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


def _glob(pattern: str) -> list[str]:
    """The pattern's matches, sorted. `**` is expanded by pathlib, which does not descend
    into linked folders: glob.glob follows them, and a link to a parent folder makes it
    return the same files without end (or hang). Hidden names match no wildcard, as in glob."""
    if "**" not in pattern:
        return sorted(glob.glob(pattern))
    prefix = _literal_prefix(pattern)
    rest = Path(pattern).parts[len(Path(prefix).parts) if prefix != "." else 0:]
    matches = []
    for path in Path(prefix).glob(os.path.join(*rest)):
        below = path.parts[len(Path(prefix).parts) if prefix != "." else 0:]
        if not any(part.startswith(".") and part not in (".", "..") for part in below):
            matches.append(str(path))
    return sorted(matches)


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


def gunzip(data: bytes, max_bytes: int = -1) -> bytes:
    """The data inflated, up to max_bytes + 1 bytes when max_bytes is given: enough to tell
    a bomb by, without inflating all of it."""
    try:
        with gzip.GzipFile(fileobj=io.BytesIO(data)) as inflating:
            return inflating.read(max_bytes + 1 if max_bytes >= 0 else -1)
    except (OSError, EOFError, zlib.error) as exc:
        raise DocumentError(f"not a readable gzip file: {exc}") from None


@dataclass(frozen=True)
class Decoding:
    """How a document's bytes were read, and how sure that is."""

    text: str
    encoding: str  # Python's codec name
    confidence: float  # 1.0 a BOM or strict UTF-8; else the share of the evidence behind it
    replaced: int = 0  # bytes that were not UTF-8 in a UTF-8 text, replaced by U+FFFD

    def flags(self) -> dict[str, str]:
        if not self.replaced:
            return {}
        return {DECODE_REPAIRED: f"UTF-8 with {self.replaced} invalid byte sequence(s) replaced "
                                 "by U+FFFD"}


DECODE_REPAIRED = "decode_repaired"

# The legacy encodings a web page can be in: those the WHATWG Encoding Standard (what
# browsers decode) lists, most used first (W3Techs), as Python names them. A guess outside
# these (cp775, mac_latin2, EBCDIC) is never a web page's encoding.
WEB_ENCODINGS = (
    "cp1252", "cp1251", "cp1250", "cp1256", "gb18030", "gbk", "shift_jis", "cp932", "euc_kr",
    "cp949", "big5", "euc_jp", "cp1253", "cp1254", "cp1255", "cp1257", "cp1258", "cp874",
    "iso8859_2", "iso8859_15", "koi8_r", "koi8_u", "iso8859_5", "iso8859_6", "iso8859_7",
    "iso8859_8", "iso8859_4", "iso8859_3", "iso8859_10", "iso8859_13", "iso8859_14",
    "iso8859_16", "mac_roman", "mac_cyrillic", "cp866", "iso2022_jp", "utf_16_le", "utf_16_be",
)
# Guesses this close in charset-normalizer's mess ratio are a tie the bytes cannot break.
_TIE = 0.01


def decode(data: bytes, declared: str | None = None) -> tuple[str, str]:
    """(text, encoding) of decode_document."""
    decoding = decode_document(data, declared)
    return decoding.text, decoding.encoding


def decode_document(data: bytes, declared: str | None = None) -> Decoding:
    """Decide a document's encoding from its bytes: a BOM wins, then UTF-16 without a BOM
    (one byte of each pair in a narrow range), then strict UTF-8, then UTF-8 with a few bad
    bytes (more valid multi-byte sequences than invalid ones: a legacy text almost never
    holds one), then the declared charset (HTML meta), then the web encoding
    charset-normalizer finds least messy. Binary data and empty input are DocumentErrors."""
    if not data or data.isspace():
        raise DocumentError("empty: no text at all" if not data else "empty: white space only")
    decoding = _decode(data, declared)
    if decoding.text.isspace() or not decoding.text.lstrip("\ufeff"):
        raise DocumentError(f"empty: white space only (read as {decoding.encoding})")
    probe = decoding.text[:_BINARY_PROBE_CHARS]
    controls = len(_CONTROL.findall(probe))
    if controls > BINARY_CONTROL_SHARE * len(probe):
        raise DocumentError(
            f"binary data, not text: {controls} of the first {len(probe)} characters are "
            f"control characters (read as {decoding.encoding})"
        )
    return decoding


def _decode(data: bytes, declared: str | None) -> Decoding:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return Decoding(data.decode(encoding), encoding, 1.0)
            except UnicodeDecodeError as exc:
                raise DocumentError(f"undecodable: starts with a {encoding} BOM but {exc.reason} "
                                    f"at byte {exc.start}") from None
    decoding = _utf16_without_bom(data) or _utf8(data)
    if decoding:
        return decoding
    if declared:
        try:
            return Decoding(data.decode(declared), codecs.lookup(declared).name, 0.9)
        except (LookupError, UnicodeDecodeError):
            pass
    return _guessed(data)


def _utf16_without_bom(data: bytes) -> Decoding | None:
    """UTF-16 text of one script has one byte of every pair in a narrow range (0 for Latin,
    4 for Cyrillic, 6 for Arabic...) and NUL for its spaces: control bytes no UTF-8 text is
    made of, while the other byte of the pair varies with the letters."""
    sample = data[:_BINARY_PROBE_CHARS]
    if len(data) % 2 or len(sample) < 16:
        return None
    def control_share(half: bytes) -> float:
        return (len(half) - len(half.translate(None, _C0_BYTES))) / len(half)

    for high, low, encoding in ((sample[1::2], sample[0::2], "utf-16-le"),
                                (sample[0::2], sample[1::2], "utf-16-be")):
        share = control_share(high)
        # The other byte carries the letters; spaces and line breaks put NULs in this one.
        if share >= 0.9 and control_share(low) < 0.5 and high.count(0) >= 0.05 * len(high):
            try:
                return Decoding(data.decode(encoding), encoding, round(share, 3))
            except UnicodeDecodeError:
                return None
    return None


def _utf8(data: bytes) -> Decoding | None:
    try:
        return Decoding(data.decode("utf-8"), "utf-8", 1.0)
    except UnicodeDecodeError:
        pass
    text = data.decode("utf-8", "replace")
    invalid = text.count("\ufffd") - data.count("\ufffd".encode())
    valid = len(text) - len(text.encode("ascii", "ignore")) - text.count("\ufffd")
    if valid < invalid or not valid:
        return None
    return Decoding(text, "utf-8", round(valid / (valid + invalid), 3), invalid)


def _guessed(data: bytes) -> Decoding:
    import charset_normalizer  # slow to import, and most inputs are UTF-8

    guesses = list(charset_normalizer.from_bytes(data))
    web = [m for m in guesses if _web_name(m.could_be_from_charset)]
    if not web:
        raise DocumentError("undecodable: no web page encoding fits these bytes (binary data?)")
    least = min(m.chaos for m in web)
    chosen = min((m for m in web if m.chaos <= least + _TIE),
                 key=lambda m: WEB_ENCODINGS.index(_web_name(m.could_be_from_charset)))
    # Guesses about as clean as the chosen one (web encodings or not) are readings the bytes
    # cannot tell apart: the confidence says how many there were.
    tied = sum(m.chaos <= chosen.chaos + _TIE for m in guesses)
    encoding = _web_name(chosen.could_be_from_charset)
    return Decoding(data.decode(encoding), encoding, round((1 - chosen.chaos) / tied, 3))


def _web_name(names: list[str]) -> str | None:
    """The most used web encoding among charset-normalizer's equivalent names of a guess."""
    found = [name for name in names if name in WEB_ENCODINGS]
    return min(found, key=WEB_ENCODINGS.index) if found else None


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
    """A run of consecutive JSONL lines: the unit of work and of resuming for JSONL inputs.

    It names where its lines are, not the lines: the main process never holds a document.
    A worker reads them from `path` at `offset` (the input itself, or for a gzipped input
    the spill file its lines were inflated into). A line over the size cap is not copied to
    a spill file (an empty line stands in for it) and is listed in `oversized`.
    """

    index: int
    first_record: int  # 1-based line number of the chunk's first line
    lines: int  # how many lines, blank ones included
    records: tuple[int, ...]  # the line numbers of the lines that are not blank
    oversized: tuple[tuple[int, int], ...]  # (line number, bytes) of lines over the cap
    size: int  # bytes of its lines as in the input (inflated)
    digest: str  # sha256 of the chunk's raw lines: a rerun reuses the chunk's output if equal
    path: str
    offset: int
    spilled: bool  # path is a temporary copy, deleted once the chunk is done
    stored_bytes: int = 0  # bytes of the stored (maybe gzipped) file read since the chunk before


# How much of a line is read at once: a line longer than this is never held whole.
_LINE_PIECE = 1 << 20


class JsonlStream:
    """Read a JSONL file (gzipped or not) as chunks without ever holding the whole file, nor
    one whole line: lines are read in pieces of _LINE_PIECE bytes.

    A gzipped input's lines are inflated into spill files, one per chunk, that `spill(index)`
    opens (the caller owns them); an input that is not gzipped is read in place.
    After the chunks are exhausted, `sha256` is the hash of the file as stored, computed on
    the way, so resuming a large file never needs a second read.
    """

    def __init__(self, source: Source, max_records: int, max_bytes: int, max_line_bytes: int,
                 spill=None):
        if source.compressed and spill is None:
            raise ValueError("a gzipped JSONL input needs spill files to inflate its chunks into")
        self.source = source
        self.max_records = max_records
        self.max_bytes = max_bytes
        self.max_line_bytes = max_line_bytes
        self.spill = spill
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

    def _split(self, stream, stored: "_HashingReader") -> Iterator[Chunk]:
        index, offset, reported = 0, 0, 0
        while True:
            chunk, damage = self._chunk(stream, index, offset)
            if chunk is not None:
                # A plain file's position is exact; a gzipped one's is where the decompressor
                # has read the stored file to, which runs up to a buffer ahead.
                position = stored.count if self.source.compressed else offset + chunk.size
                chunk = dataclasses.replace(chunk, stored_bytes=position - reported)
                reported = position
                yield chunk
            if damage:  # the records read before damage mid-file are still cleaned
                raise damage
            if chunk is None:
                return
            index, offset = index + 1, offset + chunk.size

    def _chunk(self, stream, index: int, offset: int) -> tuple[Chunk | None, Exception | None]:
        spill_path, copy = self.spill(index) if self.spill else (None, None)
        digest = hashlib.sha256()
        first, size, records, oversized, damage = self.records + 1, 0, [], [], None
        try:
            while len(records) < self.max_records and size < self.max_bytes:
                length, blank = self._line(stream, digest, copy)
                if not length:
                    break
                self.records += 1
                size += length
                if not blank:
                    records.append(self.records)
                if length > self.max_line_bytes:
                    oversized.append((self.records, length))
        except (OSError, EOFError, zlib.error) as exc:
            damage = exc  # the line the damage cut short is not one of the chunk's
        finally:
            if copy:
                copy.close()
        lines = self.records - first + 1
        if not lines:
            if spill_path:
                os.unlink(spill_path)
            return None, damage
        path, start = (spill_path, 0) if spill_path else (str(self.source.path), offset)
        return Chunk(index, first, lines, tuple(records), tuple(oversized), size,
                     digest.hexdigest(), path, start, bool(spill_path)), damage

    def _line(self, stream, digest, copy) -> tuple[int, bool]:
        """Read one line in pieces, hashing it and copying it to `copy` unless it is over
        the cap; (its length in bytes, whether it is blank)."""
        length, blank, pieces = 0, True, []
        while True:
            piece = stream.readline(_LINE_PIECE)
            if not piece:
                break
            digest.update(piece)
            length += len(piece)
            blank = blank and piece.isspace()
            if copy and length <= self.max_line_bytes:
                pieces.append(piece)
            if piece.endswith(b"\n"):
                break
        if copy:
            copy.write(b"".join(pieces) if length <= self.max_line_bytes else b"\n")
        return length, blank and length > 0


def chunk_lines(chunk: Chunk) -> Iterator[tuple[int, bytes | None]]:
    """(line number, line) of a chunk's lines that are not blank, read where the chunk
    says; None for a line over the cap, which is skipped without being read whole."""
    oversized = dict(chunk.oversized)
    wanted = set(chunk.records)
    with open(chunk.path, "rb") as handle:
        handle.seek(chunk.offset)
        for number in range(chunk.first_record, chunk.first_record + chunk.lines):
            if number in oversized:
                _skip_line(handle)
                yield number, None
                continue
            line = handle.readline()
            if number in wanted:
                yield number, line


def _skip_line(handle) -> None:
    while (piece := handle.readline(_LINE_PIECE)) and not piece.endswith(b"\n"):
        pass


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


def parse_record(line: bytes) -> tuple[dict, Decoding]:
    """(record, how the line was decoded) of one JSONL line."""
    decoding = decode_document(line)
    text = decoding.text
    try:
        record = json.loads(text)
    except json.JSONDecodeError as exc:
        # json's messages may end on "at" themselves ("Unterminated string starting at").
        where = "column" if exc.msg.endswith(" at") else "at column"
        raise DocumentError(f"malformed JSON: {exc.msg} {where} {exc.colno}") from None
    if not isinstance(record, dict):
        raise DocumentError(f"a record must be a JSON object, not {type(record).__name__}")
    return record, decoding
