# Pas à pas — العربية. مترجم من الفرنسية (locales/fr/pasapas.ftl) بلغة سهلة:
# فكرة واحدة في كل جملة، وكلمات بسيطة. الحالة: مسودة، تحتاج إلى مراجعة متحدث أصلي.

## Application

app-title = Pas à pas

## Welcome screen

welcome-title = مرحبًا
welcome-touch = المس لغتك للبدء.
welcome-choose = اختر لغتك.
welcome-languages = لغات هذا الجهاز
welcome-forget = ينسى الجهاز كل شيء عندما تغادر.
language-not-loaded = هذه اللغة غير جاهزة. المس لغة أخرى، أو اسأل في مكتب الاستقبال.

## Home screen

home-title = ماذا تريد أن تفعل؟
home-intro = المس زرًا كبيرًا.
home-help = كيف تستعمل الجهاز
home-agent = يمكنك أيضًا أن تطلب المساعدة من موظف.

## Help: how to use the kiosk

help-title = كيف تستعمل الجهاز
help-tap = المس الزر مرة واحدة فقط.
help-home = زر «{ toolbar-home }» يرجع إلى البداية.
help-back = زر «{ toolbar-back }» يرجع إلى الشاشة السابقة.
help-language = زر «{ toolbar-language }» يغيّر اللغة.
help-text-size = زر «{ toolbar-text-size }» يكبّر الحروف.
help-contrast = زر «{ toolbar-contrast }» يجعل الشاشة أسهل للرؤية.
help-read-aloud = زر «{ toolbar-read-aloud }» يقرأ كل شاشة.
help-repeat = زر «{ toolbar-repeat }» يقرأ هذه الشاشة مرة أخرى.
help-finish = زر «{ toolbar-finish }» يمسح كل شيء للشخص التالي.
help-more = مع الحروف الكبيرة جدًا، تُخفى بعض الأزرار. زر «{ toolbar-more }» يُظهرها.
help-forget = { $minutes ->
    [one] إذا لم يلمس أحد الشاشة لمدة دقيقة واحدة، يمسح الجهاز كل شيء.
    [two] إذا لم يلمس أحد الشاشة لمدة دقيقتين، يمسح الجهاز كل شيء.
    [few] إذا لم يلمس أحد الشاشة لمدة { $minutes } دقائق، يمسح الجهاز كل شيء.
    [many] إذا لم يلمس أحد الشاشة لمدة { $minutes } دقيقة، يمسح الجهاز كل شيء.
   *[other] إذا لم يلمس أحد الشاشة لمدة { $minutes } دقيقة، يمسح الجهاز كل شيء.
}

## Toolbar, at the top of every screen

toolbar-label = أزرار الجهاز
toolbar-home = الرئيسية
toolbar-back = رجوع
toolbar-language = اللغة
toolbar-text-size = حجم النص
toolbar-text-size-state = { $percent ->
    [150] كبير
    [200] كبير جدًا
   *[other] عادي
}
toolbar-contrast = تباين قوي
toolbar-read-aloud = القراءة بصوت عالٍ
toolbar-repeat = استمع إلى الشاشة
toolbar-finish = انتهيت
toolbar-more = أزرار أخرى

## Language choice

language-title = اختر لغتك
dialog-close = إغلاق

## I have finished: erase everything

finish-title = هل انتهيت؟
finish-erase = سيمسح الجهاز كل شيء.
finish-next = الشخص التالي لن يرى شيئًا.
finish-confirm = نعم، امسح كل شيء
finish-cancel = لا، أريد أن أكمل

## Nobody touches the screen

idle-title = هل ما زلت هنا؟
idle-touch = المس الشاشة للمتابعة.
idle-countdown = { $seconds ->
    [zero] سيمسح الجهاز كل شيء الآن.
    [one] سيمسح الجهاز كل شيء بعد ثانية واحدة.
    [two] سيمسح الجهاز كل شيء بعد ثانيتين.
    [few] سيمسح الجهاز كل شيء بعد { $seconds } ثوانٍ.
    [many] سيمسح الجهاز كل شيء بعد { $seconds } ثانية.
   *[other] سيمسح الجهاز كل شيء بعد { $seconds } ثانية.
}
idle-continue = أريد أن أكمل

## Read aloud

speech-no-voice = لا يستطيع هذا الجهاز القراءة بصوت عالٍ بهذه اللغة.

## The kiosk restarts after a problem

restart-title = الجهاز يعيد التشغيل.
restart-wait = انتظر قليلًا من فضلك.
safe-title = الجهاز معطّل.
safe-line = اطلب المساعدة من مكتب الاستقبال.
safe-agent = للموظف: توقّف الجهاز عدة مرات متتالية. سيحاول من جديد وحده. إذا استمر العطل، أعد تشغيل الحاسوب وأبلغ الفريق التقني. الخطأ:
safe-retry = المحاولة التالية في الساعة { $time }.

## Unknown screen

notfound-title = هذه الشاشة غير موجودة.
notfound-home = الرجوع إلى الشاشة الرئيسية

## الدروس: القائمة

home-tutorials = تعلّم خطوة بخطوة
tutorials-title = تعلّم خطوة بخطوة
tutorials-intro = اختر ما تريد أن تتعلّمه.
tutorials-minutes = { $minutes ->
    [zero] { $minutes } دقيقة
    [one] دقيقة واحدة
    [two] دقيقتان
    [few] { $minutes } دقائق
    [many] { $minutes } دقيقة
   *[other] { $minutes } دقيقة
}
theme-prendre-en-main-du-materiel = استعمال الأجهزة
theme-navigation-sur-internet = الدخول إلى الإنترنت
theme-email = البريد الإلكتروني
theme-prevention-en-securite-numerique = حماية نفسك
theme-aide-aux-demarches-administratives = الإجراءات عبر الإنترنت
theme-sante = الصحة
theme-insertion-professionnelle = العمل
theme-reseaux-sociaux-communication = التواصل مع الأقارب

