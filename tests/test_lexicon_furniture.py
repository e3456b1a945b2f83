"""Page furniture on one line that the lexicons did not know (issue 12): join-our-channel and
app prompts, reading-time and listen labels, rating widgets, error-report notices and
subscription sell lines. Each prompt stands alone in a short invented story and goes; each
trap, a report, a quote or a question in the story's own voice with the same words, stays.
The prompts are those the lexicons of the previous round kept."""

import pytest

from cleaner import clean
from test_lexicon_prompts import PAGES as PROMPT_PAGES

# Three paragraphs of a short story per language: those of test_lexicon_prompts, and more.
STORIES = {language: page[0] for language, page in PROMPT_PAGES.items()}
STORIES.update({
    "it": [
        "Il comune ha riaperto giovedì la biblioteca civica dopo due anni di lavori che hanno rinnovato le sale, l'archivio e l'illuminazione.",
        "Il sindaco ha spiegato che l'edificio resterà aperto sette giorni su sette, con una sala per i bambini e una dedicata ai manoscritti antichi.",
        "I laboratori di lettura con gli scrittori del territorio cominceranno sabato e l'ingresso resterà gratuito per tutti i residenti.",
    ],
    "pt": [
        "A prefeitura reabriu na quinta-feira a biblioteca municipal depois de dois anos de obras que renovaram as salas, o arquivo e a iluminação.",
        "O prefeito explicou que o prédio vai funcionar sete dias por semana, com uma sala infantil e outra dedicada aos manuscritos antigos.",
        "As oficinas de leitura com escritores da região começam no sábado, e a entrada continuará gratuita para todos os moradores.",
    ],
    "nl": [
        "De gemeente heeft donderdag de bibliotheek heropend na twee jaar verbouwing, waarbij de zalen, het archief en de verlichting zijn vernieuwd.",
        "De burgemeester zei dat het gebouw zeven dagen per week open is, met een kinderafdeling en een zaal voor oude handschriften.",
        "Leesworkshops met schrijvers uit de streek beginnen zaterdag en de toegang blijft gratis voor alle inwoners.",
    ],
    "fa": [
        "شهرداری روز پنجشنبه کتابخانه عمومی شهر را پس از دو سال بازسازی سالن‌ها، مخزن و سیستم روشنایی دوباره افتتاح کرد.",
        "شهردار گفت این کتابخانه هفت روز هفته باز خواهد بود و بخشی ویژه کودکان و تالاری برای نسخه‌های خطی قدیمی خواهد داشت.",
        "کارگاه‌های کتابخوانی با حضور نویسندگان محلی از شنبه آغاز می‌شود و ورود برای همه شهروندان رایگان خواهد ماند.",
    ],
    "ur": [
        "بلدیہ نے جمعرات کو شہر کی عوامی لائبریری دو سال کی مرمت کے بعد دوبارہ کھول دی جس میں ہال، ذخیرہ اور روشنی کا نظام نیا کیا گیا۔",
        "میئر نے کہا کہ لائبریری ہفتے کے ساتوں دن کھلی رہے گی اور اس میں بچوں کا حصہ اور پرانے مخطوطات کا ایک ہال بھی ہوگا۔",
        "مقامی ادیبوں کے ساتھ مطالعے کی نشستیں ہفتے سے شروع ہوں گی اور داخلہ تمام شہریوں کے لیے مفت رہے گا۔",
    ],
    "zh": [
        "市政府周四重新开放了市立图书馆，此前两年的改造工程翻新了阅览室、书库和照明系统。",
        "市长表示，图书馆将每周七天开放，并新设儿童阅览区和古籍展示厅。",
        "由本地作家主持的读书会将于周六开始，所有市民仍可免费入馆。",
    ],
    "sv": [
        "Kommunen öppnade i torsdags stadsbiblioteket igen efter två års ombyggnad där salarna, magasinet och belysningen förnyades.",
        "Kommunalrådet sade att biblioteket ska hålla öppet alla dagar i veckan och få en barnavdelning och en sal för gamla handskrifter.",
        "Läsverkstäder med lokala författare börjar på lördag och inträdet förblir gratis för alla invånare.",
    ],
})

