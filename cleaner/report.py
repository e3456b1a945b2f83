"""Render a scoring Report: a terminal table with per-document diffs, JSON, one HTML page.

Every string that comes from a document, a rule or a file name goes into the HTML page
through html.escape, and every element holding such text has dir="auto" so that Arabic
and Persian lines render right-to-left. The page is self-contained: inline CSS, no script,
no external asset.
"""

from __future__ import annotations

import json
from html import escape

from cleaner.scoring import EXTRA, MISSING, REMOVED, SAME, DiffLine, DocumentScore, Report, SiteScore

MARKS = {REMOVED: "-", MISSING: "?", EXTRA: "+"}
MEANINGS = {
    REMOVED: "gold line a rule removed",
    MISSING: "gold line missing from the output",
    EXTRA: "output line the gold drops",
}
_ANSI = {REMOVED: "31", MISSING: "35", EXTRA: "33", "bold": "1", "fail": "1;31"}
# A scraped line may carry escape sequences; shown raw they would drive the reader's terminal.
_CONTROLS = {c: f"\\x{c:02x}" for c in [*range(0x00, 0x09), *range(0x0a, 0x20), *range(0x7f, 0xa0)]}


# ---------------------------------------------------------------- shared pieces


NOT_APPLICABLE = "–"  # a figure with nothing to count (no raw text, no clean document)


def _rate(value: float | None) -> str:
    return NOT_APPLICABLE if value is None else f"{value:.1%}"


def _share(count: int, of: int) -> str:
    return f"{count}/{of}" if of else NOT_APPLICABLE


SITE_HEADERS = ["site", "docs", "line P", "line R", "line F1", "token F1", "shingle F1",
                "exact", "clean lost", "junk removed", "gold lost", "missing/err"]
TABLE_NOTE = ("overall = macro-average over documents; junk removed and gold lost are pooled "
              "over lines; clean lost = documents whose gold keeps every line that lost one")


def _site_cells(site: SiteScore) -> list[str]:
    scores = [site.line.precision, site.line.recall, site.line.f1, site.token.f1, site.shingle.f1]
    return [
        site.site, str(site.documents),
        *(f"{score:.3f}" if site.documents else NOT_APPLICABLE for score in scores),
        _share(site.exact, site.documents), _share(site.over_deleted, site.clean_documents),
        _rate(site.junk_removed_rate), _rate(site.gold_lost_rate),
        str(len(site.missing_gold) + len(site.missing_output) + len(site.errors)),
    ]


def rules_summary(site: SiteScore) -> str:
    return ", ".join(f"{rule} {count}" for rule, count in site.removed_by_rule.items())


def _where(line: DiffLine) -> str:
    """Where the line is: gold line number and, when known, the input line number."""
    places = []
    if line.gold_line is not None:
        places.append(f"gold {line.gold_line}")
    if line.output_line is not None and line.raw_line is None:
        places.append(f"output {line.output_line}")
    if line.raw_line is not None:
        places.append(f"raw {line.raw_line}")
    return ", ".join(places)


def _document_summary(document: DocumentScore) -> str:
    status = "" if document.status == "ok" else f"{document.status}: {document.detail}; "
    flags = "".join(f"; flag {name}: {detail}" for name, detail in document.flags.items())
    return (f"{status}line P {document.line.precision:.3f} R {document.line.recall:.3f} "
            f"F1 {document.line.f1:.3f}, token F1 {document.token.f1:.3f}, "
            f"shingle F1 {document.shingle.f1:.3f}{flags}")


def _differs(document: DocumentScore) -> bool:
    return document.scored and (bool(document.differences) or document.status != "ok")


def worst_first(documents: list[DocumentScore]) -> list[tuple[int, DocumentScore]]:
    """(position in the report, document), the lowest line F1 first; unscored ones last."""
    def badness(item: tuple[int, DocumentScore]) -> tuple:
        _, document = item
        if not document.scored:
            return (1, 0.0, 0.0, document.path)
        return (0, document.line.f1, document.shingle.f1, document.path)

    return sorted(enumerate(documents), key=badness)


# ---------------------------------------------------------------- terminal


