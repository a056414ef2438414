# Pas à pas — Turkish. Translated from French (locales/fr/tutorials/internet.ftl). Draft: to be reviewed by a native speaker.
# Ders: internet ve siteler. Kolay Türkçe: her satırda bir cümle.

internet-title = İnternet ve siteler

internet-1-title = Tarayıcıyı açmak
internet-1-text =
    İnternete girmek için bir tarayıcı kullanırsınız.
    Tarayıcı, internet sitelerini açan programdır.
    Örneğin Chrome, Firefox, Safari veya Edge birer tarayıcıdır.
    Telefonda açmak için tarayıcının küçük resmine dokunun.
internet-1-image = Bir internet tarayıcısı penceresi.
internet-1-tip = Tarayıcı çoğu zaman telefonunuzda zaten yüklüdür.

internet-2-title = Bir sitenin adresini yazmak
internet-2-text =
    Ekranın üstünde uzun bir kutu vardır.
    Bu kutunun adı adres çubuğudur.
    Bu kutuya dokunun.
    Sitenin adresini yazın, örneğin impots.gouv.fr.
    Klavyenin altındaki onay tuşuna dokunun.
internet-2-image = Üstünde www harfleri olan bir dünya küresi.
internet-2-tip = Bazı telefonlarda adres çubuğu ekranın altındadır.

internet-3-title = Devletin sitesini tanımak
internet-3-text =
    Adres çubuğunda sitenin adının sonuna bakın.
    Devletin siteleri .gouv.fr ile biter.
    Örneğin: impots.gouv.fr veya ants.gouv.fr.
    Sonu .gouv.fr olan bir site gerçekten devlete aittir.
internet-3-image = Onay işareti olan bir dünya küresi.
internet-3-caution = Sahte bir sitenin adının ortasında da « gouv » yazabilir.

internet-4-title = Başka resmî siteleri tanımak
internet-4-text =
    Bazı kamu hizmetlerinin adresi sadece .fr ile biter.
    Bu siteler de resmîdir.
    Assurance Maladie (sağlık sigortası) için: ameli.fr.
    Aile yardımları için: caf.fr.
    İş aramak için: francetravail.fr.
internet-4-image = Resmî binalar.
internet-4-tip = Bu adresleri kolayca bulmak için bir kâğıda yazın.

internet-5-title = Kilide bakmak
internet-5-text =
    Adresin yanında küçük bir kilit arayın.
    Kilit, gönderdiklerinizin yolda gizlendiği anlamına gelir.
    Yolda kimse onları okuyamaz.
    « Non sécurisé » (güvenli değil) yazısını görürseniz, bu siteye hiçbir şey yazmayın.
internet-5-image =
    Bir internet sayfasının üst kısmı.
    Adresin başındaki küçük kilidin çevresi çizilmiş.
internet-5-tip = Bazı tarayıcılarda kilit yerine küçük bir ayar resmi vardır.

internet-6-title = Kilit olsa bile dikkatli olmak
internet-6-text =
    Sahte sitelerde de çoğu zaman kilit vardır.
    Kilit, sitenin dürüst olup olmadığını söylemez.
    Adres çubuğunda sitenin adını her zaman kontrol edin.
    Bir kamu hizmeti için sitenin adresini kendiniz yazın.
internet-6-image = Ünlem işareti olan bir kilit.
internet-6-caution =
    SMS, telefona gelen yazılı bir mesajdır.
    SMS ile gelen bir bağlantı sahte bir site açabilir.

internet-7-title = Bravo!
internet-7-text =
    Bir sitenin adresini yazmayı biliyorsunuz.
    Devletin siteleri .gouv.fr ile biter.
    ameli.fr, caf.fr ve francetravail.fr adreslerini de biliyorsunuz.
    Kilit, gönderdiklerinizi yolda gizler.
    Ama kilit, sitenin dürüst olup olmadığını söylemez.
internet-7-image = Bir el, başparmağını yukarı kaldırıyor.
