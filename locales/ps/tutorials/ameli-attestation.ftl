# Pas à pas — Pashto. Translated from French (locales/fr/tutorials/ameli-attestation.ftl). Draft: to be reviewed by a native speaker.
# One sentence per line. Latin text sits between U+2066 and U+2069.

ameli-attestation-title = ⁦Assurance Maladie⁩: د خپلو حقونو تصدیق پاڼه ترلاسه کړئ

ameli-attestation-1-title = د حقونو تصدیق پاڼه د څه لپاره ده
ameli-attestation-1-text =
    د حقونو تصدیق پاڼه د ⁦Assurance Maladie⁩ (روغتیايي بیمه) یوه پاڼه ده.
    دا ثابتوي چې ⁦Assurance Maladie⁩ ستاسو د درملنې پیسې بېرته درکوي.
    روغتون یا کارفرما کېدای شي دا له تاسو وغواړي.
    دا وړیا ده.
    تاسو کولای شئ دا په ⁦ameli.fr⁩ کې ترلاسه کړئ، چې د ⁦Assurance Maladie⁩ وېبپاڼه ده.
ameli-attestation-1-image = یوه پاڼه چې مهر پرې لګېدلی.

ameli-attestation-2-title = خپل ⁦ameli⁩ حساب ته ننوځئ
ameli-attestation-2-text =
    ⁦ameli.fr⁩ وېبپاڼې ته ولاړ شئ یا د ⁦ameli⁩ اپلیکیشن خلاص کړئ.
    خپل ⁦ameli⁩ حساب ته د ننوتلو لپاره په تڼۍ لاس ووهئ.
    د خپل ټولنیز تامین شمېره او خپل پټنوم ولیکئ.
    د خپل ⁦carte Vitale⁩ (روغتیايي کارت) له 15 عددونو یوازې لومړي 13 ولیکئ.
    په «⁦S'identifier avec FranceConnect⁩» (له ⁦FranceConnect⁩ سره ننوتل) تڼۍ هم لاس وهلای شئ.
ameli-attestation-2-image = یو غشی چې له دروازې ننوځي.
ameli-attestation-2-tip = خپل پټنوم هېچا ته مه وایئ.

ameli-attestation-3-title = امنیتي کوډ ولیکئ
ameli-attestation-3-text =
    وروسته، وېبپاڼه کېدای شي له تاسو امنیتي کوډ وغواړي.
    دا یو پټ کوډ دی چې 6 عددونه لري.
    د کوډ د ترلاسه کولو لپاره هغه څه وکړئ چې سکرین یې وایي.
    دا کوډ په خانه کې ولیکئ، بیا یې تایید کړئ.
ameli-attestation-3-image = یوه کیلي.
ameli-attestation-3-caution =
    دا کوډ هېچا ته مه وایئ.
    ⁦Assurance Maladie⁩ هېڅکله ستاسو کوډونه په ټیلیفون یا ایمیل کې نه غواړي.

ameli-attestation-4-title = «⁦Attestation de droits⁩» پیدا کړئ
ameli-attestation-4-text =
    په خپل حساب کې، «⁦Attestation de droits⁩» (د حقونو تصدیق پاڼه) ولټوئ.
    دا په «⁦Mes démarches⁩» (زما اداري کارونه) کې ده.
    په «⁦Attestation de droits⁩» لاس ووهئ.
ameli-attestation-4-image =
    ستاسو د ⁦ameli⁩ حساب یوه پاڼه.
    د «⁦Attestation de droits⁩» تڼۍ شاوخوا کړۍ ده.

ameli-attestation-5-title = کس وټاکئ
ameli-attestation-5-text =
    هغه کس وټاکئ چې تصدیق پاڼې ته اړتیا لري.
    دا تاسو یاست، یا یو ماشوم چې ستاسو په حساب کې ثبت دی.
    د هغه په نوم لاس ووهئ.
ameli-attestation-5-image = دوه کسان.

ameli-attestation-6-title = تصدیق پاڼه ډاونلوډ کړئ
ameli-attestation-6-text =
    د تصدیق پاڼې د غوښتلو لپاره په تڼۍ لاس ووهئ.
    بیا یې ډاونلوډ کړئ.
    ډاونلوډ یعنې په خپل ټیلیفون یا کمپیوټر کې یوه کاپي ساتل.
ameli-attestation-6-image = یو غشی چې ښکته ځي.

ameli-attestation-7-title = تصدیق پاڼه چاپ کړئ یا یې وښایئ
ameli-attestation-7-text =
    تاسو کولای شئ تصدیق پاڼه په کاغذ چاپ کړئ.
    تاسو کولای شئ دا د خپل ټیلیفون په سکرین هم وښایئ.
    یا یې په ایمیل کې، د نښلول شوي فایل په توګه ولېږئ.
ameli-attestation-7-image = یو پرنټر.
ameli-attestation-7-tip = د ⁦Assurance Maladie⁩ یوه دستګاه هم ستاسو تصدیق پاڼه چاپولای شي.

ameli-attestation-8-title = آفرین!
ameli-attestation-8-text =
    اوس تاسو د حقونو تصدیق پاڼه لرئ.
    په یاد یې ولرئ: ننوتل، کوډ، «⁦Attestation de droits⁩»، ډاونلوډ.
    تاسو کولای شئ هر وخت یوه نوې پاڼه وغواړئ.
    له انټرنېټ پرته نورې لارې هم شته، په ټیلیفون یا حضوري.
ameli-attestation-8-image = یو لاس چې غټه ګوته یې پورته نیولې ده.
ameli-attestation-8-caution =
    تصدیق پاڼه وړیا ده.
    هغه وېبپاڼه چې د دې پاڼې لپاره پیسې غواړي، درغلي ده.

ameli-attestation-road-phone =
    په ټیلیفون، ⁦Assurance Maladie⁩ ته په 3646 شمېره زنګ ووهئ.
    خپله تصدیق پاڼه وغواړئ.
    دا به د پوستې له لارې ستاسو کور ته راشي.
    د دې زنګ بیه د یو عادي زنګ په اندازه ده.
ameli-attestation-road-in-person =
    حضوري، د ⁦Assurance Maladie⁩ استقبال مېز ته یا د ⁦France Services⁩ دفتر ته ولاړ شئ.
    د ⁦Assurance Maladie⁩ په استقبال کې، یوه دستګاه ستاسو تصدیق پاڼه چاپولای شي.
