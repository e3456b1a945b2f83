"""`cleaner review`: a local web app to label gold files and review the cleaner's decisions.

The server is the standard library's ThreadingHTTPServer bound to 127.0.0.1; the page, its
script and its style sheet ship in cleaner/review_static/ and nothing is fetched from
elsewhere. The JSON API takes keep/drop decisions as indices into a document's raw lines,
never text, so a saved gold line is always a raw line, stripped, exactly as `cleaner check`
expects. A save names the version of the gold file it started from and is refused (409) if
the file changed since; the file is replaced atomically.
"""

from __future__ import annotations

import hashlib
import json
import re
import threading
from dataclasses import dataclass
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

from cleaner import heuristics
from cleaner.engine import clean
from cleaner.io.writers import atomic_write
from cleaner.model import Result, split_lines, strip_line, visible
from cleaner.rules import RuleSet
from cleaner.scoring import DocumentScore, SiteScore, aggregate, read_text, score_result, tree_files

HOST = "127.0.0.1"
STATIC_DIR = Path(__file__).resolve().parent / "review_static"
ASSETS = {
    "/": ("index.html", "text/html; charset=utf-8"),
    "/review.js": ("review.js", "text/javascript; charset=utf-8"),
    "/review.css": ("review.css", "text/css; charset=utf-8"),
}
# The page may talk to this server only; no inline script, so injected markup could not run.
CONTENT_POLICY = ("default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; "
                  "img-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'")
ABSENT = "absent"  # the version of a gold file that does not exist yet
MAX_BODY = 4 << 20
TEST_CASE_CONTEXT = 3  # non-blank lines on each side of the line in a copied [[test]] case
SAVE_FIELDS = {"path", "version", "keep", "replace_unmatched"}
TEST_CASE_FIELDS = {"path", "index", "keep"}


class ReviewError(Exception):
    """A request the API refuses; status is the HTTP status to answer with."""

    def __init__(self, status: HTTPStatus, message: str):
        super().__init__(message)
        self.status = status


# ---------------------------------------------------------------- one document


@dataclass(frozen=True)
class Alignment:
    """Where a gold file's lines sit among the raw lines."""

    kept: frozenset[int]  # raw line indices the gold keeps
    unmatched: tuple[str, ...]  # gold lines not found, in order, among the raw lines

    @property
    def warning(self) -> str:
        if not self.unmatched:
            return ""
        return (f"{len(self.unmatched)} gold line(s) are not raw lines in order (first: "
                f"{self.unmatched[0][:80]!r}); saving replaces the gold file with your decisions")


def raw_lines(text: str) -> list[str]:
    """The raw lines as gold files keep them: stripped, numbered as the engine numbers them."""
    return [strip_line(line) for line in split_lines(text)]


def is_labelable(line: str) -> bool:
    """Blank lines (white space, control characters) are never gold lines."""
    return bool(visible(line))


def align_gold(lines: list[str], gold: str) -> Alignment:
    """Each gold line taken as the next raw line with the same visible text."""
    kept: set[int] = set()
    unmatched: list[str] = []
    position = 0
    for gold_line in (visible(line) for line in split_lines(gold)):
        if not gold_line:
            continue
        found = next((i for i in range(position, len(lines)) if visible(lines[i]) == gold_line), None)
        if found is None:
            unmatched.append(gold_line)
            continue
        kept.add(found)
        position = found + 1
    return Alignment(frozenset(kept), tuple(unmatched))


def gold_text(lines: list[str], keep: set[int]) -> str:
    """The gold file `cleaner check` reads: the kept raw lines, stripped, in order."""
    kept = [lines[i] for i in sorted(keep)]
    return "\n".join(kept) + "\n" if kept else ""


def removals_by_line(result: Result, count: int) -> list[tuple[str, str] | None]:
    """(rule id, reason) of the removal covering each line, None for a kept line."""
    decisions: list[tuple[str, str] | None] = [None] * count
    for removal in result.removals:
        for number in range(removal.first_line, removal.last_line + 1):
            decisions[number - 1] = (removal.rule_id, removal.reason)
    return decisions


