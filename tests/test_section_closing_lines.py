"""A labelled line at the end of one of the article's sections, right over the next section's
heading, is the article's own: a tip, a verdict, a note, a listing's field, a guide's stop. A
site's promotion of another story sits there too ("Earlier coverage: <a headline>"), in the same
shape; telling the two apart takes the label's meaning, which the engine does not read, so the
line stays (review 38 C: recipes, reviews, guides, press reviews in twenty languages)."""

import pytest
from test_linemodel import ARTICLE  # a ferry story of six paragraphs under its headline
from test_promotions import assert_kept_whole

HEADING = "What the islanders asked for"


@pytest.mark.parametrize("line", [
    "Tip: Book the crossing a day ahead in the summer months",
    "Bottom line: Great value if you can live without the night boat",
    "Good to know: Bicycles travel free on every crossing",
])
def test_a_labelled_line_closing_a_section_over_the_next_heading_stays(line):
    assert_kept_whole(ARTICLE[:3] + [line, HEADING] + ARTICLE[3:])


def test_a_guides_stops_over_their_headings_stay():
    stops = ["Stop one: Harbour Museum and its collection of wooden boats",
             "Getting there",
             "Take the coastal path east from the quay and follow the painted posts for about twenty minutes.",
             "Stop two: Lighthouse Hill and the old signal station",
             "Opening hours",
             "The tower can be climbed from April to October, and guided visits leave every hour on the hour."]
    assert_kept_whole(ARTICLE[:3] + stops + ARTICLE[3:])
