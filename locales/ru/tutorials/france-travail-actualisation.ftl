# Pas à pas — Russian. Translated from French (locales/fr/tutorials/france-travail-actualisation.ftl). Draft: to be reviewed by a native speaker.
# Урок: ежемесячное обновление во France Travail. Простой русский язык: одно предложение в строке.

france-travail-actualisation-title = France Travail: сообщать о своём положении каждый месяц

france-travail-actualisation-1-title = Обновление каждый месяц
france-travail-actualisation-1-text =
    Вы ищете работу через France Travail (государственную службу занятости)?
    Каждый месяц вы должны делать «actualisation» (ежемесячное обновление).
    Обновление — это сообщить France Travail о своём положении за прошлый месяц.
    Делайте его, даже если ничего не изменилось.
france-travail-actualisation-1-image = Календарь.
france-travail-actualisation-1-caution =
    Без обновления ваша регистрация во France Travail прекращается.
    Ваши выплаты тоже прекращаются.

france-travail-actualisation-1b-title = Когда делать обновление
france-travail-actualisation-1b-text =
    Обновление можно сделать с 28 числа до 15 числа следующего месяца.
    В феврале оно начинается 26 числа.
france-travail-actualisation-1b-image = Календарь.
france-travail-actualisation-1b-tip =
    Делайте его в самом начале этого срока.
    Так вам будет спокойнее.

france-travail-actualisation-2-title = Войти в свой личный кабинет
france-travail-actualisation-2-text =
    На сайте francetravail.fr нажмите на кнопку, чтобы войти.
    Напишите свой логин («identifiant») и пароль.
    Логин — это номер или имя, по которому сайт вас узнаёт.
    Он написан в документах от France Travail.
    Можно также использовать кнопку FranceConnect.
france-travail-actualisation-2-image = Стрелка входит в дверь.
france-travail-actualisation-2-tip = Можно также пользоваться приложением France Travail «Mon espace» (мой кабинет) на телефоне.

france-travail-actualisation-3-title = Начать обновление
france-travail-actualisation-3-text =
    Ваш личный кабинет — это ваш аккаунт на сайте France Travail.
    В личном кабинете найдите кнопку со словом «actualiser» (обновить).
    Нажмите на эту кнопку, чтобы начать.
france-travail-actualisation-3-image =
    Ваш личный кабинет на сайте France Travail.
    Кнопка «Actualiser» (обновить) обведена.

france-travail-actualisation-4-title = Ответить на вопросы
france-travail-actualisation-4-text =
    France Travail задаёт вам вопросы о прошлом месяце.
    Вы работали?
    Вы проходили обучение?
    Вы были на больничном?
    Внимательно читайте каждый вопрос.
    На каждый вопрос отвечайте «Oui» (да) или «Non» (нет).
france-travail-actualisation-4-image = Облачко с вопросительным знаком.

france-travail-actualisation-5-title = Сказать, что вы всё ещё ищете работу
france-travail-actualisation-5-text =
    Один вопрос спрашивает, ищете ли вы всё ещё работу.
    Если вы ещё ищете работу, ответьте «Oui» (да).
    Если вы ответите «Non» (нет), ваша регистрация во France Travail прекратится.
    Тогда ваши выплаты тоже могут прекратиться.
france-travail-actualisation-5-image = Список с отмеченными галочками.
france-travail-actualisation-5-caution =
    Вы ответили «Non» (нет) по ошибке?
    Быстро позвоните во France Travail по номеру 3949.

france-travail-actualisation-6-title = Если вы работали
france-travail-actualisation-6-text =
    Если вы работали, напишите, сколько часов вы работали за месяц.
    Напишите также свою зарплату до вычетов («salaire brut»).
    Зарплата до вычетов написана в вашем расчётном листке.
france-travail-actualisation-6-image = Документ с суммами.
france-travail-actualisation-6-caution = Если вы забудете указать работу, вам, возможно, придётся вернуть деньги.

france-travail-actualisation-7-title = Подтвердить и сохранить доказательство
france-travail-actualisation-7-text =
    Перечитайте свои ответы, потом нажмите на кнопку, чтобы подтвердить.
    Сообщение скажет, что ваше обновление сохранено.
    Сохраните это доказательство.
    Скачайте его или сфотографируйте экран.
france-travail-actualisation-7-image = Документ с печатью.
france-travail-actualisation-7-tip =
    После подтверждения исправить ответы в интернете уже нельзя.
    Чтобы исправить ошибку, позвоните по номеру 3949 до 15 числа.

france-travail-actualisation-8-title = Отлично!
france-travail-actualisation-8-text =
    Ваше обновление за этот месяц сделано.
    Сделайте его снова в следующем месяце, начиная с 28 числа.
    Запомните: войти, обновить, ответить, подтвердить.
    Без интернета тоже можно: по телефону или лично.
france-travail-actualisation-8-image = Рука показывает большой палец вверх.
france-travail-actualisation-8-tip = Если вы забыли сделать обновление, быстро позвоните во France Travail по номеру 3949.
france-travail-actualisation-8-caution = Никому не говорите свой пароль, даже по телефону.

france-travail-actualisation-road-phone =
    По телефону: позвоните во France Travail по номеру 3949.
    Вы можете сделать обновление или исправить ошибку.
france-travail-actualisation-road-in-person =
    Лично: сходите в агентство France Travail или в пункт France Services.
    Там вам может помочь сотрудник.
