"""Shapes of article text that look like page furniture: a list of people's names under the
lead, a birthday list of names over dates, an interview's question without its mark, a
"Reactions" sub-heading over quotes, and, the other way round, a date line with its update
time that stayed. Every text is invented; each shape comes in several languages, and each
guard with the junk its heuristic must still remove."""

import pytest
from test_linemodel import ARTICLE  # a ferry story of six paragraphs under its headline
from test_promotions import removed_by

from cleaner import clean

# ---------------------------------------------------------------- names under the lead

# (headline, lead, lead-in, names, the story that goes on about them)
NAMED = {
    "en": ("Harbour trust names five new board members",
           "The Harbour Trust of Port Allen appointed five new members to its board on Tuesday.",
           "The new board members are:",
           ["Margaret Ellison", "Tomas Verhoeven", "Aisha Rahman", "Daniel O'Connor", "Lucia Ferreira"],
           ["The trust has struggled to fill its seats since the ferry dispute began two years ago, when the old "
            "operator walked away from the contract and left the island with one boat for most of the winter.",
            "Margaret Ellison, a former harbour master, will chair the board until the annual meeting in March. "
            "She said the trust would publish its accounts every quarter, the first set before Christmas.",
            "Tomas Verhoeven and Aisha Rahman both sat on the town council before. Daniel O'Connor runs the "
            "boatyard on the north quay, and Lucia Ferreira teaches navigation at the maritime college.",
            "The board meets for the first time next Monday, when it will review the ferry contract and the plans "
            "for the new breakwater, which the engineers say must be finished before the storms of next autumn.",
            "Residents welcomed the appointments but said they wanted the ferry timetable fixed before anything "
            "else, since many of them depend on the morning boat to reach their work on the mainland."]),
    "fr": ("Le sélectionneur dévoile sa liste pour octobre",
           "Le sélectionneur a annoncé jeudi les joueurs retenus pour les deux matchs d'octobre.",
           "Les nouveaux appelés sont :",
           ["Julien Marchand", "Karim Benali", "Antoine Leroux", "Mathis Dubois"],
           ["Le groupe compte trois nouveaux visages par rapport au mois dernier, après une série de blessures qui "
            "a privé l'équipe de plusieurs cadres de la défense et du milieu de terrain.",
            "Julien Marchand, gardien de Rennes, remplace le titulaire blessé à l'épaule lors du dernier match de "
            "championnat. Karim Benali et Antoine Leroux ont brillé depuis la reprise.",
            "Mathis Dubois, à dix-neuf ans, devient le plus jeune joueur appelé depuis dix ans. Le groupe se "
            "retrouvera lundi matin au centre d'entraînement pour une semaine de préparation.",
            "Le premier match aura lieu le 10 octobre à domicile, devant un stade qui affiche déjà complet, le "
            "second quatre jours plus tard à l'extérieur, sur une pelouse réputée difficile."]),
    "es": ("Identificadas las víctimas del accidente de la sierra",
           "La policía identificó este miércoles a las cinco personas que murieron en el accidente.",
           "",
           ["María José Herrera", "Carlos Fuentes Ortega", "Ana Belén Soto", "Javier Molina Ruiz"],
           ["El autobús cayó por un barranco en la carretera de la sierra el pasado domingo por la tarde, cuando "
            "volvía de una excursión con más de treinta pasajeros a bordo.",
            "Herrera y Fuentes Ortega eran vecinos del mismo pueblo y viajaban juntos. Soto volvía de visitar a su "
            "familia en la capital, según contaron sus hermanos.",
            "Molina Ruiz era el conductor del autobús, con veinte años de experiencia en la empresa y sin ninguna "
            "sanción en su historial, según la compañía de transportes.",
            "El ayuntamiento ha decretado tres días de luto oficial y el funeral se celebrará el viernes en la "
            "iglesia mayor, con la presencia de las autoridades de la provincia."]),
    "de": ("Stadtrat wählt vier neue Mitglieder in den Kulturausschuss",
           "Der Stadtrat hat am Dienstagabend vier neue Mitglieder in den Kulturausschuss gewählt.",
           "",
           ["Katharina Brenner", "Stefan Wohlfahrt", "Miriam Özdemir", "Lukas Hartmann"],
           ["Zwei Mitglieder waren im Sommer zurückgetreten, zwei weitere Sitze standen seit Jahren leer, weil sich "
            "niemand für die ehrenamtliche Arbeit im Ausschuss gemeldet hatte.",
            "Brenner leitet seit zehn Jahren die Stadtbibliothek. Wohlfahrt und Özdemir sind Lehrer am Gymnasium "
            "und haben dort die Theatergruppe gegründet.",
            "Hartmann betreibt ein kleines Theater in der Altstadt. Der Ausschuss tagt zum ersten Mal im November "
            "und berät dann über das Budget für das kommende Jahr.",
            "Die Wahl fiel einstimmig aus, wie der Bürgermeister nach der Sitzung mitteilte, und die neuen "
            "Mitglieder nahmen die Glückwünsche der Fraktionen noch im Saal entgegen."]),
    "ar": ("مجلس الإدارة الجديد للنادي يضم خمسة أعضاء",
           "أعلن النادي الرياضي مساء الثلاثاء تشكيل مجلس الإدارة الجديد بعد الانتخابات التي جرت في الجمعية "
           "العمومية.",
           "وأعضاء المجلس الجديد هم:",
           ["أحمد عبد الله", "محمد الحسيني", "فاطمة الزهراء", "يوسف الخطيب", "سارة منصور"],
           ["وجرت الانتخابات في الجمعية العمومية بحضور أكثر من ثلاثمائة عضو من أعضاء النادي، في أجواء هادئة "
            "استمرت حتى ساعة متأخرة من الليل.",
            "وسيتولى أحمد عبد الله رئاسة المجلس خلال الدورة المقبلة، فيما انتخب محمد الحسيني نائبا للرئيس، "
            "وفاطمة الزهراء أمينة للصندوق.",
            "وقال يوسف الخطيب إن المجلس سيعمل على تطوير المنشآت الرياضية وزيادة الدعم للفرق الشابة، وأضافت "
            "سارة منصور أن الأولوية ستكون لملعب التدريب.",
            "ومن المقرر أن يعقد المجلس أول اجتماع له الأسبوع المقبل لمناقشة الميزانية وخطة العمل للموسم "
            "الرياضي الجديد.",
            "وأكد المجلس الجديد في بيانه الأول أنه سيعمل بروح الفريق الواحد، وأنه سيفتح أبوابه أمام جميع "
            "الأعضاء للاستماع إلى مقترحاتهم وملاحظاتهم حول أداء النادي في المواسم الماضية.",
            "وكان المجلس السابق قد واجه انتقادات واسعة بسبب تراجع نتائج الفريق الأول وتأخر صرف رواتب "
            "اللاعبين، ما دفع عددا من الأعضاء إلى المطالبة بانتخابات مبكرة قبل نهاية الدورة."]),
}


