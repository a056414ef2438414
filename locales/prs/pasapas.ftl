# Pas à pas — Dari (Afghan Persian). Translated from French (locales/fr/pasapas.ftl). Draft: to be reviewed by a native speaker.
# هر جمله یک فکر، با کلمه‌های ساده. متن لاتین در جمله دری بین دو علامه نامرئی است (U+2066 و U+2069).

## برنامه

app-title = Pas à pas

## صفحه خوش آمدید دستگاه

welcome-title = خوش آمدید
welcome-touch = برای شروع، زبان خود را لمس کنید.
welcome-choose = زبان خود را انتخاب کنید.
welcome-languages = زبان‌های این دستگاه
welcome-forget = وقتی شما می‌روید، دستگاه همه چیز را فراموش می‌کند.
language-not-loaded = این زبان آماده نیست. زبان دیگری را لمس کنید، یا از میز پذیرش بپرسید.

## صفحه اصلی

home-title = چه کار می‌خواهید بکنید؟
home-intro = یک دکمه کلان را لمس کنید.
home-help = طرز استفاده از دستگاه
home-agent = شما می‌توانید از یک کارمند هم کمک بخواهید.

## کمک: طرز استفاده از دستگاه

help-title = طرز استفاده از دستگاه
help-tap = هر دکمه را فقط یک بار لمس کنید.
help-home = دکمه «{ toolbar-home }» شما را به شروع برمی‌گرداند.
help-back = دکمه «{ toolbar-back }» شما را به صفحه قبلی برمی‌گرداند.
help-language = دکمه «{ toolbar-language }» زبان را تغییر می‌دهد.
help-text-size = دکمه «{ toolbar-text-size }» حرف‌ها را کلان‌تر می‌کند.
help-contrast = دکمه «{ toolbar-contrast }» دیدن صفحه را آسان‌تر می‌کند.
help-read-aloud = دکمه «{ toolbar-read-aloud }» هر صفحه را با آواز بلند می‌خواند.
help-repeat = دکمه «{ toolbar-repeat }» این صفحه را یک بار دیگر می‌خواند.
help-finish = دکمه «{ toolbar-finish }» همه چیز را برای نفر بعدی پاک می‌کند.
help-more = با حروف خیلی بزرگ، بعضی دکمه‌ها پنهان می‌شوند. دکمه «{ toolbar-more }» آن‌ها را نشان می‌دهد.
help-forget = { $minutes ->
    [one] اگر { $minutes } دقیقه صفحه را لمس نکنید، دستگاه همه چیز را پاک می‌کند.
   *[other] اگر { $minutes } دقیقه صفحه را لمس نکنید، دستگاه همه چیز را پاک می‌کند.
}

## دکمه‌ها، در بالای هر صفحه

toolbar-label = دکمه‌های دستگاه
toolbar-home = صفحه اول
toolbar-back = برگشت
toolbar-language = زبان
toolbar-text-size = اندازه نوشته
toolbar-text-size-state = { $percent ->
    [150] کلان
    [200] خیلی کلان
   *[other] عادی
}
toolbar-contrast = رنگ‌های واضح
toolbar-read-aloud = خواندن با آواز بلند
toolbar-repeat = شنیدن صفحه
toolbar-finish = کارم تمام شد
toolbar-more = دکمه‌های دیگر

## انتخاب زبان

language-title = زبان خود را انتخاب کنید
dialog-close = بستن

## کارم تمام شد: پاک کردن همه چیز

finish-title = کار شما تمام شد؟
finish-erase = دستگاه همه چیز را پاک می‌کند.
finish-next = نفر بعدی هیچ چیز را نمی‌بیند.
finish-confirm = بلی، همه چیز پاک شود
finish-cancel = نخیر، ادامه می‌دهم

## هیچ کس صفحه را لمس نمی‌کند

idle-title = هنوز اینجا هستید؟
idle-touch = برای ادامه، صفحه را لمس کنید.
idle-countdown = { $seconds ->
    [one] دستگاه بعد از { $seconds } ثانیه همه چیز را پاک می‌کند.
   *[other] دستگاه بعد از { $seconds } ثانیه همه چیز را پاک می‌کند.
}
idle-continue = ادامه می‌دهم

## خواندن با آواز بلند

speech-no-voice = این دستگاه به این زبان با آواز بلند خوانده نمی‌تواند.

## دستگاه بعد از یک مشکل دوباره روشن می‌شود

restart-title = دستگاه دوباره روشن می‌شود.
restart-wait = کمی صبر کنید.
safe-title = دستگاه خراب است.
safe-line = از میز پذیرش کمک بخواهید.
safe-agent = برای کارمند: دستگاه چند بار پشت سر هم ایستاد. خودش دوباره کوشش می‌کند. اگر خرابی ادامه پیدا کند، کمپیوتر را دوباره روشن کنید و به تیم تخنیکی خبر بدهید. خطا:
safe-retry = کوشش بعدی در ساعت { $time }.

## صفحه ناشناخته

notfound-title = این صفحه وجود ندارد.
notfound-home = برگشت به صفحه اصلی

## آموختن قدم به قدم: فهرست

