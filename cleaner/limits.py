"""Per-document limits of a batch run: size, lines and CPU time, each with a name; and the
CPU budget of one extractor on one page (guarded).

A document over a limit is not cleaned: it goes to errors.jsonl with the limit it broke,
and the run goes on. The defaults lie far above any real news page (the largest pages of
the dev corpora are under 2 MB of HTML and 5,000 lines, and clean in well under a second)
and far below what would exhaust a worker.
"""

from __future__ import annotations

import contextlib
import resource
import signal
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar

from cleaner.io.readers import DocumentError

DEFAULT_MAX_DOC_BYTES = 64 << 20
DEFAULT_MAX_DOC_LINES = 200_000
DEFAULT_MAX_DOC_SECONDS = 60.0


@dataclass(frozen=True)
class Limits:
    max_bytes: int = DEFAULT_MAX_DOC_BYTES  # --max-doc-bytes: stored, inflated or decoded
    max_lines: int = DEFAULT_MAX_DOC_LINES  # --max-doc-lines
    max_seconds: float = DEFAULT_MAX_DOC_SECONDS  # --max-doc-seconds: CPU time of the worker

    def over_bytes(self, size: int, what: str = "") -> DocumentError:
        return DocumentError(f"over --max-doc-bytes: {what or 'the document is'} more than "
                             f"{self.max_bytes} bytes ({size} read)")

    def check_bytes(self, size: int, what: str = "") -> None:
        if size > self.max_bytes:
            raise self.over_bytes(size, what)

    def check_lines(self, text: str | bytes) -> None:
        # count() is a C loop: the cap is checked before any per-line Python work starts.
        lines = text.count(b"\n" if isinstance(text, bytes) else "\n") + 1
        if lines > self.max_lines:
            raise DocumentError(f"over --max-doc-lines: {lines} lines, more than {self.max_lines}")


class DocumentTimeout(BaseException):
    """A document used up its CPU time. A BaseException: libraries that catch Exception
    around a parse (trafilatura does) must not swallow it."""


@contextlib.contextmanager
def cpu_budget(seconds: float):
    """Raise DocumentError in the block once this process has spent `seconds` of CPU time
    in it (ITIMER_PROF counts user and system time of the process).

    The timer interrupts Python code only; for C code that never returns to Python (a
    parser stuck on one pathological input) RLIMIT_CPU is set to twice the budget, and the
    kernel kills the worker, which the batch then reports as such.
    """
    cpu_limit = resource.getrlimit(resource.RLIMIT_CPU)
    _backstop(seconds, cpu_limit)
    try:
        with _cpu_timer(seconds, DocumentTimeout):
            yield
    except DocumentTimeout:
        raise DocumentError(f"over --max-doc-seconds: cleaning took more than {seconds:g} s "
                            "of CPU time") from None
    finally:
        resource.setrlimit(resource.RLIMIT_CPU, cpu_limit)


@contextlib.contextmanager
def _cpu_timer(seconds: float, timeout: type[BaseException]):
    """Raise `timeout` in the block once the process has spent `seconds` of CPU time in it
    (ITIMER_PROF: user and system time); the previous SIGPROF handler comes back after it."""
    armed = [True]

    def expire(signum, frame):
        if armed[0]:
            raise timeout

    previous = signal.signal(signal.SIGPROF, expire)
    signal.setitimer(signal.ITIMER_PROF, seconds)
    try:
        yield
    finally:  # disarmed first: a late tick must not fire outside the block
        armed[0] = False
        signal.setitimer(signal.ITIMER_PROF, 0)
        signal.signal(signal.SIGPROF, previous)


def _backstop(seconds: float, cpu_limit: tuple[int, int]) -> None:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    spent = usage.ru_utime + usage.ru_stime
    current, hard = cpu_limit
    soft = int(spent + 2 * seconds) + 1
    if current != resource.RLIM_INFINITY and current < soft:
        return  # a tighter limit set from outside stays
    if hard == resource.RLIM_INFINITY or soft <= hard:
        resource.setrlimit(resource.RLIMIT_CPU, (soft, hard))


T = TypeVar("T")


def guarded(run: Callable[[], T], seconds: float) -> tuple[T | None, str | None]:
    """(what run() returns, None), or (None, why not) when it raised or spent more than
    `seconds` of CPU time: a third-party extractor's failure on one page costs its output
    only, never the page."""
    try:
        with _extractor_budget(seconds):
            return run(), None
    except ExtractorTimeout:
        return None, f"ran past {seconds:g} s of CPU time"
    except Exception as error:  # any bug of a third-party extractor
        return None, f"{type(error).__name__}: {error}"[:200]


class ExtractorTimeout(BaseException):
    """An extractor used up its CPU time. A BaseException, so that the extractors' own
    `except Exception` around their parsing does not swallow it."""


@contextlib.contextmanager
def _extractor_budget(seconds: float):
    """Raise ExtractorTimeout once the block has spent `seconds` of CPU time (ITIMER_PROF).

    Nests inside a document's budget (cpu_budget, a batch run): when that one has
    less time left, it is left alone to fire; otherwise it is re-armed afterwards with what
    it had left minus what the block spent. Off the main thread, where signals cannot be
    caught, there is no budget (the batch's own worker limits still hold)."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    outer_left = signal.getitimer(signal.ITIMER_PROF)[0]
    if outer_left and outer_left <= seconds:
        yield
        return
    started = time.process_time()
    try:
        with _cpu_timer(seconds, ExtractorTimeout):
            yield
    finally:
        if outer_left:
            spent = time.process_time() - started
            signal.setitimer(signal.ITIMER_PROF, max(outer_left - spent, 1e-3))
