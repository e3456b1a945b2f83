"""A results page or a league table that opens on its rows keeps them: the rows stand above
the only prose of the page, where a header's menu would stand, and they are the article. Inside
the article, such rows are a table's, not a menu's run of links.

Every document here was written for these tests (none is taken from a real page).
"""

from cleaner import clean

RESULTS_PAGES = {
    "de": ["Regionalliga Nord, 9. Spieltag: Alle Ergebnisse",
           "VfB Lübeck – Kickers Emden 2:0",
           "SV Drochtersen/Assel – Weiche Flensburg 1:1",
           "Hamburger SV II – Eintracht Norderstedt 3:1",
           "Werder Bremen II – Phönix Lübeck 0:2",
           "TSV Havelse – SSV Jeddeloh 4:2",
           "Spitzenreiter bleibt Havelse mit 21 Punkten vor Lübeck, das am Sonntag zum Derby nach Norderstedt reist."],
    "nl": ["Eredivisie vrouwen, speelronde 6",
           "Uitslagen",
           "Ajax – PSV 2-2",
           "FC Twente – Feyenoord 3-0",
           "ADO Den Haag – AZ 1-2",
           "Stand",
           "1. FC Twente 6 16",
           "2. Ajax 6 14",
           "3. PSV 6 12",
           "Twente blijft ongeslagen en speelt volgende week thuis tegen Ajax in een duel om de koppositie."],
}

# A sports page's score ticker over a match report: the ticker is the page's, the report's
# headline (with its score) and the report are the article.
TICKER_PAGE = ["Startseite", "Fußball", "Bundesliga", "Live-Ticker",
               "Hertha – Schalke 2:1", "Paderborn – Kiel 0:0", "Fürth – Ulm 3:2", "Magdeburg – Elversberg 1:1",
               "Hertha schlägt Schalke 2:1",
               "Die Berliner gewinnen das Traditionsduell dank eines späten Treffers und springen auf Rang vier.",
               "Vor 61.000 Zuschauern im Olympiastadion begannen die Gäste stark und gingen nach einer "
               "Viertelstunde in Führung, als ihr Stürmer nach einem Konter eiskalt vollendete.",
               "Nach der Pause drehte Hertha auf. Der Kapitän glich per Kopf aus, ehe der eingewechselte "
               "Angreifer in der 88. Minute den Siegtreffer erzielte."]


def test_a_results_page_keeps_its_rows_and_their_headings():
    for language, lines in RESULTS_PAGES.items():
        assert clean("\n".join(lines)).text.splitlines() == lines, language


def test_a_score_ticker_over_a_match_report_still_goes():
    assert clean("\n".join(TICKER_PAGE)).text.splitlines() == TICKER_PAGE[8:]


def test_a_rounds_results_under_its_first_paragraph_stay():
    # The rows stand inside the article, between two paragraphs: a run of short lines there
    # was taken for a menu's links (generic.link-run).
    page = ["Serie C, girone B: i risultati della 12ª giornata",
            "La capolista vince ancora in trasferta e allunga in classifica, mentre le inseguitrici "
            "pareggiano tutte e tre.",
            "Arezzo-Perugia 0-2", "Gubbio-Pescara 1-1", "Rimini-Ascoli 3-0", "Carpi-Pineto 1-2",
            "Nel prossimo turno, in programma domenica, spicca lo scontro diretto tra Perugia e Pescara "
            "allo stadio Curi."]
    assert clean("\n".join(page)).text.splitlines() == page


def test_a_rounds_results_and_its_standings_of_names_and_points_stay():
    # Standings rows are a name and its points ("Valencia 14"): with no score or colon they read
    # as a menu's labels (generic.link-run), and the results above them, under those labels, as
    # chrome to the learned layer (generic.model).
    page = ["Liga de balonmano, jornada 9: todos los resultados",
            "El líder suma su noveno triunfo seguido y el colista sigue sin ganar. Estos son los "
            "resultados de la jornada y la clasificación.",
            "Resultados",
            "Granollers-Logroño 31-28", "Cuenca-Benidorm 27-27", "Huesca-Ademar 25-30",
            "Torrelavega-Guadalajara 29-24", "Nava-Puente Genil 26-25", "Anaitasuna-Sinfín 33-30",
            "Irún-Cangas 28-31", "Villa de Aranda-Barcelona 24-41", "Valladolid-Bidasoa 22-22",
            "Clasificación",
            "Barcelona 18", "Bidasoa 14", "Granollers 13", "Ademar 12", "Logroño 11", "Cangas 10",
            "La próxima jornada se disputa el sábado, con el duelo entre Bidasoa y Granollers como "
            "partido más atractivo."]
    assert clean("\n".join(page)).text.splitlines() == page


def test_an_archives_months_between_two_paragraphs_are_no_standings():
    # A name and a year is an archive's month or a prize's edition, not a team's points.
    months = ["September 2012", "August 2012", "July 2012", "June 2012"]
    page = ["Notes from the allotment",
            "The first frost came early this year, and the last of the beans went into the freezer "
            "before the weekend.",
            "Archives", *months,
            "Next week I will write about the new compost bins and what the council pays towards them."]
    kept = clean("\n".join(page)).text.splitlines()
    assert not set(months) & set(kept)



def test_a_menus_numbered_items_are_no_standings_and_a_tables_rows_are():
    # Found by review: "Rai 1", "Rai 2" share their first word, as a menu's numbered items do
    # ("Ausgabe 12", "Ausgabe 11"); a table's rows name a team each. Only the table's rows are
    # kept from the learned layer.
    from cleaner import heuristics as h
    from cleaner.normalize import normalize_lines
    from cleaner.rules import default_rules
    paragraph = "Stasera la finale va in onda in chiaro, con il pre partita dalle 20 e la telecronaca storica."
    menu, table = ["Rai 1", "Rai 2", "Rai 3", "Rai News 24"], ["Napoli 28", "Inter 27", "Milan 25", "Roma 24"]
    texts = [paragraph, *menu, paragraph, *table, paragraph]
    page = h.analyse(texts, normalize_lines(texts), default_rules().matcher_for([], "it"))
    assert h.figures_rows(page, 0, len(texts)) == {6, 7, 8, 9}
