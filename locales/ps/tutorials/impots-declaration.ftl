# Pas à pas — Pashto. Translated from French (locales/fr/tutorials/impots-declaration.ftl). Draft: to be reviewed by a native speaker.
# One sentence per line. Latin text sits between U+2066 and U+2069.

impots-declaration-title = په ⁦impots.gouv.fr⁩ کې خپل عاید اعلان کړئ

impots-declaration-1-title = د مالیاتو وېبپاڼه خلاصه کړئ
impots-declaration-1-text =
    هر پسرلي، تاسو د تېر کال خپل عاید اعلانوئ.
    ستاسو عاید هغه پیسې دي چې ترلاسه کړې، لکه معاش، تقاعد، د بېکارۍ مرسته.
    د ⁦impots.gouv.fr⁩ وېبپاڼه خلاصه کړئ.
    پورته ښي خوا ته، په «⁦Connexion à l'espace Finances publiques⁩» (ننوتل) لاس ووهئ.
impots-declaration-1-image =
    د مالیاتو د وېبپاڼې لومړۍ پاڼه.
    پورته ښي خوا ته، د ننوتلو تڼۍ شاوخوا کړۍ ده.
impots-declaration-1-tip = د اعلان نېټې هر کال په ⁦impots.gouv.fr⁩ کې ورکول کېږي.
impots-declaration-1-caution = هغه وېبپاڼه چې د اعلان لپاره له تاسو پیسې غواړي، درغلي ده.

impots-declaration-2-title = په انټرنېټ یا په کاغذ
impots-declaration-2-text =
    معمولاً، عاید په انټرنېټ کې اعلانېږي.
    تاسو په کور کې انټرنېټ نه لرئ؟
    یا انټرنېټ ستاسو لپاره د عمر یا معلولیت له امله ډېر سخت دی؟
    نو تاسو کولای شئ په کاغذ اعلان وکړئ، له جریمې پرته.
    د کاغذ فورم د خپلې سیمې د مالیاتو له دفتر څخه وغواړئ.
impots-declaration-2-image = یوه پاڼه او یوه پنسل.
impots-declaration-2-tip = په کاغذ کې، وروستۍ نېټه څو ورځې مخکې راځي.

impots-declaration-3-title = اتومات اعلان
impots-declaration-3-text =
    ډېرې کورنۍ اتومات اعلان لري.
    د مالیاتو اداره تاسو ته په ایمیل یا لیک خبر درکوي.
    ټولې هغه اندازې چې مخکې لیکل شوې، ښې وګورئ.
    ټول شیان سم او بشپړ دي؟
    نو ستاسو اعلان شوی، له لاسلیک پرته.
    که نه، سم یې کړئ او لاسلیک یې کړئ، لکه په راتلونکو ګامونو کې.
impots-declaration-3-image = یوه پاڼه چې نښه پرې ده.

