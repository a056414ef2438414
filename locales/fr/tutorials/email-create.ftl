# Tutoriel : créer une adresse mail. Français facile à lire (FALC) : une phrase par ligne.

email-create-title = Créer une adresse mail

email-create-1-title = Choisir un service de messagerie
email-create-1-text =
    Une adresse mail sert à recevoir et envoyer des messages sur internet.
    Des services comme Gmail, Outlook ou laposte.net donnent des adresses mail gratuites.
    Choisissez un seul de ces services.
    Allez sur son site internet.
email-create-1-image = Une boîte aux lettres.
email-create-1-caution =
    Créer une adresse chez ces services est gratuit.
    Ne payez rien pour cela.

email-create-2-title = Commencer la création
email-create-2-text =
    Sur le site, touchez le bouton « Créer un compte ».
    Le nom du bouton peut changer un peu selon le site.
    Le site vous pose des questions, une par une.
    Par exemple : votre prénom, votre nom et votre date de naissance.
email-create-2-image = Une personne avec un signe plus.
email-create-2-tip =
    Gardez votre téléphone près de vous.
    Le site peut vous envoyer un code.

email-create-3-title = Comprendre une adresse mail
email-create-3-text =
    Une adresse mail s'écrit d'un seul bloc, sans espace.
    Elle a toujours le signe @, qui se dit « arobase ».
    Après le @, il y a le nom du service, par exemple gmail.com.
email-create-3-image = Le signe arobase : @.

email-create-3b-title = Choisir votre adresse
email-create-3b-text =
    Avant le @, écrivez par exemple votre prénom, un point, puis votre nom.
    Écrivez « e » à la place de « é », sans accent.
    Choisissez une adresse sérieuse, pour la Caf ou pour un employeur.
    Pour jouer, écrivez ici une adresse.
email-create-3b-image = Un clavier avec des lettres.
email-create-3b-tip = Si l'adresse est déjà prise, ajoutez un chiffre à la fin de votre nom.

email-create-4-title = Choisir un mot de passe
email-create-4-text =
    Le site vous demande un mot de passe.
    C'est votre code secret pour ouvrir votre boîte mail.
    Choisissez un mot de passe d'au moins 12 lettres, chiffres ou signes.
    Une petite phrase facile à retenir, c'est une bonne idée.
    Écrivez-le sur un papier et gardez ce papier chez vous.
email-create-4-image = Des étoiles cachent un mot de passe.
email-create-4-caution = Ne donnez jamais ce mot de passe, à personne.

email-create-5-title = Donner un numéro de téléphone de secours
email-create-5-text =
    Le site vous demande souvent un numéro de téléphone.
    Ce numéro vous aide si vous oubliez votre mot de passe.
    Le site envoie alors un code par SMS, un message écrit sur le téléphone.
    Donnez le numéro de votre propre téléphone.
email-create-5-image = Un téléphone qui reçoit un message.
email-create-5-tip = Si vous changez de numéro, changez-le aussi dans votre compte mail.

email-create-6-title = Bravo !
email-create-6-text =
    Vous savez créer une adresse mail, étape par étape.
    Vous savez choisir un service gratuit, une adresse et un mot de passe.
    Notez votre adresse mail sur un papier pour la donner facilement.
email-create-6-image = Une main fait un pouce levé.
email-create-6-caution =
    Ouvrez votre boîte mail souvent.
    Sinon, le service peut effacer vos messages, puis fermer votre adresse.
    Chez laposte.net, les messages peuvent être effacés après 4 mois sans visite.
