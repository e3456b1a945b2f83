"""Short lines that read in sequence are the article's own: verse, a numbered list the article
announces, a table of results. The layout heuristics that cut menus and headline lists leave
them alone, a large cut by those heuristics is flagged, and --extracted turns them off.

Every document here was written for these tests (none is taken from a real page).
"""

import subprocess
import sys

import pytest

from cleaner import clean
from cleaner.cli import main

AR_TITLE = "رحيل الشاعر سالم العبدالله"
AR_INTRO = ("نعت الأوساط الثقافية في المدينة الشاعر سالم العبدالله الذي رحل مساء أمس بعد مسيرة "
            "طويلة مع الكلمة والقصيدة، وكتب صديقه خالد المنصور في رثائه:")
AR_ELEGY = [
    "يا راحلاً والدار تسأل عنكا", "والليل بعدك ساهر يبكيكا",
    "كنت السراج إذا الدروب تشابهت", "ويد الكريم إذا الزمان جفاكا",
    "علمتنا أن الحروف أمانة", "وبأن صدق القول من تقواكا",
    "نم يا أبا سعد قرير العين", "فالشعر بعدك لا يزال صداكا",
    "والبيت يذكر ضحكة في بابه", "والنخل يذكر ظلك وخطاكا",
    "سنظل نقرأ ما كتبت وإن نأى", "عنا المزار فإن قلبي يراكا",
]
AR_CLOSING = "ويشيع جثمانه بعد صلاة الظهر اليوم من الجامع الكبير."

EN_TITLE = "Ardmore says goodbye to Patrick Doyle"
EN_ELEGY = [
    "You mended nets by lamplight,", "hands as grey as rope,", "you read the sky for weather",
    "and the tide for hope.", "Now the lamps are lit,", "the boats come home in line,",
    "but one berth by the slipway", "stays empty, and stays mine.", "Sleep now, sailor,",
    "the nets are stowed,", "the gulls are quiet", "on the harbour road.",
]
EN_AFTER = ("The village of Ardmore gathered on Saturday to remember Patrick Doyle, the fisherman "
            "who was lost when his boat went down off the Skerries last month.")

EN_LIST = [
    "Health board sets out five steps to cut waiting lists",
    "The health board published its recovery plan on Tuesday after a year in which waiting times "
    "for routine operations doubled across the region, and its chair said the board owed "
    "patients an honest timetable.",
    "The plan makes five promises:",
    "1. Every patient waiting more than a year will be offered a date within three months",
    "2. Two new day-surgery theatres will open at the county hospital by spring",
    "3. Nurses will be able to refer patients straight to physiotherapy",
    "4. Evening clinics will run four nights a week in the larger towns",
    "5. The board will publish waiting times for each hospital every month",
]
AR_LIST = [
    "الوزارة تعلن خطة من أربع خطوات لتقليل الازدحام المروري",
    "أعلنت وزارة النقل يوم الأحد خطة جديدة لتخفيف الازدحام في شوارع العاصمة بعد شكاوى متكررة من "
    "السكان خلال الأشهر الماضية، وقال الوزير إن التنفيذ يبدأ الشهر المقبل.",
    "وتتضمن الخطة ما يلي:",
    "1- تمديد ساعات عمل الحافلات العامة حتى منتصف الليل في جميع الخطوط",
    "2- إنشاء مسارات خاصة للحافلات على الطرق الرئيسية الثلاثة",
    "3- تخفيض رسوم مواقف السيارات قرب محطات القطار لتشجيع التنقل الجماعي",
    "4- تنظيم مواعيد دخول الشاحنات إلى وسط المدينة في ساعات الليل فقط",
]
EN_TABLE = [
    "Rovers go top after late winner at Brookfield",
    "Harbour Rovers moved to the top of the league on Saturday when Sam Kerr headed in a corner "
    "in the last minute at Brookfield, ending the home side's run of six wins.",
    "City Athletic could only draw at Northgate, and the two leaders now meet on the final day "
    "of the season in what the Rovers manager called the biggest game in the club's history.",
    "The top of the table after Saturday:",
    "1", "Harbour Rovers", "24", "52", "2", "City Athletic", "24", "50",
    "3", "Brookfield United", "24", "47", "4", "Northgate", "24", "41",
    "Brookfield still have a game in hand, away at Castlebay on Wednesday night.",
]
AR_RESULTS = [
    "الهلال يعزز صدارته بفوز صعب",
    "حقق فريق الهلال فوزاً صعباً على ضيفه الاتحاد بهدفين مقابل هدف في المباراة التي أقيمت مساء "
    "الجمعة ضمن الجولة العشرين من الدوري، ليعزز صدارته بفارق خمس نقاط عن أقرب ملاحقيه.",
    "وجاءت نتائج الجولة على النحو التالي:",
    "الهلال", "2", "الاتحاد", "1", "النصر", "0", "الشباب", "0", "الأهلي", "3", "الفتح", "1",
    "ويستأنف الدوري منافساته بعد أسبوعين بسبب فترة التوقف الدولية.",
]
EN_SHORT = [
    "Ferry services resume after storm",
    "Ferries between Portbury and the islands resumed on Monday morning after two days of "
    "cancellations caused by gale-force winds, the operator said.",
    "Passengers with tickets for cancelled sailings can travel on any service this week.",
]


def kept_whole(lines: list[str]) -> None:
    result = clean("\n".join(lines))
    assert result.text == "\n".join(lines), [r.rule_id for r in result.removals]
    assert result.removals == [] and result.flags == {}


