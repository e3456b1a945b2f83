"""A date that a lexicon's date rule reads, framed by what no rule spells out: a place's, an
outlet's or a desk's name before it, or a clock time before or after it, is the story's date
line (generic.dated-line), above or below the article; inside it, such a line stays."""

import pytest
from test_promotions import assert_kept_whole

from cleaner import clean

POLISH = [
    "Kraków zaostrza strefę czystego transportu od przyszłego roku",
    "Rada Miasta Krakowa przyjęła w środę nowelizację uchwały w sprawie strefy czystego transportu. "
    "Zgodnie z nowymi przepisami od lipca do miasta nie wjadą starsze samochody.",
    "Zmiany dotyczą wyłącznie pojazdów zarejestrowanych po 1 marca 2025 roku. Mieszkańcy, którzy "
    "posiadali starsze auta wcześniej, będą mogli z nich korzystać do 2030 roku.",
]
THAI = [
    "กรุงเทพฯ เปิดสถานีรถไฟฟ้าใหม่สามสถานีในสัปดาห์หน้า",
    "กรุงเทพมหานครประกาศเปิดให้บริการสถานีรถไฟฟ้าสายสีเหลืองเพิ่มอีกสามสถานีตั้งแต่วันจันทร์หน้า "
    "เพื่อรองรับผู้โดยสารจากชานเมืองที่เพิ่มขึ้นอย่างต่อเนื่อง",
    "ผู้ว่าราชการกรุงเทพมหานครกล่าวว่าการเปิดสถานีใหม่จะช่วยลดเวลาเดินทางเข้าเมืองได้ราวยี่สิบนาที "
    "และคาดว่าจะมีผู้ใช้บริการเพิ่มขึ้นวันละหลายหมื่นคน",
]
RUSSIAN = [
    "В Москве открылись три новые станции метро",
    "В пятницу в Москве открылись три новые станции Троицкой линии метро. Длина нового участка "
    "составила восемь километров, сообщили в столичном стройкомплексе.",
    "Новые станции будут обслуживать около двухсот пятидесяти тысяч жителей. По оценкам "
    "специалистов, время в пути до центра сократится почти на двадцать минут.",
]


@pytest.mark.parametrize("story, date_line", [
    (POLISH, "Kraków, 28 listopada 2026"),
    (POLISH, "Sobota, 28 listopada 2026 (17:22)"),
    (POLISH, "Gazeta Małopolska - 28 listopada 2026"),
    (RUSSIAN, "12:40, 28 ноября 2026"),
    (RUSSIAN, "Москва | 28 ноября 2026, 12:40"),
    (RUSSIAN, "28 ноября 2026, 12:40 | Источник: Интерфакс"),
    (POLISH, "Kraków | PAP | 28 listopada 2026"),
    (THAI, "19 ก.ย. 2569 - 07:45 น."),  # the clock's Thai mark for hours after it
    (RUSSIAN, "Дата: 28 ноября 2026, 12:40"),  # a one-word label before a time stamp
    (POLISH, "Zmieniono: 28 listopada 2026, 17:22"),
])
def test_a_date_with_a_place_an_outlet_or_a_clock_under_the_headline_goes(story, date_line):
    result = clean("\n".join([story[0], date_line, *story[1:]]))
    assert result.text.split("\n") == story
    assert [(removal.first_line, removal.rule_id) for removal in result.removals] == [(2, "generic.dated-line")]
    assert result.metadata["date"] == [date_line]


def test_a_dated_line_inside_the_article_stays():
    # A letter's place and date, or a diary's entry, inside the story is the story's.
    date_line = "Kraków, 28 listopada 2026"
    page = [POLISH[0], POLISH[1], date_line, POLISH[2]]
    assert "generic.dated-line" not in {removal.rule_id for removal in clean("\n".join(page)).removals}


@pytest.mark.parametrize("line", [
    "Ulica Długa, 28 listopada 2026 zamknięta dla ruchu",  # a sentence about a date
    "Rok 2026, 28 listopada 2026",  # a lead-in with a figure is no place or outlet
    "Wielka nowa ulica w centrum, 28 listopada 2026",  # a lead-in of more than three words
    "Urodzony: 28 listopada 1966",  # a label before a date without its clock: a fact box's row
    "Data premiery: 28 listopada 2026, 20:00",  # a label of two words: a fact box's row too
])
def test_a_line_that_frames_a_date_otherwise_stays(line):
    result = clean("\n".join([POLISH[0], line, *POLISH[1:]]))
    assert "generic.dated-line" not in {removal.rule_id for removal in result.removals}


def test_a_listings_row_with_its_date_between_two_parts_stays():
    # Found by review: an events page's rows stand above its first paragraph, outside the
    # article; a date between two other parts is a row, not a date line.
    rows = ["Jazz at the Vaults | 18 March 2026 | The Vaults", "Spring Poetry Night | 21 March 2026 | Town Library",
            "Folk Session | 25 March 2026 | The Anchor"]
    page = ["What's on this month", *rows,
            "Tickets for all three evenings are on sale at the tourist office on the square, and at the door "
            "on the night if any are left."]
    assert "generic.dated-line" not in {removal.rule_id for removal in clean("\n".join(page)).removals}



# Rendered pages print the story's stamp under its headline: fields between bars or middle
# dots, one a date, a time, minutes of reading or a count, in a form no date rule reads whole
# (probe K: Danish, Dutch and Polish pages).
STAMPS = ["Af Camilla Friis · 4. april 2024", "22 januari 2024 om 17:12 | Aangepast 22 januari 2024 om 19:40",
          "Door Sietse Hoekstra · 8 januari 2024 · 3 min", "Michał Wróblewski | 3 min czytania | 14 komentarzy"]


