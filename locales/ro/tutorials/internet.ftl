# Pas à pas — Romanian. Translated from French (locales/fr/tutorials/internet.ftl).
# Draft: to be reviewed by a native speaker.

internet-title = Internetul și site-urile

internet-1-title = Deschideți browserul
internet-1-text =
    Ca să intrați pe internet, folosiți un browser.
    Browserul este programul care deschide site-urile de internet.
    Se numește de exemplu Chrome, Firefox, Safari sau Edge.
    Pe telefon, atingeți imaginea lui mică ca să îl deschideți.
internet-1-image = O fereastră de browser de internet.
internet-1-tip = Browserul este adesea deja instalat pe telefon.

internet-2-title = Scrieți adresa unui site
internet-2-text =
    Sus pe ecran este o căsuță lungă.
    Este bara de adrese.
    Atingeți această căsuță.
    Scrieți adresa site-ului, de exemplu impots.gouv.fr.
    Atingeți tasta care confirmă, jos pe tastatură.
internet-2-image = Un glob cu literele www.
internet-2-tip = Pe unele telefoane, bara de adrese este jos pe ecran.

internet-3-title = Recunoașteți un site al statului
internet-3-text =
    Uitați-vă la sfârșitul numelui site-ului, în bara de adrese.
    Site-urile statului se termină cu .gouv.fr.
    De exemplu: impots.gouv.fr sau ants.gouv.fr.
    Un site care se termină cu .gouv.fr este cu adevărat al statului.
internet-3-image = Un glob cu o bifă.
internet-3-caution = Un site fals poate avea « gouv » în mijlocul numelui.

internet-4-title = Cunoașteți alte site-uri oficiale
internet-4-text =
    Unele servicii publice au o adresă care se termină doar cu .fr.
    Și aceste site-uri sunt oficiale.
    Pentru Assurance Maladie (asigurarea de sănătate): ameli.fr.
    Pentru alocațiile pentru familie: caf.fr.
    Pentru locuri de muncă: francetravail.fr.
internet-4-image = Clădiri publice.
internet-4-tip = Notați aceste adrese pe o hârtie, ca să le găsiți ușor.

internet-5-title = Uitați-vă la lacăt
internet-5-text =
    Lângă adresă, căutați un lacăt mic.
    Lacătul înseamnă că ce trimiteți este ascuns pe drum.
    Nimeni nu poate citi în timpul drumului.
    Dacă vedeți « Non sécurisé » (Nesigur), nu scrieți nimic pe acest site.
internet-5-image =
    Partea de sus a unei pagini de internet.
    Lacătul mic, la începutul adresei, este încercuit.
internet-5-tip = Pe unele browsere, în locul lacătului este un mic desen de setări.

internet-6-title = Atenție, chiar și cu lacăt
internet-6-text =
    Și site-urile false au adesea un lacăt.
    Lacătul nu spune dacă site-ul este cinstit.
    Verificați mereu numele site-ului în bara de adrese.
    Pentru un serviciu public, scrieți chiar dumneavoastră adresa site-ului.
internet-6-image = Un lacăt cu semnul exclamării.
internet-6-caution =
    Un SMS este un mesaj scris primit pe telefon.
    Un link primit prin SMS poate deschide un site fals.

internet-7-title = Bravo!
internet-7-text =
    Știți să scrieți adresa unui site.
    Un site al statului se termină cu .gouv.fr.
    Cunoașteți și ameli.fr, caf.fr și francetravail.fr.
    Lacătul ascunde pe drum ce trimiteți.
    Lacătul nu spune dacă site-ul este cinstit.
internet-7-image = O mână cu degetul mare în sus.
