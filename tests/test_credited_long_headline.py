"""A headline as long as a paragraph, over its byline and date, is the headline and not the
article's first paragraph: the article starts under the credits, and the page's short header
(the site's name and its menu) goes as its masthead (see tests/test_masthead.py). A story's
credits stand between its headline and its first paragraph, not between two paragraphs."""

import pytest

from cleaner import clean

PAGES = {
    "en": ["The Kerrow Ledger", "Home  News  Politics  Business  Sport  Culture",
           "In the hill villages, the olive harvest started two weeks early and the crop fell by a third",
           "By Ayla Demir", "Published: 14 October 2024, 11:20",
           "Olive growers in the hill villages began picking two weeks earlier than usual because of the "
           "long drought, the growers' union said.",
           "The union's chairman said the crop would be about a third smaller than last year's and asked "
           "for help with irrigation debts.",
           "Buyers are expected to announce their prices at the end of the month."],
    "es": ["El Correo del Valle", "Portada  Local  Economía  Deportes  Cultura",
           "La cosecha de aceituna se adelanta dos semanas en la sierra y la producción cae un tercio por la sequía",
           "Por Marta Ruiz", "14/10/2024 11:20",
           "Los productores de aceituna de la sierra empezaron la recogida dos semanas antes de lo habitual "
           "por la larga sequía, según la cooperativa.",
           "El presidente de la cooperativa calcula que la cosecha será un tercio menor que la del año "
           "pasado y pide ayudas para el riego.",
           "Las almazaras anunciarán sus precios a finales de mes."],
    "fr": ["Le Courrier du Val", "Accueil  Actualité  Économie  Sport  Culture",
           "Dans les villages des collines, la récolte des olives commence deux semaines plus tôt et baisse d'un tiers",
           "Par Claire Vautrin", "Publié le 14 octobre 2024 à 11h20",
           "Les oléiculteurs des villages des collines ont commencé la cueillette deux semaines plus tôt "
           "que d'habitude à cause de la longue sécheresse.",
           "Le président du syndicat estime que la récolte sera inférieure d'un tiers à celle de l'an dernier.",
           "Les moulins annonceront leurs prix à la fin du mois."],
}
SHORT_HEADLINES = {"en": "Olive harvest comes early", "es": "Cosecha temprana de aceituna",
                   "fr": "Récolte précoce des olives"}
HEADLINE, CREDITS, BODY = 2, slice(3, 5), slice(5, None)


@pytest.mark.parametrize("language", PAGES)
def test_a_long_headline_over_its_credits_heads_the_article(language):
    page = PAGES[language]
    kept = clean("\n".join(page)).text.split("\n")
    assert kept == [page[HEADLINE], *page[BODY]]


@pytest.mark.parametrize("language", PAGES)
def test_a_long_deck_under_a_short_headline_stays(language):
    # "Olive harvest" / a deck as long as a paragraph / the credits: both head the story.
    page, headline = PAGES[language], SHORT_HEADLINES[language]
    kept = clean("\n".join([headline, page[HEADLINE], *page[CREDITS], *page[BODY]])).text.split("\n")
    assert kept == [headline, page[HEADLINE], *page[BODY]]


def test_a_lead_without_a_full_stop_over_a_clock_time_stays_the_article():
    # A live blog's entry stamped with a clock time: no day, no story credit.
    page = ["Storm updates from the coast, with ferries cancelled and roads closed across the county this morning",
            "10:32",
            "The coastguard said two walkers had been brought down from the cliffs near the harbour by "
            "helicopter and were unhurt.",
            "Ferries to the islands stay in port until the wind drops, the operator said on its website."]
    kept = clean("\n".join(page)).text.split("\n")
    assert page[0] in kept and page[2] in kept


def test_a_sentence_announcing_a_list_of_pairings_opens_the_article():
    # "X - Y" reads as "name - outlet", a credit; under a sentence ending on a colon it is
    # the article's list.
    page = ["أجريت اليوم في مدينة الساحل قرعة الدور ربع النهائي من كأس البطولة العربية، وجاءت المواجهات على النحو التالي:",
            "النادي الأهلي - نادي الشباب",
            "نادي الوحدة - نادي النصر",
            "نادي الجيش - نادي الفيصلي",
            "نادي الرمثا - نادي الوداد",
            "وتقام مباريات الذهاب في التاسع من الشهر المقبل على أن تقام مباريات الإياب بعد أسبوع."]
    assert clean("\n".join(page)).text.split("\n") == page