# language: (prompts that go mid-story, app prompts that go below it, traps that stay mid-story)
FURNITURE = {
    "en": (
        [
            "Follow our WhatsApp channel",
            "Listen to this article • 4 min",
            "Was this article helpful?",
            "Rate this article",
            "Did you like this article?",
            "Did you find this article helpful?",
            "Already a subscriber? Log in",
        ],
        [
            "Download our free app",
        ],
        [
            "Get the App",
            "He followed the minister on Telegram for months before the vote, his former aide said.",
            "Subscribers can already read the full report in the weekly edition, the editor said.",
            "The campaign asked supporters to join its WhatsApp channel before polling day.",
            "“Download the app and you will see the delays yourself,” one commuter told us.",
            "Was this article helpful? Several readers wrote to say it was not, and we corrected two figures.",
            "Report an error in your tax return within thirty days, the agency advises.",
            "Already a subscriber to three streaming services, she cancelled one last month.",
        ],
    ),
    "fr": (
        [
            "Rejoignez notre chaîne WhatsApp",
            "Cet article vous a-t-il été utile ?",
            "Notez cet article",
            "Vous avez repéré une erreur ? Sélectionnez le texte et appuyez sur Ctrl+Entrée",
            "Signaler une erreur",
        ],
        [
            "Téléchargez notre application",
        ],
        [
            "Le ministre a rejoint la chaîne WhatsApp du parti dès sa création, selon ses proches.",
            "Les abonnés pourront lire la suite du dossier dans notre édition de samedi.",
            "Téléchargez l'application de la préfecture avant de partir, conseille la gendarmerie.",
            "Notez cet article de loi : il change la durée du préavis pour les locataires.",
            "Vous avez repéré une erreur sur votre avis d'imposition ? Les services fiscaux vous laissent jusqu'en juin.",
        ],
    ),
    "es": (
        [
            "Sigue toda la información en nuestro canal de WhatsApp",
            "Únete a nuestro canal de WhatsApp",
            "¿Te ha resultado útil este artículo?",
            "¿Te gustó esta nota?",
            "Valora esta noticia",
            "Si encuentras un error, selecciónalo y pulsa Ctrl+Enter",
            "¿Ya eres suscriptor? Inicia sesión",
        ],
        [
            "Descarga nuestra app",
        ],
        [
            "Sigue sin haber acuerdo entre los partidos sobre el presupuesto del próximo año.",
            "El alcalde se unió al canal de WhatsApp de los vecinos para escuchar sus quejas.",
            "Los suscriptores del diario podrán leer el informe completo el domingo.",
            "Descarga la app del metro y verás los retrasos, dice una usuaria.",
            "¿Te gustó esta nota? Sí, respondió el ministro entre risas.",
            "Si encuentras un error en tu factura, reclama primero a la compañía, aconsejan los abogados.",
        ],
    ),
    "de": (
        [
            "Lesezeit: 4 Min.",
            "Artikel zum Hören • 4 Min",
            "War dieser Artikel hilfreich?",
            "Wie gefällt Ihnen dieser Artikel?",
            "Artikel bewerten",
            "Haben Sie einen Fehler entdeckt? Markieren Sie den Text und drücken Sie Strg+Enter",
            "Sie sind bereits Abonnent? Hier anmelden",
        ],
        [
        ],
        [
            "Die Ministerin folgte dem Kanzler auf WhatsApp und in den Fluren des Bundestags.",
            "Abonnenten können den vollständigen Bericht ab Samstag in der Zeitung lesen.",
            "Lesezeit und Bildschirmzeit der Kinder sind seit der Pandemie gestiegen, so die Studie.",
            "War dieser Artikel hilfreich für die Ermittler? Das Gericht sagt nein.",
            "Haben Sie einen Fehler entdeckt? Nein, sagte der Prüfer, alles sei korrekt gebucht.",
        ],
    ),
    "it": (
        [
            "Seguici anche sul nostro canale Telegram",
            "Ascolta l'articolo",  # the audio button, read as a "read also" box before: the story went after it
            "Ascolta questo articolo",
            "Questo articolo ti è stato utile?",
            "Vota questo articolo",
            "Ti è piaciuto questo articolo?",
        ],
        [
        ],
        [
            "Il sindaco ha seguito la vicenda sul canale Telegram del comitato per settimane.",
            "Gli abbonati potranno leggere l'inchiesta completa nell'edizione di domenica.",
            "Vota questo articolo della Costituzione, chiedeva il manifesto del comitato.",
            "Hai trovato un errore nel bollettino? Chiama subito l'ufficio, consigliano gli esperti.",
            "Ascolta questo: il consiglio vuole chiudere la piazza alle auto.",
        ],
    ),
    "pt": (
        [
            "Entre no canal do WhatsApp",
            "Participe do nosso canal no Telegram",
            "Ouça esta reportagem",
            "Este conteúdo foi útil para você?",
            "Avalie esta notícia",
            "Gostou desta matéria?",
            "Sua assinatura pode valer ainda mais",
        ],
        [
            "Baixe o nosso app",
        ],
        [
            "O ministro entrou no canal do partido no WhatsApp logo após a eleição, segundo assessores.",
            "Sua assinatura na petição foi considerada válida pelo tribunal, disse o advogado.",
            "Assinantes do jornal podem ler a reportagem completa no domingo.",
            "Baixe o app do banco e confira o saldo, orientou a gerente.",
            "Entre o grupo de WhatsApp da família e o do trabalho",  # "between", not "join"
            "Gostou desta matéria? A pergunta abre a pesquisa que o jornal fez com leitores em 1990.",
            "Encontrou um erro na declaração? A Receita permite corrigir até maio.",
        ],
    ),
    "nl": (
        [
            "Was dit artikel nuttig?",
            "Beoordeel dit artikel",
        ],
        [
            "Download onze app",
        ],
        [
            "De burgemeester volgde het debat via WhatsApp terwijl hij in de trein zat.",
            "Wie de app downloadt, krijgt de eerste maand gratis toegang, meldt het bedrijf.",
            "Download de app van de gemeente en meld de schade, adviseert de wethouder.",
            "Was dit artikel nuttig voor de rechter? De advocaat betwijfelt het.",
            "Fout gezien in de aangifte? De Belastingdienst geeft je tot mei de tijd.",
        ],
    ),
    "pl": (
        [
            "Czy ten artykuł był pomocny?",
            "Oceń artykuł",
            "Jeśli zauważyłeś błąd, zaznacz go i naciśnij Ctrl+Enter",
            "Masz już subskrypcję? Zaloguj się",
        ],
        [
        ],
        [
            "Minister dołączył do kanału partii na WhatsAppie tuż po wyborach.",
            "Jeśli zauważyłeś błąd w deklaracji podatkowej, urząd pozwala go poprawić do końca maja.",
            "Pobierz aplikację banku i sprawdź saldo, radzą eksperci.",
            "Oceń artykuł ustawy, który zmienia zasady najmu, zachęcali studenci.",
            "Masz już subskrypcję w trzech serwisach? Eksperci radzą jedną anulować.",
        ],
    ),
    "ru": (
        [
            "Оцените материал",
            "Понравилась статья?",
            "Была ли статья полезной?",
            "Если вы заметили ошибку, выделите ее и нажмите Ctrl+Enter",
            "Нашли ошибку? Выделите ее и нажмите Ctrl+Enter",
            "Оформите подписку, чтобы читать дальше",
            "Уже подписаны? Войдите",
        ],
        [
        ],
        [
            "Нашли ошибку в расчетах и аудиторы, проверявшие бюджет города прошлой осенью.",
            "Если вы заметили ошибку в квитанции, обратитесь в управляющую компанию, советуют юристы.",
            "Министр подписался на канал губернатора в Дзене еще весной.",
            "— Нравится?",
            "— Не нравится.",
            "Оцените материал стен, из которого построен дом, советуют строители.",
            "Уже подписаны все документы о передаче земли, сообщил губернатор.",
        ],
    ),
    "uk": (
        [
            "Оцініть матеріал",
            "Якщо ви помітили помилку, виділіть необхідний текст і натисніть Ctrl+Enter",
            "Помітили помилку? Виділіть її та натисніть Ctrl+Enter",
            "Оформіть передплату, щоб читати далі",
        ],
        [
        ],
        [
            "Якщо ви помітили помилку в платіжці, зверніться до постачальника, радять юристи.",
            "Міністр підписався на канал мера в Telegram ще навесні.",
            "— Подобається?",
            "Оформіть передплату на газети для бібліотеки, закликав мер, щоб читати могли всі.",
        ],
    ),
    "tr": (
        [
            "Bu haberi beğendiniz mi?",
            "Bu içerik faydalı oldu mu?",
            "Haberi değerlendirin",
            "Hata bildir",
            "Zaten abone misiniz? Giriş yapın",
        ],
        [
            "Uygulamamızı indirin",
        ],
        [
            "Bakan, muhalefet liderini sosyal medyada takip etti ve açıklamalarını yanıtladı.",
            "Takip eden günlerde belediye yeni bir açıklama yaptı.",
            "Bu haberi beğendiniz mi diye soran anket, okurların yarısından yanıt aldı.",
            "Hata bildirimi sistemi yeniden açıldı.",
        ],
    ),
    "ar": (
        [
            "وقت القراءة: 3 دقائق",
            "مدة القراءة 4 دقائق",
            "استمع إلى المقال",
            "استمع للخبر",
            "هل كان هذا المقال مفيدا؟",
            "قيم هذا المقال",
            "هل أعجبك المقال؟",
            "اشترك لقراءة المزيد",
            "هل أنت مشترك؟ سجل الدخول",
        ],
        [
            "حمّل تطبيقنا",
        ],
        [
            "وتابعنا على تويتر ردود الفعل على القرار طوال الليل.",
            "انضم الوزير إلى منصة ثريدز الأسبوع الماضي.",
            "واستمع القاضي إلى شهادة الضحية قبل أن يرفع الجلسة.",
            "وقت القراءة عند الأطفال تراجع خلال السنوات الأخيرة.",
            "هل كان هذا المقال مفيدا للقراء؟ سؤال طرحته الصحيفة في استطلاعها السنوي.",
            "حمل التطبيق الجديد مفاجآت كثيرة للمستخدمين.",
            "حمّل التطبيق",
        ],
    ),
    "fa": (
        [
            "مدت زمان مطالعه: ۴ دقیقه",
            "شنیدن این خبر",
            "این مطلب برای شما مفید بود؟",
            "به این مطلب امتیاز دهید",
        ],
        [
        ],
        [
            "وزیر خارجه گفت که خبرها را در تلگرام دنبال می‌کند و به شایعات پاسخ نمی‌دهد.",
            "زمان مطالعه دانش‌آموزان در سال‌های اخیر کاهش یافته است.",
            "این مطلب برای شما مفید بود یا نه، پرسشی است که نظرسنجی از خوانندگان پرسید.",
            "وزیر گفت مردم اپلیکیشن را دانلود کنند تا صف‌ها کوتاه شود.",
            "شنیدن این خبر برای خانواده‌ها بسیار سخت بود.",
            "اپلیکیشن را دانلود کنید",
        ],
    ),
    "ur": (
        [
            "پڑھنے کا وقت: 3 منٹ",
            "خبر سنیں",
            "یہ مضمون آپ کو کیسا لگا؟",
        ],
        [
        ],
        [
            "آپ کی رائے میں حکومت نے درست فیصلہ کیا؟ صحافی نے وزیر سے پوچھا۔",
            "وزیر نے واٹس ایپ چینل پر یہ بیان جاری کیا۔",
            "خبر سنیں تو فوراً گھر واپس آ جائیں، پولیس نے شہریوں سے کہا۔",
            "ایپ ڈاؤن لوڈ کریں",
        ],
    ),
    "hi": (
        [
            "हमारे व्हाट्सऐप चैनल से जुड़ें",
            "पढ़ने का समय: 3 मिनट",
            "3 मिनट में पढ़ें",
            "यह लेख आपको कैसा लगा?",
            "क्या यह खबर उपयोगी थी?",
            "इस लेख को रेटिंग दें",
        ],
        [
        ],
        [
            "मंत्री ने कहा कि वह रोज़ व्हाट्सऐप चैनल से जुड़े लोगों के सवालों का जवाब देते हैं।",
            "खबर सुनते ही गांव के लोग चौक पर जमा हो गए।",
            "पढ़ने का समय बच्चों में लगातार घट रहा है, सर्वे में पता चला।",
            "यह लेख आपको कैसा लगा, यह सवाल अखबार ने पाठकों से पूछा।",
            "ऐप डाउनलोड करें",
        ],
    ),
    "he": (
        [
            "האם הכתבה עניינה אותך?",
            "דרגו את הכתבה",
            "להמשך קריאה הירשמו למינוי",
            "כבר מנויים? התחברו",
        ],
        [
        ],
        [
            "השר הצטרף לערוץ הטלגרם של המפלגה עוד לפני הבחירות.",
            "המנויים של העיתון יוכלו לקרוא את הדוח המלא ביום שישי.",
            "האם הכתבה הייתה מועילה לחקירה? השופטת לא השתכנעה.",
            "מצאתם טעות בחשבון המים? פנו לעירייה עד סוף החודש.",
            "הורידו את האפליקציה",
        ],
    ),
    "zh": (
        [
            "阅读时间：3分钟",
            "预计阅读时间 4 分钟",
            "收听本文",
            "这篇文章对你有帮助吗？",
            "给文章评分",
            "已是会员？登录",
        ],
        [
            "下载新闻客户端",
        ],
        [
            "他在微信公众号上关注了这个案件的进展。",
            "点赞的人数在一天内超过了十万。",
            "听新闻广播是他每天早上的习惯。",
            "下载客户端的用户在一周内增加了一倍。",
            "下载客户端",
        ],
    ),
    "ja": (
        [
            "LINEで最新ニュースを受け取る",
            "友だち追加",
            "この記事はいかがでしたか？",
            "記事を読み上げる",
            "この記事を聞く",
            "読了時間：約3分",
            "続きを読むには会員登録が必要です",
        ],
        [
        ],
        [
            "彼はLINEで友だち追加した相手から詐欺の連絡を受けたという。",
            "役に立ったのは地元の人々の協力だったと市長は語った。",
            "この記事を聞いた多くの読者から、驚きの声が寄せられた。",
            "アプリをダウンロード",
        ],
    ),
    "ko": (
        [
            "이 기사가 도움이 되었나요?",
            "기사 평가하기",
            "구독하고 계속 읽기",
            "읽는 시간 3분",
        ],
        [
        ],
        [
            "그는 카카오톡 채널을 통해 주민들에게 대피 소식을 알렸다.",
            "좋아요 버튼을 누른 사람은 하루 만에 십만 명을 넘었다.",
            "앱 다운로드 수가 한 달 만에 두 배로 늘었다.",
            "앱 다운로드",
        ],
    ),
    "sv": (
        [
            "Gilla oss på Facebook",
            "Följ oss i WhatsApp",
            "Lästid: 3 min",
            "Var artikeln till hjälp?",
            "Betygsätt artikeln",
        ],
        [
            "Ladda ner vår app",
        ],
        [
            "Ministern följde debatten på Facebook och kommenterade den sent på kvällen.",
            "Prenumeranter kan läsa hela granskningen i söndagens tidning.",
            "Ladda ner appen från kommunen och anmäl skadan, uppmanar nämnden.",
            "Var artikeln till hjälp för utredarna? Nej, enligt åklagaren.",
            "Har du hittat ett fel i deklarationen? Skatteverket ger dig tid till maj.",
            "Gilla oss eller inte, sade borgmästaren, men bygget fortsätter.",
        ],
    ),
    "vi": (
        [
            "Bài viết có hữu ích với bạn không?",
            "Đánh giá bài viết",
            "Đăng ký để đọc tiếp",
        ],
        [
        ],
        [
            "Bộ trưởng theo dõi cuộc tranh luận trên Zalo suốt cả buổi tối.",
            "Tải ứng dụng ngân hàng và kiểm tra số dư, các chuyên gia khuyên.",
            "Thích thú với kết quả, đội bóng ăn mừng suốt đêm.",
            "Tải ứng dụng",
        ],
    ),
    "id": (
        [
            "Baca dalam 3 menit",
            "Dengarkan artikel ini",
            "Apakah artikel ini bermanfaat?",
            "Beri nilai artikel ini",
            "Bagaimana reaksi Anda tentang artikel ini?",
            "Berlangganan untuk membaca selengkapnya",
            "Sudah berlangganan? Masuk",
        ],
        [
            "Unduh aplikasi kami",
        ],
        [
            "Menteri itu mengikuti perkembangan kasus melalui grup WhatsApp keluarga korban.",
            "Apakah artikel ini bermanfaat bagi penyidik? Jaksa meragukannya.",
            "Unduh aplikasi bank lalu periksa saldo Anda, kata petugas.",
            "Unduh aplikasi",
        ],
    ),
}

