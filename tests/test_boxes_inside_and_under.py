"""Boxes a news page sets inside and under its article, and the article's own lines that share
their shape: a sign-up box around its e-mail field, and an interview's question under a
heading that reads like a box's. The texts are written for these tests."""

from cleaner import clean
from test_poem_stanzas import HARBOUR_STORY
from test_promotions import assert_kept_whole

SIGN_UP_BOX = ["THE MORNING BRIEF",
               "Five stories from the harbour and the hills, every weekday at seven.",
               "Your email address",
               "Sign me up",
               "By signing up you agree to our privacy policy.",
               "No spam, unsubscribe whenever you like"]


def _rule_ids(result) -> set[str]:
    return {removal.rule_id for removal in result.removals}


def test_a_sign_up_box_between_blank_lines_goes_whole_with_its_pitch_and_button():
    text = "\n".join(HARBOUR_STORY[:3] + [""] + SIGN_UP_BOX + [""] + HARBOUR_STORY[3:])
    for learned in (False, True):
        result = clean(text, learned=learned)
        assert result.text == "\n".join(HARBOUR_STORY)
        assert "generic.sign-up-box" in _rule_ids(result)


def test_a_block_round_an_email_field_that_holds_paragraphs_keeps_them():
    # Blank lines part the headline from the text, not the box from it: the field's block
    # holds the article's paragraphs, longer than a box's pitch, and they stay. The button over
    # a paragraph has a sub-heading's shape, and stays too.
    story = HARBOUR_STORY[:3] + ["Your email address", "Sign me up"] + HARBOUR_STORY[3:]
    kept = clean("\n".join(story[:1] + [""] + story[1:])).text
    assert kept == "\n".join(HARBOUR_STORY[:3] + ["Sign me up"] + HARBOUR_STORY[3:])


def test_without_blank_lines_the_label_under_the_box_heads_the_next_paragraph():
    # The button stands between the field and the consent line; the label under the consent
    # line is the article's sub-heading.
    box = ["Your email address", "Sign me up",
           "By signing up you agree to our privacy policy."]
    sub_heading = "Who pays for it"
    story = HARBOUR_STORY[:3] + box + [sub_heading] + HARBOUR_STORY[3:]
    kept = clean("\n".join(story)).text.split("\n")
    assert "Sign me up" not in kept
    assert kept == HARBOUR_STORY[:3] + [sub_heading] + HARBOUR_STORY[3:]


def test_an_articles_list_that_holds_an_email_field_keeps_its_other_items():
    # Between blank lines like a box, but announced by a colon: the article's own list. The
    # field's line goes by its own rule; the other items are the article's.
    needs = ["To register for the harbour parking permit, you will need:", "Your full name",
             "Your email address", "The registration number of your car", "A utility bill for proof of address"]
    text = "\n".join(HARBOUR_STORY[:3] + [""] + needs + [""] + HARBOUR_STORY[3:])
    kept = clean(text, learned=False).text.split("\n")
    assert [line for line in needs if line != "Your email address"] == [line for line in kept if line in needs]


def test_a_box_with_no_blank_line_before_the_next_section_leaves_the_section():
    box = ["THE MORNING BRIEF", "Your email address", "Sign me up",
           "By signing up you agree to our privacy policy."]
    section = ["Who pays for the first phase of the works", "The city and the harbour authority share its cost."]
    text = "\n".join(HARBOUR_STORY[:3] + [""] + box + section + [""] + HARBOUR_STORY[3:])
    kept = clean(text, learned=False).text.split("\n")
    assert all(line in kept for line in section) and "Sign me up" not in kept


SWEDISH_INTERVIEW = [
    "”Jag läser alla brev från tittarna”",
    "Hon har visat vädret i tv i tjugo år. Nu går Anna Berg i pension, och vi träffade henne "
    "en sista gång i studion i Göteborg.",
    "Varför slutar du just nu?",
    "– Jag har fått ett uppdrag på institutet som jag inte kunde säga nej till. Det handlar "
    "om varningar för skyfall.",
    "Hur har tittarna tagit det?",
    "– Fint, faktiskt. Många skriver att de kommer att sakna mina stickade tröjor.",
    "Mest läst av allt",
    "Vilket brev minns du bäst?",
    "– Ett från en pojke i Kiruna som ville veta varför snön är vit. Jag svarade honom i "
    "sändningen nästa kväll.",
    "Vad ska du göra den första dagen som pensionär?",
    "– Sova länge och sedan gå en lång promenad längs havet, oavsett väder.",
]


def test_an_interviews_question_under_a_heading_like_a_boxs_stays():
    # The heading reads like a most-read box's; under it the interview asks its next question.
    assert_kept_whole(SWEDISH_INTERVIEW)


def test_a_box_heading_over_another_storys_headline_still_ends_an_interview():
    other_story = ["Mest läst", "Stormen fäller träd över hela Västkusten",
                   "Tusentals hushåll var utan ström på söndagen sedan stormen dragit in över "
                   "kusten under natten, och tågen mellan Göteborg och Oslo stod stilla."]
    kept = clean("\n".join(SWEDISH_INTERVIEW[:6] + other_story)).text
    assert kept == "\n".join(SWEDISH_INTERVIEW[:6])


# A Spanish article with a sign-up box in it, no blank line round it: its field, its button,
# then the article's next section, whose words are new to the article.
OLIVE_STORY = ["Empieza la campaña de la aceituna con una cosecha récord",
               "La recogida de la aceituna ha comenzado esta semana en la provincia con unas previsiones "
               "de cosecha que superan las del año pasado en casi un tercio.",
               "Las cooperativas esperan molturar más de medio millón de toneladas de aceituna antes de "
               "que termine el invierno, según sus propias estimaciones.",
               "Los agricultores atribuyen la mejora a las lluvias de la primavera, que llegaron justo "
               "cuando los olivos estaban en flor."]
NEXT_SECTION = ["Faltan manos en el campo",
                "Los sindicatos calculan que harán falta treinta mil jornaleros durante las semanas de más "
                "trabajo, y muchos pueblos no tienen dónde alojarlos.",
                "Varios ayuntamientos han abierto albergues temporales, aunque las plazas no llegan para "
                "todos los que piden sitio."]


def test_the_articles_next_section_under_a_sign_up_boxs_button_stays():
    # The button is no heading of a box of other stories over the section.
    box = ["Tu email", "Quiero recibirlo"]
    page = OLIVE_STORY + box + NEXT_SECTION
    for learned in (False, True):
        kept = clean("\n".join(page), learned=learned).text.split("\n")
        assert kept[:len(OLIVE_STORY)] == OLIVE_STORY and kept[-len(NEXT_SECTION):] == NEXT_SECTION


def test_a_sub_heading_right_under_a_sign_up_field_stays():
    # The box's button is lost: the article's sub-heading stands right under the field, over a
    # line of a headline's shape (found by review: a timeline's first entry).
    page = OLIVE_STORY + ["Tu email", "Faltan manos", "Jueves por la mañana, el primer aviso"] + NEXT_SECTION[1:]
    kept = clean("\n".join(page)).text.split("\n")
    assert "Faltan manos" in kept and kept[-2:] == NEXT_SECTION[1:]
