# Pas à pas — Turkish. Translated from French (locales/fr/pasapas.ftl). Draft: to be reviewed by a native speaker.
# Kolay Türkçe: her cümlede tek fikir, günlük kelimeler, cümle başına en çok 15 kelime.

## Uygulama

app-title = Pas à pas

## Kioskun karşılama ekranı

welcome-title = Hoş geldiniz
welcome-touch = Başlamak için dilinize dokunun.
welcome-choose = Dilinizi seçin.
welcome-languages = Kioskun dilleri
welcome-forget = Siz gidince kiosk her şeyi unutur.
language-not-loaded = Bu dil hazır değil. Başka bir dile dokunun ya da danışmaya sorun.

## Ana ekran

home-title = Ne yapmak istiyorsunuz?
home-intro = Büyük bir düğmeye dokunun.
home-help = Kiosk nasıl kullanılır
home-agent = Bir görevliden de yardım isteyebilirsiniz.

## Yardım: kiosk nasıl kullanılır

help-title = Kiosk nasıl kullanılır
help-tap = Bir düğmeye yalnızca bir kez dokunun.
help-home = « { toolbar-home } » düğmesi başa döner.
help-back = « { toolbar-back } » düğmesi önceki ekrana döner.
help-language = « { toolbar-language } » düğmesi dili değiştirir.
help-text-size = « { toolbar-text-size } » düğmesi harfleri büyütür.
help-contrast = « { toolbar-contrast } » düğmesi ekranın daha kolay görünmesini sağlar.
help-read-aloud = « { toolbar-read-aloud } » düğmesi her ekranı sesli okur.
help-repeat = « { toolbar-repeat } » düğmesi bu ekranı bir kez daha okur.
help-finish = « { toolbar-finish } » düğmesi sonraki kişi için her şeyi siler.
help-more = Harfler çok büyükken bazı düğmeler gizlenir. « { toolbar-more } » düğmesi onları gösterir.
help-forget = { $minutes ->
    [one] Ekrana { $minutes } dakika dokunulmazsa kiosk her şeyi siler.
   *[other] Ekrana { $minutes } dakika dokunulmazsa kiosk her şeyi siler.
}

## Düğme çubuğu, her ekranın üstünde

toolbar-label = Kioskun düğmeleri
toolbar-home = Ana sayfa
toolbar-back = Geri
toolbar-language = Dil
toolbar-text-size = Yazı boyutu
toolbar-text-size-state = { $percent ->
    [150] Büyük
    [200] Çok büyük
   *[other] Normal
}
toolbar-contrast = Yüksek kontrast
toolbar-read-aloud = Sesli oku
toolbar-repeat = Ekranı dinle
toolbar-finish = Bitirdim
toolbar-more = Diğer düğmeler

## Dil seçimi

language-title = Dilinizi seçin
dialog-close = Kapat

## Bitirdim: her şeyi sil

finish-title = Bitirdiniz mi?
finish-erase = Kiosk her şeyi silecek.
finish-next = Sonraki kişi hiçbir şey görmeyecek.
finish-confirm = Evet, her şeyi sil
finish-cancel = Hayır, devam ediyorum

## Kimse ekrana dokunmuyor

idle-title = Hâlâ burada mısınız?
idle-touch = Devam etmek için ekrana dokunun.
idle-countdown = { $seconds ->
    [one] Kiosk { $seconds } saniye sonra her şeyi silecek.
   *[other] Kiosk { $seconds } saniye sonra her şeyi silecek.
}
idle-continue = Devam ediyorum

## Sesli okuma

speech-no-voice = Bu kiosk bu dilde sesli okuyamıyor.

## Kiosk bir sorundan sonra yeniden başlıyor

restart-title = Kiosk yeniden başlıyor.
restart-wait = Lütfen biraz bekleyin.
safe-title = Kiosk arızalı.
safe-line = Danışmadan yardım isteyin.
safe-agent = Görevli için: kiosk arka arkaya birkaç kez durdu. Kendi kendine yeniden deniyor. Arıza sürerse bilgisayarı yeniden başlatın ve teknik ekibe haber verin. Hata:
safe-retry = Sonraki deneme: saat { $time }.

## Bilinmeyen ekran

notfound-title = Bu ekran yok.
notfound-home = Ana ekrana dön

## Adım adım dersler: liste

home-tutorials = Adım adım öğrenin
tutorials-title = Adım adım öğrenin
tutorials-intro = Ne öğrenmek istediğinizi seçin.
tutorials-minutes = { $minutes ->
    [one] { $minutes } dakika
   *[other] { $minutes } dakika
}
theme-prendre-en-main-du-materiel = Bir cihaz kullanmak
theme-navigation-sur-internet = İnternete girmek
theme-email = E-postalar
theme-prevention-en-securite-numerique = Kendinizi korumak
theme-aide-aux-demarches-administratives = İnternetten resmî işlemler
theme-sante = Sağlık
theme-insertion-professionnelle = İş
theme-reseaux-sociaux-communication = Yakınlarınızla konuşmak

