"""A video's title over its running time inside the article ("Aerial footage shows the
bridge" / "2:41"): the clip's, not the article's. A programme's rows pair a name with a clock
time one after the other, and stay."""

import pytest
from test_linemodel import ARTICLE  # a ferry story of six paragraphs under its headline

from cleaner import clean

TITLE = "Aerial footage shows the new landing stage on Northholm"


def cleaned(lines: list[str]) -> list[str]:
    """The kept lines, with and without the learned layer, after checking that a second
    cleaning changes nothing."""
    results = []
    for learned in (False, True):
        result = clean("\n".join(lines), learned=learned)
        assert clean(result.text, learned=learned).text == result.text
        results.append(result.text.split("\n"))
    assert results[0] == results[1]
    return results[0]


@pytest.mark.parametrize("player", [[], ["Video"]])
@pytest.mark.parametrize("length", ["2:41", "01:58", "1:02:15"])
def test_a_clips_title_over_its_running_time_goes(player, length):
    page = ARTICLE[:3] + player + [TITLE, length] + ARTICLE[3:]
    assert cleaned(page) == ARTICLE
    assert any(removal.rule_id == "generic.clip-title" and removal.text == TITLE
               for removal in clean("\n".join(page)).removals)


def test_a_programmes_rows_of_names_over_times_stay():
    rows = ["Opening of the new landing stage", "09:30", "First crossing with the mayor and pupils", "11:00"]
    page = ARTICLE[:3] + rows + ARTICLE[3:]
    kept = cleaned(page)
    assert all(row in kept for row in rows[::2])
    assert not any(removal.rule_id == "generic.clip-title" for removal in clean("\n".join(page)).removals)


def test_a_short_label_over_a_clock_time_stays():
    page = ARTICLE[:3] + ["First boat leaves", "06:45"] + ARTICLE[3:]
    assert "First boat leaves" in cleaned(page)