home-tutorials = آموختن قدم به قدم
tutorials-title = آموختن قدم به قدم
tutorials-intro = چیزی را که می‌خواهید بیاموزید، انتخاب کنید.
tutorials-minutes = { $minutes ->
    [one] { $minutes } دقیقه
   *[other] { $minutes } دقیقه
}
theme-prendre-en-main-du-materiel = استفاده از تیلفون و کمپیوتر
theme-navigation-sur-internet = رفتن به انترنت
theme-email = ایمیل‌ها
theme-prevention-en-securite-numerique = محافظت از خود
theme-aide-aux-demarches-administratives = کارهای اداری آنلاین
theme-sante = صحت
theme-insertion-professionnelle = کار
theme-reseaux-sociaux-communication = گپ زدن با نزدیکان

## آموختن: یک قدم

step-progress = قدم { $step } از { $total }
step-nav-label = تغییر قدم
step-previous = قبلی
step-next = بعدی
step-repeat = دوباره بشنوید
step-tip = مشوره:
step-caution = متوجه باشید:
step-stuck = گیر مانده‌اید؟ از میز پذیرش کمک بخواهید.
step-done = کار شما تمام شد.
step-print = این قدم‌ها را چاپ کنید
step-list = همه چیزهایی را که می‌توانید بیاموزید، ببینید
step-unknown = این صفحه وجود ندارد.

## ورقی که با خود می‌برید

sheet-shown = این ورق شماست.
sheet-no-paper = کاغذ نیامد؟ این صفحه را به یک کارمند میز پذیرش نشان بدهید.
sheet-date = چاپ شده در { $date }.
sheet-help = کمک لازم دارید؟ ⁦Solidarité Numérique⁩ به شماره ⁦01 70 772 372⁩ تیلفونی جواب می‌دهد.
roads-title = بدون انترنت هم می‌شود.
sheet-cautions = متوجه باشید:

## کیبورد صفحه
# ردیف‌ها با حرف‌های لاتین (AZERTY) مثل فرانسوی هستند: آدرس ایمیل با حرف‌های لاتین نوشته می‌شود.

keyboard-label = کیبورد
keyboard-row-1 = 1 2 3 4 5 6 7 8 9 0
keyboard-row-2 = a z e r t y u i o p
keyboard-row-3 = q s d f g h j k l m
keyboard-row-4 = w x c v b n @ . - _
keyboard-space = فاصله
keyboard-erase = پاک کردن

## تمرین

practice-title = تمرین کنید
practice-nothing-kept = اینجا فقط برای تمرین است. هیچ چیز فرستاده نمی‌شود، هیچ چیز نگه داشته نمی‌شود.
practice-email-label = آدرس ایمیل برای تمرین
practice-email-hint = برای مثال: ⁦marie.dupont@exemple.fr⁩
practice-email-empty = برای نوشتن، حرف‌ها را لمس کنید.
practice-email-space = آدرس ایمیل فاصله ندارد.
practice-email-missing-at = علامه @ کم است.
practice-email-bad-at = نام خود را بنویسید، بعد فقط یک علامه @.
practice-email-missing-dot = بعد از علامه @، برای مثال ⁦exemple.fr⁩ بنویسید.
practice-email-good = آفرین! این آدرس درست نوشته شده است.
practice-fc-choose = یک حساب را برای تمرین انتخاب کنید:
practice-fc-account-impots = impots.gouv.fr
practice-fc-account-ameli = ameli.fr
practice-fc-example = برای تمرین، شناسه { $identifier } و رمز عبور { $password } را بنویسید.
practice-fc-identifier = شناسه
practice-fc-password = رمز عبور
practice-fc-show = دیدن رمز عبور
practice-fc-connect = وارد شدن
practice-fc-wrong = هنوز درست نیست. به مثال نگاه کنید.
practice-fc-good = آفرین! شما وارد شدید.
practice-attach-to = به:
practice-attach-address = mairie@exemple.fr
practice-attach-message = سلام، این کاغذ من است.
practice-attach-button = ضمیمه کردن فایل
practice-attach-gallery = عکس‌های شما:
practice-attach-photo-bill = عکس یک بل
practice-attach-photo-certificate = عکس یک تصدیق
practice-attach-photo-id = عکس یک کارت هویت
practice-attach-attached = فایل ضمیمه شده: { $name }
practice-attach-send = فرستادن
practice-attach-need = اول «ضمیمه کردن فایل» را لمس کنید.
practice-attach-sent = آفرین! پیام با عکس فرستاده شد.
practice-scam-real = پیام واقعی
practice-scam-scam = فریبکاری
practice-scam-right = جواب درست!
practice-scam-wrong = درست نیست.
practice-scam-score = { $right ->
    [one] شما { $right } جواب درست از { $total } دارید.
   *[other] شما { $right } جواب درست از { $total } دارید.
}
# نمبر تیلفون بین دو علامه نامرئی (U+2066 و U+2069) است تا رقم‌هایش در متن دری چپه نشوند.
practice-scam-1-from = پیام کوتاه از: ⁦06 12 34 56 78⁩
practice-scam-1-text = بسته شما گیر مانده است. 1,99 یورو را در ⁦colis-suivi-livraison.info⁩ بپردازید.
practice-scam-1-why = یک رساننده واقعی بسته هیچ وقت با لینک در پیام از شما پول نمی‌خواهد.
practice-scam-2-from = ایمیل از: ⁦ameli⁩
practice-scam-2-text = یک سند جدید در حساب ⁦ameli⁩ شما است. برای خواندن آن به ⁦ameli.fr⁩ بروید.
practice-scam-2-why = این پیام هیچ چیز نمی‌خواهد. می‌گوید که خودتان به ویب‌سایت واقعی بروید.
practice-scam-3-from = ایمیل از: ⁦carte-vitale-service@gmail.com⁩
practice-scam-3-text = کارت صحی شما (⁦carte Vitale⁩) فردا باطل می‌شود. برای نگه داشتن آن، کارت بانکی خود را بدهید.
practice-scam-3-why = کارت صحی (⁦carte Vitale⁩) مجانی است. ⁦Assurance Maladie⁩ (بیمه صحی) هیچ وقت کارت بانکی شما را نمی‌خواهد.

