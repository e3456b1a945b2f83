"""Promotions of other stories that no marker word names: an inline "label: headline" line
between two paragraphs, and a "read also" box (a short heading, another story's headline and
its text) under the article. The synthetic aggregator pages' wordings are not in the rule
files, and neither are most sites': the engine tells them by their shape and their words."""

import pytest
from test_linemodel import ARTICLE  # a ferry story of six paragraphs under its headline

from cleaner import clean, heuristics

OTHER_STORY = [
    "Museum reopens its painting galleries after a long restoration",
    "The city museum reopened its painting galleries on Saturday after restoration work lasting "
    "nearly three years, with visitors queueing along the river promenade from early morning.",
    "Curators rehung more than four hundred canvases, among them portraits lent by private "
    "collectors abroad, and repainted every gallery in colours chosen from archive photographs.",
]


def removed_by(result, rule_id: str) -> list[str]:
    return [line for removal in result.removals if removal.rule_id == rule_id for line in removal.text.split("\n")]


def assert_cleaned_to(text: str, expected: list[str], rule_id: str, first_removed: list[str]) -> None:
    """With and without the learned layer: the kept lines, the first lines `rule_id` removed,
    and a second cleaning that changes nothing."""
    for learned in (False, True):
        result = clean(text, learned=learned)
        assert result.text == "\n".join(expected)
        assert removed_by(result, rule_id)[:len(first_removed)] == first_removed
        assert clean(result.text, learned=learned).text == result.text


@pytest.mark.parametrize("label", ["Also on our pages:", "Elsewhere today:", "Hintergrund dazu:", "À relire :"])
def test_a_label_and_another_storys_headline_between_two_paragraphs_goes(label):
    promo = f"{label} {OTHER_STORY[0]}"
    assert_cleaned_to("\n".join(ARTICLE[:3] + [promo] + ARTICLE[3:]), ARTICLE, "generic.inline-promo", [promo])


@pytest.mark.parametrize("promo", [
    # An ellipsis is a pause in a headline, not a sentence's end; nor is an initial's dot.
    "Also on our pages: Solar eclipse next month.. visible from the whole coast",
    "Also on our pages: Record crowds at the A.B. Marsh flower show",
    # A quoted name opens the headline; the quotation does not fill it.
    "Also on our pages: \u00abBlue Orchard\u00bb takes the audience prize at the film festival",
    # Title-cased: a headline, whatever commas or question it holds.
    "More from us: Tech Stock Soars to Record High, For How Long?",
    "More from us: Toasty Enough, Already?",
    # A name of one or two words after a label of two words or more.
    "Earlier in the week: Old School",
    "More from us: Glacier",
])
def test_a_promoted_headline_may_pause_quote_a_name_hold_initials_or_be_title_cased(promo):
    text = "\n".join(ARTICLE[:3] + [promo] + ARTICLE[3:])
    result = clean(text)
    assert result.text == "\n".join(ARTICLE)
    assert removed_by(result, "generic.inline-promo") == [promo]


@pytest.mark.parametrize("line", [
    # A question in lower case: what someone asked, though the label is a promo's shape.
    "The harbour master asked: who will pay for the piers, and when?",
    # A label with a figure or a comma names a part of the article.
    "Harbour walk, Day 2: Guided Tour, Ice Cream and Dinner by the Piers",
    # One word over a name: a caption's or a fact's label; a short word before it, a credit.
    "Pictured: Karin Holmqvist",
    "Postad av: Holmqvist",
    # A speaker who asks, in a transcript.
    "MR HOLMQVIST: Pardon?",
    # A label in lower case runs on a sentence; one with a bracket cites.
    "and the following: Tide Tables, Harbour Charts and Pilot Notes",
    "Island Life (Harbour Press: Tide Tables, Charts and Notes",
    # A title-cased line with a bracket: a programme's or a list's entry.
    "Harbour Talks: Ferries and Fares (Thursday, Town Hall)",
    # Names listed with commas: a credit or a match report's scorers.
    "Starring: Karin Holmqvist, Erik Sand, Anna Berg",
    "Scorers: Erik Sand, Anna Berg, Jon Lind",
    # A label in capitals of two words or more is a speaker in a transcript.
    "THE WITNESS: Certainly",
    "THE WITNESS: Absolutely Not",
])
def test_the_articles_own_label_lines_stay(line):
    text = "\n".join(ARTICLE[:3] + [line] + ARTICLE[3:])
    assert clean(text).text == text


@pytest.mark.parametrize("line", [
    # What someone said, quoted or long: a sentence of the article, not a headline.
    "The harbour master said: «The landing stages will be ready long before the first crossing»",
    "The harbour master said: «We are ready» at the meeting",
    # Two sentences after the colon, or one closed inside quotation marks: what someone said.
    "The harbour master said: We are ready. The boats are not",
    "He added: the landing stages are late.. the boats are ready.\"",
    "One island resident put it this way: we have waited for this ferry link since the old operator "
    "stopped its crossings and left us to hire fishing boats for every trip to the town",
    # A sub-heading of the article's own: its words are the article's.
    "Next steps: the ferry link, the crossings and the island fares",
    # Ends like a sentence.
    "Update: the council published the operator's name.",
    # A question, a fact line or a sub-heading in words of its own after a label of two
    # words or more: an interviewer's or a speaker's question, the article's practical
    # details, a section's heading. They read like a promoted headline that asks or pauses on
    # a comma, and share no word with the story; a promo needs more than that shape.
    "Council leader Sarah Jones: What choice did we really have?",
    "Reporter Tom Reilly: Do you expect more protests?",
    "Ticket prices: Adults twelve euros, children go free",
    "Key dates: Demolition begins in spring, building work in autumn",
    "Why it matters: Coastal towns everywhere face similar pressure, experts say",
    "What the traders say: Too little, too late",
    # A question or a clause someone put after a label phrase, in the story's own words, and
    # an interview's or a FAQ's question after one word or a letter.
    "One councillor asked: Who will pay for the landing stages, the islands or the town?",
    "Island residents asked: When will the winter crossings start?",
    "The council's answer: Next spring, with four boats a day",
    "Q: What does a return ticket cost?",
    "Frage: Was kostet eine Rückfahrkarte?",
])
def test_the_articles_own_colon_lines_stay(line):
    text = "\n".join(ARTICLE[:3] + [line] + ARTICLE[3:])
    assert clean(text).text == text


def test_a_box_of_another_story_under_the_article_is_cut_with_everything_below():
    article = ARTICLE[:5]
    text = "\n".join(article + ["Worth your time next"] + OTHER_STORY + ["Name (*):", "Send"])
    assert_cleaned_to(text, article, "generic.promoted-story", ["Worth your time next", OTHER_STORY[0]])


def test_a_box_whose_headline_names_its_story_not_the_article_is_cut_despite_shared_function_words():
    # Under all six paragraphs the museum story shares 15 % of its words of four letters with
    # the ferry story ("after", "with", "from", "years", "work"); its headline's words are
    # the museum story's ("museum", "painting", "galleries") and not the ferry story's.
    text = "\n".join(ARTICLE + ["Worth your time next"] + OTHER_STORY)
    assert_cleaned_to(text, ARTICLE, "generic.promoted-story", ["Worth your time next", OTHER_STORY[0]])


