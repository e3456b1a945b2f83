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
