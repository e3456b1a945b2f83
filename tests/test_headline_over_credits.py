"""A news page prints its headline, deck, byline and date as one block, then share buttons,
a photo and its caption, then the story: the headline is the line over the byline and date
block nearest the body, not the caption or the "Go to comments" link nearest the body."""

import pytest

from cleaner import clean

MENU = ["Home", "News", "Politics", "Economy", "Sport", "Culture", "Weather", "Opinion", "Video"]
PAGES = {
    "de": (["Neue Fähre: Stadtwerke streichen die Nachtfahrten zwischen Altstadt und Inselhafen",
            "Ab Januar fahren zwischen Altstadt und Inselhafen weniger Boote – wegen fehlender Besatzungen"],
           ["Von Jana Falk", "03.12.2026, 14.26 Uhr", "Teilen", "Link kopieren",
            "Eine Fähre im Inselhafen: Ab Januar dauern viele Fahrten zur Altstadt länger",
            "Foto: Peter Lund / dpa"],
           ["Wer zwischen Altstadt und Inselhafen pendelt, muss sich ab Januar auf längere Wartezeiten "
            "einstellen, teilten die Stadtwerke am Mittwoch mit.",
            "Der Fahrgastverband kritisierte die Streichungen zwischen Altstadt und Inselhafen als falsches Signal.",
            "Die Stadtwerke verwiesen auf fehlende Schiffsführer, die erst im Sommer ausgebildet sind."]),
    "ru": (["Ледостав остановил паромы в Заречье: переправа закрыта до весны",
            "На реке за двое суток встал лёд толщиной почти в двадцать сантиметров"],
           ["4 декабря 2026, 08:45", "Ирина Лебедева", "Поделиться"],
           ["Паромы в Заречье 4 декабря прекратили рейсы из-за ледостава, сообщили в районной "
            "администрации.",
            "Жителям Заречья предложили автобус через мост, дорога займёт около часа.",
            "Ледовую переправу откроют, когда толщина льда превысит сорок сантиметров."]),
    "hi": (["सीतापुर में अब रात भर चलेगी सिटी बस, पहले चरण में चार मार्ग शामिल",
            "परिवहन निगम ने शुरू की नई योजना; जीपीएस से होगी बसों की निगरानी"],
           ["सीतापुर 15 मिनट पहले", "लेखक: अनिल वर्मा", "कॉपी लिंक", "शेयर"],
           ["सीतापुर के चार मार्गों पर रहने वाले हजारों लोगों को अब रात में भी सिटी बस मिलेगी।",
            "परिवहन निगम के प्रबंधक ने बताया कि बसों की निगरानी जीपीएस से की जाएगी।",
            "योजना सफल रही तो अगले साल पूरे सीतापुर में लागू होगी।"]),
    "es": (["El ayuntamiento limitará en enero los pisos turísticos del casco antiguo tras las quejas vecinales",
            "La concejalía de urbanismo calcula que uno de cada tres pisos del casco antiguo ya se alquila "
            "por días a los turistas"],
           ["Marta Ibarra", "Valencia - 04 dic 2026 - 05:30 CET", "Compartir en Whatsapp", "Copiar enlace",
            "Ir a los comentarios"],
           ["El pleno del ayuntamiento aprobará en enero una norma que limitará los pisos turísticos del "
            "casco antiguo, según fuentes municipales.",
            "Los pisos turísticos del casco antiguo han crecido un 40 % en dos años.",
            "Las asociaciones de propietarios anunciaron que recurrirán la norma."]),
}


@pytest.mark.parametrize("language", PAGES)
def test_the_headline_is_the_line_over_the_byline_and_date_block(language):
    headline_and_deck, credits, story = PAGES[language]
    page = [*MENU, *headline_and_deck, *credits, *story]
    kept = clean("\n".join(page)).text.split("\n")
    # The deck is the learned layer's to judge; the headline is never its to drop.
    assert kept[0] == headline_and_deck[0] and kept[-len(story):] == story
    assert not set(kept) & set(credits + MENU)


def test_a_date_above_the_headline_under_a_section_trail_leaves_the_headline_nearest_the_body():
    headline, story = PAGES["ru"][0][0], PAGES["ru"][2]
    page = [*MENU, "Новости › Район", "4 декабря 2026, 08:45", "Время чтения: 3 минуты", headline, *story]
    assert clean("\n".join(page)).text.split("\n") == [headline, *story]


