# Pas à pas — Pashto. Translated from French (locales/fr/tutorials/caf-declaration.ftl). Draft: to be reviewed by a native speaker.
# One sentence per line. Latin text sits between U+2066 and U+2069.

caf-declaration-title = ⁦Caf⁩: هر 3 میاشتې خپل عاید اعلان کړئ

caf-declaration-1-title = هر 3 میاشتې یو اعلان
caf-declaration-1-text =
    تاسو ⁦RSA⁩ (د لږ عاید لرونکو مرسته) یا ⁦prime d'activité⁩ (د کار مرسته) اخلئ؟
    نو هر 3 میاشتې، تاسو خپل عاید ⁦Caf⁩ (د کورنۍ مرستو اداره) ته اعلانوئ.
    عاید هغه پیسې دي چې تاسو یې ترلاسه کوئ.
    د بېلګې په توګه، معاش، د بېکارۍ مرسته، یا تقاعد.
caf-declaration-1-image = یوه جنتري.
caf-declaration-1-tip =
    کله چې ⁦Caf⁩ اعلان وغوښت، سمدستي یې وکړئ.
    له اعلان پرته، ستاسو پیسې کېدای شي ودرېږي.

caf-declaration-2-title = «⁦Mon Compte⁩» ته ننوځئ
caf-declaration-2-text =
    په ⁦caf.fr⁩ وېبپاڼه کې، په «⁦Mon Compte⁩» (زما حساب) لاس ووهئ.
    د ⁦Caf⁩ د ننوتلو نوم سره د ننوتلو لاره وټاکئ.
    د خپل ټولنیز تامین شمېره او خپل پټنوم ولیکئ.
    دا هغه لومړي 13 عددونه دي چې ستاسو په ⁦carte Vitale⁩ (روغتیايي کارت) لیکل شوي.
    د ننوتلو لپاره په تڼۍ لاس ووهئ.
caf-declaration-2-image =
    د ⁦Caf⁩ د وېبپاڼې یوه پاڼه.
    د «⁦Mon Compte⁩» تڼۍ شاوخوا کړۍ ده.
caf-declaration-2-caution = د ⁦Caf⁩ رښتینې وېبپاڼه ⁦caf.fr⁩ ده.

caf-declaration-3-title = خپل ایمیل خلاص کړئ
caf-declaration-3-text =
    بیا ⁦Caf⁩ په ایمیل کې یو پټ کوډ لېږي چې 6 عددونه لري.
    د ⁦Caf⁩ پاڼه خلاصه پرېږدئ.
    خپل ایمیل په یوه نوې پاڼه کې، تر څنګ یې خلاص کړئ.
    د ⁦Caf⁩ ایمیل خلاص کړئ او کوډ په کاغذ ولیکئ.
caf-declaration-3-image = د راغلو لیکونو د ساتلو صندوق.
caf-declaration-3-tip = که د ⁦Caf⁩ پاڼه بنده شي، ننوتل له سره پیل کړئ.
caf-declaration-3-caution = کوډ یوازې 15 دقیقې کار کوي.

caf-declaration-3b-title = کوډ ولیکئ
caf-declaration-3b-text =
    د ⁦Caf⁩ پاڼې ته بېرته ورشئ.
    کوډ ولیکئ، بیا یې تایید کړئ.
caf-declaration-3b-image = یوه کیلي.
caf-declaration-3b-tip =
    په ټیلیفون کې، د «⁦Caf - Mon Compte⁩» اپلیکیشن کولای شي تاسو وپېژني.
    دا ستاسو د ګوتې نښه یا ستاسو مخ کاروي، له کوډ پرته.
caf-declaration-3b-caution = دا کوډ هېچا ته مه وایئ.

caf-declaration-4-title = درې میاشتنی اعلان پیدا کړئ
caf-declaration-4-text =
    په خپل حساب کې، د عاید درې میاشتنی اعلان («⁦déclaration trimestrielle⁩») ولټوئ.
    درې میاشتنی یعنې هر 3 میاشتې.
    د پیل لپاره په اعلان لاس ووهئ.
