"""The top of a naive page rendering: a portal's outlet and date under a headline as long as a
paragraph (Chinese, Japanese), a menu parted by ideographic spaces, and a menu parted by runs
of spaces over a headline that reads as a paragraph. Every text is invented; each guard comes
with what must stay."""

import pytest

from cleaner import clean

JA_BODY = [
    "北陸新幹線の金沢―敦賀間が開業して2カ月がたち、JR西日本は16日、同区間の利用者数が開業前の在来線特急と比べて約1.4倍に増えたと発表した。",
    "同社によると、大型連休期間は前年同期の特急利用の約1.6倍となった。沿線の観光地にも客足が伸びている。",
    "福井県の担当者は「首都圏からの来訪者が目に見えて増えた。関西方面からの乗り継ぎの不便さを補う施策も考えたい」と話した。",
]
JA_HEADLINE = "北陸新幹線の敦賀延伸、開業2カ月で利用者1.4倍　沿線観光地に客足"


def kept(text: str) -> list[str]:
    return clean(text).text.splitlines()


def test_a_portals_outlet_and_date_under_a_long_headline_go_and_the_headline_stays():
    page = ["ニュースモール", "トップ", "速報", "ランキング", "ログイン", "", JA_HEADLINE, "北陸中央新聞",
            "5/17(金) 9:30配信", "開業から2カ月を迎えた敦賀駅（福井県敦賀市）", *JA_BODY]
    assert kept("\n".join(page)) == [JA_HEADLINE, *JA_BODY]


def test_a_name_in_a_script_without_capitals_stays_when_no_date_line_stands_by_it():
    # The outlet's line goes as a credit only beside the story's date; a sub-heading of the
    # article in the same shape, between paragraphs, is the article's.
    page = [JA_HEADLINE, JA_BODY[0], "観光への影響", JA_BODY[1], JA_BODY[2]]
    assert kept("\n".join(page)) == page


def test_a_menu_parted_by_ideographic_spaces_and_a_cookie_notice_go():
    page = ["当サイトはCookieを使用しています。詳しくはプライバシーポリシーをご覧ください。　同意する", "ニュースプラザ",
            "トップ　国内　国際　経済　エンタメ　スポーツ　IT　科学　地域", "検索", "",
            "コメ価格、前年比1.5倍に　新米出回っても高止まり", "11/8(金) 12:15配信", "",
            "スーパーで販売されるコメの価格が高止まりしている。農林水産省が8日に発表した平均価格は前年同期の約1.5倍となった。",
            "夏場の品薄を受け、秋の新米出荷で価格は落ち着くとの見方が多かった。しかし新米の集荷競争が激しく、店頭価格に反映されている。",
            "都内のスーパーの担当者は「仕入れ値が上がっており、値下げは難しい。客の買い控えも感じる」と話す。"]
    assert kept("\n".join(page)) == [page[5], *page[8:]]


def test_a_headline_in_two_halves_parted_by_an_ideographic_space_stays():
    page = ["コメ価格、前年比1.5倍に　新米出回っても高止まり", "5キロ4000円台が続く　流通の目詰まり指摘も",
            "スーパーで販売されるコメの価格が高止まりしている。農林水産省が8日に発表した平均価格は前年同期の約1.5倍となった。",
            "夏場の品薄を受け、秋の新米出荷で価格は落ち着くとの見方が多かった。しかし新米の集荷競争が激しく、店頭価格に反映されている。"]
    assert kept("\n".join(page)) == page


EN_BODY = [
    "The city council voted on Tuesday to close the old harbour bridge to cars from next spring, ending a "
    "debate that has lasted nearly a decade.",
    "Engineers told councillors that the bridge, built in 1931, can no longer carry heavy traffic safely and "
    "that another round of repairs would cost more than a new crossing.",
    "Cyclists and pedestrians will still be able to use the bridge, which will be resurfaced over the summer.",
]


