"""What an inline "read also" promotion takes with it: the headlines under its marker, but not
the article's own lines with figures under a marker that carries its headline."""

import pytest
from test_headline_names_story import HEADLINE, STORY  # a flood story of three paragraphs

from cleaner import clean

FIGURES = ["Valley United – Riverside 3:1 (1:1)", "Goals: Berg 38, Lund 67, 81 – Holm 12",
           "Attendance: 1 450"]


def _kept(lines: list[str]) -> list[str]:
    outputs = {clean("\n".join(lines), learned=learned).text for learned in (False, True)}
    assert len(outputs) == 1, outputs
    return outputs.pop().split("\n")


@pytest.mark.parametrize("marker", ["Read also: Riverside coach says his bench is too short",
                                    "Read also: Riverside's coach: 'Our bench is too short'"])
def test_the_articles_lines_with_figures_under_a_promo_that_carries_its_headline_stay(marker):
    kept = _kept([HEADLINE, STORY[0], marker, *FIGURES, *STORY[1:]])
    assert marker not in kept
    assert all(line in kept for line in FIGURES)


def test_a_heading_over_the_articles_rows_of_figures_under_a_promo_stays():
    rows = ["Ticket prices:", "Adults: 4.50 euros", "Children: 2 euros", "Families: 10 euros"]
    kept = _kept([HEADLINE, STORY[0], "Read also: Council approves new flood barriers for the harbour",
                  *rows, *STORY[1:]])
    assert all(line in kept for line in rows)


@pytest.mark.parametrize("block", [
    ["Read also:", "Riverside coach says his bench is too short"],
    ["Read also: Council approves new flood barriers for the harbour", "Bridge closure extended until the spring"],
    ["Read also: Council approves new flood barriers for the harbour", "Bridge closure extended until the spring",
     "Photo: Jane Moss/Valley Press"],
    # Two words after the marker are a label's tail, not a headline: the block is a box.
    ["Read also: our dossier", "Bridge closure extended until the spring"],
    # One numbered headline, a section label or a gallery label among them: still a box.
    ["Read also: Council approves new flood barriers for the harbour", "5 things to know about the sea wall"],
    ["Read also: Council approves new flood barriers for the harbour", "ECONOMY",
     "Bridge closure extended until the spring"],
    ["Read also: Council approves new flood barriers for the harbour", "Gallery (12)"],
])
def test_the_headlines_under_a_promos_marker_go_with_it(block):
    assert _kept([HEADLINE, STORY[0], *block, *STORY[1:]]) == [HEADLINE] + STORY


# An article in each language: its headline, three paragraphs, a box (a bare marker over a
# headline, or a marker that carries it) and the sub-heading of the article's next section.
ARTICLES_WITH_A_BOX_OVER_A_SUB_HEADING = {
    "en": ("Floods force hundreds of families from their homes", STORY,
           ["More on this story", "Rail operator says only one in two long-distance trains now arrives on time"],
           "What comes next"),
    "en-carried": ("Floods force hundreds of families from their homes", STORY,
                   ["Read also: Council approves new flood barriers for the harbour"], "Who will pay?"),
    # A one-word label on a colon: the box's labels end on none.
    "uk": ("Шторм зруйнував частину молу в порту",
           ["Шторм у ніч на вівторок зруйнував частину молу, і порт залишатиметься закритим для рибальських "
            "суден до окремого розпорядження.",
            "Техніки міської ради в середу почали оцінювати збитки, повідомили у міській адміністрації.",
            "Мер пообіцяв допомогу рибалкам, які тижнями не зможуть виходити в море."],
           ["Читайте також: Уряд затвердив програму підтримки рибних ринків узбережжя"], "Передісторія:"),
    "fr": ("Le port de Saint-Aubin fermé après la tempête",
           ["La tempête a arraché une partie de la digue dans la nuit de lundi à mardi, et le port restera "
            "fermé aux bateaux de pêche jusqu'à nouvel ordre.",
            "Les services techniques de la ville ont commencé mercredi à évaluer les dégâts, selon la mairie.",
            "Le maire a promis une aide aux pêcheurs privés de sortie pendant plusieurs semaines."],
           ["Lire aussi", "Le conseil régional vote un plan de soutien aux criées de la côte"],
           "Les pêcheurs inquiets"),
    "es": ("Cerrado el puerto de San Telmo tras el temporal",
           ["El temporal arrancó parte del dique durante la noche del lunes y el puerto seguirá cerrado a los "
            "pesqueros hasta nueva orden.",
            "Los técnicos del ayuntamiento empezaron el miércoles a evaluar los daños, según fuentes municipales.",
            "El alcalde prometió ayudas a los pescadores que no podrán salir a faenar durante semanas."],
           ["Lee también:", "La diputación aprueba un plan de apoyo a las lonjas de la costa"],
           "Los pescadores, divididos"),
    "de": ("Hafen von Seedorf nach Sturm gesperrt",
           ["Der Sturm hat in der Nacht zum Dienstag einen Teil der Mole zerstört, der Hafen bleibt für die "
            "Fischkutter bis auf Weiteres gesperrt.",
            "Techniker der Stadt begannen am Mittwoch, die Schäden zu begutachten, teilte die Verwaltung mit.",
            "Der Bürgermeister versprach den Fischern Hilfe, die wochenlang nicht auslaufen können."],
           ["Mehr zum Thema", "Landesregierung beschließt Hilfspaket für die Fischmärkte an der Küste"],
           "Kritik von Verbänden"),
    "ar": ("إغلاق ميناء الرمال بعد العاصفة",
           ["اقتلعت العاصفة جزءا من الحاجز البحري ليلة الاثنين، وسيبقى الميناء مغلقا أمام قوارب الصيد حتى إشعار آخر.",
            "وبدأ فنيو البلدية يوم الأربعاء تقييم الأضرار، بحسب ما أعلنت البلدية في بيان.",
            "ووعد رئيس البلدية بتقديم مساعدات للصيادين الذين لن يتمكنوا من الإبحار لأسابيع."],
           ["اقرأ أيضا", "المجلس البلدي يقر ميزانية الحاجز الجديد في الميناء هذا الأسبوع"],
           "ماذا بعد؟"),
    "fa": ("بندر ساحلی پس از طوفان بسته شد",
           ["طوفان شب دوشنبه بخشی از موج‌شکن را تخریب کرد و بندر تا اطلاع ثانوی به روی قایق‌های صیادی بسته می‌ماند.",
            "کارشناسان شهرداری از روز چهارشنبه ارزیابی خسارت‌ها را آغاز کردند، به گفته مسئولان شهری.",
            "شهردار وعده داد به صیادانی که هفته‌ها نمی‌توانند به دریا بروند کمک شود."],
           ["بیشتر بخوانید:", "شورای شهر بودجه موج‌شکن جدید بندر را این هفته تصویب کرد"],
           "واکنش صیادان"),
}


