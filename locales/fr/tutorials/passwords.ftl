# Tutoriel : des mots de passe solides, bien gardés. Français facile à lire (FALC) : une phrase par ligne.

passwords-title = Bien choisir et garder vos mots de passe

passwords-1-title = Choisir un mot de passe long
passwords-1-text =
    Un mot de passe est une clé secrète pour ouvrir votre compte.
    Un mot de passe court est facile à trouver pour un voleur.
    Choisissez au moins 12 lettres, chiffres ou signes.
    N'utilisez pas votre date de naissance ni le prénom de vos proches.
passwords-1-image = Des étoiles cachent un mot de passe.
passwords-1-tip = Plus le mot de passe est long, plus il est solide.

passwords-2-title = Utiliser une petite phrase
passwords-2-text =
    Une petite phrase est longue et facile à retenir.
    Pensez à une phrase qui a du sens pour vous.
    Écrivez les mots sans espace, avec une majuscule au début de chaque mot.
    Ajoutez un chiffre et un signe, comme le point d'exclamation.
    Par exemple : « LeChatDort3HeuresParJour! ».
passwords-2-image = Des guillemets, comme pour une phrase.
passwords-2-caution = Inventez votre phrase à vous, différente de cet exemple.

passwords-3-title = Prendre un mot de passe différent pour chaque site
passwords-3-text =
    Prenez un mot de passe différent pour chaque site important.
    Par exemple : votre boîte mail, votre banque, ameli ou la Caf.
    C'est comme une clé différente pour chaque porte.
    Si un voleur trouve un mot de passe, les autres restent protégés.
passwords-3-image = Une clé.
passwords-3-tip =
    Le mot de passe de votre boîte mail est le plus important.
    Avec lui, un voleur peut changer vos autres mots de passe.

passwords-4-title = Noter vos mots de passe sur un papier
passwords-4-text =
    Vous pouvez écrire vos mots de passe dans un petit carnet.
    Écrivez le nom du site à côté de chaque mot de passe.
    Gardez ce carnet chez vous, dans un endroit sûr et caché.
    Ne l'emportez pas dans votre sac ou votre portefeuille.
passwords-4-image = Un carnet.
passwords-4-tip = Ne gardez jamais le code de votre carte bancaire avec la carte.

passwords-5-title = Ne jamais donner vos codes
passwords-5-text =
    Ne donnez jamais vos codes par SMS, par mail ou par téléphone.
    Un SMS est un message écrit reçu sur le téléphone.
    Ne donnez pas non plus un code reçu par SMS sur votre téléphone.
    Votre banque, la Caf, ameli et les impôts ne demandent jamais vos codes.
passwords-5-image = Un triangle avec un point d'exclamation.
passwords-5-caution = Même si la personne connaît votre nom ou votre banque, ne donnez rien.

passwords-5b-title = Si on vous demande vos codes
passwords-5b-text =
    Si quelqu'un vous demande vos codes, c'est une arnaque.
    Raccrochez ou ne répondez pas au message.
passwords-5b-image = Un téléphone qui raccroche.
passwords-5b-tip =
    Si vous avez donné un mot de passe, changez-le tout de suite.
    Si vous avez donné un code de banque, appelez vite votre banque.

passwords-6-title = Bravo !
passwords-6-text =
    Vous savez faire un mot de passe solide, long comme une petite phrase.
    Vous prenez un mot de passe différent pour chaque site important.
    Vous gardez vos mots de passe sur un papier, chez vous.
    Vous ne donnez jamais vos mots de passe à personne.
passwords-6-image = Une main fait un pouce levé.
