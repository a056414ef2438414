# Pas à pas — Russian. Translated from French (locales/fr/pasapas.ftl). Draft: to be reviewed by a native speaker.
# Простой русский язык: одна мысль в предложении, простые слова, не больше 15 слов в предложении.

## Приложение

app-title = Pas à pas

## Приветствие на терминале (первый экран)

welcome-title = Добро пожаловать
welcome-touch = Нажмите на свой язык, чтобы начать.
welcome-choose = Выберите свой язык.
welcome-languages = Языки терминала
welcome-forget = Когда вы уходите, терминал всё забывает.
language-not-loaded = Этот язык не готов. Нажмите на другой язык или спросите у стойки приёма.

## Главный экран

home-title = Что вы хотите сделать?
home-intro = Нажмите на большую кнопку.
home-help = Как пользоваться терминалом
home-agent = Вы также можете попросить помощи у сотрудника.

## Помощь: как пользоваться терминалом

help-title = Как пользоваться терминалом
help-tap = Нажимайте на кнопку только один раз.
help-home = Кнопка «{ toolbar-home }» возвращает в начало.
help-back = Кнопка «{ toolbar-back }» возвращает на предыдущий экран.
help-language = Кнопка «{ toolbar-language }» меняет язык.
help-text-size = Кнопка «{ toolbar-text-size }» делает буквы больше.
help-contrast = Кнопка «{ toolbar-contrast }» помогает лучше видеть экран.
help-read-aloud = Кнопка «{ toolbar-read-aloud }» читает вслух каждый экран.
help-repeat = Кнопка «{ toolbar-repeat }» читает этот экран ещё раз.
help-finish = Кнопка «{ toolbar-finish }» стирает всё для следующего человека.
help-more = Когда буквы очень большие, некоторые кнопки скрыты. Кнопка «{ toolbar-more }» их показывает.
help-forget = { $minutes ->
    [one] Если не трогать экран { $minutes } минуту, терминал всё сотрёт.
    [few] Если не трогать экран { $minutes } минуты, терминал всё сотрёт.
    [many] Если не трогать экран { $minutes } минут, терминал всё сотрёт.
   *[other] Если не трогать экран { $minutes } минуты, терминал всё сотрёт.
}

## Кнопки наверху каждого экрана

toolbar-label = Кнопки терминала
toolbar-home = Главная
toolbar-back = Назад
toolbar-language = Язык
toolbar-text-size = Размер текста
toolbar-text-size-state = { $percent ->
    [150] Большой
    [200] Очень большой
   *[other] Обычный
}
toolbar-contrast = Высокий контраст
toolbar-read-aloud = Читать вслух
toolbar-repeat = Прослушать экран
toolbar-finish = Закончить
toolbar-more = Другие кнопки

## Выбор языка

language-title = Выберите свой язык
dialog-close = Закрыть

## Закончить: стереть всё

finish-title = Вы закончили?
finish-erase = Терминал сотрёт всё.
finish-next = Следующий человек ничего не увидит.
finish-confirm = Да, стереть всё
finish-cancel = Нет, я продолжаю

## Никто не трогает экран

idle-title = Вы ещё здесь?
idle-touch = Нажмите на экран, чтобы продолжить.
idle-countdown = { $seconds ->
    [one] Терминал всё сотрёт через { $seconds } секунду.
    [few] Терминал всё сотрёт через { $seconds } секунды.
    [many] Терминал всё сотрёт через { $seconds } секунд.
   *[other] Терминал всё сотрёт через { $seconds } секунды.
}
idle-continue = Я продолжаю

## Чтение вслух

speech-no-voice = Этот терминал не умеет читать вслух на этом языке.

## Терминал перезапускается после проблемы

restart-title = Терминал перезапускается.
restart-wait = Подождите немного.
safe-title = Терминал не работает.
safe-line = Попросите помощи на стойке приёма.
safe-agent = Для сотрудника: терминал остановился несколько раз подряд. Он сам пробует снова. Если поломка не проходит, перезапустите компьютер и сообщите технической службе. Ошибка:
safe-retry = Следующая попытка в { $time }.

## Неизвестный экран

notfound-title = Такого экрана нет.
notfound-home = Вернуться на главный экран

## Уроки: список

