"""Text normalisation for matching only; kept text is never normalised.

Scrapes spell the same marker many ways: "إقرأ أيضاً:", "اقرأ ايضا", "اقرأ أيضًا -", with
tatweel, with Persian yeh and kaf, with Arabic-Indic digits, in any letter case. Rule
patterns and lines go through the same function, so a pattern written once matches them all.
"""

from __future__ import annotations

import unicodedata

import regex

# Only the head of a line is normalised: markers sit at the start of short lines, and body
# paragraphs can run to thousands of characters that no pattern needs to see in full.
MATCH_WINDOW = 200

# Pairs, not a str.translate table: replacing the few characters a text holds is many times
# faster than translate's lookup of every character. No replacement is itself a folded
# character, so the order of the pairs does not matter.
_LETTER_FOLDS = (
    ("\u0671", "\u0627"),  # alef wasla -> alef (has no decomposition)
    ("\u0649", "\u064a"),  # alef maqsura -> yeh
    ("\u06cc", "\u064a"),  # Persian yeh -> Arabic yeh
    ("\u06d2", "\u064a"),  # yeh barree -> yeh
    ("\u0629", "\u0647"),  # ta marbuta -> heh
    ("\u06c0", "\u0647"),  # heh with yeh above -> heh
    ("\u06d5", "\u0647"),  # ae -> heh
    ("\u06a9", "\u0643"),  # keheh (Persian kaf) -> kaf
    ("\u0640", ""),  # tatweel
    ("\u200c", " "),  # zero-width non-joiner: Persian writes it, a space, or nothing
    ("\u200d", ""),
    ("\x00", ""),  # NUL lines of old corpora
    ("\u200b", ""),
    ("\u200e", ""),
    ("\u200f", ""),
    ("\ufeff", ""),
    ("\u061b", ";"),  # Arabic semicolon
    ("\u060c", ","),  # Arabic comma
    ("\uff1a", ":"),  # fullwidth colon
    ("\ua789", ":"),  # modifier letter colon
    ("\u2013", "-"),
    ("\u2014", "-"),
    ("\u2015", "-"),
    ("\u2212", "-"),
    ("\u00ab", '"'),
    ("\u00bb", '"'),
    ("\u201c", '"'),
    ("\u201d", '"'),
    ("\u2019", "'"),
    ("\u00b7", " "),  # middle dot, used as a bullet
    ("\u2022", " "),  # bullet
    *((chr(0x0660 + d), str(d)) for d in range(10)),  # Arabic-Indic digits
    *((chr(0x06F0 + d), str(d)) for d in range(10)),  # Persian digits
)

_MARKS = regex.compile(r"\p{Mn}+")
# Tatweel stretches a letter ("الـرياض") and goes; standing at the start of a word it is
# the dash of a dateline ("الرياض ـ فلان"), written so for want of a dash key.
# A line of tatweel alone is a drawn rule, blank like a line of spaces.
_TATWEEL_DASH = regex.compile(r"(^|\s)\u0640+(?=[^\S\n]*[^\s\u0640])", regex.MULTILINE)


# Pointers a site prints before a marker ("► Read also:", "▶ 관련기사 :", "👉 ΔΙΑΒΑΣΤΕ ΕΠΙΣΗΣ:",
# "➤ Lees ook:", ">>> Xem thêm:"): arrows, geometric shapes, dingbats and pictographs at a
# line's start, which no marker is made of ("©" and the other letter-like symbols are not
# among them), and two or more ASCII arrows. One ">" quotes an e-mail ("> Comments are closed,
# as they were last year") and "›" bullets a list: what follows them is text.
_POINTERS = regex.compile(r"^\s*(?:(?:[\u2190-\u21ff\u25a0-\u27bf\U0001f300-\U0001faff]+|>{2,})\s*)+(?=\S)")
# ">>" between a marker of two words or more and a headline stands for its colon ("مزید پڑھیں >>
# <headline>"). One word over ">>" is a menu's path ("Tags >> Manage", "Фото >> Альбомы"), and
# so is a line with a second ">>" ("Photos >> Albums >> Hidden"); a closing one stays too.
_ARROW_COLON = regex.compile(r"^([^>\s]+(?: [^>\s]+){1,5})\s*>{2,}\s*(?=[^>]+$)")


def normalize(text: str) -> str:
    """Fold case, letter forms, marks, digits, dashes and spaces for matching.

    Every run of white space (what str.isspace calls space, so tabs, no-break spaces and
    the ASCII separators \\x1c-\\x1f too) becomes one space, the ends are trimmed, a
    pointer before the text (_POINTERS) goes, and a ">>" after its first words is a colon.
    """
    return _tidy(_fold(text[:MATCH_WINDOW]))


def normalize_lines(lines: list[str]) -> list[str]:
    """normalize() for every line of a document, folded in one pass over the whole text.

    One call per document keeps the per-line cost of the C-level string functions low; the
    folding never adds or removes a newline, so the result splits back into the same lines.
    """
    if not lines:
        return []
    folded = _fold("\n".join(line[:MATCH_WINDOW] for line in lines)).split("\n")
    return [_tidy(line) for line in folded]


def _tidy(folded: str) -> str:
    if not folded:  # a blank line: most lines of a rendered page
        return ""
    unpointed = _POINTERS.sub("", folded, count=1)
    if ">>" in unpointed:
        unpointed = _ARROW_COLON.sub(r"\1: ", unpointed, count=1)
    return " ".join(unpointed.split())


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text)
    if not text.isascii():
        text = _MARKS.sub("", text)
        if "\u0640" in text:
            text = _TATWEEL_DASH.sub(r"\1-", text)
    for char, replacement in _LETTER_FOLDS:
        if char in text:
            text = text.replace(char, replacement)
    return text.casefold()


def original_rest(text: str, normalised_rest: str) -> str:
    """The part of `text` that normalised to `normalised_rest`, the end of normalize(text).

    Rules match normalised lines, but what a metadata rule reports (a source, tags) must be
    given as the page spells it: letter case, hamza forms and ZWNJ included. A value never
    starts inside a word, so a pattern that consumed its first letter (": ?\\S") gives the
    whole word back.
    """
    normalised = normalize(text)
    offset = normalised.rfind(normalised_rest) if normalised_rest else -1
    if offset < 0:
        return text
    while offset > 0 and normalised[offset - 1].isalnum():
        offset -= 1
    # The first character of text whose normalised prefix reaches past offset: the
    # normalised length of a prefix never shrinks as the prefix grows.
    low, high = 0, len(text)
    while low < high:
        middle = (low + high) // 2
        if len(normalize(text[:middle + 1])) > offset:
            high = middle
        else:
            low = middle + 1
    return text[low:].strip(" :-|/.,;>»\"'\u060c\u061b")