@pytest.mark.parametrize("language", ARTICLES_WITH_A_BOX_OVER_A_SUB_HEADING)
def test_the_articles_sub_heading_under_a_box_stays_and_the_box_goes(language):
    headline, paragraphs, box, sub_heading = ARTICLES_WITH_A_BOX_OVER_A_SUB_HEADING[language]
    kept = _kept([headline, paragraphs[0], *box, sub_heading, *paragraphs[1:]])
    assert kept == [headline, paragraphs[0], sub_heading, *paragraphs[1:]]


@pytest.mark.parametrize("last", [
    "Watch:",  # a widget's label on a colon (found by review)
    "Jane Morrison",  # the promoted story's author
    "Ferry crossings cancelled",  # a short second headline in the first one's words
    "Video",  # the box's one-word label
    "----------------------",
])
def test_the_boxs_own_short_last_line_still_goes_with_it(last):
    box = ["Read also", "Ferry company cancels all crossings to the islands until the end of the month", last]
    assert _kept([HEADLINE, STORY[0], *box, *STORY[1:]]) == [HEADLINE] + STORY


# A box's one headline, and a phrase under it more than half as long that names the paragraph
# under it ("rescue") by a word the headline does not use.
NAMING_BOX = ["More on this story", "Ferry company cancels crossings to the islands"]


def test_a_sub_heading_under_a_box_that_names_the_paragraph_under_it_stays():
    sub_heading = "Rescue teams reach villages"
    kept = _kept([HEADLINE, STORY[0], *NAMING_BOX, sub_heading, *STORY[1:]])
    assert kept == [HEADLINE, STORY[0], sub_heading, *STORY[1:]]


@pytest.mark.parametrize("last", [
    "Rescue teams stretched thin",  # half its words in the box's headline over it
    "Rescue teams reach the cut off villages",  # longer than a label: a headline
])
def test_a_box_line_that_names_the_paragraph_under_it_still_goes(last):
    box = ["More on this story", "Rescue teams and ferry crews cancel leave for the islands"
           if last.startswith("Rescue teams stretched") else NAMING_BOX[1]]
    assert _kept([HEADLINE, STORY[0], *box, last, *STORY[1:]]) == [HEADLINE] + STORY


def test_a_sub_heading_sharing_only_a_short_common_word_with_the_promoted_headline_stays():
    # "from" is in both: one word in common, of four letters, is no sign of the box's.
    promo = "Read also: Council approves new flood barriers from next spring"
    kept = _kept([HEADLINE, STORY[0], promo, "Help from the region", *STORY[1:]])
    assert kept == [HEADLINE, STORY[0], "Help from the region", *STORY[1:]]


def test_a_sub_heading_under_a_marker_that_carries_its_headline_stays_though_half_as_long():
    # The promotion is whole on the marker's line: the phrase under it, shorter than that
    # headline but more than half as long, heads the article's next section.
    promo = "Read also: Ferry company cancels crossings to the islands"
    page = [HEADLINE, STORY[0], promo, "Shipyards count their losses", *STORY[1:]]
    assert _kept(page) == [HEADLINE, STORY[0], "Shipyards count their losses", *STORY[1:]]


def test_a_second_headline_under_a_marker_that_carries_its_headline_goes_with_it():
    promo = "Read also: Ferry company cancels crossings"
    second = "Council approves the new harbour budget for next year"
    assert _kept([HEADLINE, STORY[0], promo, second, *STORY[1:]]) == [HEADLINE] + STORY


def test_a_chinese_sub_heading_under_a_marker_that_carries_its_headline_stays():
    paragraphs = ["暴风雨周二夜间冲毁了东桥港的部分防波堤，港口将对渔船关闭至另行通知，当地政府表示正在评估损失情况。",
                  "市政府技术人员周三开始评估损失，预计修复工程需要数周时间，渔民因此无法出海作业。",
                  "市长承诺向无法出海的渔民提供补助，并表示将在下周公布具体方案。"]
    page = ["暴风雨后东桥港关闭数周", paragraphs[0], "延伸阅读：轮渡公司宣布本月底前取消所有前往离岛的航班", "渔民担忧",
            *paragraphs[1:]]
    assert _kept(page) == [page[0], paragraphs[0], "渔民担忧", *paragraphs[1:]]


@pytest.mark.parametrize("boxes", [
    ["Read also:", "Riverside coach says his bench is too short",
     "Read also:", "Bridge closure extended until the spring"],
    ["Read also: Riverside coach says his bench is too short",
     "Read also: Bridge closure extended until the spring"],
])
def test_read_also_boxes_stacked_between_two_paragraphs_go_and_the_story_goes_on(boxes):
    # Each box sees the next box, not prose, under it: the story goes on after the last one.
    assert _kept([HEADLINE, STORY[0], *boxes, *STORY[1:]]) == [HEADLINE] + STORY


def test_a_sentence_ending_on_a_colon_under_a_promos_headline_is_the_articles():
    # A headline never announces what follows it; the article's sentence does.
    announcing = "The new routes that start in the spring are these:"
    routes = ["Route 4: from the harbour to the station", "Route 7: from the bridge to the hospital"]
    kept = _kept([HEADLINE, STORY[0], "Read also", "Council approves new flood barriers for the harbour",
                  announcing, *routes, *STORY[1:]])
    assert "Council approves new flood barriers for the harbour" not in kept
    assert kept[kept.index(announcing):] == [announcing, *routes, *STORY[1:]]


FLU_STORY = [
    "The city health office extended flu vaccination to every age group on Monday, after fewer "
    "than half of the people in the priority groups came forward for the vaccine.",
    "The vaccine is given at 160 health posts in the city from Monday to Friday, the health "
    "office said, and at shopping centres on Saturdays.",
    "Last year the region recorded more than four hundred hospital admissions for severe flu, "
    "most of them among elderly people and young children.",
]
OTHER_FLU_STORY = [
    "The health ministry on Friday sent two million more doses of the flu vaccine to the states "
    "of the north-east, where the virus is spreading fastest.",
    "The region will receive the largest share of the doses, the ministry said, followed by the "
    "two neighbouring states.",
]
MINISTRY_HEADLINE = "Ministry sends two million more flu vaccine doses to the north-east"


