# Pas à pas — Dari (Afghan Persian). Translated from French (locales/fr/tutorials/france-travail-actualisation.ftl). Draft: to be reviewed by a native speaker.
# درس: تازه کردن ماهانه وضعیت در France Travail. در هر سطر یک جمله.

france-travail-actualisation-title = ⁦France Travail⁩: تازه کردن وضعیت شما در هر ماه

france-travail-actualisation-1-title = تازه کردن وضعیت در هر ماه
france-travail-actualisation-1-text =
    آیا شما با کمک ⁦France Travail⁩ (اداره دولتی کاریابی) دنبال کار هستید؟
    در هر ماه، شما باید «⁦actualisation⁩» (تازه کردن ماهانه) خود را انجام بدهید.
    تازه کردن ماهانه یعنی وضعیت ماه گذشته خود را به ⁦France Travail⁩ بگویید.
    حتی اگر هیچ چیز تغییر نکرده، آن را انجام بدهید.
france-travail-actualisation-1-image = یک جنتری.
france-travail-actualisation-1-caution =
    بدون تازه کردن ماهانه، ثبت نام شما در ⁦France Travail⁩ قطع می‌شود.
    پرداخت‌های شما هم قطع می‌شود.

france-travail-actualisation-1b-title = چه وقت تازه کردن را انجام بدهید
france-travail-actualisation-1b-text =
    تازه کردن را از تاریخ 28 تا تاریخ 15 ماه بعد انجام داده می‌توانید.
    در ماه فبروری، از تاریخ 26 شروع می‌شود.
france-travail-actualisation-1b-image = یک جنتری.
france-travail-actualisation-1b-tip =
    آن را در شروع این مدت انجام بدهید.
    به این ترتیب، آرام‌تر خواهید بود.

france-travail-actualisation-2-title = وارد شدن به صفحه شخصی شما
france-travail-actualisation-2-text =
    در ویب‌سایت ⁦francetravail.fr⁩، دکمه ورود را لمس کنید.
    شناسه (⁦identifiant⁩) و رمز عبور خود را بنویسید.
    شناسه، نمبر یا نامی است که شما را می‌شناساند.
    شناسه در اسناد ⁦France Travail⁩ نوشته شده است.
    شما می‌توانید از دکمه ⁦FranceConnect⁩ هم استفاده کنید.
france-travail-actualisation-2-image = یک تیر که از یک دروازه داخل می‌شود.
france-travail-actualisation-2-tip = اپلیکیشن «⁦Mon espace⁩» (صفحه من) ⁦France Travail⁩ را در تیلفون هم استفاده کرده می‌توانید.

france-travail-actualisation-3-title = شروع تازه کردن
france-travail-actualisation-3-text =
    صفحه شخصی شما، حساب شما در ویب‌سایت ⁦France Travail⁩ است.
    در این صفحه، دکمه‌ای را پیدا کنید که کلمه «⁦actualiser⁩» (تازه کردن) را دارد.
    این دکمه را لمس کنید تا شروع شود.
france-travail-actualisation-3-image =
    صفحه شخصی شما در ویب‌سایت ⁦France Travail⁩.
    دور دکمه «⁦Actualiser⁩» (تازه کردن) خط کشیده شده است.

france-travail-actualisation-4-title = جواب دادن به سوال‌ها
france-travail-actualisation-4-text =
    ⁦France Travail⁩ در باره ماه گذشته از شما سوال می‌پرسد.
    آیا کار کرده‌اید؟
    آیا در یک کورس آموزشی شرکت کرده‌اید؟
    آیا رخصتی مریضی داشته‌اید؟
    هر سوال را خوب بخوانید.
    به هر سوال «⁦Oui⁩» (بلی) یا «⁦Non⁩» (نخیر) جواب بدهید.
france-travail-actualisation-4-image = یک حباب گپ با علامه سوال.

france-travail-actualisation-5-title = گفتن اینکه هنوز دنبال کار هستید
france-travail-actualisation-5-text =
    یک سوال می‌پرسد که آیا هنوز دنبال کار هستید.
    اگر هنوز دنبال کار هستید، «⁦Oui⁩» (بلی) جواب بدهید.
    اگر «⁦Non⁩» (نخیر) جواب بدهید، ثبت نام شما در ⁦France Travail⁩ قطع می‌شود.
    بعد پرداخت‌های شما هم ممکن است قطع شود.
france-travail-actualisation-5-image = یک فهرست با خانه‌های تیک‌شده.
france-travail-actualisation-5-caution =
    آیا اشتباهی «⁦Non⁩» (نخیر) جواب دادید؟
    فوراً به ⁦France Travail⁩ به شماره 3949 زنگ بزنید.

france-travail-actualisation-6-title = اگر کار کرده‌اید
france-travail-actualisation-6-text =
    اگر کار کرده‌اید، تعداد ساعت‌های کار در این ماه را بنویسید.
    معاش ناخالص (⁦salaire brut⁩) خود را هم بنویسید.
    معاش ناخالص در ورق معاش شما نوشته شده است.
france-travail-actualisation-6-image = یک ورق با مبلغ‌ها.
france-travail-actualisation-6-caution = اگر یک کار را فراموش کنید، ممکن است مجبور شوید پول پس بدهید.

france-travail-actualisation-7-title = تأیید کردن و نگه داشتن ثبوت
france-travail-actualisation-7-text =
    جواب‌های خود را دوباره بخوانید، بعد دکمه تأیید را لمس کنید.
    یک پیام به شما می‌گوید که تازه کردن شما ثبت شد.
    این ثبوت را نگه دارید.
    آن را دانلود کنید یا از صفحه عکس بگیرید.
france-travail-actualisation-7-image = یک ورق با مهر.
france-travail-actualisation-7-tip =
    بعد از تأیید، دیگر در انترنت چیزی را درست کرده نمی‌توانید.
    برای درست کردن یک غلطی، پیش از تاریخ 15 ماه به 3949 زنگ بزنید.

france-travail-actualisation-8-title = آفرین!
france-travail-actualisation-8-text =
    تازه کردن این ماه شما انجام شد.
    ماه آینده، از تاریخ 28، دوباره این کار را بکنید.
    به یاد داشته باشید: وارد شدن، تازه کردن، جواب دادن، تأیید کردن.
    بدون انترنت، راه‌های دیگر هم هست، با تیلفون یا حضوری.
france-travail-actualisation-8-image = یک دست که شست را بالا گرفته است.
france-travail-actualisation-8-tip = اگر تازه کردن را فراموش کرده‌اید، فوراً به ⁦France Travail⁩ به شماره 3949 زنگ بزنید.
france-travail-actualisation-8-caution = رمز عبور خود را پیش خود نگه دارید، حتی در تیلفون.

france-travail-actualisation-road-phone =
    با تیلفون، به ⁦France Travail⁩ به شماره 3949 زنگ بزنید.
    شما می‌توانید تازه کردن را انجام بدهید یا یک غلطی را درست کنید.
france-travail-actualisation-road-in-person =
    حضوری، به یک دفتر ⁦France Travail⁩ یا یک دفتر ⁦France Services⁩ بروید.
    یک نفر به شما کمک کرده می‌تواند.
