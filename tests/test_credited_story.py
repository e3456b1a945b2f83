"""An aggregator of feeds credits each story to its outlet and a time counted back from now,
its lead's too; its other stories under the lead, each a headline and such a credit over its
text, go. A live blog, a press review and an article's sections share the shape: under a
lead credited otherwise, or where the words or the lengths say so, they stay. The texts are
written for these tests."""

import pytest

from cleaner import clean

HEADLINE = "Tram line to the airport opens two years late"
BYLINE = "By Clara Wendt"
# An aggregator's header: its menu, and its credit of the lead story to a feed.
FEED_TOP = ["Home | News | Sport | Weather", "Harbour Daily · 1 hour ago"]
LEAD = [
    "The new tram line between the central station and the airport opened on Monday morning, two years "
    "later than the city had promised.",
    "The first trams left the station at five o'clock, and by noon the operator had counted eleven "
    "thousand passengers on the line.",
    "The works cost 410 million euros, a third more than planned, after the tunnel under the river "
    "flooded twice during construction.",
    "Passengers who answered the operator's survey praised the journey time of nineteen minutes but "
    "complained about the crowded platforms.",
    "The city council will decide in March whether the line should run through the night at weekends.",
]
FLEET = ["Fishing fleet stays in port as storm nears the coast", "Harbour Courier · 2 hours ago",
         "The fishing fleet of the northern coast stayed in port as the storm moved closer, and the coast "
         "guard warned crews not to sail before Thursday.",
         "Fish merchants expect prices at the market to rise by a fifth this week."]
LIBRARY = ["Library extends its opening hours for students", "Evening Post · 5 hours ago",
           "The university library will extend its opening hours for students until midnight from next "
           "week, its director announced."]


def _assert_sections_stay(page: list[str], credits: list[str]) -> None:
    """Every line of the page but its header, byline and credits stays (a credit's stamp the
    article's header may carry goes or stays, as the header's does)."""
    kept = _kept(page)
    furniture = [*FEED_TOP, BYLINE, *credits]
    assert [line for line in kept if line not in furniture] == [line for line in page if line not in furniture]


def _credit_first(story: list[str]) -> list[str]:
    """A story printed as the feed prints it: its credit over its headline (a headline over
    its credit is gathered_credits' shape)."""
    return [story[1], story[0], *story[2:]]


def _kept(lines: list[str]) -> list[str]:
    outputs = {clean("\n".join(lines), learned=learned).text for learned in (False, True)}
    assert len(outputs) == 1, outputs
    return outputs.pop().split("\n")


def test_other_outlets_stories_under_the_lead_go():
    result = clean("\n".join([*FEED_TOP, HEADLINE, *LEAD, *_credit_first(FLEET), *_credit_first(LIBRARY)]))
    assert result.text.split("\n") == [HEADLINE, *LEAD]
    assert "generic.credited-story" in {removal.rule_id for removal in result.removals}


def test_a_french_aggregators_other_story_goes():
    lead = ["Le conseil municipal de Quimper a voté lundi soir la gratuité des bus pour les moins de "
            "vingt-six ans, à partir du mois de septembre.",
            "La mesure coûtera environ un million d'euros par an à la ville, selon l'adjoint chargé des "
            "transports, qui la financera par une hausse du versement mobilité.",
            "L'opposition a voté contre, estimant que la priorité devait aller aux lignes de campagne, "
            "desservies deux fois par jour seulement.",
            "Les premières cartes seront distribuées dans les lycées dès la rentrée."]
    other = ["Info Bretagne · il y a 40 min", "Incendie dans une scierie près de Morlaix : quarante pompiers mobilisés",
             "Un incendie s'est déclaré dans la nuit dans une scierie près de Morlaix, où quarante pompiers "
             "ont lutté plusieurs heures contre les flammes."]
    page = ["Accueil | Bretagne | Sports", "Ouest Direct · il y a 3 h", "Quimper : les bus gratuits pour les jeunes",
            *lead, *other]
    assert _kept(page) == ["Quimper : les bus gratuits pour les jeunes", *lead]


def test_a_live_blogs_posts_under_titles_and_credits_stay():
    # Each post has a title the opening does not use, its reporter's name and time, and text
    # that goes on with the opening's words.
    opening = [*FEED_TOP, "Live: storm reaches the northern coast",
               "The storm reached the northern coast on Monday evening, with winds of up to 120 km/h on the "
               "islands and heavy rain along the harbour towns.",
               "The coast guard asked residents of the harbour towns to stay indoors and keep away from the "
               "sea walls until the storm has passed.",
               "Ferry crossings to the islands were cancelled for the evening, and the harbour towns closed "
               "their schools for Tuesday."]
    post = ["Sea wall breached at Northport", "Owen Hartley · 12 min ago",
            "The storm breached the sea wall at Northport, one of the harbour towns, and the coast guard "
            "asked residents of the islands and the harbour towns to stay indoors."]
    _assert_sections_stay(opening + _credit_first(post), [post[1]])


def test_a_press_reviews_sections_as_long_as_its_opening_stay():
    # A roundup of front pages on other subjects: each section as long as the opening.
    opening = [*FEED_TOP, "The morning's front pages",
               "Three stories lead the morning papers today, and none of them is the budget.",
               "Two papers open on sport, one on a court case that has run for a decade.",
               "Here is how each of them tells the story it chose, in the order the papers reached us "
               "this morning."]
    section = ["Goalkeeper saves the cup final in extra time", "Northern Herald · 2 hours ago",
               "A goalkeeper saved three penalties in extra time to win the cup final, the Herald reports "
               "on its front page.",
               "The paper prints his picture across six columns under the word hero.",
               "Inside, four pages tell the story of the match, minute by minute."]
    _assert_sections_stay(opening + _credit_first(section), [section[1]])


