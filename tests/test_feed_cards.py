"""A portal prints the next cards of its feed under the article with no marker: each another
outlet's credit and time ("Valley Post · 2 hours ago") over or under its headline, and its
text. The article ends at the first card, however much of its subject the card shares."""

import pytest

from cleaner import clean

FLOOD = ["River bursts its banks and floods the lower town",
         "The river burst its banks in the lower town on Tuesday night after three days of heavy rain, "
         "and some four hundred families were moved to schools and church halls.",
         "Firefighters used boats to reach residents of the riverside streets, where the water stood "
         "more than a metre deep by morning, the town council said.",
         "The weather office warned that the rain would go on until Sunday and asked people living "
         "near the river and its streams to move to higher ground.",
         "The mayor said the council had set aside emergency money for food and blankets, and that "
         "blocked drains in the market district would be cleared this week.",
         "Roads into the town centre stayed closed on Wednesday, and buses ran on diversions."]
# Another outlet's card on the same flood: its words are the article's, its credit is not.
SCHOOLS_CARD = ["Valley Post · 2 hours ago",
                "Schools in three river villages closed as the flood water rises",
                "Three primary schools in the river villages were closed after the flood water reached "
                "their playgrounds, and parents asked for lessons to move to the town hall."]
BRIDGE_CARD = ["Northern Wire · 4 hours ago",
               "Road agency starts building a temporary bridge on the valley road",
               "Work began on a temporary bridge after part of the valley road was washed away, and "
               "lorries were sent on a long detour through the hills.",
               "Small cars may use the road again from Thursday morning."]
FOOTER = ["About us · Contact · Privacy"]


def _clean(lines: list[str], learned: bool = True):
    return clean("\n".join(lines), learned=learned)


@pytest.mark.parametrize("learned", [False, True])
def test_the_feeds_next_cards_under_their_outlets_credit_end_the_article(learned):
    result = _clean([*FLOOD, "", *SCHOOLS_CARD, "", *BRIDGE_CARD, "", *FOOTER], learned)
    assert result.text.split("\n") == FLOOD
    assert "generic.credited-story" in {removal.rule_id for removal in result.removals}


def test_a_card_whose_credit_stands_under_its_headline_ends_the_article():
    # Its headline is as long as a paragraph, but ends on no full stop (Filipino: "1 hour ago").
    lead = ["Bagyo, nagpaulan nang malakas sa buong rehiyon ng Bicol",
            "Nagdulot ng malakas na ulan at pagbaha ang bagyo sa buong rehiyon ng Bicol mula pa noong "
            "Lunes ng gabi, ayon sa ahensya ng panahon.",
            "Mahigit dalawang libong pamilya ang inilikas mula sa mababang lugar sa tabi ng mga ilog "
            "at dagat, sabi ng mga opisyal ng lalawigan.",
            "Kanselado rin ang mga biyahe ng barko mula sa mga pantalan ng rehiyon hanggang sa susunod na abiso.",
            "Pinapayuhan ng ahensya ang publiko na patuloy na makinig sa mga abiso sa radyo at telebisyon."]
    cards = ["Presyo ng gulay sa palengke, tumaas bago dumating ang bagyo sa rehiyon",
             "Balita Ngayon · 1 oras ang nakalipas",
             "Tumaas ng sampu hanggang dalawampung piso kada kilo ang presyo ng ilang gulay sa palengke "
             "bago dumating ang bagyo, ayon sa mga tindero.",
             "Mga flight papuntang Bicol at Samar, kanselado ngayong araw",
             "Pahayagang Bayan · 2 oras ang nakalipas",
             "Kinansela ng ilang airline ang kanilang mga flight papuntang Naga at Legazpi dahil sa sama ng panahon."]
    assert _clean([*lead, "", *cards, "", *FOOTER]).text.split("\n") == lead


def test_a_card_right_under_a_box_of_credited_headlines_ends_the_article():
    # The box's headlines read as paragraphs, but none of its credits has a sentence under it:
    # they are no entries of the article's own.
    box = ["Related stories",
           "Rail passes: the regional transport board raises the monthly price, again, by four per cent",
           "Coast Herald · 5 hours ago",
           "Free weekend buses, three years on: the harbour city counts mixed results for its shops",
           "Morning Tribune · yesterday"]
    result = _clean([*FLOOD, *box, *SCHOOLS_CARD, "", *BRIDGE_CARD, "", *FOOTER])
    assert SCHOOLS_CARD[2] not in result.text.split("\n")
    assert result.text.split("\n")[:len(FLOOD)] == FLOOD


