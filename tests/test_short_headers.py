"""A text that is no rendered page: a headline, perhaps a menu, a byline and a date line, then
the story. The headline stays however short, and a byline or a menu on one line does not make
the page a rendered one for the learned layer."""

import pytest
from test_linemodel import ARTICLE, MENU  # a ferry story of six paragraphs under its headline

from cleaner import clean, engine, linemodel
from cleaner.heuristics import Verdicts
from cleaner.normalize import normalize_lines
from cleaner.rules import default_rules

PARAGRAPHS = ARTICLE[1:]
SHORT_HEADLINE = "Ferry vote"


@pytest.mark.parametrize("header", [
    # Lines a rule removes anywhere (a byline, a date) are no menu items beside the headline.
    [SHORT_HEADLINE, "By Jane Doe", "March 12, 2024"],
    # The last label above the article is its headline, not the menu's last item.
    MENU + [SHORT_HEADLINE],
    MENU + [SHORT_HEADLINE, "By Jane Doe"],
])
def test_a_short_headline_under_a_menu_or_over_a_byline_stays(header):
    text = "\n".join(header + PARAGRAPHS)
    for learned in (False, True):
        result = clean(text, learned=learned)
        assert result.text == "\n".join([SHORT_HEADLINE] + PARAGRAPHS)
        assert clean(result.text, learned=learned).text == result.text


def test_a_byline_or_a_menu_on_one_line_makes_no_rendered_page_for_the_model():
    text = ["Home | Sport | Video", "By Ann Lee", "Weather", ARTICLE[1]]
    page, _, _ = engine.decide_lines(text, normalize_lines(text), default_rules().matcher_for([], None), layout=True)
    verdicts = Verdicts(4)
    verdicts.drop_heuristic(0, "generic.link-line")
    verdicts.drop_heuristic(1, "generic.byline")
    state = linemodel.states(verdicts, page, [0, 1, 2, 3])
    assert list(state) == [linemodel.RULE_DROP, linemodel.RULE_DROP, linemodel.KEPT, linemodel.KEPT]
    assert not linemodel.page_chrome(state)
    verdicts.drop_heuristic(2, "generic.nav-run")
    assert linemodel.page_chrome(linemodel.states(verdicts, page, [0, 1, 2, 3]))


def test_a_menus_last_item_over_the_article_is_no_headline():
    # No headline above the story: the menu's last item shares no word with it and goes too.
    text = "\n".join(MENU + ["Contact", "About us"] + PARAGRAPHS)
    assert clean(text, learned=False).text == "\n".join(PARAGRAPHS)


def test_a_short_chinese_headline_under_a_menu_stays():
    # Chinese has no spaces: the headline names its story by a character pair ("渡轮", ferry).
    menu = ["首页", "新闻", "体育", "财经", "科技", "娱乐"]
    headline = "渡轮票决"
    paragraphs = [
        "市议会周二晚上就新渡轮航线进行了表决，结果以七票对五票通过，新航线将于明年春天开通。",
        "支持者说，渡轮将把岛上居民前往市中心的时间缩短一半，并减少桥上的交通拥堵。",
        "反对者则担心码头附近的噪音和停车问题，他们表示将继续向市政府提出意见。",
        "市长在会后表示，渡轮的票价将与公交车相同，老人和学生可以享受半价优惠。",
        "第一艘渡轮目前正在船厂建造，预计今年秋天完成试航，届时市民可以免费参观。",
    ]
    # Both layers: the learned one reads the same character pairs in its cohesion features
    # (split at spaces, the headline shared no word with the story and went at P 0.93).
    text = "\n".join(menu + [headline] + paragraphs)
    for learned in (False, True):
        assert clean(text, learned=learned).text == "\n".join([headline] + paragraphs), learned


# A short page header: the site's name, a section, the headline, then the story's credits
# that no byline rule reads (a date line and the author's name alone).
THEATRE = ["Kesäteatterin esityksiä näki tänä kesänä yli 9 000 katsojaa, mikä on teatterin historian suurin "
           "yleisömäärä, kertoo teatterin johtaja.",
           "Johtaja Mikko Laine kiittää onnistumisesta erityisesti uutta katsomoa ja lämmintä säätä, joka houkutteli "
           "väkeä rantaan.",
           "– Katsomo oli täynnä lähes joka ilta. Ihmiset jäivät esityksen jälkeen vielä istumaan rantaan, Laine sanoo.",
           "Ensi kesänä teatteri täyttää 40 vuotta. Juhlavuoden ohjelmisto julkistetaan helmikuussa."]


def test_a_headline_over_a_date_line_and_a_name_alone_stays_out_of_the_menus_run():
    headline = "Kesäteatterin yleisöennätys rikkoutui rannassa"
    text = "\n".join(["Saariston Sanomat", "Kulttuuri", headline, "15.7.2024", "Liisa Korhonen", *THEATRE])
    for learned in (False, True):
        assert clean(text, learned=learned).text == "\n".join([headline, *THEATRE]), learned


def test_a_line_over_the_credits_that_names_nothing_of_the_story_goes_with_the_run():
    text = "\n".join(["Saariston Sanomat", "Kulttuuri", "Viikon parhaat kuvat lukijoiltamme", "15.7.2024", "Liisa Korhonen",
                      *THEATRE])
    assert clean(text, learned=False).text == "\n".join(THEATRE)
