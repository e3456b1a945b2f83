"""Train / dev / test by site, so that figures on test say how the cleaner does on sites it
never saw. The result is written down in split.toml (site names and ids only) and read back
by the build; `python -m cleaner.train split --write` regenerates it from the corpus metadata.

Policy (each choice with its reason):
- html/big9 and html/cleanportaleval stay whole, and both go to test: they share bbc.co.uk,
  so they must sit on one side; they are news pages judged by article-only gold (big9) or
  by news-portal pages (cleanportaleval), the closest thing to the cleaner's job.
- Every other page goes by its `site`: a site pinned by a whole set or an article source
  follows it; any other site is placed by a hash of its name (70 / 15 / 15), so adding
  pages never moves a site. Pages without a site are left out: they cannot be kept apart.
- articles/ by source: ar-bbc (bbc.co.uk/arabic) and ar-cnn (arabic.cnn.com) go to test
  with their publishers' English pages, fa-varzesh3 to test as the unseen Persian source,
  ar-jawharafm (a Tunisian radio) to dev, the rest to train.
- lines/ follows its source's own train/dev/test where the file name gives one; WAC-XII
  pages (and their trafilatura versions, the same pages) go by language: fr train, sv test.
"""

from __future__ import annotations

import hashlib
import json
import tomllib
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable

from cleaner.train.corpus import PageMeta

SPLITS = ("train", "dev", "test")
SPLIT_FILE = Path(__file__).with_name("split.toml")

WHOLE_SETS = {"big9": "test", "cleanportaleval": "test"}

ARTICLE_SPLIT = {
    "ar-alarabiya": "train", "ar-skynews": "train", "ar-france24": "train", "fa-farsnews": "train",
    "ar-jawharafm": "dev",
    "ar-bbc": "test", "ar-cnn": "test", "fa-varzesh3": "test",
}
ARTICLE_SITES = {
    "ar-alarabiya": "alarabiya.net", "ar-skynews": "skynewsarabia.com", "ar-france24": "france24.com",
    "fa-farsnews": "farsnews.ir", "ar-jawharafm": "jawharafm.net", "ar-bbc": "bbc.co.uk",
    "ar-cnn": "cnn.com", "fa-varzesh3": "varzesh3.com",
}
WAC_SPLIT = {"fr": "train", "sv": "test"}

# Share of hashed sites in train and dev (the rest is test), out of 100.
HASH_TRAIN, HASH_DEV = 70, 85


class SplitError(ValueError):
    pass


def hashed_split(site: str) -> str:
    """A site's split from its name alone: stable across runs, machines and corpus growth."""
    bucket = int.from_bytes(hashlib.sha256(site.encode("utf-8")).digest()[:8], "big") % 100
    return "train" if bucket < HASH_TRAIN else "dev" if bucket < HASH_DEV else "test"


def line_set_split(name: str) -> str:
    """`turku_tqa-de-train` -> train; `wac_xii-sv-all` -> by language (WAC_SPLIT)."""
    family, lang, part = name.rsplit("-", 2)
    if part in SPLITS:
        return part
    if family.startswith("wac_xii") and lang in WAC_SPLIT:
        return WAC_SPLIT[lang]
    raise SplitError(f"lines/{name}.jsonl: no split rule for it")


@dataclass
class Split:
    whole_sets: dict[str, str] = field(default_factory=dict)
    sites: dict[str, str] = field(default_factory=dict)  # html site -> split
    excluded_pages: list[str] = field(default_factory=list)  # set/id of pages with no site
    line_sets: dict[str, str] = field(default_factory=dict)
    article_sources: dict[str, str] = field(default_factory=dict)

    def of_page(self, page: PageMeta) -> str | None:
        """The page's split; None for a page left out. A site the file does not know is an error."""
        if page.set in self.whole_sets:
            return self.whole_sets[page.set]
        if page.site is None:
            return None
        try:
            return self.sites[page.site]
        except KeyError:
            raise SplitError(f"{page.key}: site {page.site!r} is not in the split file; "
                             "rerun `python -m cleaner.train split --write`") from None

    def of_line_set(self, name: str) -> str:
        try:
            return self.line_sets[name]
        except KeyError:
            raise SplitError(f"lines/{name}: not in the split file") from None

    def of_article_source(self, name: str) -> str:
        try:
            return self.article_sources[name]
        except KeyError:
            raise SplitError(f"articles/{name}: not in the split file") from None


