# Pas à pas — textes en français facile à lire et à comprendre (FALC).
# Le français est la langue source : chaque autre langue traduit chaque message.
# Règles : une idée par phrase, des mots simples, pas d'abréviation, 15 mots au plus par phrase.

## Application

app-title = Pas à pas

## Accueil de la borne (écran de bienvenue)

welcome-title = Bienvenue
welcome-touch = Touchez votre langue pour commencer.
welcome-choose = Choisissez votre langue.
welcome-languages = Les langues de la borne
welcome-forget = La borne oublie tout quand vous partez.
language-not-loaded = Cette langue n'est pas prête. Touchez une autre langue, ou demandez à l'accueil.

## Écran principal

home-title = Que voulez-vous faire ?
home-intro = Touchez un grand bouton.
home-help = Comment utiliser la borne
home-agent = Vous pouvez aussi demander de l'aide à un agent.

## Aide : comment utiliser la borne

help-title = Comment utiliser la borne
help-tap = Touchez un bouton une seule fois.
help-home = Le bouton « { toolbar-home } » revient au début.
help-back = Le bouton « { toolbar-back } » revient à l'écran d'avant.
help-language = Le bouton « { toolbar-language } » change la langue.
help-text-size = Le bouton « { toolbar-text-size } » agrandit les lettres.
help-contrast = Le bouton « { toolbar-contrast } » rend l'écran plus facile à voir.
help-read-aloud = Le bouton « { toolbar-read-aloud } » lit chaque écran.
help-repeat = Le bouton « { toolbar-repeat } » lit cet écran encore une fois.
help-finish = Le bouton « { toolbar-finish } » efface tout pour la personne suivante.
help-more = Avec les très grandes lettres, des boutons sont rangés. Le bouton « { toolbar-more } » les montre.
help-forget = { $minutes ->
    [one] Sans toucher l'écran pendant { $minutes } minute, la borne efface tout.
   *[other] Sans toucher l'écran pendant { $minutes } minutes, la borne efface tout.
}

## Barre de boutons, en haut de chaque écran

toolbar-label = Les boutons de la borne
toolbar-home = Accueil
toolbar-back = Retour
toolbar-language = Langue
toolbar-text-size = Taille du texte
toolbar-text-size-state = { $percent ->
    [150] Grand
    [200] Très grand
   *[other] Normal
}
toolbar-contrast = Contraste fort
toolbar-read-aloud = Lire à voix haute
toolbar-repeat = Écouter l'écran
toolbar-finish = J'ai fini
toolbar-more = Autres boutons

## Choix de la langue

language-title = Choisissez votre langue
dialog-close = Fermer

## J'ai fini : tout effacer

finish-title = Vous avez fini ?
finish-erase = La borne va tout effacer.
finish-next = La personne suivante ne verra rien.
finish-confirm = Oui, tout effacer
finish-cancel = Non, je continue

## Personne ne touche l'écran

idle-title = Vous êtes encore là ?
idle-touch = Touchez l'écran pour continuer.
idle-countdown = { $seconds ->
    [one] La borne efface tout dans { $seconds } seconde.
   *[other] La borne efface tout dans { $seconds } secondes.
}
idle-continue = Je continue

## Lecture à voix haute

speech-no-voice = Cette borne ne sait pas lire à voix haute dans cette langue.

## La borne redémarre après un problème

restart-title = La borne redémarre.
restart-wait = Attendez un petit moment.
safe-title = La borne est en panne.
safe-line = Demandez de l'aide à l'accueil.
safe-agent = Pour l'agent : la borne s'est arrêtée plusieurs fois de suite. Elle réessaie seule. Si la panne dure, redémarrez le PC et prévenez l'équipe technique. Erreur :
safe-retry = Prochain essai à { $time }.

## Écran inconnu

notfound-title = Cet écran n'existe pas.
notfound-home = Revenir à l'écran principal

## Tutoriels : la liste

home-tutorials = Apprendre pas à pas
tutorials-title = Apprendre pas à pas
tutorials-intro = Choisissez ce que vous voulez apprendre.
tutorials-minutes = { $minutes ->
    [one] { $minutes } minute
   *[other] { $minutes } minutes
}
theme-prendre-en-main-du-materiel = Utiliser un appareil
theme-navigation-sur-internet = Aller sur internet
theme-email = Les mails
theme-prevention-en-securite-numerique = Se protéger
theme-aide-aux-demarches-administratives = Les démarches en ligne
theme-sante = La santé
theme-insertion-professionnelle = Le travail
theme-reseaux-sociaux-communication = Parler avec ses proches

