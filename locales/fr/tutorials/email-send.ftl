# Tutoriel : lire un mail et envoyer un mail avec une pièce jointe. Français facile à lire (FALC) : une phrase par ligne.

email-send-title = Lire et envoyer un mail avec une photo

email-send-1-title = Ouvrir la boîte de réception
email-send-1-text =
    Ouvrez votre boîte mail sur votre téléphone ou sur un ordinateur.
    La première page s'appelle « Boîte de réception ».
    Elle montre les messages que vous avez reçus.
    Le message le plus récent est en haut de la liste.
email-send-1-image = Un bac pour ranger le courrier reçu.
email-send-1-tip = Si un message n'arrive pas, regardez dans le dossier « Spam » ou « Courrier indésirable ».

email-send-2-title = Lire un message
email-send-2-text =
    Les messages pas encore lus sont écrits en gras, plus foncés.
    Touchez un message pour l'ouvrir.
    Vous voyez qui l'envoie, son sujet et son texte.
    Pour revenir à la liste, touchez la flèche qui revient en arrière.
email-send-2-image = Une enveloppe ouverte.
email-send-2-caution = Un message qui demande vos codes ou de l'argent est souvent une arnaque.

email-send-3-title = Commencer un nouveau message
email-send-3-text =
    Cherchez le bouton pour écrire un nouveau message.
    Dans Gmail, il s'appelle « Nouveau message ».
    Sur d'autres sites, son nom change un peu.
    Touchez ce bouton.
    Une page vide s'ouvre pour écrire.
email-send-3-image = Une enveloppe avec un signe plus.

email-send-4-title = Écrire l'adresse et le sujet
email-send-4-text =
    Dans la case « À », écrivez l'adresse mail de la personne.
    Dans la case « Objet », écrivez le sujet en quelques mots.
    Par exemple : « Ma facture d'électricité ».
email-send-4-image = Le signe arobase : @.
email-send-4-caution =
    Vérifiez l'adresse lettre par lettre.
    Avec une erreur, le message peut partir chez un inconnu.

email-send-4b-title = Écrire le message
email-send-4b-text =
    Dans la grande case, écrivez votre message.
    Commencez par « Bonjour ».
    Finissez par votre prénom et votre nom.
email-send-4b-image = Un crayon qui écrit.

email-send-5-title = Joindre une photo ou un papier
email-send-5-text =
    Une pièce jointe est une photo ou un document ajouté au message.
    Par exemple, la photo d'un papier.
    Pour joindre, touchez le bouton avec un trombone.
    Choisissez la photo dans vos images.
    Pour essayer ici, touchez « Joindre un fichier », puis choisissez une photo.
email-send-5-image =
    Un mail en train d'être écrit.
    Le bouton avec un trombone est entouré.
email-send-5-tip = Prenez la photo du papier posé à plat, avec beaucoup de lumière.

email-send-6-title = Envoyer le message
email-send-6-text =
    Le nom de la photo apparaît dans le message.
    Cela veut dire que la pièce jointe est bien ajoutée.
    Touchez le bouton « Envoyer ».
    Le message part tout de suite.
email-send-6-image = Un avion en papier.
email-send-6-tip = Vous retrouvez ensuite le message dans le dossier des messages envoyés.

email-send-7-title = Bravo !
email-send-7-text =
    Vous savez ouvrir et lire vos messages.
    Vous savez écrire un nouveau message.
    Vous savez joindre une photo avec le trombone.
    Vous savez envoyer le message avec le bouton « Envoyer ».
    Vous pouvez envoyer un papier à quelqu'un qui vous le demande.
email-send-7-image = Une main fait un pouce levé.
