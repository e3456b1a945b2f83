"""Label rendered lines keep/drop by aligning a page's gold text to them, token by token.

Gold files hold one paragraph a line, rendered pages break lines wherever the markup does:
one paragraph may span several rendered lines and one rendered line may hold several
paragraphs, so lines are not compared as lines. Both sides become one stream of word
tokens (scoring.tokens after decoding entities and NFKC), which makes the alignment blind
to whitespace, entities, punctuation and quote style: a `?` or U+FFFD where the page has a
curly quote is a non-word character on one side as the quote is on the other.

The streams are aligned in order with difflib's longest-match recursion (so the alignment
is monotone), autojunk on: tokens that make up more than 1 % of a long gold cannot start a
match, which keeps long pages fast, but difflib extends every match over them, so "the" and
"of" inside and next to matched text are matched too (a second pass without autojunk inside
the gaps changed 0.01 % of the matched tokens on a sample of 103 pages, and no label). A rendered
line is kept when more than half of its tokens are matched to gold tokens; a line with no
word token (a rule, a lone "|") is dropped.

The alignment rate of a page is the share of its gold tokens matched: below
MIN_ALIGNMENT_RATE the gold does not describe the page we rendered (another version of the
page, text the renderer cannot see) and the page is left out of the data.
"""

from __future__ import annotations

import difflib
import html
import unicodedata
from dataclasses import dataclass

from cleaner.scoring import tokens

KEEP_SHARE = 0.5
MIN_ALIGNMENT_RATE = 0.8


def alignment_tokens(text: str) -> list[str]:
    return tokens(unicodedata.normalize("NFKC", html.unescape(text)))


@dataclass(frozen=True)
class Alignment:
    keep: list[bool]  # one label a rendered line
    matched_share: list[float]  # share of each line's tokens matched to gold (0 for no tokens)
    gold_tokens: int
    matched_tokens: int

    @property
    def rate(self) -> float:
        """Share of the gold's tokens matched in order; 1.0 for an empty gold."""
        return self.matched_tokens / self.gold_tokens if self.gold_tokens else 1.0


def align(lines: list[str], gold: str) -> Alignment:
    line_tokens = [alignment_tokens(line) for line in lines]
    rendered = [token for line in line_tokens for token in line]
    gold_stream = alignment_tokens(gold)
    matched = [False] * len(rendered)
    for start, _, size in matching_blocks(rendered, gold_stream):
        matched[start:start + size] = [True] * size
    keep, shares, position = [], [], 0
    for line in line_tokens:
        hits = sum(matched[position:position + len(line)])
        position += len(line)
        share = hits / len(line) if line else 0.0
        shares.append(share)
        keep.append(share > KEEP_SHARE)
    return Alignment(keep, shares, len(gold_stream), sum(matched))


def matching_blocks(a: list[str], b: list[str]) -> list[tuple[int, int, int]]:
    """Monotone (i, j, size) blocks with a[i:i+size] == b[j:j+size]."""
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=True)
    return [(block.a, block.b, block.size) for block in matcher.get_matching_blocks() if block.size]
