"""A site sets its promotion of another story at the end of one of the article's sections, right
over the next section's heading: "Earlier coverage: <a headline>" with no sentence of the article
under it. It goes as an inline promo does between two paragraphs; the article's own labelled
lines that close a section (a tip, a listing's fields, a guide's repeated labels) stay."""

import pytest
from test_linemodel import ARTICLE  # a ferry story of six paragraphs under its headline
from test_promotions import assert_cleaned_to, assert_kept_whole

HEADING = "What the islanders asked for"


def _at_a_sections_end(lines: list[str]) -> list[str]:
    """The ferry story with `lines` after its second paragraph and a heading over its third."""
    return ARTICLE[:3] + lines + [HEADING] + ARTICLE[3:]


@pytest.mark.parametrize("promo", [
    "Earlier coverage: Museum reopens its painting galleries after a long restoration",
    "Also on our pages: Night trains return to the coast line after a decade",
    "Eerder bij ons: Inwoners Wadenoijen boos over zwaar verkeer op de Waalbandijk",
])
def test_a_promo_over_the_next_sections_heading_goes(promo):
    assert_cleaned_to("\n".join(_at_a_sections_end([promo])), _at_a_sections_end([]),
                      "generic.inline-promo", [promo])


def test_a_promo_on_a_line_of_its_own_between_blank_lines_goes_too():
    promo = "Also on our pages: Night trains return to the coast line after a decade"
    lines = ARTICLE[:3] + ["", promo, "", HEADING] + ARTICLE[3:]
    assert_cleaned_to("\n".join(lines), _at_a_sections_end([]), "generic.inline-promo", [promo])


def test_a_tip_in_the_articles_voice_closing_a_section_stays():
    # A promoted headline opens on a capital; a tip or a verdict goes on in lower case.
    assert_kept_whole(_at_a_sections_end(["Tip: book the crossing a day ahead in the summer months"]))


GUIDE_STOPS = [
    "Stop one: Harbour Museum and its collection of wooden boats",
    "Getting there",
    "Take the coastal path east from the quay and follow the painted posts for about twenty minutes.",
    "Stop two: Lighthouse Hill and the old signal station",
    "Opening hours",
    "The tower can be climbed from April to October, and guided visits leave every hour on the hour.",
]


def test_a_guides_stops_under_labels_that_share_a_word_stay():
    # Each "Stop ...:" line closes a paragraph and stands over a heading, as a promo would;
    # two labels sharing a word are the guide's own series, not a site's promotions.
    assert_kept_whole(ARTICLE[:3] + GUIDE_STOPS + ARTICLE[3:])


EVENT_LISTING = [
    "Subject: Living with the sea and its seasons on the islands",
    "Price: ten euros, coffee included",
    "* 17 March, 18.00-21.00, Harbour Hall, Quay Street 8, North Island.",
]


def test_an_event_listings_fields_over_its_dates_stay():
    # The line under the field is a list's item, not the paragraph a section opens on.
    assert_kept_whole(ARTICLE[:3] + EVENT_LISTING + ARTICLE[3:])


FACT_BOX = [
    "Stadium: Old Harbour Ground on the Northern Breakwater",
    "Referees: Anna Berg, Tomas Lund",
    "Home side: Holm, Dahl, Ek, Sand, Vik, Moe, Aas, Lie, Rud, Nyberg and Falk.",
]


def test_a_fact_boxs_labelled_rows_one_under_the_other_stay():
    assert_kept_whole(ARTICLE[:3] + FACT_BOX + ARTICLE[3:])


OPINION_END = [
    "Disclosure: The writer chairs the Friends of the Harbour Library",
    "Anna Berg",
    "Anna Berg is a teacher and has lived on the north island for twenty years, where she runs the reading club.",
]


def test_a_disclosure_over_the_writers_name_and_bio_stays():
    # A capitalised name over a paragraph signs a bio; a section's heading is no name.
    assert_kept_whole(ARTICLE + OPINION_END)


@pytest.mark.parametrize("wrapped", [
    # The short line's paragraph goes on below it, unfinished.
    ["For island managers: Be Prepared Before the Winter Season",
     "We hope that ferry users",
     "are finally aware of how much, in the dark months, the crossings matter to the islands and",
     "their families, the operator said in a statement on the harbour website."],
    # A paragraph's first line, longer than a heading, over its last one.
    ["For island managers: Be Prepared Before the Long Winter Season Arrives",
     "We hope that ferry users are finally aware of",
     "how much the winter crossings matter to the islands."],
])
def test_a_line_over_a_hard_wrapped_paragraph_stays(wrapped):
    assert_kept_whole(ARTICLE[:3] + wrapped + ARTICLE[3:])


def test_a_quizs_question_over_its_answer_stays():
    # A short sentence under the line answers it; a section's heading ends no sentence.
    assert_kept_whole(ARTICLE[:3] + ["Harbour quiz: Name the Three Islands Served by the Ferry",
                                     "Answer below", "North, Middle and South."] + ARTICLE[3:])


def test_a_closing_line_over_a_short_sentence_of_the_article_stays():
    assert_kept_whole(ARTICLE[:3] + ["Final word: Nobody Asked the Islanders Before the Vote",
                                     "They do now."] + ARTICLE[3:])
