# Pas à pas — Pashto. Translated from French (locales/fr/pasapas.ftl). Draft: to be reviewed by a native speaker.
# Latin text inside a Pashto sentence sits between U+2066 and U+2069 (invisible marks).

## پروګرام

app-title = Pas à pas

## د دستګاه ښه راغلاست (لومړی سکرین)

welcome-title = ښه راغلاست
welcome-touch = د پیل لپاره، په خپله ژبه لاس ووهئ.
welcome-choose = خپله ژبه وټاکئ.
welcome-languages = د دې دستګاه ژبې
welcome-forget = کله چې تاسو ځئ، دستګاه هر څه هېروي.
language-not-loaded = دا ژبه چمتو نه ده. بله ژبه وټاکئ، یا د استقبال له مېز څخه وپوښتئ.

## اصلي سکرین

home-title = تاسو څه کول غواړئ؟
home-intro = په یوه لویه تڼۍ لاس ووهئ.
home-help = دستګاه څنګه وکاروئ
home-agent = تاسو کولای شئ له یو کارکوونکي هم مرسته وغواړئ.

## مرسته: دستګاه څنګه وکاروئ

help-title = دستګاه څنګه وکاروئ
help-tap = په تڼۍ یوازې یو ځل لاس ووهئ.
help-home = د «{ toolbar-home }» تڼۍ تاسو بېرته پیل ته بیایي.
help-back = د «{ toolbar-back }» تڼۍ تاسو مخکني سکرین ته بیایي.
help-language = د «{ toolbar-language }» تڼۍ ژبه بدلوي.
help-text-size = د «{ toolbar-text-size }» تڼۍ توري لوی کوي.
help-contrast = د «{ toolbar-contrast }» تڼۍ سکرین په اسانۍ د لیدو وړ کوي.
help-read-aloud = د «{ toolbar-read-aloud }» تڼۍ هر سکرین په لوړ غږ لولي.
help-repeat = د «{ toolbar-repeat }» تڼۍ دا سکرین یو ځل بیا لولي.
help-finish = د «{ toolbar-finish }» تڼۍ د بل کس لپاره هر څه پاکوي.
help-more = په ډېرو لویو تورو کې ځینې تڼۍ پټېږي. د «{ toolbar-more }» تڼۍ یې ښيي.
help-forget = { $minutes ->
    [one] که تاسو { $minutes } دقیقه په سکرین لاس ونه وهئ، دستګاه هر څه پاکوي.
   *[other] که تاسو { $minutes } دقیقې په سکرین لاس ونه وهئ، دستګاه هر څه پاکوي.
}

## د تڼیو پټه، د هر سکرین په سر کې

toolbar-label = د دستګاه تڼۍ
toolbar-home = پیل
toolbar-back = شاته
toolbar-language = ژبه
toolbar-text-size = د تورو اندازه
toolbar-text-size-state = { $percent ->
    [150] لوی
    [200] ډېر لوی
   *[other] عادي
}
toolbar-contrast = څرګند رنګونه
toolbar-read-aloud = په لوړ غږ لوستل
toolbar-repeat = سکرین واورئ
toolbar-finish = کار مې خلاص شو
toolbar-more = نورې تڼۍ

## د ژبې ټاکل

language-title = خپله ژبه وټاکئ
dialog-close = بندول

## کار مې خلاص شو: هر څه پاکول

finish-title = ایا ستاسو کار خلاص شو؟
finish-erase = دستګاه به هر څه پاک کړي.
finish-next = بل کس به هېڅ شی ونه ویني.
finish-confirm = هو، هر څه دې پاک شي
finish-cancel = نه، زه دوام ورکوم

## هېڅوک په سکرین لاس نه وهي

idle-title = ایا تاسو لا دلته یاست؟
idle-touch = د دوام لپاره په سکرین لاس ووهئ.
idle-countdown = { $seconds ->
    [one] دستګاه به په { $seconds } ثانیه کې هر څه پاک کړي.
   *[other] دستګاه به په { $seconds } ثانیو کې هر څه پاک کړي.
}
idle-continue = زه دوام ورکوم

## په لوړ غږ لوستل

speech-no-voice = دا دستګاه په دې ژبه په لوړ غږ نه شي لوستلای.

## دستګاه له یوې ستونزې وروسته بیا پیلېږي

restart-title = دستګاه بیا پیلېږي.
restart-wait = لږ صبر وکړئ.
safe-title = دستګاه خرابه ده.
safe-line = د استقبال له مېز څخه مرسته وغواړئ.
safe-agent = د کارکوونکي لپاره: دستګاه څو ځله پرله پسې ودرېده. دا پخپله بیا هڅه کوي. که خرابي دوام وکړي، کمپیوټر بیا چالان کړئ او تخنیکي ټیم ته خبر ورکړئ. تېروتنه:
safe-retry = بله هڅه په { $time } بجو.

## نامعلوم سکرین

notfound-title = دا سکرین نشته.
notfound-home = اصلي سکرین ته بېرته تلل

## ګام په ګام زده کړه: لړلیک

home-tutorials = ګام په ګام زده کړه
tutorials-title = ګام په ګام زده کړه
tutorials-intro = هغه څه وټاکئ چې زده کول یې غواړئ.
tutorials-minutes = { $minutes ->
    [one] { $minutes } دقیقه
   *[other] { $minutes } دقیقې
}
theme-prendre-en-main-du-materiel = د وسیلې کارول
theme-navigation-sur-internet = انټرنېټ ته تلل
theme-email = ایمیلونه
theme-prevention-en-securite-numerique = د ځان ساتنه
theme-aide-aux-demarches-administratives = په انټرنېټ اداري کارونه
theme-sante = روغتیا
theme-insertion-professionnelle = کار
theme-reseaux-sociaux-communication = له خپلوانو سره خبرې

