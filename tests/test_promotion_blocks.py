"""What an inline "read also" promotion takes with it: the headlines under its marker, but not
the article's own lines with figures under a marker that carries its headline."""

import pytest
from test_headline_names_story import HEADLINE, STORY  # a flood story of three paragraphs

from cleaner import clean

FIGURES = ["Valley United – Riverside 3:1 (1:1)", "Goals: Berg 38, Lund 67, 81 – Holm 12",
           "Attendance: 1 450"]


def _kept(lines: list[str]) -> list[str]:
    outputs = {clean("\n".join(lines), learned=learned).text for learned in (False, True)}
    assert len(outputs) == 1, outputs
    return outputs.pop().split("\n")


@pytest.mark.parametrize("marker", ["Read also: Riverside coach says his bench is too short",
                                    "Read also: Riverside's coach: 'Our bench is too short'"])
def test_the_articles_lines_with_figures_under_a_promo_that_carries_its_headline_stay(marker):
    kept = _kept([HEADLINE, STORY[0], marker, *FIGURES, *STORY[1:]])
    assert marker not in kept
    assert all(line in kept for line in FIGURES)


def test_a_heading_over_the_articles_rows_of_figures_under_a_promo_stays():
    rows = ["Ticket prices:", "Adults: 4.50 euros", "Children: 2 euros", "Families: 10 euros"]
    kept = _kept([HEADLINE, STORY[0], "Read also: Council approves new flood barriers for the harbour",
                  *rows, *STORY[1:]])
    assert all(line in kept for line in rows)


@pytest.mark.parametrize("block", [
    ["Read also:", "Riverside coach says his bench is too short"],
    ["Read also: Council approves new flood barriers for the harbour", "Bridge closure extended until the spring"],
    ["Read also: Council approves new flood barriers for the harbour", "Bridge closure extended until the spring",
     "Photo: Jane Moss/Valley Press"],
    # Two words after the marker are a label's tail, not a headline: the block is a box.
    ["Read also: our dossier", "Bridge closure extended until the spring"],
    # One numbered headline, a section label or a gallery label among them: still a box.
    ["Read also: Council approves new flood barriers for the harbour", "5 things to know about the sea wall"],
    ["Read also: Council approves new flood barriers for the harbour", "ECONOMY",
     "Bridge closure extended until the spring"],
    ["Read also: Council approves new flood barriers for the harbour", "Gallery (12)"],
])
def test_the_headlines_under_a_promos_marker_go_with_it(block):
    assert _kept([HEADLINE, STORY[0], *block, *STORY[1:]]) == [HEADLINE] + STORY
