# Pas à pas — Romanian. Translated from French (locales/fr/tutorials/ameli-attestation.ftl).
# Draft: to be reviewed by a native speaker.

ameli-attestation-title = Assurance Maladie: luați adeverința de drepturi

ameli-attestation-1-title = La ce folosește adeverința de drepturi
ameli-attestation-1-text =
    Adeverința de drepturi (« attestation de droits ») este o foaie de la Assurance Maladie.
    Ea arată că Assurance Maladie, asigurarea de sănătate, vă plătește îngrijirile.
    Un spital sau un angajator v-o poate cere.
    Este gratuită.
    O puteți lua de pe ameli.fr, site-ul Assurance Maladie.
ameli-attestation-1-image = O foaie cu o ștampilă.

ameli-attestation-2-title = Intrați în contul ameli
ameli-attestation-2-text =
    Intrați pe site-ul ameli.fr sau deschideți aplicația ameli.
    Atingeți butonul ca să intrați în contul ameli.
    Scrieți numărul de securitate socială și parola.
    De pe « carte Vitale » (cardul de sănătate), scrieți doar primele 13 cifre din 15.
    Puteți atinge și butonul « S'identifier avec FranceConnect » (Intrați cu FranceConnect).
ameli-attestation-2-image = O săgeată intră pe o ușă.
ameli-attestation-2-tip = Păstrați parola doar pentru dumneavoastră.

ameli-attestation-3-title = Scrieți codul de siguranță
ameli-attestation-3-text =
    Apoi site-ul vă poate cere un cod de siguranță.
    Este un cod secret de 6 cifre.
    Urmați ce scrie pe ecran ca să îl primiți.
    Scrieți acest cod în căsuță, apoi confirmați.
ameli-attestation-3-image = O cheie.
ameli-attestation-3-caution =
    Păstrați acest cod doar pentru dumneavoastră.
    Assurance Maladie nu vă cere niciodată codurile la telefon sau pe e-mail.

ameli-attestation-4-title = Găsiți « Attestation de droits »
ameli-attestation-4-text =
    În contul dumneavoastră, căutați « Attestation de droits » (Adeverință de drepturi).
    Este la « Mes démarches » (Demersurile mele).
    Atingeți « Attestation de droits ».
ameli-attestation-4-image =
    O pagină din contul dumneavoastră ameli.
    Butonul « Attestation de droits » este încercuit.

ameli-attestation-5-title = Alegeți persoana
ameli-attestation-5-text =
    Alegeți persoana care are nevoie de adeverință.
    Este vorba de dumneavoastră sau de un copil trecut în contul dumneavoastră.
    Atingeți numele persoanei.
ameli-attestation-5-image = Două persoane.

ameli-attestation-6-title = Descărcați adeverința
ameli-attestation-6-text =
    Atingeți butonul ca să cereți adeverința.
    Apoi descărcați-o.
    A descărca înseamnă a păstra o copie pe telefon sau pe calculator.
ameli-attestation-6-image = O săgeată în jos.

ameli-attestation-7-title = Tipăriți sau arătați adeverința
ameli-attestation-7-text =
    Puteți tipări adeverința pe o foaie.
    O puteți arăta și pe ecranul telefonului.
    Sau trimiteți-o pe e-mail, ca fișier atașat.
ameli-attestation-7-image = O imprimantă.
ameli-attestation-7-tip = Un terminal al Assurance Maladie vă poate tipări și el adeverința.

ameli-attestation-8-title = Bravo!
ameli-attestation-8-text =
    Aveți adeverința de drepturi.
    Țineți minte: intrați în cont, codul, « Attestation de droits », descărcați.
    Puteți cere oricând o adeverință nouă.
    Fără internet, există și alte căi, la telefon sau la ghișeu.
ameli-attestation-8-image = O mână cu degetul mare în sus.
ameli-attestation-8-caution =
    Adeverința este gratuită.
    Un site care vă cere bani pentru ea este o înșelătorie.

ameli-attestation-road-phone =
    La telefon, sunați la Assurance Maladie, la 3646.
    Cereți adeverința.
    Ea vă vine acasă prin poștă.
    Apelul costă cât un apel normal.
ameli-attestation-road-in-person =
    Personal, mergeți la ghișeul Assurance Maladie sau la un birou France Services.
    La ghișeul Assurance Maladie, un terminal vă poate tipări adeverința.
