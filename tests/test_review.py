"""`cleaner review`: the JSON API against a real server on an ephemeral port, and the page
in a real headless browser (Debian's chromium driven by Playwright; those tests skip, saying
so, without /usr/bin/chromium).

The raw documents are the bundled seeds and a few written here; gold files go to tmp_path.
"""

import contextlib
import http.client
import io
import json
import shutil
import socket
import subprocess
import sys
import threading
import tomllib
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from chromium import browser, requires_chromium  # noqa: F401 - browser is a fixture
from hypothesis import given
from hypothesis import strategies as st

from cleaner.cli import main
from cleaner.model import split_lines, strip_line
from cleaner.review import Review, ReviewServer, toml_string
from cleaner.rules import default_rules

CORPUS = Path(__file__).resolve().parent.parent / "corpus"
SEEDS = CORPUS / "raw" / "seeds"
SEED = "001_c9df4768c87664a9.txt"
PAYLOAD_NAME = "<img src=x onerror=alert(9)>.txt"
PAYLOAD_LINES = [
    "Harbour plan approved after a long night of council debate",
    '<img src=x onerror="window.pwned = \'img\'; alert(1)">',
    "<script>window.pwned = 'script'; alert(2)</script>",
    "Councillors in Portbury approved the plan to replace the old fish market with flats and a "
    "public square after a debate that ran until two in the morning.",
]


# ---------------------------------------------------------------- helpers


@pytest.fixture
def raw_dir(tmp_path: Path) -> Path:
    """Two seeds, an English page carrying HTML payloads (in its lines and its file name)."""
    raw = tmp_path / "raw"
    (raw / "seeds").mkdir(parents=True)
    for name in (SEED, "003_95c853aaff54e76a.txt"):
        shutil.copy(SEEDS / name, raw / "seeds" / name)
    (raw / "en").mkdir()
    (raw / "en" / PAYLOAD_NAME).write_text("\n".join(PAYLOAD_LINES) + "\n", encoding="utf-8")
    return raw


@contextlib.contextmanager
def running(raw: Path, gold: Path):
    server = ReviewServer(Review(raw, gold, default_rules()), port=0)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture
def server(raw_dir: Path, tmp_path: Path):
    with running(raw_dir, tmp_path / "gold") as server:
        yield server


def call(server, path: str, body=None, headers: dict | None = None) -> tuple[int, dict]:
    data = None if body is None else json.dumps(body).encode("utf-8")
    request = urllib.request.Request(server.url.rstrip("/") + path, data=data, headers={
        **({"Content-Type": "application/json"} if body is not None else {}), **(headers or {})})
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, json.loads(response.read())
    except urllib.error.HTTPError as error:
        return error.code, json.loads(error.read())


def seed_gold_indices() -> list[int]:
    """Raw line indices of the seed's hand gold, found in order (worked out here, independently)."""
    raw = [strip_line(line) for line in split_lines((SEEDS / SEED).read_text(encoding="utf-8"))]
    indices, position = [], 0
    for line in (CORPUS / "gold" / "seeds" / SEED).read_text(encoding="utf-8").splitlines():
        position = raw.index(line, position)
        indices.append(position)
        position += 1
    return indices


def save(server, path: str, keep: list[int], version: str = "absent", **extra) -> tuple[int, dict]:
    return call(server, "/api/save", {"path": path, "version": version, "keep": keep, **extra})


# ---------------------------------------------------------------- the API


def test_saved_gold_is_the_kept_raw_lines_in_the_form_check_reads(server, tmp_path: Path):
    status, saved = save(server, f"seeds/{SEED}", seed_gold_indices())
    assert status == 200, saved
    written = tmp_path / "gold" / "seeds" / SEED
    assert written.read_bytes() == (CORPUS / "gold" / "seeds" / SEED).read_bytes()
    assert saved["summary"]["score"]["exact"] is True
    assert saved["overall"]["documents"] == 1
    assert not list((tmp_path / "gold").rglob("*.cleaner-tmp"))


