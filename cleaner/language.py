"""Which language a document is written in, so that a language's marker lexicon fires only on
documents in that language ("Tags:" is an English marker, not a German one, on an English page).

CLD2 (pycld2) ships its model inside the package and runs offline, in about 50 µs for the
sample read here, a few per cent of the cost of cleaning the document. It counts bytes, not
lines, so a page of Arabic text under an English menu is Arabic.
"""

from __future__ import annotations

import pycld2

# Enough text to tell the language; the rest of a long document would only cost time.
SAMPLE_CHARS = 4000
# CLD2's share of the sample's text bytes in the top language, below which the document is
# taken as mixed and every lexicon applies (as when no language is known).
MIN_PERCENT = 50

# CLD2 codes that name a lexicon's language otherwise.
_ALIASES = {"zh-Hant": "zh", "iw": "he"}


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of the document's language, or None when CLD2 cannot tell reliably."""
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
