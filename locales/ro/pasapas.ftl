# Pas à pas — Romanian. Translated from French (locales/fr/pasapas.ftl).
# Draft: to be reviewed by a native speaker.

## Aplicația

app-title = Pas à pas

## Primirea la terminal (ecranul de bun venit)

welcome-title = Bun venit
welcome-touch = Atingeți limba dumneavoastră ca să începeți.
welcome-choose = Alegeți limba dumneavoastră.
welcome-languages = Limbile terminalului
welcome-forget = Terminalul uită tot când plecați.
language-not-loaded = Această limbă nu este pregătită. Atingeți altă limbă sau întrebați la ghișeu.

## Ecranul principal

home-title = Ce vreți să faceți?
home-intro = Atingeți un buton mare.
home-help = Cum se folosește terminalul
home-agent = Puteți cere ajutor și unui angajat de aici.

## Ajutor: cum se folosește terminalul

help-title = Cum se folosește terminalul
help-tap = Atingeți un buton o singură dată.
help-home = Butonul « { toolbar-home } » vă duce la început.
help-back = Butonul « { toolbar-back } » vă duce la ecranul de dinainte.
help-language = Butonul « { toolbar-language } » schimbă limba.
help-text-size = Butonul « { toolbar-text-size } » face literele mai mari.
help-contrast = Butonul « { toolbar-contrast } » face ecranul mai ușor de văzut.
help-read-aloud = Butonul « { toolbar-read-aloud } » citește fiecare ecran.
help-repeat = Butonul « { toolbar-repeat } » citește acest ecran încă o dată.
help-finish = Butonul « { toolbar-finish } » șterge tot pentru persoana următoare.
help-more = Cu litere foarte mari, unele butoane sunt ascunse. Butonul « { toolbar-more } » le arată.
help-forget = { $minutes ->
    [one] Dacă nimeni nu atinge ecranul timp de { $minutes } minut, terminalul șterge tot.
    [few] Dacă nimeni nu atinge ecranul timp de { $minutes } minute, terminalul șterge tot.
   *[other] Dacă nimeni nu atinge ecranul timp de { $minutes } de minute, terminalul șterge tot.
}

## Bara de butoane, sus pe fiecare ecran

toolbar-label = Butoanele terminalului
toolbar-home = Început
toolbar-back = Înapoi
toolbar-language = Limba
toolbar-text-size = Mărimea textului
toolbar-text-size-state = { $percent ->
    [150] Mare
    [200] Foarte mare
   *[other] Normal
}
toolbar-contrast = Contrast puternic
toolbar-read-aloud = Citire cu voce tare
toolbar-repeat = Ascultați ecranul
toolbar-finish = Am terminat
toolbar-more = Alte butoane

## Alegerea limbii

language-title = Alegeți limba dumneavoastră
dialog-close = Închideți

## Am terminat: totul se șterge

finish-title = Ați terminat?
finish-erase = Terminalul va șterge tot.
finish-next = Persoana următoare nu va vedea nimic.
finish-confirm = Da, ștergeți tot
finish-cancel = Nu, vreau să continui

## Nimeni nu atinge ecranul

idle-title = Mai sunteți aici?
idle-touch = Atingeți ecranul ca să continuați.
idle-countdown = { $seconds ->
    [one] Terminalul șterge tot în { $seconds } secundă.
    [few] Terminalul șterge tot în { $seconds } secunde.
   *[other] Terminalul șterge tot în { $seconds } de secunde.
}
idle-continue = Vreau să continui

## Citirea cu voce tare

speech-no-voice = Acest terminal nu poate citi cu voce tare în această limbă.

## Terminalul pornește din nou după o problemă

restart-title = Terminalul pornește din nou.
restart-wait = Așteptați puțin.
safe-title = Terminalul nu funcționează.
safe-line = Cereți ajutor la ghișeu.
safe-agent = Pentru angajat: terminalul s-a oprit de mai multe ori la rând. Încearcă din nou singur. Dacă defecțiunea continuă, reporniți calculatorul și anunțați echipa tehnică. Eroare:
safe-retry = Următoarea încercare la { $time }.

## Ecran necunoscut

notfound-title = Acest ecran nu există.
notfound-home = Înapoi la ecranul principal

## Lecțiile: lista

