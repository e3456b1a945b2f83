"""The author's bio at the article's end opens on the author's name as the byline gives it:
it goes as generic.author-bio, in any script (the name is matched as written).

Every document here was written for these tests (none is taken from a real page).
"""

import pytest

from cleaner import clean

PAGES = {
    "en": (["Harbour ferries to run through the night this summer", "By Ann Holt", "12 May 2026",
            "The island ferry company will run night crossings every two hours from June to August, "
            "its chief executive said on Tuesday.",
            "The night boats will carry foot passengers and cyclists only, and tickets will cost the "
            "same as in the daytime.",
            "The company expects about four hundred passengers a night at weekends."],
           "Ann Holt is the paper's transport correspondent. She has covered the islands since 2015."),
    "de": (["Fähren fahren im Sommer auch nachts", "Von Katrin Hölscher", "12.05.2026",
            "Die Inselreederei lässt von Juni bis August alle zwei Stunden auch nachts Fähren fahren, "
            "teilte ihr Geschäftsführer am Dienstag mit.",
            "Die Nachtfähren nehmen nur Fußgänger und Radfahrer mit, die Tickets kosten so viel wie "
            "tagsüber.",
            "Die Reederei rechnet an Wochenenden mit rund vierhundert Fahrgästen pro Nacht."],
           "Katrin Hölscher ist Verkehrsredakteurin und berichtet seit 2015 von den Inseln."),
    "fa": (["کشتی‌های جزیره در تابستان شبانه هم حرکت می‌کنند", "نویسنده: مریم صادقی", "۱۸ مهر ۱۴۰۳",
            "شرکت کشتیرانی جزیره از خرداد تا مرداد هر دو ساعت یک بار سفر شبانه خواهد داشت و مدیرعامل "
            "آن روز سه‌شنبه این خبر را اعلام کرد.",
            "کشتی‌های شبانه فقط مسافران پیاده و دوچرخه‌سواران را جابه‌جا می‌کنند و قیمت بلیت مانند روز است.",
            "این شرکت انتظار دارد در آخر هفته‌ها هر شب حدود چهارصد مسافر داشته باشد."],
           "مریم صادقی روزنامه‌نگار حوزه حمل و نقل است و از سال ۱۳۹۴ درباره جزیره‌ها می‌نویسد."),
}


@pytest.mark.parametrize("language", PAGES)
def test_the_authors_bio_at_the_end_goes(language):
    page, bio = PAGES[language]
    result = clean("\n".join([*page, bio]))
    assert result.text.split("\n") == [page[0], *page[3:]]
    assert [removal.text for removal in result.removals if removal.rule_id == "generic.author-bio"] == [bio]


def test_a_last_paragraph_on_someone_the_byline_does_not_name_stays():
    page, _ = PAGES["en"]
    last = "Ann Berg, who runs the harbour cafe, said the night boats would bring her more customers."
    assert clean("\n".join([*page, last])).text.split("\n") == [page[0], *page[3:], last]


@pytest.mark.parametrize("byline, last", [
    # Found by review: a credit's words that are no name open ordinary paragraphs.
    ("By The Associated Press", "By the time the last polling station closed, turnout had passed sixty per cent."),
    ("By Ann Holt in Washington", "In Washington, the State Department said it was following the vote closely."),
    ("Par la rédaction", "Par la suite, le ministre a promis une nouvelle réunion avant la fin du mois."),
    # An interview's speaker label, and a namesake quoted in the report.
    ("By Ann Holt", "Ann Holt: And will the night boats run in the winter too, when the sea is rough?"),
    ("By Ann Holt", 'Ann Holt, who runs the harbour cafe, said: "It will bring me more customers."'),
])
def test_a_last_paragraph_that_opens_on_a_credits_other_words_stays(byline, last):
    page, _ = PAGES["en"]
    lines = [page[0], byline, *page[2:], last]
    assert clean("\n".join(lines)).text.split("\n")[-1] == last


def test_a_bio_over_a_newsletter_box_goes_with_the_box_under_it():
    # The bio is no longer among the article's last two lines: the box's prompt, its
    # description and its button follow it. The prompt keeps its own rule's id.
    page, bio = PAGES["en"]
    box = ["Sign up for our newsletter",
           "Local news in your inbox every Friday morning, free of charge. Enter your e-mail address:",
           "Subscribe"]
    result = clean("\n".join([*page, bio, *box]))
    assert result.text.split("\n") == [page[0], *page[3:]]
    removed_by = {removal.text: removal.rule_id for removal in result.removals}
    assert removed_by[bio] == removed_by[box[1]] == "generic.author-bio"
    assert removed_by[box[0]] != "generic.author-bio"


def test_a_paragraph_higher_up_opening_on_the_authors_name_stays():
    # The reporter's own part in the story, three paragraphs above the end, is no bio.
    page, _ = PAGES["en"]
    own = "Ann Holt, who has taken the night ferry twice this spring, found the crossing calm and the deck lit."
    lines = [*page[:4], own, *page[4:], "The first night crossing leaves the harbour at midnight on 1 June."]
    assert clean("\n".join(lines)).text.split("\n") == [page[0], *lines[3:]]
