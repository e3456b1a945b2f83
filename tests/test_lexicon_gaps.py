"""Page furniture of news sites in many languages that the lexicons missed: share and print
buttons, comment counts and prompts, reading-time labels, view counters, update stamps, tag
lines, advertisement labels, source and photo credits.
Each goes as a whole line; the same words with a sentence after them are prose and stay.

Every text here was written for these tests (none is taken from a real page).
"""

import pytest
from lexicon_hits import rules_hitting

from cleaner import clean

FURNITURE = {
    "share": {
        "az": ["Facebook-da paylaş"],
        "bn": ["খবরটি শেয়ার করুন", "ফেসবুকে শেয়ার করুন"],
        "el": ["Κοινοποίηση στο Facebook"],
        "et": ["Jaga Facebookis"],
        "fa": ["اشتراک در تلگرام"],
        "hi": ["यह खबर शेयर करें", "फेसबुक पर शेयर करें"],
        "hr": ["Podijeli na Facebooku"],
        "ja": ["Facebookでシェア"],
        "ka": ["გაზიარება Facebook-ზე"],
        "kk": ["Facebook-та бөлісу"],
        "lt": ["Dalintis Facebook"],
        "lv": ["Dalīties ar rakstu", "Kopīgot Facebook"],
        "mk": ["Сподели на Фејсбук"],
        "mr": ["फेसबुकवर शेअर करा"],
        "ne": ["फेसबुकमा सेयर गर्नुहोस्"],
        "sl": ["Deli na Facebooku"],
        "sq": ["Shpërndaje artikullin", "Shpërndaje në Facebook"],
        "sr": ["Подели на Фејсбуку"],
        "sw": ["Shiriki kupitia Facebook"],
        "ta": ["ஃபேஸ்புக்கில் பகிர"],
        "te": ["ఫేస్‌బుక్‌లో షేర్ చేయండి"],
        "uk": ["Поширити у Facebook"],
        "ur": ["یہ خبر شیئر کریں"],
        "vi": ["Chia sẻ lên Facebook"],
        "zh": ["分享到微博"],
    },
    "print": {
        "ar": ["اطبع الخبر"],
        "az": ["Çap versiyası"],
        "bg": ["Версия за печат"],
        "bn": ["প্রিন্ট করুন"],
        "ca": ["Imprimeix l'article"],
        "cs": ["Vytisknout článek"],
        "da": ["Udskriv artikel"],
        "el": ["Εκτύπωση άρθρου"],
        "es": ["Imprimir noticia"],
        "et": ["Prindi artikkel"],
        "fi": ["Tulosta artikkeli"],
        "he": ["הדפס כתבה"],
        "hr": ["Ispiši članak"],
        "hu": ["Cikk nyomtatása"],
        "id": ["Cetak artikel"],
        "it": ["Stampa l'articolo"],
        "ja": ["印刷する"],
        "ka": ["დაბეჭდვა"],
        "ko": ["기사 인쇄하기"],
        "lt": ["Spausdinti straipsnį"],
        "lv": ["Drukāt rakstu"],
        "mk": ["Испечати"],
        "ms": ["Cetak artikel"],
        "nl": ["Print dit artikel"],
        "no": ["Skriv ut artikkelen"],
        "pl": ["Wydrukuj artykuł"],
        "pt": ["Imprimir notícia"],
        "ro": ["Tipărește articolul"],
        "sk": ["Vytlačiť článok"],
        "sl": ["Natisni članek"],
        "sq": ["Printo artikullin"],
        "sr": ["Одштампај чланак"],
        "sv": ["Skriv ut artikeln"],
        "th": ["พิมพ์บทความ"],
        "tr": ["Haberi yazdır"],
        "zh": ["打印本页"],
    },
    "comments_count": {
        "ar": ["12 تعليقا"],
        "bg": ["Напиши коментар"],
        "bn": ["১২টি মন্তব্য", "এখনো কোনো মন্তব্য নেই"],
        "ca": ["Encara no hi ha comentaris"],
        "cs": ["Zatím žádné komentáře"],
        "et": ["Kommentaare veel pole"],
        "fa": ["۱۲ نظر"],
        "fr": ["Aucun commentaire"],
        "hi": ["अभी कोई टिप्पणी नहीं"],
        "hr": ["Još nema komentara", "Ostavi komentar"],
        "hy": ["Մեկնաբանություններ դեռ չկան"],
        "ja": ["12件のコメント"],
        "ko": ["댓글 12개"],
        "lv": ["Vēl nav komentāru"],
        "mk": ["Сè уште нема коментари"],
        "ms": ["Tiada komen lagi"],
        "ne": ["तपाईंको प्रतिक्रिया लेख्नुहोस्"],
        "sl": ["Ni še komentarjev"],
        "sq": ["Ende nuk ka komente"],
        "sr": ["Још нема коментара"],
        "ta": ["இதுவரை கருத்துகள் இல்லை", "உங்கள் கருத்தை பதிவு செய்யுங்கள்"],
        "uk": ["Коментарів ще немає"],
        "ur": ["کوئی تبصرہ نہیں"],
        "zh": ["12条评论"],
    },
    "reading_time": {
        "az": ["Oxuma müddəti: 4 dəqiqə"],
        "bg": ["3 мин. четене"],
        "bn": ["পড়তে সময় লাগবে: ৪ মিনিট", "৩ মিনিটে পড়ুন"],
        "ca": ["Temps de lectura: 4 minuts", "Lectura de 3 min"],
        "da": ["3 min. læsning"],
        "es": ["Lectura de 3 min"],
        "et": ["Lugemisaeg: 4 minutit"],
        "fi": ["Lukuaika noin 3 minuuttia"],
        "he": ["3 דק' קריאה", "3 דק׳ קריאה"],
        "ka": ["კითხვის დრო: 4 წუთი"],
        "kk": ["Оқу уақыты: 4 минут"],
        "ko": ["약 3분 소요"],
        "lt": ["Skaitymo trukmė: 3 minutės"],
        "lv": ["Lasīšanas laiks: 4 minūtes"],
        "mk": ["Време за читање: 4 минути"],
        "mr": ["वाचन वेळ: 4 मिनिटे"],
        "ne": ["पढ्न लाग्ने समय: ४ मिनेट"],
        "no": ["3 min lesing"],
        "ro": ["3 min citire"],
        "ru": ["Время прочтения: 3 мин"],
        "sk": ["Čítanie na 3 minúty"],
        "sl": ["Čas branja: 4 minute"],
        "sq": ["Koha e leximit: 4 minuta"],
    },
    "views": {
        "ar": ["قرئ 845 مرة"],
        "az": ["Baxış sayı: 1204", "2310 baxış", "845 dəfə oxunub"],
        "bn": ["পঠিত: ১,২০৪"],
        "ca": ["2.310 visualitzacions", "Llegit 845 vegades"],
        "cs": ["Zobrazení: 1 204", "Přečteno 845krát"],
        "da": ["2.310 visninger", "Læst 845 gange"],
        "de": ["845 Mal gelesen"],
        "el": ["Διαβάστηκε 845 φορές"],
        "en": ["Read 845 times"],
        "es": ["Leído 845 veces"],
        "et": ["2310 lugemist", "Loetud 845 korda"],
        "fi": ["Katselukerrat: 1 204", "2 310 lukukertaa", "Luettu 845 kertaa"],
        "fr": ["Vues : 1 204", "Lu 845 fois"],
        "he": ["צפיות: 1,204", "נקרא 845 פעמים"],
        "hi": ["व्यूज: 1,204", "845 बार पढ़ा गया"],
        "hr": ["Pročitano 845 puta"],
        "hu": ["Megtekintések: 1204", "845 alkalommal olvasták"],
        "hy": ["Դիտումներ՝ 1204", "2310 դիտում"],
        "id": ["Dilihat: 1.204 kali"],
        "it": ["Visualizzazioni: 1.204", "Letto 845 volte"],
        "ja": ["閲覧数：1,204", "2,310回閲覧"],
        "ka": ["ნახვები: 1204", "2310 ნახვა"],
        "kk": ["Қаралым: 1 204", "2 310 рет қаралды", "845 рет оқылды"],
        "ko": ["845회 조회"],
        "lt": ["2310 peržiūrų", "Skaityta 845 kartus"],
        "lv": ["Skatījumi: 1204", "2310 skatījumu", "Lasīts 845 reizes"],
        "mk": ["2.310 прегледи", "Прочитано 845 пати"],
        "ms": ["Dibaca: 1,204 kali", "Dilihat 845 kali"],
        "nl": ["Weergaven: 1.204"],
        "no": ["2 310 visninger", "Lest 845 ganger"],
        "pl": ["Przeczytano 845 razy"],
        "pt": ["Visualizações: 1.204", "Lido 845 vezes"],
        "ro": ["Vizualizări: 1.204", "Citit de 845 ori"],
        "ru": ["Прочитано 845 раз"],
        "sk": ["Zobrazenia: 1 204", "2 310 zobrazení", "Prečítané 845-krát"],
        "sl": ["2310 ogledov", "Prebrano 845-krat"],
        "sq": ["2.310 shikime", "Lexuar 845 herë"],
        "sr": ["Прегледа: 1.204", "Прочитано 845 пута"],
        "sv": ["Läst 845 gånger"],
        "sw": ["Imesomwa mara 1,204"],
        "ta": ["பார்வைகள்: 1,204"],
        "th": ["ผู้เข้าชม: 2,310", "อ่าน 845 ครั้ง"],
        "tr": ["Görüntülenme: 1.204", "845 kez okundu"],
        "uk": ["Прочитано 845 разів"],
        "ur": ["2310 ویوز"],
        "vi": ["Lượt xem: 1.204"],
        "zh": ["阅读 1.2万"],
    },
    "updated": {
        "az": ["Son yenilənmə: 3 mart 2025"],
        "bg": ["Обновена: 12 март 2025, 14:20", "Последна актуализация: 3 март 2025"],
        "ca": ["Última actualització: 3 de març de 2025"],
        "cs": ["Poslední aktualizace 3. března 2025"],
        "da": ["Senest opdateret 3. marts 2025"],
        "et": ["Viimati uuendatud 3. märtsil 2025"],
        "he": ["עודכן ב-3 במרץ 2025"],
        "hr": ["Ažurirano: 12. ožujka 2025. u 14:20", "Zadnje ažuriranje: 3. ožujka 2025."],
        "ja": ["更新：2025年3月12日 14:20"],
        "ka": ["ბოლო განახლება: 3 მარტი, 2025"],
        "kk": ["Соңғы жаңарту: 3 наурыз 2025"],
        "ko": ["최종 수정: 2025년 3월 3일 오후 2:20"],
        "lv": ["Pēdējoreiz atjaunināts 2025. gada 3. martā"],
        "mk": ["Ажурирано: 12 март 2025, 14:20", "Последно ажурирање: 3 март 2025"],
        "ms": ["Kemas kini terakhir: 3 Mac 2025"],
        "nl": ["Laatst bijgewerkt op 3 maart 2025"],
        "no": ["Sist oppdatert 3. mars 2025"],
        "pl": ["Ostatnia aktualizacja: 3 marca 2025"],
        "sk": ["Posledná aktualizácia: 3. marca 2025"],
        "sq": ["Përditësimi i fundit: 3 mars 2025"],
        "sr": ["Последње ажурирање: 3. март 2025."],
        "vi": ["Cập nhật lúc 14:20 ngày 3 tháng 3 năm 2025"],
    },
    "tags": {
        "el": ["Θέματα: εκλογές, Βουλή, κυβέρνηση"],
        "he": ["נושאים: בחירות, כנסת, קואליציה"],
        "hi": ["टॉपिक्स: चुनाव, संसद, सरकार"],
        "mr": ["विषय: निवडणूक, विधानसभा, सरकार"],
        "no": ["Tagger: valg, Stortinget, regjeringen"],
        "sq": ["Tema: zgjedhje, Kuvendi, qeveria"],
    },
    "advertisement": {
        "et": ["Sisuturundus"],
        "ms": ["Kandungan ditaja"],
        "ro": ["Articol sponsorizat"],
        "ur": ["ایڈورٹائزمنٹ"],
    },
    "source": {
        "it": ["Fonte: Ansa", "Fonte: media locali"],
    },
    "photo_credit": {
        "hi": ["फोटो साभार: पीटीआई"],
        "te": ["చిత్రం: AFP"],
        "th": ["ภาพจาก AFP"],
    },
}
CASES = [(kind, language, line) for kind, table in FURNITURE.items()
         for language, lines in table.items() for line in lines]


