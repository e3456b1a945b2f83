"""A photo gallery's captions, each opening on its number out of the count ("3/7 ...", "2 di 7
– ..."), go wherever they stand (generic.gallery); lists that count up the same way but are
the article's stay. Every text is invented."""

import pytest

from cleaner import clean

BODY = [
    "The olive harvest in the south of the island started two weeks early this year, after a dry summer that "
    "left the fruit smaller and with less juice than usual.",
    "Growers say the yield will be about a third lower than last year, and the cooperative mills expect to press "
    "less oil than at any time in the past decade.",
    "Prices at the mills have already risen, and traders say the first oil of the season is selling at twice "
    "last year's price on the wholesale market in Heraklion.",
    "The regional authority has asked the ministry for help for the smallest growers, who sell most of their "
    "oil to the cooperatives and have no other income in the winter.",
]

GALLERIES = {
    "slash": ["1/5 Harvest in a grove near Moires (Photo: Maria Chatzaki)", "2/5 Nets are laid under the trees",
              "3/5 Sacks of olives at the entrance of the mill", "4/5 The pressing line of a cooperative mill",
              "5/5 The first oil of the year"],
    "word": ["1 di 5 – La colonna di cenere vista da Nicolosi (foto di Salvo Russo)",
             "2 di 5 – La fontana di lava dal versante sud", "3 di 5 – Cenere vulcanica sulle auto in via Etnea",
             "4 di 5 – Operai al lavoro sulle piste dell'aeroporto", "5 di 5 – Il pennacchio visto dal lungomare"],
}


@pytest.mark.parametrize("gallery", GALLERIES.values(), ids=GALLERIES.keys())
def test_a_gallerys_numbered_captions_go_inside_the_article(gallery):
    text = "\n".join(["Olive harvest starts early on Crete", *BODY[:2], *gallery, *BODY[2:]])
    result = clean(text)
    assert result.text.splitlines() == ["Olive harvest starts early on Crete", *BODY]
    assert {removal.rule_id for removal in result.removals} == {"generic.gallery"}


def test_a_schedules_days_that_count_up_like_a_gallery_stay():
    # Day and month ("1/7", "2/7") open a festival's programme: no photographer is credited.
    programme = ["1/7 Opening concert in the main square", "2/7 Children's theatre in the park",
                 "3/7 Night market on the harbour front", "4/7 Closing parade through the old town"]
    text = "\n".join(["Harbour festival returns in July", *BODY[:2], *programme, *BODY[2:]])
    assert clean(text).text.splitlines() == ["Harbour festival returns in July", *BODY[:2], *programme, *BODY[2:]]


def test_a_thread_of_posts_numbered_like_a_gallery_stays():
    # A quoted thread is sentences, even with a photo credited under one of its posts (that
    # line, a caption that ends on its credit, goes by its rule).
    thread = ["1/4 The council met tonight and voted to close the bridge to cars from March.",
              "2/4 Cyclists and pedestrians keep using it while it is repaired. Photo: Jens Weber",
              "3/4 Buses will take the ring road, which adds about ten minutes to each trip.",
              "4/4 The vote was 21 to 14, with two abstentions."]
    text = "\n".join(["Council closes bridge to cars", *BODY[:2], *thread, *BODY[2:]])
    assert clean(text).text.splitlines() == ["Council closes bridge to cars", *BODY[:2], thread[0], *thread[2:],
                                             *BODY[2:]]


def test_a_gallery_between_the_headline_and_the_story_is_never_its_headline():
    # The caption nearest the story was taken for the headline, and the real headline and
    # deck above it went as the page's menu (read probe BE it).
    kept = clean("\n".join(PAGE_WITH_GALLERY)).text.splitlines()
    assert kept[:2] == [PAGE_WITH_GALLERY[8], PAGE_WITH_GALLERY[10]]
    assert not any(line[0].isdigit() for line in kept)


