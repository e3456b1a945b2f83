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
