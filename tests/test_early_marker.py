"""A marker under the headline (a comment count, a tag line) ends the article only below three
sentences of it: lines as long as paragraphs that end on no full stop (a headline in a script
without spaces, its deck, a site notice) are no article yet."""

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