@pytest.mark.parametrize("section", [
    # Its prose shares 28 % of its words with the article, and its headline names the island
    # residents the article is about: the article's own section.
    [
        "Fares and timetable",
        "Island residents pay less than visitors",
        "Visitors will pay more than island residents: a return costs twice as much, and a family "
        "season pass is sold at the kiosk beside the landing stages.",
    ],
    # A fact line of the article (an address, opening hours), not a box's heading, even over
    # a section in new words.
    [
        "Booking office: Harbour Street 4",
        "Bicycles, dogs and luggage on board",
        "Passengers may bring bicycles, pushchairs and dogs on a lead; luggage racks stand beside each "
        "door, and cyclists board first through the wide gate at the stern.",
    ],
    # A news site leaves links to related stories inside the article, one headline over
    # another; a box's own name ("More stories from our reporters") uses words of its own.
    [
        "Harbour master warns of winter storms",
        "Storm season arrives early along the coast",
        "Forecasters expect the storm season to arrive early along the coast this year, bringing "
        "gales and heavy seas to fishing villages from October.",
    ],
    # A post's stamp, which the thread's posts below repeat, is no headline naming them.
    [
        "Tillbaka upp",
        "Postad 18 februari 2013 klockan 18:11",
        "Postad februari 2013 klockan sju: night boats on Fridays and a cheaper season pass are "
        "planned, with cafés opening beside each landing for passengers waiting in winter.",
    ],
    # Two lines of a poem the article quotes, and its prose going on: a box's headline
    # names the story under it.
    [
        "Grey gulls circle over silent piers",
        "Dark water waits beneath the morning",
        "Verses like these, written by a schoolteacher decades ago, are still recited whenever "
        "somebody leaves for the mainland and returns months later.",
    ],
])
def test_a_section_under_the_article_that_heads_no_box_stays(section):
    text = "\n".join(ARTICLE + section)
    assert clean(text).text == text


def test_a_box_heading_may_be_a_phrase_of_up_to_six_words():
    text = "\n".join(ARTICLE[:5] + ["More stories from our reporters"] + OTHER_STORY)
    assert_cleaned_to(text, ARTICLE[:5], "generic.promoted-story", ["More stories from our reporters"])


def test_a_sub_heading_over_more_of_the_same_story_stays():
    section = [
        "What the islands get",
        "Four boats a day for the island crossings in summer",
        "The council said the crossings to the islands would run every day of the year, and that the "
        "operator would have to keep a spare boat at the harbour for the winter months.",
    ]
    text = "\n".join(ARTICLE + section)
    assert clean(text).text == text


def test_on_extracted_text_a_section_in_new_words_stays():
    # A travel section under the ferry story: its words are not the story's, so on a
    # rendered page it reads as another story's box; an extractor's text has no such boxes
    # left more often than it has sections like this one (docs/rules.md).
    section = [
        "Getting there",
        "Bicycles, dogs and luggage on board",
        "Passengers may bring bicycles, pushchairs and dogs on a lead; luggage racks stand beside each "
        "door, and cyclists board first through the wide gate at the stern.",
    ]
    text = "\n".join(ARTICLE + section)
    assert removed_by(clean(text), "generic.promoted-story") == section
    assert clean(text, extracted=True).text == text


OTHER_HEADLINES = [
    "Museum reopens its painting galleries following restoration",
    "Orchestra ends its season with a concert in the old quarry",
    "Record crowds flock to the tulip show",
    "Mountain road closed for repairs until March",
]


@pytest.mark.parametrize("numbered", [False, True])
def test_a_heading_over_other_stories_headlines_under_the_article_is_cut(numbered):
    heads = [f"{n}. {head}" if numbered else head for n, head in enumerate(OTHER_HEADLINES, 1)]
    text = "\n".join(ARTICLE + ["Popular this week"] + heads + ["Your name", "Send"])
    assert_cleaned_to(text, ARTICLE, "generic.headline-box", ["Popular this week", heads[0]])


@pytest.mark.parametrize("box", [
    # The article's own list: its words.
    ["What the islands get", "Four boats a day for the island crossings in summer",
     "Two boats a day for the island crossings in winter", "Resident fares capped at a bus ticket to the town"],
    # A recipe's: quantities, not headlines.
    ["Ingredients", "3 large eggs from the market", "2 cups of plain white flour", "1 spoon of brown sugar"],
    # Sentences, not headlines.
    ["Reviews", "Nobody has written a review yet.", "Be the earliest reviewer here.",
     "Ratings come from verified buyers only."],
    # A table of fixtures, a line-up: pairs and labelled fields, not headlines.
    ["Saturday fixtures", "Valley Rovers - Hill United at noon", "Northern Athletic - Quarry Town at two",
     "Forest Rangers - Coast City at four"],
    ["Starting line-up", "Goalkeeper: Tomas Brandt of the reserves", "Defence: Ivo Lind and Aron Sell",
     "Midfield: Joel Marsh and Kim Ode", "Attack: Leo Strand and Per Alm"],
    # A poem's last stanza under a short line: the run of such lines goes on above it.
    ["Grey gulls circle above the pier", "Old nets are drying in the wind", "Lanterns sway on the evening quay",
     "Night falls again", "Waves are counting every stone", "Hulls are sleeping side by side",
     "Morning brings the tide back home"],
    # A table's rows: a figure in each.
    ["Workshop dates", "Valley seminar for teachers on April 24", "Quarry seminar for teachers on May 9",
     "Forest seminar for teachers on July 17"],
    # More lines than a box holds: a poem, a long list of the article's own.
    # No figures in them, so that only the count tells.
    ["The new boats"] + [f"{place} museum reopens its painting galleries" for place in (
        "Alder", "Birch", "Cedar", "Dunmore", "Elmswick", "Fairhaven", "Glenrock", "Hollow", "Ivybridge",
        "Juniper", "Kestrel", "Larkfield", "Meadow", "Northcliff", "Oakridge")],
    # A list's first item is no heading (a paragraph follows: no list at the page's end).
    ["- quick to reach"] + [f"- {head}" for head in OTHER_HEADLINES[:3]]
    + ["Tulip growers from the northern valleys brought forty varieties, and visitors queued along the "
       "promenade for hours."],
])
def test_the_articles_own_lists_under_a_heading_stay(box):
    text = "\n".join(ARTICLE + box)
    assert "generic.headline-box" not in {removal.rule_id for removal in clean(text).removals}


def test_a_digest_that_goes_on_at_length_under_its_headlines_stays():
    text = "\n".join(ARTICLE[:3] + ["Other news"] + OTHER_HEADLINES + OTHER_STORY[1:] * 3)
    assert "generic.headline-box" not in {removal.rule_id for removal in clean(text, learned=False).removals}


@pytest.mark.parametrize("heading", ["<2>", "II", "2. Museums", "(iv) Museums", "2- Museums"])
def test_a_numbered_section_of_the_article_is_no_promoted_story(heading):
    # A digest or an essay in numbered parts: each part has its own headline and words.
    article = ARTICLE[:5]
    text = "\n".join(article + [heading] + OTHER_STORY)
    assert "generic.promoted-story" not in {removal.rule_id for removal in clean(text).removals}


def test_a_headline_whose_prose_goes_on_in_lower_case_is_a_wrapped_paragraph():
    # Text rendered with its source's line breaks: the "heading" and "headline" are the first
    # lines of a paragraph of the article that goes on under them.
    wrapped = [
        "The painters",
        "Whose portraits hang in the galleries of the city museum since its restoration",
        "were mostly local merchants' children, trained abroad, and several canvases returned "
        "from private collectors who had bought them at auctions decades ago.",
    ]
    text = "\n".join(ARTICLE[:5] + wrapped)
    assert "generic.promoted-story" not in {removal.rule_id for removal in clean(text).removals}


@pytest.mark.parametrize("heading, numbered", [
    ("II", True), ("(iv) Museums", True), ("I.", True), ("<2>", True), ("2. Museums", True),
    # Words, not numerals: a Swedish "we recommend" box, a name, a sentence's "I".
    ("Vi tipsar om", False), ("Xi in Europe", False), ("I think", False),
])
def test_a_section_number_is_a_numeral_in_one_case_or_a_letter_with_its_mark(heading, numbered):
    assert bool(heuristics._SECTION_NUMBER.match(heading)) == numbered