def _named_page(language: str) -> tuple[str, list[str]]:
    headline, lead, lead_in, names, story = NAMED[language]
    article = [headline, lead] + ([lead_in] if lead_in else []) + names + story
    return "\n".join(["Home | News | Sport | Business"] + article), article


@pytest.mark.parametrize("language", sorted(NAMED))
@pytest.mark.parametrize("learned", [False, True])
def test_a_list_of_names_under_the_lead_stays_with_the_lead(language, learned):
    text, article = _named_page(language)
    result = clean(text, learned=learned)
    assert result.text == "\n".join(article)
    assert clean(result.text, learned=learned).text == result.text


@pytest.mark.parametrize("learned", [False, True])
def test_a_menu_of_title_cased_sections_under_a_teaser_still_goes(learned):
    menu = ["Practice Problems", "Choose a Problem", "Aromatic Rings Quiz", "Return to Contents"]
    teaser = "A short guide to the chemistry of rings, with problems to practise on."
    body = ["Practice problems help students see the pattern in aromatic rings, which many find hard "
            "at first. Each ring of six carbon atoms shares its electrons in a way that makes it stable.",
            ] + ARTICLE[1:]
    result = clean("\n".join([teaser] + menu + body), learned=learned)
    assert not set(menu) & set(result.text.split("\n"))