@pytest.mark.parametrize("credits", [["Health desk", "02/05/2026 17:10"], ["Source: State Health Agency"]])
def test_a_box_headline_printed_again_over_a_dated_credit_is_the_promoted_story_however_close_its_subject(credits):
    # An aggregator prints the promoted story under its box: its headline again, its byline and
    # date or its source. Its words are the article's (flu, vaccine, doses), so only the copy tells.
    page = ["City opens flu vaccination to all ages", *FLU_STORY, "Read also",
            "Hospitals prepare for a hard winter", MINISTRY_HEADLINE, "", MINISTRY_HEADLINE,
            *credits, *OTHER_FLU_STORY]
    assert _kept(page) == ["City opens flu vaccination to all ages", *FLU_STORY]


@pytest.mark.parametrize("credits", [["By Ann Holt", "Friday, 2 May 2026"], ["02/05/2026 17:10", "By Ann Holt"]])
def test_another_headline_under_a_box_with_its_lead_then_credits_is_the_promoted_story(credits):
    # An aggregator prints another story under the box: its headline (not one of the box's),
    # its lead, then its byline and date, then its paragraphs. Its words are the article's.
    page = ["City opens flu vaccination to all ages", *FLU_STORY, "Related stories",
            "* Hospitals prepare for a hard winter", "* Pharmacies run short of children's syrups", "",
            MINISTRY_HEADLINE, OTHER_FLU_STORY[0], *credits, OTHER_FLU_STORY[1],
            "The first deliveries reached the state capitals on Saturday morning, officials said."]
    assert _kept(page) == ["City opens flu vaccination to all ages", *FLU_STORY]


def test_a_chronologys_dated_entries_after_an_inline_box_stay():
    # A sub-heading, one paragraph, then a date line and more prose: a chronology's entry, not
    # another story's headline, lead and credits (found by review: a date alone is no header).
    page = ["Two years of the dock strike", FLU_STORY[0], FLU_STORY[1], "Read also",
            "Ministry sends two million more flu vaccine doses", "How the talks broke down in spring",
            "Around two thousand workers left the docks after the pay offer was withdrawn in March.",
            "Monday, 12 May 2025",
            "Talks resumed under a mediator, and both sides agreed to meet every week until June.",
            "The government warned that it would legislate if the strike lasted into the summer."]
    kept = _kept(page)
    assert kept[:3] == page[:3] and [line for line in page[6:] if line in kept] == [page[6], *page[8:]]


def test_a_long_headline_under_a_read_also_label_goes_with_it_and_the_article_goes_on():
    # Under a label alone, a box headline as long as a paragraph (no full stop) is the box's;
    # read as the article's next paragraph, it made the two after it look like another story.
    headline = "Bologna, Città 30 un anno dopo: incidenti in calo del 13% e multe raddoppiate in centro"
    page = ["Portici di Strada Maggiore, via ai restauri",
            "Partiranno lunedì i lavori di restauro dei portici di Strada Maggiore, nel tratto tra "
            "piazza della Mercanzia e la porta, e dureranno circa otto mesi.",
            "Si tratta del cantiere più esteso avviato sui portici da quando sono diventati "
            "patrimonio mondiale, con una spesa prevista di quattro milioni.",
            "Leggi anche:", headline,
            "I commercianti della zona sono preoccupati per i mesi di cantiere e chiedono che le "
            "vetrine restino sempre visibili.",
            "Il Comune ha annunciato pannelli informativi e un percorso pedonale protetto per tutta "
            "la durata dei lavori."]
    assert _kept(page) == [*page[:3], *page[5:]]


def test_a_long_headline_under_a_menus_label_above_the_article_stays():
    # "Latest news" is a tail's heading in the article, and a menu's label above it: the
    # headline under it there is the article's own.
    headline = "IND vs AUS: बुमराह का पंजा, पर्थ टेस्ट में भारत ने ऑस्ट्रेलिया को 295 रन से हराया"
    body = ["भारतीय क्रिकेट टीम ने पर्थ में खेले गए पहले टेस्ट मैच में ऑस्ट्रेलिया को 295 रन से हराकर "
            "सीरीज में 1-0 की बढ़त बना ली है।",
            "534 रनों के लक्ष्य का पीछा करते हुए ऑस्ट्रेलिया की पूरी टीम दूसरी पारी में 238 रन पर सिमट गई।",
            "कप्तान जसप्रीत बुमराह ने मैच में कुल आठ विकेट लिए और उन्हें प्लेयर ऑफ द मैच चुना गया।"]
    assert headline in _kept(["ताज़ा ख़बरें", headline, *body])


@pytest.mark.parametrize("under", [[], ["Ann Holt is the paper's health correspondent."]])
def test_the_articles_sign_off_under_its_paragraph_after_an_inline_box_keeps_that_paragraph(under):
    # Credits with no prose under them, or only their author's bio, sign the article off: the
    # paragraph over them is the article's last, not another story's lead.
    page = ["City opens flu vaccination to all ages", *FLU_STORY[:2], "Read also", MINISTRY_HEADLINE,
            FLU_STORY[2], "By Ann Holt", "Friday, 2 May 2026", *under]
    assert _kept(page)[:4] == ["City opens flu vaccination to all ages", *FLU_STORY]


def test_another_headline_under_a_box_with_its_lead_and_a_byline_alone_is_the_promoted_story():
    # Found by review: a teaser's byline often has no date beside it.
    page = ["City opens flu vaccination to all ages", *FLU_STORY, "Related stories",
            "* Hospitals prepare for a hard winter", "", MINISTRY_HEADLINE, OTHER_FLU_STORY[0], "By Ann Holt",
            OTHER_FLU_STORY[1], "The first deliveries reached the state capitals on Saturday morning, officials said."]
    assert _kept(page) == ["City opens flu vaccination to all ages", *FLU_STORY]