@pytest.mark.parametrize("text, quotation", [
    ("“It’s the end of a long road for all of us” he said", True),  # the apostrophe closes nothing
    ("'It's time to sail again for the island folk' said the skipper", True),
    ("«Blue Orchard» wins the city prize for new music", False),  # a quoted name opens a headline
])
def test_a_quotation_runs_to_its_closing_mark_not_to_an_apostrophe(text, quotation):
    assert heuristics._quotation(text) == quotation


def test_a_box_under_a_two_paragraph_story_ends_it_when_its_headline_names_the_longer_story_below():
    # More prose below the box than above it: the box's headline ("Museum reopens ...")
    # names the story below, which does not go on with the ferry story's words.
    more = ("Admission to the galleries stays free on Sundays, and the museum shop has reopened in the "
            "old coach house beside the main entrance.")
    text = "\n".join(ARTICLE[:3] + ["Worth your time next"] + OTHER_STORY + [more])
    assert_cleaned_to(text, ARTICLE[:3], "generic.promoted-story", ["Worth your time next", OTHER_STORY[0]])


@pytest.mark.parametrize("section", [
    # The rest of the story under a sub-heading, in new words: two paragraphs above tell too
    # little to call it another story unless its headline names it.
    ["Background",
     "A long wait for the island communities",
     "For decades the only way to reach the mainland in winter was a fishing boat hired by the "
     "day, and families with children at schools in town often moved away for good.",
     "Shopkeepers say deliveries were cancelled for weeks whenever storms closed the old jetty, "
     "and prices rose each time supplies finally arrived.",
     "Doctors visited once a month at most, and an emergency meant waiting for a helicopter from "
     "the mainland hospital, sometimes for a whole night."],
    # A third of the sub-heading's words recur below ("winter", "villages"), but the section
    # goes on with the story's words (the ferry, the islands, the council): its own section.
    ["Background",
     "Decades of winter isolation for fishing villages",
     "Before the ferry link, the fishing villages on the islands relied on a private boat that "
     "stopped running each winter, and the council paid for emergency crossings.",
     "Villages on the two smaller islands lost half their residents in thirty years, as families "
     "moved to the harbour town for work and schools.",
     "Shopkeepers on the islands say the council's new timetable will let them order goods from "
     "the harbour every week of the year."],
], ids=["new words, headline names nothing below", "the story's words"])
def test_a_section_under_a_two_paragraph_opening_stays(section):
    text = "\n".join(ARTICLE[:3] + section)
    assert clean(text).text == text


def test_a_teasers_link_to_more_of_the_same_story_stays():
    # The page's headline and the linked headline name one company: a blog's teaser going
    # on elsewhere, not another story (its headline shares under a third of its words with
    # the article's text, as another story's would).
    story = [
        "Quaystone Stock Price Soars, For How Long?",
        "With Quaystone management admitting in its filings that profits are not yet within reach, "
        "investors seem fixated only on sales, which doubled in the first six months of the year.",
        "Continue reading: Quaystone Shares Rise Again, Is the Market Overheating?",
        "The author holds no stake in any company mentioned in this article.",
    ]
    text = "\n".join(story)
    assert clean(text, learned=False).text == text


# A results list inside the article: each entry a label and a colon over names the article
# does not use, standing between paragraph-long entries like it.
RESULTS = [
    "Women 57 kg: Maria Lindqvist (Northport Club) against Jana Okafor (Valley Sports)",
    "Men 62 kg: Teodora Brandt (Eastside Academy) against Ilse Moreau (Riverside Athletic)",
    "Juniors 70 kg: Sofia Demir (Hill Farm Club) against Rosa Kettunen (Old Quarry Gym)",
]


def test_entries_of_a_list_of_labelled_lines_are_no_inline_promos():
    text = "\n".join(ARTICLE[:3] + RESULTS + ARTICLE[3:])
    assert clean(text).text == text
    assert clean(text, learned=False).text == text


def test_a_label_of_figures_alone_is_a_time_or_a_rank_not_a_promo():
    line = "17: Harbour United against Island Rovers at the Town Ground"
    text = "\n".join(ARTICLE[:3] + [line] + ARTICLE[3:])
    assert clean(text).text == text


# A travel piece's own section: a phrase sub-heading in short words round a single longer
# one, a place's name and prose about it in words the story above has not used.
TRAVEL = [
    "Ten days on the Portuguese coast with two children and a camper van",
    "We drove from Porto to the Algarve over ten days in late May, stopping at small towns along "
    "the coast and sleeping at campsites most nights.",
    "The children loved the beaches near Nazare, as the waves were too high for swimming but "
    "perfect for watching surfers from the cliffs.",
    "Campsites cost between twenty and forty euros a night, and most of them had clean showers, "
    "a small shop and a playground.",
    "Where we ate on our trip",
    "Tasca do Chico in Lisbon",
    "Tasca do Chico is a tiny tavern in the Bairro Alto: grilled sardines arrive on thick slices "
    "of bread and old men sing fado after nine in the evening.",
    "Dinner for four with wine came to forty-five euros, and nobody minded the children running "
    "between the tables.",
]


def test_a_phrase_sub_heading_in_the_articles_voice_over_a_place_and_its_prose_stays():
    text = "\n".join(TRAVEL)
    assert clean(text).text == text
    assert clean(text, learned=False).text == text


# A long story about the museum, written for these tests: the box's headline names it.
LONG_OTHER_STORY = OTHER_STORY + [
    "The restoration began after a leaking roof damaged the ceilings of the east wing, where "
    "water ran down the walls during a storm and forced the museum to close the rooms at once.",
    "Engineers replaced the roof timbers and installed a new climate system that keeps the "
    "galleries at the same temperature and humidity all year, as lenders of paintings demand.",
    "While the rooms were closed, conservators cleaned more than a hundred canvases in a studio "
    "set up in the basement, removing old varnish that had turned the skies of many landscapes brown.",
    "Visitors on the first day said the colours looked brighter than they remembered, and several "
    "stopped to read the panels explaining what the conservators had found under the varnish.",
    "The largest canvas, a harbour scene more than four metres wide, was rolled and carried out "
    "through a window before the work began, and it was the last painting to return to its wall.",
    "The museum director said the budget had risen by a fifth since the start, mostly because the "
    "damage to the roof turned out to be worse than the first survey had shown.",
    "A new education room on the ground floor will host school classes from next month, with "
    "workshops on how paintings are made, cleaned and restored.",
    "The galleries are open every day but Monday, and the museum plans late openings on Thursday "
    "evenings through the summer, with short talks by the curators in front of the paintings.",
    "Tickets for the first weekend sold out within hours, and the museum asked visitors without "
    "one to come later in the month, when the opening crowds are expected to thin.",
    "The sculpture hall, which was not damaged, stays closed until the autumn so that its floor "
    "can be repaired and its lighting replaced with the same system as the painting galleries.",
]
BOX_HEADING = "Next up for you"
# Buttons between the story and the box: the two are separate runs of prose.
BUTTONS = ["Listen", "Save for later", "Print", "Font size"]


SHORT_STORY = [
    "Harbour ferry fares to fall in spring",
    "Fares on the harbour ferry will fall by a tenth from April, the operator said on Monday after "
    "a year of rising passenger numbers.",
    "Season tickets for island residents will cost the same as a monthly bus pass, and children "
    "under twelve will travel free all year.",
]


def test_a_short_story_over_a_box_is_the_article_though_the_promoted_story_is_longer():
    # Two paragraphs at the top of the page, then a box over a story eight times as long: the
    # article starts at the short story, whose headline stays, and the box and its story go.
    menu = ["Home", "News", "Local", "Sport", "Culture", "Travel", "Weather", "Jobs", "Contact"]
    text = "\n".join(menu + SHORT_STORY + BUTTONS + [BOX_HEADING] + LONG_OTHER_STORY)
    result = clean(text, learned=False)
    assert result.text == "\n".join(SHORT_STORY)
    assert removed_by(result, "generic.promoted-story")[:2] == [BOX_HEADING, OTHER_STORY[0]]
    assert not result.flags


