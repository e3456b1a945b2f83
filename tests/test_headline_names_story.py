"""On a rendered page whose title is not repeated, the headline is the nearest headline-shaped
line above the story that names it: a dateline, a credit or a reading-time line under the
headline is as short as one and names nothing of the story."""

import pytest

from cleaner import clean

STORY = [
    "The river rose ten metres overnight and flooded the lower town, where hundreds of families "
    "had to leave their homes before dawn on Tuesday.",
    "Rescue teams worked through the night to reach the villages that the water cut off from the "
    "main road, the regional authority said.",
    "The mayor said the town would open two schools as shelters and asked residents to stay away "
    "from the bridges until engineers had checked them.",
]
HEADLINE = "Floods force hundreds of families from their homes"
# Eight menu items, one per line: a long header, a rendered page's.
MENU = ["Home", "News", "Sport", "Culture", "Weather", "Opinion", "Sign in", "Subscribe"]


@pytest.mark.parametrize("metadata", [["Riverside – Valley Press Agency", "12 May 2026"],
                                      ["By Anna Berg", "Reading time 3 min"]])
def test_a_dateline_or_a_reading_time_line_nearest_the_story_is_no_headline(metadata):
    for learned in (False, True):
        output = clean("\n".join(MENU + [HEADLINE, *metadata, *STORY]), learned=learned).text
        assert output == "\n".join([HEADLINE] + STORY)
        assert clean(output, learned=learned).text == output


def test_the_nearest_headline_shaped_line_stays_the_headline_when_none_names_the_story():
    headline = "Spring brings misery to the valley again"
    output = clean("\n".join(MENU + [headline, "By Anna Berg", "Updated 12 May 2026"] + STORY)).text
    assert output == "\n".join([headline] + STORY)


@pytest.mark.parametrize("banner", ["LIVE: storm latest as winds of ninety miles hit the coast at dawn",
                                    "Trending: the best photos of the sky at dawn this week"])
def test_a_banner_sharing_one_word_with_the_story_does_not_take_the_headlines_place(banner):
    # The headline shares no word of four letters with the story; the banner over it shares one.
    headline = "A valley holds its breath"
    output = clean("\n".join(MENU + [banner, headline, "By Anna Berg", "Updated 12 May 2026"] + STORY)).text
    assert headline in output.split("\n")
