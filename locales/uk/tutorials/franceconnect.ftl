# Pas à pas — Ukrainian. Translated from French (locales/fr/tutorials/franceconnect.ftl). Draft: to be reviewed by a native speaker.
# Урок: увійти через FranceConnect. Проста мова: одне речення в рядку.

franceconnect-title = Увійти через FranceConnect

franceconnect-1-title = Один акаунт для багатьох сайтів
franceconnect-1-text =
    FranceConnect — це державна служба.
    Вона дає змогу входити на багато державних сайтів.
    Ви користуєтеся акаунтом, який у вас уже є.
    Наприклад, вашим акаунтом податкової служби або вашим акаунтом ameli.
    Вам не треба запам'ятовувати новий пароль.
franceconnect-1-image = Ключ.
franceconnect-1-tip = Акаунт — це ваш особистий кабінет на сайті, захищений паролем.

franceconnect-2-title = Знайти кнопку FranceConnect
franceconnect-2-text =
    Зайдіть на сайт державної служби.
    Наприклад, на сайт податкової служби або France Travail.
    Знайдіть кнопку « S'identifier avec FranceConnect » (увійти через FranceConnect).
    Торкніться цієї кнопки.
franceconnect-2-image =
    Сторінка входу на державний сайт.
    Кнопку FranceConnect обведено.
franceconnect-2-tip =
    Деякі сайти просять FranceConnect+, більш надійну версію.
    Тоді потрібен France Identité або Identité Numérique La Poste.

franceconnect-3-title = Вибрати акаунт, який у вас є
franceconnect-3-text =
    FranceConnect показує вам список акаунтів.
    Наприклад, податкова служба, ameli, France Identité або Identité Numérique La Poste.
    Виберіть акаунт, пароль від якого ви знаєте.
    Торкніться цього акаунта.
franceconnect-3-image = Список із галочками.
franceconnect-3-tip =
    Щоразу вибирайте той самий акаунт.
    Так легше запам'ятати.

franceconnect-4-title = Написати свій логін і пароль
franceconnect-4-text =
    Відкривається сайт вибраного акаунта.
    Напишіть свій логін (« identifiant ») і свій пароль.
    Логін — це номер або ім'я, за яким сайт вас упізнає.
    Сайт може також попросити секретний код, який прийде електронною поштою.
    Торкніться кнопки, щоб увійти.
franceconnect-4-image = Зірочки ховають пароль.
franceconnect-4-caution = Ніколи не давайте свій пароль телефоном, у повідомленні чи електронною поштою.

franceconnect-5-title = Спробувати з вигаданим акаунтом
franceconnect-5-text =
    Тут ви тренуєтеся з вигаданим акаунтом.
    Екран показує вам вигаданий логін і вигаданий пароль.
    Перепишіть їх у поля.
    Торкніться ока, щоб побачити або сховати пароль.
    Термінал нічого не надсилає і нічого не зберігає.
franceconnect-5-image = Око.

franceconnect-6-title = Чудово!
franceconnect-6-text =
    Потім ви повертаєтеся на сайт державної служби, і він вас упізнає.
    Ви можете зробити свою справу.
    Запам'ятайте: кнопка FranceConnect, потім акаунт, який у вас уже є.
    Щоб отримати допомогу, є номер телефону і місця, куди можна прийти.
franceconnect-6-image = Рука показує великий палець угору.
franceconnect-6-tip = На спільному комп'ютері вийдіть зі свого акаунта, коли закінчите справу.
franceconnect-6-caution = Ніколи не платіть за FranceConnect.

franceconnect-road-phone =
    Зателефонуйте в Solidarité Numérique за номером 01 70 772 372.
    Люди, які пройшли навчання, допоможуть вам зі справами в інтернеті.
    Служба працює з понеділка по п'ятницю, з 9 до 18 години.
franceconnect-road-in-person =
    Особисто: центр France Services допоможе вам увійти.
    Ця допомога безкоштовна.
