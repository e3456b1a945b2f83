"""A gallery inside the article, of which the scrape kept one slide: its counter ("3 / 12") and
the photo's caption under it go, when the caption names its credit or stands over it. A
slideshow article, which numbers every slide, and a page's, a rating's or a date's number
that looks like a counter stay."""

from cleaner import clean

HEADLINE = "Water main break floods Livingston Avenue"
BEFORE = ["A 36-inch water main broke under Livingston Avenue early on Tuesday, flooding the street and "
          "the basements of several shops.",
          "Crews closed the avenue between Third and Fifth Street while they isolated the break."]
AFTER = ["The utilities department said crews worked through the night to install a new section of pipe.",
         "The avenue is expected to reopen on Thursday, and residents have been asked to boil their water "
         "until tests are complete."]


def test_a_counter_and_the_caption_over_its_credit_go():
    page = [HEADLINE, *BEFORE, "3 / 12", "Water pours across Livingston Avenue on Tuesday morning.",
            "Photo: Barbara Perenic", *AFTER]
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


# A page's, a rating's, a step's or a date's number has a counter's shape: without a photo's
# credit under it, the line under it is the article's.
def test_a_counted_line_without_a_credit_keeps_the_line_under_it():
    for counter, line in [("1/5", "Crews found a second leak nearby."), ("Wed 08/08", "Crews found a second leak nearby."),
                          ("Page 2 / 5", "Residents back the plan but ask for more streets"),
                          ("Rating 4 / 5", "A patient, generous novel that rewards slow reading."),
                          ("1/5", "I want to apologise to the crews. The picture I painted was unfair.")]:
        page = [HEADLINE, *BEFORE, counter, line, *AFTER]
        for learned in (False, True):
            assert line in clean("\n".join(page), learned=learned).text.split("\n")
