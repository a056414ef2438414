# Pas à pas — Romanian. Translated from French (locales/fr/tutorials/touch-screen.ftl).
# Draft: to be reviewed by a native speaker.

touch-screen-title = Folosiți un ecran tactil

touch-screen-1-title = Atingeți o singură dată
touch-screen-1-text =
    Un ecran tactil simte degetul dumneavoastră.
    Atingeți un buton o singură dată.
    Ridicați imediat degetul.
touch-screen-1-image = Un deget atinge un buton pe un ecran.
touch-screen-1-tip = Dacă nu se întâmplă nimic, așteptați puțin înainte să atingeți din nou.

touch-screen-2-title = Vedeți restul paginii
touch-screen-2-text =
    Pe un telefon, puneți degetul pe ecran.
    Trageți degetul în sus.
    Pagina urcă și vedeți restul.
    Pe acest terminal, atingeți butonul « Jos ».
touch-screen-2-image = O mână trage în sus pe un ecran.

touch-screen-3-title = Întoarceți-vă înapoi
touch-screen-3-text =
    Pe un telefon, căutați săgeata care vă duce înapoi.
    Într-o aplicație, este adesea sus, în stânga ecranului.
    Pe unele telefoane, este și jos pe ecran.
    Atingeți-o ca să vă întoarceți la ecranul de dinainte.
touch-screen-3-image = O săgeată care duce înapoi.
touch-screen-3-tip = Dacă nu este săgeată, trageți degetul de la marginea din stânga spre mijlocul ecranului.

touch-screen-4-title = Scrieți cu tastatura de pe ecran
touch-screen-4-text =
    Ca să scrieți, atingeți căsuța albă.
    Pe ecran apare o tastatură.
    Atingeți literele una câte una.
    Ca să exersați, scrieți aici o adresă de e-mail.
touch-screen-4-image = O tastatură cu litere.

touch-screen-5-title = Bravo!
touch-screen-5-text =
    Știți să atingeți, să mișcați pagina și să scrieți.
    Puteți exersa pe telefonul dumneavoastră.
touch-screen-5-image = O mână cu degetul mare în sus.
touch-screen-5-caution = Pe un telefon, nu atingeți reclamele care clipesc.
