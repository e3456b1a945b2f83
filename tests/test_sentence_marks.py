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


# Korean spaces its words, but a sentence of one short paragraph is 30-60 syllables, and its
# particles join its words ("빛축제가" for "빛축제"): syllables count twice towards a line's
# width and its words compare by syllable pairs, so the headline and its deck over dates, a
# byline and a share bar name the story under them.
KO_HEADER = ["한빛일보", "정치", "경제", "사회", "국제", "문화", "스포츠", "사회 > 지역"]
KO_HEADLINE = ["\"10년 만에 돌아온 겨울 축제\"…강릉 남대천 빛축제 12일 개막",
               "폐교 위기 학교 학생들이 만든 등불 3천 개로 강변 수놓아"]
KO_CHROME = ["입력 2026.12.03 14:21", "김서연 기자", "공유하기", "카카오톡", "페이스북", "링크복사"]
KO_BODY = ["코로나19 이후 중단됐던 강릉 남대천 빛축제가 10년 만에 다시 열린다.",
           "강릉시는 오는 12일부터 31일까지 20일간 남대천 일대에서 빛축제를 개최한다고 3일 밝혔다.",
           "올해 축제의 가장 큰 특징은 학생 수 감소로 통폐합 논의가 진행 중인 학교 학생들이 직접 만든 등불이다.",
           "시 관계자는 \"축제 수익금 일부는 참여 학교의 방과후 프로그램 지원에 쓰일 예정\"이라고 설명했다."]


@pytest.mark.parametrize("learned", [False, True], ids=["heuristics", "with the model"])
def test_a_korean_headline_and_deck_over_dates_and_a_share_bar_stay(learned):
    raw = "\n".join(KO_HEADER + KO_HEADLINE + KO_CHROME + KO_BODY + ["Copyright © 한빛일보. All rights reserved."])
    assert clean(raw, learned=learned).text == "\n".join(KO_HEADLINE + KO_BODY)
