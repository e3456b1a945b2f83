"""Render a Result for a reader: what was kept, what was removed, by which rule and why."""

from __future__ import annotations

from dataclasses import dataclass

from cleaner.model import Result, split_lines, strip_line


def explain_lines(text: str, result: Result) -> list[dict]:
    """One entry per input line: number, status, rule id, reason and the stripped line (a
    kept line's reason says who gave it back when the learned layer restored it)."""
    verdicts: dict[int, tuple[str, str]] = {}
    for removal in result.removals:
        for number in range(removal.first_line, removal.last_line + 1):
            verdicts[number] = (removal.rule_id, removal.reason)
    entries = []
    for number, line in enumerate(split_lines(text), 1):
        rule_id, reason = verdicts.get(number, ("", result.restored.get(number, "")))
        entries.append({
            "line": number,
            "status": "removed" if rule_id else "kept",
            "rule_id": rule_id,
            "reason": reason,
            "text": strip_line(line),
        })
    return entries


@dataclass
class _Row:
    """One printed row: a kept line, or removed lines with one rule and reason."""

    first: int
    last: int
    rule_id: str  # "" for a kept line
    reason: str  # "" when the row above already gave it, or for a kept line not restored
    lines: list[str]  # the row's non-blank lines

    @property
    def span(self) -> str:
        return str(self.first) if self.first == self.last else f"{self.first}-{self.last}"


def render_explain(text: str, result: Result, every_line: bool = False) -> str:
    """One row per kept line and one per removal block, its reason given once; blank lines
    are left out. With every_line, one row per input line, blank ones too."""
    rows = _line_rows(text, result) if every_line else _block_rows(result)
    width = max([5, *(len(row.span) for row in rows)])
    out = []
    for row in rows:
        if not row.rule_id:
            out.append(f"{row.span:>{width}} KEEP  {row.lines[0]}")
            if row.reason:
                out.append(f"{'':>{width + 6}}↳ {row.reason}")
            continue
        more = f"  (+{len(row.lines) - 1} more lines)" if len(row.lines) > 1 else ""
        out.append(f"{row.span:>{width}} DROP  [{row.rule_id}] {row.lines[0] if row.lines else ''}{more}")
        if row.reason:
            out.append(f"{'':>{width + 6}}↳ {row.reason}")
    for name, detail in result.flags.items():
        out.append(f"FLAG {name}: {detail}")
    for key, value in result.metadata.items():
        out.append(f"META {key}: {value}")
    return "\n".join(out) + "\n"


def _block_rows(result: Result) -> list[_Row]:
    """Kept lines, and removals without their blank lines; removals of one rule and reason
    with only blank lines between them are one block."""
    kept = [_Row(line.number, line.number, "", result.restored.get(line.number, ""), [line.text])
            for line in result.kept]
    removed = [_Row(r.first_line, r.last_line, r.rule_id, r.reason, [t for t in r.text.split("\n") if t])
               for r in result.removals]
    rows: list[_Row] = []
    for row in sorted(kept + removed, key=lambda row: row.first):
        if row.rule_id and not row.lines:
            continue  # blank lines are no news
        previous = rows[-1] if rows else None
        if previous and row.rule_id and (previous.rule_id, previous.reason) == (row.rule_id, row.reason):
            previous.last = row.last
            previous.lines += row.lines
        else:
            rows.append(row)
    return rows


def _line_rows(text: str, result: Result) -> list[_Row]:
    """Every input line, the reason given on the first line of each removal and on each
    restored line."""
    starts = {removal.first_line for removal in result.removals} | result.restored.keys()
    return [_Row(entry["line"], entry["line"], entry["rule_id"],
                 entry["reason"] if entry["line"] in starts else "", [entry["text"]])
            for entry in explain_lines(text, result)]
