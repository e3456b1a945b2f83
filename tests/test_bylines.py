"""Author credits between the headline and the article that no lexicon names: a label and a
colon before a name, or a few lead-in words before a capitalised name (generic.byline)."""

import pytest
from test_linemodel import ARTICLE, MENU  # a ferry story of six paragraphs under its headline
from test_promotions import ARABIC_STORY, assert_cleaned_to, removed_by

from cleaner import clean

HEADLINE, PARAGRAPHS = ARTICLE[0], ARTICLE[1:]
ARABIC_HEADLINE, ARABIC_PARAGRAPHS = ARABIC_STORY[0], ARABIC_STORY[1:]


@pytest.mark.parametrize("byline", [
    "Words: Karin Holmqvist",
    "Recherche: Jonas Eklund",
    "A dispatch from Jonas Eklund",
    "Av Karin Holmqvist",
    "Par Jean-Marc Dulac",
])
@pytest.mark.parametrize("menu", [[], MENU])
def test_a_credit_under_the_headline_goes(byline, menu):
    assert_cleaned_to("\n".join(menu + [HEADLINE, byline] + PARAGRAPHS), [HEADLINE] + PARAGRAPHS,
                      "generic.byline", [byline])


def test_a_credit_over_a_date_line_goes_in_a_script_without_capitals():
    byline = "تغطية خاصة: سامي الحداد"
    text = "\n".join([ARABIC_HEADLINE, byline, "2024-03-05"] + ARABIC_PARAGRAPHS)
    result = clean(text)
    assert removed_by(result, "generic.byline") == [byline]
    assert result.text == "\n".join([ARABIC_HEADLINE] + ARABIC_PARAGRAPHS)


@pytest.mark.parametrize("deck", [
    # A deck: words of the story, no name.
    "Four boats a day in summer",
    "Islands: four boats a day",
    # A sentence that names someone.
    "Approved by Karin Holmqvist.",
    # One capitalised word before a name is a headline's, not a preposition.
    "Remembering Karin Holmqvist",
    # A sub-heading of place: a preposition of place before the capitalised words.
    "Life in New York", "Back in Buenos Aires", "Welcome to New York City",
])
def test_a_deck_under_the_headline_stays(deck):
    text = "\n".join([HEADLINE, deck] + PARAGRAPHS)
    assert "generic.byline" not in {removal.rule_id for removal in clean(text).removals}


# The second menu's items are in no lexicon: only that "Recipes" names nothing in the story
# tells it from a short headline.
@pytest.mark.parametrize("menu", [MENU, ["Home", "Garden", "Recipes"]])
def test_a_name_shaped_headline_under_a_menu_is_the_headline(menu):
    headline = "Pumpkin soup with Roasted Garlic"
    text = "\n".join(menu + [headline] + PARAGRAPHS)
    result = clean(text, learned=False)
    assert result.text == "\n".join([headline] + PARAGRAPHS)


def test_a_date_line_between_the_credit_and_the_article_counts_for_nothing():
    # The date line goes wherever it stands: cleaned again, the text no longer has it, and the
    # credit is found the same both times.
    byline = "Recherche: Jonas Eklund"
    text = "\n".join([HEADLINE, byline, "March 12, 2024", "Ferry plan", "In brief"] + PARAGRAPHS)
    result = clean(text, learned=False)
    assert removed_by(result, "generic.byline") == [byline]
    assert clean(result.text, learned=False).text == result.text


@pytest.mark.parametrize("sub_heading", ["Part One: Early Years", "Life in New York"])
def test_a_sub_heading_under_the_first_paragraph_stays(sub_heading):
    text = "\n".join([HEADLINE, PARAGRAPHS[0], sub_heading] + PARAGRAPHS[1:])
    assert "generic.byline" not in {removal.rule_id for removal in clean(text).removals}


SENTENCE_HEADLINE = "The regional council approved the ferry link to the islands after two years of talks."


