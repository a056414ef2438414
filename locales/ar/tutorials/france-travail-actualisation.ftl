# درس: التحديث الشهري مع France Travail. لغة بسيطة: جملة واحدة في كل سطر.
# كل نص بحروف لاتينية داخل جملة عربية محاط بعلامتين غير مرئيتين (U+2066 و U+2069).

france-travail-actualisation-title = «⁦France Travail⁩»: تحديث وضعك كل شهر

france-travail-actualisation-1-title = تحديث كل شهر
france-travail-actualisation-1-text =
    هل تبحث عن عمل مع «⁦France Travail⁩» (مؤسسة التشغيل)؟
    كل شهر، يجب أن تقوم بالتحديث «⁦actualisation⁩».
    التحديث هو أن تخبر «⁦France Travail⁩» بوضعك في الشهر الماضي.
    قم به حتى لو لم يتغير شيء.
france-travail-actualisation-1-image = تقويم.
france-travail-actualisation-1-caution =
    بدون تحديث، ينتهي تسجيلك في «⁦France Travail⁩».
    وتتوقف مدفوعاتك أيضًا.

france-travail-actualisation-1b-title = متى تقوم بالتحديث
france-travail-actualisation-1b-text =
    يمكنك القيام بالتحديث من يوم 28 في الشهر إلى يوم 15 من الشهر التالي.
    في شهر فبراير، يبدأ يوم 26.
france-travail-actualisation-1b-image = تقويم.
france-travail-actualisation-1b-tip =
    قم به في بداية المدة.
    ستكون أكثر راحة.

france-travail-actualisation-2-title = الدخول إلى مساحتك الشخصية
france-travail-actualisation-2-text =
    في موقع «⁦francetravail.fr⁩»، المس الزر للدخول.
    اكتب المعرّف «⁦identifiant⁩» وكلمة المرور.
    المعرّف هو الرقم أو الاسم الذي يعرّفك.
    هو مكتوب على وثائق «⁦France Travail⁩».
    يمكنك أيضًا استعمال زر «⁦FranceConnect⁩».
france-travail-actualisation-2-image = سهم يدخل من باب.
france-travail-actualisation-2-tip = يمكنك أيضًا استعمال تطبيق «⁦Mon espace⁩» (مساحتي) من «⁦France Travail⁩» في هاتفك.

france-travail-actualisation-3-title = ابدأ التحديث
france-travail-actualisation-3-text =
    مساحتك الشخصية هي حسابك في موقع «⁦France Travail⁩».
    في هذه المساحة، ابحث عن الزر الذي فيه كلمة «⁦actualiser⁩» (تحديث).
    المس هذا الزر لتبدأ.
france-travail-actualisation-3-image =
    مساحتك الشخصية في موقع «⁦France Travail⁩».
    زر «⁦Actualiser⁩» (تحديث) محاط بدائرة.

france-travail-actualisation-4-title = أجب عن الأسئلة
france-travail-actualisation-4-text =
    تسألك «⁦France Travail⁩» أسئلة عن الشهر الماضي.
    هل عملت؟
    هل تابعت تدريبًا؟
    هل كنت في عطلة مرضية؟
    اقرأ كل سؤال جيدًا.
    أجب بـ«⁦Oui⁩» (نعم) أو «⁦Non⁩» (لا) عن كل سؤال.
france-travail-actualisation-4-image = فقاعة كلام فيها علامة استفهام.

france-travail-actualisation-5-title = قل إنك ما زلت تبحث عن عمل
france-travail-actualisation-5-text =
    سؤال يسألك هل ما زلت تبحث عن عمل.
    إذا كنت ما زلت تبحث عن عمل، أجب بـ«⁦Oui⁩» (نعم).
    إذا أجبت بـ«⁦Non⁩» (لا)، ينتهي تسجيلك في «⁦France Travail⁩».
    وقد تتوقف مدفوعاتك أيضًا.
france-travail-actualisation-5-image = قائمة فيها خانات عليها علامة صح.
france-travail-actualisation-5-caution =
    هل أجبت بـ«⁦Non⁩» (لا) خطأً؟
    اتصل بسرعة بـ«⁦France Travail⁩» على الرقم 3949.

france-travail-actualisation-6-title = إذا عملت
france-travail-actualisation-6-text =
    إذا عملت، اكتب عدد ساعات العمل في الشهر.
    اكتب أيضًا راتبك الإجمالي.
    الراتب الإجمالي مكتوب في قسيمة راتبك.
france-travail-actualisation-6-image = ورقة فيها مبالغ.
france-travail-actualisation-6-caution = إذا نسيت عملًا، قد تضطر إلى إرجاع المال.

france-travail-actualisation-7-title = أكّد واحتفظ بالإثبات
france-travail-actualisation-7-text =
    أعد قراءة أجوبتك، ثم المس الزر للتأكيد.
    تخبرك رسالة أن تحديثك قد سُجّل.
    احتفظ بهذا الإثبات.
    نزّله أو التقط صورة للشاشة.
france-travail-actualisation-7-image = ورقة عليها ختم.
france-travail-actualisation-7-tip =
    بعد التأكيد، لا يمكنك التصحيح على الإنترنت.
    لتصحيح خطأ، اتصل بالرقم 3949 قبل يوم 15 من الشهر.

france-travail-actualisation-8-title = أحسنت!
france-travail-actualisation-8-text =
    أنهيت تحديث هذا الشهر.
    أعده في الشهر القادم، ابتداءً من يوم 28.
    تذكّر: ادخل، حدّث، أجب، أكّد.
    بدون إنترنت، توجد طرق أخرى، بالهاتف أو في مكتب.
france-travail-actualisation-8-image = يد ترفع الإبهام.
france-travail-actualisation-8-tip = إذا نسيت التحديث، اتصل بسرعة بـ«⁦France Travail⁩» على الرقم 3949.
france-travail-actualisation-8-caution = احتفظ بكلمة المرور لنفسك، حتى في الهاتف.

france-travail-actualisation-road-phone =
    بالهاتف، اتصل بـ«⁦France Travail⁩» على الرقم 3949.
    يمكنك أن تقوم بالتحديث أو أن تصحّح خطأً.
france-travail-actualisation-road-in-person =
    في المكان، اذهب إلى وكالة «⁦France Travail⁩» أو إلى «⁦France Services⁩» (مكتب الخدمات العمومية).
    يمكن لشخص أن يساعدك.
