# Pas à pas — Romanian. Translated from French (locales/fr/tutorials/impots-declaration.ftl).
# Draft: to be reviewed by a native speaker.

impots-declaration-title = Declarați veniturile pe impots.gouv.fr

impots-declaration-1-title = Deschideți site-ul impozitelor
impots-declaration-1-text =
    În fiecare primăvară, declarați veniturile din anul de dinainte.
    Veniturile sunt banii primiți, de exemplu un salariu, o pensie, ajutorul de șomaj.
    Deschideți site-ul impots.gouv.fr.
    Sus în dreapta, atingeți butonul « Connexion à l'espace Finances publiques » (Intrați în cont).
impots-declaration-1-image =
    Prima pagină a site-ului impozitelor.
    Sus în dreapta, butonul de intrare în cont este încercuit.
impots-declaration-1-tip = Perioada pentru declarație este anunțată în fiecare an pe impots.gouv.fr.
impots-declaration-1-caution = Un site care vă cere bani ca să declarați este o înșelătorie.

impots-declaration-2-title = Pe internet sau pe hârtie
impots-declaration-2-text =
    De regulă, veniturile se declară pe internet.
    Nu aveți internet acasă?
    Sau internetul este prea greu pentru dumneavoastră, din cauza vârstei sau a unui handicap?
    Atunci puteți declara pe hârtie, fără amendă.
    Cereți formularul de hârtie la biroul de impozite.
impots-declaration-2-image = O foaie cu un creion.
impots-declaration-2-tip = Pe hârtie, termenul limită vine cu câteva zile mai devreme.

impots-declaration-3-title = Declarația automată
impots-declaration-3-text =
    Multe gospodării au o declarație automată (« déclaration automatique »).
    Fiscul vă anunță pe e-mail sau prin poștă.
    Verificați bine toate sumele deja scrise.
    Totul este corect și complet?
    Atunci declarația este făcută, fără să semnați nimic.
    Dacă nu, corectați-o și semnați-o, ca în pașii următori.
impots-declaration-3-image = O foaie cu o bifă.

impots-declaration-4-title = Pregătiți numerele
impots-declaration-4-text =
    Prima dată, aveți nevoie de trei numere ca să vă creați spațiul personal.
    Numărul fiscal (« numéro fiscal »), care are 13 cifre.
    Numărul de acces pe internet (« numéro d'accès en ligne »), care se schimbă în fiecare an.
    Venitul fiscal de referință (« revenu fiscal de référence »).
    Le găsiți pe ultima declarație și pe ultimul aviz de impozit (« avis d'impôt »).
impots-declaration-4-image = O foaie de hârtie cu rânduri scrise.
impots-declaration-4-tip = Avizul de impozit (« avis d'impôt ») este foaia pe care fiscul v-o trimite în fiecare an.

impots-declaration-5-title = Intrați în cont
impots-declaration-5-text =
    Prima dată, după aceste numere, vă alegeți o parolă.
    Scrieți numărul fiscal și parola.
    Atunci fiscul vă poate trimite pe e-mail un cod secret de 6 cifre.
    Deschideți căsuța de e-mail și copiați acest cod.
impots-declaration-5-image = O săgeată intră pe o ușă.
impots-declaration-5-tip = Ca să schimbați parola, site-ul vă cere numărul de telefon mobil.

impots-declaration-5b-title = Sau intrați cu FranceConnect
impots-declaration-5b-text =
    Puteți folosi și butonul FranceConnect.
    Cu FranceConnect, intrați cu alt cont, de exemplu ameli.
    Exersați aici cu un cont fals.
impots-declaration-5b-image =
    Pagina de intrare în cont a unui site public.
    Butonul FranceConnect este încercuit.

impots-declaration-6-title = Deschideți declarația
impots-declaration-6-text =
    Sunteți în spațiul personal.
    Căutați butonul pentru declararea veniturilor.
    Atingeți acest buton.
    Declarația se deschide.
    Mai întâi, verificați adresa și situația familiei.
impots-declaration-6-image = O foaie cu un creion.
impots-declaration-6-tip = Declarația pe internet este deschisă primăvara, de obicei din aprilie până în iunie.

impots-declaration-7-title = Verificați sumele
impots-declaration-7-text =
    Cele mai multe sume sunt deja scrise.
    De exemplu, salariul sau pensia.
    Comparați-le cu fluturașii de salariu sau cu actele de pensie.
    Dacă o sumă este greșită, atingeți căsuța și corectați-o.
    Dacă lipsește un venit, adăugați-l.
impots-declaration-7-image = O listă cu căsuțe bifate.
impots-declaration-7-caution = O sumă greșită vă poate schimba impozitul și unele ajutoare.

impots-declaration-8-title = Semnați declarația
impots-declaration-8-text =
    La sfârșit, recitiți rezumatul declarației.
    Atingeți butonul ca să semnați și să trimiteți declarația.
    Apare o confirmare de primire (« accusé de réception »).
    Este dovada că declarația a ajuns.
    O primiți și pe e-mail.
impots-declaration-8-image = O semnătură pe o linie.
impots-declaration-8-tip = Mai târziu, veți putea încă să corectați declarația pe internet.

impots-declaration-9-title = Gata
impots-declaration-9-text =
    Bravo, declarația este trimisă.
    Ați verificat sumele, apoi ați semnat.
    Păstrați bine confirmarea de primire.
    Vara, avizul de impozit va veni în spațiul personal.
    Fără internet, există și alte căi, la telefon sau la ghișeu.
impots-declaration-9-image = O mână cu degetul mare în sus.

impots-declaration-road-phone =
    La telefon, sunați la fisc, la 0 809 401 401.
    Este deschis de luni până vineri, de la ora 8 și 30 la ora 19.
    Apelul costă cât un apel normal.
impots-declaration-road-in-person =
    Personal, mergeți la biroul de impozite sau la un birou France Services.
    Acolo puteți cere o declarație pe hârtie.
