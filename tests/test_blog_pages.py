"""Naive renderings of blog pages: the widgets around a post go (an archive or a tag cloud
on one line); a story's own counted lines stay."""

from cleaner import clean

POST_TITLE = "Ferry vote splits the island council"
POST = [
    "The island council voted six to five on Tuesday to keep the winter ferry timetable.",
    "Members from the northern villages said the early sailing is the only way to reach the "
    "mainland hospital before noon.",
    "The harbour board will publish the new timetable in March, after a second vote on fares.",
]


ARCHIVE = ("Blog Archive November (4) October (12) September (9) August (11) July (7) June (10) "
           "May (8) April (6) March (13) February (5)")
TAG_CLOUD = "Topics boats (31) tides (22) harbour board (17) ferries (15) weather (9) fishing (8) history (6) islands (4)"


def _post_with(line: str) -> str:
    return "\n".join([f"Harbour Office Notes: {POST_TITLE}", "skip to main", POST_TITLE, *POST,
                      "Posted by Ann Berg at 4:02 PM", "Permalink", line,
                      "The harbour office blog is written by volunteers at the island museum."])


def test_an_archive_or_tag_cloud_on_one_line_goes():
    for widget in (ARCHIVE, TAG_CLOUD):
        result = clean(_post_with(widget))
        assert widget not in result.text.splitlines()
        assert "generic.count-list" in {removal.rule_id for removal in result.removals}
        assert all(line in result.text.splitlines() for line in POST)


def test_trap_counted_lines_of_a_story_stay():
    # Seats with commas, a filmography's years, a short table of results: the story's own.
    for line in ("Seats won: SNP (6), PC (4), Labour (31), Conservative (29), Liberal Democrat (7), "
                 "Green (2), Independent (1), Speaker (1)",
                 "The Muppet Movie (1979) The Great Muppet Caper (1981) The Muppets Take Manhattan (1984) "
                 "Muppet Treasure Island (1996) Muppets from Space (1999) The Muppets (2011) "
                 "Muppets Most Wanted (2014) Muppets Haunted Mansion (2021)",
                 "Final table Ajax (82) PSV (79) Feyenoord (71) Twente (63) AZ (58)"):
        raw = "\n".join([POST_TITLE, POST[0], line, *POST[1:]])
        assert line in clean(raw).text.splitlines()