home-tutorials = Учиться шаг за шагом
tutorials-title = Учиться шаг за шагом
tutorials-intro = Выберите, чему вы хотите научиться.
tutorials-minutes = { $minutes ->
    [one] { $minutes } минута
    [few] { $minutes } минуты
    [many] { $minutes } минут
   *[other] { $minutes } минуты
}
theme-prendre-en-main-du-materiel = Пользоваться устройством
theme-navigation-sur-internet = Выходить в интернет
theme-email = Электронная почта
theme-prevention-en-securite-numerique = Защитить себя
theme-aide-aux-demarches-administratives = Оформление документов онлайн
theme-sante = Здоровье
theme-insertion-professionnelle = Работа
theme-reseaux-sociaux-communication = Общение с близкими

## Уроки: один шаг

step-progress = Шаг { $step } из { $total }
step-nav-label = Сменить шаг
step-previous = Предыдущий
step-next = Следующий
step-repeat = Прослушать ещё раз
step-tip = Совет:
step-caution = Внимание:
step-stuck = Не получается? Попросите помощи на стойке приёма.
step-done = Вы закончили.
step-print = Напечатать эти шаги
step-list = Посмотреть всё, чему можно научиться
step-unknown = Такой страницы нет.

## Листок с собой

sheet-shown = Вот ваш листок.
sheet-no-paper = Нет бумаги? Покажите этот экран сотруднику на стойке приёма.
sheet-date = Напечатано { $date }.
sheet-help = Нужна помощь? Solidarité Numérique (служба помощи с интернетом) отвечает по телефону 01 70 772 372.
roads-title = Без интернета тоже можно.
sheet-cautions = Внимание:

## Клавиатура на экране

keyboard-label = Клавиатура
keyboard-row-1 = 1 2 3 4 5 6 7 8 9 0
keyboard-row-2 = q w e r t y u i o p
keyboard-row-3 = a s d f g h j k l
keyboard-row-4 = z x c v b n m @ . - _
keyboard-space = Пробел
keyboard-erase = Стереть

## Тренировка

practice-title = Потренируйтесь
practice-nothing-kept = Здесь это только тренировка. Ничего не отправляется и ничего не сохраняется.
practice-email-label = Адрес электронной почты для тренировки
practice-email-hint = Например: marie.dupont@exemple.fr
practice-email-empty = Нажимайте на буквы, чтобы писать.
practice-email-space = В адресе электронной почты нет пробелов.
practice-email-missing-at = Не хватает знака @.
practice-email-bad-at = Напишите своё имя, потом только один знак @.
practice-email-missing-dot = После знака @ напишите, например, exemple.fr
practice-email-good = Отлично! Этот адрес написан правильно.
practice-fc-choose = Выберите аккаунт для тренировки:
practice-fc-account-impots = impots.gouv.fr
practice-fc-account-ameli = ameli.fr
practice-fc-example = Для тренировки напишите логин { $identifier } и пароль { $password }.
practice-fc-identifier = Логин
practice-fc-password = Пароль
practice-fc-show = Показать пароль
practice-fc-connect = Войти
practice-fc-wrong = Пока не получилось. Посмотрите на пример.
practice-fc-good = Отлично! Вы вошли.
practice-attach-to = Кому:
practice-attach-address = mairie@exemple.fr
practice-attach-message = Здравствуйте, вот мой документ.
practice-attach-button = Прикрепить файл
practice-attach-gallery = Ваши фото:
practice-attach-photo-bill = Фото счёта
practice-attach-photo-certificate = Фото справки
practice-attach-photo-id = Фото удостоверения личности
practice-attach-attached = Прикреплённый файл: { $name }
practice-attach-send = Отправить
practice-attach-need = Сначала нажмите «Прикрепить файл».
practice-attach-sent = Отлично! Письмо ушло вместе с фото.
practice-scam-real = Настоящее сообщение
practice-scam-scam = Мошенничество
practice-scam-right = Правильный ответ!
practice-scam-wrong = Это неправильно.
practice-scam-score = { $right ->
    [one] У вас { $right } правильный ответ из { $total }.
    [few] У вас { $right } правильных ответа из { $total }.
    [many] У вас { $right } правильных ответов из { $total }.
   *[other] У вас { $right } правильного ответа из { $total }.
}
practice-scam-1-from = Сообщение SMS от: 06 12 34 56 78
practice-scam-1-text = Ваша посылка задержана. Оплатите 1,99 евро на colis-suivi-livraison.info
practice-scam-1-why = Настоящая служба доставки никогда не просит платить по ссылке в сообщении.
practice-scam-2-from = Письмо от: ameli
practice-scam-2-text = В вашем аккаунте ameli есть новый документ. Зайдите на ameli.fr, чтобы его прочитать.
practice-scam-2-why = Это письмо ничего не просит. Оно предлагает вам самим зайти на настоящий сайт.
practice-scam-3-from = Письмо от: carte-vitale-service@gmail.com
practice-scam-3-text = Срок действия вашей карты Vitale (карты медицинской страховки) заканчивается завтра. Дайте данные банковской карты, чтобы её сохранить.
practice-scam-3-why = Карта Vitale бесплатная. Assurance Maladie (медицинская страховка) никогда не просит вашу банковскую карту.