def test_an_arabic_elegy_before_the_prose_is_kept():
    kept_whole([AR_TITLE, *AR_ELEGY, AR_INTRO, AR_CLOSING])
    kept_whole([AR_TITLE, *AR_ELEGY])


def test_an_english_poem_before_the_prose_is_kept():
    kept_whole([EN_TITLE, *EN_ELEGY, EN_AFTER])


def test_a_poem_inside_the_article_is_kept():
    kept_whole([AR_TITLE, AR_INTRO, *AR_ELEGY, AR_CLOSING])
    kept_whole([EN_TITLE, EN_AFTER, *EN_ELEGY])


def test_a_list_the_article_announces_is_kept_at_its_end():
    kept_whole(EN_LIST)
    kept_whole(AR_LIST)


def test_a_table_of_results_inside_the_article_is_kept():
    kept_whole(EN_TABLE)
    kept_whole(AR_RESULTS)


def test_a_short_news_item_is_kept_whole():
    kept_whole(EN_SHORT)



def test_a_ranking_closing_the_article_under_a_heading_is_kept():
    # Numbered items with a figure past their number, under a heading that announces nothing:
    # a table's rows, not a list of other headlines.
    standings = ["Final standings", "1- Harbour Rovers, 61 points", "2- Island United, 58 points",
                 "3- Portbury Town, 52 points", "4- Quay Athletic, 47 points"]
    kept_whole([*EN_SHORT, *standings])


def test_a_line_up_under_the_teams_name_and_a_colon_inside_the_article_is_kept():
    # Short lines with no sentence among them, a menu's shape, but announced by the line
    # above them: the article's own list.
    line_up = ["Harbour Rovers:", "Jon Lind", "Erik Sand", "Anna Berg", "Karin Holm", "Sofia Demir"]
    kept_whole([*EN_SHORT, *line_up, EN_SHORT[1]])

def test_a_ranking_whose_numbering_goes_on_from_the_lines_above_is_kept():
    # "52 - Finland" (a space before its dash) is no bullet, so the items under it start a
    # list of their own with nothing announcing it; they number on from it, as a box of
    # other headlines never does.
    ranking = ["The region's teams in the new world ranking:", "12- Norway", "31- Iceland", "47- Wales",
               "52 - Finland", "58- Latvia", "63- Estonia", "71- Cyprus", "80- Malta"]
    kept_whole([*EN_SHORT, *ranking])


@pytest.mark.parametrize("unbulleted", ["52 — Finland", "52 Finland", "52: Finland", "52 - «Finland»"])
def test_a_ranking_going_on_from_an_item_with_any_mark_or_none_is_kept(unbulleted):
    ranking = ["The region's teams in the new world ranking:", "12- Norway", "31- Iceland", "47- Wales",
               unbulleted, "58- Latvia", "63- Estonia", "71- Cyprus", "80- Malta"]
    kept_whole([*EN_SHORT, *ranking])


def test_a_box_numbered_down_under_a_line_a_rule_takes_still_goes():
    # "3 min read" opens on a smaller figure than the box's first item, but a rule takes it:
    # the box goes on from nothing.
    box = ["5. Council approves new harbour plan", "4. Storm closes coastal road for a day",
           "3. School wins national science prize", "2. Bakery chain opens ten new shops",
           "1. Museum reopens its painting galleries"]
    result = clean("\n".join([*EN_SHORT, "3 min read", *box]), learned=False)
    assert result.text == "\n".join(EN_SHORT)
    assert "generic.headline-list" in {removal.rule_id for removal in result.removals}


def test_a_numbered_box_of_headlines_from_one_still_goes():
    # Under a paragraph that opens on a figure, the box's items number from one.
    closing = "12 boats were stuck in the harbour during the storm, the operator said."
    box = ["1- Council approves new harbour plan", "2- Storm closes coastal road for a day",
           "3- School wins national science prize"]
    result = clean("\n".join([*EN_SHORT, closing, *box]), learned=False)
    assert result.text == "\n".join([*EN_SHORT, closing])
    assert [removal.rule_id for removal in result.removals] == ["generic.headline-list"]


@pytest.mark.parametrize("above", ["0.5 per cent of the boats stayed in port, the operator said.", "0:58"])
def test_a_box_under_a_line_opening_on_a_figure_that_is_no_ranked_item_still_goes(above):
    # A figure that opens a sentence, or a clip's length, is no ranking's item ("84 - Oman")
    # that the box's numbers would go on from.
    box = ["1- Council approves new harbour plan", "2- Storm closes coastal road for a day",
           "3- School wins national science prize"]
    result = clean("\n".join([*EN_SHORT, above, *box]), learned=False)
    assert not set(box) & set(result.text.split("\n"))
    assert "generic.headline-list" in {removal.rule_id for removal in result.removals}


def test_a_list_announced_above_its_longer_first_item_is_kept():
    # The first item closes on a bracket and is no label, so the labels under it start a run
    # under that item; the line above the item announces the whole list.
    categories = ["The report sorts the removed posts into five kinds:", "Graphic violence (video or photos)",
                  "Adult nudity", "Unwanted spam", "Hate speech", "Fake accounts"]
    kept_whole([*EN_SHORT[:2], *categories, EN_SHORT[2]])


