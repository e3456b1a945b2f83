"""The command line: parses arguments, calls the layers below, prints.

Exit status: 0 all went well, 1 some documents failed (or a check fell below its floor),
2 usage error (argparse's own convention).
"""

from __future__ import annotations

import argparse
import sys

from cleaner.rules import RuleError, default_rules, load_rules


def main(argv: list[str] | None = None) -> int:
    parser = _build_parser()
    args = parser.parse_args(argv)
    try:
        return args.handler(args)
    except RuleError as exc:
        print(f"cleaner: {exc}", file=sys.stderr)
        return 2


def _build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="cleaner",
        description="Strip boilerplate from scraped news pages; keep the lead article.",
        epilog="exit status: 0 ok, 1 some documents failed or a check fell below its floor, "
        "2 usage error",
    )
    commands = parser.add_subparsers(dest="command", required=True)
    _add_explain(commands)
    return parser


def _rules_from(args):
    return load_rules(args.rules) if getattr(args, "rules", None) else default_rules()


# ---------------------------------------------------------------- explain


def _add_explain(commands) -> None:
    explain = commands.add_parser("explain", help="show every input line as kept or removed, and why")
    explain.add_argument("file", help="a text scrape (UTF-8 or any detectable encoding)")
    explain.add_argument("--url", help="the page URL, to pick the site's rule file")
    explain.add_argument("--rules", help="a rules directory to add to the shipped rules")
    explain.set_defaults(handler=_cmd_explain)


def _cmd_explain(args) -> int:
    from cleaner.engine import clean
    from cleaner.explain import render_explain

    with open(args.file, encoding="utf-8", errors="replace") as handle:
        text = handle.read()
    result = clean(text, args.url, rules=_rules_from(args))
    sys.stdout.write(render_explain(text, result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
