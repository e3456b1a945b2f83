"""A page with few header lines: a menu on one line and a section trail above the headline,
and the site's name over them, go when the header also holds a line a rule names (a byline,
a date); a short line alone above the headline (a kicker, a title) stays. A headline as long
as a paragraph over its byline or date is the headline (tests/test_credited_long_headline.py);
with no credit under it, it is read as the article's start, and its masthead stays."""

import pytest

from cleaner import clean

STORY = [
    "Sukamulya bridge collapses, pupils cross by boat",
    "By Dimas Prasetyo",
    "The suspension bridge linking the villages of Sukamulya and Cibodas collapsed on Tuesday night "
    "after heavy rain swelled the river below it.",
    "Around 300 primary and secondary pupils from Cibodas now cross the river in rubber boats or take "
    "a detour of twelve kilometres to reach their schools.",
    "The district government promised to build a temporary bridge within two weeks.",
]


@pytest.mark.parametrize("masthead", [
    ["Warta Nusantara", "Home  News  National  Economy  Sport  Tech", "News / Regions"],
    ["The Valley Ledger", "News | Sport | Business | Opinion"],
    ["Kerrow Herald", "Home / Regions"],
])
def test_the_sites_name_menu_and_trail_above_the_headline_go(masthead):
    kept = clean("\n".join([*masthead, *STORY])).text.split("\n")
    assert kept == [STORY[0], *STORY[2:]]


@pytest.mark.parametrize("kicker", ["Kerrow Herald", "Climate crisis", "Special report", "Interview"])
def test_a_short_line_alone_over_a_headline_with_no_credit_stays(kicker):
    # A site's name alone has the shape of a kicker or a poem's title.
    page = [kicker, STORY[0], *STORY[2:]]
    assert clean("\n".join(page)).text.split("\n") == page


@pytest.mark.parametrize("kicker", ["Kerrow Herald", "Climate crisis", "Special report", "Interview"])
def test_a_label_over_a_headline_over_its_byline_goes(kicker):
    # A headline over its byline or date is a news page's; what stands over it is the site's
    # name or the section's, which the gold drops with the byline.
    kept = clean("\n".join([kicker, *STORY])).text.split("\n")
    assert kept == [STORY[0], *STORY[2:]]


@pytest.mark.parametrize("masthead", [
    ["Gazeta Krajowa", "Wiadomości  Sport  Biznes  Kultura  Motoryzacja", "Kraków", ""],
    ["Kerrow Herald", "", "Regions"],
])
def test_labels_over_a_headline_over_its_date_go(masthead):
    story = ["Kraków zaostrza strefę czystego transportu od przyszłego roku",
             "Radni przyjęli nowelizację uchwały. Kierowcy mają pół roku na dostosowanie się",
             "10 grudnia 2026, 18:45",
             "Rada Miasta przyjęła w środę nowelizację uchwały w sprawie strefy czystego transportu. "
             "Od lipca do miasta nie wjadą starsze samochody z silnikiem Diesla.",
             "Władze miasta zapowiadają kampanię informacyjną dla kierowców. Pierwsze kontrole ruszą jesienią."]
    kept = clean("\n".join([*masthead, *story])).text.split("\n")
    assert kept == [story[0], story[1], *story[3:]]


def test_a_line_above_the_headline_that_names_the_story_twice_stays():
    kicker = "Sukamulya bridge"
    kept = clean("\n".join([kicker, *STORY])).text.split("\n")
    assert kicker in kept


def test_without_a_line_a_rule_names_the_header_is_a_clean_texts():
    # No byline, no date: a clean text, whose first lines are the writer's.
    page = ["Notes from the valley", STORY[0], *STORY[2:]]
    assert clean("\n".join(page)).text.split("\n") == page


@pytest.mark.parametrize("menu", ["News National Economy Sport Technology Culture",
                                  "Actualité Politique Économie Sport Culture Régions",
                                  "Gündem Ekonomi Spor Dünya Yaşam Magazin",
                                  # A section's two words, joined or the second in lower case.
                                  "Nieuws Sport Cultuur Eten & Drinken Agenda Podcast",
                                  "Portada Valencia España Internacional Economía Deportes Cultura Última hora"])
def test_a_menu_of_capitalised_words_over_a_headline_in_sentence_case_goes(menu):
    kept = clean("\n".join(["Warta Nusantara", menu, *STORY])).text.split("\n")
    assert kept == [STORY[0], *STORY[2:]]