@pytest.mark.parametrize("learned", [False, True])
def test_a_menu_of_categories_that_share_a_word_inside_the_article_still_goes(learned):
    menu = ["Funny Birthday Quotes", "Friendship Quotes", "Love Quotes", "Memorial Day Quotes"]
    body = [line + " Quotes from readers are welcome." for line in ARTICLE[1:]]
    text = "\n".join(ARTICLE[:1] + body[:2] + menu + body[2:])
    assert removed_by(clean(text, learned=False), "generic.link-run") == menu


# Short topic lines of a script without case, whose words the prose goes on to use: no
# capital tells them from names, so only an announcing line keeps such a list.
CASELESS_TOPICS = {
    "ar": (["الحدائق العامة", "صيانة الطرق", "المجلس البلدي", "الميزانية السنوية"],
           ["وقال رئيس المجلس البلدي إن صيانة الطرق ستبدأ في الربيع، بعد أن تنتهي دراسة التربة في الأحياء "
            "الشمالية من المدينة.",
            "وأضاف أن الحدائق العامة ستحصل على نصيب أكبر من الميزانية السنوية، استجابة لمطالب السكان في "
            "الاجتماعات الأخيرة."]),
    "fa": (["پارک های شهری", "تعمیر جاده ها", "شورای شهر", "بودجه سالانه"],
           ["رئیس شورای شهر گفت تعمیر جاده ها از بهار آغاز می شود، پس از آنکه بررسی خاک در محله های شمالی "
            "شهر به پایان برسد.",
            "او افزود که پارک های شهری سهم بیشتری از بودجه سالانه خواهند داشت، به درخواست ساکنان در "
            "نشست های اخیر."]),
}


@pytest.mark.parametrize("language", sorted(CASELESS_TOPICS))
def test_short_topic_lines_of_a_caseless_script_over_prose_using_their_words_still_go(language):
    topics, story = CASELESS_TOPICS[language]
    headline, lead = NAMED["ar"][0], NAMED["ar"][1]
    article = [headline, lead] + story
    text = "\n".join(["Home | News | Sport | Business", headline, lead] + topics + story)
    assert removed_by(clean(text, learned=False), "generic.link-run") == topics


# A people widget under its heading, over paragraphs that name most of the people again.
PEOPLE_WIDGETS = {
    "en": (["Trending People", "Nora Blake", "Ethan Vance", "Lila Moreno", "Owen Pritchard", "Sienna Hart"],
           ["Nora Blake and Ethan Vance were seen together at the premiere of the new musical on Friday night, "
            "which set off talk of a reunion.",
            "Blake, who split from Vance last year, wore a long silver dress, while Vance arrived later with his "
            "sister and the director of the show."],
           ["Other guests included Lila Moreno, who starred in the first production, and the comedian Owen "
            "Pritchard, who hosted the party afterwards. Nora Blake and Ethan Vance left before midnight.",
            "The musical opens to the public next week and the tickets for the first month sold out within hours, "
            "the theatre said on Saturday."]),
    "de": (["Personen im Artikel", "Anna Berger", "Thomas Krüger", "Julia Sommer", "Markus Lenz"],
           ["Anna Berger und Thomas Krüger haben sich im Streit um den Haushalt auf einen Kompromiss geeinigt, wie "
            "beide am Mittwoch mitteilten.",
            "Berger hatte zuvor mehr Geld für Schulen gefordert, Krüger wollte die Schuldenbremse einhalten und "
            "drohte mit seinem Rücktritt."],
           ["Die Fraktionschefin Julia Sommer sprach von einem guten Tag für das Land, während Markus Lenz von der "
            "Opposition scharfe Kritik übte. Berger und Krüger wollen im Januar erneut verhandeln.",
            "Der Haushalt soll im Dezember im Landtag verabschiedet werden, nachdem der Finanzausschuss die Zahlen "
            "noch einmal geprüft hat."]),
}