## Tutoriels : une étape

step-progress = Étape { $step } sur { $total }
step-nav-label = Changer d'étape
step-previous = Précédent
step-next = Suivant
step-repeat = Écouter encore
step-tip = Conseil :
step-caution = Attention :
step-stuck = Vous êtes bloqué ? Demandez de l'aide à l'accueil.
step-done = Vous avez fini.
step-print = Imprimer ces étapes
step-list = Voir tout ce qu'on peut apprendre
step-unknown = Cette page n'existe pas.

## Feuille à emporter

sheet-shown = Voici votre feuille.
sheet-no-paper = Pas de papier ? Montrez cet écran à un agent de l'accueil.
sheet-date = Imprimé le { $date }.
sheet-help = Besoin d'aide ? Solidarité Numérique répond par téléphone au 01 70 772 372.
roads-title = Sans internet, c'est possible aussi.
sheet-cautions = Attention :

## Clavier de l'écran

keyboard-label = Clavier
keyboard-row-1 = 1 2 3 4 5 6 7 8 9 0
keyboard-row-2 = a z e r t y u i o p
keyboard-row-3 = q s d f g h j k l m
keyboard-row-4 = w x c v b n @ . - _
keyboard-space = Espace
keyboard-erase = Effacer

## Entraînement

practice-title = Entraînez-vous
practice-nothing-kept = Ici, c'est pour jouer. Rien n'est envoyé, rien n'est gardé.
practice-email-label = Adresse mail pour jouer
practice-email-hint = Par exemple : marie.dupont@exemple.fr
practice-email-empty = Touchez les lettres pour écrire.
practice-email-space = Une adresse mail n'a pas d'espace.
practice-email-missing-at = Il manque le signe @.
practice-email-bad-at = Écrivez votre nom, puis un seul signe @.
practice-email-missing-dot = Après le signe @, écrivez par exemple exemple.fr
practice-email-good = Bravo ! Cette adresse est bien écrite.
practice-fc-choose = Choisissez un compte pour jouer :
practice-fc-account-impots = impots.gouv.fr
practice-fc-account-ameli = ameli.fr
practice-fc-example = Pour jouer, écrivez l'identifiant { $identifier } et le mot de passe { $password }.
practice-fc-identifier = Identifiant
practice-fc-password = Mot de passe
practice-fc-show = Voir le mot de passe
practice-fc-connect = Se connecter
practice-fc-wrong = Ce n'est pas encore ça. Regardez l'exemple.
practice-fc-good = Bravo ! Vous êtes connecté.
practice-attach-to = À :
practice-attach-address = mairie@exemple.fr
practice-attach-message = Bonjour, voici mon papier.
practice-attach-button = Joindre un fichier
practice-attach-gallery = Vos photos :
practice-attach-photo-bill = Photo d'une facture
practice-attach-photo-certificate = Photo d'une attestation
practice-attach-photo-id = Photo d'une carte d'identité
practice-attach-attached = Fichier joint : { $name }
practice-attach-send = Envoyer
practice-attach-need = Touchez d'abord « Joindre un fichier ».
practice-attach-sent = Bravo ! Le message est parti avec la photo.
practice-scam-real = Vrai message
practice-scam-scam = Arnaque
practice-scam-right = Bonne réponse !
practice-scam-wrong = Ce n'est pas ça.
practice-scam-score = { $right ->
    [one] Vous avez { $right } bonne réponse sur { $total }.
   *[other] Vous avez { $right } bonnes réponses sur { $total }.
}
practice-scam-1-from = Message SMS de : 06 12 34 56 78
practice-scam-1-text = Votre colis est bloqué. Payez 1,99 euro sur colis-suivi-livraison.info
practice-scam-1-why = Un vrai livreur ne demande jamais de payer par un lien dans un message.
practice-scam-2-from = Mail de : ameli
practice-scam-2-text = Un nouveau document est dans votre compte ameli. Allez sur ameli.fr pour le lire.
practice-scam-2-why = Ce message ne demande rien. Il dit d'aller vous-même sur le vrai site.
practice-scam-3-from = Mail de : carte-vitale-service@gmail.com
practice-scam-3-text = Votre carte Vitale expire demain. Donnez votre carte bancaire pour la garder.
practice-scam-3-why = La carte Vitale est gratuite. L'Assurance Maladie ne demande jamais votre carte bancaire.

