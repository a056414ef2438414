# Tutoriel : utiliser un écran tactile. Français facile à lire (FALC) : une phrase par ligne.

touch-screen-title = Utiliser un écran tactile

touch-screen-1-title = Toucher une fois
touch-screen-1-text =
    Un écran tactile réagit à votre doigt.
    Touchez un bouton une seule fois.
    Levez le doigt tout de suite.
touch-screen-1-image = Un doigt touche un bouton sur un écran.
touch-screen-1-tip = Si rien ne se passe, attendez un peu avant de toucher encore.

touch-screen-2-title = Voir la suite de la page
touch-screen-2-text =
    Sur un téléphone, posez le doigt sur l'écran.
    Glissez le doigt vers le haut.
    La page monte et vous voyez la suite.
    Sur cette borne, touchez le bouton « Descendre ».
touch-screen-2-image = Une main glisse vers le haut sur un écran.

touch-screen-3-title = Revenir en arrière
touch-screen-3-text =
    Sur un téléphone, cherchez la flèche qui revient en arrière.
    Dans une application, elle est souvent en haut à gauche de l'écran.
    Sur certains téléphones, elle est aussi en bas de l'écran.
    Touchez-la pour revenir à l'écran d'avant.
touch-screen-3-image = Une flèche qui revient en arrière.
touch-screen-3-tip = Sans flèche, glissez le doigt du bord gauche de l'écran vers le milieu.

touch-screen-4-title = Écrire avec le clavier de l'écran
touch-screen-4-text =
    Pour écrire, touchez la case blanche.
    Un clavier apparaît sur l'écran.
    Touchez les lettres une par une.
    Pour jouer, écrivez ici une adresse mail.
touch-screen-4-image = Un clavier avec des lettres.

touch-screen-5-title = Bravo !
touch-screen-5-text =
    Vous savez toucher, faire défiler et écrire.
    Vous pouvez vous entraîner sur votre téléphone.
touch-screen-5-image = Une main fait un pouce levé.
touch-screen-5-caution = Sur un téléphone, ne touchez pas les publicités qui clignotent.