home-tutorials = Învățați pas cu pas
tutorials-title = Învățați pas cu pas
tutorials-intro = Alegeți ce vreți să învățați.
tutorials-minutes = { $minutes ->
    [one] { $minutes } minut
    [few] { $minutes } minute
   *[other] { $minutes } de minute
}
theme-prendre-en-main-du-materiel = Folosirea unui aparat
theme-navigation-sur-internet = Folosirea internetului
theme-email = E-mailurile
theme-prevention-en-securite-numerique = Protejați-vă
theme-aide-aux-demarches-administratives = Demersurile pe internet
theme-sante = Sănătatea
theme-insertion-professionnelle = Munca
theme-reseaux-sociaux-communication = Vorbiți cu cei dragi

## Lecțiile: un pas

step-progress = Pasul { $step } din { $total }
step-nav-label = Schimbați pasul
step-previous = Pasul anterior
step-next = Pasul următor
step-repeat = Ascultați din nou
step-tip = Sfat:
step-caution = Atenție:
step-stuck = Nu știți cum să continuați? Cereți ajutor la ghișeu.
step-done = Ați terminat.
step-print = Tipăriți acești pași
step-list = Vedeți tot ce puteți învăța
step-unknown = Această pagină nu există.

## Foaia de luat acasă

sheet-shown = Iată foaia dumneavoastră.
sheet-no-paper = Nu iese hârtia? Arătați acest ecran unui angajat de la ghișeu.
sheet-date = Tipărită la { $date }.
sheet-help = Aveți nevoie de ajutor? Solidarité Numérique răspunde la telefon, la 01 70 772 372.
roads-title = Se poate și fără internet.
sheet-cautions = Atenție:

## Tastatura de pe ecran

keyboard-label = Tastatură
keyboard-row-1 = 1 2 3 4 5 6 7 8 9 0
keyboard-row-2 = q w e r t y u i o p
keyboard-row-3 = a s d f g h j k l
keyboard-row-4 = z x c v b n m @ . - _
keyboard-space = Spațiu
keyboard-erase = Ștergeți

## Exersare

practice-title = Exersați
practice-nothing-kept = Aici este doar un joc. Nu se trimite nimic, nu se păstrează nimic.
practice-email-label = Adresă de e-mail pentru exersare
practice-email-hint = De exemplu: marie.dupont@exemple.fr
practice-email-empty = Atingeți literele ca să scrieți.
practice-email-space = O adresă de e-mail nu are spații.
practice-email-missing-at = Lipsește semnul @.
practice-email-bad-at = Scrieți numele dumneavoastră, apoi un singur semn @.
practice-email-missing-dot = După semnul @, scrieți de exemplu exemple.fr
practice-email-good = Bravo! Această adresă este scrisă corect.
practice-fc-choose = Alegeți un cont ca să exersați:
practice-fc-account-impots = impots.gouv.fr
practice-fc-account-ameli = ameli.fr
practice-fc-example = Ca să exersați, scrieți identificatorul { $identifier } și parola { $password }.
practice-fc-identifier = Identificator
practice-fc-password = Parolă
practice-fc-show = Vedeți parola
practice-fc-connect = Intrați în cont
practice-fc-wrong = Încă nu este bine. Uitați-vă la exemplu.
practice-fc-good = Bravo! Ați intrat în cont.
practice-attach-to = Către:
practice-attach-address = mairie@exemple.fr
practice-attach-message = Bună ziua, vă trimit actul meu.
practice-attach-button = Atașați un fișier
practice-attach-gallery = Pozele dumneavoastră:
practice-attach-photo-bill = Poza unei facturi
practice-attach-photo-certificate = Poza unei adeverințe
practice-attach-photo-id = Poza unei cărți de identitate
practice-attach-attached = Fișier atașat: { $name }
practice-attach-send = Trimiteți
practice-attach-need = Atingeți mai întâi « Atașați un fișier ».
practice-attach-sent = Bravo! Mesajul a plecat cu poza.
practice-scam-real = Mesaj adevărat
practice-scam-scam = Înșelătorie
practice-scam-right = Răspuns corect!
practice-scam-wrong = Nu este corect.
practice-scam-score = { $right ->
    [one] Aveți { $right } răspuns corect din { $total }.
    [few] Aveți { $right } răspunsuri corecte din { $total }.
   *[other] Aveți { $right } de răspunsuri corecte din { $total }.
}
practice-scam-1-from = Mesaj SMS de la: 06 12 34 56 78
practice-scam-1-text = Coletul dumneavoastră este blocat. Plătiți 1,99 euro pe colis-suivi-livraison.info
practice-scam-1-why = Un curier adevărat nu vă cere niciodată să plătiți printr-un link dintr-un mesaj.
practice-scam-2-from = E-mail de la: ameli
practice-scam-2-text = Aveți un document nou în contul ameli. Intrați pe ameli.fr ca să îl citiți.
practice-scam-2-why = Acest mesaj nu vă cere nimic. Vă spune să intrați chiar dumneavoastră pe site-ul adevărat.
practice-scam-3-from = E-mail de la: carte-vitale-service@gmail.com
practice-scam-3-text = Cardul de sănătate « carte Vitale » expiră mâine. Dați datele cardului bancar ca să îl păstrați.
practice-scam-3-why = Cardul « carte Vitale » este gratuit. Assurance Maladie (asigurarea de sănătate) nu vă cere niciodată cardul bancar.

