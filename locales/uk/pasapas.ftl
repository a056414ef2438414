# Pas à pas — Ukrainian. Translated from French (locales/fr/pasapas.ftl). Draft: to be reviewed by a native speaker.
# Проста мова: одна думка в реченні, прості слова, без скорочень, не більше 15 слів у реченні.

## Додаток

app-title = Pas à pas

## Вітальний екран термінала

welcome-title = Вітаємо
welcome-touch = Торкніться своєї мови, щоб почати.
welcome-choose = Виберіть свою мову.
welcome-languages = Мови термінала
welcome-forget = Коли ви підете, термінал усе забуде.
language-not-loaded = Ця мова ще не готова. Торкніться іншої мови або запитайте на рецепції.

## Головний екран

home-title = Що ви хочете зробити?
home-intro = Торкніться великої кнопки.
home-help = Як користуватися терміналом
home-agent = Ви також можете попросити допомоги в працівника.

## Допомога: як користуватися терміналом

help-title = Як користуватися терміналом
help-tap = Торкайтеся кнопки тільки один раз.
help-home = Кнопка « { toolbar-home } » повертає на початок.
help-back = Кнопка « { toolbar-back } » повертає на попередній екран.
help-language = Кнопка « { toolbar-language } » змінює мову.
help-text-size = Кнопка « { toolbar-text-size } » робить літери більшими.
help-contrast = Кнопка « { toolbar-contrast } » допомагає краще бачити екран.
help-read-aloud = Кнопка « { toolbar-read-aloud } » читає вголос кожен екран.
help-repeat = Кнопка « { toolbar-repeat } » читає цей екран ще раз.
help-finish = Кнопка « { toolbar-finish } » стирає все для наступної людини.
help-more = Коли літери дуже великі, деякі кнопки сховані. Кнопка « { toolbar-more } » їх показує.
help-forget = { $minutes ->
    [one] Якщо ніхто не торкається екрана { $minutes } хвилину, термінал усе стирає.
    [few] Якщо ніхто не торкається екрана { $minutes } хвилини, термінал усе стирає.
    [many] Якщо ніхто не торкається екрана { $minutes } хвилин, термінал усе стирає.
   *[other] Якщо ніхто не торкається екрана { $minutes } хвилини, термінал усе стирає.
}

## Кнопки вгорі кожного екрана

toolbar-label = Кнопки термінала
toolbar-home = Головна
toolbar-back = Назад
toolbar-language = Мова
toolbar-text-size = Розмір тексту
toolbar-text-size-state = { $percent ->
    [150] Великий
    [200] Дуже великий
   *[other] Звичайний
}
toolbar-contrast = Високий контраст
toolbar-read-aloud = Читати вголос
toolbar-repeat = Прослухати екран
toolbar-finish = Завершити
toolbar-more = Інші кнопки

## Вибір мови

language-title = Виберіть свою мову
dialog-close = Закрити

## Завершити: стерти все

finish-title = Ви закінчили?
finish-erase = Термінал зітре все.
finish-next = Наступна людина нічого не побачить.
finish-confirm = Так, стерти все
finish-cancel = Ні, я продовжую

## Ніхто не торкається екрана

idle-title = Ви ще тут?
idle-touch = Торкніться екрана, щоб продовжити.
idle-countdown = { $seconds ->
    [one] Термінал усе зітре через { $seconds } секунду.
    [few] Термінал усе зітре через { $seconds } секунди.
    [many] Термінал усе зітре через { $seconds } секунд.
   *[other] Термінал усе зітре через { $seconds } секунди.
}
idle-continue = Я продовжую

## Читання вголос

speech-no-voice = Цей термінал не вміє читати вголос цією мовою.

## Термінал перезапускається після проблеми

restart-title = Термінал перезапускається.
restart-wait = Зачекайте трохи.
safe-title = Термінал не працює.
safe-line = Попросіть допомоги на рецепції.
safe-agent = Для працівника: термінал зупинився кілька разів поспіль. Він сам пробує знову. Якщо несправність не зникає, перезапустіть комп'ютер і повідомте технічну службу. Помилка:
safe-retry = Наступна спроба о { $time }.

## Невідомий екран

notfound-title = Такого екрана немає.
notfound-home = Повернутися на головний екран

## Уроки: список