def test_votes_numbered_without_a_space_after_the_mark_are_a_list_not_a_menu():
    # Each voter over the three players they ranked: "1-Name" is numbered though no space
    # follows its dash, and a run mostly of numbered items is a list.
    votes = ["Captain Omar Haddad", "1-Leo Brandt", "2-Amir Kaya", "3-Carl Voss",
             "Coach Ivan Marsh", "1-Carl Voss", "2-Leo Brandt", "3-Nils Ek"]
    kept_whole([*EN_SHORT[:2], *votes, EN_SHORT[2]])


@pytest.mark.parametrize("figures", [(3, 7, 10), (10, 7, 3), (10, 3, 7)])
def test_a_menu_whose_items_open_on_figures_out_of_order_is_no_numbered_list(figures):
    # "3-Day Outlook", "7-Day Forecast": figures with a dash, in any order, with no one among
    # them: no count.
    menu = ["Today", *(f"{figure}-Day {name}" for figure, name in zip(figures, ("Outlook", "Forecast", "Trend"))),
            "Radar"]
    result = clean("\n".join([*EN_SHORT[:2], *menu, EN_SHORT[2]]), learned=False)
    assert result.text == "\n".join(EN_SHORT)
    assert [line for removal in result.removals for line in removal.text.split("\n")] == menu


@pytest.mark.parametrize("numbers", [(1, 2, 3, 1, 3, 1, 2, 3), (3, 2, 1, 3, 2, 1, 3, 2), (5, 3, 1, 5, 3, 1, 5, 3)],
                         ids=["a-missing-vote", "counting-down", "points"])
def test_votes_numbered_with_gaps_or_downwards_are_still_a_list(numbers):
    players = ["Leo Brandt", "Amir Kaya", "Carl Voss", "Nils Ek"]
    items = [f"{number}-{players[index % 4]}" for index, number in enumerate(numbers)]
    votes = ["Captain Omar Haddad", *items[:3], "Coach Ivan Marsh", *items[3:5], "Journalist Sara Lind", *items[5:]]
    kept_whole([*EN_SHORT[:2], *votes, EN_SHORT[2]])


def test_a_menu_under_a_short_line_that_announces_nothing_still_goes():
    # A short item between the paragraph and the menu carries no colon down to it, and items
    # opening on a figure with no item's mark after it ("3 photos") number nothing.
    menu = ["Ferries", "3 photos", "Island life", "12 videos", "Harbour", "Events"]
    for above in ([], ["Harbour Press archive (2019)"]):
        result = clean("\n".join([*EN_SHORT[:2], *above, *menu, EN_SHORT[2]]), learned=False)
        assert result.text == "\n".join([*EN_SHORT[:2], *above, EN_SHORT[2]]), above
        assert {removal.rule_id for removal in result.removals} == {"generic.link-run"}


def test_menus_headline_lists_and_counters_still_go():
    menu = ["home", "world news", "local sport", "weather today", "contact us"]
    headlines = ["- Council approves new harbour plan", "- Storm closes coastal road for a day",
                 "- School wins national science prize"]
    page = [*menu, *EN_SHORT, "More from the Echo", *headlines]
    result = clean("\n".join(page))
    assert result.text == "\n".join(EN_SHORT)
    # Outside a table, a line of digits is a widget's counter.
    result = clean("\n".join([*EN_TABLE[:3], "1,204", "37", "Share this article"]))
    assert "1,204" not in result.text and "37" not in result.text.split("\n")


LONG_MENU = [f"{section} {part}" for section in ("News", "Sport", "Business", "Culture", "Travel",
                                                 "Opinion", "Weather", "Science")
             for part in ("today", "archive", "video", "photos")]


def test_a_cut_mostly_by_layout_heuristics_is_flagged_large_cut():
    result = clean("\n".join([*LONG_MENU, *EN_SHORT]))
    assert result.text == "\n".join(EN_SHORT)
    assert "large_cut" in result.flags and "over_deletion" not in result.flags
    assert "layout heuristics" in result.flags["large_cut"]
    # The same article behind a short menu is an ordinary page.
    assert clean("\n".join([*LONG_MENU[:4], *EN_SHORT])).flags == {}


def test_extracted_keeps_a_list_of_headline_shape_that_a_raw_scrape_loses(tmp_path):
    body = [*EN_SHORT, "- Ferries to Inish", "- Ferries to Carrick", "- Ferries to Portbury"]
    assert "Ferries to Inish" not in clean("\n".join(body)).text
    assert clean("\n".join(body), extracted=True).text == "\n".join(body)

    page = tmp_path / "article.txt"
    page.write_text("\n".join(body), encoding="utf-8")
    shown = subprocess.run([sys.executable, "-m", "cleaner.cli", "explain", "--extracted", str(page)],
                           capture_output=True, text=True, check=True).stdout
    assert "DROP" not in shown

    assert main(["run", str(page), "--out", str(tmp_path / "out"), "--extracted", "--quiet"]) == 0
    assert (tmp_path / "out" / "article.txt").read_text(encoding="utf-8").strip() == "\n".join(body)


def verse_lines(lines: list[str]) -> list[str]:
    from cleaner import heuristics as h
    from cleaner.normalize import normalize_lines
    from cleaner.rules import default_rules

    infos = h.analyse(lines, normalize_lines(lines), default_rules().matcher_for(()))
    h.mark_verse(infos)
    return [line.text for line in infos if line.body]


