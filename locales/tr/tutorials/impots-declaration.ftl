# Pas à pas — Turkish. Translated from French (locales/fr/tutorials/impots-declaration.ftl). Draft: to be reviewed by a native speaker.
# Ders: impots.gouv.fr sitesinde gelir beyannamesi. Kolay Türkçe: her satırda bir cümle.

impots-declaration-title = impots.gouv.fr sitesinde gelirlerinizi bildirmek

impots-declaration-1-title = Vergi sitesini açmak
impots-declaration-1-text =
    Her ilkbaharda, bir önceki yılın gelirlerini bildirirsiniz.
    Gelirleriniz, aldığınız paralardır, örneğin maaş, emekli maaşı, işsizlik maaşı.
    impots.gouv.fr sitesini açın.
    Sayfanın sağ üstünde « Connexion à l'espace Finances publiques » (Maliye hesabına giriş) düğmesine dokunun.
impots-declaration-1-image =
    Vergi sitesinin ilk sayfası.
    Sağ üstteki giriş düğmesinin çevresi çizilmiş.
impots-declaration-1-tip = Beyanname tarihleri her yıl impots.gouv.fr sitesinde yazılır.
impots-declaration-1-caution = Beyanname için sizden para isteyen bir site dolandırıcıdır.

impots-declaration-2-title = İnternetten veya kâğıtla
impots-declaration-2-text =
    Normalde gelirler internetten bildirilir.
    Evinizde internet yok mu?
    Ya da yaşınız veya bir engeliniz yüzünden internet sizin için çok mu zor?
    O zaman ceza ödemeden kâğıtla beyanname verebilirsiniz.
    Kâğıt formu vergi dairenizden isteyin.
impots-declaration-2-image = Bir kâğıt ve bir kalem.
impots-declaration-2-tip = Kâğıtla beyannamede son tarih birkaç gün daha erkendir.

impots-declaration-3-title = Otomatik beyanname
impots-declaration-3-text =
    Birçok ev halkının beyannamesi otomatiktir (« déclaration automatique »).
    Vergi dairesi size bunu e-postayla veya mektupla bildirir.
    Önceden yazılmış bütün tutarları dikkatle kontrol edin.
    Her şey doğru ve eksiksiz mi?
    O zaman beyannameniz, hiçbir şey imzalamadan verilmiş olur.
    Değilse, sonraki adımlardaki gibi beyannameyi düzeltin ve imzalayın.
impots-declaration-3-image = Onay işareti olan bir kâğıt.

impots-declaration-4-title = Numaralarınızı hazırlamak
impots-declaration-4-text =
    İlk seferde, kişisel alanınızı oluşturmak için üç numara gerekir.
    13 rakamlı vergi numaranız (« numéro fiscal »).
    Her yıl değişen internet erişim numaranız (« numéro d'accès en ligne »).
    Referans vergi geliriniz (« revenu fiscal de référence »).
    Bu numaralar son beyannamenizde ve son vergi mektubunuzda yazılıdır.
impots-declaration-4-image = Üzerinde yazılı satırlar olan bir kâğıt.
impots-declaration-4-tip = Vergi mektubu (« avis d'impôt »), vergi dairesinin size her yıl gönderdiği kâğıttır.

impots-declaration-5-title = Giriş yapmak
impots-declaration-5-text =
    İlk seferde, bu numaralardan sonra bir şifre seçersiniz.
    Vergi numaranızı ve şifrenizi yazın.
    Vergi dairesi o zaman e-postayla 6 rakamlı gizli bir kod gönderebilir.
    E-posta kutunuzu açın ve bu kodu aynen yazın.
impots-declaration-5-image = Bir ok, bir kapıdan içeri giriyor.
impots-declaration-5-tip = Şifrenizi değiştirmek için site cep telefonu numaranızı ister.

impots-declaration-5b-title = Ya da FranceConnect ile giriş yapmak
impots-declaration-5b-text =
    FranceConnect düğmesini de kullanabilirsiniz.
    FranceConnect ile başka bir hesapla girersiniz, örneğin ameli hesabınızla.
    Burada sahte bir hesapla alıştırma yapın.
impots-declaration-5b-image =
    Resmî bir sitenin giriş sayfası.
    FranceConnect düğmesinin çevresi çizilmiş.

impots-declaration-6-title = Beyannamenizi açmak
impots-declaration-6-text =
    Artık kişisel alanınızdasınız.
    Gelirlerinizi bildirmek için olan düğmeyi arayın.
    Bu düğmeye dokunun.
    Beyannameniz açılır.
    Önce adresinizi ve aile durumunuzu kontrol edin.
impots-declaration-6-image = Bir kâğıt ve bir kalem.
impots-declaration-6-tip = İnternetten beyanname genellikle ilkbaharda, nisandan hazirana kadar açıktır.

impots-declaration-7-title = Tutarları kontrol etmek
impots-declaration-7-text =
    Tutarların çoğu zaten yazılıdır.
    Örneğin maaşınız veya emekli maaşınız.
    Bunları maaş bordrolarınızla veya emeklilik belgelerinizle karşılaştırın.
    Bir tutar yanlışsa, kutuya dokunun ve tutarı düzeltin.
    Bir gelir eksikse, onu ekleyin.
impots-declaration-7-image = İşaretli kutuları olan bir liste.
impots-declaration-7-caution = Yanlış bir tutar, verginizi ve bazı yardımları değiştirebilir.

impots-declaration-8-title = Beyannamenizi imzalamak
impots-declaration-8-text =
    Sonunda beyannamenizin özetini tekrar okuyun.
    Beyannamenizi imzalamak ve göndermek için düğmeye dokunun.
    Ekranda bir alındı belgesi (« accusé de réception ») çıkar.
    Bu belge, beyannamenizin ulaştığının kanıtıdır.
    Bu belgeyi e-postayla da alırsınız.
impots-declaration-8-image = Bir çizgi üzerinde bir imza.
impots-declaration-8-tip = Daha sonra beyannamenizi internetten yine düzeltebilirsiniz.

impots-declaration-9-title = İşlem tamam
impots-declaration-9-text =
    Bravo, beyannameniz gönderildi.
    Tutarları kontrol ettiniz, sonra imzaladınız.
    Alındı belgenizi iyi saklayın.
    Yaz aylarında, vergi mektubunuz kişisel alanınıza gelecek.
    İnternet olmadan da telefonla veya yüz yüze başka yollar var.
impots-declaration-9-image = Bir el, başparmağını yukarı kaldırıyor.

impots-declaration-road-phone =
    Telefonla, vergi dairesini 0 809 401 401 numarasından arayın.
    Pazartesiden cumaya, saat 8.30 ile 19.00 arasında açıktır.
    Arama, normal bir arama kadar tutar.
impots-declaration-road-in-person =
    Yüz yüze yardım için vergi dairenize veya bir France Services bürosuna gidin.
    Orada kâğıt beyanname isteyebilirsiniz.
