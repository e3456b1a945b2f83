"""Everyday prompts of news sites, in many languages, that the lexicons missed: follow-us and
join-our-channel calls, newsletter sign-ups, share buttons, author boxes, comment-form buttons.
Each page holds invented prose, the prompts between its paragraphs or below it, and sentences
with the same words that are prose and stay."""

import pytest

from cleaner import clean

# language: (paragraphs, prompts between them, a prompt below the article, prose traps)
PAGES = {
    "ar": (
        ["افتتحت البلدية صباح الخميس المكتبة العامة بعد عامين من أعمال الترميم التي شملت القاعات والمخازن ونظام الإضاءة.",
         "وقال رئيس البلدية إن المكتبة ستفتح أبوابها سبعة أيام في الأسبوع وستضم قسما خاصا بكتب الأطفال وآخر للمخطوطات القديمة.",
         "وأضاف أن المكتبة ستنظم ورشات للقراءة كل سبت بمشاركة كتاب محليين، وأن الدخول إليها سيبقى مجانيا لجميع السكان."],
        ["وتابعونا على إنستغرام", "اشتركوا بالنشرة الإخبارية", "حملوا تطبيق الجريدة مجانا",
         "لمتابعة أخبار المدينة أولا بأول تابعونا على قناتنا في تلغرام https://t.me/example_city وعلى صفحتنا في فيسبوك https://facebook.com/example.city"],
        "الكلمات المفتاحية: المكتبة، البلدية، الثقافة",
        ["وذكر أحد الزوار أنه تابع أخبار الترميم على فيسبوك طوال عامين، وأنه سعيد بعودة المكتبة إلى العمل من جديد بعد الانتظار."],
    ),
    "es": (
        ["El ayuntamiento reabrió este jueves la biblioteca municipal tras dos años de obras que renovaron las salas, el archivo y la iluminación.",
         "La alcaldesa explicó que el edificio abrirá los siete días de la semana y contará con una sala infantil y otra dedicada a los manuscritos antiguos.",
         "Los talleres de lectura comenzarán el próximo sábado con escritores de la comarca y la entrada seguirá siendo gratuita para todos los vecinos."],
        ["Síguenos en nuestras redes sociales", "Únete al canal de WhatsApp de nuestro diario", "Sigue toda la actualidad de tu ciudad en nuestro canal de Telegram"],
        "Sobre el autor",
        ["Una vecina contó que siguió las obras en las redes sociales durante meses y que ahora vendrá cada tarde con sus nietos."],
    ),
    "fr": (
        ["La municipalité a rouvert jeudi la bibliothèque après deux années de travaux qui ont rénové les salles, les réserves et l'éclairage.",
         "Le maire a expliqué que le bâtiment serait ouvert sept jours sur sept, avec un espace pour les enfants et une salle pour les manuscrits anciens.",
         "Des ateliers de lecture auront lieu chaque samedi avec des auteurs de la région, et l'entrée restera gratuite pour tous les habitants."],
        ["Rejoignez notre chaîne WhatsApp", "Abonnez-vous à notre compte Instagram"],
        "Publier le commentaire",
        ["Une lectrice a raconté qu'elle avait rejoint notre chaîne de bénévoles dès le premier jour du chantier, en plein hiver."],
    ),
    "de": (
        ["Die Stadt hat am Donnerstag die Bibliothek nach zwei Jahren Umbau wieder eröffnet, bei dem Säle, Magazin und Beleuchtung erneuert wurden.",
         "Der Bürgermeister sagte, das Haus werde an sieben Tagen in der Woche geöffnet sein und eine Kinderabteilung sowie einen Saal für alte Handschriften haben.",
         "Lesewerkstätten mit Autorinnen und Autoren aus der Region beginnen am Samstag, und der Eintritt bleibt für alle Einwohner kostenlos."],
        ["Folgen Sie dem Stadtanzeiger auf Instagram", "Jetzt unserem WhatsApp-Kanal folgen"],
        "Über die Autorin",
        ["Folgt man der Bürgermeisterin auf Instagram, sieht man fast jeden Tag Bilder von der Baustelle und den neuen Regalen."],
    ),
    "ru": (
        ["Городская библиотека в четверг снова открылась после двух лет ремонта, во время которого обновили залы, хранилище и освещение.",
         "Мэр рассказал, что библиотека будет работать семь дней в неделю, а в здании появятся детский отдел и зал старинных рукописей.",
         "По субботам там будут проходить литературные встречи с местными писателями, а вход останется бесплатным для всех жителей."],
        ["Читайте нас в Дзене", "Читайте наш канал в Telegram"],
        "Заметили опечатку? Выделите фрагмент и нажмите Ctrl+Enter",
        ["Одна из читательниц рассказала, что следила за ремонтом в Telegram и теперь будет приходить сюда каждый вечер."],
    ),
    "tr": (
        ["Belediye, salonları, arşivi ve aydınlatmayı yenileyen iki yıllık çalışmanın ardından kent kütüphanesini perşembe günü yeniden açtı.",
         "Belediye başkanı kütüphanenin haftanın yedi günü açık olacağını, çocuk bölümü ve eski el yazmaları için bir salon bulunacağını söyledi.",
         "Yerel yazarlarla okuma atölyeleri cumartesi günü başlayacak ve giriş tüm kent sakinleri için ücretsiz olmaya devam edecek."],
        ["Telegram kanalımıza katılın", "WhatsApp grubumuza katılın"],
        "Yazar hakkında",
        ["Bir okur, çalışmaları aylarca sosyal medyadan takip ettiğini ve artık her akşam kütüphaneye geleceğini anlattı."],
    ),
    "pl": (
        ["Miasto w czwartek ponownie otworzyło bibliotekę po dwóch latach remontu, podczas którego odnowiono sale, magazyn i oświetlenie.",
         "Burmistrz powiedział, że biblioteka będzie czynna siedem dni w tygodniu, a w budynku powstanie dział dziecięcy i sala starych rękopisów.",
         "Warsztaty czytelnicze z lokalnymi pisarzami ruszą w sobotę, a wstęp pozostanie bezpłatny dla wszystkich mieszkańców."],
        ["Obserwuj nas w mediach społecznościowych", "Dołącz do naszego kanału na WhatsAppie"],
        "O autorce",
        ["Jedna z czytelniczek opowiedziała, że obserwowała remont w mediach społecznościowych i teraz będzie tu przychodzić codziennie."],
    ),
    "id": (
        ["Pemerintah kota membuka kembali perpustakaan umum pada Kamis setelah renovasi dua tahun yang memperbaiki ruang baca, gudang arsip, dan penerangan.",
         "Wali kota mengatakan perpustakaan akan buka tujuh hari seminggu dan memiliki ruang anak serta ruang khusus untuk naskah-naskah kuno.",
         "Lokakarya membaca bersama penulis setempat dimulai Sabtu depan dan pengunjung tetap tidak dipungut biaya apa pun."],
        ["Yuk, bergabung di saluran WhatsApp kami untuk update berita terbaru"],
        "Tentang penulis",
        ["Seorang pengunjung bercerita bahwa ia bergabung di grup WhatsApp warga sejak renovasi dimulai dan selalu mengikuti kabarnya."],
    ),
    "ja": (
        ["市は木曜日、閲覧室や書庫、照明を改修する二年間の工事を終えた市立図書館を再開した。",
         "市長によると、図書館は週七日開館し、子ども向けの部屋と古い写本を展示する部屋が新たに設けられる。",
         "地元の作家による読書会は土曜日から始まり、入館は引き続きすべての市民に無料となる。"],
        ["LINEで友だち追加", "ニュースレターを購読する"],
        "この記事を書いた人",
        ["ある利用者は、工事の様子をSNSで毎日確認していたと話し、再開を喜んだ。"],
    ),
    "hi": (
        ["नगर निगम ने गुरुवार को दो साल की मरम्मत के बाद शहर का सार्वजनिक पुस्तकालय फिर से खोल दिया, जिसमें पढ़ने के कमरे और रोशनी नई की गई।",
         "महापौर ने कहा कि पुस्तकालय सप्ताह के सातों दिन खुला रहेगा और इसमें बच्चों का कक्ष तथा पुरानी पांडुलिपियों का कमरा भी होगा।",
         "स्थानीय लेखकों के साथ पढ़ने की कार्यशालाएं शनिवार से शुरू होंगी और सभी नागरिकों के लिए प्रवेश निःशुल्क रहेगा।"],
        ["हमारे टेलीग्राम चैनल से जुड़ें", "देश-दुनिया की खबरों के लिए हमें फेसबुक पर फॉलो करें"],
        "लेखक के बारे में",
        ["एक पाठक ने बताया कि वह दो साल से सोशल मीडिया पर मरम्मत की खबरें देख रहा था और अब रोज यहां आएगा।"],
    ),
    "ro": (
        ["Primăria a redeschis joi biblioteca orașului după doi ani de lucrări în care au fost renovate sălile, depozitul și iluminatul.",
         "Primarul a spus că biblioteca va fi deschisă șapte zile pe săptămână și va avea o secție pentru copii și o sală pentru manuscrise vechi.",
         "Atelierele de lectură cu scriitori locali încep sâmbătă, iar intrarea rămâne gratuită pentru toți locuitorii."],
        ["Distribuie pe WhatsApp", "Abonează-te la newsletterul nostru și află primul ce se întâmplă în oraș"],
        "Despre autor",
        ["O cititoare a povestit că a urmărit lucrările pe rețelele sociale și că va veni aici în fiecare seară."],
    ),
    "uk": (
        ["Міська бібліотека в четвер знову відчинилася після двох років ремонту, під час якого оновили зали, сховище та освітлення.",
         "Мер розповів, що бібліотека працюватиме сім днів на тиждень, а в будівлі з'являться дитячий відділ і зал старовинних рукописів.",
         "По суботах там відбуватимуться літературні зустрічі з місцевими письменниками, а вхід залишиться безкоштовним."],
        ["Читайте нас у Telegram", "Слідкуйте за нашими новинами у Facebook"],
        "Про автора",
        ["Одна з читачок розповіла, що стежила за ремонтом у Facebook і тепер приходитиме сюди щовечора."],
    ),
}


def _page(paragraphs, prompts, tail, traps):
    """The first prompt under the first paragraph, the traps and the other prompts under the
    second, the tail prompt below the last."""
    return "\n".join([paragraphs[0], *prompts[:1], paragraphs[1], *traps, *prompts[1:], paragraphs[2], tail])


@pytest.mark.parametrize("language", sorted(PAGES))
def test_prompts_go_and_prose_with_their_words_stays(language):
    paragraphs, prompts, tail, traps = PAGES[language]
    kept = clean(_page(paragraphs, prompts, tail, traps)).text.split("\n")
    for line in prompts + [tail]:
        assert line not in kept, f"{language}: prompt kept: {line}"
    for line in paragraphs + traps:
        assert line in kept, f"{language}: prose lost: {line}"