@pytest.mark.parametrize("menu", [[], [" | ".join(MENU)]])
def test_a_credit_under_a_sentence_headline_with_no_headline_above_it_goes(menu):
    # A forum post's or a blog's title is often a sentence; with no headline above it, it
    # is the page's headline and the credit under it goes. Under a headline, the same
    # sentence is the article's first paragraph (test_a_sub_heading_under_the_first_paragraph_stays).
    byline = "Av vår reporter Karin Holmqvist"
    text = "\n".join(menu + [SENTENCE_HEADLINE, byline] + PARAGRAPHS)
    assert_cleaned_to(text, [SENTENCE_HEADLINE] + PARAGRAPHS, "generic.byline", [byline])


@pytest.mark.parametrize("menu", [[], MENU])
def test_a_credit_under_a_short_headline_that_names_the_story_goes(menu):
    # "Ferry link" over a ferry story is its headline; a menu's last item ("Weather") names
    # nothing, and a name-shaped line under it is the headline
    # (test_a_name_shaped_headline_under_a_menu_is_the_headline).
    byline = "Skrivet av Karin Holmqvist"
    text = "\n".join(menu + ["Ferry link", byline] + PARAGRAPHS)
    result = clean(text, learned=False)
    assert removed_by(result, "generic.byline") == [byline]
    assert result.text.endswith("\n".join(["Ferry link"] + PARAGRAPHS))


def test_a_name_shaped_deck_under_a_short_headline_that_names_the_story_stays():
    # "The Island Ferry" has a credit's shape (a short word, two capitalised ones) but names
    # the story, as a deck does; a credit's name is not the story's.
    text = "\n".join(["Ferry link", "The Island Ferry"] + PARAGRAPHS)
    assert "generic.byline" not in {removal.rule_id for removal in clean(text).removals}


# A rendered page's long menu: more lines above the article than a clean text's header has.
LONG_MENU = ["Home", "News", "Local", "Sport", "Culture", "Travel", "Weather"]
LONG_CREDIT = "Story told by Karin Holmqvist"


@pytest.mark.parametrize("menu", [MENU, LONG_MENU])
def test_a_short_headline_over_a_credit_is_the_headline(menu):
    # The credit has a headline's length and the headline has not: over a credit, the line
    # the credit check took for the headline anchors the article, so the menu goes and the
    # headline stays, with an unterminated first line under the credit.
    opening = "Four boats a day in summer and two in winter from next spring"
    text = "\n".join(menu + ["Ferry link", LONG_CREDIT, opening] + PARAGRAPHS)
    result = clean(text, learned=False)
    assert removed_by(result, "generic.byline") == [LONG_CREDIT]
    assert result.text == "\n".join(["Ferry link", opening] + PARAGRAPHS)


def test_a_menu_item_over_a_credit_is_no_headline():
    # "Weather" names nothing in the story: the credit is not taken for one under a headline,
    # and the menu goes whole.
    result = clean("\n".join(LONG_MENU + [LONG_CREDIT] + PARAGRAPHS), learned=False)
    assert "Weather" not in result.text.split("\n")
    assert result.text.endswith("\n".join(PARAGRAPHS))


@pytest.mark.parametrize("sub_heading", [
    "تحرير الميناء القديم",  # the liberation of the old port: a noun of the credit's, no separator
    "تقرير سري عن الميناء",  # a secret report on the port
])
def test_a_sub_heading_opening_on_a_credits_noun_stays(sub_heading):
    # "تحرير"/"تقرير" (editing/report) credit only before a separator; they open headings too.
    text = "\n".join([ARABIC_HEADLINE, ARABIC_PARAGRAPHS[0], sub_heading] + ARABIC_PARAGRAPHS[1:])
    assert clean(text).text == text


def test_a_headline_opening_on_a_credits_noun_and_a_colon_stays():
    headline = "تقرير: المكتبة الجديدة تستقبل ألف زائر"  # "Report: ..." is a headline's label
    text = "\n".join([headline] + ARABIC_PARAGRAPHS)
    assert clean(text).text == text