impots-declaration-4-title = خپلې شمېرې چمتو کړئ
impots-declaration-4-text =
    په لومړي ځل، د خپلې شخصي برخې د جوړولو لپاره درې شمېرو ته اړتیا ده.
    ستاسو د مالیې شمېره («⁦numéro fiscal⁩»)، چې 13 عددونه لري.
    ستاسو د انلاین لاسرسي شمېره («⁦numéro d'accès en ligne⁩»)، چې هر کال بدلېږي.
    ستاسو د مالیې اساسي عاید («⁦revenu fiscal de référence⁩»).
    دا ستاسو په وروستي اعلان او د مالیې په وروستۍ خبرتیا کې دي.
impots-declaration-4-image = د کاغذ یوه پاڼه چې کرښې پرې لیکل شوې دي.
impots-declaration-4-tip = د مالیې خبرتیا («⁦avis d'impôt⁩») هغه پاڼه ده چې مالیات یې هر کال درلېږي.

impots-declaration-5-title = ننوځئ
impots-declaration-5-text =
    په لومړي ځل، د دې شمېرو وروسته، تاسو یو پټنوم ټاکئ.
    خپله د مالیې شمېره او پټنوم ولیکئ.
    بیا د مالیاتو اداره کېدای شي په ایمیل 6 عددي پټ کوډ ولېږي.
    خپل ایمیل خلاص کړئ او دا کوډ بیا ولیکئ.
impots-declaration-5-image = یو غشی چې له دروازې ننوځي.
impots-declaration-5-tip = د پټنوم د بدلولو لپاره، وېبپاڼه ستاسو د ګرځنده ټیلیفون شمېره غواړي.

impots-declaration-5b-title = یا له ⁦FranceConnect⁩ سره ننوځئ
impots-declaration-5b-text =
    تاسو کولای شئ د ⁦FranceConnect⁩ تڼۍ هم وکاروئ.
    له ⁦FranceConnect⁩ سره، تاسو په بل حساب ننوځئ، د بېلګې په توګه ⁦ameli⁩.
    دلته د تمرین له حساب سره تمرین وکړئ.
impots-declaration-5b-image =
    د یوې دولتي وېبپاڼې د ننوتلو پاڼه.
    د ⁦FranceConnect⁩ تڼۍ شاوخوا کړۍ ده.

impots-declaration-6-title = خپل اعلان خلاص کړئ
impots-declaration-6-text =
    تاسو په خپله شخصي برخه کې یاست.
    د عاید د اعلان تڼۍ ولټوئ.
    په دې تڼۍ لاس ووهئ.
    ستاسو اعلان خلاصېږي.
    لومړی، خپله پته او کورنی حالت وګورئ.
impots-declaration-6-image = یوه پاڼه او یوه پنسل.
impots-declaration-6-tip = په انټرنېټ کې اعلان په پسرلي کې خلاص وي، معمولاً له اپرېل تر جون پورې.

impots-declaration-7-title = اندازې وګورئ
impots-declaration-7-text =
    ډېرې اندازې مخکې لیکل شوې دي.
    د بېلګې په توګه، ستاسو معاش یا تقاعد.
    دا د خپلو معاش پاڼو یا د تقاعد له کاغذونو سره پرتله کړئ.
    که یوه اندازه غلطه وي، په خانه لاس ووهئ او سمه یې کړئ.
    که کوم عاید نشته، ور اضافه یې کړئ.
impots-declaration-7-image = یو لړلیک چې خانې یې نښه شوې دي.
impots-declaration-7-caution = غلطه اندازه کېدای شي ستاسو مالیه او ځینې مرستې بدلې کړي.

impots-declaration-8-title = خپل اعلان لاسلیک کړئ
impots-declaration-8-text =
    په پای کې، د خپل اعلان لنډیز بیا ولولئ.
    د لاسلیک او لېږلو لپاره په تڼۍ لاس ووهئ.
    د ترلاسه کولو رسید ښکاري.
    دا ثبوت دی چې ستاسو اعلان رسېدلی.
    تاسو دا رسید په ایمیل کې هم ترلاسه کوئ.
impots-declaration-8-image = په یوه کرښه یو لاسلیک.
impots-declaration-8-tip = وروسته هم، تاسو کولای شئ خپل اعلان په انټرنېټ کې سم کړئ.

impots-declaration-9-title = کار وشو
impots-declaration-9-text =
    آفرین، ستاسو اعلان ولېږل شو.
    تاسو اندازې وکتلې، بیا مو لاسلیک کړ.
    خپل رسید ښه وساتئ.
    په دوبي کې، ستاسو د مالیې خبرتیا به ستاسو شخصي برخې ته راشي.
    له انټرنېټ پرته نورې لارې هم شته، په ټیلیفون یا حضوري.
impots-declaration-9-image = یو لاس چې غټه ګوته یې پورته نیولې ده.

impots-declaration-road-phone =
    په ټیلیفون، د مالیاتو ادارې ته په ⁦0 809 401 401⁩ شمېره زنګ ووهئ.
    دا له دوشنبې تر جمعې، له 8 نیمو بجو تر 19 بجو خلاص دی.
    د دې زنګ بیه د یو عادي زنګ په اندازه ده.
impots-declaration-road-in-person =
    حضوري، د خپلې سیمې د مالیاتو دفتر یا د ⁦France Services⁩ دفتر ته ولاړ شئ.
    هلته کولای شئ د کاغذ اعلان وغواړئ.