## Вверх и вниз

scroll-label = Прокрутить экран
scroll-up = Вверх
scroll-down = Вниз

## Найти помощь рядом

home-near = Найти помощь рядом
near-title = Найти помощь рядом
near-intro = Вот места, где вам могут помочь. Места, которые сейчас открыты, стоят первыми.
near-loading = Список мест загружается.
near-unavailable = Список мест сейчас недоступен. Спросите на стойке приёма.
near-none = Мы не знаем мест рядом с вами. Спросите на стойке приёма.
near-place-helps = Это место может вам помочь:
place-phone = Телефон:
place-open = Сейчас открыто.
place-open-until = Сейчас открыто, до { $time }.
place-opens = Сейчас закрыто. Откроется: { $day }, в { $time }.
place-opens-today = Сейчас закрыто. Откроется сегодня в { $time }.
place-opens-tomorrow = Сейчас закрыто. Откроется завтра в { $time }.
place-hours-unknown = Часы работы: позвоните, прежде чем идти.
place-itinerant = Выездной пункт. Он приезжает в некоторые дни. Сначала позвоните.
place-access-referral = По направлению социального работника
place-access-booking = По записи, записаться можно через интернет
place-access-mail = Напишите письмо, прежде чем прийти
place-access-phone = Позвоните, прежде чем прийти
place-access-walk-in = Без записи

## Какую помощь мы предлагаем

orientation-get-equipped-title = Телефон или компьютер по низкой цене
orientation-do-it-with-a-professional-title = Оформить дело вместе со специалистом
orientation-do-it-for-me-title = Кто-то может оформить дело за вас
orientation-learn-the-basics-title = Научиться основам, шаг за шагом
orientation-learn-online-procedures-title = Научиться оформлять дела онлайн
orientation-protect-yourself-title = Научиться защищаться от мошенников
orientation-employment-title = Искать работу через интернет
orientation-go-on-alone-title = Продолжать самостоятельно, на компьютере
orientation-talk-to-someone-title = Поговорить с человеком
orientation-other-procedure-title = France Services (пункт помощи с документами) помогает с другими делами

## Оценить свои цифровые навыки (опрос)

