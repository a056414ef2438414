# درس: التصريح الفصلي بالموارد إلى Caf. لغة بسيطة: جملة واحدة في كل سطر.

caf-declaration-title = «Caf»: التصريح بمواردك كل 3 أشهر

caf-declaration-1-title = تصريح كل 3 أشهر
caf-declaration-1-text =
    هل تحصل على «RSA» أو «prime d'activité»؟
    إذن كل 3 أشهر، تصرّح بمواردك إلى «Caf».
    الموارد هي المال الذي تحصل عليه.
    مثلًا: راتب، أو تعويض البطالة، أو معاش.
    تحسب «Caf» مدفوعاتك بهذا التصريح.
caf-declaration-1-image = تقويم.
caf-declaration-1-tip = قم بالتصريح عندما تطلبه «Caf»، وإلا قد تتوقف مدفوعاتك.

caf-declaration-2-title = الدخول إلى «Mon Compte»
caf-declaration-2-text =
    في موقع «caf.fr»، المس «Mon Compte».
    يمكنك أيضًا استعمال تطبيق «Caf - Mon Compte».
    اكتب رقم الضمان الاجتماعي وكلمة السر.
    أو المس زر «S'identifier avec FranceConnect».
    أحيانًا ترسل لك «Caf» رمزًا، فانسخه.
caf-declaration-2-image = سهم يدخل من باب.
caf-declaration-2-caution = موقع «Caf» الحقيقي هو «caf.fr»، وهو مجاني.

caf-declaration-3-title = ابحث عن التصريح الفصلي
caf-declaration-3-text =
    في حسابك، ابحث عن التصريح الفصلي بالموارد.
    الفصلي يعني: كل 3 أشهر.
    غالبًا تخبرك رسالة أن هناك تصريحًا يجب القيام به.
    المس التصريح لتبدأه.
caf-declaration-3-image = ورقة وعدسة مكبرة.

caf-declaration-4-title = تحقق من المبالغ لكل شهر
caf-declaration-4-text =
    يعرض التصريح 3 أشهر، شهرًا بعد شهر.
    يعرض المال الذي حصل عليه كل شخص في الأسرة.
    الأسرة هي أنت والأشخاص الذين يعيشون معك.
    غالبًا تكون المبالغ مكتوبة من قبل، فقارنها بقسائم راتبك.
    إذا كان مبلغ خاطئًا، فصحّحه.
caf-declaration-4-image = ورقة فيها مبالغ.
caf-declaration-4-tip = في قسيمة الراتب، انظر إلى سطر «montant net social».

caf-declaration-5-title = أضف المال الناقص
caf-declaration-5-text =
    بعض المبالغ ليست مكتوبة مسبقًا.
    مثلًا، النفقة أو مال من عمل حر.
    اكتب هذه المبالغ في الشهر الصحيح.
    أجب عن كل سؤال، لكل شخص.
caf-declaration-5-image = قلم رصاص.
caf-declaration-5-tip = صرّح أيضًا بالمبالغ الصغيرة، حتى لا تضطر إلى إرجاع المال لاحقًا.

caf-declaration-6-title = أكّد واحتفظ بالإثبات
caf-declaration-6-text =
    أعد قراءة المبالغ لكل شهر.
    المس الزر لتأكيد تصريحك.
    تخبرك شاشة أن «Caf» استلمت تصريحك.
    احتفظ بهذا الإثبات: نزّله أو التقط صورة للشاشة.
caf-declaration-6-image = ورقة عليها ختم.

caf-declaration-7-title = أحسنت!
caf-declaration-7-text =
    تم تصريحك لهذه الأشهر الثلاثة.
    ستعيده بعد 3 أشهر، عندما تطلبه «Caf».
    تذكّر: ادخل، تحقق من كل شهر، أكّد، احتفظ بالإثبات.
    أنت تعرف الآن كيف تقوم بالتصريح الفصلي.
caf-declaration-7-image = يد ترفع الإبهام.
caf-declaration-7-caution = «Caf» لا تطلب منك أبدًا كلمة السر بالهاتف أو بالبريد الإلكتروني.
