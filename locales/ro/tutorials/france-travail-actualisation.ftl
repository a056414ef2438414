# Pas à pas — Romanian. Translated from French (locales/fr/tutorials/france-travail-actualisation.ftl).
# Draft: to be reviewed by a native speaker.

france-travail-actualisation-title = France Travail: actualizați-vă situația în fiecare lună

france-travail-actualisation-1-title = O actualizare în fiecare lună
france-travail-actualisation-1-text =
    Căutați un loc de muncă prin France Travail?
    În fiecare lună, trebuie să vă faceți actualizarea (« actualisation »).
    Actualizarea înseamnă să spuneți la France Travail situația din luna trecută.
    Faceți-o chiar dacă nu s-a schimbat nimic.
france-travail-actualisation-1-image = Un calendar.
france-travail-actualisation-1-caution =
    Fără actualizare, înscrierea la France Travail se oprește.
    Se opresc și plățile.

france-travail-actualisation-1b-title = Când faceți actualizarea
france-travail-actualisation-1b-text =
    Puteți face actualizarea de pe 28 ale lunii până pe 15 ale lunii următoare.
    În februarie, începe pe 26.
france-travail-actualisation-1b-image = Un calendar.
france-travail-actualisation-1b-tip =
    Faceți-o chiar de la începutul perioadei.
    Așa nu vă mai faceți griji.

france-travail-actualisation-2-title = Intrați în spațiul personal
france-travail-actualisation-2-text =
    Pe site-ul francetravail.fr, atingeți butonul ca să intrați în cont.
    Scrieți identificatorul (« identifiant ») și parola.
    Identificatorul este numărul sau numele după care site-ul vă recunoaște.
    Este scris pe documentele de la France Travail.
    Puteți folosi și butonul FranceConnect.
france-travail-actualisation-2-image = O săgeată intră pe o ușă.
france-travail-actualisation-2-tip = Puteți folosi și aplicația « Mon espace » (Spațiul meu) de la France Travail, pe telefon.

france-travail-actualisation-3-title = Începeți actualizarea
france-travail-actualisation-3-text =
    Spațiul personal este contul dumneavoastră pe site-ul France Travail.
    În acest spațiu, căutați butonul cu cuvântul « actualiser » (actualizați).
    Atingeți acest buton ca să începeți.
france-travail-actualisation-3-image =
    Spațiul personal pe site-ul France Travail.
    Butonul « Actualiser » (Actualizați) este încercuit.

france-travail-actualisation-4-title = Răspundeți la întrebări
france-travail-actualisation-4-text =
    France Travail vă pune întrebări despre luna trecută.
    Ați lucrat?
    Ați urmat un curs?
    Ați fost în concediu medical?
    Citiți bine fiecare întrebare.
    Răspundeți « Oui » (Da) sau « Non » (Nu) la fiecare întrebare.
france-travail-actualisation-4-image = Un balon de vorbire cu semnul întrebării.

france-travail-actualisation-5-title = Spuneți că încă vă căutați de lucru
france-travail-actualisation-5-text =
    O întrebare este dacă mai căutați un loc de muncă.
    Dacă încă mai căutați un loc de muncă, răspundeți « Oui » (Da).
    Dacă răspundeți « Non » (Nu), înscrierea la France Travail se oprește.
    Atunci și plățile se pot opri.
france-travail-actualisation-5-image = O listă cu căsuțe bifate.
france-travail-actualisation-5-caution =
    Ați răspuns « Non » (Nu) din greșeală?
    Sunați repede la France Travail, la 3949.

france-travail-actualisation-6-title = Dacă ați lucrat
france-travail-actualisation-6-text =
    Dacă ați lucrat, scrieți numărul de ore din lună.
    Scrieți și salariul brut.
    Salariul brut este scris pe fluturașul de salariu.
france-travail-actualisation-6-image = O foaie cu sume.
france-travail-actualisation-6-caution = O muncă uitată vă poate obliga să dați bani înapoi.

france-travail-actualisation-7-title = Confirmați și păstrați dovada
france-travail-actualisation-7-text =
    Recitiți răspunsurile, apoi atingeți butonul ca să confirmați.
    Un mesaj vă spune că actualizarea este înregistrată.
    Păstrați această dovadă.
    Descărcați-o sau faceți o poză ecranului.
france-travail-actualisation-7-image = O foaie cu o ștampilă.
france-travail-actualisation-7-tip =
    După confirmare, nu mai puteți corecta pe internet.
    Ca să corectați o greșeală, sunați la 3949 înainte de 15 ale lunii.

france-travail-actualisation-8-title = Bravo!
france-travail-actualisation-8-text =
    Actualizarea pentru această lună este făcută.
    Faceți-o din nou luna viitoare, începând cu data de 28.
    Țineți minte: intrați în cont, actualizați, răspundeți, confirmați.
    Fără internet, există și alte căi, la telefon sau la ghișeu.
france-travail-actualisation-8-image = O mână cu degetul mare în sus.
france-travail-actualisation-8-tip = Dacă ați uitat actualizarea, sunați repede la France Travail, la 3949.
france-travail-actualisation-8-caution = Păstrați parola doar pentru dumneavoastră, chiar și la telefon.

france-travail-actualisation-road-phone =
    La telefon, sunați la France Travail, la 3949.
    Puteți face actualizarea sau puteți corecta o greșeală.
france-travail-actualisation-road-in-person =
    Personal, mergeți la o agenție France Travail sau la un birou France Services.
    O persoană vă poate ajuta.
