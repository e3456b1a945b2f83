"""A language's lexicon fires on documents in that language only; rules shared by every
language (or by a few) say so in their file."""

import pytest

from cleaner import RuleError, clean, default_rules, load_rules
from cleaner.language import detect_language, document_language

EN = "\n".join([
    "Bridge to close to cars",
    "The council voted on Tuesday to close the old bridge to cars from next month, officials "
    "said after a long meeting.",
    "Engineers found cracks in two of the supporting piers during an inspection in the spring, "
    "and the repairs will take most of next year.",
    "A temporary footbridge will open alongside it in June, and buses will be diverted via the "
    "ring road while the work goes on.",
])
AR = "\n".join([
    "افتتاح معرض الكتاب في الرياض",
    "افتتح وزير الثقافة مساء الأحد معرض الرياض الدولي للكتاب بمشاركة أكثر من ألف دار نشر من "
    "ثلاثين دولة عربية وأجنبية.",
    "ويستمر المعرض عشرة أيام ويضم ندوات وأمسيات شعرية وورش عمل للأطفال والشباب في قاعات المعرض.",
    "جانب من حفل الافتتاح في قاعة المعرض الرئيسية تصوير: محمد العتيبي",
    "وقال مدير المعرض إن عدد الزوار في اليوم الأول تجاوز خمسين ألف زائر من داخل المملكة وخارجها.",
])
FA = "\n".join([
    "افتتاح نمایشگاه کتاب تهران",
    "نمایشگاه بین\u200cالمللی کتاب تهران روز چهارشنبه با حضور وزیر فرهنگ و ناشران داخلی و خارجی "
    "در محل مصلی گشایش یافت.",
    "در این دوره بیش از دو هزار ناشر از سراسر کشور و سی ناشر خارجی آثار خود را به نمایش "
    "گذاشته\u200cاند.",
    "بازدیدکنندگان در نخستین روز نمایشگاه عکس: علی رضایی",
    "مدیر نمایشگاه گفت که تعداد بازدیدکنندگان در روز نخست از صد هزار نفر گذشته است.",
])


def rule_ids(text: str) -> set[str]:
    return {removal.rule_id for removal in clean(text).removals}


def test_documents_are_told_apart_by_language():
    assert (detect_language(EN), detect_language(AR), detect_language(FA)) == ("en", "ar", "fa")
    assert detect_language("OK") is None  # too little to tell: every lexicon applies
    # A document's language is its prose's: markers and menus do not count.
    assert document_language(["Home", "News", "Sport", "Tags: a, b", *AR.split("\n")]) == "ar"
    assert document_language(["المصدر: وكالة", "Read more: A headline"]) is None


def test_chinese_and_japanese_pages_get_their_language():
    # They write no spaces between words: their prose was counted as one or two words a line,
    # so it told no language, and every lexicon applied to them.
    chinese = ["地铁新线下月开通",
               "市交通局周二宣布，连接机场和市中心的地铁新线将于下月十五日正式开通运营，全程约需二十八分钟。",
               "新线全长三十二公里，共设十四座车站，其中六座为换乘站，预计每日客流量将超过二十万人次。"]
    japanese = ["市営バス、来月から運賃改定",
                "市交通局は二日、来月一日から市営バスの運賃を大人二百三十円に改定すると発表した。",
                "燃料費や人件費の上昇が続いているためで、改定は十二年ぶりとなる。通学定期は据え置く。"]
    assert (document_language(chinese), document_language(japanese)) == ("zh", "ja")


def test_javanese_gets_its_lexicons_code():
    # CLD2 names Javanese "jw", the code ISO 639-1 retired; the lexicon is rules/generic/jv.toml.
    javanese = "Pamrentah kutha ngumumake dina Selasa yen kreteg anyar ing sadhuwure kali bakal dibukak " \
               "kanggo lalu lintas ing wulan Oktober, setengah taun luwih suwe tinimbang sing direncanakake."
    assert detect_language(javanese) == "jv"


def test_cleaning_twice_scopes_the_rules_the_same_way():
    # Found by the idempotence property: cleaning removed one language's prose (a promoted
    # story), and the rest was read as another language with other rules.
    english = "The council will vote on the plan next month, after a consultation that runs until May."
    arabic = "قال الوزير في بيان صحفي يوم الأربعاء إن بلاده مستعدة للتعاون في مكافحة الإرهاب مع الدول."
    for text in ("المصدر: وكالة\nRead more: A headline",
                 f"Read more: A headline\n{english}\nإقرأ أيضاً:\nإقرأ أيضاً:\n{arabic}",
                 f"إقرأ أيضاً:\n{english}\n" + "اقرأ ايضا\n" * 4 + arabic,
                 EN + "\nاقرأ أيضا\n" + AR, AR + "\nRead more: A headline\n" + EN):
        once = clean(text).text
        assert clean(once).text == once


def test_a_german_tag_marker_does_not_fire_on_an_english_tags_line():
    assert rule_ids(EN + "\nTags: bridges, transport") == {"en.tags"}


def test_a_persian_credit_rule_does_not_fire_on_arabic():
    assert "fa.credit-tail" not in rule_ids(AR)
    assert "fa.credit-tail" in rule_ids(FA)


