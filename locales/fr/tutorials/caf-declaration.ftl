# Tutoriel : la déclaration trimestrielle de ressources à la Caf. Français facile à lire (FALC) : une phrase par ligne.

caf-declaration-title = Caf : déclarer vos ressources tous les 3 mois

caf-declaration-1-title = Une déclaration tous les 3 mois
caf-declaration-1-text =
    Vous recevez le RSA ou la prime d'activité ?
    Alors, tous les 3 mois, vous déclarez vos ressources à la Caf.
    Les ressources, c'est l'argent que vous recevez.
    Par exemple : un salaire, le chômage, une pension.
    La Caf calcule vos paiements avec cette déclaration.
caf-declaration-1-image = Un calendrier.
caf-declaration-1-tip = Faites la déclaration dès que la Caf la demande : sinon, vos paiements peuvent s'arrêter.

caf-declaration-2-title = Vous connecter à « Mon Compte »
caf-declaration-2-text =
    Sur le site caf.fr, touchez « Mon Compte ».
    Vous pouvez aussi utiliser l'application « Caf - Mon Compte ».
    Écrivez votre numéro de sécurité sociale et votre mot de passe.
    Ou touchez le bouton « S'identifier avec FranceConnect ».
    Parfois, la Caf vous envoie un code : recopiez-le.
caf-declaration-2-image = Une flèche entre dans une porte.
caf-declaration-2-caution = Le vrai site de la Caf est caf.fr, et il est gratuit.

caf-declaration-3-title = Trouver la déclaration trimestrielle
caf-declaration-3-text =
    Dans votre compte, cherchez la déclaration trimestrielle de ressources.
    Trimestrielle veut dire : tous les 3 mois.
    Un message vous signale souvent qu'une déclaration est à faire.
    Touchez la déclaration pour la commencer.
caf-declaration-3-image = Une feuille et une loupe.

caf-declaration-4-title = Vérifier les montants de chaque mois
caf-declaration-4-text =
    La déclaration montre 3 mois, l'un après l'autre.
    Elle montre l'argent reçu par chaque personne du foyer.
    Le foyer, c'est vous et les personnes qui vivent avec vous.
    Souvent, les montants sont déjà écrits : comparez-les avec vos fiches de paie.
    Si un montant est faux, corrigez-le.
caf-declaration-4-image = Une feuille avec des montants.
caf-declaration-4-tip = Sur la fiche de paie, regardez la ligne « montant net social ».

caf-declaration-5-title = Ajouter l'argent qui manque
caf-declaration-5-text =
    Certaines sommes ne sont pas écrites à l'avance.
    Par exemple, une pension alimentaire ou l'argent d'un travail à votre compte.
    Écrivez ces sommes dans le bon mois.
    Répondez à chaque question, pour chaque personne.
caf-declaration-5-image = Un crayon.
caf-declaration-5-tip = Déclarez aussi les petites sommes : vous éviterez de rembourser plus tard.

caf-declaration-6-title = Valider et garder la preuve
caf-declaration-6-text =
    Relisez les montants de chaque mois.
    Touchez le bouton pour valider votre déclaration.
    Un écran vous confirme que la Caf l'a bien reçue.
    Gardez cette preuve : téléchargez-la ou prenez une photo de l'écran.
caf-declaration-6-image = Une feuille avec un sceau.

caf-declaration-7-title = Bravo !
caf-declaration-7-text =
    Votre déclaration pour ces 3 mois est faite.
    Vous recommencerez dans 3 mois, quand la Caf vous le demandera.
    Retenez : se connecter, vérifier chaque mois, valider, garder la preuve.
    Vous savez maintenant faire votre déclaration trimestrielle.
caf-declaration-7-image = Une main fait un pouce levé.
caf-declaration-7-caution = La Caf ne vous demande jamais votre mot de passe par téléphone ou par mail.
