"""Relative date stamps ("3 hours ago") alone on a line are a page's publication or update
stamp, in every language whose lexicon has one: the line goes and its text is the page's date.
The same words inside a sentence are prose and stay, and so does a chronology's heading
without a figure ("A month ago"): only an hour or a minute is a stamp without one.

Every text here was written for these tests (none is taken from a real page).
"""

import pytest
from lexicon_hits import language_lines, rules_hitting

from cleaner import clean

STAMPS = {
    "ar": ["منذ ساعتين", "منذ 3 ساعات", "منذ 5 دقائق", "قبل 3 أيام", "منذ ساعة"],
    "bg": ["преди 3 часа", "преди 5 минути"],
    "bn": ["২ ঘণ্টা আগে", "৫ মিনিট আগে"],
    "ca": ["fa 3 hores", "fa una hora"],
    "da": ["3 timer siden", "for 5 minutter siden"],
    "de": ["vor 3 Stunden", "vor einer Stunde"],
    "el": ["πριν από 3 ώρες", "πριν 5 λεπτά"],
    "es": ["hace 3 horas", "hace una hora"],
    "fa": ["۲ ساعت پیش", "یک ساعت پیش"],
    "fi": ["3 tuntia sitten", "2 päivää sitten"],
    "he": ["לפני 3 שעות", "לפני שעתיים"],
    "hi": ["2 घंटे पहले", "5 मिनट पहले"],
    "hr": ["prije 3 sata", "prije 5 minuta"],
    "hu": ["3 órája", "3 órával ezelőtt"],
    "it": ["3 ore fa", "un'ora fa"],
    "ja": ["3時間前", "5分前"],
    "kk": ["3 сағат бұрын"],
    "ko": ["3시간 전", "5분 전"],
    "ms": ["3 jam lalu", "5 minit yang lalu"],
    "no": ["3 timer siden", "for 5 minutter siden"],
    "pl": ["3 godziny temu", "godzinę temu"],
    "pt": ["há 3 horas", "há uma hora"],
    "ro": ["acum 3 ore", "acum o oră"],
    "ru": ["3 часа назад", "час назад"],
    "sk": ["pred 3 hodinami", "pred hodinou"],
    "sr": ["pre 3 sata", "пре 3 сата"],
    "sv": ["3 timmar sedan", "för 5 minuter sedan"],
    "th": ["3 ชั่วโมงที่แล้ว", "5 นาทีที่แล้ว"],
    "uk": ["3 години тому", "годину тому"],
    "ur": ["3 گھنٹے پہلے", "15 منٹ پہلے"],
    "vi": ["3 giờ trước", "2 ngày trước"],
    "zh": ["3小时前", "5分钟前"],
    "az": ["3 saat əvvəl"],
}

# The same words as prose: a sentence that opens or ends on them.
SENTENCES = {
    "ar": "منذ ساعتين والمياه مقطوعة عن الحي الشرقي للمدينة.",
    "de": "Vor einer Stunde hat der Bürgermeister die Brücke wieder freigegeben.",
    "hi": "2 घंटे पहले बारिश शुरू हुई और सड़कें पानी से भर गईं।",
    "ro": "Acum 3 ore, pompierii au fost chemați la depozitul din cartierul vechi.",
    "sv": "Han kom hem för 3 timmar sedan.",
    "zh": "市民在3小时前接到了停水通知。",
}


# A chronology's stages, each heading a paragraph of the story.
CHRONOLOGY = {
    "ar": ["قبل شهر", "قبل أسبوعين", "منذ يومين"],
    "bg": ["Преди месец", "Преди седмица"],
    "de": ["Vor einem Monat", "Vor einer Woche"],
    "he": ["לפני חודש", "לפני שבועיים"],
    "it": ["Un mese fa", "Una settimana fa"],
    "pl": ["Miesiąc temu", "Tydzień temu"],
    "ro": ["Acum o lună", "Acum o săptămână"],
    "ru": ["Месяц назад", "Неделю назад"],
    "sv": ["För en månad sedan", "För en vecka sedan"],
}


def _date_rules(language: str, line: str) -> list[str]:
    return [rule.id for rule in rules_hitting(language, line) if rule.field == "date"]


@pytest.mark.parametrize("language, stamp", language_lines(STAMPS))
def test_a_relative_stamp_alone_on_its_line_is_the_pages_date(language, stamp):
    assert _date_rules(language, stamp)


@pytest.mark.parametrize("language, heading", language_lines(CHRONOLOGY))
def test_a_chronologys_heading_without_a_figure_is_no_date(language, heading):
    assert _date_rules(language, heading) == []


@pytest.mark.parametrize("language", SENTENCES)
def test_the_same_words_in_a_sentence_are_no_date(language):
    assert _date_rules(language, SENTENCES[language]) == []


PAGES = {
    "ar": ["اللجنة تعلن موعد افتتاح المكتبة العامة", "منذ ساعتين",
           "أعلنت اللجنة المشرفة على ترميم المكتبة العامة أن الافتتاح سيكون يوم الخميس المقبل بعد عامين من الأشغال.",
           "وقال رئيس اللجنة إن المكتبة ستفتح أبوابها سبعة أيام في الأسبوع وستضم قسما خاصا بكتب الأطفال."],
    "hi": ["नगर निगम ने पुस्तकालय खोलने की तारीख घोषित की", "2 घंटे पहले",
           "नगर निगम ने बुधवार को बताया कि दो साल की मरम्मत के बाद शहर का पुराना पुस्तकालय अगले गुरुवार को फिर से खुलेगा।",
           "महापौर ने कहा कि पुस्तकालय सप्ताह के सातों दिन खुला रहेगा और बच्चों के लिए एक अलग कक्ष बनाया गया है।"],
    "sv": ["Biblioteket öppnar igen efter två års renovering", "3 timmar sedan",
           "Kommunen meddelade på onsdagen att stadsbiblioteket öppnar igen på torsdag efter två års renovering av salarna och arkivet.",
           "Kommunalrådet säger att biblioteket ska vara öppet alla dagar i veckan och få en egen avdelning för barn."],
    "zh": ["市图书馆修缮完毕下周重新开放", "3小时前",
           "市政府周三宣布，经过两年的修缮，市图书馆将于下周四重新向公众开放，阅览室和档案库都已更新。",
           "市长表示，图书馆将每周开放七天，并新设一个儿童阅览区，所有市民均可免费入馆。"],
}


@pytest.mark.parametrize("language", PAGES)
def test_the_stamp_under_the_headline_goes_as_the_pages_date(language):
    headline, stamp, *paragraphs = PAGES[language]
    result = clean("\n".join([headline, stamp, *paragraphs]))
    assert result.text.split("\n") == [headline, *paragraphs]
    assert result.metadata["date"] == [stamp]