@pytest.mark.parametrize("top", [
    # One paragraph under its headline: a sidebar's teaser, not a story.
    ARTICLE[:2],
    # Two teasers' paragraphs under a sidebar's first teaser: more than a headline above them.
    ["Weather warning for the coast", "Strong winds are expected along the coast tonight.",
     "Council tax to rise", "The council will raise the tax by two per cent next year.",
     "Library hours extended", "The town library will open on Sundays from next month."],
])
def test_a_teaser_over_a_longer_story_is_no_article(top):
    text = "\n".join(top + BUTTONS + [BOX_HEADING] + LONG_OTHER_STORY)
    result = clean(text, learned=False)
    assert result.text.endswith("\n".join(LONG_OTHER_STORY))
    assert not result.flags and not removed_by(result, "generic.promoted-story")


# A short Arabic story written for these tests: a headline and three paragraphs.
ARABIC_STORY = [
    "افتتاح مكتبة عامة جديدة في وسط المدينة بعد سنوات من الانتظار",
    "افتتحت البلدية صباح اليوم مكتبة عامة جديدة في وسط المدينة، تضم أكثر من عشرين ألف كتاب وقاعة "
    "كبيرة للمطالعة مفتوحة للطلاب طوال أيام الأسبوع.",
    "وقال رئيس البلدية إن المشروع تأخر عدة سنوات بسبب نقص التمويل، لكنه أصبح اليوم حقيقة بفضل دعم "
    "الجمعيات المحلية وتبرعات السكان.",
    "وتنظم المكتبة خلال الشهر القادم ورشات للقراءة لفائدة الأطفال، إلى جانب أمسيات شعرية يشارك فيها "
    "كتاب من مختلف جهات البلاد.",
]


@pytest.mark.parametrize("story, sub_heading, below", [
    # The paragraph under the line opens on its label: the label is the section's subject.
    (ARTICLE, "Opposition councillors: a costly deal signed in haste", 5),
    # In a script without capitals: "The mayor: we waited long, but the result is worth it" over
    # "And the mayor said ...".
    (ARABIC_STORY, "رئيس البلدية: انتظرنا طويلا لكن النتيجة تستحق", 2),
])
def test_a_label_the_next_paragraph_opens_on_heads_a_section_of_the_article(story, sub_heading, below):
    text = "\n".join(story[:below] + [sub_heading] + story[below:])
    assert clean(text).text == text
    assert clean(text, learned=False).text == text


def test_an_organisations_initials_over_the_paragraph_that_names_them_head_a_section():
    # "LGA: We have learned from the failures" over a paragraph that names the association and
    # its initials in its first sentence: a quote heading the section, not another story.
    story = ["Councils spent 1.2 billion on IT systems that were never used",
             "Since 2015 the country's councils have spent about 1.2 billion on IT projects that were "
             "either abandoned or never put into service, a report by the national auditor shows.",
             "The report reviews 23 projects, among them a shared benefits system that was shelved "
             "after six years of development.",
             "The auditor found the specifications too broad and testing with users too late."]
    heading = "LGA: We have learned from the failures"
    below = ["At the Local Government Association (LGA), officials admit that several of the projects "
             "were too ambitious. Newer ones are delivered in small steps, they say.",
             "The auditor recommends that the digital agency approve every council project above 50 million."]
    text = "\n".join([*story, heading, *below])
    assert clean(text).text == text


def test_a_promo_on_the_articles_subject_goes_when_the_paragraph_below_names_it_further_on():
    # The harbour master is named at the end of the paragraph below, not as its subject.
    promo = "Harbour master: new cranes ordered for the container quay"
    assert_cleaned_to("\n".join(ARTICLE[:6] + [promo] + ARTICLE[6:]), ARTICLE, "generic.inline-promo", [promo])


def test_a_labelled_line_between_two_labelled_lines_is_an_entry_of_their_list():
    # Countries, each over what it did: no label shares a word with another, and the lines
    # end like sentences, but the one in the middle stands in their list, not alone.
    entries = ["Norway: the embassy sent two diplomats home on Monday.",
               "Portugal: Lisbon Recalls Its Ambassador For Talks",
               "Greece: one diplomat was expelled and another recalled."]
    text = "\n".join(ARTICLE[:3] + entries + ARTICLE[3:])
    assert clean(text).text == text
    assert clean(text, learned=False).text == text


def test_a_promo_beside_one_labelled_line_still_goes():
    # A label line on one side only (a fact under the paragraph above) makes no list.
    fact = "Crossing time: forty minutes in calm weather, the operator says."
    promo = f"Also on our pages: {OTHER_STORY[0]}"
    text = "\n".join(ARTICLE[:3] + [fact, promo] + ARTICLE[3:])
    result = clean(text, learned=False)
    assert removed_by(result, "generic.inline-promo") == [promo]


MUSEUM_MORE = ("Admission to the galleries stays free on Sundays, and the museum shop has reopened in the "
               "old coach house beside the main entrance.")


@pytest.mark.parametrize("numbered", [False, True])
def test_a_box_of_headlines_between_a_short_story_and_a_promoted_story_goes_with_it(numbered):
    # Under a story of two paragraphs, the promoted story below outweighs the story: read
    # to the end of the page, the box of headlines is no tail. Read to the promoted story,
    # which goes (and which the cleaned text no longer has), nothing follows the box.
    heads = [f"{n}. {head}" if numbered else head for n, head in enumerate(OTHER_HEADLINES, 1)]
    text = "\n".join(ARTICLE[:3] + ["Popular this week"] + heads + ["Worth your time next"]
                     + OTHER_STORY + [MUSEUM_MORE])
    assert_cleaned_to(text, ARTICLE[:3], "generic.headline-box", ["Popular this week", heads[0]])


def test_the_short_storys_own_list_over_a_promoted_story_stays():
    own_list = ["What the islands get", "Four boats a day for the island crossings in summer",
                "Two boats a day for the island crossings in winter",
                "Resident fares capped at a bus ticket to the town"]
    text = "\n".join(ARTICLE[:3] + own_list + ["Worth your time next"] + OTHER_STORY + [MUSEUM_MORE])
    assert_cleaned_to(text, ARTICLE[:3] + own_list, "generic.promoted-story", ["Worth your time next"])


# A story about a train line, written for this test, whose headline's words recur in its
# prose only in part, as Arabic joins particles to words ("والساحل", "بالفيديو"): a third of them.
ARABIC_BOX = ["لا تفوت هذه القصة",
              "بالفيديو.. عودة القطار السريع بين العاصمة والساحل",
              "عاد القطار الذي يربط بين العاصمة ومدن الساحل إلى العمل منذ الفجر إثر توقف دام نحو ستة "
              "أشهر لإنجاز أشغال الصيانة على طول الخط.",
              "وقالت شركة السكك الحديدية إن الرحلة أصبحت تستغرق ساعتين فقط، وإن عدد الرحلات سيرتفع في "
              "فصل الصيف لتلبية طلب المسافرين نحو الشواطئ.",
              "وأضافت الشركة أن أسعار التذاكر لن تتغير هذا العام، وأن المسافرين يمكنهم الحجز عبر الموقع "
              "الإلكتروني أو في محطات القطار."]


@pytest.mark.parametrize("latin", ["", " TGV"])
def test_a_box_under_a_two_paragraph_story_ends_it_when_a_third_of_its_headline_names_an_unrelated_story(latin):
    # The story below shares no word with the library story above and is longer: a third of
    # the box's headline in it names it. A Latin abbreviation in the headline and its story
    # leaves them in a script without capitals.
    from test_bylines import ARABIC_HEADLINE, ARABIC_PARAGRAPHS  # here: test_bylines imports this module
    story = [ARABIC_HEADLINE] + ARABIC_PARAGRAPHS[:2]
    box = [ARABIC_BOX[0], ARABIC_BOX[1] + latin, ARABIC_BOX[2].replace("عاد القطار", "عاد القطار" + latin),
           *ARABIC_BOX[3:]]
    assert_cleaned_to("\n".join(story + box), story, "generic.promoted-story", box[:2])