## Adım adım dersler: bir adım

step-progress = { $total } adımdan { $step }. adım
step-nav-label = Adım değiştir
step-previous = Önceki
step-next = Sonraki
step-repeat = Tekrar dinle
step-tip = Öneri:
step-caution = Dikkat:
step-stuck = Takıldınız mı? Danışmadan yardım isteyin.
step-done = Bitirdiniz.
step-print = Bu adımları yazdır
step-list = Öğrenebileceğiniz her şeyi görün
step-unknown = Bu sayfa yok.

## Yanınızda götüreceğiniz kâğıt

sheet-shown = İşte kâğıdınız.
sheet-no-paper = Kâğıt yok mu? Bu ekranı danışmadaki bir görevliye gösterin.
sheet-date = Yazdırma tarihi: { $date }.
sheet-help = Yardıma mı ihtiyacınız var? Solidarité Numérique size telefonla yardım eder: 01 70 772 372.
roads-title = İnternet olmadan da yapabilirsiniz.
sheet-cautions = Dikkat:

## Ekrandaki klavye

keyboard-label = Klavye
keyboard-row-1 = 1 2 3 4 5 6 7 8 9 0
keyboard-row-2 = q w e r t y u i o p
keyboard-row-3 = a s d f g h j k l
keyboard-row-4 = z x c v b n m @ . - _
keyboard-space = Boşluk
keyboard-erase = Sil

## Alıştırma

practice-title = Alıştırma yapın
practice-nothing-kept = Burası sadece alıştırma için. Hiçbir şey gönderilmez, hiçbir şey saklanmaz.
practice-email-label = Alıştırma için e-posta adresi
practice-email-hint = Örneğin: marie.dupont@exemple.fr
practice-email-empty = Yazmak için harflere dokunun.
practice-email-space = Bir e-posta adresinde boşluk olmaz.
practice-email-missing-at = @ işareti eksik.
practice-email-bad-at = Adınızı yazın, sonra tek bir @ işareti koyun.
practice-email-missing-dot = @ işaretinden sonra örneğin exemple.fr yazın
practice-email-good = Bravo! Bu adres doğru yazılmış.
practice-fc-choose = Alıştırma için bir hesap seçin:
practice-fc-account-impots = impots.gouv.fr
practice-fc-account-ameli = ameli.fr
practice-fc-example = Alıştırma için kullanıcı adı olarak { $identifier }, şifre olarak { $password } yazın.
practice-fc-identifier = Kullanıcı adı
practice-fc-password = Şifre
practice-fc-show = Şifreyi göster
practice-fc-connect = Giriş yap
practice-fc-wrong = Henüz olmadı. Örneğe bakın.
practice-fc-good = Bravo! Giriş yaptınız.
practice-attach-to = Kime:
practice-attach-address = mairie@exemple.fr
practice-attach-message = Merhaba, belgemi gönderiyorum.
practice-attach-button = Dosya ekle
practice-attach-gallery = Fotoğraflarınız:
practice-attach-photo-bill = Bir faturanın fotoğrafı
practice-attach-photo-certificate = Resmî bir belgenin fotoğrafı
practice-attach-photo-id = Bir kimlik kartının fotoğrafı
practice-attach-attached = Eklenen dosya: { $name }
practice-attach-send = Gönder
practice-attach-need = Önce « Dosya ekle » düğmesine dokunun.
practice-attach-sent = Bravo! Mesaj fotoğrafla birlikte gönderildi.
practice-scam-real = Gerçek mesaj
practice-scam-scam = Dolandırıcılık
practice-scam-right = Doğru cevap!
practice-scam-wrong = Doğru değil.
practice-scam-score = { $right ->
    [one] { $total } sorudan { $right } doğru cevabınız var.
   *[other] { $total } sorudan { $right } doğru cevabınız var.
}
practice-scam-1-from = SMS mesajı, gönderen: 06 12 34 56 78
practice-scam-1-text = Kargonuz bekletiliyor. colis-suivi-livraison.info sitesinden 1,99 euro ödeyin.
practice-scam-1-why = Gerçek bir kargo firması, mesajdaki bir bağlantıyla asla ödeme istemez.
practice-scam-2-from = E-posta, gönderen: ameli
practice-scam-2-text = ameli hesabınızda yeni bir belge var. Okumak için ameli.fr sitesine gidin.
practice-scam-2-why = Bu mesaj sizden hiçbir şey istemiyor. Gerçek siteye kendiniz gitmenizi söylüyor.
practice-scam-3-from = E-posta, gönderen: carte-vitale-service@gmail.com
practice-scam-3-text = Sağlık kartınızın (« carte Vitale ») süresi yarın bitiyor. Kartınızı kullanmaya devam etmek için banka kartınızı verin.
practice-scam-3-why = Sağlık kartı (« carte Vitale ») ücretsizdir. Assurance Maladie (sağlık sigortası) sizden asla banka kartınızı istemez.

