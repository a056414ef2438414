# درس: الحصول على شهادة الحقوق من ameli. لغة بسيطة: جملة واحدة في كل سطر.
# كل نص بحروف لاتينية داخل جملة عربية محاط بعلامتين غير مرئيتين (U+2066 و U+2069).

ameli-attestation-title = التأمين الصحي: الحصول على شهادة الحقوق

ameli-attestation-1-title = ما فائدة شهادة الحقوق
ameli-attestation-1-text =
    شهادة الحقوق «⁦attestation de droits⁩» ورقة من التأمين الصحي «⁦Assurance Maladie⁩».
    تُثبت أن التأمين الصحي يعوّض مصاريف علاجك.
    قد يطلبها منك مستشفى أو صاحب عمل.
    هي مجانية.
    يمكنك الحصول عليها على «⁦ameli.fr⁩»، موقع التأمين الصحي.
ameli-attestation-1-image = ورقة عليها ختم.

ameli-attestation-2-title = الدخول إلى حسابك على «⁦ameli⁩»
ameli-attestation-2-text =
    اذهب إلى موقع «⁦ameli.fr⁩» أو افتح تطبيق «⁦ameli⁩».
    المس الزر للدخول إلى حسابك على «⁦ameli⁩».
    اكتب رقم الضمان الاجتماعي وكلمة المرور.
    من 15 رقمًا على بطاقتك الصحية «⁦carte Vitale⁩»، اكتب أول 13 رقمًا فقط.
    يمكنك أيضًا لمس زر «⁦S'identifier avec FranceConnect⁩» (الدخول عبر «⁦FranceConnect⁩»).
ameli-attestation-2-image = سهم يدخل من باب.
ameli-attestation-2-tip = احتفظ بكلمة المرور لنفسك.

ameli-attestation-3-title = اكتب رمز الأمان
ameli-attestation-3-text =
    قد يطلب منك الموقع بعد ذلك رمز أمان.
    هو رمز سري من 6 أرقام.
    اتبع ما تقوله الشاشة لتحصل عليه.
    اكتب هذا الرمز في الخانة، ثم أكّد.
ameli-attestation-3-image = مفتاح.
ameli-attestation-3-caution =
    احتفظ بهذا الرمز لنفسك.
    التأمين الصحي لا يطلب أبدًا رموزك بالهاتف أو بالبريد الإلكتروني.

ameli-attestation-4-title = ابحث عن «⁦Attestation de droits⁩»
ameli-attestation-4-text =
    في حسابك، ابحث عن «⁦Attestation de droits⁩» (شهادة الحقوق).
    هي في «⁦Mes démarches⁩» (إجراءاتي).
    المس «⁦Attestation de droits⁩».
ameli-attestation-4-image =
    صفحة من حسابك في «⁦ameli⁩».
    زر «⁦Attestation de droits⁩» محاط بدائرة.

ameli-attestation-5-title = اختر الشخص
ameli-attestation-5-text =
    اختر الشخص الذي يحتاج إلى الشهادة.
    أنت، أو طفل مسجّل في حسابك.
    المس اسمه.
ameli-attestation-5-image = شخصان.

ameli-attestation-6-title = نزّل الشهادة
ameli-attestation-6-text =
    المس الزر لطلب الشهادة.
    ثم نزّلها.
    التنزيل يعني الاحتفاظ بنسخة في هاتفك أو حاسوبك.
ameli-attestation-6-image = سهم نحو الأسفل.

ameli-attestation-7-title = اطبع الشهادة أو اعرضها
ameli-attestation-7-text =
    يمكنك طباعة الشهادة على ورقة.
    يمكنك أيضًا عرضها على شاشة هاتفك.
    أو أرسلها بالبريد الإلكتروني، كمرفق.
ameli-attestation-7-image = طابعة.
ameli-attestation-7-tip = يمكن أيضًا لجهاز آلي للتأمين الصحي أن يطبع شهادتك.

ameli-attestation-8-title = أحسنت!
ameli-attestation-8-text =
    عندك الآن شهادة الحقوق.
    تذكّر: ادخل، الرمز، «⁦Attestation de droits⁩»، نزّل.
    يمكنك أن تطلب شهادة جديدة في أي وقت.
    بدون إنترنت، توجد طرق أخرى، بالهاتف أو في مكتب.
ameli-attestation-8-image = يد ترفع الإبهام.
ameli-attestation-8-caution =
    الشهادة مجانية.
    الموقع الذي يطلب المال مقابلها هو احتيال.

ameli-attestation-road-phone =
    بالهاتف، اتصل بالتأمين الصحي على الرقم 3646.
    اطلب شهادتك.
    تصلك إلى البيت بالبريد.
    ثمن المكالمة هو ثمن مكالمة عادية.
ameli-attestation-road-in-person =
    في المكان، اذهب إلى استقبال التأمين الصحي أو إلى «⁦France Services⁩» (مكتب الخدمات العمومية).
    في استقبال التأمين الصحي، يمكن لجهاز آلي أن يطبع شهادتك.
