"""cleaner for Hugging Face `datasets`: a function for `Dataset.map(..., batched=True)`.

    from cleaner.integrations.hf import clean_batch
    cleaned = dataset.map(clean_batch, batched=True, num_proc=4)

The map adds the columns of `cleaner run`'s Parquet output (cleaner.tables): cleaned_text,
cleaner_metadata, cleaner_removals and cleaner_flags (the last three as JSON text), and
cleaner_error for a row that could not be cleaned (its cleaned_text is then None). The
dataset's own columns are kept. Rules load once per process, so num_proc workers each pay
it once. `fn_kwargs` names other fields: text_field, url_field, html_field (the HTML used
when a row has no text), rules_dir (rules on top of the shipped ones), explain.
"""

from __future__ import annotations

from cleaner.batch import ERROR_KEY, _cleaned_fields, failure_reason, rules_for
from cleaner.io.document import Fields, record_content
from cleaner.model import Result
from cleaner.rules import RuleSet
from cleaner.tables import to_columns


def clean_batch(batch: dict[str, list], *, text_field: str = "text", url_field: str = "url",
                html_field: str = "html", rules_dir: str | None = None,
                explain: bool = False) -> dict[str, list]:
    """The cleaner's columns for a batch of rows (a dict of equal-length columns)."""
    rules = rules_for(rules_dir)
    fields = Fields(text=text_field, html=html_field)
    count = len(next(iter(batch.values()), []))
    texts, urls, pages = ([None] * count if batch.get(f) is None else batch[f]
                          for f in (text_field, url_field, html_field))
    rows = []
    for text, url, html in zip(texts, urls, pages):
        try:
            record = {text_field: text, html_field: html}
            result = _clean(record, url if isinstance(url, str) else None, rules, fields)
        except Exception as exc:  # one bad row must not stop the map
            rows.append({ERROR_KEY: failure_reason(exc)})
            continue
        rows.append(_cleaned_fields(result, explain))
    return to_columns(rows, explain)


def _clean(record: dict, url: str | None, rules: RuleSet, fields: Fields) -> Result:
    content, is_html = record_content(record, fields)
    if is_html:
        from cleaner.html import clean_html  # trafilatura is slow to import: only when needed

        return clean_html(content, url, rules=rules)
    from cleaner.engine import clean

    return clean(content, url, rules=rules)
