"""A recipe that opens on its ingredients keeps them: a heading ("Ingredients") over lines that
open on a quantity stands above the method, the first prose of the text, where a header's menu
would stand, and they are the article. Under a page's menus the same shape is as often a
sidebar's listicles, and the header decides there as before.

Every document here was written for these tests (none is taken from a real page).
"""

import pytest

from cleaner import clean

RECIPES = {
    "en": ["Grandmother's apple cake for a rainy Sunday",
           "Serves: eight",
           "Ingredients",
           "4 sharp apples, peeled and sliced",
           "200 g flour",
           "150 g butter, soft",
           "½ tsp cinnamon",
           "A pinch of salt",
           "Method",
           "1. Heat the oven to 180 degrees and butter a round tin of 24 centimetres.",
           "2. Rub the butter into the flour with the salt until it looks like coarse sand.",
           "3. Lay the apples in the tin, dust them with cinnamon and cover them with the crumble.",
           "4. Bake for forty minutes, until the top is golden, and serve it warm."],
    "de": ["Linsensuppe wie im Schwarzwald",
           "Zutaten",
           "250 g braune Linsen",
           "2 Karotten",
           "1 Zwiebel",
           "1,5 l Gemüsebrühe",
           "Essig nach Geschmack",
           "Zubereitung",
           "Die Linsen über Nacht einweichen und am nächsten Morgen abgießen.",
           "Zwiebel und Karotten würfeln, in etwas Öl anschwitzen und die Linsen dazugeben.",
           "Mit der Brühe aufgießen und eine Stunde köcheln lassen, zum Schluss mit Essig abschmecken."],
}


@pytest.mark.parametrize("language", sorted(RECIPES))
def test_a_recipe_that_opens_on_its_ingredients_keeps_every_line(language):
    recipe = RECIPES[language]
    result = clean("\n".join(recipe))
    assert result.text.split("\n") == recipe
    assert not result.removals


def test_a_sidebars_listicles_under_a_long_menu_are_not_the_article():
    menu = ["Home", "News", "Sport", "Business", "Culture", "Travel", "Weather", "Opinion", "Video"]
    sidebar = ["Popular now", "5 signs your boiler is about to fail", "12 walks for a winter weekend",
               "3 towns that want your old bicycle"]
    story = ["The council will close the old bridge to cars from Monday after engineers found cracks in "
             "two of its piers during an inspection last week.",
             "Buses will be diverted over the ring road, which adds about ten minutes to the journey into "
             "the centre, the council said."]
    kept = clean("\n".join([*menu, *sidebar, "Old bridge closes to cars after cracks are found", *story])).text.split("\n")
    assert not set(sidebar) & set(kept)