## ګام په ګام زده کړه: یو ګام

step-progress = ګام { $step } له { $total } څخه
step-nav-label = ګام بدلول
step-previous = مخکینی
step-next = بل
step-repeat = بیا یې واورئ
step-tip = مشوره:
step-caution = پام وکړئ:
step-stuck = نه پوهېږئ چې څه وکړئ؟ د استقبال له مېز څخه مرسته وغواړئ.
step-done = ستاسو کار خلاص شو.
step-print = دا ګامونه چاپ کړئ
step-list = هر هغه څه وګورئ چې دلته یې زده کولای شئ
step-unknown = دا پاڼه نشته.

## هغه پاڼه چې له ځان سره یې وړئ

sheet-shown = دا ستاسو پاڼه ده.
sheet-no-paper = کاغذ نشته؟ دا سکرین د استقبال مېز کارکوونکي ته وښایئ.
sheet-date = په { $date } چاپ شوې.
sheet-help = مرسته غواړئ؟ ⁦Solidarité Numérique⁩ په ټیلیفون ځواب ورکوي: ⁦01 70 772 372⁩.
roads-title = له انټرنېټ پرته هم کېدای شي.
sheet-cautions = پام وکړئ:

## د سکرین کیبورډ
# The rows stay in Latin letters (French AZERTY): e-mail addresses are written in Latin letters.

keyboard-label = کیبورډ
keyboard-row-1 = 1 2 3 4 5 6 7 8 9 0
keyboard-row-2 = a z e r t y u i o p
keyboard-row-3 = q s d f g h j k l m
keyboard-row-4 = w x c v b n @ . - _
keyboard-space = تش ځای
keyboard-erase = پاکول

## تمرین

practice-title = تمرین وکړئ
practice-nothing-kept = دلته یوازې تمرین دی. هېڅ شی نه لېږل کېږي، هېڅ شی نه ساتل کېږي.
practice-email-label = د تمرین لپاره د ایمیل پته
practice-email-hint = د بېلګې په توګه: ⁦marie.dupont@exemple.fr⁩
practice-email-empty = د لیکلو لپاره په تورو لاس ووهئ.
practice-email-space = د ایمیل په پته کې تش ځای نه وي.
practice-email-missing-at = د @ نښه نشته.
practice-email-bad-at = خپل نوم ولیکئ، بیا یوازې یوه @ نښه.
practice-email-missing-dot = د @ نښې وروسته، د بېلګې په توګه ⁦exemple.fr⁩ ولیکئ.
practice-email-good = آفرین! دا پته سمه لیکل شوې ده.
practice-fc-choose = د تمرین لپاره یو حساب وټاکئ:
practice-fc-account-impots = impots.gouv.fr
practice-fc-account-ameli = ameli.fr
practice-fc-example = د تمرین لپاره، د ننوتلو نوم { $identifier } او پټنوم { $password } ولیکئ.
practice-fc-identifier = د ننوتلو نوم
practice-fc-password = پټنوم
practice-fc-show = پټنوم ښکاره کړئ
practice-fc-connect = ننوتل
practice-fc-wrong = لا سم نه دی. بېلګې ته وګورئ.
practice-fc-good = آفرین! تاسو خپل حساب ته ننوتلي یاست.
practice-attach-to = چا ته:
practice-attach-address = mairie@exemple.fr
practice-attach-message = سلام، دا زما کاغذ دی.
practice-attach-button = فایل ونښلوئ
practice-attach-gallery = ستاسو عکسونه:
practice-attach-photo-bill = د فاکتور عکس
practice-attach-photo-certificate = د تصدیق پاڼې عکس
practice-attach-photo-id = د پېژندنې کارت عکس
practice-attach-attached = نښلول شوی فایل: { $name }
practice-attach-send = ولېږئ
practice-attach-need = لومړی په «فایل ونښلوئ» لاس ووهئ.
practice-attach-sent = آفرین! پیغام له عکس سره ولاړ.
practice-scam-real = رښتینی پیغام
practice-scam-scam = درغلي
practice-scam-right = سم ځواب!
practice-scam-wrong = دا سم نه دی.
practice-scam-score = { $right ->
    [one] له { $total } څخه ستاسو { $right } ځواب سم دی.
   *[other] له { $total } څخه ستاسو { $right } ځوابونه سم دي.
}
# The phone number sits between two invisible marks (U+2066 and U+2069), so its groups keep their order.
practice-scam-1-from = ⁦SMS⁩ پیغام، له: ⁦06 12 34 56 78⁩
practice-scam-1-text = ستاسو پارسل بند پاتې دی. په ⁦colis-suivi-livraison.info⁩ کې 1,99 یورو ورکړئ.
practice-scam-1-why = رښتینی پارسل وړونکی هېڅکله نه غواړي چې د پیغام په لینک پیسې ورکړئ.
practice-scam-2-from = ایمیل، له: ⁦ameli⁩
practice-scam-2-text = ستاسو د ⁦ameli⁩ په حساب کې یو نوی سند دی. د لوستلو لپاره ⁦ameli.fr⁩ ته ولاړ شئ.
practice-scam-2-why = دا پیغام هېڅ شی نه غواړي. وایي چې تاسو پخپله رښتینې وېبپاڼې ته ولاړ شئ.
practice-scam-3-from = ایمیل، له: ⁦carte-vitale-service@gmail.com⁩
practice-scam-3-text = ستاسو ⁦carte Vitale⁩ (روغتیايي کارت) سبا باطلېږي. د ساتلو لپاره یې د بانک کارت ورکړئ.
practice-scam-3-why = ⁦carte Vitale⁩ (روغتیايي کارت) وړیا دی. ⁦Assurance Maladie⁩ هېڅکله ستاسو د بانک کارت نه غواړي.

