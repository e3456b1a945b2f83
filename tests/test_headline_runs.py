"""Other stories' headlines that a site prints between two paragraphs of the article with no
label over them (its "related" links, kept inline by the scrape): three or more
headline-shaped lines, each its own story, that share few words with the article. The
article's own lists, contents, round-ups, tables and wrapped paragraphs have shapes of
their own, and stay."""

import pytest
from test_linemodel import ARTICLE  # a ferry story of six paragraphs under its headline

from cleaner import clean

HEADLINES = {
    "en": ["Seafront café owner wins fight over outdoor seating",
           "Police name man who died after crash near Wexley roundabout",
           "Two primary schools to merge under new trust proposals"],
    "pl": ["Pożar pustostanu przy ulicy Bieńczyckiej gasiło sześć zastępów",
           "Wisła Kraków z nowym trenerem bramkarzy",
           "Ruszyły zapisy do żłobków na przyszły rok szkolny"],
    "ro": ["Accident grav pe DN1, la ieșirea din Ploiești",
           "Noi reguli pentru parcarea de reședință în Sectorul 3",
           "Cât vor costa facturile la gaz din ianuarie"],
}


def cleaned(lines: list[str]) -> list[str]:
    """The kept lines, with and without the learned layer, after checking that a second
    cleaning changes nothing."""
    results = []
    for learned in (False, True):
        result = clean("\n".join(lines), learned=learned)
        assert clean(result.text, learned=learned).text == result.text
        results.append(result.text.split("\n"))
    assert results[0] == results[1]
    return results[0]


def removed_by(text: str, rule_id: str) -> list[str]:
    return [line for removal in clean(text).removals if removal.rule_id == rule_id
            for line in removal.text.split("\n") if line]


@pytest.mark.parametrize("language", sorted(HEADLINES))
def test_three_other_headlines_between_two_paragraphs_go(language):
    page = ARTICLE[:3] + HEADLINES[language] + ARTICLE[3:]
    assert cleaned(page) == ARTICLE
    assert removed_by("\n".join(page), "generic.headline-run") == HEADLINES[language]


def test_blank_lines_around_the_run_and_a_closing_quote_above_it_change_nothing():
    quoted = ARTICLE[2][:-1] + ",” she said."
    page = ARTICLE[:2] + [quoted, ""] + HEADLINES["en"] + [""] + ARTICLE[3:]
    assert cleaned(page) == ARTICLE[:2] + [quoted] + ARTICLE[3:]


# Each trap is a shape the article's own lines take where one of the run's guards looks;
# each stands under a paragraph of the story, as the other stories' headlines do.
TRAPS = {
    # A sentence ending on a colon announces its list.
    "announced": ["Under the plan the boats will also call at three new stops on the smaller islands, "
                  "which the council listed in its statement:",
                  "Northholm pier beside the old lighthouse",
                  "Eastwick slipway near the campsite gates",
                  "Westray jetty below the chapel"],
    # A round-up's headlines, or a list's entries, share a word.
    "sharing a word": ["The island communities welcomed the decision and listed what they hope a "
                       "reliable link will bring them over the coming years.",
                       "Bakery doubles its weekend opening hours",
                       "Bakery welcomes its first apprentices",
                       "Bakery wins regional baking contest again"],
    # Lines of a paragraph wrapped at its source's line breaks.
    "wrapped": ["Residents met on the quay on Monday evening to hear the harbour master explain "
                "the timetable and the works planned for the landing stages.",
                "Most of the vessels that served the crossing were built in the",
                "Seventies, however, there are plans being drawn up for",
                "Newer hulls, the operator said in its annual report and"],
    # A poll's rows are figures.
    "figures": ["A poll of island residents taken by the community council before the vote showed "
                "broad support for the new service and its fares.",
                "Backing the crossing as planned – 61.7%",
                "Opposed to any subsidy whatever – 25.2%",
                "Undecided about the contract – 13.1%"],
    # A contents' entries open on their numbers.
    "numbered": ["The operator's bid, which the council published in full on its website, is divided "
                 "into three chapters that the councillors discussed one by one.",
                 "2.1 Vessels and their financing",
                 "2.2 Crew training under review",
                 "2.3 Winter season timetables"],
}


@pytest.mark.parametrize("trap", sorted(TRAPS))
def test_the_articles_own_runs_of_short_lines_stay(trap):
    page = ARTICLE[:3] + TRAPS[trap] + ARTICLE[3:]
    assert not removed_by("\n".join(page), "generic.headline-run")
    assert all(line in cleaned(page) for line in TRAPS[trap])


def test_a_list_that_uses_the_articles_words_stays():
    own = ["Four boats a day between harbour and islands in summer",
           "Subsidy for the operator over ten years",
           "Resident fares at a bus ticket to the centre"]
    page = ARTICLE[:4] + own + ARTICLE[4:]
    assert not removed_by("\n".join(page), "generic.headline-run")
