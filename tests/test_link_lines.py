"""A menu or a share bar rendered on one line ("Home | Sport | Video"), above or below the
article of a page that has no other chrome (generic.link-line)."""

import pytest
from test_linemodel import ARTICLE  # a ferry story of six paragraphs under its headline
from test_promotions import removed_by

from cleaner import clean


@pytest.mark.parametrize("menu", ["Home | Islands | Harbour news | Weather", "Accueil · Régions · Vidéos",
                                  "Home\xa0|\xa0Islands\xa0|\xa0Weather"])  # no-break spaces, as pages write them
def test_a_menu_on_one_line_above_the_headline_goes(menu):
    text = "\n".join([menu] + ARTICLE)
    result = clean(text, learned=False)
    assert result.text == "\n".join(ARTICLE)
    # The links furnish the header on their own, so the masthead takes a menu that names
    # nothing of the story ("Accueil · Régions · Vidéos"); one that does ("Islands") goes
    # as a link line.
    assert removed_by(result, "generic.link-line") + removed_by(result, "generic.masthead") == [menu]
    assert clean(result.text, learned=False).text == result.text


# Long enough to count as prose by their words: the separators and the signs of a
# spaceless script count as words too.
LONG_MENUS = ["首页 | 新闻 | 财经 | 科技 | 体育 | 娱乐 | 汽车 | 房产 | 教育 | 时尚",
              "หน้าแรก | ข่าว | การเมือง | เศรษฐกิจ | กีฬา | บันเทิง | ไลฟ์สไตล์ | วิดีโอ",
              "صفحه اصلی | سیاسی | اقتصادی | اجتماعی | فرهنگی | ورزشی | بین الملل | استان ها",
              "Thời sự | Góc nhìn | Thế giới | Kinh doanh | Bất động sản | Khoa học | Giải trí | Thể thao"]


@pytest.mark.parametrize("menu", LONG_MENUS)
def test_a_long_menu_on_one_line_above_the_headline_goes(menu):
    result = clean("\n".join([menu] + ARTICLE), learned=False)
    assert result.text == "\n".join(ARTICLE)


def test_a_share_bar_on_one_line_under_the_article_goes():
    bar = "Mail a friend • Share on Mastodon • Print this page"
    text = "\n".join(ARTICLE + [bar])
    result = clean(text, learned=False)
    assert result.text == "\n".join(ARTICLE)
    assert removed_by(result, "generic.link-line") == [bar]


def _link_lines(lines: list[str]) -> list[str]:
    return removed_by(clean("\n".join(lines), learned=False), "generic.link-line")


@pytest.mark.parametrize("line", [
    # Items that are sentences, or longer than a link.
    "Fares drop. | Boats run. | Islands cheer.",
    "Four boats a day in summer | two boats a day in winter | one spare boat",
    # Two items: a page title and its site's name.
    "Island Post | Ferry link approved",
    # Mixed separators: not one menu.
    "Boats | Fares · Timetable",
])
def test_other_lines_with_separators_stay_above_below_and_inside_the_article(line):
    assert _link_lines([line] + ARTICLE) == []
    assert _link_lines(ARTICLE + [line]) == []
    assert _link_lines(ARTICLE[:3] + [line] + ARTICLE[3:]) == []


def test_a_table_row_inside_the_article_stays():
    assert _link_lines(ARTICLE[:3] + ["Crossings | Summer | Winter"] + ARTICLE[3:]) == []


@pytest.mark.parametrize("trail", ["Home » Harbour news", "Accueil › Régions › Îles", "أخبار > المحافظات",
                                   "Новости › Регион", "Nyumbani > Habari"])
def test_a_short_section_trail_over_the_headline_goes(trail):
    text = "\n".join([trail] + ARTICLE)
    for learned in (False, True):
        result = clean(text, learned=learned)
        assert result.text == "\n".join(ARTICLE)
        assert removed_by(result, "generic.link-line") == [trail]


@pytest.mark.parametrize("line", [
    "Season 2024 / 2025",          # figures: a season, a score, a date
    "Rock / Paper / Scissors: the final",  # a clause after a colon: a headline's
    "Dublin / Galway ferry link returns after ten years",  # an item as long as a headline
    # A slash parts the names of a headline ("Paris / Berlin") as often as a site's sections.
    "News / Islands",
])
def test_a_headline_or_a_label_with_a_slash_over_the_article_stays(line):
    assert line in clean("\n".join([line] + ARTICLE), learned=False).text.split("\n")


@pytest.mark.parametrize("headline", ["Paris / Berlin", "Stay / Go", "غزة / القدس"])
def test_a_short_headline_with_a_slash_right_over_the_story_stays(headline):
    assert clean("\n".join([headline] + ARTICLE[1:]), learned=False).text.split("\n")[0] == headline