@pytest.mark.parametrize("byline, rule_id", [
    ("تحرير: سامي الحداد", "ar.work-credit"),
    ("تقرير - سامي الحداد", "ar.work-credit"),
    ("كتب سامي الحداد", "ar.written-by"),
])
def test_an_arabic_credit_under_the_headline_still_goes(byline, rule_id):
    text = "\n".join([ARABIC_HEADLINE, byline] + ARABIC_PARAGRAPHS)
    result = clean(text)
    assert result.text == "\n".join([ARABIC_HEADLINE] + ARABIC_PARAGRAPHS)
    assert removed_by(result, rule_id) == [byline]


def test_a_photo_credit_opening_the_text_still_goes():
    credit = "تصوير سامي الحداد"  # a credit of the lead photo, above the headline
    result = clean("\n".join([credit] + ARABIC_STORY))
    assert result.text == "\n".join(ARABIC_STORY)
    assert removed_by(result, "ar.written-by") == [credit]


# A short Persian story, written for this test: a headline and three paragraphs, the first
# opening as news agency stories do ("according to the report of ...").
PERSIAN_HEADLINE = "بازگشایی کتابخانه عمومی تازه در مرکز شهر پس از سال‌ها انتظار"
PERSIAN_PARAGRAPHS = [
    "به گزارش روزنامه محلی، شهرداری صبح امروز کتابخانه عمومی تازه‌ای را در مرکز شهر بازگشایی کرد "
    "که بیش از بیست هزار جلد کتاب و یک سالن بزرگ مطالعه دارد.",
    "شهردار گفت این طرح به دلیل کمبود بودجه چند سال به تأخیر افتاده بود، اما با کمک انجمن‌های محلی "
    "و هدایای ساکنان امروز به نتیجه رسید.",
    "کتابخانه در ماه آینده کارگاه‌های کتاب‌خوانی برای کودکان و شب‌های شعر با حضور نویسندگان "
    "شهرهای مختلف برگزار می‌کند.",
]


@pytest.mark.parametrize("menu", [[], ["خانه", "سیاست", "ورزش", "فرهنگ"]])
def test_a_credit_with_a_lead_in_goes_in_a_script_without_capitals(menu):
    # "By the pen of Sara Nikpour": no colon and no capitals; two lead-in words, the last a
    # short preposition, before a name that the story does not use.
    byline = "به قلم سارا نیکپور"
    assert_cleaned_to("\n".join(menu + [PERSIAN_HEADLINE, byline] + PERSIAN_PARAGRAPHS),
                      [PERSIAN_HEADLINE] + PERSIAN_PARAGRAPHS, "generic.byline", [byline])


def test_a_credit_whose_lead_in_the_story_uses_goes():
    # The story's opening uses "island", as the credit's lead-in does: only the name tells
    # whether the line names the story.
    byline = "Island correspondent Karin Holmqvist"
    assert_cleaned_to("\n".join([HEADLINE, byline] + PARAGRAPHS), [HEADLINE] + PARAGRAPHS,
                      "generic.byline", [byline])


@pytest.mark.parametrize("deck", [
    # "Talk with the mayor of the city": the story names the mayor.
    "گفتگو با شهردار شهر",
    # "A trip to the northern sea": a preposition of place.
    "سفر به دریای شمال",
    # "The secret of the old garden": one short word is no lead-in (a noun as often as a
    # preposition).
    "راز باغ قدیمی",
])
def test_a_deck_under_the_headline_stays_in_a_script_without_capitals(deck):
    text = "\n".join([PERSIAN_HEADLINE, deck] + PERSIAN_PARAGRAPHS)
    assert "generic.byline" not in {removal.rule_id for removal in clean(text).removals}


def test_a_sub_heading_of_short_words_under_a_first_paragraph_stays_in_a_script_without_capitals():
    # No headline above: the first paragraph is the page's headline, and the short line under
    # it has a credit's shape ("our tale with bread and water"), but its "name" holds no
    # word long enough to tell whether the story uses it.
    sub_heading = "قصه ما با نان و آب"
    text = "\n".join([PERSIAN_PARAGRAPHS[0], sub_heading] + PERSIAN_PARAGRAPHS[1:])
    assert "generic.byline" not in {removal.rule_id for removal in clean(text).removals}