def test_document_list_and_scores_follow_the_saved_gold(server):
    keep = seed_gold_indices()[:-3]  # three body lines short: the cleaner keeps them, gold not
    assert save(server, f"seeds/{SEED}", keep)[0] == 200
    status, overview = call(server, "/api/documents")
    assert status == 200
    first = overview["documents"][0]
    assert first["path"] == f"seeds/{SEED}" and first["disagreements"] == 3
    assert first["score"]["line_precision"] < 1.0 and first["score"]["line_recall"] == 1.0
    unlabelled = [d for d in overview["documents"] if not d["has_gold"]]
    assert len(unlabelled) == 2 and all(d["score"] is None for d in unlabelled)
    assert overview["overall"]["documents"] == 1


def test_a_save_over_a_gold_file_changed_since_it_was_loaded_is_refused(server, tmp_path: Path):
    path = f"seeds/{SEED}"
    version = call(server, f"/api/document?path={urllib.request.quote(path)}")[1]["version"]
    assert version == "absent"
    assert save(server, path, [0, 3], version)[0] == 200  # the first tab
    written = tmp_path / "gold" / path
    first = written.read_bytes()
    status, refused = save(server, path, [0], version)  # the second tab, from the same version
    assert status == 409 and "changed since you opened it" in refused["error"]
    assert written.read_bytes() == first
    # A hand edit is caught the same way.
    reloaded = call(server, f"/api/document?path={urllib.request.quote(path)}")[1]["version"]
    written.write_bytes(first[: first.index(b"\n") + 1])
    assert save(server, path, [0, 3, 4], reloaded)[0] == 409
    assert written.read_bytes() == first[: first.index(b"\n") + 1]


