"""What stands just above and just below the article body: rules that may fire only there,
and the headline's deck on a rendered page."""

import pytest

from cleaner import clean, load_rules
from cleaner import heuristics as h

BODY = [
    "The council voted on Tuesday to close the old bridge to cars from next month, officials said.",
    "Engineers found cracks in two of the supporting piers during an inspection in the spring.",
    "A temporary footbridge will open alongside it in June, and buses will be diverted via the ring road.",
]

# A made-up lexicon: a "Desk" line is a credit wherever it stands outside the article, and a
# "Chief" line (an author's post) only below the page's first line.
RULES = """language = "*"
[[rule]]
id = "edge.desk"
kind = "phrase"
pattern = "Desk"
action = "metadata"
field = "byline"
position = "outside"
why = "A desk credit."

[[rule]]
id = "edge.post"
kind = "phrase"
pattern = "Chief"
action = "metadata"
field = "byline"
position = "head"
skip_first_line = true
why = "An author's post."
"""


def rules(tmp_path):
    generic = tmp_path / "generic"
    generic.mkdir()
    (generic / "edge.toml").write_text(RULES, encoding="utf-8")
    return load_rules(tmp_path)


def test_an_outside_rule_fires_above_and_below_the_body_never_inside_it(tmp_path):
    raw = "\n".join(["Desk of the city news", BODY[0], "Desk notes for the day", BODY[1], BODY[2],
                     "Desk of the weekend team"])
    result = clean(raw, rules=rules(tmp_path))
    assert result.text == "\n".join([BODY[0], "Desk notes for the day", BODY[1], BODY[2]])
    assert [(r.first_line, r.rule_id) for r in result.removals] == [(1, "edge.desk"), (6, "edge.desk")]
    assert result.metadata["byline"] == ["of the city news", "of the weekend team"]


def test_skip_first_line_keeps_the_headline_and_takes_the_lines_under_it(tmp_path):
    raw = "\n".join(["Chief engineer warns of bridge cracks", "Chief engineer, City Works Department",
                     *BODY])
    result = clean(raw, rules=rules(tmp_path))
    assert result.text == "\n".join(["Chief engineer warns of bridge cracks", *BODY])
    assert [(r.first_line, r.rule_id) for r in result.removals] == [(2, "edge.post")]


MENU = ["Home", "News", "Sport", "Business", "Culture", "Travel", "Opinion", "Weather", "Video"]
HEADLINE = "Old bridge to close to cars after engineers find cracks"
CAPTION = "The old bridge seen from the river. Photograph: Sam Reed for the Herald"
DECK = "Repairs will take two years and cost more than the council had set aside for them"


def test_a_deck_under_the_lead_photo_caption_stays_on_a_rendered_page():
    raw = "\n".join([HEADLINE + " | City Herald", *MENU, HEADLINE, CAPTION, DECK,
                     "Updated 14 March 2025", *BODY])
    result = clean(raw, learned=False)
    assert result.text == "\n".join([HEADLINE, DECK, *BODY])
    dropped = {r.text: r.rule_id for r in result.removals}
    assert dropped[CAPTION] == "generic.header-chrome"


def test_chrome_between_the_caption_and_the_deck_still_ends_the_deck():
    raw = "\n".join([HEADLINE + " | City Herald", *MENU, HEADLINE, CAPTION, "Share this article",
                     DECK, *BODY])
    result = clean(raw, learned=False)
    assert result.text == "\n".join([HEADLINE, *BODY])


# A menu longer than a short header over a headline and its deck, with no <title> line above
# them: the headline is the first of the two, not a menu item (scripts with and without capitals).
MENU_HEADLINE_DECK = {
    "en": ([*MENU, "Business"], HEADLINE, DECK, BODY),
    "de": (["Startseite", "Politik", "Wirtschaft", "Sport", "Kultur", "Reise", "Meinung", "Wetter", "Region"],
           "Alte Brücke wird nach Rissen für Autos gesperrt",
           "Die Reparatur dauert zwei Jahre und kostet deutlich mehr als von der Stadt geplant",
           ["Der Stadtrat hat am Dienstag beschlossen, die alte Brücke ab dem nächsten Monat für Autos zu sperren.",
            "Ingenieure hatten bei einer Prüfung im Frühjahr Risse in zwei der tragenden Pfeiler gefunden.",
            "Eine provisorische Fußgängerbrücke soll im Juni daneben eröffnet werden, die Busse fahren über den Ring."]),
    "ar": (["الرئيسية", "أخبار", "سياسة", "اقتصاد", "رياضة", "ثقافة", "سفر", "رأي", "محليات"],
           "إغلاق الجسر القديم أمام السيارات بعد اكتشاف تشققات",
           "الإصلاحات تستغرق عامين وتكلف أكثر مما رصدته البلدية لها في ميزانية هذا العام",
           ["قرر المجلس البلدي يوم الثلاثاء إغلاق الجسر القديم أمام السيارات ابتداء من الشهر المقبل.",
            "وكان المهندسون قد عثروا على تشققات في دعامتين من دعائم الجسر خلال فحص أجري في الربيع.",
            "وسيفتتح جسر مؤقت للمشاة إلى جانبه في يونيو، فيما تحول الحافلات إلى الطريق الدائري."]),
}


@pytest.mark.parametrize("language", sorted(MENU_HEADLINE_DECK))
@pytest.mark.parametrize("learned", [False, True], ids=["heuristics", "with the model"])
def test_a_headline_over_its_deck_under_a_menu_stays(language, learned):
    menu, headline, deck, body = MENU_HEADLINE_DECK[language]
    result = clean("\n".join([*menu, headline, deck, *body]), learned=learned)
    assert result.text == "\n".join([headline, deck, *body])


