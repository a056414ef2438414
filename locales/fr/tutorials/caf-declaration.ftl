# Tutoriel : la déclaration trimestrielle de ressources à la Caf. Français facile à lire (FALC) : une phrase par ligne.

caf-declaration-title = Caf : déclarer vos ressources tous les 3 mois

caf-declaration-1-title = Une déclaration tous les 3 mois
caf-declaration-1-text =
    Vous recevez le RSA (revenu de solidarité active) ou la prime d'activité ?
    Alors, tous les 3 mois, vous déclarez vos ressources à la Caf.
    Les ressources, c'est l'argent que vous recevez.
    Par exemple, un salaire, le chômage, une pension.
caf-declaration-1-image = Un calendrier.
caf-declaration-1-tip =
    Faites la déclaration dès que la Caf la demande.
    Sans déclaration, vos paiements peuvent s'arrêter.

caf-declaration-2-title = Vous connecter à « Mon Compte »
caf-declaration-2-text =
    Sur le site caf.fr, touchez « Mon Compte ».
    Choisissez de vous connecter avec vos identifiants Caf.
    Écrivez votre numéro de sécurité sociale et votre mot de passe.
    Votre numéro, ce sont les 13 premiers chiffres écrits sur votre carte Vitale.
    Touchez le bouton pour vous connecter.
caf-declaration-2-image =
    Une page du site de la Caf.
    Le bouton « Mon Compte » est entouré.
caf-declaration-2-caution = Le vrai site de la Caf est caf.fr.

caf-declaration-3-title = Ouvrir votre boîte mail
caf-declaration-3-text =
    La Caf envoie alors un code secret de 6 chiffres par mail.
    Gardez la page de la Caf ouverte.
    Ouvrez votre boîte mail dans une nouvelle page, à côté.
    Ouvrez le mail de la Caf et notez le code.
caf-declaration-3-image = Un bac pour ranger le courrier reçu.
caf-declaration-3-tip = Si la page de la Caf se ferme, recommencez la connexion depuis le début.
caf-declaration-3-caution = Le code marche pendant 15 minutes seulement.

caf-declaration-3b-title = Écrire le code
caf-declaration-3b-text =
    Revenez sur la page de la Caf.
    Écrivez le code, puis validez.
caf-declaration-3b-image = Une clé.
caf-declaration-3b-tip =
    Sur téléphone, l'application « Caf - Mon Compte » peut vous reconnaître.
    Elle utilise l'empreinte de votre doigt ou votre visage, sans code.
caf-declaration-3b-caution = Gardez ce code pour vous.

caf-declaration-4-title = Trouver la déclaration trimestrielle
caf-declaration-4-text =
    Dans votre compte, cherchez la déclaration trimestrielle de ressources.
    Trimestrielle veut dire tous les 3 mois.
    Touchez la déclaration pour la commencer.
caf-declaration-4-image = Une feuille et une loupe.
caf-declaration-4-tip =
    Vous dépendez de la MSA, la Mutualité sociale agricole ?
    Alors faites cette déclaration avec la MSA.

caf-declaration-5-title = Vérifier les montants de chaque mois
caf-declaration-5-text =
    La déclaration montre 3 mois, l'un après l'autre.
    Elle montre l'argent reçu par chaque personne du foyer.
    Le foyer, c'est vous et les personnes qui vivent avec vous.
    Les salaires et les allocations sont déjà écrits.
    Comparez-les avec la ligne « montant net social » de vos fiches de paie.
    Si un montant est faux, corrigez-le et envoyez une preuve.
caf-declaration-5-image = Une feuille avec des montants.

caf-declaration-6-title = Ajouter l'argent qui manque
caf-declaration-6-text =
    Certaines sommes manquent dans la déclaration, par exemple une pension alimentaire.
    C'est l'argent versé par un ancien conjoint, souvent pour les enfants.
    Il manque aussi l'argent d'un travail sans patron.
    Écrivez ces sommes dans le bon mois, pour chaque personne.
caf-declaration-6-image = Un crayon.
caf-declaration-6-tip =
    Déclarez aussi les petites sommes.
    Vous éviterez de rembourser plus tard.

caf-declaration-7-title = Valider et garder la preuve
caf-declaration-7-text =
    Relisez les montants de chaque mois.
    Touchez le bouton pour valider votre déclaration.
    Un écran vous confirme que la Caf l'a bien reçue.
    Gardez cette preuve.
    Téléchargez-la ou prenez une photo de l'écran.
caf-declaration-7-image = Une feuille avec un sceau.

caf-declaration-8-title = Bravo !
caf-declaration-8-text =
    Votre déclaration pour ces 3 mois est faite.
    Vous recommencerez dans 3 mois, quand la Caf vous le demandera.
    Retenez : se connecter, le code du mail, vérifier, valider.
    Vous savez maintenant faire votre déclaration trimestrielle.
    Sans internet, d'autres moyens existent, par téléphone ou sur place.
caf-declaration-8-image = Une main fait un pouce levé.
caf-declaration-8-caution = Gardez votre mot de passe et vos codes pour vous, même au téléphone.

caf-declaration-road-phone =
    Par téléphone, appelez la Caf au 3230.
    L'appel coûte le prix d'un appel normal.
    Préparez votre numéro d'allocataire.
caf-declaration-road-in-person =
    Sur place, allez à l'accueil de votre Caf, souvent sur rendez-vous.
    Un espace France Services peut aussi vous aider, gratuitement.
