"""Comment threads whose stamps give each comment's age ("2 hours ago", "há 2 horas") rather
than a date and a clock time, and the names over ages that are no thread: a byline, a post
quoted in the article, a list of headlines, a live blog's reporter, an article's numbered
clips. The texts are written for these tests."""

from cleaner import clean

STORY = ["Harbour ferry fares will rise by a third in July",
         "The town council voted on Tuesday to raise the fares of the harbour ferry by a third from "
         "July, saying the boat had lost money for three years in a row.",
         "A return ticket for a car and its driver will cost twelve pounds instead of nine, while foot "
         "passengers will pay two pounds each way.",
         "Islanders who cross every day for work said the council had not asked them before the vote, "
         "and that a season ticket should have come first.",
         "The council said it would look at a cheaper ticket for residents over the summer and bring "
         "a proposal to its meeting in September."]
MORE = ["The ferry carried just over two hundred thousand passengers last year, fewer than before "
        "the bridge upstream reopened to lorries.",
        "Its engine was rebuilt in the spring at a cost the council had not planned for, which left "
        "the service short by the end of the year.",
        "Fishermen who use the slipway by the ferry's berth asked that the works planned there wait "
        "until the season is over.",
        "A public meeting on the fares will be held in the island hall on the first Monday of June."]
# The first name ends on an initial's full stop.
THREAD = ["Ann B.", "2 hours ago", "Every year the same story: the ones who need the boat pay for it.",
          "Reply", "Tom Price", "1 hour ago", "A season ticket first would have been fair.", "Reply",
          "jo_from_leeds", "45 minutes ago", "So much for keeping the island alive.", "Reply"]


# A button under each entry, as a comment widget prints under each comment; a live blog's
# posts and embedded posts carry one too, so the guards below are tried with it.
SHARE = "Share"


def _rule_ids(result) -> set[str]:
    return {removal.rule_id for removal in result.removals}


def test_a_thread_of_names_over_their_ages_goes():
    result = clean("\n".join(STORY + THREAD))
    assert result.text.split("\n") == STORY
    assert "generic.comment-thread" in _rule_ids(result)


def test_a_byline_over_the_articles_age_is_no_first_comment():
    page = [STORY[0], "Sam Hill", "3 hours ago", *STORY[1:], *MORE, *THREAD]
    result = clean("\n".join(page))
    assert result.text.split("\n") == [STORY[0], *STORY[1:], *MORE]
    assert not result.flags


def test_a_post_quoted_in_the_article_is_no_thread_with_the_comments_far_below():
    # A name over an age in the article, the commenters' names over theirs under it: only
    # heads one close under the other are a thread.
    quoted = ["Harbour Users Group", "3 hours ago", "We were not asked. The boat is our road to work."]
    result = clean("\n".join(STORY[:3] + quoted + STORY[3:] + MORE + THREAD))
    assert result.text.split("\n")[-len(STORY[3:] + MORE):] == STORY[3:] + MORE
    assert "generic.comment-thread" in _rule_ids(result)


def test_headlines_over_their_ages_inside_the_article_end_nothing():
    # No comment stands between an age and the next name: a box of headlines, whose names
    # are no commenters'.
    box = ["Bridge tolls", "2 hours ago", "Bus timetable", "5 hours ago", "Harbour works", "1 day ago"]
    result = clean("\n".join(STORY + box + MORE))
    assert result.text.split("\n")[-len(MORE):] == MORE
    assert "generic.comment-thread" not in _rule_ids(result)


def test_a_live_blogs_reporter_over_each_entrys_age_stays():
    live = STORY[:3]
    for age, entry in zip(["5 minutes ago", "20 minutes ago", "40 minutes ago"], MORE):
        live += ["Sam Hill", age, entry, SHARE]
    result = clean("\n".join(live + STORY[3:]))
    assert "generic.comment-thread" not in _rule_ids(result)
    assert all(entry in result.text.split("\n") for entry in MORE[:3] + STORY[3:])


def test_a_live_blogs_titled_entries_stay():
    # An entry's title over its age is longer than a commenter's name (four words here).
    live = STORY[:3]
    titles = ["Council leader defends vote", "Islanders gather at slipway", "Ferry runs late again"]
    for title, age, entry in zip(titles, ["5 minutes ago", "20 minutes ago", "40 minutes ago"], MORE):
        live += [title, age, entry, SHARE]
    result = clean("\n".join(live + STORY[3:]))
    assert "generic.comment-thread" not in _rule_ids(result)
    assert all(entry in result.text.split("\n") for entry in MORE[:3] + STORY[3:])


def test_numbered_clips_over_their_running_times_are_the_articles():
    clips = STORY[:3]
    for number, (title, length, entry) in enumerate(zip(["The last crossing", "Fog on the river", "The new pier"],
                                                        ["1:34", "2:07", "0:48"], MORE), start=1):
        clips += [f"{number}. {title}", length, entry]
    result = clean("\n".join(clips + STORY[3:]))
    assert "generic.comment-thread" not in _rule_ids(result)
    assert all(entry in result.text.split("\n") for entry in MORE[:3] + STORY[3:])


def test_a_live_blog_signed_by_several_reporters_stays():
    # Names differ from entry to entry, as commenters' do: the entries outweigh the lead above.
    live = STORY[:3]
    for name, age, entry in zip(["Sam Hill", "Ann Berg", "Tom Lund"], ["5 minutes ago", "20 minutes ago",
                                                                     "40 minutes ago"], MORE):
        live += [name, age, entry, SHARE]
    result = clean("\n".join(live))
    assert "generic.comment-thread" not in _rule_ids(result)
    assert all(entry in result.text.split("\n") for entry in MORE[:3])