## پورته او ښکته

scroll-label = سکرین پورته او ښکته کول
scroll-up = پورته
scroll-down = ښکته

## دلته نږدې مرسته پیدا کول

home-near = دلته نږدې مرسته پیدا کړئ
near-title = دلته نږدې مرسته پیدا کړئ
near-intro = دا هغه ځایونه دي چې له تاسو سره مرسته کولای شي. هغه ځایونه چې اوس خلاص دي، لومړی راځي.
near-loading = د ځایونو لړلیک راځي.
near-unavailable = د ځایونو لړلیک نشته. د استقبال له مېز څخه وپوښتئ.
near-none = دلته نږدې هېڅ ځای نه لرو. د استقبال له مېز څخه وپوښتئ.
near-place-helps = دا ځای په دې کې مرسته کولای شي:
place-phone = ټیلیفون:
place-open = اوس خلاص دی.
place-open-until = اوس خلاص دی، تر { $time } بجو پورې.
place-opens = اوس بند دی. { $day } په { $time } بجو خلاصېږي.
place-opens-today = اوس بند دی. نن په { $time } بجو خلاصېږي.
place-opens-tomorrow = اوس بند دی. سبا په { $time } بجو خلاصېږي.
place-hours-unknown = د کار وختونه: د تګ نه مخکې زنګ ووهئ.
place-itinerant = ګرځنده ځای. په ځینو ورځو کې راځي. مخکې زنګ ووهئ.
place-access-referral = د ټولنیز کارکوونکي په غوښتنه
place-access-booking = یوازې په ټاکلي وخت، چې په انټرنېټ کې یې اخلئ
place-access-mail = د راتګ نه مخکې ایمیل ولیکئ
place-access-phone = د راتګ نه مخکې زنګ ووهئ
place-access-walk-in = بې له ټاکلي وخته

## وړاندیز شوې مرستې

orientation-get-equipped-title = په ارزانه بیه ټیلیفون یا کمپیوټر لرل
orientation-do-it-with-a-professional-title = خپل اداري کار له یو ماهر کس سره وکړئ
orientation-do-it-for-me-title = یو کس کولای شي ستاسو پر ځای اداري کار وکړي
orientation-learn-the-basics-title = ګام په ګام لومړني شیان زده کړئ
orientation-learn-online-procedures-title = په انټرنېټ خپل اداري کارونه زده کړئ
orientation-protect-yourself-title = زده کړئ چې له درغلیو څخه ځان وساتئ
orientation-employment-title = د انټرنېټ له لارې کار لټول
orientation-go-on-alone-title = یوازې دوام ورکول، له کمپیوټر سره
orientation-talk-to-someone-title = له یو کس سره خبرې کول
orientation-other-procedure-title = ⁦France Services⁩ ستاسو په نورو اداري کارونو کې مرسته کوي

## زه په انټرنېټ څه کولای شم (پوښتنلیک)