# A story whose last lines are steps, one of them a bare app prompt ("Download the app"):
# the app rules want the site's own app ("our app"), so every step stays.
HOWTO = {
    "en": [
        "Residents can now book their flu jab online, the city council said on Monday, after long queues at clinics last winter.",
        "The council said the new booking system would cut waiting times and let people choose a clinic close to home.",
        "To book, follow three steps:",
        "Open the council website",
        "Create an account with your health number",
        "Download the app",
    ],
    "nl": [
        "Inwoners kunnen vanaf maandag online een afspraak maken voor de griepprik, meldt de gemeente na de lange rijen van vorige winter.",
        "Volgens de gemeente worden de wachttijden korter en kan iedereen een prikpost dicht bij huis kiezen.",
        "Zo werkt het:",
        "Ga naar de website van de gemeente",
        "Maak een account aan met je burgerservicenummer",
        "Download de app",
    ],
    "es": [
        "Los vecinos ya pueden pedir cita para la vacuna de la gripe por internet, informó el ayuntamiento tras las largas colas del invierno pasado.",
        "Según el ayuntamiento, el nuevo sistema reducirá las esperas y permitirá elegir un centro cerca de casa.",
        "Así funciona:",
        "Entra en la web municipal",
        "Crea una cuenta con tu número de la seguridad social",
        "Descarga la app",
    ],
    "fr": [
        "Les habitants peuvent désormais prendre rendez-vous en ligne pour le vaccin contre la grippe, a annoncé la mairie après les files d'attente de l'hiver dernier.",
        "Selon la mairie, le nouveau système réduira l'attente et permettra de choisir un centre près de chez soi.",
        "Voici comment faire :",
        "Rendez-vous sur le site de la mairie",
        "Créez un compte avec votre numéro de sécurité sociale",
        "Téléchargez l'application",
    ],
    "pt": [
        "Os moradores já podem agendar a vacina da gripe pela internet, informou a prefeitura depois das longas filas do inverno passado.",
        "Segundo a prefeitura, o novo sistema vai reduzir a espera e permitir escolher um posto perto de casa.",
        "Veja como funciona:",
        "Acesse o site da prefeitura",
        "Crie uma conta com o número do seu cartão do SUS",
        "Baixe o app",
    ],
    "sv": [
        "Invånarna kan nu boka tid för influensavaccin på nätet, meddelade kommunen efter de långa köerna förra vintern.",
        "Enligt kommunen ska det nya systemet korta väntetiderna och låta alla välja en mottagning nära hemmet.",
        "Så här gör du:",
        "Gå in på kommunens webbplats",
        "Skapa ett konto med ditt personnummer",
        "Ladda ner appen",
    ],
    "pl": [
        "Mieszkańcy mogą już zapisać się na szczepienie przeciw grypie przez internet, poinformował urząd miasta po długich kolejkach zeszłej zimy.",
        "Według urzędu nowy system skróci czas oczekiwania i pozwoli wybrać przychodnię blisko domu.",
        "Jak to zrobić:",
        "Wejdź na stronę urzędu miasta",
        "Załóż konto, podając numer PESEL",
        "Pobierz aplikację",
    ],
    "tr": [
        "Vatandaşlar artık grip aşısı için internetten randevu alabilecek, belediye geçen kışki uzun kuyrukların ardından duyurdu.",
        "Belediyeye göre yeni sistem bekleme sürelerini kısaltacak ve herkesin evine yakın bir merkez seçmesini sağlayacak.",
        "Nasıl yapılır:",
        "Belediyenin internet sitesine girin",
        "Kimlik numaranızla bir hesap oluşturun",
        "Uygulamayı indir",
    ],
}