def test_a_poem_under_a_long_dated_headline_stays_whole():
    # Only credits, a name or a deck stand between a headline and its first paragraph.
    poem = ["The water came at night", "and nobody heard the bell", "the bridge went down in silence",
            "and the mill wheel turned no more", "we counted boats at dawn", "and found the ferry gone",
            "the ferryman stood on the hill", "and watched his house drift south"]
    page = ["A song for the river that took the mill, the bridge and the old ferryman's house in the flood",
            "By Ayla Demir", *poem,
            "This poem was written for the anniversary of the flood and read at the memorial on the river bank."]
    kept = clean("\n".join(page)).text.split("\n")
    assert kept == [page[0], *poem, page[-1]]


def test_fixtures_under_a_sentence_without_a_colon_stay():
    # "Club - Club" reads as "name - outlet", a byline only in a header: it cannot make one.
    page = ["أجريت اليوم في مدينة الساحل قرعة الدور ربع النهائي من كأس البطولة العربية، وجاءت المواجهات كما يلي",
            "النادي الأهلي - نادي الشباب",
            "نادي الوحدة - نادي النصر",
            "وتقام مباريات الذهاب في التاسع من الشهر المقبل على أن تقام مباريات الإياب بعد أسبوع."]
    assert clean("\n".join(page)).text.split("\n") == page


DECKS = {
    "en": "Growers agreed the picking dates with the union on Monday. Buyers will set their prices later.",
    "es": "Los productores acordaron las fechas con la cooperativa el lunes. Las almazaras fijarán los precios después.",
    "fr": "Les producteurs ont fixé les dates avec le syndicat lundi. Les moulins fixeront leurs prix ensuite.",
}


@pytest.mark.parametrize("bare_name", [True, False])
@pytest.mark.parametrize("language", PAGES)
def test_a_long_headline_and_its_long_deck_over_an_authors_name_and_a_date_head_the_article(language, bare_name):
    # A rendered page's header (its menu one item a line), a headline and a deck both as long
    # as paragraphs, then a bare author's name and the date: the credits stand under the deck,
    # so the article starts under them, and the name goes with them, the masthead with the menu.
    page = PAGES[language]
    name = page[3].split(" ", 1)[1] if bare_name else page[3]  # "Ayla Demir" or "By Ayla Demir"
    menu = page[1].split()
    lines = [page[0], *menu, "Subscribe", "Sign in", "", page[HEADLINE], DECKS[language], name, page[4], *page[BODY]]
    kept = clean("\n".join(lines)).text.split("\n")
    assert kept == [page[HEADLINE], DECKS[language], *page[BODY]]


def test_a_long_headline_stays_over_its_long_deck_when_a_credit_no_rule_names_stands_under_the_deck():
    # "de Ioana Radu" is a credit by its shape (a lead-in word and a name): the line over it is
    # the deck, and the headline over the deck, however long, is the headline.
    page = ["Știrile Zilei", "Acasă", "Actualitate", "Politică", "Economie", "Sport", "Cultură", "Video", "",
            "Trenurile dintre Arad și Timișoara vor circula mai rar timp de două luni din cauza lucrărilor la linie",
            "Operatorul feroviar a anunțat că între 1 iunie și 31 iulie mai multe trenuri de pe ruta Arad – "
            "Timișoara vor fi anulate sau vor avea timpi de parcurs mai mari",
            "de Ioana Radu", "Publicat: 28.05.2026, 09:15", "Actualizat: 28.05.2026, 10:02",
            "Operatorul feroviar a anunțat miercuri că, începând cu 1 iunie, circulația trenurilor pe ruta "
            "Arad – Timișoara va fi afectată de lucrările de modernizare a liniei.",
            "Potrivit operatorului, patru perechi de trenuri regionale vor fi anulate complet, iar alte șase "
            "vor circula doar până la jumătatea rutei.",
            "Călătorii care au cumpărat deja bilete pentru trenurile anulate pot cere banii înapoi la casele de bilete."]
    kept = clean("\n".join(page)).text.split("\n")
    assert kept == [page[9], page[10], *page[14:]]


# Pages of the shape an adversarial review built: a short rendered header, perhaps a kicker,
# a headline and a deck both as long as paragraphs, the credits, then the story.
BUS_HEADLINE = ("The city council approved a new plan for cheaper buses and longer night services across all "
                "districts from next spring")
