"""A latest-news box that a site prints inside the article: a label, timed headlines of other
stories, the newest first, and a link to all of them. A programme's, a timeline's and a
minute-by-minute report's times run forward, and stay."""

import pytest
from test_linemodel import ARTICLE  # a ferry story of six paragraphs under its headline

from cleaner import clean

BOX = ["Ao minuto",
       "20:14 Benfica empata em Braga e perde terreno na liderança",
       "19:58 IPMA coloca sete distritos sob aviso amarelo por causa da chuva",
       "19:40 Preço dos combustíveis desce na próxima semana",
       "Ver todas"]


def cleaned(lines: list[str]) -> list[str]:
    """The kept lines, with and without the learned layer, after checking that a second
    cleaning changes nothing."""
    results = []
    for learned in (False, True):
        result = clean("\n".join(lines), learned=learned)
        assert clean(result.text, learned=learned).text == result.text
        results.append(result.text.split("\n"))
    assert results[0] == results[1]
    return results[0]


def removed_by(lines: list[str], rule_id: str) -> list[str]:
    return [line for removal in clean("\n".join(lines)).removals if removal.rule_id == rule_id
            for line in removal.text.split("\n") if line]


def test_a_box_of_the_newest_headlines_first_goes_with_its_label_and_link():
    page = ARTICLE[:3] + BOX + ARTICLE[3:]
    assert cleaned(page) == ARTICLE
    assert removed_by(page, "generic.latest-news") == BOX


def test_blank_lines_and_a_bar_after_the_time_change_nothing():
    box = [BOX[0], ""] + [line.replace(" ", " | ", 1) + "\n" for line in BOX[1:4]] + [BOX[4]]
    page = ARTICLE[:3] + box + ARTICLE[3:]
    assert cleaned(page) == ARTICLE


@pytest.mark.parametrize("rows", [
    # A programme, in the order of the day.
    ["09:30 Opening of the new landing stage on Northholm",
     "11:00 First crossing with the mayor and island pupils",
     "14:15 Guided tour of the refitted boat for residents"],
    # Two timed headlines are no box.
    ["20:14 Ferry operator names its new captain",
     "19:58 Harbour café extends its summer opening"],
])
def test_timed_rows_in_the_order_of_the_day_or_too_few_stay(rows):
    page = ARTICLE[:3] + rows + ARTICLE[3:]
    assert all(row in cleaned(page) for row in rows)
    assert not removed_by(page, "generic.latest-news")