def test_a_japanese_headline_as_long_as_a_paragraph_over_its_deck_and_date_stays():
    # Counted in its signs, the headline is twice as long as its deck, as another story's
    # teaser over a short headline is; it names the story twice, as no such teaser does.
    headline = "港湾フェリー、5月から20分間隔で運航へ　市議会が予算案を可決、利用者の待ち時間短縮"
    deck = "夏季は臨時便も2隻増便"
    body = ["市の交通委員会は14日、港湾フェリーを5月1日から20分間隔で運航する新しい時刻表を全会一致で可決した。"
            "平日朝の試験運航で両桟橋の待ち時間が大幅に短縮されたことを受けた。",
            "委員会によると、観光客が最も多い夏季には臨時便として2隻を借り上げ、港湾フェリーの輸送力を高める。"
            "運賃は年末まで据え置かれる。",
            "市の担当者は「通勤客と観光客の双方にとって便利になる」と話している。"]
    page = ["港町新聞", "ニュース", "地域", "経済", "スポーツ", "くらし", "ホーム > 地域 > 交通", "",
            headline, deck, "2025年3月14日 18時05分", "X", "Facebook", "", *body]
    assert clean("\n".join(page)).text == "\n".join([headline, deck, *body])


@pytest.mark.parametrize("learned", [False, True], ids=["heuristics", "with the model"])
def test_the_headline_over_the_credits_stays_and_the_photo_caption_under_them_goes(learned):
    # The caption names the story in a phrase, as a headline under a blog's tags and date does;
    # the headline and deck over the byline name it in two words, as no tag line does.
    headline = "Harbour ferry to run every twenty minutes from May"
    deck = "Two leased boats will carry the summer crowds between the piers"
    body = ["The harbour ferry will run every twenty minutes from the first of May, the transport board said "
            "on Thursday, after a trial on weekday mornings cut queues at both piers.",
            "Board members approved the timetable unanimously and said two more boats would be leased for "
            "the summer season, when the ferry carries most tourists.",
            "Fares stay as they are until the end of the year, the board added."]
    page = ["Northern Courier", "Home", "News", "Business", "Sport", "Culture", "Opinion", "Video", "Search", "",
            "Home › News › Transport", "", headline, deck, "By Ann Berg",
            "Published 14 March 2025, 10:35 | Updated 14 March 2025, 13:12", "Reading time: 3 minutes",
            "The harbour ferry at the east pier (Northern Courier)", "Share", "Facebook", "WhatsApp", "", *body]
    assert clean("\n".join(page), learned=learned).text == "\n".join([headline, deck, *body])


@pytest.mark.parametrize("deck", [[], [DECK]], ids=["no deck", "deck"])
@pytest.mark.parametrize("teaser", ["Storm damage closes the coastal road for a second week running",
                                    "Trending: Lottery winner gives the whole prize to the lifeboat crew",
                                    "Transport and the Regions"])
def test_a_teaser_or_section_over_the_headline_under_a_menu_is_not_the_headline(teaser, deck):
    result = clean("\n".join([*MENU, teaser, HEADLINE, *deck, *BODY]), learned=False)
    assert result.text == "\n".join([HEADLINE, *deck, *BODY])


@pytest.mark.parametrize("trail", ["Home > Region > City news > Bridges", "Accueil » Régions » Bretagne",
                                   "You are here: Home › Local › Transport",
                                   "Start ▸ Skola ▸ Vård ▸ Trafik ▸ Bostad"])
def test_a_breadcrumb_trail_goes_and_never_stands_in_for_the_headline(trail):
    result = clean("\n".join([*MENU, HEADLINE, trail, *BODY]), learned=False)
    assert result.text == "\n".join([HEADLINE, *BODY])


@pytest.mark.parametrize("line", ["« Oui » , « Non » , « Peut-être »",
                                  "Open the editor (Dashboard > Template > Edit HTML) and tick the box"])
def test_guillemets_and_arrows_inside_a_sentence_are_no_trail(line):
    assert not h.is_trail(line)


THREAD = ["Readers' views (2)", "Tom Price", "2025-03-14 10:02", "Good riddance, it was never safe.",
          "Ann Lee", "2025-03-14 11:40", "Where will the buses stop now?"]
# Comment heads that hold the name and the stamp on one line (WordPress, most blogs).
ONE_LINE_THREAD = ["Tom Price March 14, 2025 at 10:02 am", "Good riddance, it was never safe.", "Reply",
                   "Ann Lee says: March 14, 2025 at 11:40 am", "Where will the buses stop now?", "Reply"]


@pytest.mark.parametrize("thread", [THREAD, ONE_LINE_THREAD], ids=["name over stamp", "name and stamp on one line"])
def test_a_comment_thread_without_a_known_heading_is_cut_where_it_starts(thread):
    # At its heading when it has one, else at its first head.
    result = clean("\n".join([*BODY, *thread]), learned=False)
    assert result.text == "\n".join(BODY)
    assert [(r.first_line, r.rule_id) for r in result.removals] == [(4, "generic.comment-thread")]


def test_one_name_over_a_date_is_a_signature_not_a_thread():
    result = clean("\n".join([*BODY, "Tom Price", "2025-03-14 10:02"]), learned=False)
    assert result.text == "\n".join(BODY)
    assert [(r.first_line, r.rule_id) for r in result.removals][0] == (4, "generic.byline")


@pytest.mark.parametrize("heading", ["Readers' views (1)", "1 reply so far", "Comments: 1",
                                     "Reader comments (1 comment)", "التعليقات (١)"])
