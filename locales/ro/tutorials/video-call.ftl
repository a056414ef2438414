# Pas à pas — Romanian. Translated from French (locales/fr/tutorials/video-call.ftl).
# Draft: to be reviewed by a native speaker.

video-call-title = Faceți un apel video cu familia

video-call-1-title = Deschideți aplicația
video-call-1-text =
    Într-un apel video, vedeți persoana în timp ce vorbiți.
    Pe telefon, deschideți o aplicație pentru apeluri video.
    O aplicație este un program de pe telefon.
    Alegeți o aplicație pe care o folosește și familia, de exemplu WhatsApp.
    Atingeți imaginea ei ca să o deschideți.
video-call-1-image = Patru pătrate, ca aplicațiile de pe un telefon.
video-call-1-caution = Folosiți Wi-Fi dacă puteți, pentru că un apel video folosește mult internet.

video-call-2-title = Alegeți persoana
video-call-2-text =
    Căutați lista de contacte.
    Contactele sunt persoanele care au numărul salvat în telefonul dumneavoastră.
    Atingeți numele persoanei pe care vreți să o sunați.
video-call-2-image = O agendă cu adrese.
video-call-2-tip = Puteți căuta și numele ei cu lupa.

video-call-3-title = Porniți apelul video
video-call-3-text =
    Căutați butonul cu o cameră mică.
    Atingeți acest buton.
    Telefonul sună persoana.
    Așteptați să răspundă.
video-call-3-image =
    Un telefon arată o persoană și două butoane.
    Butonul cu o cameră mică este încercuit.
video-call-3-tip = Butonul în formă de telefon face un apel fără imagine.

video-call-4-title = Așezați-vă bine
video-call-4-text =
    Țineți telefonul în fața feței.
    Imaginea dumneavoastră apare într-un cadru mic.
    Stați cu fața spre lumină, de exemplu spre o fereastră.
    Cu spatele la fereastră, fața dumneavoastră nu se vede bine.
    Vorbiți normal, pentru că telefonul vă aude.
video-call-4-image = Un aparat foto cu o față zâmbitoare.
video-call-4-tip = Sprijiniți telefonul de un obiect, ca să vă odihniți brațul.

video-call-5-title = Închideți apelul
video-call-5-text =
    Ca să terminați apelul, căutați butonul roșu.
    Atingeți butonul roșu.
    Apelul s-a terminat.
video-call-5-image = Un telefon cu un X.
video-call-5-tip = Când vă sună familia, atingeți sau trageți butonul verde ca să răspundeți.

video-call-6-title = Bravo!
video-call-6-text =
    Știți să faceți un apel video.
    Deschideți aplicația, apoi alegeți persoana.
    Atingeți camera ca să sunați.
    Butonul roșu termină apelul.
    Îi puteți vedea pe cei dragi, chiar dacă sunt departe.
video-call-6-image = Un grup de persoane.
