"""An aggregator's page gathers stories from several outlets, each under its headline and a
credit of its outlet and time ("Le Matin · 5 mars 2025"): only the lead story is kept."""

import pytest

from cleaner import clean

LEAD = ["Harbour ferry to run every twenty minutes from May",
        "The Northern Courier · 14 March 2025",
        "The harbour ferry will run every twenty minutes from the first of May, the transport board "
        "said on Thursday, after a trial on weekday mornings cut queues at both piers.",
        "Board members approved the timetable unanimously and said two more boats would be leased "
        "for the summer season, when tourist numbers are highest.",
        "Fares stay as they are until the end of the year, the board added."]
GATHERED = ["Full story at The Northern Courier",
            "",
            "Supermarket chain cuts prices on four hundred staples",
            "Retail Ledger · 14 March 2025",
            "A supermarket chain cut its prices on four hundred everyday items, in a bid to win back "
            "shoppers who have moved to discount rivals.",
            "Full story at Retail Ledger",
            "",
            "Astronomers spot a rare triple star system",
            "Science Wire · 13 March 2025",
            "An international team found three massive stars bound tightly together in a nearby "
            "galaxy, the first such system seen there."]


def _clean(lines: list[str], learned: bool = True):
    return clean("\n".join(lines), learned=learned)


@pytest.mark.parametrize("learned", [False, True])
def test_only_the_lead_story_of_an_aggregators_page_is_kept(learned):
    result = _clean(["NewsPulse", "Top stories · World · Business · Science", "", *LEAD, *GATHERED,
                     "", "About · Help · Privacy"], learned)
    assert result.text.split("\n") == [LEAD[0], *LEAD[2:]]
    rules = {removal.rule_id for removal in result.removals}
    # The link to the lead's outlet ends it (generic.outlet-link), or the next gathered
    # story's headline does.
    assert "generic.outlet-credit" in rules and rules & {"generic.aggregated-story", "generic.outlet-link"}


def test_the_gathered_stories_go_in_a_language_no_lexicon_names():
    # Vietnamese, credited by an hour ago: "2 giờ trước".
    lead = ["Giá sầu riêng giảm mạnh, nhà vườn lo lắng", "Nông Nghiệp Mới · 2 giờ trước",
            "Giá sầu riêng tại các vựa thu mua đã giảm khoảng ba mươi phần trăm so với đầu vụ, "
            "khiến nhiều nhà vườn lo lắng về thu nhập cuối năm.",
            "Các thương lái cho biết nguyên nhân chính là việc kiểm tra chất lượng ở cửa khẩu được siết chặt hơn."]
    other = ["Xuất khẩu rau quả tăng trong chín tháng đầu năm", "Kinh Tế Hôm Nay · 5 giờ trước",
             "Kim ngạch xuất khẩu rau quả trong chín tháng đầu năm tăng gần ba mươi phần trăm so với cùng kỳ năm trước.",
             "Mưa lớn gây sạt lở trên quốc lộ ở Tây Nguyên", "Tin Tây Nguyên · 6 giờ trước",
             "Một đoạn quốc lộ bị sạt lở sau mưa lớn kéo dài, giao thông ùn tắc nhiều giờ liền."]
    assert _clean([*lead, "", *other]).text.split("\n") == [lead[0], *lead[2:]]


def test_a_gathered_story_under_a_boxs_marker_still_ends_the_article():
    # "Tin cùng chủ đề" (on the same subject) takes the headline and credit under it for its
    # own block and reads the article as going on: the story's text is no article's.
    lead = ["Cầu mới nối phố cổ với cảng biển sẽ thông xe tuần tới", "Báo Phố Cảng · 3 giờ trước",
            "Cây cầu mới nối khu phố cổ với khu cảng sẽ chính thức thông xe vào tuần tới, sau hai năm thi công liên tục.",
            "Lãnh đạo thành phố cho biết cây cầu sẽ giúp giảm khoảng một phần ba lượng xe trên tuyến đường chính "
            "vào giờ cao điểm.",
            "Người dân được khuyến khích sử dụng làn xe đạp ở phía đông cầu."]
    box = ["Tin cùng chủ đề", "", "Giá ớt giảm mạnh khi vào vụ thu hoạch", "Chợ Đầu Mối · 5 giờ trước",
           "Giá ớt tại chợ đầu mối giảm gần hai mươi phần trăm trong một tuần do nguồn cung từ nông dân tăng nhanh.",
           "Tiểu thương dự báo giá sẽ còn giảm đến cuối tháng.", "",
           "Đội bóng chuyền nữ giành vé vào chung kết", "Thể Thao Mới · 6 giờ trước",
           "Đội bóng chuyền nữ giành vé vào trận chung kết sau khi thắng đương kim vô địch ba ván liên tiếp."]
    assert _clean([*lead, "", *box]).text.split("\n") == [lead[0], *lead[2:]]


