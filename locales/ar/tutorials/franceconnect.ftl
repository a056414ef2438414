# درس: الدخول باستعمال FranceConnect. لغة بسيطة: جملة واحدة في كل سطر.

franceconnect-title = الدخول باستعمال «FranceConnect»

franceconnect-1-title = حساب واحد لمواقع كثيرة
franceconnect-1-text =
    «FranceConnect» خدمة مجانية من الدولة الفرنسية.
    تسمح لك بالدخول إلى مواقع عامة كثيرة.
    تستعمل حسابًا عندك من قبل.
    مثلًا، حسابك في الضرائب أو حسابك في «ameli».
    لا تحتاج إلى حفظ كلمة سر جديدة.
franceconnect-1-image = مفتاح.
franceconnect-1-tip = الحساب هو مساحتك الشخصية في موقع، وتحميه كلمة سر.

franceconnect-2-title = ابحث عن زر «FranceConnect»
franceconnect-2-text =
    اذهب إلى موقع الخدمة العامة.
    مثلًا، موقع «Caf» أو موقع «France Travail».
    ابحث عن زر «S'identifier avec FranceConnect».
    لون هذا الزر أزرق.
    المس هذا الزر.
franceconnect-2-image = سهم يدخل من باب.

franceconnect-3-title = اختر حسابًا عندك
franceconnect-3-text =
    يعرض لك «FranceConnect» قائمة حسابات.
    مثلًا: «impots.gouv.fr» أو «ameli.fr» أو «l'Identité Numérique La Poste».
    اختر حسابًا عندك من قبل.
    خذ الحساب الذي تعرف كلمة سره.
    المس هذا الحساب.
franceconnect-3-image = قائمة فيها علامات صح.
franceconnect-3-tip = اختر الحساب نفسه كل مرة، فهذا أسهل للتذكر.

franceconnect-4-title = اكتب المعرّف وكلمة السر
franceconnect-4-text =
    يُفتح موقع الحساب الذي اخترته.
    اكتب المعرّف الخاص بك.
    المعرّف هو الرقم أو الاسم الذي يعرّفك.
    ثم اكتب كلمة السر، وهي رمزك السري.
    المس الزر للدخول.
franceconnect-4-image = نجوم تخفي كلمة السر.
franceconnect-4-caution = لا تعطِ كلمة السر أبدًا بالهاتف أو برسالة قصيرة أو بالبريد الإلكتروني.

franceconnect-5-title = جرّب بحساب غير حقيقي
franceconnect-5-text =
    هنا تتدرب بحساب غير حقيقي.
    تعرض لك الشاشة معرّفًا وكلمة سر غير حقيقيين.
    انسخهما في الخانات.
    المس العين لإظهار كلمة السر أو إخفائها.
    هذا الجهاز لا يرسل شيئًا ولا يحفظ شيئًا.
franceconnect-5-image = عين.

franceconnect-6-title = أحسنت!
franceconnect-6-text =
    بعد ذلك، ترجع إلى موقع الخدمة العامة.
    الموقع يعرفك الآن، ويمكنك القيام بإجراءاتك.
    تذكّر: زر «FranceConnect»، ثم حساب عندك من قبل.
    أنت تعرف الآن كيف تستعمل «FranceConnect».
franceconnect-6-image = يد ترفع الإبهام.
franceconnect-6-tip = في حاسوب مشترك، اخرج من حسابك في نهاية الإجراء.
franceconnect-6-caution = «FranceConnect» مجاني، فلا تدفع أبدًا لاستعماله.
