# Tutoriel : obtenir l'attestation de droits sur ameli. Français facile à lire (FALC) : une phrase par ligne.

ameli-attestation-title = ameli : obtenir votre attestation de droits

ameli-attestation-1-title = À quoi sert l'attestation de droits
ameli-attestation-1-text =
    L'attestation de droits est une feuille de l'Assurance maladie.
    Elle prouve que l'Assurance maladie rembourse vos soins.
    Un hôpital, une mutuelle ou un employeur peut vous la demander.
    Vous pouvez l'avoir gratuitement sur ameli.fr.
    ameli est le site de l'Assurance maladie.
ameli-attestation-1-image = Une feuille avec un sceau.

ameli-attestation-2-title = Vous connecter à votre compte ameli
ameli-attestation-2-text =
    Allez sur le site ameli.fr ou ouvrez l'application ameli.
    Touchez le bouton pour vous connecter à votre compte ameli.
    Écrivez votre numéro de sécurité sociale et votre mot de passe.
    Ce numéro est écrit sur votre carte Vitale.
    Vous pouvez aussi toucher le bouton « S'identifier avec FranceConnect ».
ameli-attestation-2-image = Une flèche entre dans une porte.
ameli-attestation-2-tip = Votre mot de passe est secret : gardez-le pour vous.

ameli-attestation-3-title = Trouver « Attestation de droits »
ameli-attestation-3-text =
    Dans votre compte, cherchez « Attestation de droits ».
    Elle est souvent dans « Mes démarches ».
    Touchez « Attestation de droits ».
ameli-attestation-3-image = Une feuille et une loupe.

ameli-attestation-4-title = Choisir la personne
ameli-attestation-4-text =
    Choisissez la personne qui a besoin de l'attestation.
    C'est vous, ou un enfant inscrit sur votre compte.
    Touchez son nom.
ameli-attestation-4-image = Deux personnes.

ameli-attestation-5-title = Télécharger l'attestation
ameli-attestation-5-text =
    Choisissez de télécharger l'attestation.
    Télécharger veut dire : garder une copie sur votre téléphone ou votre ordinateur.
    Vous pouvez aussi recevoir l'attestation par mail.
ameli-attestation-5-image = Une flèche vers le bas.

ameli-attestation-6-title = Imprimer ou montrer l'attestation
ameli-attestation-6-text =
    Vous pouvez imprimer l'attestation sur une feuille.
    Vous pouvez aussi la montrer sur l'écran de votre téléphone.
    Ou envoyez-la par mail à la personne qui la demande.
ameli-attestation-6-image = Une imprimante.
ameli-attestation-6-tip = Une médiathèque ou un espace France Services a souvent une imprimante.

ameli-attestation-7-title = Bravo !
ameli-attestation-7-text =
    Vous avez votre attestation de droits.
    Retenez : se connecter, « Attestation de droits », choisir la personne, télécharger.
    Vous pouvez en demander une nouvelle à tout moment.
ameli-attestation-7-image = Une main fait un pouce levé.
ameli-attestation-7-caution = L'attestation est gratuite : ne payez jamais un site pour l'avoir.