def test_a_kicker_of_words_in_lower_case_over_a_credited_headline_stays_its_own_shape():
    # Several words in lower case make a phrase, not a menu: it is no word menu (the credited
    # masthead may still take it as a short label).
    from cleaner.heuristics import analyse, is_word_menu
    from cleaner import default_rules
    from cleaner.normalize import normalize_lines
    lines = ["Ein Jahr nach der Flut im Tal", STORY[0]]
    page = analyse(lines, normalize_lines(lines), default_rules().matcher_for([], "de"))
    assert not is_word_menu(page[0], page[1])


def test_capitalised_words_over_a_headline_in_title_case_stay():
    # Under an English headline in title case such a line is as likely a title or a kicker.
    headline = "Sukamulya Bridge Collapses As Pupils Cross River By Boat"
    line = "News Regions Valley Weather"
    kept = clean("\n".join(["Warta Nusantara", line, headline, *STORY[2:]])).text.split("\n")
    assert line in kept


@pytest.mark.parametrize("first_half, headline", [
    # A headline printed over two lines: the second goes on in lower case.
    ("Sukamulya votes", "to rebuild its bridge before the rains"),
    # The speaker over a quotation used as the headline.
    ("Dimas Prasetyo", "«We cross the river in rubber boats every morning»"),
])
def test_the_line_a_headline_goes_on_from_stays(first_half, headline):
    kept = clean("\n".join(["Kerrow Herald", first_half, headline, *STORY[1:]])).text.split("\n")
    assert kept == [first_half, headline, *STORY[2:]]


def test_a_headline_under_a_section_label_over_a_photo_credit_is_no_caption():
    # "Спорт" (bg.section-label, above the article only) over a headline as long as a
    # paragraph, then the photo's credit, the date and the byline: the line under a section's
    # label is the headline, not the lead photo's caption (probe H's bg page, after lex28).
    headline = "Левски подписа с голмайстора на първенството от 1 ноември, сумата остава тайна"
    body = ["Левски подписа в четвъртък договор с голмайстора на първенството, съобщиха от клуба. "
            "Нападателят ще премине медицински прегледи в понеделник.",
            "Треньорът на отбора каза, че новото попълнение ще играе още в първия мач след паузата. "
            "Феновете посрещнаха новината с радост.",
            "Сумата по трансфера не беше обявена официално, но според медиите е около два милиона лева."]
    page = ["Новини Днес", "Начало България Свят Икономика Спорт Любопитно Времето", "Спорт", headline,
            "Снимка: БГНЕС", "01 ноември 2024, 09:14", "Автор: Десислава Иванова", "Прочетена 4820 пъти",
            "Чуйте статията", "", *body]
    assert headline in clean("\n".join(page)).text.split("\n")


@pytest.mark.parametrize("menu", ["News · Sport · Business · Opinion · Weather", "Home | Regions | Economy | Sport"])
def test_a_menu_between_separators_is_furniture_enough_for_the_sites_name_over_it_to_go(menu):
    # No byline, no date: the menu's links between separators tell a news page's header as
    # surely as a line a rule names.
    kept = clean("\n".join(["The Valley Ledger", menu, STORY[0], *STORY[2:]])).text.split("\n")
    assert kept == [STORY[0], *STORY[2:]]


def test_a_headline_over_a_share_bar_stays():
    page = [STORY[0], "Share · Facebook · X · Email", *STORY[2:]]
    assert clean("\n".join(page)).text.split("\n") == [STORY[0], *STORY[2:]]


def test_a_word_menu_furnishes_a_header_with_no_credit_so_the_sites_name_over_it_goes():
    # Capitalised section names with single spaces between them, over a headline in
    # sentence case: a menu, however bare the rest of the header.
    page = ["Agência Luso Press", "Início Política Economia Sociedade Desporto Cultura Internacional",
            "Chuvas fortes cortam a estrada nacional entre Huambo e Caála",
            "As chuvas que caíram durante a madrugada provocaram o desabamento de um troço da estrada "
            "nacional entre Huambo e Caála, disse a protecção civil.",
            "A circulação de viaturas pesadas foi desviada por uma picada de terra batida.",
            "Os trabalhos de reparação devem começar na próxima semana."]
    assert clean("\n".join(page)).text.split("\n") == page[2:]


# A headline with no credit under it, under a menu whose items the story names ("Region").
REGION_STORY = [
    "Region council closes the old ferry landing for repairs",
    "The council of the Kerrow region closed the old ferry landing on Monday after divers found "
    "cracks in two of its concrete piles.",
    "Ferries to the islands now leave from the fishing harbour, a kilometre to the north, until the "
    "repairs are done in the spring.",
]


