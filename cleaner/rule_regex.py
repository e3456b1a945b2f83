"""Rule regexes in RE2 syntax: linear time by construction, with Unicode classes.

RE2 (google-re2) runs every pattern in time linear in the line, so no rule can hang a run and
no timeout is needed. Its \\w \\d \\s and \\b are ASCII-only, while rules match normalised
text in every script, so patterns are translated at load:

- \\d -> \\p{Nd}, \\w -> letters, marks, decimal and letter numbers, connector punctuation and
  the zero-width joiners (what the `regex` module's Unicode \\w matches), \\s -> Unicode white
  space; \\D \\W \\S are their complements (\\W and \\S not inside [...]).
- \\b has no Unicode form in RE2. It is rewritten where the pattern shows which side is the
  word: at the start of an alternative before a word, after `^.{0,N}` before a word, at the
  end of an alternative after a word (the boundary then takes the next character, and the
  match is reported as ending before it), and after a word before `[^...]{m,n}$`,
  `.{m,n}$` or a class of ASCII punctuation and `$`. Anywhere else it is refused.
- Lookarounds are refused: rules say the same with the keys unless_ends_with and
  unless_contains (see docs/rules.md).
- A repeat count above MAX_REPEAT is refused (RE2 would misread a count beyond its integer
  range, such as a{1000000000}, as something else).

Errors are PatternError with a message for the rule author; the loader adds file, line and
rule id.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

import re2

MAX_REPEAT = 1000
# Counted repeats with an upper bound from here on are unbounded in the scan's prefilter.
LOOSE_REPEAT = 10
# Below about 256 MB a Set of a few hundred rules runs out of DFA memory and silently falls
# back to a 30-100x slower engine.
SET_MAX_MEM = 256 << 20

_WORD = r"\p{L}\p{M}\p{Nd}\p{Nl}\p{Pc}\x{200C}\x{200D}"
_SPACE = r"\t-\r\x{85}\p{Z}"
_NOT_WORD = f"[^{_WORD}]"
_OUTSIDE_CLASS = {"d": r"\p{Nd}", "D": r"\P{Nd}", "w": f"[{_WORD}]", "W": _NOT_WORD,
                  "s": f"[{_SPACE}]", "S": f"[^{_SPACE}]"}
_INSIDE_CLASS = {"d": r"\p{Nd}", "D": r"\P{Nd}", "w": _WORD, "s": _SPACE}
# Where the marker groups of a trailing \b are named; rule patterns may not use the prefix.
_END_GROUP = "cleaner_end"
_REPEAT = re.compile(r"\{(\d*)(?:,(\d*))?\}")
_ESCAPE = re.compile(r"\\(?:[pPx]\{[^}]*\}|.)", re.S)
_LEADING_ANY = re.compile(r"(?:^|\|)\^\.\{0,(\d+)\}$")
_CLASS_TAIL = re.compile(r"\[\^((?:\\.|[^\]\\])+)\]\{(\d+),(\d+)\}\$")
_PUNCTUATION_TAIL = re.compile(r"\[[!-/:-@\[\]^`{-~]+\]\??\$")
_ANY_TAIL = re.compile(r"\.\{(\d+),(\d+)\}\$")


class PatternError(ValueError):
    """A rule pattern RE2 cannot run, or one cleaner cannot translate."""


@dataclass(frozen=True)
class RulePattern:
    """A rule's pattern as RE2 runs it, with where a match really ends.

    RE2 compiles it when it is first asked for a match: a Set flags the lines worth asking,
    and compiling the 3,488 shipped patterns at load took 3.3 s of the 6.6 s that loading
    the rules cost, for the few of them that a batch ever confirms."""

    source: str  # the pattern as written in the rule file
    translated: str  # the pattern RE2 runs
    end_group_names: tuple[str, ...]  # groups marking the character a trailing \b took

    @functools.cached_property
    def compiled(self) -> re2._Regexp:
        try:
            return re2.compile(self.translated, options())
        except re2.error as exc:
            raise PatternError(f"RE2 cannot run it: {_message(exc)}") from None

    @functools.cached_property
    def end_groups(self) -> tuple[int, ...]:
        return tuple(self.compiled.groupindex[name] for name in self.end_group_names)

    @functools.cached_property
    def loose(self) -> str:
        """The pattern as a scan's Set holds it (see loosened)."""
        return loosened(self.translated)

    def match_end(self, line: bytes) -> int | None:
        """Where the first match in a UTF-8 line ends (a byte offset, before any character a
        \\b took), or None. Bytes, because the re2 module converts every offset of a str."""
        found = self.compiled.search(line)
        if found is None:
            return None
        end = found.end()
        for group in self.end_groups:
            start = found.start(group)
            if start >= 0 and len(line[start:end].decode("utf-8")) == 1:
                return start
        return end