def test_a_menu_between_runs_of_spaces_is_never_the_headline():
    # The headline reads as a paragraph (long, no full stop); the menu over it was taken for
    # the headline and kept, with the site's name.
    headline = ("Council votes to close the old harbour bridge to cars from next spring after years of repairs "
                "and complaints from residents")
    page = ["Daily Courier", "Home  News  World  Business  Sport  Culture", "Log in", headline, *EN_BODY]
    assert kept("\n".join(page)) == [headline, *EN_BODY]


def test_a_first_paragraph_over_a_photo_credit_stays_when_every_paragraph_has_one():
    # A gallery-like story sets a photo after each paragraph: its first paragraph is no
    # caption, and the story starts there.
    body = [EN_BODY[0], "Photo: Jens Weber", EN_BODY[1], "Photo: Jens Weber", EN_BODY[2], "Photo: Jens Weber"]
    page = ["Harbour bridge to close to cars next spring", *body]
    assert kept("\n".join(page)) == [page[0], EN_BODY[0], EN_BODY[1], EN_BODY[2]]


def test_a_short_opening_sentence_over_a_photo_credit_is_the_story():
    # A lede of a dozen words over the inline photo's credit reads like a lead caption; a
    # skip past such captions took it (found by review and taken back).
    lede = "The harbour bridge will close to cars next spring, the city council decided on Tuesday night."
    page = ["Harbour bridge to close to cars next spring", lede, "Photo: PA", *EN_BODY[1:]]
    assert kept("\n".join(page)) == [page[0], lede, *EN_BODY[1:]]


SQ_BODY = [
    "Reshjet e tre ditëve të fundit kanë përmbytur tokat bujqësore dhe shtëpitë në fushën e Zadrimës, ku mbi "
    "pesëqind familje janë të izoluara nga uji.",
    "Prefektura ka dërguar mjete lundruese në fshatrat më të prekur, ndërsa ushtria shpërndan ujë të pijshëm dhe bukë.",
    "Meteorologët presin që shiu të pushojë vetëm të martën.",
]
SQ_HEADLINE = "Përmbytje në Zadrimë: mbi pesëqind familje të izoluara nga uji"
SQ_DECK = "Prefektura dërgon mjete lundruese në fshatrat e prekur, ushtria shpërndan ujë dhe bukë"


def test_the_sites_name_again_under_the_headline_is_no_headline():
    # "LAJME VERI" over the menu names the site; its copy under the headline and the date
    # line credits the story to it, and the headline and deck above stay.
    page = ["LAJME VERI", "Lajme | Rajoni | Sport | Kulturë | Video", "Ndiqni faqen në Facebook", "",
            SQ_HEADLINE, SQ_DECK, "Publikuar më: 03.12.2023, 18:40", "Lajme Veri", *SQ_BODY]
    assert kept("\n".join(page)) == [SQ_HEADLINE, SQ_DECK, *SQ_BODY]


def test_a_short_title_over_the_menu_is_the_headline_again_under_it():
    # A page's title as short as a site's name over the menu, and its copy over the byline
    # with only the menu and a share bar above it: the copy is the headline.
    body = ["If eyes are the window to the soul, the skin around them tells of age, stress and sleep, and this "
            "eye gel promises to hide all three.",
            "Dermatologists say cold compresses and sleep do as much for puffy eyes as most creams on the shelf."]
    page = ["Eye on the gel", "Jobs | Cars | Real Estate | Shopping | Classified", "Beauty picks",
            "Print This Email This Subscribe", "Eye on the gel", "Lara Piu", "Jan. 22, 2004 12:00 AM", *body]
    assert kept("\n".join(page)) == ["Eye on the gel", *body]