## الدروس: خطوة واحدة

step-progress = الخطوة { $step } من { $total }
step-nav-label = تغيير الخطوة
step-previous = السابق
step-next = التالي
step-repeat = استمع مرة أخرى
step-tip = نصيحة:
step-caution = انتبه:
step-stuck = لا تعرف ماذا تفعل؟ اطلب المساعدة في مكتب الاستقبال.
step-done = لقد انتهيت.
step-print = اطبع هذه الخطوات
step-list = شاهد كل ما يمكنك تعلّمه
step-unknown = هذه الصفحة غير موجودة.

## الورقة التي تأخذها معك

sheet-shown = هذه ورقتك.
sheet-no-paper = لم تخرج الورقة؟ اعرض هذه الشاشة على موظف الاستقبال.
sheet-date = طُبعت بتاريخ { $date }.
sheet-help = هل تحتاج إلى مساعدة؟ ⁦Solidarité Numérique⁩ تجيب بالهاتف على الرقم ⁦01 70 772 372⁩.
roads-title = يمكنك أيضًا القيام بذلك بدون إنترنت.
sheet-cautions = انتبه:

## لوحة المفاتيح على الشاشة
# الصفوف بالحروف اللاتينية (AZERTY) كما في الفرنسية: عناوين البريد الإلكتروني تُكتب بالحروف اللاتينية.

keyboard-label = لوحة المفاتيح
keyboard-row-1 = 1 2 3 4 5 6 7 8 9 0
keyboard-row-2 = a z e r t y u i o p
keyboard-row-3 = q s d f g h j k l m
keyboard-row-4 = w x c v b n @ . - _
keyboard-space = مسافة
keyboard-erase = مسح

## التمرين

practice-title = جرّب بنفسك
practice-nothing-kept = هذا للتمرين فقط. لا يُرسَل شيء، ولا يُحفَظ شيء.
practice-email-label = عنوان بريد إلكتروني للتمرين
practice-email-hint = مثلًا: ⁦marie.dupont@exemple.fr⁩
practice-email-empty = المس الحروف لتكتب.
practice-email-space = عنوان البريد الإلكتروني ليس فيه مسافات.
practice-email-missing-at = علامة @ ناقصة.
practice-email-bad-at = اكتب اسمك، ثم علامة @ واحدة فقط.
practice-email-missing-dot = بعد علامة @، اكتب مثلًا ⁦exemple.fr⁩
practice-email-good = أحسنت! هذا العنوان مكتوب بشكل صحيح.
practice-fc-choose = اختر حسابًا للتمرين:
practice-fc-account-impots = impots.gouv.fr
practice-fc-account-ameli = ameli.fr
practice-fc-example = للتمرين، اكتب المعرّف { $identifier } وكلمة المرور { $password }.
practice-fc-identifier = المعرّف
practice-fc-password = كلمة المرور
practice-fc-show = إظهار كلمة المرور
practice-fc-connect = تسجيل الدخول
practice-fc-wrong = هذا غير صحيح بعد. انظر إلى المثال.
practice-fc-good = أحسنت! لقد سجّلت الدخول.
practice-attach-to = إلى:
practice-attach-address = mairie@exemple.fr
practice-attach-message = مرحبًا، هذه وثيقتي.
practice-attach-button = إرفاق ملف
practice-attach-gallery = صورك:
practice-attach-photo-bill = صورة فاتورة
practice-attach-photo-certificate = صورة شهادة
practice-attach-photo-id = صورة بطاقة هوية
practice-attach-attached = الملف المرفق: { $name }
practice-attach-send = إرسال
practice-attach-need = المس أولًا زر «إرفاق ملف».
practice-attach-sent = أحسنت! أُرسلت الرسالة مع الصورة.
practice-scam-real = رسالة حقيقية
practice-scam-scam = احتيال
practice-scam-right = إجابة صحيحة!
practice-scam-wrong = هذا غير صحيح.
practice-scam-score = { $right ->
    [zero] ليس لديك أي إجابة صحيحة من أصل { $total }.
    [one] لديك إجابة صحيحة واحدة من أصل { $total }.
    [two] لديك إجابتان صحيحتان من أصل { $total }.
    [few] لديك { $right } إجابات صحيحة من أصل { $total }.
    [many] لديك { $right } إجابة صحيحة من أصل { $total }.
   *[other] لديك { $right } إجابة صحيحة من أصل { $total }.
}
# رقم الهاتف بين علامتين غير مرئيتين (U+2066 و U+2069) حتى لا تنقلب أرقامه في النص العربي.
practice-scam-1-from = رسالة نصية من: ⁦06 12 34 56 78⁩
practice-scam-1-text = طردك عالق. ادفع 1,99 يورو على ⁦colis-suivi-livraison.info⁩
practice-scam-1-why = شركة التوصيل الحقيقية لا تطلب منك أبدًا الدفع عبر رابط في رسالة نصية.
practice-scam-2-from = بريد إلكتروني من: ⁦ameli⁩
practice-scam-2-text = توجد وثيقة جديدة في حسابك على ⁦ameli⁩. ادخل إلى ⁦ameli.fr⁩ لقراءتها.
practice-scam-2-why = هذه الرسالة لا تطلب منك شيئًا. هي تقول لك أن تدخل بنفسك إلى الموقع الحقيقي.
practice-scam-3-from = بريد إلكتروني من: ⁦carte-vitale-service@gmail.com⁩
practice-scam-3-text = بطاقتك الصحية (⁦carte Vitale⁩) تنتهي صلاحيتها غدًا. أعطِ رقم بطاقتك البنكية للاحتفاظ بها.
practice-scam-3-why = البطاقة الصحية (⁦carte Vitale⁩) مجانية. التأمين الصحي (⁦Assurance Maladie⁩) لا يطلب أبدًا بطاقتك البنكية.

