# Pas à pas — Dari (Afghan Persian). Translated from French (locales/fr/tutorials/franceconnect.ftl). Draft: to be reviewed by a native speaker.
# درس: وارد شدن با FranceConnect. در هر سطر یک جمله.

franceconnect-title = وارد شدن با ⁦FranceConnect⁩

franceconnect-1-title = یک حساب برای ویب‌سایت‌های زیاد
franceconnect-1-text =
    ⁦FranceConnect⁩ یک خدمت دولت است.
    با آن، شما به ویب‌سایت‌های دولتی زیادی وارد شده می‌توانید.
    شما از حسابی استفاده می‌کنید که از قبل دارید.
    برای مثال، حساب مالیه یا حساب ⁦ameli⁩ شما.
    دیگر لازم نیست یک رمز عبور جدید را به یاد داشته باشید.
franceconnect-1-image = یک کلید.
franceconnect-1-tip = حساب، صفحه شخصی شما در یک ویب‌سایت است که با رمز عبور محافظت می‌شود.

franceconnect-2-title = پیدا کردن دکمه ⁦FranceConnect⁩
franceconnect-2-text =
    به ویب‌سایت خدمت دولتی بروید.
    برای مثال، ویب‌سایت مالیه یا ⁦France Travail⁩.
    دکمه «⁦S'identifier avec FranceConnect⁩» (ورود با ⁦FranceConnect⁩) را پیدا کنید.
    این دکمه را لمس کنید.
franceconnect-2-image =
    صفحه ورود یک ویب‌سایت دولتی.
    دور دکمه ⁦FranceConnect⁩ خط کشیده شده است.
franceconnect-2-tip =
    بعضی ویب‌سایت‌ها ⁦FranceConnect+⁩ را می‌خواهند، که نسخه مطمئن‌تر است.
    در آن صورت، ⁦France Identité⁩ یا ⁦Identité Numérique La Poste⁩ لازم است.

franceconnect-3-title = انتخاب حسابی که دارید
franceconnect-3-text =
    ⁦FranceConnect⁩ یک فهرست از حساب‌ها را به شما نشان می‌دهد.
    برای مثال، مالیه، ⁦ameli⁩، ⁦France Identité⁩ یا ⁦Identité Numérique La Poste⁩.
    حسابی را انتخاب کنید که رمز عبور آن را می‌دانید.
    این حساب را لمس کنید.
franceconnect-3-image = یک فهرست با علامه‌های تیک.
franceconnect-3-tip =
    هر بار همان حساب را انتخاب کنید.
    به یاد داشتن آن آسان‌تر است.

franceconnect-4-title = نوشتن شناسه و رمز عبور شما
franceconnect-4-text =
    ویب‌سایت حسابی که انتخاب کردید، باز می‌شود.
    شناسه (⁦identifiant⁩) و رمز عبور خود را بنویسید.
    شناسه، نمبر یا نامی است که شما را می‌شناساند.
    ویب‌سایت ممکن است یک کود مخفی هم بخواهد که با ایمیل می‌آید.
    دکمه ورود را لمس کنید.
franceconnect-4-image = ستاره‌ها یک رمز عبور را پنهان می‌کنند.
franceconnect-4-caution = رمز عبور خود را هیچ وقت با تیلفون، پیام یا ایمیل ندهید.

franceconnect-5-title = امتحان کردن با یک حساب ساختگی
franceconnect-5-text =
    اینجا، شما با یک حساب ساختگی تمرین می‌کنید.
    صفحه یک شناسه ساختگی و یک رمز عبور ساختگی را به شما نشان می‌دهد.
    آن‌ها را در جاهای خالی بنویسید.
    چشم را لمس کنید تا رمز عبور را ببینید یا پنهان کنید.
    دستگاه هیچ چیز نمی‌فرستد و هیچ چیز نگه نمی‌دارد.
franceconnect-5-image = یک چشم.

franceconnect-6-title = آفرین!
franceconnect-6-text =
    بعد، شما به ویب‌سایت خدمت دولتی برمی‌گردید، و آن ویب‌سایت شما را می‌شناسد.
    شما کار اداری خود را انجام داده می‌توانید.
    به یاد داشته باشید: دکمه ⁦FranceConnect⁩، بعد حسابی که از قبل دارید.
    برای گرفتن کمک، یک نمبر تیلفون و چند جا وجود دارد.
franceconnect-6-image = یک دست که شست را بالا گرفته است.
franceconnect-6-tip = در یک کمپیوتر مشترک، در پایان کار اداری خود از حساب خارج شوید.
franceconnect-6-caution = برای استفاده از ⁦FranceConnect⁩ هیچ وقت پول ندهید.

franceconnect-road-phone =
    با تیلفون، به ⁦Solidarité Numérique⁩ به شماره ⁦01 70 772 372⁩ زنگ بزنید.
    کسانی که آموزش دیده‌اند، در کارهای اداری انترنتی به شما کمک می‌کنند.
    از دوشنبه تا جمعه، از ساعت 9 صبح تا 6 شام باز است.
franceconnect-road-in-person =
    حضوری، یک دفتر ⁦France Services⁩ برای وارد شدن به شما کمک می‌کند.
    این کمک مجانی است.
