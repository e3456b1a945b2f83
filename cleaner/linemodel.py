"""The learned line layer: a LightGBM model over the features of cleaner/features.py.

Site rules and marker rules decide first and stay decided. The model then takes the
decisions that hand-tuned thresholds take: it drops a line the heuristics kept when it is
confident the line is boilerplate, and gives back a line a layout heuristic dropped when it
is confident the line belongs to the article. Its four thresholds (LineModel) were chosen on
the dev split (`python -m cleaner.train model`, docs/model.md). Every removal it makes carries the rule id
`generic.model`, its probability and its strongest reasons in words: the features that
pushed the prediction most towards "boilerplate" (LightGBM's pred_contrib).

The model ships in the package (cleaner/models/) and is loaded once per process, on first use.
"""

from __future__ import annotations

import functools
import hashlib
import json
import re
from dataclasses import dataclass
from importlib.resources import files
from typing import TYPE_CHECKING

import numpy as np

from cleaner import features
from cleaner import heuristics as h
from cleaner.model import DeferredText

if TYPE_CHECKING:
    # lightgbm pulls in scipy and pandas (about 65 MB a process): imported on first use, so a
    # run with the layer off, or a page the layer never looks at, does not pay for it.
    import lightgbm

RULE_ID = "generic.model"
MODEL_FILE = "text_lines.txt"
SETTINGS_FILE = "text_lines.json"
REASONS = 3


class ModelError(RuntimeError):
    pass


# Layout heuristics whose verdict the model may overrule: thresholds on line shape and
# position. Marker rules, the credit-closed next story, comment forms, title copies and
# duplicates are evidence, and stay.
RESTORABLE = frozenset({"generic.nav-run", "generic.header-chrome", "generic.footer-chrome",
                        "generic.link-run", "generic.headline-list"})
# Heuristics that read one line as a rule reads it (an author's credit, a menu on one line,
# a tag line, a masthead over the headline), which a clean article or a newspaper text
# carries too: like a rule's removal, theirs does not make the page the rendered kind the
# model learned from (see decide()).
READ_LIKE_RULES = frozenset({"generic.byline", "generic.link-line", "generic.tag-line", "generic.masthead",
                             "generic.site-name", "generic.author-bio"})
KEPT, RESTORABLE_DROP, HEURISTIC_DROP, RULE_DROP = 0, 1, 2, 3
# The rule actions that take a line where it stands (see states()).
LINE_RULE_ACTIONS = ("metadata", "drop-line")
# Kept lines the model never drops, by the feature that marks them (see decide).
PROTECTED = ("announced_list", "title_copy")


@dataclass(frozen=True)
class LineModel:
    booster: lightgbm.Booster
    # A kept line goes when P(boilerplate) is at least `drop` (`drop_inside` between the first
    # and last paragraph the heuristics kept: a short line there is more often the article's).
    drop: float
    drop_inside: float
    restore: float  # a RESTORABLE drop comes back when P(boilerplate) is below this
    # Outside the article, a kept line next to a removal goes at this lower P (hysteresis: a
    # form's first label sits under the article's last paragraph and looks half like it).
    extend: float

    def probabilities(self, matrix: np.ndarray) -> np.ndarray:
        """P(boilerplate) of each row."""
        return self.booster.predict(matrix, num_threads=1)

    def reasons(self, matrix: np.ndarray) -> list[list[str]]:
        """The strongest pushes towards "boilerplate" of each row, in words."""
        contributions = self.booster.predict(matrix, pred_contrib=True, num_threads=1)[:, :-1]
        phrases = list(features.FEATURES.values())
        found = []
        for row, pushes in zip(matrix, contributions):
            strongest = [column for column in np.argsort(-pushes)[:REASONS] if pushes[column] > 0]
            found.append([phrases[column].format(row[column]) for column in strongest])
        return found


def import_runtime() -> None:
    """Import lightgbm without loading a model: what a process that forks workers does once,
    so that they share its pages. Loading a Booster runs an OpenMP parallel region, after
    which a forked child that starts one can hang (LightGBM's FAQ): each worker loads its own."""
    import lightgbm  # noqa: F401


@functools.cache
def shipped_model() -> LineModel:
    """The model in the package, read once per process."""
    return read_model(files("cleaner") / "models")


