"""A table written one row a line, its cells between bars, under the article: the rows of a
league table are no menu's links, however short their cells."""

from cleaner import clean

REPORT = [
    "Harbour United go top after a late winner at Riverside",
    "Harbour United moved to the top of the table on Saturday after Erik Sand's header in the "
    "last minute gave them a two-one win at Riverside, their fifth away win of the season.",
    "Riverside had led through Anna Berg's penalty before the break, and Valley Rovers' draw at "
    "home to Northport left the leaders of the morning a point behind.",
    "The coach said afterwards that the squad had earned the top spot with its running, not its "
    "luck, and that the next three games would tell how long it stays there.",
]
TABLE = ["Standings after round 12",
         "Team | P | W | D | L | GD | Pts",
         "1. Harbour United | 12 | 9 | 1 | 2 | +15 | 28",
         "2. Valley Rovers | 12 | 8 | 3 | 1 | +12 | 27",
         "3. Northport | 12 | 7 | 2 | 3 | +6 | 23",
         "4. Riverside Athletic Club | 12 | 5 | 3 | 4 | +2 | 18",
         "5. Eastcombe | 12 | 3 | 2 | 7 | -9 | 11",
         "6. Westcliff Town | 12 | 1 | 1 | 10 | -26 | 4"]


def test_a_league_tables_rows_between_bars_under_the_article_stay():
    for learned in (False, True):
        kept = clean("\n".join([*REPORT, *TABLE]), learned=learned).text.split("\n")
        assert all(row in kept for row in TABLE[1:]), [row for row in TABLE if row not in kept]


def test_a_menu_between_bars_under_the_article_still_goes():
    menu = ["News | Sport | Culture | Weather", "About us | Contact | Privacy | Terms"]
    result = clean("\n".join([*REPORT, *menu]), learned=False)
    assert result.text == "\n".join(REPORT)
