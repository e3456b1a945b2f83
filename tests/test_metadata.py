"""Metadata is reported as the page spells it: a source keeps its first letter and its case,
Arabic tags keep their spelling and come one tag an item, a Persian description keeps ZWNJ."""

import pytest

from cleaner import clean, clean_html
from cleaner.normalize import normalize, original_rest

BODY = ("The council voted on Tuesday to close the old bridge to cars from next month, officials said.\n"
        "Engineers found cracks in two of the supporting piers during an inspection in the spring.\n")
AR_BODY = ("أعلنت وزارة النقل يوم الأحد خطة جديدة لتخفيف الازدحام في شوارع العاصمة بعد شكاوى متكررة.\n"
           "وقال الوزير إن التنفيذ يبدأ الشهر المقبل ويشمل الخطوط الرئيسية كلها في المدينة وضواحيها.\n")


DE_BODY = ("Der Stadtrat hat am Dienstag beschlossen, die alte Brücke ab dem nächsten Monat für "
           "Autos zu sperren.\nIngenieure hatten im Frühjahr Risse in zwei der Pfeiler gefunden, "
           "die Reparatur dauert ein Jahr.\n")
TR_BODY = ("Belediye meclisi salı günü eski köprünün gelecek aydan itibaren araç trafiğine "
           "kapatılmasına karar verdi.\nMühendisler bahar aylarında yapılan incelemede iki ayakta "
           "çatlaklar buldu ve onarım bir yıl sürecek.\n")
FR_BODY = ("Le conseil municipal a voté mardi la fermeture du vieux pont aux voitures à partir du "
           "mois prochain.\nLes ingénieurs avaient trouvé des fissures dans deux des piliers lors "
           "d'une inspection au printemps.\n")


@pytest.mark.parametrize("body, line, source", [
    (BODY, "Source: Reuters", "Reuters"),
    (DE_BODY, "Quelle: dpa", "dpa"),
    (TR_BODY, "Kaynak: AA", "AA"),
    (FR_BODY, "Sources : Le Monde", "Le Monde"),
])
def test_a_source_keeps_its_first_letter_and_its_case(body, line, source):
    result = clean(body + line)
    assert result.metadata["source"] == [source]
    assert result.text == body.strip()


def test_an_arabic_source_keeps_its_spelling():
    result = clean(AR_BODY + "المصدر: وكالة الأنباء السعودية (واس)")
    assert result.metadata["source"] == ["وكالة الأنباء السعودية (واس)"]


@pytest.mark.parametrize("line, tags", [
    ("الوسوم: السعودية، الرياض، النقل العام", ["السعودية", "الرياض", "النقل العام"]),
    ("كلمات دلالية: إعادة الإعمار | الأمم المتحدة | غزة", ["إعادة الإعمار", "الأمم المتحدة", "غزة"]),
    ("كلمات دلالية: أخبار السعودية - الطقس", ["أخبار السعودية", "الطقس"]),
])
def test_arabic_tags_come_one_an_item_in_their_own_spelling(line, tags):
    result = clean(AR_BODY + line)
    assert result.metadata["tags"] == tags
    assert "الوسوم" not in result.text and "كلمات دلالية" not in result.text


def test_original_rest_maps_a_normalised_tail_back_to_the_text():
    text = "Quelle:  Deutsche Presse-Agentur"
    assert original_rest(text, normalize(text)[len("quelle: "):]) == "Deutsche Presse-Agentur"
    # A match that swallowed the value's first letter gives the whole word back.
    assert original_rest("Source: Reuters", "euters") == "Reuters"
    persian = "منبع: خبرگزاری\u200cها"
    assert original_rest(persian, normalize(persian)[len("منبع: "):]) == "خبرگزاری\u200cها"


def test_clean_html_keeps_zwnj_in_a_persian_description():
    description = "دانش\u200cآموزان می\u200cگویند کتاب\u200cها را دوست دارند"
    paragraph = ("دانش\u200cآموزان مدرسه\u200cهای شهر می\u200cگویند که هر روز پس از کلاس به کتابخانه "
                 "می\u200cروند و کتاب\u200cهای تازه را با دوستانشان می\u200cخوانند.")
    page = (f'<html lang="fa"><head><title>کتابخانه</title><meta name="description" content="{description}">'
            f"</head><body><article><h1>کتابخانه شهر</h1><p>{paragraph}</p><p>{paragraph}</p>"
            "</article></body></html>")
    result = clean_html(page)
    assert result.metadata["description"] == description
