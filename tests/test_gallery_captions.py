"""A photo gallery's captions, each opening on its number out of the count ("3/7 ...", "2 di 7
– ..."), go wherever they stand (generic.gallery); lists that count up the same way but are
the article's stay. Every text is invented."""

import pytest

from cleaner import clean

BODY = [
    "The olive harvest in the south of the island started two weeks early this year, after a dry summer that "
    "left the fruit smaller and with less juice than usual.",
    "Growers say the yield will be about a third lower than last year, and the cooperative mills expect to press "
    "less oil than at any time in the past decade.",
    "Prices at the mills have already risen, and traders say the first oil of the season is selling at twice "
    "last year's price on the wholesale market in Heraklion.",
    "The regional authority has asked the ministry for help for the smallest growers, who sell most of their "
    "oil to the cooperatives and have no other income in the winter.",
]

GALLERIES = {
    "slash": ["1/5 Harvest in a grove near Moires (Photo: Maria Chatzaki)", "2/5 Nets are laid under the trees",
              "3/5 Sacks of olives at the entrance of the mill", "4/5 The pressing line of a cooperative mill",
              "5/5 The first oil of the year"],
    "word": ["1 di 5 – La colonna di cenere vista da Nicolosi (foto di Salvo Russo)",
             "2 di 5 – La fontana di lava dal versante sud", "3 di 5 – Cenere vulcanica sulle auto in via Etnea",
             "4 di 5 – Operai al lavoro sulle piste dell'aeroporto", "5 di 5 – Il pennacchio visto dal lungomare"],
}


@pytest.mark.parametrize("gallery", GALLERIES.values(), ids=GALLERIES.keys())
def test_a_gallerys_numbered_captions_go_inside_the_article(gallery):
    text = "\n".join(["Olive harvest starts early on Crete", *BODY[:2], *gallery, *BODY[2:]])
    result = clean(text)
    assert result.text.splitlines() == ["Olive harvest starts early on Crete", *BODY]
    assert {removal.rule_id for removal in result.removals} == {"generic.gallery"}


def test_a_schedules_days_that_count_up_like_a_gallery_stay():
    # Day and month ("1/7", "2/7") open a festival's programme: no photographer is credited.
    programme = ["1/7 Opening concert in the main square", "2/7 Children's theatre in the park",
                 "3/7 Night market on the harbour front", "4/7 Closing parade through the old town"]
    text = "\n".join(["Harbour festival returns in July", *BODY[:2], *programme, *BODY[2:]])
    assert clean(text).text.splitlines() == ["Harbour festival returns in July", *BODY[:2], *programme, *BODY[2:]]


def test_a_thread_of_posts_numbered_like_a_gallery_stays():
    # A quoted thread is sentences, even with a photo credited under one of its posts (that
    # line, a caption that ends on its credit, goes by its rule).
    thread = ["1/4 The council met tonight and voted to close the bridge to cars from March.",
              "2/4 Cyclists and pedestrians keep using it while it is repaired. Photo: Jens Weber",
              "3/4 Buses will take the ring road, which adds about ten minutes to each trip.",
              "4/4 The vote was 21 to 14, with two abstentions."]
    text = "\n".join(["Council closes bridge to cars", *BODY[:2], *thread, *BODY[2:]])
    assert clean(text).text.splitlines() == ["Council closes bridge to cars", *BODY[:2], thread[0], *thread[2:],
                                             *BODY[2:]]