home-assessment = Оценить свои цифровые навыки
assessment-title = Оценить свои цифровые навыки
assessment-progress = Вопрос { $number }
assessment-few-left = Осталось несколько вопросов.
assessment-last = Это последний вопрос.
assessment-next = Дальше
assessment-skip = Не хочу отвечать
assessment-several = Можно выбрать несколько ответов.
assessment-answer-alone = Да, самостоятельно
assessment-answer-with-help = С помощью другого человека
assessment-answer-no = Нет
assessment-answer-dont-understand = Я не понимаю вопрос
assessment-reading = Вам легко читать по-французски?
assessment-reading-easy = Легко
assessment-reading-hard = Трудно
assessment-reading-no = Я не читаю по-французски
assessment-equipment = Что у вас есть дома?
assessment-equipment-smartphone = Телефон с сенсорным экраном
assessment-equipment-basic-phone = Телефон только для звонков
assessment-equipment-computer = Компьютер
assessment-equipment-tablet = Планшет
assessment-equipment-none = Ничего из этого
assessment-internet = У вас дома есть интернет?
assessment-internet-yes = Да
assessment-internet-phone-only = Только на моём телефоне
assessment-internet-no = Нет
assessment-email = У вас есть электронная почта, которую вы умеете открывать?
assessment-email-yes = Да
assessment-email-forgotten = Есть, но я не помню, как её открыть
assessment-email-no = Нет, у меня её нет
assessment-goal = Что вы хотите сделать?
assessment-goal-caf = Caf (семейные пособия)
assessment-goal-health = Здоровье, ameli (медицинская страховка)
assessment-goal-taxes = Налоги
assessment-goal-job = Работа, France Travail (служба занятости)
assessment-goal-papers = Документы: удостоверение личности, водительские права, документ на машину
assessment-goal-housing = Жильё
assessment-goal-pension = Пенсия
assessment-goal-residence-permit = Вид на жительство
assessment-goal-school = Школа детей
assessment-goal-keep-in-touch = Общаться с семьёй
assessment-goal-learn-basics = Научиться основам
assessment-goal-something-else = Другое
assessment-switch-on = Я умею включать телефон или компьютер.
assessment-unlock = Я умею разблокировать свой телефон своим кодом.
assessment-touch-keyboard = Я умею нажимать на экран или пользоваться мышью и клавиатурой.
assessment-wifi = Я умею подключаться к Wi-Fi.
assessment-open-website = Я умею заходить на сайт, например caf.fr.
assessment-official-site = Я умею узнавать официальный сайт.
assessment-read-email = Я умею читать свою электронную почту.
assessment-send-attachment = Я умею отправлять письмо с фото или документом.
assessment-passwords = Я умею находить свои пароли.
assessment-passwords-secret = Я никому не говорю свои пароли.
assessment-franceconnect = Я умею входить через FranceConnect.
assessment-fill-form = Я умею заполнять онлайн-форму до конца.
assessment-scan-send = Я умею фотографировать документ.
assessment-recognise-scam = Я умею узнавать ложное сообщение.
assessment-preference = Как вам удобнее учиться или получать помощь?
assessment-preference-alone = Самостоятельно, на компьютере
assessment-preference-beside-me = С человеком рядом со мной
assessment-preference-workshop = В группе, на занятии
assessment-preference-for-me = Человек оформляет дело за меня
assessment-trusted-person = Вам иногда помогает человек, которому вы доверяете? Например, родственник или сосед.
assessment-trusted-person-yes = Да
assessment-trusted-person-no = Нет, никто
assessment-age = Сколько вам лет?
assessment-age-under-25 = Меньше 25 лет
assessment-age-25-59 = От 25 до 59 лет
assessment-age-60-74 = От 60 до 74 лет
assessment-age-75-plus = 75 лет или больше
assessment-disability = Место должно быть приспособлено для вас?
assessment-disability-deafness = Я плохо слышу
assessment-disability-low-vision = Я плохо вижу
assessment-disability-motor = Мне трудно двигаться
assessment-disability-cognitive = Мне трудно понимать или запоминать

## Результат

result-title = Ваш результат
result-part = Страница { $number } из { $total }
result-nav-label = Сменить страницу
result-keep = Сохраните это
result-profile-discovering = Я только начинаю
result-profile-with-help = Я справляюсь с помощью других
result-profile-almost-autonomous = Я почти справляюсь самостоятельно
result-profile-intro = Это не оценка. Это нужно, чтобы найти подходящую помощь.
result-stars = { $stars ->
    [one] { $stars } звезда из 3
    [few] { $stars } звезды из 3
    [many] { $stars } звёзд из 3
   *[other] { $stars } звезды из 3
}
result-not-assessed = Вопросов на эту тему не было. Мы поговорим об этом с вами.
result-group-basics = Основы
result-group-communicating = Общение
result-group-procedures-and-safety = Оформление документов и безопасность
result-help = Помощь, которая вам подходит
result-ask = Попросите:
result-documents = Принесите:
result-places = Куда идти:
result-no-place = Спросите на стойке приёма, куда идти.
result-tutorials = Чтобы учиться здесь, на терминале:
result-again = Пройти опрос заново
orientation-get-equipped-ask = Телефон или компьютер после ремонта, в хорошем состоянии, и недорогой интернет.
orientation-do-it-with-a-professional-ask = Встреча в France Services (пункт помощи с документами). Специалист оформит дело вместе с вами.
orientation-do-it-for-me-ask = Обученный консультант Aidants Connect (государственная служба) оформит дело за вас, с вашего согласия.
orientation-learn-the-basics-ask = Занятие для начинающих с консультантом. Это человек, который учит пользоваться компьютером и интернетом.
orientation-learn-online-procedures-ask = Помощь, чтобы научиться оформлять дела онлайн.
orientation-protect-yourself-ask = Занятие о безопасности и о мошенниках.
orientation-employment-ask = Помощь в поиске работы через интернет.
orientation-go-on-alone-ask = Компьютер для вас, без записи. И другие уроки на этом терминале.
orientation-talk-to-someone-ask = Скажите, что вы хотите сделать. Человек поможет найти подходящую помощь.
orientation-other-procedure-ask = Например, пенсия, жильё или вид на жительство. Запишитесь на встречу.
orientation-documents-caf = Ваш номер социального страхования, электронная почта, которую вы умеете открывать, ваш телефон.
orientation-documents-health = Ваша карта Vitale (карта медицинской страховки), электронная почта, которую вы умеете открывать, ваш телефон.
orientation-documents-taxes = Ваше последнее налоговое уведомление и ваша последняя декларация. Электронная почта, которую вы умеете открывать, и ваш телефон.
orientation-documents-job = Ваш логин France Travail, ваши расчётные листки, ваш телефон.
orientation-documents-papers = Ваша старая карта или ваши водительские права. Счёт с вашим адресом (вода, электричество, телефон). Фото на документы.

