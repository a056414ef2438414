# Tutoriel : l'actualisation de chaque mois à France Travail. Français facile à lire (FALC) : une phrase par ligne.

france-travail-actualisation-title = France Travail : vous actualiser chaque mois

france-travail-actualisation-1-title = Une actualisation chaque mois
france-travail-actualisation-1-text =
    Vous cherchez un emploi avec France Travail ?
    Chaque mois, vous devez faire votre actualisation.
    L'actualisation, c'est dire à France Travail votre situation du mois passé.
    Faites-la même si rien n'a changé.
france-travail-actualisation-1-image = Un calendrier.
france-travail-actualisation-1-caution =
    Sans actualisation, votre inscription à France Travail s'arrête.
    Vos paiements s'arrêtent aussi.

france-travail-actualisation-1b-title = Quand faire l'actualisation
france-travail-actualisation-1b-text =
    Vous pouvez faire l'actualisation du 28 du mois au 15 du mois suivant.
    En février, elle commence le 26.
france-travail-actualisation-1b-image = Un calendrier.
france-travail-actualisation-1b-tip =
    Faites-la dès le début de la période.
    Vous serez plus tranquille.

france-travail-actualisation-2-title = Vous connecter à votre espace personnel
france-travail-actualisation-2-text =
    Sur le site francetravail.fr, touchez le bouton pour vous connecter.
    Écrivez votre identifiant et votre mot de passe.
    L'identifiant est le numéro ou le nom qui vous reconnaît.
    Il est écrit sur les documents de France Travail.
    Vous pouvez aussi utiliser le bouton FranceConnect.
france-travail-actualisation-2-image = Une flèche entre dans une porte.
france-travail-actualisation-2-tip = Vous pouvez aussi utiliser l'application « Mon espace » de France Travail sur votre téléphone.

france-travail-actualisation-3-title = Commencer l'actualisation
france-travail-actualisation-3-text =
    Votre espace personnel, c'est votre compte sur le site de France Travail.
    Dans cet espace, cherchez le bouton avec le mot « actualiser ».
    Touchez ce bouton pour commencer.
france-travail-actualisation-3-image =
    Votre espace personnel sur le site de France Travail.
    Le bouton « Actualiser » est entouré.

france-travail-actualisation-4-title = Répondre aux questions
france-travail-actualisation-4-text =
    France Travail vous pose des questions sur le mois passé.
    Avez-vous travaillé ?
    Avez-vous suivi une formation ?
    Avez-vous été en arrêt maladie ?
    Lisez bien chaque question.
    Répondez « Oui » ou « Non » à chaque question.
france-travail-actualisation-4-image = Une bulle avec un point d'interrogation.

france-travail-actualisation-5-title = Dire que vous cherchez toujours un emploi
france-travail-actualisation-5-text =
    Une question demande si vous cherchez toujours un emploi.
    Si vous cherchez encore un emploi, répondez « Oui ».
    Si vous répondez « Non », votre inscription à France Travail s'arrête.
    Vos paiements peuvent alors s'arrêter aussi.
france-travail-actualisation-5-image = Une liste avec des cases cochées.
france-travail-actualisation-5-caution =
    Vous avez répondu « Non » par erreur ?
    Appelez vite France Travail au 3949.

france-travail-actualisation-6-title = Si vous avez travaillé
france-travail-actualisation-6-text =
    Si vous avez travaillé, écrivez le nombre d'heures du mois.
    Écrivez aussi votre salaire brut.
    Le salaire brut est écrit sur votre fiche de paie.
france-travail-actualisation-6-image = Une feuille avec des montants.
france-travail-actualisation-6-caution = Un travail oublié peut vous obliger à rembourser de l'argent.

france-travail-actualisation-7-title = Confirmer et garder la preuve
france-travail-actualisation-7-text =
    Relisez vos réponses, puis touchez le bouton pour confirmer.
    Un message vous dit que votre actualisation est enregistrée.
    Gardez cette preuve.
    Téléchargez-la ou prenez une photo de l'écran.
france-travail-actualisation-7-image = Une feuille avec un sceau.
france-travail-actualisation-7-tip =
    Après la confirmation, vous ne pouvez plus corriger sur internet.
    Pour corriger une erreur, appelez le 3949 avant le 15 du mois.

france-travail-actualisation-8-title = Bravo !
france-travail-actualisation-8-text =
    Votre actualisation du mois est faite.
    Recommencez le mois prochain, à partir du 28.
    Retenez : se connecter, actualiser, répondre, confirmer.
    Sans internet, d'autres moyens existent, par téléphone ou sur place.
france-travail-actualisation-8-image = Une main fait un pouce levé.
france-travail-actualisation-8-tip = Si vous avez oublié votre actualisation, appelez vite France Travail au 3949.
france-travail-actualisation-8-caution = Gardez votre mot de passe pour vous, même au téléphone.

france-travail-actualisation-road-phone =
    Par téléphone, appelez France Travail au 3949.
    Vous pouvez vous actualiser ou corriger une erreur.
france-travail-actualisation-road-in-person =
    Sur place, allez dans une agence France Travail ou un espace France Services.
    Une personne peut vous aider.
