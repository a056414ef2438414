# Tutoriel : l'actualisation de chaque mois à France Travail. Français facile à lire (FALC) : une phrase par ligne.

france-travail-actualisation-title = France Travail : vous actualiser chaque mois

france-travail-actualisation-1-title = Une actualisation chaque mois
france-travail-actualisation-1-text =
    Vous cherchez un emploi avec France Travail ?
    Chaque mois, vous devez faire votre actualisation.
    L'actualisation, c'est dire à France Travail votre situation du mois passé.
    Faites-la même si rien n'a changé.
    Les dates sont écrites dans votre espace personnel.
france-travail-actualisation-1-image = Un calendrier.
france-travail-actualisation-1-tip = Faites-la dès le début de la période : vous serez plus tranquille.
france-travail-actualisation-1-caution = Sans actualisation, vos paiements peuvent s'arrêter : notez bien les dates.

france-travail-actualisation-2-title = Vous connecter à votre espace personnel
france-travail-actualisation-2-text =
    Sur le site francetravail.fr, cherchez le bouton « Se connecter ».
    Écrivez votre identifiant et votre mot de passe.
    L'identifiant est un code qui vous reconnaît.
    Il est écrit sur les courriers de France Travail.
    Vous pouvez aussi utiliser le bouton FranceConnect.
france-travail-actualisation-2-image = Une flèche entre dans une porte.
france-travail-actualisation-2-tip = Vous pouvez aussi utiliser l'application France Travail sur votre téléphone.

france-travail-actualisation-3-title = Toucher « M'actualiser »
france-travail-actualisation-3-text =
    Votre espace personnel, c'est votre compte sur le site de France Travail.
    Dans cet espace, cherchez le bouton « M'actualiser ».
    Touchez ce bouton pour commencer.
france-travail-actualisation-3-image = Un doigt touche un bouton.

france-travail-actualisation-4-title = Répondre aux questions
france-travail-actualisation-4-text =
    France Travail vous pose des questions sur le mois passé.
    Avez-vous travaillé ?
    Avez-vous suivi une formation ?
    Avez-vous été en arrêt maladie ?
    Répondez « Oui » ou « Non » à chaque question.
france-travail-actualisation-4-image = Une bulle avec un point d'interrogation.

france-travail-actualisation-5-title = Si vous avez travaillé
france-travail-actualisation-5-text =
    Si vous avez travaillé, écrivez le nombre d'heures du mois.
    Écrivez aussi votre salaire brut.
    Le salaire brut est écrit sur votre fiche de paie.
france-travail-actualisation-5-image = Une feuille avec des montants.
france-travail-actualisation-5-caution = Un travail oublié peut vous obliger à rembourser de l'argent.

france-travail-actualisation-6-title = Confirmer et garder la preuve
france-travail-actualisation-6-text =
    Relisez vos réponses.
    Touchez le bouton pour confirmer.
    Un message vous dit que votre actualisation est enregistrée.
    Gardez cette preuve : téléchargez-la ou prenez une photo de l'écran.
france-travail-actualisation-6-image = Une feuille avec un sceau.

france-travail-actualisation-7-title = Bravo !
france-travail-actualisation-7-text =
    Votre actualisation du mois est faite.
    Recommencez le mois prochain, pendant la période indiquée.
    Retenez : se connecter, « M'actualiser », répondre, confirmer.
    Vous savez maintenant faire votre actualisation.
france-travail-actualisation-7-image = Une main fait un pouce levé.
france-travail-actualisation-7-tip = Si vous avez oublié, contactez vite France Travail.
france-travail-actualisation-7-caution = France Travail ne vous demande jamais votre mot de passe par téléphone ou par mail.