def test_player_menus_and_suffix_lists_are_not_verse():
    assert verse_lines(["captions off, selected", "subtitles off, selected", "default, selected",
                        "This is a modal window."]) == []
    assert verse_lines(["Morning Briefing (daily)", "Weekend Reads (weekly)",
                        "Members' Letter (monthly)", "Market Wrap (hourly)"]) == []
    assert verse_lines(AR_ELEGY) == AR_ELEGY and verse_lines(EN_ELEGY) == EN_ELEGY


def test_chart_labels_and_numbered_link_lists_are_not_tables():
    from cleaner import heuristics as h
    from cleaner.normalize import normalize_lines
    from cleaner.rules import default_rules

    def tables(lines):
        infos = h.analyse(lines, normalize_lines(lines), default_rules().matcher_for(()))
        return h.table_lines(infos, 0, len(infos))

    assert tables(["100", "%", "FORECAST", "ACTUAL", "80", "60", "40", "20", "0"]) == set()
    assert tables(["1.", "Sleep and health", "2.", "Running at fifty", "3.", "Diet plans",
                   "4.", "Allergies"]) == set()
    cells = EN_TABLE[4:20]
    assert tables(cells) == set(range(len(cells)))


def test_a_cell_hit_by_a_drop_line_rule_and_a_tail_only_rule_stays_a_cell(tmp_path):
    """A table's cell is kept from drop-line rules; a second rule on the same line that fires
    only in the tail does not make it a line removed anywhere (each hit is asked on its own)."""
    from cleaner import heuristics as h
    from cleaner import load_rules
    from cleaner.normalize import normalize_lines

    generic = tmp_path / "generic"
    generic.mkdir()
    (generic / "cells.toml").write_text('''language = "*"
[[rule]]
id = "cells.counter"
kind = "phrase"
pattern = "Brookfield United"
action = "drop-line"
why = "A made-up counter word."

[[rule]]
id = "cells.sign-off"
kind = "phrase"
pattern = "Brookfield United"
action = "metadata"
field = "byline"
position = "tail"
why = "A made-up sign-off, below the article only."
''', encoding="utf-8")
    cells = EN_TABLE[4:20]
    infos = h.analyse(cells, normalize_lines(cells),
                      load_rules(tmp_path, with_defaults=False).matcher_for(()))
    united = cells.index("Brookfield United")
    assert {rule.id for rule, _ in infos[united].hits} == {"cells.counter", "cells.sign-off"}
    assert h.table_lines(infos, 0, len(infos)) == set(range(len(cells)))


def wrapped_runs(lines: list[str]) -> list[list[str]]:
    from cleaner import heuristics as h
    from cleaner.normalize import normalize_lines
    from cleaner.rules import default_rules

    infos = h.analyse(lines, normalize_lines(lines), default_rules().matcher_for(()))
    return [[line.text for line in run] for run in h.wrapped_paragraphs(infos)]


def test_a_paragraph_wrapped_at_the_sources_line_breaks_is_one_run():
    paragraph = ["The computer arrived by lorry in the summer of 1958, packed in",
                 "eleven crates, and passed its acceptance tests in October after",
                 "repairs to its valves. Its makers had promised it for the spring",
                 "(the factory was late with the drums), and the engineers spent",
                 "the whole of August rewiring the power supply of the basement."]
    assert wrapped_runs(["Computing at the institute", *paragraph, "Next paragraph starts here."]) == [paragraph]


def test_headlines_one_under_the_other_are_no_wrapped_paragraph():
    assert wrapped_runs(["La loi sur le renseignement expliquée en patates Vidéo",
                         "Loi sur le renseignement : comment vont voter les députés ?",
                         "14:44 Accusations de viols : quatorze militaires mis en cause",
                         "14:32 Un artiste arrêté pour avoir coloré un geyser", "artnet"]) == []


def test_a_wrapped_line_may_end_on_a_name_but_a_label_or_an_uncased_script_ends_none():
    wrapped = ["The museum was founded in 1901, with the help of the banker Henry",
               "Walters, who gave it his collection of paintings and drawings."]
    assert wrapped_runs(wrapped) == [wrapped]
    # An article's last line signed with initials, then a box's label and a share bar.
    assert wrapped_runs(["وقال المدير إن المهرجان سيعود في الصيف المقبل، حسب تعبيره. م ع",
                         "أرسل بالبريد · انشر على فيسبوك · انسخ الرابط"]) == []
    assert wrapped_runs(["The festival returns next summer with forty films, the director said in 2014",
                         "From the same section"]) == []


def test_a_box_of_headlines_under_a_story_of_one_paragraph_still_goes():
    # The box is shorter than the story above it.
    story = [EN_SHORT[0], EN_SHORT[1] + " " + EN_SHORT[2]]
    headlines = ["- Council approves new harbour plan", "- Storm closes coastal road for a day",
                 "- School wins national science prize"]
    result = clean("\n".join([*story, *headlines]), learned=False)
    assert result.text == "\n".join(story)
    assert [removal.rule_id for removal in result.removals] == ["generic.headline-list"]


def test_a_box_of_twelve_headlines_under_a_story_of_one_paragraph_still_goes():
    # Longer than the story, but no longer than a box of other headlines may be.
    story = [EN_SHORT[0], EN_SHORT[1]]
    headlines = [f"- {place} {event}" for place in ("Harbour", "Island", "Valley")
                 for event in ("council approves new parking plan", "school wins national science prize",
                               "bakery opens a second shop on the square", "museum reopens its painting galleries")]
    result = clean("\n".join([*story, *headlines]), learned=False)
    assert result.text == "\n".join(story)
    assert [removal.rule_id for removal in result.removals] == ["generic.headline-list"]