## بالا و پایین رفتن

scroll-label = حرکت دادن صفحه
scroll-up = بالا
scroll-down = پایین

## پیدا کردن کمک در این نزدیکی

home-near = پیدا کردن کمک در این نزدیکی
near-title = پیدا کردن کمک در این نزدیکی
near-intro = این‌ها جاهایی هستند که به شما کمک کرده می‌توانند. جاهایی که حالا باز هستند، اول آمده‌اند.
near-loading = فهرست جاها می‌آید.
near-unavailable = فهرست جاها موجود نیست. از میز پذیرش بپرسید.
near-none = ما در این نزدیکی جایی نداریم. از میز پذیرش بپرسید.
near-place-helps = این جا در این کارها به شما کمک می‌کند:
place-phone = تیلفون:
place-open = حالا باز است.
place-open-until = حالا باز است، تا ساعت { $time }.
place-opens = حالا بسته است. روز { $day } ساعت { $time } باز می‌شود.
place-opens-today = حالا بسته است. امروز ساعت { $time } باز می‌شود.
place-opens-tomorrow = حالا بسته است. فردا ساعت { $time } باز می‌شود.
place-hours-unknown = ساعت‌های کار: پیش از رفتن زنگ بزنید.
place-itinerant = این جا سیار است. در بعضی روزها می‌آید. پیش از رفتن زنگ بزنید.
place-access-referral = با درخواست یک مددکار اجتماعی
place-access-booking = با وقت ملاقات، که در انترنت گرفته می‌شود
place-access-mail = پیش از آمدن یک ایمیل بنویسید
place-access-phone = پیش از آمدن زنگ بزنید
place-access-walk-in = بدون وقت ملاقات

## کمک‌هایی که پیشنهاد می‌شوند

orientation-get-equipped-title = گرفتن تیلفون یا کمپیوتر به قیمت ارزان
orientation-do-it-with-a-professional-title = انجام کار اداری خود با یک کارمند مسلکی
orientation-do-it-for-me-title = یک نفر کار اداری را به جای شما انجام داده می‌تواند
orientation-learn-the-basics-title = آموختن چیزهای ابتدایی، قدم به قدم
orientation-learn-online-procedures-title = آموختن کارهای اداری آنلاین
orientation-protect-yourself-title = آموختن محافظت از خود در برابر فریبکاری
orientation-employment-title = پیدا کردن کار با انترنت
orientation-go-on-alone-title = ادامه دادن به تنهایی، با یک کمپیوتر
orientation-talk-to-someone-title = گپ زدن با یک نفر
orientation-other-procedure-title = ⁦France Services⁩ در کارهای اداری دیگر به شما کمک می‌کند

## سنجش مهارت شما در تیلفون و انترنت (سوال‌ها)

