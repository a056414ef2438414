# Tutoriel : faire un appel vidéo avec sa famille. Français facile à lire (FALC) : une phrase par ligne.

video-call-title = Faire un appel vidéo avec votre famille

video-call-1-title = Ouvrir l'application
video-call-1-text =
    Dans un appel vidéo, vous voyez la personne pendant que vous parlez.
    Sur votre téléphone, ouvrez une application d'appel vidéo.
    Une application est un programme sur votre téléphone.
    Choisissez une application que votre famille utilise aussi, par exemple WhatsApp.
    Touchez son image pour l'ouvrir.
video-call-1-image = Quatre carrés, comme les applications d'un téléphone.
video-call-1-caution = Utilisez le Wi-Fi si possible, car un appel vidéo utilise beaucoup d'internet.

video-call-2-title = Choisir la personne
video-call-2-text =
    Cherchez la liste de vos contacts.
    Les contacts sont les personnes dont le numéro est dans votre téléphone.
    Touchez le nom de la personne à appeler.
video-call-2-image = Un carnet d'adresses.
video-call-2-tip = Vous pouvez aussi chercher son nom avec la loupe.

video-call-3-title = Lancer l'appel vidéo
video-call-3-text =
    Cherchez le bouton avec une petite caméra.
    Touchez ce bouton.
    Le téléphone appelle la personne.
    Attendez qu'elle réponde.
video-call-3-image =
    Un téléphone montre une personne et deux boutons.
    Le bouton avec une petite caméra est entouré.
video-call-3-tip = Le bouton en forme de téléphone fait un appel sans image.

video-call-4-title = Bien vous placer
video-call-4-text =
    Tenez le téléphone devant votre visage.
    Votre image apparaît dans un petit cadre.
    Mettez-vous face à la lumière, par exemple face à une fenêtre.
    Dos à la fenêtre, on ne voit pas bien votre visage.
    Parlez normalement, car le téléphone vous entend.
video-call-4-image = Un appareil photo avec un visage souriant.
video-call-4-tip = Posez le téléphone contre un objet pour reposer votre bras.

video-call-5-title = Raccrocher
video-call-5-text =
    Pour finir l'appel, cherchez le bouton rouge.
    Touchez le bouton rouge.
    L'appel est terminé.
video-call-5-image = Un téléphone avec une croix.
video-call-5-tip = Quand votre famille vous appelle, touchez ou glissez le bouton vert pour répondre.

video-call-6-title = Bravo !
video-call-6-text =
    Vous savez faire un appel vidéo.
    Ouvrez l'application, puis choisissez la personne.
    Touchez la caméra pour appeler.
    Le bouton rouge termine l'appel.
    Vous pouvez voir vos proches, même quand ils sont loin.
video-call-6-image = Un groupe de personnes.
