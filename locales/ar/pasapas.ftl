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
help-forget = { $minutes ->
    [one] إذا لم يلمس أحد الشاشة لمدة دقيقة واحدة، يمسح الجهاز كل شيء.
    [two] إذا لم يلمس أحد الشاشة لمدة دقيقتين، يمسح الجهاز كل شيء.
    [few] إذا لم يلمس أحد الشاشة لمدة { $minutes } دقائق، يمسح الجهاز كل شيء.
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
   *[other] سيمسح الجهاز كل شيء بعد { $seconds } ثانية.
}
idle-continue = أريد أن أكمل

## Read aloud

speech-no-voice = لا يستطيع هذا الجهاز القراءة بصوت عالٍ بهذه اللغة.

## The kiosk restarts after a problem

restart-title = الجهاز يعيد التشغيل.
restart-wait = انتظر قليلًا من فضلك.

## Unknown screen

notfound-title = هذه الشاشة غير موجودة.
notfound-home = الرجوع إلى الشاشة الرئيسية
