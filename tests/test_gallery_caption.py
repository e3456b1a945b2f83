"""A gallery inside the article, of which the scrape kept one slide: its counter ("3 / 12") and
the photo's caption under it go. A slideshow article, which numbers every slide, and a date
that looks like a counter stay."""

from cleaner import clean

HEADLINE = "Water main break floods Livingston Avenue"
BEFORE = ["A 36-inch water main broke under Livingston Avenue early on Tuesday, flooding the street and "
          "the basements of several shops.",
          "Crews closed the avenue between Third and Fifth Street while they isolated the break."]
AFTER = ["The utilities department said crews worked through the night to install a new section of pipe.",
         "The avenue is expected to reopen on Thursday, and residents have been asked to boil their water "
         "until tests are complete."]


def test_a_spaced_counter_and_the_caption_under_it_go():
    page = [HEADLINE, *BEFORE, "3 / 12", "Water pours across Livingston Avenue on Tuesday morning.", *AFTER]
    for learned in (False, True):
        assert clean("\n".join(page), learned=learned).text.split("\n") == [HEADLINE, *BEFORE, *AFTER]


def test_a_caption_over_its_credit_under_a_counter_goes():
    page = [HEADLINE, *BEFORE, "Снимка 3 / 12", "Плажът в Златни пясъци в неделя сутрин",
            "Снимка: Виктория Андреева", *AFTER]
    for learned in (False, True):
        assert clean("\n".join(page), learned=learned).text.split("\n") == [HEADLINE, *BEFORE, *AFTER]


def test_a_caption_that_names_its_agency_under_an_unspaced_counter_goes():
    page = [HEADLINE, *BEFORE, "1/5", "Residents watch crews pump water from a basement on Tuesday. ⓒReuters",
            *AFTER]
    for learned in (False, True):
        assert clean("\n".join(page), learned=learned).text.split("\n") == [HEADLINE, *BEFORE, *AFTER]


def test_a_slideshow_articles_numbered_slides_stay():
    slides = ["1 / 3", "The old harbour at dawn, before the first ferry leaves.",
              "2 / 3", "Fishermen mend their nets on the quay at noon.",
              "3 / 3", "The lighthouse from the beach path at sunset."]
    page = ["Three views of the old harbour", "Our photographer spent a day on the quay at the old harbour "
            "and came back with these pictures of the town.", *slides]
    for learned in (False, True):
        kept = clean("\n".join(page), learned=learned).text.split("\n")
        assert all(slide in kept for slide in slides[1::2])


def test_a_date_that_looks_like_a_counter_keeps_the_line_under_it():
    for date in ("1/5", "Wed 08/08"):
        page = [HEADLINE, *BEFORE, date, "Crews found a second leak nearby.", *AFTER]
        for learned in (False, True):
            kept = clean("\n".join(page), learned=learned).text.split("\n")
            assert "Crews found a second leak nearby." in kept
