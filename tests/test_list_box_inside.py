"""A "Most read" box that a page's layout sets between two paragraphs of the article: its
numbered or timed list of other stories' headlines goes, and the article goes on under it; the
same box at the article's end, over what is not the article's, still ends it. The texts are
written for these tests."""

from cleaner import clean

OPENING = ["Flood barrier delayed again as costs climb",
           "Work on the second phase of the river flood barrier has slipped by at least another "
           "year, and its estimated cost has risen by a fifth, a council report shows.",
           "The scheme is meant to protect around a thousand homes and four hundred businesses "
           "along the river between the old forge and the city centre.",
           "Council officers blame ground conditions at the forge site, higher steel prices and a "
           "shortage of specialist contractors for the delay."]
REST = ["The Environment Agency, which shares the cost of the scheme with the council, has asked "
        "for an independent review of the barrier contract before more money is released.",
        "Residents along the river who were flooded ten years ago said they had heard the promise "
        "of a barrier next year too often.",
        "The council's executive board will be asked on Wednesday to approve the extra cost of the "
        "second phase."]
MOST_READ = ["Most Read",
             "1", "Man arrested after car ploughs into bus shelter on the ring road",
             "2", "Popular market stall to close its doors after thirty-eight years",
             "3", "Everything you need to know about this weekend's half marathon road closures",
             "4", "Library extends opening hours"]
SUB_HEADING = "Residents hit hard"


def _assert_the_box_ends_the_article_over(under_the_box: list[str]) -> None:
    text = "\n".join(OPENING + REST + [""] + MOST_READ + under_the_box)
    assert clean(text, learned=False).text == "\n".join(OPENING + REST)


def _inline_reasons(result) -> list[str]:
    return [removal.reason for removal in result.removals if removal.rule_id == "en.most-read"]


def test_a_numbered_most_read_box_between_paragraphs_goes_alone():
    text = "\n".join(OPENING + [""] + MOST_READ + [""] + REST)
    for learned in (False, True):
        result = clean(text, learned=learned)
        assert result.text == "\n".join(OPENING + REST)
        reasons = _inline_reasons(result)
        assert reasons and all("inline" in reason for reason in reasons)


def test_the_articles_sub_heading_under_the_box_heads_its_next_section():
    # It stands right under the box's numbers and a headline as short as a menu's label ("Library
    # extends opening hours"), as a menu's last label would.
    text = "\n".join(OPENING + MOST_READ + [SUB_HEADING] + REST)
    for learned in (False, True):
        assert clean(text, learned=learned).text == "\n".join(OPENING + [SUB_HEADING] + REST)


def test_numbered_headlines_on_their_own_lines_go_as_a_box_too():
    box = ["Most Read"] + [f"{number}. {headline}" for number, headline in
                           zip((1, 2, 3, 4), MOST_READ[2::2])]
    text = "\n".join(OPENING + box + REST)
    for learned in (False, True):
        assert clean(text, learned=learned).text == "\n".join(OPENING + REST)


def test_at_the_end_of_the_article_the_box_ends_it_with_the_story_under_it():
    # Another story's headline as long as the box's own, then its paragraphs: an aggregator's
    # next story, not the article's section.
    other_story = ["Storm closes the mountain pass for a second day running",
                   "Snow drifts of up to two metres closed the mountain pass again on Friday, and "
                   "the road authority said it would not reopen before Sunday.",
                   "Lorries have been turned back at the valley junction since Thursday morning."]
    _assert_the_box_ends_the_article_over(other_story)


def test_the_next_story_under_a_short_headline_shares_too_few_of_the_articles_words():
    # An endless page's next story, its headline as short as a sub-heading.
    next_story = ["Van hits boy",
                  "A sixteen-year-old boy was taken to hospital after a collision with a van on "
                  "the ring road on Friday evening, police said.",
                  "Officers have asked anyone who saw the crash or has dashcam footage to come forward.",
                  "The van's driver, a man in his forties, stopped at the scene and was not hurt."]
    _assert_the_box_ends_the_article_over(next_story)


def test_a_teaser_of_one_paragraph_on_the_same_subject_is_no_article_going_on():
    teaser = ["Residents along the river will meet the council about the flood barrier and its "
              "cost at a public meeting on Thursday evening."]
    _assert_the_box_ends_the_article_over(teaser)


def test_a_pitch_of_two_paragraphs_on_the_papers_reporting_is_no_article_going_on():
    pitch = ["The Riverside Courier has reported on the flood barrier and the council's river scheme "
             "since the floods of 2015.",
             "Support our reporting on the river and the council from as little as one pound a month."]
    _assert_the_box_ends_the_article_over(pitch)


def test_an_authors_name_over_her_bio_under_the_box_is_no_sub_heading():
    bio = ["Sarah Lennon",
           "Sarah Lennon covers the council, the river and the flood barrier scheme for the paper.",
           "She joined the newsroom in 2015 after the floods, from a weekly paper on the coast.",
           "Before that she reported on the river and the council's planning committee for six years."]
    _assert_the_box_ends_the_article_over(bio)