## Monter et descendre

scroll-label = Faire défiler l'écran
scroll-up = Monter
scroll-down = Descendre

## Trouver de l'aide près d'ici

home-near = Trouver de l'aide près d'ici
near-title = Trouver de l'aide près d'ici
near-intro = Voici des lieux qui peuvent vous aider. Les lieux ouverts maintenant sont en premier.
near-loading = La liste des lieux arrive.
near-unavailable = La liste des lieux n'est pas disponible. Demandez à l'accueil.
near-none = Nous n'avons pas de lieu près d'ici. Demandez à l'accueil.
near-place-helps = Ce lieu peut vous aider :
place-phone = Téléphone :
place-open = Ouvert maintenant.
place-open-until = Ouvert maintenant, jusqu'à { $time }.
place-opens = Fermé maintenant. Ouvre { $day } à { $time }.
place-opens-today = Fermé maintenant. Ouvre aujourd'hui à { $time }.
place-opens-tomorrow = Fermé maintenant. Ouvre demain à { $time }.
place-hours-unknown = Horaires : téléphonez avant d'y aller.
place-itinerant = Lieu itinérant. Il vient certains jours. Appelez avant.
place-access-referral = Sur demande d'un travailleur social
place-access-booking = Sur rendez-vous, à prendre sur internet
place-access-mail = Écrivez un mail avant de venir
place-access-phone = Appelez avant de venir
place-access-walk-in = Sans rendez-vous

## Les aides proposées

orientation-get-equipped-title = Avoir un téléphone ou un ordinateur à petit prix
orientation-do-it-with-a-professional-title = Faire votre démarche avec un professionnel
orientation-do-it-for-me-title = Quelqu'un peut faire la démarche à votre place
orientation-learn-the-basics-title = Apprendre les bases, pas à pas
orientation-learn-online-procedures-title = Apprendre à faire vos démarches en ligne
orientation-protect-yourself-title = Apprendre à vous protéger des arnaques
orientation-employment-title = Chercher un emploi avec internet
orientation-go-on-alone-title = Continuer seul, avec un ordinateur
orientation-talk-to-someone-title = Parler à une personne
orientation-other-procedure-title = France Services vous aide pour vos autres démarches

## Le point sur mes usages du numérique (questionnaire)

