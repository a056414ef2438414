# Pas à pas — Turkish. Translated from French (locales/fr/tutorials/franceconnect.ftl). Draft: to be reviewed by a native speaker.
# Ders: FranceConnect ile giriş yapmak. Kolay Türkçe: her satırda bir cümle.

franceconnect-title = FranceConnect ile giriş yapmak

franceconnect-1-title = Birçok site için tek bir hesap
franceconnect-1-text =
    FranceConnect, devletin bir hizmetidir.
    Bu hizmetle birçok resmî siteye girebilirsiniz.
    Zaten sahip olduğunuz bir hesabı kullanırsınız.
    Örneğin vergi hesabınızı veya ameli hesabınızı.
    Böylece yeni bir şifre ezberlemeniz gerekmez.
franceconnect-1-image = Bir anahtar.
franceconnect-1-tip = Hesap, bir sitedeki kişisel alanınızdır ve bir şifreyle korunur.

franceconnect-2-title = FranceConnect düğmesini bulmak
franceconnect-2-text =
    Kamu hizmetinin sitesine gidin.
    Örneğin vergi sitesine veya France Travail sitesine.
    « S'identifier avec FranceConnect » (FranceConnect ile giriş yap) düğmesini arayın.
    Bu düğmeye dokunun.
franceconnect-2-image =
    Resmî bir sitenin giriş sayfası.
    FranceConnect düğmesinin çevresi çizilmiş.
franceconnect-2-tip =
    Bazı siteler, daha güvenli bir sürüm olan FranceConnect+ ister.
    O zaman France Identité veya Identité Numérique La Poste gerekir.

franceconnect-3-title = Sahip olduğunuz bir hesabı seçmek
franceconnect-3-text =
    FranceConnect size bir hesap listesi gösterir.
    Örneğin vergi dairesi, ameli, France Identité veya Identité Numérique La Poste.
    Şifresini bildiğiniz bir hesap seçin.
    Bu hesaba dokunun.
franceconnect-3-image = Onay işaretleri olan bir liste.
franceconnect-3-tip =
    Her seferinde aynı hesabı seçin.
    Böylece hatırlamak daha kolay olur.

franceconnect-4-title = Kullanıcı adınızı ve şifrenizi yazmak
franceconnect-4-text =
    Seçtiğiniz hesabın sitesi açılır.
    Kullanıcı adınızı (« identifiant ») ve şifrenizi yazın.
    Kullanıcı adı, sizi tanıtan numara veya isimdir.
    Site, e-postayla gelen gizli bir kod da isteyebilir.
    Giriş yapmak için düğmeye dokunun.
franceconnect-4-image = Yıldızlar bir şifreyi gizliyor.
franceconnect-4-caution = Şifrenizi asla telefonla, mesajla veya e-postayla vermeyin.

franceconnect-5-title = Sahte bir hesapla denemek
franceconnect-5-text =
    Burada sahte bir hesapla alıştırma yapıyorsunuz.
    Ekran size sahte bir kullanıcı adı ve sahte bir şifre gösterir.
    Bunları kutulara aynen yazın.
    Şifreyi görmek veya gizlemek için göz resmine dokunun.
    Kiosk hiçbir şey göndermez ve hiçbir şey saklamaz.
franceconnect-5-image = Bir göz.

franceconnect-6-title = Bravo!
franceconnect-6-text =
    Sonra kamu hizmetinin sitesine dönersiniz ve site sizi tanır.
    İşleminizi yapabilirsiniz.
    Unutmayın: önce FranceConnect düğmesi, sonra zaten sahip olduğunuz bir hesap.
    Yardım almak için bir telefon numarası ve gidebileceğiniz yerler var.
franceconnect-6-image = Bir el, başparmağını yukarı kaldırıyor.
franceconnect-6-tip = Başkalarıyla ortak kullanılan bir bilgisayarda, işleminizin sonunda hesaptan çıkış yapın.
franceconnect-6-caution = FranceConnect için asla para ödemeyin.

franceconnect-road-phone =
    Telefonla, Solidarité Numérique hizmetini 01 70 772 372 numarasından arayın.
    Eğitim almış kişiler, internetteki işlemlerinizde size yardım eder.
    Pazartesiden cumaya, saat 9 ile 18 arasında açıktır.
franceconnect-road-in-person =
    Bir France Services bürosu, giriş yapmanız için size yüz yüze yardım eder.
    Bu yardım ücretsizdir.
