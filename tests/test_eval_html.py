"""bench/eval_html.py's loss shapes: what clean_html's gap to the best extractor on a page is
made of."""

import pytest

import bench_scripts
from cleaner.model import Result
from cleaner.scoring import PRF

eval_html = bench_scripts.load("eval_html")


def _row(best: tuple[float, float], kept: tuple[float, float], cleaned: tuple[float, float]) -> dict:
    def prf(p: float, r: float) -> PRF:
        return PRF(p, r, 2 * p * r / (p + r))

    return {"trafilatura": prf(*best), "vote alone": prf(*kept), "clean_html": prf(*cleaned)}


def _result(**flags: str) -> Result:
    return Result(kept=[], removals=[], flags=flags)


@pytest.mark.parametrize(("row", "flags", "shape"), [
    (_row((0.95, 0.95), (0.70, 0.96), (0.72, 0.95)), {}, "junk blocks kept"),
    (_row((0.95, 0.95), (0.96, 0.70), (0.97, 0.69)), {}, "article blocks dropped"),
    (_row((0.95, 0.95), (0.95, 0.94), (0.97, 0.75)), {}, "text rules after the blocks"),
    (_row((0.95, 0.95), (0.20, 0.90), (0.20, 0.90)), {"classifier_fallback": "kept under 250"}, "fallback"),
])
def test_a_losing_page_is_put_in_the_shape_most_of_its_gap_is(row, flags, shape):
    assert eval_html.loss_shape(row, "trafilatura", _result(**flags)) == shape


def test_the_losses_are_summed_by_shape_over_every_page(capsys):
    gaps = [(-0.2, "trafilatura", None, "junk blocks kept"), (-0.1, "trafilatura", None, "fallback"),
            (-0.1, "trafilatura", None, "junk blocks kept"), (0.4, "trafilatura", None, "")]
    eval_html.print_losses(gaps, 0)
    out = capsys.readouterr().out
    assert "trails the best extractor on 3 of 4 pages (0.1000 of mean F1)" in out
    assert out.index("junk blocks kept: 0.0750 on 2 pages") < out.index("fallback: 0.0250 on 1 pages")


def test_a_compared_block_model_gets_a_row_of_its_own_and_the_shipped_one_decides_again_after(tmp_path):
    import json
    from importlib.resources import files
    from pathlib import Path

    from cleaner import html_blocks
    from cleaner.html import CLASSIFIER_FALLBACK
    from cleaner.rules import default_rules

    shipped = files("cleaner") / "models"
    (tmp_path / html_blocks.MODEL_RESOURCE).write_text(
        (shipped / html_blocks.MODEL_RESOURCE).read_text(encoding="utf-8"), encoding="utf-8")
    card = json.loads((shipped / html_blocks.MODEL_CARD_RESOURCE).read_text(encoding="utf-8"))
    card["threshold"] = 1.01  # a model that keeps no block: the page falls back to trafilatura's
    (tmp_path / html_blocks.MODEL_CARD_RESOURCE).write_text(json.dumps(card), encoding="utf-8")
    html = (Path(__file__).parent / "fixtures" / "html" / "comments_related.html").read_bytes()
    page = eval_html.Page("comments_related", "en", None, html, "")
    outputs = eval_html.run_tools(page, default_rules(), eval_html.load_block_model(tmp_path))
    assert CLASSIFIER_FALLBACK in outputs[eval_html.COMPARED][1].flags
    assert CLASSIFIER_FALLBACK not in outputs["clean_html"][1].flags
    assert html_blocks.shipped_model().threshold < 1
