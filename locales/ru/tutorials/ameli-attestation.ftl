# Pas à pas — Russian. Translated from French (locales/fr/tutorials/ameli-attestation.ftl). Draft: to be reviewed by a native speaker.
# Урок: получить справку о правах на ameli. Простой русский язык: одно предложение в строке.

ameli-attestation-title = Assurance Maladie: получить справку о правах

ameli-attestation-1-title = Зачем нужна справка о правах
ameli-attestation-1-text =
    Справка о правах («attestation de droits») — это документ от Assurance Maladie (медицинской страховки).
    Она доказывает, что Assurance Maladie оплачивает ваше лечение.
    Её может попросить больница или работодатель.
    Она бесплатная.
    Её можно получить на ameli.fr, сайте Assurance Maladie.
ameli-attestation-1-image = Документ с печатью.

ameli-attestation-2-title = Войти в свой аккаунт ameli
ameli-attestation-2-text =
    Зайдите на сайт ameli.fr или откройте приложение ameli.
    Нажмите на кнопку, чтобы войти в свой аккаунт ameli.
    Напишите свой номер социального страхования и свой пароль.
    Из 15 цифр на карте Vitale (карте медицинской страховки) напишите только первые 13.
    Можно также нажать кнопку «S'identifier avec FranceConnect» (войти через FranceConnect).
ameli-attestation-2-image = Стрелка входит в дверь.
ameli-attestation-2-tip = Никому не говорите свой пароль.

ameli-attestation-3-title = Написать код безопасности
ameli-attestation-3-text =
    Потом сайт может попросить у вас код безопасности.
    Это секретный код из 6 цифр.
    Делайте то, что говорит экран, чтобы его получить.
    Напишите этот код в поле, потом подтвердите.
ameli-attestation-3-image = Ключ.
ameli-attestation-3-caution =
    Никому не говорите этот код.
    Assurance Maladie никогда не просит ваши коды по телефону или по электронной почте.

ameli-attestation-4-title = Найти «Attestation de droits»
ameli-attestation-4-text =
    В своём аккаунте найдите «Attestation de droits» (справка о правах).
    Она находится в разделе «Mes démarches» (мои дела).
    Нажмите «Attestation de droits».
ameli-attestation-4-image =
    Страница вашего аккаунта ameli.
    Кнопка «Attestation de droits» обведена.

ameli-attestation-5-title = Выбрать человека
ameli-attestation-5-text =
    Выберите человека, которому нужна справка.
    Это вы или ребёнок, записанный в вашем аккаунте.
    Нажмите на его имя.
ameli-attestation-5-image = Два человека.

ameli-attestation-6-title = Скачать справку
ameli-attestation-6-text =
    Нажмите на кнопку, чтобы запросить справку.
    Потом скачайте её.
    Скачать значит сохранить копию на своём телефоне или компьютере.
ameli-attestation-6-image = Стрелка вниз.

ameli-attestation-7-title = Напечатать или показать справку
ameli-attestation-7-text =
    Вы можете напечатать справку на бумаге.
    Вы также можете показать её на экране своего телефона.
    Или отправьте её по электронной почте, во вложении.
ameli-attestation-7-image = Принтер.
ameli-attestation-7-tip = Справку может напечатать и терминал Assurance Maladie.

ameli-attestation-8-title = Отлично!
ameli-attestation-8-text =
    У вас есть справка о правах.
    Запомните: войти, код, «Attestation de droits», скачать.
    Вы можете в любой момент запросить новую справку.
    Без интернета тоже можно: по телефону или лично.
ameli-attestation-8-image = Рука показывает большой палец вверх.
ameli-attestation-8-caution =
    Справка бесплатная.
    Сайт, который берёт за неё деньги, — это мошенничество.

ameli-attestation-road-phone =
    По телефону: позвоните в Assurance Maladie по номеру 3646.
    Попросите свою справку.
    Её пришлют вам домой по почте.
    Звонок стоит как обычный звонок.
ameli-attestation-road-in-person =
    Лично: сходите в отделение Assurance Maladie или в пункт France Services.
    В отделении Assurance Maladie справку может напечатать терминал.
