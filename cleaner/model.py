"""Plain data types shared by every layer: lines in, kept lines and removals out."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

# json.loads joins a surrogate pair into one character: a surrogate left in a str is lone.
_SURROGATE = re.compile("[\ud800-\udfff]")
SURROGATES_REPLACED = "surrogates_replaced"


def repair_surrogates(text: str) -> tuple[str, dict[str, str]]:
    """(text, flags): lone surrogates replaced by U+FFFD, and a flag that counts them. A str may hold a lone
    surrogate (a JSONL "\\ud800" escape, a file name's byte kept by surrogateescape), which is
    no character: no UTF-8 output, and no UTF-8 regex engine, can take it."""
    try:
        # UTF-8 refuses only surrogates, and encodes a text several times faster than the
        # search for them: most texts are searched only when they hold one.
        text.encode("utf-8")
    except UnicodeEncodeError:
        text, replaced = _SURROGATE.subn("\ufffd", text)
        return text, {SURROGATES_REPLACED: f"{replaced} lone surrogate(s) replaced by U+FFFD"}
    return text, {}


def split_lines(text: str) -> list[str]:
    """Split a scrape into lines the way gold files count them.

    Lines are the pieces between "\\n" characters; a final empty piece after a trailing
    newline is not a line. A "\\r" before the "\\n" stays with its line and goes when the line
    is stripped. str.splitlines() is not used: it also splits on form feeds and U+2028,
    which would renumber lines against the gold files.
    """
    if not text:
        return []
    pieces = text.split("\n")
    if pieces[-1] == "":
        pieces.pop()
    return pieces


def strip_line(line: str) -> str:
    """A line as the cleaner keeps it: str.strip(), and a byte-order mark at either end
    (an encoding artefact, invisible) removed too. Text inside the line is never touched."""
    line = line.strip()
    if line[:1] == "\ufeff" or line[-1:] == "\ufeff":
        line = line.strip("\ufeff").strip()
    return line


def visible(line: str) -> str:
    """The line stripped of white space and of control characters such as a NUL."""
    return line.strip().strip("\x00\x0b\x0c\x1c\x1d\x1e\x1f\ufeff\u200b").strip()


class DeferredText:
    """A value whose str() is written into a Removal's reason on first read: the base of the
    learned line model's reasons (linemodel.Explanation), which cost more than the rest of
    the layer, and which most runs never read."""

    __slots__ = ()

    def __str__(self) -> str:
        raise NotImplementedError


class _WrittenOnRead:
    """A dataclass field that takes a str, or a DeferredText whose str() is the value,
    written on first read. Anything else is refused: str() would turn a None or a number
    into a reason that reads "None" and hides the caller's mistake."""

    def __set_name__(self, owner, name: str) -> None:
        self._slot = "_" + name
        self._field = f"{owner.__name__}.{name}"

    def __get__(self, instance, owner=None) -> str:
        if instance is None:
            raise AttributeError(self._slot)  # no default value: the field is required
        value = instance.__dict__[self._slot]
        if not isinstance(value, str):
            value = instance.__dict__[self._slot] = str(value)
        return value

    def __set__(self, instance, value) -> None:
        if not isinstance(value, (str, DeferredText)):
            raise TypeError(f"{self._field} takes a str (or a model.DeferredText), not {type(value).__name__}")
        instance.__dict__[self._slot] = value


@dataclass(frozen=True)
class Removal:
    """One run of consecutive input lines that the cleaner dropped, and why."""

    first_line: int  # 1-based, inclusive
    last_line: int  # 1-based, inclusive
    rule_id: str
    reason: str = _WrittenOnRead()
    text: str  # the removed lines, each stripped, joined by "\n"

    def to_dict(self) -> dict:
        return {
            "first_line": self.first_line,
            "last_line": self.last_line,
            "rule_id": self.rule_id,
            "reason": self.reason,
            "text": self.text,
        }


@dataclass(frozen=True)
class KeptLine:
    number: int  # 1-based line number in the input
    text: str  # stripped


@dataclass
class Result:
    """What clean() returns.

    text      kept lines, each stripped, joined by "\\n"; no blank lines
    kept      the kept lines with their input line numbers
    removals  every dropped run of lines with the rule that dropped it
    metadata  what header, source and tag lines told us (site, source, byline, date, tags, ...)
    flags     name -> human-readable detail; "large_cut" when layout heuristics alone removed
              half of a long input; "over_deletion" when a long input would have
              been cut to almost nothing (see engine.OVER_DELETION_* for the thresholds);
              "small_share" when a short article was kept over a tail rules named that
              holds most of a long input (engine.OVER_DELETION_ARTICLE, or
              OVER_DELETION_SHORT_ARTICLE characters that are mostly prose);
              "no_article" when nothing was kept (an empty text, or every line removed);
              "surrogates_replaced" when lone surrogates in the text became U+FFFD
    restored  line number -> why: kept lines that a layout heuristic had dropped and the
              learned line layer gave back
    """

    kept: list[KeptLine]
    removals: list[Removal]
    metadata: dict = field(default_factory=dict)
    flags: dict[str, str] = field(default_factory=dict)
    restored: dict[int, str] = field(default_factory=dict)

    @property
    def text(self) -> str:
        return "\n".join(line.text for line in self.kept)

    def replay(self) -> list[str]:
        """Rebuild the input's stripped lines, in order, from kept lines plus removals."""
        by_number: dict[int, str] = {line.number: line.text for line in self.kept}
        for removal in self.removals:
            for offset, text in enumerate(removal.text.split("\n")):
                by_number[removal.first_line + offset] = text
        return [by_number[n] for n in sorted(by_number)]

    def removal_summary(self) -> dict[str, int]:
        """Removed line count per rule id."""
        counts: dict[str, int] = {}
        for removal in self.removals:
            lines = removal.last_line - removal.first_line + 1
            counts[removal.rule_id] = counts.get(removal.rule_id, 0) + lines
        return counts
