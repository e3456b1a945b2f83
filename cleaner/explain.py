"""Render a Result line by line: every input line as kept or removed, with rule and reason."""

from __future__ import annotations

from cleaner.model import Result, split_lines, strip_line


def explain_lines(text: str, result: Result) -> list[dict]:
    """One entry per input line: number, status, rule id, reason and the stripped line."""
    verdicts: dict[int, tuple[str, str]] = {}
    for removal in result.removals:
        for number in range(removal.first_line, removal.last_line + 1):
            verdicts[number] = (removal.rule_id, removal.reason)
    entries = []
    for number, line in enumerate(split_lines(text), 1):
        rule_id, reason = verdicts.get(number, ("", ""))
        entries.append({
            "line": number,
            "status": "removed" if rule_id else "kept",
            "rule_id": rule_id,
            "reason": reason,
            "text": strip_line(line),
        })
    return entries


def render_explain(text: str, result: Result) -> str:
    out = []
    for entry in explain_lines(text, result):
        if entry["status"] == "kept":
            out.append(f"{entry['line']:>5} KEEP  {entry['text']}")
        else:
            out.append(f"{entry['line']:>5} DROP  [{entry['rule_id']}] {entry['text']}")
            out.append(f"{'':>11}↳ {entry['reason']}")
    for name, detail in result.flags.items():
        out.append(f"FLAG {name}: {detail}")
    for key, value in result.metadata.items():
        out.append(f"META {key}: {value}")
    return "\n".join(out) + "\n"