home-assessment = سنجش مهارت شما در تیلفون و انترنت
assessment-title = سنجش مهارت شما در تیلفون و انترنت
assessment-progress = سوال { $number }
assessment-few-left = چند سوال دیگر مانده است.
assessment-last = این سوال آخر است.
assessment-next = بعدی
assessment-skip = نمی‌خواهم جواب بدهم
assessment-several = شما می‌توانید چند جواب را لمس کنید.
assessment-answer-alone = بلی، به تنهایی
assessment-answer-with-help = با کمک
assessment-answer-no = نخیر
assessment-answer-dont-understand = سوال را نمی‌فهمم
assessment-reading = آیا خواندن زبان فرانسوی برای شما آسان است؟
assessment-reading-easy = آسان است
assessment-reading-hard = مشکل است
assessment-reading-no = من فرانسوی خوانده نمی‌توانم
assessment-equipment = در خانه چه دارید؟
assessment-equipment-smartphone = یک تیلفون با صفحه لمسی
assessment-equipment-basic-phone = یک تیلفون فقط برای زنگ زدن
assessment-equipment-computer = یک کمپیوتر
assessment-equipment-tablet = یک تبلیت
assessment-equipment-none = هیچ کدام از این‌ها
assessment-internet = آیا در خانه انترنت دارید؟
assessment-internet-yes = بلی
assessment-internet-phone-only = فقط در تیلفونم
assessment-internet-no = نخیر
assessment-email = آیا یک آدرس ایمیل دارید که باز کرده بتوانید؟
assessment-email-yes = بلی
assessment-email-forgotten = یکی دارم، ولی دیگر نمی‌دانم چطور بازش کنم
assessment-email-no = نخیر، ندارم
assessment-goal = چه کار می‌خواهید بکنید؟
assessment-goal-caf = ⁦Caf⁩ (کمک پولی برای خانواده‌ها)
assessment-goal-health = صحت، ⁦ameli⁩ (بیمه صحی)
assessment-goal-taxes = مالیه
assessment-goal-job = کار، ⁦France Travail⁩ (اداره دولتی کاریابی)
assessment-goal-papers = اسناد: کارت هویت، لایسنس رانندگی، اسناد موتر
assessment-goal-housing = خانه
assessment-goal-pension = تقاعد
assessment-goal-residence-permit = کارت اقامت
assessment-goal-school = مکتب اطفال
assessment-goal-keep-in-touch = گپ زدن با خانواده‌ام
assessment-goal-learn-basics = آموختن چیزهای ابتدایی
assessment-goal-something-else = چیز دیگر
assessment-switch-on = من تیلفون یا کمپیوتر را روشن کرده می‌توانم.
assessment-unlock = من تیلفونم را با کود خود باز کرده می‌توانم.
assessment-touch-keyboard = من صفحه را لمس کرده می‌توانم، یا از ماوس و کیبورد استفاده کرده می‌توانم.
assessment-wifi = من به وای فای وصل شده می‌توانم.
assessment-open-website = من به یک ویب‌سایت رفته می‌توانم، برای مثال ⁦caf.fr⁩.
assessment-official-site = من یک ویب‌سایت رسمی را شناخته می‌توانم.
assessment-read-email = من ایمیل‌هایم را خوانده می‌توانم.
assessment-send-attachment = من یک ایمیل با عکس یا کاغذ فرستاده می‌توانم.
assessment-passwords = من رمزهای عبور خود را پیدا کرده می‌توانم.
assessment-passwords-secret = من رمزهای عبور خود را پیش خودم نگه می‌دارم.
assessment-franceconnect = من با ⁦FranceConnect⁩ وارد شده می‌توانم.
assessment-fill-form = من یک فورم آنلاین را تا آخر پر کرده می‌توانم.
assessment-scan-send = من از یک کاغذ عکس گرفته می‌توانم.
assessment-recognise-scam = من یک پیام جعلی را شناخته می‌توانم.
assessment-preference = دوست دارید چطور بیاموزید یا کمک بگیرید؟
assessment-preference-alone = به تنهایی، با یک کمپیوتر
assessment-preference-beside-me = با یک نفر در کنار من
assessment-preference-workshop = در یک گروه، در ورکشاپ
assessment-preference-for-me = یک نفر کار اداری را به جای من انجام بدهد
assessment-trusted-person = آیا گاهی یک نفر قابل اعتماد به شما کمک می‌کند؟ برای مثال، خانواده شما یا یک همسایه.
assessment-trusted-person-yes = بلی
assessment-trusted-person-no = نخیر، هیچ کس
assessment-age = چند سال دارید؟
assessment-age-under-25 = کمتر از 25 سال
assessment-age-25-59 = از 25 تا 59 سال
assessment-age-60-74 = از 60 تا 74 سال
assessment-age-75-plus = 75 سال یا بیشتر
assessment-disability = آیا جا باید برای حالت شما آماده باشد؟
assessment-disability-deafness = خوب نمی‌شنوم
assessment-disability-low-vision = خوب نمی‌بینم
assessment-disability-motor = به مشکل حرکت می‌کنم
assessment-disability-cognitive = فهمیدن یا به یاد نگه داشتن برایم مشکل است

## نتیجه

result-title = نتیجه شما
result-part = صفحه { $number } از { $total }
result-nav-label = تغییر صفحه
result-keep = برای نگه داشتن
result-profile-discovering = تازه شروع کرده‌ام
result-profile-with-help = با کمک دیگران کارم را پیش می‌برم
result-profile-almost-autonomous = تقریباً کارهایم را خودم می‌کنم
result-profile-intro = این نمره نیست. برای پیدا کردن کمک مناسب است.
result-stars = { $stars ->
    [one] { $stars } ستاره از 3
   *[other] { $stars } ستاره از 3
}
result-not-assessed = در این باره سوالی نبود. با شما در این باره گپ می‌زنیم.
result-group-basics = چیزهای ابتدایی
result-group-communicating = ارتباط با دیگران
result-group-procedures-and-safety = کارهای اداری و امنیت
result-help = کمکی که برای شما مناسب است
result-ask = بخواهید:
result-documents = با خود بیاورید:
result-places = کجا بروید:
result-no-place = از میز پذیرش بپرسید که کجا بروید.
result-tutorials = برای آموختن همین جا، در این دستگاه:
result-again = سوال‌ها را از نو شروع کنید
orientation-get-equipped-ask = یک تیلفون یا کمپیوتر دست دوم که ترمیم شده است، و انترنت ارزان.
orientation-do-it-with-a-professional-ask = یک وقت ملاقات در ⁦France Services⁩ (دفتر خدمات دولتی). یک کارمند مسلکی کار اداری را با شما انجام می‌دهد.
orientation-do-it-for-me-ask = یک کارمند آموزش‌دیده ⁦Aidants Connect⁩ (خدمت دولت)، با اجازه شما، کار را برایتان انجام می‌دهد.
orientation-learn-the-basics-ask = یک ورکشاپ برای شروع، با یک کارمند آموزش‌دیده.
orientation-learn-online-procedures-ask = کمک برای آموختن کارهای اداری آنلاین.
orientation-protect-yourself-ask = یک ورکشاپ در باره امنیت و فریبکاری.
orientation-employment-ask = کمک برای پیدا کردن کار با انترنت.
orientation-go-on-alone-ask = یک کمپیوتر برای شما، بدون وقت ملاقات. و چیزهای دیگر برای آموختن در این دستگاه.
orientation-talk-to-someone-ask = بگویید که چه کار می‌خواهید بکنید. یک نفر به شما کمک می‌کند که کمک مناسب را پیدا کنید.
orientation-other-procedure-ask = برای مثال تقاعد، خانه یا کارت اقامت. یک وقت ملاقات بخواهید.
orientation-documents-caf = نمبر بیمه اجتماعی شما، یک ایمیل که باز کرده می‌توانید، تیلفون شما.
orientation-documents-health = کارت صحی شما (⁦carte Vitale⁩)، یک ایمیل که باز کرده می‌توانید، تیلفون شما.
orientation-documents-taxes = آخرین اطلاعیه مالیه و آخرین اظهارنامه مالیه شما. یک ایمیل که باز کرده می‌توانید، و تیلفون شما.
orientation-documents-job = شناسه ⁦France Travail⁩ شما، ورق‌های معاش شما، تیلفون شما.
orientation-documents-papers = کارت یا لایسنس قدیمی شما. یک بل که آدرس شما در آن است (آب، برق، تیلفون). یک عکس پاسپورتی.

