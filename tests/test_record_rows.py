"""A list of items each with the same fact rows ("Protects against: ...", "Found in: ...") is
the article's: a row under an item's name, beside a row of another recurring label, is no
inline promotion, while a promo's label repeated alone between paragraphs still goes.

Every document here was written for these tests (none is taken from a real page).
"""

import pytest

from cleaner import clean

RECORDS = {
    "ar": ("نباتات تحمي حديقتك من الآفات دون مبيدات",
           "يلجأ كثير من المزارعين في القرى الجبلية إلى زراعة نباتات عطرية بين الخضار، لأنها تطرد الحشرات وتجذب الطيور النافعة.",
           [("الريحان (من النباتات العطرية الحولية)", "يطرد: الذباب الأبيض والبعوض وحشرات المن",
             "يزرع بجانب: الطماطم والفلفل والباذنجان في الأحواض المشمسة، ويسقى مرتين في الأسبوع خلال الصيف."),
            ("النعناع (ينتشر بسرعة في التربة الرطبة)", "يطرد: النمل والفئران وبراغيث الكلاب",
             "يزرع بجانب: الملفوف والقرنبيط في أصص منفصلة، حتى لا تغزو جذوره بقية الحوض كله."),
            ("القطيفة (زهرة برتقالية سهلة الزراعة)", "يطرد: الديدان الخيطية وخنافس البطاطا",
             "يزرع بجانب: الخيار والكوسا على أطراف الحوض، وتبقى أزهاره حتى أول الصقيع في الخريف."),
            ("الثوم (يزرع فصوصه في الخريف)", "يطرد: العناكب الحمراء والقواقع والأرانب",
             "يزرع بجانب: الورد والفراولة والجزر، ويحصد في بداية الصيف حين تصفر أوراقه العليا.")]),
    "fa": ("گیاهانی که باغچه را از آفت‌ها دور نگه می‌دارند",
           "بسیاری از کشاورزان روستاهای کوهستانی در میان سبزی‌ها گیاهان معطر می‌کارند، چون حشره‌ها را می‌رانند و پرندگان مفید را جذب می‌کنند.",
           [("ریحان (گیاهی معطر و یک‌ساله)", "دور می‌کند: مگس سفید و پشه و شته",
             "کنار آن بکارید: گوجه‌فرنگی و فلفل و بادمجان را در باغچه آفتابی، و هفته‌ای دو بار آبیاری کنید."),
            ("نعناع (در خاک مرطوب زود پخش می‌شود)", "دور می‌کند: مورچه و موش و کک سگ",
             "کنار آن بکارید: کلم و گل‌کلم را در گلدان جدا، تا ریشه‌هایش همه باغچه را نگیرد."),
            ("همیشه‌بهار (گلی نارنجی و کم‌توقع)", "دور می‌کند: کرم‌های ریز خاک و سوسک سیب‌زمینی",
             "کنار آن بکارید: خیار و کدو را در لبه باغچه، و گل‌هایش تا نخستین یخبندان پاییز می‌ماند."),
            ("سیر (حبه‌هایش را پاییز بکارید)", "دور می‌کند: کنه قرمز و حلزون و خرگوش",
             "کنار آن بکارید: گل رز و توت‌فرنگی و هویج را، و اوایل تابستان که برگ‌ها زرد شد برداشت کنید.")]),
    "en": ("Five garden herbs that keep pests away",
           "Many growers in the hill villages plant fragrant herbs between their vegetables, because they drive insects off and draw useful birds in.",
           [("Basil (an annual that loves sun)", "Keeps away: Whitefly, Mosquitoes and Aphids",
             "Plant beside: tomatoes and peppers in a sunny bed, and water it twice a week through the summer."),
            ("Mint (it spreads fast in damp soil)", "Keeps away: Ants, Mice and Dog Fleas",
             "Plant beside: cabbages in a separate pot, so that its roots do not take over the whole bed."),
            ("Marigold (an easy orange flower)", "Keeps away: Root Worms and Potato Beetles",
             "Plant beside: cucumbers along the edge of the bed, where it flowers until the first frost."),
            ("Garlic (cloves go in each autumn)", "Keeps away: Red Spiders, Snails and Rabbits",
             "Plant beside: roses and strawberries, and lift the bulbs in early summer when the leaves yellow.")]),
    "fr": ("Cinq plantes qui éloignent les nuisibles du potager",
           "Dans les villages de montagne, beaucoup de jardiniers sèment des herbes aromatiques entre les légumes, car elles chassent les insectes et attirent les oiseaux utiles.",
           [("Le basilic (une annuelle qui aime le soleil)", "Éloigne : Mouches Blanches, Moustiques et Pucerons",
             "À planter près de : tomates et poivrons au soleil, avec un arrosage deux fois par semaine en été."),
            ("La menthe (elle envahit les sols humides)", "Éloigne : Fourmis, Souris et Puces",
             "À planter près de : choux, mais en pot séparé, pour que ses racines ne prennent pas tout le carré."),
            ("Le souci (une fleur orange très facile)", "Éloigne : Vers des Racines et Doryphores",
             "À planter près de : concombres en bordure du carré, où il fleurit jusqu'aux premières gelées."),
            ("L'ail (les caïeux se plantent en automne)", "Éloigne : Araignées Rouges, Limaces et Lapins",
             "À planter près de : rosiers et fraisiers, et à récolter au début de l'été quand les feuilles jaunissent.")]),
}


def _article(language):
    title, intro, items = RECORDS[language]
    return "\n".join([title, intro, *(line for item in items for line in item)])


@pytest.mark.parametrize("language", sorted(RECORDS))
def test_the_fact_rows_of_a_list_of_items_stay(language):
    text = _article(language)
    assert clean(text).text == text


def test_a_promo_label_repeated_between_paragraphs_still_goes():
    paragraphs = [
        "The harbour board approved a plan on Monday to dredge the old channel before the autumn storms arrive.",
        "Fishermen had complained for years that the silted channel forced them to wait for high tide to land catches.",
        "The work will take six weeks and will be paid for by the port's reserve fund, the board's chair said.",
        "Boats will use the northern quay while the dredgers work, and the ferry timetable will not change.",
    ]
    promos = ["More from us: Lighthouse Keeper Retires After Forty Years",
              "More from us: New Cycle Path Opens Along The Estuary",
              "More from us: School Choir Wins National Prize"]
    lines = ["Harbour channel to be dredged", paragraphs[0], promos[0], paragraphs[1], promos[1],
             paragraphs[2], promos[2], paragraphs[3]]
    removed = [line for r in clean("\n".join(lines)).removals for line in r.text.split("\n")]
    assert removed == promos