# Articles made of entries, each under a title and a name and time: the page credits itself
# with a byline, or its entries are alike in length.
HARBOUR_HEAD = ["Harbour board meeting live: ferry timetable vote", "Follow every decision as the board meets.",
                "By the city desk", "14 March 2025"]
ENTRIES = {
    "live blog": [("Board opens the session with the ferry timetable", "Anna Berg · 14:05"),
                  ("Residents ask for a later last ferry on Fridays", "Tom Reilly · 14:20"),
                  ("Vote on the timetable passes unanimously", "Priya Shah · 14:45")],
    "exhibitions": [("Drawings of the old harbour at the town museum", "Town Museum · 2 May 2025"),
                    ("Photographs of the ferry crews at the arts centre", "Arts Centre · 14 March 2025"),
                    ("Paintings of the islands at the library gallery", "Library Gallery · 1 April 2025")],
}


@pytest.mark.parametrize("kind", sorted(ENTRIES))
@pytest.mark.parametrize("byline", [True, False], ids=["byline", "no byline"])
def test_an_article_of_entries_under_a_title_a_name_and_a_time_stays(kind, byline):
    page, texts = HARBOUR_HEAD if byline else HARBOUR_HEAD[:2], []
    for number, (title, credit) in enumerate(ENTRIES[kind], start=1):
        texts.append(f"The {number}. entry tells of the harbour's ferries, the crews who sail them and the "
                     "people who wait for them on the piers in every weather.")
        page = [*page, title, credit, texts[-1], "It was written for the page by the team."]
    result = _clean(page)
    assert "generic.aggregated-story" not in {removal.rule_id for removal in result.removals}
    assert all(text in result.text.split("\n") for text in texts)


@pytest.mark.parametrize("credit", ["Sport desk · 14 March 2025", "By Ann Berg · 14 March 2025", None])
def test_a_results_table_of_names_and_scores_stays(credit):
    # Its rows stand one under the other, not each under a headline of its own.
    table = ["Final standings after the last round of the season", "Valley United · 3 wins",
             "Riverside Rovers · 2 wins", "Harbour Athletic · 1 win",
             "The league's board will meet in June to decide whether the three clubs play a second round next year."]
    page = [LEAD[0], *([credit] if credit else []), *LEAD[2:], *table]
    assert all(line in _clean(page).text.split("\n") for line in table)


def test_the_gathered_stories_go_above_a_footer_of_sentences():
    # The last story is a teaser of one sentence; the page's footer under it has several.
    footer = ["We use cookies to improve the site, and you can change your choice at any time.",
              "NewsPulse gathers stories from hundreds of outlets, and it does not write them.",
              "Every outlet is responsible for the stories it publishes on its own site."]
    assert _clean([*LEAD, *GATHERED, "", *footer]).text.split("\n") == [LEAD[0], *LEAD[2:]]


def test_a_short_line_ending_on_an_outlets_letters_is_no_link_to_it():
    # "AP" credits a story; the article's sub-heading "What the new roadmap" ends on its letters.
    lead = [LEAD[0], "AP · 14 March 2025", *LEAD[2:4], "What the new roadmap", LEAD[4]]
    gathered = ["Supermarket chain cuts prices on four hundred staples", "Retail Ledger · 14 March 2025",
                GATHERED[4]]
    assert "What the new roadmap" in _clean([*lead, "", *gathered]).text.split("\n")


def test_a_comment_signed_with_a_label_and_a_colon_is_no_outlets_credit():
    comments = ["Very good article on the ferry", "Written by: Phil | Saturday, 7 April 2012",
                "I take the ferry every day and twenty minutes will make a real difference to my mornings.",
                "Good news for the islands at last", "Written by: Martine | Saturday, 7 April 2012",
                "The summer boats were always full, so two more of them are welcome news for everyone."]
    result = _clean([*LEAD[:1], *LEAD[2:], *comments])
    assert "generic.aggregated-story" not in {removal.rule_id for removal in result.removals}


def test_a_lead_credited_with_its_author_under_a_deck_that_is_a_sentence():
    # "Outlet · time · By author" under a deck that ends on a full stop, as a portal prints it.
    lead = [LEAD[0], "Two leased boats will carry the summer crowds between the piers.",
            "The Northern Courier · 2 hours ago · By Dana Whitfield", *LEAD[2:]]
    others = ["Supermarket chain cuts prices on four hundred staples", "Retail Ledger · 5 hours ago",
              GATHERED[4], "", "Astronomers spot a rare triple star system", "Science Wire · 1 day ago"]
    assert _clean([*lead, "", *others]).text.split("\n") == [lead[0], lead[1], *LEAD[2:]]