SK_HEADLINE = "Trnavská nemocnica otvorila nové centrum pre liečbu mozgovej porážky"
SK_BODY = [
    "Fakultná nemocnica v Trnave v pondelok otvorila iktové centrum, ktoré bude nepretržite liečiť pacientov s "
    "mozgovou porážkou z celého kraja.",
    "Doteraz museli lekári pacientov prevážať do Bratislavy, cesta sanitkou trvala aj hodinu a pri porážke rozhoduje "
    "každá minúta.",
    "Centrum začne prijímať pacientov od 1. apríla a ročne ošetrí okolo štyristo ľudí.",
]


def test_a_ticker_of_headlines_over_the_menu_is_no_paragraph():
    # Three headlines between bullets after a label: the ticker went for the article's first
    # paragraph, and the menu and headline under it for its text.
    ticker = "Aktuálne: Uzávera na Hlbokej ulici potrvá do piatku ● Cestovné v MHD sa od marca nemení ● Nemocnica hľadá sestry"
    page = ["NOVINKY.TT – správy z Trnavy a okolia", ticker, "Úvod | Trnava | Kraj | Šport | Kultúra", "",
            SK_HEADLINE, *SK_BODY]
    assert kept("\n".join(page)) == [SK_HEADLINE, *SK_BODY]


def test_a_line_of_results_between_bullets_is_no_ticker():
    # Items with their scores between bullets: the round's results inside the article.
    for results in ("Žilina – Košice 0:0 · Nitra – Prešov 3:2 · Zlaté Moravce – Ružomberok 1:1",
                    "Žilina – Košice 2-0 · Nitra – Prešov 3-2 · Zlaté Moravce – Ružomberok 1-1"):
        page = [SK_HEADLINE, SK_BODY[0], results, SK_BODY[1], SK_BODY[2]]
        assert kept("\n".join(page)) == page


IT_HEADLINE = "Metro 2, firmato il contratto per il primo lotto: i cantieri partiranno in autunno"
IT_BODY = [
    "È stato firmato questa mattina a Palazzo Civico il contratto per la progettazione e la realizzazione del "
    "primo lotto della linea 2 della metropolitana.",
    "L'opera vale circa 1,8 miliardi di euro e i cantieri dovrebbero partire in autunno, ha spiegato il sindaco.",
    "Il comitato dei residenti chiede che i lavori non blocchino le vie del mercato.",
]


def test_a_timeline_and_a_live_blogs_entries_inside_the_article_stay():
    timeline = ["10:15 – Scatta il primo allarme nella zona di Vinovo",
                "10:40 – I vigili del fuoco chiudono la provinciale",
                "11:05 – Il sindaco firma l'ordinanza di evacuazione."]
    announced = [IT_HEADLINE, IT_BODY[0], "La mattinata, ora per ora:", *timeline, IT_BODY[1], IT_BODY[2]]
    under_the_headline = [IT_HEADLINE, *timeline, *IT_BODY]
    # A live blog's entries end on a quote or an exclamation mark as often as on a full stop.
    live_blog = ["Maltempo, il Piemonte in allerta arancione",
                 "12:10 – Il presidente della Regione: «Restate a casa se potete»",
                 "11:40 – Esondato il Chisola a Vinovo, evacuate venti famiglie!", *IT_BODY]
    for page in (announced, under_the_headline, live_blog):
        assert kept("\n".join(page)) == page


def test_a_features_short_headline_under_its_kicker_is_no_sites_name():
    # The page's short title over the menu, a kicker that shares two words with the story,
    # then the headline again: one line between them, not a headline and a deck.
    body = ["Der Stausee im Tal ist in diesem Sommer so leer wie seit Jahrzehnten nicht, und am Grund tauchen "
            "die Mauern des alten Dorfes wieder auf.",
            "Die Fischer am Stausee sagen, sie hätten das Dorf zuletzt als Kinder gesehen."]
    page = ["Stille Wasser", "Politik | Wirtschaft | Kultur | Reise", "",
            "Am Stausee tauchen die Mauern des alten Dorfes wieder auf", "Stille Wasser", *body]
    assert kept("\n".join(page)) == ["Stille Wasser", *body]


