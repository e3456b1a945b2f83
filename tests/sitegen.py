"""Generate per-site corpora of synthetic news pages with every line labelled.

Each site has its own boilerplate planted at its usual place: a slogan at the head, a
credit template ("Photo: <name>") under the headline, a subscribe prompt between
paragraphs, a link template ("رابط الخبر بصحيفة الوئام: <headline>") or a "read also" block
of other stories at the tail, and a footer block. Bodies are built from sentences drawn
at random from per-language word lists, so two pages share a body line only when a story
is syndicated: some wire stories run on several sites of one language, and one site keeps
repeating a background paragraph, both of which must survive learning. Everything comes
from one seeded random.Random, so a seed always gives the same corpus.
"""

from __future__ import annotations

import json
import random
from dataclasses import dataclass, field
from pathlib import Path

BODY, BOILERPLATE, BLANK = "body", "boilerplate", "blank"

_WORDS = {
    "en": {
        "subject": [
            "The city council", "A regional court", "The health ministry", "Local farmers",
            "The central bank", "Opposition leaders", "A group of engineers", "Teachers' unions",
            "The port authority", "Emergency crews", "Two rival clubs", "The water utility",
            "University researchers", "The transport agency", "Small shop owners",
        ],
        "verb": [
            "approved", "rejected", "postponed", "questioned", "announced", "criticised",
            "welcomed", "reviewed", "expanded", "suspended", "defended", "funded",
        ],
        "object": [
            "a new budget for road repairs", "the plan to close three clinics",
            "a pilot scheme for electric buses", "the rules on seasonal workers",
            "an inquiry into rising rents", "the merger of two hospitals",
            "a program to replace old pipes", "the timetable for the harbour works",
            "new limits on river fishing", "a fund for flood defences",
            "the contract for school meals", "plans for a solar farm",
        ],
        "when": [
            "on Monday", "late on Tuesday", "this week", "after a long debate",
            "earlier this month", "on Friday morning", "after months of talks",
            "at an evening session", "despite strong protests", "without a vote",
        ],
        "tail": [
            "officials said the cost would reach {n} million", "about {n} people attended",
            "the decision affects {n} households", "critics said {n} jobs were at risk",
            "the work is expected to last {n} months", "a survey found {n} per cent support",
        ],
        "quote": ["He added:", "She said:", "The spokesman noted:"],
    },
    "ar": {
        "subject": [
            "أعلنت وزارة الصحة", "قال المجلس البلدي", "أكدت هيئة النقل", "ذكر البنك المركزي",
            "أوضحت وزارة التعليم", "كشفت الشرطة", "أفادت مصادر محلية", "صرح رئيس البلدية",
            "أشار اتحاد المزارعين", "بينت دائرة الإحصاء", "أعلن نادي الهلال", "قالت جامعة الملك",
        ],
        "verb": [
            "عن إطلاق", "عن تأجيل", "عن توسيع", "عن مراجعة", "عن تمويل", "عن تعليق",
            "عن اعتماد", "عن دراسة",
        ],
        "object": [
            "مشروع لإصلاح الطرق", "خطة لبناء مدارس جديدة", "برنامج لدعم الأسر",
            "مبادرة لتوفير المياه", "حملة للتوعية الصحية", "مشروع للطاقة الشمسية",
            "خطة لتطوير الموانئ", "برنامج لتدريب الشباب", "مبادرة لدعم المزارعين",
            "مشروع لتوسعة المستشفى",
        ],
        "when": [
            "يوم الاثنين", "صباح الثلاثاء", "خلال هذا الأسبوع", "بعد اجتماع طويل",
            "في بداية الشهر", "مساء الخميس", "بعد أشهر من المفاوضات", "في مؤتمر صحفي",
        ],
        "tail": [
            "بتكلفة تبلغ {n} مليون ريال", "ويستفيد منه نحو {n} مواطن",
            "ويستمر العمل فيه {n} شهرا", "بمشاركة {n} جهة حكومية",
            "ويشمل {n} منطقة في المملكة", "وسط حضور {n} من المسؤولين",
        ],
        "quote": ["وأضاف:", "وقال:", "وأوضح المتحدث:"],
    },
    "fr": {
        "subject": [
            "Le conseil municipal", "La préfecture", "Le ministère de la Santé",
            "Les agriculteurs", "La région", "Les syndicats enseignants", "La mairie",
            "Les commerçants", "Le tribunal administratif", "La société des eaux",
        ],
        "verb": [
            "a approuvé", "a rejeté", "a reporté", "a annoncé", "a critiqué", "a financé",
            "a suspendu", "a défendu",
        ],
        "object": [
            "un budget pour la voirie", "la fermeture de trois cliniques",
            "un projet de bus électriques", "les règles du travail saisonnier",
            "une enquête sur les loyers", "la fusion de deux hôpitaux",
            "le remplacement des canalisations", "un fonds contre les inondations",
        ],
        "when": [
            "lundi", "mardi soir", "cette semaine", "après un long débat",
            "en début de mois", "vendredi matin", "après des mois de discussions",
        ],
        "tail": [
            "pour un coût de {n} millions d'euros", "devant environ {n} personnes",
            "ce qui concerne {n} foyers", "selon un sondage, {n} % des habitants approuvent",
        ],
        "quote": ["Il a ajouté :", "Elle a déclaré :"],
    },
}