def test_a_ticker_is_weighed_from_its_first_entry():
    # From the third entry on, the lead and two entries above outweigh the two below.
    ticker = STORY[:3]
    for title, age, entry in zip(["Fire under control", "Warning lifted", "Two hurt", "Road closed"],
                                 ["5 minutes ago", "20 minutes ago", "40 minutes ago", "1 hour ago"], MORE):
        ticker += [title, age, entry, SHARE]
    result = clean("\n".join(ticker))
    assert "generic.comment-thread" not in _rule_ids(result)
    assert result.text.split("\n")[-1] == MORE[3]


def test_a_byline_over_the_age_of_a_short_story_is_no_first_comment():
    # The first comment stands within a comment's reach of the byline: the thread starts there.
    page = [STORY[0], "Sam Hill", "3 hours ago", *STORY[1:4], *THREAD]
    result = clean("\n".join(page))
    assert result.text.split("\n") == [STORY[0], *STORY[1:4]]
    assert "generic.comment-thread" in _rule_ids(result)


def test_a_box_of_videos_inside_the_article_ends_nothing():
    # Short titles over their ages and captions, then the article goes on for two paragraphs.
    box = ["Night works", "2 hours ago", "Crews at the pier after dark.", SHARE,
           "First crossing", "3 hours ago", "The boat leaves at six.", SHARE]
    result = clean("\n".join(STORY + MORE[:2] + box + MORE[2:]))
    assert "generic.comment-thread" not in _rule_ids(result)
    assert result.text.split("\n")[-2:] == MORE[2:]


def test_posts_quoted_in_the_story_over_its_last_short_sentence_end_nothing():
    posts = ["Harbour Office", "2 hours ago", "Crossings resume at noon.", SHARE,
             "Coastguard", "1 hour ago", "Keep clear of the slipway.", SHARE,
             "Island Council", "40 minutes ago", "The hall is open tonight.", SHARE]
    result = clean("\n".join(STORY + MORE + posts + ["Schools stay closed today."]))
    assert "generic.comment-thread" not in _rule_ids(result)
    assert result.text.split("\n")[-1] == "Schools stay closed today."


# Updates under a long story, each a short line under its heading and age: only the heading
# tells them from comments.
UPDATES = ["The cordon at the slipway is lifted.", "The first boat leaves at noon.", "Fares stay as they are today.",
           "The hall opens at seven tonight.", "Buses wait at the pier."]
AGES = ["5 minutes ago", "20 minutes ago", "40 minutes ago", "1 hour ago", "2 hours ago"]


def test_updates_signed_by_one_reporter_under_the_story_stay():
    # One name over most entries, the desk's and a guest's over the others.
    names = ["Sam Hill", "Ann Berg", "Sam Hill", "Tom Lund", "Sam Hill"]
    updates = [line for name, age, update in zip(names, AGES, UPDATES) for line in (name, age, update, SHARE)]
    result = clean("\n".join(STORY + MORE + updates))
    assert "generic.comment-thread" not in _rule_ids(result)
    assert all(update in result.text.split("\n") for update in UPDATES[:len(updates) // 4])


def test_titled_updates_under_the_story_stay():
    titles = ["Slipway cordon lifted now", "First boat at noon", "Fares unchanged for today"]
    updates = [line for title, age, update in zip(titles, AGES, UPDATES) for line in (title, age, update, SHARE)]
    result = clean("\n".join(STORY + MORE + updates))
    assert "generic.comment-thread" not in _rule_ids(result)
    assert all(update in result.text.split("\n") for update in UPDATES[:len(updates) // 4])


def test_headlines_over_their_ages_under_the_story_are_no_comment_thread():
    # Whatever takes them, no comment stands between an age and the next name.
    box = ["Bridge tolls", "2 hours ago", "Bus timetable", "5 hours ago", "Harbour works", "1 day ago"]
    result = clean("\n".join(STORY + MORE + box))
    assert "generic.comment-thread" not in _rule_ids(result)


def test_updates_by_two_reporters_taking_turns_under_the_story_stay():
    names = ["Sam Hill", "Ann Berg", "Sam Hill", "Ann Berg"]
    updates = [line for name, age, update in zip(names, AGES, UPDATES) for line in (name, age, update, SHARE)]
    result = clean("\n".join(STORY + MORE + updates))
    assert "generic.comment-thread" not in _rule_ids(result)
    assert all(update in result.text.split("\n") for update in UPDATES[:len(updates) // 4])


def test_a_thread_of_two_comments_goes():
    # Two names are as few as a live blog's reporters: it takes three entries to tell them.
    result = clean("\n".join(STORY + THREAD[:8]))
    assert result.text.split("\n") == STORY
    assert "generic.comment-thread" in _rule_ids(result)


def test_reactions_the_article_announces_stay():
    result = clean("\n".join(STORY + MORE + ["Islanders wrote on the council's page:"] + THREAD))
    assert "generic.comment-thread" not in _rule_ids(result)
    assert "Islanders wrote on the council's page:" in result.text.split("\n")


def test_updates_with_no_button_under_them_stay_whatever_their_labels():
    # Road works, alerts by region, "Update" / "Update 2": labels that differ like names, over
    # ages and one sentence each; no widget's button repeats under them.
    labels = ["Harbour Road", "Quay Street", "Mill Lane"]
    updates = [line for label, age, update in zip(labels, AGES, UPDATES) for line in (label, age, update)]
    result = clean("\n".join(STORY + MORE + updates))
    assert "generic.comment-thread" not in _rule_ids(result)
    assert all(update in result.text.split("\n") for update in UPDATES[:3])