def render_terminal(report: Report, failures: list[str], color: bool) -> str:
    """The per-site table, what could not be compared, each differing document, the gate."""

    def paint(text: str, style: str) -> str:
        text = text.translate(_CONTROLS)
        return f"\x1b[{_ANSI[style]}m{text}\x1b[0m" if color else text

    rows = [SITE_HEADERS] + [_site_cells(s) for s in report.sites.values()] + [_site_cells(report.overall)]
    widths = [max(len(row[i]) for row in rows) for i in range(len(SITE_HEADERS))]

    def table_row(cells: list[str]) -> str:
        return "  ".join(c.ljust(w) if i == 0 else c.rjust(w) for i, (c, w) in enumerate(zip(cells, widths)))

    out = [paint(table_row(rows[0]), "bold")] + [table_row(r).translate(_CONTROLS) for r in rows[1:]]
    out.append(f"({TABLE_NOTE})")
    if report.overall.removed_by_rule:
        out.append("gold lines removed, by rule: " + rules_summary(report.overall).translate(_CONTROLS))
    for problem in report.problems:
        out.append(paint(problem, "fail"))
    for document in filter(_differs, report.documents):
        out.append("")
        out.append(paint(document.path, "bold") + "  " + _document_summary(document).translate(_CONTROLS))
        for line in document.differences:
            rule = f" [{line.rule_id}]" if line.rule_id else ""
            out.append(paint(f"  {MARKS[line.kind]} {_where(line)}{rule}: {line.text}", line.kind))
    out.append("")
    out.append("legend: " + "; ".join(f"{MARKS[k]} {v}" for k, v in MEANINGS.items()))
    for failure in failures:
        out.append(paint(f"below floor: {failure}", "fail"))
    return "\n".join(out) + "\n"


# ---------------------------------------------------------------- JSON


def render_json(report: Report, failures: list[str]) -> str:
    data = report.to_dict()
    data["below_floors"] = failures
    return json.dumps(data, ensure_ascii=False, indent=1) + "\n"


# ---------------------------------------------------------------- HTML


_CSS = """
body{font:15px/1.45 system-ui,'Noto Sans','Noto Naskh Arabic','Noto Sans CJK SC',sans-serif;
 margin:1.5em auto;max-width:70em;padding:0 1em;color:#1d1d1f;background:#fbfbfd}
h1{font-size:1.5em}h2{font-size:1.15em;margin:0}
table{border-collapse:collapse;margin:.5em 0 1.5em}
th,td{border:1px solid #d2d2d7;padding:.25em .6em;white-space:nowrap}th{background:#eef0f4}
td.num{text-align:right;font-variant-numeric:tabular-nums}
tr.overall td{font-weight:600;background:#f4f5f8}
.fail{color:#b00020;font-weight:600}.meta{color:#555}
section.doc{border:1px solid #d2d2d7;border-radius:6px;margin:1em 0;padding:.6em .9em;background:#fff}
ol.diff{list-style:none;margin:.5em 0 0;padding:0}
ol.diff li{display:flex;gap:.6em;padding:.15em .4em;border-radius:3px;margin:2px 0}
ol.diff .where{flex:0 0 11em;color:#555;font-size:.85em;unicode-bidi:isolate}
ol.diff .rule{flex:0 0 14em;font-size:.85em}ol.diff .rule small{display:block;color:#555}
ol.diff .text{flex:1;white-space:pre-wrap;overflow-wrap:anywhere}
li.removed{background:#fde2e1}li.missing{background:#efe0f7}li.extra{background:#fff3c4}
li.same{color:#6e6e73}li.gap{color:#6e6e73;justify-content:center}
.key{display:inline-block;padding:0 .5em;border-radius:3px;margin-right:.6em}
"""


def render_html(report: Report, failures: list[str]) -> str:
    """One self-contained page: gate result, per-site table, every differing document."""
    title = f"cleaner {report.mode}: {', '.join(f'{k} {v}' for k, v in report.roots.items())}"
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{escape(title)}</title><style>{_CSS}</style></head><body>",
        f'<h1 dir="auto">{escape(title)}</h1>',
    ]
    if report.rules_version:
        parts.append(f'<p class="meta" dir="auto">rules version {escape(report.rules_version)}</p>')
    parts += [f'<p class="fail" dir="auto">below floor: {escape(f)}</p>' for f in failures]
    parts += [f'<p class="fail" dir="auto">{escape(p)}</p>' for p in report.problems]
    parts.append(_html_site_table(report))
    if report.overall.removed_by_rule:
        parts.append(f'<p dir="auto">gold lines removed, by rule: {escape(rules_summary(report.overall))}</p>')
    parts.append(f'<p class="meta" dir="auto">{escape(TABLE_NOTE)}. ' + " ".join(
                     f'<span class="key {k}-key" style="background:{_KEY_COLOURS[k]}">'
                     f"{MARKS[k]} {escape(v)}</span>" for k, v in MEANINGS.items()) + "</p>")
    ranked = worst_first(report.documents)
    parts.append(_html_document_table(ranked))
    parts += [_html_document(d, n) for n, d in ranked if _differs(d)]
    parts.append("</body></html>")
    return "\n".join(parts) + "\n"