# Per site: language, boilerplate and how often each piece is planted.
SITES = {
    "dailyherald.example": {
        "lang": "en",
        "slogan": ["The Daily Herald | News you can trust"],
        "credit": "Photo: {name}",
        "subscribe": ["Subscribe to The Daily Herald for just $1 a week.",
                      "SUBSCRIBE to the Daily Herald for just $1 a week"],
        "tail_link": None,
        "read_also": "Read more:",
        "share": "Share this article",
        "disclaimer": "The views expressed in comments are those of their authors and do "
                      "not reflect the editorial policy of The Daily Herald.",
        "footer": ["© 2024 Herald Media Group. All rights reserved.",
                   "Privacy Policy | Terms of Use | Contact"],
        "background": "The dispute began two years ago when the council first proposed "
                      "selling the old harbour land to a private developer.",
    },
    "coastnews.example": {
        "lang": "en",
        "slogan": ["COAST NEWS", "Independent journalism since 1987"],
        "credit": "Image credit: {name}",
        "subscribe": ["Get our morning briefing in your inbox - sign up free"],
        "tail_link": "Originally published on Coast News: {headline}",
        "popular": "Our readers' favourites",
        "read_also": None,
        "share": "Share this article",
        "disclaimer": None,
        "footer": ["Coast News is part of the Herald Media Group"],
        "background": None,
    },
    "alweeam.example": {
        "lang": "ar",
        "slogan": ["صحيفة الوئام الإلكترونية"],
        "credit": "تصوير: {name}",
        "subscribe": ["اشترك في نشرتنا البريدية لتصلك آخر الأخبار",
                      "إشترك في نشرتنا البريدية لتصلك آخر الأخبار"],
        "tail_link": "رابط الخبر بصحيفة الوئام: {headline}",
        "read_also": None,
        "share": None,
        "disclaimer": None,
        "footer": ["جميع الحقوق محفوظة لصحيفة الوئام ©"],
        "background": None,
    },
    "sabq.example": {
        "lang": "ar",
        "slogan": ["سبق | أخبار المملكة لحظة بلحظة"],
        "credit": "المصدر: {name}",
        "subscribe": ["تابعونا على تويتر وفيسبوك"],
        "tail_link": None,
        "read_also": "اقرأ أيضاً:",
        "share": "شارك الخبر",
        "disclaimer": None,
        "footer": ["سبق الإلكترونية - جميع الحقوق محفوظة", "سياسة الخصوصية | اتصل بنا",
                   "Sabq Online Newspaper - Riyadh"],
        "background": None,
    },
    "lavoix.example": {
        "lang": "fr",
        "slogan": ["La Voix du Sud - l'info de chez vous"],
        "credit": "Crédit photo : {name}",
        "subscribe": ["Abonnez-vous à notre newsletter pour ne rien manquer"],
        "tail_link": "Article original sur La Voix du Sud : {headline}",
        "read_also": "Lire aussi :",
        "share": None,
        "disclaimer": None,
        "updated": "Édition du {day}/{month}/2024 à {hour}h{minute:02d}",
        "footer": ["© La Voix du Sud - Tous droits réservés",
                   "Mentions légales | Cookies | Nous contacter"],
        "background": None,
    },
}