def test_a_box_of_numbered_headlines_that_close_on_a_quoted_name_is_cut():
    heads = ['1. Record crowds flock to the "Tulip Parade"', '2. Orchestra ends its season in the old quarry',
             '3. Film about the harbour wins the "Golden Gull"', '4. Mountain road closed for repairs until March']
    text = "\n".join(ARTICLE + ["Popular this week"] + heads)
    assert_cleaned_to(text, ARTICLE, "generic.headline-box", ["Popular this week", heads[0]])


def test_a_numbered_list_of_quoted_sentences_under_the_article_stays():
    # What people said, each a sentence inside its quotation marks: no headlines.
    said = ['1. "Our orchestra played its last concert."', '2. "The tulips came from valley farms."',
            '3. "The mountain road reopens in March."', '4. "Nobody expected such crowds."']
    text = "\n".join(ARTICLE + ["In their words"] + said)
    assert "generic.headline-box" not in {removal.rule_id for removal in clean(text).removals}


def test_a_background_section_under_a_two_paragraph_story_stays():
    # Its heading shares a third of its words with the section under it, and the section
    # next to nothing with the two-paragraph lead: in a cased script that is the article's
    # own section, not a promoted story (see is_promoted_story).
    text = "\n".join([
        "Town prepares for its hundredth harvest festival",
        "The town of Ashby will hold its hundredth harvest festival this weekend, and organisers expect twenty "
        "thousand visitors.",
        "Stalls will line the high street from Friday evening, and the main road will close to traffic until Monday.",
        "Background",
        "A century of parades, prizes and giant vegetables",
        "The first parade was held in 1925 by farmers who wanted to thank their workers after a hard year in the fields.",
        "Prizes for giant vegetables came later, in the 1950s, when a local seed company started paying for the trophies.",
        "Over the decades the event grew from a few carts to a procession of more than a hundred floats and bands.",
        "Many families have entered the same class for three generations, and some keep their seeds secret even "
        "from relatives.",
    ])
    assert clean(text).text == text


# A guide in sections, each under "place: heading" over a paragraph that need not name it.
MARKETS_GUIDE = [
    "Five winter markets worth the train ride this December",
    "Rail operators have added late trains on weekends, and most of the markets below stay open until "
    "nine in the evening, so a day trip from the capital is easy to plan.",
    "Riverton: stalls under the old arches",
    "Some ninety wooden huts fill the arcades along the quay, selling carved toys, wool and smoked "
    "fish, and a brass band plays on the steps every Saturday afternoon.",
    "Hollowmere: skating beside the abbey",
    "An ice rink is laid out on the lawn behind the ruins, and skates can be hired by the hour from a "
    "hut run by the local rowing club, whose members also sell hot cider.",
    "Stonebridge: candles and honey",
    "Beekeepers from the surrounding valleys bring wax candles and a dozen kinds of honey, and the "
    "square keeps its lanterns lit long after the last stall has closed.",
    "Marlow Cross: a lantern parade",
    "Children from the village schools walk through the lanes with paper lanterns they made in class, "
    "ending at the church where a choir sings on the second Sunday of the month.",
    "Eastwick Harbour: food from the boats",
    "Trawlers moored along the pier sell grilled mackerel and mussels straight from the deck, and the "
    "harbour office lends blankets to anyone eating outside in the wind.",
]


def assert_kept_whole(lines: list[str]) -> None:
    text = "\n".join(lines)
    for learned in (False, True):
        assert clean(text, learned=learned).text == text


def test_an_article_in_five_sections_under_label_lines_keeps_them():
    # Each "place: heading" line stands alone between two paragraphs and shares few words
    # with the guide, as a promo does; five of them, each under its own label, divide it.
    assert_kept_whole(MARKETS_GUIDE)


FIVE_HEADLINES = ["Museum reopens its painting galleries after a long restoration",
                  "Orchestra ends its season with a concert in the old quarry",
                  "Record crowds flock to the tulip show at the botanical garden",
                  "Mountain road closed for repairs until the end of March",
                  "Night trains return to the coast line after a decade"]


def _one_after_each_paragraph(promos: list[str]) -> str:
    text = [ARTICLE[0]]
    for paragraph, promo in zip(ARTICLE[1:], promos + [None] * len(ARTICLE)):
        text += [paragraph] + ([promo] if promo else [])
    return "\n".join(text)


@pytest.mark.parametrize("labels", [
    # One label over every line: a promo repeated, not sections.
    ["Further reading"] * 5,
    # Related-story links between paragraphs, each under its own label: fewer than five.
    ["Harbour news", "Island life", "Council", None, None],
])
def test_promos_between_the_paragraphs_go_though_several_stand_in_one_article(labels):
    promos = [f"{label}: {headline}" for label, headline in zip(labels, FIVE_HEADLINES) if label]
    result = clean(_one_after_each_paragraph(promos), learned=False)
    assert result.text == "\n".join(ARTICLE)
    assert removed_by(result, "generic.inline-promo") == promos


def test_promos_under_five_genre_labels_are_no_sections():
    # Five labels of their own, but each over another story's headline, in a headline's many
    # words that the paragraph under it does not use: promos, not the article's sections.
    promos = ["Analysis: Why central bankers are nervous about the bond markets",
              "Opinion: The new stadium deal is a bad bargain for taxpayers",
              "Explainer: How the electoral college picks the next president",
              "Live: Tennis star crashes out in the quarter-finals in Melbourne",
              "Interview: The novelist who spent ten years writing about whales"]
    result = clean(_one_after_each_paragraph(promos), learned=False)
    assert result.text == "\n".join(ARTICLE)
    assert removed_by(result, "generic.inline-promo") == promos


def test_promos_under_five_labels_two_of_them_over_long_headlines_still_go():
    # Three headlines as short as a guide's headings, two as long as a headline: promos.
    promos = ["Harbour news: Council approves new harbour plan",
              "Analysis: Why central bankers are nervous about the bond markets",
              "Sport: United sign Norwegian striker on loan",
              "Opinion: The new stadium deal is a bad bargain for taxpayers",
              "Weather: Storm warning issued for the coast"]
    result = clean(_one_after_each_paragraph(promos), learned=False)
    assert "Analysis: Why central bankers are nervous about the bond markets" not in result.text
    assert "Opinion: The new stadium deal is a bad bargain for taxpayers" not in result.text
    assert all(line in result.text.split("\n") for line in ARTICLE)


def test_one_long_heading_among_an_articles_five_sections_keeps_them():
    # Most headings are a few words over their paragraph; one runs as long as a headline and
    # shares no word with its paragraph. The five still divide the article.
    guide = MARKETS_GUIDE[:-2] + ["Eastwick Harbour: grilled fish and mussels sold straight off the trawlers",
                                  "Boats moored along the pier sell their catch from the deck, and the harbour office "
                                  "lends blankets to anyone eating outside in the wind."]
    assert_kept_whole(guide)


def test_a_fact_row_ending_on_a_full_stop_is_still_a_row():
    # The referee's row closes on a full stop; its first field is a name, not a clause.
    report = MATCH_REPORT[:3] + ["Referee: Anna Kovacs; assistants: Peter Holm and Lars Berg."] + MATCH_REPORT[4:]
    assert_kept_whole(report)


