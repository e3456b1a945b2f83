"""A letter printed in full inside the article closes on a valediction over its signatures
("Sincerely," / names): the valediction runs on over a comma, as no box's heading does, and
the article's report goes on under the letter."""

import pytest

from cleaner import clean

HEAD = [
    "Booksellers ask the council for lower rents in the old town",
    "Nine independent bookshops in the old town have written to the council asking for a rent "
    "reduction on the premises it owns. The paper prints their letter in full.",
    "Dear members of the council, our shops have served readers in the old town for decades, but "
    "rents on council premises have risen by a third in two years.",
    "We ask you to freeze the rents for three years and to consider a lower rate for shops that "
    "hold readings and children's clubs.",
]
SIGNATURES = ["Anna Holt, Shelf Life", "Peter Grant, Cellar Room", "Maria Lind, Ink and Quill",
              "and six other signatories"]
REPORT = [
    "City hall confirmed receipt. The chair of its culture committee, Tom Ward, said that any "
    "relief would have to be weighed against the budget for next year.",
    "Petitions supporting the appeal lie in each of the nine stores until the end of the month.",
]


@pytest.mark.parametrize("closing", ["Sincerely,", "Yours faithfully,", "Mit freundlichen Grüßen,", "З повагою,"])
def test_a_letters_closing_over_its_signatures_is_no_box_and_the_report_goes_on(closing):
    page = HEAD + [closing] + SIGNATURES + REPORT
    for learned in (False, True):
        assert clean("\n".join(page), learned=learned).text.split("\n") == page
