"""A news ticker or a latest-news box, one headline a line after its clock time, above the
article's headline: page furniture, which must not be taken for the article's first
paragraphs. A schedule's timed rows under the headline and a live blog's timed entries are
the article's."""

import pytest

from cleaner import clean

HEADER = ["Valley Today", "News | Sport | Business | Culture | Weather"]
TICKERS = {
    "en": ["11:52 – River bursts its banks at Millford, the ring road closed to traffic",
           "11:30 – Orange weather warning extended until tomorrow evening",
           "11:05 – Landslide in the upper valley, the railway line to Eastcombe cut"],
    "it": ["9:48 – Esonda il torrente a Borgonuovo, chiusa la strada provinciale per la valle",
           "9:20 – Allerta arancione prorogata fino a domani sera in tutta la provincia",
           "8:55 – Frana sulla linea ferroviaria, sospesi i treni per la stazione di Montealto"],
    # The clock time last, after a space (an ideographic one in Chinese).
    "en, clock last": ["River bursts its banks at Millford, the ring road closed to traffic 11:52",
                       "Orange weather warning extended until tomorrow evening 11:30",
                       "Landslide in the upper valley, the railway line to Eastcombe cut 11:05"],
    "zh": ["暴雨致河水漫过堤岸　环城路封闭　11:52", "橙色暴雨预警延长至明天晚上　11:30", "上游山体滑坡　通往东山的铁路中断　11:05"],
}
ARTICLE = [
    "Tram contract signed: building work on the second line starts in the autumn",
    "The city signed the contract for the second tram line on Monday morning at the town hall, "
    "after three years of studies and two public consultations on its route.",
    "The line will cost 1.8 billion, most of it paid by the state, and its first stops are not "
    "expected to open before 2031, the mayor's office said.",
    "Residents of the streets along the route have asked for a meeting on the building sites, "
    "which will close two of the city's busiest roads for eighteen months.",
    "The council will open an information office near the station and hold meetings in every "
    "district the line crosses before the work begins.",
]


def _kept(lines: list[str]) -> list[str]:
    outputs = {clean("\n".join(lines), learned=learned).text for learned in (False, True)}
    assert len(outputs) == 1, outputs
    return outputs.pop().split("\n")


@pytest.mark.parametrize("language", sorted(TICKERS))
def test_a_ticker_of_timed_headlines_above_the_headline_goes_and_the_article_stays_whole(language):
    page = [*HEADER, "Live | Storm in the valley", *TICKERS[language], "Follow the live report",
            ARTICLE[0], "By Anna Berg", "11 March 2026 – 10:17", *ARTICLE[1:]]
    assert _kept(page) == ARTICLE


@pytest.mark.parametrize("schedule", [
    ["Festival programme for Saturday", "09:30 Opening of the market in the square",
     "11:00 Brass band on the harbour stage", "14:30 Children's parade from the station",
     "18:00 Concert of the town choir in the church"],
    ["Festival programme for Saturday", "Opening of the market in the square 09:30",
     "Brass band on the harbour stage 11:00", "Children's parade from the station 14:30",
     "Concert of the town choir in the church 18:00"],
])
def test_a_schedule_of_timed_rows_under_the_headline_stays(schedule):
    page = [*ARTICLE[:2], *schedule, *ARTICLE[2:]]
    assert _kept(page) == page


def test_a_live_blogs_timed_entries_over_their_paragraphs_stay():
    page = ["Storm in the valley: live report",
            "11:52 River bursts its banks at Millford",
            "The water rose above the flood wall shortly before noon and the police closed the ring road.",
            "11:30 Weather warning extended",
            "The weather service extended its orange warning until tomorrow evening for the whole valley.",
            "11:05 Railway line cut",
            "A landslide covered the track near Eastcombe, and trains will not run before the weekend."]
    assert _kept(page) == page


def test_a_ticker_over_the_headline_of_a_short_header_goes_by_its_own_heuristic():
    # Five lines above the article: no rendered header, whose chrome would all go as a menu's
    # (the short header keeps the box's label, which names no rule).
    for learned in (False, True):
        result = clean("\n".join([*TICKERS["en"], "All updates", *ARTICLE]), learned=learned)
        kept = result.text.split("\n")
        assert kept[-len(ARTICLE):] == ARTICLE and not set(TICKERS["en"]) & set(kept)
        assert [(removal.first_line, removal.last_line, removal.rule_id) for removal in result.removals] == [
            (1, 3, "generic.timed-headlines")]