def test_one_comment_under_a_heading_that_counts_it_is_a_thread(heading):
    result = clean("\n".join([*BODY, heading, "Tom Price", "2025-03-14 10:02", "Good riddance, it was never safe."]),
                   learned=False)
    assert result.text == "\n".join(BODY)
    assert [(r.first_line, r.rule_id) for r in result.removals] == [(4, "generic.comment-thread")]


@pytest.mark.parametrize("heading", ["Update", "Readers' views (2)",
                                     # A figure after a word, or before a full stop or a
                                     # bracket, numbers a section, not comments.
                                     "Update 1", "Stop 1", "الحلقة 1", "1. Update",
                                     "1) The first stop"])
def test_one_name_over_a_stamp_under_a_heading_that_does_not_count_it_stays(heading):
    # An update signed inside the article, and a count that is not the one head's.
    text = "\n".join([*BODY, heading, "Tom Price", "2025-03-14 10:02",
                      "The council confirmed the new timetable for the ferry on Friday evening."])
    result = clean(text, learned=False)
    assert "generic.comment-thread" not in {r.rule_id for r in result.removals}
    assert "The council confirmed the new timetable for the ferry on Friday evening." in result.text


def test_a_timeline_of_dated_paragraphs_in_the_article_stays():
    timeline = ["Timeline", "2019-05-02", "Cracks are first reported by a ferry captain to the harbour office.",
                "Survey", "2021-09-30", "A survey finds the piers weaker than the plans had assumed they were.",
                "Vote", "2025-03-11", "The council votes to close the bridge to cars from next month on."]
    result = clean("\n".join([*BODY, *timeline, BODY[0]]), learned=False)
    assert "generic.comment-thread" not in {r.rule_id for r in result.removals}
    assert "Cracks are first reported by a ferry captain to the harbour office." in result.text


def test_a_fixture_list_with_dates_and_kick_off_times_in_the_article_stays():
    # Rows with a year and a clock time but no sentence between them: a table, not comments.
    fixtures = ["Brighton v Arsenal 14 March 2025 20:00", "Everton v Fulham 15 March 2025 15:00",
                "Tottenham v Chelsea 16 March 2025 16:30"]
    text = "\n".join([*BODY, *fixtures, BODY[0]])
    result = clean(text, learned=False)
    assert result.text == text


def test_a_forum_page_whose_text_is_the_thread_is_not_cut_as_comments():
    # Its first posts are too short to be prose: the "article" starts inside the thread.
    texts = ["Anyone know when the bridge shuts?", "Next month, I think.", *BODY, *BODY]
    posts = []
    for number, text in enumerate(texts):
        posts += [["Tom Price", "Ann Lee", "Raj Patel"][number % 3], f"2025-03-{number + 10} 10:0{number}", text]
    result = clean("\n".join(posts), learned=False)
    assert "generic.comment-thread" not in {r.rule_id for r in result.removals}
    assert result.text.count(BODY[2]) == 2


def test_a_blogs_posts_each_signed_by_its_author_on_one_line_stay():
    # One opening word for every head: the author's, under each post of a blog's front page.
    posts = [*BODY[:2], "Posted by Harry on March 14, 2025 at 10:02 am", BODY[2],
             "Posted by Harry on March 13, 2025 at 9:15 am", BODY[0], "Posted by Harry on March 12, 2025 at 8:40 am"]
    result = clean("\n".join(posts), learned=False)
    assert "generic.comment-thread" not in {r.rule_id for r in result.removals}
    assert result.text.count(BODY[0]) == 2


def test_a_forum_whose_first_post_is_signed_on_one_line_is_not_cut_as_comments():
    posts = ["#1 Tom Price 14/03/2025, 10:00", *BODY]
    for number, name in enumerate(["Ann Lee", "Raj Patel", "Tom Price"]):
        posts += [f"#{number + 2} {name} 14/03/2025, 11:0{number}", BODY[number]]
    result = clean("\n".join(["Bridge closure: when?", *posts]), learned=False)
    assert "generic.comment-thread" not in {r.rule_id for r in result.removals}
    assert all(result.text.count(line) == 2 for line in BODY)



def test_a_diarys_entries_under_dated_and_timed_heads_are_the_article_not_a_thread():
    # One-line heads with a year and a clock time, one already inside the article under its
    # first paragraph: the article's own entries, however unlike comments' their words are.
    diary = ["Storm week on the islands: a ferry captain's diary",
             "For seven days in March the ferry link to the outer islands ran on a reduced timetable while "
             "a storm stalled over the coast, and our captain kept a log of every crossing.",
             "On the bridge, 3 March 2025, 07:40",
             "The morning crossing left twenty minutes late because the harbour crew had to double the "
             "mooring lines on the outer pier.",
             "In the harbour, 4 March 2025, 18:05",
             "Waves of four metres on the return leg; we turned back halfway and the passengers spent the "
             "night in the island school.",
             "At the island pier, 5 March 2025, 12:30",
             "A calm window at noon let us bring the stranded passengers home, and freight moved again."]
    text = "\n".join(diary)
    for learned in (False, True):
        assert clean(text, learned=learned).text == text


def test_a_byline_with_its_stamp_above_the_article_leaves_the_comment_thread_below_cut():
    # The byline's stamp is not signed like the comments' heads, so the page is no forum.
    byline = "Anna Berg 14 March 2025 09:12"
    comments = ["Tom Price March 14, 2025 at 10:02 am", "Good riddance, it was never safe to cross at night.",
                "Ann Lee March 14, 2025 at 11:40 am", "Where will the buses stop now that the bridge is shut?",
                "Raj Patel March 15, 2025 at 8:15 am", "The footbridge will be too narrow for prams, mark my words."]
    result = clean("\n".join(["Old bridge to close to cars", byline, *BODY, *comments]), learned=False)
    assert result.text == "\n".join(["Old bridge to close to cars", byline, *BODY])
    assert [r.rule_id for r in result.removals] == ["generic.comment-thread"]


