"""A marker under the headline (a comment count, a tag line) ends the article only below three
lines of prose: lines as long as paragraphs that end on no full stop (a headline in a script
without spaces, a site notice) are no article yet, while a paragraph in a script without full
stops, a list's items and a paragraph wrapped at the source's line breaks are."""

import pytest

from cleaner import clean

JA_STORY = [
    "県は18日、県内の公立図書館で電子書籍の貸し出しを4月から始めると発表した。約2万冊を用意し、"
    "スマートフォンやパソコンから24時間借りられるようにする。",
    "対象は県内に住むか通勤・通学する人で、図書館の利用カードがあれば申し込める。1人につき同時に5冊まで、"
    "期間は2週間とする。",
    "県立図書館によると、来館が難しい高齢者や子育て中の世帯から要望が多かった。館長は「本に触れる機会を"
    "広げたい」と話した。",
    "県は利用状況を見ながら、来年度以降に蔵書を増やすことも検討する。",
]


def test_a_comment_count_under_a_japanese_byline_does_not_end_the_story():
    # The notice, the headline and the deck are as long as paragraphs in characters; only
    # the deck ends on "。".
    page = ["みなと新報", "県内のニュースを毎日お届け", "トップ　|　県政　|　社会　|　経済　|　スポーツ",
            "お知らせ：システム更新のため、20日未明に会員サービスを一時停止します", "",
            "トップ ＞ 県政", "県立図書館、電子書籍の貸し出しを4月から開始　約2万冊を用意",
            "来館が難しい高齢者や子育て世帯の要望に応える。県は蔵書の拡充も検討する。",
            "2025年3月18日 17時30分", "県政担当　森田彩", "コメント 2件", "", *JA_STORY, "",
            "コメント（2件）", "みなと太郎", "便利になるのはうれしい。", "返信　いいね 4",
            "©みなと新報 2025"]
    for learned in (False, True):
        kept = clean("\n".join(page), learned=learned).text.split("\n")
        assert kept[-len(JA_STORY):] == JA_STORY


def test_a_comment_count_under_three_sentences_still_ends_the_article():
    story = ["The council approved the new cycle lane on Tuesday after a two-hour debate.",
             "Work on the first section, along the river, starts in June and should take six weeks.",
             "Shops on the street asked for the loading bays to stay, and the plan keeps two of them."]
    comments = ["I ride this way every morning and the traffic at the bridge is the real problem, not the "
                "street itself; a lane that stops short of the bridge will not change much for anyone.",
                "Two loading bays for twenty shops is not enough, and the delivery vans will simply park in "
                "the new lane, as they already do on every other street in town where this was tried."]
    page = ["Cycle lane approved for river street", *story, "Comments (2)", "J. Moss", *comments[:1],
            "K. Hart", *comments[1:]]
    for learned in (False, True):
        assert clean("\n".join(page), learned=learned).text.split("\n") == page[:4]


COMMENTS = ["Comments (3)", "Mary Holt",
            "This is great news for families like mine who work all week and cannot get to the library "
            "on a Saturday morning because of sport and shopping, and I hope they keep it going.",
            "Dan Price",
            "Forty thousand pounds for six months of Sundays seems like a lot of money when the roof of "
            "the swimming pool still leaks and there is nothing left in the budget.",
            "Ann Lee", "Will the children's section be open too or just the reading rooms? The article does not "
            "say and that matters a lot for parents."]
WRAPPED = ["The central library on Mill Street will open on Sundays from the first",
           "weekend of March, the council said on Tuesday, after a petition signed",
           "by more than two thousand residents asked for longer opening hours", "",
           "The trial will run for six months and cost about 40,000 pounds, most of",
           "it for staff, and the council will then decide whether to keep the new",
           "hours for good or return to the old timetable next autumn"]
LISTED = ["The city's transport authority announced on Friday a set of changes to bus fares that take "
          "effect on Monday.",
          "- Single tickets go up from 2.20 to 2.40 pounds, the first rise in three years for most routes",
          "- Day passes stay at 6 pounds but can now be bought on the app as well as on board",
          "- Children under 16 travel free at weekends and during the school holidays across the city",
          "- Pensioners can travel before 9.30 in the morning for the first time, on every route"]


@pytest.mark.parametrize("story", [WRAPPED, LISTED], ids=["wrapped", "listed"])
def test_comments_under_a_wrapped_or_listed_story_are_cut(story):
    page = ["Changes to the city's library hours and bus fares", *story, "", *COMMENTS]
    for learned in (False, True):
        kept = clean("\n".join(page), learned=learned).text.split("\n")
        assert kept == [line for line in page[:len(story) + 1] if line]


def test_comments_under_a_thai_story_are_cut():
    # Thai ends its sentences on no full stop: each paragraph is one long line.
    story = ["เทศบาลนครเชียงใหม่เปิดเส้นทางจักรยานริมแม่น้ำปิงระยะทาง 12 กิโลเมตรอย่างเป็นทางการเมื่อวันอังคาร "
             "ประชาชนใช้งานได้ตลอด 24 ชั่วโมง",
             "นายกเทศมนตรีกล่าวว่าโครงการนี้ใช้งบประมาณราว 35 ล้านบาท และจะช่วยลดปัญหาการจราจรในเขตเมือง",
             "ทางเทศบาลมีแผนติดตั้งไฟส่องสว่างเพิ่มเติมตลอดเส้นทางภายในสิ้นปีนี้ เพื่อความปลอดภัยในเวลากลางคืน"]
    comments = ["ความคิดเห็น", "สมชาย",
                "ดีมากครับ ผมปั่นจักรยานไปทำงานทุกวันแต่ก่อนต้องปั่นบนถนนใหญ่ที่รถเยอะมากและอันตราย "
                "ตอนนี้มีเส้นทางริมน้ำแล้วสบายขึ้นเยอะเลย หวังว่าจะดูแลรักษาให้สะอาดตลอดไปนะครับ",
                "มาลี",
                "อยากให้มีที่จอดจักรยานตามจุดต่างๆ ด้วยค่ะ บางทีอยากแวะร้านกาแฟริมน้ำแต่ไม่มีที่จอดรถจักรยานเลย "
                "ต้องจอดพิงต้นไม้ไว้ซึ่งไม่ปลอดภัยเลยค่ะ อยากให้เทศบาลพิจารณาเรื่องนี้ด้วย",
                "วิชัย",
                "งบ 35 ล้านบาทถือว่าคุ้มค่าไหมครับ ผมว่าถนนในซอยหลายแห่งยังเป็นหลุมเป็นบ่ออยู่เลย "
                "ควรซ่อมถนนก่อนไหมครับ ประชาชนที่ขับรถมอเตอร์ไซค์ลำบากมากในหน้าฝน"]
    page = ["เชียงใหม่เปิดเส้นทางจักรยานริมแม่น้ำปิง", *story, *comments]
    for learned in (False, True):
        assert clean("\n".join(page), learned=learned).text.split("\n") == page[:4]