home-assessment = وګورئ چې په انټرنېټ څه کولای شئ
assessment-title = وګورئ چې په انټرنېټ څه کولای شئ
assessment-progress = پوښتنه { $number }
assessment-few-left = یو څو نورې پوښتنې پاتې دي.
assessment-last = دا وروستۍ پوښتنه ده.
assessment-next = بل
assessment-skip = نه غواړم ځواب ورکړم
assessment-several = تاسو کولای شئ په څو ځوابونو لاس ووهئ.
assessment-answer-alone = هو، یوازې
assessment-answer-with-help = له مرستې سره
assessment-answer-no = نه
assessment-answer-dont-understand = په پوښتنه نه پوهېږم
assessment-reading = ایا فرانسوي لوستل ستاسو لپاره اسانه دي؟
assessment-reading-easy = اسانه دي
assessment-reading-hard = سخت دي
assessment-reading-no = زه فرانسوي نه شم لوستلای
assessment-equipment = تاسو په کور کې څه لرئ؟
assessment-equipment-smartphone = ټیلیفون چې ټچ سکرین لري
assessment-equipment-basic-phone = ټیلیفون چې یوازې زنګ پرې وهل کېږي
assessment-equipment-computer = کمپیوټر
assessment-equipment-tablet = ټابلېټ
assessment-equipment-none = له دې هېڅ یو نه
assessment-internet = ایا په کور کې انټرنېټ لرئ؟
assessment-internet-yes = هو
assessment-internet-phone-only = یوازې په خپل ټیلیفون کې
assessment-internet-no = نه
assessment-email = ایا د ایمیل داسې پته لرئ چې خلاصولای یې شئ؟
assessment-email-yes = هو
assessment-email-forgotten = لرم یې، خو نور یې نه شم خلاصولای
assessment-email-no = نه، نه یې لرم
assessment-goal = تاسو څه کول غواړئ؟
assessment-goal-caf = ⁦Caf⁩ (د کورنۍ مرستې)
assessment-goal-health = روغتیا، ⁦ameli⁩ (روغتیايي بیمه)
assessment-goal-taxes = مالیات
assessment-goal-job = کار، ⁦France Travail⁩ (د کار دفتر)
assessment-goal-papers = اسناد: د پېژندنې کارت، د موټر چلولو جواز، د موټر اسناد
assessment-goal-housing = کور
assessment-goal-pension = تقاعد
assessment-goal-residence-permit = د اوسېدو جواز
assessment-goal-school = د ماشومانو ښوونځی
assessment-goal-keep-in-touch = له خپلې کورنۍ سره خبرې کول
assessment-goal-learn-basics = لومړني شیان زده کول
assessment-goal-something-else = بل څه
assessment-switch-on = زه کولای شم ټیلیفون یا کمپیوټر روښانه کړم.
assessment-unlock = زه کولای شم خپل ټیلیفون په خپل کوډ خلاص کړم.
assessment-touch-keyboard = زه کولای شم په سکرین لاس ووهم، یا موږک او کیبورډ وکاروم.
assessment-wifi = زه کولای شم له وای فای سره وصل شم.
assessment-open-website = زه کولای شم یوې وېبپاڼې ته لاړ شم، د بېلګې په توګه ⁦caf.fr⁩.
assessment-official-site = زه کولای شم رسمي وېبپاڼه وپېژنم.
assessment-read-email = زه کولای شم خپل ایمیلونه ولولم.
assessment-send-attachment = زه کولای شم له عکس یا کاغذ سره ایمیل ولېږم.
assessment-passwords = زه کولای شم خپل پټنومونه بېرته پیدا کړم.
assessment-passwords-secret = زه خپل پټنومونه هېچا ته نه وایم.
assessment-franceconnect = زه کولای شم له ⁦FranceConnect⁩ سره ننوځم.
assessment-fill-form = زه کولای شم په انټرنېټ کې یو فورم تر پایه ډک کړم.
assessment-scan-send = زه کولای شم د کاغذ عکس واخلم.
assessment-recognise-scam = زه کولای شم جعلي پیغام وپېژنم.
assessment-preference = تاسو څنګه خوښوئ چې زده کړه وکړئ یا مرسته ترلاسه کړئ؟
assessment-preference-alone = یوازې، له کمپیوټر سره
assessment-preference-beside-me = له یو کس سره چې زما تر څنګ وي
assessment-preference-workshop = په یوه ډله کې، په ورکشاپ کې
assessment-preference-for-me = یو کس زما پر ځای اداري کار کوي
assessment-trusted-person = ایا کله ناکله یو باوري کس له تاسو سره مرسته کوي؟ د بېلګې په توګه، ستاسو کورنۍ یا ګاونډی.
assessment-trusted-person-yes = هو
assessment-trusted-person-no = نه، هېڅوک
assessment-age = تاسو څو کلن یاست؟
assessment-age-under-25 = له 25 کلونو کم
assessment-age-25-59 = له 25 تر 59 کلونو
assessment-age-60-74 = له 60 تر 74 کلونو
assessment-age-75-plus = 75 کلن یا زیات
assessment-disability = ایا ځای باید ستاسو حالت ته برابر وي؟
assessment-disability-deafness = ښه نه اورم
assessment-disability-low-vision = ښه نه وینم
assessment-disability-motor = په سختۍ حرکت کوم
assessment-disability-cognitive = په پوهېدو یا په یادولو کې ستونزه لرم

## پایله

result-title = ستاسو پایله
result-part = پاڼه { $number } له { $total } څخه
result-nav-label = پاڼه بدلول
result-keep = د ساتلو لپاره
result-profile-discovering = زه نوی پیل کوم
result-profile-with-help = له مرستې سره یې کولای شم
result-profile-almost-autonomous = نږدې یې پخپله کولای شم
result-profile-intro = دا نمره نه ده. دا د سمې مرستې د موندلو لپاره ده.
result-stars = { $stars ->
    [one] له 3 څخه { $stars } ستوری
   *[other] له 3 څخه { $stars } ستوري
}
result-not-assessed = په دې اړه پوښتنه نه وه. له تاسو سره به پرې خبرې وشي.
result-group-basics = لومړني شیان
result-group-communicating = اړیکه نیول
result-group-procedures-and-safety = اداري کارونه او خوندیتوب
result-help = هغه مرسته چې تاسو ته برابره ده
result-ask = وغواړئ:
result-documents = له ځان سره راوړئ:
result-places = چېرته لاړ شئ:
result-no-place = د استقبال له مېز څخه وپوښتئ چې چېرته لاړ شئ.
result-tutorials = دلته، په دې دستګاه کې د زده کړې لپاره:
result-again = پوښتنې بیا له سره پیل کړئ
orientation-get-equipped-ask = بیا جوړ شوی ټیلیفون یا کمپیوټر، او ارزانه انټرنېټ.
orientation-do-it-with-a-professional-ask = په ⁦France Services⁩ (د دولت د خدماتو دفتر) کې یو ټاکلی وخت. یو ماهر کس له تاسو سره اداري کار کوي.
orientation-do-it-for-me-ask = د ⁦Aidants Connect⁩ یو سلاکار ستاسو پر ځای اداري کار کوي، ستاسو په اجازه.
orientation-learn-the-basics-ask = د پیل لپاره یو ورکشاپ، له یو سلاکار سره.
orientation-learn-online-procedures-ask = مرسته، تر څو په انټرنېټ خپل اداري کارونه زده کړئ.
orientation-protect-yourself-ask = د خوندیتوب او درغلیو په اړه یو ورکشاپ.
orientation-employment-ask = د انټرنېټ له لارې د کار په لټولو کې مرسته.
orientation-go-on-alone-ask = ستاسو لپاره یو کمپیوټر، بې له ټاکلي وخته. او په دې دستګاه کې د زده کړې لپاره نور شیان.
orientation-talk-to-someone-ask = ووایئ چې څه کول غواړئ. یو کس به د سمې مرستې په موندلو کې له تاسو سره مرسته وکړي.
orientation-other-procedure-ask = د بېلګې په توګه تقاعد، کور یا د اوسېدو جواز. یو ټاکلی وخت وغواړئ.
orientation-documents-caf = ستاسو د ټولنیز تامین شمېره، د ایمیل پته چې خلاصولای یې شئ، ستاسو ټیلیفون.
orientation-documents-health = ستاسو ⁦carte Vitale⁩ (روغتیايي کارت)، د ایمیل پته چې خلاصولای یې شئ، ستاسو ټیلیفون.
orientation-documents-taxes = د مالیې وروستۍ خبرتیا او د عاید وروستی اعلان. د ایمیل پته چې خلاصولای یې شئ، او ستاسو ټیلیفون.
orientation-documents-job = د ⁦France Travail⁩ د ننوتلو نوم، د معاش پاڼې، ستاسو ټیلیفون.
orientation-documents-papers = ستاسو زوړ کارت یا د موټر چلولو جواز. یو فاکتور چې ستاسو پته پرې وي (اوبه، برېښنا، ټیلیفون). د پېژندنې عکس.

