"""Where ../shared/traincorpus is, and its HTML pages read as they are stored.

A page is `html/<set>/<id>.html.gz` (UTF-8 text whatever its own <meta charset> says), its
gold `<id>.txt` (one paragraph a line) and its metadata `<id>.json`. Nothing is copied.
"""

from __future__ import annotations

import gzip
import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

ENV_VAR = "CLEANER_TRAINCORPUS"
# ../shared/traincorpus beside the repository, as bench/ finds ../shared/devcorpus.
DEFAULT_ROOT = Path(__file__).resolve().parents[2].parent / "shared" / "traincorpus"

HTML_SETS = ("big9", "cleaneval-dev", "cleaneval-final", "cleanportaleval", "dragnet", "htmltotext")

# What each set's gold keeps: an extractor of the lead article is judged against "article"
# gold; CleanEval-format and htmltotext gold keep all running text that is not boilerplate.
GOLD_CONVENTION = {
    "big9": "article",
    "dragnet": "article",
    "cleaneval-dev": "all-text",
    "cleaneval-final": "all-text",
    "cleanportaleval": "all-text",
    "htmltotext": "all-text",
}


def find_traincorpus(path: str | Path | None = None) -> Path | None:
    """The traincorpus folder: `path`, else $CLEANER_TRAINCORPUS, else ../shared; None if not there."""
    candidate = Path(path or os.environ.get(ENV_VAR) or DEFAULT_ROOT)
    return candidate if (candidate / "html").is_dir() else None


@dataclass(frozen=True)
class PageMeta:
    set: str
    id: str
    site: str | None
    lang: str
    url: str | None
    meta_path: Path

    @property
    def key(self) -> str:
        return f"{self.set}/{self.id}"

    @property
    def html_path(self) -> Path:
        return self.meta_path.with_name(f"{self.id}.html.gz")

    @property
    def gold_path(self) -> Path:
        return self.meta_path.with_name(f"{self.id}.txt")

    def read_html(self) -> str:
        with gzip.open(self.html_path, "rt", encoding="utf-8") as handle:
            return handle.read()

    def read_gold(self) -> str:
        return self.gold_path.read_text(encoding="utf-8")


def html_pages(root: Path, sets: tuple[str, ...] = HTML_SETS) -> Iterator[PageMeta]:
    """Every page's metadata, set by set, in id order."""
    for name in sets:
        for meta_path in sorted((root / "html" / name).glob("*.json")):
            record = json.loads(meta_path.read_text(encoding="utf-8"))
            yield PageMeta(name, record["id"], record.get("site"), record.get("lang", ""),
                           record.get("url"), meta_path)


def article_sources(root: Path) -> list[str]:
    """`ar-bbc`, `fa-varzesh3`, …: the article files' names."""
    return sorted(p.name.removesuffix(".jsonl.gz") for p in (root / "articles").glob("*.jsonl.gz"))


def line_sets(root: Path) -> list[str]:
    """`turku_tqa-de-train`, `wac_xii-fr-all`, …: the line files' names."""
    return sorted(p.stem for p in (root / "lines").glob("*.jsonl"))


def read_articles(root: Path, source: str) -> Iterator[dict]:
    """The records of articles/<source>.jsonl.gz, in file order."""
    with gzip.open(root / "articles" / f"{source}.jsonl.gz", "rt", encoding="utf-8") as handle:
        for line in handle:
            yield json.loads(line)