## الأعلى والأسفل

scroll-label = تحريك الشاشة
scroll-up = إلى الأعلى
scroll-down = إلى الأسفل

## إيجاد المساعدة بالقرب من هنا

home-near = إيجاد المساعدة بالقرب من هنا
near-title = إيجاد المساعدة بالقرب من هنا
near-intro = هذه أماكن يمكنها مساعدتك. الأماكن المفتوحة الآن تأتي أولًا.
near-loading = قائمة الأماكن قادمة.
near-unavailable = قائمة الأماكن غير متوفرة. اسأل في مكتب الاستقبال.
near-none = لا يوجد مكان قريب من هنا. اسأل في مكتب الاستقبال.
near-place-helps = هذا المكان يمكنه مساعدتك في:
place-phone = الهاتف:
place-open = مفتوح الآن.
place-open-until = مفتوح الآن، حتى الساعة { $time }.
place-opens = مغلق الآن. يفتح يوم { $day } الساعة { $time }.
place-opens-today = مغلق الآن. يفتح اليوم الساعة { $time }.
place-opens-tomorrow = مغلق الآن. يفتح غدًا الساعة { $time }.
place-hours-unknown = مواعيد العمل: اتصل قبل أن تذهب.
place-itinerant = خدمة متنقلة. تأتي في أيام معيّنة. اتصل قبل ذلك.
place-access-referral = بطلب من مساعد اجتماعي
place-access-booking = بموعد يُحجز على الإنترنت
place-access-mail = أرسل بريدًا إلكترونيًا قبل أن تأتي
place-access-phone = اتصل قبل أن تأتي
place-access-walk-in = بدون موعد

## أنواع المساعدة

orientation-get-equipped-title = الحصول على هاتف أو حاسوب بسعر منخفض
orientation-do-it-with-a-professional-title = القيام بإجراءاتك مع شخص مختص
orientation-do-it-for-me-title = يمكن لشخص أن يقوم بالإجراء بدلًا منك
orientation-learn-the-basics-title = تعلّم الأساسيات خطوة بخطوة
orientation-learn-online-procedures-title = تعلّم القيام بإجراءاتك عبر الإنترنت
orientation-protect-yourself-title = تعلّم كيف تحمي نفسك من الاحتيال
orientation-employment-title = البحث عن عمل عبر الإنترنت
orientation-go-on-alone-title = المتابعة وحدك، بحاسوب
orientation-talk-to-someone-title = التحدث مع شخص
orientation-other-procedure-title = ⁦France Services⁩ يساعدك في إجراءاتك الأخرى

## معرفة مستواي في الأجهزة والإنترنت (أسئلة)

home-assessment = نظرة على استعمالك للأجهزة والإنترنت
assessment-title = نظرة على استعمالك للأجهزة والإنترنت
assessment-progress = السؤال { $number }
assessment-few-left = بقيت بعض الأسئلة فقط.
assessment-last = هذا هو السؤال الأخير.
assessment-next = التالي
assessment-skip = لا أريد أن أجيب
assessment-several = يمكنك أن تلمس أكثر من إجابة واحدة.
assessment-answer-alone = نعم، وحدي
assessment-answer-with-help = بمساعدة
assessment-answer-no = لا
assessment-answer-dont-understand = لا أفهم السؤال
assessment-reading = هل قراءة الفرنسية سهلة بالنسبة لك؟
assessment-reading-easy = سهلة
assessment-reading-hard = صعبة
assessment-reading-no = لا أقرأ الفرنسية
assessment-equipment = ماذا لديك في البيت؟
assessment-equipment-smartphone = هاتف بشاشة لمس
assessment-equipment-basic-phone = هاتف للمكالمات فقط
assessment-equipment-computer = حاسوب
assessment-equipment-tablet = جهاز لوحي
assessment-equipment-none = لا شيء من هذا
assessment-internet = هل لديك إنترنت في البيت؟
assessment-internet-yes = نعم
assessment-internet-phone-only = فقط على هاتفي
assessment-internet-no = لا
assessment-email = هل لديك بريد إلكتروني تعرف كيف تفتحه؟
assessment-email-yes = نعم
assessment-email-forgotten = لدي بريد، لكني لم أعد أعرف كيف أفتحه
assessment-email-no = لا، ليس لدي بريد
assessment-goal = ماذا تريد أن تفعل؟
assessment-goal-caf = ⁦Caf⁩ (المساعدات العائلية)
assessment-goal-health = الصحة، ⁦ameli⁩ (التأمين الصحي)
assessment-goal-taxes = الضرائب
assessment-goal-job = العمل، ⁦France Travail⁩ (مؤسسة التشغيل)
assessment-goal-papers = الوثائق: بطاقة الهوية، رخصة القيادة، أوراق السيارة
assessment-goal-housing = السكن
assessment-goal-pension = التقاعد
assessment-goal-residence-permit = بطاقة الإقامة
assessment-goal-school = مدرسة الأطفال
assessment-goal-keep-in-touch = التحدث مع عائلتي
assessment-goal-learn-basics = تعلّم الأساسيات
assessment-goal-something-else = شيء آخر
assessment-switch-on = أعرف كيف أشغّل هاتفًا أو حاسوبًا.
assessment-unlock = أعرف كيف أفتح هاتفي برمزي.
assessment-touch-keyboard = أعرف كيف ألمس الشاشة، أو أستعمل الفأرة ولوحة المفاتيح.
assessment-wifi = أعرف كيف أتصل بشبكة الواي فاي.
assessment-open-website = أعرف كيف أدخل إلى موقع إنترنت، مثلًا ⁦caf.fr⁩
assessment-official-site = أعرف كيف أتعرّف على موقع رسمي.
assessment-read-email = أعرف كيف أقرأ بريدي الإلكتروني.
assessment-send-attachment = أعرف كيف أرسل بريدًا إلكترونيًا مع صورة أو وثيقة.
assessment-passwords = أعرف كيف أجد كلمات المرور الخاصة بي.
assessment-passwords-secret = أحتفظ بكلمات المرور لنفسي.
assessment-franceconnect = أعرف كيف أسجّل الدخول عبر ⁦FranceConnect⁩.
assessment-fill-form = أعرف كيف أملأ استمارة على الإنترنت حتى النهاية.
assessment-scan-send = أعرف كيف أصوّر ورقة.
assessment-recognise-scam = أعرف كيف أتعرّف على رسالة مزيّفة.
assessment-preference = كيف تحب أن تتعلّم أو أن تحصل على المساعدة؟
assessment-preference-alone = وحدي، على حاسوب
assessment-preference-beside-me = مع شخص بجانبي
assessment-preference-workshop = في مجموعة، في ورشة
assessment-preference-for-me = شخص يقوم بالإجراء بدلًا مني
assessment-trusted-person = هل يساعدك أحيانًا شخص تثق به؟ مثلًا أحد أفراد عائلتك أو جار.
assessment-trusted-person-yes = نعم
assessment-trusted-person-no = لا، لا أحد
assessment-age = كم عمرك؟
assessment-age-under-25 = أقل من 25 سنة
assessment-age-25-59 = من 25 إلى 59 سنة
assessment-age-60-74 = من 60 إلى 74 سنة
assessment-age-75-plus = 75 سنة أو أكثر
assessment-disability = هل يجب أن يكون المكان مناسبًا لحالتك؟
assessment-disability-deafness = لا أسمع جيدًا
assessment-disability-low-vision = لا أرى جيدًا
assessment-disability-motor = أتحرّك بصعوبة
assessment-disability-cognitive = أجد صعوبة في الفهم أو في التذكّر