## Талон

ticket-print = Напечатать мой талон
ticket-shown = Вот ваш талон.
ticket-logins = Где я храню свои логины
ticket-logins-advice = Напишите здесь, где вы их храните. Никогда не пишите пароль на этом талоне.
ticket-helpline = Solidarité Numérique (служба помощи с интернетом) помогает по телефону 01 70 772 372.
ticket-place-again = Смотрите выше.
ticket-place-updated = Информация от { $date }.
ticket-day-hours = { $day }: { $hours }
ticket-days-hours = { $first } – { $last }: { $hours }
ticket-place-hours = Часы работы:
ticket-lacks = Мне не хватает:
ticket-goal = Мне нужно:
orientation-lacks-home-internet = Интернет дома (у меня интернет только на телефоне).
orientation-lacks-internet = Интернет дома.
orientation-lacks-device = Устройство: телефон, компьютер или планшет.
orientation-lacks-smartphone = Телефон с интернетом (у меня телефон только для звонков).
orientation-lacks-email = Адрес электронной почты.
orientation-lacks-email-access = Доступ к моей электронной почте.
orientation-lacks-trusted-person = Человек, который поможет мне дома.
orientation-lacks-reading = Умение читать по-французски.
ticket-qr = Этот чёрно-белый квадрат помогает сотруднику. В нём нет вашего имени.
ticket-for-agent = Pour l'agent, en français :
ticket-number = Pas à pas, талон { $number }
ticket-group-stars = { $group }: { $stars }
ticket-pass-numerique = Попросите Pass numérique на стойке приёма. Он оплачивает занятия.
result-pass-numerique = Мэрия выдаёт Pass numérique. Он оплачивает занятия. Спросите на стойке приёма.
sheet-qr = Этот чёрно-белый квадрат открывает эти шаги на телефоне.

## Режим сотрудника

agent-title = Режим сотрудника
agent-loading = Загрузка…
agent-pin-label = Наберите свой код.
agent-pin-typed = { $count ->
    [0] Ни одна цифра не набрана.
    [one] Набрана { $count } цифра.
    [few] Набраны { $count } цифры.
    [many] Набрано { $count } цифр.
   *[other] Набрано { $count } цифры.
}
agent-pin-erase = Стереть
agent-pin-open = Открыть
agent-pin-too-short = { $max ->
    [one] В коде от { $min } до { $max } цифры.
    [few] В коде от { $min } до { $max } цифр.
    [many] В коде от { $min } до { $max } цифр.
   *[other] В коде от { $min } до { $max } цифры.
}
agent-pin-checking = Проверка кода…
agent-pin-wrong = { $left ->
    [0] Неверный код. Режим сотрудника заблокирован на 1 минуту.
    [one] Неверный код. До блокировки осталась { $left } попытка.
    [few] Неверный код. До блокировки остались { $left } попытки.
    [many] Неверный код. До блокировки осталось { $left } попыток.
   *[other] Неверный код. До блокировки осталось { $left } попытки.
}
agent-locked = Слишком много неверных кодов. Режим сотрудника заблокирован. Попробуйте снова через { $minutes ->
        [one] { $minutes } минуту
        [few] { $minutes } минуты
        [many] { $minutes } минут
       *[other] { $minutes } минуты
    } и { $seconds ->
        [one] { $seconds } секунду.
        [few] { $seconds } секунды.
        [many] { $seconds } секунд.
       *[other] { $seconds } секунды.
    }
