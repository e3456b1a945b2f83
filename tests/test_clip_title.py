"""A video's title between the player's label and its running time inside the article
("Video" / "Aerial footage shows the bridge" / "2:41"): the clip's, not the article's.
Without the label, a programme's, a TV guide's or a hearing's rows pair a name with a clock
time as well, and stay."""

import pytest
from test_latest_news_box import cleaned, removed_by
from test_linemodel import ARTICLE  # a ferry story of six paragraphs under its headline

TITLE = "Aerial footage shows the new landing stage on Northholm"


@pytest.mark.parametrize("player", ["Video", "VIDEO", "Vidéo"])
@pytest.mark.parametrize("length", ["2:41", "01:58", "1:02:15"])
def test_a_clips_title_under_the_players_label_over_its_running_time_goes(player, length):
    page = ARTICLE[:3] + [player, TITLE, length] + ARTICLE[3:]
    assert cleaned(page) == ARTICLE
    assert removed_by(page, "generic.clip-title") == [TITLE]


@pytest.mark.parametrize("rows", [
    # A day's programme, a TV guide's slot, a hearing's speaker over the time they spoke.
    ["Final of the 100 metres breaststroke", "10:30"],
    ["Opening of the new landing stage", "09:30", "First crossing with the mayor and pupils", "11:00"],
    ["Chair Linda Okafor, county harbour board", "0:02:15"],
])
def test_a_name_over_a_clock_time_without_a_players_label_stays(rows):
    page = ARTICLE[:3] + rows + ARTICLE[3:]
    assert all(row in cleaned(page) for row in rows if not row[0].isdigit())
    assert not removed_by(page, "generic.clip-title")
