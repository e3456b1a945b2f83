"""An aggregator's excerpt of a story, credited to its outlet near the headline, ends on a link
to the whole story at that outlet; the page's other stories, which it credits by their time
alone, follow it and go. (A page that credits them to their outlets too is the gathered
stories' reading: tests/test_aggregated_stories.py.)"""

import pytest

from cleaner import clean

HEADLINE = "Storm closes three mountain passes and cuts power to 40,000 homes"
STORY = [
    "The storm that reached the coast overnight brought gusts of up to 45 metres a second, and "
    "the grid operator said about 40,000 homes were still without power at noon.",
    "Three mountain passes are closed, and the roads authority said none of them would open "
    "before the wind had dropped, probably late on Saturday.",
    "Several ferry routes were cancelled, and the ferry company asked travellers to follow its "
    "website for news of the evening departures.",
]
OTHER_STORIES = [
    "More stories",
    "Grid companies raise network fees from March",
    "45 minutes ago",
    "Several of the large grid companies will raise their fees by between 5 and 12 per cent from "
    "the first of March, citing their investment in the network.",
    "Schools in the city stay closed on Friday",
    "3 hours ago",
    "All primary schools in the city will stay closed on Friday because of the storm, the "
    "council said, and after-school clubs will not open either.",
]


CREDIT = "Coast News · 7 February 2026, 09:12"


# Wordings that no lexicon names: the outlet's name at the line's end tells the link.
@pytest.mark.parametrize("credit_above", [True, False])
@pytest.mark.parametrize("link", ["Continue on Coast News →", "The whole story on Coast News"])
def test_the_link_to_the_whole_story_at_its_outlet_ends_the_article(credit_above, link):
    # The page's first line is its title, which may have a credit's shape: a site's name
    # stands over the story here.
    top = [CREDIT, HEADLINE] if credit_above else [HEADLINE, CREDIT]
    page = ["Newsstream", *top, *STORY, link, *OTHER_STORIES]
    for learned in (False, True):
        result = clean("\n".join(page), learned=learned)
        kept = result.text.split("\n")
        assert kept[-len(STORY) - 1:] == [HEADLINE, *STORY] and CREDIT not in kept
        assert [(removal.first_line, removal.rule_id) for removal in result.removals][-1] == (
            7, "generic.outlet-link")


def test_the_outlet_named_in_a_sentence_of_the_article_ends_nothing():
    # A sentence ends on its full stop, not on the outlet's name, however short it is.
    sentence = "It was first reported by Coast News."
    page = [HEADLINE, CREDIT, *STORY[:2], sentence, *STORY[2:]]
    for learned in (False, True):
        result = clean("\n".join(page), learned=learned)
        assert all(line in result.text.split("\n") for line in [*STORY, sentence])
        assert not any(removal.rule_id == "generic.outlet-link" for removal in result.removals)


# A site's domain is its name run together: the link may end on it instead of the name.
@pytest.mark.parametrize("outlet, link", [("Coast News", "Continue at coastnews.com →"),
                                          ("L'Écho de la Côte", "The whole story on www.lechodelacote.fr")])
def test_the_link_may_name_the_outlets_domain(outlet, link):
    credit = f"{outlet} · 7 February 2026, 09:12"
    page = ["Newsstream", HEADLINE, credit, *STORY, link, *OTHER_STORIES]
    for learned in (False, True):
        result = clean("\n".join(page), learned=learned)
        assert result.text.split("\n")[-len(STORY) - 1:] == [HEADLINE, *STORY]
        assert [(removal.first_line, removal.rule_id) for removal in result.removals][-1] == (
            7, "generic.outlet-link")


def test_another_sites_domain_is_no_link_to_the_story():
    page = ["Newsstream", HEADLINE, CREDIT, *STORY, "Continue at weathernet.com →", *OTHER_STORIES]
    for learned in (False, True):
        result = clean("\n".join(page), learned=learned)
        assert not any(removal.rule_id == "generic.outlet-link" for removal in result.removals)


# "Read more at <outlet>" is a promotion marker: the excerpt ends there even when the next
# teaser is on the story's subject and shares its words. The credit's separator may be a
# spaced hyphen ("Coast News - 2 hours ago"), as on many aggregators.
RELATED_TEASER = ["Power back for most homes by the evening as the wind drops",
                  "The grid operator said power would be back for most of the 40,000 homes by the "
                  "evening, once the wind had dropped.",
                  "Ferry routes to the islands resume on Sunday"]


