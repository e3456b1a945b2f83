"""Boxes of other stories' headlines under a heading that no lexicon names ("Ошондой эле
окуңуз:", "Darllenwch hefyd") and comment sections that count their comments, in any language:
told by their shape, the article's words and where they stand; and the article's own lists,
verses and entries of the same shape, which stay. The texts are written for these tests."""

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
SHARE_BAR = "Share: Facebook | X | WhatsApp"
COPYRIGHT = "© 2025 Island Press"


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


def assert_whole(text: str) -> None:
    assert clean(text).text == text


@pytest.mark.parametrize("heading", ["Darllenwch hefyd", "Şeýle hem okaň:"])
def test_a_box_of_two_headlines_between_the_articles_credit_and_the_footer_closes_it(heading):
    box = [heading, *OTHER_HEADLINES, COPYRIGHT]
    assert_cleaned_to("\n".join(ARTICLE + [SHARE_BAR] + box), ARTICLE, "generic.headline-box", box[:3])


NEXT_STEPS = ["Traders sign new leases at the harbour office", "Final safety checks on the landing stages"]
HOTELS = ["Where to stay", "Hotel Villa Rosa on the lake shore", "Casa Bianca guesthouse near the old harbour"]


@pytest.mark.parametrize("closing, own", [
    # Right under the last paragraph, a heading over short lines is as often the article's
    # closing list, footer or not.
    (["What happens next:", *NEXT_STEPS, COPYRIGHT], ["What happens next:", *NEXT_STEPS]),
    (["Key dates", *NEXT_STEPS], ["Key dates", *NEXT_STEPS]),
    # Under its credit, with nothing of the page's under it: a travel piece's own list.
    ([SHARE_BAR, *HOTELS], HOTELS),
])
def test_a_closing_list_of_the_articles_own_stays(closing, own):
    assert clean("\n".join(ARTICLE + closing)).text.endswith("\n".join(own))


def test_a_story_under_a_box_of_headlines_and_its_credit_is_another_story():
    text = "\n".join(ARTICLE + ["Worth a look:", *OTHER_HEADLINES] + OTHER_STORY)
    assert_cleaned_to(text, ARTICLE, "generic.promoted-story", ["Worth a look:", *OTHER_HEADLINES])


@pytest.mark.parametrize("inside", [
    # A box's last headline over the article's next paragraph, with no credit under it.
    ["Worth a look:", *OTHER_HEADLINES],
    # The article's own list under a colon, its short verdict, a quoted verse: no box without
    # a lexicon's word, however new their words.
    ["The demands are:", "Higher wages for the crews of the night ferries", "A second boat on the winter crossings"],
    ["The verdict:", "A crossing worth the wait for every islander"],
    ["And the old song goes:", "The tide comes in and the boats go out again"],
])
def test_lines_under_a_heading_inside_the_article_stay(inside):
    assert_whole("\n".join(ARTICLE[:3] + inside + ARTICLE[3:]))


@pytest.mark.parametrize("box", [
    # The article's own list: mostly its words.
    ["What the islands get", "Four boats a day for the island crossings in summer",
     "Two boats a day for the island crossings in winter"],
    # A table's rows: pairs and figures.
    ["Saturday", "Valley Rovers - Hill United 2:1", "Northern Athletic - Quarry Town 0:0"],
    # Names with their countries.
    ["Steering members:", "Island Children Association (Norway)", "Coastal Ferry Workers Union (Denmark)",
     "Harbour Towns Network of the North (Sweden)"],
    # A list whose rows go on under its longer rows.
    ["Services:", "General and specialised surgery for small animals", "Wellness and preventative care visits",
     "General dentistry", "On-site radiology", "On-site pharmacy"],
])
def test_the_articles_own_lines_under_a_heading_among_the_pages_furniture_stay(box):
    text = "\n".join(ARTICLE + [SHARE_BAR] + box + [COPYRIGHT])
    assert clean(text).text == "\n".join(ARTICLE + box)


def test_colon_labels_that_open_alike_are_the_articles_own_entries():
    # "Most ...:" labels over the posts each names: a list of the article's, not boxes.
    entries = ["Most Inspiring:", "Anna Berg with the essay on harbour towns",
               "Peter Lind with a letter from the ferry",
               "A crossing in winter told hour by hour, by a writer who sailed on it, with the crew's own words.",
               "Most Challenging:", "Ida Holm on the piano washed up on the beach",
               "Jon Aas on the last lighthouse keeper",
               "Nobody has claimed the piano yet, and the island's children now play it every afternoon."]
    assert_whole("\n".join(ARTICLE + entries))