home-tutorials = Вчитися крок за кроком
tutorials-title = Вчитися крок за кроком
tutorials-intro = Виберіть, чого ви хочете навчитися.
tutorials-minutes = { $minutes ->
    [one] { $minutes } хвилина
    [few] { $minutes } хвилини
    [many] { $minutes } хвилин
   *[other] { $minutes } хвилини
}
theme-prendre-en-main-du-materiel = Користуватися пристроєм
theme-navigation-sur-internet = Користуватися інтернетом
theme-email = Електронна пошта
theme-prevention-en-securite-numerique = Як захиститися
theme-aide-aux-demarches-administratives = Справи онлайн
theme-sante = Здоров'я
theme-insertion-professionnelle = Робота
theme-reseaux-sociaux-communication = Спілкування з близькими

## Уроки: один крок

step-progress = Крок { $step } з { $total }
step-nav-label = Змінити крок
step-previous = Попередній
step-next = Далі
step-repeat = Послухати ще раз
step-tip = Порада:
step-caution = Увага:
step-stuck = Не виходить? Попросіть допомоги на рецепції.
step-done = Ви закінчили.
step-print = Надрукувати ці кроки
step-list = Подивитися все, чого можна навчитися
step-unknown = Такої сторінки немає.

## Аркуш, який можна взяти із собою

sheet-shown = Ось ваш аркуш.
sheet-no-paper = Немає паперу? Покажіть цей екран працівнику на рецепції.
sheet-date = Надруковано { $date }.
sheet-help = Потрібна допомога? Служба Solidarité Numérique відповідає за телефоном 01 70 772 372.
roads-title = Без інтернету теж можна.
sheet-cautions = Увага:

## Клавіатура на екрані

keyboard-label = Клавіатура
keyboard-row-1 = 1 2 3 4 5 6 7 8 9 0
keyboard-row-2 = a z e r t y u i o p
keyboard-row-3 = q s d f g h j k l m
keyboard-row-4 = w x c v b n @ . - _
keyboard-space = Пробіл
keyboard-erase = Стерти

## Тренування

practice-title = Потренуйтеся
practice-nothing-kept = Тут можна просто потренуватися. Нічого не надсилається, нічого не зберігається.
practice-email-label = Адреса електронної пошти для тренування
practice-email-hint = Наприклад: marie.dupont@exemple.fr
practice-email-empty = Торкайтеся літер, щоб писати.
practice-email-space = В адресі електронної пошти немає пробілів.
practice-email-missing-at = Бракує знака @.
practice-email-bad-at = Напишіть своє ім'я, потім тільки один знак @.
practice-email-missing-dot = Після знака @ напишіть, наприклад, exemple.fr
practice-email-good = Чудово! Адресу написано правильно.
practice-fc-choose = Виберіть акаунт для тренування:
practice-fc-account-impots = impots.gouv.fr
practice-fc-account-ameli = ameli.fr
practice-fc-example = Для тренування напишіть логін { $identifier } і пароль { $password }.
practice-fc-identifier = Логін
practice-fc-password = Пароль
practice-fc-show = Показати пароль
practice-fc-connect = Увійти
practice-fc-wrong = Ще не так. Подивіться на приклад.
practice-fc-good = Чудово! Ви увійшли.
practice-attach-to = Кому:
practice-attach-address = mairie@exemple.fr
practice-attach-message = Добрий день, ось мій документ.
practice-attach-button = Прикріпити файл
practice-attach-gallery = Ваші фото:
practice-attach-photo-bill = Фото рахунку
practice-attach-photo-certificate = Фото довідки
practice-attach-photo-id = Фото посвідчення особи
practice-attach-attached = Прикріплений файл: { $name }
practice-attach-send = Надіслати
practice-attach-need = Спочатку торкніться « Прикріпити файл ».
practice-attach-sent = Чудово! Лист надіслано разом із фото.
practice-scam-real = Справжнє повідомлення
practice-scam-scam = Шахрайство
practice-scam-right = Правильно!
practice-scam-wrong = Ні, це не так.
practice-scam-score = { $right ->
    [one] У вас { $right } правильна відповідь з { $total }.
    [few] У вас { $right } правильні відповіді з { $total }.
    [many] У вас { $right } правильних відповідей з { $total }.
   *[other] У вас { $right } правильної відповіді з { $total }.
}
practice-scam-1-from = SMS-повідомлення від: 06 12 34 56 78
practice-scam-1-text = Вашу посилку затримано. Сплатіть 1,99 євро на colis-suivi-livraison.info
practice-scam-1-why = Справжня служба доставки ніколи не просить платити через посилання в повідомленні.
practice-scam-2-from = Електронний лист від: ameli
practice-scam-2-text = У вашому особистому кабінеті ameli є новий документ. Зайдіть на ameli.fr, щоб його прочитати.
practice-scam-2-why = Цей лист нічого не просить. Він радить вам самим зайти на справжній сайт.
practice-scam-3-from = Електронний лист від: carte-vitale-service@gmail.com
practice-scam-3-text = Ваша « carte Vitale » (картка медичного страхування) завтра стане недійсною. Дайте дані банківської картки, щоб її зберегти.
practice-scam-3-why = Картка « carte Vitale » безкоштовна. Assurance Maladie (медичне страхування) ніколи не просить вашу банківську картку.