def test_an_arabic_deck_whose_lead_in_closes_on_from_stays():
    # "Testimonies from inside the hospital": in Arabic a lead-in closing on "from" is a deck's.
    deck = "شهادات من داخل المستشفى"
    text = "\n".join([ARABIC_HEADLINE, deck] + ARABIC_PARAGRAPHS)
    assert "generic.byline" not in {removal.rule_id for removal in clean(text).removals}


# An author's name alone on its line has no word a lexicon could name; next to the story's
# date, or alone under its last paragraph, it is the byline.
DECK = "The link will run four times a day from May, the council said"


@pytest.mark.parametrize("header", [
    [DECK, "Karin Holmqvist", "12 March 2025"],
    ["Karin Holmqvist", "12 March 2025, 14:35"],
    ["Jan Kowalski", "2025-03-12 14:35"],
])
def test_a_name_alone_over_the_date_line_goes(header):
    kept = clean("\n".join([HEADLINE, *header] + PARAGRAPHS)).text.split("\n")
    assert kept == [HEADLINE] + ([DECK] if DECK in header else []) + PARAGRAPHS


def test_a_title_under_a_date_line_stays():
    # A blog prints its post's date over the post's title, which may be two capitalised words.
    page = ["March 12, 2025", "Island Crossings", *PARAGRAPHS]
    assert "Island Crossings" in clean("\n".join(page)).text.split("\n")


def test_a_name_under_the_headline_with_no_date_stays():
    # Without the date beside it, two capitalised words under a headline may be its deck.
    page = [HEADLINE, "Karin Holmqvist", *PARAGRAPHS]
    assert "Karin Holmqvist" in clean("\n".join(page)).text.split("\n")


@pytest.mark.parametrize("after", [[], ["Source: Regional Council"]])
def test_a_name_alone_under_the_last_paragraph_goes(after):
    result = clean("\n".join([HEADLINE, *PARAGRAPHS, "Karin Holmqvist", *after]))
    assert result.text.split("\n") == [HEADLINE, *PARAGRAPHS]
    assert "Karin Holmqvist" in removed_by(result, "generic.byline")


@pytest.mark.parametrize("closing", [
    "Ferry Crossings Explained",  # a title in capitals, in the story's words
    "شكرا جزيلا",  # two words of a script without capitals: a closing phrase as likely
])
def test_a_closing_line_that_is_no_name_stays(closing):
    paragraphs = ARABIC_PARAGRAPHS if closing[0] == "ش" else PARAGRAPHS
    headline = ARABIC_HEADLINE if closing[0] == "ش" else HEADLINE
    result = clean("\n".join([headline, *paragraphs, closing]))
    assert "generic.byline" not in {removal.rule_id for removal in result.removals}


@pytest.mark.parametrize("header", [
    # A deck in title case, in the story's words, over the date.
    [HEADLINE, "Island Ferry Link Approved", "12 March 2025"],
    # A short deck of a script without capitals over the date.
    [ARABIC_HEADLINE, "تفاصيل الخطة الجديدة", "12 March 2025"],
])
def test_a_deck_over_the_date_line_stays(header):
    paragraphs = ARABIC_PARAGRAPHS if header[0] == ARABIC_HEADLINE else PARAGRAPHS
    assert header[1] in clean("\n".join([*header, *paragraphs])).text.split("\n")


@pytest.mark.parametrize("quote_end", ["”", "».", "\""])
def test_a_name_under_a_closing_quotation_stays(quote_end):
    # The quotation's author, not the article's.
    last = "The mayor closed the ceremony with a line from a poem: “Things fall apart" + quote_end
    result = clean("\n".join([HEADLINE, *PARAGRAPHS, last, "Karin Holmqvist"]))
    assert "Karin Holmqvist" in result.text.split("\n")