## النتيجة

result-title = نتيجتك
result-part = الصفحة { $number } من { $total }
result-nav-label = تغيير الصفحة
result-keep = للاحتفاظ به
result-profile-discovering = أنا في البداية
result-profile-with-help = أنجح عندما يساعدني أحد
result-profile-almost-autonomous = أستطيع تقريبًا أن أعتمد على نفسي
result-profile-intro = هذا ليس امتحانًا. الهدف هو إيجاد المساعدة المناسبة لك.
result-stars = { $stars ->
    [one] نجمة واحدة من أصل 3
    [two] نجمتان من أصل 3
    [few] { $stars } نجوم من أصل 3
    [many] { $stars } نجمة من أصل 3
   *[other] { $stars } نجمة من أصل 3
}
result-not-assessed = لا يوجد سؤال عن هذا الموضوع. سنتحدث عنه معك.
result-group-basics = الأساسيات
result-group-communicating = التواصل
result-group-procedures-and-safety = الإجراءات والأمان
result-help = المساعدة المناسبة لك
result-ask = اطلب:
result-documents = أحضر معك:
result-places = إلى أين تذهب:
result-no-place = اسأل في مكتب الاستقبال إلى أين تذهب.
result-tutorials = لتتعلّم هنا، على هذا الجهاز:
result-again = ابدأ الأسئلة من جديد
orientation-get-equipped-ask = هاتف أو حاسوب مستعمل في حالة جيدة، وإنترنت بسعر منخفض.
orientation-do-it-with-a-professional-ask = موعد في ⁦France Services⁩ (مكتب الخدمات العمومية). موظف مختص يقوم بالإجراء معك.
orientation-do-it-for-me-ask = موظف مؤهَّل من ⁦Aidants Connect⁩ (خدمة رسمية من الدولة) يقوم بالإجراء بدلًا منك، بموافقتك.
orientation-learn-the-basics-ask = ورشة للمبتدئين، مع موظف مؤهَّل.
orientation-learn-online-procedures-ask = مساعدة لتتعلّم القيام بإجراءاتك عبر الإنترنت.
orientation-protect-yourself-ask = ورشة عن الأمان والاحتيال.
orientation-employment-ask = مساعدة للبحث عن عمل عبر الإنترنت.
orientation-go-on-alone-ask = حاسوب لك، بدون موعد. وأشياء أخرى تتعلّمها على هذا الجهاز.
orientation-talk-to-someone-ask = قل ما تريد فعله. سيساعدك شخص على إيجاد المساعدة المناسبة.
orientation-other-procedure-ask = مثلًا التقاعد أو السكن أو بطاقة الإقامة. اطلب موعدًا.
orientation-documents-caf = رقم الضمان الاجتماعي، بريد إلكتروني تعرف كيف تفتحه، هاتفك.
orientation-documents-health = بطاقتك الصحية «⁦carte Vitale⁩»، بريد إلكتروني تعرف كيف تفتحه، هاتفك.
orientation-documents-taxes = آخر إشعار ضريبي وصلك، آخر تصريح بالدخل، بريد إلكتروني تعرف كيف تفتحه، هاتفك.
orientation-documents-job = معرّفك لدى «⁦France Travail⁩» (مؤسسة التشغيل)، كشوف راتبك، هاتفك.
orientation-documents-papers = بطاقتك القديمة أو رخصة القيادة، فاتورة عليها عنوانك (ماء، كهرباء، هاتف)، صورة شخصية للهوية.

