"""A native ad inside the article: under its label ("Sponsored", "Annonce"), one to three
teasers, each a headline over its advertiser's name. The label goes by its rule (`ad_label`),
the teasers and names as generic.sponsored-teasers; the article goes on under them.

Every document here was written for these tests (none is taken from a real page).
"""

import pytest

from cleaner import clean

# language -> (headline, paragraphs above the ad, the ad's label, its lines, paragraphs below)
PAGES = {
    "en": ("Harbour ferries to run through the night this summer",
           ["The island ferry company will run night crossings every two hours from June to August, "
            "its chief executive said on Tuesday.",
            "The night boats will carry foot passengers and cyclists only, and tickets will cost the "
            "same as in the daytime."],
           "Sponsored",
           ["Homeowners are cutting their heating bills by a quarter with this simple valve", "Warm Home Direct",
            "Why thousands are switching their savings before the spring", "Northgate Money"],
           ["The company expects about four hundred passengers a night at weekends, when the last "
            "bus from the town centre leaves before midnight.",
            "Residents of the harbour streets have asked for quieter engines on the night boats."]),
    "cs": ("Pivo v hospodách opět zdraží, hostinští viní energie i nájmy",
           ["Půllitr točeného piva stojí v Praze v průměru už přes šedesát korun, ukázal průzkum "
            "mezi stovkou hospod.",
            "Hospodští jako hlavní důvod zdražování uvádějí vyšší náklady na energie, nájem a mzdy."],
           "Komerční sdělení",
           ["Tahle chytrá hlavice vám ušetří čtvrtinu nákladů na topení", "Teplo Domov"],
           ["Pivovary přiznávají, že ceny sudového piva v posledních dvou letech několikrát zvedly. "
            "Zdůvodňují to dražším sladem, obaly a dopravou.",
            "Češi v hospodách loni vypili zhruba o pět procent piva méně než v předchozím roce."]),
    "it": ("Siccità, nel paese l'acqua arriva a giorni alterni",
           ["Da lunedì l'acqua corrente arriverà nelle case di Montelauro solo a giorni alterni, ha "
            "deciso il gestore idrico dopo il terzo mese senza pioggia.",
            "Nelle campagne il grano è già perso e gli agricoltori temono per i mandorleti."],
           "Contenuti sponsorizzati",
           ["Il metodo che sta facendo risparmiare migliaia di famiglie sulla bolletta", "Risparmio Casa Oggi",
            "Questi occhiali da lettura stanno andando a ruba: ecco perché", "OtticaPiù"],
           ["Il gestore assicura che i turni resteranno in vigore almeno fino a settembre, ma non "
            "esclude ulteriori riduzioni se non dovesse piovere.",
            "Nel frattempo sono iniziati i lavori per collegare la rete comunale a due pozzi."]),
    "da": ("Skolemad på alle skoler giver flere grøntsager på tallerkenen",
           ["Efter et år med fælles skolemad spiser eleverne markant flere grøntsager, viser en "
            "evaluering fra kommunen.",
            "Andelen af elever, der spiser grøntsager til frokost, er steget fra 41 til 68 procent."],
           "Annonce",
           ["Sådan får du mere ud af din pension – få et gratis overblik i dag", "Nordkyst Pension"],
           ["– Når alle sidder og spiser det samme, smager børnene også på ting, de ellers ville have "
            "valgt fra, siger lektor Ida Bruun.",
            "Til gengæld ender omkring en fjerdedel af maden i skraldespanden."]),
}


@pytest.mark.parametrize("language", PAGES)
def test_a_native_ads_teasers_and_advertisers_go_with_its_label(language):
    headline, above, label, ad, below = PAGES[language]
    result = clean("\n".join([headline, *above, label, *ad, *below]))
    assert result.text.split("\n") == [headline, *above, *below]
    assert [removal.text for removal in result.removals
            if removal.rule_id == "generic.sponsored-teasers"] == ["\n".join(ad)]


HEADLINE = "Harbour ferries to run through the night this summer"
ABOVE = ["The island ferry company will run night crossings every two hours from June to August, "
         "its chief executive said on Tuesday.",
         "The night boats will carry foot passengers and cyclists only, and tickets will cost the "
         "same as in the daytime."]
BELOW = ["The company expects about four hundred passengers a night at weekends, when the last "
         "bus from the town centre leaves before midnight.",
         "Residents of the harbour streets have asked for quieter engines on the night boats."]


@pytest.mark.parametrize("article_lines", [
    # The scrape lost the ad: the label stands over the article's sub-heading.
    ["Night buses were cut last year"],
    # A sub-heading over a score is a match report's, not an ad's name.
    ["Harbour Rovers beat the ferrymen's team", "Rovers 2 Ferrymen 1"],
    # Verse quoted in the story pairs long and short lines too, but runs on past three pairs.
    ["The sea was grey when the night boat left", "and no one sang",
     "The gulls came down on the empty quay", "and no one sang",
     "The harbour lights went out one by one", "and no one sang",
     "We waited there until the morning tide", "and no one sang"],
])
def test_the_articles_lines_under_an_ads_label_stay(article_lines):
    result = clean("\n".join([HEADLINE, *ABOVE, "Advertisement", *article_lines, *BELOW]))
    assert result.text.split("\n") == [HEADLINE, *ABOVE, *article_lines, *BELOW]
