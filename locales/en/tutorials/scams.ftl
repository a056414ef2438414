# Tutorial: recognise a scam. Plain English: one sentence per line.

scams-title = Recognise a scam

scams-1-title = Fake messages
scams-1-text =
    Thieves send fake messages to take your money.
    These messages come by text message or by e-mail.
    They talk about a parcel, a fine or your « carte Vitale » (health card).
    They also talk about your training account, the « CPF ».
    Sometimes they send you to a fake website.
    The fake website looks very much like the real one.
scams-1-image = A phone with a message.

scams-2-title = The signs of a scam
scams-2-text =
    The message says it is urgent.
    The message contains a link.
    A link is a blue or underlined text.
    When you tap a link, a website opens.
    The message asks for your codes or your bank card.
    The sender is the person who sends the message.
    Their address or number looks strange.
scams-2-image = A triangle with an exclamation mark.
scams-2-caution = A public service never asks for your codes or your bank card by message.

scams-3-title = Real message or scam?
scams-3-text =
    Here are three messages to practise.
    Read each message.
    Tap “Real message” or “Scam”.
    An explanation appears after your answer.
scams-3-image = A shield with a question mark.

scams-4-title = Do not tap the link
scams-4-text =
    Are you unsure about a message?
    Do not tap the link.
    Do not answer.
    Delete the message.
    To check, open the real website of the service yourself.
scams-4-image = A broken chain link.
scams-4-tip = You can also call the service on the number written on your papers.

scams-5-title = Report a fake text message
scams-5-text =
    You can report a fake text message to the number 33700.
    This service is free.
    Keep your finger on the message, then look for « Transférer » (forward).
    Send the message to 33700.
    33700 answers and asks for the sender's number.
    Send this number, then delete the message.
scams-5-image = A message with a forward arrow.

scams-6-title = Did you give your bank card?
scams-6-text =
    Did you give your bank card or your codes?
    Call your bank straight away.
    The bank can block your card.
    Its number is often written on the back of your card.
    Also change the passwords you gave.
    The website cybermalveillance.gouv.fr explains what to do.
scams-6-image = A bank with columns.
scams-6-tip = You can also report it to the police or the gendarmerie.
scams-6-caution = Do not wait: every minute counts to protect your money.

scams-7-title = You know how to protect yourself
scams-7-text =
    Well done, you can recognise a scam.
    Be careful with urgent messages that contain a link.
    Never give your codes or your bank card.
    If in doubt, delete the message.
    Report fake text messages to 33700.
scams-7-image = A shield with a tick.