home-assessment = Faire le point sur le numérique
assessment-title = Faire le point sur le numérique
assessment-progress = Question { $number }
assessment-few-left = Encore quelques questions.
assessment-last = C'est la dernière question.
assessment-next = Suivant
assessment-skip = Je ne veux pas répondre
assessment-several = Vous pouvez toucher plusieurs réponses.
assessment-answer-alone = Oui, seul
assessment-answer-with-help = Avec de l'aide
assessment-answer-no = Non
assessment-answer-dont-understand = Je ne comprends pas la question
assessment-reading = Lire le français, est-ce facile pour vous ?
assessment-reading-easy = C'est facile
assessment-reading-hard = C'est difficile
assessment-reading-no = Je ne lis pas le français
assessment-equipment = Qu'avez-vous chez vous ?
assessment-equipment-smartphone = Un téléphone avec écran tactile
assessment-equipment-basic-phone = Un téléphone pour appeler seulement
assessment-equipment-computer = Un ordinateur
assessment-equipment-tablet = Une tablette
assessment-equipment-none = Rien de tout ça
assessment-internet = Avez-vous internet chez vous ?
assessment-internet-yes = Oui
assessment-internet-phone-only = Seulement sur mon téléphone
assessment-internet-no = Non
assessment-email = Avez-vous une adresse mail que vous savez ouvrir ?
assessment-email-yes = Oui
assessment-email-forgotten = J'en ai une, mais je ne sais plus l'ouvrir
assessment-email-no = Non, je n'en ai pas
assessment-goal = Que voulez-vous faire ?
assessment-goal-caf = La Caf
assessment-goal-health = La santé, ameli
assessment-goal-taxes = Les impôts
assessment-goal-job = L'emploi, France Travail
assessment-goal-papers = Les papiers : carte d'identité, permis, carte grise
assessment-goal-housing = Le logement
assessment-goal-pension = La retraite
assessment-goal-residence-permit = Un titre de séjour
assessment-goal-school = L'école des enfants
assessment-goal-keep-in-touch = Parler avec ma famille
assessment-goal-learn-basics = Apprendre les bases
assessment-goal-something-else = Autre chose
assessment-switch-on = Je sais allumer un téléphone ou un ordinateur.
assessment-unlock = Je sais ouvrir mon téléphone avec mon code.
assessment-touch-keyboard = Je sais toucher l'écran, ou utiliser la souris et le clavier.
assessment-wifi = Je sais me connecter au Wi-Fi.
assessment-open-website = Je sais aller sur un site internet, par exemple caf.fr.
assessment-official-site = Je sais reconnaître un site officiel.
assessment-read-email = Je sais lire mes mails.
assessment-send-attachment = Je sais envoyer un mail avec une photo ou un papier.
assessment-passwords = Je sais retrouver mes mots de passe.
assessment-passwords-secret = Je garde mes mots de passe pour moi.
assessment-franceconnect = Je sais me connecter avec FranceConnect.
assessment-fill-form = Je sais remplir un formulaire en ligne jusqu'au bout.
assessment-scan-send = Je sais prendre un papier en photo.
assessment-recognise-scam = Je sais reconnaître un faux message.
assessment-preference = Comment aimez-vous apprendre ou être aidé ?
assessment-preference-alone = Seul, avec un ordinateur
assessment-preference-beside-me = Avec une personne à côté de moi
assessment-preference-workshop = Dans un groupe, en atelier
assessment-preference-for-me = Une personne fait la démarche à ma place
assessment-trusted-person = Une personne de confiance vous aide-t-elle parfois ? Par exemple, votre famille ou un voisin.
assessment-trusted-person-yes = Oui
assessment-trusted-person-no = Non, personne
assessment-age = Quel âge avez-vous ?
assessment-age-under-25 = Moins de 25 ans
assessment-age-25-59 = De 25 à 59 ans
assessment-age-60-74 = De 60 à 74 ans
assessment-age-75-plus = 75 ans ou plus
assessment-disability = Le lieu doit-il être adapté pour vous ?
assessment-disability-deafness = Je n'entends pas bien
assessment-disability-low-vision = Je ne vois pas bien
assessment-disability-motor = Je bouge difficilement
assessment-disability-cognitive = J'ai du mal à comprendre ou à retenir

## Le résultat

result-title = Votre résultat
result-part = Page { $number } sur { $total }
result-nav-label = Changer de page
result-keep = À garder
result-profile-discovering = Je découvre
result-profile-with-help = Je me débrouille avec de l'aide
result-profile-almost-autonomous = Je suis presque autonome
result-profile-intro = Ce n'est pas une note. C'est pour trouver la bonne aide.
result-stars = { $stars ->
    [one] { $stars } étoile sur 3
   *[other] { $stars } étoiles sur 3
}
result-not-assessed = Pas de question sur ce sujet. On en parlera avec vous.
result-group-basics = Les bases
result-group-communicating = Communiquer
result-group-procedures-and-safety = Les démarches et la sécurité
result-help = L'aide qui vous va
result-ask = Demandez :
result-documents = Apportez :
result-places = Où aller :
result-no-place = Demandez à l'accueil où aller.
result-tutorials = Pour apprendre ici, sur la borne :
result-again = Recommencer le questionnaire
orientation-get-equipped-ask = Un téléphone ou un ordinateur reconditionné, et une connexion à petit prix.
orientation-do-it-with-a-professional-ask = Un rendez-vous à France Services. Un professionnel fait la démarche avec vous.
orientation-do-it-for-me-ask = Un aidant Aidants Connect fait la démarche pour vous, avec votre accord.
orientation-learn-the-basics-ask = Un atelier pour débuter, avec un conseiller numérique.
orientation-learn-online-procedures-ask = Un accompagnement pour apprendre vos démarches en ligne.
orientation-protect-yourself-ask = Un atelier sur la sécurité et les arnaques.
orientation-employment-ask = Une aide pour chercher un emploi avec internet.
orientation-go-on-alone-ask = Un ordinateur pour vous, sans rendez-vous. Et d'autres choses à apprendre sur cette borne.
orientation-talk-to-someone-ask = Dites ce que vous voulez faire. Une personne vous aide à trouver la bonne aide.
orientation-other-procedure-ask = Par exemple la retraite, le logement ou un titre de séjour. Demandez un rendez-vous.
orientation-documents-caf = Votre numéro de sécurité sociale, une boîte mail que vous savez ouvrir, votre téléphone.
orientation-documents-health = Votre carte Vitale, une boîte mail que vous savez ouvrir, votre téléphone.
orientation-documents-taxes = Votre dernier avis d'impôt et votre dernière déclaration. Une boîte mail que vous savez ouvrir, et votre téléphone.
orientation-documents-job = Votre identifiant France Travail, vos fiches de paie, votre téléphone.
orientation-documents-papers = Votre ancienne carte ou votre permis. Une facture avec votre adresse (eau, électricité, téléphone). Une photo d'identité.

