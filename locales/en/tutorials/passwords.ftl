# Tutorial: strong passwords, kept safe. Plain English: one sentence per line.

passwords-title = Choose and keep your passwords well

passwords-1-title = Choose a long password
passwords-1-text =
    A password is a secret key to open your account.
    A short password is easy for a thief to find.
    Choose at least 12 letters, numbers or signs.
    Do not use your date of birth or the first names of your family.
passwords-1-image = Stars hide a password.
passwords-1-tip = The longer the password, the stronger it is.

passwords-2-title = Use a short sentence
passwords-2-text =
    A short sentence is long and easy to remember.
    Think of a sentence that means something to you.
    Write the words with no spaces, with a capital letter at the start of each word.
    Add a number and a sign, like the exclamation mark.
    For example: « TheCatSleeps3HoursADay! ».
passwords-2-image = Quotation marks, as for a sentence.
passwords-2-caution = Make up your own sentence, different from this example.

passwords-3-title = Use a different password for each website
passwords-3-text =
    Use a different password for each important website.
    For example: your mailbox, your bank, ameli (health insurance) or the Caf (family benefits).
    It is like a different key for each door.
    If a thief finds one password, the others stay protected.
passwords-3-image = A key.
passwords-3-tip =
    The password of your mailbox is the most important.
    With it, a thief can change your other passwords.

passwords-4-title = Write your passwords on paper
passwords-4-text =
    You can write your passwords in a small notebook.
    Write the name of the website next to each password.
    Keep this notebook at home, in a safe and hidden place.
    Do not carry it in your bag or your wallet.
passwords-4-image = A notebook.
passwords-4-tip = Never keep the code of your bank card with the card.

passwords-5-title = Never give your codes
passwords-5-text =
    Never give your codes by phone, by e-mail or by text message.
    A text message is a written message you receive on your phone.
    Never give a code you received by text message either.
    Your bank, the Caf, ameli and the tax office never ask for your codes.
passwords-5-image = A triangle with an exclamation mark.
passwords-5-caution = Even if the person knows your name or your bank, give nothing.

passwords-5b-title = If someone asks for your codes
passwords-5b-text =
    If someone asks for your codes, it is a scam.
    Hang up, or do not answer the message.
passwords-5b-image = A phone hanging up.
passwords-5b-tip =
    If you gave a password, change it straight away.
    If you gave a bank code, call your bank quickly.

passwords-6-title = Well done!
passwords-6-text =
    You can make a strong password, long like a short sentence.
    You use a different password for each important website.
    You keep your passwords on paper, at home.
    You never give your passwords to anyone.
passwords-6-image = A hand with a thumbs up.
