"""Labelled training and evaluation data for a learned line classifier (issue 12).

Built from ../shared/traincorpus, read by path and never copied into the repository:

  corpus.py   where the traincorpus is; its HTML pages (metadata, page, gold) and articles
  split.py    train/dev/test by site (split.toml is the written-down split)
  render.py   naive renderings of a page, the way a scraper turns HTML into text lines
  align.py    gold paragraphs aligned to rendered lines: a keep/drop label per line
  lines.py    the line-labelled web texts of lines/ (their label is text quality)
  build.py    all of it into JSONL files outside the repository, with a summary

`python -m cleaner.train build --out DIR` runs it. Nothing in the test split is looked at
while tuning: figures on it are reported, never used to choose anything.
"""