def test_of_many_simultaneous_saves_from_one_version_exactly_one_wins(server, tmp_path: Path):
    path = f"seeds/{SEED}"
    results: list[int] = []
    barrier = threading.Barrier(8)

    def one(keep):
        barrier.wait()
        results.append(save(server, path, keep)[0])

    threads = [threading.Thread(target=one, args=([0, n + 3],)) for n in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(results) == [200] + [409] * 7
    assert len(split_lines((tmp_path / "gold" / path).read_text(encoding="utf-8"))) == 2


def test_a_reader_never_sees_a_half_written_gold_file(server, tmp_path: Path):
    path = f"seeds/{SEED}"
    long_keep, short_keep = seed_gold_indices(), [0]
    status, saved = save(server, path, long_keep)
    contents = {(tmp_path / "gold" / path).read_bytes()}
    seen, done = set(), threading.Event()

    def read():
        while not done.is_set():
            seen.add((tmp_path / "gold" / path).read_bytes())

    reader = threading.Thread(target=read)
    reader.start()
    version = saved["version"]
    for turn in range(40):
        status, saved = save(server, path, short_keep if turn % 2 == 0 else long_keep, version)
        assert status == 200, saved
        version = saved["version"]
        contents.add((tmp_path / "gold" / path).read_bytes())
    done.set()
    reader.join()
    assert len(contents) == 2 and seen <= contents


@pytest.mark.parametrize("body, message", [
    ({"text": "A line the scrape never had"}, "unknown field 'text'"),
    ({"lines": ["edited"]}, "unknown field 'lines'"),
    ({"keep": ["لأول مرة منذ 2022"]}, "not the index of a non-blank raw line"),
    ({"keep": [0, 0]}, "given twice"),
    ({"keep": [10_000]}, "not the index"),
    ({"keep": [True]}, "not the index"),
])
def test_the_api_takes_line_indices_never_text(server, tmp_path: Path, body, message):
    request = {"path": f"seeds/{SEED}", "version": "absent", "keep": [0], **body}
    status, refused = call(server, "/api/save", request)
    assert status == 400 and message in refused["error"]
    assert not (tmp_path / "gold").exists()


def test_blank_lines_cannot_be_kept(tmp_path: Path):
    (tmp_path / "raw").mkdir()
    (tmp_path / "raw" / "a.txt").write_text("Headline\n   \nBody line\n", encoding="utf-8")
    with running(tmp_path / "raw", tmp_path / "gold") as server:
        assert save(server, "a.txt", [1])[0] == 400
        assert save(server, "a.txt", [0, 2])[0] == 200
    assert (tmp_path / "gold" / "a.txt").read_text(encoding="utf-8") == "Headline\nBody line\n"


def test_only_documents_under_the_raw_folder_can_be_read_or_saved(server, tmp_path: Path):
    assert save(server, "../../outside.txt", [0])[0] == 404
    assert call(server, "/api/document?path=../seeds/" + SEED)[0] == 404
    assert not (tmp_path / "outside.txt").exists()


def test_a_gold_file_that_does_not_follow_from_the_raw_lines_is_a_warning_not_overwritten(server, tmp_path: Path):
    path = f"seeds/{SEED}"
    gold = tmp_path / "gold" / path
    gold.parent.mkdir(parents=True)
    raw_first = strip_line(split_lines((SEEDS / SEED).read_text(encoding="utf-8"))[0])
    gold.write_text(f"{raw_first}\nA sentence someone typed by hand\n", encoding="utf-8")
    document = call(server, f"/api/document?path={urllib.request.quote(path)}")[1]
    assert "not raw lines in order" in document["warning"]
    assert document["unmatched"] == ["A sentence someone typed by hand"]
    assert document["lines"][0]["gold_keeps"] is True
    status, refused = save(server, path, [0], document["version"])
    assert status == 409 and "Nothing was saved" in refused["error"]
    assert "typed by hand" in gold.read_text(encoding="utf-8")
    assert save(server, path, [0], document["version"], replace_unmatched=True)[0] == 200
    assert gold.read_text(encoding="utf-8") == raw_first + "\n"


def test_requests_for_another_host_or_from_another_origin_are_refused(server, tmp_path: Path):
    assert call(server, "/api/documents", headers={"Host": "attacker.example"})[0] == 403
    status, _ = call(server, "/api/save", {"path": f"seeds/{SEED}", "version": "absent", "keep": [0]},
                     headers={"Origin": "http://attacker.example"})
    assert status == 403 and not (tmp_path / "gold").exists()


def test_rule_ids_lead_to_their_file_and_line(server):
    status, rule = call(server, "/api/rule?id=ar.read-also")
    assert status == 200 and rule["file"].endswith("rules/generic/ar.toml")
    assert rule["text"].split("\n")[rule["line"] - 1].strip() == 'id = "ar.read-also"'
    status, heuristic = call(server, "/api/rule?id=generic.blank")
    assert heuristic["file"].endswith("cleaner/heuristics.py")
    assert '"generic.blank"' in heuristic["text"].split("\n")[heuristic["line"] - 1]
    assert call(server, "/api/rule?id=no.such-rule")[0] == 404


def test_every_line_a_rule_removed_is_listed_with_the_gold_decision(server):
    keep = seed_gold_indices() + [16]  # also keep the "read also" marker line, as a mistake
    assert save(server, f"seeds/{SEED}", keep)[0] == 200
    lines = call(server, "/api/rule-lines?id=ar.read-also")[1]["lines"]
    assert lines and all(line["path"] == f"seeds/{SEED}" for line in lines)
    assert [line["number"] for line in lines if line["gold_keeps"]] == [17]


def test_a_copied_test_case_is_a_valid_rule_file_test_from_the_line_and_its_neighbours(server):
    keep = seed_gold_indices()
    status, case = call(server, "/api/test-case", {"path": f"seeds/{SEED}", "index": 16, "keep": keep})
    assert status == 200 and case["rule_id"] == "ar.read-also"
    test = tomllib.loads(case["toml"])["test"][0]
    raw = [strip_line(line) for line in split_lines((SEEDS / SEED).read_text(encoding="utf-8"))]
    assert test["raw"].split("\n") == raw[13:20]
    assert test["expected"].split("\n") == raw[13:15]  # the body lines before "read also"
    assert "ar.read-also" in test["name"]


@given(st.text(), st.booleans())
def test_toml_strings_hold_any_text_exactly(text, multiline):
    assert tomllib.loads(f"value = {toml_string(text, multiline)}")["value"] == text


def test_the_server_listens_on_the_loopback_address_only(server):
    assert server.server_address[0] == "127.0.0.1"
    port = server.server_address[1]
    with pytest.raises(ConnectionRefusedError):  # another address of this machine
        socket.create_connection(("127.0.0.2", port), timeout=5).close()


def test_the_command_line_serves_the_page_on_127_0_0_1(raw_dir: Path, tmp_path: Path):
    process = subprocess.Popen([sys.executable, "-m", "cleaner.cli", "review", str(raw_dir), "--gold",
                                str(tmp_path / "gold"), "--port", "0"], stdout=subprocess.PIPE, text=True)
    try:
        line = process.stdout.readline()
        assert line.startswith("cleaner review: http://127.0.0.1:")
        url = line.split()[2]
        with urllib.request.urlopen(url, timeout=30) as response:
            page = response.read().decode("utf-8")
            assert "default-src 'none'" in response.headers["Content-Security-Policy"]
        assert '<script src="/review.js"' in page and "http" not in page.lower().replace("http-equiv", "")
        with urllib.request.urlopen(url + "review.js", timeout=30) as response:
            assert "innerHTML" not in response.read().decode("utf-8")
    finally:
        process.terminate()
        process.wait(timeout=30)


@pytest.mark.parametrize("arguments, message", [
    (["--gold", "{raw}/gold"], "must not be inside"),
    (["--gold", "{raw}/../gold", "--port", "70000"], "must be a port number"),
    (["--gold", "{raw}/seeds/" + SEED], "not a folder"),
])
def test_the_command_line_refuses_bad_folders_and_ports(raw_dir: Path, arguments, message):
    err = io.StringIO()
    with contextlib.redirect_stderr(err):
        try:
            status = main(["review", str(raw_dir), *(a.format(raw=raw_dir) for a in arguments)])
        except SystemExit as exit:  # argparse's own usage errors
            status = exit.code
    assert status == 2 and message in err.getvalue()


# ---------------------------------------------------------------- the page in a browser


@contextlib.contextmanager
def opened(browser, server, path: str):
    """A page on one document; page errors and dialogs (what a payload that ran would cause) recorded."""
    context = browser.new_context()
    page = context.new_page()
    events: list[str] = []
    page.on("pageerror", lambda error: events.append(f"page error: {error}"))
    page.on("dialog", lambda dialog: _on_dialog(dialog, events))
    page.goto(f"{server.url}#{urllib.request.quote(path)}")
    wait_for_document(page, path)
    try:
        yield page, events
    finally:
        context.close()


def _on_dialog(dialog, events: list[str]) -> None:
    """Leaving a page with unsaved labels asks first (accepted here); any other dialog is an event."""
    events.append(f"{dialog.type}: {dialog.message}")
    dialog.accept() if dialog.type == "beforeunload" else dialog.dismiss()


def wait_for_document(page, path: str) -> None:
    page.wait_for_function("path => document.getElementById('document-path').textContent === path", arg=path)
    page.locator('#lines li[data-index="0"]').wait_for()


def labels(page) -> list[str]:
    return page.locator("#lines li:not(.blank) .label").all_inner_texts()


def kept_indices(page) -> list[int]:
    return [int(i) for i in page.locator("#lines li.keep").evaluate_all("rows => rows.map(r => r.dataset.index)")]


def press(page, *keys: str) -> None:
    for key in keys:
        page.keyboard.press(key)


@requires_chromium
def test_a_seed_labelled_from_scratch_with_keys_only_is_scored_by_check(browser, server, raw_dir, tmp_path):
    path = f"seeds/{SEED}"
    gold = seed_gold_indices()
    with opened(browser, server, path) as (page, events):
        press(page, "Shift+D")  # every line dropped: start from nothing
        assert kept_indices(page) == []
        runs, cursor = _runs(gold), 0
        for first, last in runs:  # space keeps a run's first line, x extends it to its last
            press(page, *["j"] * _labelled_steps(page, cursor, first), " ")
            press(page, *["j"] * _labelled_steps(page, first, last))
            if last != first:
                press(page, "x")
            cursor = last
        assert kept_indices(page) == gold
        press(page, "u")  # undo the last range, redo it
        assert kept_indices(page) != gold
        press(page, "Shift+U")
        assert kept_indices(page) == gold
        assert page.locator("#overall").inner_text() == "overall: no document has gold yet"
        press(page, "Control+z", "Control+y", "s")
        page.wait_for_function("() => document.getElementById('status').textContent.startsWith('saved')")
        page.wait_for_function("() => document.getElementById('overall').textContent.includes('1 labelled')")
        assert "line P 1.000 R 1.000 F1 1.000" in page.locator("#document-score").inner_text()
        assert page.locator("#documents li", has_text=SEED).locator(".count").inner_text() == "0 ≠"
        page.reload()
        wait_for_document(page, path)
        assert kept_indices(page) == gold
        assert events == []
    # `cleaner check` on a corpus of that raw file and the gold the page wrote.
    corpus = tmp_path / "corpus"
    (corpus / "raw" / "seeds").mkdir(parents=True)
    shutil.copy(raw_dir / path, corpus / "raw" / path)
    shutil.copytree(tmp_path / "gold", corpus / "gold")
    out = io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(io.StringIO()):
        status = main(["check", str(corpus), "--json", str(tmp_path / "check.json")])
    report = json.loads((tmp_path / "check.json").read_text(encoding="utf-8"))
    assert status == 0, out.getvalue()
    assert report["overall"]["documents"] == 1 and report["overall"]["exact"] == 1
    assert report["overall"]["line"]["f1"] == 1.0


def _runs(indices: list[int]) -> list[tuple[int, int]]:
    """(first, last) of each run of consecutive raw line indices."""
    runs: list[tuple[int, int]] = []
    for index in indices:
        if runs and index == runs[-1][1] + 1:
            runs[-1] = (runs[-1][0], index)
        else:
            runs.append((index, index))
    return runs


def _labelled_steps(page, start: int, end: int) -> int:
    """How many j presses move the cursor from line start to line end (blank lines are skipped)."""
    blanks = page.locator("#lines li.blank").evaluate_all("rows => rows.map(r => Number(r.dataset.index))")
    return sum(1 for i in range(start + 1, end + 1) if i not in blanks)


@requires_chromium
def test_disagreements_are_reached_with_n_and_p_and_the_range_takes_the_anchor_label(browser, server):
    path = f"seeds/{SEED}"
    with opened(browser, server, path) as (page, events):
        # No gold yet: labels start as the cleaner's decisions, so nothing disagrees.
        assert page.locator("#lines li.disagree").count() == 0
        press(page, "j", "j", " ")  # keep line 3, a byline the cleaner drops
        assert page.locator("#lines li.disagree").evaluate_all("rows => rows.map(r => r.dataset.index)") == ["2"]
        press(page, "k", "k", "n")
        assert page.locator("#lines li.cursor").get_attribute("data-index") == "2"
        press(page, "j", "j", "p")
        assert page.locator("#lines li.cursor").get_attribute("data-index") == "2"
        page.locator('#lines li[data-index="5"] .text').click()  # drops line 6, anchors there
        page.locator('#lines li[data-index="7"] .text').click(modifiers=["Shift"])
        assert [labels(page)[i] for i in (5, 6, 7)] == ["DROP", "DROP", "DROP"]
        assert events == []


@requires_chromium
def test_arabic_lines_render_right_to_left(browser, server):
    with opened(browser, server, f"seeds/{SEED}") as (page, _):
        arabic = page.locator('#lines li[data-index="0"] .text')
        assert arabic.evaluate("e => getComputedStyle(e).direction") == "rtl"
    with opened(browser, server, f"en/{PAYLOAD_NAME}") as (page, _):
        english = page.locator('#lines li[data-index="0"] .text')
        assert english.evaluate("e => getComputedStyle(e).direction") == "ltr"


@requires_chromium
def test_html_in_a_document_and_its_name_stays_inert_text(browser, server):
    path = f"en/{PAYLOAD_NAME}"
    with opened(browser, server, path) as (page, events):
        page.wait_for_timeout(200)  # time for an onerror to fire, had an <img> been made
        assert page.evaluate("window.pwned") is None
        assert page.locator("main img, main script, aside img").count() == 0
        texts = page.locator("#lines .text").all_inner_texts()
        assert texts == PAYLOAD_LINES
        assert page.locator("#document-path").inner_text() == path
        assert page.locator("#documents li", has_text=PAYLOAD_NAME).count() == 1
        assert events == []


@requires_chromium
def test_of_two_tabs_saving_one_document_the_second_is_refused(browser, server, tmp_path):
    path = f"seeds/{SEED}"
    with opened(browser, server, path) as (first, _), opened(browser, server, path) as (second, events):
        press(first, "j", "j", " ", "s")
        first.wait_for_function("() => document.getElementById('status').textContent.startsWith('saved')")
        saved = (tmp_path / "gold" / path).read_bytes()
        press(second, "j", "j", "j", " ", "s")
        second.wait_for_function("() => document.getElementById('status').textContent.startsWith('not saved')")
        assert "changed since you opened it" in second.locator("#status").inner_text()
        assert second.locator("#dirty").inner_text().startswith("unsaved changes")
        assert (tmp_path / "gold" / path).read_bytes() == saved
        second.reload()  # the unsaved labels make the page ask first
        wait_for_document(second, path)
        assert [event.split(":")[0] for event in events] == ["beforeunload"]
        assert labels(second)[2] == "KEEP"  # the first tab's label, read back from the file
        press(second, "j", "j", "j", " ", "s")
        second.wait_for_function("() => document.getElementById('status').textContent.startsWith('saved')")
        assert (tmp_path / "gold" / path).read_bytes() != saved


@requires_chromium
def test_the_page_loads_and_works_with_the_network_off(browser, server):
    context = browser.new_context()
    requested, blocked = [], []

    def only_this_machine(route):
        url = route.request.url
        requested.append(url)
        if url.startswith(server.url):
            route.continue_()
        else:
            blocked.append(url)
            route.abort("internetdisconnected")

    context.route("**/*", only_this_machine)
    page = context.new_page()
    page.goto(f"{server.url}#seeds/{SEED}")
    page.locator("#documents li").first.wait_for()
    page.locator('#lines li[data-index="0"]').wait_for()
    page.locator("#lines button.rule").first.click()
    page.locator("#rule-file .definition").wait_for()
    context.close()
    assert blocked == []
    assert {url.removeprefix(server.url) for url in requested} >= {"", "review.js", "review.css", "api/documents"}


@requires_chromium
def test_a_rule_opens_at_its_line_and_a_test_case_can_be_copied(browser, server):
    path = f"seeds/{SEED}"
    with opened(browser, server, path) as (page, events):
        page.locator('#lines li[data-index="16"] button.rule').click()
        definition = page.locator("#rule-file .definition")
        assert definition.inner_text().strip().endswith('id = "ar.read-also"')
        assert "rules/generic/ar.toml:" in page.locator("#rule-title").inner_text()
        page.locator("#copy-test").click()
        page.locator("#test-case").wait_for()
        case = tomllib.loads(page.locator("#test-case").input_value())["test"][0]
        assert "إقرأ أيضاً:" in case["raw"].split("\n") and "إقرأ أيضاً:" not in case["expected"]
        assert events == []


@requires_chromium
def test_the_rule_filter_lists_every_line_the_rule_removed_and_opens_it(browser, server):
    with opened(browser, server, f"en/{PAYLOAD_NAME}") as (page, events):
        page.locator("#rule-filter").select_option("ar.read-also")
        entries = page.locator("#rule-lines li")
        entries.first.wait_for()
        expected = call(server, "/api/rule-lines?id=ar.read-also")[1]["lines"]
        assert entries.count() == len(expected) > 0
        documents = page.locator("#documents li").evaluate_all("items => items.map(i => i.dataset.path)")
        assert documents == sorted({line["path"] for line in expected})
        entries.nth(1).click()
        wait_for_document(page, expected[1]["path"])
        cursor = page.locator("#lines li.cursor")
        assert cursor.get_attribute("data-index") == str(expected[1]["index"])
        assert "hit" in cursor.get_attribute("class")
        assert events == []


@pytest.mark.parametrize("length, status", [("-1", 400), ("many", 400), (str(5 << 20), 413)])
def test_a_bad_content_length_is_answered_at_once(server, length, status):
    # Sent by hand: a client library would not send a negative length. Before, -1 made the
    # server read until the client closed the connection, and a word was a 500.
    connection = http.client.HTTPConnection(server.server_address[0], server.server_address[1], timeout=10)
    connection.putrequest("POST", "/api/save")
    connection.putheader("Content-Type", "application/json")
    connection.putheader("Content-Length", length)
    connection.endheaders()
    response = connection.getresponse()
    assert response.status == status
    assert json.loads(response.read())["error"]
    connection.close()