def test_a_long_box_of_headlines_under_a_story_of_three_paragraphs_still_goes():
    # Under three paragraphs, however long the lists below, they follow an article.
    story = [*EN_SHORT, "The operator thanked passengers for their patience during the two days of disruption."]
    headlines = [f"- {headline}" for headline in (
        "Council approves new harbour plan after a long debate", "Storm closes coastal road for a day",
        "School wins national science prize for its weather station", "Bakery chain opens ten new shops in the county",
        "Museum reopens its painting galleries after restoration", "Fishermen protest against new quota rules",
        "Lifeboat crew rescues two sailors off the northern cape", "Island school gets a new roof before winter")]
    result = clean("\n".join([*story, *headlines]), learned=False)
    assert result.text == "\n".join(story)
    assert [removal.rule_id for removal in result.removals] == ["generic.headline-list"]


# A short news item of one or two paragraphs, then other stories' headlines as unmarked
# bullets (the box's heading, when there is one, names no marker the lexicons know).
SHORT_NEWS = {
    "en": ["Bridge reopens after repairs",
           "The old bridge over the river reopened to traffic on Tuesday after four months of repairs, the council said.",
           "Buses will use it again from next week."],
    "fr": ["Le pont rouvre après des travaux",
           "Le vieux pont sur la rivière a rouvert à la circulation mardi après quatre mois de travaux, a indiqué la mairie.",
           "Les bus l'emprunteront de nouveau dès la semaine prochaine."],
    "es": ["El puente reabre tras las obras",
           "El viejo puente sobre el río volvió a abrirse al tráfico el martes después de cuatro meses de obras, informó el ayuntamiento.",
           "Los autobuses volverán a cruzarlo la semana que viene."],
    "de": ["Brücke nach Reparatur wieder offen",
           "Die alte Brücke über den Fluss ist am Dienstag nach vier Monaten Bauzeit wieder für den Verkehr freigegeben worden, teilte die Stadt mit.",
           "Die Busse fahren ab nächster Woche wieder darüber."],
    "ar": ["إعادة فتح الجسر بعد الإصلاحات",
           "أعيد فتح الجسر القديم فوق النهر أمام حركة السير يوم الثلاثاء بعد أربعة أشهر من أعمال الإصلاح، بحسب ما أعلنت البلدية.",
           "وستعود الحافلات إلى عبوره ابتداء من الأسبوع المقبل."],
    "fa": ["پل قدیمی پس از تعمیر بازگشایی شد",
           "پل قدیمی روی رودخانه روز سه‌شنبه پس از چهار ماه تعمیر دوباره به روی خودروها باز شد، به گفته شهرداری.",
           "اتوبوس‌ها از هفته آینده دوباره از روی آن عبور می‌کنند."],
}
OTHER_HEADLINES = {
    "en": ["Transport minister opens the new station in the coastal town", "Power cut hits three districts north of the capital",
           "Farmers count the cost of the late frost", "Hospital opens a new children's ward", "Ferry fares rise for the summer season",
           "Police search for a missing hiker in the hills", "Local choir wins the national contest", "Schools close early ahead of the storm",
           "Museum lends its oldest map to a foreign gallery", "Fishermen protest against the new quota rules", "Cyclists ask for a safer road to the port",
           "Airport adds two routes to the south", "Library extends its opening hours on weekdays", "Heat wave expected to last until Sunday",
           "Bakery chain opens ten new shops in the county", "Lifeboat crew rescues two sailors off the cape", "Council delays the vote on parking fees",
           "Tram line closes for a week of works", "Village fair draws record crowds", "New cycle path opens along the river"],
    "fr": ["Le ministre des Transports inaugure la nouvelle gare de la ville côtière", "Une coupure de courant touche trois quartiers au nord de la capitale",
           "Les agriculteurs comptent les dégâts du gel tardif", "L'hôpital ouvre un nouveau service pour enfants", "Les tarifs des ferries augmentent pour l'été",
           "La police recherche un randonneur disparu dans les collines", "La chorale locale remporte le concours national", "Les écoles ferment plus tôt avant la tempête",
           "Le musée prête sa plus vieille carte à une galerie étrangère", "Les pêcheurs protestent contre les nouveaux quotas", "Les cyclistes réclament une route plus sûre vers le port",
           "L'aéroport ajoute deux lignes vers le sud", "La bibliothèque prolonge ses horaires en semaine", "La canicule devrait durer jusqu'à dimanche",
           "Une chaîne de boulangeries ouvre dix magasins dans le département", "Les sauveteurs en mer secourent deux marins au large du cap", "Le conseil reporte le vote sur le stationnement",
           "La ligne de tram ferme une semaine pour travaux", "La foire du village attire une foule record", "Une nouvelle piste cyclable ouvre le long de la rivière"],
    "es": ["El ministro de Transportes inaugura la nueva estación del pueblo costero", "Un apagón afecta a tres barrios al norte de la capital",
           "Los agricultores calculan los daños de la helada tardía", "El hospital abre una nueva planta infantil", "Suben las tarifas del ferry para el verano",
           "La policía busca a un senderista desaparecido en los montes", "El coro local gana el concurso nacional", "Los colegios cierran antes por la tormenta",
           "El museo presta su mapa más antiguo a una galería extranjera", "Los pescadores protestan contra las nuevas cuotas", "Los ciclistas piden una carretera más segura hacia el puerto",
           "El aeropuerto añade dos rutas hacia el sur", "La biblioteca amplía su horario entre semana", "La ola de calor durará hasta el domingo",
           "Una cadena de panaderías abre diez tiendas en la comarca", "Los socorristas rescatan a dos marineros frente al cabo", "El pleno aplaza la votación sobre el aparcamiento",
           "La línea de tranvía cierra una semana por obras", "La feria del pueblo bate récord de visitantes", "Abre un nuevo carril bici junto al río"],
    "de": ["Verkehrsminister eröffnet den neuen Bahnhof der Küstenstadt", "Stromausfall trifft drei Bezirke im Norden der Hauptstadt",
           "Bauern zählen die Schäden des späten Frosts", "Krankenhaus eröffnet eine neue Kinderstation", "Fährpreise steigen zur Sommersaison",
           "Polizei sucht vermissten Wanderer in den Hügeln", "Stadtchor gewinnt den nationalen Wettbewerb", "Schulen schließen früher wegen des Sturms",
           "Museum verleiht seine älteste Karte ins Ausland", "Fischer protestieren gegen die neuen Fangquoten", "Radfahrer fordern einen sicheren Weg zum Hafen",
           "Flughafen bietet zwei neue Strecken in den Süden an", "Bibliothek verlängert ihre Öffnungszeiten unter der Woche", "Hitzewelle soll bis Sonntag dauern",
           "Bäckereikette eröffnet zehn neue Filialen im Kreis", "Seenotretter bergen zwei Segler vor dem Kap", "Stadtrat vertagt die Abstimmung über Parkgebühren",
           "Straßenbahnlinie schließt eine Woche für Bauarbeiten", "Dorffest zieht so viele Besucher an wie nie", "Neuer Radweg am Fluss eröffnet"],
    "ar": ["وزير النقل يفتتح المحطة الجديدة في البلدة الساحلية", "انقطاع الكهرباء عن ثلاثة أحياء شمال العاصمة",
           "المزارعون يحصون خسائر الصقيع المتأخر", "المستشفى يفتتح جناحا جديدا للأطفال", "ارتفاع أسعار العبارات في موسم الصيف",
           "الشرطة تبحث عن متنزه مفقود في التلال", "جوقة المدينة تفوز بالمسابقة الوطنية", "المدارس تغلق مبكرا قبل العاصفة",
           "المتحف يعير أقدم خرائطه لمعرض أجنبي", "الصيادون يحتجون على الحصص الجديدة", "راكبو الدراجات يطالبون بطريق أكثر أمانا إلى الميناء",
           "المطار يضيف خطين نحو الجنوب", "المكتبة تمدد ساعات عملها في أيام الأسبوع", "موجة الحر تستمر حتى يوم الأحد",
           "سلسلة مخابز تفتتح عشرة فروع في المحافظة", "فرق الإنقاذ تنقذ بحارين قبالة الرأس", "المجلس يؤجل التصويت على رسوم المواقف",
           "إغلاق خط الترام أسبوعا للأشغال", "معرض القرية يجذب أعدادا قياسية من الزوار", "افتتاح مسار جديد للدراجات على ضفة النهر"],
    "fa": ["وزیر راه ایستگاه تازه شهر ساحلی را افتتاح کرد", "قطعی برق سه محله شمال پایتخت را فرا گرفت",
           "کشاورزان خسارت سرمای دیررس را برآورد می‌کنند", "بیمارستان بخش تازه کودکان را گشود", "بلیت کشتی در فصل تابستان گران شد",
           "پلیس در جست‌وجوی کوهنورد گمشده در تپه‌هاست", "گروه کر شهر در مسابقه سراسری برنده شد", "مدرسه‌ها پیش از توفان زودتر تعطیل شدند",
           "موزه قدیمی‌ترین نقشه خود را به نگارخانه‌ای خارجی امانت داد", "ماهیگیران به سهمیه‌های تازه اعتراض کردند", "دوچرخه‌سواران راهی امن‌تر تا بندر می‌خواهند",
           "فرودگاه دو مسیر تازه به جنوب افزود", "کتابخانه ساعت کار خود را در روزهای هفته بیشتر کرد", "گرمای هوا تا یکشنبه ادامه دارد",
           "یک فروشگاه زنجیره‌ای نان ده شعبه تازه باز کرد", "امدادگران دریایی دو ملوان را نجات دادند", "شورای شهر رأی‌گیری درباره پارکینگ را عقب انداخت",
           "خط تراموا یک هفته برای تعمیر بسته می‌شود", "بازارچه روستا شمار بی‌سابقه‌ای بازدیدکننده داشت", "مسیر تازه دوچرخه کنار رودخانه باز شد"],
}
# Headings no lexicon names, so that the box is found by its shape ("آخر الأخبار" is ar.dont-miss's).
BOX_HEADINGS = {"en": "Elsewhere today", "fr": "Ailleurs aujourd'hui", "es": "Hoy en otras partes",
                "de": "Anderswo heute", "ar": "من هنا وهناك", "fa": "دیگر خبرهای امروز"}