PAGE_WITH_GALLERY = [
    'CronacheSud.it',
    'Catania · Palermo · Messina · Siracusa · Ragusa · Reggio Calabria',
    'Home | Cronaca | Politica | Economia | Sport | Cultura | Video | Foto',
    'Cerca',
    'Questo sito utilizza cookie tecnici e di profilazione. Continuando la navigazione acconsenti al loro utilizzo. Ok | Leggi di più',
    '',
    'CATANIA',
    '',
    "Etna, nuova fontana di lava: cenere sulla città, chiuso l'aeroporto di Catania",
    '',
    "L'Ingv segnala un'intensa attività al cratere di Sud-Est. Voli dirottati su Palermo e Comiso, disagi per migliaia di passeggeri",
    '',
    'Redazione Catania',
    '4 luglio 2024 - 08:40',
    '',
    'FOTOGALLERY',
    "1 di 7 – La colonna di cenere vista da Nicolosi all'alba (foto di Salvo Russo)",
    '2 di 7 – La fontana di lava dal versante sud',
    '3 di 7 – Cenere vulcanica sulle auto in via Etnea',
    "4 di 7 – Operai al lavoro per la pulizia delle piste dell'aeroporto",
    '5 di 7 – Passeggeri in attesa nel terminal di Fontanarossa',
    '6 di 7 – Il pennacchio visto dal lungomare di Catania',
    '7 di 7 – Un vigile urbano regola il traffico a Zafferana Etnea',
    'Guarda tutte le foto',
    '',
    "Nuovo spettacolare parossismo dell'Etna nella notte. Poco dopo le 3, secondo quanto comunicato dall'Osservatorio Etneo dell'Istituto nazionale di geofisica e vulcanologia, il cratere di Sud-Est ha prodotto una fontana di lava alta diverse centinaia di metri, accompagnata da una colonna eruttiva che ha raggiunto i 9 chilometri di altezza.",
    '',
    "Il vento ha spinto la nube di cenere verso sud-est, investendo in pieno Catania e i comuni dell'hinterland. Strade, balconi e auto sono stati ricoperti da uno strato di sabbia vulcanica scura, che in alcune zone supera il centimetro di spessore.",
    '',
    "La Sac, società che gestisce lo scalo di Fontanarossa, ha disposto la chiusura dell'aeroporto alle 5.30. «Le operazioni di volo sono sospese fino a nuova comunicazione, per consentire la pulizia delle piste e dei piazzali», si legge in una nota. I voli in arrivo sono stati dirottati sugli aeroporti di Palermo e Comiso, mentre numerose partenze sono state cancellate o posticipate.",
    '',
    "Scarica l'app di CronacheSud",
    'Le notizie della Sicilia in tempo reale, ovunque tu sia. Disponibile gratis su App Store e Google Play.',
    '',
    'Centinaia di passeggeri sono rimasti bloccati nei terminal per ore. «Dovevo partire per Milano alle 7, nessuno ci dà informazioni certe», racconta una viaggiatrice. Alcune compagnie hanno organizzato pullman per trasferire i passeggeri verso Palermo.',
    '',
    'Sindaci in campo per la pulizia',
    '',
    'Diversi sindaci dei comuni etnei hanno emanato ordinanze che vietano la circolazione di moto e scooter fino alla completa rimozione della cenere dalle strade, per il rischio di scivolamento. A Catania il Comune ha invitato i cittadini a raccogliere la sabbia vulcanica in sacchetti resistenti da lasciare accanto ai cassonetti, senza mescolarla con gli altri rifiuti.',
    '',
    "Secondo i vulcanologi, la fase parossistica si è esaurita nelle prime ore del mattino e al momento l'attività è tornata a livelli ordinari. «Non si può escludere però che nei prossimi giorni si verifichino nuovi episodi simili», avvertono dall'Ingv.",
    '',
    'Tag: Etna, eruzione, aeroporto di Catania, cenere vulcanica',
    '',
    'I PIÙ LETTI',
    '1. Palermo, incendio nella notte alla Favorita: evacuate alcune abitazioni',
    '2. Messina, il ponte sullo Stretto torna in consiglio comunale',
    '3. Esami di maturità, i voti più alti sono in Sicilia',
    '4. Siracusa, turista salvato dalla Guardia costiera a Ortigia',
    '5. Caldo record, bollino rosso in tre città siciliane',
    '',
    'Chi siamo – Contatti – Pubblicità – Privacy policy – Cookie policy',
    'CronacheSud.it © 2024 – Tutti i diritti riservati',
]