## Yukarı ve aşağı

scroll-label = Ekranı kaydır
scroll-up = Yukarı
scroll-down = Aşağı

## Buraya yakın yardım bulun

home-near = Buraya yakın yardım bulun
near-title = Buraya yakın yardım bulun
near-intro = Size yardım edebilecek yerler burada. Şu anda açık olan yerler en üsttedir.
near-loading = Yerlerin listesi geliyor.
near-unavailable = Yerlerin listesi şu anda yok. Danışmaya sorun.
near-none = Buraya yakın bir yer bulamadık. Danışmaya sorun.
near-place-helps = Bu yer size yardım edebilir:
place-phone = Telefon:
place-open = Şu anda açık.
place-open-until = Şu anda açık. Kapanış saati: { $time }.
place-opens = Şu anda kapalı. Açılış: { $day }, saat { $time }.
place-opens-today = Şu anda kapalı. Açılış: bugün, saat { $time }.
place-opens-tomorrow = Şu anda kapalı. Açılış: yarın, saat { $time }.
place-hours-unknown = Çalışma saatleri: gitmeden önce telefon edin.
place-itinerant = Gezici bir hizmet. Bazı günler gelir. Önce arayın.
place-access-referral = Bir sosyal hizmet görevlisinin yönlendirmesiyle
place-access-booking = Randevuyla, randevu internetten alınır
place-access-mail = Gelmeden önce e-posta yazın
place-access-phone = Gelmeden önce arayın
place-access-walk-in = Randevusuz

## Önerilen yardımlar

orientation-get-equipped-title = Ucuza bir telefon veya bilgisayar edinmek
orientation-do-it-with-a-professional-title = İşleminizi bir uzmanla birlikte yapmak
orientation-do-it-for-me-title = Biri işlemi sizin yerinize yapabilir
orientation-learn-the-basics-title = Temel bilgileri adım adım öğrenmek
orientation-learn-online-procedures-title = İşlemlerinizi internetten yapmayı öğrenmek
orientation-protect-yourself-title = Dolandırıcılıktan korunmayı öğrenmek
orientation-employment-title = İnternetle iş aramak
orientation-go-on-alone-title = Bir bilgisayarla tek başınıza devam etmek
orientation-talk-to-someone-title = Bir kişiyle konuşmak
orientation-other-procedure-title = France Services diğer işlemlerinizde size yardım eder

## Dijital becerileriniz (soru listesi)