@pytest.mark.parametrize("promo, paragraph", [
    # A slash inside the headline ("Israel/Gaza") is no separator of a second field.
    ("Explainer: Israel/Gaza: what the ceasefire deal means for the hostages", None),
    # A paragraph of prose with two labelled clauses beside the promo is no fact box's row.
    ("Live: Tennis star crashes out in the quarter-finals in Melbourne",
     "Update: the operator confirmed the figures on Tuesday; spokesman: more boats will follow."),
])
def test_a_promo_beside_a_paragraph_or_with_a_slash_is_no_fact_row(promo, paragraph):
    article = ARTICLE[:3] + ([paragraph] if paragraph else []) + ARTICLE[3:]
    text = "\n".join(article[:3] + [promo] + article[3:])
    result = clean(text, learned=False)
    assert result.text == "\n".join(article)
    assert removed_by(result, "generic.inline-promo") == [promo]


MATCH_REPORT = [
    "Harbour United beat Island Rovers in the cup",
    "Harbour United reached the cup quarter-finals on Saturday after a late header from their captain "
    "settled a tight match played in heavy rain.",
    "Venue: the municipal ground beside the old river port",
    "Referee: Anna Kovacs; assistants: Peter Holm and Lars Berg",
    "Island Rovers had the better of the first half but could not turn their corners into chances, and "
    "their coach said afterwards that the pitch had decided the game.",
]


def test_a_line_beside_a_row_of_facts_is_the_facts_not_a_promo():
    # The line under the venue holds a second "label:" field after a semicolon: a fact box's
    # row, which the venue's line opens.
    assert_kept_whole(MATCH_REPORT)


def test_a_promo_whose_marker_stands_before_its_label_still_goes():
    # A separator and a second colon after the first field make a row of facts; before it,
    # they are a promo's marker and its headline's speaker.
    promo = "Also here / Minister: Museum reopens its painting galleries"
    assert_cleaned_to("\n".join(ARTICLE[:3] + [promo] + ARTICLE[3:]), ARTICLE, "generic.inline-promo", [promo])


@pytest.mark.parametrize("above", [
    # A line announcing what follows: the composer's promos stand under "Here is how it works:"
    # as often as a line-up's first entry does; only its labelled entries tell a list.
    "Here is how the new timetable for the island crossings will work:",
    # A byline with a clock time after a bar: "at 04:" is no field of a fact box.
    "By: Jane Roe (Harbour desk) | November 12th, 2021 at 04:00 PM",
])
def test_a_promo_under_a_line_ending_on_a_colon_or_a_timed_byline_still_goes(above):
    promo = f"Also on our pages: {OTHER_STORY[0]}"
    expected = ARTICLE[:3] + [above] + ARTICLE[3:]
    result = clean("\n".join(ARTICLE[:3] + [above, promo] + ARTICLE[3:]), learned=False)
    assert result.text == "\n".join(expected)
    assert removed_by(result, "generic.inline-promo") == [promo]


def test_headlines_over_teasers_that_break_off_are_a_listing_not_sections():
    # Five "label: headline" lines under labels of their own, each over a teaser cut off
    # with an ellipsis: a listing of other stories between the paragraphs, whose labelled
    # headlines are promos; sections head prose that ends its sentences.
    labels = ["Harbour", "Islands", "Council", "Weather", "Culture"]
    teaser = ("Readers can find the whole report with photographs and the reactions of the people who "
              "were there on our pages this week, along with …")
    promos = [f"{label}: {headline}" for label, headline in zip(labels, FIVE_HEADLINES)]
    page, expected = [ARTICLE[0], ARTICLE[1]], [ARTICLE[0], ARTICLE[1]]
    for promo in promos:
        page += [promo, teaser]
        expected += [teaser]
    page += ARTICLE[2:]
    expected += ARTICLE[2:]
    result = clean("\n".join(page), learned=False)
    assert removed_by(result, "generic.inline-promo") == promos
    assert result.text == "\n".join(expected)


def test_a_box_under_a_labelled_heading_the_article_never_used_still_goes():
    heading = "Culture: Worth your time"
    text = "\n".join(ARTICLE + [heading, *OTHER_STORY])
    assert_cleaned_to(text, ARTICLE, "generic.promoted-story", [heading, OTHER_STORY[0]])


