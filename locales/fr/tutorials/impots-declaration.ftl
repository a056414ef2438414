# Tutoriel : déclarer ses revenus sur impots.gouv.fr. Français facile à lire (FALC) : une phrase par ligne.

impots-declaration-title = Déclarer vos revenus sur impots.gouv.fr

impots-declaration-1-title = Ouvrir le site des impôts
impots-declaration-1-text =
    Chaque printemps, vous déclarez vos revenus de l'année d'avant.
    Vos revenus, c'est l'argent reçu : salaire, retraite, chômage.
    Vous pouvez faire cette déclaration sur internet.
    Ouvrez le site impots.gouv.fr.
    Touchez le bouton « Votre espace particulier ».
impots-declaration-1-image = Un globe avec les lettres www, comme un site internet.
impots-declaration-1-tip = Les dates de la déclaration sont données chaque année sur impots.gouv.fr.
impots-declaration-1-caution = La déclaration est gratuite : un site qui demande de l'argent est une arnaque.

impots-declaration-2-title = Préparer votre numéro fiscal
impots-declaration-2-text =
    Pour entrer dans votre espace, il faut votre numéro fiscal.
    Ce numéro a 13 chiffres.
    Il est écrit en haut de la première page d'un ancien avis d'impôt.
    Un avis d'impôt est la feuille que les impôts vous envoient chaque année.
    Il faut aussi votre mot de passe.
impots-declaration-2-image = Une feuille de papier avec des lignes écrites.
impots-declaration-2-tip = Le numéro fiscal est aussi écrit sur la déclaration papier de l'année d'avant.

impots-declaration-3-title = Vous connecter
impots-declaration-3-text =
    Écrivez votre numéro fiscal, puis touchez « Continuer ».
    Écrivez votre mot de passe, puis touchez « Se connecter ».
    Vous pouvez aussi toucher « S'identifier avec FranceConnect ».
    Avec FranceConnect, vous entrez avec un autre compte, par exemple ameli.
    Entraînez-vous ici avec un faux compte.
impots-declaration-3-image = Une flèche entre dans une porte.
impots-declaration-3-tip = Si vous avez oublié le mot de passe, touchez « Mot de passe oublié ? ».

impots-declaration-4-title = Ouvrir votre déclaration
impots-declaration-4-text =
    Vous êtes dans votre espace.
    Cherchez le bouton « Déclarer mes revenus ».
    Touchez ce bouton.
    Votre déclaration s'ouvre.
    D'abord, vérifiez votre adresse et votre situation de famille.
impots-declaration-4-image = Une feuille avec un crayon.
impots-declaration-4-tip = Ce bouton apparaît seulement pendant la période de déclaration, au printemps.

impots-declaration-5-title = Vérifier les montants
impots-declaration-5-text =
    La plupart des montants sont déjà écrits.
    Par exemple, votre salaire ou votre retraite.
    Comparez-les avec vos fiches de paie ou vos papiers de retraite.
    Si un montant est faux, touchez la case et corrigez-le.
    Si un revenu manque, ajoutez-le.
impots-declaration-5-image = Une liste avec des cases cochées.
impots-declaration-5-caution = Vérifiez bien : un montant faux peut changer votre impôt et vos aides.

impots-declaration-6-title = Signer votre déclaration
impots-declaration-6-text =
    À la fin, relisez le résumé de votre déclaration.
    Touchez le bouton « Signer ».
    Votre déclaration est envoyée.
    Un accusé de réception s'affiche.
    C'est la preuve que votre déclaration est bien arrivée.
    Vous le recevez aussi par mail.
    Gardez ce mail.
impots-declaration-6-image = Une signature sur une ligne.
impots-declaration-6-tip = Vous pourrez encore corriger votre déclaration en ligne plus tard.

impots-declaration-7-title = C'est fait
impots-declaration-7-text =
    Bravo, votre déclaration est envoyée.
    Vous êtes entré dans votre espace sur impots.gouv.fr.
    Vous avez vérifié les montants, puis vous avez signé.
    Gardez bien votre accusé de réception.
    Plus tard, votre avis d'impôt arrivera dans votre espace.
impots-declaration-7-image = Une feuille avec une coche.
