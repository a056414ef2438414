# Tutoriel : reconnaître une arnaque. Français facile à lire (FALC) : une phrase par ligne.

scams-title = Reconnaître une arnaque

scams-1-title = Les faux messages
scams-1-text =
    Des voleurs envoient de faux messages pour prendre votre argent.
    Ces messages arrivent par SMS ou par mail.
    Un SMS est un message écrit sur le téléphone.
    Ils parlent d'un colis, d'une amende ou de la carte Vitale.
    Ils vous envoient parfois vers un faux site.
    Le faux site ressemble beaucoup au vrai.
scams-1-image = Un téléphone avec un message.

scams-2-title = Les signes d'une arnaque
scams-2-text =
    Le message dit que c'est urgent.
    Le message contient un lien, un texte bleu ou souligné qui ouvre un site.
    Le message demande vos codes ou votre carte bancaire.
    L'expéditeur semble bizarre.
    L'expéditeur, c'est la personne qui envoie le message.
scams-2-image = Un triangle avec un point d'exclamation.
scams-2-caution = Un service public ne demande jamais vos codes ou votre carte bancaire par message.

scams-3-title = Vrai message ou arnaque ?
scams-3-text =
    Voici trois messages pour vous entraîner.
    Lisez chaque message.
    Touchez « Vrai message » ou « Arnaque ».
    Une explication apparaît après votre réponse.
scams-3-image = Un bouclier avec un point d'interrogation.

scams-4-title = Ne pas toucher le lien
scams-4-text =
    Vous avez un doute sur un message ?
    Ne touchez pas le lien.
    Ne répondez pas.
    Supprimez le message.
    Pour vérifier, ouvrez vous-même le vrai site du service.
scams-4-image = Un lien de chaîne coupé.
scams-4-tip = Vous pouvez aussi appeler le service au numéro écrit sur vos papiers.

scams-5-title = Signaler un faux SMS
scams-5-text =
    Vous pouvez signaler un faux SMS au numéro 33700.
    Ce service est gratuit.
    Restez appuyé sur le message, puis cherchez « Transférer ».
    Envoyez le message au 33700.
    Le 33700 vous répond et demande le numéro de l'expéditeur.
    Envoyez ce numéro, puis supprimez le message.
scams-5-image = Un message avec une flèche vers l'avant.

scams-6-title = Le faux conseiller de banque
scams-6-text =
    Quelqu'un vous appelle et dit travailler à votre banque.
    Il parle d'un paiement bizarre sur votre compte.
    Il vous demande de valider une opération ou de donner un code.
    C'est une arnaque, même si le numéro affiché est celui de votre banque.
    Raccrochez, puis appelez vous-même votre banque, au numéro que vous connaissez.
scams-6-image = Un téléphone qui raccroche.
scams-6-caution = Un vrai conseiller ne demande jamais de valider une opération ou de donner un code.

scams-7-title = Vous avez donné votre carte bancaire ?
scams-7-text =
    Vous avez donné votre carte bancaire ou un code ?
    Appelez tout de suite votre banque pour bloquer votre carte.
    On appelle cela faire opposition.
scams-7-image = Une banque avec des colonnes.
scams-7-tip =
    Vous pouvez aussi bloquer la carte au 0 892 705 705, jour et nuit.
    Cet appel est payant.
scams-7-caution = Chaque minute compte pour protéger votre argent.

scams-7b-title = Protéger vos comptes et garder la preuve
scams-7b-text =
    Changez aussi les mots de passe que vous avez donnés.
    Gardez le message reçu, comme preuve.
scams-7b-image = Un cadenas fermé.

scams-8-title = Vous faire aider après une arnaque
scams-8-text =
    Après une arnaque sur internet, allez sur le site 17cyber.gouv.fr.
    Il vous dit quoi faire, jour et nuit, gratuitement.
    Vous pouvez y écrire à un policier ou à un gendarme.
    Vous pouvez aussi porter plainte à la police ou à la gendarmerie.
scams-8-image = Un rond avec un point d'interrogation.
scams-8-tip =
    Des achats ont été faits sur internet avec votre carte ?
    Après l'opposition, signalez-les avec le service Perceval, sur service-public.fr.

scams-9-title = Vous savez vous protéger
scams-9-text =
    Bravo, vous savez reconnaître une arnaque.
    Méfiez-vous des messages urgents avec un lien.
    Gardez vos codes et votre carte bancaire pour vous.
    En cas de doute, supprimez le message.
    Signalez les faux SMS au 33700.
    Après une arnaque, allez sur 17cyber.gouv.fr.
scams-9-image = Un bouclier avec une coche.

scams-road-phone =
    Un faux SMS ou un faux appel ?
    Signalez-le gratuitement par SMS au 33700.
scams-road-in-person =
    Sur place, allez à votre banque pour bloquer votre carte.
    Allez à la police ou à la gendarmerie pour porter plainte.
