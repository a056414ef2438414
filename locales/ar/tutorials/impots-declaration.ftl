# درس: التصريح بالدخل على موقع impots.gouv.fr. لغة بسيطة: جملة واحدة في كل سطر.

impots-declaration-title = التصريح بدخلك على موقع impots.gouv.fr

impots-declaration-1-title = افتح موقع الضرائب
impots-declaration-1-text =
    كل ربيع، تصرّح بدخلك عن السنة الماضية.
    دخلك هو المال الذي حصلت عليه: الأجر، التقاعد، منحة البطالة.
    يمكنك القيام بهذا التصريح على الإنترنت.
    افتح موقع «impots.gouv.fr».
    المس زر «Votre espace particulier» (فضاؤك الشخصي).
impots-declaration-1-image = كرة أرضية مع حروف www، مثل موقع على الإنترنت.
impots-declaration-1-tip = تُعلن مواعيد التصريح كل سنة على موقع «impots.gouv.fr».
impots-declaration-1-caution = التصريح مجاني: الموقع الذي يطلب منك المال هو احتيال.

impots-declaration-2-title = جهّز رقمك الضريبي
impots-declaration-2-text =
    للدخول إلى فضائك، تحتاج إلى رقمك الضريبي «numéro fiscal».
    هذا الرقم فيه 13 رقمًا.
    هو مكتوب في أعلى الصفحة الأولى من إشعار ضريبي قديم.
    الإشعار الضريبي «avis d'impôt» هو الورقة التي ترسلها لك الضرائب كل سنة.
    تحتاج أيضًا إلى كلمة السر.
impots-declaration-2-image = ورقة فيها أسطر مكتوبة.
impots-declaration-2-tip = الرقم الضريبي مكتوب أيضًا على التصريح الورقي للسنة الماضية.

impots-declaration-3-title = سجّل الدخول
impots-declaration-3-text =
    اكتب رقمك الضريبي، ثم المس «Continuer» (متابعة).
    اكتب كلمة السر، ثم المس «Se connecter» (تسجيل الدخول).
    يمكنك أيضًا أن تلمس «S'identifier avec FranceConnect».
    مع «FranceConnect» تدخل بحساب آخر، مثل حساب «ameli».
    تدرّب هنا بحساب غير حقيقي.
impots-declaration-3-image = سهم يدخل من باب.
impots-declaration-3-tip = إذا نسيت كلمة السر، المس «Mot de passe oublié ?» (نسيت كلمة السر).

impots-declaration-4-title = افتح تصريحك
impots-declaration-4-text =
    أنت الآن في فضائك.
    ابحث عن زر «Déclarer mes revenus» (التصريح بدخلي).
    المس هذا الزر.
    يُفتح تصريحك.
    أولًا، تحقّق من عنوانك ومن وضعك العائلي.
impots-declaration-4-image = ورقة مع قلم.
impots-declaration-4-tip = هذا الزر يظهر فقط في فترة التصريح، في الربيع.

impots-declaration-5-title = تحقّق من المبالغ
impots-declaration-5-text =
    أغلب المبالغ مكتوبة مسبقًا.
    مثلًا، أجرك أو معاش تقاعدك.
    قارنها مع كشوف الأجر أو أوراق التقاعد.
    إذا كان مبلغ خاطئًا، المس الخانة وصحّحه.
    إذا كان دخل ناقصًا، أضِفه.
impots-declaration-5-image = قائمة فيها خانات عليها علامة صح.
impots-declaration-5-caution = تحقّق جيدًا: المبلغ الخاطئ قد يغيّر ضريبتك ومساعداتك.

impots-declaration-6-title = وقّع تصريحك
impots-declaration-6-text =
    في النهاية، أعد قراءة ملخص تصريحك.
    المس زر «Signer» (توقيع).
    يُرسَل تصريحك.
    يظهر وصل الاستلام «accusé de réception».
    هذا الوصل دليل على أن تصريحك وصل.
    تستلمه أيضًا بالبريد الإلكتروني.
    احتفظ بهذه الرسالة.
impots-declaration-6-image = توقيع على سطر.
impots-declaration-6-tip = يمكنك تصحيح تصريحك على الإنترنت لاحقًا.

impots-declaration-7-title = انتهيت
impots-declaration-7-text =
    أحسنت، تصريحك أُرسِل.
    دخلت إلى فضائك على موقع «impots.gouv.fr».
    تحقّقت من المبالغ، ثم وقّعت.
    احتفظ جيدًا بوصل الاستلام.
    لاحقًا، سيصل إشعارك الضريبي إلى فضائك.
impots-declaration-7-image = ورقة عليها علامة صح.