agent-no-pin = Режим сотрудника закрыт: код не задан.
agent-no-pin-how = Человек, который устанавливает терминал, создаёт код командой «cargo xtask hash-pin». Он копирует результат в файл настроек, в раздел [agent].
agent-leave = Вернуться на главный экран
agent-bar-label = Режим сотрудника
agent-bar-closes = Закроется сам в { $time }.
agent-quit = Выйти из режима сотрудника
agent-dashboard-title = Что вы хотите сделать?
agent-launch-title = Запустить урок для человека
agent-launch-intro = На языке человека, с нужного шага. Или напечатать его листок.
agent-launch-which = Какой урок?
agent-launch-language = На каком языке?
agent-launch-step = С какого шага?
agent-launch-step-before = Шаг назад
agent-launch-step-after = Шаг вперёд
agent-launch-start = Запустить для человека
agent-status-title = Терминал: файлы, принтер и голоса
agent-status-intro = Настройки, список мест, пробный талон.
agent-stats-title = Статистика терминала
agent-stats-intro = Анонимно, по дням. Таблица, графики, выгрузка в CSV.

## Файлы терминала (экран сотрудника и команда check-config)

report-config-title = Файл настроек
report-config-ok = Файл прочитан. Проблем нет.
report-config-problems = { $count ->
    [one] Файл прочитан, найдена { $count } проблема. Вместо неверных настроек терминал использует настройки по умолчанию:
    [few] Файл прочитан, найдены { $count } проблемы. Вместо неверных настроек терминал использует настройки по умолчанию:
    [many] Файл прочитан, найдено { $count } проблем. Вместо неверных настроек терминал использует настройки по умолчанию:
   *[other] Файл прочитан, найдено { $count } проблемы. Вместо неверных настроек терминал использует настройки по умолчанию:
}
report-config-missing = Файла нет (ошибка { $status }). Терминал использует настройки по умолчанию.
report-config-unreachable = Файл недоступен: сервер не отвечает. Терминал использует настройки по умолчанию.
config-problem-syntax = Строка { $line }: здесь файл записан неправильно. Подробности: { $detail }
config-problem-unknown-setting = Строка { $line }: «{ $setting }» — неизвестная настройка. Она не учитывается. Проверьте написание.
config-problem-wrong-type = Строка { $line }: «{ $setting }» должно быть { $expected ->
    [text] текстом в кавычках
    [number] числом
    [whole-number] целым числом
    [yes-no] true (да) или false (нет)
    [list] списком в квадратных скобках
   *[table] разделом в квадратных скобках
}.
config-problem-out-of-range = Строка { $line }: «{ $setting }» должно быть от { $min } до { $max }.
config-problem-not-allowed = Строка { $line }: «{ $setting }» равно { $value }. Возможные значения: { $allowed }.
config-problem-unknown-language = Строка { $line }: «{ $setting }»: языка «{ $value }» нет на терминале. Возможные языки: { $known }.
config-problem-default-not-enabled = Строка { $line }: язык по умолчанию «{ $value }» должен быть также в «languages.enabled».
config-problem-half-coordinates = Строка { $line }: не хватает «{ $setting }». Укажите и широту, и долготу, или ни то, ни другое.
config-problem-bad-address = Строка { $line }: «{ $setting }» равно «{ $value }». Напишите путь, который начинается с /, или адрес https://.
config-problem-empty-text = Строка { $line }: «{ $setting }» пусто.
config-problem-bad-pin-hash = Строка { $line }: «{ $setting }» — это не код, зашифрованный командой «cargo xtask hash-pin». Режим сотрудника остаётся закрытым.
config-problem-format-version = Строка { $line }: format_version равно { $found }. Этот терминал читает версию { $expected }.
config-problem-no-format-version = Строка { $line }: добавьте «format_version = 1» в начало файла.
config-problem-too-large = Размер файла: { $size } КБ. Терминал читает не больше { $limit } КБ. Файл не прочитан: работают настройки по умолчанию.
check-config-web = { $address }: это адрес в интернете. Проверьте его на экране сотрудника на терминале.
check-config-problems = { $count ->
    [one] Нужно исправить { $count } проблему.
    [few] Нужно исправить { $count } проблемы.
    [many] Нужно исправить { $count } проблем.
   *[other] Нужно исправить { $count } проблемы.
}
report-places-title = Список мест
report-places-kept = { $count ->
    [0] Ни одно место не сохранено.
    [one] Сохранено { $count } место.
    [few] Сохранено { $count } места.
    [many] Сохранено { $count } мест.
   *[other] Сохранено { $count } места.
}
report-places-skipped = { $count ->
    [0] Ни одна строка не пропущена.
    [one] Пропущена { $count } строка: она не соответствует национальной схеме данных.
    [few] Пропущены { $count } строки: они не соответствуют национальной схеме данных.
    [many] Пропущено { $count } строк: они не соответствуют национальной схеме данных.
   *[other] Пропущено { $count } строки: они не соответствуют национальной схеме данных.
}
report-places-closed = { $count ->
    [0] Нет мест, закрытых для посетителей.
    [one] { $count } место не принимает посетителей: оно не показывается.
    [few] { $count } места не принимают посетителей: они не показываются.
    [many] { $count } мест не принимают посетителей: они не показываются.
   *[other] { $count } места не принимают посетителей: они не показываются.
}
report-places-lines = Пропущенные строки: { $lines }.
report-places-column = Колонка «{ $column }»: { $count ->
    [one] { $count } строка.
    [few] { $count } строки.
    [many] { $count } строк.
   *[other] { $count } строки.
}
report-places-check = Команда «cargo xtask check-config» показывает подробности по каждой строке.
report-places-missing = Файла нет (ошибка { $status }). Людей отправляют на стойку приёма.
report-places-unreachable = Файл недоступен: сервер не отвечает. Людей отправляют на стойку приёма.
report-places-reader-failed = Файл не прочитан: считыватель мест терминала не сработал. Людей отправляют на стойку приёма. Подробности: { $detail }
report-places-unreadable = Файл нельзя прочитать: первая строка должна содержать колонки национальной схемы данных.
report-places-too-large = Файл слишком большой: { $size } КБ. Терминал читает не больше { $limit } КБ. Оставьте только места вашей территории.
report-places-semicolons = Колонки разделены знаком «;», так их сохраняет Excel. Файл всё равно прочитан.
report-places-windows-1252 = Файл не в кодировке UTF-8. Он прочитан как Windows-1252, так его сохраняет Excel. Сохраните его как «CSV UTF-8».
report-places-hours = { $count ->
    [one] У { $count } места нужно проверить часы работы: { $names }. Терминал не может найти, когда оно откроется в ближайшие 7 дней.
    [few] У { $count } мест нужно проверить часы работы: { $names }. Терминал не может найти, когда они откроются в ближайшие 7 дней.
    [many] У { $count } мест нужно проверить часы работы: { $names }. Терминал не может найти, когда они откроются в ближайшие 7 дней.
   *[other] У { $count } места нужно проверить часы работы: { $names }. Терминал не может найти, когда они откроются в ближайшие 7 дней.
}
report-places-not-csv = Файл нельзя прочитать: первая строка — это не строка заголовков CSV. Подробности: { $detail }
report-places-missing-columns = Файл нельзя прочитать: в первой строке нет обязательных колонок. Добавьте: { $columns }.
report-places-rows-not-read = { $count ->
    [one] { $count } строку нельзя прочитать.
    [few] { $count } строки нельзя прочитать.
    [many] { $count } строк нельзя прочитать.
   *[other] { $count } строки нельзя прочитать.
}
report-places-row-empty = Строка { $line }: колонка «{ $column }» пустая. Она обязательна.
report-places-row-pivot = Строка { $line }: «pivot» равно «{ $value }». Напишите номер SIRET (14 знаков) или SIREN (9 знаков).
report-places-row-postcode = Строка { $line }: «code_postal» равно «{ $value }». Напишите 5 цифр.
report-places-row-date = Строка { $line }: «date_maj» равно «{ $value }». Напишите дату так: 2024-03-31.
report-places-row-phone = Строка { $line }: «telephone» равно «{ $value }». Напишите номер с кодом страны, так: +33123456789.
report-places-row-coordinates = Строка { $line }: «latitude» равно «{ $latitude }», а «longitude» равно «{ $longitude }». Это не координаты.
report-places-row-unknown-value = Строка { $line }: «{ $column }» содержит «{ $value }». Этого значения нет в национальной схеме данных.
report-places-row-not-read = Строка { $line }: эту строку нельзя прочитать. Подробности: { $detail }
report-places-hours-unreadable = Часы работы места «{ $name }» нельзя прочитать. Подробности: { $detail }