def options(max_mem: int | None = None) -> re2.Options:
    chosen = re2.Options()
    chosen.log_errors = False
    if max_mem:
        chosen.max_mem = max_mem
    return chosen


def compile_rule_pattern(pattern: str, *, now: bool = True) -> RulePattern:
    """A rule pattern translated and parsed by RE2, once per process (raises PatternError),
    and compiled now or (now=False) when first used. Parsing finds every error but one: a
    program too large for RE2's memory bound (a counted repeat of a large class) is found
    by compiling."""
    found = _parsed_rule_pattern(pattern)
    if now:
        found.compiled  # raises PatternError where RE2 cannot compile it
    return found


@functools.cache
def _parsed_rule_pattern(pattern: str) -> RulePattern:
    translated, end_group_names = translate(pattern)
    try:
        re2.Set.SearchSet(options()).Add(translated)
    except re2.error:
        RulePattern(pattern, translated, end_group_names).compiled  # raises with RE2's reason
        raise PatternError("RE2 cannot parse it") from None
    return RulePattern(pattern, translated, end_group_names)


def translate(pattern: str) -> tuple[str, tuple[str, ...]]:
    """The RE2 pattern for a rule pattern, and the names of its trailing-\\b marker groups."""
    if _END_GROUP in pattern:
        raise PatternError(f"group names starting with {_END_GROUP!r} are reserved")
    out: list[str] = []
    end_groups: list[str] = []
    index = 0
    while index < len(pattern):
        char = pattern[index]
        if char == "[":
            index = _copy_class(pattern, index, out)
            continue
        if char == "(" and pattern.startswith(("(?=", "(?!", "(?<=", "(?<!"), index):
            raise PatternError("lookarounds ((?=...), (?!...), (?<=...), (?<!...)) are not "
                               "supported; use the rule keys unless_ends_with / unless_contains")
        if char == "{":
            repeat = _REPEAT.match(pattern, index)
            if repeat and any(n and int(n) > MAX_REPEAT for n in repeat.groups()):
                raise PatternError(f"repeat count {repeat.group()} is above the limit of {MAX_REPEAT}")
        if char != "\\":
            out.append(char)
            index += 1
            continue
        if index + 1 == len(pattern):
            raise PatternError("the pattern ends with a lone backslash")
        escape = pattern[index + 1]
        if escape == "b":
            index = _boundary(pattern, index, out, end_groups)
            continue
        if escape == "B":
            raise PatternError("\\B is not supported (RE2's is ASCII-only)")
        out.append(_OUTSIDE_CLASS.get(escape) or _escaped(escape))
        index += 2
    return "".join(out), tuple(end_groups)


def _escaped(char: str) -> str:
    """An escaped literal as RE2 accepts it: RE2 refuses a backslash before white space or a
    non-ASCII character (regex.escape writes one before a no-break space), so those become
    \\x{...}."""
    if char.isascii() and (char.isalnum() or not char.isspace()):
        return "\\" + char
    return f"\\x{{{ord(char):X}}}"


def loosened(translated: str) -> str:
    """A superset of a translated pattern for the scan's Set: counted repeats with an upper
    bound of LOOSE_REPEAT or more lose that bound (x{0,60} -> x*, x{2,60} -> x{2,}).

    A Set's DFA tracks every count of such a repeat as a state of its own: with them, a
    Set of the shipped rules costs about four times as much per line. Lines the loosened
    pattern flags are confirmed with the exact one.
    """
    out: list[str] = []
    index = 0
    while index < len(translated):
        char = translated[index]
        if char == "\\":
            escape = _ESCAPE.match(translated, index)
            out.append(escape.group())
            index = escape.end()
            continue
        if char == "[":
            end = _class_end(translated, index)
            out.append(translated[index:end])
            index = end
            continue
        repeat = _REPEAT.match(translated, index) if char == "{" else None
        if repeat and repeat.group(2) and int(repeat.group(2)) >= LOOSE_REPEAT:
            low = int(repeat.group(1) or 0)
            out.append("*" if low == 0 else f"{{{low},}}")
            index = repeat.end()
            continue
        out.append(char)
        index += 1
    return "".join(out)


def _copy_class(pattern: str, index: int, out: list[str]) -> int:
    """Copy the character class starting at pattern[index] with its escapes translated;
    return the index after it."""
    out.append("[")
    index += 1
    if pattern.startswith("^", index):
        out.append("^")
        index += 1
    first = True
    while index < len(pattern):
        char = pattern[index]
        if char == "]" and not first:
            out.append("]")
            return index + 1
        first = False
        if char == "\\" and index + 1 < len(pattern):
            escape = pattern[index + 1]
            if escape in "WSbB":
                raise PatternError(f"\\{escape} is not supported inside [...]")
            out.append(_INSIDE_CLASS.get(escape) or _escaped(escape))
            index += 2
            continue
        out.append(char)
        index += 1
    raise PatternError("a character class [...] is not closed")