def read_model(folder) -> LineModel:
    """The model and its settings in `folder` (a Path or an importlib Traversable)."""
    booster, settings = verified_booster(folder, MODEL_FILE, SETTINGS_FILE, REBUILD)
    try:
        return load(booster, settings)
    except (KeyError, TypeError, ValueError) as error:
        raise ModelError(f"{folder / SETTINGS_FILE}: cannot load the line model ({error!r}); {REBUILD}") from error


REBUILD = "reinstall cleaner or rebuild the model with `python -m cleaner.train model`"


def verified_booster(folder, model_file: str, settings_file: str, rebuild: str) -> tuple["lightgbm.Booster", dict]:
    """A shipped LightGBM model and its JSON settings, once the settings' SHA-256 of the model
    matches the file (the line model's and the HTML block model's loader)."""
    import lightgbm

    settings_path, model_path = folder / settings_file, folder / model_file
    try:
        settings = json.loads(_read(settings_path, rebuild))
    except ValueError as error:
        raise ModelError(f"{settings_path}: the model's settings are not JSON ({error}); {rebuild}") from error
    model_text = _read(model_path, rebuild)
    # LightGBM's parser aborts the process on some truncated files instead of raising: a
    # damaged file must be caught before it gets there.
    if not isinstance(settings, dict) or settings.get("model_sha256") != model_digest(model_text):
        raise ModelError(f"{model_path}: the model is not the one {settings_file} was written with "
                         f"(damaged or replaced); {rebuild}")
    try:
        return lightgbm.Booster(model_str=model_text), settings
    except lightgbm.basic.LightGBMError as error:
        raise ModelError(f"{model_path}: cannot load the model ({error!r}); {rebuild}") from error


def _read(path, rebuild: str) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, ValueError) as error:
        raise ModelError(f"{path}: cannot read the model ({error}); {rebuild}") from error


def model_digest(model_text: str) -> str:
    """The SHA-256 of the model's text, recorded in its settings when it is written."""
    return hashlib.sha256(model_text.encode("utf-8")).hexdigest()


def load(booster: lightgbm.Booster, settings: dict) -> LineModel:
    if booster.feature_name() != list(features.FEATURES):
        raise ModelError(f"the line model was trained on other features than cleaner/features.py computes; {REBUILD}")
    return LineModel(booster, float(settings["drop"]), float(settings["drop_inside"]),
                     float(settings["restore"]), float(settings["extend"]))


def revise(lines: h.Page, verdicts: h.Verdicts, model: LineModel | None = None) -> None:
    """Drop confident boilerplate the heuristics kept; give back confident article lines a
    layout heuristic dropped. Rule verdicts are never touched."""
    state = states(verdicts, lines, [line.index for line in lines if not line.blank])
    if not page_chrome(state):
        return  # before the features, which cost far more than this
    # Only a kept line or a RESTORABLE drop can change: the others are not predicted (their
    # probability stays 0 and decide() never reads it).
    candidates = np.flatnonzero(state <= RESTORABLE_DROP)
    if not len(candidates):
        return
    model = model or shipped_model()
    matrix, indexes = features.document_features(lines, verdicts.inline_markers)
    probabilities = np.zeros(len(state))
    probabilities[candidates] = model.probabilities(matrix[candidates])
    wrapped = wrapped_rows(lines, indexes, state == KEPT)
    probabilities = pool_wrapped(probabilities, wrapped)
    keep = decide(model, state, probabilities, matrix, headline_row(lines, indexes),
                  hard_wrapped(wrapped, [lines[index].text for index in indexes], state == KEPT),
                  guarded_rows(lines, verdicts, indexes, state))
    dropped = np.flatnonzero((state == KEPT) & ~keep)
    for row in np.flatnonzero((state == RESTORABLE_DROP) & keep):  # the heuristic's threshold is overruled
        verdicts.restore(indexes[row], RULE_ID, f"boilerplate with probability {probabilities[row]:.2f}")
    # One explanation a run of neighbouring removals, from its most confident line: the
    # contributions cost far more than the prediction, and a run is one block in explain.
    if not len(dropped):
        return
    runs = np.split(dropped, np.flatnonzero(np.diff(dropped) > 1) + 1)
    representatives = [run[np.argmax(probabilities[run])] for run in runs]
    reasons = Reasons(model, matrix[representatives])
    for position, run in enumerate(runs):
        reason = Explanation(probabilities[run].min(), probabilities[run].max(), reasons, position)
        for row in run:
            verdicts.drop(indexes[row], RULE_ID, reason)


