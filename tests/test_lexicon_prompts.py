"""Everyday prompts of news sites, in many languages, that the lexicons missed: follow-us and
join-our-channel calls, newsletter sign-ups, share buttons, comment-form buttons. Each page
holds invented prose, the prompts between its paragraphs or below it, and sentences with the
same words that are prose and stay (a page without prompts keeps its traps: the prompts its
language had were taken out of the lexicons after a review found them cutting prose)."""

import pytest

from cleaner import clean

# language: (paragraphs, prompts between them, a prompt below the article or None, prose traps)
PAGES = {
    "ar": (
        ["افتتحت البلدية صباح الخميس المكتبة العامة بعد عامين من أعمال الترميم التي شملت القاعات والمخازن ونظام الإضاءة.",
         "وقال رئيس البلدية إن المكتبة ستفتح أبوابها سبعة أيام في الأسبوع وستضم قسما خاصا بكتب الأطفال وآخر للمخطوطات القديمة.",
         "وأضاف أن المكتبة ستنظم ورشات للقراءة كل سبت بمشاركة كتاب محليين، وأن الدخول إليها سيبقى مجانيا لجميع السكان."],
        ["وتابعونا على إنستغرام", "اشتركوا بالنشرة الإخبارية"],
        None,
        ["وذكر أحد الزوار أنه تابع أخبار الترميم على فيسبوك طوال عامين، وأنه سعيد بعودة المكتبة إلى العمل من جديد بعد الانتظار."],
    ),
    "es": (
        ["El ayuntamiento reabrió este jueves la biblioteca municipal tras dos años de obras que renovaron las salas, el archivo y la iluminación.",
         "La alcaldesa explicó que el edificio abrirá los siete días de la semana y contará con una sala infantil y otra dedicada a los manuscritos antiguos.",
         "Los talleres de lectura comenzarán el próximo sábado con escritores de la comarca y la entrada seguirá siendo gratuita para todos los vecinos."],
        [],
        None,
        ["Una vecina contó que siguió las obras en las redes sociales durante meses y que ahora vendrá cada tarde con sus nietos."],
    ),
    "fr": (
        ["La municipalité a rouvert jeudi la bibliothèque après deux années de travaux qui ont rénové les salles, les réserves et l'éclairage.",
         "Le maire a expliqué que le bâtiment serait ouvert sept jours sur sept, avec un espace pour les enfants et une salle pour les manuscrits anciens.",
         "Des ateliers de lecture auront lieu chaque samedi avec des auteurs de la région, et l'entrée restera gratuite pour tous les habitants."],
        ["Abonnez-vous à notre compte Instagram"],
        None,
        ["Une lectrice a raconté qu'elle avait rejoint notre chaîne de bénévoles dès le premier jour du chantier, en plein hiver."],
    ),
    "de": (
        ["Die Stadt hat am Donnerstag die Bibliothek nach zwei Jahren Umbau wieder eröffnet, bei dem Säle, Magazin und Beleuchtung erneuert wurden.",
         "Der Bürgermeister sagte, das Haus werde an sieben Tagen in der Woche geöffnet sein und eine Kinderabteilung sowie einen Saal für alte Handschriften haben.",
         "Lesewerkstätten mit Autorinnen und Autoren aus der Region beginnen am Samstag, und der Eintritt bleibt für alle Einwohner kostenlos."],
        ["Folgen Sie dem Stadtanzeiger auf Instagram", "Jetzt unserem WhatsApp-Kanal folgen"],
        None,
        ["Folgt man der Bürgermeisterin auf Instagram, sieht man fast jeden Tag Bilder von der Baustelle und den neuen Regalen."],
    ),
    "ru": (
        ["Городская библиотека в четверг снова открылась после двух лет ремонта, во время которого обновили залы, хранилище и освещение.",
         "Мэр рассказал, что библиотека будет работать семь дней в неделю, а в здании появятся детский отдел и зал старинных рукописей.",
         "По субботам там будут проходить литературные встречи с местными писателями, а вход останется бесплатным для всех жителей."],
        ["Читайте нас в Дзене", "Читайте наш канал в Telegram"],
        None,
        ["Одна из читательниц рассказала, что следила за ремонтом в Telegram и теперь будет приходить сюда каждый вечер."],
    ),
    "tr": (
        ["Belediye, salonları, arşivi ve aydınlatmayı yenileyen iki yıllık çalışmanın ardından kent kütüphanesini perşembe günü yeniden açtı.",
         "Belediye başkanı kütüphanenin haftanın yedi günü açık olacağını, çocuk bölümü ve eski el yazmaları için bir salon bulunacağını söyledi.",
         "Yerel yazarlarla okuma atölyeleri cumartesi günü başlayacak ve giriş tüm kent sakinleri için ücretsiz olmaya devam edecek."],
        ["Telegram kanalımıza katılın", "WhatsApp grubumuza katılın"],
        None,
        ["Bir okur, çalışmaları aylarca sosyal medyadan takip ettiğini ve artık her akşam kütüphaneye geleceğini anlattı."],
    ),
    "pl": (
        ["Miasto w czwartek ponownie otworzyło bibliotekę po dwóch latach remontu, podczas którego odnowiono sale, magazyn i oświetlenie.",
         "Burmistrz powiedział, że biblioteka będzie czynna siedem dni w tygodniu, a w budynku powstanie dział dziecięcy i sala starych rękopisów.",
         "Warsztaty czytelnicze z lokalnymi pisarzami ruszą w sobotę, a wstęp pozostanie bezpłatny dla wszystkich mieszkańców."],
        ["Obserwuj nas w mediach społecznościowych", "Dołącz do naszego kanału na WhatsAppie"],
        None,
        ["Jedna z czytelniczek opowiedziała, że obserwowała remont w mediach społecznościowych i teraz będzie tu przychodzić codziennie."],
    ),
    "id": (
        ["Pemerintah kota membuka kembali perpustakaan umum pada Kamis setelah renovasi dua tahun yang memperbaiki ruang baca, gudang arsip, dan penerangan.",
         "Wali kota mengatakan perpustakaan akan buka tujuh hari seminggu dan memiliki ruang anak serta ruang khusus untuk naskah-naskah kuno.",
         "Lokakarya membaca bersama penulis setempat dimulai Sabtu depan dan pengunjung tetap tidak dipungut biaya apa pun."],
        [],
        None,
        ["Seorang pengunjung bercerita bahwa ia bergabung di grup WhatsApp warga sejak renovasi dimulai dan selalu mengikuti kabarnya."],
    ),
    "ja": (
        ["市は木曜日、閲覧室や書庫、照明を改修する二年間の工事を終えた市立図書館を再開した。",
         "市長によると、図書館は週七日開館し、子ども向けの部屋と古い写本を展示する部屋が新たに設けられる。",
         "地元の作家による読書会は土曜日から始まり、入館は引き続きすべての市民に無料となる。"],
        ["LINEで友だち追加", "ニュースレターを購読する"],
        None,
        ["ある利用者は、工事の様子をSNSで毎日確認していたと話し、再開を喜んだ。"],
    ),
    "hi": (
        ["नगर निगम ने गुरुवार को दो साल की मरम्मत के बाद शहर का सार्वजनिक पुस्तकालय फिर से खोल दिया, जिसमें पढ़ने के कमरे और रोशनी नई की गई।",
         "महापौर ने कहा कि पुस्तकालय सप्ताह के सातों दिन खुला रहेगा और इसमें बच्चों का कक्ष तथा पुरानी पांडुलिपियों का कमरा भी होगा।",
         "स्थानीय लेखकों के साथ पढ़ने की कार्यशालाएं शनिवार से शुरू होंगी और सभी नागरिकों के लिए प्रवेश निःशुल्क रहेगा।"],
        [],
        None,
        ["एक पाठक ने बताया कि वह दो साल से सोशल मीडिया पर मरम्मत की खबरें देख रहा था और अब रोज यहां आएगा।"],
    ),
    "ro": (
        ["Primăria a redeschis joi biblioteca orașului după doi ani de lucrări în care au fost renovate sălile, depozitul și iluminatul.",
         "Primarul a spus că biblioteca va fi deschisă șapte zile pe săptămână și va avea o secție pentru copii și o sală pentru manuscrise vechi.",
         "Atelierele de lectură cu scriitori locali încep sâmbătă, iar intrarea rămâne gratuită pentru toți locuitorii."],
        ["Distribuie pe WhatsApp", "Abonează-te la newsletterul nostru și află primul ce se întâmplă în oraș"],
        None,
        ["O cititoare a povestit că a urmărit lucrările pe rețelele sociale și că va veni aici în fiecare seară."],
    ),
    "uk": (
        ["Міська бібліотека в четвер знову відчинилася після двох років ремонту, під час якого оновили зали, сховище та освітлення.",
         "Мер розповів, що бібліотека працюватиме сім днів на тиждень, а в будівлі з'являться дитячий відділ і зал старовинних рукописів.",
         "По суботах там відбуватимуться літературні зустрічі з місцевими письменниками, а вхід залишиться безкоштовним."],
        ["Читайте нас у Telegram", "Слідкуйте за нашими новинами у Facebook"],
        None,
        ["Одна з читачок розповіла, що стежила за ремонтом у Facebook і тепер приходитиме сюди щовечора."],
    ),
    "en": (
        ["Thousands of runners crossed the finish line of the city marathon on Sunday, the first to be held on the new route along the river.",
         "Organisers said almost twelve thousand people took part, and that the warm weather had slowed the leading runners in the last ten kilometres.",
         "The race was won by a local teacher who had finished third last year, and the women's race went to a student from the university athletics club."],
        [],
        "Submit Comment",
        ["The winner said she had joined our running club only three years ago, after a friend talked her into a short race."],
    ),
    "ko": (
        ["일요일 열린 시민 마라톤 대회에서 수천 명의 참가자가 강변을 따라 새로 만든 코스를 달려 결승선을 통과했다.",
         "주최 측은 약 만 이천 명이 참가했으며 더운 날씨 때문에 선두 그룹의 기록이 마지막 십 킬로미터에서 크게 늦어졌다고 밝혔다.",
         "남자부 우승은 지난해 삼위를 한 지역 교사가 차지했고 여자부는 대학 육상부 소속 학생이 우승했다."],
        ["카카오톡 채널 추가하기", "네이버 뉴스에서 구독하세요"],
        None,
        ["우승자는 삼 년 전 친구의 권유로 달리기 동호회에 가입했다고 말했다."],
    ),
    "he": (
        ["אלפי רצים חצו ביום ראשון את קו הסיום של מרתון העיר, הראשון שנערך במסלול החדש לאורך הנהר.",
         "המארגנים אמרו שכמעט שנים עשר אלף איש השתתפו, ושמזג האוויר החם האט את הרצים המובילים בעשרת הקילומטרים האחרונים.",
         "את המרוץ ניצחה מורה מהעיר שסיימה במקום השלישי בשנה שעברה, ובמרוץ הגברים ניצח סטודנט ממועדון האתלטיקה של האוניברסיטה."],
        ["שתפו בפייסבוק", "הצטרפו לערוץ הטלגרם שלנו"],
        None,
        ["המנצחת סיפרה שהצטרפה לקבוצת הריצה רק לפני שלוש שנים, אחרי שחברה שכנעה אותה לנסות."],
    ),
    "cs": (
        ["Tisíce běžců v neděli proběhly cílem městského maratonu, prvního, který se běžel po nové trase podél řeky.",
         "Pořadatelé uvedli, že se závodu zúčastnilo téměř dvanáct tisíc lidí a že teplé počasí zpomalilo vedoucí běžce v posledních deseti kilometrech.",
         "Závod vyhrála místní učitelka, která loni skončila třetí, mezi muži zvítězil student z univerzitního atletického oddílu."],
        ["Připojte se k našemu kanálu na Telegramu"],
        None,
        ["Vítězka řekla, že se k běžeckému oddílu přidala teprve před třemi lety, když ji přemluvila kamarádka."],
    ),
    "hu": (
        ["Több ezer futó ért célba vasárnap a városi maratonon, amelyet először rendeztek meg az új, folyóparti útvonalon.",
         "A szervezők szerint csaknem tizenkétezren indultak, és a meleg idő az utolsó tíz kilométeren lelassította az élen haladókat.",
         "A versenyt egy helyi tanárnő nyerte, aki tavaly harmadik lett, a férfiaknál pedig az egyetemi atlétikai klub egyik hallgatója győzött."],
        ["Csatlakozz a Telegram-csatornánkhoz", "Megosztás Facebookon"],
        None,
        ["A győztes elmondta, hogy csak három éve csatlakozott a futóklubhoz, miután egy barátnője rábeszélte."],
    ),
    "da": (
        ["Tusindvis af løbere krydsede søndag målstregen ved byens maraton, det første på den nye rute langs åen.",
         "Arrangørerne oplyste, at næsten tolv tusind deltog, og at det varme vejr bremsede de forreste løbere på de sidste ti kilometer.",
         "Løbet blev vundet af en lokal lærer, der blev nummer tre sidste år, mens herreløbet gik til en studerende fra universitetets atletikklub."],
        ["Del på Facebook"],
        None,
        ["Vinderen fortalte, at hun først begyndte i løbeklubben for tre år siden, efter at en veninde havde overtalt hende."],
    ),
    "bg": (
        ["Хиляди бегачи пресякоха в неделя финала на градския маратон, първия по новото трасе покрай реката.",
         "Организаторите съобщиха, че участниците са били близо дванадесет хиляди и че топлото време е забавило водачите в последните десет километра.",
         "Състезанието спечели местна учителка, която миналата година беше трета, а при мъжете победи студент от университетския атлетически клуб."],
        ["Присъединете се към нашия канал в Telegram", "Сподели във Facebook"],
        None,
        ["Победителката каза, че се е присъединила към клуба по бягане едва преди три години по настояване на приятелка."],
    ),
    "sk": (
        ["Tisíce bežcov v nedeľu prebehli cieľom mestského maratónu, prvého na novej trase pozdĺž rieky.",
         "Organizátori uviedli, že sa pretekov zúčastnilo takmer dvanásťtisíc ľudí a že teplé počasie spomalilo vedúcich bežcov v posledných desiatich kilometroch.",
         "Preteky vyhrala miestna učiteľka, ktorá vlani skončila tretia, medzi mužmi zvíťazil študent z univerzitného atletického klubu."],
        ["Pridajte sa k nášmu kanálu na Telegrame", "Zdieľať na Facebooku"],
        None,
        ["Víťazka povedala, že sa k bežeckému klubu pridala len pred tromi rokmi, keď ju prehovorila kamarátka."],
    ),
    "vi": (
        ["Hàng nghìn vận động viên đã về đích tại giải marathon thành phố hôm Chủ nhật, lần đầu tiên diễn ra trên cung đường mới dọc bờ sông.",
         "Ban tổ chức cho biết gần mười hai nghìn người tham gia và thời tiết nóng đã làm chậm nhóm dẫn đầu ở mười cây số cuối.",
         "Người chiến thắng nội dung nữ là một giáo viên địa phương từng về thứ ba năm ngoái, còn nội dung nam thuộc về một sinh viên."],
        [],
        None,
        ["Người chiến thắng kể rằng cô chỉ tham gia câu lạc bộ chạy bộ cách đây ba năm theo lời rủ của một người bạn."],
    ),
}


def _page(paragraphs, prompts, tail, traps):
    """The first prompt under the first paragraph, the traps and the other prompts under the
    second, the tail prompt below the last."""
    return "\n".join([paragraphs[0], *prompts[:1], paragraphs[1], *traps, *prompts[1:], paragraphs[2],
                      *([tail] if tail else [])])


@pytest.mark.parametrize("language", sorted(PAGES))
def test_prompts_go_and_prose_with_their_words_stays(language):
    paragraphs, prompts, tail, traps = PAGES[language]
    kept = clean(_page(paragraphs, prompts, tail, traps)).text.split("\n")
    for line in prompts + ([tail] if tail else []):
        assert line not in kept, f"{language}: prompt kept: {line}"
    for line in paragraphs + traps:
        assert line in kept, f"{language}: prose lost: {line}"
