"""A news page prints its headline, deck, byline and date as one block, then share buttons,
a photo and its caption, then the story: the headline is the line over the first byline or
dated line, not the caption or the "Go to comments" link nearest the body."""

import pytest

from cleaner import clean

MENU = ["Home", "News", "Politics", "Economy", "Sport", "Culture", "Weather", "Opinion", "Video"]
PAGES = {
    "de": (["Neuer Fahrplan: Bahn streicht Sprinter zwischen Berlin und München",
            "Zum Fahrplanwechsel fallen einige der schnellsten Verbindungen weg – wegen Dauerbaustellen"],
           ["Von Katrin Walther", "03.12.2026, 14.26 Uhr", "Teilen", "Link kopieren",
            "Ein Zug im Berliner Hauptbahnhof: Ab Mitte Dezember dauern viele Fahrten nach München länger",
            "Foto: Jens Weber / dpa"],
           ["Wer mit der Bahn zwischen Berlin und München unterwegs ist, muss sich vom kommenden Fahrplan "
            "an auf längere Reisezeiten einstellen, teilte die Bahn am Mittwoch mit.",
            "Der Fahrgastverband kritisierte die Streichungen zwischen Berlin und München als falsches Signal.",
            "Die Bahn verwies auf die Baustellen, die noch bis zum Sommer dauern sollen."]),
    "ru": (["Снегопад парализовал Екатеринбург: пробки достигли 10 баллов",
            "В городе за сутки выпала почти половина месячной нормы осадков"],
           ["4 декабря 2026, 08:45", "Анна Соколова", "Поделиться"],
           ["Екатеринбург утром 4 декабря встал в десятибалльных пробках из-за сильного снегопада, "
            "сообщили в городской администрации.",
            "На улицы Екатеринбурга вышли 420 единиц снегоуборочной техники, работы продолжатся всю ночь.",
            "Синоптики предупреждают, что снег будет идти до конца недели."]),
    "hi": (["भोपाल में अब 24 घंटे मिलेगा नर्मदा का पानी, पहले चरण में 12 वार्ड शामिल",
            "नगर निगम ने शुरू की पायलट योजना; स्मार्ट मीटर से होगी खपत की निगरानी"],
           ["भोपाल 28 मिनट पहले", "लेखक: राजेश शर्मा", "कॉपी लिंक", "शेयर"],
           ["राजधानी के 12 वार्डों में रहने वाले करीब डेढ़ लाख लोगों को अब दिन भर नर्मदा का पानी मिलेगा।",
            "निगम आयुक्त ने बताया कि पहले चरण में पानी की खपत स्मार्ट मीटर से मापी जाएगी।",
            "योजना सफल रही तो अगले साल पूरे भोपाल में लागू होगी।"]),
    "es": (["El Gobierno aprobará en enero un tope al alquiler de temporada tras el aumento de contratos",
            "El Ministerio de Vivienda calcula que uno de cada cuatro anuncios de alquiler en Madrid ya se "
            "ofrece como contrato de temporada"],
           ["Lucía Ferrándiz", "Madrid - 04 dic 2026 - 05:30 CET", "Compartir en Whatsapp", "Copiar enlace",
            "Ir a los comentarios"],
           ["El Consejo de Ministros aprobará en enero un real decreto que limitará el precio del alquiler "
            "de temporada, según fuentes del Gobierno.",
            "Los contratos de alquiler de temporada han crecido un 40 % en dos años en las grandes ciudades.",
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
    page = [*MENU, "Новости › Город", "4 декабря 2026, 08:45", "Время чтения: 3 минуты", headline, *story]
    assert clean("\n".join(page)).text.split("\n") == [headline, *story]
