"""The command line: parses arguments, calls the layers below, prints.

Exit status: 0 all went well, 1 some documents failed (or a check fell below its floor),
2 usage error (argparse's own convention).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

from cleaner.linemodel import ModelError
from cleaner.rules import RuleError, default_rules, load_rules


def main(argv: list[str] | None = None) -> int:
    parser = _build_parser()
    args = parser.parse_args(argv)
    try:
        return args.handler(args)
    except (RuleError, ModelError) as exc:  # every document would fail alike: say it once
        print(f"cleaner: {exc}", file=sys.stderr)
        return 2


def _build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="cleaner",
        description="Strip boilerplate from scraped news pages; keep the lead article.",
        epilog="exit status: 0 ok, 1 some documents failed or a check fell below its floor, "
        "2 usage error",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {_version()}")
    commands = parser.add_subparsers(dest="command", required=True)
    _add_explain(commands)
    _add_check(commands)
    _add_diff(commands)
    _add_run(commands)
    _add_learn(commands)
    _add_review(commands)
    return parser


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("cleaner")
    except PackageNotFoundError:  # run from a checkout that was never installed
        return "unknown (not installed)"


def _rules_from(args):
    return load_rules(args.rules) if getattr(args, "rules", None) else default_rules()


# ---------------------------------------------------------------- explain


def _add_explain(commands) -> None:
    from cleaner.io.readers import FORMATS

    explain = commands.add_parser(
        "explain", help="show every input line as kept or removed, and why",
        description="Clean one document and show what was kept and what was removed, by which "
        "rule and why. FILE is read as `cleaner run` reads it: by its extension (or --format), "
        "gzipped or not, its encoding detected; a JSONL or WARC file needs --record or --id.",
        epilog="exit status: 0 ok; 1 the document cannot be read (binary data, broken gzip, "
        "malformed record); 2 usage error (no such file, a folder, no such record)",
    )
    explain.add_argument("file", help="a .txt, .html, .jsonl or .warc file, gzipped or not")
    explain.add_argument("--url", help="the page URL, to pick the site's rule file "
                         "(default: the JSONL record's URL field, the WARC record's target URI)")
    explain.add_argument("--rules", help="a rules directory to add to the shipped rules")
    explain.add_argument("--format", dest="fmt", default="auto", choices=FORMATS,
                         help="how to read FILE (default: auto, by file extension)")
    explain.add_argument("--html", action="store_true",
                         help="FILE is an HTML page, whatever its name (--format html): explain the "
                         "lines extracted from it")
    explain.add_argument("--all", action="store_true", dest="every_line",
                         help="one row per input line, blank ones too (default: one row per kept "
                         "line and per removed block)")
    pick = explain.add_mutually_exclusive_group()
    pick.add_argument("--record", type=_positive_int, metavar="N",
                      help="JSONL: the record on line N; WARC: the Nth HTML record (errors.jsonl's "
                      "record numbers)")
    pick.add_argument("--id", help="JSONL: the record whose --id-field is ID; WARC: the record "
                      "with this WARC-Record-ID")
    explain.add_argument("--text-field", default="text", help="JSONL: the field holding the text "
                         "(default: %(default)s)")
    explain.add_argument("--html-field", default="html", help="JSONL: the field holding HTML, "
                         "used when a record has no text field (default: %(default)s)")
    explain.add_argument("--url-field", default="url", help="JSONL: the field holding the page URL "
                         "(default: %(default)s)")
    explain.add_argument("--id-field", default="id", help="JSONL: the field --id matches "
                         "(default: %(default)s)")
    _add_decision_options(explain)
    explain.set_defaults(handler=_cmd_explain)


def _add_decision_options(command) -> None:
    command.add_argument("--extracted", action="store_true",
                         help="the text is already an article body (an extractor's output): "
                         "keep the layout heuristics for raw scrapes (menus, link runs, "
                         "headline lists, captions) off; rules still apply")
    command.add_argument("--no-model", dest="learned", action="store_false",
                         help="leave the learned line layer (generic.model) off: rules and hand "
                         "heuristics alone, about twice as fast on rendered pages and about "
                         "65 MB less memory a process, at some accuracy on unseen sites")
    command.add_argument("--fast", action="store_true",
                         help="HTML: take trafilatura's main block instead of letting the block "
                         "classifier over several extractors' votes find the article: about 0.6x "
                         "the CPU time, less accurate")


def _cmd_explain(args) -> int:
    from cleaner.explain import render_explain
    from cleaner.io.document import Fields, Pick, read_document
    from cleaner.io.readers import DocumentError, InputError

    fields = Fields(args.text_field, args.html_field, args.url_field, args.id_field)
    try:
        document = read_document(args.file, "html" if args.html else args.fmt, Pick(args.record, args.id),
                                 fields)
        rules = _rules_from(args)
        text, result = _clean_document(document, args.url or document.url, rules, args.extracted,
                                       args.learned, args.fast)
    except InputError as exc:
        print(f"cleaner: {exc}", file=sys.stderr)
        return 2
    except DocumentError as exc:
        print(f"cleaner: {args.file}: {exc}", file=sys.stderr)
        return 1
    sys.stdout.write(render_explain(text, result, args.every_line))
    return 0


def _clean_document(document, url: str | None, rules, extracted: bool, learned: bool, fast: bool):
    """(the lines the engine saw, its result): an HTML page's blocks (every block, the
    dropped ones with the votes and features that dropped them; with fast, trafilatura's
    main block), or the text."""
    if document.is_html:
        from cleaner.html import clean_page, extract_page

        page = extract_page(document.content, url, rules=rules, charset=document.charset, fast=fast,
                            explain=True)
        return page.text, clean_page(page, rules)
    from cleaner.engine import clean

    return document.content, clean(document.content, url, rules=rules, extracted=extracted,
                                   learned=learned)


# ---------------------------------------------------------------- check and diff


def _add_check(commands) -> None:
    check = commands.add_parser(
        "check", help="clean CORPUS/raw, score against CORPUS/gold, fail below the pinned floors",
        description="Clean CORPUS/raw/**/*.txt, compare each result with CORPUS/gold (same "
        "relative path) and print a table per site and a diff per differing document, with the "
        "rule that removed each wrongly removed line. Floors per site are pinned in "
        "CORPUS/baseline.json.",
        epilog="exit status: 0 all floors held; 1 a site fell below its floor, or a gold file is "
        "missing, or a document failed; 2 usage error (no CORPUS/raw, unreadable baseline)",
    )
    check.add_argument("corpus", nargs="?", default="corpus", help="corpus folder (default: corpus)")
    check.add_argument("--rules", help="a rules directory to add to the shipped rules")
    check.add_argument("--baseline", help="floors file (default: CORPUS/baseline.json)")
    check.add_argument("--update-baseline", action="store_true",
                       help="raise the floors to today's figures (never lowers one)")
    _add_report_options(check)
    check.set_defaults(handler=_cmd_check)


def _add_diff(commands) -> None:
    diff = commands.add_parser(
        "diff", help="score a tree of already-cleaned files against gold",
        description="Compare OUTPUT_DIR/**/*.txt (any tool's output, or an earlier run's) with "
        "GOLD_DIR (same relative paths), with the same report as check. Where `cleaner run "
        "--explain` wrote NAME.explain.jsonl beside an output, a gold line it removed is named "
        "with its rule (with --raw, with its input line too).",
        epilog="exit status: 0 every output equals its gold; 1 a document differs from its gold, "
        "or an output or gold file is missing or unreadable; 2 usage error",
    )
    diff.add_argument("output_dir", help="cleaned files, same relative paths as the gold")
    diff.add_argument("gold_dir", help="gold files")
    diff.add_argument("--raw", help="the raw scrapes, for the junk-removal figures")
    _add_report_options(diff)
    diff.set_defaults(handler=_cmd_diff)


def _add_report_options(command) -> None:
    command.add_argument("--json", metavar="FILE", help="write the whole report as JSON")
    command.add_argument("--html", metavar="FILE", help="write the report as one HTML page")


def _cmd_check(args) -> int:
    from cleaner.engine import clean
    from cleaner.scoring import below_floors, score_corpus

    corpus = Path(args.corpus)
    if not (corpus / "raw").is_dir():
        print(f"cleaner: {corpus}: no raw/ folder to check", file=sys.stderr)
        return 2
    baseline_path = Path(args.baseline) if args.baseline else corpus / "baseline.json"
    baseline = _read_baseline(baseline_path)
    if baseline is None:
        return 2
    rules = _rules_from(args)
    report = score_corpus(corpus, lambda text: clean(text, rules=rules), rules.version)
    failures = below_floors(report, baseline)
    status = _emit_report(args, report, failures)
    if args.update_baseline:
        status = max(status, _update_baseline(baseline_path, baseline, report))
    else:
        unpinned = sorted(report.sites.keys() - baseline.get("sites", {}).keys())
        if unpinned:
            print(f"cleaner: {baseline_path}: no floors pinned for {', '.join(unpinned)} "
                  "(--update-baseline pins them)", file=sys.stderr)
    return max(status, 1 if failures or report.problems else 0)


def _cmd_diff(args) -> int:
    from cleaner.scoring import score_trees

    folders = [args.output_dir, args.gold_dir] + ([args.raw] if args.raw else [])
    for folder in folders:
        if not Path(folder).is_dir():
            print(f"cleaner: {folder}: not a folder", file=sys.stderr)
            return 2
    report = score_trees(Path(args.output_dir), Path(args.gold_dir), Path(args.raw) if args.raw else None)
    differs = report.problems or any(d.differences for d in report.documents)
    return max(_emit_report(args, report, []), 1 if differs else 0)


def _read_baseline(path) -> dict | None:
    """The pinned floors; {} when none are pinned yet, None (after saying why) if unreadable."""
    if not path.exists():
        return {}
    try:
        baseline = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        print(f"cleaner: {path}: cannot read the baseline: {exc}", file=sys.stderr)
        return None
    if not isinstance(baseline, dict):
        print(f"cleaner: {path}: the baseline must be a JSON object", file=sys.stderr)
        return None
    return baseline


def _update_baseline(path, baseline: dict, report) -> int:
    from cleaner.io.writers import write_json
    from cleaner.scoring import raise_floors

    raised, refusals = raise_floors(baseline, report)
    for refusal in refusals:
        print(f"cleaner: {refusal}", file=sys.stderr)
    if raised == baseline:
        print(f"cleaner: {path}: no floor to raise", file=sys.stderr)
        return 0
    try:
        write_json(path, raised)
    except OSError as exc:
        print(f"cleaner: {path}: cannot write the baseline: {exc.strerror or exc}", file=sys.stderr)
        return 1
    print(f"cleaner: {path}: floors raised", file=sys.stderr)
    return 0


def _emit_report(args, report, failures: list[str]) -> int:
    """Print the report, write --json / --html; 1 if a file could not be written."""
    from cleaner.io.writers import atomic_write_text as write_atomic
    from cleaner.report import render_html, render_json, render_terminal

    color = sys.stdout.isatty() and not os.environ.get("NO_COLOR")
    sys.stdout.write(render_terminal(report, failures, color))
    status = 0
    for path, render in ((args.json, render_json), (args.html, render_html)):
        if not path:
            continue
        try:
            write_atomic(path, render(report, failures))
        except OSError as exc:
            print(f"cleaner: {path}: cannot write the report: {exc.strerror or exc}", file=sys.stderr)
            status = 1
    return status


# ---------------------------------------------------------------- run


def _add_run(commands) -> None:
    from cleaner.batch import DEFAULT_JOBS, OUTPUT_FORMATS
    from cleaner.io.readers import FORMATS
    from cleaner.limits import DEFAULT_MAX_DOC_BYTES, DEFAULT_MAX_DOC_LINES, DEFAULT_MAX_DOC_SECONDS

    run = commands.add_parser(
        "run", help="clean a corpus: folders, files or globs of .txt/.html/.jsonl/.warc (gzipped too)",
        description="Clean every input into --out, mirroring the input tree, in parallel "
        "processes. Rerunning into the same --out skips the inputs already done (see "
        "manifest.jsonl there) and redoes those that changed.",
        epilog="exit status: 0 every document cleaned; 1 some documents failed (listed in "
        "OUT/errors.jsonl); 2 usage error (bad option, missing input, unusable rules)",
    )
    run.add_argument("inputs", nargs="+", metavar="INPUT",
                     help="a folder (read recursively), a file or a glob such as 'dumps/*.jsonl.gz'")
    run.add_argument("--out", required=True, help="output folder (created if missing)")
    run.add_argument("--jobs", type=_positive_int, default=DEFAULT_JOBS,
                     help="worker processes (default: one per core, here %(default)s)")
    run.add_argument("--format", dest="fmt", default="auto", choices=FORMATS,
                     help="how to read the inputs (default: auto, by file extension)")
    run.add_argument("--output-format", default="auto", choices=OUTPUT_FORMATS,
                     help="auto (default): text and HTML pages give .txt, JSONL and WARC give "
                     "JSONL, Parquet gives Parquet; parquet: one .parquet per input, whatever its "
                     "kind, with the JSONL output's fields as columns")
    run.add_argument("--rules", help="a rules directory to add to the shipped rules")
    run.add_argument("--text-field", default="text",
                     help="JSONL: the field holding the text (default: %(default)s)")
    run.add_argument("--url-field", default="url",
                     help="JSONL: the field holding the page URL (default: %(default)s)")
    run.add_argument("--html-field", default="html",
                     help="JSONL: the field holding HTML, used when a record has no text field "
                     "(default: %(default)s)")
    run.add_argument("--explain", action="store_true",
                     help="also write every document's removals (rule ids, line ranges)")
    run.add_argument("--quiet", action="store_true", help="no progress bar and no summary")
    run.add_argument("--max-doc-bytes", type=_positive_int, default=DEFAULT_MAX_DOC_BYTES,
                     help="a document larger than this (stored, inflated or as a JSONL line) "
                     "goes to errors.jsonl (default: %(default)s)")
    run.add_argument("--max-doc-lines", type=_positive_int, default=DEFAULT_MAX_DOC_LINES,
                     help="... and one of more lines than this (default: %(default)s)")
    run.add_argument("--max-doc-seconds", type=_positive_float, default=DEFAULT_MAX_DOC_SECONDS,
                     help="... and one that takes more CPU seconds than this (default: %(default)s)")
    _add_decision_options(run)
    _add_engine_options(run)
    run.set_defaults(handler=_cmd_run)


def _positive_int(value: str) -> int:
    if not value.isdigit() or int(value) < 1:
        raise argparse.ArgumentTypeError(f"must be a whole number of at least 1, not {value!r}")
    return int(value)


def _positive_float(value: str) -> float:
    try:
        number = float(value)
    except ValueError:
        number = -1.0
    if not 0 < number < float("inf"):
        raise argparse.ArgumentTypeError(f"must be a number above 0, not {value!r}")
    return number


def _cmd_run(args) -> int:
    if args.engine == "datatrove" or args.tasks or args.workers:
        return _cmd_run_datatrove(args)
    from cleaner.batch import BatchOptions, run_batch
    from cleaner.io.readers import InputError
    from cleaner.limits import Limits

    options = BatchOptions(
        inputs=args.inputs, out=Path(args.out), jobs=args.jobs, fmt=args.fmt, rules_dir=args.rules,
        text_field=args.text_field, url_field=args.url_field, html_field=args.html_field,
        explain=args.explain, progress=not args.quiet, extracted=args.extracted, learned=args.learned,
        output_format=args.output_format, fast=args.fast,
        limits=Limits(args.max_doc_bytes, args.max_doc_lines, args.max_doc_seconds),
    )
    try:
        summary = run_batch(options)
    except InputError as exc:
        print(f"cleaner run: {exc}", file=sys.stderr)
        return 2
    except OSError as exc:  # a full disk, say: what finished is in the manifest
        print(f"cleaner run: stopped: {exc}; run the same command again to resume", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("cleaner run: interrupted; run the same command again to resume", file=sys.stderr)
        return 130
    if not args.quiet:
        print(summary.describe(), file=sys.stderr)
    return 1 if summary.failed else 0


# ---------------------------------------------------------------- run --engine datatrove


def _add_engine_options(run) -> None:
    run.add_argument("--engine", choices=("local", "datatrove"), default="local",
                     help="local: cleaner's own process pool (default); datatrove: datatrove's "
                     "LocalPipelineExecutor over one JSONL, Parquet or WARC/WET file or folder, "
                     "with datatrove's readers, writing OUT/<task>.jsonl, "
                     "failed records to OUT/excluded/, logs to OUT/datatrove-logs/ "
                     "(needs cleaner[datatrove])")
    run.add_argument("--tasks", type=_positive_int,
                     help="datatrove: shards the input is split into (default: --workers)")
    run.add_argument("--workers", type=_positive_int,
                     help="datatrove: tasks run at once (default: --jobs)")


def _cmd_run_datatrove(args) -> int:
    refusal = _datatrove_usage_error(args)
    if refusal:
        print(f"cleaner run: {refusal}", file=sys.stderr)
        return 2
    try:
        from cleaner.integrations.datatrove import (
            FAILED_STAT, FLAGGED_STAT, UNREADABLE_STAT, TaskCountMismatch, run_local,
        )
    except ImportError as exc:
        print(f"cleaner run: --engine datatrove needs datatrove ({exc}): "
              f"pip install 'cleaner[datatrove]'", file=sys.stderr)
        return 2
    _rules_from(args)  # a broken rules directory is a usage error before any worker starts
    workers = args.workers or args.jobs
    tasks = args.tasks or workers
    try:
        counts = run_local(args.inputs[0], args.out, tasks=tasks, workers=workers, rules_dir=args.rules,
                           text_key=args.text_field, url_key=args.url_field, html_key=args.html_field,
                           kind=_datatrove_kind(args))
    except TaskCountMismatch as exc:
        print(f"cleaner run: {exc}", file=sys.stderr)
        return 2
    except Exception as exc:  # a task that crashed: the finished ones are kept for a rerun
        print(f"cleaner run: the datatrove run stopped ({type(exc).__name__}: {exc}); rerun the same "
              f"command to resume; task logs are in {args.out}/datatrove-logs/logs", file=sys.stderr)
        return 1
    failed, unreadable = counts.get(FAILED_STAT, 0), counts[UNREADABLE_STAT]
    if not args.quiet:
        print(f"cleaned {counts.get('total', 0) - failed} of {counts.get('total', 0)} documents "
              f"({failed} failed, of which {unreadable} lines not JSON objects; "
              f"{counts.get(FLAGGED_STAT, 0)} flagged) in {tasks} datatrove tasks "
              f"on {workers} workers\noutput: {args.out}/<task>.jsonl; failed records: "
              f"{args.out}/excluded/; stats: {args.out}/datatrove-logs/stats.json", file=sys.stderr)
    return 1 if failed else 0


DATATROVE_FORMATS = ("auto", "jsonl", "parquet", "warc")


def _datatrove_kind(args) -> str:
    """What --engine datatrove reads: --format, else a file's kind by its name; a folder
    (or remote path) is JSONL unless --format says otherwise."""
    from cleaner.io.readers import kind_of

    source = Path(args.inputs[0])
    if args.fmt != "auto" or not source.is_file():
        return "jsonl" if args.fmt == "auto" else args.fmt
    return kind_of(source.name)[0]


def _datatrove_usage_error(args) -> str | None:
    if args.engine != "datatrove":
        return "--tasks and --workers go with --engine datatrove"
    if len(args.inputs) != 1:
        return "--engine datatrove takes one INPUT: a file, or a folder of files of one kind"
    local_only = (args.explain or args.extracted or not args.learned or args.fast
                  or args.output_format != "auto")
    if local_only or args.fmt not in DATATROVE_FORMATS:
        return ("--explain, --extracted, --no-model, --fast and --output-format go with --engine local; "
                "--engine datatrove reads "
                "--format " + ", ".join(DATATROVE_FORMATS))
    source, out = Path(args.inputs[0]), Path(args.out)
    if not source.exists() and "://" not in args.inputs[0]:
        return f"{source}: no such file or directory"
    if _datatrove_kind(args) not in DATATROVE_FORMATS:
        return (f"{source}: --engine datatrove reads JSONL (.jsonl, .jsonl.gz), Parquet (.parquet) and "
                f"WARC/WET (.warc, .wet, gzipped or not) files; pass --format for a folder or another name")
    if out.exists() and not out.is_dir():
        return f"{out}: --out must be a directory"
    if source.is_dir() and out.resolve().is_relative_to(source.resolve()):
        return f"{out}: --out must not be inside the input folder {source}: its outputs would be read as input"
    return None


# ---------------------------------------------------------------- learn


def _add_learn(commands) -> None:
    from cleaner.learn import DEFAULT_MIN_DOCS, DEFAULT_MIN_SHARE

    learn = commands.add_parser(
        "learn", help="learn each site's boilerplate from its pages; write reviewable rule files",
        description="Find the lines and line templates that recur across many pages of one "
        "site and write them as a rule file per site, OUT/sites/<domain>.toml, each rule with "
        "its evidence and a test taken from the corpus. Use them with --rules OUT.",
        epilog="exit status: 0 ok; 1 some documents could not be read or a hand-written rule "
        "file was in the way (never overwritten); 2 usage error",
    )
    learn.add_argument("inputs", nargs="+", metavar="INPUT",
                       help="JSONL files (site = the URL's host) or folders with one sub-folder "
                       "of .txt pages per site")
    learn.add_argument("--out", required=True, help="rules directory for the learned files")
    learn.add_argument("--min-docs", type=_positive_int, default=DEFAULT_MIN_DOCS,
                       help="a rule needs at least this many documents (default: %(default)s)")
    learn.add_argument("--min-share", type=_share, default=DEFAULT_MIN_SHARE,
                       help="... and at least this share of the site's documents "
                       "(default: %(default)s)")
    learn.add_argument("--text-field", default="text",
                       help="JSONL: the field holding the text (default: %(default)s)")
    learn.add_argument("--url-field", default="url",
                       help="JSONL: the field holding the page URL (default: %(default)s)")
    learn.add_argument("--quiet", action="store_true", help="no progress bar")
    learn.set_defaults(handler=_cmd_learn)


def _share(value: str) -> float:
    try:
        share = float(value)
    except ValueError:
        share = -1.0
    if not 0 < share <= 1:
        raise argparse.ArgumentTypeError(f"must be a number above 0 and at most 1, not {value!r}")
    return share


def _cmd_learn(args) -> int:
    from cleaner.io.readers import InputError
    from cleaner.learn import Fields, LearnError, learn

    errors: list[str] = []
    try:
        reports = learn(args.inputs, Path(args.out), min_docs=args.min_docs, min_share=args.min_share,
                        fields=Fields(args.text_field, args.url_field), errors=errors,
                        progress=not args.quiet)
    except (InputError, LearnError) as exc:
        print(f"cleaner learn: {exc}", file=sys.stderr)
        return 2
    for error in errors:
        print(f"cleaner learn: {error}", file=sys.stderr)
    if not reports:
        print(f"cleaner learn: no documents to learn from in {' '.join(args.inputs)}", file=sys.stderr)
        return 1
    for report in reports:
        if report.error:
            print(f"cleaner learn: {report.error}", file=sys.stderr)
            continue
        where = f" -> {report.path}" if report.path else ""
        if report.documents < args.min_docs:
            where = f" (fewer than --min-docs {args.min_docs}: nothing to learn from)"
        dropped = f", {len(report.dropped)} dropped" if report.dropped else ""
        print(f"{report.site}: {report.documents} documents, {report.rules} rules{dropped}{where}")
        for reason in report.dropped:
            print(f"  dropped {reason}")
    return 1 if errors or any(r.error for r in reports) else 0


# ---------------------------------------------------------------- review


def _add_review(commands) -> None:
    review = commands.add_parser(
        "review", help="label gold files and review the cleaner's decisions in the browser",
        description="Serve a local web app (127.0.0.1 only) that shows every .txt document under "
        "RAW_DIR line by line, with the gold's keep/drop labels from GOLD_DIR (same relative "
        "paths) beside the cleaner's decisions and rule ids, and saves the labels as gold files.",
        epilog="exit status: 0 stopped with Ctrl-C; 2 usage error (no RAW_DIR, port in use)",
    )
    review.add_argument("raw_dir", help="the raw scrapes (.txt, read recursively)")
    review.add_argument("--gold", required=True, metavar="GOLD_DIR",
                        help="gold files, mirroring RAW_DIR (created on the first save)")
    review.add_argument("--rules", help="a rules directory to add to the shipped rules")
    review.add_argument("--port", type=_port, default=8642,
                        help="port on 127.0.0.1 (default: %(default)s; 0 picks a free one)")
    review.set_defaults(handler=_cmd_review)


def _port(value: str) -> int:
    if not value.isdigit() or int(value) > 65535:
        raise argparse.ArgumentTypeError(f"must be a port number from 0 to 65535, not {value!r}")
    return int(value)


def _cmd_review(args) -> int:
    from cleaner.review import Review, serve

    raw, gold = Path(args.raw_dir), Path(args.gold)
    if not raw.is_dir():
        print(f"cleaner review: {raw}: not a folder", file=sys.stderr)
        return 2
    if gold.exists() and not gold.is_dir():
        print(f"cleaner review: {gold}: not a folder", file=sys.stderr)
        return 2
    if gold.resolve().is_relative_to(raw.resolve()):
        print(f"cleaner review: {gold}: the gold folder must not be inside {raw}: its files "
              "would be read as raw documents", file=sys.stderr)
        return 2

    def announce(url: str) -> None:
        print(f"cleaner review: {url} (Ctrl-C stops)", flush=True)

    try:
        serve(Review(raw, gold, _rules_from(args)), args.port, announce)
    except OSError as exc:
        print(f"cleaner review: cannot listen on 127.0.0.1:{args.port}: {exc.strerror or exc}",
              file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