def score_figures(score: DocumentScore | SiteScore) -> dict:
    """Line P/R/F1, token and shingle F1, exact (a flag per document, a count per site)."""
    return {"line_precision": score.line.precision, "line_recall": score.line.recall,
            "line_f1": score.line.f1, "token_f1": score.token.f1, "shingle_f1": score.shingle.f1,
            "exact": score.exact}


# ---------------------------------------------------------------- [[test]] cases


def toml_string(text: str, multiline: bool = False) -> str:
    """A TOML basic string holding text exactly (quotes, backslashes, controls escaped); a
    multi-line one keeps its line breaks as they are, as the rule files write raw snippets."""
    escaped = []
    for char in text:
        if char in '"\\':
            escaped.append("\\" + char)
        elif char == "\n" and multiline and escaped:  # TOML drops a line break right after the quotes
            escaped.append(char)
        elif ord(char) < 0x20 or ord(char) == 0x7F:
            escaped.append(f"\\u{ord(char):04x}")
        else:
            escaped.append(char)
    quotes = '"""' if multiline else '"'
    return quotes + "".join(escaped) + quotes


def rule_test_case(name: str, raw: list[str], expected: list[str], url: str | None) -> str:
    """A [[test]] table in the format of docs/rules.md."""
    parts = ["[[test]]", f"name = {toml_string(name)}"]
    if url:
        parts.append(f"url = {toml_string(url)}")
    parts += [f"raw = {toml_string(chr(10).join(raw), multiline=True)}",
              f"expected = {toml_string(chr(10).join(expected), multiline=True)}"]
    return "\n".join(parts) + "\n"


def definition_line(path: Path, rule_id: str) -> int | None:
    """1-based line of the rule's definition: its `id = "..."` in a rule file, its key in
    heuristics.HEURISTICS."""
    quoted = f"[\"']{re.escape(rule_id)}[\"']"
    pattern = re.compile(rf"^\s*id\s*=\s*{quoted}" if path.suffix == ".toml" else rf"^\s*{quoted}\s*:")
    for number, line in enumerate(path.read_text(encoding="utf-8").split("\n"), 1):
        if pattern.search(line):
            return number
    return None


def shown_path(path: Path) -> str:
    """Relative to the working directory when below it, as people type paths."""
    try:
        return path.resolve().relative_to(Path.cwd().resolve()).as_posix()
    except ValueError:
        return str(path)


# ---------------------------------------------------------------- the corpus under review


