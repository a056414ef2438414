# Pas à pas — Turkish. Translated from French (locales/fr/tutorials/france-travail-actualisation.ftl). Draft: to be reviewed by a native speaker.
# Ders: France Travail için her ay yapılan durum bildirimi. Kolay Türkçe: her satırda bir cümle.

france-travail-actualisation-title = France Travail: her ay durumunuzu bildirmek

france-travail-actualisation-1-title = Her ay bir durum bildirimi
france-travail-actualisation-1-text =
    France Travail (devletin iş bulma kurumu) ile iş mi arıyorsunuz?
    Her ay « actualisation » (aylık durum bildirimi) yapmanız gerekir.
    Durum bildirimiyle, geçen ayki durumunuzu France Travail kurumuna söylersiniz.
    Hiçbir şey değişmediyse bile bildirimi yapın.
france-travail-actualisation-1-image = Bir takvim.
france-travail-actualisation-1-caution =
    Durum bildirimi yapmazsanız, France Travail kaydınız sona erer.
    Ödemeleriniz de durur.

france-travail-actualisation-1b-title = Durum bildirimi ne zaman yapılır
france-travail-actualisation-1b-text =
    Durum bildirimini ayın 28'inden sonraki ayın 15'ine kadar yapabilirsiniz.
    Şubat ayında bildirim, ayın 26'sında başlar.
france-travail-actualisation-1b-image = Bir takvim.
france-travail-actualisation-1b-tip =
    Bildirimi dönemin başında hemen yapın.
    Böylece içiniz daha rahat olur.

france-travail-actualisation-2-title = Kişisel alanınıza giriş yapmak
france-travail-actualisation-2-text =
    francetravail.fr sitesinde giriş yapmak için düğmeye dokunun.
    Kullanıcı adınızı (« identifiant ») ve şifrenizi yazın.
    Kullanıcı adı, sizi tanıtan numara veya isimdir.
    Kullanıcı adınız, France Travail belgelerinde yazılıdır.
    FranceConnect düğmesini de kullanabilirsiniz.
france-travail-actualisation-2-image = Bir ok, bir kapıdan içeri giriyor.
france-travail-actualisation-2-tip = Telefonunuzda « Mon espace » (Alanım) adlı France Travail uygulamasını da kullanabilirsiniz.

france-travail-actualisation-3-title = Durum bildirimine başlamak
france-travail-actualisation-3-text =
    Kişisel alanınız, France Travail sitesindeki hesabınızdır.
    Bu alanda, üzerinde « actualiser » (durumu bildir) kelimesi olan düğmeyi arayın.
    Başlamak için bu düğmeye dokunun.
france-travail-actualisation-3-image =
    France Travail sitesindeki kişisel alanınız.
    « Actualiser » (durumu bildir) düğmesinin çevresi çizilmiş.

france-travail-actualisation-4-title = Sorulara cevap vermek
france-travail-actualisation-4-text =
    France Travail size geçen ay hakkında sorular sorar.
    Çalıştınız mı?
    Bir eğitime katıldınız mı?
    Hastalık izninde miydiniz?
    Her soruyu dikkatle okuyun.
    Her soruya « Oui » (Evet) veya « Non » (Hayır) diye cevap verin.
france-travail-actualisation-4-image = İçinde soru işareti olan bir konuşma balonu.

france-travail-actualisation-5-title = Hâlâ iş aradığınızı söylemek
france-travail-actualisation-5-text =
    Bir soru, hâlâ iş arayıp aramadığınızı sorar.
    Hâlâ iş arıyorsanız « Oui » (Evet) cevabını verin.
    « Non » (Hayır) cevabını verirseniz, France Travail kaydınız sona erer.
    O zaman ödemeleriniz de durabilir.
france-travail-actualisation-5-image = İşaretli kutuları olan bir liste.
france-travail-actualisation-5-caution =
    Yanlışlıkla « Non » (Hayır) mı cevap verdiniz?
    Hemen 3949 numarasından France Travail kurumunu arayın.

france-travail-actualisation-6-title = Çalıştıysanız
france-travail-actualisation-6-text =
    Çalıştıysanız, o ay kaç saat çalıştığınızı yazın.
    Brüt maaşınızı da yazın.
    Brüt maaş, maaş bordronuzda yazılıdır.
france-travail-actualisation-6-image = Tutarlar yazılı bir kâğıt.
france-travail-actualisation-6-caution = Unutulan bir iş yüzünden para geri ödemek zorunda kalabilirsiniz.

france-travail-actualisation-7-title = Onaylamak ve kanıtı saklamak
france-travail-actualisation-7-text =
    Cevaplarınızı tekrar okuyun, sonra onaylamak için düğmeye dokunun.
    Bir mesaj, durum bildiriminizin kaydedildiğini söyler.
    Bu kanıtı saklayın.
    Kanıtı indirin veya ekranın fotoğrafını çekin.
france-travail-actualisation-7-image = Mühürlü bir kâğıt.
france-travail-actualisation-7-tip =
    Onayladıktan sonra internetten düzeltme yapamazsınız.
    Bir hatayı düzeltmek için ayın 15'inden önce 3949 numarasını arayın.

france-travail-actualisation-8-title = Bravo!
france-travail-actualisation-8-text =
    Bu ayın durum bildirimi yapıldı.
    Gelecek ay, ayın 28'inden itibaren tekrar yapın.
    Unutmayın: giriş yapmak, durumu bildirmek, cevap vermek, onaylamak.
    İnternet olmadan da telefonla veya yüz yüze başka yollar var.
france-travail-actualisation-8-image = Bir el, başparmağını yukarı kaldırıyor.
france-travail-actualisation-8-tip = Durum bildiriminizi unuttuysanız, hemen 3949 numarasından France Travail kurumunu arayın.
france-travail-actualisation-8-caution = Şifrenizi kimseye söylemeyin, telefonda bile.

france-travail-actualisation-road-phone =
    Telefonla, France Travail kurumunu 3949 numarasından arayın.
    Durum bildiriminizi yapabilir veya bir hatayı düzeltebilirsiniz.
france-travail-actualisation-road-in-person =
    Yüz yüze yardım için bir France Travail şubesine veya bir France Services bürosuna gidin.
    Orada bir kişi size yardım edebilir.
