"""bench/bench_tree_eval.py: the matrices it collects are the learned layer's, and its numpy
evaluator, whose speed it reports next to LightGBM's, predicts what LightGBM predicts."""

from pathlib import Path

import numpy as np

from cleaner.linemodel import shipped_model

import bench_scripts

ROOT = Path(__file__).resolve().parent.parent


def test_the_numpy_evaluator_predicts_the_shipped_models_probabilities_on_the_layers_own_rows():
    script = bench_scripts.load("bench_tree_eval")
    texts = [path.read_text(encoding="utf-8") for path in sorted((ROOT / "corpus" / "raw").glob("**/*.txt"))]
    matrices = script.predicted_matrices(texts)
    # The layer acts on the bundled rendered pages (those with page chrome), not on all of them.
    assert 0 < len(matrices) < len(texts)
    booster = shipped_model().booster
    evaluator = script.QuickScorer(booster.dump_model())
    rows = np.vstack(matrices)
    expected = booster.predict(rows, num_threads=1)
    got = evaluator.predict(rows)
    assert np.abs(got - expected).max() < 1e-12
    # Not a constant: the rows run from confident article lines to confident boilerplate.
    assert expected.min() < 0.1 and expected.max() > 0.9