## التذكرة

ticket-print = اطبع تذكرتي
ticket-shown = هذه تذكرتك.
ticket-logins = أين أحتفظ بمعرّفاتي
ticket-logins-advice = اكتب هنا أين تحتفظ بها. لا تكتب أبدًا أي كلمة مرور على هذه التذكرة.
ticket-helpline = ⁦Solidarité Numérique⁩ (خدمة وطنية للمساعدة في الأجهزة والإنترنت) تساعدك بالهاتف على الرقم ⁦01 70 772 372⁩.
ticket-place-again = انظر أعلاه.
ticket-place-updated = معلومات بتاريخ { $date }.
ticket-day-hours = { $day }: { $hours }
ticket-days-hours = من { $first } إلى { $last }: { $hours }
ticket-place-hours = أوقات العمل:
ticket-lacks = ينقصني:
ticket-goal = جئت من أجل:
orientation-lacks-home-internet = الإنترنت في البيت (لدي إنترنت على هاتفي فقط).
orientation-lacks-internet = الإنترنت في البيت.
orientation-lacks-device = جهاز: هاتف أو حاسوب أو جهاز لوحي.
orientation-lacks-smartphone = هاتف فيه إنترنت (لدي هاتف للمكالمات).
orientation-lacks-email = بريد إلكتروني.
orientation-lacks-email-access = الوصول إلى بريدي الإلكتروني.
orientation-lacks-trusted-person = شخص يساعدني في البيت.
orientation-lacks-reading = قراءة الفرنسية.
ticket-qr = هذا المربع الأسود والأبيض يساعد الموظف. لا يحتوي على اسمك.
ticket-for-agent = Pour l'agent, en français :
ticket-number = ⁦Pas à pas⁩، التذكرة { $number }
ticket-group-stars = { $group }: { $stars }
ticket-pass-numerique = اطلب «⁦Pass numérique⁩» في مكتب الاستقبال. هو قسيمة تدفع ثمن الورشات.
result-pass-numerique = البلدية تعطي قسائم «⁦Pass numérique⁩». هذه القسائم تدفع ثمن الورشات. اسأل في مكتب الاستقبال.
sheet-qr = هذا المربع الأسود والأبيض يفتح هذه الخطوات على الهاتف.

## وضع الموظف

agent-title = وضع الموظف
agent-loading = جارٍ التحميل…
agent-pin-label = اكتب رمزك.
agent-pin-typed = { $count ->
    [0] لم تكتب أي رقم.
    [one] كتبت رقمًا واحدًا.
    [two] كتبت رقمين.
    [few] كتبت { $count } أرقام.
    [many] كتبت { $count } رقمًا.
   *[other] كتبت { $count } رقم.
}
agent-pin-erase = مسح
agent-pin-open = فتح
agent-pin-too-short = { $max ->
    [one] الرمز فيه من { $min } إلى { $max } رقم.
    [two] الرمز فيه من { $min } إلى { $max } رقم.
    [few] الرمز فيه من { $min } إلى { $max } أرقام.
    [many] الرمز فيه من { $min } إلى { $max } رقمًا.
   *[other] الرمز فيه من { $min } إلى { $max } رقم.
}
agent-pin-checking = جارٍ التحقق من الرمز…
agent-pin-wrong = { $left ->
    [0] رمز خاطئ. وضع الموظف مقفل لمدة دقيقة واحدة.
    [one] رمز خاطئ. بقيت محاولة واحدة قبل القفل.
    [two] رمز خاطئ. بقيت محاولتان قبل القفل.
    [few] رمز خاطئ. بقيت { $left } محاولات قبل القفل.
    [many] رمز خاطئ. بقيت { $left } محاولة قبل القفل.
   *[other] رمز خاطئ. بقيت { $left } محاولة قبل القفل.
}
agent-locked = رموز خاطئة كثيرة. وضع الموظف مقفل. حاول مرة أخرى بعد { $minutes ->
        [one] دقيقة واحدة
        [two] دقيقتين
        [few] { $minutes } دقائق
        [many] { $minutes } دقيقة
       *[other] { $minutes } دقيقة
    } و{ $seconds ->
        [one] ثانية واحدة.
        [two] ثانيتين.
        [few] { $seconds } ثوانٍ.
        [many] { $seconds } ثانية.
       *[other] { $seconds } ثانية.
    }
agent-no-pin = وضع الموظف مغلق: لم يُضبط أي رمز.
agent-no-pin-how = الشخص الذي يركّب الجهاز ينشئ الرمز بالأمر «⁦cargo xtask hash-pin⁩». ثم ينسخ النتيجة في ملف الإعدادات، في القسم [⁦agent⁩].
agent-leave = الرجوع إلى الشاشة الرئيسية
agent-bar-label = وضع الموظف
agent-bar-closes = يُغلق وحده في الساعة { $time }.
agent-quit = الخروج من وضع الموظف
agent-dashboard-title = ماذا تريد أن تفعل؟
agent-launch-title = تشغيل درس لشخص
agent-launch-intro = بلغته، وفي الخطوة المناسبة. أو اطبع ورقته.
agent-launch-which = أي درس؟
agent-launch-language = بأي لغة؟
agent-launch-step = في أي خطوة؟
agent-launch-step-before = الخطوة السابقة
agent-launch-step-after = الخطوة التالية
agent-launch-start = تشغيل للشخص
agent-status-title = الجهاز: الملفات والطابعة والأصوات
agent-status-intro = الإعدادات، قائمة الأماكن، تذكرة تجريبية.
agent-stats-title = إحصاءات الجهاز
agent-stats-intro = مجهولة الهوية، حسب اليوم. جدول، رسوم بيانية، تصدير ⁦CSV⁩.

