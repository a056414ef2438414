# Pas à pas — Pashto. Translated from French (locales/fr/tutorials/touch-screen.ftl). Draft: to be reviewed by a native speaker.
# One sentence per line.

touch-screen-title = ټچ سکرین وکاروئ

touch-screen-1-title = یو ځل لاس ووهئ
touch-screen-1-text =
    ټچ سکرین ستاسو ګوتې ته ځواب ورکوي.
    په تڼۍ یوازې یو ځل لاس ووهئ.
    ګوته سمدستي پورته کړئ.
touch-screen-1-image = یوه ګوته په سکرین کې په یوه تڼۍ لګېږي.
touch-screen-1-tip = که څه ونه شول، مخکې له دې چې بیا لاس ووهئ، لږ صبر وکړئ.

touch-screen-2-title = د پاڼې پاتې برخه وګورئ
touch-screen-2-text =
    په ټیلیفون کې، ګوته په سکرین کېږدئ.
    ګوته پورته خوا ته وښویوئ.
    پاڼه پورته ځي او پاتې برخه یې وینئ.
    په دې دستګاه کې، په «ښکته» تڼۍ لاس ووهئ.
touch-screen-2-image = یو لاس په سکرین پورته خوا ته ښویږي.

touch-screen-3-title = شاته ورشئ
touch-screen-3-text =
    په ټیلیفون کې، هغه غشی ولټوئ چې شاته ځي.
    په یوه اپلیکیشن کې، دا اکثره د سکرین پورته کیڼ اړخ ته وي.
    په ځینو ټیلیفونونو کې، دا د سکرین په ښکته برخه کې هم وي.
    مخکني سکرین ته د تلو لپاره پرې لاس ووهئ.
touch-screen-3-image = یو غشی چې شاته ځي.
touch-screen-3-tip = که غشی نه وي، ګوته د سکرین له کیڼې غاړې منځ ته وښویوئ.

touch-screen-4-title = د سکرین په کیبورډ ولیکئ
touch-screen-4-text =
    د لیکلو لپاره، په سپینه خانه لاس ووهئ.
    په سکرین یو کیبورډ ښکاري.
    په تورو یو یو لاس ووهئ.
    د تمرین لپاره، دلته د ایمیل یوه پته ولیکئ.
touch-screen-4-image = یو کیبورډ چې توري لري.

touch-screen-5-title = آفرین!
touch-screen-5-text =
    تاسو پوهېږئ چې لاس ووهئ، پاڼه وښویوئ او ولیکئ.
    تاسو کولای شئ په خپل ټیلیفون تمرین وکړئ.
touch-screen-5-image = یو لاس چې غټه ګوته یې پورته نیولې ده.
touch-screen-5-caution = په ټیلیفون کې، په هغو تبلیغونو لاس مه وهئ چې ځلېږي.