_NAMES = {
    "en": ["John Carter", "Maria Lopez", "Reuters", "AP Photo", "Staff photographer",
           "Ahmed Khan", "Lisa Wong", "Getty Images", "Tom Baker", "Nina Petrova"],
    "ar": ["واس", "محمد العتيبي", "وكالات", "سارة القحطاني", "أرشيفية", "عبدالله الشمري",
           "رويترز", "فهد الدوسري"],
    "fr": ["AFP", "Jean Dupont", "Marie Curien", "Archives", "Paul Martin", "Lucie Bernard"],
}


@dataclass
class Page:
    site: str
    url: str
    lines: list[str]
    labels: list[str]  # BODY, BOILERPLATE or BLANK, one per line

    @property
    def text(self) -> str:
        return "\n".join(self.lines) + "\n"


@dataclass
class Story:
    headline: str
    paragraphs: list[str]


def generate(seed: int = 7, pages_per_site: int = 200) -> list[Page]:
    """Every site's pages, interleaved as a crawl would deliver them."""
    rng = random.Random(seed)
    wire = {lang: [_story(rng, lang) for _ in range(8)] for lang in _WORDS}
    pages = []
    for site, spec in SITES.items():
        # A box of the site's most popular stories: their headlines recur on many pages,
        # and each of them is also the headline of its own page.
        popular = [_story(rng, spec["lang"]) for _ in range(5)] if spec.get("popular") else []
        for number in range(pages_per_site):
            # About one page in twenty runs a wire story that other sites run too.
            story = rng.choice(wire[spec["lang"]]) if rng.random() < 0.05 else _story(rng, spec["lang"])
            if number < len(popular):
                story = popular[number]
            pages.append(_page(rng, site, spec, story, number, popular))
    rng.shuffle(pages)
    return pages


def write_jsonl(pages: list[Page], path: Path) -> Path:
    with open(path, "w", encoding="utf-8") as handle:
        for page in pages:
            handle.write(json.dumps({"url": page.url, "text": page.text}, ensure_ascii=False) + "\n")
    return path


def write_folders(pages: list[Page], root: Path) -> Path:
    """One folder per site, one .txt file per page."""
    for number, page in enumerate(pages):
        folder = root / page.site
        folder.mkdir(parents=True, exist_ok=True)
        (folder / f"{number:05d}.txt").write_text(page.text, encoding="utf-8")
    return root


def _story(rng: random.Random, lang: str) -> Story:
    words = _WORDS[lang]
    headline = f"{rng.choice(words['subject'])} {rng.choice(words['verb'])} {rng.choice(words['object'])}"
    paragraphs = [
        " ".join(_sentence(rng, lang) for _ in range(rng.randint(1, 3)))
        for _ in range(rng.randint(3, 7))
    ]
    return Story(headline, paragraphs)


def _sentence(rng: random.Random, lang: str) -> str:
    words = _WORDS[lang]
    tail = rng.choice(words["tail"]).format(n=rng.randint(2, 990))
    sentence = (f"{rng.choice(words['subject'])} {rng.choice(words['verb'])} "
                f"{rng.choice(words['object'])} {rng.choice(words['when'])}, {tail}.")
    if rng.random() < 0.15:
        # Quoted speech: a fixed opener and a colon, like a credit template, but a sentence.
        sentence = f"{rng.choice(words['quote'])} {sentence}"
    return sentence