## ملفات الجهاز (شاشة الموظف والأمر check-config)

report-config-title = ملف الإعدادات
report-config-ok = تمت قراءة الملف. لا توجد أي مشكلة.
report-config-problems = { $count ->
    [one] تمت قراءة الملف مع مشكلة واحدة. يستعمل الجهاز الإعداد الافتراضي بدلًا من الإعداد الخاطئ:
    [two] تمت قراءة الملف مع مشكلتين. يستعمل الجهاز الإعدادات الافتراضية بدلًا من الإعدادات الخاطئة:
    [few] تمت قراءة الملف مع { $count } مشاكل. يستعمل الجهاز الإعدادات الافتراضية بدلًا من الإعدادات الخاطئة:
    [many] تمت قراءة الملف مع { $count } مشكلة. يستعمل الجهاز الإعدادات الافتراضية بدلًا من الإعدادات الخاطئة:
   *[other] تمت قراءة الملف مع { $count } مشكلة. يستعمل الجهاز الإعدادات الافتراضية بدلًا من الإعدادات الخاطئة:
}
report-config-missing = الملف غير موجود (خطأ { $status }). يستعمل الجهاز الإعدادات الافتراضية.
report-config-unreachable = لا يمكن الوصول إلى الملف: الخادم لا يجيب. يستعمل الجهاز الإعدادات الافتراضية.
config-problem-syntax = السطر { $line }: الملف مكتوب بشكل خاطئ هنا. التفاصيل: { $detail }
config-problem-unknown-setting = السطر { $line }: «{ $setting }» ليس إعدادًا معروفًا. تم تجاهله. تحقّق من الكتابة.
config-problem-wrong-type = السطر { $line }: «{ $setting }» يجب أن يكون { $expected ->
    [text] نصًا بين علامتي تنصيص
    [number] عددًا
    [whole-number] عددًا صحيحًا
    [yes-no] ⁦true⁩ (نعم) أو ⁦false⁩ (لا)
    [list] قائمة بين قوسين مربعين
   *[table] قسمًا بين قوسين مربعين
}.
config-problem-out-of-range = السطر { $line }: «{ $setting }» يجب أن يكون بين { $min } و{ $max }.
config-problem-not-allowed = السطر { $line }: قيمة «{ $setting }» هي { $value }. القيم الممكنة: { $allowed }.
config-problem-unknown-language = السطر { $line }: «{ $setting }»: اللغة «{ $value }» غير موجودة على الجهاز. اللغات الممكنة: { $known }.
config-problem-default-not-enabled = السطر { $line }: اللغة الافتراضية «{ $value }» يجب أن تكون أيضًا في «⁦languages.enabled⁩».
config-problem-half-coordinates = السطر { $line }: «{ $setting }» ناقص. اكتب خط العرض وخط الطول معًا، أو لا تكتب أيًّا منهما.
config-problem-bad-address = السطر { $line }: قيمة «{ $setting }» هي «{ $value }». اكتب مسارًا يبدأ بـ / أو عنوانًا يبدأ بـ ⁦https://⁩
config-problem-empty-text = السطر { $line }: «{ $setting }» فارغ.
config-problem-bad-pin-hash = السطر { $line }: «{ $setting }» ليس رمزًا مشفّرًا بالأمر «⁦cargo xtask hash-pin⁩». يبقى وضع الموظف مغلقًا.
config-problem-format-version = السطر { $line }: قيمة ⁦format_version⁩ هي { $found }. هذا الجهاز يقرأ النسخة { $expected }.
config-problem-no-format-version = السطر { $line }: أضف «⁦format_version = 1⁩» في أعلى الملف.
config-problem-too-large = حجم الملف { $size } كيلوبايت. الجهاز يقرأ { $limit } كيلوبايت على الأكثر. لم تتم قراءته: الإعدادات الافتراضية هي المعمول بها.
check-config-web = { $address }: عنوان على الإنترنت. تحقق منه في شاشة الموظف على الجهاز.
check-config-problems = { $count ->
    [one] مشكلة واحدة يجب إصلاحها.
    [two] مشكلتان يجب إصلاحهما.
    [few] { $count } مشاكل يجب إصلاحها.
    [many] { $count } مشكلة يجب إصلاحها.
   *[other] { $count } مشكلة يجب إصلاحها.
}
report-places-title = قائمة الأماكن
report-places-kept = { $count ->
    [0] لم يُحتفظ بأي مكان.
    [one] تم الاحتفاظ بمكان واحد.
    [two] تم الاحتفاظ بمكانين.
    [few] تم الاحتفاظ بـ { $count } أماكن.
    [many] تم الاحتفاظ بـ { $count } مكانًا.
   *[other] تم الاحتفاظ بـ { $count } مكان.
}
report-places-skipped = { $count ->
    [0] لم يُستبعد أي سطر.
    [one] استُبعد سطر واحد، لأنه لا يتبع نموذج البيانات الوطني.
    [two] استُبعد سطران، لأنهما لا يتبعان نموذج البيانات الوطني.
    [few] استُبعدت { $count } أسطر، لأنها لا تتبع نموذج البيانات الوطني.
    [many] استُبعد { $count } سطرًا، لأنها لا تتبع نموذج البيانات الوطني.
   *[other] استُبعد { $count } سطر، لأنها لا تتبع نموذج البيانات الوطني.
}
report-places-closed = { $count ->
    [0] لا يوجد أي مكان مغلق أمام الجمهور.
    [one] مكان واحد لا يستقبل الجمهور: لا يُعرض على الشاشة.
    [two] مكانان لا يستقبلان الجمهور: لا يُعرضان على الشاشة.
    [few] { $count } أماكن لا تستقبل الجمهور: لا تُعرض على الشاشة.
    [many] { $count } مكانًا لا تستقبل الجمهور: لا تُعرض على الشاشة.
   *[other] عدد الأماكن التي لا تستقبل الجمهور: { $count }. هي لا تُعرض على الشاشة.
}
report-places-lines = الأسطر المستبعدة: { $lines }.
report-places-column = العمود «{ $column }»: { $count ->
    [one] سطر واحد.
    [two] سطران.
    [few] { $count } أسطر.
    [many] { $count } سطرًا.
   *[other] { $count } سطر.
}
report-places-check = الأمر «⁦cargo xtask check-config⁩» يعطي تفاصيل كل سطر.
report-places-missing = الملف غير موجود (خطأ { $status }). يُرسَل الناس إلى مكتب الاستقبال.
report-places-unreachable = لا يمكن الوصول إلى الملف: الخادم لا يجيب. يُرسَل الناس إلى مكتب الاستقبال.
report-places-reader-failed = لم يُقرأ الملف: قارئ الأماكن في الجهاز لم يعمل. يُرسَل الناس إلى مكتب الاستقبال. التفاصيل: { $detail }
report-places-unreadable = لا يمكن قراءة الملف: السطر الأول يجب أن يذكر أعمدة نموذج البيانات الوطني.
report-places-too-large = الملف كبير جدًا: { $size } كيلوبايت. الجهاز يقرأ { $limit } كيلوبايت على الأكثر. احتفظ بأماكن منطقتك فقط.
report-places-semicolons = الأعمدة مفصولة بـ «;» كما يحفظها برنامج ⁦Excel⁩. تمت قراءة الملف مع ذلك.
report-places-windows-1252 = الملف ليس بترميز ⁦UTF-8⁩. تمت قراءته بترميز ⁦Windows-1252⁩ كما يحفظه برنامج ⁦Excel⁩. احفظه بصيغة «⁦CSV UTF-8⁩».
report-places-hours = { $count ->
    [one] مكان واحد مواعيد فتحه بحاجة إلى مراجعة
    [two] مكانان مواعيد فتحهما بحاجة إلى مراجعة
    [few] { $count } أماكن مواعيد فتحها بحاجة إلى مراجعة
    [many] { $count } مكانًا مواعيد فتحها بحاجة إلى مراجعة
   *[other] { $count } مكان مواعيد فتحها بحاجة إلى مراجعة
}: { $names }. الجهاز لا يجد موعد الفتح خلال الأيام السبعة القادمة.
report-places-not-csv = لا يمكن قراءة الملف: السطر الأول ليس سطر أسماء أعمدة ⁦CSV⁩. التفاصيل: { $detail }
report-places-missing-columns = لا يمكن قراءة الملف: بعض الأعمدة الإلزامية غير موجودة في السطر الأول. أضف: { $columns }.
report-places-rows-not-read = { $count ->
    [one] سطر واحد لا يمكن قراءته.
    [two] سطران لا يمكن قراءتهما.
    [few] { $count } أسطر لا يمكن قراءتها.
    [many] { $count } سطرًا لا يمكن قراءتها.
   *[other] { $count } سطر لا يمكن قراءتها.
}
report-places-row-empty = السطر { $line }: العمود «{ $column }» فارغ. هذا العمود إلزامي.
report-places-row-pivot = السطر { $line }: قيمة «⁦pivot⁩» هي «{ $value }». اكتب رقم ⁦SIRET⁩ من 14 حرفًا أو رقم ⁦SIREN⁩ من 9 أحرف.
report-places-row-postcode = السطر { $line }: قيمة «⁦code_postal⁩» هي «{ $value }». اكتب 5 أرقام.
report-places-row-date = السطر { $line }: قيمة «⁦date_maj⁩» هي «{ $value }». اكتب التاريخ هكذا: ⁦2024-03-31⁩.
report-places-row-phone = السطر { $line }: قيمة «⁦telephone⁩» هي «{ $value }». اكتب الرقم مع رمز البلد، هكذا: ⁦+33123456789⁩.
report-places-row-coordinates = السطر { $line }: قيمة «⁦latitude⁩» هي «{ $latitude }» وقيمة «⁦longitude⁩» هي «{ $longitude }». هذه ليست إحداثيات.
report-places-row-unknown-value = السطر { $line }: العمود «{ $column }» فيه القيمة «{ $value }». هذه القيمة غير موجودة في نموذج البيانات الوطني.
report-places-row-not-read = السطر { $line }: لا يمكن قراءة هذا السطر. التفاصيل: { $detail }
report-places-hours-unreadable = لا يمكن قراءة مواعيد فتح «{ $name }». التفاصيل: { $detail }