def test_a_blogs_tags_over_its_date_and_title_are_no_headline():
    # Tags, date, title: the title under the date names the story, so the nearest line decides.
    title, story = PAGES["de"][0][0], PAGES["de"][2]
    page = [*MENU, "Fähre, Stadtwerke, Verkehr, Inselhafen", "03.12.2026", title, *story]
    kept = clean("\n".join(page)).text.split("\n")
    assert title in kept and "Fähre, Stadtwerke, Verkehr, Inselhafen" not in kept


def test_a_strip_of_dated_teasers_over_the_header_is_no_headline():
    headline_and_deck, credits, story = PAGES["de"]
    strip = ["Winterfahrplan der Inselbusse veröffentlicht", "02.12.2026",
             "Neue Laternen am Hafenkai", "01.12.2026"]
    kept = clean("\n".join([*MENU, *strip, *headline_and_deck, *credits, *story])).text.split("\n")
    assert kept[0] == headline_and_deck[0] and not set(kept) & set(strip)


HARBOUR_STORY = [
    "The harbour board voted on Tuesday to keep the old fish market open for another ten years, "
    "reversing a plan to turn the hall into flats.",
    "Traders had collected more than four thousand signatures against the plan, which the board "
    "first approved in the spring.",
    "The hall needs a new roof, which the board expects to cost about two million pounds.",
]


def test_a_headline_right_over_its_photos_credit_stays_the_headline():
    # No caption: the line next to the credit is the headline itself, and the menu item over
    # it names nothing of the story.
    headline = "Harbour board saves the old fish market hall"
    page = [*MENU, "Coastal towns and villages", headline, "Getty Images", *HARBOUR_STORY]
    for learned in (False, True):
        assert clean("\n".join(page), learned=learned).text.split("\n") == [headline, *HARBOUR_STORY]


ARCHIVE_CAPTIONS = {
    "hi": (["लखनऊ में शहीद पथ पर बनेगा नया फ्लाईओवर, छह महीने में पूरा होगा काम", "प्राधिकरण ने टेंडर जारी किया, रोज पचास हजार वाहनों को मिलेगी राहत"],
           ["लखनऊ", "5 घंटे पहले", "लेखक: सुनील वर्मा", "कॉपी लिंक", "शेयर", "", "शहीद पथ पर शाम के समय लगा जाम। (फाइल फोटो)"],
           ["लखनऊ विकास प्राधिकरण ने शहीद पथ पर नए फ्लाईओवर के निर्माण के लिए टेंडर जारी कर दिया है और काम अगले महीने शुरू होगा। टेंडर भरने की आखिरी तारीख इस महीने की पच्चीस तारीख रखी गई है और सबसे कम बोली लगाने वाली कंपनी को काम सौंपा जाएगा।",
            "प्राधिकरण के अधिकारियों ने बताया कि फ्लाईओवर बनने से शहीद पथ पर रोज गुजरने वाले हजारों वाहनों को जाम से राहत मिलेगी। सुबह और शाम के समय इस सड़क पर वाहनों की लंबी कतारें लगती हैं, जिनमें एंबुलेंस भी फंस जाती हैं।",
            "अधिकारियों के अनुसार निर्माण के दौरान यातायात के लिए वैकल्पिक मार्ग तय किए जाएंगे। यातायात पुलिस के साथ मिलकर एक योजना बनाई जा रही है ताकि स्कूल और दफ्तर जाने वाले लोगों को परेशानी न हो।",
            "फ्लाईओवर की कुल लंबाई करीब दो किलोमीटर होगी और इस पर चार लेन की सड़क बनाई जाएगी। इसके नीचे की सड़क को भी चौड़ा किया जाएगा और पैदल चलने वालों के लिए फुटपाथ बनाए जाएंगे।",
            "स्थानीय व्यापारियों ने निर्माण के दौरान दुकानों तक पहुंचने के लिए अलग रास्ता बनाने की मांग की है।",
            "प्राधिकरण ने कहा है कि काम रात में भी चलेगा ताकि परियोजना समय पर पूरी हो सके।",
            "शहर के दूसरे हिस्सों में भी इसी तरह के तीन फ्लाईओवर बनाने की योजना पर काम चल रहा है।",
            "प्राधिकरण के उपाध्यक्ष ने बताया कि परियोजना पर करीब दो सौ करोड़ रुपये खर्च होंगे।"]),
}


ARCHIVE_MENUS = {
    "hi": ["दैनिक समाचार", "होम", "देश", "विदेश", "मनोरंजन", "खेल", "बिजनेस", "राज्य", "ई-पेपर", "उत्तर प्रदेश > लखनऊ"],
}