BUS_DECK = "Fares will fall by a third for students and pensioners. The opposition says the plan is not funded"
BUS_STORY = [
    "The plan was approved by 31 votes to 18 after a debate that lasted more than five hours. Council "
    "leaders said the change would bring more people back to public transport.",
    "The cost of the scheme is estimated at 14 million pounds a year. Most of it will come from a new "
    "levy on parking spaces at large offices and shopping centres.",
    "Bus drivers' unions welcomed the plan but warned that more staff would be needed to run the extra "
    "night services.",
]


@pytest.mark.parametrize("kicker", [[], ["", "Analysis"]])
def test_the_lead_photos_caption_under_a_long_headlines_credits_goes_with_them(kicker):
    caption = "The new electric buses at the central depot (File photo)"
    page = ["Home", "News", "World", "Business", "Sport", *kicker, "", BUS_HEADLINE, "", BUS_DECK, "",
            "By Mark Hollis", "12 March 2025, 10:45", "", caption, "", "\n\n".join(BUS_STORY), "",
            "Share", "Twitter", "© 2025 City Courier. All rights reserved."]
    kept = clean("\n".join(page)).text.split("\n")
    assert kept == [BUS_HEADLINE, BUS_DECK, *BUS_STORY]


def test_a_long_headline_over_its_deck_and_a_credit_told_by_its_shape_stays_under_a_kicker():
    # The headline shares one word with the story's opening: its length tells it, not its words.
    headline = ("Consiliul local a aprobat un plan pentru autobuze mai ieftine și curse de noapte mai lungi în "
                "toate cartierele din primăvară")
    deck = ("Prețul scade cu o treime pentru studenți și pensionari, iar autobuzele de noapte vor circula la "
            "fiecare jumătate de oră pe liniile principale până la ora două, a anunțat primăria marți.")
    story = ["Planul a fost aprobat cu 31 de voturi la 18, după o dezbatere de peste cinci ore. Conducerea "
             "primăriei spune că schimbarea va aduce mai mulți oameni în transportul public.",
             "Costul este estimat la 14 milioane de lei pe an. Cea mai mare parte va veni dintr-o taxă nouă pe "
             "locurile de parcare ale birourilor mari și ale centrelor comerciale.",
             "Sindicatele șoferilor au salutat planul, dar au avertizat că vor fi necesari mai mulți angajați "
             "pentru cursele de noapte."]
    page = ["Acasă", "Actualitate", "Politică", "Sport", "", "Analiză", "", headline, "", deck, "",
            "de Andrei Popa", "12.03.2025, 10:45", "", "\n\n".join(story), "", "Distribuie",
            "© 2025 Gazeta Orașului. Toate drepturile rezervate."]
    kept = clean("\n".join(page)).text.split("\n")
    assert kept == [headline, deck, *story]