## ټکټ

ticket-print = زما ټکټ چاپ کړئ
ticket-shown = دا ستاسو ټکټ دی.
ticket-logins = زه خپل د ننوتلو نومونه چېرته ساتم
ticket-logins-advice = دلته ولیکئ چې هغه چېرته ساتئ. په دې ټکټ هېڅکله پټنوم مه لیکئ.
ticket-helpline = ⁦Solidarité Numérique⁩ (د انټرنېټ ملي مرسته) په ټیلیفون مرسته درکوي: ⁦01 70 772 372⁩.
ticket-place-again = پورته وګورئ.
ticket-place-updated = معلومات د { $date } نېټې.
ticket-day-hours = { $day }: { $hours }
ticket-days-hours = له { $first } تر { $last }: { $hours }
ticket-place-hours = د کار وختونه:
ticket-lacks = زه دا نه لرم:
ticket-goal = زه د دې لپاره راځم:
orientation-lacks-home-internet = په کور کې انټرنېټ (یوازې په ټیلیفون کې انټرنېټ لرم).
orientation-lacks-internet = په کور کې انټرنېټ.
orientation-lacks-device = یوه وسیله: ټیلیفون، کمپیوټر یا ټابلېټ.
orientation-lacks-smartphone = انټرنېټ لرونکی ټیلیفون (داسې ټیلیفون لرم چې یوازې زنګ پرې وهل کېږي).
orientation-lacks-email = د ایمیل پته.
orientation-lacks-email-access = خپل ایمیل خلاصول.
orientation-lacks-trusted-person = یو کس چې په کور کې له ما سره مرسته وکړي.
orientation-lacks-reading = د فرانسوي لوستل.
ticket-qr = دا تور او سپین څلورګوټی له کارکوونکي سره مرسته کوي. ستاسو نوم پکې نشته.
ticket-for-agent = Pour l'agent, en français :
ticket-number = ⁦Pas à pas⁩، ټکټ { $number }
ticket-group-stars = { $group }: { $stars }
ticket-pass-numerique = د استقبال له مېز څخه ⁦Pass numérique⁩ وغواړئ. دا د ورکشاپونو پیسې ورکوي.
result-pass-numerique = ښاروالي ⁦Pass numérique⁩ ورکوي. دا د ورکشاپونو پیسې ورکوي. د استقبال له مېز څخه وپوښتئ.
sheet-qr = دا تور او سپین څلورګوټی دا ګامونه په ټیلیفون کې خلاصوي.

## د کارکوونکي حالت

agent-title = د کارکوونکي حالت
agent-loading = بارېږي…
agent-pin-label = خپل کوډ ولیکئ.
agent-pin-typed = { $count ->
    [0] هېڅ عدد نه دی لیکل شوی.
    [one] 1 عدد لیکل شوی.
   *[other] { $count } عددونه لیکل شوي.
}
agent-pin-erase = پاکول
agent-pin-open = خلاصول
agent-pin-too-short = { $max ->
    [one] کوډ له { $min } تر { $max } عدد لري.
   *[other] کوډ له { $min } تر { $max } عددونه لري.
}
agent-pin-checking = کوډ کتل کېږي…
agent-pin-wrong = { $left ->
    [0] کوډ غلط دی. د کارکوونکي حالت 1 دقیقه بند دی.
    [one] کوډ غلط دی. له بندېدو مخکې 1 بله هڅه پاتې ده.
   *[other] کوډ غلط دی. له بندېدو مخکې { $left } نورې هڅې پاتې دي.
}
agent-locked = ډېر غلط کوډونه. د کارکوونکي حالت بند دی. له { $minutes ->
        [one] { $minutes } دقیقې
       *[other] { $minutes } دقیقو
    } او { $seconds ->
        [one] { $seconds } ثانیې
       *[other] { $seconds } ثانیو
    } وروسته بیا هڅه وکړئ.
