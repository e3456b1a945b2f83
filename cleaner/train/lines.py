"""The line-labelled web texts of traincorpus/lines/, as labelled line sequences.

Their label is TEXT QUALITY, not membership in a lead article: a Turku text-quality line is
kept (`1`) when it is clean running text, so forum posts, listings and some cookie-policy
prose are kept, where the cleaner would drop everything but the article. WAC-XII labels
body (`#1#`) against rejected text of a rendered page, which is closer to the cleaner's
job. Use them for what a line looks like, not for where an article ends.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator


class LinesError(ValueError):
    pass


@dataclass(frozen=True)
class LabelledLines:
    set: str  # the file's name: turku_tqa-de-train, wac_xii-sv-all, …
    id: str
    lang: str
    url: str | None
    lines: list[str]  # verbatim, as in the source (not stripped)
    keep: list[bool]


def read_line_set(path: Path) -> Iterator[LabelledLines]:
    """Every document of one lines/<set>.jsonl file; a malformed record names file and line."""
    name = path.stem
    with path.open(encoding="utf-8") as handle:
        for number, raw in enumerate(handle, 1):
            try:
                record = json.loads(raw)
                lines, keep = record["lines"], record["keep"]
            except (json.JSONDecodeError, KeyError, TypeError) as error:
                raise LinesError(f"{path}:{number}: not a labelled document ({error})") from error
            if len(lines) != len(keep):
                raise LinesError(f"{path}:{number}: {len(lines)} lines but {len(keep)} labels")
            yield LabelledLines(name, record["id"], record.get("lang", ""), record.get("url"),
                                list(lines), [bool(k) for k in keep])
