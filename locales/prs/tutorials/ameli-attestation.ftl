# Pas à pas — Dari (Afghan Persian). Translated from French (locales/fr/tutorials/ameli-attestation.ftl). Draft: to be reviewed by a native speaker.
# درس: گرفتن تصدیق حق بیمه از ameli. در هر سطر یک جمله.

ameli-attestation-title = ⁦Assurance Maladie⁩: گرفتن تصدیق حق بیمه شما

ameli-attestation-1-title = تصدیق حق بیمه برای چه است
ameli-attestation-1-text =
    تصدیق حق بیمه «⁦attestation de droits⁩» یک ورق از ⁦Assurance Maladie⁩ (بیمه صحی) است.
    این ورق نشان می‌دهد که ⁦Assurance Maladie⁩ پول تداوی شما را پس می‌دهد.
    یک شفاخانه یا یک کارفرما ممکن است آن را از شما بخواهد.
    این ورق مجانی است.
    شما آن را از ⁦ameli.fr⁩، ویب‌سایت ⁦Assurance Maladie⁩، گرفته می‌توانید.
ameli-attestation-1-image = یک ورق با مهر.

ameli-attestation-2-title = وارد شدن به حساب ⁦ameli⁩ شما
ameli-attestation-2-text =
    به ویب‌سایت ⁦ameli.fr⁩ بروید یا اپلیکیشن ⁦ameli⁩ را باز کنید.
    دکمه ورود به حساب ⁦ameli⁩ خود را لمس کنید.
    نمبر بیمه اجتماعی و رمز عبور خود را بنویسید.
    از 15 رقم کارت صحی (⁦carte Vitale⁩) خود، فقط 13 رقم اول را بنویسید.
    شما می‌توانید دکمه «⁦S'identifier avec FranceConnect⁩» (ورود با ⁦FranceConnect⁩) را هم لمس کنید.
ameli-attestation-2-image = یک تیر که از یک دروازه داخل می‌شود.
ameli-attestation-2-tip = رمز عبور خود را پیش خود نگه دارید.

ameli-attestation-3-title = نوشتن کود امنیتی
ameli-attestation-3-text =
    بعد از آن، ویب‌سایت ممکن است از شما یک کود امنیتی بخواهد.
    این یک کود مخفی 6 رقمی است.
    برای گرفتن آن، کاری را که صفحه می‌گوید، انجام بدهید.
    این کود را در جای خالی بنویسید، بعد تأیید کنید.
ameli-attestation-3-image = یک کلید.
ameli-attestation-3-caution =
    این کود را پیش خود نگه دارید.
    ⁦Assurance Maladie⁩ هیچ وقت کودهای شما را با تیلفون یا ایمیل نمی‌خواهد.

ameli-attestation-4-title = پیدا کردن «⁦Attestation de droits⁩»
ameli-attestation-4-text =
    در حساب خود، «⁦Attestation de droits⁩» (تصدیق حق بیمه) را پیدا کنید.
    این در بخش «⁦Mes démarches⁩» (کارهای اداری من) است.
    «⁦Attestation de droits⁩» را لمس کنید.
ameli-attestation-4-image =
    یک صفحه از حساب ⁦ameli⁩ شما.
    دور دکمه «⁦Attestation de droits⁩» خط کشیده شده است.

ameli-attestation-5-title = انتخاب نفر
ameli-attestation-5-text =
    نفری را انتخاب کنید که تصدیق را لازم دارد.
    این نفر شما هستید، یا یک طفل که در حساب شما ثبت است.
    نام او را لمس کنید.
ameli-attestation-5-image = دو نفر.

ameli-attestation-6-title = دانلود کردن تصدیق
ameli-attestation-6-text =
    دکمه درخواست تصدیق را لمس کنید.
    بعد آن را دانلود کنید.
    دانلود کردن یعنی نگه داشتن یک کاپی در تیلفون یا کمپیوتر شما.
ameli-attestation-6-image = یک تیر به طرف پایین.

ameli-attestation-7-title = چاپ کردن یا نشان دادن تصدیق
ameli-attestation-7-text =
    شما می‌توانید تصدیق را روی یک ورق چاپ کنید.
    شما می‌توانید آن را روی صفحه تیلفون خود هم نشان بدهید.
    یا آن را با ایمیل، به شکل فایل ضمیمه، بفرستید.
ameli-attestation-7-image = یک پرینتر.
ameli-attestation-7-tip = یک دستگاه ⁦Assurance Maladie⁩ هم تصدیق شما را چاپ کرده می‌تواند.

ameli-attestation-8-title = آفرین!
ameli-attestation-8-text =
    شما تصدیق حق بیمه خود را دارید.
    به یاد داشته باشید: وارد شدن، کود، «⁦Attestation de droits⁩»، دانلود.
    شما هر وقت که بخواهید، یک تصدیق جدید گرفته می‌توانید.
    بدون انترنت، راه‌های دیگر هم هست، با تیلفون یا حضوری.
ameli-attestation-8-image = یک دست که شست را بالا گرفته است.
ameli-attestation-8-caution =
    تصدیق مجانی است.
    ویب‌سایتی که برای آن پول می‌خواهد، فریبکاری است.

ameli-attestation-road-phone =
    با تیلفون، به ⁦Assurance Maladie⁩ به شماره 3646 زنگ بزنید.
    تصدیق خود را بخواهید.
    تصدیق با پست به خانه شما می‌آید.
    قیمت این تماس مثل یک تماس عادی است.
ameli-attestation-road-in-person =
    حضوری، به میز پذیرش ⁦Assurance Maladie⁩ یا به یک دفتر ⁦France Services⁩ بروید.
    در میز پذیرش ⁦Assurance Maladie⁩، یک دستگاه تصدیق شما را چاپ کرده می‌تواند.