def _rules_taking(language: str, line: str) -> list[str]:
    return [rule.id for rule in rules_hitting(language, line) if rule.action in ("drop-line", "metadata", "cut")]


@pytest.mark.parametrize("kind, language, line", CASES)
def test_the_furniture_line_is_taken_whole(kind, language, line):
    assert _rules_taking(language, line)


@pytest.mark.parametrize("kind, language, line", CASES)
def test_the_same_words_opening_a_sentence_stay(kind, language, line):
    assert _rules_taking(language, f"{line} – and then the council voted, 12 against 9.") == []


def test_a_view_counter_and_an_update_stamp_around_the_article_go():
    headline = "Nova biciklistička staza uz rijeku otvorena je u subotu"
    paragraphs = ["Gradska uprava u subotu je otvorila novu biciklističku stazu uz rijeku, dugu četiri kilometra, "
                  "koja povezuje stari grad s novim naseljem na istoku.",
                  "Gradonačelnica je rekla da je staza stajala dva milijuna kuna i da će do jeseni dobiti i rasvjetu."]
    text = "\n".join([headline, "Ažurirano: 12. ožujka 2025. u 14:20", "Pročitano 1.204 puta", *paragraphs])
    result = clean(text)
    assert result.text == "\n".join([headline, *paragraphs])
    assert result.metadata["date"] == ["Ažurirano: 12. ožujka 2025. u 14:20"]


@pytest.mark.parametrize("language, line", [
    # A fact box's rows: the same words as a view counter's label in these languages.
    ("hr", "Pregledi: 245.000"),
    ("bg", "Прегледи: 184 300"),
    ("es", "Visitas: 86.400"),
    ("sv", "Visningar: 3"),
    ("sl", "Ogledi: 14"),
    # A live report's update with its news, not a stamp: no year follows the label.
    ("hr", "Ažurirano: 11:40 - pregledano je prizemlje zgrade."),
])
def test_a_fact_row_or_a_live_update_is_no_furniture(language, line):
    assert _rules_taking(language, line) == []