def guarded_rows(lines: h.Page, verdicts: h.Verdicts, indexes: list[int], state: np.ndarray) -> np.ndarray:
    """The rows the model may not drop: the entries of the article's own list
    (Verdicts.list_entries) and its closing sentence (closing_sentences)."""
    entries = np.array([index in verdicts.list_entries for index in indexes], dtype=bool)
    return entries | closing_sentences(lines, indexes, state)


# The article's closing sentence: a line of at least this many words that ends on a full stop
# (a closing quotation mark or bracket may follow it).
CLOSING_MIN_WORDS = 4
_CLOSING_END = re.compile(rf"[{h.FULL_STOPS}][\"'”’»)]?$")
# A label and a colon open a note or a disclaimer ("Disclaimer: The entire contents ...").
_LABEL_OPENING = re.compile(r"^\S+(?: \S+)?:")


def closing_sentences(lines: h.Page, indexes: list[int], state: np.ndarray) -> np.ndarray:
    """The rows that close the article over the page's tail: a sentence the heuristics kept
    right under a paragraph they kept (past lines a rule took: an advertisement's label), with
    no kept row under it ("Der er høringsfrist den 15. april." over a share bar). The model,
    which reads position, took such lines for the tail at P 0.87-0.93 on six pages of probe
    K; on the train and dev renderings, such a line it drops is the article's 148 times
    against 59. Not a line that opens in lower case (a wrapped sentence's end), holds
    separators ("Posted by ... | Permalink") or opens on a label."""
    kept = state == KEPT
    closing = np.zeros(len(state), dtype=bool)
    for row, index in enumerate(indexes):
        line = lines[index]
        if not kept[row] or row + 1 < len(state) and kept[row + 1] or not _closing_shape(line):
            continue
        above = row - 1
        while above >= 0 and state[above] == RULE_DROP:
            above -= 1
        closing[row] = above >= 0 and kept[above] and lines[indexes[above]].body
    return closing


def _closing_shape(line: h.LineInfo) -> bool:
    text = line.text
    return (line.words >= CLOSING_MIN_WORDS and _CLOSING_END.search(text) is not None and "|" not in text
            and not text[0].islower() and _LABEL_OPENING.match(text) is None)


def wrapped_rows(lines: h.Page, indexes: list[int], kept: np.ndarray) -> list[np.ndarray]:
    """The kept rows of each paragraph wrapped at the source's line breaks
    (heuristics.wrapped_paragraphs), split where a row is not kept."""
    row_of = {index: row for row, index in enumerate(indexes)}
    runs = []
    for paragraph in h.wrapped_paragraphs(lines):
        rows = np.array([row_of[line.index] for line in paragraph])
        for part in np.split(rows, np.flatnonzero(~kept[rows])):
            part = part[kept[part]]
            if len(part) > 1:
                runs.append(part)
    return runs


# A paragraph hard-wrapped at a fixed width (an old page's text in <pre>, or lxml's
# text_content of one): at least this many lines, each but the last stopping on a lower-case
# letter or a comma, their widths within this share of the widest and at most so wide.
HARD_WRAPPED_MIN_LINES = 3
HARD_WRAPPED_EVEN_WIDTH = 0.6
HARD_WRAPPED_MAX_WIDTH = 100


def hard_wrapped(wrapped: list[np.ndarray], texts: list[str], kept: np.ndarray | None = None) -> np.ndarray:
    """The rows of the wrapped paragraphs (wrapped_rows) that are prose hard-wrapped at a
    fixed width, not a list of headlines and teasers that happens to run on: a mask over
    `texts`, the rows' lines. With `kept` (the rows the heuristics kept), the kept rows of
    the same column next to those that read as sentences too (same_column)."""
    found = np.zeros(len(texts), dtype=bool)
    sentences = np.zeros(len(texts), dtype=bool)  # found paragraphs in a sentence's case, with a sentence's end
    width = 0
    for rows in wrapped:
        broken = [texts[row] for row in rows[:-1]]
        widths = [len(text) for text in broken]
        if (len(rows) >= HARD_WRAPPED_MIN_LINES and max(widths) <= HARD_WRAPPED_MAX_WIDTH
                and min(widths) >= HARD_WRAPPED_EVEN_WIDTH * max(widths)
                and all(text[-1].islower() or text[-1] == "," for text in broken)):
            found[rows] = True
            if all(map(_cased_like_prose, broken)) and any(_SENTENCE_END.search(texts[row]) for row in rows):
                sentences[rows] = True
                width = max(width, *widths)
    return found if kept is None or not width else found | same_column(sentences, texts, kept, width)


