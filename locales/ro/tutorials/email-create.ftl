# Pas à pas — Romanian. Translated from French (locales/fr/tutorials/email-create.ftl).
# Draft: to be reviewed by a native speaker.

email-create-title = Creați o adresă de e-mail

email-create-1-title = Alegeți un serviciu de e-mail
email-create-1-text =
    Cu o adresă de e-mail primiți și trimiteți mesaje pe internet.
    Servicii ca Gmail, Outlook sau laposte.net dau adrese de e-mail gratuite.
    Alegeți doar unul dintre aceste servicii.
    Intrați pe site-ul lui.
email-create-1-image = O cutie poștală.
email-create-1-caution =
    Crearea unei adrese la aceste servicii este gratuită.
    Nu plătiți nimic pentru asta.

email-create-2-title = Începeți crearea adresei
email-create-2-text =
    Pe site, atingeți butonul « Créer un compte » (Creați un cont).
    Numele butonului poate fi puțin diferit de la un site la altul.
    Site-ul vă pune întrebări, una câte una.
    De exemplu: prenumele, numele și data nașterii.
email-create-2-image = O persoană cu semnul plus.
email-create-2-tip =
    Țineți telefonul lângă dumneavoastră.
    Site-ul vă poate trimite un cod.

email-create-3-title = Înțelegeți o adresă de e-mail
email-create-3-text =
    O adresă de e-mail se scrie dintr-o bucată, fără spații.
    Are mereu semnul @, care în franceză se numește « arobase ».
    După @ vine numele serviciului, de exemplu gmail.com.
email-create-3-image = Semnul @ (a rond).

email-create-3b-title = Alegeți adresa
email-create-3b-text =
    Înainte de @, scrieți de exemplu prenumele, un punct, apoi numele.
    Scrieți « a » în loc de « ă », « s » în loc de « ș », fără accente.
    Alegeți o adresă serioasă, pentru Caf sau pentru un angajator.
    Ca să exersați, scrieți aici o adresă.
email-create-3b-image = O tastatură cu litere.
email-create-3b-tip = Dacă adresa este deja luată, adăugați o cifră la sfârșitul numelui.

email-create-4-title = Alegeți o parolă
email-create-4-text =
    Site-ul vă cere o parolă.
    Este codul dumneavoastră secret ca să deschideți căsuța de e-mail.
    Alegeți o parolă de cel puțin 12 litere, cifre sau semne.
    O propoziție scurtă, ușor de ținut minte, este o idee bună.
    Scrieți-o pe o hârtie și păstrați hârtia acasă.
email-create-4-image = Niște steluțe ascund o parolă.
email-create-4-caution = Nu dați niciodată această parolă, nimănui.

email-create-5-title = Dați un număr de telefon de rezervă
email-create-5-text =
    Site-ul vă cere adesea un număr de telefon.
    Acest număr vă ajută dacă uitați parola.
    Atunci site-ul trimite un cod prin SMS, un mesaj scris pe telefon.
    Dați numărul telefonului dumneavoastră.
email-create-5-image = Un telefon care primește un mesaj.
email-create-5-tip = Dacă vă schimbați numărul, schimbați-l și în contul de e-mail.

email-create-6-title = Bravo!
email-create-6-text =
    Știți să creați o adresă de e-mail, pas cu pas.
    Știți să alegeți un serviciu gratuit, o adresă și o parolă.
    Notați adresa de e-mail pe o hârtie, ca să o dați ușor.
email-create-6-image = O mână cu degetul mare în sus.
email-create-6-caution =
    Deschideți des căsuța de e-mail.
    Altfel, serviciul vă poate șterge mesajele, apoi vă poate închide adresa.
    La laposte.net, mesajele pot fi șterse dacă nu intrați timp de 4 luni.
