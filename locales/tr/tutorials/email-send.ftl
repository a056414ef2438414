# Pas à pas — Turkish. Translated from French (locales/fr/tutorials/email-send.ftl). Draft: to be reviewed by a native speaker.
# Ders: e-posta okumak ve ekli e-posta göndermek. Kolay Türkçe: her satırda bir cümle.

email-send-title = E-posta okumak ve fotoğraflı e-posta göndermek

email-send-1-title = Gelen kutusunu açmak
email-send-1-text =
    E-posta kutunuzu telefonunuzda veya bir bilgisayarda açın.
    İlk sayfanın adı « Boîte de réception » (Gelen kutusu).
    Bu sayfa, size gelen mesajları gösterir.
    En yeni mesaj, listenin en üstündedir.
email-send-1-image = Gelen postayı koymak için bir kutu.
email-send-1-tip = Bir mesaj gelmezse, « Spam » veya « Courrier indésirable » (İstenmeyen posta) klasörüne bakın.

email-send-2-title = Bir mesajı okumak
email-send-2-text =
    Henüz okunmamış mesajlar kalın ve daha koyu yazılıdır.
    Açmak için bir mesaja dokunun.
    Mesajı kimin gönderdiğini, konusunu ve yazısını görürsünüz.
    Listeye dönmek için geri götüren oka dokunun.
email-send-2-image = Açık bir zarf.
email-send-2-caution = Kodlarınızı veya para isteyen bir mesaj çoğu zaman dolandırıcılıktır.

email-send-3-title = Yeni bir mesaja başlamak
email-send-3-text =
    Yeni bir mesaj yazmak için olan düğmeyi arayın.
    Gmail'de bu düğmenin adı « Nouveau message » (Yeni mesaj).
    Başka sitelerde düğmenin adı biraz değişir.
    Bu düğmeye dokunun.
    Yazmak için boş bir sayfa açılır.
email-send-3-image = Artı işareti olan bir zarf.

email-send-4-title = Adresi ve konuyu yazmak
email-send-4-text =
    « À » (Kime) kutusuna kişinin e-posta adresini yazın.
    « Objet » (Konu) kutusuna konuyu birkaç kelimeyle yazın.
    Örneğin: « Ma facture d'électricité » (Elektrik faturam).
email-send-4-image = Et işareti: @.
email-send-4-caution =
    Adresi harf harf kontrol edin.
    Bir hata olursa, mesaj tanımadığınız birine gidebilir.

email-send-4b-title = Mesajı yazmak
email-send-4b-text =
    Büyük kutuya mesajınızı yazın.
    « Bonjour » (Merhaba) ile başlayın.
    Adınız ve soyadınızla bitirin.
email-send-4b-image = Yazı yazan bir kalem.

email-send-5-title = Bir fotoğraf veya belge eklemek
email-send-5-text =
    Ek, mesaja eklenen bir fotoğraf veya belgedir.
    Örneğin, bir belgenin fotoğrafı.
    Eklemek için ataş resmi olan düğmeye dokunun.
    Fotoğrafı resimlerinizin arasından seçin.
    Burada denemek için « Dosya ekle » düğmesine dokunun, sonra bir fotoğraf seçin.
email-send-5-image =
    Yazılmakta olan bir e-posta.
    Ataş resmi olan düğmenin çevresi çizilmiş.
email-send-5-tip = Belgeyi düz bir yere koyun ve fotoğrafını bol ışıkta çekin.

email-send-6-title = Mesajı göndermek
email-send-6-text =
    Fotoğrafın adı mesajda görünür.
    Bu, ekin doğru eklendiği anlamına gelir.
    « Envoyer » (Gönder) düğmesine dokunun.
    Mesaj hemen gider.
email-send-6-image = Kâğıttan bir uçak.
email-send-6-tip = Mesajı daha sonra gönderilen mesajlar klasöründe bulabilirsiniz.

email-send-7-title = Bravo!
email-send-7-text =
    Mesajlarınızı açıp okumayı biliyorsunuz.
    Yeni bir mesaj yazmayı biliyorsunuz.
    Ataşla bir fotoğraf eklemeyi biliyorsunuz.
    Mesajı « Envoyer » (Gönder) düğmesiyle göndermeyi biliyorsunuz.
    Sizden belge isteyen birine belge gönderebilirsiniz.
email-send-7-image = Bir el, başparmağını yukarı kaldırıyor.