COMMENTS = ["Tom Price March 14, 2025 at 10:02 am", "Good riddance, it was never safe to cross at night.",
            "Ann Lee March 14, 2025 at 11:40 am", "Where will the buses stop now that the bridge is shut?",
            "Raj Patel March 15, 2025 at 8:15 am", "The footbridge will be too narrow for prams, mark my words."]


@pytest.mark.parametrize("after", [1, 2])
def test_a_dateline_inside_the_article_neither_starts_the_thread_nor_hides_it(after):
    # The dateline is a one-line head with a date and a time, but written unlike the
    # commenters' heads below: the thread starts at the first of theirs, and the dateline
    # is no diary's entry that would make them the article's own.
    dateline = "Aldmoor depot, 14 March 2025, 09:30"
    article = [HEADLINE, *BODY[:after], dateline, *BODY[after:]]
    for learned in (False, True):
        result = clean("\n".join([*article, *COMMENTS]), learned=learned)
        assert result.text == "\n".join(article)
        assert [r.rule_id for r in result.removals] == ["generic.comment-thread"]


# A sidebar of the blog, longer than the post, that the page renders before it.
SIDEBAR = [
    "Welcome to the river blog, where I write about the town, its bridges and its ferries and about "
    "the people who keep them running, every week since the spring of 2009.",
    "Browse by topic: bridges, buses, council, ferries, harbour, history, parks, planning, rail, "
    "roads, schools, trams, walks, weather, and whatever else the week brings to the river.",
    "Browse by date: March 2025 (12), February 2025 (9), January 2025 (14), December 2024 (8), "
    "November 2024 (11), October 2024 (10), September 2024 (7), August 2024 (12).",
    "You are welcome to quote a post with a link back to it; republishing posts in their entirety, "
    "or selling them, is not allowed without asking me first, in writing, thank you.",
]


def test_the_article_starts_under_the_title_copy_however_small_beside_the_sidebar():
    raw = "\n".join(["River Blog: " + HEADLINE, *MENU, *SIDEBAR, "Archive", "Contact", "Links",
                     "Subscribe", HEADLINE, "14 March 2025", *BODY])
    result = clean(raw, learned=False)
    assert result.text == "\n".join([HEADLINE, *BODY])


def test_a_headline_holding_a_separator_is_still_the_title_copy():
    headline = "Old bridge closes - what it means for buses"
    raw = "\n".join([headline + " | City Herald", *MENU, *SIDEBAR, "Archive", "Contact", "Links",
                     "Subscribe", headline, *BODY])
    result = clean(raw, learned=False)
    assert result.text == "\n".join([headline, *BODY])


def test_a_title_over_its_copy_makes_a_short_header_a_rendered_page_with_footer_chrome():
    footer = ["Permalink", "Newer Post Older Post Home", "Archives", "Site Feed", "Followers"]
    raw = "\n".join(["River Blog: " + HEADLINE, "skip to main | skip to sidebar", HEADLINE, *BODY,
                     *footer])
    result = clean(raw, learned=False)
    assert result.text == "\n".join([HEADLINE, *BODY])
    assert {r.rule_id for r in result.removals} == {"generic.nav-run", "generic.footer-chrome"}


SIDEBAR_LINKS = ["About me", "Blog Archive", "October (5)", "September (14)", "Followers"]


def test_the_title_again_below_the_story_ends_it_when_what_follows_is_not_the_story():
    footer = [HEADLINE, "Posted by Sam Reed at 3:49 PM",
              "The views on this blog are the author's own and do not reflect those of any employer, "
              "client or organisation he has worked for at any time.", *SIDEBAR_LINKS]
    raw = "\n".join(["River Blog: " + HEADLINE, *MENU, HEADLINE, *BODY, *footer])
    result = clean(raw, learned=False)
    assert result.text == "\n".join([HEADLINE, *BODY])
    assert [r.rule_id for r in result.removals][-1] == "generic.title-tail"


def test_a_recipe_card_under_the_title_goes_on_with_the_story_and_stays():
    card = [HEADLINE, "Serves four", "Two bridges of bread, sliced", "One river of soup",
            "The council voted to heat the soup slowly; the engineers found the bread in the piers "
            "and the buses will be diverted via the ring road to collect it."]
    raw = "\n".join(["River Blog: " + HEADLINE, *MENU, HEADLINE, *BODY, *card])
    result = clean(raw, learned=False)
    assert "generic.title-tail" not in {r.rule_id for r in result.removals}
    assert result.text.endswith(card[-1])


def test_a_related_box_teaser_under_the_title_copy_does_not_move_the_start():
    # The page's own headline words differ from its title; a box below repeats the title
    # over a one-line teaser, which is small beside the article.
    teaser = "Engineers found cracks in two piers; the council will close the bridge to cars, officials said."
    raw = "\n".join([HEADLINE + " | City Herald", *MENU, "Cracks close the old bridge to cars", *BODY, *BODY,
                     "Related", "Archive", "Contact", "Links", HEADLINE, teaser])
    result = clean(raw, learned=False)
    assert result.text.startswith("\n".join(["Cracks close the old bridge to cars", *BODY, *BODY]))


