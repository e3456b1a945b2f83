"""On a rendered page whose title is not repeated, the headline is the nearest headline-shaped
line above the story that names it: a dateline, a credit or a reading-time line under the
headline is as short as one and names nothing of the story."""

import pytest

from cleaner import clean

STORY = [
    "The river rose ten metres overnight and flooded the lower town, where hundreds of families "
    "had to leave their homes before dawn on Tuesday.",
    "Rescue teams worked through the night to reach the villages that the water cut off from the "
    "main road, the regional authority said.",
    "The mayor said the town would open two schools as shelters and asked residents to stay away "
    "from the bridges until engineers had checked them.",
]
HEADLINE = "Floods force hundreds of families from their homes"
# Eight menu items, one per line: a long header, a rendered page's.
MENU = ["Home", "News", "Sport", "Culture", "Weather", "Opinion", "Sign in", "Subscribe"]


@pytest.mark.parametrize("metadata", [["Riverside – Valley Press Agency", "12 May 2026"],
                                      ["By Anna Berg", "Reading time 3 min"]])
def test_a_dateline_or_a_reading_time_line_nearest_the_story_is_no_headline(metadata):
    for learned in (False, True):
        output = clean("\n".join(MENU + [HEADLINE, *metadata, *STORY]), learned=learned).text
        assert output == "\n".join([HEADLINE] + STORY)
        assert clean(output, learned=learned).text == output


def test_the_nearest_headline_shaped_line_stays_the_headline_when_none_names_the_story():
    headline = "Spring brings misery to the valley again"
    output = clean("\n".join(MENU + [headline, "By Anna Berg", "Updated 12 May 2026"] + STORY)).text
    assert output == "\n".join([headline] + STORY)


@pytest.mark.parametrize("banner", ["LIVE: storm latest as winds of ninety miles hit the coast at dawn",
                                    "Trending: the best photos of the sky at dawn this week"])
def test_a_banner_sharing_one_word_with_the_story_does_not_take_the_headlines_place(banner):
    # The headline shares no word of four letters with the story; the banner over it shares one.
    headline = "A valley holds its breath"
    output = clean("\n".join(MENU + [banner, headline, "By Anna Berg", "Updated 12 May 2026"] + STORY)).text
    assert headline in output.split("\n")


# As long as a paragraph and with a comma, but ending on no full stop: still a headline, here
# over four lines of chrome that no rule takes (more than an article's run of paragraphs spans).
RU_MENU = ["ПРИОЗЕРСКИЕ ВЕСТИ", "Главная", "Новости", "Политика", "Экономика", "Спорт", "Культура", "Погода",
           "Войти", "Подписаться"]
RU_HEADLINE = "В Приозерске после ремонта открыли старый мост, соединивший два берега реки"
RU_DECK = "Движение по мосту было закрыто почти два года, и жители объезжали реку через соседний район."
RU_CHROME = ["10:15, 3 марта 2026", "Автор: Иван Петров", "Фото: пресс-служба мэрии", "Время чтения: 2 мин."]
RU_STORY = [
    "В Приозерске в понедельник после капитального ремонта открыли старый мост через реку Вьюнку. "
    "Теперь по нему снова ходят автобусы и грузовики.",
    "Ремонт обошелся городу в 240 миллионов рублей, рассказал глава администрации Сергей Лебедев.",
    "Следующим летом мэрия обещает отремонтировать набережную у моста и поставить там новые фонари.",
    "Мост построили в 1961 году, и за шестьдесят лет его ни разу не ремонтировали полностью. В 2024 году "
    "инженеры нашли трещины в двух опорах, и движение закрыли.",
    "Пока шел ремонт, жителям правого берега приходилось ездить в центр города через соседний район, "
    "а дорога на работу занимала у многих больше часа.",
    "«Мы ждали этого дня два года. Теперь до больницы снова десять минут», — говорит пенсионерка Анна "
    "Соколова, которая живет на правом берегу с детства.",
    "Подрядчик дал на новый мост гарантию на пятнадцать лет. Весной по нему проведут испытания под нагрузкой.",
]


