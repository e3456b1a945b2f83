"""A match report ends on its fact box and a table: labelled rows ("Goals: ...", "Yellow
cards: ...", "Referee: ...") under the line-ups, and the table's rows between bars under its
head row. The article's end takes them in; the page's share bar and boxes below go."""

from cleaner import clean
from cleaner.engine import decide_lines
from cleaner.normalize import normalize_lines
from cleaner.rules import default_rules

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


RESULTS = [
    "Elecciones en Torrealba: el PSOE gana pero se queda a un concejal de la mayoría",
    "El Partido Socialista volvió a ser la fuerza más votada en Torrealba de Segura, pero necesitará "
    "un socio para gobernar los próximos cuatro años.",
    "La participación se situó en el 63,4 %, casi tres puntos por debajo de la de hace cuatro años, y "
    "fue más baja en los barrios nuevos.",
    "Estos son los resultados definitivos:",
    "Partido | Votos | % | Concejales",
    "PSOE | 6.842 | 41,6 | 8",
    "PP | 5.017 | 30,5 | 6",
    "Torrealba Primero | 2.311 | 14,1 | 2",
    "Vox | 1.206 | 7,3 | 1",
    "La gran sorpresa de la noche fue Torrealba Primero, una agrupación vecinal creada hace apenas un "
    "año, que logra dos concejales en su estreno.",
    "Su cabeza de lista evitó pronunciarse sobre pactos antes de la constitución del pleno en junio.",
]


CREDITS = ["Redacción / Agencias", "Torrealba de Segura", "Actualizado: 29/05/2023 01:12 h."]


def test_a_tables_head_row_between_bars_stays_with_its_rows():
    # The learned layer took the head row, which holds no figure, for a menu's.
    page = MENU + RESULTS[:1] + CREDITS + RESULTS[1:] + TAIL
    for learned in (False, True):
        assert RESULTS[4] in clean("\n".join(page), learned=learned).text.split("\n")


def test_a_tables_head_row_is_an_entry_the_learned_layer_may_not_overrule():
    page = MENU + RESULTS[:1] + CREDITS + RESULTS[1:] + TAIL
    matcher = default_rules().matcher_for([], "es")
    lines, verdicts, _ = decide_lines(page, normalize_lines(page), matcher, layout=True)
    head = page.index(RESULTS[4])
    assert {head, head + 1, head + 4} <= verdicts.list_entries