@pytest.mark.parametrize("count", [13, 16, 20])
@pytest.mark.parametrize("headed", [False, True])
@pytest.mark.parametrize("language", sorted(SHORT_NEWS))
def test_many_headlines_under_a_short_news_item_are_a_box_not_the_article(language, headed, count):
    # However many items a box holds, under a heading or none, a short story above it does
    # not make it the article's (a guard that kept such lists as a press review kept these).
    story = SHORT_NEWS[language]
    box = [BOX_HEADINGS[language]] * headed + [f"- {headline}" for headline in OTHER_HEADLINES[language][:count]]
    result = clean("\n".join([*story, *box]), learned=False)
    assert result.text.startswith("\n".join(story))
    assert not any(headline in result.text for headline in OTHER_HEADLINES[language])
    assert "generic.headline-list" in [removal.rule_id for removal in result.removals]


@pytest.mark.parametrize("language", sorted(SHORT_NEWS))
def test_the_articles_own_list_above_a_box_does_not_count_among_the_boxs_items(language):
    # Nine bullets of the article's own (sentences) and its closing paragraph, then a box of
    # four headlines: the article's list is no part of the box, which counts four items.
    story, headlines = SHORT_NEWS[language], OTHER_HEADLINES[language]
    own = [f"- {headline}." for headline in headlines[10:19]]
    article = [story[0], story[1], *own, story[1]]
    box = [BOX_HEADINGS[language], *(f"- {headline}" for headline in headlines[:4])]
    result = clean("\n".join([*article, *box]), learned=False)
    assert result.text.startswith("\n".join(article))
    assert not any(headline in result.text for headline in headlines[:4])
    assert "generic.headline-list" in [removal.rule_id for removal in result.removals]


