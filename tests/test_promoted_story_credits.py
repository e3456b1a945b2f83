"""An aggregator prints the story a "read also" box promotes right under the box, with the
story's own header: a source or section label, its date line and its byline. Those credits
tell the promoted story from the article going on under an inline box, however many words
the two stories share."""

from cleaner import clean

ARTICLE = [
    "Ministry raises its grain harvest forecast to 135 million tonnes",
    "The agriculture ministry raised its forecast for this year's grain harvest to 135 million tonnes on "
    "Monday, citing good weather in the central regions.",
    "Officials said the revision reflects higher wheat yields in the Volga region and a faster harvest in "
    "Siberia than last year.",
    "Exporters expect the larger grain harvest to keep wheat prices under pressure in the new season, the "
    "ministry said.",
]
BOX = ["Read also:", "Wheat prices rise for a fourth week", "Farmers in the south count drought losses"]
PROMOTED_STORY = [
    "Grain farmers in the Stavropol region estimate that drought destroyed a quarter of this year's grain "
    "harvest in the east of the region.",
    "The regional agriculture ministry has asked the federal government for compensation for the worst hit "
    "wheat farms.",
    "Farmers also want the banks to postpone payments on grain harvest loans until next season.",
]


def test_a_story_under_a_box_with_a_label_a_date_line_and_a_byline_is_the_promoted_story():
    credits = ["Regional news", "16 September 2024, 18:40", "By Igor Saenko"]
    page = [*ARTICLE, *BOX, *credits, *PROMOTED_STORY]
    assert clean("\n".join(page)).text.split("\n") == ARTICLE


def test_prose_under_a_box_with_a_byline_alone_goes_on_with_the_article():
    # A byline alone under a box may be a quoted author's or a columnist's line of the article.
    page = [*ARTICLE, *BOX, "By Igor Saenko", *PROMOTED_STORY]
    assert clean("\n".join(page)).text.split("\n") == [*ARTICLE, *PROMOTED_STORY]
