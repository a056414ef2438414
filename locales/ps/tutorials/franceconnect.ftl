# Pas à pas — Pashto. Translated from French (locales/fr/tutorials/franceconnect.ftl). Draft: to be reviewed by a native speaker.
# One sentence per line. Latin text sits between U+2066 and U+2069.

franceconnect-title = له ⁦FranceConnect⁩ سره ننوتل

franceconnect-1-title = د ډېرو وېبپاڼو لپاره یو حساب
franceconnect-1-text =
    ⁦FranceConnect⁩ د دولت یو خدمت دی.
    دا تاسو ته اجازه درکوي چې ډېرو دولتي وېبپاڼو ته ننوځئ.
    تاسو هغه حساب کاروئ چې مخکې مو درلود.
    د بېلګې په توګه، د مالیاتو حساب یا د ⁦ameli⁩ حساب.
    داسې نوی پټنوم په یاد ساتلو ته اړتیا نه لرئ.
franceconnect-1-image = یوه کیلي.
franceconnect-1-tip = حساب په یوه وېبپاڼه کې ستاسو شخصي برخه ده، چې پټنوم یې ساتي.

franceconnect-2-title = د ⁦FranceConnect⁩ تڼۍ پیدا کړئ
franceconnect-2-text =
    د دولتي خدمت وېبپاڼې ته ولاړ شئ.
    د بېلګې په توګه، د مالیاتو یا د ⁦France Travail⁩ وېبپاڼه.
    د «⁦S'identifier avec FranceConnect⁩» (له ⁦FranceConnect⁩ سره ننوتل) تڼۍ ولټوئ.
    په دې تڼۍ لاس ووهئ.
franceconnect-2-image =
    د یوې دولتي وېبپاڼې د ننوتلو پاڼه.
    د ⁦FranceConnect⁩ تڼۍ شاوخوا کړۍ ده.
franceconnect-2-tip =
    ځینې وېبپاڼې ⁦FranceConnect+⁩ غواړي، چې ډېره خوندي نسخه ده.
    بیا تاسو ⁦France Identité⁩ یا ⁦l'Identité Numérique La Poste⁩ ته اړتیا لرئ.

franceconnect-3-title = هغه حساب وټاکئ چې لرئ یې
franceconnect-3-text =
    ⁦FranceConnect⁩ تاسو ته د حسابونو لړلیک ښیي.
    د بېلګې په توګه، مالیات، ⁦ameli⁩، ⁦France Identité⁩ یا ⁦l'Identité Numérique La Poste⁩.
    هغه حساب وټاکئ چې پټنوم یې درته معلوم وي.
    په دې حساب لاس ووهئ.
franceconnect-3-image = یو لړلیک چې نښې لري.
franceconnect-3-tip =
    هر ځل همدا یو حساب وټاکئ.
    داسې یې په یاد ساتل اسانه دي.

franceconnect-4-title = خپل د ننوتلو نوم او پټنوم ولیکئ
franceconnect-4-text =
    د ټاکل شوي حساب وېبپاڼه خلاصېږي.
    خپل د ننوتلو نوم او پټنوم ولیکئ.
    د ننوتلو نوم هغه شمېره یا نوم دی چې تاسو پرې پېژندل کېږئ.
    وېبپاڼه کېدای شي هغه پټ کوډ هم وغواړي چې په ایمیل کې مو ترلاسه کړی.
    د ننوتلو لپاره په تڼۍ لاس ووهئ.
franceconnect-4-image = ستوري یو پټنوم پټوي.
franceconnect-4-caution = خپل پټنوم هېڅکله په ټیلیفون، پیغام یا ایمیل کې مه ورکوئ.

franceconnect-5-title = د تمرین له حساب سره یې وازمویئ
franceconnect-5-text =
    دلته، تاسو د تمرین له یو حساب سره تمرین کوئ.
    سکرین تاسو ته د تمرین د ننوتلو نوم او د تمرین پټنوم ښیي.
    دا په خانو کې بیا ولیکئ.
    د پټنوم د لیدلو یا پټولو لپاره په سترګه لاس ووهئ.
    دا دستګاه هېڅ شی نه لېږي او هېڅ شی نه ساتي.
franceconnect-5-image = یوه سترګه.

franceconnect-6-title = آفرین!
franceconnect-6-text =
    بیا، تاسو د دولتي خدمت وېبپاڼې ته ورګرځئ، چې تاسو پېژني.
    تاسو کولای شئ خپل اداري کار وکړئ.
    په یاد یې ولرئ: د ⁦FranceConnect⁩ تڼۍ، بیا هغه حساب چې مخکې مو درلود.
    د مرستې لپاره، یوه شمېره او ځینې ځایونه شته.
franceconnect-6-image = یو لاس چې غټه ګوته یې پورته نیولې ده.
franceconnect-6-tip = په ګډ کمپیوټر کې، د کار په پای کې له خپل حساب څخه ووځئ.
franceconnect-6-caution = د ⁦FranceConnect⁩ د کارولو لپاره هېڅکله پیسې مه ورکوئ.

franceconnect-road-phone =
    په ټیلیفون، ⁦Solidarité Numérique⁩ ته په ⁦01 70 772 372⁩ شمېره زنګ ووهئ.
    ماهر کسان په انټرنېټ کې ستاسو په اداري کارونو کې مرسته کوي.
    دا له دوشنبې تر جمعې، له 9 بجو تر 18 بجو خلاص دی.
franceconnect-road-in-person =
    حضوري، د ⁦France Services⁩ دفتر له تاسو سره په ننوتلو کې مرسته کوي.
    دا مرسته وړیا ده.
