# Tutoriel : obtenir l'attestation de droits sur ameli. Français facile à lire (FALC) : une phrase par ligne.

ameli-attestation-title = Assurance Maladie : obtenir votre attestation de droits

ameli-attestation-1-title = À quoi sert l'attestation de droits
ameli-attestation-1-text =
    L'attestation de droits est une feuille de l'Assurance Maladie.
    Elle prouve que l'Assurance Maladie rembourse vos soins.
    Un hôpital ou un employeur peut vous la demander.
    Elle est gratuite.
    Vous pouvez l'avoir sur ameli.fr, le site de l'Assurance Maladie.
ameli-attestation-1-image = Une feuille avec un sceau.

ameli-attestation-2-title = Vous connecter à votre compte ameli
ameli-attestation-2-text =
    Allez sur le site ameli.fr ou ouvrez l'application ameli.
    Touchez le bouton pour vous connecter à votre compte ameli.
    Écrivez votre numéro de sécurité sociale et votre mot de passe.
    Sur les 15 chiffres de votre carte Vitale, écrivez seulement les 13 premiers.
    Vous pouvez aussi toucher le bouton « S'identifier avec FranceConnect ».
ameli-attestation-2-image = Une flèche entre dans une porte.
ameli-attestation-2-tip = Gardez votre mot de passe pour vous.

ameli-attestation-3-title = Écrire le code de sécurité
ameli-attestation-3-text =
    Le site peut ensuite vous demander un code de sécurité.
    C'est un code secret de 6 chiffres.
    Suivez ce que dit l'écran pour le recevoir.
    Écrivez ce code dans la case, puis validez.
ameli-attestation-3-image = Une clé.
ameli-attestation-3-caution =
    Gardez ce code pour vous.
    L'Assurance Maladie ne demande jamais vos codes au téléphone ou par mail.

ameli-attestation-4-title = Trouver « Attestation de droits »
ameli-attestation-4-text =
    Dans votre compte, cherchez « Attestation de droits ».
    Elle est dans « Mes démarches ».
    Touchez « Attestation de droits ».
ameli-attestation-4-image =
    Une page de votre compte ameli.
    Le bouton « Attestation de droits » est entouré.

ameli-attestation-5-title = Choisir la personne
ameli-attestation-5-text =
    Choisissez la personne qui a besoin de l'attestation.
    C'est vous, ou un enfant inscrit sur votre compte.
    Touchez son nom.
ameli-attestation-5-image = Deux personnes.

ameli-attestation-6-title = Télécharger l'attestation
ameli-attestation-6-text =
    Touchez le bouton pour demander l'attestation.
    Puis téléchargez-la.
    Télécharger veut dire garder une copie sur votre téléphone ou votre ordinateur.
ameli-attestation-6-image = Une flèche vers le bas.

ameli-attestation-7-title = Imprimer ou montrer l'attestation
ameli-attestation-7-text =
    Vous pouvez imprimer l'attestation sur une feuille.
    Vous pouvez aussi la montrer sur l'écran de votre téléphone.
    Ou envoyez-la par mail, en pièce jointe.
ameli-attestation-7-image = Une imprimante.
ameli-attestation-7-tip = Une borne de l'Assurance Maladie peut aussi imprimer votre attestation.

ameli-attestation-8-title = Bravo !
ameli-attestation-8-text =
    Vous avez votre attestation de droits.
    Retenez : se connecter, le code, « Attestation de droits », télécharger.
    Vous pouvez en demander une nouvelle à tout moment.
    Sans internet, d'autres moyens existent, par téléphone ou sur place.
ameli-attestation-8-image = Une main fait un pouce levé.
ameli-attestation-8-caution =
    L'attestation est gratuite.
    Un site qui la fait payer est une arnaque.

ameli-attestation-road-phone =
    Par téléphone, appelez l'Assurance Maladie au 3646.
    Demandez votre attestation.
    Elle arrive chez vous par courrier.
    L'appel coûte le prix d'un appel normal.
ameli-attestation-road-in-person =
    Sur place, allez à l'accueil de l'Assurance Maladie ou dans un espace France Services.
    À l'accueil de l'Assurance Maladie, une borne peut imprimer votre attestation.