def test_a_clean_article_whose_sub_heading_repeats_part_of_its_title_stays_whole():
    # "Name: quote" headlines are common; the quote again as a sub-heading is no headline copy
    # that should move the start, and a title over its own copy alone is no rendered page.
    quote = "I will bring the old bridge back at my own cost"
    lines = [f"Mayor Reed: {quote}", f"Mayor Reed: {quote}", BODY[0], BODY[1], quote, BODY[2], BODY[0]]
    result = clean("\n".join(lines), learned=False)
    assert result.text == "\n".join(lines)


LONG_TITLE = "This week on the river: why the council closed the old bridge to cars, and what comes next"


def test_a_long_page_title_over_its_copy_is_no_paragraph_that_starts_the_article():
    # The <title> is long enough to read as a paragraph; taken for the article's start, it
    # would make the sidebar's "Most popular" box the article's tail and cut the story.
    sidebar = ["Most popular", "Ferry timetable changes for the summer", "Harbour walk reopens",
               "Archive", "Contact"]
    raw = "\n".join([LONG_TITLE, *MENU, *sidebar, LONG_TITLE, "14 March 2025", *BODY])
    result = clean(raw, learned=False)
    assert result.text == "\n".join([LONG_TITLE, *BODY])


def test_trap_a_long_first_line_with_no_copy_below_is_still_the_articles_first_paragraph():
    opening = "The council closed the old bridge to cars on Tuesday, and buses now take the ring road instead."
    raw = "\n".join([opening, *BODY])
    assert clean(raw, learned=False).text == raw


WRAPPED_STORY = [
    "The first computer of the institute arrived by lorry in the summer of 1958, packed in",
    "eleven crates, and passed its acceptance tests in October after a long series of repairs.",
    "Its makers had promised it for the spring, but the factory was late with the memory drums,",
    "and the engineers who came with it, three of them from the north, spent August in the",
    "basement rewiring the power supply, which could not cope with the building's old cables.",
]


def test_a_line_of_a_paragraph_wrapped_at_the_source_is_no_caption():
    # lxml's text of an old page keeps its line breaks: a long line with clause commas
    # between two prose lines is a caption only if its sentence stops there.
    raw = "\n".join([HEADLINE + " | City Herald", *MENU, HEADLINE, *WRAPPED_STORY])
    result = clean(raw, learned=False)
    assert "generic.caption" not in {removal.rule_id for removal in result.removals}
    assert result.text == "\n".join([HEADLINE, *WRAPPED_STORY])


def test_trap_a_caption_between_two_paragraphs_still_goes():
    caption = "Engineers inspect the cracked piers of the old bridge on Monday, before the council vote"
    raw = "\n".join([HEADLINE + " | City Herald", *MENU, HEADLINE, BODY[0], caption, BODY[1], BODY[2]])
    result = clean(raw, learned=False)
    assert [removal.rule_id for removal in result.removals if removal.text == caption] == ["generic.caption"]
    assert result.text == "\n".join([HEADLINE, *BODY])


# Comments longer than the story above them, written for these tests.
LONG_COMMENTS = [
    "Tom Price", "2025-03-14 10:02",
    "I cross that bridge twice a day on my way to the workshop and have watched the cracks grow "
    "for years, so closing it is overdue, but the council should have planned the detour first.",
    "Ann Lee", "2025-03-14 11:40",
    "The buses will now take the ring road, which adds twenty minutes for everyone living on the "
    "east bank, and nobody has said when the repairs will actually start or who will pay for them.",
]


@pytest.mark.parametrize("heading", [[], ["Your say (2)"]])
def test_a_comment_thread_longer_than_a_two_paragraph_story_ends_it(heading):
    # Names over time stamps are no marker right under the headline, which a longer text
    # below would outweigh: under two paragraphs the thread ends the story at its first head.
    result = clean("\n".join([*BODY[:2], *heading, *LONG_COMMENTS]), learned=False)
    assert result.text == "\n".join(BODY[:2])
    assert [r.rule_id for r in result.removals] == ["generic.comment-thread"]


def test_a_thread_under_a_one_paragraph_story_is_not_cut():
    # One paragraph over a longer thread: too little to tell a story with comments from a
    # post with its replies.
    text = "\n".join([BODY[0], *LONG_COMMENTS])
    result = clean(text, learned=False)
    assert "generic.comment-thread" not in {r.rule_id for r in result.removals}
    assert BODY[0] in result.text


# A match report written for these tests: its headline over a one-paragraph lead, the match's
# facts and line-ups, then the report, eight times as long as the lead.
MATCH_HEADLINE = "Harbour United beat Island Rovers in a tense cup final"
MATCH_LEAD = ("Harbour United won the cup final against Island Rovers on Saturday, a late goal from their "
              "captain settling a tense match in front of a full Town Ground.")
MATCH_FACTS = ["Harbour United 2 - Island Rovers 1", "Goals: Erik Sand (12), Jon Lind (88); Anna Berg (40)",
               "Referee: Karin Holmqvist", "Attendance: 4,200", "Harbour United", "Tom Ek", "Nils Berg",
               "Per Holm", "Lars Dahl", "Erik Sand", "Jon Lind", "Island Rovers", "Ola Strom", "Sven Lund",
               "Jan Falk", "Anna Berg", "Bo Nyman"]
