# Pas à pas — Romanian. Translated from French (locales/fr/tutorials/scams.ftl).
# Draft: to be reviewed by a native speaker.

scams-title = Recunoașteți o înșelătorie

scams-1-title = Mesajele false
scams-1-text =
    Hoții trimit mesaje false ca să vă ia banii.
    Aceste mesaje vin prin SMS sau pe e-mail.
    Un SMS este un mesaj scris pe telefon.
    Vorbesc despre un colet, o amendă sau cardul de sănătate « carte Vitale ».
    Uneori vă trimit pe un site fals.
    Site-ul fals seamănă mult cu cel adevărat.
scams-1-image = Un telefon cu un mesaj.

scams-2-title = Semnele unei înșelătorii
scams-2-text =
    Mesajul spune că este urgent.
    Mesajul are un link, un text albastru sau subliniat care deschide un site.
    Mesajul vă cere codurile sau cardul bancar.
    Expeditorul pare ciudat.
    Expeditorul este persoana care trimite mesajul.
scams-2-image = Un triunghi cu semnul exclamării.
scams-2-caution = Un serviciu public nu vă cere niciodată prin mesaj codurile sau cardul bancar.

scams-3-title = Mesaj adevărat sau înșelătorie?
scams-3-text =
    Iată trei mesaje ca să exersați.
    Citiți fiecare mesaj.
    Atingeți « Mesaj adevărat » sau « Înșelătorie ».
    După răspuns, apare o explicație.
scams-3-image = Un scut cu semnul întrebării.

scams-4-title = Nu atingeți linkul
scams-4-text =
    Aveți o îndoială despre un mesaj?
    Nu atingeți linkul.
    Nu răspundeți.
    Ștergeți mesajul.
    Ca să verificați, deschideți chiar dumneavoastră site-ul adevărat al serviciului.
scams-4-image = O za de lanț ruptă.
scams-4-tip = Puteți și să sunați la serviciu, la numărul scris pe actele dumneavoastră.

scams-5-title = Semnalați un SMS fals
scams-5-text =
    Puteți semnala un SMS fals la numărul 33700.
    Acest serviciu este gratuit.
    Țineți degetul apăsat pe mesaj, apoi căutați « Transférer » (Redirecționați).
    Trimiteți mesajul la 33700.
    Serviciul 33700 vă răspunde și vă cere numărul expeditorului.
    Trimiteți acest număr, apoi ștergeți mesajul.
scams-5-image = Un mesaj cu o săgeată înainte.

scams-6-title = Falsul consilier de la bancă
scams-6-text =
    Cineva vă sună și spune că lucrează la banca dumneavoastră.
    Vorbește despre o plată ciudată în contul dumneavoastră.
    Vă cere să confirmați o operațiune sau să dați un cod.
    Este o înșelătorie, chiar dacă pe ecran apare numărul băncii dumneavoastră.
    Închideți, apoi sunați chiar dumneavoastră la bancă, la numărul pe care îl știți.
scams-6-image = Un telefon care închide apelul.
scams-6-caution = Un consilier adevărat nu cere niciodată să confirmați o operațiune sau să dați un cod.

scams-7-title = Ați dat datele cardului bancar?
scams-7-text =
    Ați dat datele cardului bancar sau un cod?
    Sunați imediat la bancă, ca să vă blocați cardul.
    Asta se numește « faire opposition » (blocarea cardului).
scams-7-image = O bancă cu coloane.
scams-7-tip =
    Puteți bloca cardul și la 0 892 705 705, zi și noapte.
    Acest apel este cu plată.
scams-7-caution = Fiecare minut contează ca să vă protejați banii.

scams-7b-title = Protejați-vă conturile și păstrați dovada
scams-7b-text =
    Schimbați și parolele pe care le-ați dat.
    Păstrați mesajul primit, ca dovadă.
scams-7b-image = Un lacăt închis.

scams-8-title = Cereți ajutor după o înșelătorie
scams-8-text =
    După o înșelătorie pe internet, intrați pe site-ul 17cyber.gouv.fr.
    Site-ul vă spune ce să faceți, zi și noapte, gratuit.
    Acolo puteți scrie unui polițist sau unui jandarm.
    Puteți și să faceți plângere la poliție sau la jandarmerie.
scams-8-image = Un cerc cu semnul întrebării.
scams-8-tip =
    S-au făcut cumpărături pe internet cu cardul dumneavoastră?
    După blocarea cardului, semnalați-le cu serviciul Perceval, pe service-public.fr.

scams-9-title = Știți să vă protejați
scams-9-text =
    Bravo, știți să recunoașteți o înșelătorie.
    Feriți-vă de mesajele urgente cu un link.
    Păstrați codurile și cardul bancar doar pentru dumneavoastră.
    Dacă aveți o îndoială, ștergeți mesajul.
    Semnalați mesajele SMS false la 33700.
    După o înșelătorie, intrați pe 17cyber.gouv.fr.
scams-9-image = Un scut cu o bifă.

scams-road-phone =
    Un SMS fals sau un apel fals?
    Semnalați-l gratuit, printr-un mesaj SMS la 33700.
scams-road-in-person =
    Personal, mergeți la bancă ca să vă blocați cardul.
    Mergeți la poliție sau la jandarmerie ca să faceți plângere.