home-assessment = Dijital becerilerinize bakın
assessment-title = Dijital becerilerinize bakın
assessment-progress = Soru { $number }
assessment-few-left = Birkaç soru daha var.
assessment-last = Bu son soru.
assessment-next = Sonraki
assessment-skip = Cevap vermek istemiyorum
assessment-several = Birden fazla cevaba dokunabilirsiniz.
assessment-answer-alone = Evet, tek başıma
assessment-answer-with-help = Yardımla
assessment-answer-no = Hayır
assessment-answer-dont-understand = Soruyu anlamıyorum
assessment-reading = Fransızca okumak sizin için kolay mı?
assessment-reading-easy = Kolay
assessment-reading-hard = Zor
assessment-reading-no = Fransızca okuyamıyorum
assessment-equipment = Evinizde neler var?
assessment-equipment-smartphone = Dokunmatik ekranlı bir telefon
assessment-equipment-basic-phone = Sadece arama yapılan bir telefon
assessment-equipment-computer = Bir bilgisayar
assessment-equipment-tablet = Bir tablet
assessment-equipment-none = Bunların hiçbiri
assessment-internet = Evinizde internet var mı?
assessment-internet-yes = Evet
assessment-internet-phone-only = Sadece telefonumda
assessment-internet-no = Hayır
assessment-email = Açabildiğiniz bir e-posta adresiniz var mı?
assessment-email-yes = Evet
assessment-email-forgotten = Var, ama artık açamıyorum
assessment-email-no = Hayır, yok
assessment-goal = Ne yapmak istiyorsunuz?
assessment-goal-caf = Caf (aile yardımları kurumu)
assessment-goal-health = Sağlık, ameli (sağlık sigortası)
assessment-goal-taxes = Vergiler
assessment-goal-job = İş, France Travail (devletin iş bulma kurumu)
assessment-goal-papers = Belgeler: kimlik kartı, ehliyet, araç ruhsatı
assessment-goal-housing = Ev, konut
assessment-goal-pension = Emeklilik
assessment-goal-residence-permit = Oturma izni
assessment-goal-school = Çocukların okulu
assessment-goal-keep-in-touch = Ailemle konuşmak
assessment-goal-learn-basics = Temel bilgileri öğrenmek
assessment-goal-something-else = Başka bir şey
assessment-switch-on = Bir telefonu veya bilgisayarı açabilirim.
assessment-unlock = Telefonumun kilidini kodumla açabilirim.
assessment-touch-keyboard = Ekrana dokunabilirim ya da fareyi ve klavyeyi kullanabilirim.
assessment-wifi = Wi-Fi ağına bağlanabilirim.
assessment-open-website = Bir internet sitesine girebilirim, örneğin caf.fr.
assessment-official-site = Resmî bir siteyi tanıyabilirim.
assessment-read-email = E-postalarımı okuyabilirim.
assessment-send-attachment = Fotoğraf veya belge ekleyerek e-posta gönderebilirim.
assessment-passwords = Şifrelerimi tekrar bulabilirim.
assessment-passwords-secret = Şifrelerimi kimseye söylemem.
assessment-franceconnect = FranceConnect ile giriş yapabilirim.
assessment-fill-form = İnternetteki bir formu sonuna kadar doldurabilirim.
assessment-scan-send = Bir belgenin fotoğrafını çekebilirim.
assessment-recognise-scam = Sahte bir mesajı tanıyabilirim.
assessment-preference = Nasıl öğrenmeyi veya yardım almayı seversiniz?
assessment-preference-alone = Tek başıma, bir bilgisayarla
assessment-preference-beside-me = Yanımda bir kişiyle
assessment-preference-workshop = Bir grupta, bir kursta
assessment-preference-for-me = Bir kişi işlemi benim yerime yapsın
assessment-trusted-person = Güvendiğiniz biri bazen size yardım ediyor mu? Örneğin aileniz veya bir komşunuz.
assessment-trusted-person-yes = Evet
assessment-trusted-person-no = Hayır, kimse
assessment-age = Kaç yaşındasınız?
assessment-age-under-25 = 25 yaşından küçük
assessment-age-25-59 = 25 ile 59 yaş arası
assessment-age-60-74 = 60 ile 74 yaş arası
assessment-age-75-plus = 75 yaş veya üstü
assessment-disability = Gideceğiniz yer sizin durumunuza uygun olmalı mı?
assessment-disability-deafness = İyi duyamıyorum
assessment-disability-low-vision = İyi göremiyorum
assessment-disability-motor = Zor hareket ediyorum
assessment-disability-cognitive = Anlamakta veya hatırlamakta zorlanıyorum

## Sonuç

