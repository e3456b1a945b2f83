"""What the command line says: its version, its defaults, and plain wording in summaries and
error reasons."""

from importlib.metadata import version

import pytest

from cleaner.cli import main
from cleaner.io.readers import DocumentError, parse_record


def test_version(capsys):
    with pytest.raises(SystemExit) as stop:
        main(["--version"])
    assert stop.value.code == 0
    assert capsys.readouterr().out.strip() == f"cleaner {version('cleaner')}"


@pytest.mark.parametrize("command", ["run", "learn"])
def test_help_shows_the_jsonl_field_defaults(command, capsys):
    with pytest.raises(SystemExit):
        main([command, "--help"])
    shown = " ".join(capsys.readouterr().out.split())
    assert "the field holding the text (default: text)" in shown
    assert "the field holding the page URL (default: url)" in shown


def test_the_summary_counts_one_input_and_one_job_in_the_singular(tmp_path, capsys):
    page = tmp_path / "in" / "page.txt"
    page.parent.mkdir()
    page.write_text("Bridge to close to cars\nThe council voted on Tuesday to close the old "
                    "bridge to cars from next month, officials said.\n", encoding="utf-8")
    assert main(["run", str(page.parent), "--out", str(tmp_path / "out"), "--jobs", "1"]) == 0
    summary = capsys.readouterr().err
    assert "from 1 input (" in summary and "with 1 job\n" in summary
    assert "1 inputs" not in summary and "1 jobs" not in summary


def test_a_json_error_reason_reads_plainly():
    with pytest.raises(DocumentError) as error:
        parse_record(b'{"text": "an unterminated string')
    assert "at at" not in str(error.value)
    assert str(error.value) == "malformed JSON: Unterminated string starting at column 10"
