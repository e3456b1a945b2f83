"""Boxes of other stories' headlines under a heading that no lexicon names ("Ошондой эле
окуңуз:", "Darllenwch hefyd"), and credits of the form "Label: value", in any language: told
by their shape, the article's words and where they stand. The texts are written for these tests."""

import pytest
from test_linemodel import ARTICLE  # a ferry story of six paragraphs under its headline

from cleaner import clean

OTHER_HEADLINES = ["Museum reopens its painting galleries after restoration",
                   "Orchestra ends its season with a concert in the old quarry"]
# A second story of an aggregator page: its headline, its credit and date line, its prose.
OTHER_STORY = [
    "Tulip show draws record crowds to the valley",
    "Author: Mirela Kovac",
    "21.01.2025 18:40",
    "Growers from the northern valleys brought forty varieties to the spring show, and visitors "
    "queued along the promenade for hours before the gates opened on Saturday morning.",
    "Organisers said next year's show would move to the larger exhibition grounds by the lake.",
]


def removals(result) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for removal in result.removals:
        found.setdefault(removal.rule_id, []).extend(removal.text.split("\n"))
    return found


def assert_cleaned_to(text: str, expected: list[str], rule_id: str, removed: list[str]) -> None:
    """With and without the learned layer: the kept lines, what `rule_id` removed first, and a
    second cleaning that changes nothing."""
    for learned in (False, True):
        result = clean(text, learned=learned)
        assert result.text == "\n".join(expected)
        assert removals(result)[rule_id][:len(removed)] == removed
        assert clean(result.text, learned=learned).text == result.text


@pytest.mark.parametrize("heading", ["Worth a look:", "Gụọ nke a:", "Şeýle hem okaň:"])
def test_a_colon_label_over_other_headlines_inside_the_article_goes(heading):
    box = [heading, *OTHER_HEADLINES]
    text = "\n".join(ARTICLE[:3] + box + ARTICLE[3:])
    assert_cleaned_to(text, ARTICLE, "generic.inline-box", box)


def test_a_colon_label_over_one_headline_between_paragraphs_goes():
    box = ["Worth a look:", OTHER_HEADLINES[0]]
    assert_cleaned_to("\n".join(ARTICLE[:3] + box + ARTICLE[3:]), ARTICLE, "generic.inline-box", box)


def test_a_short_phrase_over_two_headlines_inside_the_article_goes():
    box = ["Darllenwch hefyd", *OTHER_HEADLINES]
    assert_cleaned_to("\n".join(ARTICLE[:4] + box + ARTICLE[4:]), ARTICLE, "generic.inline-box", box)


@pytest.mark.parametrize("heading", ["Darllenwch hefyd", "Şeýle hem okaň:"])
def test_a_box_of_two_headlines_that_closes_the_article_goes(heading):
    box = [heading, *OTHER_HEADLINES]
    assert_cleaned_to("\n".join(ARTICLE + box), ARTICLE, "generic.headline-box", box)


def test_a_story_under_a_box_of_headlines_and_its_credit_is_another_story():
    text = "\n".join(ARTICLE + ["Worth a look:", *OTHER_HEADLINES] + OTHER_STORY)
    assert_cleaned_to(text, ARTICLE, "generic.promoted-story", ["Worth a look:", *OTHER_HEADLINES])


def test_a_boxs_last_headline_over_the_articles_next_paragraph_is_no_story_of_its_own():
    # No credit or date line under the last headline: the prose below is the article going on,
    # though it turns to a new matter.
    box = ["Worth a look:", *OTHER_HEADLINES]
    text = "\n".join(ARTICLE[:3] + box + ARTICLE[3:])
    result = clean(text)
    assert "generic.promoted-story" not in removals(result)
    assert result.text == "\n".join(ARTICLE)


@pytest.mark.parametrize("box", [
    # The article's own list: mostly its words.
    ["What the islands get", "Four boats a day for the island crossings in summer",
     "Two boats a day for the island crossings in winter"],
    # A table's rows: pairs and figures.
    ["Saturday", "Valley Rovers - Hill United 2:1", "Northern Athletic - Quarry Town 0:0"],
    # A list's items: bullets.
    ["What changes", "- four boats a day for the island crossings", "- a capped fare for residents"],
    # A column's last word under a colon: one line, at its end.
    ["A last word:", "Time is a distance that runs both ways"],
])
def test_the_articles_own_lines_under_a_heading_stay(box):
    text = "\n".join(ARTICLE + box)
    assert clean(text).text == text


