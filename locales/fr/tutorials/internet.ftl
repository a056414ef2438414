# Tutoriel : internet et les sites. Français facile à lire (FALC) : une phrase par ligne.

internet-title = Internet et les sites

internet-1-title = Ouvrir le navigateur
internet-1-text =
    Pour aller sur internet, vous utilisez un navigateur.
    Le navigateur est le programme qui ouvre les sites internet.
    Il s'appelle par exemple Chrome, Firefox, Safari ou Edge.
    Sur un téléphone, touchez sa petite image pour l'ouvrir.
internet-1-image = Une fenêtre de navigateur internet.
internet-1-tip = Le navigateur est souvent déjà installé sur votre téléphone.

internet-2-title = Écrire l'adresse d'un site
internet-2-text =
    En haut de l'écran, il y a une longue case.
    C'est la barre d'adresse.
    Touchez cette case.
    Écrivez l'adresse du site, par exemple impots.gouv.fr.
    Touchez la touche qui valide, en bas du clavier.
internet-2-image = Un globe avec les lettres www.
internet-2-tip = Sur certains téléphones, la barre d'adresse est en bas de l'écran.

internet-3-title = Reconnaître un site de l'État
internet-3-text =
    Regardez la fin du nom du site, dans la barre d'adresse.
    Les sites de l'État finissent par .gouv.fr.
    Par exemple : impots.gouv.fr ou ants.gouv.fr.
    Un site qui finit par .gouv.fr appartient vraiment à l'État.
internet-3-image = Un globe avec une coche.
internet-3-caution = Un faux site peut avoir « gouv » au milieu de son nom.

internet-4-title = Connaître d'autres sites officiels
internet-4-text =
    Certains services publics ont une adresse qui finit seulement par .fr.
    Ces sites sont officiels, eux aussi.
    Pour l'Assurance Maladie : ameli.fr.
    Pour les allocations familiales : caf.fr.
    Pour l'emploi : francetravail.fr.
internet-4-image = Des bâtiments publics.
internet-4-tip = Notez ces adresses sur un papier pour les retrouver facilement.

internet-5-title = Regarder le cadenas
internet-5-text =
    À côté de l'adresse, cherchez un petit cadenas.
    Le cadenas veut dire que ce que vous envoyez est caché en chemin.
    Personne ne peut le lire pendant le trajet.
    Si vous voyez « Non sécurisé », n'écrivez rien sur ce site.
internet-5-image =
    Le haut d'une page internet.
    Le petit cadenas, au début de l'adresse, est entouré.
internet-5-tip = Sur certains navigateurs, un petit dessin de réglages remplace le cadenas.

internet-6-title = Se méfier même avec un cadenas
internet-6-text =
    Les faux sites ont souvent un cadenas, eux aussi.
    Le cadenas ne dit pas si le site est honnête.
    Vérifiez toujours le nom du site dans la barre d'adresse.
    Pour un service public, écrivez vous-même l'adresse du site.
internet-6-image = Un cadenas avec un point d'exclamation.
internet-6-caution =
    Un SMS est un message écrit reçu sur le téléphone.
    Un lien reçu par SMS peut ouvrir un faux site.

internet-7-title = Bravo !
internet-7-text =
    Vous savez écrire l'adresse d'un site.
    Un site de l'État finit par .gouv.fr.
    Vous connaissez aussi ameli.fr, caf.fr et francetravail.fr.
    Le cadenas cache ce que vous envoyez en chemin.
    Il ne dit pas si le site est honnête.
internet-7-image = Une main fait un pouce levé.