result-title = Sonucunuz
result-part = { $total } sayfadan { $number }. sayfa
result-nav-label = Sayfa değiştir
result-keep = Saklayın
result-profile-discovering = Yeni başlıyorum
result-profile-with-help = Yardımla idare ediyorum
result-profile-almost-autonomous = Neredeyse tek başıma yapabiliyorum
result-profile-intro = Bu bir not değil. Size uygun yardımı bulmak için.
result-stars = { $stars ->
    [one] 3 yıldızdan { $stars } yıldız
   *[other] 3 yıldızdan { $stars } yıldız
}
result-not-assessed = Bu konuda soru yok. Bunu sizinle konuşacağız.
result-group-basics = Temel bilgiler
result-group-communicating = İletişim
result-group-procedures-and-safety = İşlemler ve güvenlik
result-help = Size uygun yardım
result-ask = Şunu isteyin:
result-documents = Yanınızda getirin:
result-places = Nereye gidebilirsiniz:
result-no-place = Nereye gideceğinizi danışmaya sorun.
result-tutorials = Burada, kioskta öğrenmek için:
result-again = Soruları baştan başlat
orientation-get-equipped-ask = Yenilenmiş bir telefon veya bilgisayar ve ucuz bir internet bağlantısı.
orientation-do-it-with-a-professional-ask = France Services bürosunda (devletin yardım bürosu) bir randevu. Bir uzman işlemi sizinle birlikte yapar.
orientation-do-it-for-me-ask = Aidants Connect hizmetinden yetkili bir kişi, izninizle işlemi sizin yerinize yapar.
orientation-learn-the-basics-ask = Yeni başlayanlar için bir kurs. Kursu bir danışman, yani yardım eden bir kişi verir.
orientation-learn-online-procedures-ask = İşlemlerinizi internetten yapmayı öğrenmeniz için yardım.
orientation-protect-yourself-ask = Güvenlik ve dolandırıcılık üzerine bir kurs.
orientation-employment-ask = İnternetle iş aramanız için yardım.
orientation-go-on-alone-ask = Randevusuz kullanabileceğiniz bir bilgisayar. Bu kioskta öğrenecek başka şeyler de var.
orientation-talk-to-someone-ask = Ne yapmak istediğinizi söyleyin. Bir kişi doğru yardımı bulmanıza yardım eder.
orientation-other-procedure-ask = Örneğin emeklilik, konut veya oturma izni. Randevu isteyin.
orientation-documents-caf = Sosyal güvenlik numaranız, açabildiğiniz bir e-posta kutusu, telefonunuz.
orientation-documents-health = Sağlık kartınız (« carte Vitale »), açabildiğiniz bir e-posta kutusu, telefonunuz.
orientation-documents-taxes = Son vergi mektubunuz (« avis d'impôt ») ve son vergi beyannameniz. Açabildiğiniz bir e-posta kutusu ve telefonunuz.
orientation-documents-job = France Travail kullanıcı adınız (« identifiant »), maaş bordrolarınız, telefonunuz.
orientation-documents-papers = Eski kartınız veya ehliyetiniz. Adresinizin yazdığı bir fatura (su, elektrik, telefon). Bir vesikalık fotoğraf.

## Fiş

ticket-print = Fişimi yazdır
ticket-shown = İşte fişiniz.
ticket-logins = Kullanıcı adlarımı nerede saklıyorum
ticket-logins-advice = Onları nerede sakladığınızı buraya yazın. Bu fişe asla şifre yazmayın.
ticket-helpline = Solidarité Numérique size telefonla yardım eder: 01 70 772 372.
ticket-place-again = Yukarıya bakın.
ticket-place-updated = Bilgilerin tarihi: { $date }.
ticket-day-hours = { $day }: { $hours }
ticket-days-hours = { $first } ile { $last } arası: { $hours }
ticket-place-hours = Çalışma saatleri:
ticket-lacks = Bende olmayanlar:
ticket-goal = Geliş nedenim:
orientation-lacks-home-internet = Evde internet (internetim sadece telefonumda var).
orientation-lacks-internet = Evde internet.
orientation-lacks-device = Bir cihaz: telefon, bilgisayar veya tablet.
orientation-lacks-smartphone = İnternetli bir telefon (sadece arama yapılan bir telefonum var).
orientation-lacks-email = Bir e-posta adresi.
orientation-lacks-email-access = E-posta adresime girebilmek.
orientation-lacks-trusted-person = Evde bana yardım edecek bir kişi.
orientation-lacks-reading = Fransızca okumak.
ticket-qr = Bu siyah beyaz kare görevliye yardım eder. İçinde adınız yok.
ticket-for-agent = Pour l'agent, en français :
ticket-number = Pas à pas, fiş { $number }
ticket-group-stars = { $group }: { $stars }
ticket-pass-numerique = Danışmadan bir Pass numérique isteyin. Kursların parasını öder.
result-pass-numerique = Belediye Pass numérique verir. Bunlar kursların parasını öder. Danışmaya sorun.
sheet-qr = Bu siyah beyaz kare, bu adımları bir telefonda açar.

## Görevli modu

agent-title = Görevli modu
agent-loading = Yükleniyor…
agent-pin-label = Kodunuzu yazın.
agent-pin-typed = { $count ->
    [0] Hiç rakam yazılmadı.
    [one] 1 rakam yazıldı.
   *[other] { $count } rakam yazıldı.
}
agent-pin-erase = Sil
agent-pin-open = Aç
agent-pin-too-short = { $max ->
    [one] Kodda { $min } ile { $max } arasında rakam olur.
   *[other] Kodda { $min } ile { $max } arasında rakam olur.
}
agent-pin-checking = Kod kontrol ediliyor…
agent-pin-wrong = { $left ->
    [0] Yanlış kod. Görevli modu 1 dakika kilitlendi.
    [one] Yanlış kod. Kilitlenmeden önce 1 deneme hakkı kaldı.
   *[other] Yanlış kod. Kilitlenmeden önce { $left } deneme hakkı kaldı.
}
agent-locked = Çok fazla yanlış kod girildi. Görevli modu kilitlendi. { $minutes ->
        [one] { $minutes } dakika
       *[other] { $minutes } dakika
    } { $seconds ->
        [one] { $seconds } saniye
       *[other] { $seconds } saniye
    } sonra tekrar deneyin.
agent-no-pin = Görevli modu kapalı: hiçbir kod ayarlanmamış.
agent-no-pin-how = Kiosku kuran kişi, kodu « cargo xtask hash-pin » komutuyla oluşturur. Sonucu yapılandırma dosyasına, [agent] bölümüne kopyalar.
agent-leave = Ana sayfaya dön
agent-bar-label = Görevli modu
agent-bar-closes = Kendiliğinden kapanma saati: { $time }.
agent-quit = Görevli modundan çık
agent-dashboard-title = Ne yapmak istiyorsunuz?
agent-launch-title = Bir kişi için ders başlat
agent-launch-intro = Kişinin kendi dilinde, doğru adımda. Ya da kişinin kâğıdını yazdırın.
agent-launch-which = Hangi ders?
agent-launch-language = Hangi dilde?
agent-launch-step = Hangi adımda?
agent-launch-step-before = Önceki adım
agent-launch-step-after = Sonraki adım
agent-launch-start = Kişi için başlat
agent-status-title = Kiosk: dosyalar, yazıcı ve sesler
agent-status-intro = Yapılandırma, yerlerin listesi, deneme fişi.
agent-stats-title = Kioskun istatistikleri
agent-stats-intro = Anonim, günlük. Tablo, grafikler, CSV olarak dışa aktarma.

## Kioskun dosyaları (görevli ekranı ve check-config komutu)

report-config-title = Yapılandırma dosyası
report-config-ok = Dosya okundu. Sorun yok.
report-config-problems = { $count ->
    [one] Dosya 1 sorunla okundu. Kiosk, hatalı ayar yerine varsayılan ayarı kullanıyor:
   *[other] Dosya { $count } sorunla okundu. Kiosk, hatalı ayarlar yerine varsayılan ayarları kullanıyor:
}
report-config-missing = Dosya yok (hata { $status }). Kiosk varsayılan ayarları kullanıyor.
report-config-unreachable = Dosyaya ulaşılamıyor: sunucu yanıt vermiyor. Kiosk varsayılan ayarları kullanıyor.
config-problem-syntax = Satır { $line }: dosya burada hatalı yazılmış. Ayrıntı: { $detail }
config-problem-unknown-setting = Satır { $line }: « { $setting } » bilinen bir ayar değil. Dikkate alınmıyor. Yazımını kontrol edin.
config-problem-wrong-type = Satır { $line }: « { $setting } » { $expected ->
    [text] tırnak içinde bir metin
    [number] bir sayı
    [whole-number] bir tam sayı
    [yes-no] true (evet) veya false (hayır)
    [list] köşeli parantez içinde bir liste
   *[table] köşeli parantez içinde bir bölüm
} olmalı.
config-problem-out-of-range = Satır { $line }: « { $setting } », { $min } ile { $max } arasında olmalı.
config-problem-not-allowed = Satır { $line }: « { $setting } » değeri { $value }. Olası değerler: { $allowed }.
config-problem-unknown-language = Satır { $line }: « { $setting } »: « { $value } » dili kioskta yok. Olası diller: { $known }.
config-problem-default-not-enabled = Satır { $line }: varsayılan dil « { $value } », « languages.enabled » içinde de olmalı.
config-problem-half-coordinates = Satır { $line }: « { $setting } » eksik. Enlemi ve boylamı birlikte verin ya da ikisini de vermeyin.
config-problem-bad-address = Satır { $line }: « { $setting } » değeri « { $value } ». / ile başlayan bir yol veya bir https:// adresi yazın.
config-problem-empty-text = Satır { $line }: « { $setting } » boş.
config-problem-bad-pin-hash = Satır { $line }: « { $setting } », « cargo xtask hash-pin » ile şifrelenmiş bir kod değil. Görevli modu kapalı kalır.
config-problem-format-version = Satır { $line }: format_version değeri { $found }. Bu kiosk { $expected } sürümünü okur.
config-problem-no-format-version = Satır { $line }: dosyanın en üstüne « format_version = 1 » ekleyin.
config-problem-too-large = Dosya { $size } KB. Kiosk en fazla { $limit } KB okur. Dosya okunmadı: varsayılan ayarlar kullanılıyor.
check-config-web = { $address }: internette bir adres. Bunu kioskun görevli ekranında kontrol edin.
check-config-problems = { $count ->
    [one] Düzeltilecek 1 sorun var.
   *[other] Düzeltilecek { $count } sorun var.
}
report-places-title = Yerlerin listesi
report-places-kept = { $count ->
    [0] Listede hiç yer tutulmadı.
    [one] { $count } yer listede tutuldu.
   *[other] { $count } yer listede tutuldu.
}
report-places-skipped = { $count ->
    [0] Hiçbir satır çıkarılmadı.
    [one] 1 satır çıkarıldı, çünkü ulusal veri şemasına uymuyor.
   *[other] { $count } satır çıkarıldı, çünkü ulusal veri şemasına uymuyorlar.
}
report-places-closed = { $count ->
    [0] Halka kapalı yer yok.
    [one] 1 yer halkı kabul etmiyor: bu yer gösterilmiyor.
   *[other] { $count } yer halkı kabul etmiyor: bu yerler gösterilmiyor.
}
report-places-lines = Çıkarılan satırlar: { $lines }.
report-places-column = « { $column } » sütunu: { $count ->
    [one] 1 satır.
   *[other] { $count } satır.
}
report-places-check = « cargo xtask check-config » komutu her satırın ayrıntısını verir.
report-places-missing = Dosya yok (hata { $status }). Kişiler danışmaya yönlendiriliyor.
report-places-unreachable = Dosyaya ulaşılamıyor: sunucu yanıt vermiyor. Kişiler danışmaya yönlendiriliyor.
report-places-reader-failed = Dosya okunmadı: kioskun yer okuyucusu çalışmadı. Kişiler danışmaya yönlendiriliyor. Ayrıntı: { $detail }
report-places-unreadable = Dosya okunamıyor: ilk satır, ulusal veri şemasının sütunlarını vermeli.
report-places-too-large = Dosya çok büyük: { $size } KB. Kiosk en fazla { $limit } KB okur. Sadece kendi bölgenizdeki yerleri tutun.
report-places-semicolons = Sütunlar, Excel'in kaydettiği gibi « ; » ile ayrılmış. Dosya yine de okunuyor.
report-places-windows-1252 = Dosya UTF-8 değil. Excel'in kaydettiği gibi Windows-1252 olarak okunuyor. Dosyayı « CSV UTF-8 » olarak kaydedin.
report-places-hours = { $count ->
    [one] 1 yerin çalışma saatleri kontrol edilmeli: { $names }. Kiosk, bu yerin önümüzdeki 7 günde ne zaman açıldığını bulamıyor.
   *[other] { $count } yerin çalışma saatleri kontrol edilmeli: { $names }. Kiosk, bu yerlerin önümüzdeki 7 günde ne zaman açıldığını bulamıyor.
}
report-places-not-csv = Dosya okunamıyor: ilk satır bir CSV başlık satırı değil. Ayrıntı: { $detail }
report-places-missing-columns = Dosya okunamıyor: ilk satırda zorunlu sütunlar eksik. Şunları ekleyin: { $columns }.
report-places-rows-not-read = { $count ->
    [one] 1 satır okunamıyor.
   *[other] { $count } satır okunamıyor.
}
report-places-row-empty = Satır { $line }: « { $column } » sütunu boş. Bu sütun zorunlu.
report-places-row-pivot = Satır { $line }: « pivot » değeri « { $value } ». SIRET numarasını (14 karakter) veya SIREN numarasını (9 karakter) yazın.
report-places-row-postcode = Satır { $line }: « code_postal » değeri « { $value } ». 5 rakam yazın.
report-places-row-date = Satır { $line }: « date_maj » değeri « { $value } ». Tarihi şöyle yazın: 2024-03-31.
report-places-row-phone = Satır { $line }: « telephone » değeri « { $value } ». Numarayı ülke koduyla şöyle yazın: +33123456789.
report-places-row-coordinates = Satır { $line }: « latitude » değeri « { $latitude } », « longitude » değeri « { $longitude } ». Bunlar koordinat değil.
report-places-row-unknown-value = Satır { $line }: « { $column } » içinde « { $value } » var. Bu değer ulusal veri şemasında yok.
report-places-row-not-read = Satır { $line }: satır okunamıyor. Ayrıntı: { $detail }
report-places-hours-unreadable = « { $name } » yerinin çalışma saatleri okunamıyor. Ayrıntı: { $detail }

## Ağ bağlantısı olmadan kiosk (görevli ekranı)

report-offline-title = Ağ bağlantısı olmadan kiosk
report-offline-online = Ağ: şu anda bağlı.
report-offline-offline = Ağ: şu anda bağlantı yok.
report-offline-version = Kiosk sürümü:
report-offline-ready = Kioskun bütün dosyaları saklandı. Kiosk ağ olmadan da açılır.
report-offline-update-coming = Yeni bir sürüm geliyor. İki kullanıcının arasında yüklenecek.
report-offline-update-waiting = Yeni bir sürüm hazır. İki kullanıcının arasında yüklenecek.
report-offline-not-yet = Kiosk şu anda dosyalarını saklıyor. Ağ olmadan henüz açılamaz.
report-offline-unsupported = Bu tarayıcı dosyaları saklamıyor. Ağ olmadan kiosk açılmaz.
report-origin-server = Kullanılan kopya: sunucudaki kopya, okunma tarihi { $date }.
report-origin-kept = Kullanılan kopya: kioskun sakladığı kopya, saklama tarihi { $date }.
report-server-missing = Sunucuda bu dosya yok (hata { $status }).
report-server-unreachable = Sunucu yanıt vermiyor.
report-server-damaged = Sunucudaki dosya bozuk. Kiosk bu dosyayı almıyor.
report-voices-title = Sesler
report-voices-intro = Her dil kendi sesiyle okunur. Duymak için « Dinle » düğmesine dokunun.
report-voices-found = Ses: { $name }
report-voices-none = Bu dil için ses yok. Kiosk bunu kişilere söyler.
report-voices-listen = Dinle
report-printer-title = Yazıcı
report-printer-intro = Ayarlanan kâğıt genişliği: { $width } mm. Kontrol etmek için bir deneme fişi yazdırın.
test-ticket-print = Deneme fişi yazdır
test-ticket-title = Deneme fişi
test-ticket-width = Kâğıt genişliği: { $width } mm.
test-ticket-works = Bu fişi okuyorsanız yazıcı çalışıyor.

## İstatistikler (görevli ekranı)

stats-anonymous = Bu istatistikler anonimdir. Kişi başına değil, gün başına sayar.
stats-corrupt = Eski istatistikler bozuktu. Bir kenara kondu. Sayım yeniden başladı.
stats-corrupt-item = { $date }: { $problem }
stats-corrupt-not-json = Saklanan değer JSON değil. Ayrıntı: { $detail }
stats-corrupt-not-object = Saklanan değer { $found ->
    [null] boş (null)
    [boolean] bir evet ya da hayır
    [number] bir sayı
    [string] bir metin
   *[array] bir liste
}. Bir JSON nesnesi gerekiyor.
stats-corrupt-format-version = Saklanan değerin format_version değeri { $found }. Bu kiosk { $expected } sürümünü okur.
stats-corrupt-shape = Saklanan değer beklenen biçimde değil. Ayrıntı: { $detail }
stats-corrupt-day = « { $day } » günü gerçek bir tarih değil.
stats-corrupt-kind = { $day } tarihinde saklanan değer « { $kind } » sayıyor. Kiosk bunu saymaz.
stats-unreadable = İstatistikler şu anda okunamıyor. Saklanmaya devam ediyorlar. Daha sonra tekrar deneyin.
stats-waiting = Bazı istatistikler kaydedilmeyi bekliyor. Bir sonraki açılışta eklenecekler.
stats-period = Dönem
stats-last-7 = Son 7 gün
stats-last-30 = Son 30 gün
stats-visits-per-day = { $days ->
    [one] Son { $days } günde günlük ziyaretler
   *[other] Son { $days } günde günlük ziyaretler
}
stats-totals = { $days ->
    [one] Son { $days } günün bütün istatistikleri
   *[other] Son { $days } günün bütün istatistikleri
}
stats-column-day = Gün
stats-column-count = Sayı
stats-column-what = Ne
stats-column-theme = Konu
stats-nothing-yet = Şimdilik bir şey yok.
stats-detail-language-chosen = Seçilen diller
stats-detail-assessment-completed = Soru listesinin sonundaki profiller
stats-detail-card-issued = Önerilen yardımlar
stats-detail-tutorial-started = Başlatılan dersler
stats-detail-tutorial-completed = Bitirilen dersler
stats-detail-themes = Konulara göre dersler
stats-kind-session-started = Ziyaretler
stats-kind-language-chosen = Seçilen diller
stats-kind-assessment-started = Başlatılan soru listeleri
stats-kind-assessment-completed = Bitirilen soru listeleri
stats-kind-card-issued = Önerilen yardımlar
stats-kind-tutorial-started = Başlatılan dersler
stats-kind-tutorial-completed = Bitirilen dersler
stats-kind-ticket-printed = Yazdırılan fişler
stats-kind-sheet-printed = Yazdırılan ders kâğıtları
stats-kind-idle-reset = Ekrana dokunulmadığı için yapılan sıfırlamalar
stats-kind-finish-and-erase = « Bitirdim »: her şey silindi
stats-kind-panic-recovered = Bir hatadan sonra yeniden başlatmalar
stats-kind-agent-locked = 5 yanlış koddan sonra görevli modunun kilitlenmesi
theme-unknown = Kiosktan kaldırılmış ders
stats-download = İstatistikleri indir (CSV)
stats-erase = İstatistikleri sil
stats-erase-title = Bütün istatistikler silinsin mi?
stats-erase-warning = Bütün günler silinecek. Bu işlem geri alınamaz.
stats-erase-cancel = Hayır, sakla
stats-erase-confirm = Evet, her şeyi sil