## Mișcați ecranul în sus și în jos

scroll-label = Mișcați ecranul
scroll-up = Sus
scroll-down = Jos

## Găsiți ajutor aproape de aici

home-near = Găsiți ajutor aproape de aici
near-title = Găsiți ajutor aproape de aici
near-intro = Iată locuri care vă pot ajuta. Locurile deschise acum sunt primele.
near-loading = Lista locurilor se încarcă.
near-unavailable = Lista locurilor nu este disponibilă. Întrebați la ghișeu.
near-none = Nu avem niciun loc aproape de aici. Întrebați la ghișeu.
near-place-helps = Acest loc vă poate ajuta:
place-phone = Telefon:
place-open = Deschis acum.
place-open-until = Deschis acum, până la { $time }.
place-opens = Închis acum. Se deschide { $day }, la { $time }.
place-opens-today = Închis acum. Se deschide azi, la { $time }.
place-opens-tomorrow = Închis acum. Se deschide mâine, la { $time }.
place-hours-unknown = Program: sunați înainte să mergeți.
place-itinerant = Serviciu mobil. Vine doar în anumite zile. Sunați înainte.
place-access-referral = Doar dacă vă trimite un asistent social
place-access-booking = Cu programare, făcută pe internet
place-access-mail = Trimiteți un e-mail înainte să veniți
place-access-phone = Sunați înainte să veniți
place-access-walk-in = Fără programare

## Ajutoarele propuse

orientation-get-equipped-title = Un telefon sau un calculator la preț mic
orientation-do-it-with-a-professional-title = Faceți demersul cu un specialist
orientation-do-it-for-me-title = Cineva poate face demersul în locul dumneavoastră
orientation-learn-the-basics-title = Învățați lucrurile de bază, pas cu pas
orientation-learn-online-procedures-title = Învățați să faceți demersurile pe internet
orientation-protect-yourself-title = Învățați să vă feriți de înșelătorii
orientation-employment-title = Căutați un loc de muncă pe internet
orientation-go-on-alone-title = Continuați fără ajutor, la un calculator
orientation-talk-to-someone-title = Vorbiți cu o persoană
orientation-other-procedure-title = France Services vă ajută cu celelalte demersuri

## Ce știu să fac pe internet (chestionar)