## Прокручування екрана

scroll-label = Прокрутити екран
scroll-up = Вгору
scroll-down = Вниз

## Знайти допомогу поруч

home-near = Знайти допомогу поруч
near-title = Знайти допомогу поруч
near-intro = Ось місця, де вам можуть допомогти. Спочатку йдуть ті, що відчинені зараз.
near-loading = Список місць завантажується.
near-unavailable = Список місць зараз недоступний. Запитайте на рецепції.
near-none = Ми не знаємо місць поруч. Запитайте на рецепції.
near-place-helps = Тут вам можуть допомогти:
place-phone = Телефон:
place-open = Зараз відчинено.
place-open-until = Зараз відчинено, до { $time }.
place-opens = Зараз зачинено. Відчиниться: { $day }, о { $time }.
place-opens-today = Зараз зачинено. Відчиниться сьогодні о { $time }.
place-opens-tomorrow = Зараз зачинено. Відчиниться завтра о { $time }.
place-hours-unknown = Години роботи: зателефонуйте, перш ніж іти.
place-itinerant = Виїзна служба. Вона приїжджає в певні дні. Спочатку зателефонуйте.
place-access-referral = За направленням соціального працівника
place-access-booking = За записом через інтернет
place-access-mail = Напишіть електронного листа, перш ніж прийти
place-access-phone = Зателефонуйте, перш ніж прийти
place-access-walk-in = Без запису

## Допомога, яку вам пропонують

orientation-get-equipped-title = Телефон або комп'ютер за невелику ціну
orientation-do-it-with-a-professional-title = Зробити свою справу разом із фахівцем
orientation-do-it-for-me-title = Хтось може зробити справу замість вас
orientation-learn-the-basics-title = Вивчити основи, крок за кроком
orientation-learn-online-procedures-title = Навчитися робити свої справи онлайн
orientation-protect-yourself-title = Навчитися захищатися від шахраїв
orientation-employment-title = Шукати роботу через інтернет
orientation-go-on-alone-title = Продовжувати самостійно, за комп'ютером
orientation-talk-to-someone-title = Поговорити з людиною
orientation-other-procedure-title = France Services допомагає з іншими справами

## Що я вмію з комп'ютером і телефоном (опитування)