@pytest.mark.parametrize("language", sorted(PEOPLE_WIDGETS))
def test_a_people_widget_under_its_heading_between_paragraphs_still_goes(language):
    widget, above, below = PEOPLE_WIDGETS[language]
    text = "\n".join(["Home | News | Sport | Business"] + above + widget + below)
    assert removed_by(clean(text, learned=False), "generic.link-run") == widget


# ---------------------------------------------------------------- a list of names over dates

BIRTHDAYS = {
    "en": ("Born on this day: October 14",
           "Every day we look back at the people who were born on this date, from old kings to the singers of "
           "today, and at the events that marked it.",
           ["Famous birthdays", "Harriet Moore", "October 14, 1894", "Paul Lindqvist", "October 14, 1921",
            "Rosa Castellanos", "October 14, 1958", "Emeka Obi", "October 14, 1990"],
           "Do you share your birthday with one of them? Write to us and we may print your letter next year."),
    "fr": ("Anniversaires du jour : ils sont nés un 14 octobre",
           "Chaque jour, nous rappelons les personnalités nées à cette date, des écrivains aux sportifs, en "
           "passant par les musiciens et les acteurs.",
           ["Hélène Marchal", "14 octobre 1894", "Pierre Lefèvre", "14 octobre 1921", "Sophie Garnier",
            "14 octobre 1958", "Youssef Amrani", "14 octobre 1990"],
           "Et vous, êtes-vous né un 14 octobre ? Écrivez-nous, nous publierons vos messages la semaine prochaine."),
    "ar": ("مواليد هذا اليوم 14 أكتوبر",
           "نستعرض في هذا الركن كل يوم أبرز المشاهير الذين ولدوا في مثل هذا اليوم عبر التاريخ، من الأدباء "
           "إلى الفنانين والرياضيين.",
           ["سعاد حسني", "26/01/1943", "نجيب محفوظ", "11/12/1911", "أم كلثوم", "31/12/1898", "عمر الشريف",
            "10/04/1932"],
           "وتبقى أعمالهم حاضرة في ذاكرة الأجيال المتعاقبة حتى اليوم، وتعرض على الشاشات في كل مناسبة."),
}


@pytest.mark.parametrize("language", sorted(BIRTHDAYS))
@pytest.mark.parametrize("learned", [False, True])
def test_a_birthday_list_of_names_over_dates_stays(language, learned):
    headline, lead, entries, closing = BIRTHDAYS[language]
    article = [headline, lead] + entries + [closing]
    result = clean("\n".join(["Home | News | Culture | Sport"] + article), learned=learned)
    assert result.text == "\n".join(article)


def test_a_date_line_between_two_paragraphs_still_goes():
    text = "\n".join(ARTICLE[:3] + ["October 14, 2024"] + ARTICLE[3:])
    assert clean(text).text == "\n".join(ARTICLE)


def test_a_box_of_other_stories_with_their_dates_under_the_article_still_goes():
    box = ["More from the islands", "Ferry fares frozen for another year as island council agrees budget",
           "October 12, 2024", "New lifeboat station opens on the north quay after long fundraising drive",
           "October 10, 2024", "Island school wins national award for its sailing club and boat repairs",
           "October 8, 2024"]
    assert clean("\n".join(ARTICLE + box)).text == "\n".join(ARTICLE)


