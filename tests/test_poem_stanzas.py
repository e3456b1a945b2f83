"""A poem under a one-paragraph introduction: stanzas of short lines, each closed by a line
that ends on a full stop over a blank line. Its lines have a headline's shape, so under a
short heading they looked like a box of other stories' headlines. The texts are written for
these tests."""

from cleaner import clean

INTRO = ["Thơ cuối tuần: Chiều trên bến sông",
         "Bài thơ của một bạn đọc ở Vĩnh Long gửi về tòa soạn, viết trong mùa nước nổi năm nay."]
POEM = ["Chiều trên bến sông", "",
        "Chiều buông trên bến sông quê", "Con đò nhỏ chở nắng về bên kia",
        "Tiếng ai gọi đò vọng xa", "Gió đưa hương lúa qua nhà ngoại tôi.", "",
        "Mẹ ngồi vá lưới bên hiên", "Tóc pha sương trắng mà hiền như xưa",
        "Con đi học tận phương xa", "Nhớ dòng sông ấy nhớ nhà nhớ quê.", "",
        "Lê Văn An"]


def test_a_poem_under_its_title_and_a_short_introduction_stays_whole():
    text = "\n".join(INTRO + [""] + POEM)
    for learned in (False, True):
        kept = clean(text, learned=learned).text.split("\n")
        assert kept[:len(INTRO) + 6] == INTRO + [line for line in POEM if line][:6]
        assert "Nhớ dòng sông ấy nhớ nhà nhớ quê." in kept


def test_a_box_of_headlines_with_one_that_ends_on_a_full_stop_still_goes():
    # No blank line under the headline that ends on a full stop: a list of titles, no stanza.
    article = ["Council approves the new harbour plan",
               "The city council approved the new harbour plan on Tuesday after a debate that lasted "
               "well into the evening, with twenty votes in favour and nine against.",
               "The plan moves the ferry terminal to the northern pier and opens the old docks to "
               "housing, shops and a public promenade along the water.",
               "Work on the first phase is due to start next spring and should take two years, "
               "the harbour authority said in a statement after the vote.",
               "Residents' groups welcomed the promenade but asked for more parking near the docks."]
    box = ["Elsewhere in the city", "Mayor opens winter market in the square",
           "Storm closes mountain pass for a second day", "Library extends its opening hours",
           "Take a deep breath. Hold it.", "Night buses return to the eastern suburbs"]
    result = clean("\n".join(article + [""] + box))
    assert result.text == "\n".join(article)
    assert any(removal.rule_id == "generic.headline-box" for removal in result.removals)


def test_a_box_whose_last_headline_ends_on_a_full_stop_over_the_footer_still_goes():
    # A blank line under the closing line, but no next stanza: the page's footer follows.
    article = ["Council approves the new harbour plan",
               "The city council approved the new harbour plan on Tuesday after a debate that lasted "
               "well into the evening, with twenty votes in favour and nine against.",
               "The plan moves the ferry terminal to the northern pier and opens the old docks to "
               "housing, shops and a public promenade along the water.",
               "Work on the first phase is due to start next spring and should take two years, "
               "the harbour authority said in a statement after the vote.",
               "Residents' groups welcomed the promenade but asked for more parking near the docks."]
    box = ["Elsewhere in the city", "Mayor opens winter market in the square",
           "Storm closes mountain pass for a second day", "Library extends its opening hours",
           "Night buses return to the eastern suburbs", "Stay calm and carry on, says the fire chief.",
           "", "Contact us"]
    assert clean("\n".join(article + [""] + box)).text == "\n".join(article)