## Терминал без сети (экран сотрудника)

report-offline-title = Терминал без сети
report-offline-online = Сеть: сейчас есть подключение.
report-offline-offline = Сеть: сейчас нет подключения.
report-offline-version = Версия терминала:
report-offline-ready = Все файлы терминала сохранены. Он запускается даже без сети.
report-offline-update-coming = Скоро будет новая версия. Она установится между двумя посетителями.
report-offline-update-waiting = Новая версия готова. Она установится между двумя посетителями.
report-offline-not-yet = Терминал сейчас сохраняет свои файлы. Без сети он пока не может запуститься.
report-offline-unsupported = Этот браузер не сохраняет файлы. Без сети терминал не запустится.
report-origin-server = Используется копия с сервера, прочитанная { $date }.
report-origin-kept = Используется копия, которую терминал сохранил { $date }.
report-server-missing = На сервере нет этого файла (ошибка { $status }).
report-server-unreachable = Сервер не отвечает.
report-server-damaged = Файл на сервере повреждён. Терминал его не берёт.
report-voices-title = Голоса
report-voices-intro = Каждый язык читается своим голосом. Нажмите «Прослушать», чтобы его услышать.
report-voices-found = Голос: { $name }
report-voices-none = Для этого языка нет голоса. Терминал сообщает об этом людям.
report-voices-listen = Прослушать
report-printer-title = Принтер
report-printer-intro = Ширина бумаги в настройках: { $width } мм. Напечатайте пробный талон для проверки.
test-ticket-print = Напечатать пробный талон
test-ticket-title = Пробный талон
test-ticket-width = Ширина бумаги: { $width } мм.
test-ticket-works = Вы читаете этот талон: принтер работает.