# Boxes of short items over this year's dates, or of headlines over dates: not a list of
# people's entries, whatever their heading, so their dates are no entries' own.
DATED_BOXES = [
    ["Lesetipps der Redaktion", "Brücke bleibt gesperrt", "12.10.2024", "Neuer Radweg eröffnet", "10.10.2024",
     "Weihnachtsmarkt fällt aus", "08.10.2024"],
    ["Nos derniers articles", "Pont fermé aux camions", "12/10/2024", "Nouvelle piste cyclable", "10/10/2024",
     "Marché de Noël annulé", "08/10/2024"],
    ["Upcoming Events", "Jazz in the Park", "Sat 19 Oct 2024", "Autumn Craft Fair", "Sun 20 Oct 2024",
     "River Clean-up Day", "Sat 26 Oct 2024"],
    ["Recent Comments", "Mark Jones", "14.10.2024", "Sarah Lee", "14.10.2024", "Tom Baker", "15.10.2024"],
    ["Traueranzeigen", "Hans Müller", "1934 – 2024", "Erika Schulz", "1941 – 2024", "Karl Braun", "1929 – 2024"],
    ["من أخبارنا", "إغلاق الجسر أمام الشاحنات", "12/10/2024", "افتتاح مسار الدراجات", "10/10/2024",
     "إلغاء سوق الشتاء", "08/10/2024"],
    ["Bridge repairs delayed", "12 October 2024", "Lifeboat station opens", "10 October 2024",
     "School wins sailing award", "8 October 2024"],
]


@pytest.mark.parametrize("box", DATED_BOXES, ids=lambda box: box[0])
@pytest.mark.parametrize("learned", [False, True])
def test_a_box_of_items_over_dates_inside_the_article_still_goes(box, learned):
    text = "\n".join(ARTICLE[:3] + box + ARTICLE[3:])
    dates = {line for line in box if any(char.isdigit() for char in line)}
    assert not dates & set(clean(text, learned=learned).text.split("\n"))


# ---------------------------------------------------------------- an interview's turns

INTERVIEWS = {
    "en": ("Q", "A", "When will the new breakwater open", "And the ferry contract"),
    "fr": ("Q", "R", "Quelle sera votre première décision", "Et le budget de la ville"),
    "es": ("P", "R", "Cuándo abrirá el nuevo puerto", "Y el contrato del ferri"),
    "de": ("F", "A", "Wann öffnet der neue Hafen", "Und der Vertrag für die Fähre"),
    "ar": ("س", "ج", "متى سيفتتح الميناء الجديد", "وماذا عن عقد العبارة"),
}
ANSWERS = ["The engineers tell us it will be finished before the storms of next autumn, if the weather "
           "lets them work through the winter.",
           "We will sign a new contract in the spring. The old operator has agreed to run the morning boat "
           "until then, which matters most to those who work on the mainland."]


@pytest.mark.parametrize("language", sorted(INTERVIEWS))
@pytest.mark.parametrize("learned", [False, True])
def test_an_interviews_question_without_its_mark_stays(language, learned):
    question, answer, first, second = INTERVIEWS[language]
    turns = [f"{question}: {first}", f"{answer}: {ANSWERS[0]}", f"{question}: {second}", f"{answer}: {ANSWERS[1]}"]
    article = ARTICLE[:2] + turns
    assert clean("\n".join(article), learned=learned).text == "\n".join(article)


def test_a_promo_label_that_comes_back_between_paragraphs_still_goes():
    promos = ["More: Museum reopens its painting galleries after a long restoration",
              "More: Island school wins a national award for its sailing club"]
    text = "\n".join(ARTICLE[:2] + promos[:1] + ARTICLE[2:4] + promos[1:] + ARTICLE[4:])
    assert removed_by(clean(text, learned=False), "generic.inline-promo") == promos


# A promo's label over a live blog's labelled paragraph: paragraphs stand around the pair.
LIVE_PROMOS = {
    "en": ("Watch", "Update", "Firefighters rescue a kitten from a tall oak tree",
           "The council has now confirmed that the ferry will run on Sunday, after the repairs were finished early."),
    "fr": ("Regarder", "Direct", "Un pompier sauve un chaton perché dans un grand chêne",
           "La mairie confirme maintenant que le bac circulera dimanche, les réparations ayant été finies plus tôt."),
    "de": ("Ansehen", "Update", "Feuerwehr rettet Kätzchen aus einer hohen Eiche",
           "Die Stadt bestätigt inzwischen, dass die Fähre am Sonntag fährt, weil die Reparatur früher fertig war."),
}


