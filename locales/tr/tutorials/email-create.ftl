# Pas à pas — Turkish. Translated from French (locales/fr/tutorials/email-create.ftl). Draft: to be reviewed by a native speaker.
# Ders: e-posta adresi oluşturmak. Kolay Türkçe: her satırda bir cümle.

email-create-title = E-posta adresi oluşturmak

email-create-1-title = Bir e-posta hizmeti seçmek
email-create-1-text =
    E-posta adresi, internette mesaj almaya ve göndermeye yarar.
    Gmail, Outlook veya laposte.net gibi hizmetler ücretsiz e-posta adresi verir.
    Bu hizmetlerden yalnızca birini seçin.
    Bu hizmetin internet sitesine gidin.
email-create-1-image = Bir posta kutusu.
email-create-1-caution =
    Bu hizmetlerde adres oluşturmak ücretsizdir.
    Bunun için hiç para ödemeyin.

email-create-2-title = Oluşturmaya başlamak
email-create-2-text =
    Sitede « Créer un compte » (Hesap oluştur) düğmesine dokunun.
    Düğmenin adı siteye göre biraz değişebilir.
    Site size soruları tek tek sorar.
    Örneğin: adınız, soyadınız ve doğum tarihiniz.
email-create-2-image = Artı işareti olan bir kişi.
email-create-2-tip =
    Telefonunuzu yanınızda tutun.
    Site size bir kod gönderebilir.

email-create-3-title = Bir e-posta adresini anlamak
email-create-3-text =
    E-posta adresi boşluksuz, tek parça yazılır.
    İçinde her zaman @ işareti vardır, Fransızcada buna « arobase » denir.
    @ işaretinden sonra hizmetin adı gelir, örneğin gmail.com.
email-create-3-image = Et işareti: @.

email-create-3b-title = Adresinizi seçmek
email-create-3b-text =
    @ işaretinden önce örneğin adınızı, bir nokta, sonra soyadınızı yazın.
    « é » yerine « e », « ş » yerine « s » yazın, özel harf kullanmayın.
    Caf veya bir işveren için ciddi bir adres seçin.
    Alıştırma için buraya bir adres yazın.
email-create-3b-image = Harfleri olan bir klavye.
email-create-3b-tip = Adresi başkası almışsa, soyadınızın sonuna bir rakam ekleyin.

email-create-4-title = Bir şifre seçmek
email-create-4-text =
    Site sizden bir şifre ister.
    Şifre, e-posta kutunuzu açan gizli anahtarınızdır.
    En az 12 harf, rakam veya işaretten oluşan bir şifre seçin.
    Kolay hatırlanan kısa bir cümle iyi bir fikirdir.
    Şifreyi bir kâğıda yazın ve bu kâğıdı evde saklayın.
email-create-4-image = Yıldızlar bir şifreyi gizliyor.
email-create-4-caution = Bu şifreyi asla kimseye vermeyin.

email-create-5-title = Yedek bir telefon numarası vermek
email-create-5-text =
    Site çoğu zaman sizden bir telefon numarası ister.
    Bu numara, şifrenizi unutursanız işinize yarar.
    Site o zaman SMS ile, yani telefona yazılı bir mesajla kod gönderir.
    Kendi telefonunuzun numarasını verin.
email-create-5-image = Mesaj alan bir telefon.
email-create-5-tip = Numaranızı değiştirirseniz, e-posta hesabınızda da değiştirin.

email-create-6-title = Bravo!
email-create-6-text =
    Adım adım e-posta adresi oluşturmayı biliyorsunuz.
    Ücretsiz bir hizmet, bir adres ve bir şifre seçmeyi biliyorsunuz.
    E-posta adresinizi kolayca verebilmek için bir kâğıda yazın.
email-create-6-image = Bir el, başparmağını yukarı kaldırıyor.
email-create-6-caution =
    E-posta kutunuzu sık sık açın.
    Yoksa hizmet mesajlarınızı silebilir, sonra adresinizi kapatabilir.
    laposte.net hizmetinde, 4 ay hiç girmezseniz mesajlar silinebilir.