def test_a_box_heading_over_another_storys_headline_and_credit_line_is_the_promoted_story():
    # "By: ... | <date>" between the promoted story's headline and its prose is the story's
    # credit: the box is told by the headline and the prose under that credit.
    other = ["Ohio Governor John Kasich still has not announced decisions on the state's insurance "
             "exchange, a week before the federal deadline.",
             "His spokesman said on Monday that the administration was still leaning toward letting the "
             "federal government run the exchange.",
             "Democrats in the state senate said the delay left insurers and families without the answers "
             "they needed for next year."]
    page = ["City opens flu vaccination to all ages", *FLU_STORY, "Continue with this story",
            "Ohio still awaits governor's decision on exchanges",
            "By: Jason Hart | November 12th, 2026 at 04:00 PM", *other]
    assert _kept(page) == ["City opens flu vaccination to all ages", *FLU_STORY]


@pytest.mark.parametrize("opening", ["Darwin - ", "CANBERRA (AAP) - "])
def test_another_headline_under_a_box_over_a_lead_that_opens_on_its_dateline_is_the_promoted_story(opening):
    # A wire story's lead opens on its dateline; the article's paragraph that resumes under a
    # box never does. Its words are the article's (flu, vaccine), so only the dateline tells.
    page = ["City opens flu vaccination to all ages", *FLU_STORY, "Related stories",
            "Hospitals prepare for a hard winter", "Pharmacies run short of children's syrups", "",
            MINISTRY_HEADLINE, opening + OTHER_FLU_STORY[0], OTHER_FLU_STORY[1]]
    assert _kept(page) == ["City opens flu vaccination to all ages", *FLU_STORY]


@pytest.mark.parametrize("stamp", ["2 May 2026, 17:10 | Source: Health Agency", "Friday, 2 May 2026 17:10"])
def test_another_headline_under_a_box_over_its_publication_stamp_is_the_promoted_story(stamp):
    # The box's last headline, then a date with its clock time or its source: the promoted
    # story's header, and its prose under it.
    page = ["City opens flu vaccination to all ages", *FLU_STORY, "Related stories",
            "Hospitals prepare for a hard winter", "Pharmacies run short of children's syrups", "",
            MINISTRY_HEADLINE, stamp, *OTHER_FLU_STORY]
    assert _kept(page) == ["City opens flu vaccination to all ages", *FLU_STORY]


def test_a_boxs_headlines_dated_by_day_with_the_article_going_on_under_them_stay_a_box():
    # A box's cards date their headlines with the day alone; the article goes on under them.
    page = ["City opens flu vaccination to all ages", *FLU_STORY[:2], "Related stories",
            MINISTRY_HEADLINE, "2 May 2026", FLU_STORY[2],
            "Appointments can be booked by phone or online, and walk-ins are accepted every afternoon."]
    kept = _kept(page)
    assert kept == ["City opens flu vaccination to all ages", *FLU_STORY, page[-1]]


def test_the_article_going_on_under_a_box_in_other_words_than_its_paragraphs_stays():
    # The paragraph under the box shares few words with the short article over it, and the one
    # after names what the box's headline names: but a story's lead repeats its headline, and
    # this one does not, so the article goes on.
    page = ["Harbour ferry carries a million passengers in its first year",
            "One year after the new ferry line opened, it carries about three thousand passengers a "
            "day on weekdays, according to figures released by the port authority.",
            "Shopkeepers on the old quay are less happy: four years of building work left marks, they "
            "say, and customers have not come back.",
            "\"We lost a third of our trade while the quay was closed,\" said a baker whose shop faces "
            "the landing stage.",
            "Read also", "Ferry extension to Northbay and Westcliff on course for 2027?",
            "The town hall recalls that a grant of four thousand euros went to 312 businesses hit by "
            "the works, and that a second round opens in spring.",
            "The question of the extension remains: the region must decide by the end of the year on "
            "the routes to Northbay and Westcliff."]
    assert _kept(page) == [*page[:4], *page[6:]]


def test_a_box_headline_printed_twice_with_the_article_going_on_under_it_is_an_inline_box():
    # A link card renders its headline twice (the image's text and the link's); no byline or
    # date under the copy, and the article's next paragraph follows.
    page = ["City opens flu vaccination to all ages", FLU_STORY[0], "Read also", MINISTRY_HEADLINE,
            MINISTRY_HEADLINE, *FLU_STORY[1:]]
    assert _kept(page) == ["City opens flu vaccination to all ages", *FLU_STORY]


def test_a_box_headline_printed_twice_over_a_photo_credit_and_the_articles_paragraphs_is_an_inline_box():
    # A card's copy over its photo's credit: a photo credit is no story's byline or date.
    headline = "Campanha de vacinação contra a gripe começa nesta segunda em todo o estado"
    story = ["A campanha de vacinação contra a gripe começa na segunda-feira em todos os postos de saúde "
             "do estado, e a secretaria espera vacinar três milhões de pessoas até junho.",
             "Os primeiros a receber a vacina serão idosos, gestantes e profissionais de saúde.",
             "A secretaria recomenda que as pessoas levem a carteira de vacinação aos postos de saúde. "
             "A vacina contra a gripe é gratuita para os grupos prioritários.",
             "Os postos de saúde funcionarão das 8h às 17h durante toda a campanha de vacinação."]
    card = "Gripe: quem pode tomar a vacina de graça"
    page = ["Início", "Brasil", "", headline, "", *story[:2], "", "Leia também", "", card, "", card, "",
            "Foto: Agência Estadual", "", *story[2:], "", "Compartilhar"]
    kept = clean("\n".join(page)).text.split("\n")
    assert headline in kept and kept[-len(story):] == story


def test_a_box_heading_under_an_announcing_sentence_is_no_row_of_its_list():
    # The sentence announces an embedded post the scrape lost; under it stands a real box, its
    # heading over another story's longer headline: the box and that story go.
    article = ["استقالة وزير النقل بعد خلاف حول ميزانية الطرق",
               "استقال وزير النقل الثلاثاء بعد أسبوع من الخلافات مع وزارة المالية بشأن تخفيضات ميزانية صيانة الطرق.",
               "وهذه ثاني استقالة في الحكومة هذا العام. وشكر رئيس الوزراء الوزير على عمله.",
               "وكتب الوزير على حسابه في منصة إكس ما يلي:"]
    other = ["أخبار أخرى", "النقابات تطالب بزيادة الأجور بعد ارتفاع الأسعار",
             "طالبت النقابات الأربعاء بزيادة الأجور، قائلة إن ارتفاع الأسعار أكل دخل العمال خلال العام.",
             "وستنظم النقابات وقفة أمام البرلمان الأسبوع المقبل."]
    kept = clean("\n".join(["الرئيسية", "سياسة", "", *article, "", *other, "", "شارك"])).text.split("\n")
    assert not set(kept) & set(other)
    assert kept[:3] == article[:3]