## Le ticket

ticket-print = Imprimer mon ticket
ticket-shown = Voici votre ticket.
ticket-logins = Où je range mes identifiants
ticket-logins-advice = Écrivez ici où vous les rangez. N'écrivez jamais un mot de passe sur ce ticket.
ticket-helpline = Solidarité Numérique vous aide par téléphone au 01 70 772 372.
ticket-place-again = Voir plus haut.
ticket-place-updated = Informations du { $date }.
ticket-day-hours = { $day } : { $hours }
ticket-days-hours = Du { $first } au { $last } : { $hours }
ticket-place-hours = Horaires :
ticket-lacks = Il me manque :
ticket-goal = Je viens pour :
orientation-lacks-home-internet = Internet à la maison (j'ai internet sur mon téléphone seulement).
orientation-lacks-internet = Internet à la maison.
orientation-lacks-device = Un appareil : téléphone, ordinateur ou tablette.
orientation-lacks-smartphone = Un téléphone avec internet (j'ai un téléphone pour appeler).
orientation-lacks-email = Une adresse mail.
orientation-lacks-email-access = L'accès à mon adresse mail.
orientation-lacks-trusted-person = Une personne pour m'aider à la maison.
orientation-lacks-reading = La lecture du français.
ticket-qr = Ce carré noir et blanc aide l'agent. Il ne contient pas votre nom.
ticket-for-agent = Pour l'agent, en français :
ticket-number = Pas à pas, ticket { $number }
ticket-group-stars = { $group } : { $stars }
ticket-pass-numerique = Demandez un Pass numérique à l'accueil. Il paie des ateliers.
result-pass-numerique = La commune donne des Pass numériques. Ils paient des ateliers. Demandez à l'accueil.
sheet-qr = Ce carré noir et blanc ouvre ces étapes sur un téléphone.

## Le mode agent

agent-title = Mode agent
agent-loading = Chargement…
agent-pin-label = Tapez votre code.
agent-pin-typed = { $count ->
    [0] Aucun chiffre tapé.
    [one] { $count } chiffre tapé.
   *[other] { $count } chiffres tapés.
}
agent-pin-erase = Effacer
agent-pin-open = Ouvrir
agent-pin-too-short = { $max ->
    [one] Le code a de { $min } à { $max } chiffre.
   *[other] Le code a de { $min } à { $max } chiffres.
}
agent-pin-checking = Vérification du code…
agent-pin-wrong = { $left ->
    [0] Code faux. Le mode agent est bloqué 1 minute.
    [one] Code faux. Encore 1 essai avant le blocage.
   *[other] Code faux. Encore { $left } essais avant le blocage.
}
agent-locked = Trop de codes faux. Le mode agent est bloqué. Réessayez dans { $minutes } min { $seconds } s.
agent-no-pin = Le mode agent est fermé : aucun code n'est réglé.
agent-no-pin-how = La personne qui installe la borne crée le code avec la commande « cargo xtask hash-pin ». Elle copie le résultat dans le fichier de configuration, section [agent].
agent-leave = Revenir à l'accueil
agent-bar-label = Mode agent
agent-bar-closes = Se ferme seul à { $time }.
agent-quit = Quitter le mode agent
agent-dashboard-title = Que voulez-vous faire ?
agent-launch-title = Lancer un tutoriel pour une personne
agent-launch-intro = Dans sa langue, à la bonne étape. Ou imprimer sa fiche.
agent-launch-which = Quel tutoriel ?
agent-launch-language = Dans quelle langue ?
agent-launch-step = À quelle étape ?
agent-launch-step-before = Étape avant
agent-launch-step-after = Étape après
agent-launch-start = Lancer pour la personne
agent-status-title = La borne : fichiers, imprimante et voix
agent-status-intro = Configuration, liste des lieux, ticket de test.
agent-stats-title = Les chiffres de la borne
agent-stats-intro = Anonymes, par jour. Tableau, graphiques, export CSV.

## Les fichiers de la borne (écran agent et commande check-config)

report-config-title = Le fichier de configuration
report-config-ok = Fichier lu. Aucun problème.
report-config-problems = { $count ->
    [one] Fichier lu avec 1 problème. La borne utilise le réglage par défaut à sa place :
   *[other] Fichier lu avec { $count } problèmes. La borne utilise les réglages par défaut à leur place :
}
report-config-missing = Fichier absent (erreur { $status }). La borne utilise les réglages par défaut.
report-config-unreachable = Fichier injoignable : le serveur ne répond pas. La borne utilise les réglages par défaut.
config-problem-syntax = Ligne { $line } : le fichier est mal écrit ici. Détail : { $detail }
config-problem-unknown-setting = Ligne { $line } : « { $setting } » n'est pas un réglage connu. Il est ignoré. Vérifiez l'orthographe.
config-problem-wrong-type = Ligne { $line } : « { $setting } » doit être { $expected ->
    [text] un texte entre guillemets
    [number] un nombre
    [whole-number] un nombre entier
    [yes-no] true (oui) ou false (non)
    [list] une liste entre crochets
   *[table] une section entre crochets
}.
config-problem-out-of-range = Ligne { $line } : « { $setting } » doit être entre { $min } et { $max }.
config-problem-not-allowed = Ligne { $line } : « { $setting } » vaut { $value }. Valeurs possibles : { $allowed }.
config-problem-unknown-language = Ligne { $line } : « { $setting } » : la langue « { $value } » n'existe pas sur la borne. Langues possibles : { $known }.
config-problem-default-not-enabled = Ligne { $line } : la langue par défaut « { $value } » doit aussi être dans « languages.enabled ».
config-problem-half-coordinates = Ligne { $line } : « { $setting } » manque. Donnez la latitude et la longitude, ou aucune des deux.
config-problem-bad-address = Ligne { $line } : « { $setting } » vaut « { $value } ». Écrivez un chemin qui commence par / ou une adresse https://.
config-problem-empty-text = Ligne { $line } : « { $setting } » est vide.
config-problem-bad-pin-hash = Ligne { $line } : « { $setting } » n'est pas un code chiffré par « cargo xtask hash-pin ». Le mode agent reste fermé.
config-problem-format-version = Ligne { $line } : format_version vaut { $found }. Cette borne lit la version { $expected }.
config-problem-no-format-version = Ligne { $line } : ajoutez « format_version = 1 » en haut du fichier.
config-problem-too-large = Le fichier fait { $size } Ko. La borne lit au plus { $limit } Ko. Il n'est pas lu : les réglages par défaut sont en service.
check-config-web = { $address } : une adresse sur internet. Vérifiez-la sur l'écran agent de la borne.
check-config-problems = { $count ->
    [one] { $count } problème à corriger.
   *[other] { $count } problèmes à corriger.
}
report-places-title = La liste des lieux
report-places-kept = { $count ->
    [0] Aucun lieu gardé.
    [one] { $count } lieu gardé.
   *[other] { $count } lieux gardés.
}
report-places-skipped = { $count ->
    [0] Aucune ligne écartée.
    [one] { $count } ligne écartée, car elle ne suit pas le schéma national.
   *[other] { $count } lignes écartées, car elles ne suivent pas le schéma national.
}
report-places-closed = { $count ->
    [0] Aucun lieu fermé au public.
    [one] { $count } lieu n'accueille pas de public : il n'est pas montré.
   *[other] { $count } lieux n'accueillent pas de public : ils ne sont pas montrés.
}
report-places-lines = Lignes écartées : { $lines }.
report-places-column = Colonne « { $column } » : { $count ->
    [one] { $count } ligne.
   *[other] { $count } lignes.
}
report-places-check = La commande « cargo xtask check-config » donne le détail de chaque ligne.
report-places-missing = Fichier absent (erreur { $status }). Les personnes sont envoyées à l'accueil.
report-places-unreachable = Fichier injoignable : le serveur ne répond pas. Les personnes sont envoyées à l'accueil.
report-places-reader-failed = Fichier non lu : le lecteur des lieux de la borne n'a pas marché. Les personnes sont envoyées à l'accueil. Détail : { $detail }
report-places-unreadable = Fichier illisible : la première ligne doit donner les colonnes du schéma national.
report-places-too-large = Fichier trop gros : { $size } Ko. La borne lit au plus { $limit } Ko. Gardez seulement les lieux de votre territoire.
report-places-semicolons = Les colonnes sont séparées par « ; », comme Excel les enregistre. Le fichier est lu quand même.
report-places-windows-1252 = Le fichier n'est pas en UTF-8. Il est lu en Windows-1252, comme Excel l'enregistre. Enregistrez-le en « CSV UTF-8 ».
report-places-hours = { $count ->
    [one] { $count } lieu a des horaires à vérifier : { $names }. La borne ne trouve pas quand il ouvre dans les 7 jours.
   *[other] { $count } lieux ont des horaires à vérifier : { $names }. La borne ne trouve pas quand ils ouvrent dans les 7 jours.
}
report-places-not-csv = Fichier illisible : la première ligne n'est pas une ligne de titres CSV. Détail : { $detail }
report-places-missing-columns = Fichier illisible : des colonnes obligatoires manquent sur la première ligne. Ajoutez : { $columns }.
report-places-rows-not-read = { $count ->
    [one] { $count } ligne ne peut pas être lue.
   *[other] { $count } lignes ne peuvent pas être lues.
}
report-places-row-empty = Ligne { $line } : la colonne « { $column } » est vide. Elle est obligatoire.
report-places-row-pivot = Ligne { $line } : « pivot » vaut « { $value } ». Écrivez le numéro SIRET (14 caractères) ou SIREN (9 caractères).
report-places-row-postcode = Ligne { $line } : « code_postal » vaut « { $value } ». Écrivez 5 chiffres.
report-places-row-date = Ligne { $line } : « date_maj » vaut « { $value } ». Écrivez la date ainsi : 2024-03-31.
report-places-row-phone = Ligne { $line } : « telephone » vaut « { $value } ». Écrivez le numéro avec l'indicatif du pays, ainsi : +33123456789.
report-places-row-coordinates = Ligne { $line } : « latitude » vaut « { $latitude } » et « longitude » vaut « { $longitude } ». Ce ne sont pas des coordonnées.
report-places-row-unknown-value = Ligne { $line } : « { $column } » contient « { $value } ». Cette valeur n'est pas dans le schéma national.
report-places-row-not-read = Ligne { $line } : la ligne ne peut pas être lue. Détail : { $detail }
report-places-hours-unreadable = Les horaires de « { $name } » ne peuvent pas être lus. Détail : { $detail }

## La borne sans réseau (écran agent)

report-offline-title = La borne sans réseau
report-offline-online = Réseau : connecté en ce moment.
report-offline-offline = Réseau : pas de connexion en ce moment.
report-offline-version = Version de la borne :
report-offline-ready = Tous les fichiers de la borne sont gardés. Elle démarre même sans réseau.
report-offline-update-coming = Une nouvelle version arrive. Elle sera prise entre deux personnes.
report-offline-update-waiting = Une nouvelle version est prête. Elle sera prise entre deux personnes.
report-offline-not-yet = La borne garde ses fichiers en ce moment. Sans réseau, elle ne peut pas encore démarrer.
report-offline-unsupported = Ce navigateur ne garde pas les fichiers. Sans réseau, la borne ne démarre pas.
report-origin-server = Copie utilisée : celle du serveur, lue le { $date }.
report-origin-kept = Copie utilisée : celle gardée par la borne le { $date }.
report-server-missing = Le serveur n'a pas ce fichier (erreur { $status }).
report-server-unreachable = Le serveur ne répond pas.
report-server-damaged = Le fichier du serveur est abîmé. La borne ne le prend pas.
report-voices-title = Les voix
report-voices-intro = Chaque langue est lue avec sa propre voix. Touchez « Écouter » pour l'entendre.
report-voices-found = Voix : { $name }
report-voices-none = Pas de voix pour cette langue. La borne le dit aux personnes.
report-voices-listen = Écouter
report-printer-title = L'imprimante
report-printer-intro = Papier réglé : { $width } mm. Imprimez un ticket de test pour vérifier.
test-ticket-print = Imprimer un ticket de test
test-ticket-title = Ticket de test
test-ticket-width = Largeur du papier : { $width } mm.
test-ticket-works = Vous lisez ce ticket : l'imprimante marche.

## Les chiffres (écran agent)

stats-anonymous = Ces chiffres sont anonymes. Ils comptent par jour, jamais par personne.
stats-corrupt = Les anciens chiffres étaient abîmés. Ils sont mis de côté. Le compte a recommencé.
stats-corrupt-item = { $date } : { $problem }
stats-corrupt-not-json = La valeur gardée n'est pas du JSON. Détail : { $detail }
stats-corrupt-not-object = La valeur gardée est { $found ->
    [null] vide (null)
    [boolean] un oui ou non
    [number] un nombre
    [string] un texte
   *[array] une liste
}. Il faut un objet JSON.
stats-corrupt-format-version = La valeur gardée a format_version { $found }. Cette borne lit la version { $expected }.
stats-corrupt-shape = La valeur gardée n'a pas la forme attendue. Détail : { $detail }
stats-corrupt-day = Le jour « { $day } » n'est pas une vraie date.
stats-corrupt-kind = Le { $day }, la valeur gardée compte « { $kind } ». La borne ne compte pas cela.
stats-unreadable = Les chiffres ne peuvent pas être lus en ce moment. Ils restent gardés. Réessayez plus tard.
stats-waiting = Des chiffres attendent d'être rangés. Ils seront ajoutés au prochain démarrage.
stats-period = Période
stats-last-7 = 7 derniers jours
stats-last-30 = 30 derniers jours
stats-visits-per-day = { $days ->
    [one] Visites par jour, sur { $days } jour
   *[other] Visites par jour, sur { $days } jours
}
stats-totals = { $days ->
    [one] Tous les chiffres, sur { $days } jour
   *[other] Tous les chiffres, sur { $days } jours
}
stats-column-day = Jour
stats-column-count = Nombre
stats-column-what = Quoi
stats-column-theme = Thème
stats-nothing-yet = Rien pour l'instant.
stats-detail-language-chosen = Langues choisies
stats-detail-assessment-completed = Profils à la fin du questionnaire
stats-detail-card-issued = Aides proposées
stats-detail-tutorial-started = Tutoriels commencés
stats-detail-tutorial-completed = Tutoriels finis
stats-detail-themes = Tutoriels par thème
stats-kind-session-started = Visites
stats-kind-language-chosen = Langues choisies
stats-kind-assessment-started = Questionnaires commencés
stats-kind-assessment-completed = Questionnaires finis
stats-kind-card-issued = Aides proposées
stats-kind-tutorial-started = Tutoriels commencés
stats-kind-tutorial-completed = Tutoriels finis
stats-kind-ticket-printed = Tickets imprimés
stats-kind-sheet-printed = Fiches imprimées
stats-kind-idle-reset = Remises à zéro sans contact
stats-kind-finish-and-erase = « J'ai fini » : tout effacé
stats-kind-panic-recovered = Redémarrages après une erreur
stats-kind-agent-locked = Blocages du mode agent après 5 codes faux
theme-unknown = Apprentissage retiré de la borne
stats-download = Télécharger les chiffres (CSV)
stats-erase = Effacer les chiffres
stats-erase-title = Effacer tous les chiffres ?
stats-erase-warning = Tous les jours seront effacés. On ne peut pas revenir en arrière.
stats-erase-cancel = Non, garder
stats-erase-confirm = Oui, tout effacer