def test_a_read_more_link_to_the_outlet_ends_the_story_over_a_teaser_on_its_subject():
    page = ["Newsstream", "Coast News - 2 hours ago", HEADLINE, *STORY, "Read more at Coast News",
            *RELATED_TEASER]
    for learned in (False, True):
        result = clean("\n".join(page), learned=learned)
        assert result.text.split("\n")[-len(STORY) - 1:] == [HEADLINE, *STORY]


# A spaced hyphen parts datelines, bylines and headlines too ("By Jane Doe - 5 May 2025",
# "Bergen - power cut for 8,000 homes"): it makes a credit only for a promotion's marker.
def test_a_byline_parted_by_a_hyphen_is_no_outlet_a_caption_links_to():
    section = ["Getting there",
               "Buses 12 and 40 stop right outside, and the nearest railway station is a ten-minute walk "
               "away along the towpath.",
               "Parking is limited to a dozen spaces, so drivers are asked to use the supermarket car park."]
    page = ["Old mill reopens as arts centre", "By Jane Doe - 5 May 2025", *STORY, "Photo by Jane Doe", *section]
    for learned in (False, True):
        result = clean("\n".join(page), learned=learned)
        assert result.text.split("\n")[-len(section):] == section
        assert not any(removal.rule_id == "generic.outlet-link" for removal in result.removals)


def test_a_gathered_headline_parted_by_a_hyphen_still_goes():
    page = ["Newsstream", HEADLINE, CREDIT, *STORY, "Bergen - power cut for 8,000 homes after the storm",
            "Western Post · 3 hours ago",
            "About 8,000 homes north of the city were without power on Thursday evening, the grid operator said."]
    for learned in (False, True):
        assert clean("\n".join(page), learned=learned).text.split("\n")[-len(STORY) - 1:] == [HEADLINE, *STORY]


# A full-coverage page: the stories under the link are on the lead's subject and share its
# words, so under a link no rule names they would read as the story going on.
SAME_SUBJECT_STORIES = [
    "From other newsrooms",
    "By Ann Lee (Valley Herald)",
    "Three mountain passes stay closed as the storm cuts power to thousands of homes",
    "The roads authority said none of the three mountain passes closed by the storm would "
    "open before the wind had dropped, probably late on Saturday.",
    "About 40,000 homes were still without power at noon, the grid operator said.",
    "16:05 — Island Radio",
    "Ferry routes cancelled for a second day",
    "Several ferry routes were cancelled again, and the ferry company asked travellers to "
    "follow its website for news of the evening departures.",
]


def test_a_link_a_rule_names_ends_the_story_over_stories_on_its_subject():
    page = ["Newsstream", HEADLINE, CREDIT, *STORY, "Continue reading at Coast News",
            *SAME_SUBJECT_STORIES]
    for learned in (False, True):
        result = clean("\n".join(page), learned=learned)
        assert result.text.split("\n")[-len(STORY) - 1:] == [HEADLINE, *STORY]
        assert "From other newsrooms" not in result.text


def test_a_credit_with_the_author_first_and_the_time_last_names_the_outlet():
    # A portal's partner story: "Story by <author> • <outlet> • <time>".
    credit = "Story by Dana Whitfield • Coast News • 4 h"
    page = ["Newsstream", HEADLINE, credit, *STORY, "The whole story on Coast News", *OTHER_STORIES]
    for learned in (False, True):
        result = clean("\n".join(page), learned=learned)
        assert result.text.split("\n")[-len(STORY) - 1:] == [HEADLINE, *STORY]
        assert any(removal.rule_id == "generic.outlet-link" for removal in result.removals)


def test_a_rule_named_link_over_a_sub_heading_and_the_storys_next_paragraph_ends_nothing():
    # A syndicated story links to its outlet mid-way; a sub-heading and the story go on under it.
    section = ["What the ferry company says",
               "The ferry company said it would add a relief boat on the northern route as soon as the "
               "wind had dropped, and that tickets for cancelled sailings would be refunded."]
    page = ["Newsstream", HEADLINE, CREDIT, *STORY, "Continue reading at Coast News", *section]
    for learned in (False, True):
        kept = clean("\n".join(page), learned=learned).text.split("\n")
        assert kept[-len(section):] == section
