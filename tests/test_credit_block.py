"""Between a headline and its story a news page prints one block of credits: a date line or a
byline a rule reads, and over it lines in a credit's shape that no rule word announces (the
author's name with the city, the agency, a dateline in capitals, the outlet's name). They go
with the block; a short deck over the block names the story and stays, and so does a short
line under the block, over the first paragraph: a deck, a sub-heading, a kicker."""

import pytest

from cleaner import clean

PAGES = {
    "tr": ("Haber Ekspres",
           "Ege kıyısında 9 bin öğrenci aynı saatte okul tahliyesi tatbikatına katıldı",
           ["Mehmet Kaya - Aydın", "04.12.2026 11:20"],
           ["Aydın genelinde 9 bin öğrenci, sabah saat onda başlayan tahliye tatbikatında okul "
            "bahçelerinde toplandı.",
            "Valilik, tatbikatın her yıl aralık ayında tekrarlanacağını açıkladı.",
            "Okul müdürleri tahliyenin ortalama dört dakika sürdüğünü bildirdi."]),
    "es": ("Diario del Puerto",
           "El muelle norte cierra el año con un récord de contenedores refrigerados",
           ["EFE | Cádiz", "Por Ana Ruiz", "4 de diciembre de 2026"],
           ["El muelle norte ha movido este año 61.000 contenedores refrigerados, la cifra más alta "
            "desde que se abrió la terminal.",
            "La autoridad portuaria atribuye el aumento a las exportaciones de fruta.",
            "Las obras de ampliación empezarán en primavera."]),
    "sw": ("Habari Pwani",
           "Wavuvi wa Lamu walalamikia bei ya mafuta ya boti",
           ["LAMU", "Desemba 4, 2026"],
           ["Wavuvi katika kisiwa cha Lamu wamesema gharama ya mafuta imepanda kwa asilimia thelathini "
            "tangu Oktoba.",
            "Mwenyekiti wa chama cha wavuvi aliomba serikali ya kaunti kupunguza ushuru.",
            "Maafisa wa kaunti wameahidi kukutana nao wiki ijayo."]),
    "uk": ("ZAXID.NET",
           "У Тернополі відкрили новий міст через ставок для пішоходів",
           ["ЛЬВІВ", "4 грудня 2026, 09:15"],
           ["Новий пішохідний міст через Тернопільський ставок відкрили у четвер після року ремонту.",
            "Довжина мосту становить 120 метрів, на ньому встановили нове освітлення.",
            "Міська рада планує відремонтувати ще два мости наступного року."]),
}


@pytest.mark.parametrize("language", PAGES)
def test_short_lines_beside_the_date_line_under_the_headline_go(language):
    site, headline, credits, story = PAGES[language]
    page = [site, headline, *credits, *story]
    result = clean("\n".join(page))
    assert result.text.split("\n") == [headline, *story]
    # The line no rule reads: the name, the agency, the place.
    unread = credits[0]
    assert any(removal.rule_id == "generic.byline" and unread in removal.text for removal in result.removals)


def test_a_short_deck_over_the_credits_that_names_the_story_stays():
    headline = "Isiteleka samatekisi sikhubaze izinto eThekwini"
    deck = "Izinkulungwane zabagibeli zishiyeke eziteshini"
    story = ["IZINKULUNGWANE zabagibeli eThekwini zisale zingenazo izithuthi namuhla ekuseni ngemuva "
             "kokuthi abashayeli bamatekisi beteleke.",
             "Umkhandlu weTheku uthe uzohlangana nabaholi bamatekisi ngoLwesithathu.",
             "Izikole eziningi nazo zithinteke njengoba abafundi bengakwazanga ukufika ezikoleni."]
    page = ["Isolezwe", headline, deck, "Ngu-Sipho Mkhize", "Dec 4, 2026", *story]
    assert clean("\n".join(page)).text.split("\n") == [headline, deck, *story]


def test_a_short_line_parted_from_the_credits_by_a_long_deck_stays():
    site, headline, credits, story = PAGES["es"]
    second_line = "Un invierno sin huelgas"
    deck = "Las navieras del Mediterráneo desvían sus escalas hacia la bahía"
    page = [site, headline, second_line, deck, "Por Ana Ruiz", "4 de diciembre de 2026", *story]
    assert clean("\n".join(page)).text.split("\n") == [headline, second_line, deck, *story]


@pytest.mark.parametrize("short_line", [
    "Claves del acuerdo",  # a standfirst in lower case under the date
    "Entenda o que muda",
    "What changes",  # a box's heading over the first paragraph
])
def test_a_phrase_in_lower_case_under_the_date_line_stays(short_line):
    site, headline, credits, story = PAGES["es"]
    page = [site, headline, credits[0], short_line, *story]
    assert short_line in clean("\n".join(page)).text.split("\n")


def test_a_deck_with_a_dash_right_under_the_headline_stays():
    site, headline, credits, story = PAGES["es"]
    deck = "Más barcos - y más costes"
    page = [site, headline, deck, credits[0], *story]
    assert deck in clean("\n".join(page)).text.split("\n")


@pytest.mark.parametrize("under", ["The Road Ahead", "CE QUI CHANGE", "Analysis", "Dear Editor"])
def test_a_short_line_under_the_credits_over_the_first_paragraph_stays(under):
    site, headline, credits, story = PAGES["tr"]
    page = [site, headline, credits[-1], under, *story]
    assert under in clean("\n".join(page)).text.split("\n")