## تکت

ticket-print = تکت مرا چاپ کنید
ticket-shown = این تکت شماست.
ticket-logins = شناسه‌هایم را کجا نگه می‌دارم
ticket-logins-advice = اینجا بنویسید که آن‌ها را کجا نگه می‌دارید. هیچ وقت رمز عبور را روی این تکت ننویسید.
ticket-helpline = ⁦Solidarité Numérique⁩ (خدمت دولتی کمک انترنتی) با تیلفون کمک می‌کند: ⁦01 70 772 372⁩.
ticket-place-again = بالاتر را ببینید.
ticket-place-updated = معلومات تاریخ { $date }.
ticket-day-hours = { $day }: { $hours }
ticket-days-hours = از { $first } تا { $last }: { $hours }
ticket-place-hours = ساعت‌های کار:
ticket-lacks = این‌ها را ندارم:
ticket-goal = برای این کار آمده‌ام:
orientation-lacks-home-internet = انترنت در خانه (فقط در تیلفونم انترنت دارم).
orientation-lacks-internet = انترنت در خانه.
orientation-lacks-device = یک وسیله: تیلفون، کمپیوتر یا تبلیت.
orientation-lacks-smartphone = یک تیلفون با انترنت (تیلفونی دارم که فقط برای زنگ زدن است).
orientation-lacks-email = یک آدرس ایمیل.
orientation-lacks-email-access = راه باز کردن ایمیلم.
orientation-lacks-trusted-person = یک نفر که در خانه به من کمک کند.
orientation-lacks-reading = خواندن زبان فرانسوی.
ticket-qr = این مربع سیاه و سفید به کارمند کمک می‌کند. نام شما در آن نیست.
ticket-for-agent = Pour l'agent, en français :
ticket-number = ⁦Pas à pas⁩، تکت { $number }
ticket-group-stars = { $group }: { $stars }
ticket-pass-numerique = از میز پذیرش یک ⁦Pass numérique⁩ بخواهید. این یک کوپون است که پول ورکشاپ‌ها را می‌پردازد.
result-pass-numerique = شاروالی کوپون ⁦Pass numérique⁩ می‌دهد. این کوپون‌ها پول ورکشاپ‌ها را می‌پردازند. از میز پذیرش بپرسید.
sheet-qr = این مربع سیاه و سفید این قدم‌ها را در تیلفون باز می‌کند.

## حالت کارمند

agent-title = حالت کارمند
agent-loading = در حال باز شدن…
agent-pin-label = کود خود را وارد کنید.
agent-pin-typed = { $count ->
    [0] هیچ رقمی وارد نشده است.
    [one] 1 رقم وارد شده است.
   *[other] { $count } رقم وارد شده است.
}
agent-pin-erase = پاک کردن
agent-pin-open = باز کردن
agent-pin-too-short = { $max ->
    [one] کود از { $min } تا { $max } رقم دارد.
   *[other] کود از { $min } تا { $max } رقم دارد.
}
agent-pin-checking = کود بررسی می‌شود…
agent-pin-wrong = { $left ->
    [0] کود غلط است. حالت کارمند برای 1 دقیقه قفل شد.
    [one] کود غلط است. پیش از قفل شدن، 1 کوشش دیگر مانده است.
   *[other] کود غلط است. پیش از قفل شدن، { $left } کوشش دیگر مانده است.
}
agent-locked = کودهای غلط زیاد است. حالت کارمند قفل است. بعد از { $minutes ->
        [one] { $minutes } دقیقه
       *[other] { $minutes } دقیقه
    } و { $seconds ->
        [one] { $seconds } ثانیه
       *[other] { $seconds } ثانیه
    } دوباره کوشش کنید.