home-assessment = Aflați ce știți să faceți pe internet
assessment-title = Aflați ce știți să faceți pe internet
assessment-progress = Întrebarea { $number }
assessment-few-left = Mai sunt câteva întrebări.
assessment-last = Aceasta este ultima întrebare.
assessment-next = Următoarea
assessment-skip = Nu vreau să răspund
assessment-several = Puteți atinge mai multe răspunsuri.
assessment-answer-alone = Da, fără ajutor
assessment-answer-with-help = Cu ajutor
assessment-answer-no = Nu
assessment-answer-dont-understand = Nu înțeleg întrebarea
assessment-reading = Vă este ușor să citiți în franceză?
assessment-reading-easy = Este ușor
assessment-reading-hard = Este greu
assessment-reading-no = Nu citesc în franceză
assessment-equipment = Ce aveți acasă?
assessment-equipment-smartphone = Un telefon cu ecran tactil
assessment-equipment-basic-phone = Un telefon doar pentru apeluri
assessment-equipment-computer = Un calculator
assessment-equipment-tablet = O tabletă
assessment-equipment-none = Nimic din acestea
assessment-internet = Aveți internet acasă?
assessment-internet-yes = Da
assessment-internet-phone-only = Doar pe telefon
assessment-internet-no = Nu
assessment-email = Aveți o adresă de e-mail pe care știți să o deschideți?
assessment-email-yes = Da
assessment-email-forgotten = Am una, dar nu mai știu să o deschid
assessment-email-no = Nu, nu am
assessment-goal = Ce vreți să faceți?
assessment-goal-caf = Caf (alocațiile pentru familie)
assessment-goal-health = Sănătatea, ameli (asigurarea de sănătate)
assessment-goal-taxes = Impozitele
assessment-goal-job = Munca, France Travail (serviciul public pentru locuri de muncă)
assessment-goal-papers = Actele: cartea de identitate, permisul, talonul mașinii
assessment-goal-housing = Locuința
assessment-goal-pension = Pensia
assessment-goal-residence-permit = Un permis de ședere
assessment-goal-school = Școala copiilor
assessment-goal-keep-in-touch = Să vorbesc cu familia
assessment-goal-learn-basics = Să învăț lucrurile de bază
assessment-goal-something-else = Altceva
assessment-switch-on = Știu să pornesc un telefon sau un calculator.
assessment-unlock = Știu să deblochez telefonul cu codul meu.
assessment-touch-keyboard = Știu să ating ecranul sau să folosesc mouse-ul și tastatura.
assessment-wifi = Știu să mă conectez la Wi-Fi.
assessment-open-website = Știu să intru pe un site de internet, de exemplu caf.fr.
assessment-official-site = Știu să recunosc un site oficial.
assessment-read-email = Știu să îmi citesc e-mailurile.
assessment-send-attachment = Știu să trimit un e-mail cu o poză sau un act.
assessment-passwords = Știu să îmi găsesc parolele.
assessment-passwords-secret = Îmi păstrez parolele doar pentru mine.
assessment-franceconnect = Știu să intru în cont cu FranceConnect.
assessment-fill-form = Știu să completez un formular pe internet până la capăt.
assessment-scan-send = Știu să fac o poză unui act.
assessment-recognise-scam = Știu să recunosc un mesaj fals.
assessment-preference = Cum vă place să învățați sau să primiți ajutor?
assessment-preference-alone = Fără ajutor, la un calculator
assessment-preference-beside-me = Cu o persoană lângă mine
assessment-preference-workshop = Într-un grup, la un atelier
assessment-preference-for-me = O persoană face demersul în locul meu
assessment-trusted-person = Vă ajută uneori o persoană de încredere? De exemplu, familia sau un vecin.
assessment-trusted-person-yes = Da
assessment-trusted-person-no = Nu, nimeni
assessment-age = Câți ani aveți?
assessment-age-under-25 = Sub 25 de ani
assessment-age-25-59 = Între 25 și 59 de ani
assessment-age-60-74 = Între 60 și 74 de ani
assessment-age-75-plus = 75 de ani sau mai mult
assessment-disability = Locul trebuie să fie adaptat pentru dumneavoastră?
assessment-disability-deafness = Nu aud bine
assessment-disability-low-vision = Nu văd bine
assessment-disability-motor = Mă mișc greu
assessment-disability-cognitive = Îmi este greu să înțeleg sau să țin minte

## Rezultatul

result-title = Rezultatul dumneavoastră
result-part = Pagina { $number } din { $total }
result-nav-label = Schimbați pagina
result-keep = De păstrat
result-profile-discovering = Abia încep
result-profile-with-help = Mă descurc cu ajutor
result-profile-almost-autonomous = Mă descurc aproape fără ajutor
result-profile-intro = Nu este o notă. Este ca să găsim ajutorul potrivit.
result-stars = { $stars ->
    [one] { $stars } stea din 3
    [few] { $stars } stele din 3
   *[other] { $stars } de stele din 3
}
result-not-assessed = Nu a fost nicio întrebare despre asta. Vom vorbi despre asta cu dumneavoastră.
result-group-basics = Lucrurile de bază
result-group-communicating = Comunicarea
result-group-procedures-and-safety = Demersurile și siguranța
result-help = Ajutorul potrivit pentru dumneavoastră
result-ask = Cereți:
result-documents = Aduceți:
result-places = Unde să mergeți:
result-no-place = Întrebați la ghișeu unde să mergeți.
result-tutorials = Ca să învățați aici, pe terminal:
result-again = Începeți din nou chestionarul
orientation-get-equipped-ask = Un telefon sau un calculator folosit, în stare bună, și internet la preț mic.
orientation-do-it-with-a-professional-ask = O programare la France Services (un birou public care ajută). Un specialist face demersul cu dumneavoastră.
orientation-do-it-for-me-ask = O persoană pregătită de la Aidants Connect face demersul pentru dumneavoastră, cu acordul dumneavoastră.
orientation-learn-the-basics-ask = Un atelier pentru începători, cu un consilier digital.
orientation-learn-online-procedures-ask = Ajutor ca să învățați să faceți demersurile pe internet.
orientation-protect-yourself-ask = Un atelier despre siguranță și înșelătorii.
orientation-employment-ask = Ajutor ca să căutați un loc de muncă pe internet.
orientation-go-on-alone-ask = Un calculator pentru dumneavoastră, fără programare. Și alte lucruri de învățat pe acest terminal.
orientation-talk-to-someone-ask = Spuneți ce vreți să faceți. O persoană vă ajută să găsiți ajutorul potrivit.
orientation-other-procedure-ask = De exemplu pensia, locuința sau un permis de ședere. Cereți o programare.
orientation-documents-caf = Numărul de securitate socială, o căsuță de e-mail pe care știți să o deschideți, telefonul.
orientation-documents-health = Cardul de sănătate « carte Vitale », o adresă de e-mail pe care o puteți deschide, telefonul.
orientation-documents-taxes = Ultimul « avis d'impôt » (scrisoarea de la impozite) și ultima declarație. O căsuță de e-mail pe care știți să o deschideți și telefonul.
orientation-documents-job = Identificatorul France Travail, fluturașii de salariu, telefonul.
orientation-documents-papers = Cartea de identitate veche sau permisul. O factură cu adresa dumneavoastră (apă, curent, telefon). O poză tip buletin.