home-assessment = Оцінити свої цифрові навички
assessment-title = Оцінити свої цифрові навички
assessment-progress = Питання { $number }
assessment-few-left = Ще кілька питань.
assessment-last = Це останнє питання.
assessment-next = Далі
assessment-skip = Я не хочу відповідати
assessment-several = Можна торкнутися кількох відповідей.
assessment-answer-alone = Так, без допомоги
assessment-answer-with-help = З допомогою
assessment-answer-no = Ні
assessment-answer-dont-understand = Я не розумію питання
assessment-reading = Вам легко читати французькою?
assessment-reading-easy = Легко
assessment-reading-hard = Важко
assessment-reading-no = Я не читаю французькою
assessment-equipment = Що у вас є вдома?
assessment-equipment-smartphone = Телефон із сенсорним екраном
assessment-equipment-basic-phone = Телефон тільки для дзвінків
assessment-equipment-computer = Комп'ютер
assessment-equipment-tablet = Планшет
assessment-equipment-none = Нічого з цього
assessment-internet = У вас є інтернет удома?
assessment-internet-yes = Так
assessment-internet-phone-only = Тільки в телефоні
assessment-internet-no = Ні
assessment-email = У вас є електронна пошта, яку ви вмієте відкрити?
assessment-email-yes = Так
assessment-email-forgotten = Є, але я вже не вмію її відкрити
assessment-email-no = Ні, немає
assessment-goal = Що ви хочете зробити?
assessment-goal-caf = Caf (соціальні виплати для сімей)
assessment-goal-health = Здоров'я, ameli (медичне страхування)
assessment-goal-taxes = Податки
assessment-goal-job = Робота, France Travail (державна служба зайнятості)
assessment-goal-papers = Документи: посвідчення особи, водійське посвідчення, документи на машину
assessment-goal-housing = Житло
assessment-goal-pension = Пенсія
assessment-goal-residence-permit = Посвідка на проживання
assessment-goal-school = Школа дітей
assessment-goal-keep-in-touch = Спілкуватися з родиною
assessment-goal-learn-basics = Вивчити основи
assessment-goal-something-else = Інше
assessment-switch-on = Я вмію вмикати телефон або комп'ютер.
assessment-unlock = Я вмію розблоковувати телефон своїм кодом.
assessment-touch-keyboard = Я вмію торкатися екрана або користуватися мишею та клавіатурою.
assessment-wifi = Я вмію підключатися до Wi-Fi.
assessment-open-website = Я вмію заходити на сайт, наприклад caf.fr.
assessment-official-site = Я вмію розпізнати офіційний сайт.
assessment-read-email = Я вмію читати свої електронні листи.
assessment-send-attachment = Я вмію надіслати електронний лист із фото або документом.
assessment-passwords = Я вмію знову знайти свої паролі.
assessment-passwords-secret = Я нікому не кажу свої паролі.
assessment-franceconnect = Я вмію входити через FranceConnect.
assessment-fill-form = Я вмію заповнити онлайн-форму до кінця.
assessment-scan-send = Я вмію сфотографувати документ.
assessment-recognise-scam = Я вмію розпізнати фальшиве повідомлення.
assessment-preference = Як вам зручніше вчитися або отримувати допомогу?
assessment-preference-alone = Без допомоги, за комп'ютером
assessment-preference-beside-me = Коли людина сидить поруч зі мною
assessment-preference-workshop = У групі, на занятті
assessment-preference-for-me = Людина робить справу замість мене
assessment-trusted-person = Вам іноді допомагає людина, якій ви довіряєте? Наприклад, родина чи сусід.
assessment-trusted-person-yes = Так
assessment-trusted-person-no = Ні, ніхто
assessment-age = Скільки вам років?
assessment-age-under-25 = Менше 25 років
assessment-age-25-59 = Від 25 до 59 років
assessment-age-60-74 = Від 60 до 74 років
assessment-age-75-plus = 75 років і більше
assessment-disability = Місце має бути пристосоване для вас?
assessment-disability-deafness = Я погано чую
assessment-disability-low-vision = Я погано бачу
assessment-disability-motor = Мені важко рухатися
assessment-disability-cognitive = Мені важко розуміти або запам'ятовувати

## Результат