DECKED_PAGES = {
    "de": ["Stadtrat beschließt neue Fahrradstraßen am Ring",
           "Nach monatelangem Streit gibt die Politik grünes Licht für vier Kilometer Velorouten. "
           "Die Händler an der Hammer Straße bleiben skeptisch.",
           "Von Katrin Hölscher", "Münster - Mittwoch, 25.11.2026, 19:30 Uhr",
           "Der Rat der Stadt hat am Mittwochabend mit breiter Mehrheit die Einrichtung von vier neuen "
           "Fahrradstraßen beschlossen, die den Ring mit der Innenstadt verbinden sollen.",
           "Betroffen sind unter anderem Abschnitte der Hammer Straße und der Wolbecker Straße, wo Autos "
           "künftig nur noch als Gäste fahren dürfen."],
    # An agency's source line over the date: a credit too.
    "de-agency": ["Nächster Rückschlag für Wolfsburg: 0:2 gegen Heidenheim",
                  "Der VfL kassiert die dritte Heimniederlage in Folge. Der Trainer gerät zunehmend unter Druck.",
                  "dpa/lni", "06.12.2026, 17:31 Uhr",
                  "Der VfL Wolfsburg kommt in der Fußball-Bundesliga nicht aus der Krise und verlor am Samstag "
                  "auch das Heimspiel gegen den Aufsteiger aus Heidenheim verdient mit 0:2.",
                  "Die Gäste gingen nach einer halben Stunde nach einer Ecke per Kopf in Führung und legten kurz "
                  "vor Schluss mit einem Distanzschuss nach."],
    "en": ["Council backs four new cycle streets",
           "After months of dispute the council said yes to four kilometres of cycle routes. Shopkeepers "
           "on Hammer Street remain sceptical.",
           "By Kate Holt", "Leeds - Wednesday, 25 November 2026, 19:30",
           "The city council voted by a large majority on Wednesday evening to create four new cycle "
           "streets linking the ring road with the centre.",
           "Parts of Hammer Street and Wolbeck Road are affected, where cars will in future only be "
           "allowed as guests."],
    # A bare name over a relative date: the date counts back from today, so names its day.
    "en-relative": ["This phone finally fixes the battery I hated",
                    "Better cameras, better calls, the same bright screen, but the price has crept up again.",
                    "Tom Harlow", "3 days ago",
                    "I have used this maker's phones as my daily drivers for four years now, and every one of "
                    "them ran out of battery before the evening was over.",
                    "The new model, announced this morning and on sale from June at $799, finally fixes that."],
    "pl-today": ["Nowe połączenia kolejowe do Gdyni i Zakopanego",
                 "Od połowy grudnia pasażerowie pojadą nowymi pociągami. Czas przejazdu skróci się o kwadrans.",
                 "Marta Zielińska", "Dziś 06:30",
                 "Nowy rozkład jazdy, który wejdzie w życie w nocy z soboty na niedzielę, obejmie łącznie "
                 "ponad czterysta pociągów dalekobieżnych.",
                 "Z Warszawy do Zakopanego będzie można dojechać bezpośrednio pięcioma pociągami dziennie."],
}


@pytest.mark.parametrize("language", DECKED_PAGES)
def test_the_credits_under_a_deck_of_sentences_head_the_article(language):
    # The deck ends on a full stop, so it is no headline as long as a paragraph; it is the
    # first body line, and the date line under it was kept as the article's own.
    page = DECKED_PAGES[language]
    assert clean("\n".join(page)).text.split("\n") == [page[0], page[1], *page[4:]]


def test_a_one_paragraph_post_over_its_posted_on_line_stays_the_article():
    # A blog's only paragraph, then its footer and the comments: what comes under the
    # "Posted on" line is shorter than the post, so the post is no deck.
    page = ["Free online course on ciphers",
            "A university in the north is offering a free online course on ciphers this winter. It runs "
            "for six weeks, starts in January and needs nothing but school algebra and some patience.",
            "Posted on November 13, 2026 at 6:15 AM",
            "Sign up for the monthly newsletter by e-mail.",
            "Comments",
            "Recommended! I took this course last year and the exercises were very good indeed.",
            "Posted by: Matt at November 13, 2026 6:31 AM"]
    assert clean("\n".join(page)).text.split("\n") == page[:2]


def test_a_wire_dateline_without_figures_under_a_long_headline_goes():
    # "ROMA –" is a date rule's reading with no day: the story's credit all the same, so the
    # article starts under it and the dateline goes with the header.
    page = ["Manovra, scontro sulle tasse: la maggioranza chiede più tempo, il ministro frena",
            "MILANO –",
            "La legge di bilancio arriva in commissione con un nodo ancora da sciogliere: le tasse sulla "
            "casa, che la maggioranza vorrebbe ridurre già dal prossimo anno.",
            "Secondo le stime del ministero, la misura costerebbe circa tre miliardi di euro, una cifra che "
            "il governo non ritiene sostenibile."]
    assert clean("\n".join(page)).text.split("\n") == [page[0], *page[2:]]


def test_the_place_a_story_is_filed_from_among_its_credits_goes_with_them():
    # "Brno" alone between the deck and the date line: one capitalised word among the credits
    # is the place the story is filed from.
    page = ["Brno prodlouží tramvajovou trať do Líšně. Stavba začne příští rok",
            "Nová trať měří dva kilometry a přinese čtyři nové zastávky, náklady město odhaduje na miliardu.",
            "Brno", "15:42 12. června 2026", "Jana Nováková",
            "Brněnská tramvajová síť se rozroste o další úsek. Dopravní podnik ve středu oznámil, že "
            "zahájí stavbu trati do Líšně na jaře příštího roku.",
            "Trať bude dlouhá dva kilometry a vzniknou na ní čtyři nové zastávky, řekl mluvčí podniku."]
    assert clean("\n".join(page)).text.split("\n") == [page[0], page[1], *page[5:]]
