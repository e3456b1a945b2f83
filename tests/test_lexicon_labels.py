"""Read-also labels, related-stories headings and most-read headings of news sites in many
languages that the lexicons missed. A label opens an inline link line ("Label: <headline>"); a
heading stands alone on its line over a box of other stories. The same words opening a
sentence are prose and stay.

Every text here was written for these tests (none is taken from a real page).
"""

import pytest
from lexicon_hits import language_lines, rules_hitting

from cleaner import clean

READ_ALSO = {
    "ur": ["متعلقہ"],
    "bn": ["এ বিষয়ে আরও পড়ুন", "সম্পর্কিত"],
    "tr": ["Bu da ilginizi çekebilir"],
    "it": ["Per approfondire"],
    "ko": ["함께 보면 좋은 기사"],
    "he": ["ראו גם"],
    "el": ["Διαβάστε περισσότερα"],
    "cs": ["Více k tématu"],
    "sk": ["Viac k téme", "Súvisiace"],
    "hr": ["Vezano"],
    "sr": ["Повезано"],
    "ms": ["Berkaitan"],
    "ca": ["Relacionat"],
    "az": ["Oxşar xəbər"],
    "kk": ["Тақырыпқа қатысты"],
    "ka": ["ამავე თემაზე"],
    "lt": ["Susiję"],
    "sl": ["Povezano"],
    "mk": ["Поврзано"],
    "sq": ["Lexo më shumë", "Shih gjithashtu"],
    "te": ["సంబంధిత వార్త"],
    "mr": ["संबंधित बातमी"],
}
RELATED = {
    "fa": ["سایر اخبار این بخش"],
    "ur": ["اسی موضوع پر مزید"],
    "hi": ["और भी खबरें"],
    "de": ["Weitere Artikel zum Thema"],
    "it": ["Altre notizie della sezione"],
    "pl": ["Więcej z tej kategorii"],
    "uk": ["Вас також може зацікавити", "Більше новин з розділу"],
    "th": ["ข่าวอื่นๆ ในหมวดนี้"],
    "he": ["אולי יעניין אותך גם"],
    "el": ["Περισσότερα από την ενότητα"],
    "ro": ["Te-ar putea interesa", "Mai multe din secțiune"],
    "cs": ["Další zprávy z rubriky"],
    "sk": ["Ďalšie správy z rubriky"],
    "hu": ["További hírek a rovatból"],
    "da": ["Andre læser også"],
    "no": ["Mer om dette temaet", "Andre leser også"],
    "hr": ["Još iz rubrike"],
    "ms": ["Anda mungkin juga suka"],
    "ca": ["Més notícies de la secció"],
    "ka": ["ამავე თემაზე", "ასევე დაგაინტერესებთ"],
    "hy": ["Այս թեմայով"],
    "lt": ["Daugiau šia tema"],
    "lv": ["Vairāk par tēmu", "Jums varētu interesēt"],
    "et": ["Veel samal teemal", "Sind võib huvitada ka"],
    "sl": ["Povezani članki", "Morda vas zanima tudi", "Več iz rubrike"],
    "mk": ["Повеќе од рубриката", "Можеби ќе ве интересира"],
    "sq": ["Artikuj të lidhur"],
    "mr": ["आणखी बातम्या"],
}
MOST_READ = {
    "ko": ["가장 많이 본 기사", "실시간 인기 기사"],
    "th": ["ข่าวฮิต"],
    "tr": ["Popüler haberler"],
    "pl": ["Popularne teraz"],
    "ur": ["مقبول خبریں"],
    "da": ["Populære artikler", "Mest læst lige nu"],
    "fi": ["Luetuimmat juuri nyt"],
    "no": ["Mest lest nå"],
    "ta": ["பிரபலமான செய்திகள்"],
}
HEADINGS = language_lines(RELATED, MOST_READ)


def _box_rules(language: str, line: str) -> list[str]:
    return [rule.id for rule in rules_hitting(language, line) if rule.action in ("drop-block", "cut")]


@pytest.mark.parametrize("language, label", language_lines(READ_ALSO))
def test_a_read_also_label_over_a_headline_is_a_box(language, label):
    assert _box_rules(language, f"{label}: Night ferries return to the islands this summer")


@pytest.mark.parametrize("language, heading", HEADINGS)
def test_a_heading_alone_on_its_line_is_a_box(language, heading):
    assert _box_rules(language, heading)


@pytest.mark.parametrize("language, heading", HEADINGS)
def test_the_heading_opening_a_sentence_is_no_box(language, heading):
    assert _box_rules(language, f"{heading} 2024, the council said on Tuesday, and the vote will follow.") == []


def test_a_most_read_box_under_the_article_goes():
    article = ["Færgen til øen sejler igen efter tre ugers pause",
               "Færgeruten til øen genoptages mandag, efter at reparationerne af færgelejet er blevet færdige "
               "tidligere end ventet.",
               "Under pausen har øboerne måttet sejle med en mindre båd, der kun tog gående og cyklister.",
               "Kommunen lover, at sejlplanen bliver den samme som før stoppet."]
    box = ["Mest læst lige nu", "Ny cykelsti langs kysten indvies i juni",
           "Skolen får ny idrætshal efter mange års venten", "Bibliotekets åbningstider udvides i sommer"]
    assert clean("\n".join(article + box)).text == "\n".join(article)


@pytest.mark.parametrize("language, label, sentence", [
    # A label without its colon opens ordinary sentences.
    ("hr", "Vezano", "Vezano uz novi proračun, vijećnici su tražili više novca za škole."),
    # "More" and "details" labels carry the story's own details and are no read-also label.
    ("hr", "Više", "Više: prijave do 15. svibnja na broj 051 123 456, radnim danom od 8 do 14 sati."),
    ("hu", "Bővebben", "Bővebben: a teljes program a művelődési ház honlapján olvasható."),
    ("es", "Más información", "Más información: las inscripciones pueden hacerse en el teléfono 010."),
    ("it", "Per approfondire", "Per approfondire il tema, il consiglio ha nominato una commissione di esperti."),
    ("sk", "Súvisiace", "Súvisiace náklady na opravu mosta zaplatí kraj zo svojho rozpočtu."),
])
def test_a_read_also_label_without_its_colon_opens_prose(language, label, sentence):
    assert _box_rules(language, sentence) == []


@pytest.mark.parametrize("language, text", [
    # A superlative alone over a list is the article's own list (no rule reads it).
    ("hr", ["Najpopularnija odredišta ovog ljeta", "Turistička zajednica objavila je koja su mjesta gosti "
            "ovog ljeta posjećivali najviše, prema broju noćenja u srpnju i kolovozu.",
            "Najpopularnije:", "Rovinj", "Dubrovnik", "Hvar", "Makarska",
            "Broj noćenja porastao je za šest posto u odnosu na prošlu godinu."]),
    ("ro", ["Ce nume au primit copiii născuți anul trecut", "Institutul de statistică a publicat lista numelor "
            "date nou-născuților anul trecut, iar clasamentul s-a schimbat puțin față de anul precedent.",
            "Cele mai populare:", "Maria", "Andrei", "Elena", "Alexandru",
            "Numele compuse au devenit mai rare, arată datele institutului."]),
])
def test_an_article_list_under_a_superlative_stays(language, text):
    assert clean("\n".join(text)).text == "\n".join(text)