def _cased_like_prose(text: str) -> bool:
    """At most half of the line's words open on a capital: a sentence's words, not a
    headline's in title case (a caseless script passes)."""
    words = text.split()
    return sum(word[0].isupper() for word in words) * 2 <= len(words)


def same_column(column: np.ndarray, texts: list[str], kept: np.ndarray, width: int) -> np.ndarray:
    """`column` (hard-wrapped paragraphs that read as sentences) grown over the kept rows
    next to it that belong to the same column of prose hard-wrapped at `width` characters:
    lines as wide as the column's (at least HARD_WRAPPED_EVEN_WIDTH of it, at most the
    width) in a sentence's case, and a paragraph's shorter last line, which ends a sentence,
    under one that stops mid-sentence (on a word, a figure or a comma). A piece grown so is
    the column's when it holds a sentence's end, or when it joins two of the column's
    paragraphs in at most COLUMN_GAP lines: a list of headlines in a sentence's case is as
    wide as the column beside it, and has no full stop.

    The wrapped-paragraph reader (heuristics.wrapped_paragraphs) breaks such a column
    wherever a line happens to end a sentence, or the next one opens on a figure ("32-bit
    words"), and its pieces of one or two lines are too short to be told from a list: the
    model cut them out of the middle of an essay (dev CleanEval-final lxml)."""
    grown = column.copy()
    for step in (1, -1):
        for row in np.flatnonzero(column):
            near = row + step
            while 0 <= near < len(texts) and kept[near] and not grown[near]:
                text, above = texts[near], texts[near - 1]
                full = HARD_WRAPPED_EVEN_WIDTH * width <= len(text) <= width and _cased_like_prose(text)
                last = (step == 1 and grown[near - 1] and len(text) <= width
                        and (above[-1].isalnum() or above[-1] == ",") and _ENDS_SENTENCE.search(text) is not None)
                if not (full or last):
                    break
                grown[near] = True
                if not full:
                    break  # a paragraph's last line: the column goes on only from a full line
                near += step
    pieces = np.flatnonzero(grown & ~column)
    for piece in np.split(pieces, np.flatnonzero(np.diff(pieces) > 1) + 1) if len(pieces) else ():
        first, last = piece[0], piece[-1]
        joins = len(piece) <= COLUMN_GAP and first > 0 and column[first - 1] and last + 1 < len(texts) and column[last + 1]
        if not joins and not any(_SENTENCE_END.search(texts[row]) for row in piece):
            grown[piece] = False
    return grown


# The most lines a piece of a hard-wrapped column may hold with no sentence's end in them,
# between two of its paragraphs (same_column).
COLUMN_GAP = 2
# A full stop, question or exclamation mark (not an ellipsis: a teaser cut short), before
# closing quotes or brackets and a space or the line's end.
_SENTENCE_END = re.compile(r"(?<![.…])[.!?][\"')\]”’]*(?:\s|$)")
_ENDS_SENTENCE = re.compile(r"(?<![.…])[.!?][\"')\]”’]*$")


def pool_wrapped(probabilities: np.ndarray, wrapped: list[np.ndarray]) -> np.ndarray:
    """The probabilities with each wrapped paragraph's rows at its lowest. The model reads
    lines, and the short lines of a paragraph wrapped at the source's line breaks look like
    labels to it: the paragraph stays whole if one of its lines reads as the article's."""
    pooled = probabilities.copy()
    for rows in wrapped:
        pooled[rows] = pooled[rows].min()
    return pooled


class Reasons:
    """The reasons in words of one document's model removals, computed together on first
    read: pred_contrib costs far more than the prediction, and only explain, the reports
    and --explain read a removal's reason (a run's summary counts rule ids)."""

    def __init__(self, model: LineModel, rows: np.ndarray):
        self._model, self._rows, self._found = model, rows, None

    def __getitem__(self, position: int) -> list[str]:
        if self._found is None:
            self._found = self._model.reasons(self._rows)
        return self._found[position]