def _boundary(pattern: str, index: int, out: list[str], end_groups: list[str]) -> int:
    """Rewrite the \\b at pattern[index] (see the module docstring); return the index after
    what was consumed."""
    before, after = pattern[:index], pattern[index + 2:]
    written = "".join(out)
    leading = _LEADING_ANY.search(before)
    if leading:
        width = int(leading.group(1))
        out[:] = [written[:len(written) - len(f".{{0,{width}}}")]]
        if width:
            out.append(f"(?:.{{0,{width - 1}}}{_NOT_WORD})?")
        return index + 2
    if before in ("", "^") or before.endswith(("|", "|^")) and _depth(before) == 0:
        out.append("" if before.endswith("^") else f"(?:^|{_NOT_WORD})")
        return index + 2
    if not (before[-1].isalnum() or before.endswith((")", ")?"))):
        raise PatternError(_BOUNDARY_HELP)
    punctuation = _PUNCTUATION_TAIL.match(after)
    if punctuation and _ends_alternative(after[punctuation.end():]):
        return index + 2  # after a word, punctuation or the line's end is a boundary anyway
    if _ends_alternative(after):
        group = f"{_END_GROUP}{len(end_groups)}"
        end_groups.append(group)
        out.append(f"(?:$|(?P<{group}>){_NOT_WORD})")
        return index + 2
    tail = _CLASS_TAIL.match(after)
    if tail and _ends_alternative(after[tail.end():]):
        excluded, low, high = tail.group(1), int(tail.group(2)), int(tail.group(3))
        excluded = _translated_class_body(excluded)
        rest = f"[^{excluded}]{{{max(low - 1, 0)},{high - 1}}}$" if high else None
        out.append(_tail_choice(low, f"[^{_WORD}{excluded}]", rest))
        return index + 2 + tail.end()
    tail = _ANY_TAIL.match(after)
    if tail and _ends_alternative(after[tail.end():]):
        low, high = int(tail.group(1)), int(tail.group(2))
        rest = f".{{{max(low - 1, 0)},{high - 1}}}$" if high else None
        out.append(_tail_choice(low, _NOT_WORD, rest))
        return index + 2 + tail.end()
    raise PatternError(_BOUNDARY_HELP)


_BOUNDARY_HELP = (
    "\\b is supported only at the start of an alternative or after ^.{0,N} (before a word), "
    "and after a word at the end of an alternative or before [^...]{m,n}$, .{m,n}$ or "
    "[<ASCII punctuation>]$ "
    "(RE2's \\b is ASCII-only, so cleaner rewrites it); spell the boundary out, for example "
    "(?:$|[^\\w])"
)


def _tail_choice(low: int, first: str, rest: str | None) -> str:
    """`(?:$|<first><rest>)`: the end of the line right after the word, or a non-word
    character and the rest of the tail."""
    choices = [] if low else ["$"]
    if rest is not None:
        choices.append(first + rest)
    return "(?:" + "|".join(choices) + ")"


def _translated_class_body(body: str) -> str:
    out: list[str] = []
    _copy_class("[" + body + "]", 0, out)
    return "".join(out)[1:-1]


def _ends_alternative(after: str) -> bool:
    """Whether nothing can follow in a match: only group ends, optional markers and the
    remaining alternatives of enclosing groups up to the end of the pattern."""
    index = 0
    while index < len(after):
        char = after[index]
        if char == ")":
            index += 1
            if after.startswith("?", index):
                index += 1
        elif char == "|":
            index = _skip_alternatives(after, index)
        else:
            return False
    return True


def _depth(text: str) -> int:
    """How many groups are open at the end of text."""
    return sum((char == "(") - (char == ")") for _, char in _structure(text, 0))


def _skip_alternatives(text: str, index: int) -> int:
    """The index of the ")" closing the group text[index] is in (or the end of text)."""
    depth = 0
    for position, char in _structure(text, index):
        if char == "(":
            depth += 1
        elif char == ")":
            if depth == 0:
                return position
            depth -= 1
    return len(text)


def _structure(text: str, index: int):
    """(index, character) of every character from index on that is neither escaped nor
    inside a character class."""
    while index < len(text):
        if text[index] == "\\":
            index += 2
        elif text[index] == "[":
            index = _class_end(text, index)
        else:
            yield index, text[index]
            index += 1


def _class_end(text: str, index: int) -> int:
    index += 1
    if text.startswith("^", index):
        index += 1
    first = True
    while index < len(text):
        if text[index] == "\\":
            index += 2
            first = False
            continue
        if text[index] == "]" and not first:
            return index + 1
        first = False
        index += 1
    return index


def _message(exc: Exception) -> str:
    detail = exc.args[0] if exc.args else exc
    return detail.decode("utf-8", "replace") if isinstance(detail, bytes) else str(detail)