@pytest.mark.parametrize("language", sorted(LIVE_PROMOS))
def test_a_promo_over_a_live_blogs_labelled_paragraph_still_goes(language):
    promo_label, update_label, promo, update = LIVE_PROMOS[language]
    promos = [f"{promo_label}: {promo}", f"{promo_label}: {promo} (2)"]
    text = "\n".join(ARTICLE[:2] + [promos[0], f"{update_label}: {update}"] + ARTICLE[2:4]
                     + [promos[1], f"{update_label}: {update}"] + ARTICLE[4:])
    assert removed_by(clean(text, learned=False), "generic.inline-promo") == promos


# ---------------------------------------------------------------- a "Reactions" sub-heading

# (story, heading, quotes under it, a comment thread under it)
REACTIONS = {
    "fr": (["Le conseil municipal a voté mardi soir la gratuité des bus pour les moins de vingt-cinq ans à "
            "partir de septembre, une promesse de campagne du maire.",
            "La mesure coûtera environ deux millions d'euros par an, financés par une hausse du tarif du "
            "stationnement dans le centre-ville.",
            "Le maire a rappelé que la ville comptait déjà plus de trente mille abonnés de moins de vingt-cinq "
            "ans, et que la gratuité en attirerait d'autres."],
           "Réactions",
           ["« C'est une bonne nouvelle pour les familles et pour les étudiants », a salué la présidente de "
            "l'association des usagers des transports.",
            "« Ce sont les automobilistes qui paieront la note », regrette le chef de l'opposition municipale, "
            "qui a voté contre."],
           ["Jean-Marc D.", "14 octobre 2024 à 10 h 12", "Encore une mesure payée par ceux qui travaillent.",
            "Répondre", "Claire", "14 octobre 2024 à 11 h 40", "Enfin ! Mes enfants prendront le bus.", "Répondre"]),
    "nl": (["De gemeenteraad heeft dinsdagavond besloten dat de bus vanaf september gratis wordt voor iedereen "
            "onder de vijfentwintig, zoals de burgemeester had beloofd.",
            "De maatregel kost ongeveer twee miljoen euro per jaar en wordt betaald uit hogere parkeertarieven "
            "in het centrum van de stad.",
            "De burgemeester wees erop dat de stad al meer dan dertigduizend abonnees onder de vijfentwintig "
            "telt, en dat er door de maatregel meer zullen komen."],
           "Reacties",
           ["\"Dit is goed nieuws voor gezinnen en studenten\", zei de voorzitter van de reizigersvereniging, "
            "die er jaren voor had gestreden.",
            "\"De automobilisten betalen de rekening\", zei de fractievoorzitter van de oppositie, die tegen het "
            "voorstel stemde."],
           ["Jan de Vries", "Weer betalen de werkende mensen.", "Reageer",
            "Els", "Eindelijk! Mijn kinderen nemen de bus.", "Reageer"]),
}


@pytest.mark.parametrize("language", sorted(REACTIONS))
@pytest.mark.parametrize("learned", [False, True])
def test_a_reactions_sub_heading_over_quotes_stays(language, learned):
    story, heading, quotes, _ = REACTIONS[language]
    article = story + [heading] + quotes
    assert clean("\n".join(article), learned=learned).text == "\n".join(article)


def test_a_reactions_sub_heading_over_single_quoted_speech_stays():
    # Kannada, Malayalam, Sinhala and British papers quote with ‘ ’ (found by review).
    story, heading, quotes, _ = REACTIONS["fr"]
    article = story + [heading] + [quote.replace("« ", "‘").replace(" »", "’") for quote in quotes]
    assert clean("\n".join(article)).text == "\n".join(article)


@pytest.mark.parametrize("language", sorted(REACTIONS))
def test_a_reactions_heading_over_a_comment_thread_still_cuts(language):
    story, heading, _, thread = REACTIONS[language]
    result = clean("\n".join(story + [heading] + thread))
    assert result.text == "\n".join(story)
    assert removed_by(result, f"{language}.reactions")[0] == heading


