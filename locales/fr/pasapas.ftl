# Pas à pas — textes en français facile à lire et à comprendre (FALC).
# Le français est la langue source : chaque autre langue traduit chaque message.
# Règles : une idée par phrase, des mots simples, pas d'abréviation, 15 mots au plus par phrase.

## Application

app-title = Pas à pas

## Accueil de la borne (écran de bienvenue)

welcome-title = Bienvenue
welcome-touch = Touchez votre langue pour commencer.
welcome-choose = Choisissez votre langue.
welcome-languages = Les langues de la borne
welcome-forget = La borne oublie tout quand vous partez.

## Écran principal

home-title = Que voulez-vous faire ?
home-intro = Touchez un grand bouton.
home-help = Comment utiliser la borne
home-agent = Vous pouvez aussi demander de l'aide à un agent.

## Aide : comment utiliser la borne

help-title = Comment utiliser la borne
help-tap = Touchez un bouton une seule fois.
help-home = Le bouton « { toolbar-home } » revient au début.
help-back = Le bouton « { toolbar-back } » revient à l'écran d'avant.
help-language = Le bouton « { toolbar-language } » change la langue.
help-text-size = Le bouton « { toolbar-text-size } » agrandit les lettres.
help-contrast = Le bouton « { toolbar-contrast } » rend l'écran plus facile à voir.
help-read-aloud = Le bouton « { toolbar-read-aloud } » lit chaque écran.
help-repeat = Le bouton « { toolbar-repeat } » lit cet écran encore une fois.
help-finish = Le bouton « { toolbar-finish } » efface tout pour la personne suivante.
help-forget = { $minutes ->
    [one] Sans toucher l'écran pendant { $minutes } minute, la borne efface tout.
   *[other] Sans toucher l'écran pendant { $minutes } minutes, la borne efface tout.
}

## Barre de boutons, en haut de chaque écran

toolbar-label = Les boutons de la borne
toolbar-home = Accueil
toolbar-back = Retour
toolbar-language = Langue
toolbar-text-size = Taille du texte
toolbar-text-size-state = { $percent ->
    [150] Grand
    [200] Très grand
   *[other] Normal
}
toolbar-contrast = Contraste fort
toolbar-read-aloud = Lire à voix haute
toolbar-repeat = Écouter l'écran
toolbar-finish = J'ai fini

## Choix de la langue

language-title = Choisissez votre langue
dialog-close = Fermer

## J'ai fini : tout effacer

finish-title = Vous avez fini ?
finish-erase = La borne va tout effacer.
finish-next = La personne suivante ne verra rien.
finish-confirm = Oui, tout effacer
finish-cancel = Non, je continue

## Personne ne touche l'écran

idle-title = Vous êtes encore là ?
idle-touch = Touchez l'écran pour continuer.
idle-countdown = { $seconds ->
    [one] La borne efface tout dans { $seconds } seconde.
   *[other] La borne efface tout dans { $seconds } secondes.
}
idle-continue = Je continue

## Lecture à voix haute

speech-no-voice = Cette borne ne sait pas lire à voix haute dans cette langue.

## La borne redémarre après un problème

restart-title = La borne redémarre.
restart-wait = Attendez un petit moment.

## Écran inconnu

notfound-title = Cet écran n'existe pas.
notfound-home = Revenir à l'écran principal
