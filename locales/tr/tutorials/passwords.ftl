# Pas à pas — Turkish. Translated from French (locales/fr/tutorials/passwords.ftl). Draft: to be reviewed by a native speaker.
# Ders: güçlü ve iyi saklanan şifreler. Kolay Türkçe: her satırda bir cümle.

passwords-title = Şifrelerinizi iyi seçin ve iyi saklayın

passwords-1-title = Uzun bir şifre seçmek
passwords-1-text =
    Şifre, hesabınızı açan gizli bir anahtardır.
    Kısa bir şifreyi bir hırsız kolayca bulur.
    En az 12 harf, rakam veya işaret seçin.
    Doğum tarihinizi veya yakınlarınızın adını kullanmayın.
passwords-1-image = Yıldızlar bir şifreyi gizliyor.
passwords-1-tip = Şifre ne kadar uzunsa, o kadar güçlüdür.

passwords-2-title = Kısa bir cümle kullanmak
passwords-2-text =
    Kısa bir cümle hem uzundur hem de kolay hatırlanır.
    Sizin için anlamı olan bir cümle düşünün.
    Kelimeleri boşluksuz yazın, her kelimeye büyük harfle başlayın.
    Bir rakam ve ünlem işareti gibi bir işaret ekleyin.
    Örneğin: « BenimKedim3SaatUyur! ».
passwords-2-image = Bir cümledeki gibi tırnak işaretleri.
passwords-2-caution = Bu örnekten farklı, kendi cümlenizi bulun ve ş, ğ, ı harflerini kullanmayın.

passwords-3-title = Her site için farklı bir şifre kullanmak
passwords-3-text =
    Her önemli site için farklı bir şifre kullanın.
    Örneğin: e-posta kutunuz, bankanız, ameli veya Caf.
    Bu, her kapı için farklı bir anahtar gibidir.
    Bir hırsız bir şifreyi bulursa, diğer şifreler korunmuş kalır.
passwords-3-image = Bir anahtar.
passwords-3-tip =
    En önemli şifre, e-posta kutunuzun şifresidir.
    Bir hırsız bu şifreyle diğer şifrelerinizi değiştirebilir.

passwords-4-title = Şifrelerinizi bir kâğıda yazmak
passwords-4-text =
    Şifrelerinizi küçük bir deftere yazabilirsiniz.
    Her şifrenin yanına sitenin adını yazın.
    Bu defteri evde, güvenli ve gizli bir yerde saklayın.
    Defteri çantanızda veya cüzdanınızda taşımayın.
passwords-4-image = Bir defter.
passwords-4-tip = Banka kartınızın kodunu asla kartla birlikte saklamayın.

passwords-5-title = Kodlarınızı asla vermemek
passwords-5-text =
    Kodlarınızı asla SMS, e-posta veya telefonla vermeyin.
    SMS, telefona gelen yazılı bir mesajdır.
    Telefonunuza SMS ile gelen bir kodu da kimseye vermeyin.
    Bankanız, Caf, ameli ve vergi dairesi kodlarınızı asla istemez.
passwords-5-image = Ünlem işareti olan bir üçgen.
passwords-5-caution = Kişi adınızı veya bankanızı bilse bile hiçbir şey vermeyin.

passwords-5b-title = Biri kodlarınızı isterse
passwords-5b-text =
    Biri sizden kodlarınızı isterse, bu bir dolandırıcılıktır.
    Telefonu kapatın veya mesaja cevap vermeyin.
passwords-5b-image = Görüşmeyi kapatan bir telefon.
passwords-5b-tip =
    Bir şifre verdiyseniz, onu hemen değiştirin.
    Bir banka kodu verdiyseniz, hemen bankanızı arayın.

passwords-6-title = Bravo!
passwords-6-text =
    Kısa bir cümle kadar uzun, güçlü bir şifre yapmayı biliyorsunuz.
    Her önemli site için farklı bir şifre kullanıyorsunuz.
    Kodlarınızı evde, bir kâğıtta saklıyorsunuz.
    Kodlarınızı asla kimseye vermiyorsunuz.
passwords-6-image = Bir el, başparmağını yukarı kaldırıyor.
