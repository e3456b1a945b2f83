"""The learned line layer's prediction next to other tree evaluators, on the same matrices.

    python bench/bench_tree_eval.py --devcorpus ../shared/devcorpus

clean() runs over the dev texts (or the bundled pages without them) once, and every matrix
the layer predicts (the candidate rows of a page) is kept. Each evaluator then predicts
them all, one call a page as clean() does: CPU time, the median of --repeats passes, and how
far its probabilities are from LightGBM's (clean()'s decisions and the dump of
bench/dump_results.py need them bit for bit, or within 1e-12 with the same decisions).

- LightGBM's Booster.predict, as LineModel.probabilities calls it (the reference);
- treelite's GTIL (`pip install treelite`), a C++ tree interpreter that needs no compiler;
- lleaves (`pip install lleaves 'llvmlite<0.45'`: lleaves 1.3 uses the legacy pass manager
  that llvmlite 0.45 removed), which compiles the model with LLVM when it is loaded;
- a numpy evaluator in QuickScorer's manner: every split of every tree compared at once,
  a tree's leaf found as the lowest bit left in an AND of 16-bit masks.

An evaluator that is not installed is reported as such. None of them is a dependency.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_text import DEVCORPUS, DEVCORPUS_TEXT_SETS, RAW_CORPUS, _read_texts  # noqa: E402


def predicted_matrices(texts: list[str]) -> list[np.ndarray]:
    """The matrices the learned layer predicts while cleaning the texts."""
    from cleaner import linemodel
    from cleaner.engine import clean

    found = []
    original = linemodel.LineModel.probabilities

    def keep(model, matrix):
        found.append(matrix.copy())
        return original(model, matrix)

    linemodel.LineModel.probabilities = keep
    try:
        for text in texts:
            clean(text)
    finally:
        linemodel.LineModel.probabilities = original
    return found


def evaluators(model_path: str, booster):
    """name -> (load seconds, predict(matrix) -> probabilities) or the reason it is missing."""
    found = {"lightgbm Booster.predict": (0.0, lambda matrix: booster.predict(matrix, num_threads=1))}
    try:
        import treelite

        started = time.process_time()
        forest = treelite.frontend.load_lightgbm_model(model_path)
        found["treelite GTIL"] = (time.process_time() - started,
                                  lambda matrix: treelite.gtil.predict(forest, matrix, nthread=1).ravel())
    except ImportError:
        found["treelite GTIL"] = "not installed"
    try:
        import lleaves

        started = time.process_time()
        compiled = lleaves.Model(model_file=model_path)
        compiled.compile()
        found["lleaves (LLVM)"] = (time.process_time() - started,
                                   lambda matrix: compiled.predict(matrix, n_jobs=1))
    except ImportError:
        found["lleaves (LLVM)"] = "not installed"
    except AttributeError as error:  # llvmlite 0.45 or newer
        found["lleaves (LLVM)"] = f"does not run with this llvmlite ({error})"
    started = time.process_time()
    numpy_forest = QuickScorer(booster.dump_model())
    found["numpy, QuickScorer-like"] = (time.process_time() - started, numpy_forest.predict)
    return found


class QuickScorer:
    """A binary LightGBM model of numerical splits with at most 16 leaves a tree."""

    def __init__(self, dumped: dict):
        features, thresholds, masks, starts, leaf_values = [], [], [], [], []
        for tree in dumped["tree_info"]:
            starts.append(len(features))
            leaves: list[float] = []

            def walk(node) -> list[int]:
                if "leaf_index" in node:
                    leaves.append(node["leaf_value"])
                    return [len(leaves) - 1]
                if node["decision_type"] != "<=" or node["missing_type"] != "None":
                    raise ValueError("only numerical splits without missing values")
                split = len(features)
                features.append(node["split_feature"])
                thresholds.append(node["threshold"])
                masks.append(0)
                left, right = walk(node["left_child"]), walk(node["right_child"])
                # A false test rules out the leaves of the left subtree.
                masks[split] = 0xFFFF & ~sum(1 << leaf for leaf in left)
                return left + right

            walk(tree["tree_structure"])
            if len(leaves) > 16:
                raise ValueError("more than 16 leaves in a tree")
            leaf_values.append(leaves + [0.0] * (16 - len(leaves)))
        self.features, self.thresholds = np.array(features), np.array(thresholds)
        self.masks, self.starts = np.array(masks, dtype=np.uint16), np.array(starts)
        self.leaf_values = np.array(leaf_values).ravel()
        self.offsets = np.arange(len(starts)) * 16
        self.lowest_bit = np.array([(value & -value).bit_length() - 1 for value in range(1 << 16)])

    def predict(self, matrix: np.ndarray) -> np.ndarray:
        passed = matrix.astype(np.float64).take(self.features, axis=1) <= self.thresholds
        left = np.bitwise_and.reduceat(np.where(passed, np.uint16(0xFFFF), self.masks), self.starts, axis=1)
        # cumsum adds the trees in order, as LightGBM does.
        raw = np.cumsum(self.leaf_values[self.lowest_bit[left] + self.offsets], axis=1)[:, -1]
        return 1.0 / (1.0 + np.exp(-raw))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--devcorpus", type=Path, default=DEVCORPUS, help=f"default {DEVCORPUS}")
    parser.add_argument("--repeats", type=int, default=7, help="passes per evaluator (default 7)")
    args = parser.parse_args()
    from importlib.resources import files

    from cleaner.linemodel import MODEL_FILE, shipped_model
    from cleaner.rules import default_rules

    default_rules()
    texts = [text for name in DEVCORPUS_TEXT_SETS
             for text in _read_texts(sorted((args.devcorpus / name / "raw").glob("**/*.txt")))]
    label = "the dev texts" if texts else "the bundled pages"
    texts = texts or _read_texts(sorted(RAW_CORPUS.glob("**/*.txt")))
    booster = shipped_model().booster
    matrices = predicted_matrices(texts)
    print(f"{len(matrices)} matrices ({sum(map(len, matrices))} rows) the learned layer predicts on {label}, "
          f"{booster.num_trees()} trees; CPU time of one pass, median of {args.repeats}\n")
    reference = [booster.predict(matrix, num_threads=1) for matrix in matrices]
    baseline = None
    for name, found in evaluators(str(files("cleaner") / "models" / MODEL_FILE), booster).items():
        if isinstance(found, str):
            print(f"  {name:26s} {found}")
            continue
        load, predict = found
        got = [predict(matrix) for matrix in matrices]
        difference = max(float(np.abs(a - b).max()) for a, b in zip(reference, got))
        identical = all(np.array_equal(a, b) for a, b in zip(reference, got))
        seconds = statistics.median(_cpu(lambda: [predict(matrix) for matrix in matrices])
                                    for _ in range(args.repeats))
        baseline = baseline or seconds
        print(f"  {name:26s} {seconds * 1000:7.1f} ms  ({baseline / seconds:4.2f}x LightGBM's speed)  "
              f"load {load:5.2f} s  largest difference {difference:.1e}{'  (bit for bit)' if identical else ''}")


def _cpu(work) -> float:
    started = time.process_time()
    work()
    return time.process_time() - started


if __name__ == "__main__":
    main()