def test_a_section_whose_headline_the_article_uses_stays():
    # Its text brings new words, but its headline is the article's subject in the article's words.
    section = ["Airport tram passengers praise journey", "Harbour Courier · 2 hours ago",
               "Commuters interviewed outside the terminal said the airport tram made their journey quicker "
               "than the shuttle buses it replaced, although several passengers complained that luggage "
               "racks were missing and ticket machines rejected foreign bank cards."]
    _assert_sections_stay([*FEED_TOP, HEADLINE, *LEAD, *_credit_first(section)], [section[1]])


def test_a_post_embedded_in_the_article_stays():
    # A reader's post and its credit over the article's next paragraph, which does not repeat
    # the post: the article goes on under it.
    post = ["Worst commute of my life, forty minutes stuck below ground", "Anna Berg (@annaberg) · 3 hours ago"]
    going_on = ("Such complaints were rare on the first day, according to the operator, whose staff "
                "handed out water and leaflets while engineers replaced a faulty signal near the river.")
    page = [*FEED_TOP, HEADLINE, *LEAD[:4], *_credit_first(post), going_on, *LEAD[4:]]
    _assert_sections_stay(page, [post[1]])


@pytest.mark.parametrize("stamp", ["Harbour Courier · 5 March 2025", "Owen Hartley · 15:55"])
def test_a_section_dated_by_the_day_or_the_clock_stays(stamp):
    # A press review's or a live blog's section: only a time counted back from now ("2 hours
    # ago") credits a feed's story.
    section = [stamp, FLEET[0], *FLEET[2:]]
    _assert_sections_stay([*FEED_TOP, HEADLINE, *LEAD, *section], [stamp])


# A live blog's opening and posts on new subjects, each under its title and its reporter's
# name and a time counted back from now.
LIVE_OPENING = ["Live: storm reaches the northern coast",
                "The storm reached the northern coast on Monday evening, with winds of up to 120 km/h on "
                "the islands and heavy rain along the harbour towns.",
                "The coast guard asked residents of the harbour towns to stay indoors and keep away from "
                "the sea walls until the storm has passed.",
                "Ferry crossings to the islands were cancelled for the evening, and the harbour towns "
                "closed their schools for Tuesday."]
SCHOOLS_POST = ["Primary schools shut across three counties", "{} · 20 min ago",
                "Primary schools in three counties will shut on Tuesday, education officials announced, "
                "after bus companies withdrew their morning services."]
RAIL_POST = ["Rail line to the airport suspended after landslip", "{} · 45 min ago",
             "The rail line to the airport was suspended after a landslip near Eastfield, and the "
             "operator laid on replacement coaches for stranded travellers."]


def _post(post: list[str], name: str) -> list[str]:
    return [post[1].format(name), post[0], *post[2:]]


def test_a_live_blogs_posts_that_a_reporter_signs_twice_stay():
    posts = [*_post(SCHOOLS_POST, "Owen Hartley"), *_post(RAIL_POST, "Maria Lindqvist"),
             "Owen Hartley · 1 hour ago", SCHOOLS_POST[0], SCHOOLS_POST[2]]
    page = [*FEED_TOP, *LIVE_OPENING, *posts]
    kept = _kept(page)
    assert all(line in kept for line in [*SCHOOLS_POST[::2], *RAIL_POST[::2]])


def test_a_post_signed_by_the_pages_own_reporter_stays():
    page = [*FEED_TOP, LIVE_OPENING[0], "By Owen Hartley", *LIVE_OPENING[1:], *_post(SCHOOLS_POST, "Owen Hartley")]
    kept = _kept(page)
    assert all(line in kept for line in SCHOOLS_POST[::2])


def test_posts_under_a_post_that_stays_with_the_article_stay():
    # The first post goes on with the opening's words and stays: the page's credited sections
    # are its own, and so is the next one, on a new subject.
    first = ["Sea wall breached at Northport", "Owen Hartley · 10 min ago",
             "The storm breached the sea wall at Northport, one of the harbour towns, and the coast guard "
             "asked residents of the islands and the harbour towns to stay indoors."]
    page = [*FEED_TOP, *LIVE_OPENING, *_credit_first(first), *_post(RAIL_POST, "Maria Lindqvist")]
    kept = _kept(page)
    assert all(line in kept for line in [first[0], first[2], *RAIL_POST[::2]])


def test_a_live_blogs_posts_under_an_opening_its_byline_credits_stay():
    # Posts on new subjects, each signed by another reporter a time ago (found by review): the
    # page credits its opening by a byline, not to a feed.
    page = [LIVE_OPENING[0], BYLINE, *LIVE_OPENING[1:], *_post(SCHOOLS_POST, "Owen Hartley"),
            *_post(RAIL_POST, "Maria Lindqvist")]
    kept = _kept(page)
    assert all(line in kept for line in [*SCHOOLS_POST[::2], *RAIL_POST[::2]])


def test_under_a_lead_credited_by_name_and_day_a_credited_section_stays():
    # The page credits its opening as a live blog or a review credits its entries, by a name
    # and a day, and a byline over it: a section under it is the page's own.
    page = [HEADLINE, BYLINE, "Harbour Daily · 5 March 2025", *LEAD, *FLEET]
    kept = _kept(page)
    assert all(line in kept for line in [FLEET[0], *FLEET[2:]])
