# Pas à pas — Pashto. Translated from French (locales/fr/tutorials/france-travail-actualisation.ftl). Draft: to be reviewed by a native speaker.
# One sentence per line. Latin text sits between U+2066 and U+2069.

france-travail-actualisation-title = ⁦France Travail⁩: هره میاشت خپل حالت تازه کړئ

france-travail-actualisation-1-title = هره میاشت د حالت تازه کول
france-travail-actualisation-1-text =
    تاسو د ⁦France Travail⁩ (د کار دفتر) په مرسته کار لټوئ؟
    هره میاشت، تاسو باید خپل حالت تازه کړئ («⁦actualisation⁩»).
    تازه کول یعنې ⁦France Travail⁩ ته د تېرې میاشتې خپل حالت ووایئ.
    دا کار وکړئ، که څه هم هېڅ شی نه وي بدل شوی.
france-travail-actualisation-1-image = یوه جنتري.
france-travail-actualisation-1-caution =
    که خپل حالت تازه نه کړئ، په ⁦France Travail⁩ کې ستاسو نوم لیکنه ختمېږي.
    ستاسو پیسې هم درېږي.

france-travail-actualisation-1b-title = حالت کله تازه کړئ
france-travail-actualisation-1b-text =
    حالت د میاشتې له 28 نېټې تر راتلونکې میاشتې 15 نېټې تازه کولای شئ.
    په فبروري کې، دا کار په 26 نېټه پیلېږي.
france-travail-actualisation-1b-image = یوه جنتري.
france-travail-actualisation-1b-tip =
    د دې وخت په پیل کې یې وکړئ.
    بیا به ډاډه یاست.

france-travail-actualisation-2-title = خپلې شخصي برخې ته ننوځئ
france-travail-actualisation-2-text =
    په ⁦francetravail.fr⁩ وېبپاڼه کې، د ننوتلو په تڼۍ لاس ووهئ.
    خپل د ننوتلو نوم او پټنوم ولیکئ.
    د ننوتلو نوم هغه شمېره یا نوم دی چې تاسو پرې پېژندل کېږئ.
    دا د ⁦France Travail⁩ په اسنادو کې لیکل شوی.
    تاسو کولای شئ د ⁦FranceConnect⁩ تڼۍ هم وکاروئ.
france-travail-actualisation-2-image = یو غشی چې له دروازې ننوځي.
france-travail-actualisation-2-tip = په ټیلیفون کې د ⁦France Travail⁩ «⁦Mon espace⁩» (زما برخه) اپلیکیشن هم کارولای شئ.

france-travail-actualisation-3-title = تازه کول پیل کړئ
france-travail-actualisation-3-text =
    ستاسو شخصي برخه د ⁦France Travail⁩ په وېبپاڼه کې ستاسو حساب دی.
    په دې برخه کې، هغه تڼۍ ولټوئ چې «⁦actualiser⁩» (تازه کول) کلمه لري.
    د پیل لپاره په دې تڼۍ لاس ووهئ.
france-travail-actualisation-3-image =
    د ⁦France Travail⁩ په وېبپاڼه کې ستاسو شخصي برخه.
    د «⁦Actualiser⁩» تڼۍ شاوخوا کړۍ ده.

france-travail-actualisation-4-title = پوښتنو ته ځواب ورکړئ
france-travail-actualisation-4-text =
    ⁦France Travail⁩ له تاسو د تېرې میاشتې په اړه پوښتنې کوي.
    ایا تاسو کار کړی؟
    ایا تاسو کوم کورس ته تللي یاست؟
    ایا تاسو د ناروغۍ رخصتي درلوده؟
    هره پوښتنه ښه ولولئ.
    هرې پوښتنې ته «⁦Oui⁩» (هو) یا «⁦Non⁩» (نه) ځواب ورکړئ.
france-travail-actualisation-4-image = د خبرو یوه کړۍ چې د پوښتنې نښه لري.

france-travail-actualisation-5-title = ووایئ چې تاسو لا هم کار لټوئ
france-travail-actualisation-5-text =
    یوه پوښتنه پوښتي چې ایا تاسو لا هم کار لټوئ.
    که لا هم کار لټوئ، «⁦Oui⁩» (هو) ځواب ورکړئ.
    که «⁦Non⁩» (نه) ځواب ورکړئ، په ⁦France Travail⁩ کې ستاسو نوم لیکنه ختمېږي.
    بیا ستاسو پیسې هم کېدای شي ودرېږي.
france-travail-actualisation-5-image = یو لړلیک چې خانې یې نښه شوې دي.
france-travail-actualisation-5-caution =
    تاسو په غلطۍ «⁦Non⁩» ځواب ورکړی؟
    ژر ⁦France Travail⁩ ته په 3949 شمېره زنګ ووهئ.

france-travail-actualisation-6-title = که تاسو کار کړی وي
france-travail-actualisation-6-text =
    که کار مو کړی وي، د میاشتې د کار ساعتونه ولیکئ.
    خپل ناخالص معاش هم ولیکئ.
    ناخالص معاش («⁦salaire brut⁩») ستاسو د معاش په پاڼه لیکل شوی.
france-travail-actualisation-6-image = یوه پاڼه چې د پیسو اندازې پرې لیکل شوې دي.
france-travail-actualisation-6-caution = هېر شوی کار کېدای شي تاسو دې ته اړ کړي چې پیسې بېرته ورکړئ.

france-travail-actualisation-7-title = تایید کړئ او ثبوت وساتئ
france-travail-actualisation-7-text =
    خپل ځوابونه بیا ولولئ، بیا د تایید لپاره په تڼۍ لاس ووهئ.
    یو پیغام تاسو ته وایي چې ستاسو تازه کول ثبت شول.
    دا ثبوت وساتئ.
    ډاونلوډ یې کړئ یا د سکرین عکس واخلئ.
france-travail-actualisation-7-image = یوه پاڼه چې مهر پرې لګېدلی.
france-travail-actualisation-7-tip =
    له تایید وروسته، نور یې په انټرنېټ کې نه شئ سمولای.
    د غلطۍ د سمولو لپاره، د میاشتې له 15 نېټې مخکې 3949 ته زنګ ووهئ.

france-travail-actualisation-8-title = آفرین!
france-travail-actualisation-8-text =
    د دې میاشتې لپاره ستاسو تازه کول وشول.
    راتلونکې میاشت یې بیا وکړئ، له 28 نېټې څخه.
    په یاد یې ولرئ: ننوتل، تازه کول، ځواب ورکول، تایید.
    له انټرنېټ پرته نورې لارې هم شته، په ټیلیفون یا حضوري.
france-travail-actualisation-8-image = یو لاس چې غټه ګوته یې پورته نیولې ده.
france-travail-actualisation-8-tip = که مو تازه کول هېر کړي وي، ژر ⁦France Travail⁩ ته په 3949 زنګ ووهئ.
france-travail-actualisation-8-caution = خپل پټنوم هېچا ته مه وایئ، په ټیلیفون کې هم.

france-travail-actualisation-road-phone =
    په ټیلیفون، ⁦France Travail⁩ ته په 3949 شمېره زنګ ووهئ.
    تاسو کولای شئ خپل حالت تازه کړئ یا یوه غلطي سمه کړئ.
france-travail-actualisation-road-in-person =
    حضوري، د ⁦France Travail⁩ دفتر یا د ⁦France Services⁩ دفتر ته ولاړ شئ.
    یو کس کولای شي له تاسو سره مرسته وکړي.
