# Pas à pas — Turkish. Translated from French (locales/fr/tutorials/caf-declaration.ftl). Draft: to be reviewed by a native speaker.
# Ders: Caf'a 3 ayda bir gelir bildirimi. Kolay Türkçe: her satırda bir cümle.

caf-declaration-title = Caf: 3 ayda bir gelirlerinizi bildirmek

caf-declaration-1-title = 3 ayda bir yapılan bildirim
caf-declaration-1-text =
    RSA (« revenu de solidarité active », gelir desteği) veya « prime d'activité » (çalışana ek ödeme) alıyor musunuz?
    O zaman her 3 ayda bir, gelirlerinizi Caf'a (aile yardımları kurumu) bildirirsiniz.
    Gelirleriniz, aldığınız paralardır.
    Örneğin maaş, işsizlik maaşı, emekli maaşı.
caf-declaration-1-image = Bir takvim.
caf-declaration-1-tip =
    Caf bildirim isteyince bildirimi hemen yapın.
    Bildirim yapmazsanız ödemeleriniz durabilir.

caf-declaration-2-title = « Mon Compte » (Hesabım) bölümüne giriş yapmak
caf-declaration-2-text =
    caf.fr sitesinde « Mon Compte » (Hesabım) yazısına dokunun.
    Caf kullanıcı adınızla giriş yapmayı seçin.
    Sosyal güvenlik numaranızı ve şifrenizi yazın.
    Bu numara, sağlık kartınızda (« carte Vitale ») yazan ilk 13 rakamdır.
    Giriş yapmak için düğmeye dokunun.
caf-declaration-2-image =
    Caf sitesinden bir sayfa.
    « Mon Compte » düğmesinin çevresi çizilmiş.
caf-declaration-2-caution = Gerçek Caf sitesi caf.fr adresidir.

caf-declaration-3-title = E-posta kutunuzu açmak
caf-declaration-3-text =
    Caf o zaman e-postayla 6 rakamlı gizli bir kod gönderir.
    Caf sayfasını açık bırakın.
    E-posta kutunuzu yanda, yeni bir sayfada açın.
    Caf'tan gelen e-postayı açın ve kodu bir yere yazın.
caf-declaration-3-image = Gelen postayı koymak için bir kutu.
caf-declaration-3-tip = Caf sayfası kapanırsa, girişe en baştan yeniden başlayın.
caf-declaration-3-caution = Kod sadece 15 dakika geçerlidir.

caf-declaration-3b-title = Kodu yazmak
caf-declaration-3b-text =
    Caf sayfasına geri dönün.
    Kodu yazın, sonra onaylayın.
caf-declaration-3b-image = Bir anahtar.
caf-declaration-3b-tip =
    Telefonda « Caf - Mon Compte » uygulaması sizi tanıyabilir.
    Uygulama, kod yerine parmak izinizi veya yüzünüzü kullanır.
caf-declaration-3b-caution = Bu kodu kimseye söylemeyin.

caf-declaration-4-title = 3 aylık bildirimi bulmak
caf-declaration-4-text =
    Hesabınızda 3 aylık gelir bildirimini (« déclaration trimestrielle ») arayın.
    « Trimestrielle », 3 ayda bir demektir.
    Başlamak için bildirime dokunun.
caf-declaration-4-image = Bir kâğıt ve bir büyüteç.
caf-declaration-4-tip =
    MSA kurumuna (« Mutualité sociale agricole », tarım çalışanlarının sigortası) mı bağlısınız?
    O zaman bu bildirimi MSA kurumuna yapın.

caf-declaration-5-title = Her ayın tutarlarını kontrol etmek
caf-declaration-5-text =
    Bildirim, 3 ayı birbiri ardına gösterir.
    Ev halkındaki her kişinin aldığı parayı gösterir.
    Ev halkı, siz ve sizinle birlikte yaşayan kişilerdir.
    Maaşlar ve yardımlar zaten yazılıdır.
    Bunları maaş bordrolarınızdaki « montant net social » (net sosyal tutar) satırıyla karşılaştırın.
    Bir tutar yanlışsa, tutarı düzeltin ve bir kanıt gönderin.
caf-declaration-5-image = Tutarlar yazılı bir kâğıt.

caf-declaration-6-title = Eksik parayı eklemek
caf-declaration-6-text =
    Bildirimde bazı tutarlar eksiktir, örneğin « pension alimentaire » (nafaka).
    Nafaka, eski eşin ödediği paradır, çoğu zaman çocuklar içindir.
    Patronsuz bir işten kazanılan para da eksiktir.
    Bu tutarları her kişi için doğru aya yazın.
caf-declaration-6-image = Bir kalem.
caf-declaration-6-tip =
    Küçük tutarları da bildirin.
    Böylece sonra para geri ödemek zorunda kalmazsınız.

caf-declaration-7-title = Onaylamak ve kanıtı saklamak
caf-declaration-7-text =
    Her ayın tutarlarını tekrar okuyun.
    Bildiriminizi onaylamak için düğmeye dokunun.
    Bir ekran, bildiriminizin Caf'a ulaştığını gösterir.
    Bu kanıtı saklayın.
    Kanıtı indirin veya ekranın fotoğrafını çekin.
caf-declaration-7-image = Mühürlü bir kâğıt.

caf-declaration-8-title = Bravo!
caf-declaration-8-text =
    Bu 3 ayın bildirimi yapıldı.
    Caf istediğinde, 3 ay sonra tekrar yapacaksınız.
    Unutmayın: giriş yapmak, e-postadaki kod, kontrol etmek, onaylamak.
    Artık 3 aylık bildiriminizi yapmayı biliyorsunuz.
    İnternet olmadan da telefonla veya yüz yüze başka yollar var.
caf-declaration-8-image = Bir el, başparmağını yukarı kaldırıyor.
caf-declaration-8-caution = Şifrenizi ve kodlarınızı kimseye söylemeyin, telefonda bile.

caf-declaration-road-phone =
    Telefonla, Caf'ı 3230 numarasından arayın.
    Arama, normal bir arama kadar tutar.
    Caf numaranızı (« numéro d'allocataire ») hazırlayın.
caf-declaration-road-in-person =
    Yüz yüze yardım için Caf danışmasına gidin, çoğu zaman randevuyla.
    Bir France Services bürosu da size ücretsiz yardım edebilir.
