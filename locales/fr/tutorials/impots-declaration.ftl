# Tutoriel : déclarer ses revenus sur impots.gouv.fr. Français facile à lire (FALC) : une phrase par ligne.

impots-declaration-title = Déclarer vos revenus sur impots.gouv.fr

impots-declaration-1-title = Ouvrir le site des impôts
impots-declaration-1-text =
    Chaque printemps, vous déclarez vos revenus de l'année d'avant.
    Vos revenus, c'est l'argent reçu, par exemple un salaire, une retraite, le chômage.
    Ouvrez le site impots.gouv.fr.
    En haut à droite de la page, touchez le bouton « Connexion à l'espace Finances publiques ».
impots-declaration-1-image =
    La première page du site des impôts.
    En haut à droite, le bouton de connexion est entouré.
impots-declaration-1-tip = Les dates de la déclaration sont données chaque année sur impots.gouv.fr.
impots-declaration-1-caution = Un site qui vous demande de l'argent pour déclarer est une arnaque.

impots-declaration-2-title = Sur internet ou sur papier
impots-declaration-2-text =
    En principe, on déclare ses revenus sur internet.
    Vous n'avez pas internet chez vous ?
    Ou internet est trop difficile pour vous, à cause de l'âge ou d'un handicap ?
    Alors vous pouvez déclarer sur papier, sans amende.
    Demandez le formulaire papier à votre centre des impôts.
impots-declaration-2-image = Une feuille avec un crayon.
impots-declaration-2-tip = Sur papier, la date limite arrive quelques jours plus tôt.

impots-declaration-3-title = La déclaration automatique
impots-declaration-3-text =
    Beaucoup de foyers ont une déclaration automatique.
    Les impôts vous préviennent par mail ou par courrier.
    Vérifiez bien tous les montants déjà écrits.
    Tout est juste et complet ?
    Alors votre déclaration est faite, sans rien signer.
    Sinon, corrigez-la et signez-la, comme dans les étapes suivantes.
impots-declaration-3-image = Une feuille avec une coche.

impots-declaration-4-title = Préparer vos numéros
impots-declaration-4-text =
    La première fois, il faut trois numéros pour créer votre espace.
    Votre numéro fiscal, qui a 13 chiffres.
    Votre numéro d'accès en ligne, qui change chaque année.
    Votre revenu fiscal de référence.
    Ils sont sur votre dernière déclaration et sur votre dernier avis d'impôt.
impots-declaration-4-image = Une feuille de papier avec des lignes écrites.
impots-declaration-4-tip = Un avis d'impôt est la feuille que les impôts vous envoient chaque année.

impots-declaration-5-title = Vous connecter
impots-declaration-5-text =
    La première fois, après ces numéros, vous choisissez un mot de passe.
    Écrivez votre numéro fiscal et votre mot de passe.
    Les impôts peuvent alors envoyer un code secret de 6 chiffres par mail.
    Ouvrez votre boîte mail et recopiez ce code.
impots-declaration-5-image = Une flèche entre dans une porte.
impots-declaration-5-tip = Pour changer de mot de passe, le site demande votre téléphone portable.

impots-declaration-5b-title = Ou vous connecter avec FranceConnect
impots-declaration-5b-text =
    Vous pouvez aussi utiliser le bouton FranceConnect.
    Avec FranceConnect, vous entrez avec un autre compte, par exemple ameli.
    Entraînez-vous ici avec un faux compte.
impots-declaration-5b-image =
    La page de connexion d'un site public.
    Le bouton FranceConnect est entouré.

impots-declaration-6-title = Ouvrir votre déclaration
impots-declaration-6-text =
    Vous êtes dans votre espace.
    Cherchez le bouton pour déclarer vos revenus.
    Touchez ce bouton.
    Votre déclaration s'ouvre.
    D'abord, vérifiez votre adresse et votre situation de famille.
impots-declaration-6-image = Une feuille avec un crayon.
impots-declaration-6-tip = La déclaration sur internet est ouverte au printemps, en général d'avril à juin.

impots-declaration-7-title = Vérifier les montants
impots-declaration-7-text =
    La plupart des montants sont déjà écrits.
    Par exemple, votre salaire ou votre retraite.
    Comparez-les avec vos fiches de paie ou vos papiers de retraite.
    Si un montant est faux, touchez la case et corrigez-le.
    Si un revenu manque, ajoutez-le.
impots-declaration-7-image = Une liste avec des cases cochées.
impots-declaration-7-caution = Un montant faux peut changer votre impôt et certaines aides.

impots-declaration-8-title = Signer votre déclaration
impots-declaration-8-text =
    À la fin, relisez le résumé de votre déclaration.
    Touchez le bouton pour signer et envoyer votre déclaration.
    Un accusé de réception s'affiche.
    C'est la preuve que votre déclaration est bien arrivée.
    Vous le recevez aussi par mail.
impots-declaration-8-image = Une signature sur une ligne.
impots-declaration-8-tip = Plus tard, vous pourrez encore corriger votre déclaration sur internet.

impots-declaration-9-title = C'est fait
impots-declaration-9-text =
    Bravo, votre déclaration est envoyée.
    Vous avez vérifié les montants, puis vous avez signé.
    Gardez bien votre accusé de réception.
    En été, votre avis d'impôt arrivera dans votre espace.
    Sans internet, d'autres moyens existent, par téléphone ou sur place.
impots-declaration-9-image = Une main fait un pouce levé.

impots-declaration-road-phone =
    Par téléphone, appelez les impôts au 0 809 401 401.
    C'est ouvert du lundi au vendredi, de 8 heures 30 à 19 heures.
    L'appel coûte le prix d'un appel normal.
impots-declaration-road-in-person =
    Sur place, allez à votre centre des impôts ou dans un espace France Services.
    Vous pouvez y demander une déclaration sur papier.