# A story of three paragraphs and a box of another story (its headline, two paragraphs),
# with the labels a site puts on its promos and captions ("Analysis:", "Video:").
# A guard that kept a box whose labels the article had used above ("the next entry of its
# series") kept these boxes and was taken out after review: they must go.
LABELLED_PAGES = {
    "en": {
        "article": ["The village school will stay open, the county council decided on Thursday after a long debate that lasted well into the evening.",
                    "Parents had collected more than two thousand signatures against the plan to merge it with the school in the next valley.",
                    "The council will now look for savings elsewhere in its budget, its leader told reporters after the vote."],
        "promo": "Analysis: why the shopkeepers changed their minds about the market hall",
        "caption": "Report: firefighters outside the warehouse on Monday night, filmed by a neighbour",
        "heading": "Analysis: our desk",
        "labelled_heading": "Opinion: our columnists",
        "labelled_headline": "Opinion: The quiet comeback of the village post office",
        "region_heading": "Around the region",
        "labelled_story": "Report: The harbour crane comes down after sixty years",
        "headline": "Harbour crane comes down after sixty years",
        "story": ["Workers took down the old crane at the harbour on Sunday, watched by hundreds of people who had come with their children and cameras.",
                  "The crane had loaded ships since the nineteen sixties and will be melted down, although its cabin goes to the maritime museum."],
    },
    "fr": {
        "article": ["L'école du village restera ouverte, a décidé jeudi le conseil départemental après un long débat qui s'est prolongé tard dans la soirée.",
                    "Les parents avaient réuni plus de deux mille signatures contre le projet de fusion avec l'école de la vallée voisine.",
                    "Le conseil cherchera désormais des économies ailleurs dans son budget, a déclaré son président aux journalistes après le vote."],
        "promo": "Analyse : pourquoi les commerçants ont changé d'avis sur la halle du marché",
        "caption": "Reportage : les pompiers devant l'entrepôt lundi soir, filmés par un voisin",
        "heading": "Analyse : notre rédaction",
        "labelled_heading": "Opinion : nos chroniqueurs",
        "labelled_headline": "Opinion : Le retour discret de la poste du village",
        "region_heading": "Dans la région",
        "labelled_story": "Reportage : La grue du port démontée après soixante ans",
        "headline": "La grue du port démontée après soixante ans",
        "story": ["Des ouvriers ont démonté dimanche la vieille grue du port, sous les yeux de centaines de curieux venus avec leurs enfants et leurs appareils photo.",
                  "La grue chargeait des navires depuis les années soixante et sera fondue, mais sa cabine rejoindra le musée maritime de la ville."],
    },
    "es": {
        "article": ["La escuela del pueblo seguirá abierta, decidió el jueves el consejo comarcal tras un largo debate que se alargó hasta bien entrada la noche.",
                    "Los padres habían reunido más de dos mil firmas contra el plan de fusionarla con la escuela del valle vecino.",
                    "El consejo buscará ahora ahorros en otras partidas de su presupuesto, dijo su presidente a los periodistas tras la votación."],
        "promo": "Análisis: por qué los comerciantes cambiaron de opinión sobre el mercado",
        "caption": "Reportaje: los bomberos ante el almacén el lunes por la noche, grabados por un vecino",
        "heading": "Análisis: nuestra redacción",
        "labelled_heading": "Opinión: nuestros columnistas",
        "labelled_headline": "Opinión: La vuelta discreta de la oficina de correos del pueblo",
        "region_heading": "En la comarca",
        "labelled_story": "Reportaje: Desmontan la vieja grúa del puerto tras sesenta años",
        "headline": "Desmontan la vieja grúa del puerto tras sesenta años",
        "story": ["Unos operarios desmontaron el domingo la vieja grúa del puerto, ante cientos de vecinos que acudieron con sus hijos y sus cámaras.",
                  "La grúa cargaba barcos desde los años sesenta y será fundida, aunque su cabina irá al museo marítimo de la ciudad."],
    },
    "de": {
        "article": ["Die Dorfschule bleibt offen, hat der Kreistag am Donnerstag nach einer langen Debatte beschlossen, die bis spät in den Abend dauerte.",
                    "Eltern hatten mehr als zweitausend Unterschriften gegen den Plan gesammelt, sie mit der Schule im Nachbartal zusammenzulegen.",
                    "Der Kreistag will nun an anderer Stelle im Haushalt sparen, sagte sein Vorsitzender nach der Abstimmung den Reportern."],
        "promo": "Analyse: Warum die Ladenbesitzer ihre Meinung über die Markthalle änderten",
        "caption": "Reportage: Feuerwehrleute am Montagabend vor dem Lagerhaus, gefilmt von einem Nachbarn",
        "heading": "Analyse: unsere Redaktion",
        "labelled_heading": "Meinung: unsere Kolumnisten",
        "labelled_headline": "Meinung: Die leise Rückkehr der Dorfpost",
        "region_heading": "Aus der Region",
        "labelled_story": "Reportage: Der alte Hafenkran wird nach sechzig Jahren abgebaut",
        "headline": "Der alte Hafenkran wird nach sechzig Jahren abgebaut",
        "story": ["Arbeiter haben am Sonntag den alten Kran im Hafen abgebaut, beobachtet von Hunderten Menschen, die mit Kindern und Kameras gekommen waren.",
                  "Der Kran belud seit den sechziger Jahren Schiffe und wird eingeschmolzen, seine Kabine aber kommt ins Schifffahrtsmuseum der Stadt."],
    },
    "ar": {
        "article": ["قرر مجلس المحافظة يوم الخميس إبقاء مدرسة القرية مفتوحة بعد نقاش طويل استمر حتى ساعة متأخرة من المساء.",
                    "وكان الأهالي قد جمعوا أكثر من ألفي توقيع ضد خطة دمجها مع مدرسة الوادي المجاور.",
                    "وقال رئيس المجلس للصحفيين بعد التصويت إن المجلس سيبحث عن وفورات في بنود أخرى من الميزانية."],
        "promo": "تحليل: لماذا غير أصحاب المتاجر رأيهم في سوق المدينة المغطى",
        "caption": "فيديو: رجال الإطفاء أمام المستودع ليلة الاثنين، صورها أحد الجيران",
        "heading": "تحليل: فريق التحرير",
        "labelled_heading": "رأي: كتابنا",
        "labelled_headline": "رأي: العودة الهادئة لمكتب بريد القرية",
        "region_heading": "من المنطقة",
        "labelled_story": "فيديو: تفكيك رافعة الميناء القديمة بعد ستين عاما",
        "headline": "تفكيك رافعة الميناء القديمة بعد ستين عاما",
        "story": ["فكك عمال يوم الأحد الرافعة القديمة في الميناء أمام مئات السكان الذين جاؤوا مع أطفالهم وكاميراتهم لمشاهدة الحدث.",
                  "وكانت الرافعة تحمل السفن منذ ستينيات القرن الماضي وستصهر، غير أن قمرتها ستنقل إلى المتحف البحري في المدينة."],
    },
    "fa": {
        "article": ["شورای استان روز پنجشنبه پس از بحثی طولانی که تا دیروقت ادامه داشت تصمیم گرفت مدرسه روستا باز بماند.",
                    "خانواده\u200cها بیش از دو هزار امضا علیه طرح ادغام آن با مدرسه دره همسایه جمع کرده بودند.",
                    "رئیس شورا پس از رأی\u200cگیری به خبرنگاران گفت شورا اکنون در بخش\u200cهای دیگر بودجه به دنبال صرفه\u200cجویی است."],
        "promo": "تحلیل: چرا مغازه\u200cداران نظرشان را درباره بازار سرپوشیده عوض کردند",
        "caption": "گزارش: آتش\u200cنشانان دوشنبه شب جلوی انبار، فیلم از یکی از همسایه\u200cها",
        "heading": "تحلیل: تحریریه ما",
        "labelled_heading": "دیدگاه: نویسندگان ما",
        "labelled_headline": "دیدگاه: بازگشت آرام اداره پست روستا",
        "region_heading": "از استان",
        "labelled_story": "گزارش: جرثقیل قدیمی بندر پس از شصت سال پیاده شد",
        "headline": "جرثقیل قدیمی بندر پس از شصت سال پیاده شد",
        "story": ["کارگران روز یکشنبه جرثقیل قدیمی بندر را در برابر صدها نفر از مردم که با کودکان و دوربین\u200cهایشان آمده بودند پیاده کردند.",
                  "این جرثقیل از دهه شصت میلادی کشتی\u200cها را بار می\u200cزد و ذوب خواهد شد، اما اتاقک آن به موزه دریایی شهر می\u200cرود."],
    },
}


@pytest.mark.parametrize("language", sorted(LABELLED_PAGES))
def test_a_boxs_own_labelled_heading_is_no_entry_above_its_headline(language):
    # "Opinion: our columnists" over "Opinion: <a headline>": the heading is the box's, no
    # line of the article above it.
    page = LABELLED_PAGES[language]
    box = [page["labelled_heading"], page["labelled_headline"], *page["story"]]
    assert_cleaned_to("\n".join(page["article"] + box), page["article"], "generic.promoted-story", box[:2])


@pytest.mark.parametrize("language", sorted(LABELLED_PAGES))
def test_a_labelled_promo_above_is_no_entry_of_a_series(language):
    # "Analysis: <a headline>" between two paragraphs is a promo (the cleaner removes it),
    # not an entry that a box under "Analysis: our desk" would go on with.
    page = LABELLED_PAGES[language]
    article = page["article"]
    box = [page["heading"], page["headline"], *page["story"]]
    text = "\n".join([article[0], page["promo"], *article[1:], *box])
    assert_cleaned_to(text, article, "generic.promoted-story", box[:2])


@pytest.mark.parametrize("language", sorted(LABELLED_PAGES))
def test_a_labelled_caption_above_is_no_entry_of_a_series(language):
    # A caption "Video: <what it shows>" in the article, then a box whose headline is
    # "Video: <another story's headline>": headline-long values, no series' entries (the
    # labels here are no lexicon's: "Report:", "فيديو:").
    page = LABELLED_PAGES[language]
    article = [page["article"][0], page["caption"], *page["article"][1:]]
    box = [page["region_heading"], page["labelled_story"], *page["story"]]
    result = clean("\n".join(article + box), learned=False)
    assert not any(line in result.text for line in box[1:])
    assert all(line in result.text for line in page["article"])


SHORT_LABELLED = {"en": ("Analysis: Why shopkeepers relented", "Around the region", "Analysis: Crane era ends"),
                  "ar": ("تحليل: لماذا تراجع التجار", "من المنطقة", "تحليل: نهاية عصر الرافعة")}


@pytest.mark.parametrize("language", sorted(SHORT_LABELLED))
def test_a_short_labelled_line_above_keeps_no_box_under_the_same_label(language):
    # One "Analysis: <a few words>" line between the article's paragraphs: the box under it
    # whose headline opens on the same label is still another story.
    page = LABELLED_PAGES[language]
    promo, heading, headline = SHORT_LABELLED[language]
    article = page["article"]
    box = [heading, headline, *page["story"]]
    result = clean("\n".join([article[0], promo, *article[1:], *box]), learned=False)
    assert not any(line in result.text for line in box[1:])
    assert all(line in result.text for line in article)


