"""The page's first line, above the article, goes when the copyright notice at the page's foot
names it: the site's name, whatever the shape of the lines between it and the story (a short
line alone over a headline stays otherwise, tests/test_masthead.py)."""

import pytest
from test_masthead import STORY  # a headline, a byline and three paragraphs

from cleaner import clean

PAGE = [STORY[0], *STORY[2:]]


def _cleaned(lines: list[str]) -> str:
    outputs = {clean("\n".join(lines), learned=learned).text for learned in (False, True)}
    assert len(outputs) == 1, outputs
    return outputs.pop()


@pytest.mark.parametrize("name, notice", [
    ("Kerrow Herald", "© 2026 Kerrow Herald. All rights reserved."),
    ("Le Républicain du Causse", "Le Républicain du Causse © 2026 – Tous droits réservés"),
    ("Житомир Сьогодні", "© 2011–2025 «Житомир Сьогодні». Усі права захищено."),
    ("KabarSelat.com", "Copyright © 2025 kabarselat.com"),
])
def test_the_first_line_the_copyright_notice_names_goes(name, notice):
    output = _cleaned([name, *PAGE, notice])
    assert output == "\n".join(PAGE)
    assert _cleaned(output.split("\n")) == output


@pytest.mark.parametrize("notice", [
    "© 2026 Valley Press. All rights reserved.",  # another name
    "Kerrow Herald. All rights reserved.",  # no sign
    "© 2026 Kerrow Heraldry Society",  # the name as part of a longer word
])
def test_a_short_line_over_a_headline_stays_unless_a_notice_with_the_sign_names_it(notice):
    assert _cleaned(["Kerrow Herald", *PAGE, notice]).split("\n") == ["Kerrow Herald", *PAGE]


def test_the_other_short_lines_that_name_the_site_go_with_it():
    credit, sign_off = "Riverside, 12 May (Kerrow Herald)", "Kerrow Herald · Editor Ann Berg"
    page = ["Kerrow Herald", STORY[0], credit, *STORY[2:], sign_off, "© 2026 Kerrow Herald"]
    assert _cleaned(page) == "\n".join(PAGE)


@pytest.mark.parametrize("sentence", [
    "The judges said the Kerrow Herald had kept the town informed through the floods, when its "
    "printing press stood under water for a week.",
    "The Kerrow Herald has asked the council for comment.",
])
def test_the_articles_sentence_and_a_headline_that_name_the_site_stay(sentence):
    headline = "Kerrow Herald wins the regional press award"
    page = [headline, *STORY[2:], sentence]
    assert _cleaned(["Kerrow Herald", *page, "© 2026 Kerrow Herald"]).split("\n") == page


@pytest.mark.parametrize("line", [
    "Kerrow Herald declined to comment.",  # a short sentence
    "Kerrow Herald: Why did the bridge fall?",  # an interview's question
    "- Kerrow Herald: best local paper",  # a list's item
    "Why the Kerrow Herald matters",  # a sub-heading
    "2026 and the Kerrow Herald team won two of them.",  # a wrapped sentence's second line
])
def test_a_line_of_the_article_that_names_the_site_stays(line):
    page = [STORY[0], STORY[2], STORY[3], line, STORY[4]]
    assert _cleaned(["Kerrow Herald", *page, "© 2026 Kerrow Herald"]).split("\n") == page


def test_a_photos_credit_inside_the_article_is_no_notice():
    # A profile headed by its subject's name: the caption's sign is the photo's, not the site's.
    page = ["Jane Goodall",
            "The primatologist, who spent six decades studying chimpanzees in Tanzania, died on "
            "Wednesday aged 91.",
            "Jane Goodall in Gombe in 1987. © Reuters",
            "Her work changed how scientists understand the animals, and the tools they make and use.",
            "She is survived by her son, who runs the research station she founded."]
    assert _cleaned(page).split("\n")[0] == "Jane Goodall"


def test_the_first_line_is_read_past_what_a_rule_takes_anywhere_so_a_second_cleaning_agrees():
    notice = ("All photographs in this story are © Kerrow Herald and may not be reused without "
              "permission from the editors.")
    once = _cleaned(["Skip to content", "Kerrow Herald", *PAGE, notice])
    assert _cleaned(once.split("\n")) == once


def test_a_name_of_one_common_word_takes_no_other_line():
    # "Nieuws" heads the page and the notice names it, but the article's sub-heading uses it too.
    sub_heading = "Nieuws uit de raad"
    page = [STORY[0], *STORY[2:4], sub_heading, STORY[4]]
    assert _cleaned(["Nieuws", *page, "© 2026 Nieuws BV"]).split("\n") == page