agent-no-pin = حالت کارمند بسته است: هیچ کودی تنظیم نشده است.
agent-no-pin-how = کسی که دستگاه را نصب می‌کند، کود را با فرمان «⁦cargo xtask hash-pin⁩» می‌سازد. او نتیجه را در فایل تنظیمات، در بخش [⁦agent⁩] کاپی می‌کند.
agent-leave = برگشت به صفحه اول
agent-bar-label = حالت کارمند
agent-bar-closes = در ساعت { $time } خودش بسته می‌شود.
agent-quit = خارج شدن از حالت کارمند
agent-dashboard-title = چه کار می‌خواهید بکنید؟
agent-launch-title = شروع یک درس برای یک نفر
agent-launch-intro = به زبان خودش، در قدم درست. یا ورق او را چاپ کنید.
agent-launch-which = کدام درس؟
agent-launch-language = به کدام زبان؟
agent-launch-step = در کدام قدم؟
agent-launch-step-before = قدم قبلی
agent-launch-step-after = قدم بعدی
agent-launch-start = شروع برای آن نفر
agent-status-title = دستگاه: فایل‌ها، پرینتر و آوازها
agent-status-intro = تنظیمات، فهرست جاها، تکت آزمایشی.
agent-stats-title = ارقام دستگاه
agent-stats-intro = بدون نام، روزانه. جدول، گراف‌ها، خروجی ⁦CSV⁩.

## فایل‌های دستگاه (صفحه کارمند و فرمان check-config)