## Tichetul

ticket-print = Tipăriți tichetul
ticket-shown = Iată tichetul dumneavoastră.
ticket-logins = Unde îmi păstrez identificatorii
ticket-logins-advice = Scrieți aici unde îi păstrați. Nu scrieți niciodată o parolă pe acest tichet.
ticket-helpline = Solidarité Numérique (un serviciu național de ajutor) vă ajută la telefon: 01 70 772 372.
ticket-place-again = Vedeți mai sus.
ticket-place-updated = Informații din { $date }.
ticket-day-hours = { $day }: { $hours }
ticket-days-hours = De { $first } până { $last }: { $hours }
ticket-place-hours = Program:
ticket-lacks = Îmi lipsește:
ticket-goal = Vin pentru:
orientation-lacks-home-internet = Internet acasă (am internet doar pe telefon).
orientation-lacks-internet = Internet acasă.
orientation-lacks-device = Un aparat: telefon, calculator sau tabletă.
orientation-lacks-smartphone = Un telefon cu internet (am un telefon doar pentru apeluri).
orientation-lacks-email = O adresă de e-mail.
orientation-lacks-email-access = Accesul la adresa mea de e-mail.
orientation-lacks-trusted-person = O persoană care să mă ajute acasă.
orientation-lacks-reading = Cititul în franceză.
ticket-qr = Acest pătrat alb-negru îl ajută pe angajat. Nu conține numele dumneavoastră.
ticket-for-agent = Pour l'agent, en français :
ticket-number = Pas à pas, tichetul { $number }
ticket-group-stars = { $group }: { $stars }
ticket-pass-numerique = Cereți la ghișeu un Pass numérique. Acesta plătește ateliere pentru dumneavoastră.
result-pass-numerique = Primăria dă tichete Pass numérique. Ele plătesc ateliere. Întrebați la ghișeu.
sheet-qr = Acest pătrat alb-negru deschide acești pași pe un telefon.

## Modul angajat

agent-title = Modul angajat
agent-loading = Se încarcă…
agent-pin-label = Tastați codul dumneavoastră.
agent-pin-typed = { $count ->
    [0] Nicio cifră tastată.
    [one] 1 cifră tastată.
    [few] { $count } cifre tastate.
   *[other] { $count } de cifre tastate.
}
agent-pin-erase = Ștergeți
agent-pin-open = Deschideți
agent-pin-too-short = { $max ->
    [one] Codul are între { $min } și { $max } cifră.
    [few] Codul are între { $min } și { $max } cifre.
   *[other] Codul are între { $min } și { $max } de cifre.
}
agent-pin-checking = Se verifică codul…
agent-pin-wrong = { $left ->
    [0] Cod greșit. Modul angajat este blocat 1 minut.
    [one] Cod greșit. Mai aveți 1 încercare până la blocare.
    [few] Cod greșit. Mai aveți { $left } încercări până la blocare.
   *[other] Cod greșit. Mai aveți { $left } de încercări până la blocare.
}
agent-locked = Prea multe coduri greșite. Modul angajat este blocat. Încercați din nou peste { $minutes ->
        [one] { $minutes } minut
        [few] { $minutes } minute
       *[other] { $minutes } de minute
    } și { $seconds ->
        [one] { $seconds } secundă.
        [few] { $seconds } secunde.
       *[other] { $seconds } de secunde.
    }