agent-no-pin = د کارکوونکي حالت بند دی: هېڅ کوډ نه دی ټاکل شوی.
agent-no-pin-how = هغه کس چې دستګاه لګوي، کوډ د «⁦cargo xtask hash-pin⁩» حکم سره جوړوي. بیا پایله د تنظیماتو فایل ته، د [⁦agent⁩] برخې ته کاپي کوي.
agent-leave = پیل ته بېرته تلل
agent-bar-label = د کارکوونکي حالت
agent-bar-closes = په { $time } بجو پخپله بندېږي.
agent-quit = له کارکوونکي حالت څخه وتل
agent-dashboard-title = تاسو څه کول غواړئ؟
agent-launch-title = د یو کس لپاره درس پیل کړئ
agent-launch-intro = د هغه په ژبه، په سم ګام کې. یا د هغه پاڼه چاپ کړئ.
agent-launch-which = کوم درس؟
agent-launch-language = په کومه ژبه؟
agent-launch-step = په کوم ګام کې؟
agent-launch-step-before = مخکینی ګام
agent-launch-step-after = بل ګام
agent-launch-start = د کس لپاره پیل کړئ
agent-status-title = دستګاه: فایلونه، پرنټر او غږونه
agent-status-intro = تنظیمات، د ځایونو لړلیک، د ازمېښت ټکټ.
agent-stats-title = د دستګاه شمېرې
agent-stats-intro = بې نومه، د ورځې په حساب. جدول، ګرافونه، په ⁦CSV⁩ کې ایستل.

## د دستګاه فایلونه (د کارکوونکي سکرین او check-config حکم)

