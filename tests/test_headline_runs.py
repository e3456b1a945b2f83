"""Other stories' headlines that a page prints between two paragraphs of its article with no
heading over them (a related box whose heading the scrape lost), and the article's own short
lines in that place. The texts are written for these tests."""

import pytest

from cleaner import clean

BRIDGE = ["Harbour bridge to close for eight months",
          "The Castlegate harbour bridge will shut to all traffic from May for at least eight months, the "
          "county council confirmed on Wednesday.",
          "Councillors approved a repair package of fourteen million pounds, the largest single spend on a "
          "structure in the county for a decade.",
          "Pedestrians and cyclists will be able to use a temporary walkway on the southern side for most "
          "of the closure, engineers said.",
          "Work is expected to begin in May, with the bridge due to reopen in January."]
OTHER_HEADLINES = ["Seafront café owner wins fight over outdoor seating",
                   "Police name man who died after crash near Wexley roundabout",
                   "Two primary schools to merge under new trust proposals"]


def _kept(lines: list[str]) -> list[str]:
    outputs = {clean("\n".join(lines), learned=learned).text for learned in (False, True)}
    assert len(outputs) == 1, outputs
    return outputs.pop().split("\n")


def test_other_stories_headlines_between_two_paragraphs_go():
    result = clean("\n".join([*BRIDGE[:3], "", *OTHER_HEADLINES, "", *BRIDGE[3:]]))
    assert result.text.split("\n") == BRIDGE
    assert "generic.headline-run" in {removal.rule_id for removal in result.removals}


def test_a_czech_run_of_headlines_without_blank_lines_goes():
    story = ["Voda zaplavila sklepy v Litovli",
             "Rozvodněná Morava v noci na pondělí zaplavila desítky sklepů v Litovli a hasiči čerpali vodu "
             "až do rána.",
             "Podle starosty voda dosáhla nejvyšší úrovně od povodní v roce 1997, škody se zatím odhadují.",
             "Město otevřelo tělocvičnu základní školy pro obyvatele, kteří nemohou zůstat doma.",
             "Meteorologové varují, že hladina řeky může znovu stoupnout ve středu."]
    run = ["Motorkář nepřežil srážku s dodávkou u Šternberka", "Prostějov otevře nové parkoviště u nádraží",
           "Vlak na trati do Jeseníku nabral osobní auto"]
    assert _kept([*story[:3], *run, *story[3:]]) == story


@pytest.mark.parametrize("run", [
    # The article's own list, in its words: the bridge's three phases.
    ["Closing the bridge to traffic in May", "Replacing the corroded cables of the bridge",
     "Reopening the bridge to traffic in January"],
    # A list's rows: figures in three quarters of them (the weekend's results, in a report on
    # the matches the closure moves).
    ["Harbour Rovers 3 Valley United 1", "Eastfield Town 2 Westbury Athletic 2", "Northgate City 0 Riverside FC 4"],
    # Two lines are no box: a sub-heading and a deck, a name and a role.
    OTHER_HEADLINES[:2],
])
def test_the_articles_own_short_lines_between_paragraphs_stay(run):
    page = [*BRIDGE[:3], *run, *BRIDGE[3:]]
    assert _kept(page) == page


def test_a_list_under_a_paragraph_that_asks_stays():
    # The titles a question leads into are the article's answer.
    asking = ("The council's engineers picked three names for the new walkway, and residents will "
              "vote on them next month. Which would you choose?")
    page = [*BRIDGE[:3], asking, *OTHER_HEADLINES, *BRIDGE[3:]]
    assert _kept(page) == page


def test_chinese_lines_between_paragraphs_stay():
    story = ["市医保局解答新政常见问题",
             "市医保局周一发布新政解读，回答了市民最关心的报销比例和办理流程问题，新规将于下月起实施。",
             "根据新规，门诊报销比例将从百分之五十提高到百分之六十，退休人员再提高五个百分点。",
             "医保局表示，市民可以通过线上平台或者社区服务中心办理相关手续，无需另行申请。",
             "新规实施后，预计全市每年将有超过二十万人受益，医保基金运行总体平稳。"]
    listing = ["一是扩大门诊慢性病保障范围", "二是简化异地就医备案手续", "三是推进医保电子凭证应用"]
    page = [*story[:3], *listing, *story[3:]]
    assert _kept(page) == page