MATCH_REPORT = [
    "Harbour United started the final the stronger side, and their captain Erik Sand gave them the lead "
    "after twelve minutes with a low shot from the edge of the area that the Island Rovers keeper never saw.",
    "Island Rovers answered before the break: Anna Berg headed in a corner at the near post, and the "
    "visitors' supporters behind the goal sang through the whole of half time.",
    "After the break the final turned into a tense contest in midfield, with few chances at either end "
    "and three yellow cards shown in ten minutes as tackles grew later and heavier.",
    "Harbour United's coach brought on two fresh forwards with twenty minutes left, and the change gave "
    "his side the width it had lacked for most of the afternoon at the Town Ground.",
    "The winner came two minutes from time, when Jon Lind met a cross from the right and turned it past "
    "the Island Rovers keeper from six yards, to the loudest cheer of the season.",
    "Island Rovers pressed in the last minutes and hit the post in stoppage time, but Harbour United held "
    "on to lift the cup for the first time in eleven years.",
    "The captain said after the match that the final was the hardest game of the season, and thanked "
    "the supporters who had filled the Town Ground on a cold afternoon.",
    "Island Rovers' coach said his side had deserved a replay, but added that Harbour United had taken "
    "their chances in the final and were worthy winners of the cup.",
]


def test_a_headline_over_its_lead_starts_the_article_above_a_box_of_facts():
    # The lead is small beside the report, but the report goes on with its story: the page is
    # the article from its first line, not a menu's run over it.
    text = "\n".join([MATCH_HEADLINE, MATCH_LEAD] + MATCH_FACTS + MATCH_REPORT)
    for learned in (False, True):
        result = clean(text, learned=learned)
        assert result.text.startswith("\n".join([MATCH_HEADLINE, MATCH_LEAD] + MATCH_FACTS[:2]))
        assert result.text.endswith("\n".join(MATCH_REPORT))
        assert not [removal for removal in result.removals if removal.rule_id == "generic.nav-run"]


# A live blog's entries, each under its reporter's name and its time stamp.
LIVE_ENTRIES = [
    "Anna Berg", "2025-03-14 09:05", "The first cars were turned back at the east end of the bridge at nine, and "
    "a queue formed along the harbour road within minutes.",
    "Anna Berg", "2025-03-14 09:40", "Buses now run a shuttle from the station to the old ferry pier, where a "
    "temporary stop has been set up beside the ticket office.",
    "Tom Price", "2025-03-14 10:15", "The council's engineer told us the survey of the piers will take six weeks, "
    "and that no date for reopening can be given before it ends.",
    "Anna Berg", "2025-03-14 11:02", "Cyclists and pedestrians can still cross on the footbridge, which the "
    "council says is safe and will stay open through the works.",
]


def test_a_live_blogs_entries_under_one_reporters_name_and_stamp_are_the_article():
    # Two paragraphs of introduction, then entries whose heads are shaped like comments':
    # one name signs most of them, as no commenters do.
    text = "\n".join([HEADLINE, *BODY[:2], *LIVE_ENTRIES])
    for learned in (False, True):
        result = clean(text, learned=learned)
        assert "generic.comment-thread" not in {r.rule_id for r in result.removals}
        assert LIVE_ENTRIES[-1] in result.text and LIVE_ENTRIES[2] in result.text


@pytest.mark.parametrize("names", [["Tom Price", "Ann Lee", "Tom Price", "Raj Patel"],
                                   ["Tom Price", "Ann Lee", "Tom Price"]])
def test_a_thread_whose_commenters_each_sign_a_comment_or_two_is_still_cut(names):
    thread = [part for name, (_, stamp, text) in zip(names, zip(*[iter(LIVE_ENTRIES)] * 3)) for part in (name, stamp, text)]
    result = clean("\n".join([HEADLINE, *BODY[:2], *thread]), learned=False)
    assert result.text == "\n".join([HEADLINE, *BODY[:2]])
    assert [r.rule_id for r in result.removals] == ["generic.comment-thread"]


def test_a_thread_one_name_signs_over_several_days_is_still_cut():
    # "Anonymous" under most comments is no reporter: the stamps are of different days.
    entries = zip(*[iter(LIVE_ENTRIES)] * 3)
    thread = [part for day, (_, stamp, text) in enumerate(entries) for part in
              ("Anonymous", stamp.replace("-14 ", f"-{14 + day} "), text)]
    result = clean("\n".join([HEADLINE, *BODY[:2], *thread]), learned=False)
    assert result.text == "\n".join([HEADLINE, *BODY[:2]])
    assert [r.rule_id for r in result.removals] == ["generic.comment-thread"]


# A line-up inside the report: names, some with the substitute who came on (in brackets), and
# the coach; no line announces it with a colon.
LINE_UP = ["Harbour United line-up", "Tom Ek (60 Nils Berg)", "Per Holm", "Lars Dahl", "Erik Sand", "Jon Lind",
           "Bo Nyman (75 Sven Lund)", "Coach: Ola Strom"]


def test_a_line_ups_names_between_its_longer_items_stay():
    text = "\n".join([MATCH_HEADLINE, MATCH_LEAD, *MATCH_REPORT[:3], *LINE_UP, *MATCH_REPORT[3:]])
    for learned in (False, True):
        assert "\n".join(LINE_UP[1:]) in clean(text, learned=learned).text


def test_a_share_bar_between_paragraphs_still_goes():
    share = ["Share", "Facebook", "Twitter", "Email"]
    text = "\n".join([MATCH_HEADLINE, MATCH_LEAD, *MATCH_REPORT[:3], *share, *MATCH_REPORT[3:]])
    result = clean(text, learned=False)
    assert result.text == "\n".join([MATCH_HEADLINE, MATCH_LEAD, *MATCH_REPORT])


@pytest.mark.parametrize("tags", [
    "Indexed as: bridge, engineers, cracks",
    # Four tags are as long as a paragraph: the article's last line.
    "Indexed here as: old bridge, engineers, cracks, cars, close",
])
def test_a_line_of_the_headlines_words_under_a_label_below_the_article_is_its_tags(tags):
    result = clean("\n".join([HEADLINE, *BODY, tags]), learned=False)
    assert result.text == "\n".join([HEADLINE, *BODY])
    assert [r.rule_id for r in result.removals] == ["generic.tag-line"]