class Explanation(DeferredText):
    """A model removal's reason (see explanation()), written when first read: a Removal
    turns it into its str on first access (model.Removal), and pickling writes the str."""

    __slots__ = ("_lowest", "_highest", "_reasons", "_position")

    def __init__(self, lowest: float, highest: float, reasons: Reasons, position: int):
        self._lowest, self._highest, self._reasons, self._position = lowest, highest, reasons, position

    def __str__(self) -> str:
        return explanation(self._lowest, self._highest, self._reasons[self._position])

    def __reduce__(self):
        return str, (str(self),)


def states(verdicts: h.Verdicts, lines: h.Page, indexes: list[int]) -> np.ndarray:
    """KEPT, RESTORABLE_DROP, HEURISTIC_DROP or RULE_DROP: what the rules and heuristics did
    with each row.

    A layout heuristic's drop is not restorable on a line a line rule names (a source, a
    credit), nor on a marker that a rule removes wherever it stands ("Read also:" over the
    page title): the rule did not fire only because the heuristic took the line first, and
    on the cleaned text, without the neighbours that made it chrome, the rule takes it;
    given back, the line would go on a second cleaning."""
    by_line = verdicts.by_line
    return np.array([KEPT if by_line[i] is None
                     else RESTORABLE_DROP if by_line[i][0] in RESTORABLE and not _named_by_a_rule(lines[i])
                     else HEURISTIC_DROP if by_line[i][0] in h.HEURISTICS and by_line[i][0] not in READ_LIKE_RULES
                     else RULE_DROP
                     for i in indexes], dtype=np.int8)


def _named_by_a_rule(line: h.LineInfo) -> bool:
    return bool(line.hits) and (line.hit(*LINE_RULE_ACTIONS) is not None or line.ruled)


def page_chrome(state: np.ndarray) -> bool:
    """Whether the heuristics removed a line of page chrome (a rule's removal is not one)."""
    return bool(((state == RESTORABLE_DROP) | (state == HEURISTIC_DROP)).any())


def headline_row(lines: h.Page, indexes: list[int]) -> int | None:
    """The row of the headline the heuristics anchor the article to (Page.headline)."""
    return indexes.index(lines.headline) if lines.headline is not None else None


def decide(model: LineModel, state: np.ndarray, probabilities: np.ndarray, matrix: np.ndarray,
           headline: int | None = None, wrapped_prose: np.ndarray | None = None,
           guarded: np.ndarray | None = None) -> np.ndarray:
    """Which rows stay once the model has had its say (`headline`: headline_row();
    `wrapped_prose`: hard_wrapped(); `guarded`: guarded_rows()).

    A page on which the heuristics found no page chrome (nothing, or only what rules mark:
    a source line, a byline) is a clean article or a newspaper text, not the rendered page
    the model learned from: the model leaves it alone.
    """
    kept = state == KEPT
    if not page_chrome(state):
        return kept
    body = matrix[:, features.COLUMNS["body"]] > 0
    terminated = matrix[:, features.COLUMNS["terminated"]] > 0
    words = np.rint(np.expm1(matrix[:, features.COLUMNS["log_words"]]))
    inside = article_span(kept, body, terminated, words)
    threshold = np.where(inside, model.drop_inside, model.drop)
    # Evidence the heuristics read, which the model may not overrule: the items of a list a
    # sentence of the article announces ("The rankings were as follows:" then "1. Finland"),
    # the copy of the page title kept as the headline (the other copies went already), and
    # the headline the heuristics anchored the article to, between a menu and a share bar
    # (at P 0.56-0.69 on two bundled pages: alone between two runs of chrome, it looks like chrome).
    protected = np.zeros(len(state), dtype=bool)
    for mark in PROTECTED:
        protected |= matrix[:, features.COLUMNS[mark]] > 0
    if headline is not None:
        protected[headline] = True
    # Prose hard-wrapped at a fixed width between the article's first and last paragraph is
    # the article's: the model, which reads lines, takes a whole such paragraph of short lines
    # below a break in the prose runs for a tail (an old essay's later sections, rendered by
    # lxml: dev CleanEval-final lxml 0.793 -> 0.807).
    if wrapped_prose is not None:
        protected |= inside & wrapped_prose
    # The shape of the article's own list, which a heuristic read (a birthday list's names
    # over their dates): the model took such names for a menu's items; and the closing sentence.
    if guarded is not None:
        protected |= guarded
    removable = kept & ~protected
    removed = removable & (probabilities >= threshold)
    removed |= _grown(removed, removable & ~inside & (probabilities >= model.extend))
    # A short unpunctuated line between two paragraphs the article keeps is its sub-heading
    # ("Culture" between the budget's sections): the model, which learned that a line among
    # rule hits and under a read-also marker is chrome, took such headings at P 0.86-0.96
    # (on the dev split 17 gold lines against 5 junk: "Gift Guide", "read on >>").
    removed &= ~_between_kept_paragraphs(removed, kept, kept & body, inside & ~body & ~terminated)
    restorable = state == RESTORABLE_DROP
    return np.where(kept, ~removed, _whole_runs(restorable & (probabilities < model.restore), restorable))


