"""A short line between two paragraphs the article keeps is its sub-heading: the learned
layer may not take it, even when the page's menu holds the same word ("Kultur", "Sport").
A line right over one a rule takes (a caption over its photo credit) is no sub-heading."""

from cleaner import clean

PAGE = """Startseite
Lokales
Politik
Wirtschaft
Kultur
Sport
Wetter
Abo
Startseite > Lokales > Seestadt
Seestadt plant ihren Haushalt: mehr Geld für Bäder, Bühnen und Sportplätze
Der Stadtrat will im nächsten Jahr 31 Millionen Euro ausgeben, vier Prozent mehr als bisher. Die Grünen enthielten sich.
Veröffentlicht am 14.03.2025 um 09:15 Uhr
Nach einer langen Sitzung hat der Stadtrat von Seestadt am Montagabend den Haushaltsentwurf für das kommende Jahr beschlossen.
Bäder
Das Hallenbad am Hafen bekommt ein neues Dach und eine Solaranlage, zusammen kosten die Arbeiten rund zwei Millionen Euro.
Kultur
Die Stadtbühne erhält einen höheren Zuschuss und soll dafür im Sommer wieder Freilichttheater im Schlosspark spielen.
Sport
Auf dem Sportplatz am Deich wird der Kunstrasen erneuert, die Vereine hatten seit Jahren darauf gedrängt.
Anzeige
Kritik aus der Opposition
Die Grünen halten die neuen Schulden für zu hoch und vermissen Geld für Busse und Radwege in den Ortsteilen.
Der Kämmerer entgegnete, die Stadt liege bei der Verschuldung weiter unter dem Durchschnitt vergleichbarer Städte.
Über den Haushalt stimmt der Kreistag im Mai ab.
Schlagworte:
Seestadt
Haushalt
Stadtrat"""


def test_sub_headings_named_like_the_menu_stay_between_their_paragraphs():
    kept = clean(PAGE).text.split("\n")
    assert {"Bäder", "Kultur", "Sport"} <= set(kept)


def test_the_menu_that_holds_the_same_words_still_goes():
    kept = clean(PAGE).text.split("\n")
    assert "Startseite" not in kept and "Wirtschaft" not in kept and "Anzeige" not in kept


def test_a_caption_over_its_photo_credit_between_paragraphs_still_goes():
    page = PAGE.replace("Anzeige\n", "Anzeige\nDer Kunstrasen am Deich im Herbst\nFoto: Stadt Seestadt\n", 1)
    assert "Der Kunstrasen am Deich im Herbst" not in clean(page).text.split("\n")