class Review:
    """The raw documents, their gold files and the cleaner's decisions: what the API serves."""

    def __init__(self, raw_dir: Path, gold_dir: Path, rules: RuleSet):
        self.raw_dir, self.gold_dir, self.rules = raw_dir, gold_dir, rules
        self.raws = tree_files(raw_dir)
        self._results: dict[str, tuple[str, Result]] = {}
        self._summaries: dict[tuple[str, str], dict] = {}
        self._cache_lock = threading.Lock()
        self._save_lock = threading.Lock()
        self._rules_by_id = {rule.id: rule for rule in rules.generic}
        self._site_of_rule = {}
        for site in rules.sites:
            for rule in site.rules:
                self._rules_by_id[rule.id] = rule
                self._site_of_rule[rule.id] = site

    # -------------------------------------------- reading

    def _raw(self, path: str) -> tuple[str, Result]:
        if path not in self.raws:
            raise ReviewError(HTTPStatus.NOT_FOUND, f"{path}: no such document under {self.raw_dir}")
        with self._cache_lock:
            if path not in self._results:
                text = read_text(self.raws[path])
                self._results[path] = (text, clean(text, rules=self.rules))
            return self._results[path]

    def _gold(self, path: str) -> tuple[str | None, str]:
        """The gold file's text (None when there is none yet) and its version."""
        gold_path = self.gold_dir / path
        try:
            data = gold_path.read_bytes()
        except FileNotFoundError:
            return None, ABSENT
        except OSError as exc:
            raise ReviewError(HTTPStatus.INTERNAL_SERVER_ERROR, f"{gold_path}: {exc.strerror or exc}") from None
        return data.decode("utf-8", errors="replace"), hashlib.sha256(data).hexdigest()

    def _decided(self, path: str) -> tuple[list[str], list[tuple[str, str] | None]]:
        """The document's raw lines and the cleaner's removal (rule id, reason) of each."""
        raw, result = self._raw(path)
        lines = raw_lines(raw)
        return lines, removals_by_line(result, len(lines))

    def document(self, path: str) -> dict:
        lines, decisions = self._decided(path)
        gold, version = self._gold(path)
        alignment = align_gold(lines, gold) if gold is not None else None
        rows = []
        for index, (text, removal) in enumerate(zip(lines, decisions)):
            rows.append({
                "index": index, "number": index + 1, "text": text, "blank": not is_labelable(text),
                "cleaner_keeps": removal is None,
                "rule_id": removal[0] if removal else None, "reason": removal[1] if removal else None,
                "gold_keeps": None if alignment is None else index in alignment.kept,
            })
        return {"path": path, "version": version, "has_gold": gold is not None,
                "warning": alignment.warning if alignment else "",
                "unmatched": list(alignment.unmatched) if alignment else [],
                "flags": self._raw(path)[1].flags, "lines": rows, "summary": self.summary(path)}

    def summary(self, path: str) -> dict:
        """One row of the document list: disagreements with the gold, scores, removals by rule."""
        return self._scored(path)[0]

    def _scored(self, path: str) -> tuple[dict, DocumentScore | None]:
        """The document's summary and score, computed once per version of its gold file."""
        raw, result = self._raw(path)
        gold, version = self._gold(path)
        key = (path, version)
        with self._cache_lock:
            if key in self._summaries:
                return self._summaries[key]
        lines, decisions = self._decided(path)
        by_rule: dict[str, int] = {}
        for index, removal in enumerate(decisions):
            if removal and is_labelable(lines[index]):
                by_rule[removal[0]] = by_rule.get(removal[0], 0) + 1
        summary = {"path": path, "version": version, "has_gold": gold is not None,
                   "lines": sum(map(is_labelable, lines)), "removed_by_rule": by_rule,
                   "disagreements": 0, "warning": "", "score": None}
        score = None
        if gold is not None:
            alignment = align_gold(lines, gold)
            summary["disagreements"] = sum(
                1 for i, line in enumerate(lines)
                if is_labelable(line) and (i in alignment.kept) != (decisions[i] is None))
            summary["warning"] = alignment.warning
            score = score_result(path, raw, gold, result)
            summary["score"] = score_figures(score)
        with self._cache_lock:
            self._summaries[key] = (summary, score)
        return summary, score

    def overview(self) -> dict:
        """Every document, most disagreements first, and the scores over the labelled ones."""
        summaries = sorted((self.summary(p) for p in self.raws),
                           key=lambda s: (-s["disagreements"], not s["has_gold"], s["path"]))
        return {"documents": summaries, "overall": self.overall(), "raw_dir": shown_path(self.raw_dir),
                "gold_dir": shown_path(self.gold_dir)}

    def overall(self) -> dict | None:
        """Scores over every document with a gold file, as `cleaner check` averages them."""
        scores = [score for score in (self._scored(p)[1] for p in self.raws) if score is not None]
        if not scores:
            return None
        site = aggregate("overall", scores)
        return {"documents": site.documents, **score_figures(site)}

    # -------------------------------------------- saving

    def save(self, request: dict) -> dict:
        _check_fields(request, SAVE_FIELDS, required=("path", "version", "keep"))
        path, version = request["path"], request["version"]
        lines = raw_lines(self._raw(path)[0])
        keep = _line_indices(request["keep"], lines)
        gold_path = self.gold_dir / path
        with self._save_lock:
            gold, current = self._gold(path)
            if current != version:
                raise ReviewError(HTTPStatus.CONFLICT,
                                  f"{gold_path} was changed since you opened it (by another tab or "
                                  "person); nothing was saved. Reload the document to see that "
                                  "version; your labels stay in this tab until you do.")
            if gold is not None and not request.get("replace_unmatched"):
                warning = align_gold(lines, gold).warning
                if warning:
                    raise ReviewError(HTTPStatus.CONFLICT, f"{gold_path}: {warning}. Nothing was saved.")
            data = gold_text(lines, keep).encode("utf-8")
            try:
                atomic_write(gold_path, data)
            except OSError as exc:
                raise ReviewError(HTTPStatus.INTERNAL_SERVER_ERROR,
                                  f"{gold_path}: cannot write: {exc.strerror or exc}") from None
        # The version of what this save wrote, not of what the file holds by now.
        return {"version": hashlib.sha256(data).hexdigest(), "summary": self.summary(path),
                "overall": self.overall()}

    # -------------------------------------------- rules

    def rule(self, rule_id: str) -> dict:
        """Where a rule or heuristic is defined: its file's text and the line, read-only."""
        rule = self._rules_by_id.get(rule_id)
        if rule is not None:
            source, why = Path(rule.source), rule.why
        elif rule_id in heuristics.HEURISTICS:
            source, why = Path(heuristics.__file__), heuristics.HEURISTICS[rule_id]
        else:
            raise ReviewError(HTTPStatus.NOT_FOUND, f"no rule or heuristic with id {rule_id!r}")
        return {"id": rule_id, "why": why, "file": shown_path(source),
                "line": definition_line(source, rule_id), "text": source.read_text(encoding="utf-8")}

    def rule_lines(self, rule_id: str) -> list[dict]:
        """Every line the rule removed across the corpus, with the gold's decision if labelled."""
        found = []
        for path in sorted(self.raws):
            if rule_id not in self.summary(path)["removed_by_rule"]:
                continue
            for line in self.document(path)["lines"]:
                if line["rule_id"] == rule_id and not line["blank"]:
                    found.append({"path": path, "index": line["index"], "number": line["number"],
                                  "text": line["text"], "gold_keeps": line["gold_keeps"]})
        return found

    def copy_test_case(self, request: dict) -> dict:
        """A [[test]] case for the rule that removed a line: the line, its neighbours, and
        what the labels (the tab's current ones, maybe unsaved) keep of them."""
        _check_fields(request, TEST_CASE_FIELDS, required=tuple(TEST_CASE_FIELDS))
        path = request["path"]
        lines, decisions = self._decided(path)
        keep = _line_indices(request["keep"], lines)
        (index,) = _line_indices([request["index"]], lines)
        removal = decisions[index]
        labelled = [i for i in range(len(lines)) if is_labelable(lines[i])]
        at = labelled.index(index)
        window = labelled[max(0, at - TEST_CASE_CONTEXT):at + TEST_CASE_CONTEXT + 1]
        site = self._site_of_rule.get(removal[0]) if removal else None
        url = f"https://{site.domains[0]}/" if site and site.domains else None
        name = f"{path} line {index + 1}" + (f" ({removal[0]})" if removal else "")
        toml = rule_test_case(name, [lines[i] for i in window], [lines[i] for i in window if i in keep], url)
        return {"toml": toml, "rule_id": removal[0] if removal else None}