@pytest.mark.parametrize("deck", [[], [RU_DECK]], ids=["alone", "over-its-deck"])
def test_a_headline_as_long_as_a_paragraph_under_the_menu_is_the_headline(deck):
    page = RU_MENU + ["Новости / Город", RU_HEADLINE, *deck, *RU_CHROME, *RU_STORY]
    for learned in (False, True):
        output = clean("\n".join(page), learned=learned).text
        assert output.split("\n")[:1 + len(deck)] == [RU_HEADLINE, *deck]


def test_a_paragraphs_wrapped_line_above_the_story_is_no_headline():
    # A line cut where a paragraph wraps names the story too, but a paragraph stands over it.
    wrapped = ["The storm that hit the valley last spring was the worst in fifty years, and the",
               "families of the lower town, who lost their homes to the flooded river, still wait for"]
    page = MENU + [HEADLINE, *wrapped, "By Anna Berg", "Reading time 3 min", *STORY]
    output = clean("\n".join(page), learned=False).text
    assert output.split("\n")[0] == HEADLINE


def test_a_teaser_as_long_as_a_paragraph_over_a_short_headline_is_no_headline():
    # The headline names nothing of the story in its own words; the teaser over it, of another
    # story on the same bridge, shares two of the opening's words.
    teaser = "Ремонт моста в Приозерске, во что городу обошлись два года без переправы через реку Вьюнку"
    headline = "Наконец на другом берегу"
    page = RU_MENU + [teaser, headline, *RU_CHROME, *RU_STORY]
    for learned in (False, True):
        assert teaser not in clean("\n".join(page), learned=learned).text.split("\n")


def test_a_two_item_section_trail_over_the_story_is_no_headline():
    # "Culture > Literature" right over a headline as long as a paragraph, which opens the
    # article under a long menu: the trail is the page's, not the headline.
    trail = "Новости города › Культура и отдых"
    output = clean("\n".join(RU_MENU + [trail, RU_HEADLINE, *RU_STORY])).text.split("\n")
    assert trail not in output and output[0] == RU_HEADLINE


# A headline over two decks under the story's code and date: the first deck shares no word
# with the story's opening; the three lines are one block.
def test_a_headline_over_two_decks_stays_whole():
    block = ["Schools and universities in the capital close for two days over smog",
             "The air index passed 180 in several districts overnight",
             "Government offices will work from home until Monday"]
    story = ["The city's smog committee decided on Wednesday evening that all schools, nurseries and "
             "universities in the capital would close on Saturday and Sunday.",
             "Under the decision, government offices other than emergency, health and utility services will "
             "run with a minimum of staff and work from home.",
             "Forecasters said the still air would last at least until early next week."]
    page = ["Eastern Sun News Agency", "Home | Politics | Economy | Society | Culture | Sport | World | Video",
            "Thursday 12 December 2024", "Search...", "Society > Environment", "", "News code: 582314",
            "Published: 2024/12/12 - 09:45", *block, *story]
    for learned in (False, True):
        kept = clean("\n".join(page), learned=learned).text.split("\n")
        assert kept == [*block, *story]


# Teasers of other stories over the headline, under a menu: no headline and its decks, though
# one of them shares two words with the story.
def test_teasers_over_a_headline_under_a_menu_are_no_decks():
    headline = "Council delays bridge vote for a third time"
    story = ["The city council voted on Tuesday night to delay the decision on the new river bridge for a third "
             "time, after engineers asked for more time to study the riverbed.",
             "Council members said the bridge would still be built, but that the vote on its design would now take "
             "place in the autumn.",
             "Residents who have waited years for the crossing said they were tired of promises from the council."]
    teasers = ["Council approves new budget for river bridge repairs",
               "Police search for witnesses after crash on the ring road"]
    for learned in (False, True):
        kept = clean("\n".join([*MENU, *teasers, headline, *story]), learned=learned).text.split("\n")
        assert kept == [headline, *story]