def compute_split(pages: Iterable[PageMeta], line_sets: Iterable[str] = (),
                  article_sources: Iterable[str] = ()) -> Split:
    """The policy above applied to the corpus' metadata."""
    pages = list(pages)
    pinned: dict[str, str] = {}
    for source, site in ARTICLE_SITES.items():
        _pin(pinned, site, ARTICLE_SPLIT[source], f"articles/{source}")
    for page in pages:
        if page.set in WHOLE_SETS and page.site:
            _pin(pinned, page.site, WHOLE_SETS[page.set], f"html/{page.set}")
    split = Split(whole_sets=dict(WHOLE_SETS))
    for page in pages:
        if page.set in WHOLE_SETS:
            continue
        if page.site is None:
            split.excluded_pages.append(page.key)
        else:
            split.sites[page.site] = pinned.get(page.site) or hashed_split(page.site)
    split.sites.update(pinned)
    split.line_sets = {name: line_set_split(name) for name in line_sets}
    split.article_sources = {name: ARTICLE_SPLIT[name] for name in article_sources}
    return split


def _pin(pinned: dict[str, str], site: str, where: str, because: str) -> None:
    if pinned.get(site, where) != where:
        raise SplitError(f"site {site} is pinned to {pinned[site]} and, by {because}, to {where}")
    pinned[site] = where


def load_split(path: Path = SPLIT_FILE) -> Split:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as error:
        raise SplitError(f"{path}: {error}") from error
    html = data.get("html", {})
    split = Split(whole_sets=dict(html.get("whole_sets", {})),
                  excluded_pages=list(html.get("excluded_pages", [])),
                  line_sets=dict(data.get("lines", {}).get("sets", {})),
                  article_sources=dict(data.get("articles", {}).get("sources", {})))
    for name in SPLITS:
        for site in html.get("sites", {}).get(name, []):
            if site in split.sites:
                raise SplitError(f"{path}: site {site} is in {split.sites[site]} and {name}")
            split.sites[site] = name
    return split


def dump_split(split: Split) -> str:
    """split.toml's text: sorted, so that regenerating an unchanged split changes nothing."""
    q = json.dumps  # a JSON string (ASCII, escaped) is a valid TOML basic string
    by_split = {name: sorted(s for s, where in split.sites.items() if where == name) for name in SPLITS}
    counts = Counter(split.sites.values())
    out = [
        "# Train / dev / test split of ../shared/traincorpus for the learned line classifier.",
        "# Written by `python -m cleaner.train split --write` (policy and reasons: cleaner/train/split.py).",
        "# Site names, set names and page ids only. Nothing in test is looked at while tuning.",
        "",
        "[html]",
        "why = " + q("by site, so that test measures sites never seen; big9 and cleanportaleval whole "
                     "(they share bbc.co.uk) in test; other sites by a hash of their name, 70/15/15"),
        "whole_sets = { " + ", ".join(f"{q(k)} = {q(v)}" for k, v in sorted(split.whole_sets.items())) + " }",
        "# pages without a site cannot be kept apart from the sites of another split: left out",
        "excluded_pages = " + _toml_list(sorted(split.excluded_pages), q),
        "",
        "[html.sites]",
        *(f"# {name}: {counts[name]} sites" for name in SPLITS),
        *(f"{name} = " + _toml_list(by_split[name], q) for name in SPLITS),
        "",
        "[lines]",
        "why = " + q("the source's own train/dev/test; WAC-XII pages by language (fr train, sv test), "
                     "their trafilatura versions with them"),
        "[lines.sets]",
        *(f"{q(k)} = {q(v)}" for k, v in sorted(split.line_sets.items())),
        "",
        "[articles]",
        "why = " + q("by source: ar-bbc and ar-cnn with their publishers' pages in test, fa-varzesh3 the "
                     "unseen Persian source, ar-jawharafm dev, the rest train"),
        "[articles.sources]",
        *(f"{q(k)} = {q(v)}" for k, v in sorted(split.article_sources.items())),
    ]
    return "\n".join(out) + "\n"


def _toml_list(items: list[str], q) -> str:
    if not items:
        return "[]"
    return "[\n" + "".join(f"  {q(item)},\n" for item in items) + "]"