@pytest.mark.parametrize("masthead", [
    ["Kerrow Herald", "Region | Sport | Business | Opinion", "Region"],
    ["Kerrow Herald", "Home  Region  Sport  Business  Opinion", "Region"],
    ["Kerrow Herald", "Home | Region News | Sport | Opinion", "Region"],
])
def test_a_section_name_from_the_menu_and_the_site_name_over_a_menu_go(masthead):
    # The menu names the story's region, so it is no trail of unrelated sections; the line
    # that repeats one of its items is the section the page stands in, and the first line
    # over a menu is the site's name.
    kept = clean("\n".join([*masthead, *REGION_STORY])).text.split("\n")
    assert kept == REGION_STORY


def test_a_kicker_that_no_menu_item_names_stays():
    page = ["Region | Sport | Business | Opinion", "Special report", *REGION_STORY]
    kept = clean("\n".join(page)).text.split("\n")
    assert kept == page[1:]


def test_the_masthead_of_a_page_without_a_headline_goes():
    # No headline over the first paragraph: the site's name, a menu between runs of spaces and
    # the section that repeats one of its items still stand over it.
    page = ["Kerrow Herald", "Latest  Region  Sport  World  Video  Photos", "Region", *REGION_STORY[1:]]
    assert clean("\n".join(page)).text.split("\n") == REGION_STORY[1:]


def test_a_section_trail_right_over_a_headline_as_long_as_a_paragraph_goes():
    # The article opens on its headline, as long as a paragraph and with no full stop at its
    # end: the trail right over it is the page's, not a short headline.
    story = ["Durian prices fall sharply at the start of the season, and growers in the delta fear a "
             "\"good harvest, bad price\" year",
             "Traders paid growers in the delta about half of last year's price on Friday, as the first "
             "durians of the season reached the markets.",
             "Growers said the price no longer covers the cost of fertiliser and of the water they had to "
             "buy during the drought."]
    kept = clean("\n".join(["Economy  >  Farming", *story])).text.split("\n")
    assert kept == story


@pytest.mark.parametrize("tagline", ["Harbour News 24 — your coast, your stories",
                                     "Kompass | Nachrichten aus der Region, automatisch zusammengestellt",
                                     # One word of the story ("cancelled last week").
                                     "Coastline — all the coast's news seven days a week"])
def test_a_sites_name_and_tagline_over_its_menu_go(tagline):
    story = ["Ferry to the islands sails again after a week of repairs",
             "The second ferry is back from the shipyard, and the crossings run to the timetable again from Monday",
             "The second ferry is back from the shipyard, and the crossings to the islands run to the timetable "
             "again from Monday, the operator said.",
             "Passengers whose crossings were cancelled last week will get their money back without asking for it."]
    page = [tagline, "Home | Region | Sport | Culture | Weather | About us", "Region", *story[:2],
            "Source: Coastal Courier | 15.07.2024, 11:20", *story[2:]]
    kept = clean("\n".join(page)).text.split("\n")
    assert tagline not in kept and kept[-2:] == story[-2:]


# The site's name on the first line and its tagline on the second, over a menu: the
# copyright notice under the article claims the name.
def test_a_sites_name_over_its_tagline_over_its_menu_go():
    name, tagline = "Harbourline", "All the coast's news, one click away"
    page = [name, tagline, MENU, "Region", *FERRY_STORY, "", "About us | Contact", "© 2025 Harbourline"]
    for learned in (False, True):
        kept = clean("\n".join(page), learned=learned).text.split("\n")
        assert name not in kept and tagline not in kept and kept[-3:] == FERRY_STORY[-3:]


# A kicker over a headline, a title over its subtitle, a page title over its heading in the
# same words, a list's first items, a site's name over a line naming the story, or a name
# no notice claims: none is a name and a tagline.
@pytest.mark.parametrize("first, second, notice", [
    ("World Cup", "Quiet weeks at sea for the island crews", "© 2025 Harbourline"),
    ("Island Ferries", "Why island crews wait for spring", "© 2025 Island Ferries"),
    ("- Timetables", "- Fares and season tickets", "© 2025 - Timetables"),
    ("Harbourline", "Second ferry back from the shipyard", "© 2025 Harbourline"),
])
def test_two_first_lines_that_are_no_name_and_tagline_stay(first, second, notice):
    page = [first, second, MENU, *FERRY_STORY, "", notice]
    result = clean("\n".join(page), learned=False)
    assert not any(removal.rule_id == "generic.masthead" and removal.first_line <= 2 <= removal.last_line
                   for removal in result.removals)


MENU = "Home | Region | Sport | Culture | Weather | About us"
FERRY_STORY = ["Ferry to the islands sails again after a week of repairs",
               "The second ferry is back from the shipyard, and the crossings to the islands run to the timetable "
               "again from Monday, the operator said.",
               "Passengers whose crossings were cancelled last week will get their money back without asking "
               "for it, the operator added.",
               "The shipyard replaced a gearbox and two propeller blades, which took three days longer than planned."]