@pytest.mark.parametrize("box", [
    # A quoted verse under a lead-in: in a script without capitals, a line under a colon is
    # no headline for sure ("And the song opens:").
    ["ويقول مطلع الأغنية:", "أشرقت شمس الصباح على المدينة القديمة"],
    # A sub-heading over its list: a short phrase there is the article's.
    ["المؤسسات العامة والمدنية", "العضوية في الجمعيات والنوادي المحلية", "الرغبة في العمل الاجتماعي المشترك"],
])
def test_in_a_script_without_capitals_a_heading_inside_the_article_needs_a_colon_and_two_headlines(box):
    article = [
        "وافق المجلس البلدي يوم الثلاثاء على خط جديد للعبارات بين الميناء والجزر الثلاث بعد عامين من المفاوضات مع المشغلين.",
        "ومن المقرر أن تبدأ الرحلات الأولى في الربيع المقبل، بأربع رحلات يوميا في الصيف ورحلتين في الشتاء.",
        "وكان سكان الجزر قد طالبوا بخدمة على مدار السنة منذ أن أوقف المشغل القديم رحلاته الشتوية.",
        "وسيحصل المشغل الذي اختاره المجلس على دعم لمدة عشر سنوات، وستبقى الأسعار في متناول السكان.",
    ]
    text = "\n".join(article[:2] + box + article[2:])
    assert clean(text).text == text


@pytest.mark.parametrize("credit", ["Булак: 24.kg", "Argazkia: Marisol Ramirez / FOKU", "Foilsithe: 29 Nollaig 2024 14:05"])
def test_a_labelled_credit_under_the_last_paragraph_goes(credit):
    assert_cleaned_to("\n".join(ARTICLE + [credit]), ARTICLE, "generic.byline", [credit])


def test_a_labelled_credit_between_the_headline_and_the_article_goes():
    text = "\n".join(ARTICLE[:1] + ["Ritratt: DOI"] + ARTICLE[1:])
    assert_cleaned_to(text, ARTICLE, "generic.byline", ["Ritratt: DOI"])


@pytest.mark.parametrize("closing", [
    # A box of facts: more labelled lines in a row.
    ["Country: Chile", "Language: Spanish", "Director: Sebastian Lelio"],
    # A fact in lower case, not a name.
    ["Entry: free for residents"],
    # In a script without capitals, a label and two words under a line-up are its last fact.
    ["المدرب: محمد أحمد"],
])
def test_labelled_facts_under_the_article_stay(closing):
    text = "\n".join(ARTICLE + closing)
    assert clean(text).text == text


def test_colon_labels_that_open_alike_are_the_articles_own_entries():
    # "Most ...:" labels over the posts each names: a list of the article's, not boxes.
    entries = ["Most Inspiring:", "Anna Berg with the essay on harbour towns",
               "The piece argues that small ports shaped the coast more than its cities did.",
               "Most Challenging:", "Peter Lind with a letter from the night ferry",
               "A crossing in winter told hour by hour, from the engine room to the bridge."]
    text = "\n".join(ARTICLE + entries)
    assert clean(text).text == text


def test_names_with_their_countries_under_a_heading_are_a_list_not_headlines():
    members = ["Steering members:", "Island Children Association (Norway)", "Coastal Ferry Workers Union (Denmark)",
               "Harbour Towns Network of the North (Sweden)"]
    text = "\n".join(ARTICLE + members)
    assert clean(text).text == text


def test_three_colon_labels_on_a_page_are_the_articles_own_entries():
    entries = []
    for label, pick, note in (("Funniest:", "Anna Berg and the ferry that sailed without its captain",
                               "A harbour tale told with a straight face from first line to last."),
                              ("Wisest:", "Peter Lind on what the old lighthouse keepers knew",
                               "Patience, mostly, and a good pair of boots for the winter storms."),
                              ("Strangest:", "Ida Holm finds a piano washed up on the northern beach",
                               "Nobody has claimed it, and the children now play it every afternoon.")):
        entries += [label, pick, note]
    text = "\n".join(ARTICLE[:3] + entries + ARTICLE[3:])
    assert clean(text).text == text


def test_a_list_whose_rows_go_on_under_its_longer_rows_is_no_closing_box():
    services = ["Services:", "General and specialised surgery for small animals", "Wellness and preventative care visits",
                "General dentistry", "On-site radiology", "On-site pharmacy"]
    text = "\n".join(ARTICLE + services)
    assert clean(text).text == text