def _page(rng: random.Random, site: str, spec: dict, story: Story, number: int,
          popular: list[Story]) -> Page:
    lang = spec["lang"]
    lines: list[tuple[str, str]] = []

    def plant(text: str) -> None:
        lines.append((text, BOILERPLATE))

    if rng.random() < 0.9:
        for slogan in spec["slogan"]:
            plant(slogan)
    lines.append((story.headline, BODY))
    if rng.random() < 0.7:
        plant(spec["credit"].format(name=rng.choice(_NAMES[lang])))
    if spec.get("updated") and rng.random() < 0.8:
        plant(spec["updated"].format(day=rng.randint(1, 28), month=rng.randint(1, 12),
                                     hour=rng.randint(0, 23), minute=rng.randint(0, 59)))
    paragraphs = list(story.paragraphs)
    if spec["background"] and rng.random() < 0.25:
        paragraphs.insert(rng.randint(1, len(paragraphs)), spec["background"])
    prompt_after = rng.randint(1, len(paragraphs) - 1) if rng.random() < 0.5 else -1
    for index, paragraph in enumerate(paragraphs):
        if rng.random() < 0.3:
            lines.append(("", BLANK))
        lines.append((paragraph, BODY))
        if index == prompt_after:
            plant(rng.choice(spec["subscribe"]))
    if spec["disclaimer"]:
        plant(spec["disclaimer"])
    if spec["share"] and rng.random() < 0.6:
        plant(spec["share"])
    if spec["tail_link"] and rng.random() < 0.95:
        plant(spec["tail_link"].format(headline=story.headline))
    if spec["read_also"] and rng.random() < 0.5:
        plant(spec["read_also"])
        for _ in range(rng.randint(2, 4)):
            plant(_story(rng, lang).headline)
    if popular and rng.random() < 0.5:
        plant(spec["popular"])
        for other in rng.sample(popular, 3):
            plant(other.headline)
    if rng.random() < 0.85:
        for line in spec["footer"]:
            plant(line)
    texts, labels = zip(*lines)
    return Page(site, f"https://www.{site}/news/{number}", list(texts), list(labels))


@dataclass
class Score:
    """How cleaning with a rule set treated the planted lines and the body lines."""

    planted: int = 0
    planted_removed: int = 0  # by any rule or heuristic
    planted_by_learned: int = 0  # removed, and explain names a learned rule
    body: int = 0
    body_removed: int = 0
    body_by_learned: int = 0
    unnamed: list = field(default_factory=list)  # planted lines removed by something else

    @property
    def recall(self) -> float:
        return self.planted_removed / self.planted

    @property
    def learned_recall(self) -> float:
        return self.planted_by_learned / self.planted

    @property
    def body_loss(self) -> float:
        return self.body_removed / self.body

    @property
    def learned_precision(self) -> float:
        by_learned = self.planted_by_learned + self.body_by_learned
        return self.planted_by_learned / by_learned if by_learned else 1.0


def score(pages: list[Page], rules, unless_removed_by=None) -> Score:
    """Clean every page with `rules` and compare explain's verdicts with the labels.

    With unless_removed_by (a rule set), planted lines that it already removes are not
    counted: learning leaves what the shipped rules do to them.
    """
    from cleaner.engine import clean
    from cleaner.explain import explain_lines

    result = Score()
    for page in pages:
        entries = explain_lines(page.text, clean(page.text, page.url, rules=rules))
        skip = [False] * len(entries)
        if unless_removed_by is not None:
            before = explain_lines(page.text, clean(page.text, page.url, rules=unless_removed_by))
            skip = [entry["status"] == "removed" for entry in before]
        for label, entry, skipped in zip(page.labels, entries, skip):
            removed = entry["status"] == "removed"
            learned = entry["rule_id"].startswith("learned.")
            if label == BOILERPLATE and not skipped:
                result.planted += 1
                result.planted_removed += removed
                result.planted_by_learned += learned
                if removed and not learned:
                    result.unnamed.append((page.url, entry["rule_id"], entry["text"]))
            elif label == BODY:
                result.body += 1
                result.body_removed += removed
                result.body_by_learned += learned
    return result
