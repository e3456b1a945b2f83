"""Synthetic aggregator pages: a lead article wrapped in the boilerplate a scrape carries.

A page is a lead article (title and paragraphs, kept) with, around and inside it, any of:
a menu, a byline and a date line, inline promos between paragraphs, and after it a tail of
"read also" boxes followed by whole other articles, related-headline and most-read lists,
a tag line, a comment thread, a comment form, a share bar, a newsletter box and a footer
(all dropped). The marker wordings are ours, in wordings.toml, kept apart from the seeds'
and the bundled corpus' wordings. A share of pages are clean controls: the article alone.

Everything is drawn from random.Random seeded with the build seed and the lead's id, so a
page does not depend on which pages were composed before it. The other
articles on a page come from the lead's own split and language: no text crosses a split.
"""

from __future__ import annotations

import random
import tomllib
from dataclasses import dataclass
from pathlib import Path

WORDINGS_FILE = Path(__file__).with_name("wordings.toml")
KINDS = ("read_also", "inline", "related", "most_read", "tags", "comments", "form", "share",
         "newsletter", "menu", "byline", "dateline", "footer", "names")
CONTROL_SHARE = 0.1
TAIL_BLOCKS = ("read_also", "related", "most_read", "tags", "comments", "form", "share", "newsletter")


class WordingsError(ValueError):
    pass


@dataclass(frozen=True)
class Article:
    id: str  # where it comes from: articles/ar-bbc/<id>, html/dragnet/<id>, lines/<set>/<id>
    lang: str
    site: str | None
    title: str
    paragraphs: tuple[str, ...]


@dataclass(frozen=True)
class Page:
    id: str
    lang: str
    site: str | None
    control: bool
    lines: list[str]
    keep: list[bool]
    parts: list[str]  # what each line is: title, body, menu, byline, inline, read_also, …


def load_wordings(path: Path = WORDINGS_FILE) -> dict[str, dict[str, list[str]]]:
    """language -> kind -> wordings; every language must give every kind."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as error:
        raise WordingsError(f"{path}: {error}") from error
    for lang, kinds in data.items():
        missing = [kind for kind in KINDS if not kinds.get(kind)]
        if missing:
            raise WordingsError(f"{path}: [{lang}] has no {', '.join(missing)}")
    return data


def compose_page(lead: Article, others: list[Article], wordings: dict[str, list[str]], seed: int) -> Page:
    """One page around `lead`; `others` (same language and split, lead excluded) fill the boxes."""
    rng = random.Random(f"{seed}:{lead.id}")
    if rng.random() < CONTROL_SHARE or not others:
        return _page(lead, True, _article(lead, "title", "body"))
    lines = []
    if rng.random() < 0.6:
        lines += _menu(wordings, rng)
    lines.append((lead.title, "title"))
    if rng.random() < 0.5:
        lines.append((rng.choice(wordings["byline"]).format(name=rng.choice(wordings["names"])), "byline"))
    if rng.random() < 0.4:
        lines.append((rng.choice(wordings["dateline"]).format(date=_date(rng)), "dateline"))
    lines += _body_with_promos(lead, others, wordings, rng)
    blocks = rng.sample(TAIL_BLOCKS, rng.randint(1, 4))
    for block in blocks:
        lines += _TAIL[block](lead, others, wordings, rng)
    if rng.random() < 0.6:
        lines += [(line.format(year=rng.randint(2012, 2025), site=lead.site or "example.org"), "footer")
                  for line in wordings["footer"]]
    return _page(lead, False, lines)


def _page(lead: Article, control: bool, lines: list[tuple[str, str]]) -> Page:
    return Page(f"synthetic/{lead.id}", lead.lang, lead.site, control, [text for text, _ in lines],
                [part in ("title", "body") for _, part in lines], [part for _, part in lines])


def _article(article: Article, title_part: str, body_part: str) -> list[tuple[str, str]]:
    return [(article.title, title_part)] + [(p, body_part) for p in article.paragraphs]


def _menu(wordings, rng) -> list[tuple[str, str]]:
    items = rng.sample(wordings["menu"], rng.randint(4, len(wordings["menu"])))
    if rng.random() < 0.5:
        return [(" | ".join(items), "menu")]
    return [(item, "menu") for item in items]


def _date(rng: random.Random) -> str:
    return f"{rng.randint(2012, 2025)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d} {rng.randint(0, 23):02d}:{rng.choice((0, 15, 30, 45)):02d}"


def _body_with_promos(lead, others, wordings, rng) -> list[tuple[str, str]]:
    """The lead's paragraphs with up to two inline promos between them (never first or last)."""
    lines = [(p, "body") for p in lead.paragraphs]
    gaps = list(range(1, len(lines)))
    for gap in sorted(rng.sample(gaps, min(len(gaps), rng.randint(0, 2))), reverse=True):
        promo = f"{rng.choice(wordings['inline'])} {rng.choice(others).title}"
        lines.insert(gap, (promo, "inline"))
    return lines


def _read_also(lead, others, wordings, rng):
    other = rng.choice(others)
    return [(rng.choice(wordings["read_also"]), "read_also")] + _article(other, "other_title", "other_body")


def _headline_list(kind: str, numbered: bool):
    def block(lead, others, wordings, rng):
        picked = rng.sample(others, min(len(others), rng.randint(3, 5)))
        heads = [f"{n}. {o.title}" if numbered else o.title for n, o in enumerate(picked, 1)]
        return [(rng.choice(wordings[kind]), kind)] + [(head, kind) for head in heads]
    return block


def _tags(lead, others, wordings, rng):
    # Longest first, ties in title order: a set's order follows string hashing, which
    # PYTHONHASHSEED changes from run to run, and the page must not.
    words = sorted(dict.fromkeys(w.strip(".,:;!?«»\"'()") for w in lead.title.split() if len(w) > 3),
                   key=len, reverse=True)
    keywords = words[:rng.randint(2, 4)] or [lead.title[:20]]
    return [(f"{rng.choice(wordings['tags'])} {', '.join(keywords)}", "tags")]


def _comments(lead, others, wordings, rng):
    n = rng.randint(1, 3)
    lines = [(rng.choice(wordings["comments"]).format(n=n), "comments")]
    for _ in range(n):
        source = rng.choice(others)
        lines += [(rng.choice(wordings["names"]), "comments"), (_date(rng), "comments"),
                  (rng.choice((source.title, *source.paragraphs[:2])), "comments")]
    return lines


def _lines_of(kind: str):
    def block(lead, others, wordings, rng):
        if kind == "share" and rng.random() < 0.5:
            return [(" · ".join(wordings[kind]), kind)]
        return [(line, kind) for line in wordings[kind]]
    return block


_TAIL = {
    "read_also": _read_also,
    "related": _headline_list("related", numbered=False),
    "most_read": _headline_list("most_read", numbered=True),
    "tags": _tags,
    "comments": _comments,
    "form": _lines_of("form"),
    "share": _lines_of("share"),
    "newsletter": _lines_of("newsletter"),
}