ELECTION = [
    "Counting began in the county's polling stations soon after they closed, with observers from "
    "every party watching the returning officer's staff open the ballot boxes.",
    "Turnout was higher than at the last local elections, the returning officer said, and the "
    "queues outside polling stations in the town centre lasted until closing time.",
    "The first results are expected after midnight, and the count should end by morning.",
]


LIVE_ROWS = ["22:05 Polls close across the county and the count begins in the presence of observers",
             "21:40 Turnout reaches 41 per cent, according to the returning officer",
             "20:15 Long queues outside polling stations in the town centre as closing time nears"]


@pytest.mark.parametrize("rows", [LIVE_ROWS, [f"{row[6:]} {row[:5]}" for row in LIVE_ROWS]])
@pytest.mark.parametrize("under", [[], ["What you need to know"]])
def test_timed_rows_right_over_the_prose_or_a_sub_heading_are_the_articles(under, rows):
    # Live coverage's entries under the page's headline, newest first as a ticker's, tell
    # the story of the prose under them: no lines of the page's own between them and it.
    page = ["Local elections: live coverage", *rows, *under, *ELECTION]
    assert _kept(page) == page


@pytest.mark.parametrize("language", ["en", "en, clock last", "zh"])
def test_a_ticker_of_other_stories_newest_first_over_the_headline_goes(language):
    # Right over the headline and its deck, with no line of the page's own between: the
    # falling times and the other stories' words tell a ticker.
    deck = ("The city signed the contract for the second tram line after three years of studies "
            "and two public consultations on its route")
    page = [*TICKERS[language], ARTICLE[0], deck, *ARTICLE[2:]]
    assert _kept(page) == [ARTICLE[0], deck, *ARTICLE[2:]]


def test_a_minute_by_minute_report_whose_timed_entries_are_the_text_stays_under_its_menu():
    # No prose below the entries outweighs them: they are the article, not a ticker over it.
    menu = ["Valley Sport", "Home", "Football", "Tennis", "Cycling", "Results"]
    report = ["Riverside United 2-1 Valley Rovers: as it happened",
              "90:00 Full time at the Harbour Stadium, and Riverside keep their title hopes alive",
              "75:40 Goal for Riverside, Berg heads in Lund's corner at the near post to make it two-one",
              "61:05 Valley Rovers equalise through Sand, who curls a free kick over the wall and in",
              "45:00 Half time, and Riverside lead through Lund's early strike from the edge of the area",
              "12:30 Goal, Lund fires low into the bottom corner after a quick break down the left"]
    assert _kept([*menu, *report]) == report


def test_a_programmes_rows_with_the_time_last_over_a_sub_heading_stay():
    # Oldest first, apart from the prose by a sub-heading and an intro line, as a box is: only
    # a ticker's order would tell other stories' headlines (found by review).
    rows = ["Registration and coffee in the foyer 08:30", "Opening address by the harbour master 09:15",
            "Panel on ferry timetables and fares 10:00", "Site visit to the new landing stages 11:30"]
    page = ["Programme", *rows, "About the conference", "Organised by the harbour board.",
            "The conference brings together the ferry operators and the councils they serve, "
            "with sessions on timetables, fares and the new landing stages.", *ARTICLE[1:]]
    assert all(row in _kept(page) for row in rows)


def test_an_articles_own_updates_with_the_time_last_stay():
    # Newest first within the hour, between a label and a sub-heading: the article's updates
    # box prints its times last as often as a latest-news box does (found by review).
    rows = ["Engineers say the burst main has been sealed 16:10",
            "Water pressure returns in the northern districts 15:45",
            "Schools in the old town send pupils home early 15:20"]
    page = [*ARTICLE[:3], "Updates", *rows, "How it happened",
            "The main burst under the market square shortly after noon, flooding two streets.", *ARTICLE[3:]]
    assert all(row in _kept(page) for row in rows)
