# Pas à pas — Romanian. Translated from French (locales/fr/tutorials/passwords.ftl).
# Draft: to be reviewed by a native speaker.

passwords-title = Alegeți bine parolele și păstrați-le bine

passwords-1-title = Alegeți o parolă lungă
passwords-1-text =
    O parolă este o cheie secretă care vă deschide contul.
    O parolă scurtă este ușor de găsit pentru un hoț.
    Alegeți cel puțin 12 litere, cifre sau semne.
    Nu folosiți data nașterii sau prenumele celor apropiați.
passwords-1-image = Niște steluțe ascund o parolă.
passwords-1-tip = Cu cât parola este mai lungă, cu atât este mai sigură.

passwords-2-title = Folosiți o propoziție scurtă
passwords-2-text =
    O propoziție scurtă este lungă și ușor de ținut minte.
    Gândiți-vă la o propoziție care are sens pentru dumneavoastră.
    Scrieți cuvintele fără spații, cu literă mare la începutul fiecărui cuvânt.
    Adăugați o cifră și un semn, de exemplu semnul exclamării.
    De exemplu: « PisicaDoarme3OrePeZi! ».
passwords-2-image = Ghilimele, ca pentru o propoziție.
passwords-2-caution = Inventați propoziția dumneavoastră, diferită de acest exemplu.

passwords-3-title = Folosiți o parolă diferită pentru fiecare site
passwords-3-text =
    Folosiți o parolă diferită pentru fiecare site important.
    De exemplu: căsuța de e-mail, banca, ameli sau Caf.
    Este ca o cheie diferită pentru fiecare ușă.
    Dacă un hoț găsește o parolă, celelalte rămân protejate.
passwords-3-image = O cheie.
passwords-3-tip =
    Parola căsuței de e-mail este cea mai importantă.
    Cu ea, un hoț vă poate schimba celelalte parole.

passwords-4-title = Notați codurile pe o hârtie
passwords-4-text =
    Puteți scrie parolele într-un carnețel.
    Scrieți numele site-ului lângă fiecare parolă.
    Păstrați carnețelul acasă, într-un loc sigur și ascuns.
    Nu îl luați cu dumneavoastră în geantă sau în portofel.
passwords-4-image = Un carnețel.
passwords-4-tip = Nu țineți niciodată codul cardului bancar lângă card.

passwords-5-title = Nu dați niciodată codurile
passwords-5-text =
    Nu dați niciodată codurile prin SMS, pe e-mail sau la telefon.
    Un SMS este un mesaj scris primit pe telefon.
    Nu dați nici codul primit prin SMS pe telefon.
    Banca, Caf, ameli și fiscul nu vă cer niciodată codurile.
passwords-5-image = Un triunghi cu semnul exclamării.
passwords-5-caution = Chiar dacă persoana vă știe numele sau banca, nu dați nimic.

passwords-5b-title = Dacă cineva vă cere codurile
passwords-5b-text =
    Dacă cineva vă cere codurile, este o înșelătorie.
    Închideți telefonul sau nu răspundeți la mesaj.
passwords-5b-image = Un telefon care închide apelul.
passwords-5b-tip =
    Dacă ați dat o parolă, schimbați-o imediat.
    Dacă ați dat un cod de la bancă, sunați repede la bancă.

passwords-6-title = Bravo!
passwords-6-text =
    Știți să faceți o parolă sigură, lungă cât o propoziție scurtă.
    Folosiți o parolă diferită pentru fiecare site important.
    Păstrați codurile pe o hârtie, acasă.
    Nu dați niciodată codurile nimănui.
passwords-6-image = O mână cu degetul mare în sus.
