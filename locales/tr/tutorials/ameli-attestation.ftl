# Pas à pas — Turkish. Translated from French (locales/fr/tutorials/ameli-attestation.ftl). Draft: to be reviewed by a native speaker.
# Ders: ameli sitesinden sigorta belgesini almak. Kolay Türkçe: her satırda bir cümle.

ameli-attestation-title = Assurance Maladie: sigorta belgenizi almak

ameli-attestation-1-title = Sigorta belgesi ne işe yarar
ameli-attestation-1-text =
    Sigorta belgesi (« attestation de droits »), Assurance Maladie (sağlık sigortası) tarafından verilen bir kâğıttır.
    Bu belge, tedavi masraflarınızı Assurance Maladie'nin ödediğini gösterir.
    Bir hastane veya bir işveren bu belgeyi sizden isteyebilir.
    Belge ücretsizdir.
    Belgeyi Assurance Maladie sitesi ameli.fr üzerinden alabilirsiniz.
ameli-attestation-1-image = Mühürlü bir kâğıt.

ameli-attestation-2-title = ameli hesabınıza giriş yapmak
ameli-attestation-2-text =
    ameli.fr sitesine gidin veya ameli uygulamasını açın.
    ameli hesabınıza girmek için düğmeye dokunun.
    Sosyal güvenlik numaranızı ve şifrenizi yazın.
    Sağlık kartınızdaki (« carte Vitale ») 15 rakamın sadece ilk 13 rakamını yazın.
    « S'identifier avec FranceConnect » (FranceConnect ile giriş yap) düğmesine de dokunabilirsiniz.
ameli-attestation-2-image = Bir ok, bir kapıdan içeri giriyor.
ameli-attestation-2-tip = Şifrenizi kimseye söylemeyin.

ameli-attestation-3-title = Güvenlik kodunu yazmak
ameli-attestation-3-text =
    Site sonra sizden bir güvenlik kodu isteyebilir.
    Bu, 6 rakamlı gizli bir koddur.
    Kodu almak için ekranda yazanları yapın.
    Bu kodu kutuya yazın, sonra onaylayın.
ameli-attestation-3-image = Bir anahtar.
ameli-attestation-3-caution =
    Bu kodu kimseye söylemeyin.
    Assurance Maladie kodlarınızı asla telefonda veya e-postayla istemez.

ameli-attestation-4-title = « Attestation de droits » yazısını bulmak
ameli-attestation-4-text =
    Hesabınızda « Attestation de droits » (Sigorta belgesi) yazısını arayın.
    Bu yazı « Mes démarches » (İşlemlerim) bölümündedir.
    « Attestation de droits » yazısına dokunun.
ameli-attestation-4-image =
    ameli hesabınızdan bir sayfa.
    « Attestation de droits » düğmesinin çevresi çizilmiş.

ameli-attestation-5-title = Kişiyi seçmek
ameli-attestation-5-text =
    Belgeye ihtiyacı olan kişiyi seçin.
    Bu kişi sizsiniz ya da hesabınızda kayıtlı bir çocuğunuz.
    Kişinin adına dokunun.
ameli-attestation-5-image = İki kişi.

ameli-attestation-6-title = Belgeyi indirmek
ameli-attestation-6-text =
    Belgeyi istemek için düğmeye dokunun.
    Sonra belgeyi indirin.
    İndirmek, telefonunuzda veya bilgisayarınızda bir kopya saklamak demektir.
ameli-attestation-6-image = Aşağı doğru bir ok.

ameli-attestation-7-title = Belgeyi yazdırmak veya göstermek
ameli-attestation-7-text =
    Belgeyi bir kâğıda yazdırabilirsiniz.
    Belgeyi telefonunuzun ekranında da gösterebilirsiniz.
    Ya da belgeyi e-postayla, ek olarak gönderin.
ameli-attestation-7-image = Bir yazıcı.
ameli-attestation-7-tip = Assurance Maladie binalarındaki kiosklar da belgenizi yazdırabilir.

ameli-attestation-8-title = Bravo!
ameli-attestation-8-text =
    Sigorta belgeniz artık elinizde.
    Unutmayın: giriş yapmak, kod, « Attestation de droits », indirmek.
    İstediğiniz zaman yeni bir belge isteyebilirsiniz.
    İnternet olmadan da telefonla veya yüz yüze başka yollar var.
ameli-attestation-8-image = Bir el, başparmağını yukarı kaldırıyor.
ameli-attestation-8-caution =
    Belge ücretsizdir.
    Belge için para isteyen bir site dolandırıcıdır.

ameli-attestation-road-phone =
    Telefonla, Assurance Maladie hattını 3646 numarasından arayın.
    Belgenizi isteyin.
    Belge evinize postayla gelir.
    Arama, normal bir arama kadar tutar.
ameli-attestation-road-in-person =
    Yüz yüze yardım için Assurance Maladie danışmasına veya bir France Services bürosuna gidin.
    Assurance Maladie danışmasındaki bir kiosk belgenizi yazdırabilir.
