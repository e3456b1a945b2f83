"""A gallery's captions, numbered out of their count ("2 di 7 – ..."), between a page's headline
and its story are never taken for the headline. Every text but the read probe's page is
invented."""

from cleaner import clean
from cleaner import heuristics as h
from cleaner.engine import decide_lines
from cleaner.normalize import normalize_lines
from cleaner.rules import default_rules


def test_a_gallery_between_the_headline_and_the_story_is_never_its_headline():
    # The caption nearest the story was taken for the headline, and the real headline and
    # deck above it went as the page's menu (read probe BE it).
    kept = clean("\n".join(PAGE_WITH_GALLERY)).text.splitlines()
    assert kept[:2] == [PAGE_WITH_GALLERY[8], PAGE_WITH_GALLERY[10]]


def test_only_numbers_counting_up_out_of_one_count_are_counted_lines():
    lines = ["1/2 cup milk", "1/2 tsp salt", "3/4 cup flour", "Mix the flour and the salt, then add the milk.",
             "1/4 Walked up to the glacier this morning", "2/4 The ice has gone back by forty metres",
             "3/4 Guides say the path will close in August", "4/4 More photos tomorrow"]
    page, _, _ = decide_lines(lines, normalize_lines(lines), default_rules().matcher_for([], "en"), layout=True)
    assert h.counted_lines(page) == [4, 5, 6, 7]


def test_a_how_tos_steps_with_a_photo_credit_in_one_stay():
    # Steps end on full stops; a gallery's captions end on none.
    steps = ["1/4 First cut back every dead, diseased or frozen shoot to healthy wood.",
             "2/4 Then remove shoots that grow inwards or cross, so that air reaches the plant.",
             "3/4 Cut at a slant, half a centimetre above an outward-facing bud (Photo: Anna Berg).",
             "4/4 Finally feed the rose with compost and water it well."]
    page = ["How to prune roses in spring", "Late March is the time to prune most roses, gardeners say.", *steps,
            "Climbing roses are pruned after they flower, in late summer."]
    assert clean("\n".join(page)).text.splitlines() == page


def test_a_thread_counted_out_of_its_count_stays():
    thread = ["1/4 Walked up to the glacier this morning", "2/4 The ice has gone back by forty metres",
              "3/4 Guides say the path will close in August", "4/4 More photos tomorrow"]
    page = ["The glacier is going faster than the guides thought",
            "A mountain guide posted a thread on Sunday that has since been shared thousands of times.",
            "It reads in full:", *thread,
            "Scientists at the university said the figures match their own measurements this summer."]
    assert clean("\n".join(page)).text.splitlines() == page


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