## الجهاز بدون شبكة (شاشة الموظف)

report-offline-title = الجهاز بدون شبكة
report-offline-online = الشبكة: متصلة الآن.
report-offline-offline = الشبكة: لا يوجد اتصال الآن.
report-offline-version = نسخة الجهاز:
report-offline-ready = كل ملفات الجهاز محفوظة. يشتغل حتى بدون شبكة.
report-offline-update-coming = نسخة جديدة في الطريق. ستُركَّب بين زيارتين.
report-offline-update-waiting = نسخة جديدة جاهزة. ستُركَّب بين زيارتين.
report-offline-not-yet = الجهاز يحفظ ملفاته الآن. بدون شبكة، لا يمكنه أن يشتغل بعد.
report-offline-unsupported = هذا المتصفح لا يحفظ الملفات. بدون شبكة، لا يشتغل الجهاز.
report-origin-server = النسخة المستعملة: نسخة الخادم، قُرئت في { $date }.
report-origin-kept = النسخة المستعملة: النسخة التي حفظها الجهاز في { $date }.
report-server-missing = الخادم ليس عنده هذا الملف (خطأ { $status }).
report-server-unreachable = الخادم لا يجيب.
report-server-damaged = ملف الخادم تالف. الجهاز لا يأخذه.
report-voices-title = الأصوات
report-voices-intro = تُقرأ كل لغة بصوتها الخاص. المس «استمع» لسماعه.
report-voices-found = الصوت: { $name }
report-voices-none = لا يوجد صوت لهذه اللغة. يخبر الجهاز الناس بذلك.
report-voices-listen = استمع
report-printer-title = الطابعة
report-printer-intro = عرض الورق المضبوط: { $width } مم. اطبع تذكرة تجريبية للتحقق.
test-ticket-print = اطبع تذكرة تجريبية
test-ticket-title = تذكرة تجريبية
test-ticket-width = عرض الورق: { $width } مم.
test-ticket-works = أنت تقرأ هذه التذكرة: الطابعة تعمل.

