# درس: التحديث الشهري مع France Travail. لغة بسيطة: جملة واحدة في كل سطر.

france-travail-actualisation-title = «France Travail»: تحديث وضعك كل شهر

france-travail-actualisation-1-title = تحديث كل شهر
france-travail-actualisation-1-text =
    هل تبحث عن عمل مع «France Travail»؟
    كل شهر، يجب أن تقوم بالتحديث «actualisation».
    التحديث هو أن تخبر «France Travail» بوضعك في الشهر الماضي.
    قم به حتى لو لم يتغير شيء.
    التواريخ مكتوبة في مساحتك الشخصية.
france-travail-actualisation-1-image = تقويم.
france-travail-actualisation-1-tip = قم به في بداية المدة، فتكون أكثر راحة.
france-travail-actualisation-1-caution = بدون تحديث، قد تتوقف مدفوعاتك، فسجّل التواريخ جيدًا.

france-travail-actualisation-2-title = الدخول إلى مساحتك الشخصية
france-travail-actualisation-2-text =
    في موقع «francetravail.fr»، ابحث عن زر «Se connecter».
    اكتب المعرّف وكلمة السر.
    المعرّف رمز يعرّفك.
    هو مكتوب على رسائل «France Travail».
    يمكنك أيضًا استعمال زر «FranceConnect».
france-travail-actualisation-2-image = سهم يدخل من باب.
france-travail-actualisation-2-tip = يمكنك أيضًا استعمال تطبيق «France Travail» في هاتفك.

france-travail-actualisation-3-title = المس «M'actualiser»
france-travail-actualisation-3-text =
    مساحتك الشخصية هي حسابك في موقع «France Travail».
    في هذه المساحة، ابحث عن زر «M'actualiser».
    المس هذا الزر لتبدأ.
france-travail-actualisation-3-image = إصبع يلمس زرًا.

france-travail-actualisation-4-title = أجب عن الأسئلة
france-travail-actualisation-4-text =
    تسألك «France Travail» أسئلة عن الشهر الماضي.
    هل عملت؟
    هل تابعت تدريبًا؟
    هل كنت في عطلة مرضية؟
    أجب بـ«Oui» أو «Non» عن كل سؤال.
france-travail-actualisation-4-image = فقاعة كلام فيها علامة استفهام.

france-travail-actualisation-5-title = إذا عملت
france-travail-actualisation-5-text =
    إذا عملت، اكتب عدد ساعات العمل في الشهر.
    اكتب أيضًا راتبك الإجمالي.
    الراتب الإجمالي مكتوب في قسيمة راتبك.
france-travail-actualisation-5-image = ورقة فيها مبالغ.
france-travail-actualisation-5-caution = إذا نسيت عملًا، قد تضطر إلى إرجاع المال.

france-travail-actualisation-6-title = أكّد واحتفظ بالإثبات
france-travail-actualisation-6-text =
    أعد قراءة أجوبتك.
    المس الزر للتأكيد.
    تخبرك رسالة أن تحديثك تم حفظه.
    احتفظ بهذا الإثبات: نزّله أو التقط صورة للشاشة.
france-travail-actualisation-6-image = ورقة عليها ختم.

france-travail-actualisation-7-title = أحسنت!
france-travail-actualisation-7-text =
    تم تحديثك لهذا الشهر.
    أعده في الشهر القادم، خلال المدة المكتوبة.
    تذكّر: ادخل، «M'actualiser»، أجب، أكّد.
    أنت تعرف الآن كيف تقوم بالتحديث.
france-travail-actualisation-7-image = يد ترفع الإبهام.
france-travail-actualisation-7-tip = إذا نسيت، اتصل بسرعة بـ«France Travail».
france-travail-actualisation-7-caution = «France Travail» لا تطلب منك أبدًا كلمة السر بالهاتف أو بالبريد الإلكتروني.