def test_another_story_under_the_articles_source_line_goes_with_its_long_headline_and_date():
    # An aggregator closes a story with its source and prints the next one under it: a headline
    # as long as a paragraph (a comma, no full stop), its date line, then its prose. Its
    # subject is the article's (flu, vaccine), so only its header tells.
    page = ["City opens flu vaccination to all ages", *FLU_STORY, "Source: City Health Office",
            "Ministry sends two million more doses to the north-east, where the virus spreads fastest",
            "02.05.2026 10:05", *OTHER_FLU_STORY]
    assert _kept(page) == ["City opens flu vaccination to all ages", *FLU_STORY]


def test_a_question_under_a_photos_credit_is_the_articles_next_paragraph():
    question = "Is the city's vaccination drive coming too late for this winter's wave of flu cases?"
    page = ["City opens flu vaccination to all ages", *FLU_STORY[:2], "(Credit: Ann Berg/City Herald)",
            question, FLU_STORY[2],
            "Doctors say it is not: the season's peak usually comes in February, and the vaccine works "
            "within two weeks."]
    assert _kept(page) == ["City opens flu vaccination to all ages", *FLU_STORY[:2], question, *page[5:]]


def test_a_box_headline_printed_again_over_a_lead_on_the_articles_own_dateline_is_the_promoted_story():
    # "KUALA LUMPUR: ..." opens the article's lead and the prose under the box's headline: an
    # article's later paragraph never repeats its dateline; another wire story's lead does.
    lead = ("PORT LOUIS: The central bank left its key rate unchanged on Thursday, citing a stable "
            "currency and inflation close to its target.")
    rest = ["The rate has stood at 4.5 percent since March, and most economists expect no change before "
            "the autumn.", "The bank said it would keep watching food prices, which rose faster than "
            "expected in the spring."]
    other = ["PORT LOUIS: The stock exchange opened higher on Thursday morning, led by banks and hotel "
             "groups, as investors welcomed the central bank's decision.",
             "Gainers outnumbered losers by two to one in the first hour of trading, the exchange said."]
    headline = "Stock exchange opens higher, banks and hotels lead gains"
    page = ["Central bank holds its key rate", lead, *rest, "Read also:", headline, headline, *other]
    assert _kept(page) == ["Central bank holds its key rate", lead, *rest]


def test_a_label_on_a_colon_under_a_box_goes_on_with_the_article_when_its_lead_has_no_dateline():
    note = ("Note: the health office will publish the list of vaccination posts open on Saturdays on "
            "its website every Friday.")
    page = ["City opens flu vaccination to all ages", *FLU_STORY, "Read also:",
            "Hospitals prepare for a hard winter", note,
            "Appointments can be booked by phone or online, and walk-ins are accepted every afternoon."]
    assert _kept(page) == ["City opens flu vaccination to all ages", *FLU_STORY, *page[-2:]]


def test_a_sub_heading_under_a_box_over_a_paragraph_that_opens_on_a_place_and_a_dash_stays():
    # Found by review: the article's regional reactions, each paragraph opening on its place,
    # under a sub-heading that the box's last line is; no other story's lead.
    reactions = ["Harbourside - The mayor criticised the decision sharply and asked the government for "
                 "a replacement service by road.",
                 "Shopkeepers on the quay said they would lose most of their winter trade."]
    page = [HEADLINE, *STORY, "Read also: Ferry company cancels crossings to the islands",
            "Reactions along the coast", *reactions]
    assert _kept(page) == [HEADLINE, *STORY, "Reactions along the coast", *reactions]


def test_a_sub_heading_of_several_words_under_a_marker_that_carries_its_headline_stays():
    # At most half as long as the promoted headline, a phrase of up to seven words heads the
    # article's next section (probe Q: "Une main-d'œuvre difficile à trouver").
    promo = "Read also: Ferry company cancels all crossings to the islands until the end of the month"
    page = [HEADLINE, STORY[0], promo, "Fishermen fear a long winter ashore", *STORY[1:]]
    assert _kept(page) == [HEADLINE, STORY[0], "Fishermen fear a long winter ashore", *STORY[1:]]


def test_a_german_sub_heading_of_capitalised_words_under_a_promo_is_no_name():
    # German capitalises nouns: "Mehr Kosten" has a name's shape, but the prose around it
    # writes "mehr" in lower case, as it writes no part of a name.
    page = ["Brückensanierung an der B27 dauert länger",
            "Die Sanierung der Brücke zieht sich in die Länge. Die Behörde fand deutlich mehr Schäden "
            "an der Entwässerung, als die Voruntersuchungen erwarten ließen.",
            "Lesen Sie auch: Neue Ampel am Kreisel in Erlenbach soll Unfälle verhindern",
            "Mehr Kosten",
            "Die Kosten steigen damit von rund 6,8 auf etwa 7,5 Millionen Euro. Die Mehrkosten trägt der Bund.",
            "Bei Pendlern sorgt die Nachricht für Unmut. Schon jetzt staut sich der Verkehr jeden Morgen."]
    assert _kept(page) == [*page[:2], *page[3:]]


def test_an_authors_name_under_a_promo_that_carries_its_headline_still_goes():
    promo = "Lesen Sie auch: Neue Ampel am Kreisel in Erlenbach soll Unfälle verhindern"
    page = ["Brückensanierung an der B27 dauert länger",
            "Die Sanierung der Brücke zieht sich in die Länge, teilte die Behörde am Dienstag mit.",
            promo, "Anna Berger",
            "Die Kosten steigen damit von rund 6,8 auf etwa 7,5 Millionen Euro. Die Mehrkosten trägt der Bund."]
    assert _kept(page) == [page[0], page[1], page[4]]


@pytest.mark.parametrize("label", ["Latest news", "More news"])
def test_a_menus_box_label_over_the_menu_and_the_headline_leaves_the_headline(label):
    # A box marker above the article takes the menu's short lines under it, never the
    # headline the article was found under (probe Q: "Лента новостей" over a menu and a headline).
    page = [label, "Home | World | Business | Sport | Culture | Science", HEADLINE, *STORY]
    assert _kept(page) == [HEADLINE, *STORY]


