# درس: الدخول عبر FranceConnect. لغة بسيطة: جملة واحدة في كل سطر.
# كل نص بحروف لاتينية داخل جملة عربية محاط بعلامتين غير مرئيتين (U+2066 و U+2069).

franceconnect-title = الدخول عبر «⁦FranceConnect⁩»

franceconnect-1-title = حساب واحد لمواقع كثيرة
franceconnect-1-text =
    «⁦FranceConnect⁩» خدمة من الدولة.
    تسمح لك بالدخول إلى مواقع عمومية كثيرة.
    تستعمل حسابًا عندك من قبل.
    مثلًا، حسابك في موقع الضرائب أو حسابك على «⁦ameli⁩».
    هكذا لا تحتاج إلى حفظ كلمة مرور جديدة.
franceconnect-1-image = مفتاح.
franceconnect-1-tip = الحساب هو مساحتك الشخصية في موقع، محميّة بكلمة مرور.

franceconnect-2-title = ابحث عن زر «⁦FranceConnect⁩»
franceconnect-2-text =
    اذهب إلى موقع المصلحة العمومية.
    مثلًا، موقع الضرائب أو موقع «⁦France Travail⁩».
    ابحث عن زر «⁦S'identifier avec FranceConnect⁩» (الدخول عبر «⁦FranceConnect⁩»).
    المس هذا الزر.
franceconnect-2-image =
    صفحة الدخول في موقع عمومي.
    زر «⁦FranceConnect⁩» محاط بدائرة.
franceconnect-2-tip =
    بعض المواقع تطلب «⁦FranceConnect+⁩»، وهي نسخة أكثر أمانًا.
    تحتاج عندها إلى «⁦France Identité⁩» أو «⁦Identité Numérique La Poste⁩».

franceconnect-3-title = اختر حسابًا عندك
franceconnect-3-text =
    يعرض لك «⁦FranceConnect⁩» قائمة حسابات.
    مثلًا: الضرائب، «⁦ameli⁩»، «⁦France Identité⁩» أو «⁦Identité Numérique La Poste⁩».
    اختر حسابًا تعرف كلمة مروره.
    المس هذا الحساب.
franceconnect-3-image = قائمة فيها علامات صح.
franceconnect-3-tip =
    اختر الحساب نفسه في كل مرة.
    هكذا يسهل عليك التذكّر.

franceconnect-4-title = اكتب المعرّف وكلمة المرور
franceconnect-4-text =
    يُفتح موقع الحساب الذي اخترته.
    اكتب المعرّف «⁦identifiant⁩» وكلمة المرور.
    المعرّف هو الرقم أو الاسم الذي يعرّفك.
    قد يطلب منك الموقع أيضًا رمزًا سريًا يصلك بالبريد الإلكتروني.
    المس الزر للدخول.
franceconnect-4-image = نجوم تخفي كلمة المرور.
franceconnect-4-caution = لا تعطِ أبدًا كلمة المرور بالهاتف أو برسالة نصية أو بالبريد الإلكتروني.

franceconnect-5-title = جرّب بحساب مزيّف
franceconnect-5-text =
    هنا، تتدرّب بحساب مزيّف.
    تعرض لك الشاشة معرّفًا مزيّفًا وكلمة مرور مزيّفة.
    انسخهما في الخانات.
    المس العين لإظهار كلمة المرور أو إخفائها.
    الجهاز لا يرسل شيئًا ولا يحتفظ بشيء.
franceconnect-5-image = عين.

franceconnect-6-title = أحسنت!
franceconnect-6-text =
    بعد ذلك، تعود إلى موقع المصلحة العمومية، فيتعرّف عليك.
    يمكنك القيام بإجرائك.
    تذكّر: زر «⁦FranceConnect⁩»، ثم حساب عندك من قبل.
    لتحصل على المساعدة، يوجد رقم هاتف وأماكن.
franceconnect-6-image = يد ترفع الإبهام.
franceconnect-6-tip = في حاسوب مشترك، اخرج من حسابك في نهاية إجرائك.
franceconnect-6-caution = لا تدفع أبدًا مالًا لاستعمال «⁦FranceConnect⁩».

franceconnect-road-phone =
    بالهاتف، اتصل بـ«⁦Solidarité Numérique⁩» على الرقم ⁦01 70 772 372⁩.
    أشخاص مؤهَّلون يساعدونك في إجراءاتك على الإنترنت.
    الخط مفتوح من الاثنين إلى الجمعة، من الساعة ⁦9:00⁩ إلى الساعة ⁦18:00⁩.
franceconnect-road-in-person =
    في المكان، يساعدك «⁦France Services⁩» (مكتب الخدمات العمومية) على الدخول.
    هذه المساعدة مجانية.
