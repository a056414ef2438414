# Tutoriel : reconnaître une arnaque. Français facile à lire (FALC) : une phrase par ligne.

scams-title = Reconnaître une arnaque

scams-1-title = Les faux messages
scams-1-text =
    Des voleurs envoient de faux messages pour prendre votre argent.
    Ces messages arrivent par SMS ou par mail.
    Ils parlent d'un colis, d'une amende ou de la carte Vitale.
    Ils parlent aussi de votre compte formation, le CPF.
    Ils vous envoient parfois vers un faux site.
    Le faux site ressemble beaucoup au vrai.
scams-1-image = Un téléphone avec un message.

scams-2-title = Les signes d'une arnaque
scams-2-text =
    Le message dit que c'est urgent.
    Le message contient un lien.
    Un lien est un texte bleu ou souligné.
    Quand on touche un lien, un site s'ouvre.
    Le message demande vos codes ou votre carte bancaire.
    L'expéditeur est la personne qui envoie le message.
    Son adresse ou son numéro semble bizarre.
scams-2-image = Un triangle avec un point d'exclamation.
scams-2-caution = Un service public ne demande jamais vos codes ou votre carte bancaire par message.

scams-3-title = Vrai message ou arnaque ?
scams-3-text =
    Voici trois messages pour vous entraîner.
    Lisez chaque message.
    Touchez « Vrai message » ou « Arnaque ».
    Une explication apparaît après votre réponse.
scams-3-image = Un bouclier avec un point d'interrogation.

scams-4-title = Ne pas toucher le lien
scams-4-text =
    Vous avez un doute sur un message ?
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
    Restez appuyé sur le message, puis cherchez « Transférer ».
    Envoyez le message au 33700.
    Le 33700 vous répond et demande le numéro de l'expéditeur.
    Envoyez ce numéro, puis supprimez le message.
scams-5-image = Un message avec une flèche vers l'avant.

scams-6-title = Vous avez donné votre carte bancaire ?
scams-6-text =
    Vous avez donné votre carte bancaire ou vos codes ?
    Appelez votre banque tout de suite.
    Elle peut bloquer votre carte.
    Son numéro est souvent écrit au dos de votre carte.
    Changez aussi les mots de passe que vous avez donnés.
    Le site cybermalveillance.gouv.fr vous explique quoi faire.
scams-6-image = Une banque avec des colonnes.
scams-6-tip = Vous pouvez aussi porter plainte à la police ou à la gendarmerie.
scams-6-caution = N'attendez pas : chaque minute compte pour protéger votre argent.

scams-7-title = Vous savez vous protéger
scams-7-text =
    Bravo, vous savez reconnaître une arnaque.
    Méfiez-vous des messages urgents avec un lien.
    Ne donnez jamais vos codes ni votre carte bancaire.
    En cas de doute, supprimez le message.
    Signalez les faux SMS au 33700.
scams-7-image = Un bouclier avec une coche.