report-config-title = فایل تنظیمات
report-config-ok = فایل خوانده شد. هیچ مشکلی نیست.
report-config-problems = { $count ->
    [one] فایل با { $count } مشکل خوانده شد. دستگاه به جای آن از تنظیم پیش‌فرض استفاده می‌کند:
   *[other] فایل با { $count } مشکل خوانده شد. دستگاه به جای آن‌ها از تنظیمات پیش‌فرض استفاده می‌کند:
}
report-config-missing = فایل نیست (خطای { $status }). دستگاه از تنظیمات پیش‌فرض استفاده می‌کند.
report-config-unreachable = به فایل دسترسی نیست: سرور جواب نمی‌دهد. دستگاه از تنظیمات پیش‌فرض استفاده می‌کند.
config-problem-syntax = سطر { $line }: فایل اینجا غلط نوشته شده است. جزئیات: { $detail }
config-problem-unknown-setting = سطر { $line }: «{ $setting }» یک تنظیم شناخته شده نیست. از آن صرف نظر می‌شود. املای آن را بررسی کنید.
config-problem-wrong-type = سطر { $line }: «{ $setting }» باید { $expected ->
    [text] یک متن بین علامه‌های نقل قول
    [number] یک عدد
    [whole-number] یک عدد صحیح
    [yes-no] ⁦true⁩ (بلی) یا ⁦false⁩ (نخیر)
    [list] یک فهرست بین قوس‌های مربع
   *[table] یک بخش بین قوس‌های مربع
} باشد.
config-problem-out-of-range = سطر { $line }: «{ $setting }» باید بین { $min } و { $max } باشد.
config-problem-not-allowed = سطر { $line }: مقدار «{ $setting }» { $value } است. مقدارهای ممکن: { $allowed }.
config-problem-unknown-language = سطر { $line }: «{ $setting }»: زبان «{ $value }» در دستگاه نیست. زبان‌های ممکن: { $known }.
config-problem-default-not-enabled = سطر { $line }: زبان پیش‌فرض «{ $value }» باید در «⁦languages.enabled⁩» هم باشد.
config-problem-half-coordinates = سطر { $line }: «{ $setting }» کم است. عرض جغرافیایی و طول جغرافیایی را با هم بنویسید، یا هیچ کدام را ننویسید.
config-problem-bad-address = سطر { $line }: مقدار «{ $setting }» «{ $value }» است. مسیری بنویسید که با / شروع شود، یا آدرسی که با ⁦https://⁩ شروع شود.
config-problem-empty-text = سطر { $line }: «{ $setting }» خالی است.
config-problem-bad-pin-hash = سطر { $line }: «{ $setting }» کودی نیست که با «⁦cargo xtask hash-pin⁩» رمزگذاری شده باشد. حالت کارمند بسته می‌ماند.
config-problem-format-version = سطر { $line }: مقدار ⁦format_version⁩ { $found } است. این دستگاه نسخه { $expected } را می‌خواند.
config-problem-no-format-version = سطر { $line }: «⁦format_version = 1⁩» را در بالای فایل اضافه کنید.
config-problem-too-large = فایل { $size } کیلوبایت است. دستگاه حداکثر { $limit } کیلوبایت را می‌خواند. فایل خوانده نشد: تنظیمات پیش‌فرض کار می‌کنند.
check-config-web = { $address }: یک آدرس در انترنت. آن را در صفحه کارمند دستگاه بررسی کنید.
check-config-problems = { $count ->
    [one] { $count } مشکل که باید درست شود.
   *[other] { $count } مشکل که باید درست شوند.
}
report-places-title = فهرست جاها
report-places-kept = { $count ->
    [0] هیچ جایی نگه داشته نشد.
    [one] { $count } جا نگه داشته شد.
   *[other] { $count } جا نگه داشته شد.
}
report-places-skipped = { $count ->
    [0] هیچ سطری کنار گذاشته نشد.
    [one] { $count } سطر کنار گذاشته شد، چون از الگوی ملی پیروی نمی‌کند.
   *[other] { $count } سطر کنار گذاشته شد، چون از الگوی ملی پیروی نمی‌کنند.
}
report-places-closed = { $count ->
    [0] هیچ جایی برای مردم بسته نیست.
    [one] { $count } جا مردم را نمی‌پذیرد: نشان داده نمی‌شود.
   *[other] { $count } جا مردم را نمی‌پذیرند: نشان داده نمی‌شوند.
}
report-places-lines = سطرهای کنار گذاشته شده: { $lines }.
report-places-column = ستون «{ $column }»: { $count ->
    [one] { $count } سطر.
   *[other] { $count } سطر.
}
report-places-check = فرمان «⁦cargo xtask check-config⁩» جزئیات هر سطر را نشان می‌دهد.
report-places-missing = فایل نیست (خطای { $status }). مردم به میز پذیرش فرستاده می‌شوند.
report-places-unreachable = به فایل دسترسی نیست: سرور جواب نمی‌دهد. مردم به میز پذیرش فرستاده می‌شوند.
report-places-reader-failed = فایل خوانده نشد: خوانندهٔ جاها در دستگاه کار نکرد. مردم به میز پذیرش فرستاده می‌شوند. جزئیات: { $detail }
report-places-unreadable = فایل خوانده نمی‌شود: سطر اول باید ستون‌های الگوی ملی را نشان بدهد.
report-places-too-large = فایل خیلی بزرگ است: { $size } کیلوبایت. دستگاه حداکثر { $limit } کیلوبایت را می‌خواند. فقط جاهای منطقه خود را نگه دارید.
report-places-semicolons = ستون‌ها با «;» جدا شده‌اند، همان طور که ⁦Excel⁩ ذخیره می‌کند. فایل با این هم خوانده می‌شود.
report-places-windows-1252 = فایل به ⁦UTF-8⁩ نیست. به ⁦Windows-1252⁩ خوانده می‌شود، همان طور که ⁦Excel⁩ ذخیره می‌کند. آن را به شکل «⁦CSV UTF-8⁩» ذخیره کنید.
report-places-hours = { $count ->
    [one] ساعت‌های کار { $count } جا باید بررسی شود: { $names }. دستگاه پیدا نمی‌کند که در 7 روز آینده چه وقت باز می‌شود.
   *[other] ساعت‌های کار { $count } جا باید بررسی شود: { $names }. دستگاه پیدا نمی‌کند که در 7 روز آینده چه وقت باز می‌شوند.
}
report-places-not-csv = فایل خوانده نمی‌شود: سطر اول، سطر عنوان‌های ⁦CSV⁩ نیست. جزئیات: { $detail }
report-places-missing-columns = فایل خوانده نمی‌شود: بعضی ستون‌های لازمی در سطر اول نیستند. اضافه کنید: { $columns }.
report-places-rows-not-read = { $count ->
    [one] { $count } سطر خوانده نمی‌شود.
   *[other] { $count } سطر خوانده نمی‌شوند.
}
report-places-row-empty = سطر { $line }: ستون «{ $column }» خالی است. این ستون لازمی است.
report-places-row-pivot = سطر { $line }: مقدار «⁦pivot⁩» «{ $value }» است. نمبر ⁦SIRET⁩ (14 حرف) یا ⁦SIREN⁩ (9 حرف) را بنویسید.
report-places-row-postcode = سطر { $line }: مقدار «⁦code_postal⁩» «{ $value }» است. 5 رقم بنویسید.
report-places-row-date = سطر { $line }: مقدار «⁦date_maj⁩» «{ $value }» است. تاریخ را این طور بنویسید: ⁦2024-03-31⁩.
report-places-row-phone = سطر { $line }: مقدار «⁦telephone⁩» «{ $value }» است. نمبر را با کود کشور بنویسید، این طور: ⁦+33123456789⁩.
report-places-row-coordinates = سطر { $line }: مقدار «⁦latitude⁩» «{ $latitude }» و مقدار «⁦longitude⁩» «{ $longitude }» است. این‌ها مختصات نیستند.
report-places-row-unknown-value = سطر { $line }: ستون «{ $column }» مقدار «{ $value }» را دارد. این مقدار در الگوی ملی نیست.
report-places-row-not-read = سطر { $line }: این سطر خوانده نمی‌شود. جزئیات: { $detail }
report-places-hours-unreadable = ساعت‌های کار «{ $name }» خوانده نمی‌شود. جزئیات: { $detail }

## دستگاه بدون شبکه (صفحه کارمند)

