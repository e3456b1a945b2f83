"""The cleaner's keys as table columns, for Parquet output and Hugging Face datasets.

The columns have the JSONL keys' names (cleaned_text, cleaner_metadata, cleaner_removals,
cleaner_flags, cleaner_error, with --explain cleaner_explain). The dict- and list-valued ones
hold their JSON text: their keys differ from row to row, which a table column's type cannot
follow. A row that failed has only cleaner_error; a cleaned one has everything else.
"""

from __future__ import annotations

import json

from cleaner.batch import CLEANED_TEXT_KEY, ERROR_KEY, EXPLAIN_KEY, FLAGS_KEY, METADATA_KEY, REMOVALS_KEY

_JSON_KEYS = (METADATA_KEY, REMOVALS_KEY, FLAGS_KEY, EXPLAIN_KEY)


def column_names(explain: bool = False) -> list[str]:
    names = [CLEANED_TEXT_KEY, METADATA_KEY, REMOVALS_KEY, FLAGS_KEY, ERROR_KEY]
    return names + [EXPLAIN_KEY] if explain else names


def to_columns(rows: list[dict], explain: bool = False) -> dict[str, list]:
    """Rows of cleaner keys (as a cleaned JSONL record carries them) as columns."""
    return {name: [_cell(row.get(name), name) for row in rows] for name in column_names(explain)}


def _cell(value, name: str):
    if value is None or name not in _JSON_KEYS:
        return value
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def record_columns(records: list[dict]) -> dict[str, list]:
    """Records (as JSONL lines hold them) as columns: every key any record has, in the order
    keys first appear, a missing key None; the cleaner's dict-valued keys as JSON text."""
    names = list(dict.fromkeys(name for record in records for name in record))
    return {name: [_cell(record.get(name), name) for record in records] for name in names}