## Статистика (экран сотрудника)

stats-anonymous = Эти цифры анонимны. Они считают по дням, а не по людям.
stats-corrupt = Старые цифры были повреждены. Они отложены в сторону. Счёт начался заново.
stats-corrupt-item = { $date }: { $problem }
stats-corrupt-not-json = Сохранённое значение — не JSON. Подробности: { $detail }
stats-corrupt-not-object = Сохранённое значение — { $found ->
    [null] пустое (null)
    [boolean] да или нет
    [number] число
    [string] текст
   *[array] список
}. Нужен объект JSON.
stats-corrupt-format-version = У сохранённого значения format_version { $found }. Этот терминал читает версию { $expected }.
stats-corrupt-shape = У сохранённого значения неожиданная форма. Подробности: { $detail }
stats-corrupt-day = День «{ $day }» — это не настоящая дата.
stats-corrupt-kind = За { $day } сохранённое значение считает «{ $kind }». Терминал такое не считает.
stats-unreadable = Цифры сейчас нельзя прочитать. Они по-прежнему сохранены. Попробуйте позже.
stats-waiting = Некоторые цифры ждут обработки. Они будут добавлены при следующем запуске.
stats-period = Период
stats-last-7 = Последние 7 дней
stats-last-30 = Последние 30 дней
stats-visits-per-day = { $days ->
    [one] Посещения по дням, за { $days } день
    [few] Посещения по дням, за { $days } дня
    [many] Посещения по дням, за { $days } дней
   *[other] Посещения по дням, за { $days } дня
}
stats-totals = { $days ->
    [one] Все цифры за { $days } день
    [few] Все цифры за { $days } дня
    [many] Все цифры за { $days } дней
   *[other] Все цифры за { $days } дня
}
stats-column-day = День
stats-column-count = Количество
stats-column-what = Что
stats-column-theme = Тема
stats-nothing-yet = Пока ничего нет.
stats-detail-language-chosen = Выбранные языки
stats-detail-assessment-completed = Профили в конце опроса
stats-detail-card-issued = Предложенная помощь
stats-detail-tutorial-started = Начатые уроки
stats-detail-tutorial-completed = Законченные уроки
stats-detail-themes = Уроки по темам
stats-kind-session-started = Посещения
stats-kind-language-chosen = Выбранные языки
stats-kind-assessment-started = Начатые опросы
stats-kind-assessment-completed = Законченные опросы
stats-kind-card-issued = Предложенная помощь
stats-kind-tutorial-started = Начатые уроки
stats-kind-tutorial-completed = Законченные уроки
stats-kind-ticket-printed = Напечатанные талоны
stats-kind-sheet-printed = Напечатанные листки
stats-kind-idle-reset = Сбросы, когда никто не трогал экран
stats-kind-finish-and-erase = «Закончить»: всё стёрто
stats-kind-panic-recovered = Перезапуски после ошибки
stats-kind-agent-locked = Блокировки режима сотрудника после 5 неверных кодов
theme-unknown = Урок удалён с терминала
stats-download = Скачать цифры (CSV)
stats-erase = Стереть цифры
stats-erase-title = Стереть все цифры?
stats-erase-warning = Все дни будут стёрты. Отменить это нельзя.
stats-erase-cancel = Нет, оставить
stats-erase-confirm = Да, стереть всё