report-config-title = د تنظیماتو فایل
report-config-ok = فایل ولوستل شو. هېڅ ستونزه نشته.
report-config-problems = { $count ->
    [one] فایل له 1 ستونزې سره ولوستل شو. دستګاه د هغې پر ځای اصلي تنظیم کاروي:
   *[other] فایل له { $count } ستونزو سره ولوستل شو. دستګاه د هغوی پر ځای اصلي تنظیمات کاروي:
}
report-config-missing = فایل نشته (تېروتنه { $status }). دستګاه اصلي تنظیمات کاروي.
report-config-unreachable = فایل ته لاس نه رسېږي: سرور ځواب نه ورکوي. دستګاه اصلي تنظیمات کاروي.
config-problem-syntax = کرښه { $line }: فایل دلته غلط لیکل شوی. جزیات: { $detail }
config-problem-unknown-setting = کرښه { $line }: «{ $setting }» پېژندل شوی تنظیم نه دی. دا پرېښودل کېږي. املا یې وګورئ.
config-problem-wrong-type = کرښه { $line }: «{ $setting }» باید { $expected ->
    [text] د نښو ترمنځ متن
    [number] یوه شمېره
    [whole-number] یوه بشپړه شمېره
    [yes-no] ⁦true⁩ (هو) یا ⁦false⁩ (نه)
    [list] د مربع قوسونو ترمنځ لړلیک
   *[table] د مربع قوسونو ترمنځ یوه برخه
} وي.
config-problem-out-of-range = کرښه { $line }: «{ $setting }» باید د { $min } او { $max } ترمنځ وي.
config-problem-not-allowed = کرښه { $line }: د «{ $setting }» ارزښت { $value } دی. ممکن ارزښتونه: { $allowed }.
config-problem-unknown-language = کرښه { $line }: «{ $setting }»: ژبه «{ $value }» په دستګاه کې نشته. ممکنې ژبې: { $known }.
config-problem-default-not-enabled = کرښه { $line }: اصلي ژبه «{ $value }» باید په «⁦languages.enabled⁩» کې هم وي.
config-problem-half-coordinates = کرښه { $line }: «{ $setting }» نشته. عرض البلد او طول البلد دواړه ولیکئ، یا هېڅ یو.
config-problem-bad-address = کرښه { $line }: د «{ $setting }» ارزښت «{ $value }» دی. داسې لار ولیکئ چې په / پیل شي، یا یوه ⁦https://⁩ پته.
config-problem-empty-text = کرښه { $line }: «{ $setting }» تش دی.
config-problem-bad-pin-hash = کرښه { $line }: «{ $setting }» داسې کوډ نه دی چې د «⁦cargo xtask hash-pin⁩» په حکم پټ شوی وي. د کارکوونکي حالت بند پاتې کېږي.
config-problem-format-version = کرښه { $line }: د ⁦format_version⁩ ارزښت { $found } دی. دا دستګاه { $expected } نسخه لولي.
config-problem-no-format-version = کرښه { $line }: د فایل په سر کې «⁦format_version = 1⁩» ور اضافه کړئ.
config-problem-too-large = فایل { $size } کیلوبایټه دی. دستګاه تر ټولو ډېر { $limit } کیلوبایټه لولي. دا نه لوستل کېږي: اصلي تنظیمات کار کوي.
check-config-web = { $address }: په انټرنېټ کې یوه پته. دا د دستګاه د کارکوونکي په سکرین کې وګورئ.
check-config-problems = { $count ->
    [one] 1 ستونزه چې باید سمه شي.
   *[other] { $count } ستونزې چې باید سمې شي.
}
report-places-title = د ځایونو لړلیک
report-places-kept = { $count ->
    [0] هېڅ ځای نه دی ساتل شوی.
    [one] { $count } ځای ساتل شوی.
   *[other] { $count } ځایونه ساتل شوي.
}
report-places-skipped = { $count ->
    [0] هېڅ کرښه نه ده پرېښودل شوې.
    [one] 1 کرښه پرېښودل شوه، ځکه چې له ملي نمونې سره سمون نه لري.
   *[other] { $count } کرښې پرېښودل شوې، ځکه چې له ملي نمونې سره سمون نه لري.
}
report-places-closed = { $count ->
    [0] هېڅ ځای خلکو ته بند نه دی.
    [one] 1 ځای خلکو ته خلاص نه دی: نه ښودل کېږي.
   *[other] { $count } ځایونه خلکو ته خلاص نه دي: نه ښودل کېږي.
}
report-places-lines = پرېښودل شوې کرښې: { $lines }.
report-places-column = ستون «{ $column }»: { $count ->
    [one] 1 کرښه.
   *[other] { $count } کرښې.
}
report-places-check = د «⁦cargo xtask check-config⁩» حکم د هرې کرښې جزیات ښیي.
report-places-missing = فایل نشته (تېروتنه { $status }). خلک د استقبال مېز ته لېږل کېږي.
report-places-unreachable = فایل ته لاس نه رسېږي: سرور ځواب نه ورکوي. خلک د استقبال مېز ته لېږل کېږي.
report-places-reader-failed = فایل ونه لوستل شو: د دستګاه د ځایونو لوستونکی کار ونه کړ. خلک د استقبال مېز ته لېږل کېږي. جزیات: { $detail }
report-places-unreadable = فایل نه لوستل کېږي: لومړۍ کرښه باید د ملي نمونې ستونونه وښیي.
report-places-too-large = فایل ډېر لوی دی: { $size } کیلوبایټه. دستګاه تر ټولو ډېر { $limit } کیلوبایټه لولي. یوازې د خپلې سیمې ځایونه وساتئ.
report-places-semicolons = ستونونه د «;» په نښه جلا شوي، لکه څنګه چې ⁦Excel⁩ یې ساتي. فایل بیا هم لوستل کېږي.
report-places-windows-1252 = فایل په ⁦UTF-8⁩ کې نه دی. په ⁦Windows-1252⁩ کې لوستل کېږي، لکه څنګه چې ⁦Excel⁩ یې ساتي. په «⁦CSV UTF-8⁩» بڼه یې خوندي کړئ.
report-places-hours = { $count ->
    [one] د 1 ځای د کار وختونه باید وکتل شي: { $names }. دستګاه نه شي موندلای چې په راتلونکو 7 ورځو کې کله خلاصېږي.
   *[other] د { $count } ځایونو د کار وختونه باید وکتل شي: { $names }. دستګاه نه شي موندلای چې په راتلونکو 7 ورځو کې کله خلاصېږي.
}
report-places-not-csv = فایل نه لوستل کېږي: لومړۍ کرښه د ⁦CSV⁩ سرلیکونو کرښه نه ده. جزیات: { $detail }
report-places-missing-columns = فایل نه لوستل کېږي: په لومړۍ کرښه کې ځینې اړین ستونونه نشته. دا ور اضافه کړئ: { $columns }.
report-places-rows-not-read = { $count ->
    [one] 1 کرښه نه شي لوستل کېدای.
   *[other] { $count } کرښې نه شي لوستل کېدای.
}
report-places-row-empty = کرښه { $line }: ستون «{ $column }» تش دی. دا ستون اړین دی.
report-places-row-pivot = کرښه { $line }: د «⁦pivot⁩» ارزښت «{ $value }» دی. د ⁦SIRET⁩ شمېره (14 توري) یا د ⁦SIREN⁩ شمېره (9 توري) ولیکئ.
report-places-row-postcode = کرښه { $line }: د «⁦code_postal⁩» ارزښت «{ $value }» دی. 5 عددونه ولیکئ.
report-places-row-date = کرښه { $line }: د «⁦date_maj⁩» ارزښت «{ $value }» دی. نېټه داسې ولیکئ: ⁦2024-03-31⁩.
report-places-row-phone = کرښه { $line }: د «⁦telephone⁩» ارزښت «{ $value }» دی. شمېره د هېواد له کوډ سره داسې ولیکئ: ⁦+33123456789⁩.
report-places-row-coordinates = کرښه { $line }: د «⁦latitude⁩» ارزښت «{ $latitude }» او د «⁦longitude⁩» ارزښت «{ $longitude }» دی. دا جغرافیايي همغږي نه دي.
report-places-row-unknown-value = کرښه { $line }: په «{ $column }» کې «{ $value }» دی. دا ارزښت په ملي نمونه کې نشته.
report-places-row-not-read = کرښه { $line }: دا کرښه نه شي لوستل کېدای. جزیات: { $detail }
report-places-hours-unreadable = د «{ $name }» د کار وختونه نه شي لوستل کېدای. جزیات: { $detail }

## دستګاه له شبکې پرته (د کارکوونکي سکرین)

