"""A short story over its readers' comments and another story: the last comment and the story
under it say more than it does, and the densest run of prose is theirs. The story under the
page's opening headline, with the thread right under it (its tags between them), is the
article; the comments and what follows them go."""

from cleaner import clean

HEADLINE = "وزارة الثقافة تنهي تكليف مدير المسرح الوطني"
BYLINE = "رصد: سلمى حداد"
# A brief of two short paragraphs: beside the prose below it, it is too small to be the
# densest run of the page (heuristics.MIN_RUN_SHARE).
STORY = ["أعلنت وزارة الثقافة اليوم إنهاء تكليف مدير المسرح الوطني.",
         "ودعت الوزارة الهيئة المديرة إلى تقديم التقارير في أجل شهر."]
TAGS = "وسوم الخبر: المسرح, الثقافة, الوزارة"
THREAD = [
    "آراء القراء (3)",
    "كريم بن علي",
    "2024-11-14 09:12",
    "أخيرا جاء القرار الذي انتظرناه طويلا",
    "نادية",
    "2024-11-14 10:40",
    "هذا قرار سياسي وليس إداريا",
    "سامي",
    "2024-11-14 11:05",
    "لننتظر التقارير قبل أن نحكم على أحد، فالوزارة أنهت تكليفات من قبل ثم جددتها بعد أشهر قليلة "
    "عندما انشغلت الصحافة بأخبار أخرى ونسي الناس القصة كلها.",
]

OTHER_STORY = [
    "للاطلاع على تفاصيل أخرى",
    "إدارة المهرجان تعلن برنامج الدورة الجديدة",
    "أعلنت إدارة مهرجان المدينة للمسرح أمس برنامج دورتها الجديدة التي تنطلق في الأسبوع الأول من "
    "شهر ديسمبر وتضم عشرين عرضا من بلدان عربية وإفريقية وأوروبية مختلفة.",
    "وقالت المديرة في ندوة صحفية إن الدورة ستخصص يوما كاملا لعروض الأطفال وورشات التكوين في "
    "التمثيل والإخراج لفائدة طلبة المعاهد العليا للفنون الدرامية في الجهات الداخلية، وإن لجنة "
    "الاختيار شاهدت أكثر من مئة عمل قبل أن تستقر على قائمة العروض المشاركة في المسابقة الرسمية.",
    "وأضافت أن المهرجان سيكرم هذا العام ثلاثة من رواد المسرح في البلاد، وأن العروض ستقدم في أربع "
    "قاعات بوسط المدينة وفي فضاءات مفتوحة بالأحياء الشعبية، مع تخفيض في أسعار التذاكر لفائدة "
    "الطلبة والعائلات، وسيتم نقل حفل الافتتاح مباشرة على القناة الوطنية وعلى صفحات المهرجان.",
]


def test_a_short_story_over_a_longer_comment_thread_is_the_article():
    page = [HEADLINE, BYLINE, *STORY, TAGS, *THREAD, *OTHER_STORY]
    for learned in (False, True):
        result = clean("\n".join(page), learned=learned)
        assert result.text == "\n".join([HEADLINE, *STORY])
