"""An article's numbered list whose items stand over a clock-like running time ("1. The last
crossing" / "1:34") is no comment thread of names over time stamps. The texts are written for
these tests."""

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
CLIPS = ["The ferry carried just over two hundred thousand passengers last year, fewer than before "
         "the bridge upstream reopened to lorries.",
         "Its engine was rebuilt in the spring at a cost the council had not planned for, which left "
         "the service short by the end of the year.",
         "Fishermen who use the slipway by the ferry's berth asked that the works planned there wait "
         "until the season is over."]


def test_numbered_clips_over_their_running_times_are_the_articles():
    page = STORY[:3]
    for number, (title, length, text) in enumerate(zip(["The last crossing", "Fog on the river", "The new pier"],
                                                       ["1:34", "2:07", "0:48"], CLIPS), start=1):
        page += [f"{number}. {title}", length, text]
    result = clean("\n".join(page + STORY[3:]))
    assert "generic.comment-thread" not in {removal.rule_id for removal in result.removals}
    assert all(text in result.text.split("\n") for text in CLIPS + STORY[3:])


def test_names_over_clock_stamps_still_end_the_article():
    thread = ["Tom Price", "14:05", "A season ticket first would have been fair.",
              "Ann Berg", "14:40", "Every year the same story.",
              "Joe Hill", "15:12", "So much for keeping the island alive."]
    result = clean("\n".join(STORY + CLIPS + thread))
    assert result.text.split("\n") == STORY + CLIPS
    assert "generic.comment-thread" in {removal.rule_id for removal in result.removals}