def test_a_live_blogs_posts_under_a_short_opening_stay():
    # Each post under its writer and time: the posts outweigh the opening, as a feed's cards
    # under the article never do.
    opening = ["Live: flood water reaches the lower town",
               "The river burst its banks in the lower town on Tuesday night after three days of "
               "heavy rain. We bring you the latest through the day."]
    posts = ["Anna Berg · 12 min ago",
             "Schools in three river villages closed as the flood water rises",
             "Three primary schools in the river villages were closed after the flood water reached their playgrounds.",
             "Tom Reyes · 40 min ago",
             "Road agency starts building a temporary bridge on the valley road",
             "Work began on a temporary bridge after part of the valley road was washed away.",
             "Small cars may use the road again from Thursday morning, the agency said."]
    kept = _clean([*opening, "", *posts]).text.split("\n")
    assert all(line in kept for line in posts if "·" not in line)


def test_one_post_on_the_articles_subject_stays():
    # One post under a name and a time ago is as often the article's own: an update, an
    # embedded post, a quoted review. It stays when it goes on with the article's subject.
    post = ["Town council · 3 hours ago",
            "Flood update for residents of the lower town",
            "Residents of the lower town whose homes were flooded can ask the council for blankets and "
            "food at the church halls, and boats will take them to the schools."]
    assert _clean([*FLOOD, "", *post]).text.split("\n") == [*FLOOD, *post]


def test_a_live_blogs_posts_by_one_desk_stay():
    # Its posts name the same desk; a feed's cards each name another outlet.
    posts = ["Newsroom · 12 min ago",
             "Volunteers open a kitchen at the district office",
             "Volunteers opened a kitchen at the district office that cooks a thousand meals a day for "
             "the families in the schools.",
             "Newsroom · 2 hours ago",
             "Small cars cannot use the provincial road",
             "Police sent small cars onto side roads because of the water on the provincial road."]
    kept = _clean([*FLOOD, "", *posts]).text.split("\n")
    assert posts[2] in kept


# A live ticker's posts, each under its reporter's name and a time ago.
TICKER_POSTS = ["Anna Berg · 12 min ago",
                "Schools in three river villages closed as the flood water rises",
                "Three primary schools in the river villages were closed after the flood water reached "
                "their playgrounds.",
                "Tom Reyes · 40 min ago",
                "Road agency starts building a temporary bridge on the valley road",
                "Work began on a temporary bridge after part of the valley road was washed away."]


def test_a_live_tickers_posts_under_a_bylined_lead_stay():
    # A site's own story, under its writer's byline, credits its reporters' posts so too.
    kept = _clean([FLOOD[0], "By Lena Park", *FLOOD[1:], "", *TICKER_POSTS]).text.split("\n")
    assert TICKER_POSTS[2] in kept


def test_an_entry_dated_by_its_day_is_no_feeds_card():
    # A timeline's, a court case's or a listing's entry carries a date or a clock time; a
    # feed dates its cards by how long ago.
    entry = ["Central Criminal Court · 9 May 2024",
             "Jury hears the council's engineers on the river defences",
             "The engineers told the jury that the defences had been checked twice in the year before the flood."]
    assert _clean([*FLOOD, "", *entry]).text.split("\n") == [*FLOOD, *entry]


def test_a_live_ticker_whose_lead_is_credited_the_same_way_stays():
    # The page credits its lead as its posts, by a name and a time ago: gathered_credits reads
    # such a page, not a card's credit.
    kept = _clean(["Valley Post · 3 hours ago", *FLOOD, "", *TICKER_POSTS]).text.split("\n")
    assert TICKER_POSTS[2] in kept


def test_a_tables_rows_of_three_cells_are_no_outlets_credits():
    # "March | Held | 42.5 %" has a credit's shape; the rows around it have as many cells.
    table = ["Month | Decision | Rate",
             "January | Cut by 250 points | 45.0 %",
             "February | Cut by 250 points | 42.5 %",
             "March | Held | 42.5 %"]
    after = ["How the markets took it",
             "The currency barely moved after the decision, and bank shares closed the day a little higher.",
             "Economists expect the next cut in the summer, once inflation has eased for three months in a row."]
    result = _clean([*FLOOD, *table, "", *after])
    assert after[1] in result.text.split("\n")
    assert "generic.credited-story" not in {removal.rule_id for removal in result.removals}
