"""Which language a document is written in, so that a language's marker lexicon fires only on
documents in that language ("Tags:" is an English marker, not a German one, on an English page).

CLD2 (pycld2) ships its model inside the package and runs offline. It reads about 20 MB/s,
so its sample is kept short: at 4,000 characters it took 10-15 % of cleaning the dev texts.
It counts bytes.

Only the document's prose lines are read (the body-line shape of the heuristics): menus,
markers and credits are what cleaning removes, so the language of the prose is also the
language of the cleaned text, and cleaning that text again scopes the rules the same way.
"""

from __future__ import annotations

import pycld2

from cleaner.heuristics import BODY_MIN_CHARS, BODY_MIN_WORDS, cjk_signs

# Enough text to tell the language; the rest of a long document would only cost time. Cut
# from 4,000: on the 3,002 dev and train texts with prose, 2 (mixed-language comment pages)
# get another language from 2,000 characters, and no cleaned text changes.
SAMPLE_CHARS = 2000
# CLD2's share of the sample's text bytes in the top language, below which the document is
# taken as mixed and every lexicon applies (as when no language is known).
MIN_PERCENT = 50

# CLD2 codes that name a lexicon's language otherwise.
_ALIASES = {"zh-Hant": "zh", "iw": "he", "jw": "jv"}


def document_language(lines: list[str]) -> str | None:
    """The language of a document's prose lines, or None when it has none or CLD2 cannot tell."""
    sample = prose_sample(lines)
    return detect_language(sample) if sample else None


def prose_sample(lines: list[str]) -> str:
    """The prose lines that tell a document's language, joined: the first ones, up to
    SAMPLE_CHARS characters ("" when there are none). Two documents with the same sample
    are in the same language, without asking CLD2 twice."""
    prose, size = [], 0
    for line in lines:
        if is_prose(line):
            prose.append(line)
            size += len(line)
            if size >= SAMPLE_CHARS:
                break
    return "\n".join(prose)


def is_prose(line: str) -> bool:
    # A line of fewer than half BODY_MIN_CHARS characters is no prose even if every one of them
    # is a sign counted twice: blank lines and menus cost one comparison.
    if 2 * len(line) < BODY_MIN_CHARS:
        return False
    # Split no further than the word count asked for: a paragraph can be thousands of words.
    if len(line) >= BODY_MIN_CHARS and len(line.split(None, BODY_MIN_WORDS - 1)) >= BODY_MIN_WORDS:
        return True
    # Chinese and Japanese write no spaces: their signs count as analyse() counts them (a word
    # a two signs, each twice as wide), or their pages would get no language and every
    # lexicon would apply to them.
    signs = cjk_signs(line)
    return signs > 0 and len(line) + signs >= BODY_MIN_CHARS and len(line.split()) + signs // 2 >= BODY_MIN_WORDS


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of the text's language, or None when CLD2 cannot tell reliably."""
    sample = text[:SAMPLE_CHARS]
    try:
        reliable, _, found = pycld2.detect(sample, isPlainText=True)
    except pycld2.error:
        # CLD2 takes only valid UTF-8: lone surrogates or control bytes it rejects.
        try:
            reliable, _, found = pycld2.detect(sample.encode("utf-8", "replace").decode("utf-8", "replace"),
                                               isPlainText=True)
        except pycld2.error:
            return None
    _, code, percent, _ = found[0]
    if not reliable or percent < MIN_PERCENT or code == "un":
        return None
    return _ALIASES.get(code, code)
