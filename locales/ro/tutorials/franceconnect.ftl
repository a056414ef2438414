# Pas à pas — Romanian. Translated from French (locales/fr/tutorials/franceconnect.ftl).
# Draft: to be reviewed by a native speaker.

franceconnect-title = Intrați în cont cu FranceConnect

franceconnect-1-title = Un singur cont pentru multe site-uri
franceconnect-1-text =
    FranceConnect este un serviciu al statului.
    Cu el puteți intra pe multe site-uri publice.
    Folosiți un cont pe care îl aveți deja.
    De exemplu, contul de la impozite sau contul ameli.
    Așa nu trebuie să țineți minte o parolă nouă.
franceconnect-1-image = O cheie.
franceconnect-1-tip = Un cont este spațiul personal de pe un site, protejat de o parolă.

franceconnect-2-title = Găsiți butonul FranceConnect
franceconnect-2-text =
    Intrați pe site-ul serviciului public.
    De exemplu, site-ul impozitelor sau site-ul France Travail.
    Căutați butonul « S'identifier avec FranceConnect » (Intrați cu FranceConnect).
    Atingeți acest buton.
franceconnect-2-image =
    Pagina de intrare în cont a unui site public.
    Butonul FranceConnect este încercuit.
franceconnect-2-tip =
    Unele site-uri cer FranceConnect+, o variantă mai sigură.
    Atunci aveți nevoie de France Identité sau de Identité Numérique La Poste.

franceconnect-3-title = Alegeți un cont pe care îl aveți
franceconnect-3-text =
    FranceConnect vă arată o listă de conturi.
    De exemplu, impozitele, ameli, France Identité sau Identité Numérique La Poste.
    Alegeți un cont pentru care știți parola.
    Atingeți acest cont.
franceconnect-3-image = O listă cu bife.
franceconnect-3-tip =
    Alegeți de fiecare dată același cont.
    Așa țineți minte mai ușor.

franceconnect-4-title = Scrieți identificatorul și parola
franceconnect-4-text =
    Se deschide site-ul contului ales.
    Scrieți identificatorul (« identifiant ») și parola.
    Identificatorul este numărul sau numele după care site-ul vă recunoaște.
    Site-ul vă poate cere și un cod secret primit pe e-mail.
    Atingeți butonul ca să intrați în cont.
franceconnect-4-image = Niște steluțe ascund o parolă.
franceconnect-4-caution = Nu dați niciodată parola la telefon, prin mesaj sau pe e-mail.

franceconnect-5-title = Încercați cu un cont fals
franceconnect-5-text =
    Aici exersați cu un cont fals.
    Ecranul vă arată un identificator fals și o parolă falsă.
    Copiați-le în căsuțe.
    Atingeți ochiul ca să vedeți sau să ascundeți parola.
    Terminalul nu trimite nimic și nu păstrează nimic.
franceconnect-5-image = Un ochi.

franceconnect-6-title = Bravo!
franceconnect-6-text =
    Apoi vă întoarceți pe site-ul serviciului public, care vă recunoaște.
    Puteți face demersul.
    Țineți minte: butonul FranceConnect, apoi un cont pe care îl aveți deja.
    Ca să primiți ajutor, există un număr de telefon și locuri unde puteți merge.
franceconnect-6-image = O mână cu degetul mare în sus.
franceconnect-6-tip = Pe un calculator folosit de mai multe persoane, ieșiți din cont la sfârșitul demersului.
franceconnect-6-caution = Nu plătiți niciodată ca să folosiți FranceConnect.

franceconnect-road-phone =
    La telefon, sunați la Solidarité Numérique, la 01 70 772 372.
    Persoane pregătite vă ajută cu demersurile pe internet.
    Este deschis de luni până vineri, de la ora 9 la ora 18.
franceconnect-road-in-person =
    Personal, un birou France Services vă ajută să intrați în cont.
    Acest ajutor este gratuit.
