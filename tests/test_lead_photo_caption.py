"""The lead photo's caption over its credit, under the headline's byline, date or deck, goes
with the credit: it is media furniture, even as a full sentence. Right under the headline,
the line over a credit is the deck; under a section's label, it is the headline itself.

Every document here was written for these tests (none is taken from a real page).
"""

import pytest

from cleaner import clean

BODY_DE = ["Mit 21 zu 12 Stimmen hat der Gemeinderat am Dienstagabend die neuen Gebühren für die "
           "städtischen Kindergärten beschlossen, die ab Januar gelten.",
           "Der Bürgermeister verteidigte die Erhöhung: Man liege damit noch immer unter dem Durchschnitt "
           "der Nachbargemeinden, sagte er nach der Sitzung.",
           "Die Elternvertretung kündigte an, Unterschriften gegen die neuen Gebühren zu sammeln und das "
           "Thema im Frühjahr erneut auf die Tagesordnung zu bringen."]


def _kept(page: list[str]) -> list[str]:
    return clean("\n".join(page)).text.split("\n")


def test_a_sentence_caption_over_its_credit_under_the_deck_and_credits_goes():
    page = ["Startseite > Region > Kreis Waldau", "Anzeige", "",
            "Kindergartengebühren in Waldau steigen ab Januar",
            "Der Gemeinderat beschließt nach langer Debatte eine Erhöhung um zehn Prozent. Eltern kündigen "
            "Widerstand an.",
            "Von Petra Lind", "14.11.2026, 18:30 Uhr", "Lesezeit: 3 Min.",
            "Eltern und Kinder vor dem Kindergarten am Schlossberg.", "Foto: Kreisbild", *BODY_DE]
    assert _kept(page) == [page[3], page[4], *BODY_DE]


def test_the_lead_photos_caption_is_no_headline_under_a_credited_header():
    # The caption over its credit is headline-shaped and nearest the body; the headline above
    # names the story.
    body = ["مراسم اختتامیه جشنواره تئاتر شهر شامگاه دوشنبه برگزار شد و نمایش «باغ انار» جایزه بهترین "
            "نمایش را از آن خود کرد.",
            "این نمایش که داستان خانواده‌ای در حاشیه رودخانه را روایت می‌کند، در بخش مردمی هم رتبه نخست را "
            "به دست آورد.",
            "کارگردان نمایش هنگام دریافت جایزه از بازیگران و گروه فنی قدردانی کرد و گفت اجرای عمومی از ماه "
            "آینده آغاز می‌شود."]
    page = ["نمایش «باغ انار» برنده جایزه بهترین نمایش جشنواره تئاتر شد", "تئاتر", "۱۲ آذر ۱۴۰۵",
            "نویسنده: مریم کاظمی", "صحنه‌ای از نمایش «باغ انار» به کارگردانی علی نادری",
            "عکس: روابط عمومی جشنواره", *body]
    assert _kept(page) == [page[0], *body]


def test_the_deck_right_under_the_headline_stays_over_a_photo_credit():
    page = ["Kindergartengebühren in Waldau steigen ab Januar",
            "Der Gemeinderat beschließt eine Erhöhung um zehn Prozent, Eltern kündigen Widerstand an.",
            "Foto: Kreisbild", *BODY_DE]
    assert _kept(page) == [page[0], page[1], *BODY_DE]


def test_a_headline_under_a_sections_label_stays_over_its_photo_credit():
    # The headline is as long as a paragraph and a menu stands above it: the line over the
    # credit is no caption there.
    body = ["Топлофикация на града започва от понеделник да подава топлинна енергия към всички "
            "абонати, съобщиха от дружеството.",
            "Цената на топлинната енергия остава непроменена до края на отоплителния сезон, уточниха "
            "от компанията.",
            "От дружеството препоръчват на живущите да проверят радиаторите си и да подадат сигнал при "
            "проблем."]
    page = ["Градски новини", "Начало Град Свят Икономика Спорт Култура Времето", "Град",
            "Топлофикация пуска парното в града от понеделник, сметките остават без промяна",
            "Снимка: Архив", "02 ноември 2026, 09:14", "Автор: Мария Петрова", "", *body]
    assert page[3] in _kept(page)


def test_a_deck_over_a_caption_that_ends_on_its_credit_stays():
    # A caption ending on its credit ("... Photograph: ...") is the caption: the line over it
    # is the deck.
    deck = "The harbour's new ferries carry twice as many passengers as the old ones, and use less fuel"
    caption = "The first of the new ferries leaves the harbour on Monday morning. Photograph: Ann Berg"
    body = ["The first of four new ferries entered service on Monday, the operator said, and the other "
            "three will follow before the summer season.",
            "Each ferry carries up to 600 passengers and 80 cars, twice as many as the boats they "
            "replace, and runs on a hybrid engine.",
            "The operator said crossings to the islands would become half-hourly from June, when all four "
            "boats are in service."]
    page = ["News | Sport | Business | Opinion", "New ferries double capacity on island routes",
            "By Tom Hale", deck, caption, *body]
    assert deck in _kept(page)


@pytest.mark.parametrize("lead", ["The bridge is finally open.", "Die Brücke ist fertig."])
def test_a_short_first_paragraph_over_a_photos_credit_stays(lead):
    # Found by review: a one-line lead of a few words over the photo's credit, under the byline
    # and the date, is the story's first paragraph, not a caption.
    body = ["After three years of works and a delay of eight months, cars crossed the new river "
            "bridge on Monday morning, the city said.",
            "The bridge carries two lanes each way and a cycle path, and replaces a crossing that "
            "was closed in 2023."]
    page = ["New river bridge opens to traffic", "By Tom Hale", "Monday, 4 May 2026", lead,
            "Photo: City archive", *body]
    assert _kept(page) == [page[0], lead, *body]
