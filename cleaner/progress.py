"""The progress bar `run` and `learn` show on a terminal, measured in bytes of input read:
the total is known before the first document, so percent and time left hold while one large
JSONL file is read (a count of documents is only known once every file has been read)."""

from __future__ import annotations

import sys


def byte_progress(wanted: bool, total_bytes: int, description: str | None = None):
    """A tqdm bar over total_bytes on stderr, shown only when wanted and stderr is a terminal."""
    from tqdm import tqdm

    show = wanted and sys.stderr.isatty()
    return tqdm(total=total_bytes, desc=description, unit="B", unit_scale=True, unit_divisor=1000,
                disable=not show, file=sys.stderr, dynamic_ncols=True)


def describe_documents(bar, documents: int, errors: int) -> None:
    """Documents done, their rate and the errors so far, after the bar's bytes."""
    elapsed = bar.format_dict["elapsed"] or 1e-9
    bar.set_postfix_str(f"{documents} docs, {documents / elapsed:.0f} docs/s, {errors} errors", refresh=False)
