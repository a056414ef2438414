# Pas à pas — Ukrainian. Translated from French (locales/fr/tutorials/france-travail-actualisation.ftl). Draft: to be reviewed by a native speaker.
# Урок: щомісячне оновлення даних у France Travail. Проста мова: одне речення в рядку.

france-travail-actualisation-title = France Travail: оновлювати дані щомісяця

france-travail-actualisation-1-title = Оновлення даних щомісяця
france-travail-actualisation-1-text =
    Ви шукаєте роботу через France Travail?
    Щомісяця ви повинні робити « actualisation », тобто оновлювати свої дані.
    Оновити дані — це розповісти France Travail про свою ситуацію за минулий місяць.
    Робіть це, навіть якщо нічого не змінилося.
france-travail-actualisation-1-image = Календар.
france-travail-actualisation-1-caution =
    Без оновлення даних ваша реєстрація у France Travail припиняється.
    Ваші виплати теж припиняються.

france-travail-actualisation-1b-title = Коли оновлювати дані
france-travail-actualisation-1b-text =
    Оновити дані можна з 28 числа місяця до 15 числа наступного місяця.
    У лютому це можна робити вже з 26 числа.
france-travail-actualisation-1b-image = Календар.
france-travail-actualisation-1b-tip =
    Робіть це на самому початку цього періоду.
    Так ви будете спокійніші.

france-travail-actualisation-2-title = Увійти у свій особистий кабінет
france-travail-actualisation-2-text =
    На сайті francetravail.fr торкніться кнопки, щоб увійти.
    Напишіть свій логін (« identifiant ») і свій пароль.
    Логін — це номер або ім'я, за яким сайт вас упізнає.
    Він написаний на документах від France Travail.
    Ви також можете скористатися кнопкою FranceConnect.
france-travail-actualisation-2-image = Стрілка входить у двері.
france-travail-actualisation-2-tip = Ви також можете користуватися додатком France Travail « Mon espace » (мій кабінет) на телефоні.

france-travail-actualisation-3-title = Почати оновлення даних
france-travail-actualisation-3-text =
    Ваш особистий кабінет — це ваш акаунт на сайті France Travail.
    У цьому кабінеті знайдіть кнопку зі словом « actualiser » (оновити дані).
    Торкніться цієї кнопки, щоб почати.
france-travail-actualisation-3-image =
    Ваш особистий кабінет на сайті France Travail.
    Кнопку « Actualiser » (оновити дані) обведено.

france-travail-actualisation-4-title = Відповісти на питання
france-travail-actualisation-4-text =
    France Travail ставить вам питання про минулий місяць.
    Ви працювали?
    Ви проходили навчання?
    Ви були на лікарняному?
    Уважно прочитайте кожне питання.
    На кожне питання відповідайте « Oui » (так) або « Non » (ні).
france-travail-actualisation-4-image = Бульбашка зі знаком питання.

france-travail-actualisation-5-title = Сказати, що ви досі шукаєте роботу
france-travail-actualisation-5-text =
    Одне питання — чи ви досі шукаєте роботу.
    Якщо ви ще шукаєте роботу, відповідайте « Oui » (так).
    Якщо ви відповісте « Non » (ні), ваша реєстрація у France Travail припиниться.
    Тоді ваші виплати теж можуть припинитися.
france-travail-actualisation-5-image = Список із позначеними клітинками.
france-travail-actualisation-5-caution =
    Ви помилково відповіли « Non » (ні)?
    Швидко зателефонуйте у France Travail за номером 3949.

france-travail-actualisation-6-title = Якщо ви працювали
france-travail-actualisation-6-text =
    Якщо ви працювали, напишіть кількість годин за місяць.
    Напишіть також свою зарплату брутто, тобто до всіх відрахувань.
    Зарплата брутто написана у вашому розрахунковому листку.
france-travail-actualisation-6-image = Аркуш із сумами.
france-travail-actualisation-6-caution = Якщо ви забудете вказати роботу, можливо, доведеться повертати гроші.

france-travail-actualisation-7-title = Підтвердити і зберегти доказ
france-travail-actualisation-7-text =
    Ще раз перегляньте свої відповіді, потім торкніться кнопки, щоб підтвердити.
    Повідомлення скаже, що ваші дані оновлено.
    Збережіть цей доказ.
    Завантажте його або сфотографуйте екран.
france-travail-actualisation-7-image = Аркуш із печаткою.
france-travail-actualisation-7-tip =
    Після підтвердження виправити щось через інтернет уже не можна.
    Щоб виправити помилку, зателефонуйте на номер 3949 до 15 числа.

france-travail-actualisation-8-title = Чудово!
france-travail-actualisation-8-text =
    Ваші дані за цей місяць оновлено.
    Зробіть це знову наступного місяця, починаючи з 28 числа.
    Запам'ятайте: увійти, оновити дані, відповісти, підтвердити.
    Без інтернету теж можна, телефоном або особисто.
france-travail-actualisation-8-image = Рука показує великий палець угору.
france-travail-actualisation-8-tip = Якщо ви забули оновити дані, швидко зателефонуйте у France Travail за номером 3949.
france-travail-actualisation-8-caution = Нікому не кажіть свій пароль, навіть телефоном.

france-travail-actualisation-road-phone =
    Зателефонуйте у France Travail за номером 3949.
    Там можна оновити дані або виправити помилку.
france-travail-actualisation-road-in-person =
    Особисто: підіть у відділення France Travail або в центр France Services.
    Там вам може допомогти людина.
