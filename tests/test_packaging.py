"""A wheel carries everything a clean needs: the rule files and py.typed travel inside the
package, and the installed copy (not this checkout) finds them through importlib.resources."""

import json
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SEED = REPO / "corpus" / "raw" / "en-wire" / "harbour-plan-comments.txt"

# Run from outside the checkout with only the unpacked wheel on the path ahead of the
# editable install, so a rule directory found next to the sources would not count.
PROBE = """
import json, sys
import cleaner
from cleaner import linemodel
result = cleaner.clean(open(sys.argv[1], encoding="utf-8").read())
print(json.dumps({"module": cleaner.__file__, "rules": sorted({r.rule_id for r in result.removals}),
                  "model_trees": linemodel.shipped_model().booster.num_trees()}))
"""


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run([sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", str(REPO), "-w", str(out)],
                   check=True, capture_output=True)
    (built,) = out.glob("cleaner-*.whl")
    return built


def test_wheel_holds_every_rule_file_and_py_typed(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    shipped = {f"cleaner/rules_data/{p.relative_to(REPO / 'rules')}" for p in (REPO / "rules").rglob("*.toml")}
    assert shipped and shipped <= names
    assert "cleaner/py.typed" in names


def test_wheel_holds_every_module_and_data_file_of_the_package(wheel):
    # pyproject.toml lists the packages by hand (rules/ is mapped in from outside cleaner/).
    names = set(zipfile.ZipFile(wheel).namelist())
    sources = {str(p.relative_to(REPO)) for p in (REPO / "cleaner").rglob("*")
               if p.is_file() and p.suffix in {".py", ".toml", ".html", ".js", ".css", ".txt", ".json"}}
    assert sources and sources <= names, sorted(sources - names)


def _report_from_the_wheel(wheel: Path, tmp_path: Path, probe: str, document: Path) -> dict:
    site = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(site)
    run = subprocess.run([sys.executable, "-c", probe, str(document)], cwd=tmp_path, capture_output=True,
                         text=True, env={"PYTHONPATH": str(site), "PATH": "/usr/bin:/bin"})
    assert run.returncode == 0, run.stderr
    report = json.loads(run.stdout)
    assert report["module"].startswith(str(site))
    return report


def test_installed_wheel_cleans_outside_the_checkout(wheel, tmp_path):
    report = _report_from_the_wheel(wheel, tmp_path, PROBE, SEED)
    assert "en.comments" in report["rules"]
    # The line model loads from the installed copy too (this page has no chrome, so clean()
    # alone would not have asked for it).
    assert report["model_trees"] > 0


HTML_PROBE = PROBE.replace('cleaner.clean(open(sys.argv[1], encoding="utf-8").read())',
                           'cleaner.clean_html(open(sys.argv[1], "rb").read())')


def test_installed_wheel_runs_the_shipped_html_block_model(wheel, tmp_path):
    page = REPO / "tests" / "fixtures" / "html" / "comments_related.html"
    assert "html.block_classifier" in _report_from_the_wheel(wheel, tmp_path, HTML_PROBE, page)["rules"]