@pytest.mark.parametrize("line", [
    # Items the headline does not name: the article's own list, which its prose names.
    "Closed to: cars, lorries, motorbikes",
    # An item longer than a tag: a summary in the headline's words.
    "Latest: engineers find cracks, bridge to close to cars",
    # A sentence.
    "The engineers named two causes: cracks, cars.",
])
def test_a_labelled_list_the_headline_does_not_name_stays(line):
    text = "\n".join([HEADLINE, *BODY, line])
    assert clean(text, learned=False).text == text


def test_the_articles_own_list_and_prose_above_a_comment_thread_stay():
    # A list under a heading ("Where to stay") and two paragraphs, then four comments: the
    # thread goes, and the list is no box of headlines, for the article goes on in prose.
    menu = ["Home | News | Travel | Food | Culture | Contact"]
    title = "A long weekend on the Isle of Skye"
    article = [title,
               "Skye in late September is quiet, wet and beautiful, and the ferry from Mallaig takes barely forty minutes.",
               "We spent three days walking the Quiraing and the Fairy Pools, and ate far too much smoked salmon in Portree.",
               "The roads are narrow and single-track, so allow twice as long as the map suggests for every drive.",
               "Where to stay", "The Bosville Hotel in Portree harbour", "Skeabost House near the old pier",
               "Flodigarry Hostel on the northern coast", "Sligachan Hotel under the Cuillin ridge",
               "Most places close from November to March, so check before you travel, and carry cash for the "
               "smaller guesthouses.",
               "Prices rise sharply in August, when rooms fill up months ahead; book early or come out of season."]
    comment = ("We went to Skye last spring and stayed at a small guesthouse in Uig, which was cheaper than anything "
               "in Portree and had a wonderful view of the harbour every morning at breakfast.")
    thread = [line for day, name in enumerate(["Mike Todd", "Jane Hill", "Ann Berg", "Tom Price"], start=5)
              for line in (name, f"{day} October 2025 09:1{day}", comment)]
    result = clean("\n".join(menu + [title] + article + thread))
    assert result.text.endswith("\n".join(article[4:]))
    assert "generic.headline-box" not in {r.rule_id for r in result.removals}


# The last paragraph announces a list, then the page's chrome: a newsletter box and a
# related box, in three languages (a rendered page: a menu over the headline).
ANNOUNCED_LISTS = {
    "en": (BODY[:2] + ["The council says the footbridge could open in June. The next steps are:"],
           ["- a survey of the river bed in April", "- a tender for the steel deck", "- a public meeting on bus routes"],
           ["Sign up for our morning newsletter", "Get the day's top local stories in your inbox", "Related stories",
            "Ferry fares frozen for another year", "New cycle lane opens on the ring road"]),
    "fr": (["Le conseil municipal a voté mardi la fermeture du vieux pont aux voitures dès le mois prochain.",
            "Les ingénieurs ont trouvé des fissures dans deux piliers lors d'une inspection au printemps.",
            "Le vieux pont restera fermé pendant les travaux. Les prochaines étapes sont les suivantes :"],
           ["un relevé du lit de la rivière en avril", "un appel d'offres pour le tablier", "une réunion publique sur les bus"],
           ["Inscrivez-vous à notre newsletter", "À lire aussi", "Les tarifs du bac gelés pour un an",
            "Une nouvelle piste cyclable sur la rocade"]),
    "ar": (["قرر المجلس البلدي يوم الثلاثاء إغلاق الجسر القديم أمام السيارات ابتداء من الشهر المقبل.",
            "وكان المهندسون قد عثروا على تشققات في دعامتين من دعائم الجسر خلال فحص أجري في الربيع.",
            "وقد يفتتح الجسر المؤقت في يونيو، وتشمل الخطوات المقبلة ما يلي:"],
           ["مسح لقاع النهر في أبريل", "مناقصة لسطح الجسر الحديدي", "اجتماع عام حول خطوط الحافلات"],
           ["اشترك في النشرة البريدية", "اقرأ أيضا", "تجميد أسعار العبارة لعام آخر", "افتتاح مسار جديد للدراجات"]),
}


@pytest.mark.parametrize("language", sorted(ANNOUNCED_LISTS))
@pytest.mark.parametrize("learned", [False, True], ids=["heuristics", "with the model"])
def test_a_list_the_last_paragraph_announces_ends_the_article_not_the_footer(language, learned):
    body, items, chrome = ANNOUNCED_LISTS[language]
    raw = "\n".join([*MENU, HEADLINE, *body, *items, *chrome])
    assert clean(raw, learned=learned).text.endswith("\n".join([body[-1], *items]))


@pytest.mark.parametrize("learned", [False, True], ids=["heuristics", "with the model"])
@pytest.mark.parametrize("box", [
    ["You may also be interested in these stories:", "Ferry fares frozen for another year",
     "New cycle lane opens on the ring road", "Library extends its weekend hours"],
    ["Letters to the editor can be sent to the following address:", "The City Herald", "12 Quay Street",
     "Portmouth PT1 2AB"],
    ["Download our free news app for your phone:", "App Store", "Google Play", "Huawei AppGallery"],
])
def test_trap_a_box_a_prompt_in_the_sites_voice_announces_is_still_chrome(box, learned):
    # A colon ends the prompt, but it names nothing of the story: the lines under it are the
    # page's, not a list of the article's.
    raw = "\n".join([*MENU, HEADLINE, *BODY, *box, "Privacy policy / Terms of use / Contact us"])
    kept = clean(raw, learned=learned).text.splitlines()
    assert not set(box[1:]) & set(kept)


