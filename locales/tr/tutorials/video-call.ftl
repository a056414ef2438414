# Pas à pas — Turkish. Translated from French (locales/fr/tutorials/video-call.ftl). Draft: to be reviewed by a native speaker.
# Ders: ailenizle görüntülü arama yapmak. Kolay Türkçe: her satırda bir cümle.

video-call-title = Ailenizle görüntülü arama yapmak

video-call-1-title = Uygulamayı açmak
video-call-1-text =
    Görüntülü aramada, konuşurken kişiyi görürsünüz.
    Telefonunuzda bir görüntülü arama uygulaması açın.
    Uygulama, telefonunuzdaki bir programdır.
    Ailenizin de kullandığı bir uygulama seçin, örneğin WhatsApp.
    Açmak için uygulamanın resmine dokunun.
video-call-1-image = Telefondaki uygulamalar gibi dört kare.
video-call-1-caution = Mümkünse Wi-Fi kullanın, çünkü görüntülü arama çok internet harcar.

video-call-2-title = Kişiyi seçmek
video-call-2-text =
    Kişiler listenizi arayın.
    Kişiler, numarası telefonunuzda kayıtlı olan insanlardır.
    Aramak istediğiniz kişinin adına dokunun.
video-call-2-image = Bir adres defteri.
video-call-2-tip = Kişinin adını büyüteçle de arayabilirsiniz.

video-call-3-title = Görüntülü aramayı başlatmak
video-call-3-text =
    Küçük kamera resmi olan düğmeyi arayın.
    Bu düğmeye dokunun.
    Telefon kişiyi arar.
    Kişinin cevap vermesini bekleyin.
video-call-3-image =
    Bir telefon, bir kişiyi ve iki düğmeyi gösteriyor.
    Küçük kamera resmi olan düğmenin çevresi çizilmiş.
video-call-3-tip = Telefon şeklindeki düğme, görüntüsüz arama yapar.

video-call-4-title = İyi bir yerde durmak
video-call-4-text =
    Telefonu yüzünüzün önünde tutun.
    Kendi görüntünüz küçük bir çerçevede çıkar.
    Yüzünüzü ışığa dönün, örneğin bir pencereye.
    Arkanız pencereye dönükse, yüzünüz iyi görünmez.
    Normal konuşun, çünkü telefon sizi duyar.
video-call-4-image = Gülen bir yüz olan bir fotoğraf makinesi.
video-call-4-tip = Kolunuz dinlensin diye telefonu bir eşyaya yaslayın.

video-call-5-title = Aramayı kapatmak
video-call-5-text =
    Aramayı bitirmek için kırmızı düğmeyi arayın.
    Kırmızı düğmeye dokunun.
    Arama biter.
video-call-5-image = Çarpı işareti olan bir telefon.
video-call-5-tip = Aileniz sizi aradığında, cevap vermek için yeşil düğmeye dokunun veya düğmeyi kaydırın.

video-call-6-title = Bravo!
video-call-6-text =
    Görüntülü arama yapmayı biliyorsunuz.
    Uygulamayı açın, sonra kişiyi seçin.
    Aramak için kameraya dokunun.
    Kırmızı düğme aramayı bitirir.
    Yakınlarınız uzakta olsa bile onları görebilirsiniz.
video-call-6-image = Bir grup insan.
