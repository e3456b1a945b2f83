"""A chronology's years standing alone over their paragraphs are sub-headings, not the lone
numbers `common.numbers-only` takes off a page (counters, page numbers, list numbers).

Every document here was written for these tests (none is taken from a real page).
"""

import pytest

from cleaner import clean

CHRONOLOGIES = {
    "ar": ["أبرز محطات المهرجان منذ تأسيسه",
           "انطلق مهرجان المدينة للمسرح قبل عقدين بمبادرة من فرقة صغيرة، وأصبح اليوم موعدا سنويا ينتظره الجمهور.",
           "2009",
           "أقيمت الدورة الأولى في قاعة البلدية القديمة بمشاركة خمس فرق محلية وحضور بضع مئات من المتفرجين.",
           "2014",
           "انتقل المهرجان إلى المسرح الوطني بعد ترميمه، واستقبل لأول مرة فرقا من ثلاث دول عربية مجاورة.",
           "2021",
           "عاد المهرجان بعد توقف عامين بسبب الجائحة، وقدم عروضه في الساحات العامة مجانا لجميع السكان."],
    "fa": ["مهم‌ترین رویدادهای باشگاه در سال‌های اخیر",
           "باشگاه فوتبال شهر در دهه گذشته فراز و نشیب‌های زیادی را پشت سر گذاشته و چند بار سرمربی خود را تغییر داده است.",
           "1395",
           "تیم پس از سال‌ها انتظار به لیگ برتر صعود کرد و هواداران تا نیمه شب در خیابان‌های شهر جشن گرفتند.",
           "1398",
           "باشگاه با مشکلات مالی روبه‌رو شد و چند بازیکن کلیدی خود را به تیم‌های پایتخت فروخت.",
           "1401",
           "تیم جوان باشگاه با مربی تازه به رده سوم جدول رسید و سهمیه حضور در رقابت‌های آسیایی را گرفت."],
    "en": ["How the harbour bridge took shape",
           "The new harbour bridge opens to traffic next week, fifteen years after the council first asked engineers to study a crossing.",
           "- 2012 -",
           "A first design with a lifting span was rejected because shipping companies feared long waits at the locks.",
           "- 2016 -",
           "The council chose a high fixed arch, and work began on the foundations on both banks of the river.",
           "- 2023 -",
           "The last steel section was lifted into place in a night operation watched by thousands from the quays."],
    "fr": ["Les grandes dates du musée de la mine",
           "Le musée de la mine fête ses quarante ans ce week-end avec des visites gratuites et une exposition de photographies anciennes.",
           "1984",
           "Les anciens mineurs ouvrent la première salle dans le bâtiment des vestiaires, avec des outils prêtés par les familles.",
           "1997",
           "La galerie souterraine est rouverte au public après trois ans de travaux de sécurité menés par la région.",
           "2015",
           "Un nouveau bâtiment d'accueil est inauguré, avec une salle pour les classes et un centre de documentation."],
}


@pytest.mark.parametrize("language", sorted(CHRONOLOGIES))
def test_a_chronologys_years_over_their_paragraphs_stay(language):
    text = "\n".join(CHRONOLOGIES[language])
    assert clean(text).text == text


@pytest.mark.parametrize("language", ["ar", "en"])
def test_years_out_of_order_are_no_chronology(language):
    # Figures over paragraphs in no order (2021 between 2009 and 2014) are no run of year
    # headings: what they count is not known, and the numbers rule takes them as before.
    lines = list(CHRONOLOGIES[language])
    lines[2], lines[4] = lines[4], lines[2]
    lines[4], lines[6] = lines[6], lines[4]
    removed = [r.rule_id for r in clean("\n".join(lines)).removals]
    assert removed.count("common.numbers-only") == 3


def test_a_lone_year_over_a_paragraph_still_goes():
    lines = CHRONOLOGIES["en"][:4] + ["The bridge will carry two lanes of traffic and a path for cyclists and walkers on its eastern side."]
    removed = [(r.rule_id, r.text) for r in clean("\n".join(lines)).removals]
    assert removed == [("common.numbers-only", "- 2012 -")]


def test_years_with_no_paragraph_under_each_still_go():
    # Page numbers or an archive's years in a row below the story: no paragraph under each.
    lines = CHRONOLOGIES["fr"][:2] + CHRONOLOGIES["fr"][3:4] + ["2019", "2020", "2021"]
    removed = [(r.rule_id, line) for r in clean("\n".join(lines)).removals for line in r.text.split("\n")]
    assert removed == [("common.numbers-only", "2019"), ("common.numbers-only", "2020"), ("common.numbers-only", "2021")]


# A diary's days alone over their entries: the article's own headings, not its publication date.
DIARY = ["Дневник ремонта: как мы три месяца чинили старую дачу",
         "Весной мы решили наконец привести в порядок дачу, которая досталась нам от бабушки.",
         "12 марта",
         "Приехали посмотреть на крышу. Она протекает в трёх местах, а забор почти упал.",
         "26 марта",
         "Нашли бригаду из соседней деревни. Они обещали закончить крышу за две недели.",
         "9 апреля",
         "Крыша готова, и в доме впервые за много лет сухо. Теперь очередь за забором.",
         "Что мы поняли за это время: начинать нужно с крыши, а не с обоев."]


@pytest.mark.parametrize("learned", [False, True], ids=["heuristics", "with the model"])
def test_a_diarys_date_headings_stay(learned):
    assert clean("\n".join(DIARY), learned=learned).text == "\n".join(DIARY)


def test_time_stamps_under_commenters_names_are_no_headings():
    # No heading names the thread: the stamps stand under the names alone.
    thread = ["Ольга", "12 марта", "Спасибо за советы, у нас такая же дача и такая же крыша.",
              "Игорь", "13 марта", "А сколько стоила работа бригады? Напишите, пожалуйста.",
              "Мария", "14 марта", "Очень полезный дневник, жду продолжения про забор."]
    kept = clean("\n".join([*DIARY, *thread])).text.split("\n")
    assert not {"12 марта", "13 марта", "14 марта"} & set(kept[len(DIARY):])