_KEY_COLOURS = {REMOVED: "#fde2e1", MISSING: "#efe0f7", EXTRA: "#fff3c4"}


def _html_site_table(report: Report) -> str:
    head = "".join(f"<th>{escape(h)}</th>" for h in SITE_HEADERS)
    rows = [f"<tr>{_html_cells(_site_cells(s))}</tr>" for s in report.sites.values()]
    rows.append(f'<tr class="overall">{_html_cells(_site_cells(report.overall))}</tr>')
    return f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>"


def _html_cells(cells: list[str]) -> str:
    first, rest = cells[0], cells[1:]
    return f'<td dir="auto">{escape(first)}</td>' + "".join(f'<td class="num">{escape(c)}</td>' for c in rest)


DOCUMENT_HEADERS = ["document", "status", "line F1", "token F1", "shingle F1", "exact", "differences"]


def _html_document_table(ranked: list[tuple[int, DocumentScore]]) -> str:
    """Every document, worst first, linked to its diff below when it has one."""
    rows = []
    for number, document in ranked:
        name = escape(document.path)
        if _differs(document):
            name = f'<a href="#doc-{number}">{name}</a>'
        cells = [escape(document.status)]
        if document.scored:
            cells += [f"{document.line.f1:.3f}", f"{document.token.f1:.3f}", f"{document.shingle.f1:.3f}",
                      "yes" if document.exact else "no", str(len(document.differences))]
        else:
            cells += [NOT_APPLICABLE] * 5
        rows.append(f'<tr><td dir="auto">{name}</td>' + "".join(f'<td class="num">{c}</td>' for c in cells) + "</tr>")
    head = "".join(f"<th>{escape(h)}</th>" for h in DOCUMENT_HEADERS)
    return f'<table class="documents"><thead><tr>{head}</tr></thead><tbody>{"".join(rows)}</tbody></table>'


def _html_document(document: DocumentScore, number: int) -> str:
    """The document's differences with their context; the lines of one removal (or kept for
    one reason) are one block, its rule and reason given once."""
    with_rules = any(line.rule_id or line.reason for line in document.diff)
    items = []
    previous: DiffLine | None = None
    for block in _blocks(document.diff):
        first = block[0]
        if previous and first.kind == SAME and previous.kind == SAME and _gap(previous, first):
            items.append('<li class="gap">⋯</li>')
        previous = block[-1]
        rule = ""
        if with_rules:
            named = f'<code dir="auto">{escape(first.rule_id)}</code>' if first.rule_id else ""
            why = f'<small dir="auto">{escape(first.reason)}</small>' if first.reason else ""
            rule = f'<span class="rule">{named}{why}</span>'
        meaning = "context: a line output and gold share" if first.kind == SAME else MEANINGS[first.kind]
        mark = " " if first.kind == SAME else MARKS[first.kind]
        text = "\n".join(line.text for line in block)
        items.append(
            f'<li class="{first.kind}" title="{escape(meaning)}">'
            f'<span class="where">{mark} {escape(_block_where(block))}</span>{rule}'
            f'<span class="text" dir="auto">{escape(text)}</span></li>'
        )
    return (f'<section class="doc" id="doc-{number}"><h2 dir="auto">{escape(document.path)}</h2>'
            f'<p class="meta" dir="auto">{escape(_document_summary(document))}</p>'
            f'<ol class="diff">{"".join(items)}</ol></section>')


def _blocks(lines: list[DiffLine]) -> list[list[DiffLine]]:
    """Consecutive diff lines of one kind with one rule and reason (a reason there is) as one block."""
    blocks: list[list[DiffLine]] = []
    for line in lines:
        last = blocks[-1][-1] if blocks else None
        if (last and line.kind in (REMOVED, EXTRA) and line.reason
                and (last.kind, last.rule_id, last.reason) == (line.kind, line.rule_id, line.reason)):
            blocks[-1].append(line)
        else:
            blocks.append([line])
    return blocks


def _gap(before: DiffLine, after: DiffLine) -> bool:
    """Whether gold lines lie between two context lines (they belong to separate hunks)."""
    return after.gold_line != before.gold_line + 1


def _block_where(block: list[DiffLine]) -> str:
    """_where for a block: the range of its gold lines, and of its input (else output) lines."""
    if len(block) == 1:
        return _where(block[0])
    first, last = block[0], block[-1]
    places = [f"gold {first.gold_line}–{last.gold_line}"] if first.gold_line is not None else []
    if first.raw_line is not None:
        places.append(f"raw {first.raw_line}–{last.raw_line}")
    elif first.output_line is not None:
        places.append(f"output {first.output_line}–{last.output_line}")
    return ", ".join(places)


# ---------------------------------------------------------------- files