@pytest.mark.parametrize("credit", ["31 January 2025", "By Maria Lopez"])
def test_a_box_under_the_articles_source_line_over_a_headline_and_a_date_is_the_next_story(credit):
    # The story has ended on its agency line: a headline under the box over a date alone or a
    # byline, and prose on the same subject, is the next story (probe Q's es aggregator page,
    # probe W's ar one).
    article = ["Central bank cuts its key rate to 9.5 percent",
               "The central bank cut its benchmark interest rate by 25 basis points on Friday, to 9.5 percent, "
               "a smaller cut than markets had expected.",
               "Four of the seven board members voted for the cut, two for holding the rate and one for a larger cut.",
               "Inflation closed last year at 5.2 percent, still above the bank's target of 3 percent."]
    page = [*article, "AFP", "Related news", "Peso weakens after the central bank's decision", credit,
            "The peso weakened 0.8 percent against the dollar on Friday after the central bank's rate decision "
            "was announced.",
            "Analysts said markets had expected a cut of 50 basis points and that the decision created uncertainty."]
    assert _kept(page) == article


def test_a_box_over_a_dated_entry_with_no_source_line_above_it_leaves_the_article_going_on():
    # Without the source line the date alone heads a chronology's entry, as before.
    article = ["Central bank cuts its key rate to 9.5 percent",
               "The central bank cut its benchmark interest rate by 25 basis points on Friday, to 9.5 percent, "
               "a smaller cut than markets had expected.",
               "Four of the seven board members voted for the cut, two for holding the rate and one for a larger cut."]
    rest = ["31 January 2025",
            "The board met for four hours before the central bank announced its decision on the rate cut.",
            "Board members said inflation and the rate cut would be reviewed again at the March meeting."]
    page = [*article, "Related news", "Peso weakens after the central bank's decision", *rest]
    assert _kept(page) == [*article, *rest[1:]]  # the date line goes as a date


@pytest.mark.parametrize("author", ["Peter Klein", "Markus Jung"])
def test_an_authors_name_that_is_also_a_word_under_a_carried_promo_still_goes(author):
    # A surname may be a word the prose writes in lower case ("klein", "jung"); a first name is
    # not (found by review).
    page = ["Brückensanierung an der B27 dauert länger",
            "Die Sanierung der Brücke zieht sich in die Länge. Der Ort ist klein, die Feuerwehr jung und überlastet.",
            "Lesen Sie auch: Neue Ampel am Kreisel in Erlenbach soll Unfälle verhindern", author,
            "Die Kosten steigen damit von rund 6,8 auf etwa 7,5 Millionen Euro. Die Mehrkosten trägt der Bund."]
    assert _kept(page) == [page[0], page[1], page[4]]


@pytest.mark.parametrize("sub_heading", [
    "Schools open as shelters for the families",  # more than half as long as the promo's headline
    "Rescue teams reach the villages",
])
def test_a_sub_heading_naming_the_paragraph_under_a_promo_that_carries_its_headline_stays(sub_heading):
    # Under "Read also: <headline>" the promotion is whole on its line; a shorter phrase that
    # names the paragraph under it is the article's next section, a second headline would name
    # another story ("Bridge closure extended until the spring" above).
    marker = "Read also: Council approves new flood barriers for the harbour district"
    paragraph = ("The town opened two schools as shelters for the families, and rescue teams reached "
                 "the villages that the water cut off from the main road.")
    kept = _kept([HEADLINE, STORY[0], marker, sub_heading, paragraph, *STORY[2:]])
    assert kept == [HEADLINE, STORY[0], sub_heading, paragraph, *STORY[2:]]


# Two paragraphs that go on with the flood story in words of their own: two of their 24 words
# of four letters or more ("flooded", "river") are the article's.
GOING_ON = ["Insurance companies opened emergency offices for flooded households in the market hall, and "
            "the government promised grants of up to five thousand euros each.",
            "Volunteers collected blankets, food and clothing at the sports centre by the river on Wednesday."]


def test_the_article_going_on_under_an_empty_read_also_box_in_few_of_its_words_stays():
    # A box whose headlines the scrape lost ("Read also" alone): with no headline to name
    # another story, prose that shares any of the article's words goes on with it, however
    # short it is beside the article above.
    kept = _kept([HEADLINE, *STORY, "Read also", *GOING_ON])
    assert kept == [HEADLINE, *STORY, *GOING_ON]


def test_another_story_under_an_empty_read_also_box_still_ends_the_article():
    other = ["Tickets for the summer festival in the castle gardens go on sale on Monday at nine o'clock.",
             "Organisers expect forty thousand visitors over the three days of concerts and markets."]
    kept = _kept([HEADLINE, *STORY, "Read also", *other])
    assert kept == [HEADLINE, *STORY]


def test_a_box_over_a_headline_and_its_source_line_is_the_next_story():
    # An aggregator prints the promoted story with its own source under its headline
    # ("Источник: ..."); its prose shares the article's subject, and the article has no
    # source line of its own above the box.
    article = ["Central bank cuts its key rate to 9.5 percent",
               "The central bank cut its benchmark interest rate by 25 basis points on Friday, to 9.5 percent, "
               "a smaller cut than markets had expected.",
               "Four of the seven board members voted for the cut, two for holding the rate and one for a larger cut.",
               "Inflation closed last year at 5.2 percent, still above the bank's target of 3 percent."]
    page = [*article, "Read also", "Peso weakens after the central bank's decision", "Source: Valley Business Daily",
            "The peso weakened 0.8 percent against the dollar on Friday after the central bank's rate decision "
            "was announced.",
            "Analysts said markets had expected a cut of 50 basis points and that the decision created uncertainty."]
    assert _kept(page) == article


def test_a_story_opening_on_its_dateline_under_an_empty_box_is_no_part_of_the_article():
    # The box lost its headline; the paragraph under it opens on a wire dateline, as a story's
    # lead does and an article's resumed paragraph never does, however much of the flood it
    # shares.
    other = ["RIVERTON – The regional water board said on Wednesday that the river would fall below the "
             "flood mark by Friday and that the families could return to their homes.",
             "The board said the town's bridges had been checked by engineers and would reopen on Thursday."]
    assert _kept([HEADLINE, *STORY, "Read also", *other]) == [HEADLINE, *STORY]


def test_a_date_under_an_empty_box_under_the_articles_source_line_heads_the_next_story():
    # The article signed off on its source line; a date right under the box is the next story's.
    other = ["The river fell below the flood mark on Wednesday night, and the first families went back to "
             "their homes in the lower town, the mayor said.",
             "Engineers checked the bridges and said two of them could reopen to traffic on Thursday."]
    page = [HEADLINE, *STORY, "Source: Valley Press Agency", "Read also", "14 May 2026", *other]
    assert _kept(page) == [HEADLINE, *STORY]