def _story_with(language, line):
    """The line between the story's second and third paragraphs, where furniture stands mid-page."""
    first, second, third = STORIES[language]
    return "\n".join([first, second, line, third])


def _story_over(language, line):
    """The line under the story's last paragraph."""
    return "\n".join([*STORIES[language], line])


def _cases(position):
    return [(language, line) for language, lines in FURNITURE.items() for line in lines[position]]


@pytest.mark.parametrize("language, prompt", _cases(0))
def test_furniture_line_goes_and_the_story_stays(language, prompt):
    kept = clean(_story_with(language, prompt)).text.split("\n")
    assert prompt not in kept
    assert kept == STORIES[language]


@pytest.mark.parametrize("language, prompt", _cases(1))
def test_app_prompt_below_the_story_goes(language, prompt):
    kept = clean(_story_over(language, prompt)).text.split("\n")
    assert kept == STORIES[language]


@pytest.mark.parametrize("language, trap", _cases(2))
def test_prose_with_the_same_words_stays(language, trap):
    kept = clean(_story_with(language, trap)).text.split("\n")
    assert trap in kept
    assert all(paragraph in kept for paragraph in STORIES[language])


@pytest.mark.parametrize("language", sorted(HOWTO))
def test_a_how_to_keeps_its_bare_app_step(language):
    steps = "\n".join(HOWTO[language])
    assert clean(steps).text == steps