# A box of the site's most-read stories numbered one to fifteen, and a menu numbered one to
# fourteen, under a story of four paragraphs: numbered past a box's usual length, still no
# part of the article (a guard that kept lists numbered past twelve kept these; it is gone).
MENUS = {
    "en": ["Home", "News", "Politics", "Business", "Sport", "Culture", "Science", "Health", "Travel",
           "Weather", "Opinion", "Video", "Podcasts", "Photos"],
    "fr": ["Accueil", "Actualités", "Politique", "Économie", "Sport", "Culture", "Sciences", "Santé", "Voyages",
           "Météo", "Opinions", "Vidéos", "Podcasts", "Photos"],
    "es": ["Inicio", "Noticias", "Política", "Economía", "Deportes", "Cultura", "Ciencia", "Salud", "Viajes",
           "Tiempo", "Opinión", "Vídeos", "Pódcasts", "Fotos"],
    "de": ["Startseite", "Nachrichten", "Politik", "Wirtschaft", "Sport", "Kultur", "Wissen", "Gesundheit", "Reisen",
           "Wetter", "Meinung", "Videos", "Podcasts", "Fotos"],
    "ar": ["الرئيسية", "أخبار", "سياسة", "اقتصاد", "رياضة", "ثقافة", "علوم", "صحة", "سفر",
           "طقس", "رأي", "فيديو", "بودكاست", "صور"],
    "fa": ["خانه", "خبر", "سیاست", "اقتصاد", "ورزش", "فرهنگ", "دانش", "سلامت", "سفر",
           "هواشناسی", "دیدگاه", "ویدیو", "پادکست", "عکس"],
}


def _story_of_four_paragraphs(language: str) -> list[str]:
    story = SHORT_NEWS[language]
    return [*story, story[1], story[2]]


@pytest.mark.parametrize("language", sorted(SHORT_NEWS))
def test_a_numbered_box_of_fifteen_most_read_stories_under_a_story_goes(language):
    story = _story_of_four_paragraphs(language)
    box = [f"{number}. {headline}" for number, headline in enumerate(OTHER_HEADLINES[language][:15], 1)]
    result = clean("\n".join([*story, *box]), learned=False)
    assert result.text == "\n".join(story)
    assert [removal.rule_id for removal in result.removals] == ["generic.headline-list"]


@pytest.mark.parametrize("language", sorted(MENUS))
def test_a_numbered_menu_of_fourteen_items_under_a_story_goes(language):
    story = _story_of_four_paragraphs(language)
    menu = [f"{number}. {item}" for number, item in enumerate(MENUS[language], 1)]
    result = clean("\n".join([*story, *menu]), learned=False)
    assert result.text == "\n".join(story)


def test_a_numbered_box_of_ten_headlines_still_goes():
    box = [f"{number}. {headline}" for number, headline in enumerate((
        "Council approves new harbour plan", "Storm closes coastal road for a day", "School wins national science prize",
        "Bakery chain opens ten new shops", "Museum reopens its painting galleries", "Fishermen protest against quotas",
        "Lifeboat crew rescues two sailors", "Island school gets a new roof", "Town band plays its last concert",
        "New cycle path opens along the river"), 1)]
    closing = "The operator thanked passengers for their patience during the two days of disruption."
    result = clean("\n".join([*EN_SHORT, closing, *box]), learned=False)
    assert result.text == "\n".join([*EN_SHORT, closing])
    assert [removal.rule_id for removal in result.removals] == ["generic.headline-list"]


SITEMAP = {"Sport": ["Football", "Tennis", "Cycling", "Athletics", "Motor racing"],
           "Economy": ["Markets", "Companies", "Jobs", "Property", "Personal finance"],
           "Culture": ["Books", "Music", "Film", "Theatre", "Art"]}


def test_a_footer_of_headed_link_lists_under_a_short_story_goes():
    # A site map's sections, each a heading over its links, under a story of two paragraphs:
    # shaped like lists under headings of their own, and no part of the article.
    story = SHORT_NEWS["en"]
    footer = [line for heading, links in SITEMAP.items() for line in (heading, *(f"- {link}" for link in links))]
    result = clean("\n".join([*story, *footer]), learned=False)
    assert result.text.startswith("\n".join(story))
    assert not any(f"- {link}" in result.text.split("\n") for links in SITEMAP.values() for link in links)