def test_shared_rules_say_so_and_fire_on_every_language():
    rules = {rule.id: rule for rule in default_rules().generic}
    assert rules["de.tags"].languages == {"de", "lb"}  # lb.toml names de among its companions
    assert rules["common.numbers-only"].languages == frozenset()  # common.toml: language "*"
    assert rules["en.share-bar"].languages == frozenset()  # marked shared in en.toml
    assert rules["es.comments"].languages == {"es", "pt", "gl", "eu"}  # gl.toml, eu.toml: companions
    assert "en.share-bar" in rule_ids(AR.replace("تصوير: محمد العتيبي", "") + "\nFacebook Twitter WhatsApp")


def test_languages_must_be_a_list_of_codes(tmp_path):
    (tmp_path / "generic").mkdir()
    (tmp_path / "generic" / "xx.toml").write_text(
        'language = "xx"\n[[rule]]\nid = "xx.promo"\nkind = "phrase"\npattern = "promo"\n'
        'action = "drop-line"\nwhy = "A promotion."\nlanguages = ["yy", 3]\n', encoding="utf-8")
    with pytest.raises(RuleError, match=r"xx.toml:\d+: rule 'xx.promo': 'languages' must be"):
        load_rules(tmp_path)


KY_WITH_RUSSIAN_CHROME = "\n".join([
    "Бишкекте жаңы көпүрө ачылды",
    "Бишкек шаарынын мэриясы шейшемби күнү Чүй проспектисиндеги жаңы көпүрө кыйла кечигүү менен "
    "акыры кыймылга ачылганын билдирди.",
    "Курулуш иштери эки жылга созулуп, анын баасы шаардын бюджетинен бөлүнгөн каражаттын "
    "эсебинен жабылганы айтылды.",
    "Читайте также:",
    "В Оше открыли новую школу",
])


def test_a_lexicon_names_the_languages_whose_rules_its_pages_get_too():
    # A Kyrgyz site's interface is often Russian: ky.toml names ru among its companions, so
    # ru.read-also takes the box, as when the page had no lexicon and got every language's.
    lines = KY_WITH_RUSSIAN_CHROME.splitlines()
    assert document_language(lines) == "ky"
    result = clean(KY_WITH_RUSSIAN_CHROME)
    assert result.text.splitlines() == lines[:3]
    assert "ru.read-also" in {removal.rule_id for removal in result.removals}
    # ... but not a German one, which no Kyrgyz page gets.
    assert "ky" not in {rule.id: rule for rule in default_rules().generic}["de.tags"].languages


def test_companions_must_be_language_codes_of_a_languages_file(tmp_path):
    (tmp_path / "generic").mkdir()
    rule = '[[rule]]\nid = "xx.promo"\nkind = "phrase"\npattern = "promo"\naction = "drop-line"\nwhy = "A promotion."\n'
    (tmp_path / "generic" / "xx.toml").write_text('language = "xx"\ncompanions = ["en", 3]\n' + rule, encoding="utf-8")
    with pytest.raises(RuleError, match=r"xx.toml:2: 'companions' must be a list of language codes"):
        load_rules(tmp_path)
    (tmp_path / "generic" / "xx.toml").write_text('companions = ["en"]\n' + rule, encoding="utf-8")
    with pytest.raises(RuleError, match=r"xx.toml:1: 'companions' needs the file's 'language'"):
        load_rules(tmp_path)


GD_WITH_ENGLISH_CHROME = "\n".join([
    "Drochaid ùr thairis air an abhainn as t-fhoghar",
    "Dh'ainmich a' chomhairle Dimàirt gum bi drochaid ùr thairis air an abhainn fosgailte do "
    "thrafaig san Dàmhair, leth-bhliadhna nas fhaide na bha dùil.",
    "Sign up for our newsletter",
    "Bha dàil ann oir dh'fheumadh na bunaitean a bhith air an neartachadh an dèidh do "
    "innleadairean sgàinidhean a lorg sa chreig fon cholbh a tuath.",
    "Tags: drochaid / trafaig",
    "Share this article",
    "Related",
    "Read more",
    "Advertisement",
])


def test_a_page_in_a_language_without_a_lexicon_gets_every_rule():
    # Scottish Gaelic has no lexicon here: its page is treated as of unknown language, so the
    # English widget labels and any other lexicon's markers (en.subscribe is English-only) still go.
    lines = GD_WITH_ENGLISH_CHROME.splitlines()
    assert document_language(lines) == "gd"
    assert "gd" not in default_rules().lexicon_languages
    result = clean(GD_WITH_ENGLISH_CHROME)
    assert result.text.splitlines() == [lines[0], lines[1], lines[3]]
    assert "en.subscribe" in {removal.rule_id for removal in result.removals}


def test_english_widget_labels_go_on_a_page_in_another_lexicons_language():
    second_paragraph = AR.splitlines()[1]
    assert {"en.advertisement", "en.read-more"} <= rule_ids(
        AR + "\nAdvertisement\n" + second_paragraph + "\nRead more")
    assert "en.tags" in rule_ids(AR + "\nTags: x, y")