# Readers' comments in their own voice, and a comment form's prompt: no quotation under them.
PROSE_COMMENTS = {
    "fr": ["Merci pour cet article très clair, j'attendais cette mesure depuis longtemps pour ma fille.",
           "Je trouve cette décision injuste, ce sont encore les habitants des villages qui vont payer.",
           "Vous devez être inscrit pour laisser un message sous cet article de la rédaction."],
    "nl": ["Duidelijk stuk, ik wacht al jaren op deze maatregel voor mijn zoon en zijn vrienden.",
           "Ik vind dit oneerlijk, de mensen in de dorpen betalen straks weer de rekening.",
           "Je moet ingelogd zijn om een bericht onder dit artikel achter te laten."],
}
COMMENT_HEADINGS = [("fr", heading) for heading in (
    "Réactions", "Commentaires", "12 commentaires", "Vos commentaires", "Vos réactions", "Réagir",
    "3 réactions :")] + [("nl", heading) for heading in ("Reacties", "12 reacties", "5 reacties:")]


@pytest.mark.parametrize("language, heading", COMMENT_HEADINGS)
def test_a_comments_heading_over_prose_comments_still_cuts(language, heading):
    story = REACTIONS[language][0]
    for comments in (PROSE_COMMENTS[language][:2], PROSE_COMMENTS[language][2:] * 2):
        assert clean("\n".join(story + [heading] + comments)).text == "\n".join(story)


# ---------------------------------------------------------------- a date line with its update


@pytest.mark.parametrize("line", [
    "14.10.2024 - 11:20 | Güncelleme: 14.10.2024 - 12:05",
    "14/10/2024 11:20 | Updated: 14/10/2024 12:05",
    "14/10/2024 - 11:20 | Mis à jour : 14/10/2024 - 12:05",
    "14/10/2024 11:20 | Actualizado: 12:05",
    "14.10.2024, 11:20 | Aktualisiert: 14.10.2024, 12:05",
    "14/10/2024 - 11:20 | آخر تحديث: 14/10/2024 - 12:05",
])
def test_a_date_line_with_its_update_time_goes(line):
    result = clean("\n".join(ARTICLE[:1] + [line] + ARTICLE[1:]))
    assert result.text == "\n".join(ARTICLE)
    assert removed_by(result, "common.date-line-updated") == [line]


# A dated schedule, fixture list or reading has the same shape, under any word but an update's.
SCHEDULES = [
    ["The fixtures for the rest of the month:", "19/10/2024 Rovers - United: 15:00",
     "26/10/2024 City - Rovers: 17:30", "02/11/2024 Rovers - Athletic: 15:00"],
    ["Die Band spielt im Herbst in diesen Städten:", "14.10.2024 Berlin: 20:00", "16.10.2024 Hamburg: 20:00",
     "18.10.2024 München: 19:30"],
    ["Le programme du festival :", "14/10/2024 | Ouverture : 18:00", "15/10/2024 | Concert de jazz : 20:30"],
    ["Los plazos de la convocatoria son los siguientes:", "01/11/2024 - Inicio: 09:00",
     "30/11/2024 - Fin del plazo: 14:00"],
    ["مواعيد مباريات الفريق المقبلة:", "19/10/2024 الأهلي - الزمالك: 19:00", "26/10/2024 الإسماعيلي - الأهلي: 17:30"],
    ["قیمت ارز در بازار امروز:", "۱۴۰۳/۰۷/۱۹ دلار: ۶۱.۲۰", "۱۴۰۳/۰۷/۱۹ یورو: ۶۶.۴۰"],
    ["活动日程如下：", "2024-10-14 开幕式: 19:30", "2024-10-16 闭幕式: 18:00"],
    ["Der Pegel stieg in der Nacht weiter:", "12.10.2024 Pegelstand: 4.85", "13.10.2024 Pegelstand: 5.10"],
    ["The final was close to the end:", "05/10/2024 Final: 98:87"],
    ["Applications open on 1 November:", "01.11.2024 – Deadline: 30.11.2024"],
    ["Das Spiel beginnt am Montag:", "14.10.2024, Anpfiff: 15:30"],
]


