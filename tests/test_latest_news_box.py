"""A latest-news box that a site prints inside the article: a label, timed headlines of other
stories, the newest first, and a link to all of them. A programme's times run forward; a live
ticker's, newest first too, tell the article's story; and a results list's decimals are no
clock times: they stay."""

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
    # Found by review: a match's live ticker, newest first under its label and over the next
    # section, tells the article's story in its words.
    ["Live ticker",
     "20:24 Final whistle: the harbour side wins the derby against the islands",
     "20:09 The islands' captain sent off after a second yellow card in the derby",
     "19:41 The harbour side leads the derby after a header from a corner",
     "Line-ups"],
    # Decimals of a results list are no clock times.
    ["Season's best",
     "8.41 Nikos Karavelas from the island club",
     "8.33 Tomas Berg from the harbour club",
     "8.27 Aaron Mill from the county club",
     "Results"],
    # An evening's recap in the article's words, with no label over it.
    ["20:14 Ferry operator names its new captain for the winter",
     "19:58 Harbour café extends its summer opening into October",
     "19:40 Island school welcomes its first pupils from the mainland"],
    # Found by review: a day's earthquakes, newest first under a label and over a
    # sub-heading, in place names the article does not use, span hours; a newsroom's latest
    # headlines come minutes apart.
    ["Latest earthquakes",
     "23:41 Kahramanmaras Goksun magnitude 2.4",
     "22:58 Mugla Datca offshore magnitude 3.1",
     "21:16 Malatya Puturge magnitude 2.2",
     "19:03 Aegean Sea Gokceada offshore magnitude 3.8",
     "Safety advice"],
    # Found by review: an article's own updates, newest first within the hour under a
    # heading, over a sub-heading that names the paragraph under it.
    ["Latest updates",
     "20:14 Regional orchestra announces its winter concerts",
     "19:58 Mountain railway reopens after the storm repairs",
     "19:40 Council library extends its weekend opening hours",
     "Residents' requests"],
    # ... and its list of aftershocks: places and magnitudes, no headlines.
    ["Aftershocks recorded",
     "09:52 M2.6 Nehoiu",
     "09:31 M2.1 Gura Teghii",
     "09:14 M3.0 Vintileasca",
     "Experts' view"],
    # A record's progression counts minutes and seconds, not hours.
    ["Record progression",
     "58:23 Zersenay Tadese in Lisbon 2010",
     "58:18 Abraham Kiptum in Valencia 2018",
     "58:01 Geoffrey Kamworor in Copenhagen 2019",
     "The course"],
    # A programme, in the order of the day.
    ["Programme",
     "09:30 Opening of the new landing stage on Northholm",
     "11:00 First crossing with the mayor and island pupils",
     "14:15 Guided tour of the refitted boat for residents",
     "Tickets"],
    # Two timed headlines are no box.
    ["Latest",
     "20:14 Ferry operator names its new captain",
     "19:58 Harbour café extends its summer opening",
     "See all"],
])
def test_timed_rows_that_are_the_articles_stay(rows):
    page = ARTICLE[:3] + rows + ARTICLE[3:]
    assert all(row in cleaned(page) for row in rows if row[0].isdigit())
    assert not removed_by(page, "generic.latest-news")
