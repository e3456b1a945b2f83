"""A short line between two paragraphs the article keeps is its sub-heading: the learned
layer may not take it, even when the page's menu holds the same word ("Culture", "Sport")."""

from cleaner import clean

PAGE = """Accueil
Actualité
Politique
Économie
Sport
Culture
Régions
Je m'abonne
Accueil > Actualité > Politique
Valmont : un budget 2025 tourné vers les écoles et la piscine
Le conseil municipal a voté lundi soir un budget de 24 millions d'euros, en hausse de 3 %. L'opposition s'est abstenue.
Publié le 12 mars 2025 à 08h00
Après deux heures de débat, le conseil municipal de Valmont a adopté lundi soir le budget primitif pour 2025, marqué par de gros travaux.
Écoles
C'est le premier poste de dépense : la commune consacrera 3,1 millions d'euros à l'isolation de ses deux groupes scolaires.
Culture
La bibliothèque ouvrira désormais le samedi après-midi, une demande ancienne des familles du centre-ville.
Sport
La commune prévoit 800 000 euros pour refaire la piste d'athlétisme du stade municipal et son éclairage.
Publicité
Une opposition divisée
Pour le groupe d'opposition, ce budget repose trop sur l'emprunt et ne prévoit rien pour les transports en commun.
Le maire a répondu que la dette par habitant restait inférieure à la moyenne des communes de la même taille.
Le prochain conseil municipal se tiendra le 9 avril.
Mots-clés :
Valmont
Budget
Conseil municipal"""


def test_sub_headings_named_like_the_menu_stay_between_their_paragraphs():
    kept = clean(PAGE).text.split("\n")
    assert "Culture" in kept and "Sport" in kept


def test_the_menu_that_holds_the_same_words_still_goes():
    kept = clean(PAGE).text.split("\n")
    assert "Accueil" not in kept and "Économie" not in kept and "Publicité" not in kept
