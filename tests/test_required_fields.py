"""A comment form whose fields are marked required by an asterisk alone ("Імя *", "E-mail *"),
in a language no lexicon names: two such labels with no paragraph between them open the form,
and the article ends above it (`generic.comment-form`)."""

import pytest

from cleaner import clean

ARTICLE = [
    "Harbour ferry to run again from Monday",
    "The ferry between the harbour and the islands will run again from Monday after three weeks of repairs, "
    "the operator said.",
    "Engineers replaced two engines and the ramp that broke in the storm at the start of the month.",
    "Tickets bought for the cancelled crossings stay valid until the end of the year.",
]


@pytest.mark.parametrize("form", [
    ["Імя *", "E-mail *", "Каментар", "Адправіць"],
    ["ಹೆಸರು *", "ಇಮೇಲ್ *", "ಪ್ರತಿಕ್ರಿಯೆ", "ಕಳುಹಿಸಿ"],  # vowel signs are marks, not \w for `re`
    ["Enw*", "Cyfeiriad e-bost*", "Sylw", "Anfon"],
])
def test_fields_marked_required_by_an_asterisk_open_a_comment_form(form):
    result = clean("\n".join([*ARTICLE, *form]), learned=False)
    assert result.text == "\n".join(ARTICLE)


@pytest.mark.parametrize("lines", [
    # Code: a query's "SELECT *" in capitals, and behind a prompt.
    ["SELECT *", "FROM ferries", "SQL> SELECT *", "WHERE port = 'North'"],
    # One footnoted figure is no form.
    ["Tickets sold*", "The figure includes the season passes sold at the harbour office last winter."],
])
def test_an_asterisk_after_code_or_one_footnoted_line_opens_no_form(lines):
    text = "\n".join([*ARTICLE, *lines, ARTICLE[2]])
    assert clean(text, learned=False).text == text


@pytest.mark.parametrize("starred", [
    # An application form the article describes, over the article's next paragraph.
    ["Full name *", "Date of birth *", "Home address *"],
    # A squad's uncapped players, footnoted.
    ["Joe Hartley*", "Sam Ellis*", "Tom Reid"],
])
def test_starred_lines_over_a_paragraph_of_the_article_stay(starred):
    # Found by review: above the page's last paragraph, starred lines are the article's.
    text = "\n".join([*ARTICLE[:2], *starred, *ARTICLE[2:]])
    assert clean(text, learned=False).text == text