def test_a_persian_lead_that_opens_on_its_source_under_a_box_is_the_next_story():
    # "به گزارش <outlet>، ..." opens a Persian story's lead, as a wire dateline does: under a box
    # and a headline it is the promoted story, however much of the article's subject it shares.
    article = ["قیمت برنج در بازار تهران افزایش یافت",
               "قیمت برنج ایرانی در بازار عمده‌فروشی تهران در هفته گذشته حدود پانزده درصد افزایش یافت و "
               "فروشندگان کمبود عرضه را دلیل آن می‌دانند.",
               "یکی از فروشندگان بازار گفت تقاضا برای برنج ایرانی در ماه‌های اخیر بیشتر شده و عرضه "
               "از شمال کشور کم شده است."]
    page = [*article, "مطالب پیشنهادی:", "پیش‌بینی افزایش قیمت برنج در ماه‌های آینده",
            "به گزارش خبرگزاری بازار، فعالان بازار برنج پیش‌بینی می‌کنند قیمت برنج ایرانی در ماه‌های "
            "آینده باز هم افزایش یابد.",
            "آنها می‌گویند کمبود عرضه از شمال کشور و افزایش تقاضا در بازار تهران دلیل اصلی آن است."]
    assert _kept(page) == article


def test_a_box_heading_that_names_its_topic_after_a_colon_still_heads_the_promoted_story():
    # "Topic: Housing crisis" is a box's heading; a fact box's row holds a figure ("Lanes: 4")
    # and is no heading (found by review).
    page = ["City opens flu vaccination to all ages", *FLU_STORY, "Topic: Health services",
            MINISTRY_HEADLINE, *OTHER_FLU_STORY]
    assert _kept(page) == ["City opens flu vaccination to all ages", *FLU_STORY]


# A market town's story, and a card under it on a story of the same subject.
MARKET_STORY = ["Market hall reopens after two years of repairs",
                "The covered market hall on Bridge Street reopened on Saturday after two years of repairs to its "
                "roof and its iron frame, and forty stalls traded on the first morning.",
                "Stallholders said the crowds were larger than before the closure, though several of them had "
                "moved to the square outside while the work went on.",
                "The council spent 3.2 million pounds on the hall, most of it on the roof, which had leaked "
                "for more than a decade."]
PARKING_HEADLINE = "Council doubles parking charges around the market hall"


@pytest.mark.parametrize("resumed", [
    # The article recalls the card's story in the card's words: a story's lead would too, so
    # words alone do not tell them apart (README: tried three times, not kept).
    ["Last month the council doubled parking charges around the market hall, and stallholders "
     "blame the charges for the quiet mornings.",
     "The mayor said the hall would stay open on Sundays from April."],
    # An interview's next question, which names the card's story as it asks about it.
    ["Will the council double parking charges around the market hall, as it plans?",
     "\"We have to,\" the council leader said. \"The roof cost more than anyone expected.\""],
    # A chronology's entries, each under its date and a dash.
    ["February 2026 - The council doubles parking charges around the market hall.",
     "March 2026 - Stallholders ask for a free hour on Saturdays."],
])
def test_the_article_going_on_under_a_dated_card_in_the_cards_words_stays(resumed):
    page = [*MARKET_STORY, "Read also", PARKING_HEADLINE, "12 February 2026", *resumed]
    assert _kept(page) == [*MARKET_STORY, *resumed]


# An interview: the reporter's questions head the answers.
INTERVIEW = ["Ferry captain: 'The river has changed more in ten years than in the fifty before'",
             "Why did you stop the night crossings?",
             "Because the river carries whole trees after every storm now, and at night we cannot see "
             "them coming until they hit the hull.",
             "Will they come back next summer?",
             "Only if the council pays for the radar on the two older boats, which it promised us last year.",
             "Do the crews agree with you?",
             "They do, and most of them would rather lose the night shifts than sail blind through the debris."]


@pytest.mark.parametrize("box", [["Read also: Council approves new flood barriers for the harbour by next winter"],
                                 ["Related", "Council approves new flood barriers for the harbour by next winter"]])
def test_an_interviews_question_under_an_inline_box_stays_with_the_answer(box):
    # The box's headline is whole on its marker's line (or under its label): a question under it,
    # when the interview asks others over its answers, is the reporter's next one.
    question = "What do the passengers on the boats say?"
    answer = ("Most of them understand, though the students who study in town complain loudly, and I "
              "do not blame them.")
    kept = _kept([*INTERVIEW, *box, question, answer])
    assert kept == [*INTERVIEW, question, answer]


def test_a_question_under_a_box_in_a_story_that_asks_no_others_still_goes_with_it():
    box = ["Read also", "Ferry company cancels all crossings to the islands until the end of the month",
           "Is the harbour safe for swimmers?"]
    assert _kept([HEADLINE, STORY[0], *box, *STORY[1:]]) == [HEADLINE] + STORY


def test_a_short_sub_heading_under_a_box_in_a_story_with_such_sub_headings_stays():
    # "Güvenlik önlemleri artırılacak" under "İlgili haber" and a headline: more than half as
    # long as that headline, but shaped like the story's other sub-headings.
    box = ["Related", "Ferry company cancels crossings to the islands"]
    page = [HEADLINE, STORY[0], *box, "Schools become night shelters", STORY[1], "Bridges stay closed", STORY[2]]
    assert _kept(page) == [HEADLINE, STORY[0], "Schools become night shelters", STORY[1], "Bridges stay closed",
                           STORY[2]]


@pytest.mark.parametrize("opening", [
    "Read also the chapter on the old ferry, the author tells every reader who asks where to begin, because "
    "it holds the most humour and the most sorrow about how quickly the river town forgot its boats.",
    # A recipe's advice of twenty words, a colon inside it.
    "Read also the label on the bottle before you buy it: a mild extra virgin oil will not hide the taste.",
])
def test_a_long_sentence_that_opens_on_a_read_also_marker_is_the_articles(opening):
    assert opening in _kept([HEADLINE, STORY[0], opening, *STORY[1:]])