caf-declaration-4-image = یوه پاڼه او یوه غټوونکې شیشه.
caf-declaration-4-tip =
    تاسو له ⁦MSA⁩ سره تړاو لرئ، چې د کرنې ټولنیزه بیمه ده؟
    نو دا اعلان له ⁦MSA⁩ سره وکړئ.

caf-declaration-5-title = د هرې میاشتې د پیسو اندازې وګورئ
caf-declaration-5-text =
    اعلان 3 میاشتې ښیي، یوه له بلې وروسته.
    دا هغه پیسې ښیي چې ستاسو د کورنۍ هر کس ترلاسه کړې دي.
    دلته کورنۍ یعنې تاسو او هغه کسان چې له تاسو سره اوسېږي.
    معاشونه او مرستې مخکې لیکل شوي دي.
    دا د معاش پاڼې له «⁦montant net social⁩» (خالص مقدار) کرښې سره پرتله کړئ.
    که یوه اندازه غلطه وي، سمه یې کړئ او ثبوت یې ولېږئ.
caf-declaration-5-image = یوه پاڼه چې د پیسو اندازې پرې لیکل شوې دي.

caf-declaration-6-title = هغه پیسې ور اضافه کړئ چې نشته
caf-declaration-6-text =
    ځینې پیسې په اعلان کې نشته، د بېلګې په توګه د نفقې پیسې.
    دا هغه پیسې دي چې پخوانی مېړه یا ښځه یې ورکوي، اکثره د ماشومانو لپاره.
    د هغه کار پیسې هم نشته چې کارفرما نه لري.
    دا پیسې د هر کس لپاره په سمه میاشت کې ولیکئ.
caf-declaration-6-image = یوه پنسل.
caf-declaration-6-tip =
    لږې پیسې هم اعلان کړئ.
    داسې به وروسته پیسې بېرته نه ورکوئ.

caf-declaration-7-title = تایید کړئ او ثبوت وساتئ
caf-declaration-7-text =
    د هرې میاشتې پیسې بیا ولولئ.
    د خپل اعلان د تایید لپاره په تڼۍ لاس ووهئ.
    یو سکرین تاسو ته وایي چې ⁦Caf⁩ ستاسو اعلان ترلاسه کړ.
    دا ثبوت وساتئ.
    ډاونلوډ یې کړئ یا د سکرین عکس واخلئ.
caf-declaration-7-image = یوه پاڼه چې مهر پرې لګېدلی.

caf-declaration-8-title = آفرین!
caf-declaration-8-text =
    د دې 3 میاشتو لپاره ستاسو اعلان وشو.
    له 3 میاشتو وروسته به یې بیا کوئ، کله چې ⁦Caf⁩ یې وغواړي.
    په یاد یې ولرئ: ننوتل، د ایمیل کوډ، کتل، تایید.
    اوس تاسو پوهېږئ چې خپل درې میاشتنی اعلان څنګه وکړئ.
    له انټرنېټ پرته نورې لارې هم شته، په ټیلیفون یا حضوري.
caf-declaration-8-image = یو لاس چې غټه ګوته یې پورته نیولې ده.
caf-declaration-8-caution = خپل پټنوم او کوډونه هېچا ته مه وایئ، په ټیلیفون کې هم.

caf-declaration-road-phone =
    په ټیلیفون، ⁦Caf⁩ ته په 3230 شمېره زنګ ووهئ.
    د دې زنګ بیه د یو عادي زنګ په اندازه ده.
    د خپلې مرستې شمېره (⁦numéro d'allocataire⁩) چمتو کړئ.
caf-declaration-road-in-person =
    حضوري، د خپل ⁦Caf⁩ استقبال مېز ته ولاړ شئ، اکثره په ټاکلي وخت.
    د ⁦France Services⁩ دفتر هم کولای شي وړیا مرسته درسره وکړي.