def _check_fields(request, allowed: set[str], required: tuple[str, ...]) -> None:
    if not isinstance(request, dict):
        raise ReviewError(HTTPStatus.BAD_REQUEST, "the request body must be a JSON object")
    for key in request:
        if key not in allowed:
            raise ReviewError(HTTPStatus.BAD_REQUEST,
                              f"unknown field {key!r}: the API takes keep/drop decisions as line "
                              f"indices, never text (fields: {', '.join(sorted(allowed))})")
    for key in required:
        if key not in request:
            raise ReviewError(HTTPStatus.BAD_REQUEST, f"missing field {key!r}")


def _line_indices(values, lines: list[str]) -> set[int]:
    """Indices of non-blank raw lines, each once; anything else is refused."""
    if not isinstance(values, list):
        raise ReviewError(HTTPStatus.BAD_REQUEST, "'keep' must be a list of line indices")
    indices: set[int] = set()
    for value in values:
        if type(value) is not int or not 0 <= value < len(lines) or not is_labelable(lines[value]):
            raise ReviewError(HTTPStatus.BAD_REQUEST,
                              f"{value!r} is not the index of a non-blank raw line (0 to {len(lines) - 1})")
        if value in indices:
            raise ReviewError(HTTPStatus.BAD_REQUEST, f"line index {value} is given twice")
        indices.add(value)
    return indices


# ---------------------------------------------------------------- HTTP


class ReviewServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, review: Review, port: int = 0):
        self.review = review
        super().__init__((HOST, port), ReviewHandler)

    @property
    def url(self) -> str:
        return f"http://{HOST}:{self.server_address[1]}/"