agent-no-pin = Modul angajat este închis: nu este setat niciun cod.
agent-no-pin-how = Persoana care instalează terminalul creează codul cu comanda « cargo xtask hash-pin ». Apoi copiază rezultatul în fișierul de configurare, în secțiunea [agent].
agent-leave = Înapoi la ecranul de început
agent-bar-label = Modul angajat
agent-bar-closes = Se închide singur la { $time }.
agent-quit = Ieșiți din modul angajat
agent-dashboard-title = Ce vreți să faceți?
agent-launch-title = Porniți o lecție pentru o persoană
agent-launch-intro = În limba persoanei, la pasul potrivit. Sau tipăriți foaia ei.
agent-launch-which = Ce lecție?
agent-launch-language = În ce limbă?
agent-launch-step = La ce pas?
agent-launch-step-before = Pasul anterior
agent-launch-step-after = Pasul următor
agent-launch-start = Porniți pentru persoană
agent-status-title = Terminalul: fișiere, imprimantă și voci
agent-status-intro = Configurare, lista locurilor, tichet de test.
agent-stats-title = Cifrele terminalului
agent-stats-intro = Anonime, pe zile. Tabel, grafice, export CSV.

## Fișierele terminalului (ecranul angajatului și comanda check-config)

report-config-title = Fișierul de configurare
report-config-ok = Fișier citit. Nicio problemă.
report-config-problems = { $count ->
    [one] Fișier citit, cu 1 problemă. În locul ei, terminalul folosește setarea implicită:
    [few] Fișier citit, cu { $count } probleme. În locul lor, terminalul folosește setările implicite:
   *[other] Fișier citit, cu { $count } de probleme. În locul lor, terminalul folosește setările implicite:
}
report-config-missing = Fișier lipsă (eroarea { $status }). Terminalul folosește setările implicite.
report-config-unreachable = Fișierul nu poate fi accesat: serverul nu răspunde. Terminalul folosește setările implicite.
config-problem-syntax = Linia { $line }: fișierul este scris greșit aici. Detalii: { $detail }
config-problem-unknown-setting = Linia { $line }: « { $setting } » nu este o setare cunoscută. Este ignorată. Verificați cum este scrisă.
config-problem-wrong-type = Linia { $line }: « { $setting } » trebuie să fie { $expected ->
    [text] un text între ghilimele
    [number] un număr
    [whole-number] un număr întreg
    [yes-no] true (da) sau false (nu)
    [list] o listă între paranteze drepte
   *[table] o secțiune între paranteze drepte
}.
config-problem-out-of-range = Linia { $line }: « { $setting } » trebuie să fie între { $min } și { $max }.
config-problem-not-allowed = Linia { $line }: « { $setting } » are valoarea { $value }. Valori posibile: { $allowed }.
config-problem-unknown-language = Linia { $line }: « { $setting } »: limba « { $value } » nu există pe terminal. Limbi posibile: { $known }.
config-problem-default-not-enabled = Linia { $line }: limba implicită « { $value } » trebuie să fie și în « languages.enabled ».
config-problem-half-coordinates = Linia { $line }: lipsește « { $setting } ». Dați și latitudinea, și longitudinea, sau niciuna.
config-problem-bad-address = Linia { $line }: « { $setting } » are valoarea « { $value } ». Scrieți o cale care începe cu / sau o adresă https://.
config-problem-empty-text = Linia { $line }: « { $setting } » este gol.
config-problem-bad-pin-hash = Linia { $line }: « { $setting } » nu este un cod criptat cu « cargo xtask hash-pin ». Modul angajat rămâne închis.
config-problem-format-version = Linia { $line }: format_version are valoarea { $found }. Acest terminal citește versiunea { $expected }.
config-problem-no-format-version = Linia { $line }: adăugați « format_version = 1 » la începutul fișierului.
config-problem-too-large = Fișierul are { $size } KB. Terminalul citește cel mult { $limit } KB. Fișierul nu este citit: se folosesc setările implicite.
check-config-web = { $address }: o adresă de pe internet. Verificați-o pe ecranul angajatului, la terminal.
check-config-problems = { $count ->
    [one] 1 problemă de corectat.
    [few] { $count } probleme de corectat.
   *[other] { $count } de probleme de corectat.
}
report-places-title = Lista locurilor
report-places-kept = { $count ->
    [0] Niciun loc păstrat.
    [one] { $count } loc păstrat.
    [few] { $count } locuri păstrate.
   *[other] { $count } de locuri păstrate.
}
report-places-skipped = { $count ->
    [0] Nicio linie eliminată.
    [one] 1 linie eliminată, pentru că nu respectă schema națională.
    [few] { $count } linii eliminate, pentru că nu respectă schema națională.
   *[other] { $count } de linii eliminate, pentru că nu respectă schema națională.
}
report-places-closed = { $count ->
    [0] Niciun loc închis pentru public.
    [one] 1 loc nu primește public: nu este afișat.
    [few] { $count } locuri nu primesc public: nu sunt afișate.
   *[other] { $count } de locuri nu primesc public: nu sunt afișate.
}
report-places-lines = Linii eliminate: { $lines }.
report-places-column = Coloana « { $column } »: { $count ->
    [one] 1 linie.
    [few] { $count } linii.
   *[other] { $count } de linii.
}
report-places-check = Comanda « cargo xtask check-config » dă detaliile pentru fiecare linie.
report-places-missing = Fișier lipsă (eroarea { $status }). Persoanele sunt trimise la ghișeu.
report-places-unreachable = Fișierul nu poate fi accesat: serverul nu răspunde. Persoanele sunt trimise la ghișeu.
report-places-reader-failed = Fișierul nu a fost citit: cititorul de locuri al terminalului nu a funcționat. Persoanele sunt trimise la ghișeu. Detalii: { $detail }
report-places-unreadable = Fișierul nu poate fi citit: prima linie trebuie să dea coloanele schemei naționale.
report-places-too-large = Fișier prea mare: { $size } KB. Terminalul citește cel mult { $limit } KB. Păstrați doar locurile din zona dumneavoastră.
report-places-semicolons = Coloanele sunt separate prin « ; », cum le salvează Excel. Fișierul este citit totuși.
report-places-windows-1252 = Fișierul nu este în UTF-8. Este citit ca Windows-1252, cum îl salvează Excel. Salvați-l ca « CSV UTF-8 ».
report-places-hours = { $count ->
    [one] 1 loc are un program de verificat: { $names }. Terminalul nu găsește când se deschide în următoarele 7 zile.
    [few] { $count } locuri au un program de verificat: { $names }. Terminalul nu găsește când se deschid în următoarele 7 zile.
   *[other] { $count } de locuri au un program de verificat: { $names }. Terminalul nu găsește când se deschid în următoarele 7 zile.
}
report-places-not-csv = Fișierul nu poate fi citit: prima linie nu este o linie de titluri CSV. Detalii: { $detail }
report-places-missing-columns = Fișierul nu poate fi citit: pe prima linie lipsesc coloane obligatorii. Adăugați: { $columns }.
report-places-rows-not-read = { $count ->
    [one] 1 linie nu poate fi citită.
    [few] { $count } linii nu pot fi citite.
   *[other] { $count } de linii nu pot fi citite.
}
report-places-row-empty = Linia { $line }: coloana « { $column } » este goală. Este obligatorie.
report-places-row-pivot = Linia { $line }: « pivot » are valoarea « { $value } ». Scrieți numărul SIRET (14 caractere) sau SIREN (9 caractere).
report-places-row-postcode = Linia { $line }: « code_postal » are valoarea « { $value } ». Scrieți 5 cifre.
report-places-row-date = Linia { $line }: « date_maj » are valoarea « { $value } ». Scrieți data așa: 2024-03-31.
report-places-row-phone = Linia { $line }: « telephone » are valoarea « { $value } ». Scrieți numărul cu prefixul țării, așa: +33123456789.
report-places-row-coordinates = Linia { $line }: « latitude » are valoarea « { $latitude } » și « longitude » are valoarea « { $longitude } ». Acestea nu sunt coordonate.
report-places-row-unknown-value = Linia { $line }: « { $column } » conține « { $value } ». Această valoare nu este în schema națională.
report-places-row-not-read = Linia { $line }: linia nu poate fi citită. Detalii: { $detail }
report-places-hours-unreadable = Programul pentru « { $name } » nu poate fi citit. Detalii: { $detail }

