"""Boxes a news page sets inside and under its article, and the article's own lines that share
their shape: a sign-up box around its e-mail field, a box that lists headlines each over a
teaser, and an interview's question under a heading that reads like a box's. The texts are
written for these tests."""

from cleaner import clean
from test_poem_stanzas import HARBOUR_STORY
from test_promotions import assert_kept_whole

SIGN_UP_BOX = ["THE MORNING BRIEF",
               "Five stories from the harbour and the hills, every weekday at seven.",
               "Your email address",
               "Sign me up",
               "By signing up you agree to our privacy policy.",
               "No spam, unsubscribe whenever you like"]


def _rule_ids(result) -> set[str]:
    return {removal.rule_id for removal in result.removals}


def test_a_sign_up_box_between_blank_lines_goes_whole_with_its_pitch_and_button():
    text = "\n".join(HARBOUR_STORY[:3] + [""] + SIGN_UP_BOX + [""] + HARBOUR_STORY[3:])
    for learned in (False, True):
        result = clean(text, learned=learned)
        assert result.text == "\n".join(HARBOUR_STORY)
        assert "generic.sign-up-box" in _rule_ids(result)


def test_a_block_round_an_email_field_that_holds_paragraphs_keeps_them():
    # Blank lines part the headline from the text, not the box from it: the field's block
    # holds the article's paragraphs, longer than a box's pitch, and they stay. The button over
    # a paragraph has a sub-heading's shape, and stays too.
    story = HARBOUR_STORY[:3] + ["Your email address", "Sign me up"] + HARBOUR_STORY[3:]
    kept = clean("\n".join(story[:1] + [""] + story[1:])).text
    assert kept == "\n".join(HARBOUR_STORY[:3] + ["Sign me up"] + HARBOUR_STORY[3:])


def test_without_blank_lines_the_label_under_the_box_heads_the_next_paragraph():
    # The button stands between the field and the consent line; the label under the consent
    # line is the article's sub-heading.
    box = ["Your email address", "Sign me up",
           "By signing up you agree to our privacy policy."]
    sub_heading = "Who pays for it"
    story = HARBOUR_STORY[:3] + box + [sub_heading] + HARBOUR_STORY[3:]
    kept = clean("\n".join(story)).text.split("\n")
    assert "Sign me up" not in kept
    assert kept == HARBOUR_STORY[:3] + [sub_heading] + HARBOUR_STORY[3:]


def test_an_articles_list_that_holds_an_email_field_keeps_its_other_items():
    # Between blank lines like a box, but announced by a colon: the article's own list. The
    # field's line goes by its own rule; the other items are the article's.
    needs = ["To register for the harbour parking permit, you will need:", "Your full name",
             "Your email address", "The registration number of your car", "A utility bill for proof of address"]
    text = "\n".join(HARBOUR_STORY[:3] + [""] + needs + [""] + HARBOUR_STORY[3:])
    kept = clean(text, learned=False).text.split("\n")
    assert [line for line in needs if line != "Your email address"] == [line for line in kept if line in needs]


def test_a_box_with_no_blank_line_before_the_next_section_leaves_the_section():
    box = ["THE MORNING BRIEF", "Your email address", "Sign me up",
           "By signing up you agree to our privacy policy."]
    section = ["Who pays for the first phase of the works", "The city and the harbour authority share its cost."]
    text = "\n".join(HARBOUR_STORY[:3] + [""] + box + section + [""] + HARBOUR_STORY[3:])
    kept = clean(text, learned=False).text.split("\n")
    assert all(line in kept for line in section) and "Sign me up" not in kept


STARGAZING_STORY = [
    "Astronomers find a planet that may hold water",
    "Astronomers at the mountain observatory have found a planet the size of Earth circling a "
    "red dwarf forty light years away, in the zone where water could stay liquid.",
    "The planet takes nineteen days to go round its star and is about one and a half times as "
    "heavy as the Earth, the team wrote in a paper accepted by an astronomy journal.",
    "The team measured the star's faint wobble for three years with the observatory's largest "
    "telescope before they were sure the planet was there.",
]
# Teasers on the article's subject: their words are the article's, so the overlap that tells
# a box's story from the article going on cannot tell them.
TEASER_BOX = ["Related",
              "Space telescope looks into the air of a small planet",
              "Its light shows traces of water vapour and methane in the planet's air.",
              "Why astronomers hunt for life around red dwarf stars",
              "We explain why the faint small stars draw more and more telescopes.",
              "The galaxy is older than astronomers thought",
              "New data say the planet-forming disk of the galaxy is two billion years older."]


def test_a_box_of_headlines_over_teasers_on_the_articles_subject_ends_it():
    text = "\n".join(STARGAZING_STORY + [""] + TEASER_BOX + ["", "About us | Contact | Terms"])
    for learned in (False, True):
        assert clean(text, learned=learned).text == "\n".join(STARGAZING_STORY)


def test_the_article_going_on_under_a_box_of_teasers_stays():
    going_on = ["The astronomers now plan to look for signs of an atmosphere around the planet, "
                "using the space telescope's time they have been given for next year.",
                "If they find one, the planet would become one of the best places to look for "
                "water outside the solar system, the team's leader said."]
    kept = clean("\n".join(STARGAZING_STORY + [""] + TEASER_BOX + [""] + going_on)).text.split("\n")
    assert kept[:len(STARGAZING_STORY)] == STARGAZING_STORY
    assert kept[-len(going_on):] == going_on