ANNOUNCED_FIGURES = {
    "fr": ["Les prix à la consommation ont augmenté de 0,4 % en novembre",
           "Les prix à la consommation ont augmenté de 0,4 % en novembre sur un mois, selon les chiffres "
           "publiés jeudi par l'institut national de la statistique, une hausse un peu plus forte que prévu.",
           "Sur un an, l'inflation atteint 2,1 %, contre 1,9 % en octobre, portée surtout par les tarifs de "
           "l'énergie et des services, tandis que les produits manufacturés restent stables.",
           "Les économistes interrogés s'attendaient à une progression de 0,3 % seulement, et plusieurs "
           "d'entre eux jugent que la hausse des loyers pèsera encore au premier trimestre.",
           "Voici la hausse des principaux postes sur le mois :",
           "Alimentation : 0,3 %", "Énergie : 1,8 %", "Services : 0,5 %", "Logement : 0,9 %",
           "Transports et carburants : 0,7 %",
           "Outre-mer, la Guyane et Mayotte ont connu les variations les plus fortes (2,6 %), tandis que "
           "la Corse reste la région la plus stable (0,2 %).",
           "Le gouverneur réunira son conseil mardi prochain pour fixer le niveau des taux."],
    "en": ["Consumer prices rose 0.4% in November",
           "Consumer prices rose 0.4% in November from October, the statistics office said on Thursday, "
           "a slightly faster increase than economists had expected for the month.",
           "Over the year inflation reached 2.1%, up from 1.9% in October, driven mainly by energy tariffs "
           "and services, while the prices of manufactured goods were flat.",
           "Economists polled before the release had forecast a rise of 0.3%, and several of them said "
           "higher rents would keep pushing the index up in the first quarter.",
           "These were the monthly rises in the main categories:",
           "Food: 0.3%", "Energy: 1.8%", "Services: 0.5%", "Housing: 0.9%", "Transport and fuel: 0.7%",
           "Across the regions, the islands saw the sharpest swings (2.6%), while the capital district "
           "stayed the steadiest of all (0.2%).",
           "The governor meets his council next Tuesday to set the level of the rates."],
}


@pytest.mark.parametrize("language", sorted(ANNOUNCED_FIGURES))
def test_the_last_items_of_an_announced_list_over_prose_are_no_box_heading_and_headline(language):
    # "Housing: 0.9%" over "Transport and fuel: 0.7%" over a paragraph in new words has the
    # shape of a box's heading over another story's headline; the sentence above announced them.
    article = ANNOUNCED_FIGURES[language]
    for learned in (False, True):
        assert clean("\n".join(article), learned=learned).text == "\n".join(article)


@pytest.mark.parametrize("language", sorted(ANNOUNCED_FIGURES))
def test_a_box_right_under_an_announced_list_of_labelled_rows_still_goes(language):
    # The box's heading is no labelled row like the list's: it still heads another story.
    # (Which of the list's last rows a box of headlines takes with it is another matter.)
    article = ANNOUNCED_FIGURES[language][:10]
    box = ["Worth your time next", *OTHER_STORY]
    result = clean("\n".join(article + box), learned=False)
    assert result.text.startswith("\n".join(article[:6]))
    assert not any(line in result.text for line in box)


# A site prints its promotions under one label, between the article's sections: under a
# promotion a rule reads, a "subject: claim" line is the next section's sub-heading.
@pytest.mark.parametrize("sub_heading", ["Traders: we will lose our customers", "Boatmen: winter runs are too costly"])
def test_a_sub_heading_under_a_promotion_a_rule_reads_stays(sub_heading):
    promo = "Read also: " + OTHER_STORY[0]
    text = "\n".join(ARTICLE[:4] + [promo, sub_heading] + ARTICLE[4:])
    for learned in (False, True):
        assert clean(text, learned=learned).text == "\n".join(ARTICLE[:4] + [sub_heading] + ARTICLE[4:])


def test_a_label_and_a_headline_away_from_a_promotion_a_rule_reads_still_goes():
    promo, generic = "Read also: " + OTHER_STORY[0], "Elsewhere today: Storm closes the coastal road for a week"
    text = "\n".join(ARTICLE[:2] + [promo] + ARTICLE[2:4] + [generic] + ARTICLE[4:])
    for learned in (False, True):
        assert clean(text, learned=learned).text == "\n".join(ARTICLE)


HOW_TO = [
    "How to rescue a rusty cast-iron skillet",
    "A flea-market pan, a bag of steel wool and a weekend are all it takes to bring an old skillet "
    "back to life, and the method has not failed me in ten years.",
    "Step 1: Strip the rust",
    "Soak the pan in a vinegar mix for no more than an hour, and check it every fifteen minutes. "
    "Vinegar eats rust, but it eats iron too if you forget it.",
    "Related: The only pan I would take to a desert island",
    "Step 2: Dry it completely",
    "This is the step people rush. Towel the pan off, then put it on a low flame for five minutes "
    "until every drop has gone.",
    "Step 3: Season in thin layers",
    "Rub a teaspoon of oil over every surface, inside and out, then wipe it all off again with a "
    "clean cloth. It should look dry.",
]


def test_a_how_tos_counted_steps_stay_under_a_box_and_between_paragraphs():
    result = clean("\n".join(HOW_TO))
    assert result.text.split("\n") == [line for line in HOW_TO if not line.startswith("Related:")]


def test_a_counted_label_of_no_series_still_goes_as_a_promotion():
    page = [*HOW_TO[:4], "Top 10: The beaches locals keep to themselves", *HOW_TO[6:7]]
    assert "Top 10: The beaches locals keep to themselves" in removed_by(clean("\n".join(page)), "generic.inline-promo")


PLANT_GUIDE = [
    "Why your monstera grows small leaves, and how to fix it",
    "Many owners of a monstera complain of the same thing: the new leaves come out small and "
    "without their holes, even when the plant looks healthy.",
    "Read also: Seven house plants that cope with air conditioning",
    "Here are a few steps you can take.",
    "1. Put it near a window",
    "A monstera likes bright light but not direct sun. The best spot is one or two metres from "
    "a window facing east or west.",
    "2. Water it sparingly",
    "The commonest mistake is to water too often. Feel the soil with a finger first, and water "
    "only when the top five centimetres are dry.",
    "Read also: From bark to coconut fibre, the soils an aroid needs",
    "3. Feed it in the growing season",
    "From spring to the end of summer, give it a liquid fertiliser once a month, at half the "
    "strength the bottle gives.",
]


def test_the_articles_sentence_and_its_next_numbered_item_under_a_whole_promotion_stay():
    result = clean("\n".join(PLANT_GUIDE))
    assert result.text.split("\n") == [line for line in PLANT_GUIDE if not line.startswith("Read also:")]


def test_a_link_to_a_series_earlier_part_under_the_headline_of_its_next_is_a_promotion():
    page = ["Part 2: The slag heap becomes a park",
            "Where the pit's slag heap stood for eighty years, the town has planted four thousand trees "
            "and laid out paths that climb to a viewpoint over the valley.",
            "Part 1: How the last shift ended",
            "The park opens to the public on Saturday, with guided walks led by former miners who "
            "worked the seams beneath it."]
    assert removed_by(clean("\n".join(page)), "generic.inline-promo") == [page[2]]


def test_a_leagues_ordinal_under_a_box_is_no_item_of_the_articles_list():
    # "1. FC ..." in a line-up above and "2. Bundesliga: ..." under the box: a league's label.
    page = ["Magdeburg win the derby in the last minute",
            "Magdeburg beat their neighbours 2-1 on Saturday with a header in the last minute of "
            "added time, and climb to fourth in the table.",
            "1. FC Magdeburg: Reimann; Bittroff, Heber, Lawrence; Müller",
            "Read also: Halle's coach stays despite the defeat",
            "2. Bundesliga: Hamburg part with their sporting director",
            "The home side had fallen behind after twenty minutes, when a free kick curled in off the post "
            "and the goalkeeper could only watch."]
    assert page[4] not in clean("\n".join(page)).text.split("\n")