## الإحصاءات (شاشة الموظف)

stats-anonymous = هذه الإحصاءات مجهولة الهوية. هي تَعُدّ كل يوم، ولا تَعُدّ أبدًا كل شخص وحده.
stats-corrupt = الإحصاءات القديمة كانت تالفة. وُضعت جانبًا. بدأ العدّ من جديد.
stats-corrupt-item = { $date }: { $problem }
stats-corrupt-not-json = القيمة المحفوظة ليست بصيغة ⁦JSON⁩. التفاصيل: { $detail }
stats-corrupt-not-object = القيمة المحفوظة { $found ->
    [null] فارغة (⁦null⁩)
    [boolean] نعم أو لا
    [number] عدد
    [string] نص
   *[array] قائمة
}، والمطلوب كائن ⁦JSON⁩.
stats-corrupt-format-version = قيمة ⁦format_version⁩ في القيمة المحفوظة هي { $found }. هذا الجهاز يقرأ النسخة { $expected }.
stats-corrupt-shape = القيمة المحفوظة ليس لها الشكل المنتظر. التفاصيل: { $detail }
stats-corrupt-day = اليوم «{ $day }» ليس تاريخًا صحيحًا.
stats-corrupt-kind = في يوم { $day }، تَعُدّ القيمة المحفوظة «{ $kind }». الجهاز لا يَعُدّ هذا الشيء.
stats-unreadable = لا يمكن قراءة الإحصاءات الآن. هي ما زالت محفوظة. حاول لاحقًا.
stats-waiting = بعض الإحصاءات تنتظر الحفظ. ستُضاف عند التشغيل القادم.
stats-period = الفترة
stats-last-7 = آخر 7 أيام
stats-last-30 = آخر 30 يومًا
stats-visits-per-day = { $days ->
    [one] الزيارات في كل يوم، خلال يوم واحد
    [two] الزيارات في كل يوم، خلال يومين
    [few] الزيارات في كل يوم، خلال { $days } أيام
    [many] الزيارات في كل يوم، خلال { $days } يومًا
   *[other] الزيارات في كل يوم، خلال { $days } يوم
}
stats-totals = { $days ->
    [one] كل الإحصاءات، خلال يوم واحد
    [two] كل الإحصاءات، خلال يومين
    [few] كل الإحصاءات، خلال { $days } أيام
    [many] كل الإحصاءات، خلال { $days } يومًا
   *[other] كل الإحصاءات، خلال { $days } يوم
}
stats-column-day = اليوم
stats-column-count = العدد
stats-column-what = ماذا
stats-column-theme = الموضوع
stats-nothing-yet = لا شيء حتى الآن.
stats-detail-language-chosen = اللغات المختارة
stats-detail-assessment-completed = النتائج في نهاية الأسئلة
stats-detail-card-issued = المساعدات المقترحة
stats-detail-tutorial-started = الدروس التي بدأت
stats-detail-tutorial-completed = الدروس التي انتهت
stats-detail-themes = الدروس حسب الموضوع
stats-kind-session-started = الزيارات
stats-kind-language-chosen = اللغات المختارة
stats-kind-assessment-started = الاستبيانات التي بدأت
stats-kind-assessment-completed = الاستبيانات التي انتهت
stats-kind-card-issued = المساعدات المقترحة
stats-kind-tutorial-started = الدروس التي بدأت
stats-kind-tutorial-completed = الدروس التي انتهت
stats-kind-ticket-printed = التذاكر المطبوعة
stats-kind-sheet-printed = الأوراق المطبوعة
stats-kind-idle-reset = المسح لأن أحدًا لم يلمس الشاشة
stats-kind-finish-and-erase = «انتهيت»: مُسح كل شيء
stats-kind-panic-recovered = إعادة التشغيل بعد خطأ
stats-kind-agent-locked = مرات قفل وضع الموظف بعد 5 رموز خاطئة
theme-unknown = درس محذوف
stats-download = تنزيل الإحصاءات (⁦CSV⁩)
stats-erase = مسح الإحصاءات
stats-erase-title = هل تريد مسح كل الإحصاءات؟
stats-erase-warning = ستُمسح كل الأيام. لا يمكن التراجع.
stats-erase-cancel = لا، احتفظ بها
stats-erase-confirm = نعم، امسح كل شيء