@pytest.mark.parametrize("schedule", SCHEDULES, ids=lambda schedule: schedule[1])
def test_a_dated_schedule_or_fixture_list_stays(schedule):
    article = ARTICLE[:2] + schedule + ARTICLE[2:]
    assert clean("\n".join(article), learned=False).text == "\n".join(article)


# ---------------------------------------------------------------- a fact box in mid-article

# Clean articles (probe Q, written for this project) with a fact box of "label: value" rows
# between their paragraphs, blank lines between the blocks as a scrape leaves them.
FACT_BOX_ARTICLES = {
    "ru": [
    'Двенадцать лет и один мост: как в Верхнекамске строили переправу через Сылву',
    '',
    'В воскресенье по новому мосту через реку Сылву в Верхнекамске прошли первые автомобили. Переправу, которую горожане ждали больше десяти лет, открыли без ленточки и оркестра: мэр города Андрей Голубев просто проехал по мосту на служебной машине и сказал, что «праздновать будем, когда уберут последний кран».',
    '',
    'Мост должен разгрузить единственную старую переправу в центре, по которой в час пик машины стояли по сорок минут.',
    '',
    'Хроника стройки:',
    '',
    '14 мая 2012 года: городская дума одобряет проект.',
    'Август 2014 года: подрядчик забивает первые сваи.',
    'Март 2016 года: стройка останавливается, подрядчика признают банкротом.',
    'Октябрь 2019 года: новый подрядчик возобновляет работы.',
    '1 сентября 2024 года: по мосту проходят первые автомобили.',
    '',
    'Мост в цифрах',
    '',
    'Длина: 1 240 метров',
    'Ширина: 26 метров',
    'Полос движения: 4',
    'Стоимость: 9,8 млрд рублей',
    '',
    'Жители правобережья говорят, что дорога до центра теперь занимает десять минут вместо часа. «Я сегодня впервые за много лет приехала на работу раньше начальника», — смеётся медсестра городской больницы Наталья Круглова.',
    '',
    'Пешеходные тротуары на мосту откроют в октябре, после того как закончат монтаж ограждений.',
    ],
    "ja": [
    '北浜新報が電子版を開始\u3000「続きを読む」ボタンは置かず全文表示に',
    '',
    '県北部を中心に発行する地方紙の北浜新報は一日、創刊七十周年に合わせて電子版のサービスを始めた。多くのニュースサイトが採用している「続きを読む」ボタンをあえて設けず、記事の全文を一つのページで読めるようにしたのが特徴だ。',
    '',
    '電子版の主な内容は次の通り。',
    '',
    '・紙面と同じ記事を毎朝五時に配信',
    '・地域の天気や交通情報は登録なしで無料',
    '・購読者は過去十年分の記事を検索できる',
    '・コメント欄は設けず、意見は従来通り投書で受け付ける',
    '',
    '北浜新報の概要',
    '',
    '創刊：1954年',
    '発行部数：約8万2000部',
    '記者数：64人',
    '電子版の月額料金：980円（紙の新聞の購読者は無料）',
    '',
    '編集局長の石田恵子さんは「読者に何度もクリックさせたり、会員登録やメールマガジンへの登録を求めたりするのはやめたかった。地元の新聞は、開けばすぐ読めるものであるべきだ」と話す。',
    '',
    '初日の登録者数は約三千人。同社は三年後に二万人を目標としている。',
    ],
}


@pytest.mark.parametrize("language", FACT_BOX_ARTICLES)
def test_a_fact_box_of_label_value_rows_in_mid_article_is_no_box_over_another_story(language):
    # The last rows ("Lanes: 4" over "Cost: 9.8 billion") were read as a box's heading over
    # another story's headline, and the paragraphs under them as that story.
    page = FACT_BOX_ARTICLES[language]
    assert clean("\n".join(page)).text.split("\n") == [line for line in page if line]