def test_a_lead_whose_headline_and_deck_both_read_as_paragraphs():
    # A headline with a colon and a comma and a deck of two sentences both count as prose
    # over the lead's credit (read probe BE el).
    lead = ["Harbour ferry: more than 1.3 million passengers in the first month, as the new twenty-minute timetable "
            "beats every estimate of the board",
            "Traffic on the new line beat the first estimates. The piers with the most passengers were the old town "
            "and the university.", "The Northern Courier · 28 December 2024", *LEAD[2:]]
    others = ["Supermarket chain cuts prices on four hundred staples", "Retail Ledger · 28 December 2024",
              GATHERED[4], "", "Astronomers spot a rare triple star system", "Science Wire · 28 December 2024",
              GATHERED[9]]
    assert _clean([*lead, "", *others]).text.split("\n") == [lead[0], lead[1], *LEAD[2:]]


def test_a_kicker_with_a_year_over_a_single_storys_headline_stays():
    page = ["Local elections · May 2025", LEAD[0], *LEAD[2:]]
    assert _clean(page).text.splitlines() == page


# The lead story of four paragraphs without its credit, and another one printed whole under it
# with no marker: its headline, an agency and a dated line, and prose in words of its own
# (found in new probe pages: portals print the next story of their feed so).
FERRY_STORY = [LEAD[0], *LEAD[2:],
               "Passenger groups welcomed the decision but asked for later evening crossings on Fridays."]
WILDFIRE_LEAD = ["Firefighters contain a wildfire in the northern hills",
                 "Reuters",
                 "14 March 2025, 09:20",
                 "Crews brought a wildfire in the northern hills under control overnight after it burned "
                 "through some two hundred hectares of pine forest, officials said.",
                 "Three villages were evacuated as a precaution and residents returned home on Friday."]


@pytest.mark.parametrize("learned", [False, True])
def test_another_story_under_its_headline_and_credits_with_no_marker_ends_the_article(learned):
    result = _clean([*FERRY_STORY, "", *WILDFIRE_LEAD, "", "About us · Contact · Privacy"], learned)
    assert result.text.split("\n") == FERRY_STORY
    assert "generic.credited-story" in {removal.rule_id for removal in result.removals}


def test_the_article_going_on_under_a_heading_and_a_date_in_its_own_words_stays():
    # A chronology's next entry: the prose under the date goes on with the ferry story.
    entry = ["Trial on weekday mornings", "3 February 2025",
             "The transport board ran the ferry every twenty minutes on weekday mornings for a month, "
             "and queues at both piers fell by half, the board said."]
    # The date line goes as metadata wherever it stands.
    assert _clean([*FERRY_STORY, *entry]).text.split("\n") == [*FERRY_STORY, entry[0], entry[2]]


# Another outlet's credit, as a story printed under the article carries it: its source and
# the time it was published.
CREDITS = ["Source: Island Gazette", "14 March 2025, 09:20"]


def test_a_short_second_part_under_its_own_source_that_its_heading_does_not_name_stays():
    # The prose under the heading goes on in new words but repeats none of the heading's: a
    # section of the article (story_continues), not a story under its headline.
    part = ["What the islanders say", *CREDITS,
            "Commuters who cross to the mainland every day call it the hardest part of their week."]
    assert _clean([*FERRY_STORY, *part]).text.split("\n") == [*FERRY_STORY, part[0], part[3]]


def test_a_second_part_under_its_own_source_longer_than_the_first_stays():
    # A feature whose second part, under its heading and source, is no shorter than the first;
    # an aggregator prints the other stories under its lead as teasers.
    part = ["Islanders fear for their shops", *CREDITS,
            "Islanders who run shops near the quay fear for their trade if visitors stay away.",
            "Shops along the quay depend on day trippers for most of their income, islanders say.",
            "Several islanders have already cut their opening hours for the winter.",
            "Others plan to sell their goods online, though delivery from the island is costly.",
            "A meeting of shop owners is planned for next week in the village hall."]
    assert _clean([*FERRY_STORY, *part]).text.split("\n") == [*FERRY_STORY, part[0], *part[3:]]


def test_a_heading_on_a_colon_over_a_source_and_prose_stays():
    # A deadline is announced, not another story's headline, though the prose under it
    # repeats its words as a story's lead repeats its headline's.
    deadline = ["Registration deadline for the ferry forum:", *CREDITS,
                "Registration for the forum closes at the deadline; late registration is not accepted."]
    assert _clean([*FERRY_STORY, *deadline]).text.split("\n") == [*FERRY_STORY, deadline[0], deadline[3]]