## Terminalul fără rețea (ecranul angajatului)

report-offline-title = Terminalul fără rețea
report-offline-online = Rețea: conectat acum.
report-offline-offline = Rețea: fără conexiune acum.
report-offline-version = Versiunea terminalului:
report-offline-ready = Toate fișierele terminalului sunt păstrate. Terminalul pornește și fără rețea.
report-offline-update-coming = Vine o versiune nouă. Va fi instalată între două persoane.
report-offline-update-waiting = O versiune nouă este gata. Va fi instalată între două persoane.
report-offline-not-yet = Terminalul își păstrează fișierele acum. Fără rețea, încă nu poate porni.
report-offline-unsupported = Acest browser nu păstrează fișierele. Fără rețea, terminalul nu pornește.
report-origin-server = Copia folosită: cea de pe server, citită la { $date }.
report-origin-kept = Copia folosită: cea păstrată de terminal la { $date }.
report-server-missing = Serverul nu are acest fișier (eroarea { $status }).
report-server-unreachable = Serverul nu răspunde.
report-server-damaged = Fișierul de pe server este deteriorat. Terminalul nu îl folosește.
report-voices-title = Vocile
report-voices-intro = Fiecare limbă este citită cu vocea ei. Atingeți « Ascultați » ca să o auziți.
report-voices-found = Voce: { $name }
report-voices-none = Nu există voce pentru această limbă. Terminalul le spune asta persoanelor.
report-voices-listen = Ascultați
report-printer-title = Imprimanta
report-printer-intro = Hârtie setată: { $width } mm. Tipăriți un tichet de test ca să verificați.
test-ticket-print = Tipăriți un tichet de test
test-ticket-title = Tichet de test
test-ticket-width = Lățimea hârtiei: { $width } mm.
test-ticket-works = Citiți acest tichet: imprimanta funcționează.