def test_trap_short_lines_under_a_last_paragraph_with_no_colon_are_still_chrome():
    raw = "\n".join([*MENU, HEADLINE, *BODY, "Ferry fares frozen for another year",
                     "New cycle lane opens on the ring road", "Library extends its weekend hours"])
    assert clean(raw, learned=False).text == "\n".join([HEADLINE, *BODY])


def test_trap_a_press_releases_contact_box_under_its_last_sentence_is_no_announced_list():
    contact = ["For media enquiries, please contact:", "Jane Holt", "Head of Communications",
               "Email: press@bridgeworks.example.com", "Tel: 020 7946 0000"]
    raw = "\n".join([*MENU, HEADLINE, *BODY, *contact, "Related stories", "Ferry fares frozen for another year",
                     "New cycle lane opens on the ring road"])
    kept = clean(raw, learned=False).text.splitlines()
    assert kept[:len(BODY) + 1] == [HEADLINE, *BODY]
    assert not set(contact[1:]) & set(kept)


@pytest.mark.parametrize("learned", [False, True], ids=["heuristics", "with the model"])
def test_the_site_name_part_of_the_title_over_the_menu_is_not_the_headline(learned):
    # The <title> holds the site's name beside the headline, and the masthead repeats the name:
    # both are copies of a part of the title, and the headline is the one that names the story.
    site = "Harbour Town Gazette"
    raw = "\n".join([f"{HEADLINE} | {site}", site, "Home | News | Sport | Business | Culture", "News",
                     HEADLINE, DECK, "By Sam Reed", "Updated 14 March 2025", *BODY])
    assert clean(raw, learned=learned).text == "\n".join([HEADLINE, DECK, *BODY])


def test_the_line_over_a_byline_is_the_headline_over_it_when_it_is_the_deck():
    # A byline under a deck stands over both ("Fire under control" / "1,200 hectares burnt" /
    # "Ana Silva"): the line over the credit is the deck, and the headline is over it.
    from cleaner import engine
    from cleaner.normalize import normalize_lines
    from cleaner.rules import default_rules

    text = [*MENU, HEADLINE, DECK, "Sam Reed", *BODY]
    page, _, _ = engine.decide_lines(text, normalize_lines(text), default_rules().matcher_for([], None), layout=True)
    headline, deck = len(MENU), len(MENU) + 1
    assert h.headline_over_deck(page, deck, page.start) == headline
    assert h.headline_over_deck(page, headline, page.start) == headline  # a menu item is no headline over it


@pytest.mark.parametrize("learned", [False, True], ids=["heuristics", "with the model"])
def test_a_site_name_longer_than_the_headline_under_the_deck_is_not_the_headline(learned):
    # The title's parts are a short headline and a long site name, which a publisher's line
    # under the deck repeats: the headline is the copy that names the story.
    site = "Harbour Town Evening Gazette"
    headline = "Old bridge closes to cars"
    raw = "\n".join([f"{headline} | {site}", *MENU, headline, DECK, site, "Updated 14 March 2025", *BODY])
    assert clean(raw, learned=learned).text == "\n".join([headline, DECK, *BODY])


@pytest.mark.parametrize("closing", [
    # A signature's address: its lines end on commas.
    ["Ann Holt,", "Department of Civil Engineering,", "University of Leeds,", "England"],
    # The same credit under every photo, not tags.
    ["courtesy Valley Ledger", "courtesy Valley Ledger", "courtesy Valley Ledger"],
    # Short lines that name nothing of the story.
    ["Good luck", "Happy travels", "See you soon"],
])
def test_short_lines_under_the_article_that_no_tag_has_the_shape_of_stay(closing):
    text = "\n".join([HEADLINE, *BODY, *closing])
    assert clean(text, learned=False).text == text


def test_a_reading_time_line_among_a_long_headlines_credits_goes_with_them():
    # Probe Q (fr): a headline and deck as long as paragraphs, then the byline, the date and
    # "Temps de lecture : 4 min." (a rule that acts outside the article only) over the story.
    headline = "Cinéma : « La Maison des Oliviers », le premier film lumineux de Nadia Belkacem tourné en Provence"
    deck = "Récompensé au Festival d'Angers, ce drame familial tourné en Provence arrive en salles mercredi prochain."
    body = ["Il y a des premiers films qui ressemblent à des promesses, et celui de Nadia Belkacem en fait partie. "
            "Le récit suit trois sœurs revenues dans la maison familiale après la mort de leur père.",
            "La réalisatrice a tourné pendant six semaines à Manosque, avec une équipe de vingt personnes.",
            "Le film a remporté en janvier le prix du public et sort mercredi dans 180 salles."]
    text = "\n".join([headline, deck, "Par Thomas Verdier", "Publié le 12 mars 2024 à 18h05",
                      "Temps de lecture : 4 min.", *body])
    assert clean(text, learned=False).text == "\n".join([headline, deck, *body])


@pytest.mark.parametrize("closing", [
    ["Cast", "Ann Holt", "Tom Berg", "Lena Fox"],
    ["Verdict", "Fast charging", "Great camera", "Pricey"],
])
def test_an_articles_closing_short_list_at_the_end_of_the_page_stays(closing):
    # Found by review: a review's cast or verdict list ends the page; tags stand over the
    # page's furniture (a line a rule names, or the tail).
    body = [*BODY, f"{closing[1]} plays the engineer; the camera and the charging were the fast parts."]
    text = "\n".join([HEADLINE, *body, *closing])
    assert clean(text, learned=False).text == text
