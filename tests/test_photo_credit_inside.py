"""A photo's credit inside the article, over a sub-heading and its paragraphs, looks like an
aggregator's story ending on its credit with the next story's headline under it. When the
article's writer signs again below, what stands between is the article's. The texts are written
for these tests."""

from cleaner import clean

STORY = ["Bus routes to six hill villages will close in April",
         "By Tom Lund",
         "The county will close six bus routes to the hill villages in April, after years in which the "
         "buses ran almost empty between the market town and the upper valleys.",
         "Fewer than three passengers a day used the routes last year, the county's transport office "
         "said, while each bus cost more than a teacher's salary to run.",
         "Officials said the money would be better spent on a service that comes when it is called, and "
         "that the villages would not be left without a link."]
# In words the story above does not use, but for its sub-heading's.
SECTION = ["A taxi to the door",
           "Residents may phone for a taxi to the door the evening before a journey or early that "
           "morning, paying what a single ticket cost until now.",
           "Drivers work from seven until seven, stopping only at the surgery, the weekly market and "
           "the library.",
           "Older residents worry",
           "Some pensioners said phoning ahead felt hard for them, and that they had liked knowing when "
           "the next one came past."]


def _rule_ids(result) -> set[str]:
    return {removal.rule_id for removal in result.removals}


def test_a_sub_heading_under_a_photo_credit_stays_when_the_writer_signs_below():
    result = clean("\n".join(STORY + ["Photo: County Council"] + SECTION + ["By Tom Lund"]))
    assert result.text.split("\n") == [STORY[0]] + STORY[2:] + SECTION
    assert "generic.next-story" not in _rule_ids(result)


def test_another_writers_story_under_a_photo_credit_still_goes():
    result = clean("\n".join(STORY + ["Photo: County Council"] + SECTION + ["By Ann Berg"]))
    assert result.text.split("\n") == [STORY[0]] + STORY[2:]
    assert "generic.next-story" in _rule_ids(result)


def test_a_story_after_a_source_line_goes_though_the_same_desk_signs_both():
    # A source line closes a story; an aggregator's desk signs each of its stories alike.
    result = clean("\n".join(STORY + ["Source: County Council"] + SECTION + ["By Tom Lund"]))
    assert result.text.split("\n") == [STORY[0]] + STORY[2:]
    assert "generic.next-story" in _rule_ids(result)


def test_a_byline_split_after_its_by_signs_for_no_one():
    # "By" alone reads as a byline; another writer's sign-off that opens on it is theirs.
    split = [STORY[0], "By", "Tom Lund", *STORY[2:]]
    result = clean("\n".join(split + ["Photo: County Council"] + SECTION + ["By Ann Berg"]))
    assert "generic.next-story" in _rule_ids(result)
    assert SECTION[0] not in result.text.split("\n")


def test_the_next_storys_own_byline_over_its_paragraphs_is_no_sign_off():
    # The desk signs every story alike; the next one's byline stands over its own text.
    desk = [STORY[0], "By Valley Post staff", *STORY[2:]]
    result = clean("\n".join(desk + ["Photo: County Council", SECTION[0], "By Valley Post staff"] + SECTION[1:]))
    assert "generic.next-story" in _rule_ids(result)
    assert result.text.split("\n") == [desk[0]] + desk[2:]


def test_an_article_signed_off_above_the_photo_credit_has_ended_there():
    # The same reporter's next story follows, signed as the first: the first sign-off ends it.
    page = STORY + ["By Tom Lund", "Photo: County Council"] + SECTION + ["By Tom Lund"]
    result = clean("\n".join(page))
    assert "generic.next-story" in _rule_ids(result)
    assert SECTION[0] not in result.text.split("\n")
