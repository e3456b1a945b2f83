"""A sentence ends on the full stop of its script: the danda of Hindi and Bengali (।), the
Armenian full stop (։). A short closing sentence so ended is the article's last line, not
chrome under it."""

import pytest
from test_headline_names_story import MENU  # eight menu items, one per line

from cleaner import clean

PAGES = {
    "hi": ("नदी में बाढ़ से सैकड़ों परिवार बेघर हुए",
           ["रात भर में नदी का पानी दस मीटर तक बढ़ गया और निचले शहर में भर गया, जिससे सैकड़ों परिवारों को सुबह होने से पहले अपने घर छोड़ने पड़े।",
            "बचाव दल पूरी रात उन गांवों तक पहुंचने की कोशिश करते रहे जिनका संपर्क मुख्य सड़क से कट गया था।",
            "प्रभावित परिवारों को दस किलो चावल दिया गया।"]),
    "bn": ("নদীর বন্যায় শত শত পরিবার ঘরছাড়া",
           ["রাতের মধ্যে নদীর পানি দশ মিটার বেড়ে নিচের শহর প্লাবিত করেছে, ফলে শত শত পরিবারকে ভোরের আগেই ঘর ছাড়তে হয়েছে।",
            "উদ্ধারকারী দল সারা রাত মূল সড়ক থেকে বিচ্ছিন্ন গ্রামগুলোতে পৌঁছানোর চেষ্টা করেছে।",
            "ক্ষতিগ্রস্ত পরিবারগুলোকে চাল দেওয়া হয়েছে।"]),
    "hy": ("Ջրհեղեղը հարյուրավոր ընտանիքների տնից հանեց",
           ["Գիշերվա ընթացքում գետի ջուրը բարձրացավ տասը մետրով և ողողեց քաղաքի ստորին հատվածը, և հարյուրավոր ընտանիքներ լուսաբացից առաջ լքեցին իրենց տները։",
            "Փրկարարները ամբողջ գիշեր փորձում էին հասնել գյուղերին, որոնք կտրվել էին գլխավոր ճանապարհից։",
            "Տուժած ընտանիքներին բրինձ է տրվել։"]),
}


@pytest.mark.parametrize("language", sorted(PAGES))
def test_a_short_closing_sentence_ended_by_its_scripts_full_stop_stays(language):
    headline, story = PAGES[language]
    # A rendered page (a menu of eight lines over it), where what stands between the article's
    # end and its tags is chrome.
    text = "\n".join([*MENU, headline, *story, "Tags: flood, river", "© 2026 Valley Herald"])
    # The heuristics' view: the learned layer weighs a closing line on its own features.
    assert clean(text, learned=False).text == "\n".join([headline, *story])


def test_a_chinese_line_ending_on_a_full_width_colon_announces_the_list_under_it():
    lines = ["国产农业无人机出口量大幅增长",
             "据行业协会最新数据，今年一季度国产农业无人机出口量同比增长四成，主要销往东南亚和拉丁美洲地区。",
             "在泰国和越南，无人机主要用于水稻田的喷洒作业，一台无人机每天可作业约三百亩。",
             "主要出口目的地：", "泰国", "越南", "巴西", "印度尼西亚",
             "某企业海外销售负责人介绍，公司去年在巴西开设了培训中心，已培训当地飞手八百余名。"]
    assert clean("\n".join(lines), learned=False).text == "\n".join(lines)


# Thai and Khmer put no space between words (a space parts phrases): a paragraph is counted
# by its letters, its words are told apart by character pairs, and a Khmer sentence ends on
# its khan (។).
TH = ["เทศบาลเปิดสวนสาธารณะแห่งใหม่ริมแม่น้ำกก",
      "เทศบาลนครเชียงรายเปิดสวนสาธารณะแห่งใหม่ริมแม่น้ำกกเมื่อวันเสาร์ที่ผ่านมา โดยมีประชาชนเข้าร่วมงานกว่าสองพันคน",
      "นายกเทศมนตรีกล่าวว่าสวนแห่งนี้ใช้งบประมาณกว่าสามสิบล้านบาท และจะเปิดให้บริการทุกวันตั้งแต่หกโมงเช้าถึงสามทุ่ม",
      "ภายในสวนมีลานกีฬา ทางเดินริมน้ำ และพื้นที่สำหรับเด็กเล่น ซึ่งชาวบ้านในชุมชนใกล้เคียงได้ร่วมออกแบบ",
      "เทศบาลระบุว่าจะปลูกต้นไม้เพิ่มอีกห้าร้อยต้นภายในสิ้นปีนี้ เพื่อให้สวนร่มรื่นมากขึ้น"]
KM = ["ក្រុងសៀមរាបបើកសួនច្បារថ្មីនៅមាត់ទន្លេ",
      "សាលាក្រុងសៀមរាបបានបើកសួនច្បារសាធារណៈថ្មីមួយនៅមាត់ទន្លេកាលពីថ្ងៃសៅរ៍ ដោយមានប្រជាពលរដ្ឋជាងពីរពាន់នាក់ចូលរួម។",
      "អភិបាលក្រុងបានមានប្រសាសន៍ថា សួនច្បារនេះចំណាយថវិកាជាងបីលានដុល្លារ ហើយនឹងបើកជូនសាធារណជនរៀងរាល់ថ្ងៃ។",
      "នៅក្នុងសួនមានទីលានកីឡា ផ្លូវដើរតាមមាត់ទន្លេ និងកន្លែងលេងសម្រាប់កុមារ។",
      "សាលាក្រុងនឹងដាំដើមឈើបន្ថែមប្រាំរយដើមនៅចុងឆ្នាំនេះ។"]
UNSPACED_PAGES = {"th": (["หน้าแรก", "ข่าว", "กีฬา", "บันเทิง", "เข้าสู่ระบบ"], TH),
                  "km": (["ទំព័រដើម", "ព័ត៌មាន", "កីឡា", "កម្សាន្ត", "ចូល"], KM)}


@pytest.mark.parametrize("language", sorted(UNSPACED_PAGES))
def test_an_article_in_a_script_without_spaces_between_words_is_kept_under_its_menu(language):
    menu, article = UNSPACED_PAGES[language]
    for learned in (False, True):
        assert clean("\n".join(menu + article + ["© 2024"]), learned=learned).text == "\n".join(article)
