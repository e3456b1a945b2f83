"""A match report ends on its fact box and a table: labelled rows ("Goals: ...", "Yellow
cards: ...", "Referee: ...") under the line-ups, and the table's rows between bars under its
head row. The article's end takes them in; the page's share bar and boxes below go."""

from cleaner import clean

MENU = ["Skip to content", "Home", "News", "Sport", "Local football", "Culture", "Business", "Weather", "Jobs",
        "Sign in"]
REPORT = [
    "Havelberg turn the derby around late on",
    "TSV Havelberg came from a goal down to beat Kornstadt 2-1 in front of 2,140 fans on Saturday, "
    "with both goals in the last quarter of an hour.",
    "Ritter had put the visitors ahead after half an hour, and Kornstadt held on until Brandt, on "
    "as a substitute at half time, headed in a corner eleven minutes from the end.",
    "Yilmaz won it four minutes later with a low shot from the edge of the area, and Havelberg move "
    "up to fourth place in the table.",
    "TSV Havelberg: Kaminski - Lueders, Okonkwo, Hahn, Petersen - Wendt (46. Brandt), Sommer - Yilmaz.",
    "Goals: 0:1 Ritter (31.), 1:1 Brandt (79.), 2:1 Yilmaz (83.)",
    "Yellow cards: Petersen, Sommer / Vogt, Marx, Engel",
    "Referee: Tobias Reinke (Cottbus) - Attendance: 2140",
    "The table after round 15 (excerpt):",
    "Pos | Club | P | Goals | Pts",
    "3 | Lok Wendisch | 15 | 27:14 | 30",
    "4 | TSV Havelberg | 15 | 24:16 | 28",
    "5 | SV Gruenau 09 | 15 | 22:18 | 26",
]
TAIL = ["", "Share this article", "Facebook", "X", "WhatsApp", "Related stories",
        "Kornstadt extend coach's contract until 2026", "Youth cup final moved to Sunday",
        "Elbaue sign striker from the county league"]


def test_a_match_reports_fact_box_and_table_at_its_end_stay():
    result = clean("\n".join(MENU + REPORT + TAIL), learned=False)
    assert result.text.split("\n") == REPORT


def test_labelled_rows_under_a_last_paragraph_are_no_fact_box():
    # Under a sentence, not under a row of the article's fact box: the page's furniture.
    furniture = ["Desk: Local sport", "Edition: Saturday print"]
    result = clean("\n".join(MENU + REPORT[:4] + furniture + TAIL), learned=False)
    assert result.text.split("\n") == REPORT[:4]
