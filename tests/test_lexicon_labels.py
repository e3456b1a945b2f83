"""Read-also labels, related-stories headings and most-read headings of news sites in many
languages that the lexicons missed. A label opens an inline link line ("Label: <headline>"); a
heading stands alone on its line over a box of other stories. The same words opening a
sentence are prose and stay.

Every text here was written for these tests (none is taken from a real page).
"""

import pytest

from cleaner import clean
from cleaner.normalize import normalize
from cleaner.rules import default_rules

READ_ALSO = {
    "ur": ["متعلقہ"],
    "bn": ["এ বিষয়ে আরও পড়ুন", "সম্পর্কিত"],
    "tr": ["Bu da ilginizi çekebilir"],
    "it": ["Per approfondire"],
    "es": ["Más información"],
    "ko": ["함께 보면 좋은 기사"],
    "he": ["ראו גם"],
    "el": ["Διαβάστε περισσότερα"],
    "cs": ["Více k tématu"],
    "sk": ["Viac k téme", "Súvisiace"],
    "hu": ["Bővebben"],
    "hr": ["Više", "Vezano"],
    "sr": ["Опширније", "Повезано"],
    "ms": ["Berkaitan"],
    "ca": ["Més informació", "Relacionat"],
    "az": ["Ətraflı", "Oxşar xəbər"],
    "kk": ["Толығырақ", "Тақырыпқа қатысты"],
    "ka": ["ვრცლად", "ამავე თემაზე"],
    "lt": ["Susiję"],
    "et": ["Loe lähemalt"],
    "sl": ["Povezano"],
    "mk": ["Повеќе", "Поврзано"],
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
    "ar": ["الأكثر تداولا"],
    "ur": ["مقبول خبریں"],
    "tr": ["Popüler haberler"],
    "pl": ["Popularne teraz"],
    "uk": ["Найчитаніші"],
    "ko": ["가장 많이 본 기사", "실시간 인기 기사"],
    "th": ["ข่าวฮิต"],
    "he": ["הכי נקראות", "הכי פופולרי"],
    "el": ["Πιο διαβασμένα"],
    "ro": ["Cele mai populare"],
    "sk": ["Najpopulárnejšie"],
    "sv": ["Mest läst"],
    "da": ["Populære artikler", "Mest læst lige nu"],
    "no": ["Mest populært", "Mest lest nå"],
    "fi": ["Luetuimmat juuri nyt"],
    "bg": ["Най-популярни"],
    "hr": ["Najpopularnije"],
    "sr": ["Најпопуларније"],
    "et": ["Loetumad", "Populaarseimad"],
    "sl": ["Najbolj priljubljeno"],
    "mk": ["Најпопуларни"],
    "sq": ["Më të shikuarat"],
    "ta": ["அதிகம் படித்தவை", "பிரபலமான செய்திகள்"],
    "te": ["ట్రెండింగ్"],
    "ml": ["ട്രെൻഡിങ്"],
    "mr": ["ट्रेंडिंग"],
}
HEADINGS = [(language, heading) for table in (RELATED, MOST_READ)
            for language, headings in table.items() for heading in headings]


def _box_rules(language: str, line: str) -> list[str]:
    matcher = default_rules().matcher_for((), language)
    hits = matcher.match_lines([normalize(line)], [len(line) + 1])[0]
    return [rule.id for rule, _ in hits if rule.action in ("drop-block", "cut")]


@pytest.mark.parametrize("language, label", [(language, label) for language, labels in READ_ALSO.items()
                                             for label in labels])
def test_a_read_also_label_over_a_headline_is_a_box(language, label):
    assert _box_rules(language, f"{label}: Night ferries return to the islands this summer")


@pytest.mark.parametrize("language, heading", HEADINGS)
def test_a_heading_alone_on_its_line_is_a_box(language, heading):
    assert _box_rules(language, heading)


@pytest.mark.parametrize("language, heading", HEADINGS)
def test_the_heading_opening_a_sentence_is_no_box(language, heading):
    assert _box_rules(language, f"{heading} 2024, the council said on Tuesday, and the vote will follow.") == []


def test_a_most_read_box_under_the_article_goes():
    article = ["Färjan till ön går igen efter tre veckors uppehåll",
               "Färjetrafiken till ön återupptas på måndag efter att reparationerna av färjeläget blivit klara "
               "tidigare än väntat.",
               "Under uppehållet har öborna fått åka med en mindre båt som bara tagit gående och cyklister.",
               "Kommunen lovar att turlistan blir densamma som före stoppet."]
    box = ["Mest läst", "Ny cykelbana längs kusten invigs i juni",
           "Skolan får ny idrottshall efter många års väntan", "Bibliotekets öppettider utökas under sommaren"]
    assert clean("\n".join(article + box)).text == "\n".join(article)
