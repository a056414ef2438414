# Tutoriel : se connecter avec FranceConnect. Français facile à lire (FALC) : une phrase par ligne.

franceconnect-title = Se connecter avec FranceConnect

franceconnect-1-title = Un seul compte pour beaucoup de sites
franceconnect-1-text =
    FranceConnect est un service de l'État.
    Il vous permet d'entrer sur beaucoup de sites publics.
    Vous utilisez un compte que vous avez déjà.
    Par exemple, votre compte des impôts ou votre compte ameli.
    Vous évitez de retenir un nouveau mot de passe.
franceconnect-1-image = Une clé.
franceconnect-1-tip = Un compte, c'est votre espace personnel sur un site, protégé par un mot de passe.

franceconnect-2-title = Trouver le bouton FranceConnect
franceconnect-2-text =
    Allez sur le site du service public.
    Par exemple, le site des impôts ou de France Travail.
    Cherchez le bouton « S'identifier avec FranceConnect ».
    Touchez ce bouton.
franceconnect-2-image =
    La page de connexion d'un site public.
    Le bouton FranceConnect est entouré.
franceconnect-2-tip =
    Certains sites demandent FranceConnect+, une version plus sûre.
    Il faut alors France Identité ou l'Identité Numérique La Poste.

franceconnect-3-title = Choisir un compte que vous avez
franceconnect-3-text =
    FranceConnect vous montre une liste de comptes.
    Par exemple, les impôts, ameli, France Identité ou l'Identité Numérique La Poste.
    Choisissez un compte dont vous connaissez le mot de passe.
    Touchez ce compte.
franceconnect-3-image = Une liste avec des coches.
franceconnect-3-tip =
    Choisissez le même compte à chaque fois.
    C'est plus facile à retenir.

franceconnect-4-title = Écrire votre identifiant et votre mot de passe
franceconnect-4-text =
    Le site du compte choisi s'ouvre.
    Écrivez votre identifiant et votre mot de passe.
    L'identifiant est le numéro ou le nom qui vous reconnaît.
    Le site peut aussi vous demander un code secret reçu par mail.
    Touchez le bouton pour vous connecter.
franceconnect-4-image = Des étoiles cachent un mot de passe.
franceconnect-4-caution = Ne donnez jamais votre mot de passe par téléphone, par message ou par mail.

franceconnect-5-title = Essayer avec un faux compte
franceconnect-5-text =
    Ici, vous vous entraînez avec un faux compte.
    L'écran vous montre un faux identifiant et un faux mot de passe.
    Recopiez-les dans les cases.
    Touchez l'œil pour voir ou cacher le mot de passe.
    La borne n'envoie rien et ne garde rien.
franceconnect-5-image = Un œil.

franceconnect-6-title = Bravo !
franceconnect-6-text =
    Ensuite, vous revenez sur le site du service public, qui vous reconnaît.
    Vous pouvez faire votre démarche.
    Retenez : le bouton FranceConnect, puis un compte que vous avez déjà.
    Pour vous faire aider, il existe un numéro et des lieux.
franceconnect-6-image = Une main fait un pouce levé.
franceconnect-6-tip = Sur un ordinateur partagé, déconnectez-vous à la fin de votre démarche.
franceconnect-6-caution = Ne payez jamais pour utiliser FranceConnect.

franceconnect-road-phone =
    Par téléphone, appelez Solidarité Numérique au 01 70 772 372.
    Des personnes formées vous aident pour vos démarches sur internet.
    C'est ouvert du lundi au vendredi, de 9 heures à 18 heures.
franceconnect-road-in-person =
    Sur place, un espace France Services vous aide à vous connecter.
    Cette aide est gratuite.