def test_an_interviews_first_question_under_the_headers_credits_and_photo_stays():
    # The header zone takes what stands between the headline and the first paragraph; an
    # interview's first question stands there too, shaped like the questions further down.
    headline, *exchange = INTERVIEW
    exchange = ["How many boats do you run?", "Four, and two of them are older than I am, which is why "
                "the radar matters so much to us.", *exchange]
    page = ["Home", "News", "Region", "Sport", "Culture", "Interviews", headline, "Anna Berg",
            "15 August 2026 | 08:00", "Listen to this article",
            "The captain on the bridge of the night ferry. Photo: Anna Berg", *exchange]
    assert _kept(page) == [headline, *exchange]


def test_a_read_also_line_with_its_headline_and_a_teaser_as_long_as_a_paragraph_still_goes():
    promo = ("Read also: Council approves new flood barriers for the harbour. The barriers, which cost twelve "
             "million pounds, will be built over the next two winters along the quay.")
    assert _kept([HEADLINE, STORY[0], promo, *STORY[1:]]) == [HEADLINE] + STORY


@pytest.mark.parametrize("pointer", ["This article originally appeared on Coastal Courier",
                                     "Continue reading at City Journal"])
def test_a_pointer_to_another_site_inside_a_press_review_drops_only_itself(pointer):
    # An aggregator's next item is another story; a press review goes on with its own.
    review = [
        "The morning papers on the ferry strike",
        "The Coastal Courier reports that the ferry strike will go on until the operator raises the crews' pay.",
        pointer,
        "The City Journal writes that the ferry strike has already cost the island shops a third of their summer trade.",
        "The Harbour Herald says the ferry operator will meet the crews' union again on Friday to talk about pay.",
    ]
    kept = _kept(review)
    assert kept == [line for line in review if line != pointer]


FERRY = ["New electric ferry will not sail before 2026",
         "3 November 2023",
         "The electric ferry that was to link the two harbour towns from next spring will not enter service "
         "before 2026, the province said on Friday, after the shipyard reported delays with its batteries.",
         "The delay also costs money: the ship was budgeted at 24 million euros in 2021 and now comes to almost "
         "31 million, mostly because of the battery system.",
         "Until the new boat arrives, the two old ferries keep sailing, though both are more than thirty years old "
         "and broke down several times last summer."]


def test_a_box_over_a_headline_credited_as_the_lead_and_its_story_ends_the_article():
    # The box's headline stands over an outlet's credit like the lead story's, and the prose
    # under it repeats the headline: the promoted story itself is printed (read probe BE nl).
    box = ["Read also", "Wind farm off the coast: public consultation starts",
           "Newsroom · Friday 3 November 2023, 08:15",
           "Residents of the island can comment from Monday on the plans for a new wind farm at sea, about twenty "
           "kilometres off the coast, the ministry said.",
           "Business owners in the tourist trade worry most about the view from the beach, and the ministry says "
           "the turbines will be hard to see from the shore."]
    assert _kept([*FERRY, *box]) == [FERRY[0], *FERRY[2:]]


def test_a_card_with_an_outlets_credit_over_the_articles_next_paragraph_leaves_it_going_on():
    card = ["Read also", "Wind farm off the coast: public consultation starts", "Newsroom · Friday 3 November 2023"]
    rest = ["The province also promised to look at extra capacity in the summer months, when many tourists cross "
            "with their bicycles and the old ferries run full on every crossing."]
    assert _kept([*FERRY, *card, *rest]) == [FERRY[0], *FERRY[2:], *rest]


def test_a_card_over_the_article_going_on_on_the_same_subject_leaves_it_going_on():
    # The paragraph under the card repeats the card's headline, since both are on the ferry,
    # but it goes on with the article's words too (found by review).
    card = ["Read also", "Electric ferry batteries delayed again at the shipyard", "Newsroom · 1 November 2023"]
    rest = ["The shipyard's battery supplier has delayed the electric ferry twice already, and the province says "
            "the old ferries will keep sailing until the new one is ready, with extra crossings in summer."]
    assert _kept([*FERRY, *card, *rest]) == [FERRY[0], *FERRY[2:], *rest]


def test_a_read_also_headline_of_a_dozen_words_that_ends_on_a_full_stop_still_goes():
    promo = "Read also the ten things to know before the new ferry timetable starts."
    assert promo not in _kept([HEADLINE, STORY[0], promo, *STORY[1:]])


# The paragraph under the box goes on with the flood story: "hundreds", "families", "lower",
# "town", "before", "dawn" are in the article's first paragraph.
GOING_ON_UNDER_A_BOX = ("Hundreds of families from the lower town waited before dawn for the buses to the "
                        "schools, where the mayor had opened shelters for the night.")
CARRIED_PROMO = "Read also: Council approves new flood barriers for the harbour district"


def test_a_long_sub_heading_under_a_carried_promotion_over_the_article_going_on_stays():
    # More than half as long as the promotion's headline, naming nothing under it: the
    # paragraph under it goes on with the article.
    sub_heading = "A cold grey morning on the hillside"
    kept = _kept([HEADLINE, STORY[0], CARRIED_PROMO, sub_heading, GOING_ON_UNDER_A_BOX, *STORY[1:]])
    assert kept == [HEADLINE, STORY[0], sub_heading, GOING_ON_UNDER_A_BOX, *STORY[1:]]


# A flood story's opening and its next paragraph in Chinese, which share pairs of signs.
ZH_OPENING = "暴雨周二夜间冲毁了东桥港的部分防波堤，低洼地区数百户居民被迫在天亮前离开家园。"
ZH_GOING_ON = "暴雨过后，低洼地区的数百户居民在天亮前乘大巴转移到学校，市长已将学校开放作为临时避难所。"


@pytest.mark.parametrize("opening, box, last, paragraph", [
    # A box's second headline on the story's subject names the paragraph under it, which goes on
    # with the article: the box's own (review found such boxes more often than sub-headings).
    (STORY[0], NAMING_BOX, "Families wait for buses at dawn", GOING_ON_UNDER_A_BOX),
    # Under a carried promotion in Chinese, pairs of signs make any paragraph share the
    # article's words: a short line there is as often the box's second link.
    (ZH_OPENING, ["延伸阅读：轮渡公司宣布本月底前取消所有前往离岛的航班"], "低洼地区居民连夜转移到学校", ZH_GOING_ON),
])
def test_a_boxs_second_headline_over_the_article_going_on_still_goes(opening, box, last, paragraph):
    kept = _kept([HEADLINE, opening, *box, last, paragraph, *STORY[1:]])
    assert last not in kept and paragraph in kept
