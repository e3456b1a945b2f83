"""A line of a label and a date with its clock time under the headline is the story's stamp,
whether or not a date rule of the page's language reads it."""

from cleaner import clean

HEADLINE = "নদীর ওপর নতুন সেতু খুলল, কমবে দুই জেলার যাতায়াতের সময়"
DECK = "প্রথম দিনেই সেতু পার হলো কয়েক হাজার গাড়ি, টোল নিয়ে আপত্তি ব্যবসায়ীদের"
STORY = [
    "দীর্ঘ অপেক্ষার পর বৃহস্পতিবার সকালে নদীর ওপর নির্মিত নতুন সেতুটি যান চলাচলের জন্য খুলে দেওয়া হয়েছে। "
    "সেতুটি চালু হওয়ায় দুই জেলার মধ্যে যাতায়াতের সময় প্রায় এক ঘণ্টা কমবে।",
    "সড়ক বিভাগের কর্মকর্তারা জানান, প্রথম দিনেই কয়েক হাজার গাড়ি সেতু পার হয়েছে এবং কোথাও কোনো যানজট হয়নি।",
    "তবে স্থানীয় ব্যবসায়ীরা বলেন, ট্রাকের টোল বেশি ধরা হয়েছে, এতে পণ্যের দাম বাড়তে পারে।",
]


def test_a_dated_label_no_rule_reads_is_the_storys_stamp_not_its_headline():
    # "প্রকাশিত" (published) and the clock's "অপরাহ্ণ" (afternoon) are no date rule's, and
    # the line shares the story's weekday (বৃহস্পতিবার) with its opening.
    page = ["নদীপাড় বার্তা", "প্রচ্ছদ | জেলা | দেশ | খেলা | বিনোদন | মতামত | ভিডিও", "ই-পেপার", "আমাদের ফলো করুন",
            "প্রচ্ছদ » জেলা", "", HEADLINE, DECK, "নিজস্ব প্রতিবেদক, নদীপাড়",
            "প্রকাশিত: বৃহস্পতিবার, ৮ মে ২০২৫, ৪:২৫ অপরাহ্ণ", "আপডেট: ৮ মে ২০২৫, ৫:১০ অপরাহ্ণ",
            "পড়তে সময় লাগবে ৩ মিনিট", "", *STORY]
    for learned in (False, True):
        kept = clean("\n".join(page), learned=learned).text.split("\n")
        assert kept[:2] == [HEADLINE, DECK] and kept[-len(STORY):] == STORY


def test_a_live_headline_with_a_clock_time_stays_the_headline():
    headline = "Derby day: 12:30 kick-off as Valley United meet the leaders at home"
    story = ["Valley United meet the league leaders at home at half past twelve, needing a win to stay in "
             "touch with the top four.",
             "The manager said on Friday that both strikers were fit, and that the leaders would find the home "
             "crowd louder than in any match this season.",
             "Tickets sold out on Wednesday, and the club has opened a second screen in the sports hall next door."]
    page = ["Valley Sport", "Home | Football | Cricket | Rugby | Video | Podcasts", "E-paper", "Sign in", "Follow us",
            "Home » Football", "", headline, "By Sam Okafor", "Updated: 8 May 2025, 11:10", "Reading time 2 minutes",
            "", *story]
    for learned in (False, True):
        kept = clean("\n".join(page), learned=learned).text.split("\n")
        assert kept[0] == headline and kept[-len(story):] == story


# A headline holding a date, its year and a clock time among the story's words is no stamp:
# the site's name above it still goes.
def test_a_headline_with_a_date_and_a_time_among_its_words_is_no_stamp():
    headline = "Stadtrat: Entscheidung über Brücke am Donnerstag, 13. März 2025, 18.00 Uhr"
    story = ["Der Stadtrat entscheidet am Donnerstagabend über den Neubau der Brücke über den Fluss, die seit dem "
             "Frühjahr gesperrt ist.",
             "Die Verwaltung schlägt einen Neubau für 42 Millionen Euro vor, der bis 2028 fertig sein soll.",
             "Die Sitzung ist öffentlich, Bürger können Fragen vorab per E-Mail einreichen."]
    for learned in (False, True):
        kept = clean("\n".join(["Stadtanzeiger", headline, "Von Anna Berg", "", *story]), learned=learned)
        assert kept.text.split("\n") == [headline, *story]