HOW_TO = {
    "en": ("How to apply for the new resident parking permit",
           "From September the city issues parking permits online only. Residents of a permit zone "
           "must apply through the service portal, and the office has summed up the steps.",
           ["Step 1", "Open an account on the portal", "Step 2", "Upload the car papers",
            "Step 3", "Choose your zone", "Step 4", "Pay the fee"],
           "The permit is tied to the number plate and is valid for two years."),
    "de": ("So beantragen Sie den neuen Parkausweis für Anwohner",
           "Ab September gibt die Stadt Parkausweise nur noch online aus. Wer in einer Zone wohnt, "
           "muss den Antrag im Portal stellen, und das Amt hat die Schritte zusammengefasst.",
           ["Schritt 1", "Konto im Portal anlegen", "Schritt 2", "Fahrzeugschein hochladen",
            "Schritt 3", "Zone auswählen", "Schritt 4", "Gebühr bezahlen"],
           "Der Ausweis ist an das Kennzeichen gebunden und gilt zwei Jahre."),
    "ar": ("كيف تحصل على تصريح الوقوف الجديد للسكان",
           "بدءا من سبتمبر لن تصدر البلدية تصاريح الوقوف إلا عبر الإنترنت، وعلى سكان المناطق "
           "المعنية تقديم الطلب عبر البوابة الإلكترونية، وقد لخص المكتب الخطوات.",
           ["الخطوة 1", "افتح حسابا في البوابة", "الخطوة 2", "حمل أوراق السيارة",
            "الخطوة 3", "اختر منطقتك", "الخطوة 4", "ادفع الرسوم"],
           "ويرتبط التصريح برقم اللوحة ويبقى صالحا لمدة عامين."),
}


@pytest.mark.parametrize("language", sorted(HOW_TO))
def test_the_steps_of_a_how_to_under_counter_labels_are_kept(language):
    title, intro, steps, closing = HOW_TO[language]
    text = "\n".join([title, intro, *steps, closing])
    assert clean(text).text == text


def test_a_pager_of_counter_labels_side_by_side_still_goes():
    title, intro, _, closing = HOW_TO["en"]
    pager = ["Page 1", "Page 2", "Page 3", "Page 4"]
    lines = [title, intro, closing, intro.replace("September", "October"), *pager, closing.replace("two", "three")]
    assert not set(pager) & set(clean("\n".join(lines)).text.split("\n"))


@pytest.mark.parametrize("box", [["Home", "Part 1", "News", "Part 2", "Sport"],
                                 ["In this series", "Part 1", "The drowned valley", "Part 2", "What the river left"]])
def test_counters_among_other_items_inside_the_article_are_still_a_menu(box):
    title, intro, _, closing = HOW_TO["en"]
    lines = [title, intro, *box, closing, intro.replace("September", "October")]
    assert not set(box) & set(clean("\n".join(lines), learned=False).text.split("\n"))


# A fact box of figures under a paragraph is the article's; a widget of phrases between two
# paragraphs (sections, an author's box) is not, however long its items.
FIGURE_BOXES = {
    "en": (["Parking permits can now be renewed at the library",
            "Residents can now renew a parking permit at the library as well as at the town hall, "
            "the council said on Monday.", "The new scheme in figures"],
           ["Permits issued 4,200", "Fee from 1 May 35 euros", "Zones covered 12", "Opening hours"],
           "Renewals made online keep their old number, the council added, and the fee can be paid by card."),
    "es": (["San Roque estrena su piscina municipal",
            "El ayuntamiento abrió el lunes la nueva piscina municipal del barrio de San Roque, "
            "tras dos años de obras y varios retrasos.", "La piscina en cifras"],
           ["Vaso de 25 metros", "Aforo de 400 bañistas", "Coste 1,8 millones", "Horario de verano"],
           "De lunes a viernes abre de 10 a 21 horas."),
}
WIDGETS = [
    ["About the author", "Anna Berg", "Reporter on the city desk", "All articles by Anna Berg"],
    ["City and county", "Schools and childcare", "Roads and transport", "Arts and culture"],
    # Figures in every row, but one template filled row after row.
    ["Mon 12° light rain", "Tue 9° heavy showers", "Wed 11° sunny spells", "Thu 8° strong wind"],
]


@pytest.mark.parametrize("language", sorted(FIGURE_BOXES))
def test_a_fact_box_of_figures_under_a_paragraph_is_the_articles_own(language):
    above, items, below = FIGURE_BOXES[language]
    text = "\n".join([*above, *items, below])
    for learned in (False, True):
        assert clean(text, learned=learned).text == text


@pytest.mark.parametrize("widget", WIDGETS, ids=["author", "sections", "weather"])
def test_a_widget_of_phrases_between_paragraphs_still_goes(widget):
    above, _, below = FIGURE_BOXES["en"]
    more = ["The library desk is open on weekdays from nine to six and on Saturday mornings, and "
            "residents need to bring proof of their address and the car's papers.",
            "The council expects most of the four thousand permits in the town to be renewed online "
            "or at the library before the old paper permits run out at the end of June."]
    result = clean("\n".join([*above[:2], *more, *widget, below]), learned=False)
    assert not set(widget) & set(result.text.split("\n"))