report-offline-title = دستګاه له شبکې پرته
report-offline-online = شبکه: اوس وصل ده.
report-offline-offline = شبکه: اوس وصل نه ده.
report-offline-version = د دستګاه نسخه:
report-offline-ready = د دستګاه ټول فایلونه ساتل شوي. دا له شبکې پرته هم پیلېږي.
report-offline-update-coming = یوه نوې نسخه راځي. د دوو کسانو ترمنځ به ولګول شي.
report-offline-update-waiting = یوه نوې نسخه چمتو ده. د دوو کسانو ترمنځ به ولګول شي.
report-offline-not-yet = دستګاه اوس خپل فایلونه ساتي. له شبکې پرته لا نه شي پیلېدای.
report-offline-unsupported = دا براوزر فایلونه نه ساتي. له شبکې پرته دستګاه نه پیلېږي.
report-origin-server = کارول شوې کاپي: د سرور کاپي، په { $date } لوستل شوې.
report-origin-kept = کارول شوې کاپي: هغه کاپي چې دستګاه په { $date } ساتلې وه.
report-server-missing = سرور دا فایل نه لري (تېروتنه { $status }).
report-server-unreachable = سرور ځواب نه ورکوي.
report-server-damaged = د سرور فایل خراب دی. دستګاه یې نه اخلي.
report-voices-title = غږونه
report-voices-intro = هره ژبه په خپل غږ لوستل کېږي. د اورېدو لپاره په «واورئ» لاس ووهئ.
report-voices-found = غږ: { $name }
report-voices-none = د دې ژبې لپاره غږ نشته. دستګاه دا خبره خلکو ته وایي.
report-voices-listen = واورئ
report-printer-title = پرنټر
report-printer-intro = ټاکل شوی کاغذ: { $width } ملي متره. د کتلو لپاره د ازمېښت ټکټ چاپ کړئ.
test-ticket-print = د ازمېښت ټکټ چاپ کړئ
test-ticket-title = د ازمېښت ټکټ
test-ticket-width = د کاغذ پلنوالی: { $width } ملي متره.
test-ticket-works = تاسو دا ټکټ لولئ: پرنټر کار کوي.

## شمېرې (د کارکوونکي سکرین)

stats-anonymous = دا شمېرې بې نومه دي. دا د ورځې په حساب شمېرل کېږي، هېڅکله د کس په حساب نه.
stats-corrupt = پخوانۍ شمېرې خرابې وې. یوې خوا ته کېښودل شوې. شمېرنه بیا پیل شوه.
stats-corrupt-item = { $date }: { $problem }
stats-corrupt-not-json = ساتل شوی ارزښت ⁦JSON⁩ نه دی. جزیات: { $detail }
stats-corrupt-not-object = ساتل شوی ارزښت { $found ->
    [null] تش (⁦null⁩)
    [boolean] هو یا نه
    [number] یوه شمېره
    [string] متن
   *[array] لړلیک
} دی. یو ⁦JSON⁩ څیز پکار دی.
stats-corrupt-format-version = د ساتل شوي ارزښت ⁦format_version⁩ { $found } دی. دا دستګاه { $expected } نسخه لولي.
stats-corrupt-shape = ساتل شوی ارزښت هغه بڼه نه لري چې تمه یې کېده. جزیات: { $detail }
stats-corrupt-day = ورځ «{ $day }» سمه نېټه نه ده.
stats-corrupt-kind = په { $day }، ساتل شوی ارزښت «{ $kind }» شمېري. دستګاه دا شی نه شمېري.
stats-unreadable = شمېرې اوس نه شي لوستل کېدای. دا لا ساتل شوې دي. وروسته بیا هڅه وکړئ.
stats-waiting = ځینې شمېرې د ساتلو په تمه دي. په راتلونکي پیل کې به ور اضافه شي.
stats-period = موده
stats-last-7 = وروستۍ 7 ورځې
stats-last-30 = وروستۍ 30 ورځې
stats-visits-per-day = { $days ->
    [one] په ورځ کې لیدنې، په { $days } ورځ کې
   *[other] په ورځ کې لیدنې، په { $days } ورځو کې
}
stats-totals = { $days ->
    [one] ټولې شمېرې، په { $days } ورځ کې
   *[other] ټولې شمېرې، په { $days } ورځو کې
}
stats-column-day = ورځ
stats-column-count = شمېر
stats-column-what = څه
stats-column-theme = موضوع
stats-nothing-yet = تر اوسه هېڅ نشته.
stats-detail-language-chosen = ټاکل شوې ژبې
stats-detail-assessment-completed = د پوښتنلیک په پای کې پایلې
stats-detail-card-issued = وړاندیز شوې مرستې
stats-detail-tutorial-started = پیل شوي درسونه
stats-detail-tutorial-completed = پای ته رسېدلي درسونه
stats-detail-themes = درسونه د موضوع په حساب
stats-kind-session-started = لیدنې
stats-kind-language-chosen = ټاکل شوې ژبې
stats-kind-assessment-started = پیل شوي پوښتنلیکونه
stats-kind-assessment-completed = پای ته رسېدلي پوښتنلیکونه
stats-kind-card-issued = وړاندیز شوې مرستې
stats-kind-tutorial-started = پیل شوي درسونه
stats-kind-tutorial-completed = پای ته رسېدلي درسونه
stats-kind-ticket-printed = چاپ شوي ټکټونه
stats-kind-sheet-printed = چاپ شوې پاڼې
stats-kind-idle-reset = پاکېدل، ځکه چې چا په سکرین لاس نه و وهلی
stats-kind-finish-and-erase = «کار مې خلاص شو»: هر څه پاک شول
stats-kind-panic-recovered = له تېروتنې وروسته بیا پیلېدل
stats-kind-agent-locked = د کارکوونکي حالت بندېدل، له 5 غلطو کوډونو وروسته
theme-unknown = له دستګاه لرې شوې زده کړه
stats-download = شمېرې ډاونلوډ کړئ (⁦CSV⁩)
stats-erase = شمېرې پاک کړئ
stats-erase-title = ټولې شمېرې پاک کړئ؟
stats-erase-warning = ټولې ورځې به پاکې شي. بېرته نه شي راګرځېدای.
stats-erase-cancel = نه، وې ساتئ
stats-erase-confirm = هو، هر څه دې پاک شي
