# درس: الحصول على شهادة الحقوق من ameli. لغة بسيطة: جملة واحدة في كل سطر.

ameli-attestation-title = «ameli»: الحصول على شهادة الحقوق

ameli-attestation-1-title = فائدة شهادة الحقوق
ameli-attestation-1-text =
    شهادة الحقوق «attestation de droits» ورقة من التأمين الصحي.
    تثبت أن التأمين الصحي يعوّض مصاريف علاجك.
    قد يطلبها منك مستشفى أو تأمين تكميلي أو صاحب عمل.
    يمكنك الحصول عليها مجانًا في «ameli.fr».
    «ameli» هو موقع التأمين الصحي «l'Assurance maladie».
ameli-attestation-1-image = ورقة عليها ختم.

ameli-attestation-2-title = الدخول إلى حسابك في «ameli»
ameli-attestation-2-text =
    اذهب إلى موقع «ameli.fr» أو افتح تطبيق «ameli».
    المس الزر للدخول إلى حسابك في «ameli».
    اكتب رقم الضمان الاجتماعي وكلمة السر.
    هذا الرقم مكتوب على بطاقتك «carte Vitale».
    يمكنك أيضًا لمس زر «S'identifier avec FranceConnect».
ameli-attestation-2-image = سهم يدخل من باب.
ameli-attestation-2-tip = كلمة السر سرية، فاحتفظ بها لنفسك.

ameli-attestation-3-title = ابحث عن «Attestation de droits»
ameli-attestation-3-text =
    في حسابك، ابحث عن «Attestation de droits».
    تكون غالبًا في «Mes démarches».
    المس «Attestation de droits».
ameli-attestation-3-image = ورقة وعدسة مكبرة.

ameli-attestation-4-title = اختر الشخص
ameli-attestation-4-text =
    اختر الشخص الذي يحتاج إلى الشهادة.
    هو أنت، أو طفل مسجل في حسابك.
    المس اسمه.
ameli-attestation-4-image = شخصان.

ameli-attestation-5-title = نزّل الشهادة
ameli-attestation-5-text =
    اختر تنزيل الشهادة.
    التنزيل يعني: حفظ نسخة في هاتفك أو حاسوبك.
    يمكنك أيضًا استلام الشهادة بالبريد الإلكتروني.
ameli-attestation-5-image = سهم إلى الأسفل.

ameli-attestation-6-title = اطبع الشهادة أو أظهرها
ameli-attestation-6-text =
    يمكنك طباعة الشهادة على ورقة.
    يمكنك أيضًا إظهارها على شاشة هاتفك.
    أو أرسلها بالبريد الإلكتروني إلى من يطلبها.
ameli-attestation-6-image = طابعة.
ameli-attestation-6-tip = توجد غالبًا طابعة في المكتبة العامة أو في «France Services».

ameli-attestation-7-title = أحسنت!
ameli-attestation-7-text =
    لديك الآن شهادة الحقوق.
    تذكّر: ادخل، «Attestation de droits»، اختر الشخص، نزّل.
    يمكنك طلب شهادة جديدة في أي وقت.
ameli-attestation-7-image = يد ترفع الإبهام.
ameli-attestation-7-caution = الشهادة مجانية، فلا تدفع أبدًا لموقع للحصول عليها.