@pytest.mark.parametrize("stamp", STAMPS)
def test_a_stamp_of_fields_under_the_headline_goes(stamp):
    page = [RUSSIAN[0], stamp, *RUSSIAN[1:]]
    result = clean("\n".join(page))
    assert result.text.split("\n") == RUSSIAN
    assert [(removal.first_line, removal.rule_id) for removal in result.removals] == [(2, "generic.header-chrome")]


@pytest.mark.parametrize("deck", ["Sport | Winter sports and the new season in the north",
                                  "The council's plan · what changes for drivers and cyclists"])
def test_a_deck_of_fields_without_a_figure_under_the_headline_stays(deck):
    page = [RUSSIAN[0], deck, *RUSSIAN[1:]]
    assert clean("\n".join(page)).text.split("\n") == page


# A timeline in Thai, whose paragraphs end on no full stop: each date heads a day's entry.
THAI_TIMELINE = [
    "ไทม์ไลน์ ไฟป่าดอยสุเทพ หนึ่งสัปดาห์ที่ชาวเชียงใหม่ไม่ลืม",
    "ย้อนดูเหตุการณ์ไฟป่าบนดอยสุเทพตั้งแต่วันแรกที่พบจุดความร้อนจนถึงวันที่เจ้าหน้าที่ประกาศควบคุมไฟได้ทั้งหมด",
    "2 เม.ย. 2568",
    "ดาวเทียมตรวจพบจุดความร้อนสามจุดบนไหล่เขาด้านทิศตะวันตก เจ้าหน้าที่อุทยานส่งชุดลาดตระเวนขึ้นไปตรวจสอบทันที",
    "3 เม.ย. 2568",
    "ไฟลุกลามเป็นวงกว้างเพราะลมแรง ค่าฝุ่นในตัวเมืองพุ่งสูงเกินมาตรฐานเกือบสามเท่า โรงเรียนหลายแห่งสั่งปิดชั่วคราว",
    "5 เม.ย. 2568",
    "อาสาสมัครกว่าห้าร้อยคนร่วมทำแนวกันไฟรอบพื้นที่ป่าชุมชน พร้อมเฮลิคอปเตอร์ตักน้ำดับไฟจากอ่างเก็บน้ำ",
    "8 เม.ย. 2568",
    "ผู้ว่าราชการจังหวัดประกาศว่าควบคุมไฟได้ทั้งหมดแล้ว และจะเริ่มฟื้นฟูพื้นที่ป่าที่เสียหายกว่าสองพันไร่ในฤดูฝนนี้ร่วมกับชุมชนรอบดอย",
]


def test_a_timelines_date_headings_over_paragraphs_without_full_stops_stay():
    assert_kept_whole(THAI_TIMELINE)


# A round's report with the next round's programme: each day's date over its timed fixtures,
# then the report goes on (Romanian: its date rule reads "Vineri, 12 decembrie"). Under the
# last paragraph the same shape is as often a latest-news box by day, and goes.
PROGRAMME = [
    "Petrolul rămâne lider după golul din prelungiri de la Voluntari",
    "Petrolul Ploiești a rămas sâmbătă pe primul loc în Liga a II-a, după ce căpitanul echipei a "
    "marcat în prelungiri golul victoriei pe terenul celor de la Voluntari.",
    "Ocupanta locului secund, Corvinul Hunedoara, a câștigat cu 3-0 în fața Ceahlăului, iar "
    "ultimele două clasate au pierdut din nou.",
    "Programul etapei viitoare",
    "Vineri, 12 decembrie",
    "18:00 Ceahlăul – Petrolul (Digi Sport 2)",
    "20:30 Corvinul – Voluntari (Digi Sport 2)",
    "Sâmbătă, 13 decembrie",
    "15:00 Metaloglobus – Chindia (Prima Sport 2)",
    "17:30 Unirea Dej – Bihor (Digi Sport 3)",
    "Duminică, 14 decembrie",
    "16:00 Steaua – Concordia (Prima Sport 1)",
    "Federația a anunțat că toate meciurile etapei vor fi transmise în direct, iar biletele se pun "
    "în vânzare de miercuri.",
]


def test_a_programmes_dates_over_its_timed_rows_stay():
    assert_kept_whole(PROGRAMME)


def test_a_latest_news_box_by_day_above_the_article_loses_its_dates():
    # Above the article the same shape is the page's box of the days' headlines.
    box = ["Vineri, 12 decembrie", "18:00 Guvernul aprobă bugetul pe anul viitor",
           "17:30 Ninsori abundente în Carpații Orientali", "Joi, 11 decembrie",
           "20:00 Prețul carburanților scade din nou", "Miercuri, 10 decembrie",
           "19:00 Trenurile spre Brașov circulă cu întârziere", ""]
    kept = clean("\n".join(box + PROGRAMME[:3])).text.split("\n")
    assert not {"Vineri, 12 decembrie", "Joi, 11 decembrie", "Miercuri, 10 decembrie"} & set(kept)


def test_a_latest_news_box_by_day_under_the_article_loses_its_dates():
    box = ["Vineri, 12 decembrie", "18:00 Guvernul aprobă bugetul pe anul viitor",
           "17:30 Ninsori abundente în Carpații Orientali", "Joi, 11 decembrie",
           "20:00 Prețul carburanților scade din nou", "Miercuri, 10 decembrie",
           "19:00 Trenurile spre Brașov circulă cu întârziere"]
    kept = clean("\n".join(PROGRAMME[:3] + box)).text.split("\n")
    assert not {"Vineri, 12 decembrie", "Joi, 11 decembrie", "Miercuri, 10 decembrie"} & set(kept)