@pytest.mark.parametrize("language", ARCHIVE_CAPTIONS)
def test_a_caption_marked_as_an_archive_or_file_photo_is_no_headline(language):
    headline_and_deck, credits, story = ARCHIVE_CAPTIONS[language]
    page = [*ARCHIVE_MENUS[language], "", *headline_and_deck, *credits, *story]
    kept = clean("\n".join(page)).text.split("\n")
    assert kept[0] == headline_and_deck[0] and kept[-len(story):] == story
    assert credits[-1] not in kept


@pytest.mark.parametrize("caption", [
    "حافلة في محطة الجامعة (أرشيفية)", "Der Hafen im Winter (Archivbild)", "Der Hafen im Winter (Archivfoto: dpa)",
    "शहीद पथ पर लगा जाम। (फाइल फोटो)", "Το λιμάνι τον χειμώνα. Φωτογραφία: Γιώργος Παππάς", "הנמל בחורף. צילום: יוסי כהן",
])
def test_an_archive_or_file_photo_mark_makes_a_line_a_caption(caption):
    from cleaner import heuristics as h
    from cleaner.normalize import normalize_lines
    from cleaner.rules import default_rules

    page = h.analyse([caption], normalize_lines([caption]), default_rules().matcher_for([], None))
    assert h.looks_like_caption(page[0]) and not h.is_headline(page[0])


@pytest.mark.parametrize("headline, deck, opening", [
    # The headline names the story in other forms of its words than the opening's, over a deck
    # of two sentences with no full stop at its end.
    ("В Заречье запустят паром до новых кварталов: первые рейсы пойдут весной",
     "Причал длиной почти сто метров строят с прошлого года. В администрации обещают, что дорога до "
     "центра займёт около 20 минут",
     "Строительство паромного причала у нового микрорайона на окраине Заречья вышло на финальный этап. "
     "Как сообщили в администрации, работы завершат к апрелю."),
])
def test_a_headline_over_its_deck_in_an_inflected_language_stays(headline, deck, opening):
    page = [*MENU, headline, deck, "Ирина Лебедева", "4 декабря 2026, 08:45", opening,
            PAGES["ru"][2][1], PAGES["ru"][2][2]]
    kept = clean("\n".join(page)).text.split("\n")
    assert kept[0] == headline and opening in kept


def test_a_teaser_over_the_headline_sharing_only_a_words_first_letters_is_no_headline():
    # "Interest" and "international" share five letters, not a word in two forms.
    page = [*MENU, "Interest rates held for a third month running",
            "International ferry line to the islands opens in May", "By Anna Berg", "4 December 2026, 08:45",
            "The international ferry line between the harbour and the three islands opens in May, the operator said.",
            "Tickets go on sale in March, and islanders with a resident card will pay half the fare.",
            "The operator expects forty thousand passengers in the first summer."]
    assert clean("\n".join(page)).text.split("\n")[0] == "International ferry line to the islands opens in May"


def test_a_role_line_between_the_byline_and_the_date_keeps_the_block_one():
    # "Av Jonas Ek" / "Reporter, Stockholmsredaktionen" / "Publicerad ...": a live banner over
    # the headline is no headline.
    headline = "Nya stationen i Hagastaden försenas – öppnar tidigast 2029"
    deck = ("Förlängningen av gula linjen blir två år försenad och minst 1,4 miljarder dyrare än beräknat, "
            "visar en ny rapport.")
    # The banner shares two words with the opening ("Stockholms", "kvällen"), as the headline does.
    story = ["Tunnelbanans gula linje skulle ha kunnat ta passagerare till den nya stationen Hagastaden "
             "redan 2027, men nu blir det tidigast 2029, enligt en rapport som Region Stockholms "
             "förvaltning presenterade under kvällen.",
             "Förseningen beror främst på att berget under Hagastaden var sämre än väntat, vilket krävt "
             "mer förstärkning av tunneln.",
             "Regionen räknar nu med att den nya stationen i Hagastaden kostar minst 1,4 miljarder mer."]
    page = ["Huvudstadsposten", "Nyheter | Stockholm | Sverige | Världen | Ekonomi | Sport", "Meny",
            "Sök på Huvudstadsposten", "Logga in", "Just nu: Kraftiga vindar väntas i Stockholms skärgård under kvällen", "",
            headline, deck, "Av Jonas Ek", "Reporter, Stockholmsredaktionen", "Publicerad 3 oktober 2024 kl. 07.30",
            "14 kommentarer", "Dela artikeln", "", *story]
    for learned in (False, True):
        assert clean("\n".join(page), learned=learned).text.split("\n") == [headline, deck, *story]