# The headline, its section and the site's name between bars: the page's title, which is its
# only headline here. A section may hold a year.
@pytest.mark.parametrize("title", ["Council approves new cycle lanes | Local News | Northern Standard",
                                   "Council approves new cycle lanes as budget talks end | Election 2024 | Northern Standard"])
def test_a_page_titles_parts_between_bars_are_no_ticker(title):
    body = ["The city council on Tuesday approved a plan to build protected cycle lanes along four of the busiest "
            "streets in the centre, after a debate that lasted more than three hours.",
            "Work on the first stretch is expected to begin in the spring, the transport department said."]
    assert kept("\n".join([title, *body]))[0] == title


def test_a_market_ticker_of_labelled_figures_between_bars_is_no_paragraph():
    # Three fields between bars, the last two a label and a figure: no page title's section
    # and site name, which are names.
    ticker = "Dólar blue: compra $1.190 / venta $1.210 | Riesgo país: 721 | Merval: +1,8%"
    headline = "El boleto de colectivo en el AMBA aumenta 12% desde el lunes"
    body = ["El Gobierno nacional oficializó este viernes, a través de una resolución publicada en el Boletín "
            "Oficial, un nuevo aumento del boleto de colectivo en las líneas nacionales del AMBA.",
            "Se trata del segundo incremento del boleto en lo que va del año, y las líneas provinciales también "
            "actualizarán sus tarifas.",
            "La Secretaría de Transporte justificó la medida en la necesidad de reducir los subsidios."]
    page = ["AgendaNoticias.com.ar", "Lo que pasa en Argentina, minuto a minuto",
            "Inicio | Política | Economía | Sociedad | Deportes | Espectáculos", "Ingresar", ticker, "", headline, *body]
    assert ticker not in kept("\n".join(page)) and kept("\n".join(page))[-len(body):] == body


def test_a_stamp_under_the_byline_is_no_headline_and_the_headline_over_the_deck_stays():
    # A magazine's header: the headline, its deck as long as a paragraph, the byline, and a
    # stamp of the date and the reading time. The stamp is the header line nearest the body
    # and has a headline's length, but it is under a byline, not over a story.
    headline = "De imker van het flatdak"
    deck = ("Op het dak van een flatgebouw in Amsterdam-Noord houdt Winston Pinas twaalf bijenvolken. "
            "'Mijn buren dachten eerst dat ik gek was.'")
    body = ["Het is nog geen acht uur 's ochtends als Pinas de metalen deur naar het dak openduwt. Achter hem "
            "zoemt het al, want de eerste bijen vliegen uit zodra de zon op de kasten staat.",
            "'Kijk,' zegt hij, en hij wijst naar de vliegplank van de dichtstbijzijnde kast. 'Ze halen al "
            "wilgenstuifmeel, dat zie je aan de gele klompjes aan hun poten.'"]
    page = ["Menu", "Zoeken", "ZOMER & CO", "Wonen", "Eten", "Natuur", "Mensen", "", headline, deck,
            "Door Sanne Verhoef · Fotografie Jeroen Bakker", "27 april 2024 · 8 minuten leestijd", "", *body]
    assert kept("\n".join(page)) == [headline, deck, *body]


def test_a_tagged_headline_under_the_date_line_is_no_stamp_and_stays():
    headline = "IPL 2024 | Kohli's 92 keeps Bengaluru alive in the race for the play-offs"
    body = ["Virat Kohli made 92 from 47 balls on Thursday as Bengaluru beat Punjab by 60 runs to stay "
            "in the race for a place in the play-offs.",
            "Kohli hit seven fours and six sixes before he was caught on the boundary in the 18th over, "
            "eight short of his ninth century in the league."]
    page = ["Sign In", "E-Paper", "Home", "India", "World", "Cricket", "Business", "Entertainment",
            "Updated: May 10, 2024 18:05 IST", headline, *body]
    assert kept("\n".join(page)) == [headline, *body]
