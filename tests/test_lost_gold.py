"""bench/lost_gold.py: lost gold lines charged to the removal that took them, and where."""

import bench_scripts

lost_gold = bench_scripts.load("lost_gold")

HEADLINE = "Harbour plan approved after a long night of talks"
FIRST = "Councillors approved the plan to rebuild the fish market on Tuesday, after a long debate."
SECOND = "Work on the new market starts in the spring and should take two years to finish."
LAST = "The old market will stay open until the new one is ready, the council said."


def _page(removed_by: dict[int, str], keep: list[bool], lines: list[str]) -> dict:
    kept = [n for n in range(1, len(lines) + 1) if n not in removed_by]
    return {"id": "x/1", "set": "tiny", "kind": "html/lxml", "site": "a.example", "lines": lines, "keep": keep,
            "gold": "\n".join(line for line, k in zip(lines, keep) if k), "kept": kept, "removed_by": removed_by}


def test_lost_gold_is_charged_to_its_rule_and_place_with_the_f1_it_would_give_back():
    lines = ["Home | News | Sport", HEADLINE, FIRST, SECOND, LAST, "Share on Facebook"]
    keep = [False, True, True, True, True, False]
    # The headline went as header chrome (above the kept article), the last paragraph as the
    # model's (below it); the menu and the share line are junk rightly removed.
    page = _page({1: "generic.nav-run", 2: "generic.header-chrome", 5: "generic.model", 6: "en.share"}, keep, lines)
    group = lost_gold.classes([page])[("tiny", "html/lxml")]
    assert group["n"] == 1 and 0 < group["f1"] < 1
    assert set(group["lost"]) == {("generic.header-chrome", "above"), ("generic.model", "below")}
    lines_lost, tokens_lost, gain, pages = group["lost"][("generic.model", "below")]
    assert (lines_lost, pages) == (1, 1) and tokens_lost == len(LAST.split())
    assert gain > group["lost"][("generic.header-chrome", "above")][2] > 0  # the paragraph holds more shingles


def test_a_gold_line_removed_between_kept_lines_is_inside():
    lines = [HEADLINE, FIRST, "Summer timetable", SECOND]
    page = _page({3: "generic.model"}, [True, True, True, True], lines)
    assert set(lost_gold.classes([page])[("tiny", "html/lxml")]["lost"]) == {("generic.model", "inside")}


def test_halves_split_sites_the_same_way_every_time():
    sites = [f"site{number}.example" for number in range(200)]
    halves = [lost_gold.half(site) for site in sites]
    assert set(halves) == {"A", "B"} and halves == [lost_gold.half(site) for site in sites]
    assert 60 <= halves.count("A") <= 140