def _between_kept_paragraphs(removed: np.ndarray, kept: np.ndarray, paragraphs: np.ndarray,
                             candidates: np.ndarray) -> np.ndarray:
    """The candidate rows right over a paragraph that stays, whose nearest row above that the
    rules and heuristics kept is one too: a line they took above it (an advertisement's label,
    a photo credit) does not count, one right under it does (a tweet's text over its
    signature, a caption over its credit, an ad slot's leftovers are no sub-heading)."""
    staying = paragraphs & ~removed
    below = np.concatenate((staying[1:], [False]))
    rows = np.flatnonzero(kept)
    above = np.zeros(len(kept), dtype=bool)
    above[rows[1:]] = staying[rows[:-1]]
    return candidates & above & below


def _whole_runs(chosen: np.ndarray, runs: np.ndarray) -> np.ndarray:
    """The rows of the runs (unbroken stretches of `runs`) whose every row is chosen.

    A layout heuristic's run (a headline list and the tail under it, a menu) comes back whole
    or not at all: a few lines given back out of a run stand alone in the cleaned text, where
    the heuristic takes them again and the model, among other neighbours, decides otherwise,
    so that cleaning the cleaned text would change it."""
    whole = np.zeros(len(chosen), dtype=bool)
    edges = np.flatnonzero(np.diff(np.concatenate(([0], runs.astype(np.int8), [0]))))
    for begin, end in zip(edges[::2], edges[1::2]):
        whole[begin:end] = chosen[begin:end].all()
    return whole


def _grown(seeds: np.ndarray, candidates: np.ndarray) -> np.ndarray:
    """The candidate rows joined to a seed by an unbroken run of candidates and seeds."""
    grown = np.zeros(len(seeds), dtype=bool)
    either = seeds | candidates
    edges = np.flatnonzero(np.diff(np.concatenate(([0], either.astype(np.int8), [0]))))
    for begin, end in zip(edges[::2], edges[1::2]):
        if seeds[begin:end].any():
            grown[begin:end] = candidates[begin:end]
    return grown


def article_span(kept: np.ndarray, body: np.ndarray, terminated: np.ndarray, words: np.ndarray) -> np.ndarray:
    """The rows of the article as the heuristics kept it: from its headline (the kept line
    just above its first paragraph) to its last paragraph and the short closing sentences
    right after it (as heuristics.article_end reads them: four words or more)."""
    inside = np.zeros(len(kept), dtype=bool)
    prose = np.flatnonzero(kept & body)
    if not len(prose):
        return inside
    first, last = prose[0], prose[-1]
    if first > 0 and kept[first - 1]:
        first -= 1
    while last + 1 < len(kept) and kept[last + 1] and terminated[last + 1] and words[last + 1] >= h.LABEL_MAX_WORDS:
        last += 1
    inside[first:last + 1] = True
    return inside


def explanation(lowest: float, highest: float, reasons: list[str]) -> str:
    """The removal's reason: its probability (a range for a run of lines) and, in words, the
    features that pushed its most confident line most towards boilerplate."""
    because = "; ".join(reasons) if reasons else "no single feature stands out"
    probability = f"{highest:.2f}" if f"{lowest:.2f}" == f"{highest:.2f}" else f"{lowest:.2f}-{highest:.2f}"
    return f"learned line model: boilerplate with probability {probability} (strongest reasons: {because})"