def test_three_colon_labels_on_a_page_are_the_articles_own_entries():
    entries = []
    for label in ("Funniest:", "Wisest:", "Strangest:"):
        entries += [label, *OTHER_HEADLINES,
                    "Chosen by the readers of the island paper, who sent in more than four hundred votes this year."]
    assert_whole("\n".join(ARTICLE + entries))


@pytest.mark.parametrize("thread", [
    # A count of two: a name, a comment, a date line a rule reads, the next name.
    ["Iruzkinak (2)", "Miren_K", "Oso artikulu ona, eskerrik asko!", "2025-03-02", "Jon", "Noiz izango da hurrengoa?",
     "Idatzi iruzkina", "Izena", "Bidali"],
    # A count of one.
    ["Iruzkinak (1)", "Miren_K", "Oso artikulu ona, eskerrik asko!", "2025-03-02"],
    # None yet: a form's labels, no paragraph.
    ["Iruzkinak (0)", "Idatzi iruzkina", "Izena", "Bidali"],
])
def test_a_heading_that_counts_the_comments_under_it_ends_the_article(thread):
    assert_cleaned_to("\n".join(ARTICLE + thread), ARTICLE, "generic.comment-thread", thread[:2])


@pytest.mark.parametrize("section", [
    # A gallery's or a chapter's count over prose: no commenter's name under it.
    ["Irudiak (3)", "The new landing stages will be built of timber from the island forests, the council said."],
    # A blog archive's months: a figure in the label.
    ["Aug 2012 (16)", "Jul 2012 (20)", "Jun 2012 (18)"],
    ["June (1)", "Harbour walk", "May (3)", "Island ferries"],
    # A cast's, a programme's entries: a name over a line, no date by them.
    ["Szereplők (3)", "Kovács Anna", "Bernarda Alba, az anya", "Tóth Eszter", "Adela, a legkisebb lány",
     "Nagy Júlia", "Poncia, a szolgáló"],
    # A count over paragraphs when it counts none: the article's own section.
    ["Background (0)", "The old operator stopped its winter crossings four years ago, after two storms."],
])
def test_a_count_in_brackets_over_the_articles_prose_stays(section):
    assert_whole("\n".join(ARTICLE + section))


def test_a_menu_of_many_items_between_runs_of_spaces_is_no_paragraph():
    menu = "ACCUEIL  POLITIQUE  ECONOMIE  SOCIETE  CULTURE  SPORTS  REGIONS  INTERNATIONAL  VIDEOS"
    text = "\n".join(["Agence de presse des îles", menu] + ARTICLE)
    result = clean(text)
    assert result.text == "\n".join(ARTICLE)
    assert menu in removals(result)["generic.masthead"]


@pytest.mark.parametrize("announcing", [
    "The exhibition has four rooms. Here are some of them:",
    "Экспозиция музея разделена на несколько залов. Вот некоторые из них:",
])
def test_a_heading_over_a_sentence_that_announces_a_list_heads_the_articles_section(announcing):
    # A headline ends on no colon: the line under the heading announces the article's list.
    heading = "What the museum keeps"
    rows = ["Before the war: photographs, documents and a street plan drawn from memory;",
            "The school over the years: uniforms, diaries, fountain pens and inkwells;",
            "Letters: about two hundred of them, most from the war and the years after it."]
    page = [*ARTICLE, heading, announcing, *rows,
            "The pupils now collect the memories of the workers of the old shipyard, which the "
            "whole district grew up around, and ask their families to lend them photographs."]
    assert clean("\n".join(page)).text.split("\n") == page


@pytest.mark.parametrize("announcing, items", [
    ("The cultural programme holds more than three hundred events, among them:",
     ["Poetry evenings every night in the outdoor square;", "Talks on translation and digital publishing;",
      "Writing workshops for young people with known novelists;", "Book signings for a hundred and fifty new titles."]),
    ("يتضمن البرنامج الثقافي أكثر من ثلاثمئة فعالية، أبرزها:",
     ["أمسيات شعرية يومية في الساحة الخارجية؛", "ندوات عن الترجمة ومستقبل النشر الرقمي؛",
      "ورش كتابة للشباب بإشراف روائيين معروفين؛", "حفلات توقيع لأكثر من مئة وخمسين إصداراً جديداً."]),
])
def test_a_heading_over_a_line_announcing_short_items_heads_the_articles_list(announcing, items):
    # The items are as short as headlines and end on no full stop (a read probe's book fair
    # lost its programme and every paragraph under it to generic.headline-box).
    page = [*ARTICLE, "Programme of events", announcing, *items, "Is anyone still reading books?",
            "The fair closes next Saturday with the award of the prize for the year's best novel, "
            "which a jury of five writers and critics chose from forty titles.",
            "The director admits that book prices are still too high for many readers."]
    assert clean("\n".join(page)).text.split("\n") == page
