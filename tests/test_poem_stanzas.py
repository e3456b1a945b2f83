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


# A short story written for these tests, for the boxes and lists under it.
HARBOUR_STORY = ["Council approves the new harbour plan",
                 "The city council approved the new harbour plan on Tuesday after a debate that lasted "
                 "well into the evening, with twenty votes in favour and nine against.",
                 "The plan moves the ferry terminal to the northern pier and opens the old docks to "
                 "housing, shops and a public promenade along the water.",
                 "Work on the first phase is due to start next spring and should take two years, "
                 "the harbour authority said in a statement after the vote.",
                 "Residents' groups welcomed the promenade but asked for more parking near the docks."]


def test_a_poem_under_its_title_and_a_short_introduction_stays_whole():
    text = "\n".join(INTRO + [""] + POEM)
    for learned in (False, True):
        kept = clean(text, learned=learned).text.split("\n")
        assert kept[:len(INTRO) + 6] == INTRO + [line for line in POEM if line][:6]
        assert "Nhớ dòng sông ấy nhớ nhà nhớ quê." in kept


def test_a_box_of_headlines_with_one_that_ends_on_a_full_stop_still_goes():
    # No blank line under the headline that ends on a full stop: a list of titles, no stanza.
    box = ["Elsewhere in the city", "Mayor opens winter market in the square",
           "Storm closes mountain pass for a second day", "Library extends its opening hours",
           "Take a deep breath. Hold it.", "Night buses return to the eastern suburbs"]
    result = clean("\n".join(HARBOUR_STORY + [""] + box))
    assert result.text == "\n".join(HARBOUR_STORY)
    assert any(removal.rule_id == "generic.headline-box" for removal in result.removals)


def test_a_box_whose_last_headline_ends_on_a_full_stop_over_the_footer_still_goes():
    # A blank line under the closing line, but no next stanza: the page's footer follows.
    box = ["Elsewhere in the city", "Mayor opens winter market in the square",
           "Storm closes mountain pass for a second day", "Library extends its opening hours",
           "Night buses return to the eastern suburbs", "Stay calm and carry on, says the fire chief.",
           "", "Contact us"]
    assert clean("\n".join(HARBOUR_STORY + [""] + box)).text == "\n".join(HARBOUR_STORY)


# A poem whose lines run on over commas, in a script without capitals (written for these
# tests): its short lines had a menu's shape and went as a run of labels.
HEBREW_POEM = [
    'שיר לשבת: "הים בחורף"',
    '',
    'השבוע אנחנו מביאים שיר של המשורר דן לוי, שספרו הראשון יצא לאור בקיץ. הוא כתב אותו בחורף, בבית קטן ליד הים.',
    '',
    'על השיר אמר: "ישבתי על החוף וראיתי איך הגלים חוזרים שוב ושוב, כמו זיכרון שלא נגמר."',
    '',
    'מה שנשאר אחרי הגשם',
    '',
    'אחרי הגשם',
    'העלים מחזיקים עוד מעט',
    'את מה שניתן להם,',
    'כמו ידיים שלא יודעות',
    'איך להניח.',
    '',
    'אבי היה אומר',
    'שהאדמה זוכרת כל טיפה,',
    'גם את אלה',
    'שלא הגיעו אליה.',
    '',
    'עכשיו אני יושבת במרפסת שלו,',
    'והכיסא עוד חם',
    'מן השמש שלא הייתה,',
    'והעולם רטוב ושקט',
    'כמו מי שסיים לבכות',
    'ועוד לא התחיל לדבר.',
    '',
    'אחרי הגשם',
    'אני לומדת מן העלים:',
    'להחזיק עוד קצת,',
    'ואז',
    'לתת ליפול.',
    '',
    'מתוך הספר "חלונות פתוחים לחורף", הוצאת אבן ומים, 2024.',
]


def test_a_poem_whose_lines_run_on_over_commas_stays_whole():
    text = "\n".join(HEBREW_POEM)
    for learned in (False, True):
        assert clean(text, learned=learned).text == "\n".join(line for line in HEBREW_POEM if line)


def test_a_list_of_tags_a_line_each_with_commas_is_no_verse():
    # Tags rendered one a line, each closed by a comma, are a word or two: still a run of labels.
    tags = ["Harbour,", "City council,", "Ferries,", "Housing,", "Budget,", "Transport"]
    kept = clean("\n".join(HARBOUR_STORY + tags + HARBOUR_STORY[1:2])).text.split("\n")
    assert "City council," not in kept


def test_a_box_whose_headlines_stand_apart_with_one_that_ends_on_a_full_stop_still_goes():
    # A box's items between blank lines: the full stop closes no stanza, whose lines stand
    # one under the other.
    article = ["Council approves new cycle lanes for city centre",
               "Councillors have approved plans for six kilometres of protected cycle lanes through "
               "the city centre, despite objections from traders who fear the loss of parking.",
               "The scheme, which will cost 4.2 million, is funded mainly by a government grant and "
               "is expected to be completed by the end of next year, the committee said.",
               "Opponents argued that the consultation had been too short and that delivery drivers "
               "had not been asked for their views before the plans were drawn up.",
               "The committee chair said the lanes would be reviewed after twelve months."]
    box = ["Elsewhere in the county", "Hospital trust appoints new chief executive",
           "Bus fares frozen for a second year", "Fire crews tackle blaze at recycling plant",
           "Police name man found dead in canal.", "Village school wins national award for reading",
           "Plans for 300 homes on green belt rejected"]
    text = "\n\n".join(article + box)
    assert clean(text).text == "\n".join(article)


def test_tags_one_a_line_each_closed_by_a_comma_and_opening_on_a_capital_are_no_verse():
    story = ["Укренерго запровадило графіки відключень у шести областях",
             "Укренерго запровадило графіки погодинних відключень електроенергії у шести областях "
             "після нічної атаки на енергетичну інфраструктуру, повідомили в компанії.",
             "За словами енергетиків, пошкоджено обладнання на кількох підстанціях, а ремонтні "
             "бригади працюватимуть цілодобово, щоб відновити живлення якнайшвидше."]
    tags = ["Теми", "Російське вторгнення в Україну,", "Енергетична безпека,", "Відключення світла,", "Зима 2024"]
    after = ["Споживачів закликають економно використовувати електроенергію у вечірні години та не "
             "вмикати одночасно кілька потужних приладів.",
             "Графіки для кожної черги оприлюднять обласні енергокомпанії на своїх сайтах."]
    kept = clean("\n".join(story + tags + after)).text.split("\n")
    assert "Російське вторгнення в Україну," not in kept
