"""python -m cleaner.train build --out DIR | split [--write] | model --data DIR | html-model [--cache DIR] [--seeds N ...]"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from cleaner.io.writers import atomic_write_text
from cleaner.linemodel import MODEL_FILE, SETTINGS_FILE
from cleaner.train.build import DEFAULT_SEED, BuildError, build, format_summary
from cleaner.train.corpus import DEFAULT_ROOT, ENV_VAR, HTML_SETS, article_sources, find_traincorpus, html_pages, line_sets
from cleaner.train.fit import MODEL_DIR, build_model
from cleaner.train.render import RENDERERS
from cleaner.train.split import SPLIT_FILE, SplitError, compute_split, dump_split, load_split

DEFAULT_OUT = Path("/tmp/cleaner-train")


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if args.command == "model":
        return _model(Path(args.data))
    root = find_traincorpus(args.traincorpus)
    if root is None:
        where = args.traincorpus or os.environ.get(ENV_VAR) or DEFAULT_ROOT
        print(f"{where}: no traincorpus there (no html/ folder); give --traincorpus or set {ENV_VAR}",
              file=sys.stderr)
        return 2
    try:
        if args.command == "split":
            return _split(root, args.write)
        if args.command == "html-model":
            return _html_model(root, Path(args.cache), Path(args.out), tuple(args.seeds))
        summary = build(root, load_split(), Path(args.out), tuple(args.renderers), tuple(args.sets) or None,
                        args.seed)
    except (BuildError, SplitError) as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    print(format_summary(summary))
    print(f"written to {args.out}")
    return 0


def _model(data: Path) -> int:
    """Train the line model on the build in `data` and write it into the package."""
    if not (data / "html.jsonl").exists():
        print(f"{data}: no html.jsonl; run `python -m cleaner.train build --out {data}` first", file=sys.stderr)
        return 2
    for line in build_model(data):
        print(line)
    print(f"written {MODEL_DIR / MODEL_FILE} and {MODEL_DIR / SETTINGS_FILE}")
    return 0


def _html_model(root: Path, cache: Path, out: Path, seeds: tuple[int, ...]) -> int:
    from cleaner.train import html_model  # lightgbm: only for this command

    html_model.fill_cache(root, load_split(), cache, ("train", "dev"))
    card = html_model.train(root, load_split(), cache, out, seeds=seeds or html_model.SEEDS)
    print(f"written {out / 'html_blocks.txt'} ({len(card['boosters'])} boosters, {card['trees']} trees, "
          f"threshold {card['threshold']})")
    return 0


def _split(root: Path, write: bool) -> int:
    """Print the split the policy gives today, or write it; exit 1 if split.toml is stale."""
    text = dump_split(compute_split(html_pages(root), line_sets(root), article_sources(root)))
    if write:
        atomic_write_text(SPLIT_FILE, text)
        print(f"written {SPLIT_FILE}")
        return 0
    current = SPLIT_FILE.read_text(encoding="utf-8") if SPLIT_FILE.exists() else ""
    if current != text:
        print(f"{SPLIT_FILE} differs from the split the corpus gives today; rerun with --write")
        return 1
    print(f"{SPLIT_FILE} is up to date")
    return 0


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m cleaner.train", description=__doc__)
    parser.add_argument("--traincorpus", help=f"the traincorpus folder (default: ${ENV_VAR}, else {DEFAULT_ROOT})")
    commands = parser.add_subparsers(dest="command", required=True)
    build_cmd = commands.add_parser("build", help="write the labelled datasets as JSONL")
    build_cmd.add_argument("--out", default=str(DEFAULT_OUT), help=f"a folder outside the repository ({DEFAULT_OUT})")
    build_cmd.add_argument("--renderers", nargs="+", choices=RENDERERS, default=list(RENDERERS))
    build_cmd.add_argument("--sets", nargs="+", choices=HTML_SETS, default=[], help="html sets (default: all)")
    build_cmd.add_argument("--seed", type=int, default=DEFAULT_SEED, help="of the synthetic pages (%(default)s)")
    model_cmd = commands.add_parser("model", help="train the line model on a build, tune it on dev, "
                                    "write it into the package")
    model_cmd.add_argument("--data", default=str(DEFAULT_OUT), help=f"the folder `build` wrote ({DEFAULT_OUT})")
    split_cmd = commands.add_parser("split", help="check split.toml against the corpus, or --write it")
    split_cmd.add_argument("--write", action="store_true")
    html_model_cmd = commands.add_parser("html-model", help="train the HTML block classifier (cleaner/models)")
    html_model_cmd.add_argument("--cache", default="/tmp/cleaner-html-votes",
                           help="extractor outputs per page, kept between runs (%(default)s)")
    html_model_cmd.add_argument("--out", default=str(Path(__file__).resolve().parents[1] / "models"),
                           help="where the model and its card go (%(default)s)")
    html_model_cmd.add_argument("--seeds", type=int, nargs="+", default=[],
                                help="one booster a seed of LightGBM's random streams, their scores averaged "
                                "(default: the shipped model's seeds)")
    return parser


if __name__ == "__main__":
    sys.exit(main())
