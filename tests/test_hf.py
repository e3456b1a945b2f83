"""cleaner.integrations.hf.clean_batch in a real `datasets.Dataset.map` over worker processes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

datasets = pytest.importorskip("datasets")

from cleaner import clean, clean_html  # noqa: E402
from cleaner.integrations.hf import clean_batch  # noqa: E402

PAGES = Path(__file__).parent / "fixtures" / "html"
TEXT = ("Ferries will leave every forty minutes from June, the harbour board said on Monday.\n"
        "The last boat of the day will sail at midnight, an hour later than now.\n"
        "Read more: other stories from the harbour\n")


def test_map_with_two_processes_adds_the_cleaner_columns_and_keeps_the_rest(tmp_path):
    html = (PAGES / "read_more_inline.html").read_text(encoding="utf-8")
    rows = [{"id": n, "text": TEXT.replace("Monday", f"day {n}"), "html": None,
             "url": f"https://harbour.test/{n}"} for n in range(40)]
    rows[5]["text"] = None  # no text and no HTML: an error in its row, not a failed map
    rows[6]["text"], rows[6]["html"] = None, html
    dataset = datasets.Dataset.from_list(rows)

    cleaned = dataset.map(clean_batch, batched=True, batch_size=8, num_proc=2,
                          cache_file_name=str(tmp_path / "cleaned.arrow"))

    assert cleaned.column_names == ["id", "text", "html", "url", "cleaned_text", "cleaner_metadata",
                                    "cleaner_removals", "cleaner_flags", "cleaner_error"]
    assert cleaned["id"] == list(range(40)) and cleaned["text"] == dataset["text"]
    for n in (0, 39):
        assert cleaned[n]["cleaned_text"] == clean(rows[n]["text"], rows[n]["url"]).text
        assert "Read more" not in cleaned[n]["cleaned_text"] and cleaned[n]["cleaner_error"] is None
        assert json.loads(cleaned[n]["cleaner_removals"]) == {"en.read-more": 1}
        assert json.loads(cleaned[n]["cleaner_metadata"])["site"] == "harbour.test"
    assert cleaned[5]["cleaned_text"] is None and cleaned[5]["cleaner_error"].startswith("no text")
    assert cleaned[6]["cleaned_text"] == clean_html(html, rows[6]["url"]).text
    assert sum(error is not None for error in cleaned["cleaner_error"]) == 1


def test_field_names_and_explain_come_through_fn_kwargs():
    dataset = datasets.Dataset.from_dict({"body": [TEXT], "link": ["https://harbour.test/1"]})
    cleaned = dataset.map(clean_batch, batched=True,
                          fn_kwargs={"text_field": "body", "url_field": "link", "explain": True})
    [removal] = json.loads(cleaned[0]["cleaner_explain"])
    assert removal["rule_id"] == "en.read-more" and removal["first_line"] == 3