class ReviewHandler(BaseHTTPRequestHandler):
    server: ReviewServer
    server_version = "cleaner-review"

    def do_GET(self) -> None:  # noqa: N802 - http.server's naming
        self._answer(self._get)

    def do_POST(self) -> None:  # noqa: N802
        self._answer(self._post)

    def log_message(self, format: str, *args) -> None:  # noqa: A002
        """Quiet: one line per request would bury the URL the person has to open."""

    def _answer(self, route) -> None:
        try:
            self._check_origin()
            route(urlsplit(self.path))
        except ReviewError as exc:
            self._send_json({"error": str(exc)}, exc.status)
        except Exception as exc:  # noqa: BLE001 - say what went wrong rather than drop the connection
            self._send_json({"error": f"{type(exc).__name__}: {exc}"}, HTTPStatus.INTERNAL_SERVER_ERROR)

    def _check_origin(self) -> None:
        # Another web page in the same browser must not reach the API (DNS rebinding, CSRF).
        port = self.server.server_address[1]
        allowed = {f"{HOST}:{port}", f"localhost:{port}"}
        if self.headers.get("Host") not in allowed:
            raise ReviewError(HTTPStatus.FORBIDDEN, "requests must be addressed to this server")
        origin = self.headers.get("Origin")
        if origin is not None and urlsplit(origin).netloc not in allowed:
            raise ReviewError(HTTPStatus.FORBIDDEN, f"cross-origin request from {origin} refused")

    def _get(self, url) -> None:
        review = self.server.review
        query = {key: values[-1] for key, values in parse_qs(url.query).items()}
        if url.path in ASSETS:
            name, content_type = ASSETS[url.path]
            self._send((STATIC_DIR / name).read_bytes(), content_type)
        elif url.path == "/api/documents":
            self._send_json(review.overview())
        elif url.path == "/api/document":
            self._send_json(review.document(_param(query, "path")))
        elif url.path == "/api/rule":
            self._send_json(review.rule(_param(query, "id")))
        elif url.path == "/api/rule-lines":
            self._send_json({"lines": review.rule_lines(_param(query, "id"))})
        else:
            raise ReviewError(HTTPStatus.NOT_FOUND, f"{url.path}: not found")

    def _post(self, url) -> None:
        routes = {"/api/save": self.server.review.save, "/api/test-case": self.server.review.copy_test_case}
        if url.path not in routes:
            raise ReviewError(HTTPStatus.NOT_FOUND, f"{url.path}: not found")
        if self.headers.get_content_type() != "application/json":
            raise ReviewError(HTTPStatus.UNSUPPORTED_MEDIA_TYPE, "send JSON (Content-Type: application/json)")
        try:
            length = int(self.headers.get("Content-Length") or 0)
        except ValueError:
            raise ReviewError(HTTPStatus.BAD_REQUEST, "Content-Length is not a number") from None
        # A negative length would make read() wait for the client to close the connection.
        if length < 0:
            raise ReviewError(HTTPStatus.BAD_REQUEST, "Content-Length is negative")
        if length > MAX_BODY:
            raise ReviewError(HTTPStatus.REQUEST_ENTITY_TOO_LARGE, "request body too large")
        try:
            request = json.loads(self.rfile.read(length))
        except ValueError:
            raise ReviewError(HTTPStatus.BAD_REQUEST, "the request body is not JSON") from None
        self._send_json(routes[url.path](request))

    def _send_json(self, value, status: HTTPStatus = HTTPStatus.OK) -> None:
        self._send(json.dumps(value, ensure_ascii=False).encode("utf-8"), "application/json", status)

    def _send(self, body: bytes, content_type: str, status: HTTPStatus = HTTPStatus.OK) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Content-Security-Policy", CONTENT_POLICY)
        self.send_header("X-Content-Type-Options", "nosniff")
        self.send_header("Cache-Control", "no-store")
        self.end_headers()
        self.wfile.write(body)


def _param(query: dict, name: str) -> str:
    if name not in query:
        raise ReviewError(HTTPStatus.BAD_REQUEST, f"missing query parameter {name!r}")
    return query[name]


def serve(review: Review, port: int, announce) -> None:
    """Serve until interrupted; announce(url) once the socket is listening."""
    server = ReviewServer(review, port)
    announce(server.url)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
