"""A table written one row a line between bars inside the article: its rows and its head row,
which holds no figure, are entries the learned layer may not overrule (it took an election
table's head row for a menu's)."""

from cleaner import clean
from cleaner.engine import decide_lines
from cleaner.normalize import normalize_lines
from cleaner.rules import default_rules

MENU = ["Skip to content", "Home", "News", "Sport", "Local football", "Culture", "Business", "Weather", "Jobs",
        "Sign in"]
TAIL = ["", "Share this article", "Facebook", "X", "WhatsApp", "Related stories",
        "Kornstadt extend coach's contract until 2026", "Youth cup final moved to Sunday",
        "Elbaue sign striker from the county league"]


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