def test_a_charts_title_and_source_over_the_report_going_on_in_its_words_stays():
    # A chart's title over its source line has another story's shape, a headline over its
    # credit, but the prose under them goes on in the report's words.
    report = ["Council spending to rise by a tenth next year",
              "The council will spend a tenth more next year, mostly on schools and roads, according "
              "to the budget that the finance committee published on Monday.",
              "Spending on schools rises fastest, while the budget for parks and libraries stays flat.",
              "The finance committee said the budget would be paid for by higher parking charges."]
    chart = ["Figure 3 – Spending by department, 2021 to 2025", "Source: City Finance Committee",
             "In the budget for next year, spending on roads rises by a fifth and spending on schools "
             "by a seventh, the finance committee said."]
    assert _clean([*report, *chart]).text.split("\n") == [*report, chart[0], chart[2]]


def test_the_headline_that_repeats_the_page_title_is_no_other_story():
    # The site's notices, sentences over the article, may be read as its first paragraphs:
    # the headline under them that repeats the page's title is the lead story's own.
    notices = ["For the best experience, the Radio Nord site needs JavaScript to be enabled in your browser.",
               "To enjoy our videos and podcasts in full, you need to install the Flash plugin in your browser.",
               "To sign in, you need to enable cookies in the settings of your browser.",
               "For the best experience, our site works with Internet Explorer 8 and later, Firefox and Chrome."]
    story = [WILDFIRE_LEAD[0], *CREDITS, *WILDFIRE_LEAD[3:],
             "The regional governor thanked the crews and promised help for farmers whose olive groves burned."]
    kept = _clean([f"{WILDFIRE_LEAD[0]} - World - Radio Nord", *notices, *story]).text.split("\n")
    assert all(line in kept for line in [story[0], *story[3:]])


def test_a_podcasts_episodes_under_their_titles_and_running_times_stay():
    # Each episode stands under its title and running time, as a story under its headline and
    # date: the article's own entries, the last one no other story (found by review).
    page = ["New podcast series revisits the 1987 canoe accident",
            "In the new documentary series, our reporters go back over what happened when four "
            "canoeists drowned in the river rapids on a summer camp in 1987.",
            "The first three episodes are out now:",
            "The night the alarm never came", "42:17",
            "We meet Anna, who was sixteen that summer and the only one in her canoe to survive.",
            "Interviews that nobody got to read", "38:05",
            "The police interviews with the camp leaders were never released. Now we have read them.",
            "Who was responsible for the camp", "45:51",
            "The council, the church and the outdoor club all pointed at one another."]
    kept = _clean(page).text.split("\n")
    assert page[-3] in kept and page[-1] in kept


# Entries of the article's own under a heading and a date, a time or a name, whose first
# paragraph repeats its heading as a story's lead does (found by review).
COURT_RULING = ["Court halts the bypass after a decade of protests",
                "The administrative court on Tuesday halted work on the northern bypass, ruling that "
                "the planning authority had not weighed the harm to the wetland.",
                "The ruling ends, for now, a dispute that began more than ten years ago in the villages "
                "along the planned route.",
                "The authority said it would study the judgment before deciding whether to appeal."]


@pytest.mark.parametrize("credit", ["12 March 2013", "Posted at 14:02", "By Sarah Lennon"])
def test_the_articles_entries_under_a_heading_and_a_date_time_or_name_stay(credit):
    entries = ["Residents collect signatures against the road", credit,
               "Residents of three villages collected signatures against the road within a month.",
               "Engineers survey the wetland", "The engineers found rare orchids in the wetland."]
    kept = _clean([*COURT_RULING, *entries]).text.split("\n")
    assert entries[0] in kept and entries[2] in kept


def test_a_press_reviews_later_entries_under_their_headlines_and_sources_stay():
    # The first entry goes on in the introduction's words; the later ones, each under a
    # headline and its paper, are the review's entries like it, not other stories.
    page = ["Press review: the budget vote splits the coalition",
            "The budget vote dominates this morning's papers, which all see the coalition split "
            "over the spending cuts that the finance minister defended in parliament.",
            "Budget vote splits the coalition", "Source: The Morning Herald", "14 March 2025",
            "The Morning Herald says the budget vote split the coalition over spending cuts.",
            "Hospital waiting lists grow again", "Source: The Daily Courier", "14 March 2025",
            "The Courier reports that hospital waiting lists grew for the fifth month in a row."]
    kept = _clean(page).text.split("\n")
    assert page[6] in kept and page[9] in kept


@pytest.mark.parametrize("credit", ["Source: Valley Health Board", "Reuters"])
def test_the_articles_section_under_a_heading_and_its_source_alone_stays(credit):
    # A fact box's or a statement's source, with no date, over a paragraph that repeats its
    # heading as a story's lead does (found by review: press reviews, fact boxes, a ministry's
    # statement); another outlet's story carries the time it was published.
    section = ["Waiting times at the new clinic in detail", credit,
               "Waiting times at the new clinic fell to nine days in detail, the figures show."]
    kept = _clean([*COURT_RULING, *section]).text.split("\n")
    assert section[0] in kept and section[2] in kept
