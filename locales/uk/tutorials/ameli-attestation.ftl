# Pas à pas — Ukrainian. Translated from French (locales/fr/tutorials/ameli-attestation.ftl). Draft: to be reviewed by a native speaker.
# Урок: отримати довідку про страхування на ameli. Проста мова: одне речення в рядку.

ameli-attestation-title = Assurance Maladie: отримати довідку про страхування

ameli-attestation-1-title = Навіщо потрібна довідка про страхування
ameli-attestation-1-text =
    « Attestation de droits » — це довідка від Assurance Maladie (медичного страхування).
    Вона підтверджує, що Assurance Maladie оплачує ваше лікування.
    Її може попросити лікарня або роботодавець.
    Вона безкоштовна.
    Її можна отримати на ameli.fr, сайті Assurance Maladie.
ameli-attestation-1-image = Аркуш із печаткою.

ameli-attestation-2-title = Увійти у свій особистий кабінет ameli
ameli-attestation-2-text =
    Зайдіть на сайт ameli.fr або відкрийте додаток ameli.
    Торкніться кнопки, щоб увійти у свій особистий кабінет ameli.
    Напишіть свій номер соціального страхування і свій пароль.
    З 15 цифр на вашій « carte Vitale » (картці медичного страхування) напишіть тільки перші 13.
    Ви також можете торкнутися кнопки « S'identifier avec FranceConnect » (увійти через FranceConnect).
ameli-attestation-2-image = Стрілка входить у двері.
ameli-attestation-2-tip = Нікому не кажіть свій пароль.

ameli-attestation-3-title = Написати код безпеки
ameli-attestation-3-text =
    Потім сайт може попросити код безпеки.
    Це секретний код із 6 цифр.
    Робіть те, що пише екран, щоб отримати цей код.
    Напишіть цей код у поле, а потім підтвердьте.
ameli-attestation-3-image = Ключ.
ameli-attestation-3-caution =
    Нікому не кажіть цей код.
    Assurance Maladie ніколи не просить ваші коди телефоном чи електронною поштою.

ameli-attestation-4-title = Знайти « Attestation de droits »
ameli-attestation-4-text =
    У своєму особистому кабінеті знайдіть « Attestation de droits » (довідка про страхування).
    Вона в розділі « Mes démarches » (мої справи).
    Торкніться « Attestation de droits ».
ameli-attestation-4-image =
    Сторінка вашого особистого кабінету ameli.
    Кнопку « Attestation de droits » обведено.

ameli-attestation-5-title = Вибрати людину
ameli-attestation-5-text =
    Виберіть людину, якій потрібна довідка.
    Це ви або дитина, записана у вашому особистому кабінеті.
    Торкніться її імені.
ameli-attestation-5-image = Двоє людей.

ameli-attestation-6-title = Завантажити довідку
ameli-attestation-6-text =
    Торкніться кнопки, щоб попросити довідку.
    Потім завантажте її.
    Завантажити — це зберегти копію на своєму телефоні або комп'ютері.
ameli-attestation-6-image = Стрілка вниз.

ameli-attestation-7-title = Надрукувати або показати довідку
ameli-attestation-7-text =
    Ви можете надрукувати довідку на аркуші паперу.
    Ви також можете показати її на екрані свого телефона.
    Або надішліть її електронною поштою, як вкладення.
ameli-attestation-7-image = Принтер.
ameli-attestation-7-tip = Термінал Assurance Maladie також може надрукувати вашу довідку.

ameli-attestation-8-title = Чудово!
ameli-attestation-8-text =
    Тепер у вас є довідка про страхування.
    Запам'ятайте: увійти, код, « Attestation de droits », завантажити.
    Ви можете будь-коли попросити нову довідку.
    Без інтернету теж можна, телефоном або особисто.
ameli-attestation-8-image = Рука показує великий палець угору.
ameli-attestation-8-caution =
    Довідка безкоштовна.
    Сайт, який просить за неї гроші, — це шахрайство.

ameli-attestation-road-phone =
    Зателефонуйте в Assurance Maladie за номером 3646.
    Попросіть свою довідку.
    Вона прийде до вас додому поштою.
    Дзвінок коштує як звичайний дзвінок.
ameli-attestation-road-in-person =
    Особисто: підіть у відділення Assurance Maladie або в центр France Services.
    У відділенні Assurance Maladie термінал може надрукувати вашу довідку.
