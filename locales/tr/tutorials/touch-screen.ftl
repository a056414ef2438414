# Pas à pas — Turkish. Translated from French (locales/fr/tutorials/touch-screen.ftl). Draft: to be reviewed by a native speaker.
# Ders: dokunmatik ekran kullanmak. Kolay Türkçe: her satırda bir cümle.

touch-screen-title = Dokunmatik ekran kullanmak

touch-screen-1-title = Bir kez dokunmak
touch-screen-1-text =
    Dokunmatik ekran parmağınıza tepki verir.
    Bir düğmeye yalnızca bir kez dokunun.
    Parmağınızı hemen kaldırın.
touch-screen-1-image = Bir parmak, ekrandaki bir düğmeye dokunuyor.
touch-screen-1-tip = Bir şey olmazsa, tekrar dokunmadan önce biraz bekleyin.

touch-screen-2-title = Sayfanın devamını görmek
touch-screen-2-text =
    Telefonda parmağınızı ekrana koyun.
    Parmağınızı yukarı doğru kaydırın.
    Sayfa yukarı çıkar ve devamını görürsünüz.
    Bu kioskta « Aşağı » düğmesine dokunun.
touch-screen-2-image = Bir el, ekranda yukarı doğru kayıyor.

touch-screen-3-title = Geri dönmek
touch-screen-3-text =
    Telefonda, geri götüren oku arayın.
    Bir uygulamada bu ok çoğu zaman ekranın sol üst köşesindedir.
    Bazı telefonlarda bu ok ekranın altında da vardır.
    Önceki ekrana dönmek için oka dokunun.
touch-screen-3-image = Geri götüren bir ok.
touch-screen-3-tip = Ok yoksa, parmağınızı ekranın sol kenarından ortaya doğru kaydırın.

touch-screen-4-title = Ekrandaki klavyeyle yazmak
touch-screen-4-text =
    Yazmak için beyaz kutuya dokunun.
    Ekranda bir klavye çıkar.
    Harflere tek tek dokunun.
    Alıştırma için buraya bir e-posta adresi yazın.
touch-screen-4-image = Harfleri olan bir klavye.

touch-screen-5-title = Bravo!
touch-screen-5-text =
    Dokunmayı, sayfayı kaydırmayı ve yazmayı biliyorsunuz.
    Telefonunuzda alıştırma yapabilirsiniz.
touch-screen-5-image = Bir el, başparmağını yukarı kaldırıyor.
touch-screen-5-caution = Telefonda yanıp sönen reklamlara dokunmayın.