def test_in_chinese_a_ranking_box_ends_the_article_whatever_signs_the_next_story_shares():
    # Pairs of signs make any Chinese paragraph share the article's words.
    article = ["市政府宣布明年扩建城北公园",
               "市政府昨日宣布，明年将投入三亿元扩建城北公园，新增绿地和儿童游乐设施，工程预计两年完成。",
               "市民普遍欢迎这一计划，但也有居民担心施工期间的噪音和交通问题，希望政府提前做好安排。",
               "据介绍，扩建后的城北公园面积将增加一倍，并新建一条连接周边社区的步行道和自行车道。"]
    box = ["阅读排行", "1", "城南地铁站下月起调整运营时间", "2", "本周末全市气温将明显回升",
           "3", "市图书馆延长周末开放时间"]
    other = ["市政府昨日还宣布，明年将在城南新建一座公园，新增绿地和运动场地，预计三年完成。",
             "市民普遍欢迎这一消息，希望政府尽快公布具体的建设方案和施工安排。",
             "市政府表示，新公园的设计方案将在明年初向市民公开征求意见，施工期间将做好交通安排。"]
    text = "\n".join(article + box + other)
    assert clean(text, learned=False).text == "\n".join(article)


def test_a_box_of_two_numbered_headlines_ends_the_article():
    text = "\n".join(OPENING + [""] + MOST_READ[:5] + [""] + REST)
    assert clean(text, learned=False).text == "\n".join(OPENING)


def test_a_list_whose_numbers_do_not_count_from_one_ends_the_article():
    # Figures over the lines are no list's numbering: ranks of a table cut by the scrape.
    box = [line if not line.isdigit() else str(int(line) + 6) for line in MOST_READ]
    text = "\n".join(OPENING + [""] + box + [""] + REST)
    assert clean(text, learned=False).text == "\n".join(OPENING)


def test_a_byline_under_the_box_makes_what_follows_another_story():
    text = "\n".join(OPENING + [""] + MOST_READ + ["By Sarah Lennon"] + REST)
    assert clean(text, learned=False).text == "\n".join(OPENING)


LATEST = ["Latest news",
          "08:05 Fire breaks out at a warehouse on the industrial estate",
          "07:48 City side climb to the top of the table after a late winner",
          "07:30 Forecasters expect the warmest weekend of the year so far",
          "07:12 Two men held over theft of railway cable near the station"]


def test_a_box_of_timed_headlines_between_paragraphs_goes_alone():
    text = "\n".join(OPENING + LATEST + REST)
    for learned in (False, True):
        assert clean(text, learned=learned).text == "\n".join(OPENING + REST)


def test_timed_entries_each_over_a_paragraph_are_no_box_the_article_goes_on_under():
    # A live blog's entries, or other stories' teasers: prose between the timed lines.
    entries = [LATEST[0], LATEST[1], "Crews from three stations were called to the scene just after seven.",
               LATEST[2], "The match ended two-one after a header in the ninetieth minute."]
    text = "\n".join(OPENING + entries + REST)
    assert clean(text, learned=False).text == "\n".join(OPENING)


def test_readers_comments_signed_by_handles_under_the_box_go_with_it():
    # Comments share the article's words; a handle is no sub-heading.
    comments = ["river_rat",
                "The flood barrier was promised ten years ago and the council still cannot say when "
                "the second phase will be finished.",
                "jean.t",
                "My insurance went up again this year because the council never finished the barrier "
                "along the river.",
                "kirkstall_mum",
                "Another year of delay for the flood scheme, another year of sandbags in the front garden."]
    _assert_the_box_ends_the_article_over(comments)


def test_a_next_headline_as_long_as_the_boxs_numbered_ones_is_no_sub_heading():
    # "1. <headline>": the number is no word of the headline.
    box = ["Most Read", "1. Market stall closes after thirty-eight years",
           "2. Man arrested after car hits bus shelter", "3. Half marathon closes roads this weekend"]
    next_story = ["Council shuts riverside car park early",
                  "The council will close the riverside car park next to the flood barrier works from "
                  "Monday, a month earlier than planned.",
                  "Drivers are asked to use the car park at the old forge, where the council has added "
                  "two hundred spaces.",
                  "The riverside car park will reopen when the second phase of the barrier is finished."]
    text = "\n".join(OPENING + REST + [""] + box + next_story)
    assert clean(text, learned=False).text == "\n".join(OPENING + REST)


def test_an_advertisements_label_under_the_box_does_not_hide_the_article_going_on():
    text = "\n".join(OPENING + MOST_READ + ["Advertisement"] + REST)
    for learned in (False, True):
        assert clean(text, learned=learned).text == "\n".join(OPENING + REST)
