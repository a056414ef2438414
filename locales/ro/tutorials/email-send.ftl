# Pas à pas — Romanian. Translated from French (locales/fr/tutorials/email-send.ftl).
# Draft: to be reviewed by a native speaker.

email-send-title = Citiți și trimiteți un e-mail cu o poză

email-send-1-title = Deschideți mesajele primite
email-send-1-text =
    Deschideți căsuța de e-mail pe telefon sau pe un calculator.
    Prima pagină se numește « Boîte de réception » (Mesaje primite).
    Ea arată mesajele pe care le-ați primit.
    Cel mai nou mesaj este sus, în listă.
email-send-1-image = O tavă pentru scrisorile primite.
email-send-1-tip = Dacă un mesaj nu vine, uitați-vă în dosarul « Spam » sau « Courrier indésirable » (Mesaje nedorite).

email-send-2-title = Citiți un mesaj
email-send-2-text =
    Mesajele necitite sunt scrise cu litere groase, mai închise.
    Atingeți un mesaj ca să îl deschideți.
    Vedeți cine îl trimite, subiectul și textul lui.
    Ca să vă întoarceți la listă, atingeți săgeata înapoi.
email-send-2-image = Un plic deschis.
email-send-2-caution = Un mesaj care vă cere codurile sau bani este adesea o înșelătorie.

email-send-3-title = Începeți un mesaj nou
email-send-3-text =
    Căutați butonul pentru a scrie un mesaj nou.
    În Gmail, se numește « Nouveau message » (Mesaj nou).
    Pe alte site-uri, numele lui este puțin diferit.
    Atingeți acest buton.
    Se deschide o pagină goală pentru scris.
email-send-3-image = Un plic cu semnul plus.

email-send-4-title = Scrieți adresa și subiectul
email-send-4-text =
    În căsuța « À » (Către), scrieți adresa de e-mail a persoanei.
    În căsuța « Objet » (Subiect), scrieți subiectul în câteva cuvinte.
    De exemplu: « Ma facture d'électricité » (Factura mea de curent).
email-send-4-image = Semnul @ (a rond).
email-send-4-caution =
    Verificați adresa literă cu literă.
    Cu o greșeală, mesajul poate ajunge la un necunoscut.

email-send-4b-title = Scrieți mesajul
email-send-4b-text =
    În căsuța mare, scrieți mesajul.
    Începeți cu « Bonjour » (Bună ziua).
    Terminați cu prenumele și numele dumneavoastră.
email-send-4b-image = Un creion care scrie.

email-send-5-title = Atașați o poză sau un act
email-send-5-text =
    Un fișier atașat este o poză sau un document adăugat la mesaj.
    De exemplu, poza unui act.
    Ca să atașați, atingeți butonul cu o agrafă.
    Alegeți poza din imaginile dumneavoastră.
    Ca să încercați aici, atingeți « Atașați un fișier », apoi alegeți o poză.
email-send-5-image =
    Un e-mail pe care îl scrieți.
    Butonul cu o agrafă este încercuit.
email-send-5-tip = Fotografiați actul pus pe masă, cu multă lumină.

email-send-6-title = Trimiteți mesajul
email-send-6-text =
    Numele pozei apare în mesaj.
    Asta înseamnă că fișierul atașat a fost adăugat.
    Atingeți butonul « Envoyer » (Trimiteți).
    Mesajul pleacă imediat.
email-send-6-image = Un avion de hârtie.
email-send-6-tip = Apoi găsiți mesajul în dosarul cu mesaje trimise.

email-send-7-title = Bravo!
email-send-7-text =
    Știți să deschideți și să citiți mesajele.
    Știți să scrieți un mesaj nou.
    Știți să atașați o poză cu agrafa.
    Știți să trimiteți mesajul cu butonul « Envoyer » (Trimiteți).
    Puteți trimite un act cuiva care vi-l cere.
email-send-7-image = O mână cu degetul mare în sus.