## Cifrele (ecranul angajatului)

stats-anonymous = Aceste cifre sunt anonime. Se numără pe zile, niciodată pe persoane.
stats-corrupt = Cifrele vechi erau deteriorate. Au fost puse deoparte. Numărătoarea a început din nou.
stats-corrupt-item = { $date }: { $problem }
stats-corrupt-not-json = Valoarea păstrată nu este JSON. Detalii: { $detail }
stats-corrupt-not-object = Valoarea păstrată este { $found ->
    [null] goală (null)
    [boolean] un da sau nu
    [number] un număr
    [string] un text
   *[array] o listă
}. Este nevoie de un obiect JSON.
stats-corrupt-format-version = Valoarea păstrată are format_version { $found }. Acest terminal citește versiunea { $expected }.
stats-corrupt-shape = Valoarea păstrată nu are forma așteptată. Detalii: { $detail }
stats-corrupt-day = Ziua « { $day } » nu este o dată reală.
stats-corrupt-kind = Pe { $day }, valoarea păstrată numără « { $kind } ». Terminalul nu numără așa ceva.
stats-unreadable = Cifrele nu pot fi citite acum. Rămân păstrate. Încercați din nou mai târziu.
stats-waiting = Unele cifre așteaptă să fie puse la locul lor. Vor fi adăugate la următoarea pornire.
stats-period = Perioada
stats-last-7 = Ultimele 7 zile
stats-last-30 = Ultimele 30 de zile
stats-visits-per-day = { $days ->
    [one] Vizite pe zi, timp de { $days } zi
    [few] Vizite pe zi, timp de { $days } zile
   *[other] Vizite pe zi, timp de { $days } de zile
}
stats-totals = { $days ->
    [one] Toate cifrele, pentru { $days } zi
    [few] Toate cifrele, pentru { $days } zile
   *[other] Toate cifrele, pentru { $days } de zile
}
stats-column-day = Ziua
stats-column-count = Număr
stats-column-what = Ce
stats-column-theme = Tema
stats-nothing-yet = Nimic deocamdată.
stats-detail-language-chosen = Limbi alese
stats-detail-assessment-completed = Profiluri la sfârșitul chestionarului
stats-detail-card-issued = Ajutoare propuse
stats-detail-tutorial-started = Lecții începute
stats-detail-tutorial-completed = Lecții terminate
stats-detail-themes = Lecții pe teme
stats-kind-session-started = Vizite
stats-kind-language-chosen = Limbi alese
stats-kind-assessment-started = Chestionare începute
stats-kind-assessment-completed = Chestionare terminate
stats-kind-card-issued = Ajutoare propuse
stats-kind-tutorial-started = Lecții începute
stats-kind-tutorial-completed = Lecții terminate
stats-kind-ticket-printed = Tichete tipărite
stats-kind-sheet-printed = Foi tipărite
stats-kind-idle-reset = Ștergeri automate, când nimeni nu a atins ecranul
stats-kind-finish-and-erase = « Am terminat »: totul șters
stats-kind-panic-recovered = Reporniri după o eroare
stats-kind-agent-locked = Blocări ale modului angajat după 5 coduri greșite
theme-unknown = Lecție scoasă de pe terminal
stats-download = Descărcați cifrele (CSV)
stats-erase = Ștergeți cifrele
stats-erase-title = Ștergeți toate cifrele?
stats-erase-warning = Toate zilele vor fi șterse. Nu se mai poate reveni.
stats-erase-cancel = Nu, le păstrez
stats-erase-confirm = Da, ștergeți tot
