# Pas à pas — Turkish. Translated from French (locales/fr/tutorials/scams.ftl). Draft: to be reviewed by a native speaker.
# Ders: dolandırıcılığı tanımak. Kolay Türkçe: her satırda bir cümle.

scams-title = Dolandırıcılığı tanımak

scams-1-title = Sahte mesajlar
scams-1-text =
    Hırsızlar paranızı almak için sahte mesajlar gönderir.
    Bu mesajlar SMS veya e-postayla gelir.
    SMS, telefona gelen yazılı bir mesajdır.
    Bu mesajlar bir kargodan, bir para cezasından veya sağlık kartından (« carte Vitale ») söz eder.
    Bazen sizi sahte bir siteye gönderirler.
    Sahte site, gerçek siteye çok benzer.
scams-1-image = Mesaj gelmiş bir telefon.

scams-2-title = Dolandırıcılığın işaretleri
scams-2-text =
    Mesaj, işin acil olduğunu söyler.
    Mesajda bir bağlantı vardır, yani bir site açan mavi veya altı çizili bir yazı.
    Mesaj, kodlarınızı veya banka kartınızı ister.
    Gönderen garip görünür.
    Gönderen, mesajı yollayan kişidir.
scams-2-image = Ünlem işareti olan bir üçgen.
scams-2-caution = Bir kamu hizmeti, kodlarınızı veya banka kartınızı asla mesajla istemez.

scams-3-title = Gerçek mesaj mı, dolandırıcılık mı?
scams-3-text =
    Alıştırma yapmanız için burada üç mesaj var.
    Her mesajı okuyun.
    « Gerçek mesaj » veya « Dolandırıcılık » düğmesine dokunun.
    Cevabınızdan sonra bir açıklama çıkar.
scams-3-image = Soru işareti olan bir kalkan.

scams-4-title = Bağlantıya dokunmamak
scams-4-text =
    Bir mesajdan şüpheleniyor musunuz?
    Bağlantıya dokunmayın.
    Cevap vermeyin.
    Mesajı silin.
    Kontrol etmek için hizmetin gerçek sitesini kendiniz açın.
scams-4-image = Kopmuş bir zincir.
scams-4-tip = Hizmeti, belgelerinizde yazan numaradan da arayabilirsiniz.

scams-5-title = Sahte bir SMS'i bildirmek
scams-5-text =
    Sahte bir SMS'i 33700 numarasına bildirebilirsiniz.
    Bu hizmet ücretsizdir.
    Parmağınızı mesajın üzerinde basılı tutun, sonra « Transférer » (İlet) yazısını arayın.
    Mesajı 33700 numarasına gönderin.
    33700 size cevap verir ve gönderenin numarasını ister.
    Bu numarayı gönderin, sonra mesajı silin.
scams-5-image = İleri doğru oku olan bir mesaj.

scams-6-title = Sahte banka görevlisi
scams-6-text =
    Biri sizi arar ve bankanızda çalıştığını söyler.
    Hesabınızdaki garip bir ödemeden söz eder.
    Sizden bir işlemi onaylamanızı veya bir kod vermenizi ister.
    Ekranda bankanızın numarası görünse bile bu bir dolandırıcılıktır.
    Telefonu kapatın, sonra bankanızı bildiğiniz numaradan kendiniz arayın.
scams-6-image = Görüşmeyi kapatan bir telefon.
scams-6-caution = Gerçek bir banka görevlisi, bir işlemi onaylamanızı veya kod vermenizi asla istemez.

scams-7-title = Banka kartınızı mı verdiniz?
scams-7-text =
    Banka kartınızın bilgilerini veya bir kod mu verdiniz?
    Kartınızı kapattırmak için hemen bankanızı arayın.
    Buna « faire opposition » (kartı durdurmak) denir.
scams-7-image = Sütunlu bir banka binası.
scams-7-tip =
    Kartı gece gündüz 0 892 705 705 numarasından da kapattırabilirsiniz.
    Bu arama ücretlidir.
scams-7-caution = Paranızı korumak için her dakika önemlidir.

scams-7b-title = Hesaplarınızı korumak ve kanıtı saklamak
scams-7b-text =
    Verdiğiniz şifreleri de değiştirin.
    Gelen mesajı kanıt olarak saklayın.
scams-7b-image = Kapalı bir kilit.

scams-8-title = Dolandırıldıktan sonra yardım almak
scams-8-text =
    İnternette dolandırıldıktan sonra 17cyber.gouv.fr sitesine gidin.
    Bu site ne yapmanız gerektiğini gece gündüz, ücretsiz söyler.
    Orada bir polise veya bir jandarmaya yazabilirsiniz.
    Polise veya jandarmaya şikâyette de bulunabilirsiniz.
scams-8-image = Soru işareti olan bir daire.
scams-8-tip =
    Kartınızla internetten alışveriş mi yapıldı?
    Kartı durdurduktan sonra bunu service-public.fr sitesindeki Perceval hizmetine bildirin.

scams-9-title = Kendinizi korumayı biliyorsunuz
scams-9-text =
    Bravo, dolandırıcılığı tanımayı biliyorsunuz.
    Bağlantılı ve acil görünen mesajlara dikkat edin.
    Kodlarınızı ve banka kartınızı kimseye vermeyin.
    Şüpheniz varsa mesajı silin.
    Sahte SMS'leri 33700 numarasına bildirin.
    Dolandırıldıktan sonra 17cyber.gouv.fr sitesine gidin.
scams-9-image = Onay işareti olan bir kalkan.

scams-road-phone =
    Sahte bir SMS mi, sahte bir arama mı?
    Bunu ücretsiz olarak 33700 numarasına SMS mesajıyla bildirin.
scams-road-in-person =
    Kartınızı kapattırmak için bankanıza gidin.
    Şikâyette bulunmak için polise veya jandarmaya gidin.
