# Pas à pas — Russian. Translated from French (locales/fr/tutorials/franceconnect.ftl). Draft: to be reviewed by a native speaker.
# Урок: входить через FranceConnect. Простой русский язык: одно предложение в строке.

franceconnect-title = Входить через FranceConnect

franceconnect-1-title = Один аккаунт для многих сайтов
franceconnect-1-text =
    FranceConnect — это служба французского государства.
    С ней вы можете входить на многие государственные сайты.
    Вы пользуетесь аккаунтом, который у вас уже есть.
    Например, вашим аккаунтом налоговой или вашим аккаунтом ameli.
    Вам не нужно запоминать новый пароль.
franceconnect-1-image = Ключ.
franceconnect-1-tip = Аккаунт — это ваш личный кабинет на сайте, защищённый паролем.

franceconnect-2-title = Найти кнопку FranceConnect
franceconnect-2-text =
    Зайдите на сайт государственной службы.
    Например, на сайт налоговой или France Travail.
    Найдите кнопку «S'identifier avec FranceConnect» (войти через FranceConnect).
    Нажмите на эту кнопку.
franceconnect-2-image =
    Страница входа на государственный сайт.
    Кнопка FranceConnect обведена.
franceconnect-2-tip =
    Некоторые сайты просят FranceConnect+, более надёжную версию.
    Тогда нужен France Identité или Identité Numérique La Poste.

franceconnect-3-title = Выбрать аккаунт, который у вас есть
franceconnect-3-text =
    FranceConnect показывает вам список аккаунтов.
    Например, налоговая, ameli, France Identité или Identité Numérique La Poste.
    Выберите аккаунт, от которого вы знаете пароль.
    Нажмите на этот аккаунт.
franceconnect-3-image = Список с галочками.
franceconnect-3-tip =
    Выбирайте каждый раз один и тот же аккаунт.
    Так легче запомнить.

franceconnect-4-title = Написать свой логин и пароль
franceconnect-4-text =
    Откроется сайт выбранного аккаунта.
    Напишите свой логин («identifiant») и пароль.
    Логин — это номер или имя, по которому сайт вас узнаёт.
    Сайт может также попросить секретный код, который придёт по электронной почте.
    Нажмите на кнопку, чтобы войти.
franceconnect-4-image = Звёздочки скрывают пароль.
franceconnect-4-caution = Никогда не давайте свой пароль по телефону, в сообщении или по электронной почте.

franceconnect-5-title = Попробовать с ненастоящим аккаунтом
franceconnect-5-text =
    Здесь вы тренируетесь с ненастоящим аккаунтом.
    Экран показывает ненастоящий логин и ненастоящий пароль.
    Перепишите их в поля.
    Нажмите на глаз, чтобы показать или скрыть пароль.
    Терминал ничего не отправляет и ничего не сохраняет.
franceconnect-5-image = Глаз.

franceconnect-6-title = Отлично!
franceconnect-6-text =
    Потом вы возвращаетесь на сайт государственной службы, и он вас узнаёт.
    Вы можете оформить своё дело.
    Запомните: кнопка FranceConnect, потом аккаунт, который у вас уже есть.
    Чтобы получить помощь, есть номер телефона и места.
franceconnect-6-image = Рука показывает большой палец вверх.
franceconnect-6-tip = На общем компьютере в конце выйдите из своего аккаунта.
franceconnect-6-caution = Никогда не платите за то, чтобы пользоваться FranceConnect.

franceconnect-road-phone =
    По телефону: позвоните в Solidarité Numérique по номеру 01 70 772 372.
    Обученные люди помогут вам с делами в интернете.
    Служба работает с понедельника по пятницу, с 9 до 18 часов.
franceconnect-road-in-person =
    Лично: в пункте France Services вам помогут войти.
    Эта помощь бесплатная.