result-title = Ваш результат
result-part = Сторінка { $number } з { $total }
result-nav-label = Змінити сторінку
result-keep = Що зберегти
result-profile-discovering = Я тільки починаю
result-profile-with-help = Я справляюся з допомогою
result-profile-almost-autonomous = Я майже все роблю без допомоги
result-profile-intro = Це не оцінка. Це потрібно, щоб знайти для вас потрібну допомогу.
result-stars = { $stars ->
    [one] { $stars } зірка з 3
    [few] { $stars } зірки з 3
    [many] { $stars } зірок з 3
   *[other] { $stars } зірки з 3
}
result-not-assessed = Про це питань не було. Ми поговоримо про це з вами.
result-group-basics = Основи
result-group-communicating = Спілкування
result-group-procedures-and-safety = Справи онлайн і безпека
result-help = Допомога, яка вам підходить
result-ask = Попросіть:
result-documents = Візьміть із собою:
result-places = Куди піти:
result-no-place = Запитайте на рецепції, куди піти.
result-tutorials = Щоб навчитися тут, на терміналі:
result-again = Пройти опитування знову
orientation-get-equipped-ask = Вживаний телефон або комп'ютер у доброму стані. І дешевий інтернет.
orientation-do-it-with-a-professional-ask = Запис на прийом у France Services (державна служба допомоги з документами). Фахівець робить справу разом із вами.
orientation-do-it-for-me-ask = Працівник Aidants Connect (офіційна державна служба) робить справу за вас, з вашої згоди.
orientation-learn-the-basics-ask = Заняття для початківців. Його веде консультант: людина, яка допомагає з комп'ютером та інтернетом.
orientation-learn-online-procedures-ask = Допомога, щоб навчитися робити свої справи онлайн.
orientation-protect-yourself-ask = Заняття про безпеку та шахрайство.
orientation-employment-ask = Допомога в пошуку роботи через інтернет.
orientation-go-on-alone-ask = Комп'ютер для вас, без запису. І ще багато чого можна вивчити на цьому терміналі.
orientation-talk-to-someone-ask = Скажіть, що ви хочете зробити. Людина допоможе вам знайти потрібну допомогу.
orientation-other-procedure-ask = Наприклад, пенсія, житло або посвідка на проживання. Попросіть записати вас на прийом.
orientation-documents-caf = Ваш номер соціального страхування, електронна пошта, яку ви вмієте відкрити, ваш телефон.
orientation-documents-health = Ваша « carte Vitale » (картка медичного страхування), електронна пошта, яку ви вмієте відкрити, ваш телефон.
orientation-documents-taxes = Ваше останнє податкове повідомлення (« avis d'impôt ») і ваша остання декларація. Електронна пошта, яку ви вмієте відкрити, і ваш телефон.
orientation-documents-job = Ваш логін France Travail (« identifiant »), ваші розрахункові листки із зарплатою, ваш телефон.
orientation-documents-papers = Ваша стара картка або ваше водійське посвідчення. Рахунок із вашою адресою (за воду, світло, телефон). Фото на документи.

## Талон

ticket-print = Надрукувати мій талон
ticket-shown = Ось ваш талон.
ticket-logins = Де я зберігаю свої логіни
ticket-logins-advice = Напишіть тут, де ви їх зберігаєте. Ніколи не пишіть пароль на цьому талоні.
ticket-helpline = Solidarité Numérique (державна служба допомоги з інтернетом) допомагає за телефоном 01 70 772 372.
ticket-place-again = Дивіться вище.
ticket-place-updated = Дані на { $date }.
ticket-day-hours = { $day }: { $hours }
ticket-days-hours = { $first } – { $last }: { $hours }
ticket-place-hours = Години роботи:
ticket-lacks = Мені бракує:
ticket-goal = Мета візиту:
orientation-lacks-home-internet = Інтернету вдома (у мене інтернет тільки в телефоні).
orientation-lacks-internet = Інтернету вдома.
orientation-lacks-device = Пристрою: телефона, комп'ютера або планшета.
orientation-lacks-smartphone = Телефона з інтернетом (у мене телефон тільки для дзвінків).
orientation-lacks-email = Адреси електронної пошти.
orientation-lacks-email-access = Доступу до моєї електронної пошти.
orientation-lacks-trusted-person = Людини, яка допомагала б мені вдома.
orientation-lacks-reading = Уміння читати французькою.
ticket-qr = Цей чорно-білий квадрат допомагає працівнику. У ньому немає вашого імені.
ticket-for-agent = Pour l'agent, en français :
ticket-number = Pas à pas, талон { $number }
ticket-group-stars = { $group }: { $stars }
ticket-pass-numerique = Попросіть на рецепції Pass numérique. Він оплачує заняття.
result-pass-numerique = Мерія видає Pass numérique. Він оплачує заняття. Запитайте на рецепції.
sheet-qr = Цей чорно-білий квадрат відкриває ці кроки на телефоні.

## Режим працівника

agent-title = Режим працівника
agent-loading = Завантаження…
agent-pin-label = Введіть свій код.
agent-pin-typed = { $count ->
    [0] Не введено жодної цифри.
    [one] Введено { $count } цифру.
    [few] Введено { $count } цифри.
    [many] Введено { $count } цифр.
   *[other] Введено { $count } цифри.
}
agent-pin-erase = Стерти
agent-pin-open = Відкрити
agent-pin-too-short = { $max ->
    [one] Код має від { $min } до { $max } цифри.
    [few] Код має від { $min } до { $max } цифр.
    [many] Код має від { $min } до { $max } цифр.
   *[other] Код має від { $min } до { $max } цифри.
}
agent-pin-checking = Перевірка коду…
agent-pin-wrong = { $left ->
    [0] Неправильний код. Режим працівника заблоковано на 1 хвилину.
    [one] Неправильний код. До блокування залишилася { $left } спроба.
    [few] Неправильний код. До блокування залишилося { $left } спроби.
    [many] Неправильний код. До блокування залишилося { $left } спроб.
   *[other] Неправильний код. До блокування залишилося { $left } спроби.
}
agent-locked = Забагато неправильних кодів. Режим працівника заблоковано. Спробуйте знову через { $minutes ->
        [one] { $minutes } хвилину
        [few] { $minutes } хвилини
        [many] { $minutes } хвилин
       *[other] { $minutes } хвилини
    } і { $seconds ->
        [one] { $seconds } секунду.
        [few] { $seconds } секунди.
        [many] { $seconds } секунд.
       *[other] { $seconds } секунди.
    }
agent-no-pin = Режим працівника закрито: код не налаштовано.
agent-no-pin-how = Людина, яка встановлює термінал, створює код командою « cargo xtask hash-pin ». Вона копіює результат у файл конфігурації, у розділ [agent].
agent-leave = Повернутися на головний екран
agent-bar-label = Режим працівника
agent-bar-closes = Закриється сам о { $time }.
agent-quit = Вийти з режиму працівника
agent-dashboard-title = Що ви хочете зробити?
agent-launch-title = Запустити урок для людини
agent-launch-intro = Її мовою, на потрібному кроці. Або надрукувати її аркуш.
agent-launch-which = Який урок?
agent-launch-language = Якою мовою?
agent-launch-step = На якому кроці?
agent-launch-step-before = Крок назад
agent-launch-step-after = Крок уперед
agent-launch-start = Запустити для людини
agent-status-title = Термінал: файли, принтер і голоси
agent-status-intro = Конфігурація, список місць, тестовий талон.
agent-stats-title = Статистика термінала
agent-stats-intro = Анонімно, за днями. Таблиця, графіки, експорт CSV.

## Файли термінала (екран працівника і команда check-config)

report-config-title = Файл конфігурації
report-config-ok = Файл прочитано. Проблем немає.
report-config-problems = { $count ->
    [one] Файл прочитано, знайдено { $count } проблему. Замість цього налаштування термінал використовує стандартне:
    [few] Файл прочитано, знайдено { $count } проблеми. Замість цих налаштувань термінал використовує стандартні:
    [many] Файл прочитано, знайдено { $count } проблем. Замість цих налаштувань термінал використовує стандартні:
   *[other] Файл прочитано, знайдено { $count } проблеми. Замість цих налаштувань термінал використовує стандартні:
}
report-config-missing = Файлу немає (помилка { $status }). Термінал використовує стандартні налаштування.
report-config-unreachable = Файл недоступний: сервер не відповідає. Термінал використовує стандартні налаштування.
config-problem-syntax = Рядок { $line }: тут у файлі помилка. Подробиці: { $detail }
config-problem-unknown-setting = Рядок { $line }: « { $setting } » — невідоме налаштування. Його пропущено. Перевірте, як воно написане.
config-problem-wrong-type = Рядок { $line }: « { $setting } » має бути { $expected ->
    [text] текстом у лапках
    [number] числом
    [whole-number] цілим числом
    [yes-no] true (так) або false (ні)
    [list] списком у квадратних дужках
   *[table] розділом у квадратних дужках
}.
config-problem-out-of-range = Рядок { $line }: « { $setting } » має бути від { $min } до { $max }.
config-problem-not-allowed = Рядок { $line }: « { $setting } » має значення { $value }. Можливі значення: { $allowed }.
config-problem-unknown-language = Рядок { $line }: « { $setting } »: мови « { $value } » на терміналі немає. Можливі мови: { $known }.
config-problem-default-not-enabled = Рядок { $line }: мова за замовчуванням « { $value } » має бути також у « languages.enabled ».
config-problem-half-coordinates = Рядок { $line }: бракує « { $setting } ». Вкажіть і широту, і довготу, або жодної з них.
config-problem-bad-address = Рядок { $line }: « { $setting } » має значення « { $value } ». Напишіть шлях, що починається з /, або адресу https://.
config-problem-empty-text = Рядок { $line }: « { $setting } » порожнє.
config-problem-bad-pin-hash = Рядок { $line }: « { $setting } » — це не код, зашифрований командою « cargo xtask hash-pin ». Режим працівника залишається закритим.
config-problem-format-version = Рядок { $line }: format_version має значення { $found }. Цей термінал читає версію { $expected }.
config-problem-no-format-version = Рядок { $line }: додайте « format_version = 1 » на початку файлу.
config-problem-too-large = Розмір файлу: { $size } КБ. Термінал читає не більше ніж { $limit } КБ. Файл не прочитано: діють стандартні налаштування.
check-config-web = { $address }: адреса в інтернеті. Перевірте її на екрані працівника на терміналі.
check-config-problems = { $count ->
    [one] Треба виправити { $count } проблему.
    [few] Треба виправити { $count } проблеми.
    [many] Треба виправити { $count } проблем.
   *[other] Треба виправити { $count } проблеми.
}
report-places-title = Список місць
report-places-kept = { $count ->
    [0] Жодного місця не збережено.
    [one] Збережено { $count } місце.
    [few] Збережено { $count } місця.
    [many] Збережено { $count } місць.
   *[other] Збережено { $count } місця.
}
report-places-skipped = { $count ->
    [0] Жодного рядка не відкинуто.
    [one] Відкинуто { $count } рядок, бо він не відповідає національній схемі.
    [few] Відкинуто { $count } рядки, бо вони не відповідають національній схемі.
    [many] Відкинуто { $count } рядків, бо вони не відповідають національній схемі.
   *[other] Відкинуто { $count } рядка, бо вони не відповідають національній схемі.
}
report-places-closed = { $count ->
    [0] Немає місць, закритих для відвідувачів.
    [one] { $count } місце не приймає відвідувачів: його не показано.
    [few] { $count } місця не приймають відвідувачів: їх не показано.
    [many] { $count } місць не приймають відвідувачів: їх не показано.
   *[other] { $count } місця не приймають відвідувачів: їх не показано.
}
report-places-lines = Відкинуті рядки: { $lines }.
report-places-column = Стовпець « { $column } »: { $count ->
    [one] { $count } рядок.
    [few] { $count } рядки.
    [many] { $count } рядків.
   *[other] { $count } рядка.
}
report-places-check = Команда « cargo xtask check-config » показує подробиці для кожного рядка.
report-places-missing = Файлу немає (помилка { $status }). Людей направляють на рецепцію.
report-places-unreachable = Файл недоступний: сервер не відповідає. Людей направляють на рецепцію.
report-places-reader-failed = Файл не прочитано: читач місць термінала не спрацював. Людей направляють на рецепцію. Подробиці: { $detail }
report-places-unreadable = Файл не читається: перший рядок має містити стовпці національної схеми.
report-places-too-large = Файл завеликий: { $size } КБ. Термінал читає не більше ніж { $limit } КБ. Залиште тільки місця вашої території.
report-places-semicolons = Стовпці розділено знаком « ; », як їх зберігає Excel. Файл усе одно прочитано.
report-places-windows-1252 = Файл не в кодуванні UTF-8. Його прочитано як Windows-1252, як зберігає Excel. Збережіть його у форматі « CSV UTF-8 ».
report-places-hours = { $count ->
    [one] { $count } місце має години роботи, які треба перевірити: { $names }. Термінал не знаходить, коли воно відчиняється протягом 7 днів.
    [few] { $count } місця мають години роботи, які треба перевірити: { $names }. Термінал не знаходить, коли вони відчиняються протягом 7 днів.
    [many] { $count } місць мають години роботи, які треба перевірити: { $names }. Термінал не знаходить, коли вони відчиняються протягом 7 днів.
   *[other] { $count } місця мають години роботи, які треба перевірити: { $names }. Термінал не знаходить, коли вони відчиняються протягом 7 днів.
}
report-places-not-csv = Файл не читається: перший рядок не є рядком заголовків CSV. Подробиці: { $detail }
report-places-missing-columns = Файл не читається: у першому рядку бракує обов'язкових стовпців. Додайте: { $columns }.
report-places-rows-not-read = { $count ->
    [one] { $count } рядок не вдається прочитати.
    [few] { $count } рядки не вдається прочитати.
    [many] { $count } рядків не вдається прочитати.
   *[other] { $count } рядка не вдається прочитати.
}
report-places-row-empty = Рядок { $line }: стовпець « { $column } » порожній. Він обов'язковий.
report-places-row-pivot = Рядок { $line }: « pivot » має значення « { $value } ». Напишіть номер SIRET (14 символів) або SIREN (9 символів).
report-places-row-postcode = Рядок { $line }: « code_postal » має значення « { $value } ». Напишіть 5 цифр.
report-places-row-date = Рядок { $line }: « date_maj » має значення « { $value } ». Напишіть дату так: 2024-03-31.
report-places-row-phone = Рядок { $line }: « telephone » має значення « { $value } ». Напишіть номер із кодом країни, ось так: +33123456789.
report-places-row-coordinates = Рядок { $line }: « latitude » має значення « { $latitude } », а « longitude » — « { $longitude } ». Це не координати.
report-places-row-unknown-value = Рядок { $line }: « { $column } » містить « { $value } ». Такого значення немає в національній схемі.
report-places-row-not-read = Рядок { $line }: рядок не вдається прочитати. Подробиці: { $detail }
report-places-hours-unreadable = Години роботи місця « { $name } » не вдається прочитати. Подробиці: { $detail }

## Термінал без мережі (екран працівника)

report-offline-title = Термінал без мережі
report-offline-online = Мережа: зараз є з'єднання.
report-offline-offline = Мережа: зараз немає з'єднання.
report-offline-version = Версія термінала:
report-offline-ready = Усі файли термінала збережено. Він запускається навіть без мережі.
report-offline-update-coming = Надходить нова версія. Її буде встановлено між двома відвідувачами.
report-offline-update-waiting = Нова версія готова. Її буде встановлено між двома відвідувачами.
report-offline-not-yet = Термінал зараз зберігає свої файли. Без мережі він поки не може запуститися.
report-offline-unsupported = Цей браузер не зберігає файли. Без мережі термінал не запускається.
report-origin-server = Використано копію із сервера, прочитану { $date }.
report-origin-kept = Використано копію, яку термінал зберіг { $date }.
report-server-missing = На сервері немає цього файлу (помилка { $status }).
report-server-unreachable = Сервер не відповідає.
report-server-damaged = Файл на сервері пошкоджений. Термінал його не бере.
report-voices-title = Голоси
report-voices-intro = Кожна мова читається своїм голосом. Торкніться « Прослухати », щоб почути його.
report-voices-found = Голос: { $name }
report-voices-none = Для цієї мови немає голосу. Термінал повідомляє про це людям.
report-voices-listen = Прослухати
report-printer-title = Принтер
report-printer-intro = Налаштований папір: { $width } мм. Надрукуйте тестовий талон, щоб перевірити.
test-ticket-print = Надрукувати тестовий талон
test-ticket-title = Тестовий талон
test-ticket-width = Ширина паперу: { $width } мм.
test-ticket-works = Ви читаєте цей талон, отже принтер працює.

## Статистика (екран працівника)

stats-anonymous = Ця статистика анонімна. Вона рахує за днями, ніколи не за людьми.
stats-corrupt = Стара статистика була пошкоджена. Її відкладено. Підрахунок почався заново.
stats-corrupt-item = { $date }: { $problem }
stats-corrupt-not-json = Збережене значення — не JSON. Подробиці: { $detail }
stats-corrupt-not-object = Збережене значення — { $found ->
    [null] порожнє (null)
    [boolean] так або ні
    [number] число
    [string] текст
   *[array] список
}. Потрібен об'єкт JSON.
stats-corrupt-format-version = Збережене значення має format_version { $found }. Цей термінал читає версію { $expected }.
stats-corrupt-shape = Збережене значення має не ту форму, яку очікували. Подробиці: { $detail }
stats-corrupt-day = День « { $day } » — це не справжня дата.
stats-corrupt-kind = { $day }: збережене значення рахує « { $kind } ». Термінал такого не рахує.
stats-unreadable = Статистику зараз не вдається прочитати. Вона залишається збереженою. Спробуйте пізніше.
stats-waiting = Частина статистики чекає на запис. Її буде додано під час наступного запуску.
stats-period = Період
stats-last-7 = Останні 7 днів
stats-last-30 = Останні 30 днів
stats-visits-per-day = { $days ->
    [one] Відвідування за день, за { $days } день
    [few] Відвідування за день, за { $days } дні
    [many] Відвідування за день, за { $days } днів
   *[other] Відвідування за день, за { $days } дня
}
stats-totals = { $days ->
    [one] Уся статистика за { $days } день
    [few] Уся статистика за { $days } дні
    [many] Уся статистика за { $days } днів
   *[other] Уся статистика за { $days } дня
}
stats-column-day = День
stats-column-count = Кількість
stats-column-what = Що
stats-column-theme = Тема
stats-nothing-yet = Поки нічого немає.
stats-detail-language-chosen = Вибрані мови
stats-detail-assessment-completed = Профілі в кінці опитування
stats-detail-card-issued = Запропонована допомога
stats-detail-tutorial-started = Розпочаті уроки
stats-detail-tutorial-completed = Завершені уроки
stats-detail-themes = Уроки за темами
stats-kind-session-started = Відвідування
stats-kind-language-chosen = Вибрані мови
stats-kind-assessment-started = Розпочаті опитування
stats-kind-assessment-completed = Завершені опитування
stats-kind-card-issued = Запропонована допомога
stats-kind-tutorial-started = Розпочаті уроки
stats-kind-tutorial-completed = Завершені уроки
stats-kind-ticket-printed = Надруковані талони
stats-kind-sheet-printed = Надруковані аркуші
stats-kind-idle-reset = Скидання, коли ніхто не торкався екрана
stats-kind-finish-and-erase = « Завершити »: усе стерто
stats-kind-panic-recovered = Перезапуски після помилки
stats-kind-agent-locked = Блокування режиму працівника після 5 неправильних кодів
theme-unknown = Урок, видалений з термінала
stats-download = Завантажити статистику (CSV)
stats-erase = Стерти статистику
stats-erase-title = Стерти всю статистику?
stats-erase-warning = Усі дні буде стерто. Скасувати це неможливо.
stats-erase-cancel = Ні, зберегти
stats-erase-confirm = Так, стерти все
