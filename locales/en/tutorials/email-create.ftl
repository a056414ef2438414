# Tutorial: create an e-mail address. Plain English: one sentence per line.

email-create-title = Create an e-mail address

email-create-1-title = Choose an e-mail service
email-create-1-text =
    An e-mail address lets you receive and send messages on the internet.
    Services such as Gmail, Outlook or laposte.net give free e-mail addresses.
    Choose only one of these services.
    Go to its website.
email-create-1-image = A letterbox.
email-create-1-caution =
    Creating an address with these services is free.
    Do not pay anything for it.

email-create-2-title = Start creating the account
email-create-2-text =
    On the website, tap the button « Créer un compte » (Create an account).
    The name of the button can change a little from one website to another.
    The website asks you questions, one by one.
    For example: your first name, your surname and your date of birth.
email-create-2-image = A person with a plus sign.
email-create-2-tip =
    Keep your phone near you.
    The website may send you a code.

email-create-3-title = Understand an e-mail address
email-create-3-text =
    An e-mail address is written in one piece, with no spaces.
    It always has the @ sign, called « arobase » in French (at).
    After the @, there is the name of the service, for example gmail.com.
email-create-3-image = The at sign: @.

email-create-3b-title = Choose your address
email-create-3b-text =
    Before the @, write for example your first name, a dot, then your surname.
    Write « e » instead of « é », with no accent.
    Choose a serious address, for the Caf (family benefits) or for an employer.
    For practice, type an address here.
email-create-3b-image = A keyboard with letters.
email-create-3b-tip = If the address is already taken, add a number after your name.

email-create-4-title = Choose a password
email-create-4-text =
    The website asks you for a password.
    It is your secret code to open your mailbox.
    Choose a password of at least 12 letters, numbers or signs.
    A short sentence that is easy to remember is a good idea.
    Write it on paper and keep this paper at home.
email-create-4-image = Stars hide a password.
email-create-4-caution = Never give this password to anyone.

email-create-5-title = Give a back-up phone number
email-create-5-text =
    The website often asks for a phone number.
    This number helps you if you forget your password.
    The website then sends a code by text message, a written message on your phone.
    Give the number of your own phone.
email-create-5-image = A phone receiving a message.
email-create-5-tip = If you change your number, change it in your e-mail account too.

email-create-6-title = Well done!
email-create-6-text =
    You know how to create an e-mail address, step by step.
    You know how to choose a free service, an address and a password.
    Write your e-mail address on paper so you can give it easily.
email-create-6-image = A hand with a thumbs up.
email-create-6-caution =
    Open your mailbox often.
    If you do not, the service may delete your messages, then close your address.
    At laposte.net, messages may be deleted after 4 months without a visit.