report-offline-title = دستگاه بدون شبکه
report-offline-online = شبکه: حالا وصل است.
report-offline-offline = شبکه: حالا وصل نیست.
report-offline-version = نسخه دستگاه:
report-offline-ready = همه فایل‌های دستگاه ذخیره شده‌اند. دستگاه بدون شبکه هم روشن می‌شود.
report-offline-update-coming = یک نسخه جدید در راه است. بین رفتن یک نفر و آمدن نفر بعدی نصب می‌شود.
report-offline-update-waiting = یک نسخه جدید آماده است. بین رفتن یک نفر و آمدن نفر بعدی نصب می‌شود.
report-offline-not-yet = دستگاه حالا فایل‌هایش را ذخیره می‌کند. بدون شبکه، هنوز روشن شده نمی‌تواند.
report-offline-unsupported = این براوزر فایل‌ها را ذخیره نمی‌کند. بدون شبکه، دستگاه روشن نمی‌شود.
report-origin-server = نسخه‌ای که استفاده می‌شود: نسخه سرور، خوانده شده در { $date }.
report-origin-kept = نسخه‌ای که استفاده می‌شود: نسخه‌ای که دستگاه در { $date } ذخیره کرد.
report-server-missing = سرور این فایل را ندارد (خطای { $status }).
report-server-unreachable = سرور جواب نمی‌دهد.
report-server-damaged = فایل سرور خراب است. دستگاه آن را نمی‌گیرد.
report-voices-title = آوازها
report-voices-intro = هر زبان با آواز خودش خوانده می‌شود. برای شنیدن، «شنیدن» را لمس کنید.
report-voices-found = آواز: { $name }
report-voices-none = برای این زبان آوازی نیست. دستگاه این را به مردم می‌گوید.
report-voices-listen = شنیدن
report-printer-title = پرینتر
report-printer-intro = پهنای کاغذ تنظیم شده: { $width } ملی‌متر. برای بررسی، یک تکت آزمایشی چاپ کنید.
test-ticket-print = چاپ تکت آزمایشی
test-ticket-title = تکت آزمایشی
test-ticket-width = پهنای کاغذ: { $width } ملی‌متر.
test-ticket-works = شما این تکت را می‌خوانید: پرینتر کار می‌کند.

## ارقام (صفحه کارمند)

stats-anonymous = این ارقام بدون نام هستند. روزانه شمرده می‌شوند، هیچ وقت برای هر نفر جدا.
stats-corrupt = ارقام قبلی خراب بودند. کنار گذاشته شدند. شمارش از نو شروع شد.
stats-corrupt-item = { $date }: { $problem }
stats-corrupt-not-json = مقدار ذخیره شده ⁦JSON⁩ نیست. جزئیات: { $detail }
stats-corrupt-not-object = مقدار ذخیره شده { $found ->
    [null] خالی (⁦null⁩)
    [boolean] یک بلی یا نخیر
    [number] یک عدد
    [string] یک متن
   *[array] یک فهرست
} است. یک آبجکت ⁦JSON⁩ لازم است.
stats-corrupt-format-version = مقدار ذخیره شده ⁦format_version⁩ { $found } دارد. این دستگاه نسخه { $expected } را می‌خواند.
stats-corrupt-shape = مقدار ذخیره شده شکل مورد انتظار را ندارد. جزئیات: { $detail }
stats-corrupt-day = روز «{ $day }» یک تاریخ درست نیست.
stats-corrupt-kind = در { $day }، مقدار ذخیره شده «{ $kind }» را می‌شمارد. دستگاه این را نمی‌شمارد.
stats-unreadable = ارقام حالا خوانده نمی‌شوند. ذخیره باقی می‌مانند. بعداً دوباره کوشش کنید.
stats-waiting = بعضی ارقام منتظر ذخیره شدن هستند. در روشن شدن بعدی اضافه می‌شوند.
stats-period = مدت
stats-last-7 = 7 روز گذشته
stats-last-30 = 30 روز گذشته
stats-visits-per-day = { $days ->
    [one] بازدیدها در هر روز، در { $days } روز
   *[other] بازدیدها در هر روز، در { $days } روز
}
stats-totals = { $days ->
    [one] همه ارقام، در { $days } روز
   *[other] همه ارقام، در { $days } روز
}
stats-column-day = روز
stats-column-count = تعداد
stats-column-what = چه چیز
stats-column-theme = موضوع
stats-nothing-yet = تا حالا هیچ چیز.
stats-detail-language-chosen = زبان‌های انتخاب شده
stats-detail-assessment-completed = نتیجه‌ها در پایان سوال‌ها
stats-detail-card-issued = کمک‌های پیشنهاد شده
stats-detail-tutorial-started = درس‌های شروع شده
stats-detail-tutorial-completed = درس‌های تمام شده
stats-detail-themes = درس‌ها بر اساس موضوع
stats-kind-session-started = بازدیدها
stats-kind-language-chosen = زبان‌های انتخاب شده
stats-kind-assessment-started = سوال‌نامه‌های شروع شده
stats-kind-assessment-completed = سوال‌نامه‌های تمام شده
stats-kind-card-issued = کمک‌های پیشنهاد شده
stats-kind-tutorial-started = درس‌های شروع شده
stats-kind-tutorial-completed = درس‌های تمام شده
stats-kind-ticket-printed = تکت‌های چاپ شده
stats-kind-sheet-printed = ورق‌های چاپ شده
stats-kind-idle-reset = پاک شدن، چون کسی صفحه را لمس نکرد
stats-kind-finish-and-erase = «کارم تمام شد»: همه چیز پاک شد
stats-kind-panic-recovered = دوباره روشن شدن بعد از خطا
stats-kind-agent-locked = قفل شدن حالت کارمند بعد از 5 کود غلط
theme-unknown = درسی که از دستگاه برداشته شده است
stats-download = دانلود ارقام (⁦CSV⁩)
stats-erase = پاک کردن ارقام
stats-erase-title = همه ارقام پاک شوند؟
stats-erase-warning = همه روزها پاک می‌شوند. دیگر برگشت ممکن نیست.
stats-erase-cancel = نخیر، نگه دارید
stats-erase-confirm = بلی، همه چیز پاک شود