SWEDISH_INTERVIEW = [
    "”Jag läser alla brev från tittarna”",
    "Hon har visat vädret i tv i tjugo år. Nu går Anna Berg i pension, och vi träffade henne "
    "en sista gång i studion i Göteborg.",
    "Varför slutar du just nu?",
    "– Jag har fått ett uppdrag på institutet som jag inte kunde säga nej till. Det handlar "
    "om varningar för skyfall.",
    "Hur har tittarna tagit det?",
    "– Fint, faktiskt. Många skriver att de kommer att sakna mina stickade tröjor.",
    "Mest läst av allt",
    "Vilket brev minns du bäst?",
    "– Ett från en pojke i Kiruna som ville veta varför snön är vit. Jag svarade honom i "
    "sändningen nästa kväll.",
    "Vad ska du göra den första dagen som pensionär?",
    "– Sova länge och sedan gå en lång promenad längs havet, oavsett väder.",
]


def test_an_interviews_question_under_a_heading_like_a_boxs_stays():
    # The heading reads like a most-read box's; under it the interview asks its next question.
    assert_kept_whole(SWEDISH_INTERVIEW)


def test_a_box_heading_over_another_storys_headline_still_ends_an_interview():
    other_story = ["Mest läst", "Stormen fäller träd över hela Västkusten",
                   "Tusentals hushåll var utan ström på söndagen sedan stormen dragit in över "
                   "kusten under natten, och tågen mellan Göteborg och Oslo stod stilla."]
    kept = clean("\n".join(SWEDISH_INTERVIEW[:6] + other_story)).text
    assert kept == "\n".join(SWEDISH_INTERVIEW[:6])


# Under a heading no lexicon names, an aggregator's other stories on the lead's subject, each
# credited in its own shape: a time and an outlet, an outlet and a time, an outlet in brackets.
CREDITED_STORIES = ["Elsewhere on the coast",
                    "09:12 | Valley Radio",
                    "Harbour plan vote draws a record crowd",
                    "Residents filled the council chamber on Tuesday evening for the debate on the new harbour plan.",
                    "Valley Herald · 3 hours ago",
                    "Ferry terminal move to the northern pier approved",
                    "The council approved the plan to move the ferry terminal to the northern pier next spring.",
                    "Old docks to open to housing and shops (Island Times)",
                    "The harbour authority said work on the promenade along the old docks starts next spring."]


# The lead story closes on its source line, as an aggregator's excerpt does.
SOURCE_LINE = "Source: Harbour Press Agency"


def test_stories_credited_in_mixed_shapes_under_a_heading_no_lexicon_names_go():
    text = "\n".join(HARBOUR_STORY + [SOURCE_LINE, ""] + CREDITED_STORIES + ["", "About us | Contact"])
    for learned in (False, True):
        assert clean(text, learned=learned).text == "\n".join(HARBOUR_STORY)


def test_credited_entries_right_under_the_articles_prose_stay():
    # With no furniture closing the story above the heading, the entries are the article's
    # own (a live blog's posts, a programme, a list of candidates with their parties).
    assert_kept_whole(HARBOUR_STORY + CREDITED_STORIES)


def test_sub_headings_over_one_sentence_paragraphs_without_credits_stay():
    # The same shape without a credit to any item is the article's own sections.
    sections = ["The plan in brief",
                "What changes for passengers",
                "Ferries will leave from the northern pier from the spring of next year.",
                "What happens to the old docks",
                "The old docks will be opened to housing, shops and a public promenade.",
                "Who pays for it",
                "The city and the harbour authority share the cost of the first phase."]
    assert_kept_whole(HARBOUR_STORY + sections)


def test_a_programme_of_timed_rows_under_dates_stays():
    # Dates read as credits, and timed rows as headlines; no row is a sentence, so no teaser.
    programme = ["The programme for the opening weekend",
                 "Friday, 12 June",
                 "18:00 Harbour United – Riverside (Harbour TV)",
                 "20:30 Northern Rovers – City (Harbour TV, Coast Radio)",
                 "Saturday, 13 June",
                 "17:30 Docks FC – Athletic (Coast Radio)",
                 "20:00 City – Harbour United (Harbour TV)"]
    assert_kept_whole(HARBOUR_STORY + programme)


def test_credited_stories_whose_teasers_run_to_two_lines_over_a_list_of_headlines_go():
    stories = ["Elsewhere on the coast",
               "09:12 | Valley Radio",
               "Harbour plan vote draws a record crowd",
               "Residents filled the council chamber on Tuesday evening for the debate on the harbour plan.",
               "Many of them stayed until the vote was taken shortly before midnight.",
               "Valley Herald · 3 hours ago",
               "Ferry terminal move to the northern pier approved",
               "The council approved the plan to move the ferry terminal to the northern pier next spring.",
               "",
               "Other news for you",
               "Lighthouse keeper retires after forty years, says the sea never bored him",
               "Fish prices at the market fall for a third week, traders say"]
    text = "\n".join(HARBOUR_STORY + [SOURCE_LINE, ""] + stories)
    for learned in (False, True):
        assert clean(text, learned=learned).text == "\n".join(HARBOUR_STORY)


def test_a_fact_sheet_wrapped_at_the_sources_line_breaks_stays():
    # Each entry's label is cut from its text by the line break: the wrapped lines open in
    # lower case, as no headline or teaser does, and a label that a rule names as a site's
    # section stands between them, as no story's credit does.
    sheet = ["Entry",
             "rules: Visitors to the new promenade need no ticket. Cyclists must",
             "walk their bikes.",
             "Travel",
             "times: The promenade is a ten-minute walk from the station and",
             "the bus stops.",
             "Health",
             "advice: Bring water on hot days. The nearest pharmacy is on",
             "the harbour square."]
    assert_kept_whole(HARBOUR_STORY + sheet)
