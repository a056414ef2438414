# Pas à pas — Romanian. Translated from French (locales/fr/tutorials/caf-declaration.ftl).
# Draft: to be reviewed by a native speaker.

caf-declaration-title = Caf: declarați veniturile la fiecare 3 luni

caf-declaration-1-title = O declarație la fiecare 3 luni
caf-declaration-1-text =
    Primiți RSA (venitul de solidaritate) sau « prime d'activité » (ajutor pentru cei care lucrează)?
    Atunci, la fiecare 3 luni, declarați veniturile la Caf (alocațiile pentru familie).
    Veniturile sunt banii pe care îi primiți.
    De exemplu, un salariu, ajutorul de șomaj, o pensie.
caf-declaration-1-image = Un calendar.
caf-declaration-1-tip =
    Faceți declarația imediat ce v-o cere Caf.
    Fără declarație, plățile se pot opri.

caf-declaration-2-title = Intrați în « Mon Compte » (Contul meu)
caf-declaration-2-text =
    Pe site-ul caf.fr, atingeți « Mon Compte » (Contul meu).
    Alegeți să intrați cu identificatorii de la Caf.
    Scrieți numărul de securitate socială și parola.
    Sunt primele 13 cifre scrise pe « carte Vitale » (cardul de sănătate).
    Atingeți butonul ca să intrați în cont.
caf-declaration-2-image =
    O pagină de pe site-ul Caf.
    Butonul « Mon Compte » este încercuit.
caf-declaration-2-caution = Site-ul adevărat al Caf este caf.fr.

caf-declaration-3-title = Deschideți căsuța de e-mail
caf-declaration-3-text =
    Apoi Caf vă trimite pe e-mail un cod secret de 6 cifre.
    Lăsați pagina Caf deschisă.
    Deschideți căsuța de e-mail într-o pagină nouă, alături.
    Deschideți e-mailul de la Caf și notați codul.
caf-declaration-3-image = O tavă pentru scrisorile primite.
caf-declaration-3-tip = Dacă pagina Caf se închide, începeți din nou intrarea în cont.
caf-declaration-3-caution = Codul merge doar 15 minute.

caf-declaration-3b-title = Scrieți codul
caf-declaration-3b-text =
    Întoarceți-vă pe pagina Caf.
    Scrieți codul, apoi confirmați.
caf-declaration-3b-image = O cheie.
caf-declaration-3b-tip =
    Pe telefon, aplicația « Caf - Mon Compte » vă poate recunoaște.
    Folosește amprenta degetului sau fața dumneavoastră, fără cod.
caf-declaration-3b-caution = Păstrați acest cod doar pentru dumneavoastră.

caf-declaration-4-title = Găsiți declarația trimestrială
caf-declaration-4-text =
    În cont, căutați declarația trimestrială de venituri (« déclaration trimestrielle de ressources »).
    Trimestrial înseamnă la fiecare 3 luni.
    Atingeți declarația ca să o începeți.
caf-declaration-4-image = O foaie și o lupă.
caf-declaration-4-tip =
    Sunteți la MSA (« Mutualité sociale agricole »), asigurarea socială a agricultorilor?
    Atunci faceți această declarație la MSA.

caf-declaration-5-title = Verificați sumele pentru fiecare lună
caf-declaration-5-text =
    Declarația arată 3 luni, una după alta.
    Arată banii primiți de fiecare persoană din gospodărie.
    Gospodăria înseamnă dumneavoastră și persoanele care locuiesc cu dumneavoastră.
    Salariile și alocațiile sunt deja scrise.
    Comparați-le cu rândul « montant net social » (suma netă) de pe fluturașii de salariu.
    Dacă o sumă este greșită, corectați-o și trimiteți o dovadă.
caf-declaration-5-image = O foaie cu sume.

caf-declaration-6-title = Adăugați banii care lipsesc
caf-declaration-6-text =
    Unele sume lipsesc din declarație, de exemplu o « pension alimentaire » (pensie alimentară).
    Sunt banii dați de fostul soț sau de fosta soție, adesea pentru copii.
    Lipsesc și banii dintr-o muncă fără șef.
    Scrieți aceste sume la luna potrivită, pentru fiecare persoană.
caf-declaration-6-image = Un creion.
caf-declaration-6-tip =
    Declarați și sumele mici.
    Așa nu va trebui să dați bani înapoi mai târziu.

caf-declaration-7-title = Confirmați și păstrați dovada
caf-declaration-7-text =
    Recitiți sumele pentru fiecare lună.
    Atingeți butonul ca să confirmați declarația.
    Un ecran vă arată că declarația a ajuns la Caf.
    Păstrați această dovadă.
    Descărcați-o sau faceți o poză ecranului.
caf-declaration-7-image = O foaie cu o ștampilă.

caf-declaration-8-title = Bravo!
caf-declaration-8-text =
    Declarația pentru aceste 3 luni este făcută.
    O veți face din nou peste 3 luni, când v-o cere Caf.
    Țineți minte: intrați în cont, codul din e-mail, verificați, confirmați.
    Acum știți să faceți declarația trimestrială.
    Fără internet, există și alte căi, la telefon sau la ghișeu.
caf-declaration-8-image = O mână cu degetul mare în sus.
caf-declaration-8-caution = Păstrați parola și codurile doar pentru dumneavoastră, chiar și la telefon.

caf-declaration-road-phone =
    La telefon, sunați la Caf, la 3230.
    Apelul costă cât un apel normal.
    Pregătiți numărul de beneficiar (« numéro d'allocataire »).
caf-declaration-road-in-person =
    Personal, mergeți la ghișeul Caf, adesea cu programare.
    Un birou France Services vă poate ajuta și el, gratuit.
